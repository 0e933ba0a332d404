"""Search quality: precision@5 and MRR of keyword, semantic and hybrid ranking on 20 labelled queries.

    python bench/search_quality.py                         # every embedding installed here
    python bench/search_quality.py --distractors 2000 --embeddings tfidf onnx-minilm --json out/bench/quality.json

The library: the bundled samples, the invented test CVs (tests/data/cvs) and the seeds
(../shared/seeds when present), plus ``--distractors`` generated works (titles drawn from
bench/search_speed.py's vocabulary, written straight into the store, never relevant). A query's
relevant works are the real works whose title contains one of its labels (written by hand from
the documents' titles, see QUERIES); the queries mostly describe a topic in other words than the
titles use, the case semantic search is for. P@5 = relevant works in the first five / 5.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("SCHOLARSCOPE_SHARED", ROOT.parent / "shared"))

QUERIES: dict[str, list[str]] = {
    "long-context LLM acceleration": [
        "sparse prefix caching", "token pruning in early layers", "discovering the gems in early layers",
        "kv-cache compression", "speculative decoding with small drafts", "cache-aware attention for long",
        "toward infinite-long prefix", "hsr-enhanced sparse attention"],
    "making large language models faster at inference": [
        "sparse prefix caching", "token pruning in early layers", "discovering the gems in early layers",
        "speculative decoding", "kv-cache compression", "conv-basis", "hsr-enhanced sparse attention",
        "numerical pruning for efficient autoregressive"],
    "flood modelling in cities": [
        "flood propagation in urban", "cheias urbanas", "flood risk assessment", "monitorização de cheias",
        "dam-break flows"],
    "heart attack treatment delays for women": [
        "sex differences in time to reperfusion", "closing the sex gap", "acute coronary syndromes in women",
        "door-to-balloon", "timing of reperfusion", "cardiac rehabilitation referral among women"],
    "neutrino detectors near nuclear reactors": [
        "antineutrino", "reactor neutrinos", "sterile neutrino", "kestrel experiment", "pulse-shape discrimination",
        "light-yield nonlinearity", "neutrino mass ordering"],
    "microbes in thawing arctic soil": [
        "thawing permafrost", "permafrost carbon", "permafrost microbes", "arctic permafrost",
        "genes in permafrost", "subarctic fen", "soil viral communities"],
    "worrying and repetitive negative thoughts": [
        "repetitive negative thinking", "rumination and sleep", "reduces rumination", "mind-wandering",
        "intolerance of uncertainty", "habitual reappraisal"],
    "informal labor markets in Latin America": [
        "informal employment", "informal firms", "informal sector", "informality over the business cycle",
        "child labor", "tax compliance in colombia"],
    "Dutch merchants trading in the Baltic": [
        "merchants of the narrow sea", "baltic grain trade", "sound toll registers", "bills of exchange",
        "merchant’s library", "seventeenth-century merchants", "hanseatic ports"],
    "machine learning inside database query optimizers": [
        "learned query optimizers", "learned components for analytical database", "cardinality estimation",
        "cost models considered harmful", "llm-assisted query rewriting", "adaptive learned indexes",
        "learned compaction policies"],
    "GPU join algorithms": ["joins on gpus", "gpu joins at scale"],
    "cobalt catalysis for hydroformylation": [
        "hydroformylation", "cobalt hydride", "co(i) species", "cobalt complexes", "cobalt carbonyl"],
    "neural networks for wireless signal detection": [
        "mimo detection", "low-resolution massive mimo", "1-bit massive mimo", "quantized precoding",
        "power control", "mimo equalization", "learned beam alignment", "radio physical layer", "channel charting"],
    "classroom discussions in mathematics": [
        "small-group mathematics talk", "mathematical argument in multilingual", "collective argumentation",
        "talk moves", "small-group discourse", "good at math", "student reasoning"],
    "theory of neural collapse": ["neural collapse"],
    "privacy-preserving attention computation": [
        "differentially private attention", "differential privacy of cross-attention",
        "differential privacy mechanisms", "john ellipsoid computation with differential privacy"],
    "tensor train decomposition recovery": [
        "tensor train recovery", "tensor-train cross approximation", "tensor-on-tensor regression",
        "structured tensor recovery"],
    "how transformers learn in context": [
        "learn in-context", "in-context learning", "skills in-context", "in-context learners"],
    "pruning neural networks for efficiency": [
        "only train once", "otov3", "otov2", "numerical pruning", "pruning approach for attention matrix",
        "token pruning in early layers", "sparsegpt"],
    "sediment and river flow experiments": [
        "scour around bridge piers", "sediment transport", "tidal inlet to dredging", "dam-break flows",
        "roughness coefficients", "wave overtopping"],
}
EXPECTED_PEOPLE = {"long-context LLM acceleration": {"Mira Castellanos", "Tobias Renn"}}


def documents() -> list[Path]:
    from scholarscope.serve.demo import sample_paths

    cvs = ROOT / "tests" / "data" / "cvs"
    paths = {p.name: p for p in sample_paths()}
    for p in sorted(cvs.iterdir()):
        if p.is_file() and not p.name.endswith((".json", ".py")) and not p.name.startswith("README"):
            paths.setdefault(p.name, p)
    seeds = SHARED / "seeds"
    extra = sorted(seeds.iterdir()) if seeds.exists() else []
    return [*paths.values(), *extra]


def add_distractors(db_path: str, n: int, seed: int = 5) -> None:
    """``n`` generated works with two invented authors each: noise no query is about."""
    import sqlite3

    sys.path.insert(0, str(ROOT / "bench"))
    from search_speed import TYPES, VENUES, WORDS

    rng = random.Random(seed)
    weights = [1.0 / (i + 1) ** 0.9 for i in range(len(WORDS))]
    con = sqlite3.connect(db_path, isolation_level=None)
    con.execute("PRAGMA foreign_keys = OFF")
    con.execute("BEGIN")
    con.execute("INSERT INTO documents (id, path, name, ingested_at, is_current, profile) VALUES"
                " ('distractors', '/distractors', 'distractors', '2026-01-01', 1, '{}')")
    for i in range(n):
        title = " ".join(rng.choices(WORDS, weights=weights, k=rng.randint(5, 12))).capitalize()
        con.execute("INSERT INTO works (id, title, year, venue, type, n_claims) VALUES (?, ?, ?, ?, ?, 1)",
                    (f"X{i:07d}", title, rng.randint(2000, 2026), rng.choice(VENUES), rng.choice(TYPES)))
        for pos in range(2):
            con.execute("INSERT INTO authorships (document_id, ord, position, name, person_id, work_id, equal_mark)"
                        " VALUES ('distractors', ?, ?, ?, NULL, ?, 0)", (i, pos, f"Gen Author {rng.randint(0, 999)}",
                                                                        f"X{i:07d}"))
    con.execute("COMMIT")
    con.close()


def evaluate(db_path: str, embedding: str) -> dict[str, Any]:
    from scholarscope.serve import semantic
    from scholarscope.serve.ranking import search
    from scholarscope.store.dialect import connect

    db = connect(db_path)
    out: dict[str, Any] = {"embedding": semantic.backend_name(embedding)}
    for mode in ("keyword", "semantic", "hybrid"):
        p5, rr, per_query = [], [], {}
        for q, labels in QUERIES.items():
            r = search(db, q, mode=mode, embedding=embedding, limit=10)
            rel = [any(lab in (w["title"] or "").lower() for lab in labels) for w in r["works"]]
            p5.append(sum(rel[:5]) / 5)
            rr.append(next((1 / (i + 1) for i, x in enumerate(rel) if x), 0.0))
            per_query[q] = {"p@5": sum(rel[:5]) / 5, "ranking": r["ranking"]}
            if q in EXPECTED_PEOPLE:
                per_query[q]["top_people"] = [p["name"] for p in r["people"][:3]]
        out[mode] = {"p@5": round(statistics.mean(p5), 3), "mrr@10": round(statistics.mean(rr), 3),
                     "queries": per_query}
    db.close()
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--distractors", type=int, default=2000)
    ap.add_argument("--embeddings", nargs="+", default=None, help="default: tfidf, and onnx-minilm when installed")
    ap.add_argument("--json", default=None)
    args = ap.parse_args()
    from scholarscope.measure.embed import resolve
    from scholarscope.serve.demo import prepare

    backends = args.embeddings or sorted({"tfidf", resolve("auto")})
    with tempfile.TemporaryDirectory() as td:
        db = str(Path(td) / "quality.db")
        report = prepare(db, documents())
        add_distractors(db, args.distractors)
        summary = {"documents": len(report.files), "failed": len(report.failed), "distractors": args.distractors,
                   "queries": len(QUERIES), "results": [evaluate(db, b) for b in backends]}
    for res in summary["results"]:
        line = "  ".join(f"{m}: P@5 {res[m]['p@5']:.3f} MRR {res[m]['mrr@10']:.3f}"
                         for m in ("keyword", "semantic", "hybrid"))
        print(f"[{res['embedding']}] {line}", file=sys.stderr)
    text = json.dumps(summary, indent=2, ensure_ascii=False)
    print(text)
    if args.json:
        Path(args.json).parent.mkdir(parents=True, exist_ok=True)
        Path(args.json).write_text(text + "\n", "utf-8")


if __name__ == "__main__":
    main()
