"""Inline HTML found inside Markdown or plain text (``<sup>``, ``<b>``, ``<a href>``, entities)."""
from __future__ import annotations

import html
import re

from .text import BOLD_OFF, BOLD_ON, ITAL_OFF, ITAL_ON

_A = re.compile(r"""<a\b[^>]*?href\s*=\s*["']([^"']*)["'][^>]*>(.*?)</a\s*>""", re.I | re.S)
_TAG = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]*)\b[^<>]*?/?>")
_BOLD = {"b", "strong"}
_ITAL = {"i", "em", "cite"}
_BREAK = {"br"}


def link_text(anchor: str, url: str) -> str:
    """How a hyperlink is written in ``Text``: anchor then `` <url>`` (placeholders dropped)."""
    url = url.strip()
    anchor = anchor.strip()
    if not url or url.startswith(("#", "javascript:")):
        return anchor
    if anchor == url or anchor.strip("<>") == url:
        return f"<{url}>"
    return f"{anchor} <{url}>" if anchor else f"<{url}>"


def convert_inline_html(s: str) -> str:
    """Replace inline tags by Text conventions and resolve entities."""
    if "<" in s:
        s = _A.sub(lambda m: link_text(m.group(2), html.unescape(m.group(1))), s)
        s = _TAG.sub(_tag, s)
    if "&" in s:
        s = html.unescape(s)
    return s


def _tag(m: re.Match) -> str:
    name = m.group(1).lower()
    closing = m.group(0).startswith("</")
    if name in _BOLD:
        return BOLD_OFF if closing else BOLD_ON
    if name in _ITAL:
        return ITAL_OFF if closing else ITAL_ON
    if name in _BREAK:
        return "\n"
    if name in {"sup", "sub", "ins", "u", "small", "span", "font", "mark", "big", "abbr", "code", "tt", "s", "del", "img", "p", "div", "li", "ul", "ol", "center", "a"}:
        return ""
    return m.group(0)  # not a tag we know: keep the text (it may be a literal "<x>")
