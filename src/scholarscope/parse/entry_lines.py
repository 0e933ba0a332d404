"""Entries laid out over lines: abstracts after the citation dropped, dates set flush right moved, lines
that layout wrapped joined, and the reading of an entry written one field per line (title / authors /
venue in some order)."""
from __future__ import annotations

import re
from functools import lru_cache

from ..read.text import BOLD_OFF, BOLD_ON, ITAL_OFF, ITAL_ON, MARKUP_CHARS, strip_markup
from ..read.pdf_join import compound_hyphen
from ..read.words import is_word
from .author_prefix import author_prefix
from .field_text import YEAR as _YEAR
from .field_text import clean_title as _clean_title
from .field_text import venue_and_year as _venue_and_year
from .fields import (LEAD_DATE, MONTH_WORD, Fields, cut_plain_prefix, first_year, is_author_line, is_italic,
                     quote_open, quoted_title, strip_markup_keep_bold, venue_like, whole_style)
from .names import parse_author_list
from .places import is_place
from .rxgate import NeedsAny


_ABSTRACT_LABEL = re.compile(r"\s*(?:abstract|summary|r[ée]sum[ée]|zusammenfassung|resumen|tl;?dr)\s*[:.]\s", re.I)


_CITATION_NUMBERS = re.compile(r"\b\d+\s*\(\d+\)|\b\d+\s*[-–]\s*\d+\.?\s*$|\b\d+:\s*[eE]?\d+")  # volume (issue), pages


_SENTENCE_STOP_END = re.compile(r"[.!?:;]$")
_LOWER_START = re.compile(r"\s*[a-z]")


def _goes_on(prev: str, plain: str) -> bool:
    """The line carries on the one before: a quotation left open, or a sentence cut in lower case."""
    p = strip_markup(prev).rstrip()
    opened = quote_open(p)
    return opened or (not _SENTENCE_STOP_END.search(p) and bool(_LOWER_START.match(plain)))


_LABEL_OR_LINK = re.compile(r"\s*[\w ]{2,30}:\s|\s*<?https?://")


def drop_description(lines: list[str]) -> list[str]:
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
                and not strip_markup(keep[-1]).rstrip().endswith(",") and not author_prefix(ln)[0] \
                and not _CITATION_NUMBERS.search(plain) and not _goes_on(keep[-1], plain):
            continue  # (a line after "Nichman, L.,", one opening with names or citing "112 (9) 2806-2811" is citation)
        keep.append(ln)
    return keep


RIGHT_FIELD = NeedsAny(re.compile(r"\t\s*((?:[^\t]{0,30}?)(?:19|20)\d\d(?:[^\t]{0,20}))\s*$"
                                   r"|(?<=\ue001)\s+(\ue002(?:19|20)\d\d[^\t\ue002]{0,12}\ue003)\s*$"),  # bold title, italic year
                       ("\t", "\ue001"))  # (every match holds one)


def detach_right_fields(lines: list[str]) -> list[str]:
    """'Title part one<TAB>2025' then 'title part two': a date set flush right on a wrapped line is
    moved to the end so that the two halves of the title can join."""
    out, moved = [], []
    for i, ln in enumerate(lines):
        m = RIGHT_FIELD.search(ln) or (_RIGHT_VENUE.search(ln) if "\t" in ln else None)
        if m and i + 1 < len(lines) and strip_markup(ln[: m.start()]).strip():
            out.append(ln[: m.start()].rstrip())
            moved.append(m.group(m.lastindex or 0).strip())
        else:
            out.append(ln)
    return out + moved


# "[C3] Speculative Decoding … for Serving LLMs<TAB>*MLSys 2025*" / "at Scale": a venue set flush right in italics
_RIGHT_VENUE = re.compile(r"\t\s*(\ue002[^\t\ue002\ue003]{2,90}\ue003)\s*$")


# "…, Mohammad" / "Sadoghi, Yinqian Zhang, …": the width broke a name between given name and surname
_GIVEN_AT_END = re.compile(r",\s*\**[A-Z][\w'’\-]*$")


_SURNAME_AT_START = re.compile(r"[A-Z][\w'’\-]*[*†‡]*\s*,")


