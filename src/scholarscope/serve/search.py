"""Keyword search over works and people: an FTS5 index in SQLite, PostgreSQL full-text on a server.

The SQLite index lives in the web app's own tables (``serve_fts_*``), built from the store's
works, authorships and persons. It is rebuilt when the library changes (a cheap fingerprint
of documents and resolution tables, checked at most every few seconds per process).

A query is split into words; works must contain all of them (any of them when that finds
too little), ranked by BM25 with the title weighted over authors and venue. People are
ranked by the summed relevance of their matching works, plus a bonus when their name matches.
"""
from __future__ import annotations

import re
import threading
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from ..store.dialect import Dialect

CANDIDATES = 2000          # ranked works considered by PostgreSQL
WINDOW = 3000              # matches ranked per query (newest first beyond this; see _fts_candidates)
COUNT_CAP = 200_000        # totals above this are reported as this (a lower bound)
PEOPLE_FROM = 300          # best works whose authors are ranked as people
MIN_AND_HITS = 5           # fewer than this with all words: retry with any word
_CHECK_EVERY_S = 3.0
_TOKENIZE = "tokenize = 'porter unicode61 remove_diacritics 2'"
_WORD = re.compile(r"\w+", re.UNICODE)
_lock = threading.Lock()
_checked: dict[str, float] = {}

_DDL = [
    "DROP TABLE IF EXISTS serve_fts_works",
    "DROP TABLE IF EXISTS serve_fts_work_ids",
    "DROP TABLE IF EXISTS serve_fts_people",
    "DROP TABLE IF EXISTS serve_fts_person_ids",
    f"CREATE VIRTUAL TABLE serve_fts_works USING fts5(title, authors, venue, year, type, {_TOKENIZE})",
    "CREATE TABLE serve_fts_work_ids (rowid INTEGER PRIMARY KEY, work_id TEXT NOT NULL,"
    " year INTEGER, venue TEXT, type TEXT)",
    f"CREATE VIRTUAL TABLE serve_fts_people USING fts5(name, variants, {_TOKENIZE})",
    "CREATE TABLE serve_fts_person_ids (rowid INTEGER PRIMARY KEY, person_id TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS serve_search_state (key TEXT PRIMARY KEY, value TEXT)",
]
_FILL = [
    "INSERT INTO serve_fts_work_ids (work_id, year, venue, type) SELECT id, year, venue, type FROM works"
    " ORDER BY COALESCE(year, 0) DESC, n_claims DESC, id",  # newest first: the order of partial ranking
    "INSERT INTO serve_fts_works (rowid, title, authors, venue, year, type)"
    " SELECT m.rowid, w.title, n.names, w.venue, CAST(w.year AS TEXT), w.type"
    " FROM serve_fts_work_ids m JOIN works w ON w.id = m.work_id LEFT JOIN"
    " (SELECT work_id, group_concat(name, ', ') AS names FROM"
    "  (SELECT DISTINCT work_id, name FROM authorships WHERE work_id IS NOT NULL) GROUP BY work_id) n"
    " ON n.work_id = m.work_id",
    "INSERT INTO serve_fts_works (serve_fts_works, rank) VALUES ('rank', 'bm25(10.0, 3.0, 2.0, 0.0, 0.0)')",
    "INSERT INTO serve_fts_person_ids (person_id) SELECT id FROM persons ORDER BY id",
    "INSERT INTO serve_fts_people (rowid, name, variants)"
    " SELECT m.rowid, p.name, v.names FROM serve_fts_person_ids m JOIN persons p ON p.id = m.person_id LEFT JOIN"
    " (SELECT person_id, group_concat(name, ', ') AS names FROM"
    "  (SELECT DISTINCT person_id, name FROM person_mentions) GROUP BY person_id) v ON v.person_id = m.person_id",
    "INSERT INTO serve_fts_works (serve_fts_works) VALUES ('optimize')",
]


@dataclass
class Filters:
    year: int | None = None
    venue: str | None = None
    type: str | None = None

    def active(self) -> dict[str, Any]:
        return {k: v for k, v in vars(self).items() if v not in (None, "")}


@dataclass
class Hit:
    work_id: str
    year: int | None
    venue: str | None
    type: str | None
    score: float


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
    """Cheap summary that changes when documents are added or the library is re-resolved."""
    docs = db.query("SELECT COUNT(*), MAX(ingested_at) FROM documents WHERE is_current = 1")[0]
    res = [db.query(f"SELECT MAX(rowid) FROM {t}")[0][0] for t in ("works", "persons", "authorships")]
    return "|".join(str(x) for x in (*docs, *res))


def build_index(db: Dialect) -> dict[str, Any]:
    """(Re)build the FTS5 tables from the store; returns the row counts and seconds taken."""
    t0 = time.perf_counter()

    def step() -> str:
        with db.write():
            fp = fingerprint(db)
            for stmt in _DDL + _FILL:
                db.execute(stmt)
            db.execute("INSERT INTO serve_search_state (key, value) VALUES ('fingerprint', ?)"
                       " ON CONFLICT (key) DO UPDATE SET value = excluded.value", (fp,))
            return fp

    db.retrying(step)
    n_works = db.query("SELECT COUNT(*) FROM serve_fts_work_ids")[0][0]
    n_people = db.query("SELECT COUNT(*) FROM serve_fts_person_ids")[0][0]
    return {"works": n_works, "people": n_people, "seconds": round(time.perf_counter() - t0, 3)}


