"""reStructuredText -> Text.  Line based, like the Markdown reader: adorned titles become
headings (levels in order of first use, as docutils does), lists keep their markers, inline
markup becomes bold/italic/links (roles keep their text, ``:doi:`` its label), substitutions and
named links resolve from their definitions.  Explicit markup (directives, citations, comments) is
read by ``rst_blocks``."""
from __future__ import annotations

import re

from .inline_html import link_text
from .latex import math_text, sanitize
from .latex_util import _carry
from .rst_blocks import BREAK, EXPLICIT, Definitions, explicit, ref_key, scan_definitions
from .text import BOLD_OFF, BOLD_ON, ITAL_OFF, ITAL_ON, MARKUP_CHARS, Text, TextBuilder

_ADORN = re.compile(r"^([!-/:-@\[-`{-~])\1{2,}\s*$")
_BULLET = re.compile(r"^\s*[-*+•‣⁃]\s+(?=\S)")
_ENUM = re.compile(r"^\s*(?:(\d+|#|[a-zA-Z]|[ivxlcdm]+)[.)]|\((\d+|#|[a-zA-Z])\))\s+(?=\S)")
_FIELD = re.compile(r"^\s*:([^:`\s][^:`]*):(?:\s+(.*))?$")
_SIMPLE_BORDER = re.compile(r"^\s*=+(?: +=+)+\s*$")
_GRID_BORDER = re.compile(r"^\s*\+(?:[-=]+\+)+\s*$")
_LITERAL = re.compile(r"``(.+?)``", re.S)
_LINK = re.compile(r"`([^`<]*?)\s*<([^<>`]+)>`__?")
_ROLE = re.compile(r":([\w.+-]+):`([^`]+)`|`([^`]+)`:([\w.+-]+):")
_REF = re.compile(r"`([^`]+)`__?|(?<![\w`])(\w[\w.-]*\w|\w)__?(?![\w`])")
_BOLD = re.compile(r"(?<![\w\\*])\*\*(?=\S)(.+?)(?<=[^\s\\])\*\*(?![\w*])", re.S)
_ITAL = re.compile(r"(?<![\w\\*])\*(?=[^\s*])(.+?)(?<=[^\s\\*])\*(?![\w*])", re.S)
_SUBST = re.compile(r"\s?\|[^|\s][^|]*\|(?!\w)")
_FOOTREF = re.compile(r"\s?\[(?:#\w*|\*|\d+)\]_")
_DASHES = re.compile(r"(?<![-`<])-{2,3}(?![->])")
_META_FIELD = re.compile(r"^:(orphan|nocomments|nosearch|tocdepth|og:\w+|html_theme\.\w+):(?:\s.*)?$")
_ID_ROLES = {"doi": "doi:", "arxiv": "arXiv:", "pmid": "PMID: ", "pmc": "PMCID: ", "isbn": "ISBN "}
_KEEP = "\ue020"
_ESCAPED = re.compile(r"\\(.)")
_KEPT = re.compile(_KEEP + r"(\d+)" + _KEEP)


def read(source: str, name: str = "") -> Text:
    """Convert reStructuredText to Text, one anchor per output line."""
    source = sanitize(source)
    lines = source.split("\n")
    offsets, pos = [], 0
    for ln in lines:
        offsets.append(pos)
        pos += len(ln) + 1
    reader = _Reader(scan_definitions(lines))
    reader.render(lines, offsets)
    return reader.b.build("rst", name)


