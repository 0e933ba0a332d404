"""Dates and date ranges as CVs write them -> 'YYYY-MM', 'YYYY' or 'present'."""
from __future__ import annotations

import itertools
import re
from functools import lru_cache

_MONTHS = {m: i + 1 for i, names in enumerate([
    # English, Spanish, French, German, Italian, Portuguese, with their usual abbreviations
    "jan january enero ene janvier janv januar gennaio janeiro", "feb february febrero fevrier février févr fevr februar febbraio fevereiro fev",
    "mar march marzo mars märz marz março", "apr april abril abr avril avr aprile", "may mayo mai maggio maio",
    "jun june junio juin juni giugno giu junho", "jul july julio juillet juil juli luglio lug julho",
    "aug august agosto ago aout août", "sep sept september septiembre septembre settembre setembro",
    "oct october octubre octobre oktober okt ottobre ott outubro", "nov november noviembre novembre novembro",
    "dec december diciembre dic decembre décembre déc dezember dez dicembre dezembro"]) for m in names.split()}
_SEASONS = ("spring", "summer", "fall", "autumn", "winter")
_SEASON = "(?:" + "|".join(_SEASONS) + ")"
_MONTH_NAMES = sorted(_MONTHS, key=len, reverse=True)
_MONTH_RX = "|".join(_MONTH_NAMES)
_PRESENT = r"(?:present|now|current|today|ongoing|actualidad|presente|heute|aujourd'hui|atual|現在|至今|现在|今)"
# "2020年4月": year and month in Chinese or Japanese
_CJK_MONTH = r"\s*年\s*(?:0?[1-9]|1[0-2])\s*月"
# "01/11/2019", "14.03.2021": day, month and year (as Europe writes them) before "11/2019"
_DMY_TAIL = r"\s*[/.]\s*(?:0?[1-9]|1[0-2])\s*[/.]\s*(?:19|20)\d\d"
_POINT = (rf"(?:(?:{_MONTH_RX})\.?,?\s*(?:\d{{1,2}},?\s*)?(?:19|20)\d\d|{_SEASON}\s*(?:19|20)\d\d|"
          rf"(?:0?[1-9]|[12]\d|3[01]){_DMY_TAIL}|"
          rf"(?:0?[1-9]|1[0-2])\s*[/.\-]\s*(?:19|20)\d\d|(?:19|20)\d\d\s*(?:[/.\-]\s*(?:0[1-9]|1[0-2])|/[1-9])(?!\d)|"
          rf"(?:19|20)\d\d{_CJK_MONTH}|(?:19|20)\d\d)(?!\d)")
_RANGE_TAIL = (rf"(?:\s*(?:[-–—~～〜]+|(?:to|until|bis|hasta|a)\b)\s*(?P<b>{_POINT}|{_PRESENT}|(?<![\d])\d\d?(?![\d.:/]))?)?"
               rf"(?P<exp>\s*\(?\s*expected\s*\)?)?")
RANGE_PLAIN = rf"(?<![\d#])(?P<a>{_POINT})" + _RANGE_TAIL


def _taken_first(words) -> str:
    """The words as alternatives whose first letter was taken already: grouped by that letter (checked
    behind), in their order within each group (a letter starts the words of one group only)."""
    groups: dict[str, list[str]] = {}
    for w in words:
        groups.setdefault(w[0], []).append(w[1:])
    return "|".join(f"(?<={c})(?:{'|'.join(rests)})" for c, rests in groups.items())


# _POINT once its first character is taken: each alternative in the same order, its first character
# checked behind it ((?:19|20) after a "1" or "2", 0?[1-9]|1[0-2] after a digit)
_YEAR_TAKEN = r"(?:(?<=1)9|(?<=2)0)\d\d"
_POINT_TAKEN = (rf"(?:(?:{_taken_first(_MONTH_NAMES)})\.?,?\s*(?:\d{{1,2}},?\s*)?(?:19|20)\d\d|(?:{_taken_first(_SEASONS)})\s*(?:19|20)\d\d|"
                rf"(?:(?<=0)[1-9]|(?<=[1-9])|(?<=[12])\d|(?<=3)[01]){_DMY_TAIL}|"
                rf"(?:(?<=0)[1-9]|(?<=[1-9])|(?<=1)[0-2])\s*[/.\-]\s*(?:19|20)\d\d|{_YEAR_TAKEN}\s*(?:[/.\-]\s*(?:0[1-9]|1[0-2])|/[1-9])(?!\d)|"
                rf"{_YEAR_TAKEN}{_CJK_MONTH}|{_YEAR_TAKEN})(?!\d)")
