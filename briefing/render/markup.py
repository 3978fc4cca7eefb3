"""The memo as Markdown, plain text or HTML: the same blocks as the Word memo (layout.py)."""
from __future__ import annotations

import html
import re
import textwrap
from itertools import groupby

from briefing.compose import layout
from briefing.compose.layout import MemoBlock
from briefing.compose.wording import (
    citation_label,
    clean_strings,
    link_target,
    md_escape,
    source_description,
    source_label,
)
from briefing.model import Briefing

TEXT_WIDTH = 78
CITATION_CELL = re.compile(r"\[\d+(, \d+)*\]")


def render_markup(briefing: Briefing, output_format: str, memo_layout: str = layout.MEMO) -> str:
    """The memo in `output_format`: md, txt or html."""
    render = {"md": render_markdown, "txt": render_plain_text, "html": render_html}[output_format]
    text = render(briefing, memo_layout)
    return text if text.endswith("\n") else text + "\n"  # a text file ends with a newline


def runs(blocks: list[MemoBlock]):
    """Consecutive blocks grouped when they read as one unit: header fields, a list, a quote."""
    def unit(indexed):
        index, block = indexed
        if block.kind == layout.ATTRIBUTION:
            return index - 1  # with the quote above it
        if block.kind in (layout.FIELD, layout.BULLET):
            return block.kind
        return index
    for _, group in groupby(enumerate(blocks), key=unit):
        yield [block for _, block in group]


# Markdown


def render_markdown(briefing: Briefing, memo_layout: str = layout.MEMO) -> str:
    """The memo as Markdown, in the same order and with the same content as the docx."""
    briefing = clean_strings(briefing)
    parts = [_md_run(run) for run in runs(layout.layout_blocks(briefing, memo_layout))]
    if briefing.classification:
        marking = f"**{md_escape(briefing.classification)}**"
        parts = [marking, *parts, marking]
    return "\n\n".join(parts) + "\n"


def _cited(text: str, citations) -> str:
    label = citation_label(list(citations))
    return f"{text} {label}" if label else text


def _md_run(run: list[MemoBlock]) -> str:
    first = run[0]
    kind = first.kind
    if kind == layout.FIELD:
        # Two trailing spaces: a hard line break, so the header stays one line per field.
        return "  \n".join(f"**{block.label}:** {md_escape(block.text)}" for block in run)
    if kind == layout.BULLET:
        return "\n".join(f"- {_cited(md_escape(block.text), block.citations)}" for block in run)
    if kind == layout.QUOTE:
        lines = [f"> {md_escape(first.text)}"]
        lines += [f">\n> {_cited(md_escape(block.text), block.citations)}" for block in run[1:]]
        return "\n".join(lines)
    if kind == layout.DOCUMENT_TITLE:
        return f"# {md_escape(first.text)}"
    if kind == layout.HEADING:
        return f"## {md_escape(first.text)}"
    if kind == layout.RULE:
        return "---"
    if kind == layout.TABLE:
        header, *rows = first.rows
        table = [header, ("---",) * len(header)] + [tuple(_md_cell(cell) for cell in row) for row in rows]
        return "\n".join("| " + " | ".join(line) + " |" for line in table)
    if kind == layout.SOURCE:
        ref = first.ref
        parts = [source_label(ref), md_escape(source_description(ref))]
        if ref.url:
            target = link_target(ref.url)
            parts.append(f"<{target}>" if target else md_escape(ref.url))
        return " ".join(part for part in parts if part)
    if kind == layout.DATELINE:
        return f"*{md_escape(first.text)}*"
    text = _cited(md_escape(first.text), first.citations)
    return f"**{md_escape(first.label)}:** {text}" if first.label else text


def _md_cell(text: str) -> str:
    if CITATION_CELL.fullmatch(text):
        return text  # "[1, 2]" reads as a citation, as it does after a bullet
    return md_escape(text).replace("|", "\\|")


# Plain text


def render_plain_text(briefing: Briefing, memo_layout: str = layout.MEMO) -> str:
    """The memo as plain text wrapped at 78 columns, for mail bodies and terminals."""
    briefing = clean_strings(briefing)
    parts = [_text_run(run) for run in runs(layout.layout_blocks(briefing, memo_layout))]
    if briefing.classification:
        parts = [briefing.classification, *parts, briefing.classification]
    return "\n\n".join(parts) + "\n"


def _wrap(text: str, first: str = "", rest: str = "") -> str:
    return "\n".join(textwrap.wrap(" ".join(text.split()), TEXT_WIDTH, initial_indent=first,
                                   subsequent_indent=rest, break_on_hyphens=False)) or first.rstrip()


