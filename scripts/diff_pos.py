"""Positions: gold vs prediction per document (a development aid)."""
import json
import sys
from pathlib import Path

gold_dir, pred_dir = Path(sys.argv[1]), Path(sys.argv[2])
for g in sorted(gold_dir.glob("*.json")):
    if g.name == "clusters.json":
        continue
    stem = g.name.removesuffix(".json").removesuffix(".gold")
    p = pred_dir / f"{stem}.json"
    gd = json.loads(g.read_text()).get("positions") or []
    pdd = json.loads(p.read_text()).get("positions") or [] if p.exists() else []
    if not gd and not pdd:
        continue
    print("==", stem, len(gd), len(pdd))
    for e in gd:
        print("   G", (e.get("org") or "")[:40], "|", (e.get("title") or "")[:40], e.get("start"), e.get("end"))
    for e in pdd:
        print("   P", (e.get("org") or "")[:40], "|", (e.get("title") or "")[:40], e.get("start"), e.get("end"))
