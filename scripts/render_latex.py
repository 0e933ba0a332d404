#!/usr/bin/env python3
"""Compile LaTeX CVs to PDF, non-interactively, and copy their gold files next to the PDFs.

Usage:
    python scripts/render_latex.py OUTDIR FILE.tex [FILE.tex ...] [--timeout SECONDS] [--engine pdflatex|xelatex|lualatex|auto]

For each FILE.tex:
  * a fresh temporary directory receives the .tex plus the sibling files it may need
    (.bib .bst .cls .sty .bbx .cbx .png .jpg .jpeg .eps .pdf other than FILE.pdf);
  * the engine runs with `-interaction=nonstopmode -halt-on-error -no-shell-escape`;
  * when the document needs a bibliography, bibtex (\\bibliography{...}) or biber
    (biblatex with the default biber backend) runs after the first pass;
  * the engine then runs twice more (twice in all when there is no bibliography);
  * OUTDIR/<stem>.pdf is written, and <stem>.gold.json beside FILE.tex is copied to OUTDIR.
Each tool call has a timeout (default 120 s). At the end a summary says which files compiled and,
for each failure, why (the first LaTeX error, a missing file, a timeout, ...).

The engine is pdflatex unless --engine says otherwise. With --engine auto a document that loads
fontspec (which needs a Unicode engine) is compiled with xelatex if that is installed.
Standard library only.
"""
from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

SIBLING_EXT = {".bib", ".bst", ".cls", ".sty", ".bbx", ".cbx", ".lbx", ".png", ".jpg", ".jpeg", ".eps", ".pdf"}
FLAGS = ["-interaction=nonstopmode", "-halt-on-error", "-no-shell-escape", "-file-line-error"]


def strip_comments(tex: str) -> str:
    return "\n".join(re.sub(r"(?<!\\)%.*", "", line) for line in tex.splitlines())


def bib_tool(tex: str) -> str | None:
    """'biber', 'bibtex' or None, from the (comment-stripped) source."""
    m = re.search(r"\\usepackage\s*(\[[^\]]*\])?\s*\{biblatex\}", tex)
    if m:
        opts = m.group(1) or ""
        return "bibtex" if re.search(r"backend\s*=\s*bibtex", opts) else "biber"
    if re.search(r"\\bibliography\s*\{", tex):
        return "bibtex"
    return None


def first_error(log: str) -> str:
    """The most telling line of a TeX log."""
    m = re.search(r"! LaTeX Error: File `([^']+)' not found", log)
    if m:
        return f"missing file {m.group(1)}"
    m = re.search(r"! Font \S+=(\S+) .*not loadable: Metric \(TFM\) file not found", log)
    if m:
        return f"missing font metric {m.group(1)}"
    m = re.search(r"^(?:!|\S+:\d+:) (.*)$", log, re.M)
    if m:
        line = m.group(1).strip()
        if "Fatal Package fontspec Error" in log:
            return "fontspec requires XeLaTeX or LuaLaTeX (pdflatex cannot load it)"
        return line[:200]
    return "no error line in the log"


def run(cmd: list[str], cwd: Path, timeout: int) -> tuple[int, str]:
    try:
        p = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, errors="replace",
                           timeout=timeout, stdin=subprocess.DEVNULL)
        return p.returncode, p.stdout + p.stderr
    except subprocess.TimeoutExpired:
        return -1, f"timeout after {timeout} s"
    except FileNotFoundError:
        return -2, f"{cmd[0]} not installed"


def choose_engine(tex: str, engine: str) -> str:
    if engine != "auto":
        return engine
    if re.search(r"\\usepackage\s*(\[[^\]]*\])?\s*\{fontspec\}", tex) or re.search(r"\\RequirePackage\s*\{fontspec\}", tex):
        return "xelatex" if shutil.which("xelatex") else "pdflatex"
    return "pdflatex"


def compile_one(src: Path, outdir: Path, timeout: int, engine: str) -> tuple[bool, str]:
    raw = src.read_bytes().decode("utf-8", errors="replace")
    tex = strip_comments(raw)
    eng = choose_engine(tex, engine)
    tool = bib_tool(tex)
    stem = src.stem
    with tempfile.TemporaryDirectory(prefix="render_tex_") as tmp:
        work = Path(tmp)
        shutil.copy2(src, work / src.name)
        for sib in src.parent.iterdir():
            if sib.is_file() and sib.suffix.lower() in SIBLING_EXT and sib.name != f"{stem}.pdf":
                shutil.copy2(sib, work / sib.name)
        cmd = [eng, *FLAGS, src.name]
        steps = [("engine pass 1", cmd)]
        if tool == "bibtex":
            steps.append(("bibtex", ["bibtex", stem]))
        elif tool == "biber":
            steps.append(("biber", ["biber", stem]))
        steps += [("engine pass 2", cmd), ("engine pass 3", cmd)] if tool else [("engine pass 2", cmd)]
        for name, c in steps:
            rc, out = run(c, work, timeout)
            if rc != 0:
                if rc in (-1, -2):
                    return False, f"{name}: {out}"
                if c[0] == eng:
                    log = (work / f"{stem}.log")
                    text = log.read_text(errors="replace") if log.exists() else out
                    return False, f"{eng} ({name}): {first_error(text)}"
                # bibtex returns 1 for warnings, 2 for errors; biber non-zero on errors
                if c[0] == "bibtex" and rc == 1:
                    continue
                err = [l for l in out.splitlines() if re.search(r"ERROR|error|I couldn't|I found no", l)]
                return False, f"{name} (rc {rc}): {(err or out.splitlines()[-1:] or ['?'])[0][:200]}"
        pdf = work / f"{stem}.pdf"
        if not pdf.exists():
            return False, "no PDF produced"
        log = (work / f"{stem}.log").read_text(errors="replace")
        pages = re.search(r"Output written on .*\((\d+) pages?", log)
        undefined = len(re.findall(r"Citation `[^']+' .*undefined|Reference `[^']+' .*undefined", log))
        outdir.mkdir(parents=True, exist_ok=True)
        shutil.copy2(pdf, outdir / pdf.name)
    gold = src.with_name(f"{stem}.gold.json")
    note = f"{eng}" + (f"+{tool}" if tool else "") + (f", {pages.group(1)} pages" if pages else "")
    if undefined:
        note += f", {undefined} undefined citation/reference warnings"
    if gold.exists():
        if gold.resolve() != (outdir / gold.name).resolve():
            shutil.copy2(gold, outdir / gold.name)
        note += ", gold copied"
    else:
        note += ", no gold beside the source"
    return True, note


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("outdir", type=Path)
    ap.add_argument("files", nargs="+", type=Path)
    ap.add_argument("--timeout", type=int, default=120, help="seconds per tool call (default 120)")
    ap.add_argument("--engine", default="pdflatex", choices=["pdflatex", "xelatex", "lualatex", "auto"])
    args = ap.parse_args(argv)
    ok, bad = [], []
    for f in args.files:
        if not f.exists() or f.suffix != ".tex":
            bad.append((f, "not an existing .tex file"))
            continue
        good, msg = compile_one(f.resolve(), args.outdir, args.timeout, args.engine)
        (ok if good else bad).append((f, msg))
        print(f"{'OK  ' if good else 'FAIL'} {f.name}: {msg}", flush=True)
    print(f"\ncompiled {len(ok)} of {len(ok) + len(bad)} into {args.outdir}")
    for f, msg in bad:
        print(f"  failed: {f.name}: {msg}")
    return 0 if not bad else 1


if __name__ == "__main__":
    sys.exit(main())
