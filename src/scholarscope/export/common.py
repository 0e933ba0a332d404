"""Helpers shared by the exporters: the claim that stands for a work, and name splitting."""
from __future__ import annotations

import re
from typing import Any

_PARTICLES = {"van", "von", "de", "der", "den", "da", "di", "del", "della", "du", "le", "la", "dos", "das", "ter"}
_ARXIV = re.compile(r"arxiv\.org/(?:abs|pdf)/(\d{4}\.\d{4,5})|arxiv[:\s]\s*(\d{4}\.\d{4,5})", re.I)


def best_claim(work: dict[str, Any]) -> dict[str, Any]:
    """The claim to cite: one with a venue beats a preprint, more authors beat fewer, later beats earlier."""
    claims = work.get("claims") or [{}]
    return max(claims, key=lambda c: (bool(c.get("venue")) and c.get("type") != "preprint",
                                      len(c.get("authors") or []), c.get("year") or 0))


def split_name(name: str) -> tuple[str, str]:
    """(given, family) from 'First Last', 'First van Last' or 'Last, First'."""
    name = " ".join(name.replace("*", "").split())
    if "," in name:
        family, _, given = name.partition(",")
        return given.strip(), family.strip()
    parts = name.split(" ")
    if len(parts) == 1:
        return "", parts[0]
    cut = len(parts) - 1
    while cut > 1 and parts[cut - 1].lower() in _PARTICLES:
        cut -= 1
    return " ".join(parts[:cut]), " ".join(parts[cut:])


def arxiv_id(claim: dict[str, Any]) -> str | None:
    for text in [*(claim.get("links") or []), claim.get("venue_raw") or "", claim.get("note") or ""]:
        m = _ARXIV.search(text)
        if m:
            return m.group(1) or m.group(2)
    return None


def url_of(claim: dict[str, Any]) -> str | None:
    links = [u for u in claim.get("links") or [] if u.startswith(("http://", "https://"))]
    return links[0] if links else None
