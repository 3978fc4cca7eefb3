"""Every quote of an article with its speaker: the steps of quotes/__init__.py, in order."""
from __future__ import annotations

import re

from briefing.analyse.quotes.attribution import (
    UNNAMED,
    Attribution,
    Chain,
    attribution_after,
    attribution_before,
    attribution_ending_sentence,
    from_match,
    opening_pronoun,
    sentence_subject,
    speaker_of,
)
from briefing.analyse.quotes.names import Article, looks_like_person
from briefing.analyse.quotes.patterns import SIGNATURE_LINE, TRANSCRIPT_TURN
from briefing.analyse.quotes.spans import Span, find_spans, is_transcript, split_paragraphs
from briefing.model import Quote

# --- putting it together ----------------------------------------------------------------------

def find_quotes(text: str, paragraphs: list[tuple[int, int]] | None = None) -> list[Quote]:
    """Every direct quotation of text, in text order, attributed where the text says who
    spoke.  paragraphs: (start, end) offsets of the body paragraphs; None splits on newlines."""
    if paragraphs is None:
        paragraphs = split_paragraphs(text)
    transcript = is_transcript(text)
    spans = find_spans(text, paragraphs, transcript)
    article = Article(text, paragraphs, spans)
    found: list = []
    chain: Chain | None = None  # the person the quotes are being given to, paragraph after paragraph
    for i, span in enumerate(spans):
        if chain and span.first_paragraph - spans[chain.quote].last_paragraph > 1:
            chain = None
        speaker = ((transcript and transcript_speaker(article, span))
                   or own_speaker(article, paragraphs, spans, i, chain))
        if speaker and speaker[0]:
            chain = Chain(speaker, spans[i].end, i)
        found.append(speaker)
    quotes = []
    for i, span in enumerate(spans):
        speaker, role = found[i] if found[i] else borrowed_speaker(spans, found, i)
        quotes.append(Quote(span.start, span.end, speaker, role))
    return quotes


def transcript_speaker(article: Article, span: Span):
    """(speaker, role) of a transcript's quote that opens with its speaker's name in capitals and
    a colon; None for one that does not."""
    turn = TRANSCRIPT_TURN.match(article.text, span.start)
    if not turn:
        return None
    name = tuple(word.capitalize() for word in turn.group("name").split())
    full = article.fullest(name, span.start)
    return " ".join(full), article.role(full)


def own_speaker(article: Article, paragraphs, spans: list[Span], i: int, chain: Chain | None = None):
    """(speaker, role) from the attribution next to quote i (UNNAMED when it names nobody),
    or None when there is no attribution next to it. `chain`: whom the quotes just before went to."""
    text, span = article.masked, spans[i]
    par_start, _ = paragraphs[span.first_paragraph]
    _, par_end = paragraphs[span.last_paragraph]
    previous = spans[i - 1] if i > 0 else None
    before_start = previous.outer_end if previous and \
        previous.last_paragraph == span.first_paragraph else par_start
    following = spans[i + 1] if i + 1 < len(spans) else None
    after_stop = following.outer_start if following and \
        following.first_paragraph == span.last_paragraph else par_end

    def after():
        return attribution_after(article, span.outer_end, after_stop)

    def before():
        return attribution_before(article, before_start, span.outer_start)

    def colon_paragraph():  # He declared:\n“…”
        if text[par_start:span.outer_start].strip() or span.first_paragraph == 0:
            return None
        start, end = paragraphs[span.first_paragraph - 1]
        if text[start:end].rstrip().endswith(":"):  # "President Clinton released the following statement:"
            opening = article.sentence_start(end - 1)
            return attribution_before(article, start, end) or opening_pronoun(article, opening, end) \
                or opening_person(article, opening, end)
        return None

    def signature():  # “…”\n- Clinton.
        if text[span.outer_end:par_end].strip(" .") or span.last_paragraph + 1 >= len(paragraphs):
            return None
        start, end = paragraphs[span.last_paragraph + 1]
        match = SIGNATURE_LINE.match(text, start, end)
        return from_match(match) if match else None

    def sentence_end():  # Obama “felt an obligation” on climate, Axelrod said.
        return attribution_ending_sentence(article, span.outer_end, after_stop)

    def sentence():
        return sentence_subject(article, span.outer_start) \
            if text[before_start:span.outer_start].strip() else None

    def previous_sentence():  # Bystrom agreed. “…” / “…,” Mr. Friedman said. “…”
        sentence_start = article.sentence_start(span.outer_start)
        opens_sentence = not text[sentence_start:span.outer_start].strip()
        if opens_sentence and text[before_start:span.outer_start].strip():
            return attribution_before(article, before_start, span.outer_start - 1) \
                or opening_person(article, max(before_start, article.sentence_start(span.outer_start - 1)),
                                  span.outer_start)
        return None

    # A quote ending a clause (“…,” she said) is attributed after it; a phrase quoted
    # inside a sentence (he called it “…” and …) by the sentence around it.
    last_char = article.text[span.start:span.end].rstrip()[-1:]
    ends_clause = last_char in ",?!…—-" or text[span.outer_end:after_stop].lstrip()[:1] == ","
    if last_char == "." and re.match(r"\s*[a-z]", text[span.outer_end:after_stop]):
        ends_clause = True  # “….” he said
    order = [after, before] if ends_clause else [before, after]
    for attempt in [*order, sentence_end, colon_paragraph, signature, sentence, previous_sentence]:
        attribution = attempt()
        if attribution:
            speaker = speaker_of(attribution, article, chain)
            # “…,” and donations began to pick up, Gilbert said: words right after the quote that name
            # nobody give way to a speaker named where the sentence ends
            if attempt is after and speaker == UNNAMED and (ending := sentence_end()):
                return speaker_of(ending, article, chain)
            return speaker
    return None


def opening_person(article: Article, start: int, stop: int) -> Attribution | None:
    """The person who opens the sentence just before a quote, whatever its verb: "Clinton touted her
    credentials. “We need …”" is Clinton's."""
    mention = next((m for m in article.mentions if start <= m.start < stop), None)
    if mention is None or not mention.subject or not looks_like_person(mention.name):
        return None
    return Attribution(" ".join(mention.name), mention.start, None)


def borrowed_speaker(spans: list[Span], found: list, i: int):
    """The speaker of an unattributed quote: that of a neighbour in its paragraph, or that of
    the quote just before in the previous paragraph (a paragraph continuing a quotation)."""
    span = spans[i]
    same_paragraph = [j for j in range(len(spans)) if j != i and found[j]
                      and spans[j].first_paragraph == span.first_paragraph]
    earlier = [j for j in same_paragraph if j < i]
    if earlier:
        return found[earlier[-1]]
    if i > 0 and found[i - 1] and spans[i - 1].last_paragraph == span.first_paragraph - 1:
        return found[i - 1]
    if same_paragraph:
        return found[same_paragraph[0]]
    return UNNAMED


def is_key_quote(text: str, quote: Quote) -> bool:
    """True when the quote is worth a place in the memo: at least four words (scare quotes
    like “transparent” are not)."""
    return len(re.findall(r"\w+(?:[’'\-]\w+)*", text[quote.start:quote.end])) >= 4
