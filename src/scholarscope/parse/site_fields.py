"""Fields that a research-profile site prints in cells of their own (a venue line, a work type, an author
cell): each is the whole field, so it is read as that field rather than segmented out of a citation."""
from __future__ import annotations

import re

from .venues import normalise_venue

_PREPRINT_WORD = re.compile(r"\s+preprints?$", re.I)
_REPORT_BODY = re.compile(r"^(.+?\b(?:Survey|Agency|Administration|Institute|Office|Service|Commission|Council|"
                          r"Department|Bank|Organi[sz]ation|Cent(?:er|re)|Laboratory|Foundation|Ministry))\b"
                          r"[\w\s&-]*\bReports?$")
_THESIS = re.compile(r"^(?:Ph\.?\s?D\.?|Doctoral|Master'?s?|M\.?Sc\.?|B\.?Sc\.?|Bachelor'?s?|Diploma)\s+"
                     r"(?:thesis|dissertation)\s*[,.:]\s*(.+)$", re.I)
_SCHOOL = re.compile(r"\b(?:Universit(?:y|ät|é|à|ad|ade|eit|et|y College)|College|Polytechnic|"
                     r"Institute of Technology|École|Hochschule)\b", re.I)


def whole_venue(raw: str) -> tuple[str | None, str | None]:
    """(venue, kind) of a cell that holds a venue name and nothing else. A known venue that explains only
    part of the cell is another one ('Remote Sensing of Hydrological Extremes' is a book, not the journal
    'Remote Sensing'), so the cell's own words are kept then."""
    raw = raw.strip(" .,;")
    if not raw:
        return None, None
    thesis = _THESIS.match(raw)
    if thesis:
        return thesis.group(1).strip(" ."), "thesis"
    body = _REPORT_BODY.match(raw)
    if body:
        return body.group(1), "report"  # "US Geological Survey Scientific Investigations Report": the issuer
    if _PREPRINT_WORD.search(raw) and len(raw.split()) <= 3:
        return _PREPRINT_WORD.sub("", raw), "preprint"  # "Authorea Preprints": the server
    v = normalise_venue(raw)
    if v.known and 0 < v.coverage < 0.9:
        return raw, None
    return v.name, v.kind


def looks_like_school(venue: str | None) -> bool:
    """A university named as the only venue: the site's record of a thesis."""
    return bool(venue) and bool(_SCHOOL.search(venue)) and len(venue.split()) <= 8
