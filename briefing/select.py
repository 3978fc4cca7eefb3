"""Select: decide what the memo says, from analysed documents. Renderers read only the result.

Sentences from all documents compete on their score. A sentence that says the same as
one already chosen (from any outlet) is not repeated: its source is cited on the chosen
bullet instead. A bullet that is only part of a quoted statement shows the whole statement.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .figures import same_fact
from .model import (Briefing, Bullet, Document, Figure, KeyFigure, KeyQuote, Quote, Section, Sentence, SourceRef,
                    Topic)
from .quotes import is_key_quote
from .text import content_stems

BLUF_BULLETS = 3
NEAR_DUPLICATE = 0.6  # share of content stems two sentences have in common to count as one fact
QUOTES_PER_SECTION = 2
MAX_FIGURES = 8
SMALL_COUNT = 10  # counts below this ("the two countries") are left out of the figures table


@dataclass
class Candidate:
    doc_index: int
    sentence: Sentence
    start: int  # the span the bullet shows: the sentence, widened to whole quoted statements
    end: int
    stems: frozenset[str]
    weight: float  # score comparable across documents


@dataclass
class SelectOptions:
    title: str | None = None
    to: str | None = None
    sender: str | None = None
    date: str | None = None  # ISO; today when None
    classification: str | None = None
    bullets_per_section: int = 4


def select(docs: list[Document], topics: list[Topic], options: SelectOptions) -> Briefing:
    sources = [SourceRef(number=i + 1, title=doc.title, outlet=doc.source, date=doc.date, url=doc.url,
                         path=doc.path) for i, doc in enumerate(docs)]
    candidates = sorted(make_candidates(docs), key=lambda c: -c.weight)
    chosen: list[tuple[Candidate, list[int]]] = []  # each bullet with its citations

    def take(pool: list[Candidate], count: int) -> list[tuple[Candidate, list[int]]]:
        taken = []
        for candidate in pool:
            if len(taken) == count:
                break
            if any(overlaps(candidate, c) or similar(candidate, c) for c, _ in chosen):
                continue
            citations = sorted({candidate.doc_index + 1} | {c.doc_index + 1 for c in candidates
                                                              if c.doc_index != candidate.doc_index
                                                              and similar(candidate, c)})
            chosen.append((candidate, citations))
            taken.append((candidate, citations))
        return taken

    bluf = [bullet(docs, c, cites) for c, cites in take(candidates, BLUF_BULLETS)]
    sections = []
    for topic in topics:
        in_topic = [c for c in candidates if c.sentence.topic == topic.name]
        key_quotes = pick_quotes(docs, topic.name, chosen)
        bullets = [bullet(docs, c, cites) for c, cites in take(in_topic, options.bullets_per_section)]
        sections.append(Section(name=topic.name, bullets=bullets, quotes=key_quotes))
    return Briefing(title=options.title or default_title(docs, topics),
                    date=options.date or dt.date.today().isoformat(),
                    to=options.to, sender=options.sender, classification=options.classification,
                    bluf=bluf, sections=sections, figures=pick_figures(docs), sources=sources)


def make_candidates(docs: list[Document]) -> list[Candidate]:
    candidates = []
    for doc_index, doc in enumerate(docs):
        if not doc.sentences:
            continue
        top = max(s.score for s in doc.sentences) or 1.0
        for sentence in doc.sentences:
            start, end = widen_to_quotes(doc, sentence)
            candidates.append(Candidate(doc_index, sentence, start, end,
                                        frozenset(content_stems(doc.text[start:end])), sentence.score / top))
    return candidates


def widen_to_quotes(doc: Document, sentence: Sentence) -> tuple[int, int]:
    """Grow a sentence's span to whole sentences covering every quote that overlaps it."""
    start, end = sentence.start, sentence.end
    for quote in doc.quotes:
        if quote.start < end and quote.end > start:
            start, end = min(start, quote.start), max(end, quote.end)
    first = next((s for s in doc.sentences if s.end > start), sentence)
    last = next((s for s in reversed(doc.sentences) if s.start < end), sentence)
    return min(first.start, sentence.start), max(last.end, sentence.end)


