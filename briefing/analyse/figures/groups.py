"""Figures of several articles that measure the same thing, so that a day's brief shows them as one row."""
from __future__ import annotations

from collections import defaultdict

from briefing.analyse.words import content_stems
from briefing.model import Document, Figure

# Share of their measures' meaning words two figures must have in common to measure the same thing.
MEASURE_ALIKE = 0.6
MOST_COMPARED = 200  # figures sharing one word of their measures that are compared; past them it says little


def group_figures(docs: list[Document]) -> None:
    """Give each figure a `group` number, 1, 2…, in reading order: one number for figures of
    different articles in the same unit whose measures say the same ("people who have left the
    country"), whether or not their values agree."""
    figures = [(d, figure) for d, doc in enumerate(docs) for figure in doc.figures]
    meanings = [frozenset(content_stems(figure.measure or "")) for _, figure in figures]
    leader = list(range(len(figures)))

    def root(i: int) -> int:
        while leader[i] != i:
            leader[i] = leader[leader[i]]
            i = leader[i]
        return i

    # only figures whose measures share a word are compared: a folder of a thousand articles holds ten thousand figures
    holding: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, (_, figure) in enumerate(figures):
        for word in meanings[i]:
            holding[figure.unit, word].append(i)
    for i, (doc_a, a) in enumerate(figures):
        others = {j for word in meanings[i] for j in holding[a.unit, word][:MOST_COMPARED] if j > i}
        for j in sorted(others):
            doc_b, b = figures[j]
            if doc_a != doc_b and measure_the_same(a, meanings[i], b, meanings[j]):
                leader[root(j)] = root(i)
    numbers: dict[int, int] = {}
    for i, (_, figure) in enumerate(figures):
        figure.group = numbers.setdefault(root(i), len(numbers) + 1)


def measure_the_same(a: Figure, meaning_a: frozenset[str], b: Figure, meaning_b: frozenset[str]) -> bool:
    if a.unit != b.unit or len(meaning_a) < 2 or len(meaning_b) < 2:
        return False
    return len(meaning_a & meaning_b) >= MEASURE_ALIKE * len(meaning_a | meaning_b)
