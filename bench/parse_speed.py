"""Parser speed on one core: publication entries/s, text documents/s, peak memory.

    python bench/parse_speed.py [--shared ../shared] [--rounds 5]

Wall-clock rates, and rates over the process's CPU time (time.process_time), which a busy
machine disturbs less. Entries are the raw entry texts the parser itself cut from the seed and dev documents, parsed
again with ``parse_entry``; documents are the seed and dev documents (text formats) read and
parsed from memory, so disk speed does not count.
"""
from __future__ import annotations

import argparse
import resource
import time
from pathlib import Path

import scholarscope
from scholarscope.read import read_bytes
from scholarscope.parse import clear_caches, parse_document

ROOT = Path(__file__).resolve().parents[1]


def _docs(shared: Path) -> list[tuple[str, bytes]]:
    paths = sorted((shared / "seeds").glob("*.txt"))
    paths += sorted(p for p in (shared / "dev").iterdir()
                    if not p.name.endswith(".json") and not p.name.startswith(("README", "AUDIT")))
    return [(p.name, p.read_bytes()) for p in paths]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()
    docs = _docs(args.shared)
    entries = [p.raw for name, data in docs for p in parse_document(read_bytes(data, name)).publications]

    t0, c0 = time.perf_counter(), time.process_time()
    for _ in range(args.rounds):
        clear_caches()  # every round starts cold: no credit for strings seen before
        for name, data in docs:
            parse_document(read_bytes(data, name))
    t_docs, c_docs = time.perf_counter() - t0, time.process_time() - c0

    t0, c0 = time.perf_counter(), time.process_time()
    for _ in range(args.rounds):
        clear_caches()
        for raw in entries:
            scholarscope.parse_entry(raw)
    t_entries, c_entries = time.perf_counter() - t0, time.process_time() - c0

    n_docs, n_entries = len(docs) * args.rounds, len(entries) * args.rounds
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"documents: {n_docs} in {t_docs:.2f}s = {n_docs / t_docs:,.0f} docs/s (one core)"
          f"; CPU {c_docs:.2f}s = {n_docs / c_docs:,.1f} docs/s")
    print(f"entries:   {n_entries} in {t_entries:.2f}s = {n_entries / t_entries:,.0f} entries/s (one core)"
          f"; CPU {c_entries:.2f}s = {n_entries / c_entries:,.0f} entries/s")
    print(f"peak RSS:  {peak:,.0f} MiB")


if __name__ == "__main__":
    main()
