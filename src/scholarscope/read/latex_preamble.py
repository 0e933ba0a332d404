"""The LaTeX preamble: the owner's name (\\name, \\author), moderncv personal data (\\email, \\phone,
\\homepage) and macro definitions, read before the body. Split from latex.py."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .latex_tables import DEF_CMDS, PREAMBLE_CMD
from .latex_util import _skip_blanks, _skip_opt, _strip_braces, _strip_markup

if TYPE_CHECKING:
    from .latex import _Conv


@dataclass
class _Macro:
    """A user macro: its argument count, body and the default of an optional first argument."""

    nargs: int
    body: str
    default: str | None = None


_CONTACT_CMDS = {"email": "Email", "phone": "Phone", "mobile": "Phone", "homepage": "Web"}
# europecv / europasscv spellings of the same personal data
_ALIASES = {"ecvname": "name", "ecvemail": "email", "ecvtelephone": "phone", "ecvmobile": "mobile",
            "ecvhomepage": "homepage"}


def owner_lines(conv: "_Conv", first: list[str]) -> list[str]:
    """The owner's name from \\name / \\author (and \\title) when the body does not show it."""
    seen = _strip_markup(" ".join(first)).lower()
    out = []
    for key in ("name", "author", "title"):
        v = conv.meta.get(key, "").strip()
        if key == "title" and not out:
            break  # a title alone ("Curriculum Vitae") does not name anyone
        if v and v.lower() not in seen:
            out.append(("# " if key != "title" else "") + v)
            seen += " " + v.lower()
    contacts = conv.meta.get("contacts", "")
    if out and contacts and contacts.split(": ", 1)[-1].split(" | ")[0].lower() not in seen:
        out.append(contacts)  # the header's contact line, from the preamble's personal data
    return out + [""] if out else []


def scan_preamble(conv: "_Conv", pre: str) -> None:
    pre = re.sub(r"(?<!\\)((?:\\\\)*)%.*", r"\1", pre)
    pos = 0
    for m in PREAMBLE_CMD.finditer(pre):
        if m.start() < pos:
            continue
        cmd = _ALIASES.get(m.group(1), m.group(1))
        try:
            if cmd in DEF_CMDS:
                pos = conv.define(pre, m.end(), cmd, len(pre))
            elif cmd in _CONTACT_CMDS and cmd not in conv.macros:  # moderncv \email{..}, \phone[mobile]{..}
                j = _skip_opt(pre, _skip_blanks(pre, m.end(), len(pre)), len(pre))
                j, a = conv._arg(pre, j, len(pre))
                value = _strip_markup(conv.inline(_strip_braces(a))).replace("~", " ").strip()
                if value:
                    conv.meta.setdefault("contacts", "")
                    conv.meta["contacts"] += (" | " if conv.meta["contacts"] else "") + f"{_CONTACT_CMDS[cmd]}: {value}"
                pos = j
            elif cmd in ("leftheader", "rightheader") and cmd not in conv.macros:  # curve: printed by \\makeheaders
                pos, a = conv._arg(pre, m.end(), len(pre))
                conv.meta[cmd] = _strip_braces(a)
            elif cmd in ("author", "title", "name") and cmd not in conv.macros:
                j = _skip_opt(pre, _skip_blanks(pre, m.end(), len(pre)), len(pre))
                j, a = conv._arg(pre, j, len(pre))
                value = conv.inline(_strip_braces(a))
                if cmd == "name" and j < len(pre) and pre[_skip_blanks(pre, j, len(pre))] == "{":
                    j, b = conv._arg(pre, j, len(pre))
                    value = f"{value} {conv.inline(_strip_braces(b))}"
                value = re.split(r"\s*\\\\|\n", value)[0]
                conv.meta[cmd] = _strip_markup(value)
                if cmd in ("author", "title"):
                    conv.macros.setdefault("the" + cmd, _Macro(0, _strip_braces(a)))
                pos = j
        except (IndexError, ValueError):
            continue
