"""A whole document: sections -> entries -> records, then the owner and author roles."""
from __future__ import annotations

import re
from collections import Counter
from contextvars import ContextVar
from pathlib import Path

from ..read.text import CJK, Text, fold_case, strip_markup
from ..records import Profile, Publication
from .author_prefix import author_prefix
from .entry import REPEATED_AUTHORS
from .cvitems import parse_education
from .dates import find_range
from .entry_lines import RIGHT_FIELD, YEAR_AFTER, venue_score
from .fields import is_author_line, quote_open, whole_style
from .cards import heading_cards
from .labelled import is_labelled, labelled_education, labelled_positions
from .lines import Line, split_lines
from .markers import Markers, extract_status
from .places import is_place
from .names import name_parts, parse_author_list, same_person
from .person import find_contacts, find_name, owner_from_authors
from .positions import parse_awards, parse_lines, parse_positions, parse_skills, parse_talks
from .profile_page import looks_like_profile_page, parse_profile_page
from .publication import EntryContext, build_publication, publication_from_cells
from .rxgate import holds_any, required_words
from .sections import Section, categorise, column_headings, split_sections
from .tables import Row, labelled_rows
from .venues import venue_like

_LEGEND = re.compile(r"([*∗⁎†‡#§])\s*\)?\s*(?::|：|=|-|–)?\s*(?:denotes?|indicates?|marks?|means|表示|为|代表)?\s*(?:an?\s+)?"
                     r"(?:[a-z]+\s+){0,3}?"
                     r"(equal(?:ly)?(?:\s+(?:supervision|supervisors?|senior|last|advising)|(?:\s+\w+)?\s+supervised)?|"
                     r"共同第一|同等贡献|并列第一|通讯作者|通信作者|同等貢献|共同筆頭|責任著者|"
                     r"co-?senior|co-?last|joint(?:ly)?\s+supervised|"
                     r"co-?first|joint(?:\s+first)?|shared first|corresponding|supervised|student|alphabetical|"
                     r"(?:under)?graduate|mentee|trainee|advisee|postdoc|"  # "† undergraduate co-author": a mentee mark
                     # the same legends in French, Spanish, Portuguese, Italian and German CVs
                     r"contribution\s+[ée]gale|[ée]gale\s+contribution|co-?premi|[ée]tudiant|encadr[ée]|doctorant|"
                     r"contribuci[óo]n\s+igual|igual\s+contribu|contribui[çc][ãa]o\s+igual|estudiante|orientand|"
                     r"contributo\s+paritario|studente|gleich(?:wertig|berechtigt|e)|doktorand|betreut|"
                     r"autore\s+corrispondente|autor\s+(?:de\s+)?correspond\w+|auteur\s+correspondant|korrespondierende\w*)",
                     re.I)
# Paginated formats break entries with vertical gaps; text formats mean something by a blank line.
_LAYOUT: ContextVar[bool] = ContextVar("layout", default=False)
_EVENT = re.compile(r"\b(?:conference|symposium|workshop|congress|meeting|summit|week|school|colloquium|forum|"
                    r"convention|expo|hackathon|seminar|retreat|droidcon|meetup)\b", re.I)
# "Invited talk: “Title”", "Oral presentation: Title": a talk given, however its venue is named
_TALK_LABEL = re.compile(r"\s*(?:[\d/.\s]+\t)?(?:(?:invited|keynote|plenary|contributed|oral|seminar)\s+)?"
                         r"(?:talk|presentation|lecture|keynote(?: address)?|seminar)\s*:", re.I)
_TEACHING_ROLE = re.compile(r"\b(?:teaching|instructor|lecturer|tutor|teacher|professor|\bTA\b|demonstrator|grader)", re.I)
_COURSE = re.compile(r"\b(?:course|module|class|tutorial|lab section|curriculum)s?\b", re.I)
_PAPER_BULLET = re.compile(r"\[(?:paper|pdf|arxiv|code)\]|\((?!\s*(?:spring|summer|fall|autumn|winter|semester|term|"
                           r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*(?:19|20)\d\d)"  # "(Fall 2022)": a course
                           r"(?!\s*(?:19|20)\d\d\s*[–—-]\s*(?:(?:19|20)?\d\d|present|now|current|today)?\s*\))"  # "(2016–2020)": a post
                           r"(?:[^()]*\b(?:19|20)\d\d\b[^()]*|submit[^()]*|under review[^()]*)\)", re.I)
_MIXED_STATES = re.compile(r"\b(?:preprints?|papers?|articles?|publications?)\b.*(?:\band\b|&|,|/)|"
                           r"(?:\band\b|&|,|/).*\b(?:preprints?|papers?|articles?|publications?)\b", re.I)
_SECTION_FLAGS = [(re.compile(r"\bunder review\b|\bin review\b", re.I), "under_review"),
                  (re.compile(r"\bsubmitted\b", re.I), "submitted"),
                  (re.compile(r"\bin prep(aration)?\b|\bworks? in progress\b", re.I), "in_preparation"),
                  (re.compile(r"\bforthcoming\b|\bin press\b|^accepted\b(?!.*\bpublished\b)|\b(?:aceit[oa]s|aceptad[oa]s|accettati)\b", re.I),
                   "to_appear"),
                  # "Posters and Talks", "Workshop Papers, Posters and Late-Breaking Work": a mixed list flags per entry
                  (re.compile(r"^(?!.*\b(?:talks?|presentations?|papers?|articles?|publications?|works?)\b).*\bposters?\b", re.I),
                   "poster")]


def parse_document(text: Text) -> Profile:
    """Parse one read document into a Profile."""
    token = _LAYOUT.set(text.format in ("pdf", "docx"))
    try:
        return _parse_document(text)
    finally:
        _LAYOUT.reset(token)


