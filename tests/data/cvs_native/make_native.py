#!/usr/bin/env python3
"""Build the native-layout test documents in this folder (PDF via headless Chromium, DOCX via python-docx).

    /work/main/.venv/bin/python tests/data/cvs_native/make_native.py [STEM-PREFIX ...]

Each document is described by one module in ``source/`` (``dNN_*.py``). A module holds the hand-written
content of the CV *and* its hand-written annotation: the people, dates and strings written in the
document, and for every publication the gold fields (normalised venue, type, flags, note, ...).
``build(out_dir)`` writes the document (``NN_slug.pdf`` or ``NN_slug.docx``; a PDF's HTML or LaTeX source is
kept as ``source/NN_slug.html`` / ``source/NN_slug.tex``) and returns the gold dict, which this script writes to
``NN_slug.gold.json``. Nothing here runs the scholarscope parser.

Needs: python-docx (DOCX), /usr/bin/chromium (PDF from HTML), pdflatex/xelatex with paracol (PDF from LaTeX). Run from anywhere; paths are relative to this file.
"""
from __future__ import annotations

import html as _html
import importlib.util
import json
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "source"
CHROMIUM = "/usr/bin/chromium"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-extensions",
         "--disable-default-apps", "--no-pdf-header-footer"]
PUB_KEYS = ["section", "index", "title", "authors", "authors_truncated", "self_index", "equal_marked",
            "venue", "venue_raw", "year", "type", "flags", "links", "note", "doi"]


def esc(s: str) -> str:
    return _html.escape(s, quote=False)


def pub(section, index, title, authors, venue, venue_raw, year, type_, *, flags=(), links=(), note=None,
        doi=None, self_index=None, eq=(), trunc=False) -> dict:
    """One gold publication, keys in schema order."""
    return {"section": section, "index": index, "title": title, "authors": list(authors),
            "authors_truncated": trunc, "self_index": self_index, "equal_marked": list(eq),
            "venue": venue, "venue_raw": venue_raw, "year": year, "type": type_, "flags": list(flags),
            "links": list(links), "note": note, "doi": doi}


def owner_index(authors, owner_forms) -> int | None:
    hits = [i for i, a in enumerate(authors) if a in owner_forms]
    return hits[0] if len(hits) == 1 else None


def edu(institution, degree, field, start, end, *, expected=False, advisor=None, gpa=None, location=None):
    return {"institution": institution, "degree": degree, "field": field, "start": start, "end": end,
            "expected": expected, "advisor": advisor, "gpa": gpa, "location": location}


def pos(org, title, start, end, kind, *, location=None, supervisor=None):
    return {"org": org, "title": title, "start": start, "end": end, "location": location,
            "supervisor": supervisor, "kind": kind}


def gold(doc, person, education, positions, publications, awards, skills) -> dict:
    for p in publications:
        assert list(p) == PUB_KEYS, p
    return {"doc": doc, "kind": "cv", "person": person, "education": education, "positions": positions,
            "publications": publications, "awards": awards, "skills": skills}


def print_pdf(html_text: str, stem: str, out_dir: Path) -> Path:
    """Write source/<stem>.html and print it to <out_dir>/<stem>.pdf with headless Chromium."""
    src = SOURCE / f"{stem}.html"
    src.write_text(html_text, encoding="utf-8")
    out = out_dir / f"{stem}.pdf"
    with tempfile.TemporaryDirectory() as prof:
        cmd = [CHROMIUM, *FLAGS, f"--user-data-dir={prof}", f"--print-to-pdf={out}", src.as_uri()]
        subprocess.run(cmd, check=True, capture_output=True, timeout=120)
    return out


