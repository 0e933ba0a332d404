"""Benchmark: per-person metrics for 10k people / 500k works, time and peak memory.

    python bench/metrics_speed.py [--people 10000] [--works 500000] [--novelty-sample 5000]

Data: synthetic in-memory structures (not store rows): ``WorkRecord``s with one or two claims
(a published version and sometimes a preprint), 1-8 authors, equal-contribution marks on some,
venues drawn from the venue table's names, OpenAlex-style citation counts (Pareto-like) with
source and date. Each work has 1-3 of the people as authors, so a person has ~100 works on
average. Measured: ``record_metrics`` for every person (works, citations, h-index, i10, years,
types, roles, credit, top venues, field tag), then novelty's store-wide step (nearest earlier
work, TF-IDF backend) on a sample of titles. Peak memory by tracemalloc (Python allocations).
"""
from __future__ import annotations

import argparse
import random
import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from scholarscope.enrich.store import Enriched  # noqa: E402
from scholarscope.measure import record_metrics  # noqa: E402
from scholarscope.measure.data import ClaimRecord, WorkRecord  # noqa: E402
from scholarscope.measure.embed import max_earlier_similarity  # noqa: E402

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


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--people", type=int, default=10_000)
    ap.add_argument("--works", type=int, default=500_000)
    ap.add_argument("--novelty-sample", type=int, default=5_000)
    args = ap.parse_args()
    t0 = time.perf_counter()
    by_person, titles, years = synth(args.people, args.works)
    t1 = time.perf_counter()
    tracemalloc.start()
    n_metrics = 0
    for works in by_person.values():
        n_metrics += len(record_metrics(works))
    t2 = time.perf_counter()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    person_works = sum(len(v) for v in by_person.values())
    print(f"synthetic data: {len(by_person)} people, {args.works} works, {person_works} person-work links "
          f"({t1 - t0:.1f} s to build)")
    print(f"record_metrics: {t2 - t1:.1f} s for {len(by_person)} people ({1000 * (t2 - t1) / len(by_person):.2f} ms "
          f"per person, {n_metrics} metrics, under tracemalloc); peak traced memory during metrics "
          f"{peak / 2**20:.0f} MiB", flush=True)
    k = min(args.novelty_sample, len(titles))
    t3 = time.perf_counter()
    max_earlier_similarity(titles[:k], years[:k], "tfidf")
    t4 = time.perf_counter()
    print(f"novelty (tfidf, nearest earlier work): {t4 - t3:.1f} s for {k} works")


if __name__ == "__main__":
    main()