def _parse_document(text: Text) -> Profile:
    lines = split_lines(text.text)
    profile = Profile(doc=Path(text.name).name, format=text.format)
    if looks_like_profile_page(lines):
        return parse_profile_page(text, lines, profile)
    sections = split_sections(heading_cards(column_headings(lines)))
    equal = equal_symbols(text.text)
    header = sections[0]
    prev = "header"
    for sec in sections[1:]:
        try:
            prev = _dispatch(sec, profile, equal, prev)
        except Exception as exc:  # noqa: BLE001 - one odd section must not cost the whole document
            profile.warnings.append(f"section {sec.name!r}: not parsed ({type(exc).__name__}: {exc})")
    profile.publications = _drop_unsupported(profile.publications)
    _person(profile, header, sections, text)
    assign_owner(profile)
    _map_spans(profile, text)
    return profile


def _dispatch(sec: Section, profile: Profile, equal: str, prev: str) -> str:
    """Route one section to its parser; return the category it was treated as."""
    body = _with_subheading(sec)
    cat = sec.category
    vague = cat in ("other", "header") and categorise(sec.title) in (None, "other")
    if vague and _looks_like_publications(sec.lines, 1 if prev == "publications" else 2):
        cat = "publications"  # "Research", a topic heading after the papers: named vaguely, but papers
    elif cat in ("positions", "other") and sec.parent is not None and sec.parent.category == "publications" \
            and _looks_like_publications(sec.lines):
        cat = "publications"  # "Postdoctoral and doctoral work" under Publications: a sub-list of papers
    if cat == "publications":
        profile.publications.extend(section_publications(sec, sec.lines, equal, profile.warnings))
    elif cat == "positions":
        paper_lines = _paper_bullets(sec.lines)
        if paper_lines:
            profile.publications.extend(section_publications(sec, paper_lines, equal, profile.warnings))
        rest = [ln for ln in body if ln not in paper_lines and not _continues_paper(ln, paper_lines, body)]
        profile.positions.extend(labelled_positions(rest, sec.name) if is_labelled(rest) else parse_positions(rest, sec.name))
        if re.search(r"\bteaching\b", sec.title, re.I):
            profile.teaching.extend(parse_lines(sec.lines, join_date=True))  # "Teaching Experience": posts and courses
    elif cat == "education":
        profile.education.extend(labelled_education(body) if is_labelled(body) else parse_education(body))
    elif cat == "awards":
        profile.awards.extend(parse_awards(sec.lines))
    elif cat == "service":
        profile.service.extend(parse_lines(sec.lines))
    elif cat == "talks":
        profile.talks.extend(parse_talks(sec.lines))
    elif cat == "teaching":
        profile.teaching.extend(parse_lines(sec.lines, join_date=True))
        profile.positions.extend(p for p in parse_positions(body, sec.name) if p.title and _TEACHING_ROLE.search(p.title)
                                 and not _COURSE.search(p.org or ""))  # "Lecturer, Regression short course": a duty
    elif cat == "skills":
        profile.skills.extend(parse_skills(sec.lines))
    return cat


def _with_subheading(sec: Section) -> list[Line]:
    """A sub-heading under Education/Experience usually names the school or employer."""
    if sec.heading is not None and sec.parent is not None and sec.parent.category == sec.category:
        h = sec.heading
        return [Line(h.body if h.kind == "heading" else h.text, h.start, h.end, "plain", body=h.body)] + sec.lines
    return sec.lines


def _looks_like_publications(lines: list[Line], min_blocks: int = 2) -> bool:
    """Most blocks hold an author list of two or more names and a year."""

    if not any(ln.kind != "blank" for ln in lines):
        return False
    blocks = [b for b in split_entries(lines) if not is_prose(b)]
    if len(blocks) < min_blocks:
        return False
    hits = 0
    for b in blocks:
        text = " ".join(strip_markup(ln.body if ln.kind == "item" else ln.text) for ln in b)
        has_year = re.search(r"\b(19|20)\d\d\b", text)
        has_authors = any((got := parse_author_list(re.sub(r"\s*<[^>]+>", "", strip_markup(ln.body if ln.kind == "item" else ln.text)).strip().rstrip("."))) and len(got[0]) >= 2
                          for ln in b) or _leading_authors(b[0])
        hits += bool(has_year and has_authors)
    return hits >= max(min_blocks, 0.5 * len(blocks))


def _leading_authors(line: Line) -> bool:

    got = author_prefix(line.body if line.kind == "item" else line.text)[0]
    return bool(got) and len((parse_author_list(got) or ([],))[0]) >= 2


_LINK = re.compile(r"\s*<[^<>\s]+>")


def _drop_links(text: str) -> str:
    """The text without its links (' <url>'; each holds a '<')."""
    return _LINK.sub("", text) if "<" in text else text


_SENTENCE_BREAK = re.compile(r"[a-z)][.!?]\s+[A-Z]")


def _narrative(text: str) -> bool:
    """Sentences of prose, long enough that no citation reads so ('1. Defining liver-resident memory …. As a
    postdoctoral fellow I combined …' opening an NIH contribution, its papers listed under it)."""
    words = text.split()
    return len(words) >= 40 and sum(1 for w in words if w[:1].islower()) >= 0.6 * len(words) \
        and len(_SENTENCE_BREAK.findall(text)) >= 2


