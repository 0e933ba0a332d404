"""Tables whose header row names their columns ('Dates | Title | Department / Institution'): HTML and
DOCX CVs, university profile systems. The labels say what each cell holds, so no guessing is needed."""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ..read.text import CJK_CHARS, strip_markup
from .dates import find_range
from .lines import Line

_LABELS = {
    "dates": r"dates?|years?|period|duration|time|when|from\s*[-–/]?\s*to|start\s*[-–/]\s*end|zeitraum|jahre?|fechas?|"
             r"p[ée]riode|ann[ée]es?|datum|anno|date\s*\(s\)|fecha\s+de\s+(?:titulaci[óo]n|inicio|obtenci[óo]n)|"
             r"year\s+of\s+(?:passing|award|completion|graduation|obtaining|conferral)|(?:award|completion|graduation)\s+year",
    # a range in two columns: "From | To"
    "from": r"from|start(?:\s+date)?|since|joined|date\s+of\s+joining|von|desde|d[ée]but",
    "to": r"to|till|until|end(?:\s+date)?|date\s+of\s+leaving|bis|hasta|fin",
    "title": r"(?:job\s+)?title|position|role|rank|post|appointment|job|designation|function|stelle|position\s*title|"
             r"cargo|poste|funktion|t[ií]tulo\s+del\s+puesto|categor[íi]a(?:\s+profesional)?|puesto",
    "org": r"institution|organi[sz]ation|employer|company|affiliation|university|school|college|"
           r"hospital|place\s+of\s+work|arbeitgeber|einrichtung|instituci[óo]n|[ée]tablissement|universit[äa]t|"
           r"hochschule|universidad|universit[ée]|institute|facility|center|centre|"
           r"entidad(?:\s+(?:empleadora|de\s+titulaci[óo]n|de\s+realizaci[óo]n))?|organismo|centro",
    # a unit of the organisation: the org when no column names the institution, else no part of it
    "unit": r"department|dept|unit|division|section|abteilung|d[ée]partement|departamento",
    "location": r"location|place|city|country|ort|lugar|lieu|city\s*/\s*country",
    "degree": r"degree|qualification|diploma|award(?:ed)?|abschluss|titulaci[óo]n|dipl[ôo]me|certificate|"
              r"degree\s*/\s*certificate",
    "field": r"field|subject|major|discipline|specialty|speciali[sz]ation|area|fach|studiengang|programme|program|"
             r"field\s+of\s+study|concentration",
    "gpa": r"percentage|cgpa|gpa|grade|marks|division|class|result|score|%\s*marks",
    # the row's number ("S.No.", "Sr. No.", "#"): no field, a column to skip
    "number": r"s[rl]?\.?\s*no|no|#|n[º°o]|nr|serial(?:\s+no)?",
}
# the columns of a table of publications ('S.No. | Authors | Title | Journal | Vol. (Issue), Pages | Year | IF')
_PUB_LABELS = {
    "number": _LABELS["number"],
    "authors": r"authors?|author\s*\(s\)|inventors?|(?:names?\s+of\s+(?:the\s+)?)?(?:co-?)?authors?|autor(?:es|en)?|auteurs?",
    "title": r"(?:(?:paper|article|chapter|patent|work|publication|manuscript)\s+)?title|"
             r"title\s+of\s+(?:the\s+)?(?:paper|article|chapter|patent|work|publication)|t[íi]tulo|titre|titel|titolo",
    "venue": r"journal(?:\s+name)?|name\s+of\s+(?:the\s+)?(?:journal|conference|book)|source|venue|conference|"
             r"published\s+in|book(?:\s+title)?|title\s+of\s+(?:the\s+)?(?:book|journal|proceedings)|proceedings|"
             r"revista|zeitschrift|revue|rivista",
    "year": r"year(?:\s+of\s+publication)?|publication\s+year|date|month|a[ñn]o|jahr|ann[ée]e|anno",
    "numbers": r"vol(?:ume|\.)?(?:\s*\(\s*(?:issue|no\.?)\s*\))?|issue|pages?|pp|page\s+nos?|article\s+(?:no|number)",
    "publisher": r"publisher|publishing\s+house|editorial|verlag|[ée]diteur",
    "impact": r"if|impact\s+factor|jif|impact|quartile|q|citations?|cited\s+by",
    "ids": r"doi|issn|isbn|(?:application|patent|filing)\s+(?:no|number)|link|url",
    "status": r"status|state",
    "type": r"type|category|indexed\s+in|indexing|index",
}
_CJK_RUN = re.compile(f"[{CJK_CHARS}\uff01-\uff5e]+")  # and full-width punctuation
_RX = {role: re.compile(rf"(?:{p})", re.I) for role, p in _LABELS.items()}
_PUB_RX = {role: re.compile(rf"(?:{p})", re.I) for role, p in _PUB_LABELS.items()}


