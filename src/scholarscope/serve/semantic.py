"""Semantic search: one embedding per work (its title, plus its abstract when enrichment knows
one), the query embedded the same way, works ranked by cosine similarity.

The embedding is measure/embed.py's, chosen by ``SCHOLARSCOPE_SEARCH_EMBEDDING`` (default
``auto``: all-MiniLM-L6-v2 int8 ONNX when the ``[embed]`` extra is installed, else TF-IDF):

- dense (onnx-minilm, torch-minilm): each work's unit vector is stored in ``work_vectors`` as
  int8 codes and a scale (384 bytes a work). The matrix is loaded once per library version and
  scored by numpy brute force: as float32 while that fits FLOAT_BYTES_MAX (~350k works), beyond
  that from the int8 codes in chunks, so memory stays at the int8 size (~384 MB at 1M works) at
  the price of a slower scan (bench/semantic_speed.py). From ann.MIN_WORKS vectors on, with the
  [scale] extra, an HNSW graph saved next to the SQLite file (ann.py) replaces the scan: nothing
  is loaded but the memory-mapped graph, and the proposed works are scored from their codes.
- tfidf: word + character 4-gram TF-IDF fitted on the library's own texts. Its idf depends on
  the whole library, so nothing stable can be stored: the vectors and an inverted index are
  built in memory, up to FALLBACK_MAX works (beyond that semantic search says it is unavailable).

Freshness: ``refresh_vectors`` runs whenever the keyword index is rebuilt (search.ensure_index:
ingest, upload, re-resolution and new enrichment change the library's fingerprint). It embeds
only works whose text is new or changed (sha1 of the text) and deletes vectors of works that no
longer exist, so an upload of one CV embeds only that CV's new works.
"""
from __future__ import annotations

import hashlib
import os
import threading
import time
from dataclasses import dataclass, field
from typing import Any

from ..store.dialect import Dialect
from . import ann

DENSE = ("onnx-minilm", "torch-minilm")
FALLBACK_MAX = 20_000      # works the in-memory TF-IDF fallback serves (~5 KB of postings a work)
EMBED_BATCH = 256
CHUNK_ROWS = 32_768        # int8 rows converted to float per step of the brute-force scan
FLOAT_BYTES_MAX = 512 * 2**20  # libraries whose float32 matrix fits in this keep it (a scan ~10x faster)
# cosine below which a work is not a semantic match (per backend: the scales differ; chosen on
# bench/search_quality.py's labelled queries, see docs/search.md)
MIN_COSINE = {"onnx-minilm": 0.30, "torch-minilm": 0.30, "tfidf": 0.12}
_lock = threading.Lock()
_cache: dict[tuple[str, str], Index] = {}


def backend_name(requested: str | None = None) -> str:
    """The embedding backend semantic search uses ('auto' resolved)."""
    from ..measure.embed import resolve

    return resolve(requested or os.environ.get("SCHOLARSCOPE_SEARCH_EMBEDDING", "auto"))


def text_hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def _abstracts(db: Dialect) -> dict[str, str]:
    """Work id -> abstract from enrichment (openalex > semanticscholar > arxiv > openreview)."""
    import json

    order = {"openalex": 0, "semanticscholar": 1, "arxiv": 2, "openreview": 3}
    try:
        rows = db.query("SELECT work_id, source, value FROM enrichment WHERE field = 'abstract'")
    except Exception:  # noqa: BLE001 - no enrichment table: nothing enriched yet
        return {}
    best: dict[str, tuple[int, str]] = {}
    for wid, source, value in sorted(rows, key=lambda r: order.get(r[1], 9)):
        text = json.loads(value) if value else None
        if isinstance(text, str) and text.strip() and wid not in best:
            best[wid] = (order.get(source, 9), text.strip())
    return {k: v[1] for k, v in best.items()}


def work_texts(db: Dialect) -> list[tuple[str, str]]:
    """(work id, text embedded for it): the title, then the abstract when one is known."""
    abstracts = _abstracts(db)
    out = []
    for wid, title in db.query("SELECT id, title FROM works ORDER BY id"):
        text = " ".join(filter(None, [(title or "").strip(), abstracts.get(wid, "")]))
        if text:
            out.append((wid, text))
    return out


def _embed(texts: list[str], backend: str) -> Any:
    from ..measure.embed import onnx_minilm, torch_minilm

    return onnx_minilm(texts) if backend == "onnx-minilm" else torch_minilm(texts)


