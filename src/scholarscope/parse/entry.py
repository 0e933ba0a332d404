"""One publication entry (a list item, a paragraph, a reference string) -> Publication fields.

The entry is first stripped of links and markers (markers.py); what remains is cut into
authors, title and venue, using the document's own structure where it has one (lines,
quotes, bold, italics; entry_lines.py), the author list it opens with (author_prefix.py) and
the shape of author lists (names.py) where it does not.
"""
from __future__ import annotations

import math
import re

from ..read.text import BOLD_OFF, BOLD_ON, ITAL_OFF, ITAL_ON, fold_case, strip_markup
from .author_prefix import author_prefix
from .entry_lines import (detach_right_fields, drop_description, join_soft_breaks, segment_lines, unwrap, venue_score,
                          wrapped)
from .field_record import field_record
from .field_text import YEAR as _YEAR
from .field_text import clean_title as _clean_title
from .field_text import venue_and_year as _venue_and_year
from .fields import (LEAD_DATE, MONTH_WORD, Fields, cut_plain_prefix, cut_plain_suffix, first_year, has_markup,
                     quoted_title, remove_plain, strip_markup_keep_bold, venue_like, without)
from .gbt7714 import gbt_reading
from .legal import bluebook_reading
from .names import ETAL, clean_name, is_name, name_marks, parse_author_list
from .places import is_place
from .preclean import GAP_BEFORE_STOP as _GAP_BEFORE_STOP
from .preclean import LINE_BREAK as _LINE_BREAK
from .preclean import pre_clean
from .rxgate import AtStart, NeedsAny, holds_any
from ..read.words import is_word
from .venues import normalise_venue


# "———. 2022." / "— (2023b).": the authors of the entry above, repeated (Chicago, MLA, biblatex)
REPEATED_AUTHORS = AtStart(re.compile(r"^\s*(?:_{2,}|—{2,}|-{3,}|–{2,}|[—–](?=\s*\((?:19|20)\d\d))\s*[.,]?\s*"))


# A sentence end: the whitespace after ".", "?" or "!" (not after St., Dr., al., ... nor an initial).
# Written to start with the whitespace it matches so that the search jumps between blanks (same
# matches as the lookbehind-first form, ~13x faster).
_SENTENCE_END = re.compile(r"\s(?:(?:(?<=[^\s.A-Z][.?!]\s)|(?<=[A-Z]{3}[.?!]\s))(?<!\bSt\.\s)(?<!\bDr\.\s)(?<!\bvs\.\s)(?<!\bMr\.\s)(?<!\bMs\.\s)(?<!\bNo\.\s)(?<!\bal\.\s)(?<!\bcf\.\s)(?<!\bEd\.\s)(?<!\bVol\.\s)(?<!\bPt\.\s)(?<!\bJr\.\s)(?<!\bSr\.\s)(?<!\bMt\.\s)\s*(?=[\ue002\ue000A-Z0-9“\"(\[]|In\b|in\b|En\b)|(?<=[.?!][”\"]\s)\s*)")


_WITH_TAIL = re.compile(r"(?<=[\s,;.])(?:joint(?:ly)?\s+)?with\s+([A-Z][^,;()\n]*(?:,\s*(?:and\s+)?[A-Z][^,;()\n]*)*?)[\s.]*$")  # "…, 2024 with A and B"


_WITH_SENTENCE = re.compile(r"(?:(?<=[.;]\s)|^)(?i:co-?(?:edited|written|authored)\s+|(?:edited|written)\s+|jointly\s+)?(?i:with)\s+"
                            r"([A-Z][^;()\n]*?)\.(?=\s+[A-Z]|\s*$)")  # "*Book*. Co-edited with Ann Lee. Leiden: Brill"


_WITH = re.compile(r"\(\s*(?:joint(?:ly)?\s+)?(?:with|con|avec|mit)\s+([^()]+)\)", re.I)


_WITH_LINE = re.compile(r"^[^\S\n]*(?:(?:jointly\s+)?(?:edited\s+|written\s+)?with)\s+([^\n,]+(?:,\s*(?!\S*\s*(?:press|mentions|media)\s*:)[^\n,]+)*)(?:,[^\n]*)?$", re.I | re.M)


_TRAIL_DATE = re.compile(rf"\s*[,;]\s*(?:{MONTH_WORD}\s+)?(?:\d{{1,2}},?\s+)?((?:19|20)\d\d)\.?\s*$", re.I)


def _trail_date(plain: str) -> re.Match | None:
    """_TRAIL_DATE.search(plain), tried only where a match can start. Every match ends the text in a year, perhaps
    with a stop (isdigit holds for every \\d), and its separator is one of the text's last two commas or
    semicolons (after it come at most a day's comma, no semicolon); it starts at the spaces before that separator."""
    tail = plain.rstrip()
    if not (tail[-1:].isdigit() or (tail[-1:] == "." and tail[-2:-1].isdigit())):
        return None
    last = max(plain.rfind(","), plain.rfind(";"))
    before = max(plain.rfind(",", 0, last), plain.rfind(";", 0, last)) if last > 0 else -1
    for sep in (before, last):
        if sep >= 0:
            m = _TRAIL_DATE.match(plain, len(plain[:sep].rstrip()))
            if m:
                return m
    return None


_TAB_DATE = re.compile(r"\t\s*(.*)$")


_YEAR_CELL = re.compile(r"^\s*[\ue000-\ue003]*((?:19|20)\d\d)[\ue000-\ue003]*\t(?=\S)")


# "Title [Doctoral dissertation, University of Padova]. Archive." (APA 7): the kind of work and its school
_APA_THESIS = re.compile(r"\s*\[((?:doctoral|master'?s|ph\.?\s?d\.?|bachelor'?s|diploma)\s+(?:dissertation|thesis)"
                         r"|dissertation|thesis)(?:,\s*([^\[\]]{3,120}))?\]", re.I)