class _Reader:
    """Line-based reading of one document; explicit markup blocks go to ``rst_blocks``, which
    calls back into ``render`` for the content of a directive or citation."""

    def __init__(self, defs: Definitions) -> None:
        self.b = TextBuilder()
        self.defs = defs
        self.styles: list[tuple[str, bool]] = []
        self.level = 0  # the level of the last heading
        self.prefix = ""  # a citation label waiting for the first line of its body
        self.footnotes = 0  # auto-numbered footnotes so far
        self.seen_text = False

    def emit(self, offset: int, text: str) -> None:
        """Write one output line (a substitution may have split it into several)."""
        if self.prefix and text.strip():
            text, self.prefix = self.prefix + text, ""
        parts = text.split(BREAK)
        if len(parts) > 1:
            parts = _carry([p.strip() for p in parts if p.strip()] or [""])  # a break at a line's end adds no line
        for part in parts:
            part = part.rstrip()
            if not part and self.b.parts[-1:] in ([], ["\n"]):
                continue  # one blank line separates blocks; dropped directives leave no runs of them
            self.b.mark(offset)
            self.b.write(part + "\n")

    def heading(self, offset: int, text: str, deeper: int = 0) -> None:
        level = min(self.level + deeper, 6) if deeper else self.level
        self.b.mark(offset)
        self.b.write("#" * max(level, 1) + " " + self.inline(text).replace(BREAK, " ") + "\n")
        self.seen_text = True

    def cells(self, cells: list[str]) -> str:
        return "\t".join(" ".join(self.inline(c).replace(BREAK, " ").split()) for c in cells)

    def inline(self, s: str) -> str:
        return inline(s, self.defs)

    def render(self, lines: list[str], offsets: list[int]) -> None:
        i, counter, in_table = 0, 0, False
        while i < len(lines):
            raw = lines[i]
            m = EXPLICIT.match(raw) if ".." in raw else None
            if m:
                i = explicit(self, lines, offsets, i, len(m.group(1)))
                continue
            head = _title(lines, i)
            if head:
                self._title(head, offsets[i])
                i, counter = i + head[2], 0
                continue
            if _SIMPLE_BORDER.match(raw):
                in_table = not in_table if not (i + 1 < len(lines) and _SIMPLE_BORDER.match(lines[i + 1])) else in_table
                i += 1
            elif _ADORN.match(raw) or _GRID_BORDER.match(raw) or (not self.seen_text and _META_FIELD.match(raw)):
                i += 1  # a transition, a table rule, Sphinx file metadata (":orphan:") before any text
            elif not raw.strip():
                self.emit(offsets[i], "")
                i += 1
            elif in_table:
                self.emit(offsets[i], self.cells(re.split(r"\s{2,}", raw.strip())))
                i += 1
            else:
                i, counter = self._paragraph(lines, offsets, i, counter)

    def _title(self, head: tuple[str, tuple[str, bool], int], offset: int) -> None:
        text, style, _ = head
        if style not in self.styles:
            self.styles.append(style)
        self.level = min(self.styles.index(style) + 1, 6)
        self.heading(offset, text)

    def _paragraph(self, lines: list[str], offsets: list[int], i: int, counter: int) -> tuple[int, int]:
        """A line and the plain lines continuing it, inline markup read across them (emphasis
        often wraps), written back one output line per source line."""
        lead, body, counter = self._marker(lines[i], counter)
        if body is None:  # a table row
            self.emit(offsets[i], lead)
            return i + 1, counter
        parts, offs = [body], [offsets[i]]
        j = i + 1
        while j < len(lines) and _continues(lines, j):
            parts.append(lines[j].strip())
            offs.append(offsets[j] + len(lines[j]) - len(lines[j].lstrip()))
            j += 1
        texts = _carry(self.inline("\n".join(parts)).split("\n"))
        texts[0] = (lead + texts[0]).rstrip()
        offs += [offs[-1]] * (len(texts) - len(offs))
        if self.prefix or (lead and not lead.endswith(": ")):
            self._item(texts, offs)  # a list item or citation: one line, so no wrapped piece looks like a heading
        else:
            for text, off in zip(texts, offs):
                self.emit(off, text)
        self.seen_text = True
        return j, counter

    def _item(self, texts: list[str], offs: list[int]) -> None:
        """Write an item's lines as one line, each piece anchored at its own source line."""
        if self.prefix:
            texts[0], self.prefix = self.prefix + texts[0], ""
        if any(BREAK in t for t in texts):
            for text, off in zip(texts, offs):
                self.emit(off, text)
            return
        for k, (text, off) in enumerate(zip(texts, offs)):
            if k:
                self.b.write(" ")
            body = text.lstrip(MARKUP_CHARS)  # markup reopened by _carry has no source character
            self.b.write(text[:len(text) - len(body)])
            self.b.mark(off)
            self.b.write(body)
        self.b.write("\n")

    def _marker(self, raw: str, counter: int) -> tuple[str, str | None, int]:
        """(the line's marker as written to Text, the text after it, the enumeration counter)."""
        m = _BULLET.match(raw)
        if m:
            return "- ", raw[m.end():].rstrip(), counter
        m = _ENUM.match(raw)
        if m and not re.match(r"^\s*[a-zA-Z]\.\s+[A-Z][a-z]", raw):  # "J. Smith" is not an item
            label = m.group(1) or m.group(2)
            counter = counter + 1 if label == "#" else int(label) if label.isdigit() else counter + 1
            shown = str(counter) if label in ("#",) or label.isdigit() else label
            return f"{shown}. ", raw[m.end():].rstrip(), counter
        s = raw.strip()
        if s.startswith("|") and s.endswith("|") and s.count("|") >= 3:
            return self.cells([c.strip() for c in s.strip("|").split("|")]), None, counter
        if re.match(r"^\|\s", s):
            s = s[2:].strip()  # line block (its indentation is layout only)
        m = _FIELD.match(s)
        if m:
            return f"{m.group(1)}: ", m.group(2) or "", counter
        if s.endswith("::"):
            s = s[:-1].rstrip(":").rstrip() + (":" if s[:-2].strip() else "")
        return "", s, counter


