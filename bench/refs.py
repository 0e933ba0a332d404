#!/usr/bin/env python3
"""Benchmark the reference-string CRF (scholarscope.parse.refcrf) on gold corpora.

    python bench/refs.py [--refs ../shared/bench/refs] [--limit N] [--json]

Sets scored (see shared/bench/refs/README.md):
  * anystyle.jsonl           -- held out (never used for training), human-checked
  * grobid.jsonl heldout 10% -- fixed split by hash of the id, excluded from training
  * grobid.jsonl train 90%   -- TRAINING-SET figure, for reference only
Metrics: per-field soft F1 (lower-case, only letters/digits kept; year exact;
volume on its leading number; first author = first surname of our author
segment found among the words of the gold segment's first name), plus
throughput (strings/s, one core, model already loaded) and peak RSS.
"""
from __future__ import annotations

import argparse
import json
import re
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT / "src") not in sys.path:
    sys.path.insert(0, str(ROOT / "src"))

from scholarscope.parse.refcrf import get_tagger, label_reference  # noqa: E402
from scholarscope.parse.refcrf.data import is_grobid_heldout  # noqa: E402
from scholarscope.parse.refcrf.tokens import tokenize  # noqa: E402

FIELDS = ("title", "container", "year", "first_author", "volume", "pages", "publisher", "doi", "url")


def soft(s) -> str:
    if s is None:
        return ""
    return "".join(c for c in str(s).lower() if c.isalnum())


_PERSON_SPLIT = re.compile(r"\s*(?:;|&|\band\b|\bund\b|\bet al\b|\bet\b)\s*", re.I)
_INITIALS = re.compile(r"^(?:[A-Z]\.?-?){1,3}\.?$|^[A-Z]{1,3}$")


def first_surname(authors: str | None) -> str | None:
    """Heuristic surname of the first person in an author segment."""
    if not authors:
        return None
    s = authors.replace("*", " ").replace("†", " ").strip(" ,.;:")
    s = _PERSON_SPLIT.split(s, maxsplit=1)[0]
    parts = [p.strip() for p in s.split(",") if p.strip()]
    if not parts:
        return None
    words = [w for w in re.split(r"\s+", parts[0]) if w]
    if not words:
        return None
    if len(parts) >= 2 and len(words) <= 3 and not _INITIALS.match(words[-1]):
        # "Smith, J." / "van der Berg, Jan"
        cand = words[-1]
    elif len(words) >= 2 and _INITIALS.match(words[-1]):
        # "Abbott JJ"
        cand = words[-2]
    else:
        # "C. J. Hamer" / "Robert C. Allen"
        cand = words[-1]
    cand = soft(cand)
    return cand or None


def gold_first_words(seg: str) -> set[str]:
    """Words of the gold segment's first name: text up to the second comma or the
    first person separator (lenient: may include a second surname for "Abbott JJ, Pei J")."""
    s = _PERSON_SPLIT.split(seg, maxsplit=1)[0]
    s = ",".join(s.split(",")[:2])
    return {soft(w) for w in re.split(r"[\s,.]+", s) if soft(w)}


_DOI_PREFIX = re.compile(r"^\s*(?:doi\s*:?\s*|https?://(?:dx\.)?doi\.org/)", re.I)


def lead_num(s) -> str:
    m = re.search(r"\d+", str(s or ""))
    return m.group() if m else soft(s)


def match(field: str, gold: dict, pred: dict) -> tuple[bool, bool, bool]:
    """(gold present, pred present, correct)"""
    if field == "first_author":
        g = (gold.get("authors") or [None])[0]
        p = first_surname(pred.get("authors"))
        gp, pp = bool(g and soft(g)), bool(p)
        return gp, pp, gp and pp and p in gold_first_words(g)
    g, p = gold.get(field), pred.get(field)
    if field == "year":
        gp, pp = g is not None, p is not None
        return gp, pp, gp and pp and str(g) == str(p)
    if field == "volume":
        gs, ps = lead_num(g), lead_num(p)
    elif field == "doi":
        gs, ps = soft(_DOI_PREFIX.sub("", g or "")), soft(_DOI_PREFIX.sub("", p or ""))
    else:
        gs, ps = soft(g), soft(p)
    gp, pp = bool(gs), bool(ps)
    return gp, pp, gp and pp and gs == ps


