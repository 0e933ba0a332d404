"""Positions read from dated lines."""
from __future__ import annotations

import scholarscope


def test_the_tail_of_a_dated_line_cut_by_the_page_width_stays_with_it() -> None:
    text = ("POSITIONS\n"
            "2023-present Staff Scientist, Physics Division, Argonne National\nLaboratory\n"
            "2020-2023 Postdoctoral Appointee, Physics Division, Argonne\nNational Laboratory\n"
            "(supervisor: Dr. Ann Lee)\n")
    got = [(p.title, p.org) for p in scholarscope.parse_text(text, format="txt").positions]
    assert got == [("Staff Scientist", "Physics Division, Argonne National Laboratory"),
                   ("Postdoctoral Appointee", "Physics Division, Argonne National Laboratory")]


def test_a_table_whose_header_names_its_columns() -> None:
    html = ("<h2>Postgraduate Training</h2><table><thead><tr><th>Dates</th><th>Title</th><th>Department / Institution</th>"
            "</tr></thead><tbody><tr><td>07/2013&ndash;06/2016</td><td>Clinical Fellow, Pediatric Widgets</td>"
            "<td>Boston Widget Hospital</td></tr><tr><td>06/2010&ndash;06/2013</td><td>Resident, Pediatrics</td>"
            "<td>Children's Hospital of Gadgets</td></tr></tbody></table>"
            "<h2>Education</h2><table><tr><th>Degree</th><th>Field</th><th>Institution</th><th>Year</th></tr>"
            "<tr><td>PhD</td><td>Immunology</td><td>University of Widgets</td><td>2008</td></tr>"
            "<tr><td>MD</td><td>&mdash;</td><td>Gadget School of Medicine</td><td>2010</td></tr></table>")
    prof = scholarscope.parse_text(html, format="html")
    assert [(p.title, p.org, p.start, p.end) for p in prof.positions] == [
        ("Clinical Fellow, Pediatric Widgets", "Boston Widget Hospital", "2013-07", "2016-06"),
        ("Resident, Pediatrics", "Children's Hospital of Gadgets", "2010-06", "2013-06")]
    assert [(e.degree, e.field, e.institution, e.start, e.end) for e in prof.education] == [
        ("Ph.D.", "Immunology", "University of Widgets", None, "2008"),
        ("M.D.", None, "Gadget School of Medicine", None, "2010")]


def test_a_post_held_since_a_date_is_open() -> None:
    text = "Berufserfahrung\n\nseit 04/2022\n**Gruppenleiterin**, Widget-Institut für Werkstoffe, Freiburg\n"
    pos = scholarscope.parse_text(text, format="md").positions[0]
    assert pos.start == "2022-04" and pos.end == "present" and pos.org and pos.org.startswith("Widget-Institut")


def test_a_macro_parameter_right_after_a_control_word() -> None:
    # "\small#3": TeX ends \small before the parameter, so the argument's first word stays
    tex = (r"\documentclass{article}\newcommand{\sub}[4]{\item \textbf{#1} \hfill #2 \\ \textit{\small#3} \hfill \textit{\small #4}}"
           "\n\\begin{document}\\section{Experience}\\begin{itemize}\n"
           r"\sub{Widget Research}{Redmond, WA}{Research Intern}{May 2023 -- Aug. 2023}" "\n\\end{itemize}\\end{document}")
    pos = scholarscope.parse_text(tex, format="tex").positions[0]
    assert pos.title == "Research Intern" and pos.start == "2023-05"


def test_title_and_organisation_above_a_date_and_place_line() -> None:
    # AltaCV-like events: title / organisation / "dates<TAB>place"; and an organisation the width cut
    text = ("Positions\n\nAssociate Senior Lecturer\nDepartment of Ecology, Swedish University of Widget Sciences\n"
            "Jan 2022 – present\tUppsala, Sweden\n\nPostdoctoral Researcher\nGerman Centre for Integrative Widget Research (iDiv)\n"
            "Mar 2017 – Aug 2019\tLeipzig, Germany\n\nAcademic Appointments\n\n"
            "Postdoctoral Researcher, Department of Neuropsychology, Max Planck\n"
            "Institute for Human Widget Sciences, Leipzig, Germany, 2018–2021. Supervisor: Dr. Ann Roe\n")
    got = [(p.title, p.org, p.start) for p in scholarscope.parse_text(text, format="txt").positions]
    assert got[:2] == [("Associate Senior Lecturer", "Department of Ecology, Swedish University of Widget Sciences", "2022-01"),
                       ("Postdoctoral Researcher", "German Centre for Integrative Widget Research (iDiv)", "2017-03")]
    assert got[2][0] == "Postdoctoral Researcher" and "Max Planck Institute for Human Widget Sciences" in got[2][1]


