"""LaTeX -> Text.  A small tokenizer that understands what CVs use (sections, lists, tables,
bold/italic, links, accents, simple math) and expands the author's own ``\\newcommand``s, so
custom entry wrappers come out like built-in ones.  Nothing is executed; unknown macros keep
the text of their arguments.  Any internal failure falls back to a crude regex rendering."""
from __future__ import annotations

import re
import unicodedata

from .inline_html import link_text
from .latex_packages import PackageHandlers
from .latex_preamble import _Macro, owner_lines, scan_preamble
from .latex_tables import (
    _DIMEN,
    ACCENTS,
    ARGS,
    DIMEN_CMDS,
    DROP,
    DROP_ENVS,
    ENV_ARGS,
    ESCAPES,
    HANDLERS,
    HEADING_HINT,
    HFILL,
    LIST_ENVS,
    MARKS,
    MATH_ENVS,
    SECTION_ENVS,
    SECTION_LEVELS,
    TABLE_ENVS,
    VERBATIM_ENVS,
)
from .latex_util import (
    _alone_on_line,
    _balance,
    _carry,
    _group_end,
    _looks_like_heading,
    _norm_line,
    _opt_end,
    _raw_group_end,
    _skip_arg_gap,
    _skip_blanks,
    _skip_dimen,
    _skip_opt,
    _skip_spaces_only,
    _strip_braces,
    _strip_markup,
    _symbol,
    math_text,
    sanitize,
)
from .text import BOLD_OFF, BOLD_ON, ITAL_OFF, ITAL_ON, Text, TextBuilder

ITEM = "\x02"  # number of an enumerate item, filled in when the list ends
MAX_EXPANSIONS = 20000  # a recursive \def must not loop for ever
MAX_DEPTH = 60

_CS = re.compile(r"\\([a-zA-Z@]+\*?|.)", re.S)
# ordinary characters, and single spaces between them (_space would write each such space as it is)
_PLAIN = re.compile(r"[^\\{}$%&~\-`'#^_\s]+(?: [^\\{}$%&~\-`'#^_\s]+)*")
_BEGIN_DOC = re.compile(r"^[^%\n]*?\\begin\s*\{document\}", re.M)
_END_DOC = re.compile(r"^[^%\n]*?\\end\s*\{document\}", re.M)
_RULE_SPEC = re.compile(r"(?:\s*(?:width|height|depth)" + _DIMEN.pattern + r")*")
_KEYVAL = re.compile(r"^\s*[\w.@-]+\s*=\s*\S*\s*$|^\s*[-+]?[\d.]+\s*(pt|em|ex|in|cm|mm|\\\w+)\s*$")


class LineWriter:
    """Output lines, each with the source offset it starts at; breaks are applied lazily so
    that empty lines and leading spaces never pile up."""

    def __init__(self) -> None:
        self.lines: list[list[str]] = [[]]
        self.srcs: list[int] = [0]
        self.pending = 0  # 0 none, 1 line break, 2 paragraph break
        self.pending_src = 0

    def write(self, s: str) -> None:
        if not s:
            return
        if self.pending:
            if not s.strip(" \n"):
                return
            cur_has = any(p.strip() for p in self.lines[-1])
            if self.pending == 2 and cur_has:
                self.lines.append([])
                self.srcs.append(self.pending_src)
            if cur_has:
                self.lines.append([])
                self.srcs.append(self.pending_src)
            else:
                self.srcs[-1] = self.pending_src
            self.pending = 0
        self.lines[-1].append(s)

    def brk(self, src: int, level: int = 1) -> None:
        self.pending = max(self.pending, level)
        self.pending_src = src