def is_prose(block: list[Line]) -> bool:
    """A description paragraph (an abstract, a teaser), not a citation."""
    text = " ".join(strip_markup(ln.body if ln.kind == "item" else ln.text) for ln in block)
    text = _drop_links(text)
    first = strip_markup(block[0].body if block[0].kind == "item" else block[0].text)
    if _narrative(first) and not re.search(r"\b(?:19|20)\d\d\b", text):
        return True  # the entry opens with sentences of prose (a titled paragraph), not with a citation
    words = text.split()
    if len(words) < 12 or re.search(r"\b(19|20)\d\d\b", text) or re.search(r"\((?:joint(?:ly)?\s+)?with\s+[A-Z]", text):
        return False  # a year or "(with A. Roe)" co-authors: a citation
    lower = sum(1 for w in words if w[:1].islower())
    if lower < 0.5 * len(words):
        return False

    raw = block[0].body if block[0].kind == "item" else block[0].text
    return not author_prefix(raw)[0] and not any(is_author_line(strip_markup(ln.text)) for ln in block) \
        and not re.search("[\ue000\ue002“\"]", raw)


def _paper_bullets(lines: list[Line]) -> list[Line]:
    """In an experience section, bullets that cite a paper (venue in parentheses, [Paper] link)."""
    return [ln for ln in lines if ln.kind == "item" and _PAPER_BULLET.search(strip_markup(ln.body))
            and len(strip_markup(ln.body).split()) >= 5]


def _continues_paper(ln: Line, paper_lines: list[Line], body: list[Line]) -> bool:
    """The description line right after a paper bullet belongs to it."""
    if ln.kind != "plain" or not paper_lines:
        return False
    i = body.index(ln)
    return i > 0 and body[i - 1] in paper_lines


def split_entries(lines: list[Line]) -> list[list[Line]]:
    """Entry blocks of a publication section: list items, else paragraphs (or one per line)."""
    items = [ln for ln in lines if ln.kind == "item"]
    plain = sum(1 for ln in lines if ln.kind == "plain")
    first = next((ln for ln in lines if ln.kind != "blank"), None)
    if len(items) == 1 and items[0].number is not None and plain >= 3 and items[0] is not first:
        # one "327. https://..." line (a page range wrapped to the line start) is not a list
        lines = [Line(ln.text, ln.start, ln.end, "plain", body=ln.text) if ln is items[0] else ln for ln in lines]
        items = []
    if items and all(_ANNOTATION.match(ln.plain) for ln in items):
        # bullets that only annotate the works above them ("- Winner, ... Prize"): not entries
        lines = [Line(ln.body, ln.start, ln.end, "plain", body=ln.body) if ln.kind == "item" else ln for ln in lines]
        lines = _join_annotations(lines)
        items = []
    if items:
        return [piece for b in _item_blocks(lines) for piece in _split_bracket_numbers(b)]
    blocks, cur = [], []
    for ln in lines:
        if ln.kind == "blank":
            if cur:
                blocks.append(cur)
            cur = []
        elif ln.kind == "plain":
            cur.append(ln)
    if cur:
        blocks.append(cur)
    blocks = [piece for b in _split_at_opening_style(blocks) for piece in _carry_year(_split_at_author_starts(b))]
    out: list[list[Line]] = []
    for b in blocks:
        if out and _ANNOTATION.match(strip_markup(b[0].text).strip()):
            out[-1].extend(b)  # "Winner, ... Book Prize" under a book belongs to that book
            continue
        if out and _LAYOUT.get() and _fragment_kind(b) == "venue" and len(out[-1]) >= 2 \
                and not any(_fragment_kind([ln]) == "venue" for ln in out[-1]):
            out[-1].extend(b)  # a page gap between an entry's authors and its venue line
            continue
        if out and _LAYOUT.get() and _page_gap_inside(out[-1][-1].text, b[0].text):
            out[-1].extend(b)  # "… than sporophytic genes" / (page) / "in *Capsella*. *Mol. Biol. Evol.* …"
            continue
        labelled = _split_year_labels(b) or _split_closing_dates(b)
        if labelled is not None:  # one entry per year label, wrapped lines and all; rows below a label with an
            out.extend(p for piece in labelled for p in _carry_year(_split_at_author_starts(piece)))  # empty year cell
            continue
        out.extend([[ln] for ln in b] if _one_per_line(b) else _split_bracket_numbers(b))
    return [b for b in merge_fragments(out) if not _is_bibtex_or_label(b)]


def _is_bibtex_or_label(block: list[Line]) -> bool:
    """A BibTeX record shown under an entry ('@article{key, title={...}}') or a lone link label
    ('BibTeX', '[pdf]'): not an entry of its own."""
    first = strip_markup(block[0].body if block[0].kind == "item" else block[0].text).strip()
    if re.match(r"@\w+\s*\{", first):
        return True
    return len(block) == 1 and bool(re.fullmatch(r"\[?(?:bibtex|bib|abstract|pdf|code|slides|video|poster)\]?", first, re.I))


def _opening_style(ln: Line) -> str | None:
    """'bold' / 'italic' when the whole line (a flush-right date aside) is in one style."""

    return whole_style(RIGHT_FIELD.sub("", ln.text))


def _split_at_opening_style(blocks: list[list[Line]]) -> list[list[Line]]:
    """Entries that open with a bold (or italic) title line: when most paragraphs do, a paragraph in
    which such a line follows a line in another style holds two entries (a PDF lost the gap)."""
    multi = [b for b in blocks if len(b) >= 2]
    if len(multi) < 2:
        return blocks
    styles = Counter(_opening_style(b[0]) for b in multi)
    style, n = styles.most_common(1)[0]
    if style is None or n < 0.6 * len(multi):
        return blocks
    out: list[list[Line]] = []
    for b in blocks:
        cur = [b[0]]
        for prev, ln in zip(b, b[1:]):
            if _opening_style(ln) == style and _opening_style(prev) != style:
                out.append(cur)
                cur = []
            cur.append(ln)
        out.append(cur)
    return out


