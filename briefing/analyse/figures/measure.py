"""What a figure measures: a short noun phrase read from the grammar around it.

The words are the article's, in its order, with one exception: a verb of change or a verb
whose object the figure is becomes the noun it implies ("shares fell 4%" -> "fall in shares",
"invested $10bn in Latin America" -> "investment in Latin America"). Words are told apart by
their class in an English dictionary (LemmInflect's tables) and by the closed lists in lexicon.py.
"""
from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import lru_cache

from briefing.analyse.figures.lexicon import (
    ADVERB_ASIDES,
    AMOUNT_LINKS,
    ASIDE_OPENERS,
    AUXILIARIES,
    BEFORE_VERBS,
    CHANGE_NOUNS,
    CHANGING_VERBS,
    COMPARATIVES,
    CURRENCY_WORDS,
    DASHES,
    DESCRIBING_PARTICIPLES,
    DETERMINERS,
    DIRECTIONS,
    DISTANCE_UNITS,
    DURATION_UNITS,
    ECONOMIES,
    EXPECTING_VERBS,
    EXPECTING_WORDS,
    EXTRA_WORDS,
    EXTREMES,
    FEELING_VERBS,
    FINISH_VERBS,
    FISCAL_WORDS,
    FORESEEN_NOUNS,
    GRAMMAR_WORDS,
    GROUPS,
    HARMED,
    HEARSAY_VERBS,
    HEDGES,
    HOLDER_NOUNS,
    HOLDING_VERBS,
    IMPROVEMENTS,
    INTENSIFIERS,
    KEPT_AS_IS,
    LEADING_PREPOSITIONS,
    LEFT_WORDS,
    LENGTH_VERBS,
    LEVEL_LINKS,
    LEVEL_VERBS,
    MARKET_VERBS,
    MODALS,
    MOMENT_NOUNS,
    MONEY_NOUNS,
    MONEY_VERB_NOUNS,
    MOVING_FORMS,
    NEGATIONS,
    ORDINAL_WORDS,
    OWNABLE,
    OWNER_PREPOSITIONS,
    PART_ORDINALS,
    PARTICLES,
    PASSIVE,
    PASSIVE_VERB_NOUNS,
    PENALTY_FORMS,
    PENALTY_UNITS,
    PER_PERSON,
    PERIOD_ENDS,
    PERIOD_NOUNS,
    PERIOD_PREPOSITIONS,
    PLACING_WORDS,
    PLURALS,
    POSSESSIVES,
    QUANTIFIERS,
    RACE_TITLES,
    RANKINGS,
    RATE_WORDS,
    REACH_LINKS,
    REACH_VERBS,
    RECORD_WORDS,
    RELATIVES,
    RESTATED_NOUNS,
    RESULT_VERBS,
    ROUGH_COUNT_WORDS,
    SCALE_WORDS,
    SCOPE_WORDS,
    SELLING_FORMS,
    SESSION_WORDS,
    SINGLE_TIME_UNITS,
    SMALL_NUMBERS,
    SPAN_OPENERS,
    SPAN_PREPOSITIONS,
    STAKE_VERBS,
    STANDING_PRONOUNS,
    STANDING_VERBS,
    STOP_AFTER,
    SUBJECT_LINKS,
    SUBJECT_PRONOUNS,
    SUING,
    SUM_TO_VERBS,
    SUM_VERB_FORMS,
    TIME_ADJECTIVES,
    TIME_NOUNS,
    TIME_VERB_NOUNS,
    TO_NOUNS,
    TOLD_PRONOUNS,
    TOTALLING_VERBS,
    TRADE_NOUNS,
    TRADE_VERBS,
    TWO_OBJECT_VERBS,
    UNDERTAKINGS,
    UNIT_MEASURES,
    UNMARKED_PLURALS,
    UP_DOWN_VERBS,
    VALUE_LINKS,
    VALUED_NOUNS,
    VERB_ADVERBS,
    VERB_NOUNS,
    VERBS_FIRST,
    WEEKDAYS,
    WHEN_WORDS,
)
from briefing.analyse.figures.quantity import Quantity, Sentences, is_currency, looks_like_year
from briefing.analyse.words import (
    comparative,
    inflected,
    is_superlative,
    parts_of_speech,
    past_participle,
    present_participle,
    singular,
    verb_lemma,
)
from briefing.model import Figure

MOST_WORDS = 8
LONGEST_CLAUSE = 14  # words of a clause a span of time is told of, at most ("the time the ink stays on the finger")
# between a figure and the value it had before: "to $1.13bn for the three months to December, from"
# "to 5.2%, from 5.4%", "to 51.8 from a revised 53.3", "to 785m euros ($1bn) from", "in February, from an adjusted",
# ", up from", " - up from", "to 9.6% in December from"
EARLIER_VALUE = re.compile(r"(?:[^.;:!?,]*(?:,|\s[-–—])\s*(?:(?:up|down)\s+)?"
                           r"|\)?(?:\s+in\s+(?:[A-Z][a-z]+|(?:19|20)\d\d))?\s+)from\s+"
                           r"(?:(?:a|an|the)\s+)?(?:revised|adjusted|previous|prior|record\s+)?\s*")
# "£106m or 47.3%", "0.6% on the month and 6.1% on the year", "20.54 points, or 0.2%": one measure told two ways (not
# "12 and 11 players")
PAIRED = re.compile(r"(?:\s+points)?\s*[,\-–—]?\s*(?:or|(?:on|in|over|for)\s+(?:the|a)\s+"
                    r"(?:month|year|quarter|week|day)\s+(?:and|or))\s+")
# "up 16.75 pence to 293.5p", "fell $12.33 on Tuesday to close at $172.55", "up 8.5p, or 8.1%, to 113.5p"
TO_LEVEL = re.compile(r"(?:\s+on\s+[A-Z][a-z]+day)?,?\s+to\s+(?:(?:close|end|finish|settle|trade)\s+at\s+)?")
# "were up 56 pence, or 7.6%, at 797p", "were 28 pence lower at 925p" (with "closed", a closing price)
AT_LEVEL = re.compile(r"(?:\s+(?:higher|lower))?,?\s+at\s+")
# "bids of £3m, £4m and £5m for Reid": the items of a list share what they measure
LISTED = re.compile(r"\)?\s*(?:,|,?\s+and|,?\s+or)\s+")  # (past a conversion: "$30,000 (£16,000) and $50,000")
# "sell for £339 in the UK and $499 in the US": items of a list told each of its place
LISTED_BY_PLACE = re.compile(r"\s+(?P<place>in\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)"
                             r"\s*(?:,|,?\s+and|,?\s+or)\s+")
# "£5m in 2003, £6m in 2004 and £7m in 2005": items of a list told each of its year
LISTED_BY_YEAR = re.compile(r"\s+(?:(?:in\s+)?(?:19|20)\d\d(?:-\d\d)?|on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)"
                            r"\s*(?:,|,?\s+and|,?\s+or)\s+")  # ("65 flights on Thursday, 180 on Friday")
# "grew 0.1% between October and December and 1.5% on an annual basis": items of a list told each of its time
LISTED_AFTER = re.compile(r"\s+(?P<when>[^,;.()\d]{3,60}?)\s*(?:,|,?\s+and|,?\s+or)\s+")
# "took $881m …, compared with $576m for The Incredibles": the same measure, of another
COMPARED_WITH = re.compile(r"[^.;:!?]*?\b(?:compared (?:with|to)|against|versus|vs\.?)\s+(?:(?:a|the)\s+)?"
                           r"(?:previously\s+)?(?:reported\s+|forecast\s+|expected\s+)?"
                           r"(?:(?P<owner>[\w-]+)(?:['’]s?)\s+)?")  # "compared with females' $93,000"
ASIDE_BEFORE = re.compile(rf",\s*(?:{'|'.join(ASIDE_OPENERS)})\b[^,;:\"“”]*,\s*$")
ADVERB_ASIDE = re.compile(rf",\s*(?:{'|'.join(ADVERB_ASIDES)}),\s*$")
# "R&D", "AT&T"; a title's full stop is part of it ("Mr. Sanders's")
TOKEN = re.compile(r"(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Prof|Rev)\.(?=\s)|[^\W_](?:[\w’'.\-]*[^\W_])?(?:&[^\W_]+)?['’]?"
                   r"|[$£€¥%]|[^\w\s]")
# Prepositions that tie a phrase to the one before ("doses to Colombia", "cost to taxpayers of the Dome").
ATTACHING = frozenset("of for in to from on at by with without against among into over".split())
NOUNS = ("NOUN", "PROPN")
QUOTE_MARKS = ('"', "“", "”")
ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)", re.I)
CHANGE_WORDS = tuple(f"{noun} " for noun in set(CHANGE_NOUNS.values()))
RANKING_PLACES = "places in the ranking"  # what "the top 10" measures, when nothing says what is ranked
TOP_LIST = re.compile(r"\btop[ -](?:\d+|ten|twenty|fifty|hundred)\b(?:\s+list\s+of)?\s+", re.I)
COPULAS = frozenset("is are was were".split())  # "profit was $5m": the subject is the figure
# "Almost a quarter, 22%, said", "three-quarters of respondents (73%)": the same share again, in figures
RESTATED = re.compile(r"\s*,\s*|[^,;.()]*\(\s*")
AVERAGE_OF = re.compile(r"\ban\s+average\s+of\s+$", re.I)
SPACED_HYPHEN = re.compile(r"(?<=\s)-(?=\s)")
SINCE_RECORD = "period since"  # "a six-year high": the period since a level so high
INDEX_POINTS = re.compile(r"\s+points\b")  # "closed up 23 points to 6661.89": the index's move, then its level
CLAUSE_BREAK = re.compile(r"[;\"“”]|[:,]\s")  # where a clause ends, before the figure's own (not "CD:UK")


@dataclass
class Word:
    text: str
    kind: str  # FUNC, NOUN, PROPN, ADJ, VERB, ADV, NUM or PUNCT
    describes: bool = False  # may be an adjective ("safe", "effective")

    @property
    def low(self) -> str:
        return self.text.lower()


def read_words(text: str, opens_sentence: bool) -> list[Word]:
    found: list[Word] = []
    tokens = TOKEN.findall(SPACED_HYPHEN.sub(" – ", text))  # "won two awards - best …": a dash, joining no words
    for i, token in enumerate(tokens):
        readings = parts_of_speech(token.lower())
        kind = word_kind(token, opens_sentence and i == 0)
        if opens_sentence and i == 0 and kind == "NOUN" and len(tokens) > 1 \
                and token.lower() not in WHEN_WORDS | TIME_ADJECTIVES \
                and tokens[1][0].isupper() and tokens[1].lower() not in GRAMMAR_WORDS:
            kind = "PROPN"  # the first word of a name: "Wells Fargo was fined", "Fox Entertainment Group generated"
        leading = next((w for w in reversed(found) if w.low not in VERB_ADVERBS and w.kind != "ADV"), None)
        # ("interest rates still stand": a noun, an adverb of verbs, then the verb)
        after_adverb = len(found) > 1 and found[-1].low in VERB_ADVERBS and found[-2].kind in NOUNS
        if leading is not None and (leading.low in BEFORE_VERBS | SUBJECT_PRONOUNS | {"who"} or after_adverb
                                    or leading.low.endswith(("n't", "n’t"))) and "VERB" in readings \
                and kind in ("NOUN", "ADJ"):
            kind = "VERB"  # "would raise", "to support", "donors who pitch in", "they save", "it now stands",
            # "didn't think"
        elif found and found[-1].kind == "VERB" and token.lower() in PARTICLES and "VERB" not in readings \
                and kind in ("NOUN", "ADJ"):
            kind = "ADV"  # "set aside for legal reserves", "given away": part of the verb, not a thing
        if token == "A" and found and found[-1].kind == "PROPN":
            kind = "PROPN"  # "20 Serie A appearances", "Plan A": the end of a name, no article
        if token.lower() in MODALS and token[0].isupper() and found and (
                found[-1].kind == "PROPN" or (i + 1 < len(tokens) and tokens[i + 1][0].isupper())):
            kind = "PROPN"  # "rival May Department Stores", "Theresa May": a name, not "may"
        if opens_sentence and i == 0 and kind != "PROPN":
            token = token.lower()  # "Shares in Ask Jeeves fell": "fall in shares in Ask Jeeves"
        found.append(Word(token, kind, "ADJ" in readings))
    return found


def word_kind(token: str, first: bool) -> str:
    low = token.lower()
    if not token[0].isalnum() or token in ("'", "’"):
        return "PUNCT"
    if ORDINAL.fullmatch(token) or (low in ORDINAL_WORDS and not (token[0].isupper() and not first)):
        return "ADJ"  # "Three 50th Anniversary Special Awards"
    if token[0].isdigit():
        return "NUM"
    if len(token) > 1 and token.isupper():
        return "PROPN"  # "US", "BA", not "us"
    if low in HEDGES:
        return "ADV"
    if low in VERBS_FIRST:
        return "VERB"
    if low in GRAMMAR_WORDS or low.endswith(("n't", "n’t")):
        return "FUNC"  # (and "didn't", "won't": not names the dictionary lacks)
    if (short := re.sub(r"['’](?:s|re|ve|ll|d|m)$", "", low)) != low and short in GRAMMAR_WORDS \
            and (first or token[0].islower() or short in DETERMINERS | SUBJECT_PRONOUNS | {"there"}):
        return "FUNC"  # "that’s", "it's", "we're", "That's" opening a quote; not "May's debt" inside a sentence
    bare = re.sub(r"['’]s?$", "", low)
    readings = parts_of_speech(bare)
    if token[0].isupper() and (not first or not readings):
        return "PROPN"
    if not readings:
        return "NOUN"  # a word the dictionary lacks is most often a name for a thing ("neo-banks", "e-tron")
    if "VERB" in readings and (low.endswith(("ed", "ing")) or ("NOUN" not in readings and "ADJ" not in readings)):
        return "VERB"
    for kind in ("NOUN", "ADJ", "VERB"):
        if kind in readings:
            return kind
    return "ADV"


def measure_of(text: str, quantity: Quantity, bounds: Sentences, previous: Figure | None = None) -> str | None:
    """A noun phrase of up to eight words naming what the figure measures, else a few words around it.

    `previous` is the figure before this one in the text, whose measure a change may be of, and which "the
    figure" stands for: "the Tax Foundation puts the figure at $498 billion", "In 2003 the figure was 29%".
    """
    measure = told_measure(text, quantity, bounds, previous)
    if measure and AVERAGE_OF.search(text, max(0, quantity.start - 20), quantity.start) \
            and measure.startswith((*CHANGE_WORDS, "share ", "number ")) and len(measure.split()) < MOST_WORDS:
        measure = f"average {measure}"  # "rise by an average of about 4%": average rise in council tax (not
        # "an average of 10.9m viewers")
    if measure in RESTATED_NOUNS and previous is not None and previous.measure \
            and previous.measure not in RESTATED_NOUNS and alike_units(previous.unit, quantity.unit):
        sentence_start, _ = bounds.around(quantity.start)
        earlier = bounds.before(sentence_start)
        if previous.start >= (earlier[0] if earlier else sentence_start):
            return previous.measure
    return measure


def opening_change(measure: str) -> str | None:
    """The change a measure opens with, and its space: "rise in profits" ("rise ")."""
    return next((noun for noun in CHANGE_WORDS if measure.startswith(f"{noun}in ")), None)


def level_reached(measure: str, changed: str, quantity: Quantity) -> str:
    """Where what a change measure is of ended: "rise in shares in SSL" (price of shares in SSL, for a sum)."""
    level = measure[len(f"{changed}in "):].split(" ")
    level = level[1:] if len(level) > 1 and level[0] in DETERMINERS else level
    # where a share's price ended: "shares in SSL … up 16.75 pence to 293.5p"
    priced = quantity.kind == "money" and any(word.lower() in ("shares", "stock") for word in level)
    return " ".join(["price", "of", *level] if priced else level)


def alike_units(unit: str, other: str) -> bool:
    return unit == other or (is_currency(unit) and is_currency(other))


def told_measure(text: str, quantity: Quantity, bounds: Sentences, previous: Figure | None) -> str | None:
    """The measure as the figure's own sentence tells it."""
    sentence_start, sentence_end = bounds.around(quantity.start)
    breaks = [sentence_start, *(m.end() for m in CLAUSE_BREAK.finditer(text, sentence_start, quantity.start))]
    clause_start = breaks[-1]
    if len(breaks) > 1 and text.startswith("from ", clause_start):
        clause_start = breaks[-2]  # "revised down the jobs gains in December, from 157,000 to 133,000"
    aside = ASIDE_BEFORE.search(text, sentence_start, clause_start) if len(breaks) > 2 else None
    if len(breaks) > 2 and not aside and (adverb := ADVERB_ASIDE.search(text, sentence_start, clause_start)) \
            and (verb := read_words(text[clause_start:quantity.start], False)[:1]) \
            and ("VERB" in parts_of_speech(verb[0].low) or verb[0].low in AUXILIARIES):
        aside = adverb  # "The current account deficit, meanwhile, hit a record $166bn": the deficit hit it
    if aside:
        clause_start = max(b for b in breaks if b <= aside.start())
    cut = (aside.start(), aside.end()) if aside else None
    if not aside and (subject_end := subject_apart(text, breaks, clause_start, quantity.start)):
        cut, clause_start = (subject_end, clause_start), sentence_start
    opens = clause_start == sentence_start and not named_elsewhere(text, clause_start)
    told = f"{text[clause_start:cut[0]]} {text[cut[1]:quantity.start]}" if cut else text[clause_start:quantity.start]
    before = without_asides(read_words(told, opens))
    if quantity.closes_range:
        before = without_range_start(before)  # "Turnover rose 2-(3%)": what rose
    if [w.low for w in before[-3:-1]] in (["a", "total"], ["an", "average"]) and before[-1].low == "of":
        before = before[:-3]  # "agreed to pay a total of $515m", "cut by an average of £40": what is paid, cut
    described = len(before)
    while described and (before[described - 1].kind == "ADJ" or before[described - 1].low in EXTRA_WORDS):
        described -= 1
    if described < len(before) and described > 1 and before[described - 1].low in ("a", "an") \
            and before[described - 2].low in LEVEL_LINKS:
        before = before[:described - 1]  # "rates stand at a punitive 17.25%", "pushed the deficit to a record $427bn"
    if quantity.kind == "money" and len(before) > 1 and before[-1].low in SUM_VERB_FORMS \
            and (before[-2].kind in NOUNS or before[-2].low in RELATIVES):
        # "Labour's campaign cost £1.7m", "Hendrix guitar fetches £100,000": no "a cost of" but a verb
        before[-1] = Word(before[-1].text, "VERB")
    # a range's lower end written bare is read as the whole range: "two or three warning letters" (warning letters)
    after = without_scare_quotes(read_words(text[quantity.range_end or quantity.end:sentence_end], False))
    if quantity.kind == "count" and after and after[0].kind == "VERB" and re.fullmatch(r"[a-z]+[^s]s", after[0].text) \
            and before and ((before[-1].kind == "VERB" and not article_before(before, before[-1:]))
                            or before[-1].low in DETERMINERS):
        # "fired 19 aces", "his 19 aces": the object counts things, not what one does ("a reading above 50 indicates")
        after[0] = Word(after[0].text, "NOUN")
    kept = next((idiom for idiom in KEPT_AS_IS if re.search(rf"\b{idiom} at\s*$", told, re.I)), None)
    if kept:  # "rates will stay on hold at 4.75%": stay at 4.75%
        before = [*before[:len(before) - len(kept.split()) - 1], before[-1]]
    if quantity.unit in DURATION_UNITS and text.startswith("within ", quantity.start):
        before = [*before, Word("within", "FUNC")]  # "within three years": a span, whatever it qualifies
    elif re.search(r"\bas (?:low|high) as\s*$", told) and len(before) > 3 and before[-4].low in CHANGE_NOUNS:
        before = [*before[:-3], Word("to", "FUNC")]  # "poverty could fall as low as 15.3%": where it ends
    elif re.match(r"(?:below|above|under|beyond)\s", text[quantity.start:quantity.start + 8], re.I) and before \
            and before[-1].low in CHANGE_NOUNS and (before[-1].kind == "VERB" or not before[-1].low.endswith("s")):
        # "inflation dipped below 20%": where it ended, not by how much (not "keep council tax rises below 5%")
        before = [*before, Word("to", "FUNC")]
    elif text.startswith("up to ", quantity.start) and before and before[-1].kind in NOUNS \
            and any(w.kind == "VERB" and verb_lemma(w.low) in CHANGING_VERBS for w in before[-4:]):
        before = [*before, Word("to", "FUNC")]  # "pushed rates up to 2.25%": where the rates ended, not a limit
    if previous is not None and previous.measure and sentence_start <= previous.start \
            and RESTATED.fullmatch(text, previous.end, quantity.start) and alike_units(previous.unit, quantity.unit) \
            and after and after[0].text in (",", ")"):
        return previous.measure
    if before and after and before[-1].text == "(" and after[0].text == ")":
        before, after = before[:-1], after[1:]  # "More than half (55%) of the respondents": the share of them
    if previous is not None and previous.measure and sentence_start <= previous.start:
        if PAIRED.fullmatch(text, previous.end, quantity.start) and not (after and after[0].low == "of"):
            return previous.measure  # "rose by £106m or 47.3%", "rose 0.6% on the month and 6.1% on the year"
        if (shared := shared_measure(text, quantity, previous, before, after)):
            return shared
        counts_other = bool(after) and after[0].kind in NOUNS and not is_time(after[:1])  # "from 20 dealers"
        if EARLIER_VALUE.fullmatch(text, previous.end, quantity.start) and not counts_other:
            # "the jobless rate fell to 5.2%, from 5.4%": the same rate, before; "up 8.1% from 9.26bn euros": what rose
            changed = opening_change(previous.measure)
            return previous.measure[len(f"{changed}in "):] if changed else previous.measure
        # "the services sector, which accounts for nearly three-quarters of the economy, grew 1.0%": the sector
        # grew, as the clause read past the aside says, not the share in it
        inside_aside = aside is not None and aside.start() < previous.start
        if not inside_aside and (change_of := change_after(previous.measure, text[previous.end:clause_start], before,
                                                           after)):
            return change_of
        if quantity.unit in DURATION_UNITS and clause_start <= previous.start \
                and (previous.unit in ("%", "pp") or is_currency(previous.unit)) and (
                    # a sum or a share, not "the 60m title" nor "the two women spoke"
                period := span_of(read_words(text[previous.end:quantity.start], False), after, previous.measure)):
            return period
    counts_after = quantity.kind == "count" and bool(after) and after[0].kind in NOUNS  # "adding 10 points"
    if len(breaks) > 1 and not counts_after \
            and (changed := change_told_apart(text[breaks[-2]:clause_start], before, opens and len(breaks) == 2)):
        return changed
    if clause_start > sentence_start and (put := antecedent(text[sentence_start:clause_start], before, after,
                                                            not named_elsewhere(text, sentence_start))):
        return " ".join(w.text for w in put)
    told_of = [before]
    if quantity.unit in DURATION_UNITS and len(before) > 1 and before[0].low in ("who", "which") \
            and (before[1].kind in ("VERB", "ADV") or before[1].low in AUXILIARIES) and clause_start > sentence_start:
        # "the Dutchman, who has not played for three months": read again with the thing in place of "who" (the time
        # the Dutchman has not played), where the clause alone says nothing; not "which he had represented", where
        # "which" is the object
        earlier = read_words(text[sentence_start:clause_start].rstrip(" ,"), not named_elsewhere(text, sentence_start))
        antecedent_words = phrase_before(earlier)
        antecedent_words = nearest_group(antecedent_words) if before[0].low == "who" else antecedent_words
        if antecedent_words:
            told_of.append([*article_before(earlier, antecedent_words), *antecedent_words, *before[1:]])
    if (pronoun := standing_pronoun(before)) is not None \
            and (thing := thing_named_before(earlier_clauses(text, bounds, sentence_start, clause_start))):
        # read first with the thing in place of the pronoun, then as written
        told_of.insert(0, [*before[:pronoun], Word("the", "FUNC"), *thing, *before[pronoun + 1:]])
    for words in told_of:
        if (read := first_reading(words, after, quantity)):
            if read == RANKING_PLACES and (ranked := ranked_earlier(text, quantity.start)):
                return f"{ranked} in the ranking"  # "the top 10", after "a top 100 list of gadgets": gadgets
            return read
    # a change in percent or index points, then the level it reached, where no reading says what that is: "exports
    # to China grew 34%, to $14bn", "closed up 23 points to 6661.89"
    by_points = INDEX_POINTS.match(text, previous.end) if previous is not None else None
    if previous is not None and (previous.unit == "%" or by_points) and previous.measure \
            and sentence_start <= previous.start and not counts_after \
            and TO_LEVEL.fullmatch(text, by_points.end() if by_points else previous.end, quantity.start) \
            and (changed := opening_change(previous.measure)):
        return level_reached(previous.measure, changed, quantity)
    nearby = nearby_words(text, quantity, sentence_start, sentence_end)
    if nearby is None:
        return None
    # the words around, from the first that names something: never a verb or a stray hyphen first
    words = read_words(nearby, False)
    while words and (words[0].kind not in (*NOUNS, "ADJ") or words[0].low in WHEN_WORDS or is_number(words[0])):
        words = words[1:]  # nor a day: "(raised $16bn) Monday at a value"
    joined = next((i for i in range(1, len(words) - 1) if words[i].low in ("and", "but", "or")
                   and words[i + 1].kind == "VERB" and words[i - 1].kind != "VERB"
                   and not (i + 2 < len(words) and words[i + 2].kind in NOUNS)),
                  len(words))  # (not "the perpetrators and stolen items" nor "expenses saved or invested")
    words = trimmed(words[:joined])  # "at the meeting in France but failed to clear it": not what failed
    relative = max((i for i, w in enumerate(words) if w.low in RELATIVES), default=0)
    if relative and not any(w.kind in NOUNS for w in words[relative:]):
        words = trimmed(words[:relative])  # "iPod mini model which can hold" (6GB): the model
    # "India's defence budget has also been raised" (to 830bn rupees): the budget; not where the verb names its
    # object ("Analysts have valued the six tracks")
    finite = next((i for i, w in enumerate(words) if i and w.low in AUXILIARIES), None)
    if finite and any(w.kind in NOUNS for w in words[:finite]) and not any(w.kind in NOUNS for w in words[finite:]):
        words = trimmed(words[:finite])
    return " ".join(w.text for w in words) if any(w.kind in NOUNS for w in words) else None


