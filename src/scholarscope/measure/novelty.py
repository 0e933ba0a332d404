"""Novelty: how far a work's text lies from the earlier works of the store, as a percentile in its field.

For work w with year y and text t (title, plus abstract when enrichment has one):

    distance(w)   = 1 - max { cos(e(t), e(t_v)) : v in store, year(v) < y }
    novelty(w)    = 100 * |{u in F(w) : distance(u) <= distance(w)}| / |F(w)|

where e is the embedding backend (Settings.embedding) and F(w) is the set of store works of
w's field tag with a known distance (all store works when that field has fewer than
Settings.novelty_min_field of them). A person's novelty is the median of their works'
novelty. Unknown for works without a year or without any earlier work in the store.

The max runs over every earlier work ('exact', quadratic) or, for large stores, over the k
approximate nearest ones found by an HNSW index and re-ranked exactly ('ann', see
measure/neighbours.py): a distance can then only come out higher than the exact one, and does
for the few works whose true nearest work the index missed (the metric says which search ran).
"""
from __future__ import annotations

import hashlib
import json
import statistics
from dataclasses import dataclass
from typing import Any

from ..enrich import store as enrich_store
from ..errors import ConfigError
from ..store.dialect import Dialect
from .embed import max_earlier_similarity, resolve
from .field import store_work_fields
from .metric import Input, Metric
from .settings import Settings

FORMULA = ("median over the person's works of novelty(w) = percentile of distance(w) among store works of "
           "the same field, distance(w) = 1 - max cosine similarity of w's title(+abstract) embedding to any "
           "store work of an earlier year")


@dataclass
class StoreNovelty:
    """Per-work distance and percentile for every work of the store."""

    backend: str
    values: dict[str, dict[str, Any]]   # work id -> {distance, percentile, field, population}
    store_works: int
    search: str = "exact"               # exact | ann


def _texts(db: Dialect) -> list[tuple[str, str, int | None]]:
    enrich_store.ensure_tables(db)
    abstracts = {r[0]: json.loads(r[1]) for r in db.query(
        "SELECT work_id, value FROM enrichment WHERE field = 'abstract' ORDER BY source DESC")}
    rows = db.query("SELECT id, title, year FROM works ORDER BY id")
    return [(r[0], " ".join(filter(None, [r[1] or "", abstracts.get(r[0]) or ""])), r[2]) for r in rows]


def search_mode(mode: str, n: int, ann_min_works: int) -> str:
    """'exact' or 'ann' for a store of n works ('auto': ann from ann_min_works on, when installed)."""
    from .neighbours import available

    if mode == "exact" or (mode == "auto" and (n < ann_min_works or not available())):
        return "exact"
    if mode not in ("ann", "auto"):
        raise ConfigError(f"unknown novelty_search {mode!r} (auto, exact, ann)")
    if not available():
        raise ConfigError("novelty_search 'ann' needs numpy and usearch: pip install 'scholarscope[scale]'")
    return "ann"


def compute(items: list[tuple[str, str, int | None]], fields: dict[str, str], backend: str,
            min_field: int, search: str = "exact") -> dict[str, dict[str, Any]]:
    """Distances and within-field percentiles for (id, text, year) items."""
    sims = max_earlier_similarity([t for _, t, _ in items], [y for _, _, y in items], backend, search)
    dist = {wid: round(1.0 - s, 4) for (wid, _, _), s in zip(items, sims) if s is not None}
    by_field: dict[str, list[float]] = {}
    for wid, d in dist.items():
        by_field.setdefault(fields.get(wid, "?"), []).append(d)
    everyone = sorted(dist.values())
    out: dict[str, dict[str, Any]] = {}
    for wid, d in dist.items():
        f = fields.get(wid, "?")
        pop = sorted(by_field[f]) if len(by_field[f]) >= min_field else everyone
        rank = _count_le(pop, d)
        out[wid] = {"distance": d, "percentile": round(100.0 * rank / len(pop), 1), "field": f,
                    "population": len(pop), "population_kind": "field" if pop is not everyone else "store"}
    return out


def _count_le(sorted_vals: list[float], x: float) -> int:
    import bisect

    return bisect.bisect_right(sorted_vals, x)


def store_novelty(db: Dialect, settings: Settings) -> StoreNovelty:
    """Novelty of every store work, cached in metrics_cache under a fingerprint of its inputs."""
    items = _texts(db)
    fields = store_work_fields(db, settings.field_min_probability)
    backend = resolve(settings.embedding)
    search = search_mode(settings.novelty_search, len(items), settings.novelty_ann_min_works)
    key = hashlib.sha1(json.dumps([backend, search, settings.novelty_min_field, items,
                                   sorted(fields.items())]).encode()).hexdigest()
    metric = f"novelty:{backend}"
    cached = enrich_store.cache_get(db, metric, key)
    if cached or not items:
        return StoreNovelty(backend, cached, len(items), search)
    values = compute(items, fields, backend, settings.novelty_min_field, search)
    enrich_store.cache_put(db, metric, key, values)
    return StoreNovelty(backend, values, len(items), search)


def novelty_metric(work_ids: list[str], titles: dict[str, str], sn: StoreNovelty) -> Metric:
    inputs = [Input("work", w, titles.get(w, ""), sn.values[w]["percentile"], f"novelty:{sn.backend}")
              for w in work_ids if w in sn.values]
    per_work = {w: sn.values[w] for w in work_ids if w in sn.values}
    missing = [w for w in work_ids if w not in sn.values]
    if not inputs:
        return Metric.unknown("novelty", "no work has a year and an earlier work in the store to compare with",
                              FORMULA, store_works=sn.store_works, embedding=sn.backend, search=sn.search)
    value = round(statistics.median(float(i.value) for i in inputs), 1)
    return Metric("novelty", value, None, FORMULA, inputs,
                  {"embedding": sn.backend, "search": sn.search, "store_works": sn.store_works, "per_work": per_work,
                   "works_without_novelty": missing})
