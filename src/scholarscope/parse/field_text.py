"""Field text: a title cleaned of what is not the title, and the venue part of an entry cut down to the
venue's name (volume, pages, dates, imprint cities, editors, report numbers and access notes removed)."""
from __future__ import annotations

import re
from functools import lru_cache

from ..read.text import ITAL_OFF, ITAL_ON, fold_case, strip_markup
from .names import parse_author_list
from .places import is_imprint_city, is_place
from .rxgate import AtStart, holds_any, required_words
from .venues import strip_meeting_place

# A year 1950-2049 not inside a number, a page reference or a year range. The lookbehinds sit after
# the first digit, so that the search jumps between "1"s and "2"s (the same matches as
# r"(?<![\d./:\-–])(?<!pp\. )(?<!pp\.)((?:19[5-9]|20[0-4])\d)...", ~4x faster).
YEAR = re.compile(r"((?:1(?<![\d./:\-–]1)(?<!pp\. 1)(?<!pp\.1)9[5-9]|2(?<![\d./:\-–]2)(?<!pp\. 2)(?<!pp\.2)0[0-4])\d)(?![\d])(?!\.\d)(?!\s?[-–]\s?\d{3,4}\b(?!\s*[-–]))")


def last_year(s: str) -> int | None:
    ys = YEAR.findall(s or "")
    return int(ys[-1]) if ys else short_year(s or "")


_SHORT_YEAR = re.compile(r"(?<=[A-Za-z])\s?['’‘](\d\d)(?![\d'’])")


def short_year(s: str) -> int | None:
    """"NeurIPS'24", "ICCV '23": a venue's year in two digits."""
    m = _SHORT_YEAR.search(s)
    if not m:
        return None
    y = int(m.group(1))
    return 2000 + y if y <= 40 else 1900 + y


_IN_LEAD = AtStart(re.compile(r"^(?:in|In|IN|En|Dans)\s*:?\s+"))
_IN_LEAD_ITALIC = AtStart(re.compile(r"^(?:in|In|En|Dans)\s*:?\s+"))
_ITALIC_RUN = re.compile(f"{ITAL_ON}([^{ITAL_OFF}]+){ITAL_OFF}")
_LETTER = re.compile(r"[A-Za-z]")


@lru_cache(maxsize=65536)
def venue_and_year(v: str) -> tuple[str, int | None]:
    """The venue text as written (markup removed) and the year it gives."""
    plain = " ".join(strip_markup(v).split()).strip(" ,.;:")  # runs of spaces as one (split's \s is the regex's)
    year = last_year(plain)
    venue = _IN_LEAD.sub("", plain).strip(" ,.;:")
    it = _ITALIC_RUN.search(v)
    period = None
    if it and len(strip_markup(it.group(1)).strip()) > 2:
        venue = " ".join(strip_markup(it.group(1)).split()).strip(" ,.;:")
        venue = _IN_LEAD_ITALIC.sub("", venue)
        host = _CO_LOCATED.match(strip_markup(v[it.end():]))
        if host:  # "*TyDe 2022* (workshop co-located with ICFP 2022)": the workshop and its host meeting
            venue = f"{venue} ({host.group(1)})"
        period = _PERIOD_END.search(venue)  # "*The Routledge Companion to Iberian Art, 1400–1700*": a book's period
    venue = venue if period and int(period.group(1)) < int(period.group(2)) else cut_tail(venue)
    if not _LETTER.search(venue):
        venue = ""
    return venue, year


_CO_LOCATED = re.compile(r"\s*[,(]?\s*((?:an?\s+)?(?:satellite\s+)?workshop\s+(?:co-?located\s+with|held\s+(?:with|at)|at|of|@)\s+"
                         r"[^()\n.;]*?(?:19|20)?\d{0,2})\)?[.,;]?\s*(?:$|[.;])", re.I)