def test_a_table_row_keeps_place_and_supervisor_apart() -> None:
    html = ("<h2>Positions</h2><table><tr><th>Period</th><th>Position</th><th>Institution</th></tr>"
            "<tr><td>2018 – 2021</td><td>Postdoctoral Research Associate (supervisor: Prof. Ann Roe)</td>"
            "<td>Institute of Widgetry, Gadget-Institut, Greifswald, Germany</td></tr></table>")
    pos = scholarscope.parse_text(html, format="html").positions[0]
    assert (pos.title, pos.org, pos.location, pos.supervisor) == (
        "Postdoctoral Research Associate", "Institute of Widgetry, Gadget-Institut", "Greifswald, Germany", "Prof. Ann Roe")


def test_a_line_opening_with_its_dates_goes_on_below_a_cut_name() -> None:
    text = ("Appointments\n2023–present Widget Fellow, California Institute of Technology, Pasadena, CA\n"
            "2020–2023\tPostdoctoral Researcher, Cosmic Widget Center (CWC), Niels Bohr\n"
            "Institute, University of Copenhagen, Copenhagen, Denmark. Mentor: Prof.\nAnn Roe\n"
            "2006–8 Research Associate, University of Chicago\nSouth Asia Widget Resource Center\n")
    got = [(p.title, p.org, p.start, p.end) for p in scholarscope.parse_text(text, format="txt").positions]
    assert got[1] == ("Postdoctoral Researcher", "Cosmic Widget Center (CWC), Niels Bohr Institute, University of Copenhagen",
                      "2020", "2023")
    # a whole organisation name ends the line: the next line is its unit, not the rest of the name
    assert got[2] == ("Research Associate", "University of Chicago", "2006", "2008")


def test_dates_alone_above_each_role() -> None:
    text = ("Academic Appointment\n| **2014–**\n    Associate Professor, Widget State University\n"
            "|   Department of Gadgets\n|   Core Faculty, Global Widget Studies\n"
            "| **2008–14**\n    Assistant Professor, Widget State University\n")
    got = [(p.title, p.org, p.start, p.end) for p in scholarscope.parse_text(text, format="rst").positions]
    assert got == [("Associate Professor", "Widget State University", "2014", "present"),
                   ("Assistant Professor", "Widget State University", "2008", "2014")]


def test_employer_subheadings_and_commas_inside_brackets() -> None:
    text = ("# Experience\n\n## Widget Economic and Public Policy Research\n\nResearch Analyst\t2018–20\n\n"
            "# Teaching Experience\n\n## Gadget University\n\n"
            "Teaching Assistant for BUS 143 (Finance, Corporations, and Society)\t2025\n")
    got = [(p.title, p.org, p.start) for p in scholarscope.parse_text(text, format="md").positions]
    assert got == [("Research Analyst", "Widget Economic and Public Policy Research", "2018"),
                   ("Teaching Assistant", "Gadget University", "2025")]


