"""Ingest: files, folders or stdin in; one `Document` per article out.

Decoding is careful because users paste from everywhere: a BOM decides, then strict
UTF-8, then charset-normalizer's guess. HTML goes through trafilatura, which removes
navigation and keeps the article and its metadata. A .txt keeps its decoded content
exactly, so every offset in the output indexes the file as the user has it.
"""
from __future__ import annotations

import codecs
import re
import sys
import zipfile
from pathlib import Path

from briefing.errors import InputError
from briefing.model import Document

TEXT_SUFFIXES = {".txt", ".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm"}
DOCX_SUFFIXES = {".docx"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | DOCX_SUFFIXES

# Refuse inputs that cannot be an article, before spending time on them: the longest news
# features run to a few hundred kilobytes.
MAX_INPUT_BYTES = 10 * 1024 * 1024
# A .docx is a zip: cap what we inflate so a zip bomb cannot exhaust memory.
MAX_DOCX_XML_BYTES = 100 * 1024 * 1024

# "Source: VOA" style lines at the top of a text file give its metadata.
HEADER_LINE = re.compile(r"(?im)\A(?:[ \t]*(title|source|outlet|date|url|byline|by)[ \t]*:[ \t]*(\S.*?)[ \t]*\r?\n)+")
HEADER_FIELD = re.compile(r"(?im)^[ \t]*(title|source|outlet|date|url|byline|by)[ \t]*:[ \t]*(\S.*?)[ \t]*$")
FIELD_NAMES = {"title": "title", "source": "source", "outlet": "source", "date": "date",
               "url": "url", "byline": "byline", "by": "byline"}


def collect_paths(inputs: list[str]) -> list[str]:
    """Expand folders into their supported files (sorted); keep files and '-' as given."""
    paths: list[str] = []
    for item in inputs:
        if item == "-":
            paths.append(item)
            continue
        path = Path(item)
        if path.is_dir():
            found = sorted(str(p) for p in path.iterdir()
                           if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES and not p.name.startswith("."))
            if not found:
                raise InputError(item, "folder has no .txt, .md, .html or .docx files")
            paths.extend(found)
        elif not path.exists():
            raise InputError(item, "no such file or folder")
        else:
            paths.append(item)
    return paths


def read_document(path: str, stdin_bytes: bytes | None = None) -> Document:
    """Read one input (a file path or '-') into a Document with text and metadata."""
    if path == "-":
        data = stdin_bytes if stdin_bytes is not None else sys.stdin.buffer.read(MAX_INPUT_BYTES + 1)
        if len(data) > MAX_INPUT_BYTES:
            raise InputError("stdin", "too large for an article (the limit is 10 MB)")
        suffix = ".html" if looks_like_html(data) else ".txt"
    else:
        suffix = Path(path).suffix.lower()
        if suffix not in SUPPORTED_SUFFIXES:
            raise InputError(path, f"unsupported file type '{suffix or 'none'}' (use .txt, .md, .html or .docx)")
        data = read_bytes(path)
    if suffix in DOCX_SUFFIXES:
        doc = docx_document(path, data)
    elif suffix in HTML_SUFFIXES:
        doc = html_document(path, decode(path, data))
    else:
        text = decode(path, data)
        doc = markdown_document(path, text) if suffix != ".txt" else text_document(path, text)
    if not doc.text.strip():
        raise InputError(path, "no article text in it (empty or whitespace only)")
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


def decode(path: str, data: bytes) -> str:
    """Bytes to text: BOM first, then strict UTF-8, then the best guess; binary is refused."""
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF32_LE, "utf-32"),
                          (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF16_LE, "utf-16"),
                          (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(encoding if encoding == "utf-8" else encoding + bom_suffix(bom))
            except UnicodeDecodeError:
                raise InputError(path, f"starts with a {encoding.upper()} byte-order mark but is not valid {encoding.upper()}") from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = guess_decode(path, data)
    if "\x00" in text or control_share(text) > 0.05:
        raise InputError(path, "looks like binary data, not text")
    return text


def bom_suffix(bom: bytes) -> str:
    return "-le" if bom in (codecs.BOM_UTF16_LE, codecs.BOM_UTF32_LE) else "-be"


def guess_decode(path: str, data: bytes) -> str:
    from charset_normalizer import from_bytes

    if b"\x00" in data and not looks_like_utf16(data):
        raise InputError(path, "looks like binary data, not text")
    matches = list(from_bytes(data))
    if not matches:
        raise InputError(path, "looks like binary data, not text (no text encoding fits it)")
    best = matches[0]
    # Ties are common on short text; Windows-1252 is by far the likeliest legacy encoding of English news.
    western = next((m for m in matches if m.encoding == "cp1252"
                    and m.chaos <= best.chaos and m.coherence >= best.coherence), None)
    return str(western or best)


def looks_like_utf16(data: bytes) -> bool:
    # UTF-16 without a BOM: ASCII text leaves every other byte zero.
    sample = data[:4000]
    return len(sample) >= 4 and (sample[1::2].count(0) > 0.4 * len(sample) / 2 or sample[0::2].count(0) > 0.4 * len(sample) / 2)


def control_share(text: str) -> float:
    sample = text[:20000]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r\f\v")
    return controls / max(1, len(sample))


def text_document(path: str, text: str) -> Document:
    """A plain-text article; optional 'Source: …' header lines at the top give metadata."""
    doc = Document(text=text, path=path)
    header = HEADER_LINE.match(text)
    if header:
        for name, value in HEADER_FIELD.findall(header.group(0)):
            setattr(doc, FIELD_NAMES[name.lower()], value)
    return doc


MD_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)
MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
MD_EMPHASIS = re.compile(r"(\*\*|__|\*|_|`)(?=\S)(.+?)(?<=\S)\1")
MD_LINE_MARKUP = re.compile(r"(?m)^[ \t]{0,3}(?:#{1,6}[ \t]+|>[ \t]?|[-*+][ \t]+(?=\S))")


