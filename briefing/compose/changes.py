"""What changed since the last brief: a selected memo marked against what the last one showed.

Stories told in the last brief are marked continuing; bullets, quotes and figures that only
articles new since then tell are marked new; a quote the last brief showed is not shown again;
a figure whose value moved for the same measure carries the value the last brief gave. A short
"Since the last brief" block says so under the bottom line.
"""
from __future__ import annotations

import re

from briefing.compose.wording import format_date
from briefing.model import CONTINUING, NEW, Briefing, Change, EarlierFigure, KeyFigure, LastBrief, ShownFigure

# Two measures are the same when they share this share of their words (case aside).
SAME_MEASURE = 0.6


def shown_key(text: str) -> str:
    """A shown text as compared across briefs: words only, any case."""
    return " ".join(re.findall(r"\w+", text.lower()))


def mark_changes(briefing: Briefing, last: LastBrief) -> Briefing:
    new_sources = {ref.number for ref in briefing.sources if (ref.url or ref.path) in last.new_articles}

    def change(citations: list[int], told_before: bool) -> Change | None:
        if told_before:
            return CONTINUING
        return NEW if citations and set(citations) <= new_sources else None

    bullets = briefing.all_bullets()
    for bullet in bullets:
        bullet.change = change(bullet.citations, shown_key(bullet.text) in last.bullets)
    left_out = 0
    for section in briefing.sections:
        kept = [quote for quote in section.quotes if shown_key(quote.text) not in last.quotes]
        left_out += len(section.quotes) - len(kept)
        section.quotes = kept
        for quote in kept:  # words an archived article had already are not news, whoever retells them
            quote.change = None if archived_quote(quote.text, last) else change(quote.citations, False)
    moved = []
    for figure in briefing.figures:
        earlier = earlier_value(figure, last.figures)
        told = any(shown_key(before.text) == shown_key(figure.text) and same_measure(figure.measure, before.measure)
                   for before in last.figures)
        archived = (shown_key(figure.text), shown_key(figure.measure or "")) in last.archived_figures
        figure.change = None if told or earlier or archived else change(figure.citations, False)
        if earlier is not None:
            figure.earlier = EarlierFigure(earlier.text, last.date)
            moved.append(f"{figure.measure}: {earlier.text} then, {figure.text} now.")
    briefing.since_last = since_last_lines(briefing, last, bullets, left_out, moved)
    return briefing


def archived_quote(text: str, last: LastBrief) -> bool:
    """Whether an archived article has these words (a key quote may be cut short of the whole quote)."""
    key = shown_key(text)
    return any(key in archived for archived in last.archived_quotes)


def earlier_value(figure: KeyFigure, shown: list[ShownFigure]) -> ShownFigure | None:
    """The figure the last brief gave for the same measure and unit, if its value was another."""
    return next((before for before in shown if before.unit == figure.unit and before.value != figure.value
                 and same_measure(figure.measure, before.measure)), None)


def same_measure(ours: str | None, theirs: str | None) -> bool:
    words, other = (set(shown_key(measure or "").split()) for measure in (ours, theirs))
    return bool(words and other) and len(words & other) / len(words | other) >= SAME_MEASURE


def since_last_lines(briefing: Briefing, last: LastBrief, bullets: list, left_out: int, moved: list[str]) -> list[str]:
    fresh = len(last.new_articles)
    lines = [f"{fresh} of the {briefing.articles_read} articles read {'is' if fresh == 1 else 'are'} new since the "
             f"brief of {format_date(last.date)}."]
    lines += moved
    continuing = sum(1 for bullet in bullets if bullet.change == CONTINUING)
    if continuing:
        lines.append(f"{continuing} point{'s' * (continuing > 1)} told then continue{'s' * (continuing == 1)} "
                     "(marked continuing).")
    if left_out:
        lines.append(f"{left_out} quote{'s' * (left_out > 1)} shown then {'are' if left_out > 1 else 'is'} "
                     "not repeated.")
    return lines