def _with_clause(plain: str) -> re.Match | None:
    """The first match of _WITH, _WITH_LINE, _WITH_TAIL and _WITH_SENTENCE naming people, each searched only in a
    text holding what all its matches hold: "(" for the first, "with" (case folded) for the others."""
    w = _WITH.search(plain) if "(" in plain else None
    if w or "with" not in fold_case(plain):
        return w
    found = [m for m in (_WITH_LINE.search(plain), _WITH_TAIL.search(plain), _WITH_SENTENCE.search(plain)) if m]
    # the first whose names read as an author list: "Co-edited with A. Roe. Title: Sub, Part" is no line of names
    return next((m for m in found if parse_author_list(m.group(1).strip())), found[0] if found else None)


def segment(s: str) -> Fields:
    """Split the cleaned entry text into authors, title and venue."""
    thesis = _APA_THESIS.search(s) if "[" in s else None
    if thesis and thesis.group(2):
        f = segment(s[: thesis.start()] + s[thesis.end():])
        f.kind, f.venue_raw = "thesis", thesis.group(2).strip()
        return f
    cell = _YEAR_CELL.match(s)
    if cell:  # "2025<TAB>Authors. Title. Journal": a year column beside the citation
        f = segment(s[cell.end():])
        f.year = f.year or int(cell.group(1))
        return f
    with_names = None
    s = _join_wrapped_with(_SPLIT_RUN.sub(_join_runs, s))  # "<i>mentions: Wall</i>" / "<i>Street Journal</i>"
    plain = strip_markup(s)
    w = _with_clause(plain)
    if w and parse_author_list(w.group(1).strip()):
        with_names = w.group(1).strip()
        s = _GAP_BEFORE_STOP.sub("", remove_plain(s, w.start(), w.end()))  # "Title (with A. Roe). Proc." -> "Title. Proc."
    flat = _LINE_BREAK.sub(" ", s).strip()
    legal = bluebook_reading(flat)
    if legal is not None:  # "Title, 102 Tex. L. Rev. 1187 (2024)": a law citation
        f = Fields(title=legal.title, authors_raw=legal.authors_raw, venue_raw=legal.venue_raw, year=legal.year,
                   publisher=legal.venue_raw if legal.publisher else "")
        return _known(f, with_names) if with_names and not f.authors_raw else f
    rec = field_record(s)
    if rec is not None:  # "Autores: …; Título: …; Revista: …; Año: 2023": the labels say which field is which
        return Fields(title=rec.title, authors_raw=rec.authors_raw, venue_raw=rec.venue_raw, year=rec.year, kind=rec.kind,
                      flags=tuple(rec.flags))
    edited = _EDITED_VOLUME.match(flat) if "(ed" in flat else None
    if edited and parse_author_list(edited.group(1)):
        # "Roe, Lee (eds.): Proceedings of …, Denver, CO, USA, 2025. ACM 2025" (dblp): a volume the names edited
        return Fields(title=edited.group(2).strip(), authors_raw=edited.group(1).strip(), venue_raw=edited.group(3),
                      year=int(edited.group(4)), kind="other")
    gbt = gbt_reading(flat, lambda a: parse_author_list(a.strip(" .,")) is not None)
    if gbt is not None:  # "Authors. Title[J]. Journal, 2023, 52(4): 612-624."
        return Fields(title=gbt.title, authors_raw=gbt.authors_raw, venue_raw=gbt.venue_raw, year=gbt.year,
                      publisher=gbt.publisher, kind=gbt.kind)
    return _quoted_after_venue(_dash_venue(_segment(s, known_authors=with_names)))


# "A&A, 641, A128, “Title”" (AAS): the journal, volume and page before the quoted title
_VENUE_BEFORE_QUOTE = re.compile(r"^([^“\"]{2,60}?\d[^“\"]{0,30}?),\s*[“\"]([^”\"]{10,})[”\"]?\s*$")
# "2020A&A...641A.128O": an ADS bibcode, an identifier and no venue
_BIBCODE = re.compile(r"(?:19|20)\d\d[A-Za-z&.]{2,6}[.\d]{3,}[A-Za-z.]?[.\d]*[A-Z]")


def _quoted_after_venue(f: Fields) -> Fields:
    m = _VENUE_BEFORE_QUOTE.match(f.title or "")
    if m is None:
        return f
    if f.venue_raw and not _BIBCODE.fullmatch(f.venue_raw.strip()):
        return f
    f.title, f.venue_raw = m.group(2).strip(), m.group(1).strip()
    return f


_EDITED_VOLUME = re.compile(r"^(.+?)\s*\((?:eds?|editors?)\.?\)\s*:\s*(.{10,}?)\.\s+([A-Z][\w&.\-]*(?:\s[A-Z][\w&.\-]*){0,3})"
                            r"\s+((?:19|20)\d\d)\.?\s*$")
_WITH_WRAPPED = re.compile(r"(^[^\S\n]*(?:jointly\s+)?with\s[^\n]*[a-z])\n[^\S\n]*([A-Z][\w'’\-]+(?:\s[A-Z][\w'’\-]+)?)[^\S\n]*\Z",
                           re.M | re.I)


def _join_wrapped_with(s: str) -> str:
    """'with A, B and Valter' / 'Nobrega': the last co-author's surname wrapped to a line of its own."""
    m = _WITH_WRAPPED.search(s) if "\n" in s and "with" in fold_case(s) else None  # (every match holds both)
    if not m or venue_like(m.group(2)):
        return s
    return s[: m.start()] + m.group(1) + " " + m.group(2)


_MEETING_START = re.compile(r"(?:\d+(?:st|nd|rd|th)\s+)?(?:International|Annual|European|Asian|American|National|IEEE|ACM|"
                            r"Proceedings|Journal|Workshop|Conference|Symposium|Transactions)\b")


_DASH = re.compile(r"\s[–—-]{1,2}\s(?=\S)")


def _dash_venue(f: Fields) -> Fields:
    """'NewWave Workflow Engine – International Workshop on Smalltalk Technologies': a dash before a
    meeting or journal name ends the title, when no better venue was found."""
    if f.no_title or (f.venue_raw and venue_like(f.venue_raw)):
        return f
    m = _DASH.search(f.title)
    if not m or len(f.title[: m.start()].split()) < 2:
        return f
    part = f.title[m.end():].strip(" .,;")
    from .venues import _guess_kind

    if venue_like(part) or (_MEETING_START.match(part) and _guess_kind(part) in ("conference", "workshop", "journal")):
        f.title, f.venue_raw = f.title[: m.start()].strip(), part
    return f


