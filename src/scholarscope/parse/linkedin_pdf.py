"""LinkedIn "Save to PDF" profiles.

Recognised by LinkedIn's own block titles (the sidebar's Contact / Top Skills / Languages /
Certifications / Honors-Awards / Publications / Patents beside the main column's Summary / Experience /
Education) and its role dates with durations ("June 2013 - August 2013 (3 months)"). The sidebar is read
before the main column on the first page; on later pages its text follows the page's footer ("Page 2 of
2"), so what comes after the last footer continues the sidebar list that the first page left open.
Sidebar items are the paragraphs of a block (a wrapped item is one item); experience is grouped by
company: a company heading, then each role's heading, its dates and its place.
"""
from __future__ import annotations

import re

from ..read.text import Text, strip_markup
from ..records import Award, Education, Position, Profile, Publication
from .cvitems import normalise_degree
from .dates import find_range
from .lines import Line
from .person import find_contacts, find_name
from .positions import position_kind

_SIDEBAR = ("contact", "top skills", "languages", "certifications", "honors-awards", "publications", "patents")
_MAIN = ("summary", "experience", "education")
_FOOTER = re.compile(r"^Page \d+ of \d+$")
_DURATION = re.compile(r"\((?:\d+ years?)?\s*(?:\d+ months?)?\)$")
_ROLE_DATES = re.compile(r"^\S+ \d{4} - (?:\S+ \d{4}|Present)\s*\(.*\)$|^\d{4} - (?:\d{4}|Present)\s*\(.*\)$", re.I)
_PROFILE_URL = re.compile(r"^(?:https?://)?(?:www\.)?linkedin\.com/\S*$", re.I)
_SITE = re.compile(r"(?<![@\w.])((?:https?://)?(?:[\w-]+\.)+[a-z]{2,}(?:/\S*)?)(?![\w@])", re.I)
_DEGREE_LINE = re.compile(r"^(?P<degree>.*?)(?:,\s*(?P<field>[^·]+?))?\s*·\s*\((?P<dates>[^()]*)\)$")


def _plain(ln: Line) -> str:
    return strip_markup(ln.body if ln.kind in ("heading", "item") else ln.text).strip()


def looks_like_linkedin_pdf(lines: list[Line]) -> bool:
    """Two of LinkedIn's sidebar titles, its Experience title and a role date with its duration."""
    plain = {_plain(ln).lower() for ln in lines}
    return sum(1 for s in _SIDEBAR if s in plain) >= 2 and "experience" in plain \
        and any(_ROLE_DATES.match(_plain(ln)) for ln in lines)


def parse_linkedin_pdf(text: Text, lines: list[Line], profile: Profile) -> Profile:
    blocks = _blocks(_reading_order(lines))
    contact = blocks.get("contact", [])
    profile.person = find_contacts("\n".join(_plain(ln) for ln in contact), "")
    profile.person.homepages = _sites(contact)
    name = next((ln.body.strip() for ln in lines if ln.kind == "heading" and ln.level == 1), "")
    profile.person.name = strip_markup(name) or find_name(lines) or ""
    for key in ("top skills", "languages"):
        profile.skills.extend(" ".join(_plain(ln) for ln in item) for item in _paragraphs(blocks.get(key, [])))
    for item in _paragraphs(blocks.get("honors-awards", [])):
        profile.awards.append(Award(name=" ".join(_plain(ln) for ln in item), span=_span(text, item)))
    for key in ("publications", "patents"):
        for k, item in enumerate(_paragraphs(blocks.get(key, [])), start=1):
            profile.publications.append(Publication(section=key, index=k, title=_joined(item), type="other",
                                                    span=_span(text, item)))
    profile.positions = _experience(blocks.get("experience", []), text)
    profile.education = _education(blocks.get("education", []), text)
    return profile


