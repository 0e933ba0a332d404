"""One publication entry (a list item, a paragraph, a reference string) -> Publication fields.

The entry is first stripped of links and markers (markers.py); what remains is cut into
authors, title and venue, using the document's own structure where it has one (lines,
quotes, bold, italics) and the shape of author lists (names.py) where it does not.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

from ..read.text import BOLD_OFF, BOLD_ON, ITAL_OFF, ITAL_ON, MARKUP_CHARS, fold_case, strip_markup
from .field_text import YEAR as _YEAR
from .field_text import clean_title as _clean_title
from .field_text import venue_and_year as _venue_and_year
from .markers import Markers, extract_links, extract_status
from .names import clean_name, etal_search, is_name, name_marks, parse_author_list
from .places import is_imprint_city
from .venues import _guess_kind, normalise_venue, venue_like

try:
    from .refcrf import label_reference
except ImportError:  # pragma: no cover - the CRF is optional
    label_reference = None

# "Title" or (UK) 'Title', in …: the opening quote comes first, its lookbehind after it, so that the
# search jumps between quote characters (same matches and groups as the lookbehind-first form)
_QUOTED_RUN = re.compile(r"[“\"„«'‘](?:(?<=[“\"„«])\s*([^“”\"„«»]{6,}?)\s*[”\"»]"
                         r"|(?<=['‘])(?<![\w'’]['‘])([^'‘’\n]{6,}?\s[^'‘’\n]*?)['’](?=[,.;:]|\s+(?:in|In)\b))")


_STOP_END = re.compile(r"[.,;?!]$")
_AFTER_QUOTED_TITLE = re.compile(r"\s*(?:$|[.,;(\[]|[A-Z0-9]|in\b)")


def _quoted_title(s: str) -> re.Match | None:
    """A quoted span that is a whole title: it ends in a stop or comma, or one, 'In', a capital or the end
    follows it ('“Bad Things” and Moments: …' and '“Behind the Store”: Montreal …' quote a phrase in a title)."""
    for m in _QUOTED_RUN.finditer(s):
        rest = strip_markup(s[m.end():])
        if _STOP_END.search(m.group(m.lastindex or 1)) or _AFTER_QUOTED_TITLE.match(rest):
            return m
    return None


# A sentence end: the whitespace after ".", "?" or "!" (not after St., Dr., al., ... nor an initial).
# Written to start with the whitespace it matches so that the search jumps between blanks (same
# matches as the lookbehind-first form, ~13x faster).
_SENTENCE_END = re.compile(r"\s(?:(?:(?<=[^\s.A-Z][.?!]\s)|(?<=[A-Z]{3}[.?!]\s))(?<!\bSt\.\s)(?<!\bDr\.\s)(?<!\bvs\.\s)(?<!\bMr\.\s)(?<!\bMs\.\s)(?<!\bNo\.\s)(?<!\bal\.\s)(?<!\bcf\.\s)(?<!\bEd\.\s)(?<!\bVol\.\s)(?<!\bPt\.\s)(?<!\bJr\.\s)(?<!\bSr\.\s)(?<!\bMt\.\s)\s*(?=[\ue002\ue000A-Z0-9“\"(\[]|In\b|in\b|En\b)|(?<=[.?!][”\"]\s)\s*)")
_WITH_TAIL = re.compile(r"(?<=[\s,;.])(?:joint(?:ly)?\s+)?with\s+([A-Z][^,;()\n]*(?:,\s*(?:and\s+)?[A-Z][^,;()\n]*)*?)[\s.]*$")  # "…, 2024 with A and B"
_WITH_SENTENCE = re.compile(r"(?<=[.;]\s)(?i:co-?(?:edited|written|authored)\s+|(?:edited|written)\s+|jointly\s+)?(?i:with)\s+"
                            r"([A-Z][^;()\n]*?)\.(?=\s+[A-Z]|\s*$)")  # "*Book*. Co-edited with Ann Lee. Leiden: Brill"
_WITH = re.compile(r"\(\s*(?:joint(?:ly)?\s+)?(?:with|con|avec|mit)\s+([^()]+)\)", re.I)
_WITH_LINE = re.compile(r"^[^\S\n]*(?:(?:jointly\s+)?(?:edited\s+|written\s+)?with)\s+([^\n,]+(?:,\s*(?!\S*\s*(?:press|mentions|media)\s*:)[^\n,]+)*)(?:,[^\n]*)?$", re.I | re.M)
_MONTH_WORD = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_TRAIL_DATE = re.compile(rf"\s*[,;]\s*(?:{_MONTH_WORD}\s+)?(?:\d{{1,2}},?\s+)?((?:19|20)\d\d)\.?\s*$", re.I)
_LEAD_DATE = re.compile(r"^\s*[\ue000\ue002]?\s*\(?((?:19|20)\d\d)\)?[a-z]?\s*[\ue001\ue003]?\s*[.:,\-–—]?\s+")
_TAB_DATE = re.compile(r"\t\s*(.*)$")


def _may_end_in_year(s: str) -> bool:
    """A cheap test that a pattern whose match ends the text with a year (1900-2099), then at most a
    letter, a closing bracket, a stop, comma or colon and spaces, can match s (a failed search of such a
    pattern tries every position)."""
    u = s.rstrip().rstrip(".,:)")
    return u[-4:-2] in ("19", "20") or ("a" <= u[-1:] <= "z" and u[-5:-3] in ("19", "20"))


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


_RANK_TAG = re.compile(r"\b(?:CCF|CORE|JCR|SCI|SSCI)[- ]?(?:A\*|[ABC]|Q[1-4])\b(?![-/\w])\s*[,;]?\s*|[,;]?\s*\bIF\s*[=:]\s*[\d.]+\s*")
_ENTRY_LABEL = re.compile(r"^\s*[\ue000\ue002]?[\[(][A-Z]{0,3}[-.]?\d{1,3}[a-z]?[\])][\ue001\ue003]?[.:]?\s+")
_LITERAL_UNDERLINE = re.compile(r"(?<![\w_])__(?=[A-Z])([^_\n]{2,60}?[\w.])__(?!_)")


_LINE_BREAK = re.compile(r"[^\S\n]*\n[^\S\n]*")
_GLUED_AND = re.compile(r"(?<=\b[A-Z]\.)([\ue001\ue003]?)(?=(?:and|&)\s)")
_GAP_BEFORE_STOP = re.compile(r"[ \t]+(?=[.,;:](?:\s|$))")

# (pattern, replacement, substrings one of which every match holds): a text holding none of them is
# left as it is without a search (tests/parse/test_rx_rewrites.py checks the substrings)
_GRADE_SUBS = (
    (_RANK_TAG, "", ("IF", "CCF", "CORE", "JCR", "SCI")),  # "(CCF-A, Spotlight)", "IF=20.8": a ranking list's grade is no venue text
)
_LEFTOVER_SUBS = (
    (_LINE_BREAK, "\n", ("\n",)),
    (_LITERAL_UNDERLINE, r"\1", ("__",)),  # "__Doe, S.A.__and": Markdown emphasis a converter left as text
    (_GLUED_AND, r"\1 ", (".a", ".&", ".\ue001", ".\ue003")),  # "**Chamberlain, S.A.**and T. Miller"
    (_GAP_BEFORE_STOP, "", tuple(a + b for a in " \t" for b in ".,;:")),  # "Title <url> . Venue": a gap the link left
)


def _sub_all(s: str, subs) -> str:
    for rx, repl, needed in subs:
        if any(map(s.__contains__, needed)):
            s = rx.sub(repl, s)
    return s


def pre_clean(text: str) -> tuple[str, Markers]:
    """Remove links and markers; return the rest and what was removed."""
    m = Markers()
    s = _ENTRY_LABEL.sub("", text, count=1)  # "[C7] Authors. Title.": the list's own label
    s = _sub_all(s, _GRADE_SUBS)
    s = extract_links(s, m)
    s = extract_status(s, m)
    s = _sub_all(s, _LEFTOVER_SUBS)
    return s, m


def segment(s: str) -> Fields:
    """Split the cleaned entry text into authors, title and venue."""
    with_names = None
    s = _join_wrapped_with(_join_split_runs(s))  # "<i>mentions: Wall</i>" / "<i>Street Journal</i>"
    plain = strip_markup(s)
    w = _WITH.search(plain)
    if w is None and "with" in fold_case(plain):  # every match of the other three holds "with"
        w = _WITH_LINE.search(plain) or _WITH_TAIL.search(plain) or _WITH_SENTENCE.search(plain)
    if w and parse_author_list(w.group(1).strip()):
        with_names = w.group(1).strip()
        s = _remove_plain(s, w.start(), w.end())
    return _dash_venue(_segment(s, known_authors=with_names))


_WITH_WRAPPED = re.compile(r"(^[^\S\n]*(?:jointly\s+)?with\s[^\n]*[a-z])\n[^\S\n]*([A-Z][\w'’\-]+(?:\s[A-Z][\w'’\-]+)?)[^\S\n]*\Z",
                           re.M | re.I)


def _join_wrapped_with(s: str) -> str:
    """'with A, B and Valter' / 'Nobrega': the last co-author's surname wrapped to a line of its own."""
    m = _WITH_WRAPPED.search(s) if "\n" in s else None  # every match holds a line break
    if not m or _venue_like(m.group(2)):
        return s
    return s[: m.start()] + m.group(1) + " " + m.group(2)