def markdown_document(path: str, text: str) -> Document:
    """Markdown to plain text: headings, links and emphasis lose their markup, not their words."""
    meta = {}
    front = MD_FRONT_MATTER.match(text)
    if front:
        meta = {FIELD_NAMES[k.lower()]: v.strip("'\" ") for k, v in HEADER_FIELD.findall(front.group(1))}
        text = text[front.end():]
    title_match = re.search(r"(?m)^[ \t]{0,3}#[ \t]+(.+?)[ \t#]*$", text)
    plain = MD_LINE_MARKUP.sub("", MD_EMPHASIS.sub(r"\2", MD_LINK.sub(r"\1", text)))
    doc = text_document(path, plain)
    for name, value in meta.items():
        setattr(doc, name, value)
    if doc.title is None and title_match:
        doc.title = MD_EMPHASIS.sub(r"\2", MD_LINK.sub(r"\1", title_match.group(1))).strip()
    return doc


def html_document(path: str, html: str) -> Document:
    import trafilatura

    try:
        result = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                             include_tables=False, include_images=False)
    except Exception as exc:  # trafilatura raises lxml and its own errors on broken markup
        raise InputError(path, f"cannot parse HTML ({type(exc).__name__})") from None
    if result is None or not (result.text or "").strip():
        raise InputError(path, "no article text found in the HTML")
    text = result.text
    title = (result.title or "").strip() or None
    # trafilatura leaves the headline out of the text; put it back so the title is a span too.
    if title and not text.lstrip().startswith(title):
        text = f"{title}\n\n{text}"
    return Document(text=text, path=path, title=title, date=result.date, source=result.sitename or result.hostname,
                    url=result.url, byline=result.author)


def check_inflated_size(path: str, data: bytes) -> None:
    """Refuse a zip bomb: inflate every member in chunks, counting, and stop past the cap.

    The sizes a zip declares can lie, so they are not trusted.
    """
    import io

    inflated = 0
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            for info in archive.infolist():
                with archive.open(info) as member:
                    while chunk := member.read(1 << 20):
                        inflated += len(chunk)
                        if inflated > MAX_DOCX_XML_BYTES:
                            raise InputError(path, "is not a valid .docx (it would inflate to over 100 MB)")
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, RuntimeError, ValueError):
        raise InputError(path, "is not a valid .docx (not a readable zip archive)") from None
    except NotImplementedError:
        raise InputError(path, "is not a valid .docx (compressed in a way Word does not use)") from None


def docx_document(path: str, data: bytes) -> Document:
    import io

    from docx import Document as open_docx

    check_inflated_size(path, data)
    try:
        word = open_docx(io.BytesIO(data))
    except Exception as exc:  # python-docx and lxml raise many types on a damaged package
        raise InputError(path, f"is not a valid .docx ({type(exc).__name__})") from None
    paragraphs = [p.text.strip() for p in word.paragraphs if p.text.strip()]
    props = word.core_properties
    title = (props.title or "").strip() or None
    if title is None:
        title = next((p.text.strip() for p in word.paragraphs
                      if p.text.strip() and p.style is not None and p.style.name in ("Title", "Heading 1")), None)
    # core_properties' author and dates describe the file, not the article: not used.
    return Document(text="\n\n".join(paragraphs), path=path, title=title)
