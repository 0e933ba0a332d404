"""LaTeX CV classes and packages (curve, currvita, europecv/europasscv, mhchem) on invented documents."""
import scholarscope
from scholarscope.read.latex import read
from scholarscope.read.text import BOLD_OFF, BOLD_ON, strip_markup


def lines(src: str) -> list[str]:
    return [strip_markup(ln) for ln in read(src).text.split("\n") if ln.strip()]


CURVE = r"""\documentclass{curve}
\leftheader{{\Large\bfseries Tomas Quill}\\ Lecturer in Kite Science\\ Windy University}
\rightheader{\href{mailto:tq@example.org}{tq@example.org}\\ +44 20 5550 9876}
\title{Curriculum Vitae}
\begin{document}
\makeheaders[c]
\maketitle
\begin{rubric}{Education}
\entry*[2010--2014]%
  \textbf{Ph.D., Aerodynamics}, University of Leeds\newline
  Advisor: Prof.\ Ann Stone
\entry*[] A note without a key.
\end{rubric}
\begin{rubric}{Publications}
\subrubric{Journal Articles}
\entry*[2.] Quill, T.; Stone, A. Folding paper kites for windy days. \textit{J. Kites} \textbf{2021}, \textit{3}, 1--9.
\entry*[1.] Quill, T. Flying \ce{CO2} Kites. \textit{J. Kites} \textbf{2019}, \textit{1}, 5--8.
\subrubric{Patents}
\entry[P1.] Quill, T. A Kite Reel. U.S. Patent 1,234,567, 2020.
\end{rubric}
\begin{rubric}{Skills}
\entry*[Software] Python, {\em R}
\end{rubric}
\end{document}
"""


def test_curve_rubrics_entries_and_headers():
    ls = lines(CURVE)
    assert ls[:5] == ["Tomas Quill", "Lecturer in Kite Science", "Windy University", "tq@example.org <mailto:tq@example.org>",
                      "+44 20 5550 9876"]
    assert ls[5] == "# Education"
    assert ls[6] == "2010–2014\tPh.D., Aerodynamics, University of Leeds" and ls[7] == "Advisor: Prof. Ann Stone"
    assert ls[8] == "A note without a key."
    assert ls[9:12] == ["# Publications", "## Journal Articles", "2. Quill, T.; Stone, A. Folding paper kites for windy days. J. Kites 2021, 3, 1–9."]
    assert ls[12] == "1. Quill, T. Flying CO₂ Kites. J. Kites 2019, 1, 5–8."
    assert ls[13:15] == ["## Patents", "[P1] Quill, T. A Kite Reel. U.S. Patent 1,234,567, 2020."]
    assert ls[15:] == ["# Skills", "Software: Python, R"]
    assert f"{BOLD_ON}Ph.D., Aerodynamics{BOLD_OFF}" in read(CURVE).text
    assert "[c]" not in read(CURVE).text


def test_a_curve_cv_parses_into_person_education_and_numbered_entries():
    prof = scholarscope.parse_text(CURVE, format="tex")
    assert prof.person.name == "Tomas Quill" and prof.person.emails == ["tq@example.org"]
    assert [(e.degree, e.start, e.end) for e in prof.education] == [("Ph.D.", "2010", "2014")]
    assert [(p.index, p.year) for p in prof.publications[:2]] == [(2, 2021), (1, 2019)]
    assert prof.publications[0].authors == ["Quill, T.", "Stone, A."]


def test_another_class_entry_with_brace_arguments_keeps_them_as_text():
    ls = lines(r"\entry{2019}{Lecturer}{Windy University}{Teaching kites}")
    assert ls == ["2019, Lecturer, Windy University, Teaching kites"]


def test_a_user_defined_entry_macro_wins():
    assert lines(r"\newcommand{\entry}[1]{- #1}\entry{First}\par\entry{Second}") == ["- First", "- Second"]


def test_an_entry_stops_at_the_end_of_its_group_and_never_crashes():
    assert lines(r"{\entry*[1.] inside} outside") == ["1. inside", "outside"]
    for src in (r"\entry*[", r"\entry*[2.", r"\begin{rubric}{", r"\subrubric", r"\leftheader{x", r"\makeheaders[",
                r"\ce{", r"\ce{^{}"):
        assert isinstance(read(src).text, str)


def test_currvita_titles_are_headings():
    src = r"""\begin{document}
\begin{cv}{Ann Stone}
\begin{cvlist}{Education}
\item[2010--2014] Ph.D., University of Leeds
\end{cvlist}
\end{cv}
\end{document}"""
    assert lines(src) == ["# Ann Stone", "# Education", "- 2010–2014 Ph.D., University of Leeds"]


def test_europecv_sections_and_items():
    src = r"""\documentclass{europasscv}
\ecvname{Ann Stone}
\ecvemail{ann@example.org}
\begin{document}
\begin{europasscv}
\ecvsection{Work experience}
\ecvitem[10pt]{2015--2019}{Lecturer, Windy University}
\ecvitem{Occupation}{Kite designer}
\ecvtitle{2010--2014}{Ph.D. in Aerodynamics}
\end{europasscv}
\end{document}"""
    ls = lines(src)
    assert ls[0] == "# Ann Stone" and "ann@example.org" in ls[1]
    assert ls[2:] == ["# Work experience", "Lecturer, Windy University\t2015–2019", "Occupation: Kite designer",
                      "Ph.D. in Aerodynamics\t2010–2014"]


def test_mhchem_formulas():
    from scholarscope.read.latex_packages import chem_text

    assert [chem_text(f) for f in ("Zr6O4(OH)4", "2H2O", "SO4^{2-}", "^{13}C", "A -> B")] == \
        ["Zr₆O₄(OH)₄", "2H₂O", "SO₄²⁻", "¹³C", "A → B"]
    assert lines(r"UiO-66-\ce{NH2} and \cf{H2O}") == ["UiO-66-NH₂ and H₂O"]
