"""Small python-docx helpers shared by the DOCX documents (fields, shading, borders, runs, numbering, hyperlinks)."""
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


def new_numbering(doc, fmt="decimal", text="%1.", indent_cm=0.9, start=1):
    """Add an abstract numbering (one level, hanging indent) and return a factory of list instances.

    Each call of the returned function creates a w:num that restarts at `start` (startOverride), so every
    section's list is numbered on its own, as Word does for 'Restart numbering'."""
    numbering = doc.part.numbering_part.element
    ids = [int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))]
    aid = max(ids + [0]) + 1
    an = OxmlElement("w:abstractNum")
    an.set(qn("w:abstractNumId"), str(aid))
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "singleLevel")
    an.append(mlt)
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", str(start)), ("w:numFmt", fmt), ("w:lvlText", text), ("w:lvlJc", "left")):
        e = OxmlElement(tag)
        e.set(qn("w:val"), val)
        lvl.append(e)
    ppr = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind")
    tw = str(int(round(indent_cm * 567)))
    ind.set(qn("w:left"), tw)
    ind.set(qn("w:hanging"), tw)
    ppr.append(ind)
    lvl.append(ppr)
    an.append(lvl)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(an)
    else:
        numbering.append(an)

    def instance(restart_at=start):
        nums = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
        nid = max(nums + [0]) + 1
        num = OxmlElement("w:num")
        num.set(qn("w:numId"), str(nid))
        a = OxmlElement("w:abstractNumId")
        a.set(qn("w:val"), str(aid))
        num.append(a)
        ov = OxmlElement("w:lvlOverride")
        ov.set(qn("w:ilvl"), "0")
        so = OxmlElement("w:startOverride")
        so.set(qn("w:val"), str(restart_at))
        ov.append(so)
        num.append(ov)
        numbering.append(num)
        return nid
    return instance


def set_num(paragraph, num_id: int, ilvl: int = 0):
    pPr = paragraph._p.get_or_add_pPr()
    numPr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), str(ilvl))
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(num_id))
    numPr.append(il)
    numPr.append(ni)
    style = pPr.find(qn("w:pStyle"))
    if style is not None:
        style.addnext(numPr)
    else:
        pPr.insert(0, numPr)


def add_hyperlink(paragraph, url: str, text: str, color: str = "1155CC", underline: bool = True):
    """Append an external hyperlink (w:hyperlink with a relationship id), styled as Google Docs exports it."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    r_id = paragraph.part.relate_to(url, RT.HYPERLINK, is_external=True)
    h = OxmlElement("w:hyperlink")
    h.set(qn("r:id"), r_id)
    r = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    c = OxmlElement("w:color")
    c.set(qn("w:val"), color)
    rpr.append(c)
    if underline:
        u = OxmlElement("w:u")
        u.set(qn("w:val"), "single")
        rpr.append(u)
    r.append(rpr)
    t = OxmlElement("w:t")
    t.text = text
    t.set(qn("xml:space"), "preserve")
    r.append(t)
    h.append(r)
    paragraph._p.append(h)
    return h