_MEETING_START = re.compile(r"(?:\d+(?:st|nd|rd|th)\s+)?(?:International|Annual|European|Asian|American|National|IEEE|ACM|"
                            r"Proceedings|Journal|Workshop|Conference|Symposium|Transactions)\b")


_SPACED_DASH = re.compile(r"\s[–—-]{1,2}\s(?=\S)")


def _dash_venue(f: Fields) -> Fields:
    """'NewWave Workflow Engine – International Workshop on Smalltalk Technologies': a dash before a
    meeting or journal name ends the title, when no better venue was found."""
    if f.no_title or (f.venue_raw and _venue_like(f.venue_raw)):
        return f
    m = _SPACED_DASH.search(f.title)
    if not m or len(f.title[: m.start()].split()) < 2:
        return f
    part = f.title[m.end():].strip(" .,;")
    if _venue_like(part) or (_MEETING_START.match(part) and _guess_kind(part) in ("conference", "workshop", "journal")):
        f.title, f.venue_raw = f.title[: m.start()].strip(), part
    return f


def _remove_plain(s: str, a: int, b: int) -> str:
    """Remove plain-text span [a, b) from a string with markup characters (they stay)."""
    ka, kb = _plain_end(s, a), _plain_end(s, b) if b > a else _plain_end(s, a)
    return s[:ka] + _NOT_MARKUP.sub("", s[ka:kb]) + s[kb:]


_SPLIT_RUN = re.compile(f"{ITAL_OFF}(\\s+){ITAL_ON}|{BOLD_OFF}(\\s+){BOLD_ON}")
_ITALIC_RUN = re.compile(f"{ITAL_ON}([^{ITAL_OFF}]*){ITAL_OFF}")
_BOLD_RUN = re.compile(f"{BOLD_ON}([^{BOLD_OFF}]*){BOLD_OFF}")


def _italic_runs(s: str):
    return _ITALIC_RUN.finditer(s) if ITAL_ON in s else iter(())


def _bold_runs(s: str):
    return _BOLD_RUN.finditer(s) if BOLD_ON in s else iter(())


def _join_split_runs(s: str) -> str:
    """One styled run that a line break cut in two is one run (each match starts with an end marker)."""
    return _SPLIT_RUN.sub(_join_runs, s) if ITAL_OFF in s or BOLD_OFF in s else s


def _segment(s: str, known_authors: str | None = None) -> Fields:
    s = _join_split_runs(s)
    lines = [ln.strip() for ln in s.split("\n") if strip_markup(ln).strip(" .,;")]
    lines = _drop_description(lines)
    f = Fields()
    if not lines:
        return f
    lines = _unwrap(_detach_right_fields(lines))
    joined = _known(_segment_string(" ".join(lines)), known_authors)
    best, margin = joined, 0.0
    if len(lines) >= 2 and not _wrapped(lines):
        got = _known(_segment_lines(lines, known_authors is not None), known_authors)
        # lines may be fields (web pages, Markdown) or just layout (PDF): keep the better reading
        if got is not None and quality(got) >= quality(joined):
            best, margin = got, 1.0  # the document's own line structure is strong evidence
    plain_reference = len(lines) == 1 and not any(c in MARKUP_CHARS for c in lines[0]) and not _quoted_title(lines[0])
    if plain_reference:
        margin = -math.inf  # a bare reference string: the CRF, trained on thousands, knows its styles best
    elif quality(best) >= _COMPLETE:
        return best  # authors, a clean title, a known venue and a year: nothing for the CRF to add
    learned = _known(_segment_learned(" ".join(lines)), known_authors)
    if learned is not None and learned.year is None and _YEAR_AT_END.search(learned.title):
        learned = None  # the CRF ran the year into the title
    if learned is not None and (_ETAL_START.match(learned.title)
                                or _THESIS_IN_TITLE.search(learned.title)):
        learned = None  # "u. a.: Title", "Title. Dissertation, KIT": the CRF ran another field into the title
    if learned is not None and learned.title == best.title and _name_count(best) > _name_count(learned) \
            and (best.venue_raw or not learned.venue_raw):
        learned = None  # the same title, and the rules read more of the author list (an APA list cut by ". . .")
    if learned is not None and _loses_evidence(learned, best):
        margin = max(margin, 0.0)  # the rules found authors or a known venue the CRF missed
    if learned is not None and quality(learned) >= quality(best) + margin:
        return learned  # a citation style the rules do not know: the CRF read it better
    if plain_reference and learned is None and known_authors is None:
        return _titleless(lines[0], best) or best
    return best


_YEAR_AT_END = re.compile(r"\b(?:19|20)\d\d\W*$")
_ETAL_START = re.compile(r"(?:et\.?\s*al|u\.\s?a|and others)\b\.?", re.I)


def _name_count(f: Fields) -> int:
    got = parse_author_list(f.authors_raw.strip().rstrip(".")) if f.authors_raw else None
    return len(got[0]) if got else 0


def _loses_evidence(learned: Fields, rules: Fields) -> bool:
    """The CRF's reading drops an author list or a known venue that the rules' reading holds."""
    lost_venue = rules.venue_raw and _venue_like(rules.venue_raw) and not (learned.venue_raw and _venue_like(learned.venue_raw))
    lost_authors = not learned.authors_raw and rules.authors_raw and parse_author_list(rules.authors_raw.strip().rstrip("."))
    return bool(lost_venue or lost_authors)