_STOP_END = re.compile(r"[.?!]$")
_NAME_START = re.compile(r"[A-Z\u00C0-\u024F*]")
_LIST_OPEN_END = re.compile(r"(?:,|\band|&)$")
_CONNECTOR_END = re.compile(r"\s(?:and|of|the|in|on|for|to|with|&)$")
_WORD_START = re.compile(r"[A-Z][a-z]+(?:[\s,.;:]|$)")
_YEAR_ALONE = re.compile(r"\(?(?:19|20)\d\d\)?[.,]?")
_MONTH_END = re.compile(rf"\b{MONTH_WORD}$", re.I)
_LOWER = re.compile(r"[a-z]")
_RANGE_OPEN = re.compile(r"\d[-–]$")
_NUMBER_START = re.compile(r"\d+\b")


def unwrap(lines: list[str]) -> list[str]:
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
        same_style = whole_style(prev) is not None and whole_style(prev) == whole_style(ln)
        # a styled run (an italic title) that layout broke: the next line is all in that style
        # (not into a right-aligned cell: "Authors<TAB>*2025*" then a venue moved down from the line above)
        run_goes_on = whole_style(ln) is not None and not _STOP_END.search(pa) and "\t" not in prev and (
            (prev.rstrip().endswith(ITAL_OFF) and whole_style(ln) == "italic")
            or (prev.rstrip().endswith(BOLD_OFF) and whole_style(ln) == "bold"))
        hyphen = pa.endswith("-") and not pa.endswith(" -")
        if same_style or run_goes_on:
            gap = "" if pa.endswith("-") and not pa.endswith(" -") else " "  # "sub-" + "Saharan": one word
            out[-1] = prev.rstrip()[:-1] + gap + ln.strip()[1:]
        elif _list_goes_on(pa, pb) or _month_wrap(pa, pb) or _connector(pa, pb) or _title_tail(prev, ln, pa, pb):
            out[-1] = prev.rstrip() + " " + ln.strip()
        elif hyphen and _LOWER.match(pb):
            cut = _word_cut(pa, pb)  # "ther-" / "mometry" is one word; "data-" / "driven" keeps its hyphen
            out[-1] = prev.rstrip()[:-1] + ln.strip() if cut else prev.rstrip() + ln.strip()
        elif _RANGE_OPEN.search(pa) and _NUMBER_START.match(pb):
            out[-1] = prev.rstrip() + ln.strip()  # a page range "627-" / "636."
        else:
            out.append(ln)
    return out


def _word_cut(pa: str, pb: str) -> bool:
    """A word hyphenated at the line end (typesetters hyphenate; the hyphen is no part of the word)."""
    before = re.search(r"([^\W\d_][\w-]*)-$", pa)
    after = re.match(r"[^\W\d_]+", pb)
    if not (before and after):
        return False
    word, nxt = before.group(1), after.group(0)
    if compound_hyphen(word, nxt):
        return False
    return is_word(word + nxt) or not (len(word) >= 4 and is_word(word))  # 'ki-netic'; 'cobalt-porphyrin' stays


def _list_goes_on(pa: str, pb: str) -> bool:
    """An author list wrapped after a comma or 'and', or after a whole name, goes on on the next line (the
    joined lines' test last: the dearest, and needless when the first line reads as no list)."""
    return bool(_NAME_START.match(pb)) and (
        (bool(_LIST_OPEN_END.search(pa)) and is_author_line(pa.rstrip(",&").removesuffix(" and")))
        or (is_author_line(pa) and not is_author_line(pb))
        or (bool(_GIVEN_AT_END.search(pa)) and bool(_SURNAME_AT_START.match(pb)) and is_author_line(pa))) \
        and is_author_line(f"{pa} {pb}")


def _title_tail(prev: str, ln: str, pa: str, pb: str) -> bool:
    """'**… for Serving LLMs**' / 'at Scale': a styled title whose last words the width set on a line of their own,
    in lower case first, a few words, no sentence end before them."""
    return whole_style(prev) is not None and whole_style(ln) is None and bool(_LOWER.match(pb)) \
        and len(pb.split()) <= 4 and not _STOP_END.search(pa)