_PERIOD_END = re.compile(r",\s*(1[0-9]\d\d)\s*[–-]\s*(1[0-9]\d\d|20\d\d)$")
_MONTHS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
# Where the volume, issue, pages or date of a venue part start: (the one character every match starts
# with, the rest), in the order they are tried.
_TAIL_PARTS = [
    (r"(?:,|\s)", r"\s*(?:vol(?:ume)?\.?|no\.|nr\.|issue|pp?\.|pages?|art(?:icle)?\.?|e-?\d|v\.|n\.)\s*\d"),  # vol. 3, pp. 5, v. 60
    (r"[,\s]", r"\s*\d+\s*\(\s*[\d\-–]+\s*\)"),                                        # 12(3)
    (r"[,\s]", r"\s*\d+\s*[:]\s*[\dA-Za-z]"),                                          # 511: 2201, 39:e12
    (r",", r"\s*\d+\s*[,–\-]\s*\d"),                                                    # , 511, 2201 / , 45-67
    (r"\s", r"\d+\s*,\s*\d"),                                                           # Journal 24, 270
    (r",", rf"\s*(?:{_MONTHS}[a-z]*\.?\s+)?(?:\d{{1,2}},?\s+)?(?:19|20)\d\d\b"),          # , 2019
    (r"\s", rf"\((?:{_MONTHS}[a-z]*\.?,?\s+)?(?:19|20)\d\d\)"),  # (2001), (November, 1965); not "(UDW 2023)"
    (r"\s", rf"(?!(?:19|20)\d\d\b)\d{{1,4}}(?:\.\d{{1,3}})?(?=\s*(?:,\s*(?:no\.|pp?\.|[A-Z]?\d|\()|\(|:\s*\d|$|"
            rf"{_MONTHS}[a-z]*\.?\s))"),                                                # 105, no. 10 / 37.2 (2011) / 15 Feb.
    (r"\s", r"\(\d{1,4}\)\s*\d{0,4}\s*:"),                                              # (39)1: 71
    (r"[.,]", r"\s*(?:19|20)\d\d\s+ed\.?$"),                                            # . 1991 ed.
    (r",", r"\s*vol\.?\s*[IVXLC]{1,6}\b"),                                              # , Vol. XIX
    (r",", r"\s*[IVXLC]{1,6}\s*(?=\(|,|$)"),                                            # , VI (1958)
    (r",", r"\s*(?:spring|summer|fall|autumn|winter)\b"),                               # , Fall
    (r"\s", r"\((?:[a-z]+\.?\s+\d{1,2},?\s+)(?:19|20)\d\d\)"),                          # (July 25, 1966)
    (r"\s", r"[A-Z]\d{2,4}\b(?=\s*(?:\(|,|$))"),                                         # Phys. Lett. B428 (1998)
    (r"\s", r"(?:19|20)\d\d\s*,\s*\d"),                                                 # 2004, 95
    (r"[,\s]", r"\s*\d{1,5}(?:\.\d{1,3})?\s*$"),                                        # trailing volume, 52.1
    (r",", rf"\s*{_MONTHS}[a-z]*\.?\s*$"),                                              # , June
    (r",", r"\s*[IVXLC]{1,6}\s*$"),                                                     # , VII
    (r"\.", rf"\s+(?:19|20)\d\d(?:\s+{_MONTHS}[a-z]*(?:\s+\d{{1,2}})?)?\s*(?:[;:.]|$)"),
    (r"\.", rf"\s+{_MONTHS}[a-z]*(?:\s+\d{{1,2}})?\s*(?:[;:.]|$)"),                     # NLM: "J. 2023 Mar 14;14"
    (r"\s", r"(?:19|20)\d\d\s*;"),                                                      # Vancouver: "Br J Cancer 1999; 79"
]
# the plain form, "|".join(first + rest): at each position the first alternative that matches wins
TAIL_PLAIN = "|".join(first + rest for first, rest in _TAIL_PARTS)
# The same matches, faster: the starting character ([,.\s]) is taken first, so that the search jumps
# between such characters, and only the alternatives that start with it are tried, in the same order.
_TAIL = re.compile(r"[,.\s](?:" + "|".join(
    rf"(?<={group})(?:" + "|".join(rest for first, rest in _TAIL_PARTS if re.fullmatch(first, char)) + ")"
    for group, char in ((",", ","), (r"\.", "."), (r"\s", " "))) + ")", re.I)


