"""Numbers that are no figure: dates, years, clock times, ages, names, scores, times relative to now.

Each rule is one entry of EXCLUSIONS, with a name and the text that motivates it; tests check that
every rule drops the number of its own example. A new rule is one entry here and one test.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from briefing.analyse.figures.amounts import read_measure_unit
from briefing.analyse.figures.lexicon import (
    FUNCTION_WORDS,
    LABEL_WORDS,
    PRODUCT_NAMES,
    SCORE_NOUNS,
    TIME_UNITS,
    TITLE_WORDS,
    UNMARKED_PLURALS,
)
from briefing.analyse.figures.patterns import (
    CURRENCY_WORD_AFTER,
    DIGIT_SCALE,
    EMERGENCY_CALL,
    MONTH_PATTERN,
    NAMED_NUMBERS,
    PERCENT,
    SPORT_CONTEXT,
)
from briefing.analyse.figures.quantity import Quantity, counted_noun, looks_like_year


@dataclass(frozen=True)
class Number:
    """A number read into a quantity, as the exclusion rules see it."""

    text: str
    match: re.Match  # the number as written: "31", "three", "1,200"
    quantity: Quantity

    @property
    def written(self) -> str:
        return self.match.group(0)

    def before(self, width: int = 40) -> str:
        return self.text[max(0, self.match.start() - width):self.match.start()]

    def next_to(self, width: int) -> str:
        """The text right after the number itself (not after its unit)."""
        return self.text[self.match.end():self.match.end() + width]

    def after(self, width: int = 40) -> str:
        """The text after the whole quantity, unit included."""
        return self.text[self.quantity.end:self.quantity.end + width]

    @property
    def plain(self) -> bool:
        """A count, or a time or distance with no unit written beyond the number."""
        quantity = self.quantity
        return quantity.kind == "count" or (quantity.kind == "measure" and quantity.unit in TIME_UNITS | {"metres"}
                                            and quantity.end == self.match.end())


@dataclass(frozen=True)
class Exclusion:
    """A reason a number is no figure: its name, a text that motivates it, and the test."""

    name: str
    example: str  # a text whose number would be a figure but for this rule
    applies: Callable[[Number], bool]


DECADE_AFTER = re.compile(r"['’]?s\b")  # "the 80s", "the 1980's", "the 90’s"
AGO_AFTER = re.compile(r"\s+ago\b")
WAY_AFTER = re.compile(r"-way\b", re.I)  # "a two-way race", "a three-way split": what kind of contest
HALF_BEFORE = re.compile(r"\bhalf[\s-]+$", re.I)  # "half a million" states no number
ERA_AFTER = re.compile(r"\s?(?:AD|A\.D\.|BC|B\.C\.|BCE|CE)(?![A-Za-z])")
AT_BEFORE = re.compile(r"\bat\s+$")
CLAUSE_ENDS = re.compile(r"\s*(?:[.,;:)]|and\b|$)")

# "you will one day captain your country", "hopes that one day it can", "One day you will be able" (not "one day
# later", "for one day")
SOME_DAY_BEFORE = re.compile(r"\b(?:will|would|could|might|may|can|to|that)\s+$")
SOME_DAY_AFTER = re.compile(r",?\s+(?:you|we|I|he|she|they|it|this|there)\b")
# "On 75 minutes, he scored", "let Henry in on 17 minutes but …" (not "went on 45 minutes too long")
MATCH_MINUTE_BEFORE = re.compile(r"(?:^|[^\w])[Oo]n\s+$")
MATCH_MINUTE_AFTER = re.compile(r"\s*(?:[.,;:)]|(?:and|but|when|as|before)\b|$)")
# "with 3:08 to play": a game clock, even in a story about sport
GAME_CLOCK_AFTER = re.compile(r"\s+(?:to play|to go|left|remaining|into the)\b")
ADDRESS_BEFORE = re.compile(r"[/=#]$")  # ".../14848175", "?id=7"
ADDRESS_AFTER = re.compile(r"\.(?:php|html?|aspx?|jpe?g|png)\b|/", re.I)
PHONE_NUMBER = re.compile(r"(?<!\d)(?:1[-. ])?\(?\d{3}\)?[-. ]\d{3}[-. ]\d{4}(?!\d)")
# "787-9 Dreamliner": a model numbered with a hyphen, before a name
MODEL_SUFFIX = re.compile(r"-\d{1,2}[A-Z]?\s+[A-Z]")


def is_product_number(n: Number) -> bool:
    """A model or a product's version: "787-9 Dreamliner", "iPhone 11", "Windows 10"."""
    previous = re.search(r"([A-Za-z][\w+]*)\s+$", n.before(30))
    model_tail = (bool(re.fullmatch(r"\d{1,2}", n.written)) and bool(re.search(r"(?<!\d)\d{3}-$", n.before(5)))
                  and bool(re.match(r"[A-Z]?\s+[A-Z]", n.next_to(3))))
    return model_tail or bool(MODEL_SUFFIX.match(n.next_to(12))) or bool(
        previous and previous.group(1).lower() in PRODUCT_NAMES and re.fullmatch(r"\d{1,4}", n.written))