@dataclass
class Row:
    """One body row of a labelled table: its cells by role, and the line it came from."""
    cells: dict[str, str]
    line: Line


def _role(label: str, rxs: dict[str, re.Pattern] = _RX) -> str | None:
    """'Department / Institution' -> 'org': every part of the label names the same kind of thing."""
    label = _CJK_RUN.sub(" ", label)  # "时间 Period": a bilingual header is judged by its Latin part
    parts = [p.strip(" .:*") for p in re.split(r"\s*(?:/|&|\band\b|,)\s*", label.lower()) if p.strip(" .:*")]
    roles = {next((r for r, rx in rxs.items() if rx.fullmatch(p)), None) for p in parts}
    if roles == {"degree", "field"}:
        return "degree"  # "Major / Degree": one cell names both; the degree is found inside it
    if roles == {"from", "to"}:
        return "dates"  # "From / To": one cell holds the range
    if roles == {"unit", "org"}:
        return "org"  # "Department / Institution": one cell names both
    return roles.pop() if len(roles) == 1 and None not in roles else None


def header_roles(text: str, kind: str = "cv") -> list[str] | None:
    """The column roles of a header row, or None when the row is not a header of labels. kind "cv" reads
    the columns of posts and degrees, "pub" those of publications (there "Title" is the work's)."""
    cells = [c.strip() for c in strip_markup(text).split("\t")]
    if sum(1 for c in cells if c) < 2 or not cells[-1]:
        return None
    # an empty label: a column the header leaves unnamed (the rows' numbers), no field
    roles = [_role(c, _PUB_RX if kind == "pub" else _RX) if c else "" for c in cells]
    named = [r for r in roles if r != ""]
    if None in named or len(set(named)) < len(named):
        return None
    if kind == "pub" and ("title" not in roles or not {"authors", "venue", "year"} & set(roles)):
        return None  # a work's row is known by its title and one more field
    return roles  # type: ignore[return-value]


def labelled_rows(lines: list[Line], kind: str = "cv") -> tuple[list[Row], list[Line]]:
    """Rows of the labelled tables among lines, and the lines that are not part of one."""
    rows: list[Row] = []
    rest: list[Line] = []
    roles: list[str] | None = None
    fresh = False  # right after the header row: a Markdown table's |---| rule leaves a blank line there
    for ln in lines:
        if ln.kind == "blank":
            if not fresh:
                roles = None  # a table's rows are contiguous lines
            rest.append(ln)
            continue
        found = header_roles(ln.text, kind) if "\t" in ln.text else None
        fresh = bool(found)
        if found:
            roles = found
            continue
        cells = [c.strip() for c in strip_markup(ln.text).split("\t")]
        if roles and len(cells) == len(roles) + 1 and re.fullmatch(r"\d{1,3}\.?", cells[0]):
            cells = cells[1:]  # "1<TAB>Universidad de Cádiz<TAB>…": the row's number, a column the header leaves unnamed
        if roles and len(cells) == len(roles):
            rows.append(Row(_with_org({r: _empty(c) for r, c in zip(roles, cells) if r and _empty(c)}), ln))
            continue
        roles = None
        rest.append(ln)
    return rows, rest


def _with_org(cells: dict[str, str]) -> dict[str, str]:
    """'Department' alone names the organisation; beside 'Institution' it is a unit of it, not part of its name."""
    if "unit" in cells and "org" not in cells:
        cells["org"] = cells.pop("unit")
    return cells


