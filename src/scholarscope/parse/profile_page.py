"""Researcher profile pages: pages of analytics sites (headline metrics, then one card per paper) here,
Google Scholar profiles in scholar_page.py, ORCID records in orcid_record.py, LinkedIn "Save to PDF"
exports in linkedin_pdf.py; each recognised by the
site's own fixed labels, which every export from that site prints, and read in the site's layout."""
from __future__ import annotations

import re

from ..read.text import Text, fold_case, strip_markup
from ..records import Profile, Publication
from .lines import Line
from .names import ETAL, parse_author_list, clean_name, same_person
from .linkedin_pdf import looks_like_linkedin_pdf, parse_linkedin_pdf
from .orcid_record import looks_like_orcid_record, parse_orcid_record
from .scholar_page import looks_like_scholar_page, parse_scholar_page

_MONTHS = {m: i + 1 for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split())}
_CARD = re.compile(r"^([A-Z]{2,3})((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s*(\d{4}))?)\s*(Code)?\s*$")
_METRICS = [("h_index", re.compile(r"^h-?index\s*([\d,]+)$", re.I)), ("papers", re.compile(r"^([\d,]+)\s*papers$", re.I)),
            ("citations", re.compile(r"^([\d,]+)\s*citations$", re.I)), ("novelty_pct", re.compile(r"^novelty\s*(\d+)\s*%$", re.I)),
            ("ai_score", re.compile(r"^ai score\s*(\d+)$", re.I))]


def looks_like_profile_page(lines: list[Line]) -> bool:
    # each site's test is asked only of a document holding what it needs somewhere (one look at the whole text,
    # not one per line): a card's capitals then month, Scholar's "Cited by", ORCID's "Source: ", LinkedIn's
    # "Experience"
    plain = strip_markup("\n".join(ln.text for ln in lines))
    low = fold_case(plain)
    return (_CARD_HINT.search(plain) is not None and _cards_page(lines)) \
        or ("cited by" in low and looks_like_scholar_page(lines)) \
        or ("Source: " in plain.replace("**", "") and looks_like_orcid_record(lines)) \
        or ("experience" in low and looks_like_linkedin_pdf(lines))


_CARD_HINT = re.compile(r"[A-Z](?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)")  # in every _CARD line


def _cards_page(lines: list[Line]) -> bool:
    cards = sum(1 for ln in lines if _CARD.match(strip_markup(ln.text).strip()))
    return cards >= 3


def parse_profile_page(text: Text, lines: list[Line], profile: Profile) -> Profile:
    if looks_like_scholar_page(lines):
        return parse_scholar_page(text, lines, profile)
    if looks_like_orcid_record(lines):
        return parse_orcid_record(text, lines, profile)
    if not _cards_page(lines):
        return parse_linkedin_pdf(text, lines, profile)
    profile.kind = "profile_page"
    plain = [strip_markup(ln.text).strip() for ln in lines]
    first_card = next(i for i, p in enumerate(plain) if _CARD.match(p))
    head = [p for p in plain[:first_card] if p]
    profile.person.name = head[0] if head else ""
    metrics: dict = {}
    for p in head[1:]:
        for key, rx in _METRICS:
            m = rx.match(p)
            if m:
                metrics[key] = int(m.group(1).replace(",", ""))
        if re.fullmatch(r"[A-Z]{2,3}", p) and "field" not in metrics:
            metrics["field"] = p
    profile.summary_metrics = metrics or None
    idx = 0
    for i, p in enumerate(plain):
        m = _CARD.match(p)
        if not m:
            continue
        idx += 1
        profile.publications.append(_card(plain, lines, i, m, idx, text))
    owner = profile.person.name
    for pub in profile.publications:
        hits = [k for k, a in enumerate(pub.authors) if same_person(a, owner)]
        pub.self_index = hits[0] if hits else None
    return profile


def _card(plain: list[str], lines: list[Line], i: int, m: re.Match, idx: int, text: Text) -> Publication:
    """A card: 'CAT<date>[Code]' / title / 'authors[ et al.] · org' / abstract."""
    nxt = [j for j in range(i + 1, min(i + 8, len(plain))) if plain[j]]
    title = plain[nxt[0]] if nxt else ""
    author_line = plain[nxt[1]] if len(nxt) > 1 else ""
    org = None
    if " · " in author_line:
        author_line, org = author_line.rsplit(" · ", 1)
    got = parse_author_list(author_line) or ([], [], bool(ETAL.search(author_line)))
    names, _, truncated = got
    month_day = re.match(r"([A-Za-z]+)\.?\s+(\d{1,2})", m.group(2))
    year = int(m.group(3)) if m.group(3) else 2026  # the page omits the current year
    date = f"{year}-{_MONTHS[month_day.group(1)[:3].lower()]:02d}-{int(month_day.group(2)):02d}"
    end = lines[nxt[2]].end if len(nxt) > 2 else lines[i].end
    return Publication(
        section="papers", index=idx, title=title, authors=[clean_name(n) for n in names],
        authors_truncated=truncated, venue=None, venue_raw=None, year=year, type="preprint",
        date=date, category=m.group(1), has_code=bool(m.group(4)), org_tag=org.strip() if org else None,
        span=text.source_span(lines[i].start, end))
