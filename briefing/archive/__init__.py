"""The archive: every article read and every memo built, so that a later brief can say what changed.

One SQLite file (the standard library's sqlite3, no server, no extra dependency) in the user's
data folder unless told otherwise. Its schema carries a version (SQLite's user_version) and
moves forward by the steps in MIGRATIONS, one transaction each. Writers take the database
for the whole of one memo's record (BEGIN IMMEDIATE) and wait for one another (busy timeout);
readers see the last whole record (write-ahead log), so two builds at once both land whole.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import os
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from briefing.compose.changes import shown_key
from briefing.errors import InputError
from briefing.model import Briefing, Document, LastBrief, ShownFigure

# How long a build waits for another build's record to finish before giving up.
BUSY_SECONDS = 60

# Each entry moves the schema one version on; append, never edit one that has shipped.
MIGRATIONS = (
    """
    CREATE TABLE articles (
        id INTEGER PRIMARY KEY,
        content_hash TEXT NOT NULL UNIQUE,
        address TEXT,
        title TEXT,
        outlet TEXT,
        published TEXT,
        first_read TEXT NOT NULL
    );
    CREATE TABLE quotes (
        id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        speaker TEXT,
        speaker_role TEXT,
        text TEXT NOT NULL
    );
    CREATE INDEX quotes_speaker ON quotes(speaker);
    CREATE TABLE figures (
        id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        text TEXT NOT NULL,
        value REAL NOT NULL,
        unit TEXT NOT NULL,
        measure TEXT
    );
    CREATE TABLE memos (
        id INTEGER PRIMARY KEY,
        built TEXT NOT NULL,
        memo_date TEXT NOT NULL,
        title TEXT NOT NULL,
        output TEXT NOT NULL
    );
    CREATE TABLE memo_items (
        memo_id INTEGER NOT NULL REFERENCES memos(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('article', 'bullet', 'quote', 'figure')),
        text TEXT NOT NULL,
        speaker TEXT,
        measure TEXT
    );
    CREATE INDEX memo_items_memo ON memo_items(memo_id);
    """,
)


def default_archive_path() -> Path:
    """$XDG_DATA_HOME/briefing/archive.sqlite, else ~/.local/share/briefing/archive.sqlite."""
    data_home = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(data_home) / "briefing" / "archive.sqlite"


def content_hash(doc: Document) -> str:
    """What an article is, whatever file or address it came from: its text, spaces evened out."""
    return hashlib.sha256(" ".join(doc.text.split()).encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class ArchivedSource:
    """Where an archived quote or figure is from, and when it was first read."""
    title: str | None
    outlet: str | None
    address: str | None
    published: str | None
    first_read: str


@dataclass(frozen=True)
class ArchivedQuote:
    speaker: str | None
    speaker_role: str | None
    text: str
    source: ArchivedSource


@dataclass(frozen=True)
class ArchivedFigure:
    text: str
    measure: str | None
    source: ArchivedSource


@dataclass(frozen=True)
class ArchivedMemo:
    number: int
    built: str
    memo_date: str
    title: str
    output: str
    articles: int


class Archive:
    """One archive file, opened (and created, or brought up to the current schema) on first use."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        if self.path.is_dir():
            raise InputError(str(path), "is a folder: give the archive a file name (archive.sqlite)")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.connection = sqlite3.connect(self.path, timeout=BUSY_SECONDS, isolation_level=None)
            self.connection.execute("PRAGMA journal_mode=WAL")
            self.connection.execute("PRAGMA foreign_keys=ON")
            self.migrate()
        except sqlite3.DatabaseError as error:
            raise InputError(str(path), f"cannot be used as an archive ({error})") from None
        except OSError as error:
            raise InputError(str(path), f"cannot be created ({error.strerror})") from None

    def close(self) -> None:
        self.connection.close()

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def migrate(self) -> None:
        with self.transaction():
            version = self.connection.execute("PRAGMA user_version").fetchone()[0]
            if version > len(MIGRATIONS):
                raise InputError(str(self.path), f"was written by a newer briefing (schema {version}): upgrade")
            for number, script in enumerate(MIGRATIONS[version:], version + 1):
                for statement in filter(str.strip, script.split(";")):
                    self.connection.execute(statement)
                self.connection.execute(f"PRAGMA user_version = {number}")

    def transaction(self) -> _Transaction:
        return _Transaction(self.connection)

    def knows(self, doc: Document) -> bool:
        found = self.connection.execute("SELECT 1 FROM articles WHERE content_hash = ?", (content_hash(doc),))
        return found.fetchone() is not None

    def record(self, docs: list[Document], briefing: Briefing, output: str | Path,
               now: dt.datetime | None = None) -> int:
        """Keep every article read (once: a known text is not stored again) with its quotes and
        figures, and the memo with what it showed; returns the memo's number."""
        built = (now or dt.datetime.now(dt.timezone.utc)).isoformat(timespec="seconds")
        with self.transaction():
            for doc in docs:
                self.keep_article(doc, built)
            cursor = self.connection.execute(
                "INSERT INTO memos (built, memo_date, title, output) VALUES (?, ?, ?, ?)",
                (built, briefing.date, briefing.title, str(output)))
            memo = cursor.lastrowid
            assert memo is not None
            self.connection.executemany(
                "INSERT INTO memo_items (memo_id, kind, text, speaker, measure) VALUES (?, ?, ?, ?, ?)",
                [(memo, *item) for item in shown_items(briefing)])
            return memo

    def keep_article(self, doc: Document, read: str) -> None:
        cursor = self.connection.execute(
            "INSERT INTO articles (content_hash, address, title, outlet, published, first_read)"
            " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (content_hash) DO NOTHING",
            (content_hash(doc), doc.url or (str(Path(doc.path).absolute()) if doc.path != "-" else None), doc.title,
             doc.source,
             doc.date, read))
        if not cursor.rowcount:
            return
        article = cursor.lastrowid
        self.connection.executemany(
            "INSERT INTO quotes (article_id, speaker, speaker_role, text) VALUES (?, ?, ?, ?)",
            [(article, q.speaker, q.speaker_role, doc.text[q.start:q.end]) for q in doc.quotes])
        self.connection.executemany(
            "INSERT INTO figures (article_id, text, value, unit, measure) VALUES (?, ?, ?, ?, ?)",
            [(article, doc.text[f.start:f.end], f.value, f.unit, f.measure) for f in doc.figures])

    def last_brief(self, docs: list[Document]) -> LastBrief | None:
        """What the last memo built against the archive showed, and which of `docs` it has not read
        (by path or address); None before the first memo."""
        last = self.connection.execute("SELECT id, memo_date FROM memos ORDER BY id DESC LIMIT 1").fetchone()
        if last is None:
            return None
        items = self.connection.execute("SELECT kind, text, measure FROM memo_items WHERE memo_id = ?",
                                        (last[0],)).fetchall()
        figures = []
        for text, measure in ((text, measure) for kind, text, measure in items if kind == "figure" and measure):
            found = self.connection.execute("SELECT value, unit FROM figures WHERE text = ? AND measure = ?"
                                            " ORDER BY id DESC LIMIT 1", (text, measure)).fetchone()
            if found:
                figures.append(ShownFigure(text, measure, *found))
        return LastBrief(date=last[1], bullets={shown_key(text) for kind, text, _ in items if kind == "bullet"},
                         quotes={shown_key(text) for kind, text, _ in items if kind == "quote"}, figures=figures,
                         new_articles={doc.url or doc.path for doc in docs if not self.knows(doc)},
                         archived_quotes={shown_key(text) for (text,) in
                                          self.connection.execute("SELECT text FROM quotes")},
                         archived_figures={(shown_key(text), shown_key(measure or "")) for text, measure in
                                           self.connection.execute("SELECT text, measure FROM figures")})

    def memos(self) -> list[ArchivedMemo]:
        rows = self.connection.execute(
            "SELECT m.id, m.built, m.memo_date, m.title, m.output,"
            " (SELECT count(*) FROM memo_items i WHERE i.memo_id = m.id AND i.kind = 'article')"
            " FROM memos m ORDER BY m.id")
        return [ArchivedMemo(*row) for row in rows]

    def quotes(self, speaker: str | None = None, since: str | None = None) -> list[ArchivedQuote]:
        """Quotes whose speaker's name holds `speaker` (any case), read on or after `since` (ISO)."""
        rows = self.connection.execute(
            "SELECT q.speaker, q.speaker_role, q.text, a.title, a.outlet, a.address, a.published, a.first_read"
            " FROM quotes q JOIN articles a ON a.id = q.article_id"
            " WHERE (? IS NULL OR q.speaker LIKE '%' || ? || '%') AND (? IS NULL OR a.first_read >= ?)"
            " ORDER BY a.first_read, q.id", (speaker, speaker, since, since))
        return [ArchivedQuote(speaker, role, text, ArchivedSource(*source)) for speaker, role, text, *source in rows]

    def figures(self, measure: str | None = None, since: str | None = None) -> list[ArchivedFigure]:
        """Figures whose measure holds every word of `measure` (any case)."""
        words = (measure or "").split()
        match = "".join(" AND f.measure LIKE ?" for _ in words)
        rows = self.connection.execute(
            "SELECT f.text, f.measure, a.title, a.outlet, a.address, a.published, a.first_read"
            " FROM figures f JOIN articles a ON a.id = f.article_id"
            f" WHERE (? IS NULL OR a.first_read >= ?){match} ORDER BY a.first_read, f.id",
            (since, since, *(f"%{word}%" for word in words)))
        return [ArchivedFigure(text, measure, ArchivedSource(*source)) for text, measure, *source in rows]

    def forget(self, before: str) -> tuple[int, int]:
        """Drop articles first read, and memos built, before `before` (ISO date); returns how many of each."""
        with self.transaction():
            articles = self.connection.execute("DELETE FROM articles WHERE first_read < ?", (before,)).rowcount
            memos = self.connection.execute("DELETE FROM memos WHERE built < ?", (before,)).rowcount
        return articles, memos

    def export(self) -> Iterator[dict]:
        """Every record as a dict with its `table`: articles with their quotes and figures, then memos."""
        self.connection.row_factory = sqlite3.Row
        try:
            for article in self.connection.execute("SELECT * FROM articles ORDER BY id").fetchall():
                record = {"table": "article", **dict(article)}
                for table in ("quotes", "figures"):
                    record[table] = [{key: value for key, value in dict(row).items() if key not in ("id", "article_id")}
                                     for row in self.connection.execute(
                                         f"SELECT * FROM {table} WHERE article_id = ? ORDER BY id", (article["id"],))]
                yield record
            for memo in self.connection.execute("SELECT * FROM memos ORDER BY id").fetchall():
                items = self.connection.execute("SELECT kind, text, speaker, measure FROM memo_items"
                                                " WHERE memo_id = ?", (memo["id"],)).fetchall()
                yield {"table": "memo", **dict(memo), "items": [dict(item) for item in items]}
        finally:
            self.connection.row_factory = None


class _Transaction:
    """BEGIN IMMEDIATE … COMMIT, or ROLLBACK on an error: the writer holds the file from the start."""

    def __init__(self, connection: sqlite3.Connection):
        self.connection = connection

    def __enter__(self) -> None:
        self.connection.execute("BEGIN IMMEDIATE")

    def __exit__(self, kind, error, trace) -> None:
        self.connection.execute("COMMIT" if kind is None else "ROLLBACK")


def shown_items(briefing: Briefing) -> Iterator[tuple[str, str, str | None, str | None]]:
    """(kind, text, speaker, measure) of every item the memo showed, and every article it cited."""
    for source in briefing.sources:
        yield "article", source.url or source.path, None, None
    for bullet in briefing.all_bullets():
        yield "bullet", bullet.text, None, None
    for quote in briefing.all_quotes():
        yield "quote", quote.text, quote.speaker, None
    for figure in briefing.figures:
        yield "figure", figure.text, None, figure.measure
