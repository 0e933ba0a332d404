"""Markdown and plain text -> Text.  Plain-text CVs are read the same way: they are often
Markdown exports (``**bold**``, ``[text](url)``, ``1.`` lists), and the rules are harmless otherwise."""
from __future__ import annotations

import re

from .inline_html import convert_inline_html, link_text
from .pasted import dehyphenate, page_furniture, quoted_message, sidebar_columns
from .text import BOLD_OFF, BOLD_ON, ITAL_OFF, ITAL_ON, Text, TextBuilder

_SETEXT = re.compile(r"^\s{0,3}(=+|-+)\s*$")
_ATX = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_BULLET = re.compile(r"^\s*[-*+•◦▪]\s+(?=\S)")
_NUMBERED = re.compile(r"^\s*(\d{1,4})[.)]\s+(?=\S)")
_TABLE_SEP = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
_MD_LINK = re.compile(r"(!?)\[((?:[^\[\]]|\\\[|\\\]|\[[^\[\]]*\])*)\]\(\s*<?((?:\{\{[^{}]*\}\}|[^()\s>])*(?:\([^()\s]*\)[^()\s>]*)*)>?(?:\s+\"[^\"]*\")?\s*\)")
_BOLD_MD = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_ITAL_STAR = re.compile(r"(?<![\w*\\\ue000-\ue003])\*(?=[\w\"'“(\[\ue000-\ue003])([^*\n]+?)(?<=[^\s*\\,;])\*(?![\w*])")
_ITAL_US = re.compile(r"(?<![\w\\])_(?=\S)([^_\n]+?)(?<=\S)_(?!\w)")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|<>~'\"$])")
_FENCED_DIV = re.compile(r"^\s{0,3}:{3,}\s*(?:\{[^{}]*\}|[\w-]+)?\s*:*\s*$")
_BOX = re.compile(r"[\u2500-\u257f\u2580-\u259f]")
_FRONT = re.compile(r"\A---\s*\n.*?\n(---|\.\.\.)\s*\n", re.S)


_REF_DEF = re.compile(r"^[ ]{0,3}\[([^\]\n]+)\]:[ \t]*<?((?:\{\{[^{}\n]*\}\}|\S)+?)>?(?:[ \t]+[\"'(].*)?[ \t]*$", re.M)
_REF_USE = re.compile(r"\[((?:[^\[\]]|\[[^\[\]]*\])+)\]\[([^\[\]]*)\]")
_WRAPPED_LINK = re.compile(r"\[[^\[\]\n]*\n[^\[\]\n]*\]\(")
# "*Painted Devotion: … Valencia,⏎    1480–1560*": an italic run that opens on one line and closes on the next
# (the star first, the character before it checked behind it: the search jumps between stars; the same matches as
# r"(?<![\w*\\])\*(?=[\w\"'“(\[])[^*\n]*\n[^*\n]*?(?<=[^\s*\\,;])\*(?![\w*])")
_WRAPPED_ITAL = re.compile(r"\*(?<![\w*\\]\*)(?=[\w\"'“(\[])[^*\n]*\n[^*\n]*?(?<=[^\s*\\,;])\*(?![\w*])")


_FRONT_FIELD = re.compile(r"^(name|surname|author)\s*:\s*[\"']?([^\"'\n#:\[\]{}]+?)[\"']?\s*$", re.M)


def _front_matter_name(front: str, b: TextBuilder) -> None:
    """'author: Soraya Benali' (R Markdown, Quarto), 'name: Marie' + 'surname: Curie' (vitae): the front matter
    names the document's owner, whom the page itself may name only in a heading further down."""
    fields = {k: (v.strip(), at) for k, v, at in ((m.group(1), m.group(2), m.start(2)) for m in _FRONT_FIELD.finditer(front))}
    if "name" in fields and "surname" in fields:
        value, at = f"{fields['name'][0]} {fields['surname'][0]}", fields["name"][1]
    elif "author" in fields or "name" in fields:
        value, at = fields.get("author") or fields["name"]
    else:
        return
    if 2 <= len(value.split()) <= 5 and all(w[:1].isupper() for w in value.split() if w[:1].isalpha()):
        b.mark(at)
        b.write(f"# {value}\n\n")