EXCLUSIONS = (
    Exclusion("date", "The summit opens on 12 March.",
              lambda n: n.quantity.kind != "money" and is_date(n.written, n.before(), n.next_to(30))),
    Exclusion("year", "Sales doubled in 2004.",
              lambda n: n.plain and n.quantity.bare and is_year(n.written, n.before(), n.next_to(12))),
    Exclusion("decade", "The fashions of the 80s returned.",
              lambda n: DECADE_AFTER.match(n.next_to(3)) is not None and n.quantity.kind != "money"),
    Exclusion("clock time", "Polls close at 10 pm.",
              lambda n: is_clock_time(n.text, n.match.end()) and n.quantity.kind != "money"),
    Exclusion("time ago", "The plant closed three years ago.",
              lambda n: n.quantity.unit in TIME_UNITS and AGO_AFTER.match(n.after()) is not None),
    Exclusion("age", "Smith, 31, said the plan would fail.",
              lambda n: is_age(n.written, n.before(), n.text[n.match.end():n.quantity.end + 25], n.quantity)),
    Exclusion("name", "Listeners of Radio 4 complained.", lambda n: is_name(n.text, n.match, n.quantity)),
    Exclusion("score or odds", "Chelsea won 3-1 at home.",
              lambda n: n.quantity.kind == "count" and is_score_or_odds(n.text, n.match.start(), n.match.end())),
    Exclusion("calendar period", "Sales rose in the three months to December.",
              lambda n: n.quantity.unit in TIME_UNITS and is_calendar_period(n.after())),
    Exclusion("half of", "Half a million people marched.", lambda n: HALF_BEFORE.search(n.before()) is not None),
    Exclusion("era", "The city was buried in 79 AD.", lambda n: ERA_AFTER.match(n.after()) is not None),
    Exclusion("rank or time after 'at'", "She finished at two.",  # a place in a race, or a time of day
              lambda n: n.plain and n.quantity.bare and AT_BEFORE.search(n.before()) is not None
              and CLAUSE_ENDS.match(n.after()) is not None),
    Exclusion("named number", "He left 10 Downing Street.",
              lambda n: NAMED_NUMBERS.match(n.text, n.match.end()) is not None),
    Exclusion("emergency number", "A neighbour made 911 calls about the noise.",
              lambda n: n.written in ("911", "999", "112") and EMERGENCY_CALL.match(n.text, n.match.end()) is not None),
    Exclusion("time of day, game clock or ratio", "The match was level with 4:25 left, a 50:50 game.",
              lambda n: bool(n.match.group("clock")) and "." not in n.written and (
                  GAME_CLOCK_AFTER.match(n.after(20)) is not None
                  or SPORT_CONTEXT.search(n.text, max(0, n.match.start() - 200), n.match.end() + 200) is None)),
    Exclusion("'one day': some day", "One day you will tell your children.",
              lambda n: n.text[n.quantity.start:n.quantity.end].lower() == "one day"
              and (SOME_DAY_BEFORE.search(n.before()) is not None or SOME_DAY_AFTER.match(n.after()) is not None)),
    Exclusion("minute of a match", "He scored on 75 minutes.",  # when in the match, like a clock time
              lambda n: n.quantity.unit == "minutes" and MATCH_MINUTE_BEFORE.search(n.before()) is not None
              and MATCH_MINUTE_AFTER.match(n.after()) is not None),
    Exclusion("product or model number", "Boeing will deliver its 787-9 Dreamliner jets to buyers of the iPhone 11.",
              is_product_number),
    Exclusion("number in an address", "The file is at /news/14848175.php on the site.",
              lambda n: bool(ADDRESS_BEFORE.search(n.before(2)) or ADDRESS_AFTER.match(n.next_to(6)))),
    Exclusion("kind of contest", "Clinton leads Trump in a two-way race.",
              lambda n: WAY_AFTER.match(n.next_to(5)) is not None),
    Exclusion("phone number", "Call 1-800-843-0008 for copies.",
              lambda n: PHONE_NUMBER.search(n.text, max(0, n.match.start() - 10), n.match.end() + 14) is not None),
)