class _Handlers(PackageHandlers):
    """Built-in commands; methods take (name, s, i, j, end) with s[i] the backslash and j after
    the name, and return where conversion continues."""

    def _h_item(self, name: str, s: str, i: int, j: int, end: int) -> int:
        label = None
        if j < end and s[j] == "[":
            e = _opt_end(s, j, end)
            label, j = self.inline(s[j + 1:e]), _skip_blanks(s, e + 1, end)
        if name == "bibitem":
            j = _skip_blanks(s, self._spec("m", s, j, end), end)
        self.out.brk(self.src(i))
        kind = self.lists[-1] if self.lists else "bullet"
        if label is not None and name == "item":
            self.out.write(f"- {label} " if label else "- ")
        else:
            self.out.write(ITEM + chr(0xE100 + len(self.lists)) + " " if kind != "bullet" else "- ")
        return j

    def _h_begin(self, name: str, s: str, i: int, j: int, end: int) -> int:
        j, arg = self._arg(s, j, end)
        env = _strip_braces(arg).strip()
        body_end, after = _env_end(s, env, j, end)
        if env in self.envs:
            nargs, begin, finish = self.envs[env]
            args = []
            for _ in range(nargs):
                j, a = self._arg(s, j, body_end)
                args.append(_strip_braces(a))
            begin = re.sub(r"(\\[a-zA-Z@]+)(?=#[1-9])", r"\1 ", begin)
            begin = re.sub(r"#([1-9])", lambda m: args[int(m.group(1)) - 1] if int(m.group(1)) <= len(args) else "", begin)
            frag = begin + " " + s[j:body_end] + " " + finish
            self.run(frag, 0, len(frag), None, self.src(i))
            return after
        if env in DROP_ENVS:
            return after
        if env in VERBATIM_ENVS or env in MATH_ENVS:
            self._par(i)
            body = s[j:body_end]
            self.out.write(math_text(body) if env in MATH_ENVS else body)
            self._par(body_end)
            return after
        kind = "reverse" if "etaremune" in env else "enum" if re.search(r"enum|bibliography", env) else "bullet"
        if env in TABLE_ENVS:
            return self._block(s, self._spec(TABLE_ENVS[env], s, j, body_end), body_end, after, table=True)
        titled = env in SECTION_ENVS or (env not in ENV_ARGS and "section" in env.lower())
        if titled and s[_skip_blanks(s, j, end):][:1] == "{":
            j, title = self._arg(s, j, body_end)
            self._heading(SECTION_ENVS.get(env, 1), self.inline(_strip_braces(title)), i)
            if LIST_ENVS.search(env) and env in SECTION_ENVS:  # currvita's cvlist: a heading, then its items
                return self._list(kind, s, self._spec("o", s, j, body_end), body_end, after)
        elif LIST_ENVS.search(env) or (env not in ENV_ARGS and re.search(r"\\item(?![a-zA-Z])", s[j:body_end])):
            return self._list(kind, s, self._spec(ENV_ARGS.get(env, "o"), s, j, body_end), body_end, after)
        return self._block(s, self._spec(ENV_ARGS.get(env, "o"), s, j, body_end), body_end, after)

    def _block(self, s: str, j: int, body_end: int, after: int, table: bool = False) -> int:
        self._par(j)
        saved = self.table
        self.table = saved + 1 if table else 0 if self.lists else saved
        try:
            self.run(s, j, body_end, self._frame[1], self._frame[2])
        finally:
            self.table = saved
        self._par(body_end)
        return after

    def _list(self, kind: str, s: str, j: int, body_end: int, after: int) -> int:
        self._par(j)
        first = len(self.out.lines) - 1
        self.lists.append(kind)
        saved, self.table = self.table, 0
        try:
            self.run(s, j, body_end, self._frame[1], self._frame[2])
        finally:
            tag = ITEM + chr(0xE100 + len(self.lists))
            self.lists.pop()
            self.table = saved
        hits = [k for k in range(max(first, 0), len(self.out.lines))
                if self.out.lines[k] and self.out.lines[k][0].startswith(tag)]
        for n, k in enumerate(hits):
            num = len(hits) - n if kind == "reverse" else n + 1
            self.out.lines[k][0] = f"{num}." + self.out.lines[k][0][len(tag):]
        self._par(body_end)
        return after

    def _h_href(self, name: str, s: str, i: int, j: int, end: int) -> int:
        j = _skip_opt(s, j, end)
        if j < end and s[j] == "{":
            e = min(_raw_group_end(s, j), end)
            url, j = s[j + 1:e], e + 1
        else:
            j, url = self._arg(s, j, end)
        if name == "url":
            self.out.write(link_text("", self._url(url)))
            return j
        j, text = self._arg(s, j, end)
        self.out.write(link_text(self.inline(_strip_braces(text)), self._url(url)))
        return j

    _h_url = _h_href

    def _url(self, u: str) -> str:
        u = re.sub(r"\\([a-zA-Z@]+)\s*", lambda m: self.macros[m.group(1)].body
                   if m.group(1) in self.macros and self.macros[m.group(1)].nargs == 0 else "", u)
        u = re.sub(r"\\([#%&_~$])", r"\1", u).replace("{}", "")
        return "".join(u.split())

    def _h_style(self, name: str, s: str, i: int, j: int, end: int) -> int:
        on, off = (BOLD_ON, BOLD_OFF) if name == "textbf" else (ITAL_ON, ITAL_OFF)
        k, arg = self._arg(s, j, end)
        self.out.write(on)
        self._run_arg(s, j, k, arg)
        self.out.write(off)
        return k

    def _h_decl(self, name: str, s: str, i: int, j: int, end: int) -> int:
        bold = name.startswith("bf")
        self.out.write(BOLD_ON if bold else ITAL_ON)
        self.closers[-1].append(BOLD_OFF if bold else ITAL_OFF)
        return j

    def _h_break(self, name: str, s: str, i: int, j: int, end: int) -> int:
        k = _skip_blanks(s, j, end)
        if k < end and s[k] == "*":
            k = _skip_blanks(s, k + 1, end)
        m = re.compile(r"\[\s*-?[\d.]*\s*\\?[a-z]*\s*\]").match(s, k, end)
        self.out.brk(self.src(i))
        return m.end() if m else j

    def _h_par(self, name: str, s: str, i: int, j: int, end: int) -> int:
        self._par(i)
        return j

    def _h_hfill(self, name: str, s: str, i: int, j: int, end: int) -> int:
        self.out.write(HFILL)
        return j

    def _h_hspace(self, name: str, s: str, i: int, j: int, end: int) -> int:
        j = _skip_blanks(s, j + 1, end) if j < end and s[j] == "*" else j
        j, arg = self._arg(s, j, end)
        self.out.write(HFILL if "fill" in arg else " ")
        return j

    def _h_block(self, name: str, s: str, i: int, j: int, end: int) -> int:
        k, arg = self._arg(s, j, end)
        self._par(i)
        self._run_arg(s, j, k, arg)
        self._par(k)
        return k

    def _h_section(self, name: str, s: str, i: int, j: int, end: int) -> int:
        j = _skip_blanks(s, j + 1, end) if j < end and s[j] == "*" else j
        j = _skip_opt(s, j, end)
        j, arg = self._arg(s, j, end)
        self._heading(SECTION_LEVELS.get(name.rstrip("*"), 1), self.inline(_strip_braces(arg)), i)
        return j

    def _h_marginpar(self, name: str, s: str, i: int, j: int, end: int) -> int:
        k, arg = self._arg(s, _skip_opt(s, j, end), end)
        title = self.inline(_strip_braces(arg))
        if _looks_like_heading(title):
            self._heading(1, title, i)
        else:
            self.out.write(" " + title + " ")
        return k

    def _cv_args(self, s: str, j: int, end: int, n: int) -> tuple[int, list[str]]:
        j, out = _skip_opt(s, j, end), []
        for _ in range(n):
            j, a = self._arg(s, j, end)
            out.append(self.inline(_strip_braces(a)))
        return j, out

    def _h_cventry(self, name: str, s: str, i: int, j: int, end: int) -> int:
        k = _skip_opt(s, j, end)
        if not self.moderncv_entry(s, k, end):
            return self.awesome_entry(s, i, k, end)
        j, (years, degree, inst, city, grade, desc) = self._cv_args(s, j, end, 6)
        main = ", ".join(x for x in (_wrap(degree, BOLD_ON, BOLD_OFF), _wrap(inst, ITAL_ON, ITAL_OFF), city, grade) if x)
        if desc:
            main = f"{main}. {desc}" if main and not main.endswith(".") else f"{main} {desc}".strip()
        self._entry_line(main, years, i)
        return j

    def _h_cvitem(self, name: str, s: str, i: int, j: int, end: int) -> int:
        n = {"cvitemwithcomment": 3, "cvdoubleitem": 4}.get(name, 2)
        j, args = self._cv_args(s, j, end, n)
        hint, text = args[0], args[1]
        if name == "cvitemwithcomment" and args[2]:
            text = f"{text}, {args[2]}"
        if name == "cvdoubleitem":
            text = "\t".join(f"{h}: {t}" if h else t for h, t in ((hint, text), (args[2], args[3])) if h or t)
            hint = ""
        if hint and not re.search(r"\d", _strip_markup(hint)):
            text, hint = f"{hint}: {text}", ""
        self._entry_line(text, hint, i)
        return j

    def _h_cvlist(self, name: str, s: str, i: int, j: int, end: int) -> int:
        j, args = self._cv_args(s, j, end, 2 if name == "cvlistdoubleitem" else 1)
        for a in args:
            if a:
                self.out.brk(self.src(i))
                self.out.write("- " + a)
        self._par(j)
        return j

    def _entry_line(self, text: str, date: str, i: int) -> None:
        self._par(i)
        self.out.write(f"{text}{HFILL}{date}" if text and date else text or date)
        self._par(i)

    def _h_define(self, name: str, s: str, i: int, j: int, end: int) -> int:
        return self.define(s, j, name.rstrip("*"), end)

    def _h_iffalse(self, name: str, s: str, i: int, j: int, end: int) -> int:
        depth = 1
        for m in re.compile(r"\\(if[a-zA-Z@]*|fi)(?![a-zA-Z@])").finditer(s, j, end):
            depth += -1 if m.group(1) == "fi" else 1
            if depth == 0:
                return m.end()
        return end

    def _h_sup(self, name: str, s: str, i: int, j: int, end: int) -> int:
        k, arg = self._arg(s, j, end)
        text = self.inline(_strip_braces(arg)) if name == "textsuperscript" else math_text(_strip_braces(arg))
        self.out.write(MARKS.get(text.strip(), text.strip()))
        return k

    def _h_math(self, name: str, s: str, i: int, j: int, end: int) -> int:
        close = "\\)" if name == "(" else "\\]"
        e = s.find(close, i + 2, end)
        if e < 0:
            return i + 2
        self.out.write(math_text(s[i + 2:e]))
        return e + 2

    def _h_rule(self, name: str, s: str, i: int, j: int, end: int) -> int:
        m = _RULE_SPEC.match(s, j, end)
        return m.end() if m else j

    def _h_verb(self, name: str, s: str, i: int, j: int, end: int) -> int:
        if j >= end:
            return j
        e = s.find(s[j], j + 1, end)
        if e < 0:
            return j + 1
        self.out.write(s[j + 1:e])
        return e + 1