_SPLIT_RUN = NeedsAny(re.compile(f"{ITAL_OFF}(\\s+){ITAL_ON}|{BOLD_OFF}(\\s+){BOLD_ON}"), (ITAL_OFF, BOLD_OFF))


_YEAR_AT_END = re.compile(r"\b(?:19|20)\d\d\W*$")
_TRUNCATION_START = re.compile(r"(?:et\.?\s*al|u\.\s?a|and others)\b\.?", re.I)


def _segment(s: str, known_authors: str | None = None) -> Fields:
    f = _segment_readings(s, known_authors)
    if f.title.endswith(("?", "!")):
        _question_subtitle(f, s)
    if f.venue_raw and ("." in f.title or (f.authors_after_title and "." in f.authors_raw)):
        _abbreviated_venue_head(f)
    if f.venue_raw and ". " in f.venue_raw and f.title:
        _title_tail_in_venue(f, strip_markup(s))
    return f


_VENUE_LEAD_WORDS = re.compile(r"([A-Z][\w'’\-]*(?:\s[\w'’\-]+){0,2})\.\s+(\S.*)")


def _title_tail_in_venue(f: Fields, plain: str) -> None:
    """'Stack Safety for Handlers, Formally. ITP 2022': the title's last words, after a comma, were cut off into
    the venue ('Formally. ITP'); they go back when the rest alone is a venue the table knows."""
    m = _VENUE_LEAD_WORDS.fullmatch(f.venue_raw)
    if m is None or f"{f.title}, {m.group(1)}." not in plain:
        return
    word = m.group(1)
    if " " in word or len(word) < 6 or not is_word(word):
        return  # one whole word ('Formally'), never an abbreviation of a venue's name ('Proc.', 'Duke Math.')
    rest, whole = normalise_venue(m.group(2)), normalise_venue(f.venue_raw)
    if rest.known and not normalise_venue(word).known and (not whole.known or whole.name == rest.name):
        f.title, f.venue_raw = f"{f.title}, {word}", m.group(2)


_ABBREV_PIECE = re.compile(r"(?:^|(?<=\.\s))((?:[A-Z][a-z]{0,7}\.?\s){0,3}[A-Z][a-z]{0,7})\.?$")


def _abbreviated_venue_head(f: Fields) -> None:
    """'Title. Algebr. Geom. Topol. 17': the sentence splitter cut an abbreviated journal's name at one of its
    periods, leaving its first words at the end of the title ('… covers. Algebr') or read as an author
    ('J. Pure Appl.' / 'Algebra'). Moved back when the whole name is a journal the venue table knows (an
    author read so, only when the rest alone is not that journal)."""
    alone = normalise_venue(f.venue_raw)
    if f.authors_after_title and f.authors_raw and len(f.authors_raw.split()) <= 4:
        head = f.authors_raw.strip(" .")
        whole = normalise_venue(f"{head}. {f.venue_raw}")
        if whole.known and whole.name != alone.name and _ABBREV_PIECE.fullmatch(head):
            f.venue_raw, f.authors_raw, f.authors_after_title = f"{head}. {f.venue_raw}", "", False
            return
    m = _ABBREV_PIECE.search(f.title)
    if m is None or m.start() == 0:
        return
    whole = normalise_venue(f"{m.group(1)}. {f.venue_raw}")
    if whole.known:
        f.title, f.venue_raw = f.title[: m.start()].rstrip(" ."), f"{m.group(1)}. {f.venue_raw}"


_NEXT_SENTENCE = re.compile(r" ([A-Z][^.?!:;]{3,90}?)\.(?= )")


def _question_subtitle(f: Fields, s: str) -> None:
    """'Does X bind Y? Evidence from Z' on a line of its own is one title: a question opens many titles, and
    what follows it on that line, naming no venue, is its subtitle, not the venue."""
    venue = (f.venue_raw or "").strip(" .")
    if venue and venue_score(venue) <= 0 and not re.search(r"\d", venue) and "\n" in s:
        whole = f"{f.title} {venue}"
        if any(strip_markup(ln).strip(" .") == whole for ln in s.split("\n")):
            f.title, f.venue_raw = whole, ""
            return
    plain = " ".join(strip_markup(s).split())
    at = plain.find(f.title)
    nxt = _NEXT_SENTENCE.match(plain, at + len(f.title)) if at >= 0 else None
    if nxt and nxt.group(1) not in venue and venue_score(nxt.group(1)) <= 0 and not re.search(r"\d", nxt.group(1)):
        f.title = f"{f.title} {nxt.group(1)}"  # "Who qualifies? Estimates from primary care. Poster presented at: …"


