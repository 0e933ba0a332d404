"""The owner's contact details: header lines, a name set as a heading, moderncv personal data."""
import scholarscope


def test_contacts_under_a_name_heading_and_not_from_prose() -> None:
    text = ("# Ada Widget\n\nProfessor of Widgets, Example University\n"
            "ada@example.edu | (555) 555-0199 | [adawidget.org](https://adawidget.org) | "
            "[GitHub](https://github.com/adaw)\n\n"
            "I study widgets with the [Widget Lab](https://widgetlab.example.org) and friends.\n\n"
            "# Publications\n\n1. A. Widget. Widgets. Nature, 2020.\n")
    person = scholarscope.parse_text(text, format="md").person
    assert person.name == "Ada Widget"
    assert person.emails == ["ada@example.edu"]
    assert person.phones == ["(555) 555-0199"]
    assert person.homepages == ["https://adawidget.org"]  # not the code host, not the lab linked in prose


def test_moderncv_personal_data_from_the_preamble() -> None:
    tex = (r"\documentclass{moderncv}\moderncvstyle{classic}\name{Ada}{Widget}"
           r"\phone[mobile]{+1~555~555~0199}\email{ada@example.edu}\homepage{www.adawidget.org}"
           "\n\\begin{document}\\makecvtitle\\section{Education}\\cventry{2010--2015}{Ph.D.}{Example University}{}{}{}"
           "\\end{document}\n")
    person = scholarscope.parse_text(tex, format="tex").person
    assert person.name == "Ada Widget"
    assert person.emails == ["ada@example.edu"] and person.phones == ["+1 555 555 0199"]
    assert person.homepages == ["www.adawidget.org"]


def test_home_page_greeting_gives_the_given_name_of_the_author_list_owner() -> None:
    text = ("# About\n\nHi, I'm Ada! I build widgets.\n\n## Papers\n\n"
            "1. **Widget A.**, Gadget B.: *Widgets at scale.* ICML 2020.\n"
            "2. Gadget B., **Widget A.**: *More widgets.* NeurIPS 2021.\n")
    assert scholarscope.parse_text(text, format="md").person.name == "Ada Widget"


def test_owner_name_in_capitals_or_after_a_german_academic_title() -> None:
    caps = scholarscope.parse_text("KWABENA ASANTE-WIDGET\n\nDepartment of Economics\n\nPLACEMENT DIRECTOR   Prof. Ann Roe\n\n"
                                   "EDUCATION\n\nPh.D. in Economics, Widget University, 2025\n", format="txt")
    assert caps.person.name == "Kwabena Asante-Widget"
    german = scholarscope.parse_text("Lebenslauf\n==========\n\nDr.-Ing. Johanna Widgetmann\n===========================\n\n"
                                     ":E-Mail: jw@example.de\n", format="rst")
    assert german.person.name == "Johanna Widgetmann"


def test_the_owner_is_found_whether_or_not_the_surname_particle_is_written_with_it() -> None:
    from scholarscope.parse.names import same_person

    assert same_person("Ní Bhriain, S.", "Siobhán Ní Bhriain") and same_person("Souza, A.", "Ana de Souza")
    assert not same_person("Lee, A.", "Ann Roe") and not same_person("Bhriain, T.", "Siobhán Ní Bhriain")


def test_a_name_hyphenated_in_a_narrow_header_column_is_joined() -> None:
    text = ("Ilse Wittgenbrock-Fal-\tDepartment of Widgets\nkenhausen\tExample University\n"
            "ilse@example.edu\n\nPublications\n\n1. I. Wittgenbrock-Falkenhausen. Widgets. Nature, 2020.\n")
    assert scholarscope.parse_text(text, format="txt").person.name == "Ilse Wittgenbrock-Falkenhausen"


def test_a_typographic_apostrophe_in_the_owner_name_is_the_plain_one() -> None:
    text = "Seán O’Hagan\n\nsean@example.edu\n\nPublications\n\n1. S. O’Hagan. Widgets. Nature, 2020.\n"
    assert scholarscope.parse_text(text, format="txt").person.name == "Seán O'Hagan"


def test_post_nominal_letters_after_the_name_are_no_part_of_it() -> None:
    """A British clinician writes 'Dr Ann Widget-Roe MBBS PhD MRCP' (degrees and memberships, no commas) as the title."""
    text = ("# Dr Ann Widget-Roe MBBS PhD MRCP\n\nDepartment of Widgets, Gadget University\n\n# Publications\n\n"
            "1.\tWidget-Roe A, Lee B. Widgets in gadgets. Widget J. 2024;1(2):3-4.\n")
    prof = scholarscope.parse_text(text, format="md")
    assert prof.person.name == "Ann Widget-Roe" and prof.publications[0].self_index == 0


def test_the_front_matter_names_the_owner_of_a_markdown_cv() -> None:
    rmd = ("---\ntitle: \"Ada Roe's CV\"\nauthor: Ada Roe\noutput: pagedown::html_resume\n---\n\n"
           "Aside\n=====\n\n- ada@roe.example\n\nMain\n====\n\n## Ada Roe {#title}\n\n## Publications\n\n"
           "1. **Roe A**, Lee B. Widget maps. Nature. 2024.\n")
    assert scholarscope.parse_text(rmd, format="md").person.name == "Ada Roe"
    vitae = "---\nname: Marie\nsurname: Widget-Curie\nposition: Professor\n---\n\n# Publications\n\n1. Roe, A. Gadgets. 2020.\n"
    assert scholarscope.parse_text(vitae, format="md").person.name == "Marie Widget-Curie"
