"""reStructuredText explicit markup (lines starting ``..``), read as data: directives keep their
content (``list-table`` and ``csv-table`` rows become tab-separated lines, ``rubric`` a heading,
titled boxes such as ``sidebar`` print their title), citations and footnotes (``.. [J8]``,
``.. [#]``) become numbered items carrying their label, and comments, hyperlink targets,
substitution definitions and directives that hold no prose (images, raw output, code, the table
of contents) are dropped.  Substitutions and named hyperlink targets are collected first, so
that ``|name|`` and ``name_`` references elsewhere can be resolved."""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from typing import Protocol

EXPLICIT = re.compile(r"^(\s*)\.\.(?=\s|$)")
_DIRECTIVE = re.compile(r"\.\.\s+([A-Za-z][\w:+.-]*)\s?::(?:\s+(.*))?$")
_SUBST_DEF = re.compile(r"\.\.\s+\|([^|]+)\|\s+([\w:+.-]+)::(?:\s+(.*))?$")
_LABEL = re.compile(r"\.\.\s+\[(#[\w.-]*|\*|[^\]\s]+)\](?:\s+(.*))?$")
_TARGET = re.compile(r"\.\.\s+_(`[^`]+`|[^:`][^:]*):(?:\s+(.*))?$")
_OPTION = re.compile(r"^\s*:[\w.-]+:(?:\s|$)")
_ROW = re.compile(r"([*+-])(?:\s+|$)")
_CODEPOINT = re.compile(r"(?:U\+|u|0x|\\x|\\u|&#x)([0-9a-fA-F]+);?|&#(\d+);|(\d+)")

# directives whose body is not prose (or is not shown): dropped with their body
DROP = {"contents", "toctree", "raw", "image", "figure", "include", "literalinclude", "highlight", "code",
        "code-block", "sourcecode", "index", "meta", "math", "default-role", "role", "title", "sectnum",
        "section-numbering", "header", "footer", "bibliography", "tabularcolumns", "graphviz", "plot",
        "youtube", "iframe", "replace", "unicode", "date", "class", "target-notes", "csv-table-file",
        "automodule", "autoclass", "autofunction", "doctest", "testcode", "testoutput", "ipython",
        "jupyter-execute", "mermaid", "uml", "raw-html", "cssclass", "highlights-code"}
# the directive's argument is a title printed above its body
TITLED = {"sidebar", "topic", "admonition", "list-table", "csv-table", "table", "dropdown", "tab", "tab-item",
          "card", "grid-item-card"}
# the text after ``::`` is the first line of the body
ADMONITIONS = {"note", "warning", "tip", "important", "hint", "caution", "attention", "danger", "error",
               "seealso", "todo", "epigraph", "pull-quote", "highlights", "compound"}


class Renderer(Protocol):
    """What the line reader offers the block reader."""

    prefix: str
    footnotes: int

    def render(self, lines: list[str], offsets: list[int]) -> None: ...
    def emit(self, offset: int, text: str) -> None: ...
    def heading(self, offset: int, text: str, deeper: int) -> None: ...
    def cells(self, cells: list[str]) -> str: ...


@dataclass
class Definitions:
    """Substitution texts (``|name|``) and named hyperlink targets (``name_``) of a document."""

    subs: dict[str, str] = field(default_factory=dict)
    targets: dict[str, str] = field(default_factory=dict)


BREAK = "\ue021"  # a substitution that is a raw line break (``.. |br| raw:: html`` with ``<br />``)


def ref_key(name: str) -> str:
    """Reference names match case-insensitively with whitespace normalised (docutils' rule)."""
    return " ".join(name.strip("`").split()).lower()


def scan_definitions(lines: list[str]) -> Definitions:
    """Collect substitution definitions and hyperlink targets from the whole document."""
    d = Definitions()
    for i, raw in enumerate(lines):
        if ".." not in raw:
            continue
        m = EXPLICIT.match(raw)
        if not m:
            continue
        s, end = raw.strip(), block_end(lines, i, len(m.group(1)))
        body = " ".join(ln.strip() for ln in lines[i + 1:end] if ln.strip())
        sd = _SUBST_DEF.match(s)
        if sd:
            d.subs[sd.group(1).strip()] = _subst_text(sd.group(2).lower(), (sd.group(3) or "") + " " + body)
            continue
        t = _TARGET.match(s)
        if t and not t.group(1).startswith("_"):  # "__" is an anonymous target
            url = "".join(((t.group(2) or "") + " " + body).split())
            if url and not url.endswith("_"):  # "name_" would be an indirect target
                d.targets[ref_key(t.group(1))] = url
    return d


def _subst_text(kind: str, text: str) -> str:
    text = text.strip()
    if kind == "replace":
        return text
    if kind == "unicode":
        text = text.split(" .. ")[0]  # a trailing comment
        chars = []
        for m in _CODEPOINT.finditer(text):
            try:
                chars.append(chr(int(m.group(1), 16) if m.group(1) else int(m.group(2) or m.group(3))))
            except (ValueError, OverflowError):
                continue
        return "".join(chars)
    if kind == "raw" and re.search(r"<br\s*/?>", text, re.I):
        return BREAK
    return ""  # images, dates, other raw output: nothing printed as text


