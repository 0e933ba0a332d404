"""Semantic search cost at scale: embedding one query (MiniLM) and brute-force cosine over N
stored int8 vectors (serve/semantic.py's scan), in process. Needs the [embed] extra.

    python bench/semantic_speed.py --works 100000 1000000 --queries 50
    python bench/semantic_speed.py --ann --works 100000 1000000 --queries 200 --keep out/bench

--ann (needs the [scale] extra, not [embed]): the HNSW graph (serve/ann.py) against the exact
scan over N stored vectors: graph build time and size, search p50/p95 (graph + exact re-scoring
from the store) and recall@20 / @300 of the graph's works against the scan's. The vectors are a
stand-in with a real library's structure: bench/search_speed.py's generated titles (Zipf words)
embedded as sums of fixed random word vectors plus noise; the queries likewise. MiniLM's query
embedding (~30 ms, docs/search.md) is not included.

The N vectors are random unit vectors quantised like stored ones (the scan costs the same
whatever the vectors hold); embedding N real titles would take hours on 2 cores, and the
query side is measured on real text.
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path
import tracemalloc
from typing import Any


def run(n: int, n_queries: int) -> dict[str, Any]:
    import numpy as np

    from scholarscope.serve import semantic

    rng = np.random.default_rng(1)
    codes = np.empty((n, 384), dtype=np.int8)
    scales = np.empty(n, dtype=np.float32)
    for i in range(0, n, 100_000):
        m = rng.normal(size=(min(100_000, n - i), 384)).astype(np.float32)
        m /= np.linalg.norm(m, axis=1, keepdims=True)
        c, s = semantic.quantise(m)
        codes[i:i + len(c)], scales[i:i + len(c)] = c, s
    idx = semantic.Index("onnx-minilm", [f"W{i}" for i in range(n)], codes=codes, scales=scales)
    if codes.size * 4 <= semantic.FLOAT_BYTES_MAX:  # as _load_dense does
        idx.matrix = codes.astype(np.float32) * scales[:, None]
    idx.scores("warm up the model")
    embed, scan = [], []
    for k in range(n_queries):
        q = f"query number {k} about long-context language model acceleration"
        t0 = time.perf_counter()
        semantic._embed([q], "onnx-minilm")
        t1 = time.perf_counter()
        idx.top(idx.scores(q), 300, 0.0)
        t2 = time.perf_counter()
        embed.append((t1 - t0) * 1000)
        scan.append((t2 - t1) * 1000 - embed[-1])  # scores() embeds again: subtract it
    tracemalloc.start()
    idx.top(idx.scores("memory"), 300, 0.0)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    embed.sort()
    scan.sort()
    return {"works": n, "scan": "float32" if idx.matrix is not None else "int8 chunks",
            "vectors_mb": round(codes.nbytes / 1e6, 1), "embed_p50_ms": round(statistics.median(embed), 1),
            "scan_p50_ms": round(statistics.median(scan), 1),
            "scan_p95_ms": round(scan[int(0.95 * (len(scan) - 1))], 1),
            "scan_peak_extra_mb": round(peak / 1e6, 1)}


def _stand_in(titles: list[str], dim: int = 384, seed: int = 3) -> Any:
    """Unit vectors of texts: the sum of a fixed random vector per word, plus 30 % noise."""
    import numpy as np

    from search_speed import WORDS

    rng = np.random.default_rng(seed)
    words = {w: i for i, w in enumerate(WORDS)}
    table = rng.normal(size=(len(WORDS), dim)).astype(np.float32)
    out = np.empty((len(titles), dim), dtype=np.float32)
    for lo in range(0, len(titles), 50_000):
        chunk = titles[lo:lo + 50_000]
        counts = np.zeros((len(chunk), len(WORDS)), dtype=np.float32)
        for r, t in enumerate(chunk):
            for w in t.lower().split():
                if w in words:
                    counts[r, words[w]] += 1
        m = counts @ table
        m /= np.linalg.norm(m, axis=1, keepdims=True).clip(1e-6)
        m += 0.3 * rng.normal(size=m.shape).astype(np.float32) / np.sqrt(dim)
        out[lo:lo + len(chunk)] = m / np.linalg.norm(m, axis=1, keepdims=True)
    return out


def _ann_store(path: Any, n: int) -> tuple[Any, Any]:
    """A store holding n stand-in vectors (model onnx-minilm); (codes, scales) as stored."""
    import random
    import sqlite3

    import numpy as np

    from scholarscope.serve import semantic
    from scholarscope.store import Store
    from search_speed import WORDS, _title

    rng = random.Random(7)
    weights = [1.0 / (i + 1) ** 0.9 for i in range(len(WORDS))]
    codes, scales = semantic.quantise(_stand_in([_title(rng, weights) for _ in range(n)]))
    Store(str(path)).close()
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("BEGIN")
    con.executemany("INSERT INTO work_vectors (work_id, model, text_hash, dim, scale, vec) VALUES (?, ?, '', ?, ?, ?)",
                    ((f"W{i:011d}", "onnx-minilm", codes.shape[1], float(scales[i]), codes[i].tobytes())
                     for i in range(n)))
    con.execute("COMMIT")
    con.close()
    return codes, scales.astype(np.float32)


def run_ann(n: int, n_queries: int, keep: str | None) -> dict[str, Any]:
    import tempfile
    from pathlib import Path

    import numpy as np

    from scholarscope.serve import ann, semantic
    from scholarscope.store import Store
    from search_speed import queries

    folder = Path(keep or tempfile.mkdtemp())
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"ann-{n}.db"
    for p in folder.glob(f"ann-{n}.db*"):
        p.unlink()
    codes, scales = _ann_store(path, n)
    idx = semantic.Index("onnx-minilm", [f"W{i:011d}" for i in range(n)], codes=codes, scales=scales)
    qs = _stand_in(queries(n_queries, seed=12))
    with Store(str(path)) as store:
        built = ann.build(store.db, "onnx-minilm")
        graph = ann.load(store.db, "onnx-minilm")
        exact_ms, ann_ms, r20, r300 = [], [], [], []
        for q in qs:
            t0 = time.perf_counter()
            scores = np.empty(n, dtype=np.float32)
            for i in range(0, n, semantic.CHUNK_ROWS):
                scores[i:i + semantic.CHUNK_ROWS] = codes[i:i + semantic.CHUNK_ROWS].astype(np.float32) @ q
            exact = idx.top(scores * scales, 300, -1.0)
            t1 = time.perf_counter()
            got = ann.top(graph, store.db, "onnx-minilm", q, 300, -1.0)
            t2 = time.perf_counter()
            exact_ms.append((t1 - t0) * 1000)
            ann_ms.append((t2 - t1) * 1000)
            for k, acc in ((20, r20), (300, r300)):
                acc.append(len({w for w, _ in got[:k]} & {w for w, _ in exact[:k]}) / k)
    for v in (exact_ms, ann_ms):
        v.sort()
    pct = lambda v, p: round(v[int(p * (len(v) - 1))], 1)  # noqa: E731
    return {"works": n, "graph_build_seconds": built["seconds"], "graph_mb": round(built["bytes"] / 1e6, 1),
            "expansion_search": ann.EXPANSION_SEARCH, "oversample": ann.OVERSAMPLE,
            "scan_p50_ms": pct(exact_ms, 0.5), "scan_p95_ms": pct(exact_ms, 0.95),
            "ann_p50_ms": pct(ann_ms, 0.5), "ann_p95_ms": pct(ann_ms, 0.95),
            "recall_at_20": round(statistics.mean(r20), 4), "recall_at_300": round(statistics.mean(r300), 4)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--works", type=int, nargs="+", default=[100_000])
    ap.add_argument("--queries", type=int, default=50)
    ap.add_argument("--ann", action="store_true", help="HNSW graph against the exact scan (the [scale] extra).")
    ap.add_argument("--keep", default=None, help="With --ann: build the stores in this folder (kept).")
    args = ap.parse_args()
    if args.ann:
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        print(json.dumps([run_ann(n, args.queries, args.keep) for n in args.works], indent=2))
    else:
        print(json.dumps([run(n, args.queries) for n in args.works], indent=2))


if __name__ == "__main__":
    main()
