#!/usr/bin/env python3
"""Render the development documents to PDF and DOCX with system tools, for the PDF/DOCX readers.

    python3 scripts/render_dev.py [SOURCE_DIR] [OUT_DIR] [--only STEM ...] [--no-docx] [--no-pdf]

Defaults: SOURCE_DIR = ../shared/dev (relative to the repository root), OUT_DIR = out/rendered.
The source documents are read where they are and never copied into the repository; OUT_DIR
(under ``out/``, which git ignores) gets ``<stem>.pdf``, ``<stem>.docx`` and the matching
``<stem>.gold.json``, so ``python3 ../shared/bench/score_parse.py OUT_DIR PRED_DIR`` works.

PDF: the source is turned into standalone HTML by pandoc (``.tex`` with pandoc's LaTeX reader,
``.md``/``.txt`` Markdown, ``.rst`` reStructuredText; ``.html`` is used as is), then printed by
headless Chromium with the flags that keep it off the network.  DOCX: ``pandoc -o x.docx``.
A document a tool cannot handle is skipped with a message; the exit status is 1 only when
nothing at all was rendered.
"""
from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PANDOC_FROM = {".tex": "latex", ".ltx": "latex", ".md": "markdown", ".markdown": "markdown",
               ".txt": "markdown", ".rst": "rst", ".html": "html", ".htm": "html"}
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run",
                  "--disable-extensions", "--disable-default-apps", "--no-pdf-header-footer"]
TIMEOUT = 90
# CV-class commands pandoc's LaTeX reader does not know (it drops them with their text):
# defined here so their content survives (pandoc expands \newcommand macros itself).
LATEX_PRELUDE = r"""
\providecommand{\cvitem}[3][]{\par #2: #3\par}
\providecommand{\cvitemwithcomment}[4][]{\par #2: #3 #4\par}
\providecommand{\cvdoubleitem}[5][]{\par #2: #3\par #4: #5\par}
\providecommand{\cvlistitem}[2][]{\par #2\par}
\providecommand{\cvlistdoubleitem}[3][]{\par #2\par #3\par}
\providecommand{\cventry}[7][]{\par #2 \textbf{#3}, #4, #5, #6. #7\par}
"""


def find_chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    return None


def sources(src: Path, only: list[str] | None = None) -> list[Path]:
    out = []
    for p in sorted(src.iterdir()):
        if not p.is_file() or p.name.endswith(".gold.json") or p.name.upper().startswith(("README", "AUDIT")):
            continue
        if only and p.stem not in only and p.name not in only:
            continue
        out.append(p)
    return out


def _run(cmd: list[str], cwd: Path | None = None) -> None:
    r = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=TIMEOUT,
                       stdin=subprocess.DEVNULL)
    if r.returncode != 0:
        tail = (r.stderr or r.stdout).strip().splitlines()[-3:]
        raise RuntimeError(f"{Path(cmd[0]).name} exited {r.returncode}: {' | '.join(tail)}")


def to_html(path: Path, tmp: Path) -> Path:
    """Standalone HTML for one source (the file itself when it is HTML already)."""
    if path.suffix.lower() in (".html", ".htm"):
        return path
    fmt = _pandoc_format(path)
    out = tmp / (path.stem + ".html")
    _run(["pandoc", "-f", fmt, "-t", "html5", "--standalone", "--metadata", f"pagetitle={path.stem}",
          "-o", str(out), str(_prepared(path, fmt, tmp))], cwd=path.parent)
    return out


def _pandoc_format(path: Path) -> str:
    """pandoc's reader for a file, by content where the extension says too little (.txt)."""
    from scholarscope.read.detect import detect_format

    fmt = detect_format(path.name, path.read_bytes())
    # plain text keeps its line breaks when printed (pandoc's Markdown would re-flow them into paragraphs)
    return {"tex": "latex", "md": "markdown", "txt": "markdown+hard_line_breaks", "rst": "rst", "html": "html",
            "jemdoc": "markdown"}.get(fmt, PANDOC_FROM.get(path.suffix.lower(), "markdown"))


def _as_markdown(path: Path, tmp: Path) -> Path:
    """jemdoc has no pandoc reader: write what our reader sees as Markdown, one line per line."""
    from scholarscope.read import read_file
    from scholarscope.read.text import BOLD_OFF, BOLD_ON, ITAL_OFF, ITAL_ON

    text = read_file(path).text
    for a, b in ((BOLD_ON, "**"), (BOLD_OFF, "**"), (ITAL_ON, "*"), (ITAL_OFF, "*")):
        text = text.replace(a, b)
    lines = [ln.replace("\t", " — ") for ln in text.split("\n")]
    out = tmp / (path.stem + ".md")
    out.write_text("\n".join(ln + ("  " if ln.strip() and not ln.startswith("#") else "") for ln in lines), "utf-8")
    return out


