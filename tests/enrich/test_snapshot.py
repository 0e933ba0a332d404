"""Snapshot import: a hand-made gzipped JSON Lines file in OpenAlex's Work format, matched to a real store
(SQLite and PostgreSQL)."""
from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from scholarscope.enrich import store as enrich_store
from scholarscope.enrich.records import ExternalWork
from scholarscope.enrich.snapshot import Index, StoredWork, import_snapshot, match
from scholarscope.store import Store, ingest

DATA = Path(__file__).resolve().parents[1] / "data"
CVS = DATA / "cvs"


def snapshot_gz(tmp: Path) -> Path:
    part = tmp / "works" / "updated_date=2025-10-01" / "part_000.gz"
    part.parent.mkdir(parents=True)
    with gzip.open(part, "wt", encoding="utf-8") as fh:
        fh.write((DATA / "enrich" / "openalex_works_snapshot.jsonl").read_text("utf-8"))
    return part


@pytest.fixture()
def enriched_db(library_url: str) -> str:
    db = library_url
    ingest([CVS / "10_haddad-ml-markdown.md", CVS / "07_solberg-databases-olreversed.html"], db)
    return db


def test_snapshot_matching_rules(enriched_db: str, tmp_path: Path) -> None:
    part = snapshot_gz(tmp_path)
    with Store(enriched_db) as store:
        report = import_snapshot(store.db, tmp_path / "works", retrieved="2025-10-02")
        rows = enrich_store.load(store.db)
        titles = dict(store.db.query("SELECT id, title FROM works"))
    assert part.exists() and report.read == 7
    assert report.matched == {"openreview": 1, "arxiv": 1, "title+year+authors": 3}
    by_oa = {d["openalex"]: d for d in report.decisions}
    assert by_oa["W4385000006"]["work"] is None
    assert by_oa["W4385000007"]["work"] is None          # same title, no shared author
    assert by_oa["W4385000004"]["evidence"]["shared_authors"] == ["haddad", "mendez"]
    assert by_oa["W4385000004"]["evidence"]["year_gap"] == 1
    smoe = by_oa["W4385000001"]["work"]
    assert titles[smoe].startswith("Sparse Mixture-of-Experts")
    cites = {e.field: e for e in rows[smoe]}
    assert cites["cited_by_count"].value == 40
    assert cites["cited_by_count"].retrieved_at == "2025-10-02"
    assert cites["cited_by_count"].match_rule == "openreview"
    assert cites["cited_by_count"].match_evidence["snapshot"] == "part_000.gz"
    assert cites["abstract"].value == "Sparse experts generalize across domains."


def test_reimport_is_idempotent(enriched_db: str, tmp_path: Path) -> None:
    snapshot_gz(tmp_path)
    with Store(enriched_db) as store:
        import_snapshot(store.db, tmp_path / "works")
        n = store.db.query("SELECT COUNT(*) FROM enrichment")[0][0]
        import_snapshot(store.db, tmp_path / "works")
        assert store.db.query("SELECT COUNT(*) FROM enrichment")[0][0] == n


def test_match_by_doi_and_ambiguity() -> None:
    idx = Index()
    idx.works = {"W1": StoredWork("W1", {"a title"}, {2020}, {"lee"}), "W2": StoredWork("W2", {"a title"}, {2020}, {"lee"})}
    idx.doi["10.1000/xyz"].add("W1")
    idx.title["a title"] |= {"W1", "W2"}
    assert match(idx, ExternalWork("openalex", "X", title="A Title", doi="10.1000/xyz"))[:2] == ("W1", "doi")
    wid, rule, ev = match(idx, ExternalWork("openalex", "Y", title="A title", year=2020, authors=["Ann Lee"]))
    assert wid is None and rule.startswith("ambiguous") and ev["candidates"] == ["W1", "W2"]


def test_cli_enrich_and_metrics(enriched_db: str, tmp_path: Path) -> None:
    from click.testing import CliRunner

    from scholarscope.cli import main

    snapshot_gz(tmp_path)
    r = CliRunner().invoke(main, ["enrich", "--openalex-snapshot", str(tmp_path / "works"), "--db", enriched_db,
                                  "--retrieved", "2025-10-02"])
    assert r.exit_code == 0, r.output
    r = CliRunner().invoke(main, ["metrics", "Zainab Haddad", "--json", "--db", enriched_db])
    assert r.exit_code == 0, r.output
    m = json.loads(r.output)["metrics"]
    assert m["citations"]["value"] == 40 + 15 + 7 + 3 + 2
    assert m["h_index"]["value"] == 3 and m["i10"]["value"] == 2
    kinds = {f["kind"] for f in m["checks"]["detail"]["findings"]}
    assert {"venue_vs_record", "year_mismatch"} <= kinds
    r = CliRunner().invoke(main, ["metrics", "Zainab Haddad", "--explain", "--db", enriched_db])
    assert r.exit_code == 0 and "formula:" in r.output and "share" in r.output
