"""Education lines: degree forms and school names beyond English."""
from __future__ import annotations

import scholarscope


def _edu(lines: str) -> list[tuple[str, str | None]]:
    prof = scholarscope.parse_text("Education\n\n" + lines, format="md")
    return [(e.institution, e.degree) for e in prof.education]


def test_schools_named_in_other_languages_are_their_own_schools() -> None:
    got = _edu("- Ph.D., Linguistics, Univerzita Karlova, Prague, 2012\n"
               "- M.A., Turkish Studies, Boğaziçi Üniversitesi, Istanbul, 2007\n"
               "- Mgr., Czech Language, Masarykova univerzita, Brno, 2005\n")
    assert got == [("Univerzita Karlova", "Ph.D."), ("Boğaziçi Üniversitesi", "M.A."), ("Masarykova univerzita", "Mgr.")]


def test_nursing_degrees_and_a_state_after_a_tab_are_not_confused() -> None:
    got = _edu("- MSN Nurse Practitioner, Emory University, Atlanta, GA, 2008-2010\n\n"
               "**Harvard T.H. Chan School of Public Health**\tBoston, MA\n\nM.P.H., Quantitative Methods\t2013 – 2014\n")
    assert got == [("Emory University", "M.S.N."), ("Harvard T.H. Chan School of Public Health", "M.P.H.")]


def test_a_german_lebenslauf_with_dates_above_each_degree() -> None:
    text = ("Ausbildung\n----------\n\n10/2016 – 03/2022\n    **Promotion (Dr.-Ing.)**, Maschinenbau, Karlsruher Institut für Technologie (KIT)\n"
            "    Betreuer: Prof. Dr.-Ing. Ann Roe\n\n10/2013 – 09/2016\n    **Master of Science (M.Sc.)**, Werkstofftechnik, Universität Stuttgart\n"
            "    Abschlussnote: 1,3\n\n09/2011 – 02/2012\n    Auslandssemester (Erasmus), Politecnico di Milano, Mailand, Italien\n")
    got = [(e.institution, e.degree, e.start, e.end) for e in scholarscope.parse_text(text, format="rst").education]
    assert got == [("Karlsruher Institut für Technologie (KIT)", "Ph.D.", "2016-10", "2022-03"),
                   ("Universität Stuttgart", "M.Sc.", "2013-10", "2016-09"),
                   ("Politecnico di Milano", None, "2011-09", "2012-02")]


def test_more_degree_and_school_forms() -> None:
    got = _edu("- **Gadget University of Beirut**, B.E. in Widget Engineering, Sep 2016 – Jun 2020\n"
               "- 2016-2020 Dr. rer. nat. (PhD) in Physics, Technische Universitaet Muenchen, Germany\n"
               "- 2005-2009 Licenciatura in Civil Engineering, Universidade do Widget, Porto, Portugal\n")
    assert got == [("Gadget University of Beirut", "B.E."), ("Technische Universitaet Muenchen", "Ph.D."),
                   ("Universidade do Widget", "Licenciatura")]


def test_each_degree_written_above_its_school() -> None:
    text = ("Education\n\n**Ph.D. in Ecology**\nJagiellonian Widget University\n2012 – 2017\tKraków, Poland\n\n"
            "Thesis: Widgets in hay meadows. Advisor:\nProf. Ann Roe\n\n"
            "**M.Sc. in Environmental Biology**\nUniversity of Gadgets\n2010 – 2012\tWarsaw, Poland\n")
    got = [(e.institution, e.degree, e.start, e.end) for e in scholarscope.parse_text(text, format="md").education]
    assert got == [("Jagiellonian Widget University", "Ph.D.", "2012", "2017"),
                   ("University of Gadgets", "M.Sc.", "2010", "2012")]


def test_a_unit_before_its_school_and_notes_about_the_degree() -> None:
    text = ("Education\n\n2016 – 2021\tPh.D. in Computational Widgets\nGatsby Computational Widget Unit, University "
            "College London, London, UK\n\nPh.D. in Microbiology\tOctober 2012 – September 2016\nUniversité Widget Cité "
            "(doctoral work at Institut Gadget), Paris, France. Advisor: Dr. Ann Roe\n\n"
            "Dr. rer. nat. (Ph.D.) in Physics, Widget-Universität München 04/2015 – 09/2019\n"
            "Munich, Germany. Research at the Max Planck Institute of Widget Optics\n")
    got = [(e.institution, e.degree) for e in scholarscope.parse_text(text, format="txt").education]
    assert got == [("Gatsby Computational Widget Unit, University College London", "Ph.D."),
                   ("Université Widget Cité", "Ph.D."), ("Widget-Universität München", "Ph.D.")]


