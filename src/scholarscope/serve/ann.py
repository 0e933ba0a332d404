"""Approximate nearest neighbours for semantic search in large libraries: an HNSW graph (usearch)
over the stored work vectors, so a query visits a few thousand vectors instead of all of them.

- Where: a file next to the SQLite database, ``<db>.<model>.usearch``. The graph of 1M works is
  ~0.5 GB, beyond what a row should hold, and a file can be memory-mapped (``view``): a server
  opens it at once and the OS shares its pages between processes. PostgreSQL and in-memory
  stores have no file: they keep the exact scan.
- What: the int8 codes of ``work_vectors`` as they are (cosine metric, so the per-row scale
  does not matter), keyed by the row's rowid (stable when a vector is re-embedded in place).
- Exactness: the ANN proposes OVERSAMPLE x k works; their cosine is recomputed from the stored
  codes exactly as the scan does, so scores are the scan's and only recall is approximate
  (bench/semantic_speed.py --ann measures it).
- Freshness: built or updated by semantic.refresh_vectors (every index build); the row count
  and largest rowid of the vectors it reflects are recorded in serve_search_state and compared
  when a server loads it: a graph that does not match is ignored (exact scan) until rebuilt.
  Small changes (an upload) update the graph in place; large ones rebuild it.

Only libraries of at least MIN_WORKS vectors get one: below that the scan is fast and exact.
Needs numpy and usearch (the ``[scale]`` extra); without them the scan runs at every size.
"""
from __future__ import annotations

import importlib.util
import os
import time
from pathlib import Path
from typing import Any

from ..store.dialect import Dialect

MIN_WORKS = int(os.environ.get("SCHOLARSCOPE_ANN_MIN_WORKS", "50000"))
CONNECTIVITY = 16
EXPANSION_ADD = 64
EXPANSION_SEARCH = 128    # candidates kept while walking the graph (recall vs time: docs/search.md)
OVERSAMPLE = 1            # works proposed per work asked (re-scored exactly: the order may change a little)
REBUILD_SHARE = 0.2       # more changed vectors than this share: rebuild rather than update
BATCH = 50_000


def available() -> bool:
    """numpy and usearch are importable (pip install 'scholarscope[scale]')."""
    return all(importlib.util.find_spec(m) for m in ("numpy", "usearch"))


def path(db: Dialect, model: str) -> Path | None:
    """The graph's file for a SQLite file store; None where there is none (PostgreSQL, :memory:)."""
    if db.name != "sqlite" or db.url in ("", ":memory:") or db.url.startswith("file:"):
        return None
    return Path(f"{Path(db.url).expanduser()}.{model}.usearch")


def _signature(db: Dialect, model: str) -> str:
    n, top = db.query("SELECT COUNT(*), MAX(rowid) FROM work_vectors WHERE model = ?", (model,))[0]
    return f"{n}|{top}"


def _recorded(db: Dialect, model: str) -> str | None:
    try:
        rows = db.query("SELECT value FROM serve_search_state WHERE key = ?", (f"ann:{model}",))
    except Exception:  # noqa: BLE001 - no state table yet
        return None
    return str(rows[0][0]) if rows else None


def _record(db: Dialect, model: str, value: str | None) -> None:
    def step() -> None:
        with db.write():
            db.execute("CREATE TABLE IF NOT EXISTS serve_search_state (key TEXT PRIMARY KEY, value TEXT)")
            db.execute("DELETE FROM serve_search_state WHERE key = ?", (f"ann:{model}",))
            if value is not None:
                db.execute("INSERT INTO serve_search_state (key, value) VALUES (?, ?)", (f"ann:{model}", value))

    db.retrying(step)


def _new(dim: int) -> Any:
    from usearch.index import Index

    return Index(ndim=dim, metric="cos", dtype="i8", connectivity=CONNECTIVITY,
                 expansion_add=EXPANSION_ADD, expansion_search=EXPANSION_SEARCH)


def _add(index: Any, rows: list[tuple[Any, ...]]) -> Any:
    """Add (rowid, dim, vec) rows; the first call makes the index (it needs the dimension)."""
    import numpy as np

    if not rows:
        return index
    index = index if index is not None else _new(int(rows[0][1]))
    keys = np.array([r[0] for r in rows], dtype=np.uint64)
    codes = np.frombuffer(b"".join(bytes(r[2]) for r in rows), dtype=np.int8).reshape(len(rows), -1)
    index.add(keys, codes)
    return index


def build(db: Dialect, model: str) -> dict[str, Any]:
    """(Re)build the graph from every stored vector of ``model`` and save it."""
    t0 = time.perf_counter()
    target = path(db, model)
    index = None
    if target is not None:
        for rows in db.stream("SELECT rowid, dim, vec FROM work_vectors WHERE model = ? ORDER BY rowid", (model,),
                              size=BATCH):
            index = _add(index, rows)
    return _save(db, model, index, target, "built", t0)


