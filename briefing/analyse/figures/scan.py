"""The scan: every number core read outwards into a quantity, then ranges and conversions linked."""
from __future__ import annotations

import itertools
import re
from collections.abc import Iterable

from briefing.analyse.figures.amounts import read_amount, read_money_after
from briefing.analyse.figures.exclusions import EXCLUSIONS, Exclusion, excluded
from briefing.analyse.figures.lexicon import (
    COMPARATIVES,
    FRACTIONS,
    MEASURE_UNITS,
    QUALIFIERS,
    SCALE_WORDS,
    SMALL_NUMBERS,
    TIME_UNITS,
)
from briefing.analyse.figures.measure import measure_of, noun_group, read_words
from briefing.analyse.figures.patterns import NUMBER, QUALIFIER_BEFORE, RANGE_LINK, RATE_AFTER, SHARE_AFTER, UNIT_AFTER
from briefing.analyse.figures.quantity import Quantity, Sentences, counted_noun, looks_like_year, word_number
from briefing.model import Figure


def find_figures(text: str, sentences: list[tuple[int, int]] | None = None,
                 exclusions: Iterable[Exclusion] = EXCLUSIONS) -> list[Figure]:
    """Every money amount, percentage and count in `text`, in text order.

    `sentences` are the body sentences' (start, end), else a crude split finds them; `exclusions`
    are the rules that make a number no figure (exclusions.py).
    """
    bounds = Sentences(text, sentences)
    quantities: list[Quantity] = []
    scanned_to = 0
    for match in NUMBER.finditer(text):
        if match.start() < scanned_to:
            continue  # already inside a quantity ("10 of 15", "2:10.05", "one in 20")
        quantity = read_quantity(text, match, bounds, quantities, exclusions)
        if quantity is not None:
            quantities.append(quantity)
            scanned_to = quantity.end
    link_ranges(text, quantities)
    link_conversions(text, quantities)
    figures: list[Figure] = []
    for q in quantities:
        # "$1.13bn (£600m)": the conversion measures what the amount it converts does
        previous = figures[-1] if figures else None
        converts = previous if q.converted_from is not None else None
        figures.append(Figure(q.start, q.end, q.value, q.unit, q.approx,
                              converts.measure if converts else measure_of(text, q, bounds, previous),
                              converted_from=q.converted_from))
    # "a 2% to 3% rise in revenue": both ends of a range measure what the words after the upper one say
    for index, quantity in enumerate(quantities[:-1]):
        lower, upper = figures[index].measure, figures[index + 1].measure
        if quantity.opens_range and lower and not upper:
            figures[index + 1].measure = lower  # "values WMC shares at A$7.17 to A$8.24": both ends, one value
            continue
        # unless the lower end says it already: "an 8%-10% rise since Monday morning"; a lower end written
        # bare ("two to three weeks") is the same quantity as the upper one, whatever follows
        # (nor a lone noun over a lower end's own phrase: "the margin of error is between 2.5 and 4 points")
        if not (quantity.opens_range and upper) or set(upper.split()) <= set((lower or "").split()) \
                or (lower and quantity.kind == "count" and " " not in upper):
            continue
        if describes_what_follows(text, quantities[index + 1]) or (
                quantity.unit_from_range and text[quantity.start:quantity.end].lower() not in upper.lower().split()):
            figures[index].measure = upper
    return figures


def describes_what_follows(text: str, upper: Quantity) -> bool:
    """Whether a range's upper end stands before what the range is of ("2% to 3% rise", "10% and
    15% of staff"), not at the end of a clause ("fell $28.63 to $38.65.") nor before a comparison ("four to
    five times more expensive")."""
    # past a closing bracket or quote: "a [0.6% to 0.7%] hurricane headwind"
    words = read_words(text[upper.end:upper.end + 60], False)
    following = [w for w in words if w.text not in "])}”’\"'"][:1]
    # "$40-50 billion in annual purchases": a sum is what it is in; "30 to 40 top firms": a noun group follows
    return bool(following) and following[0].low not in COMPARATIVES and (
        following[0].kind in ("NOUN", "PROPN") or following[0].low == "of"
        or (following[0].low == "in" and upper.kind == "money")
        or (following[0].kind == "ADJ" and bool(noun_group(words, 0)[0])))