def _segment_readings(s: str, known_authors: str | None = None) -> Fields:
    s = _SPLIT_RUN.sub(_join_runs, s)  # one styled run that a line break cut in two is one run
    lines = [ln.strip() for ln in s.split("\n") if strip_markup(ln).strip(" .,;")]
    lines = drop_description(lines)
    f = Fields()
    if not lines:
        return f
    lines = unwrap(detach_right_fields(lines))
    got = _lines_reading(lines, known_authors)
    if got is not None and quality(got) >= _BEST:
        return got  # no reading scores more, and the lines win ties (below, and against the CRF by a margin)
    joined = _known(_segment_string(" ".join(lines)), known_authors)
    bracketed = "[" in s and _BRACKET_TITLE.search(strip_markup(s)) is not None
    best, margin = joined, (0.5 if bracketed and joined.quoted else 0.0)  # a PubMed [translated title]: the rules saw its ends
    # lines may be fields (web pages, Markdown) or just layout (PDF): keep the better reading
    if got is not None and quality(got) >= quality(joined):
        best, margin = got, 1.0  # the document's own line structure is strong evidence
    plain_reference = len(lines) == 1 and not has_markup(lines[0]) and not quoted_title(lines[0]) \
        and not bracketed
    if plain_reference:
        margin = -math.inf  # a bare reference string: the CRF, trained on thousands, knows its styles best
    elif quality(best) >= _BEST or quality(best) + margin > _learned_ceiling(lines):
        return best  # authors, a clean title, a known venue and a year: nothing for the CRF to add, or it cannot win
    learned = _known(_segment_learned(" ".join(lines)), known_authors)
    if learned is not None and learned.year is None and _YEAR_AT_END.search(learned.title):
        learned = None  # the CRF ran the year into the title
    if learned is not None and (_TRUNCATION_START.match(learned.title)
                                or _thesis_in_title(learned.title)):
        learned = None  # "u. a.: Title", "Title. Dissertation, KIT": the CRF ran another field into the title
    if learned is not None and learned.title == best.title and _name_count(best) > _name_count(learned) \
            and (best.venue_raw or not learned.venue_raw):
        learned = None  # the same title, and the rules read more of the author list (an APA list cut by ". . .")
    if learned is not None and _BROKEN_DATE_START.match(learned.title):
        learned = None  # "31). Title": the CRF cut "(2024, May 28–31)." inside the date
    if learned is not None and _authors_in_title(learned, best):
        learned = None  # "A, B: Title" (dblp): the CRF ran the last authors into the title
    if learned is not None and _title_in_authors(learned, best):
        learned = None  # "…, Roe C. Xpert MTB/RIF Ultra …": the CRF ran the title's first words into the names
    if learned is not None and _venue_in_title(learned, best):
        learned = None  # "Title (CNCS, 2 K). Widget National Laboratory": the CRF ran the venue into the title
    if learned is not None and _loses_evidence(learned, best):
        margin = max(margin, 0.0)  # the rules found authors or a known venue the CRF missed
    if learned is not None and quality(learned) >= quality(best) + margin:
        return _mend_learned(learned, best, " ".join(lines))  # a citation style the rules do not know
    if plain_reference and learned is None and known_authors is None:
        return _titleless(lines[0], best) or best
    return best


# four digits of a year as the CRF's reading takes one (refcrf._YEAR_RE), without the digits around it
_YEAR_DIGITS = re.compile(r"1[5-9]\d\d|20\d\d")


def _learned_ceiling(lines: list[str]) -> float:
    """The most the CRF's reading of the lines can score: its year is four such digits of the text, so a
    text without them gives a reading without a year (a point less)."""
    return _BEST if _YEAR_DIGITS.search(strip_markup(" ".join(lines))) else _BEST - 1


def _lines_reading(lines: list[str], known_authors: str | None) -> Fields | None:
    """The reading of an entry written one field per line (None for one line, or lines a sentence runs over)."""
    soft = wrapped(lines)
    fielded = join_soft_breaks(lines) if soft else lines  # a wrapped title, then its fields
    if len(fielded) < 2 or (soft and wrapped(fielded)):  # (unwrapped lines are the same lines)
        return None
    return _known(segment_lines(fielded, known_authors is not None), known_authors)


_PUBLISHER_WORD = re.compile(r"\b(?:press|publish\w*|verlag|books|editions?|[ée]ditions|editorial|university|"
                             r"springer|elsevier|wiley|routledge|sage|pearson|academic)\b|:", re.I)


_QUESTION_CUT = re.compile(r"[?!]\s+\S{1,3}$")
_TO_SENTENCE_END = re.compile(r"[^.]*?(?=\.(?:\s|$))")


def _mend_learned(learned: Fields, rules: Fields, text: str) -> Fields:
    """Two slips of the CRF the rules' reading shows: a journal it took for a publisher ('… review. Child
    Development Perspectives.'), and a title it cut after a question ('Do children deplete? A')."""
    if not learned.venue_raw and learned.publisher and learned.publisher == rules.venue_raw \
            and not _PUBLISHER_WORD.search(learned.publisher):
        learned.venue_raw, learned.publisher = learned.publisher, ""
    cut = _QUESTION_CUT.search(learned.title)
    plain = strip_markup(text)
    at = plain.find(learned.title) if cut else -1
    if at >= 0:
        more = _TO_SENTENCE_END.match(plain[at + len(learned.title):])
        if more and len(more.group(0).split()) <= 25:
            learned.title = (learned.title + more.group(0)).strip()
    return learned


_BROKEN_DATE_START = re.compile(r"\d{1,2}\)[.,:]?\s")


def _authors_in_title(learned: Fields, rules: Fields) -> bool:
    """The CRF's title opens with the names that end the rules' author list, then a colon."""
    head = learned.title.split(":", 1)[0].strip() if ":" in learned.title else ""
    names = strip_markup(rules.authors_raw or "").strip(" ,;:")
    return bool(head) and len(head) < len(names) and names.endswith(head) \
        and names[: -len(head)].rstrip().endswith((",", ";", " and", "&"))  # the head is a name of its own


def _title_in_authors(learned: Fields, rules: Fields) -> bool:
    """The CRF's author list is the rules' list and the first words of the rules' title, and no longer reads as
    names ('Roe C. Xpert MTB/RIF': a title opening with capitals looks like a Vancouver name)."""
    names = strip_markup(rules.authors_raw or "").strip()
    longer = strip_markup(learned.authors_raw or "").strip()
    if not names or len(longer) <= len(names) or not longer.startswith(names):
        return False
    extra = longer[len(names):].strip()
    if not re.search(r"[/\d]|\b[a-z]{4,}\b", extra):
        return False  # capitals only ("Roe C. Lee"): they may well be names the rules missed
    return rules.title.startswith(extra) and parse_author_list(longer.rstrip(".")) is None \
        and parse_author_list(names.rstrip(".")) is not None


def _venue_in_title(learned: Fields, rules: Fields) -> bool:
    """The CRF found no venue, and its title is the rules' title and then the first words of the rules' venue."""
    if learned.venue_raw or not rules.venue_raw or not rules.title or rules.title.endswith(("?", "!")):
        return False  # a question may end the rules' title too early ("Brain drain? Return intentions of …")
    extra = learned.title[len(rules.title):].strip(" .,;:") if learned.title.startswith(rules.title) else ""
    return bool(extra) and strip_markup(rules.venue_raw).startswith(extra)


