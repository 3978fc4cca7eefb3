"""What a figure measures: a few words from its sentence."""
from __future__ import annotations

import re

from briefing.analyse.figures.lexicon import LEADING_PREPOSITIONS, STOP_AFTER
from briefing.analyse.figures.quantity import Quantity, Sentences


def measure_of(text: str, quantity: Quantity, bounds: Sentences) -> str | None:
    """A few words saying what the figure measures: the phrase after it up to the next number or
    clause break ('people leaving the country'), else the clause before it."""
    sentence_start, sentence_end = bounds.around(quantity.start)
    words_after: list[str] = []
    for token in text[quantity.end:sentence_end].split():
        if re.match(r"[\d$£€¥(]", token) or len(words_after) == 8:
            break
        words_after.append(token.strip("\"“”'’.,;:)"))
        # a comma ends the phrase once it says something ("safe, effective doses" goes on)
        if re.search(r"[.;:)\"”]$", token) or (token.endswith(",") and len(words_after) >= 3):
            break
    clause = re.split(r"[,;:\"“”]", text[sentence_start:quantity.start])[-1]
    # "beats Trump by 46 percent to 42 percent": the second figure shares the first one's words
    clause = re.split(r"[$£€¥]?\d", clause)[0]
    words_before = [w for w in clause.split() if re.fullmatch(r"[A-Za-z][\w’'-]*", w)]
    # "invested more than $10 billion in Latin America": the verb before says what the amount is for
    if words_after and words_after[0].lower() in LEADING_PREPOSITIONS and words_before \
            and words_before[-1].lower().endswith("ed") and words_before[-1].lower() not in STOP_AFTER:
        words_after = [words_before[-1], *words_after]
    phrase = clip(words_after)
    # "$1.1 trillion over the next decade": a time says when, the words before say what
    if phrase and len(phrase.split()) > 1 and not (TIME_PHRASE.fullmatch(phrase) and words_before):
        return phrase
    return clip(words_before[-8:]) or phrase


TIME_PHRASE = re.compile(r"(?i)(?:(?:over|in|during|within|for|each|every|per|a|the)\s+)*"
                         r"(?:(?:next|last|past|coming|first|second|three|two|four|six|\w+)\s+)?"
                         r"(?:year|decade|month|week|day|quarter|hour)s?")


def clip(words: list[str], limit: int = 8) -> str | None:
    words = [w.rstrip(",") for w in words[:limit] if w]
    while words and words[-1].lower() in STOP_AFTER:
        words = words[:-1]
    while words and words[0].lower() in STOP_AFTER:
        words = words[1:]
    return " ".join(words) or None