def without_scare_quotes(words: list[Word]) -> list[Word]:
    """The words without quote marks around one or two of them ('cut £35bn in "wasteful" spending')."""
    kept: list[Word] = []
    i = 0
    while i < len(words):
        close = next((j for j in (i + 2, i + 3) if j < len(words) and words[j].text in QUOTE_MARKS), None) \
            if words[i].text in QUOTE_MARKS else None
        if close is not None and all(w.kind != "PUNCT" for w in words[i + 1:close]):
            kept += words[i + 1:close]
            i = close + 1
        else:
            kept.append(words[i])
            i += 1
    return kept


def subject_apart(text: str, breaks: list[int], clause_start: int, end: int) -> int | None:
    """Where the subject ends when commas part it from the figure's clause, which opens on its verb: "The mill,
    Krivorizhstal, was sold for $800m", "Son of the Mask, came in at number four with $7.7m"; not "In London,
    prices rose" nor "Sales rose 5%, beating forecasts"."""
    if len(breaks) < 2 or clause_start != breaks[-1] or text[breaks[1] - 2:breaks[1]] != ", ":
        return None
    verbs = [w for w in read_words(text[clause_start:end], False) if w.kind != "ADV"][:1]
    if not verbs or not (verbs[0].low in AUXILIARIES
                         or (verbs[0].kind == "VERB" and not is_participle(verbs[0]))
                         or (verbs[0].low in CHANGE_NOUNS and not verbs[0].low.endswith("s")
                             and verbs[0].low not in ("up", "down", "higher", "lower"))):  # "fell"; not "…, up 30.5%"
        return None
    subject = read_words(text[breaks[0]:breaks[1] - 2], True)
    if not subject or not (subject[0].kind in (*NOUNS, "ADJ") or subject[0].low in DETERMINERS) \
            or any(w.kind == "VERB" or w.low in PASSIVE | MODALS for w in subject) or not names_a_thing(subject):
        return None
    return breaks[1] - 2


def first_reading(before: list[Word], after: list[Word], quantity: Quantity) -> str | None:
    """The measure the first reading of the figure's kind that names a thing gives."""
    for reading in READINGS[quantity.kind]:
        phrase = reading(before, after, quantity)
        while phrase and (phrase[-1].kind in ("FUNC", "PUNCT", "ADJ", "ADV") or phrase[-1].low in SPAN_OPENERS
                          or (owns(phrase[-1]) and len(phrase) > 1)):  # "… of the world's" (largest companies)
            phrase = phrase[:-1]  # cut at eight words inside a group: "… at a regional"; "… over the past" (50 years)
        if phrase and any(w.kind in NOUNS for w in phrase):
            return " ".join(w.text for w in phrase)
    return None


def standing_pronoun(before: list[Word]) -> int | None:
    """Where "it" or "this" stands for what the figure measures: opening a clause whose verbs put it at the
    figure or change it ("it was 13 weeks", "it has risen to 5%"), or after a verb that changes it ("increased
    this from £6 to £10"); not "it employs" nor "it said"."""
    for i, word in enumerate(before):
        if word.low not in STANDING_PRONOUNS:
            continue
        # (past a first figure: "increased this from £6 to")
        rest = [w for w in before[i + 1:] if w.kind not in ("ADV", "NUM", "PUNCT") and w.low not in SCALE_WORDS]
        opening = all(w.kind in ("ADV", "PUNCT") or w.low in ("and", "but", "so") for w in before[:i])
        if opening and any(verb_lemma(w.low) in STANDING_VERBS for w in rest) and all(
                w.low in PASSIVE | MODALS | BEFORE_VERBS | PARTICLES | VERB_ADVERBS | {"at", "by", "from"}
                or verb_lemma(w.low) in STANDING_VERBS or w.low in EXPECTING_WORDS for w in rest):
            return i
        changed = i > 0 and before[i - 1].kind == "VERB" and verb_lemma(before[i - 1].low) in CHANGING_VERBS
        if changed and rest and all(w.low in PARTICLES | {"to", "by", "from"} for w in rest):
            return i
    return None


def earlier_clauses(text: str, bounds: Sentences, sentence_start: int, clause_start: int) -> list[tuple[str, bool]]:
    """The clauses before the figure's own, nearest first, back to the start of the sentence before; each with
    whether it opens its sentence."""
    clauses: list[tuple[str, bool]] = []
    spans = [(sentence_start, clause_start)]
    if (earlier := bounds.before(sentence_start)) is not None:
        spans.append(earlier)
    for start, end in spans:
        breaks = [start, *(m.end() for m in CLAUSE_BREAK.finditer(text, start, end)), end]
        clauses.extend((text[a:b], a == start) for a, b in reversed(list(itertools.pairwise(breaks))) if a < b)
    return clauses


def thing_named_before(clauses: list[tuple[str, bool]]) -> list[Word] | None:
    """The thing the nearest clause before names last, which "it" or "this" stands for: "We have already doubled
    the length of maternity pay, it was 13 weeks" (the length of maternity pay), "BA introduced a fuel
    surcharge for passengers. In October, it increased this" (the fuel surcharge for passengers, past a clause
    that only says when). A person, a firm or a time is not such a thing."""
    for clause, opens in clauses:
        words = trimmed(read_words(clause, opens))
        if not names_a_thing(words):
            continue
        thing = phrase_before(words)
        if thing and thing[-1].kind == "NOUN" and not is_time(thing) and thing[0].low not in SUBJECT_PRONOUNS:
            return thing
        return None
    return None


def shared_measure(text: str, quantity: Quantity, previous: Figure, before: list[Word],
                   after: list[Word]) -> str | None:
    """What a figure shares with the one before it in its sentence: an item of a list ("bids of £3m, £4m and
    £5m"), the level a change ends at ("up 16.75 pence to 293.5p"), a value compared with it ("took $881m,
    compared with $576m for The Incredibles": takings for The Incredibles)."""
    measure = previous.measure or ""
    # "12 and 11 players", "10 or 15% of the processor", "24% who said": the figure says what it measures
    owns_noun = bool(after) and ((after[0].kind in NOUNS and not is_time(after[:1]))
                                 or after[0].low in RELATIVES | {"of"} or after[0].low in CHANGE_NOUNS)
    # (a bare count after a count of things: "65 flights on Thursday, 180 on Friday")
    alike = alike_units(previous.unit, quantity.unit) or (
        quantity.unit == "items" and quantity.kind == "count" and not is_currency(previous.unit)
        and previous.unit not in ("%", "pp"))
    between = text[previous.end:quantity.start]
    by_place = LISTED_BY_PLACE.fullmatch(between)
    # (past the thing the first counts: "65 flights on Thursday, 180 on Friday")
    by_when = LISTED_BY_YEAR.fullmatch(between) or LISTED_BY_YEAR.fullmatch(between.removeprefix(f" {previous.unit}")) \
        or ((told := LISTED_AFTER.fullmatch(between)) is not None and says_when(read_words(told["when"], False)))
    if (LISTED.fullmatch(between) or by_place or by_when) and alike and not owns_noun:
        own_place, _ = attachment(after, 0)
        if by_place and measure.endswith(f" {by_place['place']}") and own_place and own_place[0].low == "in":
            # "30% in Frankfurt, 31% in New York": each in its own place
            return f"{measure[:-len(by_place['place'])]}{' '.join(w.text for w in own_place)}"
        return measure
    changed = opening_change(measure)
    at_level = AT_LEVEL.fullmatch(between) and not any(verb_lemma(w.low) in MARKET_VERBS for w in before)
    if changed and ((TO_LEVEL.fullmatch(between) and alike) or (at_level and not owns_noun)):
        return level_reached(measure, changed, quantity)
    compared_with = COMPARED_WITH.fullmatch(between)
    if not compared_with or not alike or owns_noun:
        return None
    attached, _ = attachment([w for w in after[past_conversion(after):] if w.kind != "PUNCT"][:MOST_WORDS], 0)
    attached = [] if is_time(attached[1:]) else attached  # "compared with 0.5% in the previous quarter": when
    if compared_with["owner"] and not attached:  # "a median salary of $98,000, compared with females' $93,000"
        attached = [Word("of", "FUNC"), Word(compared_with["owner"], "NOUN")]
    measured = read_words(measure, False)
    # "about 25 percent of top executives in the private sector, compared with about 32 percent in the federal
    # government": the same share, in the government; "takings by the film, compared with $576m for The
    # Incredibles": takings, for The Incredibles
    cut = next((i for i in range(1, len(measured)) if attached and measured[i].low in ATTACHING - {"of"}),
               len(measured))
    return " ".join(w.text for w in [*measured[:cut], *attached]) if cut + len(attached) <= MOST_WORDS else None


def named_elsewhere(text: str, start: int) -> bool:
    """Whether the word at `start`, opening a sentence, is a name: the text capitalises it inside a sentence
    too ("China's Shanghai Composite slumped 0.2%": China, not china)."""
    first = re.match(r"[A-Z][a-z]+", text[start:start + 40])
    # not "The" ("… The Incredibles")
    return first is not None and first.group(0).lower() not in GRAMMAR_WORDS \
        and first.group(0) in capitalised_inside(text)


@lru_cache(maxsize=8)  # the figures of one text ask again and again: it is read once, and few texts are kept
def capitalised_inside(text: str) -> frozenset[str]:
    """The capitalised words the text has inside its sentences (after a lower-case word or a comma)."""
    return frozenset(re.findall(r"(?<=[a-z,;] )([A-Z][a-z]+)\b", text))


def without_asides(words: list[Word]) -> list[Word]:
    """The words without a short aside in brackets: "its purchasing manager index (PMI) fell to 51.8" (an
    abbreviation, a gloss) reads as "its purchasing manager index fell to"; nor one between dashes: "the tapes -
    which were owned by the engineer - are valued at" reads as "the tapes are valued at"."""
    kept: list[Word] = []
    i = 0
    while i < len(words):
        closing = next((j for j in range(i + 1, min(i + 6, len(words))) if words[j].text == ")"), None)
        if words[i].text == "(" and closing is not None and not any(w.kind == "NUM" for w in words[i:closing]):
            i = closing + 1
            continue
        dash = next((j for j in range(i + 2, min(i + 16, len(words))) if words[j].text in DASHES), None) \
            if words[i].text in DASHES and i else None
        if dash is not None and dash + 1 < len(words):
            i = dash + 1
            continue
        kept.append(words[i])
        i += 1
    return kept


def change_after(measured: str, between: str, before: list[Word], after: list[Word]) -> str | None:
    """"a profit of $3.36bn, up 27%": the rise in what the figure before measures, where only a comma
    (ending that figure's clause) stands between them and the change opens this clause."""
    between = between.rstrip()
    if not between.endswith(",") or CLAUSE_BREAK.search(between[:-1]):
        return None
    changed = [w.low for w in before if w.kind != "ADV"]
    if not changed and after and after[0].kind != "NOUN":
        changed = [after[0].low]  # "14.27 million tonnes of crops, 24% higher than in 2003"
    if not names_a_thing(read_words(measured, False)) or measured.startswith(SINCE_RECORD):
        return None  # "closed on Tuesday at $185.25, up 0.35%", "down for four straight years, down 60%", "at a
        # six-year high in 2004, up 35%" (not a rise in the six years)
    if len(changed) == 1 and changed[0] in CHANGE_NOUNS and not measured.startswith(CHANGE_WORDS):
        return f"{CHANGE_NOUNS[changed[0]]} in {measured}"
    if len(changed) == 1 and changed[0] in CHANGE_NOUNS and measured.startswith(f"{CHANGE_NOUNS[changed[0]]} in "):
        return measured  # "rose by 17% …, up 23,600": the same rise, told in a count
    return None


def change_told_apart(earlier: str, before: list[Word], opens: bool) -> str | None:
    """A change told after a comma, alone, is of what the clause before it tells of: "Brent crude also rose in
    London trading, adding $1.89" (rise in Brent crude), "The deficit with China, up 30.5%" (rise in the
    deficit with China), "investment in fixed assets was still high, up 21.3%"."""
    changed = [w for w in before if w.kind != "ADV" and w.low != "by"]
    # "broadband customers also increased, rising to 5.1 million": where what rose ended
    reached = len(changed) == 2 and changed[1].low == "to" and is_participle(changed[0])
    changed = changed[:1] if reached else changed
    # (a verb told after an aside has its subject before the aside: "GDP, on an annualised basis, fell 0.5%")
    if len(changed) != 1 or changed[0].low not in CHANGE_NOUNS or not earlier.rstrip().endswith(",") \
            or not (changed[0].low in ("up", "down") or is_participle(changed[0])) or re.search(r"\d", earlier):
        return None
    told_apart = re.sub(r"\s*\([^()]*\)", "", earlier.rstrip()[:-1])  # "The Karachi Stock Exchange (KSE)"
    words = [w for w in read_words(told_apart, opens) if w.low not in VERB_ADVERBS]
    # (not a participle, nor a verb that describes: "in fixed assets", "the currently traded stock")
    verbs = [i for i, w in enumerate(words) if (w.kind == "VERB" and not is_participle(w) and not (
        i and (words[i - 1].low in DETERMINERS | ATTACHING or words[i - 1].kind == "ADV"))) or w.low in PASSIVE
             or (w.low in CHANGE_NOUNS and w.low not in COMPARATIVES | {"up", "down"} and not w.low.endswith("s"))]
    told = words[:verbs[-1] if verbs else len(words)]  # the clause's last verb: its subject is what changed
    while told and (told[-1].low in PASSIVE | BEFORE_VERBS):
        told = told[:-1]
    # the whole subject where it is short ("overall investment in fixed assets"), else its last noun group
    subject = trimmed([w for w in told[verbs[-2] + 1 if len(verbs) > 1 else 0:] if not is_number(w)])
    subject = subject if len(subject) <= MOST_WORDS - 2 else phrase_before(told)
    if not names_a_thing(subject) or is_time(subject):
        return None
    if reached:
        return " ".join(w.text for w in subject[-MOST_WORDS:])
    return f"{CHANGE_NOUNS[changed[0].low]} in {' '.join(w.text for w in subject[-(MOST_WORDS - 2):])}"


def antecedent(earlier: str, before: list[Word], after: list[Word], opens: bool = True) -> list[Word] | None:
    """What a clause of "which" says of the thing it follows: "legal reserves, which it previously set at
    $500m" (legal reserves), "voter turnout, which fell to 59%" (voter turnout), "which rose 5%" (rise
    in it); not "which employs 5,000 people", where the figure counts what follows. So does an aside
    of worth: "Pernod, worth 7.5bn euros," (value of Pernod)."""
    link = next((i for i, w in enumerate(before[:3]) if w.low in VALUE_LINKS), None)  # "which is now worth"
    if link is not None and all(w.kind in ("FUNC", "ADV") for w in before[:link]) \
            and all(w.low in VALUE_LINKS | {"at"} for w in before[link:]):
        words = read_words(earlier.rstrip().rstrip(","), opens)
        thing = phrase_before(words)
        told = [Word("value", "NOUN"), Word("of", "FUNC")]
        return fitting([*told, *article_before(words, thing), *thing], [*told, *thing]) if thing else None
    if len(before) < 2 or before[0].low != "which" or (after and (
            (after[0].kind in NOUNS and not is_time(after[:1])) or after[0].low == "of")):
        return None  # "which has lost 80% of its stock value": a share of what follows
    told = [w for w in before[1:] if w.kind != "ADV" and w.low not in AUXILIARIES]
    # "inflation, which is currently 1.6%": the thing's level; not "which are 20% less profitable"
    level = [w.low for w in before[1:] if w.kind != "ADV"] in ([c] for c in COPULAS) \
        and not (after and (after[0].low in COMPARATIVES or after[0].kind in ("ADJ", "ADV")))
    if not told and not level:
        return None
    put = level or (told[0].low in SUBJECT_PRONOUNS and len(told) > 2 and told[-1].low in ("at", "be", "as", "to"))
    # "its tax rate, which currently goes as high as 39.6 percent", "debt, which stands at £2bn": the thing's level
    put = put or (verb_lemma(told[0].low) in REACH_VERBS and all(w.low in REACH_LINKS for w in told[1:]))
    # "which fell", not "which lost $646m": what a thing did of itself, not to something
    changed = bool(told) and CHANGE_NOUNS.get(told[0].low) in ("rise", "fall", "growth") and (
        len(told) == 1 or told[-1].low in ("to", "by"))
    if not (put or changed):
        return None
    thing = phrase_before(read_words(earlier.rstrip().rstrip(","), opens))
    while any(w.kind == "VERB" for w in thing):
        thing = thing[1:]  # "ways of boosting voter turnout": voter turnout
    if not thing or put or told[-1].low == "to":
        return thing or None
    return [Word(CHANGE_NOUNS[told[0].low], "NOUN"), Word("in", "FUNC"), *thing][:MOST_WORDS]


def names_a_thing(words: list[Word]) -> bool:
    """Whether the words name something other than a time ("straight years", "Tuesday", "last" do not)."""
    return any(w.kind in NOUNS and w.low not in TIME_NOUNS | WHEN_WORDS | TIME_ADJECTIVES for w in words)


def level_first(before: list[Word], after: list[Word], quantity: Quantity) -> list[Word] | None:
    """A level told before the clause it is the level of is its subject's: "At 2.6%, inflation remains within the
    Bank's target range" (inflation)."""
    if [w.low for w in before] != ["at"] or len(after) < 2 or after[0].text != ",":
        return None
    subject, end = noun_group(after, 1 + (after[1].low in DETERMINERS))
    if len(subject) > 1 and "VERB" in parts_of_speech(subject[-1].low):
        return subject[:-1]  # "inflation remains": the noun group reads the verb as a noun
    return subject if subject and end < len(after) and "VERB" in parts_of_speech(after[end].low) else None


def owned_share(before: list[Word], after: list[Word], quantity: Quantity) -> list[Word] | None:
    """A share a thing is owned by is the owner's stake in it: "IPC is 46%-owned by Reliance Industries" (Reliance
    Industries' stake in IPC), "The company is 85% owned by the government", "firms at least 51% Russian-owned"
    (Russian stake in firms)."""
    start = 1 if after and after[0].text == "-" else 0
    if len(after) <= start:
        return None
    if after[start].low.endswith("-owned") and len(after[start].low) > len("-owned"):
        owner = [Word(after[start].text[:-len("-owned")], "PROPN")]
    elif after[start].low == "owned" and len(after) > start + 2 and after[start + 1].low == "by":
        owner = phrase_after(after, start + 2)
        owner = owner[:next((i for i, w in enumerate(owner) if w.low in RELATIVES), len(owner))]
        if not owner:
            return None
        the = [w for w in after[start + 2:start + 3] if w.low == "the"]
        owner = [*the, *owner[:-1], possessive(owner[-1], "PROPN")]
    else:
        return None
    held = [w for w in before if w.kind != "ADV" and w.low not in HEDGES]
    while held and (held[-1].low in PASSIVE | MODALS | COMPARATIVES | {"than"}):
        held = held[:-1]  # "no listed company can be more than (80% owned)"
    thing = phrase_before(held)
    stake = [*owner, Word("stake", "NOUN")]
    return at_most_eight([*stake, Word("in", "FUNC"), *article_before(held, thing), *thing]) if thing else stake


