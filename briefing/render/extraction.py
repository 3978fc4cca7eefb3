"""The extract output: every document with its spans, in the shape the scorers read."""
from __future__ import annotations

from briefing.model import BODY, Document, Topic


def extraction_dict(docs: list[Document], topics: list[Topic]) -> dict:
    return {"topics": [{"name": t.name, "keywords": t.keywords} for t in topics],
            "documents": [document_dict(doc) for doc in docs]}


def document_dict(doc: Document) -> dict:
    text = doc.text
    return {
        "path": doc.path, "title": doc.title, "date": doc.date, "source": doc.source, "url": doc.url,
        "byline": doc.byline, "text": text,
        "sentences": [{"start": s.start, "end": s.end, "text": text[s.start:s.end], "rank": s.rank,
                       "score": s.score, "topic": s.topic, "section": s.section} for s in doc.sentences],
        "quotes": [{"start": q.start, "end": q.end, "text": text[q.start:q.end], "speaker": q.speaker,
                    "speaker_role": q.speaker_role, "topic": q.topic} for q in doc.quotes],
        "figures": [{"start": f.start, "end": f.end, "text": text[f.start:f.end], "value": f.value, "unit": f.unit,
                     "approx": f.approx, "measure": f.measure, "group": f.group, "topic": f.topic}
                    for f in doc.figures],
        "debris": [{"start": b.start, "end": b.end, "kind": b.kind, "reason": b.reason, "text": text[b.start:b.end]}
                   for b in doc.blocks if b.kind != BODY],
    }
