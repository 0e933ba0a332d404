"""The blocking-key index (schema v3): written with each document, read by incremental resolution.

``work_keys`` files every claim under its content words, identifiers and (titles of at most two
content words) short-title words; ``work_terms`` counts claims per content word. A new entry's
candidates are the stored claims that hold one of its identifiers or short-title words, or both
words of one of its rare-word pairs (`resolve.blocking.entry_keys`, ranked by the library's
counts). The posting list walked for a pair is its rarer word's, and a pair whose rarer word
is held by more than POSTING_CAP claims is skipped (the full run likewise skips blocks of more
than 200), so the work per new entry does not grow with the library.

``person_keys`` files each person under the surname|initial block of its display name; it is
derived, written with the persons.
"""
from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from typing import Any

from .dialect import Dialect

POSTING_CAP = 2000
_PAGE = 5000


def claim_index_keys(pub: dict[str, Any]) -> set[tuple[str, str]]:
    """The (kind, key) rows one publication entry is filed under."""
    from ..resolve.blocking import index_keys
    from ..resolve.incremental import probe

    return index_keys(probe(pub))


def write_claim_keys(db: Dialect, rows: Iterable[tuple[str, int, dict[str, Any]]]) -> None:
    """File claims (document id, ord, publication) in work_keys and count their words in work_terms."""
    from ..resolve.blocking import index_keys
    from ..resolve.incremental import probe

    # `claim_index_keys`, with its imports done once per batch instead of once per claim; the rows
    # grouped by key and written in key order (sorting the distinct keys and each key's few claims
    # costs a third of sorting every row's 4-tuple)
    groups: dict[tuple[str, str], list[tuple[str, int]]] = {}
    for doc, ord_, pub in rows:
        for k in index_keys(probe(pub)):
            hit = groups.get(k)
            if hit is None:
                groups[k] = [(doc, ord_)]
            else:
                hit.append((doc, ord_))
    order = sorted(groups)
    db.executemany("INSERT INTO work_keys (kind, key, document_id, ord) VALUES (?, ?, ?, ?)",
                   [(kind, key, doc, ord_) for kind, key in order for doc, ord_ in sorted(groups[(kind, key)])])
    terms = [(key, len(groups[(kind, key)])) for kind, key in order if kind == "t"]  # one row per claim and key
    db.executemany("INSERT INTO work_terms (key, n) VALUES (?, ?)"
                   " ON CONFLICT (key) DO UPDATE SET n = work_terms.n + excluded.n", terms)


def person_key(name: str) -> str | None:
    """surname|first initial of a display name; None for a name without given names."""
    from ..resolve.incremental import person_block

    block = person_block(name)
    return f"{block[0]}|{block[1]}" if block else None


def person_key_rows(persons: Iterable[tuple[Any, ...]]) -> list[tuple[str, str]]:
    """person_keys rows for persons rows (id, name, ...)."""
    return [(k, pid) for pid, name, *_ in persons if (k := person_key(name))]


def backfill_keys(db: Dialect) -> None:
    """Fill the v3 key tables from a v2 database (the caller holds the write transaction)."""
    last: tuple[str, int] = ("", -1)
    while True:  # claims page by page, so memory stays bounded on a large library
        page = db.query("SELECT document_id, ord, title, links, venue_raw, note, doi FROM claims"
                        " WHERE document_id > ? OR (document_id = ? AND ord > ?) ORDER BY document_id, ord"
                        f" LIMIT {_PAGE}", (last[0], last[0], last[1]))
        if not page:
            break
        write_claim_keys(db, [(d, o, {"title": t, "links": json.loads(links or "[]"), "venue_raw": v, "note": n,
                                      "doi": doi}) for d, o, t, links, v, n, doi in page])
        last = (page[-1][0], page[-1][1])
    db.executemany("INSERT INTO person_keys (key, person_id) VALUES (?, ?)",
                   person_key_rows(db.query("SELECT id, name FROM persons")))


def write_person_keys(db: Dialect, persons: list[tuple[Any, ...]], replace: bool) -> None:
    """File persons rows under their blocks; `replace`: drop their old keys first (a name may change)."""
    if replace:
        db.executemany("DELETE FROM person_keys WHERE person_id = ?", [(p[0],) for p in persons])
    db.executemany("INSERT INTO person_keys (key, person_id) VALUES (?, ?)", person_key_rows(persons))