def test_a_wrapped_date_cell_a_since_date_and_a_host_lab() -> None:
    text = ("Experience\n\nSep 2021 – Jun\tPostdoctoral Research Scientist\n\n2024\tZuckerman Widget Institute, "
            "Columbia University, New York, NY\nAdvisor: Ann Roe\n\nJun 2020 – Sep\tResearch Scientist Intern\n\n"
            "2020\tGadgetMind, London, UK\n\nGroup Leader, Widget Immunity Group\tsince January 2021\n"
            "Institut Widget, Paris, France\n\nEMBO Postdoctoral Fellow\tFebruary 2017 – December 2020\n"
            "Department of Widgets and Immunology, University of Otago, Dunedin, New Zealand (lab of Prof. Bo Lee)\n")
    got = [(p.title, p.org, p.start, p.end, p.supervisor) for p in scholarscope.parse_text(text, format="txt").positions]
    assert got == [
        ("Postdoctoral Research Scientist", "Zuckerman Widget Institute, Columbia University", "2021-09", "2024-06", "Ann Roe"),
        ("Research Scientist Intern", "GadgetMind", "2020-06", "2020-09", None),
        ("Group Leader", "Institut Widget", "2021-01", "present", None),
        ("EMBO Postdoctoral Fellow", "Department of Widgets and Immunology, University of Otago", "2017-02", "2020-12",
         "Prof. Bo Lee")]


def test_spanish_cv_export_tables_and_bilingual_rows() -> None:
    text = ("## Actividad profesional\n\nEntidad empleadora:\tUniversidad de Widgets\nCategoría profesional:\tProfesora Titular\n"
            "Fecha de inicio:\tdesde 2019\n\n### Cargos anteriores\n\nEntidad empleadora\tCategoría profesional\tFechas\n"
            "1\tUniversidad de Widgets\tInvestigadora Ramón y Cajal\tene. 2015 - dic. 2018\n\n"
            "## 工作经历 Work Experience\n\n- **2014.07 – 2014.09**　百度地图，研究实习生\n  Research Intern, Gadget Maps, Beijing\n")
    got = [(p.title, p.org, p.start, p.end) for p in scholarscope.parse_text(text, format="md").positions]
    assert got == [("Profesora Titular", "Universidad de Widgets", "2019", "present"),
                   ("Investigadora Ramón y Cajal", "Universidad de Widgets", "2015-01", "2018-12"),
                   ("Research Intern", "Gadget Maps", "2014-07", "2014-09")]


def test_harvard_faculty_cv_rows_and_labelled_name() -> None:
    text = ("Part I: General Information\n\nDate Prepared:\tFebruary 3, 2025\nName:\tAnn Widget, MD, MPH\n\n"
            "## Postdoctoral Training\n\n2004–2007\tIntern and Resident\tInternal Medicine\tGadget Deaconess Medical Center, "
            "Boston, MA\n\n## Faculty Academic Appointments\n\n2011–2016\tInstructor\tMedicine\tWidget Medical School\n")
    prof = scholarscope.parse_text(text, format="md")
    assert prof.person.name == "Ann Widget"
    assert [(p.title, p.org, p.start, p.end) for p in prof.positions] == [
        ("Intern and Resident", "Gadget Deaconess Medical Center", "2004", "2007"),
        ("Instructor", "Widget Medical School", "2011", "2016")]


def test_units_in_french_and_courses_are_no_organisations() -> None:
    text = ("Appointments\n\nAssociate Professor, Département de chimie, Université de Widgets\t2021–present\n"
            "Teaching assistant, TFY4220 Solid State Widgets, NTNU\t2014–2016\n\n"
            "Teaching\n\nPHYS208 Condensed Matter Widgets (lecturer)\t2022–present\n")
    got = [(p.title, p.org) for p in scholarscope.parse_text(text, format="txt").positions]
    assert got == [("Associate Professor", "Département de chimie, Université de Widgets"),
                   ("Teaching assistant", "NTNU")]


def test_a_leading_since_german_posts_and_a_habilitation() -> None:
    text = ("POSITIONS\nsince 2021  Professor (W3), Widget-Universität Regensburg\n"
            "2015-2021  Akademischer Rat auf Zeit, Universität Widgetburg\n\n"
            "EDUCATION\n2019  Habilitation in Mathematics, Universität Widgetburg\n")
    prof = scholarscope.parse_text(text, format="txt")
    assert [(p.title, p.org, p.start, p.end) for p in prof.positions] == [
        ("Professor (W3)", "Widget-Universität Regensburg", "2021", "present"),
        ("Akademischer Rat auf Zeit", "Universität Widgetburg", "2015", "2021")]
    assert [(e.degree, e.institution) for e in prof.education] == [("Habilitation", "Universität Widgetburg")]