def compile_tex(tex: str, stem: str, out_dir: Path, engine: str = "pdflatex", passes: int = 2, bib: str | None = None,
                extra: dict[str, str] | None = None, bibtex: list[str] | None = None,
                font_dirs: list[str] | None = None) -> Path:
    """Write source/<stem>.tex and compile it with `engine` (nonstopmode, no shell escape) into <out_dir>/<stem>.pdf.

    With `bib`, also write source/<stem>.bib and run engine, biber, then `passes` more engine runs (biblatex).
    `extra` maps file names to contents (.bib databases, a .bst style) written to source/ and copied next to the .tex;
    with `bibtex` (a list of .aux names, e.g. multibib's one per list), run engine once, BibTeX on each, then `passes`.
    `font_dirs` (52): TeX Live font folders made visible to fontconfig, for classes that load OpenType fonts by family
    name through fontspec under XeLaTeX (a fonts.conf in the build folder, FONTCONFIG_FILE pointing at it)."""
    import os
    import shutil
    src = SOURCE / f"{stem}.tex"
    src.write_text(tex, encoding="utf-8")
    if bib is not None:
        (SOURCE / f"{stem}.bib").write_text(bib, encoding="utf-8")
    for name, text in (extra or {}).items():
        (SOURCE / name).write_text(text, encoding="utf-8")
    with tempfile.TemporaryDirectory() as tmp:
        env = None
        if font_dirs:
            dirs = "".join(f"<dir>{d}</dir>" for d in font_dirs)
            (Path(tmp) / "fonts.conf").write_text(
                '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>'
                f'<include ignore_missing="yes">/etc/fonts/fonts.conf</include>{dirs}<cachedir>{tmp}/fc</cachedir>'
                '</fontconfig>', encoding="utf-8")
            env = dict(os.environ, FONTCONFIG_FILE=str(Path(tmp) / "fonts.conf"))
        shutil.copy2(src, Path(tmp) / src.name)
        for name in extra or {}:
            shutil.copy2(SOURCE / name, Path(tmp) / name)
        if bibtex:
            r = subprocess.run([engine, "-interaction=nonstopmode", "-halt-on-error", "-no-shell-escape", src.name],
                               cwd=tmp, capture_output=True, text=True, errors="replace", timeout=300, env=env)
            if r.returncode != 0:
                raise RuntimeError(f"{engine} failed on {src.name}:\n" + r.stdout[-3000:])
            for aux in bibtex:
                r = subprocess.run(["bibtex", aux], cwd=tmp, capture_output=True, text=True, errors="replace", timeout=300, env=env)
                if r.returncode >= 2 or "error message" in r.stdout:  # 1 = warnings only
                    raise RuntimeError(f"bibtex failed on {aux}:\n" + r.stdout[-3000:])
        if bib is not None:
            shutil.copy2(SOURCE / f"{stem}.bib", Path(tmp) / f"{stem}.bib")
            r = subprocess.run([engine, "-interaction=nonstopmode", "-halt-on-error", "-no-shell-escape", src.name],
                               cwd=tmp, capture_output=True, text=True, errors="replace", timeout=300, env=env)
            if r.returncode != 0:
                raise RuntimeError(f"{engine} failed on {src.name}:\n" + r.stdout[-3000:])
            r = subprocess.run(["biber", stem], cwd=tmp, capture_output=True, text=True, errors="replace", timeout=300, env=env)
            if r.returncode != 0:
                raise RuntimeError(f"biber failed on {stem}:\n" + r.stdout[-3000:])
        for _ in range(passes):
            r = subprocess.run([engine, "-interaction=nonstopmode", "-halt-on-error", "-no-shell-escape", src.name],
                               cwd=tmp, capture_output=True, text=True, errors="replace", timeout=300, env=env)
            if r.returncode != 0:
                raise RuntimeError(f"{engine} failed on {src.name}:\n" + r.stdout[-3000:])
        out = out_dir / f"{stem}.pdf"
        shutil.copy2(Path(tmp) / f"{stem}.pdf", out)
    return out


def pandoc_docx(markdown: str, stem: str, out_dir: Path, bib: str | None = None) -> Path:
    """Write source/<stem>.md (and source/<stem>.bib) and convert it with pandoc to <out_dir>/<stem>.docx.

    pandoc's default reference.docx (its own styles: Title, Author, Date, Heading 1/2, First Paragraph, Body Text,
    Compact, Definition Term/Definition, Bibliography); with `bib`, pandoc's built-in citeproc and its default CSL
    (Chicago author-date) print the `nocite` entries where the `::: {#refs}` div stands (26)."""
    import shutil
    src = SOURCE / f"{stem}.md"
    src.write_text(markdown, encoding="utf-8")
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copy2(src, Path(tmp) / src.name)
        cmd = ["pandoc", src.name, "-f", "markdown", "-t", "docx", "-o", f"{stem}.docx"]
        if bib is not None:
            (SOURCE / f"{stem}.bib").write_text(bib, encoding="utf-8")
            shutil.copy2(SOURCE / f"{stem}.bib", Path(tmp) / f"{stem}.bib")
            cmd += ["--citeproc", f"--bibliography={stem}.bib"]
        r = subprocess.run(cmd, cwd=tmp, capture_output=True, text=True, timeout=300)
        if r.returncode != 0:
            raise RuntimeError(f"pandoc failed on {src.name}:\n{r.stderr[-3000:]}")
        out = out_dir / f"{stem}.docx"
        shutil.copy2(Path(tmp) / f"{stem}.docx", out)
    return out


def load(path: Path):
    spec = importlib.util.spec_from_file_location(path.stem, path)
    mod = importlib.util.module_from_spec(spec)
    sys.modules[path.stem] = mod
    spec.loader.exec_module(mod)
    return mod


def main(argv: list[str]) -> int:
    sys.path[:0] = [str(HERE), str(SOURCE)]
    mods = sorted(SOURCE.glob("d[0-9][0-9]_*.py"))
    if argv:
        mods = [m for m in mods if any(m.name[1:].startswith(a) for a in argv)]
    for m in mods:
        mod = load(m)
        g = mod.build(HERE)
        stem = g["doc"].rsplit(".", 1)[0]
        (HERE / f"{stem}.gold.json").write_text(json.dumps(g, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        size = (HERE / g["doc"]).stat().st_size
        print(f"{g['doc']}: {len(g['publications'])} publications, {size // 1024} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
