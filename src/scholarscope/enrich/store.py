"""Enrichment tables, created on demand next to the store's own tables (SQLite and PostgreSQL).

    enrichment     one enriched value per (work, source, field): JSON value, external id,
                   retrieval date, and the matching decision (rule + evidence) that tied the
                   external record to the stored work
    metrics_cache  computed per-work values (e.g. novelty) keyed by a fingerprint of their inputs

The store's migrations are not touched: ``ensure_tables`` uses CREATE TABLE IF NOT EXISTS and
records its own version in ``enrichment_schema``. Enrichment rows are keyed by work id; work
ids survive re-resolution as long as a cluster keeps its anchor (see store.repository).
"""
from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

from ..store.dialect import Dialect

VERSION = 1
TABLES = [
    """CREATE TABLE IF NOT EXISTS enrichment (
        work_id TEXT NOT NULL,
        source TEXT NOT NULL,            -- openalex | semanticscholar | arxiv | openreview | dblp | ...
        field TEXT NOT NULL,             -- cited_by_count | venue | year | authors | category | ...
        value TEXT NOT NULL,             -- JSON
        external_id TEXT,
        retrieved_at TEXT NOT NULL,      -- ISO date the source was read (or the snapshot's date)
        match_rule TEXT,                 -- doi | arxiv | openreview | title+year+authors
        match_evidence TEXT,             -- JSON: what was compared and how it scored
        PRIMARY KEY (work_id, source, field)
    )""",
    "CREATE INDEX IF NOT EXISTS enrichment_field ON enrichment(field)",
    """CREATE TABLE IF NOT EXISTS metrics_cache (
        work_id TEXT NOT NULL, metric TEXT NOT NULL, fingerprint TEXT NOT NULL,
        value TEXT NOT NULL, computed_at TEXT NOT NULL,
        PRIMARY KEY (work_id, metric)
    )""",
    "CREATE TABLE IF NOT EXISTS enrichment_schema (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)",
]


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def ensure_tables(db: Dialect) -> None:
    """Create the enrichment tables if absent (idempotent, safe under concurrent callers)."""
    if _version(db) >= VERSION:
        return

    def step() -> None:
        with db.write():
            for stmt in TABLES:
                db.execute(stmt)
            db.execute("INSERT INTO enrichment_schema (version, applied_at) VALUES (?, ?) ON CONFLICT DO NOTHING",
                       (VERSION, now()))

    db.retrying(step)


def _version(db: Dialect) -> int:
    try:
        rows = db.query("SELECT MAX(version) FROM enrichment_schema")
    except Exception:  # noqa: BLE001 - no table yet (both engines run autocommit outside write())
        return 0
    return int(rows[0][0] or 0)


@dataclass
class Enriched:
    """One stored enriched value with its provenance."""

    work_id: str
    source: str
    field: str
    value: Any
    external_id: str | None
    retrieved_at: str
    match_rule: str | None
    match_evidence: Any

    @property
    def ref(self) -> str:
        return f"{self.source}:{self.external_id or '?'}"


def save(db: Dialect, rows: list[Enriched]) -> int:
    """Upsert enriched values (one write transaction); returns how many were written."""
    ensure_tables(db)
    params = [(r.work_id, r.source, r.field, json.dumps(r.value, ensure_ascii=False), r.external_id,
               r.retrieved_at, r.match_rule, json.dumps(r.match_evidence, ensure_ascii=False)) for r in rows]

    def step() -> None:
        with db.write():
            db.executemany(
                "INSERT INTO enrichment (work_id, source, field, value, external_id, retrieved_at, match_rule,"
                " match_evidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (work_id, source, field) DO UPDATE SET"
                " value = excluded.value, external_id = excluded.external_id, retrieved_at = excluded.retrieved_at,"
                " match_rule = excluded.match_rule, match_evidence = excluded.match_evidence", params)

    db.retrying(step)
    return len(params)


def load(db: Dialect, work_ids: list[str] | None = None) -> dict[str, list[Enriched]]:
    """Work id -> its enriched values (all works when ``work_ids`` is None)."""
    ensure_tables(db)
    cols = "work_id, source, field, value, external_id, retrieved_at, match_rule, match_evidence"
    if work_ids is None:
        rows = db.query(f"SELECT {cols} FROM enrichment")
    else:
        rows = []
        for i in range(0, len(work_ids), 500):
            chunk = work_ids[i:i + 500]
            marks = ", ".join("?" for _ in chunk)
            rows += db.query(f"SELECT {cols} FROM enrichment WHERE work_id IN ({marks})", chunk)
    out: dict[str, list[Enriched]] = defaultdict(list)
    for r in rows:
        out[r[0]].append(Enriched(r[0], r[1], r[2], json.loads(r[3]), r[4], r[5], r[6],
                                  json.loads(r[7]) if r[7] else None))
    return out


def cache_get(db: Dialect, metric: str, fingerprint: str) -> dict[str, Any]:
    """Work id -> cached value for this metric, only rows computed from the same inputs."""
    ensure_tables(db)
    rows = db.query("SELECT work_id, value FROM metrics_cache WHERE metric = ? AND fingerprint = ?",
                    (metric, fingerprint))
    return {r[0]: json.loads(r[1]) for r in rows}


def cache_put(db: Dialect, metric: str, fingerprint: str, values: dict[str, Any]) -> None:
    ensure_tables(db)
    stamp = now()
    params = [(wid, metric, fingerprint, json.dumps(v), stamp) for wid, v in values.items()]

    def step() -> None:
        with db.write():
            db.executemany(
                "INSERT INTO metrics_cache (work_id, metric, fingerprint, value, computed_at) VALUES (?, ?, ?, ?, ?)"
                " ON CONFLICT (work_id, metric) DO UPDATE SET fingerprint = excluded.fingerprint,"
                " value = excluded.value, computed_at = excluded.computed_at", params)

    db.retrying(step)
