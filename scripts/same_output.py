"""Dump every parser output we can cheaply compare, to check a speed change changes no result.

    python scripts/same_output.py --save /tmp/ref      # before a change (on the base commit)
    python scripts/same_output.py --check /tmp/ref     # after: dumps again and diffs; exit 1 on any difference

What is dumped (one JSON file each, ``json.dumps(..., ensure_ascii=False, indent=2)`` as the CLI writes):
  * ``docs/<folder>/<file>.json``: ``parse_file`` on every input file (the CLI's ``expand_paths``)
    of ../shared/seeds, ../shared/dev, tests/data/cvs, tests/data/cvs_native, tests/data/cvs_latex;
    a file that fails gets ``<file>.error`` with the exception's type and message instead;
  * ``entries/<corpus>.jsonl``: ``parse_entry`` on the first N (default 3000) raw strings of
    ../shared/bench/refs/anystyle.jsonl and grobid.jsonl, one JSON line per string;
  * ``entries/bench.jsonl``: ``parse_entry`` on the entry texts bench/parse_speed.py times;
  * documents and entries are each parsed twice in one process; within a round the memos carry
    over from one input to the next (as in a batch), each round but the first document round starts
    after ``clear_caches()``, and later rounds find the CRF token caches and static tables warm. A
    second round that differs from the first is written out (``docs_second_round/``,
    ``entries/*.round2.jsonl``), so a memo whose state changes a result shows up too.
"""
from __future__ import annotations

import argparse
import filecmp
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
FOLDERS = [SHARED / "seeds", SHARED / "dev", ROOT / "tests/data/cvs", ROOT / "tests/data/cvs_native",
           ROOT / "tests/data/cvs_latex"]
CORPORA = [SHARED / "bench/refs/anystyle.jsonl", SHARED / "bench/refs/grobid.jsonl"]


def _dumps(obj) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=2)


def dump(out: Path, n_refs: int) -> None:
    from scholarscope.parse import clear_caches, parse_entry, parse_file
    from scholarscope.read import expand_paths

    docs_seen: dict[str, str] = {}
    bench_raws: list[str] = []
    for rnd in range(2):
        if rnd == 1:
            clear_caches()
        for folder in FOLDERS:
            for f in expand_paths([folder]):
                if f.suffix == ".py":
                    continue
                rel = f"{folder.name}/{f.relative_to(folder)}"
                try:
                    profile = parse_file(f)
                    text, suffix = _dumps(profile.to_dict()), ".json"
                    if rnd == 0 and folder.parent == SHARED:
                        bench_raws.extend(p.raw for p in profile.publications)
                except Exception as exc:  # noqa: BLE001 - the error is part of the output
                    text, suffix = f"{type(exc).__name__}: {exc}\n", ".error"
                if rnd == 0:
                    target = out / "docs" / (rel + suffix)
                    target.parent.mkdir(parents=True, exist_ok=True)
                    target.write_text(text, "utf-8")
                    docs_seen[rel] = text
                elif docs_seen.get(rel) != text:
                    target = out / "docs_second_round" / (rel + suffix)
                    target.parent.mkdir(parents=True, exist_ok=True)
                    target.write_text(text, "utf-8")

    strings: dict[str, list[str]] = {}
    for corpus in CORPORA:
        with corpus.open(encoding="utf-8") as fh:
            strings[corpus.stem] = [json.loads(line)["raw"] for _, line in zip(range(n_refs), fh)]
    strings["bench"] = bench_raws
    (out / "entries").mkdir(parents=True, exist_ok=True)
    for rnd in range(2):
        clear_caches()
        for name, raws in strings.items():
            lines = []
            for raw in raws:
                try:
                    lines.append(json.dumps(parse_entry(raw).to_dict(), ensure_ascii=False))
                except Exception as exc:  # noqa: BLE001
                    lines.append(json.dumps({"error": f"{type(exc).__name__}: {exc}"}))
            suffix = "" if rnd == 0 else ".round2"
            (out / "entries" / f"{name}{suffix}.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
    for name in strings:  # a warm second round must give the same as the first
        a, b = out / "entries" / f"{name}.jsonl", out / "entries" / f"{name}.round2.jsonl"
        if filecmp.cmp(a, b, shallow=False):
            b.unlink()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    g = ap.add_mutually_exclusive_group(required=True)
    g.add_argument("--save", type=Path, help="write the reference dump here (replaces it)")
    g.add_argument("--check", type=Path, help="dump again and diff against this reference")
    ap.add_argument("--refs", type=int, default=3000, help="strings per reference corpus (default 3000)")
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT / "src"))
    if args.save:
        shutil.rmtree(args.save, ignore_errors=True)
        dump(args.save, args.refs)
        print(f"saved {sum(1 for p in args.save.rglob('*') if p.is_file())} files in {args.save}")
        return 0
    with tempfile.TemporaryDirectory(prefix="same_output_") as tmp:
        dump(Path(tmp), args.refs)
        res = subprocess.run(["diff", "-r", str(args.check), tmp], capture_output=True, text=True)
        if res.returncode:
            print(res.stdout[:20000])
            print("DIFFERENT")
            return 1
    print(f"same output as {args.check}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
