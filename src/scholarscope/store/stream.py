"""Full re-resolution that streams: memory holds a chunk of documents, one block of entries or
one component of merged entries, and a chunk of name blocks, never the whole library.

Works (store/stream_works.py). The pairs of entries sharing a blocking key are scored once
each and their decisions kept in a temporary table; only merged pairs link entries, and the
greedy union of `cluster_works` runs one component of merged pairs at a time. Key-connected
groups, which a uniform title vocabulary can chain across most of a library, never meet in memory.

People. Persons never span two surname|initial blocks, so the name nodes (one per name per
document, built from the document and its works) go to a temporary table and are clustered
a chunk of whole blocks at a time. Authorships, owner mentions and mentorship edges are then
written document by document.

The rows equal those of `Store.resolve` (everything in memory); tests/resolve/test_streaming.py.
"""
from __future__ import annotations

import json
import logging
import time
from collections.abc import Iterator
from typing import Any

from .dialect import Dialect
from .keys import person_key_rows
from .repository import _RESOLUTION_COLUMNS, StoredDoc, claim_keys, doc_labels
from .resolution_rows import Rows, _chunked, _docs, _insert, _mentorship_rows, _persons_rows
from .stream_works import _runs, resolve_works_streaming

log = logging.getLogger(__name__)
DOC_CHUNK = 500
NODE_CHUNK = 5_000  # name nodes held at once (plus the rest of a block): ~10 KB each with their sets
_TABLES = ("merge_decisions", "mentorship", "authorships", "work_claims", "person_mentions", "person_keys",
           "works", "persons")


def resolve_streaming(db: Dialect) -> None:
    """Resolve every current document again, in bounded memory (the caller holds the write transaction)."""
    for table in _TABLES:
        db.execute(f"DELETE FROM {table}")  # constant names
    order = db.query("SELECT id, name FROM documents WHERE is_current = 1 ORDER BY name, id")
    labels = doc_labels([StoredDoc(i, "", n, {}) for i, n in order])
    ids = [i for i, _ in order]
    t0 = time.perf_counter()
    df, total = _library_df(db)
    resolve_works_streaming(db, ((docs, _entries(docs, labels)) for docs in _chunks(db, ids)), df, total)
    t1 = time.perf_counter()
    _resolve_people(db, ids, labels)
    t2 = time.perf_counter()
    _write_document_rows(db, ids, labels)
    log.info("streaming resolution of %d documents: works %.1f s, persons %.1f s, document rows %.1f s",
             len(ids), t1 - t0, t2 - t1, time.perf_counter() - t2)


def _library_df(db: Dialect) -> tuple[Any, int]:
    """In how many current entries each content word occurs (as `token_frequencies` counts), and
    how many current entries there are (what the in-memory run blocks with)."""
    from collections import Counter

    df: Counter[str] = Counter()
    for rows in db.stream("SELECT k.key, COUNT(*) FROM work_keys k JOIN documents d ON d.id = k.document_id"
                          " WHERE d.is_current = 1 AND k.kind = 't' GROUP BY k.key"):
        df.update(dict(rows))
    total = db.query("SELECT COUNT(*) FROM claims c JOIN documents d ON d.id = c.document_id WHERE d.is_current = 1")
    return df, int(total[0][0])


def _chunks(db: Dialect, ids: list[str]) -> Iterator[list[StoredDoc]]:
    for i in range(0, len(ids), DOC_CHUNK):
        yield _docs(db, ids[i:i + DOC_CHUNK])


def _entries(docs: list[StoredDoc], labels: dict[str, str]) -> list[Any]:
    from ..resolve.works import make_entries

    return make_entries([dict(d.profile, doc=labels[d.id]) for d in docs])


def _work_of(db: Dialect, docs: list[StoredDoc], labels: dict[str, str]) -> dict[str, str]:
    """Entry key -> stored work id, for these documents."""
    stored = {(d, o): w for d, o, w in _chunked(db, "SELECT document_id, ord, work_id FROM work_claims"
                                                    " WHERE document_id IN ({})", [d.id for d in docs])}
    return {k: stored[(d, o)] for k, (d, o, _) in claim_keys(docs, labels).items() if (d, o) in stored}


def _node_json(n: Any) -> str:
    return json.dumps([n.doc, [[m.doc, m.name, m.role, m.where] for m in n.mentions], sorted(n.coauthors),
                       sorted(n.works), sorted(n.lists), n.name], ensure_ascii=False)


