"""Works for the streaming full resolution (store/stream.py): scored pairs, never groups.

`cluster_works` over the whole library compares the pairs of entries that share a blocking key
(`resolve.blocking.entry_keys` with the library's word counts; keys of more than MAX_BLOCK
entries skipped) and pass the filter, then unites merged pairs greedily, best score first,
refusing a union that would join a cannot-link pair or two entries of one list. Here:

1. every entry goes to a temporary table (what `compare_entries` reads, as JSON) and its keys
   to another; read back sorted by key, each block gives its pairs;
2. each distinct pair is scored once and its decision kept in a temporary table (rule and
   evidence only where a stored row may need them: merged, or score >= 0.5);
3. merged pairs link entries into components (union-find over two int arrays); a refusal can
   only involve a merged pair inside one component, so the greedy union runs one component at
   a time, in the same order (score descending, then entry order), and gives the same works;
4. works, claims and decisions are written from the tables.

Shared keys can chain most of a synthetic library into one key-connected group, but merged
pairs are true duplicates: memory holds one chunk of documents, one block, one component and
the int arrays, whatever the library size. Every decision row is the one `cluster_works` writes.
"""
from __future__ import annotations

import json
import logging
import marshal
from array import array
from collections.abc import Iterator
from typing import Any

from ..resolve.works import WorkEntry
from .dialect import Dialect
from .repository import StoredDoc, stable_id
from .resolution_rows import _insert, _representative

log = logging.getLogger(__name__)
MAX_BLOCK = 200
_KEEP = 0.5  # cluster_works keeps a decision on its work when it merged or scored this much
_TEXT_FROM = _KEEP  # decisions scoring less keep no text: a row that needs it decides again
_SEP = "\x1f"
_EVIDENCE = json.JSONEncoder(ensure_ascii=False, default=str)  # json.dumps built one per call: half its cost here
_TEMP = {
    # title, year, venue, kind: a work of one entry is written from them without decoding rec
    # (rec: the entry in `marshal` bytes, several times cheaper to read back than JSON; BYTEA is
    # PostgreSQL's binary type, SQLite keeps the bytes as they are)
    "stream_entries": ("i INTEGER PRIMARY KEY, doc_id TEXT NOT NULL, ord INTEGER NOT NULL, rec BYTEA NOT NULL,"
                       " title TEXT NOT NULL, year INTEGER, venue TEXT, kind TEXT"),
    "stream_keys": "key TEXT NOT NULL, i INTEGER NOT NULL",
    "stream_pairs": "x INTEGER NOT NULL, y INTEGER NOT NULL",
    "stream_dec": ("x INTEGER NOT NULL, y INTEGER NOT NULL, score DOUBLE PRECISION NOT NULL, merged INTEGER NOT NULL,"
                   " hard INTEGER NOT NULL, a TEXT, b TEXT, rule TEXT, evidence TEXT"),
    "stream_comp": "i INTEGER PRIMARY KEY, c INTEGER NOT NULL",
    "stream_final": "i INTEGER PRIMARY KEY, c INTEGER NOT NULL",
    "stream_wid": "c INTEGER PRIMARY KEY, wid TEXT NOT NULL",
    "stream_refused": "x INTEGER NOT NULL, y INTEGER NOT NULL, PRIMARY KEY (x, y)",
}
_FIELDS = ("key", "doc", "section", "title", "norm_title", "tokens", "authors", "year", "venue", "kind", "ids",
           "markers", "main_tokens", "author_keys")


def _temp_tables(db: Dialect) -> None:
    for name, cols in _TEMP.items():  # constant names and columns
        db.execute(f"CREATE TEMP TABLE IF NOT EXISTS {name} ({cols})")
        db.execute(f"DELETE FROM {name}")


