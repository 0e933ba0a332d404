"""Rows for the resolution tables, built from a `Resolution`, with ids that stay stable.

Resolver ids (W1, P1, ...) depend on input order; stored ids are hashes of each cluster's
smallest member (document id + position), so they survive re-resolution when nothing changed.
"""
from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from .dialect import Dialect
from .keys import write_person_keys
from .repository import StoredDoc, fold, stable_id

if TYPE_CHECKING:
    from ..resolve import Resolution

Rows = dict[str, list[tuple[Any, ...]]]
_EVIDENCE = re.compile(r"^(?P<a>.*?) ~ (?P<b>.*): (?P<score>[0-9.]+) \((?P<why>.*)\)$")


def _representative(pubs: list[dict[str, Any]]) -> dict[str, Any]:
    """The claim that best stands for a work: a venue beats a preprint, then the latest year."""
    return max(pubs, key=lambda p: (p.get("type") not in ("preprint", "other", None), bool(p.get("venue")),
                                    p.get("year") if isinstance(p.get("year"), int) else 0))


def _works(res: Resolution, keys: dict[str, tuple[str, int, dict[str, Any]]], rows: Rows) -> dict[str, str]:
    """works, work_claims and work decisions; returns entry key -> stored work id."""
    work_of: dict[str, str] = {}
    for w in res.works:
        members = [keys[k] for k in w.members if k in keys]
        if not members:
            continue
        wid = stable_id("W", min(f"{d}:{o:06d}" for d, o, _ in members))
        _add_work_rows(rows, wid, w, members, keys, work_of)
    return work_of


def _persons(res: Resolution, ids: dict[str, str], rows: Rows) -> dict[str, str]:
    """persons, person_mentions and person decisions; returns resolver person id -> stored id."""
    return _persons_rows(res.people, ids, rows)


def _persons_rows(people: list[Any], ids: dict[str, str], rows: Rows) -> dict[str, str]:
    """Rows for person clusters (`ids`: document label -> id); returns resolver person id -> stored id.

    Mention rows only where `rows` has a "person_mentions" list (a streaming run joins them later)."""
    stored: dict[str, str] = {}
    for p in people:
        if not p.mentions:
            continue
        pid = stable_id("P", min(f"{ids[m.doc]}|{m.name}" for m in p.mentions))
        stored[p.id] = pid
        rows["persons"].append((pid, p.name, fold(p.name), len(p.docs), json.dumps(p.evidence, ensure_ascii=False)))
        if "person_mentions" in rows:
            for m in {(m.doc, m.name, m.role, m.where) for m in p.mentions}:
                rows["person_mentions"].append((pid, ids[m[0]], m[1], m[2], m[3]))
        for seq, line in enumerate(p.evidence):
            hit = _EVIDENCE.match(line)
            a, b, score, why = (hit["a"], hit["b"], float(hit["score"]), hit["why"]) if hit else (None, None, None, line)
            rows["merge_decisions"].append(("person", pid, seq, a, b, 1, score, why, None))
    return stored


def build_rows(res: Resolution, docs: list[StoredDoc], labels: dict[str, str],
               keys: dict[str, tuple[str, int, dict[str, Any]]]) -> Rows:
    """All resolution-table rows for one resolution run."""
    from ..resolve.names import canonical_name
    from ..resolve.people import person_index

    rows: Rows = {t: [] for t in ("persons", "works", "person_mentions", "work_claims", "authorships",
                                  "mentorship", "merge_decisions")}
    ids = {label: doc_id for doc_id, label in labels.items()}
    work_of = _works(res, keys, rows)
    stored = _persons(res, ids, rows)
    index = person_index(res.people)
    seen_mentions = {(r[1], r[2], r[3], r[4]) for r in rows["person_mentions"]}
    for label, owner in res.owners.items():
        cluster = index.get((label, canonical_name(owner.name)))
        mention = (ids[label], owner.name, "owner", f"owner:{owner.source}")
        if cluster is not None and cluster.id in stored and mention not in seen_mentions:
            rows["person_mentions"].append((stored[cluster.id], *mention))
    for key, (doc_id, ord_, pub) in keys.items():
        equal = set(pub.get("equal_marked") or [])
        label = labels[doc_id]
        for pos, name in enumerate(pub.get("authors") or []):
            cluster = index.get((label, canonical_name(name))) if name else None
            rows["authorships"].append((doc_id, ord_, pos, name or "",
                                        stored.get(cluster.id) if cluster else None, work_of.get(key),
                                        int(pos in equal)))
    seen: Counter[str] = Counter()
    for e in res.mentorship:
        mid = stable_id("M", f"{ids[e.source]}|{e.mentor}|{e.mentee}")
        seen[mid] += 1
        if seen[mid] > 1:
            continue  # one edge per (mentor, mentee, document)
        rows["mentorship"].append((mid, stored.get(e.mentor_id or ""), stored.get(e.mentee_id or ""), e.mentor,
                                   e.mentee, ids[e.source], e.relation, json.dumps(e.contexts, ensure_ascii=False),
                                   json.dumps(e.fields)))
    return rows


