"""Each article's own analysis (blocks, sentences, quotes, figures), kept so that an article read
again is not analysed again.

An analysis is kept under a key of the article as read (its text, the markup ingest gave it)
and of the analysis code itself, so a briefing whose analysis changed analyses afresh rather
than trust what an older one found. What needs the other articles (topics, ranking, groups of
figures) is computed on every build and not kept.
"""
from __future__ import annotations

import functools
import hashlib
import json
from dataclasses import asdict
from importlib import metadata
from pathlib import Path
from typing import Any

from briefing.archive.database import Database, open_database
from briefing.errors import InputError
from briefing.model import Block, Document, Figure, Quote, Sentence

# The fields the per-article analysis sets; the rest (scores, topics, groups) come from the whole batch.
SENTENCE_FIELDS = ("start", "end", "block", "section")
QUOTE_FIELDS = ("start", "end", "speaker", "speaker_role")
FIGURE_FIELDS = ("start", "end", "value", "unit", "approx", "measure", "converted_from")


@functools.cache
def analyser_fingerprint() -> str:
    """What the analysis is: the analyse package's code and word lists, the data model, and NLTK's
    version (its Punkt splits the sentences)."""
    digest = hashlib.sha256(metadata.version("nltk").encode())
    package = Path(__file__).parents[1] / "analyse"
    for path in sorted([*package.rglob("*"), package.parent / "model.py"]):
        if path.is_file() and path.suffix != ".pyc":
            digest.update(path.relative_to(package.parent).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def analysis_key(doc: Document) -> str:
    """The key of an article not yet analysed: what the analysis reads of it, and the analysis's code."""
    read = {"text": doc.text, "title": doc.title, "header_end": doc.header_end,
            "blocks": [[block.start, block.end, block.markup] for block in doc.blocks]}
    return hashlib.sha256((analyser_fingerprint() + json.dumps(read, sort_keys=True)).encode()).hexdigest()


def analysis_json(doc: Document) -> str:
    """The analysis of an analysed article, as JSON."""
    return json.dumps({
        "title": doc.title,
        "blocks": [asdict(block) for block in doc.blocks],
        "sentences": [fields_of(sentence, SENTENCE_FIELDS) for sentence in doc.sentences],
        "quotes": [fields_of(quote, QUOTE_FIELDS) for quote in doc.quotes],
        "figures": [fields_of(figure, FIGURE_FIELDS) for figure in doc.figures],
    })


def fields_of(span: Any, names: tuple[str, ...]) -> dict[str, Any]:
    return {name: getattr(span, name) for name in names}


def restore(doc: Document, analysis: str) -> None:
    """Give an article the analysis kept for it."""
    kept = json.loads(analysis)
    doc.title = kept["title"]
    doc.blocks = [Block(**block) for block in kept["blocks"]]
    doc.sentences = [Sentence(**sentence) for sentence in kept["sentences"]]
    doc.quotes = [Quote(**quote) for quote in kept["quotes"]]
    doc.figures = [Figure(**{**figure, "converted_from": figure["converted_from"] and tuple(figure["converted_from"])})
                   for figure in kept["figures"]]


class KeptAnalyses:
    """Finds the analysis an archive keeps for an article. In the build's own process it reads
    through the archive's connection; it goes to the pool's workers by its address alone, and
    each worker opens a connection of its own (one cannot cross processes)."""

    def __init__(self, address: str, database: Database | None = None):
        self.address = address
        self.database = database

    def __getstate__(self) -> dict:
        return {"address": self.address, "database": None}

    def recall(self, doc: Document) -> bool:
        """Give `doc` the analysis kept for it, if there is one; else note the key for the archive
        to keep the fresh analysis under once the memo is written."""
        key = analysis_key(doc)
        kept = self.kept(key)
        if kept is None:
            doc.analysis_key = key
            return False
        restore(doc, kept)
        return True

    def kept(self, key: str) -> str | None:
        """The analysis kept under `key`, if any. Where a worker cannot read the archive (the
        build's own connection could), there is none: the article is analysed afresh."""
        try:
            database = self.database or worker_database(self.address)
        except InputError:
            return None
        try:
            row = database.execute("SELECT analysis FROM analyses WHERE analysis_key = ?", (key,)).fetchone()
        except database.errors:
            return None
        return row[0] if row else None

@functools.cache
def worker_database(address: str) -> Database:
    """A pool worker's connection to the archive: one for the life of the process."""
    return open_database(address)