def share_of(before: list[Word], after: list[Word], quantity: Quantity) -> list[Word] | None:
    """"20% of the vote": the share of the vote."""
    if after and after[0].low == "of":
        the = [w for w in after[1:2] if w.low in DETERMINERS | {"all"}]  # "55% of all passengers"
        start = 1 + len(the)
        while start < len(after) and ((after[start].kind == "NUM" and "-" not in after[start].text)
                                      or after[start].low in SCALE_WORDS or (the and after[start].text == ",")
                                      or (start > 1 and after[start].text == "," and after[start - 1].kind == "NUM")):
            start += 1  # "90% of the 2,200 employees": the employees (the count is a figure of its own)
        phrase = phrase_after(after, start)
        if not phrase and start < len(after) and after[start].kind == "NUM" \
                and (aged := phrase_after(after, start + 1)):
            phrase = [after[start], *aged]  # "a quarter of 14-16 year olds": an age group, no figure of its own
        if not phrase and [w.low for w in the] == ["those"] and start < len(after) and (
                is_participle(after[start]) or (after[start].kind == "VERB" and is_past_participle(after[start]))):
            phrase = [after[start]]  # "51% of those polled", "of those waiting": the share of those polled
            if after[start].low == "aged" and start + 1 < len(after) and after[start + 1].kind == "NUM":
                phrase.append(after[start + 1])  # "14% of those aged 30-39": the age says who
        if not phrase:
            return None
        verbs = [w for w in before if w.kind == "VERB" or "VERB" in parts_of_speech(w.low)][-1:]
        group, _ = noun_group(after, start)  # its head: "the top positions in FTSE 100 companies" are positions
        owned = bool(group) and (group[-1].kind == "PROPN" or group[-1].low in OWNABLE)  # "owns 8% of Google"
        if owned and verbs and verbs[0] is before[-1] and verb_lemma(verbs[0].low) in STAKE_VERBS:
            return [Word("stake", "NOUN"), Word("in", "FUNC"), *the, *phrase]  # "owns 8% of Google"
        return [Word("share", "NOUN"), after[0], *the, *phrase]
    return None


def share_who(before: list[Word], after: list[Word], quantity: Quantity) -> list[Word] | None:
    """A share that opens its clause is the share who did what the clause says: "the poll found that 59% wanted
    more technology", "45% who thought it was unbecoming", "Another 7% said they would not vote", "43% were not
    willing to hand over personal information", "10% voting by proxy", "…, with nearly 40% choosing this"."""
    if quantity.kind != "percent":
        return None
    restated = next((i + 1 for i in range(1, min(5, len(after))) if after[i].text in (",", ")")), 0) \
        if after and after[0].text in (",", "(") and any(is_number(w) for w in after[1:4]) else 0
    acts = after[restated:]  # "Almost a quarter, 22%, said …": past the same share in figures
    # (after "another", "only" and the like: "just 14% voiced sympathy"; not "another 18% came from", what the share
    # is of)
    does = bool(acts) and verb_lemma(acts[0].low) not in ("come", "go", "be", "have", "account")
    opens = not before or before[-1].kind == "PUNCT" \
        or before[-1].low in ("that", "and", "but", "while", "whereas", "with") \
        or (does and before[-1].low in ("another", "some", "only", "just"))
    if len(acts) < 2 or not ((acts[0].low == "who" and acts[1].kind == "VERB")
                             or (opens and acts[0].kind == "VERB" and acts[0].low not in CHANGE_NOUNS)
                             or (opens and acts[0].low in PASSIVE and (acts[1].low == "not" or acts[1].kind == "ADJ"))):
        return None
    did = list(itertools.takewhile(lambda w: w.kind != "PUNCT" and verb_lemma(w.low) != "compare"
                                   and w.low not in ("but", "while", "whereas"), acts))
    if not (any(w.kind in (*NOUNS, "VERB") for w in did[1:]) or did[0].kind == "VERB"):
        return None  # "41% were optimistic": nothing more is said
    who = [] if did[0].low == "who" or is_participle(did[0]) else [Word("who", "FUNC")]
    return trimmed(at_most_eight([Word("share", "NOUN"), *who, *did]))


def sum_treated(before: list[Word], after: list[Word], quantity: Quantity) -> list[Word] | None:
    """A sum before a past participle is the sum so treated: "$50m earmarked for schools", "$2bn (£1bn) set aside
    to cover claims"; not "the £1.4bn expected", another figure's forecast, nor past "would" in "the £12bn left over
    would be spent"."""
    start = past_conversion(after)
    if quantity.kind != "money" or start + 1 >= len(after) or after[start].low in PASSIVE \
            or not is_past_participle(after[start]) \
            or verb_lemma(after[start].low) in HEARSAY_VERBS | {"compare", "see"} \
            or not (after[start].kind == "VERB" or after[start + 1].low in PARTICLES):
        return None
    treated = itertools.takewhile(lambda w: w.kind != "PUNCT" and w.low not in AUXILIARIES, after[start:])
    return trimmed(at_most_eight([Word("sum", "NOUN"), *treated]))


def group_of(before: list[Word], after: list[Word], quantity: Quantity) -> list[Word] | None:
    """A count that sizes a group names the group: "drawn an audience of nearly nine million people" (audience of
    people), "a crowd of 40,000 fans", "the organisation had a staff of about 60 people" (staff of the
    organisation)."""
    words = [w for w in before if w.kind != "ADV" and w.low not in HEDGES]
    if len(words) < 2 or words[-1].low != "of" or words[-2].low not in GROUPS or not after \
            or after[0].kind != "NOUN":
        return None
    counted, _ = noun_group(after, 0)
    if counted and counted[-1].low in UNMARKED_PLURALS and (whose := holder(words[:-2])):
        return [words[-2], *whose][:MOST_WORDS]  # "the country has a population of a billion people": its population
    return [words[-2], words[-1], *counted][:MOST_WORDS] if counted else None


def thing_after(before: list[Word], after: list[Word], quantity: Quantity) -> list[Word] | None:
    """The noun phrase the figure comes before: "6 million vaccine doses to Colombia", "a 7% drop in GDP";
    for money, also what it is in ("$150 million in loans")."""
    if after and after[0].low in COMPARATIVES and not (len(after) > 1 and after[1].kind in NOUNS):
        return None  # "18% more likely than men": a comparison, no thing ("15% more passengers" counts one)
    start = 1 if after and after[0].text in ("'", "’", *QUOTE_MARKS) else 0  # "six months' paid leave"
    while start + 1 < len(after) and (after[start].kind == "ADV" or after[start].low in INTENSIFIERS | {"such"}) \
            and after[start + 1].kind in ("ADJ", "NOUN"):
        start += 1  # "made two very fine saves": fine saves; "one of 30 such projects": projects
    closing = past_conversion(after)
    if 0 < closing < len(after) and (after[closing].kind in NOUNS or describes_thing(before, after, closing)):
        start = closing  # "a $900m (£479m) loan", "an $11bn (£5.7bn) accounting fraud": past the conversion
    if quantity.kind == "percent" and start + 1 < len(after) and is_participle(after[start]) \
            and after[start + 1].low in ("in", "of"):
        # "BSkyB's 4.76% holding in the club": the holding, a noun
        after = [*after[:start], Word(after[start].text, "NOUN"), *after[start + 1:]]
    said = closing
    if quantity.kind == "money" and said + 2 < len(after) and after[said].low in TOLD_PRONOUNS:
        # "4 billion euros it supposedly held in an offshore account did not exist": the sum held there
        verb = next((i for i in range(said + 1, len(after)) if after[i].kind != "ADV"
                     and after[i].low not in HEDGES | VERB_ADVERBS), len(after))
        if verb < len(after) and after[verb].kind == "VERB" \
                and verb_lemma(after[verb].low) not in HEARSAY_VERBS | {"be", "have", "do"}:
            acted = Word(past_participle(verb_lemma(after[verb].low)), "VERB")
            where = itertools.takewhile(lambda w: w.kind not in ("PUNCT", "VERB")
                                        and w.low not in BEFORE_VERBS | PASSIVE, after[verb + 1:])
            return trimmed(at_most_eight([Word("sum", "NOUN"), acted, *where]))
    if quantity.kind == "money" and len(after) > start and after[start].low == "in":
        held = phrase_after(after, start + 1)
        # "$90 million in August": when, not what in; "£339 in the UK": where
        return None if is_time(held) or all(w.kind == "PROPN" for w in held) else held
    if quantity.kind != "money" and len(after) > start and after[start].low == "of":
        # "three of the victims", "36 of his 50 matches" (the total is a figure of its own)
        total = start + 1
        while total < len(after) and after[total].low in DETERMINERS:
            total += 1
        if start + 1 < total and total + 1 < len(after) and is_number(after[total + 1]) \
                and (after[total].describes or is_participle(after[total])):
            total += 1  # "two of a staggering 12 Oscar nominations", "four of the first five games"
        if start + 1 < total < len(after) and is_number(after[total]):
            total += 1  # not "a quarter of 14-16 year olds", an age group
        # "23 hours of questioning from a prosecutor", "of the giving": the act named; not "of those responding" nor
        # "of a staggering 12 nominations"
        if total < len(after) and is_participle(after[total]) and after[total - 1].low in ("of", "the", "a", "an") \
                and not (total + 1 < len(after) and after[total + 1].kind in ("NOUN", "ADJ", "NUM")):
            after = [*after[:total], Word(after[total].text, "NOUN"), *after[total + 1:]]
        return phrase_after(after, total)
    if len(after) > start and (after[start].kind in ("NOUN", "ADJ", "PROPN") or describes_thing(before, after, start)):
        named, named_end = noun_group(after, start)
        if quantity.kind == "money" and named and all(w.kind == "PROPN" for w in named) and named_end < len(after) \
                and after[named_end].kind == "VERB":
            # "the $27bn Russia says Yukos owes in taxes": the sum Yukos owes, not Russia's
            said = named_end + 1 if verb_lemma(after[named_end].low) in HEARSAY_VERBS else start
            told = list(itertools.takewhile(lambda w: w.kind != "PUNCT", after[said:]))
            return trimmed([Word("sum", "NOUN"), *told][:MOST_WORDS]) if len(told) > 1 else None
        phrase = phrase_after(after, start, determiners=False)
        if is_time(phrase):
            return None  # "$900m last year": when, not what
        heads = [i for i, w in enumerate(phrase) if w.kind in NOUNS and (i + 1 == len(phrase) or phrase[i + 1].kind
                                                                          in ("FUNC", "VERB"))]
        changed = phrase[heads[0]].low in CHANGE_NOUNS or phrase[heads[0]].low in IMPROVEMENTS if heads else False
        if quantity.kind == "money" and heads and not changed \
                and not any(w.low in MONEY_NOUNS for w in phrase[:heads[0] + 1]):
            # "a $100 laptop": its price; "the $200,000 project": its cost; "a $160bn telecoms giant": its value
            head = phrase[heads[0]].low
            paid = "cost" if head in UNDERTAKINGS else "value" if head in VALUED_NOUNS else "price"
            return [Word(paid, "NOUN"), Word("of", "FUNC"), *phrase][:MOST_WORDS]
        if quantity.kind == "money" and len(phrase) > 2 and phrase[0].low == "worth" and phrase[1].low == "of":
            return [Word("value", "NOUN"), *phrase[1:]]  # "$1bn worth of contracts": value of contracts
        words = [w for w in before if w.kind != "ADV"]
        if len(words) > 1 and words[-1].low == "of" and words[-2].low in FORESEEN_NOUNS:
            foreseen = phrase_before(words[:-1])  # "market expectations of 190,000 new jobs"
            return [*foreseen, words[-1], *phrase][:MOST_WORDS]
        if named == phrase and (act := doing(after, named_end)):
            return [*phrase, *act][:MOST_WORDS]  # "2.2 million Ethiopians will need aid": Ethiopians needing aid
        when = next((i for i in range(1, len(phrase)) if phrase[i].low in ATTACHING and is_time(phrase[i + 1:])), None)
        if len(phrase[:when]) == 1:  # "146,000 jobs in January": jobs added by US firms in January
            counted = by_whom(phrase[:1], before)
            scope = after[start + 1:start + 2] if len(phrase) == 1 else []
            if scope and scope[0].low in SCOPE_WORDS:  # "has sold seven million copies worldwide"
                counted = [*counted[:2], scope[0], *counted[2:]] if len(counted) > 1 and counted[1].kind == "VERB" \
                    else [*counted, scope[0]]
            return [*counted, *phrase[1:]][:MOST_WORDS]
        # (not "officials met from Latin America": "from" and "of" say what the thing is, not what was done)
        if len(phrase) > 1 and phrase[1].low in ATTACHING - {"from", "of"} and (done := done_to(before)):
            return [phrase[0], done, *phrase[1:]][:MOST_WORDS]  # "arrested 224 people in a crackdown"
        return phrase
    return None


def describes_thing(before: list[Word], after: list[Word], start: int) -> bool:
    """Whether the verb form after a figure describes the thing it counts ("1,466 aspiring novelists", "through 514
    compromised addresses", "12,000 registered voters were struck off") rather than tells what the figure did
    ("14% voiced sympathy", "the two held talks")."""
    if start + 1 >= len(after) or after[start].kind != "VERB" or after[start + 1].kind != "NOUN":
        return False
    if is_participle(after[start]):
        return True
    if not is_past_participle(after[start]):
        return False
    ahead = [w for w in before if w.kind != "ADV" and w.low not in HEDGES]
    if ahead and (ahead[-1].low in (DETERMINERS - {"that"}) | ATTACHING or ahead[-1].kind == "VERB"):
        return True  # the figure is no subject: "of 1,466", "detailing 27,000 taped conversations"
    _, end = noun_group(after, start)
    return end < len(after) and after[end].low in AUXILIARIES


def counted_in(before: list[Word], after: list[Word], quantity: Quantity) -> list[Word] | None:
    """A count joined by a hyphen to what it counts, before the thing that holds them: "a 36-page submission"
    (pages in the submission), "a 22-man squad" (men in the squad); "200-plus banks" (banks)."""
    if len(after) < 3 or after[0].text != "-" or after[1].kind != "NOUN" or not after[1].text.isalpha() \
            or "NOUN" not in parts_of_speech(after[1].low):
        return None  # not "two-and-a-half", nor a word the dictionary lacks ("12-monatiger Nichtnutzung")
    if after[1].low in ROUGH_COUNT_WORDS:
        return thing_after(before, after[2:], quantity)
    holding = phrase_after(after, 2, determiners=False)
    # not "a 22-man squad on Monday" (when it was named) nor "a three-judge panel agreed with …" or "the 36-page
    # submission urges action" (what it did)
    end = next((i for i, w in enumerate(holding) if (i and w.kind == "VERB")
                or (w.low in ATTACHING and is_time(holding[i + 1:]))
                or (i and w.low.endswith("s") and verb_lemma(w.low) != w.low and holding[i - 1].kind == "NOUN"
                    and not holding[i - 1].low.endswith("s"))), len(holding))
    holding = holding[:end]
    if not holding or (verb_lemma(holding[0].low) != holding[0].low and not holding[0].low.endswith(("s", "ing"))):
        return None  # "the four-piece met two years ago": a verb, no thing
    if (measured := UNIT_MEASURES.get(after[1].low)):
        return at_most_eight([Word(measured, "NOUN"), Word("of", "FUNC"), Word("the", "FUNC"), *holding])
    if holding[-1].low in PENALTY_FORMS.values():  # "a seven-match suspension": how long it lasts
        return at_most_eight([Word("length", "NOUN"), Word("of", "FUNC"), *holding])
    counted = PLURALS.get(after[1].low) or inflected(after[1].low, "NNS")
    return at_most_eight([Word(counted, "NOUN"), Word("in", "FUNC"), Word("the", "FUNC"), *holding])


def penalty_length(before: list[Word], after: list[Word], quantity: Quantity) -> list[Word] | None:
    """How long a penalty lasts: "Christos Tzekos was banned for four years" (length of Christos Tzekos' ban),
    "was banned from rugby for two months", "banned for 10 games", "he was jailed for six years" (length of jail
    term)."""
    words = [w for w in before if w.kind != "ADV"]
    unit = after[1:2] if after[:1] and after[0].text == "-" else after[:1]  # "banned for 10-games"
    if len(words) < 2 or words[-1].low != "for" or (quantity.kind == "count" and (
            not unit or unit[0].low not in PENALTY_UNITS)):
        return None
    verb = next((i for i in range(len(words) - 2, max(-1, len(words) - 6), -1) if words[i].low in PENALTY_FORMS), None)
    if verb is None or any(w.kind == "PUNCT" or w.low == "for" for w in words[verb + 1:-1]):
        return None  # (past where one is banned from: "banned from rugby for two months")
    penalty = [Word(word, "NOUN") for word in PENALTY_FORMS[words[verb].low].split()]
    return [Word("length", "NOUN"), Word("of", "FUNC"), *whose_name(words[:verb]), *penalty]


def nominations(before: list[Word], after: list[Word], quantity: Quantity) -> list[Word] | None:
    """What one is nominated for, counted, are one's nominations: "Foxx was nominated for three awards" (Foxx's
    award nominations), "is nominated for three Oscars" (Oscar nominations)."""
    words = [w for w in before if w.kind != "ADV"]
    if len(words) < 2 or [w.low for w in words[-2:]] != ["nominated", "for"] or not after:
        return None
    named, _ = noun_group(after, 0)
    if not named or not (plural(named[-1]) or (named[-1].kind == "PROPN" and named[-1].text.endswith("s"))):
        return None
    one = singular(named[-1].low) if plural(named[-1]) else named[-1].text[:-1]  # "Oscars": Oscar
    return [*whose_name(words[:-2]), *named[:-1], Word(one, "NOUN"), Word("nominations", "NOUN")][-MOST_WORDS:]


def whose_name(words: list[Word]) -> list[Word]:
    """The name that ends `words` before its verbs, as an owner: "Christos Tzekos was" (banned): "Christos
    Tzekos'"; none where other words stand between ("Mutu, sacked by Chelsea and" banned: not Chelsea's)."""
    while words and words[-1].low in AUXILIARIES:
        words = words[:-1]
    owner = [*reversed(list(itertools.takewhile(lambda w: w.kind == "PROPN" and w.low not in WHEN_WORDS
                                                and not owns(w), reversed(words))))][-3:]  # (not "Southampton's")
    return [*owner[:-1], possessive(owner[-1], "PROPN")] if owner else []


def part_out_of(before: list[Word], after: list[Word], quantity: Quantity) -> list[Word] | None:
    """A part counted out of a whole counts what the whole counts: "only two out of their 12 principal dancers were
    British" (principal dancers)."""
    if [w.low for w in after[:2]] != ["out", "of"]:
        return None
    start = 2 + (len(after) > 2 and after[2].low in DETERMINERS)
    if len(after) <= start + 1 or not is_number(after[start]):
        return None
    counted, _ = noun_group(after, start + 1)
    return counted or None


def out_of(before: list[Word], after: list[Word], quantity: Quantity) -> list[Word] | None:
    """The whole a part is counted out of counts what the part counts: "64 respondents out of 146" (respondents),
    "nine times out of 10" (times); not "out of three award nominations", which names its own."""
    if len(before) < 4 or [w.low for w in before[-2:]] != ["out", "of"] \
            or (after and after[0].kind == "NOUN" and not is_time(after[:1])):
        return None
    counted = before[:-2]
    number = max((i for i, w in enumerate(counted) if is_number(w)), default=None)
    if number is None or len(counted) - number - 1 > 3:
        return None
    part = counted[number + 1:]
    return part if part and all(w.kind in (*NOUNS, "ADJ") for w in part) and part[-1].kind in NOUNS else None


def still_to_go(before: list[Word], after: list[Word], quantity: Quantity) -> list[Word] | None:
    """What is left of a game, a race or a time: "with seven minutes remaining" (time left), "with 500m to go"
    (distance left), "with eight laps remaining" (laps left), "there are still four years to go" (time left)."""
    words = [w for w in before if w.kind != "ADV"]  # "with just three minutes to go", "there are still four years"
    if not words or not (words[-1].low in ("with", "still") or words[-1].low in PASSIVE):
        return None
    counted = after[:1] if quantity.kind == "count" and after and after[0].kind == "NOUN" else []
    told = " ".join(w.low for w in after[len(counted):len(counted) + 2])
    if not any(f"{told} ".startswith(f"{left} ") for left in LEFT_WORDS):
        return None
    if not counted:
        kind = "time" if quantity.unit in DURATION_UNITS else "distance" if quantity.unit in DISTANCE_UNITS else None
        if kind is None:
            return None
        counted = [Word(kind, "NOUN")]
    return [*counted, Word("left", "VERB")]


def times_done(before: list[Word], after: list[Word], quantity: Quantity) -> list[Word] | None:
    """How often a thing was done: "the program has been downloaded more than 20,000 times" (times the program has
    been downloaded); not "five times more expensive" nor "ten times as many", comparisons."""
    verb_at = max((i for i, w in enumerate(before) if w.kind == "VERB"), default=-1)
    # "phoned Dein three times": the verb and its object (not "prevent the two-time (medallist)")
    acted_on = before[verb_at + 1:]
    if quantity.unit != "times" or verb_at < 0 or quantity.hyphenated \
            or (acted_on and not (any(w.kind in NOUNS for w in acted_on) and all(
                w.kind in (*NOUNS, "ADJ") or w.low in DETERMINERS or owns(w) for w in acted_on))) \
            or verb_lemma(before[verb_at].low) in ("be", "become", "seem") \
            or (after and (after[0].low in (*COMPARATIVES, *DETERMINERS, "as")
                           or (after[0].kind in ("ADJ", "ADV", "VERB") and after[0].low.endswith("er"))
                           or (len(after) > 1 and after[1].low == "than"))):  # "four times better than now"
        return None  # (nor "had become two-fold", what a thing is, nor "run eight times faster", "reached 50 times
        # the level deemed safe")
    said = max((i for i, w in enumerate(before) if w.kind == "VERB" and verb_lemma(w.low) in HEARSAY_VERBS),
               default=-1)
    clause = before[said + 1:]  # "Mr Pollmann said that the screensaver had been downloaded": the screensaver
    if said >= 0 and clause and clause[0].low == "that":
        clause = clause[1:]
    while clause and clause[0].kind in ("FUNC", "PUNCT", "ADV") and clause[0].low not in DETERMINERS:
        clause = clause[1:]
    if len(clause) >= MOST_WORDS and acted_on:
        clause = before[verb_at:]  # "(Isinbayeva provided relief by) smashing the world record seven times"
    return at_most_eight([Word("times", "NOUN"), *clause]) if any(w.kind in NOUNS for w in clause) else None


