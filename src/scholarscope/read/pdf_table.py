"""Tables whose cells wrap over several lines ('07/2022–<TAB>Associate Professor of<TAB>Department of …' over
'present<TAB>Pediatrics<TAB>Colorado School of Medicine'): each character's x position says which column a
piece belongs to, and the spacing says which lines make one row, so a row is put back together as one line
of tab-separated cells. Split from pdf.py; works on its line records."""
from __future__ import annotations

from collections import Counter

from .pdf_model import Ch, Line, gap_kind, plain_text

_MIN_COLUMNS = 3  # two columns (a date beside its entry) are read by the parser's own rules


def merge_table_rows(lines: list[Line]) -> list[Line]:
    """The lines, each wrapped table row made one line (see the module docstring)."""
    out: list[Line] = []
    i = 0
    while i < len(lines):
        j = _run_end(lines, i)
        merged = _table(lines[i:j]) if j - i >= 3 else None
        if merged is None:
            out.append(lines[i])
            i += 1
            continue
        out.extend(merged)
        i = j
    return out


def _cells(ln: Line) -> list[list[Ch]]:
    cells: list[list[Ch]] = [[ln.chars[0]]] if ln.chars else []
    for a, b in zip(ln.chars, ln.chars[1:]):
        if gap_kind(a, b) == "\t":
            cells.append([])
        cells[-1].append(b)
    return cells


def _run_end(lines: list[Line], i: int) -> int:
    """End of a run of table lines from i: a row of three or more cells, then lines of one page, close below
    each other, that hold two or more cells or one cell set in from the left edge (a wrapped cell's piece)."""
    first = lines[i]
    if first.heading or len(_cells(first)) < _MIN_COLUMNS:
        return i + 1
    left = first.x0
    second = min(c[0].x0 for c in _cells(first)[1:])
    j = i + 1
    while j < len(lines):
        ln, prev = lines[j], lines[j - 1]
        step = prev.y0 - ln.y0
        if ln.heading or ln.page != first.page or not 0 < step < 2.5 * max(ln.size, 1) or not ln.chars:
            break
        if len(_cells(ln)) < 2 and ln.x0 < left + 2 * max(ln.size, 1) and ln.x1 > second:
            break  # a line across the columns: text after the table (a piece of the first column stays)
        left = min(left, ln.x0)
        j += 1
    return j


def _columns(lines: list[Line]) -> list[float]:
    """Where cells start: x positions at which cells of two or more lines start (a centred header does not count)."""
    starts: Counter = Counter()
    for ln in lines:
        xs = {round(c[0].x0) for c in _cells(ln)}
        starts.update(xs)
    cols: list[float] = []
    for x in sorted(starts):
        n = starts[x] + starts.get(x - 1, 0) + starts.get(x + 1, 0)
        if n >= 2 and not (cols and x - cols[-1] <= 2):
            cols.append(float(x))
    return cols


def _aligned(ln: Line, cols: list[float]) -> bool:
    """Every cell of the line starts at a column (a header row's centred labels may not: it is the first line)."""
    return all(any(abs(c[0].x0 - x) <= 2 for x in cols) for c in _cells(ln))


def _table(lines: list[Line]) -> list[Line] | None:
    cols = _columns(lines)
    if len(cols) < _MIN_COLUMNS or not all(_aligned(ln, cols) for ln in lines[1:]):
        return None  # cells that start anywhere (a flush-right place beside an entry): no grid of columns
    steps = [a.y0 - b.y0 for a, b in zip(lines, lines[1:])]
    tight = min(steps)
    if max(steps) < 1.15 * tight:
        return None  # rows as close as the lines of a cell: no row is known to go on below
    rows: list[list[Line]] = [[lines[0]]]
    for ln, step in zip(lines[1:], steps):
        if step < 1.15 * tight:
            rows[-1].append(ln)
        else:
            rows.append([ln])
    if all(len(r) == 1 for r in rows):
        return None
    out = [_row_line(r, cols) for r in rows]  # every row by the columns: 'Immunology University of …' is two cells
    for ln in out[1:]:
        ln.blank_before = False  # a table's rows are one block, however far apart
    return out


def _words(ln: Line) -> list[list[Ch]]:
    words: list[list[Ch]] = []
    prev = None
    for c in ln.chars:
        if prev is None or gap_kind(prev, c):
            words.append([])
        words[-1].append(c)
        prev = c
    return words


def _row_line(row: list[Line], cols: list[float]) -> Line:
    """The lines of one row as one line: each word goes to the column it starts in, the columns in order,
    a cell's pieces top to bottom joined by a space, cells by tabs (two for an empty cell between)."""
    cells: list[list[list[Ch]]] = [[] for _ in cols]
    for ln in row:
        for w in _words(ln):
            k = max((k for k, x in enumerate(cols) if x <= w[0].x0 + 2), default=0)
            cells[k].append(w)
    chars: list[Ch] = []
    skipped = 0
    for cell in cells:
        if not cell:
            skipped += 1
            continue
        for n, w in enumerate(cell):
            w[0].sep = ("\t" * (skipped + 1) if chars else "") if n == 0 else " "
            _place(chars, w)
        skipped = 0
    top = row[0]
    merged = Line(chars, top.page, min(ln.y0 for ln in row), top.y1, top.size, blank_before=top.blank_before,
                  bullet=top.bullet, extra_links=[u for ln in row for u in ln.extra_links])
    merged.text = plain_text(chars).strip()
    return merged


def _place(chars: list[Ch], word: list[Ch]) -> None:
    """Append a word, moved right of the characters before it when it starts left of them (x stays in order)."""
    if chars and word[0].x0 < chars[-1].x1:
        shift = chars[-1].x1 + max(word[0].size, 1) - word[0].x0
        for c in word:
            c.x0 += shift
            c.x1 += shift
    chars.extend(word)
