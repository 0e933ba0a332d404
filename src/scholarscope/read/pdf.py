"""PDF -> Text with pypdfium2: characters with their boxes and fonts, rebuilt into lines.

What the reader does, page by page:

* reads every character with its box, baseline, font size (``FontSize`` x text matrix),
  font name and weight; generated line breaks are dropped, generated spaces kept as hints;
* groups characters into runs that share a line band, then runs into visual lines
  (top to bottom, left to right); a two-column page (two text blocks side by side with an
  empty gutter, both filled with long lines) is read left column first;
* within a line, a small gap is a space and a wide gap (a right-aligned date, a table
  column) a tab;
* bold (font name with Bold/Black/Heavy/Semibold/Demi, or weight >= 600 in a font whose name
  says nothing) and italic (Italic/Oblique in the name, or the italic font flag) become
  the BOLD/ITAL markers;
* link annotations with a URI become `` <url>`` after the text under the link rectangle
  (``anchor <url>``), or at the end of the line the rectangle sits on when no text is under it;
* a short line in a larger font, or an all-bold / all-caps short line standing alone, becomes
  a ``#`` heading (larger fonts get fewer ``#``); bullets (•, ◦, ▪, –, ...) become ``- ``;
  printed numbering (``1.``, ``[1]``) is kept;
* a line ending in a hyphen is joined with the next one (soft and LaTeX-style hyphens are
  dropped, a hyphen after a compound prefix such as ``co-`` or ``state-of-the-`` is kept);
* lines repeated at the top or bottom of most pages (running headers and footers) and
  page numbers are removed; a larger vertical gap becomes a blank line (paragraph break).

Source anchors: PDF has no character offsets of its own, so a synthetic source offset is used:
``page_index * 1_000_000 + character index in pdfium's text page``.  ``Text.anchors`` holds one
anchor at the start of every output line (and after a hyphen join); ``Text.source_offset``
therefore returns ``page * 1_000_000 + char_index`` exactly at a line start and an estimate
(line start + distance) inside a line.

Failures: bytes that are not a PDF, a damaged or encrypted file, a file with no pages, or a
file without any text layer (a scan) raise ``CorruptDocumentError`` naming the file and the
reason.  A page that fails is skipped (its text replaced by nothing) rather than failing the
document; at most ``MAX_PAGES`` pages and ``MAX_CHARS_PER_PAGE`` characters per page are read.
"""
from __future__ import annotations

import bisect
import ctypes
import re
import statistics
import unicodedata
from collections import Counter

from ..errors import CorruptDocumentError, UnreadableFileError
from .inline_html import link_text
from .pdf_join import join_hyphens, join_wraps
from .pdf_layout import column_order, hanging_starts, mark_column_starts
from .pdf_model import BULLETS, Ch, Line, gap_kind, plain_text
from .pdf_table import merge_table_rows
from .text import BOLD_OFF, BOLD_ON, ITAL_OFF, ITAL_ON, Text, TextBuilder

MAX_PAGES = 300


MAX_CHARS_PER_PAGE = 60_000


PAGE_STRIDE = 1_000_000


_BOLD_NAME = re.compile(r"bold|black|heavy|semibold|demi|extrab|ultrab|[-,]bd\b|[-,]sb\b", re.I)


_ITAL_NAME = re.compile(r"italic|oblique|slanted|[-,]it\b", re.I)


_STYLED_NAME = re.compile(r"regular|roman|book|light|thin|medium|normal|[-,]", re.I)


_PAGE_NUM = re.compile(r"^(page\s*)?[-–(]?\s*#+\s*[-–)]?(\s*(of|/)\s*#+)?$|^[ivxlc]{1,6}$", re.I)


