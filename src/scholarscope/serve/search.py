"""Keyword search over works and people: an FTS5 index in SQLite, PostgreSQL full-text on a server.

The SQLite index lives in the web app's own tables (``serve_fts_*``), built from the store's
works, authorships and persons. On PostgreSQL the works table itself is searched through a GIN
index on its weighted tsvector (title A, venue C), made on first use. Both engines keep each
work's field tag (measure.field, the person page's field) in ``serve_work_fields``. The index is
rebuilt when the library changes (a cheap fingerprint of documents, resolution tables and
enrichment, checked at most every few seconds per process); the semantic vectors are refreshed
at the same moment (semantic.refresh_vectors).

A query is split into words; works must contain all of them (any of them when that finds too
little), ranked by BM25 (SQLite, title weighted over authors and venue) or ts_rank (PostgreSQL).
Ranking, people and facets: ranking.py and results.py.
"""
from __future__ import annotations

import re
import threading
import time
from dataclasses import dataclass, field
from typing import Any

from ..store.dialect import Dialect
from . import bm25
from .results import Hit, chunks

CANDIDATES = 2000          # ranked works considered by PostgreSQL
WINDOW = 1000              # matches ranked per query (newest first beyond this; see _fts_candidates)
MIN_AND_HITS = 5           # fewer than this with all words: retry with any word
_CHECK_EVERY_S = 3.0
INDEX_FORMAT = "4"         # part of the fingerprint: a new layout of the index tables rebuilds old ones
_TOKENIZE = "tokenize = 'porter unicode61 remove_diacritics 2'"
_WORD = re.compile(r"\w+", re.UNICODE)
_lock = threading.Lock()
_checked: dict[str, tuple[float, str]] = {}
# PostgreSQL: one expression for the GIN index and every query, so the planner uses the index
PG_DOC = ("(setweight(to_tsvector('english', coalesce(title, '')), 'A') || "
          "setweight(to_tsvector('english', coalesce(venue, '')), 'C'))")

_FIELDS_DDL = ["DROP TABLE IF EXISTS serve_work_fields",
               "CREATE TABLE serve_work_fields (work_id TEXT PRIMARY KEY, field TEXT NOT NULL)",
               "CREATE TABLE IF NOT EXISTS serve_search_state (key TEXT PRIMARY KEY, value TEXT)"]
_DDL = [
    "DROP TABLE IF EXISTS serve_fts_works",
    "DROP TABLE IF EXISTS serve_fts_work_ids",
    "DROP TABLE IF EXISTS serve_fts_people",
    "DROP TABLE IF EXISTS serve_fts_person_ids",
    # external content: the words are indexed once; serve_fts_work_ids holds the text (read by
    # bm25.scores), the metadata of each hit and its work id, one row lookup per match
    "CREATE TABLE serve_fts_work_ids (rowid INTEGER PRIMARY KEY, work_id TEXT NOT NULL,"
    " year INTEGER, venue TEXT, type TEXT, field TEXT, title TEXT, authors TEXT)",
    "CREATE VIRTUAL TABLE serve_fts_works USING fts5(title, authors, venue, year, type, field,"
    f" content = 'serve_fts_work_ids', content_rowid = 'rowid', {_TOKENIZE})",
    f"CREATE VIRTUAL TABLE serve_fts_people USING fts5(name, variants, {_TOKENIZE})",
    "CREATE TABLE serve_fts_person_ids (rowid INTEGER PRIMARY KEY, person_id TEXT NOT NULL)",
]
_FILL = [
    "INSERT INTO serve_fts_work_ids (work_id, year, venue, type, field, title, authors)"
    " SELECT w.id, w.year, w.venue, w.type, f.field, w.title, n.names"
    " FROM works w LEFT JOIN serve_work_fields f ON f.work_id = w.id LEFT JOIN"
    " (SELECT work_id, group_concat(name, ', ') AS names FROM"
    "  (SELECT DISTINCT work_id, name FROM authorships WHERE work_id IS NOT NULL) GROUP BY work_id) n"
    " ON n.work_id = w.id"
    " ORDER BY COALESCE(w.year, 0) DESC, w.n_claims DESC, w.id",  # newest first: the order of partial ranking
    "CREATE INDEX serve_fts_work_ids_work ON serve_fts_work_ids(work_id)",
    "INSERT INTO serve_fts_works (rowid, title, authors, venue, year, type, field)"
    " SELECT rowid, title, authors, venue, CAST(year AS TEXT), type, field FROM serve_fts_work_ids",
    "INSERT INTO serve_fts_works (serve_fts_works, rank) VALUES ('rank', 'bm25(10.0, 3.0, 2.0, 0.0, 0.0, 0.0)')",
    "INSERT INTO serve_fts_person_ids (person_id) SELECT id FROM persons ORDER BY id",
    "INSERT INTO serve_fts_people (rowid, name, variants)"
    " SELECT m.rowid, p.name, v.names FROM serve_fts_person_ids m JOIN persons p ON p.id = m.person_id LEFT JOIN"
    " (SELECT person_id, group_concat(name, ', ') AS names FROM"
    "  (SELECT DISTINCT person_id, name FROM person_mentions) GROUP BY person_id) v ON v.person_id = m.person_id",
    "INSERT INTO serve_fts_works (serve_fts_works) VALUES ('optimize')",
    *bm25.FILL,
]
_PG_INDEX = f"CREATE INDEX IF NOT EXISTS serve_works_tsv ON works USING gin ({PG_DOC})"


