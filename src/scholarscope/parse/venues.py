"""Venue strings -> canonical venue, kind, and the workshop/findings distinction.

The table lives in ``data/venues.json`` (name, kind, field, tier, aliases).  Matching order:
exact alias of the cleaned string; a known acronym written in the string (a workshop's host
conference stays the venue, its kind becomes workshop); the longest full-name alias contained
in the string; an acronym written in parentheses; else the cleaned string itself.
"""
from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from .legal import LEGAL_PRESS, expand_law_abbreviation

from ..read.text import fold_case
from .rxgate import AtStart, holds_any, required_words

_WORKSHOP = re.compile(r"\bwor(?:k)?shops?\b|\s@\s*\S|\S\s*@\s|\b[A-Z][\w-]*@[A-Z]", re.I)  # dblp: "TyDe@ICFP"
_FINDINGS = re.compile(r"\bfindings\b", re.I)
# r"(?<![\d.])(?:19|20)\d\d(?![\d.])|'\d\d\b" taking its first character first (same matches; the search
# jumps between "1", "2" and "'")
_YEAR = re.compile(r"[12'](?:(?<![\d.][12])(?:(?<=1)9|(?<=2)0)\d\d(?![\d.])|(?<=')\d\d\b)")
_ORDINAL = re.compile(r"\b\d+\.?\s?[ºª°]|\b\d+(?:st|nd|rd|th|e|er|ème)\b|\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b|"
                      # "IX Congreso Nacional", "XXII Simposio": a Roman numeral counting the meetings
                      r"^(?-i:[IVXLC]{1,7})\s+(?=(?:[A-Za-z]{2,8}\s+)?(?:congres|congrès|conferenc|simposio|symposium|workshop|jornadas|encuentro|"
                      r"reuni[óo]n|colloque|seminario|international|national|nacional|annual|european|ibérico))", re.I)
_ROMAN_LEAD = re.compile(r"^[IVXLC]{1,7}\s")
# "(IGARSS 2023)", "(18WCEE)": a meeting's acronym in brackets, its count or year glued on
_PAREN_ACRONYM = re.compile(r"\(\d{0,2}([A-Z][A-Za-z0-9&/\-]{1,14}(?:\s[A-Z][A-Za-z0-9&/\-]{1,10})?)(?:\s*['’]?\d{2,4})?\)")
_GLUED_COUNT = re.compile(r"(?<=[A-Z]{3})(?:19|20)?\d{2}$")  # "ICASP14", "WCEE2024": the meeting's number or year
_MEETING = re.compile(r"\b(?:congress|conference|symposium|workshop|meeting|colloquium|congresso|congreso|kongress|conférence|summit|"
                      r"tagungsband|tagung|jahrestagung|konferenz|colloque|congrès|actes|atti)\b", re.I)
_PROC = AtStart(re.compile(r"^\s*(?:(?:in|en|dans)\s*:?\s+)?(?:(?:the\s+)?proceedings\s+of\s+(?:the\s+)?|proc\.\s+(?:of\s+)?(?:the\s+)?|"
                           r"tagungsband\s+(?:(?:der|des|zur|zum)\s+)?|actes\s+(?:du|de la|des)\s+|atti\s+(?:del|della)\s+)", re.I))
# Volume, issue, pages or a year that end a venue, and the separators before them. The plain form is
# TRAIL_PLAIN; _TRAIL takes the first character first (a separator, "v", "p" or a digit), so that the
# search jumps between such characters, and tries the same cases in the same order (same matches).
_TRAIL_CASES = [r"\bvol(?:ume)?\.?\s*\d.*", r"\b\d+\s*\(\d+\).*", r"\b\d+\s*[:,]\s*\d+.*", r"\bpp?\.\s*\d.*",
                r"\b\d+\s*[-–]\s*\d+.*", r",\s*(?:19|20)\d\d\b.*"]