def test_german_compound_posts_and_a_teaching_duty_that_is_no_post() -> None:
    import scholarscope
    text = ("# Beruflicher Werdegang\n\nseit 10/2021\tOberingenieur, Lehrstuhl für Widgets, Technische Universität München\n\n"
            "04/2020 – 09/2021\tEntwicklungsingenieur NVH, BMW Group, München\n\n"
            "2010 – 2012\tMedical Epidemiologist, Secretaría de Salud de Medellín, Colombia\n\n"
            "# Teaching\n\n2017-2023     Lecturer, Time-series regression analysis short course, LSHTM\n")
    got = [(p.title, p.org) for p in scholarscope.parse_text(text, format="md").positions]
    assert got == [("Oberingenieur", "Lehrstuhl für Widgets, Technische Universität München"),
                   ("Entwicklungsingenieur NVH", "BMW Group"),
                   ("Medical Epidemiologist", "Secretaría de Salud de Medellín")]


def test_a_web_cv_card_of_date_place_post_and_employer() -> None:
    import scholarscope
    html = ("<h3>Experience</h3><ul><li><div>Jun 2024 - Sep 2024</div><div>London, UK</div>"
            "<h6>Research Scientist Intern</h6><h6>Widget AI (FAIR)</h6><ul><li>Mentor: Dr. Ann Roe</li></ul></li>"
            "<li><div>2022 - 2023</div><div>Edinburgh, UK</div><h6>Teaching Assistant</h6>"
            "<h6>University of Edinburgh</h6></li></ul>")
    got = [(p.title, p.org, p.start, p.location) for p in scholarscope.parse_text(html, format="html").positions]
    assert got == [("Research Scientist Intern", "Widget AI (FAIR)", "2024-06", "London, UK"),
                   ("Teaching Assistant", "University of Edinburgh", "2022", "Edinburgh, UK")]


def test_a_mentor_named_on_the_organisation_line() -> None:
    import scholarscope
    text = ("# Experience\n\n2019–2021 Postdoctoral Research Associate, Center for Widget Learning, University of "
            "Michigan, Mentor: Carla Okoro\n")
    p = scholarscope.parse_text(text, format="md").positions[0]
    assert (p.org, p.supervisor) == ("Center for Widget Learning, University of Michigan", "Carla Okoro")


def test_a_bracketed_pi_is_the_supervisor() -> None:
    import scholarscope
    text = ("# Positions\n\n2018 – 2020 Postdoctoral Research Fellow, School of Widgets, University of Sydney, Australia "
            "(PI: Prof. Jun Wei Tan)\n")
    p = scholarscope.parse_text(text, format="md").positions[0]
    assert (p.org, p.supervisor) == ("School of Widgets, University of Sydney", "Prof. Jun Wei Tan")


def test_a_dated_row_ending_in_a_comma_goes_on_in_the_indented_line_below() -> None:
    import scholarscope
    text = ("APPOINTMENTS\n\n2022-present  Associate Professor, Department of Public Health, Environments and Society,\n"
            "              London School of Widget Medicine\n2018-2022     Assistant Professor, Department of Public "
            "Health, Environments and Society,\n              London School of Widget Medicine\n")
    got = [(p.title, p.org) for p in scholarscope.parse_text(text, format="txt").positions]
    assert got == [("Associate Professor", "Department of Public Health, Environments and Society, London School of Widget Medicine"),
                   ("Assistant Professor", "Department of Public Health, Environments and Society, London School of Widget Medicine")]


def test_an_open_range_whose_end_wrapped_into_the_row_below() -> None:
    text = ("Employment\n\n2021–\tAssociate Professor, Department of Widgetry,\npresent\tUniversity of Eastfield\n"
            "2016–\tLecturer in Widgetry, University of\n2021\tNorthwood\n2014–\tResearch Fellow, Widget Institute\n"
            "2012\tVisiting Scholar, Gadget Lab\n")
    got = [(p.title, p.org, p.start, p.end) for p in scholarscope.parse_text(text, format="txt").positions]
    assert got[:3] == [("Associate Professor", "Department of Widgetry, University of Eastfield", "2021", "present"),
                       ("Lecturer in Widgetry", "University of Northwood", "2016", "2021"),
                       ("Research Fellow", "Widget Institute", "2014", "present")]  # an earlier year opens a new row
    assert got[3][0] == "Visiting Scholar" and got[3][2] == "2012"


