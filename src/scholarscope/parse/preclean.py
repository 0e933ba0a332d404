"""An entry's text cleaned before it is cut into fields: the list's own label, ranking tags, table cells and
CV-system fields beside the citation, links and status markers taken out (markers.py keeps them), and
layout left by converters (wrapped lines, literal emphasis, gaps before stops)."""
from __future__ import annotations

import re

from .markers import Markers, extract_links, extract_status

_RANK_TAG = re.compile(r"\b(?:CCF|CORE|JCR|SCI|SSCI)[- ]?(?:A\*|[ABC]|Q[1-4])\b(?![-/\w])\s*[,;]?\s*|[,;]?\s*\bIF\s*[=:]\s*[\d.]+\s*")
_ENTRY_LABEL = re.compile(r"^\s*[\ue000\ue002]?[\[(][A-Z]{0,3}[-.]?\d{1,3}[a-z]?[\])][\ue001\ue003]?[.:]?\s+")
# a short cell right of a citation line: no year, no styled venue, no volume or page range ("IF 14.4; Hot Paper")
_RIGHT_CELL = re.compile(r"(?<=[^\t\n]{30})\t(?![^\t\n]*(?:(?:19|20)\d\d|[\ue000-\ue003]|\d\s*\(|\d[–-]\d))[^\t\n]{1,40}$", re.M)
_POSTER_TAG = re.compile(r"\s*\[\s*poster(?: presentation)?\s*\](?!\s*<)", re.I)
_EXPORT_NOISE = re.compile(r"\s*\(\d{1,2}/\d{1,3}\)\.?|\s*\((?:AC|CA)\)|\s*\bIS[SB]N:?\s*[\dX-]{9,17}\.?|"
                           # a book's extent ("xii+388 pp.") and MathSciNet review numbers ("MR2864862")
                           r"\s*\b[ivxlc]{1,6}\s*\+\s*\d{1,4}\s*pp\.?|,?\s*\bMR\d{6,8}\b|"
                           r"\s*\b(?:Tipo de producci[óo]n|Tipo de soporte|Autor de correspondencia|Posici[óo]n de firma|"
                           r"N[ºo°] total de autores|Grado de contribuci[óo]n)\s*:\s*[^.;]*[.;]?", re.I)
_LITERAL_UNDERLINE = re.compile(r"(?<![\w_])__(?=[A-Z])([^_\n]{2,60}?[\w.])__(?!_)")


LINE_BREAK = re.compile(r"[^\S\n]*\n[^\S\n]*")
_GLUED_AND = re.compile(r"(?<=\b[A-Z]\.)([\ue001\ue003]?)(?=(?:and|&)\s)")
GAP_BEFORE_STOP = re.compile(r"[ \t]+(?=[.,;:](?:\s|$))")


_CHIP = re.compile(r"^[\ue000-\ue003]*([^\t\n\ue000-\ue003]{1,16})[\ue000-\ue003]*\t(?=\S)")


def _drop_chips(s: str) -> str:
    """'NeurIPS<TAB>Title' / 'Neural<TAB>…' + 'Comput.<TAB>…': a venue tag set in a column of its own
    beside the entry (a web CV's badge) is layout; the venue is written in the entry again."""
    lines = s.split("\n")
    m = _CHIP.match(lines[0])
    if not m or len(m.group(1).split()) > 2 or re.search(r"\d", m.group(1)):
        return s
    out = [lines[0][m.end():]]
    for ln in lines[1:]:
        c = _CHIP.match(ln)
        out.append(ln[c.end():] if c and len(c.group(1).split()) <= 2 and not re.search(r"\d", c.group(1)) else ln)
    return "\n".join(out)


def pre_clean(text: str) -> tuple[str, Markers]:
    """Remove links and markers; return the rest and what was removed."""
    m = Markers()
    s = _ENTRY_LABEL.sub("", text, count=1)  # "[C7] Authors. Title.": the list's own label
    s = _RANK_TAG.sub("", s)  # "(CCF-A, Spotlight)", "IF=20.8": a ranking list's grade is no venue text
    s = _RIGHT_CELL.sub("", s)  # "…by cobalt-<TAB>Article" / "…7712–<TAB>IF 14.4": a type/impact column beside the citation
    s = _EXPORT_NOISE.sub("", s)  # "(1/3).", "(AC)", "ISSN 0214-8358.", "Tipo de producción: …": a CV system's fields
    if _POSTER_TAG.search(s):
        m.flag("poster")  # "Title [poster]. Presented at: …" (a tag, not the label of a link to a poster)
        s = _POSTER_TAG.sub("", s)
    s = extract_links(s, m)
    s = extract_status(s, m)
    s = _drop_chips(s)  # after the status: "Forthcoming<TAB>…" in a year column is a state
    s = LINE_BREAK.sub("\n", s)
    s = _LITERAL_UNDERLINE.sub(r"\1", s)  # "__Doe, S.A.__and": Markdown emphasis a converter left as text
    s = _GLUED_AND.sub(r"\1 ", s)  # "**Chamberlain, S.A.**and T. Miller"
    s = GAP_BEFORE_STOP.sub("", s)  # "Title <url> . Venue": the link left a gap before the stop
    return s, m