def _name_count(f: Fields) -> int:
    got = parse_author_list(f.authors_raw.strip().rstrip(".")) if f.authors_raw else None
    return len(got[0]) if got else 0


def _names_venue(venue_raw: str) -> bool:
    """A known venue, or one before its place ('EGU General Assembly 2023, Vienna, Austria')."""
    return venue_like(venue_raw) or ("," in venue_raw and venue_like(venue_raw.split(",", 1)[0]))


# "Poster presented at: 33rd European Congress of …": the citation labels its meeting (AMA / Vancouver)
_LABELLED_MEETING = re.compile(r"(?:poster |oral |paper )?(?:presented|presentation) at\s*:\s*\S", re.I)


def _loses_evidence(learned: Fields, rules: Fields) -> bool:
    """The CRF's reading drops an author list or a known venue that the rules' reading holds."""
    lost_venue = rules.venue_raw and (_names_venue(rules.venue_raw) or _LABELLED_MEETING.match(rules.venue_raw)) \
        and not (learned.venue_raw and venue_like(learned.venue_raw))
    lost_authors = not learned.authors_raw and rules.authors_raw and parse_author_list(rules.authors_raw.strip().rstrip("."))
    return bool(lost_venue or lost_authors)


_NUMBER_PAIR = re.compile(r"\d+\s*,\s*\d+")
_NUMBERS_AT_END = re.compile(r"\d+\s*,\s*\d+[\d\-–]*\s*\.?\s*$")
_ETAL_START = re.compile(r"et\.?\s*al\b")
_NUMBERS_OR_YEAR = re.compile(r"\d+\s*[,(]\s*\d+|^\(?(?:19|20)\d\d\b|[,;]\s*\(?(?:19|20)\d\d\)?$")
_LIST_STOP = re.compile(r"(?<![\s.\-][A-Z])\.$")  # the stop after a list, not after an initial


def _titleless(s: str, rules: Fields) -> Fields | None:
    """'Omukai K., Nishi R., 1998, ApJ, 508, 141': physics and astronomy cite without titles. When the
    CRF finds none and the rules' "title" is a year, numbers, a venue or names, there is none."""
    from .refcrf import label_reference

    r = label_reference(" ".join(s.split()))  # (runs of white space as one space, none at the ends)
    t = rules.title
    if not r.get("container") and rules.authors_raw and venue_like(t) and _NUMBER_PAIR.search(s):
        # "E. Garnett, P. Yang, Nano Lett. 2010, 10, 1082": the rules found the names and the journal
        return Fields(title="", authors_raw=rules.authors_raw, venue_raw=t, year=rules.year, no_title=True)
    numbers = r.get("volume") or r.get("pages") or _NUMBERS_AT_END.search(s)
    if r.get("title") or not r.get("container") or not numbers:
        return None
    bad = not t or _ETAL_START.match(t) or _NUMBERS_OR_YEAR.search(t) or _too_short_for_a_title(t) \
        or venue_like(t) or parse_author_list(t.strip(" .,")) is not None
    if not bad:
        return None
    venue, _ = _venue_and_year(r["container"])
    authors = _LIST_STOP.sub("", (r.get("authors") or "").strip(" ,;:"))
    return Fields(title="", authors_raw=authors, venue_raw=venue, year=r.get("year"), no_title=True)


_THREE_LETTERS = re.compile(r"[^\W\d_]{3}")
_STOP_OR_COLLAB = re.compile(r"[.,:;]|\bcollab", re.I)


def _too_short_for_a_title(t: str) -> bool:
    """'Rev. Lett', 'P. SCRIBE', 'A: Math', 'RENO Collab': pieces of a titleless physics reference; two plain
    words ('Widget connectivity') may be a title."""
    words = t.split()
    return len(words) < 2 or not _THREE_LETTERS.search(t) or (len(words) == 2 and bool(_STOP_OR_COLLAB.search(t)))


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


def _segment_learned(s: str) -> Fields | None:
    """The reference-string CRF's reading of an entry (None when the model is unavailable)."""
    try:
        from .refcrf import label_reference
    except ImportError:
        return None
    plain = " ".join(strip_markup(s).split())  # runs of white space as one space, none at the ends
    if len(plain) < 20:
        return None
    r = label_reference(plain)
    if not r.get("title"):
        return None
    venue, _ = _venue_and_year(r.get("container") or "")
    authors = _LIST_STOP.sub("", (r.get("authors") or "").strip(" ,;:"))
    return Fields(title=_clean_title(r["title"]), authors_raw=authors, venue_raw=venue, year=r.get("year"),
                  publisher=_venue_and_year(r.get("publisher") or "")[0])


# The most a reading scores (_quality: a title, authors, a year and a known venue, nothing against it): a
# reading that scores it cannot be beaten, and the CRF's reading is not asked for when it would need more.
_BEST = 5.5


_THESIS_IN_TITLE = re.compile(r"[.,]\s*(?:ph\.?\s?d\.?\s+|doctoral\s+|master'?s?\s+|bachelor'?s?\s+)?"
                              r"(?:thesis|dissertation|doktorarbeit|th[èe]se|tesis)\b", re.I)
_THESIS_WORDS = ("thesis", "dissertation", "doktorarbeit", "thèse", "these", "tesis")  # one is in every match (folded)


def _thesis_in_title(title: str) -> bool:
    return holds_any(fold_case(title), _THESIS_WORDS) and _THESIS_IN_TITLE.search(title) is not None


_NUMBERS_IN_TITLE = NeedsAny(re.compile(r"\d+\s*\(\d+\)|\bpp?\.\s*\d|\bvol\."), ("(", "p.", "vol."))


_OPEN_END = re.compile(r"[,;]\s*$|\b(?:and|the|of|in|with|for)$")


def _open_end(title: str) -> bool:
    """_OPEN_END.search(title), read only from where a match can start: at most five characters before the
    title's last non-space one (a match runs to the end, but for a last newline or trailing spaces)."""
    return _OPEN_END.search(title, max(0, len(title.rstrip()) - 5)) is not None


