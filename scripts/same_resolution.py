"""Dump the resolution of a fixed generated library, to check a speed change changes no result.

    python scripts/same_resolution.py --save /tmp/ref [--n 2000] [--batch 0] [--per-txn 100]
    python scripts/same_resolution.py --check /tmp/ref [...]   # dumps again and diffs; exit 1 on any difference

Stores `bench/ingest_speed.py`'s generated profiles (no parsing) into a fresh SQLite file,
resolves them as the bench does (`--batch` > 0: after every BATCH documents, incrementally after
the first run), then writes every row of every resolution table (and the stored claims, keys and
documents but their ingest time), sorted, one file per table, plus ``clusters.txt``: each work's
and each person's sorted membership, one cluster a line. `--db URL` runs on another backend.
"""
from __future__ import annotations

import argparse
import filecmp
import hashlib
import json
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "src"))

TABLES = {
    "documents": "id, path, name, format, kind, size, previous_id, is_current, owner_name, profile",
    "claims": "*", "work_keys": "*", "work_terms": "*",
    "works": "*", "work_claims": "*", "persons": "*", "person_mentions": "*", "person_keys": "*",
    "authorships": "*", "mentorship": "*", "merge_decisions": "*",
}


def dump(out: Path, n: int, batch: int, per_txn: int, db: str | None) -> None:
    import ingest_speed  # type: ignore[import-not-found]

    from scholarscope.store import Store

    tmp = Path(tempfile.mkdtemp(prefix="same-resolution-"))
    url = db or str(tmp / "lib.db")
    try:
        ingest_speed.store_direct(n, 0, url, batch or n, per_txn)
        out.mkdir(parents=True, exist_ok=True)
        with Store(url) as s:
            q = s.db.query
            for table, cols in TABLES.items():
                rows = sorted((json.dumps(list(r), ensure_ascii=False, default=str) for r in q(f"SELECT {cols} FROM {table}")))
                (out / f"{table}.txt").write_text("\n".join(rows) + "\n", encoding="utf-8")
            works: dict[str, list[str]] = {}
            for d, o, w in q("SELECT c.document_id, c.ord, c.work_id FROM work_claims c"):
                works.setdefault(w, []).append(f"{d[-6:]}:{o}")
            persons: dict[str, list[str]] = {}
            for p, d, name, role, loc in q("SELECT person_id, document_id, name, role, location FROM person_mentions"):
                persons.setdefault(p, []).append(f"{d[-6:]}|{name}|{role}|{loc}")
            lines = sorted("W " + " ".join(sorted(m)) for m in works.values())
            lines += sorted("P " + " ".join(sorted(m)) for m in persons.values())
            (out / "clusters.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def digest(folder: Path) -> str:
    h = hashlib.sha256()
    for p in sorted(folder.glob("*.txt")):
        h.update(p.name.encode() + p.read_bytes())
    return h.hexdigest()[:16]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    g = ap.add_mutually_exclusive_group(required=True)
    g.add_argument("--save", type=Path)
    g.add_argument("--check", type=Path)
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--batch", type=int, default=0)
    ap.add_argument("--per-txn", type=int, default=100)
    ap.add_argument("--db", default=None)
    args = ap.parse_args(argv)
    if args.save:
        dump(args.save, args.n, args.batch, args.per_txn, args.db)
        print(f"saved {args.save} ({digest(args.save)})")
        return 0
    new = Path(tempfile.mkdtemp(prefix="same-resolution-check-"))
    dump(new, args.n, args.batch, args.per_txn, args.db)
    bad = [p.name for p in sorted(args.check.glob("*.txt")) if not filecmp.cmp(p, new / p.name, shallow=False)]
    if bad:
        print(f"DIFFERENT: {', '.join(bad)} (new dump in {new})")
        return 1
    print(f"same as {args.check} ({digest(new)})")
    shutil.rmtree(new, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