def read(data: bytes, name: str = "") -> Text:
    """Read a PDF's text layer into Text (see the module docstring)."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    if not data or not data.strip():
        raise UnreadableFileError(name, "file is empty")
    start = data.find(b"%PDF", 0, 1024)
    if start < 0:
        raise CorruptDocumentError(name, "not a PDF: no %PDF header")
    try:
        doc = pdfium.PdfDocument(data[start:] if start else data)
    except pdfium.PdfiumError as exc:
        code = getattr(exc, "err_code", None)
        msg = str(exc).lower()
        if code in (4, 6) or "password" in msg or "security" in msg:
            raise CorruptDocumentError(name, "encrypted PDF: a password is required") from None
        raise CorruptDocumentError(name, f"damaged PDF: cannot be opened ({_reason(exc)})") from None
    except Exception as exc:  # anything pdfium's wrapper throws on garbage
        raise CorruptDocumentError(name, f"damaged PDF: cannot be opened ({exc})") from None
    try:
        n_pages = len(doc)
        if n_pages == 0:
            raise CorruptDocumentError(name, "PDF has zero pages")
        pages: list[list[Line]] = []
        links: list[str] = []  # link id -> url, for the whole document
        failed = 0
        any_text = False
        for pi in range(min(n_pages, MAX_PAGES)):
            try:
                lines = _read_page(doc, pi, raw, links)
            except Exception:  # one bad page must not lose the document
                failed += 1
                lines = []
            any_text = any_text or bool(lines)
            pages.append(lines)
        if not any_text:
            if failed == len(pages):
                raise CorruptDocumentError(name, "damaged PDF: no page could be read")
            raise CorruptDocumentError(name, "scanned PDF: no text layer; OCR is not supported")
        real_hyphens = _no_auto_hyphenation(doc)
    finally:
        doc.close()
    return _assemble(pages, links, name, real_hyphens)


def _no_auto_hyphenation(doc) -> bool:
    """True for producers that never hyphenate on their own (browsers, Word, LibreOffice):
    there a hyphen at a line end is part of the word."""
    try:
        meta = doc.get_metadata_dict()
    except Exception:
        return False
    prod = f"{meta.get('Producer', '')} {meta.get('Creator', '')}".lower()
    if re.search(r"tex|ghostscript|context", prod):
        return False
    return bool(re.search(r"skia|chrom|webkit|mozilla|word|libreoffice|openoffice|wkhtml|qt|cairo|quartz|docs", prod))


def _reason(exc: Exception) -> str:
    s = str(exc)
    m = re.search(r"PDFium: ([^)]*)", s)
    return m.group(1).strip().lower() if m else s


# ---------------------------------------------------------------- page -> lines


def _read_page(doc, pi: int, raw, links: list[str]) -> list[Line]:
    page = doc[pi]
    unplaced: list[tuple[str, tuple[float, float]]] = []
    dots: list[tuple[float, float, float, float]] = []
    try:
        tp = page.get_textpage()
        try:
            chars = _chars(tp.raw, raw)
            if chars:
                unplaced = _mark_links(page, doc, chars, raw, links)
                dots = _drawn_bullets(page, raw)
        finally:
            tp.close()
        width = page.get_width()
    finally:
        page.close()
    if not chars:
        return []
    lines = _lines(chars, pi, width)
    mark_column_starts(lines, width)
    for (x0, y0, x1, y1) in dots:
        cy = (y0 + y1) / 2
        for ln in lines:
            if ln.y0 - 1 <= cy <= ln.y1 + 1 and 0 < ln.x0 - x1 < 3 * max(ln.size, 4):
                ln.bullet = True
                break
    for url, (yb, yt) in unplaced:
        _attach_link_to_line(lines, url, yb, yt)
    return lines


def _chars(tp, raw) -> list[Ch]:
    n = min(raw.FPDFText_CountChars(tp), MAX_CHARS_PER_PAGE)
    if n <= 0:
        return []
    out: list[Ch] = []
    rect = raw.FS_RECTF()
    mat = raw.FS_MATRIX()
    buf = ctypes.create_string_buffer(256)
    flags = ctypes.c_int()
    has_obj = hasattr(raw, "FPDFText_GetTextObject")
    has_loose = hasattr(raw, "FPDFText_GetLooseCharBox")
    font_cache: dict[int, tuple[float, bool, bool, bool]] = {}
    space_pending = False
    l, r, b, t = ctypes.c_double(), ctypes.c_double(), ctypes.c_double(), ctypes.c_double()
    for i in range(n):
        u = raw.FPDFText_GetUnicode(tp, i)
        if u in (13, 10):  # generated line breaks: the geometry decides
            continue
        if u == 2:  # pdfium's mark for a hyphen that ends a line
            u = 0x2D
        if u in (32, 9, 0xA0, 0x2002, 0x2003, 0x2009, 0x3000) or u == 0:
            space_pending = True
            continue
        if (u < 32 and u not in _TEX_LIGATURES) or 0xD800 <= u < 0xE000:
            continue
        key = -1
        if has_obj:
            obj = raw.FPDFText_GetTextObject(tp, i)
            key = ctypes.cast(obj, ctypes.c_void_p).value or -1
        info = font_cache.get(key) if key != -1 else None
        if info is None:
            size = raw.FPDFText_GetFontSize(tp, i)
            if raw.FPDFText_GetMatrix(tp, i, mat):
                scale = abs(mat.a * mat.d - mat.b * mat.c) ** 0.5
                if scale > 0:
                    size *= scale
            nb = raw.FPDFText_GetFontInfo(tp, i, buf, 256, ctypes.byref(flags))
            fname = buf.value.decode("latin-1", "replace") if nb else ""
            fname = fname.split("+", 1)[-1]
            weight = raw.FPDFText_GetFontWeight(tp, i)
            ital = bool(_ITAL_NAME.search(fname)) or bool(flags.value & 64)
            bold = bool(_BOLD_NAME.search(fname)) or (weight >= 600 and not _STYLED_NAME.search(fname))
            info = (round(size, 1), bold, ital, bool(_ICON_FONT.search(fname)))
            if key != -1:
                font_cache[key] = info
        if info[3]:  # a glyph of an icon font ("z" for a calendar, "+" for a map pin): no text
            space_pending = True
            continue
        if has_loose and raw.FPDFText_GetLooseCharBox(tp, i, rect):
            x0, x1, y0, y1 = rect.left, rect.right, rect.bottom, rect.top
            if y1 < y0:
                y0, y1 = y1, y0
        else:
            raw.FPDFText_GetCharBox(tp, i, l, r, b, t)
            x0, x1, y0, y1 = l.value, r.value, b.value, t.value
        if y1 - y0 < 0.5:
            y1 = y0 + max(info[0], 1.0)
        text = _TEX_LIGATURES.get(u, chr(u))
        step = (x1 - x0) / len(text)
        for k, ch in enumerate(text):  # a ligature glyph is two or three letters
            out.append(Ch(ch, x0 + k * step, x0 + (k + 1) * step, y0, y1, info[0], info[1], info[2], i,
                           space_pending and k == 0))
        space_pending = False
    return _compose_accents(out)


# Ligatures of TeX fonts without a Unicode map: pdfium hands back the font's own codes
# (T1 encoding 27-31; OT1 11, 12, 14, 15 - OT1's 13 "fl" is left alone: it is also a line break).
_ICON_FONT = re.compile(r"fontawesome|font ?awesome|academicons|materialicons|material ?icons|icomoon|glyphicons|"
                        r"ionicons|octicons|typicons|entypo", re.I)  # not Wingdings/Symbol: Word sets its bullets in them
_TEX_LIGATURES = {27: "ff", 28: "fi", 29: "fl", 30: "ffi", 31: "ffl", 11: "ff", 12: "fi", 14: "ffi", 15: "ffl"}


# Spacing accents that old TeX encodings draw as separate glyphs over or beside the letter.
_SPACING_ACCENTS = {"\u00a8": "\u0308", "\u00b4": "\u0301", "`": "\u0300", "\u02c6": "\u0302", "^": "\u0302",
                    "\u02dc": "\u0303", "~": "\u0303", "\u00b8": "\u0327", "\u02c7": "\u030c", "\u02d8": "\u0306",
                    "\u02d9": "\u0307", "\u02da": "\u030a", "\u02dd": "\u030b", "\u00af": "\u0304"}


def _compose_accents(chars: list[Ch]) -> list[Ch]:
    """'Sjo¨berg', 'N´ı': an accent glyph that overlaps a letter is that letter's accent ('Sjöberg', 'Ní')."""
    out: list[Ch] = []
    skip = -1
    for k, c in enumerate(chars):
        if k == skip:
            continue
        mark = _SPACING_ACCENTS.get(c.c)
        if mark is None:
            out.append(c)
            continue
        base = _accent_base(chars, k, out)
        if base is None:
            out.append(c)
            continue
        if k + 1 < len(chars) and base is chars[k + 1]:  # the accent came first: take its letter now
            out.append(base)
            skip = k + 1
        letter = "i" if base.c == "\u0131" else base.c  # TeX puts accents on a dotless i
        base.c = unicodedata.normalize("NFC", letter + mark)[:1]
    return out


