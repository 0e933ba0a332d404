"""Streaming full resolution (store/stream.py) writes exactly the rows the in-memory full run writes."""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from scholarscope.store import Store
from scholarscope.store import stream
from scholarscope.store.queries import clusters

from .conftest import SHARED
from .test_gold import score

TABLES = {
    "works": "id, title, year, venue, type, n_claims",
    "work_claims": "document_id, ord, work_id",
    "persons": "id, name, search_key, n_docs, evidence",
    "person_mentions": "person_id, document_id, name, role, location",
    "authorships": "document_id, ord, position, name, person_id, work_id, equal_mark",
    "mentorship": "id, mentor_id, mentee_id, mentor_name, mentee_name, document_id, relation, contexts, fields",
    "merge_decisions": "kind, cluster_id, seq, a, b, merged, score, rule, evidence",
    "person_keys": "key, person_id",
}


def _rows(store: Store) -> dict[str, list[tuple]]:
    return {t: sorted(store.db.query(f"SELECT {cols} FROM {t}"), key=repr) for t, cols in TABLES.items()}


def _library(folder: Path, url: str) -> Store:
    s = Store(url)
    for f in sorted(p for p in folder.glob("*.json") if p.name != "clusters.json"):
        prof = json.loads(f.read_text(encoding="utf-8"))
        prof["doc"] = f.name.removesuffix(".json")
        s.add_document(hashlib.sha256(f.read_bytes()).hexdigest(), str(f), prof, f.stat().st_size)
    return s


def _same_rows(folder: Path, url: str, monkeypatch: pytest.MonkeyPatch) -> dict:
    # small chunks, so groups of entries and blocks of names really span several chunks
    monkeypatch.setattr(stream, "DOC_CHUNK", 3)
    monkeypatch.setattr(stream, "NODE_CHUNK", 50)
    with _library(folder, url) as s:
        s.resolve()  # the reference: every profile in memory
        memory = _rows(s)
        s.resolve_streaming()
        streamed = _rows(s)
        pred = clusters(s.db)
    assert all(memory[t] for t in ("works", "persons", "authorships", "merge_decisions"))
    for table in TABLES:
        assert streamed[table] == memory[table], table
    return pred


