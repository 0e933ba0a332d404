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


_FOOTNOTES_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
_RT_FOOTNOTES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def add_footnote(doc, paragraph, text: str, size_pt: float = 8.0) -> int:
    """Append a real Word footnote (w:footnoteReference in the body, the note in word/footnotes.xml) to `paragraph`.

    Creates the footnotes part with its separator notes on first use; returns the footnote id."""
    from docx.opc.packuri import PackURI
    from docx.opc.part import XmlPart
    from docx.oxml import parse_xml
    part = getattr(doc, "_footnotes_part", None)
    if part is None:
        xml = (f'<w:footnotes xmlns:w="{_W}">'
               '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
               '<w:r><w:separator/></w:r></w:p></w:footnote>'
               '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/>'
               '</w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote></w:footnotes>')
        part = XmlPart(PackURI("/word/footnotes.xml"), _FOOTNOTES_CT, parse_xml(xml), doc.part.package)
        doc.part.relate_to(part, _RT_FOOTNOTES)
        settings = doc.settings.element
        fpr = parse_xml(f'<w:footnotePr xmlns:w="{_W}"><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>')
        settings.append(fpr)
        doc._footnotes_part = part
    root = part.element
    fid = max([int(f.get(qn("w:id"))) for f in root.findall(qn("w:footnote"))] + [0]) + 1
    half = str(int(size_pt * 2))
    note = parse_xml(
        f'<w:footnote xmlns:w="{_W}" w:id="{fid}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
        f'<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="{half}"/></w:rPr><w:footnoteRef/></w:r>'
        f'<w:r><w:rPr><w:sz w:val="{half}"/></w:rPr><w:t xml:space="preserve"> {_xml_escape(text)}</w:t></w:r></w:p></w:footnote>')
    root.append(note)
    ref = parse_xml(f'<w:r xmlns:w="{_W}"><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="{fid}"/></w:r>')
    paragraph._p.append(ref)
    return fid


def _xml_escape(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def table_no_borders(table):
    """Remove all borders of a table (tblBorders with every edge 'nil')."""
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblPr.append(b)


def add_break(paragraph, kind: str | None = None):
    """Append a line break run (Shift+Enter, w:br) or a page/column break (kind='page'/'column')."""
    r = OxmlElement("w:r")
    br = OxmlElement("w:br")
    if kind:
        br.set(qn("w:type"), kind)
    r.append(br)
    paragraph._p.append(r)


def new_abstract_num(doc, kind: str):
    """A new w:abstractNum of the given multiLevelType, not yet placed: (numbering element, element, its id)."""
    numbering = doc.part.numbering_part.element
    ids = [int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))]
    aid = max(ids + [0]) + 1
    an = OxmlElement("w:abstractNum")
    an.set(qn("w:abstractNumId"), str(aid))
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), kind)
    an.append(mlt)
    return numbering, an, aid


def add_abstract_num(numbering, an, aid: int) -> int:
    """Place the abstract numbering before the first w:num (Word's order) and add one instance; return its numId."""
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(an)
    else:
        numbering.append(an)
    nums = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    nid = max(nums + [0]) + 1
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(nid))
    a = OxmlElement("w:abstractNumId")
    a.set(qn("w:val"), str(aid))
    num.append(a)
    numbering.append(num)
    return nid


def new_multilevel_numbering(doc, levels):
    """Add a multi-level list definition (Word's "1. / 1.1" outline list) and one instance of it; return its numId.

    levels: [(lvlText, left_cm, hanging_cm, bold), ...] for ilvl 0, 1, ...; every level is decimal and a deeper level
    restarts after each item of the level above (Word's default), so entries read 1.1, 1.2, ..., 2.1, ..."""
    numbering, an, aid = new_abstract_num(doc, "multilevel")
    for ilvl, (text, left_cm, hanging_cm, bold) in enumerate(levels):
        lvl = OxmlElement("w:lvl")
        lvl.set(qn("w:ilvl"), str(ilvl))
        for tag, val in (("w:start", "1"), ("w:numFmt", "decimal"), ("w:lvlText", text), ("w:lvlJc", "left")):
            e = OxmlElement(tag)
            e.set(qn("w:val"), val)
            lvl.append(e)
        ppr = OxmlElement("w:pPr")
        ind = OxmlElement("w:ind")
        ind.set(qn("w:left"), str(int(round(left_cm * 567))))
        ind.set(qn("w:hanging"), str(int(round(hanging_cm * 567))))
        ppr.append(ind)
        lvl.append(ppr)
        if bold:
            rpr = OxmlElement("w:rPr")
            rpr.append(OxmlElement("w:b"))
            lvl.append(rpr)
        an.append(lvl)
    return add_abstract_num(numbering, an, aid)


_WPS_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
           'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
           'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
           'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
           'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
           'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
           'xmlns:w10="urn:schemas-microsoft-com:office:word"')