def _accent_base(chars: list[Ch], k: int, out: list[Ch]) -> Ch | None:
    """The letter an accent glyph sits on: the neighbour whose box overlaps it most."""
    c = chars[k]
    best, best_ov = None, 0.0
    for nb in ((out[-1] if out else None), (chars[k + 1] if k + 1 < len(chars) else None)):
        if nb is None or not nb.c.isalpha():
            continue
        ov = min(c.x1, nb.x1) - max(c.x0, nb.x0)
        if ov > best_ov and ov >= 0.3 * min(c.x1 - c.x0, nb.x1 - nb.x0):
            best, best_ov = nb, ov
    return best


def _drawn_bullets(page, raw) -> list[tuple[float, float, float, float]]:
    """Small filled shapes drawn as paths (browsers draw list discs and squares this way)."""
    out = []
    n = raw.FPDFPage_CountObjects(page.raw)
    if n <= 0 or n > 20_000:
        return out
    l, b, r, t = ctypes.c_float(), ctypes.c_float(), ctypes.c_float(), ctypes.c_float()
    for k in range(n):
        obj = raw.FPDFPage_GetObject(page.raw, k)
        if not obj or raw.FPDFPageObj_GetType(obj) != raw.FPDF_PAGEOBJ_PATH:
            continue
        if not raw.FPDFPageObj_GetBounds(obj, l, b, r, t):
            continue
        w, h = r.value - l.value, t.value - b.value
        if 1.2 <= w <= 8 and 1.2 <= h <= 8 and 0.6 <= w / h <= 1.6:
            out.append((l.value, b.value, r.value, t.value))
            if len(out) > 2000:
                break
    return out


