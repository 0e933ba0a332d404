"""HTML -> Text with the standard library parser.  Hidden and non-content parts (scripts,
styles, navigation, comments, ``hidden`` elements) never reach the text; structure becomes
the light markup of ``text.py``."""
from __future__ import annotations

import re
from html.parser import HTMLParser

from .html_records import find_records, is_hidden
from .inline_html import link_text
from .latex import LineWriter, build_text, finish_lines, sanitize
from .text import BOLD_OFF, BOLD_ON, ITAL_OFF, ITAL_ON, Text

_SKIP = {"script", "style", "head", "nav", "footer", "noscript", "template", "svg", "math", "iframe",
         "button", "select", "textarea", "object", "canvas", "map", "audio", "video"}
_VOID = {"br", "img", "hr", "input", "meta", "link", "area", "base", "col", "embed", "param", "source",
         "track", "wbr", "keygen"}
_PARA = {"p", "section", "article", "header", "main", "aside", "blockquote", "pre", "table", "ul", "ol",
         "dl", "figure", "address", "hr", "center", "form", "fieldset", "details", "body", "html"}
_LINE = {"div", "tr", "dt", "dd", "figcaption", "summary", "caption", "tbody", "thead", "tfoot", "li",
         "h1", "h2", "h3", "h4", "h5", "h6", "br", "legend", "label"}
_BOLD = {"b", "strong"}
_ITAL = {"i", "em", "cite", "var", "dfn"}
# Jon Barron's academic template: <name> is the page owner, <heading> a section title
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6, "name": 1, "heading": 2}
# Word's HTML keeps a paragraph's style as its class: "<p class=Heading1>", "<p class=MsoTitle>"
_STYLE_HEADING = re.compile(r"(?:Mso)?Heading\s*-?([1-6])|MsoTitle()", re.I)
_NUM = "\x04"  # placeholder for the number of a reversed list's item
# a label set after a paragraph's text (a type badge, a status): opened and closed by these placeholders, it
# becomes a cell of its own when nothing but other labels follows it in the paragraph
_LABEL_ON, _LABEL_OFF = "\x05", "\x06"
_LABEL_TAGS = {"span", "small", "abbr"}
_JOINING_END = re.compile(r"\b(?:and|or|with|of|the|in|by|et|und)$", re.I)
_TRAILING_LABELS = re.compile(f"((?:{_LABEL_ON}[^{_LABEL_ON}{_LABEL_OFF}]*{_LABEL_OFF}\\s*)+)$")


