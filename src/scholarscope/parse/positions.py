"""Positions (jobs, internships, research and teaching roles) and the plain CV lists."""
from __future__ import annotations

import re
from dataclasses import replace

from ..read.text import BOLD_OFF, BOLD_ON, CJK, strip_markup
from ..records import Award, Position
from .cvitems import _INSTITUTION, _TITLE_WORDS, _is_place, _plain, _split_location, _without_span
from .dates import find_range, month_of
from .fields import has_markup
from .lines import Line, join_split_date_cells
from .places import split_trailing_places
from .rxgate import gated
from .tables import Row, full_year_cells, inferred_rows, is_dates, labelled_rows, row_range

# words that name an organisation or one of its units (a school word is one too)
_ORG_WORDS = gated(re.compile(_INSTITUTION.pattern + r"|\b(?:laborator(?:y|ies)|labs?|clinic|hospital|cent(?:er|re)|bank|"
                        r"inc|ltd|llc|llp|plc|gmbh|corp(?:oration)?|company|foundation|council|agency|ministry|museum|library|"
                        r"programm?e?|division|department|dept|group|office|society|association|observatory|"
                        r"consortium|unit|d[ée]partement|laboratoire|abteilung|fachbereich|lehrstuhl|"
                        r"departamento|dipartimento)\b|department\b", re.I))
_SINCE_START = re.compile(r"(?i:since|seit|depuis|desde|dal|sedan|vanaf|sinds)\s+(?=\S)")
_SINCE_END = re.compile(r"[\s\ue000-\ue003]*\b(?:since|seit|depuis|desde|dal|from)[\s\ue000-\ue003]*$", re.I)
_LAB_NOTE = re.compile(r"\s*\((?:lab|group|laboratory) of\s+([^()]+)\)", re.I)
_SUP_ANY = gated(re.compile(r"(?:supervised by|advised by|reports? to|mentors?|supervisors?|advisors?|manager|host)\s*[:：]\s*(.+?)\s*(?:\bnews\b)?$|"
                      r"(?:supervised by|advised by|under the supervision of|working with|directed by)\s+(.+?)\s*(?:\bnews\b)?\.?$", re.I))


_OPEN_WORD_END = re.compile(r"\s(?:of|for|and|the|de|del|der|für|at|&)$")


def _join_cut_lines(lines: list[Line]) -> list[Line]:
    """'2023–present Staff Scientist, Physics Division, Argonne National' / 'Laboratory': the tail of a
    dated line that the page width cut off (a printed or fixed-width CV) is part of that line."""
    out: list[Line] = []
    for ln in lines:
        prev = out[-1] if out else None
        if prev is not None and prev.kind in ("plain", "item") and ln.kind == "plain" and _orphan_org_head(ln):
            # "- Teaching Assistant, Course, Aarhus" / "University<TAB>2019–2021": a bare head noun starts no entry
            out[-1] = replace(prev, text=prev.text.rstrip() + " " + ln.text.strip(), end=ln.end,
                              body=prev.body.rstrip() + " " + ln.text.strip())
            continue
        if prev is not None and prev.kind == "plain" and ln.kind == "plain":
            p, c = _plain(prev).rstrip(), _plain(ln).strip()
            head = re.split(r"(?<=[a-z)])\.\s", c)[0]  # "Institute, University of X. Mentor: …": the part before the note
            rp = find_range(p)
            ends_dated = rp is not None and rp[3][1] >= len(p.rstrip(" .)")) - 1  # "Title, Org<TAB>since 2021": whole
            cut_tail = rp and not ends_dated and not find_range(c) and len(c.split()) <= 4 and ":" not in c
            cut_tail = cut_tail or _wrapped_after_date(p, head) or (
                bool(rp) and p.endswith(",") and not find_range(c) and len(c.split()) <= 10) or (
                _OPEN_WORD_END.search(p) and not find_range(c))  # "…, University of" / "California"
            # "Postdoctoral Researcher, …, Max Planck" / "Institute for …, Leipzig, 2018–2021": the dated tail
            cut_head = not find_range(p) and find_range(c) and re.search(r"\s[A-Z][\w'’-]+$", p) and len(p) >= 40 \
                and not _is_place(p.rsplit(",", 1)[-1].strip()) and find_range(c)[3][0] > 0 and _TITLE_WORDS.search(p)
            if (cut_tail or cut_head) and "," in p and len(p) >= 40 and not re.search(r"[.;:)]$", p) \
                    and re.match(r"[A-Z]", c):
                out[-1] = Line(prev.text.rstrip() + " " + ln.text.strip(), prev.start, ln.end, "plain",
                               body=prev.text.rstrip() + " " + ln.text.strip())
                continue
        out.append(ln)
    return out


_ORG_HEAD = re.compile(r"(?:University|Universit[éy]|Institute|College|Laboratory|School|Hospital|Academy|Centre|Center)")


def _orphan_org_head(ln: Line) -> bool:
    """A line that is a bare organisation head noun and its dates ('University<TAB>2019–2021'): the rest of the
    organisation's name ends the line above."""
    c = _plain(ln).strip()
    rng = find_range(c)
    return bool(rng) and rng[3][0] > 0 and _ORG_HEAD.fullmatch(c[: rng[3][0]].strip(" ,\t")) is not None


