"""LaTeX reader: small inline documents covering what real CVs use."""
from scholarscope.read.latex import read
from scholarscope.read.text import BOLD_OFF, BOLD_ON, ITAL_OFF, ITAL_ON, strip_markup


def lines(src: str) -> list[str]:
    return [ln for ln in read(src).text.split("\n") if ln.strip()]


def test_accents_and_escapes():
    t = read(r"Pietrzy\'{n}ski, Ko\l{}aczkowski, {\o}ster, \v{z}ena, \AA gren, Uzunovi\'c, \"Ozt\"urk, Fran\c{c}ois \& co, 5\% --- ok -- 2019 ``quoted''").text
    assert "Pietrzyński" in t and "Kołaczkowski" in t and "øster" in t and "žena" in t
    assert "Ågren" in t and "Uzunović" in t and "Öztürk" in t and "François & co" in t
    assert "5%" in t and "—" in t and "–" in t and "“quoted”" in t


def test_comments_dropped_but_escaped_percent_kept():
    t = read("Visible 50\\% % secret comment\n%\\item hidden\nnext").text
    assert "Visible 50%" in t and "next" in t
    assert "secret" not in t and "hidden" not in t


def test_sections_items_bold_italic_links():
    src = r"""\documentclass{article}
\begin{document}
\section*{Publications}
\begin{enumerate}
  \item \textbf{Doe, J.}, Roe, R.: \href{https://doi.org/10.1/x}{\textit{A title}}, \emph{Nature}, 2020
  \item {\bf Doe, J.} and {\it Other} \url{https://example.org/a_b}
\end{enumerate}
\end{document}"""
    ls = lines(src)
    assert ls[0] == "# Publications"
    assert ls[1].startswith("1. " + BOLD_ON + "Doe, J." + BOLD_OFF)
    assert ITAL_ON + "A title" + ITAL_OFF + " <https://doi.org/10.1/x>" in ls[1]
    assert ITAL_ON + "Nature" + ITAL_OFF in ls[1]
    assert ls[2].startswith("2. " + BOLD_ON + "Doe, J." + BOLD_OFF)
    assert "<https://example.org/a_b>" in ls[2]


def test_etaremune_counts_down_and_item_label_kept():
    src = r"""\begin{etaremune}
\item First
\item Second
\item Third
\end{etaremune}
\begin{itemize}\item[$\dagger$] Talk\end{itemize}"""
    ls = lines(src)
    assert ls[:3] == ["3. First", "2. Second", "1. Third"]
    assert ls[3] == "- † Talk"


def test_custom_macro_wrapping_entries_gives_date_column():
    src = r"""\newcommand{\datedentry}[2]{\par\parbox[t]{0.9\linewidth}{#2}\hfill#1}
\newcommand{\publication}[4]{\item #1, ``#2,'' \textit{#3}, #4.}
\begin{document}
\section{Publications}
\datedentry{2022}{\href{https://doi.org/10.1/y}{Gender sorting}, \emph{Economics Letters}}
\begin{enumerate}
\publication{He J. and \textbf{Tiamiyu A.T.}}{Neural networks}{Physica A}{2025}
\end{enumerate}
\end{document}"""
    ls = lines(src)
    assert ls[1] == "Gender sorting <https://doi.org/10.1/y>, " + ITAL_ON + "Economics Letters" + ITAL_OFF + "\t2022"
    assert ls[2].startswith("1. He J. and " + BOLD_ON + "Tiamiyu A.T." + BOLD_OFF + ", “Neural networks,”")


def test_moderncv_name_cventry_cvitem():
    src = r"""\documentclass{moderncv}
\name{Fabi\'an}{Belmar}
\begin{document}
\makecvtitle
\section{Education}
\cventry{2020--2025}{PhD}{Universidad}{Chile}{}{Thesis on X}
\section{Articles}
\cvitem{2025}{\textbf{Belmar, F.}, \& Mascare\~no, A. Corruption. \textit{Societies}.}
\end{document}"""
    ls = lines(src)
    assert ls[0] == "# Fabián Belmar"
    assert ls[2] == BOLD_ON + "PhD" + BOLD_OFF + ", " + ITAL_ON + "Universidad" + ITAL_OFF + ", Chile. Thesis on X\t2020–2025"
    assert ls[4].endswith("\t2025") and "Mascareño" in ls[4]


def test_math_in_titles_and_superscript_markers():
    t = read(r"Pulsations with masses $M < 20 M_\odot$ by Smith$^\ast$, Doe$^{*}$, Roe\textsuperscript{*} and Poe$^\dagger$ \dag").text
    assert "M < 20 M_⊙" in t
    assert "Smith*" in t and "Doe*" in t and "Roe*" in t and "Poe†" in t and t.rstrip().endswith("†")


def test_tabular_rows_and_line_breaks():
    src = r"""\begin{tabular}{LR}
2019 -- & Assistant Professor \\[0.5ex]
 & Mentor: A. B. \\
\end{tabular}
Line one\\ Line two"""
    ls = lines(src)
    assert ls[0] == "2019 –\tAssistant Professor"
    assert ls[1] == "\tMentor: A. B."
    assert ls[2:] == ["Line one", "Line two"]


def test_commented_blocks_iffalse_comment_env():
    src = "Keep\n\\iffalse\nHidden one\n\\fi\n\\begin{comment}\nHidden two\n\\end{comment}\nAlso kept"
    t = read(src).text
    assert "Keep" in t and "Also kept" in t and "Hidden" not in t


def test_margin_heading_macro_and_unknown_macros():
    src = r"""\newcommand{\mhead}[1]{\leavevmode\marginpar{\sffamily\footnotesize #1}}
\begin{document}
\mhead{Research \newline Experience}%
\cvsection{Teaching}
Some \unknownmacro{kept text} here \faGlobe\ and \textcolor{red}{red}
\end{document}"""
    ls = lines(src)
    assert ls[0] == "# Research Experience"
    assert ls[1] == "# Teaching"
    assert ls[2] == "Some kept text here and red"


def test_author_from_preamble_and_rsection():
    src = r"""\author{Jane Q. Doe}
\begin{document}
\begin{rSection}{Education}
PhD \hfill 2010
\end{rSection}
\end{document}"""
    ls = lines(src)
    assert ls[0] == "# Jane Q. Doe"
    assert ls[1] == "# Education"
    assert ls[2] == "PhD\t2010"


def test_anchors_point_back_to_source():
    src = "\\section{A}\n\\begin{itemize}\n\\item one\n\\item two\n\\end{itemize}\n"
    t = read(src)
    k = t.text.index("- two")
    assert src[t.source_offset(k):].startswith("\\item two")


def test_recursive_macro_and_malformed_input_do_not_hang():
    t = read(r"\def\a{\a x}\a \newcommand{\b}[1]{\b{#1}}\b{y} {\textbf{unclosed \href{u")
    assert isinstance(t.text, str)
    assert strip_markup(read(r"\begin{itemize}\item a").text).strip() == "- a"