def _join_annotations(lines: list[Line]) -> list[Line]:
    """Drop the blank line between a work and the annotation lines under it."""
    out: list[Line] = []
    for ln in lines:
        if ln.kind == "plain" and _ANNOTATION.match(ln.plain) and out and out[-1].kind == "blank" \
                and len(out) > 1 and out[-2].kind == "plain":
            out.pop()
        out.append(ln)
    return out


_ANNOTATION = re.compile(r"(?:winner|finalist|shortlisted|short-listed|awarded|honou?rable mention|recipient|nominated|"
                         r"reviewed in|translated into|reprinted in|featured in|covered by)\b", re.I)


_BRACKET_NO = re.compile(r"(?:^|(?<=[.;)\]”\"]\s))\[(\d{1,3})\]\s")


_YEAR_LABEL = re.compile(r"^[\ue000\ue002]?(?:19|20)\d\d[a-z]?[\ue001\ue003]?\s*[:.–—-]\s|^[\ue000\ue002]?(?:19|20)\d\d[\ue001\ue003]?\t")


# "Leena Roe and Rosa Lee. Title": a list of names written out, first names first (BibTeX's plain styles)
_FULL_NAME_START = re.compile(r"^[\ue000\ue002]?[A-Z][a-z]+(?: [A-Z]\.)? [A-Z][\w'’\-]+(?: and |, |\.\s)")
_AUTHOR_START = re.compile(r"^[\ue000\ue002]?[A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+)?,\s(?:[A-Z]\.\s?){1,3}")


def _split_at_author_starts(block: list[Line]) -> list[list[Line]]:
    """References one per line with no gap (APA, Chicago): a line that ends a sentence followed by one
    that opens an author list ('Brooks, J., ...') starts a new entry."""
    if len(block) < 2:
        return [block]
    out, cur = [], [block[0]]
    for prev, ln in zip(block, block[1:]):
        # not "J.R." (a name); a DOI or link closes an entry too
        ends = re.search(r"(?:[a-z0-9)\]]{2}\.|[)\]]\.?|\bhttps?://\S+|\b(?i:doi):\s*\S+)\s*$",
                         strip_markup(prev.text).split("\t")[0])  # not a right cell beside it ("⇥IF 4.3")
        opens = _AUTHOR_START.match(ln.text.lstrip()) or _FULL_NAME_START.match(ln.text.lstrip())
        if ends and opens and _leading_authors(ln):
            out.append(cur)
            cur = []
        cur.append(ln)
    out.append(cur)
    return out


def _carry_year(pieces: list[list[Line]]) -> list[list[Line]]:
    """'2024<TAB>Entry A' / 'Entry B': a year cell left empty below a year repeats that year."""
    m = _YEAR_LABEL.match(pieces[0][0].text.lstrip()) if pieces and pieces[0] else None
    if m is None or len(pieces) == 1:
        return pieces
    year = re.search(r"(?:19|20)\d\d", m.group(0))
    if year is None:
        return pieces
    out = [pieces[0]]
    for piece in pieces[1:]:
        first = piece[0]
        if re.search(r"(?:19|20)\d\d", " ".join(ln.text for ln in piece)) is None:
            first = Line(f"{year.group(0)}\t{first.text}", first.start, first.end, first.kind, first.level, first.number,
                         f"{year.group(0)}\t{first.body}")
        out.append([first, *piece[1:]])
    return out


def _split_year_labels(block: list[Line]) -> list[list[Line]] | None:
    """'2024: A. Author, Title, ...' lines (moderncv \\cvitem{2024}, a date column): each year label opens
    an entry and the lines without one continue it; None when the block does not start with one."""
    starts = [i for i, ln in enumerate(block) if _YEAR_LABEL.match(ln.text.lstrip())]
    if not starts or starts[0] != 0 or (len(starts) == 1 and len(block) > 4):
        return None
    return [block[a:b] for a, b in zip(starts, starts[1:] + [len(block)])]


_DATE_ONLY = re.compile(r"\(?(?:(?:19|20)\d\d|(?:[A-Za-z]{3,9}\.?\s+)?(?:19|20)\d\d\s*[-–—]\s*(?:(?:19|20)?\d\d|present|now)?)\)?[.,]?$", re.I)


def _split_closing_dates(block: list[Line]) -> list[list[Line]] | None:
    """'Title, / Venue / 2022 / Title, / Venue / 2021': a date on a line of its own closes each entry (a
    right-floated date that a web page or a print put below the entry); None unless most entries end in one."""
    ends = [i for i, ln in enumerate(block) if _DATE_ONLY.fullmatch(strip_markup(ln.text).strip())]
    tail = len(block) - 1 - ends[-1] if ends else 0
    if len(ends) < 2 or 0 in ends or any(b - a < 2 for a, b in zip(ends, ends[1:])) or tail > 3:
        return None
    pieces = [block[a + 1: b + 1] for a, b in zip([-1] + ends[:-1], ends)]
    return pieces + ([block[ends[-1] + 1:]] if tail else [])  # the last entry may have no date


def _split_bracket_numbers(block: list[Line]) -> list[list[Line]]:
    """'[1] A. Author ... 2020. [2] B. Author ...' run together in one paragraph (a PDF, a
    re-flowed text): cut at the bracketed numbers when they count up."""
    text = "\n".join(ln.text for ln in block)
    marks = list(_BRACKET_NO.finditer(text)) if "[" in text else []  # each mark holds a "["
    nums = [int(m.group(1)) for m in marks]
    if len(marks) < 2 or nums != list(range(nums[0], nums[0] + len(nums))):
        return [block]
    start = block[0].start
    pieces = []
    for i, m in enumerate(marks):
        end = marks[i + 1].start() if i + 1 < len(marks) else len(text)
        chunk = text[m.start():end].strip()
        body = chunk[m.end() - m.start():].strip()
        pieces.append([Line(chunk, start + m.start(), start + end, "item", number=nums[i], body=body)])
    return pieces


