#!/usr/bin/env python3
"""Speed and memory of the PDF reader: pages per second and peak RSS.

    .venv/bin/python bench/read_speed.py [PDF_DIR_OR_FILES ...] [--repeat N] [--json]

Default input: the rendered dev PDFs in out/rendered (make them with scripts/render_dev.py);
when there are none, synthetic CV-like PDFs (40 pages of 48 lines each, built in memory)
are read instead.  Reports per file and in total: pages, seconds, pages/s, and the process's
peak resident memory before and after reading.
"""
from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from scholarscope.read import pdf  # noqa: E402


def peak_rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0  # KiB on Linux


def synthetic(n_docs: int = 3, n_pages: int = 40) -> list[tuple[str, bytes]]:
    """CV-like PDFs in the standard fonts (no external tools needed)."""
    def esc(s: str) -> bytes:
        return s.encode("cp1252").replace(b"(", b"\\(").replace(b")", b"\\)")

    docs = []
    for d in range(n_docs):
        objs = {3: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
                4: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"}
        kids, nxt = [], 5
        for p in range(n_pages):
            lines = [b"BT /F2 14 Tf 72 750 Td (%s) Tj ET" % esc(f"Section {p}")]
            for i in range(48):
                y = 730 - 14 * i
                lines.append(b"BT /F1 10 Tf 72 %d Td (%s) Tj ET" % (y, esc(
                    f"{i + 1}. Author, A., Doe, J. A title about topic {d}-{p}-{i}. Journal of Things, 20{i % 25:02d}.")))
                lines.append(b"BT /F1 10 Tf 500 %d Td (%s) Tj ET" % (y, esc(f"20{i % 25:02d}")))
            body = b"\n".join(lines)
            objs[nxt] = b"<< /Length %d >>\nstream\n" % len(body) + body + b"\nendstream"
            objs[nxt + 1] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font "
                             b"<< /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>" % nxt)
            kids.append(b"%d 0 R" % (nxt + 1))
            nxt += 2
        objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
        objs[2] = b"<< /Type /Pages /Kids [" + b" ".join(kids) + b"] /Count %d >>" % len(kids)
        out = bytearray(b"%PDF-1.4\n")
        offs = {}
        for i in sorted(objs):
            offs[i] = len(out)
            out += b"%d 0 obj\n" % i + objs[i] + b"\nendobj\n"
        x = len(out)
        out += b"xref\n0 %d\n0000000000 65535 f \n" % (max(objs) + 1)
        out += b"".join(b"%010d 00000 n \n" % offs[i] for i in range(1, max(objs) + 1))
        out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (max(objs) + 1, x)
        docs.append((f"synthetic-{d}.pdf", bytes(out)))
    return docs


def count_pages(data: bytes) -> int:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(data)
    try:
        return len(doc)
    finally:
        doc.close()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="PDF reader speed: pages/s and peak RSS")
    ap.add_argument("inputs", nargs="*", help="PDF files or folders (default: out/rendered)")
    ap.add_argument("--repeat", type=int, default=3, help="read each file this many times")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args(argv)
    paths: list[Path] = []
    for inp in a.inputs or [str(ROOT / "out" / "rendered")]:
        p = Path(inp)
        paths.extend(sorted(p.glob("*.pdf")) if p.is_dir() else [p] if p.exists() else [])
    docs = [(p.name, p.read_bytes()) for p in paths] or synthetic()
    source = "files" if paths else "synthetic"
    rss0 = peak_rss_mib()
    rows = []
    total_pages = 0
    total_s = 0.0
    for name, data in docs:
        pages = count_pages(data)
        t0 = time.perf_counter()
        for _ in range(a.repeat):
            text = pdf.read(data, name)
        dt = (time.perf_counter() - t0) / a.repeat
        total_pages += pages
        total_s += dt
        rows.append({"file": name, "pages": pages, "seconds": round(dt, 4),
                     "pages_per_s": round(pages / dt, 1) if dt else None, "chars": len(text.text)})
    summary = {"source": source, "files": len(rows), "pages": total_pages, "seconds": round(total_s, 3),
               "pages_per_s": round(total_pages / total_s, 1) if total_s else None,
               "peak_rss_mib_before": round(rss0, 1), "peak_rss_mib": round(peak_rss_mib(), 1)}
    if a.json:
        print(json.dumps({"rows": rows, "summary": summary}, indent=2))
    else:
        for r in rows:
            print(f"{r['file']:40s} {r['pages']:4d} p  {r['seconds']:7.3f} s  {r['pages_per_s']:8.1f} p/s")
        print(f"total ({source}): {total_pages} pages in {total_s:.3f} s = {summary['pages_per_s']} pages/s; "
              f"peak RSS {summary['peak_rss_mib']} MiB (before reading {summary['peak_rss_mib_before']} MiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
