"""Field tag (LG, CV, CL, AI, ...) of works and of a person.

A work's tag, in order of trust: the arXiv primary category from enrichment (source arxiv), a
category the document itself states (profile pages list one per paper), the field of its venue
in the venue table, else the classifier of ``field_model`` on the title (+ abstract). A person's tag is the most frequent tag over their
distinct works; the metric lists each work's tag with where it came from.
"""
from __future__ import annotations

import json
from collections import Counter
from typing import Any

from ..enrich import store as enrich_store
from ..parse.venues import normalise_venue
from ..store.dialect import Dialect
from .data import WorkRecord
from .field_model import load_model, tag
from .metric import Input, Metric

FORMULA = ("most frequent tag over distinct works; a work's tag = arXiv primary category (enrichment) > "
           "category stated by the document > field of its venue (data/venues.json) > title classifier "
           "(TF-IDF + logistic regression, used at probability >= settings.field_min_probability)")


# venue-table fields (data/VENUES.md) -> arXiv-style tags where one fits; other fields keep their name
VENUE_FIELD_TAG = {"ML": "LG", "AI": "AI", "CV": "CV", "NLP": "CL", "IR": "IR", "security": "CR",
                   "robotics": "RO", "DB": "DB", "PL": "PL", "SE": "SE", "HCI": "HC", "graphics": "GR",
                   "theory": "CC", "networking": "NI", "systems": "DC", "DM": "DM"}


def venue_field(w: WorkRecord) -> tuple[str, str] | None:
    """(tag, venue name) from the venue table for the first version with a known venue field."""
    for name in [w.venue, *(c.venue for c in w.claims)]:
        v = normalise_venue(name) if name else None
        if v is not None and v.known and v.field and v.kind != "preprint":
            return VENUE_FIELD_TAG.get(v.field, v.field), v.name or name or ""
    return None


def classify(text: str) -> tuple[str, float] | None:
    model = load_model()
    if model is None or not text.strip():
        return None
    return model.predict(text)


def work_field(w: WorkRecord, min_prob: float = 0.0) -> tuple[str | None, str, Any]:
    """(tag, how it was found, evidence) for one work."""
    e = w.enriched_value("category", ["arxiv", "openalex", "semanticscholar"])
    if e is not None and e.value:
        return tag(str(e.value)), f"enrichment:{e.source}", {"value": e.value, "retrieved_at": e.retrieved_at}
    stated = [c for c in w.claims if c.category]
    if stated:
        return tag(stated[0].category or ""), "document", {"claim": stated[0].ref, "value": stated[0].category}
    vf = venue_field(w)
    if vf is not None:
        return vf[0], "venue", {"venue": vf[1]}
    abstract = w.enriched_value("abstract")
    got = classify(" ".join(filter(None, [w.title or "", abstract.value if abstract else ""])))
    if got is None:
        return None, "none", "no title and no classifier model"
    if got[1] < min_prob:
        return None, "classifier", {"low_confidence": got[0], "probability": round(got[1], 3)}
    return got[0], "classifier", {"probability": round(got[1], 3)}


def field_tag(works: list[WorkRecord], min_prob: float = 0.0) -> Metric:
    tags: Counter[str] = Counter()
    inputs = []
    untagged = {}
    for w in works:
        t, how, ev = work_field(w, min_prob)
        if t is None:
            untagged[w.id] = ev
            continue
        tags[t] += 1
        inputs.append(Input("work", w.id, w.title or "", t, how, ev.get("retrieved_at") if isinstance(ev, dict) else None))
    if not tags:
        return Metric.unknown("field", "no work with a known category or a confident classifier tag "
                              f"(probability >= {min_prob})", FORMULA, untagged=untagged)
    best = max(sorted(tags), key=lambda k: tags[k])
    model = load_model()
    return Metric("field", best, None, FORMULA, inputs,
                  {"counts": dict(tags.most_common()), "untagged": untagged,
                   "from": dict(Counter(i.source.split(":")[0] for i in inputs if i.source)),
                   "classifier_held_out_accuracy": model.meta.get("held_out_accuracy") if model else None})


def store_work_fields(db: Dialect, min_prob: float = 0.0) -> dict[str, str]:
    """Work id -> tag for every store work (same order of trust as ``work_field``)."""
    enrich_store.ensure_tables(db)
    out: dict[str, str] = {}
    stated = _stated_categories(db)
    enriched = {r[0]: json.loads(r[1]) for r in db.query(
        "SELECT work_id, value FROM enrichment WHERE field = 'category' AND source = 'arxiv'")}
    for wid, title, venue in db.query("SELECT id, title, venue FROM works"):
        vf = venue_field(WorkRecord(wid, title, None, venue, None)) if venue else None
        if enriched.get(wid):
            out[wid] = tag(str(enriched[wid]))
        elif wid in stated:
            out[wid] = tag(stated[wid])
        elif vf is not None:
            out[wid] = vf[0]
        else:
            got = classify(title or "")
            if got and got[1] >= min_prob:
                out[wid] = got[0]
    return out


def _stated_categories(db: Dialect) -> dict[str, str]:
    """Work id -> category stated on a profile page (each profile read once)."""
    pubs = {did: json.loads(prof).get("publications") or [] for did, prof in db.query(
        "SELECT id, profile FROM documents WHERE kind = 'profile_page' AND is_current = 1")}
    out: dict[str, str] = {}
    if not pubs:
        return out
    for wid, did, ord_ in db.query("SELECT work_id, document_id, ord FROM work_claims ORDER BY document_id, ord"):
        items = pubs.get(did)
        cat = items[ord_].get("category") if items and 0 <= ord_ < len(items) else None
        if cat:
            out.setdefault(wid, cat)
    return out