_AND_START = re.compile(r"(?:and|&)\s")


_EDS_END = re.compile(r"\beds?\.?$")  # (searched from five characters before the end: a match is at most "eds.\n")


_IMPRINT_IN_TITLE = NeedsAny(re.compile(r"\.\s+[A-Z][a-z]+(?:\s[A-Z][a-z]+)?(?:,\s[A-Z]{2})?:\s+[A-Z]"), (":",))


_EDS_PAREN = NeedsAny(re.compile(r"\(eds?\.?\)", re.I), ("(",))


_INITIAL_END = re.compile(r"(?:^|[\s.])[A-Z]\.?$")


_SURNAME_COMMA = re.compile(r"[A-Z][\w'’\-]+,\s[A-Z]")


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
        q += 1.5 if venue_like(f.venue_raw) else 0.5
    if not (f.authors_known or f.quoted) and _names_open_title(f):
        q -= 2
    if _YEAR.search(f.title) or _NUMBERS_IN_TITLE.search(f.title):
        q -= 1
    if _open_end(f.title):
        q -= 1
    if _AND_START.match(f.title) or _EDS_END.search(f.title, max(0, len(f.title) - 5)):
        q -= 2  # "and G. Fix, A Fourier ...", "Guffey, eds": an author list cut in the wrong place
    if _IMPRINT_IN_TITLE.search(f.title):
        q -= 1.5  # "Rayuela. Buenos Aires: Editorial Sudamericana": the imprint is not the title
    if _thesis_in_title(f.title):
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
    names, rest = author_prefix(f.title)
    return bool(names) and not (f.title_apart and not rest.strip())


_AND_NEXT = re.compile(r"and\s")


def _join_runs(m: re.Match) -> str:
    """Join two runs of one style, unless the second is a person's name (a bold title, then
    the bold owner starting the author list)."""
    if m.group(2) is None:
        return " "  # italics mark titles and venues, not the names in an author list
    rest = m.string[m.end():]
    nxt = rest[: rest.find(BOLD_OFF)] if BOLD_OFF in rest else rest[:60]
    after = strip_markup(rest[len(nxt):]).lstrip(" *†‡")
    # "**Collective Action**. In …" ends a title; "**J. Roe**, A. Lee" opens an author list
    if is_name(strip_markup(nxt).strip(" ,*†‡")) and (not after or after[:1] in ",;&" or _AND_NEXT.match(after)
                                                       or nxt.rstrip().endswith(",")):
        return m.group(0)
    return " "


_DATE_CELL = re.compile(r"[\s\d\-–—/.,a-zA-Z]{0,25}")
_TITLE_YEAR_END = re.compile(r"[\s,(]+((?:19|20)\d\d)\)?\.?$")


def _segment_string(s: str) -> Fields:
    """A single-string entry: 'Authors. Title. Venue, year.' and its many variants."""
    s = _SPLIT_RUN.sub(_join_runs, s)
    s = REPEATED_AUTHORS.sub("", s)  # "______." repeats the authors above  # one styled run that a line break cut in two is one run
    f = Fields()
    plain_all = strip_markup(s)
    date_col = None
    tab = _TAB_DATE.search(s)
    if tab:
        date_col = first_year(strip_markup(tab.group(1)))
        s = s[: tab.start()] + (" " + tab.group(1) if not _DATE_CELL.fullmatch(strip_markup(tab.group(1))) else "")
    trail = _trail_date(strip_markup(s))
    trail_year = None
    if trail and len(strip_markup(s)[: trail.start()].split()) >= 3:
        trail_year = int(trail.group(1))
        s = cut_plain_suffix(s, trail.start())
    lead = LEAD_DATE.match(strip_markup(s))
    lead_year = None
    if lead:
        lead_year = int(lead.group(1))
        s = cut_plain_prefix(s, lead.end())
    q = quoted_title(s) or (_BRACKET_TITLE.search(s) if "[" in s else None)
    if q:
        before, title, after = s[: q.start()], q.group(q.lastindex or 1), s[q.end():]
        about = _ABOUT_WORK.search(strip_markup(before))
        if about:
            before = strip_markup(before)[: about.start()]
        letter = _LETTER_RE.search(before)
        if letter:
            before = before[: letter.start()]
        _fill(f, before, title, after)
        if about:  # "Commentary on Ann Roe, “Title.”": the piece is named after the work it answers
            f.title = f"{about.group(0).strip()} “{f.title}”"
        if letter:  # 'Re: "Temperature and suicide"': a letter is titled after the paper it answers
            f.title = f"{letter.group(1)}: {q.group(0).strip()}"
        f.quoted = True
    else:
        marked = _italic_title(s) or _bold_title(s)
        if marked:
            _fill(f, *marked)
        else:
            _split_by_sentences(f, s)
    if f.year is None:
        f.year = date_col or lead_year or trail_year
    ty = _TITLE_YEAR_END.search(f.title)
    if ty and not f.venue_raw and len(f.title.split()) > 3:
        f.title, f.year = _clean_title(f.title[: ty.start()]), f.year or int(ty.group(1))
    if f.year is None:
        f.year = first_year(without(plain_all, f.title))
    _title_end_before_venue(f, plain_all)
    return f


_LETTER_RE = re.compile(r"(?<=[.,]\s)(Re|RE):\s*$")
# "Restrepo C, Harrow B. [Heat waves and mortality in Medellín, 2008-2017]. Rev Panam Salud Publica.": PubMed
# gives the English title of a paper written in another language in square brackets
_BRACKET_TITLE = re.compile(r"(?:(?<=[.,;:]\s)|^)\[([^\[\]]{20,}?)\]\.(?=\s+[A-Z\ue000\ue002])")


_PLACE_THEN_VENUE = re.compile(r"([A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)?)\.\s+(.+)$")


