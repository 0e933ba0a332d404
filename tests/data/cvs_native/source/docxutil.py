"""Small python-docx helpers shared by the DOCX documents."""
from docx.oxml import OxmlElement
from docx.oxml.ns import qn


def add_field(paragraph, instr: str, placeholder: str = "1"):
    """Append a simple field (PAGE, NUMPAGES) to a paragraph."""
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instr)
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = placeholder
    r.append(t)
    fld.append(r)
    paragraph._p.append(fld)


def cell_shading(cell, fill: str):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def para_border_bottom(paragraph, color="1F4E79", sz="8"):
    pPr = paragraph._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    for k, v in (("w:val", "single"), ("w:sz", sz), ("w:space", "1"), ("w:color", color)):
        b.set(qn(k), v)
    bdr.append(b)
    pPr.append(bdr)


def add_runs(paragraph, parts):
    """parts: list of (text, dict(bold=, italic=, underline=, superscript=))."""
    for text, fmt in parts:
        r = paragraph.add_run(text)
        for k, v in (fmt or {}).items():
            if k == "superscript":
                r.font.superscript = v
            else:
                setattr(r, k, v)
    return paragraph


def fixed_docx_metadata(doc, author: str, title: str):
    import datetime
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = cp.modified = datetime.datetime(2025, 1, 15, 9, 0, 0)
    cp.revision = 1
