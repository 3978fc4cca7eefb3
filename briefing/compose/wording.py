"""The memo's wording, shared by every renderer.

The phrasing helpers here (dates, citations, attributions, source entries, header
fields, escaping) are used by layout.py and by the Word, Markdown, text and HTML
renderers, so every format of a memo says the same things in the same words.
Renderers read only the selection in model.py.
"""
from __future__ import annotations

import dataclasses
import re
from collections.abc import Collection
from datetime import date
from pathlib import Path
from urllib.parse import quote as percent_encode
from urllib.parse import urlsplit

from briefing.model import Briefing, KeyQuote, SourceRef

MEMO_TITLE = "MEMORANDUM"
BLUF_HEADING = "Bottom line up front"
FIGURES_HEADING = "Key figures"
SOURCES_HEADING = "Sources"
FIGURE_COLUMNS = ("Figure", "What it measures", "Source")
SOURCES_DIFFER = "sources differ"
SPEAKERS_DIFFER = "sources differ on who said it"
# What a memo built with --changes says of what moved since the last brief.
SINCE_LAST_HEADING = "Since the last brief"
NEW_MARK = "NEW"
CONTINUING_MARK = "Continuing"
# Spelled out here, so that the memo's dates do not depend on the locale.
MONTHS_IN_WORDS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                   "November", "December")


# XML 1.0 allows tab, newline and carriage return but no other C0 controls, no
# surrogates and not U+FFFE/U+FFFF; Word refuses a file containing any of them.
_XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def clean_text(text: str) -> str:
    return _XML_FORBIDDEN.sub("", text)


def clean_strings(value):
    """A copy of `value` (a Briefing or any part of one) with every string cleaned."""
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, list):
        return [clean_strings(item) for item in value]
    if dataclasses.is_dataclass(value):
        return dataclasses.replace(value, **{
            field.name: clean_strings(getattr(value, field.name))
            for field in dataclasses.fields(value)
        })
    return value


def parse_iso_date(text: str | None) -> date | None:
    """The date at the start of an ISO date or datetime string, else None."""
    if not text or not re.match(r"\d{4}-\d{2}-\d{2}", text):
        return None
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


def format_date(text: str) -> str:
    """'2026-11-28' -> '28 November 2026'; anything not ISO is kept as written."""
    day = parse_iso_date(text)
    if day is None:
        return text
    return f"{day.day} {MONTHS_IN_WORDS[day.month - 1]} {day.year}"


def citation_label(citations: Collection[int]) -> str:
    """'[1]' or '[1, 2]'; '' when there is nothing to cite."""
    if not citations:
        return ""
    return "[" + ", ".join(str(number) for number in sorted(set(citations))) + "]"


def with_citations(text: str, citations: Collection[int]) -> str:
    label = citation_label(citations)
    return f"{text} {label}" if label else text


def quoted(text: str) -> str:
    return f"\u201c{text}\u201d"


def speaker_line(quote: KeyQuote) -> str:
    """'— Speaker, Role' or '— Speaker'; citations are added by the caller. Where the sources name
    different speakers: '— Jane Doe, CEO [1]; John Roe [2] — sources differ on who said it', cited here."""
    if not quote.other_speakers:
        return f"\u2014 {named(quote.speaker, quote.speaker_role)}"
    others = {number for other in quote.other_speakers for number in other.citations}
    speakers = [f"{named(quote.speaker, quote.speaker_role)} "
                f"{citation_label([c for c in quote.citations if c not in others])}"]
    speakers += [f"{named(other.speaker, other.speaker_role)} {citation_label(other.citations)}"
                 for other in quote.other_speakers]
    return f"\u2014 {'; '.join(speakers)} \u2014 {SPEAKERS_DIFFER}"


def named(speaker: str, role: str | None) -> str:
    """'Speaker, Role' or 'Speaker'."""
    return f"{speaker}, {role}" if role else speaker


def header_fields(briefing: Briefing) -> list[tuple[str, str]]:
    """The memo header lines as (label, value); TO and FROM only when given."""
    fields = []
    if briefing.to:
        fields.append(("TO", briefing.to))
    if briefing.sender:
        fields.append(("FROM", briefing.sender))
    fields.append(("DATE", format_date(briefing.date)))
    fields.append(("SUBJECT", briefing.title))
    return fields


def source_label(ref: SourceRef) -> str:
    return f"[{ref.number}]"


def source_description(ref: SourceRef) -> str:
    """'Title. Outlet, 28 November 2026.' with missing parts left out (no URL)."""
    title = ref.title
    if not title and not ref.url:
        # Without title or URL, the input file's name is all that tells the reader what it was.
        title = Path(ref.path).name if ref.path != "-" else "stdin"
    where = ", ".join(part for part in (ref.outlet, ref.date and format_date(ref.date)) if part)
    return " ".join(_sentence(part) for part in (title, where) if part)


def _sentence(text: str) -> str:
    text = text.strip()
    # a headline may end inside its closing quote: 'The Trends Are 'Terrifying.''
    return text if re.search(r"[.?!…][\"'”’)]*$", text) else text + "."


def link_target(url: str) -> str | None:
    """`url` as a valid URI to link to, or None when it should not be a link.

    Only web and mail links: a scraped page may carry javascript: or file: URLs. Word
    declares a file corrupt if a link target is not a valid URI, so characters a URI
    cannot hold (spaces, quotes, non-ASCII) are percent-encoded.
    """
    url = url.strip()
    try:
        scheme = urlsplit(url).scheme.lower()
    except ValueError:  # e.g. an unclosed '[' in the host
        return None
    if scheme not in ("http", "https", "mailto"):
        return None
    encoded = percent_encode(url, safe=":/?#[]@!$&'()*+,;=%~")
    return re.sub(r"%(?![0-9A-Fa-f]{2})", "%25", encoded)  # a stray '%' is not an escape


# Markdown


# Characters that would start emphasis, code, inline HTML or a link.
_MD_INLINE = re.compile(r"([\\`*_<\[\]])")
# Text that would start a block (heading, quote, list) at the start of a line or list item.
_MD_BLOCK_START = re.compile(r"^(#|>|[+-](?=\s)|\d{1,9}(?=[.)]\s))")


def md_escape(text: str) -> str:
    """One line of literal text: whitespace runs collapsed, Markdown syntax escaped."""
    text = _MD_INLINE.sub(r"\\\1", " ".join(text.split()))
    return _MD_BLOCK_START.sub(lambda match: _escape_block_start(match.group(1)), text)


def _escape_block_start(marker: str) -> str:
    # '2026. ' becomes '2026\. '; '#', '>', '+', '-' get a backslash in front.
    return marker + "\\" if marker[0].isdigit() else "\\" + marker


def short_date(text: str) -> str:
    """'2026-11-27' -> '27 Nov'; anything not ISO is kept as written."""
    day = parse_iso_date(text)
    return f"{day.day} {MONTHS_IN_WORDS[day.month - 1][:3]}" if day else text