class _Reader(HTMLParser):
    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=True)
        self.out = LineWriter()
        self.starts = [0] + [m.end() for m in re.finditer("\n", source)]
        self.records = find_records(source, self.starts)
        self.record: list[dict] = []  # the open record: {"tag": its tag, "depth": open elements of that tag}
        self.labels: list[str] = []  # open inline elements, "label" for those written as possible cells
        self.skip: list[str] = []  # tag names whose content is being dropped (nesting)
        self.lists: list[dict] = []
        self.links: list[tuple[int, int, str]] = []
        self.title: list[str] = []
        self.in_title = self.in_pre = False
        self.heading = 0
        self.heading_tag = ""  # the element that opened the heading (h2, or Word's <p class=Heading2>)
        self.has_h1 = False
        self.open_inline: list[str] = []
        self.rows: list[dict] = []  # open table rows, innermost last: {"line": first line with text, "cells": n}
        self.cell_fresh = False  # in a table cell that has no text yet

    def pos(self) -> int:
        line, col = self.getpos()
        return self.starts[min(line - 1, len(self.starts) - 1)] + col

    # ---- tags ---------------------------------------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k.lower(): (v or "") for k, v in attrs}
        if self.skip:
            if tag == self.skip[0] and tag not in _VOID:
                self.skip.append(tag)
            self._hidden_link(tag, a)
            return
        if tag == "title":
            self.in_title = True
            return
        if tag in _SKIP or is_hidden(tag, a):
            if tag not in _VOID:
                self.skip.append(tag)
            return
        if self.record and tag == self.record[-1]["tag"]:
            self.record[-1]["depth"] += 1
        elif tag in ("div", "article", "li") and self.pos() in self.records:
            self.out.brk(self.pos(), 2)
            self.record.append({"tag": tag, "depth": 1})
        self._block_start(tag, a)
        self._inline_start(tag, a)

    def _hidden_link(self, tag: str, a: dict[str, str]) -> None:
        """A record's hidden parts (its abstract, BibTeX, the links behind its "Links" button) are no text,
        but the links they hold are the record's."""
        url = a.get("href", "").strip()
        if tag == "a" and self.record and url and link_text("x", url).endswith(">"):
            self.out.write(" " + link_text("", url))

    def _para_level(self) -> int:
        """Paragraphs inside a record are lines of one block."""
        return 1 if self.record else 2

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID:
            self.handle_endtag(tag)

    def _block_start(self, tag: str, a: dict[str, str]) -> None:
        src = self.pos()
        styled = _STYLE_HEADING.fullmatch(a.get("class", "").strip()) if tag in ("p", "div") else None
        if (tag in _HEADINGS or styled) and not self.heading:
            self.out.brk(src, 2)
            level = _HEADINGS[tag] if tag in _HEADINGS else int(styled.group(1) or 1)
            self.heading_tag = tag
            self.has_h1 = self.has_h1 or level == 1
            self.out.write("#" * level + " ")
            self.heading = level
            return
        if tag == "br":
            if self.heading:
                self.out.write(" ")
            else:
                self.out.brk(src)
            return
        if tag in ("ul", "ol", "menu", "dir"):
            self.out.brk(src, 2)
            self.lists.append(_new_list(tag, a, len(self.out.lines) - 1))
        elif tag == "li":
            self.out.brk(src)
            self._item(a)
        elif tag in ("td", "th"):
            self._cell_start()
        elif tag == "tr":
            self.out.brk(src)
            self.rows.append({"line": None, "cells": 0})
        elif self.cell_fresh and (tag in _PARA or tag in _LINE) and tag not in ("table", "br"):
            pass  # "<td><p class=MsoNormal>2007</p></td>" (Word's HTML): the cell's own paragraph starts no line
        elif tag == "pre":
            self.out.brk(src, 2)
            self.in_pre = True
        elif tag in _PARA:
            self.out.brk(src, self._para_level() if tag in ("p", "blockquote") else 2)
        elif tag in _LINE:
            self.out.brk(src)

    def _cell_start(self) -> None:
        """Cells of a row whose cells are one line each stay on one line, joined by tabs (an empty cell
        keeps its tab, so the cells after it stay in their columns); a cell of several lines breaks the row."""
        self.cell_fresh = True
        if not self.rows:
            if any(p.strip() for p in self.out.lines[-1]) and not self.out.pending:
                self.out.write("\t")
            return
        row = self.rows[-1]
        row["cells"] += 1
        if row["cells"] == 1:
            return
        if row["line"] is None or row["line"] == len(self.out.lines) - 1:
            if row["line"] is not None:
                self.out.pending = 0  # the previous cell's paragraph ended; the row goes on
            self.out.write("\t")

    def _item(self, a: dict[str, str]) -> None:
        lst = self.lists[-1] if self.lists else {"ordered": False}
        if not lst["ordered"]:
            self.out.write("- ")
            return
        if a.get("value", "").strip().lstrip("-").isdigit():
            lst["n"] = int(a["value"])
            lst["fixed"] = True
        if lst["reversed"] and not lst["fixed"]:
            self.out.write(_NUM + " ")
        else:
            self.out.write(f"{lst['n']}. ")
        lst["n"] += -1 if lst["reversed"] else 1
        lst["count"] += 1

    def _inline_start(self, tag: str, a: dict[str, str]) -> None:
        if tag in _BOLD:
            self._open(BOLD_ON, tag)
        elif tag in _ITAL:
            self._open(ITAL_ON, tag)
        elif tag == "a":
            line = len(self.out.lines) - 1
            self.links.append((line, len(self.out.lines[line]), a.get("href", "").strip()))
        elif tag in _LABEL_TAGS:
            after_text = not self.out.pending and any(p.strip() for p in self.out.lines[-1])
            label = bool(a.get("class", "").strip()) and after_text and not self.heading
            self.labels.append("label" if label else "")
            if label:
                self.out.write(_LABEL_ON)

    def _open(self, marker: str, tag: str) -> None:
        self.out.write(marker)
        self.open_inline.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if self.skip:
            if tag == self.skip[-1]:
                self.skip.pop()
            return
        if tag == "title":
            self.in_title = False
            return
        src = self.pos()
        if tag in _BOLD or tag in _ITAL:
            if tag in self.open_inline:
                self.open_inline.remove(tag)
                self.out.write(BOLD_OFF if tag in _BOLD else ITAL_OFF)
        elif tag == "a" and self.links:
            self._close_link()
        elif tag in _LABEL_TAGS and self.labels:
            if self.labels.pop():
                self.out.write(_LABEL_OFF)
        elif tag == "tr":
            row = self.rows.pop() if self.rows else None
            self.cell_fresh = False
            if row and row["line"] == len(self.out.lines) - 1:
                self.out.pending = 0  # a row of one line ends its line, not a paragraph (its last cell's <p>)
            self.out.brk(src)
        elif tag == self.heading_tag and self.heading:
            self.heading = 0
            self.out.brk(src, 2)
        elif tag in ("ul", "ol", "menu", "dir"):
            if self.lists:
                self._finish_list(self.lists.pop())
            self.out.brk(src, 2)
        elif tag == "pre":
            self.in_pre = False
            self.out.brk(src, 2)
        elif tag in _PARA:
            self.out.brk(src, self._para_level() if tag in ("p", "blockquote") else 2)
        elif tag in _LINE:
            self.out.brk(src)
        if self.record and tag == self.record[-1]["tag"]:
            self.record[-1]["depth"] -= 1
            if self.record[-1]["depth"] == 0:
                self.record.pop()
                self.out.brk(src, 2)

    def _close_link(self) -> None:
        line, piece, url = self.links.pop()
        if not url:
            return
        parts = [p for ln in self.out.lines[line:] for p in ln]
        anchor = "".join(parts[piece:]) if line < len(self.out.lines) else ""
        plain = re.sub("[\ue000-\ue003]", "", anchor).strip()
        if plain == url or not link_text("x", url).endswith(">"):
            return  # a bare URL stays as written; placeholders (#, javascript:) add nothing
        self.out.write(" " + link_text("", url) if plain else link_text("", url))

    def _finish_list(self, lst: dict) -> None:
        if not (lst["ordered"] and lst["reversed"]):
            return
        n = lst["count"]
        for ln in self.out.lines[max(lst["first"], 0):]:
            if ln and ln[0].startswith(_NUM):
                ln[0] = f"{n}." + ln[0][1:]
                n -= 1

    # ---- text ---------------------------------------------------------------------------
    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title.append(data)
            return
        if self.skip:
            return
        if self.in_pre:
            for k, part in enumerate(data.split("\n")):
                if k:
                    self.out.brk(self.pos())
                self.out.write(part)
            return
        text = re.sub(r"\s+", " ", data)
        self.out.write(text)
        if text.strip() and self.rows:
            self.cell_fresh = False
            if self.rows[-1]["line"] is None:
                self.rows[-1]["line"] = len(self.out.lines) - 1

    def finish(self) -> None:
        for lst in reversed(self.lists):
            self._finish_list(lst)
        while self.links:
            self.links.pop()
        for ln in self.out.lines:
            if any(_LABEL_ON in p for p in ln):
                ln[:] = [_label_cells("".join(ln))]