def _month_wrap(pa: str, pb: str) -> bool:
    """'…, May' / '2015'."""
    return bool(_YEAR_ALONE.fullmatch(pb) and _MONTH_END.search(pa))


def _connector(pa: str, pb: str) -> bool:
    """'AEA Papers and' / 'Proceedings, 2023': a name of several words cut after its connecting word (read
    only where the lines are no wrapped author list)."""
    return bool(_CONNECTOR_END.search(pa)) and bool(_WORD_START.match(pb)) and not is_author_line(pb)


_OPEN_LINE_END = re.compile(r"[\w,;:\-–]$")
_LOWER_OR_PAREN = re.compile(r"[a-z(]")
_ARXIV_OR_CODE = re.compile(r"arxiv\b|[a-z]{1,4}[A-Z]")
_ARXIV_OR_CODE_I = re.compile(r"arxiv\b|[a-z]{1,4}[A-Z]", re.I)


def wrapped(lines: list[str]) -> bool:
    """Hard-wrapped text: a line break inside a sentence or a quotation, not between fields."""
    return any(_soft_break(a, b) for a, b in zip(lines, lines[1:]))


def _soft_break(a: str, b: str) -> bool:
    pa, pb = strip_markup(a).rstrip(), strip_markup(b).lstrip()
    if not pa or not pb:
        return False
    starts_marked = b.lstrip()[:1] in MARKUP_CHARS
    return bool(quote_open(pa) or (_OPEN_LINE_END.search(pa) and _LOWER_OR_PAREN.match(pb) and not starts_marked
                                  and not (_ARXIV_OR_CODE_I if pb.startswith("arx") else _ARXIV_OR_CODE).match(pb)))


def join_soft_breaks(lines: list[str]) -> list[str]:
    """The lines with each break inside a sentence joined: what is left breaks between fields."""
    out: list[str] = []
    for ln in lines:
        if out and _soft_break(out[-1], ln):
            out[-1] = out[-1].rstrip() + " " + ln.lstrip()
        else:
            out.append(ln)
    return out


_BADGE = re.compile(r"[A-Z][A-Za-z0-9&\-]{1,11}(?: (?:[A-Z][A-Za-z0-9&\-]{1,11}|(?:19|20)\d\d))?")


def _is_badge(text: str) -> bool:
    """'WANLP', 'NeurIPS', 'ICLR 2025': a venue's acronym (every word two capitals or a year), not 'Widget Trees'."""
    return bool(_BADGE.fullmatch(text)) and all(sum(c.isupper() for c in w) >= 2 or w.isdigit() for w in text.split())
_DATE_LINE = re.compile(r"\(?(?:19|20)\d\d(?:\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?\)?[a-z]?[.,]?")  # also "2022年6月"


_YEAR_CELL = re.compile(r"\(?(?:19|20)\d\d\)?")


def _field_cells(ln: str) -> list[str]:
    """A styled field with a right-aligned cell beside it is two fields ("**Title**<TAB>*Journal* 42, 1",
    as Awesome-CV sets title and journal), and so is a line whose right cell is its year
    ("Authors<TAB>*2023*"); other tabs (a date column, a table row) stay inside the line."""
    left, tab, right = ln.partition("\t")
    if not tab or "\t" in right or not strip_markup(left).strip() or not strip_markup(right).strip():
        return [ln]
    if whole_style(left) is not None or _YEAR_CELL.fullmatch(strip_markup(right).strip(" .,")):
        return [left, right]
    return [ln]


