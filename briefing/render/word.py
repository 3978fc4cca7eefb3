"""Render a Briefing as a Word memo.

The look lives in the template's styles (briefing/templates/memo.docx by default):
this module only picks a style name for each block of the layout (layout.py), so
analysts restyle the memo by editing the template in Word. The wording comes from
render_text, shared with the Markdown, text and HTML memos.
"""
from __future__ import annotations

import io
import zipfile
from copy import deepcopy
from datetime import datetime, timezone
from importlib import resources
from pathlib import Path
from typing import cast

from docx import Document
from docx.document import Document as DocxDocument
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.exceptions import PackageNotFoundError
from docx.opc.packuri import PackURI
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.parts.numbering import NumberingPart
from docx.table import Table
from docx.text.paragraph import Paragraph
from docx.text.run import Run

from briefing.compose import layout
from briefing.compose.wording import (
    clean_strings,
    link_target,
    parse_iso_date,
    source_description,
    source_label,
    with_citations,
)
from briefing.errors import InputError
from briefing.model import Briefing, SourceRef

STYLES = {
    layout.DOCUMENT_TITLE: "Title", layout.FIELD: "Memo Field", layout.RULE: "Memo Rule", layout.HEADING: "Heading 1",
    layout.BULLET: "List Bullet", layout.QUOTE: "Quote", layout.ATTRIBUTION: "Quote Attribution",
    layout.TABLE: "Memo Table", layout.SOURCE: "Bibliography", layout.DATELINE: "Dateline", layout.LINE: "Normal",
}
# Styles named inside blocks: the bold labels, links and the markings.
INLINE_STYLES = ("Strong", "Hyperlink", "Classification")
# Shares of the text width for Figure | What it measures | Source.
FIGURE_COLUMN_SHARES = (0.3, 0.56, 0.14)
# A fixed timestamp for every zip entry, so rendering twice gives identical bytes.
ZIP_TIMESTAMP = (1980, 1, 1, 0, 0, 0)
TEMPLATE_FOLDER = "templates"


def default_template() -> Path:
    return builtin_template(layout.MEMO)


def builtin_template(name: str) -> Path:
    return Path(str(resources.files("briefing") / TEMPLATE_FOLDER / f"{name}.docx"))


def resolve_template(name_or_path: str | Path | None) -> tuple[Path, str]:
    """(template file, layout) for --template: a built-in name (memo, daily, report) or a .docx path.

    A user's own .docx takes the information memo's layout.
    """
    if name_or_path is None:
        return default_template(), layout.MEMO
    if str(name_or_path) in layout.LAYOUTS:
        return builtin_template(str(name_or_path)), str(name_or_path)
    path = Path(name_or_path)
    if not path.is_file():
        raise InputError(str(path), "no such template file (built-in templates: " + ", ".join(layout.LAYOUTS) + ")")
    return path, layout.MEMO


def docx_bytes(briefing: Briefing, template: str | Path | None = None) -> bytes:
    """The memo as the bytes of a .docx file: the same briefing always gives the same bytes."""
    template_path, memo_layout = resolve_template(template)
    briefing = clean_strings(briefing)
    blocks = layout.layout_blocks(briefing, memo_layout)
    document = _open_template(template_path)
    names = _style_names(blocks)
    _fill_missing_styles(document, builtin_template(memo_layout), names)
    styles = _style_ids(document, names)
    _add_classification(document, briefing.classification)
    _add_page_numbers(document)
    for block in blocks:
        _add_block(document, block, styles)
    _set_core_properties(document, briefing)
    stream = io.BytesIO()
    _write_docx(document, stream)
    return stream.getvalue()


def _style_names(blocks: list[layout.MemoBlock]) -> list[str]:
    return list(dict.fromkeys([STYLES[block.kind] for block in blocks] + list(INLINE_STYLES)))


def _open_template(template: Path) -> DocxDocument:
    try:
        return Document(str(template))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        # python-docx refuses a .dotx too: its main part has the template content type.
        raise InputError(str(template), "is not a Word document (.docx)") from exc


def _fill_missing_styles(document: DocxDocument, builtin: Path, names: list[str]) -> None:
    """Give the document the built-in template's definition of each style it lacks.

    Word saves a style into a file only once it has been used there, so an office's own
    template usually lacks "Memo Field" or even "List Bullet": its own styles are kept
    and only the missing ones are added.
    """
    missing = [name for name in names if name not in document.styles]
    if not missing:
        return
    source = Document(str(builtin))
    for name in missing:
        _copy_style(source, document, source.styles[name].element)