TRAIL_PLAIN = r"[\s,;:.]*(?:" + "|".join(_TRAIL_CASES) + ")$"
_TRAIL = re.compile(r"[\s,;:.vVpP\d](?:"
                    r"(?<=[\s,;:.])(?:[\s,;:.]*(?:" + "|".join(_TRAIL_CASES) + r")$|(?<=,)\s*(?:19|20)\d\d\b.*$)"
                    r"|(?<![\w][vVpP\d])(?:(?<=[vV])ol(?:ume)?\.?\s*\d.*|(?<=\d)\d*\s*\(\d+\).*|(?<=\d)\d*\s*[:,]\s*\d+.*"
                    r"|(?<=[pP])p?\.\s*\d.*|(?<=\d)\d*\s*[-–]\s*\d+.*)$)", re.I)

_ACRONYM_SHAPE = re.compile(r"[A-Za-z0-9&/\-]{2,12}(?:\s[A-Za-z&/]{1,10})?")
_ARXIV = re.compile(r"\barxiv\b", re.I)
_IEEE_NAME = re.compile(r"IEEE (Transactions|Journal) (?:on|of) (.+)$")
_IEEE_SPLIT = re.compile(r"[\s,/-]+")
_ACRONYM_TOKEN = re.compile(r"[A-Za-z][A-Za-z0-9&/\-]*(?:\s(?:Security|S&P|Findings))?")
_GLUED_YEAR = re.compile(r"(?<=[A-Za-z])['’]?(?:19|20)?\d\d\b")
_ALNUM_RUN = re.compile(r"[a-z0-9]+")
# r"\b([A-Z][A-Za-z]{1,9})['’]?(?:19|20)?\d\d\b" with the capital first and the word boundary before it
# checked behind it, so that the search jumps between capitals (same matches)
_NAME_YEAR = re.compile(r"([A-Z](?<!\w[A-Z])[A-Za-z]{1,9})['’]?(?:19|20)?\d\d\b")
# what every match of _NAME_YEAR / of the digit cases of _ORDINAL holds: a digit first, the rest checked
# behind it or after it, so that the search jumps between digits
_LETTER_DIGIT = re.compile(r"\d(?:(?<=[A-Za-z]\d)|(?<=[A-Za-z]['’]\d))")
_DIGIT_ORDINAL = re.compile(r"\d(?:\.?\s?[ºª°]|st|nd|rd|th|e|ème)", re.I)
_EMPTY_PARENS = re.compile(r"\(\s*\)")
_TRAIL_PROC = re.compile(r"(?<!\band)[\s,]+(?:proceedings|proc\.?)\s*$", re.I)
_DIGITS = re.compile(r"\d+")
_DIGIT = re.compile(r"\d")
_PLACE_PART = re.compile(r"[A-Z][\w'’.\- ]{1,25}")
_KIND_PREPRINT = re.compile(r"\b(preprint|arxiv|biorxiv|medrxiv|ssrn|working paper)\b")
_KIND_WORKSHOP = re.compile(r"\bwor(k)?shop\b")
_KIND_CONFERENCE = re.compile(r"\b(conference|symposium|proceedings|proc\.|congress|meeting|colloquium|summit|tagungsband|tagung|"
                              r"konferenz|kongress|colloque|congrès|actes|congreso|congresso|atti)\b")
_KIND_JOURNAL = re.compile(r"\b(journal|transactions|letters|review|annals|bulletin|magazine|quarterly|acta)\b|\bj\.")


_POS = re.compile(r"\s*PoS\s*(?:\(\s*([A-Za-z][A-Za-z&\-]*?)\s*['’]?(?:19|20)?\d\d\s*\)|"
                  r"[\ue000-\ue003]?([A-Za-z][A-Za-z&\-]*?)(?:19|20)?\d\d\b)")  # "PoS(ICHEP2022)", "PoS ICHEP2022"


