"""Rank: how important each body sentence is within its document.

Two signals, weighed by how the text is paragraphed:

- The lead. A story set a sentence or two to a paragraph (the house style of wires, tabloids and
  news sites) is written as an inverted pyramid: its editors put the most important facts first.
  On the highlights the CNN and Daily Mail journalists wrote (cnndm-dev), the first three
  sentences score R1 41.1 and centrality 31.7; blends of the two, title, length, quote and
  centrality bonuses, and logistic models checked by 5-fold cross-validation (38.3-39.0) all
  scored below the plain lead, and so did passing over sentences that open on direct speech
  (0.9 below it on CNN's 12 stories). What beats it (41.5; at or above it on each outlet's
  stories) is the lead with its failings passed over: a fragment of under LEAD_SHORTEST words
  ("Forget learning ABCs."), a sentence past LEAD_LONGEST words (most often photo captions
  pasted without their full stops), and a sentence that repeats one before it (of the two, the
  shorter telling stays: the longer most often has a caption glued to it). Past the lead, the
  story's order says little (a story's body gives background, then events in time order), so
  centrality ranks the rest.
- Centrality: sumy's Reduction summarizer (a graph of the words sentences share), which ranked
  the BBC reference sentences best among sumy's summarizers (`make bench` compares them), fed
  lowercased words, not stems (bbc-dev R1 85.0 / P@3 93.3 against 83.3 / 89.3 with Snowball
  stems). Fragments are pushed down, and so, gently, is a sentence past reading length (40
  words). It ranks text in long paragraphs (reports, releases, the BBC articles, whose
  paragraphs were joined) alone: there any weight on position lowered the BBC scores (bbc-large
  R1 / P@3 from 84.0 / 92.0 to 81.6 / 82.7 with a bonus of 1/(1 + the sentence's index)).

From NEWSROOM_PARAGRAPH sentences a paragraph down the lead ranks first; from LONG_PARAGRAPH up
centrality ranks alone; in between the lead's scores are mixed with centrality's.
"""
from __future__ import annotations

from briefing.analyse.words import stop_words, words
from briefing.model import Document

FRAGMENT_WORDS = 6  # sentences shorter than this are rarely worth a bullet
FRAGMENT_PENALTY = 0.5  # on a scale where the most central sentence scores 1
READING_WORDS = 40  # longer sentences lose LENGTH_PENALTY for each further READING_WORDS words
LENGTH_PENALTY = 0.6

NEWSROOM_PARAGRAPH = 1.5  # sentences a paragraph, on average, at most for the story's order to rank alone
LONG_PARAGRAPH = 2.5  # ... and at least for centrality to rank alone
LEAD_SENTENCES = 3  # the lede and the two paragraphs after it: what happened, to whom, why it matters
LEAD_SHORTEST = 8  # shorter sentences are passed over for the lead
LEAD_LONGEST = 60  # ... and longer ones come after every sentence of reading length
REPEAT_OVERLAP = 0.5  # share of content words two sentences have in common (of all theirs) to be one fact told twice


def reduction_scores(doc: Document) -> list[float]:
    """sumy's Reduction ratings over lowercased words, computed with one sparse-free matrix product.

    sumy compares every pair of sentences word by word in Python (quadratic in sentences and in
    words); the same sums come from counts: shared(i, j) = sum over words of count_i * count_j.
    sumy's own ReductionSummarizer is the reference this must agree with (bench/sumy_reference.py,
    tests/analyse/test_rank.py).
    Scaled so the best is 1.
    """
    return reduction_of(content_words(sentence_words(doc)))


def sentence_words(doc: Document) -> list[list[str]]:
    return [words(doc.span_text(sentence)) for sentence in doc.sentences]


def content_words(tokens: list[list[str]]) -> list[list[str]]:
    """Each sentence's lowercased words, stop words left out."""
    stops = stop_words()
    return [[w for w in (word.lower() for word in found) if w not in stops] for found in tokens]


def reduction_of(sentence_words: list[list[str]]) -> list[float]:
    import numpy as np

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
    tokens = sentence_words(doc)  # split once: the centrality reads their content words, the lead their counts
    found = content_words(tokens)
    counts = [len(said) for said in tokens]
    scores = centrality_scores(found, counts)
    order_weight = story_order_weight(doc)
    if order_weight > 0:
        # a sentence that ends on a colon introduces what follows ("The Latest on the strike (all times local):")
        introductions = [doc.span_text(sentence).rstrip().endswith(":") for sentence in doc.sentences]
        for index, lead in lead_scores(found, counts, introductions).items():
            scores[index] = order_weight * lead + (1 - order_weight) * scores[index]
    for sentence, score in zip(doc.sentences, scores):
        sentence.score = round(score, 6)
    set_ranks(doc, [s.score for s in doc.sentences])


def centrality_scores(found: list[list[str]], counts: list[int]) -> list[float]:
    """Reduction's centrality (the best sentence 1), less the fragment and reading-length penalties."""
    return [central - (FRAGMENT_PENALTY if count < FRAGMENT_WORDS else 0.0)
            - LENGTH_PENALTY * max(0, count - READING_WORDS) / READING_WORDS
            for central, count in zip(reduction_of(found), counts)]


def story_order_weight(doc: Document) -> float:
    """How far the story's order ranks, from 1 (a sentence a paragraph) to 0 (long paragraphs)."""
    per_paragraph = len(doc.sentences) / len({sentence.block for sentence in doc.sentences})
    share = (LONG_PARAGRAPH - per_paragraph) / (LONG_PARAGRAPH - NEWSROOM_PARAGRAPH)
    return min(1.0, max(0.0, share))


def lead_scores(found: list[list[str]], counts: list[int], introductions: list[bool]) -> dict[int, float]:
    """The lead: the story's first LEAD_SENTENCES sentences worth a bullet, by index, scored from 1.5
    down to just over 1, above any sentence that centrality ranks (at most 1).

    Fragments, introductions, repeats and overlong sentences are passed over. Past the lead the story's order
    says little (the body of a story is told as background, then in time order), so
    centrality ranks the rest: the COVID aid the seed article gives ("6 million ... doses")
    comes after the GDP figure that sets the scene for it, and is the more central."""
    told: list[int] = []
    vocabularies = [set(content) for content in found]
    for index, (content, count) in enumerate(zip(vocabularies, counts)):
        if count < LEAD_SHORTEST or introductions[index]:
            continue
        repeated = next((place for place, earlier in enumerate(told) if repeats(content, vocabularies[earlier])), None)
        if repeated is None:
            told.append(index)
        elif count < counts[told[repeated]]:
            told[repeated] = index  # the shorter telling: the longer most often has a caption glued to it
    told.sort(key=lambda index: counts[index] > LEAD_LONGEST)  # stable: in the story's order otherwise
    return {index: 1.0 + 0.5 * (LEAD_SENTENCES - place) / LEAD_SENTENCES
            for place, index in enumerate(told[:LEAD_SENTENCES])}


def repeats(these: set[str], those: set[str]) -> bool:
    return bool(these and those) and len(these & those) / len(these | those) > REPEAT_OVERLAP


def set_ranks(doc: Document, scores: list[float]) -> None:
    order = sorted(range(len(scores)), key=lambda i: (-scores[i], i))
    for rank, index in enumerate(order, 1):
        doc.sentences[index].rank = rank