# the characters a date can start with, in both cases (and "ſ", which re.I matches for "s"), outside re.I
# so that the search jumps between them
_FIRST = sorted({w[0] for w in (*_MONTH_NAMES, *_SEASONS)})
_FIRST_CLASS = "(?-i:[" + "".join(c + c.upper() for c in _FIRST) + ("ſ" if "s" in _FIRST else "") + "0-9])"
# RANGE_PLAIN, faster: the first character of a date is taken first, the lookbehind checked after it
# (same matches and groups; tests/parse/test_rx_rewrites.py)
_RANGE = re.compile(rf"(?P<a>{_FIRST_CLASS}(?<![\d#].){_POINT_TAKEN})" + _RANGE_TAIL, re.I)


_PRESENT_RX = re.compile(_PRESENT, re.I)
_MONTH_YEAR = re.compile(rf"({_MONTH_RX})\.?,?\s*(?:\d{{1,2}},?\s*)?((?:19|20)\d\d)")
_DAY_MONTH_YEAR = re.compile(r"\d{1,2}\s*[/.]\s*(\d{1,2})\s*[/.]\s*((?:19|20)\d\d)")
_NUM_MONTH_YEAR = re.compile(r"(\d{1,2})\s*[/.\-]\s*((?:19|20)\d\d)")
_YEAR_NUM_MONTH = re.compile(r"((?:19|20)\d\d)\s*(?:[/.\-]\s*(\d{2})|/(\d)|年\s*(\d{1,2})\s*月)$")  # "2024/7" (Canadian CCV)
_A_YEAR = re.compile(r"(?:19|20)\d\d")


def parse_point(s: str) -> str | None:
    """One date -> 'YYYY-MM' or 'YYYY' (seasons and bare years give the year)."""
    s = s.strip().lower().rstrip(".")
    if _PRESENT_RX.fullmatch(s):
        return "present"
    m = _MONTH_YEAR.match(s)
    if m:
        return f"{m.group(2)}-{_MONTHS[m.group(1)]:02d}"
    m = _DAY_MONTH_YEAR.match(s)
    if m:
        return f"{m.group(2)}-{int(m.group(1)):02d}"
    m = _NUM_MONTH_YEAR.match(s)
    if m and 1 <= int(m.group(1)) <= 12:
        return f"{m.group(2)}-{int(m.group(1)):02d}"
    m = _YEAR_NUM_MONTH.match(s)
    if m and 1 <= int(m.group(2) or m.group(3) or m.group(4)) <= 12:
        return f"{m.group(1)}-{int(m.group(2) or m.group(3) or m.group(4)):02d}"
    m = _A_YEAR.search(s)
    return m.group(0) if m else None


_SINCE = re.compile(r"(?<![A-Za-z])(?:since|seit|depuis|desde|dal|dall'|od|sedan|vanaf|sinds)\s*$", re.I)  # "seit 04/2022": open
MONTH_SPAN_PLAIN = rf"(?<![A-Za-z])({_MONTH_RX})\.?\s*[-–—]+\s*((?:{_MONTH_RX})\.?,?\s*((?:19|20)\d\d))(?!\d)"
# MONTH_SPAN_PLAIN with the month's first letter taken first (outside re.I, both cases), the lookbehind and the
# rest of the name checked after it, as _RANGE does: the search jumps between such letters (same matches)
_MONTH_FIRST = "(?-i:[" + "".join(sorted({c + c.upper() for c in (w[0] for w in _MONTH_NAMES)})) + \
    ("ſ" if any(w[0] == "s" for w in _MONTH_NAMES) else "") + "])"