def _wrapped_after_date(prev: str, head: str) -> bool:
    """'2020–2023 Postdoc, Cosmic Dawn Center (DAWN), Niels Bohr' / 'Institute, University of Copenhagen,
    Copenhagen. Mentor: …': a line that opens with its dates and stops on a capitalised word goes on below."""
    rng = find_range(prev)
    if not rng or rng[3][0] > 1 or find_range(head) or len(head.split()) > 8:
        return False
    if _ORG_WORDS.search(prev.rsplit(",", 1)[-1]):
        return False  # "…, University of Chicago" / "South Asia Language Resource Center": a whole name, then its unit
    return bool(re.search(r"\s[A-Z][\w'’-]+$", prev) and re.match(r"[A-Z]\w*(?:[\s,]|$)", head))


def _place_cell_off(text: str, raw: str, pos: Position) -> tuple[str, str]:
    """A left cell that is only a place is the post's location; the rest of the row goes on as the line."""
    first, _, rest = text.partition("\t")
    if not rest.strip() or not _is_place(first.strip(" ,")):
        return text, raw
    pos.location = pos.location or first.strip(" ,")
    return rest.strip(), raw.split("\t", 1)[1] if "\t" in raw else rest


def parse_positions(lines: list[Line], section: str) -> list[Position]:
    """Positions from a section: rows of a labelled table; else every dated line opens one and undated
    lines around it fill it in."""
    rows, lines = labelled_rows(lines)
    more, lines = inferred_rows(lines, _COLUMNS, {"dates", "title", "org"}, rest_role="unit")
    table = [pos for pos in (_position_from_row(r, section) for r in rows + more) if pos is not None]
    found = _positions_from_lines(full_year_cells(lines), section)
    return sorted(table + found, key=lambda p: p.span[0] if p.span else 0) if table else found


# the columns of a table with no header: what each one's cells all are
_COLUMNS = {"dates": is_dates, "title": lambda c: bool(_TITLE_WORDS.search(c)) and not _ORG_WORDS.search(c),
            "org": lambda c: bool(_ORG_WORDS.search(c))}


def _position_from_row(row: Row, section: str) -> Position | None:
    """'07/2013–06/2016 | Clinical Fellow, Pediatric Infectious Diseases | Boston Children's Hospital'."""
    c = row.cells
    if not (c.get("title") or c.get("org")):
        return None
    rng = row_range(c)
    org, loc = c.get("org"), c.get("location")
    if org and not loc:
        org, loc = split_trailing_places(org)  # "Clínica Veterinária do Vale, Évora, Portugal"
    title, supervisor = _title_and_supervisor(c.get("title"))
    supervisor = supervisor or _title_and_supervisor(c.get("unit"))[1]  # "Medicine (research mentor: …)"
    if title and not org and "," in title:
        title, org, loc = split_title_org(title)  # one "Position" column: "Postdoctoral Fellow, Princeton University"
    pos = Position(org=org, title=title, location=loc, supervisor=supervisor,
                   kind=position_kind(title or "", section), span=(row.line.start, row.line.end))
    if rng:
        pos.start, pos.end = rng[0], rng[1]
    return pos


_SUP_NOTE = re.compile(r"\s*\((?:(?:research|thesis|postdoctoral|faculty)\s+)?(?:supervisors?|advisors?|mentors?|host|PI|supervised by|advised by)\s*[:：]?\s*([^()]+)\)", re.I)


def _title_and_supervisor(title: str | None) -> tuple[str | None, str | None]:
    """'Postdoctoral Research Associate (supervisor: Prof. L. Hartmann)': the note names the supervisor."""
    m = _SUP_NOTE.search(title or "")
    if m is None:
        return title, None
    return (title[: m.start()] + title[m.end():]).strip(" ,;") or None, m.group(1).strip(" .")


