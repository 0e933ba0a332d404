"""Chinese national-standard citations (GB/T 7714): 'Authors. Title[J]. Journal, 2023, 52(4): 612-624.'

The bracketed document-type code after the title says what the work is and splits the entry:
[J] journal article, [C] paper in proceedings ('[C]//Proceedings …'), [M] book, [D] thesis, [R] report,
[P] patent, [EB/OL] online resource; '/OL' marks the online version of any of them."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..read.text import ITAL_OFF, ITAL_ON, strip_markup

_TAG = re.compile(r"\s*\[(?P<code>[JCMDRPSNAGZ]|EB|DB|CP)(?:/(?:OL|DK|MT|CD))?\]\s*")
_KIND = {"J": "journal", "C": "conference", "A": "chapter", "M": "other", "D": "thesis", "R": "other", "P": "other",
         "S": "other", "N": "other", "G": "other", "Z": "other", "EB": "other", "DB": "other", "CP": "other"}
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
_CUT = re.compile(r"[.．]\s*(?![A-Z]\.)(?=\S)")  # "Authors. Title", not inside "W. K."


@dataclass
class GbtReading:
    """A GB/T 7714 citation split into its parts; kind is the type its code gives."""

    authors_raw: str
    title: str
    venue_raw: str
    year: int | None
    kind: str
    publisher: str = ""


def gbt_reading(s: str, is_author_list) -> GbtReading | None:
    """The entry read as a GB/T 7714 citation, or None when it carries no document-type code."""
    plain = s.replace(ITAL_ON, "").replace(ITAL_OFF, "")  # bold stays: it marks the owner
    tag = _TAG.search(plain) if "[" in plain else None  # every tag is in square brackets
    if tag is None or tag.start() == 0:
        return None
    head, tail, code = plain[: tag.start()], plain[tag.end():], tag.group("code")
    authors, title = _authors_and_title(head, is_author_list)
    if not title:
        return None
    venue, publisher = _container(tail, code)
    year = _YEAR.search(tail)
    kind = _KIND[code]
    if code == "EB" and re.search(r"arxiv|biorxiv|medrxiv|ssrn|preprint", tail, re.I):
        kind, venue = "preprint", "arXiv" if re.search(r"arxiv", tail, re.I) else venue
    return GbtReading(authors, strip_markup(title).strip(" .．"), strip_markup(venue), int(year.group(1)) if year else None,
                      kind, strip_markup(publisher))


def _authors_and_title(head: str, is_author_list) -> tuple[str, str]:
    """'Shao M, Chen J, et al. Title' -> the author list and the title (a title may hold stops: 'A.I.')."""
    for m in _CUT.finditer(head):
        names = head[: m.start()].strip()
        if names and is_author_list(names):
            return names, head[m.end():].strip()
    return "", head.strip()


def _container(tail: str, code: str) -> tuple[str, str]:
    """'//Proceedings of X. City: Publisher, 2023: 1-4' or '. Journal, 2023, 52(4): 612' -> (venue, publisher)."""
    tail = tail.strip()
    if tail.startswith("//"):  # the work is part of another: the container comes first
        part = re.split(r"(?<=[^\s.A-Z])[.．]\s+", tail[2:].strip(), maxsplit=1)[0]
        return part.strip(" .,"), ""
    tail = tail.lstrip(".．").strip()
    if code in ("M", "D", "R"):  # 'City: Publisher, 2022' — a thesis is published by its school
        m = re.match(r"(?:[^:：,，]{1,30}[:：]\s*)?([^,，]+?)\s*[,，]\s*(?:19|20)\d\d", tail)
        if m:
            return m.group(1).strip(), m.group(1).strip()
        return "", ""
    m = re.match(r"(.+?)\s*[,，]\s*(?:19|20)\d\d", tail)
    return (m.group(1).strip(" ."), "") if m else ("", "")
