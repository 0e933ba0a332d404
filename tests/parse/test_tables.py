"""Tables whose header row names their columns: one field per column."""
from __future__ import annotations

import scholarscope
from scholarscope.parse.tables import header_roles, row_range


def test_a_numbered_header_with_from_and_to_columns() -> None:
    text = ("# Professional Experience\n\n**S.No.**\t**Designation**\t**Institution**\t**From**\t**To**\t**Duration**\n"
            "1\tReader\tWidget College of Pharmacy, Mumbai\t01/08/2020\tTill date\t4 years\n"
            "2\tLecturer\tGizmo Institute, Chennai\t15/06/2014\t31/07/2020\t6 years\n")
    prof = scholarscope.parse_text(text, format="md")
    assert [(p.title, p.org, p.start, p.end) for p in prof.positions] == [
        ("Reader", "Widget College of Pharmacy", "2020-08", "present"),
        ("Lecturer", "Gizmo Institute", "2014-06", "2020-07")]  # the header row is no post


def test_an_education_header_with_passing_year_and_marks() -> None:
    text = ("# Academic Qualifications\n\nS.No.\tDegree\tSpecialization\tUniversity / Institute\tYear of Passing\t"
            "Percentage / CGPA\n1\tM.Pharm.\tWidget Chemistry\tGadget University\t2009\t71.5%\n"
            "2\tB.Pharm.\tPharmacy\tSprocket College\t2007\t68.0%\n")
    prof = scholarscope.parse_text(text, format="md")
    assert [(e.degree, e.field, e.institution, e.end, e.gpa) for e in prof.education] == [
        ("M.Pharm.", "Widget Chemistry", "Gadget University", "2009", "71.5%"),
        ("B.Pharm.", "Pharmacy", "Sprocket College", "2007", "68.0%")]  # a degree the table names as written


def test_header_roles_and_row_ranges() -> None:
    assert header_roles("Sr. No.\tFrom\tTo\tPost\tEmployer") == ["number", "from", "to", "title", "org"]
    assert header_roles("From / To\tPosition\tInstitution") == ["dates", "title", "org"]
    assert header_roles("1\tReader\tWidget College") is None
    assert row_range({"dates": "06/11-06/12"}) == ("2011-06", "2012-06", False)  # month and two-digit year
    assert row_range({"dates": "07/23-"})[:2] == ("2023-07", "present")
    assert row_range({"from": "15/06/2013", "to": "30/06/2019"})[:2] == ("2013-06", "2019-06")
    assert row_range({"from": "2019", "to": "Till date"})[:2] == ("2019", "present")


def test_a_publication_table_with_one_field_per_column() -> None:
    text = ("# Publications\n\n## Research Articles\n\n"
            "S.No.\tAuthors\tTitle\tJournal\tVol. (Issue), Pages\tYear\tIF\n"
            "1\tA. Widget, B. Gadget*\tDesign of sprocket hybrids: a decade in review <https://example.org/p1>\t"
            "Eur. J. Med. Chem.\t12(3), 45–67\t2021\t6.0\n"
            "2\tC. Gizmo, A. Widget\tThe widget, revisited. A second look\tRSC Advances\t11, 1–9\t2019\t3.9\n\n"
            "## Book Chapters\n\nS.No.\tAuthors\tChapter Title\tBook Title\tPublisher\tPages\tYear\n"
            "1\tA. Widget\tWidgets in practice\tHandbook of Sprockets\tGadget Press, London\t88–121\t2018\n")
    pubs = scholarscope.parse_text(text, format="md").publications
    assert [(p.index, p.title, p.authors, p.venue, p.year, p.type) for p in pubs] == [
        (1, "Design of sprocket hybrids: a decade in review", ["A. Widget", "B. Gadget"],
         "European Journal of Medicinal Chemistry", 2021, "journal"),
        (2, "The widget, revisited. A second look", ["C. Gizmo", "A. Widget"], "RSC Advances", 2019, "journal"),
        (1, "Widgets in practice", ["A. Widget"], "Handbook of Sprockets", 2018, "chapter")]
    assert pubs[0].flags == [] and pubs[0].links == ["https://example.org/p1"]  # "in review" is the title's


def test_publication_header_roles() -> None:
    assert header_roles("Sl. No.\tInventors\tTitle\tApplication No.\tStatus\tYear", "pub") == [
        "number", "authors", "title", "ids", "status", "year"]
    assert header_roles("Title\tPages", "pub") is None  # a title and one more field of a citation
    assert header_roles("Dates\tTitle\tInstitution", "pub") is None


def test_a_table_without_header_read_by_what_its_columns_hold() -> None:
    text = ("# Postdoctoral Training\n\n06/11-06/12\tIntern\tInternal Widgetry\tGadget General Hospital\n"
            "07/12-06/14\tResident\tWidgetry, Sprocket Unit (research mentor: Ann Roe, MD)\tGadget General Hospital\n"
            "07/23-\tAssistant Professor of Widgetry\tWidgetry\tWidget Medical School\n\n"
            "# Education\n\n2007\tB.A.\tGizmology (magna cum laude)\tWidget College\n"
            "2011\tM.D.\tMedicine\tGadget School of Medicine\n")
    prof = scholarscope.parse_text(text, format="md")
    assert [(p.title, p.org, p.start, p.end, p.supervisor) for p in prof.positions] == [
        ("Intern", "Gadget General Hospital", "2011-06", "2012-06", None),
        ("Resident", "Gadget General Hospital", "2012-07", "2014-06", "Ann Roe, MD"),  # the department is no part of it
        ("Assistant Professor of Widgetry", "Widget Medical School", "2023-07", "present", None)]
    assert [(e.degree, e.field, e.institution, e.end) for e in prof.education] == [
        ("B.A.", "Gizmology", "Widget College", "2007"), ("M.D.", "Medicine", "Gadget School of Medicine", "2011")]


def test_a_department_column_beside_the_institution_and_an_unnamed_number_column() -> None:
    text = ("# Appointments\n\n\tPeriod\tPost\tDepartment\tInstitution\n1\t2019–2022\tLecturer\tDepartment of Widgets\t"
            "Gadget University\n2\t2022–present\tReader\tDepartment of Widgets\tGadget University\n\n"
            "# Teaching Posts\n\nPeriod\tPost\tDepartment\n2015–2018\tTutor\tWidget Institute\n")
    prof = scholarscope.parse_text(text, format="md")
    assert [(p.title, p.org, p.start, p.end) for p in prof.positions] == [
        ("Lecturer", "Gadget University", "2019", "2022"), ("Reader", "Gadget University", "2022", "present"),
        ("Tutor", "Widget Institute", "2015", "2018")]  # "Department" alone names the organisation