@dataclass(frozen=True)
class Venue:
    """A normalised venue."""

    name: str | None
    kind: str | None = None       # conference | journal | preprint | workshop | book_series
    workshop: bool = False
    findings: bool = False
    tier: int | None = None
    field: str | None = None
    known: bool = False
    coverage: float = 0.0  # share of the cleaned string that the matched name explains


_NORM_STOP_WORDS = frozenset(("the", "of", "on", "in", "for", "and", "proceedings", "proc"))


@lru_cache(maxsize=65536)
def _norm(s: str) -> str:
    """The folded string's runs of a-z and 0-9 joined by spaces, stop words left out (the same as
    replacing '&' by ' and ', every other run of characters by a space, each whole stop word by a space,
    and joining the words)."""
    return " ".join([w for w in _ALNUM_RUN.findall(_fold(s)) if w not in _NORM_STOP_WORDS])


@lru_cache(maxsize=1)
def _table() -> tuple[dict[str, dict], dict[str, dict], dict[str, dict]]:
    """(full-name map, acronym map, full names longest first), built once on first use."""
    try:
        raw = resources.files("scholarscope").joinpath("data/venues.json").read_text("utf-8")
        entries = json.loads(raw)
    except (FileNotFoundError, json.JSONDecodeError):
        entries = []
    full: dict[str, dict] = {}
    acro: dict[str, dict] = {}
    for e in entries:
        for alias in [e["name"], *e.get("aliases", [])]:
            if _is_acronym(alias):
                acro.setdefault(alias.lower(), e)
            key = _norm(alias)
            if key:
                full.setdefault(key, e)
    # multi-word names, found in a string by looking up its word n-grams (longest first)
    names = {k: e for k, e in full.items() if len(k) >= 6 and " " in k}
    _LENGTHS_BY_FIRST.clear()
    for k in names:
        _LENGTHS_BY_FIRST.setdefault(k.split()[0], set()).add(len(k.split()))
    return full, acro, names


_MEETING_HEADS = {"proceedings", "proc"}  # "Proceedings of X" names the meeting X; "Journal of X" is another journal


def _renamed(raw: str, key: str) -> bool:
    """A capitalised word written right before a journal's name makes another journal's name."""
    at = re.search(rf"\b{re.escape(key.split()[0])}", raw, re.I)
    if not at:
        return False
    before = re.search(r"([A-Z][\w'’-]*)\s+$", raw[: at.start()])
    if before and before.group(1).lower() not in ("in", "the", "proc", "proceedings", "and", "also"):
        return True
    phrase = re.search(r"([A-Z][\w'’-]*)\s+(?:of|for|on)\s+$", raw[: at.start()])
    if phrase and phrase.group(1).lower() not in _MEETING_HEADS:
        # "Handbook of Critical Care Medicine" is a book, not the journal "Critical Care Medicine"; "European Journal of
        # Developmental Psychology" another journal than "Developmental Psychology"
        return True
    last = re.search(rf"\b{re.escape(key.split()[-1])}\b", raw[at.start():], re.I)
    after = raw[at.start() + last.end():] if last else ""
    # "Child Development Perspectives" is not "Child Development": a capitalised word after the name renames it too
    return bool(re.match(r"\s+(?!(?:Vol|No|Part|Series|Section|Supplement|Suppl|Special|Online|Letters?)\b)[A-Z][a-z]{3,}\b", after))


def _is_acronym(s: str) -> bool:
    return bool(_ACRONYM_SHAPE.fullmatch(s)) and sum(c.isupper() for c in s) >= 2


_BOOK_PERIOD = re.compile(r"\D,\s*1[0-9]\d\d\s*[–-]\s*(?:1[0-9]|20)\d\d$")