def test_a_bulleted_bold_employer_above_its_role_and_dates() -> None:
    text = ("Experience\n\n**Widget University**\tEastfield, MA\n*Graduate Research Assistant*\tAug. 2020 – Present\n\n"
            "- Built a widget\n- **Gadget Research**\tRedmond, WA\n*Research Intern*\tMay 2023 – Aug. 2023\n\n- Studied gadgets\n")
    got = [(p.title, p.org) for p in scholarscope.parse_text(text, format="md").positions]
    assert got == [("Graduate Research Assistant", "Widget University"), ("Research Intern", "Gadget Research")]


def test_a_record_of_labelled_fields_names_the_post_and_its_activities_are_no_posts() -> None:
    text = ("# Atuação Profissional\n\n**Universidade Federal de Widgets, UFW, Brasil.**\n**Vínculo institucional**\n"
            "2018 - Atual\nVínculo: Servidor Público, Enquadramento Funcional: Professor Adjunto, Carga horária: 40\n"
            "**Atividades**\n03/2018 - Atual\nEnsino, Medicina Veterinária, Nível: Graduação\n"
            "**Empresa Brasileira de Engenhocas, EBE, Brasil.**\n**Vínculo institucional**\n2016 - 2018\n"
            "Vínculo: Bolsista, Enquadramento Funcional: Pesquisador de pós-doutorado, Carga horária: 40\n")
    got = [(p.org, p.title, p.start, p.end) for p in scholarscope.parse_text(text, format="md").positions]
    assert got == [("Universidade Federal de Widgets, UFW", "Professor Adjunto", "2018", "present"),
                   ("Empresa Brasileira de Engenhocas, EBE", "Pesquisador de pós-doutorado", "2016", "2018")]


def test_day_month_year_dates_and_a_europass_place_cell() -> None:
    text = ("WORK EXPERIENCE\n\n01/02/2020 –\tPOSTDOCTORAL RESEARCHER\n31/10/2022\tWidget University & Research – Food Group\n"
            "WAGENINGEN,\tCity: Wageningen | Country: Netherlands\nNETHERLANDS\n\n"
            "01/11/2022 – CURRENT ASSISTANT PROFESSOR (RTD-A)\nMILAN, ITALY\tUniversità degli Studi di Widgets – Department of Food\n"
            "City: Milan | Country: Italy\n")
    got = [(p.org, p.start, p.end) for p in scholarscope.parse_text(text, format="txt").positions]
    assert got == [("Widget University & Research – Food Group", "2020-02", "2022-10"),
                   ("Università degli Studi di Widgets – Department of Food", "2022-11", "present")]
    from scholarscope.parse.dates import find_range
    assert find_range("01/11/2019 - 30/11/2022")[:2] == ("2019-11", "2022-11")
    assert find_range("14.03.2021 – heute")[:2] == ("2021-03", "present")


def test_name_labels_in_other_languages_say_the_order() -> None:
    for row, name in (("Nome e cognome:   Giulia Rossi", "Giulia Rossi"), ("Cognome e nome: Rossi Giulia", "Giulia Rossi"),
                      ("Name, Vorname: Müller, Anna", "Anna Müller"), ("Nombre y apellidos: Ana García López", "Ana García López")):
        assert scholarscope.parse_text(f"CURRICULUM VITAE\n\n{row}\n", format="txt").person.name == name


def test_a_labelled_name_without_its_honorific_and_a_japanese_form_row() -> None:
    for row, name in (("Name\tDr. Harshavardhan Widget", "Harshavardhan Widget"),
                      ("氏名 Name\t森澤 健司 (MORISAWA Kenji)", "Kenji Morisawa")):
        assert scholarscope.parse_text(f"CURRICULUM VITAE\n\n{row}\n", format="txt").person.name == name


