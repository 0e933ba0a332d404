"""Accuracy as a test (in the style of dedupe): the parser on the seeds, the dev set and our own CVs.

Thresholds sit a little below what the parser measured when they were last raised, so a
regression fails the suite; raise them as the parser improves.
"""
from __future__ import annotations

from pathlib import Path

from tests.conftest import ROOT, documents, score_folder, shared_or_skip


def test_seeds_meet_the_issue_targets(tmp_path: Path) -> None:
    seeds, gold = shared_or_skip("seeds"), shared_or_skip("gold")
    r = score_folder(gold, documents(seeds), tmp_path)
    pubs = r["publications"]
    assert pubs["entry_f1"] >= 0.99
    assert pubs["field_f1_micro"] >= 0.97
    assert r["education"]["entry_f1"] >= 0.9
    assert r["positions"]["entry_f1"] >= 0.9
    assert r["person_name_ok"] == "5/5"


def test_dev_set(tmp_path: Path) -> None:
    dev = shared_or_skip("dev")
    r = score_folder(dev, documents(dev), tmp_path)
    assert r["publications"]["field_f1_micro"] >= 0.96  # the issue's target is 0.95; measured 0.968
    assert r["publications"]["entry_f1"] >= 0.97
    assert r["positions"]["entry_f1"] >= 0.84  # measured 0.87


def test_own_labelled_cvs(tmp_path: Path) -> None:
    folder = ROOT / "tests" / "data" / "cvs"
    r = score_folder(folder, documents(folder), tmp_path)
    # measured 0.951 / 0.975 (55 documents; 22-26, 27-31, 32-36, 37-38, 39-40, 41-45, 46-50 and 51-55 added after
    # the parser was written, first runs 0.755, 0.623, 0.705, 0.788, 0.077, 0.449, 0.471 and 0.836); positions 0.88
    assert r["publications"]["field_f1_micro"] >= 0.94
    assert r["publications"]["entry_f1"] >= 0.965
    assert r["education"]["entry_f1"] >= 0.97
    assert r["positions"]["entry_f1"] >= 0.86


def test_native_pdf_and_docx_cvs(tmp_path: Path) -> None:
    """CVs whose own layout is a PDF or Word document (date columns, sidebars, Europass and year|citation tables,
    running headers, a Google-Docs export, APA with wrapped DOIs, XeLaTeX, biblatex, a Word table page, a two-column
    list, a Word-like PDF, currvita + BibTeX, a longtable with a type column, Word text boxes and group numbering, a
    Harvard faculty CV, an NIH biosketch, AltaCV, a pandoc DOCX, CSS counters, a German biblatex Lebenslauf, Word's
    bibliography field, biblatex-phys, an Italian citation table, Jake's resume, a Word PDF in ESA style, a DOCX with
    impact notes, a Google Scholar page and a LinkedIn profile printed to PDF, an ERC track record, a Deedy résumé,
    Word tables with tracked changes, Europass, pandoc IEEE, an annual activity report, a Japanese 履歴書, an ORCID
    record printed to PDF, moderncv banking with multibib, a Word two-column table CV printed to PDF, Word heading
    numbering with footnotes, a Canadian Common CV export, a Chinese 个人简历 DOCX, a Zotero field bibliography, a
    SciENcv NSF biosketch, the limecv class, a Google Docs résumé template and an EndNote field bibliography):
    tests/data/cvs_native. Documents 09-13, 14-18, 19-23, 24-28, 29-31, 32-34, 35-39, 40-44, 45-49 and 50-54 were
    added after the parser was written (first runs: field 0.785, 0.664, 0.794, 0.756, 0.918, 0.602, 0.342, 0.577,
    0.847 and 0.840); all 54 now measure 0.962 / 0.982."""
    folder = ROOT / "tests" / "data" / "cvs_native"
    files = sorted(folder.glob("*.pdf")) + sorted(folder.glob("*.docx"))
    assert len(files) == 54
    r = score_folder(folder, files, tmp_path)
    assert r["publications"]["field_f1_micro"] >= 0.95  # measured 0.962
    assert r["publications"]["entry_f1"] >= 0.97  # measured 0.982
    assert r["education"]["entry_f1"] >= 0.94
    assert r["positions"]["entry_f1"] >= 0.86  # measured 0.88
    assert r["person_name_ok"] == "53/54"  # 49: a Chinese form's name cell (the owner's bold citation form wins)


def test_latex_compiled_pdf_cvs(tmp_path: Path) -> None:
    """CVs compiled by pdfTeX (moderncv, \\hfill dates, tabular, BibTeX, biblatex, minipage header):
    TeX ligatures and accents, year labels, dot leaders; tests/data/cvs_latex."""
    folder = ROOT / "tests" / "data" / "cvs_latex"
    files = sorted(folder.glob("*.pdf"))
    assert len(files) == 6
    r = score_folder(folder, files, tmp_path)
    assert r["publications"]["field_f1_micro"] >= 0.94
    assert r["publications"]["entry_f1"] >= 0.98
    assert r["positions"]["entry_f1"] >= 0.85


def test_rendered_pdf_and_docx(tmp_path: Path) -> None:
    """The dev documents printed to PDF (pandoc + Chromium) and DOCX (pandoc); the same gold applies."""
    import shutil
    import subprocess
    import sys

    import pytest

    dev = shared_or_skip("dev")
    if not (shutil.which("pandoc") and (shutil.which("chromium") or Path("/usr/bin/chromium").exists())):
        pytest.skip("pandoc or chromium not installed (Debian packages; .ci/run installs them)")
    rendered = tmp_path / "rendered"
    r = subprocess.run([sys.executable, str(ROOT / "scripts" / "render_dev.py"), str(dev), str(rendered)],
                       capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stderr[-2000:]
    pdfs = sorted(rendered.glob("*.pdf"))
    docxs = sorted(rendered.glob("*.docx"))
    assert len(pdfs) >= 8 and len(docxs) >= 4
    out_pdf, out_docx = tmp_path / "pdf", tmp_path / "docx"
    out_pdf.mkdir()
    out_docx.mkdir()
    pdf = score_folder(rendered, pdfs, out_pdf)
    docx = score_folder(rendered, docxs, out_docx)
    assert pdf["publications"]["field_f1_micro"] >= 0.91  # the issue's target for PDFs is 0.90; measured 0.919
    assert docx["publications"]["field_f1_micro"] >= 0.91  # measured 0.923
