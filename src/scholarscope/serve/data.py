"""What the pages and the API show, as plain data read from the store.

Every fact keeps its sources: a work lists the documents (and character spans) that state it;
a person's counts list the works they count. Contact data is dropped unless the operator
turned it on.
"""
from __future__ import annotations

import json
from collections import defaultdict
from typing import Any

from ..store.dialect import Dialect
from . import metrics

STATUS_FLAGS = ("submitted", "under_review", "to_appear", "in_preparation", "accepted")
HONOUR_FLAGS = ("oral", "spotlight", "best_paper", "award")
TRACK = {"conference": "main", "journal": "journal", "workshop": "workshop", "findings": "findings",
         "preprint": "preprint", "thesis": "thesis", "chapter": "chapter", "book": "book"}


def safe_url(url: Any) -> str | None:
    """A link we are willing to render: http(s) only (no javascript:, data: ...)."""
    u = str(url or "").strip()
    return u if u.lower().startswith(("http://", "https://")) else None


def page_info(total: int, limit: int, offset: int) -> dict[str, Any]:
    return {"total": total, "limit": limit, "offset": offset,
            "next_offset": offset + limit if offset + limit < total else None,
            "prev_offset": max(0, offset - limit) if offset > 0 else None}


# ------------------------------------------------------------------ lists

def people_list(db: Dialect, limit: int, offset: int) -> dict[str, Any]:
    total = db.query("SELECT COUNT(*) FROM persons")[0][0]
    rows = db.query(
        "SELECT p.id, p.name, p.n_docs, (SELECT COUNT(DISTINCT a.work_id) FROM authorships a"
        " WHERE a.person_id = p.id) AS n FROM persons p ORDER BY n DESC, p.name, p.id LIMIT ? OFFSET ?",
        (limit, offset))
    owners = {r[0] for r in db.query("SELECT DISTINCT person_id FROM person_mentions WHERE role = 'owner'")}
    items = [{"id": r[0], "name": r[1], "documents": r[2], "works": r[3], "owns_documents": r[0] in owners}
             for r in rows]
    return {"items": items, **page_info(total, limit, offset)}


def works_list(db: Dialect, limit: int, offset: int, year: int | None = None, venue: str | None = None,
               type_: str | None = None) -> dict[str, Any]:
    cond, params = ["1 = 1"], []
    for column, value in (("year", year), ("venue", venue), ("type", type_)):
        if value not in (None, ""):
            cond.append(f"{column} = ?")
            params.append(value)
    where = " AND ".join(cond)  # column names are constants; values are parameters
    total = db.query(f"SELECT COUNT(*) FROM works WHERE {where}", params)[0][0]
    rows = db.query(f"SELECT id, title, year, venue, type, n_claims FROM works WHERE {where}"
                    " ORDER BY COALESCE(year, 0) DESC, title, id LIMIT ? OFFSET ?", [*params, limit, offset])
    items = [{"id": r[0], "title": r[1], "year": r[2], "venue": r[3], "type": r[4], "n_claims": r[5]} for r in rows]
    return {"items": items, **page_info(total, limit, offset)}


# ------------------------------------------------------------------ claims and profiles

def profiles_of(db: Dialect, doc_ids: set[str]) -> dict[str, dict[str, Any]]:
    """Document id -> stored profile JSON (with ``_id`` and ``_name`` added)."""
    out: dict[str, dict[str, Any]] = {}
    for doc_id in sorted(doc_ids):
        rows = db.query("SELECT name, profile FROM documents WHERE id = ?", (doc_id,))
        if rows:
            out[doc_id] = dict(json.loads(rows[0][1]), _id=doc_id, _name=rows[0][0])
    return out


def claim_authors(db: Dialect, keys: list[tuple[str, int]]) -> dict[tuple[str, int], dict[int, str | None]]:
    """(document, ord) -> position -> resolved person id."""
    out: dict[tuple[str, int], dict[int, str | None]] = defaultdict(dict)
    for doc_id in sorted({k[0] for k in keys}):
        ords = {k[1] for k in keys if k[0] == doc_id}
        for ord_, pos, pid in db.query("SELECT ord, position, person_id FROM authorships WHERE document_id = ?",
                                       (doc_id,)):
            if ord_ in ords:
                out[(doc_id, ord_)][pos] = pid
    return out


def _pub(profiles: dict[str, dict[str, Any]], c: dict[str, Any]) -> dict[str, Any]:
    pubs = profiles.get(c["document_id"], {}).get("publications") or []
    return pubs[c["ord"]] if c["ord"] < len(pubs) else {}


