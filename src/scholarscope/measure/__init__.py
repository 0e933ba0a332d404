"""measure: a researcher's numbers, each computed from stored inputs and explained.

    person_metrics(repo_or_db_url, person_id, settings=None) -> dict[str, Metric]

``repo_or_db_url`` is a ``scholarscope.store.Store``, its ``.db`` dialect, or a database URL
(SQLite path or postgresql://). ``person_id`` is a person id or a name ``find_person`` accepts.
Keys of the result:

    works, citations, h_index, i10, works_by_year, works_by_type, first_author, last_author,
    equal_first, alphabetical, credit_harmonic, credit_first, top_venues, field, novelty,
    checks, score

Every ``Metric`` has ``value`` (None when unknown), ``unknown_reason``, ``formula``, ``inputs``
(``Input``: kind, ref, label, value, source, date: the works, claims and enrichment records it
used) and ``detail``; ``Metric.to_dict()`` is JSON-ready. Formulas: docs/metrics.md.
``record_metrics(works, settings)`` computes the store-independent metrics from in-memory
``WorkRecord`` lists. ``Settings`` holds score weights and reference points
(``Settings.to_json()`` / ``Settings.from_json()``). Nothing is computed at import time.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .metric import Input, Metric
from .settings import ScoreScales, ScoreWeights, Settings

if TYPE_CHECKING:
    from .data import ClaimRecord, WorkRecord

__all__ = ["ClaimRecord", "Input", "Metric", "ScoreScales", "ScoreWeights", "Settings", "WorkRecord",
           "person_metrics", "record_metrics"]


def person_metrics(repo_or_db_url: Any, person_id: str, settings: Settings | None = None) -> dict[str, Metric]:
    """Every metric of one person (see the module docstring)."""
    from .person import person_metrics as run

    return run(repo_or_db_url, person_id, settings)


def record_metrics(works: list[WorkRecord], settings: Settings | None = None) -> dict[str, Metric]:
    """Metrics from in-memory work records (no store)."""
    from .person import record_metrics as run

    return run(works, settings)


def __getattr__(name: str) -> Any:
    if name in ("ClaimRecord", "WorkRecord"):
        from . import data

        return getattr(data, name)
    raise AttributeError(name)
