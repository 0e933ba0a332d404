"""Page layout from character runs: reading blocks (two columns, a sidebar) and entry starts
(hanging indents, date columns). Split from pdf.py; works on its character and line records."""
from __future__ import annotations

import re
import statistics
from collections import Counter
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .pdf_model import Ch, Line


def column_order(runs: list[list["Ch"]], width: float) -> list[list[list["Ch"]]]:
    """Split runs into reading blocks: one block normally, [full-width top, left, right, rest]
    when the page is laid out in two columns."""
    if len(runs) < 12 or width <= 0:
        return [runs]
    boxes = [(min(c.x0 for c in r), max(c.x1 for c in r)) for r in runs]
    lo, hi = 0.2 * width, 0.7 * width
    best = None
    for g in range(int(lo), int(hi), 4):
        crossing = sum(len(r) for r, (a, b) in zip(runs, boxes) if a < g - 2 and b > g + 2)
        if best is None or crossing < best[1]:
            best = (g, crossing)
    g, crossing = best
    total = sum(len(r) for r in runs)
    if crossing > 0.15 * total:
        return _column_stretch(runs, boxes, width) or [runs]
    left = [(r, bx) for r, bx in zip(runs, boxes) if bx[1] <= g + 2]
    right = [(r, bx) for r, bx in zip(runs, boxes) if bx[0] >= g - 2]
    if len(left) < 5 or len(right) < 5:
        return [runs]
    lx0 = min(bx[0] for _, bx in left)
    rx1 = max(bx[1] for _, bx in right)
    lw = statistics.median(bx[1] - bx[0] for _, bx in left)
    rw = statistics.median(bx[1] - bx[0] for _, bx in right)
    narrow_left, narrow_right = lw < 0.6 * (g - lx0), rw < 0.6 * (rx1 - g)
    if narrow_left and narrow_right:  # both of short lines: the sidebar is the narrower column
        narrow_left, narrow_right = (g - lx0) < (min(rx1, width) - g), (g - lx0) >= (min(rx1, width) - g)
    if narrow_left or narrow_right:
        side = [r for r, _ in (left if narrow_left else right)]
        if _date_share(side) >= 0.4 or len(side) < 6:
            return [runs]  # a date column: read with the lines beside it, joined by tabs
        return _sidebar_blocks(runs, boxes, g, narrow_left)
    if _date_share([r for r, _ in left]) >= 0.5:
        return [runs]  # a left column of dates (and the headings beside them), however wide
    # vertical extent where both columns have text
    ltop = max(max(c.y1 for c in r) for r, _ in left)
    rtop = max(max(c.y1 for c in r) for r, _ in right)
    col_top = min(ltop, rtop) + 2
    above, lcol, rcol, below = [], [], [], []
    for r, (a, b) in zip(runs, boxes):
        y = max(c.y1 for c in r)
        if a < g - 2 and b > g + 2:
            (above if y > col_top else below).append(r)
        elif b <= g + 2:
            lcol.append(r)
        else:
            rcol.append(r)
    return [blk for blk in (above, lcol, rcol, below) if blk]


def _column_stretch(runs, boxes, width: float) -> list[list[list["Ch"]]] | None:
    """Two columns on part of a page only (a publication list under single-column sections): the
    longest run of lines, top to bottom, that no line crosses at one gutter, read as [above, left,
    right, below]; None when there is no such stretch of two full columns."""
    tops = [max(c.y1 for c in r) for r in runs]
    order = sorted(range(len(runs)), key=lambda i: -tops[i])
    best = None  # (lines in the stretch, gutter, first, end) in reading order
    for g in range(int(0.3 * width), int(0.7 * width), 4):
        start = 0
        for k in range(len(order) + 1):
            if k < len(order) and not (boxes[order[k]][0] < g - 2 and boxes[order[k]][1] > g + 2):
                continue
            if k - start >= 12 and (best is None or k - start > best[0]):
                best = (k - start, g, start, k)
            start = k + 1
    if best is None:
        return None
    _, g, a, b = best
    inside = order[a:b]
    left = [i for i in inside if boxes[i][1] <= g + 2]
    right = [i for i in inside if boxes[i][0] >= g - 2]
    if len(left) < 5 or len(right) < 5:
        return None
    lw = statistics.median(boxes[i][1] - boxes[i][0] for i in left)
    rw = statistics.median(boxes[i][1] - boxes[i][0] for i in right)
    lx0, rx1 = min(boxes[i][0] for i in left), max(boxes[i][1] for i in right)
    if lw < 0.6 * (g - lx0) or rw < 0.6 * (rx1 - g) or _date_share([runs[i] for i in left]) >= 0.5:
        return None  # a label or date column beside its text, not two columns of text
    col_top = min(_column_top([tops[i] for i in left]), _column_top([tops[i] for i in right])) + 2
    col_bot = max(min(min(c.y0 for c in runs[i]) for i in left), min(min(c.y0 for c in runs[i]) for i in right)) - 2
    above = [runs[i] for i in order[:a]] + [runs[i] for i in inside if tops[i] > col_top]
    below = [runs[i] for i in inside if tops[i] < col_bot] + [runs[i] for i in order[b:]]
    lcol = [runs[i] for i in left if col_bot <= tops[i] <= col_top]
    rcol = [runs[i] for i in right if col_bot <= tops[i] <= col_top]
    return [blk for blk in (above, lcol, rcol, below) if blk]


