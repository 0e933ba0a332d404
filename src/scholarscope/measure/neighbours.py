"""Nearest earlier work at scale: novelty's ``max cos(w, v) over year(v) < year(w)`` in sub-quadratic time.

The exact search (``embed.max_earlier_similarity``) compares each work with every earlier one:
quadratic, about 100 s for 5,000 titles in pure Python. For large stores this module:

1. builds the TF-IDF vectors once as numpy CSR arrays (the same features and weights as
   ``embed.tfidf_vectors``: word unigrams + character 4-grams, smoothed idf, sublinear tf, L2);
2. projects them to ``dims`` dense dimensions with a sparse random projection (each feature adds
   +-x to ``hashes`` fixed random dimensions; inner products are preserved in expectation), or
   takes the MiniLM sentence vectors as they are;
3. walks the years in order with an HNSW index (usearch): the works of year y query the index,
   which then holds exactly the works of earlier years, for their ``k`` nearest; then year y is
   added. No filter is needed and every query sees only earlier works;
4. re-ranks the k candidates with the exact cosine (sparse TF-IDF, or the MiniLM dot product)
   and keeps the best. The result is the exact similarity of the best candidate found: never
   above the exact maximum, and equal to it whenever the true nearest earlier work is among the
   k candidates (``agreement`` measures how often on a sample).

Cost: O(n log n) index operations plus O(n k) exact re-ranking, instead of O(n^2).
Needs numpy and usearch (the ``[scale]`` extra); ``available()`` tells.
"""
from __future__ import annotations

import importlib.util
from collections import Counter
from dataclasses import dataclass
from typing import Any

from .textvec import features

DIMS = 256
HASHES = 4
K = 10


def available() -> bool:
    """numpy and usearch are importable (pip install 'scholarscope[scale]')."""
    return all(importlib.util.find_spec(m) for m in ("numpy", "usearch"))


@dataclass
class Csr:
    """Rows of L2-normalised TF-IDF weights: row i is data[indptr[i]:indptr[i+1]] at columns indices[...]."""

    indptr: Any
    indices: Any
    data: Any
    n_features: int

    def row(self, i: int) -> dict[int, float]:
        a, b = int(self.indptr[i]), int(self.indptr[i + 1])
        return dict(zip(self.indices[a:b].tolist(), self.data[a:b].tolist()))


def tfidf_csr(texts: list[str]) -> Csr:
    """TF-IDF rows with embed.tfidf_vectors' features and weights, as numpy arrays (one pass over the texts)."""
    import numpy as np

    vocab: dict[str, int] = {}
    indptr, cols, tfs = [0], [], []
    for t in texts:
        for f, c in Counter(features(t, bigrams=False, chars=4)).items():
            cols.append(vocab.setdefault(f, len(vocab)))
            tfs.append(c)
        indptr.append(len(cols))
    ip = np.asarray(indptr, dtype=np.int64)
    idx = np.asarray(cols, dtype=np.int32)
    df = np.bincount(idx, minlength=len(vocab))
    idf = np.log((1 + len(texts)) / (1 + df)) + 1.0
    data = (1.0 + np.log(np.asarray(tfs, dtype=np.float64))) * idf[idx]
    rows = np.repeat(np.arange(len(texts)), np.diff(ip))
    norms = np.sqrt(np.bincount(rows, weights=data * data, minlength=len(texts)))
    data = data / np.where(norms > 0, norms, 1.0)[rows]
    order = np.lexsort((idx, rows))          # columns sorted within each row (the re-ranking relies on it)
    return Csr(ip, idx[order], data[order].astype(np.float32), len(vocab))


def project(m: Csr, dims: int = DIMS, hashes: int = HASHES, seed: int = 0, chunk: int = 50_000) -> Any:
    """Sparse random projection of the rows to ``dims`` dimensions, L2-normalised (float32)."""
    import numpy as np

    rng = np.random.default_rng(seed)
    where = rng.integers(0, dims, size=(m.n_features, hashes))
    sign = rng.choice(np.array([-1.0, 1.0]), size=(m.n_features, hashes))
    n = len(m.indptr) - 1
    out = np.zeros((n, dims), dtype=np.float32)
    for lo in range(0, n, chunk):   # bincount over (row, dim) cells, a chunk of rows at a time
        hi = min(n, lo + chunk)
        a, b = int(m.indptr[lo]), int(m.indptr[hi])
        rows = np.repeat(np.arange(hi - lo), np.diff(m.indptr[lo:hi + 1]))
        cols, vals = m.indices[a:b], m.data[a:b].astype(np.float64)
        acc = np.zeros((hi - lo) * dims)
        for h in range(hashes):
            acc += np.bincount(rows * dims + where[cols, h], weights=vals * sign[cols, h], minlength=len(acc))
        out[lo:hi] = acc.reshape(hi - lo, dims)
    norms = np.linalg.norm(out, axis=1, keepdims=True)
    return out / np.where(norms > 0, norms, 1.0)


