"""All metrics of one person, from a store (or from in-memory records for tests and benchmarks)."""
from __future__ import annotations

from typing import Any

from ..store.dialect import Dialect, connect
from . import checks as checks_mod
from . import citations as cit
from . import counts
from .data import PersonRecord, WorkRecord, load_person, owned_claims_without_owner
from .field import field_tag
from .metric import Metric
from .novelty import novelty_metric, store_novelty
from .score import overall
from .settings import Settings


def record_metrics(works: list[WorkRecord], settings: Settings | None = None) -> dict[str, Metric]:
    """The metrics that need only the person's works (no store-wide reference set)."""
    s = settings or Settings()
    out: dict[str, Metric] = {
        "works": counts.distinct_works(works),
        "citations": cit.citations(works, s.citation_sources),
        "h_index": cit.h_index_metric(works, s.citation_sources),
        "i10": cit.i10_metric(works, s.citation_sources, s.i10_threshold),
        "works_by_year": counts.by_year(works),
        "works_by_type": counts.by_type(works),
    }
    out.update(counts.roles(works))
    out.update(counts.credit(works))
    out["top_venues"] = counts.top_venues(works)
    out["field"] = field_tag(works, s.field_min_probability)
    return out


def _db(repo_or_db_url: Any) -> tuple[Dialect, bool]:
    """(dialect, whether we opened it) from a Store, a Dialect, or a database URL/path."""
    if isinstance(repo_or_db_url, Dialect):
        return repo_or_db_url, False
    if hasattr(repo_or_db_url, "db") and isinstance(repo_or_db_url.db, Dialect):
        return repo_or_db_url.db, False
    from ..store.schema import migrate

    db = connect(repo_or_db_url)
    migrate(db)
    return db, True


def metrics_for(db: Dialect, person: PersonRecord, settings: Settings | None = None) -> dict[str, Metric]:
    s = settings or Settings()
    out = record_metrics(person.works, s)
    titles = {w.id: w.title or "" for w in person.works}
    out["novelty"] = novelty_metric([w.id for w in person.works], titles, store_novelty(db, s))
    out["checks"] = checks_mod.checks(person.works, owned_claims_without_owner(db, person.id))
    out["score"] = overall(out, s)
    return out


def person_metrics(repo_or_db_url: Any, person_id: str, settings: Settings | None = None) -> dict[str, Metric]:
    """Every metric of one person: name -> Metric (value or unknown with reason, formula, inputs).

    ``repo_or_db_url``: a ``store.Store``, a store ``Dialect``, or a SQLite path / postgresql:// URL.
    ``person_id``: a person id (``P...``) or anything ``store.queries.find_person`` accepts.
    """
    from ..store.queries import find_person

    db, opened = _db(repo_or_db_url)
    try:
        pid = find_person(db, person_id)
        return metrics_for(db, load_person(db, pid), settings)
    finally:
        if opened:
            db.close()
