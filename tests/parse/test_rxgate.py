"""The speed gates are exact: a gated pattern, a gated categorise and the case folding they rely on
give the same answers as the plain patterns, on the test documents' lines and on odd strings."""
from __future__ import annotations

import random
import re
import sys
from pathlib import Path

import pytest

from scholarscope.parse import cvitems, person, positions, sections
from scholarscope.parse.rxgate import Gated, required_words
from scholarscope.read.text import fold_case

DATA = Path(__file__).resolve().parents[1] / "data"


def _strings() -> list[str]:
    out: list[str] = []
    for p in sorted(DATA.rglob("*")):
        if p.is_file() and p.suffix in (".md", ".txt", ".tex", ".html"):
            out += [ln for ln in p.read_text("utf-8", "replace").split("\n") if ln.strip()][:400]
    rnd = random.Random(3)
    extra = ["ı", "İ", "ſ", "K", "UNIVERSITY", "Universität", "Postdoc", "Supervised by", " AT ", "(at)",
             "Research Experience", "PUBLICATIONS", "talks", "Honours", "ſervice", "İnternship", "\ue000", "\t"]
    for _ in range(3000):
        s = rnd.choice(out) if out else ""
        for _ in range(rnd.randint(1, 3)):
            i = rnd.randint(0, len(s))
            s = s[:i] + rnd.choice(extra) + s[i:]
        out.append(s)
    return out


STRINGS = _strings()


def test_fold_case_maps_every_character_re_ignorecase_matches_to_an_ascii_letter_onto_it():
    any_letter = re.compile("[a-z]", re.I)
    for code in range(sys.maxunicode + 1):
        ch = chr(code)
        if any_letter.fullmatch(ch):
            folded = fold_case(ch)
            assert len(folded) == 1 and "a" <= folded <= "z" and re.fullmatch(folded, ch, re.I), hex(code)


def test_required_words_of_a_word_list():
    assert required_words(r"\b(?:univ[a-z]{2,5}ty\b|college)", re.I) == ("college", "univ")
    assert required_words(r"(?:technical )?reports?", re.I) == ("report",)
    assert required_words(r"\d+") is None


@pytest.mark.parametrize("rx", [cvitems._INSTITUTION, cvitems._TITLE_WORDS, cvitems._SUPERVISOR,
                                cvitems._ANNOTATION_LINE, positions._ORG_WORDS, positions._SUP_ANY,
                                person._OBFUSCATED], ids=lambda rx: rx.pattern[:30])
def test_gated_patterns_find_what_the_patterns_find(rx):
    assert isinstance(rx, Gated)
    for s in STRINGS:
        assert [m.span() for m in rx.finditer(s)] == [m.span() for m in rx.rx.finditer(s)], s
        assert bool(rx.search(s)) == bool(rx.rx.search(s)), s
        assert bool(rx.match(s)) == bool(rx.rx.match(s)), s


def test_categorise_gate_changes_no_category():
    for s in STRINGS:
        t = s.strip()[:80]
        got = sections.categorise.__wrapped__(t)
        plain = _categorise_ungated(t)
        assert got == plain, t


def _categorise_ungated(title: str):
    saved = sections._REQUIRED
    sections._REQUIRED = [None] * len(saved)
    try:
        return sections.categorise.__wrapped__(title)
    finally:
        sections._REQUIRED = saved