def _mark_links(page, doc, chars: list[Ch], raw, links: list[str]) -> list:
    """Give each character under a URI link annotation that link's id (an index into
    ``links``); return (url, (bottom, top)) of the links with no character under them."""
    urls: list[tuple[str, list[tuple[float, float, float, float]]]] = []
    pos = ctypes.c_int(0)
    link = raw.FPDF_LINK()
    rect = raw.FS_RECTF()
    guard = 0
    while raw.FPDFLink_Enumerate(page.raw, ctypes.byref(pos), ctypes.byref(link)) and guard < 2000:
        guard += 1
        action = raw.FPDFLink_GetAction(link)
        if not action or raw.FPDFAction_GetType(action) != 3:  # PDFACTION_URI
            continue
        size = raw.FPDFAction_GetURIPath(doc.raw, action, None, 0)
        if size <= 1 or size > 8192:
            continue
        buf = ctypes.create_string_buffer(size)
        raw.FPDFAction_GetURIPath(doc.raw, action, buf, size)
        url = buf.value.decode("utf-8", "replace").strip()
        if not url:
            continue
        boxes = []
        nq = raw.FPDFLink_CountQuadPoints(link)
        q = raw.FS_QUADPOINTSF()
        for k in range(min(nq, 50)):
            if raw.FPDFLink_GetQuadPoints(link, k, ctypes.byref(q)):
                xs, ys = (q.x1, q.x2, q.x3, q.x4), (q.y1, q.y2, q.y3, q.y4)
                boxes.append((min(xs), min(ys), max(xs), max(ys)))
        if not boxes and raw.FPDFLink_GetAnnotRect(link, ctypes.byref(rect)):
            boxes.append((min(rect.left, rect.right), min(rect.bottom, rect.top),
                          max(rect.left, rect.right), max(rect.bottom, rect.top)))
        if boxes:
            urls.append((url, boxes))
    unplaced = []
    if not urls:
        return unplaced
    order = sorted(range(len(chars)), key=lambda k: chars[k].y0 + chars[k].y1)
    keys = [chars[k].y0 + chars[k].y1 for k in order]
    for url, boxes in urls:
        hit = False
        for (bx0, by0, bx1, by1) in boxes:
            lo = bisect.bisect_left(keys, 2 * (by0 - 1))
            hi = bisect.bisect_right(keys, 2 * (by1 + 1))
            for k in order[lo:hi]:
                c = chars[k]
                if bx0 - 1 <= (c.x0 + c.x1) / 2 <= bx1 + 1:
                    if c.link == -1:
                        c.link = len(links)
                    hit = True
        if hit:
            links.append(url)  # the characters just marked carry this index
        else:
            unplaced.append((url, (min(b[1] for b in boxes), max(b[3] for b in boxes))))
    return unplaced


