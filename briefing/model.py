"""The one data model every stage reads and writes.

A `Document` owns its text; blocks, sentences, quotes and figures are spans with
character offsets into that text (Python string indices, end exclusive), like spaCy's
`Doc` and `Span`. Stages fill the lists in order: ingest -> segment -> analyse -> select.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

# Kinds of text block, as segment labels them.
# The elements of a page's article, as trafilatura reads them.
Markup = Literal["head", "p", "item"]
BlockKind = Literal["body", "title", "subhead", "caption", "boilerplate", "credit", "byline", "metadata"]
BODY: BlockKind = "body"
TITLE: BlockKind = "title"
SUBHEAD: BlockKind = "subhead"
CAPTION: BlockKind = "caption"
BOILERPLATE: BlockKind = "boilerplate"
CREDIT: BlockKind = "credit"
BYLINE: BlockKind = "byline"
METADATA: BlockKind = "metadata"  # "Source: VOA" header lines of a text file


@dataclass
class Block:
    """A paragraph-like stretch of text (one line or one paragraph of the input)."""

    start: int
    end: int
    kind: BlockKind = BODY
    # What the page's markup made it, when the input had markup: "head" (a heading), "p" or "item"
    markup: Markup | None = None
    reason: str | None = None  # for a block that is not body text: why ("headline", "link", "reprint notice")


@dataclass
class Sentence:
    start: int
    end: int
    block: int  # index into Document.blocks
    section: str | None = None  # the nearest subhead above it, a hint for topics
    score: float = 0.0
    rank: int = 0  # 1 = most important in its document
    topic: str | None = None


@dataclass
class Quote:
    """A direct quotation: start/end cover the quoted words without the quotation marks."""

    start: int
    end: int
    speaker: str | None = None
    speaker_role: str | None = None
    topic: str | None = None


@dataclass
class Figure:
    """A quantity: money, a percentage or a count, as defined in FIGURES.md."""

    start: int
    end: int
    value: float
    unit: str
    approx: str | None = None
    measure: str | None = None
    topic: str | None = None
    # For a bracketed conversion ("$1.13bn (£600m)"): the (value, unit) of the amount it converts.
    converted_from: tuple[float, str] | None = None
    group: int | None = None  # the same number for figures of several articles that measure the same thing


# The heading of discovered subjects too small or too vague to be named: one section, last.
OTHER_NEWS = "Other news"


@dataclass
class Topic:
    name: str
    keywords: list[str] = field(default_factory=list)
    discovered: bool = False  # found in the articles, not asked for: shown only where it has something


@dataclass
class Document:
    text: str
    path: str = "-"
    title: str | None = None
    date: str | None = None
    source: str | None = None
    url: str | None = None
    byline: str | None = None
    header_end: int = 0  # where the "Source: …" lines that open a text file end: they are metadata, not text
    blocks: list[Block] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    # The key an archive is to keep this article's fresh analysis under (None: no archive, or it had one)
    analysis_key: str | None = None

    def span_text(self, span) -> str:
        return self.text[span.start:span.end]

    def sentence_at(self, offset: int) -> Sentence | None:
        """The body sentence holding this offset, if any."""
        return next((s for s in self.sentences if s.start <= offset < s.end), None)

    @property
    def name(self) -> str:
        return Path(self.path).name if self.path != "-" else "stdin"


# The selection: what the memo says. Renderers read only these.


@dataclass
class SourceRef:
    number: int  # the n of the citation [n]
    title: str | None
    outlet: str | None
    date: str | None
    url: str | None
    path: str


@dataclass
class Bullet:
    text: str
    citations: list[int]  # SourceRef numbers
    change: Change | None = None  # against the last brief, when the memo says what changed


# How an item stands against the last brief: only in articles new since it, or told in it already.
Change = Literal["new", "continuing"]
NEW: Change = "new"
CONTINUING: Change = "continuing"


@dataclass
class KeyQuote:
    text: str  # the whole quoted statement, without quotation marks
    speaker: str  # key quotes are attributed ones only
    speaker_role: str | None
    citations: list[int]  # every source that quotes it
    # When the sources name someone else for the same words: who, as each of those sources says.
    other_speakers: list[OtherSpeaker] = field(default_factory=list)
    change: Change | None = None


@dataclass
class OtherSpeaker:
    speaker: str
    speaker_role: str | None
    citations: list[int]


@dataclass
class KeyFigure:
    text: str  # as written, with its qualifier: "more than $80 million"
    measure: str | None
    value: float
    unit: str
    citations: list[int]  # every source that gives the figure
    # When the sources disagree: each value as written, with the sources that give it ("5 million" [1]).
    readings: list[FigureReading] = field(default_factory=list)
    change: Change | None = None
    earlier: EarlierFigure | None = None  # the value the last brief gave for the same measure, when it moved


@dataclass
class EarlierFigure:
    text: str  # "6 million"
    date: str  # ISO date of the brief that gave it


@dataclass
class ShownFigure:
    text: str
    measure: str
    value: float
    unit: str


@dataclass
class LastBrief:
    """What the last brief against the same archive showed, and which of today's articles (by
    path or address) it had not read: what a memo that says what changed compares with."""
    date: str  # ISO
    bullets: set[str]
    quotes: set[str]
    figures: list[ShownFigure]
    new_articles: set[str]
    # Which of today's quotes and figures (text, measure) the archive held already, from any article,
    # as compared across briefs (compose.changes.shown_key)
    archived_quotes: set[str] = field(default_factory=set)
    archived_figures: set[tuple[str, str]] = field(default_factory=set)


@dataclass
class FigureReading:
    text: str
    citations: list[int]


@dataclass
class Section:
    name: str
    bullets: list[Bullet] = field(default_factory=list)
    quotes: list[KeyQuote] = field(default_factory=list)


@dataclass
class Briefing:
    title: str
    date: str  # ISO YYYY-MM-DD
    to: str | None = None
    sender: str | None = None  # the FROM line
    classification: str | None = None
    bluf: list[Bullet] = field(default_factory=list)  # bottom line up front, at most 3
    sections: list[Section] = field(default_factory=list)
    figures: list[KeyFigure] = field(default_factory=list)
    sources: list[SourceRef] = field(default_factory=list)  # the articles the memo cites
    articles_read: int = 0  # all the articles the memo was built from, cited or not
    since_last: list[str] = field(default_factory=list)  # what changed since the last brief, when asked

    def all_bullets(self) -> list[Bullet]:
        """The bottom line's bullets, then each section's."""
        return [*self.bluf, *(bullet for section in self.sections for bullet in section.bullets)]

    def all_quotes(self) -> list[KeyQuote]:
        return [quote for section in self.sections for quote in section.quotes]