def _label_cells(line: str) -> str:
    """'Title <span class=type>Journal Article</span>': labels that close the line are cells of their own
    ('Title<TAB>Journal Article'); a label followed by more text stays in the running text."""
    m = _TRAILING_LABELS.search(line)
    before = re.sub(f"[{_LABEL_ON}{_LABEL_OFF}]", "", line[: m.start()]).rstrip() if m else ""
    # set straight after the words with no stop or joining word between (". Best Paper Award", "and 4 more
    # authors" are the sentence going on): only a badge stands so
    if before and not before.endswith((".", ",", ";", ":", "-", "–")) and not _JOINING_END.search(before):
        cells = [c.strip() for c in re.findall(f"{_LABEL_ON}([^{_LABEL_ON}{_LABEL_OFF}]*){_LABEL_OFF}", m.group(1))]
        line = line[: m.start()].rstrip() + "".join("\t" + c for c in cells if c)
    return line.replace(_LABEL_ON, "").replace(_LABEL_OFF, "")


def _new_list(tag: str, a: dict[str, str], first: int) -> dict:
    start = a.get("start", "").strip()
    rev = "reversed" in a
    return {"ordered": tag == "ol", "reversed": rev, "fixed": rev and start.lstrip("-").isdigit(),
            "n": int(start) if start.lstrip("-").isdigit() else 1, "count": 0, "first": first}


def read(source: str, name: str = "") -> Text:
    """Convert an HTML page to Text; malformed markup is read as far as it goes."""
    source = sanitize(source)
    r = _Reader(source)
    try:
        r.feed(source)
        r.close()
    except Exception:  # html.parser is lenient, but a reader must never raise
        pass
    r.finish()
    lines, srcs = finish_lines(r.out)
    title = " ".join("".join(r.title).split())
    if title and not r.has_h1:
        lines, srcs = [f"# {title}", ""] + lines, [0, 0] + srcs
    return build_text(lines, srcs, name, "html")



