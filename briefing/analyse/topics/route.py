"""Route each body sentence to the topic it is about, or to none.

Keywords alone label few sentences, so each topic is widened with the terms that co-occur
with its keywords in the texts at hand (pseudo-relevance feedback), and a sentence also
takes evidence from its paragraph, its section subhead and its article.
"""
from __future__ import annotations

import math
from collections import Counter, defaultdict

from briefing.analyse.words import stem, stop_words, words
from briefing.model import Document, Topic

# Weights of the evidence around a sentence, relative to its own words.
PARAGRAPH_WEIGHT = 0.5
SECTION_WEIGHT = 0.6
ARTICLE_WEIGHT = 0.25
EXPANSION_WEIGHT = 0.5  # an expanded term counts this much of a user keyword
EXPANSION_TERMS = 15
EXPANSION_LIFT = 3.0
MIN_SCORE = 0.7  # below this a sentence has no topic of its own
DOMINANT_SHARE = 0.5  # an article whose topic evidence is this much one topic's is about that topic
KEYWORD_BONUS = 1.0  # how much the sentences of an article its keywords alone decide lean to its topic
DOMINANT_BONUS = 3.0  # ... of a one-subject article the word model and the keywords agree on
MIN_TRAINING_ARTICLES = 10  # fewer decided articles than this teach a word model nothing reliable
SELF_TRAINING_ROUNDS = 3
SMOOTHING = 1.0  # naive Bayes' additive (Laplace) smoothing of word counts
MIXED_BONUS = 1.5  # ... of an article on several topics, to the model's topic
MIXED_SECOND = 0.35  # an article whose second topic has this share of the first's evidence is on several

def keyword_stems(keyword: str) -> tuple[str, ...]:
    return tuple(stem(w) for w in words(keyword))


def sentence_stems(doc: Document) -> list[list[str]]:
    """All word stems of each body sentence (stop words kept, so phrases like 'rule of law' match)."""
    return [[stem(w) for w in words(doc.span_text(s))] for s in doc.sentences]


def phrase_count(stems: list[str], phrase: tuple[str, ...]) -> int:
    if len(phrase) == 1:
        return stems.count(phrase[0])
    n = len(phrase)
    return sum(1 for i in range(len(stems) - n + 1) if tuple(stems[i:i + n]) == phrase)


def route_topics(docs: list[Document], topics: list[Topic]) -> None:
    """Set sentence.topic for every body sentence of every document (None where no topic fits)."""
    if not topics:
        return
    stems_by_doc = [sentence_stems(doc) for doc in docs]
    phrases = [[keyword_stems(k) for k in topic.keywords if keyword_stems(k)] for topic in topics]
    direct = [[[sum(phrase_count(stems, p) for p in topic_phrases) for topic_phrases in phrases]
               for stems in doc_stems] for doc_stems in stems_by_doc]
    expansions = expand_topics(stems_by_doc, direct, phrases)
    owns = [[[hits + EXPANSION_WEIGHT * sum(expansion.get(s, 0.0) for s in dict.fromkeys(stems))
              for hits, expansion in zip(sentence_hits, expansions)]
             for stems, sentence_hits in zip(doc_stems, doc_direct)]
            for doc_stems, doc_direct in zip(stems_by_doc, direct)]
    wholes = article_topics(stems_by_doc, owns, len(topics))
    for doc, own, (dominant, lean) in zip(docs, owns, wholes):
        combined = add_context(doc, own)
        for sentence, scores in zip(doc.sentences, combined):
            if dominant is not None:
                scores[dominant] += lean
            best = max(range(len(topics)), key=lambda t: scores[t])
            sentence.topic = topics[best].name if scores[best] >= MIN_SCORE else None


def article_topics(stems_by_doc: list[list[list[str]]], owns: list[list[list[float]]],
                   n_topics: int) -> list[tuple[int | None, float]]:
    """The topic each article is about as a whole (or None), and how much its sentences lean to it.

    The keywords decide where one topic clearly leads (dominant_topic); from those articles a
    naive Bayes model of each topic's words is learnt from the texts at hand and then reads every
    article, the undecided ones included, for SELF_TRAINING_ROUNDS rounds. Keywords name a topic
    with a few words; the articles it decides teach the rest of its vocabulary ("striker",
    "chancellor", "handset"). The sentences of an article whose keyword evidence is spread over
    several topics (the sample) lean to the model's topic less (MIXED_BONUS), so that a sentence's
    clear evidence of its own still decides. Too few decided articles to learn from: the
    keywords' decisions stand, with the lean of KEYWORD_BONUS.
    """
    evidence = [article_evidence(own, n_topics) for own in owns]
    decided = [dominant_topic(totals) for totals in evidence]
    if sum(label is not None for label in decided) < MIN_TRAINING_ARTICLES:
        return [(label, KEYWORD_BONUS) for label in decided]
    stops = {stem(w) for w in stop_words()}
    bags = [Counter(s for sentence in doc for s in sentence if len(s) > 2 and not s.isdigit() and s not in stops)
            for doc in stems_by_doc]
    in_articles = Counter(s for bag in bags for s in bag)
    bags = [Counter({s: n for s, n in bag.items() if in_articles[s] > 1}) for bag in bags]
    vocabulary = sum(1 for n in in_articles.values() if n > 1) or 1
    mixed = [is_mixed(totals) for totals in evidence]
    labels: list[int | None] = list(decided)
    for _ in range(SELF_TRAINING_ROUNDS):
        model = NaiveBayes(bags, [None if spread else label for label, spread in zip(labels, mixed)], n_topics,
                           vocabulary)
        labels = [model.classify(bag) for bag in bags]
    return [(label, MIXED_BONUS if spread else DOMINANT_BONUS) for label, spread in zip(labels, mixed)]


