"""Label/value CVs (Europass and other form-like layouts): 'Dates<TAB>2019 – present' rows.

Each entry is a run of rows that starts again at its first label ("Dates"); the labels say which
field each value fills, so no guessing from the wording of the value is needed.
"""
from __future__ import annotations

import re

from ..read.text import strip_markup
from ..records import Education, Position
from .cvitems import find_degree, normalise_degree
from .dates import find_range
from .lines import Line
from .places import split_trailing_places

_LABELS = {
    # Europass in English; the Spanish CVN (FECYT) export
    "dates": re.compile(r"^(?:dates?|period|from\s*[-–/]\s*to|duration|fechas?(?: de inicio(?: - fin)?)?|per[íi]odo)$", re.I),
    "title": re.compile(r"^(?:occupation or position held|position held|position|job title|role|occupation|"
                        r"categor[íi]a profesional|puesto|cargo)$", re.I),
    "org": re.compile(r"^(?:name and address of (?:the )?employer|employer|organi[sz]ation|company|institution|"
                      r"entidad empleadora|entidad de realizaci[óo]n|organismo)$", re.I),
    "degree": re.compile(r"^(?:title of (?:the )?qualification awarded|qualification|degree|programa de doctorado|"
                         r"titulaci[óo]n)$", re.I),
    "school": re.compile(r"^name and type of organi[sz]ation providing education(?: and training)?|^(?:school|university|"
                         r"entidad de titulaci[óo]n)$", re.I),
    "subjects": re.compile(r"^principal subjects|^main activities", re.I),
}


def _rows(lines: list[Line]) -> list[tuple[str, str, Line]]:
    out = []
    for ln in lines:
        if ln.kind == "blank" or "\t" not in ln.text:
            continue
        label, _, value = strip_markup(ln.text).partition("\t")
        for field, rx in _LABELS.items():
            if rx.search(label.strip().rstrip(":")):
                out.append((field, " ".join(value.split()).strip(), ln))
                break
    return out


def is_labelled(lines: list[Line]) -> bool:
    """Form-like rows: at least two entries' worth of 'Dates' plus another known label."""
    fields = [f for f, _, _ in _rows(lines)]
    return fields.count("dates") >= 1 and len(fields) >= 3


def _entries(lines: list[Line]) -> list[dict[str, tuple[str, Line]]]:
    entries: list[dict[str, tuple[str, Line]]] = []
    for field, value, ln in _rows(lines):
        if not entries or field in entries[-1]:
            entries.append({})
        entries[-1][field] = (value, ln)
    return entries


def labelled_positions(lines: list[Line], section: str) -> list[Position]:
    from .positions import position_kind

    out = []
    for e in _entries(lines):
        if "title" not in e and "org" not in e:
            continue
        org, loc = _org_of(e.get("org", ("", None))[0])
        title = e.get("title", (None, None))[0]
        pos = Position(org=org, title=title, location=loc, kind=position_kind(title or "", section))
        _dates(pos, e)
        out.append(pos)
    return out


def labelled_education(lines: list[Line]) -> list[Education]:
    out = []
    for e in _entries(lines):
        if "degree" not in e and "school" not in e:
            continue
        inst, loc = _org_of(e.get("school", ("", None))[0])
        raw = e.get("degree", ("", None))[0]
        m = find_degree(raw)
        field = re.split(r"\s[–—-]\s|\bin\b", raw, maxsplit=1)[1].strip(" ,.") if re.search(r"\s[–—-]\s|\bin\b", raw) else None
        ed = Education(institution=inst or "", degree=normalise_degree(m.group(0)) if m else raw or None,
                       field=field, location=loc)
        adv = re.search(r"(?:supervisor|advisor|adviser)\s*:\s*([^;]+?)(?:\.\s*$|;|$)", e.get("subjects", ("", None))[0], re.I)
        ed.advisor = adv.group(1).strip() if adv else None
        _dates(ed, e)
        out.append(ed)
    return out


def _org_of(value: str) -> tuple[str | None, str | None]:
    """'Czech Technical University in Prague, Faculty of ..., Technická 2, 166 27 Praha 6': the first
    part names the organisation; the street address and the place that follow are not it."""
    if not value:
        return None, None
    first = value.split(",")[0].strip()
    org, loc = split_trailing_places(value)
    return (first or org), loc


def _dates(rec, e: dict) -> None:
    if "dates" not in e:
        return
    value, ln = e["dates"]
    rng = find_range(value)
    if rng:
        rec.start, rec.end = rng[0], rng[1]
    rec.span = (ln.start, ln.end)
