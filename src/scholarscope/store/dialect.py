"""The two SQL dialects the store speaks: SQLite (stdlib sqlite3) and PostgreSQL (psycopg 3).

Everything else in the store is plain SQL written once with ``?`` placeholders and
``INSERT ... ON CONFLICT`` (both engines understand it); this layer only opens
connections, rewrites placeholders, serialises writers and retries on contention.
"""
from __future__ import annotations

import random
import sqlite3
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from ..errors import StoreError

T = TypeVar("T")

DEFAULT_DB = "scholarscope.db"
BUSY_TIMEOUT_MS = 30_000
CACHE_KIB = 65_536
WAL_PAGES = 10_000
# one constant advisory-lock key: PostgreSQL writers take it, so they serialise like SQLite's
_PG_LOCK = 4_047_001


class Dialect:
    """A connection plus the few things that differ between the engines."""

    name = "base"
    url = ""
    conn: Any

    def sql(self, query: str) -> str:
        return query

    def execute(self, query: str, params: Sequence[Any] = ()) -> Any:
        return self.conn.execute(self.sql(query), tuple(params))

    def executemany(self, query: str, rows: Sequence[Sequence[Any]]) -> None:
        if rows:
            self.conn.cursor().executemany(self.sql(query), [tuple(r) for r in rows])

    def query(self, query: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        return list(self.execute(query, params).fetchall())

    def stream(self, query: str, params: Sequence[Any] = (), size: int = 5000) -> Iterator[list[tuple[Any, ...]]]:
        """The rows of a large result, `size` at a time, without holding them all (inside a transaction)."""
        cur = self.conn.execute(self.sql(query), tuple(params))
        while rows := cur.fetchmany(size):
            yield rows

    def close(self) -> None:
        self.conn.close()

    @contextmanager
    def write(self) -> Iterator[None]:  # pragma: no cover - overridden
        raise NotImplementedError
        yield

    def is_contention(self, exc: BaseException) -> bool:
        return False

    @contextmanager
    def unchecked_write(self) -> Iterator[None]:
        """A write transaction whose rows need no foreign-key checks (they point at rows the same
        transaction wrote or read): by default `write`."""
        with self.write():
            yield

    @contextmanager
    def derived_write(self) -> Iterator[None]:
        """A write transaction that only rewrites derived rows (resolution): `unchecked_write`."""
        with self.unchecked_write():
            yield

    def retrying(self, fn: Callable[[], T], attempts: int = 8) -> T:
        """Run ``fn`` (a whole write transaction), retrying when another writer held the lock."""
        for attempt in range(attempts):
            try:
                return fn()
            except Exception as exc:  # noqa: BLE001 - narrowed by is_contention
                if not self.is_contention(exc) or attempt == attempts - 1:
                    raise
                time.sleep(min(2.0, 0.05 * 2 ** attempt) * (0.5 + random.random()))
        raise AssertionError("unreachable")


class SQLite(Dialect):
    name = "sqlite"

    def __init__(self, path: str) -> None:
        self.url = path
        if path != ":memory:":
            Path(path).expanduser().parent.mkdir(parents=True, exist_ok=True)
        try:
            # isolation_level=None: we issue BEGIN/COMMIT ourselves, one transaction per document
            self.conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open SQLite database {path}: {exc}") from exc
        self.conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        self.conn.execute("PRAGMA foreign_keys = ON")
        if path != ":memory:":
            self.conn.execute("PRAGMA journal_mode = WAL")
            self.conn.execute("PRAGMA synchronous = NORMAL")  # WAL + NORMAL: durable up to the last checkpoint
            # a checkpoint (fsyncs, every page copied back) after every ~2 documents made COMMIT most of the
            # cost of storing one; every WAL_PAGES pages instead (a crash still leaves whole commits only)
            self.conn.execute(f"PRAGMA wal_autocheckpoint = {WAL_PAGES}")
        # the default 2 MB page cache re-reads the key indexes' pages for every document on a large
        # library; 64 MB each for the library and for the temporary tables of a streaming resolution
        self.conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        self.conn.execute(f"PRAGMA temp.cache_size = -{CACHE_KIB}")

    @contextmanager
    def write(self) -> Iterator[None]:
        # IMMEDIATE takes the write lock up front, so two processes never deadlock on upgrade
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def is_contention(self, exc: BaseException) -> bool:
        return isinstance(exc, sqlite3.OperationalError) and ("locked" in str(exc) or "busy" in str(exc))

    @contextmanager
    def unchecked_write(self) -> Iterator[None]:
        # A full resolution writes tens of millions of rows that all point at rows it wrote itself
        # or read from documents and claims; checking each reference cost a third of the writing.
        # Storing documents likewise: every claim and key row points at the document written just
        # before it (the checks were a quarter of storing's CPU). The pragma is per connection and
        # only takes effect outside a transaction. The in-memory run writes the same rows with the
        # checks on (tests/resolve/test_streaming.py), and so does `Store.add_document`.
        self.conn.execute("PRAGMA foreign_keys = OFF")
        try:
            with self.write():
                yield
        finally:
            self.conn.execute("PRAGMA foreign_keys = ON")


class Postgres(Dialect):
    name = "postgresql"

    def __init__(self, url: str) -> None:
        try:
            import psycopg
        except ImportError as exc:
            raise StoreError("PostgreSQL needs psycopg 3: pip install 'scholarscope[pg]'") from exc
        self.url = url
        try:
            self.conn = psycopg.connect(url, autocommit=True)
        except psycopg.Error as exc:
            raise StoreError(f"cannot connect to PostgreSQL: {exc}") from exc
        self._errors = psycopg.errors

    def sql(self, query: str) -> str:
        # our SQL never holds a literal '?' or '%', so this rewrite is exact
        return query.replace("?", "%s")

    @contextmanager
    def write(self) -> Iterator[None]:
        with self.conn.transaction():
            self.conn.execute("SELECT pg_advisory_xact_lock(%s)", (_PG_LOCK,))
            yield

    def stream(self, query: str, params: Sequence[Any] = (), size: int = 5000) -> Iterator[list[tuple[Any, ...]]]:
        # a named (server-side) cursor: psycopg's plain cursors fetch the whole result at once
        self._cursors = getattr(self, "_cursors", 0) + 1
        with self.conn.cursor(name=f"scholarscope_stream_{self._cursors}") as cur:
            cur.execute(self.sql(query), tuple(params))
            while rows := cur.fetchmany(size):
                yield rows

    def is_contention(self, exc: BaseException) -> bool:
        return isinstance(exc, (self._errors.SerializationFailure, self._errors.DeadlockDetected))


def connect(url: str | None = None) -> Dialect:
    """A SQLite path (or ``sqlite:///path``) or a ``postgresql://`` URL; default ./scholarscope.db."""
    url = url or DEFAULT_DB
    if url.startswith(("postgresql://", "postgres://")):
        return Postgres(url)
    if url.startswith("sqlite://"):
        url = url.removeprefix("sqlite://").removeprefix("/") if url != "sqlite://" else ":memory:"
        url = url or ":memory:"
    return SQLite(url)
