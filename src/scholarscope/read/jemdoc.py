"""jemdoc -> Text.  jemdoc is a small line-based markup used by many academic home pages:
``= Title``, ``== Section``, ``- bullet``, ``. numbered``, ``*bold*``, ``/italic/``,
``[url text]``, ``{{raw html}}`` and ``~~~`` blocks; ``#`` lines are comments."""
from __future__ import annotations

import re

from .inline_html import convert_inline_html, link_text
from .latex import math_text, sanitize
from .text import BOLD_OFF, BOLD_ON, ITAL_OFF, ITAL_ON, Text, TextBuilder

_HEADING = re.compile(r"^(=+)\s+(.*?)\s*$")
_ITEM = re.compile(r"^\s*(-+|\.+)\s+(?=\S)")
_DEF = re.compile(r"^\s*:\s*\{([^}]*)\}\s*(.*)$")
_RAW = re.compile(r"\{\{(.*?)\}\}", re.S)
_LINK = re.compile(r"\[((?:https?://|mailto:|ftp://|/|\.{0,2}/?[\w.-]+(?:/[\w.~-]+)*\.\w+|#)[^\s\]]*)(?:\s+([^\]]*))?\]")
_BOLD = re.compile(r"(?<![\w\\*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])")
_ITAL = re.compile(r"(?<![\w\\/:<])/(?=[^\s/])([^/\n]+?)(?<=[^\s/])/(?![\w/])")
_MONO = re.compile(r"(?<![\w\\])\+(?=\S)([^+\n]+?)(?<=\S)\+(?!\w)")
_MATH = re.compile(r"\$([^$\n]+)\$")
# escaped characters are parked on private-use code points so markup rules skip them
_ESC = {"\\/": "\ue010", "\\*": "\ue011", "\\+": "\ue012", "\\[": "\ue013", "\\]": "\ue014",
        "\\#": "\ue015", "\\~": "\ue016", "\\$": "\ue017", "\\{": "\ue018", "\\}": "\ue019",
        "\\`": "\ue01a", "\\'": "\ue01b", "\\-": "\ue01c", "\\.": "\ue01d", "\\\\": "\ue01e"}
_UNESC = {v: k[1] for k, v in _ESC.items()}
_KEEP = "\ue020"  # stands for a protected span (link or raw HTML) during markup rules
_KEPT = re.compile(_KEEP + r"(\d+)" + _KEEP)


def read(source: str, name: str = "") -> Text:
    """Convert a jemdoc page to Text, one anchor per output line."""
    source = sanitize(source)
    b = TextBuilder()
    lines = source.split("\n")
    pos, i, counter = 0, 0, 0
    offsets = []
    for ln in lines:
        offsets.append(pos)
        pos += len(ln) + 1
    in_item = False
    while i < len(lines):
        raw = lines[i]
        if raw.startswith("~~~"):
            i = _block(lines, offsets, i, b)
            in_item = False
            continue
        if raw.lstrip().startswith("#"):
            i += 1  # comment (also the "# jemdoc: menu" line)
            continue
        b.mark(offsets[i])
        # a forced break at the end of a source line is that line's own break, not an empty line
        line = re.sub(r"\s*\\n\s*$", "", raw)
        out, counter = _line(line, counter)
        continued = in_item and raw.strip() and raw[:1].isspace() and not _ITEM.match(raw)
        in_item = bool(_ITEM.match(raw)) or bool(continued)
        for part in out.split("\n"):
            # the lines of a list item stay indented under it, so that they stay with their item
            b.write(("   " if continued or (in_item and part is not out.split("\n")[0]) else "") + part.rstrip() + "\n")
        i += 1
    return b.build("jemdoc", name)


def _line(raw: str, counter: int) -> tuple[str, int]:
    """One source line -> output (may hold explicit breaks), and the running item number."""
    m = _HEADING.match(raw)
    if m:
        return f"{'#' * len(m.group(1))} {inline(m.group(2))}", 0
    m = _ITEM.match(raw)
    if m:
        rest = inline(raw[m.end():].rstrip())
        if m.group(1).startswith("."):
            counter += 1
            return f"{counter}. {rest}", counter
        return f"- {rest}", counter
    m = _DEF.match(raw)
    if m:
        return f"{inline(m.group(1))}: {inline(m.group(2))}".strip(), counter
    if not raw.strip():
        return "", counter
    return inline(raw.strip()), counter if raw[:1].isspace() else 0


def _block(lines: list[str], offsets: list[int], i: int, b: TextBuilder) -> int:
    """A ``~~~`` block: images dropped, tables as tab rows, code and info blocks as text."""
    j = i + 1
    while j < len(lines) and not lines[j].startswith("~~~"):
        j += 1
    body = lines[i + 1:j]
    kind = body[0].strip() if body and body[0].strip().startswith("{") else ""
    rows = body[1:] if kind else body
    if "img_left" in kind or "img_right" in kind:
        kind = ""  # the picture is dropped; the text set beside it (name, post, contacts) is kept
    if "{table}" in kind:
        text = " ".join(r.strip() for r in rows)
        rows = ["\t".join(inline(c.strip()) for c in row.split("|")) for row in text.split("||")]
    else:
        title = re.match(r"\{([^}]*)\}", kind)
        rows = ([title.group(1)] if title and title.group(1) else []) + [inline(re.sub(r"\s*\\n\s*$", "", r)) for r in rows]
    for k, row in enumerate(rows):
        b.mark(offsets[min(i + 1 + k, len(offsets) - 1)])
        b.write(row.rstrip() + "\n")
    return j + 1


def inline(s: str) -> str:
    """jemdoc inline markup to Text conventions."""
    for k, v in _ESC.items():
        s = s.replace(k, v)
    kept: list[str] = []

    def keep(t: str) -> str:
        kept.append(t)
        return _KEEP + str(len(kept) - 1) + _KEEP

    # each pattern is tried only when the text holds the characters every match of it has
    if "{{" in s:
        s = _RAW.sub(lambda m: keep(convert_inline_html(m.group(1))), s)
    if "$" in s:
        s = _MATH.sub(lambda m: keep(math_text(m.group(1))), s)
    if "[" in s:
        s = _LINK.sub(lambda m: keep(_link(m.group(1), m.group(2))), s)
    s = s.replace("\\n", "\n")
    if "*" in s:
        s = _BOLD.sub(lambda m: BOLD_ON + m.group(1) + BOLD_OFF, s)
    if "/" in s:
        s = _ITAL.sub(lambda m: ITAL_ON + m.group(1) + ITAL_OFF, s)
    if "+" in s:
        s = _MONO.sub(r"\1", s)
    s = s.replace("---", "—").replace("--", "–")
    if _KEEP in s:
        s = _KEPT.sub(lambda m: kept[int(m.group(1))], s)
    for k, v in _UNESC.items():
        s = s.replace(k, v)
    return s


def _link(url: str, text: str | None) -> str:
    if not text or not text.strip():
        return url  # jemdoc shows the address itself
    return link_text(inline(text.strip()), url)