def decorate_claim(c: dict[str, Any], people: dict[int, str | None], profiles: dict[str, dict[str, Any]],
                   me: str | None = None) -> dict[str, Any]:
    """A claim ready to show: authors with person links and marks, badges, safe links, extras."""
    pub = _pub(profiles, c)
    equal = set(c.get("equal_marked") or [])
    authors = [{"name": n, "person_id": people.get(i), "me": me is not None and people.get(i) == me,
                "equal": i in equal} for i, n in enumerate(c.get("authors") or [])]
    links = [u for u in (safe_url(x) for x in c.get("links") or []) if u]
    code = [u for u in links if any(h in u for h in ("github.com", "gitlab.com", "bitbucket.org"))]
    return dict(c, authors_display=authors, truncated=bool(pub.get("authors_truncated")), links=links,
                code_links=code, has_code=bool(code) or bool(pub.get("has_code")), date=pub.get("date"),
                category=pub.get("category"), org_tag=pub.get("org_tag"), badges=badges(c))


def badges(c: dict[str, Any]) -> list[dict[str, str]]:
    """Track badge (main / workshop / findings / journal / preprint ...), honours, status."""
    flags = [f for f in c.get("flags") or []]
    kind = TRACK.get(c.get("type") or "", "")
    if "workshop" in flags:
        kind = "workshop"
    elif "findings" in flags:
        kind = "findings"
    out = [{"label": kind, "kind": "track-" + kind}] if kind else []
    out += [{"label": f.replace("_", " "), "kind": "honour"} for f in flags if f in HONOUR_FLAGS]
    out += [{"label": f.replace("_", " "), "kind": "status"} for f in flags if f in STATUS_FLAGS]
    return out


def differences(claims: list[dict[str, Any]]) -> dict[str, list[Any]]:
    """Fields on which the documents disagree, with the distinct values."""
    def norm(v: Any) -> str:
        return json.dumps(v, sort_keys=True).lower() if not isinstance(v, str) else " ".join(v.lower().split())

    out: dict[str, list[Any]] = {}
    for key in ("title", "authors", "venue", "year", "type", "flags", "doi"):
        values: dict[str, Any] = {}
        for c in claims:
            v = c.get(key)
            if v not in (None, "", []):
                values.setdefault(norm(v), v)
        if len(values) > 1:
            out[key] = list(values.values())
    return out


# ------------------------------------------------------------------ person

def _pick_claim(claims: list[dict[str, Any]], owned: set[str]) -> dict[str, Any]:
    return min(claims, key=lambda c: (c["document"] not in owned, bool(c.get("truncated")),
                                      -len(c.get("authors") or []), c["document"], c["ord"]))


def person_page(db: Dialect, pid: str, show_contacts: bool = False) -> dict[str, Any]:
    """The person view of the store, with display claims, counts, metrics and the graph data."""
    from ..store.views import person_view

    view = person_view(db, pid)
    keys = [(c["document_id"], c["ord"]) for w in view["works"] for c in w["claims"]]
    profiles = profiles_of(db, {k[0] for k in keys} | _owned_ids(db, pid))
    people = claim_authors(db, keys)
    owned = set(view.get("owner_of") or [])
    for w in view["works"]:
        w["claims"] = [decorate_claim(c, people.get((c["document_id"], c["ord"]), {}), profiles, pid)
                       for c in w["claims"]]
        w["display"] = _pick_claim(w["claims"], owned)
        w["differences"] = differences(w["claims"])
        w["has_code"] = any(c["has_code"] for c in w["claims"])
    abstracts = abstracts_of(db, [w["id"] for w in view["works"]])
    for w in view["works"]:
        w["abstract"] = abstracts.get(w["id"])
    by_name = {p["_name"]: p for p in profiles.values()}
    found = metrics.measured(db, pid)
    view["metrics"] = metrics.headline(db, view, by_name, found)
    view["more_metrics"] = metrics.others(found[0])
    view["counts"] = {k: {kk: vv for kk, vv in v.items() if kk != "works"} | {"n_listed": len(v["works"])}
                      for k, v in metrics.derived(view).items()}
    view["documents_list"] = _documents_of(db, pid)
    if not show_contacts:
        view["contact"] = [{"homepages": [u for u in c.get("homepages", []) if safe_url(u)], "source": c["source"]}
                           for c in view.get("contact", [])]
    return view


