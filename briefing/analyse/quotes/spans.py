"""Quote spans: pair the quotation marks of each paragraph into quotes."""
from __future__ import annotations

import re
from dataclasses import dataclass

from briefing.analyse.quotes.lexicon import AFTER_CLOSING, BEFORE_OPENING, NOMINAL_CLOSING, NOMINAL_OPENING
from briefing.analyse.quotes.patterns import QUOTE_MARK, TRANSCRIPT_LINE, TRANSCRIPT_TURN

OPENING, CLOSING = "opening", "closing"


@dataclass
class Span:
    """A quote with the offsets of its marks and the paragraphs it covers."""

    start: int  # first quoted character
    end: int  # just after the last quoted character
    outer_start: int  # the opening mark
    outer_end: int  # just after the closing mark (== end when unterminated)
    first_paragraph: int
    last_paragraph: int


def mark_side(text: str, start: int, end: int, par_start: int, par_end: int) -> str | None:
    """OPENING or CLOSING from the mark's surroundings, or None when they do not tell."""
    before = text[start - 1] if start > par_start else " "
    after = text[end] if end < par_end else " "
    opens = (before.isspace() or before in BEFORE_OPENING) and not after.isspace()
    closes = not before.isspace() and (after.isspace() or after in AFTER_CLOSING)
    if opens != closes:
        return OPENING if opens else CLOSING
    mark = text[start:end]
    if mark in NOMINAL_OPENING:
        return OPENING
    if mark in NOMINAL_CLOSING:
        return CLOSING
    return None


def split_paragraphs(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]*\S[^\n]*", text)]


def trimmed_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def is_transcript(text: str) -> bool:
    """Turns come at least two to a transcript: one "BREAKING: …" does not make one."""
    return len(TRANSCRIPT_LINE.findall(text)) >= 2


def find_spans(text: str, paragraphs: list[tuple[int, int]], transcript: bool) -> list[Span]:
    spans: list[Span] = []
    open_at: tuple[int, int, int] | None = None  # (mark start, mark end, paragraph index)

    def close(opened: tuple[int, int, int], end: int, outer_end: int, paragraph: int) -> None:
        outer_start, start, first = opened
        if text[start:end].strip():
            spans.append(Span(start, end, outer_start, outer_end, first, paragraph))

    for index, (par_start, par_end) in enumerate(paragraphs):
        marks = [m.span() for m in QUOTE_MARK.finditer(text, par_start, par_end)]
        if open_at is not None:
            reopens = (marks and not text[par_start:marks[0][0]].strip()
                       and mark_side(text, *marks[0], par_start, par_end) != CLOSING
                       # a transcript's next turn ("PENCE: …") is a new quote, not more of the last
                       and not (transcript and TRANSCRIPT_TURN.match(text, marks[0][1])))
            if reopens:  # a quote running over paragraphs: the re-opening mark is skipped
                marks = marks[1:]
            else:  # unterminated: the quote ends with its paragraph
                prev_start, prev_end = paragraphs[index - 1]
                end = trimmed_end(text, prev_start, prev_end)
                close(open_at, end, end, index - 1)
                open_at = None
        for mark_start, mark_end in marks:
            side = mark_side(text, mark_start, mark_end, par_start, par_end)
            if side is None:
                side = CLOSING if open_at is not None else OPENING
            # a curly mark says which it is where spacing misleads: “…,”Clinton said / said“…”
            elif open_at is not None and text[mark_start:mark_end] in NOMINAL_CLOSING:
                side = CLOSING
            elif open_at is None and text[mark_start:mark_end] in NOMINAL_OPENING:
                side = OPENING
            if side == OPENING:
                if open_at is not None:  # re-opened without a close
                    close(open_at, trimmed_end(text, open_at[1], mark_start), mark_start, index)
                open_at = (mark_start, mark_end, index)
            elif open_at is not None:
                close(open_at, mark_start, mark_end, index)
                open_at = None
    if open_at is not None:
        last_start, last_end = paragraphs[-1]
        end = trimmed_end(text, last_start, last_end)
        close(open_at, end, end, len(paragraphs) - 1)
    return spans
