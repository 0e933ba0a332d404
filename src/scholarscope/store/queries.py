"""The read side of the store: people, one person's view, works, and clusters for the scorer."""
from __future__ import annotations

import json
from collections import defaultdict
from typing import Any

from ..errors import ScholarscopeError
from .dialect import Dialect
from .repository import fold


class PersonNotFound(ScholarscopeError):
    """No person, or more than one, matches the query."""

    def __init__(self, query: str, candidates: list[dict[str, Any]]) -> None:
        self.query = query
        self.candidates = candidates
        if candidates:
            names = "; ".join(f"{c['id']} {c['name']}" for c in candidates[:10])
            super().__init__(f"{query!r} matches {len(candidates)} persons: {names}")
        else:
            super().__init__(f"no person matches {query!r}")


def people(db: Dialect) -> list[dict[str, Any]]:
    """Every person with the number of documents and works they appear in, most works first."""
    rows = db.query(
        "SELECT p.id, p.name, p.n_docs, COUNT(DISTINCT a.work_id) FROM persons p"
        " LEFT JOIN authorships a ON a.person_id = p.id GROUP BY p.id, p.name, p.n_docs"
        " ORDER BY COUNT(DISTINCT a.work_id) DESC, p.name, p.id")
    return [{"id": r[0], "name": r[1], "documents": r[2], "works": r[3]} for r in rows]


def find_person(db: Dialect, query: str) -> str:
    """A person id from an id, a full name (any case/accents/variant as written) or a unique part of one."""
    if db.query("SELECT id FROM persons WHERE id = ?", (query,)):
        return query
    key = fold(query)
    ids = [r[0] for r in db.query("SELECT id FROM persons WHERE search_key = ? ORDER BY id", (key,))]
    if not ids:
        rows = db.query("SELECT DISTINCT person_id, name FROM person_mentions")
        ids = sorted({pid for pid, name in rows if fold(name) == key})
    if not ids:
        rows = db.query("SELECT id, search_key FROM persons")
        ids = sorted({pid for pid, sk in rows if key and key in (sk or "")})
    if len(ids) == 1:
        return ids[0]
    # several namesakes: the one with most works wins only if it is the owner of a document
    cands = [p for p in people(db) if p["id"] in set(ids)]
    raise PersonNotFound(query, cands)


def author_role(authors: list[str], pos: int, equal: list[int], note: str | None) -> str:
    """first / equal-first / last / middle / alphabetical, from one author list."""
    from ..resolve.names import parse_name

    n = len(authors)
    if "alphabetical" in (note or "").lower():
        return "alphabetical"
    surnames = [fold(parse_name(a).surname) for a in authors]
    if n >= 4 and all(surnames) and surnames == sorted(surnames):
        return "alphabetical"  # four or more names in surname order: almost surely alphabetical
    if pos in equal and 0 in equal and len(equal) > 1:
        return "equal-first"
    if pos == 0:
        return "first" if n > 1 else "sole"
    return "last" if pos == n - 1 else "middle"


def _claims_of_works(db: Dialect, work_ids: list[str]) -> dict[str, list[dict[str, Any]]]:
    """Work id -> its claims (one per document entry) with their source documents."""
    out: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for chunk in (work_ids[i:i + 500] for i in range(0, len(work_ids), 500)):
        marks = ", ".join("?" for _ in chunk)
        rows = db.query(
            "SELECT wc.work_id, c.document_id, c.ord, d.name, c.section, c.idx, c.title, c.authors, c.equal_marked,"
            " c.venue, c.venue_raw, c.year, c.type, c.flags, c.links, c.note, c.doi, c.span_start, c.span_end"
            " FROM work_claims wc JOIN claims c ON c.document_id = wc.document_id AND c.ord = wc.ord"
            f" JOIN documents d ON d.id = c.document_id WHERE wc.work_id IN ({marks})"
            " ORDER BY d.name, c.ord", chunk)
        for r in rows:
            out[r[0]].append({
                "document_id": r[1], "ord": r[2], "document": r[3], "section": r[4], "index": r[5], "title": r[6],
                "authors": json.loads(r[7] or "[]"), "equal_marked": json.loads(r[8] or "[]"), "venue": r[9],
                "venue_raw": r[10], "year": r[11], "type": r[12], "flags": json.loads(r[13] or "[]"),
                "links": json.loads(r[14] or "[]"), "note": r[15], "doi": r[16],
                "span": [r[17], r[18]] if r[17] is not None else None})
    return out


def works(db: Dialect, person: str | None = None) -> list[dict[str, Any]]:
    """Works (optionally one person's), newest first, each with its sources."""
    if person:
        rows = db.query("SELECT DISTINCT w.id, w.title, w.year, w.venue, w.type, w.n_claims FROM works w"
                        " JOIN authorships a ON a.work_id = w.id WHERE a.person_id = ?", (person,))
    else:
        rows = db.query("SELECT id, title, year, venue, type, n_claims FROM works")
    claims = _claims_of_works(db, [r[0] for r in rows])
    out = [{"id": r[0], "title": r[1], "year": r[2], "venue": r[3], "type": r[4], "n_claims": r[5],
            "sources": sorted({c["document"] for c in claims[r[0]]}), "claims": claims[r[0]]} for r in rows]
    return sorted(out, key=lambda w: (-(w["year"] or 0), w["title"] or ""))


def clusters(db: Dialect) -> dict[str, list[list[str]]]:
    """score_clusters.py's prediction: paper keys '<doc>:<section>:<index>', mentions '<doc>|<name>'."""
    from .repository import doc_labels, StoredDoc

    docs = [StoredDoc(r[0], "", r[1], {}) for r in db.query("SELECT id, name FROM documents WHERE is_current = 1")]
    labels = doc_labels(docs)
    papers: dict[str, list[str]] = defaultdict(list)
    for wid, doc_id, section, idx in db.query(
            "SELECT wc.work_id, c.document_id, c.section, c.idx FROM work_claims wc"
            " JOIN claims c ON c.document_id = wc.document_id AND c.ord = wc.ord"):
        papers[wid].append(f"{labels.get(doc_id, doc_id)}:{section}:{idx}")
    people: dict[str, set[str]] = defaultdict(set)
    for pid, doc_id, name in db.query("SELECT person_id, document_id, name FROM person_mentions"):
        people[pid].add(f"{labels.get(doc_id, doc_id)}|{name}")
    return {"papers": sorted(sorted(g) for g in papers.values() if len(g) > 1),
            "people": sorted(sorted(g) for g in people.values() if len(g) > 1)}
