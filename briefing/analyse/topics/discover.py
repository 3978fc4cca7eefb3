"""Discover a day's topics from the articles themselves, each named by the terms that mark it."""
from __future__ import annotations

import itertools
import math
from collections import Counter
from typing import Any

from briefing.analyse.topics.lexicon import DETERMINERS, GENERIC_NEWS_WORDS, NOT_NOUN_ENDINGS, VERB_MARKERS
from briefing.analyse.words import foreign_stop_words, stem, stop_words, words
from briefing.model import Document, Topic

# From this many articles on, topics are groups of articles; below it, of paragraphs.
CLUSTER_ARTICLES_FROM = 4
LATENT_DIMENSIONS = 10  # LSA dimensions the articles are grouped in
KMEANS_RESTARTS = 10
MAX_GROUPED = 1000
MAX_TERMS = 3000


def discover_topics(docs: list[Document], most: int = 5) -> list[Topic]:
    """2-5 topics from the texts themselves, each named by its key terms.

    A day's articles are grouped by what they say (`topics_from_article_groups`); one or a few
    articles are split by their recurring key terms (`topics_from_key_terms`). Routing then
    files sentences under these topics as under a user's own.
    """
    if len(docs) >= CLUSTER_ARTICLES_FROM:
        topics = topics_from_article_groups(docs, most)
        if topics:
            return topics
    return topics_from_key_terms(docs, most)


