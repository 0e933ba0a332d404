"""serve/ann.py: the persisted HNSW graph gives the exact scan's works and scores, and follows the vectors.

The embedding is a stand-in (hashed words, 64-d) so this runs without the [embed] extra."""
from __future__ import annotations

import re
import sqlite3
import zlib
from pathlib import Path
from typing import Any

import pytest

np = pytest.importorskip("numpy")
pytest.importorskip("usearch")

from scholarscope.serve import ann, ranking, semantic  # noqa: E402
from scholarscope.serve import search as S  # noqa: E402
from scholarscope.store import Store  # noqa: E402

WORDS = ("graph neural network attention transformer sparse kernel protein climate robot privacy "
         "federated quantum cache memory retrieval speech vision reward policy causal bayesian").split()


def fake_embed(texts: list[str], backend: str = "") -> Any:
    out = np.zeros((len(texts), 64), dtype=np.float32)
    for i, t in enumerate(texts):
        for w in re.findall(r"\w+", t.lower()):
            out[i] += np.random.default_rng(zlib.crc32(w.encode())).normal(size=64)
    out += 1e-3
    return out / np.linalg.norm(out, axis=1, keepdims=True)


def _add_works(path: Path, start: int, n: int) -> None:
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("PRAGMA foreign_keys = OFF")
    con.execute("INSERT OR IGNORE INTO documents (id, path, name, ingested_at, is_current, profile) VALUES"
                " ('d', '/d', 'd', '2026-01-01', 1, '{}')")
    for i in range(start, start + n):
        title = " ".join(WORDS[(i * k + i // 7) % len(WORDS)] for k in (1, 3, 5, 11))
        con.execute("INSERT INTO works (id, title, year, venue, type, n_claims) VALUES (?, ?, 2020, 'X', 'journal', 1)",
                    (f"W{i:05d}", f"{title} {i}"))
    con.close()


@pytest.fixture()
def lib(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(semantic, "_embed", fake_embed)
    monkeypatch.setattr(ann, "MIN_WORKS", 100)
    monkeypatch.setenv("SCHOLARSCOPE_SEARCH_EMBEDDING", "onnx-minilm")
    path = tmp_path / "lib.db"
    Store(str(path)).close()
    _add_works(path, 0, 400)
    return path


def _semantic(db: Any, q: str) -> list[tuple[str, float]]:
    version = S.ensure_index(db, force=True)
    cands, info = ranking.rank(db, q, S.Filters(), "semantic", None, version)
    assert info["ranking"] == "semantic"
    return [(h.work_id, round(h.score, 4)) for h in cands.hits]


def test_graph_is_built_loaded_and_agrees_with_the_scan(lib: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with Store(str(lib)) as store:
        stats = S.build_index(store.db)
        assert stats["vectors"]["ann"]["ann"] == "built" and stats["vectors"]["ann"]["vectors"] == 400
        assert ann.path(store.db, "onnx-minilm").exists()  # type: ignore[union-attr]
        idx = semantic.index(store.db, None, "v1")
        assert idx.graph is not None and not idx.ids      # no matrix in memory
        via_graph = _semantic(store.db, "sparse attention transformer")
        monkeypatch.setattr(ann, "load", lambda db, model: None)
        semantic.forget()
        via_scan = _semantic(store.db, "sparse attention transformer")
    # the graph is approximate (its build is not deterministic): nearly the same top 20, the same scores
    top_graph, top_scan = dict(via_graph[:20]), dict(via_scan[:20])
    assert via_graph and len(top_graph.keys() & top_scan.keys()) >= 18
    assert all(top_graph[w] == top_scan[w] for w in top_graph.keys() & top_scan.keys())


def test_graph_follows_new_and_vanished_works(lib: Path) -> None:
    with Store(str(lib)) as store:
        S.build_index(store.db)
        _add_works(lib, 400, 10)
        out = semantic.refresh_vectors(store.db)
        assert out["embedded"] == 10 and out["ann"]["ann"] == "updated" and out["ann"]["vectors"] == 410
        store.db.execute("DELETE FROM works WHERE id = 'W00003'")
        out = semantic.refresh_vectors(store.db)
        assert out["deleted"] == 1 and out["ann"]["vectors"] == 409
        assert ann.load(store.db, "onnx-minilm") is not None
        title = store.db.query("SELECT title FROM works WHERE id = 'W00405'")[0][0]
        top = ann.top(ann.load(store.db, "onnx-minilm"), store.db, "onnx-minilm", fake_embed([title])[0], 5, 0.0)
        assert "W00003" not in [w for w, _ in top] and top[0][0] == "W00405"


def test_a_stale_graph_is_ignored(lib: Path) -> None:
    with Store(str(lib)) as store:
        S.build_index(store.db)
        # vectors written behind the graph's back (another version of the program): scan, not a wrong graph
        store.db.execute("DELETE FROM work_vectors WHERE work_id = 'W00001'")
        assert ann.load(store.db, "onnx-minilm") is None
        assert ann.update(store.db, "onnx-minilm", [], [], ann.in_sync(store.db, "onnx-minilm"))["ann"] == "built"
        assert ann.load(store.db, "onnx-minilm") is not None


def test_small_libraries_and_memory_stores_keep_the_scan(lib: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ann, "MIN_WORKS", 1000)
    with Store(str(lib)) as store:
        assert S.build_index(store.db)["vectors"]["ann"]["ann"] == "none"
        assert ann.path(store.db, "onnx-minilm") is not None and not ann.path(store.db, "onnx-minilm").exists()
    with Store(":memory:") as mem:
        assert ann.path(mem.db, "onnx-minilm") is None