def _rec(e: Any) -> bytes:
    """An entry as bytes for the temporary table: the values of _FIELDS, frozensets as sorted tuples
    (as `_entry` rebuilds them), each attribute read by name (a generator over _FIELDS cost 3x)."""
    return marshal.dumps((e.key, e.doc, e.section, e.title, e.norm_title, e.tokens, e.authors, e.year, e.venue,
                          e.kind, tuple(sorted(e.ids)), tuple(sorted(e.markers)), tuple(sorted(e.main_tokens)),
                          tuple(sorted(e.author_keys))))


def _entry(data: bytes) -> Any:
    v = marshal.loads(data)
    return WorkEntry(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], frozenset(v[10]),
                     frozenset(v[11]), frozenset(v[12]), frozenset(v[13]))


def _runs(pages: Iterator[list[tuple[Any, ...]]]) -> Iterator[tuple[Any, list[tuple[Any, ...]]]]:
    """Consecutive rows with the same first column, as (value, rows)."""
    current: Any = None
    run: list[tuple[Any, ...]] = []
    for rows in pages:
        for row in rows:
            if run and row[0] != current:
                yield current, run
                run = []
            current = row[0]
            run.append(row)
    if run:
        yield current, run


def _find(parent: array, x: int) -> int:
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x


def resolve_works_streaming(db: Dialect, chunks: Iterator[tuple[list[int], list[tuple[Any, ...]], list[tuple[str, int]]]],
                            df: Any, total: int | None = None) -> array:
    """works, work_claims and work decisions for every entry of `chunks` (`filed_entries` of each chunk
    of documents); `df` and `total`: the library's word counts and entry count, as blocking uses them.

    Returns each entry's work as a number (the work's first entry): equal numbers, one work."""
    from .stream import _Clock

    _temp_tables(db)
    clock = _Clock()
    lists = _file_entries(db, chunks, df, total)
    clock.lap("entries")
    for name, step in (("pairs", lambda: _block_pairs(db)), ("scores", lambda: _score_pairs(db)),
                       ("components", lambda: _components(db, len(lists))),
                       ("union", lambda: _cluster_components(db, lists)), ("works", lambda: _write_works(db)),
                       ("decisions", lambda: _write_decisions(db))):
        step()
        clock.lap(name)
    scored, merged = db.query("SELECT COUNT(*), COALESCE(SUM(merged), 0) FROM stream_dec")[0]
    work = array("q", range(len(lists)))
    for page in db.stream("SELECT i, c FROM stream_final"):
        for i, c in page:
            work[i] = c
    _temp_tables(db)
    log.info("works of %d entries (%d candidate pairs scored, %d merged): %s", len(lists), scored, merged, clock)
    return work


def filed_entries(docs: list[StoredDoc], entries: list[Any], df: Any,
                  total: int | None) -> tuple[list[int], list[tuple[Any, ...]], list[tuple[str, int]]]:
    """What `_file_entries` writes for one chunk of documents, its entries numbered from 0: each
    entry's list (its list's first entry), the stream_entries rows and the stream_keys rows."""
    from ..resolve.blocking import entry_keys

    at = [(d.id, o) for d in docs for o in range(len(d.profile.get("publications") or []))]
    first: dict[tuple[str, str], int] = {}
    lists = [first.setdefault((e.doc, e.section), j) for j, e in enumerate(entries)]
    rows = [(j, *at[j], _rec(e), e.title, e.year, e.venue, e.kind) for j, e in enumerate(entries)]
    keys = [(_SEP.join(k), j) for j, e in enumerate(entries) for k in entry_keys(e, df, total=total)]
    return lists, rows, keys


