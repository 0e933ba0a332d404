"""Small helpers of the LaTeX reader (also used by the jemdoc, rst and HTML readers): brace
matching, argument skipping, symbols and math as text, line clean-up, input sanitising."""
from __future__ import annotations

import re
from functools import lru_cache

from .latex_tables import _DIMEN, HFILL, MARKS, MATH_MARK, NO_SYMBOL, SYMBOLS
from .text import BOLD_OFF, BOLD_ON, ITAL_OFF, ITAL_ON


# ---- helpers used by the handlers too ---------------------------------------------------
_GROUP_CHAR = re.compile(r"[\\%{}]")  # what _group_end reads: every other character is stepped over


def _group_end(s: str, i: int) -> int:
    """Index of the brace closing the group opened at s[i] (len(s) when unbalanced)."""
    depth, n = 0, len(s)
    m = _GROUP_CHAR.search(s, i)
    while m is not None:
        k = m.start()
        c = s[k]
        if c == "\\":
            k += 2  # an escaped character, whatever it is
        elif c == "%":
            nl = s.find("\n", k)
            if nl < 0:
                return n
            k = nl + 1
        elif c == "{":
            depth += 1
            k += 1
        else:
            depth -= 1
            if depth == 0:
                return k
            k += 1
        m = _GROUP_CHAR.search(s, k) if k < n else None
    return n


def _raw_group_end(s: str, i: int) -> int:
    """Like _group_end but ``%`` is literal (URLs in \\href and \\url)."""
    depth = 0
    for k in range(i, len(s)):
        if s[k] == "{" and s[k - 1] != "\\":
            depth += 1
        elif s[k] == "}" and s[k - 1] != "\\":
            depth -= 1
            if depth == 0:
                return k
    return len(s)


def _opt_end(s: str, i: int, end: int) -> int:
    depth = 0
    for k in range(i, end):
        if s[k] == "{":
            depth += 1
        elif s[k] == "}":
            depth -= 1
        elif s[k] == "]" and depth <= 0:
            return k
    return end - 1


def _skip_opt(s: str, j: int, end: int) -> int:
    k = _skip_blanks(s, j, end)
    while k < end and s[k] == "[":
        k = _skip_blanks(s, _opt_end(s, k, end) + 1, end)
    return k if k > j and s[k - 1:k] != "[" else j if k == j else k


def _skip_blanks(s: str, j: int, end: int) -> int:
    """Skip spaces and one line end after a control word (not a blank line)."""
    while j < end and s[j] in " \t":
        j += 1
    if j < end and s[j] == "\n":
        k = j + 1
        while k < end and s[k] in " \t":
            k += 1
        if k < end and s[k] == "\n":
            return j
        return k
    return j


def _skip_arg_gap(s: str, j: int, end: int) -> int:
    """Skip what TeX skips before a macro's next argument: blanks and whole comment lines
    ("{Job title} % comment" then the next argument on the next line), never a blank line."""
    j = _skip_blanks(s, j, end)
    while j < end and s[j] == "%":
        nl = s.find("\n", j, end)
        if nl < 0:
            return end
        k = nl + 1
        while k < end and s[k] in " \t":
            k += 1
        if k < end and s[k] == "\n":
            return nl
        j = k
    return j


def _skip_spaces_only(s: str, j: int, end: int) -> int:
    k = j
    while k < end and s[k] in " \t":
        k += 1
    return k if k < end and s[k] == "{" else j


def _skip_dimen(s: str, j: int, end: int) -> int:
    m = _DIMEN.match(s, j, end)
    return m.end() if m and m.group(0).strip() else j


def _strip_braces(a: str) -> str:
    a = a.strip()
    return a[1:-1] if a.startswith("{") and a.endswith("}") else a


def _alone_on_line(s: str, i: int, j: int) -> bool:
    ls = s.rfind("\n", 0, i) + 1
    le = s.find("\n", j)
    rest = s[j:len(s) if le < 0 else le]
    return not s[ls:i].strip() and (not rest.strip() or rest.lstrip().startswith("%"))


def _looks_like_heading(t: str) -> bool:
    t = _strip_markup(t).strip()
    words = t.split()
    return (0 < len(words) <= 7 and len(t) <= 60 and not t.endswith((".", ",", ";"))
            and "<" not in t and sum(ch.isdigit() for ch in t) <= 2 and (t[0].isupper() or not t[0].isalpha()))


def _strip_markup(t: str) -> str:
    return _MARKUP.sub("", t)


@lru_cache(maxsize=2048)
def _symbol(name: str) -> str | None:
    """Unicode for a symbol macro, from our table or pylatexenc's; None when unknown."""
    if name in SYMBOLS:
        return SYMBOLS[name]
    if not name.isalpha() or name in NO_SYMBOL:
        return None
    try:
        from pylatexenc.latex2text import LatexNodes2Text
        out = LatexNodes2Text(math_mode="text").latex_to_text("\\" + name)
    except Exception:  # pylatexenc must never take the reader down
        return None
    return out if out and out.strip() and len(out) <= 3 else None


_MATH_STYLE = re.compile(r"\\(?:mathrm|mathbf|mathit|mathsf|mathcal|mathbb|text\w*|mbox|rm|bf|it|operatorname|boldsymbol|bm|left|right|[bB]igg?[lr]?)(?![a-zA-Z])\s*")
_MATH_SPACE = re.compile(r"\\[,;:! ]")
_MATH_ESCAPE = re.compile(r"\\([{}%$&#_])")
_MATH_MACRO = re.compile(r"\\([a-zA-Z]+)\s*")


