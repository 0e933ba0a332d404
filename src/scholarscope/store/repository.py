"""The write side of the store: documents (one transaction each) and resolution results.

All SQL is static text with ``?`` parameters; document text only ever travels as a parameter.
"""
from __future__ import annotations

import hashlib
import json
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any

from .dialect import Dialect, connect
from .keys import person_key_rows, write_claim_keys
from .schema import migrate

if TYPE_CHECKING:
    from ..resolve import Resolution


# json.dumps with these options builds an encoder per call (half its cost on a short author list)
_COMPACT = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def _json(value: Any) -> str:
    if value == [] and type(value) is list:
        return "[]"  # most flags, links and equal marks: json.dumps' text without its cost
    return _COMPACT.encode(value)


def _span(item: dict[str, Any]) -> tuple[int | None, int | None]:
    span = item.get("span") or (None, None)
    return span[0], span[1]


def fold(text: str) -> str:
    """Case-, accent- and punctuation-free text, for name look-ups."""
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return " ".join("".join(c if c.isalnum() else " " for c in text).split())


def stable_id(prefix: str, anchor: str) -> str:
    """An id that survives re-resolution as long as the cluster keeps its smallest member."""
    return prefix + hashlib.sha1(anchor.encode("utf-8")).hexdigest()[:12]


@dataclass
class StoredDoc:
    id: str
    path: str
    name: str
    profile: dict[str, Any]