def _wrap(t: str, on: str, off: str) -> str:
    return on + t + off if t else ""


def _env_end(s: str, env: str, j: int, end: int) -> tuple[int, int]:
    """(end of the body, position after \\end{env}) for an environment whose body starts at j."""
    depth = 1
    pat = re.compile(r"\\(begin|end)\s*\{" + re.escape(env) + r"\}")
    for m in pat.finditer(s, j, end):
        line = s[s.rfind("\n", 0, m.start()) + 1:m.start()]
        if re.search(r"(?<!\\)(?:\\\\)*%", line):
            continue  # commented out
        depth += 1 if m.group(1) == "begin" else -1
        if depth == 0:
            return m.start(), m.end()
    return end, end


class _Conv(_Handlers):
    def __init__(self, source: str) -> None:
        self.source = source
        self.macros: dict[str, _Macro] = {}
        self.envs: dict[str, tuple[int, str, str]] = {}
        self.out = LineWriter()
        self.closers: list[list[str]] = []
        self.lists: list[str] = []  # kinds of the enclosing list environments
        self.table = 0
        self.expansions = 0
        self.depth = 0
        self.meta: dict[str, str] = {}
        self._frame: tuple[str, int | None, int] = ("", None, 0)

    # ---- driver -------------------------------------------------------------------------
    def run(self, s: str, start: int, end: int, base: int | None, anchor: int = 0) -> None:
        """Convert s[start:end]; ``base`` maps positions to source offsets (None: a macro body)."""
        self.depth += 1
        self.closers.append([])
        saved = self._frame
        self._frame = (s, base, anchor)
        try:
            if self.depth > MAX_DEPTH:
                return
            i = start
            while i < end:
                i = self._step(s, i, end)
        finally:
            for c in reversed(self.closers.pop()):
                self.out.write(c)
            self._frame = saved
            self.depth -= 1

    def src(self, i: int) -> int:
        _, base, anchor = self._frame
        return base + i if base is not None else anchor

    def _step(self, s: str, i: int, end: int) -> int:
        c = s[i]
        if c == "\\":
            return self._control(s, i, end)
        if c == "{":
            j = min(_group_end(s, i), end)
            self.run(s, i + 1, j, self._frame[1], self._frame[2])
            return j + 1
        if c in " \t\n%":
            return self._space(s, i, end)
        if c == "$":
            return self._dollar(s, i, end)
        m = _PLAIN.match(s, i, end)
        if m:
            self.out.write(m.group(0))
            return m.end()
        return self._char(s, i, end)

    def _char(self, s: str, i: int, end: int) -> int:
        c = s[i]
        if c == "-":
            n = 3 if s.startswith("---", i) else 2 if s.startswith("--", i) else 1
            self.out.write({3: "—", 2: "–", 1: "-"}[n])
            return i + n
        if c in "`'":
            if s.startswith(c * 2, i):
                self.out.write("“" if c == "`" else "”")
                return i + 2
            self.out.write("‘" if c == "`" else "'")
        elif c == "~":
            self.out.write(" ")
        elif c == "&":
            self.out.write("\t" if self.table else "&")
        elif c == "^":
            j, arg = self._arg(s, i + 1, end)
            self.out.write(math_text("^" + (arg if arg.startswith("{") else "{" + arg + "}")))
            return j
        elif c == "_":
            self.out.write("_")
        return i + 1

    def _space(self, s: str, i: int, end: int) -> int:
        """A run of blanks and comments: a space, nothing, or a paragraph break (blank line)."""
        space = par = False
        at_start = i == 0 or s[i - 1] == "\n"
        while i < end:
            c = s[i]
            if c in " \t":
                space = space or not at_start
                i += 1
            elif c == "\n":
                par = par or at_start
                space, at_start = True, True
                i += 1
            elif c == "%":
                nl = s.find("\n", i, end)
                i = end if nl < 0 else nl + 1
                at_start = True
            else:
                break
        if par:
            self._par(i)
        elif space:
            self.out.write(" ")
        return i

    def _par(self, i: int) -> None:
        self.out.brk(self.src(i), 2)

    # ---- control sequences --------------------------------------------------------------
    def _control(self, s: str, i: int, end: int) -> int:
        m = _CS.match(s, i, end)
        if not m:
            return i + 1
        name, j = m.group(1), m.end()
        if name[0].isalpha() or name[0] == "@":
            j = _skip_blanks(s, j, end)
        if name in self.macros:
            return self._expand(name, s, i, j, end)
        if name in ACCENTS:
            return self._accent(name, s, j, end)
        handler = HANDLERS.get(name) or HANDLERS.get(name.rstrip("*"))
        if handler:
            return getattr(self, handler)(name, s, i, j, end)
        if name in ESCAPES:
            at_start = self.out.pending or not any(p.strip() for p in self.out.lines[-1])
            # "\# co-first authors" opening a line is a mark, not a Text heading
            self.out.write("\u2060#" if name == "#" and at_start else ESCAPES[name])
            return m.end()
        if name in DROP:
            return _skip_dimen(s, j, end) if name in DIMEN_CMDS else j
        if name.rstrip("*") in ARGS:
            return self._spec(ARGS[name.rstrip("*")], s, j, end)
        sym = _symbol(name)
        if sym is not None:
            self.out.write(sym)
            return j
        return self._unknown(name, s, i, j, end)

    def _spec(self, spec: str, s: str, j: int, end: int) -> int:
        """Read arguments by spec: o optional, m mandatory dropped, M mandatory kept, s star."""
        for k in spec:
            if k == "s":
                if j < end and s[j] == "*":
                    j = _skip_blanks(s, j + 1, end)
            elif k == "o":
                j = _skip_opt(s, j, end)
            else:
                k2, arg = self._arg(s, j, end)
                if k == "M":
                    self._run_arg(s, j, k2, arg)
                j = k2
        return j

    def _arg(self, s: str, j: int, end: int) -> tuple[int, str]:
        """One mandatory argument at s[j:]: a brace group or a single token."""
        j = _skip_arg_gap(s, j, end)
        if j >= end:
            return j, ""
        if s[j] == "{":
            k = min(_group_end(s, j), end)
            return min(k + 1, end), s[j:k + 1]
        m = _CS.match(s, j, end)
        if m:
            return m.end(), m.group(0)
        return j + 1, s[j]

    def _run_arg(self, s: str, j: int, k: int, arg: str) -> None:
        """Convert an argument in place, mapping offsets when it is a piece of ``s``."""
        j = _skip_blanks(s, j, k)
        if arg.startswith("{"):
            self.run(s, j + 1, k - 1 if s[k - 1:k] == "}" else k, self._frame[1], self._frame[2])
        else:
            self.run(s, j, k, self._frame[1], self._frame[2])

    def inline(self, frag: str) -> str:
        """Convert a fragment to one line of text (headings, link anchors, cv fields)."""
        out, lists, table = self.out, self.lists, self.table
        self.out, self.lists, self.table = LineWriter(), [], 0
        try:
            self.run(frag, 0, len(frag), None, self.src(0))
            lines = [_norm_line("".join(p)) for p in self.out.lines]
        finally:
            self.out, self.lists, self.table = out, lists, table
        return _balance(" ".join(x for x in lines if x)).strip()

    def _accent(self, name: str, s: str, j: int, end: int) -> int:
        k, arg = self._arg(s, j, end)
        base = _strip_braces(arg)
        base = {"\\i": "i", "\\j": "j"}.get(base.strip(), base)
        if len(base) == 1 and not base.isalpha():
            base = ""
        base = self.inline(base) if "\\" in base else base
        comb = ACCENTS[name]
        self.out.write(unicodedata.normalize("NFC", base[:1] + comb + base[1:]) if base else comb.strip())
        return k

    def _unknown(self, name: str, s: str, i: int, j: int, end: int) -> int:
        """Drop the name, keep brace arguments as text; a lone short argument is a heading."""
        args: list[tuple[int, int, str]] = []
        k = j
        while k < end and s[k] == "{" and len(args) < 9:
            e = min(_group_end(s, k), end)
            args.append((k, e + 1, s[k:e + 1]))
            k = _skip_spaces_only(s, e + 1, end)
        if not args:
            return j
        if len(args) == 1 and _alone_on_line(s, i, args[0][1]):
            title = self.inline(args[0][2][1:-1])
            if _looks_like_heading(title):
                self._heading(1, title, i)
                return args[0][1]
        texts = [self.inline(a[2][1:-1]) if "\\" in a[2] else _strip_braces(a[2]).strip() for a in args]
        texts = [t for t in texts if t and not _KEYVAL.match(t)]
        if len(args) == 1 and texts:
            self._run_arg(s, args[0][0], args[0][1], args[0][2])
        elif texts:
            self.out.write(", ".join(texts))
        return args[-1][1]

    def _heading(self, level: int, title: str, i: int) -> None:
        title = " ".join(title.replace("\t", " ").split())
        if not _strip_markup(title).strip():
            return
        self.out.brk(self.src(i), 2)
        self.out.write("#" * level + " " + title)
        self.out.brk(self.src(i), 2)

    # ---- user macros --------------------------------------------------------------------
    def _expand(self, name: str, s: str, i: int, j: int, end: int) -> int:
        mac = self.macros[name]
        self.expansions += 1
        if self.expansions > MAX_EXPANSIONS or self.depth > MAX_DEPTH:
            return j
        args: list[str] = []
        if mac.default is not None:
            if j < end and s[j] == "[":
                e = _opt_end(s, j, end)
                args.append(s[j + 1:e])
                j = e + 1
            else:
                args.append(mac.default)
        while len(args) < mac.nargs:
            j, a = self._arg(s, j, end)
            args.append(_strip_braces(a))
        # "\small#3": TeX ends the control word before the parameter; text substitution must too
        body = re.sub(r"(\\[a-zA-Z@]+)(?=#[1-9])", r"\1 ", mac.body)
        body = re.sub(r"#(#|[1-9])", lambda m: "#" if m.group(1) == "#" else
                      (args[int(m.group(1)) - 1] if int(m.group(1)) <= len(args) else ""), body)
        alias = re.fullmatch(r"\s*(\\[a-zA-Z@]+)\s*", body)
        if alias and mac.nargs == 0 and alias.group(1)[1:] != name:
            # \newcommand{\ts}{\textsuperscript}: continue as the aliased macro
            return self._alias(alias.group(1), s, j, end)
        if mac.nargs == 1 and _alone_on_line(s, i, j) and HEADING_HINT.search(mac.body):
            title = self.inline(args[0])
            if _looks_like_heading(title):
                self._heading(1, title, i)
                return j
        self.run(body, 0, len(body), None, self.src(i))
        return j

    def _alias(self, target: str, s: str, j: int, end: int) -> int:
        tail = s[j:min(end, j + 4000)]
        prefix = target + (" " if tail[:1].isalpha() else "")
        frag = prefix + tail
        saved = self._frame
        self._frame = (frag, None, self.src(j))
        try:
            k = self._control(frag, 0, len(frag))
        finally:
            self._frame = saved
        return j + max(0, k - len(prefix))

    def define(self, s: str, i: int, name: str, end: int) -> int:
        """Parse a definition at s[i:] (after the command name); register it; return the end."""
        j = _skip_blanks(s, i, end)
        if name in ("newenvironment", "renewenvironment"):
            return self._define_env(s, j, end)
        if j < end and s[j] == "*":
            j = _skip_blanks(s, j + 1, end)
        if j < end and s[j] == "{":
            e = _group_end(s, j)
            target = s[j + 1:e].strip()
            j = _skip_blanks(s, e + 1, end)
        else:
            m = _CS.match(s, j, end)
            if not m:
                return j
            target, j = m.group(0), m.end()
        if not target.startswith("\\"):
            return j
        key = target[1:]
        if name in ("def", "gdef", "edef", "xdef"):
            pm = re.match(r"[^{]*", s[j:end])
            params = pm.group(0) if pm else ""
            j += len(params)
            nargs = len(re.findall(r"#[1-9]", params))
            e = min(_group_end(s, j), end)
            self.macros[key] = _Macro(nargs, s[j + 1:e])
            return e + 1
        if name == "let":
            m = re.compile(r"\s*=?\s*(\\[a-zA-Z@]+|.)").match(s, j, end)
            if m:
                self.macros[key] = _Macro(0, m.group(1))
                return m.end()
            return j
        if name == "NewDocumentCommand":
            j, spec = self._arg(s, j, end)
            nargs = len(re.findall(r"[mo]", _strip_braces(spec)))
            j, body = self._arg(s, j, end)
            self.macros[key] = _Macro(nargs, _strip_braces(body))
            return j
        nargs, default = 0, None
        m = re.compile(r"\s*\[\s*(\d)\s*\]").match(s, j, end)
        if m:
            nargs, j = int(m.group(1)), m.end()
            j = _skip_blanks(s, j, end)
            if j < end and s[j] == "[":
                e = _opt_end(s, j, end)
                default, j = s[j + 1:e], e + 1
        j, body = self._arg(s, j, end)
        if name == "providecommand" and key in self.macros:
            return j
        self.macros[key] = _Macro(nargs, _strip_braces(body), default)
        return j

    def _define_env(self, s: str, j: int, end: int) -> int:
        j, env = self._arg(s, j, end)
        nargs = 0
        m = re.compile(r"\s*\[\s*(\d)\s*\]").match(s, j, end)
        if m:
            nargs, j = int(m.group(1)), m.end()
        j = _skip_opt(s, _skip_blanks(s, j, end), end)
        j, begin = self._arg(s, j, end)
        j, finish = self._arg(s, j, end)
        self.envs[_strip_braces(env).strip()] = (nargs, _strip_braces(begin), _strip_braces(finish))
        return j

    # ---- math ---------------------------------------------------------------------------
    def _dollar(self, s: str, i: int, end: int) -> int:
        delim = "$$" if s.startswith("$$", i) else "$"
        k = i + len(delim)
        while True:
            e = s.find(delim, k, end)
            if e < 0 or s[e - 1] != "\\":
                break
            k = e + 1
        if e < 0:
            return i + len(delim)  # unmatched: drop the dollar
        self.out.write(math_text(s[i + len(delim):e]))
        return e + len(delim)


