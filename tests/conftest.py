"""Shared test fixtures: where the shared data lives, and parsed outputs cached per session."""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("SCHOLARSCOPE_SHARED", ROOT.parent / "shared"))


def shared_or_skip(sub: str) -> Path:
    """A folder of ../shared, or skip the test with the reason."""
    path = SHARED / sub
    if not path.exists():
        pytest.skip(f"{path} not found (set SCHOLARSCOPE_SHARED to the shared folder)")
    return path


def scorer():
    """The project scorer from ../shared/bench (stdlib only)."""
    bench = shared_or_skip("bench")
    if str(bench) not in sys.path:
        sys.path.insert(0, str(bench))
    import score_parse  # type: ignore[import-not-found]

    return score_parse


def score_folder(gold_dir: Path, docs: list[Path], tmp: Path) -> dict:
    """Parse docs into tmp, score them against gold_dir with score_parse, return its report."""
    import scholarscope

    sp = scorer()
    for doc in docs:
        profile = scholarscope.parse_file(doc)
        (tmp / f"{doc.stem}.json").write_text(json.dumps(profile.to_dict(), ensure_ascii=False), "utf-8")
    t = sp.Tally()
    for g in sorted(gold_dir.glob("*.json")):
        if g.name == "clusters.json":
            continue
        stem = g.name.removesuffix(".json").removesuffix(".gold")
        p = tmp / f"{stem}.json"
        if p.exists():
            sp.score_doc(json.loads(g.read_text("utf-8")), json.loads(p.read_text("utf-8")), t, stem)
    return sp.report(t)


def documents(folder: Path) -> list[Path]:
    """The documents of a gold folder (not the gold files, READMEs or scripts)."""
    return sorted(p for p in folder.iterdir() if p.is_file() and not p.name.endswith(".json")
                  and not p.name.startswith(("README", "AUDIT", "check_")) and p.suffix != ".py")


# SQLite + PostgreSQL library fixtures (library_url, module_library_url) for every test folder
from tests.backends import library_url, module_library_url, pg_server  # noqa: E402,F401