def _positions_from_lines(lines: list[Line], section: str) -> list[Position]:
    out: list[Position] = []
    named: set[int] = set()
    buffer: list[str] = []
    context: str | None = None
    pending = None
    just_dated = False
    date_above = False  # this list writes each date alone above its role
    pending_place = None  # a place set between such a date and its role
    unit_open = False  # the line above named a unit ("Department of X") whose school may follow
    for ln in _join_cut_lines(join_split_date_cells(lines)):
        if ln.kind == "blank":
            unit_open = False
            continue
        text = _plain(ln)
        if not _LETTER_OR_DIGIT.search(text):
            continue  # "-": an empty bullet (a web CV's card marker)
        raw = ln.body if ln.kind in ("item", "heading") else ln.text
        if "\t" in text and out and just_dated and find_range(text) is None:
            text, raw = _place_cell_off(text, raw, out[-1])  # "MILAN, ITALY<TAB>Università …" (Europass)
        if find_range(text) is None and out and just_dated and _in_other_script(out[-1]) and _TITLE_WORDS.search(text):
            _restate(out[-1], raw, section)  # "2014.07 – 2014.09 百度地图，研究实习生" / "Research Intern, Baidu Maps"
            just_dated = False
            continue
        rng = find_range(text)
        role = _role_field(text) if out and just_dated and not rng else None
        if role:
            out[-1].title, out[-1].kind = role, position_kind(role, section)
            just_dated = False  # the post's own lines end here
            continue
        sup = _SUP_ANY.search(text)
        if sup and out and not rng:
            before = text[: sup.start()].strip(" .,;")
            if before and just_dated and _names_org(before, raw, out[-1]):
                out[-1].org = before  # "SLU, Uppsala, Sweden. Host: P. Lindahl"
            out[-1].supervisor = out[-1].supervisor or (sup.group(1) or sup.group(2)).strip(" .")
            just_dated = False
            continue
        if rng is None and pending is not None and _is_place(text):
            pending_place = text.strip(" ,;")  # "Jun 2024 - Sep 2024" / "London, UK" / "Research Intern": a web CV's card
            continue
        if rng is None and pending is not None and _is_header_like(text, ln):
            pos = _position_from(raw, [], section)  # "2022 – now" above "Professor, EPFL"
            if pos is not None:
                pos.start, pos.end, pos.span = pending[0], pending[1], (ln.start, ln.end)
                pos.location = pos.location or pending_place
                out.append(pos)
                just_dated, pending, date_above = True, None, True
                continue
        if rng is None and unit_open and out and _INSTITUTION.search(text) and not _TITLE_WORDS.search(text):
            org, loc = split_trailing_places(text.strip(" ,;"))  # "Department of X" / "University of Y, City, ST"
            out[-1].org = f"{out[-1].org}, {org}"
            out[-1].location = out[-1].location or loc
            unit_open = False
            continue
        unit_open = False
        if rng is None:
            if out and just_dated and out[-1].title is None and _TITLE_WORDS.search(text) and len(text.split()) <= 8:
                out[-1].title = text.strip(" ,;")  # "**Google**  2011" then "Contract Developer"
                out[-1].kind = position_kind(out[-1].title, section)
            elif out and just_dated and id(out[-1]) not in named and _names_org(_LAB_NOTE.sub("", text), raw, out[-1],
                                                                                 date_above):
                note = _LAB_NOTE.search(text)  # "…, University of Otago (lab of Prof. K. Roe)": the host names the supervisor
                out[-1].org = _LAB_NOTE.sub("", text).strip(" ,;")  # "Title  dates" then the organisation below it
                out[-1].supervisor = out[-1].supervisor or (note.group(1).strip() if note else None)
                unit_open = bool(_UNIT_LINE.match(out[-1].org)) and not _INSTITUTION.search(out[-1].org)
            elif _is_header_like(text, ln):
                buffer.append(raw)
            just_dated = False
            continue
        header_raw = _SINCE_END.sub("", _cut_date(raw, text, rng[3]))  # "Group Leader<TAB>since January 2021"
        header = strip_markup(header_raw).strip(" ,;|\t-–—*")
        if re.fullmatch(r"(?i:since|seit|depuis|desde|dal|od|sedan|vanaf|sinds|from|ab)", header):
            header = header_raw = ""  # "seit 04/2022": the word belongs to the date
        elif _SINCE_START.match(header):  # "since 2021  Professor (W3), …": so does a leading one
            header_raw = _SINCE_START.sub("", strip_markup(header_raw).strip(" ,;|\t-–—*"))
            header = header_raw
        if not header and (not buffer or date_above):
            pending, buffer, pending_place = rng, [], None  # the role is on the next line; lines above were the last role's
            continue
        pending = None
        if _COURSE.match(header):
            buffer = []
            continue  # "PHYS208 Condensed Matter Physics (lecturer, 2022–)": a course taught, not a post
        pos = _position_from(header_raw if header else "", buffer, section)
        if pos is not None and buffer and _bold_org_line(buffer[-1]):
            named.add(id(pos))  # its organisation was named above it: a school below is the next entry's
        if pos is None:
            continue
        context = _context_org(buffer) or context
        if pos.org is None and context and pos.title:
            pos.org = context  # "### Stanford University" then several dated roles under it
        pos.start, pos.end = rng[0], _last_date(text, rng)
        pos.span = (ln.start, ln.end)
        out.append(pos)
        buffer = []
        just_dated = True
    return _tidy(out)


_LATIN = re.compile(r"[A-Za-z]")
_LETTER_OR_DIGIT = re.compile(r"[^\W_]")


def _in_other_script(pos: Position) -> bool:
    """The role was read from a line in Chinese, Japanese or Korean: a line in Latin letters restating it is better."""
    text = f"{pos.title or ''} {pos.org or ''}".strip()
    return not text or bool(CJK.search(text)) and len(_LATIN.findall(text)) < len(CJK.findall(text))


def _restate(pos: Position, raw: str, section: str) -> None:
    title, org, loc = split_title_org(_SUP_NOTE.sub("", raw))
    note = _SUP_NOTE.search(strip_markup(raw))
    pos.title, pos.org, pos.location = title, org, loc
    pos.supervisor = note.group(1).strip(" .") if note else pos.supervisor
    pos.kind = position_kind(title or "", section)


