"""25: robotics / legged locomotion CV (PDF, pdfTeX) in the **AltaCV** look, written with `paracol` and TikZ: a header
across the page (name, tagline, a contact line of **Font Awesome 5 icons** `\\faEnvelope`, `\\faPhone`, `\\faGlobe`,
`\\faGithub`, `\\faMapMarker*`, a TikZ initials "photo" circle), then two columns with the **sidebar on the right**
(shaded; research-interest and skill **TikZ tag boxes**, languages with **TikZ rating dots**, awards with a
`\\faTrophy` icon) and the main column on the left (AltaCV events: bold title, coloured org, `\\faCalendar` dates and
`\\faMapMarker*` place). Sidebar text is typeset after the main column of each page in the content stream. Lato (T1
Type 1). Publications: three-line, **title-first** entries with typed labels `[C8]`…`[C1]`, `[J4]`…`[J1]`, `[W2]`,
`[W1]`, `[P1]`: bold title / authors with the owner bold and `*` equal contribution (legend) / italic venue, year,
then **icon-only hyperlinks** (`\\faFilePdf` paper, `\\faGithub` code, `\\faYoutube` video, `\\faLink` DOI) and a
`\\faTrophy` "Best Paper Award" or an "Oral" tag. Teaching and service are not annotated."""
from make_native import pub, owner_index, edu, pos, gold, compile_tex

STEM = "25_ferreyra-robotics-altacv"
ME = "S. Ferreyra"
OWNER = {ME}
PERSON = {"name": "Sebastián Ferreyra", "emails": ["sferreyra@ethz.ch"], "phones": ["+41 44 632 18 07"],
          "homepages": ["https://sferreyra.github.io"]}


def tex(s: str) -> str:
    return s.replace("&", r"\&").replace("%", r"\%").replace("#", r"\#").replace("_", r"\_")


# (gold, title, org line, dates, place, extra line)
POS = [
    (pos("Robotic Systems Lab, ETH Zürich", "Postdoctoral Researcher", "2023-03", "present", "research",
         location="Zürich, Switzerland", supervisor="Prof. Dr. Anna Gruber"),
     "Postdoctoral Researcher", "Robotic Systems Lab, ETH Zürich", "Mar 2023 -- present", "Zürich, Switzerland",
     "Host: Prof. Dr. Anna Gruber. Learning-based whole-body control for quadrupeds with arms."),
    (pos("NVIDIA Research", "Research Intern", "2021-05", "2021-08", "internship", location="Seattle, WA, USA",
         supervisor="Dr. Kenji Sato"),
     "Research Intern", "NVIDIA Research", "May 2021 -- Aug 2021", "Seattle, WA, USA",
     "Mentor: Dr. Kenji Sato. GPU-parallel simulation for contact-rich locomotion."),
    (pos("The Robotics Institute, Carnegie Mellon University", "Graduate Research Assistant", "2017-08", "2023-02",
         "research", location="Pittsburgh, PA, USA"),
     "Graduate Research Assistant", "The Robotics Institute, Carnegie Mellon University", "Aug 2017 -- Feb 2023",
     "Pittsburgh, PA, USA", None),
    (pos("Satellogic", "Software Engineer", "2015-01", "2017-07", "job", location="Buenos Aires, Argentina"),
     "Software Engineer", "Satellogic", "Jan 2015 -- Jul 2017", "Buenos Aires, Argentina",
     "Attitude control software for small Earth-observation satellites."),
]
EDU = [
    (edu("Carnegie Mellon University", "Ph.D.", "Robotics", "2017-08", "2023-02", advisor="Prof. Helen Lindqvist",
         location="Pittsburgh, PA, USA"),
     "Ph.D. in Robotics", "Carnegie Mellon University", "Aug 2017 -- Feb 2023", "Pittsburgh, PA, USA",
     "Thesis: Contact-implicit planning for agile legged locomotion. Advisor: Prof. Helen Lindqvist"),
    (edu("Universidad de Buenos Aires", "B.Eng.", "Electronic Engineering", "2009-03", "2014-12", gpa="9.1/10",
         location="Buenos Aires, Argentina"),
     "B.Eng. in Electronic Engineering", "Universidad de Buenos Aires", "Mar 2009 -- Dec 2014", "Buenos Aires, Argentina",
     "GPA: 9.1/10, graduated with honours"),
]
AWARDS = [("RSS Best Paper Award", "2024"), ("ETH Zurich Postdoctoral Fellowship", "2023"),
          ("CMU Presidential Fellowship", "2019"), ("Fulbright Scholarship", "2017")]