_LINK_LABELS_ONLY = re.compile(r"(?:\[[^\[\]]{1,20}\]\s*)+")


def _fragment_kind(block: list[Line]) -> str:
    """'authors', 'venue' or 'title' for a one-line paragraph; 'full' for anything else."""

    block = [ln for ln in block if _drop_links(strip_markup(ln.text)).strip(" /|")] or block
    if len(block) != 1:
        return "full"
    raw = block[0].text
    plain = _drop_links(strip_markup(raw)).strip().rstrip(" \\")  # "\\": a Markdown line break left as text
    if not plain or _LINK_LABELS_ONLY.fullmatch(plain):
        return "links"  # "[PDF] [OSF] [DOI]": the buttons under an entry, their targets gone
    if _IN_BOOK.match(plain) or _state_only(plain):
        return "venue"  # "In M. Roe & A. Lee (Eds.), *Handbook* (pp. 1–20). Press.": a chapter's book, however long
    if whole_style(raw.rstrip(" .,")) == "italic" and len(plain.split()) <= 12 and (venue_score(raw) >= 2 or venue_like(plain.strip(" .,"))):
        return "venue"  # "*Psychological Science*.": an italic line of its own names the venue, not a person
    if is_author_line(plain) or is_author_line(YEAR_AFTER.sub("", plain)):
        return "authors"  # "Nguyen, T. L., & Roe, A. (2025).": an APA author list with its year
    if len(plain.split()) <= 8 and venue_score(raw) >= 2:
        return "venue"
    if len(plain.split()) <= 30 and not re.search(r"\b(19|20)\d\d\b", plain):
        return "title"
    return "full"


def _state_only(plain: str) -> bool:
    """'Manuscript under review.', 'In press.', 'Under review at *Cognition*': a line that only says where a work
    stands fills the venue slot of a web page's record."""
    if len(plain) > 80 or not holds_any(fold_case(plain), _STATE_WORDS):
        return False
    found = Markers()
    return not extract_status(plain, found).strip(" .,;") and bool(found.flags)


_STATE_WORDS = ("review", "press", "submit", "prep", "forthcoming", "revis", "resubmit", "accepted", "appear")
_IN_BOOK = re.compile(r"(?:In|En|Dans)\s.*(?:\(eds?\.?\)|\(hrsg\.\)|\beds?\.,|\bedited by\b|\(pp\.|\bpp\.\s?\d)", re.I)


def merge_fragments(blocks: list[list[Line]]) -> list[list[Line]]:
    """Web pages put title, authors and venue in paragraphs of their own: regroup them.

    A record starts with the same kind of fragment each time (the first one seen), so a
    fragment of that kind, or a repeat of a kind already in the group, starts a new record.
    """
    # a legend ("Lab members in underline. † = shared first authorship.") opens no record; a badge ("ICLR 2025") may
    kinds = ["full" if len(strip_markup(b[0].text).split()) >= 4 and _is_legend(b) else _fragment_kind(b) for b in blocks]
    if kinds.count("full") > len(kinds) / 2 or len(blocks) < 2:
        return blocks
    out: list[list[Line]] = []
    group: list[Line] = []
    seen: set[str] = set()
    first = next((k for k in kinds if k != "full"), None)
    for b, k in zip(blocks, kinds):
        if k == "links" and group:
            group.extend(b)
            continue
        if k == "full" or (group and (k in seen or k == first)):
            if group:
                out.append(group)
            group, seen = [], set()
        if k == "full":
            out.append(b)
            continue
        group.extend(b)
        seen.add(k)
    if group:
        out.append(group)
    return out


def _item_blocks(lines: list[Line]) -> list[list[Line]]:
    blocks: list[list[Line]] = []
    cur: list[Line] | None = None
    blank_run = 0
    numbers = [ln.number for ln in lines if ln.kind == "item" and ln.number is not None]
    n_numbered = len(numbers)
    n_bullets = sum(1 for ln in lines if ln.kind == "item" and ln.number is None)
    # "65. https://doi…", "357. pdf": page ranges wrapped to a line start, not a numbered list
    numbered = n_numbered == 1 or sum(abs(b - a) == 1 for a, b in zip(numbers, numbers[1:])) * 2 >= n_numbered - 1 > 0
    opens_numbered = next(ln for ln in lines if ln.kind == "item").number is not None
    # bullets under each numbered entry (a list of one numbered entry too, when it opens the list)
    nested = (n_numbered >= max(2, 0.15 * (n_numbered + n_bullets)) or (n_numbered and opens_numbered)) and n_bullets >= n_numbered
    last_item = max(i for i, ln in enumerate(lines) if ln.kind == "item")
    pdf = _LAYOUT.get()
    aside = False  # inside a bullet nested under a full citation
    under_prose = False  # bullets under a numbered paragraph of prose are the entries (an NIH biosketch)
    for pos, ln in enumerate(lines):
        if ln.kind == "item" and ln.number is not None:
            under_prose = _narrative(strip_markup(ln.body))
        if cur is not None and ln.kind != "blank" and _nested_aside(ln, cur, aside):
            aside, blank_run = True, 0
            continue  # "- Winner, X Book Prize" / "- Reviewed in …" under a book: about the entry, not one
        aside = False
        if ln.kind == "item" and cur is not None and ln.number is None and numbered and ((blank_run == 0 and nested) or _is_fragment(ln)) \
                and not under_prose:
            cur.append(ln)  # "- Authors" under a numbered entry: a list artefact, not a new entry
            blank_run = 0
        elif ln.kind == "item":
            cur = [ln]
            blocks.append(cur)
            blank_run = 0
        elif ln.kind == "blank":
            blank_run += 1
        elif cur is not None and (blank_run == 0 or ln.indent >= 2 or (
                blank_run == 1 and pdf and (pos < last_item or _broken_off(cur[-1].text, ln.text)))):
            cur.append(ln)  # a page layout may open a gap inside an entry; the list goes on after it
        else:
            cur = None
    return blocks