@dataclass
class Filters:
    year: int | None = None
    venue: str | None = None
    type: str | None = None
    field: str | None = None

    def active(self) -> dict[str, Any]:
        return {k: v for k, v in vars(self).items() if v not in (None, "")}


@dataclass
class Candidates:
    hits: list[Hit] = field(default_factory=list)
    mode: str = "all words"
    total: int = 0
    complete: bool = True


def words(query: str) -> list[str]:
    """The query's words, lowercased, at most 16."""
    return [w.lower() for w in _WORD.findall(query or "")][:16]


# ------------------------------------------------------------------ index

def fingerprint(db: Dialect) -> str:
    """Cheap summary that changes when documents are added, the library is re-resolved or enriched."""
    docs = db.query("SELECT COUNT(*), MAX(ingested_at) FROM documents WHERE is_current = 1")[0]
    parts: list[Any] = [INDEX_FORMAT, *docs]
    for t in ("works", "persons", "authorships"):
        sql = f"SELECT MAX(rowid) FROM {t}" if db.name == "sqlite" else f"SELECT COUNT(*) FROM {t}"
        parts.append(db.query(sql)[0][0])
    try:
        parts += db.query("SELECT COUNT(*), MAX(retrieved_at) FROM enrichment")[0]
    except Exception:  # noqa: BLE001 - no enrichment table yet
        parts.append("-")
    return "|".join(str(x) for x in parts)


def _work_fields(db: Dialect) -> list[tuple[str, str]]:
    """(work id, field tag) as the person page's field metric finds them (measure.field)."""
    from ..measure.field import store_work_fields
    from ..measure.settings import Settings

    return sorted(store_work_fields(db, Settings().field_min_probability).items())


def build_index(db: Dialect, embedding: str | None = None) -> dict[str, Any]:
    """(Re)build the keyword index and field tags, refresh the semantic vectors; counts and seconds."""
    from . import semantic

    from ..enrich import store as enrich_store

    t0 = time.perf_counter()
    enrich_store.ensure_tables(db)  # before the fingerprint, which reads them (else: a second build)
    fp = fingerprint(db)
    fields = _work_fields(db)

    def step() -> None:
        with db.write():
            for stmt in _FIELDS_DDL:
                db.execute(stmt)
            db.executemany("INSERT INTO serve_work_fields (work_id, field) VALUES (?, ?)", fields)
            for stmt in (_DDL + _FILL if db.name == "sqlite" else [_PG_INDEX]):
                db.execute(stmt)
            if db.name == "sqlite":
                bm25.build_forms(db)

    db.retrying(step)
    keyword_s = time.perf_counter() - t0
    vectors = semantic.refresh_vectors(db, embedding)
    db.retrying(lambda: _save_state(db, fp))
    n_people = db.query("SELECT COUNT(*) FROM persons")[0][0]
    return {"works": db.query("SELECT COUNT(*) FROM works")[0][0], "people": n_people, "fields": len(fields),
            "keyword_seconds": round(keyword_s, 3), "vectors": vectors,
            "seconds": round(time.perf_counter() - t0, 3), "fingerprint": fp}


def _save_state(db: Dialect, fp: str) -> None:
    with db.write():
        db.execute("INSERT INTO serve_search_state (key, value) VALUES ('fingerprint', ?)"
                   " ON CONFLICT (key) DO UPDATE SET value = excluded.value", (fp,))


