"""Blocks: paragraphs and lines of the text, and what kind of block each is."""
from __future__ import annotations

import re
from dataclasses import replace

from briefing.analyse.lexicon import LINE_ENDS_SENTENCE
from briefing.analyse.segment.furniture import AFTER_TITLE, BEFORE_TITLE, IN_SENTENCE, first_rule
from briefing.analyse.segment.lexicon import HEADLINE_WORDS
from briefing.analyse.segment.patterns import BYLINE_PATTERN
from briefing.analyse.segment.sentences import split_sentences
from briefing.model import (
    BODY,
    BOILERPLATE,
    BYLINE,
    METADATA,
    SUBHEAD,
    TITLE,
    Block,
    BlockKind,
    Document,
)


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
    """Label every block with its kind, and debris with the reason (furniture.py's rules). A rule
    that fires inside a paragraph of several sentences takes only the sentences it names."""
    title_found = False
    seen_body = False
    in_related_list = False  # under "You may also like…": short lines are other articles' headlines
    blocks: list[Block] = []
    for block in doc.blocks:
        line = doc.span_text(block).strip()
        rule = None
        kind: BlockKind
        in_related_list = in_related_list and is_headline_line(line) and block.markup != "head"
        if block.end <= doc.header_end:
            kind, reason = METADATA, "header line"
        elif in_related_list:
            kind, reason = BOILERPLATE, "related headline"
        elif rule := first_rule(BEFORE_TITLE, line):
            kind, reason = rule.kind, rule.reason
        elif BYLINE_PATTERN.match(line) and len(line) < 100:
            kind, reason = BYLINE, "byline"
        elif not title_found and not seen_body and is_title(line, doc.title, block is not doc.blocks[-1]):
            kind, reason = TITLE, "headline"
            title_found = True
            doc.title = doc.title or line
        elif rule := first_rule(AFTER_TITLE, line):
            kind, reason = rule.kind, rule.reason
        elif block.markup == "head" or (block.markup is None and is_subhead(line)):
            kind, reason = SUBHEAD, "heading"
        else:
            kind, reason = BODY, None
        sentences = split_sentences(doc.text, block.start, block.end) if rule and rule.in_sentence else []
        pieces = by_sentence(doc, block, sentences) if len(sentences) > 1 else [replace(block, kind=kind,
                                                                                       reason=reason)]
        seen_body = seen_body or any(piece.kind == BODY for piece in pieces)
        in_related_list = in_related_list or (reason == "related list" and seen_body)
        blocks += pieces
    doc.blocks = blocks


def by_sentence(doc: Document, block: Block, sentences: list[tuple[int, int]]) -> list[Block]:
    """The block cut where its sentences change kind: furniture apart from the article's sentences."""
    pieces: list[Block] = []
    for start, end in sentences:
        rule = first_rule(IN_SENTENCE, doc.text[start:end].strip())
        kind, reason = (rule.kind, rule.reason) if rule else (BODY, None)
        if pieces and (pieces[-1].kind, pieces[-1].reason) == (kind, reason):
            pieces[-1] = replace(pieces[-1], end=end)
        else:
            pieces.append(replace(block, start=start, end=end, kind=kind, reason=reason))
    return pieces


def is_headline_line(line: str) -> bool:
    """A line short enough, and of one sentence, to be an article's headline in a list of them."""
    return 0 < len(line.split()) <= HEADLINE_WORDS and len(split_sentences(line, 0, len(line))) == 1


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
