#!/usr/bin/env python3
"""Resolve a folder of profile JSON files and score the clusters against its clusters.json.

Usage (from the project root):
    python bench/clusters.py [PROFILE_DIR] [--out PRED.json] [--scorer PATH] [--explain N]

PROFILE_DIR defaults to ../shared/gold. Writes PRED.json in score_clusters.py's format
(papers: "<doc>:<section>:<index>", people: "<doc>|<name as written>"), runs that scorer
when it can be found, and prints mentorship precision/recall against clusters.json
"mentorship" (matched on mentor, mentee and source document) plus a throughput line.
"""
from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import time
import unicodedata
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from scholarscope.resolve import Resolution, resolve_profiles  # noqa: E402


def load_profiles(folder: Path) -> list[dict[str, Any]]:
    """Every *.json in the folder except clusters.json, sorted by name."""
    out = []
    for path in sorted(folder.glob("*.json")):
        if path.name == "clusters.json":
            continue
        data = json.loads(path.read_text(encoding="utf-8"))
        data.setdefault("doc", path.name.removesuffix(".json").removesuffix(".gold"))
        out.append(data)
    return out


def prediction(res: Resolution) -> dict[str, Any]:
    return {"papers": res.paper_groups(), "people": res.people_groups()}


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^0-9a-z]+", " ", text.lower()).split())


def _doc(name: str) -> str:
    return name.rsplit(".", 1)[0] if name.endswith((".txt", ".md", ".tex", ".html", ".json")) else name


def mentorship_scores(res: Resolution, gold: list[dict[str, Any]]) -> dict[str, float | int]:
    """Precision/recall over (mentor, mentee, document) triples, names compared loosely."""
    pred = {(_norm(e.mentor), _norm(e.mentee), _doc(e.source)) for e in res.mentorship}
    want = {(_norm(g["mentor"]), _norm(g["mentee"]), _doc(g["source"])) for g in gold}
    tp = len(pred & want)
    p = tp / len(pred) if pred else (1.0 if not want else 0.0)
    r = tp / len(want) if want else 1.0
    return {"pred": len(pred), "gold": len(want), "correct": tp, "precision": round(p, 4),
            "recall": round(r, 4), "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0}


def find_scorer(explicit: str | None) -> Path | None:
    for cand in (explicit, ROOT.parent / "shared" / "bench" / "score_clusters.py"):
        if cand and Path(cand).exists():
            return Path(cand)
    return None


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", nargs="?", type=Path, default=ROOT.parent / "shared" / "gold")
    ap.add_argument("--out", type=Path, default=ROOT / "out" / "clusters" / "PRED.json")
    ap.add_argument("--scorer", default=None, help="path to score_clusters.py")
    ap.add_argument("--explain", type=int, default=0, help="print N merge decisions of multi-entry works")
    args = ap.parse_args(argv)

    profiles = load_profiles(args.folder)
    n_entries = sum(len(p.get("publications") or []) for p in profiles)
    t0 = time.perf_counter()
    res = resolve_profiles(profiles)
    dt = time.perf_counter() - t0
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(prediction(res), indent=1, ensure_ascii=False), encoding="utf-8")
    print(f"wrote {args.out}: {len(res.paper_groups())} paper groups, {len(res.people_groups())} people groups, "
          f"{len(res.mentorship)} mentor edges")

    shown = 0
    for w in res.works:
        for d in w.decisions:
            if shown < args.explain and len(w.members) > 1:
                print("  " + d.explain())
                shown += 1

    scorer = find_scorer(args.scorer)
    if scorer and (args.folder / "clusters.json").exists():
        subprocess.run([sys.executable, str(scorer), str(args.folder), str(args.out)], check=False)
    else:
        print("score_clusters.py or clusters.json not found; clusters not scored")
    clusters_path = args.folder / "clusters.json"
    if clusters_path.exists():
        gold = json.loads(clusters_path.read_text(encoding="utf-8")).get("mentorship") or []
        print("mentorship: " + json.dumps(mentorship_scores(res, gold)))
    print(f"throughput: {len(profiles)} documents, {n_entries} entries, {len(res.decisions)} pair decisions "
          f"in {dt:.3f}s ({n_entries / dt if dt else 0:.0f} entries/s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
