"""A made-up briefing for the renderer tests: every part of a memo, with awkward values."""
from __future__ import annotations

from briefing.model import Briefing, Bullet, KeyFigure, KeyQuote, Section, SourceRef

URL = "https://example.com/news/port strike?id=7&lang=fr&share=100%"


def make_briefing(**changes) -> Briefing:
    fields = {
        "title": "Port strike enters second week",
        "date": "2026-11-28",
        "to": "Policy desk",
        "sender": "Analysis unit",
        "classification": "OFFICIAL-SENSITIVE",
        "bluf": [Bullet("Dockworkers extend the strike; no talks are scheduled.", [2, 1, 2]),
              Bullet("Losses are estimated at $80m a day.", [2])],
        "sections": [
            Section("Economy",
                    [Bullet("The container backlog reached 120 ships.", [1])],
                    [KeyQuote("We cannot hold out much longer", "Jane Doe", "CEO, Port Authority", [1])]),
            Section("Politics",
                    [Bullet("The minister called for mediation.", [2])],
                    [KeyQuote("No deal without a pay rise", "Unite", None, [2]),
                     KeyQuote("Talks are the only way", "Bob Smith", None, [1])]),
        ],
        "figures": [KeyFigure("more than $80 million", "daily losses", 80e6, "USD", [2]),
                 KeyFigure("120", "ships waiting", 120, "count", [1, 2])],
        "sources": [SourceRef(1, "Strike deepens", "Reuters", "2026-11-27", URL, "a.html"),
                 SourceRef(2, "Ports idle", "AP", None, None, "b.txt")],
    }
    fields.update(changes)
    return Briefing(**fields)


def texts(document, style: str) -> list[str]:
    return [p.text for p in document.paragraphs if p.style.name == style]