def read(source: str, name: str = "") -> Text:
    """Convert Markdown (or plain text) to Text, keeping a source anchor per line."""
    # reference-style links: "[text][ref]" ... "[ref]: url" (the definition lines are dropped)
    refs = {m.group(1).strip().lower(): m.group(2) for m in _REF_DEF.finditer(source)} if "]:" in source else {}
    if refs:
        source = _REF_DEF.sub(lambda m: " " * len(m.group(0)), source)
    b = TextBuilder()
    start = 0
    m = _FRONT.match(source)
    if m:
        start = m.end()
        _front_matter_name(source[: m.end()], b)
    # a link text wrapped over lines: join it (same length, so offsets stay right)
    source = _WRAPPED_LINK.sub(lambda m: m.group(0).replace("\n", " "), source)
    if "*" in source:
        source = _WRAPPED_ITAL.sub(lambda m: m.group(0).replace("\n", " "), source)  # same length, as above
    source = quoted_message(source)  # a CV quoted in an e-mail (same length)
    source = dehyphenate(source)  # same length: offsets stay valid
    if _BOX.search(source):  # "┌─ Journal Articles ──┐", "║ Name ║", "━━━━": box-drawing frames and rules are no text
        source = _BOX.sub(" ", source)  # same length
    lines = source[start:].split("\n")
    offsets = _line_offsets(lines, start)
    lines, offsets = sidebar_columns(lines, offsets)  # `pdftotext -layout` of a page with a sidebar
    furniture = page_furniture(lines)
    in_comment = False
    i = 0
    while i < len(lines):
        if i in furniture:  # a page footer or running header of text pasted from a PDF
            i += 1
            continue
        raw = lines[i]
        line, in_comment = _drop_comments(raw, in_comment)
        if line is None:
            i += 1
            continue
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        b.mark(offsets[i])
        if nxt.lstrip()[:1] in ("=", "-") and line.strip() and not _BULLET.match(line) and _SETEXT.match(nxt) \
                and not in_comment and len(line.strip()) < 120:  # (an underline opens with "=" or "-")
            level = "#" if nxt.strip().startswith("=") else "##"
            b.write(f"{level} {_inline(line.strip(), refs)}\n")
            i += 2
            continue
        out = _block_line(line, refs)
        if out.endswith("\\") and not out.endswith("\\\\"):
            out = out[:-1].rstrip()  # a hard line break written after inline HTML
        b.write(out + "\n")
        i += 1
    return b.build("md", name)


def _line_offsets(lines: list[str], start: int) -> list[int]:
    out, pos = [], start
    for ln in lines:
        out.append(pos)
        pos += len(ln) + 1
    return out


def _drop_comments(line: str, in_comment: bool) -> tuple[str | None, bool]:
    """Remove HTML comments; None when the whole line is inside one."""
    if not in_comment and "<!--" not in line:
        return line, False  # (most lines: nothing to remove)
    out, pos, had = [], 0, in_comment
    while pos <= len(line):
        if in_comment:
            end = line.find("-->", pos)
            if end < 0:
                break
            in_comment, pos = False, end + 3
        else:
            st = line.find("<!--", pos)
            if st < 0:
                out.append(line[pos:])
                break
            out.append(line[pos:st])
            in_comment, pos, had = True, st + 4, True
    text = "".join(out)
    if had and not text.strip():
        return None, in_comment
    return text, in_comment


_BOLD_START = re.compile(r"^\s*\*\*")
# (the contribution words in either case; the mentee words in lower case: "* Students supervised: …" is a bullet)
_STAR_LEGEND = re.compile(r"^\s*\*\s+(?:(?:=|:|[Dd]enotes?|[Ii]ndicates?|[Mm]arks?)\s+)?(?:an?\s+)?(?:[a-z-]+\s+){0,2}?"
                          r"(?:(?i:equal(?:ly)?\b|co-?first|joint(?:ly)?\b|shared first|corresponding)|(?:under)?graduate|"
                          r"students?\b|mentees?\b|trainees?\b|supervised\b)")


