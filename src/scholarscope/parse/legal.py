"""Legal citations (The Bluebook): law-review articles, chapters, books and press pieces, and the
abbreviated journal names law reviews are cited by ("102 Tex. L. Rev. 1187 (2024)")."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..read.text import ITAL_OFF, ITAL_ON, strip_markup

# Bluebook T6/T10/T13 abbreviations of the words law-journal names are made of
_WORDS = {
    "Admin.": "Administrative", "Am.": "American", "Ann.": "Annual", "Ass'n": "Association", "Bus.": "Business",
    "Cal.": "California", "Calif.": "California", "Chi.": "Chicago", "Colum.": "Columbia", "Comp.": "Comparative",
    "Const.": "Constitutional", "Corp.": "Corporate", "Crim.": "Criminal", "Ct.": "Court", "Cts.": "Courts",
    "Econ.": "Economics", "Env't": "Environment", "Envtl.": "Environmental", "Fam.": "Family", "Fed.": "Federal",
    "Fin.": "Finance", "Fla.": "Florida", "Ga.": "Georgia", "Geo.": "Georgetown", "Harv.": "Harvard",
    "Hous.": "Houston", "Hum.": "Human", "Ill.": "Illinois", "Ind.": "Indiana", "Intell.": "Intellectual",
    "Int'l": "International", "J.": "Journal", "Juris.": "Jurisprudence", "L.": "Law", "Lab.": "Labor",
    "Legis.": "Legislation", "Md.": "Maryland", "Mich.": "Michigan", "Minn.": "Minnesota", "Mo.": "Missouri",
    "N.C.": "North Carolina", "N.Y.U.": "New York University", "Nw.": "Northwestern", "Pa.": "Pennsylvania",
    "Phil.": "Philosophy", "Pol'y": "Policy", "Prac.": "Practice", "Priv.": "Private", "Prof.": "Professional",
    "Prop.": "Property", "Pub.": "Public", "Q.": "Quarterly", "Reg.": "Regulation", "Rev.": "Review",
    "Rts.": "Rights", "Sci.": "Science", "Sec.": "Securities", "Soc.": "Social", "St.": "State", "Stan.": "Stanford",
    "Stud.": "Studies", "Sup.": "Supreme", "Tech.": "Technology", "Tex.": "Texas", "U.": "University",
    "Va.": "Virginia", "Vand.": "Vanderbilt", "Wash.": "Washington", "Wis.": "Wisconsin", "Wm.": "William",
    "Ariz.": "Arizona", "Colo.": "Colorado", "Conn.": "Connecticut", "Ky.": "Kentucky", "La.": "Louisiana",
    "Mass.": "Massachusetts", "Neb.": "Nebraska", "Or.": "Oregon", "Tenn.": "Tennessee", "Ala.": "Alabama",
    "Ark.": "Arkansas", "Kan.": "Kansas", "Okla.": "Oklahoma", "Brook.": "Brooklyn", "Res.": "Research",
    "Acad.": "Academy", "Eur.": "European", "Comm.": "Communications", "Ent.": "Entertainment", "Health": "Health",
    "B.C.": "Boston College", "B.U.": "Boston University", "S.": "Southern", "Univ.": "University",
}
_PLACES_AFTER_U = {"Chicago", "Pennsylvania", "Illinois", "Michigan", "Virginia", "Colorado", "Cincinnati", "Miami",
                   "Pittsburgh", "Richmond", "Toronto", "Kansas", "Memphis", "Florida", "Houston"}
_LAW_NAME = re.compile(r"\b(?:L\.\s?(?:Rev|J|Q)\.|L\.J\.|J\.\s?(?:on|of)\s|J\.\s?L\.|L\.\s?&|Sup\.\s?Ct\.\s?Rev\.)")
_PRESS = {"N.Y. Times": "New York Times", "Wash. Post": "Washington Post", "Wall St. J.": "Wall Street Journal",
          "L.A. Times": "Los Angeles Times", "Bos. Globe": "Boston Globe", "Fin. Times": "Financial Times",
          "Chi. Trib.": "Chicago Tribune"}
LEGAL_PRESS = frozenset(_PRESS.values())
_SPACES = re.compile(r"\s+")
_UNIV_PRESS = re.compile(r"\bUniv\.\s+Press\b")
_TOKEN = re.compile(r"[A-Z][a-z]*'[a-z]+|(?:[A-Z]\.){2,}|[A-Za-z]+\.?|&|\S+")


@lru_cache(maxsize=4096)
def expand_law_abbreviation(raw: str) -> str | None:
    """'Tex. L. Rev.' -> 'Texas Law Review', 'U. Chi. L. Rev.' -> 'University of Chicago Law Review';
    None when the name is not an abbreviated law journal or newspaper."""
    if "." not in raw:
        return None  # every name of _PRESS, "Univ. Press" and every _LAW_NAME match hold a stop
    name = _SPACES.sub(" ", raw).strip(" ,.;") + ("." if raw.strip(" ,;").endswith(".") else "")
    if name in _PRESS:
        return _PRESS[name]
    if _UNIV_PRESS.search(name):  # "Oxford Univ. Press"
        return _UNIV_PRESS.sub("University Press", name)
    if not _LAW_NAME.search(name):
        return None
    name = name.replace("L.J.", "L. J.").replace("J.L.", "J. L.").replace("Geo. Wash.", "George Washington")
    words = [_WORDS.get(tok, tok) for tok in _TOKEN.findall(name)]
    for i, w in enumerate(words[:-1]):
        if w == "University" and words[i + 1] in _PLACES_AFTER_U:
            words[i] = "University of"  # "U. Chi." names the University of Chicago
    return _SPACES.sub(" ", " ".join(words)).strip()


@dataclass
class LegalReading:
    """A Bluebook citation split into its parts."""

    authors_raw: str
    title: str
    venue_raw: str
    year: int | None
    publisher: bool = False


_YEAR = r"(?P<year>(?:19|20)\d\d)"
_ARTICLE = re.compile(rf"^(?P<lead>.+?),\s+\d{{1,4}}\s+(?P<venue>[A-Z][^()]*?)\s+(?:\d{{1,5}}|_+)(?:,\s*\d+(?:[-–]\d+)?)?"
                      rf"\s*\((?:[^()]*?\s)?{_YEAR}\)")
_CHAPTER = re.compile(rf"^(?P<lead>.+?),\s+{ITAL_ON}?in{ITAL_OFF}?\s+(?P<venue>.+?)\s+\d{{1,5}}"
                      rf"\s*\((?P<eds>[^()]*?\beds?\.)?,?\s*(?:[^()]*?\s)?{_YEAR}\)")
_BOOK = re.compile(rf"^(?P<lead>{ITAL_ON}[^{ITAL_OFF}]+{ITAL_OFF})\s*\((?P<venue>[^()]*?(?:Press|Publishing|Publishers?|"
                   rf"Books|Verlag|Univ\.)[^()]*?)[,\s]+(?:forthcoming\s+)?{_YEAR}\)")
_DATED = (r"(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)\.?\s+\d{1,2},\s+" + _YEAR)
_DATED_RX = re.compile(_DATED)
_PRESS_PIECE = re.compile(rf"^(?P<lead>.*{ITAL_ON}[^{ITAL_OFF}]+{ITAL_OFF}),\s+(?P<venue>[A-Z][^,()]{{1,60}}?)"
                          rf"(?:\s*\([^()]*\))?(?:,\s+|\s*\(){_DATED}")
_GENRE = re.compile(r"^(?:Note|Comment|Response|Reply|Essay|Book Review|Review Essay|Article|Foreword|Afterword|"
                    r"Symposium|Introduction|Commentary),?\s*$", re.I)


def bluebook_reading(s: str) -> LegalReading | None:
    """The entry read as a Bluebook citation, or None when it is not one."""
    plain = strip_markup(s)
    if "(" not in plain and not _DATED_RX.search(plain):
        return None
    m = _ARTICLE.match(s)
    if m and _LAW_NAME.search(strip_markup(m.group("venue"))):
        return _reading(m)
    for rx in (_CHAPTER, _BOOK, _PRESS_PIECE):
        m = rx.match(s)
        if m and ITAL_ON in m.group("lead"):
            return _reading(m, publisher=rx is _BOOK)
    return None


def _reading(m: re.Match, publisher: bool = False) -> LegalReading | None:
    """Authors and title from the part before the journal: 'Ann Roe, Note, <i>Title</i>'."""
    lead = m.group("lead").strip(" ,")
    ital = re.search(f"{ITAL_ON}([^{ITAL_OFF}]+){ITAL_OFF}", lead)
    if ital:
        title, before = ital.group(1), lead[: ital.start()]
    else:
        parts = [p.strip() for p in strip_markup(lead).split(",")]
        if len(parts) < 2:
            return None  # without italics, only "Author, Title" tells the title apart
        title, before = parts[-1], ", ".join(parts[:-1])
    parts = [p.strip() for p in strip_markup(before).split(",") if p.strip()]
    authors = [p for p in parts if not _GENRE.match(p)]
    venue = strip_markup(m.group("venue")).strip(" ,")
    venue = re.sub(r"\s*\([^()]*\)\s*$", "", venue)  # "Notice & Comment (Yale J. on Reg. blog)"
    return LegalReading(", ".join(authors), strip_markup(title).strip(" ,."), venue, int(m.group("year")), publisher)


# every memo of this module, for parse.clear_caches()
CACHES = (expand_law_abbreviation,)
