"""The parser's shortcuts: readings it skips because they provably cannot change the result."""
from __future__ import annotations

import itertools

import pytest

from scholarscope.parse import clear_caches, entry
from scholarscope.parse.fields import Fields


def test_best_is_the_highest_quality():
    """_BEST bounds _quality: every bonus at once, and no other mix of fields scores more."""
    full = Fields(title="A Study of Widgets in the Wild", authors_raw="J. Doe and A. Roe",
                  venue_raw="Journal of Widgets", year=2020)
    assert entry.quality(full) == entry._BEST
    titles = ["", "Widgets", "A Study of Widgets in the Wild", "J. Doe, A Study (of Widgets"]
    authors = ["", "J. Doe and A. Roe", "not a list at all"]
    venues = ["", "Journal of Widgets", "somewhere"]
    for t, a, v, y in itertools.product(titles, authors, venues, (None, 2020)):
        assert entry.quality(Fields(title=t, authors_raw=a, venue_raw=v, year=y)) <= entry._BEST


def test_complete_lines_reading_skips_the_joined_one(monkeypatch: pytest.MonkeyPatch):
    """An entry written one field per line whose lines read completely: the single-string reading could only
    tie, and the lines win ties, so it is not computed (nor the CRF's)."""
    text = "A Study of Widgets in the Wild\nJ. Doe and A. Roe\nJournal of Widgets, 3(2), 2020"
    clear_caches()
    want = entry._segment(text)
    assert entry.quality(want) == entry._BEST

    def boom(*_a, **_k):
        raise AssertionError("not needed")

    monkeypatch.setattr(entry, "_segment_string", boom)
    monkeypatch.setattr(entry, "_segment_learned", boom)
    clear_caches()
    assert entry._segment(text) == want


def _venue_like_by_normalising(text: str) -> bool:
    """venue_like as normalise_venue's reading defines it (what the short path must agree with)."""
    from scholarscope.parse.venues import _WORKSHOP_OF_MEETING, normalise_venue

    n_words = len(text.split())
    if n_words > 20:
        return False
    v = normalise_venue(text)
    if v.known and v.workshop and _WORKSHOP_OF_MEETING.match(text):
        return True
    return v.known and v.coverage >= 0.6 and n_words <= 14


@pytest.mark.parametrize("text", [
    "Journal of Ecology", "Polish Journal of Ecology", "Proc. ICML 2020", "In Proceedings of NeurIPS 2021, pp. 1-9",
    "ICCV'23 Workshop on Resource-Efficient Widgets", "NeurIPS Workshop on Widgets", "Widget Workshop @ ICML",
    "arXiv preprint arXiv:2101.00001", "Tex. L. Rev.", "Int J Cardiol", "Int J Cardiol Workshop on Widgets",
    "PoS(ICHEP2022)123", "A Study of Widgets in the Wild", "EMNLP Findings", "Nature", "Child Development Perspectives",
    "IEEE Transactions on Widget Engineering", "", "   ", "the of and",
    "Geoscience and Remote Sensing Symposium (IGARSS 2023)", "5th International Conference on Widgets (ICW), Oslo",
    " ".join(["Widget"] * 15) + " Journal of Ecology",
])
def test_venue_like_agrees_with_normalise_venue(text: str):
    from scholarscope.parse.venues import venue_like

    clear_caches()
    assert venue_like(text) == _venue_like_by_normalising(text)


@pytest.mark.parametrize("words,text", [
    (["Jan", "2020", "–", "2022"], "Research Intern\tJan  2020 –\t2022, Oslo"),
    (["2020"], "2019 2020 2020"),
    (["May", "2021"], "May, 2021 May\u00a02021"),
    (["a", "b"], "a a b ab a  b"),
    (["x.y", "(1)"], "x.y(1) x.y (1)"),
    (["2020", "present"], "no date here"),
])
def test_find_spaced_is_the_regex_search(words: list[str], text: str):
    import re

    from scholarscope.parse.positions import _find_spaced

    m = re.search(r"\s+".join(map(re.escape, words)), text)
    assert _find_spaced(words, text) == (m.span() if m else None)


def _group_end_by_steps(s: str, i: int) -> int:
    """The brace matching as the LaTeX reader first wrote it, one character at a time."""
    depth, k, n = 0, i, len(s)
    while k < n:
        c = s[k]
        if c == "\\":
            k += 2
            continue
        if c == "%":
            nl = s.find("\n", k)
            k = n if nl < 0 else nl + 1
            continue
        if c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
            if depth == 0:
                return k
        k += 1
    return n


@pytest.mark.parametrize("s", ["{a{b}c}d", "{a\\}b}c", "{a % } comment\n b}", "{a % no newline", "{unclosed {x}",
                               "{ends in backslash \\", "x{\\{}}", "{}", "{%\n}", "{a}{b}"])
