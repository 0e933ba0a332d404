"""ORCID public records, copied from orcid.org (as text, or with headings added around ORCID's layout).

A record is recognised by ORCID's own block titles with their counts ("Works (20)", "Employment (4)")
and its "Source:" lines, which every record prints. Each block holds items in ORCID's fixed shape:

    Organisation: City, Region, CC            Title of the work
    2021-02-01 to present | Role (Department)  Journal or host
    Employment                                 2024-09-18 | Journal article
    Source: …                                  DOI: … / URL: … / Part of ISSN: … / Contributors: a; b / Source: …
"""
from __future__ import annotations

import re

from ..read.text import Text, strip_markup
from ..records import Award, Education, Position, Profile, Publication
from .cvitems import normalise_degree
from .lines import Line
from .names import same_person
from .person import find_contacts, find_name
from .positions import position_kind
from .site_fields import whole_venue

_BLOCK = re.compile(r"^(employment|education and qualifications|education|qualifications|invited positions|"
                    r"distinctions|membership|service|funding|works|peer review|research resources)"
                    r"\s*\((\d+)[^()]*\)$", re.I)
_FIELD = re.compile(r"^(orcid id|emails?|websites?(?: & social links)?|other ids|keywords|countries|also known as)$", re.I)
_DATES = r"(\d{4}(?:-\d\d){0,2})(?:\s+to\s+(\d{4}(?:-\d\d){0,2}|present))?"
_DATE_ROLE = re.compile(rf"^{_DATES}\s*\|\s*(.+)$", re.I)
_ORG = re.compile(r"^(.+?):\s+(.+)$")
_LABEL = re.compile(r"^(DOI|URL|Part of ISSN|ISSN|ISBN|Contributors|Source|GRANT_NUMBER)\s*:\s*(.*)$|"
                    r"^Preferred source(?: \(of \d+\))?$", re.I)
_CHROME = re.compile(r"^(?:sort|show more detail|expand all|collapse all|employment|education|qualification|"
                     r"distinction|grant|contract|award|review activity for:)$", re.I)
_TYPES = {"journal article": "journal", "preprint": "preprint", "book chapter": "chapter",
          "conference paper": "conference", "dissertation/thesis": "thesis", "dissertation": "thesis",
          "thesis": "thesis", "supervised student publication": "thesis"}


def _plain(ln: Line) -> str:
    return strip_markup(ln.body if ln.kind in ("heading", "item") else ln.text).strip().replace("**", "")


def looks_like_orcid_record(lines: list[Line]) -> bool:
    """Two or more of ORCID's counted block titles and its 'Source:' lines."""
    plain = [_plain(ln) for ln in lines]
    blocks = {m.group(1).lower() for p in plain if (m := _BLOCK.match(p))}
    return len(blocks) >= 2 and sum(1 for p in plain if p.startswith("Source: ")) >= 2


def parse_orcid_record(text: Text, lines: list[Line], profile: Profile) -> Profile:
    plain = [_plain(ln) for ln in lines]
    starts = [i for i, p in enumerate(plain) if _BLOCK.match(p)]
    _person(lines[:starts[0]], plain[:starts[0]], text, profile)
    for a, b in zip(starts, starts[1:] + [len(lines)]):
        kind = _BLOCK.match(plain[a]).group(1).lower()
        items = _items(lines[a + 1:b], plain[a + 1:b])
        if kind == "works":
            profile.publications.extend(_work(it, k, plain[a].lower(), text, profile.person.name)
                                        for k, it in enumerate(_works(lines[a + 1:b], plain[a + 1:b]), start=1))
        elif kind == "employment" or kind == "invited positions":
            profile.positions.extend(p for it in items if (p := _position(it, text)))
        elif kind in ("education and qualifications", "education", "qualifications"):
            profile.education.extend(e for it in items if (e := _education(it, text)))
        elif kind == "distinctions":
            profile.awards.extend(a for it in items if (a := _award(it, text)))
    return profile


def _person(lines: list[Line], plain: list[str], text: Text, profile: Profile) -> None:
    """The name above the record's fields; e-mails from 'Emails'; homepages from 'Websites' (profile
    services such as Scholar or Scopus are not homepages, find_contacts knows them)."""
    field, emails, sites = None, [], []
    for p in plain:
        if _FIELD.match(p):
            field = p.lower()
        elif not p:
            continue
        elif field and field.startswith("email"):
            emails.append(p)
        elif field and field.startswith("website"):
            sites += re.findall(r"https?://\S+", p)
    head = "\n".join(emails + [f"Website: {u}" for u in sites])
    profile.person = find_contacts(head, head)
    profile.person.name = find_name(lines) or ""