def _node(text: str) -> Any:
    from ..resolve.people import Mention, _Node

    doc, mentions, coauthors, works, lists, name = json.loads(text)
    return _Node(doc, [Mention(*m) for m in mentions], set(coauthors), set(works), set(lists), name)


def _resolve_people(db: Dialect, ids: list[str], labels: dict[str, str]) -> None:
    """Name nodes to a temporary table by block, then persons a chunk of whole blocks at a time."""
    from ..resolve import _paper_keys
    from ..resolve.people import _build_nodes, _name_class

    db.execute("CREATE TEMP TABLE IF NOT EXISTS stream_nodes (block TEXT NOT NULL, seq BIGINT NOT NULL,"
               " node TEXT NOT NULL)")
    db.execute("DELETE FROM stream_nodes")
    seq = 0
    for docs in _chunks(db, ids):
        profiles = [dict(d.profile, doc=labels[d.id]) for d in docs]
        nodes, _ = _build_nodes(profiles, _paper_keys(profiles), _work_of(db, docs, labels))
        rows = []
        for n in nodes:
            surname, given = _name_class(n)
            rows.append((f"{surname}|{given[0][0]}" if given else "", seq, _node_json(n)))
            seq += 1
        db.executemany("INSERT INTO stream_nodes (block, seq, node) VALUES (?, ?, ?)", rows)
    by_label = {label: doc_id for doc_id, label in labels.items()}
    chunk: list[Any] = []
    for block, rows in _runs(db.stream("SELECT block, seq, node FROM stream_nodes ORDER BY block, seq")):
        chunk += [_node(r[2]) for r in rows]  # a block is never split: persons stay inside one
        if len(chunk) >= NODE_CHUNK:
            _write_persons(db, chunk, by_label)
            chunk = []
    if chunk:
        _write_persons(db, chunk, by_label)
    db.execute("DELETE FROM stream_nodes")


def _write_persons(db: Dialect, nodes: list[Any], by_label: dict[str, str]) -> None:
    from ..resolve.people import cluster_nodes

    rows: Rows = {t: [] for t in ("persons", "person_mentions", "merge_decisions")}
    _persons_rows(cluster_nodes(nodes), by_label, rows)
    for table in rows:
        _insert(db, table, _RESOLUTION_COLUMNS[table], rows[table])
    db.executemany("INSERT INTO person_keys (key, person_id) VALUES (?, ?)", person_key_rows(rows["persons"]))


def _write_document_rows(db: Dialect, ids: list[str], labels: dict[str, str]) -> None:
    """Owner mentions, authorships and mentorship edges, document chunk by document chunk."""
    from ..resolve.mentorship import extract_mentorship
    from ..resolve.names import canonical_name
    from ..resolve.people import Mention, PersonCluster, find_owner

    for docs in _chunks(db, ids):
        by_label = {labels[d.id]: d.id for d in docs}
        mentions = _chunked(db, "SELECT person_id, document_id, name, role, location FROM person_mentions"
                                " WHERE document_id IN ({})", [d.id for d in docs])
        people: dict[str, PersonCluster] = {}
        for pid, doc, name, role, loc in sorted(mentions):
            people.setdefault(pid, PersonCluster(pid, "", [])).mentions.append(Mention(labels[doc], name, role, loc))
        index = {(labels[doc], canonical_name(name)): pid for pid, doc, name, _, _ in sorted(mentions)}
        seen = {tuple(m[1:]) for m in mentions}
        profiles = [dict(d.profile, doc=labels[d.id]) for d in docs]
        owners = {p["doc"]: o for p in profiles if (o := find_owner(p))}
        rows: Rows = {t: [] for t in ("person_mentions", "authorships", "mentorship")}
        for label, owner in owners.items():
            pid = index.get((label, canonical_name(owner.name)))
            mention = (by_label[label], owner.name, "owner", f"owner:{owner.source}")
            if pid is not None and mention not in seen:
                rows["person_mentions"].append((pid, *mention))
        work_of = _work_of(db, docs, labels)
        for key, (doc_id, ord_, pub) in claim_keys(docs, labels).items():
            equal = set(pub.get("equal_marked") or [])
            for pos, name in enumerate(pub.get("authors") or []):
                pid = index.get((labels[doc_id], canonical_name(name))) if name else None
                rows["authorships"].append((doc_id, ord_, pos, name or "", pid, work_of.get(key), int(pos in equal)))
        edges = extract_mentorship(profiles, owners, list(people.values()))
        _mentorship_rows(edges, by_label, {pid: pid for pid in people}, rows)
        for table in rows:
            _insert(db, table, _RESOLUTION_COLUMNS[table], rows[table])
