"""Education, positions, awards and the plain lists (service, talks, teaching, skills)."""
from __future__ import annotations

import re

from ..read.text import CJK_CHARS, strip_markup
from ..records import Education
from .dates import find_range
from .lines import Line
from .places import is_campus_system, is_place, split_trailing_places
from .rxgate import gated

_INSTITUTION = gated(re.compile(r"\b(universit(?:y|é|e|ät|aet|at|à|ad|ade|eit|y)|univ[a-z]{2,5}ty\b|college|institut(?:e|o)?|school|academy|"
                          r"polytechnic|politecnico|eth\b|epfl|mit\b|caltech|hochschule|escuela|école|ecole|faculty|"
                          r"universidad|università|conservatory|seminary|ucla|ucsd|uc berkeley|kaist|hkust|cuhk|"
                          r"tsinghua|peking|ntu|nus|[üu]niversitesi|univerzit[ae]t?|uniwersytet|egyetem|yliopisto|"
                          r"(?:ku|tu|lmu|rwth|kth)\s+[A-Z])", re.I))
_DEGREE = re.compile(
    r"\b(dr\.?-ing\.?|dr\.\s?(?:rer\.\s?\w+|phil|med|sc)\.(?:\s?(?:nat|techn|math|med|agr)\.|\s+ETH(?!\s+Z))?|promotion|ph\.?\s?d\.?|d\.?\s?phil\.?|doctor(?:ate)?(?: of [a-z ]+)?|doctorado|doctorat|dottorato|doktorat|doctoraat|doktor|dr\. rer\. nat\.|"
    r"m\.?\s?s\.?\s?e\.?|m\.?\s?sc?\.?|m\.?\s?a\.?|m\.?\s?eng\.?|m\.?\s?phil\.?|mba|m\.?\s?res\.?|master(?:'?s)?(?: of [a-z ]+)?|maestr[íi]a|mag[íi]ster|"
    r"b\.?\s?sc?\.?(?:\s?\(hons?[^)]*\))?|b\.?\s?a\.?(?:\s?\(hons?\))?|b\.?\s?eng?\.?|b\.?\s?tech\.?|b\.?\s?s\.?\s?e\.?|b\.\s?e\.|a\.\s?b\.|bachelor(?:'?s)?(?: of [a-z ]+)?|licenciad[oa]|l?licenciatura|licence|laurea|doutorado|doutoramento|mestrado|gradua[çc][ãa]o|"
    r"diploma|diplom|j\.?d\.?|m\.?d\.?|associate of [a-z]+|high school|exchange|"
    r"m\.?s\.?n\.?|b\.?s\.?n\.?|d\.?n\.?p\.?|m\.?p\.?h\.?|mgr\.|ing\.|bc\.|j\.?s\.?d\.?|ll\.?\s?[mb]\.?|b\.?\s?phil\.?|"
    r"m\.\s?ed\.|ed\.\s?d\.|m\.?\s?f\.?\s?a\.?|habilitation|m\.?\s?b\.?\s?b\.?\s?s\.?|m\.?\s?b\.?\s?ch\.?\s?b\.?)(?![a-z])",
    re.I)  # MBBS / MBChB: the British and Commonwealth medical degree