def agent(before: list[Word], after: list[Word], quantity: Quantity) -> list[Word] | None:
    """The counted ones who do what a passive verb says, to what it is said of ("the game was
    watched by 144 million people": people watching the game; "the forum viewed by 14.7 million
    people": people viewing the forum)."""
    words = [w for w in before if w.kind != "ADV"]
    if len(words) < 3 or words[-1].low != "by" or words[-2].kind != "VERB":
        return None
    lemma = verb_lemma(words[-2].low)
    if past_participle(lemma) != words[-2].low:
        return None  # "rose by": not a passive
    rest = words[:-2]
    while rest and rest[-1].low in PASSIVE | MODALS:
        rest = rest[:-1]  # "will be attended by", "has been downloaded by" ("has grown by" is no passive)
    reduced = len(rest) == len(words) - 2  # "the forum viewed by": the participle tells of the noun before it
    if not reduced and rest and rest[-1].low in ("has", "have", "had"):
        rest = rest[:-1]
    if not rest or rest[-1].low in RELATIVES or rest[-1].low in PASSIVE | BEFORE_VERBS:
        return None  # "the city that was supported by": the clause's antecedent is not at hand
    if rest[-1].low in ("and", "but"):  # "The tool was released last week and has been downloaded by"
        opening = 1 if rest[0].low in ("the", "a", "an") else 0
        rest = rest[:opening + len(noun_group(rest, opening)[0])]
    subject = phrase_before(rest)
    thing = thing_after([], after, quantity)
    if not subject or not thing:
        return None
    the = article_before(rest, subject)
    if reduced or len(the) + len(subject) + len(thing) >= MOST_WORDS:  # the nearest noun group alone
        last = max((i for i, w in enumerate(subject) if w.kind == "FUNC"), default=-1)
        if last >= 0:
            the, subject = [], subject[last + 1:]
    phrase = [*thing, Word(present_participle(lemma), "VERB"), *the, *subject]
    return phrase if len(phrase) <= MOST_WORDS else None


def casualties(before: list[Word], after: list[Word], quantity: Quantity) -> list[Word] | None:
    """A bare count of the dead or the hurt counts people: "Twelve were killed in the blast" (people killed in the
    blast), "the Hillsborough disaster in which 96 died" (deaths in the Hillsborough disaster)."""
    done = 1 if after and after[0].low in PASSIVE else 0
    if len(after) <= done or after[done].low not in HARMED or (done == 0 and after[0].low != "died"):
        return None
    said = [Word(word, "VERB" if word.endswith("ed") else "NOUN") for word in HARMED[after[done].low].split()]
    if [w.low for w in before[-2:]] in (["in", "which"], ["during", "which"]) \
            and (event := nearest_group(phrase_before(before[:-2]))):
        return at_most_eight([*said, Word("in", "FUNC"), *event])
    place, _ = attachment(after, done + 1)
    return [*said, *([] if is_time(place[1:]) else place)][:MOST_WORDS]


def is_time(words: list[Word]) -> bool:
    """Words that only say when: "last year", "the next decade", "January", "the past three years", "the first
    half of the current fiscal year", "the six months ending 31 December"."""
    said = [part for w in words if w.low not in DETERMINERS and w.kind != "NUM" and w.low not in SMALL_NUMBERS
            for part in w.low.split("-")]  # "year-earlier"
    said = [w for i, w in enumerate(said) if not (i and w in PERIOD_ENDS)]  # "the year to March"
    if said and said[-1] in SESSION_WORDS:  # "in morning trading", "in early trade"
        said = [w for w in said if w not in SESSION_WORDS] or ["day"]
    if len(said) > 1 and said[0] in PART_ORDINALS and said[1] in ("half", "quarter"):
        said = said[3:] if len(said) > 3 and said[2] == "of" else said[2:]
        if not said:
            return True
    return bool(said) and all(w in TIME_NOUNS or w in WHEN_WORDS or w in FISCAL_WORDS or w in ("earlier", "ago")
                              for w in said) and any(w not in FISCAL_WORDS for w in said)


def says_when(words: list[Word]) -> bool:
    """Whether words only say when, past their prepositions and joins: "between October and December", "in the
    previous year", "this year"."""
    said = [w for w in words if w.low not in ATTACHING | PERIOD_ENDS | {"between", "during", "and", "or"}]
    return bool(said) and is_time(said)


def without_time(words: list[Word]) -> list[Word]:
    """The words without the phrases of time that end them: "profits for the three months to December",
    "profits in 2004": "profits"."""
    while (when := next((i for i in range(len(words) - 1, 0, -1) if words[i].low in ATTACHING | {"during"}
                         and (is_time([w for w in words[i + 1:] if w.kind != "NUM"]) or is_year(words[i + 1:]))),
                        None)):  # "profits in 2004"
        words = words[:when]
    # and without one told bare at the end: "bought by SBC earlier this year", "profits last year"
    bare = next((size for size in (3, 2) if len(words) > size and is_time(words[-size:])
                 and words[-size].low in WHEN_WORDS | TIME_ADJECTIVES | {"earlier", "later"}), 0)
    return words[:len(words) - bare]


def is_number(word: Word) -> bool:
    """"12", "five": a number in figures or words."""
    return word.kind == "NUM" or word.low in SMALL_NUMBERS


def is_participle(word: Word) -> bool:
    """"purchasing", "living": a verb's -ing form (not "bring", "sing")."""
    return word.low.endswith("ing") and present_participle(verb_lemma(word.low)) == word.low


def is_past_participle(word: Word) -> bool:
    """"polled", "taken", "set": a form a verb takes after "has" or "was"."""
    return past_participle(verb_lemma(word.low)) == word.low


def is_year(words: list[Word]) -> bool:
    """"2004" alone: a year, when a change happened ("were down 4% in 2004 to 789m euros")."""
    return len(words) == 1 and words[0].kind == "NUM" and looks_like_year(words[0].text)


def article_before(words: list[Word], phrase: list[Word], articles: tuple[str, ...] = ("the", "a", "an")) -> list[Word]:
    """The article standing before `phrase`, the words `words` end on ("the" of "the book has sold")."""
    index = len(words) - len(phrase)
    return [words[index - 1]] if phrase and index > 0 and words[index - 1].low in articles else []


def by_whom(thing: list[Word], before: list[Word]) -> list[Word]:
    """A lone counted thing with who counts it: "US firms added 146,000 jobs" -> "jobs added by US firms",
    "the sedan has 10 airbags" -> "airbags in the sedan"."""
    words = [w for w in before if w.kind != "ADV"]
    if [w.low for w in words[-2:]] == ["entitled", "to"]:
        # "new mothers were already entitled to 12 months leave": the leave entitlement of new mothers
        entitled = [w for w in words[:-2] if w.low not in PASSIVE and w.low not in VERB_ADVERBS]
        subject = phrase_before(entitled)
        told = [*thing, Word("entitlement", "NOUN")]
        return at_most_eight([*told, Word("of", "FUNC"), *article_before(entitled, subject), *subject]) \
            if subject and subject[0].low not in SUBJECT_PRONOUNS else told
    if not words or words[-1].kind not in ("VERB", "NOUN", "FUNC"):
        return thing
    verb = words[-1]
    rest = words[:-1]
    while rest and rest[-1].low in BEFORE_VERBS:
        rest = rest[:-1]  # "the book has sold"
    who = bool(rest) and rest[-1].low == "who"
    if rest and rest[-1].low in RELATIVES:
        rest = rest[:-1]  # "a fire at one cafe that killed 25 people": the fire did
    subject = phrase_before(rest)
    if who:  # "a good night for Ant and Dec who clinched two awards": Ant and Dec did
        subject = nearest_group(subject)
    if not subject:  # "it has sold more than 677,000 copies": copies sold (whoever "it" is)
        done = done_to(before)
        said = done is not None and verb_lemma(verb.low) in HEARSAY_VERBS | TWO_OBJECT_VERBS  # "we know two states"
        return [*thing, done] if done and not said and not thing[-1].describes else thing
    the = article_before(rest, subject)
    if verb_lemma(verb.low) in HEARSAY_VERBS:
        return thing  # "the director, Ken Macdonald, says only 11 householders": not said by him
    if verb_lemma(verb.low) in HOLDING_VERBS:
        return [*thing, Word("in", "FUNC"), *the, *subject][:MOST_WORDS]
    done = done_to(before)
    return [*thing, done, Word("by", "FUNC"), *the, *subject][:MOST_WORDS] if done else thing


def doing(words: list[Word], i: int) -> list[Word]:
    """What the counted thing does, from the verb at `i` to its object, as a participle phrase
    ("will still need emergency assistance": needing emergency assistance)."""
    verb_start = i
    while i < len(words) and (words[i].low in BEFORE_VERBS or words[i].kind == "ADV"
                              or (words[i].kind != "VERB" and "ADV" in parts_of_speech(words[i].low))):
        i += 1  # "will still need"
    if i < len(words) and words[i].low in PASSIVE:  # "17 people were slightly injured": people injured
        done = next((j for j in range(i + 1, len(words)) if words[j].kind != "ADV" and words[j].low not in PASSIVE),
                    len(words))
        participle = words[done] if done < len(words) and words[done].kind == "VERB" else None
        # not "are expected to pass", "is understood to have", "to be made public", "are worried", nor "have yet
        # to be processed"
        told_more = done + 1 < len(words) and (words[done + 1].low == "to" or words[done + 1].kind in (*NOUNS, "ADJ"))
        told_more = told_more or any(w.low in NEGATIONS for w in words[verb_start:done])
        lemma = verb_lemma(participle.low) if participle else ""
        return [participle] if participle and participle.low == past_participle(lemma) and not told_more \
            and lemma not in HEARSAY_VERBS | EXPECTING_VERBS | FEELING_VERBS | {"be", "have", "do"} else []
    if i >= len(words) or words[i].kind != "VERB" or words[i].low.endswith("ing"):
        return []
    lemma = verb_lemma(words[i].low)
    if lemma in ("be", "have", "do", "say", "tell"):
        return []
    j = i + 1
    determiners = []
    while j < len(words) and words[j].low in DETERMINERS:
        determiners.append(words[j])
        j += 1
    group, _ = noun_group(words, j)
    return [Word(present_participle(lemma), "VERB"), *determiners, *group] if group else []


def done_to(before: list[Word]) -> Word | None:
    """The participle of the verb the figure is the object of ("arrested 224 people": arrested)."""
    words = [w for w in before if w.kind != "ADV"]
    if not words or words[-1].kind != "VERB":
        return None
    lemma = verb_lemma(words[-1].low)
    if lemma == "be" or lemma in HOLDING_VERBS:
        return None
    return Word(past_participle(lemma), "VERB")


def change(before: list[Word], after: list[Word], quantity: Quantity) -> list[Word] | None:
    """"Shares in Ask Jeeves fell 4%" -> "fall in Ask Jeeves shares"; "profits rose to $1.13bn" -> "profits"."""
    # "production was 24% higher", "turnover was up 4.3%"
    article = next((i for i in range(len(before) - 1, max(0, len(before) - 6), -1) if before[i].low in ("a", "an")),
                   None)
    if article and article + 1 < len(before) and (before[article - 1].low == "by" or before[article - 1].low in
                                                  CHANGE_NOUNS) \
            and all(w.describes or w.low in ("than", "expected", "forecast") or "-than-" in w.low
                    for w in before[article + 1:]):
        before = before[:article]  # "GDP rose by a strong 0.7%", "sales grew a lacklustre 2.9%", "rose a higher than
        # expected 17,000"
    said = [w.low for w in before if w.kind != "ADV" and w.low != "by"]
    before = [w for w in before if w.low not in PASSIVE]
    content = [w for w in before if w.kind != "ADV" and w.low != "by"]
    if len(content) > 1 and content[-1].low == "back" and content[-2].low in CHANGE_NOUNS:
        content = content[:-1]  # "the stock slipped back 7%": the particle says nothing of the change
    level = bool(content) and content[-1].low == "to"
    if level:
        content = content[:-1]
        when = next((i for i in range(len(content) - 1, 0, -1) if content[i].low in ATTACHING | {"during"}
                     and (is_time(content[i + 1:]) or is_year(content[i + 1:]))), None)
        content = content[:when]  # "were down 4% in 2004 to 789m euros": when the change was
        # "was up 4.3% to £1.97bn", "rose 4p or nearly 1% to 548p": the size of the change
        while content and (content[-1].kind in ("NUM", "PUNCT") or (content[-1].low in ("or", "and") and len(content)
                                                                     > 1 and content[-2].kind in ("NUM", "PUNCT"))):
            content = content[:-1]
    if len(content) > 1 and content[-1].low == "up" and verb_lemma(content[-2].low) in TOTALLING_VERBS:
        return None  # "the machine clocked up 35.86": no rise
    # "the budget has been raised 7.8%": a verb that changes a thing, in the passive
    made_to = bool(content) and content[-1].kind == "VERB" and verb_lemma(content[-1].low) in CHANGING_VERBS \
        and is_past_participle(content[-1]) and any(w in PASSIVE for w in said[-4:-1])
    if content and (content[-1].low in CHANGE_NOUNS or made_to) and content[-1].kind != "NUM":
        noun = CHANGE_NOUNS.get(content[-1].low) or CHANGING_VERBS[verb_lemma(content[-1].low)]
        rest = content[:-1]
        # "will rise", "are expected to rise", "is to rise"; not "his plan to cut £35bn"
        told = said[:-1] if level else said  # "was set to fall to 1%"
        foreseen = len(told) > 2 and told[-2] == "to" and (told[-3] in PASSIVE or told[-3] in EXPECTING_WORDS)
        # "Hyundai expects its sales in India to grow 16%": what is expected to change
        foreseen = foreseen or (len(rest) > 2 and rest[-1].low == "to" and any(
            w.kind == "VERB" and verb_lemma(w.low) in HEARSAY_VERBS | EXPECTING_VERBS for w in rest[:-2]))
        if rest and noun in ("rise", "fall") and verb_lemma(rest[-1].low) in UP_DOWN_VERBS:
            rest = rest[:-1]  # "their after-tax incomes go up by 19.9 percent", "readership has shot up by 58%"
        while rest and rest[-1].low in SCOPE_WORDS:
            rest = rest[:-1]  # "the total number of Europeans online rose by 12%"
        while rest and ((rest[-1].low in BEFORE_VERBS and (rest[-1].low != "to" or foreseen))
                        or rest[-1].low in EXPECTING_WORDS | VERB_ADVERBS):  # "has also been raised"
            rest = rest[:-1]
        if rest and rest[-1].low in RELATIVES:
            rest = rest[:-1]  # "an industry that is growing by 6% a year": growth in the industry
        subject = phrase_before(rest)  # "new loans in December"
        if not names_a_thing(subject):
            subject = phrase_before(without_time(rest))  # "Profits for the three months to December rose"
        while subject and subject[0].kind == "VERB" and (
                not is_participle(subject[0]) or verb_lemma(subject[0].low) in HEARSAY_VERBS):
            subject = subject[1:]  # "saying police numbers had fallen", "bring debt": not "purchasing manager index"
        if not subject and len(content) > 2 and content[-2].kind == "VERB":  # "BA's shares closed up 4p"
            subject = phrase_before(content[:-2])
    elif after and after[0].low in CHANGE_NOUNS and after[0].kind != "NOUN":  # "shares were 5% higher"
        # (past the verb that says when: "the Dow Jones index closed more than 1% higher")
        noun, subject, level = CHANGE_NOUNS[after[0].low], phrase_before(before) or (
            phrase_before(before[:verbs_start(before)]) if before else []), False
    elif level and quantity.kind in ("percent", "money") and content and content[-1].kind in NOUNS \
            and not (len(content) > 1 and content[-2].kind == "NUM"):  # not "46 percent to 42 percent"
        # "push down the unemployment rate to 5.2%"; "reduced the debt it took on to fund the purchase to 1.8bn
        # euros": what the verb changed, not the last thing named
        verb = max((i for i, w in enumerate(content) if verb_lemma(w.low) in CHANGING_VERBS
                    and "VERB" in parts_of_speech(w.low)), default=None)
        changed = phrase_after(content, verb + 1 + (content[verb + 1].low in PARTICLES)) \
            if verb is not None and verb + 1 < len(content) else []
        # not "costs five times last year", "support for Africa in the past four years"
        changed = without_time(list(itertools.takewhile(lambda w: not is_number(w), changed)))
        return trimmed(changed) or phrase_before(content) or None
    else:
        return None
    while subject and subject[-1].low in TIME_ADJECTIVES:
        subject = subject[:-1]  # "the Hang Seng was last trading up 1%"
    if not names_a_thing(subject):
        return None
    if level:
        return subject
    head = next((w for w in reversed(subject) if w.low not in OWNER_PREPOSITIONS), subject[-1])
    if noun in ("rise", "increase") and (head.low in ECONOMIES or head.text in ECONOMIES):
        noun = "growth"  # "GDP rose by 0.7%": growth in GDP, as an economy's rise is called
    # eight words in all, the subject's head kept: "rise in profits at US media giant TimeWarner" gives up its
    # first words, "rise in sales of ice cream" (and frozen food) its last
    owner = next((i for i, w in enumerate(subject) if w.low in OWNER_PREPOSITIONS), len(subject))
    if len(subject) - (MOST_WORDS - 2) >= owner > 0:
        return at_most_eight([Word(noun, "NOUN"), Word("in", "FUNC"), *trimmed(subject)])
    return [Word(noun, "NOUN"), Word("in", "FUNC"), *trimmed(subject[-(MOST_WORDS - 2):])]


def index_points(before: list[Word], after: list[Word], quantity: Quantity) -> list[Word] | None:
    """Points an index moves by are the change in the index: "The Dow rose 50 points" (rise in Dow), not a count of
    points; not the points a team stands at ("slipped to 13 points behind leaders Barcelona")."""
    if not after or after[0].low not in ("point", "points") or (before and before[-1].low == "to"):
        return None
    return change(before, after[1:], quantity)


def compared(before: list[Word], after: list[Word], quantity: Quantity) -> list[Word] | None:
    """The gap between two things: "Women in full-time work earn 19% less than men" (gap between women in
    full-time work and men), "Pernod is about 9% smaller than Allied Domecq", or their ratio ("five times
    more expensive than cinema tickets"); not a change over time
    ("20% higher than a year ago", "than the prior year") nor against what was thought ("than analysts
    had expected", "than first thought")."""
    if len(after) > 2 and after[0].low in ("more", "less") and after[1].kind == "ADJ":
        after = after[1:]  # "18% more likely than men", "five times more expensive than cinema tickets"
    elif not after or after[0].low not in COMPARATIVES:
        return None
    if len(after) < 3 or after[1].low != "than":
        return None
    other = phrase_after(after, 2)
    group, end = noun_group(after, 2 + sum(1 for _ in itertools.takewhile(lambda w: w.low in DETERMINERS, after[2:])))
    if not other or not group or is_time(other) or other[-1].low in TIME_NOUNS | PERIOD_NOUNS:
        return None
    if (end < len(after) and (after[end].kind == "VERB" or after[end].low in PASSIVE | BEFORE_VERBS - {"to"})) \
            or any(verb_lemma(w.low) in HEARSAY_VERBS | EXPECTING_WORDS for w in other):
        return None  # "than analysts had expected", "than first thought"
    words = [w for w in before if w.kind != "ADV" and w.low not in PASSIVE]
    if words and re.sub(r"['’]s$", "", words[-1].low) in RELATIVES:
        words = words[:-1]  # "a four-cylinder engine that’s 20% more powerful than the current model"
    words = without_range_start(words)  # "are four to five times more expensive"
    if words and words[-1].kind == "VERB":
        words = words[:-1]  # "earn", "cost"
    subject = phrase_before(words)
    if not subject or subject[0].low in SUBJECT_PRONOUNS:
        return None
    if quantity.unit == "times":  # "games titles are five times more expensive than cinema tickets"
        between = [Word("ratio", "NOUN"), Word("of", "FUNC"), *subject, Word("to", "FUNC")]
    else:
        between = [Word("gap", "NOUN"), Word("between", "FUNC"), *subject, Word("and", "FUNC")]
    return [*between, *other][:MOST_WORDS] if len(between) < MOST_WORDS else None


def without_range_start(words: list[Word]) -> list[Word]:
    """The words without a range's lower end before the figure ("four to", "10-")."""
    while len(words) > 1 and (words[-1].low in ("to", "and", "or") or words[-1].text in DASHES) \
            and (words[-2].kind == "NUM" or words[-2].low in SMALL_NUMBERS):
        words = words[:-2]
    return words


def given_by(before: list[Word], after: list[Word], quantity: Quantity) -> list[Word] | None:
    """A sum a relative clause says who gave: "small-dollar donors who pitch in $200 or less" (sum pitched
    in by small-dollar donors), "contributors who gave $200" (sum given by contributors)."""
    words = [w for w in before if w.kind != "ADV"]
    if quantity.kind != "money" or len(words) < 3:
        return None
    particle = [words.pop()] if words[-1].low in PARTICLES | {"in"} and words[-2].kind == "VERB" else []
    if words[-1].kind != "VERB" or words[-2].low not in ("who", "which") \
            or verb_lemma(words[-1].low) in MONEY_VERB_NOUNS:
        return None  # "Ocean's Eleven, which took $38.1m": takings
    doer = phrase_before(words[:-2])
    if not doer:
        return None
    if verb_lemma(words[-1].low) == "cost":  # "the Cooper S which costs up to £17,730": what it costs
        return at_most_eight([Word("cost", "NOUN"), Word("of", "FUNC"), *article_before(words[:-2], doer), *doer])
    done = Word(past_participle(verb_lemma(words[-1].low)), "VERB")
    return at_most_eight([Word("sum", "NOUN"), done, *particle, Word("by", "FUNC"), *doer])


def sum_done(before: list[Word], after: list[Word], quantity: Quantity) -> list[Word] | None:
    """What is done with a sum a passive verb follows: "More than £550m could now be returned to the
    public sector" (sum returned to the public sector), "£2bn will be spent on roads"."""
    if quantity.kind != "money" or (before and before[-1].low in AMOUNT_LINKS):
        return None  # "Fines of up to $500,000 could be imposed": the fines
    told = [w for w in after[past_conversion(after):] if w.kind != "ADV" and w.low not in VERB_ADVERBS]
    # "could now be returned", "$23,000 (£12,000) has been pledged"
    if len(told) > 1 and told[0].low == "to" and told[1].low == "be":
        told = told[1:]  # "up to 100bn rupees ($2.3bn) to be spent on infrastructure"
    if not told or told[0].low not in AUXILIARIES:
        return None
    done, _ = attachment(told, 0, told_of=True)
    if not done or "VERB" not in parts_of_speech(done[0].low):  # "set" reads as a noun alone
        return None
    return [Word("sum", "NOUN"), *done][:MOST_WORDS]