def _block_line(line: str, refs: dict[str, str]) -> str:
    first = line.lstrip()[:1]
    if first not in _BLOCK_OPENERS and not first.isdecimal():
        return _plain_line(line, refs)  # no fence, heading, table row, list item or quote opens so
    if _FENCED_DIV.match(line):
        return ""  # "::: {.pub}" / ":::": a pandoc or Quarto block's fence, no text
    if line.rstrip().endswith("\\") and not line.rstrip().endswith("\\\\"):
        line = line.rstrip()[:-1]  # CommonMark hard line break
    m = _ATX.match(line)
    if m:
        return f"{m.group(1)} {_inline(m.group(2), refs)}"
    if _TABLE_SEP.match(line) and "-" in line:
        return ""
    if line.lstrip().startswith("|") and line.rstrip().endswith("|") and line.count("|") >= 3:
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        return "\t".join(_inline(c, refs) for c in cells if c)
    m = _BULLET.match(line)
    if m and _STAR_LEGEND.match(line):
        m = None  # "* graduate student co-author": a legend of the star mark, not a bullet
    if m and not _BOLD_START.match(line):  # a nested list keeps its indent
        return _indent(line) + "- " + _inline(line[m.end():].rstrip(), refs)
    m = _NUMBERED.match(line)
    if m:
        return f"{_indent(line)}{m.group(1)}. " + _inline(line[m.end():].rstrip(), refs)
    if line.startswith(">"):
        line = line.lstrip("> ")
    return _inline_line(line, refs)


# the first characters (after white space) of a fenced div, an ATX heading, a table row or separator, a bullet and a
# quote; a numbered item opens with a digit
_BLOCK_OPENERS = frozenset(":#|-*+•◦▪>")


def _plain_line(line: str, refs: dict[str, str]) -> str:
    """A line that opens no block: its hard line break dropped, its inline markup read."""
    if line.rstrip().endswith("\\") and not line.rstrip().endswith("\\\\"):
        line = line.rstrip()[:-1]  # CommonMark hard line break
    return _inline_line(line, refs)


def _inline_line(line: str, refs: dict[str, str]) -> str:
    out = _inline(line.rstrip(), refs)
    return " " + out if out.startswith("#") else out  # "<sup>#</sup> co-first authors": a mark, not a heading


def _indent(line: str) -> str:
    return " " * len(line[: len(line) - len(line.lstrip())].expandtabs(4))


def _inline(s: str, refs: dict[str, str] | None = None) -> str:
    # each pattern is tried only when the text holds the characters every one of its matches has
    if refs and "][" in s:
        s = _REF_USE.sub(lambda m: _ref_link(m, refs), s)
    if "](" in s:
        s = _MD_LINK.sub(_link, s)
    s = convert_inline_html(s)
    if "**" in s or "__" in s:
        s = _BOLD_MD.sub(lambda m: BOLD_ON + m.group(2) + BOLD_OFF, s)
    # "**Name***": bold name followed by the equal-contribution star
    s = s.replace("**", "")
    if "*" in s:
        s = _ITAL_STAR.sub(lambda m: ITAL_ON + m.group(1) + ITAL_OFF, s)
    if "_" in s:
        s = _ITAL_US.sub(lambda m: ITAL_ON + m.group(1) + ITAL_OFF, s)
    if "\\" in s:
        s = _ESCAPE.sub(r"\1", s)
    return s.replace("`", "")


def _ref_link(m: re.Match, refs: dict[str, str]) -> str:
    url = refs.get((m.group(2) or m.group(1)).strip().lower())
    return link_text(_ESCAPE.sub(r"\1", m.group(1)), url) if url else m.group(0)


def _link(m: re.Match) -> str:
    if m.group(1):  # image: keep its alt text only
        return m.group(2)
    anchor = _ESCAPE.sub(r"\1", m.group(2))
    return link_text(anchor, m.group(3))
