"""Text pasted from a PDF into a plain-text file: words hyphenated at line ends, and the running
headers and page footers repeated on every page. Both are layout, not content."""
from __future__ import annotations

import re

from .text import fold_case

# "Conti-" / "nental-scale": a word the line end split; the fragment moves up and the hyphen goes.
# Second halves of compounds keep their hyphen ("data-" / "driven", "state-of-the-" / "art").
_SPLIT_WORD = re.compile(r"(?<=[a-zà-ÿ])-\n([ \t]*)([a-zà-ÿ][^\s]*)")
COMPOUND_TAIL = frozenset("""based scale level term specific driven time wide free like dependent related induced mediated
resolved of the and art to in up on off by from with making aware guided informed oriented centered centred
sensitive rich poor friendly dimensional order class world step end long short range source enhanced assisted
controlled limited efficient selective line body state field fidelity""".split())
_PAGE_LINE = re.compile(r"^\s*(?:.{0,80}?\S\s*[—–|•·,-]\s*)?(?:page|p\.|seite|página|pagina)\s*\d{1,3}"
                        r"(?:\s*(?:of|/|von|de|di)\s*\d{1,3})?\s*$|^\s*[-–—]\s*\d{1,3}\s*[-–—]\s*$", re.I)


_RUNNING_TITLE = re.compile(r"\b(?:curriculum vitae|cv|r[ée]sum[ée]|lebenslauf|publication list|list of publications)\b")


def dehyphenate(source: str) -> str:
    """Join words split at line ends; the result has the same length, so offsets stay valid."""
    return _SPLIT_WORD.sub(_rejoin, source) if "-\n" in source else source  # each match holds "-\n"


def _rejoin(m: re.Match) -> str:
    before = m.string[max(0, m.start() - 60): m.start()].rsplit(None, 1)[-1] if m.start() else ""
    tail = m.group(2)
    if "/" in before or "." in before or "@" in before:
        return m.group(0)  # a URL or a DOI broken at its own hyphen
    if re.match(r"[a-zà-ÿ]+", tail).group(0) in COMPOUND_TAIL:
        return m.group(0)
    return tail + " " * len(m.group(1)) + " \n"


def page_furniture(lines: list[str]) -> set[int]:
    """Indices of page footers ("Page 2 of 4"), of running headers repeated beside them, and of the
    blank lines around them when the text before them runs on across the page break."""
    pages = [i for i, ln in enumerate(lines) if _may_be_page_line(ln) and _PAGE_LINE.match(ln)]
    if len(pages) < 2 and not any(re.search(r"\bof\s*\d", lines[i], re.I) for i in pages):
        return set()  # one stray "p. 3" is no page furniture
    drop = set(pages)
    keys: dict[str, list[int]] = {}
    for i in pages:
        for j in _next_text(lines, i, 1), _next_text(lines, i, -1):
            if j is not None:
                keys.setdefault(_key(lines[j]), []).append(j)
    for key, found in keys.items():
        if len(found) >= 2 or _RUNNING_TITLE.search(key):
            drop.update(found)  # the same line beside every page footer, or "Name — Curriculum Vitae": a running header
    for i in sorted(drop):
        _drop_blank_run(lines, i, drop)
    return drop


_PAGE_WORDS = ("page", "p.", "seite", "página", "pagina")


def _may_be_page_line(line: str) -> bool:
    """A cheap exact test that _PAGE_LINE can match: its match ends the line with a dash, or with a page
    number after a page word (then spaces); a failed match tries every start of the words before 'page'."""
    last = line.rstrip()[-1:]
    if last in ("-", "–", "—"):
        return True
    return last.isdigit() and any(map(fold_case(line).__contains__, _PAGE_WORDS))


def _key(line: str) -> str:
    return re.sub(r"\d+", "#", re.sub(r"\s+", " ", line.strip().lower()))


def _next_text(lines: list[str], i: int, step: int) -> int | None:
    j = i + step
    while 0 <= j < len(lines) and not lines[j].strip():
        j += step
    return j if 0 <= j < len(lines) and j - i in range(-3, 4) else None


def _drop_blank_run(lines: list[str], i: int, drop: set[int]) -> None:
    """An entry cut by the page break goes on after it: no blank line may end it there."""
    a = i
    while a > 0 and (not lines[a - 1].strip() or a - 1 in drop):
        a -= 1
    prev = lines[a - 1].rstrip() if a > 0 else ""
    if not prev or re.search(r"[.!?:)\]]$|https?://\S+$", prev):
        return  # the text before the break ends a sentence: the break may end an entry too
    b = i
    while b + 1 < len(lines) and (not lines[b + 1].strip() or b + 1 in drop):
        b += 1
    drop.update(j for j in range(a, b + 1) if not lines[j].strip())


# ---- a CV pasted into an e-mail and quoted in a reply or forward ------------------------------------------
_QUOTE = re.compile(r"^[ \t]*>")
_SIGNATURE = re.compile(r"^--\s*$")  # RFC 3676's signature separator ("-- ")
MIN_QUOTED = 10


