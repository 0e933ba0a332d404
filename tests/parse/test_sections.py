"""Section headings name what the section holds (the head noun, else the first of a list)."""
from __future__ import annotations

import pytest

import scholarscope

from scholarscope.parse.sections import categorise


@pytest.mark.parametrize("heading, category", [
    ("In Press", "publications"),  # "press" alone is media coverage; "in press" is a status of papers
    ("Press", "other"),
    ("Submitted", "publications"),
    ("Conference Presentations", "talks"),
    ("Publications and Talks", "publications"),
    ("Teaching Experience", "positions"),  # teaching posts are positions (their courses go to teaching too)
    ("Research Interests", "other"),
    ("Awards and Honors", "awards"),
    ("Book Reviews", "publications"),
    ("Technical Reports", "publications"),
    ("Report of Clinical Activities and Innovations", "other"),  # "Report of …": a part of a CV, not reports
])
def test_heading_categories(heading: str, category: str) -> None:
    assert categorise(heading) == category


def test_a_bilingual_heading_is_judged_by_its_latin_part() -> None:
    import scholarscope

    text = ("Ann Roe\n\n**教育背景 Education**\n\n**Widget University (清华大学), Beijing, China**\tSep 2019 – Jun 2024\n\n"
            "*Ph.D. in Computer Science.*\n\n**工作经历 Experience**\n\n**Gadget Research Asia, Beijing, China**\tJun 2022 – Dec 2022\n\n"
            "*Research Intern, Visual Computing Group*\n")
    prof = scholarscope.parse_text(text, format="md")
    assert [e.degree for e in prof.education] == ["Ph.D."] and len(prof.positions) == 1


def test_a_heading_set_right_under_a_sentence_with_a_gap_below() -> None:
    import scholarscope
    text = ("Ann Roe\n\nResearch interests\nMathematical physics: widgets, random matrices, entanglement.\nAppointments\n\n"
            "2022–present Assistant Professor, Department of Mathematical Sciences, University of Copenhagen, Denmark\n")
    prof = scholarscope.parse_text(text, format="txt")
    assert [(p.title, p.start) for p in prof.positions] == [("Assistant Professor", "2022")]


def test_role_and_degree_headings_inside_experience_are_entries() -> None:
    import scholarscope
    text = ("# Ann Roe\n\n### EXPERIENCE\n\n### Postdoctoral Researcher\n\nRobotic Widgets Lab, ETH Zürich\n"
            "Mar 2023 – present\tZürich, Switzerland\n\n### Graduate Research Assistant\n\nThe Robotics Institute, "
            "Carnegie Mellon University\nAug 2017 – Feb 2023\tPittsburgh, PA, USA\n\n### EDUCATION\n\n"
            "### Ph.D. in Robotics\n\nCarnegie Mellon University\nAug 2017 – Feb 2023\tPittsburgh, PA, USA\n")
    prof = scholarscope.parse_text(text, format="md")
    assert [(p.title, p.start) for p in prof.positions] == [("Postdoctoral Researcher", "2023-03"),
                                                             ("Graduate Research Assistant", "2017-08")]
    assert [(e.degree, e.institution) for e in prof.education] == [("Ph.D.", "Carnegie Mellon University")]


def test_a_capitals_heading_with_its_legend_after_an_awards_list() -> None:
    import scholarscope
    text = ("ANN ROE\n\nHONORS AND AWARDS\n\n2017\tWidget Graduate Research Award, UC Davis\n\n"
            "REFEREED PUBLICATIONS (* student author)\n2. Roe, A., and T. Lee*. 2025. Drought widgets alter seedling "
            "recruitment. Ecology 106:e4512.\n\n1. Lee, T.*, and A. Roe. 2024. Soil widgets buffer oak seedlings. "
            "Journal of Ecology 112:1877–1891.\n")
    prof = scholarscope.parse_text(text, format="txt")
    assert [p.section for p in prof.publications] == ["refereed publications (* student author)"] * 2
    assert len(prof.awards) == 1


def test_adjectives_joined_by_and_before_the_head_noun() -> None:
    from scholarscope.parse.sections import categorise
    assert categorise("Graduate and Postdoctoral Publications") == "publications"
    assert categorise("Publications and Talks") == "publications"  # a list of kinds is named by its first


def test_headings_in_the_left_cell_of_a_two_column_table_cv() -> None:
    import scholarscope
    text = ("# Sofia Roe\n\nAppointments\tAssociate Professor of History, Widget University\t2021–present\n"
            "Assistant Professor of History, Widget University\t2017–2021\n\n"
            "Education\tPh.D., History, Princeton University\t2015\nM.A., History, Boğaziçi University, Istanbul\t2009\n\n"
            "Publications\tBooks\n\nSalt and Widgets: The Ottoman Adriatic, 1690–1820. Cambridge: Cambridge University Press, 2022.\n")
    doc = scholarscope.parse_text(text, format="txt")
    assert [p.title for p in doc.positions] == ["Associate Professor of History", "Assistant Professor of History"]
    assert [e.degree for e in doc.education] == ["Ph.D.", "M.A."] and len(doc.publications) == 1


@pytest.mark.parametrize("heading, category", [
    ("(a) Professional Preparation", "education"),  # grant forms letter their sections in parentheses
    ("(c) PRODUCTS", "publications"),
    ("Products Most Closely Related to the Proposed Project", "publications"),  # the clause names no section
    ("Other Significant Products, Whether or Not Related to the Proposed Project", "publications"),
    ("(d) Synergistic Activities", "other"),
    ("Projects", "other"),
])
def test_lettered_grant_form_headings(heading: str, category: str) -> None:
    assert categorise(heading) == category


def test_sub_lists_of_a_publications_heading_in_capitals() -> None:
    """'Submitted', 'Independent (since 2021)' (no heading word, but set apart and followed by a labelled
    entry) and 'Postdoctoral and doctoral work' (a positions word, but a list of papers) are sub-lists of
    PUBLICATIONS; the next heading in capitals is a peer of PUBLICATIONS again."""
    text = ("# Curriculum Vitae -- Ann Roe\n\nEDUCATION\n\n2010 - 2014   Ph.D. in Chemistry, University of Leeds\n\n"
            "PUBLICATIONS\n\nSubmitted\n\n[S1] A. Roe and B. Lee, Kite dyes in the lab, submitted to Chem. Sci.\n\n"
            "Independent (since 2021)\n\n[3] A. Roe, Kite dyes, J. Mater. Chem. A, 2023, 11, 1-9.\n\n"
            "Postdoctoral and doctoral work\n\n[2] A. Roe and B. Lee, Red kites, Chem. Sci., 2019, 10, 5-8.\n"
            "[1] A. Roe and C. Day, Blue kites, Dalton Trans., 2016, 45, 1-4.\n\nSKILLS\n\nPython\n")
    prof = scholarscope.parse_text(text, format="txt")
    assert [(p.section, p.index, p.flags) for p in prof.publications] == [
        ("submitted", 1, ["submitted"]), ("independent (since 2021)", 3, []),
        ("postdoctoral and doctoral work", 2, []), ("postdoctoral and doctoral work", 1, [])]
    assert prof.positions == [] and prof.skills == ["Python"]
