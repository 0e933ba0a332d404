"""38: a **Deedy résumé** (the two-column "deedy-resume" LaTeX template, OpenFont version) compiled with **XeLaTeX +
fontspec** (Raleway for headings and dates, Fira Sans Light/Thin standing in for the template's Lato): a centred
`\\namesection` (first name thin, last name light, 40 pt) over a contact line with `|` separators; then on each page
**two side-by-side minipages** (0.33 / 0.66 of the width, not a multicol: the left one is extracted whole before the
right one): left Education (institution upper-cased by the template's `\\uppercase`, degree, "Expected Jun 2026 |
Seattle, WA" in Raleway small caps, advisor and GPA lines), Links ("Github:// roya"), Coursework, Skills ("Over 5000
lines:" / "Familiar:" with `•` separators); right Experience and Research (`\\runsubsection{COMPANY}` +
`\\descript{| Title}` on one line, date | place line, tight bullets), Awards (a year | name tabular). Page 2 repeats the
pair: left Teaching and Languages, right **Publications** in upper-cased sub-sections (Journal Articles, Conference and
Workshop Papers, Preprints, Software), entries as tight bullets with the owner bold, `*` equal contribution (legend),
`\\href` "[pdf]" / "[code]" labels. Biostatistics (PhD student)."""
from make_native import pub, owner_index, edu, pos, gold, compile_tex

STEM = "38_oyarzun-biostatistics-deedy"
ME = "R. Oyarzún"
PERSON = {"name": "Rafael Oyarzún", "emails": ["roya@uw.edu"], "phones": ["206.555.0143"],
          "homepages": ["https://roya.github.io"]}
