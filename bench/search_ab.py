"""Two versions of the search side by side over HTTP: each query goes to one server then the other
(alternating which first), both pinned to the same CPUs, so a shared machine's load hits both
alike. Reports p50 / p95 of each and how many result pages (ids and scores) were identical.

    python bench/search_ab.py --base-src ../main/src --base-db out/bench/base-1000000.db \\
        --new-db out/bench/search-1000000.db --queries 300

Each database must hold its version's search index (build it with that version first:
`PYTHONPATH=SRC python -m scholarscope.cli index --db DB`), e.g. copies of one library made by
`bench/search_speed.py --keep`.
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from search_speed import _free_port, queries  # noqa: E402

SRC = str(Path(__file__).resolve().parents[1] / "src")


def start(src: str, db: str, cpus: list[int]) -> tuple[subprocess.Popen[bytes], Any]:
    import httpx

    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "scholarscope.cli", "serve", "--db", db, "--port", str(port)],
                            env=dict(os.environ, PYTHONPATH=src), stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, preexec_fn=lambda: os.sched_setaffinity(0, cpus))
    client = httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=60)
    for _ in range(300):
        try:
            client.get("/api/people", params={"limit": 1})
            break
        except httpx.TransportError:
            time.sleep(0.2)
    return proc, client


def compare(servers: dict[str, Any], qs: list[str], mode: str) -> dict[str, Any]:
    for _, client in servers.values():
        for q in ["warm up", *qs[:20]]:
            client.get("/api/search", params={"q": q, "mode": mode})
    lat: dict[str, list[float]] = {k: [] for k in servers}
    same = 0
    for i, q in enumerate(qs):
        params: dict[str, Any] = {"q": q, "limit": 20, "mode": mode}
        if i % 5 == 1:
            params["year"] = 2020 + i % 6
        pages = {}
        for name in (list(servers) if i % 2 else list(servers)[::-1]):
            t = time.perf_counter()
            r = servers[name][1].get("/api/search", params=params)
            lat[name].append((time.perf_counter() - t) * 1000)
            r.raise_for_status()
            pages[name] = [(w["id"], w["score"]) for w in r.json()["works"]]
        same += len({str(p) for p in pages.values()}) == 1
    out: dict[str, Any] = {"queries": len(qs), "identical_pages": same}
    for name, values in lat.items():
        values.sort()
        out[name] = {"p50_ms": round(statistics.median(values), 1),
                     "p95_ms": round(values[int(0.95 * (len(values) - 1))], 1), "max_ms": round(values[-1], 1)}
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--base-src", required=True, help="src/ folder of the version to compare against.")
    ap.add_argument("--base-db", required=True)
    ap.add_argument("--new-src", default=SRC, help="src/ folder of the new version (default: this checkout).")
    ap.add_argument("--new-db", required=True)
    ap.add_argument("--queries", type=int, default=300)
    ap.add_argument("--cores", type=int, default=2)
    ap.add_argument("--mode", default="keyword", choices=["keyword", "hybrid", "semantic"])
    args = ap.parse_args()
    cpus = sorted(os.sched_getaffinity(0))[:args.cores]
    servers = {"base": start(args.base_src, args.base_db, cpus), "new": start(args.new_src, args.new_db, cpus)}
    try:
        print(compare(servers, queries(args.queries), args.mode))
    finally:
        for proc, client in servers.values():
            client.close()
            proc.terminate()
            proc.wait(timeout=20)


if __name__ == "__main__":
    main()
