"""Segment: blocks (paragraphs and lines), what kind each is, and body sentences.

News text copied from the web carries debris: navigation ("Accessibility links"), photo
captions, subheads, bylines and credit lines. Each block is labelled so that only body
sentences are ranked, while subheads stay available as section hints.

Sentences come from NLTK's Punkt algorithm with a fixed list of news abbreviations and no
trained model, so nothing needs downloading; a few repairs follow for what Punkt cannot
know (a lowercase continuation, a lone "!", a photo caption pasted without its full stop).
"""
from __future__ import annotations

from briefing.analyse.segment.blocks import classify_blocks, split_blocks
from briefing.analyse.segment.patterns import AGENCY_DATELINE, VIA_DATELINE, WIRE_DATELINE
from briefing.analyse.segment.sentences import is_dateline, sentence_tokenizer, split_sentences
from briefing.model import BODY, SUBHEAD, Document, Sentence

__all__ = ["segment", "sentence_tokenizer", "split_sentences"]


def segment(doc: Document) -> Document:
    """Fill doc.blocks (unless ingest did, from a page's markup) and doc.sentences; set doc.title
    from the text when metadata has none."""
    if not doc.blocks:
        doc.blocks = split_blocks(doc.text)
    classify_blocks(doc)
    doc.sentences = []
    section = None
    for index, block in enumerate(doc.blocks):
        if block.kind == SUBHEAD:
            section = doc.span_text(block).strip()
        elif block.kind == BODY:
            for number, (start, end) in enumerate(split_sentences(doc.text, block.start, block.end)):
                # the wire-story dateline is where the story was filed, not part of its first sentence
                if number == 0:
                    start = after_dateline(doc.text, start, end)
                doc.sentences.append(Sentence(start=start, end=end, block=index, section=section))
    return doc


def after_dateline(text: str, start: int, end: int) -> int:
    """Where a story's first sentence starts after the dateline saying where it was filed, if any."""
    wire = WIRE_DATELINE.match(text, start, end)
    if wire and is_dateline(wire):
        return wire.end()
    agency = AGENCY_DATELINE.match(text, start, end) or VIA_DATELINE.match(text, start, end)
    return agency.end() if agency else start
