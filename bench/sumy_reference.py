"""sumy's summarizers over briefing's sentences: the reference ranking, for the benchmark and the tests.

briefing ranks with its own vectorised Reduction (briefing/analyse/rank.py); these run sumy itself,
including LexRank's scores, which sumy computes inside __call__ and only reaches through its
private methods, so they stay out of the product.
"""
from __future__ import annotations

from briefing.analyse.words import stem, stop_words, words
from briefing.model import Document


class SumyTokenizer:
    """The word tokenizer sumy's sentences call, without NLTK's punkt data (sentences are already split)."""

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return tuple(words(sentence))


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
    """A sumy summarizer's rating of each sentence, scaled so the best is 1.

    "reduction" compares lowercased words; the others compare Snowball stems, as sumy usually does.
    """
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.summarizers.reduction import ReductionSummarizer
    from sumy.summarizers.text_rank import TextRankSummarizer

    summarizer_class = {"reduction": ReductionSummarizer, "reduction-stemmed": ReductionSummarizer,
                        "textrank": TextRankSummarizer, "lexrank": LexRankSummarizer}[summarizer_name]
    summarizer = summarizer_class(str.lower if summarizer_name == "reduction" else stem)
    summarizer.stop_words = stop_words()
    model = build_sumy_document(doc)
    ratings = lexrank_ratings(summarizer, model) if summarizer_name == "lexrank" else summarizer.rate_sentences(model)
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
