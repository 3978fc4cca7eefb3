"""Blocks: paragraphs and lines of the text, and what kind of block each is."""
from __future__ import annotations

import re

from briefing.analyse.lexicon import LINE_ENDS_SENTENCE
from briefing.analyse.segment.lexicon import BOILERPLATE_LINES, HEADLINE_WORDS
from briefing.analyse.segment.patterns import (
    BOILERPLATE_PATTERN,
    BYLINE_PATTERN,
    CAPTION_PATTERN,
    CREDIT_PATTERN,
    PHOTO_CREDIT,
)
from briefing.analyse.segment.sentences import split_sentences
from briefing.model import BODY, BOILERPLATE, BYLINE, CAPTION, CREDIT, METADATA, SUBHEAD, TITLE, Block, Document


def split_blocks(text: str) -> list[Block]:
    """Paragraphs separated by blank lines; a run of short lines is one block per line.

    Hard-wrapped paragraphs (every line but the last long) stay one block.
    """
    blocks: list[Block] = []
    for run in re.finditer(r"[^\r\n]+(?:\r?\n[ \t]*[^\s][^\r\n]*)*", text):
        lines = list(re.finditer(r"[^\r\n]+", run.group(0)))
        wrapped = len(lines) > 1 and all(len(m.group(0).strip()) >= 50 for m in lines[:-1])
        pieces = [(0, len(run.group(0)))] if wrapped or len(lines) == 1 else [(m.start(), m.end()) for m in lines]
        for start, end in pieces:
            piece = run.group(0)[start:end]
            stripped_start = start + len(piece) - len(piece.lstrip())
            stripped_end = end - (len(piece) - len(piece.rstrip()))
            if stripped_end > stripped_start:
                blocks.append(Block(run.start() + stripped_start, run.start() + stripped_end))
    return blocks


def classify_blocks(doc: Document) -> None:
    title_found = False
    seen_body = False
    for block in doc.blocks:
        line = doc.span_text(block).strip()
        if block.end <= doc.header_end:
            block.kind = METADATA
        elif is_boilerplate(line):
            block.kind = BOILERPLATE
        elif CREDIT_PATTERN.search(line):
            block.kind = CREDIT
        elif BYLINE_PATTERN.match(line) and len(line) < 100:
            block.kind = BYLINE
        elif not title_found and not seen_body and is_title(line, doc.title, block is not doc.blocks[-1]):
            block.kind = TITLE
            title_found = True
            doc.title = doc.title or line
        elif CAPTION_PATTERN.search(line) or (len(line.split()) <= 6 and PHOTO_CREDIT.match(line)):
            block.kind = CAPTION
        elif block.markup == "head" or (block.markup is None and is_subhead(line)):
            block.kind = SUBHEAD
        else:
            block.kind = BODY
            seen_body = True


def is_boilerplate(line: str) -> bool:
    key = re.sub(r"[^\w\s-]", "", line).strip().lower()
    return key in BOILERPLATE_LINES or (len(line) < 120 and bool(BOILERPLATE_PATTERN.match(line)))


def is_title(line: str, known_title: str | None, more_follows: bool) -> bool:
    """The headline: the known title, or a short first line that reads like one."""
    if known_title:
        return normalise(line) == normalise(known_title)
    words = line.split()
    if not words or len(words) > 30:
        return False
    if not LINE_ENDS_SENTENCE.search(line):
        return True
    long_words = [w for w in words if len(w) > 3]
    capitalised = sum(1 for w in long_words if w[:1].isupper())
    if long_words and capitalised / len(long_words) >= 0.6:
        return True
    # A sentence-case headline given a full stop ("Judge rejects request to unseal file."):
    # short, one sentence, with the article after it. News ledes run longer, and a short one
    # opens with a quotation or reports in the past tense ("said"), as headlines do not.
    return (more_follows and len(words) <= HEADLINE_WORDS and line[:1] not in "\"“‘'"
            and not re.search(r"\bsaid\b", line) and len(split_sentences(line, 0, len(line))) == 1)


def is_subhead(line: str) -> bool:
    words = line.split()
    return 0 < len(words) <= 12 and line[:1].isupper() and not LINE_ENDS_SENTENCE.search(line)


def normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()