def _file_entries(db: Dialect, chunks: Iterator[tuple[list[int], list[tuple[Any, ...]], list[tuple[str, int]]]],
                  df: Any, total: int | None) -> array:
    """Entries and their keys to the temporary tables; returns each entry's list (its first entry's number).

    `chunks`: `filed_entries` of each chunk of documents, in order."""
    lists = array("q")
    for firsts, rows, keys in chunks:
        n = len(lists)
        lists.extend(n + f for f in firsts)
        # the chunk's numbers start at 0: the database adds the offset (an int of ours, never input),
        # so the millions of key rows are not rebuilt here
        db.executemany("INSERT INTO stream_entries (i, doc_id, ord, rec, title, year, venue, kind)"
                       f" VALUES (? + {n:d}, ?, ?, ?, ?, ?, ?, ?)", rows)
        db.executemany(f"INSERT INTO stream_keys (key, i) VALUES (?, ? + {n:d})", keys)
    return lists


SEEN_CAP = 1_000_000  # distinct pairs remembered at once to drop repeats, ~70 MB (then forgotten: SQL still
#                      makes them distinct)


def _block_pairs(db: Dialect) -> None:
    """Every pair of entries in a block of 2 to MAX_BLOCK entries, each once while SEEN_CAP pairs are
    remembered (a pair of duplicate titles shares most of its ~10 keys: the repeats were 9 rows in 10)."""
    pending: list[tuple[int, int]] = []
    seen: set[int] = set()  # x << 32 | y: an int costs half a tuple of two
    key: Any = None
    members: list[int] = []
    for rows in db.stream("SELECT key, i FROM stream_keys ORDER BY key, i"):
        for k, i in rows:  # one loop over the sorted rows: most keys are held by one entry only
            if k == key:
                members.append(i)
                continue
            if 1 < len(members) <= MAX_BLOCK:
                _new_pairs(members, seen, pending)
            key, members = k, [i]
        if len(pending) >= 50_000:
            db.executemany("INSERT INTO stream_pairs (x, y) VALUES (?, ?)", pending)
            pending = []
            if len(seen) >= SEEN_CAP:
                seen.clear()
    if 1 < len(members) <= MAX_BLOCK:
        _new_pairs(members, seen, pending)
    db.executemany("INSERT INTO stream_pairs (x, y) VALUES (?, ?)", pending)
    db.execute("DELETE FROM stream_keys")


def _new_pairs(members: list[int], seen: set[int], out: list[tuple[int, int]]) -> None:
    """The pairs (x < y: members ascend) of one block not in `seen` (as x << 32 | y), added to both."""
    for k, x in enumerate(members):
        high = x << 32
        for y in members[k + 1:]:
            if (high | y) not in seen:
                seen.add(high | y)
                out.append((x, y))


