"""Text pasted from a PDF: line-end hyphens and page furniture."""
from __future__ import annotations

import scholarscope
from scholarscope.read.pasted import dehyphenate, page_furniture


def test_words_split_at_line_ends_join_and_compounds_keep_their_hyphen() -> None:
    src = "Conti-\nnental-scale widgets\nin a data-\ndriven way, Journal of Widget Ecolo-\ngy, 12."
    out = dehyphenate(src)
    assert len(out) == len(src)
    assert "Continental-scale" in out and "data-\ndriven" in out and "Ecology," in out


def test_page_footers_and_running_headers_are_dropped() -> None:
    lines = ["1. Roe, A. (2020) Widgets of the", "", "A. Roe — CV — Page 1 of 3", "Ann Roe   Curriculum Vitae, 2025",
             "", "savanna. Ecology, 3, 1–2.", "", "A. Roe — CV — Page 2 of 3", "Ann Roe   Curriculum Vitae, 2025", "text"]
    # the blank line after "…, 1–2." stays: a sentence ends there, so an entry may end there too
    assert page_furniture(lines) == {1, 2, 3, 4, 7, 8}


def test_a_pasted_cv_reads_through_its_page_breaks() -> None:
    text = ("PUBLICATIONS\n1. Roe, A. & Doe, B. (2022) Long-\nterm effects of fire on widget cover in Laikipia, Kenya. "
            "Journal of Applied Ecolo-\ngy, 59, 2210–2222.\n2. Roe, A. (2021) Herbivores and the savanna\n\n"
            "A. Roe — Curriculum Vitae — Page 2 of 4\nAnn Roe                  Curriculum Vitae, March 2025\n\n"
            "grazing lawns. Oecologia, 193, 711–\n723. https://doi.org/10.5555/oec.1\n")
    pubs = scholarscope.parse_text(text, format="txt").publications
    assert [(p.title, p.venue) for p in pubs] == [
        ("Long-term effects of fire on widget cover in Laikipia, Kenya", "Journal of Applied Ecology"),
        ("Herbivores and the savanna grazing lawns", "Oecologia")]
    assert pubs[1].doi == "10.5555/oec.1"
