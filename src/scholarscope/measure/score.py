"""Overall score (0-100): a weighted mean of normalised components, over the known ones only.

    component_k in [0, 1]  (reference points in Settings.scales)
      h_index     min(h / H, 1)
      citations   min(log(1 + c) / log(1 + C), 1)
      top_venues  min((tier1 + tier2/2 + tier3/4) / T, 1)
      works       min(distinct works / W, 1)
      credit      min(harmonic credit / K, 1)
      novelty     novelty percentile / 100
    score = 100 * sum_k w_k * component_k / sum_k w_k     (k over known components)

Unknown when the known components' weights add up to less than Settings.min_known_share of all
weights: a score from, say, the paper count alone would pretend to more than it knows.
"""
from __future__ import annotations

import math
from dataclasses import asdict

from .metric import Input, Metric
from .settings import Settings

FORMULA = "100 * sum(w_k * c_k) / sum(w_k) over known components k (see docs/metrics.md)"


def components(m: dict[str, Metric], s: Settings) -> dict[str, float | None]:
    sc = s.scales

    def val(name: str) -> float | None:
        return float(m[name].value) if name in m and m[name].known else None

    h, c, w, k, n = val("h_index"), val("citations"), val("works"), val("credit_harmonic"), val("novelty")
    tv = m.get("top_venues")
    t = float(tv.detail["tier1_equivalent"]) if tv is not None and tv.known else None
    return {
        "h_index": None if h is None else min(h / sc.h_index, 1.0),
        "citations": None if c is None else min(math.log1p(c) / math.log1p(sc.citations), 1.0),
        "top_venues": None if t is None else min(t / sc.top_venues, 1.0),
        "works": None if w is None else min(w / sc.works, 1.0),
        "credit": None if k is None else min(k / sc.credit, 1.0),
        "novelty": None if n is None else n / 100.0,
    }


def overall(m: dict[str, Metric], s: Settings) -> Metric:
    weights = asdict(s.weights)
    comp = components(m, s)
    total = sum(weights.values())
    known = {k: v for k, v in comp.items() if v is not None and weights.get(k, 0) > 0}
    known_w = sum(weights[k] for k in known)
    table = []
    for k, wt in weights.items():
        v = comp.get(k)
        share = wt / known_w if v is not None and known_w else 0.0
        table.append({"component": k, "normalised": None if v is None else round(v, 4), "weight": wt,
                      "share": round(share, 4), "points": None if v is None else round(100 * share * v, 2),
                      "status": "used" if v is not None else f"unknown: {m[_src(k)].unknown_reason}"
                      if _src(k) in m else "unknown"})
    if total <= 0 or known_w / total < s.min_known_share:
        return Metric.unknown("score", f"known components carry {known_w:.2f} of weight {total:.2f}, below the "
                              f"minimum share {s.min_known_share}", FORMULA, components=table)
    value = round(100 * sum(weights[k] * v for k, v in known.items()) / known_w, 1)
    inputs = [Input("setting", f"weights.{r['component']}", "", r["weight"]) for r in table]
    return Metric("score", value, None, FORMULA, inputs, {"components": table, "scales": asdict(s.scales)})


def _src(component: str) -> str:
    return {"credit": "credit_harmonic"}.get(component, component)