def _owned_ids(db: Dialect, pid: str) -> set[str]:
    return {r[0] for r in db.query("SELECT DISTINCT document_id FROM person_mentions"
                                   " WHERE person_id = ? AND role = 'owner'", (pid,))}


def _documents_of(db: Dialect, pid: str) -> list[dict[str, Any]]:
    rows = db.query("SELECT DISTINCT d.id, d.name, d.kind, d.format, m.role FROM person_mentions m"
                    " JOIN documents d ON d.id = m.document_id WHERE m.person_id = ? ORDER BY d.name", (pid,))
    out: dict[str, dict[str, Any]] = {}
    for doc_id, name, kind, fmt, role in rows:
        out.setdefault(doc_id, {"id": doc_id, "name": name, "kind": kind, "format": fmt, "roles": []})
        out[doc_id]["roles"].append(role)
    return list(out.values())


def explain_page(db: Dialect, pid: str, metric: str) -> dict[str, Any] | None:
    """One metric of one person, with what it counted; None for an unknown metric name."""
    view = person_page(db, pid)
    docs = profiles_of(db, _owned_ids(db, pid))
    profiles = {p["_name"]: p for p in docs.values()}
    result = metrics.explain(db, view, profiles, metric)
    if result is None:
        return None
    return dict(result, person={"id": view["id"], "name": view["name"]})


# ------------------------------------------------------------------ work

def work_page(db: Dialect, wid: str) -> dict[str, Any] | None:
    rows = db.query("SELECT id, title, year, venue, type, n_claims FROM works WHERE id = ?", (wid,))
    if not rows:
        return None
    r = rows[0]
    claim_rows = db.query(
        "SELECT c.document_id, c.ord, d.name, c.section, c.idx, c.title, c.authors, c.equal_marked, c.venue,"
        " c.venue_raw, c.year, c.type, c.flags, c.links, c.note, c.doi, c.span_start, c.span_end, d.is_current"
        " FROM work_claims wc JOIN claims c ON c.document_id = wc.document_id AND c.ord = wc.ord"
        " JOIN documents d ON d.id = c.document_id WHERE wc.work_id = ? ORDER BY d.name, c.ord", (wid,))
    claims = [{"document_id": c[0], "ord": c[1], "document": c[2], "section": c[3], "index": c[4], "title": c[5],
               "authors": json.loads(c[6] or "[]"), "equal_marked": json.loads(c[7] or "[]"), "venue": c[8],
               "venue_raw": c[9], "year": c[10], "type": c[11], "flags": json.loads(c[12] or "[]"),
               "links": json.loads(c[13] or "[]"), "note": c[14], "doi": c[15],
               "span": [c[16], c[17]] if c[16] is not None else None, "current": bool(c[18])} for c in claim_rows]
    keys = [(c["document_id"], c["ord"]) for c in claims]
    profiles = profiles_of(db, {k[0] for k in keys})
    people = claim_authors(db, keys)
    claims = [decorate_claim(c, people.get((c["document_id"], c["ord"]), {}), profiles) for c in claims]
    pids = sorted({p for c in claims for p in (a["person_id"] for a in c["authors_display"]) if p})
    names = dict(db.query(f"SELECT id, name FROM persons WHERE id IN ({', '.join('?' for _ in pids)})", pids)) \
        if pids else {}
    return {"id": r[0], "title": r[1], "year": r[2], "venue": r[3], "type": r[4], "n_claims": r[5],
            "claims": claims, "differences": differences(claims),
            "authors": [{"id": p, "name": names.get(p, p)} for p in pids],
            "merge_decisions": _merge_decisions(db, wid), "abstract": abstracts_of(db, [wid]).get(wid)}


_ABSTRACT_ORDER = {"arxiv": 0, "openalex": 1, "semanticscholar": 2, "openreview": 3}


def abstracts_of(db: Dialect, work_ids: list[str]) -> dict[str, dict[str, str]]:
    """Work id -> {text, source, retrieved}: the abstract an enrichment source gave (none when nothing
    was enriched; documents themselves carry no abstracts)."""
    rows: list[tuple[Any, ...]] = []
    try:
        for i in range(0, len(work_ids), 500):
            chunk = work_ids[i:i + 500]
            rows += db.query("SELECT work_id, source, value, retrieved_at FROM enrichment WHERE field = 'abstract'"
                             f" AND work_id IN ({', '.join('?' for _ in chunk)})", chunk)
    except Exception:  # noqa: BLE001 - no enrichment table yet: nothing was enriched
        return {}
    out: dict[str, dict[str, str]] = {}
    for wid, source, value, when in sorted(rows, key=lambda r: _ABSTRACT_ORDER.get(r[1], 9)):
        text = json.loads(value) if value else None
        if isinstance(text, str) and text.strip() and wid not in out:
            out[wid] = {"text": text.strip(), "source": source, "retrieved": (when or "")[:10]}
    return out