def _title_end_before_venue(f: Fields, plain: str) -> None:
    """'… woody cover in Laikipia, Kenya. Journal of Applied Ecology': the title ran to the sentence
    end before the journal, not to the comma before a place."""
    m = _PLACE_THEN_VENUE.match(f.venue_raw)
    if not (m and f.title and is_place(m.group(1)) and venue_like(m.group(2))):
        return  # only a place ends a title this way ("…in Laikipia, Kenya."); "J. Amer. Math. Soc." is one name
    i = plain.find(f.title)
    j = plain.find(m.group(0), i + len(f.title)) if i >= 0 else -1
    if i >= 0 and 0 <= j - (i + len(f.title)) <= 3:
        f.title, f.venue_raw = _clean_title(plain[i:j] + m.group(1)), m.group(2)


_ABOUT_WORK = re.compile(r"(?:^|(?<=[.:]\s))(?:commentary|comments?|reply|replies|response|rejoinder)\s+(?:on|to)\s+"
                         r"[^,“”\"]{2,60},\s*$", re.I)


def _fill(f: Fields, before: str, title: str, after: str) -> None:
    f.title = _clean_title(title)
    b = _list_end(strip_markup_keep_bold(before))
    if "(incl" in b:
        b = _INCLUDING.sub("", b)  # "Roe, A., et al. (incl. Lee, B.)": an aside on the list, no name of it
    b = _strip_lead_year(b, f)
    ayv = _AUTHORS_YEAR_VENUE.match(b) if b and not after.strip(" .,;") else None
    if ayv and parse_author_list(ayv.group(1)) and not parse_author_list(b):
        # "Roe, A., & Lee, B. 2023, ApJ, 948, L12, “Title”" (AAS): names, year and journal before the title
        f.authors_raw, f.year = _list_end(ayv.group(1)), int(ayv.group(2))
        f.venue_raw, y = _venue_and_year(ayv.group(3))
    elif b and parse_author_list(b):
        f.authors_raw = b
        f.venue_raw, y = _venue_and_year(after)
    else:
        # an italic run after the title is its venue ("“Title.” *History Today*, 2022"), not names
        alist, rest = ("", after) if after.lstrip(" .,;:").startswith(ITAL_ON) else author_prefix(after)
        if alist:
            f.authors_raw, f.authors_after_title = alist, True
            f.venue_raw, y = _venue_and_year(rest)
        else:
            f.venue_raw, y = _venue_and_year(after)
        if b and not f.authors_raw and not f.venue_raw:
            f.venue_raw, y = _venue_and_year(before)
    f.year = f.year or y


_INCLUDING = re.compile(r"\s*\(incl(?:\.|uding)\s[^()]*\)")
_AUTHORS_YEAR_VENUE = re.compile(r"^(.+?)\s+\(?((?:19|20)\d\d)[a-z]?\)?,\s*(?:in\s+)?(\S.*)$")
_LEAD_LIST_YEAR = re.compile(r"[\s,]*\.?[\s,]*\(?((?:19|20)\d\d)[a-z]?\)?[.,:]?\s*$")


def _strip_lead_year(b: str, f: Fields) -> str:
    m = _LEAD_LIST_YEAR.search(b)
    if m and parse_author_list(b[: m.start()]):
        f.year = int(m.group(1))
        return _list_end(b[: m.start() + (b[m.start()] == ".")])  # the stop after "Ann B" stays for _list_end
    return b


_INITIAL_STOP = re.compile(r"(?:^|[\s.\-])[A-Z]\.$")


def _list_end(s: str) -> str:
    """An author list without the punctuation after it, but with the stop of a last initial ('Roe, Ann B.')."""
    s = s.strip(" ,;:")
    return s if _INITIAL_STOP.search(s) else s.rstrip(".").rstrip(" ,;:")


_COMMA_NEXT = re.compile(r"\s*[*†‡]*\s*,\s*\S")
_COMMA = re.compile(r"\s*,\s*")


def _split_glued_name(before: str, title: str, after: str) -> tuple[str, str, str]:
    """'**Title Zainab Haddad***, Kevin Liu, ...': a bold title and the bold owner name that
    starts the author list, merged into one run by a word processor."""
    rest = strip_markup(after)
    if not _COMMA_NEXT.match(rest):
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


_ITALIC_RUN = re.compile(f"{ITAL_ON}([^{ITAL_OFF}]*){ITAL_OFF}")
_BOLD_RUN = re.compile(f"{BOLD_ON}([^{BOLD_OFF}]*){BOLD_OFF}")
_YEAR_TAIL = re.compile(r"[\s,.]*\(?(?:19|20)\d\d[a-z]?\)?$")


def _italic_title(s: str) -> tuple[str, str, str] | None:
    """'Authors, *Title*, venue': an italic run right after an author list is the title."""
    for mt in _ITALIC_RUN.finditer(s):
        inner = strip_markup(mt.group(1)).strip()
        before = strip_markup_keep_bold(s[: mt.start()]).strip(" ,.;:")
        if len(inner.split()) < 3 or venue_like(inner) or not before:
            continue
        before = _YEAR_TAIL.sub("", before)
        if parse_author_list(before):
            return s[: mt.start()], inner, s[mt.end():]
        return None
    return None


_LABEL_OPENING = AtStart(re.compile(r"^\[[^\]]{1,20}\]\s*"))


def _bold_title(s: str) -> tuple[str, str, str] | None:
    """A bold run that is not a name list is the title (common in web CVs)."""
    for mt in _BOLD_RUN.finditer(s):
        inner = strip_markup(mt.group(1)).strip()
        inner = _LABEL_OPENING.sub("", inner)  # "[VLDB'26] Title"
        if len(inner.split()) >= 3 and parse_author_list(inner) is None and not venue_like(inner) \
                and not _YEAR.search(inner):
            return _split_glued_name(s[: mt.start()], inner, s[mt.end():])
    return None


def _split_by_sentences(f: Fields, s: str) -> None:
    authors, rest = author_prefix(s)
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
    alist, rest2 = author_prefix(rest)
    if alist:
        f.authors_raw, f.authors_after_title = alist, True
        rest = rest2
    f.venue_raw, f.year = _venue_and_year(rest)


_PAREN_AT_END = re.compile(r"\(([^()]{2,120})\)\s*[.,;]?\s*$")


