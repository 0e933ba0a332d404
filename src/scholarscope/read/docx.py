"""DOCX -> Text with python-docx (and its lxml tree for what python-docx does not model).

* Body blocks in document order: paragraphs, tables (a row whose cells are one line each
  becomes one line, cells joined by a tab; other rows give their cells' lines in order),
  content controls (``w:sdt``) and text boxes (after the paragraph that anchors them).
* Heading styles (``Heading N``, ``Title``, or an outline level) -> ``#`` lines (Title and
  Heading 1 -> ``#``, Heading 2 -> ``##``, ...).
* Numbered paragraphs (``w:numPr`` on the paragraph or its style): decimal formats -> ``N. ``
  with the running number (per list instance; instances of one abstract list without a
  start override continue its count, as Word does), other formats (bullets, letters) -> ``- ``;
  ``List Bullet``/``List Number`` styles without numbering -> ``- ``.
* Bold/italic from run properties, the run's character style and the paragraph style ->
  BOLD/ITAL markers (not inside headings).
* ``w:hyperlink`` with an external ``r:id`` and ``HYPERLINK`` fields -> ``anchor <url>``;
  internal anchors keep their text only.
* ``w:br``/``w:cr`` -> a new line, ``w:tab`` -> a tab, deleted text (``w:del``) dropped.

Source anchors: DOCX has no single character stream, so the synthetic source offset is
``block_index * 1_000_000 + offset in the block's text``, where the block index counts the
paragraphs and tables of the body in order (text boxes count as their own blocks).

Damaged input (not a zip, a zip without ``word/document.xml``, unreadable XML, an encrypted
or legacy ``.doc`` file) raises ``CorruptDocumentError`` naming the file and the reason.
"""
from __future__ import annotations

import io
import re
import zipfile

from ..errors import CorruptDocumentError, UnreadableFileError
from .text import BOLD_OFF, BOLD_ON, ITAL_OFF, ITAL_ON, Text, TextBuilder

BLOCK_STRIDE = 1_000_000
MAX_UNCOMPRESSED = 300 * 1024 * 1024

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_W = "{%s}" % W


def _q(tag: str) -> str:
    return _W + tag


_P, _TBL, _SDT, _R, _T, _TAB, _BR, _CR = (_q(t) for t in ("p", "tbl", "sdt", "r", "t", "tab", "br", "cr"))
_HYPER, _FLDSIMPLE, _FLDCHAR, _INSTR = _q("hyperlink"), _q("fldSimple"), _q("fldChar"), _q("instrText")
_PASS = {_q(t) for t in ("ins", "smartTag", "customXml", "sdtContent", "moveTo", "dir", "bdo")}
_SKIP = {_q(t) for t in ("del", "moveFrom", "pPr", "rPr", "proofErr", "bookmarkStart", "bookmarkEnd",
                         "commentRangeStart", "commentRangeEnd", "sdtPr", "sdtEndPr")}
_HYPERLINK_INSTR = re.compile(r'HYPERLINK\s+(?:\\[a-z]\s+)*"([^"]+)"', re.I)
_HEADING_STYLE = re.compile(r"^(?:heading|überschrift|titre|título|titolo)\s*(\d)$", re.I)


def _on(el) -> bool | None:
    """Value of an on/off property element (``<w:b/>``, ``<w:b w:val="0"/>``); None if absent."""
    if el is None:
        return None
    v = el.get(_q("val"))
    return v is None or v.lower() not in ("0", "false", "off", "none")