def _titleless(s: str, rules: Fields) -> Fields | None:
    """'Omukai K., Nishi R., 1998, ApJ, 508, 141': physics and astronomy cite without titles. When the
    CRF finds none and the rules' "title" is a year, numbers, a venue or names, there is none."""
    r = label_reference(" ".join(s.split()).strip())
    t = rules.title
    if not r.get("container") and rules.authors_raw and _venue_like(t) and re.search(r"\d+\s*,\s*\d+", s):
        # "E. Garnett, P. Yang, Nano Lett. 2010, 10, 1082": the rules found the names and the journal
        return Fields(title="", authors_raw=rules.authors_raw, venue_raw=t, year=rules.year, no_title=True)
    numbers = r.get("volume") or r.get("pages") or re.search(r"\d+\s*,\s*\d+[\d\-–]*\s*\.?\s*$", s)
    if r.get("title") or not r.get("container") or not numbers:
        return None
    bad = not t or re.match(r"et\.?\s*al\b", t) or re.search(r"\d+\s*[,(]\s*\d+|^\(?(?:19|20)\d\d\b|[,;]\s*\(?(?:19|20)\d\d\)?$", t) or _too_short_for_a_title(t) \
        or _venue_like(t) or parse_author_list(t.strip(" .,")) is not None
    if not bad:
        return None
    venue, _ = _venue_and_year(r["container"])
    authors = re.sub(r"(?<![\s.\-][A-Z])\.$", "", (r.get("authors") or "").strip(" ,;:"))
    return Fields(title="", authors_raw=authors, venue_raw=venue, year=r.get("year"), no_title=True)


def _too_short_for_a_title(t: str) -> bool:
    """'Rev. Lett', 'P. SCRIBE', 'A: Math', 'RENO Collab': pieces of a titleless physics reference; two plain
    words ('Widget connectivity') may be a title."""
    words = t.split()
    return len(words) < 2 or not re.search(r"[^\W\d_]{3}", t) or (len(words) == 2 and bool(re.search(r"[.,:;]|\bcollab", t, re.I)))


def _known(f: Fields | None, known_authors: str | None) -> Fields | None:
    """With '(with X)' the co-authors are known: a reading that found other 'authors' misread
    the title (title-case titles joined by 'and' look like names), so it loses credit."""
    if f is None or known_authors is None:
        return f
    if f.authors_raw and f.authors_raw != known_authors:
        f.title = f.title or f.authors_raw
        f.authors_raw = ""
        f.misread = True
    f.authors_raw, f.authors_known = known_authors, True
    return f


_FINAL_STOP = re.compile(r"(?<![\s.\-][A-Z])\.$")  # a stop that ends no initial


def _segment_learned(s: str) -> Fields | None:
    """The reference-string CRF's reading of an entry (None when the model is unavailable)."""
    if label_reference is None:
        return None
    plain = " ".join(strip_markup(s).split())
    if len(plain) < 20:
        return None
    r = label_reference(plain)
    if not r.get("title"):
        return None
    venue, _ = _venue_and_year(r.get("container") or "")
    authors = _FINAL_STOP.sub("", (r.get("authors") or "").strip(" ,;:"))
    return Fields(title=_clean_title(r["title"]), authors_raw=authors, venue_raw=venue, year=r.get("year"),
                  publisher=_venue_and_year(r.get("publisher") or "")[0])


_COMPLETE = 5.5
_THESIS_IN_TITLE = re.compile(r"[.,]\s*(?:ph\.?\s?d\.?\s+|doctoral\s+|master'?s?\s+|bachelor'?s?\s+)?"
                              r"(?:thesis|dissertation|doktorarbeit|th[èe]se|tesis)\b", re.I)


_NUMBERS_IN_TITLE = re.compile(r"\d+\s*\(\d+\)|\bpp?\.\s*\d|\bvol\.")
_OPEN_END = re.compile(r"[,;]\s*$|\b(?:and|the|of|in|with|for)$")
_AND_START = re.compile(r"(?:and|&)\s")
_EDS_END = re.compile(r"\beds?\.?$")
_IMPRINT_IN_TITLE = re.compile(r"\.\s+[A-Z][a-z]+(?:\s[A-Z][a-z]+)?(?:,\s[A-Z]{2})?:\s+[A-Z]")
_EDS_PAREN = re.compile(r"\(eds?\.?\)", re.I)
_INITIAL_END = re.compile(r"(?:^|[\s.])[A-Z]\.?$")
_SURNAME_COMMA = re.compile(r"[A-Z][\w'’\-]+,\s[A-Z]")


def _numbers_in_title(t: str) -> bool:
    """_NUMBERS_IN_TITLE.search(t): each of its matches holds a digit or "vol."."""
    return ("vol." in t or _DIGIT.search(t) is not None) and _NUMBERS_IN_TITLE.search(t) is not None


def _open_end(t: str) -> bool:
    """_OPEN_END.search(t), from where a match can start: at the last character that is not a space, or
    one of the last five (a joining word, then maybe a line break)."""
    return _OPEN_END.search(t, max(0, min(len(t.rstrip()) - 1, len(t) - 5))) is not None


_QUALITY_MEMO: dict[tuple, float] = {}


def quality(f: Fields) -> float:
    """How plausible a segmentation is (memoised on all the values of ``f``: the readings of an entry
    are scored more than once)."""
    key = tuple(f.__dict__.values())
    q = _QUALITY_MEMO.get(key)
    if q is None:
        if len(_QUALITY_MEMO) >= 65536:
            _QUALITY_MEMO.clear()
        q = _QUALITY_MEMO[key] = _quality(f)
    return q


def _quality(f: Fields) -> float:
    """How plausible a segmentation is: a clean title, a real author list, a venue, a year."""
    q = -2.0 if f.misread else 0.0
    title_words = f.title.split()
    if 3 <= len(title_words) <= 40:
        q += 1
    elif title_words:
        q += 0.5
    else:
        q -= 1
    if f.title.count("(") != f.title.count(")") or f.title.count("[") != f.title.count("]"):
        q -= 1
    if f.title.count("“") != f.title.count("”") or f.title.count('"') % 2:
        q -= 1  # 'Chandar.” The Oxford Anthology': the quoted title ended inside this one
    if f.authors_raw and parse_author_list(f.authors_raw.strip().rstrip(".")):
        q += 2
    if f.year:
        q += 1
    if f.venue_raw:
        q += 1.5 if _venue_like(f.venue_raw) else 0.5
    if not (f.authors_known or f.quoted) and _names_open_title(f):
        q -= 2
    if _YEAR.search(f.title) or _numbers_in_title(f.title):
        q -= 1
    if _open_end(f.title):
        q -= 1
    if _AND_START.match(f.title) or _EDS_END.search(f.title, max(0, len(f.title) - 5)):  # its match is the last 5 at most
        q -= 2  # "and G. Fix, A Fourier ...", "Guffey, eds": an author list cut in the wrong place
    if ":" in f.title and _IMPRINT_IN_TITLE.search(f.title):
        q -= 1.5  # "Rayuela. Buenos Aires: Editorial Sudamericana": the imprint is not the title
    if _THESIS_IN_TITLE.search(f.title):
        q -= 1.5  # "Title. Dissertation, KIT": the thesis note and the school belong to the venue part
    if _EDS_PAREN.search(f.title):
        q -= 2  # the editors of the book belong to the venue part
    if _SURNAME_COMMA.match(f.title) and _INITIAL_END.search(f.authors_raw.strip()):
        q -= 2  # "F. R. K." + "Chung, Spectral Graph Theory": the surname went to the title
    return q


def _names_open_title(f: Fields) -> bool:
    """The title opens with an author list: the names went to the wrong field. A title-case title that
    reads as a name as a whole ('Composable Asynchronous Events') on a line of its own beside a separate
    author line is a title."""
    names, rest = _author_prefix(f.title)
    return bool(names) and not (f.title_apart and not rest.strip())


