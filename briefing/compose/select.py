"""Select: decide what the memo says, from analysed documents. Renderers read only the result.

Sentences from all documents compete on their score. A sentence that says the same as
one already chosen (from any outlet) is not repeated: its source is cited on the chosen
bullet instead. A bullet that is only part of a quoted statement shows the whole statement.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass, replace

from briefing.analyse.figures import is_currency, same_fact
from briefing.analyse.figures.lexicon import GRAMMAR_WORDS, PARTICLES, TIME_NOUNS
from briefing.analyse.segment import split_sentences
from briefing.analyse.segment.patterns import LINK, READER_ADDRESS
from briefing.analyse.words import content_stems, parts_of_speech
from briefing.model import (
    OTHER_NEWS,
    Briefing,
    Bullet,
    Document,
    Figure,
    FigureReading,
    KeyFigure,
    KeyQuote,
    OtherSpeaker,
    Quote,
    Section,
    Sentence,
    SourceRef,
    Topic,
)

BLUF_BULLETS = 3
# What each further outlet telling a story adds to its weight (each article's best sentence weighs 1)
OUTLET_BONUS = 0.1
# A bottom-line bullet runs to four printed lines at most: about 360 characters across the memo's page.
BLUF_CHARS = 360
NEAR_DUPLICATE = 0.6  # share of content stems two sentences have in common to count as one fact
QUOTES_PER_SECTION = 3
MAX_QUOTED_SHARE = 0.5
MIN_BULLET_WEIGHT = 0.1  # fragments score below this: better a shorter section than a filler bullet
MIN_SECTION_BULLETS = 2  # a discovered subject with fewer is told under OTHER_NEWS, not a heading of its own
QUOTE_WORDS = 40
KEY_QUOTE_WORDS = 8  # a shorter quote ("in a few weeks") says too little on its own to stand in the memo
MAX_FIGURES = 6
FIGURE_TOPIC_BONUS = 0.2  # a figure on a user topic beats an equally important one on none
SMALL_COUNT = 10  # counts below this ("the two countries") are left out of the figures table


@dataclass
class Candidate:
    doc_index: int
    sentence: Sentence
    start: int  # the span the bullet shows: the sentence, widened to whole quoted statements
    end: int
    stems: frozenset[str]
    weight: float  # score comparable across documents
    quoted: float  # share of the span inside quotation marks
    standing: float = 0.0  # the weight, raised for each other outlet that tells the same (set by the pool)


@dataclass
class QuoteCandidate:
    """An attributed whole statement that could be a key quote."""
    weight: float  # its sentence's, comparable across documents
    doc_index: int
    quote: Quote
    text: str  # spaces evened out
    stems: frozenset[str]


@dataclass
class SelectOptions:
    title: str | None = None
    to: str | None = None
    sender: str | None = None
    date: str | None = None  # ISO; today when None
    classification: str | None = None
    bullets_per_section: int = 3
    quotes_per_section: int = QUOTES_PER_SECTION
    quote_words: int = QUOTE_WORDS  # a longer quoted statement keeps only its first sentences
    max_figures: int = MAX_FIGURES
    bluf_bullets: int = BLUF_BULLETS
    max_words: int | None = None  # for the whole memo; content is dropped, least important first


# --length presets; --bullets and --max-words given alongside them win.
LENGTHS = {
    "short": {"bluf_bullets": 3, "bullets_per_section": 2, "quotes_per_section": 1, "quote_words": 30,
              "max_figures": 4},
    "standard": {"bluf_bullets": 3, "bullets_per_section": 3, "quotes_per_section": QUOTES_PER_SECTION,
                 "quote_words": QUOTE_WORDS, "max_figures": MAX_FIGURES},
    "long": {"bluf_bullets": 4, "bullets_per_section": 6, "quotes_per_section": 4, "quote_words": 80,
             "max_figures": 12},
}


@dataclass
class Shown:
    """What the memo already says, so nothing is said twice."""

    spans: list[tuple[int, int, int]]  # (doc_index, start, end)
    stems: list[frozenset[str]]

    def overlaps(self, doc_index: int, start: int, end: int) -> bool:
        return any(d == doc_index and start < e and s < end for d, s, e in self.spans)

    def repeats(self, stems: frozenset[str]) -> bool:
        return any(near_duplicate(stems, other) for other in self.stems)

    def add(self, doc_index: int, start: int, end: int, stems: frozenset[str]) -> None:
        self.spans.append((doc_index, start, end))
        self.stems.append(stems)


class CandidatePool:
    """Every sentence that could be a bullet, best first, with an index to find retellings fast."""

    def __init__(self, docs: list[Document]):
        candidates = make_candidates(docs)
        self.by_stem: dict[str, list[Candidate]] = defaultdict(list)
        for candidate in candidates:
            for word_stem in candidate.stems:
                self.by_stem[word_stem].append(candidate)
        # found once: the ranking below needs them all, and each selection (page fitting selects
        # again and again) those of the bullets it takes
        self.retold = {id(candidate): self.find_retellings(candidate) for candidate in candidates}
        # A story several outlets tell is news beyond any one of them: it ranks above a story of
        # equal weight that one outlet tells, and the best of a section comes first
        for candidate in candidates:
            outlets = {docs[other.doc_index].source or other.doc_index for other in self.retellings(candidate)}
            candidate.standing = candidate.weight + OUTLET_BONUS * max(0, len(outlets) - 1)
        self.candidates = sorted(candidates, key=lambda c: -c.standing)
        # the same for every selection: which candidates may be bullets, and the key-quote candidates
        self.reported = bullet_candidates(docs, self.candidates)
        self.quotes = quote_candidates(docs)

    def retellings(self, candidate: Candidate) -> list[Candidate]:
        """The candidates that say the same as `candidate` (itself included)."""
        return self.retold[id(candidate)]

    def find_retellings(self, candidate: Candidate) -> list[Candidate]:
        """A near duplicate shares at least NEAR_DUPLICATE of the candidate's stems, so it holds at
        least one of any (1 - NEAR_DUPLICATE) share plus one of them: probing the rarest is enough.
        """
        stems = sorted(candidate.stems, key=lambda word_stem: len(self.by_stem[word_stem]))
        probe = stems[:int((1 - NEAR_DUPLICATE) * len(stems)) + 1]
        found = {id(other): other for word_stem in probe for other in self.by_stem[word_stem]}
        return [other for other in found.values() if near_duplicate(candidate.stems, other.stems)]


def select(docs: list[Document], topics: list[Topic], options: SelectOptions,
           pool: CandidatePool | None = None) -> Briefing:
    """What the memo says. `pool` may be passed in when selecting again from the same documents."""
    sources = [SourceRef(number=i + 1, title=doc.title, outlet=doc.source, date=doc.date, url=doc.url,
                         path=doc.path) for i, doc in enumerate(docs)]
    pool = pool or CandidatePool(docs)
    reported = pool.reported
    shown = Shown([], [])
    bluf = take_bottom_line(docs, reported, pool, topics, options.bluf_bullets, shown)
    sections = []
    for topic in topics:
        in_topic = [c for c in reported if c.sentence.topic == topic.name]
        bullets = take_bullets(docs, in_topic, pool, options.bullets_per_section, shown)
        sections.append(Section(name=topic.name, bullets=bullets, quotes=pick_quotes(pool, topic.name, shown, options)))
    asked_for = {topic.name for topic in topics if not topic.discovered}
    sections = fold_small_sections(sections, asked_for)
    briefing = Briefing(title=options.title or default_title(docs, [section.name for section in sections]),
                        date=options.date or dt.date.today().isoformat(),
                        to=options.to, sender=options.sender, classification=options.classification,
                        bluf=bluf, sections=sections, figures=pick_figures(docs, options.max_figures),
                        sources=sources)
    if options.max_words:
        trim_to_words(briefing, options.max_words)
        briefing.sections = [section for section in briefing.sections
                             if section.bullets or section.quotes or section.name in asked_for]
    cite_only_what_is_used(briefing)
    return briefing


def bullet_candidates(docs: list[Document], candidates: list[Candidate]) -> list[Candidate]:
    """The candidates that may be bullets, best first: mostly-quoted sentences are told as key
    quotes, in the speaker's name, and a sentence that carries an address ("… visit
    www.ascom.com") stays in the article; advice to the reader comes after every sentence that
    tells the news, a bullet only where nothing else is left."""
    reported = [c for c in candidates if c.quoted <= MAX_QUOTED_SHARE and c.weight >= MIN_BULLET_WEIGHT
                and not LINK.search(docs[c.doc_index].text, c.start, c.end)]
    return sorted(reported, key=lambda c: addresses_reader(docs[c.doc_index], c.start, c.end))


def quote_candidates(docs: list[Document]) -> list[QuoteCandidate]:
    """Every attributed whole statement of KEY_QUOTE_WORDS or more, best first: a quote nobody can
    be named for is no use to a reader who must cite it."""
    ranked = []
    for doc_index, doc in enumerate(docs):
        top = top_score(doc)
        for quote in doc.quotes:
            quoted = doc.text[quote.start:quote.end]
            if quote.speaker and is_whole_statement(quoted) and len(quoted.split()) >= KEY_QUOTE_WORDS:
                score = max((s.score for s in doc.sentences if s.start < quote.end and quote.start < s.end),
                            default=0.0)
                text = clean(quoted)
                ranked.append(QuoteCandidate(relative_weight(score, top), doc_index, quote, text,
                                             frozenset(content_stems(text))))
    return sorted(ranked, key=lambda candidate: -candidate.weight)


def fold_small_sections(sections: list[Section], asked_for: set[str]) -> list[Section]:
    """The sections, with those of discovered subjects that have under MIN_SECTION_BULLETS bullets (most
    often their best story went to the bottom line) told together under OTHER_NEWS, last; those
    with nothing to say left out. A topic the user asked for keeps its heading, empty or not."""
    kept, other = [], Section(OTHER_NEWS)
    for section in sections:
        if section.name not in asked_for and (section.name == OTHER_NEWS or len(section.bullets) < MIN_SECTION_BULLETS):
            other.bullets += section.bullets
            other.quotes += section.quotes
        else:
            kept.append(section)
    return [*kept, other] if other.bullets or other.quotes else kept


def cite_only_what_is_used(briefing: Briefing) -> None:
    """The sources list holds the articles the memo cites, numbered [1], [2]… in input order.

    A day's brief may read a hundred articles and cite twenty; the rest are counted, not listed.
    """
    cited_items: list[Bullet | KeyQuote | KeyFigure] = [*briefing.all_bullets(), *briefing.all_quotes(),
                                                        *briefing.figures]
    used = sorted({number for item in cited_items for number in item.citations})
    renumber = {old: new for new, old in enumerate(used, 1)}
    for item in cited_items:
        item.citations = [renumber[number] for number in item.citations]
    for figure in briefing.figures:
        for reading in figure.readings:
            reading.citations = [renumber[number] for number in reading.citations]
    for quote in briefing.all_quotes():
        for other in quote.other_speakers:
            other.citations = [renumber[number] for number in other.citations]
    briefing.articles_read = len(briefing.sources)
    briefing.sources = [replace(ref, number=renumber[ref.number]) for ref in briefing.sources if ref.number in renumber]


def memo_words(briefing: Briefing) -> int:
    """Words of what the memo says: bottom line, bullets, quotes and the figures table."""
    texts = [bullet.text for bullet in briefing.all_bullets()] + [quote.text for quote in briefing.all_quotes()]
    texts += [f"{f.text} {f.measure or ''}" for f in briefing.figures]
    return sum(len(t.split()) for t in texts)


def trim_to_words(briefing: Briefing, most: int) -> None:
    """Drop the least important content until the memo says at most `most` words.

    Section bullets go first (the last of the longest section), then quotes, then figures;
    the bottom line keeps at least one bullet.
    """
    while memo_words(briefing) > most:
        with_bullets = [s for s in briefing.sections if s.bullets]
        with_quotes = [s for s in briefing.sections if s.quotes]
        if with_bullets:
            max(with_bullets, key=lambda s: len(s.bullets) + len(s.quotes)).bullets.pop()
        elif with_quotes:
            max(with_quotes, key=lambda s: len(s.quotes)).quotes.pop()
        elif briefing.figures:
            briefing.figures.pop()
        elif len(briefing.bluf) > 1:
            briefing.bluf.pop()
        else:
            break


def take_bottom_line(docs: list[Document], reported: list[Candidate], pool: CandidatePool, topics: list[Topic],
                     count: int, shown: Shown) -> list[Bullet]:
    """The bottom line up front: the whole memo in `count` bullets, so with several topics, the best
    story of each in turn (the topic whose best story weighs most first), none longer than a
    reader takes in at a glance. With one topic, its best stories."""
    short = [c for c in reported if c.end - c.start <= BLUF_CHARS]
    by_topic = [[c for c in short if c.sentence.topic == topic.name] for topic in topics]
    by_topic = [group for group in by_topic if group]
    if len(by_topic) <= 1:
        return take_bullets(docs, short or reported, pool, count, shown)
    by_topic.sort(key=lambda group: -group[0].standing)  # stable: ties keep the topics' order
    bullets: list[Bullet] = []
    while len(bullets) < count:
        taken = [bullet for group in by_topic for bullet in take_bullets(docs, group, pool, 1, shown)]
        if not taken:
            break
        bullets += taken[:count - len(bullets)]
    return bullets


def take_bullets(docs: list[Document], choices: list[Candidate], pool: CandidatePool, count: int,
                 shown: Shown) -> list[Bullet]:
    """The best `count` of `choices` not yet shown, each citing every source that says the same."""
    bullets: list[Bullet] = []
    for candidate in choices:
        if len(bullets) == count:
            break
        if shown.overlaps(candidate.doc_index, candidate.start, candidate.end) or shown.repeats(candidate.stems):
            continue
        retellings = pool.retellings(candidate)
        citations = sorted({candidate.doc_index + 1} | {other.doc_index + 1 for other in retellings})
        # the other outlets' versions are now said too: their quotes must not come back as key quotes
        for told in [candidate, *retellings]:
            shown.add(told.doc_index, told.start, told.end, told.stems)
        bullets.append(Bullet(text=clean(docs[candidate.doc_index].text[candidate.start:candidate.end]),
                              citations=citations))
    return bullets


def make_candidates(docs: list[Document]) -> list[Candidate]:
    candidates = []
    for doc_index, doc in enumerate(docs):
        if not doc.sentences:
            continue
        top = top_score(doc)
        for sentence in doc.sentences:
            start, end = widen_to_quotes(doc, sentence)
            candidates.append(Candidate(doc_index, sentence, start, end,
                                        frozenset(content_stems(doc.text[start:end])),
                                        relative_weight(sentence.score, top), quoted_share(doc, start, end)))
    return candidates


def top_score(doc: Document) -> float:
    return max((s.score for s in doc.sentences), default=0.0)


def relative_weight(score: float, top: float) -> float:
    """A sentence's score on a scale shared by all documents: the best of its article is 1.

    A one- or two-sentence article shares no words between sentences: all score 0 and count
    as equally central, short of any fragment penalty.
    """
    return score / top if top > 0 else 1.0 + score


def addresses_reader(doc: Document, start: int, end: int) -> bool:
    """Whether the text speaks to its reader ("you can sign up…") outside the quotations in it."""
    return any(not any(quote.start <= found.start() < quote.end for quote in doc.quotes)
               for found in READER_ADDRESS.finditer(doc.text, start, end))


def quoted_share(doc: Document, start: int, end: int) -> float:
    """The share of text[start:end] that is direct speech or says whose it is: the speaker's name
    and role as the text writes them ("“…,” said Maria Lopez, the foreign minister of Peru." is
    all quote and attribution, however long the role)."""
    said = [False] * (end - start)
    for quote in doc.quotes:
        if quote.start < end and start < quote.end:
            said[max(start, quote.start) - start:min(end, quote.end) - start] = [True] * (
                min(end, quote.end) - max(start, quote.start))
            for words in filter(None, (quote.speaker, quote.speaker_role)):
                for found in re.finditer(rf"\b{re.escape(words)}\b", doc.text[start:end]):
                    said[found.start():found.end()] = [True] * (found.end() - found.start())
    return sum(said) / max(1, end - start)


def widen_to_quotes(doc: Document, sentence: Sentence) -> tuple[int, int]:
    """Grow a sentence's span to whole sentences covering every quote that overlaps it."""
    start, end = sentence.start, sentence.end
    for quote in doc.quotes:
        if quote.start < end and quote.end > start:
            start, end = min(start, quote.start), max(end, quote.end)
    first = next((s for s in doc.sentences if s.end > start), sentence)
    last = next((s for s in reversed(doc.sentences) if s.start < end), sentence)
    return min(first.start, sentence.start), max(last.end, sentence.end)