class _Styles:
    def __init__(self, doc) -> None:
        self.info: dict[str, dict] = {}
        self.default_para = None
        try:
            root = doc.part.styles.element
        except Exception:
            return
        for st in root.iter(_q("style")):
            sid = st.get(_q("styleId"))
            if not sid:
                continue
            name_el = st.find(_q("name"))
            based = st.find(_q("basedOn"))
            rpr = st.find(_q("rPr"))
            ppr = st.find(_q("pPr"))
            d = {"name": (name_el.get(_q("val")) if name_el is not None else sid) or sid,
                 "based": based.get(_q("val")) if based is not None else None,
                 "b": _on(rpr.find(_q("b"))) if rpr is not None else None,
                 "i": _on(rpr.find(_q("i"))) if rpr is not None else None,
                 "num": None, "outline": None}
            if ppr is not None:
                np_ = ppr.find(_q("numPr"))
                if np_ is not None:
                    nid = np_.find(_q("numId"))
                    ilvl = np_.find(_q("ilvl"))
                    d["num"] = (nid.get(_q("val")) if nid is not None else None,
                                int(ilvl.get(_q("val"), "0")) if ilvl is not None else 0)
                ol = ppr.find(_q("outlineLvl"))
                if ol is not None:
                    try:
                        d["outline"] = int(ol.get(_q("val"), "9"))
                    except ValueError:
                        pass
            self.info[sid] = d
            if st.get(_q("type")) == "paragraph" and st.get(_q("default")) in ("1", "true"):
                self.default_para = sid

    def chain(self, sid: str | None):
        seen = set()
        while sid and sid in self.info and sid not in seen:
            seen.add(sid)
            yield self.info[sid]
            sid = self.info[sid]["based"]

    def get(self, sid: str | None, key: str):
        for d in self.chain(sid):
            if d[key] is not None:
                return d[key]
        return None

    def name(self, sid: str | None) -> str:
        if sid and sid in self.info:
            return self.info[sid]["name"]
        return sid or ""


class _Numbering:
    def __init__(self, doc) -> None:
        self.nums: dict[str, tuple[str, dict[int, int]]] = {}
        self.abstract: dict[str, dict[int, tuple[str, int, str]]] = {}
        self.counters: dict[object, dict[int, int]] = {}
        try:
            root = doc.part.numbering_part.element
        except Exception:
            return
        for an in root.iter(_q("abstractNum")):
            aid = an.get(_q("abstractNumId"))
            levels = {}
            for lvl in an.iter(_q("lvl")):
                try:
                    il = int(lvl.get(_q("ilvl"), "0"))
                except ValueError:
                    continue
                fmt = lvl.find(_q("numFmt"))
                start = lvl.find(_q("start"))
                text = lvl.find(_q("lvlText"))
                levels[il] = ((fmt.get(_q("val")) if fmt is not None else "decimal") or "decimal",
                              _int(start.get(_q("val")) if start is not None else None, 1),
                              (text.get(_q("val")) if text is not None else "") or "")
            self.abstract[aid] = levels
        for num in root.iter(_q("num")):
            nid = num.get(_q("numId"))
            a = num.find(_q("abstractNumId"))
            overrides = {}
            for ov in num.iter(_q("lvlOverride")):
                so = ov.find(_q("startOverride"))
                if so is not None:
                    overrides[_int(ov.get(_q("ilvl")), 0)] = _int(so.get(_q("val")), 1)
            self.nums[nid] = (a.get(_q("val")) if a is not None else "", overrides)

    def prefix(self, num_id: str | None, ilvl: int) -> str | None:
        """The list marker for the next paragraph of a list: ``N. ``, ``- ``, or None (no list)."""
        if not num_id or num_id == "0":
            return None
        if num_id not in self.nums:
            return "- "
        aid, overrides = self.nums[num_id]
        levels = self.abstract.get(aid, {})
        fmt, start, _text = levels.get(ilvl, ("decimal", 1, ""))
        if ilvl in overrides:
            start = overrides[ilvl]
        key = num_id if overrides else ("abstract", aid)
        counts = self.counters.setdefault(key, {})
        n = counts.get(ilvl, start - 1) + 1
        counts[ilvl] = n
        for deeper in [k for k in counts if k > ilvl]:
            del counts[deeper]
        if fmt == "none":
            return ""
        if fmt in ("decimal", "decimalZero", "decimalEnclosedParen", "decimalEnclosedFullstop",
                   "decimalFullWidth", "decimalHalfWidth"):
            if ilvl and "%1" in _text and all(k in counts for k in range(ilvl)):  # "%1.%2.": "1.2. "
                return ".".join(str(counts[k]) for k in range(ilvl + 1)) + ". "
            return f"{n}. "
        return "- "

    def heads_sublists(self, num_id: str | None, ilvl: int) -> bool:
        """A top-level item of a list numbered 1., 1.1, 1.2, 2., 2.1: it names the group below it."""
        if ilvl != 0 or not num_id or num_id not in self.nums:
            return False
        levels = self.abstract.get(self.nums[num_id][0], {})
        return "%1" in levels.get(1, ("", 1, ""))[2]


