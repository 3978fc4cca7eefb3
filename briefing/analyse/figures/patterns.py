"""The regular expressions of figure finding, built from the lexicon where it has the words."""
from __future__ import annotations

import re

from briefing.analyse.figures.lexicon import (
    CURRENCY_WORDS,
    FRACTIONS,
    QUALIFIERS,
    SCALE_WORDS,
    SMALL_NUMBERS,
    SOFTENERS,
)
from briefing.analyse.lexicon import FOREIGN_MONTH_NAMES, MONTH_ABBREVIATIONS, MONTH_NAMES

# Words that may follow a digit with no space: 'bn', '%', 'km', ... ; anything else attached
# ('3G', '4K', '21st') makes the token a name, a format or an ordinal.
ATTACHED_SUFFIX = re.compile(
    r"(?:bn|mn|trn|tn|m|k|km|cm|mm|kg|p|s|mph|kph|ft|lbs?|gb|mb|tb|kb|mbps|kbps|gbps|"
    r"mhz|ghz|[kmg]wh?|w|pc|x|secs?|mins?|hrs?|(?-i:C))(?![a-z])", re.I)
SPORT_CONTEXT = re.compile(
    r"\b(?:athlet\w*|sprint\w*|hurdl\w*|relay|race[sd]?|metres|seconds|secs|indoors?|outdoors?|"
    r"Olympic\w*|medal\w*|jump\w*|throw\w*|marathon|champion\w*|world record|swim\w*|"
    r"freestyle|track)\b", re.I)
# Numbers that are part of a well-known name.
NAMED_NUMBERS = re.compile(r"\s+(?:Downing Street|Nations\b|Cent\b)")
# "made 911 calls", "a 999 operator": the emergency number, a name
EMERGENCY_CALL = re.compile(r"\s+(?:calls?|callers?|operators?|dispatchers?|dispatch|centers?|centres?|services?)\b",
                            re.I)

# Qualifiers before a number: each approx value is one named group (q0, q1, …), in QUALIFIERS' order.
QUALIFIER_BEFORE = re.compile(
    r"(?:^|(?<=[^\w]))(?:" + "|".join(
        f"(?P<q{i}>" + (f"(?:(?:{'|'.join(SOFTENERS[approx])}) )?(?:" if approx in SOFTENERS else "(?:")
        + "|".join(phrases) + "))" for i, (approx, phrases) in enumerate(QUALIFIERS)) + r")\s+$", re.I)

NUMBER_WORD = "|".join(sorted(list(SMALL_NUMBERS) + list(SCALE_WORDS) + ["dozen"],
                               key=len, reverse=True))
FRACTION_WORD = "|".join(FRACTIONS)
SCALE_WORD = "|".join(sorted(SCALE_WORDS, key=len, reverse=True))
NUMBER = re.compile(
    r"(?P<clock>(?<![\w.:])\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?(?![\d:]))"
    r"|(?P<digits>(?:(?<![\w.,])|(?<=\d[x×]))(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\d]|,\d{3}))"
    rf"|(?P<fraction>\b(?:an?|one|two|three|four|five|six|seven|eight|nine)[\s-]"
    rf"(?:{FRACTION_WORD})s?\b)"
    rf"|(?P<words>\b(?:(?:an?|one)\s+(?=(?:{SCALE_WORD}|dozen)\b))?"
    rf"(?:{NUMBER_WORD})(?:[\s-]+(?:{NUMBER_WORD}))*\b)",
    re.I,
)
DIGIT_SCALE = re.compile(rf"(?P<abbr>bn|mn|trn|tn|m|k|K)(?![A-Za-z])|\s(?P<word>{SCALE_WORD})\b")
# "$458 m": a sum's scale set apart by a space (after a currency sign only: "400 m" alone is a distance)
SPACED_SCALE = re.compile(r"\s(?P<abbr>bn|m)(?![\w-])")
PERCENT = re.compile(
    r"\s?(?P<pct>%|per\s?cent\b|percent\b|pc\b)|\s?(?P<pp>percentage[\s-]points?)\b"
    r"|\s(?P<bp>basis[\s-]points?)\b", re.I)
