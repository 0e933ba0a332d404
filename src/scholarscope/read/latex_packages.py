"""Macros of CV classes and packages that the core converter does not know, read as data.

Chemistry (mhchem): ``\\ce{CO2}`` is written with Unicode sub- and superscripts ("CO₂").

curve: ``\\begin{rubric}{Title}`` is a section (latex_tables.SECTION_ENVS), ``\\subrubric{…}`` a
sub-section, and ``\\entry*[key] text`` an item whose text runs to the next entry: a number key
("9.", "P2.") makes a numbered item, a date key ("2013--2018") a date column, a word key
("Software") a label, no key a paragraph.  ``\\leftheader``/``\\rightheader`` (name and contact
data, usually set in the preamble) are printed where ``\\makeheaders`` stands.  europecv and
europasscv (``\\ecvsection``, ``\\ecvitem{left}{right}``) map onto the moderncv handlers in
latex_tables; currvita's ``cv``/``cvlist`` titles are SECTION_ENVS there too.

Awesome-CV: ``\\cventry{position}{title}{location}{date}{description}`` has five arguments where
moderncv's has six; it is written as the class prints it, the title in bold with the location
right-aligned, then the position with the date right-aligned, then the description's items
(publication lists use the same slots: authors, title, journal, year).  ``\\cvhonor{award}{event}
{location}{date}`` is one line of cells, ``\\cvskill{category}{skills}`` a label cell and its skills."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .latex_tables import HFILL
from .latex_util import _opt_end, _skip_arg_gap, _skip_blanks, _skip_opt, _strip_braces, _strip_markup
from .text import BOLD_OFF, BOLD_ON, ITAL_OFF, ITAL_ON

if TYPE_CHECKING:
    from .latex import LineWriter

# a stop for an entry's text: the next entry or sub-rubric at the same brace depth
_ENTRY_SCAN = re.compile(r"\\(entry\*?|subrubric|noentry)(?![a-zA-Z@])|\\.|%[^\n]*|[{}]", re.S)
# "9.", "12", "[3]", "P2.", "(J4)": a printed number, optionally after a letter prefix (not a year)
_NUMBER_KEY = re.compile(r"[\[(]?([A-Za-z]{0,2})(\d{1,3})[.)\]]?")


class PackageHandlers:
    """Handlers mixed into the LaTeX converter (they use its ``out``, ``run``, ``inline``...)."""

    out: "LineWriter"
    meta: dict[str, str]
    _frame: tuple[str, int | None, int]

    def _h_entry(self, name: str, s: str, i: int, j: int, end: int) -> int:
        if not (j < end and s[j] == "["):
            if j < end and s[j] == "{":
                return self._unknown(name, s, i, j, end)  # another class's \entry{..}{..}: its arguments as text
            key = ""
        else:
            e = _opt_end(s, j, end)
            key, j = self.inline(s[j + 1:e]).strip(), _skip_blanks(s, e + 1, end)
        stop = _entry_end(s, j, end)
        self._par(i)
        self.out.write(_entry_lead(key))
        self.run(s, j, stop, self._frame[1], self._frame[2])
        self._par(stop)
        return stop

    def _h_ce(self, name: str, s: str, i: int, j: int, end: int) -> int:
        k, arg = self._arg(s, j, end)
        formula = chem_text(_strip_braces(arg))
        self.out.write(self.inline(formula) if "\\" in formula or "{" in formula else formula)
        return k

    def _h_header(self, name: str, s: str, i: int, j: int, end: int) -> int:
        k, arg = self._arg(s, j, end)
        self.meta[name] = _strip_braces(arg)
        return k

    def _h_makeheaders(self, name: str, s: str, i: int, j: int, end: int) -> int:
        j = _skip_opt(s, j, end)
        for key in ("leftheader", "rightheader"):
            frag = self.meta.pop(key, "")
            if frag.strip():
                self._par(i)
                self.run(frag, 0, len(frag), None, self.src(i))
                self._par(i)
        return j

    def moderncv_entry(self, s: str, j: int, end: int) -> bool:
        """Whether the \\cventry at s[j:] has moderncv's six arguments (Awesome-CV's has five)."""
        k = j
        for _ in range(6):
            k = _skip_arg_gap(s, k, end)
            if k >= end or s[k] != "{":
                return False
            k, _ = self._arg(s, k, end)
        return True

    def awesome_entry(self, s: str, i: int, j: int, end: int) -> int:
        args = []
        for _ in range(4):
            j, a = self._arg(s, j, end)
            args.append(self.inline(_strip_braces(a)))
        position, title, location, date = args
        k = _skip_arg_gap(s, j, end)
        self._par(i)
        self.out.write(_cells(BOLD_ON + title + BOLD_OFF if title else "", _ital(location)))
        self.out.brk(self.src(i))
        self.out.write(_cells(position, _ital(date)))
        if k < end and s[k] == "{":
            j, desc = self._arg(s, k, end)
            self.out.brk(self.src(k))
            first = len(self.out.lines)
            self._run_arg(s, k, j, desc)
            _as_entry_lines(self.out, first)
        self._par(j)
        return j

    def _h_cvhonor(self, name: str, s: str, i: int, j: int, end: int) -> int:
        args = []
        for _ in range(4):
            j, a = self._arg(s, j, end)
            args.append(self.inline(_strip_braces(a)))
        award, event, location, date = args
        self._par(i)
        self.out.write(_cells(", ".join(x for x in (award, event) if x), location, date))
        self._par(j)
        return j

    def _h_cvskill(self, name: str, s: str, i: int, j: int, end: int) -> int:
        j, label = self._arg(s, j, end)
        j, skills = self._arg(s, j, end)
        self._par(i)
        self.out.write(_cells(self.inline(_strip_braces(label)), self.inline(_strip_braces(skills))))
        self._par(j)
        return j

    if TYPE_CHECKING:  # provided by the converter
        def _unknown(self, name: str, s: str, i: int, j: int, end: int) -> int: ...
        def inline(self, frag: str) -> str: ...
        def run(self, s: str, start: int, end: int, base: int | None, anchor: int = 0) -> None: ...
        def src(self, i: int) -> int: ...
        def _par(self, i: int) -> None: ...
        def _arg(self, s: str, j: int, end: int) -> tuple[int, str]: ...
        def _run_arg(self, s: str, j: int, k: int, arg: str) -> None: ...


def _as_entry_lines(out: "LineWriter", first: int) -> None:
    """The description's items ('- doi:…', '- Advisor: …') as lines of the entry they describe: no
    paragraph gap and no bullet, so that the entry and its items stay one block."""
    kept_lines, kept_srcs = [], []
    for parts, src in zip(out.lines[first:], out.srcs[first:]):
        if not any(p.strip() for p in parts):
            continue
        if parts and parts[0].startswith("- "):
            parts = [parts[0][2:]] + parts[1:]
        kept_lines.append(parts)
        kept_srcs.append(src)
    out.lines[first:], out.srcs[first:] = kept_lines, kept_srcs  # (first >= 1: the entry's own lines)


def _cells(*cells: str) -> str:
    return HFILL.join(c for c in cells if c)


def _ital(t: str) -> str:
    return ITAL_ON + t + ITAL_OFF if t else ""


_SUB = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")
_SUP = str.maketrans("0123456789+-", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻")
_ARROWS = {"<=>": "⇌", "<->": "↔", "->": "→", "<-": "←"}


def chem_text(formula: str) -> str:
    """An mhchem formula in Unicode: counts after an element or bracket are subscripts ("Zr6" ->
    "Zr₆"; a leading coefficient stays: "2H2O" -> "2H₂O"), charges and isotopes superscripts."""
    f = re.sub(r"\^\{([0-9+-]*)\}|\^([0-9]*[+-]?)", lambda m: (m.group(1) or m.group(2) or "").translate(_SUP), formula)
    f = re.sub(r"(?<=[A-Za-z)\]])(\d+)", lambda m: m.group(1).translate(_SUB), f)
    return re.sub(r"<=>|<->|->|<-", lambda m: _ARROWS[m.group(0)], f)


def _entry_end(s: str, j: int, end: int) -> int:
    depth = 0
    for m in _ENTRY_SCAN.finditer(s, j, end):
        t = m.group(0)
        if m.group(1) and depth == 0:
            return m.start()
        if t == "{":
            depth += 1
        elif t == "}":
            depth -= 1
            if depth < 0:
                return m.start()  # the end of the group the entry stands in
    return end


def _entry_lead(key: str) -> str:
    """How an entry's key starts its line: a list number, a date column or a label."""
    plain = _strip_markup(key).strip()
    if not plain:
        return ""
    m = _NUMBER_KEY.fullmatch(plain)
    if m:
        return f"[{m.group(1)}{int(m.group(2))}] " if m.group(1) else f"{int(m.group(2))}. "
    if re.search(r"\d", plain):
        return f"{key}{HFILL}"  # a date column, as a tabular CV's first cell
    return f"{key}: "
