"""The store on SQLite and PostgreSQL: ingest, versions, errors, migrations, resolution tables."""
from __future__ import annotations

import json
import sqlite3
import sys
from pathlib import Path

import pytest

from scholarscope.store import Store, ingest
from scholarscope.store.queries import clusters, find_person, people, works
from scholarscope.store.schema import LATEST, MIGRATIONS, V1
from scholarscope.store.views import person_view

from .conftest import write_cvs

TABLES = ("documents", "claims", "education", "positions", "awards", "persons", "works", "work_claims",
          "authorships", "person_mentions", "mentorship", "merge_decisions")


def counts(url: str) -> dict[str, int]:
    with Store(url) as s:
        return {t: s.db.query(f"SELECT COUNT(*) FROM {t}")[0][0] for t in TABLES}


def test_seeds_end_to_end(db_url: str, seeds: Path, gold: Path) -> None:
    report = ingest([seeds], db_url)
    assert report.counts() == {"new": 5} and not report.failed
    before = counts(db_url)
    assert before["documents"] == 5 and before["works"] > 50 and before["mentorship"] >= 15
    # unchanged bytes change nothing
    again = ingest([seeds], db_url)
    assert again.counts() == {"unchanged": 5}
    assert counts(db_url) == before
    # the stored clusters are what resolution gives on the same profiles
    import scholarscope
    from scholarscope.resolve import resolve_profiles

    direct = resolve_profiles([scholarscope.parse_file(p).to_dict() for p in sorted(seeds.iterdir())])
    with Store(db_url) as s:
        pred = clusters(s.db)
    assert pred["papers"] == sorted(sorted(g) for g in direct.paper_groups())
    assert pred["people"] == sorted(sorted(g) for g in direct.people_groups())
    report = score(gold, pred)
    assert report["papers"]["b3_f1"] >= 0.95
    assert report["people"]["pairwise_f1"] >= 0.9


def score(gold: Path, pred: dict) -> dict:
    """Run the project scorer (stdlib script) on a prediction."""
    import subprocess
    import tempfile

    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
        json.dump(pred, f)
    out = subprocess.run([sys.executable, str(gold.parent / "bench" / "score_clusters.py"), str(gold), f.name,
                          "--json"], capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def test_person_view_and_queries(db_url: str, tmp_path: Path) -> None:
    files = write_cvs(tmp_path, 4, pubs=5)
    ingest(files, db_url)
    with Store(db_url) as s:
        everyone = people(s.db)
        owner = find_person(s.db, "alice martin")
        assert find_person(s.db, "ALICE MARTIN") == owner == find_person(s.db, owner)
        view = person_view(s.db, owner)
        assert view["name"] == "Alice Martin" and view["owner_of"] == ["cv_000.md"]
        assert len(view["works"]) == 5 and all(w["role"] == "first" for w in view["works"])
        assert view["venues"] == {"NeurIPS": 5}
        assert {c["name"] for c in view["coauthors"]} <= {f"{g} {f}" for g, f in zip(
            "Alice Bruno Carla Dmitri Elena Farid".split(), "Novak Tanaka Silva Berg Rao Walsh".split())}
        # the two papers every CV lists are one work each, stated by all four documents
        shared = [w for w in works(s.db) if len(w["sources"]) == 4]
        assert len(shared) == 2
        assert len(works(s.db, owner)) == 5
    assert len(everyone) >= 4 + 3


def test_new_version_keeps_old(db_url: str, tmp_path: Path) -> None:
    cv = write_cvs(tmp_path, 1, pubs=4)[0]
    assert ingest([cv], db_url).counts() == {"new": 1}
    old_text = cv.read_text("utf-8")
    cv.write_text(old_text.replace("PUBLICATIONS\n", "PUBLICATIONS\n\n1. A brand new result on sparse kernels\n"
                                   "**Alice Martin**, Bruno Tanaka\n<https://example.org/new> ICML 2025\n", 1), "utf-8")
    assert ingest([cv], db_url).counts() == {"version": 1}
    with Store(db_url) as s:
        versions = s.versions(str(cv.resolve()))
        assert [v["current"] for v in versions] == [True, False]
        assert versions[0]["previous_id"] == versions[1]["id"]
        old = s.profile(versions[1]["id"])
        assert old is not None and len(old["publications"]) == 4  # the old version stays queryable
        assert s.db.query("SELECT COUNT(*) FROM claims WHERE document_id = ?", (versions[1]["id"],))[0][0] == 4
        # resolution sees the current version only, every entry of it (even two numbered alike)
        new = s.profile(versions[0]["id"])
        assert new is not None and len(new["publications"]) > 4
        assert s.db.query("SELECT COUNT(*) FROM work_claims")[0][0] == len(new["publications"])
    cv.write_text(old_text, "utf-8")  # going back to the old bytes restores that version
    assert ingest([cv], db_url).counts() == {"restored": 1}


def test_parse_errors_listed_batch_goes_on(db_url: str, tmp_path: Path) -> None:
    good = write_cvs(tmp_path, 2, pubs=3)
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.4 not really a pdf")
    report = ingest([tmp_path], db_url)
    assert {Path(f.path).name for f in report.failed} == {"empty.txt", "broken.pdf"}
    assert all(f.error and Path(f.path).name in f.error for f in report.failed)
    assert report.counts()["new"] == len(good)
    assert counts(db_url)["documents"] == 2


def test_document_text_is_data_not_sql(db_url: str, tmp_path: Path) -> None:
    cv = tmp_path / "evil.md"
    cv.write_text("\nROBERT'); DROP TABLE documents;-- TABLES\n\nPUBLICATIONS\n\n"
                  "1. A title with 'quotes' and ?; marks % and $x$\nRobert O'Brien, Jane Doe\nNeurIPS 2020\n", "utf-8")
    assert ingest([cv], db_url).counts() == {"new": 1}
    with Store(db_url) as s:
        assert s.db.query("SELECT COUNT(*) FROM documents")[0][0] == 1
        titles = [w["title"] for w in works(s.db)]
    assert any("'quotes'" in t and "?;" in t and "%" in t for t in titles)


def test_migrates_a_v1_sqlite_database(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)  # a v1 database, made by hand as v1 code made it
    conn.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)")
    for stmt in V1:
        conn.execute(stmt)
    conn.execute("INSERT INTO schema_version VALUES (1, '2026-01-01T00:00:00+00:00')")
    conn.execute("INSERT INTO documents (id, path, name, ingested_at, profile) VALUES ('abc', '/x/cv.md', 'cv.md',"
                 " '2026-01-01', ?)", (json.dumps({"doc": "cv.md", "publications": []}),))
    conn.commit()
    conn.close()
    with Store(str(path)) as s:
        assert s.version == LATEST == MIGRATIONS[-1][0] >= 2
        assert [r[0] for r in s.db.query("SELECT version FROM schema_version ORDER BY version")] == \
            [n for n, _ in MIGRATIONS]
        assert s.db.query("SELECT COUNT(*) FROM merge_decisions")[0][0] == 0
        assert [d.name for d in s.current_documents()] == ["cv.md"]