_TITLE_WORDS = gated(re.compile(r"\b(intern|internship|assistant|associate|researcher|scientist|engineer|professor|lecturer|"
                          r"fellow|postdoc|post-doc|postdoctoral|director|manager|member|student|visiting|visitor|chair|"
                          r"developer|analyst|consultant|head|lead|teacher|tutor|volunteer|mentee|instructor|officer|"
                          r"programmer|founder|co-founder|president|vice|editor|coordinator|advisor|adviser|staff|"
                          r"investigator|specialist|designer|ta\b|ra\b|faculty|reader|docent|scholar|trainee|apprentice|"
                          r"technician|technologist|economist|resident|physician|clinician|surgeon|nurse|attending|"
                          r"librarian|curator|archivist|statistician|programmer|\w*ologist|physicist|chemist|mathematician|historian|"
                          r"investigador[a]?|asistente|ayudante|coordinador[a]?|profesor[a]?|director[a]?|becari[oa]|"
                          r"acad[ée]mic[oa]|docente|pesquisador[a]?|bolsista|chercheur|chercheuse|ma[iî]tre|"
                          r"professeur|doctorant|mitarbeiter|wissenschaftlich|dozent|assistent|"
                          # German, French, Italian and Spanish posts (feminine forms share the stem)
                          r"\w*leiter|praktikant|doktorand|postdoktorand|\w*ingenieur|\w*referent|\w*entwickler|berater|"
                          r"wissenschaftler|forscher|stipendiat|stagiaire|enseignant|ing[ée]nieur|ricercat|assegnista|"
                          r"dottorand|professore|ingenier|t[ée]cnic|"
                          r"clerk|charg[ée]e?|attach[ée]e?|ater\b|stage\b|stagiaire|ing[ée]nieure?|"
                          r"akademische[r]? r[äa]t(?:in)?|habilitand)", re.I))
_SUPERVISOR = gated(re.compile(r"(?:supervised by|supervisor|advised by|advisor|adviser|mentors?|report(?:ing|s)? to|"
                         r"manager|host|under(?: the supervision of)?|working with|directed by|pi)\s*[:：]?\s*(.+)$", re.I))
_LOCATION_HINT = re.compile(r"^(?:remote|online|[A-Z][a-zA-Z .'-]+(?:,\s*[A-Z]{2})?|[A-Z][a-z]+(?:\s[A-Z][a-z]+)*)$")


def _plain(line: Line) -> str:
    """The line as plain text, white space collapsed but a tab (a flush-right column) kept."""
    text = strip_markup(line.body if line.kind in ("item", "heading") else line.text)
    return re.sub(r"[^\S\t]+", " ", re.sub(r"\s*\t\s*", "\t", text)).strip()


_ANNOTATION_LINE = gated(re.compile(r"(?:dissertation|thesis|advis[oe]rs?|supervisors?|committee|gpa|minor|honou?rs thesis|"
                              # the same notes in German, French, Spanish, Italian CVs
                              r"betreuer(?:in)?|doktorvater|doktormutter|abschlussnote|note|dissertationsthema|"
                              r"directeur|directrice|th[èe]se|mention|director(?:a)? de tesis|tesis|relatore|voto)\b"
                              r"[^:]{0,30}:", re.I))


_CJK_GLOSS = re.compile(rf"\s*\([^()]*[{CJK_CHARS}][^()]*\)|^[{CJK_CHARS}]+\s+(?=[A-Z])")


def parse_education(lines: list[Line]) -> list[Education]:
    """Degrees from an education section.

    A line naming a degree and a school is one entry; a school line alone opens a school that
    the following degree lines belong to; a degree line before its school waits for it; dates
    go to the entry on their line, else to the nearest entry without dates.
    """
    from .tables import inferred_rows, is_dates, labelled_rows, row_range

    rows, lines = labelled_rows(lines)
    columns = {"dates": is_dates, "degree": _degree_cell, "org": lambda c: bool(_INSTITUTION.search(c))}
    more, lines = inferred_rows(lines, columns, {"degree", "org"}, rest_role="field")  # a table with no header
    table = [e for e in (_education_from_row(r.cells, (r.line.start, r.line.end), row_range(r.cells)) for r in rows + more)
             if e is not None]
    found = _education_from_lines(lines)
    out = sorted(table + found, key=lambda e: e.span[0] if e.span else 0) if table else found
    for e in out:  # "Carnegie Mellon University <https://www.cs.cmu.edu/>": the school's link is no part of its name
        e.institution = re.sub(r"\s*<(?:https?://|www\.)[^<>\s]*>", "", e.institution).strip()
        # "Tsinghua University (清华大学)", "武汉大学 Wuhan University": the name in another script is a gloss
        e.institution = _CJK_GLOSS.sub("", e.institution).strip()
    return out


def _degree_cell(cell: str) -> bool:
    """'M.D.', 'PhD (Immunology)': a cell that names a degree first and holds little else."""
    m = find_degree(cell)
    return m is not None and m.start() == 0 and len(cell.split()) <= 4


