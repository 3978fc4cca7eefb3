"""Rank: how important each body sentence is within its document.

The centrality signal is sumy's Reduction summarizer (graph of shared stems between
sentences), which ranked the BBC reference sentences best among sumy's summarizers
(`make bench` compares them). News puts the essentials first, so position is blended in,
and very short fragments are pushed down.
"""
from __future__ import annotations

from .model import Document
from .text import SumyTokenizer, stem, stop_words, words

CENTRALITY_WEIGHT = 1.0
# The lead sentence gets this much on top, fading down the article. Kept small: on the BBC
# references a larger weight lowered ROUGE (0.35: R1 81.2 against 83.8 at 0.1).
POSITION_WEIGHT = 0.1
TOPIC_WEIGHT = 0.15  # a sentence filed under a user topic is worth a little more to the memo
FRAGMENT_WORDS = 6  # sentences shorter than this are rarely worth a bullet


def build_sumy_document(doc: Document):
    """Our sentences as a sumy document model, one sumy paragraph per block."""
    from sumy.models.dom import ObjectDocumentModel, Paragraph
    from sumy.models.dom import Sentence as SumySentence

    tokenizer = SumyTokenizer()
    paragraphs: dict[int, list] = {}
    for sentence in doc.sentences:
        paragraphs.setdefault(sentence.block, []).append(SumySentence(doc.span_text(sentence), tokenizer))
    return ObjectDocumentModel([Paragraph(p) for p in paragraphs.values()])


def centrality(doc: Document, summarizer_name: str = "reduction") -> list[float]:
    """sumy's rating of each sentence, scaled so the best is 1."""
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.summarizers.reduction import ReductionSummarizer
    from sumy.summarizers.text_rank import TextRankSummarizer

    summarizer_class = {"reduction": ReductionSummarizer, "textrank": TextRankSummarizer,
                        "lexrank": LexRankSummarizer}[summarizer_name]
    summarizer = summarizer_class(stem)
    summarizer.stop_words = stop_words()
    model = build_sumy_document(doc)
    if summarizer_name == "lexrank":
        ratings = lexrank_ratings(summarizer, model)
    else:
        ratings = summarizer.rate_sentences(model)
    scores = [float(ratings.get(s, 0.0)) for s in model.sentences]
    peak = max(scores, default=0.0)
    return [s / peak if peak > 0 else 0.0 for s in scores]


def lexrank_ratings(summarizer, model) -> dict:
    """LexRank's scores: sumy computes them inside __call__ and returns only an ordering."""
    sentences_words = [summarizer._to_words_set(s) for s in model.sentences]
    if not sentences_words:
        return {}
    tf = summarizer._compute_tf(sentences_words)
    idf = summarizer._compute_idf(sentences_words)
    matrix = summarizer._create_matrix(sentences_words, summarizer.threshold, tf, idf)
    return dict(zip(model.sentences, summarizer.power_method(matrix, summarizer.epsilon)))


def rank_sentences(doc: Document, summarizer_name: str = "reduction") -> None:
    """Set score and rank (1 = most important) on every body sentence of doc."""
    if not doc.sentences:
        return
    central = centrality(doc, summarizer_name)
    count = len(doc.sentences)
    for index, (sentence, central_score) in enumerate(zip(doc.sentences, central)):
        position = POSITION_WEIGHT * (1 - index / count) ** 2
        topical = TOPIC_WEIGHT if sentence.topic else 0.0
        fragment = 0.5 if len(words(doc.span_text(sentence))) < FRAGMENT_WORDS else 0.0
        sentence.score = round(CENTRALITY_WEIGHT * central_score + position + topical - fragment, 6)
    order = sorted(range(count), key=lambda i: (-doc.sentences[i].score, i))
    for rank, index in enumerate(order, 1):
        doc.sentences[index].rank = rank