_ABSTRACT_LABEL = re.compile(r"\s*(?:abstract|summary|r[ée]sum[ée]|zusammenfassung|resumen|tl;?dr)\s*[:.]\s", re.I)
_CITATION_NUMBERS = re.compile(r"\b\d+\s*\(\d+\)|\b\d+\s*[-–]\s*\d+\.?\s*$|\b\d+:\s*[eE]?\d+")  # volume (issue), pages


_LABEL_OR_LINK = re.compile(r"\s*[\w ]{2,30}:\s|\s*<?https?://")


def _drop_description(lines: list[str]) -> list[str]:
    """A long prose line after the first (an abstract or summary) is not part of the citation; nor is a
    labelled abstract ('Abstract: I study …') with the lines that carry it on, up to the next label."""
    keep = lines[:1]
    in_abstract = False
    for ln in lines[1:]:
        plain = strip_markup(ln)
        if _ABSTRACT_LABEL.match(plain):
            in_abstract = True
            continue
        if in_abstract and not _LABEL_OR_LINK.match(plain):
            continue
        in_abstract = False
        words = plain.split()
        if len(words) >= 25 and plain.rstrip().endswith(".") and parse_author_list(plain) is None \
                and not _YEAR.search(plain[-40:]) and not (_YEAR.search(plain) and ITAL_ON in ln) \
                and not strip_markup(keep[-1]).rstrip().endswith(",") and not _author_prefix(ln)[0] \
                and not _CITATION_NUMBERS.search(plain):
            continue  # (a line after "Nichman, L.,", one opening with names or citing "112 (9) 2806-2811" is citation)
        keep.append(ln)
    return keep


def _whole(line: str) -> str | None:
    """'bold' or 'italic' when the whole line is in one style."""
    t = line.strip()
    if t.startswith(BOLD_ON) and t.endswith(BOLD_OFF) and BOLD_ON not in t[1:-1]:
        return "bold"
    if t.startswith(ITAL_ON) and t.endswith(ITAL_OFF) and ITAL_ON not in t[1:-1]:
        return "italic"
    return None


_RIGHT_FIELD = re.compile(r"\t\s*((?:[^\t]{0,30}?)(?:19|20)\d\d(?:[^\t]{0,20}))\s*$"
                          r"|(?<=\ue001)\s+(\ue002(?:19|20)\d\d[^\t\ue002]{0,12}\ue003)\s*$")  # bold title, italic year


def _detach_right_fields(lines: list[str]) -> list[str]:
    """'Title part one<TAB>2025' then 'title part two': a date set flush right on a wrapped line is
    moved to the end so that the two halves of the title can join."""
    out, moved = [], []
    for i, ln in enumerate(lines):
        m = _RIGHT_FIELD.search(ln)
        if m and i + 1 < len(lines) and strip_markup(ln[: m.start()]).strip():
            out.append(ln[: m.start()].rstrip())
            moved.append((m.group(1) or m.group(2)).strip())
        else:
            out.append(ln)
    return out + moved


# "…, Mohammad" / "Sadoghi, Yinqian Zhang, …": the width broke a name between given name and surname
_GIVEN_AT_END = re.compile(r",\s*\**[A-Z][\w'’\-]*$")
_SURNAME_AT_START = re.compile(r"[A-Z][\w'’\-]*[*†‡]*\s*,")


def _unwrap(lines: list[str]) -> list[str]:
    """Join the pieces of one field that layout wrapped over lines (PDF, fixed-width text):
    runs of the same whole-line style, author lists ending in a comma or 'and', and a line
    that ends without punctuation followed by one that continues in lower case."""
    out: list[str] = []
    for ln in lines:
        if not out:
            out.append(ln)
            continue
        prev = out[-1]
        pa, pb = strip_markup(prev).rstrip(), strip_markup(ln).lstrip()
        same_style = _whole(prev) is not None and _whole(prev) == _whole(ln)
        # a styled run (an italic title) that layout broke: the next line is all in that style
        run_goes_on = _whole(ln) is not None and not _SENTENCE_STOP_END.search(pa) and (
            (prev.rstrip().endswith(ITAL_OFF) and _whole(ln) == "italic")
            or (prev.rstrip().endswith(BOLD_OFF) and _whole(ln) == "bold"))
        if same_style or run_goes_on:
            gap = "" if pa.endswith("-") and not pa.endswith(" -") else " "  # "sub-" + "Saharan": one word
            out[-1] = prev.rstrip()[:-1] + gap + ln.strip()[1:]
        elif _list_goes_on(pa, pb) or _month_wrap(pa, pb) or _connector(pa, pb):  # month_wrap: "…, May" / "2015"
            out[-1] = prev.rstrip() + " " + ln.strip()
        elif pa.endswith("-") and not pa.endswith(" -") and _LOWER_START.match(pb):
            out[-1] = prev.rstrip() + ln.strip()
        else:
            out.append(ln)
    return out


_SENTENCE_STOP_END = re.compile(r"[.?!]$")
_LIST_START = re.compile(r"[A-Z\u00C0-\u024F*]")
_LIST_OPEN_END = re.compile(r"(?:,|\band|&)$")
_CONNECTOR_END = re.compile(r"\s(?:and|of|the|in|on|for|to|with|&)$")
_CAPITALISED_WORD = re.compile(r"[A-Z][a-z]+(?:[\s,.;:]|$)")
_LONE_YEAR = re.compile(r"\(?(?:19|20)\d\d\)?[.,]?")
_MONTH_END = re.compile(rf"\b{_MONTH_WORD}$", re.I)
_LOWER_START = re.compile(r"[a-z]")


def _list_goes_on(pa: str, pb: str) -> bool:
    """The author list of line ``pa`` goes on in line ``pb``. (The joined lines are read as a list last:
    that reading serves no other test, while the lines' own readings are asked again later.)"""
    return bool(_LIST_START.match(pb)) and (
        (bool(_LIST_OPEN_END.search(pa)) and _is_author_line(pa.rstrip(",&").removesuffix(" and")))
        or (_is_author_line(pa) and not _is_author_line(pb))
        or (bool(_GIVEN_AT_END.search(pa)) and bool(_SURNAME_AT_START.match(pb)) and _is_author_line(pa))) \
        and _is_author_line(f"{pa} {pb}")


def _month_wrap(pa: str, pb: str) -> bool:
    """'…, May' / '2015': a date that layout broke after its month."""
    return bool(_LONE_YEAR.fullmatch(pb) and _MONTH_END.search(pa))


def _connector(pa: str, pb: str) -> bool:
    """'AEA Papers and' / 'Proceedings, 2023': a name broken after a joining word (an author list that goes
    on is _list_goes_on's)."""
    return bool(_CONNECTOR_END.search(pa)) and bool(_CAPITALISED_WORD.match(pb)) and not _is_author_line(pb)


_OPEN_LINE_END = re.compile(r"[\w,;:\-–]$")
_LOWER_OR_PAREN = re.compile(r"[a-z(]")
_ARXIV_START = re.compile(r"arxiv\b", re.I)


def _count_any(s: str, chars: str) -> int:
    """How many characters of s are among chars (len(re.findall("[chars]", s)))."""
    return sum(s.count(c) for c in chars)


