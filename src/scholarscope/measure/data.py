"""The inputs of the measures, as plain in-memory records read from the store.

A ``WorkRecord`` is one resolved work (preprint and published versions already merged by the
store's resolver) with every claim that states it, the person's author positions in each claim,
and the work's enriched values. Metrics are pure functions over lists of these records, so the
benchmark and the tests can build them without a database.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from ..enrich.store import Enriched
from ..enrich.store import load as load_enrichment
from ..store.dialect import Dialect


@dataclass
class ClaimRecord:
    """One document's statement of a work (a row of ``claims``) and the person's place in it."""

    document: str
    document_id: str
    ord: int
    title: str | None
    authors: list[str]
    equal_marked: list[int] = field(default_factory=list)
    positions: list[int] = field(default_factory=list)   # the person's positions (0-based) in ``authors``
    venue: str | None = None
    year: int | None = None
    type: str | None = None
    flags: list[str] = field(default_factory=list)
    note: str | None = None
    doi: str | None = None
    links: list[str] = field(default_factory=list)
    truncated: bool = False       # the list ends in "et al." (from the stored profile)
    category: str | None = None   # a category the document itself states (profile pages)
    owned: bool = False           # the person owns the document this claim is in

    @property
    def ref(self) -> str:
        return f"{self.document}#{self.ord}"


@dataclass
class WorkRecord:
    id: str
    title: str | None
    year: int | None
    venue: str | None
    type: str | None
    claims: list[ClaimRecord] = field(default_factory=list)
    enriched: list[Enriched] = field(default_factory=list)

    def enriched_value(self, fld: str, sources: list[str] | None = None) -> Enriched | None:
        """The enriched value of ``fld`` from the first source in ``sources`` that has one."""
        hits = [e for e in self.enriched if e.field == fld]
        if sources:
            order = {s: i for i, s in enumerate(sources)}
            hits = sorted((e for e in hits if e.source in order), key=lambda e: order[e.source])
        return hits[0] if hits else None


@dataclass
class PersonRecord:
    id: str
    name: str
    works: list[WorkRecord]


def _profiles(db: Dialect, doc_ids: list[str]) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for i in range(0, len(doc_ids), 200):
        chunk = doc_ids[i:i + 200]
        marks = ", ".join("?" for _ in chunk)
        for did, prof in db.query(f"SELECT id, profile FROM documents WHERE id IN ({marks})", chunk):
            out[did] = json.loads(prof)
    return out


def _claim(c: dict[str, Any], positions: list[int], prof: dict[str, Any], owned: bool) -> ClaimRecord:
    pubs = prof.get("publications") or []
    pub = pubs[c["ord"]] if 0 <= c["ord"] < len(pubs) else {}
    return ClaimRecord(
        document=c["document"], document_id=c["document_id"], ord=c["ord"], title=c["title"],
        authors=list(c["authors"]), equal_marked=list(c["equal_marked"]), positions=sorted(positions),
        venue=c["venue"], year=c["year"], type=c["type"], flags=list(c["flags"]), note=c["note"],
        doi=c["doi"], links=list(c["links"]), truncated=bool(pub.get("authors_truncated")),
        category=pub.get("category"), owned=owned)


def load_person(db: Dialect, pid: str) -> PersonRecord:
    """One person's resolved works with claims, author positions and enrichment."""
    from ..store.queries import works as query_works

    name = db.query("SELECT name FROM persons WHERE id = ?", (pid,))
    positions: dict[tuple[str, int], list[int]] = {}
    for doc_id, ord_, pos in db.query("SELECT document_id, ord, position FROM authorships WHERE person_id = ?",
                                      (pid,)):
        positions.setdefault((doc_id, ord_), []).append(pos)
    owned = {r[0] for r in db.query("SELECT DISTINCT document_id FROM person_mentions WHERE person_id = ?"
                                    " AND role = 'owner'", (pid,))}
    rows = query_works(db, pid)
    profiles = _profiles(db, sorted({c["document_id"] for w in rows for c in w["claims"]}))
    enriched = load_enrichment(db, [w["id"] for w in rows])
    out = []
    for w in rows:
        claims = [_claim(c, positions.get((c["document_id"], c["ord"]), []), profiles.get(c["document_id"], {}),
                         c["document_id"] in owned) for c in w["claims"]]
        out.append(WorkRecord(w["id"], w["title"], w["year"], w["venue"], w["type"], claims, enriched.get(w["id"], [])))
    return PersonRecord(pid, name[0][0] if name else pid, out)


def owned_claims_without_owner(db: Dialect, pid: str) -> list[dict[str, Any]]:
    """Claims in documents the person owns whose author list does not contain the person."""
    rows = db.query(
        "SELECT c.document_id, c.ord, d.name, c.title, c.authors, c.section FROM claims c"
        " JOIN documents d ON d.id = c.document_id"
        " WHERE d.is_current = 1 AND c.document_id IN"
        " (SELECT document_id FROM person_mentions WHERE person_id = ? AND role = 'owner')"
        " AND NOT EXISTS (SELECT 1 FROM authorships a WHERE a.document_id = c.document_id AND a.ord = c.ord"
        " AND a.person_id = ?)", (pid, pid))
    return [{"document_id": r[0], "ord": r[1], "document": r[2], "title": r[3],
             "authors": json.loads(r[4] or "[]"), "section": r[5]} for r in rows]


def store_titles(db: Dialect) -> list[tuple[str, str, int | None]]:
    """(work id, title, year) of every work in the store: the reference set of novelty."""
    return [(r[0], r[1] or "", r[2]) for r in db.query("SELECT id, title, year FROM works ORDER BY id")]