def closing(before: list[Word], after: list[Word], quantity: Quantity) -> list[Word] | None:
    """Where a price or index closed, opened, traded or stood: "BA's shares closed up four pence at
    274.5 pence" (closing price of BA's shares), "the KSE index closed at 6709.93" (closing level of
    the KSE index), "US crude was trading at $51.39" (price of US crude)."""
    words = [w for w in before if w.kind != "ADV" and w.text != ","]
    if len(words) < 3 or words[-1].low != "at" or (after and after[0].kind in NOUNS and quantity.kind == "count"):
        return None  # not "the meeting ended at 300 delegates"
    verb = next((i for i in range(len(words) - 2, -1, -1) if verb_lemma(words[i].low) in MARKET_VERBS
                 and "VERB" in parts_of_speech(words[i].low)), None)
    if verb is None or verb == 0:
        return None
    between = words[verb + 1:-1]  # "up four pence", "in New York on Tuesday", "the day"
    if any(w.kind == "VERB" for w in between):
        return None
    subject = phrase_before([w for w in words[:verb] if w.low not in PASSIVE])
    if not subject and words[verb - 1].low in ("before", "after", "then", "and"):
        # "crude futures jumped to $53.09 in New York before closing at $53.03": what the clause opened on
        opening = next((i for i, w in enumerate(words) if w.kind == "VERB" or w.low in CHANGE_NOUNS), verb)
        subject = phrase_before([w for w in words[:opening] if w.low not in PASSIVE])
    if not subject:
        return None
    moment = MARKET_VERBS[verb_lemma(words[verb].low)]
    if moment == "stand":
        return subject  # "the current maximum fine stands at $32,500": the fine
    priced = moment == "trade" or quantity.kind == "money" or any(w.low in ("shares", "stock") for w in subject)
    told = [Word(moment, "ADJ")] if moment != "trade" else []  # "was trading at $51.39": the price of crude
    return [*told, Word("price" if priced else "level", "NOUN"), Word("of", "FUNC"), *subject][:MOST_WORDS]


def placed(before: list[Word], after: list[Word], quantity: Quantity) -> list[Word] | None:
    """A sum that comes with a place in a chart is what the placed one took: "The Aviator came third with $7.6m"
    (takings of The Aviator), "Hitch dropped to second place with takings of $21m" (takings of Hitch)."""
    words = [w for w in before if w.kind != "ADV"]
    if words[-2:] and [w.low for w in words[-2:]] == ["takings", "of"]:
        words = words[:-2]
    if quantity.kind != "money" or not words or words[-1].low != "with" \
            or (after and (after[0].kind in NOUNS or after[0].low in ("of", "in"))):
        return None  # "with $15bn of shares", "with $27bn in taxes"
    place = next((i for i, w in enumerate(words) if w.low in PLACING_WORDS | ORDINAL_WORDS or ORDINAL.fullmatch(w.low)),
                 None)
    if place is None:
        return None
    # the subject of the verb that places it: "the thriller Constantine which opened at number two", not what
    # held off a challenge from it
    verb = max((i for i, w in enumerate(words[:place]) if w.kind == "VERB" or w.low in PASSIVE | CHANGE_NOUNS.keys()),
               default=0)  # ("fell" reads as a noun alone)
    while verb and (words[verb - 1].kind == "VERB" or words[verb - 1].low in PASSIVE | BEFORE_VERBS | RELATIVES):
        verb -= 1
    subject = phrase_before(words[:verb])
    if verb < len(words) and words[verb].low in RELATIVES:  # "a challenge from the thriller Constantine which opened"
        subject = nearest_group(subject)
    told = [Word("takings", "NOUN"), Word("of", "FUNC")]
    return at_most_eight([*told, *article_before(words[:verb], subject), *subject]) if subject else told[:1]


def lasting(before: list[Word], after: list[Word], quantity: Quantity) -> list[Word] | None:
    """A count before a unit of time and a noun is how long that lasts: "a nine month sentence" (length of
    sentence), "a 21 day recuperation period", "an 18-month ceasefire" (its unit joined by a hyphen); not "a
    near 30 year low", a record."""
    joined = quantity.hyphenated and quantity.unit in DURATION_UNITS
    if not joined and (len(after) < 2 or after[0].text not in SINGLE_TIME_UNITS):
        return None  # not "24 Hour Party People", a name
    # (past a second hyphen: "a five-year-deal")
    held, end = noun_group(after, (1 if after and after[0].text == "-" else 0) if joined else 1)
    named = next((i for i in range(1, len(held)) if held[i].kind == "PROPN" and held[i - 1].kind == "NOUN"), None)
    if named is not None and end < len(after) and after[end].kind == "VERB":
        held = held[:named]  # "his 49 minute speech Mr Brown told MPs": the speech; not "its 30-year … White Paper"
    if not held or held[-1].low in RECORD_WORDS | TIME_NOUNS or all(w.kind == "PROPN" for w in held):
        return None  # "two years' time"; "the five-year Department for International Development funding"
    if held[-1].low in PERIOD_NOUNS:  # "a 21-day recuperation period": its length, as the period names no other
        return [Word("length", "NOUN"), Word("of", "FUNC"), *held][:MOST_WORDS]
    told = [Word("length", "NOUN"), Word("of", "FUNC"), *held]
    attached, _ = attachment(after, end)  # "a 180-day cruise to Mars", where it fits whole
    return fitting([*told, *attached], told) if attached and not is_time(attached[1:]) else told[:MOST_WORDS]


def ranked(before: list[Word], after: list[Word], quantity: Quantity) -> list[Word] | None:
    """The places of a ranking: "other pre-electronic gadgets in the top 100" (pre-electronic gadgets
    in the ranking), "the newest device to make the top 10" (places in the ranking)."""
    if not before or before[-1].low != "top" or (after and (after[0].kind in NOUNS or after[0].low == "of")
                                                 and after[0].low not in COMPARATIVES):
        return None  # "the top 10 best-sellers", "the top three of drinks firms" say what they count (not "the top
        # 40 more than nine years after")
    i = len(before) - 1
    while i > 0 and (before[i - 1].low in DETERMINERS or before[i - 1].text.endswith(("'s", "’s"))
                     or before[i - 1].low in TIME_NOUNS | WHEN_WORDS):
        i -= 1  # "the top", "this year's top"
    thing = phrase_before(before[:i - 1]) if i > 0 and before[i - 1].low in ("in", "into") else []
    if thing and thing[0].low in PARTICLES:
        thing = []  # "has crept back into the top 40"
    ranking = [Word("in", "FUNC"), Word("the", "FUNC"), Word("ranking", "NOUN")]
    return [*(thing or [Word("places", "NOUN")]), *ranking][:MOST_WORDS]


def ranked_earlier(text: str, start: int) -> str | None:
    """What the nearest ranking named before `start` ranks: "an all-time top 100 list of gadgets" (gadgets),
    "the top 10 best-sellers" (best-sellers)."""
    for named in reversed(list(TOP_LIST.finditer(text, 0, start))):
        group, _ = noun_group(read_words(text[named.end():named.end() + 80], False), 0)
        # (not "the top 40 album charts": the ranking itself)
        if group and group[-1].kind == "NOUN" and group[-1].low.endswith("s") and group[-1].low not in RANKINGS:
            return " ".join(w.text for w in group)
    return None


def changed_by(before: list[Word], after: list[Word], quantity: Quantity) -> list[Word] | None:
    """What a verb changes by the figure: "trimmed its workforce by about 200,000" (cut in its
    workforce), "reduced Nissan's overheads by 20%" (cut in Nissan's overheads), "lifted interest rates 0.25%"."""
    words = [w for w in before if w.kind != "ADV"]
    if words and words[-1].low == "between":
        words.pop()  # "reduce its workforce by between 7,000 and 8,000"
    # "lifted interest rates 0.25%", "cut prices 10%": a share, its "by" left out (not "reduce its deficit below 3%
    # of GDP", a share of something)
    bare = quantity.kind == "percent" and len(words) > 2 and words[-1].kind in NOUNS \
        and not (after and after[0].low == "of")
    if len(words) < 3 or (words[-1].low != "by" and not bare):
        return None
    if not bare:
        words.pop()
    # "cut the amount of borrowing needed by £200m": the participle after the noun is part of the thing
    needed = words[-1:] if words[-1].kind == "VERB" and (words[-2].kind in NOUNS or is_participle(words[-2])) \
        and is_past_participle(words[-1]) else []
    words = words[:len(words) - len(needed)]
    thing = phrase_before(words)
    rest = words[:len(words) - len(thing)]
    verb = next((i for i in range(len(thing) - 2, -1, -1) if verb_lemma(thing[i].low) in CHANGING_VERBS
                 and "VERB" in parts_of_speech(thing[i].low)), None)
    if verb is not None and not any(w.low in CHANGE_NOUNS for w in thing[verb + 1:]):
        # "the firm cut jobs by 20%": "cut" reads as a noun inside the group (not "jobs cut rose by 5%")
        rest, thing = [*rest, *thing[:verb + 1]], thing[verb + 1:]
    thing = [*thing, *needed] if thing else []
    the = [rest[-1]] if rest and rest[-1].low in DETERMINERS else []
    rest = rest[:len(rest) - len(the)]
    if not thing or not rest:
        return changed_object(words)
    phrasal = f"{verb_lemma(rest[-2].low)} {rest[-1].low}" if len(rest) > 1 and rest[-1].low in PARTICLES else ""
    if phrasal in CHANGING_VERBS:
        changed = CHANGING_VERBS[phrasal]
    elif "VERB" in parts_of_speech(rest[-1].low) and verb_lemma(rest[-1].low) in CHANGING_VERBS:
        changed = CHANGING_VERBS[verb_lemma(rest[-1].low)]
    else:
        return changed_object(words)  # ("cut" reads as a noun alone)
    return [Word(changed, "NOUN"), Word("to" if changed in ("setback", "delay") else "in", "FUNC"), *the,
            *thing][:MOST_WORDS]


def changed_object(words: list[Word]) -> list[Word] | None:
    """The whole object after the last verb of change, where no noun group alone is it: "businesses increased
    spending on capital equipment and software" (rise in spending on capital equipment and software), "helped lift
    Channel 4's January audience share" (rise in Channel 4's January audience share)."""
    verb = max((i for i, w in enumerate(words[:-1]) if w.kind in ("VERB", "NOUN") and w.text.islower()
                and "VERB" in parts_of_speech(w.low) and verb_lemma(w.low) in CHANGING_VERBS), default=None)
    if verb is None:
        return None
    changed, done = CHANGING_VERBS[verb_lemma(words[verb].low)], trimmed(words[verb + 1:])
    # an object that is a noun group with what it is of or on, no clause of its own ("spending on", not "jobs were")
    if not done or done[0].low in DETERMINERS - {"the"} or not any(w.kind in NOUNS for w in done) \
            or any((w.kind == "PUNCT" and w.text not in ("'", "’")) or w.low in PASSIVE | AUXILIARIES | RELATIVES
                   or (w.kind == "VERB" and not w.low.endswith("ing")) for w in done):
        return None
    return [Word(changed, "NOUN"), Word("in", "FUNC"), *done][:MOST_WORDS]


def moved(before: list[Word], after: list[Word], quantity: Quantity) -> list[Word] | None:
    """"The jobless rate fell from 5.4% to 5.2%", "cut its workforce from 1,200 to 900": the rate, the workforce."""
    # (nor "also", "now": "the threshold will also rise from £263,000 to £275,000")
    words = [w for w in before if w.kind != "ADV" and w.low not in VERB_ADVERBS and w.text != ","]
    standing = list(itertools.dropwhile(lambda w: w.low in DETERMINERS | {"current", "present", "existing"},
                                        reversed(words)))[::-1]
    if standing and standing[-1].low == "from" and words[len(standing):] and words[-1].low in ("current", "present",
                                                                                              "existing"):
        words = standing  # "reduce the cost of the service from the current £7.00 per minute"
    if words and words[-1].low == "to":  # the second figure: back over the first ("from 5.4% to")
        words = words[:-1]
        if len(words) > 2 and words[-3].low == "from" and is_number(words[-2]) and words[-1].kind == "NOUN":
            words = words[:-2]  # "from 24 weeks to 20": the first figure and its unit, which is no time of its own
        words = without_time(words)  # "from £190,329 in November to"
        while words and (words[-1].kind == "PUNCT" or is_number(words[-1]) or words[-1].low in SCALE_WORDS):
            words = words[:-1]
        if len(words) > 3 and words[-1].low == "of" and words[-2].low in RECORD_WORDS | {"peak"} \
                and words[-3].low in ("a", "the") and words[-4].low == "from":
            words = words[:-3]  # "ratings slumped from a peak of seven million to just 1.5 million"
    if not words or words[-1].low != "from" or (quantity.kind == "count" and after and after[0].kind == "NOUN"
                                                 and not is_time(after[:1])):
        return None  # (not "expanded from 15 to 25 member states": the figure counts what follows)
    words = words[:-1]
    # "the jobs gains in December 2004", "for the three months to December", "is forecast to fall in 2004 from 1.9%"
    words = without_time(words)
    sized = list(words)
    while sized and (sized[-1].kind in ("NUM", "PUNCT") or sized[-1].low in SCALE_WORDS.keys() | COMPARATIVES | HEDGES
                     or sized[-1].low in ("than", "by")):
        sized = sized[:-1]  # "fell by more than £600 from": past the size of the change, to what changed
    if len(sized) < len(words) and sized[-1:] and sized[-1].low in CHANGE_NOUNS and sized[-1].kind != "NUM":
        words = sized
    if not words or words[-1].kind == "NUM" or words[-1].low in SCALE_WORDS:
        return None  # "rose to $5 million from": what the figure before measures
    if words[-1].low in ("up", "down"):
        words = words[:-1]  # "revised down"
    if words and (words[-1].kind == "VERB" or (words[-1].low in CHANGE_NOUNS and not words[-1].low.endswith("s"))):
        # "fell", "rose" (the dictionary has them as nouns too), not "jobs gains"
        words = words[:-1]
        while words and (words[-1].low in PASSIVE | BEFORE_VERBS | EXPECTING_WORDS):  # "are expected to rise"
            words = words[:-1]
    return phrase_before(without_time(words)) or None  # "the number waiting over 12 months fell": the number


def amount_of(before: list[Word], after: list[Word], quantity: Quantity) -> list[Word] | None:
    """"a loan of $900m", "the jobless rate was 5%", "debt stood at £2bn": the noun the figure is the amount of."""
    words = list(before)
    while words and (words[-1].kind == "ADV" or words[-1].low == "between"):
        words.pop()  # "values its gold reserves at between $40 and $50"
    if [w.low for w in words[-3:]] == ["plus", "or", "minus"]:
        words = words[:-3]  # "a margin of error of plus or minus 4 percentage points"
    if not words or words[-1].low not in AMOUNT_LINKS:
        return None
    links: list[str] = []
    while words and words[-1].low in AMOUNT_LINKS:
        if words[-1].low == "worth" and links == ["of"]:
            break  # "his net worth of $5bn": the noun
        links.append(words.pop().low)
    while words and (words[-1].low in AUXILIARIES or words[-1].kind == "ADV") and links[-1] not in GRAMMAR_WORDS:
        words.pop()  # "economic growth has averaged 6%": what averaged it (after a verb, not "of" or "at")
    if len(words) > 1 and words[-1].low == "in" and verb_lemma(words[-2].low) == "come":
        links.append("came in")  # "sales came in at $43.7bn"
        words = words[:-2]
    if VALUE_LINKS.intersection(links) and words and words[-1].kind not in NOUNS:
        # "a deal that could be worth", "the deal is thought to be worth": what is worth it
        words = words[:verbs_start(words)]
        if words and words[-1].low in RELATIVES:
            words = words[:-1]
    owner = phrase_before(words)
    if owner and owner[-1].low in EXTREMES | {"record", "peak"} and links == ["of"]:
        # "the gap between US exports and imports hit an all-time high of $671.7bn": the gap, which hit it
        reached = words[:len(words) - len(owner)]
        while reached and (reached[-1].kind in ("FUNC", "ADV") or reached[-1].low in LEVEL_LINKS | AMOUNT_LINKS
                           or (reached[-1].kind == "VERB" and len(reached) > 1)):
            reached = reached[:-1]  # "hit an", "rose to a", "reached a"
        subject = subject_named(reached)
        # the clause's whole subject (not "imports", the end of "the gap between US exports and imports")
        if subject and len(subject) == len(reached) - (reached[-1:] != subject[-1:]) \
                and subject[0].low not in SUBJECT_PRONOUNS:
            return subject
    if owner and is_time(owner) and owner[-1].low not in PERIOD_NOUNS:  # (not "in a time of one minute")
        owner = phrase_before(words := without_time(words))  # "a loss for the three months to December of 7.5bn yen"
    the = article_before(words, owner, tuple(DETERMINERS))
    valued = len(words) > len(owner) + len(the) and verb_lemma(words[-len(owner) - len(the) - 1].low) == "value"
    if owner and (VALUE_LINKS.intersection(links) or (valued and links == ["at"])):
        near = nearest_group(owner)
        if near and len(near) < len(owner) and near[-1].low in MONEY_NOUNS:
            # "to buy 37.5% of United Breweries in a deal worth 4.66bn rupees": the value of the deal
            the = [w for w in owner[len(owner) - len(near) - 1:][:1] if w.low in DETERMINERS]
            owner = near
        # "Pernod, worth 7.5bn euros", "valuing the company at $35bn": the value of the company
        return fitting([Word("value", "NOUN"), Word("of", "FUNC"), *the, *owner], [Word("value", "NOUN"),
                                                                               Word("of", "FUNC"), *owner])
    return [*owner, *holder(words[:len(words) - len(owner)])][:MOST_WORDS] if len(owner) == 1 else owner


def subject_at(before: list[Word], after: list[Word], quantity: Quantity) -> list[Word] | None:
    """The subject of verbs that put it at the figure: "the unemployment rate stayed at 5.4%", "oil revenues were
    expected to fall to $14.1bn", "Exel is currently valued at £2.6bn" (value of Exel)."""
    words = [w for w in before if w.kind != "ADV" and w.low not in VERB_ADVERBS]  # "now stands at"
    if not words or words[-1].low not in LEVEL_LINKS | COPULAS:
        return None
    copula = words[-1].low in COPULAS
    if copula:  # "growth in 2004 was 1.6%": growth, whenever
        words = [*without_time(words[:-1]), Word("be", "FUNC")]
    start = len(words) - 1
    while start and not copula and (
            words[start - 1].kind == "VERB" or words[start - 1].low in PASSIVE | BEFORE_VERBS
            or (words[start - 1].low in EXPECTING_WORDS and start > 1 and words[start - 2].low in PASSIVE)) \
            and not acted_as_noun(words[start - 2] if start > 1 else None, words[start - 1]):
        start -= 1  # "rates are set to remain at"; not "gross mortgage lending (stood at)", the subject's noun
    if start and acted_as_noun(words[start - 2] if start > 1 else None, words[start - 1]):
        words = [*words[:start - 1], Word(words[start - 1].text, "NOUN"), *words[start:]]
    verbs = words[start:-1]
    subject = phrase_before(words[:start])
    the = article_before(words[:start], subject)
    if not (words[-1].low in LEVEL_VERBS or any(w.kind == "VERB" for w in verbs)) or not subject \
            or subject[0].low in SUBJECT_PRONOUNS or is_time(subject) or (after and after[0].low in COMPARATIVES):
        # "cut jobs to 5,000": what was cut is not put at the figure ("would be $300" puts it); not "(completed)
        # next year will be" nor "will be five million times faster", a comparison
        return None
    if (verbs and verbs[0].kind == "VERB" and any(w.low in PASSIVE | BEFORE_VERBS for w in verbs[1:])) \
            or any(verb_lemma(w.low) == "compare" for w in verbs) \
            or words[max(0, start - len(subject) - len(the) - 1)].low in ("which", "whom"):
        # "the cost of the projects covered was expected to reach £50bn" (a verb of the subject's), "compared to
        # almost two-thirds" (another figure's), "which the company put at $640m" (the thing before "which")
        return None
    named = "value" if any(verb_lemma(w.low) == "value" for w in verbs) else "price" \
        if quantity.kind == "money" and (subject[-1].low in ("shares", "stock")
                                         or any(verb_lemma(w.low) == "price" for w in verbs)) else None
    if named:  # "Southcorp's shares were suspended at A$4.25": their price
        return fitting([Word(named, "NOUN"), Word("of", "FUNC"), *the, *subject],
                       [Word(named, "NOUN"), Word("of", "FUNC"), *subject])
    return subject


def acted_as_noun(previous: Word | None, word: Word) -> bool:
    """An -ing form after a noun that names the act: "mortgage lending", "government spending" (not "share issues
    amounting", "people leaving")."""
    return previous is not None and is_participle(word) and previous.kind == "NOUN" and not previous.low.endswith("s")


def holder(words: list[Word]) -> list[Word]:
    """Whose a lone noun is when the clause says what something has: "the Parc des Sports Aguilera has a
    capacity of 12,667" (capacity of the Parc des Sports Aguilera)."""
    words = words[:-1] if words and words[-1].low in ("a", "an", "the") else words
    if not words or words[-1].kind not in ("VERB", "FUNC") \
            or verb_lemma(words[-1].low) not in HOLDING_VERBS | RESULT_VERBS:
        return []
    verb = verb_lemma(words[-1].low)
    told = past_told_pronoun(words[:-1])  # "the sports giant said it posted a profit of $261.9m": the giant's
    subject = phrase_before(told)
    if not subject or subject[0].low in SUBJECT_PRONOUNS:
        return []
    if verb in RESULT_VERBS:  # "Fox generated revenues of $12bn": revenues generated by Fox
        return [Word(past_participle(verb), "VERB"), Word("by", "FUNC"), *article_before(told, subject), *subject]
    return [Word("of", "FUNC"), *article_before(told, subject), *subject]


def past_told_pronoun(words: list[Word]) -> list[Word]:
    """The words before a pronoun that stands for who says so: "Nortel said it" (had made $434m): "Nortel"."""
    if len(words) > 2 and words[-1].low in TOLD_PRONOUNS and words[-2].kind == "VERB" \
            and verb_lemma(words[-2].low) in HEARSAY_VERBS:
        return words[:-2]
    return words