INTERESTS = ["legged locomotion", "contact-rich planning", "reinforcement learning", "sim-to-real", "loco-manipulation"]
SKILLS = ["Python", "C++", "PyTorch", "JAX", "ROS 2", "MuJoCo", "Isaac Gym", "Pinocchio"]
LANGS = [("Spanish (native)", 5), ("English (fluent)", 4), ("German (basic)", 2)]

C, J, W, P = "conference papers", "journal articles", "workshop papers", "preprints"
HEADS = {C: "Conference Papers", J: "Journal Articles", W: "Workshop Papers", P: "Preprints"}
LAB = {C: "C", J: "J", W: "W", P: "P"}
GH, YT, AX = "https://github.com/sferreyra/", "https://youtu.be/", "https://arxiv.org/abs/"
# (section, number, title, authors, eq, venue as printed (italic), year, extra text, links [(icon, url)], gold)
ENTRIES = [
    (C, 8, "Terrain-aware foothold adaptation with differentiable contact models",
     [ME, "L. Brandt", "A. Gruber"], (), "IEEE International Conference on Robotics and Automation (ICRA)", 2025, None,
     [("faFilePdf", AX + "2409.08812"), ("faGithub", GH + "foothold-diff")], dict(venue="ICRA", type="conference")),
    (C, 7, "Learning agile loco-manipulation from a single human video",
     ["J. Nakashima", ME, "D. Ivanova", "A. Gruber"], (0, 1), "Conference on Robot Learning (CoRL)", 2024, "Oral",
     [("faFilePdf", AX + "2407.01523"), ("faYoutube", YT + "q8LmR2cVt0s")],
     dict(venue="CoRL", type="conference", flags=["oral"])),
    (C, 6, "Contact-implicit model predictive control for quadrupeds on deformable terrain",
     [ME, "R. Kellner", "H. Lindqvist"], (), "Robotics: Science and Systems (RSS)", 2024, "Best Paper Award",
     [("faFilePdf", AX + "2405.11460"), ("faGithub", GH + "ci-mpc"), ("faYoutube", YT + "Zt3pW0aQe1M")],
     dict(venue="RSS", type="conference", flags=["best_paper"])),
    (C, 5, "Proprioceptive slip detection for legged robots on ice",
     ["P. Okafor", ME, "H. Lindqvist"], (), "IEEE/RSJ International Conference on Intelligent Robots and Systems (IROS)",
     2023, None, [("faFilePdf", AX + "2303.09917")], dict(venue="IROS", type="conference")),
    (C, 4, "Whole-body teleoperation of a humanoid with a low-cost exoskeleton",
     ["M. Castellanos", "E. Moreau", ME, "H. Lindqvist"], (), "IEEE-RAS International Conference on Humanoid Robots (Humanoids)",
     2023, None, [("faYoutube", YT + "H1pKe7wYx2c")], dict(venue="Humanoids", type="conference")),
    (C, 3, "Sampling-based gait discovery with learned terrain priors",
     [ME, "H. Lindqvist"], (), "IEEE International Conference on Robotics and Automation (ICRA)", 2022, None,
     [("faFilePdf", AX + "2110.04471"), ("faGithub", GH + "gait-prior")], dict(venue="ICRA", type="conference")),
    (C, 2, "Fast contact-implicit trajectory optimization via complementarity relaxation",
     [ME, "T. Baptiste", "H. Lindqvist"], (), "IEEE/RSJ International Conference on Intelligent Robots and Systems (IROS)",
     2021, None, [("faFilePdf", AX + "2103.02290")], dict(venue="IROS", type="conference")),
    (C, 1, "Reactive stepping for a planar biped using capture regions",
     [ME, "C. Duarte", "H. Lindqvist"], (), "Conference on Robot Learning (CoRL)", 2019, None, [],
     dict(venue="CoRL", type="conference")),
    (J, 4, "Quadrupedal locomotion on granular media through learned contact models",
     [ME, "L. Brandt", "D. Ivanova", "R. Kellner", "A. Gruber"], (), "Science Robotics", 2025, None,
     [("faLink", "https://doi.org/10.1126/scirobotics.adk4821"), ("faYoutube", YT + "m4VhQ2uZp8E")],
     dict(venue="Science Robotics", type="journal", doi="10.1126/scirobotics.adk4821")),
    (J, 3, "Differentiable simulation for gait-parameter identification",
     ["T. Baptiste", ME, "H. Lindqvist"], (), "IEEE Robotics and Automation Letters (RA-L)", 2024, None,
     [("faLink", "https://doi.org/10.1109/LRA.2024.3371182")],
     dict(venue="IEEE RA-L", type="journal", doi="10.1109/LRA.2024.3371182")),
    (J, 2, "Contact-implicit planning for legged robots: a complementarity-free formulation",
     [ME, "H. Lindqvist"], (), "The International Journal of Robotics Research (IJRR)", 2023, None,
     [("faLink", "https://doi.org/10.1177/02783649231187364"), ("faGithub", GH + "cfree")],
     dict(venue="IJRR", type="journal", doi="10.1177/02783649231187364")),
    (J, 1, "Robust capture-point control under actuator saturation",
     ["C. Duarte", ME, "K. Sato", "H. Lindqvist"], (), "IEEE Transactions on Robotics (T-RO)", 2022, None,
     [("faLink", "https://doi.org/10.1109/TRO.2022.3164871")],
     dict(venue="IEEE T-RO", type="journal", doi="10.1109/TRO.2022.3164871")),
    (W, 2, "Language-conditioned footstep planning", ["D. Ivanova", ME, "A. Gruber"], (),
     "RSS 2024 Workshop on Embodied Foundation Models", 2024, None, [("faFilePdf", AX + "2406.17730")],
     dict(venue="RSS", type="workshop", flags=["workshop"])),
    (W, 1, "Towards legged robots that fall gracefully", [ME, "P. Okafor", "H. Lindqvist"], (),
     "ICRA 2023 Workshop on Legged Robots", 2023, "Spotlight", [],
     dict(venue="ICRA", type="workshop", flags=["workshop", "spotlight"])),
    (P, 1, "One policy to walk them all: morphology-agnostic locomotion from simulation",
     [ME, "J. Nakashima", "L. Brandt", "A. Gruber"], (), "arXiv:2502.11873", 2025, "under review at IJRR",
     [("faFilePdf", AX + "2502.11873")],
     dict(venue="arXiv", type="preprint", flags=["under_review"], note="under review at IJRR")),
]

