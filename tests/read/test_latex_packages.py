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


AWESOME = r"""\documentclass[11pt, a4paper]{awesome-cv}
\name{Mira}{Quell}
\mobile{(+1) 555 0101}
\email{mira@example.org}
\begin{document}
\makecvheader[C]
\makecvfooter
  {\today}
  {Mira Quell~~~·~~~Curriculum Vitae}
  {\thepage}
\cvsection{Experience}
\begin{cventries}
  \cventry
    {Kite Engineer} % Job title
    {Windy Works} % Organization
    {Leeds, UK} % Location
    {Jan. 2020 - Present} % Date(s)
    {
      \begin{cvitems} % Description(s)
        \item {Mentor: Dr. Ann Stone.}
      \end{cvitems}
    }
  \cventry
    {Research Assistant} % Job title
    {Calm Corp} % Organization
    {York, UK} % Location
    {2018 - 2019} % Date(s)
    {}
\end{cventries}
\cvsection{Publications}
\begin{cvparagraph}
\# equal contribution
\end{cvparagraph}
\begin{cventries}
  \cventry
    {Quell, M.\#, and Stone, A.\#} % Authors
    {Folding paper kites} % Title
    {\textit{J. Kites} \textit{3}, 1--9} % Journal
    {2021} % Year
    {}
\end{cventries}
\cvsection{Honors}
\begin{cvhonors}
  \cvhonor
    {Best Kite Prize} % Award
    {Kite Society} % Event
    {Leeds, UK} % Location
    {2022} % Date(s)
\end{cvhonors}
\cvsection{Skills}
\begin{cvskills}
  \cvskill
    {Software} % Category
    {Python, R} % Skills
\end{cvskills}
\end{document}
"""


def test_awesome_cv_entries_honors_skills_and_header():
    """Awesome-CV's five-argument \\cventry (arguments one per line, each with a comment) is written as the
    class prints it: title and location, then position and date, then the description's items as lines of
    the entry; \\makecvfooter is page furniture; a '\\#' that opens a line is a mark, not a heading."""
    text = read(AWESOME).text
    ls = lines(AWESOME)
    assert ls[0] == "# Mira Quell" and "Email: mira@example.org" in ls[1]
    assert "Curriculum Vitae" not in text
    i = ls.index("Windy Works\tLeeds, UK")
    assert ls[i + 1:i + 3] == ["Kite Engineer\tJan. 2020 - Present", "Mentor: Dr. Ann Stone."]
    assert f"{BOLD_ON}Windy Works{BOLD_OFF}" in text
    assert "\n\n" + BOLD_ON + "Calm Corp" in text  # an entry without a description still ends its block
    assert "Folding paper kites\tJ. Kites 3, 1–9" in ls and "Quell, M.#, and Stone, A.#\t2021" in ls
    assert not any(ln.startswith("#") and "equal contribution" in ln for ln in text.split("\n"))
    assert "Best Kite Prize, Kite Society\tLeeds, UK\t2022" in ls
    assert "Software\tPython, R" in ls
    prof = scholarscope.parse_text(AWESOME, "tex", "awesome.tex").to_dict()
    pub = prof["publications"][0]
    assert (pub["title"], pub["authors"], pub["venue_raw"], pub["year"]) == (
        "Folding paper kites", ["Quell, M.", "Stone, A."], "J. Kites", 2021)
    assert pub["equal_marked"] == [0, 1]
    assert [(p["org"], p["title"], p["start"], p["end"]) for p in prof["positions"]] == [
        ("Windy Works", "Kite Engineer", "2020-01", "present"), ("Calm Corp", "Research Assistant", "2018", "2019")]
    assert prof["skills"] == ["Python", "R"]


def test_moderncv_cventry_still_takes_six_arguments():
    src = r"""\documentclass{moderncv}
\begin{document}
\section{Education}
\cventry{2010--2014}{Ph.D.}{University of Leeds}{Leeds}{}{Advisor: Ann Stone}
\end{document}
"""
    assert lines(src)[-1] == "Ph.D., University of Leeds, Leeds. Advisor: Ann Stone\t2010–2014"