def _education_from_row(cells: dict[str, str], span: tuple[int, int], rng) -> Education | None:
    """'PhD | Immunology | University of Pennsylvania | 2008': a row of a labelled table."""
    school = cells.get("org")
    if not school:
        return None
    deg = find_degree(cells.get("degree", ""))
    loc = cells.get("location")
    if loc is None and "," in school:
        school, loc = _split_location(school)  # "Universidade de Évora, Portugal": the place is no part of the name
    e = Education(institution=school, degree=normalise_degree(deg.group(0)) if deg else cells.get("degree"),
                  field=_NOTE_PAREN.sub("", cells.get("field", "")).strip() or None,  # "Biochemistry (magna cum laude)"
                  location=loc, gpa=cells.get("gpa"), span=span)
    if rng:
        _set_dates(e, rng)
    return e


def _education_from_lines(lines: list[Line]) -> list[Education]:
    lines = _join_wrapped(lines)
    out: list[Education] = []
    school: tuple[str, str | None] | None = None
    waiting: Education | None = None   # a degree seen before its school
    pending = None                     # a date seen before its degree
    degree_first = False               # this list writes each degree above its school
    for ln in lines:
        if ln.kind == "blank":
            continue
        text = _plain(ln)
        if out and _ANNOTATION_LINE.match(text):
            _extras(out, text)  # "Dissertation: ... Advisor: A. B., Ph.D.": about the degree above, not a degree
            continue
        rng = find_range(text)
        body = (_without_span(text, rng[3]) if rng else text).strip(" ,;|\t-–—")
        deg = find_degree(body)
        inst = find_institution(body, deg)
        if deg and inst:
            e = _degree(body, inst[0], inst[1], rng or pending)
            out.append(e)
            school, waiting, pending = inst, None, None
        elif inst:
            school = inst
            if waiting is not None:
                waiting.institution, waiting.location = inst
                out.append(waiting)
                waiting, degree_first = None, True
            elif "exchange" in body.lower() or not any(e.institution == inst[0] for e in out):
                out.append(Education(institution=inst[0], location=inst[1]))
            if rng or pending:
                _set_dates(out[-1], rng or pending)  # a date line above the school (a date column read first)
                pending = None
        elif deg:
            e = _degree(body, school[0] if school else "", school[1] if school else None, rng or pending)
            pending = None
            if school and out and out[-1].institution == school[0] and out[-1].degree is None \
                    and "exchange" not in body.lower() and "(exchange)" not in out[-1].institution.lower():
                e.start, e.end = e.start or out[-1].start, e.end or out[-1].end
                out[-1] = e
            elif school and not degree_first:
                out.append(e)
            else:
                waiting = e  # its school is on a later line
        elif rng:
            target = next((e for e in reversed(out) if e.start is None and e.end is None), None)
            if target is not None and (not out or target is out[-1]):
                _set_dates(target, rng)
            else:
                pending = rng
        else:
            _extras(out, text)
        if out and out[-1].span is None:
            out[-1].span = (ln.start, ln.end)
    return [e for e in out if e.institution]


def _join_wrapped(lines: list[Line]) -> list[Line]:
    """'Ph.D. ..., University of' / 'Toronto.': a line that layout broke (PDF) is one line."""
    out: list[Line] = []
    width = max((len(_plain(ln)) for ln in lines if ln.kind != "blank"), default=0)
    for ln in lines:
        prev = out[-1] if out else None
        if prev is not None and prev.kind != "blank" and ln.kind == "plain":
            p, c = _plain(prev), _plain(ln)
            full = len(p) + 1 + len(c.split()[0] if c.split() else "") > 0.85 * width  # the next word did not fit
            broken = re.search(r"(?:&|\b(?:of|in|and|for|at|the|de|du|di|do|da|dos|das|der|für|del|della|von|van|und|et|y))$", p) \
                and c[:1].isalpha() and not find_range(c) and not _DEGREE.match(c) or full and _name_cut_at_comma(p, c)
            if broken:
                body = (prev.body if prev.kind in ("item", "heading") else prev.text).rstrip() + " " + ln.text.strip()
                out[-1] = Line(body if prev.kind != "item" else prev.text, prev.start, ln.end, prev.kind, prev.level,
                               prev.number, body)
                continue
        out.append(ln)
    return out


