"""Joining PDF lines: a word hyphenated at a line end (the hyphen kept in compounds) and a line that
ran to its column's right edge and goes on in the next one."""
from __future__ import annotations

import re
from collections import Counter

from .pasted import COMPOUND_TAIL
from .pdf_model import BULLETS, Ch, Line, gap_kind, plain_text


_HYPHENS = "-\u2010\u00ad\ufffe\u2011"


_SOFT = "\u00ad\ufffe"


_KEEP_PREFIX = {"co", "non", "self", "multi", "pre", "post", "semi", "anti", "cross", "well",
                "high", "low", "large", "small", "real", "long", "short", "end", "open", "mid",
                "inter", "intra", "sub", "super", "meta", "micro", "macro", "nano", "ultra",
                "data", "time", "state", "deep", "full", "half", "single", "double", "two", "three",
                "first", "second", "third", "zero", "few", "one", "fine", "x", "non-", "quasi",
                "pseudo", "tri", "neuro", "bio", "geo", "socio", "vice"}


def compound_hyphen(word: str, nxt: str) -> bool:
    """Does a hyphen between these two halves of a word cut at a line end belong to the word ('data-driven',
    'co-author', 'state-of-the-art'), rather than to the line break ('ther-mometry')?"""
    return "-" in word or word.lower() in _KEEP_PREFIX or nxt.lower() in COMPOUND_TAIL


def join_hyphens(lines: list[Line], words: Counter, real_hyphens: bool) -> list[Line]:
    out: list[Line] = []
    for ln in lines:
        if ln.drop:
            continue
        if out and not ln.blank_before and not ln.heading and not out[-1].heading and ln.page == out[-1].page \
                and out[-1].chars and ln.chars:
            prev = out[-1]
            last = prev.chars[-1]
            first = ln.chars[0]
            if last.c in _HYPHENS and len(prev.chars) >= 2 and prev.chars[-2].c.isalpha() and \
                    (first.c.isalpha() or last.c in _SOFT) and not bullet_start(ln.text) and not ln.bullet:
                word = _last_word(prev.chars[:-1]).lower()
                nxt = _first_word(ln.chars).lower()
                if last.c in _SOFT:
                    keep = False
                elif (word + "-" + nxt) in words or (word + "-" + nxt).split("-", 1)[-1] in words and "-" in word:
                    keep = True
                elif (word + nxt) in words:
                    keep = False
                else:  # "Seconds-" / "scale", "Narrow-" / "line": the second half of a compound keeps its hyphen
                    keep = real_hyphens or not first.c.islower() or "-" in word or word in _KEEP_PREFIX \
                        or nxt in COMPOUND_TAIL
                if not keep:
                    prev.chars.pop()
                _glue(prev, ln, space=False)
                continue
        out.append(ln)
    return out


def _glue(prev: Line, ln: Line, space: bool) -> None:
    """Append line `ln` to `prev`, its characters moved to sit right after prev's last one."""
    first = ln.chars[0]
    first.space_before = space
    shift = prev.chars[-1].x1 + (0.3 * max(first.size, 1) if space else 0.0) - first.x0
    for c in ln.chars:
        c.x0 += shift
        c.x1 += shift
    prev.chars.extend(ln.chars)
    prev.extra_links.extend(ln.extra_links)
    prev.text = plain_text(prev.chars).strip()


def join_wraps(lines: list[Line], links: list[str]) -> list[Line]:
    """Reflow: a line that ran to its column's right edge (the next line's first word would not have
    fit) and goes on in the next line of the same paragraph is one line of text, not two fields."""
    edges = _right_edges(lines)
    out: list[Line] = []
    for ln in lines:
        prev = out[-1] if out else None
        if prev is not None and _wrapped_into(prev, ln, edges.get(id(prev), prev.x1), _same_link(prev, ln, links)):
            _glue(prev, ln, space=True)
            continue
        out.append(ln)
    return out


def _right_edges(lines: list[Line]) -> dict[int, float]:
    """Per line, the right edge of its column: a high percentile of where the lines it overlaps end."""
    by_page: dict[int, list[Line]] = {}
    for ln in lines:
        by_page.setdefault(ln.page, []).append(ln)
    edges = {}
    for page_lines in by_page.values():
        spans = [(ln.x0, ln.x1) for ln in page_lines]
        for ln in page_lines:
            ends = sorted(b for a, b in spans if a < ln.x1 and b > ln.x0)
            edges[id(ln)] = ends[int(0.9 * (len(ends) - 1))] if ends else ln.x1
    return edges


def _same_link(prev: Line, ln: Line, links: list[str]) -> bool:
    """The break falls inside one hyperlink's anchor (a linked title or name that the width wrapped)."""
    if not prev.chars or not ln.chars:
        return False
    a, b = prev.chars[-1].link, ln.chars[0].link
    return a >= 0 and b >= 0 and links[a] == links[b]


def _wrapped_into(prev: Line, ln: Line, edge: float, one_link: bool = False) -> bool:
    if ln.blank_before or ln.heading or prev.heading or ln.bullet or ln.page != prev.page or not ln.chars \
            or not prev.chars or bullet_start(ln.text) or ln.x0 < prev.x0 - 0.5 * max(ln.size, 1):
        return False
    if any(gap_kind(a, b) == "\t" for a, b in zip(prev.chars, prev.chars[1:])):
        return False  # a right-aligned field (a date) ends the line, not the column
    if re.match(r"\(?\d{1,3}[.)]\s|\[[\w\s.-]{1,6}\]\s", ln.text):
        return False  # the next entry of a numbered list
    a, b = prev.chars[-1], ln.chars[0]
    if a.bold != b.bold or a.ital != b.ital:
        return False  # a change of style at the break: one field ends, another starts
    goes_on = one_link or ln.text[:1].islower() or re.search(r"[,;:&(\-–]$|\b(?:and|of|the|in|on|for|to|with|by|a|an|at)$", prev.text)
    if not goes_on:
        return False  # a line that could end a field: keep the break (the parser weighs it)
    word = next(iter(re.findall(r"\S+", ln.text)), "")
    size = max(ln.size, 1.0)
    first_word_w = len(word) * 0.5 * size
    return prev.x1 + first_word_w + 0.3 * size >= edge - 0.5 * size


def _last_word(chars: list[Ch]) -> str:
    w = []
    for c in reversed(chars):
        if c.space_before and w:
            w.append(c.c)
            break
        if not (c.c.isalnum() or c.c in "-"):
            break
        w.append(c.c)
    return "".join(reversed(w))


def _first_word(chars: list[Ch]) -> str:
    w = []
    for c in chars:
        if (c.space_before and w) or not (c.c.isalnum() or c.c == "-"):
            break
        w.append(c.c)
    return "".join(w)


def bullet_start(t: str) -> bool:
    return len(t) > 1 and t[0] in BULLETS[:-3] and t[1] == " "