def test_a_centre_on_the_line_below_its_post_with_a_mentor() -> None:
    text = ("## Appointments\n\nPostdoctoral Research Fellow\t2019–2021\nWidget Center for Biomedical Imaging, "
            "Massachusetts General Hospital, Charlestown, MA. Mentor: Dr. Hannah Roe\n")
    pos = scholarscope.parse_text(text, format="md").positions[0]
    assert pos.org.startswith("Widget Center for Biomedical Imaging") and pos.supervisor == "Dr. Hannah Roe"


def test_a_post_the_word_list_lacks_before_a_firm() -> None:
    from scholarscope.parse.positions import split_title_org
    assert split_title_org("Audit Senior, Widget & Young LLP, Dallas, TX.")[:2] == ("Audit Senior", "Widget & Young LLP")


def test_a_resume_template_line_of_organisation_place_dash_role() -> None:
    """Google Docs' résumé templates set '**Organisation**, Place — *Role*' over a small-capitals date line."""
    text = ("Ann Roe\n\nEXPERIENCE\n\nWidget Oceanographic Institution, Woods Hole, MA — Guest Student\n"
            "JUNE 2019 - AUGUST 2019\nFlow cytometry of gadget samples.\n\n"
            "Université Laval, Québec, QC — Teaching Assistant\nJANUARY 2018 - APRIL 2021\nLaboratory sessions.\n")
    pos = scholarscope.parse_text(text, format="txt").positions
    assert [(p.org, p.title, p.location, p.start, p.end) for p in pos] == [
        ("Widget Oceanographic Institution", "Guest Student", "Woods Hole, MA", "2019-06", "2019-08"),
        ("Université Laval", "Teaching Assistant", "Québec, QC", "2018-01", "2021-04")]


def test_a_unit_named_after_its_institution_is_no_part_of_the_organisation() -> None:
    """A grant form writes 'Title, Institution, Department, City, ST': the organisation is the institution (a unit is
    kept only in front of it, 'Physics Division, Widget National Laboratory')."""
    text = ("Ann Roe\n\nAPPOINTMENTS AND POSITIONS\n\n"
            "2024 - present\tAssociate Professor, University of Widgets, Department of Physics and Astronomy, Knoxville, TN\n"
            "2015 - 2018\tShull Fellow, Gadget National Laboratory, Neutron Scattering Division, Oak Ridge, TN\n"
            "2012 - 2015\tStaff Scientist, Physics Division, Widget National Laboratory, Lemont, IL\n")
    pos = scholarscope.parse_text(text, format="txt").positions
    assert [(p.org, p.location) for p in pos] == [("University of Widgets", "Knoxville, TN"),
                                                  ("Gadget National Laboratory", "Oak Ridge, TN"),
                                                  ("Physics Division, Widget National Laboratory", "Lemont, IL")]


def test_a_college_of_a_federal_university_and_the_terms_of_a_post() -> None:
    """'Lecturer, St Widget’s, University of London': the possessive part names the college, with its university;
    '(part-time)' / '(fixed-term)' are terms of the post, not its title; '(tenure track)' stays (as cvs 02)."""
    text = ("Ann Roe\n\nAPPOINTMENTS\n\n"
            "NIHR Clinical Lecturer in Widget Diseases, St Widget’s, University of London\t2018–2021\n"
            "Student Developer (part-time), Gadget A/S, Aarhus, Denmark\t2014–2016\n"
            "Assistant Professor (tenure track), Widget University, Espoo, Finland\t2022–present\n")
    pos = scholarscope.parse_text(text, format="txt").positions
    assert [(p.title, p.org) for p in pos] == [
        ("NIHR Clinical Lecturer in Widget Diseases", "St Widget’s, University of London"),
        ("Student Developer", "Gadget A/S"), ("Assistant Professor (tenure track)", "Widget University")]


def test_a_bare_organisation_head_noun_with_the_dates_ends_the_item_above() -> None:
    """A narrow column wraps '- Teaching Assistant, Widget Theory, Aarhus' / 'University<TAB>2019–2021': the line
    of the head noun and the dates goes on the item above, it is no entry of its own."""
    text = ("Ann Roe\n\n## Teaching\n\n- **Lecturer**, Gadget Semantics, Saarland University\n2024\n\n"
            "- **Teaching Assistant**, Widget Theory, Aarhus\nUniversity\t2019–2021\n")
    pos = scholarscope.parse_text(text, format="md").positions
    assert [(p.title, p.org, p.start, p.end) for p in pos] == [("Lecturer", "Saarland University", "2024", "2024"),
                                                             ("Teaching Assistant", "Aarhus University", "2019", "2021")]


