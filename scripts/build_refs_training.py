#!/usr/bin/env python3
"""Build the compact training file for the reference CRF.

Reads the converted corpora in ``shared/bench/refs`` (see its README) and writes
``src/scholarscope/data/refs_train.jsonl.gz``: one JSON object per line,
``{"s": source, "r": raw string, "y": one label code per token}`` where the
tokens are those of ``scholarscope.parse.refcrf.tokens.tokenize(r)`` and the
codes are ``scholarscope.parse.refcrf.data.LABEL_CODE``.

Used: grobid.jsonl minus its fixed 10% hold-out split (``is_grobid_heldout``),
and anystyle_unverified.jsonl subset ``good`` (weak labels; ``ugly`` and ``bad``
skipped: adding ``ugly`` lowered held-out title F1 by ~0.01).
NEVER anystyle.jsonl (held-out human-checked test set).

    python scripts/build_refs_training.py [--refs ../shared/bench/refs]
"""
from __future__ import annotations

import argparse
import gzip
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from scholarscope.parse.refcrf.data import (  # noqa: E402
    LABEL_CODE, is_grobid_heldout, record_token_labels,
)

OUT = ROOT / "src" / "scholarscope" / "data" / "refs_train.jsonl.gz"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--refs", default=str(ROOT.parent / "shared" / "bench" / "refs"))
    ap.add_argument("--out", default=str(OUT))
    ap.add_argument("--unverified-subsets", default="good")
    args = ap.parse_args(argv)
    refs = Path(args.refs)
    if not (refs / "grobid.jsonl").exists() and Path("/work/shared/bench/refs").exists():
        refs = Path("/work/shared/bench/refs")
    subsets = set(filter(None, args.unverified_subsets.split(",")))
    n = {"grobid": 0, "grobid_heldout_skipped": 0, "anystyle_unverified": 0}
    seen = set()
    with gzip.open(args.out, "wt", encoding="utf-8", compresslevel=9) as out:
        for fname in ("grobid.jsonl", "anystyle_unverified.jsonl"):
            assert fname != "anystyle.jsonl"
            with open(refs / fname, encoding="utf-8") as fh:
                for line in fh:
                    rec = json.loads(line)
                    if fname == "grobid.jsonl":
                        if is_grobid_heldout(rec["id"]):
                            n["grobid_heldout_skipped"] += 1
                            continue
                        src = "g"
                    else:
                        if rec.get("subset") not in subsets:
                            continue
                        src = "u"
                    raw = rec["raw"]
                    if not raw.strip() or raw in seen:
                        continue
                    seen.add(raw)
                    toks, labels = record_token_labels(rec)
                    if not toks:
                        continue
                    y = "".join(LABEL_CODE[lab] for lab in labels)
                    out.write(json.dumps({"s": src, "r": raw, "y": y}, ensure_ascii=False) + "\n")
                    n["grobid" if src == "g" else "anystyle_unverified"] += 1
    print(json.dumps(n), "->", args.out, f"{Path(args.out).stat().st_size/1e6:.2f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