PREAMBLE = r"""\documentclass[10pt,a4paper]{article}
\usepackage[T1]{fontenc}
\usepackage[utf8]{inputenc}
\usepackage[default]{lato}
\usepackage[margin=1.25cm,top=1.1cm,bottom=1.4cm]{geometry}
\usepackage{xcolor}
\usepackage{paracol}
\usepackage{tikz}
\usepackage{fontawesome5}
\usepackage{enumitem}
\usepackage[hidelinks]{hyperref}
\usepackage{ragged2e}
\definecolor{accent}{HTML}{8F2D56}
\definecolor{side}{HTML}{F4EEF1}
\definecolor{body}{HTML}{333333}
\color{body}
\setlength{\parindent}{0pt}
\pagestyle{empty}
\columnratio{0.67}
\setlength{\columnsep}{1.4em}
\backgroundcolor{c[1](6pt,6pt)(6pt,6pt)}{side}
\newcommand{\cvsection}[2]{\par\vspace{8pt}{\color{accent}\Large #1~\bfseries\MakeUppercase{#2}}\par\vspace{-3pt}{\color{accent}\rule{\linewidth}{1pt}}\par\vspace{4pt}}
\newcommand{\cvsub}[1]{\par\vspace{3pt}{\color{accent}\bfseries #1}\par\vspace{2pt}}
\newcommand{\cvevent}[4]{{\large\bfseries #1}\par\smallskip{\color{accent}\bfseries #2}\par\smallskip{\small\color{gray}\makebox[0.5\linewidth][l]{\faCalendar[regular]~#3}\faMapMarker*~#4}\par\medskip}
\newcommand{\cvtag}[1]{\tikz[baseline]\node[anchor=base,draw=accent!60,rounded corners=2pt,inner xsep=3pt,inner ysep=2pt,text height=1.4ex,text depth=.3ex]{\small #1};\allowbreak\hspace{1pt}}
\newcommand{\cvskill}[2]{#1\hfill\tikz{\foreach \x in {1,...,5}{\pgfmathsetmacro\c{\x<=#2 ? "accent" : "accent!20"}\fill[\c] (\x*9pt,0) circle (3pt);}}\par}
\newcommand{\pubentry}[4]{\par\noindent\hangindent=2.6em\makebox[2.6em][l]{\color{accent}\bfseries[#1]}{\bfseries #2}\par\noindent\hangindent=2.6em\hspace*{2.6em}#3\par\noindent\hangindent=2.6em\hspace*{2.6em}#4\par\smallskip}
"""


