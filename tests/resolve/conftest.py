"""Shared fixtures for resolution tests: the src path and the shared gold folder."""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT / "src") not in sys.path:  # works without `pip install -e .` too
    sys.path.insert(0, str(ROOT / "src"))

SHARED = Path(os.environ.get("SCHOLARSCOPE_SHARED", ROOT.parent / "shared"))


@pytest.fixture(scope="session")
def gold_dir() -> Path:
    path = SHARED / "gold"
    if not (path / "clusters.json").exists():
        pytest.skip(f"shared gold not found at {path}")
    return path


@pytest.fixture(scope="session")
def gold_profiles(gold_dir: Path) -> list[dict[str, Any]]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(gold_dir.glob("00*.json"))]


@pytest.fixture(scope="session")
def gold_clusters(gold_dir: Path) -> dict[str, Any]:
    return json.loads((gold_dir / "clusters.json").read_text(encoding="utf-8"))


@pytest.fixture
def pg_url(request: pytest.FixtureRequest) -> str:
    """A fresh database on the real PostgreSQL server of tests/store (skips, saying why, when none starts)."""
    from ..store.conftest import _SKIP, fresh_pg_database

    server = request.getfixturevalue("pg_server")
    if server is None:
        pytest.skip(f"PostgreSQL tests skipped: {_SKIP[-1] if _SKIP else 'no server'}")
    return fresh_pg_database(server)


from ..store.conftest import pg_server  # noqa: E402,F401 - the session-wide server fixture
