#!/usr/bin/env python3
"""Ingest speed: N generated CVs (10-80 publications each, labs sharing co-authors and papers).

    python bench/ingest_speed.py 1000 [--db URL] [--seed 0] [--keep DIR] [--workers 2]
    python bench/ingest_speed.py 10000 --no-parse [--batch 2500] [--per-txn 500]

Writes the CVs as Markdown text files in a temp dir, ingests them into a fresh SQLite file
(or --db), and prints documents/s (parse + store), works resolved/s, and peak RSS.
With --no-parse the generated profiles are stored directly (what the parser reads from these
files), so storing and resolution are measured alone; --batch resolves after every BATCH
documents, the first time in full and then incrementally, as `ingest` does.

Note: titles are 5-10 words from a 4,000-word vocabulary, so two unrelated titles share two
words far more often than real titles do; blocking and incremental "touched" checks work
harder here than on real libraries.
"""
from __future__ import annotations

import argparse
import logging
import random
import resource
import shutil
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

VENUES = ["NeurIPS", "ICML", "ICLR", "CVPR", "ACL", "EMNLP", "AAAI", "KDD", "TMLR", "JMLR", "AISTATS", "UAI"]
GIVEN = ("Alice Bruno Carla Dmitri Elena Farid Greta Hiro Ines Jonas Kavya Liam Mira Nadia Oscar Priya Quentin "
         "Rosa Samir Tara Umar Vera Wei Xin Yara Zane Amir Beatriz Chen Dana Emil Fatima Goran Hana Ivan Jia "
         "Kenji Lena Marco Nora Omar Paula Rui Sofia Tomas Ulla Victor Wen Yusuf Zoe").split()
FAMILY = ("Martin Chen Rossi Ivanov Park Haddad Novak Tanaka Silva Berg Rao Walsh Costa Adeyemi Larsen Kaur "
          "Wang Li Zhang Liu Kim Nguyen Garcia Muller Schmidt Dubois Moreau Yilmaz Kowalski Nowak Horvat Popescu "
          "Petrov Sato Suzuki Gupta Singh Patel Khan Ali Hassan Cohen Levi Jensen Hansen Nielsen Olsen Andersen "
          "Lopez Perez Sanchez Romero Torres Flores Rivera Gomez Diaz Reyes Morales Ortiz Castro Vargas").split()


@dataclass
class Paper:
    title: str
    authors: list[str]
    venue: str
    year: int


@dataclass
class Owner:
    name: str
    target: int
    papers: list[Paper] = field(default_factory=list)


def _vocabulary(rng: random.Random, n: int = 4000) -> list[str]:
    syll = ["ka", "lo", "mi", "ne", "ra", "su", "ti", "vo", "ze", "an", "el", "or", "us", "in", "ex", "tra", "pro",
            "gen", "net", "form", "lin", "spec", "graph", "ver", "tor", "sim", "den", "mat", "ral", "tive"]
    words: set[str] = set()
    while len(words) < n:
        words.add("".join(rng.choice(syll) for _ in range(rng.randint(2, 4))))
    return sorted(words)


def generate(n: int, seed: int = 0) -> list[Owner]:
    """Owners in labs of ~6; each lab writes papers with its members and ~12 outside co-authors."""
    return list(iter_owners(n, seed))