@lru_cache(maxsize=65536)
def normalise_venue(raw: str | None) -> Venue:
    """Normalise one raw venue string."""
    if not raw or not raw.strip():
        return Venue(None)
    low = fold_case(raw)  # each pattern below needs a word of its own: skipped when the text lacks it
    workshop = ("wor" in low or "@" in raw) and bool(_WORKSHOP.search(raw))
    findings = "findings" in low and bool(_FINDINGS.search(raw))
    if "arxiv" in low and _ARXIV.search(raw):
        return Venue("arXiv", "preprint", known=True)
    pos = _POS.match(raw)
    if pos:  # Proceedings of Science: "PoS(Vertex2017)045", "PoS(ICHEP2022)123" name the conference
        raw = pos.group(1) or pos.group(2)
    disc = _DISCUSSIONS.match(raw) if "iscuss" in raw else None
    if disc:  # "The Cryosphere Discuss. [preprint]": a Copernicus journal's discussion (preprint) series
        base = normalise_venue(disc.group(1))
        if base.known and base.kind == "journal":
            return Venue(f"{base.name} Discussions", "preprint", known=True, coverage=1.0)
    law = expand_law_abbreviation(raw)
    if law is not None:  # "Tex. L. Rev.", "N.Y. Times": Bluebook abbreviations, expanded word by word
        return Venue(law, None if law.endswith("Press") or law in LEGAL_PRESS else "journal", known=True)
    cleaned, hit, coverage = _looked_up(raw)
    if hit is None:
        hit = _abbreviation_of(cleaned)  # (the coverage stays: half, or less)
    if hit and (hit["name"].startswith("Proceedings of the ACM on ") or "Proceedings)" in raw and hit.get("kind") == "journal"):
        hit = _conference_issue(raw, _table()[1]) or hit  # "Bioinformatics (ISMB/ECCB 2023 Proceedings)": ISMB's papers
    if hit and hit["name"].startswith(("IEEE Transactions on ", "IEEE Journal on ", "IEEE Journal of ")):
        hit = dict(hit, name=ieee_short_name(hit))
    if hit:
        kind = "workshop" if workshop and hit.get("kind") == "conference" else hit.get("kind")
        # the table's name, never the article as written: one venue, one name (resolution and facets group by it)
        return Venue(hit["name"], kind, workshop, findings, hit.get("tier"), hit.get("field"), True, coverage)
    numbered = _NUMBERED_MEETING.fullmatch(cleaned or raw.strip())
    if numbered and numbered.group(1) not in _NOT_MEETINGS:  # "SSI-22", "PBD-III", "SOFC-XVII": a meeting and its number
        return Venue(numbered.group(1), "conference", workshop, findings)
    part = _PART_OF_PROCEEDINGS.match(raw)
    if part:  # "SPLASH (Companion) 2020", "ESOP (2) 2025" (dblp): the meeting, then the part of its proceedings
        return Venue(part.group(1), _guess_kind(raw), workshop, findings)
    m = _PAREN_ACRONYM.search(raw)
    if m and not _DIGITS.fullmatch(m.group(1)):
        return Venue(_GLUED_COUNT.sub("", m.group(1)), _guess_kind(raw), workshop, findings)
    if _BOOK_PERIOD.search(raw.strip()):
        cleaned = raw.strip()  # "The Routledge Companion to Iberian Art, 1400–1700": a book's period is in its title
    return Venue(cleaned or raw.strip(), _guess_kind(raw) or ("conference" if pos else None), workshop, findings)


@lru_cache(maxsize=65536)
def _looked_up(raw: str) -> tuple[str, dict | None, float]:
    """clean_venue(raw), the venue table's entry for the raw venue string and the share of the cleaned string its
    name explains: an alias, an acronym written in it, or the longest full name in it (normalise_venue and
    venue_like both ask, often of the same string; a name abbreviated word by word is looked for after)."""
    full, acro, names = _table()
    cleaned = clean_venue(raw)
    coverage = 1.0
    hit = full.get(_norm(cleaned)) or full.get(_norm(_PAREN_ACRONYM.sub("", cleaned)))
    if hit is None:
        hit = _acronym_in(raw, acro)
        coverage = 1.0 if hit and len(cleaned.split()) <= 3 else 0.5
    if hit is None:
        got = _name_in(_norm(raw), names)
        if got and got[1].get("kind") == "journal" and _renamed(raw, got[0]):
            got = None  # "Polish Journal of Ecology" is not "Journal of Ecology": a word before a journal's name renames it
        if got:
            hit, coverage = got[1], len(got[0]) / max(1, len(_norm(cleaned)))
            if coverage < 0.5 and _PAREN_ACRONYM.search(raw):
                hit = None  # "… Geoscience and Remote Sensing Symposium (IGARSS 2023)" is no "Remote Sensing"
    return cleaned, hit, coverage


