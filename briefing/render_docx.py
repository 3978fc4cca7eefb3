"""Render a Briefing as a Word memo.

The look lives in the template's styles (briefing/templates/memo.docx by default):
this module only picks style names, so analysts restyle the memo by editing the
template in Word. The wording comes from render_text, shared with the Markdown memo.
"""
from __future__ import annotations

import io
import zipfile
from datetime import datetime, timezone
from importlib import resources
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph

from briefing.atomic import atomic_path
from briefing.errors import InputError
from briefing.model import Briefing, KeyFigure, KeyQuote, Section, SourceRef
from briefing.render_text import (
    BLUF_HEADING, FIGURE_COLUMNS, FIGURES_HEADING, MEMO_TITLE, SOURCES_HEADING,
    citation_label, clean_strings, header_fields, link_target, parse_iso_date, quoted,
    source_description, source_label, speaker_line, with_citations,
)

HEADING = "Heading 1"
BULLET = "List Bullet"
# Every style the renderer names; a template must define them all.
REQUIRED_STYLES = (
    "Title", "Memo Field", "Memo Rule", "Strong", HEADING, BULLET, "Quote",
    "Quote Attribution", "Memo Table", "Bibliography", "Hyperlink", "Classification",
)
# Shares of the text width for Figure | What it measures | Source.
FIGURE_COLUMN_SHARES = (0.3, 0.56, 0.14)
# A fixed timestamp for every zip entry, so rendering twice gives identical bytes.
ZIP_TIMESTAMP = (1980, 1, 1, 0, 0, 0)


def default_template() -> Path:
    return Path(str(resources.files(__package__) / "templates" / "memo.docx"))


def render_docx(briefing: Briefing, out_path: Path, template: Path | None = None) -> None:
    """Write the memo for `briefing` to `out_path`, replacing it only once complete."""
    briefing = clean_strings(briefing)
    document = _open_template(Path(template) if template else default_template())
    _add_classification(document, briefing.classification)
    _add_memo_header(document, briefing)
    if briefing.bluf:
        document.add_paragraph(BLUF_HEADING, style=HEADING)
        _add_bullets(document, briefing.bluf)
    for section in briefing.sections:
        _add_section(document, section)
    if briefing.figures:
        document.add_paragraph(FIGURES_HEADING, style=HEADING)
        _add_figures_table(document, briefing.figures)
    if briefing.sources:
        document.add_paragraph(SOURCES_HEADING, style=HEADING)
        for ref in briefing.sources:
            _add_source(document, ref)
    _set_core_properties(document, briefing)
    _save_atomically(document, Path(out_path))


def _open_template(template: Path) -> DocxDocument:
    try:
        document = Document(str(template))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        # python-docx refuses a .dotx too: its main part has the template content type.
        raise InputError(str(template), "is not a Word document (.docx)") from exc
    missing = [name for name in REQUIRED_STYLES if name not in document.styles]
    if missing:
        # Word saves a built-in style into a file only once it has been used there.
        raise InputError(str(template), f"lacks the styles {', '.join(missing)}; "
                                        "apply each once in Word and save the template")
    return document


def _add_classification(document: DocxDocument, classification: str | None) -> None:
    """The classification centred at the top and bottom of every page."""
    if not classification:
        return
    for index, section in enumerate(document.sections):
        header, footer = section.header, section.footer
        if index == 0 or not header.is_linked_to_previous:
            top = header.paragraphs[0]
            if top._p.xpath("./w:r | ./w:hyperlink"):  # keep what the template put there
                top = top.insert_paragraph_before()
            top.text = classification
            top.style = document.styles["Classification"]
        if index == 0 or not footer.is_linked_to_previous:
            footer.add_paragraph(classification, style="Classification")


def _add_memo_header(document: DocxDocument, briefing: Briefing) -> None:
    document.add_paragraph(MEMO_TITLE, style="Title")
    for label, value in header_fields(briefing):
        field = document.add_paragraph(style="Memo Field")
        field.add_run(f"{label}:", style="Strong")
        field.add_run(f"\t{value}")
    document.add_paragraph(style="Memo Rule")