def segment_lines(lines: list[str], authors_known: bool = False) -> Fields | None:
    """Entries written one field per line: title / authors / venue in some order."""
    if len(lines) >= 3 and _is_badge(strip_markup(lines[0]).strip()):
        lines = lines[1:] + lines[:1]  # "WANLP" / "Title" / authors / venue: a venue badge above the entry names no title
    lines = [cell for ln in lines for cell in _field_cells(ln)]
    lines = [part for ln in lines for part in _names_dash_venue(ln) if not _AUTHORSHIP_WORD.fullmatch(strip_markup(part).strip())]
    labelled = next((m.group(1) for m in map(_AUTHORS_LABEL.match, map(strip_markup, lines)) if m), None) \
        if any(":" in ln or "：" in ln for ln in lines) else None  # every label ends in a colon
    roles: list[str] = []
    for ln in lines:
        plain = strip_markup(ln).strip()
        if labelled is not None:  # "共著者：K. Roe, R. Lee" / "Co-authors: …": the label says which line names them
            m = _AUTHORS_LABEL.match(plain)
            roles.append("authors" if m else "text" if not _DATE_LINE.fullmatch(plain.strip(" ,.;")) else "date")
            continue
        if _DATE_LINE.fullmatch(plain.strip(" ,.;")):
            roles.append("date")
        elif is_place(plain.rstrip(" .")):
            roles.append("place")  # "Lyon, France": where the meeting was, neither names nor a title
        elif not authors_known and (is_author_line(plain) or ("(" in plain and is_author_line(YEAR_AFTER.sub("", plain)))) \
                and not venue_like(plain):  # "Cell Genomics" names a journal
            roles.append("authors")  # "Nguyen, T. L., & Roe, A. (2025).": an APA author line keeps its year
        else:
            roles.append("text")
    _one_author_line(lines, roles)
    cands = [i for i, r in enumerate(roles) if r == "text"]
    if not cands or ("authors" not in roles and len(cands) > 1 and not authors_known
                     and not has_clear_venue(lines, cands)):
        return None
    f = Fields()
    scores = {i: venue_score(lines[i]) for i in cands}
    ti = min(cands, key=lambda i: (scores[i], i))
    ai = [i for i, r in enumerate(roles) if r == "authors"]
    if ai and ti < ai[0]:
        # a title wrapped over lines before the author line
        run = [i for i in range(ti, ai[0]) if roles[i] == "text" and scores[i] < 2]
        if run == list(range(ti, ai[0])) and len(run) > 1:
            f.title = " ".join(lines[i] for i in run)
            cands = [i for i in cands if i not in run[1:]]
    title = f.title or lines[ti]
    lead = LEAD_DATE.match(strip_markup(title))
    if lead and len(strip_markup(title)[lead.end():].split()) >= 2:
        # "**2012** “Title.”", "18/01/2025⇥Title": a date label opens the title line (a date column read inline)
        f.title, f.year = _clean_title(cut_plain_prefix(title, lead.end())), int(lead.group(1))
    else:
        f.title = _clean_title(title)
    year_after = None
    if ai:
        f.authors_raw = strip_markup_keep_bold(lines[ai[0]])
        if labelled is not None:
            f.authors_raw = labelled.strip()
        f.authors_after_title = ai[0] > ti
        f.title_apart = len(ai) == 1
        year_after = YEAR_AFTER.search(strip_markup(f.authors_raw))
        if year_after:
            f.authors_raw = strip_markup(f.authors_raw)[: year_after.start()]
    rest = [lines[i] for i in cands if i != ti]
    f.venue_raw, venue_year = _venue_and_year(" ".join(rest))
    f.year = venue_year or f.year  # the citation's own year; else the date label's
    if year_after and year_after.group(1):
        f.year = int(year_after.group(1))
    for i, r in enumerate(roles):
        if r == "date" and f.year is None:
            f.year = first_year(strip_markup(lines[i]))
    if len(f.title.split()) <= 1 and rest and not ai and not authors_known and not has_clear_venue(lines, cands):
        return None
    return f


# a table's column that only says whether the work has one author or several (業績書: 単著 / 共著)
_AUTHORSHIP_WORD = re.compile(r"単著|共著|single[- ]authored|co-?authored")
_AUTHORS_LABEL = re.compile(r"\s*(?:共著者|著者|co-?authors?|authors?|autores|autoren|auteurs)\s*[:：]\s*(.+)", re.I)


_SPACED_DASH = re.compile(r"\s[–—]\s")


def _names_dash_venue(line: str) -> list[str]:
    """'Roe F., Lee G. – Food Hydrocolloids, 160, 110789' (Europass): the names, a dash, then the venue."""
    plain = strip_markup(line)
    if plain.rstrip().endswith((" –", " —")) and is_author_line(plain.rstrip(" –—")):
        return [plain.rstrip(" –—")]  # "Roe F., Lee G. – " whose venue was a state ("Submitted to X"), taken out
    if " – " not in plain and " — " not in plain:
        return [line]
    parts = _SPACED_DASH.split(plain, maxsplit=1)
    if len(parts) < 2 or not parts[1].strip() or not is_author_line(parts[0].strip()):
        return [line]
    left, right = parts
    return [left.strip(), right.strip()]