def object_of(before: list[Word], after: list[Word], quantity: Quantity) -> list[Word] | None:
    """"invested more than $10 billion in Latin America": investment in Latin America; "jumped 6.63m": jump."""
    if before and before[-1].low == "between":
        before = before[:-1]  # "was paid between £45,001 and £50,000"
    if before and before[-1].low in EXTRA_WORDS:
        before = before[:-2] if len(before) > 1 and before[-2].low in ("a", "an") else before[:-1]  # "an extra £4"
    if quantity.kind == "money" and len(before) > 1 and (before[-1].low in PARTICLES - CHANGE_NOUNS.keys() or (
            before[-1].low == "in" and verb_lemma(before[-2].low) in MONEY_VERB_NOUNS)) and before[-2].kind == "VERB":
        before = before[:-1]  # "the scheme has paid out £25m", "raked in $80m" (not "finished down $18.90", a fall)
    verbs = [w for w in before[-3:] if w.kind == "VERB"]
    if not verbs or before[-1].kind not in ("VERB", "ADV"):
        return None
    if after and ((after[0].kind in NOUNS and not is_time(after[:2])) or (quantity.kind == "count"
                                                                          and after[0].low == "of")):
        # "News Corp makes $5.4bn Fox offer": the sum is the offer's, what follows says what it is; "won 36 of his
        # 50 matches": matches
        return None
    lemma = verb_lemma(verbs[-1].low)
    passive = before.index(verbs[-1]) > 0 and before[before.index(verbs[-1]) - 1].low in PASSIVE
    noun = PASSIVE_VERB_NOUNS[lemma] if passive and lemma in PASSIVE_VERB_NOUNS \
        else MONEY_VERB_NOUNS.get(lemma) if quantity.kind == "money" and lemma in MONEY_VERB_NOUNS \
        else TIME_VERB_NOUNS.get(lemma) if quantity.unit in DURATION_UNITS and lemma in TIME_VERB_NOUNS \
        else VERB_NOUNS.get(lemma)
    if noun is None:
        return None
    start = past_conversion(after)  # "pay $1m (£522,000) to the ex-finance chief"
    while start + 1 < len(after) and after[start].low in RATE_WORDS and after[start + 1].kind in NOUNS:
        start += 2  # "spend $17 per child per year on textbooks": spending on textbooks
    # "it would spend $3.3bn to buy one of South Korea's main retail banks": spending to buy …
    aim = after[start:start + 2] if len(after) > start + 1 and after[start].low == "to" \
        and after[start + 1].kind == "VERB" and verb_lemma(after[start + 1].low) == after[start + 1].low else []
    if start + 1 < len(after) and after[start].low == "in" and after[start + 1].low in MONEY_NOUNS:
        # "provide $150 million in loans this year to small businesses": the loans, to whom
        form, end = noun_group(after, start + 1)
        while end < len(after) and (after[end].low in DETERMINERS or after[end].low in WHEN_WORDS | TIME_NOUNS):
            end += 1
        if (whom := attachment(after, end)[0]):  # else "claim in damages" says more than "damages"
            return at_most_eight([*form, *whom])
    if aim and noun == "takings":
        noun = "cost"  # "it would take £40m to stage a takeover": what it costs
    the = [w for w in after[start + 2:start + 3] if w.low in DETERMINERS]
    tail = fitting([*aim, *the, *phrase_after(after, start + 2)], [*aim, *phrase_after(after, start + 2)], 1) \
        if aim else attachment(after, start)[0]
    if noun in TIME_VERB_NOUNS.values() and start < len(after) and is_participle(after[start]):
        # "spent three weeks learning Hindi", "spent 15 months looking into the activities of …": doing what
        tail = participle_phrase(after, start)
    # (what fetched a price says more than where: "the unit fetches $9bn at auction")
    if tail and noun != "price" and tail[-1].low not in TIME_NOUNS | PERIOD_NOUNS | MOMENT_NOUNS \
            and not is_time(tail[1:]):  # not "over the next decade", "in the first half"
        return at_most_eight([Word(noun, "NOUN"), *tail])
    # "Clinton's tax plan would raise $1.1 trillion": revenue from Clinton's tax plan
    until_verb = before[:before.index(verbs[-1])]
    foreseen = False
    while until_verb and (until_verb[-1].low in BEFORE_VERBS or until_verb[-1].low in EXPECTING_WORDS):
        foreseen = foreseen or until_verb[-1].low in EXPECTING_WORDS
        until_verb.pop()
    while (foreseen or passive) and until_verb and until_verb[-1].low in PASSIVE | BEFORE_VERBS:
        until_verb.pop()  # "the market is expected to generate"; "Wells Fargo has been fined", a passive
    until_verb = past_told_pronoun(until_verb)  # "Nortel said it had made $434m": Nortel's earnings
    subject = phrase_before(until_verb)
    while subject and subject[0].kind == "VERB":
        subject = subject[1:]
    if is_time(subject):
        subject = []  # "announced plans this week to give $15m": not the week's
    # "Liam Gallagher has been fined 50,000 euros": the fine to Liam Gallagher
    link = "to" if passive else SUBJECT_LINKS.get(noun, "by")
    told = [Word(noun, "NOUN"), Word(link, "FUNC")]
    if not subject:  # "should still fetch at least £8,000 for the cheapest model": the price for it
        return at_most_eight([*told[:1], *tail]) if noun == "price" and tail else told[:1]
    return fitting([*told, *article_before(until_verb, subject), *subject], [*told, *subject])


def at_most_eight(words: list[Word]) -> list[Word]:
    """Eight words at most: first without the articles inside ("officials from Latin America at regional
    migration ministerial", not cut before "ministerial"), else cut before a phrase that starts among the
    last words of the eight ("revenue from its record-breaking second listing (in Hong Kong)"), else with the
    last group after a preposition thinned of its describing words, its names and head kept, else at eight."""
    if len(words) <= MOST_WORDS:
        return words
    bare = [words[0], *(w for w in words[1:] if w.low not in ("a", "an", "the"))]
    if len(bare) <= MOST_WORDS:
        return bare
    # a phrase is given up only where that leaves most of the eight ("states led" says less than a cut name)
    cut = max((i for i in range(MOST_WORDS - 3, MOST_WORDS + 1) if words[i].low in ATTACHING), default=None)
    if cut is not None:
        return words[:cut]
    # a long last group gives up its describing words, not its head: "price of stake in Yukos' former key oil
    # production unit": "price of stake in Yukos' oil production unit"
    start = max((i + 1 for i, w in enumerate(bare) if w.kind == "FUNC"), default=0)
    kept, group = bare[:start], bare[start:]
    thinnable = bool(kept) and kept[-1].low in ATTACHING and all(w.kind in (*NOUNS, "ADJ", "NUM") for w in group)
    while thinnable and len(kept) + len(group) > MOST_WORDS and (spare := next(
            (i for i, w in enumerate(group[:-1]) if w.kind not in ("PROPN", "NUM") and not owns(w)), None)) is not None:
        group = group[:spare] + group[spare + 1:]
    return [*kept, *group] if len(kept) + len(group) <= MOST_WORDS else words[:MOST_WORDS]


def fitting(with_article: list[Word], without: list[Word], more: int = 0) -> list[Word]:
    """The phrase with its article where that fits in eight words (`more` words will go before it), else
    without, cut at eight: "payment to settle lawsuit filed by Mr Spitzer", not "… a lawsuit filed by Mr"."""
    return with_article if len(with_article) + more <= MOST_WORDS else without[:MOST_WORDS - more]


def past_conversion(after: list[Word], within: int = 8) -> int:
    """Where the words after a sum go on past its conversion in brackets ("$1m (£522,000) to …"), closed
    within `within` words, else 0."""
    if after[:1] and after[0].text == "(" and ")" in (w.text for w in after[:within]):
        return [w.text for w in after].index(")") + 1
    return 0


def cost_to(before: list[Word], after: list[Word], quantity: Quantity) -> list[Word] | None:
    """"the Dome cost taxpayers £28.7m": the cost to taxpayers of the Dome; "gave Colombia $5m": aid to Colombia."""
    verb = next((i for i in range(len(before) - 2, 0, -1) if verb_lemma(before[i].low) in SUM_TO_VERBS
                 and "VERB" in parts_of_speech(before[i].low)), None)
    if verb is None:
        return None
    told = before[verb + 1:]  # "cost taxpayers", "cost the industry"; not "fined a record", "cost an extra"
    if [w.low for w in told] in (["it"], ["them"]) and VERB_NOUNS[verb_lemma(before[verb].low)] == "cost" \
            and (subject := phrase_before([w for w in before[:verb] if w.low not in AUXILIARIES])):
        return [Word("cost", "NOUN"), Word("of", "FUNC"), *subject][:MOST_WORDS]  # "corruption … has cost it £1m"
    definite = bool(told) and told[0].low in DETERMINERS - {"a", "an"}
    if not told or told[-1].kind not in NOUNS or any(w.kind not in (*NOUNS, "ADJ") for w in told[definite:]):
        return None
    noun = VERB_NOUNS[verb_lemma(before[verb].low)]
    subject = phrase_before(before[:verb]) if noun == "cost" else []
    the = [w for w in before[verb - len(subject) - 1:verb - len(subject)] if w.low in DETERMINERS]
    whose = [Word("of", "FUNC"), *the, *subject] if subject else []
    return [Word(noun, "NOUN"), Word("to", "FUNC"), *told, *whose][:MOST_WORDS]


def price(before: list[Word], after: list[Word], quantity: Quantity) -> list[Word] | None:
    """"bought the Yugansk unit for $9.3bn", "a laptop that will go on sale for $100": the price of what is traded."""
    words = [w for w in before if w.kind != "ADV"]
    if len(words) < 3 or words[-1].low != "for" or any(w.low in SUING for w in words):
        return None  # (not "will sue those involved in the sale of Yuganskneftegas for $20bn": damages)
    words = without_time(words[:-1])  # "was sold in June 2004 for"
    placed = next((i for i in range(len(words) - 2, 0, -1) if words[i].low == "in"
                   and all(w.kind == "PROPN" or w.low in ("the", "and") for w in words[i + 1:])), None)
    if placed is not None and words[placed - 1].low in SELLING_FORMS:
        words = words[:placed]  # "The PSP is selling in Japan for 19,800 yen": where it sells, not what
    if not words:
        return None
    if (fee := fee_for_move(words)):
        return fee
    if words[-1].low == "sale":  # "a laptop PC that will go on sale for": what the clause is about
        relative = max((i for i, w in enumerate(words) if w.low in RELATIVES), default=0)
        thing = phrase_before(words[:relative])
    elif words[-1].low in SELLING_FORMS and len(words) > 1:
        # "the Mac mini to sell for £339", "the laptop will retail for $100": the price of what sells
        rest = words[:verbs_start(words)]
        thing = phrase_before(rest)
        thing = [*article_before(rest, thing), *thing]
        if not thing:
            return None
    else:
        thing = phrase_before(words)
        rest = words[:len(words) - len(thing)]
        if len(rest) > 2 and rest[-1].low == "to" and (sold_to := phrase_before(rest[:-1])) \
                and len(rest) - 1 > len(sold_to) and rest[-2 - len(sold_to)].low in TRADE_VERBS | DETERMINERS:
            # "sold its insurance arm to Metlife for $11.5bn": the price of what was sold, not of the buyer
            thing, rest = sold_to, rest[:-1 - len(sold_to)]
        if thing and rest and rest[-1].low == "to" and verb_lemma(thing[0].low) in TRADE_VERBS:
            # "is to buy rival May Department Stores for $11bn": after "to", "buy" is the verb
            thing, rest = thing[1:], [*rest, thing[0]]
        traded = next((i for i in range(1, len(thing) - 1) if thing[i].low in TRADE_VERBS and thing[i].text.islower()
                       and thing[i - 1].kind in NOUNS), None)
        if traded is not None:
            thing, rest = thing[traded + 1:], [*rest, *thing[:traded + 1]]  # "Macy's owner buys rival for $11bn"
        if (sale := traded_noun(thing)) is not None:
            thing, rest = thing[sale + 2:], [*rest, *thing[:sale + 2]]  # "the sale of its stake for £146m"
        if rest and rest[-1].low in DETERMINERS:
            thing, rest = [rest[-1], *thing], rest[:-1]
        if len(rest) > 1 and rest[-1].low in PARTICLES:
            rest = rest[:-1]  # "to buy out minority investors in Fox for about $5.4bn"
        if len(rest) > 2 and rest[-1].low == "by" and rest[-2].low in TRADE_VERBS:
            # "AT&T being bought by former subsidiary SBC for $16bn": the price of what was bought, not of the buyer
            thing, rest = phrase_before([w for w in rest[:-2] if w.low not in PASSIVE]), rest[-2:-1]
        if rest and rest[-1].kind == "NUM":
            thing, rest = [rest[-1], *thing], rest[:-1]  # "the sale of 10 planes": the price of 10 planes
        if len(rest) > 2 and rest[-1].low == "of" and rest[-2].text == "%" and rest[-3].kind == "NUM":
            # "to buy 15% of Yukos' unit for $2bn": the price of a stake in it
            thing, rest = [Word("stake", "NOUN"), Word("in", "FUNC"), *thing], rest[:-3]
        sold = len(rest) > 1 and rest[-1].low == "of" and rest[-2].low in TRADE_NOUNS
        if not sold and (not rest or rest[-1].low not in TRADE_VERBS):
            return None
        chain = verbs_start(rest)
        if not thing and any(w.low in PASSIVE for w in rest[chain:]):
            thing = phrase_before(rest[:chain])  # "Yukos was bought for": what was bought
    return at_most_eight([Word("price", "NOUN"), Word("of", "FUNC"), *thing]) if thing else None


def verbs_start(words: list[Word]) -> int:
    """Where the verbs that end `words` begin: "Yuganskneftegaz (had been seized and sold)", "the Mac mini (to
    sell)"."""
    start = len(words) - 1
    while start and (words[start - 1].kind == "VERB" or words[start - 1].low in AUXILIARIES | BEFORE_VERBS | {"and"}
                     # "is set to", "is thought to": a verb the dictionary also reads as a noun
                     or (words[start].low == "to" and start > 1 and words[start - 2].low in PASSIVE
                         and "VERB" in parts_of_speech(words[start - 1].low))):
        start -= 1
    return start


def exchange_rate(before: list[Word], after: list[Word], quantity: Quantity) -> list[Word] | None:
    """A sum of one currency told against another is an exchange rate: "the dollar was up slightly at just above
    $1.29 to the euro" (dollar's exchange rate against the euro), "reaching $1.8832 to the pound"."""
    after = after[past_conversion(after):]
    start = 2 if len(after) > 2 and after[1].low in ("the", "a") else 1
    if len(after) <= start or after[0].low not in ("to", "against", "versus", "per") \
            or singular(after[start].low) not in CURRENCY_WORDS:
        return None
    own = next((name for name, code in CURRENCY_WORDS.items() if code == quantity.unit), None)
    whose = [Word(f"{own}'s", "NOUN")] if own and own != singular(after[start].low) else []
    return [*whose, Word("exchange", "NOUN"), Word("rate", "NOUN"), Word("against", "FUNC"), Word("the", "FUNC"),
            Word(singular(after[start].low), "NOUN")]


def price_each(before: list[Word], after: list[Word], quantity: Quantity) -> list[Word] | None:
    """A sum paid for each of many things is the price of one: "sold 19.6 million shares at $85 each" (price per
    share), "buy back 52 million shares at 570 rupees (£6.80) apiece"."""
    after = after[past_conversion(after):]
    words = [w for w in before if w.kind != "ADV"]
    if not words or words[-1].low not in ("at", "for") or not after or after[0].low not in ("each", "apiece"):
        return None
    counted = next((w for w in reversed(words[:-1]) if w.kind == "NOUN" and plural(w)), None)
    return [Word("price", "NOUN"), Word("per", "FUNC"), Word(singular(counted.low), "NOUN")] if counted else None


def price_per(before: list[Word], after: list[Word], quantity: Quantity) -> list[Word] | None:
    """A sum a thing is pitched at, for each unit named after it, where nothing said what is sold: "pitched at
    about 300p a share" (price per share), "for 11-14 euros a share"; not "$500 a month", a rate of time, nor
    "investment at about $40 a head", a sum for each person."""
    after = after[past_conversion(after):]
    after = list(itertools.dropwhile(lambda w: w.text in DASHES or w.low == "to" or w.kind == "NUM"
                                     or singular(w.low) in CURRENCY_WORDS, after))  # "11(-14 euros) a share"
    words = [w for w in without_range_start(before) if w.kind != "ADV"]
    if not words or words[-1].low not in ("at", "for") or len(after) < 2 or after[0].low not in ("a", "per") \
            or after[1].kind != "NOUN" or is_time(after[1:2]) or after[1].low in PER_PERSON:
        return None
    return [Word("price", "NOUN"), Word("per", "FUNC"), after[1]]


def damages_sought(before: list[Word], after: list[Word], quantity: Quantity) -> list[Word] | None:
    """A sum one is sued for is the damages sought from one: "A US TV network is being sued for $2.5m" (damages
    sought from US TV network), "Yukos has sued the Russian government for $28.3bn" (damages sought from the Russian
    government)."""
    words = [w for w in before if w.kind != "ADV"]
    sued = [Word("damages", "NOUN"), Word("sought", "VERB"), Word("from", "FUNC")]
    if len(words) > 2 and words[-1].low == "for" and (whom := phrase_before(words[:-1])) \
            and (rest := words[:-1 - len(whom)]) and (rest[-1].low in SUING or (
                len(rest) > 1 and rest[-1].low in DETERMINERS and rest[-2].low in SUING)):
        # "Yukos has sued the Russian government for $28.3bn": damages sought from the Russian government
        return at_most_eight([*sued, *rest[-1:], *whom] if rest[-1].low in DETERMINERS else [*sued, *whom])
    if len(words) < 2 or [w.low for w in words[-2:]] != ["sued", "for"]:
        return None
    told = words[:-2]
    while told and told[-1].low in AUXILIARIES | {"being"}:
        told = told[:-1]
    subject = phrase_before(told)
    return at_most_eight([*sued, *subject]) if subject and subject[0].low not in SUBJECT_PRONOUNS else sued[:2]


def named_for(before: list[Word], after: list[Word], quantity: Quantity) -> list[Word] | None:
    """"a tasty cheque for $1.5m", "a bid for £5m", "a claim for $280bn": the sum is what the noun of money names."""
    words = [w for w in before if w.kind != "ADV"]
    if len(words) < 2 or words[-1].low != "for" or words[-2].low not in MONEY_NOUNS:
        return None
    named = phrase_before(words[:-1])
    rest = [w for w in words[:len(words) - 1 - len(named)] if w.low not in DETERMINERS]
    if (rest and rest[-1].low in TRADE_VERBS) or traded_noun(named) is not None:
        return None  # "sold its stake for £146m", "the sale of its stake for": what it is traded for, its price
    return nearest_group(named) or None


def traded_noun(words: list[Word]) -> int | None:
    """Where "the sale of", "the purchase of" opens what is traded: "sale of its stake" (0)."""
    return next((i for i in range(len(words) - 1) if words[i].low in TRADE_NOUNS and words[i + 1].low == "of"), None)


def fee_for_move(words: list[Word]) -> list[Word] | None:
    """"he moved to Chelsea for £2.25m from Anderlecht", "joined Rangers from Red Star Belgrade for £1.2m": the
    fee for a move to the club named; not "moved to full-back for 10 minutes" nor "signed up for a $12.8bn deal"."""
    move = next((i for i in range(len(words) - 1, max(-1, len(words) - 9), -1) if words[i].low in MOVING_FORMS), None)
    if move is None:
        return None
    joined = words[move + 1:]
    joined = joined[1:] if joined and joined[0].low == "to" else joined
    club = joined[:next((i for i, w in enumerate(joined) if w.low == "from"), len(joined))]
    if not any(w.kind == "PROPN" for w in club) or not all(w.kind == "PROPN" or w.low in DETERMINERS for w in club):
        return None
    return at_most_eight([Word("fee", "NOUN"), Word("for", "FUNC"), Word("move", "NOUN"), Word("to", "FUNC"), *club])


def purpose(before: list[Word], after: list[Word], quantity: Quantity) -> list[Word] | None:
    """"more than $80 million to support the country's COVID-19 response": support for that response."""
    after = after[past_conversion(after):]  # "$3.3bn (£1.8bn) to buy one of South Korea's main retail banks"
    if len(after) > 1 and after[0].low in ("to", "for") and after[1].kind in ("VERB", "NOUN"):
        noun = VERB_NOUNS.get(verb_lemma(after[1].low))
        the = [w for w in after[2:3] if w.low in DETERMINERS]
        thing = phrase_after(after, 2)
        if noun and thing:
            return [Word(noun, "NOUN"), Word("for", "FUNC"), *the, *thing][:MOST_WORDS]
    return None


def sum_to_act(before: list[Word], after: list[Word], quantity: Quantity) -> list[Word] | None:
    """A sum for an act with no noun of its own, where nothing before names the sum: "earmarked £1bn to help keep
    down council tax rises" (sum to keep down council tax rises), "with £8 billion to fill the black hole"."""
    after = after[past_conversion(after):]
    helped = 2 if len(after) > 2 and verb_lemma(after[1].low) == "help" and "VERB" in parts_of_speech(after[2].low) \
        else 1
    if len(after) < helped + 2 or after[0].low != "to" or "VERB" not in parts_of_speech(after[helped].low) \
            or after[helped].low != verb_lemma(after[helped].low) or after[helped].low in ("be", "have", "do"):
        return None
    particle = after[helped + 1:helped + 2] if after[helped + 1].low in PARTICLES else []
    start = helped + 1 + len(particle)
    the = [w for w in after[start:start + 1] if w.low in DETERMINERS]
    thing = phrase_after(after, start)
    return trimmed([Word("sum", "NOUN"), after[0], after[helped], *particle, *the, *thing][:MOST_WORDS]) \
        if thing else None


def apart(before: list[Word], after: list[Word], quantity: Quantity) -> list[Word] | None:
    """How far one place is from another: "the Huaral Valley, 80 kilometres north of the capital
    Lima" (distance north of the capital Lima), "at least 200 metres away from schools"."""
    if quantity.unit not in DISTANCE_UNITS or not after or after[0].low not in DIRECTIONS:
        return None
    start = 0 if after[0].low == "from" else 1  # "north of", "away from"; "from" itself
    if len(after) <= start or after[start].low not in ("of", "from"):
        return None
    place, _ = attachment(after, start)  # "from middle and elementary schools"
    return [Word("distance", "NOUN"), *after[:start], *place][:MOST_WORDS] if place else None


def race(before: list[Word], after: list[Word], quantity: Quantity) -> list[Word] | None:
    """A distance that names a race: "the Olympic 100m title" (the event of that title), "won the women's
    800m at the Boston Indoor Games" (the women's race at those games)."""
    if quantity.unit not in DISTANCE_UNITS or not before:
        return None
    event = [Word("event", "NOUN"), Word("of", "FUNC")]
    if quantity.approx == "more than" and before[-1].low in RACE_TITLES:
        held = phrase_before(before)  # "smashed the British record over 60m hurdles": the event of that record
        return [*event, *article_before(before, held), *held][:MOST_WORDS]
    titled, end = noun_group(after, 0)
    # "the 60m hurdles title", "Olympic 100m champion Kim Collins", "my 60m world indoor silver medal"
    if titled and (titled[0].low in RACE_TITLES or titled[-1].low in RACE_TITLES):
        owner = [w for w in before[-2:] if w.low in DETERMINERS or w.kind == "PROPN"]
        attached, _ = attachment(after, end)
        if is_time(attached[1:]):
            attached = []  # "the hurdles title for the past three years": when, not which
        return [*event, *owner, *titled, *attached][:MOST_WORDS]
    owner = [before[-1]] if before[-1].text.endswith(("'s", "’s", "s'")) else []
    # "the 60m", "the women's 800m", "a high-class women's 60m", "his favoured 400m"
    favoured = len(before) > 1 and before[-1].kind in ("ADJ", "VERB") and before[-2].low in POSSESSIVES
    if before[-1].low not in ("the", *POSSESSIVES) and not favoured \
            and not (owner and any(w.low in ("the", "a") for w in before[-3:-1])):
        return None
    named = past_conversion(after)
    if named < len(after) and after[named].kind in NOUNS and after[named].low not in SMALL_NUMBERS:
        return None  # "the 3km race" says itself what it is, as does "the 1.3m (4.2ft) Emiew"
    attached, _ = attachment(after, 0)
    return [*owner, *(before[-2:] if favoured else []), Word("race", "NOUN"), *attached][:MOST_WORDS]