def _wrapped(lines: list[str]) -> bool:
    """Hard-wrapped text: a line break inside a sentence or a quotation, not between fields."""
    for a, b in zip(lines, lines[1:]):
        pa, pb = strip_markup(a).rstrip(), strip_markup(b).lstrip()
        if not pa or not pb:
            continue
        opened = _count_any(pa, "“„«") > _count_any(pa, "”»") or pa.count('"') % 2 == 1
        starts_marked = b.lstrip()[:1] in MARKUP_CHARS
        if opened or (_OPEN_LINE_END.search(pa) and _LOWER_OR_PAREN.match(pb) and not starts_marked
                      and not _ARXIV_START.match(pb)):
            return True
    return False


_DATE_LINE = re.compile(r"\(?(?:19|20)\d\d\)?[a-z]?[.,]?")


def _segment_lines(lines: list[str], authors_known: bool = False) -> Fields | None:
    """Entries written one field per line: title / authors / venue in some order."""
    roles: list[str] = []
    for ln in lines:
        plain = strip_markup(ln).strip()
        if _DATE_LINE.fullmatch(plain.strip(" ,.;")):
            roles.append("date")
        elif not authors_known and _is_author_line(plain):
            roles.append("authors")
        else:
            roles.append("text")
    _one_author_line(lines, roles)
    cands = [i for i, r in enumerate(roles) if r == "text"]
    if not cands or ("authors" not in roles and len(cands) > 1 and not authors_known
                     and not _has_clear_venue(lines, cands)):
        return None
    f = Fields()
    scores = {i: _venue_score(lines[i]) for i in cands}
    ti = min(cands, key=lambda i: (scores[i], i))
    ai = [i for i, r in enumerate(roles) if r == "authors"]
    if ai and ti < ai[0]:
        # a title wrapped over lines before the author line
        run = [i for i in range(ti, ai[0]) if roles[i] == "text" and scores[i] < 2]
        if run == list(range(ti, ai[0])) and len(run) > 1:
            f.title = _clean_title(" ".join(lines[i] for i in run))
            cands = [i for i in cands if i not in run[1:]]
    if not f.title:
        lead = _LEAD_DATE.match(strip_markup(lines[ti]))
        if lead and len(strip_markup(lines[ti])[lead.end():].split()) >= 2:
            # "**2012** “Title.”": a date label opens the title line (a date column read inline)
            f.title, f.year = _clean_title(_cut_plain_prefix(lines[ti], lead.end())), int(lead.group(1))
        else:
            f.title = _clean_title(lines[ti])
    if ai:
        f.authors_raw = strip_markup_keep_bold(lines[ai[0]])
        f.authors_after_title = ai[0] > ti
        f.title_apart = len(ai) == 1
    rest = [lines[i] for i in cands if i != ti]
    f.venue_raw, f.year = _venue_and_year(" ".join(rest))
    for i, r in enumerate(roles):
        if r == "date" and f.year is None:
            f.year = _first_year(strip_markup(lines[i]))
    if len(f.title.split()) <= 1 and rest and not ai and not authors_known and not _has_clear_venue(lines, cands):
        return None
    return f


def _one_author_line(lines: list[str], roles: list[str]) -> None:
    """'A. Lee, B. Roe, C. Poe' / 'Composable Asynchronous Events' / venue: a short title-case title also
    reads as a name. Of several author-like lines the one naming the most people is the author list."""
    ai = [i for i, r in enumerate(roles) if r == "authors"]
    if len(ai) < 2:
        return
    counts = {i: len(parse_author_list(strip_markup(lines[i]).strip().rstrip("."))[0]) for i in ai}
    keep = max(ai, key=lambda i: (counts[i], -i))
    if counts[keep] < 2 or any(counts[i] >= 2 for i in ai if i != keep):
        return  # two real lists (authors, then editors) or no clear list: leave the roles
    for i in ai:
        words = strip_markup(lines[i]).split()
        styled = _whole(lines[i]) is not None and _whole(lines[keep]) is None  # "**Widget Trees**" over plain names
        if abs(i - keep) == 1 and (len(words) >= 3 or styled) and not re.search(r"\b[A-Z]\.|,|\band\b|&", strip_markup(lines[i])):
            roles[i] = "text"  # not "E. Wu", the tail of a wrapped list


def _has_clear_venue(lines: list[str], cands: list[int]) -> bool:
    return sum(1 for i in cands if _venue_score(lines[i]) >= 2) == len(cands) - 1


_VENUE_WORDS = re.compile(r"\b(?:conference|proceedings|proc\.|journal|symposium|workshop|review|letters|transactions|"
                          r"press|university|vol\.|pp\.|preprint|arxiv|congress|meeting|annals|bulletin|"
                          r"magazine|quarterly|series|edition|eds?\.|in press|forthcoming)\b", re.I)


_DIGIT = re.compile(r"\d")
_CITATION_PARTS = re.compile(r"\d+\s*\(\d+\)|\d+\s*[-–]\s*\d+|\bpp?\.\s*\d|\d+:\s*\d+")
_IN_START = re.compile(r"(?:in|In|En)\b")


@lru_cache(maxsize=65536)
def _venue_score(line: str) -> float:
    """How much a line looks like a venue line rather than a title line."""
    plain = strip_markup(line).strip()
    score = 0.0
    if _venue_like(plain):
        score += 2
    if _YEAR.search(plain):
        score += 1
    if _DIGIT.search(plain) and _CITATION_PARTS.search(plain):  # each of them holds a digit
        score += 1
    if _VENUE_WORDS.search(plain):
        score += 1
    if _IN_START.match(plain):
        score += 1.5
    if _is_italic(line):
        score += 0.5
    if line.strip().startswith(BOLD_ON) or _quoted_title(plain):
        score -= 1
    return score


def _join_runs(m: re.Match) -> str:
    """Join two runs of one style, unless the second is a person's name (a bold title, then
    the bold owner starting the author list)."""
    if m.group(2) is None:
        return " "  # italics mark titles and venues, not the names in an author list
    rest = m.string[m.end():]
    nxt = rest[: rest.find(BOLD_OFF)] if BOLD_OFF in rest else rest[:60]
    after = strip_markup(rest[len(nxt):]).lstrip(" *†‡")
    # "**Collective Action**. In …" ends a title; "**J. Roe**, A. Lee" opens an author list
    if is_name(strip_markup(nxt).strip(" ,*†‡")) and (not after or after[:1] in ",;&" or re.match(r"and\s", after)
                                                       or nxt.rstrip().endswith(",")):
        return m.group(0)
    return " "


_REPEAT_MARK = re.compile(r"^\s*(?:_{2,}|—{2,}|-{3,}|–{2,})\s*[.,]?\s*")


_SHORT_DATE_CELL = re.compile(r"[\s\d\-–—/.,a-zA-Z]{0,25}")
_TITLE_YEAR = re.compile(r"[\s,(]+((?:19|20)\d\d)\)?\.?$")