def read(source: str, name: str = "") -> Text:
    """Convert a LaTeX CV (or fragment) to Text, one anchor per output line."""
    source = sanitize(source)
    try:
        conv = _Conv(source)
        lines, srcs = _convert(conv, source)
    except RecursionError:
        lines, srcs = _fallback(source)
    except Exception:  # malformed input must still give text
        lines, srcs = _fallback(source)
    return build_text(lines, srcs, name)


def _convert(conv: _Conv, source: str) -> tuple[list[str], list[int]]:
    m = _BEGIN_DOC.search(source)
    start = m.end() if m else 0
    if m:
        scan_preamble(conv, source[:m.start()])
    e = _END_DOC.search(source, start)
    end = e.start() if e else len(source)
    conv.run(source, start, end, 0)
    lines, srcs = finish_lines(conv.out)
    head = owner_lines(conv, lines[:12])
    return head + lines, [0] * len(head) + srcs


def _fallback(source: str) -> tuple[list[str], list[int]]:
    """Crude regex rendering for input the tokenizer could not handle."""
    lines, srcs, pos = [], [], 0
    for ln in source.split("\n"):
        t = re.sub(r"(?<!\\)%.*", "", ln)
        t = re.sub(r"\\(?:sub)*section\*?\{(.*)\}", r"# \1", t)
        t = re.sub(r"\\item\b\s*", "- ", t)
        t = re.sub(r"\\[a-zA-Z@]+\*?|[{}$]", " ", t)
        lines.append(" ".join(t.split()))
        srcs.append(pos)
        pos += len(ln) + 1
    return lines, srcs


def finish_lines(out: "LineWriter") -> tuple[list[str], list[int]]:
    """Normalised output lines (markers balanced per line) and their source offsets."""
    return _carry([_norm_line("".join(p)) for p in out.lines]), list(out.srcs)


_RULE_LINE = re.compile(r"[—–\-_= ]{3,}")


def build_text(lines: list[str], srcs: list[int], name: str, fmt: str = "tex") -> Text:
    b = TextBuilder()
    blank = True
    last_src = -1
    for ln, s in zip(lines, srcs):
        if not ln.strip() or _RULE_LINE.fullmatch(ln):
            if not blank:
                b.write("\n")
            blank = True
            continue
        if s >= last_src:
            b.mark(s)
            last_src = s
        b.write(ln + "\n")
        blank = False
    return b.build(fmt, name)
