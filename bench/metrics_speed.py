"""Benchmark: per-person metrics for 10k people / 500k works, time and peak memory.

    python bench/metrics_speed.py [--people 10000] [--works 500000] [--novelty-sample 5000]
                                  [--steps metrics,exact,ann] [--agreement-sample 1000]

Data: synthetic in-memory structures (not store rows): ``WorkRecord``s with one or two claims
(a published version and sometimes a preprint), 1-8 authors, equal-contribution marks on some,
venues drawn from the venue table's names, OpenAlex-style citation counts (Pareto-like) with
source and date. Each work has 1-3 of the people as authors, so a person has ~100 works on
average. Measured: ``record_metrics`` for every person (works, citations, h-index, i10, years,
types, roles, credit, top venues, field tag), then novelty's store-wide step (nearest earlier
work, TF-IDF backend) on a sample of titles with the exact search, and on all titles with the
scaled search (HNSW candidates re-ranked exactly, measure/neighbours.py) whose values are
checked against the exact computation on a sample of works. Memory: tracemalloc's peak for the
metrics (Python allocations); for the scaled search, how much the process peak RSS grew
(numpy arrays and the HNSW index are native memory), run without tracemalloc's slow-down.
"""
from __future__ import annotations

import argparse
import bisect
import random
import resource
import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from scholarscope.enrich.store import Enriched  # noqa: E402
from scholarscope.measure import record_metrics  # noqa: E402
from scholarscope.measure.data import ClaimRecord, WorkRecord  # noqa: E402
from scholarscope.measure.embed import max_earlier_similarity  # noqa: E402
from scholarscope.measure import neighbours  # noqa: E402

VENUES = ["NeurIPS", "ICML", "ICLR", "CVPR", "ACL", "EMNLP", "AAAI", "VLDB", "SIGMOD", "Nature",
          "IEEE Transactions on Pattern Analysis and Machine Intelligence", "arXiv", "ICML Workshop on X", "Some Journal"]
TYPES = {"arXiv": "preprint", "ICML Workshop on X": "workshop", "Nature": "journal", "Some Journal": "journal",
         "IEEE Transactions on Pattern Analysis and Machine Intelligence": "journal"}
WORDS = ("learning neural sparse graph robust adaptive efficient transformer diffusion retrieval language vision "
         "optimization convex bayesian causal federated privacy attention reinforcement policy kernel contrastive "
         "generative scaling memory reasoning detection segmentation compression quantum protein").split()


def synth(people: int, works: int, seed: int = 0) -> tuple[dict[int, list[WorkRecord]], list[str], list[int]]:
    rng = random.Random(seed)
    by_person: dict[int, list[WorkRecord]] = {}
    titles, years = [], []
    for w in range(works):
        n = rng.randint(1, 8)
        members = rng.sample(range(people), k=min(n, rng.randint(1, 3)))
        slots = rng.sample(range(n), k=len(members))
        equal = [0, 1] if n > 2 and rng.random() < 0.1 else []
        venue = rng.choice(VENUES)
        year = rng.randint(2000, 2025)
        title = " ".join(rng.choice(WORDS) for _ in range(rng.randint(4, 10)))
        authors = [f"Author{rng.randint(0, 10**6)} Surname{rng.randint(0, 10**6)}" for _ in range(n)]
        cites = int(rng.paretovariate(1.2)) - 1
        wid = f"W{w}"
        enriched = [Enriched(wid, "openalex", "cited_by_count", cites, f"W{w}", "2025-10-01", "doi", None)]
        for person, slot in zip(members, slots):
            claims = [ClaimRecord("doc", "d", w, title, authors, equal, [slot], venue, year, TYPES.get(venue, "conference"))]
            if rng.random() < 0.2:
                claims.append(ClaimRecord("doc2", "d2", w, title, authors, [], [slot], "arXiv", year - 1, "preprint"))
            by_person.setdefault(person, []).append(WorkRecord(wid, title, year, venue, claims[0].type, claims,
                                                               enriched))
        titles.append(title)
        years.append(year)
    return by_person, titles, years