_NAME_TAIL = re.compile(r"[A-Z][\w'’.-]*(?:\s+[\w'’.-]+){0,2}\s*,")


def _name_cut_at_comma(p: str, c: str) -> bool:
    """'M.A., Education, Teachers College, Columbia' / 'University, New York, 2012–2014': a degree line whose
    school name the page width cut (the caller checks the width); the line below opens with the rest of that
    name and a comma."""
    if re.search(r"[.;:)]$|\d{4}$", p) or not re.search(r"(?:[A-Z][\w'’-]*|,)$", p) or not _NAME_TAIL.match(c):
        return False
    deg = find_degree(p)
    if not (deg and find_institution(p, deg)) or _DEGREE.match(c) or _ANNOTATION_LINE.match(c):
        return False
    # 'Teachers College, Columbia' / 'University, …' completes a name; 'Université Paris Diderot' /
    # 'Parcours Linguistique, mention Bien' is a whole name, then a note about the degree
    return bool(_INSTITUTION.search(c.split(",")[0])) or not _INSTITUTION.search(p.rsplit(",", 1)[-1])


_STATE_CODE = re.compile(r"(?:^|[,\t])\s*[A-Z][a-z]+(?:\s[A-Z][a-z]+)*,\s*$")


def find_degree(body: str) -> re.Match | None:
    """The degree named in a line ('Ph.D.', 'M.S.', 'Bachelor of Science'), not a state code ('Boston, MA')."""
    for m in _DEGREE.finditer(body):
        tok = m.group(0)
        if re.fullmatch(r"[A-Z]{2}", tok) and _STATE_CODE.search(body[: m.start()]):
            continue
        return m
    return None


_NOTE_PAREN = re.compile(r"\s*\((?=[a-z])[^()]*\s[^()]*\)")
_LABEL_AFTER = re.compile(r"\s+(?:Betreuer(?:in)?|Abschlussnote|Gesamtnote|Note|Supervisors?|Advisors?|Thesis|"
                          r"Dissertation|GPA|Grade|Orientador[a]?|Directeur|Director[a]?)\s*:.*$")
_ADVISOR_PAREN = re.compile(r"\s*\((?:supervisors?|advisors?|advisers?|orientador[a]?|betreuer(?:in)?|directeur|director[a]?|"
                            r"mentors?|PI)\s*[:：][^()]*\)", re.I)
_WORK_AT = re.compile(r"(?:[A-Z]?[a-z]+\s+){1,3}at\s", re.I)
_UNIT = re.compile(r"^[A-Z][\w'’&.-]*(?:\s+(?:[A-Z][\w'’&.-]*|of|and|for|&))*\s+(?:Unit|Department|Laborator(?:y|ies)|Lab|"
                   r"Cent(?:er|re)|Group|Division|Programme|Program)$")


