"""Sentences: NLTK's Punkt algorithm with a fixed list of news abbreviations, and the repairs it needs."""
from __future__ import annotations

import re
from functools import lru_cache

from briefing.analyse.lexicon import sentence_abbreviations
from briefing.analyse.segment.lexicon import OPEN_AFTER_NAMES, SENTENCE_OPENERS
from briefing.analyse.words import stop_words

ABBREVIATION_SET = sentence_abbreviations()


@lru_cache(maxsize=1)
def sentence_tokenizer():
    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

    params = PunktParameters()
    params.abbrev_types = set(ABBREVIATION_SET)
    return PunktSentenceTokenizer(params)


def is_dateline(match: re.Match) -> bool:
    """A place in capitals, with a region, date or agency after it, or long enough not to be an
    acronym opening the sentence ("NATO — the alliance …")."""
    letters = sum(c.isalpha() for c in match.group("place"))
    return bool(match.group("where") or match.group("agency")) or letters >= 5



def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans inside text[start:end], as absolute offsets."""
    spans = [(start + a, start + b) for a, b in sentence_tokenizer().span_tokenize(text[start:end])]
    merged: list[tuple[int, int]] = []
    for span in spans:
        piece = text[span[0]:span[1]]
        # Punkt splits after "!!", before a lowercase word it cannot know is a continuation,
        # after an abbreviation it did not recognise behind a quotation mark (”Mr.), and inside a
        # name written with initials ("B.B. King").
        if merged and (not re.search(r"\w", piece) or piece[:1].islower() or ends_with_abbreviation(merged[-1], text)
                       or initials_before_name(text[merged[-1][0]:merged[-1][1]], piece)):
            merged[-1] = (merged[-1][0], span[1])
        else:
            merged.append(span)
    return [piece for span in merged for piece in unglued(text, span)]


# A word ending in a letter or digit, an opener, a lowercase word: the full stop between is missing.
GLUED = re.compile(r"(?<=[a-z\d]) (?P<opener>" + "|".join(OPEN_AFTER_NAMES + SENTENCE_OPENERS) + r") (?=[a-z])")


def unglued(text: str, span: tuple[int, int]) -> list[tuple[int, int]]:
    """A span split where a photo caption pasted without its full stop runs into the next sentence."""
    pieces, start = [], span[0]
    for glue in GLUED.finditer(text, span[0], span[1]):
        previous = text[start:glue.start()].split()
        if glue.group("opener") in SENTENCE_OPENERS and previous and previous[-1][:1].isupper():
            continue
        pieces.append((start, glue.start()))
        start = glue.start("opener")
    return [*pieces, (start, span[1])]


def ends_with_abbreviation(span: tuple[int, int], text: str) -> bool:
    last_word = text[span[0]:span[1]].split()[-1] if text[span[0]:span[1]].split() else ""
    return last_word.endswith(".") and last_word.strip("“”\"'‘’(").rstrip(".").lower() in ABBREVIATION_SET


INITIALS = re.compile(r"\b(?:[A-Z]\.\s?){2,3}$")


def initials_before_name(previous: str, piece: str) -> bool:
    """Whether `previous` ends with a person's initials and `piece` goes on with the name: "Blues
    legend B.B." + "King was hospitalized"; not "… in the U.S." + "He lives …"."""
    first = re.match(r"[A-Z][\w’'-]*", piece)
    return bool(INITIALS.search(previous.rstrip())) and first is not None \
        and first.group().lower() not in stop_words()