def _copy_style(source: DocxDocument, target: DocxDocument, element) -> None:
    styles = target.styles.element
    if styles.get_by_id(element.styleId) is not None:
        return
    copied = deepcopy(element)
    for reference in ("w:link", "w:next"):  # optional links, dropped rather than copied along
        for child in copied.findall(qn(reference)):
            if styles.get_by_id(child.get(qn("w:val"))) is None:
                copied.remove(child)
    based_on = copied.find(qn("w:basedOn"))
    if based_on is not None:
        parent = source.styles.element.get_by_id(based_on.get(qn("w:val")))
        if parent is not None:
            _copy_style(source, target, parent)
    for num_id in copied.findall(f"{qn('w:pPr')}/{qn('w:numPr')}/{qn('w:numId')}"):
        num_id.set(qn("w:val"), _copy_numbering(source, target, num_id.get(qn("w:val"))))
    styles.append(copied)


def _copy_numbering(source: DocxDocument, target: DocxDocument, num_id: str) -> str:
    """Copy a list definition (w:num and its w:abstractNum) under fresh ids; return the new numId."""
    source_numbering = source.part.numbering_part.element
    (num,) = source_numbering.xpath(f"./w:num[@w:numId='{num_id}']")
    (abstract,) = source_numbering.xpath(f"./w:abstractNum[@w:abstractNumId='{num.abstractNumId.val}']")
    numbering = _numbering_element(target)
    new_abstract_id = str(max([int(a) for a in numbering.xpath("./w:abstractNum/@w:abstractNumId")], default=-1) + 1)
    new_num_id = str(max([int(n) for n in numbering.xpath("./w:num/@w:numId")], default=0) + 1)
    abstract, num = deepcopy(abstract), deepcopy(num)
    abstract.set(qn("w:abstractNumId"), new_abstract_id)
    num.set(qn("w:numId"), new_num_id)
    num.find(qn("w:abstractNumId")).set(qn("w:val"), new_abstract_id)
    # The schema wants every w:abstractNum before the first w:num.
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(num)
    return new_num_id


def _numbering_element(document: DocxDocument):
    """The document's w:numbering, made when it has none (python-docx cannot make one)."""
    try:
        return cast(NumberingPart, document.part.part_related_by(RT.NUMBERING)).element
    except KeyError:
        element = parse_xml(f'<w:numbering {nsdecls("w")}/>')
        part = NumberingPart(PackURI("/word/numbering.xml"), CT.WML_NUMBERING, element, document.part.package)
        document.part.relate_to(part, RT.NUMBERING)
        return element


def _style_ids(document: DocxDocument, names: list[str]) -> dict[str, str | None]:
    """Each style's id, None for the default one of its type (as Word writes no style for it).
    python-docx finds a style by walking every style, and the default one too, each time one is
    set: the memo sets its styles by id, looked up once."""
    ids: dict[str, str | None] = {}
    for name in names:
        style = document.styles[name]
        ids[name] = None if style == document.styles.default(style.type) else style.style_id
    return ids


def _styled_paragraph(document: DocxDocument, style_id: str | None, text: str = "") -> Paragraph:
    paragraph = document.add_paragraph(text)
    paragraph._p.style = style_id
    return paragraph


def _styled_run(paragraph: Paragraph, style_id: str | None, text: str) -> Run:
    run = paragraph.add_run(text)
    run._r.style = style_id
    return run


def _add_block(document: DocxDocument, block: layout.MemoBlock, styles: dict[str, str | None]) -> None:
    style = styles[STYLES[block.kind]]
    if block.kind == layout.TABLE:
        _add_table(document, block)
    elif block.kind == layout.SOURCE:
        _add_source(document, block.ref, styles)
    elif block.kind in (layout.FIELD, layout.LINE) and block.label:
        paragraph = _styled_paragraph(document, style)
        _styled_run(paragraph, styles["Strong"], f"{block.label}:")
        paragraph.add_run(("\t" if block.kind == layout.FIELD else " ") + with_citations(block.text, block.citations))
    else:
        _styled_paragraph(document, style, with_citations(block.text, block.citations))


def _add_classification(document: DocxDocument, classification: str | None) -> None:
    """The classification centred at the top and bottom of every page of every section.

    Every header and footer a section defines gets it, first-page and even-page ones
    included; one linked to the previous section's shows that section's.
    """
    if not classification:
        return
    for index in range(len(document.sections)):
        for header in _own_stories(document, index, "header"):
            top = header.paragraphs[0]
            if top._p.xpath("./w:r | ./w:hyperlink"):  # keep what the template put there
                top = top.insert_paragraph_before()
            top.text = classification
            top.style = document.styles["Classification"]
        for footer in _own_stories(document, index, "footer"):
            footer.add_paragraph(classification, style="Classification")