def _add_bullets(document: DocxDocument, bullets) -> None:
    for bullet in bullets:
        document.add_paragraph(with_citations(bullet.text, bullet.citations), style=BULLET)


def _add_section(document: DocxDocument, section: Section) -> None:
    document.add_paragraph(section.name, style=HEADING)
    _add_bullets(document, section.bullets)
    for quote in section.quotes:
        _add_quote(document, quote)


def _add_quote(document: DocxDocument, quote: KeyQuote) -> None:
    document.add_paragraph(quoted(quote.text), style="Quote")
    document.add_paragraph(with_citations(speaker_line(quote), quote.citations),
                           style="Quote Attribution")


def _add_figures_table(document: DocxDocument, figures: list[KeyFigure]) -> None:
    table = document.add_table(rows=1, cols=len(FIGURE_COLUMNS))
    table.style = document.styles["Memo Table"]
    for cell, heading in zip(table.rows[0].cells, FIGURE_COLUMNS):
        cell.text = heading
    _repeat_as_header(table.rows[0])
    for figure in figures:
        cells = table.add_row().cells
        cells[0].text = figure.text
        cells[1].text = figure.measure or ""
        cells[2].text = citation_label(figure.citations)
    _set_column_widths(document, table)


def _repeat_as_header(row) -> None:
    """Mark the row as a header row: Word repeats it atop each page the table spans."""
    row._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))


def _set_column_widths(document: DocxDocument, table: Table) -> None:
    # Widths are direct formatting because a table style cannot hold them.
    section = document.sections[-1]
    text_width = section.page_width - section.left_margin - section.right_margin
    table.autofit = False
    for column, share in zip(table.columns, FIGURE_COLUMN_SHARES):
        width = int(text_width * share)
        column.width = width  # w:gridCol, which LibreOffice reads
        for cell in column.cells:
            cell.width = width  # w:tcW, which Word reads


def _add_source(document: DocxDocument, ref: SourceRef) -> None:
    """'[n]<tab>Title. Outlet, date. URL' with the URL a clickable link."""
    entry = document.add_paragraph(style="Bibliography")
    description = source_description(ref)
    entry.add_run(f"{source_label(ref)}\t{description}")
    if not ref.url:
        return
    if description:
        entry.add_run(" ")
    target = link_target(ref.url)
    if target:
        _add_hyperlink(entry, ref.url, target)
    else:
        entry.add_run(ref.url)


def _add_hyperlink(paragraph: Paragraph, url: str, target: str) -> None:
    """A w:hyperlink to `target` showing `url` in the Hyperlink character style."""
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), paragraph.part.relate_to(target, RT.HYPERLINK, is_external=True))
    link.set(qn("w:history"), "1")
    run = paragraph.add_run(url, style="Hyperlink")
    link.append(run._r)  # moves the run from the paragraph into the link
    paragraph._p.append(link)


def _set_core_properties(document: DocxDocument, briefing: Briefing) -> None:
    """File > Info metadata, all derived from the briefing so the output is deterministic."""
    props = document.core_properties
    props.title = briefing.title
    props.subject = briefing.title
    props.author = briefing.sender or "briefing"
    props.last_modified_by = "briefing"
    props.keywords = ", ".join(section.name for section in briefing.sections)
    props.category = briefing.classification or ""
    props.comments = ""
    props.language = "en-US"
    props.revision = 1
    day = parse_iso_date(briefing.date)
    if day is not None:
        props.created = props.modified = datetime(day.year, day.month, day.day,
                                                  tzinfo=timezone.utc)


def _save_atomically(document: DocxDocument, out_path: Path) -> None:
    """Save beside `out_path`, then rename onto it: readers never see half a file."""
    with atomic_path(out_path) as temporary, open(temporary, "wb") as stream:
        _write_docx(document, stream)


def _write_docx(document: DocxDocument, stream) -> None:
    """Save `document` to `stream` with fixed zip timestamps (python-docx stamps the time)."""
    packed = io.BytesIO()
    document.save(packed)
    with zipfile.ZipFile(packed) as source, \
            zipfile.ZipFile(stream, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            entry = zipfile.ZipInfo(item.filename, date_time=ZIP_TIMESTAMP)
            entry.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(entry, source.read(item))