def _tidy(out: list[Position]) -> list[Position]:
    """Organisations without trailing dates or places ("University of Wrocław, Wrocław, Poland")."""
    for pos in out:
        if pos.org:  # more dates listed after the first ("06/2016-08/2016, 04/2017") are not the org
            pos.org = re.sub(r"(?:\s*[,;]\s*(?:\d{1,2}/)?(?:19|20)\d\d)+\s*$", "", pos.org).strip(" ,;") or None
        if pos.org and pos.location is None and "," in pos.org:
            pos.org, pos.location = _split_location(pos.org)
    kept: list[Position] = []
    for pos in out:
        if not (kept and _activity_of(pos, kept[-1])):
            kept.append(pos)
    return kept


def _activity_of(pos: Position, post: Position) -> bool:
    """'Atividades' / '03/2018 - Atual' / 'Ensino, …' under a post held 2018 - Atual: a dated activity inside
    the post's own years, naming no post and no organisation, is part of that post."""
    if pos.title and not _COURSE.match(pos.title) or _ORG_WORDS.search(pos.org or "") or not (pos.start and post.start):
        return False
    ends_inside = post.end == "present" or (pos.end not in (None, "present") and pos.end[:4] <= (post.end or "")[:4])
    return pos.start[:4] >= post.start[:4] and ends_inside


def _context_org(buffer: list[str]) -> str | None:
    """An organisation line (a school, a company) standing above dated roles."""
    for raw in reversed(buffer):
        text = " ".join(strip_markup(raw.split("\t")[0]).split()).strip(" ,;|-–—")  # not its flush-right place
        if text and not _TITLE_WORDS.search(text) and len(text.split()) <= 10 and not re.search(r"\d{4}", text):
            return text
    return None


def _last_date(text: str, rng) -> str | None:
    """'06/2016-08/2016, 04/2017, 12/2018': one entry from the first to the last month named."""
    end = rng[1]
    if end == "present":
        return end
    rest = text[rng[3][1]:]
    while True:
        more = re.match(r"\s*[,/;&]\s*", rest)
        nxt = find_range(rest) if more else None
        if not nxt or nxt[3][0] > more.end():
            return end
        end = max(end or "", nxt[1] or "")
        rest = rest[nxt[3][1]:]


def _names_org(text: str, raw: str, pos: Position, card: bool = False) -> bool:
    """The line right after a dated title names its organisation (a school, a company in italics; in a card of
    date, place, post and employer lines, any short line that is no sentence)."""
    if len(text.split()) > 14 or text.endswith(".") and len(text.split()) > 6:
        return False
    italic = raw.strip().startswith("\ue002")
    if pos.org is None:
        placed = "," in text and len(text.split()) <= 7 and split_trailing_places(text)[1] is not None
        short = card and len(text.split()) <= 6 and not text.endswith(".") and text[:1].isupper()
        return bool(_ORG_WORDS.search(text)) or ((italic or placed or short) and not _TITLE_WORDS.search(text))
    return bool(_INSTITUTION.search(text)) and not _INSTITUTION.search(pos.org)


# "Department of Psychological Science", "Sleep and Development Research Center": a unit, its school on the next line
_UNIT_LINE = re.compile(r"(?:(?:Department|Dept\.|Division|Faculty|School|Institute|Laboratory|Lab|Center|Centre|Unit|Group|"
                        r"Program(?:me)?)\b|.*\b(?:Department|Division|Laboratory|Lab|Cent(?:er|re)|Unit|Group|Institute)$)")


_FORM_FIELDS = re.compile(r"\b\w+:\s*[^|:]+\|\s*\w+:")


def _is_header_like(text: str, ln: Line) -> bool:
    words = text.split()
    raw = (ln.body if ln.kind in ("item", "heading") else ln.text).strip()
    bold = raw.startswith(BOLD_ON) and raw.endswith(BOLD_OFF)  # '**Universidade Federal de Minas Gerais, UFMG, Brasil.**'
    if not words or len(words) > 14 or text.endswith(".") and len(words) > 6 and not bold:
        return False
    if _FORM_FIELDS.search(text):
        return False  # "City: Milan | Country: Italy": a form's labelled fields, no post or employer
    if ln.kind == "item" and not _TITLE_WORDS.search(text) and not _INSTITUTION.search(text) \
            and not _bold_org_line(ln.body or ""):  # "- **Microsoft Research**<TAB>Redmond, WA": a bulleted employer
        return False
    return True


def _cut_date(raw: str, plain: str, span: tuple[int, int]) -> str:
    """Remove the date from the raw line (markup kept), using the plain-text match."""
    date_text = plain[span[0]:span[1]].strip()
    # the plain text has its white space collapsed; the raw line may hold tabs or runs of spaces
    found = _find_spaced(date_text.split(), strip_markup(raw)) if date_text else None
    if found is None:
        return raw
    idx, length = found[0], found[1] - found[0]
    if not has_markup(raw):
        cut = raw[:idx] + raw[idx + length:]
    else:
        out, seen = [], 0
        for ch in raw:
            is_markup = ch in "\ue000\ue001\ue002\ue003"
            if is_markup or not (idx <= seen < idx + length):
                out.append(ch)
            if not is_markup:
                seen += 1
        cut = "".join(out)
    return _EMPTY_BRACKETS.sub("", cut) if "(" in cut or "[" in cut else cut  # "Bristol (2016–2020)": "Bristol"