def test_streaming_equals_memory_on_gold(gold_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pred = _same_rows(gold_dir, str(tmp_path / "lib.db"), monkeypatch)
    rep = score(gold_dir, pred, tmp_path)
    assert rep["papers"]["b3_f1"] == 1.0 and rep["papers"]["pairwise_f1"] == 1.0
    assert rep["people"]["pairwise_f1"] == 1.0


def test_streaming_equals_memory_on_derived(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from .test_derived_set import _generator

    if not (SHARED / "dev").exists() or not (SHARED / "gold").exists():
        pytest.skip("shared dev/gold sets not found")
    folder = tmp_path / "derived"
    folder.mkdir()
    _generator().build(SHARED, folder, seed=7)
    pred = _same_rows(folder, str(tmp_path / "lib.db"), monkeypatch)
    rep = score(folder, pred, tmp_path)
    assert rep["papers"]["pairwise_f1"] >= 0.98 and rep["people"]["pairwise_f1"] >= 0.95


def test_streaming_equals_memory_on_postgresql(gold_dir: Path, pg_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    _same_rows(gold_dir, pg_url, monkeypatch)


def test_streaming_decides_again_when_text_was_not_kept(gold_dir: Path, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    # no unmerged decision keeps its rule and evidence: every row that needs them is decided again
    from scholarscope.store import stream_works

    monkeypatch.setattr(stream_works, "_TEXT_FROM", 2.0)
    _same_rows(gold_dir, str(tmp_path / "lib.db"), monkeypatch)


def test_streaming_keeps_indexes_and_references(gold_dir: Path, tmp_path: Path) -> None:
    # SQLite: the run drops the resolution tables' secondary indexes and checks no foreign keys while
    # it writes; afterwards the indexes are back, every reference resolves and the checks are on again
    url = str(tmp_path / "lib.db")
    with _library(gold_dir, url) as s:
        before = s.db.query("SELECT name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name")
        s.resolve_streaming()
        assert s.db.query("SELECT name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name") == before
        assert s.db.query("PRAGMA foreign_key_check") == []
        assert s.db.query("PRAGMA foreign_keys")[0][0] == 1
        assert s.db.query("SELECT COUNT(*) FROM authorships")[0][0] > 0


def test_streaming_equals_memory_with_replaced_versions(gold_dir: Path, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    # an old version's claims stay stored but are not current: word counts come from the key index then
    monkeypatch.setattr(stream, "DOC_CHUNK", 3)
    with _library(gold_dir, str(tmp_path / "lib.db")) as s:
        path, doc_id = s.db.query("SELECT path, id FROM documents ORDER BY name LIMIT 1")[0]
        prof = s.profile(doc_id)
        assert prof is not None
        prof["publications"] = prof["publications"][1:]  # the new version drops an entry
        assert s.add_document("f" * 64, path, prof, 1) == "version"
        s.resolve()
        memory = _rows(s)
        s.resolve_streaming()
        assert _rows(s) == memory
        assert s.db.query("SELECT COUNT(*) FROM work_claims")[0][0] == s.db.query(
            "SELECT COUNT(*) FROM claims c JOIN documents d ON d.id = c.document_id WHERE d.is_current = 1")[0][0]


def _in_worker_processes(monkeypatch: pytest.MonkeyPatch) -> None:
    # the pool used however small the library, pages of 7 rows: many tasks in flight
    from scholarscope.store import parallel
    from scholarscope.store.dialect import Dialect, Postgres

    monkeypatch.setattr(parallel, "MIN_ITEMS", 0)
    monkeypatch.setenv("SCHOLARSCOPE_RESOLVE_WORKERS", "2")
    for cls in (Dialect, Postgres):
        original = cls.stream
        monkeypatch.setattr(cls, "stream", lambda self, q, params=(), size=5000, f=original: f(self, q, params, 7))
    assert parallel.workers_for(1) == 2


def test_streaming_in_worker_processes(gold_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # entries, name nodes, pair scores and persons made in two worker processes: the rows of one process
    _in_worker_processes(monkeypatch)
    _same_rows(gold_dir, str(tmp_path / "lib.db"), monkeypatch)


def test_streaming_in_worker_processes_on_postgresql(gold_dir: Path, pg_url: str,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    _in_worker_processes(monkeypatch)
    _same_rows(gold_dir, pg_url, monkeypatch)


def _colliding_library(folder: Path) -> None:
    """Invented CVs; one leaves its first entry unnumbered ("1" by its order) and numbers the next 1."""
    def pub(title: str, authors: list[str], index: int | None) -> dict:
        return {"section": "publications", "index": index, "title": title, "authors": authors, "year": 2021}

    owner, other = "Wilhelmina Quarrie", "Bartholomew Pennyworth"
    docs = {
        "a.json": {"person": {"name": owner}, "publications": [
            pub("Lattice methods for sparse tidal flows", [owner, other], None),
            pub("Sediment transport under rotating shear", [owner, "Ottoline Vark"], 1),
            pub("Tidal mixing in shallow estuaries revisited", [owner, other, "Ottoline Vark"], 3)]},
        "b.json": {"person": {"name": other}, "publications": [
            pub("Lattice methods for sparse tidal flows", [owner, other], 1),
            pub("Tidal mixing in shallow estuaries revisited", [owner, other, "Ottoline Vark"], 2)]},
    }
    for name, prof in docs.items():
        (folder / name).write_text(json.dumps(prof), encoding="utf-8")


def test_streaming_files_every_author_mention_with_colliding_entry_keys(tmp_path: Path) -> None:
    # a document whose two entries share one key has author rows for one of them only (the in-memory
    # run cannot store such a document at all): its author mentions are filed as mentions, so each
    # name keeps its mention at the shared key
    folder = tmp_path / "cvs"
    folder.mkdir()
    _colliding_library(folder)
    with _library(folder, str(tmp_path / "lib.db")) as s:
        s.resolve_streaming()
        rows = s.db.query("SELECT m.name, m.location FROM person_mentions m JOIN documents d ON d.id = m.document_id"
                          " WHERE d.name = 'a' AND m.role = 'author'")
    assert sorted(rows) == sorted([("Wilhelmina Quarrie", "a:publications:1"), ("Bartholomew Pennyworth", "a:publications:1"),
                                   ("Ottoline Vark", "a:publications:1"), ("Wilhelmina Quarrie", "a:publications:3"),
                                   ("Bartholomew Pennyworth", "a:publications:3"), ("Ottoline Vark", "a:publications:3")])
