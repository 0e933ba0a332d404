"""PDF reader: hand-built PDFs (always), Chromium-printed HTML and rendered dev documents
(when the system tools are there), and damaged input."""
from __future__ import annotations

import importlib.util
import json
import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest

import scholarscope
from scholarscope.errors import CorruptDocumentError, InputError, UnreadableFileError
from scholarscope.read import read_bytes, read_file
from scholarscope.read.pdf import PAGE_STRIDE, read
from scholarscope.read.text import BOLD_OFF, BOLD_ON, ITAL_OFF, ITAL_ON, strip_markup

ROOT = Path(__file__).resolve().parents[2]
DEV = ROOT.parent / "shared" / "dev"
CHROMIUM = shutil.which("chromium") or ("/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)


# ---------------------------------------------------------------- a tiny PDF writer

def _esc(s: str) -> bytes:
    b = s.encode("cp1252")
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def make_pdf(pages: list[list[tuple]], links: list[list[tuple]] | None = None, text: bool = True) -> bytes:
    """A valid PDF with a text layer in the standard 14 fonts.

    ``pages``: per page a list of (font, size, x, y, string) with font one of
    R (Helvetica), B (Helvetica-Bold), I (Helvetica-Oblique).  ``links``: per page a list of
    (x0, y0, x1, y1, url) link annotations.  ``text=False`` draws rectangles only (a "scan").
    """
    links = links or [[] for _ in pages]
    objs: dict[int, bytes] = {}
    fonts = {"R": "Helvetica", "B": "Helvetica-Bold", "I": "Helvetica-Oblique"}
    font_ids = {}
    nxt = 3
    for key, base in fonts.items():
        objs[nxt] = (f"<< /Type /Font /Subtype /Type1 /BaseFont /{base} "
                     f"/Encoding /WinAnsiEncoding >>").encode()
        font_ids[key] = nxt
        nxt += 1
    font_res = " ".join(f"/F{k} {v} 0 R" for k, v in font_ids.items())
    kids = []
    for pi, items in enumerate(pages):
        if text:
            body = b"".join(b"BT /F%s %g Tf %g %g Td (%s) Tj ET\n" % (f.encode(), size, x, y, _esc(s))
                            for f, size, x, y, s in items)
        else:
            body = b"0.5 g 72 500 300 200 re f\n"
        content_id, page_id = nxt, nxt + 1
        nxt += 2
        objs[content_id] = b"<< /Length %d >>\nstream\n" % len(body) + body + b"\nendstream"
        annots = []
        for (x0, y0, x1, y1, url) in links[pi] if pi < len(links) else []:
            objs[nxt] = (f"<< /Type /Annot /Subtype /Link /Rect [{x0} {y0} {x1} {y1}] /Border [0 0 0] "
                         f"/A << /S /URI /URI ({url}) >> >>").encode()
            annots.append(f"{nxt} 0 R")
            nxt += 1
        annot = f" /Annots [{' '.join(annots)}]" if annots else ""
        objs[page_id] = (f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
                         f"/Resources << /Font << {font_res} >> >> /Contents {content_id} 0 R{annot} >>").encode()
        kids.append(f"{page_id} 0 R")
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[2] = f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {len(kids)} >>".encode()
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for i in sorted(objs):
        offsets[i] = len(out)
        out += b"%d 0 obj\n" % i + objs[i] + b"\nendobj\n"
    xref = len(out)
    n = max(objs) + 1
    out += b"xref\n0 %d\n0000000000 65535 f \n" % n
    for i in range(1, n):
        out += b"%010d 00000 n \n" % offsets.get(i, 0)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (n, xref)
    return bytes(out)


def _width(s: str, size: float) -> float:
    return 0.5 * size * len(s)  # rough Helvetica width, enough to place the next run


def cv_pdf() -> bytes:
    p1 = [
        ("B", 20, 72, 740, "Jane Q. Doe"),
        ("R", 10, 72, 722, "Department of Physics, Example University"),
        ("B", 14, 72, 690, "Experience"),
        ("R", 10, 72, 670, "Postdoctoral Researcher, MIT"),
        ("R", 10, 480, 670, "2019 - 2021"),
        ("R", 10, 72, 656, "We ran many careful experi-"),
        ("R", 10, 72, 642, "ments on superconductors."),
        ("B", 14, 72, 610, "Publications"),
        ("R", 10, 72, 590, "1."),
        ("B", 10, 90, 590, "Doe, J."),
        ("R", 10, 90 + _width("Doe, J. ", 10), 590, "and Smith, A. Quantum widgets at scale."),
        ("I", 10, 90, 576, "Physical Review Letters"),
        ("R", 10, 90 + _width("Physical Review Letters ", 10) + 6, 576, ", 2020. Paper"),
        ("R", 10, 72, 556, "2."),
        ("R", 10, 90, 556, "Smith, A. and"),
        ("B", 10, 90 + _width("Smith, A. and ", 10) + 4, 556, "Doe, J."),
        ("R", 10, 90, 542, "Another result. Nature, 2018."),
        ("R", 10, 72, 520, "\u2022"),
        ("R", 10, 84, 520, "Invited talk at the APS March Meeting"),
        ("R", 9, 250, 40, "Jane Q. Doe - Curriculum Vitae"),
        ("R", 9, 300, 25, "1"),
    ]
    p2 = [
        ("B", 14, 72, 740, "Teaching"),
        ("R", 10, 72, 720, "Physics 101, Example University"),
        ("R", 9, 250, 40, "Jane Q. Doe - Curriculum Vitae"),
        ("R", 9, 300, 25, "2"),
    ]
    paper_x = 90 + _width("Physical Review Letters ", 10) + 6 + _width(", 2020. ", 10)
    links = [[(paper_x - 2, 572, paper_x + 40, 586, "https://doi.org/10.1000/xyz123")], []]
    return make_pdf([p1, p2], links)


# ---------------------------------------------------------------- hand-built PDF

@pytest.fixture(scope="module")
def cv_text():
    return read(cv_pdf(), "cv.pdf")


def test_headings_from_larger_font(cv_text):
    lines = cv_text.text.splitlines()
    assert "# Jane Q. Doe" in lines
    assert "## Experience" in lines
    assert "## Publications" in lines
    assert "## Teaching" in lines


def test_numbered_items_bold_italic(cv_text):
    t = cv_text.text
    item1 = next(ln for ln in t.splitlines() if ln.startswith("1. "))
    assert item1.startswith(f"1. {BOLD_ON}Doe, J.{BOLD_OFF} and Smith")
    assert f"{ITAL_ON}Physical Review Letters{ITAL_OFF}" in t
    assert any(ln.startswith("2. Smith, A. and " + BOLD_ON + "Doe, J." + BOLD_OFF) for ln in t.splitlines())


def test_bullet_link_tab_hyphen(cv_text):
    t = cv_text.text
    assert "- Invited talk at the APS March Meeting" in t.splitlines()
    assert "Paper <https://doi.org/10.1000/xyz123>" in t
    assert "Postdoctoral Researcher, MIT\t2019 - 2021" in t
    assert "experiments on superconductors." in t


def test_running_footer_and_page_numbers_removed(cv_text):
    plain = strip_markup(cv_text.text)
    assert "Curriculum Vitae" not in plain
    assert not any(ln.strip() in ("1", "2") for ln in plain.splitlines())


def test_anchors_point_at_page_and_char(cv_text):
    t = cv_text
    i = t.text.index("Teaching")
    off = t.source_offset(t.text.rindex("\n", 0, i) + 1)
    assert off // PAGE_STRIDE == 1 and off % PAGE_STRIDE == 0
    assert t.source_offset(0) == 0
    assert t.format == "pdf" and t.name == "cv.pdf"


def test_read_bytes_dispatches_pdf():
    t = read_bytes(cv_pdf(), "x.pdf")
    assert t.format == "pdf" and "# Jane Q. Doe" in t.text


def test_many_full_pages_are_all_read():
    # speed is measured by bench/read_speed.py, not here (a timed test fails on a busy machine)
    pages = [[("R", 10, 72, 740 - 14 * i, f"Line {i} of page {p}, a long publication list with words to fill it")
              for i in range(48)] for p in range(40)]
    t = read(make_pdf(pages), "long.pdf")
    assert t.text.count("Line 47 of") == 40 and t.text.count("Line 0 of page") == 40


# ---------------------------------------------------------------- bad input

def test_no_text_layer_is_a_clear_error():
    data = make_pdf([[("R", 10, 72, 700, "x")]], text=False)
    with pytest.raises(CorruptDocumentError, match=r"scan\.pdf: scanned PDF: no text layer; OCR is not supported"):
        read(data, "scan.pdf")


def test_random_bytes_named_pdf(tmp_path):
    p = tmp_path / "noise.pdf"
    p.write_bytes(bytes(range(7, 250)) * 20)
    with pytest.raises(CorruptDocumentError) as ei:
        read_file(p)
    assert str(p) in str(ei.value) and "not a PDF" in str(ei.value)


def test_truncated_pdf(tmp_path):
    data = cv_pdf()
    p = tmp_path / "cut.pdf"
    p.write_bytes(data[: len(data) // 5])
    with pytest.raises(CorruptDocumentError) as ei:
        read_file(p)
    assert str(p) in str(ei.value)


def test_header_only_pdf():
    with pytest.raises(CorruptDocumentError, match=r"h\.pdf: damaged PDF"):
        read(b"%PDF-1.7\n%%EOF\n", "h.pdf")


def test_empty_pdf(tmp_path):
    p = tmp_path / "empty.pdf"
    p.write_bytes(b"")
    with pytest.raises(UnreadableFileError, match="empty"):
        read_file(p)
    with pytest.raises(InputError, match=r"e\.pdf"):
        read(b"", "e.pdf")


# ---------------------------------------------------------------- Chromium-printed HTML

HTML = """<!doctype html><html><head><meta charset="utf-8"><title>cv</title></head><body>
<h1>Ada Example</h1>
<p>Professor of Chemistry</p>
<h2>Selected Publications</h2>
<ol>
<li><b>A. Example</b>, B. Other. Catalysis in the small. <i>Journal of Catalysis</i>, 2021.
<a href="https://example.org/paper1">PDF</a></li>
<li>C. Third, <b>A. Example</b>. Molecules at work. <i>Science</i>, 2019.</li>
</ol>
<h2>Service</h2>
<ul><li>Reviewer for Nature</li><li>Editor of JACS</li></ul>
</body></html>"""


@pytest.fixture(scope="module")
def printed(tmp_path_factory):
    return _print(HTML, tmp_path_factory.mktemp("print"))


def _print(page: str, d):
    if not CHROMIUM:
        pytest.skip("chromium is not installed (apt-get install chromium): cannot print HTML to PDF")
    html = d / "cv.html"
    html.write_text(page, encoding="utf-8")
    out = d / "cv.pdf"
    cmd = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
           "--disable-component-update", "--disable-sync", "--no-first-run", f"--user-data-dir={d / 'profile'}",
           f"--print-to-pdf={out}", "--no-pdf-header-footer", html.as_uri()]
    try:
        subprocess.run(cmd, capture_output=True, timeout=60, check=False, stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        pytest.skip("chromium timed out printing a page")
    if not out.exists():
        pytest.skip("chromium did not print the page")
    return read_file(out)


def test_chromium_pdf_structure(printed):
    lines = printed.text.splitlines()
    assert lines[0] == "# Ada Example"
    assert "## Selected Publications" in lines and "## Service" in lines
    item = next(ln for ln in lines if ln.startswith("1. "))
    assert item.startswith(f"1. {BOLD_ON}A. Example{BOLD_OFF}, B. Other.")
    assert f"{ITAL_ON}Journal of Catalysis{ITAL_OFF}" in printed.text
    assert "PDF <https://example.org/paper1>" in printed.text
    assert any(ln.startswith("2. C. Third, " + BOLD_ON + "A. Example") for ln in lines)
    assert "- Reviewer for Nature" in lines and "- Editor of JACS" in lines


WRAPPED_LINK = """<!doctype html><html><head><meta charset="utf-8"><style>li { width: 260px }</style></head><body>
<h2>Publications</h2><ul>
<li><a href="https://example.org/p1">Probabilistic Widget Recovery In Three Dimensional Scenes From Egocentric Gadget Views</a><br>
<b>Ann Lee</b>, Bo Chan<br><i>CVPR</i>, 2023</li>
</ul></body></html>"""


def test_a_link_wrapped_by_the_width_is_one_line(tmp_path):
    # the title is one link: the line break inside its anchor is layout, even before a capital
    text = strip_markup(_print(WRAPPED_LINK, tmp_path).text)
    title = "Probabilistic Widget Recovery In Three Dimensional Scenes From Egocentric Gadget Views"
    assert title + " <https://example.org/p1>" in text
    pub = scholarscope.parse_file(tmp_path / "cv.pdf").publications[0]
    assert pub.title == title and pub.authors == ["Ann Lee", "Bo Chan"]


# ---------------------------------------------------------------- dev documents, end to end

def _norm(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^0-9a-z]+", " ", s.lower()).split())


def _render_dev():
    spec = importlib.util.spec_from_file_location("render_dev", ROOT / "scripts" / "render_dev.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.mark.parametrize("stem", ["B02_niu-publications", "A05_belmar-polisci"])
def test_rendered_dev_document_keeps_gold_titles(stem, tmp_path):
    if not DEV.is_dir():
        pytest.skip(f"{DEV} not found: the shared development set is not here")
    if not CHROMIUM or not shutil.which("pandoc"):
        pytest.skip("pandoc and chromium are needed to render the dev documents")
    gold_path = DEV / f"{stem}.gold.json"
    if not gold_path.exists():
        pytest.skip(f"{gold_path.name} not found")
    mod = _render_dev()
    results = mod.render(DEV, tmp_path, only=[stem], docx=False, jobs=1, quiet=True)
    if not results or not results[0]["pdf"]:
        pytest.skip(f"rendering failed: {results and results[0]['errors']}")
    assert (tmp_path / gold_path.name).exists()
    text = _norm(strip_markup(read_file(results[0]["pdf"]).text))
    titles = [p["title"] for p in json.loads(gold_path.read_text(encoding="utf-8")).get("publications", [])
              if p.get("title")]
    assert titles
    missing = [t for t in titles if _norm(t) not in text]
    assert len(missing) <= len(titles) // 10, f"{len(missing)}/{len(titles)} titles missing, e.g. {missing[:3]}"


def test_two_column_page_reads_left_column_first():
    left = [("R", 10, 72, 700 - 14 * i, f"Left column sentence number {i:02d} goes on") for i in range(15)]
    right = [("R", 10, 330, 700 - 14 * i, f"Right column sentence number {i:02d} goes on") for i in range(15)]
    # interleave the drawing order: row by row, as some producers do
    items = [x for pair in zip(left, right) for x in pair]
    t = strip_markup(read(make_pdf([[("B", 16, 72, 740, "Two Column Title")] + items]), "cols.pdf").text)
    assert t.index("Left column sentence number 14") < t.index("Right column sentence number 00")
    left_text = t[t.index("Left column sentence number 00"):t.index("Left column sentence number 14")]
    assert "Right" not in left_text  # no row of the two columns was read as one line


def test_date_column_is_not_two_columns():
    rows = []
    for i in range(14):
        rows.append(("R", 10, 72, 700 - 16 * i, f"Visiting researcher at Institute {i}, City"))
        rows.append(("R", 10, 500, 700 - 16 * i, f"{1990 + i}"))
    t = read(make_pdf([rows]), "dates.pdf").text
    assert "Visiting researcher at Institute 3, City\t1993" in t


def test_an_entry_broken_by_a_page_is_one_entry(tmp_path):
    # page 1 ends inside a title, page 2 goes on with "in Widgetia. Journal …": one entry, not two
    first = [("B", 16, 72, 740, "Publications"),
             ("R", 10, 72, 700, "C. Poe, A. Roe. (2012) Widget dormancy changes with latitude and with"),
             ("R", 10, 72, 688, "altitude. Plos ONE 8(5): e61075"),
             ("R", 10, 72, 654, "A. Roe, B. Lee. (2013) Pollen widgets show stronger purifying selection than"),
             ("R", 10, 72, 642, "sporophytic gadgets")]
    second = [("R", 10, 72, 740, "in Widgetia grandiflora. Molecular Biology and Evolution 30 (11): 2475-2486"),
              ("R", 10, 72, 706, "D. Fox, A. Roe. (2011) Gadget flowering in the north and in the south of"),
              ("R", 10, 72, 694, "Europe. Plos ONE 6(2): e1234")]
    path = tmp_path / "cv.pdf"
    path.write_bytes(make_pdf([first, second]))
    titles = [p.title for p in scholarscope.parse_file(path).publications]
    assert titles == ["Widget dormancy changes with latitude and with altitude",
                      "Pollen widgets show stronger purifying selection than sporophytic gadgets in Widgetia grandiflora",
                      "Gadget flowering in the north and in the south of Europe"]


def test_a_right_sidebar_beside_a_main_column_of_short_runs_is_read_first() -> None:
    """AltaCV: the main column's runs are short too (tab cells), so both columns look like a sidebar; the narrower
    one is the sidebar, read whole before the main column runs on to the next page."""
    from scholarscope.read.pdf_layout import column_order
    from scholarscope.read.pdf_model import Ch

    def run(x0: float, x1: float, y: float, text: str) -> list[Ch]:
        step = (x1 - x0) / len(text)
        return [Ch(c, x0 + k * step, x0 + (k + 1) * step, y, y + 9, 9.0, False, False, k) for k, c in enumerate(text)]

    main = [run(40, 140 + (i % 3) * 40, 800 - 14 * i, f"main{i:02d}entry") for i in range(30)]
    main += [run(200, 370, 800 - 14 * i, f"cell{i:02d}") for i in range(0, 30, 3)]
    side = [run(400, 430 + (i % 2) * 10, 790 - 30 * i, f"side{i:02d}") for i in range(10)] + [run(400, 540, 480, "sidewide")]
    blocks = column_order(main + side, 595.0)
    first = {"".join(c.c for c in r)[:4] for r in blocks[0]}
    assert first == {"side"}


def test_a_dash_that_opens_the_wrapped_tail_of_a_reference_is_no_bullet():
    lines = ["[3] M. Roe and K. Lee, \u201cLearned widget sampling for cardiac MRI,\u201d in Medical image computing",
             "\u2013 MICCAI 2023, 2023, pp. 512\u2013522.", "", "Awards",
             "\u2013 Best widget award, 2021."]
    page = [("R", 10, 72, 700 - 14 * i, s) for i, s in enumerate(lines) if s]
    text = read(make_pdf([page]), "refs.pdf").text
    assert "computing\n\u2013 MICCAI 2023" in text or "computing \u2013 MICCAI 2023" in text
    assert "- Best widget award" in text  # after a heading, a dash is a list's bullet


def test_sidebar_items_wrapped_over_two_lines_stay_apart():
    """A sidebar in a smaller, tighter font than the main column (a LinkedIn export): its items are told apart by
    the gaps between them, measured against the sidebar's own line pitch."""
    items = [("Widget Prize for", "Best Thesis"), ("Gadget Society", "Fellowship"), ("Sprocket Award for", "Young Makers"),
             ("Cog Medal of the", "Widget Union"), ("Lever Scholarship", "for Travel"), ("Pulley Grant of", "the Academy")]
    side, y = [], 700.0
    for a, b in items:
        side += [("R", 8, 40, y, a), ("R", 8, 40, y - 9.5, b)]
        y -= 9.5 + 14.5
    main = [("R", 10, 220, 700 - 13 * i, f"Main column line {i} with enough words to be a long line") for i in range(30)]
    paragraphs = [p.strip().replace("\n", " ") for p in read(make_pdf([side + main]), "side.pdf").text.split("\n\n")]
    assert [p for p in paragraphs if not p.startswith("Main")] == [f"{a} {b}" for a, b in items]  # one paragraph each


def test_a_table_row_whose_cells_wrap_is_one_line():
    # Dates | Title | Department / Institution, cells wrapped over two lines, rows set apart by padding;
    # one cell set on the second line of its row (vertically centred), one row with an empty middle cell
    rows = [("B", 16, 72, 740, "Academic Appointments"),
            ("B", 10, 90, 710, "Dates"), ("B", 10, 230, 710, "Title"), ("B", 10, 380, 710, "Department / Institution"),
            ("R", 10, 72, 690, "07/2021-"), ("R", 10, 170, 690, "Associate Professor of"),
            ("R", 10, 340, 690, "Department of Widgets, University of"),
            ("R", 10, 72, 678, "present"), ("R", 10, 170, 678, "Widgetry"), ("R", 10, 340, 678, "Gadgetland"),
            ("R", 10, 72, 660, "06/2015-"), ("R", 10, 340, 660, "Sprocket Hospital of"),
            ("R", 10, 72, 648, "06/2021"), ("R", 10, 170, 648, "Resident, Widgetry"), ("R", 10, 340, 648, "Gizmoville"),
            ("R", 10, 72, 630, "05/2014-"), ("R", 10, 340, 630, "Gadget Institute"),
            ("R", 10, 72, 618, "05/2015"), ("B", 16, 72, 580, "Education"), ("R", 10, 72, 560, "PhD, Widgetry")]
    t = strip_markup(read(make_pdf([rows]), "table.pdf").text)
    assert "Dates\tTitle\tDepartment / Institution\n" in t
    assert "07/2021- present\tAssociate Professor of Widgetry\tDepartment of Widgets, University of Gadgetland\n" in t
    assert "06/2015- 06/2021\tResident, Widgetry\tSprocket Hospital of Gizmoville\n" in t
    assert "05/2014- 05/2015\t\tGadget Institute" in t  # the empty cell keeps its tab


def test_a_form_footer_with_a_version_and_a_page_counter_is_removed():
    """A grant form's footer holds a version string and "Page N of M" in one line (two margin boxes): longer than a
    short running line, its page counter still marks it as a footer."""
    foot = "WIDGET Form Sketch v.2023-1 (rev. 01/31/2023)"
    first = [("B", 10, 72, 740, "(a) PROFESSIONAL PREPARATION"), ("B", 9, 72, 726, "INSTITUTION"),
             ("B", 9, 300, 726, "DEGREE"), ("R", 10, 72, 700, "Widget University, Gadgetville, Physics, BS, 2009")]
    second = [("R", 10, 72, 740, "1. Roe A. Widgets in a gadget. Widget Letters. 2024; 1(2):3.")]
    pages = [body + [("R", 8, 72, 30, foot), ("R", 8, 480, 30, f"Page {k} of 2")]
             for k, body in ((1, first), (2, second))]
    t = strip_markup(read(make_pdf(pages), "form.pdf").text)
    assert "Sketch" not in t and "Page 1" not in t
    assert t.splitlines()[0] == "# (a) PROFESSIONAL PREPARATION"  # capitals after its letter in parentheses


def test_a_long_running_footer_with_its_page_number_is_dropped_but_venue_lines_ending_pages_are_kept() -> None:
    foot = "Adaeze Roe-Lindqvist – Curriculum Vitae – March 2025 – Page {}"
    venue = "IEEE Transactions on Dependable and Secure Widget Computing, {}."
    pages = [[("B", 11, 72, 720, f"Widget consensus, {word} part"), ("R", 10, 72, 700, f"Gadgets at {word} scale"),
              ("R", 10, 72, 686, f"A study of {word} widgets"), ("R", 10, 72, 672, venue.format(year)),
              ("R", 8, 72, 40, foot.format(n))] for n, word, year in ((1, "first", 2023), (2, "second", 2022))]
    text = read_bytes(make_pdf(pages), "cv.pdf").text
    assert "Curriculum Vitae" not in text
    assert venue.format(2023) in text and venue.format(2022) in text  # the years differ: content, not a footer