def near_duplicate(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether the stems' Jaccard similarity reaches NEAR_DUPLICATE; it is at most the smaller set's
    size over the larger's, which settles most pairs without an intersection."""
    small, large = sorted((len(a), len(b)))
    if not small or small < NEAR_DUPLICATE * large:
        return False
    shared = len(a & b)
    return shared / (small + large - shared) >= NEAR_DUPLICATE


def clean(text: str) -> str:
    return " ".join(text.split())


def pick_quotes(pool: CandidatePool, topic: str, shown: Shown, options: SelectOptions) -> list[KeyQuote]:
    """The section's most important attributed quotes, one per speaker, none already in a bullet.

    The same words quoted by several outlets are one key quote citing all of them.
    """
    picked: list[tuple[KeyQuote, frozenset[str]]] = []
    for candidate in pool.quotes:
        if candidate.quote.topic != topic:
            continue
        doc_index, quote, stems = candidate.doc_index, candidate.quote, candidate.stems
        speaker = quote.speaker
        assert speaker is not None  # quote_candidates keeps attributed quotes only
        same = next((key for key, key_stems in picked if near_duplicate(stems, key_stems)), None)
        if same is not None:
            same.citations = sorted(set(same.citations) | {doc_index + 1})
            if not same_person(same.speaker, speaker):  # the outlets disagree on who said it
                other = next((o for o in same.other_speakers if same_person(o.speaker, speaker)), None)
                if other is None:
                    same.other_speakers.append(OtherSpeaker(speaker, quote.speaker_role, [doc_index + 1]))
                else:
                    other.citations = sorted(set(other.citations) | {doc_index + 1})
            continue
        if (shown.overlaps(doc_index, quote.start, quote.end) or shown.repeats(stems)
                or len(picked) == options.quotes_per_section or any(k.speaker == speaker for k, _ in picked)):
            continue
        shown.add(doc_index, quote.start, quote.end, stems)
        picked.append((KeyQuote(text=as_statement(candidate.text, options.quote_words), speaker=speaker,
                                speaker_role=quote.speaker_role, citations=[doc_index + 1]), stems))
    return [first_source_first(key) for key, _ in picked]


def first_source_first(quote: KeyQuote) -> KeyQuote:
    """A quote the sources name different speakers for, told with the speaker of the first of them first."""
    others = {number for other in quote.other_speakers for number in other.citations}
    own = OtherSpeaker(quote.speaker, quote.speaker_role, [c for c in quote.citations if c not in others])
    speakers = sorted([own, *quote.other_speakers], key=lambda named: min(named.citations))
    first = speakers[0]
    return replace(quote, speaker=first.speaker, speaker_role=first.speaker_role, other_speakers=speakers[1:])


def is_whole_statement(quoted: str) -> bool:
    """Whether quoted words are a statement of their own, not a fragment of reported speech: it opens
    on a capital ("Clinton wanted to “keep the details of her treatment under wraps”" does not)."""
    opening = re.search(r"[^\W_]", quoted)
    return opening is not None and not opening.group().islower()


def same_person(a: str, b: str) -> bool:
    """Two names of one speaker: the same last word ("Clinton", "Hillary Clinton")."""
    return a.split()[-1].lower() == b.split()[-1].lower()


def as_statement(quoted: str, most_words: int = QUOTE_WORDS) -> str:
    """Quoted words as a statement: the comma before "she said" becomes a full stop; cuts get an ellipsis.

    A long statement keeps its first sentences up to most_words words, so the memo stays short.
    """
    text = quoted.strip()
    sentences = [text[start:end] for start, end in split_sentences(text, 0, len(text))] or [text]
    kept = sentences[:1]
    for sentence in sentences[1:]:
        if len(" ".join([*kept, sentence]).split()) > most_words:
            break
        kept.append(sentence)
    text = " ".join(kept)
    if text.endswith(","):
        text = text[:-1] + "."
    if text[:1].islower():
        text = "…" + text
    if text[-1:] not in ".!?…" or len(kept) < len(sentences):
        text += " …" if text[-1:] in ".!?" else "…"
    return text


def pick_figures(docs: list[Document], most: int = MAX_FIGURES) -> list[KeyFigure]:
    """Figures that matter: from important sentences, no small counts, each saying what it measures
    (a table row "14 | providers" tells nothing), each fact once. A figure several sources give
    is one row citing them all, with each source's value where they differ."""
    ranked: list[tuple[float, int, Figure]] = []
    told_by: dict[int | None, list[tuple[int, Figure]]] = defaultdict(list)  # each group's figures, by article
    for doc_index, doc in enumerate(docs):
        top = top_score(doc)
        for figure in doc.figures:
            if figure.group is not None:
                told_by[figure.group].append((doc_index, figure))
            sentence = doc.sentence_at(figure.start)
            if sentence is None or is_small_count(figure) or not tells_what_it_measures(figure.measure):
                continue
            topical = FIGURE_TOPIC_BONUS if figure.topic else 0.0
            ranked.append((relative_weight(sentence.score, top) + topical, doc_index, figure))
    ranked.sort(key=lambda item: -item[0])
    picked: list[tuple[int, Figure]] = []
    for _, doc_index, figure in ranked:
        if any(same_fact(figure, other) or (figure.group is not None and figure.group == other.group)
               for _, other in picked):
            continue
        # a figure several sources give is told as its first source tells it, with the others' values beside
        doc_index, figure = min(told_by.get(figure.group, []), default=(doc_index, figure),
                                key=lambda told: (told[0], told[1].start))
        picked.append((doc_index, figure))
        if len(picked) == most:
            break
    # the table reads in the order the articles tell it
    picked.sort(key=lambda item: (item[0], item[1].start))
    rows: list[KeyFigure] = []
    row_start = 0  # where the last row's words begin in its article
    for position, (doc_index, figure) in enumerate(picked):
        source = docs[doc_index].text
        if position and is_pair(source, picked[position - 1], (doc_index, figure)) and not rows[-1].readings:
            # "by 46 percent to 42 percent": one row, as the two only mean something together; the
            # first one's measure says what they measure ("42 percent among likely voters" is no better)
            rows[-1].text = clean(source[row_start:figure.end])
            continue
        row_start = figure.start
        readings = figure_readings(docs, doc_index, figure, told_by.get(figure.group, []))
        rows.append(KeyFigure(text=clean(source[figure.start:figure.end]), measure=figure.measure,
                              value=figure.value, unit=figure.unit,
                              citations=sorted({c for reading in readings for c in reading.citations}),
                              readings=readings if len(readings) > 1 else []))
    return rows


def figure_readings(docs: list[Document], doc_index: int, figure: Figure,
                    group: list[tuple[int, Figure]]) -> list[FigureReading]:
    """The values the sources give for a figure's measure, the figure's own first, each with the
    sources that give it: one reading when they all agree."""
    readings = [FigureReading(clean(docs[doc_index].text[figure.start:figure.end]), [doc_index + 1])]
    values = [figure]
    for other_doc, other in group:
        if other_doc == doc_index or any(other_doc + 1 in reading.citations for reading in readings):
            continue  # one value from each article: its first telling
        same = next((i for i, value in enumerate(values) if same_fact(value, other)), None)
        if same is None:
            values.append(other)
            readings.append(FigureReading(clean(docs[other_doc].text[other.start:other.end]), [other_doc + 1]))
        else:
            readings[same].citations.append(other_doc + 1)
    return readings


TIME_UNIT_WORDS = TIME_NOUNS - {"time", "times"}  # "month for unlimited downloads" opens on a rate's unit


def tells_what_it_measures(measure: str | None) -> bool:
    """At least two words, neither first nor last a word of grammar ("the", "of", "was"), but for
    the particle of a phrasal verb ("task forces set up", "staff laid off"), and not opening on a unit
    of time: that is the figure's rate or unit ("$15 per month for unlimited downloads": "month for
    unlimited downloads"), not what it measures."""
    found = [word.lower() for word in re.findall(r"[\w’'-]+", measure or "")]
    if len(found) < 2 or found[0] in GRAMMAR_WORDS or found[0] in TIME_UNIT_WORDS:
        return False  # ("time since the Dome closed" says what it measures)
    return found[-1] not in GRAMMAR_WORDS or (found[-1] in PARTICLES and "VERB" in parts_of_speech(found[-2]))


def is_pair(text: str, first: tuple[int, Figure], second: tuple[int, Figure]) -> bool:
    """Two figures of one unit told together: "46 percent to 42 percent", "$10.9bn to $11.1bn"."""
    (first_doc, a), (second_doc, b) = first, second
    return (first_doc == second_doc and a.unit == b.unit and a.end <= b.start
            and bool(FIGURE_PAIR_JOIN.fullmatch(text[a.end:b.start])))


FIGURE_PAIR_JOIN = re.compile(r"\s*(?:to|and|versus|vs\.?|against|-|–)\s*")


def is_small_count(figure: Figure) -> bool:
    is_money_or_share = is_currency(figure.unit) or figure.unit in ("%", "pp")
    return not is_money_or_share and figure.value < SMALL_COUNT


def default_title(docs: list[Document], section_names: list[str]) -> str:
    if len(docs) == 1 and docs[0].title:
        return docs[0].title
    section_names = [name for name in section_names if name != OTHER_NEWS]
    if section_names:
        # discovered names hold commas ("Tax, code"), so they are set apart by semicolons
        separator = "; " if any("," in name for name in section_names) else ", "
        return "Briefing: " + separator.join(section_names)
    return docs[0].title or "News briefing"
