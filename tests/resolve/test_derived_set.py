"""The derived resolution set (tests/data/resolution/make_resolution_set.py), scored end to end."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from scholarscope.resolve import resolve_profiles

from .conftest import ROOT, SHARED
from .test_gold import score

GEN = ROOT / "tests" / "data" / "resolution" / "make_resolution_set.py"


def _generator():
    spec = importlib.util.spec_from_file_location("make_resolution_set", GEN)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def derived(tmp_path_factory) -> Path:
    if not (SHARED / "dev").exists() or not (SHARED / "gold").exists():
        pytest.skip("shared dev/gold sets not found")
    out = tmp_path_factory.mktemp("derived")
    counts = _generator().build(SHARED, out, seed=7)
    assert counts["docs"] >= 40 and counts["paper_groups"] >= 200
    return out


def _profiles(folder: Path) -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.json"))
            if p.name != "clusters.json"]


def test_derived_scores(derived: Path, tmp_path: Path) -> None:
    res = resolve_profiles(_profiles(derived))
    rep = score(derived, {"papers": res.paper_groups(), "people": res.people_groups()}, tmp_path)
    assert rep["papers"]["b3_f1"] >= 0.97
    assert rep["papers"]["pairwise_f1"] >= 0.95
    assert rep["papers"]["pairwise_precision"] >= 0.98
    assert rep["people"]["pairwise_f1"] >= 0.9


def test_derived_mentorship(derived: Path) -> None:
    res = resolve_profiles(_profiles(derived))
    truth = json.loads((derived / "clusters.json").read_text(encoding="utf-8"))["mentorship"]
    norm = _generator().norm
    pred = {(norm(e.mentor), norm(e.mentee), e.source) for e in res.mentorship}
    want = {(norm(t["mentor"]), norm(t["mentee"]), t["source"]) for t in truth}
    tp = len(pred & want)
    assert tp / len(pred) >= 0.9 and tp / len(want) >= 0.9


def test_derived_siblings_and_lookalikes_stay_apart(derived: Path) -> None:
    profiles = _profiles(derived)
    res = resolve_profiles(profiles)
    gen = _generator()
    for person in res.people:
        names = {gen.norm(m.name) for m in person.mentions}
        for a, b in gen.LOOKALIKES:
            assert not (gen.norm(a) in names and gen.norm(b) in names)
    titles = {f"{p['doc']}:{e['section']}:{e['index']}": e["title"] for p in profiles for e in p["publications"]}
    for w in res.works:  # a "Part 2" / "II" sibling never joins its base paper
        ends = {gen.norm(titles[k]).endswith((" ii", " part 2")) for k in w.members}
        assert len(ends) == 1, [titles[k] for k in w.members]
