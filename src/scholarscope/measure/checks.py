"""Consistency checks between the versions of a work and the records of enrichment sources.

Each finding names the kind, the work, and the evidence on both sides (claim refs with their
documents; enrichment values with source and retrieval date).
"""
from __future__ import annotations

from typing import Any

from ..parse.venues import normalise_venue
from ..store.repository import fold
from .data import WorkRecord
from .metric import Input, Metric

KINDS = ("venue_vs_record", "year_mismatch", "author_list_differs", "owner_missing", "workshop_as_main")


def _venue_key(name: str | None) -> str | None:
    if not name:
        return None
    v = normalise_venue(name)
    return fold(v.name or name) if v.name else None


def _surnames(authors: list[str]) -> list[str]:
    from ..resolve.names import parse_name

    return [fold(parse_name(a).surname) for a in authors]


def venue_vs_record(w: WorkRecord) -> list[dict[str, Any]]:
    e = w.enriched_value("venue")
    if e is None or not e.value:
        return []
    record = _venue_key(str(e.value))
    out = []
    for c in w.claims:
        claimed = _venue_key(c.venue)
        if claimed and record and claimed != record and c.type != "preprint" and record != "arxiv":
            out.append({"kind": "venue_vs_record", "work": w.id, "claim": c.ref, "claimed": c.venue,
                        "record": e.value, "record_source": e.ref, "retrieved_at": e.retrieved_at})
    return out


def year_mismatch(w: WorkRecord) -> list[dict[str, Any]]:
    published = {c.ref: c.year for c in w.claims if c.year and c.type != "preprint"}
    out = []
    if len(set(published.values())) > 1:
        out.append({"kind": "year_mismatch", "work": w.id, "claims": published})
    e = w.enriched_value("year")
    if e is not None and isinstance(e.value, int) and published and e.value not in published.values():
        out.append({"kind": "year_mismatch", "work": w.id, "claims": published, "record": e.value,
                    "record_source": e.ref, "retrieved_at": e.retrieved_at})
    return out


def author_list_differs(w: WorkRecord) -> list[dict[str, Any]]:
    full = [c for c in w.claims if c.authors and not c.truncated]
    lists = {c.ref: _surnames(c.authors) for c in full}
    if len({tuple(v) for v in lists.values()}) > 1:
        return [{"kind": "author_list_differs", "work": w.id,
                 "claims": {c.ref: c.authors for c in full}}]
    return []


def workshop_as_main(w: WorkRecord) -> list[dict[str, Any]]:
    ws = [c for c in w.claims if c.type == "workshop" or "workshop" in c.flags
          or (c.venue and normalise_venue(c.venue).workshop)]
    e = w.enriched_value("venue")
    record_ws = e is not None and e.value and normalise_venue(str(e.value)).workshop
    if not ws and not record_ws:
        return []
    main = [c for c in w.claims if c.type == "conference" and c not in ws]
    evidence = [c.ref for c in ws] + ([e.ref] if record_ws and e is not None else [])
    return [{"kind": "workshop_as_main", "work": w.id, "claim": c.ref, "claimed": c.venue,
             "workshop_evidence": evidence} for c in main]


def checks(works: list[WorkRecord], owner_missing: list[dict[str, Any]]) -> Metric:
    findings: list[dict[str, Any]] = []
    for w in works:
        for fn in (venue_vs_record, year_mismatch, author_list_differs, workshop_as_main):
            findings += fn(w)
    findings += [{"kind": "owner_missing", "claim": f"{o['document']}#{o['ord']}", "title": o["title"],
                  "authors": o["authors"]} for o in owner_missing]
    counts = {k: sum(f["kind"] == k for f in findings) for k in KINDS}
    inputs = [Input("check", f.get("claim") or f.get("work", ""), f["kind"]) for f in findings]
    return Metric("checks", counts, None,
                  "findings per kind: CV venue vs enrichment record, years across versions/record, author "
                  "lists across versions, owner not in an author list of their own document, workshop "
                  "paper stated as main track", inputs, {"findings": findings})