def _stored_fingerprint(db: Dialect) -> str | None:
    try:
        rows = db.query("SELECT value FROM serve_search_state WHERE key = 'fingerprint'")
    except Exception:  # noqa: BLE001 - no state table yet
        return None
    return str(rows[0][0]) if rows else None


def ensure_index(db: Dialect, force: bool = False) -> bool:
    """Build the index if it is missing or stale; True when it was (re)built."""
    if db.name != "sqlite":
        return False
    now = time.monotonic()
    if not force and now - _checked.get(db.url, -1e9) < _CHECK_EVERY_S:
        return False
    with _lock:
        stale = force or _stored_fingerprint(db) != fingerprint(db)
        if stale:
            build_index(db)
        _checked[db.url] = time.monotonic()
        return stale


def forget_checks() -> None:
    """Make the next search re-check freshness (after this process changed the library)."""
    _checked.clear()


# ------------------------------------------------------------------ candidates

def _match_expr(tokens: list[str], joiner: str, filters: Filters) -> str:
    parts = [f"({joiner.join(chr(34) + t + chr(34) for t in tokens)})"] if tokens else []
    if filters.year:
        parts.append(f'year : "{int(filters.year)}"')
    for column in ("type", "venue"):
        value_words = words(getattr(filters, column) or "")
        if value_words:
            parts.append(f'{column} : "{" ".join(value_words)}"')
    return " AND ".join(parts)


def _fts_candidates(db: Dialect, expr: str) -> tuple[list[Hit], bool]:
    """Matches ranked by BM25. Up to WINDOW matches are ranked exactly; beyond that, the WINDOW
    most recent matches (the index is in newest-first order) are ranked: (hits, complete)."""
    rows = db.query(
        "SELECT m.work_id, m.year, m.venue, m.type, r.rank FROM"
        " (SELECT rowid, rank FROM serve_fts_works WHERE serve_fts_works MATCH ? LIMIT ?) r"
        " JOIN serve_fts_work_ids m ON m.rowid = r.rowid", (expr, WINDOW + 1))
    complete = len(rows) <= WINDOW
    hits = sorted((Hit(r[0], r[1], r[2], r[3], -float(r[4])) for r in rows[:WINDOW]), key=lambda h: -h.score)
    return hits, complete


def _exact(hits: list[Hit], filters: Filters) -> list[Hit]:
    venue = (filters.venue or "").strip().lower()
    typ = (filters.type or "").strip().lower()
    return [h for h in hits if (not venue or (h.venue or "").lower() == venue)
            and (not typ or (h.type or "").lower() == typ)
            and (not filters.year or h.year == int(filters.year))]


def _count(db: Dialect, expr: str) -> int:
    return int(db.query("SELECT COUNT(*) FROM (SELECT rowid FROM serve_fts_works WHERE serve_fts_works MATCH ?"
                        " LIMIT ?)", (expr, COUNT_CAP))[0][0])


def _sqlite_candidates(db: Dialect, tokens: list[str], filters: Filters) -> Candidates:
    ensure_index(db)
    if not tokens and not filters.active():
        return Candidates()
    expr = _match_expr(tokens, " AND ", filters)
    hits, complete = _fts_candidates(db, expr)
    out = Candidates(hits=_exact(hits, filters), mode="all words")
    out.total = len(out.hits) if complete else _count(db, expr)
    if len(out.hits) < MIN_AND_HITS and len(tokens) > 1:
        expr = _match_expr(tokens, " OR ", filters)
        more, complete = _fts_candidates(db, expr)
        seen = {h.work_id for h in out.hits}
        top = max((h.score for h in more), default=0.0)
        for h in out.hits:
            h.score += top  # works with every word stay above works with some
        extra = [h for h in _exact(more, filters) if h.work_id not in seen]
        out.hits += extra
        out.mode = "all words, then any word" if seen else "any word"
        out.total = len(out.hits) if complete else _count(db, expr)
    out.complete = complete
    return out


def _pg_candidates(db: Dialect, tokens: list[str], filters: Filters) -> Candidates:
    """PostgreSQL full-text: to_tsvector over title, venue and type; ts_rank ordering."""
    if not tokens and not filters.active():
        return Candidates()
    doc = "to_tsvector('english', coalesce(title, '') || ' ' || coalesce(venue, ''))"
    out = Candidates(mode="all words")
    for mode, joiner in (("all words", " & "), ("any word", " | ")):
        query = joiner.join(tokens) if tokens else ""
        cond = f"{doc} @@ to_tsquery('english', ?)" if query else "1 = 1"
        params: list[Any] = [query] if query else []
        rank = f"ts_rank({doc}, to_tsquery('english', ?))" if query else "0"
        rows = db.query(f"SELECT id, year, venue, type, {rank} AS r FROM works WHERE {cond}"
                        " ORDER BY r DESC, id LIMIT ?", [*params, *params, CANDIDATES])
        out.hits, out.mode = _exact([Hit(r[0], r[1], r[2], r[3], float(r[4])) for r in rows], filters), mode
        if len(out.hits) >= MIN_AND_HITS or len(tokens) < 2:
            break
    out.total = len(out.hits)
    return out


