"""The two databases an archive can live in, behind the few calls the archive makes.

SQLite (the standard library's sqlite3) for one user's file; PostgreSQL (psycopg 3) for a team
sharing one server. The archive writes its SQL once, with ? for a parameter and {id} / {real}
for the two column types the databases spell differently; each class here turns that into its
own dialect, takes the writers' lock its own way and keeps the schema's version where it can.
"""
from __future__ import annotations

import re
import sqlite3
import time
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, ClassVar, TypeVar
from urllib.parse import urlsplit, urlunsplit

from briefing.errors import InputError

# How long a build waits for another build's record to finish before giving up.
BUSY_SECONDS = 60

POSTGRESQL_SCHEMES = ("postgresql://", "postgres://")

# Any number, the same in every briefing: the advisory lock writers to one PostgreSQL archive share.
POSTGRESQL_WRITERS_LOCK = 0x62726965


def is_postgresql(address: str) -> bool:
    return address.startswith(POSTGRESQL_SCHEMES)


def shown_address(address: str) -> str:
    """The address as messages may print it: a PostgreSQL password is left out."""
    if not is_postgresql(address):
        return address
    parts = urlsplit(address)
    if parts.password is None:
        return address
    host = parts.netloc.rsplit("@", 1)[1]
    return urlunsplit(parts._replace(netloc=f"{parts.username}:***@{host}"))


class Database(ABC):
    """A connection, in autocommit mode: the archive opens each transaction itself."""

    # the column types of a migration, spelt as this database spells them
    types: ClassVar[dict[str, str]]

    def __init__(self, address: str):
        self.address = address
        # what the driver raises when the database fails or refuses a statement
        self.errors: tuple[type[Exception], ...] = ()

    @abstractmethod
    def execute(self, sql: str, parameters: Sequence[Any] = ()) -> Any:
        ...

    @abstractmethod
    def executemany(self, sql: str, rows: list[Sequence[Any]]) -> None:
        ...

    @abstractmethod
    def insert(self, sql: str, parameters: Sequence[Any]) -> int | None:
        """Run an INSERT; the new row's id, or None where a conflict left it out."""

    @abstractmethod
    def begin(self) -> None:
        """Start a transaction in which this build is the only writer."""

    @abstractmethod
    def schema_version(self) -> int:
        ...

    @abstractmethod
    def set_schema_version(self, version: int) -> None:
        ...

    @abstractmethod
    def close(self) -> None:
        ...

    def run_script(self, script: str) -> None:
        for statement in filter(str.strip, script.format(**self.types).split(";")):
            self.execute(statement)

    def rows(self, sql: str, parameters: Sequence[Any] = ()) -> Iterator[dict[str, Any]]:
        """Each row as a dict by column name."""
        cursor = self.execute(sql, parameters)
        names = [column[0] for column in cursor.description]
        for row in cursor.fetchall():
            yield dict(zip(names, row))


class SqliteDatabase(Database):
    """One file; writers wait for one another (busy timeout) and readers see the last whole record
    (write-ahead log)."""

    types: ClassVar[dict[str, str]] = {"id": "INTEGER PRIMARY KEY", "real": "REAL"}

    def __init__(self, address: str):
        super().__init__(address)
        self.errors = (sqlite3.Error,)
        path = Path(address)
        if path.is_dir():
            raise InputError(address, "is a folder: give the archive a file name (archive.sqlite)")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self.connection = sqlite3.connect(path, timeout=BUSY_SECONDS, isolation_level=None)
            while_locked(lambda: self.connection.execute("PRAGMA journal_mode=WAL").fetchall())
            self.connection.execute("PRAGMA foreign_keys=ON")
        except sqlite3.DatabaseError as error:
            raise InputError(address, f"cannot be used as an archive ({error})") from None
        except OSError as error:
            raise InputError(address, f"cannot be created ({error.strerror})") from None

    def execute(self, sql: str, parameters: Sequence[Any] = ()) -> sqlite3.Cursor:
        return self.connection.execute(sql, parameters)

    def executemany(self, sql: str, rows: list[Sequence[Any]]) -> None:
        self.connection.executemany(sql, rows)

    def insert(self, sql: str, parameters: Sequence[Any]) -> int | None:
        cursor = self.connection.execute(sql, parameters)
        return cursor.lastrowid if cursor.rowcount else None

    def begin(self) -> None:
        self.connection.execute("BEGIN IMMEDIATE")  # the writer holds the file from the start

    def schema_version(self) -> int:
        return self.connection.execute("PRAGMA user_version").fetchone()[0]

    def set_schema_version(self, version: int) -> None:
        self.connection.execute(f"PRAGMA user_version = {int(version)}")

    def close(self) -> None:
        self.connection.close()