def same_fact(a: Figure, b: Figure) -> bool:
    """Whether two figures state the same fact: equal within 0.5%, or one converts the other."""
    if same_amount(a.value, a.unit, b.value, b.unit):
        return True
    return any(x.converted_from is not None and same_amount(*x.converted_from, y.value, y.unit)
               for x, y in ((a, b), (b, a)))


def same_amount(value_a: float, unit_a: str, value_b: float, unit_b: str) -> bool:
    if unit_a != unit_b:
        return False
    if value_a == value_b:
        return True
    return abs(value_a - value_b) <= 0.005 * max(abs(value_a), abs(value_b))


def read_quantity(text: str, match: re.Match, bounds: Sentences, earlier: list[Quantity],
                  exclusions: Iterable[Exclusion]) -> Quantity | None:
    if match.group("clock"):
        race_time = read_race_time(text, match)
        return None if race_time is None or excluded(text, match, race_time, exclusions) else race_time
    if match.group("fraction"):
        return read_fraction(text, match)
    if match.group("words"):
        value = word_number(match.group("words"))
        if value is None or is_lone_one(text, match, value):
            return None
    else:
        value = float(match.group("digits").replace(",", ""))
    quantity = (read_rate(text, match, value) or read_share(text, match, value)
                or read_amount(text, match, value, bounds, earlier))
    if quantity is None or excluded(text, match, quantity, exclusions):
        return None
    add_qualifier(text, quantity)
    return quantity


def is_lone_one(text: str, match: re.Match, value: float) -> bool:
    """'one' naming a single thing; it counts only as a rate or with a unit of measure."""
    if value != 1 or match.group("words").lower() != "one":
        return False
    after = text[match.end():match.end() + 30]
    if RATE_AFTER.match(after):
        return False
    unit = UNIT_AFTER.match(after)
    return not (unit and unit.group("unit").lower() in MEASURE_UNITS
                and unit.group("unit").lower() not in ("time", "m", "s", "c", "g", "k"))


def read_race_time(text: str, match: re.Match) -> Quantity | None:
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
    return Quantity(match.start(), match.end(), seconds, "seconds", "measure", bare=False)


def read_fraction(text: str, match: re.Match) -> Quantity | None:
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
        money = read_money_after(text, end, amount)
        if money:
            unit, amount, end = money
            quantity = Quantity(match.start(), end, amount, unit, "money", scale=scale, bare=False)
        else:
            quantity = Quantity(match.start(), end, amount, counted_noun(text, end) or "items",
                                 "count", scale=scale, bare=False)
        add_qualifier(text, quantity)
        return quantity
    value = 100.0 * numerator / denominator
    quantity = Quantity(match.start(), match.end(), round(value, 2), "%", "percent", bare=False)
    point = re.match(r"\s+of\s+a\s+(?:percentage\s+)?point\b", after, re.I)
    if point:  # "a quarter of a point": a fraction of a percentage point
        quantity.value, quantity.unit, quantity.end = numerator / denominator, "pp", match.end() + point.end()
    add_qualifier(text, quantity)
    return quantity


def read_rate(text: str, match: re.Match, value: float) -> Quantity | None:
    """'one in 20' -> 5%, 'six out of 20' -> 30%."""
    rate = RATE_AFTER.match(text, match.end())
    if not rate:
        return None
    den_text = rate.group("den")
    denominator = (word_number(den_text) if den_text[0].isalpha()
                   else float(den_text.replace(",", "")))
    if not denominator or denominator <= value or looks_like_year(den_text):
        return None
    return Quantity(match.start(), rate.end(), round(100 * value / denominator, 4), "%",
                     "percent", bare=False)