_NOT_MEETINGS = frozenset({"COVID", "SARS", "MERS", "HIV", "IEEE", "ISO", "IEC", "ANSI", "RFC", "WWII"})
_NUMBERED_MEETING = re.compile(r"([A-Z][A-Za-z]*[A-Z])\s?-\s?(?:\d{1,3}|[IVXL]{1,6})")
_PART_OF_PROCEEDINGS = re.compile(r"\s*([A-Z][A-Za-z]*[A-Z])\s*\((?:\d{1,2}|[A-Z][a-z]+)\)\s*(?:(?:19|20)\d\d\b|$)")
_ISSUE_NAME = re.compile(r"\(([A-Z]{3,})\d?\)|\b([A-Z]{3,})\d?\b")


def _conference_issue(raw: str, acro: dict[str, dict]) -> dict | None:
    """'Proc. ACM Program. Lang. 8(POPL)', '… Hum.-Comput. Interact. 8, CSCW1': an ACM proceedings journal's
    issue is a conference's proceedings, and the conference is the venue."""
    for m in _ISSUE_NAME.finditer(raw):
        e = acro.get((m.group(1) or m.group(2)).lower())
        if e is not None and e.get("kind") == "conference":
            return e
    return None


_IEEE_SHORT = re.compile(r"IEEE [A-Z][A-Z\-]{1,10}")


def ieee_short_name(entry: dict) -> str:
    """An IEEE journal by the community's own short name where the table has one ("IEEE T-RO", "IEEE TMM"), else by
    the initials of its name ("IEEE TWC")."""
    if not _IEEE_NAME.match(entry["name"]):
        return entry["name"]
    short = next((a for a in entry.get("aliases", ()) if _IEEE_SHORT.fullmatch(a)), None)
    return short or ieee_acronym(entry["name"])


def ieee_acronym(name: str) -> str:
    """'IEEE Transactions on Wireless Communications' -> 'IEEE TWC', the way the community writes it."""
    m = _IEEE_NAME.match(name)
    if not m:
        return name
    words = [w for w in _IEEE_SPLIT.split(m.group(2)) if w and w.lower() not in ("and", "of", "the", "in", "on", "for", "&")]
    return "IEEE " + ("T" if m.group(1) == "Transactions" else "J") + "".join(w[0].upper() for w in words)


@lru_cache(maxsize=65536)
def venue_like(text: str) -> bool:
    """Is this whole string a venue (not a title that happens to contain a journal's name)? The same as asking
    normalise_venue(text) whether it is known with a coverage of 0.6 (or a known meeting's workshop), asked only as
    far as that needs: an arXiv or law name has no coverage, an abbreviation half, and no kind is guessed."""
    n_words = len(text.split())
    if n_words > 20 or not text.strip():
        return False  # both readings below want at most 20 words: the venue table is not asked
    low = fold_case(text)
    workshop = ("wor" in low or "@" in text) and bool(_WORKSHOP.search(text))
    if "arxiv" in low and _ARXIV.search(text):
        return False
    raw = text
    pos = _POS.match(raw)
    if pos:
        raw = pos.group(1) or pos.group(2)
    if expand_law_abbreviation(raw) is not None:
        return False
    workshop_of_meeting = workshop and _WORKSHOP_OF_MEETING.match(text) is not None
    if not workshop_of_meeting and n_words > 14:
        return False
    cleaned, hit, coverage = _looked_up(raw)
    if hit is None and workshop_of_meeting:
        hit = _abbreviation_of(cleaned)  # (explains half: enough only for a known meeting's workshop)
    if hit is None:
        return False
    return workshop_of_meeting or coverage >= 0.6  # "ICCV'23 Workshop on …": a known meeting's workshop