def test_group_end_jumps_as_it_stepped(s: str):
    from scholarscope.read.latex_util import _group_end

    for i, c in enumerate(s):
        if c == "{":
            assert _group_end(s, i) == _group_end_by_steps(s, i)


def _block_line_slow(line: str, refs: dict) -> str:
    """markdown._block_line without its shortcut for lines that open no block (every test asked in turn)."""
    from scholarscope.read import markdown as md

    if md._FENCED_DIV.match(line):
        return ""
    if line.rstrip().endswith("\\") and not line.rstrip().endswith("\\\\"):
        line = line.rstrip()[:-1]
    m = md._ATX.match(line)
    if m:
        return f"{m.group(1)} {md._inline(m.group(2), refs)}"
    if md._TABLE_SEP.match(line) and "-" in line:
        return ""
    if line.lstrip().startswith("|") and line.rstrip().endswith("|") and line.count("|") >= 3:
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        return "\t".join(md._inline(c, refs) for c in cells if c)
    m = md._BULLET.match(line)
    if m and not md._BOLD_START.match(line):
        return md._indent(line) + "- " + md._inline(line[m.end():].rstrip(), refs)
    m = md._NUMBERED.match(line)
    if m:
        return f"{md._indent(line)}{m.group(1)}. " + md._inline(line[m.end():].rstrip(), refs)
    if line.startswith(">"):
        line = line.lstrip("> ")
    out = md._inline(line.rstrip(), refs)
    return " " + out if out.startswith("#") else out


@pytest.mark.parametrize("line", ["J. Doe. **A title**. *Journal of Widgets*, 2020.", "  plain text\\", "a\\ \\",
                                  "ends in two\\\\", "::: {.pub}", "# Heading #", "  ## Sub", "|a|b|c|", "|---|---|",
                                  "- item", "  * item", "• item", "12. Numbered", "٣. Arabic-Indic digit", "> quoted\\",
                                  "<sup>#</sup> co-first", "", "   ", "\tTabbed text", "2020 – 2021 Widget Lab"])
def test_markdown_plain_line_shortcut(line: str):
    from scholarscope.read.markdown import _block_line

    assert _block_line(line, {}) == _block_line_slow(line, {})


_PAGES = [
    "Ann Roe\nWidget University\nCitations\t1,234\t567\nh-index\t12\t9\ni10-index\t15\t8\nTITLE\nCITED BY\nYEAR\n"
    "A study of widgets\nA Roe, B Lee\nJournal of Widgets 3 (2), 2020\t45\t2020\n",
    "Ann Roe\nEmployment (2)\nWidget University: Oslo, NO\nSource: Ann Roe\nWorks (3)\nA study of widgets\n"
    "Source: Crossref\n",
    "Ann Roe\n1,234 citations\nCSJan 5, 2024\nA study of widgets\nCSFeb 6, 2023 Code\nMore widgets\n"
    "MLMar 7, 2022\nYet more widgets\n",
    "Contact\nann@example.org\nTop Skills\nWidgets\nLanguages\nNorwegian\nAnn Roe\nExperience\nWidget Lab\n"
    "Researcher\nJanuary 2020 - Present (4 years 2 months)\n",
    "# Ann Roe\n\n## Publications\n\n1. A. Roe. A study of widgets. Journal of Widgets, 2020.\n",
]


@pytest.mark.parametrize("text", _PAGES)
def test_profile_page_hints_change_no_answer(text: str):
    from scholarscope.parse import profile_page as pp
    from scholarscope.parse.lines import split_lines

    lines = split_lines(text)
    full = pp._cards_page(lines) or pp.looks_like_scholar_page(lines) or pp.looks_like_orcid_record(lines) \
        or pp.looks_like_linkedin_pdf(lines)
    assert pp.looks_like_profile_page(lines) == full


@pytest.mark.parametrize("raw", ["Lecturer, University of Widgets (2016–2020)", "Lecturer\tJan 2016 – Dec 2020",
                                 "Widget Lab [2019]"])
def test_cut_date_same_with_and_without_markup(raw: str):
    from scholarscope.parse.dates import find_range
    from scholarscope.parse.positions import _cut_date
    from scholarscope.read.text import BOLD_OFF, BOLD_ON, strip_markup

    marked = BOLD_ON + raw.replace(" ", BOLD_OFF + " ", 1)
    rng = find_range(raw)
    assert rng is not None
    assert strip_markup(_cut_date(marked, raw, rng[3])) == _cut_date(raw, raw, rng[3])
    assert "()" not in _cut_date(raw, raw, rng[3]) and "[]" not in _cut_date(raw, raw, rng[3])
