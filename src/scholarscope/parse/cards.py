"""Entries set as cards under small headings: '### Title' then its venue, place, year and author lines.

R Markdown résumés (pagedown, vitae), Hugo and Quarto themes print each publication as a heading with its
fields in paragraphs below it. Read as written, every paper would be a section of its own and every field
paragraph an entry. Here each such card becomes one paragraph: the title line, then its fields.
"""
from __future__ import annotations

import re

from .lines import Line
from .sections import categorise

_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_PLACEHOLDER = re.compile(r"\s*(?:N/?A|n/a|-|–|—)\s*")  # a field the template needed and the author left empty
_CARD_SECTIONS = ("publications",)


def heading_cards(lines: list[Line]) -> list[Line]:
    """Rewrite each card of two or more sibling title headings under a publications heading as one paragraph."""
    cards = _card_headings(lines)
    if not cards:
        return lines
    out: list[Line] = []
    i = 0
    while i < len(lines):
        ln = lines[i]
        if i not in cards:
            out.append(ln)
            i += 1
            continue
        end = _card_end(lines, i)
        out.append(Line("", ln.start, ln.start, "blank"))
        out.append(Line(ln.body, ln.start, ln.end, "plain", body=ln.body))
        for inner in lines[i + 1:end]:
            text = inner.body if inner.kind == "item" else inner.text
            if inner.kind == "blank" or _PLACEHOLDER.fullmatch(text):
                continue
            out.append(Line(text, inner.start, inner.end, "plain", body=text))
        out.append(Line("", lines[end - 1].end, lines[end - 1].end, "blank"))
        i = end
    return out


def _card_headings(lines: list[Line]) -> set[int]:
    """Indices of title headings: no section name, three words or more, a year in their card, under a
    publications heading, and at least two of them side by side."""
    found: dict[int, list[int]] = {}  # the parent heading's index -> its card headings
    parents: list[tuple[int, int, str | None]] = []  # (level, index, category) of the headings above
    for i, ln in enumerate(lines):
        if ln.kind != "heading":
            continue
        cat = categorise(ln.body)
        while parents and parents[-1][0] >= ln.level:
            parents.pop()
        parent = parents[-1] if parents else None
        if cat is None and parent is not None and parent[2] in _CARD_SECTIONS and len(ln.body.split()) >= 3 \
                and _card_has_year(lines, i):
            found.setdefault(parent[1], []).append(i)
            continue  # a card is no parent of the next one
        parents.append((ln.level, i, cat))
    return {i for group in found.values() if len(group) >= 2 for i in group}


def _card_end(lines: list[Line], i: int) -> int:
    level = lines[i].level
    j = i + 1
    while j < len(lines) and not (lines[j].kind == "heading" and lines[j].level <= level):
        j += 1
    return j


def _card_has_year(lines: list[Line], i: int) -> bool:
    end = _card_end(lines, i)
    body = [ln for ln in lines[i + 1:end] if ln.kind != "blank"]
    return 2 <= len(body) <= 12 and any(_YEAR.search(ln.text) for ln in body)
