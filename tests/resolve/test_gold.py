"""The seed gold: papers and people scored with the project scorer, thresholds asserted."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from scholarscope.resolve import resolve_profiles

from .conftest import SHARED


def _scorer():
    path = SHARED / "bench" / "score_clusters.py"
    if not path.exists():
        pytest.skip("score_clusters.py not found")
    spec = importlib.util.spec_from_file_location("score_clusters", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def score(gold_dir: Path, pred: dict, tmp_path: Path) -> dict:
    out = tmp_path / "pred.json"
    out.write_text(json.dumps(pred), encoding="utf-8")
    import contextlib
    import io
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        rc = _scorer().main([str(gold_dir), str(out), "--json"])
    assert rc == 0
    return json.loads(buf.getvalue())


def test_gold_scores(gold_dir, gold_profiles, tmp_path) -> None:
    res = resolve_profiles(gold_profiles)
    rep = score(gold_dir, {"papers": res.paper_groups(), "people": res.people_groups()}, tmp_path)
    assert rep["papers"]["b3_f1"] >= 0.98
    assert rep["papers"]["pairwise_f1"] >= 0.97
    assert rep["people"]["pairwise_f1"] >= 0.9


def test_gold_not_same(gold_profiles, gold_clusters) -> None:
    res = resolve_profiles(gold_profiles)
    work_of = res.work_of()
    for item in gold_clusters["related_not_same_papers"]:
        assert len({work_of[k] for k in item["entries"]}) == len(item["entries"]), item["why"]
    for item in gold_clusters["not_same_people"]:
        for person in res.people:
            names = {m.name.lower() for m in person.mentions}
            assert not all(n.lower() in names for n in item["names"]), item["why"]


def test_every_merge_is_explained(gold_profiles) -> None:
    res = resolve_profiles(gold_profiles)
    for w in res.works:
        if len(w.members) > 1:
            merged = [d for d in w.decisions if d.merged]
            assert len(merged) >= len(w.members) - 1
            assert all(d.rule and "title_ratio" in d.evidence for d in merged)


def test_owners(gold_profiles) -> None:
    res = resolve_profiles(gold_profiles)
    assert {d[:3]: o.name for d, o in res.owners.items()} == {
        "000": "Zhenmei Shi", "001": "Zhenmei Shi", "002": "Yufa Zhou", "003": "Zhizhou Sha", "004": "Zhihui Zhu"}