def build(out_dir):
    t = [PREAMBLE, r"\begin{document}"]
    t.append(r"\begin{minipage}[c]{0.83\linewidth}{\Huge\bfseries\color{accent}Sebastián Ferreyra}\par\vspace{3pt}"
             r"{\large\bfseries Postdoctoral Researcher \textbar{} Legged Robots \& Robot Learning}\par\vspace{5pt}"
             r"{\small\faEnvelope~\href{mailto:sferreyra@ethz.ch}{sferreyra@ethz.ch}\quad \faPhone~+41 44 632 18 07\quad "
             r"\faGlobe~\href{https://sferreyra.github.io}{sferreyra.github.io}\quad \faGithub~\href{https://github.com/sferreyra}{sferreyra}\quad "
             r"\faMapMarker*~Zürich, Switzerland}\end{minipage}\hfill"
             r"\begin{minipage}[c]{0.14\linewidth}\centering\tikz{\fill[accent] (0,0) circle (0.95cm); "
             r"\node[white,font=\huge\bfseries] at (0,0) {SF};}\end{minipage}\par\vspace{6pt}")
    t.append(r"\begin{paracol}{2}")
    t.append(r"\cvsection{\faBriefcase}{Experience}")
    for _, title, org, dates, place, extra in POS:
        t.append(rf"\cvevent{{{tex(title)}}}{{{tex(org)}}}{{{dates}}}{{{tex(place)}}}")
        if extra:
            t.append(rf"{{\small {tex(extra)}}}\par\medskip")
    t.append(r"\cvsection{\faGraduationCap}{Education}")
    for _, title, org, dates, place, extra in EDU:
        t.append(rf"\cvevent{{{tex(title)}}}{{{tex(org)}}}{{{dates}}}{{{tex(place)}}}")
        if extra:
            t.append(rf"{{\small {tex(extra)}}}\par\medskip")
    t.append(r"\cvsection{\faBook}{Publications}")
    t.append(r"{\small Owner in bold; * equal contribution. Icons link to the paper (\faFilePdf), code (\faGithub), "
             r"video (\faYoutube) and DOI (\faLink).}\par")
    pubs, last = [], None
    for sec, num, title, auth, eq, vraw, year, extra, links, g in ENTRIES:
        if sec != last:
            t.append(rf"\cvsub{{{HEADS[sec]}}}")
            last = sec
        names = []
        for i, a in enumerate(auth):
            s = tex(a) + ("*" if i in eq else "")
            names.append(rf"\textbf{{{s}}}" if a in OWNER else s)
        aline = ", ".join(names[:-1]) + ", and " + names[-1] if len(names) > 2 else " and ".join(names)
        vline = rf"\textit{{{tex(vraw)}}}, {year}." if sec != P else rf"\textit{{{tex(vraw)}}} ({year})."
        if extra == "Best Paper Award":
            vline += r" {\color{accent}\faTrophy~\textbf{Best Paper Award}}"
        elif extra in ("Oral", "Spotlight"):
            vline += rf" {{\color{{accent}}\textbf{{{extra}}}}}"
        elif extra:
            vline += rf" {tex(extra)[0].upper() + tex(extra)[1:]}."
        for icon, url in links:
            vline += rf" \href{{{url}}}{{\color{{accent}}\{icon}}}"
        t.append(rf"\pubentry{{{LAB[sec]}{num}}}{{{tex(title)}}}{{{aline}}}{{{vline}}}")
        doi = g.get("doi")
        note = g.get("note")
        if extra == "under review at IJRR":
            note = "Under review at IJRR"
        pubs.append(pub(sec, num, title, auth, g["venue"], vraw, year, g["type"], flags=g.get("flags", ()),
                        links=[u for _, u in links], note=note, doi=doi, self_index=owner_index(auth, OWNER), eq=eq))
    t.append(r"\cvsection{\faChalkboardTeacher}{Teaching \& Service}")
    t.append(r"{\small Teaching assistant, 16-745 Optimal Control and Reinforcement Learning, CMU (Spring 2020, Spring 2021)."
             r" Reviewer: ICRA, IROS, CoRL, RSS, RA-L, T-RO. Co-organizer, ICRA 2025 Workshop on Agile Legged Robots.}\par")
    t.append(r"\switchcolumn")
    t.append(r"\small")
    t.append(r"\cvsection{\faSearch}{Research Interests}")
    t.append("".join(rf"\cvtag{{{x}}}" for x in INTERESTS) + r"\par")
    t.append(r"\cvsection{\faTrophy}{Awards}")
    for a, y in AWARDS:
        t.append(rf"{{\color{{accent}}\faTrophy}}~\textbf{{{tex(a)}}}\hfill {y}\par\smallskip")
    t.append(r"\cvsection{\faCode}{Skills}")
    t.append("".join(rf"\cvtag{{{tex(x)}}}" for x in SKILLS) + r"\par")
    t.append(r"\cvsection{\faLanguage}{Languages}")
    for lang, n in LANGS:
        t.append(rf"\cvskill{{{lang}}}{{{n}}}")
    t.append(r"\cvsection{\faUsers}{Mentoring}")
    t.append(r"3 Ph.D. students (co-advised), 6 M.Sc. theses, 4 summer interns at ETH Zürich and CMU.\par")
    t.append(r"\end{paracol}")
    t.append(r"\end{document}")
    compile_tex("\n".join(t) + "\n", STEM, out_dir, engine="pdflatex", passes=2)
    return gold(STEM + ".pdf", PERSON, [e for e, *_ in EDU], [p for p, *_ in POS], pubs,
                [{"name": a, "date": None} for a, _ in AWARDS], SKILLS + [l for l, _ in LANGS])
