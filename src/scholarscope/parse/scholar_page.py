"""Google Scholar profile pages, copied as text or printed to PDF.

The page is recognised by Scholar's own labels (the TITLE / CITED BY / YEAR column header beside the
"h-index" / "i10-index" rows), which every Scholar profile prints, whoever it belongs to. Each article row
is a title, an author line in Scholar's "KR Whitfield, T Roe, ..." form and a venue line, with the
cited-by count and the year in columns of their own. Copied as text, the count and the year follow the
venue line after tabs; printed to PDF, they sit after the first line of the linked title and the rest of
the title follows them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..read.text import Text, strip_markup
from ..records import Profile, Publication
from .lines import Line
from .names import same_person
from .site_fields import looks_like_school, whole_venue

_LINK = re.compile(r"\s*<(https?://[^<>\s]+)>")
_HEADER_ONE = re.compile(r"TITLE\s+CITED BY\s+YEAR", re.I)
_METRIC = re.compile(r"^(citations|h-index|i10-index)\t([\d,]+)(?:\t[\d,]+)?$", re.I)
_KEYS = {"citations": "citations", "h-index": "h_index", "i10-index": "i10_index"}
# the end of the article table: Scholar's own controls and sidebar blocks
_END = re.compile(r"^(?:show more|articles\s+\d+\s*[–-]\s*\d+|help\s+privacy\s+terms|public access|co-authors)\b", re.I)
# print chrome between rows: the page's URL and page counter, the print date and page title
_CHROME = re.compile(r"^(?:https?://\S+(?:\t\d+/\d+)?|\d+/\d+|\d{1,2}/\d{1,2}/\d{2,4},\s+\d{1,2}:\d\d\s*[AP]M\b.*|"
                     r"TITLE\tCITED BY\tYEAR)$", re.I)
_CITES = re.compile(r"^(\d[\d,]*)\s*(\*?)$")
_YEAR_CELL = re.compile(r"^((?:19|20)\d\d)\b\s*(.*)$")
_AUTHOR = re.compile(r"^(?:[A-Z]{1,4}\s+\S.*|\.\.\.|…)$")
_EMAIL_DOMAIN = re.compile(r"^(?:Verified email at\s+\S+|No verified email)", re.I)


def _plain(ln: Line) -> str:
    return strip_markup(ln.body if ln.kind == "heading" else ln.text).rstrip(" ")


def looks_like_scholar_page(lines: list[Line]) -> bool:
    """Scholar's column header (one line when printed, three when copied) and its metrics rows."""
    plain = [_plain(ln).strip() for ln in lines]
    header = _table_start(plain)
    return header is not None and sum(1 for p in plain[:header] if _METRIC.match(p)) >= 2


def _table_start(plain: list[str]) -> int | None:
    """The index of the line after the column header."""
    for i, p in enumerate(plain):
        if _HEADER_ONE.fullmatch(p):
            return i + 1
        if p.upper() == "TITLE" and i + 2 < len(plain) and plain[i + 1].upper().startswith("CITED BY") \
                and plain[i + 2].upper() == "YEAR":
            return i + 3
    return None


@dataclass
class _Row:
    title: list[str] = field(default_factory=list)
    rest: list[str] = field(default_factory=list)  # author and venue lines (printed form)
    authors: str = ""
    venue: str = ""
    cites: str = ""
    year: int | None = None
    link: str | None = None
    start: int = 0
    end: int = 0


def parse_scholar_page(text: Text, lines: list[Line], profile: Profile) -> Profile:
    """A Scholar profile: the owner's name, homepage and metrics, and one entry per article row."""
    profile.kind = "profile_page"
    plain = [_plain(ln) for ln in lines]
    first = _table_start([p.strip() for p in plain]) or 0
    metrics = {}
    for p in plain[:first]:
        m = _METRIC.match(p.strip())
        if m:
            metrics[_KEYS[m.group(1).lower()]] = int(m.group(2).replace(",", ""))
    profile.summary_metrics = metrics or None
    _owner(plain, lines, profile)
    end = next((i for i in range(first, len(plain)) if _END.match(plain[i].strip())), len(plain))
    body = [(ln, p) for ln, p in zip(lines[first:end], plain[first:end]) if p.strip() and not _CHROME.match(p.strip())]
    rows = _printed_rows(body) if _printed(body) else _copied_rows(body)
    for idx, row in enumerate(rows, start=1):
        profile.publications.append(_publication(row, idx, text, profile.person.name))
    return profile


