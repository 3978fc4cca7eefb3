"""PDF: press releases and reports, read with pdfminer.six's layout analysis.

pdfminer.six groups a page's lines into text boxes, which are its paragraphs (pypdf and
pypdfium2 give lines only: they were faster, 4 ms against 110 for the seed article's three
pages, but lose where paragraphs end). The lines of a box are one paragraph again; a paragraph
cut by a page break is joined up; running headers, footers and page numbers are left out. A PDF
with no text (a scan) is refused: it needs OCR first.
"""
from __future__ import annotations

import io
import re
from collections import Counter
from dataclasses import dataclass

from briefing.errors import InputError
from briefing.ingest.plain import text_document
from briefing.model import Document

# The share of a page's height at its top and bottom where running headers and footers stand.
MARGIN_SHARE = 0.1
PAGE_NUMBER = re.compile(r"^(?:page\s*)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?$|^[-–—]\s*\d{1,4}\s*[-–—]$", re.I)
# Lines of a paragraph broken this long or longer are one paragraph wrapped, not a list of lines.
WRAPPED_LINE = 50
CUT_PARAGRAPH = 200  # characters: a paragraph this long that ends mid-sentence is cut, not a heading
SENTENCE_END = re.compile(r"[.!?:…][\"”’')\]]*$")


@dataclass(frozen=True)
class Box:
    text: str
    in_margin: bool  # at the top or the bottom of its page


def pdf_document(path: str, data: bytes) -> Document:
    pages = read_pages(path, data)
    if not any(pages):
        raise InputError(path, "has no text to read (a scanned image?): it needs OCR first")
    running = running_text(pages)
    paragraphs: list[str] = []
    for page in pages:
        kept = [box for box in page if not (box.in_margin and (box.text in running or PAGE_NUMBER.match(box.text)))]
        for number, box in enumerate(kept):
            if number == 0 and paragraphs and continues(paragraphs[-1], box.text):
                paragraphs[-1] = f"{paragraphs[-1]} {box.text}"  # a paragraph the page break cut
            else:
                paragraphs.append(box.text)
    doc = text_document(path, "\n\n".join(paragraphs))
    title, date = metadata(data)
    doc.title = doc.title or title
    doc.date = doc.date or date
    return doc


def read_pages(path: str, data: bytes) -> list[list[Box]]:
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LAParams, LTTextBox

    pages = []
    try:
        for page in extract_pages(io.BytesIO(data), laparams=LAParams()):
            margin = page.height * MARGIN_SHARE
            boxes = [Box(text, box.y1 < margin or box.y0 > page.height - margin)
                     for box in page if isinstance(box, LTTextBox) and (text := paragraph_text(box.get_text()))]
            pages.append(boxes)
    except Exception as exc:  # pdfminer raises its own and many other errors on a damaged file
        raise InputError(path, f"is not a readable PDF ({type(exc).__name__})") from None
    return pages


def paragraph_text(text: str) -> str:
    """A text box's lines as one paragraph, unless they are short lines of their own (an address, a list)."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if len(lines) > 1 and all(len(line) >= WRAPPED_LINE for line in lines[:-1]):
        return " ".join(lines)
    return "\n".join(lines)


def running_text(pages: list[list[Box]]) -> set[str]:
    """Text that stands in the margin of several pages: a running header or footer."""
    seen = Counter(box.text for page in pages for box in set(page) if box.in_margin)
    return {text for text, count in seen.items() if count > 1}


def continues(paragraph: str, following: str) -> bool:
    """Whether the next page's first text goes on with the paragraph the last page ended."""
    # a long paragraph ending mid-sentence goes on, whatever case follows ("… met President / Biden …");
    # a short one may be a heading at the foot of a page
    return not SENTENCE_END.search(paragraph) and (following[:1].islower() or len(paragraph) >= CUT_PARAGRAPH)


def metadata(data: bytes) -> tuple[str | None, str | None]:
    """(title, date) from the PDF's document information, where it has them."""
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfparser import PDFParser
    from pdfminer.utils import decode_text

    try:
        info = PDFDocument(PDFParser(io.BytesIO(data))).info
    except Exception:  # unreadable information is no reason to refuse a readable text
        return None, None
    fields = info[0] if info else {}

    def field(name: str) -> str | None:
        value = fields.get(name)
        text = decode_text(value) if isinstance(value, bytes) else value if isinstance(value, str) else None
        return " ".join(text.split()) or None if text else None

    created = re.match(r"D:(\d{4})(\d{2})(\d{2})", field("CreationDate") or "")
    return field("Title"), "-".join(created.groups()) if created else None
