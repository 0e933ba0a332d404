"""Learned sequence labeller (linear-chain CRF) for single reference strings.

>>> r = label_reference("A. Smith. Deep things. In Proc. NeurIPS, 2020.")  # doctest: +SKIP
>>> r["title"], r["year"]                                                   # doctest: +SKIP
('Deep things', 2020)

The model (``scholarscope/data/refcrf.model``) is loaded on first use and cached.
Rebuild it with ``scripts/build_refs_training.py`` + ``scripts/train_entry_model.py``.
"""
from __future__ import annotations

import re

from ..venues import venue_like
from .model import get_tagger, tag_tokens
from .tokens import tokenize

__all__ = ["label_reference", "label_tokens", "segments", "get_tagger", "tokenize", "FIELDS"]

FIELDS = (
    "authors", "title", "container", "year", "volume", "issue", "pages",
    "publisher", "location", "editor", "note", "doi", "url",
)
_FIELD_LABEL = {
    "authors": "author", "title": "title", "container": "container",
    "volume": "volume", "issue": "issue", "pages": "pages", "publisher": "publisher",
    "location": "location", "editor": "editor", "note": "note", "doi": "doi", "url": "url",
}
_YEAR_RE = re.compile(r"(?<!\d)(1[5-9]\d\d|20\d\d)(?!\d)")
_SEP = " \t\n,;:·|*†‡§"
_OPEN = {"(": ")", "[": "]", "{": "}", "“": "”", "„": "“", "«": "»", "‘": "’", '"': '"', "'": "'"}
_CLOSE = {v: k for k, v in _OPEN.items()}
_QUOTES = "\"'“”„«»‘’`"


def label_tokens(text: str) -> list[tuple[str, int, int, str]]:
    """``[(token, start, end, label), ...]`` for ``text``; never raises on str input."""
    if not isinstance(text, str) or not text.strip():
        return []
    toks, labels = tag_tokens(text)
    return [(t, s, e, lab) for (t, s, e), lab in zip(toks, labels)]


def segments(tagged) -> list[tuple[str, int, int]]:
    """Group consecutive tokens with the same label: ``[(label, start, end), ...]``."""
    out: list[list] = []
    for _t, s, e, lab in tagged:
        if out and out[-1][0] == lab:
            out[-1][2] = e
        else:
            out.append([lab, s, e])
    return [tuple(x) for x in out]


_ACRO = re.compile(r"^[A-Z][A-Za-z]*[A-Z][A-Za-z0-9]*$|^[A-Z]{2,}$")


def _fix_venue_acronyms(tagged: list) -> list:
    """``... Learning Representations (ICLR)``: a parenthesised acronym (optionally
    with a year) right after the container belongs to the container, not to a note."""
    out = list(tagged)
    n = len(out)
    for i in range(1, n - 2):
        if out[i][0] != "(" or out[i - 1][3] != "container" or out[i][3] == "container":
            continue
        if not _ACRO.match(out[i + 1][0]):
            continue
        j = i + 2
        if j < n and out[j][0].isdigit() and len(out[j][0]) in (2, 4):
            j += 1
        if j < n and out[j][0] == ")":
            for k in range(i, j + 1):
                t, a, b, _lab = out[k]
                out[k] = (t, a, b, "container")
    return out


_ABBREV_END = re.compile(r"(?:^|\W)\w{1,5}\.$")
_IN_PREFIX = re.compile(r"(?i)(in|dans)\s*:?\s+")
_PAGES_PREFIX = re.compile(r"(?i)(pp?|pages?|s)\.?\s*")
_VOLUME_PREFIX = re.compile(r"(?i)(vol(ume)?|bd|tome)\.?\s*")
_DOI_PREFIX = re.compile(r"(?i)(doi|https?://(dx\.)?doi\.org/)\s*:?\s*")