def block_end(lines: list[str], i: int, indent: int) -> int:
    """The line after an explicit-markup block starting at line i (everything indented more)."""
    j = i + 1
    while j < len(lines):
        ln = lines[j]
        if ln.strip() and len(ln) - len(ln.lstrip()) <= indent:
            break
        j += 1
    while j > i + 1 and not lines[j - 1].strip():
        j -= 1  # trailing blank lines stay outside
    return j


def dedent(lines: list[str], offsets: list[int]) -> tuple[list[str], list[int]]:
    """Remove the common indentation; offsets move with the text."""
    pad = min((len(ln) - len(ln.lstrip()) for ln in lines if ln.strip()), default=0)
    return [ln[pad:] for ln in lines], [o + pad if ln.strip() else o for ln, o in zip(lines, offsets)]


def explicit(r: Renderer, lines: list[str], offsets: list[int], i: int, indent: int) -> int:
    """Read the explicit-markup block at line i; return the line after it."""
    end = block_end(lines, i, indent)
    s = lines[i].strip()
    m = _LABEL.match(s)
    if m:
        _label(r, m, lines, offsets, i, end)
        return end
    m = _DIRECTIVE.match(s)
    if m and not _SUBST_DEF.match(s):
        arg_at = offsets[i] + indent + (m.start(2) if m.group(2) else len(s))
        _directive(r, m.group(1).lower(), (m.group(2) or "").strip(), arg_at, lines, offsets, i, end)
    return end  # a comment, a target or a substitution definition prints nothing


def _label(r: Renderer, m: re.Match, lines: list[str], offsets: list[int], i: int, end: int) -> None:
    """A citation or footnote: a numbered item with its label ("[J8] ", "[3] "; "[#]" counts)."""
    label = m.group(1)
    if label.startswith("#"):
        r.footnotes += 1
        label = str(r.footnotes)
    first = m.group(2) or ""
    lead = len(lines[i]) - len(lines[i].lstrip())
    body, offs = dedent(lines[i + 1:end], offsets[i + 1:end])
    r.prefix = "- " if label == "*" else f"[{label}] "
    r.render([first] + body, [offsets[i] + lead + (m.start(2) if first else 0)] + offs)
    r.prefix = ""
    r.emit(offsets[end - 1], "")


def _directive(r: Renderer, name: str, arg: str, arg_at: int, lines: list[str], offsets: list[int], i: int,
               end: int) -> None:
    if name in DROP or name.startswith(("auto", "code")):
        return
    k = i + 1
    while k < end and lines[k].strip() and _OPTION.match(lines[k]):
        k += 1  # the directive's options
    options = [ln.strip() for ln in lines[i + 1:k]]
    body, offs = dedent(lines[k:end], offsets[k:end])
    r.emit(offsets[i], "")
    if name == "rubric":
        r.heading(offsets[i], arg, 1)
    elif arg and name in TITLED:
        r.emit(offsets[i], r.cells([arg]))
    elif arg and name in ADMONITIONS:
        body, offs = [arg, *body], [arg_at, *offs]
    if name == "list-table":
        for off, row in list_table_rows(body, offs):
            r.emit(off, r.cells(row))
    elif name == "csv-table":
        for off, row in csv_table_rows(body, offs, options):
            r.emit(off, r.cells(row))
    else:
        r.render(body, offs)
    r.emit(offsets[end - 1], "")


def list_table_rows(lines: list[str], offsets: list[int]) -> list[tuple[int, list[str]]]:
    """The rows of a ``list-table`` body: a two-level bullet list (rows, then cells)."""
    rows: list[tuple[int, list[list[str]]]] = []
    col = 0
    for ln, off in zip(lines, offsets):
        if not ln.strip():
            continue
        m = _ROW.match(ln)
        if m:
            rows.append((off, []))
            col = m.end() if ln[m.end():].strip() else 2
            ln = " " * m.end() + ln[m.end():]
        if not rows:
            continue
        lead = len(ln) - len(ln.lstrip())
        body = ln[col:] if lead >= col else ln.lstrip()
        c = _ROW.match(body)
        if c:
            rows[-1][1].append([body[c.end():].strip()])
        elif rows[-1][1]:
            rows[-1][1][-1].append(body.strip())
    return [(off, [" ".join(x for x in cell if x) for cell in cells]) for off, cells in rows if cells]


def csv_table_rows(lines: list[str], offsets: list[int], options: list[str]) -> list[tuple[int, list[str]]]:
    """The rows of a ``csv-table`` (its ``:header:`` option first)."""
    out: list[tuple[int, list[str]]] = []
    for opt in options:
        if opt.startswith(":header:"):
            out += [(offsets[0] if offsets else 0, row) for row in _csv([opt[len(":header:"):]])]
    for ln, off in zip(lines, offsets):
        if ln.strip():
            out += [(off, row) for row in _csv([ln])]
    return out


def _csv(lines: list[str]) -> list[list[str]]:
    try:
        return [[c.strip() for c in row] for row in csv.reader(lines, skipinitialspace=True) if row]
    except csv.Error:
        return [[ln.strip()] for ln in lines]