def score(records, label=None) -> dict:
    label = label or label_reference
    counts = {f: [0, 0, 0] for f in FIELDS}  # tp, fp, fn
    for rec in records:
        pred = label(rec["raw"])
        for f in FIELDS:
            gp, pp, ok = match(f, rec, pred)
            c = counts[f]
            if ok:
                c[0] += 1
            else:
                if pp:
                    c[1] += 1
                if gp:
                    c[2] += 1
    out = {}
    for f, (tp, fp, fn) in counts.items():
        pr = tp / (tp + fp) if tp + fp else 0.0
        rc = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * pr * rc / (pr + rc) if pr + rc else 0.0
        out[f] = {"p": round(pr, 4), "r": round(rc, 4), "f1": round(f1, 4), "n_gold": tp + fn}
    return out


def load(path: Path, limit: int | None = None) -> list[dict]:
    out = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            out.append(json.loads(line))
            if limit and len(out) >= limit:
                break
    return out


def default_refs_dir() -> Path:
    for p in (ROOT.parent / "shared" / "bench" / "refs", Path("/work/shared/bench/refs")):
        if (p / "anystyle.jsonl").exists():
            return p
    return ROOT.parent / "shared" / "bench" / "refs"


def throughput(strings: list[str], fn=None, min_s: float = 2.0) -> tuple[float, float]:
    """(strings per wall-clock second, strings per CPU second of this process).
    The second is the fairer one-core figure on a shared, busy machine."""
    fn = fn or label_reference
    fn(strings[0])  # model load
    n = 0
    t0, c0 = time.perf_counter(), time.process_time()
    while True:
        for s in strings:
            fn(s)
        n += len(strings)
        dt = time.perf_counter() - t0
        if dt >= min_s:
            return n / dt, n / max(time.process_time() - c0, 1e-9)


def parse_entry_fields(raw: str) -> dict:
    """The product's reading (scholarscope.parse_entry: rules + CRF + venue table) in the CRF's keys."""
    import scholarscope

    p = scholarscope.parse_entry(raw)
    # a book's venue is its publisher: the corpora label that "publisher", not "container"
    container = None if p.publisher and p.publisher == p.venue_raw else p.venue_raw
    return {"authors": ", ".join(p.authors) or None, "title": p.title or None, "container": container,
            "year": p.year, "doi": p.doi, "url": p.links[0] if p.links else None,
            "volume": None, "pages": None, "publisher": p.publisher}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--refs", default=str(default_refs_dir()))
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--parser", choices=("entry", "crf"), default="entry",
                    help="entry: scholarscope.parse_entry (the product, default); crf: the CRF labeller alone")
    args = ap.parse_args(argv)
    global label_reference
    if args.parser == "entry":
        label_reference = parse_entry_fields  # noqa: F811 - score() and throughput() take it as default
    refs = Path(args.refs)
    t_load = time.perf_counter()
    get_tagger()
    t_load = time.perf_counter() - t_load
    anystyle = load(refs / "anystyle.jsonl", args.limit)
    grobid = load(refs / "grobid.jsonl", None)
    g_held = [r for r in grobid if is_grobid_heldout(r["id"])]
    g_train = [r for r in grobid if not is_grobid_heldout(r["id"])]
    if args.limit:
        g_held, g_train = g_held[: args.limit], g_train[: args.limit]
    res = {
        "anystyle (held out, human-checked)": {"n": len(anystyle), **score(anystyle)},
        "grobid 10% split (held out)": {"n": len(g_held), **score(g_held)},
        "grobid 90% (TRAINING SET, not a test figure)": {"n": len(g_train), **score(g_train)},
    }
    strings = [r["raw"] for r in anystyle]
    wall, cpu = throughput(strings)
    res[f"{args.parser}_strings_per_s_wall"] = round(wall, 1)
    res[f"{args.parser}_strings_per_cpu_s"] = round(cpu, 1)
    from scholarscope.parse.refcrf import label_tokens
    wall, cpu = throughput(strings, label_tokens)
    res["label_tokens_strings_per_s_wall"] = round(wall, 1)
    res["label_tokens_strings_per_cpu_s"] = round(cpu, 1)
    res["mean_tokens_per_string"] = round(sum(len(tokenize(s)) for s in strings) / max(len(strings), 1), 1)
    res["model_load_s"] = round(t_load, 3)
    res["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    if args.json:
        print(json.dumps(res, indent=1))
        return 0
    for name, r in res.items():
        if not isinstance(r, dict):
            print(f"{name}: {r}")
            continue
        print(f"\n{name}  (n={r['n']})")
        print(f"  {'field':<13}{'P':>7}{'R':>7}{'F1':>7}{'gold':>7}")
        for f in FIELDS:
            m = r[f]
            print(f"  {f:<13}{m['p']:>7.3f}{m['r']:>7.3f}{m['f1']:>7.3f}{m['n_gold']:>7}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