def add_floating_textbox(paragraph, inner_paragraphs, *, x_cm, y_cm, w_cm, h_cm, fill="E8EEF4", shape_id=1,
                         at_start=True):
    """Anchor a floating text box (Word 2010+ `wps:wsp` shape with a VML fallback, as Word writes it) to `paragraph`.

    The box is placed relative to the page at (x_cm, y_cm) with size w_cm x h_cm, square wrapping (body text flows
    beside it). `inner_paragraphs` are w:p elements (e.g. built with python-docx on a scratch document); they become the
    `w:txbxContent` of both the DrawingML shape and the VML fallback. The run goes first in the paragraph when
    `at_start`, so in document.xml the box's text precedes the paragraph's own text."""
    import copy
    from docx.oxml import parse_xml
    emu = lambda cm: str(int(round(cm * 360000)))
    pt = lambda cm: f"{cm * 28.3465:.2f}pt"
    xml = (
        f'<w:r {_WPS_NS}><w:rPr><w:noProof/></w:rPr><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        f'<wp:anchor distT="0" distB="0" distL="114300" distR="180000" simplePos="0" relativeHeight="{251659264 + shape_id}" '
        'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
        f'<wp:positionH relativeFrom="page"><wp:posOffset>{emu(x_cm)}</wp:posOffset></wp:positionH>'
        f'<wp:positionV relativeFrom="page"><wp:posOffset>{emu(y_cm)}</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{emu(w_cm)}" cy="{emu(h_cm)}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        f'<wp:wrapSquare wrapText="right"/><wp:docPr id="{shape_id}" name="Text Box {shape_id}"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>'
        '<wps:cNvSpPr txBox="1"/><wps:spPr>'
        f'<a:xfrm><a:off x="0" y="0"/><a:ext cx="{emu(w_cm)}" cy="{emu(h_cm)}"/></a:xfrm>'
        f'<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="{fill}"/></a:solidFill>'
        '<a:ln><a:noFill/></a:ln></wps:spPr><wps:txbx><w:txbxContent/></wps:txbx>'
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="144000" tIns="144000" rIns="108000" bIns="108000" anchor="t" '
        'anchorCtr="0"><a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>'
        '</mc:Choice><mc:Fallback><w:pict>'
        f'<v:shape id="Text Box {shape_id}" o:spid="_x0000_s{1025 + shape_id}" type="#_x0000_t202" '
        f'style="position:absolute;margin-left:{pt(x_cm)};margin-top:{pt(y_cm)};width:{pt(w_cm)};height:{pt(h_cm)};'
        f'z-index:{251659264 + shape_id};mso-position-horizontal-relative:page;mso-position-vertical-relative:page" '
        f'fillcolor="#{fill.lower()}" stroked="f"><v:textbox><w:txbxContent/></v:textbox>'
        '<w10:wrap type="square" anchorx="page" anchory="page"/></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>')
    run = parse_xml(xml)
    boxes = run.findall(".//" + qn("w:txbxContent"))
    for p in inner_paragraphs:
        boxes[0].append(copy.deepcopy(p))
        boxes[1].append(copy.deepcopy(p))
    if at_start:
        ppr = paragraph._p.find(qn("w:pPr"))
        if ppr is not None:
            ppr.addnext(run)
        else:
            paragraph._p.insert(0, run)
    else:
        paragraph._p.append(run)
    return run


# --- tracked changes (39): w:ins / w:del revisions as Word writes them with Track Changes on ---
_REV = {"n": 100}


def _rev(tag: str, author: str, date: str):
    _REV["n"] += 1
    e = OxmlElement(tag)
    e.set(qn("w:id"), str(_REV["n"]))
    e.set(qn("w:author"), author)
    e.set(qn("w:date"), date)
    return e


def add_tracked_insert(paragraph, text: str, author: str, date: str, bold: bool = False):
    """Append `text` as a tracked insertion: <w:ins><w:r><w:t>…</w:t></w:r></w:ins>."""
    ins = _rev("w:ins", author, date)
    r = OxmlElement("w:r")
    if bold:
        rpr = OxmlElement("w:rPr")
        rpr.append(OxmlElement("w:b"))
        r.append(rpr)
    t = OxmlElement("w:t")
    t.text = text
    t.set(qn("xml:space"), "preserve")
    r.append(t)
    ins.append(r)
    paragraph._p.append(ins)
    return ins


def add_tracked_delete(paragraph, text: str, author: str, date: str):
    """Append `text` as a tracked deletion: <w:del><w:r><w:delText>…</w:delText></w:r></w:del>."""
    d = _rev("w:del", author, date)
    r = OxmlElement("w:r")
    t = OxmlElement("w:delText")
    t.text = text
    t.set(qn("xml:space"), "preserve")
    r.append(t)
    d.append(r)
    paragraph._p.append(d)
    return d


def mark_row(row, kind: str, author: str, date: str):
    """Mark a table row as inserted (kind 'ins') or deleted ('del') with Track Changes (w:trPr/w:ins|w:del)."""
    trPr = row._tr.get_or_add_trPr()
    trPr.append(_rev("w:" + kind, author, date))


def track_revisions_on(doc):
    """<w:trackRevisions/> in settings.xml: the document opens with Track Changes on."""
    s = doc.settings.element
    if s.find(qn("w:trackRevisions")) is None:
        s.append(OxmlElement("w:trackRevisions"))


# --- complex fields (50, 54): reference-manager fields as Word stores them ---
def fld_char(kind: str):
    """A run holding one w:fldChar (begin / separate / end)."""
    r = OxmlElement("w:r")
    f = OxmlElement("w:fldChar")
    f.set(qn("w:fldCharType"), kind)
    r.append(f)
    return r


def instr_runs(instr: str, chunk: int = 255):
    """The field code as w:instrText runs; Word splits long codes (Zotero's CSL JSON, EndNote's XML) over many runs."""
    out = []
    for i in range(0, len(instr), chunk):
        r = OxmlElement("w:r")
        t = OxmlElement("w:instrText")
        t.set(qn("xml:space"), "preserve")
        t.text = instr[i:i + chunk]
        r.append(t)
        out.append(r)
    return out


def add_field_code(p_elm, instr: str):
    """Append begin + instruction + separate to a w:p; the field result runs and fld_char('end') follow."""
    p_elm.append(fld_char("begin"))
    for r in instr_runs(instr):
        p_elm.append(r)
    p_elm.append(fld_char("separate"))
