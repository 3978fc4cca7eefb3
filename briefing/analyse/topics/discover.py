"""Discover a day's topics from the articles themselves, each named by the terms that mark it."""
from __future__ import annotations

import itertools
import math
import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from briefing.analyse.topics.lexicon import (
    DETERMINERS,
    GENERIC_NEWS_WORDS,
    NOT_NOUN_ENDINGS,
    NOUN_CONTEXT,
    VERB_CONTEXT,
    VERB_MARKERS,
)
from briefing.analyse.words import foreign_stop_words, parts_of_speech, stem, stop_words, words
from briefing.model import OTHER_NEWS, Document, Topic

# From this many articles on, topics are groups of articles; below it, of paragraphs.
CLUSTER_ARTICLES_FROM = 4
LATENT_DIMENSIONS = 10  # LSA dimensions the articles are grouped in
KMEANS_RESTARTS = 10
MAX_GROUPED = 1000
MAX_TERMS = 3000
# Punctuation between two words, and the empty word that stands for it in a sentence's words.
PHRASE_BREAK = re.compile(r"[,;:()\[\]\"“”—–]|\s-\s")
BREAK = ""
# Two key terms written side by side this share of the time name a topic as a phrase ("Tax cuts").
PHRASE_SHARE = 0.25


def discover_topics(docs: list[Document], most: int = 5) -> list[Topic]:
    """2-5 topics from the texts themselves, each named by its key terms.

    A day's articles are grouped by what they say (`topics_from_article_groups`); one or a few
    articles are split by their recurring key terms (`topics_from_key_terms`). Routing then
    files sentences under these topics as under a user's own.
    """
    topics = topics_from_article_groups(docs, most) if len(docs) >= CLUSTER_ARTICLES_FROM else []
    return with_other_news(topics or topics_from_key_terms(docs, most))


def site_words(docs: list[Document]) -> frozenset[str]:
    """The words of the sites' names and addresses ("Como Educar Seus Filhos", "blog.comwrap.com"):
    never a topic's name."""
    found: set[str] = set()
    for doc in docs:
        found.update(word.lower() for word in words(doc.source or ""))
        found.update((urlsplit(doc.url).hostname or "").lower().split(".") if doc.url else ())
    return frozenset(found)


def with_other_news(topics: list[Topic]) -> list[Topic]:
    """The topics, those with no name of their own (or another's words: "Election, voters" after
    "Voters, election") joined as one OTHER_NEWS, last."""
    named: dict[frozenset[str], Topic] = {}
    other: list[str] = []
    for topic in topics:
        name_words = frozenset(topic.name.lower().replace(",", " ").split())
        if topic.name == OTHER_NEWS or name_words in named:
            other += topic.keywords
        else:
            named[name_words] = topic
    kept = list(named.values())
    return [*kept, Topic(OTHER_NEWS, list(dict.fromkeys(other)), discovered=True)] if other else kept


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
    table = topic_terms(by_sentence, site_words(docs))
    terms = iter(table.by_sentence)
    article_terms = [Counter(t for _ in doc.sentences for t in next(terms)) for doc in docs]
    document_frequency = Counter(t for found in article_terms for t in found)
    weights = [{t: (1 + math.log(c)) * math.log(len(docs) / document_frequency[t]) for t, c in found.items()}
               for found in article_terms]
    return [topic for group in np.argsort(-np.bincount(groups, minlength=k), kind="stable")
            if (topic := name_group(weights, table, groups == group))]


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


def name_group(weights: list[dict[str, float]], table: TermTable, inside) -> Topic | None:
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
    # a second word in the name when it is nearly as marked
    return named_topic(key_terms, weight, 0.6, table)


def named_topic(key_terms: list[str], strength: Mapping[str, float], second_share: float, table: TermTable) -> Topic:
    """A topic of these key terms (most telling first), named as `topic_name` says."""
    return Topic(name=topic_name(key_terms, strength, second_share, table),
                 keywords=[table.surface[t] for t in key_terms], discovered=True)