def quantise(m: Any) -> tuple[Any, Any]:
    """Unit rows -> (int8 codes, per-row scale) with codes * scale ~= row."""
    import numpy as np

    m = np.asarray(m, dtype=np.float32)
    scale = np.abs(m).max(axis=1).clip(1e-12) / 127.0
    return np.rint(m / scale[:, None]).astype(np.int8), scale.astype(np.float64)


def refresh_vectors(db: Dialect, backend: str | None = None) -> dict[str, Any]:
    """Embed new or changed works, drop vectors of vanished ones (dense backends only)."""
    name = backend_name(backend)
    t0 = time.perf_counter()
    forget(db)
    if name not in DENSE:
        return {"embedding": name, "stored": False, "embedded": 0, "deleted": 0, "seconds": 0.0}
    texts = work_texts(db)
    have = dict(db.query("SELECT work_id, text_hash FROM work_vectors WHERE model = ?", (name,)))
    todo = [(wid, t, h) for wid, t in texts if have.get(wid) != (h := text_hash(t))]
    gone = sorted(set(have) - {wid for wid, _ in texts})
    gone_keys = _rowids(db, name, gone)
    synced = ann.in_sync(db, name)
    for i in range(0, len(todo), EMBED_BATCH):
        batch = todo[i:i + EMBED_BATCH]
        codes, scales = quantise(_embed([t for _, t, _ in batch], name))
        rows = [(wid, name, h, int(codes.shape[1]), float(s), codes[k].tobytes())
                for k, ((wid, _, h), s) in enumerate(zip(batch, scales))]
        _write(db, rows, [])
    for i in range(0, len(gone), 500):
        _write(db, [], gone[i:i + 500], name)
    graph = ann.update(db, name, [wid for wid, _, _ in todo], gone_keys, synced)
    return {"embedding": name, "stored": True, "embedded": len(todo), "deleted": len(gone), "ann": graph,
            "seconds": round(time.perf_counter() - t0, 3)}


def _rowids(db: Dialect, name: str, wids: list[str]) -> list[int]:
    """SQLite rowids of these works' vectors: the ANN graph's keys (ann.py; no graph elsewhere)."""
    if db.name != "sqlite":
        return []
    out: list[int] = []
    for i in range(0, len(wids), 500):
        chunk = wids[i:i + 500]
        marks = ", ".join("?" for _ in chunk)
        out += [int(r[0]) for r in db.query(f"SELECT rowid FROM work_vectors WHERE model = ? AND work_id IN ({marks})",
                                            [name, *chunk])]
    return out


def _write(db: Dialect, rows: list[tuple[Any, ...]], gone: list[str], name: str = "") -> None:
    def step() -> None:
        with db.write():
            db.executemany("INSERT INTO work_vectors (work_id, model, text_hash, dim, scale, vec)"
                           " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (work_id, model) DO UPDATE SET"
                           " text_hash = excluded.text_hash, dim = excluded.dim, scale = excluded.scale,"
                           " vec = excluded.vec", rows)
            if gone:
                marks = ", ".join("?" for _ in gone)
                db.execute(f"DELETE FROM work_vectors WHERE model = ? AND work_id IN ({marks})", [name, *gone])

    db.retrying(step)


# ------------------------------------------------------------------ the in-memory index