def _owner(plain: list[str], lines: list[Line], profile: Profile) -> None:
    """The name heads the block that ends with Scholar's e-mail line ('Verified email at x.edu' names a
    domain, not an address); the homepage is the link after it."""
    at = next((i for i, p in enumerate(plain) if _EMAIL_DOMAIN.match(p.strip())), None)
    heading = next((ln.body.strip() for ln in lines if ln.kind == "heading" and ln.level == 1), "")
    name = heading
    if at is not None:
        i = at
        while i > 0 and plain[i - 1].strip() and "\t" not in plain[i - 1] and not re.search(r"scholar|\d", plain[i - 1], re.I):
            i -= 1
        name = name or plain[i].strip()
        home = re.search(r"\bHomepage\s*<(https?://[^<>\s]+)>", plain[at])
        if home:
            profile.person.homepages = [home.group(1)]
    profile.person.name = strip_markup(_LINK.sub("", name)).strip()


def _printed(body: list[tuple[Line, str]]) -> bool:
    """Printed rows open with the title's first line and the count and year cells; copied rows end with
    the venue line and those cells. Which one: the line after a tab row is an author line."""
    votes = 0
    for k, (_, p) in enumerate(body[:-1]):
        if "\t" in p:
            after = _LINK.sub("", body[k + 1][1]).strip()
            votes += 1 if _AUTHOR.match(after) and "," in after or _AUTHOR.fullmatch(after) and len(after.split()) == 2 else -1
    return votes > 0


def _copied_rows(body: list[tuple[Line, str]]) -> list[_Row]:
    """title line(s) / author line / 'venue TAB cites TAB year'; the last row may lack the venue line."""
    rows, cur = [], []
    for ln, p in body:
        cur.append((ln, p))
        if "\t" in p:
            rows.append(_copied(cur))
            cur = []
    if cur:
        rows.append(_copied(cur + [(cur[-1][0], "\t")]))
    return rows


def _copied(group: list[tuple[Line, str]]) -> _Row:
    cells = group[-1][1].split("\t")
    head = [p.strip() for _, p in group[:-1]]
    row = _Row(start=group[0][0].start, end=group[-1][0].end)
    if len(head) >= 2 and _AUTHOR.match(head[-1]):
        row.authors = head.pop()
    row.title = head
    row.venue = cells[0].strip()
    _cells(row, cells[1:])
    return row


def _cells(row: _Row, cells: list[str]) -> None:
    """The cited-by and year cells, in that order (either may be empty; a printed row may lack the
    cited-by cell)."""
    cells = [_LINK.sub("", c).strip() for c in cells]
    if len(cells) >= 2 and _YEAR_CELL.fullmatch(cells[-1]):
        row.year = int(cells.pop()[:4])
    cites = _CITES.match(cells[0]) if cells else None
    if cites:
        row.cites = cites.group(1) + cites.group(2)
    elif cells and _YEAR_CELL.fullmatch(cells[0]):
        row.year = int(cells[0][:4])


def _printed_rows(body: list[tuple[Line, str]]) -> list[_Row]:
    rows: list[_Row] = []
    for ln, p in body:
        if "\t" in p and _LINK.search(p.split("\t")[0]) is not None or "\t" in p and _YEAR_CELL.match(p.split("\t")[-1]):
            rows.append(_printed_start(ln, p))
        elif rows:
            row = rows[-1]
            link = _LINK.search(p)
            if not row.rest and link and link.group(1) == row.link:
                row.title.append(_LINK.sub("", p).strip())  # a title wrapped onto a third line
            else:
                row.rest.append(_LINK.sub("", p).strip())
            row.end = ln.end
    for row in rows:
        row.authors, row.venue = _split_rest(row.rest)
    return rows


def _printed_start(ln: Line, p: str) -> _Row:
    """'Title, first line <url> TAB 412 <url>* TAB 2021 rest of the title <url>'."""
    cells = p.split("\t")
    row = _Row(start=ln.start, end=ln.end)
    link = _LINK.search(cells[0])
    row.link = link.group(1) if link else None
    row.title = [_LINK.sub("", cells[0]).strip()]
    last = _YEAR_CELL.match(cells[-1].strip())
    if last and len(cells) >= 2:
        row.year = int(last.group(1))
        tail = _LINK.sub("", last.group(2)).strip()
        if tail:
            row.title.append(tail)
        cells = cells[:-1]
    _cells(row, cells[1:])
    return row