def _short_label(text: str) -> bool:
    plain = _strip_styles(text).strip()
    return 0 < len(plain.split()) <= 8 and not re.search(r"(?:19|20)\d\d", plain) and not plain.endswith(".")


def _int(v, default: int) -> int:
    try:
        return int(v)
    except (TypeError, ValueError):
        return default


def read(data: bytes, name: str = "") -> Text:
    """Read a DOCX file into Text (see the module docstring)."""
    if not data or not data.strip():
        raise UnreadableFileError(name, "file is empty")
    if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        raise CorruptDocumentError(name, "not a DOCX: an encrypted document or a legacy Word .doc file")
    if not data.startswith(b"PK"):
        raise CorruptDocumentError(name, "not a DOCX: not a zip archive")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            names = z.namelist()
            if "word/document.xml" not in names:
                raise CorruptDocumentError(name, "damaged DOCX: the archive has no word/document.xml")
            total = sum(i.file_size for i in z.infolist())
            if total > MAX_UNCOMPRESSED:
                raise CorruptDocumentError(name, f"DOCX unpacks to {total} bytes; the limit is {MAX_UNCOMPRESSED}")
    except zipfile.BadZipFile as exc:
        raise CorruptDocumentError(name, f"damaged DOCX: the zip archive cannot be read ({exc})") from None
    except (OSError, EOFError, RuntimeError) as exc:  # truncated members, unsupported compression
        raise CorruptDocumentError(name, f"damaged DOCX: {exc}") from None
    try:
        import docx  # python-docx

        doc = docx.Document(io.BytesIO(data))
    except CorruptDocumentError:
        raise
    except Exception as exc:  # PackageNotFoundError, KeyError, XMLSyntaxError, zlib.error, ...
        raise CorruptDocumentError(name, f"damaged DOCX: {type(exc).__name__}: {exc}") from None
    try:
        return _Reader(doc).run(name)
    except RecursionError:
        raise CorruptDocumentError(name, "damaged DOCX: content nested too deeply") from None