def _trim(text: str, s: int, e: int, field: str) -> tuple[int, int]:
    """Shrink ``text[s:e]`` to drop separators, wrapping brackets/quotes, prefixes."""
    for _ in range(8):
        s0, e0 = s, e
        while s < e and (text[s] in _SEP or text[s] == "."):
            s += 1
        while e > s and text[e - 1] in _SEP:
            e -= 1
        if e - s >= 2 and text[s] in _OPEN and text[e - 1] == _OPEN[text[s]]:
            inner = text[s + 1:e - 1]
            if text[s] in _QUOTES or (text[s] not in inner and _OPEN[text[s]] not in inner):
                s += 1
                e -= 1
        if s < e and text[s] in _OPEN and _OPEN[text[s]] not in text[s + 1:e]:
            s += 1
        if s < e and text[e - 1] in _CLOSE and _CLOSE[text[e - 1]] not in text[s:e - 1]:
            e -= 1
        if s < e and text[s] in _QUOTES and text[s] not in text[s + 1:e]:
            s += 1
        if s < e and text[e - 1] in _QUOTES and text[e - 1] not in text[s:e - 1]:
            e -= 1
        if field in ("title", "container", "volume", "pages", "issue", "doi", "url",
                     "publisher", "location", "note", "date") and e > s and text[e - 1] == ".":
            # keep the dot of an abbreviation like "Phys." / "J." in containers
            if not (field in ("container", "publisher") and _ABBREV_END.search(text[s:e])):
                e -= 1
        if field == "container":
            m = _IN_PREFIX.match(text[s:e])
            if m and e - s > m.end():
                s += m.end()
        if field == "pages":
            m = _PAGES_PREFIX.match(text[s:e])
            if m and m.end() < e - s and text[s + m.end()].isalnum():
                s += m.end()
        if field == "volume":
            m = _VOLUME_PREFIX.match(text[s:e])
            if m and m.end() < e - s:
                s += m.end()
        if field == "doi":
            m = _DOI_PREFIX.match(text[s:e])
            if m and m.end() < e - s:
                s += m.end()
        if (s, e) == (s0, e0):
            break
    return s, e


_SENTENCE_END = re.compile(r"(?<=[a-z0-9)\]]{2})[.][\"”’]?\s+(?:In:?\s+|Dans\s+)?(?=[A-Z0-9\"“])")


def _split_run_on_title(result: dict) -> None:
    """'Title. The New York Times': with no container found, the model ran the title into it;
    a sentence end inside the title starts the container (titles join their parts with ':')."""
    title = result["title"]
    m = _SENTENCE_END.search(title)
    if m is None or m.start() < 12 or len(title) - m.end() < 3:
        return
    keep = title[: m.start() + (1 if title[m.start()] in "?!" else 0)].rstrip()
    rest = title[m.end():].strip(" .,")
    result["title"] = keep
    if venue_like(rest):  # the venue table, not the model, vouches for the rest
        result["container"] = rest


def label_reference(text: str) -> dict:
    """Label one reference / publication entry string.

    Returns ``{"authors", "title", "container", "year", "volume", "issue", "pages",
    "publisher", "location", "editor", "note", "doi", "url", "spans"}``; string
    values are slices of ``text`` (separators and wrapping brackets trimmed),
    ``year`` an int, ``spans`` the raw labelled segments ``(label, start, end)``.
    """
    result: dict = {k: None for k in FIELDS}
    result["spans"] = []
    if not isinstance(text, str):
        return result
    tagged = _fix_venue_acronyms(label_tokens(text))
    segs = segments(tagged)
    result["spans"] = segs
    first: dict[str, tuple[int, int]] = {}
    for lab, s, e in segs:
        if lab not in first:
            first[lab] = (s, e)
    for field, lab in _FIELD_LABEL.items():
        if lab in first:
            s, e = _trim(text, *first[lab], field)
            if e > s:
                result[field] = text[s:e]
    if result["title"] is None and result["container"] is not None and (
        "publisher" in first or "location" in first
        or ("volume" not in first and "pages" not in first and "issue" not in first
            and len(result["container"].split()) >= 4)
    ):
        # a book / thesis / web page title the model took for a container: the
        # corpora call the only title of a monograph its title
        result["title"], result["container"] = result["container"], None
    if result["container"] is None and result["title"]:
        _split_run_on_title(result)
    year = None
    for lab, s, e in segs:
        if lab == "date":
            m = _YEAR_RE.search(text, s, e)
            if m:
                year = int(m.group(1))
                break
    if year is None:
        # the model may put a trailing year into pages/volume/note: take the last
        # year-like number outside author/title/container/editor segments
        for lab, s, e in reversed(segs):
            if lab in ("author", "title", "container", "editor", "doi", "url"):
                continue
            ms = list(_YEAR_RE.finditer(text, s, e))
            for m in reversed(ms):
                # not part of a page range like 1990-2010 / 2029-2031
                before = text[max(s, m.start() - 1):m.start()]
                after = text[m.end():m.end() + 1]
                if before in "-–—" and before or after in "-–—" and after:
                    continue
                year = int(m.group(1))
                break
            if year is not None:
                break
    result["year"] = year
    return result