def _stored_fingerprint(db: Dialect) -> str | None:
    try:
        rows = db.query("SELECT value FROM serve_search_state WHERE key = 'fingerprint'")
    except Exception:  # noqa: BLE001 - no state table yet
        return None
    return str(rows[0][0]) if rows else None


def ensure_index(db: Dialect, force: bool = False) -> str:
    """Build the index if it is missing or stale; returns the library version it reflects."""
    now = time.monotonic()
    last = _checked.get(db.url)
    if not force and last and now - last[0] < _CHECK_EVERY_S:
        return last[1]
    with _lock:
        current = fingerprint(db)
        if force or _stored_fingerprint(db) != current:
            current = build_index(db)["fingerprint"]
        _checked[db.url] = (time.monotonic(), current)
        return current


def forget_checks() -> None:
    """Make the next search re-check freshness (after this process changed the library)."""
    _checked.clear()


# ------------------------------------------------------------------ keyword candidates

def _match_expr(tokens: list[str], joiner: str, filters: Filters) -> str:
    """An FTS5 query: every word quoted (words are \\w+, so never hold a quote)."""
    parts = [f"({joiner.join(chr(34) + t + chr(34) for t in tokens)})"] if tokens else []
    if filters.year:
        parts.append(f'year : "{int(filters.year)}"')
    for column in ("type", "venue", "field"):
        value_words = words(getattr(filters, column) or "")
        if value_words:
            parts.append(f'{column} : "{" ".join(value_words)}"')
    return " AND ".join(parts)


def _fts_candidates(db: Dialect, expr: str, scored: list[bm25.Phrase] | None) -> tuple[list[Hit], bool]:
    """Matches ranked by BM25. Up to WINDOW matches are ranked exactly; beyond that, the WINDOW
    most recent matches (the index is in newest-first order) are ranked: (hits, complete).
    BM25 is computed by bm25.scores where it can be (the same numbers without FTS5's scan of
    every match of each word), else by FTS5's bm25()."""
    hits: list[Hit] | None = None
    if scored is not None:
        rows = db.query(bm25.rank_query(), (expr, WINDOW + 1))
        kept = rows[:WINDOW]
        values = bm25.scores(db, scored, [(r[5], r[6], r[7]) for r in kept], [r[8] for r in kept])
        if values is not None:
            hits = [Hit(r[0], r[1], r[2], r[3], v, r[4]) for r, v in zip(kept, values)]
    if hits is None:
        rows = db.query(
            "SELECT m.work_id, m.year, m.venue, m.type, r.rank, m.field FROM"
            " (SELECT rowid, rank FROM serve_fts_works WHERE serve_fts_works MATCH ? LIMIT ?) r"
            " JOIN serve_fts_work_ids m ON m.rowid = r.rowid", (expr, WINDOW + 1))
        hits = [Hit(r[0], r[1], r[2], r[3], -float(r[4]), r[5]) for r in rows[:WINDOW]]
    hits.sort(key=lambda h: -h.score)
    return hits, len(rows) <= WINDOW


def exact(hits: list[Hit], filters: Filters) -> list[Hit]:
    """The hits whose venue, type, field and year equal the filters (FTS matched words only)."""
    want = {k: str(v).strip().lower() for k, v in filters.active().items() if k != "year"}
    return [h for h in hits if all((getattr(h, k) or "").lower() == v for k, v in want.items())
            and (not filters.year or h.year == int(filters.year))]


def _sqlite_candidates(db: Dialect, tokens: list[str], filters: Filters) -> Candidates:
    expr = _match_expr(tokens, " AND ", filters)
    scored = bm25.phrases(db, tokens, words(filters.venue or "")) if tokens and bm25.totals(db) else None
    scored = scored if scored and bm25.worth_it(scored) else None
    hits, complete = _fts_candidates(db, expr, scored)
    out = Candidates(hits=exact(hits, filters), mode="all words", complete=complete)
    if len(out.hits) < MIN_AND_HITS and len(tokens) > 1:
        more, out.complete = _fts_candidates(db, _match_expr(tokens, " OR ", filters), scored)
        _merge_any_word(out, exact(more, filters))
    out.total = len(out.hits)  # a lower bound when not complete: counting every match costs more than the search
    return out