def term_counts(db: Dialect, words: Iterable[str]) -> Counter[str]:
    """How many stored claims hold each word."""
    from .resolution_rows import _chunked

    return Counter(dict(_chunked(db, "SELECT key, n FROM work_terms WHERE key IN ({})", sorted(set(words)))))


_PROBE = "CREATE TEMP TABLE IF NOT EXISTS probe_keys (kind TEXT NOT NULL, a TEXT NOT NULL, b TEXT NOT NULL)"
_CLAIM_COLS = ("c.document_id, c.ord, c.title, c.links, c.venue_raw, c.note, c.doi, w.work_id, c.section,"
               " c.authors, c.year, c.venue, c.type")
# CROSS JOIN with the conditions in WHERE: SQLite then keeps this join order (the probe table
# outermost, every other table by its primary key); PostgreSQL plans it from the probe table's stats
_SINGLES = (f"SELECT DISTINCT {_CLAIM_COLS} FROM probe_keys p CROSS JOIN work_keys k CROSS JOIN claims c"
            " CROSS JOIN work_claims w WHERE p.kind <> 't' AND k.kind = p.kind AND k.key = p.a"
            " AND c.document_id = k.document_id AND c.ord = k.ord"
            " AND w.document_id = c.document_id AND w.ord = c.ord")
_PAIRS = (f"SELECT DISTINCT {_CLAIM_COLS} FROM probe_keys p CROSS JOIN work_keys k CROSS JOIN work_keys o"
          " CROSS JOIN claims c CROSS JOIN work_claims w WHERE p.kind = 't' AND k.kind = 't' AND k.key = p.a"
          " AND o.kind = 't' AND o.key = p.b AND o.document_id = k.document_id AND o.ord = k.ord"
          " AND c.document_id = k.document_id AND c.ord = k.ord"
          " AND w.document_id = c.document_id AND w.ord = c.ord")


def probe_rows(entries: list[Any], df: Counter[str]) -> list[tuple[str, str, str]]:
    """(kind, a, b) look-ups for new entries: ids and short-title words alone, word pairs by the rarer word."""
    from ..resolve.blocking import entry_keys

    out: set[tuple[str, str, str]] = set()
    for e in entries:
        for key in entry_keys(e, df):
            if key[0] == "id":
                out.add(("i", str(key[1]), ""))
            elif key[0] == "word" or (key[0] == "words" and " " not in str(key[1])):
                out.add(("s", str(key[1]), ""))
            elif key[0] == "pair":
                a, b = sorted(key[1:], key=lambda w: (df.get(str(w), 0), str(w)))
                if df.get(str(a), 0) <= POSTING_CAP:
                    out.add(("t", str(a), str(b)))
    return sorted(out)


def candidate_claims(db: Dialect, entries: list[Any], df: Counter[str]) -> list[tuple[Any, ...]]:
    """Resolved stored claims that may share a blocking key with one of `entries`.

    Rows: document id, ord, title, links, venue_raw, note, doi, work id, section, authors, year,
    venue, type. The caller holds the write transaction (the probe table is per connection).
    """
    db.execute(_PROBE)
    db.execute("DELETE FROM probe_keys")
    db.executemany("INSERT INTO probe_keys (kind, a, b) VALUES (?, ?, ?)", probe_rows(entries, df))
    if db.name == "postgresql":
        db.execute("ANALYZE probe_keys")  # temporary tables get no statistics otherwise
    seen: dict[tuple[str, int], tuple[Any, ...]] = {}
    for sql in (_SINGLES, _PAIRS):
        for row in db.query(sql):
            seen.setdefault((row[0], row[1]), row)
    db.execute("DELETE FROM probe_keys")
    return [seen[k] for k in sorted(seen)]


def stored_person_candidates(db: Dialect, blocks: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    """(id, display name) of the stored persons filed under one of `blocks` (surname, initial)."""
    from .resolution_rows import _chunked

    keys = sorted({f"{s}|{i}" for s, i in blocks})
    return sorted(set(_chunked(db, "SELECT p.id, p.name FROM person_keys k JOIN persons p ON p.id = k.person_id"
                                   " WHERE k.key IN ({})", keys)))
