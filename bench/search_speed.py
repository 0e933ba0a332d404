"""Search speed over HTTP: generated libraries of N works, FTS5 index build time and size,
p50 / p95 latency of /api/search served by `scholarscope serve` (pinned to --cores CPUs).

    python bench/search_speed.py                      # 100k works
    python bench/search_speed.py --works 100000 1000000 --queries 300 --cores 2 --json out/bench/search.json

The works, persons and authorships are written straight into a fresh store (one placeholder
document; foreign keys off while loading), the way a resolved library of that size looks to the
search: titles from a Zipf-distributed vocabulary, 2-8 authors from a pool of N/4 people.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

WORDS = ("learning neural networks deep model models language large efficient attention transformer transformers "
         "graph graphs optimization stochastic gradient descent convex nonconvex sparse sparsity robust robustness "
         "adversarial training inference acceleration accelerating long context long-context llm llms memory cache "
         "kv compression quantization pruning distillation retrieval augmented generation diffusion image images "
         "vision video speech audio text reasoning planning reinforcement policy reward agents multi agent federated "
         "privacy differential fairness causal causality bayesian variational kernel kernels gaussian process "
         "processes theory analysis bounds generalization overparameterized implicit bias representation "
         "representations contrastive self supervised semi unsupervised clustering embedding embeddings token "
         "tokens decoding speculative parallel distributed scalable scaling laws benchmark dataset evaluation "
         "hardware gpu kernels systems compiler scheduling protein molecules chemistry climate weather medical "
         "clinical health genomics single cell neuroscience brain signals wireless networks control robotics "
         "manipulation navigation mapping 3d point clouds segmentation detection tracking pose estimation "
         "fine tuning adapters low rank mixture experts routing state space recurrent convolutional").split()
SURNAMES = ("Chen Wang Li Zhang Liu Smith Garcia Muller Rossi Silva Kim Park Singh Kumar Okafor Nguyen Tanaka "
            "Sato Ivanov Novak Jensen Larsen Costa Haddad Mendez Weiss Vogt Renn Castellanos Adeyemi").split()
GIVEN = ("Ana Ben Chao Dana Eli Fatima Gita Hugo Ines Jon Kai Lena Mira Nia Omar Paz Quinn Rui Sara Tom Uma "
         "Vera Wen Xin Yara Zoe").split()
VENUES = ["NeurIPS", "ICML", "ICLR", "ACL", "EMNLP", "CVPR", "ICCV", "AAAI", "KDD", "MLSys", "JMLR", "TMLR",
          "Nature", "Science", "arXiv", None]
TYPES = ["conference", "journal", "workshop", "preprint", "findings"]


def _title(rng: random.Random, weights: list[float]) -> str:
    n = rng.randint(5, 12)
    words = rng.choices(WORDS, weights=weights, k=n)
    if rng.random() < 0.002:
        words[:4] = ["long-context", "llm", "inference", "acceleration"]
    return " ".join(words).capitalize()


def generate(path: Path, n_works: int, seed: int = 7) -> float:
    """Write a library of ``n_works`` works into a new store at ``path``; returns seconds taken."""
    from scholarscope.store import Store

    t0 = time.perf_counter()
    Store(str(path)).close()  # schema and migrations
    rng = random.Random(seed)
    weights = [1.0 / (i + 1) ** 0.9 for i in range(len(WORDS))]
    n_people = max(10, n_works // 4)
    people = [(f"P{i:011d}", f"{rng.choice(GIVEN)} {rng.choice(SURNAMES)}-{i % 997}") for i in range(n_people)]
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("PRAGMA foreign_keys = OFF")
    con.execute("PRAGMA journal_mode = WAL")
    con.execute("PRAGMA synchronous = OFF")
    con.execute("BEGIN")
    con.execute("INSERT INTO documents (id, path, name, ingested_at, is_current, profile) VALUES"
                " ('bench', '/bench', 'bench', '2026-01-01', 1, '{}')")
    con.executemany("INSERT INTO persons (id, name, search_key, n_docs, evidence) VALUES (?, ?, lower(?), 1, '[]')",
                    [(pid, name, name) for pid, name in people])
    batch_w: list[tuple[Any, ...]] = []
    batch_a: list[tuple[Any, ...]] = []
    for i in range(n_works):
        wid = f"W{i:011d}"
        batch_w.append((wid, _title(rng, weights), rng.randint(2000, 2026), rng.choice(VENUES), rng.choice(TYPES)))
        for pos, p in enumerate(rng.sample(range(n_people), rng.randint(2, 8))):
            batch_a.append(("bench", i, pos, people[p][1], people[p][0], wid))
        if len(batch_w) >= 20_000:
            _flush(con, batch_w, batch_a)
    _flush(con, batch_w, batch_a)
    con.execute("COMMIT")
    con.close()
    return time.perf_counter() - t0


def _flush(con: sqlite3.Connection, works: list[tuple[Any, ...]], auth: list[tuple[Any, ...]]) -> None:
    con.executemany("INSERT INTO works (id, title, year, venue, type, n_claims) VALUES (?, ?, ?, ?, ?, 1)", works)
    con.executemany("INSERT INTO authorships (document_id, ord, position, name, person_id, work_id, equal_mark)"
                    " VALUES (?, ?, ?, ?, ?, ?, 0)", auth)
    works.clear()
    auth.clear()


def build(path: Path) -> dict[str, Any]:
    """Build the search index (FTS5, field tags, vectors); time, and the pages its tables take."""
    from scholarscope.serve.search import build_index
    from scholarscope.store import Store

    with Store(str(path)) as store:
        stats = build_index(store.db)
    con = sqlite3.connect(path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    # dbstat: bytes of the search tables and their indexes (serve_*, work_vectors), whatever was there before
    index = con.execute("SELECT SUM(pgsize) FROM dbstat WHERE name LIKE 'serve%' OR name LIKE '%autoindex_serve%'"
                        " OR name LIKE '%work_vectors%'").fetchone()[0]
    total = con.execute("PRAGMA page_count").fetchone()[0] * con.execute("PRAGMA page_size").fetchone()[0]
    con.close()
    return {"build_seconds": stats["seconds"], "keyword_index_seconds": stats["keyword_seconds"],
            "vectors": stats["vectors"], "index_bytes": int(index or 0), "db_bytes": int(total)}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def serve(path: Path, cores: int) -> tuple[subprocess.Popen[bytes], str]:
    port = _free_port()
    cpus = sorted(os.sched_getaffinity(0))[:cores] if hasattr(os, "sched_getaffinity") else None
    cmd = [sys.executable, "-m", "scholarscope.cli", "serve", "--db", str(path), "--port", str(port)]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            preexec_fn=(lambda: os.sched_setaffinity(0, cpus)) if cpus else None)
    return proc, f"http://127.0.0.1:{port}"


def queries(n: int, seed: int = 11) -> list[str]:
    rng = random.Random(seed)
    weights = [1.0 / (i + 1) ** 0.9 for i in range(len(WORDS))]
    out = ["long-context LLM acceleration"]
    while len(out) < n:
        out.append(" ".join(rng.choices(WORDS, weights=weights, k=rng.choice([1, 2, 2, 3]))))
    return out


def measure(base: str, qs: list[str], mode: str, facet_every: int = 5) -> dict[str, Any]:
    import httpx

    with httpx.Client(base_url=base, timeout=30) as client:
        deadline = time.monotonic() + 60
        while True:
            try:
                client.get("/api/people", params={"limit": 1})
                break
            except httpx.TransportError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)
        client.get("/api/search", params={"q": "warm up"})  # the first search checks the index
        for q in qs[:20]:
            client.get("/api/search", params={"q": q})
        lat: list[float] = []
        hits: list[int] = []
        rankings: set[str] = set()
        for i, q in enumerate(qs):
            params: dict[str, Any] = {"q": q, "limit": 20, "mode": mode}
            if i % facet_every == 1:
                params["year"] = 2020 + i % 6
            t = time.perf_counter()
            r = client.get("/api/search", params=params)
            lat.append((time.perf_counter() - t) * 1000)
            r.raise_for_status()
            hits.append(int(r.json()["total"]))
            rankings.add(r.json()["ranking"])
    lat.sort()
    return {"queries": len(lat), "p50_ms": round(statistics.median(lat), 2),
            "p95_ms": round(lat[int(0.95 * (len(lat) - 1))], 2), "max_ms": round(lat[-1], 2),
            "median_hits": int(statistics.median(hits)), "rankings": sorted(rankings)}


def run(n: int, args: argparse.Namespace, tmp: Path) -> dict[str, Any]:
    path = tmp / f"search-{n}.db"
    if args.reuse and path.exists():  # a library kept by an earlier --keep run: only the index is rebuilt
        gen = 0.0
    else:
        path.unlink(missing_ok=True)
        gen = generate(path, n)
    print(f"[{n}] generated in {gen:.1f}s", file=sys.stderr)
    built = build(path)
    print(f"[{n}] index built in {built['build_seconds']:.1f}s, {built['index_bytes'] / 1e6:.1f} MB", file=sys.stderr)
    proc, base = serve(path, args.cores)
    try:
        lat = measure(base, queries(args.queries), args.mode)
    finally:
        proc.terminate()
        proc.wait(timeout=20)
    result = {"works": n, "cores": args.cores, "mode": args.mode, "generate_seconds": round(gen, 1), **built, **lat}
    print(json.dumps(result), file=sys.stderr)
    return result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--works", type=int, nargs="+", default=[100_000])
    ap.add_argument("--queries", type=int, default=300)
    ap.add_argument("--cores", type=int, default=2, help="CPUs the server process may use.")
    ap.add_argument("--json", default=None, help="Also write the results to this file.")
    ap.add_argument("--keep", default=None, help="Build the libraries in this folder (kept) instead of a temp one.")
    ap.add_argument("--reuse", action="store_true", help="With --keep: reuse a library generated before.")
    ap.add_argument("--mode", default="keyword", choices=["keyword", "hybrid", "semantic"],
                    help="Ranking asked for (hybrid/semantic need stored vectors: the [embed] extra).")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as td:
        tmp = Path(args.keep or td)
        tmp.mkdir(parents=True, exist_ok=True)
        results = [run(n, args, tmp) for n in args.works]
    text = json.dumps(results, indent=2)
    print(text)
    if args.json:
        Path(args.json).parent.mkdir(parents=True, exist_ok=True)
        Path(args.json).write_text(text + "\n", "utf-8")


if __name__ == "__main__":
    main()