def excluded(text: str, match: re.Match, quantity: Quantity, rules: Iterable[Exclusion] = EXCLUSIONS) -> bool:
    """Whether any of the rules makes the number no figure."""
    number = Number(text, match, quantity)
    return any(rule.applies(number) for rule in rules)


def is_date(written: str, before: str, after: str) -> bool:
    if not re.fullmatch(r"\d{1,4}", written):
        return False
    number = int(written)
    # "12 March", "12-14 March", "on 14, 20 and 27 April"
    if number <= 31 and re.match(rf"(?:st|nd|rd|th|\.)?(?:(?:\s*[-–]\s*|,\s*|,?\s+(?:and|or)\s+)\d{{1,2}}"
                                 rf"(?:st|nd|rd|th)?)*\s+(?:of\s+|de\s+)?"
                                 rf"(?:{MONTH_PATTERN})\b", after, re.I):
        return True
    return re.search(rf"\b(?:{MONTH_PATTERN})\.?\s+(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s+)?$", before,
                     re.I) is not None and (number <= 31 or looks_like_year(written))


def is_year(written: str, before: str, after: str) -> bool:
    if re.search(r"\d{4}\s*[-–/]\s*$", before) and re.fullmatch(r"\d{1,2}", written):
        return True  # "2004-05", "2004/5"
    if not looks_like_year(written):
        return False
    # "1920 x 1080 pixels" is a size, not a year
    return not (re.match(r"\s*[x×*]\s*\d", after) or re.search(r"\d\s*[x×*]\s*$", before))


def is_clock_time(text: str, end: int) -> bool:
    return re.match(r"(?:[.:]\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.|o['’]clock|GMT|BST|UTC|CET|EST|EDT|"
                    r"PST|ET|local time|hours GMT)(?!\w)", text[end:end + 15]) is not None  # "p.m." ends on no word


def is_age(written: str, before: str, after: str, quantity: Quantity) -> bool:
    # "50-year old" is written without its second hyphen often enough to allow for it
    if re.match(r"(?:[\s-]*(?:years?|months?|weeks?|days?)[\s-]*olds?\b|-?\s*(?:to|and|or)\s+"
                r"[\w-]+-years?[\s-]olds?\b|s?-years?-olds?\b)", after, re.I):
        return True
    if quantity.kind in ("money", "percent"):
        return False
    school_age_band = (r"\s+(?:education|learning|schooling|curriculum|diplomas?|reforms?|"
                       r"age\s+group)\b")
    if re.match(r"[-–]\d{1,2}" + school_age_band, after) or (
            re.search(r"\b\d{1,2}[-–]$", before) and re.match(school_age_band, after)):
        return True  # "14-19 education": a school age band
    if re.search(r"\b(?:aged|age of|ages of|(?:at|by|from|until|before|after) age|turn(?:ed|s|ing)?|aged between)\s+"
                 r"(?:\w+\s+(?:to|and|-)\s+)?$", before, re.I):
        return True
    if re.search(r"\b(?:will|would) be\s+$", before) and re.match(r"[.,;]", after):
        return True  # "when she will be 34."
    if re.search(r"\b(?:children|kids|pupils|babies|boys|girls|youngsters)\s+(?:under|over|aged)\s+$"
                 r"|\b(?:under|over)-$", before, re.I):
        return True  # "children under five", "the under-21 side"
    if re.search(r"\bunder\s+$", before, re.I) and re.match(r"\s*(?:boys|girls|team|side|squad)\b", after, re.I):
        return True  # "Great Britain's under 14 boys won": an age group
    a_number = bool(re.fullmatch(r"\d{1,3}", written)) and int(written) < 110
    if a_number and quantity.bare and re.match(r"[.,;]", after) and (
            re.search(r"\b(?:when|until|since|as)\s+(?:he|she|I|we|they)\s+(?:was|were)\s+$", before)
            or re.search(r"(?:^|[.!?]\s+|\n\s*)(?:(?:He|She)\s+(?:was|is)|At)\s+$", before)):
        return True  # "joined the company when she was 14.", "He was 84, had been ill", "At 23, Henson has"
    if a_number and re.search(r"\b[Tt]he\s+(?:[\w'’-]+\s+){0,3}[a-z][\w-]*,\s$", before) and after.startswith(","):
        return True  # "The veteran film-maker, 68, won": the age of the person the phrase names
    # "Smith, 31, said": a person's age between commas (or a comma and a dash: "Crutcher, 40 ― a father"), or
    # closing the sentence ("fed information to Anthony Elgindy, 36.")
    return a_number and bool(re.search(r"[A-Z][a-z]+,\s$", before)
                             and re.match(r",|\s*[-–—―]\s|\.(?:\s|$)", after))


