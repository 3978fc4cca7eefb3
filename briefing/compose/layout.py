"""What each kind of memo says, in order, as a list of blocks every renderer draws.

A layout turns a Briefing into blocks (a title, header fields, headings, bullets, quotes,
a table, source entries, plain lines). The Word, Markdown, text and HTML renderers only
decide how each kind of block looks, so every format of a memo says the same things.

Layouts: the information memo (MEMORANDUM header block, bottom line up front, one section
per topic), the one-page daily brief (at most three top stories) and the plain report.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from briefing.compose.wording import (
    BLUF_HEADING,
    CONTINUING_MARK,
    FIGURE_COLUMNS,
    FIGURES_HEADING,
    MEMO_TITLE,
    NEW_MARK,
    SINCE_LAST_HEADING,
    SOURCES_DIFFER,
    SOURCES_HEADING,
    citation_label,
    clean_strings,
    format_date,
    header_fields,
    quoted,
    short_date,
    speaker_line,
)
from briefing.model import CONTINUING, NEW, Briefing, Bullet, Change, KeyFigure, SourceRef

MEMO = "memo"
DAILY = "daily"
REPORT = "report"
LAYOUTS = (MEMO, DAILY, REPORT)
# The page limit each layout keeps to unless --max-pages says otherwise; None: no limit.
DEFAULT_MAX_PAGES = {MEMO: 2, DAILY: 1, REPORT: None}

DAILY_TITLE = "DAILY BRIEF"
SUMMARY_HEADING = "Summary"
TOP_STORIES = 3
WHY_IT_MATTERS = "Why it matters"
DRAFTED_BY = "Drafted by"
NOTHING_ON_TOPIC = "Nothing on this topic in the articles read."

# Kinds of block.
MemoBlockKind = Literal["title", "field", "rule", "heading", "bullet", "quote", "attribution", "table", "source",
                        "dateline", "line"]
DOCUMENT_TITLE: MemoBlockKind = "title"  # the document's title line
FIELD: MemoBlockKind = "field"  # "LABEL:<tab>value" of a header block
RULE: MemoBlockKind = "rule"  # the line under the header block
HEADING: MemoBlockKind = "heading"
BULLET: MemoBlockKind = "bullet"
QUOTE: MemoBlockKind = "quote"
ATTRIBUTION: MemoBlockKind = "attribution"  # "— speaker [n]" under a quote
TABLE: MemoBlockKind = "table"  # rows of cells, the first row the column headings
SOURCE: MemoBlockKind = "source"  # one entry of the sources list
DATELINE: MemoBlockKind = "dateline"  # "Outlet, date" under a headline; the date under a report's title
LINE: MemoBlockKind = "line"  # a paragraph of text, with an optional bold label ("Drafted by: …")


@dataclass(frozen=True)
class MemoBlock:
    """One thing the memo says, in order: every renderer draws each kind its own way."""

    kind: MemoBlockKind
    text: str = ""
    citations: tuple[int, ...] = ()  # the sources the text cites, shown as [n] after it
    label: str | None = None  # FIELD and LINE: the bold lead-in
    rows: tuple[tuple[str, ...], ...] = ()  # TABLE
    source: SourceRef | None = None  # SOURCE
    caption: str | None = None  # TABLE: what the table shows, for screen readers

    @property
    def ref(self) -> SourceRef:
        """The source a SOURCE block lists."""
        if self.source is None:
            raise ValueError(f"a {self.kind} block has no source")
        return self.source


@dataclass
class Story:
    """One top story of the daily brief, derived from the selection alone."""

    headline: str
    dateline: str
    summary: Bullet
    why: str | None
    sources: list[int] = field(default_factory=list)


def layout_blocks(briefing: Briefing, layout: str) -> list[MemoBlock]:
    briefing = clean_strings(briefing)
    blocks = {MEMO: memo_blocks, DAILY: daily_blocks, REPORT: report_blocks}[layout](briefing)
    if briefing.sender:
        blocks.append(MemoBlock(LINE, briefing.sender, label=DRAFTED_BY))
    return blocks


def memo_blocks(briefing: Briefing) -> list[MemoBlock]:
    blocks = [MemoBlock(DOCUMENT_TITLE, MEMO_TITLE)]
    blocks += [MemoBlock(FIELD, value, label=label) for label, value in header_fields(briefing)]
    blocks.append(MemoBlock(RULE))
    if briefing.bluf:
        blocks.append(MemoBlock(HEADING, BLUF_HEADING))
        blocks += bullet_blocks(briefing.bluf)
    return blocks + since_last_blocks(briefing) + body_blocks(briefing)


def since_last_blocks(briefing: Briefing) -> list[MemoBlock]:
    if not briefing.since_last:
        return []
    return [MemoBlock(HEADING, SINCE_LAST_HEADING)] + [MemoBlock(BULLET, line) for line in briefing.since_last]


def marked(text: str, change: Change | None) -> str:
    """"NEW: …", "Continuing: …": how an item stands against the last brief, where the memo says."""
    mark = {NEW: NEW_MARK, CONTINUING: CONTINUING_MARK}.get(change) if change else None
    return f"{mark}: {text}" if mark else text


def report_blocks(briefing: Briefing) -> list[MemoBlock]:
    byline = [format_date(briefing.date)] + [f"for {briefing.to}"] * bool(briefing.to)
    blocks = [MemoBlock(DOCUMENT_TITLE, briefing.title), MemoBlock(DATELINE, ", ".join(byline))]
    if briefing.bluf:
        blocks.append(MemoBlock(HEADING, SUMMARY_HEADING))
        blocks += bullet_blocks(briefing.bluf)
    return blocks + since_last_blocks(briefing) + body_blocks(briefing)


def body_blocks(briefing: Briefing) -> list[MemoBlock]:
    """The topic sections, key figures and sources: shared by the memo and the report."""
    blocks = []
    for section in briefing.sections:
        blocks.append(MemoBlock(HEADING, section.name))
        blocks += bullet_blocks(section.bullets)
        if not section.bullets and not section.quotes:  # a topic the user asked for, absent today
            blocks.append(MemoBlock(LINE, NOTHING_ON_TOPIC))
        for quote in section.quotes:
            blocks.append(MemoBlock(QUOTE, quoted(quote.text)))
            # where the sources differ on the speaker, the line cites each name's sources itself
            cited = () if quote.other_speakers else tuple(quote.citations)
            new = f" ({NEW_MARK})" if quote.change == NEW else ""
            blocks.append(MemoBlock(ATTRIBUTION, speaker_line(quote) + new, cited))
    if briefing.figures:
        rows = [FIGURE_COLUMNS] + [(figure_cell(figure), figure.measure or "", citation_label(figure.citations))
                                   for figure in briefing.figures]
        blocks += [MemoBlock(HEADING, FIGURES_HEADING), MemoBlock(TABLE, rows=tuple(rows), caption=FIGURES_HEADING)]
    blocks += source_blocks(briefing.sources)
    uncited = briefing.articles_read - len(briefing.sources)
    if uncited > 0:
        blocks.append(MemoBlock(LINE, f"{uncited} further article{'s' * (uncited > 1)} read but not cited."))
    return blocks


def figure_cell(figure: KeyFigure) -> str:
    """The figure as written; where the sources differ, each one's value and the difference said:
    "more than 5 million [1]; 4.6 million [2] — sources differ"; where it moved since the last brief,
    both values: "6 million → 7 million since 27 Nov"."""
    if figure.earlier:
        return marked(f"{figure.earlier.text} → {figure.text} since {short_date(figure.earlier.date)}", figure.change)
    if not figure.readings:
        return marked(figure.text, figure.change)
    values = "; ".join(f"{reading.text} {citation_label(reading.citations)}" for reading in figure.readings)
    return f"{values} — {SOURCES_DIFFER}"


def bullet_blocks(bullets: list[Bullet]) -> list[MemoBlock]:
    return [MemoBlock(BULLET, marked(bullet.text, bullet.change), tuple(bullet.citations)) for bullet in bullets]


def source_blocks(sources: list[SourceRef]) -> list[MemoBlock]:
    if not sources:
        return []
    return [MemoBlock(HEADING, SOURCES_HEADING)] + [MemoBlock(SOURCE, source=ref) for ref in sources]


def daily_blocks(briefing: Briefing) -> list[MemoBlock]:
    byline = [format_date(briefing.date)] + [f"for {briefing.to}"] * bool(briefing.to)
    blocks = [MemoBlock(DOCUMENT_TITLE, DAILY_TITLE), MemoBlock(DATELINE, ", ".join(byline))]
    blocks += since_last_blocks(briefing)
    stories = top_stories(briefing)
    for story in stories:
        blocks.append(MemoBlock(HEADING, story.headline))
        if story.dateline:
            blocks.append(MemoBlock(DATELINE, story.dateline))
        blocks.append(MemoBlock(LINE, marked(story.summary.text, story.summary.change),
                                tuple(story.summary.citations)))
        if story.why:
            blocks.append(MemoBlock(LINE, story.why, label=WHY_IT_MATTERS))
    cited = {number for story in stories for number in story.sources}
    return blocks + source_blocks([ref for ref in briefing.sources if ref.number in cited])


def top_stories(briefing: Briefing, most: int = TOP_STORIES) -> list[Story]:
    """A story per source, most important first: the order of the bullets that first cite them.

    The summary is the best bullet citing the source that no story has told yet (the bottom
    line comes first); why it matters is the next such bullet, or else the topics the source
    is filed under. A source with nothing left to tell joins the story that told its news.
    """
    ranked: list[tuple[str | None, Bullet]] = [(None, bullet) for bullet in briefing.bluf]
    ranked += [(section.name, bullet) for section in briefing.sections for bullet in section.bullets]
    stories: list[Story] = []
    told: dict[str, Story] = {}  # bullet text -> the story that tells it
    for ref in sorted(briefing.sources, key=lambda ref: first_citing(ranked, ref.number)):
        citing = [(topic, bullet) for topic, bullet in ranked if ref.number in bullet.citations]
        if not citing:
            continue  # the selection took nothing from it
        untold = [bullet for _, bullet in citing if bullet.text not in told]
        if not untold:
            story = told[citing[0][1].text]
            story.sources.append(ref.number)
            story.dateline = "; ".join(part for part in (story.dateline, dateline(ref)) if part)
            continue
        if len(stories) == most:
            continue
        topics = list(dict.fromkeys(topic for topic, _ in citing if topic))
        why = untold[1].text if len(untold) > 1 else ("; ".join(topics) + "." if topics else None)
        story = Story(ref.title or headline_from(untold[0].text), dateline(ref), untold[0], why, [ref.number])
        stories.append(story)
        for bullet in untold[:2]:
            told[bullet.text] = story
    return stories


def dateline(ref: SourceRef) -> str:
    return ", ".join(part for part in (ref.outlet, ref.date and format_date(ref.date)) if part)


def first_citing(ranked: list[tuple[str | None, Bullet]], number: int) -> int:
    return next((index for index, (_, bullet) in enumerate(ranked) if number in bullet.citations), len(ranked))


def headline_from(text: str, words: int = 10) -> str:
    """A headline for a story whose article had none: its summary's first words."""
    cut = text.split()
    return " ".join(cut[:words]) + ("…" if len(cut) > words else "")


def page_limit(layout: str, max_pages: int | None) -> int | None:
    """The page limit to fit: the layout's own unless one is given; 0 means no limit."""
    if max_pages is None:
        return DEFAULT_MAX_PAGES[layout]
    return max_pages or None
