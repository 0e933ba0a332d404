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

_BLOCK = re.compile(r"^(employment|education and qualifications|education|qualifications|invited positions and distinctions|"
                    r"invited positions|distinctions|membership and service|membership|service|funding|works|peer review|"
                    r"research resources)"
                    r"\s*\((\d+)[^()]*\)$", re.I)
_FIELD = re.compile(r"^(orcid id|emails?|websites?(?: & social links)?|other ids|keywords|countries|also known as)$", re.I)
_DATES = r"(\d{4}(?:-\d\d){0,2})(?:\s+to\s+(\d{4}(?:-\d\d){0,2}|present))?"
_DATE_ROLE = re.compile(rf"^{_DATES}\s*\|\s*(.+)$", re.I)
_ORG = re.compile(r"^(.+?):\s+(.+)$")
_LABEL = re.compile(r"^(DOI|URL|Part of ISSN|ISSN|ISBN|Contributors|Source|GRANT_NUMBER)\s*:\s*(.*)$|"
                    r"^Preferred source(?: \(of \d+\))?$", re.I)
_CHROME = re.compile(r"^(?:sort|show more detail|expand all|collapse all|review activity for:)$", re.I)
# the type word under each affiliation card
_CARD_TYPE = re.compile(r"^(employment|education|qualification|invited position|distinction|membership|service|grant|"
                        r"contract|award)$", re.I)
# a printed page's chrome: print date, page title, site menu, footer URL and page counter
_PAGE = re.compile(r"^(?:\d+/\d+|https?://orcid\.org/\S+|ORCID Connecting research and researchers|"
                   r"SEARCH ABOUT HELP SIGN IN / REGISTER|\d{1,2}/\d{1,2}/\d{2,4},\s+\d{1,2}:\d\d\s*[AP]M)$", re.I)
_TITLE = re.compile(r"^(.+?)\s+\(\d{4}-\d{4}-\d{4}-\d{3}[\dX]\)\s+-\s+ORCID$")
_SOCIAL = re.compile(r"bsky\.app|twitter\.com|//x\.com|mastodon|facebook\.com|instagram\.com|linkedin\.com|"
                     r"youtube\.com|threads\.net|github\.com|researchgate\.net", re.I)
_LINK = re.compile(r"(https?://[^<>\s]+)")
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
    titled = [m.group(1) for ln in lines if (m := _TITLE.match(_plain(ln)))]
    heading = [_plain(ln) for ln in lines if ln.kind == "heading" and ln.level == 1]
    if titled:
        profile.kind = "profile_page"  # the site's own page, printed: not a CV made from it
    lines = [ln for ln in lines if not (_PAGE.match(_plain(ln)) or _TITLE.match(_plain(ln))
                                        or ln.kind == "heading" and ln.level == 1)]
    plain = [_plain(ln) for ln in lines]
    starts = [i for i, p in enumerate(plain) if _BLOCK.match(p)]
    _person(lines[:starts[0]], plain[:starts[0]], profile)
    profile.person.name = (heading or titled or [profile.person.name])[0]
    for a, b in zip(starts, starts[1:] + [len(lines)]):
        kind = _BLOCK.match(plain[a]).group(1).lower()
        items = _items(lines[a + 1:b], plain[a + 1:b])
        if kind == "works":
            profile.publications.extend(_work(it, k, plain[a].lower(), text, profile.person.name)
                                        for k, it in enumerate(_works(lines[a + 1:b], plain[a + 1:b]), start=1))
        else:
            _affiliations(items, kind, text, profile)
    return profile


def _affiliations(items: list[list[tuple[Line, str]]], block: str, text: Text, profile: Profile) -> None:
    """Each card by its type word ('Invited position', 'Distinction'), else by the block's title."""
    for it in items:
        word = next((p.lower() for _, p in it if _CARD_TYPE.match(p)), "")
        kind = word or block
        if kind.startswith(("employment", "invited position")):
            profile.positions.extend(p for p in [_position(it, text)] if p)
        elif kind.startswith(("education", "qualification")):
            profile.education.extend(e for e in [_education(it, text)] if e)
        elif kind.startswith("distinction") and block != "funding":
            profile.awards.extend(a for a in [_award(it, text)] if a)