def _prepared(path: Path, fmt: str, tmp: Path) -> Path:
    """The file pandoc reads: LaTeX gets the CV-class prelude (in a temporary copy)."""
    from scholarscope.read.detect import detect_format

    if detect_format(path.name, path.read_bytes()) == "jemdoc":
        return _as_markdown(path, tmp)
    if fmt == "html":  # a picture whose file is not here stops pandoc's DOCX writer; it holds no CV text
        out = tmp / ("prepared-" + path.name)
        out.write_text(re.sub(r"<img\b[^>]*>", "", path.read_text(encoding="utf-8", errors="replace"), flags=re.I), "utf-8")
        return out
    if fmt != "latex":
        return path
    src = path.read_text(encoding="utf-8", errors="replace")
    # TeX primitive assignments ("\hangindent=2em") are layout; pandoc prints them as text ("=2em")
    src = re.sub(r"\\(?:hangindent|parindent|parskip|leftskip|rightskip|baselineskip|hsize)\s*=\s*-?[\d.]+\s*"
                 r"(?:em|ex|pt|bp|cm|mm|in)", "", src)
    src = re.sub(r"\\(hfill|quad|qquad)(?=#)", r"\\\1{} ", src)  # pandoc loses "\hfill#1"'s argument when it is a number
    m = re.search(r"\\begin\{document\}", src)
    at = m.start() if m else 0
    out = tmp / ("prepared-" + path.name)
    out.write_text(src[:at] + LATEX_PRELUDE + src[at:], encoding="utf-8")
    return out


def print_pdf(chromium: str, html: Path, out: Path, tmp: Path) -> None:
    profile = tempfile.mkdtemp(prefix="chromium-", dir=tmp)
    if out.exists():
        out.unlink()
    _run([chromium, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", f"--print-to-pdf={out}",
          html.resolve().as_uri()])
    if not out.exists() or out.stat().st_size == 0:
        raise RuntimeError("chromium wrote no PDF")


def to_docx(path: Path, out: Path) -> None:
    fmt = _pandoc_format(path)
    with tempfile.TemporaryDirectory(prefix="render-") as t:
        _run(["pandoc", "-f", fmt, "-o", str(out), str(_prepared(path, fmt, Path(t)))], cwd=path.parent)


def render_one(path: Path, out_dir: Path, chromium: str | None, pdf: bool, docx: bool) -> dict:
    result = {"doc": path.name, "pdf": None, "docx": None, "errors": []}
    with tempfile.TemporaryDirectory(prefix="render-") as t:
        tmp = Path(t)
        if pdf:
            if chromium is None or shutil.which("pandoc") is None and path.suffix.lower() not in (".html", ".htm"):
                result["errors"].append("pdf: chromium or pandoc missing")
            else:
                try:
                    target = out_dir / (path.stem + ".pdf")
                    print_pdf(chromium, to_html(path, tmp), target, tmp)
                    result["pdf"] = target
                except (RuntimeError, OSError, subprocess.TimeoutExpired) as exc:
                    result["errors"].append(f"pdf: {exc}")
        if docx:
            if shutil.which("pandoc") is None:
                result["errors"].append("docx: pandoc missing")
            else:
                try:
                    target = out_dir / (path.stem + ".docx")
                    to_docx(path, target)
                    result["docx"] = target
                except (RuntimeError, OSError, subprocess.TimeoutExpired) as exc:
                    result["errors"].append(f"docx: {exc}")
    gold = path.with_name(path.stem + ".gold.json")
    if (result["pdf"] or result["docx"]) and gold.exists():
        shutil.copyfile(gold, out_dir / gold.name)
    return result


def render(src: Path, out_dir: Path, only: list[str] | None = None, pdf: bool = True,
           docx: bool = True, jobs: int = 4, quiet: bool = False) -> list[dict]:
    out_dir.mkdir(parents=True, exist_ok=True)
    chromium = find_chromium()
    docs = sources(src, only)
    with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
        results = list(pool.map(lambda p: render_one(p, out_dir, chromium, pdf, docx), docs))
    if not quiet:
        for r in results:
            done = [k for k in ("pdf", "docx") if r[k]]
            print(f"{r['doc']}: {', '.join(done) or 'nothing rendered'}")
            for e in r["errors"]:
                print(f"  skipped {e}", file=sys.stderr)
        n_pdf = sum(1 for r in results if r["pdf"])
        n_docx = sum(1 for r in results if r["docx"])
        print(f"rendered {n_pdf} PDF and {n_docx} DOCX of {len(results)} documents into {out_dir}")
    return results


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("source", nargs="?", default=str(ROOT.parent / "shared" / "dev"))
    ap.add_argument("out", nargs="?", default=str(ROOT / "out" / "rendered"))
    ap.add_argument("--only", nargs="*", help="stems (or file names) to render")
    ap.add_argument("--no-pdf", action="store_true")
    ap.add_argument("--no-docx", action="store_true")
    ap.add_argument("-j", "--jobs", type=int, default=4)
    a = ap.parse_args(argv)
    src = Path(a.source)
    if not src.is_dir():
        print(f"render_dev: source folder {src} not found", file=sys.stderr)
        return 2
    results = render(src, Path(a.out), a.only, not a.no_pdf, not a.no_docx, a.jobs)
    return 0 if any(r["pdf"] or r["docx"] for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