def _segment_string(s: str) -> Fields:
    """A single-string entry: 'Authors. Title. Venue, year.' and its many variants."""
    s = _join_split_runs(s)
    s = _REPEAT_MARK.sub("", s)  # "______." repeats the authors above  # one styled run that a line break cut in two is one run
    f = Fields()
    plain_all = strip_markup(s)
    date_col = None
    tab = _TAB_DATE.search(s)
    if tab:
        date_col = _first_year(strip_markup(tab.group(1)))
        s = s[: tab.start()] + (" " + tab.group(1) if not _SHORT_DATE_CELL.fullmatch(strip_markup(tab.group(1))) else "")
    plain_s = strip_markup(s)
    trail = _TRAIL_DATE.search(plain_s) if _may_end_in_year(plain_s) else None
    trail_year = None
    if trail and len(plain_s[: trail.start()].split()) >= 3:
        trail_year = int(trail.group(1))
        s = _cut_plain_suffix(s, trail.start())
    lead = _LEAD_DATE.match(strip_markup(s))
    lead_year = None
    if lead:
        lead_year = int(lead.group(1))
        s = _cut_plain_prefix(s, lead.end())
    q = _quoted_title(s)
    if q:
        before, title, after = s[: q.start()], q.group(q.lastindex or 1), s[q.end():]
        _fill(f, before, title, after)
        f.quoted = True
    else:
        marked = _italic_title(s) or _bold_title(s)
        if marked:
            _fill(f, *marked)
        else:
            _split_by_sentences(f, s)
    if f.year is None:
        f.year = date_col or lead_year or trail_year
    ty = _TITLE_YEAR.search(f.title) if not f.venue_raw and len(f.title.split()) > 3 and _may_end_in_year(f.title) else None
    if ty:
        f.title, f.year = _clean_title(f.title[: ty.start()]), f.year or int(ty.group(1))
    if f.year is None:
        f.year = _first_year(_without(plain_all, f.title))
    return f


def _fill(f: Fields, before: str, title: str, after: str) -> None:
    f.title = _clean_title(title)
    b = strip_markup_keep_bold(before).strip(" ,.;:")
    b = _strip_lead_year(b, f)
    if b and parse_author_list(b):
        f.authors_raw = b
        f.venue_raw, y = _venue_and_year(after)
    else:
        # an italic run after the title is its venue ("“Title.” *History Today*, 2022"), not names
        alist, rest = ("", after) if after.lstrip(" .,;:").startswith(ITAL_ON) else _author_prefix(after)
        if alist:
            f.authors_raw, f.authors_after_title = alist, True
            f.venue_raw, y = _venue_and_year(rest)
        else:
            f.venue_raw, y = _venue_and_year(after)
        if b and not f.authors_raw and not f.venue_raw:
            f.venue_raw, y = _venue_and_year(before)
    f.year = f.year or y


_END_YEAR = re.compile(r"[\s,.]*\(?((?:19|20)\d\d)[a-z]?\)?[.,:]?\s*$")
_END_YEAR_PAREN = re.compile(r"[\s,.]*\(?(?:19|20)\d\d[a-z]?\)?$")


def _strip_lead_year(b: str, f: Fields) -> str:
    m = _END_YEAR.search(b) if _may_end_in_year(b) else None
    if m and parse_author_list(b[: m.start()]):
        f.year = int(m.group(1))
        return b[: m.start()].strip(" ,.;:")
    return b


_MARKED_COMMA = re.compile(r"\s*[*†‡]*\s*,\s*\S")
_COMMA = re.compile(r"\s*,\s*")


def _split_glued_name(before: str, title: str, after: str) -> tuple[str, str, str]:
    """'**Title Zainab Haddad***, Kevin Liu, ...': a bold title and the bold owner name that
    starts the author list, merged into one run by a word processor."""
    rest = strip_markup(after)
    if not _MARKED_COMMA.match(rest):
        return before, title, after
    words = title.split()
    for k in (3, 2):
        if len(words) <= k + 2:
            continue
        name = " ".join(words[-k:])
        nxt = _COMMA.split(rest.lstrip(" *†‡,"), maxsplit=1)[0]
        if is_name(name) and is_name(nxt) and not is_name(" ".join(words[-k - 1:])):
            return before, " ".join(words[:-k]), BOLD_ON + name + BOLD_OFF + after
    return before, title, after


def _italic_title(s: str) -> tuple[str, str, str] | None:
    """'Authors, *Title*, venue': an italic run right after an author list is the title."""
    for mt in _italic_runs(s):
        inner = strip_markup(mt.group(1)).strip()
        before = strip_markup_keep_bold(s[: mt.start()]).strip(" ,.;:")
        if len(inner.split()) < 3 or _venue_like(inner) or not before:
            continue
        before = _END_YEAR_PAREN.sub("", before) if _may_end_in_year(before) else before
        if parse_author_list(before):
            return s[: mt.start()], inner, s[mt.end():]
        return None
    return None


def _bold_title(s: str) -> tuple[str, str, str] | None:
    """A bold run that is not a name list is the title (common in web CVs)."""
    for mt in _bold_runs(s):
        inner = strip_markup(mt.group(1)).strip()
        inner = re.sub(r"^\[[^\]]{1,20}\]\s*", "", inner)  # "[VLDB'26] Title"
        if len(inner.split()) >= 3 and parse_author_list(inner) is None and not _venue_like(inner) \
                and not _YEAR.search(inner):
            return _split_glued_name(s[: mt.start()], inner, s[mt.end():])
    return None


def _split_by_sentences(f: Fields, s: str) -> None:
    authors, rest = _author_prefix(s)
    if authors:
        f.authors_raw = authors
        rest = _strip_year_paren(rest, f)
        title, venue = _take_title(rest)
        f.title = _clean_title(title)
        f.venue_raw, y = _venue_and_year(venue)
        f.year = f.year or y
        return
    title, rest = _take_title(s)
    title, paren_venue = _trailing_paren_venue(title)
    if paren_venue:
        rest = paren_venue + " " + rest
    f.title = _clean_title(title)
    w = _WITH.search(f.title)
    if w:
        f.title = _clean_title(f.title[: w.start()] + f.title[w.end():])
    alist, rest2 = _author_prefix(rest)
    if alist:
        f.authors_raw, f.authors_after_title = alist, True
        rest = rest2
    f.venue_raw, f.year = _venue_and_year(rest)


_TRAILING_PAREN = re.compile(r"\(([^()]{2,120})\)\s*[.,;]?\s*$")


def _trailing_paren_venue(title: str) -> tuple[str, str]:
    """'Title (CVPR 2024)' -> ('Title', 'CVPR 2024'): a parenthesis holding a venue or a year."""
    m = _TRAILING_PAREN.search(strip_markup(title))
    if not m:
        return title, ""
    inner = m.group(1)
    if _YEAR.search(inner) or normalise_venue(inner).known:
        plain = strip_markup(title)
        return plain[: m.start()], inner
    return title, ""


_PREFIX_CUT = re.compile(r"[.:][*†‡]*\ue001?\s+|\s*\(|[,;]\s+(?=[“\"\ue002\ue000])|\s+(?=\ue002)|\s+[“\"]|\s*$|"
                         r"(?:(?<=[^\W\d])|(?<=[\ue001\ue003]))[*†‡∗]*,\s+(?=[A-Z])")
# _PREFIX_CUT without its empty match at the end, written to start with the character every other match
# starts with, so that the search jumps between those characters; each alternative follows in the same
# order, the character it starts with checked behind it (same matches; tests/parse/test_rx_rewrites.py)
_PREFIX_CUT_FAST = re.compile(r"[.:\s(,;*†‡∗](?:(?<=[.:])[*†‡]*\ue001?\s+|(?<=\()|(?<=\s)\s*\(|(?<=[,;])\s+(?=[“\"\ue002\ue000])"
                              r"|(?<=\s)\s*(?=\ue002)|(?<=\s)\s*[“\"]|(?<=\s)\s*$"
                              r"|(?:(?<=[^\W\d].)|(?<=[\ue001\ue003].))(?:(?<=,)\s+|(?<=[*†‡∗])[*†‡∗]*,\s+)(?=[A-Z]))")