def _lines(chars: list[Ch], pi: int, width: float) -> list[Line]:
    # 1. runs of consecutive characters in one line band
    runs: list[list[Ch]] = []
    cur: list[Ch] = []
    top = bot = 0.0
    for c in chars:
        if cur:
            prev = cur[-1]
            mid = (c.y0 + c.y1) / 2
            h = max(min(top - bot, c.y1 - c.y0), 0.5)
            overlap = min(top, c.y1) - max(bot, c.y0)
            same = (bot <= mid <= top or overlap >= 0.5 * h) and c.x0 >= prev.x0 - 0.5 * max(prev.size, 1)
            if same and c.x0 - prev.x1 < 2 * max(c.size, 1):
                cur.append(c)
                if c.size >= prev.size * 0.9:
                    top, bot = max(top, c.y1), min(bot, c.y0)
                continue
            runs.append(cur)
        cur = [c]
        top, bot = c.y1, c.y0
    if cur:
        runs.append(cur)
    runs = column_order(runs, width)
    # 2. runs -> lines by vertical overlap (within one column block)
    lines: list[Line] = []
    for block in runs:
        block_lines: list[Line] = []
        spans: dict[int, list[tuple[float, float]]] = {}  # x-extent of each run already in a line
        for run in sorted(block, key=lambda r: -_band(r)[1]):
            b0, b1 = _band(run)
            h = b1 - b0
            rx0, rx1 = min(c.x0 for c in run), max(c.x1 for c in run)
            target = None
            for ln in block_lines[-4:]:
                ov = min(ln.y1, b1) - max(ln.y0, b0)
                if ov >= 0.5 * min(h, ln.y1 - ln.y0) or (b0 + b1) / 2 >= ln.y0 and (b0 + b1) / 2 <= ln.y1:
                    if any(rx0 < b - 1 and rx1 > a + 1 for a, b in spans[id(ln)]):
                        continue  # two small lines beside one tall one: they overlap, so they are not one line
                    target = ln
                    break
            if target is None:
                block_lines.append(Line(list(run), pi, b0, b1))
                spans[id(block_lines[-1])] = [(rx0, rx1)]
            else:
                spans[id(target)].append((rx0, rx1))
                target.chars.extend(run)
                if h > target.y1 - target.y0:
                    target.y0, target.y1 = b0, b1
        lines.extend(block_lines)
    for ln in lines:
        ln.chars.sort(key=lambda c: c.x0)
        _mark_letter_spacing(ln.chars)
        sizes = Counter()
        for c in ln.chars:
            sizes[c.size] += 1
        ln.size = sizes.most_common(1)[0][0]
    return lines


def _band(run: list[Ch]) -> tuple[float, float]:
    """The vertical band of a run, from its largest characters (superscripts do not widen it)."""
    big = max(c.size for c in run)
    main = [c for c in run if c.size >= 0.85 * big]
    return min(c.y0 for c in main), max(c.y1 for c in main)


