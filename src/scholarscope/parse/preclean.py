"""An entry's text cleaned before it is cut into fields: the list's own label, ranking tags, table cells and
CV-system fields beside the citation, links and status markers taken out (markers.py keeps them), and
layout left by converters (wrapped lines, literal emphasis, gaps before stops)."""
from __future__ import annotations

import re

from ..read.text import fold_case
from .markers import Markers, extract_links, extract_status
from .rxgate import AtStart, NeedsAny

_RANK_TAG = NeedsAny(re.compile(r"\b(?:CCF|CORE|JCR|SCI|SSCI)[- ]?(?:A\*|[ABC]|Q[1-4])\b(?![-/\w])\s*[,;]?\s*|[,;]?\s*\bIF\s*[=:]\s*[\d.]+\s*"),
                     ("CCF", "CORE", "JCR", "SCI", "IF"))  # case-sensitive: a match holds one
_ENTRY_LABEL = AtStart(re.compile(r"^\s*[\ue000\ue002]?[\[(][A-Za-z]{0,3}[-.]?\d{1,3}[a-z]?[\])][\ue001\ue003]?[.:]?\s+"))
# a short cell right of a citation line: no year, no styled venue, no volume or page range ("IF 14.4; Hot Paper"),
# and no link ("paper <https://doi.org/…>" set right of the venue line is the entry's link)
_RIGHT_CELL = NeedsAny(re.compile(r"(?<=[^\t\n]{30})\t(?![^\t\n]*(?:(?:19|20)\d\d|[\ue000-\ue003]|\d\s*\(|\d[–-]\d|<https?://))"
                                  r"[^\t\n]{1,40}$", re.M), ("\t",))
# "Title [Data set]. Publisher", "Title [Software]. Zenodo" (APA, SciENcv): the work's medium, not a link's label
_MEDIUM_TAG = NeedsAny(re.compile(r"(?<=[\w)])\s*\[\s*(?:data\s?set|software|computer software|computer program|database)\s*\]"
                                  r"(?=\s*[.,;])", re.I), ("[",))


def _drop_right_cells(s: str, m: Markers) -> str:
    """The short cells right of a citation line, kept aside (a 'PhD Thesis' type badge says what the work is)."""
    def keep(mt: re.Match) -> str:
        m.cells.append(mt.group(0).strip())
        return ""
    return _RIGHT_CELL.sub(keep, s)


_LINE_END_BLANKS = re.compile(r"[ \t]+$", re.M)
_POSTER_TAG = NeedsAny(re.compile(r"\s*\[\s*poster(?: presentation)?\s*\](?!\s*<)", re.I), ("[",))
_EXPORT_NOISE = re.compile(r"\s*\(\d{1,2}/\d{1,3}\)\.?|\s*\((?:AC|CA)\)|\s*\bIS[SB]N:?\s*[\dX-]{9,17}\.?|"
                           # a book's extent ("xii+388 pp.") and MathSciNet review numbers ("MR2864862")
                           r"\s*\b[ivxlc]{1,6}\s*\+\s*\d{1,4}\s*pp\.?|,?\s*\bMR\d{6,8}\b|"
                           r"\s*\b(?:Tipo de producci[óo]n|Tipo de soporte|Autor de correspondencia|Posici[óo]n de firma|"
                           r"N[ºo°] total de autores|Grado de contribuci[óo]n)\s*:\s*[^.;]*[.;]?", re.I)
# what every _EXPORT_NOISE match holds besides '+' (a book's extent): a share or role in brackets, or (in any
# case, as fold_case writes it) 'ISSN'/'ISBN', 'MR' or a CV system's label
_SHARE_OR_ROLE = re.compile(r"\((?:\d{1,2}/|(?:AC|CA)\))", re.I)
_EXPORT_WORDS = ("iss", "isb", "mr", "tipo de ", "autor de correspondencia", "posici", "total de autores",
                 "grado de contribuci")


def _may_hold_export_noise(s: str) -> bool:
    """A cheap exact test that _EXPORT_NOISE can match (its failed search tries every branch at every position)."""
    if "+" in s or ("(" in s and _SHARE_OR_ROLE.search(s)):
        return True
    return any(map(fold_case(s).__contains__, _EXPORT_WORDS))


_LITERAL_UNDERLINE = NeedsAny(re.compile(r"(?<![\w_])__(?=[A-Z])([^_\n]{2,60}?[\w.])__(?!_)"), ("__",))


# each match holds a line break / ". and" or ".&" (the stop of an initial, maybe closed markup, then the
# word) / a space or tab right before a stop: text without one is returned as it is, unsearched
LINE_BREAK = NeedsAny(re.compile(r"[^\S\n]*\n[^\S\n]*"), ("\n",))
_GLUED_AND = NeedsAny(re.compile(r"(?<=\b[A-Z]\.)([\ue001\ue003]?)(?=(?:and|&)\s)"),
                      tuple(a + b for a in (".", ".\ue001", ".\ue003") for b in ("and", "&")))
