"""Ingest: files, folders or stdin in; one `Document` per article out.

Decoding is careful because users paste from everywhere: a BOM decides, then strict
UTF-8, then charset-normalizer's guess. HTML goes through trafilatura, which removes
navigation and keeps the article and its metadata. A .txt keeps its decoded content
exactly, so every offset in the output indexes the file as the user has it.
"""
from __future__ import annotations

import sys
import zipfile
from pathlib import Path

from briefing.errors import InputError
from briefing.ingest.encoding import decode
from briefing.ingest.feeds import FeedItem
from briefing.ingest.fetch import Page, canonical, is_address, page_text
from briefing.ingest.messages import eml_document, mbox_documents
from briefing.ingest.pdf import pdf_document
from briefing.ingest.plain import header_end, markdown_document, text_document
from briefing.ingest.webpage import html_document
from briefing.ingest.word import docx_document
from briefing.model import Document

TEXT_SUFFIXES = {".txt", ".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm"}
DOCX_SUFFIXES = {".docx"}
EMAIL_SUFFIXES = {".eml"}
PDF_SUFFIXES = {".pdf"}
MAILBOX_SUFFIXES = {".mbox"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | DOCX_SUFFIXES | PDF_SUFFIXES | EMAIL_SUFFIXES | MAILBOX_SUFFIXES
SUPPORTED_NAMES = ".txt, .md, .html, .docx, .pdf, .eml or .mbox"

# Refuse inputs that cannot be an article, before spending time on them: the longest news
# features run to a few hundred kilobytes.
MAX_INPUT_BYTES = 10 * 1024 * 1024


def collect_paths(inputs: list[str], outputs: list[Path] | None = None) -> list[str | InputError]:
    """Expand folders into their supported files (sorted); keep files and '-' as given. A missing
    path or a folder without articles is an InputError in its place, so that a batch reports it
    and reads the rest.

    A file briefing writes is never read: `outputs` (the memo this run writes, above all) and the
    memos an earlier run left in a folder are left out of it. An output that would overwrite an
    input is refused.
    """
    written = {Path(output).resolve() for output in outputs or []}
    paths: list[str | InputError] = []
    addresses: set[str] = set()
    for item in inputs:
        if item == "-":
            paths.append(item)
            continue
        if is_address(item):  # read once, however many tracking parameters tell it apart
            if canonical(item) not in addresses:
                addresses.add(canonical(item))
                paths.append(item)
            continue
        path = Path(item)
        if path.is_dir():
            found = []
            for candidate in sorted(path.iterdir()):
                if not candidate.is_file() or candidate.suffix.lower() not in SUPPORTED_SUFFIXES \
                        or candidate.name.startswith("."):
                    continue
                if is_briefing_memo(candidate):
                    continue
                if candidate.resolve() in written:
                    raise InputError(str(candidate), f"is an article in {item}, and the output would overwrite it; "
                                                     "choose another output file")
                found.append(str(candidate))
            paths.extend(found or [InputError(item, f"folder has no {SUPPORTED_NAMES.replace(' or ', ', ')} files")])
        elif not path.exists():
            paths.append(InputError(item, "no such file or folder"))
        elif path.resolve() in written:
            raise InputError(item, "is one of the inputs; choose another output file")
        else:
            paths.append(item)
    return paths


# What briefing writes into the memos it makes, to know them again: Word's "last modified by",
# the HTML page's generator, the email's mailer.
MEMO_MARKS = {".docx": (b"<cp:lastModifiedBy>briefing</cp:lastModifiedBy>", "docProps/core.xml"),
              ".html": (b'<meta name="generator" content="briefing">', None),
              ".eml": (b"X-Mailer: briefing", None)}


def is_briefing_memo(path: Path) -> bool:
    """Whether the file is a memo briefing wrote (and nobody has saved since)."""
    mark = MEMO_MARKS.get(path.suffix.lower())
    if mark is None:
        return False
    text, member = mark
    try:
        if member is None:
            with open(path, "rb") as handle:
                return text in handle.read(4096)
        with zipfile.ZipFile(path) as package:
            return text in package.read(member)[:65536]
    except (OSError, KeyError, zipfile.BadZipFile):
        return False  # not readable as a memo: reading it as an article will say what is wrong


def read_stdin() -> bytes:
    """Standard input, read no further than the size limit (a runaway pipe stops there)."""
    data = sys.stdin.buffer.read(MAX_INPUT_BYTES + 1)
    if len(data) > MAX_INPUT_BYTES:
        raise InputError("stdin", "too large for an article (the limit is 10 MB)")
    return data


def read_documents(path: str | Page | FeedItem, stdin_bytes: bytes | None = None) -> list[Document]:
    """The articles one input holds: one, or a message each for an mbox. A web address comes as
    the Page fetched for it, a feed's story as its FeedItem."""
    if isinstance(path, Page):
        return [page_document(path)]
    if isinstance(path, FeedItem):
        return [item_document(path)]
    if path != "-" and Path(path).suffix.lower() in MAILBOX_SUFFIXES:
        docs = mbox_documents(path, read_bytes(path))
        for doc in docs:
            doc.header_end = header_end(doc.text)
        return docs
    return [read_document(path, stdin_bytes)]


def page_document(page: Page) -> Document:
    doc = html_document(page.address, page_text(page))
    doc.url = doc.url or page.url
    doc.header_end = header_end(doc.text)
    return doc


def item_document(item: FeedItem) -> Document:
    """A feed's story, from its page or the feed's own text; what the feed says of it fills the gaps."""
    if item.page:
        doc = page_document(item.page)
    else:
        doc = html_document(item.link, item.as_html())
        doc.header_end = header_end(doc.text)
    doc.path = item.link
    doc.title, doc.date = doc.title or item.title, doc.date or item.date
    doc.source, doc.url = doc.source or item.outlet, doc.url or (item.link if is_address(item.link) else None)
    return doc


def read_document(path: str, stdin_bytes: bytes | None = None) -> Document:
    """Read one input (a file path or '-') into a Document with text and metadata."""
    if path == "-":
        data = stdin_bytes if stdin_bytes is not None else read_stdin()
        if len(data) > MAX_INPUT_BYTES:
            raise InputError("stdin", "too large for an article (the limit is 10 MB)")
        suffix = ".html" if looks_like_html(data) else ".txt"
    else:
        suffix = Path(path).suffix.lower()
        if suffix not in SUPPORTED_SUFFIXES:
            raise InputError(path, f"unsupported file type '{suffix or 'none'}' (use {SUPPORTED_NAMES})")
        data = read_bytes(path)
    if suffix in DOCX_SUFFIXES:
        doc = docx_document(path, data)
    elif suffix in EMAIL_SUFFIXES:
        doc = eml_document(path, data)
    elif suffix in PDF_SUFFIXES:
        doc = pdf_document(path, data)
    elif suffix in HTML_SUFFIXES:
        doc = html_document(path, decode(path, data))
    else:
        text = decode(path, data)
        doc = markdown_document(path, text) if suffix != ".txt" else text_document(path, text)
    if not doc.text.strip():
        raise InputError(path, "no article text in it (empty or whitespace only)")
    doc.header_end = header_end(doc.text)
    return doc


def read_bytes(path: str) -> bytes:
    try:
        size = Path(path).stat().st_size
        if size > MAX_INPUT_BYTES:
            raise InputError(path, f"too large for an article ({size / 2**20:.0f} MB; the limit is 10 MB)")
        return Path(path).read_bytes()
    except IsADirectoryError:
        raise InputError(path, "is a folder, not a file") from None
    except PermissionError:
        raise InputError(path, "permission denied") from None
    except OSError as exc:
        raise InputError(path, f"cannot read ({exc.strerror or exc})") from None


def looks_like_html(data: bytes) -> bool:
    head = data[:1024].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html")) or b"<body" in head