_MONTH_SPAN = re.compile(rf"({_MONTH_FIRST}(?<![A-Za-z].)(?:{_taken_first(_MONTH_NAMES)}))"
                         rf"\.?\s*[-–—]+\s*((?:{_MONTH_RX})\.?,?\s*((?:19|20)\d\d))(?!\d)", re.I)


_DASH_END = re.compile(r"[-–—]\s*$")
_DASH_NEXT = re.compile(r"\s*[-–—]+\s*(?:$|[,;)\]])")
_TWO_DIGITS = re.compile(r"\d\d")


# the most characters other than spaces a date (_POINT) writes before its year: a month's name, a stop, a comma,
# a day of two digits and its comma ("septiembre., 12, 2020"); a season, a month's number or a day and month in
# figures ("01/11/2019") write fewer
_LEAD_MAX = max(len(w) for w in _MONTH_NAMES) + 5


def _earliest_date_start(text: str, year_at: int) -> int:
    """Where a date can start when the first year "19xx"/"20xx" in text is at year_at: every date holds such a
    year at or after it, with at most _LEAD_MAX characters other than spaces (\\s, as str.isspace reads it)
    between its start and its year."""
    i, seen = year_at, 0
    while i > 0:
        if not text[i - 1].isspace():
            if seen == _LEAD_MAX:
                break
            seen += 1
        i -= 1
    return i


@lru_cache(maxsize=65536)
def find_range(text: str) -> tuple[str | None, str | None, bool, tuple[int, int]] | None:
    """The first date or date range in text: (start, end, expected, span) or None."""
    year = _A_YEAR.search(text)
    if not year:
        return None  # every date _MONTH_SPAN and _RANGE find has a year "19xx" or "20xx"
    # "Jun–Aug 2014": both months in the year named once (each such span holds a dash)
    span = _MONTH_SPAN.search(text) if "-" in text or "–" in text or "—" in text else None
    # searched from where a date can start (its lookbehind still sees the text before): the same first match
    first = _RANGE.search(text, _earliest_date_start(text, year.start()))
    if span and (first is None or span.start() <= first.start()):
        a, b = parse_point(f"{span.group(1)} {span.group(3)}"), parse_point(span.group(2))
        if a and b:
            return a, b, False, (span.start(), span.end())
    if first is None:
        return None
    # the matches finditer would give: the first one found above, then the rest from its end
    for m in itertools.chain((first,), _RANGE.finditer(text, first.end())):
        a = parse_point(m.group("a"))
        if a is None:
            continue
        b_raw = m.group("b")
        if b_raw is None:
            dash = _DASH_END.search(text[m.start():m.end()]) or _DASH_NEXT.match(text[m.end():])
            before = _OPEN_BEFORE.search(text[max(0, m.start() - 12):m.start()])
            if before:  # "Current - 2021": the open end written first; the span takes it in
                return a, "present", False, (m.start() - len(before.group(0)), m.end())
            b = "present" if dash or _SINCE.search(text[max(0, m.start() - 12):m.start()]) else a
        elif _TWO_DIGITS.fullmatch(b_raw):
            b = a[:2] + b_raw  # "2014--17"
        elif len(b_raw) == 1:  # "2006–8": the last digit of the end year
            b = a[:3] + b_raw if b_raw > a[3] else a
        else:
            b = parse_point(b_raw)
        if b and b != "present" and b < a:
            a, b = b, a  # "2020 - 2016" (a résumé template that writes the end first)
        return a, b, bool(m.group("exp")), (m.start(), m.end())
    return None


_OPEN_BEFORE = re.compile(r"(?i:current|present|now|today|heute|actual|atual)\s*[-–—]\s*$")  # "Current - 2021"


def has_date(text: str) -> bool:
    return find_range(text) is not None


def month_of(text: str) -> str | None:
    """A single month ('10/2023', 'Oct 2023') -> 'YYYY-MM'; a year or a range gives None."""
    r = find_range(text)
    if not r:
        return None
    a, b, _, _ = r
    if a and len(a) == 7 and a == b:
        return a
    return None


# every memo of this module, for parse.clear_caches()
CACHES = (find_range,)