_WORKSHOP_OF_MEETING = re.compile(r"\W*[A-Z][\w&/-]*\W{0,3}\d{0,4}\s+workshop\b", re.I)


def _acronym_in(raw: str, acro: dict[str, dict]) -> dict | None:
    tokens = _ACRONYM_TOKEN.findall(_GLUED_YEAR.sub("", raw) if _DIGIT.search(raw) else raw)
    low = [t.lower() for t in tokens]
    if acro.keys().isdisjoint(low) and acro.keys().isdisjoint(" ".join(low).split()):
        return None  # no token and no word of one (a two-word token's first) is an acronym of the table
    best = None
    for tok in tokens:
        first = tok.split()[0]
        for cand in (tok,) if first == tok else (tok, first):  # a one-word token is asked once
            e = acro.get(cand.lower())
            if e is None:
                continue
            # acronyms are matched as written ("ACL", "AISTats"), or in capitals; "Models" is not "MODELS"
            written = [e["name"], *e.get("aliases", [])]
            if cand not in written and not (sum(c.isupper() for c in cand) >= 2 and cand.upper() in (a.upper() for a in written)):
                continue
            if best is None or len(cand) > len(best[0]):
                best = (cand, e)
    return best[1] if best else None


_SKIP = {"of", "the", "and", "on", "in", "for", "de", "la", "le", "der", "und", "a", "an"}


@lru_cache(maxsize=1)
def _initials_index() -> dict[str, list[tuple[list[str], dict]]]:
    """Journal names by the initials of their significant words, for ISO-style abbreviations."""
    index: dict[str, list[tuple[list[str], dict]]] = {}
    try:
        entries = json.loads(resources.files("scholarscope").joinpath("data/venues.json").read_text("utf-8"))
    except (FileNotFoundError, json.JSONDecodeError):
        return index
    for e in entries:
        for alias in [e["name"], *e.get("aliases", [])]:
            words = [w for w in _ALNUM_RUN.findall(_fold(alias)) if w not in _SKIP]
            if len(words) >= 2:
                index.setdefault("".join(w[0] for w in words), []).append((words, e))
    return index


def _fold(s: str) -> str:
    if s.isascii():  # NFKD leaves ASCII as it is, with no combining marks to drop
        return s.lower()
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def _abbreviation_of(text: str) -> dict | None:
    """'Int J Cardiol' -> International Journal of Cardiology: each word a prefix of the full word."""
    words = [w for w in _ALNUM_RUN.findall(_fold(text)) if w not in _SKIP]
    if len(words) < 2 or len(words) > 10:
        return None
    for full, e in _initials_index().get("".join(w[0] for w in words), []):
        if len(full) == len(words) and all(f.startswith(a) for a, f in zip(words, full)):
            return e
    return None


_LENGTHS_BY_FIRST: dict[str, set[int]] = {}  # first word of a multi-word name -> the numbers of words of such names


def _name_in(normed: str, names: dict[str, dict]) -> tuple[str, dict] | None:
    """The longest name (the leftmost of equally long ones) whose words run in ``normed``.
    Only the (length, position) pairs where a name of that length starts with that word are
    looked up, in the order longest first, then leftmost."""
    words = normed.split()
    if not any(map(_LENGTHS_BY_FIRST.__contains__, words)):
        return None  # no word starts a name of the table
    pairs = sorted((-n, i) for i, w in enumerate(words) for n in _LENGTHS_BY_FIRST.get(w, ())
                   if i + n <= len(words))
    for neg_n, i in pairs:
        key = " ".join(words[i:i - neg_n])
        if key in names:
            return key, names[key]
    return None