# ---------------------------------------------------------------- incremental resolution

def _chunked(db: Dialect, sql: str, ids: list[Any], size: int = 500) -> list[tuple[Any, ...]]:
    """`sql` with one `IN ({})` filled by each chunk of ids; all rows."""
    out: list[tuple[Any, ...]] = []
    for i in range(0, len(ids), size):
        chunk = ids[i:i + size]
        out += db.query(sql.format(", ".join("?" for _ in chunk)), chunk)
    return out


def unresolved_documents(db: Dialect) -> list[str] | None:
    """Current documents resolution has not seen yet; None when only a full run can catch up.

    A full run is needed when resolution rows still point at a replaced document version
    or when nothing has been resolved yet.
    """
    stale = db.query("SELECT 1 FROM work_claims w JOIN documents d ON d.id = w.document_id"
                     " WHERE d.is_current = 0 LIMIT 1") or db.query(
        "SELECT 1 FROM person_mentions m JOIN documents d ON d.id = m.document_id WHERE d.is_current = 0 LIMIT 1")
    if stale or not db.query("SELECT 1 FROM persons LIMIT 1"):
        return None
    return [r[0] for r in db.query(
        "SELECT id FROM documents d WHERE is_current = 1 AND NOT EXISTS (SELECT 1 FROM person_mentions m"
        " WHERE m.document_id = d.id) AND NOT EXISTS (SELECT 1 FROM work_claims w WHERE w.document_id = d.id)"
        " ORDER BY name, id")]


class Labels(dict):  # type: ignore[type-arg]
    """Document id -> resolution label, fetched for the documents a batch needs (not the whole library).

    A label is the document's name, or name@id when several current documents share it.
    """

    def __init__(self, db: Dialect) -> None:
        super().__init__()
        self.db = db

    def need(self, ids: Iterable[str]) -> Labels:
        from .repository import doc_labels

        missing = sorted(set(ids) - self.keys())
        names = sorted({r[0] for r in _chunked(self.db, "SELECT name FROM documents WHERE id IN ({})", missing)})
        rows = _chunked(self.db, "SELECT id, name FROM documents WHERE is_current = 1 AND name IN ({})", names)
        self.update(doc_labels([StoredDoc(i, "", n, {}) for i, n in sorted(rows, key=lambda r: (r[1], r[0]))]))
        return self


def _docs(db: Dialect, ids: list[str]) -> list[StoredDoc]:
    return _docs_from_rows(_doc_rows(db, ids))


def _doc_rows(db: Dialect, ids: list[str]) -> list[tuple[Any, ...]]:
    """The stored rows (id, path, name, profile JSON) of these documents."""
    return _chunked(db, "SELECT id, path, name, profile FROM documents WHERE id IN ({})", ids)


def _docs_from_rows(rows: list[tuple[Any, ...]]) -> list[StoredDoc]:
    """`_doc_rows` decoded, in (name, id) order."""
    from .repository import unique_entry_keys
    return sorted((StoredDoc(r[0], r[1], r[2], unique_entry_keys(json.loads(r[3]))) for r in rows),
                  key=lambda d: (d.name, d.id))


def _may_have_ids(doi: str | None, links: str | None, *texts: str | None) -> bool:
    return bool(doi) or (links or "[]") != "[]" or any(
        t and ("10." in t or "arxiv" in t.lower() or "openreview" in t) for t in texts)