def test_posts_with_years_in_brackets_and_a_single_position_column() -> None:
    text = ("# Jo Roe\n\n## Career\n\n- Senior Lecturer in Widgetry, University of Edinburgh (2020–)\n"
            "- Lecturer in Gadgets, University of Bristol (2016–2020)\n\n## Employment\n\n"
            "| Years | Position |\n|---|---|\n| 2014–2016 | Postdoctoral Fellow, Program on Widget Democracy, Princeton University |\n")
    profile = scholarscope.parse_text(text, format="md")
    assert [(p.title, p.org, p.start, p.end) for p in profile.positions] == [
        ("Senior Lecturer in Widgetry", "University of Edinburgh", "2020", "present"),  # no paper: "(2020–)" is a post's years
        ("Lecturer in Gadgets", "University of Bristol", "2016", "2020"),
        ("Postdoctoral Fellow", "Program on Widget Democracy, Princeton University", "2014", "2016")]
    assert profile.publications == []


def test_canadian_common_cv_dates_write_the_year_then_a_one_digit_month() -> None:
    from scholarscope.parse.dates import find_range
    assert find_range("2019/7 - 2024/6, Assistant Professor")[:2] == ("2019-07", "2024-06")
    assert find_range("2024/7 - present")[:2] == ("2024-07", "present")


def test_a_unit_line_and_its_school_below_a_dated_title_make_one_organisation() -> None:
    """'Lecturer<date>' / 'Department of Kites' / 'Windy University, Leeds, UK': the unit and the school under it
    are one organisation; the blank line ends the entry, so its last line is not the next entry's employer."""
    text = ("APPOINTMENTS\nLecturer                         2016 – present\nDepartment of Kites\nWindy University, Leeds, UK\n\n"
            "Research Fellow                  2014 – 2016\nKite Dynamics Research Center\nCalm University, York, UK\n"
            "Mentor: Dr. Ann Lee\n\nClinical Intern                  2013 – 2014\nKite Hospital, Bath, UK\n")
    got = [(p.title, p.org, p.location, p.supervisor) for p in scholarscope.parse_text(text, format="txt").positions]
    assert got == [("Lecturer", "Department of Kites, Windy University", "Leeds, UK", None),
                   ("Research Fellow", "Kite Dynamics Research Center, Calm University", "York, UK", "Dr. Ann Lee"),
                   ("Clinical Intern", "Kite Hospital", "Bath, UK", None)]


def test_awards_and_skills_wrapped_by_a_narrow_column_or_a_fixed_width() -> None:
    text = ("HONORS\nNational Kite Career Development\nAward (NKF), 2017–2022\nOutstanding Teaching Award,\n"
            "Windy University, 2019\n2024             Kite Medal, Royal Society of\n                 Aeronautics\n\n"
            "METHODS\nWind tunnels, ecological\nmomentary assessment,\nR (lme4, brms), Mplus\n\n"
            "SKILLS\nSolid-state and kite synthesis; powder X-ray and neutron\n"
            "diffraction with Rietveld refinement (TOPAS, GSAS-II); solid-state\nNMR; impedance spectroscopy\n\n"
            "LICENSURE\nLicensed Kite Pilot, Vermont\n")
    prof = scholarscope.parse_text(text, format="txt")
    assert [a.name for a in prof.awards] == ["National Kite Career Development Award (NKF)",
                                             "Outstanding Teaching Award, Windy University",
                                             "Kite Medal, Royal Society of Aeronautics"]
    assert prof.skills == ["Wind tunnels", "ecological momentary assessment", "R", "lme4", "brms", "Mplus",
                           "Solid-state and kite synthesis", "powder X-ray and neutron diffraction with Rietveld refinement",
                           "TOPAS", "GSAS-II", "solid-state NMR", "impedance spectroscopy"]