def bench_metrics(by_person: dict[int, list[WorkRecord]]) -> None:
    t1 = time.perf_counter()
    tracemalloc.start()
    n_metrics = 0
    for works in by_person.values():
        n_metrics += len(record_metrics(works))
    t2 = time.perf_counter()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"record_metrics: {t2 - t1:.1f} s for {len(by_person)} people ({1000 * (t2 - t1) / len(by_person):.2f} ms "
          f"per person, {n_metrics} metrics, under tracemalloc); peak traced memory during metrics "
          f"{peak / 2**20:.0f} MiB", flush=True)


def bench_ann(titles: list[str], years: list[int], sample: int) -> None:
    """The scaled search on every title, then its agreement with the exact search on a sample."""
    rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t0 = time.perf_counter()
    m = neighbours.tfidf_csr(titles)
    t1 = time.perf_counter()
    vectors = neighbours.project(m)
    stats: dict[str, int] = {}
    cand = neighbours.candidates(vectors, years, stats=stats)
    t2 = time.perf_counter()
    ann = neighbours._rerank_sparse(m, cand)
    t3 = time.perf_counter()
    grew = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - rss0) / 1024   # KiB on Linux
    print(f"novelty (tfidf, HNSW + exact re-rank, all {len(titles)} works): {t3 - t0:.1f} s "
          f"(vectors {t1 - t0:.1f} s, projection + index {t2 - t1:.1f} s, re-rank {t3 - t2:.1f} s); process peak "
          f"RSS grew by {grew:.0f} MiB (HNSW index {stats['index_bytes'] / 2**20:.0f} MiB of it)", flush=True)
    rows = random.Random(7).sample(range(len(titles)), sample)
    t4 = time.perf_counter()
    exact = neighbours.exact_for(m, years, rows)
    t5 = time.perf_counter()
    pairs = [(ann[i], e) for i, e in zip(rows, exact) if e is not None]
    same = sum(abs(a - e) < 1e-5 for a, e in pairs)
    diffs = sorted(e - a for a, e in pairs)
    population = sorted(round(1 - a, 4) for a in ann if a is not None)
    rank = lambda sim: bisect.bisect_right(population, round(1 - sim, 4))  # noqa: E731
    shift = sorted(abs(rank(a) - rank(e)) * 100 / len(population) for a, e in pairs)
    print(f"agreement with the exact search on {len(pairs)} sampled works ({t5 - t4:.1f} s exact): "
          f"same nearest similarity {100 * same / len(pairs):.1f} %; "
          f"similarity short by mean {sum(diffs) / len(diffs):.4f}, "
          f"p99 {diffs[int(0.99 * (len(diffs) - 1))]:.4f}, max {diffs[-1]:.4f}; novelty percentile off by "
          f"mean {sum(shift) / len(shift):.2f}, max {shift[-1]:.2f} points")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--people", type=int, default=10_000)
    ap.add_argument("--works", type=int, default=500_000)
    ap.add_argument("--novelty-sample", type=int, default=5_000, help="works for the exact (quadratic) search")
    ap.add_argument("--agreement-sample", type=int, default=1_000, help="works checked against the exact search")
    ap.add_argument("--steps", default="metrics,exact,ann", help="comma-separated: metrics, exact, ann")
    args = ap.parse_args()
    steps = set(args.steps.split(","))
    t0 = time.perf_counter()
    by_person, titles, years = synth(args.people, args.works)
    t1 = time.perf_counter()
    person_works = sum(len(v) for v in by_person.values())
    print(f"synthetic data: {len(by_person)} people, {args.works} works, {person_works} person-work links "
          f"({t1 - t0:.1f} s to build)", flush=True)
    if "metrics" in steps:
        bench_metrics(by_person)
    if "exact" in steps:
        k = min(args.novelty_sample, len(titles))
        t3 = time.perf_counter()
        max_earlier_similarity(titles[:k], years[:k], "tfidf")
        t4 = time.perf_counter()
        print(f"novelty (tfidf, exact nearest earlier work): {t4 - t3:.1f} s for {k} works", flush=True)
    if "ann" in steps:
        if not neighbours.available():
            print("novelty ann: skipped, numpy and usearch are not installed (pip install 'scholarscope[scale]')")
        else:
            bench_ann(titles, years, min(args.agreement_sample, len(titles)))


if __name__ == "__main__":
    main()