def read_share(text: str, match: re.Match, value: float) -> Quantity | None:
    """'10 of 15 seats': one figure, the part."""
    share = SHARE_AFTER.match(text, match.end())
    if not share or float(share.group("total").replace(",", "")) <= value:
        return None
    return Quantity(match.start(), share.end(), value, counted_noun(text, share.end()) or "items",
                     "count", bare=False)


SUM_BEFORE = re.compile(r"(?:\d|%|\b(?:bn|m|million|billion|trillion|percent))\s+$", re.I)


def add_qualifier(text: str, quantity: Quantity) -> None:
    qualifier = QUALIFIER_BEFORE.search(text, max(0, quantity.start - 30), quantity.start)
    if not qualifier:
        return
    for index, (approx, _) in enumerate(QUALIFIERS):
        if qualifier.group(f"q{index}"):
            if approx == "up to" and qualifier.group(0).lower().startswith("within") and \
                    not quantity.bare and quantity.unit not in TIME_UNITS | {"km", "metres", "miles"}:
                return  # "within 5%" of something is no maximum of it
            if qualifier.group(0).lower().startswith("over") and quantity.unit in TIME_UNITS \
                    and SUM_BEFORE.search(text, max(0, qualifier.start() - 20), qualifier.start()):
                return  # "cut aid by $55 billion over six years": the span of the cut, not more than six years
            quantity.approx = approx
            quantity.start = qualifier.start()
            return


def link_ranges(text: str, quantities: list[Quantity]) -> None:
    """'between 1.2 and 1.6 million', 'about five or six', '£5-10m': ends share unit and scale."""
    for lower, upper in itertools.pairwise(quantities):
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
            lower.unit, lower.kind, lower.bare, lower.unit_from_range = upper.unit, upper.kind, False, True
        elif upper.kind == "count" and upper.bare and lower.kind == "money":
            upper.unit, upper.kind = lower.unit, "money"
        elif lower.kind == upper.kind == "count" and lower.unit == "items" and shares_scale:
            lower.unit = upper.unit  # "30 to 40 top firms": both count firms
        if lower.approx and not upper.approx and not opener:
            upper.approx = lower.approx
        # "2% to 3%", not "rose 2.8% to €3bn" (a change, then the level it reached)
        lower.opens_range = (lower.unit, lower.kind) == (upper.unit, upper.kind)
        # read as one span of values ("2-3%", "between £20 and £40", "two or three weeks", "rose 2 to 3%"), not a move
        # from one to the other ("rose from £5.5bn to £8.2bn") nor, maybe, a change and the level it reached ("lifted
        # interest rates 0.25% to 5.5%", "up 16.75 pence to 293.5p")
        spans = lower.opens_range and not (opener and opener.group(1).lower() == "from") and (
            link.strip().lower() != "to" or lower.unit_from_range)
        upper.closes_range = spans
        lower.range_end = upper.end if spans and (lower.bare or lower.unit_from_range) else None


# what stands between an amount and the bracket of its conversions: "$1.13bn (", "200bn euros a year (",
# "3bn yuan in 2004 ("
CONVERSION_OPENS = re.compile(r"\s*(?:(?:a|an|per|each|every)\s+(?:year|month|week|day|hour|head|person|share)\s*"
                              r"|in\s+(?:19|20)\d\d\s*|(?:last|this)\s+year\s*)?\(\s*")


def link_conversions(text: str, quantities: list[Quantity]) -> None:
    """'$1.13bn (£600m)', '£5.7bn ($10.7bn; 8.2bn euros)', '200bn euros a year (£140bn; $258bn)': each bracketed
    amount converts the one before the bracket and shares its approx."""
    original = None
    for previous, current in itertools.pairwise(quantities):
        between = text[previous.end:current.start]
        if previous.kind == "money" and CONVERSION_OPENS.fullmatch(between):
            original = previous
        elif not (original and re.fullmatch(r"\s*(?:[;,/]|or|and)\s*", between)):
            original = None
        if original and current.kind == "money":
            current.converted_from = (original.value, original.unit)
            current.approx = current.approx or original.approx