_THESIS_LEAD = AtStart(re.compile(
    r"^(?:(?:ph\.?\s?d\.?|master'?s?|doctoral|bachelor'?s?|m\.?sc\.?|m\.\s?[sa]\.|b\.\s?[sa]\.|diploma|habilitation)\s+)?"
    r"(?:habilitationsschrift|habilitation thesis|thesis|dissertation|doktorarbeit|th[èe]se(?: de doctorat)?|"
    r"tesis(?: doctoral)?|tesi di (?:dottorato|laurea(?: magistrale)?))[,.:]?\s*", re.I))
STATUS_ONLY = re.compile(r"(?:unpublished\s+)?(?:manuscript|submitted|preprint|working paper|mimeo|in preparation|"
                          r"under review|in press|forthcoming|draft)", re.I)


_PRESENTED_AT = AtStart(re.compile(r"^(?:presented|accepted|published|appeared)\s+(?:at|in)\s*:?\s+(?:the\s+)?|"
                                   # "Roe A, Lee B, editors. Book"; not "Ed. Psychol. Meas." (a journal's abbreviation)
                                   r"^(?:[^.:]{2,80},\s*)?editors?\.\s+(?=[A-Z])", re.I))
_LEAD_YEAR = AtStart(re.compile(r"^\(?(?:19|20)\d\d[a-z]?\)?\s*[,.:;]\s*"))
_ONLINE_NOTE = re.compile(r"\.?\s*(?:published online|epub ahead of print|online ahead of print)\b.*$", re.I)
_EDITION = re.compile(r"[.,]\s*\d+(?:st|nd|rd|th)\s+(?:ed|edn|edition)\b.*$", re.I)
_EDITED = re.compile(r"[.,]\s*(?:eds?\.|edited by|hrsg\.).*$", re.I)
_ACCESS_NOTE = re.compile(r"\.?\s*(?:retrieved|accessed|available)\b.*$", re.I)
_AUTHOR_NOTE = re.compile(r"\.?\s*\([^()]*\bauthors?\b[^()]*\)\.?$", re.I)
_PAREN_IMPRINT = re.compile(r"\s\([^()]{2,80},\s*(?:19|20)\d\d\)?.*$")
# the notes cut_tail drops, in order, with the words one of which every match of each holds
_NOTE_SUBS = [(rx, required_words(rx.pattern, rx.flags))
              for rx in (_ONLINE_NOTE, _EDITION, _EDITED, _ACCESS_NOTE, _AUTHOR_NOTE)]


@lru_cache(maxsize=65536)
def cut_tail(venue: str) -> str:
    """The venue name without volume, issue, pages and date (years inside a name stay: 'ICML 2024')."""
    # Every step below keeps a part of the venue (a prefix, a suffix, a piece): a word the whole folded
    # venue lacks is in none of them, so a pattern needing one is skipped (rxgate.required_words).
    low = fold_case(venue)
    venue = _LEAD_YEAR.sub("", venue)  # "2012, Astronomical Notes"
    venue = _PRESENTED_AT.sub("", venue)
    venue = _THESIS_LEAD.sub("", venue)  # "Ph.D. thesis, University of X": the school is the venue
    for rx, words in _NOTE_SUBS:  # online, edition, editors, access and author notes
        if holds_any(low, words):
            venue = rx.sub("", venue)
    if holds_any(low, _EDITORS_WORDS):
        venue = _drop_editors(venue)
    venue = _drop_reviewed_author(venue)
    if ":" in venue:  # every imprint names its city before a colon
        venue = _drop_imprint_city(venue)
    venue = _institution_of(venue, low)
    venue = _PAREN_IMPRINT.sub("", venue)  # "Book (Academic Press, 1985)"
    if STATUS_ONLY.fullmatch(venue.strip(" .,;:()[]")):
        return ""
    m = _TAIL.search(venue)
    if m and m.start() >= 3:
        venue = venue[: m.start()]
    venue = venue.strip(" ,.;:")
    if "," in venue and "." in venue:
        venue = _drop_publisher_city(venue)
    return strip_meeting_place(venue)


