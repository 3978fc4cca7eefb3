"""Bytes to text: a BOM decides, then strict UTF-8, then charset-normalizer's guess; binary data is refused."""
from __future__ import annotations

import codecs

from briefing.errors import InputError


def decode(path: str, data: bytes) -> str:
    """Bytes to text: BOM first, then strict UTF-8, then the best guess; binary is refused."""
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF32_LE, "utf-32"),
                          (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF16_LE, "utf-16"),
                          (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(encoding if encoding == "utf-8" else encoding + bom_suffix(bom))
            except UnicodeDecodeError:
                raise InputError(path, f"starts with a {encoding.upper()} byte-order mark but is not valid "
                                       f"{encoding.upper()}") from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = guess_decode(path, data)
    # a few stray NULs in plain text are kept, like other control characters, and left out of the memo
    if control_share(text) > 0.05:
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
    half = len(sample) / 2
    return len(sample) >= 4 and (sample[1::2].count(0) > 0.4 * half or sample[0::2].count(0) > 0.4 * half)


def control_share(text: str) -> float:
    sample = text[:20000]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r\f\v")
    return controls / max(1, len(sample))
