"""A cheap exact pre-test for regular expressions made of word lists.

Many patterns of the parser are long case-insensitive alternations of words ("university|
college|institute|..."); a failed search tries every alternative at every position, which is
slow. Each such pattern has a set of literal strings one of which every match holds. A text
that holds none of them (after ``fold_case``) cannot match, so the search can be skipped with
the same result. ``Gated`` wraps a compiled pattern with that test.
"""
from __future__ import annotations

import re

from ..read.text import fold_case

__all__ = ["AtStart", "Gated", "NeedsAny", "gated", "holds_any", "required_words"]


def required_words(pattern: str, flags: int = 0) -> tuple[str, ...] | None:
    """Lower-case strings one of which every match of ``pattern`` holds, read off its parse tree
    (runs of printable ASCII literals; the union over the alternatives of a group; a repeat taken
    at least once), or None when no such set is found. ``fold_case`` of a text that a
    case-insensitive (or case-sensitive) match runs over holds the matched literal run in lower
    case, so a folded text holding none of them cannot match."""
    try:
        from re import _constants as C, _parser

        tree = _parser.parse(pattern, flags)
    except Exception:  # noqa: BLE001 - an internal module that may change: then never skip
        return None

    def better(a, b):
        if a is None:
            return b
        if b is None:
            return a
        return a if min(map(len, a)) >= min(map(len, b)) else b

    def req(seq):
        best, run = None, []
        for op, av in list(seq) + [(None, None)]:
            if op is C.LITERAL and av < 128 and chr(av).isprintable():
                run.append(chr(av).lower())
                continue
            if run:
                best, run = better(best, {"".join(run)}), []
            if op is C.SUBPATTERN:
                best = better(best, req(av[-1]))
            elif op is C.BRANCH:
                alts = [req(a) for a in av[1]]
                if all(a is not None for a in alts):
                    best = better(best, set().union(*alts))
            elif op in (C.MAX_REPEAT, C.MIN_REPEAT) and av[0] >= 1:
                best = better(best, req(av[2]))
        return best

    try:
        got = req(tree)
    except Exception:  # noqa: BLE001
        return None
    if not got:
        return None
    # a word that holds another one adds nothing to the test ("congress" beside "congr")
    return tuple(sorted(w for w in got if not any(o != w and o in w for o in got)))


def holds_any(low: str, words: tuple[str, ...] | None) -> bool:
    """Does the folded text ``low`` hold one of ``words`` (required_words of a pattern; None: no gate)?"""
    return words is None or any(map(low.__contains__, words))  # map: no Python frame per word


class Gated:
    """A compiled pattern whose searches are skipped on texts holding none of its required words
    (same results as the pattern; only the methods below). Each method runs the test itself: these are
    called very often, and a call more costs as much as the test."""

    __slots__ = ("rx", "words", "pattern", "flags")

    def __init__(self, rx: re.Pattern) -> None:
        self.rx = rx
        self.pattern = rx.pattern
        self.flags = rx.flags
        self.words = required_words(rx.pattern, rx.flags)

    def may_match(self, s: str) -> bool:
        words = self.words
        return words is None or any(map((s.lower() if s.isascii() else fold_case(s)).__contains__, words))

    def search(self, s: str, *args):
        words = self.words
        if words is None or any(map((s.lower() if s.isascii() else fold_case(s)).__contains__, words)):
            return self.rx.search(s, *args)
        return None

    def match(self, s: str, *args):
        return self.rx.match(s, *args) if self.may_match(s) else None

    def fullmatch(self, s: str, *args):
        return self.rx.fullmatch(s, *args) if self.may_match(s) else None

    def finditer(self, s: str, *args):
        return self.rx.finditer(s, *args) if self.may_match(s) else iter(())

    def findall(self, s: str, *args):
        return self.rx.findall(s, *args) if self.may_match(s) else []

    def sub(self, repl, s: str, count: int = 0):
        words = self.words
        if words is None or any(map((s.lower() if s.isascii() else fold_case(s)).__contains__, words)):
            return self.rx.sub(repl, s, count)
        return s

    def split(self, s: str, maxsplit: int = 0):
        return self.rx.split(s, maxsplit) if self.may_match(s) else [s]


def gated(rx: re.Pattern) -> Gated | re.Pattern:
    """``rx`` wrapped in ``Gated`` when its required words are found, else ``rx`` itself."""
    g = Gated(rx)
    return g if g.words is not None else rx


class NeedsAny:
    """A compiled pattern every match of which holds one of some exact (case-sensitive) strings, given by
    hand: on a text holding none of them ``sub`` returns the text and ``search`` None unsearched (a
    failed search of a pattern without a literal start tries every position)."""

    __slots__ = ("rx", "needles", "pattern", "flags")

    def __init__(self, rx: re.Pattern, needles: tuple[str, ...]) -> None:
        self.rx, self.needles, self.pattern, self.flags = rx, needles, rx.pattern, rx.flags

    def may_match(self, s: str) -> bool:
        return any(map(s.__contains__, self.needles))

    def search(self, s: str, *args):
        return self.rx.search(s, *args) if any(map(s.__contains__, self.needles)) else None

    def sub(self, repl, s: str, count: int = 0):
        return self.rx.sub(repl, s, count) if any(map(s.__contains__, self.needles)) else s


class AtStart:
    """A compiled pattern each of whose alternatives opens with ``^`` or ``\\A`` (not re.M): a match can only
    start the text, so ``search`` and ``sub`` try the start alone, where a failed search (or sub) would try
    every position in vain when the pattern opens with ``\\s*`` or an alternation (same results)."""

    __slots__ = ("rx", "pattern", "flags")

    def __init__(self, rx: re.Pattern) -> None:
        if not _opens_anchored(rx):
            raise ValueError(f"not anchored at the start: {rx.pattern!r}")
        self.rx, self.pattern, self.flags = rx, rx.pattern, rx.flags

    def match(self, s: str):
        return self.rx.match(s)

    def search(self, s: str):
        return self.rx.match(s)

    def sub(self, repl, s: str, count: int = 0):
        m = self.rx.match(s)  # the one match sub can find: "^" holds nowhere after the start
        if m is None:
            return s
        return (repl(m) if callable(repl) else m.expand(repl)) + s[m.end():]


def _opens_anchored(rx: re.Pattern) -> bool:
    """Does every alternative of rx open with ^ or \\A, read off its parse tree (re.M lets ^ hold after a line break)?"""
    from re import _constants as C, _parser

    def opens(seq) -> bool:
        items = list(seq)
        if not items:
            return False
        op, av = items[0]
        if op is C.AT:
            return av in (C.AT_BEGINNING, C.AT_BEGINNING_STRING)
        if op is C.BRANCH:
            return all(opens(a) for a in av[1])
        return op is C.SUBPATTERN and opens(av[-1])

    return not rx.flags & re.M and opens(_parser.parse(rx.pattern, rx.flags))
