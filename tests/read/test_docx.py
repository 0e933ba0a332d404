"""DOCX reader: documents built with python-docx in the test, rendered dev documents, damaged input."""
from __future__ import annotations

import io
import zipfile

import docx
import pytest
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from scholarscope.errors import CorruptDocumentError, InputError, UnreadableFileError
from scholarscope.read import read_bytes, read_file
from scholarscope.read.docx import BLOCK_STRIDE, read
from scholarscope.read.text import BOLD_OFF, BOLD_ON, ITAL_OFF, ITAL_ON


def add_hyperlink(paragraph, text: str, url: str) -> None:
    r_id = paragraph.part.relate_to(url, RT.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), r_id)
    run = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = text
    run.append(t)
    link.append(run)
    paragraph._p.append(link)


def cv_docx() -> bytes:
    d = docx.Document()
    d.add_heading("Jane Q. Doe", level=0)  # Title style
    d.add_paragraph("Department of Physics, Example University")
    d.add_heading("Publications", level=1)
    d.add_heading("Journal articles", level=2)
    for i, (title, venue) in enumerate([("Quantum widgets at scale", "Physical Review Letters"),
                                        ("Another result", "Nature"),
                                        ("A third paper", "Science")]):
        p = d.add_paragraph(style="List Number")
        if i == 1:
            p.add_run("Smith, A. and ")
            p.add_run("Doe, J.").bold = True
        else:
            p.add_run("Doe, J.").bold = True
            p.add_run(" and Smith, A.")
        p.add_run(f" {title}. ")
        p.add_run(venue).italic = True
        p.add_run(f", {2020 - i}.")
        if i == 0:
            p.add_run(" ")
            add_hyperlink(p, "Paper", "https://doi.org/10.1000/xyz123")
            p.add_run(" code: ")
            add_hyperlink(p, "https://github.com/jdoe/widgets", "https://github.com/jdoe/widgets")
    d.add_heading("Talks", level=1)
    d.add_paragraph("Invited talk at the APS March Meeting", style="List Bullet")
    p = d.add_paragraph("First line")
    p.add_run().add_break()
    p.add_run("second line")
    d.add_heading("Experience", level=1)
    table = d.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Postdoctoral Researcher, MIT"
    table.cell(0, 1).text = "2019 - 2021"
    table.cell(1, 0).text = "PhD student, Example University"
    table.cell(1, 1).text = "2014 - 2019"
    d.add_paragraph("The end.")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


@pytest.fixture(scope="module")
def cv():
    return read(cv_docx(), "cv.docx")


def test_headings(cv):
    lines = cv.text.splitlines()
    assert lines[0] == "# Jane Q. Doe"
    assert "# Publications" in lines
    assert "## Journal articles" in lines
    assert "# Experience" in lines


def test_numbered_list_with_running_numbers(cv):
    items = [ln for ln in cv.text.splitlines() if ln[:1].isdigit()]
    assert [ln[:3] for ln in items] == ["1. ", "2. ", "3. "]
    assert items[0].startswith(f"1. {BOLD_ON}Doe, J.{BOLD_OFF} and Smith, A. Quantum widgets at scale. "
                               f"{ITAL_ON}Physical Review Letters{ITAL_OFF}, 2020.")
    assert items[1].startswith(f"2. Smith, A. and {BOLD_ON}Doe, J.{BOLD_OFF} Another result.")


def test_links(cv):
    t = cv.text
    assert "Paper <https://doi.org/10.1000/xyz123>" in t
    assert "code: <https://github.com/jdoe/widgets>" in t


def test_bullets_breaks_table(cv):
    lines = cv.text.splitlines()
    assert "- Invited talk at the APS March Meeting" in lines
    assert "First line" in lines and "second line" in lines
    assert "Postdoctoral Researcher, MIT\t2019 - 2021" in lines
    assert "PhD student, Example University\t2014 - 2019" in lines
    assert lines[-1] == "The end."


def test_anchors_and_dispatch(cv):
    assert cv.format == "docx"
    i = cv.text.index("# Publications")
    assert cv.source_offset(i) % BLOCK_STRIDE == 0 and cv.source_offset(i) > 0
    t = read_bytes(cv_docx(), "x.docx")
    assert t.text == cv.text


def test_numbering_restarts_per_list_and_decimal_only():
    """A second numbered list (its own numId with a start override) restarts at 1."""
    d = docx.Document()
    numbering = d.part.numbering_part.element
    # find the numId the List Number style uses
    style_num = d.styles["List Number"].element.pPr.numPr.numId.val
    abstract = numbering.num_having_numId(style_num).abstractNumId.val
    num = numbering.add_num(abstract)
    override = OxmlElement("w:lvlOverride")
    override.set(qn("w:ilvl"), "0")
    so = OxmlElement("w:startOverride")
    so.set(qn("w:val"), "1")
    override.append(so)
    num.append(override)
    for k in range(2):
        d.add_paragraph(f"first list {k}", style="List Number")
    d.add_paragraph("between")
    for k in range(2):
        p = d.add_paragraph(f"second list {k}", style="List Number")
        ppr = p._p.get_or_add_pPr()
        num_pr = ppr.get_or_add_numPr()
        num_pr.get_or_add_ilvl().val = 0
        num_pr.get_or_add_numId().val = num.numId
    buf = io.BytesIO()
    d.save(buf)
    lines = [ln for ln in read(buf.getvalue(), "n.docx").text.splitlines() if ln]
    assert lines == ["1. first list 0", "2. first list 1", "between", "1. second list 0", "2. second list 1"]