def candidates(vectors: Any, years: list[int | None], k: int = K, threads: int = 0,
               stats: dict[str, Any] | None = None) -> Any:
    """(n, k) int64 ids of approximate nearest earlier-year works (-1 where fewer exist).

    The index stores int8-quantised vectors (the rows are unit length): on 20k synthetic titles
    it built 4x faster than float32 and found the exact nearest for 99.3 % of works (vs 100 %);
    re-ranking is exact either way.
    """
    import numpy as np
    from usearch.index import Index

    n, dims = vectors.shape
    out = np.full((n, k), -1, dtype=np.int64)
    index = Index(ndim=dims, metric="ip", dtype="i8", connectivity=16, expansion_add=128, expansion_search=128)
    by_year: dict[int, list[int]] = {}
    for i, y in enumerate(years):
        if y is not None:
            by_year.setdefault(y, []).append(i)
    for y in sorted(by_year):
        ids = np.asarray(by_year[y], dtype=np.int64)
        if len(index):
            found = index.search(vectors[ids], min(k, len(index)), threads=threads)
            keys = np.asarray(found.keys, dtype=np.int64).reshape(len(ids), -1)
            # one query answers Matches (only the found keys), several BatchMatches (padded + counts)
            counts = np.asarray(getattr(found, "counts", [keys.shape[1]])).reshape(len(ids))
            cols = np.arange(keys.shape[1])[None, :]
            out[ids, :keys.shape[1]] = np.where(cols < counts[:, None], keys, -1)
        index.add(ids, vectors[ids], threads=threads)
    if stats is not None:
        stats["index_bytes"] = int(index.memory_usage)
    return out


def _ranges(starts: Any, lens: Any) -> Any:
    """Concatenated aranges [starts[t], starts[t] + lens[t]) without a Python loop."""
    import numpy as np

    ends = np.cumsum(lens)
    return np.repeat(starts - (ends - lens), lens) + np.arange(int(ends[-1]) if len(ends) else 0)


def _rerank_sparse(m: Csr, cand: Any, chunk: int = 4_000) -> list[float | None]:
    """Exact sparse cosine of each work with each of its candidates; the best per work.

    Vectorised per chunk of works: a pair's entries are keyed (pair, column); columns are sorted
    within rows, so the query side is sorted and the candidate side finds its matches by
    binary search.
    """
    import numpy as np

    n, k = cand.shape
    lens_all = np.diff(m.indptr)
    out: list[float | None] = []
    for lo in range(0, n, chunk):
        c = cand[lo:lo + chunk]
        q = np.repeat(np.arange(lo, lo + len(c)), k)
        j = c.reshape(-1)
        keep = np.flatnonzero(j >= 0)        # pair ids (row-major: pair p belongs to work lo + p // k)
        qi, cj = q[keep], j[keep]
        ql, cl = lens_all[qi], lens_all[cj]
        qpos, cpos = _ranges(m.indptr[qi], ql), _ranges(m.indptr[cj], cl)
        qkey = np.repeat(keep, ql) * m.n_features + m.indices[qpos]
        ckey = np.repeat(keep, cl) * m.n_features + m.indices[cpos]
        at = np.minimum(np.searchsorted(qkey, ckey), max(len(qkey) - 1, 0))
        hit = (qkey[at] == ckey) if len(qkey) else np.zeros(len(ckey), dtype=bool)
        dots = np.bincount(np.repeat(keep, cl)[hit], weights=(m.data[qpos][at[hit]] * m.data[cpos][hit]),
                           minlength=len(c) * k)
        best = np.where(j >= 0, dots, -np.inf).reshape(len(c), k).max(axis=1)
        out += [float(b) if np.isfinite(b) else None for b in best]
    return out


def _rerank_dense(vectors: Any, cand: Any, chunk: int = 20_000) -> list[float | None]:
    import numpy as np

    out: list[float | None] = []
    for lo in range(0, len(cand), chunk):
        c = cand[lo:lo + chunk]
        sims = np.einsum("id,ikd->ik", vectors[lo:lo + chunk], vectors[np.maximum(c, 0)])
        sims = np.where(c >= 0, sims, -np.inf).max(axis=1)
        out += [float(s) if np.isfinite(s) else None for s in sims]
    return out


def dense_vectors(texts: list[str], backend: str) -> Any:
    from .embed import onnx_minilm, torch_minilm

    return onnx_minilm(texts) if backend == "onnx-minilm" else torch_minilm(texts)


def max_earlier_similarity_ann(texts: list[str], years: list[int | None], backend: str = "tfidf",
                               k: int = K, dims: int = DIMS) -> list[float | None]:
    """``embed.max_earlier_similarity`` by HNSW candidates + exact re-ranking (see the module doc)."""
    import numpy as np

    if backend == "tfidf":
        m = tfidf_csr(texts)
        return _rerank_sparse(m, candidates(project(m, dims), years, k))
    vectors = np.ascontiguousarray(dense_vectors(texts, backend), dtype=np.float32)
    return _rerank_dense(vectors, candidates(vectors, years, k))


def exact_for(m: Csr, years: list[int | None], rows: list[int]) -> list[float | None]:
    """The exact max earlier-year cosine for some rows (a column-wise pass each; for checking samples)."""
    import numpy as np

    n = len(m.indptr) - 1
    row_of = np.repeat(np.arange(n), np.diff(m.indptr))
    order = np.argsort(m.indices, kind="stable")
    col_ptr = np.searchsorted(m.indices[order], np.arange(m.n_features + 1))
    y = np.array([v if v is not None else 1 << 30 for v in years])
    out: list[float | None] = []
    for i in rows:
        if years[i] is None or not (y < y[i]).any():
            out.append(None)
            continue
        q = m.row(i)
        segs = [order[col_ptr[c]:col_ptr[c + 1]] for c in q]
        hit = np.concatenate(segs) if segs else np.zeros(0, dtype=np.int64)
        w = m.data[hit] * np.repeat(np.array(list(q.values()), dtype=np.float32), [len(s) for s in segs])
        sims = np.bincount(row_of[hit], weights=w, minlength=n)
        out.append(float(np.where(y < y[i], sims, -np.inf).max()))
    return out
