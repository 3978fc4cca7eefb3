"""The archive: every article read and every memo built, so that a later brief can say what changed.

An SQLite file in the user's data folder unless told otherwise, or a PostgreSQL database a team
shares (`postgresql://…`); `database` hides the difference. Its schema carries a version and
moves forward by the steps in MIGRATIONS, one transaction each. Writers take the database for
the whole of one memo's record and wait for one another; readers see the last whole record, so
two builds at once both land whole.
"""
from __future__ import annotations

import datetime as dt
import functools
import hashlib
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from briefing.archive.analyses import KeptAnalyses, analysis_json
from briefing.archive.database import (
    Database,
    Result,
    first_line,
    open_database,
    shown_address,
    while_locked,
)
from briefing.compose.changes import shown_key
from briefing.errors import InputError
from briefing.model import Briefing, Document, LastBrief, ShownFigure


def fill_words(database: Database) -> None:
    """Schema 3: the words of every quote and figure kept before it."""
    for table in ("quotes", "figures"):
        rows = database.execute(f"SELECT id, text FROM {table}").fetchall()
        database.executemany(f"UPDATE {table} SET words = ? WHERE id = ?",
                             [(shown_key(text), row_id) for row_id, text in rows])


# Each entry moves the schema one version on: SQL, or a function for what SQL cannot do; append,
# never edit one that has shipped. {id} and {real} are column types each database spells its own
# way (database.Database.types).
MIGRATIONS: tuple[str | Callable[[Database], None], ...] = (
    """
    CREATE TABLE articles (
        id {id},
        content_hash TEXT NOT NULL UNIQUE,
        address TEXT,
        title TEXT,
        outlet TEXT,
        published TEXT,
        first_read TEXT NOT NULL
    );
    CREATE TABLE quotes (
        id {id},
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        speaker TEXT,
        speaker_role TEXT,
        text TEXT NOT NULL
    );
    CREATE INDEX quotes_speaker ON quotes(speaker);
    CREATE TABLE figures (
        id {id},
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        text TEXT NOT NULL,
        value {real} NOT NULL,
        unit TEXT NOT NULL,
        measure TEXT
    );
    CREATE TABLE memos (
        id {id},
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
    # each article's own analysis, so that an article read again is not analysed again (analyses.py)
    """
    CREATE TABLE analyses (
        analysis_key TEXT PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        analysis TEXT NOT NULL
    );
    CREATE INDEX analyses_article ON analyses(article_id);
    """,
    # quotes and figures found by their words (shown_key), so that a memo that says what changed asks
    # only for today's, however large the archive has grown
    """
    ALTER TABLE quotes ADD COLUMN words TEXT;
    CREATE INDEX quotes_words ON quotes(words);
    ALTER TABLE figures ADD COLUMN words TEXT;
    CREATE INDEX figures_words ON figures(words);
    """,
    fill_words,
)


def default_archive_path() -> Path:
    """$XDG_DATA_HOME/briefing/archive.sqlite, else ~/.local/share/briefing/archive.sqlite."""
    data_home = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(data_home) / "briefing" / "archive.sqlite"


def content_hash(doc: Document) -> str:
    """What an article is, whatever file or address it came from: its text, spaces evened out."""
    return hashlib.sha256(" ".join(doc.text.split()).encode("utf-8")).hexdigest()


# At most this many texts are asked for in one statement (SQLite's oldest limit is 999 parameters).
QUERY_KEYS = 900


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


def database_errors_told(method: Callable[..., Result]) -> Callable[..., Result]:
    """A database that fails or refuses (a server gone, a lock waited on too long) is one line
    naming the archive, not a traceback."""
    @functools.wraps(method)
    def told(self: Archive, *args: Any, **kwargs: Any) -> Result:
        try:
            return method(self, *args, **kwargs)
        except self.database.errors as error:
            raise InputError(self.shown, f"the archive failed ({first_line(error)})") from None
    return told


class Archive:
    """One archive (an SQLite file, or a postgresql:// address), opened (and created, or brought
    up to the current schema) on first use."""

    def __init__(self, address: str | Path):
        self.address = str(address)
        self.shown = shown_address(self.address)
        self.database: Database = open_database(self.address)
        try:
            while_locked(self.migrate)  # two first builds at once: one makes the schema, the other waits
        except self.database.errors as error:
            self.database.close()
            raise InputError(self.shown, f"cannot be used as an archive ({first_line(error)})") from None
        except InputError:
            self.database.close()
            raise

    def close(self) -> None:
        self.database.close()

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def migrate(self) -> None:
        with self.transaction():
            version = self.database.schema_version()
            if version > len(MIGRATIONS):
                raise InputError(self.shown, f"was written by a newer briefing (schema {version}): upgrade")
            for number, step in enumerate(MIGRATIONS[version:], version + 1):
                if isinstance(step, str):
                    self.database.run_script(step)
                else:
                    step(self.database)
                self.database.set_schema_version(number)

    def transaction(self) -> _Transaction:
        return _Transaction(self.database)

    @database_errors_told
    def knows(self, doc: Document) -> bool:
        found = self.database.execute("SELECT 1 FROM articles WHERE content_hash = ?", (content_hash(doc),))
        return found.fetchone() is not None

    @database_errors_told
    def record(self, docs: list[Document], briefing: Briefing, output: str | Path,
               now: dt.datetime | None = None) -> int:
        """Keep every article read (once: a known text is not stored again) with its quotes and
        figures, and the memo with what it showed; returns the memo's number."""
        built = (now or dt.datetime.now(dt.timezone.utc)).isoformat(timespec="seconds")
        with self.transaction():
            for doc in docs:
                self.keep_article(doc, built)
            memo = self.database.insert("INSERT INTO memos (built, memo_date, title, output) VALUES (?, ?, ?, ?)",
                                        (built, briefing.date, briefing.title, str(output)))
            assert memo is not None
            self.database.executemany(
                "INSERT INTO memo_items (memo_id, kind, text, speaker, measure) VALUES (?, ?, ?, ?, ?)",
                [(memo, *item) for item in shown_items(briefing)])
            return memo

    def kept_analyses(self) -> KeptAnalyses:
        """What finds the analyses this archive keeps, for the analysis to skip those articles."""
        return KeptAnalyses(self.address, self.database)

    def keep_article(self, doc: Document, read: str) -> None:
        """Keep the article with its quotes and figures unless its text is known, and the analysis
        made afresh this build, if any."""
        hashed = content_hash(doc)
        article = self.database.insert(
            "INSERT INTO articles (content_hash, address, title, outlet, published, first_read)"
            " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (content_hash) DO NOTHING",
            (hashed, doc.url or (str(Path(doc.path).absolute()) if doc.path != "-" else None), doc.title,
             doc.source, doc.date, read))
        if doc.analysis_key is not None:
            known = article or self.database.execute("SELECT id FROM articles WHERE content_hash = ?",
                                                     (hashed,)).fetchone()[0]
            self.database.execute("INSERT INTO analyses (analysis_key, article_id, analysis) VALUES (?, ?, ?)"
                                  " ON CONFLICT (analysis_key) DO NOTHING",
                                  (doc.analysis_key, known, analysis_json(doc)))
        if article is None:
            return
        self.database.executemany(
            "INSERT INTO quotes (article_id, speaker, speaker_role, text, words) VALUES (?, ?, ?, ?, ?)",
            [(article, q.speaker, q.speaker_role, doc.span_text(q), shown_key(doc.span_text(q))) for q in doc.quotes])
        self.database.executemany(
            "INSERT INTO figures (article_id, text, value, unit, measure, words) VALUES (?, ?, ?, ?, ?, ?)",
            [(article, doc.span_text(f), f.value, f.unit, f.measure, shown_key(doc.span_text(f)))
             for f in doc.figures])

    @database_errors_told
    def last_brief(self, docs: list[Document]) -> LastBrief | None:
        """What the last memo built against the archive showed, and which of `docs` it has not read
        (by path or address); None before the first memo."""
        last = self.database.execute("SELECT id, memo_date FROM memos ORDER BY id DESC LIMIT 1").fetchone()
        if last is None:
            return None
        items = self.database.execute("SELECT kind, text, measure FROM memo_items WHERE memo_id = ?",
                                      (last[0],)).fetchall()
        figures = []
        for text, measure in ((text, measure) for kind, text, measure in items if kind == "figure" and measure):
            found = self.database.execute("SELECT value, unit FROM figures WHERE words = ? AND text = ?"
                                          " AND measure = ? ORDER BY id DESC LIMIT 1",
                                          (shown_key(text), text, measure)).fetchone()
            if found:
                figures.append(ShownFigure(text, measure, *found))
        return LastBrief(date=last[1], bullets={shown_key(text) for kind, text, _ in items if kind == "bullet"},
                         quotes={shown_key(text) for kind, text, _ in items if kind == "quote"}, figures=figures,
                         new_articles={doc.url or doc.path for doc in docs if not self.knows(doc)},
                         archived_quotes={words for (words,) in self.archived_rows(
                             "quotes", {doc.span_text(q) for doc in docs for q in doc.quotes})},
                         archived_figures={(words, shown_key(measure or "")) for words, measure in self.archived_rows(
                             "figures", {doc.span_text(f) for doc in docs for f in doc.figures}, "measure")})

    def archived_rows(self, table: str, texts: set[str], *columns: str) -> list[tuple]:
        """(words, *columns) of the archived quotes or figures, from any article, whose words are
        those of one of `texts`."""
        keys = sorted({shown_key(text) for text in texts})
        rows: list[tuple] = []
        for start in range(0, len(keys), QUERY_KEYS):  # a statement takes so many parameters
            chunk = keys[start:start + QUERY_KEYS]
            rows += self.database.execute(
                f"SELECT DISTINCT words{''.join(', ' + column for column in columns)} FROM {table}"
                f" WHERE words IN ({', '.join('?' * len(chunk))})", chunk).fetchall()
        return rows

    @database_errors_told
    def memos(self) -> list[ArchivedMemo]:
        rows = self.database.execute(
            "SELECT m.id, m.built, m.memo_date, m.title, m.output,"
            " (SELECT count(*) FROM memo_items i WHERE i.memo_id = m.id AND i.kind = 'article')"
            " FROM memos m ORDER BY m.id").fetchall()
        return [ArchivedMemo(*row) for row in rows]

    @database_errors_told
    def quotes(self, speaker: str | None = None, since: str | None = None) -> list[ArchivedQuote]:
        """Quotes whose speaker's name holds `speaker` (any case), read on or after `since` (ISO)."""
        named = [contains(speaker)] if speaker else []
        where, parameters = conditions(("lower(q.speaker) LIKE ? ESCAPE '\\'", named),
                                       ("a.first_read >= ?", [since] if since else []))
        rows = self.database.execute(
            "SELECT q.speaker, q.speaker_role, q.text, a.title, a.outlet, a.address, a.published, a.first_read"
            f" FROM quotes q JOIN articles a ON a.id = q.article_id{where} ORDER BY a.first_read, q.id",
            parameters).fetchall()
        return [ArchivedQuote(speaker, role, text, ArchivedSource(*source)) for speaker, role, text, *source in rows]

    @database_errors_told
    def figures(self, measure: str | None = None, since: str | None = None) -> list[ArchivedFigure]:
        """Figures whose measure holds every word of `measure` (any case)."""
        words = [contains(word) for word in (measure or "").split()]
        where, parameters = conditions(("lower(f.measure) LIKE ? ESCAPE '\\'", words),
                                       ("a.first_read >= ?", [since] if since else []))
        rows = self.database.execute(
            "SELECT f.text, f.measure, a.title, a.outlet, a.address, a.published, a.first_read"
            f" FROM figures f JOIN articles a ON a.id = f.article_id{where} ORDER BY a.first_read, f.id",
            parameters).fetchall()
        return [ArchivedFigure(text, measure, ArchivedSource(*source)) for text, measure, *source in rows]

    @database_errors_told
    def forget(self, before: str) -> tuple[int, int]:
        """Drop articles first read, and memos built, before `before` (ISO date); returns how many of each."""
        with self.transaction():
            articles = self.database.execute("DELETE FROM articles WHERE first_read < ?", (before,)).rowcount
            memos = self.database.execute("DELETE FROM memos WHERE built < ?", (before,)).rowcount
        return articles, memos

    def export(self) -> Iterator[dict]:
        """Every record as a dict with its `table`: articles with their quotes and figures, then memos."""
        try:
            for article in list(self.database.rows("SELECT * FROM articles ORDER BY id")):
                record = {"table": "article", **article}
                for table in ("quotes", "figures"):
                    record[table] = [{key: value for key, value in row.items() if key not in ("id", "article_id")}
                                     for row in self.database.rows(f"SELECT * FROM {table} WHERE article_id = ?"
                                                                   " ORDER BY id", (article["id"],))]
                yield record
            for memo in list(self.database.rows("SELECT * FROM memos ORDER BY id")):
                items = self.database.rows("SELECT kind, text, speaker, measure FROM memo_items WHERE memo_id = ?",
                                           (memo["id"],))
                yield {"table": "memo", **memo, "items": list(items)}
        except self.database.errors as error:  # a generator: the decorator would see no error
            raise InputError(self.shown, f"the archive failed ({first_line(error)})") from None


def conditions(*tests: tuple[str, list[str]]) -> tuple[str, list[str]]:
    """A WHERE clause holding each test once for each of its values (a test with none is left out),
    and the parameters in order."""
    clauses = [test for test, values in tests for _ in values]
    parameters = [value for _, values in tests for value in values]
    return (" WHERE " + " AND ".join(clauses) if clauses else ""), parameters


def contains(text: str) -> str:
    """A LIKE pattern (with ESCAPE '\\') for lower-cased text holding `text` anywhere."""
    return "%" + text.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


class _Transaction:
    """One transaction in which this build is the only writer: COMMIT, or ROLLBACK on an error."""

    def __init__(self, database: Database):
        self.database = database

    def __enter__(self) -> None:
        self.database.begin()

    def __exit__(self, kind, error, trace) -> None:
        self.database.execute("COMMIT" if kind is None else "ROLLBACK")


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