class _Reader:
    def __init__(self, doc) -> None:
        self.doc = doc
        self.rels = doc.part.rels
        self.styles = _Styles(doc)
        self.numbering = _Numbering(doc)
        self.b = TextBuilder()
        self.block = 0
        self.last_blank = True

    def run(self, name: str) -> Text:
        body = self.doc.element.body
        self._blocks(body)
        self._footnotes()
        return self.b.build("docx", name)

    def _footnotes(self) -> None:
        """Footnotes after the body: a legend ("* equal contribution; † advised student") is often one."""
        from docx.oxml import parse_xml

        for rel in self.rels.values():
            if rel.is_external or not rel.reltype.endswith("/footnotes"):
                continue
            root = parse_xml(rel.target_part.blob)
            notes = [n for n in root.iter(_q("footnote"))
                     if n.get(_q("type")) not in ("separator", "continuationSeparator", "continuationNotice")]
            if notes:
                self._emit("# Footnotes", blank_before=True, blank_after=True)  # a section of their own
            for note in notes:
                self._blocks(note)

    # ------------------------------------------------------------ blocks
    def _blocks(self, parent) -> None:
        for el in parent:
            tag = el.tag
            if tag == _P:
                self._paragraph(el)
            elif tag == _TBL:
                self._table(el)
            elif tag == _SDT:
                content = el.find(_q("sdtContent"))
                if content is not None:
                    self._blocks(content)
            elif tag in _PASS:
                self._blocks(el)

    def _emit(self, line: str, blank_before: bool = False, blank_after: bool = False) -> None:
        if blank_before and not self.last_blank:
            self.b.write("\n")
        self.b.mark(self.block * BLOCK_STRIDE)
        self.b.write(line + "\n")
        self.last_blank = False
        if blank_after:
            self.b.write("\n")
            self.last_blank = True
        self.block += 1

    def _blank(self) -> None:
        if not self.last_blank:
            self.b.write("\n")
            self.last_blank = True

    def _paragraph(self, p) -> None:
        boxes: list = []
        heading, prefix, text = self._para_parts(p, boxes)
        if text.strip() or prefix:
            if heading:
                self._emit("#" * heading + " " + _strip_styles(text).strip(), blank_before=True, blank_after=True)
            elif prefix is not None:
                self._emit(prefix + text.strip("\n "))
            else:
                self._blank()
                self._emit(text.strip("\n "))
        for box in boxes:  # text boxes anchored in this paragraph
            self._blank()
            self._blocks(box)

    def _para_parts(self, p, boxes: list | None = None) -> tuple[int, str | None, str]:
        ppr = p.find(_q("pPr"))
        sid = None
        num = None
        outline = None
        if ppr is not None:
            ps = ppr.find(_q("pStyle"))
            sid = ps.get(_q("val")) if ps is not None else None
            np_ = ppr.find(_q("numPr"))
            if np_ is not None:
                nid = np_.find(_q("numId"))
                ilvl = np_.find(_q("ilvl"))
                num = (nid.get(_q("val")) if nid is not None else None,
                       _int(ilvl.get(_q("val")) if ilvl is not None else None, 0))
            ol = ppr.find(_q("outlineLvl"))
            if ol is not None:
                outline = _int(ol.get(_q("val")), 9)
        sid = sid or self.styles.default_para
        style_name = self.styles.name(sid)
        heading = 0
        m = _HEADING_STYLE.match(style_name.strip())
        if m:
            heading = max(1, min(6, int(m.group(1))))
        elif style_name.strip().lower() in ("title",):
            heading = 1
        else:
            if outline is None:
                outline = self.styles.get(sid, "outline")
            if outline is not None and 0 <= outline < 6:
                heading = outline + 1
        if num is None:
            num = self.styles.get(sid, "num")
            if num is not None and num[0] is None:
                num = None
        prefix, group = None, False
        if num is not None and not heading:
            # a numId on the paragraph without ilvl keeps the style's level
            prefix = self.numbering.prefix(num[0], num[1])
            group = self.numbering.heads_sublists(num[0], num[1])
        elif not heading and re.match(r"list (bullet|number)", style_name.strip().lower()):
            prefix = "- "
        style_b = bool(self.styles.get(sid, "b"))
        style_i = bool(self.styles.get(sid, "i"))
        segs: list[tuple[str, bool, bool]] = []
        self._inline(p, segs, style_b, style_i, boxes)
        text = _render(segs)
        if prefix is not None and num is not None and not heading and group and _short_label(text):
            return 3, None, text  # "1. Journal Articles" over "1.1", "1.2": a sub-heading, numbered
        return heading, prefix, text

    def _table(self, tbl) -> None:
        self._blank()
        spanning: dict[int, list[str]] = {}  # grid column -> the lines of the merged cell that starts above
        for tr in tbl.iter(_q("tr")):
            if tr.getparent() is not tbl:
                continue
            cells: list[list[str]] = []
            col = 0
            for tc in tr:
                if tc.tag == _SDT:
                    tcs = tc.findall(".//" + _q("tc"))
                elif tc.tag == _q("tc"):
                    tcs = [tc]
                else:
                    continue
                for c in tcs:
                    tcpr = c.find(_q("tcPr"))
                    vm = tcpr.find(_q("vMerge")) if tcpr is not None else None
                    span = tcpr.find(_q("gridSpan")) if tcpr is not None else None
                    width = _int(span.get(_q("val")) if span is not None else None, 1)
                    if vm is not None and vm.get(_q("val")) in (None, "continue"):
                        # a vertically merged cell spans this row too: "2024" beside each of its citations
                        cells.append(list(spanning.get(col, [])))
                    else:
                        lines = self._cell_lines(c)
                        if vm is not None:
                            spanning[col] = lines
                        else:
                            spanning.pop(col, None)
                        cells.append(lines)
                    col += width
            cells = [c for c in cells if any(x.strip() for x in c)]
            if not cells:
                continue
            if all(len(c) == 1 for c in cells):
                self._emit("\t".join(c[0] for c in cells))
            else:
                for c in cells:
                    for line in c:
                        if line.startswith("#"):
                            self._blank()
                            self.b.mark(self.block * BLOCK_STRIDE)
                            self.b.write(line + "\n\n")
                            self.last_blank = True
                            self.block += 1
                        else:
                            self._emit(line)
                self._blank()
        self._blank()

    def _cell_lines(self, tc) -> list[str]:
        lines: list[str] = []
        for el in tc:
            if el.tag == _P:
                heading, prefix, text = self._para_parts(el)
                text = text.strip("\n ")
                if not text:
                    continue
                if heading:
                    lines.append("#" * heading + " " + _strip_styles(text))
                else:
                    lines.extend(((prefix or "") + text).split("\n"))
            elif el.tag == _TBL:
                for tr in el.iter(_q("tr")):
                    row = [" ".join(x for x in self._cell_lines(c) if x) for c in tr.findall(_q("tc"))]
                    row = [x for x in row if x.strip()]
                    if row:
                        lines.append("\t".join(row))
            elif el.tag == _SDT:
                content = el.find(_q("sdtContent"))
                if content is not None:
                    lines.extend(self._cell_lines(content))
        return lines

    # ------------------------------------------------------------ inline
    def _inline(self, parent, segs: list, pb: bool, pi: bool, boxes: list | None,
                field: list | None = None) -> None:
        """Append (text, bold, italic) segments; ``field`` tracks complex HYPERLINK fields."""
        if field is None:
            field = [None, "", None]  # state ("instr"/"result"/None), instruction, url
        for el in parent:
            tag = el.tag
            if tag == _R:
                self._run(el, segs, pb, pi, boxes, field)
            elif tag == _HYPER:
                rid = el.get("{%s}id" % R)
                url = None
                if rid:
                    try:
                        rel = self.rels[rid]
                        url = rel.target_ref if rel.is_external else None
                    except KeyError:
                        url = None
                start = len(segs)
                self._inline(el, segs, pb, pi, boxes, field)
                if url:
                    _link(segs, start, url)
            elif tag == _FLDSIMPLE:
                m = _HYPERLINK_INSTR.search(el.get(_q("instr"), ""))
                start = len(segs)
                self._inline(el, segs, pb, pi, boxes, field)
                if m:
                    _link(segs, start, m.group(1))
            elif tag in _PASS or tag == _SDT:
                self._inline(el, segs, pb, pi, boxes, field)
            elif tag == "{%s}AlternateContent" % MC:
                choice = el.find("{%s}Choice" % MC)
                if choice is not None:
                    self._inline(choice, segs, pb, pi, boxes, field)

    def _run(self, r, segs: list, pb: bool, pi: bool, boxes: list | None, field: list) -> None:
        rpr = r.find(_q("rPr"))
        bold, ital = pb, pi
        if rpr is not None:
            rs = rpr.find(_q("rStyle"))
            if rs is not None:
                sb = self.styles.get(rs.get(_q("val")), "b")
                si = self.styles.get(rs.get(_q("val")), "i")
                bold = sb if sb is not None else bold
                ital = si if si is not None else ital
            b = _on(rpr.find(_q("b")))
            i = _on(rpr.find(_q("i")))
            bold = b if b is not None else bold
            ital = i if i is not None else ital
        for el in r:
            tag = el.tag
            if tag == _T:
                if field[0] != "instr":
                    segs.append((el.text or "", bold, ital))
            elif tag == _TAB:
                segs.append(("\t", False, False))
            elif tag in (_BR, _CR):
                if el.get(_q("type")) not in ("page", "column"):
                    segs.append(("\n", False, False))
            elif tag == _q("noBreakHyphen"):
                segs.append(("-", bold, ital))
            elif tag == _FLDCHAR:
                kind = el.get(_q("fldCharType"))
                if kind == "begin":
                    field[0], field[1], field[2] = "instr", "", None
                elif kind == "separate":
                    m = _HYPERLINK_INSTR.search(field[1])
                    field[0] = "result"
                    field[2] = (m.group(1), len(segs)) if m else None
                elif kind == "end":
                    if field[2]:
                        _link(segs, field[2][1], field[2][0])
                    field[0], field[1], field[2] = None, "", None
            elif tag == _INSTR:
                if field[0] == "instr":
                    field[1] += el.text or ""
            elif tag == "{%s}AlternateContent" % MC or tag in (_q("drawing"), _q("pict")):
                if boxes is not None:
                    for box in el.iter(_q("txbxContent")):
                        if tag == "{%s}AlternateContent" % MC and any(
                                a.tag == "{%s}Fallback" % MC for a in box.iterancestors()):
                            continue
                        boxes.append(box)


