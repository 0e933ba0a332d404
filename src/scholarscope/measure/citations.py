"""Citations, h-index and i10 over a person's distinct works, from enriched citation counts."""
from __future__ import annotations

from collections.abc import Sequence

from .data import WorkRecord
from .metric import Input, Metric

CITATIONS_FORMULA = "sum over distinct works of cited_by_count (first source in settings.citation_sources)"
H_FORMULA = "largest h such that h distinct works have at least h citations each"
I10_FORMULA = "number of distinct works with at least {t} citations"


def h_index(counts: Sequence[int]) -> int:
    """Hirsch index of a list of citation counts: ``h_index([10, 8, 5, 4, 3]) == 4``."""
    ranked = sorted((c for c in counts if c > 0), reverse=True)
    h = 0
    for i, c in enumerate(ranked, start=1):
        if c < i:
            break
        h = i
    return h


def i_n(counts: Sequence[int], threshold: int = 10) -> int:
    """Works with at least ``threshold`` citations (i10 for threshold 10)."""
    return sum(1 for c in counts if c >= threshold)


def citation_inputs(works: list[WorkRecord], sources: list[str]) -> tuple[list[Input], list[str]]:
    """One Input per work that has a citation count (value, source, retrieval date); and the works without."""
    inputs, missing = [], []
    for w in works:
        e = w.enriched_value("cited_by_count", sources)
        if e is None or not isinstance(e.value, int):
            missing.append(w.id)
            continue
        inputs.append(Input("enrichment", w.id, w.title or "", e.value, e.ref, e.retrieved_at))
    return inputs, missing


def _coverage(inputs: list[Input], missing: list[str], works: list[WorkRecord]) -> dict[str, object]:
    return {"works_with_data": len(inputs), "works": len(works), "works_without_data": missing,
            "partial": bool(missing),
            "note": "a lower bound: works without citation data count as unknown, not as zero" if missing else ""}


def citations(works: list[WorkRecord], sources: list[str]) -> Metric:
    inputs, missing = citation_inputs(works, sources)
    if not inputs:
        return Metric.unknown("citations", "no citation data for any work (run `scholarscope enrich`)",
                              CITATIONS_FORMULA, works=len(works))
    return Metric("citations", sum(int(i.value) for i in inputs), None, CITATIONS_FORMULA, inputs,
                  _coverage(inputs, missing, works))


def h_index_metric(works: list[WorkRecord], sources: list[str]) -> Metric:
    inputs, missing = citation_inputs(works, sources)
    if not inputs:
        return Metric.unknown("h_index", "no citation data for any work", H_FORMULA, works=len(works))
    counts = [int(i.value) for i in inputs]
    h = h_index(counts)
    core = sorted(inputs, key=lambda i: -int(i.value))[:h]
    return Metric("h_index", h, None, H_FORMULA, inputs,
                  {**_coverage(inputs, missing, works), "h_core": [i.ref for i in core]})


def i10_metric(works: list[WorkRecord], sources: list[str], threshold: int = 10) -> Metric:
    formula = I10_FORMULA.format(t=threshold)
    inputs, missing = citation_inputs(works, sources)
    if not inputs:
        return Metric.unknown("i10", "no citation data for any work", formula, works=len(works))
    chosen = [i for i in inputs if int(i.value) >= threshold]
    return Metric("i10", len(chosen), None, formula, chosen, _coverage(inputs, missing, works))
