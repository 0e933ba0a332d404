"""One person's page as data: works with roles, venues, co-authors, mentors, mentees, sources.

The same dict feeds `show --json`, the readable `show` table and every export format.
"""
from __future__ import annotations

import json
from collections import Counter, defaultdict
from typing import Any

from .dialect import Dialect
from .queries import author_role, works


def _person(db: Dialect, pid: str) -> dict[str, Any]:
    row = db.query("SELECT id, name, n_docs, evidence FROM persons WHERE id = ?", (pid,))[0]
    mentions = db.query("SELECT m.name, m.role, m.location, d.name FROM person_mentions m"
                        " JOIN documents d ON d.id = m.document_id WHERE m.person_id = ?", (pid,))
    return {"id": row[0], "name": row[1], "documents": row[2],
            "variants": sorted({m[0] for m in mentions}),
            "owner_of": sorted({m[3] for m in mentions if m[1] == "owner"}),
            "merge_evidence": json.loads(row[3] or "[]")}


def _owned_items(db: Dialect, pid: str) -> dict[str, list[dict[str, Any]]]:
    """Education, positions and awards from the documents this person owns."""
    docs = [r[0] for r in db.query("SELECT DISTINCT document_id FROM person_mentions"
                                   " WHERE person_id = ? AND role = 'owner'", (pid,))]
    out: dict[str, list[dict[str, Any]]] = {"education": [], "positions": [], "awards": [], "contact": []}
    for doc_id in docs:
        name = db.query("SELECT name, profile FROM documents WHERE id = ?", (doc_id,))[0]
        profile = json.loads(name[1])
        for key in ("education", "positions", "awards"):
            for item in profile.get(key) or []:
                out[key].append({**{k: v for k, v in item.items() if k != "span"}, "source": name[0]})
        person = profile.get("person") or {}
        out["contact"].append({"emails": person.get("emails") or [], "homepages": person.get("homepages") or [],
                               "source": name[0]})
    return out


def _dedupe(items: list[dict[str, Any]], keys: tuple[str, ...]) -> list[dict[str, Any]]:
    """Items that several documents state once, with all their sources."""
    seen: dict[tuple[Any, ...], dict[str, Any]] = {}
    for item in items:
        k = tuple(str(item.get(x) or "").lower() for x in keys)
        if k in seen:
            seen[k]["sources"].append(item["source"])
        else:
            seen[k] = {**{x: v for x, v in item.items() if x != "source"}, "sources": [item["source"]]}
    return list(seen.values())


def _my_works(db: Dialect, pid: str) -> tuple[list[dict[str, Any]], Counter[str], dict[str, set[str]]]:
    """The person's works with role per claim; co-author counts and their sources."""
    mine = defaultdict(list)
    for doc_id, ord_, pos in db.query("SELECT document_id, ord, position FROM authorships WHERE person_id = ?",
                                      (pid,)):
        mine[(doc_id, ord_)].append(pos)
    co = db.query("SELECT a.person_id, a.work_id, d.name FROM authorships a"
                  " JOIN authorships me ON me.document_id = a.document_id AND me.ord = a.ord"
                  " JOIN documents d ON d.id = a.document_id"
                  " WHERE me.person_id = ? AND a.person_id IS NOT NULL AND a.person_id <> ?", (pid, pid))
    co_works: dict[str, set[str]] = defaultdict(set)
    co_src: dict[str, set[str]] = defaultdict(set)
    for other, wid, doc in co:
        co_works[other].add(wid)
        co_src[other].add(doc)
    out = []
    for w in works(db, pid):
        roles: dict[str, list[str]] = defaultdict(list)
        for c in w["claims"]:
            for pos in mine.get((c["document_id"], c["ord"]), []):
                roles[author_role(c["authors"], pos, c["equal_marked"], c["note"])].append(c["document"])
        w["roles"] = {r: sorted(set(s)) for r, s in roles.items()}
        w["role"] = max(roles, key=lambda r: len(roles[r])) if roles else None
        w["venues"] = sorted({c["venue"] for c in w["claims"] if c["venue"]})
        out.append(w)
    return out, Counter({k: len(v) for k, v in co_works.items()}), co_src


def _edges(db: Dialect, pid: str, column: str) -> list[dict[str, Any]]:
    other = "mentor" if column == "mentee_id" else "mentee"
    sql = {"mentee_id": "SELECT m.mentor_id, m.mentor_name, m.relation, m.contexts, d.name FROM mentorship m"
                        " JOIN documents d ON d.id = m.document_id WHERE m.mentee_id = ? ORDER BY d.name",
           "mentor_id": "SELECT m.mentee_id, m.mentee_name, m.relation, m.contexts, d.name FROM mentorship m"
                        " JOIN documents d ON d.id = m.document_id WHERE m.mentor_id = ? ORDER BY d.name"}[column]
    merged: dict[tuple[str, str], dict[str, Any]] = {}
    for oid, name, rel, ctx, doc in db.query(sql, (pid,)):
        key = (oid or name, rel or "")
        e = merged.setdefault(key, {"id": oid, "name": name, "relation": rel, "contexts": [], "sources": []})
        e["contexts"] += [c for c in json.loads(ctx or "[]") if c not in e["contexts"]]
        e["sources"].append(doc)
    return [dict(e, role=other) for e in merged.values()]


def person_view(db: Dialect, pid: str) -> dict[str, Any]:
    """Everything the library knows about one person, each fact with its source documents."""
    view = _person(db, pid)
    my_works, co_counts, co_src = _my_works(db, pid)
    names = dict(db.query("SELECT id, name FROM persons WHERE id IN (SELECT DISTINCT a.person_id FROM authorships a"
                          " JOIN authorships me ON me.document_id = a.document_id AND me.ord = a.ord"
                          " WHERE me.person_id = ?)", (pid,)))
    owned = _owned_items(db, pid)
    view.update({
        "works": my_works,
        "roles": dict(Counter(w["role"] for w in my_works if w["role"])),
        "venues": dict(Counter(v for w in my_works for v in w["venues"]).most_common()),
        "coauthors": [{"id": o, "name": names.get(o, o), "shared_works": n, "sources": sorted(co_src[o])}
                      for o, n in co_counts.most_common()],
        "mentors": _edges(db, pid, "mentee_id"),
        "mentees": _edges(db, pid, "mentor_id"),
        "education": _dedupe(owned["education"], ("institution", "degree", "start")),
        "positions": _dedupe(owned["positions"], ("org", "title", "start")),
        "awards": _dedupe(owned["awards"], ("name",)),
        "contact": owned["contact"],
    })
    return view
