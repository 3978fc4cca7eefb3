"""Web pages: trafilatura takes out navigation and keeps the article and its metadata.

The article is read from trafilatura's structure, not its plain text, which separates
paragraphs by a single line break: each paragraph, heading and list item becomes a block of
its own, marked with what it was, so that what segment decides of one never spills onto the
next and a heading is known for one. Tables stay out: they are no sentences to brief.
"""
from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from briefing.errors import InputError
from briefing.model import Block, Document, Markup

# trafilatura's elements: those that hold a paragraph's text, and those that only hold paragraphs.
PARAGRAPH_TAGS: dict[str, Markup] = {"p": "p", "head": "head", "item": "item"}
CONTAINER_TAGS = {"body", "div", "list", "quote"}
# Lines broken inside a paragraph that are all this long are one paragraph wrapped, not a list of lines.
WRAPPED_LINE = 50


def html_document(path: str, html: str) -> Document:
    import trafilatura
    from trafilatura.settings import Document as Extracted

    try:
        result = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                             include_tables=False, include_images=False)
    except Exception as exc:  # trafilatura raises lxml and its own errors on broken markup
        raise InputError(path, f"cannot parse HTML ({type(exc).__name__})") from None
    if not isinstance(result, Extracted) or not result.text or not result.text.strip():
        raise InputError(path, "no article text found in the HTML")
    title = (result.title or "").strip() or None
    pieces = list(paragraphs(result.body)) if result.body is not None else []
    if not pieces:
        pieces = [("p", line.strip()) for line in result.text.splitlines() if line.strip()]
    # trafilatura leaves the headline out of the text at times; put it back so the title is a span too.
    if title and not pieces[0][1].startswith(title):
        pieces.insert(0, ("head", title))
    text, blocks = "", []
    for markup, piece in pieces:
        text += "\n\n" if text else ""
        blocks.append(Block(len(text), len(text) + len(piece), markup=markup))
        text += piece
    return Document(text=text, path=path, title=title, date=result.date, source=result.sitename or result.hostname,
                    url=result.url, byline=result.author, blocks=blocks)


def paragraphs(element: Any) -> Iterator[tuple[Markup, str]]:
    """(markup, text) of each paragraph, heading and list item under `element`, in order; the lines
    of a paragraph broken into short lines (dates, addresses, verse) each on their own. Text that
    stands loose in a container (a quote's own words, text after a heading) is a paragraph too."""
    yield from lines_of("p", element.text)
    for child in element:
        if child.tag in CONTAINER_TAGS:
            yield from paragraphs(child)
        elif child.tag in PARAGRAPH_TAGS:
            yield from lines_of(PARAGRAPH_TAGS[child.tag], inline_text(child))
            for grandchild in child:
                if grandchild.tag in CONTAINER_TAGS:  # a list inside a list item
                    yield from paragraphs(grandchild)
        yield from lines_of("p", child.tail)


def lines_of(markup: Markup, text: str | None) -> Iterator[tuple[Markup, str]]:
    """A paragraph's text, one line at a time unless its lines are one paragraph wrapped."""
    lines = [line.strip() for line in (text or "").split("\n") if line.strip()]
    if lines and all(len(line) >= WRAPPED_LINE for line in lines[:-1]):
        lines = [" ".join(lines)]
    for line in lines:
        yield markup, line


def inline_text(element: Any) -> str:
    """An element's text with its line breaks, leaving out paragraphs nested in it."""
    parts = [element.text or ""]
    for child in element:
        if child.tag == "lb":
            parts.append("\n")
        elif child.tag not in CONTAINER_TAGS:
            parts.append(inline_text(child))
        parts.append(child.tail or "")
    return "".join(parts)
