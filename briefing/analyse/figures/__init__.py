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

from briefing.analyse.figures.groups import group_figures
from briefing.analyse.figures.quantity import is_currency
from briefing.analyse.figures.scan import find_figures, same_fact

__all__ = ["find_figures", "group_figures", "is_currency", "same_fact"]
