"""BibTeX via bibtexparser 2 (its LaTeX-encoding middleware escapes &, %, #, braces, accents)."""
from __future__ import annotations

import re
from typing import Any

from .common import arxiv_id, best_claim, split_name, url_of

_ENTRY_TYPE = {"conference": "inproceedings", "workshop": "inproceedings", "findings": "inproceedings",
               "journal": "article", "preprint": "misc", "other": "misc"}


def _key(claim: dict[str, Any], title: str, used: set[str]) -> str:
    """'<surname><year><first title word>', ASCII only, made unique with a, b, c..."""
    from ..resolve.names import strip_accents

    authors = claim.get("authors") or []
    family = split_name(authors[0])[1] if authors else "anon"
    word = next((t for t in re.findall(r"[A-Za-z]+", strip_accents(title)) if len(t) > 3), "work")
    base = re.sub(r"[^a-z0-9]", "", strip_accents(family).lower() + str(claim.get("year") or "") + word.lower())
    key, n = base or "work", 0
    while key in used:
        n += 1
        key = f"{base}{chr(ord('a') + (n - 1) % 26)}{(n - 1) // 26 or ''}"
    used.add(key)
    return key


def _fields(work: dict[str, Any], claim: dict[str, Any]) -> list[tuple[str, str]]:
    etype = _ENTRY_TYPE.get(work.get("type") or claim.get("type") or "other", "misc")
    fields = [("title", work.get("title") or claim.get("title") or ""),
              ("author", " and ".join(f"{split_name(a)[1]}, {split_name(a)[0]}".strip(", ")
                                      for a in claim.get("authors") or []))]
    venue = claim.get("venue_raw") or work.get("venue")
    if venue and etype == "inproceedings":
        fields.append(("booktitle", venue))
    elif venue and etype == "article":
        fields.append(("journal", venue))
    elif venue:
        fields.append(("howpublished", venue))
    if claim.get("year") or work.get("year"):
        fields.append(("year", str(claim.get("year") or work.get("year"))))
    if claim.get("doi"):
        fields.append(("doi", claim["doi"]))
    if arxiv_id(claim):
        fields += [("eprint", arxiv_id(claim) or ""), ("archiveprefix", "arXiv")]
    if url_of(claim):
        fields.append(("url", url_of(claim) or ""))
    if claim.get("note"):
        fields.append(("note", claim["note"]))
    return [(k, v) for k, v in fields if v]


def render(view: dict[str, Any]) -> str:
    import bibtexparser
    from bibtexparser import model

    used: set[str] = set()
    blocks = []
    for w in view.get("works") or []:
        claim = best_claim(w)
        etype = _ENTRY_TYPE.get(w.get("type") or claim.get("type") or "other", "misc")
        fields = [model.Field(k, _encode(k, v)) for k, v in _fields(w, claim)]
        blocks.append(model.Entry(etype, _key(claim, w.get("title") or "", used), fields))
    return bibtexparser.write_string(bibtexparser.Library(blocks))


def _encode(key: str, value: str) -> str:
    """LaTeX-escape text fields (&, %, #, _, braces, accents); identifiers stay verbatim but brace-free."""
    if key in _VERBATIM:
        return value.replace("{", "").replace("}", "")
    from pylatexenc.latexencode import UnicodeToLatexEncoder

    global _ENCODER
    if _ENCODER is None:
        _ENCODER = UnicodeToLatexEncoder(non_ascii_only=False, unknown_char_policy="keep",
                                         replacement_latex_protection="braces-almost-all")
    return _ENCODER.unicode_to_latex(value)


_VERBATIM = frozenset({"url", "doi", "eprint", "archiveprefix"})
_ENCODER: Any = None