def _score_pairs(db: Dialect) -> None:
    """Each distinct pair that passes the blocking filter, scored once; its decision to stream_dec.

    Pages of pairs are scored in worker processes when the library is large (`parallel.ordered_map`:
    pure work, results in page order, so the rows are those of one process).
    """
    from .parallel import ordered_map, workers_for

    n = db.query("SELECT COUNT(*) FROM stream_pairs")[0][0]
    sql = ("SELECT p.x, p.y, a.rec, b.rec FROM (SELECT DISTINCT x, y FROM stream_pairs) p"
           " JOIN stream_entries a ON a.i = p.x JOIN stream_entries b ON b.i = p.y ORDER BY p.x, p.y")
    for rows in ordered_map(_score_page, db.stream(sql), workers_for(n)):
        db.executemany("INSERT INTO stream_dec (x, y, score, merged, hard, a, b, rule, evidence)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    db.execute("DELETE FROM stream_pairs")


def _score_page(page: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    """stream_dec rows of one page of (x, y, rec of x, rec of y), sorted by x: the pairs that pass the filter."""
    from ..resolve.blocking import _passes
    from ..resolve.works import compare_entries, is_hard_no

    rows = []
    last: tuple[int, Any] = (-1, None)
    for x, y, ra, rb in page:
        if last[0] != x:
            last = (x, _entry(ra))
        a, b = last[1], _entry(rb)
        if not _passes(a, b):
            continue
        d = compare_entries(a, b)
        keep = d.merged or d.score >= _TEXT_FROM
        text = (d.a, d.b, d.rule, _EVIDENCE.encode(d.evidence)) if keep else (None,) * 4
        rows.append((x, y, d.score, int(d.merged), int(is_hard_no(d)), *text))
    return rows


def _components(db: Dialect, n: int) -> None:
    """stream_comp: the entries joined to others by merged pairs, each with its component (smallest entry)."""
    parent = array("q", range(n))
    for page in db.stream("SELECT x, y FROM stream_dec WHERE merged = 1"):
        for x, y in page:
            a, b = _find(parent, x), _find(parent, y)
            parent[max(a, b)] = min(a, b)
    linked = bytearray(n)
    for i in range(n):
        r = _find(parent, i)
        if r != i:
            linked[i] = linked[r] = 1
    rows: list[tuple[int, int]] = []
    for i in range(n):
        if linked[i]:
            rows.append((i, parent[i]))
        if len(rows) >= 50_000:
            db.executemany("INSERT INTO stream_comp (i, c) VALUES (?, ?)", rows)
            rows = []
    db.executemany("INSERT INTO stream_comp (i, c) VALUES (?, ?)", rows)


def _cluster_components(db: Dialect, lists: array) -> None:
    """The greedy union of `cluster_works`, one component at a time: stream_final and stream_refused."""
    from ..resolve.works import _Clusters

    sql = ("SELECT cx.c, d.x, d.y, d.merged FROM stream_dec d JOIN stream_comp cx ON cx.i = d.x"
           " JOIN stream_comp cy ON cy.i = d.y WHERE cx.c = cy.c AND (d.merged = 1 OR d.hard = 1)"
           " ORDER BY cx.c, d.score DESC, d.x, d.y")
    final: list[tuple[int, int]] = []
    refused: list[tuple[int, int]] = []
    for _, rows in _runs(db.stream(sql)):
        ids = sorted({r[1] for r in rows} | {r[2] for r in rows})
        local = {g: k for k, g in enumerate(ids)}  # order kept: (min, max) pairs stay (min, max)
        uf = _Clusters([lists[g] for g in ids])
        uf.cannot = {(local[x], local[y]) for _, x, y, merged in rows if not merged}
        refused += [(x, y) for _, x, y, merged in rows if merged and not uf.union(local[x], local[y])]
        groups: dict[int, list[int]] = {}
        for g in ids:
            groups.setdefault(uf.find(local[g]), []).append(g)
        final += [(g, members[0]) for members in groups.values() if len(members) > 1 for g in members]
        if len(final) >= 50_000:
            db.executemany("INSERT INTO stream_final (i, c) VALUES (?, ?)", final)
            final = []
    db.executemany("INSERT INTO stream_final (i, c) VALUES (?, ?)", final)
    db.executemany("INSERT INTO stream_refused (x, y) VALUES (?, ?)", refused)


def _work_row(wid: str, entries: list[tuple[Any, ...]]) -> tuple[Any, ...]:
    """The works row of these member entries, each (title, year, venue, kind): the longest title; year,
    venue and type of the representative."""
    rep = _representative([{"type": kind, "venue": venue, "year": year} for _, year, venue, kind in entries])
    return (wid, max((e[0] for e in entries), key=len), rep["year"] if isinstance(rep["year"], int) else None,
            rep["venue"], rep["type"], len(entries))


def _write_works(db: Dialect) -> None:
    """works and work_claims: the clusters of stream_final, then every other entry alone."""
    rows: dict[str, list[tuple[Any, ...]]] = {"works": [], "work_claims": [], "stream_wid": []}
    # the entries' own columns: their records need no decoding here
    sql = ("SELECT f.c, f.i, e.doc_id, e.ord, e.title, e.year, e.venue, e.kind FROM stream_final f"
           " JOIN stream_entries e ON e.i = f.i ORDER BY f.c, f.i")
    for c, members in _runs(db.stream(sql)):
        wid = stable_id("W", min(f"{m[2]}:{m[3]:06d}" for m in members))
        rows["works"].append(_work_row(wid, [m[4:] for m in members]))
        rows["work_claims"] += [(m[2], m[3], wid) for m in members]
        rows["stream_wid"].append((c, wid))
        _flush(db, rows)
    sql = ("SELECT e.doc_id, e.ord, e.title, e.year, e.venue, e.kind FROM stream_entries e"
           " WHERE NOT EXISTS (SELECT 1 FROM stream_final f WHERE f.i = e.i)")
    for page in db.stream(sql):
        for d, o, title, year, venue, kind in page:
            wid = stable_id("W", f"{d}:{o:06d}")
            rows["works"].append((wid, title, year, venue, kind, 1))  # `_work_row` of one entry
            rows["work_claims"].append((d, o, wid))
        _flush(db, rows)
    _flush(db, rows, 0)


_COLUMNS = {"works": ("id", "title", "year", "venue", "type", "n_claims"),
            "work_claims": ("document_id", "ord", "work_id"), "stream_wid": ("c", "wid"),
            "merge_decisions": ("kind", "cluster_id", "seq", "a", "b", "merged", "score", "rule", "evidence")}


def _flush(db: Dialect, rows: dict[str, list[tuple[Any, ...]]], at_least: int = 20_000) -> None:
    """Insert every table's rows, in order (claims after their works), once one table has `at_least`."""
    if any(len(batch) >= at_least for batch in rows.values()):
        for table, batch in rows.items():
            _insert(db, table, _COLUMNS[table], batch)
            batch.clear()


def _write_decisions(db: Dialect) -> None:
    """merge_decisions of works: a pair's decision goes to the work of its first entry when it scored
    _KEEP or more or both entries ended in that work (numbered in entry order, as `cluster_works`)."""
    from ..resolve.works import REFUSED

    sql = ("SELECT COALESCE(fx.c, d.x) AS c, d.x, d.y, d.score, d.merged, d.a, d.b, d.rule, d.evidence, w.wid,"
           " e.doc_id, e.ord, r.x FROM stream_dec d LEFT JOIN stream_final fx ON fx.i = d.x LEFT JOIN stream_final fy ON fy.i = d.y"
           " LEFT JOIN stream_wid w ON w.c = fx.c LEFT JOIN stream_refused r ON r.x = d.x AND r.y = d.y"
           " JOIN stream_entries e ON e.i = d.x"
           " WHERE d.score >= ? OR fx.c = fy.c ORDER BY c, d.x, d.y")
    rows: dict[str, list[tuple[Any, ...]]] = {"merge_decisions": []}
    for _, group in _runs(db.stream(sql, (_KEEP,))):
        for seq, (_, x, y, score, merged, a, b, rule, evidence, wid, doc, ord_, refused) in enumerate(group):
            wid = wid or stable_id("W", f"{doc}:{ord_:06d}")
            if rule is None:  # kept only because both entries ended in one work: decide again
                a, b, rule, evidence = _decision(db, x, y)
            if refused is not None:
                merged, rule = 0, rule + REFUSED
            rows["merge_decisions"].append(("work", wid, seq, a, b, merged, score, rule, evidence))
        _flush(db, rows)
    _flush(db, rows, 0)


def _decision(db: Dialect, x: int, y: int) -> tuple[str, str, str, str]:
    """Entry keys, rule and evidence of a pair, decided again (the same inputs give the same decision)."""
    from ..resolve.works import compare_entries

    recs = dict(db.query("SELECT i, rec FROM stream_entries WHERE i IN (?, ?)", (x, y)))
    d = compare_entries(_entry(recs[x]), _entry(recs[y]))
    return d.a, d.b, d.rule, _EVIDENCE.encode(d.evidence)