# ------------------------------------------------------------------ results

def _chunks(items: list[str], n: int = 500) -> list[list[str]]:
    return [items[i:i + n] for i in range(0, len(items), n)]


def _work_rows(db: Dialect, ids: list[str]) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for chunk in _chunks(ids):
        marks = ", ".join("?" for _ in chunk)
        for r in db.query(f"SELECT id, title, year, venue, type, n_claims FROM works WHERE id IN ({marks})", chunk):
            out[r[0]] = {"id": r[0], "title": r[1], "year": r[2], "venue": r[3], "type": r[4],
                         "n_claims": r[5], "authors": []}
        seen: dict[str, tuple[str, int]] = {}
        for wid, doc, ord_, name, pid in db.query(
                "SELECT work_id, document_id, ord, name, person_id FROM authorships"
                f" WHERE work_id IN ({marks}) ORDER BY work_id, document_id, ord, position", chunk):
            if seen.setdefault(wid, (doc, ord_)) == (doc, ord_) and wid in out:
                out[wid]["authors"].append({"name": name, "person_id": pid})
    return out


def _people(db: Dialect, hits: list[Hit], tokens: list[str], limit: int) -> list[dict[str, Any]]:
    """People ranked by the summed relevance of their matching works (+ a name-match bonus)."""
    score: dict[str, float] = defaultdict(float)
    matched: dict[str, list[Hit]] = defaultdict(list)
    by_id = {h.work_id: h for h in hits[:PEOPLE_FROM]}
    for chunk in _chunks(list(by_id)):
        marks = ", ".join("?" for _ in chunk)
        for wid, pid in db.query("SELECT DISTINCT work_id, person_id FROM authorships"
                                 f" WHERE work_id IN ({marks}) AND person_id IS NOT NULL", chunk):
            score[pid] += by_id[wid].score
            matched[pid].append(by_id[wid])
    name_hits: set[str] = set()
    if tokens and db.name == "sqlite":
        expr = " AND ".join(f'"{t}"' for t in tokens)
        top = max(score.values(), default=1.0)
        for (pid,) in db.query("SELECT m.person_id FROM serve_fts_people f JOIN serve_fts_person_ids m"
                               " ON m.rowid = f.rowid WHERE serve_fts_people MATCH ? LIMIT 20", (expr,)):
            score[pid] += top
            name_hits.add(pid)
    ranked = sorted(score, key=lambda p: (-score[p], p))[:limit]
    names = _names(db, ranked)
    best = {p: sorted(matched[p], key=lambda h: -h.score)[:5] for p in ranked}
    titles = _work_rows(db, sorted({h.work_id for p in ranked for h in best[p]}))
    return [{"id": p, "name": names.get(p, p), "score": round(score[p], 3), "name_match": p in name_hits,
             "matching_works": len(matched[p]),
             "works": [{"id": h.work_id, "title": titles.get(h.work_id, {}).get("title"), "year": h.year,
                        "score": round(h.score, 3)} for h in best[p]]}
            for p in ranked]


def _names(db: Dialect, ids: list[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for chunk in _chunks(ids):
        marks = ", ".join("?" for _ in chunk)
        out.update({r[0]: r[1] for r in db.query(f"SELECT id, name FROM persons WHERE id IN ({marks})", chunk)})
    return out


def _facets(hits: list[Hit]) -> dict[str, list[dict[str, Any]]]:
    years = Counter(h.year for h in hits if h.year)
    venues = Counter(h.venue for h in hits if h.venue)
    types = Counter(h.type for h in hits if h.type)
    return {"year": [{"value": y, "count": n} for y, n in sorted(years.items(), reverse=True)],
            "venue": [{"value": v, "count": n} for v, n in venues.most_common(15)],
            "type": [{"value": t, "count": n} for t, n in types.most_common()]}


def search(db: Dialect, query: str, filters: Filters | None = None, *, limit: int = 20, offset: int = 0,
           people_limit: int = 10) -> dict[str, Any]:
    """Ranked works (one page), ranked people with their matching works, and facets."""
    filters = filters or Filters()
    tokens = words(query)
    cands = (_sqlite_candidates if db.name == "sqlite" else _pg_candidates)(db, tokens, filters)
    page = cands.hits[offset:offset + limit]
    rows = _work_rows(db, [h.work_id for h in page])
    works = [dict(rows[h.work_id], score=round(h.score, 3)) for h in page if h.work_id in rows]
    return {"query": query, "words": tokens, "filters": filters.active(), "mode": cands.mode,
            "total": cands.total, "ranked_all_matches": cands.complete, "considered": len(cands.hits), "offset": offset, "limit": limit,
            "works": works, "people": _people(db, cands.hits, tokens, people_limit),
            "facets": _facets(cands.hits)}
