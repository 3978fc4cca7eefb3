"""Segment: blocks (paragraphs and lines), what kind each is, and body sentences.

News text copied from the web carries debris: navigation ("Accessibility links"), photo
captions, subheads, bylines and credit lines. Each block is labelled so that only body
sentences are ranked, while subheads stay available as section hints.

Sentences come from NLTK's Punkt algorithm with a fixed list of news abbreviations and no
trained model, so nothing needs downloading; a few repairs follow for what Punkt cannot
know (a lowercase continuation, a lone "!").
"""
from __future__ import annotations

import re
from functools import lru_cache

from briefing.model import (BODY, BOILERPLATE, BYLINE, CAPTION, CREDIT, METADATA, SUBHEAD, TITLE, Block, Document,
                    Sentence)

# Abbreviations that end with a period but rarely end a sentence in news copy (lowercase, no final period).
NEWS_ABBREVIATIONS = """
mr mrs ms messrs dr prof sen sens rep reps gov govs gen lt col maj sgt cpl capt cmdr adm st jr sr rev hon pres
supt det insp atty amb u.s u.k u.n e.u u.s.a jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed
thu thur thurs fri sat sun inc corp co ltd plc bros llc vs v etc no nos ave blvd rd mt ft dept univ assn est
approx fig vol ch p pp a.m p.m d.c n.y l.a calif fla ill mass mich minn penn tenn tex va wash wis ariz ark
colo conn del ga ind kan ky la md miss mo mont neb nev okla ore pa wyo r.i n.j n.c s.c n.d s.d w.va
""".split()

ABBREVIATION_SET = frozenset(NEWS_ABBREVIATIONS)

BOILERPLATE_LINES = {
    "accessibility links", "breaking news", "share", "share this", "share this article", "share this story",
    "share on facebook", "share on twitter", "advertisement", "advertising", "skip to main content",
    "skip to content", "print", "email", "e-mail", "tweet", "facebook", "twitter", "linkedin", "whatsapp",
    "related", "related stories", "related articles", "related content", "read more", "more on this story",
    "comments", "subscribe", "sign up", "sign in", "log in", "menu", "close", "home", "top stories", "most read",
    "watch", "listen", "copy link", "follow us", "newsletter", "back to top", "see all", "next", "previous",
    "loading", "trending", "latest", "live", "video", "audio", "photos", "more", "also read", "recommended",
    "image copyright", "image caption", "media caption", "getty images", "media playback is unsupported on your device",
    "read the rest here", "click here", "continue reading", "story continues below", "story continues below advertisement",
}
BOILERPLATE_PATTERN = re.compile(
    r"^(?:(?:share|follow|subscribe|sign up|click here|read more|read the rest|watch|listen|download|continue reading)"
    r"\b.{0,40}|image (?:copyright|caption|source)\b.*|media caption\b.*|(?:copyright|©)\s.{0,80}"
    r"|.{0,60}all rights reserved\.?|published \d.{0,40}|updated \d.{0,40})$", re.I)
CREDIT_PATTERN = re.compile(
    r"^(?:\(?(?:some |additional )?(?:information|reporting|material)(?: for this (?:report|story|article))?"
    r" (?:came from|by|was contributed|from)\b"
    r"|\(?(?:reporting|writing|editing|additional reporting) by\b"
    r"|.{0,120}\bcontributed (?:reporting )?to this (?:report|story|article)"
    r"|this (?:story|article|report) (?:has been|was) (?:updated|corrected)\b)", re.I)
BYLINE_PATTERN = re.compile(r"^by\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}(?:\s+and\s+[A-Z].{0,40})?(?:[,|].{0,60})?$",
                            re.I)
MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
# Wire-photo captions end with the place and date: "…, Bogota, Colombia, Oct. 20, 2021."
CAPTION_PATTERN = re.compile(
    rf"(?:,\s*{MONTH}\s+\d{{1,2}},\s+\d{{4}}\.?\s*$|^FILE\s*[-–—]|\((?:AP|AFP|Reuters|Getty)[^)]*Photo|"
    r"\b(?:Photo|Picture|Image)\s*(?:credit)?:\s|\bpictured\b)", re.I)