def test_a_bilingual_markdown_table() -> None:
    text = ("## 教育背景 Education\n\n| 时间 Period | 学校 Institution | 专业 / 学位 Major / Degree |\n|---|---|---|\n"
            "| 2012.09 – 2017.06 | 武汉大学 Widget University | 摄影测量 Photogrammetry，工学博士 Ph.D. |\n")
    got = [(e.institution, e.degree, e.start, e.end) for e in scholarscope.parse_text(text, format="md").education]
    assert got == [("Widget University", "Ph.D.", "2012-09", "2017-06")]


def test_portuguese_and_catalan_degrees_and_notes_after_the_school() -> None:
    import scholarscope
    text = ("# Formação acadêmica/titulação\n\n2012 - 2016\tDoutorado em Ciência Animal, Universidade Federal de Minas "
            "Gerais, Brasil\n\n# Education\n\n- Llicenciatura in Art History, Universitat de València, 2006\n"
            "- Ph.D. (Engineering), Department of Widgets, Tokyo Institute of Technology (Supervisor: Prof. Ann Roe), 2014\n"
            "- 10/2013 – 09/2016 Master of Science (M.Sc.), Werkstofftechnik, Universität Stuttgart Abschlussnote: 1,3\n")
    got = [(e.degree, e.institution, e.field) for e in scholarscope.parse_text(text, format="md").education]
    assert got[0] == ("Ph.D.", "Universidade Federal de Minas Gerais", "Ciência Animal")
    assert got[1][:2] == ("Llicenciatura", "Universitat de València")
    assert got[2][1] == "Tokyo Institute of Technology" and got[3][1] == "Universität Stuttgart"


def test_a_school_name_the_page_width_cut_goes_on_below() -> None:
    text = ("Education\n\nPh.D., Learning Sciences, Widget University, Eastfield, 2014–2019\n"
            "M.A., Mathematics Education, Teachers College, Columbia\nUniversity, New York, NY, 2012–2014\n"
            "B.A., University of Northwood\nReligious Studies, Asian Studies, 2010\n")
    got = [(e.degree, e.institution) for e in scholarscope.parse_text(text, format="txt").education]
    assert got == [("Ph.D.", "Widget University"), ("M.A.", "Teachers College, Columbia University"),
                   ("B.A.", "University of Northwood")]  # a short line ends where its author ended it


def test_french_and_italian_doctorates() -> None:
    text = "Formation\n\n2012 – 2015   Doctorat en informatique, Université de Widgetville\n"
    assert [e.degree for e in scholarscope.parse_text(text, format="txt").education] == ["Ph.D."]


def test_an_english_degree_with_its_national_name_in_brackets() -> None:
    """'B.Sc. (Licence) in Physics': the English short form leads, the French name is a gloss; 'Master of Science
    (M.Sc.)' gives its own short form."""
    text = ("Ann Roe\n\nEDUCATION\n\n2009–2012\tB.Sc. (Licence) in Physics, Widget University Lyon 1, Lyon, France\n"
            "2012–2014\tMaster of Science (M.Sc.) in Gadget Physics, Widget University, Paris, France\n")
    edu = scholarscope.parse_text(text, format="txt").education
    assert [(e.degree, e.field) for e in edu] == [("B.Sc.", "Physics"), ("M.Sc.", "Gadget Physics")]


def test_the_british_medical_degree() -> None:
    text = "Ann Roe\n\nDEGREES\n\nMBBS, Widget College London\t2002–2008\nMBChB, University of Gadgets\t2001–2006\n"
    assert [e.degree for e in scholarscope.parse_text(text, format="txt").education] == ["M.B.B.S.", "M.B.Ch.B."]


def test_swiss_and_german_doctorates_with_their_school_in_the_name() -> None:
    """'Dr. sc. ETH (PhD) in Robotics': the degree names its school and gives its own short form; the stop of
    'sc.' splits nothing, and the field follows the short form."""
    prof = scholarscope.parse_text("Education\n\n- Dr. sc. ETH (PhD) in Robotics, ETH Zurich, 2014 – 2019\n"
                                   "- Dr. sc. nat., University of Zurich, 2010\n", format="md")
    assert [(e.institution, e.degree, e.field) for e in prof.education] == [
        ("ETH Zurich", "Ph.D.", "Robotics"), ("University of Zurich", "Ph.D.", None)]