def test_rendered_dev_docx_when_present():
    """A pandoc-made DOCX of a dev document (scripts/render_dev.py output), if rendered."""
    from pathlib import Path
    p = Path(__file__).resolve().parents[2] / "out" / "rendered" / "B02_niu-publications.docx"
    if not p.exists():
        pytest.skip("run scripts/render_dev.py first to read a rendered dev DOCX")
    t = read_file(p)
    assert "# Selected Publications" in t.text.splitlines()
    assert any(ln.startswith("1. " + BOLD_ON) for ln in t.text.splitlines())


# ---------------------------------------------------------------- bad input

def test_zip_without_document_xml(tmp_path):
    p = tmp_path / "fake.docx"
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("hello.txt", "not a word document")
    p.write_bytes(buf.getvalue())
    with pytest.raises(CorruptDocumentError) as ei:
        read(p.read_bytes(), str(p))
    assert str(p) in str(ei.value) and "word/document.xml" in str(ei.value)
    # through format detection (which may call a bare zip "zip"): still an InputError naming the file
    with pytest.raises(InputError) as ei:
        read_file(p)
    assert str(p) in str(ei.value)


def test_truncated_docx(tmp_path):
    data = cv_docx()
    p = tmp_path / "cut.docx"
    p.write_bytes(data[: len(data) // 2])
    with pytest.raises(CorruptDocumentError) as ei:
        read(p.read_bytes(), str(p))
    assert str(p) in str(ei.value) and "damaged DOCX" in str(ei.value)
    with pytest.raises(InputError) as ei:
        read_file(p)
    assert str(p) in str(ei.value)


def test_random_bytes_named_docx(tmp_path):
    p = tmp_path / "noise.docx"
    p.write_bytes(bytes(range(3, 255)) * 10)
    with pytest.raises(CorruptDocumentError, match="not a DOCX"):
        read_file(p)


def test_broken_xml(tmp_path):
    buf = io.BytesIO()
    with zipfile.ZipFile(cv_docx_io()) as src, zipfile.ZipFile(buf, "w") as z:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "word/document.xml":
                data = data[: len(data) // 2]
            z.writestr(item, data)
    with pytest.raises(CorruptDocumentError, match=r"b\.docx: damaged DOCX"):
        read(buf.getvalue(), "b.docx")


def cv_docx_io() -> io.BytesIO:
    return io.BytesIO(cv_docx())


def test_empty_docx(tmp_path):
    p = tmp_path / "empty.docx"
    p.write_bytes(b"")
    with pytest.raises(UnreadableFileError, match="empty"):
        read_file(p)
    with pytest.raises(InputError, match=r"e\.docx"):
        read(b"", "e.docx")


def test_legacy_doc_bytes():
    with pytest.raises(CorruptDocumentError, match="legacy Word"):
        read(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "old.docx")


def test_a_year_cell_merged_over_several_citations_labels_each_row(tmp_path) -> None:
    import scholarscope

    d = docx.Document()
    d.add_paragraph("Google Scholar: 24 publications, h-index 11 (March 2025).")
    d.add_heading("Peer-reviewed articles", level=2)
    table = d.add_table(rows=3, cols=2)
    cites = ["1. Roe, A., Lee, B., 2024. Widget fever in small ruminants. Vet. Rec. 194, e3921.",
             "2. Lee, B., Roe, A., 2024. Gadget use on pig farms. Prev. Vet. Med. 12, 105.",
             "3. Roe, A., 2023. Risk factors for widget seropositivity in goats. Vet. J. 295, 105987."]
    for row, cite in zip(table.rows, cites):
        row.cells[1].text = cite
    table.cell(0, 0).merge(table.cell(1, 0)).text = "2024"  # one year cell spans the first two rows
    table.cell(2, 0).text = "2023"
    buf = io.BytesIO()
    d.save(buf)
    text = read(buf.getvalue(), "cv.docx").text
    assert "2024\t2. Lee, B." in text  # the merged cell labels its second row too
    (tmp_path / "cv.docx").write_bytes(buf.getvalue())
    pubs = scholarscope.parse_file(tmp_path / "cv.docx").publications  # the h-index line is no publication
    assert [(p.title, p.year) for p in pubs] == [("Widget fever in small ruminants", 2024),
                                                ("Gadget use on pig farms", 2024),
                                                ("Risk factors for widget seropositivity in goats", 2023)]

