"""Measure the embedding backends: quality on the gold paper clusters, and speed.

    python -m scholarscope.measure.embed_eval [GOLD_DIR] [--backends tfidf,onnx-minilm,torch-minilm]

Quality: every entry of the five gold documents (shared/gold) with its title; two entries are a
positive pair when clusters.json puts them in one paper cluster, a negative pair otherwise.
Reported: ROC AUC of cosine similarity (positives vs negatives), recall@1 (an entry of a
multi-entry cluster has its nearest other entry in its own cluster), and the similarity of the
"related but not the same paper" pairs (hard negatives). Speed: titles per second over 2,000
titles, after one warm-up call (model loading reported separately). Topical quality: see
``topic_nn``.
"""
from __future__ import annotations

import argparse
import json
import time
from pathlib import Path
from typing import Any


def gold_titles(gold: Path) -> tuple[list[str], list[str], dict[str, int], list[tuple[str, str]]]:
    keys, titles = [], []
    for f in sorted(gold.glob("0*.json")):
        doc = json.loads(f.read_text("utf-8"))
        for p in doc.get("publications") or []:
            keys.append(f"{doc['doc']}:{p['section']}:{p['index']}")
            titles.append(p["title"])
    clusters = json.loads((gold / "clusters.json").read_text("utf-8"))
    cluster_of = {k: i for i, group in enumerate(clusters["papers"]) for k in group}
    hard = [tuple(r["entries"][:2]) for r in clusters.get("related_not_same_papers", [])]
    return keys, titles, cluster_of, hard  # type: ignore[return-value]


def _auc(pos: list[float], neg: list[float]) -> float:
    ranked = sorted([(s, 1) for s in pos] + [(s, 0) for s in neg])
    rank_sum, i = 0.0, 0
    while i < len(ranked):
        j = i
        while j < len(ranked) and ranked[j][0] == ranked[i][0]:
            j += 1
        avg = (i + j + 1) / 2
        rank_sum += avg * sum(1 for k in range(i, j) if ranked[k][1])
        i = j
    return (rank_sum - len(pos) * (len(pos) + 1) / 2) / (len(pos) * len(neg))


def quality(backend: str, gold: Path) -> dict[str, Any]:
    from .embed import similarity

    keys, titles, cluster_of, hard = gold_titles(gold)
    sim = similarity(titles, backend)
    n = len(keys)
    pos, neg = [], []
    best: dict[int, tuple[float, int]] = {}
    for i in range(n):
        for j in range(i + 1, n):
            s = sim(i, j)
            same = keys[i] in cluster_of and cluster_of.get(keys[i]) == cluster_of.get(keys[j])
            (pos if same else neg).append(s)
            for a, b in ((i, j), (j, i)):
                if a not in best or s > best[a][0]:
                    best[a] = (s, b)
    in_cluster = [i for i in range(n) if keys[i] in cluster_of]
    hits = sum(cluster_of.get(keys[best[i][1]]) == cluster_of[keys[i]] for i in in_cluster)
    index = {k: i for i, k in enumerate(keys)}
    hard_sims = [round(sim(index[a], index[b]), 3) for a, b in hard if a in index and b in index]
    return {"entries": n, "positive_pairs": len(pos), "negative_pairs": len(neg), "auc": round(_auc(pos, neg), 4),
            "recall_at_1": round(hits / max(1, len(in_cluster)), 4),
            "mean_positive": round(sum(pos) / len(pos), 3), "mean_negative": round(sum(neg) / len(neg), 3),
            "hard_negative_sims": hard_sims}


def topic_nn(backend: str) -> dict[str, Any]:
    """Leave-one-out 1-nearest-neighbour accuracy of arXiv categories on the field-model titles:
    does a title's most similar other title share its category? (topical similarity, which
    is what novelty needs; the gold clusters only test near-identical titles)."""
    from .embed import similarity
    from .field_model import read_items, tag

    items = read_items()
    sim = similarity([r["title"] for r in items], backend)
    hits = 0
    for i, r in enumerate(items):
        j = max((k for k in range(len(items)) if k != i), key=lambda k: sim(i, k))
        hits += tag(items[j]["category"]) == tag(r["category"])
    return {"topic_items": len(items), "topic_1nn_accuracy": round(hits / len(items), 4)}


def speed(backend: str, titles: list[str], n: int = 2000) -> dict[str, float]:
    from .embed import onnx_minilm, tfidf_vectors, torch_minilm

    fn = {"tfidf": tfidf_vectors, "onnx-minilm": onnx_minilm, "torch-minilm": torch_minilm}[backend]
    texts = [titles[i % len(titles)] + f" {i}" for i in range(n)]
    t0 = time.perf_counter()
    fn(texts[:8])
    t1 = time.perf_counter()
    fn(texts)
    t2 = time.perf_counter()
    return {"first_call_s": round(t1 - t0, 2), "titles_per_s": round(n / (t2 - t1), 1)}


def main() -> None:  # pragma: no cover - a measurement command
    ap = argparse.ArgumentParser()
    ap.add_argument("gold", nargs="?", default=str(Path(__file__).resolve().parents[4] / "shared" / "gold"))
    ap.add_argument("--backends", default="tfidf,onnx-minilm,torch-minilm")
    args = ap.parse_args()
    gold = Path(args.gold)
    _, titles, _, _ = gold_titles(gold)
    for b in args.backends.split(","):
        try:
            print(json.dumps({"backend": b, **quality(b, gold), **topic_nn(b), **speed(b, titles)}))
        except Exception as exc:  # noqa: BLE001 - report and go on to the next backend
            print(json.dumps({"backend": b, "error": f"{type(exc).__name__}: {exc}"}))


if __name__ == "__main__":  # pragma: no cover
    main()
