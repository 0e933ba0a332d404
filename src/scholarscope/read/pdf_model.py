"""The PDF reader's records: one character with its box and style, one visual line; and how two
neighbouring characters are separated (nothing, a space, or a wide gap read as a tab)."""
from __future__ import annotations

from dataclasses import dataclass, field


BULLETS = "•◦▪▫‣∙·●○■□◆◇►▸✓✔➢➤❖\uf0b7\uf0a7\uf076\uf0d8\uf0fc\uf0a8\uf06e\uf0e0–—-"


@dataclass(slots=True)
class Ch:
    c: str
    x0: float
    x1: float
    y0: float  # bottom (loose box)
    y1: float  # top (loose box)
    size: float
    bold: bool
    ital: bool
    idx: int
    space_before: bool = False
    link: int = -1
    spaced: float = 0.0  # letter-spaced text: a word gap is wider than this (0: the usual rule)
    col: bool = False  # the first character of a table column (lines start cells at this x)
    sep: str = ""  # the separator before this character, decided by the table reader (tabs of empty cells too)


@dataclass
class Line:
    chars: list[Ch]
    page: int
    y0: float
    y1: float
    size: float = 0.0
    text: str = ""  # plain text, for heuristics
    blank_before: bool = False
    heading: int = 0
    bullet: bool = False  # a drawn (not typed) bullet sits left of the line
    drop: bool = False
    extra_links: list[str] = field(default_factory=list)

    @property
    def x0(self) -> float:
        return min(c.x0 for c in self.chars) if self.chars else 0.0

    @property
    def x1(self) -> float:
        return max(c.x1 for c in self.chars) if self.chars else 0.0


def plain_text(chars: list[Ch]) -> str:
    out = []
    prev = None
    for c in chars:
        if prev is not None and gap_kind(prev, c) != "":
            out.append(" ")
        out.append(c.c)
        prev = c
    return "".join(out)


def gap_kind(prev: Ch, c: Ch) -> str:
    if c.sep:
        return c.sep
    gap = c.x0 - prev.x1
    size = max(min(prev.size, c.size), 1.0)
    if gap > 2.2 * size and gap > 14 or c.col and gap > 0.6 * size:
        return "\t"
    if c.spaced:
        return " " if gap > c.spaced else ""
    if c.space_before or gap > 0.2 * size:
        return " "
    return ""