_EMPTY_BRACKETS = re.compile(r"\s*(?:\(\s*\)|\[\s*\])")


def _find_spaced(words: list[str], text: str) -> tuple[int, int] | None:
    r"""The span of the first match of the words (no white space in them) with white space between them in text:
    re.search(r"\s+".join(map(re.escape, words)), text), without compiling a pattern for each date. A run of white
    space never holds a word's first character, so taking all of it is the only way on."""
    start = 0
    while (i := text.find(words[0], start)) >= 0:
        j = i + len(words[0])
        for w in words[1:]:
            k = j
            while k < len(text) and text[k].isspace():
                k += 1
            if k == j or not text.startswith(w, k):
                break
            j = k + len(w)
        else:
            return i, j
        start = i + 1
    return None


def _org_line_index(prev: list[str]) -> int:
    """'Universidade Federal de Viçosa, UFV, Brasil.' / 'Vínculo institucional' / '2018 - Atual': the last line
    above a bare date is a label, and the organisation stands above it."""
    last = len(prev) - 1
    if _ORG_WORDS.search(prev[-1]) or _TITLE_WORDS.search(prev[-1]) or len(prev[-1].split()) > 3:
        return last
    return next((i for i in range(last - 1, -1, -1) if _ORG_WORDS.search(prev[i]) or "," in prev[i]
                 and _is_place(prev[i].rsplit(",", 1)[-1].strip(" ."))), last)  # '…, EMBRAPA, Brasil.


_ROLE_FIELD = re.compile(r"(?:^|[,;.]\s*)(?i:position|role|job title|title|cargo|fun[çc][ãa]o|enquadramento funcional|puesto|"
                         r"categor[íi]a(?: profesional)?|funktion|fonction|ruolo|qualifica)\s*:\s*([^,;:]+?)\s*(?=[,;]|\.?$)")


def _role_field(text: str) -> str | None:
    """'Vínculo: Servidor Público, Enquadramento Funcional: Professor Adjunto, Carga horária: 40': a line of
    labelled fields names the post in one of them."""
    if text.count(":") < 2:
        return None
    m = _ROLE_FIELD.search(text)
    return m.group(1).strip() if m else None


def _position_from(header_raw: str, buffer: list[str], section: str) -> Position | None:
    header = " ".join(strip_markup(header_raw).split()).strip(" ,;|\t-–—*")
    prev = [" ".join(strip_markup(b).split()).strip(" ,;|-–—") for b in buffer[-3:]]
    prev = [p for p in prev if not all(_is_place(x.strip()) for x in p.split(",") if x.strip())] or prev[-1:]
    if not header and not prev:
        return None
    place = None
    if header and prev and all(_is_place(x.strip()) for x in header.split(",") if x.strip()):
        place, header = header, ""  # "Jan 2022 – present<TAB>Uppsala, Sweden" under the title and organisation lines
    if not header:
        pick = _org_line_index(prev)
        last_raw = " ".join(strip_markup(buffer[-1]).split()).strip(" ,;|-–—")
        header_raw, header = (buffer[-1] if last_raw == prev[pick] else prev[pick]), prev[pick]  # not a place line
        prev = prev[:pick]
    note = _SUP_NOTE.search(strip_markup(header_raw))
    if note:  # "…, University of Sydney, Australia (PI: Prof. Jun Wei Tan)": the supervisor, in brackets
        header_raw = _SUP_NOTE.sub("", header_raw)
    title, org, loc = split_title_org(header_raw)
    loc = loc or place
    named = _bold_org_line(buffer[-1]) if buffer else None
    if named and title:  # "**Fred Hutchinson Cancer Center**<TAB>Seattle, WA" above "Clinical Fellow, Medical Oncology"
        org, loc = named
        title = re.split(r",\s*", title)[0] if _TITLE_WORDS.search(re.split(r",\s*", title)[0]) else title
    elif prev and (org is None or title is None):
        other = prev[-1]
        if org is None and not _TITLE_WORDS.search(other):
            org = other
        elif title is None and _TITLE_WORDS.search(other):
            title = other
        elif org is None:
            org = other
    sup = _SUP_TAIL.search(org) if org else None
    if sup:  # "…, University of Michigan, Mentor: Carla Okoro": the supervisor named on the organisation's line
        org = org[: sup.start()].strip(" ,;") or None
    supervisor = sup.group(1).strip(" .") if sup else note.group(1).strip(" .") if note else None
    pos = Position(org=org, title=title, location=loc, supervisor=supervisor)
    pos.kind = position_kind(title or "", section)
    return pos


_SUP_TAIL = re.compile(r"[,;.]\s*(?:mentors?|supervisors?|advisors?|host|PI)\s*[:：]\s*([^,;()]{3,60})$", re.I)


def _bold_org_line(raw: str) -> tuple[str, str | None] | None:
    """A whole bold line that names an organisation (no job title), its place in a flush-right column."""
    name, _, place = raw.strip().partition("\t")
    name = name.strip()
    if not (name.startswith(BOLD_ON) and name.endswith(BOLD_OFF)) or BOLD_ON in name[1:-1]:
        return None
    text = " ".join(strip_markup(name).split()).strip(" ,;|")
    if not text or _TITLE_WORDS.search(text) and not _ORG_WORDS.search(text) or re.search(r"\d{4}", text):
        return None
    org, loc = split_trailing_places(text)
    place = " ".join(strip_markup(place).split()).strip(" ,;|") or None
    return org, place or loc


