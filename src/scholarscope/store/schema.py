"""Versioned schema: each migration is a list of statements; ``schema_version`` records what ran.

One DDL text serves both engines (TEXT, INTEGER, BIGINT, DOUBLE PRECISION, composite natural
keys, no autoincrement). Append a migration to change the schema; never edit a released one.

Per-document tables (documents, claims, education, positions, awards) are written once, in the
document's own transaction. Resolution tables (persons, works, work_claims, authorships,
person_mentions, mentorship, merge_decisions) are derived and rewritten after each batch.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timezone

from ..errors import StoreError
from .dialect import Dialect

V1 = [
    """CREATE TABLE documents (
        id TEXT PRIMARY KEY,              -- sha256 of the file's bytes
        path TEXT NOT NULL,
        name TEXT NOT NULL,
        format TEXT, kind TEXT, size BIGINT,
        ingested_at TEXT NOT NULL,
        previous_id TEXT REFERENCES documents(id),   -- the version this one replaced
        is_current INTEGER NOT NULL DEFAULT 1,
        owner_name TEXT,
        profile TEXT NOT NULL             -- the parsed profile JSON, so resolution reruns without parsing
    )""",
    "CREATE INDEX documents_path ON documents(path)",
    """CREATE TABLE claims (
        document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        ord INTEGER NOT NULL,             -- position in the document's publication list
        section TEXT, idx INTEGER, title TEXT,
        authors TEXT, equal_marked TEXT, self_index INTEGER,
        venue TEXT, venue_raw TEXT, year INTEGER, type TEXT,
        flags TEXT, links TEXT, note TEXT, doi TEXT,
        span_start INTEGER, span_end INTEGER,
        PRIMARY KEY (document_id, ord)
    )""",
    """CREATE TABLE education (
        document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        ord INTEGER NOT NULL,
        institution TEXT, degree TEXT, field TEXT, start_date TEXT, end_date TEXT,
        expected INTEGER, advisor TEXT, gpa TEXT, location TEXT,
        PRIMARY KEY (document_id, ord)
    )""",
    """CREATE TABLE positions (
        document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        ord INTEGER NOT NULL,
        org TEXT, title TEXT, start_date TEXT, end_date TEXT, location TEXT, supervisor TEXT, kind TEXT,
        PRIMARY KEY (document_id, ord)
    )""",
    """CREATE TABLE awards (
        document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        ord INTEGER NOT NULL,
        name TEXT, date TEXT,
        PRIMARY KEY (document_id, ord)
    )""",
    """CREATE TABLE persons (
        id TEXT PRIMARY KEY, name TEXT NOT NULL, search_key TEXT, n_docs INTEGER, evidence TEXT
    )""",
    """CREATE TABLE person_mentions (
        person_id TEXT NOT NULL REFERENCES persons(id),
        document_id TEXT NOT NULL REFERENCES documents(id),
        name TEXT NOT NULL, role TEXT NOT NULL, location TEXT NOT NULL,
        PRIMARY KEY (document_id, name, role, location)
    )""",
    """CREATE TABLE works (
        id TEXT PRIMARY KEY, title TEXT, year INTEGER, venue TEXT, type TEXT, n_claims INTEGER
    )""",
    """CREATE TABLE work_claims (
        document_id TEXT NOT NULL, ord INTEGER NOT NULL,
        work_id TEXT NOT NULL REFERENCES works(id),
        PRIMARY KEY (document_id, ord),
        FOREIGN KEY (document_id, ord) REFERENCES claims(document_id, ord)
    )""",
    """CREATE TABLE authorships (
        document_id TEXT NOT NULL, ord INTEGER NOT NULL, position INTEGER NOT NULL,
        name TEXT NOT NULL,               -- as written
        person_id TEXT REFERENCES persons(id),
        work_id TEXT REFERENCES works(id),
        equal_mark INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (document_id, ord, position),
        FOREIGN KEY (document_id, ord) REFERENCES claims(document_id, ord)
    )""",
    """CREATE TABLE mentorship (
        id TEXT PRIMARY KEY,
        mentor_id TEXT REFERENCES persons(id), mentee_id TEXT REFERENCES persons(id),
        mentor_name TEXT NOT NULL, mentee_name TEXT NOT NULL,
        document_id TEXT NOT NULL REFERENCES documents(id),
        relation TEXT, contexts TEXT, fields TEXT
    )""",
]

# v2: explainable merges, one current version per path, and the indexes the read side needs
V2 = [
    """CREATE TABLE merge_decisions (
        kind TEXT NOT NULL,               -- 'work' or 'person'
        cluster_id TEXT NOT NULL, seq INTEGER NOT NULL,
        a TEXT, b TEXT, merged INTEGER NOT NULL, score DOUBLE PRECISION, rule TEXT, evidence TEXT,
        PRIMARY KEY (kind, cluster_id, seq)
    )""",
    "CREATE UNIQUE INDEX documents_current_path ON documents(path) WHERE is_current = 1",
    "CREATE INDEX authorships_person ON authorships(person_id)",
    "CREATE INDEX authorships_work ON authorships(work_id)",
    "CREATE INDEX work_claims_work ON work_claims(work_id)",
    "CREATE INDEX person_mentions_person ON person_mentions(person_id)",
]

# v3: blocking keys indexed, so incremental resolution looks up candidates instead of scanning.
# work_keys is written with each document (its claims' content words, ids, short-title words);
# work_terms counts entries per content word (for choosing rare words); person_keys files each
# person under the surname|initial block of its display name and is written with the persons.
_WORK_KEYS = """CREATE TABLE work_keys (
        kind TEXT NOT NULL,               -- 't' content word, 'i' identifier, 's' word of a short title
        key TEXT NOT NULL,
        document_id TEXT NOT NULL, ord INTEGER NOT NULL,
        PRIMARY KEY (kind, key, document_id, ord),
        FOREIGN KEY (document_id, ord) REFERENCES claims(document_id, ord) ON DELETE CASCADE
    )"""
V3: list[str | Callable[[Dialect], None]] = [
    _WORK_KEYS,
    "CREATE TABLE work_terms (key TEXT PRIMARY KEY, n INTEGER NOT NULL)",
    """CREATE TABLE person_keys (
        key TEXT NOT NULL, person_id TEXT NOT NULL REFERENCES persons(id),
        PRIMARY KEY (key, person_id)
    )""",
    "CREATE INDEX person_keys_person ON person_keys(person_id)",
    "CREATE INDEX documents_name ON documents(name)",
    lambda db: backfill(db),
]


# v4: one stored text embedding per work and model (semantic search). No foreign key: the
# resolution tables are rewritten after each batch; vectors of vanished works are pruned by
# serve.semantic.refresh_vectors. BYTEA is PostgreSQL's binary type; SQLite stores the bytes as they are.
V4 = [
    """CREATE TABLE work_vectors (
        work_id TEXT NOT NULL,
        model TEXT NOT NULL,              -- embedding backend, e.g. onnx-minilm
        text_hash TEXT NOT NULL,          -- sha1 of the embedded text: changed text -> re-embedded
        dim INTEGER NOT NULL,
        scale DOUBLE PRECISION NOT NULL,  -- int8 codes * scale = the unit vector's components
        vec BYTEA NOT NULL,               -- dim signed bytes
        PRIMARY KEY (work_id, model)
    )""",
]


def _work_keys_without_rowid(db: Dialect) -> None:
    """SQLite: work_keys rebuilt as a WITHOUT ROWID table, its rows stored in the primary key itself.

    A rowid table kept each key row twice (the table in insertion order and the primary-key index
    in key order); every stored claim files ~8 rows, so storing paid for two B-trees where one
    does (measured with bench/ingest_speed.py: about a sixth of the CPU of storing a document).
    Same columns, key and foreign key; PostgreSQL has no rowids and keeps its table.
    """
    if db.name != "sqlite":
        return
    db.execute(_WORK_KEYS.replace("CREATE TABLE work_keys", "CREATE TABLE work_keys_v5") + " WITHOUT ROWID")
    db.execute("INSERT INTO work_keys_v5 (kind, key, document_id, ord) SELECT kind, key, document_id, ord"
               " FROM work_keys ORDER BY kind, key, document_id, ord")
    db.execute("DROP TABLE work_keys")
    db.execute("ALTER TABLE work_keys_v5 RENAME TO work_keys")


# v5: work_keys without rowids (SQLite), see `_work_keys_without_rowid`
V5: list[str | Callable[[Dialect], None]] = [lambda db: _work_keys_without_rowid(db)]


MIGRATIONS: list[tuple[int, list[str | Callable[[Dialect], None]]]] = [(1, V1), (2, V2), (3, V3), (4, V4), (5, V5)]
LATEST = MIGRATIONS[-1][0]


VERSION_TABLE = "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)"


def current_version(db: Dialect) -> int:
    """The applied schema version; 0 for an empty database (or one we could not read yet)."""
    try:
        row = db.query("SELECT MAX(version) FROM schema_version")
    except Exception:  # noqa: BLE001 - no table yet, or busy: migrate() re-reads under the lock
        return 0
    return int(row[0][0] or 0)


def backfill(db: Dialect) -> None:
    from .keys import backfill_keys

    backfill_keys(db)


def apply(db: Dialect, version: int, statements: list[str] | list[str | Callable[[Dialect], None]]) -> None:
    """Run one migration's statements (SQL, or a data step) and record it (caller holds the write transaction)."""
    for stmt in statements:
        if callable(stmt):
            stmt(db)
        else:
            db.execute(stmt)
    db.execute("INSERT INTO schema_version (version, applied_at) VALUES (?, ?)",
               (version, datetime.now(timezone.utc).isoformat()))


def migrate(db: Dialect) -> int:
    """Bring the database to LATEST, one transaction per migration; returns the final version."""
    def step() -> int:
        with db.write():
            db.execute(VERSION_TABLE)
            version = current_version(db)  # re-read under the lock: another process may have migrated
            if version > LATEST:
                raise StoreError(f"database schema v{version} is newer than this scholarscope (v{LATEST})")
            for number, statements in MIGRATIONS:
                if number > version:
                    apply(db, number, statements)
            return max(version, LATEST)

    if current_version(db) == LATEST:
        return LATEST  # common case: no write lock needed
    return db.retrying(step)
