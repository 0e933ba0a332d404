"""Text pasted from a PDF: line-end hyphens and page furniture."""
from __future__ import annotations

import scholarscope
from scholarscope.read.pasted import dehyphenate, page_furniture, quoted_message, sidebar_columns


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


def _layout_page() -> str:
    side = ["", "", "", "", "CONTACT", "Dept. of Kites", "Windy University", "", "EDUCATION", "Ph.D., Aerodynamics",
            "Windy University, 2014", "", "HONORS", "Best Kite Prize,", "Kite Society, 2020", "", "SKILLS", "Python, R"]
    main = ["ANN ROE, PH.D.", "Lecturer in Kites", "", "", "APPOINTMENTS", "Lecturer                         2016 – present",
            "Department of Kites", "Windy University, Leeds", "", "PUBLICATIONS", "",
            "Roe, A., & Lee, B. (2024). Kites in the wind. Journal", "    of Kites, 3(1), 1–9.", "",
            "Roe, A. (2022). Kites at night. Kite Letters, 2, 5–8.", "", "Roe, A. (2021). Kites in rain. Kite", "    Letters, 1, 9–12."]
    return "\n".join((s.ljust(30) + m) if s and m else s if s else (" " * 30 + m if m else "") for s, m in zip(side, main))


def test_a_page_with_a_sidebar_read_column_by_column() -> None:
    """`pdftotext -layout` puts a sidebar's lines beside the main column's: the page is read as the line(s)
    above the sidebar, the sidebar, then the main column; a later page in the main column loses its indent."""
    src = _layout_page() + "\n\n\f" + " " * 30 + "Roe, A. (2020). Kites by day. Kite Letters, 1, 1–4.\n"
    lines = src.split("\n")
    out, offs = sidebar_columns(lines, [0] * len(lines))
    text = "\n".join(out)
    assert text.index("ANN ROE") < text.index("CONTACT") < text.index("Python, R") < text.index("APPOINTMENTS")
    assert "Roe, A., & Lee, B. (2024). Kites in the wind. Journal\n    of Kites" in text
    assert "\fRoe, A. (2020). Kites by day." in text
    prof = scholarscope.parse_text(src, format="txt")
    assert [p.title for p in prof.publications] == ["Kites in the wind", "Kites at night", "Kites in rain", "Kites by day"]
    assert [(e.institution, e.degree) for e in prof.education] == [("Windy University", "Ph.D.")]
    dated = "\n".join(f"{y} - {y + 2}".ljust(17) + f"Post {n}, Kite Institute" for n, y in enumerate(range(2000, 2014)))
    assert sidebar_columns(dated.split("\n"), [0] * 14)[0] == dated.split("\n")  # a date column stays
