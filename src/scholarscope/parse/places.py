"""Is this a place? A gazetteer lookup that tells "Santa Barbara, CA" from "GuangZhou Bank".

The gazetteer (data/places.txt.gz, built by scripts/build_places.py from GeoNames) holds countries, US states,
provinces and every city of 5,000 people or more. Two- and three-letter codes are matched with their case
("IN" is Indiana, "in" is a word).
"""
from __future__ import annotations

import gzip
import re
from functools import lru_cache
from importlib import resources

# University systems whose campus city is part of the name ("University of California, Santa Barbara").
_MULTI_CAMPUS = re.compile(r"\buniversity of (?:california|texas|wisconsin|massachusetts|illinois|colorado|maryland|"
                           r"missouri|hawai.?i|nebraska|north carolina|minnesota|tennessee|michigan|washington|"
                           r"pittsburgh|south florida|houston|alabama|arkansas|louisiana|new mexico|paris|lyon)\s*$", re.I)


@lru_cache(maxsize=1)
def _gazetteer() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(lower-case names, case-sensitive codes, lower-case regions: countries, states, provinces)."""
    raw = resources.files("scholarscope.data").joinpath("places.txt.gz").read_bytes()
    names, codes, regions = set(), set(), set()
    for line in gzip.decompress(raw).decode("utf-8").splitlines():
        if line.isupper() and len(line) <= 3:
            codes.add(line)
        elif line.startswith("@"):
            regions.add(line[1:])
            names.add(line[1:])
        else:
            names.add(line)
    return frozenset(names), frozenset(codes), frozenset(regions)


def _region(part: str) -> bool:
    part = part.strip(" .()")
    _, codes, regions = _gazetteer()
    return part in codes or part.lower() in regions


_DIGIT = re.compile(r"\d")
_CITY_STATE = re.compile(r"(.+?)\s+([A-Z]{2})")
_PLACE_SEP = re.compile(r",|\s[-–—|/]\s")


def _one_place(part: str) -> bool:
    part = part.strip(" .()")
    if not part or len(part) > 40 or _DIGIT.search(part):
        return False
    names, codes, _ = _gazetteer()
    if part in codes or part.lower() in names:
        return True
    m = _CITY_STATE.fullmatch(part)  # "Ithaca NY"
    return bool(m) and m.group(2) in codes and m.group(1).lower() in names


def is_place(text: str) -> bool:
    """'Santa Barbara, CA', 'Lausanne, Switzerland', 'Remote': every comma part is a known place."""
    parts = [p for p in _PLACE_SEP.split(text) if p.strip()]
    if not parts:
        return False
    for i, part in enumerate(parts):
        if _one_place(part):
            continue
        # an unknown small town is a place when a region or country follows it: "Smalltown, NY" (not "MIT, ...")
        shaped = re.fullmatch(r"[A-Z][a-z][\w'’.\-]*(?: [A-Z][\w'’.\-]*){0,2}", part.strip()) is not None
        if not (shaped and i + 1 < len(parts) and _region(parts[i + 1])):
            return False
    return True


def is_imprint_city(text: str) -> bool:
    """'Berkeley, CA', 'London', 'Cambridge, UK': a known city (and its region), as a publisher's imprint names it."""
    parts = [p.strip() for p in text.split(",")]
    return 1 <= len(parts) <= 2 and _one_place(parts[0]) \
        and (len(parts) == 1 or _region(parts[1]))


def is_campus_system(org: str) -> bool:
    """A university system whose campus city belongs to its name."""
    return bool(_MULTI_CAMPUS.search(org))


_ORG_WORD = re.compile(r"\b(?:universit|college|institut|school|hospital|cent(?:er|re)|laborator|academy|clinic)", re.I)


def split_trailing_places(text: str) -> tuple[str, str | None]:
    """'Rice University, Houston, TX' -> ('Rice University', 'Houston, TX'); an organisation is never emptied."""
    parts = [p.strip() for p in re.split(r"(,)", text)]
    pieces = [p for p in parts if p != ","]
    cut = len(pieces)
    while cut > 1 and is_place(", ".join(pieces[cut - 1:])) and not _ORG_WORD.search(pieces[cut - 1]):
        cut -= 1  # "Columbia University, New York, NY": a school named after a place is no place
    if cut == len(pieces):
        return text.strip(), None
    org = ", ".join(pieces[:cut]).strip()
    if _MULTI_CAMPUS.search(org) and cut < len(pieces):
        org, cut = f"{org}, {pieces[cut]}", cut + 1  # the campus is part of the name
    loc = ", ".join(pieces[cut:]).strip() or None
    return org, loc