def _nested_aside(ln: Line, cur: list[Line], aside: bool) -> bool:
    """A bullet indented under a full citation (a prize, the reviews of a book), or a line that carries on
    such a bullet. Under a short item ('- 2023') a nested list holds the entries themselves."""
    if ln.indent <= cur[0].indent + 1 or cur[0].kind != "item":
        return False
    if aside:
        return ln.kind == "plain" or (ln.kind == "item" and ln.number is None)
    words = sum(len(strip_markup(x.body if x.kind == "item" else x.text).split()) for x in cur)
    return ln.kind == "item" and ln.number is None and words >= 12


def _broken_off(before: str, after: str) -> bool:
    """A line that cannot end an entry ('Hoffman, F. M.,', 'seed-') or one that goes on in lower case."""
    a, b = strip_markup(before).rstrip(), strip_markup(after).lstrip()
    return bool(re.search(r"[,;:&\-]$|\band$", a) or re.match(r"[a-z]", b))


def _page_gap_inside(before: str, after: str) -> bool:
    """A paragraph gap (a page break) inside one entry: the text before cannot end an entry, or the text
    after goes on in lower case and opens with no names ('van Dijk, A.' opens an entry)."""

    a = strip_markup(before).rstrip()
    if re.search(r"[,;:&\-]$|\band$", a):
        return True
    b = strip_markup(after).lstrip()
    if re.match(r"[^\s\t]{1,15}\t", b):
        return False  # "eLife<TAB>Title": a tag in a column of its own opens the next entry
    return not re.search(r"[.?!)\]]$", a) and bool(re.match(r"[a-z]", b)) and not author_prefix(after)[0]


def _is_fragment(ln: Line) -> bool:
    """An item that is only an author list or a venue line continues the entry above."""

    return parse_author_list(strip_markup(ln.body).strip().rstrip(".")) is not None


def _opens_quote(text: str) -> bool:
    """The line leaves a quotation open (“… with no ”)."""
    return quote_open(text)


_GOES_ON = re.compile(r"(?:[:,;&]|\b(?:in|and|und|et|y|e)\b:?)\s*$", re.I)


def _one_per_line(block: list[Line]) -> bool:
    if len(block) < 2:
        return False
    if all(re.search(r"^\S+(?:\s+\S+){2,}\s*<https?://", strip_markup(ln.text)) for ln in block):
        return True  # "Title <link> (with X)" on every line: each line a whole entry
    if any(_opens_quote(strip_markup(ln.text)) for ln in block[:-1]):
        return False  # a quoted title that goes on in the next line: the lines are one entry
    if any(_GOES_ON.search(strip_markup(ln.text)) for ln in block[:-1]):
        return False  # '… noise“. In:' / '*Proceedings of …*': a line that ends in 'In:' or a comma goes on
    if all(re.match(r"\s*[“\"]", strip_markup(ln.text)) for ln in block):
        return True  # '"Title A" (with X)' / '"Title B"': each line opens with its own quoted title
    full = sum(1 for ln in block if len(strip_markup(ln.text)) >= 60  # a year in a DOI or link dates nothing
               and re.search(r"(19|20)\d\d", _DOI_TEXT.sub("", _drop_links(strip_markup(ln.text)))))
    if any(_opens_with_venue(ln) for ln in block[1:]):
        return False  # "… in rural Serbia." / "Journal of Ethnic and Migration Studies, 45(14), …": one entry's venue line
    return full >= 0.8 * len(block)


_DOI_TEXT = re.compile(r"\b(?:doi:?\s*|https?://\S+)?10\.\d{4,9}/\S+", re.I)


def _opens_with_venue(ln: Line) -> bool:
    head = re.split(r"[,(]|\s\d", strip_markup(ln.text), maxsplit=1)[0].strip(" .")
    return len(head.split()) >= 2 and venue_like(head)


def _is_legend(block: list[Line]) -> bool:
    text = " ".join(strip_markup(ln.body if ln.kind == "item" else ln.text) for ln in block).strip()
    if len(text.split()) < 3 or re.fullmatch(r"\([^()]{0,60}\)|\(?continued(?: on (?:the )?next page)?\)?\.?", text, re.I):
        return True  # "(as of January 2025)": a note on the list; a table's "continued on next page"
    if len(text) < 240 and holds_any(fold_case(text), _SUMMARY_WORDS) and _SUMMARY_LINE.search(text):
        return True  # "Google Scholar: 24 publications, h-index 11 (March 2025)": counts, not a work
    if len(text) < 400 and _LIST_NOTE.match(text):
        return True  # "Exported from NCBI My Bibliography …; 41 items, selected items below. Full list: <url>"
    if len(text) < 300 and _LIST_POINTER.search(text):
        return True  # "Member of the X Collaboration since 2017. Selected papers below; full list at <url>"
    short = len(text) < 200 and not re.search(r"(19|20)\d\d", text)
    return short and bool(_LEGEND.search(text) or re.match(r"(?:denotes?|indicates?|marks?)\s", text, re.I))


_LIST_NOTE = re.compile(r"(?:exported|generated|downloaded|retrieved|taken) from\b|(?:last )?updated(?: on)?\s*:?\s+\w|"
                        r"(?:full|complete) (?:list|publication list)\b|see (?:also )?(?:my )?(?:google scholar|orcid|dblp)\b", re.I)