def topics_from_article_groups(docs: list[Document], most: int) -> list[Topic]:
    """Group the articles (TF-IDF, reduced by LSA, spherical k-means) and name each group.

    The number of groups, 2 to `most`, is the one whose grouping separates best (silhouette).
    On bbc-dev's 50 articles from five desks this finds the five desks, 88% of articles in their
    desk's group, where splitting by key terms alone managed 46%.
    """
    import numpy as np

    stops = stop_words()
    content: dict[str, str | None] = {}  # each distinct word's stem, or None for one that says nothing

    def content_stem(w: str) -> str | None:
        if w not in content:
            low = w.lower()
            keep = len(w) > 2 and not w[:1].isdigit() and low not in stops and low not in GENERIC_NEWS_WORDS
            content[w] = stem(w) if keep else None
        return content[w]

    by_sentence = sentence_words(docs)
    sentences = iter(by_sentence)
    article_words = [[t for _ in doc.sentences for w in next(sentences) if (t := content_stem(w))] for doc in docs]
    vectors = tfidf(article_words, np)
    if vectors is None:
        return []
    # Thousands of articles are grouped by an even sample of them (the sums below grow with the
    # square of the articles grouped); every article then joins the nearest group.
    sample = np.unique(np.linspace(0, len(docs) - 1, min(len(docs), MAX_GROUPED)).round().astype(int))
    latent = lsa(vectors, sample, LATENT_DIMENSIONS, np)
    best = None
    for k in range(2, min(most, len(sample) // 2) + 1):
        groups, centres = spherical_kmeans(latent[sample], k, np)
        if np.bincount(groups, minlength=k).min() < 2:
            continue
        separation = silhouette(latent[sample], groups, np)
        if best is None or separation > best[0]:
            best = (separation, k, centres)
    if best is None:
        return []
    _, k, centres = best
    groups = np.argmax(latent @ centres.T, axis=1)
    sentence_terms, surface = topic_terms(by_sentence)
    terms = iter(sentence_terms)
    article_terms = [Counter(t for _ in doc.sentences for t in next(terms)) for doc in docs]
    document_frequency = Counter(t for found in article_terms for t in found)
    weights = [{t: (1 + math.log(c)) * math.log(len(docs) / document_frequency[t]) for t, c in found.items()}
               for found in article_terms]
    return [topic for group in np.argsort(-np.bincount(groups, minlength=k), kind="stable")
            if (topic := name_group(weights, surface, groups == group))]


def tfidf(units: list[list[str]], np):
    """Unit-length TF-IDF rows over the terms in at least two units and at most half of them,
    the MAX_TERMS most widespread of those (rarer ones hardly move a grouping)."""
    n = len(units)
    counts = [Counter(unit) for unit in units]
    document_frequency = Counter(t for found in counts for t in found)
    shared = sorted((t for t, c in document_frequency.items() if 2 <= c <= n / 2),
                    key=lambda t: (-document_frequency[t], t))[:MAX_TERMS]
    if len(shared) < 2:
        return None
    vocabulary = {t: i for i, t in enumerate(shared)}
    rows, cols, tf = [], [], []
    for row, found in enumerate(counts):
        for term, count in found.items():
            if (col := vocabulary.get(term)) is not None:
                rows.append(row)
                cols.append(col)
                tf.append(count)
    idf = np.log(n / np.array([document_frequency[t] for t in shared], dtype=float))
    matrix = np.zeros((n, len(shared)), dtype=np.float32)  # thousands of articles × 3,000 terms
    matrix[rows, cols] = (1 + np.log(np.array(tf, dtype=float))) * idf[cols]
    return matrix / np.maximum(np.linalg.norm(matrix, axis=1, keepdims=True), 1e-12)


def lsa(vectors, sample, dimensions: int, np):
    """Rows projected on the main latent directions of the `sample` rows, unit length.

    The directions come from the sample's small Gram matrix: with its eigenpairs (λ, u), the
    term-space direction is vectors[sample]ᵀ·u / √λ, and a row's coordinate its product with it.
    """
    chosen = vectors[sample]
    values, directions = np.linalg.eigh(chosen @ chosen.T)
    top = [i for i in np.argsort(-values)[:dimensions] if values[i] > 1e-9]
    basis = chosen.T @ directions[:, top] / np.sqrt(values[top])
    latent = vectors @ basis
    return latent / np.maximum(np.linalg.norm(latent, axis=1, keepdims=True), 1e-12)


def spherical_kmeans(rows, k: int, np, iterations: int = 50):
    """(labels, centres): the best of several k-means++ starts under cosine similarity, seeded so runs repeat."""
    best: tuple[float, Any, Any] | None = None
    for seed in range(KMEANS_RESTARTS):
        rng = np.random.default_rng(seed)
        picked = [int(rng.integers(len(rows)))]
        while len(picked) < k:
            distance = np.maximum(1 - np.max(rows @ rows[picked].T, axis=1), 0.0)
            if distance.sum() <= 0:
                break
            picked.append(int(rng.choice(len(rows), p=distance / distance.sum())))
        centres = rows[picked]
        for _ in range(iterations):
            labels = np.argmax(rows @ centres.T, axis=1)
            moved = np.vstack([rows[labels == j].sum(axis=0) if (labels == j).any() else centres[j]
                               for j in range(len(centres))])
            moved /= np.maximum(np.linalg.norm(moved, axis=1, keepdims=True), 1e-12)
            if np.allclose(moved, centres):
                break
            centres = moved
        fit = float((rows * centres[labels]).sum())
        if best is None or fit > best[0] + 1e-9:
            best = (fit, labels, centres)
    assert best is not None  # KMEANS_RESTARTS > 0
    return best[1], best[2]


def silhouette(rows, labels, np) -> float:
    """Mean silhouette under cosine distance: how much nearer each row is to its own group than to the next."""
    distance = 1 - rows @ rows.T
    members = np.eye(labels.max() + 1)[labels]
    sizes = members.sum(axis=0)
    totals = distance @ members
    own = totals[np.arange(len(rows)), labels] / np.maximum(sizes[labels] - 1, 1)
    others = totals / sizes
    others[np.arange(len(rows)), labels] = np.inf
    nearest = others.min(axis=1)
    scores = (nearest - own) / np.maximum(np.maximum(own, nearest), 1e-12)
    scores[sizes[labels] <= 1] = 0.0
    return float(scores.mean())


def name_group(weights: list[dict[str, float]], surface: dict[str, str], inside) -> Topic | None:
    """A group's topic: its key terms by mean TF-IDF weight inside the group less the mean outside it.

    `weights` holds each article's TF-IDF weight of its candidate topic terms; `inside` marks the
    group's articles.
    """
    members = int(inside.sum())
    outsiders = max(1, len(weights) - members)
    inside_total: Counter = Counter()
    everywhere: Counter = Counter()
    articles_with: Counter = Counter()
    for row, found in enumerate(weights):
        everywhere.update(found)
        if inside[row]:
            inside_total.update(found)
            articles_with.update(found.keys())
    weight = {t: w / members - (everywhere[t] - w) / outsiders for t, w in inside_total.items()}
    key_terms = sorted((t for t, w in weight.items() if w > 0 and articles_with[t] >= 2),
                       key=lambda t: (-weight[t], t))[:8]
    if not key_terms:
        return None
    lead = surface[key_terms[0]]
    # a second word in the name when it is nearly as marked, and not the first one again ("virus, anti-virus")
    second = next((t for t in key_terms[1:] if lead not in surface[t] and surface[t] not in lead), None)
    return named_topic(key_terms, [second] if second and weight[second] >= 0.6 * weight[key_terms[0]] else [],
                       surface)


def named_topic(key_terms: list[str], second: list[str], surface: dict[str, str]) -> Topic:
    name = ", ".join(surface[t] for t in key_terms[:1] + second)
    return Topic(name=name[:1].upper() + name[1:], keywords=[surface[t] for t in key_terms], discovered=True)


def topics_from_key_terms(docs: list[Document], most: int) -> list[Topic]:
    """Topics as recurring key terms, for one or a few articles.

    Candidate terms are the common nouns and acronyms that recur (names of people and places
    say who and where, not what about; words in -ing/-ed are mostly verbs). Terms are taken
    greedily, most salient first, skipping any that mostly shares paragraphs with one already
    taken (a paragraph keeps to one subject); each topic's keywords are the terms that keep it
    company.
    """
    sentence_terms, surface = topic_terms(sentence_words(docs))
    paragraph_of = [(d, s.block) for d, doc in enumerate(docs) for s in doc.sentences]
    frequency = Counter(term for terms in sentence_terms for term in dict.fromkeys(terms))
    occurrences = Counter(term for terms in sentence_terms for term in terms)
    total = len(sentence_terms)
    if total < 4 or not frequency:
        return []
    least = 2 if total < 60 else 3
    # Favour terms that recur but are not everywhere: occurrences times a mild idf.
    candidates = sorted((t for t in frequency if frequency[t] >= least),
                        key=lambda t: (-occurrences[t] * math.log(1 + total / frequency[t]), t))
    chosen: list[tuple[str, set[int], set]] = []
    for candidate in candidates:
        if len(chosen) == most:
            break
        covered = {i for i, terms in enumerate(sentence_terms) if candidate in terms}
        paragraphs = {paragraph_of[i] for i in covered}
        if all(len(paragraphs & other) / len(paragraphs) < 0.5 for _, _, other in chosen):
            chosen.append((candidate, covered, paragraphs))
    if len(chosen) < 2:
        return []
    topics = []
    for term, covered, _ in chosen:
        neighbours = Counter(t for i in sorted(covered) for t in dict.fromkeys(sentence_terms[i]) if t != term)
        related = [t for t, count in neighbours.most_common(4) if count >= 2]
        # a second word in the name only when it keeps the first company most of the time
        topics.append(named_topic([term, *related], [t for t in related[:1] if neighbours[t] >= len(covered) / 2],
                                  surface))
    return topics


def plain_word(word: str) -> str:
    """Straight apostrophes ("don’t" is the stop word "don't") and no possessive ("Obama's")."""
    word = word.replace("’", "'")
    return word[:-2] if word.endswith("'s") else word


def sentence_words(docs: list[Document]) -> list[list[str]]:
    """The words of every body sentence of every document, as `plain_word`s, in order."""
    return [list(map(plain_word, words(doc.span_text(sentence)))) for doc in docs for sentence in doc.sentences]


def topic_terms(by_sentence: list[list[str]]) -> tuple[list[list[str]], dict[str, str]]:
    """Each sentence's candidate topic terms (as stems), and the commonest spelling of each stem.

    `by_sentence` holds each sentence's words (`sentence_words`)."""
    stops = stop_words() | foreign_stop_words([word for words_of in by_sentence for word in words_of])
    lowercase: Counter[str] = Counter()  # how often each word is written in lower case
    capitalised: Counter[str] = Counter()  # and capitalised inside a sentence, as names are
    spellings: Counter[tuple[str, str]] = Counter()
    as_verb: Counter[str] = Counter()  # how often after "has", "was", "she"…: "has won", "was chosen"
    as_noun: Counter[str] = Counter()  # and after "the", "a", "its"…
    candidates = []
    for every in by_sentence:
        for before, word in itertools.pairwise(every):
            before = before.lower()
            if before in VERB_MARKERS:
                as_verb[word.lower()] += 1
            elif before in DETERMINERS:
                as_noun[word.lower()] += 1
        found = [w for w in every if len(w) > 2 and not w[:1].isdigit()]
        candidates.append(found)
        lowercase.update(w for w in found if w.islower())
        capitalised.update(w.lower() for w in found[1:] if w[:1].isupper() and not w.isupper())
    term_of: dict[str, tuple[str, str] | None] = {}  # each distinct word decided once: (stem, spelling)
    sentence_terms = []
    for found in candidates:
        terms = []
        for w in found:
            if w not in term_of:
                low = w.lower()
                acronym = w.isupper() and len(w) > 2
                # crude but offline: these endings mostly mark verbs, adverbs and adjectives, not subjects
                common_noun = (lowercase[low] > capitalised[low] and not low.endswith(NOT_NOUN_ENDINGS)
                               and (as_verb[low] < 2 or as_verb[low] <= as_noun[low]))
                keep = (acronym or common_noun) and low not in stops and low not in GENERIC_NEWS_WORDS
                term_of[w] = (stem(w), w if acronym else low) if keep else None
            decided = term_of[w]
            if decided:
                terms.append(decided[0])
                spellings[decided] += 1
        sentence_terms.append(terms)
    surface: dict[str, str] = {}
    for (term, spelling), _ in spellings.most_common():
        surface.setdefault(term, spelling)
    return sentence_terms, surface