class PostgresqlDatabase(Database):
    """A server many builds share. The archive's tables live in their own schema, `briefing`, so
    the database can hold other things; writers queue on one advisory lock, as SQLite's do on
    the file, and give up after BUSY_SECONDS."""

    types: ClassVar[dict[str, str]] = {"id": "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY",
                                       "real": "DOUBLE PRECISION"}

    def __init__(self, address: str):
        super().__init__(address)
        try:
            import psycopg
        except ImportError:
            raise InputError(shown_address(address), "a PostgreSQL archive needs psycopg: "
                                                     "pip install 'briefing[postgresql]'") from None
        self.errors = (psycopg.Error,)
        try:
            self.connection = psycopg.connect(address, autocommit=True, connect_timeout=10)
        except psycopg.Error as error:
            raise InputError(shown_address(address), f"cannot be reached ({first_line(error)})") from None
        self.connection.execute(f"SET lock_timeout = '{BUSY_SECONDS}s'")
        self.connection.execute("SET search_path = briefing")

    @staticmethod
    def dialect(sql: str) -> str:
        # psycopg's parameters are %s, and a literal % is written %%
        return re.sub(r"\?", "%s", sql.replace("%", "%%"))

    def execute(self, sql: str, parameters: Sequence[Any] = ()) -> Any:
        return self.connection.execute(self.dialect(sql), parameters)

    def executemany(self, sql: str, rows: list[Sequence[Any]]) -> None:
        if rows:
            self.connection.cursor().executemany(self.dialect(sql), rows)

    def insert(self, sql: str, parameters: Sequence[Any]) -> int | None:
        row = self.execute(sql + " RETURNING id", parameters).fetchone()
        return row[0] if row else None

    def begin(self) -> None:
        self.connection.execute("BEGIN")
        self.connection.execute("SELECT pg_advisory_xact_lock(%s)", (POSTGRESQL_WRITERS_LOCK,))

    def schema_version(self) -> int:
        # asked under the writers' lock, so two first builds do not both make the schema
        if self.connection.execute("SELECT to_regclass('briefing.schema_version') IS NULL").fetchone() == (True,):
            self.connection.execute("CREATE SCHEMA IF NOT EXISTS briefing")
            self.connection.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)")
        row = self.connection.execute("SELECT max(version) FROM schema_version").fetchone()
        return row[0] if row and row[0] is not None else 0

    def set_schema_version(self, version: int) -> None:
        self.connection.execute("DELETE FROM schema_version")
        self.connection.execute("INSERT INTO schema_version (version) VALUES (%s)", (version,))

    def close(self) -> None:
        self.connection.close()


Result = TypeVar("Result")


def while_locked(call: Callable[[], Result], seconds: float = BUSY_SECONDS) -> Result:
    """`call()`, tried again while SQLite says "database is locked" at once, without the busy
    timeout's wait: it does while another build is making the file or turning on its write-ahead
    log. Gives up after `seconds`, as the busy timeout would."""
    deadline = time.monotonic() + seconds
    while True:
        try:
            return call()
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def first_line(error: Exception) -> str:
    return str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__


def open_database(address: str) -> Database:
    if is_postgresql(address):
        return PostgresqlDatabase(address)
    if "://" in address:
        raise InputError(address, "is not an archive: give an SQLite file or a postgresql:// address")
    return SqliteDatabase(address)