_END = re.compile(r"$")
_CLOSED_LIST = re.compile(r"(?:\band\b|&)\s+[^,]+$")  # "A, B, and C" ends at C
_PROSE_WORD = re.compile(r"(?<![\w'’\-])(?!(?:van|von|der|den|del|della|dos|das|les|and|und|with|others|bin|ibn|zur|ter|ten)\b)[a-z]{4,}\b")
_NOT_PROSE = frozenset("van von der den del della dos das les and und with others bin ibn zur ter ten".split())  # as in _PROSE_WORD
_LETTER = re.compile(r"[A-Za-z\u00C0-\u024F]")
_LOWER_STOP = re.compile(r"[a-z]\.")


def _prefix_cuts(plain: str):
    """The matches of _PREFIX_CUT.finditer(plain), faster: every match but the empty one at the end
    starts with one of a few characters."""
    yield from _PREFIX_CUT_FAST.finditer(plain)
    yield _END.match(plain, len(plain))


class _ProseTest:
    r"""``_PROSE_WORD.search(plain[:k])`` for the growing prefixes of one string, without searching each
    prefix anew. A match in plain[:k] is either a match in plain that ends before k (the character after
    a match, which its final \b reads, is then in the prefix too; matches are whole runs of [a-z], so the
    first one ends first) or the run of [a-z] that the cut at k ends, taken whole: such a run matches
    when it is 4 or more letters long, starts the string or follows a character other than [\w'’\-],
    and is not one of the words _PROSE_WORD excludes."""

    __slots__ = ("plain", "first_end")

    def __init__(self, plain: str) -> None:
        self.plain = plain
        m = _PROSE_WORD.search(plain)
        self.first_end = m.end() if m and m.end() < len(plain) else len(plain) + 1

    def in_prefix(self, k: int) -> bool:
        if self.first_end < k:
            return True
        plain, a = self.plain, k
        while a > 0 and "a" <= plain[a - 1] <= "z":
            a -= 1
        if k - a < 4:
            return False
        if a > 0:
            before = plain[a - 1]
            if before.isalnum() or before in "_'’-":  # \w is a letter, digit or "_"
                return False
        return plain[a:k] not in _NOT_PROSE


def _closed_list(c: str) -> bool:
    """_CLOSED_LIST.search(c): its match, which no comma follows, lies after the last comma."""
    return ("and" in c or "&" in c) and _CLOSED_LIST.search(c, c.rfind(",") + 1) is not None


@lru_cache(maxsize=65536)
def _author_prefix(s: str) -> tuple[str, str]:
    """The longest leading author list followed by a separator, and the text after it (markup kept)."""
    lead = len(s) - len(s.lstrip(" ,.;:"))
    s = s[lead:]
    opening = _ITALIC_RUN.match(s) if s.startswith(ITAL_ON) else None
    if opening and len(opening.group(1).split()) >= 3 and parse_author_list(strip_markup(opening.group(1)).strip(" .,:")) is None:
        return "", s  # "*I Too Have Some Dreams: N. M. Rashed and …*. Berkeley": an entry opening in italics opens with its title
    plain = strip_markup_keep_bold(s)
    prose = _ProseTest(plain)
    cuts = []
    for mt in _prefix_cuts(plain):
        k = mt.start() + len(mt.group(0).rstrip()) if plain[mt.start():mt.start() + 1] == "." else mt.start()
        if k > 600 or prose.in_prefix(k):
            break  # a lower-case word of the title: no longer prefix can be a list of names
        cuts.append((mt, k))
    # the longest prefix that is a list wins: try the longest first (each cut is judged on its own)
    for mt, k in reversed(cuts):
        c = plain[:k].strip()
        if _ends_author_list(plain, mt, c):
            cut = mt.end() if mt.group(0).strip() not in ("(", "“", '"') else mt.start()
            return c, _from_plain_offset(s, cut).lstrip()
    return "", s


def _ends_author_list(plain: str, mt: re.Match, c: str) -> bool:
    """Does the cut ``mt`` of ``plain`` end an author list ``c`` (the text before it, stripped) that a
    title follows?"""
    if not c or not _LETTER.search(c):
        return False
    bare_comma = mt.group(0).lstrip("*†‡∗").startswith(",") and plain[mt.end():mt.end() + 1].isupper()
    if bare_comma and not (_closed_list(c) or etal_search(c) or _venue_next(plain[mt.end():])):
        return False  # a bare comma ends the list only after its "and C", "et al." or before a journal
    if mt.group(0).startswith(":") and is_imprint_city(strip_markup(c)):
        return False  # "Berkeley, CA: University of California Press" is an imprint, not an author
    if not _title_follows(plain[mt.end():]):
        return False
    got = parse_author_list(c)
    if not (got and got[0]):
        return False
    # "E. Garnett, P. Yang, Nano Lett.": a journal's abbreviation after the names
    return not (_LOWER_STOP.search(got[0][-1]) and _venue_like(clean_name(got[0][-1]) + "."))


_VENUE_STOP = re.compile(r"[,(;\d]")


def _venue_next(rest: str) -> bool:
    r"""'Nano Lett. 2010, 10, 1082': a known venue's name runs up to the volume or year (the text up to the
    first of them, stripped: the first part of re.split(r"\s*(?:[,(;]|\d)", rest), stripped)."""
    stop = _VENUE_STOP.search(rest)
    seg = (rest[: stop.start()] if stop else rest).strip()
    return len(seg) >= 4 and _venue_like(seg)


def _from_plain_offset(s: str, n: int) -> str:
    """s[k:] where k is the position of the n-th character of s without italic markers."""
    if ITAL_ON not in s and ITAL_OFF not in s:
        return s[n:]  # every character counts: k == n
    return s[_plain_end(s, n, _ITALIC_MARKS):]


_TITLE_START = re.compile(r"[\w“\"(\[‘'¿¡]")


def _title_follows(rest: str) -> bool:
    r = strip_markup(rest).strip()
    return not r or bool(_TITLE_START.match(r))


_OPENING_YEAR = re.compile(r"\s*\(?((?:19|20)\d\d)[a-z]?(?:,\s*[A-Za-z]+\.?(?:\s+\d{1,2})?)?\)?[.,:]?\s*")
_OPENING_STATUS = re.compile(r"\s*\((?:in press|forthcoming|n\.d\.|submitted|in prep[^)]*)\)[.,]?\s*", re.I)


def _strip_year_paren(rest: str, f: Fields) -> str:
    m = _OPENING_YEAR.match(strip_markup(rest))
    if m and (m.group(0).strip().startswith("(") or m.group(0).strip().endswith(".")):
        f.year = int(m.group(1))
        return _cut_plain_prefix(rest, m.end())
    m = _OPENING_STATUS.match(strip_markup(rest))
    if m:
        return _cut_plain_prefix(rest, m.end())
    return rest


def _bold_venue(st: str) -> int | None:
    """'Title <link> **Journal of Widgets**, 2024': a bold run naming a known venue starts the venue."""
    for mt in _bold_runs(st):
        if len(strip_markup(st[: mt.start()]).split()) >= 2 and _venue_like(strip_markup(mt.group(1)).strip(" .,")):
            return mt.start()
    return None


def _lead_in(st: str, run: re.Match) -> str:
    """The punctuation just before a styled run: ',' or '.' (any sentence end), else ''."""
    head = strip_markup(st[: run.start()]).rstrip()
    return "," if head.endswith((",", ";")) else "." if head.endswith((".", "?", "!", ")."))else ""


_LEAD_INTO_VENUE = re.compile(r"(?:[.,;:!?”\"]|\b(?:[Ii]n|[Ee]n|[Ii]n:))\s*$")
_LEAD_INTO_VENUE_CUT = re.compile(r"[,.;:]?\s*(?:[Ii]n|[Ee]n|In:)?\s*$")