_LIST_POINTER = re.compile(r"\b(?:full|complete) (?:list|publication list|list of (?:papers|publications))\s*(?:at|on|in|:|available)|"
                           r"\bselected (?:papers|publications|works) (?:below|are listed|follow)|"
                           r"\b(?:co-?)?author (?:on|of) (?:over |more than )?\d+ (?:\w+ )?(?:papers|publications|articles)\b", re.I)
_SUMMARY_LINE = re.compile(r"\bh-?index\b|\bi10-index\b|\b\d+\s+(?:refereed |peer-reviewed |journal )?(?:papers|publications|articles)\s*"
                           r"\(\d+\s+(?:as\s+)?first[- ]author|\btotal citations\b|"
                           r"\b(?:google scholar|scopus|web of science)\s*:\s*[\d,.]+\s+citations\b", re.I)
_SUMMARY_WORDS = required_words(_SUMMARY_LINE.pattern, _SUMMARY_LINE.flags)


def section_publications(sec: Section, lines: list[Line], equal: str,
                         warnings: list[str] | None = None) -> list[Publication]:
    flags = [f for rx, f in _SECTION_FLAGS if rx.search(sec.name)]
    if _MIXED_STATES.search(sec.name):
        flags = [f for f in flags if f == "poster"]  # "Preprints and submitted manuscripts": each entry says its state
    pubs = []
    rows, lines = labelled_rows(lines, "pub")  # a table whose header names its columns: one field per cell
    blocks = [b for b in split_entries(lines) if not _is_legend(b) and not is_prose(b) and not _dateline(b)]
    entries = sorted([(r.line.start, r) for r in rows] + [(b[0].start, b) for b in blocks], key=lambda e: e[0])
    year_heads = [(ln.start, int(ln.body.strip())) for ln in lines
                  if ln.kind == "heading" and re.fullmatch(r"\s*(?:19|20)\d\d\s*", ln.body)]
    for order, (_start, block) in enumerate(entries, start=1):
        number = _entry_number(block)
        ctx = EntryContext(section=sec.name, index=number if number is not None else order,
                           equal_symbols=equal, section_flags=flags)
        try:
            if isinstance(block, Row):
                text = block.line.text
                pub = publication_from_cells(block.cells, text, ctx, span=(block.line.start, block.line.end))
            else:
                text = "\n".join(ln.body if ln.kind == "item" else ln.text for ln in block)
                pub = build_publication(text, ctx, span=(block[0].start, block[-1].end))
        except Exception as exc:  # noqa: BLE001 - keep the other entries, say which one failed
            if warnings is not None:
                warnings.append(f"{sec.name} entry {ctx.index}: not parsed ({type(exc).__name__}: {exc})")
            continue
        if pub.title and pub.title.count("|") < 2:
            if pub.year is None:
                pub.year = _heading_year(year_heads, _start)
            if not pub.authors and pubs and REPEATED_AUTHORS.match(strip_markup(text)):
                _same_authors(pub, pubs[-1])
            pubs.append(pub)
    if len(pubs) >= 3 and sum(1 for p in pubs if _evidence(p) >= 1) <= 0.2 * len(pubs):
        return []  # a list of events or names under a publication-like heading, not citations
    if pubs and all(_TALK_LABEL.match(strip_markup(p.raw)) for p in pubs):
        return []  # "Invited talk: “Title”" under "Conferences and seminars": talks given, not papers
    events = sum(1 for p in pubs if not p.authors and _EVENT.search(p.title))
    if len(pubs) >= 3 and events >= 0.6 * len(pubs):
        return []  # "Conferences": meetings attended, named by the event, not works
    return pubs


def _heading_year(heads: list[tuple[int, int]], start: int) -> int | None:
    """'## 2025' over entries: the year a list grouped by year gives an entry that writes none ('in press')."""
    above = [year for at, year in heads if at < start]
    return above[-1] if above else None


def _entry_number(block: "list[Line] | Row") -> int | None:
    """The number a list item or a table row's number cell gives its entry."""
    if isinstance(block, Row):
        num = re.fullmatch(r"\s*(\d{1,4})\s*[.)]?\s*", strip_markup(block.cells.get("number", "")))
        return int(num.group(1)) if num else None
    return block[0].number if block[0].kind == "item" else None


_DATE_WORDS = re.compile(r"\b(?:im|den|am|le|el|on|in|the|de)\b|\d{1,2}(?:st|nd|rd|th|\.)?", re.I)


def _dateline(block: list[Line]) -> bool:
    """'Garching, im Januar 2025', 'Boston, MA, 3 March 2025': the place and date a CV is signed with."""
    if len(block) != 1:
        return False
    text = strip_markup(block[0].body if block[0].kind == "item" else block[0].text).strip(" .")
    found = find_range(text)
    if found is None or found[3][1] < len(text) - 1 or len(text) > 60:
        return False
    place = _DATE_WORDS.sub(" ", text[: found[3][0]]).strip(" ,")
    return bool(place) and is_place(place)


def _same_authors(pub: Publication, above: Publication) -> None:
    """'———. 2022. “Title.”': the entry's authors are those of the entry above."""
    pub.authors, pub.authors_truncated = list(above.authors), above.authors_truncated
    pub.equal_marked = list(above.equal_marked)


def _evidence(p: Publication) -> int:
    """How much of a citation an entry has besides its title."""
    return bool(p.authors) + bool(p.year) + bool(p.venue) + bool(p.links or p.doi) + bool(p.flags)


