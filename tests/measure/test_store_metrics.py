"""End to end on a store built by ingesting test CVs, on SQLite and on a real PostgreSQL server."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from scholarscope.measure import Settings, person_metrics
from scholarscope.measure.novelty import compute
from scholarscope.store import Store, ingest

CVS = Path(__file__).resolve().parents[1] / "data" / "cvs"


@pytest.fixture(scope="module")
def db(module_library_url: str) -> str:
    path = module_library_url
    ingest([CVS / "10_haddad-ml-markdown.md", CVS / "07_solberg-databases-olreversed.html",
            CVS / "02_zielinski-wireless-ieee.txt"], path)
    return path


def test_person_metrics_from_url_and_store(db: str) -> None:
    s = Settings(embedding="tfidf")
    m = person_metrics(db, "Ingrid Solberg", s)
    with Store(db) as store:
        m2 = person_metrics(store, "Ingrid Solberg", s)
    assert m["works"].value == m2["works"].value == 13
    assert m["field"].value == "DB" and m["field"].detail["from"] == {"venue": 12}
    assert m["top_venues"].value["tier1"] >= 5
    assert m["citations"].value is None and m["h_index"].unknown_reason
    nov = m["novelty"]
    assert nov.known and 0 <= nov.value <= 100 and nov.detail["embedding"] == "tfidf"
    assert all(0 < v["percentile"] <= 100 for v in nov.detail["per_work"].values())
    # the oldest work has nothing earlier to compare with
    assert nov.detail["works_without_novelty"]
    assert m["score"].known and {c["component"] for c in m["score"].detail["components"]} >= {"h_index", "novelty"}
    json.dumps({k: v.to_dict() for k, v in m.items()}, default=str)   # JSON-ready


def test_owner_missing_is_not_flagged_when_the_owner_is_listed(db: str) -> None:
    # the gold of this CV has the owner in every author list
    m = person_metrics(db, "Zainab Haddad", Settings(embedding="tfidf"))
    assert [f for f in m["checks"].detail["findings"] if f["kind"] == "owner_missing"] == []


def test_owner_missing_is_found(tmp_path: Path, library_url: str) -> None:
    cv = tmp_path / "cv.md"
    cv.write_text("# Ada Quinn\n\n## Publications\n\n"
                  "1. **Ada Quinn**, Bo Chan. Sparse widgets for graphs. *ICML 2022*.\n"
                  "2. Bo Chan, Cy Dale. Dense widgets for text. *ACL 2023*.\n"
                  "3. Cy Dale, **Ada Quinn**. Widget calibration. *NeurIPS 2023*.\n", "utf-8")
    path = library_url
    ingest([cv], path)
    m = person_metrics(path, "Ada Quinn", Settings(embedding="tfidf"))
    missing = [f["title"] for f in m["checks"].detail["findings"] if f["kind"] == "owner_missing"]
    assert missing == ["Dense widgets for text"]


def test_novelty_formula_hand_computed() -> None:
    items = [("A", "graph neural networks", 2019), ("B", "graph neural networks for molecules", 2020),
             ("C", "protein folding with attention", 2021), ("D", "graph neural networks", 2021)]
    got = compute(items, {"A": "LG", "B": "LG", "C": "LG", "D": "LG"}, "tfidf", min_field=1)
    assert "A" not in got                                # nothing earlier
    assert got["D"]["distance"] == pytest.approx(0.0, abs=1e-6)   # identical to A
    assert got["C"]["distance"] == pytest.approx(1.0, abs=1e-6)   # shares no feature with A or B
    assert got["C"]["percentile"] == 100.0 and got["D"]["percentile"] == pytest.approx(100 / 3, abs=0.1)


def test_cli_settings_file(db: str, tmp_path: Path) -> None:
    from click.testing import CliRunner

    from scholarscope.cli import main

    s = Settings(embedding="tfidf")
    s.weights.novelty = 0.0
    (tmp_path / "s.json").write_text(s.to_json())
    r = CliRunner().invoke(main, ["metrics", "Ingrid Solberg", "--explain", "--settings", str(tmp_path / "s.json"),
                                  "--db", db])
    assert r.exit_code == 0, r.output
    assert "novelty     weight 0.00" in r.output
    bad = tmp_path / "bad.json"
    bad.write_text('{"weights": {"nope": 1}}')
    r = CliRunner().invoke(main, ["metrics", "Ingrid Solberg", "--settings", str(bad), "--db", db])
    assert r.exit_code != 0 and "unknown ScoreWeights settings" in r.output


def test_novelty_ann_search_on_the_store(db: str) -> None:
    from scholarscope.measure.neighbours import available

    if not available():
        pytest.skip("numpy and usearch not installed ([scale] extra)")
    exact = person_metrics(db, "Ingrid Solberg", Settings(embedding="tfidf", novelty_search="exact"))["novelty"]
    ann = person_metrics(db, "Ingrid Solberg", Settings(embedding="tfidf", novelty_search="ann"))["novelty"]
    assert (exact.detail["search"], ann.detail["search"]) == ("exact", "ann")
    # a store this small: the k=10 HNSW candidates always hold the true nearest earlier work
    assert ann.detail["per_work"] == exact.detail["per_work"] and ann.value == exact.value
