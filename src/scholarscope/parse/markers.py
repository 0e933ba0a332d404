"""Markers inside a publication entry: links, DOIs, status and award flags, notes.

Each extractor returns what it found and the entry text with it removed, so the remaining
text holds only authors, title and venue.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..read.text import MARKUP_CHARS, fold_case
from .rxgate import holds_any, required_words

_ANGLE_URL = re.compile(r"<(\{\{[^{}<>]*\}\}[^<>\s]*|(?:https?|ftp|mailto|file|doi|tel):[^<>\s]+|www\.[^<>\s]+|[\w.~\-]+/[^<>\s]*|/(?:[\w.~\-]+/)+[^<>\s]*|/[\w~\-]+\.[a-z0-9]{2,5}|[\w\-]+\.[a-z]{2,5}(?:[/?#][^<>\s]*)?)>")
_BARE_URL = re.compile(r"(?<![\w/<])((?:https?://|www\.)[^\s<>\"\]\)\ue000-\ue003]*[^\s<>\"\]\).,;:\ue000-\ue003])")
# "https://doi.org/10.3847/1538-" / "4357/aaa54d": a bare URL the width broke after a hyphen or slash
_WRAPPED_URL = re.compile(r"((?<![\w/<])(?:https?://|www\.)[^\s<>\"]*[-/])\s+(?=[\w.\-]*\d[\w.\-]*/|[\w.\-]*/[\w.\-]*\d)")
_DOI_URL = re.compile(r"^https?://(?:dx\.)?doi\.org/(10\.\S+)$", re.I)
_DOI_LABEL = re.compile(r"\b(?:doi|DOI)\s*[:=]?\s*(10\.\d{4,9}/[^\s,;]+[^\s,;.)])", re.I)
_LABEL_WORDS = (r"paper|pdf|code|slides?|video|talk|project(?:\s+page)?|arxiv|html|bib(?:tex)?|poster|website|"
                r"github|link|doi|publisher|preprint|news|blog|data(?:set)?|supp(?:lementary)?(?:\s+material)?|"
                r"proceedings|openreview|abstract|demo|media|press|full\s+text|journal|ssrn|url|web|page|"
                r"repo(?:sitory)?|software|summary|erratum|appendix|presentation|recording|youtube|official|"
                r"accepted\s+version|published\s+version|preprint\s+version|author\s+version|online|view|read|"
                r"download|ads|nasa\s+ads|pubmed|pmc|google\s+scholar|scholar|semantic\s+scholar|dblp|biorxiv|medrxiv|"
                r"osf|(?:open\s+)?materials|abs")
_PAREN_LABEL_WORDS = r"pdf|code|slides?|video|bib(?:tex)?|link|html|pptx?|poster|github|website|project(?:\s+page)?"
# "[Paper]" is always a link label; in parentheses only unambiguous ones are ("(abstract)" may be title text)
_FILE_KIND = r"(?:\s*\(\s*(?:pdf|pptx?|key|html?|zip|ps|tex|txt|docx?|mp4|odp)\s*\))?"  # "[slides (pptx)]"
_BRACKET_LABEL = re.compile(rf"\[\s*(?:{_LABEL_WORDS}){_FILE_KIND}(?:\s*[|/,]\s*(?:{_LABEL_WORDS}){_FILE_KIND})*\s*\]|"
                            rf"\(\s*(?:{_PAREN_LABEL_WORDS})(?:\s*[|/,]\s*(?:{_PAREN_LABEL_WORDS}))*\s*\)", re.I)


@dataclass
class Markers:
    """What was found in an entry besides authors, title and venue."""

    links: list[str] = field(default_factory=list)
    doi: str | None = None
    flags: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    medium: str | None = None  # "[Data set]", "[Software]": the work is no paper
    cells: list[str] = field(default_factory=list)  # short cells set right of the citation ("PhD Thesis")

    def flag(self, name: str) -> None:
        if name not in self.flags:
            self.flags.append(name)


def extract_links(s: str, m: Markers) -> str:
    """Collect URLs in order of appearance and drop them (with their label words) from the text."""
    found: list[tuple[int, str]] = []

    def angle(mt: re.Match) -> str:
        found.append((mt.start(), mt.group(1)))
        return " \x00 "

    if "<" in s:
        if "http" in s or "www." in s:  # each printed URL the width broke starts with one of them
            s = _SPLIT_URL_TEXT.sub(_drop_split_url_text, s)
        s = _ANGLE_URL.sub(angle, s)

    def bare(mt: re.Match) -> str:
        found.append((mt.start(), mt.group(1)))
        return " \x00 "

    if "http" in s or "www." in s:  # each bare URL starts with one of them
        s = _BARE_URL.sub(bare, _WRAPPED_URL.sub(r"\1", s))
    for _, url in found:  # substitution order == appearance order within each pass; fine for CVs
        if url.lower().startswith("mailto:"):
            continue
        if url not in m.links:
            m.links.append(url)
        d = _DOI_URL.match(url)
        if d and not m.doi:
            m.doi = d.group(1).rstrip(".")
    mdoi = _DOI_LABEL.search(s) if "10." in s else None
    if mdoi and not m.doi:
        m.doi = mdoi.group(1)
    if mdoi:
        s = s[: mdoi.start()] + s[mdoi.end():]
    if "[" in s or "(" in s:
        s = _BRACKET_LABEL.sub(" ", s)
    s = _drop_link_labels(s)
    return s


# "https://d oi.org/10.1093/x <https://doi.org/10.1093/x>": a printed URL the width broke anywhere, then its link
_SPLIT_URL_TEXT = re.compile(r"((?:https?://|www\.)\S*(?:[ \t\n]+[^\s<>]+){1,4})[ \t]*(?=<((?:https?://|www\.)[^<>\s]+)>)")


def _drop_split_url_text(m: re.Match) -> str:
    joined = re.sub(r"\s+", "", m.group(1))
    return " " if joined.rstrip(".,;") == m.group(2).rstrip("/.") or joined == m.group(2) else m.group(0)


def _drop_link_labels(s: str) -> str:
    """Remove short anchor words that stood before a link ('PDF <url>', '[Paper] <url>')."""
    if "\x00" in s:  # the place of a link taken out
        if _may_hold_link_label(s):
            s = _LINK_LABEL.sub(" \x00", s)
        s = _close_link_gaps(s)
    if "[" in s or "(" in s:
        s = _EMPTY_BRACKETS.sub(" ", s)
    return s


_LINK_LABEL = re.compile(rf"(?:(?<=\s)|^)[\[(]?(?:{_LABEL_WORDS})[\])]?[:]?[ \t]*\x00", re.I)
_LINK_GAP = re.compile(r"[ \t]*\x00[ \t]*")
# how a label word of _LABEL_WORDS ends (the part after its last space), as fold_case writes it
_LABEL_ENDINGS = ("paper", "pdf", "code", "slide", "slides", "video", "talk", "project", "page", "arxiv", "html", "bib",
                  "bibtex", "poster", "website", "github", "link", "doi", "publisher", "preprint", "news", "blog", "data",
                  "dataset", "supp", "supplementary", "material", "proceedings", "openreview", "abstract", "demo",
                  "media", "press", "text", "journal", "ssrn", "url", "web", "repo", "repository", "software",
                  "summary", "erratum", "appendix", "presentation", "recording", "youtube", "official", "version",
                  "online", "view", "read", "download", "ads", "pubmed", "pmc", "scholar", "dblp", "biorxiv", "medrxiv",
                  "osf", "materials", "abs")


def _may_hold_link_label(s: str) -> bool:
    """A cheap exact test that _LINK_LABEL can match (a failed search tries every label word at every
    position): a match ends at the place of a link, and before it, past spaces, a colon and a closing
    bracket, its label word ends."""
    z = s.find("\x00")
    while z >= 0:
        t = s[:z].rstrip(" \t")
        t = t[:-1] if t.endswith(":") else t
        t = t[:-1] if t.endswith(("]", ")")) else t
        if fold_case(t[-16:]).endswith(_LABEL_ENDINGS):
            return True
        z = s.find("\x00", z + 1)
    return False


def _close_link_gaps(s: str) -> str:
    """_LINK_GAP.sub(" ", s): each place of a link, with the spaces and tabs around it, becomes one space."""
    parts = s.split("\x00")
    return " ".join([parts[0].rstrip(" \t"), *(p.strip(" \t") for p in parts[1:-1]), parts[-1].lstrip(" \t")])
_EMPTY_BRACKETS = re.compile(r"\[\s*\]|\(\s*\)")


# a journal's name that layout wrapped after a joining word ("Journal of" / "Pediatric Psychology")
# or before the entry's last line that only ends that name ("Journal of Pediatric" / "Psychology.")
_WRAP_AFTER_JOIN = (r"(?:(?:(?<= of)|(?<= and)|(?<= for)|(?<= in)|(?<= on)|(?<= the)|(?<= &))[ \t]*\n\s*|"
                    r"[ \t]*\n\s*(?=[A-Z][A-Za-z&'’ -]{0,60}\.?\s*\Z))")

_STATUS: list[tuple[str, str, bool]] = [
    # (flag, pattern, keep matched text as note)
    ("to_appear", r"\(\s*(?:to appear|in press|forthcoming|accepted(?: for publication)?)\s*\)", True),
    ("to_appear", r"\bjust accepted(?: manuscript)?\b|\baccepted (?:in|at|by|for publication in)\b|\b(?:accepted and )?to appear(?: in)?\b|\bin press(?: at| in)?\b|\bforthcoming(?: in| at)?\b", False),
    ("to_appear", r"[,;]\s*accepted(?: for publication)?[ \t]*(?=[.;]?[ \t]*(?:\n|$|with\b))", False),  # "Journal, accepted"
    # the same states written in German, French and Spanish CVs
    ("to_appear", r"\(\s*(?:angenommen|im druck|zur ver[öo]ffentlichung angenommen|sous presse|accept[ée]|en prensa|aceptado)"
                  r"(?:\s*[,;]\s*(?:im druck|sous presse|en prensa))?\s*\)|\b(?:im druck|sous presse|en prensa|in corso di stampa|in druk)\b", False),
    ("submitted", r"\b(?:eingereicht|soumis|enviado|sometido|sottomess[oa]|inviato|ingediend)(?:\s+(?:bei|an|à|a|bij))?\b(?:[^,;)\n\]]|\n\s*(?=[A-Z]))*", True),
    ("under_review", r"\bin revisione(?:\s*\([^()]*\))?\s+presso\s+[^.,;()\n]+", True),  # "In revisione presso X"
    ("submitted", r"\[\s*manuscript submitted[^\]]*\]|\(\s*manuscript submitted[^)]*\)", False),
    ("under_review", r"\[\s*manuscript (?:under review|in review)[^\]]*\]", False),
    ("in_preparation", r"\[\s*manuscript in preparation[^\]]*\]", False),
    ("submitted", r"\bsubmit(?:ted)? to\b(?:[^,;)\n\]]|" + _WRAP_AFTER_JOIN + r")*", True),
    ("submitted", r"\(\s*submitted\s*\)|\bsubmitted\b(?=\s*[.,;)]|\s*$)", False),
    ("submitted", r"\bunder submission\b", False),
    ("under_review", r"\b(?:under review|in review|under revision|revise\s*(?:and|&)\s*resubmit|r\s*&\s*r)(?:\s+(?:at|in|with|for)|,)\s+(?![“\"])"
                     r"(?:[^.,;()\n]|" + _WRAP_AFTER_JOIN + r")+", True),
    ("under_review", r"\(\s*(?:under review|in review|under revision|revise and resubmit|r\s*&\s*r|major revision|minor revision)[^)]*\)|\b(?:under review|in review|under revision|revise and resubmit)\b", False),
    ("", r"(?<![\w-])(?:unpublished\s+)?(?:manuscript|mimeo)(?=\s*[,.]\s*(?:\(?(?:19|20)\d\d|$))", False),  # a state, not a venue
    ("in_preparation", r"\(\s*(?:in prep(?:aration)?\.?|manuscript in preparation)\s*\)|\b(?:manuscript )?in prep(?:aration)?\b\.?", False),
    ("random_order", r"\(\s*(?:authors? (?:listed )?in )?random(?:ized)? order\s*\)|ⓡ", False),
    ("poster", r"\[\s*poster(?: presentation)?\s*\]\.?", False),  # a Vancouver "[poster]" tag
    ("", r"\badvance online publication\b", True),  # APA: published online before its issue, a note
    # AMA/Vancouver "Poster presented at: Meeting; date; place.": the flag only, the words still end the title
    ("poster", r"(?=\bposter\s+presented\s+at\b)", False),
    ("best_student_paper", r"\(?\s*best student paper(?: award)?\s*\)?", False),
    ("best_paper", r"\(?\s*best paper(?: award)?\s*\)?(?!\s*(?:finalist|nominee|nomination|candidate|honou?rable|runner))", False),
    # the same prize in French, Spanish, Portuguese, Italian and German
    ("best_paper", r"\(?\s*(?:prix du meilleur (?:article|papier)|premio al? mejor art[íi]culo|pr[êe]mio de melhor artigo|"
                   r"premio (?:per il )?miglior articolo|best[- ]paper[- ]preis|preis f[üu]r das beste paper)\s*\)?\.?", False),
    ("award", r"\(\s*[^()]*\b(?:award|prize|finalist|honou?rable mention|nominee)\b[^()]*\)", True),
    # written out: "Best Paper Honorable Mention", "Best Paper Finalist", "Distinguished Paper Award"
    ("award", r"\b(?:best (?:paper|student paper|demo|poster|artifact)|distinguished (?:paper|artifact)|outstanding paper)\s+"
              r"(?:honou?rable mention|finalist|nominee|nomination|runner[- ]up|award|prize)\b", True),
]
_STATUS_RX = [(f, re.compile(p, re.I), keep) for f, p, keep in _STATUS]
_NOTES = [
    re.compile(r"\(\s*accept(?:ance|ed)?\s*rate\s*[:=]?\s*[\d.]+\s*%[^)]*\)", re.I),
    re.compile(r"\(\s*(?:authors? (?:listed )?in )?alphabetical(?: order)?[^)]*\)", re.I),
    re.compile(r"\(\s*[*†‡]\s*(?:denotes |indicates |: ?|= ?)?(?:equal|co-first|joint)[^)]*\)", re.I),
    re.compile(r"\[\s*(?:WoS|Scopus|WoS/Scopus|Scopus/WoS|SciELO)[^\]]*\]", re.I),
    re.compile(r"(?<![\w-])under contract(?: with [^.;,()]+)?", re.I),  # a book's state: "Oxford University Press. Under contract"
    # another version of the work, named with its own venue and year: "Conference version in SODA 2019."
    re.compile(r"(?:^|(?<=[.;(]\s)|(?<=[.;(]))\s*(?:(?:conference|journal|full|extended|preliminary|short|earlier|arxiv|workshop) version"
               r"(?:\s+(?:appeared|published|presented))?\s+(?:in|at|of)|special issue (?:for|of|on)|invited to(?: the)?)\b"
               r"[^.;\n]*(?:[.;]|$)", re.I | re.M),  # a sentence of its own, not "Introduction for the special issue on"
]
_ORAL = re.compile(r"[\[(]\s*(?i:(oral|spotlight|highlight|contributed talk|long talk)(?: presentation| paper| talk)?)\s*[\])]|"
                   r"(?<![\w-])(Oral|ORAL|Spotlight|SPOTLIGHT)(?: (?:[Pp]resentation|Paper))?(?![\w-])(?!\s+[a-z])")


# Every match of a pattern of _NOTES, _STATUS and _ORAL holds one of these words (in any case) or
# "&" ("R & R"): text without any of them can match none of those patterns.
_STATUS_WORDS = ("accept", "alphabetical", "equal", "co-first", "joint", "wos", "scopus", "scielo", "appear",
                 "press", "forthcoming", "submit", "review", "revision", "resubmit", "prep", "random", "ⓡ",
                 "best", "award", "prize", "finalist", "hono", "nominee", "oral", "spotlight", "talk",
                 # the German/French/Spanish states, manuscripts, other versions' notes, highlights
                 "angenommen", "druck", "presse", "prensa", "aceptado", "eingereicht", "soumis", "enviado", "sometido",
                 "manuscript", "mimeo", "version", "special issue", "invited", "highlight", "distinguished",
                 "outstanding", "nominat", "contract", "poster", "meilleur", "mejor", "melhor", "miglior", "preis", "submission",
                 "sottomess", "inviato", "revisione", "stampa", "druk", "ingediend")  # Italian, Dutch
_EMPTY_NOTE = re.compile(r"\(\s*[,;]?\s*\)|\[\s*\]")


def _may_hold_status(s: str) -> bool:
    if "&" in s:
        return True
    low = fold_case(s)
    return any(map(low.__contains__, _STATUS_WORDS))


# The literal words one of which every match of each pattern holds (rxgate.required_words; None: no
# such words): a pattern none of whose words is in the folded text cannot match it and is not searched.
_NOTE_WORDS = [required_words(rx.pattern, rx.flags) for rx in _NOTES]
# sharper word sets, read off the patterns by hand, where the parse tree gives a common one ("r", "paper")
# or none (a non-ASCII literal): every match of a pattern starting so holds one of these words (or "&" of "R & R")
_HAND_GATES = {
    r"\b(?:under review|in review|under revision|revise\s*(?:and|&)\s*resubmit|r\s*&\s*r)": ("review", "revision", "revise", "&"),
    r"\(\s*(?:under review|in review|under revision|revise and resubmit|r\s*&\s*r|major revision|minor revision)":
        ("review", "revision", "resubmit", "&"),
    r"\(\s*(?:authors? (?:listed )?in )?random(?:ized)? order\s*\)|ⓡ": ("random", "ⓡ"),
    r"\(?\s*(?:prix du meilleur (?:article|papier)|premio al? mejor art": ("meilleur", "mejor", "miglior", "melhor", "preis"),
}


def _gate(rx: re.Pattern) -> tuple[str, ...] | None:
    for start, words in _HAND_GATES.items():
        if rx.pattern.startswith(start):
            return words
    return required_words(rx.pattern, rx.flags)


_STATUS_GATE = [_gate(rx) for _, rx, _ in _STATUS_RX]
_ORAL_WORDS = required_words(_ORAL.pattern, _ORAL.flags)
_GATE_WORDS = tuple(sorted({w for ws in (*_NOTE_WORDS, *_STATUS_GATE) if ws for w in ws}))


def _gate_words_in(low: str) -> set[str]:
    """Which words of the patterns' gates the folded text holds (asked once, not once per pattern)."""
    return {w for w in _GATE_WORDS if w in low}


