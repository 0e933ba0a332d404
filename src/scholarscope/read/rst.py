"""reStructuredText -> Text.  Line based, like the Markdown reader: adorned titles become
headings (levels in order of first use, as docutils does), lists keep their markers, inline
markup becomes bold/italic/links, and directives and comments are dropped with their body."""
from __future__ import annotations

import re

from .inline_html import link_text
from .latex import math_text, sanitize
from .text import BOLD_OFF, BOLD_ON, ITAL_OFF, ITAL_ON, Text, TextBuilder

_ADORN = re.compile(r"^([!-/:-@\[-`{-~])\1{2,}\s*$")
_DIRECTIVE = re.compile(r"^(\s*)\.\.(?:\s|$)")
_BULLET = re.compile(r"^\s*[-*+•‣⁃]\s+(?=\S)")
_ENUM = re.compile(r"^\s*(?:(\d+|#|[a-zA-Z]|[ivxlcdm]+)[.)]|\((\d+|#|[a-zA-Z])\))\s+(?=\S)")
_FIELD = re.compile(r"^\s*:([^:`\s][^:`]*):(?:\s+(.*))?$")
_SIMPLE_BORDER = re.compile(r"^\s*=+(?: +=+)+\s*$")
_GRID_BORDER = re.compile(r"^\s*\+(?:[-=]+\+)+\s*$")
_LITERAL = re.compile(r"``(.+?)``")
_LINK = re.compile(r"`([^`<]*?)\s*<([^<>`]+)>`__?")
_ROLE = re.compile(r":([\w.+-]+):`([^`]+)`|`([^`]+)`:([\w.+-]+):")
_REF = re.compile(r"`([^`]+)`__?|(?<![\w`])(\w[\w.-]*\w|\w)__?(?![\w`])")
_BOLD = re.compile(r"(?<![\w\\*])\*\*(?=\S)(.+?)(?<=[^\s\\])\*\*(?![\w*])")
_ITAL = re.compile(r"(?<![\w\\*])\*(?=[^\s*])(.+?)(?<=[^\s\\*])\*(?![\w*])")
_SUBST = re.compile(r"\s?\|[^|\s][^|]*\|(?!\w)")
_FOOTREF = re.compile(r"\s?\[(?:#\w*|\*|\d+)\]_")
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
    b = TextBuilder()
    styles: list[tuple[str, bool]] = []
    i, counter, in_table = 0, 0, False
    while i < len(lines):
        raw = lines[i]
        m = _DIRECTIVE.match(raw)
        if m:
            i = _skip_block(lines, i, len(m.group(1)))
            continue
        head = _title(lines, i)
        if head:
            text, style, used = head
            if style not in styles:
                styles.append(style)
            b.mark(offsets[i])
            b.write("#" * min(styles.index(style) + 1, 6) + " " + inline(text) + "\n")
            i, counter = i + used, 0
            continue
        if _SIMPLE_BORDER.match(raw):
            in_table = not in_table if not (i + 1 < len(lines) and _SIMPLE_BORDER.match(lines[i + 1])) else in_table
            i += 1
            continue
        if _ADORN.match(raw) or _GRID_BORDER.match(raw):
            i += 1  # a transition or a table rule
            continue
        b.mark(offsets[i])
        out, counter = _line(raw, counter, in_table)
        b.write(out + "\n")
        i += 1
    return b.build("rst", name)


def _skip_block(lines: list[str], i: int, indent: int) -> int:
    """Skip a directive or comment line and everything indented under it."""
    j = i + 1
    while j < len(lines):
        ln = lines[j]
        if ln.strip() and len(ln) - len(ln.lstrip()) <= indent:
            break
        j += 1
    return j


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


def _line(raw: str, counter: int, in_table: bool) -> tuple[str, int]:
    if not raw.strip():
        return "", counter
    if in_table:
        return "\t".join(inline(c) for c in re.split(r"\s{2,}", raw.strip())), counter
    m = _BULLET.match(raw)
    if m:
        return "- " + inline(raw[m.end():].rstrip()), counter
    m = _ENUM.match(raw)
    if m and not re.match(r"^\s*[a-zA-Z]\.\s+[A-Z][a-z]", raw):  # "J. Smith" is not an item
        label = m.group(1) or m.group(2)
        counter = counter + 1 if label == "#" else int(label) if label.isdigit() else counter + 1
        shown = str(counter) if label in ("#",) or label.isdigit() else label
        return f"{shown}. " + inline(raw[m.end():].rstrip()), counter
    s = raw.strip()
    if s.startswith("|") and s.endswith("|") and s.count("|") >= 3:
        return "\t".join(inline(c.strip()) for c in s.strip("|").split("|")), counter
    if re.match(r"^\|\s", s):
        s = s[2:].strip()  # line block (its indentation is layout only)
    m = _FIELD.match(s)
    if m:
        return f"{m.group(1)}: {inline(m.group(2) or '')}".rstrip(), counter
    if s.endswith("::"):
        s = s[:-1].rstrip(":").rstrip() + (":" if s[:-2].strip() else "")
    return inline(s), counter


def inline(s: str) -> str:
    """RST inline markup to Text conventions."""
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
        s = _SUBST.sub("", s)
    if "]_" in s:
        s = _FOOTREF.sub("", s)
    if "*" in s:
        s = _BOLD.sub(lambda m: BOLD_ON + m.group(1) + BOLD_OFF, s)
        s = _ITAL.sub(lambda m: ITAL_ON + m.group(1) + ITAL_OFF, s)
    if "_" in s:
        s = _REF.sub(lambda m: m.group(1) or m.group(2), s)
    if "\\" in s:
        s = _ESCAPED.sub(lambda m: "" if m.group(1) == " " else m.group(1), s)
    if _KEEP in s:
        s = _KEPT.sub(lambda m: kept[int(m.group(1))], s)
    return s.rstrip()


def _role(role: str, text: str) -> str:
    if role == "math":
        return math_text(text)
    m = re.match(r"(.*?)\s*<([^<>]+)>$", text)
    if m and role in ("doc", "ref", "download"):
        return m.group(1) or m.group(2)
    return text
