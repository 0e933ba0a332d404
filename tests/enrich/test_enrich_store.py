"""The enrichment and metrics_cache tables on SQLite and on a real PostgreSQL server."""
from __future__ import annotations

import threading

from scholarscope.enrich import store as enrich_store
from scholarscope.enrich.store import Enriched
from scholarscope.store import Store


def row(wid: str, fld: str, value: object, date: str = "2025-10-02") -> Enriched:
    return Enriched(wid, "openalex", fld, value, "W9", date, "doi", {"doi": "10.1/x", "note": "Müller ✓"})


def test_save_load_upsert_roundtrip(library_url: str) -> None:
    with Store(library_url) as store:
        db = store.db
        assert enrich_store.save(db, [row("A", "cited_by_count", 3), row("A", "authors", ["Zoë Ng", "Li Wu"]),
                                      row("B", "counts_by_year", [{"year": 2024, "cited_by_count": 2}])]) == 3
        enrich_store.save(db, [row("A", "cited_by_count", 5, "2025-11-01")])     # upsert, no duplicate
        got = enrich_store.load(db)
        assert db.query("SELECT COUNT(*) FROM enrichment")[0][0] == 3
        only_b = enrich_store.load(db, ["B", "missing"])
    a = {e.field: e for e in got["A"]}
    assert a["cited_by_count"].value == 5 and a["cited_by_count"].retrieved_at == "2025-11-01"
    assert a["authors"].value == ["Zoë Ng", "Li Wu"] and a["authors"].match_evidence["note"] == "Müller ✓"
    assert list(only_b) == ["B"] and only_b["B"][0].value[0]["year"] == 2024


def test_metrics_cache_is_keyed_by_fingerprint(library_url: str) -> None:
    with Store(library_url) as store:
        enrich_store.cache_put(store.db, "novelty:tfidf", "f1", {"A": {"distance": 0.25}})
        assert enrich_store.cache_get(store.db, "novelty:tfidf", "f1") == {"A": {"distance": 0.25}}
        assert enrich_store.cache_get(store.db, "novelty:tfidf", "f2") == {}
        enrich_store.cache_put(store.db, "novelty:tfidf", "f2", {"A": {"distance": 0.5}})
        assert enrich_store.cache_get(store.db, "novelty:tfidf", "f1") == {}


def test_tables_created_once_under_concurrent_callers(library_url: str) -> None:
    errors: list[BaseException] = []

    def work(i: int) -> None:
        try:
            with Store(library_url) as store:
                enrich_store.save(store.db, [row(f"W{i}", "year", 2020 + i)])
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    with Store(library_url) as store:
        assert store.db.query("SELECT COUNT(*) FROM enrichment")[0][0] == 4
        assert store.db.query("SELECT COUNT(*) FROM enrichment_schema")[0][0] == 1