def split_title_org(raw: str) -> tuple[str | None, str | None, str | None]:
    """'Research Intern at **Google**, Sunnyvale, CA' -> (title, org, location)."""
    plain = re.sub(r"\s*<https?://[^>\s]*>", "", strip_markup(raw)).strip(" ,;|\t-–—*")
    plain = re.sub(r"\s+", " ", re.sub(r"\s*\t\s*", ", ", plain))  # table cells: "Title<TAB>Department<TAB>Hospital"
    plain = re.sub(r"\s*\((?:with|under|host|supervisor|advisor|mentor)\b[^)]*\)", "", plain, flags=re.I)  # a note
    plain = re.sub(r"^(?:present|now|current)\b[\s,;:-]*|[\s,;(-]*\b(?:present|now)\)?$", "", plain, flags=re.I).strip(" ,;|-–—")
    comma = plain.find(",")
    stop = re.compile(r"(?<=[a-z)]{2})\.\s+(?=[A-ZÁÉÍÓÚ¿])").search(plain, comma) if comma > 0 else None
    if stop:  # "Investigador, Centro X, Santiago. Proyecto C22 ...": a description follows the organisation
        plain = plain[: stop.start()]
    bold = re.search(f"{BOLD_ON}([^{BOLD_OFF}]+){BOLD_OFF}", raw)
    by_bold = _split_on_bold_org(plain, bold.group(1) if bold else None)
    if by_bold is not None:
        return by_bold
    m = re.search(r"\s(?:at|@)\s|\s[–—|]\s|\s-\s", plain.split(",")[0])
    if m:
        left, right = plain[: m.start()].strip(" ,"), plain[m.end():].strip(" ,")
        if _TITLE_WORDS.search(left) or not _TITLE_WORDS.search(right):
            if not _TITLE_WORDS.search(left) and m.group(0).strip() == "@":
                return None, plain, None  # "mlPC Lab @ UC San Diego" is one organisation
            org, loc = _org_location(right, bold.group(1).strip() if bold else None)
            return _clean_title(left) or None, org, loc
        org, loc = _org_location(left, None)
        return _clean_title(right) or None, org, loc
    dash = _ORG_DASH_ROLE.search(plain)
    if dash and _TITLE_WORDS.search(dash.group(2)) and not _TITLE_WORDS.search(dash.group(1)):
        # "Woods Hole Oceanographic Institution, Woods Hole, MA — Guest Student": a résumé template's org and place,
        # a dash, then the role
        org, loc = split_trailing_places(dash.group(1).strip(" ,"))
        return _clean_title(dash.group(2).strip(" ,")) or None, org or None, loc
    parts = [p.strip(" .") for p in _split_outside_brackets(plain) if p.strip(" .") and not re.fullmatch(r"[\d\s\-–]+", p.strip())
             and not _COURSE.match(p.strip())]  # "TFY4220 Solid State Physics": a course, not a unit
    return _split_comma_parts(parts, plain)


_COURSE = re.compile(r"[A-Z]{2,5}\s?-?\d{3,4}[A-Z]?\b")
# a unit of an institution: "Department of X", "Laboratory for Neutron Scattering", "Neutron Scattering Division"
_UNIT_START = re.compile(r"(?:department|dept\.|division|faculty|school of|laboratory|lab|section|unit|group)\b", re.I)
_UNIT_END = re.compile(r"\b(?:department|division|section|unit|group)$", re.I)  # "Argonne National Laboratory" is none
_POSSESSIVE_END = re.compile(r"\w[’']s$")
_TERMS_NOTE = re.compile(r"\s*\((?:part[- ]time|full[- ]time|fixed[- ]term|\d{1,3}\s?%)\)\s*$", re.I)  # "(tenure track)" stays


def _is_unit(part: str) -> bool:
    return bool(_UNIT_START.match(part) or _UNIT_END.search(part))


_ORG_DASH_ROLE = re.compile(r"^([^–—]+,[^–—]+?)\s[–—]\s([^–—,]+)$")  # "Org, Place — Role": one dash, after the commas


def _split_outside_brackets(text: str) -> list[str]:
    """Split on commas, semicolons and tabs, not inside brackets: 'TA for FIN 143 (Finance, Firms, and Society)'."""
    parts, depth, start = [], 0, 0
    for i, ch in enumerate(text):
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(0, depth - 1)
        elif ch in ",;\t" and (depth == 0 or ch == "\t"):
            parts.append(text[start:i])
            start = i + 1
    parts.append(text[start:])
    return parts