def _column_top(tops: list[float]) -> float:
    """The top of a column's text: a first line set well apart above the rest (a running header's
    left or right half, the tail of a full-width paragraph) is not part of the column."""
    tops = sorted(tops, reverse=True)
    pitch = statistics.median(a - b for a, b in zip(tops, tops[1:]) if a - b > 1) if len(tops) > 2 else 0.0
    while len(tops) > 2 and pitch and tops[0] - tops[1] > 1.8 * pitch:
        tops.pop(0)
    return tops[0]


_DATEISH = re.compile(r"(?:19|20)\d\d|\b(?:present|now|current)\b|^\W*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", re.I)


def _date_share(runs: list[list["Ch"]]) -> float:
    return sum(1 for r in runs if _DATEISH.search("".join(c.c for c in r))) / max(len(runs), 1)


def _sidebar_blocks(runs, boxes, g: float, sidebar_left: bool) -> list[list[list["Ch"]]]:
    """A sidebar (contact, skills, languages) beside the main column: the sidebar is read first and
    whole, then the main column, so that neither breaks the other's lines and the main column
    runs on into the next page (a sidebar read after it would cut a list that the page break splits)."""
    main, side, across = [], [], []
    for r, (a, b) in zip(runs, boxes):
        if a < g - 2 and b > g + 2:
            across.append(r)
        elif (b <= g + 2) == sidebar_left:
            side.append(r)
        else:
            main.append(r)
    top = max((max(c.y1 for c in r) for r in main + side), default=0.0)
    above = [r for r in across if max(c.y1 for c in r) >= top - 1]
    below = [r for r in across if r not in above]
    return [blk for blk in (above, side, main, below) if blk]


def hanging_starts(lines: list["Line"]) -> None:
    """A date column or a hanging indent: in a run of lines with no gap between them, each line that
    starts at the left edge while its continuation lines start further right opens a new entry."""
    group: list["Line"] = []
    for ln in lines + [None]:
        if ln is None or ln.blank_before or ln.heading:
            _hanging_group(group)
            group = []
        if ln is not None:
            group.append(ln)


def _hanging_group(group: list["Line"]) -> None:
    if len(group) < 3:
        return
    size = statistics.median(ln.size for ln in group) or 10.0
    left = min(ln.x0 for ln in group)
    outdented = [abs(ln.x0 - left) < 0.5 * size for ln in group]
    indented = [ln.x0 > left + 1.2 * size for ln in group]
    hangs = sum(1 for i in range(len(group) - 1) if outdented[i] and indented[i + 1])
    if hangs < 2 or sum(outdented) < 2:
        return
    for i in range(1, len(group)):
        if outdented[i]:
            group[i].blank_before = True


def mark_column_starts(lines: list["Line"], width: float) -> None:
    """A table's column (a 'Type / Impact' cell beside each citation): many lines start a run at the same x
    right after a visible gap. Those characters open a cell, so the gap before them is a tab, however narrow."""
    starts: list[tuple["Ch", int]] = []
    for ln in lines:
        for prev, c in zip(ln.chars, ln.chars[1:]):
            if c.x0 - prev.x1 > 1.0 * max(min(prev.size, c.size), 1.0) and c.x0 > 0.3 * width:
                starts.append((c, round(c.x0)))
    counts = Counter(x for _, x in starts)  # a justified line's wide gaps fall anywhere; a column starts at one x
    edges = {x for x, n in counts.items() if n + counts.get(x - 1, 0) + counts.get(x + 1, 0) >= 4}
    for c, x in starts:
        if x in edges:
            c.col = True
