"""Text pasted from a PDF: line-end hyphens and page furniture."""
from __future__ import annotations

import scholarscope
from scholarscope.read.pasted import dehyphenate, page_furniture, quoted_message


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


MAIL = """From: Ann Roe <ann@uni.example>
To: Panel <panel@example.org>
Subject: Re: CV

Dear panel, the CV is quoted below.
--
Prof. Ann Roe
Tel: +44 20 5550 0000

On 03/03/2025 17:22, Bo Lee wrote:
> CURRICULUM VITAE -- BO LEE
>
> Email: bo@lee.example | Tel: +44 20 5550 1111
>
> PUBLICATIONS
>
> [2] B. Lee and A. Roe, Kites in the wind over the Pennines during
>     winter storms, J. Kites, 2024, 3, 1-9.
> [1] B. Lee and C. Day, Kites at night, J. Kites, 2022, 1,
5-8.
>
> --
> Bo Lee
>
> On Mon, 3 Mar 2025, Ann Roe wrote:
>> Could you send your CV again?
"""


def test_a_cv_quoted_in_an_email_is_the_quoted_message() -> None:
    """The quote is the document: its '> ' go (moved to the line end, same length), the sender's headers,
    note and signature are blanked, so are the quoted message's own signature and the earlier message it
    quotes; a line whose '> ' a mail client's re-wrap lost stays in the quote."""
    out = quoted_message(MAIL)
    assert len(out) == len(MAIL)
    kept = [ln.rstrip() for ln in out.split("\n") if ln.strip()]
    assert kept[0] == "CURRICULUM VITAE -- BO LEE"
    assert "    winter storms, J. Kites, 2024, 3, 1-9." in kept and "5-8." in kept
    assert not any("Ann Roe" in k or "Could you" in k or k == "Bo Lee" for k in kept)
    assert quoted_message("> one quoted line\nplain CV text\n") == "> one quoted line\nplain CV text\n"
    prof = scholarscope.parse_text(MAIL, format="txt")
    assert prof.person.emails == ["bo@lee.example"]
    assert [(p.index, p.title, p.year) for p in prof.publications] == [
        (2, "Kites in the wind over the Pennines during winter storms", 2024), (1, "Kites at night", 2022)]