def named_before(before: list[Word], after: list[Word], quantity: Quantity) -> list[Word] | None:
    """"the previous world indoor mark of 14:39.29 set by …": the mark (not what follows)."""
    if not before or before[-1].low != "of":
        return None
    owner = phrase_before(before[:-1])
    if not owner or owner[-1].low in TIME_NOUNS | HOLDER_NOUNS:
        return None  # "a time of": whose time; "a total of": of what
    return owner


def duration(before: list[Word], after: list[Word], quantity: Quantity) -> list[Word] | None:
    """How long something lasts or has been: "the ink stays on the finger for at least 72 hours" (the time
    the ink stays on the finger), "four years after the Millennium Exhibition closed" (the time since it closed),
    "five days before the ceremony" (the time before it), "has 10 days to appeal" (the time to appeal),
    "Throughout the last three years, the people have provided a vital thrust" (the time they have)."""
    if quantity.unit not in DURATION_UNITS or (after and after[0].low == "of"):
        return None  # "ten days of talks": how long the talks last (length_of), not a time something lasts
    if [w.low for w in after[:3]] == ["in", "the", "making"]:
        # "The network has been three years in the making": the time in the making of the network
        done = [w for w in before if w.low not in PASSIVE | BEFORE_VERBS and w.kind != "ADV"]
        subject = phrase_before(done)
        return at_most_eight([Word("time", "NOUN"), *after[:3], Word("of", "FUNC"), *article_before(done, subject),
                              *subject]) if subject else None
    before = without_range_start(before)  # "take two to (three weeks)", "lasts for 10-(15 minutes)"
    # "it would be five days before an engineer would show up", "could take 15 years before Turkey joins" (not
    # "led the council for seven years before entering the Commons": how long he led it)
    waited = bool(before) and (before[-1].low in PASSIVE or verb_lemma(before[-1].low) == "take")
    # "five days before the ceremony", "talks six months before their contracts expire": the time before an event;
    # not what lasts that long ("went off for 15 minutes before returning", "active for as little as 30 seconds")
    plain = [w for w in before if w.kind != "ADV" and w.low not in HEDGES]
    if plain and plain[-1].kind == "VERB" and verb_lemma(plain[-1].low) == "last":
        # "the trial is expected to last two months": the length of the trial
        chain = verbs_start(plain)
        rest = plain[:chain]  # (not "the first match between the pair for three years - … - and lasted")
        lasted = phrase_before(rest) if "and" not in (w.low for w in plain[chain:]) else []
        return at_most_eight([Word("length", "NOUN"), Word("of", "FUNC"), *article_before(rest, lasted), *lasted]) \
            if lasted and lasted[0].low not in SUBJECT_PRONOUNS else None
    waited = waited or not plain or plain[-1].low not in ATTACHING | SPAN_PREPOSITIONS | {"after", "as", "than"}
    if waited and len(after) > 1 and after[0].low == "to" and after[1].kind == "VERB":
        # "it would take two to three weeks to convene the DNC": the time to convene it; "has 10 days to appeal, and
        # the commission can also appeal": the time to appeal
        aim = list(itertools.takewhile(lambda w: w.kind != "PUNCT", after))
        aim = next((aim[:i] for i in range(2, len(aim)) if aim[i].low in ("and", "but", "or", "so")), aim)
        return trimmed(at_most_eight([Word("time", "NOUN"), *aim]))
    if after and (after[0].low in ("after", "since") or (waited and after[0].low in ("until", "before"))):
        clause = list(itertools.takewhile(lambda w: w.kind != "PUNCT", after[1:]))
        # "26 years after the first broadcast and included many of the cast": the clause is the broadcast's; "two
        # days before the Friday matches so they decided": the matches
        clause = next((clause[:i] for i in range(1, len(clause) - 1) if clause[i].low in ("but", "so")
                       or (clause[i].low in ("and", "or") and clause[i + 1].kind == "VERB")), clause)
        # "four years after the Dome closed": the time since; "two months until the election": the time until
        since = [Word("time", "NOUN"), Word("since" if after[0].low in ("after", "since") else after[0].low, "FUNC")]
    elif (ended := ended_after(before, after)) is not None:
        # "Cat Deeley has resigned as host after six years", "returned to London 12 months later": the time before
        # the clause's event
        since, clause = [Word("time", "NOUN"), Word("before", "FUNC")], ended
    else:
        words = without_span_openers(before)  # "for the past three years"
        if not words or words[-1].low not in SPAN_PREPOSITIONS:
            return None
        clause = own_clause(words[:-1])
        # "became a best-seller in two years": the time it took; not "in the past five years" (a period) nor "has
        # never faced a race in 24 years"
        taking = words[-1].low in ("in", "within") and len(words) == len(before) \
            and not any(w.low in ("not", "never", "no") for w in clause)
        if not clause and after and after[0].text == ",":  # "For five days, they will discuss …"
            clause = list(itertools.takewhile(lambda w: w.kind != "PUNCT", after[1:]))
        said = next((i for i, w in enumerate(clause[:4]) if w.kind == "VERB" and verb_lemma(w.low) in HEARSAY_VERBS),
                    None)
        if said is not None and any(w.kind == "VERB" for w in clause[said + 2:said + 6]):
            # "She said her party would boost maternity pay in the first six months"; not "Sales saw a modest rise"
            clause = clause[said + 1:]
        while clause and clause[0].kind in ("FUNC", "PUNCT", "ADV") \
                and clause[0].low not in TOLD_PRONOUNS | DETERMINERS:
            if clause[0].low in SUBJECT_PRONOUNS:
                return None  # "I pride myself on heading for 15 years …": the speaker, whom the table cannot name
            clause = clause[1:]
        since = [Word("time", "NOUN")]
        # "is hoping to triple cocoa production over the next three years": the time to triple it (not "over the
        # past four years", nor "continue to fall", a change, nor "to attract $15bn", the period of another figure)
        aims = words[-1].low == "over" and before[-1].low not in ("past", "last") \
            and not any(is_number(w) or w.kind == "PUNCT" for w in clause) \
            and any(clause[i].low == "to" and clause[i + 1].kind == "VERB" and clause[i + 1].low not in CHANGE_NOUNS
                    for i in range(len(clause) - 1))
        if (taking or aims) and (reached := time_to(clause)):
            return reached
        taken = list(itertools.takewhile(lambda w: w.kind in (*NOUNS, "ADJ"), reversed(clause[:-1])))[::-1]
        ahead = clause[-2 - len(taken)] if len(clause) > len(taken) + 1 else None
        # "a string of critical reports issued within the last 12 months"; not "Fightstar played for 45 minutes",
        # "a jury in Fort Worth deliberated for 10 minutes"
        if taken and taken[-1].kind in NOUNS and clause[-1].kind == "VERB" and ahead is not None \
                and ahead.low == "of" and is_past_participle(clause[-1]):
            return [Word("period", "NOUN"), Word("of", "FUNC"), *taken, clause[-1]][:MOST_WORDS]
    if len(clause) > LONGEST_CLAUSE:
        return None  # the span is told of something far from the clause's subject
    if clause and clause[0].low in DETERMINERS:
        clause = [Word(clause[0].low, clause[0].kind), *clause[1:]]  # "The fact is": not a name
    clause = at_most_eight([*since, *clause])[len(since):]  # "time Claxton has won national 60m hurdles title"
    while clause and (clause[-1].kind not in (*NOUNS, "VERB") or owns(clause[-1]) or clause[-1].low in COMPARATIVES):
        clause = clause[:-1]  # "… issues ranging from China's" (economic power), "downloaded more" (than 20,000)
    # a clause of its own, who does what ("the ink stays", "Claxton has won", "giving birth", "it closed"), not
    # reported speech ("the Federal Reserve head said …", "we're not talking about …") nor another figure's
    core = [w for w in clause if w.low not in DETERMINERS] if clause and clause[0].low in DETERMINERS else clause
    while len(core) > 1 and core[0].kind == "ADJ" and core[1].kind in (*NOUNS, "ADJ"):
        core = core[1:]  # "the fourth album from the rap star was on sale"
    if not core or any(verb_lemma(w.low) in ("say", "tell", "talk") or w.low == "one"
                       or (("’" in w.text or "'" in w.text) and not owns(w) and not w.low.endswith(("n't", "n’t")))
                       for w in clause):  # (a quote's "we're"; not "doesn't", a verb said not to happen)
        return None
    if core[0].low in TOLD_PRONOUNS and len(core) > 1 and core[1].low in PASSIVE \
            and not any(w.kind == "VERB" for w in core[2:4]):
        # "it was the first match for three years": no one did anything for three years ("after it was first
        # released" tells of an event)
        return None
    participle = core[0].kind == "VERB" and core[0].low.endswith("ing")
    # after "after" or "since" an event's name will do: "26 years after the first broadcast"
    event = len(since) > 1 and core[-1].kind in NOUNS
    if not participle and (not (core[0].kind in NOUNS or core[0].low in TOLD_PRONOUNS)
                           or not (event or any(w.kind == "VERB" or "VERB" in parts_of_speech(w.low)
                                                for w in core[1:]))):
        return None
    return [*since, *clause]


def ended_after(before: list[Word], after: list[Word]) -> list[Word] | None:
    """The clause told to happen a span after something: "… after (just) six years" ending its clause, or "… 12
    months later"."""
    words = [w for w in before if w.low not in HEDGES]
    ends = not after or after[0].kind == "PUNCT"
    if words and words[-1].low == "after" and (ends or after[0].low in ("on", "in", "as", "of")):
        words = words[:-1]
    elif not (after and after[0].low == "later" and (len(after) == 1 or after[1].kind == "PUNCT")):
        return None
    words = own_clause(words)
    # who did it must be named: "time before he resigned" tells the table nothing
    return words if words and words[0].low not in SUBJECT_PRONOUNS else None


def own_clause(words: list[Word]) -> list[Word]:
    """The last of clauses joined by "and" or "but", each with its own subject and verb: "Henry epitomised a
    determination but Chelsea appeared unruffled and equalised" (Chelsea appeared unruffled and equalised), "a court
    was set up and regular hearings have taken place" (regular hearings have taken place); not "appeared unruffled
    and equalised", one subject's verbs, nor "took 15 years and talks with Russia and Saudi Arabia have been taking
    place" ("talks" may be a verb, and two names joined are one subject)."""
    def has_verb(part: list[Word]) -> bool:
        return any(w.kind == "VERB" or w.low in AUXILIARIES for w in part)

    return next((words[i + 1:] for i in range(1, len(words) - 2) if words[i].low in ("and", "but")
                 and has_verb(words[:i]) and not words[i - 1].kind == words[i + 1].kind == "PROPN"
                 and (words[i + 1].low in DETERMINERS or (
                     words[i + 1].kind in NOUNS and not (words[i + 1].text.islower()
                                                         and "VERB" in parts_of_speech(words[i + 1].low))))
                 and has_verb(words[i + 2:])), words)


def time_to(clause: list[Word]) -> list[Word] | None:
    """The time a thing takes, read from the verb a clause aims at ("the board aims to make the network
    self-sustainable within three years": time to make the network self-sustainable) or from the last verb of a
    clause with no subject of its own ("(the book,) which has become a best-seller in two years": time to become a
    best-seller)."""
    verb_first = bool(clause) and (clause[0].kind == "VERB" or (
        len(clause) > 2 and clause[1].low == "to" and "VERB" in parts_of_speech(clause[0].low)))  # "aims to make"
    aim = max((i + 1 for i in range(len(clause) - 1) if clause[i].low == "to" and clause[i + 1].kind == "VERB"),
              default=None)  # "Lord Falconer wants the courts to keep witnesses apart": time to keep them apart
    if clause and clause[-1].low in TIME_NOUNS | {"first"}:
        return None  # "for the first time in three years": a record, not the time something took
    if aim is not None:
        clause = clause[aim:]
        if any(w.low in ("when", "while", "until", "because", "if", "as", "after", "before") for w in clause):
            return None  # "decided to step down when his contract comes to an end in 18 months": the contract's
    elif not verb_first or clause[0].low.endswith("ing") or any(w.low in PASSIVE for w in clause):
        return None  # "was built in three years": no one is named to have built it
    # the first word is the verb where the dictionary alone says so ("returns to Basra")
    last = max((i for i, w in enumerate(clause) if w.kind == "VERB"), default=0)
    done = trimmed(at_most_eight([Word("time", "NOUN"), Word("to", "FUNC"), Word(verb_lemma(clause[last].low), "VERB"),
                                  *clause[last + 1:]]))
    return done if any(w.kind in NOUNS for w in done) else None


def without_span_openers(words: list[Word]) -> list[Word]:
    """The words without what opens a span of time after its preposition: "for the past" (three years), "in its
    first" (two days): "for", "in"."""
    while words and (words[-1].low in POSSESSIVES | {"the"} or words[-1].low in SPAN_OPENERS):
        words = words[:-1]
    return words


def span_of(between: list[Word], after: list[Word], previous: str) -> str | None:
    """A span of time told of the figure before it in the same clause is the period of what that measures:
    "spend up to $35bn in the aviation market over the next 20 years" (period of spending in the aviation
    market), "$280bn in profits accumulated over the past 50 years" (period of profits accumulated)."""
    words = without_span_openers(between)
    if not words or words[-1].low not in SPAN_PREPOSITIONS or len(words) > MOST_WORDS \
            or (after and after[0].low in ("after", "since", "ago", "earlier", "later")):
        return None
    if any((w.kind == "VERB" and not is_past_participle(w)) or w.low in TIME_NOUNS for w in words):
        return None  # "cost taxpayers £28.7m to maintain and sell in the four years": not a span of that sum;
        # nor "3% for only the second time in 20 years"
    told = f"period of {previous}"
    if len(told.split()) > MOST_WORDS or (TIME_NOUNS | DURATION_UNITS).intersection(previous.lower().split()):
        return None  # "loans of £4.5m in the company for the next four years": that measure holds the span
    return told


def lengthened(before: list[Word], after: list[Word], quantity: Quantity) -> list[Word] | None:
    """The period of what is made longer or shorter: "extend the pay to nine months" (period of the
    pay), "extend paid maternity leave beyond six months", "the ban was extended to five years"."""
    if quantity.unit not in DURATION_UNITS:
        return None
    words = [w for w in before if w.kind != "ADV"]
    verb = max((i for i, w in enumerate(words) if w.kind == "VERB" and verb_lemma(w.low) in LENGTH_VERBS),
               default=None)
    if verb is None or (after and after[0].kind in NOUNS and after[0].low not in RELATIVES | {"where", "when"}):
        return None  # "increased production to 25-year highs": the figure describes the highs
    last = len(words)
    while last > verb + 1 and words[last - 1].low in ("the", "first", "second", "next", "last"):
        last -= 1  # "beyond the first six months"
    # "to nine months", not "to its highest level in four years"; "beyond six months" is the figure's own qualifier
    if not (words[last - 1].low in PERIOD_PREPOSITIONS or (quantity.approx and words[-1].kind in NOUNS and not any(
            w.kind == "NUM" or w.low in SCALE_WORDS for w in words[verb + 1:]))):
        return None  # "reduced assistance by nearly $55 billion over six years": over the years, not beyond
    if verb + 1 < len(words) and words[verb + 1].low in PERIOD_PREPOSITIONS:  # "the ban was extended to"
        subject = words[:verb]
        while subject and subject[-1].low in PASSIVE | BEFORE_VERBS:
            subject = subject[:-1]
        thing = phrase_before(subject)
        the = article_before(subject, thing, ("the",))
    else:
        the = words[verb + 1:verb + 2] if verb + 1 < len(words) and words[verb + 1].low == "the" else []
        thing = phrase_after(words, verb + 1)
        thing = trimmed(thing[:next((i for i, w in enumerate(thing) if w.low in PERIOD_PREPOSITIONS), len(thing))])
    if not thing or not any(w.kind in NOUNS for w in thing):
        return None
    if thing[0].low in PERIOD_NOUNS:
        return thing
    return [Word("period", "NOUN"), Word("of", "FUNC"), *the, *thing][:MOST_WORDS]


def length_of(before: list[Word], after: list[Word], quantity: Quantity) -> list[Word] | None:
    """A span of time of something is how long that lasts: "held four days of talks" (length of talks), "directing
    15 days of concerts and events" (length of concerts and events); not "three months of last year", a time."""
    if quantity.unit not in DURATION_UNITS or len(after) < 2 or after[0].low != "of" \
            or any(w.low in ("store", "stores", "storage") for w in before):  # "store 30 minutes of video"
        return None
    held, end = noun_group(after, 1)
    if not held or is_time(held) or held[-1].kind not in NOUNS or held[-1].low in ("age", *LEFT_WORDS) \
            or (end < len(after) and (after[end].low in RATE_WORDS or after[end].kind == "VERB"
                                      or after[end].low in LEFT_WORDS)):
        return None  # not "65 years of age", "two hours of sport a week" (a rate), "minutes of normal time left"
    told = [Word("length", "NOUN"), Word("of", "FUNC"), *held]
    attached, _ = attachment(after, end)  # "10 days of talks with the transition government"
    return fitting([*told, *attached], told) if attached and not is_time(attached[1:]) else told[:MOST_WORDS]


def period_of(before: list[Word], after: list[Word], quantity: Quantity) -> list[Word] | None:
    """A span of time a noun is told over is the period of what it names: "a strong stock market recovery in the
    past two years" (period of strong stock market recovery), "the huge increase in defence spending over the past
    three years"; not "for the second time in two months", nor "played for three months" (a verb's time)."""
    if quantity.unit not in DURATION_UNITS:
        return None
    if len(before) < 3 or before[-1].low not in ("past", "last") or before[-2].low != "the" \
            or before[-3].low not in ("in", "over", "during"):
        return None  # (a span looked back on, not "over the next five years", a plan, nor "in two years")
    words = before[:-3]
    told = phrase_before(words)
    lead = words[:len(words) - len(told)]
    lead = lead[:len(lead) - len(article_before(words, told))] if told else lead
    # what opens a clause or a verb's object ("which has suffered substantial job losses"), not a preposition's
    # ("retired from international rugby"), a pronoun or a superlative ("best song in the last 25 years")
    if not told or (words[-1].kind != "NOUN" and not acted_as_noun(words[-2] if len(words) > 1 else None, words[-1])) \
            or is_time(told) or told[-1].low in TIME_NOUNS | PERIOD_NOUNS \
            or is_superlative(told[0].low) or (lead and lead[-1].kind != "VERB" and lead[-1].low not in ("that", "of")):
        return None
    return at_most_eight([Word("period", "NOUN"), Word("of", "FUNC"), *told])


def time_out(before: list[Word], after: list[Word], quantity: Quantity) -> list[Word] | None:
    """A span out of play: "after two years out of the game" (time out of the game), "four months out with a
    broken ankle" (time out with a broken ankle), "I had six weeks out", "he will be out for six weeks" (time out)."""
    if quantity.unit not in DURATION_UNITS:
        return None
    out = [Word("time", "NOUN"), Word("out", "NOUN")]  # (a noun: the measure may end on it)
    if [w.low for w in before[-2:]] == ["out", "for"]:
        injury, _ = attachment(after, 0) if after and after[0].low == "with" else ([], 0)
        return [*out, *injury][:MOST_WORDS]  # "could be out for six weeks with a knee injury"
    if not after or after[0].low != "out":
        return None
    attached, _ = attachment(after, 1)
    return [*out, *([] if is_time(attached[1:]) else attached)][:MOST_WORDS]


def time_spent(before: list[Word], after: list[Word], quantity: Quantity) -> list[Word] | None:
    """A span of time said to be spent is the time spent doing what follows: "The next five days will be spent
    counting the voting forms" (time spent counting the voting forms), "two years were spent in prison"."""
    if quantity.unit not in DURATION_UNITS:
        return None
    spent = next((i for i, w in enumerate(after) if w.low not in MODALS | PASSIVE), len(after))
    if not spent or spent >= len(after) or after[spent].low != "spent":
        return None
    doing = spent + 1
    tail = participle_phrase(after, doing) if doing < len(after) and is_participle(after[doing]) \
        else attachment(after, doing)[0]
    return [Word("time", "NOUN"), Word("spent", "VERB"), *tail][:MOST_WORDS] if tail else None


def participle_phrase(words: list[Word], i: int) -> list[Word]:
    """The -ing form at `i` and what it is done to: "learning Hindi", "looking into the activities"."""
    return [words[i], *(phrase_after(words, i + 1) or attachment(words, i + 1)[0])]


