"""Ingest: files, folders or stdin in; one `Document` per article out.

Decoding is careful because users paste from everywhere: a BOM decides, then strict
UTF-8, then charset-normalizer's guess. HTML goes through trafilatura, which removes
navigation and keeps the article and its metadata. A .txt keeps its decoded content
exactly, so every offset in the output indexes the file as the user has it.
"""
from __future__ import annotations

import sys
from pathlib import Path

from briefing.errors import InputError
from briefing.ingest.encoding import decode
from briefing.ingest.plain import header_end, markdown_document, text_document
from briefing.ingest.webpage import html_document
from briefing.ingest.word import docx_document
from briefing.model import Document

TEXT_SUFFIXES = {".txt", ".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm"}
DOCX_SUFFIXES = {".docx"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | DOCX_SUFFIXES

# Refuse inputs that cannot be an article, before spending time on them: the longest news
# features run to a few hundred kilobytes.
MAX_INPUT_BYTES = 10 * 1024 * 1024


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
