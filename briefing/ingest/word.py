""".docx articles: their paragraphs and title, read with python-docx, with a guard against zip bombs."""
from __future__ import annotations

import zipfile

from briefing.errors import InputError
from briefing.model import Document

# A .docx is a zip: cap what we inflate so a zip bomb cannot exhaust memory.
MAX_DOCX_XML_BYTES = 100 * 1024 * 1024


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