def _save(db: Dialect, model: str, index: Any, target: Path | None, how: str, t0: float) -> dict[str, Any]:
    if index is None or target is None:
        return {"ann": "none", "seconds": 0.0}
    tmp = target.with_name(target.name + ".tmp")
    index.save(str(tmp))
    os.replace(tmp, target)       # a server viewing the old file keeps its mapping until it reloads
    _record(db, model, _signature(db, model))
    return {"ann": how, "vectors": len(index), "bytes": target.stat().st_size,
            "seconds": round(time.perf_counter() - t0, 3)}


def in_sync(db: Dialect, model: str) -> bool:
    """The saved graph reflects the stored vectors (checked before and after writing them)."""
    target = path(db, model)
    return target is not None and target.exists() and _recorded(db, model) == _signature(db, model)


def update(db: Dialect, model: str, upserted: list[str], gone: list[int], was_in_sync: bool) -> dict[str, Any]:
    """Bring the graph up to date after ``refresh_vectors`` wrote ``upserted`` work ids and deleted
    the rows ``gone``: in place when the graph matched the vectors before (``was_in_sync``) and
    little changed, else rebuilt; removed (and ignored) below MIN_WORKS or without usearch."""
    target = path(db, model)
    if target is None or not available():
        return {"ann": "none", "seconds": 0.0}
    n = int(db.query("SELECT COUNT(*) FROM work_vectors WHERE model = ?", (model,))[0][0])
    if n < MIN_WORKS:
        target.unlink(missing_ok=True)
        if _recorded(db, model) is not None:
            _record(db, model, None)
        return {"ann": "none", "seconds": 0.0}
    if not upserted and not gone and was_in_sync:
        return {"ann": "unchanged", "seconds": 0.0}
    if not was_in_sync or len(upserted) + len(gone) > REBUILD_SHARE * n:
        return build(db, model)
    return _patch(db, model, target, upserted, gone)


def _patch(db: Dialect, model: str, target: Path, upserted: list[str], gone: list[int]) -> dict[str, Any]:
    import numpy as np
    from usearch.index import Index

    t0 = time.perf_counter()
    index = Index.restore(str(target))
    rows: list[tuple[Any, ...]] = []
    for i in range(0, len(upserted), 500):
        chunk = upserted[i:i + 500]
        marks = ", ".join("?" for _ in chunk)
        rows += db.query(f"SELECT rowid, dim, vec FROM work_vectors WHERE model = ? AND work_id IN ({marks})",
                         [model, *chunk])
    stale = [k for k in [*gone, *(r[0] for r in rows)] if k in index]
    if stale:
        index.remove(np.array(stale, dtype=np.uint64))
    return _save(db, model, _add(index, rows), target, "updated", t0)


def load(db: Dialect, model: str) -> Any | None:
    """The saved graph, memory-mapped, when it reflects the stored vectors; else None (scan)."""
    target = path(db, model)
    if target is None or not available() or not target.exists():
        return None
    if not in_sync(db, model):
        return None
    from usearch.index import Index

    index = Index.restore(str(target), view=True)
    index.expansion_search = EXPANSION_SEARCH
    return index


def _rows(db: Dialect, model: str, column: str, values: list[Any]) -> list[tuple[Any, ...]]:
    out: list[tuple[Any, ...]] = []
    for i in range(0, len(values), 500):
        chunk = values[i:i + 500]
        marks = ", ".join("?" for _ in chunk)
        out += db.query(f"SELECT work_id, scale, vec FROM work_vectors WHERE model = ? AND {column} IN ({marks})",
                        [model, *chunk])
    return out


def _cosines(rows: list[tuple[Any, ...]], q: Any) -> dict[str, float]:
    """The scan's cosine (int8 codes . query * scale) of each row."""
    import numpy as np

    if not rows:
        return {}
    codes = np.frombuffer(b"".join(bytes(r[2]) for r in rows), dtype=np.int8).reshape(len(rows), -1)
    cos = (codes.astype(np.float32) @ q) * np.array([r[1] for r in rows], dtype=np.float32)
    return {r[0]: float(c) for r, c in zip(rows, cos)}


def top(index: Any, db: Dialect, model: str, q: Any, k: int, floor: float) -> list[tuple[str, float]]:
    """The k best (work id, cosine) at or above ``floor`` among the works the graph proposes."""
    from .semantic import quantise

    if k <= 0 or len(index) == 0:
        return []
    codes, _ = quantise(q[None, :])
    found = index.search(codes[0], min(len(index), OVERSAMPLE * k))
    cos = _cosines(_rows(db, model, "rowid", [int(x) for x in found.keys]), q)
    best = sorted(cos.items(), key=lambda kv: (-kv[1], kv[0]))[:k]
    return [(w, round(c, 4)) for w, c in best if c >= floor]


def cosines(db: Dialect, model: str, q: Any, wids: list[str]) -> dict[str, float]:
    """The cosine of the given works (hybrid ranking's keyword hits)."""
    return _cosines(_rows(db, model, "work_id", wids), q)