def _trailing_paren_venue(title: str) -> tuple[str, str]:
    """'Title (CVPR 2024)' -> ('Title', 'CVPR 2024'): a parenthesis holding a venue or a year."""
    m = _PAREN_AT_END.search(strip_markup(title))
    if not m:
        return title, ""
    inner = m.group(1)
    if _YEAR.search(inner) or normalise_venue(inner).known:
        plain = strip_markup(title)
        return plain[: m.start()], inner
    return title, ""


_YEAR_PAREN = re.compile(r"\s*\(?((?:19|20)\d\d)[a-z]?(?:,\s*[A-Za-z]+\.?(?:\s+\d{1,2}(?:\s*[–-]\s*\d{1,2})?)?)?\)?[.,:]?\s*")
_STATUS_PAREN = re.compile(r"\s*\((?:in press|forthcoming|n\.d\.|submitted|in prep[^)]*)\)[.,]?\s*", re.I)


def _strip_year_paren(rest: str, f: Fields) -> str:
    plain = strip_markup(rest)
    m = _YEAR_PAREN.match(plain)
    if m and (m.group(0).strip().startswith("(") or m.group(0).strip().endswith(".")):
        f.year = int(m.group(1))
        return cut_plain_prefix(rest, m.end())
    m = _STATUS_PAREN.match(plain)
    if m:
        return cut_plain_prefix(rest, m.end())
    return rest


def _bold_venue(st: str) -> int | None:
    """'Title <link> **Journal of Widgets**, 2024': a bold run naming a known venue starts the venue."""
    for mt in _BOLD_RUN.finditer(st):
        if len(strip_markup(st[: mt.start()]).split()) >= 2 and venue_like(strip_markup(mt.group(1)).strip(" .,")):
            return mt.start()
    return None


def _lead_in(st: str, run: re.Match) -> str:
    """The punctuation just before a styled run: ',' or '.' (any sentence end), else ''."""
    head = strip_markup(st[: run.start()]).rstrip()
    return "," if head.endswith((",", ";")) else "." if head.endswith((".", "?", "!", ")."))else ""


_LEADS_INTO_VENUE = re.compile(r"(?:[.,;:!?”\"]|\b(?:[Ii]n|[Ee]n|[Ii]n:))\s*$")
_IN_AT_END = re.compile(r"[,.;:]?\s*(?:[Ii]n|[Ee]n|In:)?\s*$")


def _take_title(s: str) -> tuple[str, str]:
    """The first sentence is the title; an italic run or a journal name after it starts the venue."""
    st = s.strip(" ,.;:")
    runs = list(_ITALIC_RUN.finditer(st))
    for k, mt in enumerate(runs):
        head = st[: mt.start()]
        if not venue_like(strip_markup(mt.group(1)).strip(" .,")) and any(
                venue_like(strip_markup(later.group(1)).strip(" .,")) or (_lead_in(st, mt) == "," and _lead_in(st, later) == ".")
                for later in runs[k + 1:]):
            continue  # "plant, *Triteleia laxa* (…). *Environmental Entomology*": a species name, then the venue
        if mt.start() == 0:
            rest = st[mt.end():]
            if len(strip_markup(mt.group(1)).split()) >= 2 and strip_markup(rest).strip(" .,;"):
                return mt.group(1), rest
            continue
        # an italic run is the venue when punctuation or "In" leads into it; a species name
        # or a term inside the title sentence is not
        if _LEADS_INTO_VENUE.search(strip_markup(head)) and len(strip_markup(head).split()) >= 2:
            return _IN_AT_END.sub("", head), st[mt.start():]
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
        if _ABBREV_JOURNAL.match(after) or venue_like(", ".join(after.split(",")[:1]).strip()):
            return mt.end()
    return None


_STOP_BEFORE_CAPITAL = re.compile(r"[.?!]\s+(?=[A-Za-z\ue000\ue002])")
# "bioRxiv", "arXiv", "mSystems", "eLife": a name opening in lower case with a capital inside starts no title sentence
_CAMEL_NAME = re.compile(r"[a-z]{1,5}[A-Z][A-Za-z]*")
_VENUE_NAME_END = re.compile(r"\s*(?:[,(\[:;]|\d)")


def _dot_venue(st: str) -> tuple[int, int] | None:
    """'Title in R. Methods in Ecology & Evolution, 7': a stop followed by the whole name of a known
    venue ends the title, even after a capital that would otherwise read as an initial, or before a name that opens
    in lower case ('… scattering. npj Quantum Materials. 2023', '… pulses. bioRxiv. https://…')."""
    for mt in _STOP_BEFORE_CAPITAL.finditer(st):
        if len(strip_markup(st[: mt.start()]).split()) < 3:
            continue
        seg = _VENUE_NAME_END.split(strip_markup(st[mt.end():]), maxsplit=1)[0].strip(" .")
        if len(seg.split()) < 2 and not _CAMEL_NAME.fullmatch(seg):
            continue  # one word ("Nature", "Science") also starts many title sentences
        v = normalise_venue(seg)
        if v.known and (v.coverage >= 0.9 or _CAMEL_NAME.fullmatch(seg)):  # "arXiv" is known by its own rule
            return mt.start() + 1, mt.end()
    return None


_LAST_INITIAL = re.compile(r"(?:^|[\s.\-])[A-Z]\.[\ue000-\ue003]*$")


def split_authors(authors_raw: str) -> tuple[list[str], list[str], bool, bool]:
    """(names, marks per name, truncated, bold flags) from the author text."""
    raw = authors_raw.strip()
    if not _LAST_INITIAL.search(raw):
        raw = raw.rstrip(".")  # the stop that ends the list, not the one of a last initial ("Roe, B. T.")
    got = parse_author_list(raw)
    if not got:
        got = parse_author_list(authors_raw)
    if not got:
        return [], [], bool(ETAL.search(authors_raw)), []
    names, marks, truncated = got
    bold = [BOLD_ON in n for n in names]
    return [clean_name(n) for n in names], marks, truncated, bold


__all__ = ["Fields", "REPEATED_AUTHORS", "pre_clean", "segment", "split_authors", "name_marks"]