class NaiveBayes:
    """A multinomial naive Bayes model of each topic's words, from the articles labelled so far."""

    def __init__(self, bags: list[Counter], labels: list[int | None], n_topics: int, vocabulary: int):
        counts: list[Counter[str]] = [Counter() for _ in range(n_topics)]
        articles = [0] * n_topics
        for bag, label in zip(bags, labels):
            if label is not None:
                counts[label].update(bag)
                articles[label] += 1
        # a topic no article taught is never the model's answer: its empty counts would fit any text
        self.priors = [math.log(n) if n else -math.inf for n in articles]
        self.log_probs = []
        self.unseen = []
        for topic_counts in counts:
            total = sum(topic_counts.values()) + SMOOTHING * vocabulary
            self.log_probs.append({s: math.log((n + SMOOTHING) / total) for s, n in topic_counts.items()})
            self.unseen.append(math.log(SMOOTHING / total))

    def classify(self, bag: Counter) -> int:
        scores = [prior + sum(n * log_probs.get(s, unseen) for s, n in bag.items())
                  for prior, log_probs, unseen in zip(self.priors, self.log_probs, self.unseen)]
        return max(range(len(scores)), key=lambda t: scores[t])


def article_evidence(own: list[list[float]], n_topics: int) -> list[float]:
    """Each topic's evidence over the whole article: the sum of its sentences'."""
    return [sum(sentence[t] for sentence in own) for t in range(n_topics)]


def is_mixed(totals: list[float]) -> bool:
    """Whether the article's keyword evidence is spread over several topics, none leading."""
    ranked = sorted(totals, reverse=True)
    return len(ranked) > 1 and ranked[0] > 0 and ranked[1] >= MIXED_SECOND * ranked[0]


def dominant_topic(totals: list[float]) -> int | None:
    """The topic an article is about as a whole, if one clearly leads; an article on several has none.

    Every sentence of a one-subject article leans to that subject (see article_topics), so that a
    passing mention of another topic's word does not move it; in a mixed article finer evidence decides.
    """
    if not totals:
        return None
    best = max(range(len(totals)), key=lambda t: totals[t])
    if totals[best] == 0 or totals[best] < DOMINANT_SHARE * sum(totals):
        return None
    return best


def expand_topics(stems_by_doc, direct, phrases) -> list[dict[str, float]]:
    """Per topic, the stems that mark its keyword sentences apart from the rest, weighted 0..1.

    A stem is kept for the topic where it is most over-represented, and only when it appears
    in at least two of that topic's sentences and is at least EXPANSION_LIFT times likelier there.
    """
    stops = {stem(w) for w in stop_words()}
    all_sentences = [set(s) - stops for doc in stems_by_doc for s in doc]
    hits = [h for doc in direct for h in doc]
    total = len(all_sentences)
    everywhere = Counter(s for sentence in all_sentences for s in sentence)
    own_stems = {s for topic_phrases in phrases for p in topic_phrases for s in p}
    best: dict[str, tuple[float, int]] = {}
    for t in range(len(phrases)):
        relevant = [sentence for sentence, h in zip(all_sentences, hits) if h[t] > 0 and h[t] == max(h)]
        if not relevant:
            continue
        inside = Counter(s for sentence in relevant for s in sentence if len(s) > 2 and not s.isdigit())
        for term, count in inside.items():
            if count < 2 or term in own_stems:
                continue
            p_topic = count / len(relevant)
            p_rest = (everywhere[term] - count + 0.5) / (total - len(relevant) + 1)
            lift = p_topic / p_rest
            if lift >= EXPANSION_LIFT:
                weight = p_topic * math.log(lift)
                if weight > best.get(term, (0.0, -1))[0]:
                    best[term] = (weight, t)
    expansions: list[dict[str, float]] = []
    for t in range(len(phrases)):
        top = sorted(((w, term) for term, (w, owner) in best.items() if owner == t), reverse=True)[:EXPANSION_TERMS]
        peak = top[0][0] if top else 1.0
        expansions.append({term: w / peak for w, term in top})
    return expansions


def add_context(doc: Document, own: list[list[float]]) -> list[list[float]]:
    """Each sentence's scores plus weighted evidence from its paragraph, section and article.

    The rest of the paragraph counts in full (a paragraph keeps to one subject, and a quote
    runs on over several sentences); section and article evidence are means, to break ties.
    """
    if not own:
        return own
    n_topics = len(own[0])
    by_block: dict[int, list[int]] = defaultdict(list)
    by_section: dict[str | None, list[int]] = defaultdict(list)
    for i, sentence in enumerate(doc.sentences):
        by_block[sentence.block].append(i)
        by_section[sentence.section].append(i)

    def total(indices):
        return [sum(own[i][t] for i in indices) for t in range(n_topics)]

    def mean(indices):
        return [value / len(indices) for value in total(indices)]

    article = mean(range(len(own)))
    block_total = {b: total(ix) for b, ix in by_block.items()}
    section_mean = {s: mean(ix) for s, ix in by_section.items() if s is not None}
    no_section = [0.0] * n_topics
    combined = []
    for i, sentence in enumerate(doc.sentences):
        section = section_mean.get(sentence.section, no_section) if sentence.section is not None else no_section
        paragraph = block_total[sentence.block]
        combined.append([own[i][t] + PARAGRAPH_WEIGHT * (paragraph[t] - own[i][t])
                         + SECTION_WEIGHT * section[t] + ARTICLE_WEIGHT * article[t]
                         for t in range(n_topics)])
    return combined