def record_span(before: list[Word], after: list[Word], quantity: Quantity) -> list[Word] | None:
    """The time since the last like the record a span of time is told of: "hit its highest level against the euro
    in almost three months" (period since the dollar was this high), "the lowest mortgage rates for 40 years"
    (period since lower mortgage rates), "approvals were at a five-year low" (period since approvals were this
    low)."""
    if quantity.unit not in DURATION_UNITS:
        return None
    unit = 0 if quantity.hyphenated else 1 if after and after[0].low in SINGLE_TIME_UNITS else None
    if unit is not None and len(after) > unit and after[unit].low in EXTREMES:
        extreme = after[unit].low.rstrip("s")
        attached, _ = attachment(after, unit + 1)  # "a five-week low against the euro"
        attached = [] if is_time(attached[1:]) else attached
        reached = list(before)
        while reached and (reached[-1].kind in ("FUNC", "VERB", "ADV") or reached[-1].low in
                           PASSIVE | AMOUNT_LINKS | EXTRA_WORDS | {"fresh", "near"}):
            reached.pop()  # "have soared to fresh", "were at a"
        owner = subject_named(reached) if reached and not owns(reached[-1]) else []  # not "November's (nine-year low)"
        such = [Word("such", "FUNC"), *([] if after[unit].low.endswith("s") else [Word("a", "FUNC")]), after[unit]]
        said = since_so(owner, [Word(extreme, "ADJ")]) if owner and len(owner) <= 3 \
            else [*read_words(SINCE_RECORD, False), *such]
        return fitting([*said, *attached], said)
    words = list(before)
    while words and words[-1].low in ("the", "past", "last"):
        words.pop()
    if len(words) < 3 or words[-1].low not in ("in", "for", "since", "over", "of"):
        return None
    within = words.pop().low in ("of", "over")  # "the best song of the past 25 years": the best within them
    top = next((i for i in range(len(words) - 1, max(-1, len(words) - MOST_WORDS - 1), -1)
                if is_superlative(words[i].low)), None)
    if top is None or any(w.kind in ("PUNCT", "VERB") or w.low in ("and", "but") for w in words[top + 1:]):
        return None  # not "off her best form but remained positive after two wins in (two days)"
    phrase = trimmed(words[top:])
    if not any(w.kind in NOUNS for w in phrase[1:]):
        return None  # "the least popular for 20 years" names nothing
    owner = []
    if top and words[top - 1].low in ("its", "their"):  # "pushed the unemployment rate to its lowest level"
        reached = words[:top - 1]
        while reached and (reached[-1].kind in ("FUNC", "VERB", "ADV") or reached[-1].low in PASSIVE | AMOUNT_LINKS):
            reached.pop()  # "to", "has hit" ("hit" reads as a noun alone)
        owner = subject_named(reached)
    if within or not top or words[top - 1].low not in DETERMINERS:  # "win best actress for the second time"
        owner = owner[1:] if owner and owner[0].low in DETERMINERS else owner
        if owner and len(owner) + len(phrase) <= MOST_WORDS:
            return [*owner[:-1], possessive(owner[-1], owner[-1].kind), *phrase]
        return phrase[:MOST_WORDS]
    degree = phrase[1:2] if phrase[0].low in ("most", "least") else []  # "the most significant development"
    more, plain = comparative(phrase[0].low)
    rest = phrase[1 + len(degree):]
    if owner and len(owner) <= 3:
        said = since_so(owner, degree or [Word(plain, "ADJ")])
        _, end = noun_group(rest, 0)
        attached, _ = attachment(rest, end)  # "its lowest level against the dollar"
        return fitting([*said, *attached], said)
    head = noun_group(rest, 0)[0]
    the = [] if head and plural(head[-1]) else [Word("a", "FUNC")]
    return at_most_eight([*read_words(SINCE_RECORD, False), *the, Word(more, "ADJ"), *degree, *rest])


def since_so(owner: list[Word], level: list[Word]) -> list[Word]:
    """The period since the owner was last at the level: "period since approvals were this low"."""
    # (the level's words as nouns: a describing word ending a measure is cut off)
    return [*read_words(SINCE_RECORD, False), *owner, Word("were" if plural(owner[-1]) else "was", "VERB"),
            Word("this", "FUNC"), *(Word(w.text, "NOUN") for w in level)]


def possessive(word: Word, kind: str) -> Word:
    """"Reliance Industries": "Industries'"; "Foxx": "Foxx's"."""
    return Word(word.text + ("'" if word.low.endswith("s") else "'s"), kind)


def subject_named(words: list[Word]) -> list[Word]:
    """The noun phrase that ends `words`, with its article, without a verb the dictionary also reads as a noun:
    "Oil prices reach" (a three-month low): "Oil prices"; "The rate fell": "The rate"."""
    phrase = phrase_before(words)
    if len(phrase) > 1 and (plural(phrase[-2]) or (verb_lemma(phrase[-1].low) != phrase[-1].low
                                                   and not phrase[-1].low.endswith("s"))):
        words = words[:-1]  # nouns are joined in the singular: "oil price", not "prices reach"
        phrase = phrase_before(words)
    return [*article_before(words, phrase), *phrase] if phrase and not is_time(phrase) else []


def plural(word: Word) -> bool:
    """"rates", "approvals", "people": a noun in its plural form (not "loss", "news")."""
    low = word.low
    return low in PLURALS.values() or low in UNMARKED_PLURALS or (
        low.endswith("s") and not low.endswith(("ss", "us", "is", "news")) and "NOUN" in parts_of_speech(low))


def owner_time(before: list[Word], after: list[Word], quantity: Quantity) -> list[Word] | None:
    """A race time: whose time it is ("Gardener clocked 6.56 seconds": Gardener's time)."""
    if quantity.unit != "seconds":
        return None
    if before and before[-1].low == "of" and (owner := phrase_before(before[:-1])) and owner[-1].low != "time":
        return None  # "the world record of 6.39 seconds": the record (amount_of)
    # "crossed the line 0.02 seconds behind Gatlin": the margin behind Gatlin
    margin = [after[0]] if after and after[0].low in ("behind", "ahead", "clear") else []
    if margin and len(after) > 1 and after[1].low == "of":
        margin.append(after[1])  # "ahead of", "clear of"
    whom = phrase_after(after, len(margin)) if margin else []
    told = [Word("margin", "NOUN"), *margin, *whom] if whom else [Word("time", "NOUN")]
    names = [w for w in before if w.kind == "PROPN"]
    if not names:
        return told
    return [Word(names[-1].text.rstrip("'’s") + "'s", "PROPN"), *told][:MOST_WORDS]


def finishing_time(before: list[Word], after: list[Word], quantity: Quantity) -> list[Word] | None:
    """A bare decimal a runner finished in is a race time: "Britain's Joice Maduaka finished fifth in 7.35"
    (Maduaka's time)."""
    words = [w for w in before if w.kind != "ADV"]
    if quantity.value == int(quantity.value) or not words or words[-1].low != "in" \
            or not any(verb_lemma(w.low) in FINISH_VERBS for w in words[-4:-1]):
        return None
    return owner_time(before, after, Quantity(quantity.start, quantity.end, quantity.value, "seconds", "measure"))


def phrase_after(words: list[Word], start: int, determiners: bool = True) -> list[Word]:
    """The noun phrase from `start` (after any determiners), with the phrase it attaches ("… to Colombia")."""
    i = start
    while determiners and i < len(words) and words[i].kind == "FUNC" and words[i].low in DETERMINERS:
        i += 1
    head, i = noun_group(words, i)
    if not head:
        return []
    phrase = list(head)
    for told_of in (True, False):  # "cost to taxpayers of the Dome"
        attached, i = attachment(words, i, told_of)
        if not attached:
            break
        phrase += attached
    if len(phrase) < MOST_WORDS:
        phrase += clause_after(words, i)  # "Venezuelans who have left the country", "Palestinians living in Gaza"
    return trimmed(at_most_eight(phrase))


def clause_after(words: list[Word], i: int) -> list[Word]:
    """A relative or participle clause at `i` up to its first noun group: "who have left the country",
    "living in Gaza", "have left the country"."""
    opens = i < len(words) and (words[i].low in RELATIVES or (words[i].kind == "VERB" and words[i].low.endswith("ing"))
                                or (words[i].low in ("have", "has", "had") and i + 1 < len(words)
                                    and words[i + 1].kind == "VERB"))
    if not opens:
        return []
    taken = [words[i]]
    i += 1
    while i < len(words) and len(taken) < MOST_WORDS - 1 and words[i].kind in ("FUNC", "VERB", "ADV"):
        if words[i].low in RELATIVES or words[i].low in ("and", "or", "but"):
            return []
        taken.append(words[i])
        i += 1
    group, _ = noun_group(words, i)
    return [*taken, *group] if group else []


def attachment(words: list[Word], i: int, told_of: bool = False) -> tuple[list[Word], int]:
    """A prepositional phrase at `i` ("to Colombia", "of the Dome"), or one after a participle
    ("donated by the US"), and where it ends. `told_of`: the phrase follows the counted thing
    itself, so a passive verb says what was done to it, with or without a phrase after
    ("have been set up", "three men have been arrested": men arrested)."""
    lead: list[Word] = []
    passive = False
    if told_of:
        auxiliaries = list(itertools.takewhile(lambda w: w.low in AUXILIARIES,
                                               words[i:]))
        participle = words[i + len(auxiliaries)] if i + len(auxiliaries) < len(words) else None
        # "set" and "cut" read as nouns alone; after "been" they are participles
        passive = participle is not None and any(w.low in PASSIVE for w in auxiliaries) \
            and "VERB" in parts_of_speech(participle.low) and verb_lemma(participle.low) not in HEARSAY_VERBS \
            and is_past_participle(participle)
        if passive:
            i += len(auxiliaries)  # "25 people were killed in the fire": people killed in the fire
    if not passive and i + 1 < len(words) and words[i].low in PASSIVE and words[i + 1].kind == "VERB":
        i += 1  # "films are screening in …": the clause after tells what they do
    if i < len(words) and (passive or (words[i].kind == "VERB" and words[i].low.endswith(
            ("ed", "cut", "set", "shut", "put")))):
        lead, i = [words[i]], i + 1
        if passive and i < len(words) and words[i].low in PARTICLES:
            lead, i = [*lead, Word(words[i].text, "VERB")], i + 1  # "set up", "laid off": one verb
    if i >= len(words) or words[i].low not in ATTACHING:
        return (lead, i) if passive else ([], i)
    told = i
    preposition = words[i]
    i += 1
    determiners = []
    while i < len(words) and words[i].low in DETERMINERS:
        determiners.append(words[i])
        i += 1
    group, end = noun_group(words, i)
    if not group and not determiners and preposition.low in ("for", "of") and i < len(words) \
            and is_participle(words[i]) and verb_lemma(words[i].low) not in ("be", "have", "do"):
        # "a $1.5m fine for bribing an Indonesian official", "the cost of cleaning up nuclear sites": the act, with
        # its object (not "complained of being targeted")
        object_start = i + 1 + sum(1 for _ in itertools.takewhile(lambda w: w.low in DETERMINERS | PARTICLES,
                                                                   words[i + 1:]))
        acted, end = noun_group(words, object_start)
        group = [words[i], *words[i + 1:object_start], *acted] if acted else [words[i]]
        end = end if acted else i + 1
    if not group:
        return (lead, told) if passive else ([], i)  # "task forces have been set up to examine …"
    if end + 1 < len(words) and words[end].low == "and" and words[end + 1].low not in (*COMPARATIVES, "a", "an") \
            and not is_time(words[end + 1:end + 3]):  # not "a 22% stake in Wembley and last year came close"
        # nor "a refund for pensioners and a rise in tax credits", another item
        # "Latin America and the Caribbean"; not "to Colombia and more than $80 million to …"
        more = [words[end + 1]] if words[end + 1].low in DETERMINERS else []
        joined, joined_end = noun_group(words, end + 1 + len(more))
        if joined:
            group, end = [*group, words[end], *more, *joined], joined_end
    return [*lead, preposition, *determiners, *group], end


def noun_group(words: list[Word], i: int) -> tuple[list[Word], int]:
    """Adjectives and nouns from `i`, ending on a noun ("safe, effective COVID-19 vaccine doses")."""
    taken: list[Word] = []
    while i < len(words):
        word = words[i]
        following = words[i + 1] if i + 1 < len(words) else None
        dated = says_a_day(word, taken[-1] if taken else None)
        if dated or (following and ((word.low == "worth" and following.kind in ("NUM", "PUNCT"))
                                    or (word.low == "due" and following.low == "to"))):
            break  # "a two-year deal worth £5m", "an 18-month period due to cartridges", "30 jets Wednesday" (not
            # "Sheffield Wednesday", a name): what follows is no part
        if word.kind in ("NOUN", "PROPN", "ADJ"):
            taken.append(word)
        elif word.kind == "VERB" and following and following.kind in NOUNS and (
                not taken or owns(taken[-1]) or taken[-1].kind == "ADJ"):
            taken.append(word)  # "paid leave", "winning time", "the parties' own detailed studies"
        elif word.kind == "VERB" and taken and taken[-1].describes and ("NOUN" in parts_of_speech(word.low) or (
                taken[-1].kind == "ADJ" and is_participle(word) and (following is None or following.kind in (
                    "PUNCT", "FUNC")))):
            taken.append(Word(word.text, "NOUN"))  # "its record-breaking second listing", "public spending",
            # "four hours of furious trading"
        elif word.kind == "VERB" and acted_as_noun(taken[-1] if taken else None, word) \
                and (following is None or following.kind == "PUNCT" or following.low in ATTACHING):
            # "government spending", "bank lending"; not "people leaving the country", "two big parties battling over"
            taken.append(Word(word.text, "NOUN"))
        elif word.text == "," and taken and taken[-1].describes and following and following.describes:
            pass  # "safe, effective doses"
        elif word.low in ("and", "or") and taken and following and following.kind in ("NOUN", "ADJ") \
                and i + 2 < len(words) and words[i + 2].kind == "NOUN" \
                and (parts_of_speech(following.low) or "-" in following.low or owns(following)) \
                and "VERB" not in parts_of_speech(following.low) and not is_number(following) \
                and following.low not in ORDINAL_WORDS | WHEN_WORDS | QUANTIFIERS:
            # "natural and man-made disasters", "a music and theatre troupe": one group (not "defeats and two draws",
            # "games and take control", "Wembley and last year", "people and many observers")
            taken.append(word)
        elif word.text in QUOTE_MARKS and following and following.kind in ("NOUN", "PROPN", "ADJ"):
            pass  # 'eight "critical" security holes'
        elif word.text == "-" and taken and following and following.kind in ("NOUN", "ADJ"):
            taken[-1] = Word(taken[-1].text + "-" + following.text, following.kind)
            i += 1
        else:
            break
        i += 1
    if len(taken) > 1 and taken[-1].kind == "ADJ" and parts_of_speech(taken[-1].low) == {"ADJ"} \
            and taken[-2].kind == "NOUN" and (i >= len(words) or words[i].kind in ("FUNC", "PUNCT")):
        taken[-1] = Word(taken[-1].text, "NOUN")  # closing a group after a noun: "a regional migration ministerial"
    while taken and taken[-1].kind not in NOUNS:
        taken.pop()
    return taken, i


def says_a_day(word: Word, previous: Word | None) -> bool:
    """A day of the week that says when and ends a noun group ("30 Boeing jets Wednesday"), not the end of a name
    ("Sheffield Wednesday")."""
    return word.low in WEEKDAYS and not (previous is not None and previous.kind == "PROPN")


def owns(word: Word) -> bool:
    """Whether the word is a possessive ("parties'", "Lynch's")."""
    return word.text.endswith(("'", "’", "'s", "’s")) and len(word.text) > 2


def phrase_before(words: list[Word]) -> list[Word]:
    """The noun phrase that ends `words` ("Allied Domecq shares", "the country's jobless rate")."""
    if len(words) > 1 and is_participle(words[-1]) and (words[-2].low in DETERMINERS | {"of"} or (
            len(words) > 2 and words[-3].low in DETERMINERS and words[-2].kind in ("ADJ", "NOUN"))):
        words = [*words[:-1], Word(words[-1].text, "NOUN")]  # "the amount of borrowing", "the average saving"
    elif len(words) > 1 and is_participle(words[-1]) and words[-2].kind == "NOUN" and words[-2].low.endswith("s"):
        words = [*words[:-1], Word(words[-1].text, "NOUN")]  # "the number of patients waiting": which patients
    taken: list[Word] = []
    for place in range(len(words) - 1, -1, -1):
        word = words[place]
        # "the growing deficit", not "as well as offering special dividends": there the verb takes an object
        # (nor "analysts saying sales": a verb of saying takes what it says)
        verb = (place > 0 and words[place - 1].kind in ("FUNC", "PUNCT", "VERB", "ADV")
                and words[place - 1].low not in DETERMINERS and word.low not in DESCRIBING_PARTICIPLES) \
            or verb_lemma(word.low) in HEARSAY_VERBS
        dated = says_a_day(word, words[place - 1] if place else None)
        if (word.kind in ("NOUN", "PROPN", "ADJ") and not dated) or (
                word.kind == "VERB" and taken and is_participle(word) and not verb) or (
                # "its 2004 dividend payment": the year names which one
                word.kind == "NUM" and taken and looks_like_year(word.text) and place > 0
                and words[place - 1].low in DETERMINERS | POSSESSIVES):
            taken.insert(0, word)
        else:
            break
    while taken and taken[0].text in SCALE_WORDS:
        taken = taken[1:]  # "the 865 million share offer": the share offer, its size said by a number
    if not taken or taken[-1].kind not in NOUNS:
        return []
    # "shares in Ask Jeeves", "the price of oil", "turnover for the quarter", "profits at TimeWarner":
    # the phrase the group belongs to
    rest = words[:len(words) - len(taken)]
    if len(rest) > 1 and rest[-1].low == "and" and rest[-2].kind == "PROPN" and all(w.kind == "PROPN" for w in taken):
        named = len(rest) - 1  # "England and Wales": one place
        while named and rest[named - 1].kind == "PROPN":
            named -= 1
        taken, rest = [*rest[named:], *taken], rest[:named]
    the = rest[-1:] if rest and rest[-1].low in DETERMINERS else []
    rest = rest[:len(rest) - len(the)]
    if len(rest) > 2 and [w.low for w in rest[-2:]] == ["out", "of"] and (owner := phrase_before(rest[:-2])):
        taken = [*owner, *rest[-2:], *the, *taken]  # "the number of people out of work"
    elif len(rest) > 1 and (rest[-1].low in OWNER_PREPOSITIONS or (rest[-1].low == "to" and rest[-2].low in TO_NOUNS)) \
            and (owner := phrase_before(rest[:-1])) and not all(w.low in QUANTIFIERS for w in owner) \
            and not (rest[-1].low == "from" and (is_time(owner) or owner[-1].low in CHANGE_NOUNS.keys() | IMPROVEMENTS
                                                 | FORESEEN_NOUNS | {"change"})):
        # not "more for the Cooper S", nor "next year from a previous estimate", "a dramatic change from the loss"
        taken = [*owner, rest[-1], *the, *taken]
    elif len(rest) > 3 and not the and rest[-1].low in ("and", "or") \
            and (joined := phrase_before(rest[:-1])) and any(w.low in OWNER_PREPOSITIONS - {"for"} for w in joined):
        # "sales of ice cream and frozen food": both are sold (not "a good night for Ant and Dec who clinched")
        taken = [*joined, rest[-1], *taken]
    return trimmed(taken[-MOST_WORDS:])


def nearest_group(phrase: list[Word]) -> list[Word]:
    """The last noun group of a phrase, past the last preposition that ties it to another: what a relative clause
    after the phrase tells of ("a good night for Ant and Dec who …": Ant and Dec)."""
    tied = max((i for i, w in enumerate(phrase) if w.low in OWNER_PREPOSITIONS), default=-1)
    return trimmed(phrase[tied + 1:])


def apposition(before: list[Word], after: list[Word], quantity: Quantity) -> list[Word] | None:
    """A figure set off by a dash renames the phrase before the dash: "BA's estimated annual surcharge
    revenues - £160m - will …", "its additional fuel costs - a predicted extra £250m"."""
    i = len(before)
    while i and (before[i - 1].low in DETERMINERS or before[i - 1].describes or before[i - 1].kind in ("ADV", "VERB")):
        i -= 1  # "a predicted extra"
    if not i or before[i - 1].text not in DASHES or (after and after[0].text not in (*DASHES, ".", ",", ";")):
        return None
    return phrase_before(before[:i - 1]) or None


def trimmed(words: list[Word]) -> list[Word]:
    while words and words[0].kind in ("FUNC", "PUNCT"):
        words = words[1:]
    while words and words[-1].kind in ("FUNC", "PUNCT"):
        words = words[:-1]
    return words


READINGS = {
    "percent": (level_first, owned_share, moved, changed_by, share_of, compared, change, share_who, thing_after,
                amount_of, subject_at, apposition),
    "money": (level_first, exchange_rate, damages_sought, moved, closing, price_each, placed, changed_by, compared,
              named_for, sum_done, given_by, price, price_per, cost_to, purpose, object_of, sum_treated, thing_after,
              change, amount_of, subject_at, apposition, sum_to_act),
    "count": (part_out_of, out_of, times_done, counted_in, penalty_length, nominations, still_to_go, moved,
              finishing_time, lasting, ranked, closing, changed_by, index_points, compared, agent, casualties, group_of,
              thing_after, amount_of, change, object_of, subject_at, apposition),
    "measure": (time_out, time_spent, penalty_length, length_of, period_of, times_done, still_to_go, moved, compared,
                record_span, lasting, lengthened, changed_by, apart, race, named_before, duration, thing_after,
                owner_time, object_of, amount_of, change, subject_at, apposition),
}


def nearby_words(text: str, quantity: Quantity, sentence_start: int, sentence_end: int) -> str | None:
    """The phrase after the figure up to the next number or clause break ('people leaving the
    country'), else the clause before it: for a figure no noun phrase is found for."""
    words_after: list[str] = []
    # (not past a comma straight after the figure: "the past five years, a report says")
    for token in [] if text[quantity.end:quantity.end + 2].strip().startswith(",") \
            else text[quantity.end:sentence_end].split():
        if re.match(r"[\d$£€¥(]", token) or len(words_after) == MOST_WORDS or (token in DASHES and words_after):
            break  # (a dash sets off what follows: "the time Mr Brown - he also promised")
        words_after.append(token.strip("\"“”'’.,;:)"))
        # a comma ends the phrase once it says something ("safe, effective doses" goes on)
        if re.search(r"[.;:)\"”]$", token) or (token.endswith(",") and len(words_after) >= 3):
            break
    clause = re.split(r"[,;:\"“”]", text[sentence_start:quantity.start])[-1]
    # "beats Trump by 46 percent to 42 percent": the second figure shares the first one's words
    clause = re.split(r"[$£€¥]?\d", clause)[0]
    words_before = [w for w in clause.split() if re.fullmatch(r"[A-Za-z][\w’'-]*", w)]
    # "invested more than $10 billion in Latin America": the verb before says what the amount is for
    if words_after and words_after[0].lower() in LEADING_PREPOSITIONS and words_before \
            and words_before[-1].lower().endswith("ed") and words_before[-1].lower() not in STOP_AFTER:
        words_after = [words_before[-1], *words_after]
    phrase = clip(words_after)
    # "$1.1 trillion over the next decade": a time says when, the words before say what
    if phrase and len(phrase.split()) > 1 and not (TIME_PHRASE.fullmatch(phrase) and words_before):
        return phrase
    return clip(words_before[-MOST_WORDS:]) or phrase


TIME_PHRASE = re.compile(r"(?i)(?:(?:over|in|during|within|for|each|every|per|a|the)\s+)*"
                         r"(?:(?:next|last|past|coming|first|second|three|two|four|six|\w+)\s+)?"
                         r"(?:year|decade|month|week|day|quarter|hour)s?")


def clip(words: list[str], limit: int = MOST_WORDS) -> str | None:
    words = [w.rstrip(",") for w in words[:limit] if w]
    while words and words[-1].lower() in STOP_AFTER | GRAMMAR_WORDS:
        words = words[:-1]
    while words and words[0].lower() in STOP_AFTER | GRAMMAR_WORDS:
        words = words[1:]
    return " ".join(words) or None
