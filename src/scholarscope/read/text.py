"""The one object every reader returns: light-markup text plus a map back to the source.

Conventions of ``Text.text`` (every reader writes them, the parser reads only them):

* Lines end with ``\\n``; a blank line separates paragraphs.
* A heading is a line starting with ``#`` marks and a space (``# Publications``,
  ``## Journal articles``); deeper levels get more ``#``.
* A list item starts a line with ``- `` (bullet) or ``N. `` (its printed number, so a
  reversed list keeps 11, 10, ...).  Following lines up to a blank line or the next item
  belong to the item.
* Bold text is wrapped in ``BOLD_ON``/``BOLD_OFF``, italic in ``ITAL_ON``/``ITAL_OFF``
  (private-use characters, so ``*`` and ``_`` stay ordinary characters such as the
  equal-contribution star).
* A hyperlink is written as its anchor text followed by `` <URL>``; a bare URL stays as written.
* A tab separates table cells or a right-aligned column (``title\\tdate``).
* Superscript markers become plain characters: ``<sup>*</sup>``/``$^\\ast$`` -> ``*``,
  ``$^\\dagger$`` -> ``†``.
* Everything else is plain Unicode text: entities, LaTeX accents and escapes resolved;
  comments, scripts and styles dropped.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

BOLD_ON, BOLD_OFF = "\ue000", "\ue001"
ITAL_ON, ITAL_OFF = "\ue002", "\ue003"
MARKUP_CHARS = BOLD_ON + BOLD_OFF + ITAL_ON + ITAL_OFF
_STRIP = str.maketrans("", "", MARKUP_CHARS)


def strip_markup(s: str) -> str:
    """Drop the bold/italic marker characters."""
    if s.isascii():
        return s
    for ch in MARKUP_CHARS:  # str.replace is much faster than translate for four characters
        if ch in s:
            s = s.replace(ch, "")
    return s


# Chinese, Japanese and Korean characters (kana, CJK ideographs, Hangul): names and headings in these
# scripts are judged apart from Latin-script ones
CJK_CHARS = "\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af"
CJK = re.compile(f"[{CJK_CHARS}]")


def fold_case(s: str) -> str:
    """``s.lower()``, with the three letters that ``re.IGNORECASE`` matches to an ASCII letter and
    ``lower()`` does not map onto it ('ı', 'İ' -> 'i', 'ſ' -> 's'): a case-insensitive pattern's
    ASCII word occurs in ``fold_case(s)`` wherever it matches in ``s`` -- a cheap exact test that
    a pattern needing one of some words cannot match."""
    if not s.isascii():
        for a, b in (("ı", "i"), ("ſ", "s"), ("İ", "i")):
            if a in s:
                s = s.replace(a, b)
    return s.lower()


@dataclass
class Text:
    """A document as read: light-markup text, its format, and offsets back to the source."""

    text: str
    format: str
    name: str = ""
    # (offset in text, offset in source) anchors, both increasing; empty means identity.
    anchors: list[tuple[int, int]] = field(default_factory=list)

    def source_offset(self, offset: int) -> int:
        """Map an offset in ``text`` to the nearest known offset in the source."""
        if not self.anchors:
            return offset
        keys = self._anchor_keys()
        i = bisect.bisect_right(keys, offset) - 1
        if i < 0:
            return self.anchors[0][1]
        t, s = self.anchors[i]
        return s + (offset - t)

    def _anchor_keys(self) -> list[int]:
        """The text offsets of the anchors, built once per anchors list (rebuilt if it is replaced or grows)."""
        memo = self.__dict__.get("_keys_memo")
        if memo is None or memo[0] is not self.anchors or memo[1] != len(self.anchors):
            memo = (self.anchors, len(self.anchors), [a for a, _ in self.anchors])
            self.__dict__["_keys_memo"] = memo
        return memo[2]

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of ``text`` to a span of the source document."""
        a, b = self.source_offset(start), self.source_offset(end)
        return (a, max(a, b))


class TextBuilder:
    """Accumulates output text and source anchors for readers that transform their input."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.anchors: list[tuple[int, int]] = []

    def mark(self, source_offset: int) -> None:
        """Record that the next character written comes from ``source_offset``."""
        if self.anchors and self.anchors[-1][0] == self.length:
            self.anchors[-1] = (self.length, source_offset)
        else:
            self.anchors.append((self.length, source_offset))

    def write(self, s: str) -> None:
        self.parts.append(s)
        self.length += len(s)

    def build(self, fmt: str, name: str = "") -> Text:
        return Text("".join(self.parts), fmt, name, self.anchors)
