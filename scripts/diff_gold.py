"""Show unmatched predictions and field disagreements against gold (a development aid)."""
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "shared" / "bench"))
from score_parse import PUB_FIELDS, greedy_match, same  # noqa: E402

gold_dir, pred_dir = Path(sys.argv[1]), Path(sys.argv[2])
fields = sys.argv[3].split(",") if len(sys.argv) > 3 else list(PUB_FIELDS)
for g in sorted(gold_dir.glob("*.json")):
    if g.name == "clusters.json":
        continue
    stem = g.name.removesuffix(".json").removesuffix(".gold")
    p = pred_dir / f"{stem}.json"
    if not p.exists():
        print("NO PRED", stem)
        continue
    gd, pd = json.loads(g.read_text()), json.loads(p.read_text())
    gp, pp = gd["publications"], pd["publications"]
    m = greedy_match(gp, pp, key=lambda e: e.get("title") or "")
    hit_p = {j for _, j in m}
    for j, e in enumerate(pp):
        if j not in hit_p:
            print(f"{stem[:4]} SPURIOUS [{e['section']}:{e['index']}] {e['title'][:90]!r}")
    hit_g = {i for i, _ in m}
    for i, e in enumerate(gp):
        if i not in hit_g:
            print(f"{stem[:4]} MISSED [{e['section']}:{e['index']}] {e['title'][:90]!r}")
    for i, j in m:
        for f in fields:
            if not same(f, gp[i].get(f), pp[j].get(f)):
                print(f"{stem[:4]} {f:12s} [{gp[i]['section'][:12]}:{gp[i]['index']}] gold={gp[i].get(f)!r} pred={pp[j].get(f)!r}"[:300])