JA, CW, PR, SW = "journal articles", "conference and workshop papers", "preprints", "software"
HEAD = {JA: "Journal Articles", CW: "Conference and Workshop Papers", PR: "Preprints", SW: "Software"}
# (section, authors (* = equal), title, venue TeX tail, year, links, gold dict)
PUBS = [
    (JA, [ME, "H. Varga"], "Doubly robust estimation of treatment effects with informative censoring",
     r"\textit{Biometrics}, 81(1):ujae152, 2025.", 2025,
     ["https://doi.org/10.1093/biomtc/ujae152", "https://github.com/roya/drsurv"],
     dict(venue="Biometrics", note="81(1):ujae152")),
    (JA, [ME + "*", "M. Chen-Adebayo*", "H. Varga"],
     "Bayesian hierarchical models for small-area COVID-19 excess mortality in Chile",
     r"\textit{Annals of Applied Statistics}, 18(3):2201--2224, 2024.", 2024,
     ["https://doi.org/10.1214/24-AOAS1902"], dict(venue="Annals of Applied Statistics", note="18(3):2201–2224")),
    (JA, ["M. Chen-Adebayo", ME, "P. Delacroix-Ng", "H. Varga"],
     "Sensitivity analysis for unmeasured confounding in target trial emulation",
     r"\textit{Statistics in Medicine}, 43(12):2311--2330, 2024.", 2024, [],
     dict(venue="Statistics in Medicine", note="43(12):2311–2330")),
    (JA, ["T. Riveros", ME], "Spatio-temporal modelling of PM2.5 exposure in Santiago using low-cost sensors",
     r"\textit{Environmetrics}, 32(6):e2687, 2021.", 2021, [], dict(venue="Environmetrics", note="32(6):e2687")),
    (JA, [ME, "T. Riveros", "C. Fuentealba"], "Estimación del subregistro de dengue en Chile mediante captura–recaptura",
     r"\textit{Revista Médica de Chile}, 149(4):512--520, 2021. (in Spanish)", 2021, [],
     dict(venue="Revista Médica de Chile", note="149(4):512–520; (in Spanish)")),
    (CW, [ME, "K. Nakashima", "H. Varga"], "Conformal prediction intervals for survival outcomes under covariate shift",
     r"In \textit{AISTATS 2025}. \textbf{(Oral)}", 2025,
     ["https://proceedings.mlr.press/v258/oyarzun25a.html", "https://github.com/roya/conformalsurv"],
     dict(venue="AISTATS", venue_raw="AISTATS 2025", type="conference", flags=["oral"])),
    (CW, ["K. Nakashima", ME], "Calibrated uncertainty for clinical risk scores under dataset shift",
     r"In \textit{Machine Learning for Health (ML4H) Symposium 2023}.", 2023, [],
     dict(venue="ML4H", venue_raw="Machine Learning for Health (ML4H) Symposium 2023", type="conference")),
    (CW, [ME, "H. Varga"], "Off-policy evaluation with time-varying confounding",
     r"\textit{NeurIPS 2024 Workshop on Causality and Large Models}.", 2024,
     ["https://openreview.net/forum?id=Xk3pQ9vLm2"],
     dict(venue="NeurIPS", venue_raw="NeurIPS 2024 Workshop on Causality and Large Models", type="workshop",
          flags=["workshop"])),
    (PR, [ME, "H. Varga"], "Efficient influence functions for regression discontinuity with fuzzy cutoffs",
     r"arXiv:2502.01187, 2025.", 2025, ["https://arxiv.org/abs/2502.01187"],
     dict(venue="arXiv", venue_raw="arXiv:2502.01187", type="preprint")),
    (PR, ["P. Delacroix-Ng", ME, "H. Varga"], "Transporting trial results to Medicaid populations with survey weights",
     r"\textit{medRxiv}, 2024. Under review at \textit{American Journal of Epidemiology}.", 2024, [],
     dict(venue="medRxiv", type="preprint", flags=["under_review"],
          note="Under review at American Journal of Epidemiology.")),
    (SW, [ME], "drsurv: Doubly robust survival analysis",
     r"R package version 0.3.1, \textit{CRAN}, 2024.", 2024, ["https://CRAN.R-project.org/package=drsurv"],
     dict(venue="CRAN", type="other", note="R package version 0.3.1")),
    (SW, [ME, "K. Nakashima"], "conformalsurv: Conformal inference for time-to-event data",
     r"Python package, \textit{PyPI}, 2025.", 2025, ["https://pypi.org/project/conformalsurv/"],
     dict(venue="PyPI", type="other", note="Python package")),
]
EDU = [
    ("University of Washington", "PhD in Biostatistics", "Expected Jun 2026 | Seattle, WA",
     ["Advisor: Prof. Helena Varga", "Cum. GPA: 3.96 / 4.0"],
     edu("University of Washington", "Ph.D.", "Biostatistics", None, "2026-06", expected=True,
         advisor="Prof. Helena Varga", gpa="3.96 / 4.0", location="Seattle, WA")),
    ("Pontificia Universidad Católica de Chile", "BS in Statistics", "Grad. Dec 2019 | Santiago, Chile",
     ["Minor in Computer Science", "Cum. GPA: 6.6 / 7.0"],
     edu("Pontificia Universidad Católica de Chile", "B.S.", "Statistics", None, "2019-12", gpa="6.6 / 7.0",
         location="Santiago, Chile")),
]
EXPERIENCE = [
    ("Genentech", "Biostatistics Intern", "Jun 2024 – Sep 2024 | South San Francisco, CA",
     ["Mentor: Dr. Priya Anand. Built a covariate-adjusted estimator library for oncology trials; adopted by two study teams.",
      "Simulation study of estimands under intercurrent events (ICH E9(R1)) for a phase III filing."],
     pos("Genentech", "Biostatistics Intern", "2024-06", "2024-09", "internship", location="South San Francisco, CA",
         supervisor="Dr. Priya Anand")),
    ("Ministerio de Salud de Chile", "Data Analyst", "Jan 2020 – Jul 2021 | Santiago, Chile",
     ["Excess-mortality dashboard for the COVID-19 advisory board (weekly, 346 communes).",
      "Record linkage of death certificates and hospital discharges (12M records)."],
     pos("Ministerio de Salud de Chile", "Data Analyst", "2020-01", "2021-07", "job", location="Santiago, Chile")),
]
RESEARCH = [
    ("Department of Biostatistics, University of Washington", "Graduate Research Assistant",
     "Sep 2021 – Present | Seattle, WA",
     ["Advisor: Prof. Helena Varga. Causal inference with censored outcomes; conformal methods for survival."],
     pos("Department of Biostatistics, University of Washington", "Graduate Research Assistant", "2021-09", "present",
         "research", location="Seattle, WA", supervisor="Prof. Helena Varga")),
    ("Pontificia Universidad Católica de Chile", "Undergraduate Research Assistant", "Mar 2018 – Dec 2019 | Santiago, Chile",
     ["With Prof. Tomás Riveros: spatio-temporal air-pollution models from low-cost sensor networks."],
     pos("Pontificia Universidad Católica de Chile", "Undergraduate Research Assistant", "2018-03", "2019-12", "research",
         location="Santiago, Chile")),
]
TEACHING = [("University of Washington", "Teaching Assistant", "2022 – 2023 | Seattle, WA",
             ["BIOST 514 Biostatistics I", "BIOST 515 Biostatistics II"],
             pos("University of Washington", "Teaching Assistant", "2022", "2023", "teaching", location="Seattle, WA"))]