def _continues(lines: list[str], j: int) -> bool:
    """Whether line j continues the paragraph above it (plain text, no new block)."""
    raw = lines[j]
    s = raw.strip()
    if not s or s.startswith("|") or _ADORN.match(raw) or _SIMPLE_BORDER.match(raw) or _GRID_BORDER.match(raw):
        return False
    if (".." in raw and EXPLICIT.match(raw)) or _BULLET.match(raw) or _ENUM.match(raw) or _FIELD.match(s):
        return False
    return not (j + 1 < len(lines) and _ADORN.match(lines[j + 1]))


def _title(lines: list[str], i: int) -> tuple[str, tuple[str, bool], int] | None:
    """(title, style, lines used) when a section title starts at line i."""
    raw = lines[i]
    nxt = lines[i + 1] if i + 1 < len(lines) else ""
    m = _ADORN.match(raw)
    if m and nxt.strip() and i + 2 < len(lines):
        under = _ADORN.match(lines[i + 2])
        if under and under.group(1) == m.group(1) and not _ADORN.match(nxt):
            return nxt.strip(), (m.group(1), True), 3
    if m or not raw.strip() or raw[0].isspace():
        return None
    u = _ADORN.match(nxt)
    if u and len(nxt.rstrip()) >= min(len(raw.rstrip()), 4) and len(raw.strip()) < 150:
        if i == 0 or not lines[i - 1].strip() or _ADORN.match(lines[i - 1]):
            return raw.strip(), (u.group(1), False), 2
    return None


def inline(s: str, defs: Definitions | None = None) -> str:
    """RST inline markup to Text conventions; ``defs`` resolves substitutions and named links."""
    kept: list[str] = []

    def keep(t: str) -> str:
        kept.append(t)
        return f"{_KEEP}{len(kept) - 1}{_KEEP}"

    # each pattern is tried only when the text holds a character every match of it has
    if "`" in s:
        s = _LITERAL.sub(lambda m: keep(m.group(1)), s)
        s = _LINK.sub(lambda m: keep(link_text(m.group(1), m.group(2))), s)
        s = _ROLE.sub(lambda m: keep(_role(m.group(1) or m.group(4), m.group(2) or m.group(3))), s)
    if "|" in s:
        s = _SUBST.sub(lambda m: _substitute(m, defs), s)
    if "]_" in s:
        s = _FOOTREF.sub("", s)
    if "*" in s:
        s = _BOLD.sub(lambda m: BOLD_ON + m.group(1) + BOLD_OFF, s)
        s = _ITAL.sub(lambda m: ITAL_ON + m.group(1) + ITAL_OFF, s)
    if "_" in s:
        s = _REF.sub(lambda m: _reference(m.group(1) or m.group(2), defs), s)
    if "--" in s:
        s = _DASHES.sub(lambda m: "—" if len(m.group(0)) == 3 else "–", s)  # as Sphinx's smart quotes
    if "\\" in s:
        s = _ESCAPED.sub(lambda m: "" if m.group(1) == " " else m.group(1), s)
    if _KEEP in s:
        s = _KEPT.sub(lambda m: kept[int(m.group(1))], s)
    return s.rstrip()


def _substitute(m: re.Match, defs: Definitions | None) -> str:
    """``|name|``: its definition's text (a leading space kept), nothing when undefined."""
    lead = m.group(0)[:1] if m.group(0)[:1].isspace() else ""
    text = defs.subs.get(m.group(0).strip()[1:-1].strip(), "") if defs else ""
    return text if text == BREAK or not text else lead + text


def _reference(name: str, defs: Definitions | None) -> str:
    """``name_`` / `` `a name`_ ``: a link when the document defines that target."""
    url = defs.targets.get(ref_key(name)) if defs else None
    return link_text(name, url) if url else name


def _role(role: str, text: str) -> str:
    if role == "math":
        return math_text(text)
    m = re.match(r"(.*?)\s*<([^<>]+)>$", text)
    if m and role in ("doc", "ref", "download", "numref", "term", "any"):
        return m.group(1) or m.group(2)
    if role in _ID_ROLES:
        return f"{_ID_ROLES[role]}{text}"  # an identifier the role turns into a link: keep its label
    return text