def is_name(text: str, match: re.Match, quantity: Quantity) -> bool:
    """'COVID-19', 'Radio 4', 'lane seven', 'the Chicago Seven', 'Airbus A321'."""
    start = match.start()
    written = match.group(0)
    if re.search(r"[A-Za-z]-$", text[max(0, start - 2):start]) and \
            re.search(r"[A-Z][\w]*-$", text[max(0, start - 20):start]):
        return True
    if quantity.kind not in ("count",) and not (quantity.kind == "measure" and written[0].isalpha()):
        return False
    previous = re.search(r"([A-Za-z][\w.]*)\s+$", text[max(0, start - 30):start])
    if previous and previous.group(1).lower() in LABEL_WORDS:
        return True
    if written[0].isupper() and not starts_sentence(text, start):
        return True  # a capitalised number word inside a sentence: 'the Chicago Seven'
    is_plain_number = re.fullmatch(r"\d+(?:\.\d+)?", written) is not None
    if is_plain_number and quantity.bare and (
            (previous and previous.group(1).lower() in TITLE_WORDS)
            # 'the show The 411', 'in The 39 Steps': a capital The inside a sentence opens a title
            or (previous and previous.group(1) == "The"
                and not starts_sentence(text, previous.start() + max(0, start - 30)))
            or re.match(r"[\"“'‘]\d+[\"”'’]", text[max(0, start - 1):quantity.end + 1])
            or re.match(r"\s+(?:star|actor|actress|creator|producer|writer)\s+[A-Z]",
                        text[quantity.end:quantity.end + 20])):
        return True  # a title: 'the show 24', 'the hit show "24"', '24 star Kiefer Sutherland'
    return bool(is_plain_number and previous and previous.group(1)[0].isupper()
                and previous.group(1).lower() not in FUNCTION_WORDS
                and not re.search(rf"^(?:{MONTH_PATTERN})\.?$", previous.group(1), re.I)
                and not starts_sentence(text, previous.start() + max(0, start - 30)))


def starts_sentence(text: str, position: int) -> bool:
    before = text[max(0, position - 4):position].rstrip(" \"'“‘(")
    return not before or before[-1] in ".!?:\n"


def is_score_or_odds(text: str, start: int, end: int) -> bool:
    """'won 3-1', 'a 5/2 favourite', '11-4 shot', 'beat France 30-20 nine days ago'; but '200-300 staff', '10-15%'
    and '3-4 weeks' are ranges: a pair of numbers is a range when it ascends and a unit or a counted plural follows
    it."""
    pair_after = re.match(r"[-–/](\d{1,3})(?!\d|[.,]\d)", text[end:end + 5])
    pair_before = re.search(r"(?<![\d.,])\d{1,3}[-–/]$", text[max(0, start - 5):start])
    if not (pair_after or pair_before):
        return False
    if "/" in text[max(0, start - 1):end + 1]:
        return True
    # a range ascends: 'beat France A 30-20 nine days ago' is a score
    first, second = (text[start:end], pair_after.group(1)) if pair_after \
        else (re.sub(r"\D", "", pair_before.group(0) if pair_before else ""), text[start:end])
    if first.isdigit() and second.isdigit() and int(first) > int(second):
        return True
    pair_end = end if pair_after is None else end + pair_after.end()
    if unit_follows(text, pair_end):
        return False
    noun = counted_noun(text[pair_end:pair_end + 40], 0)
    if noun is None or noun in SCORE_NOUNS:
        return True
    return not (noun.endswith("s") or noun in UNMARKED_PLURALS)


def unit_follows(text: str, end: int) -> bool:
    """A percent sign, scale, currency or unit of measure right after a number."""
    currency = CURRENCY_WORD_AFTER.match(text, end)
    return bool(PERCENT.match(text, end) or DIGIT_SCALE.match(text, end)
                or (currency and currency.group("word").lower() != "won")
                or read_measure_unit(text, end, 2.0, True))


def is_calendar_period(after: str) -> bool:
    """'the three months to December', 'the first two weeks of March'."""
    return re.match(rf"\s+(?:to|from|of|ending|ended|until|through)\s+(?:the\s+end\s+of\s+|"
                    rf"early\s+|late\s+|mid-?)?(?:\d{{1,2}}\s+)?(?:{MONTH_PATTERN}|\d{{4}})\b",
                    after, re.I) is not None
