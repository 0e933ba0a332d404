"""The segmentation of one entry (``Fields``) and the small readings the entry modules share: text that
carries markup characters (bold/italic on/off) cut by plain-text offsets, whole-line styles, quoted
titles, venue-like strings and author lines."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..read.text import BOLD_OFF, BOLD_ON, ITAL_OFF, ITAL_ON, MARKUP_CHARS, strip_markup
from .field_text import YEAR as _YEAR
from .names import clean_name, parse_author_list
from .rxgate import NeedsAny
from .venues import venue_like as _table_venue_like


# "Title", „Titel“ (German) or (UK) 'Title', in …: the opening quote comes first, its lookbehind after it, so that the
# search jumps between quote characters (same matches and groups as the lookbehind-first form)
_QUOTED_RUN = re.compile(r"[“\"„«'‘](?:(?<=„)\s*([^“”\"„«»]{6,}?)\s*[“”]|(?<=[“\"«])\s*([^“”\"„«»]{6,}?)\s*[”\"»]"
                         r"|(?<=['‘])(?<![\w'’]['‘])([^'‘’\n]{6,}?\s[^'‘’\n]*?)['’](?=[,.;:]|\s+(?:in|In)\b))")


_TITLE_STOP_END = re.compile(r"[.,;?!]$")
_TITLE_FOLLOWS = re.compile(r"\s*(?:$|[.,;(\[]|[A-Z0-9]|in\b)")


def quoted_title(s: str) -> re.Match | None:
    """A quoted span that is a whole title: it ends in a stop or comma, or one, 'In', a capital or the end
    follows it ('“Bad Things” and Moments: …' and '“Behind the Store”: Montreal …' quote a phrase in a title)."""
    for m in _QUOTED_RUN.finditer(s):
        rest = strip_markup(s[m.end():])
        if _TITLE_STOP_END.search(m.group(m.lastindex or 1)) or _TITLE_FOLLOWS.match(rest):
            return m
    return None


def quote_open(text: str) -> bool:
    """The text leaves a quotation open: “… with no ”, „… with no “ (German), «… with no », or an odd '"'."""
    if "„" in text:
        return text.count("„") > text.count("“")
    return text.count("“") > text.count("”") or text.count("«") > text.count("»") or text.count('"') % 2 == 1


MONTH_WORD = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"


LEAD_DATE = re.compile(r"^\s*[\ue000\ue002]?\s*\(?(?:\d{1,2}[/.]){0,2}((?:19|20)\d\d)\)?[a-z]?\s*[\ue001\ue003]?\s*[.:,\-–—]?\s+")


@dataclass
class Fields:
    """The segmentation of one entry."""

    title: str = ""
    authors_raw: str = ""
    venue_raw: str = ""
    year: int | None = None
    authors_after_title: bool = False
    misread: bool = False
    no_title: bool = False  # a reference cited without its title (physics, astronomy)
    authors_known: bool = False  # named apart ("with X"): a title that reads like names is still a title
    quoted: bool = False  # the title stood in quotation marks: a title that reads like a name is still one
    publisher: str = ""  # the venue is a book's publisher (an imprint), not a journal or proceedings
    title_apart: bool = False  # the title is a line of its own beside one author line
    kind: str = ""  # the type the citation states itself (a GB/T 7714 code: [J], [C], [M], [D])
    flags: tuple[str, ...] = ()  # flags a labelled record states ("Tipo de participación: Póster")


def remove_plain(s: str, a: int, b: int) -> str:
    """Remove plain-text span [a, b) from a string with markup characters."""
    out, seen = [], 0
    for ch in s:
        if ch in MARKUP_CHARS or not (a <= seen < b):
            out.append(ch)
        if ch not in MARKUP_CHARS:
            seen += 1
    return "".join(out)


def whole_style(line: str) -> str | None:
    """'bold' or 'italic' when the whole line is in one style."""
    t = line.strip()
    if t.startswith(BOLD_ON) and t.endswith(BOLD_OFF) and BOLD_ON not in t[1:-1]:
        return "bold"
    if t.startswith(ITAL_ON) and t.endswith(ITAL_OFF) and ITAL_ON not in t[1:-1]:
        return "italic"
    return None


def from_plain_offset(s: str, n: int) -> str:
    """s[k:] where k is the position of the n-th character of s without italic markers."""
    if ITAL_ON not in s and ITAL_OFF not in s:
        return s[n:]  # every character counts: k == n
    seen = 0
    for i, ch in enumerate(s):
        if seen == n:
            return s[i:]
        if ch not in (ITAL_ON, ITAL_OFF):
            seen += 1
    return ""


_VENUE_OPENING = re.compile(r"^(?:in|In)\b|^(?:Proc|Proceedings|Journal|Trans|IEEE|ACM|arXiv)")


@lru_cache(maxsize=65536)
def venue_like(plain: str) -> bool:
    """A string that names a venue: 'In …', a proceedings/journal word first, or a name the venue table knows."""
    if len(plain) > 200:
        return False
    if _VENUE_OPENING.match(plain):
        return True
    return _table_venue_like(plain)


_ORDER_NOTE = NeedsAny(re.compile(r"\s*\(\s*[*†‡]?\s*(?:alphabetical|equal|authors? (?:in|listed)|corresponding)[^)]*\)\s*",
                                  re.I), ("(",))


@lru_cache(maxsize=65536)  # a line is asked when layout is unwrapped and again when its fields are told apart
def is_author_line(plain: str) -> bool:
    plain = plain.rstrip(" \\")  # a Markdown line break ("\\") left as text
    p = _ORDER_NOTE.sub(" ", plain).strip().rstrip(".")
    got = parse_author_list(p)
    if not got:
        return False
    names = got[0]
    return len(names) >= 2 or got[2] or (len(names) == 1 and len(clean_name(names[0]).split()) >= 2)


_ITALIC_RUN = re.compile(f"{ITAL_ON}([^{ITAL_OFF}]*){ITAL_OFF}")


def is_italic(ln: str) -> bool:
    s = ln.strip()
    inside = "".join(_ITALIC_RUN.findall(s))
    return len(inside) >= 0.6 * len(strip_markup(s)) and bool(inside.strip())


def strip_markup_keep_bold(s: str) -> str:
    return s.replace(ITAL_ON, "").replace(ITAL_OFF, "") if ITAL_ON in s or ITAL_OFF in s else s


def has_markup(s: str) -> bool:
    return not s.isascii() and (BOLD_ON in s or BOLD_OFF in s or ITAL_ON in s or ITAL_OFF in s)


def cut_plain_prefix(s: str, n: int) -> str:
    """Cut the first n plain characters off a string that may contain markup characters."""
    if not has_markup(s):
        return s[n:]
    seen = 0
    for i, ch in enumerate(s):
        if seen >= n:
            return s[i:]
        if ch not in MARKUP_CHARS:
            seen += 1
    return ""


def cut_plain_suffix(s: str, n: int) -> str:
    """Keep the first n plain characters of a string that may contain markup characters."""
    if not has_markup(s):
        return s[:n]
    k = n  # where the n-th plain character ends: n, moved on past each markup character before it
    for mark in _MARKUP_CHAR.finditer(s):
        if mark.start() >= k:
            break
        k += 1
    return s[:k] + "".join(_MARKUP_CHAR.findall(s, k))  # every markup character after it stays


_MARKUP_CHAR = re.compile(f"[{MARKUP_CHARS}]")


def first_year(s: str) -> int | None:
    m = _YEAR.search(s or "")
    return int(m.group(1)) if m else None


def without(text: str, part: str) -> str:
    return text.replace(part, " ") if part else text