def _take_title(s: str) -> tuple[str, str]:
    """The first sentence is the title; an italic run or a journal name after it starts the venue."""
    st = s.strip(" ,.;:")
    runs = list(_italic_runs(st))
    for k, mt in enumerate(runs):
        head = st[: mt.start()]
        if not _venue_like(strip_markup(mt.group(1)).strip(" .,")) and any(
                _venue_like(strip_markup(later.group(1)).strip(" .,")) or (_lead_in(st, mt) == "," and _lead_in(st, later) == ".")
                for later in runs[k + 1:]):
            continue  # "plant, *Triteleia laxa* (…). *Environmental Entomology*": a species name, then the venue
        if mt.start() == 0:
            rest = st[mt.end():]
            if len(strip_markup(mt.group(1)).split()) >= 2 and strip_markup(rest).strip(" .,;"):
                return mt.group(1), rest
            continue
        # an italic run is the venue when punctuation or "In" leads into it; a species name
        # or a term inside the title sentence is not
        if _LEAD_INTO_VENUE.search(strip_markup(head)) and len(strip_markup(head).split()) >= 2:
            return _LEAD_INTO_VENUE_CUT.sub("", head), st[mt.start():]
    v = _comma_venue(st)
    d = _dot_venue(st)
    b = _bold_venue(st)
    for mt in _SENTENCE_END.finditer(st):
        head = st[: mt.start()]
        if v is not None and v <= mt.start() or d is not None and d[0] < mt.start() or b is not None and b < mt.start():
            break
        if len(strip_markup(head).split()) >= 2:
            return head, st[mt.end():]
    if b is not None and (v is None or b < v) and (d is None or b < d[0]):
        return st[:b], st[b:]
    if d is not None and (v is None or d[1] < v):
        return st[: d[0]], st[d[1]:]
    if v:
        return st[:v], st[v:]
    return st, ""


_ABBREV_JOURNAL = re.compile(r"^(?:[A-Z][a-zA-Z]{0,12}\.\s*){2,}|^(?:J\.|Proc\.|Trans\.|Phys\.|Rev\.)\s")


_COMMA_GAP = re.compile(r",\s+")
_JOINING_WORD = re.compile(r"(?:and|or|&|the|of|for|to|with)\b")


def _comma_venue(st: str) -> int | None:
    """'Title, Atmos. Chem. Phys., 16, 2016': where a journal abbreviation or a known venue starts."""
    for mt in _COMMA_GAP.finditer(st):
        after = strip_markup(st[mt.end():])
        if len(strip_markup(st[: mt.start()]).split()) < 3 or _JOINING_WORD.match(after):
            continue
        if _ABBREV_JOURNAL.match(after) or _venue_like(", ".join(after.split(",")[:1]).strip()):
            return mt.end()
    return None


_STOP_BEFORE_CAPITAL = re.compile(r"[.?!]\s+(?=[A-Z\ue000\ue002])")
_NAME_STOP = re.compile(r"[,(\[:;\d]")


def _dot_venue(st: str) -> tuple[int, int] | None:
    """'Title in R. Methods in Ecology & Evolution, 7': a stop followed by the whole name of a known
    venue ends the title, even after a capital that would otherwise read as an initial."""
    for mt in _STOP_BEFORE_CAPITAL.finditer(st):
        if len(strip_markup(st[: mt.start()]).split()) < 3:
            continue
        rest = strip_markup(st[mt.end():])
        stop = _NAME_STOP.search(rest)  # the first part of re.split(r"\s*(?:[,(\[:;]|\d)", rest), as below
        seg = (rest[: stop.start()].rstrip() if stop else rest).strip(" .")
        if len(seg.split()) < 2:
            continue  # one word ("Nature", "Science") also starts many title sentences
        v = normalise_venue(seg)
        if v.known and v.coverage >= 0.9:
            return mt.start() + 1, mt.end()
    return None


_VENUE_OPENING = re.compile(r"^(?:in|In)\b|^(?:Proc|Proceedings|Journal|Trans|IEEE|ACM|arXiv)")


@lru_cache(maxsize=65536)
def _venue_like(plain: str) -> bool:
    if len(plain) > 200:
        return False
    if _VENUE_OPENING.match(plain):
        return True
    return venue_like(plain)


_ORDER_NOTE = re.compile(r"\s*\(\s*[*†‡]?\s*(?:alphabetical|equal|authors? (?:in|listed)|corresponding)[^)]*\)\s*", re.I)


@lru_cache(maxsize=65536)
def _is_author_line(plain: str) -> bool:
    plain = plain.rstrip(" \\")  # a Markdown line break ("\\") left as text
    p = (_ORDER_NOTE.sub(" ", plain) if "(" in plain else plain).strip().rstrip(".")  # each note is in brackets
    got = parse_author_list(p)
    if not got:
        return False
    names = got[0]
    return len(names) >= 2 or got[2] or (len(names) == 1 and len(clean_name(names[0]).split()) >= 2)


def _is_italic(ln: str) -> bool:
    s = ln.strip()
    inside = "".join(mt.group(1) for mt in _italic_runs(s))
    return len(inside) >= 0.6 * len(strip_markup(s)) and bool(inside.strip())


def strip_markup_keep_bold(s: str) -> str:
    return s.replace(ITAL_ON, "").replace(ITAL_OFF, "") if ITAL_ON in s or ITAL_OFF in s else s


def _has_markup(s: str) -> bool:
    return not s.isascii() and (BOLD_ON in s or BOLD_OFF in s or ITAL_ON in s or ITAL_OFF in s)


_MARKUP = re.compile(f"[{MARKUP_CHARS}]")
_ITALIC_MARKS = re.compile(f"[{ITAL_ON}{ITAL_OFF}]")
_NOT_MARKUP = re.compile(f"[^{MARKUP_CHARS}]+")


def _plain_end(s: str, n: int, marks: re.Pattern = _MARKUP) -> int:
    """The position in s right after its n-th character that ``marks`` does not match (the least k with
    n such characters in s[:k]; beyond the end when s has fewer): only the marks are visited."""
    k = n
    for m in marks.finditer(s):
        if m.start() >= k:
            break
        k += 1  # a mark before the n-th character: it ends one later
    return k


def _cut_plain_prefix(s: str, n: int) -> str:
    """Cut the first n plain characters off a string that may contain markup characters."""
    if not _has_markup(s):
        return s[n:]
    return s[_plain_end(s, n):]


def _cut_plain_suffix(s: str, n: int) -> str:
    """Keep the first n plain characters of a string that may contain markup characters (and all
    of its markup characters)."""
    if not _has_markup(s):
        return s[:n]
    k = _plain_end(s, n)
    return s[:k] + _NOT_MARKUP.sub("", s[k:])


def _first_year(s: str) -> int | None:
    m = _YEAR.search(s or "")
    return int(m.group(1)) if m else None


def _without(text: str, part: str) -> str:
    return text.replace(part, " ") if part else text


def split_authors(authors_raw: str) -> tuple[list[str], list[str], bool, bool]:
    """(names, marks per name, truncated, bold flags) from the author text."""
    got = parse_author_list(authors_raw.strip().rstrip("."))
    if not got:
        got = parse_author_list(authors_raw)
    if not got:
        return [], [], bool(etal_search(authors_raw)), []
    names, marks, truncated = got
    bold = [BOLD_ON in n for n in names]
    return [clean_name(n) for n in names], marks, truncated, bold


__all__ = ["Fields", "pre_clean", "segment", "split_authors", "name_marks"]