def _link(segs: list, start: int, url: str) -> None:
    """Write the anchor segs[start:] as ``anchor <url>`` (the Text link convention)."""
    url = url.strip()
    if not url or url.startswith(("#", "javascript:")):
        return
    anchor = "".join(s for s, _, _ in segs[start:]).strip()
    plain = re.sub(r"^(https?://|mailto:)", "", url).rstrip("/")
    if not anchor:
        segs.append((f"<{url}>", False, False))
    elif anchor == url or anchor.rstrip("/") == plain:
        del segs[start:]
        segs.append((f"<{url}>", False, False))
    else:
        segs.append((f" <{url}>", False, False))


def _render(segs: list[tuple[str, bool, bool]]) -> str:
    """Segments -> one string with markers wrapped tightly around the styled words."""
    out: list[str] = []
    bold = ital = False
    pending = ""
    for text, b, i in segs:
        for ch in text:
            if ch in " \t\n\u00a0":
                pending += " " if ch == "\u00a0" else ch
                continue
            if (b, i) != (bold, ital) or "\n" in pending:  # markers never span lines
                if ital:
                    out.append(ITAL_OFF)
                if bold:
                    out.append(BOLD_OFF)
                bold = ital = False
            if pending:
                out.append(_squash(pending))
                pending = ""
            if (b, i) != (bold, ital):
                if b:
                    out.append(BOLD_ON)
                if i:
                    out.append(ITAL_ON)
                bold, ital = b, i
            out.append(ch)
    if ital:
        out.append(ITAL_OFF)
    if bold:
        out.append(BOLD_OFF)
    if pending:
        out.append(_squash(pending))
    s = "".join(out)
    return "\n".join(line.rstrip() for line in s.split("\n"))


def _squash(ws: str) -> str:
    """A whitespace run: keep line breaks and tabs, collapse spaces."""
    if "\n" in ws:
        return "\n" * ws.count("\n")
    if "\t" in ws:
        return "\t"
    return " "


def _strip_styles(s: str) -> str:
    return s.translate({ord(c): None for c in (BOLD_ON, BOLD_OFF, ITAL_ON, ITAL_OFF)}).replace("\n", " ")