class Store:
    """A scholarscope library in SQLite or PostgreSQL."""

    def __init__(self, url: str | None = None) -> None:
        self.db: Dialect = connect(url)
        self.version = migrate(self.db)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------ documents

    def add_document(self, doc_id: str, path: str, profile: dict[str, Any], size: int) -> str:
        """Store one parsed document in its own transaction.

        Returns 'unchanged' (these bytes are stored and current), 'duplicate' (stored under
        another path), 'restored' (an older version became current again), 'version' (a new
        version of a stored path) or 'new'.
        """
        return self.db.retrying(lambda: self._add_document(doc_id, path, profile, size))

    def add_documents(self, docs: list[tuple[str, str, dict[str, Any], int]]) -> list[str]:
        """Store several parsed documents (doc_id, path, profile, size) in one transaction: all or none.

        For bulk loads: one commit per batch instead of per document, and a crash still leaves
        only whole documents. Returns each document's `add_document` status.
        """
        def run() -> list[str]:
            with self.db.unchecked_write():  # claims and keys point at the documents written just before
                return self._put_documents(docs)

        return self.db.retrying(run)

    def _add_document(self, doc_id: str, path: str, profile: dict[str, Any], size: int) -> str:
        with self.db.write():
            return self._put_documents([(doc_id, path, profile, size)])[0]

    def _put_documents(self, docs: list[tuple[str, str, dict[str, Any], int]]) -> list[str]:
        """The writes of several documents (the caller holds the write transaction).

        Their claims' blocking keys go in last, all together and sorted: the key index is ordered
        by word, so one sorted batch touches each index page once instead of once per claim.
        """
        statuses = [self._put_document(*d) for d in docs]
        write_claim_keys(self.db, [(d[0], i, c) for d, status in zip(docs, statuses) if status in ("new", "version")
                                   for i, c in enumerate(d[2].get("publications") or [])])
        return statuses

    def _put_document(self, doc_id: str, path: str, profile: dict[str, Any], size: int) -> str:
        """The writes of one document but its claim keys (the caller holds the write transaction)."""
        db = self.db
        row = db.query("SELECT path, is_current FROM documents WHERE id = ?", (doc_id,))
        if row:
            if row[0][0] != path:
                return "duplicate"
            if row[0][1]:
                return "unchanged"
            db.execute("UPDATE documents SET is_current = 0 WHERE path = ? AND is_current = 1", (path,))
            db.execute("UPDATE documents SET is_current = 1 WHERE id = ?", (doc_id,))
            return "restored"
        prev = db.query("SELECT id FROM documents WHERE path = ? AND is_current = 1", (path,))
        if prev:
            db.execute("UPDATE documents SET is_current = 0 WHERE id = ?", (prev[0][0],))
        db.execute(
            "INSERT INTO documents (id, path, name, format, kind, size, ingested_at, previous_id,"
            " is_current, owner_name, profile) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)",
            (doc_id, path, profile.get("doc") or "", profile.get("format"), profile.get("kind"), size,
             datetime.now(timezone.utc).isoformat(), prev[0][0] if prev else None,
             (profile.get("person") or {}).get("name") or None, _json(profile)))
        self._insert_items(doc_id, profile)
        return "version" if prev else "new"

    def _insert_items(self, doc_id: str, p: dict[str, Any]) -> None:
        db = self.db
        db.executemany(
            "INSERT INTO claims (document_id, ord, section, idx, title, authors, equal_marked, self_index, venue,"
            " venue_raw, year, type, flags, links, note, doi, span_start, span_end)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(doc_id, i, c.get("section"), c.get("index"), c.get("title"), _json(c.get("authors") or []),
              _json(c.get("equal_marked") or []), c.get("self_index"), c.get("venue"), c.get("venue_raw"),
              c.get("year") if isinstance(c.get("year"), int) else None, c.get("type"),
              _json(c.get("flags") or []), _json(c.get("links") or []), c.get("note"), c.get("doi"), *_span(c))
             for i, c in enumerate(p.get("publications") or [])])
        db.executemany(
            "INSERT INTO education (document_id, ord, institution, degree, field, start_date, end_date, expected,"
            " advisor, gpa, location) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(doc_id, i, e.get("institution"), e.get("degree"), e.get("field"), e.get("start"), e.get("end"),
              int(bool(e.get("expected"))), e.get("advisor"), e.get("gpa"), e.get("location"))
             for i, e in enumerate(p.get("education") or [])])
        db.executemany(
            "INSERT INTO positions (document_id, ord, org, title, start_date, end_date, location, supervisor, kind)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(doc_id, i, x.get("org"), x.get("title"), x.get("start"), x.get("end"), x.get("location"),
              x.get("supervisor"), x.get("kind")) for i, x in enumerate(p.get("positions") or [])])
        db.executemany(
            "INSERT INTO awards (document_id, ord, name, date) VALUES (?, ?, ?, ?)",
            [(doc_id, i, a.get("name"), a.get("date")) for i, a in enumerate(p.get("awards") or [])])

    def has_document(self, doc_id: str, path: str) -> bool:
        """True when these bytes are already stored as the current version of this path."""
        rows = self.db.query("SELECT path, is_current FROM documents WHERE id = ?", (doc_id,))
        return bool(rows) and (rows[0][0] != path or bool(rows[0][1]))

    def current_documents(self) -> list[StoredDoc]:
        rows = self.db.query("SELECT id, path, name, profile FROM documents WHERE is_current = 1 ORDER BY name, id")
        return [StoredDoc(r[0], r[1], r[2], json.loads(r[3])) for r in rows]

    def versions(self, path: str) -> list[dict[str, Any]]:
        """Every stored version of a path, newest first (the old ones stay queryable)."""
        rows = self.db.query("SELECT id, ingested_at, is_current, previous_id FROM documents WHERE path = ?"
                             " ORDER BY ingested_at DESC", (path,))
        return [{"id": r[0], "ingested_at": r[1], "current": bool(r[2]), "previous_id": r[3]} for r in rows]

    def profile(self, doc_id: str) -> dict[str, Any] | None:
        rows = self.db.query("SELECT profile FROM documents WHERE id = ?", (doc_id,))
        return json.loads(rows[0][0]) if rows else None

    # ------------------------------------------------------------ resolution

    def resolve(self) -> Resolution:
        """Re-run resolution over every current document and store the result.

        Reading, resolving and writing share one write transaction, so a concurrent ingest
        can never overwrite a newer resolution with one computed from fewer documents.
        """
        return self.db.retrying(self._resolve)

    def resolve_streaming(self) -> None:
        """Like `resolve`, in bounded memory: by groups of entries and blocks of names (store/stream.py)."""
        from .stream import resolve_streaming

        def run() -> None:
            with self.db.derived_write():
                resolve_streaming(self.db)

        self.db.retrying(run)

    def _resolve(self) -> Resolution:
        from ..resolve import resolve_profiles

        with self.db.write():
            docs = [StoredDoc(d.id, d.path, d.name, unique_entry_keys(d.profile)) for d in self.current_documents()]
            labels = doc_labels(docs)
            res = resolve_profiles([dict(d.profile, doc=labels[d.id]) for d in docs])
            self._save_resolution(resolution_rows(res, docs, labels))
        return res

    def _save_resolution(self, rows: dict[str, list[tuple[Any, ...]]]) -> None:
        db = self.db
        for table in ("merge_decisions", "mentorship", "authorships", "work_claims", "person_mentions",
                      "person_keys", "works", "persons"):
            db.execute(f"DELETE FROM {table}")  # table names are constants, never input
        for table, cols in _RESOLUTION_COLUMNS.items():
            marks = ", ".join("?" for _ in cols)
            db.executemany(f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({marks})", rows[table])
        db.executemany("INSERT INTO person_keys (key, person_id) VALUES (?, ?)", person_key_rows(rows["persons"]))


_RESOLUTION_COLUMNS: dict[str, tuple[str, ...]] = {
    "persons": ("id", "name", "search_key", "n_docs", "evidence"),
    "works": ("id", "title", "year", "venue", "type", "n_claims"),
    "person_mentions": ("person_id", "document_id", "name", "role", "location"),
    "work_claims": ("document_id", "ord", "work_id"),
    "authorships": ("document_id", "ord", "position", "name", "person_id", "work_id", "equal_mark"),
    "mentorship": ("id", "mentor_id", "mentee_id", "mentor_name", "mentee_name", "document_id", "relation",
                   "contexts", "fields"),
    "merge_decisions": ("kind", "cluster_id", "seq", "a", "b", "merged", "score", "rule", "evidence"),
}


def unique_entry_keys(profile: dict[str, Any]) -> dict[str, Any]:
    """The profile with repeated (section, index) pairs made unique ("3", then "3~7" for entry 7).

    A parser may number two entries of one list alike; the resolver keys entries by
    (document, section, index), so without this two entries would share one key.
    """
    seen: set[tuple[Any, Any]] = set()
    pubs = []
    for i, pub in enumerate(profile.get("publications") or []):
        key = (pub.get("section"), pub.get("index"))
        if pub.get("index") is not None and key in seen:
            pub = dict(pub, index=f"{pub['index']}~{i}")
        seen.add(key)
        pubs.append(pub)
    return dict(profile, publications=pubs)


def doc_labels(docs: list[StoredDoc]) -> dict[str, str]:
    """Document id -> the name resolution and cluster keys use: the file name, made unique if needed."""
    count: dict[str, int] = defaultdict(int)
    for d in docs:
        count[d.name] += 1
    return {d.id: d.name if count[d.name] == 1 else f"{d.name}@{d.id[:8]}" for d in docs}


def claim_keys(docs: list[StoredDoc], labels: dict[str, str]) -> dict[str, tuple[str, int, dict[str, Any]]]:
    """Resolver entry key -> (document id, ord, publication), mirroring resolve.works.entry_key."""
    from ..resolve.works import entry_key

    out: dict[str, tuple[str, int, dict[str, Any]]] = {}
    for d in docs:
        order: dict[Any, int] = defaultdict(int)
        for i, pub in enumerate(d.profile.get("publications") or []):
            order[pub.get("section")] += 1
            out[entry_key(labels[d.id], pub, order[pub.get("section")])] = (d.id, i, pub)
    return out


def resolution_rows(res: Resolution, docs: list[StoredDoc], labels: dict[str, str]) -> dict[str, list[tuple[Any, ...]]]:
    """Turn a Resolution into rows of the resolution tables, with stable ids."""
    from .resolution_rows import build_rows

    return build_rows(res, docs, labels, claim_keys(docs, labels))