def inferred_rows(lines: list[Line], tests: dict[str, Callable[[str], bool]], need: set[str],
                  rest_role: str = "") -> tuple[list[Row], list[Line]]:
    """Rows of tables without a header ('06/2011-06/2012 | Intern | Internal Medicine | Brigham Hospital'):
    two or more contiguous lines of the same three or more cells, whose columns each hold one kind of thing.
    A column takes the role whose test every one of its cells passes (tests in order, first wins); the table
    counts when the roles in need each name one column; a last column of no role gets rest_role."""
    rows: list[Row] = []
    rest: list[Line] = []
    run: list[tuple[Line, list[str]]] = []

    def flush() -> None:
        roles = _column_roles([c for _, c in run], tests, need, rest_role) if len(run) >= 2 else None
        if roles:
            rows.extend(Row({r: v for r, v in zip(roles, c) if r and _empty(v)}, x) for x, c in run)
        else:
            rest.extend(x for x, _ in run)
        run.clear()

    for ln in lines:
        cells = [c.strip() for c in strip_markup(ln.text).split("\t")] if ln.kind == "plain" and "\t" in ln.text else []
        if run and len(cells) != len(run[0][1]):
            flush()
        if len(cells) >= 3:
            run.append((ln, cells))
        else:
            rest.append(ln)
    flush()
    return rows, rest


def _column_roles(table: list[list[str]], tests: dict[str, Callable[[str], bool]], need: set[str],
                  rest_role: str) -> list[str] | None:
    roles: list[str] = []
    for j in range(len(table[0])):
        cells = [_full_years(row[j]) for row in table if _empty(row[j])]
        roles.append(next((r for r, ok in tests.items() if cells and all(ok(c) for c in cells)), ""))
    for r in set(roles) - {""}:
        *earlier, last = [j for j, x in enumerate(roles) if x == r]
        for j in earlier:
            roles[j] = ""  # two columns of organisations: the department, then the institution
    if not need <= set(roles):
        return None
    if rest_role and roles.count("") == 1:
        roles[roles.index("")] = rest_role
    return roles


def _empty(cell: str) -> str:
    """'—', '-', 'n/a' mark an empty cell."""
    return "" if re.fullmatch(r"[\s\-–—/.]*|n/?a", cell, re.I) else cell


_SHORT_YEAR = re.compile(r"(?<![\d/.])(0[1-9]|1[0-2])/(\d\d)(?![\d/])")  # "06/11": month and year, in a dates column
_STILL = re.compile(r"(?:till|to|until|up\s*to)\s*(?:date|now)|continuing|ongoing|present|current(?:ly)?|now|today", re.I)


def _full_years(cell: str) -> str:
    """'06/11-06/12' -> '06/2011-06/2012': a dates column writes month and year with two digits each."""
    def year(m: re.Match) -> str:
        yy = int(m.group(2))
        return f"{m.group(1)}/{1900 + yy if yy >= 50 else 2000 + yy}"  # a CV's dates: '98' is 1998, '07' is 2007
    return _SHORT_YEAR.sub(year, cell)


_SHORT_CELL = re.compile(r"^(\s*[\ue000-\ue003]*(?:0[1-9]|1[0-2])/\d\d(?:\s*[-–—]\s*(?:(?:0[1-9]|1[0-2])/\d\d|[a-z]+)?)?"
                         r"[\ue000-\ue003]*)(?=\t)", re.I)


def full_year_cells(lines: list[Line]) -> list[Line]:
    """'06/11-06/12<TAB>Intern<TAB>…', '07/23-<TAB>…': a date column of months and two-digit years (a Harvard
    CV's) read with full years, so that the row is dated like any other."""
    out = []
    for ln in lines:
        m = _SHORT_CELL.match(ln.text) if "/" in ln.text[:20] else None
        if m:
            text = _full_years(m.group(1)) + ln.text[m.end():]
            ln = Line(text, ln.start, ln.end, ln.kind, ln.level, ln.number, text if ln.kind == "plain" else ln.body)
        out.append(ln)
    return out


def is_dates(cell: str) -> bool:
    """The cell is a date or a range and nothing more ('07/23-', '2019–present', 'Since 2019')."""
    rng = find_range(_full_years(cell))
    return rng is not None and len(cell) - (rng[3][1] - rng[3][0]) <= 6


def row_range(cells: dict[str, str]) -> tuple[str | None, str | None, bool] | None:
    """(start, end, expected) of a row: its dates cell, or its From and To cells read one by one (each holds one
    date, which may be written day first: '15/06/2013'); 'Till date' in a To column leaves the range open."""
    if "from" not in cells:
        rng = find_range(_full_years(cells.get("dates", "")))
        return (rng[0], rng[1], rng[2]) if rng else None
    start = find_range(_full_years(cells["from"]))
    to = cells.get("to", "")
    end = None if _STILL.fullmatch(to.strip(" .")) else find_range(_full_years(to))
    if start is None:
        return None
    return start[0], ("present" if end is None else end[1]), False
