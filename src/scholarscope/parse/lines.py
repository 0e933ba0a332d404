"""Text -> classified lines (heading, list item, blank, plain), each with its offsets."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..read.text import BOLD_OFF, BOLD_ON, ITAL_OFF, ITAL_ON, strip_markup

_SPACES = re.compile(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000]")
_HEADING = re.compile(r"^(#{1,6})\s+(.*)$")
# the private-use characters are Symbol/Wingdings bullets that text pasted from Word or a PDF keeps
_BULLET = re.compile(r"^\s*[-•◦▪●○■□➢►·‣⁃∙◆◇♦❖➤▸✓\uf0b7\uf0a7\uf076\uf0d8\uf0fc\uf06c\uf0a8]\s*(?<=\s)|^\s*[\uf0b7\uf0a7\uf076\uf0d8\uf0fc\uf06c\uf0a8]")
# "[12]", "(12)", "12." and "12)"; and labels "[J5]", "[C10]", "[RI1]", "[c14]" (dblp) numbering each kind of work apart
# "1.2." numbers the second entry of the first group (a Word list numbered per category)
_NUMBER = re.compile(r"^\s*(?:\[(?:[A-Za-z]{1,3}[-.]?)?(\d{1,4})\]|\((\d{1,4})\)|(\d{1,4})[.)]|(\d{1,3})(?=\t)|"
                     r"\d{1,2}\.(\d{1,3})\.(?=\s+[A-Z\ue000-\ue003“\"])|[A-Z]{1,2}(\d{1,3})\.(?=\s))\s+")  # "J7.  Authors"


@dataclass
class Line:
    """One line of a document with what the parser needs to know about its shape."""

    text: str          # with markup characters
    start: int         # offset in Text.text
    end: int
    kind: str          # "heading" | "item" | "blank" | "plain"
    level: int = 0     # heading level
    number: int | None = None  # printed number of a numbered item
    body: str = ""     # text after the heading/item marker

    @property
    def plain(self) -> str:
        return strip_markup(self.body).strip()

    @property
    def indent(self) -> int:
        return len(self.text) - len(self.text.lstrip(" "))


def split_lines(text: str) -> list[Line]:
    """Classify every line of a Text (a new list; the Line objects of one text are shared between
    calls -- the document parser and the person finder both split the whole text -- and nobody
    changes a Line)."""
    return list(_split_lines(text))


@lru_cache(maxsize=8)
def _split_lines(text: str) -> tuple[Line, ...]:
    out: list[Line] = []
    pos = 0
    text = _SPACES.sub(" ", text)  # same length: offsets stay valid
    for raw in text.split("\n"):
        out.append(_classify(raw, pos))
        pos += len(raw) + 1
    return tuple(_join_bare_numbers(out))


_BARE_NUMBER = re.compile(r"\s*(?:\[(\d{1,4})\]|\((\d{1,4})\)|(\d{1,4})[.)])\s*")


def _join_bare_numbers(lines: list[Line]) -> list[Line]:
    """'1.' on a line of its own, the entry on the next (a number cell beside a citation cell in a web
    page's grid, a list pasted from a table): one numbered item."""
    out: list[Line] = []
    i = 0
    while i < len(lines):
        ln = lines[i]
        m = _BARE_NUMBER.fullmatch(strip_markup(ln.text)) if ln.kind == "plain" else None
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        if m and nxt is not None and nxt.kind == "plain" and not _BARE_NUMBER.fullmatch(strip_markup(nxt.text)):
            num = int(next(g for g in m.groups() if g))
            out.append(Line(nxt.text, ln.start, nxt.end, "item", number=num, body=nxt.text))
            i += 2
            continue
        out.append(ln)
        i += 1
    return out


def _classify(raw: str, pos: int) -> Line:
    end = pos + len(raw)
    plain = strip_markup(raw)
    if not plain.strip():
        return Line(raw, pos, end, "blank")
    m = _HEADING.match(raw) if raw[:1] == "#" else None  # (a heading opens with its marks)
    if m:
        return Line(raw, pos, end, "heading", level=len(m.group(1)), body=m.group(2))
    m = _NUMBER.match(plain)
    if m and _number_is_marker(raw, m):
        num = int(next(g for g in m.groups() if g))
        return Line(raw, pos, end, "item", number=num, body=_after_marker(raw, m.end()))
    m = _BULLET.match(raw)
    if m:
        return Line(raw, pos, end, "item", body=raw[m.end():])
    return Line(raw, pos, end, "plain", body=raw)


def _number_is_marker(raw: str, m: re.Match) -> bool:
    """"2019. Title" is a year, not item 2019."""
    num = int(next(g for g in m.groups() if g))
    if m.group(3) and re.match(r"\s*(?:https?://|doi\b|www\.|(?:pdf|web|html|link|slides|code)\s*<)", strip_markup(raw)[m.end():]):
        return False  # "1213. https://doi.org/…", "636. pdf <…>": the last page of a wrapped reference, then its link
    return not (1900 <= num <= 2100 and m.group(3))


def _after_marker(raw: str, plain_end: int) -> str:
    """Cut the marker off ``raw`` (which may contain markup chars before it)."""
    seen = 0
    for i, ch in enumerate(raw):
        if seen == plain_end:
            rest = raw[i:]
            # keep markup opened before the marker ("**1.** Title" is rare but exists)
            lead = "".join(c for c in raw[:i] if c in (BOLD_ON, ITAL_ON, BOLD_OFF, ITAL_OFF))
            return _balance(lead) + rest
        if ch not in (BOLD_ON, BOLD_OFF, ITAL_ON, ITAL_OFF):
            seen += 1
    return ""


def _balance(lead: str) -> str:
    """Keep only markup that is still open after the marker."""
    out = ""
    for c in lead:
        if c in (BOLD_ON, ITAL_ON):
            out += c
        elif c == BOLD_OFF and BOLD_ON in out:
            out = out.replace(BOLD_ON, "", 1)
        elif c == ITAL_OFF and ITAL_ON in out:
            out = out.replace(ITAL_ON, "", 1)
    return out


_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_NUM_DATE = r"(?:\d{1,2}[/.]){1,2}"  # "01/02/2020": day and month before the year
_OPEN_CELL = re.compile(rf"^(\s*[\ue000-\ue003]*(?:{_MONTH}\s+|{_NUM_DATE})?((?:19|20)\d\d)\s*[-–—](?:\s*{_MONTH})?)"
                        rf"([\ue000-\ue003]*)\t", re.I)
_YEAR_CELL = re.compile(rf"^\s*[\ue000-\ue003]*((?:{_MONTH}\s+|{_NUM_DATE})?(?:19|20)\d\d|present|now|current|today)"
                        rf"[\ue000-\ue003]*\t", re.I)


def join_split_date_cells(lines: list[Line]) -> list[Line]:
    """'Sep 2021 – Jun<TAB>Postdoc' / '2024<TAB>Institute', '2021–<TAB>Professor' / 'present<TAB>Utah': a
    date column whose cell wrapped puts the end on the next row; it belongs to the range above."""
    out = list(lines)
    for i, ln in enumerate(out):
        m = _OPEN_CELL.match(ln.text)
        if not m:
            continue
        j = next((k for k in range(i + 1, min(i + 3, len(out))) if out[k].kind != "blank"), None)
        y = _YEAR_CELL.match(out[j].text) if j is not None else None
        if y is None or not _ends_range(m, y.group(1)):
            continue
        text = f"{m.group(1)} {y.group(1)}{m.group(3)}\t{ln.text[m.end():]}"
        out[i] = Line(text, ln.start, ln.end, ln.kind, ln.level, ln.number, text if ln.kind == "plain" else ln.body)
        rest = out[j].text[y.end():]
        out[j] = Line(rest, out[j].start, out[j].end, out[j].kind, out[j].level, out[j].number, rest)
    return out


def _ends_range(open_cell: re.Match, end: str) -> bool:
    """'Sep 2021 – Jun' takes a bare year; '2021–' takes 'present' or a later date (an earlier one opens
    the next row)."""
    year = re.search(r"\d{4}", end)
    if not open_cell.group(1).rstrip().endswith(("-", "–", "—")):
        return end.isdigit()
    return year is None or int(year.group()) > int(open_cell.group(2)) or (
        not end.isdigit() and int(year.group()) == int(open_cell.group(2)))


# every memo of this module, for parse.clear_caches()
CACHES = (_split_lines,)
