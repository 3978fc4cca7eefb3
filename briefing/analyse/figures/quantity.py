"""A figure being read, the sentences around it, and the small readers every part of the scan shares."""
from __future__ import annotations

import re
from dataclasses import dataclass

from briefing.analyse.figures.lexicon import SCALE_WORDS, SMALL_NUMBERS, STOP_AFTER, UNMARKED_PLURALS
from briefing.analyse.figures.patterns import COUNTED_WORD
from briefing.analyse.lexicon import CRUDE_SENTENCE_END


@dataclass
class Quantity:
    """A figure being built; `kind` is money, percent, measure or count."""

    start: int
    end: int
    value: float
    unit: str
    kind: str
    approx: str | None = None
    scale: float = 1.0  # the scale written after the number, shared with a range's lower end
    bare: bool = True  # neither unit nor scale written: may take them from a range partner
    converted_from: tuple[float, str] | None = None
    opens_range: bool = False  # the next quantity is the upper end of this one's range ("2% to 3%")
    range_end: int | None = None  # where that upper end ends, for a lower end written bare ("two or three weeks")
    closes_range: bool = False  # the quantity before is the lower end of this one's range
    unit_from_range: bool = False  # written bare, its unit taken from its range's upper end ("two to three weeks")
    hyphenated: bool = False  # its unit joined by a hyphen, describing the noun after it ("an 18-month ban")

class Sentences:
    """Sentence bounds for context: the given body sentences, else a crude split."""

    def __init__(self, text: str, spans: list[tuple[int, int]] | None):
        self.text = text
        self.spans = sorted(spans) if spans else crude_sentences(text)

    def around(self, position: int) -> tuple[int, int]:
        for start, end in self.spans:
            if start <= position < end:
                return start, end
        return crude_bounds(self.text, position)

    def before(self, start: int) -> tuple[int, int] | None:
        """The bounds of the sentence before the one that starts at `start`, if any."""
        earlier = [span for span in self.spans if span[1] <= start]
        return earlier[-1] if earlier else None


def crude_sentences(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for stop in CRUDE_SENTENCE_END.finditer(text):
        if text[start:stop.end()].strip():
            spans.append((start, stop.end()))
        start = stop.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans


def crude_bounds(text: str, position: int) -> tuple[int, int]:
    before = [m.end() for m in CRUDE_SENTENCE_END.finditer(text, 0, position)]
    after = CRUDE_SENTENCE_END.search(text, position)
    return (before[-1] if before else 0), (after.end() if after else len(text))


def word_number(words: str) -> float | None:
    """'seven million' -> 7e6, 'a dozen' -> 12, 'twenty-five' -> 25."""
    total, current, seen_number = 0.0, 0.0, False
    words_list = re.split(r"[\s-]+", words.lower())
    if words_list[0] in SCALE_WORDS or words_list[0] == "dozen":
        return None  # 'several hundred', 'a few thousand': no number
    for word in words_list:
        if word in ("a", "an"):
            current = 1.0
        elif word in SMALL_NUMBERS:
            current += SMALL_NUMBERS[word]
            seen_number = True
        elif word == "dozen" or word == "hundred":
            current = (current or 1.0) * (12 if word == "dozen" else 100)
            seen_number = True
        elif word in SCALE_WORDS:
            total += (current or 1.0) * SCALE_WORDS[word]
            current, seen_number = 0.0, True
    return total + current if seen_number else None


def looks_like_year(written: str) -> bool:
    return re.fullmatch(r"1\d{3}|20\d\d", written) is not None


def counted_noun(text: str, end: int) -> str | None:
    """The thing counted: the first plural-looking word among the next five ('6 million safe,
    effective COVID-19 vaccine doses' -> 'doses'), else the next word."""
    words: list[str] = []
    position = end
    while len(words) < 5:
        word = COUNTED_WORD.match(text, position)
        if not word or word.group(1).lower() in STOP_AFTER:
            break
        words.append(word.group(1).lower().rstrip("'’"))
        if (words[-1].endswith("s") and not words[-1].endswith(("ss", "us", "is"))) or words[-1] in UNMARKED_PLURALS:
            return words[-1]
        position = word.end()
    return words[0] if words else None


def is_currency(unit: str) -> bool:
    """Whether a figure's unit is money: the ISO codes money is recorded in ("USD", "GBP")."""
    return len(unit) == 3 and unit.isupper()
