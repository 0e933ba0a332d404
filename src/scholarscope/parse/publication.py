"""Entry text + its context -> a Publication with type, venue, flags and author roles."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..read.text import fold_case, strip_markup
from ..records import Publication
from .entry import Fields, pre_clean, segment, split_authors
from .field_text import imprint_in, short_year
from .markers import Markers, extract_links
from .places import is_imprint_city, split_trailing_places
from .rxgate import AtStart, gated
from .sections import categorise
from .venues import Venue, normalise_venue

# links and their labels ("[arXiv](url)", "arXiv <url>"): a link to arXiv is no text that names the venue
_LINK_LABELS = re.compile(r"\[\[?[^\[\]]{0,20}\]?\]\([^)]*\)|\[?\w{0,12}\]?\s*<[^<>\s]+>|https?://\S+")
_PREPRINT_LINK = re.compile(r"arxiv\.org|biorxiv|medrxiv|ssrn\.com|osf\.io|psyarxiv|openreview\.net/forum", re.I)
_CHAPTER = re.compile(r"\b(?:eds?\.|\(eds?\.?\)|edited by|editors?|hrsg\.|coord\.)|^\s*(?:In|En)\s", re.I)


@dataclass
class EntryContext:
    """What the document around an entry tells about it."""

    section: str = "publications"
    index: int = 1
    equal_symbols: str = "*†"
    section_flags: list[str] = field(default_factory=list)


_NEWS_START = re.compile(r"news\b", re.I)
_LEFT_YEAR = re.compile(r"(?<![\d./:\-])((?:19[5-9]|20[0-4])\d)(?!\d)(?!\s?[-–]\s?\d)")


def build_publication(text: str, ctx: EntryContext, span: tuple[int, int] | None = None) -> Publication:
    """Parse one entry's text (with light markup) into a Publication."""
    cleaned, markers = pre_clean(text)
    return _publication(text, cleaned, markers, segment(cleaned), ctx, span)


def publication_from_cells(cells: dict[str, str], text: str, ctx: EntryContext,
                           span: tuple[int, int] | None = None) -> Publication:
    """A row of a table whose header names its columns (Authors | Title | Journal | Year): each cell is one
    field, so the title needs no citation parsing. Status words and links are looked for outside the title
    ('… a decade in review' is no state), the title's own links kept."""
    title_marks = Markers()
    title_clean = extract_links(cells.get("title", ""), title_marks)
    rest = "\t".join(v for k, v in cells.items() if k not in ("title", "authors"))
    _, markers = pre_clean(rest)
    markers.links = title_marks.links + [u for u in markers.links if u not in title_marks.links]
    markers.doi = markers.doi or title_marks.doi
    year = _LEFT_YEAR.search(strip_markup(cells.get("year", "")))
    f = Fields(title=" ".join(strip_markup(title_clean).split()).strip(" ."), authors_raw=cells.get("authors", ""),
               venue_raw=" ".join(strip_markup(cells.get("venue", "")).split()),
               year=int(year.group(1)) if year else None,
               publisher=" ".join(strip_markup(cells.get("publisher", "")).split()))
    cleaned = ". ".join(strip_markup(v) for k, v in cells.items() if k not in ("number", "impact"))
    return _publication(text, cleaned, markers, f, ctx, span)