AWARDS = [("2024", "Student Paper Award, ASA Section on Statistics in Epidemiology"),
          ("2023", "ENAR Distinguished Student Paper Award"),
          ("2021", "Fulbright Foreign Student Program Scholarship"),
          ("2019", "Best Undergraduate Thesis in Statistics, PUC Chile")]
SKILLS_5000 = ["R", "Python", "Stan", "SQL"]
SKILLS_FAM = ["Julia", "C++", "JAGS", "Git"]
LANGS = ["Spanish (native)", "English (fluent)"]


def tex(s):
    return s.replace("&", r"\&").replace("%", r"\%").replace("#", r"\#").replace("_", r"\_")


def names_tex(authors):
    out = []
    for a in authors:
        core, star = (a[:-1], "*") if a.endswith("*") else (a, "")
        out.append((r"\textbf{%s}" % core if core == ME else core) + star)
    return ", ".join(out)


PREAMBLE = r"""\documentclass[letterpaper]{article}
\usepackage[hmargin=1.25cm, vmargin=0.75cm]{geometry}
\usepackage[usenames,dvipsnames]{xcolor}
\usepackage{hyperref}
\hypersetup{colorlinks=true, urlcolor=black, linkcolor=black}
\usepackage{titlesec}
\usepackage{fontspec}
\usepackage{enumitem}
\pagestyle{empty}
\definecolor{date}{HTML}{666666}
\definecolor{primary}{HTML}{2b2b2b}
\definecolor{headings}{HTML}{6A6A6A}
\definecolor{subheadings}{HTML}{333333}
\setmainfont{FiraSans}[Extension=.otf, UprightFont=*-Light, BoldFont=*-Regular, ItalicFont=*-LightItalic,
  BoldItalicFont=*-Italic, Color=primary]
\newfontfamily\ralewaymedium{Raleway}[Extension=.otf, UprightFont=*-Medium]
\newfontfamily\ralewayreg{Raleway}[Extension=.otf, UprightFont=*-Regular]
\newfontfamily\firathin{FiraSans}[Extension=.otf, UprightFont=*-Thin]
\newfontfamily\firalight{FiraSans}[Extension=.otf, UprightFont=*-Light]
\newfontfamily\firabold{FiraSans}[Extension=.otf, UprightFont=*-Regular]
\newcommand{\namesection}[3]{
  \centering{\fontsize{40pt}{60pt}\firathin\selectfont #1 \firalight\selectfont #2}\\[5pt]
  \centering{\color{headings}\ralewaymedium\fontsize{11pt}{14pt}\selectfont #3}
  \noindent\makebox[\linewidth]{\color{headings}\rule{\paperwidth}{0.4pt}}\vspace{-15pt}}
\titlespacing{\section}{0pt}{0pt}{0pt}
\titleformat{\section}{\color{headings}\scshape\firalight\fontsize{16pt}{24pt}\selectfont\raggedright\uppercase}{}{0em}{}
\titleformat{\subsection}{\color{subheadings}\firabold\fontsize{12pt}{12pt}\selectfont\bfseries\raggedright\uppercase}{}{0em}{}
\titlespacing{\subsection}{0pt}{\parskip}{-\parskip}
\titlespacing{\subsubsection}{0pt}{\parskip}{-\parskip}
\newcommand{\runsubsection}[1]{\color{subheadings}\firabold\fontsize{12pt}{12pt}\selectfont\bfseries\uppercase{#1}\normalfont}
\newcommand{\descript}[1]{\color{subheadings}\raggedright\scshape\ralewayreg\fontsize{11pt}{13pt}\selectfont{#1\\}\normalfont}
\newcommand{\location}[1]{\color{headings}\raggedright\scshape\ralewaymedium\fontsize{10pt}{12pt}\selectfont{#1\\}\normalfont}
\newcommand{\sectionsep}{\vspace{8pt}}
\newenvironment{tightemize}{\begin{itemize}[topsep=1pt,itemsep=1pt,parsep=0pt,partopsep=0pt]}{\end{itemize}}
\begin{document}
"""