def _split_rest(rest: list[str]) -> tuple[str, str]:
    """Author lines, then venue lines: an author line that ends in a comma or a bare initial ('..., L' /
    'Nyström') wraps onto the next."""
    if not rest:
        return "", ""
    k = 1
    while k < len(rest) and re.search(r"(?:,|(?:^|,\s)[A-Z]{1,4})$", rest[k - 1]):
        k += 1
    authors = " ".join(rest[:k])
    venue = ""
    for part in rest[k:]:
        venue = venue + part if venue.endswith(("-", "–")) and part[:1].isdigit() else f"{venue} {part}".strip()
    return authors, venue


_NUMBER_END = re.compile(r"\s+(\d[\w.\-–/]*(?:\s*\([^)]*\))?)$")
_NUMBERS_AFTER = re.compile(r",\s*(?=[A-Za-z]*\d)")
_CONFERENCE = re.compile(r"\b(?:proceedings|conference|symposium|workshop|congress|meeting)\b", re.I)


def _venue_parts(line: str) -> tuple[str, str, bool]:
    """'Water Resources Research 57 (4), e2020WR028911' -> ('Water Resources Research', '57 (4),
    e2020WR028911', has a volume). A name with pages only is a book or proceedings volume."""
    if re.match(r"arxiv preprint", line, re.I):
        return line, "", False
    cut = _NUMBERS_AFTER.search(line)
    head, tail = (line[:cut.start()], line[cut.end():]) if cut else (line, "")
    num = _NUMBER_END.search(head)
    volume = False
    if num:  # "57 (4)" a volume; "2021" (a meeting's year) and "2020-5091" (a report number) are not
        head = head[:num.start()]
        volume = bool(re.fullmatch(r"\d{1,4}[A-Za-z]?(?:\s*\([^)]*\))?", num.group(1))) \
            and not re.fullmatch(r"(?:19|20)\d\d", num.group(1))
    numbers = ", ".join(x for x in ((num.group(1) if num else ""), tail) if x)
    return head.strip(" ,"), numbers, volume


def _publication(row: _Row, idx: int, text: Text, owner: str) -> Publication:
    items = [a.strip() for a in row.authors.split(",") if a.strip()] if row.authors else []
    truncated = bool(items) and items[-1] in ("...", "…")
    names = [a for a in items if a not in ("...", "…")]
    venue_raw, numbers, volume = _venue_parts(row.venue) if row.venue else ("", "", False)
    venue, kind = whole_venue(venue_raw) if venue_raw else (None, None)
    ptype = _type(venue_raw, venue, kind, volume, numbers, len(names))
    hits = [k for k, a in enumerate(names) if owner and same_person(a, owner)]
    note = "; ".join(x for x in (numbers, f"cited by {row.cites}" if row.cites else "") if x) or None
    return Publication(
        section="articles", index=idx, title=" ".join(row.title).strip(), authors=names,
        authors_truncated=truncated, self_index=hits[0] if hits else None, venue=venue,
        venue_raw=venue_raw or None, year=row.year, type=ptype, links=[row.link] if row.link else [],
        note=note, span=text.source_span(row.start, row.end), raw=row.venue)


def _type(raw: str, venue: str | None, kind: str | None, volume: bool, numbers: str, n_authors: int) -> str:
    """Scholar's venue lines: 'Journal VOL (ISSUE), PAGES'; 'Book title, PAGES' for a chapter;
    '… Conference Abstracts, ID' for a meeting abstract; a university alone for a thesis."""
    if not venue:
        return "other"
    if kind in ("thesis", "preprint"):
        return kind
    if kind == "report" or re.search(r"\babstracts?\b", raw, re.I):
        return "other"
    if volume:
        return kind if kind in ("conference", "workshop") else "journal"
    if numbers and re.fullmatch(r"\d+\s*[-–]\s*\d+", numbers):
        return "conference" if kind == "conference" or _CONFERENCE.search(raw) else "chapter"
    if not numbers and n_authors == 1 and looks_like_school(venue):
        return "thesis"
    return kind if kind in ("journal", "conference", "workshop", "preprint") else "other"
