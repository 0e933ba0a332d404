"""Patterns rewritten for speed match exactly what their plain forms match: the same spans and
groups (so search, match, split and sub give the same results), on the test documents' lines and
reference strings and on fuzzed variants of them with separators, quotes and markup inserted."""
from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from scholarscope.parse import names

DATA = Path(__file__).resolve().parents[1] / "data"

# (the plain form as it was written, the rewritten pattern in use)
REWRITES = {
    "names._SEP": (r"\s*(?:,\s*(?:and|&)\s+|;\s*(?:and|&)?\s*|\s+and\s+|\s*&\s*|,\s*|\s+y\s+|\s+und\s+|\s+et\s+(?!al))\s*",
                   0, names._SEP),
}

_INSERTS = [" ", "  ", ",", ", ", ";", "&", " and ", " et al", " et  al", " y ", " und ", "\t", "\n", "\u00a0", ".",
            ". ", "(", ")", "\ue000", "\ue001", "\ue002", "\ue003", "“", "”", '"', "'", "’", "-", "A.", "B. ", "al",
            "and", ":", "*", "†", "1999", " 2021.", "In ", "in ", "St. ", "?", "!"]


def _strings() -> list[str]:
    out: list[str] = []
    for p in sorted(DATA.rglob("*")):
        if p.is_file() and p.suffix in (".md", ".txt", ".tex", ".html", ".jsonl", ".json"):
            out += [ln for ln in p.read_text("utf-8", "replace").split("\n") if ln.strip()][:400]
    rnd = random.Random(11)
    base = list(out)
    for _ in range(20000):
        s = rnd.choice(base)
        if len(s) > 200:
            i = rnd.randint(0, len(s) - 120)
            s = s[i:i + 120]
        for _ in range(rnd.randint(1, 4)):
            i = rnd.randint(0, len(s))
            if rnd.random() < 0.2:
                s = s[:i] + s[i + rnd.randint(1, 5):]
            else:
                s = s[:i] + rnd.choice(_INSERTS) + s[i:]
        out.append(s)
    return out


STRINGS = _strings()


def _matches(rx, s: str) -> list:
    return [(m.span(), m.groups(), m.lastindex) for m in rx.finditer(s)]


@pytest.mark.parametrize("name", sorted(REWRITES))
def test_rewritten_pattern_matches_as_its_plain_form(name):
    plain, flags, rx = REWRITES[name]
    plain = re.compile(plain, flags)
    for s in STRINGS:
        assert _matches(rx, s) == _matches(plain, s), s
        assert rx.split(s) == plain.split(s), s