def _text_run(run: list[MemoBlock]) -> str:
    first = run[0]
    kind = first.kind
    if kind == layout.FIELD:
        width = max(len(block.label or "") for block in run) + 2
        return "\n".join(_wrap(block.text, f"{(block.label or '') + ':':<{width}}", " " * width) for block in run)
    if kind == layout.BULLET:
        return "\n".join(_wrap(_cited(block.text, block.citations), "  * ", "    ") for block in run)
    if kind == layout.QUOTE:
        lines = [_wrap(first.text, "    ", "    ")]
        lines += [_wrap(_cited(block.text, block.citations), "        ", "        ") for block in run[1:]]
        return "\n".join(lines)
    if kind in (layout.DOCUMENT_TITLE, layout.HEADING):
        return f"{first.text}\n{('=' if kind == layout.DOCUMENT_TITLE else '-') * min(len(first.text), TEXT_WIDTH)}"
    if kind == layout.RULE:
        return "_" * TEXT_WIDTH
    if kind == layout.TABLE:
        widths = [max(len(row[column]) for row in first.rows) for column in range(len(first.rows[0]))]
        return "\n".join("  " + "  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip()
                         for row in first.rows)
    if kind == layout.SOURCE:
        ref = first.ref
        # The link target, as it has no spaces to break the line at.
        url = ref.url and (link_target(ref.url) or ref.url)
        entry = " ".join(part for part in (source_description(ref), url) if part)
        label = source_label(ref) + " "
        return _wrap(entry, label, " " * len(label))
    text = _cited(first.text, first.citations)
    return _wrap(f"{first.label}: {text}" if first.label else text)


# HTML


HTML_STYLE = """body { font-family: "Times New Roman", serif; max-width: 42em; margin: 2em auto; padding: 0 1em; }
.classification { text-align: center; font-weight: bold; text-transform: uppercase; }
.field { margin: 0.2em 0; } .dateline { color: #595959; font-style: italic; }
blockquote p { font-style: italic; margin-bottom: 0.2em; } blockquote footer { text-align: right; }
table { border-collapse: collapse; } th, td { border: 1px solid #a6a6a6; padding: 0.2em 0.5em; text-align: left; }"""


def render_html(briefing: Briefing, memo_layout: str = layout.MEMO) -> str:
    """The memo as one HTML page: real headings, lists, a captioned table with header cells, links."""
    briefing = clean_strings(briefing)
    body = [_html_run(run) for run in runs(layout.layout_blocks(briefing, memo_layout))]
    if briefing.classification:
        marking = f'<p class="classification">{html.escape(briefing.classification)}</p>'
        body = [marking, *body, marking]
    # the generator tells a later run that this page is a memo, not an article to read
    return ("<!DOCTYPE html>\n<html lang=\"en-US\">\n<head>\n<meta charset=\"utf-8\">\n"
            "<meta name=\"generator\" content=\"briefing\">\n"
            f"<title>{html.escape(briefing.title)}</title>\n<style>\n{HTML_STYLE}\n</style>\n</head>\n<body>\n"
            + "\n".join(body) + "\n</body>\n</html>\n")


def html_text(text: str, citations=()) -> str:
    return html.escape(_cited(text, citations))


def _html_run(run: list[MemoBlock]) -> str:
    first = run[0]
    kind = first.kind
    if kind == layout.FIELD:
        return "\n".join(f'<p class="field"><strong>{html.escape(block.label or "")}:</strong> '
                         f'{html_text(block.text)}</p>' for block in run)
    if kind == layout.BULLET:
        items = "".join(f"<li>{html_text(block.text, block.citations)}</li>\n" for block in run)
        return f"<ul>\n{items}</ul>"
    if kind == layout.QUOTE:
        said_by = "".join(f"<footer>{html_text(block.text, block.citations)}</footer>" for block in run[1:])
        return f"<blockquote><p>{html_text(first.text)}</p>{said_by}</blockquote>"
    if kind == layout.DOCUMENT_TITLE:
        return f"<h1>{html_text(first.text)}</h1>"
    if kind == layout.HEADING:
        return f"<h2>{html_text(first.text)}</h2>"
    if kind == layout.RULE:
        return "<hr>"
    if kind == layout.TABLE:
        header, *rows = first.rows
        head = "".join(f'<th scope="col">{html.escape(cell)}</th>' for cell in header)
        body = "".join("<tr>" + "".join(f"<td>{html.escape(cell)}</td>" for cell in row) + "</tr>\n" for row in rows)
        caption = f"<caption>{html.escape(first.caption)}</caption>" if first.caption else ""
        return f"<table>{caption}\n<thead><tr>{head}</tr></thead>\n<tbody>\n{body}</tbody>\n</table>"
    if kind == layout.SOURCE:
        ref = first.ref
        parts = [html.escape(source_label(ref)), html.escape(source_description(ref))]
        if ref.url:
            target = link_target(ref.url)
            parts.append(f'<a href="{html.escape(target)}">{html.escape(ref.url)}</a>' if target
                         else html.escape(ref.url))
        return f'<p class="source">{" ".join(part for part in parts if part)}</p>'
    if kind == layout.DATELINE:
        return f'<p class="dateline">{html_text(first.text)}</p>'
    label = f"<strong>{html.escape(first.label)}:</strong> " if first.label else ""
    return f"<p>{label}{html_text(first.text, first.citations)}</p>"