def _own_stories(document: DocxDocument, index: int, kind: str) -> list:
    """Section `index`'s headers (or footers) that are its own, not linked to the previous section's.

    The first section always has its own: asking for one it lacks makes it.
    """
    section = document.sections[index]
    stories = [getattr(section, kind)]
    if section.different_first_page_header_footer:
        stories.append(getattr(section, f"first_page_{kind}"))
    if document.settings.odd_and_even_pages_header_footer:
        stories.append(getattr(section, f"even_page_{kind}"))
    return [story for story in stories if index == 0 or not story.is_linked_to_previous]


def _add_page_numbers(document: DocxDocument) -> None:
    """'Page X of Y' in the footer, unless the template's footers already count pages."""
    for index in range(len(document.sections)):
        for footer in _own_stories(document, index, "footer"):
            if any("PAGE" in text.split() for text in footer._element.xpath(".//w:instrText/text()")):
                continue
            footer_style = document.styles["Footer"] if "Footer" in document.styles else None  # noqa: SIM401 - Styles has no get()
            paragraph = footer.add_paragraph(style=footer_style)
            paragraph.add_run("Page ")
            _add_field(paragraph, "PAGE")
            paragraph.add_run(" of ")
            _add_field(paragraph, "NUMPAGES")


def _add_field(paragraph: Paragraph, instruction: str) -> None:
    """A field Word and LibreOffice compute when they lay out the page (PAGE, NUMPAGES)."""
    for kind, text in (("begin", None), ("instr", f" {instruction} "), ("separate", None), ("text", "1"),
                       ("end", None)):
        run = paragraph.add_run()
        if kind == "instr":
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = text
        elif kind == "text":
            element = OxmlElement("w:t")
            element.text = text
        else:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        run._r.append(element)


def _add_table(document: DocxDocument, block: layout.MemoBlock) -> None:
    table = document.add_table(rows=0, cols=len(block.rows[0]))
    table.style = document.styles[STYLES[layout.TABLE]]
    for values in block.rows:
        for cell, value in zip(table.add_row().cells, values):
            cell.text = value
    _repeat_as_header(table.rows[0])
    if block.caption:
        # Screen readers announce the caption; Word shows it under Table Properties > Alt Text.
        caption = OxmlElement("w:tblCaption")
        caption.set(qn("w:val"), block.caption)
        table._tbl.tblPr.append(caption)
    _set_column_widths(document, table)


def _repeat_as_header(row) -> None:
    """Mark the row as a header row: Word repeats it atop each page the table spans."""
    row._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
    for cell in row.cells:  # column headings, so a table read aloud names each column
        for paragraph in cell.paragraphs:
            for run in paragraph.runs:
                run.bold = True


def _set_column_widths(document: DocxDocument, table: Table) -> None:
    # Widths are direct formatting because a table style cannot hold them.
    section = document.sections[-1]
    text_width = (section.page_width or 0) - (section.left_margin or 0) - (section.right_margin or 0)
    table.autofit = False
    for column, share in zip(table.columns, FIGURE_COLUMN_SHARES):
        width = int(text_width * share)
        column.width = width  # w:gridCol, which LibreOffice reads
        for cell in column.cells:
            cell.width = width  # w:tcW, which Word reads


def _add_source(document: DocxDocument, ref: SourceRef, styles: dict[str, str | None]) -> None:
    """'[n]<tab>Title. Outlet, date. URL' with the URL a clickable link."""
    entry = _styled_paragraph(document, styles["Bibliography"])
    description = source_description(ref)
    entry.add_run(f"{source_label(ref)}\t{description}")
    if not ref.url:
        return
    if description:
        entry.add_run(" ")
    target = link_target(ref.url)
    if target:
        _add_hyperlink(entry, ref.url, target, styles["Hyperlink"])
    else:
        entry.add_run(ref.url)


def _add_hyperlink(paragraph: Paragraph, url: str, target: str, style_id: str | None) -> None:
    """A w:hyperlink to `target` showing `url` in the Hyperlink character style."""
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), paragraph.part.relate_to(target, RT.HYPERLINK, is_external=True))
    link.set(qn("w:history"), "1")
    run = _styled_run(paragraph, style_id, url)
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