def find_institution(body: str, deg: re.Match | None) -> tuple[str, str | None] | None:
    """The school named in a line (the comma-separated part with a school word) and its place."""
    # a sentence end splits, not an abbreviation ("Washington University in St. Louis")
    # (nor the stops of a degree's own abbreviations: "Dr. sc. ETH", "Dr. rer. nat. Universität …")
    parts = [p.strip(" .") for p in re.split(r",|;|\t|\s[|–—]\s|\s-\s|(?<=[a-z)])(?<!\b[A-Z][a-z])(?<!\bProf)(?<!\bsc)(?<!\brer)"
                                            r"(?<!\bnat)(?<!\btechn)(?<!\bphil)(?<!\bmed)\.\s+(?=[A-Z])", body)]
    parts = [p for p in parts if p]
    for i, part in enumerate(parts):
        if _INSTITUTION.search(part) and not (deg and _DEGREE.match(part) and not _INSTITUTION.search(part[deg.end() - deg.start():])):
            name = _ADVISOR_PAREN.sub("", _NOTE_PAREN.sub("", part))  # "Université Paris Cité (doctoral work at …)"
            name = _LABEL_AFTER.sub("", name)  # "Universität Stuttgart Abschlussnote: 1,3": a labelled note ran on
            if deg and part.startswith(deg.group(0)) or _WORK_AT.match(part):
                continue  # "Research at the Max Planck Institute …": a note about the degree, not its school
            if i and _UNIT.search(parts[i - 1]) and not _DEGREE.match(parts[i - 1]) and not find_range(parts[i - 1]):
                name = f"{parts[i - 1]}, {name}"  # "Gatsby Computational Neuroscience Unit, University College London"
            if i + 1 < len(parts) and _INSTITUTION.search(parts[i + 1]) and not _DEGREE.match(parts[i + 1]) \
                    and not _is_place(parts[i + 1]):
                name = f"{name}, {parts[i + 1]}"  # "Teachers College, Columbia University": one school
                i += 1
            place = [p for p in parts[i + 1:] if _is_place(p)]
            if place and place[0] == parts[min(i + 1, len(parts) - 1)] and is_campus_system(name):
                name, place = f"{name}, {place[0]}", place[1:]  # "University of California, Davis"
            return name, ", ".join(place) or None
    return None


def _is_place(part: str) -> bool:
    return not _DEGREE.match(part) and not _INSTITUTION.search(part) and is_place(part)


def _set_dates(e: Education, rng) -> None:
    e.start, e.end, e.expected = _start(rng), rng[1], rng[2]


def _start(rng) -> str | None:
    """A degree dated by one year ('PhD, 2008') names when it ended, not when it began."""
    return None if rng[0] == rng[1] else rng[0]


def _degree(text: str, inst: str, loc: str | None, rng) -> Education:
    m = _DEGREE.search(text)
    degree = normalise_degree(m.group(0)) if m else None
    abbr = re.match(r"\s*\(([^()]{2,12})\)", text[m.end():]) if m else None
    if abbr and _DEGREE.fullmatch(abbr.group(1).strip()) and not (_english(degree) and not _english(abbr.group(1))):
        # "Master of Science (M.Sc.)": the document's own short form; not "B.Sc. (Licence)": the English name
        # leads, the national one is a gloss
        degree = normalise_degree(abbr.group(1))
    rest = text[m.end() + (abbr.end() if abbr else 0):] if m else text  # "B.Sc. (Licence) in Physics": past the gloss
    field = _field_of(rest)
    adv = re.search(r"(?:advis(?:ed|or)s?|supervis(?:ed|or)|director|mentor)\s*(?:by)?\s*[:：]?\s*([^()|;]+)", text, re.I)
    e = Education(institution=inst, degree=degree, field=field, location=loc)
    if adv:
        e.advisor = adv.group(1).strip(" .)")
    if rng:
        e.start, e.end, e.expected = _start(rng), _end(rng), rng[2]
    if re.search(r"\bexpected\b", text, re.I):
        e.expected = True
    return e


_HONOURS = re.compile(r"(?:summa |magna )?cum laude|with (?:high(?:est)? )?(?:honou?rs|distinction)|honou?rs|"
                      r"first class(?: honou?rs)?|distinction", re.I)


def _field_of(rest: str) -> str | None:
    """'in Zoology (Ecology), University of X' or 'Zoology (Ecology), …' -> 'Zoology (Ecology)'; not an honour."""
    fm = re.match(r"\s*(?:in|of|en|em|in the field of|,)\s+([^,;|]+)", rest, re.I) or re.match(r"\s+([A-Z][^,;|]+)", rest)
    if fm is None:
        return None
    field = re.sub(r"\s*\((?:advis|supervis|thesis|GPA)[^)]*\)?", "", fm.group(1), flags=re.I).strip(" .")
    if not field or _HONOURS.fullmatch(field) or _INSTITUTION.search(field) or find_range(field):
        return None
    return field