_WHOLE_PARENS = AtStart(re.compile(r"^\(\s*([^()]*?)[\s.,;]*\)$"))
_EDITORS_OR_LEFTOVER = re.compile(r"\s*\((?:eds?\.?|editors?|hrsg\.?|dir\.)\s[^()]*\)|\s*\(\s+[^()]*\)|"
                                  r"\s*\([^()]*,\s*(?:eds?|editors?|hrsg)\.?\)", re.I)
_ORDINAL_WORDS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")


def _may_hold_ordinal_word(s: str) -> bool:
    low = fold_case(s)
    return any(map(low.__contains__, _ORDINAL_WORDS))


_DISCUSSIONS = re.compile(r"\s*(.*\S)\s+Discuss(?:\.|ions)?\s*(?:\[[^\]]*\])?\s*$")
def clean_venue(raw: str) -> str:
    """The venue without 'Proceedings of', ordinals, years, volume/pages and stray punctuation."""
    s = _PROC.sub("", raw.strip())
    # every match of _NAME_YEAR, _TRAIL and _YEAR holds a digit, and no substitution adds one
    digits = _DIGIT.search(s) is not None
    if digits and _LETTER_DIGIT.search(s):  # each match has a letter, maybe a quote, then digits
        s = _NAME_YEAR.sub(r"\1", s)  # "ICHEP2022", "NeurIPS'23"
    if digits and _DIGIT_ORDINAL.search(s) or _may_hold_ordinal_word(s) or _ROMAN_LEAD.match(s):
        s = _ORDINAL.sub("", s)  # each match holds a digit with its ordinal suffix, an ordinal word or opens with a Roman numeral
    if digits:
        s = _TRAIL.sub("", s)
        s = _YEAR.sub("", s)
    if "(" in s:
        s = _EMPTY_PARENS.sub("", s)
        s = _WHOLE_PARENS.sub(r"\1", s.strip())  # "(Oxford University Press. )": an imprint in brackets, a note taken out
        s = _EDITORS_OR_LEFTOVER.sub("", s)  # "Book (eds A. Roe & B. Doe)"; "( Sensing …)" a removed note left
    if "proc" in s.lower():  # lower() maps every letter re.I matches to p, r, o, c onto it
        s = _TRAIL_PROC.sub("", s)  # "ICIST 2017 Proceedings", not "AEA Papers and Proceedings"
    s = strip_meeting_place(s)
    return " ".join(s.split()).strip(" ,.;:-–")  # runs of spaces as one


def strip_meeting_place(s: str) -> str:
    """'IAHR World Congress, Granada, Spain' -> 'IAHR World Congress': a meeting's place is not its name."""
    if not holds_any(fold_case(s), _MEETING_WORDS) or not _MEETING.search(s):
        return s
    parts = [p.strip() for p in s.split(",")]
    while len(parts) > 1 and _PLACE_PART.fullmatch(parts[-1]) and len(parts[-1].split()) <= 3 \
            and not _MEETING.search(parts[-1]) and _MEETING.search(", ".join(parts[:-1])):
        parts.pop()
    return ", ".join(parts)


# the kinds a venue's own words name, in order, each with the words one of which its matches hold
_KINDS = [(kind, rx, required_words(rx.pattern, rx.flags)) for kind, rx in
          (("preprint", _KIND_PREPRINT), ("workshop", _KIND_WORKSHOP), ("conference", _KIND_CONFERENCE), ("journal", _KIND_JOURNAL))]
_MEETING_WORDS = required_words(_MEETING.pattern, _MEETING.flags)


def _guess_kind(raw: str) -> str | None:
    r = raw.lower()
    for kind, rx, words in _KINDS:
        if holds_any(r, words) and rx.search(r):
            return kind
    return None


# every memo of this module, for parse.clear_caches()
CACHES = (normalise_venue, _norm, venue_like, _looked_up)
