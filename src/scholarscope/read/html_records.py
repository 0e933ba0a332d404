"""Records of an HTML page: elements that repeat, class for class, each holding a few short paragraphs.

A publication plugin or a card layout writes every entry as one container (``<div class="tp_publication">``,
``<div class="pub">``) with its fields in paragraphs of their own (authors / title / venue / a button row).
Read as paragraphs, the fields of one entry would stand apart like separate entries; inside a record they
are lines of one block.  A record is a ``div``, ``article`` or ``li`` whose first class name at least three
elements share, that holds two or more paragraphs with text, no heading and at most ``MAX_CHARS`` characters
of visible text (a page section that happens to repeat its class holds more)."""
from __future__ import annotations

import re
from html.parser import HTMLParser

MAX_CHARS = 1500
MIN_REPEATS = 3
_CONTAINERS = {"div", "article", "li"}
_BLOCKS = {"p", "div", "li", "dt", "dd", "blockquote", "pre", "ul", "ol", "table"}
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
_VOID = {"br", "img", "hr", "input", "meta", "link", "area", "base", "col", "embed", "param", "source",
         "track", "wbr", "keygen"}
_SKIP = {"script", "style", "head", "template", "svg", "noscript"}
_HIDDEN_CLASS = {"hidden", "d-none"}
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden")


def is_hidden(tag: str, a: dict[str, str]) -> bool:
    """An element a browser does not show (and whose text is no part of the page): the ``hidden``
    attribute, ``display: none``, or the class names Bootstrap and Tailwind hide with ("hidden", "d-none")."""
    return tag in _SKIP or "hidden" in a or bool(_HIDDEN_STYLE.search(a.get("style", ""))) \
        or bool(_HIDDEN_CLASS & set(a.get("class", "").split()))


class _Scan(HTMLParser):
    def __init__(self, starts: list[int]) -> None:
        super().__init__(convert_charrefs=True)
        self.starts = starts
        self.stack: list[dict] = []
        self.found: list[tuple[int, str]] = []  # (source offset, first class name) of the candidates

    def pos(self) -> int:
        line, col = self.getpos()
        return self.starts[min(line - 1, len(self.starts) - 1)] + col

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _VOID:
            return
        a = {k.lower(): (v or "") for k, v in attrs}
        hidden = is_hidden(tag, a) or bool(self.stack and self.stack[-1]["hidden"])
        cls = a.get("class", "").split()
        self.stack.append({"tag": tag, "pos": self.pos(), "cls": cls[0] if cls else "", "hidden": hidden,
                           "blocks": 0, "chars": 0, "heading": tag in _HEADINGS, "text": False})

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if not any(e["tag"] == tag for e in self.stack):
            return  # a stray end tag
        while self.stack:
            e = self.stack.pop()
            self._close(e)
            if e["tag"] == tag:
                break

    def _close(self, e: dict) -> None:
        parent = self.stack[-1] if self.stack else None
        if parent is not None and not e["hidden"]:
            parent["chars"] += e["chars"]
            parent["heading"] = parent["heading"] or e["heading"]
            if e["tag"] in _BLOCKS and e["text"]:
                parent["blocks"] += 1
            parent["text"] = parent["text"] or e["text"]
        if e["tag"] in _CONTAINERS and e["cls"] and not e["hidden"] and e["blocks"] >= 2 \
                and not e["heading"] and 0 < e["chars"] <= MAX_CHARS:
            self.found.append((e["pos"], e["cls"]))

    def handle_data(self, data: str) -> None:
        if self.stack and not self.stack[-1]["hidden"] and data.strip():
            self.stack[-1]["chars"] += len(data.strip())
            self.stack[-1]["text"] = True


def find_records(source: str, starts: list[int]) -> set[int]:
    """Source offsets of the start tags of the page's records."""
    scan = _Scan(starts)
    try:
        scan.feed(source)
        scan.close()
    except Exception:  # html.parser is lenient, but a reader must never raise
        pass
    while scan.stack:
        scan._close(scan.stack.pop())
    counts: dict[str, int] = {}
    for _, cls in scan.found:
        counts[cls] = counts.get(cls, 0) + 1
    return {pos for pos, cls in scan.found if counts[cls] >= MIN_REPEATS}
