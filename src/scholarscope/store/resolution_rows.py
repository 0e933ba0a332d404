"""Rows for the resolution tables, built from a `Resolution`, with ids that stay stable.

Resolver ids (W1, P1, ...) depend on input order; stored ids are hashes of each cluster's
smallest member (document id + position), so they survive re-resolution when nothing changed.
"""
from __future__ import annotations

import json
import re
from collections import Counter
from typing import TYPE_CHECKING, Any

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
    return work_of


def _persons(res: Resolution, ids: dict[str, str], rows: Rows) -> dict[str, str]:
    """persons, person_mentions and person decisions; returns resolver person id -> stored id."""
    stored: dict[str, str] = {}
    for p in res.people:
        if not p.mentions:
            continue
        pid = stable_id("P", min(f"{ids[m.doc]}|{m.name}" for m in p.mentions))
        stored[p.id] = pid
        rows["persons"].append((pid, p.name, fold(p.name), len(p.docs), json.dumps(p.evidence, ensure_ascii=False)))
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
