"""The stages wired together: ingest -> segment -> analyse -> rank, then select and render.

These functions are the Python API (`from briefing import build_briefing, extract`);
the command line is a thin layer over them.
"""
from __future__ import annotations

from pathlib import Path

from .figures import find_figures
from .ingest import collect_paths, read_document
from .model import BODY, BOILERPLATE, METADATA, Briefing, Document, Topic
from .quotes import find_quotes, is_key_quote
from .rank import rank_sentences
from .segment import segment
from .select import SelectOptions, select
from .topics import discover_topics, route_topics


def analyse(inputs: list[str], topics: list[Topic] | None = None,
            stdin_bytes: bytes | None = None) -> tuple[list[Document], list[Topic]]:
    """Read and analyse every input; with no topics given, discover them. Raises InputError."""
    docs = [read_document(path, stdin_bytes) for path in collect_paths(inputs)]
    for doc in docs:
        analyse_document(doc)
    topics = list(topics) if topics else discover_topics(docs)
    route_topics(docs, topics)
    for doc in docs:
        rank_sentences(doc)
        file_under_topics(doc)
    return docs, topics


def analyse_document(doc: Document) -> Document:
    """The per-article stages that need no other article: sentences, quotes, figures."""
    segment(doc)
    body = [(b.start, b.end) for b in doc.blocks if b.kind == BODY]
    # Quotes under four words are scare quotes ("transparent"): they stay inside their sentence.
    doc.quotes = [q for q in find_quotes(doc.text, body) if in_any(q.start, body) and is_key_quote(doc.text, q)]
    # Figures count wherever the article states them, its headline included; not in web debris.
    stated = [(b.start, b.end) for b in doc.blocks if b.kind not in (BOILERPLATE, METADATA)]
    doc.figures = [f for f in find_figures(doc.text, [(s.start, s.end) for s in doc.sentences])
                   if in_any(f.start, stated)]
    return doc


def in_any(offset: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= offset < end for start, end in spans)


def file_under_topics(doc: Document) -> None:
    """A quote or figure belongs to the topic of the sentence it stands in."""
    for item in [*doc.quotes, *doc.figures]:
        sentence = next((s for s in doc.sentences if s.start <= item.start < s.end), None)
        item.topic = sentence.topic if sentence else None


def extract(inputs: list[str], topics: list[Topic] | None = None, stdin_bytes: bytes | None = None) -> dict:
    """Everything the analysis found, as the JSON-ready dict `briefing extract` prints."""
    from .render_json import extraction_dict

    docs, topics = analyse(inputs, topics, stdin_bytes)
    return extraction_dict(docs, topics)


def build_briefing(inputs: list[str], output: str | Path, topics: list[Topic] | None = None,
                   options: SelectOptions | None = None, stdin_bytes: bytes | None = None,
                   template: str | Path | None = None, **publish_options) -> Briefing:
    """Analyse the inputs, select the memo's content and write it to `output` (.docx, .pdf, .md, .txt, .html).

    The selection is shortened to fit the template's page limit; publish.write_memo
    takes the other options (memo_format, max_pages, log, warn).
    """
    from .publish import write_memo

    docs, topics = analyse(inputs, topics, stdin_bytes)
    return write_memo(lambda chosen: select(docs, topics, chosen), options or SelectOptions(), Path(output),
                      template, **publish_options)
