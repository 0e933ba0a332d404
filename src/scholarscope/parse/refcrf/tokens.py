"""Tokenizer for reference strings, with character offsets.

Tokens are: URLs, DOIs and arXiv identifiers (kept whole), runs of letters/digits
(apostrophes inside words kept: ``O'Brien``), and every other non-space character
on its own (``.``, ``,``, ``(``, ``*``, ``†`` ...).  ``text[start:end] == token``.
"""
from __future__ import annotations

import re

__all__ = ["Token", "tokenize", "TOKEN_RE"]

# URL / DOI bodies: stop before trailing sentence punctuation.
_TAIL = r"[^\s<>\"'“”‘’]*[^\s<>\"'“”‘’.,;:)\]}]"
TOKEN_RE = re.compile(
    r"(?:https?://|ftp://|www\.)" + _TAIL
    + r"|(?<![\w/])10\.\d{3,9}/" + _TAIL
    + r"|arXiv:\s?(?:\d{4}\.\d{4,5}|[a-z\-]+(?:\.[A-Z]{2})?/\d{7})(?:v\d+)?"
    + r"|[^\W_]+(?:['’][^\W_]+)*"
    + r"|\S",
    re.IGNORECASE,
)

Token = tuple  # (text, start, end)


def tokenize(text: str) -> list[tuple[str, int, int]]:
    """Return ``[(token, start, end), ...]`` for ``text``."""
    return [(m.group(), m.start(), m.end()) for m in TOKEN_RE.finditer(text)]