def _attach_link_to_line(lines: list[Line], url: str, yb: float, yt: float) -> None:
    mid = (yb + yt) / 2
    best, dist = None, None
    for ln in lines:
        d = 0.0 if ln.y0 - 1 <= mid <= ln.y1 + 1 else min(abs(mid - ln.y0), abs(mid - ln.y1))
        if dist is None or d < dist:
            best, dist = ln, d
    if best is not None and dist is not None and dist < 2 * max(best.size, 6):
        if url not in best.extra_links:
            best.extra_links.append(url)


# ---------------------------------------------------------------- lines -> Text


def _mark_letter_spacing(chars: list[Ch]) -> None:
    """'R E S E A R C H  F I E L D S': in a letter-spaced stretch every letter has a gap (and pdfium a
    space) after it; only the wider gaps between words are spaces."""
    start = 0
    for i in range(1, len(chars) + 1):
        if i < len(chars) and gap_kind(chars[i - 1], chars[i]) != "\t":
            continue
        seg = chars[start:i]
        start = i
        if len(seg) < 5:
            continue
        size = statistics.median(c.size for c in seg) or 10.0
        gaps = [b.x0 - a.x1 for a, b in zip(seg, seg[1:])]
        med = statistics.median(gaps)
        if med > 0.12 * size:
            for c in seg[1:]:
                c.spaced = med + 0.25 * size


def _assemble(pages: list[list[Line]], links: list[str], name: str, real_hyphens: bool = False) -> Text:
    all_lines = [ln for p in pages for ln in p]
    for ln in all_lines:
        ln.text = plain_text(ln.chars).strip()
    _drop_headers_footers(pages)
    sizes = Counter()
    for ln in all_lines:
        if not ln.drop:
            sizes[ln.size] += len(ln.chars)
    body = sizes.most_common(1)[0][0] if sizes else 10.0
    for p in pages:
        _paragraphs(p)
    _headings([ln for ln in all_lines if not ln.drop], body)
    words = Counter()
    for ln in all_lines:
        words.update(w.lower() for w in re.findall(r"\w+(?:-\w+)*", ln.text))
    kept = merge_table_rows([ln for ln in all_lines if not ln.drop])  # a table row whose cells wrap: one line
    lines = join_wraps(join_hyphens(kept, words, real_hyphens), links)
    # where each anchor ends: the next character in reading order is not under the same URL
    # (one anchor wrapped over two lines has one link rectangle per line)
    ends: set[tuple[int, int]] = set()
    prev_pos, prev_url = None, None
    for li, ln in enumerate(lines):
        for ci, c in enumerate(ln.chars):
            url = links[c.link] if 0 <= c.link < len(links) else None
            if prev_url is not None and url != prev_url:
                ends.add(prev_pos)
            prev_pos, prev_url = (li, ci), url
    if prev_url is not None:
        ends.add(prev_pos)
    b = TextBuilder()
    prev_page = None
    for li, ln in enumerate(lines):
        if li and (ln.blank_before or ln.heading or lines[li - 1].heading or ln.page != prev_page):
            b.write("\n")
        prev_page = ln.page
        b.mark(ln.page * PAGE_STRIDE + ln.chars[0].idx)
        above = lines[li - 1] if li else None
        open_above = above is not None and not ln.blank_before and not above.heading and len(above.text) >= 40 \
            and _OPEN_END.search(above.text) is not None  # a long line cut inside a phrase, not a heading
        b.write(_render(ln, li, links, ends, open_above) + "\n")
    return b.build("pdf", name)


# a line that stops inside a phrase ("… computer assisted intervention"): a dash opening the next one is text
_OPEN_END = re.compile(r"[^\W\d]\s*$")


