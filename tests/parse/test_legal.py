"""Bluebook citations: law-review articles, chapters, books and press pieces."""
from __future__ import annotations

import pytest

import scholarscope
from scholarscope.parse.legal import expand_law_abbreviation


@pytest.mark.parametrize("raw, full", [
    ("Tex. L. Rev.", "Texas Law Review"), ("U. Chi. L. Rev.", "University of Chicago Law Review"),
    ("Yale L.J.", "Yale Law Journal"), ("N.Y.U. L. Rev. Online", "New York University Law Review Online"),
    ("Geo. Wash. L. Rev.", "George Washington Law Review"), ("N.Y. Times", "New York Times"),
    ("Oxford Univ. Press", "Oxford University Press"), ("Journal of Ecology", None), ("Phys. Rev. Lett.", None)])
def test_law_journal_abbreviations_expand_word_by_word(raw: str, full: str | None) -> None:
    assert expand_law_abbreviation(raw) == full


def test_a_law_faculty_page() -> None:
    html = ("<h2>Scholarship</h2><h3>Articles</h3><ul>"
            "<li><i>Agency Widgets</i>, 113 Calif. L. Rev. __ (forthcoming 2025) (with Ann B. Roe).</li>"
            "<li>Jane Doe, Note, <i>Deference Without Gadgets</i>, 107 Mich. L. Rev. 1045 (2009).</li></ul>"
            "<h3>Books</h3><ul><li><i>The Unwritten Widget</i> (Cambridge Univ. Press 2020).</li></ul>"
            "<h3>Book Chapters</h3><ul><li><i>Rulemaking and Widgets</i>, <i>in</i> The Oxford Handbook of Widget Law 233 "
            "(Ann Roe et al. eds., 2021).</li></ul><h3>Op-Eds</h3><ul>"
            "<li><i>The Court Should Let Widgets Explain Themselves</i>, N.Y. Times, Mar. 3, 2024, at A23.</li></ul>")
    pubs = scholarscope.parse_text(html, format="html").publications
    got = [(p.title, p.authors, p.venue, p.year, p.type) for p in pubs]
    assert got == [
        ("Agency Widgets", ["Ann B. Roe"], "California Law Review", 2025, "journal"),
        ("Deference Without Gadgets", ["Jane Doe"], "Michigan Law Review", 2009, "journal"),
        ("The Unwritten Widget", [], "Cambridge University Press", 2020, "other"),
        ("Rulemaking and Widgets", [], "The Oxford Handbook of Widget Law", 2021, "chapter"),
        ("The Court Should Let Widgets Explain Themselves", [], "New York Times", 2024, "other")]
