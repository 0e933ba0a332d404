"""Instructions one round of bench/parse_speed.py costs, counted by valgrind (cachegrind): a figure a busy
machine does not move (repeat runs agree within ~1%), for telling small speed changes from noise.

    python bench/parse_instructions.py [--shared ../shared]

Runs this script under ``valgrind --tool=cachegrind --cache-sim=no`` three times (setup only, setup and one
round of entries, setup and one round of documents; PYTHONHASHSEED=0; after an import that writes the .pyc files)
and prints the differences in millions of instructions. Needs valgrind; takes a few minutes (Python runs ~50x slower under it).
"""
from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _round(mode: str, shared: Path) -> None:
    sys.path.insert(0, str(ROOT / "bench"))
    import parse_speed

    import scholarscope
    from scholarscope.parse import clear_caches, parse_document
    from scholarscope.read import read_bytes

    docs = parse_speed._docs(shared)
    entries = [p.raw for name, data in docs for p in parse_document(read_bytes(data, name)).publications]
    clear_caches()
    if mode == "docs":
        for name, data in docs:
            parse_document(read_bytes(data, name))
    elif mode == "entries":
        for raw in entries:
            scholarscope.parse_entry(raw)


def _count(mode: str, shared: Path) -> int:
    cmd = ["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null",
           sys.executable, __file__, "--round", mode, "--shared", str(shared)]
    out = subprocess.run(cmd, capture_output=True, text=True, env={**os.environ, "PYTHONHASHSEED": "0"}).stderr
    m = re.search(r"I\s+refs:\s+([\d,]+)", out)
    if not m:
        raise SystemExit(f"no instruction count from valgrind:\n{out[-2000:]}")
    return int(m.group(1).replace(",", ""))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--round", choices=("none", "entries", "docs"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.round:
        _round(args.round, args.shared)
        return
    subprocess.run([sys.executable, "-c", "import scholarscope.parse, scholarscope.read"], check=True)  # .pyc files
    zero = _count("none", args.shared)
    for mode in ("entries", "docs"):
        print(f"{mode}: {(_count(mode, args.shared) - zero) / 1e6:,.0f} M instructions per round")


if __name__ == "__main__":
    main()