def _touched_works(db: Dialect, new_entries: list[Any], new_ids: set[str]) -> list[str]:
    """Stored works with an entry that shares a blocking key with a new entry and would merge with it.

    Candidates come from the key index (`keys.candidate_claims`), never from a scan of the library.
    """
    from ..resolve.incremental import WorkProbe
    from .keys import candidate_claims, term_counts

    df = term_counts(db, {t for e in new_entries for t in e.tokens})
    wp = WorkProbe(new_entries, df)
    hits: set[str] = set()
    for doc, _, title, links, venue_raw, note, doi, wid, section, authors, year, venue, kind in candidate_claims(
            db, new_entries, df):
        if doc in new_ids or wid in hits:
            continue
        pub = {"title": title, "links": json.loads(links) if _may_have_ids(doi, links, venue_raw, note) else [],
               "venue_raw": venue_raw, "note": note, "doi": doi}
        near = wp.near(pub)
        if near:
            pub.update(section=section, authors=json.loads(authors or "[]"), year=year, venue=venue, type=kind)
            if wp.touches(f"@{doc}", pub, near):
                hits.add(wid)
    return sorted(hits)


def _rework(db: Dialect, new_docs: list[StoredDoc], labels: Labels) -> tuple[Rows, dict[str, str], list[str]]:
    """Re-cluster touched works with the new entries: rows to insert, entry key -> work id, ids to drop."""
    from ..resolve.works import cluster_works, make_entries
    from .repository import claim_keys

    new_entries = make_entries([dict(d.profile, doc=labels[d.id]) for d in new_docs])
    touched = _touched_works(db, new_entries, {d.id for d in new_docs})
    members = _chunked(db, "SELECT document_id, ord, work_id FROM work_claims WHERE work_id IN ({})", touched)
    old_wid = {(d, o): w for d, o, w in members}
    old_docs = _docs(db, sorted({d for d, _, _ in members}))
    labels.need(d.id for d in old_docs)
    keys = claim_keys(old_docs + new_docs, labels)
    old_entries = make_entries(_member_profiles(old_docs, labels, keys, old_wid))
    clusters, _ = cluster_works(old_entries + new_entries)
    rows: Rows = {t: [] for t in ("works", "work_claims", "merge_decisions")}
    work_of = _works_keeping_ids(clusters, keys, old_wid, rows)
    return rows, work_of, touched


def _member_profiles(docs: list[StoredDoc], labels: dict[str, str], keys: dict[str, tuple[str, int, dict[str, Any]]],
                     members: dict[tuple[str, int], str]) -> list[dict[str, Any]]:
    """The documents cut down to the publications in `members`, each keeping its entry key."""
    pubs: dict[str, list[dict[str, Any]]] = {d.id: [] for d in docs}
    for key, (doc, ord_, pub) in keys.items():
        if (doc, ord_) in members:
            pubs[doc].append(dict(pub, index=key.rsplit(":", 1)[1]))
    return [dict(d.profile, doc=labels[d.id], publications=pubs[d.id]) for d in docs]


def _works_keeping_ids(clusters: list[Any], keys: dict[str, tuple[str, int, dict[str, Any]]],
                       old_wid: dict[tuple[str, int], str], rows: Rows) -> dict[str, str]:
    """Like `_works`, but a cluster keeps the stored id most of its old entries had."""
    from ..resolve.incremental import choose_work_id

    taken: set[str] = set()
    work_of: dict[str, str] = {}
    for w in sorted(clusters, key=lambda c: -len(c.members)):
        members = [keys[k] for k in w.members if k in keys]
        if not members:
            continue
        wid = choose_work_id([old_wid[(d, o)] for d, o, _ in members if (d, o) in old_wid], taken) or \
            stable_id("W", min(f"{d}:{o:06d}" for d, o, _ in members))
        taken.add(wid)
        _add_work_rows(rows, wid, w, members, keys, work_of)
    return work_of