def _publication(text: str, cleaned: str, markers: Markers, f: Fields, ctx: EntryContext,
                 span: tuple[int, int] | None) -> Publication:
    """The Publication of an entry segmented into f: venue, year, type, flags and notes."""
    if not f.title and f.venue_raw and not f.no_title:
        f.title, f.venue_raw = f.venue_raw, ""
    if _NEWS_START.match(f.venue_raw or ""):
        f.venue_raw = _NEWS_LEAD.sub("", f.venue_raw)
        if _BRACKETED_YEAR.fullmatch(f.venue_raw.strip()):
            f.venue_raw = ""
    if f.venue_raw and not f.publisher:
        f.publisher = imprint_in(strip_markup(cleaned))
    pos = _POS_NAME.search(cleaned) if (f.venue_raw or "").strip(" .") in ("PoS", "Proceedings of Science") else None
    if pos:
        f.venue_raw = pos.group(0)  # "PoS(Vertex2017)045": the bracket names the conference
    names, marks, truncated, bold = split_authors(f.authors_raw)
    venue = normalise_venue(f.venue_raw) if f.venue_raw else Venue(None)
    if venue.name and venue.name.startswith("Proceedings of the ACM on "):
        venue = _issue_venue(strip_markup(cleaned), f.venue_raw, venue)
    _note_news(text, f, markers)
    pub = Publication(
        section=ctx.section, index=ctx.index, title=f.title, authors=names,
        authors_truncated=truncated,
        equal_marked=[i for i, mk in enumerate(marks) if any(c in ctx.equal_symbols for c in mk)],
        venue=venue.name, venue_raw=f.venue_raw or None, year=f.year,
        links=markers.links, doi=markers.doi, publisher=f.publisher or None, span=span, raw=text,
    )
    if pub.year is None:  # a year the segmentation left out (e.g. inside a workshop name)
        rest = strip_markup(cleaned).replace(f.title, " ")
        m = _LEFT_YEAR.search(rest)
        pub.year = int(m.group(1)) if m else short_year(f.venue_raw or "")
    status = {"to_appear", "submitted", "under_review", "in_preparation"}
    own = [x for x in markers.flags if x in status]
    # a heading like "Submitted or under review" says less than the entry's own status
    pub.flags = list(dict.fromkeys(markers.flags + list(f.flags) + ([] if own else ctx.section_flags)))
    # a type badge beside the citation ("PhD Thesis") is evidence of the type, not text of a field
    pub.type = infer_type(f, venue, pub, ctx, strip_markup(cleaned) + "".join(". " + c for c in markers.cells))
    if venue.name and {"submitted", "under_review"} & set(own) and "to_appear" not in own and f.venue_raw \
            and _STATE_AFTER_VENUE.search(text[text.find(f.venue_raw) + len(f.venue_raw):][:40] if f.venue_raw in text else ""):
        markers.notes.append(f"sent to {venue.name}")  # "2025, MNRAS, under review": where it was sent (gold P5)
        pub.venue, pub.type = None, "other"
    elif not own and {"submitted", "under_review"} & set(ctx.section_flags) and venue.kind in ("journal", "conference"):
        # under "Submitted" or "Revision Requested" the journal named is where it was sent, not where it appeared
        markers.notes.append(f"sent to {venue.name}")
        pub.venue, pub.type = None, "other"
    if "poster" in pub.flags and pub.type not in ("workshop", "findings"):
        pub.type = "other"  # a poster (abstract) is a presentation, even when a journal printed its abstract
    if markers.medium:
        pub.type = "other"  # a data set or a piece of software, whoever hosts it
    if (pub.venue is None or (pub.venue_raw or "").lower() in ("preprint", "e-print", "eprint")) \
            and "arxiv" in fold_case(text) and _ARXIV.search(_LINK_LABELS.sub(" ", text)):  # links out, a space each
        pub.venue = "arXiv"  # "preprint (2023), arXiv:2309.04412": the text names the server
        if pub.type in (None, "other") and "poster" not in pub.flags:
            pub.type = "preprint"
    if "patent" in _section_says(ctx.section) and "mixed" not in _section_says(ctx.section) or _PATENT_NUMBER.search(text):
        pub.type, pub.venue, pub.venue_raw = "other", None, None  # a patent's office and number are no venue
    if pub.type == "thesis" and pub.venue_raw and not venue.known:
        # a school is named in full: "Karlsruher Institut für Technologie (KIT)", not "KIT"; its city is no part of it
        # "Kgs. Lyngby: Technical University of Denmark": the imprint's city before the school
        city = _IMPRINT_CITY.match(pub.venue_raw)
        school = pub.venue_raw
        if city and (is_imprint_city(city.group(1).strip()) or (_SCHOOL.search(pub.venue_raw[city.end():])
                                                                and not _SCHOOL.search(city.group(1)))):
            school = pub.venue_raw[city.end():]
        pub.venue = split_trailing_places(school)[0]
    if pub.type == "thesis" and pub.venue_raw and not pub.publisher:
        pub.publisher = pub.venue_raw  # the school that grants a thesis publishes it (BibTeX "school")
    if categorise(ctx.section) == "talks":
        # a talk or poster listed with the works: the venue is the event, not a proceedings
        pub.type = "other"
        pub.flags = [x for x in pub.flags if x != "workshop"]
        pub.flags.append("poster" if _POSTER.search(text) else "talk")
        if venue.name:
            pub.venue = _SESSION_NOTE.sub("", venue.name).strip()
    if pub.type == "workshop" and "workshop" not in pub.flags:
        pub.flags.append("workshop")
    if pub.type == "findings" and "findings" not in pub.flags:
        pub.flags.append("findings")
    pub.note = "; ".join(markers.notes) or None
    pub._bold = bold  # type: ignore[attr-defined]  # used for owner detection, not serialised
    return pub