def _drop_headers_footers(pages: list[list[Line]]) -> None:
    n = len(pages)
    for p in pages:
        for pos in (0, -1):
            if p and _PAGE_NUM.match(re.sub(r"\d+", "#", p[pos].text)):
                if n > 1 or pos == -1:
                    p[pos].drop = True
    if n < 2:
        return
    count: Counter = Counter()
    for p in pages:
        keys = {_norm_key(ln.text) for ln in p[:2] + p[-2:]}
        count.update(k for k in keys if k)
    need = max(2, (n + 1) // 2)
    repeated = {k for k, v in count.items() if v >= need}
    if not repeated:
        return
    for p in pages:
        for ln in p[:2] + p[-2:]:
            if _norm_key(ln.text) in repeated:
                ln.drop = True


def _norm_key(s: str) -> str:
    """Running header/footer key: digits folded in short lines ("Page 3", "CV - 2024 - 3"); a longer line's closing
    page counter folded (a form's footer "SCV Biographical Sketch v.2023-1 (rev. 01/31/2023)⇥Page 1 of 2")."""
    s = re.sub(r"\s+", " ", s.lower()).strip()
    if len(s) <= 50:
        return re.sub(r"\d+", "#", s)
    return _PAGE_END.sub("#", s)  # a longer one: only its closing page number ("… – March 2025 – Page 2")


_PAGE_END = re.compile(r"(?<=\s)(?:page\s*)?\d+(?:\s*(?:of|/)\s*\d+)?$")
# a heading's letter or number in parentheses or with a dot: "(a) ", "(iv) ", "B. "
_ENUM_MARK = re.compile(r"^(?:\((?:[a-z]|[ivx]{1,4}|\d{1,2})\)|[A-Z][.)])\s+")


def _paragraphs(lines: list[Line]) -> None:
    kept = [ln for ln in lines if not ln.drop]
    steps = []
    for a, b in zip(kept, kept[1:]):
        d = a.y0 - b.y0
        if 0 < d < 3 * max(a.size, 1):
            steps.append(d / max(a.size, 1))
    pitch = statistics.median(steps) if steps else 1.2
    by_size = _pitch_by_size(kept)
    for a, b in zip(kept, kept[1:]):
        d = a.y0 - b.y0
        own = by_size.get(a.size, pitch) if a.size == b.size else pitch
        if d <= 0:  # a new column or an upward jump
            b.blank_before = True
        elif d > max(min(pitch, own) * 1.45, 1.5) * max(min(a.size, b.size), 1):
            b.blank_before = True
    hanging_starts(kept)


def _pitch_by_size(kept: list[Line]) -> dict[float, float]:
    """The line pitch of each font size set in many lines: a sidebar in a smaller font is set tighter than the
    main column, so its items are told apart by gaps that the page's own pitch would not count."""
    steps: dict[float, list[float]] = {}
    for a, b in zip(kept, kept[1:]):
        d = a.y0 - b.y0
        if a.size == b.size and 0 < d < 3 * max(a.size, 1):
            steps.setdefault(a.size, []).append(d / max(a.size, 1))
    return {size: statistics.median(v) for size, v in steps.items() if len(v) >= 8}


def _headings(lines: list[Line], body: float) -> None:
    cand_sizes = set()
    for i, ln in enumerate(lines):
        t = ln.text
        if not _heading_shape(t, ln.bullet):
            continue
        if ln.size >= body * 1.12:
            ln.heading = -1
            cand_sizes.add(ln.size)
            continue
        alone_above = i == 0 or ln.blank_before or lines[i - 1].page != ln.page
        alone_below = i + 1 >= len(lines) or lines[i + 1].blank_before or lines[i + 1].page != ln.page
        letters = [ch for ch in _ENUM_MARK.sub("", t) if ch.isalpha()]  # "(a) PROFESSIONAL PREPARATION" is in capitals
        all_bold = all(c.bold for c in ln.chars if c.c.isalnum())
        all_caps = len(letters) >= 4 and all(ch.isupper() for ch in letters)
        if alone_above and len(t.split()) <= 6 and not re.search(r"\d", t) and (
                (all_bold and (alone_below or all_caps)) or (all_caps and alone_below)):
            ln.heading = -2
    order = sorted(cand_sizes, reverse=True)
    for i, ln in enumerate(lines):
        if ln.heading == -1:
            ln.heading = min(order.index(ln.size) + 1, 3)
        elif ln.heading == -2:
            ln.heading = min(len(order) + 1, 3)
    # a heading wrapped over two lines: join it
    for a, b in zip(lines, lines[1:]):
        if a.heading and b.heading == a.heading and not b.blank_before and a.page == b.page and a.size == b.size \
                and not a.drop:
            b.chars = a.chars + b.chars
            b.chars[len(a.chars)].space_before = True
            b.text = a.text + " " + b.text
            b.blank_before = a.blank_before
            a.drop = True


def _heading_shape(t: str, ln_bullet: bool = False) -> bool:
    if not t or len(t) > 90 or len(t.split()) > 12 or not any(ch.isalpha() for ch in t):
        return False
    if t[0] in BULLETS and len(t) > 1 and t[1] == " ":
        return False
    if ln_bullet:
        return False
    if re.match(r"^(\d{1,4}[.)]|\[\d+\])\s", t):
        return False
    return not t.endswith((",", ";")) and "\t" not in t


# "— (2023b). „Title“": biblatex's dash for the authors of the entry above, not a bullet
_AUTHOR_DASH = re.compile(r"[—–] (?:[.,]|\((?:19|20)\d\d)")


def _render(ln: Line, li: int, links: list[str], ends: set[tuple[int, int]], open_above: bool = False) -> str:
    chars = ln.chars
    offset = 0
    prefix = ""
    if ln.heading:
        prefix = "#" * ln.heading + " "
    elif ln.bullet and not re.match(r"^(\d{1,4}[.)]|\[\d+\])\s", ln.text):
        prefix = "- "
    else:
        t = ln.text
        if len(t) > 2 and t[0] in BULLETS and t[1] == " " and (t[0] not in "-–—" or t[2:3].strip()) \
                and not _AUTHOR_DASH.match(t) and not (open_above and t[0] in "–—"):
            prefix = "- "
            chars, offset = chars[1:], 1
    out: list[str] = []
    bold = ital = False
    pending = ""
    prev = None
    anchor: list[str] = []
    style = not ln.heading
    for ci, c in enumerate(chars, offset):
        if prev is not None:
            g = gap_kind(prev, c)
            if g:
                pending = g if len(g) > 1 else "\t" if "\t" in (pending, g) else " "  # "\t\t": an empty cell between
        want_b, want_i = (c.bold, c.ital) if style else (False, False)
        if (want_b, want_i) != (bold, ital):
            out.extend(_close(bold, ital))
            bold = ital = False
        if pending and out:
            out.append(pending)
            if anchor:
                anchor.append(" ")
        pending = ""
        if (want_b, want_i) != (bold, ital):
            if want_b:
                out.append(BOLD_ON)
            if want_i:
                out.append(ITAL_ON)
            bold, ital = want_b, want_i
        out.append(c.c)
        if c.link >= 0:
            anchor.append(c.c)
            if (li, ci) in ends:
                out.extend(_close(bold, ital))
                bold = ital = False
                out.append(_link_suffix("".join(anchor), links[c.link]))
                anchor = []
        else:
            anchor = []
        prev = c
    out.extend(_close(bold, ital))
    text = "".join(out)
    if ln.extra_links:
        text += "".join(f" <{u}>" for u in ln.extra_links if f"<{u}>" not in text)
    return prefix + text.strip()


def _close(bold: bool, ital: bool) -> list[str]:
    out = []
    if ital:
        out.append(ITAL_OFF)
    if bold:
        out.append(BOLD_OFF)
    return out


def _link_suffix(anchor: str, url: str) -> str:
    """`` <url>`` after a link's anchor (its last character); nothing for a bare URL."""
    anchor = anchor.strip()
    plain_url = re.sub(r"^(https?://|mailto:)", "", url).rstrip("/")
    if not anchor or anchor == url or anchor.rstrip("/") == plain_url or not link_text("x", url).endswith(">"):
        return ""  # a bare URL stays as written; javascript:/# links are dropped
    return f" <{url}>"
