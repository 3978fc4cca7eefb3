"""Reading a number's amount: currency, scale, percent, unit of measure or the thing it counts."""
from __future__ import annotations

import re

from briefing.analyse.figures.lexicon import (
    CURRENCY_SIGNS,
    CURRENCY_WORDS,
    DOLLAR_COUNTRIES,
    MEASURE_UNITS,
    SCALE_ABBREVIATIONS,
    SCALE_WORDS,
    SPORT_EVENT_WORDS,
    SPORT_WORDS,
    SUBUNITS,
)
from briefing.analyse.figures.patterns import (
    ATTACHED_SUFFIX,
    CENTS_AFTER,
    CURRENCY_BEFORE,
    CURRENCY_WORD_AFTER,
    DIGIT_SCALE,
    EXCHANGE_RATE_BASE,
    LETTER_WORD,
    MINUTES_SECONDS,
    PERCENT,
    QUOTED_CURRENCY,
    RELAY_AFTER,
    SPACED_SCALE,
    SPORT_CONTEXT,
    SUBUNIT_AFTER,
    UNIT_AFTER,
)
from briefing.analyse.figures.quantity import Quantity, Sentences, counted_noun


def read_amount(text: str, match: re.Match, value: float, bounds: Sentences,
                 earlier: list[Quantity]) -> Quantity | None:
    """The number with its currency, scale and unit, as written around it."""
    start, end = match.start(), match.end()
    is_digits = match.group("digits") is not None
    if is_digits and has_foreign_suffix(text, end):
        return None
    relay = RELAY_AFTER.match(text, end) if is_digits else None
    if relay:
        return read_relay(text, match, relay)
    scale, scale_abbr, amount = 1.0, None, value
    sign = CURRENCY_BEFORE.search(text, max(0, start - 24), start)
    if is_digits:
        scale_match = DIGIT_SCALE.match(text, end)
        if not scale_match and sign:
            scale_match = SPACED_SCALE.match(text, end)
        if scale_match:
            scale_abbr = (scale_match.group("abbr") or "").lower() or None
            scale = (SCALE_ABBREVIATIONS[scale_abbr] if scale_abbr else 0) or SCALE_WORDS[scale_match.group("word")]
            amount, end = value * scale, scale_match.end()
    else:  # the words already include their scale: 'seven million'
        scale = SCALE_WORDS.get(re.split(r"[\s-]+", match.group("words").lower())[-1], 1.0)

    if sign and is_digits:
        quantity = Quantity(start - len(sign.group(0)), end, amount,
                             currency_before(sign.group("sign")), "money", scale=scale,
                             bare=False)
        if sign.group("sub"):
            quantity.approx = "less than"
        return quantity

    money = read_money_after(text, end, amount)
    if money:
        unit, value_in_units, money_end = money
        return Quantity(start, money_end, value_in_units, unit, "money", scale=scale, bare=False)

    percent = PERCENT.match(text, end)
    if percent:
        if percent.group("bp"):
            return Quantity(start, percent.end(), amount / 100, "pp", "percent", bare=False)
        unit = "%" if percent.group("pct") else "pp"
        return Quantity(start, percent.end(), amount, unit, "percent", bare=False)

    if scale_abbr in ("m", "k"):
        return resolve_m_or_k(text, start, end, value, scale_abbr, bounds, earlier)
    if scale != 1.0:
        implied = implied_currency(text, start, end, bounds, earlier)
        if implied:
            return Quantity(start, end, amount, implied, "money", scale=scale, bare=False)

    rate_currency = exchange_rate_currency(text, start, end, bounds)
    if rate_currency:
        return Quantity(start, end, amount, rate_currency, "money", bare=False)
    measure = read_measure_unit(text, end, amount, is_digits)
    if measure:
        unit, measure_end, total = measure
        return Quantity(start, measure_end, total, unit, "measure", scale=scale, bare=False,
                        hyphenated=text[end:measure_end].startswith("-"))
    written_scale = scale != 1.0 or (not is_digits and re.search(
        r"hundred|thousand|million|billion|trillion|dozen", match.group("words"), re.I))
    return Quantity(start, end, amount, counted_noun(text, end) or "items", "count",
                     scale=scale, bare=not written_scale)


def read_relay(text: str, match: re.Match, relay: re.Match) -> Quantity:
    """'4x100m': a relay event, recorded as the distance each runner covers."""
    return Quantity(match.start(), relay.end(), float(relay.group(1)), "metres",
                    "measure", bare=False)