def _stored_people(db: Dialect, names: Any, labels: Labels) -> list[Any]:
    """Stored persons a new name may join (`names.may_join`), each as one node's worth of facts."""
    from ..resolve.incremental import StoredPerson
    from ..resolve.names import name_key
    from ..resolve.people import Mention

    from .keys import stored_person_candidates

    ids = [pid for pid, name in stored_person_candidates(db, names.by_block) if names.may_join(name)]
    people = {pid: StoredPerson(pid, []) for pid in ids}
    mentions = _chunked(db, "SELECT person_id, document_id, name, role, location FROM person_mentions"
                        " WHERE person_id IN ({}) ORDER BY person_id, document_id, location, name", ids)
    labels.need(r[1] for r in mentions)
    for pid, doc, name, role, loc in mentions:
        people[pid].mentions.append(Mention(labels.get(doc, doc), name, role, loc))
    for pid, doc, ord_, wid in _chunked(
            db, "SELECT person_id, document_id, ord, work_id FROM authorships WHERE person_id IN ({})", ids):
        people[pid].lists.add(f"{doc}:{ord_}")
        if wid:
            people[pid].works.add(wid)
    for pid, name, own in _chunked(
            db, "SELECT a.person_id, b.name, a.name FROM authorships a JOIN authorships b ON b.document_id ="
            " a.document_id AND b.ord = a.ord AND b.position <> a.position WHERE a.person_id IN ({})", ids):
        if name and name_key(name) != name_key(own):
            people[pid].coauthors.add(name_key(name))
    # an advisor's or supervisor's "co-authors": the others named in that field and the document owner
    for pid, name, own in _chunked(
            db, "SELECT m.person_id, o.name, m.name FROM person_mentions m JOIN person_mentions o ON o.document_id ="
            " m.document_id AND (o.role = 'owner' OR (o.location = m.location AND o.role = m.role))"
            " WHERE m.role IN ('advisor', 'supervisor') AND m.person_id IN ({})", ids):
        if name and name_key(name) != name_key(own):
            people[pid].coauthors.add(name_key(name))
    return [people[i] for i in ids]


def _people_rows(db: Dialect, upd: Any, new_docs: list[StoredDoc], labels: dict[str, str],
                 keys: dict[str, tuple[str, int, dict[str, Any]]], work_of: dict[str, str]) -> Rows:
    """Rows for the persons a batch creates or extends, and for its documents' mentions and edges."""
    from ..resolve.names import canonical_name
    from ..resolve.people import person_index

    rows: Rows = {t: [] for t in ("persons", "person_mentions", "authorships", "mentorship", "merge_decisions")}
    ids = {labels[d.id]: d.id for d in new_docs}
    extended = list(upd.stored_id.values())
    old = {r[0]: (json.loads(r[1] or "[]")) for r in _chunked(db, "SELECT id, evidence FROM persons WHERE id IN ({})",
                                                             extended)}
    stored: dict[str, str] = {}
    for p in upd.clusters:
        new_ms = [m for m in p.mentions if m.doc in ids]
        pid = upd.stored_id.get(p.id) or stable_id("P", min(f"{ids[m.doc]}|{m.name}" for m in new_ms))
        stored[p.id] = pid
        evidence = old.get(pid, []) + p.evidence
        rows["persons"].append((pid, p.name, fold(p.name), len(p.docs), json.dumps(evidence, ensure_ascii=False)))
        for m in {(m.doc, m.name, m.role, m.where) for m in new_ms}:
            rows["person_mentions"].append((pid, ids[m[0]], m[1], m[2], m[3]))
        for seq, line in enumerate(p.evidence, start=len(old.get(pid, []))):
            hit = _EVIDENCE.match(line)
            a, b, score, why = (hit["a"], hit["b"], float(hit["score"]), hit["why"]) if hit else (None, None, None, line)
            rows["merge_decisions"].append(("person", pid, seq, a, b, 1, score, why, None))
    index = person_index(upd.clusters)
    seen = {(r[1], r[2], r[3], r[4]) for r in rows["person_mentions"]}
    for label, owner in upd.owners.items():
        cluster = index.get((label, canonical_name(owner.name)))
        mention = (ids[label], owner.name, "owner", f"owner:{owner.source}")
        if cluster is not None and mention not in seen:
            rows["person_mentions"].append((stored[cluster.id], *mention))
    for key, (doc_id, ord_, pub) in keys.items():
        equal = set(pub.get("equal_marked") or [])
        for pos, name in enumerate(pub.get("authors") or []):
            cluster = index.get((labels[doc_id], canonical_name(name))) if name else None
            rows["authorships"].append((doc_id, ord_, pos, name or "", stored.get(cluster.id) if cluster else None,
                                        work_of.get(key), int(pos in equal)))
    _mentorship_rows(upd.mentorship, ids, stored, rows)
    return rows


