"""What several stages read alike: months, titles and abbreviations, and where sentences end.

Data only: a word added here is known to every stage that reads it. Each stage's own word
lists live in its package (`quotes/lexicon.py`, `figures/lexicon.py`, `segment/rules.py`,
`topics/lexicon.py`).
"""
from __future__ import annotations

import re

MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
               "october", "november", "december")
# The months in the other languages news pages come in ("22 de abril", "10 de março", "16. Mai",
# "3 février"), so that a day of the month is a date there too ("mars" is left out: the planet).
FOREIGN_MONTH_NAMES = (
    "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "setiembre", "octubre",
    "noviembre", "diciembre",  # Spanish
    "janeiro", "fevereiro", "março", "maio", "junho", "julho", "setembro", "outubro", "novembro", "dezembro",
    "janvier", "février", "avril", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre",
    "gennaio", "febbraio", "aprile", "maggio", "giugno", "luglio", "settembre", "ottobre", "dicembre",
    "januar", "februar", "märz", "mai", "juni", "juli", "oktober", "dezember",
)
# May is short enough already.
MONTH_ABBREVIATIONS = ("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec")
WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
WEEKDAY_ABBREVIATIONS = ("mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun")

# Courtesy titles before a name, and the gender each tells ("m", "f"; None: it does not say).
COURTESY_TITLES: dict[str, str | None] = {
    "mr.": "m", "mr": "m", "mrs.": "f", "mrs": "f", "ms.": "f", "ms": "f", "miss": "f", "dr.": None, "dr": None,
    "sir": "m", "dame": "f", "lady": "f",
}
# Abbreviated titles, and the role each stands for.
TITLE_ABBREVIATIONS = {
    "sen.": "Senator", "rep.": "Representative", "gov.": "Governor", "gen.": "General", "lt.": "Lieutenant",
    "col.": "Colonel", "sgt.": "Sergeant", "capt.": "Captain", "adm.": "Admiral", "rev.": "Reverend",
    "prof.": "Professor", "sens.": "Senators", "reps.": "Representatives", "amb.": "Ambassador",
    "atty.": "Attorney",
}
# Abbreviations that end a name or stand inside one: "Jr.", "Inc.", "No. 10".
NAME_ABBREVIATIONS = ("jr.", "sr.", "st.", "inc.", "co.", "corp.", "ltd.", "bros.", "no.")
# Other abbreviations news copy writes with a period that rarely ends a sentence (no final period).
OTHER_ABBREVIATIONS = tuple("""
messrs govs maj cpl cmdr hon pres supt det insp u.s u.k u.n e.u u.s.a plc llc vs v etc nos ave blvd rd mt ft
dept univ assn est approx fig vol ch p pp a.m p.m d.c n.y l.a calif fla ill mass mich minn penn tenn tex va wash
wis ariz ark colo conn del ga ind kan ky la md miss mo mont neb nev okla ore pa wyo r.i n.j n.c s.c n.d s.d w.va
""".split())


def sentence_abbreviations() -> frozenset[str]:
    """Every abbreviation whose period does not end a sentence, lowercase, without the final period."""
    dotted = [word for word in [*COURTESY_TITLES, *TITLE_ABBREVIATIONS, *NAME_ABBREVIATIONS] if word.endswith(".")]
    return frozenset([word[:-1] for word in dotted] + list(MONTH_ABBREVIATIONS) + list(WEEKDAY_ABBREVIATIONS)
                     + list(OTHER_ABBREVIATIONS))


# Sentence ends, three ways, each for the text it reads:
# a line that ends as a sentence does; a closing quote or bracket counts only after a stop, as BBC
# headlines end in 'quotes' ("Campbell: E-mail row 'silly fuss'" is a headline, not a sentence);
LINE_ENDS_SENTENCE = re.compile(r"[.!?:;…][\"”’')\]]*\s*$")
# where one sentence ends and the next, capitalised, begins inside a paragraph;
SENTENCE_BREAK = re.compile(r"[.!?][”\"']?\s+(?=[A-ZÀ-ÖØ-Þ“\"'‘])")
# a stop before a space or the end, or a line break: a crude split where no sentences are given.
CRUDE_SENTENCE_END = re.compile(r"[.!?](?=[\s\"'”’)]*(?:\s|$))|\n")