def _items(lines: list[Line], plain: list[str]) -> list[list[tuple[Line, str]]]:
    """Items of an affiliation block: each opens with 'Organisation: place' and its date line."""
    out: list[list[tuple[Line, str]]] = []
    for k, (ln, p) in enumerate(zip(lines, plain)):
        if not p:
            continue
        nxt = next((q for q in plain[k + 1:] if q), "")
        if _ORG.match(p) and not _LABEL.match(p) and _DATE_ROLE.match(nxt):
            out.append([])
        if out:
            out[-1].append((ln, p))
    return out


def _span(text: Text, item: list[tuple[Line, str]]) -> tuple[int, int]:
    return text.source_span(item[0][0].start, item[-1][0].end)


def _month(d: str | None) -> str | None:
    """'2021-02-01' -> '2021-02' (ORCID's day is dropped, as CV dates are)."""
    return d[:7] if d and d != "present" else d


def _affiliation(item: list[tuple[Line, str]]) -> tuple[str, str, str | None, str | None, str] | None:
    """(org, place, start, end, role) of one affiliation item."""
    org = _ORG.match(item[0][1])
    dr = _DATE_ROLE.match(item[1][1]) if len(item) > 1 else None
    if not org or not dr:
        return None
    start, end = _month(dr.group(1)), _month(dr.group(2))
    return org.group(1).strip(), org.group(2).strip(), start, end or start, dr.group(3).strip()


def _position(item: list[tuple[Line, str]], text: Text) -> Position | None:
    got = _affiliation(item)
    if got is None:
        return None
    org, place, start, end, role = got
    title = re.sub(r"\s*\([^()]*\)$", "", role)  # "Senior Lecturer (Department of Soil Science)": the unit
    return Position(org=org, title=title, start=start, end=end, location=place,
                    kind=position_kind(title, "employment"), span=_span(text, item))


def _education(item: list[tuple[Line, str]], text: Text) -> Education | None:
    got = _affiliation(item)
    if got is None:
        return None
    org, place, start, end, role = got
    field = re.search(r"\s*\(([^()]*)\)$", role)
    degree = role[:field.start()] if field else role
    first, _, rest = degree.partition(" ")
    degree = f"{normalise_degree(first)} {rest}".strip() if normalise_degree(first) != first else normalise_degree(degree)
    return Education(institution=org, degree=degree, field=field.group(1) if field else None,
                     start=start if start != end else None, end=end, location=place, span=_span(text, item))


def _award(item: list[tuple[Line, str]], text: Text) -> Award | None:
    got = _affiliation(item)
    if got is None:
        return None
    _, _, start, _, name = got
    # an award's date is a month ('2019-07'); a year alone is left out, as the schema's date has a month
    return Award(name=name, date=start if start and len(start) == 7 else None, span=_span(text, item))


def _works(lines: list[Line], plain: list[str]) -> list[list[tuple[Line, str]]]:
    """One group per work: the lines before its 'date | type' line that are no label of the work above
    (title, then the journal or host), the date line, and the labelled lines after it."""
    dated = [k for k, p in enumerate(plain) if _DATE_ROLE.match(p) and " to " not in p]
    out = []
    for n, k in enumerate(dated):
        lo = dated[n - 1] + 1 if n else 0
        while lo < k and (not plain[lo] or _LABEL.match(plain[lo]) or _CHROME.match(plain[lo])):
            lo += 1
        hi = dated[n + 1] if n + 1 < len(dated) else len(plain)
        j = k + 1
        while j < hi and (not plain[j] or _LABEL.match(plain[j])):
            j += 1
        out.append([(lines[i], plain[i]) for i in range(lo, j) if plain[i]])
    return out


def _work(item: list[tuple[Line, str]], idx: int, section: str, text: Text, owner: str) -> Publication:
    k = next(i for i, (_, p) in enumerate(item) if _DATE_ROLE.match(p))
    head = [p for _, p in item[:k]]
    venue_raw = head.pop() if len(head) >= 2 else None
    dr = _DATE_ROLE.match(item[k][1])
    work_type = dr.group(3).strip().lower()
    labels = {}
    notes = [item[k][1]]
    for _, p in item[k + 1:]:
        m = _LABEL.match(p)
        if m and m.group(1):
            labels[m.group(1).lower()] = m.group(2).strip()
        if m and (m.group(1) or "").lower() not in ("doi", "url", "contributors"):
            notes.append(p)
    authors = [a.strip() for a in labels.get("contributors", "").split(";") if a.strip()]
    venue, _ = whole_venue(venue_raw) if venue_raw else (None, None)
    hits = [i for i, a in enumerate(authors) if owner and same_person(a, owner)]
    return Publication(
        section=section, index=idx, title=" ".join(head), authors=authors,
        self_index=hits[0] if hits else None, venue=venue, venue_raw=venue_raw, year=int(dr.group(1)[:4]),
        type=_TYPES.get(work_type, "other"), links=[labels["url"]] if labels.get("url") else [],
        doi=labels.get("doi") or None, note="; ".join(notes), span=_span(text, item))
