"""Incremental resolution (new documents against the stored library) against the full run."""
from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import pytest

from scholarscope.store import Store
from scholarscope.store.ingest import resolve_library
from scholarscope.store.queries import clusters

from .conftest import SHARED
from .test_gold import score


def _add(store: Store, path: Path) -> None:
    prof = json.loads(path.read_text(encoding="utf-8"))
    prof["doc"] = path.name.removesuffix(".json").removesuffix(".gold")
    store.add_document(hashlib.sha256(path.read_bytes()).hexdigest(), str(path), prof, path.stat().st_size)


def _norm(pred: dict[str, Any]) -> dict[str, list[list[str]]]:
    return {k: sorted(sorted(g) for g in pred[k]) for k in ("papers", "people")}


def _one_by_one(folder: Path, db: Path, step: int = 1) -> tuple[list[str], dict[str, Any], dict[str, Any]]:
    files = sorted(p for p in folder.glob("*.json") if p.name != "clusters.json")
    modes = []
    with Store(str(db)) as s:
        for i in range(0, len(files), step):
            for f in files[i:i + step]:
                _add(s, f)
            modes.append(resolve_library(s))
        inc = clusters(s.db)
        ids = {r[0] for r in s.db.query("SELECT id FROM works")}
        assert resolve_library(s) == "incremental"  # nothing new: nothing changes
        assert {r[0] for r in s.db.query("SELECT id FROM works")} == ids
        assert resolve_library(s, full=True) == "full"
        full = clusters(s.db)
    return modes, inc, full


def test_gold_incremental_equals_full(gold_dir: Path, tmp_path: Path) -> None:
    modes, inc, full = _one_by_one(gold_dir, tmp_path / "lib.db")
    assert modes[0] == "full" and set(modes[1:]) == {"incremental"}
    assert _norm(inc) == _norm(full)
    rep = score(gold_dir, inc, tmp_path)
    assert rep["papers"]["b3_f1"] == 1.0 and rep["papers"]["pairwise_f1"] == 1.0
    assert rep["people"]["pairwise_f1"] == 1.0


def test_ids_stay_when_documents_arrive(gold_dir: Path, tmp_path: Path) -> None:
    files = sorted(gold_dir.glob("00*.json"))
    with Store(str(tmp_path / "lib.db")) as s:
        for f in files[:-1]:
            _add(s, f)
        resolve_library(s)
        works = dict(s.db.query("SELECT document_id || ':' || ord, work_id FROM work_claims"))
        persons = {r[0] for r in s.db.query("SELECT id FROM persons")}
        _add(s, files[-1])
        assert resolve_library(s) == "incremental"
        after = dict(s.db.query("SELECT document_id || ':' || ord, work_id FROM work_claims"))
        kept = sum(after[k] == w for k, w in works.items())
        assert kept / len(works) >= 0.95  # only works the new document joined may change id
        assert persons <= {r[0] for r in s.db.query("SELECT id FROM persons")}
        n_claims = s.db.query("SELECT COUNT(*) FROM claims")[0][0]
        assert s.db.query("SELECT COUNT(*) FROM work_claims")[0][0] == n_claims
        assert s.db.query("SELECT COUNT(*) FROM authorships WHERE work_id IS NULL")[0][0] == 0


def test_derived_incremental_scores(tmp_path: Path) -> None:
    from .test_derived_set import _generator

    if not (SHARED / "dev").exists() or not (SHARED / "gold").exists():
        pytest.skip("shared dev/gold sets not found")
    folder = tmp_path / "derived"
    folder.mkdir()
    _generator().build(SHARED, folder, seed=7)
    _, inc, full = _one_by_one(folder, tmp_path / "lib.db", step=7)
    assert _norm(inc)["papers"] == _norm(full)["papers"]
    rep = score(folder, inc, tmp_path)
    assert rep["papers"]["b3_f1"] >= 0.97 and rep["people"]["pairwise_f1"] >= 0.9
