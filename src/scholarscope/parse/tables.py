"""Tables whose header row names their columns ('Dates | Title | Department / Institution'): HTML and
DOCX CVs, university profile systems. The labels say what each cell holds, so no guessing is needed."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..read.text import CJK_CHARS, strip_markup
from .lines import Line

_LABELS = {
    "dates": r"dates?|years?|period|duration|time|when|from\s*[-–/]?\s*to|start\s*[-–/]\s*end|zeitraum|jahre?|fechas?|"
             r"p[ée]riode|ann[ée]es?|datum|anno|date\s*\(s\)|fecha\s+de\s+(?:titulaci[óo]n|inicio|obtenci[óo]n)",
    "title": r"(?:job\s+)?title|position|role|rank|post|appointment|job|designation|function|stelle|position\s*title|"
             r"cargo|poste|funktion|t[ií]tulo\s+del\s+puesto|categor[íi]a(?:\s+profesional)?|puesto",
    "org": r"institution|organi[sz]ation|employer|company|department|dept\.?|affiliation|university|school|college|"
           r"hospital|unit|place\s+of\s+work|arbeitgeber|einrichtung|instituci[óo]n|[ée]tablissement|universit[äa]t|"
           r"hochschule|universidad|universit[ée]|institute|facility|center|centre|"
           r"entidad(?:\s+(?:empleadora|de\s+titulaci[óo]n|de\s+realizaci[óo]n))?|organismo|centro",
    "location": r"location|place|city|country|ort|lugar|lieu|city\s*/\s*country",
    "degree": r"degree|qualification|diploma|award(?:ed)?|abschluss|titulaci[óo]n|dipl[ôo]me|certificate|"
              r"degree\s*/\s*certificate",
    "field": r"field|subject|major|discipline|specialty|speciali[sz]ation|area|fach|studiengang|programme|program|"
             r"field\s+of\s+study|concentration",
}
_CJK_RUN = re.compile(f"[{CJK_CHARS}\uff01-\uff5e]+")  # and full-width punctuation
_RX = {role: re.compile(rf"(?:{p})", re.I) for role, p in _LABELS.items()}


@dataclass
class Row:
    """One body row of a labelled table: its cells by role, and the line it came from."""
    cells: dict[str, str]
    line: Line


def _role(label: str) -> str | None:
    """'Department / Institution' -> 'org': every part of the label names the same kind of thing."""
    label = _CJK_RUN.sub(" ", label)  # "时间 Period": a bilingual header is judged by its Latin part
    parts = [p.strip(" .:*") for p in re.split(r"\s*(?:/|&|\band\b|,)\s*", label.lower()) if p.strip(" .:*")]
    roles = {next((r for r, rx in _RX.items() if rx.fullmatch(p)), None) for p in parts}
    if roles == {"degree", "field"}:
        return "degree"  # "Major / Degree": one cell names both; the degree is found inside it
    return roles.pop() if len(roles) == 1 and None not in roles else None


def header_roles(text: str) -> list[str] | None:
    """The column roles of a header row, or None when the row is not a header of labels."""
    cells = [c.strip() for c in strip_markup(text).split("\t")]
    if len(cells) < 2 or not all(cells):
        return None
    roles = [_role(c) for c in cells]
    if None in roles or len(set(roles)) < len(roles):
        return None
    return roles  # type: ignore[return-value]


def labelled_rows(lines: list[Line]) -> tuple[list[Row], list[Line]]:
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
        found = header_roles(ln.text) if "\t" in ln.text else None
        fresh = bool(found)
        if found:
            roles = found
            continue
        cells = [c.strip() for c in strip_markup(ln.text).split("\t")]
        if roles and len(cells) == len(roles) + 1 and re.fullmatch(r"\d{1,3}\.?", cells[0]):
            cells = cells[1:]  # "1<TAB>Universidad de Cádiz<TAB>…": the row's number, a column the header leaves unnamed
        if roles and len(cells) == len(roles):
            rows.append(Row({r: _empty(c) for r, c in zip(roles, cells) if _empty(c)}, ln))
            continue
        roles = None
        rest.append(ln)
    return rows, rest


def _empty(cell: str) -> str:
    """'—', '-', 'n/a' mark an empty cell."""
    return "" if re.fullmatch(r"[\s\-–—/.]*|n/?a", cell, re.I) else cell