def currency_before(sign: str) -> str:
    """The code of a sign or name written before the number: '$', 'Rs', 'Australian dollars'."""
    sign = sign.strip()
    return CURRENCY_SIGNS.get(sign) or DOLLAR_COUNTRIES[sign.rsplit(" ", 1)[0].lower()]


def has_foreign_suffix(text: str, end: int) -> bool:
    """Letters glued to the digits that are no unit: '3G', '4K screens', '21st'."""
    if end >= len(text) or not text[end].isalpha():
        return False
    if re.match(r"p\b", text[end:end + 2]) and text[end - 4:end] in ("1080", "0720", " 720", " 480"):
        return True  # '1080p' video
    return ATTACHED_SUFFIX.match(text, end) is None


def read_money_after(text: str, end: int, value: float) -> tuple[str, float, int] | None:
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
        elif country == "CFA":
            code = "XAF"  # the franc of central Africa's monetary union (Cameroon, Chad, Gabon …)
        if code and (cents := CENTS_AFTER.match(text, word.end())):
            return code, value / 100, cents.end()
        return (code, value, word.end()) if code else None
    subunit = SUBUNIT_AFTER.match(text, end)
    if subunit:
        name = (subunit.group("attached") or subunit.group("word")).lower()
        country = subunit.group("country")
        return DOLLAR_COUNTRIES[country.lower()] if country else SUBUNITS[name], value / 100, subunit.end()
    return None


def exchange_rate_currency(text: str, start: int, end: int, bounds: Sentences) -> str | None:
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


def resolve_m_or_k(text: str, start: int, end: int, value: float, abbr: str,
                    bounds: Sentences, earlier: list[Quantity]) -> Quantity | None:
    """'60m' is money in a money sentence; metres in athletics, as an event ('the 60m') or as a
    size ('30m high'); otherwise millions ('5m people', 'an audience of 8.5m')."""
    scale = SCALE_ABBREVIATIONS[abbr]
    implied = implied_currency(text, start, end, bounds, earlier)
    if implied:
        return Quantity(start, end, value * scale, implied, "money", scale=scale, bare=False)
    noun = counted_noun(text, end)
    next_word = LETTER_WORD.match(text[end:].lstrip())
    sentence_start, sentence_end = bounds.around(start)
    in_athletics = SPORT_CONTEXT.search(text, sentence_start, sentence_end) is not None
    if abbr == "k":
        race_word = next_word and next_word.group(0).lower() in (
            "race", "run", "road", "walk", "cross", "title", "record", "champion")
        if race_word or in_athletics:  # 'the 15K race', 'won the 10K in a course record'
            return Quantity(start, end, value, "km", "measure", bare=False)
        return None  # '4K screens', 'Spectrum 16k': a designation
    # (nobody writes '10,000m' for ten billion: 'the 10,000m five days later' is a race)
    if noun and noun.endswith("s") and noun not in SPORT_WORDS and not in_athletics and value < 1000 \
            and next_word and next_word.group(0).lower() not in SPORT_WORDS:
        return Quantity(start, end, value * scale, noun, "count", scale=scale, bare=False)
    is_event = re.search(r"\b(?:the|men's|women's)\s+$", text[max(0, start - 8):start], re.I)
    is_size = re.match(r"[\s-]*(?:high|long|wide|deep|tall|away|above|below|across|square|to go|"
                       r"\(\s*\d[\d,.]*\s?(?:ft|feet|yards?|miles?)\b)", text[end:end + 20], re.I)
    next_is_event = next_word and next_word.group(0).lower() in SPORT_EVENT_WORDS
    # sport reports split quotes into short sentences: look at the neighbours too
    near_athletics = SPORT_CONTEXT.search(text, max(0, start - 200), end + 200) is not None
    # nobody writes '3,000m' for three billion
    if near_athletics or is_event or is_size or next_is_event or value >= 1000:
        return Quantity(start, end, value, "metres", "measure", bare=False)
    return Quantity(start, end, value * scale, noun or "items", "count", scale=scale, bare=False)


def implied_currency(text: str, start: int, end: int, bounds: Sentences,
                      earlier: list[Quantity]) -> str | None:
    """The currency of a bare scaled amount in a money sentence: 'up from 31m' after '40m euros'."""
    noun = counted_noun(text, end)
    if noun and noun.endswith("s") and noun not in SPORT_WORDS:
        return None
    sentence_start, _ = bounds.around(start)
    for quantity in reversed(earlier):
        if quantity.start < sentence_start:
            break
        if quantity.kind == "money":
            return quantity.unit
    return None


def read_measure_unit(text: str, end: int, value: float,
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