def _issue_venue(plain: str, venue_raw: str, venue: Venue) -> Venue:
    """'Proc. ACM Program. Lang. 8(POPL)': the issue after the journal's name, which the segmentation left out
    with the volume, names the conference whose proceedings it is."""
    at = plain.find(venue_raw)
    issue = normalise_venue(plain[at: at + len(venue_raw) + 24]) if at >= 0 else venue
    return issue if issue.kind == "conference" else venue


def _note_news(text: str, f: Fields, m: Markers) -> None:
    rest = strip_markup(text).replace(f.title, " ")
    if "News" in rest and _NEWS.search(rest):  # every match is the word itself
        m.flag("news")


_SCHOOL = re.compile(r"universit|institut|school|college|hochschule|polytechn|[ée]cole|academy", re.I)


def _book_in_book_section(says: frozenset[str], text: str) -> bool:
    # "Books and chapters", not "Book chapters"
    return "books and chapters" in says and not _IN_BOOK_OR_EDS.search(text)


# what a section's name says of its entries, each searched in the name in lower case (the patterns
# infer_type and build_publication ask of every entry; "patent" in the name as written, case-insensitively):
# answered once per name
_SECTION_SAYS = [
    ("thesis", re.compile(r"\b(thes[ie]s|dissertation|tesis|these|th[èe]ses?|tesi)\b")),
    ("popular", re.compile(r"\b(?:popular|magazines?|outreach|op-?eds?|media|blogs?)\b")),
    ("chapter", re.compile(r"\b(chapters?|cap[íi]tulos?|capitol[oi]|chapitres?|kapitel|encyclop(?:a)?edia)\b")),
    ("preprints", re.compile(r"\bpreprints?\b")),
    ("preprint or submitted", re.compile(r"\b(preprints?|submitted|sottomess[io])\b")),
    ("working", re.compile(r"\b(working papers?|manuscripts?)\b")),
    ("other", re.compile(r"\b(reports?|talks?|presentations?|posters?|patents?|other|books?|works? in progress|writings?|"
                         r"policy|op-?eds?|blogs?|essays|media|popular|magazines?|outreach)\b")),
    ("book review", re.compile(r"\bbook reviews?\b")),
    ("conference", re.compile(r"\b(conference|proceedings|symposium|convegn[oi]|congress[oi]|tagung(?:en|sb[äa]nde)?)\b")),
    # "Conference abstracts", "Poster abstracts", "Resumos publicados em anais": presentations, whatever printed them
    ("abstracts", re.compile(r"(?<!extended )\b(abstracts|resumos|res[úu]menes|kurzfassungen)\b")),
]
_BOOKS = re.compile(r"\b(?:books?|libros?|livres?|b[üu]cher|monographs?)\b(?!\s+(?:chapters?|cap))")
_CHAPTERS = re.compile(r"\bcap[íi]tulos?|chapters?")
_PATENTS = re.compile(r"\bpatents?\b", re.I)


@lru_cache(maxsize=4096)
def _section_says(section: str) -> frozenset[str]:
    sec = section.lower()
    says = {key for key, rx in _SECTION_SAYS if rx.search(sec)}
    if _BOOKS.search(sec) and _CHAPTERS.search(sec):
        says.add("books and chapters")
    if _PATENTS.search(section):
        says.add("patent")
    if len(says & {"thesis", "patent", "preprints"}) > 1 or ("thesis" in says and _ARTICLES.search(sec)):
        says.add("mixed")  # "Dissertation, Patent und Preprint", "Journal articles, chapters and thesis": each entry
        # says what it is
    return frozenset(says)


_ARTICLES = re.compile(r"\b(?:articles?|papers?|publications?|chapters?|books?)\b")