def _merge_decisions(db: Dialect, cluster: str) -> list[dict[str, Any]]:
    rows = db.query("SELECT seq, a, b, merged, score, rule, evidence FROM merge_decisions"
                    " WHERE kind = 'work' AND cluster_id = ? ORDER BY seq", (cluster,))
    return [{"seq": r[0], "a": r[1], "b": r[2], "merged": bool(r[3]), "score": r[4], "rule": r[5],
             "evidence": r[6]} for r in rows]


# ------------------------------------------------------------------ compare

def compare(db: Dialect, pids: list[str]) -> dict[str, Any]:
    """2-4 people side by side: counts, roles, venues, years, and what they share."""
    pages = [person_page(db, p) for p in pids]
    work_sets = {p["id"]: {w["id"] for w in p["works"]} for p in pages}
    co_sets = {p["id"]: {c["id"] for c in p["coauthors"]} for p in pages}
    shared_works: set[str] = set.intersection(*work_sets.values()) if len(pages) > 1 else set()
    titles = {w["id"]: w["title"] for p in pages for w in p["works"]}
    years = sorted({w["year"] for p in pages for w in p["works"] if w.get("year")})
    cols = []
    for p in pages:
        per_year = {y: 0 for y in years}
        for w in p["works"]:
            if w.get("year"):
                per_year[w["year"]] += 1
        types: dict[str, int] = defaultdict(int)
        for w in p["works"]:
            types[(w["display"]["badges"] or [{"label": "other"}])[0]["label"]] += 1
        cols.append({"id": p["id"], "name": p["name"], "counts": p["counts"], "metrics": p["metrics"],
                     "roles": p["roles"], "venues": dict(list(p["venues"].items())[:6]), "types": dict(types),
                     "per_year": per_year, "documents": len(p["documents_list"]),
                     "years_active": f"{years[0]}–{years[-1]}" if years else None,
                     "coauthors": len(p["coauthors"]), "mentors": [m["name"] for m in p["mentors"]],
                     "mentees": [m["name"] for m in p["mentees"]]})
    for c in cols:
        active = [y for y, n in c["per_year"].items() if n]
        c["years_active"] = f"{active[0]}–{active[-1]}" if active else None
    common_co = set.intersection(*co_sets.values()) - set(pids) if len(pages) > 1 else set()
    names = {c["id"]: c["name"] for p in pages for c in p["coauthors"]}
    return {"people": cols, "years": years,
            "shared_works": [{"id": w, "title": titles.get(w)} for w in sorted(shared_works)],
            "shared_coauthors": [{"id": c, "name": names.get(c, c)} for c in sorted(common_co)]}


# ------------------------------------------------------------------ source

def source_span(db: Dialect, doc_id: str, start: int | None, end: int | None, show_contacts: bool,
                context: int = 400) -> dict[str, Any] | None:
    """A document's text around a span (the whole text without one); contacts hidden unless allowed."""
    from . import texts

    rows = db.query("SELECT name, kind, format, is_current, profile FROM documents WHERE id = ?", (doc_id,))
    if not rows:
        return None
    name, kind, fmt, current, profile = rows[0]
    text = texts.document_text(db, doc_id)
    out: dict[str, Any] = {"document_id": doc_id, "document": name, "kind": kind, "format": fmt,
                           "current": bool(current), "span": [start, end] if start is not None else None,
                           "available": text is not None}
    if text is None:
        out["reason"] = "the document's text is not stored and its file is gone or changed since ingest"
        return out
    hide = [] if show_contacts else (json.loads(profile).get("person") or {}).get("phones") or []

    def show(s: str) -> str:
        s = texts.clean(s)
        return s if show_contacts else texts.redact(s, hide)

    if start is None or end is None:
        out.update(before="", match="", after=show(text), length=len(text))
        return out
    start, end = max(0, min(start, len(text))), max(0, min(end, len(text)))
    a, b = max(0, start - context), min(len(text), end + context)
    out.update(before=show(text[a:start]), match=show(text[start:end]), after=show(text[end:b]),
               clipped_before=a > 0, clipped_after=b < len(text), length=len(text))
    return out