# Photo credits on a line of their own: "Getty/Instagram.", "Photo: AP", "REUTERS/Jane Doe".
PHOTO_CREDIT = re.compile(r"^(?:(?:photo|image|picture)s?\s*(?:credit)?:?\s*)?[\w .&/|-]{0,40}"
                          r"\b(?:Getty|Instagram|Reuters|REUTERS|AFP|AP Photo|Shutterstock|EPA|Images)\b[\w ./|-]{0,30}\.?$")
HEADLINE_WORDS = 16
# A closing quote or bracket ends a sentence only after a stop: BBC headlines end in 'quotes'.
SENTENCE_END = re.compile(r"[.!?:;…][\"”’')\]]*\s*$")


@lru_cache(maxsize=1)
def sentence_tokenizer():
    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

    params = PunktParameters()
    params.abbrev_types = set(ABBREVIATION_SET)
    return PunktSentenceTokenizer(params)


def segment(doc: Document) -> Document:
    """Fill doc.blocks and doc.sentences; set doc.title from the text when metadata has none."""
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
                dateline = DATELINE.match(doc.text, start, end) if number == 0 else None
                if dateline and is_dateline(dateline):
                    start = dateline.end()
                doc.sentences.append(Sentence(start=start, end=end, block=index, section=section))
    return doc


# "LOS ANGELES, Sept. 28 (UPI) — ", "WASHINGTON (AP) — ", "BOGOTA, Colombia -- "
DATELINE = re.compile(r"(?P<place>[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+)*)"
                      r"(?P<where>(?:, [A-Z][\w.]*(?: [A-Z\d][\w.]*)*){0,2})"
                      r"(?P<agency> ?\([A-Za-z][\w .&-]*\))?"
                      r"\s*(?:—|–|--?)\s+(?=[A-Z“\"‘'])")


def is_dateline(match: re.Match) -> bool:
    """A place in capitals, with a region, date or agency after it, or long enough not to be an
    acronym opening the sentence ("NATO — the alliance …")."""
    letters = sum(c.isalpha() for c in match.group("place"))
    return bool(match.group("where") or match.group("agency")) or letters >= 5


def split_blocks(text: str) -> list[Block]:
    """Paragraphs separated by blank lines; a run of short lines is one block per line.

    Hard-wrapped paragraphs (every line but the last long) stay one block.
    """
    blocks: list[Block] = []
    for run in re.finditer(r"[^\r\n]+(?:\r?\n[ \t]*[^\s][^\r\n]*)*", text):
        lines = [m for m in re.finditer(r"[^\r\n]+", run.group(0))]
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
        elif is_subhead(line):
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
    if not SENTENCE_END.search(line):
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
    return 0 < len(words) <= 12 and line[:1].isupper() and not SENTENCE_END.search(line)


def normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans inside text[start:end], as absolute offsets."""
    spans = [(start + a, start + b) for a, b in sentence_tokenizer().span_tokenize(text[start:end])]
    merged: list[tuple[int, int]] = []
    for span in spans:
        piece = text[span[0]:span[1]]
        # Punkt splits after "!!", before a lowercase word it cannot know is a continuation,
        # and after an abbreviation it did not recognise behind a quotation mark (”Mr.).
        if merged and (not re.search(r"\w", piece) or piece[:1].islower() or ends_with_abbreviation(merged[-1], text)):
            merged[-1] = (merged[-1][0], span[1])
        else:
            merged.append(span)
    return merged


def ends_with_abbreviation(span: tuple[int, int], text: str) -> bool:
    last_word = text[span[0]:span[1]].split()[-1] if text[span[0]:span[1]].split() else ""
    return last_word.endswith(".") and last_word.strip("“”\"'‘’(").rstrip(".").lower() in ABBREVIATION_SET