def iter_owners(n: int, seed: int = 0) -> Iterator[Owner]:
    """`generate`'s owners, one lab at a time (the same ones): the bench's own memory stays small."""
    rng = random.Random(seed)
    vocab = _vocabulary(rng)
    names = [f"{g} {chr(65 + (i // (len(GIVEN) * len(FAMILY))) % 26)}. {f}" if i >= len(GIVEN) * len(FAMILY)
             else f"{g} {f}" for i, (g, f) in enumerate((GIVEN[k % len(GIVEN)], FAMILY[(k // len(GIVEN) + k) % len(FAMILY)])
                                                         for k in range(n * 4))]
    rng.shuffle(names)
    targets = [rng.randint(10, 80) for _ in range(n)]  # drawn first for all, as before: same owners
    outside = names[n:]
    for start in range(0, n, 6):
        lab = [Owner(names[i], targets[i]) for i in range(start, min(start + 6, n))]
        externals = rng.sample(outside, min(12, len(outside)))
        while any(len(o.papers) < o.target for o in lab):
            hungry = [o for o in lab if len(o.papers) < o.target]
            members = {rng.choice(hungry).name, *(o.name for o in rng.sample(lab, rng.randint(0, min(2, len(lab)))))}
            authors = [*sorted(members), *rng.sample(externals, rng.randint(1, 4))]
            rng.shuffle(authors)
            title = " ".join(rng.sample(vocab, rng.randint(5, 10))).capitalize()
            paper = Paper(title, authors, rng.choice(VENUES), rng.randint(2012, 2025))
            for o in lab:
                if o.name in members and len(o.papers) < o.target:
                    o.papers.append(paper)
        yield from lab


def write_cv(owner: Owner, path: Path, i: int) -> None:
    lines = ["", owner.name.upper(), "", f"Email: cv{i}@example.org", "", "PUBLICATIONS", ""]
    for k, p in enumerate(sorted(owner.papers, key=lambda p: -p.year), 1):
        authors = ", ".join(f"**{a}**" if a == owner.name else a for a in p.authors)
        lines += [f"{k}. {p.title}", authors, f"{p.venue} {p.year}"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def profile_of(owner: Owner, i: int) -> dict:
    """The profile the parser reads from `write_cv` (for --no-parse: resolution and storing only)."""
    pubs = []
    for k, p in enumerate(sorted(owner.papers, key=lambda p: -p.year), 1):
        kind = "journal" if p.venue in ("TMLR", "JMLR") else "conference"
        pubs.append({"section": "publications", "index": k, "title": p.title, "authors": list(p.authors),
                     "self_index": p.authors.index(owner.name), "equal_marked": [], "venue": p.venue,
                     "venue_raw": p.venue, "year": p.year, "type": kind, "flags": [], "links": []})
    return {"doc": f"cv_{i:06d}.md", "kind": "cv", "format": "md", "education": [], "positions": [],
            "person": {"name": owner.name, "emails": [f"cv{i}@example.org"]}, "publications": pubs}


def store_direct(n: int, seed: int, db: str, batch: int, per_txn: int = 1) -> tuple[float, float, float]:
    """Store n generated profiles without parsing, resolving after every `batch` documents.

    `per_txn` > 1 stores that many whole documents per transaction (`Store.add_documents`).
    Returns (store seconds, resolve seconds, 0.0): the parse-free split.
    """
    from scholarscope.store import Store
    from scholarscope.store.ingest import resolve_library

    t_store = t_res = c_store = c_res = 0.0  # wall and CPU seconds (CPU: this process, user + system)
    owners = enumerate(iter_owners(n, seed))
    with Store(db) as s:
        for start in range(0, n, batch):
            t0, c0 = time.perf_counter(), time.process_time()
            end = min(start + batch, n)
            for k in range(start, end, per_txn):
                docs = [(f"{i:064x}", f"/bench/cv_{i:06d}.md", profile_of(o, i), 1000)
                        for i, o in (next(owners) for _ in range(min(per_txn, end - k)))]
                if per_txn == 1:
                    s.add_document(*docs[0])
                else:
                    s.add_documents(docs)
            t1, c1 = time.perf_counter(), time.process_time()
            resolve_library(s)
            t_store, c_store = t_store + t1 - t0, c_store + c1 - c0
            t_res, c_res = t_res + time.perf_counter() - t1, c_res + time.process_time() - c1
            print(f"  {end} documents: store {t_store:.1f} s (CPU {c_store:.1f} s), resolve {t_res:.1f} s"
                  f" (CPU {c_res:.1f} s), "
                  f"RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB", flush=True)
    return t_store, t_res, 0.0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", type=int, nargs="?", default=1000)
    ap.add_argument("--db", default=None, help="database URL (default: a fresh SQLite file in the temp dir)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--workers", type=int, default=2, help="parsing processes (default 2)")
    ap.add_argument("--keep", default=None, help="write the CVs here and keep them")
    ap.add_argument("--no-parse", action="store_true",
                    help="store the generated profiles directly (measures storing + resolution only)")
    ap.add_argument("--batch", type=int, default=0,
                    help="with --no-parse: resolve after every BATCH documents (incremental); 0 = one batch")
    ap.add_argument("--per-txn", type=int, default=500,
                    help="whole documents per store transaction (default 500, as `ingest`)")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="  %(message)s")  # the streaming run's stage times
    if args.no_parse:
        return _main_no_parse(args)

    from scholarscope.store import Store, ingest

    tmp = Path(args.keep or tempfile.mkdtemp(prefix="scholarscope-bench-"))
    tmp.mkdir(parents=True, exist_ok=True)
    entries = 0
    for i, o in enumerate(iter_owners(args.n, args.seed)):
        write_cv(o, tmp / f"cv_{i:06d}.md", i)
        entries += len(o.papers)
    db = args.db or str(tmp / "bench.db")
    t0 = time.perf_counter()
    report = ingest([tmp], db, workers=args.workers, batch=args.per_txn)
    wall = time.perf_counter() - t0
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    with Store(db) as s:
        claims = s.db.query("SELECT COUNT(*) FROM claims")[0][0]
    print(f"workers: {args.workers}")
    print(f"documents: {len(report.files)} ({report.counts()}), publication entries written {entries}, stored {claims}")
    print(f"parse+store: {report.parse_seconds:.1f} s = {len(report.files) / report.parse_seconds:.1f} documents/s")
    print(f"resolve+store: {report.resolve_seconds:.1f} s for {claims} entries -> {report.works} works, "
          f"{report.persons} persons = {report.works / max(report.resolve_seconds, 1e-9):.0f} works resolved/s")
    print(f"total: {wall:.1f} s = {len(report.files) / wall:.1f} documents/s end to end; peak RSS {rss_mb:.0f} MB"
          f" (largest worker process {_children()[1]:.0f} MB)")
    print(_cpu_line())
    if not args.keep:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


def _main_no_parse(args: argparse.Namespace) -> int:
    from scholarscope.store import Store

    tmp = Path(tempfile.mkdtemp(prefix="scholarscope-bench-"))
    db = args.db or str(tmp / "bench.db")
    t0 = time.perf_counter()
    t_store, t_res, _ = store_direct(args.n, args.seed, db, args.batch or args.n, args.per_txn)
    wall = time.perf_counter() - t0
    with Store(db) as s:
        q = s.db.query
        claims, works, persons = (q(f"SELECT COUNT(*) FROM {t}")[0][0] for t in ("claims", "works", "persons"))
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"no-parse: {args.n} documents, {claims} entries -> {works} works, {persons} persons")
    print(f"store: {t_store:.1f} s = {args.n / max(t_store, 1e-9):.1f} documents/s ({args.per_txn} per transaction);"
          f" resolve+store: {t_res:.1f} s = {claims / max(t_res, 1e-9):.0f} entries/s, "
          f"{works / max(t_res, 1e-9):.0f} works resolved/s")
    print(f"total: {wall:.1f} s = {args.n / wall:.1f} documents/s without parsing; peak RSS {rss_mb:.0f} MB")
    print(_cpu_line())
    shutil.rmtree(tmp, ignore_errors=True)
    return 0


def _children() -> tuple[float, float]:
    """CPU seconds and largest peak RSS (MB) of the finished child processes (the parsing workers). The
    resolution's worker processes (store/parallel.py) start from a fork server and are not our children, so
    they are not counted here: compare CPU with SCHOLARSCOPE_RESOLVE_WORKERS=1."""
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime, r.ru_maxrss / 1024


def _cpu_line() -> str:
    """CPU seconds next to wall seconds: the machine may be shared, so wall time alone misleads."""
    import os

    r = resource.getrusage(resource.RUSAGE_SELF)
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    return (f"CPU: this process {r.ru_utime + r.ru_stime:.1f} s, worker processes {_children()[0]:.1f} s;"
            f" load average {load}")


if __name__ == "__main__":
    sys.exit(main())