def _reading_order(lines: list[Line]) -> list[Line]:
    """Sidebar (first page), its continuation after the last footer, then the main column."""
    name_at = next((i for i, ln in enumerate(lines) if ln.kind == "heading" and ln.level == 1), 0)
    footers = [i for i, ln in enumerate(lines) if _FOOTER.match(_plain(ln))]
    last = footers[-1] if footers and footers[-1] > name_at else len(lines) - 1
    blank = Line("", lines[name_at].start, lines[name_at].start, "blank")
    ordered = lines[:name_at] + [blank] + lines[last + 1:] + [blank] + lines[name_at:last + 1]
    return [ln for ln in ordered if not _FOOTER.match(_plain(ln)) and not _PROFILE_URL.match(_plain(ln))]


def _blocks(lines: list[Line]) -> dict[str, list[Line]]:
    out: dict[str, list[Line]] = {}
    key = None
    for ln in lines:
        p = _plain(ln).lower()
        if ln.kind != "blank" and (p in _SIDEBAR or p in _MAIN):
            key = p
            out.setdefault(key, [])
        elif ln.kind == "heading" and ln.level == 1:
            key = None  # the name: the main column starts
        elif key is not None:
            out[key].append(ln)
    return out


def _paragraphs(lines: list[Line]) -> list[list[Line]]:
    items: list[list[Line]] = [[]]
    for ln in lines:
        if ln.kind == "blank":
            items.append([])
        else:
            items[-1].append(ln)
    return [it for it in items if it]


def _joined(item: list[Line]) -> str:
    out = ""
    for ln in item:
        p = _plain(ln)
        out = out + p if out.endswith("-") and p[:1].islower() else f"{out} {p}".strip()
    return out


def _span(text: Text, item: list[Line]) -> tuple[int, int]:
    return text.source_span(item[0].start, item[-1].end)


def _sites(contact: list[Line]) -> list[str]:
    """Web sites in the contact block other than the LinkedIn profile itself ('(LinkedIn)' tags it)."""
    out = []
    for ln in contact:
        for m in _SITE.finditer(_plain(ln)):
            url = m.group(1)
            if not _PROFILE_URL.match(url):
                out.append(url if "://" in url else f"https://{url}")
    return out


def _experience(lines: list[Line], text: Text) -> list[Position]:
    """'Company' / [total duration] / 'Role' / 'Month YYYY - Month YYYY (duration)' / place / description."""
    body = [ln for ln in lines if ln.kind != "blank"]
    out: list[Position] = []
    company = None
    for i, ln in enumerate(body):
        nxt = _plain(body[i + 1]) if i + 1 < len(body) else ""
        if ln.kind != "heading":
            continue
        if not _ROLE_DATES.match(nxt):
            company = _plain(ln)
            continue
        rng = find_range(nxt)
        title = _plain(ln)
        place = _plain(body[i + 2]) if i + 2 < len(body) and body[i + 2].kind != "heading" else ""
        place = place if place and len(place.split()) <= 8 and not place.endswith(".") else None
        out.append(Position(org=company, title=title, start=rng[0] if rng else None, end=rng[1] if rng else None,
                            location=place, kind=position_kind(title, "experience"),
                            span=text.source_span(ln.start, body[i + 1].end)))
    return out


def _education(lines: list[Line], text: Text) -> list[Education]:
    """'School' / 'Doctor of Philosophy - PhD, Field · (2014 - 2018)': LinkedIn's own short form after the dash."""
    body = [ln for ln in lines if ln.kind != "blank"]
    out: list[Education] = []
    for ln, nxt in zip(body, body[1:] + [None]):
        m = _DEGREE_LINE.match(_plain(nxt)) if ln.kind == "heading" and nxt is not None else None
        if not m:
            continue
        degree = m.group("degree").split(" - ")[-1].strip()
        rng = find_range(m.group("dates"))
        out.append(Education(institution=_plain(ln), degree=normalise_degree(degree) if degree else None,
                             field=(m.group("field") or "").strip() or None, start=rng[0] if rng else None,
                             end=rng[1] if rng else None, span=text.source_span(ln.start, nxt.end)))
    return out