@dataclass
class Index:
    """The library's vectors in memory, with one way to score a query against all of them."""

    embedding: str
    ids: list[str]
    codes: Any = None                      # dense: int8 matrix (n x dim)
    scales: Any = None                     # dense: float per row
    matrix: Any = None                     # dense, small enough: the float32 unit rows themselves
    vectorizer: Any = None                 # tfidf
    postings: dict[str, list[tuple[int, float]]] = field(default_factory=dict)
    graph: Any = None                      # dense, large: the ANN graph (ann.py) instead of codes in memory
    unavailable: str | None = None         # why semantic search cannot run here
    version: str = ""                      # the library fingerprint it was loaded at

    def query_vector(self, query: str) -> Any:
        """The query's unit vector under this index's (dense) embedding."""
        import numpy as np

        return np.asarray(_embed([query], self.embedding)[0], dtype=np.float32)

    def scores(self, query: str) -> dict[int, float] | Any:
        """Cosine of the query with every work: a numpy array (dense) or {row: cosine} (tfidf)."""
        if self.codes is not None:
            import numpy as np

            q = self.query_vector(query)
            if self.matrix is not None:
                return self.matrix @ q
            out = np.empty(len(self.ids), dtype=np.float32)
            for i in range(0, len(self.ids), CHUNK_ROWS):
                out[i:i + CHUNK_ROWS] = self.codes[i:i + CHUNK_ROWS].astype(np.float32) @ q
            return out * self.scales
        acc: dict[int, float] = {}
        for f, x in self.vectorizer.vector(query, known_only=True).items():
            for j, w in self.postings.get(f, ()):
                acc[j] = acc.get(j, 0.0) + x * w
        return acc

    def top(self, scores: Any, k: int, floor: float) -> list[tuple[str, float]]:
        """The k best (work id, cosine) at or above ``floor``, best first."""
        if isinstance(scores, dict):
            best = sorted(((c, j) for j, c in scores.items() if c >= floor), reverse=True)[:k]
            return [(self.ids[j], round(float(c), 4)) for c, j in best]
        import numpy as np

        k = min(k, len(scores))
        if k <= 0:
            return []
        part = np.argpartition(-scores, k - 1)[:k]
        part = part[np.argsort(-scores[part], kind="stable")]
        return [(self.ids[j], round(float(scores[j]), 4)) for j in part if scores[j] >= floor]

    def lookup(self, scores: Any, wids: list[str]) -> dict[str, float]:
        pos = self._pos()
        return {w: float(scores.get(pos[w], 0.0) if isinstance(scores, dict) else scores[pos[w]])
                for w in wids if w in pos}

    def _pos(self) -> dict[str, int]:
        if not hasattr(self, "_positions"):
            self._positions = {w: i for i, w in enumerate(self.ids)}
        return self._positions


def _load_dense(db: Dialect, name: str) -> Index:
    try:
        import numpy as np
    except ImportError:
        return Index(name, [], unavailable=f"{name} needs numpy: pip install 'scholarscope[embed]'")
    graph = ann.load(db, name)
    if graph is not None:  # a large library: searched through the graph, no matrix in memory
        return Index(name, [], graph=graph)
    rows = db.query("SELECT work_id, scale, vec FROM work_vectors WHERE model = ? ORDER BY work_id", (name,))
    if not rows:
        return Index(name, [], unavailable="no work vectors stored yet (the index builds them)")
    codes = np.frombuffer(b"".join(bytes(r[2]) for r in rows), dtype=np.int8).reshape(len(rows), -1)
    scales = np.array([r[1] for r in rows], dtype=np.float32)
    idx = Index(name, [r[0] for r in rows], codes=codes, scales=scales)
    if codes.size * 4 <= FLOAT_BYTES_MAX:
        idx.matrix = codes.astype(np.float32) * scales[:, None]
    return idx


def _load_tfidf(db: Dialect) -> Index:
    from ..measure.textvec import Tfidf

    n = db.query("SELECT COUNT(*) FROM works")[0][0]
    if n > FALLBACK_MAX:
        return Index("tfidf", [], unavailable=f"the TF-IDF fallback serves at most {FALLBACK_MAX} works"
                     f" (this library has {n}); install the [embed] extra for MiniLM vectors")
    texts = work_texts(db)
    vec = Tfidf(bigrams=False, chars=4).fit(t for _, t in texts)
    postings: dict[str, list[tuple[int, float]]] = {}
    for j, (_, t) in enumerate(texts):
        for f, x in vec.vector(t).items():
            postings.setdefault(f, []).append((j, x))
    return Index("tfidf", [w for w, _ in texts], vectorizer=vec, postings=postings)


def index(db: Dialect, backend: str | None = None, version: str = "") -> Index:
    """The library's semantic index, loaded once per library ``version`` (its fingerprint)."""
    name = backend_name(backend)
    key = (db.url, name)
    with _lock:
        if key not in _cache or _cache[key].version != version:
            try:
                _cache[key] = _load_dense(db, name) if name in DENSE else _load_tfidf(db)
            except Exception as exc:  # noqa: BLE001 - a missing model must not break keyword search
                _cache[key] = Index(name, [], unavailable=f"{type(exc).__name__}: {exc}")
            _cache[key].version = version
        return _cache[key]


def forget(db: Dialect | None = None) -> None:
    """Drop the in-memory index (of one library, or all) so the next search reloads it."""
    with _lock:
        for key in [k for k in _cache if db is None or k[0] == db.url]:
            del _cache[key]