def _mentorship_rows(edges: list[Any], ids: dict[str, str], stored: dict[str, str], rows: Rows) -> None:
    seen: Counter[str] = Counter()
    for e in edges:
        mid = stable_id("M", f"{ids[e.source]}|{e.mentor}|{e.mentee}")
        seen[mid] += 1
        if seen[mid] == 1:  # one edge per (mentor, mentee, document)
            rows["mentorship"].append((mid, stored.get(e.mentor_id or ""), stored.get(e.mentee_id or ""), e.mentor,
                                       e.mentee, ids[e.source], e.relation, json.dumps(e.contexts, ensure_ascii=False),
                                       json.dumps(e.fields)))


def resolve_incremental(db: Dialect, new_ids: list[str]) -> bool:
    """Resolve the documents `new_ids` against the stored works and persons; False: run a full one.

    The caller holds the write transaction.
    """
    from ..resolve import _paper_keys
    from ..resolve.incremental import new_blocks, resolve_people_incremental
    from .repository import _RESOLUTION_COLUMNS, claim_keys

    labels = Labels(db).need(new_ids)
    new_docs = _docs(db, new_ids)
    if any(labels[d.id] != d.name for d in new_docs):
        return False  # a name clash relabels stored documents: only a full run keeps keys consistent
    work_rows, work_of, touched = _rework(db, new_docs, labels)
    profiles = [dict(d.profile, doc=labels[d.id]) for d in new_docs]
    nodes, owners, blocks = new_blocks(profiles, _paper_keys(profiles), work_of)
    upd = resolve_people_incremental(profiles, nodes, owners, _stored_people(db, blocks, labels))
    rows = _people_rows(db, upd, new_docs, labels, claim_keys(new_docs, labels), work_of)
    for sql in ("DELETE FROM merge_decisions WHERE kind = 'work' AND cluster_id IN ({})",
                "DELETE FROM work_claims WHERE work_id IN ({})", "UPDATE authorships SET work_id = NULL"
                " WHERE work_id IN ({})", "DELETE FROM works WHERE id IN ({})"):
        _chunked(db, sql, touched)
    for table in ("works", "work_claims", "merge_decisions"):
        _insert(db, table, _RESOLUTION_COLUMNS[table], work_rows[table])
    db.executemany("UPDATE authorships SET work_id = ? WHERE document_id = ? AND ord = ?",
                   [(w, d, o) for d, o, w in work_rows["work_claims"]])
    _upsert_persons(db, rows["persons"], set(upd.stored_id.values()))
    write_person_keys(db, rows["persons"], replace=True)
    for table in ("person_mentions", "authorships", "mentorship", "merge_decisions"):
        _insert(db, table, _RESOLUTION_COLUMNS[table], rows[table])
    return True


def _insert(db: Dialect, table: str, cols: tuple[str, ...], rows: list[tuple[Any, ...]]) -> None:
    marks = ", ".join("?" for _ in cols)
    db.executemany(f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({marks})", rows)  # constant names only


def _upsert_persons(db: Dialect, rows: list[tuple[Any, ...]], existing: set[str]) -> None:
    db.executemany("UPDATE persons SET name = ?, search_key = ?, n_docs = ?, evidence = ? WHERE id = ?",
                   [(*r[1:], r[0]) for r in rows if r[0] in existing])
    _insert(db, "persons", ("id", "name", "search_key", "n_docs", "evidence"), [r for r in rows if r[0] not in existing])


def _add_work_rows(rows: dict, wid: str, w, members: list, keys: dict, work_of: dict) -> None:
    """The rows of one resolved work: the work, its claims and the decisions that made it."""
    rep = _representative([p for _, _, p in members])
    rows["works"].append((wid, w.title, rep.get("year") if isinstance(rep.get("year"), int) else None,
                          rep.get("venue"), rep.get("type"), len(members)))
    for k in w.members:
        if k in keys:
            work_of[k] = wid
            rows["work_claims"].append((keys[k][0], keys[k][1], wid))
    for seq, d in enumerate(w.decisions):
        rows["merge_decisions"].append(("work", wid, seq, d.a, d.b, int(d.merged), float(d.score), d.rule,
                                        json.dumps(d.evidence, ensure_ascii=False, default=str)))