def _split_comma_parts(parts: list[str], plain: str) -> tuple[str | None, str | None, str | None]:
    """'Assistant Professor, Department of X, Purdue University, West Lafayette, IN': the title part, then the
    organisation from its first unit or school part to the last part that is not a place."""
    if not parts:
        return None, None, None
    ti = next((i for i, p in enumerate(parts) if _TITLE_WORDS.search(p) and not _INSTITUTION.search(p)), None)
    if ti is None and len(parts) >= 2 and len(parts[0].split()) <= 4 and not _ORG_WORDS.search(parts[0]) \
            and not _is_place(parts[0]) and _ORG_WORDS.search(parts[1]):
        ti = 0  # "Audit Senior, Ernst & Young LLP, Dallas, TX": a post the word list lacks, then its employer
    if ti is None:
        return None, plain, None
    if ti > 0 and not any(_is_place(p) for p in parts[:ti]):  # "Purdue University, Assistant Professor"
        org, loc = split_trailing_places(", ".join(parts[:ti]))
        tail = [p for p in parts[ti + 1:] if _is_place(p)]
        return _clean_title(parts[ti]), org, ", ".join(([loc] if loc else []) + tail) or None
    rest = parts[ti + 1:]
    first_org = next((i for i, p in enumerate(rest) if _ORG_WORDS.search(p)), None)
    if first_org is None:  # no organisation word: the first part that is not a place
        first_org = next((i for i, p in enumerate(rest) if not _is_place(p)), None)
        if first_org is None:
            return _clean_title(parts[ti]), None, ", ".join(rest) or None
    if first_org and _POSSESSIVE_END.search(rest[first_org - 1]):
        first_org -= 1  # "Lecturer, St George’s, University of London": a college of a federal university
    title = parts[ti]  # "Fellow, Cardiovascular Disease, Mayo Clinic": the specialty is left out
    tail = rest[first_org:]
    k = next((i for i, p in enumerate(tail) if i and _is_place(p)), len(tail))
    places = []
    while k + len(places) < len(tail) and _is_place(tail[k + len(places)]):
        places.append(tail[k + len(places)])
    # "TUM, Garching, Germany, Group of Prof. X": what follows the place is a description
    units = tail[:k]
    if len(units) >= 2 and _ORG_WORDS.search(units[0]) and not _is_unit(units[0]) and all(map(_is_unit, units[1:])):
        units = units[:1]  # "University of Tennessee, Department of Physics": a unit named after its institution
    org, loc = split_trailing_places(", ".join(units))
    return _clean_title(title), org or None, ", ".join(([loc] if loc else []) + places) or None


def _split_on_bold_org(plain: str, bold: str | None) -> tuple[str | None, str | None, str | None] | None:
    """'**Our Research**: Principal Engineer of X' -> the bold run leads and names the organisation."""
    bold = " ".join((bold or "").split()).strip(" ,;:|-–—")
    if not bold or not plain.startswith(bold) or _TITLE_WORDS.search(bold) and not _INSTITUTION.search(bold):
        return None
    rest = plain[len(bold):].strip()
    if not rest or not re.match(r"[:,;|–—-]", rest):
        return None
    parts = [p.strip(" .") for p in re.split(r"\s*[:;|]\s+|,\s+|\s[–—-]\s", rest.lstrip(":,;|–—- ")) if p.strip(" .")]
    titled = [p for p in parts if _TITLE_WORDS.search(p) and not _INSTITUTION.search(p)]
    places = [p for p in parts if _is_place(p) and p not in titled]
    title = _clean_title(titled[0]) if titled else None
    return title, bold, ", ".join(places[:2]) or None


def _clean_title(t: str) -> str:
    """'Research Assistant to Matthew Jackson' -> 'Research Assistant'; 'TA for ECON 1' -> 'TA'; 'Developer
    (part-time)' -> 'Developer' (the terms of a post are no part of its title)."""
    t = _TERMS_NOTE.sub("", t)
    m = re.match(r"(.+?)\s+(?:to|for|under)\s+\S.*$", t)
    if m and _TITLE_WORDS.search(m.group(1)):
        return m.group(1).strip()
    return t.strip()


def _org_location(s: str, bold: str | None) -> tuple[str | None, str | None]:
    if bold and s.startswith(bold):
        rest = s[len(bold):].strip(" ,")
        return bold, rest or None
    org, loc = split_trailing_places(s)
    return org or None, loc


def position_kind(title: str, section: str) -> str:
    t, sec = title.lower(), section.lower()
    if "intern" in t:
        return "internship"
    if re.search(r"teaching|instructor|lecturer|tutor|\bta\b", t) or "teaching" in sec:
        return "teaching"
    if re.search(r"extra|volunteer|leadership|activit", sec) or re.search(r"volunteer|mentee|member|chairman|president", t):
        return "other"
    if re.search(r"research|postdoc|post-doc|visiting|fellow|scientist", t) or "research" in sec and not t:
        return "research"
    return "job"


# ---------------------------------------------------------------- plain lists

def parse_awards(lines: list[Line]) -> list[Award]:
    out = []
    for ln in _join_wrapped_items(lines, _award_goes_on):
        if ln.kind == "blank":
            continue
        text = _plain(ln)
        rng = find_range(text)
        name = _without_span(text, rng[3]).strip(" ,;|\t-–—") if rng else text
        if not name or len(name) < 3:
            continue
        out.append(Award(name=name, date=month_of(text), span=(ln.start, ln.end)))
    return out


