"""Semantic search cost at scale: embedding one query (MiniLM) and brute-force cosine over N
stored int8 vectors (serve/semantic.py's scan), in process. Needs the [embed] extra.

    python bench/semantic_speed.py --works 100000 1000000 --queries 50

The N vectors are random unit vectors quantised like stored ones (the scan costs the same
whatever the vectors hold); embedding N real titles would take hours on 2 cores, and the
query side is measured on real text.
"""
from __future__ import annotations

import argparse
import json
import statistics
import time
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


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--works", type=int, nargs="+", default=[100_000])
    ap.add_argument("--queries", type=int, default=50)
    args = ap.parse_args()
    print(json.dumps([run(n, args.queries) for n in args.works], indent=2))


if __name__ == "__main__":
    main()