def overlaps(a: Candidate, b: Candidate) -> bool:
    return a.doc_index == b.doc_index and a.start < b.end and b.start < a.end


def similar(a: Candidate, b: Candidate) -> bool:
    if not a.stems or not b.stems:
        return False
    return len(a.stems & b.stems) / len(a.stems | b.stems) >= NEAR_DUPLICATE


def bullet(docs: list[Document], candidate: Candidate, citations: list[int]) -> Bullet:
    return Bullet(text=clean(docs[candidate.doc_index].text[candidate.start:candidate.end]), citations=citations)


def clean(text: str) -> str:
    return " ".join(text.split())


def pick_quotes(docs: list[Document], topic: str, chosen: list[tuple[Candidate, list[int]]]) -> list[KeyQuote]:
    """The section's most important attributed quotes, one per speaker, none already shown as a bullet."""
    ranked: list[tuple[float, int, Quote]] = []
    for doc_index, doc in enumerate(docs):
        top = max((s.score for s in doc.sentences), default=1.0) or 1.0
        for quote in doc.quotes:
            if quote.topic != topic or not is_key_quote(doc.text, quote):
                continue
            if any(c.doc_index == doc_index and c.start < quote.end and quote.start < c.end for c, _ in chosen):
                continue
            sentence = sentence_at(doc, quote.start)
            ranked.append(((sentence.score / top) if sentence else 0.0, doc_index, quote))
    ranked.sort(key=lambda item: -item[0])
    picked: list[KeyQuote] = []
    speakers: set[str | None] = set()
    seen_texts: list[frozenset[str]] = []
    for _, doc_index, quote in ranked:
        text = clean(docs[doc_index].text[quote.start:quote.end])
        stems = frozenset(content_stems(text))
        if quote.speaker in speakers or any(stems and len(stems & s) / len(stems | s) >= NEAR_DUPLICATE
                                            for s in seen_texts):
            continue
        speakers.add(quote.speaker)
        seen_texts.append(stems)
        picked.append(KeyQuote(text=text, speaker=quote.speaker, speaker_role=quote.speaker_role,
                               citations=[doc_index + 1]))
        if len(picked) == QUOTES_PER_SECTION:
            break
    return picked


def sentence_at(doc: Document, offset: int) -> Sentence | None:
    return next((s for s in doc.sentences if s.start <= offset < s.end), None)


def pick_figures(docs: list[Document]) -> list[KeyFigure]:
    """Figures that matter: from important sentences, no small counts, each fact once."""
    ranked: list[tuple[float, int, Figure]] = []
    for doc_index, doc in enumerate(docs):
        top = max((s.score for s in doc.sentences), default=1.0) or 1.0
        for figure in doc.figures:
            sentence = sentence_at(doc, figure.start)
            if sentence is None or is_small_count(figure):
                continue
            ranked.append((sentence.score / top + (0.2 if figure.topic else 0.0), doc_index, figure))
    ranked.sort(key=lambda item: -item[0])
    picked: list[tuple[int, Figure]] = []
    for _, doc_index, figure in ranked:
        if any(same_fact(figure, other) for _, other in picked):
            continue
        picked.append((doc_index, figure))
        if len(picked) == MAX_FIGURES:
            break
    # the table reads in the order the articles tell it
    picked.sort(key=lambda item: (item[0], item[1].start))
    return [KeyFigure(text=clean(docs[i].text[f.start:f.end]), measure=f.measure, value=f.value, unit=f.unit,
                      citations=[i + 1]) for i, f in picked]


def is_small_count(figure: Figure) -> bool:
    is_money_or_share = len(figure.unit) == 3 and figure.unit.isupper() or figure.unit in ("%", "pp")
    return not is_money_or_share and figure.value < SMALL_COUNT


def default_title(docs: list[Document], topics: list[Topic]) -> str:
    if len(docs) == 1 and docs[0].title:
        return docs[0].title
    if topics:
        return "Briefing: " + ", ".join(t.name for t in topics)
    return docs[0].title or "News briefing"