def normalise_degree(d: str) -> str:
    k = re.sub(r"[\s.]", "", d.lower())
    table = {"phd": "Ph.D.", "dphil": "Ph.D.", "ms": "M.S.", "msc": "M.Sc.", "ma": "M.A.", "mse": "M.S.E.",
             "bs": "B.S.", "bsc": "B.Sc.", "ba": "B.A.", "be": "B.E.", "beng": "B.Eng.", "meng": "M.Eng.",
             "btech": "B.Tech", "ab": "A.B.", "mphil": "M.Phil.", "doctorado": "Ph.D.", "doutorado": "Ph.D.", "doutoramento": "Ph.D.", "doctorat": "Ph.D.", "dottorato": "Ph.D.", "doktorat": "Ph.D.",
             "doctoraat": "Ph.D.", "mba": "MBA", "jd": "J.D.", "md": "M.D.",
             "mph": "M.P.H.", "msn": "M.S.N.", "bsn": "B.S.N.", "dnp": "D.N.P.", "dr-ing": "Ph.D.", "promotion": "Ph.D.",
             "jsd": "J.S.D.", "llm": "LL.M.", "llb": "LL.B.", "bphil": "B.Phil.", "med": "M.Ed.", "edd": "Ed.D.",
             "mfa": "M.F.A.", "ba(hons)": "B.A. (Hons)", "habilitation": "Habilitation", "mbbs": "M.B.B.S.",
             "mbchb": "M.B.Ch.B."}
    if k.startswith(("dr-ing", "drrer", "drsc")) or k in ("drphil", "drmed"):
        return "Ph.D."  # German doctorates
    if k in table:
        return table[k]
    for prefix, short in _DEGREE_PREFIXES:
        if k.startswith(prefix):
            return short
    return d.strip()


def _english(d: str | None) -> bool:
    """A degree name the table gives an English short form for ('PhD', 'Master of Science'), not 'Licence'."""
    return bool(d) and normalise_degree(d) in _ENGLISH_SHORT


_DEGREE_PREFIXES = (("doctorof", "Ph.D."), ("doctorate", "Ph.D."), ("masterofscience", "M.S."),
                    ("masterofarts", "M.A."), ("bachelorofscience", "B.Sc."), ("bachelorofarts", "B.A."),
                    ("bachelorofengineering", "B.Eng."), ("bsc(hons", "B.Sc. (Hons)"))


_ENGLISH_SHORT = frozenset({"Ph.D.", "M.S.", "M.Sc.", "M.A.", "M.S.E.", "B.S.", "B.Sc.", "B.A.", "B.E.", "B.Eng.", "M.Eng.",
                            "B.Tech", "A.B.", "M.Phil.", "MBA", "J.D.", "M.D.", "M.P.H.", "M.S.N.", "B.S.N.", "D.N.P.",
                            "J.S.D.", "LL.M.", "LL.B.", "B.Phil.", "M.Ed.", "Ed.D.", "M.F.A.", "B.A. (Hons)",
                            "B.Sc. (Hons)", "M.B.B.S.", "M.B.Ch.B."})


def _extras(out: list[Education], text: str) -> None:
    if not out:
        return
    g = re.search(r"(?<!major )\bGPA\b\s*[:：]?\s*([\d.]+\s*/\s*[\d.]+)", text, re.I)
    if g and out[-1].gpa is None and not re.search(r"\bmajor\b", text, re.I):
        out[-1].gpa = g.group(1)
    adv = re.match(r"\s*(?:advis(?:ed|or)s?|supervisor)\s*(?:by)?\s*[:：]?\s*(.+)", text, re.I) or \
        re.search(r"\b(?:advis[oe]rs?|supervisors?)\s*[:：]\s*(.+)", text, re.I)  # "Dissertation: ... Advisor: X"
    if adv and out[-1].advisor is None:
        out[-1].advisor = adv.group(1).strip(" .")


def _split_location(s: str) -> tuple[str, str | None]:
    return split_trailing_places(s.strip(" ,;|-–—"))


def _without_span(text: str, span: tuple[int, int]) -> str:
    return (text[: span[0]] + " " + text[span[1]:]).strip()


def _end(rng) -> str | None:
    return rng[1]