def quoted_message(source: str) -> str:
    """The quoted message of a reply or forward that quotes a whole document: its lines without their
    '> ' (moved to the line end, so that offsets stay valid), the text around it (headers, the sender's
    note, their signature) blanked, and inside it the earlier messages it quotes ('>> …') and its own
    signature (after '-- ') blanked too. A line that lost its '> ' when a mail client re-wrapped a long
    quoted line belongs to the quote it sits in. Other text is returned as it is."""
    if ">" not in source:
        return source
    lines = source.split("\n")
    quoted = [bool(_QUOTE.match(ln)) for ln in lines]
    run = _longest_quote(lines, quoted)
    nonblank = sum(1 for ln in lines if ln.strip())
    if run is None or sum(quoted[run[0]:run[1]]) < max(MIN_QUOTED, 0.5 * nonblank):
        return source
    out = []
    signed = False
    for i, ln in enumerate(lines):
        if not run[0] <= i < run[1] or signed:
            out.append(" " * len(ln))
            continue
        m = re.match(r"[ \t]*> ?", ln) if quoted[i] else None
        body = ln[m.end():] if m else ln
        if _QUOTE.match(body):
            out.append(" " * len(ln))  # a message quoted inside the quote
            continue
        if _SIGNATURE.match(body.rstrip()) and body.startswith("--"):
            signed = True
            out.append(" " * len(ln))
            continue
        out.append(body + " " * (len(ln) - len(body)))
    return "\n".join(out)


def _longest_quote(lines: list[str], quoted: list[bool]) -> tuple[int, int] | None:
    """The longest run of quoted lines, blank lines and single unquoted lines between two quoted ones."""
    best, start = None, None
    for i in range(len(lines) + 1):
        inside = i < len(lines) and (quoted[i] or (start is not None and lines[i].strip() and i + 1 < len(lines)
                                                   and quoted[i + 1] and quoted[i - 1]))
        if inside and start is None:
            start = i
        elif not inside and start is not None:
            if best is None or sum(quoted[start:i]) > sum(quoted[best[0]:best[1]]):
                best = (start, i)
            start = None
    return best


# ---- `pdftotext -layout` of a page with a sidebar ---------------------------------------------------------
_YEARISH = re.compile(r"(?:19|20)\d\d|\d{1,2}/\d{4}|\b(?:present|heute|now)\b", re.I)


def sidebar_columns(lines: list[str], offsets: list[int]) -> tuple[list[str], list[int]]:
    """Plain text laid out by `pdftotext -layout` from a page with a sidebar: the sidebar's lines share
    the page's lines with the main column, which starts at one column on every line. Each page is read as a
    person reads it: the lines above the sidebar (the name), the sidebar, then the main column; a later
    page whose text all stands in the main column loses that indent. A column of dates or labels beside
    their entries ('2018 - 2021    Postdoc, …') pairs each left cell with its line and is left as it is."""
    pages = _pages(lines)
    col = next((c for a, b in pages for c in [_sidebar_column(lines[a:b])] if c is not None), None)
    if col is None:
        return lines, offsets
    out, outo = [], []
    for a, b in pages:
        page, offs = lines[a:b], offsets[a:b]
        if _sidebar_column(page) == col:
            k = next(i for i, ln in enumerate(page) if ln[:col].strip(" \f"))
            out += page[:k] + [ln[:col].rstrip() for ln in page[k:]] + [""] + [ln[col:] for ln in page[k:]]
            outo += offs[:k] + offs[k:] + [offs[-1]] + [o + col for o in offs[k:]]
        elif all(ln.replace("\f", "")[:col].strip() == "" for ln in page):
            out += ["\f" * ("\f" in ln) + ln.replace("\f", "")[col:] for ln in page]  # keeps a form feed
            outo += [o + col for o in offs]
        else:
            out += page
            outo += offs
    return out, outo


def _pages(lines: list[str]) -> list[tuple[int, int]]:
    starts = [0] + [i for i, ln in enumerate(lines) if i and "\f" in ln]
    return list(zip(starts, starts[1:] + [len(lines)]))


def _sidebar_column(page: list[str]) -> int | None:
    """The column where a page's main column starts beside a sidebar, or None: many lines hold both a
    left cell and text from that column on, others only one of the two, no text runs across it, and the
    left cells are mostly words (a column of dates pairs each date with its line)."""
    text = [ln.replace("\f", " ").rstrip() for ln in page if ln.strip(" \f")]
    if len(text) < 12:
        return None
    width = max(len(ln) for ln in text)
    best = None
    for c in range(15, width // 2 + 1):
        paired = left_only = right_only = crossing = 0
        left_cells, gap = [], width
        for ln in text:
            left, right = ln[:c], ln[c:]
            if left.strip() and len(ln) > c - 2 and ln[c - 2:c].strip():
                crossing += 1
                continue
            if left.strip() and right.strip():
                paired += 1
                left_cells.append(left.strip())
                gap = min(gap, len(right) - len(right.lstrip()))
            elif left.strip():
                left_only += 1
                left_cells.append(left.strip())
            elif right.strip():
                right_only += 1
        if paired >= 5 and left_only >= 3 and right_only >= 3 and crossing <= max(1, len(text) // 20) \
                and sum(1 for t in left_cells if _YEARISH.search(t)) < 0.3 * len(left_cells) \
                and (best is None or paired > best[1]):
            best = (c + gap, paired)  # where the main column's text starts
    return best[0] if best else None
