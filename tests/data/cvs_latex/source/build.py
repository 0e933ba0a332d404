#!/usr/bin/env python3
"""Write <stem>.tex (and .bib) and <stem>.gold.json for the documents in this folder, then compile them.

Usage:  /work/main/.venv/bin/python tests/data/cvs_latex/source/build.py [NN ...]

Each dNN.py module holds one document: its hand-written content and annotation side by side. build()
returns (tex, bib or None, gold). For BibTeX/biblatex documents the gold order inside each section is
the order in which the titles appear in the compiled PDF (the bibliography style sorts them), and the
index is renumbered 1..n in that order; everything else is written by hand in the module.
"""
from __future__ import annotations

import importlib
import json
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

SRC = Path(__file__).resolve().parent
OUT = SRC.parent
ROOT = OUT.parents[2]
sys.path.insert(0, str(SRC))


def squash(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[^0-9a-z]+", "", s.lower())


def pdf_text(path: Path) -> str:
    import pypdfium2 as pdfium
    doc = pdfium.PdfDocument(str(path))
    return "\n".join(p.get_textpage().get_text_range() for p in doc)


def main(argv):
    mods = sorted(p.stem for p in SRC.glob("d[0-9][0-9].py"))
    if argv:
        mods = [m for m in mods if m[1:] in argv]
    for m in mods:
        mod = importlib.import_module(m)
        tex, bib, g = mod.build()
        stem = mod.STEM
        (OUT / f"{stem}.tex").write_text(tex, encoding="utf-8")
        if bib is not None:
            (OUT / f"{stem}.bib").write_text(bib, encoding="utf-8")
        r = subprocess.run([sys.executable, str(ROOT / "scripts" / "render_latex.py"), str(OUT), str(OUT / f"{stem}.tex")],
                           capture_output=True, text=True)
        print(r.stdout.strip().splitlines()[0] if r.stdout.strip() else r.stderr)
        if r.returncode != 0:
            continue
        if getattr(mod, "SORTED_BY_STYLE", False):
            text = squash(pdf_text(OUT / f"{stem}.pdf"))
            pubs = g["publications"]
            pubs.sort(key=lambda e: (text.find(squash(e["title"])) if squash(e["title"]) in text else 10**9))
            missing = [e["title"] for e in pubs if squash(e["title"]) not in text]
            if missing:
                print("   titles not found in PDF:", missing)
            count = {}
            for e in pubs:
                count[e["section"]] = count.get(e["section"], 0) + 1
                e["index"] = count[e["section"]]
        (OUT / f"{stem}.gold.json").write_text(json.dumps(g, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