def _drop_unsupported(pubs: list[Publication]) -> list[Publication]:
    """Where most entries are full citations, a bare line (a teaser, a caption) is not one."""
    if len(pubs) < 4:
        return pubs
    strong = sum(1 for p in pubs if _evidence(p) >= 2)
    if strong < 0.6 * len(pubs):
        return pubs
    # '“The Geography of Patronage Jobs”. Draft available on request.': a quoted title is a work's, not a caption
    return [p for p in pubs if _evidence(p) >= 1 or _QUOTED_OPEN.match(strip_markup(p.raw))]


_QUOTED_OPEN = re.compile(r"\s*(?:\d{1,3}[.)]\s*)?[“\"„«]")


_LEGEND_WORDS = re.compile(
    r"(equal(?:ly)?|co-?first|joint|shared first|student|corresponding|mentee|supervised|advisee|trainee)"
    r"[^.;\n]{0,80}?(?:marked|indicated|denoted|identified|shown|flagged)\s+(?:with|by)\s+(?:an?\s+)?"
    r"(?:(double dagger|dagger|asterisk|star)\s*)?\(?([*†‡])?\)?", re.I)
_LEGEND_VERBS = ("marked", "indicated", "denoted", "identified", "shown", "flagged")
_SYMBOL_NAMES = {"dagger": "†", "double dagger": "‡", "asterisk": "*", "star": "*"}


def equal_symbols(text: str) -> str:
    """Which marker means equal contribution, from a legend if the document has one."""
    equal, other = set(), set()
    plain = strip_markup(text)
    found = [(m.group(1), m.group(2)) for m in _LEGEND.finditer(plain)]

    low = fold_case(plain)  # every _LEGEND_WORDS match holds one of these words
    for m in _LEGEND_WORDS.finditer(plain) if any(map(low.__contains__, _LEGEND_VERBS)) else ():
        sym = m.group(3) or _SYMBOL_NAMES.get((m.group(2) or "").lower())
        if sym:
            found.append((sym, m.group(1)))
    for symbol, kind in found:
        kind = kind.lower()
        if re.search(r"supervis|senior|last|advising", kind):
            other.add(symbol)  # "† equal supervision", "co-senior authors": not equal contribution
            continue
        (equal if kind.startswith(("equal", "co-first", "cofirst", "joint", "shared", "alphabetical", "contribu", "égale",
                                   "egale", "co-premi", "copremi", "igual", "gleich", "共同第一", "同等贡献", "并列第一", "同等貢献",
                                   "共同筆頭"))
         else other).add(symbol)
    for a, b in (("*", "∗"), ("∗", "*")):  # LaTeX's $^*$ prints as U+2217 in a PDF
        if a in equal:
            equal.add(b)
        if a in other:
            other.add(b)
    if equal:
        return "".join(sorted(equal))
    return "".join(c for c in "*∗†" if c not in other)


_GREETING = re.compile(r"\b(?:I['’]m|I am|my name is)\s+([A-Z][^\W\d_]+(?:[-\s][A-Z][^\W\d_]+)?)\b")


def _greeted_owner(text: str, from_authors: str | None) -> str | None:
    """'Hi, I'm Sebastijan!' on a home page and 'Kaplar S.' in its author lists: Sebastijan Kaplar."""

    m = _GREETING.search(strip_markup(text[:3000]))
    if not m or not from_authors:
        return from_authors
    given = m.group(1).split()
    last, firsts = name_parts(from_authors)
    written = [w for w in re.findall(r"[^\W\d_][\w'’\-]*", from_authors) if name_parts(w)[0] == last]
    if len(given) == 1 and written and firsts and firsts[0][:1] == given[0][:1].lower():
        return f"{given[0]} {written[0]}"  # the surname as the author lists write it
    return from_authors


_CONTACT_HEADING = re.compile(r"\b(?:contact|personal (?:information|details|data)|address)\b", re.I)


def _person(profile: Profile, header: Section, sections: list[Section], text: Text) -> None:
    name = find_name(split_lines(text.text))
    if name is None:
        name = _greeted_owner(text.text, owner_from_authors(profile.publications))
    head_lines = list(header.lines)
    for sec in sections:  # the name set as a heading, a "Contact" block: still the document's header
        if sec is header:
            continue
        # "Name, PhD", "Name – Curriculum Vitae": the name before a comma or a spaced dash
        named = bool(name) and same_person(re.split(r",|\s[|–—]\s", strip_markup(sec.title))[0].strip(), name)
        if not (named or _CONTACT_HEADING.search(sec.title)):
            if categorise(sec.title) is not None:
                break
            continue
        head_lines += sec.lines[:20]
    header_text = "\n".join(ln.text for ln in head_lines)
    contacts = find_contacts(strip_markup(header_text), strip_markup(text.text))
    contacts.name = name or ""
    profile.person = contacts


def _other_script(a: str, b: str) -> bool:
    """One name written in Chinese, Japanese or Korean characters, the other not."""
    return bool(CJK.search(a)) != bool(CJK.search(b))


def assign_owner(profile: Profile) -> None:
    """self_index: the owner among each entry's authors (bold wins when names are ambiguous)."""
    owner = profile.person.name
    for p in profile.publications:
        bold = getattr(p, "_bold", [])
        hits = [i for i, a in enumerate(p.authors) if owner and same_person(a, owner)]
        if len(hits) > 1:
            hits = [i for i in hits if i < len(bold) and bold[i]] or hits[:1]
        if not hits and bold and sum(bold) == 1 and (not owner or _other_script(p.authors[bold.index(True)], owner)):
            hits = [bold.index(True)]  # "**邵明哲**" beside the owner's Latin name: the bold name is the owner's
        p.self_index = hits[0] if hits else None


def _map_spans(profile: Profile, text: Text) -> None:
    """Spans so far are offsets in Text.text; map them to the source document."""
    for group in (profile.publications, profile.education, profile.positions, profile.awards):
        for item in group:
            if item.span is not None:
                item.span = text.source_span(*item.span)