def extract_status(s: str, m: Markers) -> str:
    """Find status, prize and presentation flags; keep the notes the gold keeps."""
    if not _may_hold_status(s):
        return _EMPTY_NOTE.sub(" ", s) if "(" in s or "[" in s else s
    present = _gate_words_in(fold_case(s))  # found again whenever s changes
    for rx, words in zip(_NOTES, _NOTE_WORDS):
        if words is not None and present.isdisjoint(words):
            continue
        for mt in rx.finditer(s):
            m.notes.append(_clean_note(mt.group(0)))
        t = rx.sub(" ", s)
        if t != s:
            s, present = t, _gate_words_in(fold_case(t))
    for (flag, rx, keep), words in zip(_STATUS_RX, _STATUS_GATE):
        mt = rx.search(s) if words is None or not present.isdisjoint(words) else None
        if not mt:
            continue
        if flag:
            m.flag(flag)
        if keep:
            m.notes.append(_clean_note(mt.group(0)))
        s = s[: mt.start()] + " " + s[mt.end():]
        present = _gate_words_in(fold_case(s))
    s = extract_oral(s, m)
    return _EMPTY_NOTE.sub(" ", s) if "(" in s or "[" in s else s  # every empty note is in brackets


def extract_oral(s: str, m: Markers) -> str:
    if not holds_any(fold_case(s), _ORAL_WORDS):
        return s  # no match: finditer finds nothing and sub leaves s as it is
    for mt in _ORAL.finditer(s):
        word = (mt.group(1) or mt.group(2) or "").lower()
        m.flag("spotlight" if word.startswith(("spot", "highlight")) else "oral")  # a CVPR "Highlight" is a spotlight
    return _ORAL.sub(" ", s)


def _clean_note(t: str) -> str:
    t = "".join(c for c in t if c not in MARKUP_CHARS)
    return _SPACES.sub(" ", t).strip(" ,;")


_SPACES = re.compile(r"\s+")