CURRENCY_WORD_AFTER = re.compile(
    r"[\s-]?(?:(?P<country>US|American|Australian|Canadian|Hong Kong|New Zealand|Singapore|"
    r"Taiwan|Zimbabwean|Swiss|CFA)\s)?(?P<word>dollars?|euros?|pounds|sterling|yen|yuan|renminbi|rupees?|"
    r"rupiah|roubles?|rubles?|francs?|kronor|krona|kroner|krone|rand|pesos?|naira|reais|"
    r"ringgit|baht|lira|shekels?|dinars?|dirhams?|riyals?|won)\b", re.I)
# "45.2 per dollar": an exchange rate whose currency is named elsewhere in the sentence.
EXCHANGE_RATE_BASE = re.compile(
    r"\s+(?:per|to\s+the|to\s+one|against\s+the)\s+(?:US\s+)?"
    r"(?P<base>dollar|euro|pound|yen|yuan)\b", re.I)
# Currency names that may be the quoted currency of a rate; "real" and "won" are too often words.
QUOTED_CURRENCY = re.compile(r"\b(?P<word>" + "|".join(
    name for name in CURRENCY_WORDS if name not in ("real", "won")) + r")s?\b", re.I)
SUBUNIT_AFTER = re.compile(r"(?P<attached>p)(?![\w£$])|\s(?:(?P<country>US|Australian|Canadian|Hong Kong|New Zealand|"
                           r"Singapore)\s)?(?P<word>pence|penny|cents?)\b")  # "65 Canadian cents"
# "70 euro cents": hundredths of the currency named before
CENTS_AFTER = re.compile(r"[\s-]cents?\b")
CURRENCY_BEFORE = re.compile(
    r"(?P<sub>sub-)?(?P<sign>US\$|A\$|AU\$|C\$|CA\$|HK\$|NZ\$|S\$|R\$|\$|£|€|¥|Rs\.?\s?|"
    r"(?:USD|EUR|GBP|JPY|CNY|INR)\s|"
    r"(?:Australian|Canadian|Hong Kong|New Zealand|Singapore)\s+dollars?\s)$")  # "Australian dollars 648m"
UNIT_AFTER = re.compile(
    r"(?P<sep>[\s-]?)(?P<unit>km/h|[a-z]+)(?P<apos>'s|')?(?![\w/])", re.I)
RATE_AFTER = re.compile(r"[\s-]+(?P<kind>in|out of)[\s-]+(?P<den>(?:\d{1,3}(?:,\d{3})+|\d+)"
                        rf"|(?:a\s+)?(?:{NUMBER_WORD})(?:[\s-]+(?:{NUMBER_WORD}))*)\b", re.I)
SHARE_AFTER = re.compile(r"\s+of\s+(?:the\s+)?(?P<total>\d{1,3}(?:,\d{3})*|\d+)(?![\d.])")
# '4x100m': a relay, the distance each runner covers.
RELAY_AFTER = re.compile(r"x(\d{1,6})m\b")
MINUTES_SECONDS = re.compile(r"\s+(?:and\s+)?(?P<sec>\d+(?:\.\d+)?)\s?(?:seconds|secs?|s)\b")
RANGE_LINK = re.compile(r"^(?:\s*(?:to|or|and)\s+|\s*[-–—]\s*)$", re.I)
LETTER_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
COUNTED_WORD = re.compile(r"\s*[\"“”‘’']?([A-Za-z][\w’'-]*)[\"“”‘’']?,?")
# Months, as an alternation for the date rules.
MONTH_PATTERN = "|".join(MONTH_NAMES + MONTH_ABBREVIATIONS + FOREIGN_MONTH_NAMES)
