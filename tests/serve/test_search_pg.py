"""Search on a PostgreSQL store: full-text (weighted tsvector, GIN index), facets with the field
tag, semantic and hybrid ranking, against a real server started by the store tests' fixture
(skipped, with the reason, only when none can be started)."""
from __future__ import annotations

from collections.abc import Iterator

import pytest

from scholarscope.serve.ranking import search
from scholarscope.serve.search import Filters, forget_checks
from scholarscope.store import Store

from ..store.conftest import _SKIP, fresh_pg_database, pg_server  # noqa: F401 - pytest fixture
from .conftest import CVS, LIBRARY_DOCS, XSS_DOC


@pytest.fixture(scope="module")
def pg_library(pg_server: str | None, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:  # noqa: F811
    if pg_server is None:
        pytest.skip(f"PostgreSQL tests skipped: {_SKIP[-1] if _SKIP else 'no server'}")
    from scholarscope.serve.demo import prepare

    docs = tmp_path_factory.mktemp("pgdocs")
    for name in LIBRARY_DOCS:
        (docs / name).write_bytes((CVS / name).read_bytes())
    (docs / "99_mallory-xss.txt").write_text(XSS_DOC, "utf-8")
    url = fresh_pg_database(pg_server)
    report = prepare(url, [docs])
    assert not report.failed, report.failed
    forget_checks()
    yield url


def test_full_text_on_postgresql(pg_library: str) -> None:
    with Store(pg_library) as store:
        assert store.db.name == "postgresql"
        r = search(store.db, "long-context LLM acceleration", mode="keyword")
        indexes = {row[0] for row in store.db.query("SELECT indexname FROM pg_indexes WHERE tablename = 'works'")}
    assert "serve_works_tsv" in indexes
    assert r["ranking"] == "keyword" and r["mode"] == "all words, then any word"
    assert "long-context llm acceleration" in r["works"][0]["title"].lower()
    assert r["people"][0]["name"] == "Eve Mallory"
    scores = [w["score"] for w in r["works"]]
    assert scores == sorted(scores, reverse=True) and scores[0] > 0


def test_any_word_fallback_and_odd_input(pg_library: str) -> None:
    with Store(pg_library) as store:
        any_word = search(store.db, "acceleration zzqxunknownword", mode="keyword")
        odd = search(store.db, "'&|!:* ( ) <-> \\", mode="keyword")  # tsquery syntax as text: no error
        name = search(store.db, "Mallory", mode="keyword")
    assert any_word["mode"] == "any word" and any_word["works"]
    assert odd["works"] == [] and odd["total"] == 0
    assert name["people"][0]["name"] == "Eve Mallory" and name["people"][0]["name_match"]


def test_facets_and_filters_on_postgresql(pg_library: str) -> None:
    with Store(pg_library) as store:
        r = search(store.db, "learning", mode="keyword", limit=200)
        assert {"year", "venue", "type", "field"} <= set(r["facets"]) and r["facets"]["field"]
        tag = r["facets"]["field"][0]["value"]
        year = r["facets"]["year"][0]["value"]
        by_field = search(store.db, "learning", Filters(field=tag), mode="keyword", limit=200)
        by_year = search(store.db, "learning", Filters(year=year), mode="keyword", limit=200)
    assert by_field["works"] and all(w["field"] == tag for w in by_field["works"])
    assert len(by_field["works"]) == r["facets"]["field"][0]["count"]
    assert by_year["works"] and all(w["year"] == year for w in by_year["works"])


def test_semantic_and_hybrid_on_postgresql(pg_library: str) -> None:
    with Store(pg_library) as store:
        sem = search(store.db, "long-context LLM acceleration", mode="semantic")
        hybrid = search(store.db, "long-context LLM acceleration")
    assert sem["ranking"] == "semantic" and sem["semantic_unavailable"] is None
    assert "long-context llm acceleration" in sem["works"][0]["title"].lower()
    assert hybrid["ranking"] == "hybrid" and hybrid["people"][0]["name"] == "Eve Mallory"