def _join_wrapped_items(lines: list[Line], goes_on) -> list[Line]:
    """Plain lines that a narrow column or a fixed width wrapped, joined into the item they carry on."""
    out: list[Line] = []
    for ln in lines:
        prev = out[-1] if out else None
        if prev is not None and prev.kind == ln.kind == "plain" and goes_on(prev.text, ln.text, lines):
            text = prev.text.rstrip() + " " + ln.text.strip()
            out[-1] = Line(text, prev.start, ln.end, "plain", body=text)
            continue
        out.append(ln)
    return out


_SEPARATOR_END = re.compile(r"[,;&]$|\b(?:and|of|for|in)$")
_WIDTH_OF = lambda lines: max((len(_plain(x)) for x in lines if x.kind == "plain"), default=0)  # noqa: E731


def _award_goes_on(prev: str, cur: str, lines: list[Line]) -> bool:
    """'NIH K23 Career Development' / 'Award (NHLBI), 2017–2022': in a narrow column (a sidebar) an award
    without its date runs on into the dated line below; so does one that stops at a comma or 'of'."""
    a, b = strip_markup(prev).strip(), strip_markup(cur).strip()
    if find_range(a) is not None or find_range(b) is None or "\t" in a:
        # "2024   Prize, Royal Society of" / "Chemistry": a dated award cut at a joining word goes on below
        return _SEPARATOR_END.search(a) is not None and find_range(b) is None and not b[:1].isdigit()
    return _SEPARATOR_END.search(a) is not None or _WIDTH_OF(lines) <= 36


def _list_goes_on(prev: str, cur: str, lines: list[Line]) -> bool:
    """A list of skills wrapped over lines: a line that ends in a separator, one cut inside its list that
    goes on in lower case, and the lines of a paragraph hard-wrapped at a fixed width (all but the last as
    wide as the widest) are one list."""
    a, b = strip_markup(prev).rstrip(), strip_markup(cur).strip()
    if ":" in b[:30] or "\t" in a or "\t" in b:
        return False  # "Languages: …": a label opens the next list
    if _SEPARATOR_END.search(a):
        return True
    separated = "," in a or ";" in a
    return separated and (b[:1].islower() or len(a) >= 0.85 * _WIDTH_OF(lines) >= 50)


def parse_lines(lines: list[Line], join_date: bool = False) -> list[str]:
    out = []
    for ln in lines:
        if ln.kind == "blank":
            continue
        raw = ln.body if ln.kind in ("item", "heading") else ln.text
        parts = [" ".join(strip_markup(p).split()).strip(" -–—•") for p in raw.split("\t")]
        parts = [p for p in parts if p]
        if parts:
            out.append(" | ".join(parts) if join_date else " ".join(parts))
    return out


def parse_talks(lines: list[Line]) -> list[str]:
    """'Title' followed by event bullets -> one 'Title | event' per bullet."""
    out, title = [], None
    for ln in lines:
        if ln.kind == "blank":
            continue
        text = _plain(ln)
        if ln.kind == "item" and title:
            out.append(f"{title} | {text}")
        elif ln.kind != "item":
            if title and not any(o.startswith(title + " |") for o in out):
                out.append(title)
            title = text
        else:
            out.append(text)
    if title and not any(o.startswith(title + " |") for o in out):
        out.append(title)
    return out


_GENERIC_LABEL = re.compile(r"^(?:languages?|programming(?: languages?| skills?)?|skills?|tools?|software|technical|"
                            r"frameworks?|technologies|computer(?: skills)?|others?|misc|libraries|platforms?|"
                            r"idiomas|lenguajes|computing|computation(?:al)?|methods?|techniques?|laboratory|lab|"
                            r"experimental|statistical|analytical|research|certifications?|langues|sprachen)$", re.I)


def parse_skills(lines: list[Line]) -> list[str]:
    out: list[str] = []
    for ln in _join_wrapped_items(lines, _list_goes_on):
        if ln.kind == "blank":
            continue
        text = _plain(ln).replace("\\LaTeX", "LaTeX").replace("L^AT_EX", "LaTeX")
        label, sep, rest = text.partition(":")
        if not sep:
            label, sep, rest = text.partition("\t")  # "Software<TAB>R, Stata": a label in a column of its own
        items = []
        if sep and len(label.split()) <= 4:
            if not _GENERIC_LABEL.match(label.strip()) and sep == ":":
                items.append(label.strip())
            text = rest
        parts = [q for p in _split_outside_brackets(text) for q in re.split(r"\s+and\s+(?=[A-Z])", p)]
        for part in parts:
            part = part.strip(" .")
            if not part or re.match(r"(?:and )?(?:many )?more$|etc\.?$", part, re.I):
                continue
            m = re.match(r"^([^()]+?)\s*\(([^()]+)\)$", part)
            if m and "," in m.group(2):
                items.append(m.group(1).strip())
                items.extend(x.strip() for x in m.group(2).split(",") if x.strip())
            elif m and (re.search(r"[A-Z][a-z]+[A-Z]", m.group(2)) or re.search(r"torch|jax|tensorflow|keras", m.group(2), re.I)) \
                    and not re.search(r"native|fluent|proficient|\d", m.group(2), re.I):
                items.append(m.group(1).strip())
                items.append(m.group(2).strip())
            else:
                items.append(part)
        out.extend(i for i in items if i)
    return out