GAP_BEFORE_STOP = NeedsAny(re.compile(r"[ \t]+(?=[.,;:](?:\s|$))"), tuple(a + b for a in " \t" for b in ".,;:"))


_CHIP = re.compile(r"^[\ue000-\ue003]*([^\t\n\ue000-\ue003]{1,16})[\ue000-\ue003]*\t(?=\S)")


def _drop_chips(s: str) -> str:
    """'NeurIPS<TAB>Title' / 'Neural<TAB>…' + 'Comput.<TAB>…': a venue tag set in a column of its own
    beside the entry (a web CV's badge) is layout; the venue is written in the entry again."""
    if "\t" not in s:  # every chip is followed by a tab
        return s
    lines = s.split("\n")
    m = _CHIP.match(lines[0])
    if not m or len(m.group(1).split()) > 2 or re.search(r"\d", m.group(1)):
        return s
    out = [lines[0][m.end():]]
    for ln in lines[1:]:
        c = _CHIP.match(ln)
        out.append(ln[c.end():] if c and len(c.group(1).split()) <= 2 and not re.search(r"\d", c.group(1)) else ln)
    return "\n".join(out)


_EMPTY_CELL = re.compile(r"(?:[ \t]*\t|[ \t]+(?=[\ue000-\ue003]*\|))[ \t|·•/,\ue000-\ue003]*$", re.M)
_LINKED_NOTICE = re.compile(r"\s*\b(?:Erratum|Comment|Update|Retraction|Expression of concern|Corrected and republished)"
                            r"\s+(?:in|on|of|for|from):\s.*$", re.S)
_LINKED_NOTICE_WORDS = re.compile(r"Erratum|Comment|Update|Retraction|concern|republished")


_BIBCODE_LINE = re.compile(r"\n[^\S\n]*(?:bibcode:?\s*)?(?:19|20)\d\d[A-Za-z&.]{2,6}[.\d]{3,}[A-Za-z.]?[.\d]*[A-Z][^\S\n]*(?=\n|$)",
                          re.I)


def pre_clean(text: str) -> tuple[str, Markers]:
    """Remove links and markers; return the rest and what was removed."""
    m = Markers()
    s = _ENTRY_LABEL.sub("", text, count=1)  # "[C7] Authors. Title.": the list's own label
    s = _RANK_TAG.sub("", s)  # "(CCF-A, Spotlight)", "IF=20.8": a ranking list's grade is no venue text
    s = _drop_right_cells(s, m)  # "…by cobalt-<TAB>Article" / "…7712–<TAB>IF 14.4": a type/impact column beside the citation
    if _may_hold_export_noise(s):
        s = _EXPORT_NOISE.sub("", s)  # "(1/3).", "(AC)", "ISSN 0214-8358.", "Tipo de producción: …": a CV system's fields
    if ":" in s and _LINKED_NOTICE_WORDS.search(s):
        s = _LINKED_NOTICE.sub("", s)  # "Erratum in: Am J Epidemiol. 2024 …" (PubMed): a later notice, not this work
    if _POSTER_TAG.search(s):
        m.flag("poster")  # "Title [poster]. Presented at: …" (a tag, not the label of a link to a poster)
        s = _POSTER_TAG.sub("", s)
    medium = _MEDIUM_TAG.search(s)
    if medium:
        m.medium = medium.group(0).strip()
        m.notes.append(m.medium)
        s = s[: medium.start()] + s[medium.end():]
    s = extract_links(s, m)
    if "\n" in s:
        s = _BIBCODE_LINE.sub("", s)  # "2023Natur.620..292A" under an AAS citation: an ADS identifier, no field
    if "\t" in s or "|" in s:
        s = _EMPTY_CELL.sub("", s)  # "Authors<TAB>Paper <url> | Code <url>": the button cell, its links gone
    s = extract_status(s, m)
    if "\t" in s:  # "Title<TAB>Proceedings Article<TAB>Forthcoming": the type cell the status cell hid
        s = _drop_right_cells(_LINE_END_BLANKS.sub("", s), m)
    s = _drop_chips(s)  # after the status: "Forthcoming<TAB>…" in a year column is a state
    s = LINE_BREAK.sub("\n", s)
    s = _LITERAL_UNDERLINE.sub(r"\1", s)  # "__Doe, S.A.__and": Markdown emphasis a converter left as text
    s = _GLUED_AND.sub(r"\1 ", s)  # "**Chamberlain, S.A.**and T. Miller"
    s = GAP_BEFORE_STOP.sub("", s)  # "Title <url> . Venue": the link left a gap before the stop
    return s, m