_SUB = dict(zip("0123456789+-=()aehijklmnoprstuvx", "₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎ₐₑₕᵢⱼₖₗₘₙₒₚᵣₛₜᵤᵥₓ"))
_SUP = dict(zip("0123456789+-=()in", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ⁱⁿ"))
_SUB_SUP = re.compile(r"([_^])\s*(?:\{\s*([^{}\\]{1,6}?)\s*\}|([A-Za-z0-9+\-=]))")


def _script(x: re.Match) -> str:
    """'B_s' -> 'Bₛ', 'K^+' -> 'K⁺', '10^{-2}' -> '10⁻²': a short index in Unicode when every character has one."""
    table = _SUB if x.group(1) == "_" else _SUP
    body = (x.group(2) or x.group(3)).replace("−", "-")
    return "".join(table[c] for c in body) if all(c in table for c in body) else x.group(0)


def math_text(m: str) -> str:
    """Readable math: symbols to Unicode, superscript markers to plain characters, short indices to Unicode ones."""
    m = MATH_MARK.sub(lambda x: MARKS[x.group(1)], m)
    if "_" in m or "^" in m:
        m = _SUB_SUP.sub(_script, m)
    m = _MATH_STYLE.sub("", m)
    m = _MATH_SPACE.sub(" ", m)
    m = _MATH_ESCAPE.sub(r"\1", m)
    m = _MATH_MACRO.sub(lambda x: _symbol(x.group(1)) or "", m)
    m = m.replace("{", "").replace("}", "").replace("~", " ")
    return " ".join(m.split()) if m.strip() else ""


_MARKUP = re.compile("[\ue000-\ue003]")
_EMPTY_STYLE = re.compile(r"\ue000(\s*)\ue001|\ue002(\s*)\ue003")
_SPACE_RUN = re.compile(r"[ \u00a0\u200b]+")
_SPACE_AFTER_OPEN = re.compile(r"([\ue000\ue002]+)( +)")
_SPACE_BEFORE_CLOSE = re.compile(r"( +)([\ue001\ue003]+)")
_SPACES2 = re.compile(r" {2,}")
_HFILL_RUN = re.compile(r" *(\x01 *)+")
_TAB_SPACES = re.compile(r" *\t *")


def _norm_line(line: str) -> str:
    # each substitution is skipped when the line lacks a character every one of its matches holds
    marked = _has_markup(line)
    if marked:
        line = _EMPTY_STYLE.sub(r"\1\2", line)  # empty bold/italic (icons)
    line = _SPACE_RUN.sub(" ", line)
    if marked:
        # spaces just inside bold/italic belong outside ("J.,\ue000 Doe" -> "J., \ue000Doe")
        line = _SPACE_AFTER_OPEN.sub(r"\2\1", line)
        line = _SPACE_BEFORE_CLOSE.sub(r"\2\1", line)
    line = _SPACES2.sub(" ", line)
    if HFILL in line:
        line = _HFILL_RUN.sub(HFILL, line)
    line = line.strip(" " + HFILL).replace(HFILL, "\t")
    if "\t" in line:
        line = _TAB_SPACES.sub("\t", line)
    return line.strip(" ")


def _has_markup(s: str) -> bool:
    return not s.isascii() and (BOLD_ON in s or BOLD_OFF in s or ITAL_ON in s or ITAL_OFF in s)


def _balance(line: str, state: str = "") -> str:
    """Close markers left open on a line and drop closers without an opener."""
    if not _has_markup(line):
        return line  # nothing to close or drop
    out, open_ = [], []
    last = 0
    for mk in _MARKUP.finditer(line):  # plain text between markers is copied as it is
        i = mk.start()
        out.append(line[last:i])
        last = i + 1
        ch = line[i]
        if ch in (BOLD_ON, ITAL_ON):
            if ch in open_:
                continue
            open_.append(ch)
        else:
            on = BOLD_ON if ch == BOLD_OFF else ITAL_ON
            if on not in open_:
                continue
            open_.remove(on)
        out.append(ch)
    out.append(line[last:])
    for on in reversed(open_):
        out.append(BOLD_OFF if on == BOLD_ON else ITAL_OFF)
    text = "".join(out)
    text = text.replace(BOLD_ON + BOLD_OFF, "").replace(ITAL_ON + ITAL_OFF, "")
    return text


def _carry(lines: list[str]) -> list[str]:
    """Markup opened on one line and closed on a later one is closed/reopened per line."""
    out, state = [], ""
    for ln in lines:
        if not ln.strip():
            out.append(ln)
            state = ""
            continue
        ln, state = state + ln, ""
        if not _has_markup(ln):
            out.append(ln)  # no marker to carry, and _balance leaves it as it is
            continue
        for mk in _MARKUP.finditer(ln):  # (no other character changes the state)
            c = mk.group()
            if c in MARKS_OPEN and c not in state:
                state += c
            elif c in MARKS_CLOSE:
                state = state.replace(MARKS_CLOSE[c], "")
        out.append(_balance(ln))
    return out


MARKS_OPEN = BOLD_ON + ITAL_ON
MARKS_CLOSE = {BOLD_OFF: BOLD_ON, ITAL_OFF: ITAL_ON}


_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ue000-\ue0ff]")


def sanitize(source: str) -> str:
    """Blank out control and private-use characters: readers use them as internal markers.
    Same length, so offsets into the source stay valid."""
    return _CONTROL.sub(" ", source)