_CITY = r"([A-Z][^.:;,()]{1,30}(?:,\s*[A-Z][\w.]{1,15})?)\s*:\s*"  # "Berkeley, CA: "
_IMPRINT = re.compile(r"(?:^|[.,;(]\s*)" + _CITY + r"([^:]+)$")
_IMPRINT_IN_TEXT = re.compile(r"(?:^|[.,;(]\s*)" + _CITY +
                              r"([A-Z][^:;()]{1,60}?)\s*(?:,\s*(?:19|20)\d\d\b|[.)]\s*(?:(?:19|20)\d\d\b)?\s*$|$)")


def imprint_in(plain: str) -> str:
    """The publisher of an entry's imprint ('Delhi: Oxford University Press, 2008'), or ''."""
    if ":" not in plain:  # every imprint names its city before a colon
        return ""
    for m in _IMPRINT_IN_TEXT.finditer(plain):
        if is_imprint_city(m.group(1).strip()):
            return m.group(2).strip(" .,")
    return ""


_NUMBERED_SERIES = re.compile(r"\b(?:report|paper|series|no\.?)\s*[A-Z]*[-\d]", re.I)


# "Book Title. Academic Press, London": a publisher then its city, after the book (Europass, Harvard variants)
_PUBLISHER_CITY = re.compile(r"\.\s+((?:[A-Z][\w&'’\-]*\s+){0,4}(?:Press|Publishers|Publishing|Verlag|Books|Springer|"
                             r"Elsevier|Wiley|Routledge|CRC|Academic|Blackwell|Pergamon))\s*,\s*([^,.]+?)\s*$")


def _drop_publisher_city(venue: str) -> str:
    m = _PUBLISHER_CITY.search(venue)
    if m is None or not is_imprint_city(m.group(2)) or len(venue[: m.start()].split()) < 2:
        return venue
    return venue[: m.start()]


def _drop_imprint_city(venue: str) -> str:
    """A book's imprint: the book or series it names first (a chapter's container), else its publisher."""
    m = _IMPRINT.search(venue)
    if not m or not is_imprint_city(m.group(1).strip()):
        return venue
    before = venue[: m.start()].strip(" .,;(")
    numbered = _NUMBERED_SERIES.search(before)  # "Report SC190012": the series, not a book
    return before if len(before.split()) >= 2 and not is_place(before) and not numbered else m.group(2).strip(" .,;()")


_UNIT = AtStart(re.compile(r"^(?:Dept\.?|Department|School|Faculty|Division|Chair)\s+(?:of|for)\s+[^,]+,\s*(?=[^,]*\b(?:University|College|Institute)\b)"))
_INSTITUTION = re.compile(r"(?:[A-Z][\w.&'’\-]*\s+)*(?:University|Institute of Technology|Institute|College)"
                          r"(?:\s+(?:of|at)\s+[A-Z][\w.&'’\-]*(?:\s+[A-Z][\w.&'’\-]*)*)?")


_TECH_REPORT = re.compile(r"\b(?:technical|tech\.?)\s+rep(?:ort|\.)", re.I)


def _institution_of(venue: str, low: str) -> str:
    """A report's or thesis's venue is the institution: 'Department of CS, Purdue University' and
    'Purdue University Computer Science Technical Report – TR-11-018' are Purdue University. ``low``:
    fold_case of a text that holds ``venue``."""
    venue = _UNIT.sub("", venue)
    if "tech" in low and _TECH_REPORT.search(venue):  # every match holds "tech"
        m = _INSTITUTION.search(venue)
        if m:
            return m.group(0).strip()
    return venue


_EDITORS = re.compile(r"\s*\((?:eds?|hrsg|coords?|dirs?|orgs?|a cura di)\.?\)\s*[,.:]?\s*|,?\s+(?:editors?|eds?\.)\s*,\s*", re.I)


_EDITORS_WORDS = required_words(_EDITORS.pattern, _EDITORS.flags)