def topic_name(key_terms: list[str], strength: Mapping[str, float], second_share: float, table: TermTable) -> str:
    """A reader's name for a topic: its most telling key term that names a subject (a noun or an
    acronym, never a verb, adjective or function word), as the phrase the articles write it in
    when they mostly do ("Tax cuts", "Electric vehicles"), else with a second such term whose
    `strength` is at least `second_share` of the first's ("Election, party"). OTHER_NEWS when no
    key term names a subject."""
    heads = [t for t in key_terms if t in table.nameable]
    if not heads:
        return OTHER_NEWS
    lead = heads[0]
    phrases = [(count, pair) for pair, count in table.phrases.items()
               if lead in pair and pair[1] in table.nameable and set(pair) <= set(key_terms)]
    if phrases:
        count, pair = max(phrases)
        if count >= 2 and count >= PHRASE_SHARE * table.occurrences[lead]:
            return capitalised(table.phrase_spelling[pair])
    spelling = table.surface
    # not the first word again ("virus, anti-virus")
    second = next((t for t in heads[1:] if spelling[lead] not in spelling[t] and spelling[t] not in spelling[lead]),
                  None)
    if second and strength[second] >= second_share * strength[lead]:
        return capitalised(f"{spelling[lead]}, {spelling[second]}")
    return capitalised(spelling[lead])


def can_be_noun(word: str) -> bool:
    """Whether the word can be a noun, as far as the dictionary knows ("neo-banks" it does not)."""
    readings = parts_of_speech(word)
    return not readings or "NOUN" in readings


def capitalised(name: str) -> str:
    return name[:1].upper() + name[1:]


def topics_from_key_terms(docs: list[Document], most: int) -> list[Topic]:
    """Topics as recurring key terms, for one or a few articles.

    Candidate terms are the common nouns and acronyms that recur (names of people and places
    say who and where, not what about; words in -ing/-ed are mostly verbs). Terms are taken
    greedily, most salient first, skipping any that mostly shares paragraphs with one already
    taken (a paragraph keeps to one subject); each topic's keywords are the terms that keep it
    company.
    """
    table = topic_terms(sentence_words(docs), site_words(docs))
    sentence_terms = table.by_sentence
    paragraph_of = [(d, s.block) for d, doc in enumerate(docs) for s in doc.sentences]
    frequency = Counter(term for terms in sentence_terms for term in dict.fromkeys(terms))
    occurrences = table.occurrences
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
        neighbours[term] = len(covered)
        topics.append(named_topic([term, *related], neighbours, 0.5, table))
    return topics


def plain_word(word: str) -> str:
    """Straight apostrophes ("don’t" is the stop word "don't") and no possessive ("Obama's")."""
    word = word.replace("’", "'")
    return word[:-2] if word.endswith("'s") else word


def sentence_words(docs: list[Document]) -> list[list[str]]:
    """The words of every body sentence of every document, as `plain_word`s, in order, with BREAK
    where punctuation parts them ("cocaine, heroin" is no phrase)."""
    return [[plain_word(word) for part in PHRASE_BREAK.split(doc.span_text(sentence))
             for word in [BREAK, *words(part)]][1:] for doc in docs for sentence in doc.sentences]


@dataclass
class TermTable:
    """The candidate topic terms of a set of sentences, and what naming a topic needs to know of them."""
    by_sentence: list[list[str]]  # each sentence's terms, as stems, in order
    surface: dict[str, str]  # the commonest spelling of each stem
    occurrences: Counter[str]
    nameable: frozenset[str]  # the stems that can name a subject: acronyms, and words the texts use as nouns
    phrases: Counter[tuple[str, str]]  # two terms written side by side ("electric", "vehicl")
    phrase_spelling: dict[tuple[str, str], str]  # and the commonest way they are written ("electric vehicles")


