"""Rank: how important each body sentence is within its document.

The centrality signal is sumy's Reduction summarizer (a graph of the words sentences share),
which ranked the BBC reference sentences best among sumy's summarizers (`make bench`
compares them). It is fed lowercased words, not stems: exact words matched the reference
judgements at least as well in every BBC category (bbc-dev R1 85.0 / P@3 93.3 against
83.3 / 89.3 with Snowball stems). Fragments (a lone "COVID-19 has hit Colombia hard.") are
pushed down, and so, gently, is a sentence past reading length (over 40 words: most often
captions pasted into the story without their full stops; newsroom highlights run 10-30 words):
cnndm-dev top-3 R1 31.8 to 33.4 against the journalists' highlights, bbc-dev 85.06 to 85.13,
bbc-large 83.93 / 91.93 to 83.97 / 91.99. Position, title, topic, length-bonus, quote and digit
bonuses, and a logistic blend of them validated leave-one-category-out, all lowered R1 on
bbc-dev, so the memo uses topics to choose sections, not to rank; on cnndm-dev the lead (the
first three sentences, R1 41.1) still beats every ranking tried, learned ones included.
"""
from __future__ import annotations

from briefing.analyse.words import stop_words, words
from briefing.model import Document

FRAGMENT_WORDS = 6  # sentences shorter than this are rarely worth a bullet
FRAGMENT_PENALTY = 0.5  # on a scale where the most central sentence scores 1
READING_WORDS = 40  # longer sentences lose LENGTH_PENALTY for each further READING_WORDS words
LENGTH_PENALTY = 0.6


def reduction_scores(doc: Document) -> list[float]:
    """sumy's Reduction ratings over lowercased words, computed with one sparse-free matrix product.

    sumy compares every pair of sentences word by word in Python (quadratic in sentences and in
    words); the same sums come from counts: shared(i, j) = sum over words of count_i * count_j.
    sumy's own ReductionSummarizer is the reference this must agree with (bench/sumy_reference.py,
    tests/analyse/test_rank.py).
    Scaled so the best is 1.
    """
    import numpy as np

    stops = stop_words()
    sentence_words = [[w for w in (word.lower() for word in words(doc.span_text(s))) if w not in stops]
                      for s in doc.sentences]
    vocabulary: dict[str, int] = {}
    rows, cols = [], []
    for row, found in enumerate(sentence_words):
        for word in found:
            rows.append(row)
            cols.append(vocabulary.setdefault(word, len(vocabulary)))
    counts = np.zeros((len(sentence_words), max(1, len(vocabulary))))
    np.add.at(counts, (rows, cols), 1.0)
    shared = counts @ counts.T
    np.fill_diagonal(shared, 0.0)
    log_lengths = np.log(np.maximum(1, np.array([len(found) for found in sentence_words], dtype=float)))
    norm = log_lengths[:, None] + log_lengths[None, :]
    edges = np.divide(shared, norm, out=np.zeros_like(shared), where=norm > 0)
    scores = edges.sum(axis=1)
    peak = scores.max(initial=0.0)
    return (scores / peak).tolist() if peak > 0 else [0.0] * len(scores)


def rank_sentences(doc: Document) -> None:
    """Set score and rank (1 = most important; ties go to the earlier sentence) on every body sentence."""
    if not doc.sentences:
        return
    for sentence, central in zip(doc.sentences, reduction_scores(doc)):
        count = len(words(doc.span_text(sentence)))
        fragment = FRAGMENT_PENALTY if count < FRAGMENT_WORDS else 0.0
        overlong = LENGTH_PENALTY * max(0, count - READING_WORDS) / READING_WORDS
        sentence.score = round(central - fragment - overlong, 6)
    set_ranks(doc, [s.score for s in doc.sentences])


def set_ranks(doc: Document, scores: list[float]) -> None:
    order = sorted(range(len(scores)), key=lambda i: (-scores[i], i))
    for rank, index in enumerate(order, 1):
        doc.sentences[index].rank = rank