_IN_LEAD_EDITORS = AtStart(re.compile(r"^(?:in|In|IN)\s*:?\s+"))


def _drop_editors(venue: str) -> str:
    """'G. Roe & T. Lee (Eds.), Advances in Widgets' / 'A. Roe, editors, Proc. X' -> the book after its editors."""
    m = _EDITORS.search(venue)
    if not m:
        return venue
    if m.start() == 0:
        return venue[m.end():]  # "(ed) Encyclopedia of …": the editors' names went with the author list
    names = _IN_LEAD_EDITORS.sub("", venue[: m.start()]).strip(" ,")
    return venue[m.end():] if parse_author_list(names) else venue


_CREDIT = re.compile(r"(?:by|translated by|trans\.(?:\s+by)?|edited by|ed\.(?:\s+by)?)\s+", re.I)


_STOP_CAPITAL = re.compile(r"\.\s+(?=[A-Z])")


def _drop_reviewed_author(venue: str) -> str:
    """'by Ann R. Roe. Annual of Widget Studies', 'Translated by A. Roe. Viking' -> what follows the people
    (a review names the book's author first; a translation its translators)."""
    lead = _CREDIT.match(venue)
    if not lead:
        return venue
    for mt in reversed(list(_STOP_CAPITAL.finditer(venue))):
        if mt.start() > lead.end() and parse_author_list(venue[lead.end(): mt.start() + 1].strip()):
            return venue[mt.end():]
    return venue


_GENRE = re.compile(r"\s*\[(?:editorial|letter|review|comment|commentary|abstract|erratum|preprint|in press|correspondence|dissertation|thesis|doctoral dissertation|master.s thesis)\]\s*$", re.I)


_TITLE_TAIL = re.compile(r"(?:,|\.)\s+(?:trans(?:lated)?\.?(?:\s+by)?|eds?\.|edited by|ed\. by|\d+\s+vols?\.?|"
                         r"\d+(?:st|nd|rd|th)\s+ed(?:ition)?\.?)(?:\s.*)?$|,\s+(?:trans|ed)$", re.I)


_LEAD_REPEAT = AtStart(re.compile(r"^[\s_—–\-.,;:]+(?=\S)"))
_BY_TAIL = re.compile(r",\s+by\s+(\S.*)$")
_LEAD_TAG = AtStart(re.compile(r"^\s*\[[^\]]{1,25}\]\s*"))
_QUOTES = re.compile(r"^[“\"'‘]+|[”\"'’]+$")  # the plain form of clean_title's strip of quotes
_OPENING_QUOTES, _CLOSING_QUOTES = "“\"'‘", "”\"'’"
_KEEP_STOP = re.compile(r"\b[A-Z]\.$|\.\.\.$|\bet al\.$|\bal\.$")


def clean_title(t: str) -> str:
    """A title without markup, leading repeat marks, translator/edition tails, genre tags and quotes."""
    t = strip_markup(t)
    t = _LEAD_REPEAT.sub("", t)  # "______. Title": the same authors as above
    t = _TITLE_TAIL.sub("", t)
    by = _BY_TAIL.search(t)
    if by and parse_author_list(by.group(1).strip(" .")):
        t = t[: by.start()]  # "Review of A History of Widgets, by T. G. Bailey": the reviewed book's author
    t = t.rstrip(" .,")
    if "[" in t:  # every genre tag is in square brackets
        t = _GENRE.sub("", t)
    t = _LEAD_TAG.sub("", t)  # "[ICDE'26] Title"
    t = " ".join(t.split())  # runs of spaces as one, none at the ends
    t = t.strip(" ,;:")
    t = t.lstrip(_OPENING_QUOTES).rstrip(_CLOSING_QUOTES).strip()  # _QUOTES.sub("", t): t holds no line break
    if t.endswith(".") and not _KEEP_STOP.search(t, max(0, len(t) - 6)):  # a match is the last 6 characters at most
        t = t[:-1].rstrip()
    return t.strip(" ,")


# every memo of this module, for parse.clear_caches() (an entry's readings share their venue parts)
CACHES = (venue_and_year, cut_tail)