# "Nguyen, T. L., & Roe, A. (2025).": the year (or state) an APA author line ends in
YEAR_AFTER = re.compile(r"\s*\((?:((?:19|20)\d\d)[a-z]?|in press|forthcoming|n\.d\.)\)\.?\s*$", re.I)
_LIST_MARK = re.compile(r"\b[A-Z]\.|,|\band\b|&")


def _one_author_line(lines: list[str], roles: list[str]) -> None:
    """'A. Lee, B. Roe, C. Poe' / 'Composable Asynchronous Events' / venue: a short title-case title also
    reads as a name. Of several author-like lines the one naming the most people is the author list."""
    ai = [i for i, r in enumerate(roles) if r == "authors"]
    if len(ai) < 2:
        return
    counts = {i: len((parse_author_list(YEAR_AFTER.sub("", strip_markup(lines[i])).strip().rstrip(".")) or ([],))[0])
              for i in ai}
    keep = max(ai, key=lambda i: (counts[i], -i))
    if counts[keep] < 2 or any(counts[i] >= 2 for i in ai if i != keep):
        return  # two real lists (authors, then editors) or no clear list: leave the roles
    for i in ai:
        words = strip_markup(lines[i]).split()
        styled = whole_style(lines[i]) is not None and whole_style(lines[keep]) is None  # "**Widget Trees**" over plain names
        if abs(i - keep) == 1 and (len(words) >= 3 or styled) and not _LIST_MARK.search(strip_markup(lines[i])):
            roles[i] = "text"  # not "E. Wu", the tail of a wrapped list
        elif i != keep and whole_style(lines[i].rstrip(" .,")) == "italic" and venue_like(strip_markup(lines[i]).strip(" .,")):
            roles[i] = "text"  # "*Psychological Science*.": a journal in italics, not a person


def has_clear_venue(lines: list[str], cands: list[int]) -> bool:
    return sum(1 for i in cands if venue_score(lines[i]) >= 2) == len(cands) - 1


_VENUE_WORDS = re.compile(r"\b(?:conference|proceedings|proc\.|journal|symposium|workshop|review|letters|transactions|"
                          r"press|university|vol\.|pp\.|preprint|arxiv|congress|meeting|annals|bulletin|"
                          r"magazine|quarterly|series|edition|eds?\.|in press|forthcoming)\b", re.I)


# volume (issue), a page range, pp., volume:page, and volume, e-locator ("5, eabc4471": Science journals, eLife)
_CITATION_NUMBER = re.compile(r"\d+\s*\(\d+\)|\d+\s*[-–]\s*\d+|\bpp?\.\s*\d|\d+:\s*\d+|\b\d+,\s*e[a-z]{0,4}\d{3,}\b")
_IN_START = re.compile(r"(?:in|In|En)\b")


_LEAD_ITALIC = re.compile("\ue002([^\ue002\ue003]+)\ue003")


@lru_cache(maxsize=65536)
def venue_score(line: str) -> float:
    """How much a line looks like a venue line rather than a title line."""
    plain = strip_markup(line).strip()
    score = 0.0
    lead = _LEAD_ITALIC.match(line.strip())
    if venue_like(plain) or (lead and venue_like(lead.group(1).strip(" ,."))):
        score += 2  # the line, or the italic run that opens it ("*Sci. Immunol.* *5*, eabc4471"), names a venue
    if _YEAR.search(plain):
        score += 1
    if _CITATION_NUMBER.search(plain):
        score += 1
        if lead and not line.strip().endswith(ITAL_OFF):
            score += 1  # "*J. Kites* *3*, 1–9": an italic name, then volume and pages
    if _VENUE_WORDS.search(plain):
        score += 1
    if _IN_START.match(plain):
        score += 1.5
    if is_italic(line):
        score += 0.5
    if line.strip().startswith(BOLD_ON) or quoted_title(plain):
        score -= 1
    return score