def test_migrates_a_v1_database_either_backend(db_url: str) -> None:
    from scholarscope.store.dialect import connect
    from scholarscope.store.schema import VERSION_TABLE, apply

    db = connect(db_url)
    with db.write():
        db.execute(VERSION_TABLE)
        apply(db, 1, V1)
    db.close()
    with Store(db_url) as s:
        assert s.version == LATEST
        assert s.db.query("SELECT COUNT(*) FROM merge_decisions")[0][0] == 0
        assert s.db.query("SELECT COUNT(*) FROM work_vectors")[0][0] == 0


def test_refuses_a_newer_schema(tmp_path: Path) -> None:
    from scholarscope.errors import StoreError

    path = str(tmp_path / "new.db")
    Store(path).close()
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO schema_version VALUES (99, 'future')")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="newer"):
        Store(path)


def test_sqlite_pragmas(tmp_path: Path) -> None:
    with Store(str(tmp_path / "p.db")) as s:
        assert s.db.query("PRAGMA journal_mode")[0][0] == "wal"
        assert s.db.query("PRAGMA foreign_keys")[0][0] == 1
        assert s.db.query("PRAGMA cache_size")[0][0] == -65_536


def test_parallel_parsing_stores_the_same(tmp_path: Path) -> None:
    folder = tmp_path / "cvs"
    folder.mkdir()
    write_cvs(folder, 6, pubs=4)
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4 not really a pdf")
    serial, parallel = str(tmp_path / "a.db"), str(tmp_path / "b.db")
    r1, r2 = ingest([folder], serial), ingest([folder], parallel, workers=2)
    assert r1.counts() == r2.counts() == {"new": 6, "failed": 1}
    assert [f.path for f in r1.files] == [f.path for f in r2.files]
    assert counts(serial) == counts(parallel)
    assert ingest([folder], parallel, workers=2).counts() == {"unchanged": 6, "failed": 1}


def test_add_documents_stores_whole_documents_or_none(db_url: str) -> None:
    def doc(i: int, title: str | None = "A paper") -> tuple[str, str, dict, int]:
        pubs = [{"section": "publications", "index": 1, "title": title, "authors": ["Ada Lovelace"]}]
        return (f"{i:064x}", f"/cv/{i}.md", {"doc": f"{i}.md", "publications": pubs}, 10)

    with Store(db_url) as s:
        assert s.add_documents([doc(1), doc(2), doc(1)]) == ["new", "new", "unchanged"]
        bad = doc(3)
        bad[2]["publications"][0]["authors"] = object()  # cannot be stored: the whole batch rolls back
        with pytest.raises(TypeError):
            s.add_documents([doc(4), bad])
        assert sorted(r[0] for r in s.db.query("SELECT name FROM documents")) == ["1.md", "2.md"]
        assert s.db.query("SELECT COUNT(*) FROM claims")[0][0] == 2
