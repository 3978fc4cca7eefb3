"""Find the figures in a news text: money, percentages and counts, as FIGURES.md defines them.

Approach: rule-based, in one left-to-right pass.

1. A regex finds every number core: digits ("1,200", "7.96"), a race time ("2:10.05"), a run of
   number words ("more than a dozen", "seven million") or a fraction ("two-thirds", "a fifth").
2. Each core is read outwards into a quantity: to the right a scale ("bn", "million"), a unit
   ("%", "euros", "seconds", "-day"), a rate ("one in 20") or a share ("10 of 15"); to the left a
   currency sign and a qualifier ("more than", "almost"), which sets `approx`.
3. The quantity is dropped when its context makes it a date, year, clock time, age, ordinal,
   score, odds, a number inside a name, a lone "one", or a time relative to now.
4. Passes over the whole list then let the ends of a range share unit and scale
   ("between 1.2 and 1.6 million"), mark bracketed conversions ("$1.13bn (£600m)"), and attach
   a short `measure` phrase taken from the figure's sentence.

Ambiguous abbreviations are settled by context: "60m" is money after a currency sign or when the
sentence already talks money, millions before a counted noun ("5m people"), metres near athletics,
as an event ("the 60m") or a size ("10m high"), and millions otherwise ("an audience of 8.5m").
A hyphenated pair is a range before a unit or a counted plural ("200-300 staff"), else a score.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from briefing.model import Figure

# --- vocabularies -----------------------------------------------------------------------------

SMALL_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
SCALE_WORDS = {"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
SCALE_ABBREVIATIONS = {"k": 1e3, "m": 1e6, "mn": 1e6, "bn": 1e9, "tn": 1e12, "trn": 1e12}
FRACTIONS = {"third": 3, "quarter": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
             "ninth": 9, "tenth": 10}

CURRENCY_SIGNS = {
    "US$": "USD", "$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY", "A$": "AUD", "AU$": "AUD",
    "C$": "CAD", "CA$": "CAD", "HK$": "HKD", "NZ$": "NZD", "S$": "SGD", "R$": "BRL",
    "Rs": "INR", "Rs.": "INR", "USD": "USD", "EUR": "EUR", "GBP": "GBP", "JPY": "JPY",
    "CNY": "CNY", "INR": "INR",
}
CURRENCY_WORDS = {
    "dollar": "USD", "euro": "EUR", "pound": "GBP", "sterling": "GBP", "yen": "JPY",
    "yuan": "CNY", "renminbi": "CNY", "rupee": "INR", "rupiah": "IDR", "rouble": "RUB",
    "ruble": "RUB", "franc": "CHF", "krona": "SEK", "kronor": "SEK", "krone": "NOK",
    "kroner": "NOK", "rand": "ZAR", "peso": "MXN", "naira": "NGN", "real": "BRL", "reais": "BRL",
    "ringgit": "MYR", "baht": "THB", "lira": "TRY", "shekel": "ILS", "dinar": "IQD",
    "dirham": "AED", "won": "KRW",
}
DOLLAR_COUNTRIES = {"us": "USD", "american": "USD", "australian": "AUD", "canadian": "CAD",
                    "hong kong": "HKD", "new zealand": "NZD", "singapore": "SGD",
                    "taiwan": "TWD", "zimbabwean": "ZWD"}
SUBUNITS = {"p": "GBP", "pence": "GBP", "penny": "GBP", "cent": "USD", "cents": "USD"}

# Units of measure kept in the span, mapped to the unit name recorded.
MEASURE_UNITS = {
    "second": "seconds", "seconds": "seconds", "sec": "seconds", "secs": "seconds",
    "s": "seconds", "minute": "minutes", "minutes": "minutes", "min": "minutes",
    "mins": "minutes", "hour": "hours", "hours": "hours", "hr": "hours", "hrs": "hours",
    "day": "days", "days": "days", "week": "weeks", "weeks": "weeks", "month": "months",
    "months": "months", "year": "years", "years": "years", "decade": "decades",
    "decades": "decades", "century": "centuries", "centuries": "centuries",
    "km": "km", "kilometre": "km", "kilometres": "km", "kilometer": "km", "kilometers": "km",
    "mile": "miles", "miles": "miles", "m": "metres", "metre": "metres",
    "metres": "metres", "meter": "metres", "meters": "metres", "cm": "cm", "mm": "mm",
    "ft": "feet", "feet": "feet", "foot": "feet", "inch": "inches", "inches": "inches",
    "yard": "yards", "yards": "yards", "kg": "kg", "kilogram": "kg", "kilograms": "kg",
    "kilo": "kg", "kilos": "kg", "tonne": "tonnes", "tonnes": "tonnes", "ton": "tons",
    "tons": "tons", "gram": "grams", "grams": "grams", "g": "grams", "lb": "pounds",
    "lbs": "pounds", "gigabyte": "gigabytes", "gigabytes": "gigabytes", "gb": "gigabytes",
    "megabyte": "megabytes", "megabytes": "megabytes", "mb": "megabytes",
    "terabyte": "terabytes", "terabytes": "terabytes", "tb": "terabytes", "kb": "kilobytes",
    "kilobytes": "kilobytes", "mbps": "mbps", "kbps": "kbps", "gbps": "gbps", "mhz": "mhz",
    "ghz": "ghz", "w": "watts", "watt": "watts", "watts": "watts", "kw": "kilowatts",
    "kilowatt": "kilowatts", "kilowatts": "kilowatts", "mw": "megawatts", "megawatt": "megawatts",
    "megawatts": "megawatts", "gw": "gigawatts", "gigawatt": "gigawatts", "gigawatts": "gigawatts",
    "kwh": "kilowatt hours", "mwh": "megawatt hours", "gwh": "gigawatt hours",
    "megapixel": "megapixels", "megapixels": "megapixels", "pixels": "pixels",
    "mph": "mph", "kph": "kph", "km/h": "kph", "degree": "degrees", "degrees": "degrees",
    "c": "degrees", "litre": "litres", "litres": "litres", "gallon": "gallons",
    "gallons": "gallons", "barrel": "barrels", "barrels": "barrels", "acre": "acres",
    "acres": "acres", "hectare": "hectares", "hectares": "hectares", "times": "times",
    "time": "times", "fold": "times", "strong": "members", "monthly": "months",
    "weekly": "weeks", "yearly": "years",
}
TIME_UNITS = {"seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades",
              "centuries"}
# Words that may follow a digit with no space: 'bn', '%', 'km', ... ; anything else attached
# ('3G', '4K', '21st') makes the token a name, a format or an ordinal.
ATTACHED_SUFFIX = re.compile(
    r"(?:bn|mn|trn|tn|m|k|km|cm|mm|kg|p|s|mph|kph|ft|lbs?|gb|mb|tb|kb|mbps|kbps|gbps|"
    r"mhz|ghz|[kmg]wh?|w|pc|x|secs?|mins?|hrs?|(?-i:C))(?![a-z])", re.I)
# Event words after '60m' that mean metres, not millions ("the 60m hurdles").
SPORT_EVENT_WORDS = {"hurdles", "relay", "race", "final", "title", "freestyle", "backstroke",
                     "breaststroke", "butterfly", "medley", "sprint", "dash", "event", "record",
                     "heat", "heats", "gold", "silver", "bronze", "champion", "world", "run",
                     "walk", "swim", "indoor", "outdoor", "semi-final", "victory", "win", "best"}
# ... and words that, after '60m', at least rule out a counted noun ("the 60m in 6.5secs").
SPORT_WORDS = SPORT_EVENT_WORDS | {"in", "to", "at", "and"}
SPORT_CONTEXT = re.compile(
    r"\b(?:athlet\w*|sprint\w*|hurdl\w*|relay|race[sd]?|metres|seconds|secs|indoors?|outdoors?|"
    r"Olympic\w*|medal\w*|jump\w*|throw\w*|marathon|champion\w*|world record|swim\w*|"
    r"freestyle|track)\b", re.I)
# Numbers that are part of a well-known name.
NAMED_NUMBERS = re.compile(r"\s+(?:Downing Street|Nations\b|Cent\b)")
MONTHS = ("january|february|march|april|may|june|july|august|september|october|november|"
          "december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec")

# Qualifiers before a number, longest first within each approx value.
QUALIFIERS = [
    ("more than", r"(?:just |slightly |well |a little |little )?(?:more than|over|above|"
                  r"exceeding|beyond|in excess of)"),
    ("less than", r"(?:just |slightly |well )?(?:less than|fewer than|under|below)"),
    ("about", r"about|around|some|roughly|approximately|an estimated|close to|closer to|"
              r"nearly about"),
    ("almost", r"almost|nearly"),
    ("up to", r"up to|as much as|as many as|a maximum of|maximum of|within"),
    ("at least", r"at least"),
]
QUALIFIER_BEFORE = re.compile(
    r"(?:^|(?<=[^\w]))(?:" + "|".join(f"(?P<q{i}>{pattern})" for i, (_, pattern) in
                                      enumerate(QUALIFIERS)) + r")\s+$", re.I)

# Words before an integer that make it a label, not a quantity ("lane seven", "No 10").
LABEL_WORDS = {"lane", "page", "pages", "section", "clause", "article", "chapter", "no", "no.",
               "number", "platform", "room", "row", "level", "grade", "paragraph", "item",
               "line", "flight", "route", "terminal", "category", "channel", "radio",
               "version", "series", "season", "round", "group", "stage", "gate", "track",
               "bus", "highway", "junction", "tier", "division", "pot", "seed", "tp",
               "squad", "shirt", "vol", "vol.", "episode", "part", "phase", "act",
               "scene", "verse", "figure", "table", "size", "rule", "ranked", "seeded"}
# Words before a bare number that make it a title: 'the drama 24', 'the album 21'.
TITLE_WORDS = {"show", "drama", "sitcom", "programme", "film", "movie", "album", "thriller"}
# Capitalised words that may stand before a quantity without making it part of a name.
FUNCTION_WORDS = {
    "the", "a", "an", "in", "on", "at", "by", "for", "of", "to", "from", "with", "and", "but",
    "or", "only", "all", "just", "about", "some", "over", "around", "under", "up", "its",
    "his", "her", "their", "our", "my", "your", "these", "those", "another", "every", "each",
    "than", "nearly", "almost", "roughly", "after", "before", "since", "until", "during",
    "within", "between", "among", "last", "next", "it", "we", "they", "he", "she", "i", "you",
    "there", "this", "that", "as", "if", "when", "while", "so", "then", "still", "even",
    "both", "nor", "yet",
}
# Words after a pair of numbers that make it a score or odds ("a 3-1 win", "3-1 favourites").
SCORE_NOUNS = {"win", "wins", "victory", "defeat", "loss", "draw", "lead", "scoreline",
               "aggregate", "thrashing", "drubbing", "rout", "hammering", "triumph", "success",
               "reverse", "home", "away", "favourite", "favourites", "shot", "chance", "on",
               "majority", "verdict", "vote", "decision", "record"}
# Plurals without an -s that make a pair of numbers a range of counts ("200-300 staff").
UNMARKED_PLURALS = {"people", "staff", "children", "men", "women", "police", "personnel",
                    "cattle", "sheep", "fish", "aircraft", "crew", "youth", "livestock"}
LEADING_PREPOSITIONS = {"in", "into", "for", "on", "to", "from"}
STOP_AFTER = {
    "through", "a", "an", "the", "to", "in", "of", "for", "from", "at", "on", "by", "with", "and", "or",
    "than", "per", "is", "was", "were", "are", "be", "been", "has", "have", "had", "will",
    "would", "could", "can", "should", "may", "might", "this", "that", "these", "those", "last",
    "up", "down", "more", "less", "after", "before", "since", "as", "into", "over", "under",
    "which", "who", "it", "its", "their", "his", "her", "but", "so", "year", "earlier", "ago",
    "each", "apiece", "off", "out", "while", "when", "if", "compared", "against", "said",
    "says", "according", "such", "now", "already", "also", "only", "just", "behind", "ahead",
    "short", "there", "then", "than", "between", "among", "rise", "rising", "fall", "falling",
}

# --- regular expressions ---------------------------------------------------------------------

_NUMBER_WORD = "|".join(sorted(list(SMALL_NUMBERS) + list(SCALE_WORDS) + ["dozen"],
                               key=len, reverse=True))
_FRACTION_WORD = "|".join(FRACTIONS)
NUMBER = re.compile(
    r"(?P<clock>(?<![\w.:])\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?(?![\d:]))"
    r"|(?P<digits>(?:(?<![\w.,])|(?<=\d[x×]))(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\d]|,\d{3}))"
    rf"|(?P<fraction>\b(?:an?|one|two|three|four|five|six|seven|eight|nine)[\s-]"
    rf"(?:{_FRACTION_WORD})s?\b)"
    rf"|(?P<words>\b(?:(?:an?|one)\s+(?=(?:hundred|thousand|million|billion|trillion|dozen)\b))?"
    rf"(?:{_NUMBER_WORD})(?:[\s-]+(?:{_NUMBER_WORD}))*\b)",
    re.I,
)
DIGIT_SCALE = re.compile(
    r"(?P<abbr>bn|mn|trn|tn|m|k|K)(?![A-Za-z])|\s(?P<word>hundred|thousand|million|billion|trillion)\b")
PERCENT = re.compile(
    r"\s?(?P<pct>%|per\s?cent\b|percent\b|pc\b)|\s?(?P<pp>percentage[\s-]points?)\b"
    r"|\s(?P<bp>basis[\s-]points?)\b", re.I)
CURRENCY_WORD_AFTER = re.compile(
    r"[\s-]?(?:(?P<country>US|American|Australian|Canadian|Hong Kong|New Zealand|Singapore|"
    r"Taiwan|Zimbabwean)\s)?(?P<word>dollars?|euros?|pounds|sterling|yen|yuan|renminbi|rupees?|"
    r"rupiah|roubles?|rubles?|francs?|kronor|krona|kroner|krone|rand|pesos?|naira|reais|"
    r"ringgit|baht|lira|shekels?|dinars?|dirhams?|won)\b", re.I)
# "45.2 per dollar": an exchange rate whose currency is named elsewhere in the sentence.
EXCHANGE_RATE_BASE = re.compile(
    r"\s+(?:per|to\s+the|to\s+one|against\s+the)\s+(?:US\s+)?"
    r"(?P<base>dollar|euro|pound|yen|yuan)\b", re.I)
# Currency names that may be the quoted currency of a rate; "real" and "won" are too often words.
QUOTED_CURRENCY = re.compile(r"\b(?P<word>" + "|".join(
    name for name in CURRENCY_WORDS if name not in ("real", "won")) + r")s?\b", re.I)
SUBUNIT_AFTER = re.compile(r"(?P<attached>p)(?![\w£$])|\s(?P<word>pence|penny|cents?)\b")
CURRENCY_BEFORE = re.compile(
    r"(?P<sub>sub-)?(?P<sign>US\$|A\$|AU\$|C\$|CA\$|HK\$|NZ\$|S\$|R\$|\$|£|€|¥|Rs\.?\s?|"
    r"(?:USD|EUR|GBP|JPY|CNY|INR)\s)$")
UNIT_AFTER = re.compile(
    r"(?P<sep>[\s-]?)(?P<unit>km/h|[a-z]+)(?P<apos>'s|')?(?![\w/])", re.I)
RATE_AFTER = re.compile(r"[\s-]+(?P<kind>in|out of)[\s-]+(?P<den>(?:\d{1,3}(?:,\d{3})+|\d+)"
                        rf"|(?:a\s+)?(?:{_NUMBER_WORD})(?:[\s-]+(?:{_NUMBER_WORD}))*)\b", re.I)
SHARE_AFTER = re.compile(r"\s+of\s+(?:the\s+)?(?P<total>\d{1,3}(?:,\d{3})*|\d+)(?![\d.])")
MINUTES_SECONDS = re.compile(r"\s+(?:and\s+)?(?P<sec>\d+(?:\.\d+)?)\s?(?:seconds|secs?|s)\b")
RANGE_LINK = re.compile(r"^(?:\s*(?:to|or|and)\s+|\s*[-–—]\s*)$", re.I)
SENTENCE_END = re.compile(r"[.!?](?=[\s\"'”’)]*(?:\s|$))|\n")
WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
COUNTED_WORD = re.compile(r"\s*[\"“”‘’']?([A-Za-z][\w’'-]*)[\"“”‘’']?,?")


# --- the scan ---------------------------------------------------------------------------------

@dataclass
class _Quantity:
    """A figure being built; `kind` is money, percent, measure or count."""

    start: int
    end: int
    value: float
    unit: str
    kind: str
    approx: str | None = None
    scale: float = 1.0  # the scale written after the number, shared with a range's lower end
    bare: bool = True  # neither unit nor scale written: may take them from a range partner
    converted_from: tuple[float, str] | None = None


def find_figures(text: str, sentences: list[tuple[int, int]] | None = None) -> list[Figure]:
    """Every money amount, percentage and count in `text`, in text order."""
    bounds = _Sentences(text, sentences)
    quantities: list[_Quantity] = []
    scanned_to = 0
    for match in NUMBER.finditer(text):
        if match.start() < scanned_to:
            continue  # already inside a quantity ("10 of 15", "2:10.05", "one in 20")
        quantity = _read_quantity(text, match, bounds, quantities)
        if quantity is not None:
            quantities.append(quantity)
            scanned_to = quantity.end
    _link_ranges(text, quantities)
    _link_conversions(text, quantities)
    return [Figure(q.start, q.end, q.value, q.unit, q.approx, _measure(text, q, bounds),
                   converted_from=q.converted_from) for q in quantities]


def same_fact(a: Figure, b: Figure) -> bool:
    """Whether two figures state the same fact: equal within 0.5%, or one converts the other."""
    if _same_amount(a.value, a.unit, b.value, b.unit):
        return True
    return any(x.converted_from is not None and _same_amount(*x.converted_from, y.value, y.unit)
               for x, y in ((a, b), (b, a)))


def _same_amount(value_a: float, unit_a: str, value_b: float, unit_b: str) -> bool:
    if unit_a != unit_b:
        return False
    if value_a == value_b:
        return True
    return abs(value_a - value_b) <= 0.005 * max(abs(value_a), abs(value_b))


class _Sentences:
    """Sentence bounds for context: the given body sentences, else a crude split."""

    def __init__(self, text: str, spans: list[tuple[int, int]] | None):
        self.text = text
        self.spans = sorted(spans) if spans else _split_sentences(text)

    def around(self, position: int) -> tuple[int, int]:
        for start, end in self.spans:
            if start <= position < end:
                return start, end
        return _crude_bounds(self.text, position)


def _split_sentences(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for stop in SENTENCE_END.finditer(text):
        if text[start:stop.end()].strip():
            spans.append((start, stop.end()))
        start = stop.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans


def _crude_bounds(text: str, position: int) -> tuple[int, int]:
    before = [m.end() for m in SENTENCE_END.finditer(text, 0, position)]
    after = SENTENCE_END.search(text, position)
    return (before[-1] if before else 0), (after.end() if after else len(text))


def _read_quantity(text: str, match: re.Match, bounds: _Sentences,
                   earlier: list[_Quantity]) -> _Quantity | None:
    if match.group("clock"):
        return _read_race_time(text, match)
    if match.group("fraction"):
        return _read_fraction(text, match)
    if match.group("words"):
        value = _word_number(match.group("words"))
        if value is None or _is_lone_one(text, match, value):
            return None
    else:
        value = float(match.group("digits").replace(",", ""))
    quantity = (_read_rate(text, match, value) or _read_share(text, match, value)
                or _read_amount(text, match, value, bounds, earlier))
    if quantity is None or _excluded(text, match, quantity):
        return None
    _add_qualifier(text, quantity)
    return quantity


def _word_number(words: str) -> float | None:
    """'seven million' -> 7e6, 'a dozen' -> 12, 'twenty-five' -> 25."""
    total, current, seen_number = 0.0, 0.0, False
    words_list = re.split(r"[\s-]+", words.lower())
    if words_list[0] in SCALE_WORDS or words_list[0] == "dozen":
        return None  # 'several hundred', 'a few thousand': no number
    for word in words_list:
        if word in ("a", "an"):
            current = 1.0
        elif word in SMALL_NUMBERS:
            current += SMALL_NUMBERS[word]
            seen_number = True
        elif word == "dozen" or word == "hundred":
            current = (current or 1.0) * (12 if word == "dozen" else 100)
            seen_number = True
        elif word in SCALE_WORDS:
            total += (current or 1.0) * SCALE_WORDS[word]
            current, seen_number = 0.0, True
    return total + current if seen_number else None


def _is_lone_one(text: str, match: re.Match, value: float) -> bool:
    """'one' naming a single thing; it counts only as a rate or with a unit of measure."""
    if value != 1 or match.group("words").lower() != "one":
        return False
    after = text[match.end():match.end() + 30]
    if RATE_AFTER.match(after):
        return False
    unit = UNIT_AFTER.match(after)
    return not (unit and unit.group("unit").lower() in MEASURE_UNITS
                and unit.group("unit").lower() not in ("time", "m", "s", "c", "g", "k"))


def _read_race_time(text: str, match: re.Match) -> _Quantity | None:
    """'2:10.05' -> 130.05 seconds; a plain 'h:mm' after 'at' or before 'pm' is a clock time."""
    written = match.group("clock")
    before = text[max(0, match.start() - 12):match.start()].lower()
    after = text[match.end():match.end() + 12].lower()
    is_clock = "." not in written and written.count(":") == 1 and (
        re.search(r"\b(?:at|by|until|till|from|before|after|around|about)\s+$", before)
        or re.match(r"\s?(?:am|pm|a\.m|p\.m|gmt|bst|utc|cet|et|local|hrs)\b", after))
    if is_clock:
        return None
    seconds = 0.0
    for part in written.split(":"):
        seconds = seconds * 60 + float(part)
    return _Quantity(match.start(), match.end(), seconds, "seconds", "measure", bare=False)


def _read_fraction(text: str, match: re.Match) -> _Quantity | None:
    """'two-thirds' -> 66.67%, 'a fifth of' -> 20%; 'a third term' is an ordinal, not a figure."""
    written = match.group("fraction")
    numerator_word, denominator_word = re.split(r"[\s-]", written.lower(), maxsplit=1)
    numerator = 1 if numerator_word in ("a", "an") else SMALL_NUMBERS[numerator_word]
    plural = denominator_word.endswith("s")
    denominator = FRACTIONS[denominator_word.rstrip("s")]
    after = text[match.end():match.end() + 40]
    followed_by_of = re.match(r"\s+of\b", after) is not None
    stands_alone = re.match(r"\s*(?:[.,;:!?)\"”]|$)", after) is not None
    if plural != (numerator > 1):
        return None
    if denominator_word == "quarters" and not (followed_by_of or "-" in written):
        return None  # "the preceding three quarters": calendar quarters
    if not (plural or followed_by_of or stands_alone):
        return None  # "a third term", "one fifth place"
    of_a_scale = re.match(r"\s+of\s+a\s+(million|billion|trillion)\b", after, re.I)
    if of_a_scale:  # "a quarter of a million people": a count of 250,000
        scale = SCALE_WORDS[of_a_scale.group(1).lower()]
        end = match.end() + of_a_scale.end()
        amount = numerator / denominator * scale
        money = _read_money_after(text, end, amount)
        if money:
            unit, amount, end = money
            quantity = _Quantity(match.start(), end, amount, unit, "money", scale=scale, bare=False)
        else:
            quantity = _Quantity(match.start(), end, amount, _counted_noun(text, end) or "items",
                                 "count", scale=scale, bare=False)
        _add_qualifier(text, quantity)
        return quantity
    value = 100.0 * numerator / denominator
    quantity = _Quantity(match.start(), match.end(), round(value, 2), "%", "percent", bare=False)
    point = re.match(r"\s+of\s+a\s+(?:percentage\s+)?point\b", after, re.I)
    if point:  # "a quarter of a point": a fraction of a percentage point
        quantity.value, quantity.unit, quantity.end = numerator / denominator, "pp", match.end() + point.end()
    _add_qualifier(text, quantity)
    return quantity


def _read_rate(text: str, match: re.Match, value: float) -> _Quantity | None:
    """'one in 20' -> 5%, 'six out of 20' -> 30%."""
    rate = RATE_AFTER.match(text, match.end())
    if not rate:
        return None
    den_text = rate.group("den")
    denominator = (_word_number(den_text) if den_text[0].isalpha()
                   else float(den_text.replace(",", "")))
    if not denominator or denominator <= value or _looks_like_year(den_text):
        return None
    return _Quantity(match.start(), rate.end(), round(100 * value / denominator, 4), "%",
                     "percent", bare=False)


def _read_share(text: str, match: re.Match, value: float) -> _Quantity | None:
    """'10 of 15 seats': one figure, the part."""
    share = SHARE_AFTER.match(text, match.end())
    if not share or float(share.group("total").replace(",", "")) <= value:
        return None
    return _Quantity(match.start(), share.end(), value, _counted_noun(text, share.end()) or "items",
                     "count", bare=False)


def _looks_like_year(written: str) -> bool:
    return re.fullmatch(r"1\d{3}|20\d\d", written) is not None


def _read_amount(text: str, match: re.Match, value: float, bounds: _Sentences,
                 earlier: list[_Quantity]) -> _Quantity | None:
    """The number with its currency, scale and unit, as written around it."""
    start, end = match.start(), match.end()
    is_digits = match.group("digits") is not None
    if is_digits and _has_foreign_suffix(text, end):
        return None
    if is_digits and re.match(r"x\d+m\b", text[end:end + 8]):
        return _read_relay(text, match)
    scale, scale_abbr, amount = 1.0, None, value
    if is_digits:
        scale_match = DIGIT_SCALE.match(text, end)
        if scale_match:
            scale_abbr = (scale_match.group("abbr") or "").lower() or None
            scale = SCALE_ABBREVIATIONS.get(scale_abbr, 0) or SCALE_WORDS[scale_match.group("word")]
            amount, end = value * scale, scale_match.end()
    else:  # the words already include their scale: 'seven million'
        scale = SCALE_WORDS.get(re.split(r"[\s-]+", match.group("words").lower())[-1], 1.0)

    sign = CURRENCY_BEFORE.search(text, max(0, start - 8), start)
    if sign and is_digits:
        quantity = _Quantity(start - len(sign.group(0)), end, amount,
                             CURRENCY_SIGNS[sign.group("sign").strip()], "money", scale=scale,
                             bare=False)
        if sign.group("sub"):
            quantity.approx = "less than"
        return quantity

    money = _read_money_after(text, end, amount)
    if money:
        unit, value_in_units, money_end = money
        return _Quantity(start, money_end, value_in_units, unit, "money", scale=scale, bare=False)

    percent = PERCENT.match(text, end)
    if percent:
        if percent.group("bp"):
            return _Quantity(start, percent.end(), amount / 100, "pp", "percent", bare=False)
        unit = "%" if percent.group("pct") else "pp"
        return _Quantity(start, percent.end(), amount, unit, "percent", bare=False)

    if scale_abbr in ("m", "k"):
        return _resolve_m_or_k(text, start, end, value, scale_abbr, bounds, earlier)
    if scale != 1.0:
        implied = _implied_currency(text, start, end, bounds, earlier)
        if implied:
            return _Quantity(start, end, amount, implied, "money", scale=scale, bare=False)

    rate_currency = _exchange_rate_currency(text, start, end, bounds)
    if rate_currency:
        return _Quantity(start, end, amount, rate_currency, "money", bare=False)
    measure = _read_measure_unit(text, end, amount, is_digits)
    if measure:
        unit, measure_end, total = measure
        return _Quantity(start, measure_end, total, unit, "measure", scale=scale, bare=False)
    written_scale = scale != 1.0 or (not is_digits and re.search(
        r"hundred|thousand|million|billion|trillion|dozen", match.group("words"), re.I))
    return _Quantity(start, end, amount, _counted_noun(text, end) or "items", "count",
                     scale=scale, bare=not written_scale)


def _read_relay(text: str, match: re.Match) -> _Quantity:
    """'4x100m': a relay event, recorded as the distance each runner covers."""
    relay = re.match(r"x(\d+)m", text[match.end():])
    return _Quantity(match.start(), match.end() + relay.end(), float(relay.group(1)), "metres",
                     "measure", bare=False)


def _has_foreign_suffix(text: str, end: int) -> bool:
    """Letters glued to the digits that are no unit: '3G', '4K screens', '21st'."""
    if end >= len(text) or not text[end].isalpha():
        return False
    if re.match(r"p\b", text[end:end + 2]) and text[end - 4:end] in ("1080", "0720", " 720", " 480"):
        return True  # '1080p' video
    return ATTACHED_SUFFIX.match(text, end) is None


def _read_money_after(text: str, end: int, value: float) -> tuple[str, float, int] | None:
    """A currency written after the number: '95 euros', '40 trillion rupiah', '80p'."""
    word = CURRENCY_WORD_AFTER.match(text, end)
    if word:
        name = word.group("word").lower()
        if name == "won" and value < 1000:
            return None  # "the team won": the verb, unless an amount precedes it
        if name == "pounds" and re.match(r"\s+(?:of|in weight|heavier|lighter)\b",
                                         text[word.end():word.end() + 15]):
            return None
        code = CURRENCY_WORDS.get(name) or CURRENCY_WORDS.get(name.rstrip("s"))
        country = word.group("country")
        if country and name.rstrip("s") == "dollar":
            code = DOLLAR_COUNTRIES[country.lower()]
        return (code, value, word.end()) if code else None
    subunit = SUBUNIT_AFTER.match(text, end)
    if subunit:
        name = (subunit.group("attached") or subunit.group("word")).lower()
        return SUBUNITS[name], value / 100, subunit.end()
    return None


def _exchange_rate_currency(text: str, start: int, end: int, bounds: _Sentences) -> str | None:
    """'the rupee closed at 45.2 per dollar' -> INR: the other currency the sentence names."""
    rate = EXCHANGE_RATE_BASE.match(text, end)
    if not rate:
        return None
    base = CURRENCY_WORDS[rate.group("base").lower()]
    sentence_start, _ = bounds.around(start)
    for named in reversed(list(QUOTED_CURRENCY.finditer(text, sentence_start, start))):
        code = CURRENCY_WORDS[named.group("word").lower()]
        if code != base:
            return code
    return None


def _resolve_m_or_k(text: str, start: int, end: int, value: float, abbr: str,
                    bounds: _Sentences, earlier: list[_Quantity]) -> _Quantity | None:
    """'60m' is money in a money sentence; metres in athletics, as an event ('the 60m') or as a
    size ('30m high'); otherwise millions ('5m people', 'an audience of 8.5m')."""
    scale = SCALE_ABBREVIATIONS[abbr]
    implied = _implied_currency(text, start, end, bounds, earlier)
    if implied:
        return _Quantity(start, end, value * scale, implied, "money", scale=scale, bare=False)
    noun = _counted_noun(text, end)
    next_word = WORD.match(text[end:].lstrip())
    sentence_start, sentence_end = bounds.around(start)
    in_athletics = SPORT_CONTEXT.search(text, sentence_start, sentence_end) is not None
    if abbr == "k":
        race_word = next_word and next_word.group(0).lower() in (
            "race", "run", "road", "walk", "cross", "title", "record", "champion")
        if race_word or in_athletics:  # 'the 15K race', 'won the 10K in a course record'
            return _Quantity(start, end, value, "km", "measure", bare=False)
        return None  # '4K screens', 'Spectrum 16k': a designation
    if noun and noun.endswith("s") and noun not in SPORT_WORDS and not in_athletics \
            and next_word and next_word.group(0).lower() not in SPORT_WORDS:
        return _Quantity(start, end, value * scale, noun, "count", scale=scale, bare=False)
    is_event = re.search(r"\b(?:the|men's|women's)\s+$", text[max(0, start - 8):start], re.I)
    is_size = re.match(r"[\s-]*(?:high|long|wide|deep|tall|away|above|below|across|square|to go|"
                       r"\(\s*\d[\d,.]*\s?(?:ft|feet|yards?|miles?)\b)", text[end:end + 20], re.I)
    next_is_event = next_word and next_word.group(0).lower() in SPORT_EVENT_WORDS
    # sport reports split quotes into short sentences: look at the neighbours too
    near_athletics = SPORT_CONTEXT.search(text, max(0, start - 200), end + 200) is not None
    # nobody writes '3,000m' for three billion
    if near_athletics or is_event or is_size or next_is_event or value >= 1000:
        return _Quantity(start, end, value, "metres", "measure", bare=False)
    return _Quantity(start, end, value * scale, noun or "items", "count", scale=scale, bare=False)


def _implied_currency(text: str, start: int, end: int, bounds: _Sentences,
                      earlier: list[_Quantity]) -> str | None:
    """The currency of a bare scaled amount in a money sentence: 'up from 31m' after '40m euros'."""
    noun = _counted_noun(text, end)
    if noun and noun.endswith("s") and noun not in SPORT_WORDS:
        return None
    sentence_start, _ = bounds.around(start)
    for quantity in reversed(earlier):
        if quantity.start < sentence_start:
            break
        if quantity.kind == "money":
            return quantity.unit
    return None


def _read_measure_unit(text: str, end: int, value: float,
                       is_digits: bool) -> tuple[str, int, float] | None:
    """A unit of measure after the number: 'seconds', '-day', 'km', 'times'."""
    unit_match = UNIT_AFTER.match(text, end)
    if not unit_match:
        return None
    written = unit_match.group("unit").lower()
    if written not in MEASURE_UNITS:
        return None
    separator = unit_match.group("sep")
    attached_only = written in ("m", "s", "c", "g", "w", "km/h") or (
        written in ("gb", "mb", "tb", "kb") and separator == "-")
    if attached_only and (separator or not is_digits):
        return None
    if written == "s" and value == int(value):
        return None  # "80s" is a decade; "9.87s" a time
    singular_only = written in ("second", "minute", "hour", "day", "week", "month", "year",
                                "decade", "century", "mile", "metre", "meter", "kilometre",
                                "strong", "time", "monthly", "weekly", "yearly", "fold",
                                "tonne", "litre", "acre", "hectare", "degree", "inch", "foot",
                                "yard", "gallon", "barrel", "kilogram", "gram", "kilo", "ton",
                                "watt", "kilowatt", "megawatt", "gigawatt")
    if singular_only and separator != "-" and value != 1:
        return None  # "the year 2003", "a 30 second", but "30-second" and "one hour" count
    if written in ("strong", "time", "monthly", "weekly", "yearly", "fold") and separator != "-":
        return None
    unit = MEASURE_UNITS[written]
    unit_end = unit_match.end() - len(unit_match.group("apos") or "")
    if unit == "minutes":
        seconds = MINUTES_SECONDS.match(text, unit_end)
        if seconds:
            return "seconds", seconds.end(), value * 60 + float(seconds.group("sec"))
    return unit, unit_end, value


def _counted_noun(text: str, end: int) -> str | None:
    """The thing counted: the first plural-looking word among the next five ('6 million safe,
    effective COVID-19 vaccine doses' -> 'doses'), else the next word."""
    words = []
    position = end
    while len(words) < 5:
        word = COUNTED_WORD.match(text, position)
        if not word or word.group(1).lower() in STOP_AFTER:
            break
        words.append(word.group(1).lower().rstrip("'’"))
        if words[-1].endswith("s") and not words[-1].endswith(("ss", "us", "is")):
            return words[-1]
        position = word.end()
    return words[0] if words else None


# --- exclusions -------------------------------------------------------------------------------

def _excluded(text: str, match: re.Match, quantity: _Quantity) -> bool:
    """Dates, years, clock times, ages, ordinals, scores, names and times relative to now."""
    start, end = match.start(), match.end()
    before = text[max(0, start - 40):start]
    after = text[quantity.end:quantity.end + 40]
    plain = quantity.kind in ("count",) or (quantity.kind == "measure" and quantity.unit in
                                            TIME_UNITS | {"metres"} and quantity.end == end)
    written = match.group(0)
    checks = [
        quantity.kind != "money" and _is_date(written, before, text[end:end + 30]),
        plain and quantity.bare and _is_year(written, before, text[end:end + 12]),
        re.match(r"'?s\b", text[end:end + 3]) is not None and quantity.kind != "money",
        _is_clock_time(text, end) and quantity.kind != "money",
        quantity.unit in TIME_UNITS and re.match(r"\s+ago\b", after) is not None,
        _is_age(written, before, text[end:quantity.end + 25], quantity),
        _is_name(text, match, quantity),
        quantity.kind == "count" and _is_score_or_odds(text, start, end),
        quantity.unit in TIME_UNITS and _is_calendar_period(after),
        re.search(r"\bhalf[\s-]+$", before, re.I) is not None,  # "half a million": no figure
        re.match(r"\s?(?:AD|A\.D\.|BC|B\.C\.|BCE|CE)(?![A-Za-z])", after) is not None,
        plain and quantity.bare and re.search(r"\bat\s+$", before) is not None
        and re.match(r"\s*(?:[.,;:)]|and\b|$)", after) is not None,  # 'at two': a rank or a time
        NAMED_NUMBERS.match(text, end) is not None,
    ]
    return any(checks)


def _is_date(written: str, before: str, after: str) -> bool:
    if not re.fullmatch(r"\d{1,4}", written):
        return False
    number = int(written)
    if number <= 31 and re.match(rf"(?:st|nd|rd|th)?(?:\s*[-–]\s*\d{{1,2}})?\s+(?:of\s+)?"
                                 rf"(?:{MONTHS})\b", after, re.I):
        return True
    return re.search(rf"\b(?:{MONTHS})\.?\s+(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s+)?$", before,
                     re.I) is not None and (number <= 31 or _looks_like_year(written))


def _is_year(written: str, before: str, after: str) -> bool:
    if re.search(r"\d{4}\s*[-–/]\s*$", before) and re.fullmatch(r"\d{1,2}", written):
        return True  # "2004-05", "2004/5"
    if not _looks_like_year(written):
        return False
    # "1920 x 1080 pixels" is a size, not a year
    return not (re.match(r"\s*[x×*]\s*\d", after) or re.search(r"\d\s*[x×*]\s*$", before))


def _is_clock_time(text: str, end: int) -> bool:
    return re.match(r"(?:[.:]\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.|o'clock|GMT|BST|UTC|CET|EST|EDT|"
                    r"PST|ET|local time|hours GMT)\b", text[end:end + 15]) is not None


def _is_age(written: str, before: str, after: str, quantity: _Quantity) -> bool:
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
    if re.search(r"\b(?:aged|age of|ages of|turned|turns|turning|aged between)\s+"
                 r"(?:\w+\s+(?:to|and|-)\s+)?$", before, re.I):
        return True
    if re.search(r"\b(?:will|would) be\s+$", before) and re.match(r"[.,;]", after):
        return True  # "when she will be 34."
    if re.search(r"\b(?:children|kids|pupils|babies|boys|girls|youngsters)\s+(?:under|over|aged)\s+$"
                 r"|\b(?:under|over)-$", before, re.I):
        return True  # "children under five", "the under-21 side"
    # "Smith, 31, said": a person's age between commas
    return bool(re.fullmatch(r"\d{1,3}", written) and int(written) < 110
                and re.search(r"[A-Z][a-z]+,\s$", before) and re.match(r",", after))


def _is_name(text: str, match: re.Match, quantity: _Quantity) -> bool:
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
    if written[0].isupper() and not _starts_sentence(text, start):
        return True  # a capitalised number word inside a sentence: 'the Chicago Seven'
    is_plain_number = re.fullmatch(r"\d+(?:\.\d+)?", written) is not None
    if is_plain_number and quantity.bare and (
            (previous and previous.group(1).lower() in TITLE_WORDS)
            # 'the show The 411', 'in The 39 Steps': a capital The inside a sentence opens a title
            or (previous and previous.group(1) == "The"
                and not _starts_sentence(text, previous.start() + max(0, start - 30)))
            or re.match(r"[\"“'‘]\d+[\"”'’]", text[max(0, start - 1):quantity.end + 1])
            or re.match(r"\s+(?:star|actor|actress|creator|producer|writer)\s+[A-Z]",
                        text[quantity.end:quantity.end + 20])):
        return True  # a title: 'the show 24', 'the hit show "24"', '24 star Kiefer Sutherland'
    return bool(is_plain_number and previous and previous.group(1)[0].isupper()
                and previous.group(1).lower() not in FUNCTION_WORDS
                and not re.search(rf"^(?:{MONTHS})\.?$", previous.group(1), re.I)
                and not _starts_sentence(text, previous.start() + max(0, start - 30)))


def _starts_sentence(text: str, position: int) -> bool:
    before = text[max(0, position - 4):position].rstrip(" \"'“‘(")
    return not before or before[-1] in ".!?:\n"


def _is_score_or_odds(text: str, start: int, end: int) -> bool:
    """'won 3-1', 'a 5/2 favourite', '11-4 shot'; but '200-300 staff', '10-15%' and '3-4 weeks'
    are ranges: a pair of numbers is a range when a unit or a counted plural follows it."""
    pair_after = re.match(r"[-–/](\d{1,3})(?!\d|[.,]\d)", text[end:end + 5])
    pair_before = re.search(r"(?<![\d.,])\d{1,3}[-–/]$", text[max(0, start - 5):start])
    if not (pair_after or pair_before):
        return False
    if "/" in text[max(0, start - 1):end + 1]:
        return True
    pair_end = end if pair_after is None else end + pair_after.end()
    if _unit_follows(text, pair_end):
        return False
    noun = _counted_noun(text[pair_end:pair_end + 40], 0)
    if noun is None or noun in SCORE_NOUNS:
        return True
    return not (noun.endswith("s") or noun in UNMARKED_PLURALS)


def _unit_follows(text: str, end: int) -> bool:
    """A percent sign, scale, currency or unit of measure right after a number."""
    currency = CURRENCY_WORD_AFTER.match(text, end)
    return bool(PERCENT.match(text, end) or DIGIT_SCALE.match(text, end)
                or (currency and currency.group("word").lower() != "won")
                or _read_measure_unit(text, end, 2.0, True))


def _is_calendar_period(after: str) -> bool:
    """'the three months to December', 'the first two weeks of March'."""
    return re.match(rf"\s+(?:to|from|of|ending|ended|until|through)\s+(?:the\s+end\s+of\s+|"
                    rf"early\s+|late\s+|mid-?)?(?:\d{{1,2}}\s+)?(?:{MONTHS}|\d{{4}})\b",
                    after, re.I) is not None


# --- qualifiers, ranges, conversions ----------------------------------------------------------

def _add_qualifier(text: str, quantity: _Quantity) -> None:
    qualifier = QUALIFIER_BEFORE.search(text, max(0, quantity.start - 30), quantity.start)
    if not qualifier:
        return
    for index, (approx, _) in enumerate(QUALIFIERS):
        if qualifier.group(f"q{index}"):
            if approx == "up to" and qualifier.group(0).lower().startswith("within") and \
                    not quantity.bare and quantity.unit not in TIME_UNITS | {"km", "metres", "miles"}:
                return  # "within 5%" of something is no maximum of it
            quantity.approx = approx
            quantity.start = qualifier.start()
            return


def _link_ranges(text: str, quantities: list[_Quantity]) -> None:
    """'between 1.2 and 1.6 million', 'about five or six', '£5-10m': ends share unit and scale."""
    for lower, upper in zip(quantities, quantities[1:]):
        link = text[lower.end:upper.start]
        if not RANGE_LINK.match(link):
            continue
        opener = re.search(r"\b(between|from)\s+$", text[max(0, lower.start - 10):lower.start],
                           re.I)
        if link.strip().lower() == "and" and not opener:
            continue
        by_before = re.search(r"\bby\s+$", text[max(0, lower.start - 10):lower.start])
        if link.strip().lower() == "to" and by_before:
            continue  # "fell by 12,000 to 1.4 million": a change, then the new level
        # a bare end far above the other's number is no range end: "fell 12,000 to 1.4 million"
        shares_scale = lower.value <= 10 * upper.value / upper.scale
        if lower.bare and not upper.bare and shares_scale:
            lower.value *= upper.scale
            lower.unit, lower.kind, lower.bare = upper.unit, upper.kind, False
        elif upper.kind == "count" and upper.bare and lower.kind == "money":
            upper.unit, upper.kind = lower.unit, "money"
        if lower.approx and not upper.approx and not opener:
            upper.approx = lower.approx


def _link_conversions(text: str, quantities: list[_Quantity]) -> None:
    """'$1.13bn (£600m)', '£5.7bn ($10.7bn; 8.2bn euros)': each bracketed amount converts the one
    before the bracket and shares its approx."""
    original = None
    for previous, current in zip(quantities, quantities[1:]):
        between = text[previous.end:current.start]
        if previous.kind == "money" and re.fullmatch(r"\s*\(\s*", between):
            original = previous
        elif not (original and re.fullmatch(r"\s*(?:[;,/]|or|and)\s*", between)):
            original = None
        if original and current.kind == "money":
            current.converted_from = (original.value, original.unit)
            current.approx = current.approx or original.approx


# --- measure ----------------------------------------------------------------------------------

def _measure(text: str, quantity: _Quantity, bounds: _Sentences) -> str | None:
    """A few words saying what the figure measures: the phrase after it up to the next number or
    clause break ('people leaving the country'), else the clause before it."""
    sentence_start, sentence_end = bounds.around(quantity.start)
    words_after = []
    for token in text[quantity.end:sentence_end].split():
        if re.match(r"[\d$£€¥(]", token) or len(words_after) == 8:
            break
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
    phrase = _clip(words_after)
    # "$1.1 trillion over the next decade": a time says when, the words before say what
    if phrase and len(phrase.split()) > 1 and not (TIME_PHRASE.fullmatch(phrase) and words_before):
        return phrase
    return _clip(words_before[-8:]) or phrase


TIME_PHRASE = re.compile(r"(?i)(?:(?:over|in|during|within|for|each|every|per|a|the)\s+)*"
                         r"(?:(?:next|last|past|coming|first|second|three|two|four|six|\w+)\s+)?"
                         r"(?:year|decade|month|week|day|quarter|hour)s?")


def _clip(words: list[str], limit: int = 8) -> str | None:
    words = [w.rstrip(",") for w in words[:limit] if w]
    while words and words[-1].lower() in STOP_AFTER:
        words = words[:-1]
    while words and words[0].lower() in STOP_AFTER:
        words = words[1:]
    return " ".join(words) or None