def topic_terms(by_sentence: list[list[str]], not_names: frozenset[str] = frozenset()) -> TermTable:
    """Each sentence's candidate topic terms (as stems), the commonest spelling of each stem, and
    which of them can name a topic (none of the words `not_names`, lower case).

    `by_sentence` holds each sentence's words (`sentence_words`)."""
    foreign = foreign_stop_words([word for words_of in by_sentence for word in words_of if word != BREAK])
    stops = stop_words() | foreign
    lowercase: Counter[str] = Counter()  # how often each word is written in lower case
    capitalised: Counter[str] = Counter()  # and capitalised inside a sentence, as names are
    as_verb: Counter[str] = Counter()  # how often after "has", "was", "she"…: "has won", "was chosen"
    as_noun: Counter[str] = Counter()  # and after "the", "a", "its"…
    for every in by_sentence:
        for before, word in itertools.pairwise(every):
            before = before.lower()
            if before in VERB_MARKERS:
                as_verb[word.lower()] += 1
            elif before in DETERMINERS:
                as_noun[word.lower()] += 1
        found = [w for w in every if len(w) > 2 and not w[:1].isdigit()]
        lowercase.update(w for w in found if w.islower())
        capitalised.update(w.lower() for w in found[1:] if w[:1].isupper() and not w.isupper())

    def decide(w: str) -> tuple[str, str] | None:
        """(stem, spelling) of a word that is a candidate term."""
        low = w.lower()
        acronym = w.isupper() and len(w) > 2
        # crude but offline: these endings mostly mark verbs, adverbs and adjectives, not subjects
        common_noun = (lowercase[low] > capitalised[low] and not low.endswith(NOT_NOUN_ENDINGS)
                       and (as_verb[low] < 2 or as_verb[low] <= as_noun[low]))
        keep = (len(w) > 2 and not w[:1].isdigit() and (acronym or common_noun) and low not in stops
                and low not in GENERIC_NEWS_WORDS)
        return (stem(w), w if acronym else low) if keep else None

    term_of = {w: decide(w) for w in dict.fromkeys(w for every in by_sentence for w in every)}
    sentence_terms = []
    spellings: Counter[tuple[str, str]] = Counter()
    phrases: Counter[tuple[str, str]] = Counter()
    phrase_spellings: Counter[tuple[tuple[str, str], str]] = Counter()
    acronyms: set[str] = set()
    # Uses as the head of a noun phrase ("the call", "of tariffs", "3 cups", but not "the historic
    # agreement", where it tells which) less uses as a verb ("to call", "I feel", "did not stop").
    noun_evidence: Counter[str] = Counter()
    contracted: set[str] = set()  # never a name: "There'll"
    for every in by_sentence:
        decided = [term_of[w] for w in every]
        terms = []
        for i, (w, term) in enumerate(zip(every, decided)):
            if term is None:
                continue
            terms.append(term[0])
            spellings[term] += 1
            if i and (previous := decided[i - 1]):
                phrases[previous[0], term[0]] += 1
                phrase_spellings[(previous[0], term[0]), f"{previous[1]} {term[1]}"] += 1
            if w.isupper():
                acronyms.add(term[0])
                continue
            if "'" in w:
                contracted.add(term[0])
            after = every[i + 1].lower() if i + 1 < len(every) else ""
            # "to perform", "I feel"; "rose 2", "fell sharply"
            if (i and every[i - 1].lower() in VERB_CONTEXT) or after[:1].isdigit() or after.endswith("ly"):
                noun_evidence[term[0]] -= 1
            elif not after or decided[i + 1] is None:
                start = i
                if can_be_noun(w):  # back over the words that tell which: "the water vapor", not "the study found"
                    while start and decided[start - 1]:
                        start -= 1
                opener = every[start - 1].lower() if start else ""
                noun_evidence[term[0]] += opener in NOUN_CONTEXT or opener.isdigit()
        sentence_terms.append(terms)
    surface: dict[str, str] = {}
    for (stem_of, spelling), _ in spellings.most_common():
        surface.setdefault(stem_of, spelling)
    phrase_spelling: dict[tuple[str, str], str] = {}
    for (pair, spelling), _ in phrase_spellings.most_common():
        phrase_spelling.setdefault(pair, spelling)
    occurrences = Counter(t for terms in sentence_terms for t in terms)
    barred = {stem(word) for word in not_names} | contracted
    if foreign:  # the contexts are English words, and phrases English word order: other languages' names are words
        nameable = acronyms | {term for term, evidence in noun_evidence.items() if evidence >= 0}
        return TermTable(sentence_terms, surface, occurrences, frozenset(nameable - barred), Counter(), {})
    # A name is a subject: an acronym, or in English a word the texts use as a noun more than as a
    # verb. A word the dictionary knows only as a noun needs no more than not being used as a
    # verb; one it knows as a verb or adjective too must be seen as a noun; one it never knows as
    # a noun ("perform", "historic") is seen as one twice ("an assist", "the assist").
    needed = {frozenset(): 0, frozenset({"NOUN"}): 0}
    nameable = acronyms | {term for term, evidence in noun_evidence.items()
                           if evidence >= needed.get(readings := parts_of_speech(surface[term]),
                                                     1 if "NOUN" in readings else 2)}
    phrases = Counter({pair: count for pair, count in phrases.items() if not barred.intersection(pair)})
    return TermTable(sentence_terms, surface, occurrences, frozenset(nameable - barred), phrases, phrase_spelling)