def _person(lines: list[Line], plain: list[str], profile: Profile) -> None:
    """The name above the record's fields; e-mails from 'Emails'; homepages from 'Websites' (profile
    services such as Scholar or Scopus are not homepages, find_contacts knows them)."""
    field, emails, sites = None, [], []
    for p in plain:
        if _FIELD.match(p):
            field = p.lower()
        elif not p:
            continue
        elif field and field.startswith("email"):
            p = re.sub(r"\s+", "", p)  # an address wrapped in the narrow side column
            if emails and (emails[-1].endswith((".", "@", "-")) or p.startswith((".", "@"))):
                emails[-1] += p
            else:
                emails.append(p)
        elif field and field.startswith("website"):
            sites += [u for u in re.findall(r"https?://[^\s<>]+", p) if not _SOCIAL.search(u)]
    head = "\n".join(emails + [f"Website: {u}" for u in sites])
    profile.person = find_contacts(head, head)
    known = {p for i, p in enumerate(plain) if i and plain[i - 1].lower() == "also known as"}
    profile.person.name = find_name([ln for ln, p in zip(lines, plain) if p not in known]) or ""


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
    role = [dr.group(3).strip()]
    for _, p in item[2:]:  # a role wrapped onto the next line, up to the card's type word
        if _CARD_TYPE.match(p) or _LABEL.match(p):
            break
        role.append(p)
    return org.group(1).strip(), org.group(2).strip(), start, end or start, " ".join(role)


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
    subject = re.match(r"^(\S+)\s+in\s+(.+)$", degree)  # "MS in Geophysics (Faculty of Earth Sciences)"
    if subject:
        degree, field = subject.group(1), subject
    first, _, rest = degree.partition(" ")
    degree = f"{normalise_degree(first)} {rest}".strip() if normalise_degree(first) != first else normalise_degree(degree)
    return Education(institution=org, degree=degree, field=field.group(field.lastindex) if field else None,
                     start=start if start != end else None, end=end, location=place, span=_span(text, item))


def _award(item: list[tuple[Line, str]], text: Text) -> Award | None:
    got = _affiliation(item)
    if got is None:
        return None
    _, _, start, _, name = got
    # an award's date is a month ('2019-07'); a year alone is left out, as the schema's date has a month
    return Award(name=name, date=start if start and len(start) == 7 else None, span=_span(text, item))


def _works(lines: list[Line], plain: list[str]) -> list[list[tuple[Line, str]]]:
    """One group per work: the lines before its 'date | type' line (title, then the journal or host), the
    date line, and the labelled lines after it. A line right under a label, with no blank line between, goes
    on with it ('Contributors: …; Anna' / 'Lindqvist') where blank lines part the works."""
    dated = [k for k, p in enumerate(plain) if _DATE_ROLE.match(p) and " to " not in p]
    parted = "" in plain
    out, lo = [], 0
    for n, k in enumerate(dated):
        while lo < k and (not plain[lo] or _CHROME.match(plain[lo])):
            lo += 1
        hi = dated[n + 1] if n + 1 < len(dated) else len(plain)
        j = k + 1
        while j < hi and (not plain[j] and not parted or _LABEL.match(plain[j]) or parted and plain[j] and plain[j - 1]):
            j += 1
        out.append([(lines[i], plain[i]) for i in range(lo, j) if plain[i]])
        lo = j
    return out


def _work(item: list[tuple[Line, str]], idx: int, section: str, text: Text, owner: str) -> Publication:
    k = next(i for i, (_, p) in enumerate(item) if _DATE_ROLE.match(p))
    head = [p for _, p in item[:k]]
    venue_raw = head.pop() if len(head) >= 2 else None
    dr = _DATE_ROLE.match(item[k][1])
    work_type = dr.group(3).strip().lower()
    labels: dict[str, str] = {}
    notes = [item[k][1]]
    last = None
    for _, p in item[k + 1:]:
        m = _LABEL.match(p)
        if m is None and last:  # a label's value wrapped onto the next line
            labels[last] = f"{labels[last]} {p}"
            continue
        last = m.group(1).lower() if m and m.group(1) else None
        if last:
            labels[last] = m.group(2).strip()
        if m and (last or "") not in ("doi", "url", "contributors"):
            notes.append(p)
    doi = re.match(r"(\S+)\s*(?:<(https?://[^<>\s]+)>)?", labels.get("doi", ""))
    links = ([doi.group(2)] if doi and doi.group(2) else []) + _LINK.findall(labels.get("url", ""))
    authors = [a.strip() for a in labels.get("contributors", "").split(";") if a.strip()]
    venue, _ = whole_venue(venue_raw) if venue_raw else (None, None)
    hits = [i for i, a in enumerate(authors) if owner and same_person(a, owner)]
    return Publication(
        section=section, index=idx, title=" ".join(head), authors=authors,
        self_index=hits[0] if hits else None, venue=venue, venue_raw=venue_raw, year=int(dr.group(1)[:4]),
        type=_TYPES.get(work_type, "other"), links=links, doi=doi.group(1) if doi and doi.group(1) else None, note="; ".join(notes), span=_span(text, item))
