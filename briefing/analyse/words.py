"""Words and stems shared by ranking and topic routing (sumy's stemmer and stop words)."""
from __future__ import annotations

import re
from collections import Counter
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


# Share of a text's words a language's stop list must cover for the text to be taken as in it
LANGUAGE_COVERAGE = 0.25


def foreign_stop_words(tokens: list[str]) -> frozenset[str]:
    """The stop words of the language the tokens are in, when that is not English: the stopwords-iso
    lists (58 languages) tell "что" and "для", "wir" and "uns", "yang" and "jangan" for what they
    are. The language is the one whose list covers most of the words (at least LANGUAGE_COVERAGE
    of them); English text gets nothing more than sumy's list."""
    sample = Counter(token.lower() for token in tokens[:5000])
    total = sum(sample.values())
    english = stop_words()
    if not total or sum(count for word, count in sample.items() if word in english) >= LANGUAGE_COVERAGE * total:
        return frozenset()  # English, as most news read here is: the other lists are not even read
    best, covered = "en", 0
    for language, listed in language_stop_words().items():
        share = sum(count for word, count in sample.items() if word in listed)
        if share > covered:
            best, covered = language, share
    if best == "en" or covered < LANGUAGE_COVERAGE * total:
        return frozenset()
    return language_stop_words()[best]


@lru_cache(maxsize=1)
def language_stop_words() -> dict[str, frozenset[str]]:
    """Each language's stop list from stopwords-iso, by ISO 639-1 code, read once."""
    import stopwordsiso

    return {language: frozenset(stopwordsiso.stopwords(language)) for language in sorted(stopwordsiso.langs())}


@lru_cache(maxsize=1 << 16)  # a page's figures read the same words again and again
def parts_of_speech(word: str) -> frozenset[str]:
    """The parts of speech an English dictionary knows `word` in ("NOUN", "VERB", "ADJ"…), none for a word
    it does not know: LemmInflect's tables, from the NIH SPECIALIST lexicon, shipped with it."""
    import lemminflect

    return frozenset(lemminflect.getAllLemmas(word.lower()))


def verb_lemma(word: str) -> str:
    """The word's lemma as a verb ("invested": "invest"), or the word where the dictionary knows no verb."""
    import lemminflect

    lemmas = lemminflect.getAllLemmas(word).get("VERB")
    return lemmas[0] if lemmas else word


@lru_cache(maxsize=1 << 12)
def is_superlative(word: str) -> bool:
    """"highest", "best", "most": an adjective or adverb in its superlative form (not "modest", "honest")."""
    import lemminflect

    low = word.lower()
    lemmas = lemminflect.getAllLemmas(low)
    return any(lemma != low and low in lemminflect.getInflection(lemma, tag)
               for part, tag in (("ADJ", "JJS"), ("ADV", "RBS")) for lemma in lemmas.get(part, ()))


def comparative(superlative: str) -> tuple[str, str]:
    """A superlative's comparative and plain forms: "highest": ("higher", "high"), "best": ("better", "good"),
    "most": ("more", "much"); the word twice where the dictionary knows neither."""
    import lemminflect

    low = superlative.lower()
    for part, tag in (("ADJ", "JJR"), ("ADV", "RBR")):
        for lemma in lemminflect.getAllLemmas(low).get(part, ()):
            if (forms := lemminflect.getInflection(lemma, tag)):
                return forms[0], lemma
    return low, low


def singular(noun: str) -> str:
    """"shares": "share", "people": "person": the noun's lemma in LemmInflect's tables, else the noun."""
    import lemminflect

    lemmas = lemminflect.getAllLemmas(noun.lower()).get("NOUN")
    return lemmas[0] if lemmas else noun


def past_participle(lemma: str) -> str:
    """"add": "added", "produce": "produced"."""
    return inflected(lemma, "VBN")


def present_participle(lemma: str) -> str:
    """"need": "needing", "leave": "leaving"."""
    return inflected(lemma, "VBG")


def inflected(lemma: str, tag: str) -> str:
    """The lemma in the Penn tag's form (LemmInflect's tables), or the lemma where they lack it."""
    import lemminflect

    forms = lemminflect.getInflection(lemma, tag)
    return forms[0] if forms else lemma


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