_NEWS_LEAD = AtStart(re.compile(r"^news\b[\s,.;]*", re.I))
_NEWS = re.compile(r"(?<![\w-])News(?![\w-])")
_BRACKETED_YEAR = re.compile(r"\(?(19|20)\d\d\)?")
_POS_NAME = re.compile(r"PoS\s*\([^()\s]{2,30}\)|PoS\s+[\ue000-\ue003]?[A-Za-z][A-Za-z&\-]*(?:19|20)?\d\d\b")  # "PoS ICHEP2022"
_ARXIV = re.compile(r"\barxiv\b", re.I)
# "US Patent No. 11,234,567", "Dt. Pat. DE 10 2021 115 342 A1" (German numbers are grouped by spaces)
_PATENT_NUMBER = gated(re.compile(r"\b(?:patent|pat\.)\s*(?:no\.?|number|application|appl\.)?\s*(?:[A-Z]{2}\s?)?"
                                  r"(?:[\d,./-]{5,}|\d{2}(?:\s\d{3,4}){2,})", re.I))
_IMPRINT_CITY = re.compile(r"([^:]{2,30}):\s*(?=\S)")
_POSTER = re.compile(r"\bposter", re.I)
_SESSION_NOTE = re.compile(r"\s*\([^()]*(?:poster|session|demo)[^()]*\)", re.I)
_THESIS_TEXT = gated(re.compile(
    r"\b(?:ph\.?\s?d\.?|master'?s?|doctoral|bachelor'?s?|diploma|m\.?sc\.?|b\.?sc\.?)\s+(?:thesis|dissertation)\b|\btesis doctoral\b|"
    r"\btesi di dottorato\b|"
    r"\bdoctoral dissertation\b|(?:^|[.;]\s)(?:dissertation|doktorarbeit|th[èe]se de doctorat|habilitationsschrift|habilitation thesis)\s*,|"
    r"\[(?:doctoral\s+|master'?s\s+)?(?:dissertation|thesis)\]|(?:^|[.;]\s)diss\.\s|"  # "[dissertation]", "Diss. Aachen"
    r"\b[A-Z]{2,10}-THESIS-(?:19|20)\d\d",  # "CERN-THESIS-2020-145": a thesis by its report number
    re.I))
_THESIS_VENUE = re.compile(r"\b(ph\.?d\.?|master'?s?|doctoral|bachelor'?s?)\s+(thesis|dissertation)\b", re.I)
_THESIS_VENUE_START = re.compile(r"\s*(?:dissertation|doktorarbeit|th[èe]se de doctorat|tesis doctoral)\b", re.I)
_EDS_PAREN = re.compile(r"\((?:eds?|hrsg|orgs?)\.?\)", re.I)
_IN_BOOK = re.compile(r"(?:^|[.,–—]\s|\n)(?:In|En):?\s")
_IN_BOOK_OR_EDS = re.compile(r"(?:^|[.,]\s)(?:In|En|Dans|Em)\s?:?\s|\(eds?\.?\)|\beds?\.,")
_PROC_WORD = re.compile(r"\bproc", re.I)
_PRESENTED_AT = re.compile(r"\bpresented at\b", re.I)
_PROCEEDINGS_SERIES = re.compile(r"proceedings|conference|symposium|workshop|papersonline", re.I)
_JOURNAL_NUMBERS = re.compile(r"\d+\s*\(\d+\)|\bvol\.|\bno\.\s*\d|\d+\s*:\s*\d+", re.I)


_VANCOUVER_ISSUE = re.compile(r"\b(?:19|20)\d\d(?:\s[A-Z][a-z]{2}(?:\s\d{1,2})?)?;\s?\d+\s?\(\d+(?:[-–]\d+)?\)")
# ", 189, 115478" / " 12(3), 45–67": a volume and an article number or pages follow a journal's name
_VOLUME_NUMBERS = re.compile(r"\s*,?\s*\d{1,4}\s*(?:\(\d+\))?\s*,\s*(?:e?\d{3,}|\d+\s*[–-]\s*\d+)")


def _volume_after(name: str, text: str) -> bool:
    """'LWT, 189, 115478': an acronym naming a journal, by the volume and article number after it."""
    at = text.find(name)
    return at >= 0 and _VOLUME_NUMBERS.match(text, at + len(name)) is not None