def _pg_query(db: Dialect, tokens: list[str], filters: Filters, any_word: bool) -> tuple[list[Hit], bool]:
    """Works matching the words (all, or any) and the filters by ts_rank: (hits, complete)."""
    conds, params = _pg_filters(filters)
    # plainto/websearch_to_tsquery parse any text safely: the words are data, never tsquery syntax
    parse = "websearch_to_tsquery('english', ?)" if any_word else "plainto_tsquery('english', ?)"
    q_params = [" or ".join(tokens) if any_word else " ".join(tokens)] if tokens else []
    match = [f"{PG_DOC} @@ {parse}"] if tokens else []
    rank = f"ts_rank({PG_DOC}, {parse})" if tokens else "0"
    rows = db.query(f"SELECT w.id, w.year, w.venue, w.type, {rank} AS r, f.field FROM works w"
                    f" LEFT JOIN serve_work_fields f ON f.work_id = w.id WHERE {' AND '.join(match + conds) or '1 = 1'}"
                    " ORDER BY r DESC, w.id LIMIT ?", [*q_params, *q_params, *params, CANDIDATES + 1])
    return [Hit(r[0], r[1], r[2], r[3], float(r[4]), r[5]) for r in rows[:CANDIDATES]], len(rows) <= CANDIDATES


def _pg_candidates(db: Dialect, tokens: list[str], filters: Filters) -> Candidates:
    """PostgreSQL full-text: the weighted tsvector of title and venue, ts_rank ordering, SQL filters."""
    hits, complete = _pg_query(db, tokens, filters, any_word=False)
    out = Candidates(hits=hits, mode="all words", complete=complete)
    if len(hits) < MIN_AND_HITS and len(tokens) > 1:
        more, out.complete = _pg_query(db, tokens, filters, any_word=True)
        _merge_any_word(out, more)
    out.total = len(out.hits)
    return out


def _merge_any_word(out: Candidates, more: list[Hit]) -> None:
    """Add any-word matches below the all-words matches (shared by both engines)."""
    seen = {h.work_id for h in out.hits}
    top = max((h.score for h in more), default=0.0)
    for h in out.hits:
        h.score += top  # works with every word stay above works with some
    out.hits += [h for h in more if h.work_id not in seen]
    out.mode = "all words, then any word" if seen else "any word"


def _pg_filters(filters: Filters) -> tuple[list[str], list[Any]]:
    conds: list[str] = []
    params: list[Any] = []
    if filters.year:
        conds.append("w.year = ?")
        params.append(int(filters.year))
    for column, expr in (("venue", "lower(w.venue)"), ("type", "lower(w.type)"), ("field", "lower(f.field)")):
        value = getattr(filters, column)
        if value:
            conds.append(f"{expr} = ?")
            params.append(str(value).strip().lower())
    return conds, params


def keyword(db: Dialect, tokens: list[str], filters: Filters) -> Candidates:
    """Works matching the words (all, else any) and the filters, best first."""
    if not tokens and not filters.active():
        return Candidates()
    return (_sqlite_candidates if db.name == "sqlite" else _pg_candidates)(db, tokens, filters)


def name_matches(db: Dialect, tokens: list[str], limit: int = 20) -> list[str]:
    """People whose name (or a variant the documents write) contains every word."""
    if not tokens:
        return []
    if db.name == "sqlite":
        expr = " AND ".join(f'"{t}"' for t in tokens)
        return [r[0] for r in db.query("SELECT m.person_id FROM serve_fts_people f JOIN serve_fts_person_ids m"
                                       " ON m.rowid = f.rowid WHERE serve_fts_people MATCH ? LIMIT ?",
                                       (expr, limit))]
    return [r[0] for r in db.query("SELECT id FROM persons WHERE to_tsvector('simple', name) @@"
                                   " plainto_tsquery('simple', ?) ORDER BY id LIMIT ?", (" ".join(tokens), limit))]


def metadata(db: Dialect, wids: list[str]) -> dict[str, Hit]:
    """Year, venue, type and field of the given works (score 0), for works found by meaning."""
    out: dict[str, Hit] = {}
    for chunk in chunks(wids):
        marks = ", ".join("?" for _ in chunk)
        for r in db.query("SELECT w.id, w.year, w.venue, w.type, f.field FROM works w LEFT JOIN"
                          f" serve_work_fields f ON f.work_id = w.id WHERE w.id IN ({marks})", chunk):
            out[r[0]] = Hit(r[0], r[1], r[2], r[3], 0.0, r[4])
    return out


def search(db: Dialect, query: str, filters: Filters | None = None, **kwargs: Any) -> dict[str, Any]:
    """Ranked works, people and facets (see ranking.search; kept here for existing callers)."""
    from .ranking import search as run

    return run(db, query, filters, **kwargs)
