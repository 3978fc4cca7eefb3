"""Words and stems shared by ranking and topic routing (sumy's stemmer and stop words)."""
from __future__ import annotations

import re
from functools import lru_cache

WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*(?:-[^\W_]+)*")


def words(text: str) -> list[str]:
    return WORD.findall(text)


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """sumy's English stop words, read from its data file: sumy.utils would import requests too."""
    from importlib.resources import files

    data = files("sumy").joinpath("data/stopwords/english.txt").read_text(encoding="utf-8")
    return frozenset(line.rstrip() for line in data.splitlines() if line)


@lru_cache(maxsize=1)
def _stemmer():
    # NLTK's Snowball stemmer, as sumy's Stemmer("english") wraps it; importing it from sumy
    # would pull in sumy.utils and requests, a twentieth of a second at every start.
    from nltk.stem.snowball import EnglishStemmer

    return EnglishStemmer().stem


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """Snowball stem of a lowercased word; cached because news vocabularies repeat."""
    return _stemmer()(word.lower())


def content_stems(text: str) -> list[str]:
    """Stems of the words that carry meaning: no stop words, no numbers, no single letters."""
    stops = stop_words()
    return [stem(w) for w in words(text) if len(w) > 1 and not w.isdigit() and w.lower() not in stops]
