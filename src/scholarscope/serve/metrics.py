"""The numbers on a person page: headline metrics from ``scholarscope.measure`` when it offers
them ("not computed yet" with the reason until then), counts derived from the store, each with
the list of works it counted, and values that documents themselves state (profile pages).

Nothing here invents a number: a count is the length of the list it explains.
"""
from __future__ import annotations

import importlib
from collections import Counter
from collections.abc import Callable
from typing import Any

from ..store.dialect import Dialect

# headline metrics, in the order of the profile page users know (seed 004)
HEADLINE: list[tuple[str, str, tuple[str, ...], str]] = [
    ("field", "Field", ("field", "field_tag", "topic"),
     "needs a topic model over the person's works; scholarscope.measure does not offer one yet"),
    ("h_index", "h-index", ("h_index", "h-index", "hindex"),
     "needs citation counts per work (enrichment from OpenAlex / Semantic Scholar); none are stored"),
    ("papers", "Papers", ("papers", "works", "n_works"),
     "the measured paper count (deduplicated, with credit) is not offered by scholarscope.measure yet;"
     " see the store's count of distinct works below"),
    ("citations", "Citations", ("citations", "cited_by", "citation_count"),
     "needs citation counts per work from an enrichment source; none are stored"),
    ("novelty", "Novelty", ("novelty", "novelty_pct"),
     "defined by the metrics issue (topic distance to prior work); not computed yet"),
    ("score", "Score", ("score", "ai_score", "overall"),
     "the overall score combines the metrics above with documented weights; not computed yet"),
]
_STATED_KEYS = {"field": "field", "h_index": "h_index", "papers": "papers", "citations": "citations",
                "novelty": "novelty_pct", "score": "ai_score"}
_MEASURE_FUNCTIONS = ("person_metrics", "measure_person", "profile_metrics")
FIRST_ROLES = ("first", "sole")


def _measure_function() -> Callable[..., Any] | None:
    try:
        mod = importlib.import_module("scholarscope.measure")
    except Exception:  # noqa: BLE001 - a half-finished measure package must not break the site
        return None
    for name in _MEASURE_FUNCTIONS:
        fn = getattr(mod, name, None)
        if callable(fn):
            return fn  # type: ignore[no-any-return]
    return None


def _as_dict(metric: Any) -> dict[str, Any]:
    if hasattr(metric, "to_dict"):
        return dict(metric.to_dict())
    return dict(metric) if isinstance(metric, dict) else {"value": metric}


def measured(db: Dialect, pid: str) -> tuple[dict[str, dict[str, Any]], str | None]:
    """Metrics from scholarscope.measure by name, or ({}, reason) when it offers none."""
    fn = _measure_function()
    if fn is None:
        return {}, None
    try:
        result = fn(db, pid)
    except Exception as exc:  # noqa: BLE001 - show the failure as the reason, never a number
        return {}, f"scholarscope.measure failed: {type(exc).__name__}: {exc}"
    items = result.items() if isinstance(result, dict) else ((getattr(m, "name", str(i)), m)
                                                            for i, m in enumerate(result or []))
    return {str(k).lower(): _as_dict(v) for k, v in items}, None


def stated(view: dict[str, Any], profiles: dict[str, dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """Values that the person's own documents state (a profile page's h-index...), by metric."""
    out: dict[str, list[dict[str, Any]]] = {}
    for doc_name, profile in profiles.items():
        if doc_name not in view.get("owner_of", []):
            continue
        summary = profile.get("summary_metrics") or {}
        for key, skey in _STATED_KEYS.items():
            if summary.get(skey) is not None:
                out.setdefault(key, []).append({"value": summary[skey], "document": doc_name,
                                                "document_id": profile.get("_id")})
    return out


def headline(db: Dialect, view: dict[str, Any], profiles: dict[str, dict[str, Any]],
             found_failure: tuple[dict[str, dict[str, Any]], str | None] | None = None) -> list[dict[str, Any]]:
    """The six headline cards: value and explanation when measured, else the reason."""
    found, failure = found_failure or measured(db, view["id"])
    claims = stated(view, profiles)
    cards = []
    for key, label, aliases, reason in HEADLINE:
        m = next((found[a] for a in aliases if a in found), None)
        value = m.get("value") if m else None
        why = (m.get("unknown_reason") if m else None) or failure or reason
        cards.append({"key": key, "label": label, "value": value, "computed": value is not None,
                      "reason": None if value is not None else why, "formula": (m or {}).get("formula", ""),
                      "inputs": (m or {}).get("inputs", []), "detail": (m or {}).get("detail", {}),
                      "stated": claims.get(key, [])})
    return cards


def derived(view: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Counts the store supports directly, each with the works it counted."""
    works = view["works"]
    first = [w for w in works if w.get("role") in FIRST_ROLES]
    equal = [w for w in works if w.get("role") == "equal-first"]
    years = Counter(w["year"] for w in works if w.get("year"))
    return {
        "works": {"label": "Distinct works", "value": len(works), "works": works,
                  "formula": "papers after merging the same paper across documents and versions"},
        "first_author": {"label": "First-author works", "value": len(first), "works": first,
                         "formula": "works where the person is first or sole author in most of the claims"},
        "equal_first": {"label": "Equal-first works", "value": len(equal), "works": equal,
                        "formula": "works where the person shares first authorship (equal-contribution marks)"},
        "by_year": {"label": "Works by year", "value": dict(sorted(years.items())),
                    "works": [w for w in works if w.get("year")],
                    "formula": "distinct works counted in the year the library assigns them; "
                               f"{sum(1 for w in works if not w.get('year'))} works have no year"},
    }


def explain(db: Dialect, view: dict[str, Any], profiles: dict[str, dict[str, Any]],
            metric: str) -> dict[str, Any] | None:
    """One metric's explanation: the counted works with their sources, or the reason it is unknown."""
    counts = derived(view)
    if metric in counts:
        c = counts[metric]
        return {"metric": metric, "label": c["label"], "value": c["value"], "formula": c["formula"],
                "computed": True, "works": c["works"], "reason": None, "stated": [], "inputs": []}
    found = measured(db, view["id"])
    for card in headline(db, view, profiles, found):
        if card["key"] == metric:
            return {"metric": metric, "label": card["label"], "value": card["value"], "formula": card["formula"],
                    "computed": card["computed"], "works": [], "reason": card["reason"],
                    "stated": card["stated"], "inputs": card["inputs"], "detail": card["detail"]}
    m = found[0].get(metric)
    if m is None:
        return None
    return {"metric": metric, "label": metric.replace("_", " ").capitalize(), "value": m.get("value"),
            "formula": m.get("formula", ""), "computed": m.get("value") is not None, "works": [],
            "reason": m.get("unknown_reason"), "stated": [], "inputs": m.get("inputs", []),
            "detail": m.get("detail", {})}


def others(found: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """The measured metrics that are not headline cards (credit, venues, checks...)."""
    taken = {a for _, _, aliases, _ in HEADLINE for a in aliases}
    return [{"key": k, "label": k.replace("_", " ").capitalize(), "value": m.get("value"),
             "reason": m.get("unknown_reason")} for k, m in found.items() if k not in taken]


METRIC_KEYS = tuple(k for k, *_ in HEADLINE) + ("works", "first_author", "equal_first", "by_year")