def build(out_dir):
    L = [PREAMBLE]
    L.append(r"\namesection{Rafael}{Oyarzún}{\urlstyle{same}\href{https://roya.github.io}{roya.github.io} | "
             r"\href{mailto:roya@uw.edu}{roya@uw.edu} | 206.555.0143}")
    # page 1, left column
    L.append(r"\begin{minipage}[t]{0.33\textwidth}")
    L.append(r"\section{Education}")
    for inst, deg, loc, lines, _ in EDU:
        L.append(r"\subsection{%s}" % inst)
        L.append(r"\descript{%s}" % deg)
        L.append(r"\location{%s}" % loc)
        L.append(r" \\ ".join(lines) + r" \\")
        L.append(r"\sectionsep")
    L.append(r"\section{Links}")
    L.append(r"Github:// \href{https://github.com/roya}{\textbf{roya}} \\")
    L.append(r"LinkedIn:// \href{https://www.linkedin.com/in/rafael-oyarzun}{\textbf{rafael-oyarzun}} \\")
    L.append(r"\sectionsep")
    L.append(r"\section{Coursework}")
    L.append(r"\subsection{Graduate}")
    L.append(r"Advanced Probability \textbullet{} Semiparametric Theory \\ Causal Inference \textbullet{} "
             r"Survival Analysis \\ Bayesian Computation \\")
    L.append(r"\sectionsep")
    L.append(r"\subsection{Undergraduate}")
    L.append(r"Linear Models \textbullet{} Sampling \\ Data Structures \textbullet{} Numerical Analysis \\")
    L.append(r"\sectionsep")
    L.append(r"\section{Skills}")
    L.append(r"\subsection{Programming}")
    L.append(r"\location{Over 5000 lines:}")
    L.append(r" \textbullet{} ".join(SKILLS_5000) + r" \\")
    L.append(r"\location{Familiar:}")
    L.append(r" \textbullet{} ".join(SKILLS_FAM) + r" \\")
    L.append(r"\end{minipage}")
    L.append(r"\hfill")
    # page 1, right column
    L.append(r"\begin{minipage}[t]{0.66\textwidth}")
    L.append(r"\section{Experience}")
    for org, title, loc, items, _ in EXPERIENCE:
        L.append(r"\runsubsection{%s}" % org)
        L.append(r"\descript{| %s}" % title)
        L.append(r"\location{%s}" % loc)
        L.append(r"\begin{tightemize}" + "".join(r"\item %s " % tex(i) for i in items) + r"\end{tightemize}")
        L.append(r"\sectionsep")
    L.append(r"\section{Research}")
    for org, title, loc, items, _ in RESEARCH:
        L.append(r"\runsubsection{%s}" % org)
        L.append(r"\descript{| %s}" % title)
        L.append(r"\location{%s}" % loc)
        L.append(r"\begin{tightemize}" + "".join(r"\item %s " % tex(i) for i in items) + r"\end{tightemize}")
        L.append(r"\sectionsep")
    L.append(r"\section{Awards}")
    L.append(r"\begin{tabular}{rll}")
    L.append("\n".join(r"%s & %s \\" % (y, tex(n)) for y, n in AWARDS))
    L.append(r"\end{tabular}")
    L.append(r"\sectionsep")
    L.append(r"\end{minipage}")
    L.append(r"\newpage")
    # page 2
    L.append(r"\begin{minipage}[t]{0.33\textwidth}")
    L.append(r"\section{Teaching}")
    for org, title, loc, items, _ in TEACHING:
        L.append(r"\subsection{%s}" % org)
        L.append(r"\descript{%s}" % title)
        L.append(r"\location{%s}" % loc)
        L.append(r" \\ ".join(items) + r" \\")
    L.append(r"\sectionsep")
    L.append(r"\section{Service}")
    L.append(r"Reviewer: Biometrics, Statistics in Medicine \\ Student rep., UW Biostatistics (2023--24) \\")
    L.append(r"\sectionsep")
    L.append(r"\section{Languages}")
    L.append(r" \\ ".join(LANGS) + r" \\")
    L.append(r"\end{minipage}")
    L.append(r"\hfill")
    L.append(r"\begin{minipage}[t]{0.66\textwidth}")
    L.append(r"\section{Publications}")
    L.append(r"{\small * equal contribution}\\")
    pubs, cur, n = [], None, 0
    for sec, authors, title, tail, year, links, g in PUBS:
        if sec != cur:
            if cur is not None:
                L.append(r"\end{tightemize}\sectionsep")
            L.append(r"\runsubsection{%s}\\" % HEAD[sec])
            L.append(r"\begin{tightemize}")
            cur, n = sec, 0
        n += 1
        lk = ""
        if links:
            labels = ["[pdf]", "[code]"] if len(links) == 2 else (["[code]"] if "pypi" in links[0] or "CRAN" in links[0]
                                                                   else ["[pdf]"])
            lk = " " + " ".join(r"\href{%s}{%s}" % (u, t) for u, t in zip(links, labels))
        L.append(r"\item %s. ``%s.'' %s%s" % (names_tex(authors), tex(title), tail, lk))
        clean = [a.rstrip("*") for a in authors]
        eq = [k for k, a in enumerate(authors) if a.endswith("*")]
        note = g.get("note")
        if eq:
            note = (note + "; " if note else "") + "* equal contribution (legend)"
        if "Oral" in tail:
            note = (note + "; " if note else "") + "(Oral)"
        doi = next((u.split("doi.org/")[1] for u in links if "doi.org/" in u), None)
        pubs.append(pub(sec, n, title, clean, g["venue"], g.get("venue_raw", g["venue"]), year, g.get("type", "journal"),
                        flags=g.get("flags", ()), links=links, note=note, doi=doi,
                        self_index=owner_index(clean, {ME}), eq=eq))
    L.append(r"\end{tightemize}")
    L.append(r"\end{minipage}")
    L.append(r"\end{document}")
    compile_tex("\n".join(L) + "\n", STEM, out_dir, engine="xelatex")
    positions = [e[-1] for e in EXPERIENCE] + [r[-1] for r in RESEARCH] + [t[-1] for t in TEACHING]
    return gold(f"{STEM}.pdf", PERSON, [e[-1] for e in EDU], positions, pubs,
                [{"name": n_, "date": None} for _, n_ in AWARDS], SKILLS_5000 + SKILLS_FAM + LANGS)