_STATE_AFTER_VENUE = re.compile(r"^\s*[,(]?\s*(?:under review|in review|under revision|submitted|under submission)\b", re.I)
_ACRONYM_ONLY = re.compile(r"[A-Z][A-Za-z]*[A-Z](?:\s*\([A-Z][a-z]+\))?")


def infer_type(f: Fields, venue: Venue, pub: Publication, ctx: EntryContext, text: str = "") -> str:
    """conference | journal | workshop | preprint | findings | thesis | chapter | other."""
    says = _section_says(ctx.section)
    raw = (f.venue_raw or "")
    if f.kind:  # the citation states its type ("[C]" in GB/T 7714)
        return "workshop" if f.kind == "conference" and (venue.workshop or venue.kind == "workshop") else f.kind
    if _THESIS_TEXT.search(text):
        return "thesis"
    if venue.findings:
        return "findings"
    if venue.workshop or venue.kind == "workshop":
        return "workshop"
    if "thesis" in says and "mixed" not in says or _THESIS_VENUE.search(raw) or _THESIS_VENUE_START.match(raw):
        return "thesis"
    if "abstracts" in says:
        return "other"
    if venue.known and venue.kind == "journal":
        return "journal"  # a known journal, even under "Book chapters and other publications"
    if "popular" in says:
        return "other"  # "Popular articles": a magazine is no journal of the field
    if f.publisher and not venue.known:
        in_book = "chapter" in says or _IN_BOOK.search(text) \
            or (raw.strip(" .,") != f.publisher and _CHAPTER.search(text))
        return "chapter" if in_book else "other"  # a book, or a chapter in one (a book named besides its publisher)
    if _book_in_book_section(says, text):
        return "other"  # "Libros y capítulos de libros": a book is no chapter; a chapter says "In:"
    if "chapter" in says and "mixed" not in says or (_CHAPTER.search(raw) and venue.kind not in ("journal", "conference", "workshop") and not _PROC_WORD.search(raw)):
        return "chapter"
    if venue.kind is None and _IN_BOOK.search(text) and _EDS_PAREN.search(text) and not _PROC_WORD.search(raw):
        return "chapter"  # "In: Roe A, Lee B (eds) Book, 2nd edn. Series, vol 2590": the editors went with the names
    if venue.kind in ("conference", "journal", "preprint"):
        return venue.kind
    if venue.name and _PRESENTED_AT.search(text) and "poster" not in pub.flags:
        return "conference"  # "Presented at the PCIM Europe 2021": a meeting, even one the venue table lacks
    if venue.kind == "book_series" and _PROCEEDINGS_SERIES.search(venue.name or ""):
        return "conference"  # a proceedings series (ASP Conf. Ser., IAU Symposium, EPJ Web of Conferences)
    if "preprints" in says and not venue.name:
        return "preprint"  # "Preprints and manuscripts in review": the section says what they are
    if any(x in pub.flags for x in ("in_preparation", "under_review")) and not venue.name:
        return "other"
    if "submitted" in pub.flags and not venue.name:
        return "preprint"
    if "preprint or submitted" in says and not venue.name:
        return "preprint"
    if "working" in says and not venue.name:
        # a preprint is posted on a preprint server; a working paper on the author's or a bank's site is not
        return "preprint" if any(_PREPRINT_LINK.search(u) for u in pub.links) else "other"
    if "other" in says and "book review" not in says and "mixed" not in says:
        return "other"
    if not venue.name:
        return "preprint" if any(_PREPRINT_LINK.search(u) for u in pub.links) else "other"
    if _VANCOUVER_ISSUE.search(text):
        return "journal"  # "AIDS. 2019;33(9):1453-61": year; volume(issue) — a journal whatever its name looks like
    if _ACRONYM_ONLY.fullmatch(raw.strip(" .,")) and not _volume_after(raw.strip(" .,"), text):
        return "conference"  # "ISEC 2014: 1-10" (dblp): a meeting the table lacks, named by its acronym alone
    if _JOURNAL_NUMBERS.search(raw):
        return "journal"
    if "conference" in says:
        return "conference"
    # a named venue that is neither a meeting nor a preprint server is most often a journal
    return "journal"


# every memo of this module, for parse.clear_caches()
CACHES = (_section_says,)
