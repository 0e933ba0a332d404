"""18: experimental atomic physics / quantum optics CV (PDF, LuaLaTeX with T1-encoded Type 1 fonts: mathpazo/Palatino;
this TeX Live has no luaotfload, so fontspec cannot be used under LuaLaTeX). Single-column CV parts
(positions and degrees as `\\hfill`-dated lines, awards, grants), then the **publication list set in two columns**
(`multicol`, `\\small`): hanging-indent numbered references `[n]` restarting in each sub-list, APS style
`A. B. Last, C. Last, and D. Last, “Title,” Phys. Rev. Lett. 130, 173601 (2023).` with the owner bold, **author lists that
run over several lines of the narrow column** (one with 18 names), **superscript `*` equal-contribution marks**, `et al.`,
math in titles (`$^{6}$Li`, `$10^{-18}$`), entries broken across the column and page boundaries, CLEO/IFCS proceedings,
arXiv preprints ("submitted to Nature Physics") and the Ph.D. thesis. A fancyhdr header and footer. Invited talks,
teaching, grants and service are not annotated."""
from make_native import pub, owner_index, edu, pos, gold, compile_tex

STEM = "18_raghunathan-atomicphysics-twocol"
OWNER = {"P. Raghunathan"}
PERSON = {"name": "Priya Raghunathan", "emails": ["praghunathan@phys.ethz.ch"], "phones": ["+41 44 633 27 18"],
          "homepages": ["https://tweezerlab.ethz.ch"]}
POS = [
    (pos("Institute for Quantum Electronics, ETH Zürich", "Tenure-Track Assistant Professor", "2023-03", "present", "job",
         location="Zürich, Switzerland"),
     r"\textbf{Tenure-Track Assistant Professor}, Institute for Quantum Electronics, ETH Z\"urich",
     "03/2023 -- present", r"Z\"urich, Switzerland"),
    (pos("JILA, University of Colorado Boulder", "Postdoctoral Research Associate", "2019-10", "2023-02", "research",
         location="Boulder, CO, USA", supervisor="Prof. Ana Lindqvist-Moreau"),
     r"\textbf{Postdoctoral Research Associate}, JILA, University of Colorado Boulder, Boulder, CO, USA",
     "10/2019 -- 02/2023", r"Group of Prof.\ Ana Lindqvist-Moreau (tweezer-array optical clocks)"),
    (pos("CERN", "Summer Student", "2013-06", "2013-08", "internship", location="Geneva, Switzerland"),
     r"\textbf{Summer Student}, CERN, Geneva, Switzerland", "06/2013 -- 08/2013", "ALPHA antihydrogen experiment"),
]
POS[1][0]["supervisor"] = "Prof. Ana Lindqvist-Moreau"
EDU = [
    (edu("Ludwig-Maximilians-Universität München", "Ph.D.", "Physics", "2015-04", "2019-09", advisor="Prof. Dr. Stefan Hoffmeister",
         location="Munich, Germany"),
     r"\textbf{Dr.\ rer.\ nat.\ (Ph.D.) in Physics}, Ludwig-Maximilians-Universit\"at M\"unchen",
     "04/2015 -- 09/2019",
     r"Munich, Germany. Research at the Max Planck Institute of Quantum Optics, Garching. Advisor: Prof.\ Dr.\ Stefan Hoffmeister. Grade: summa cum laude"),
    (edu("Heidelberg University", "M.Sc.", "Physics", "2013-10", "2015-03", location="Heidelberg, Germany"),
     r"\textbf{M.Sc. in Physics}, Heidelberg University, Heidelberg, Germany", "10/2013 -- 03/2015",
     r"Thesis: Dispersive detection of atoms with optical nanofibres (Prof.\ Martin Kr\"uger). Grade: 1.1"),
    (edu("St. Stephen's College, University of Delhi", "B.Sc. (Hons)", "Physics", "2010-07", "2013-05", location="Delhi, India"),
     r"\textbf{B.Sc.\ (Hons.)\ in Physics}, St.\ Stephen's College, University of Delhi, Delhi, India", "07/2010 -- 05/2013", None),
]
EDU[0][0]["gpa"] = "summa cum laude"
EDU[1][0]["gpa"] = "1.1"
AWARDS = [("SNSF Starting Grant", "2023", None), ("Otto Hahn Medal of the Max Planck Society", "June 2020", "2020-06"),
          ("JILA Visiting Fellowship", "2019", None), ("DAAD Study Scholarship", "2013", None)]
SKILLS = [("Experimental", ["optical tweezer arrays", "ultra-high vacuum", "laser frequency stabilization"]),
          ("Software", ["Python", "ARTIQ", "LabVIEW", "Mathematica", "COMSOL"]),
          ("Languages", ["Tamil (native)", "Hindi (fluent)", "English (fluent)", "German (C1)"])]

JA, CP, PP, TH = "refereed journal articles", "conference proceedings", "preprints", "thesis"
JOUR = {"Nature": "Nature", "Science": "Science", "Phys. Rev. X": "Physical Review X", "Phys. Rev. Lett.": "Physical Review Letters",
        "Phys. Rev. A": "Physical Review A", "Nat. Phys.": "Nature Physics", "PRX Quantum": "PRX Quantum",
        "Rev. Sci. Instrum.": "Review of Scientific Instruments", "New J. Phys.": "New Journal of Physics", "Opt. Express": "Optics Express",
        "Appl. Phys. B": "Applied Physics B", "J. Phys. B: At. Mol. Opt. Phys.": "Journal of Physics B: Atomic, Molecular and Optical Physics",
        "Opt. Lett.": "Optics Letters"}
# section, authors (printed), equal-marked indices, et al., title (LaTeX), title (gold, when different), journal, volume, page, year
ENTRIES = [
    (JA, ["P. Raghunathan", "M. Okafor", "L. Ferreira", "K. Sato", "H. Brandt", "A. Lindqvist-Moreau"], [0, 1], False,
     "Site-resolved imaging of a strontium tweezer-array clock with 1000 atoms", None, "Nature", "638", "912", 2025),
    (JA, ["M. Okafor", "J. Weiß", "P. Raghunathan", "T. Nakamura", "A. Lindqvist-Moreau"], [], False,
     "Erasure conversion in a high-fidelity Rydberg quantum simulator", None, "Phys. Rev. X", "14", "021045", 2024),
    (JA, ["J. M. Kowalski", "P. Raghunathan", "T. Nakamura", "L. Ferreira", "K. Sato", "H. Brandt", "R. Okonkwo", "E. Lindahl",
          "M. Okafor", "S. Dasgupta", "Y. Chen", "F. Moreau", "I. Petrova", "D. Schulz", "A. Varga", "C. Rossi", "N. Abara",
          "A. Lindqvist-Moreau"], [], False,
     "Programmable entanglement of 256 atoms in an optical tweezer array", None, "Science", "383", "1189", 2024),
    (JA, ["P. Raghunathan", "K. Sato", "A. Lindqvist-Moreau"], [], False,
     r"Optical clock comparison at the $10^{-18}$ level using tweezer-trapped strontium",
     "Optical clock comparison at the 10⁻¹⁸ level using tweezer-trapped strontium", "Nat. Phys.", "19", "1502", 2023),
    (JA, ["T. Nakamura", "P. Raghunathan", "L. Ferreira", "A. Lindqvist-Moreau"], [0, 1], False,
     "Mid-circuit measurements on a single-species neutral-atom quantum processor", None, "Phys. Rev. Lett.", "130", "173601", 2023),
    (JA, ["H. Brandt", "P. Raghunathan", "K. Sato"], [], False,
     "Narrow-line cooling and imaging of ytterbium in a magic-wavelength tweezer", None, "Phys. Rev. A", "108", "043112", 2023),
    (JA, ["K. Sato", "P. Raghunathan", "H. Brandt"], [], True,
     "Seconds-scale coherence in a tweezer-array optical clock", None, "PRX Quantum", "3", "030325", 2022),
    (JA, ["P. Raghunathan", "D. Schulz", "F. Moreau"], [], False,
     "A compact ultra-stable laser system for transportable optical clocks", None, "Rev. Sci. Instrum.", "93", "053002", 2022),
    (JA, ["J. Weiß", "P. Raghunathan", "C. Rossi", "S. Hoffmeister"], [], False,
     "Observation of spin–charge separation in a doped Fermi–Hubbard chain", None, "Science", "373", "1021", 2021),
    (JA, ["P. Raghunathan", "J. Weiß", "S. Hoffmeister"], [], False,
     r"Quantum gas microscopy of $^{6}$Li with single-site resolution in a 532\,nm lattice",
     "Quantum gas microscopy of ⁶Li with single-site resolution in a 532 nm lattice", "New J. Phys.", "22", "063017", 2020),
    (JA, ["C. Rossi", "P. Raghunathan", "J. Weiß", "N. Abara", "S. Hoffmeister"], [], False,
     "Thermometry of Fermi–Hubbard systems from spin correlations", None, "Phys. Rev. A", "101", "023611", 2020),
    (JA, ["J. Weiß", "P. Raghunathan", "C. Rossi", "S. Hoffmeister"], [0, 1], False,
     "Antiferromagnetic correlations in two-dimensional Fermi–Hubbard ladders", None, "Phys. Rev. Lett.", "122", "193602", 2019),
    (JA, ["P. Raghunathan", "C. Rossi", "S. Hoffmeister"], [], False,
     "High-fidelity fluorescence imaging of fermionic atoms with Raman sideband cooling", None, "Opt. Express", "27", "12345", 2019),
    (JA, ["P. Raghunathan", "S. Hoffmeister"], [], False,
     "A stable high-power laser for optical lattices at 1064 nm", None, "Appl. Phys. B", "124", "88", 2018),
    (JA, ["A. Varga", "P. Raghunathan", "M. Krüger"], [], False,
     "Cavity-enhanced detection of single atoms on a chip", None, "J. Phys. B: At. Mol. Opt. Phys.", "49", "145002", 2016),
    (JA, ["P. Raghunathan", "E. Lindahl", "M. Krüger"], [], False,
     "Dispersive detection of atomic ensembles with an optical nanofibre", None, "Opt. Lett.", "40", "4231", 2015),
]
OTHER = [
    (CP, ["P. Raghunathan", "K. Sato", "A. Lindqvist-Moreau"], [], False, "Tweezer-array optical clocks with seconds-scale coherence",
     r"in \textit{Conference on Lasers and Electro-Optics (CLEO 2023)}, Technical Digest Series (Optica Publishing Group, 2023), paper FM4B.3.",
     dict(venue="CLEO", vraw="Conference on Lasers and Electro-Optics (CLEO 2023)", year=2023, type="conference",
          note="Technical Digest Series (Optica Publishing Group, 2023), paper FM4B.3")),
    (CP, ["D. Schulz", "P. Raghunathan", "F. Moreau"], [], False, "A transportable cavity-stabilized laser at 698 nm",
     r"in \textit{Proceedings of the 2022 IEEE International Frequency Control Symposium (IFCS)}, pp.~1--4 (2022).",
     dict(venue="IFCS", vraw="Proceedings of the 2022 IEEE International Frequency Control Symposium (IFCS)", year=2022,
          type="conference", note="pp. 1–4")),
    (PP, ["P. Raghunathan", "M. Okafor", "J. M. Kowalski", "A. Lindqvist-Moreau"], [], False,
     "Continuous reloading of a 1000-site tweezer array from a cold-atom reservoir",
     r"arXiv:2503.04512 [quant-ph] (2025), submitted to \textit{Nature Physics}.",
     dict(venue="arXiv", vraw="arXiv:2503.04512 [quant-ph]", year=2025, type="preprint", flags=["submitted"],
          note="submitted to Nature Physics")),
    (PP, ["L. Ferreira", "P. Raghunathan"], [], False, "Optimal control of Rydberg gates with spatially varying light shifts",
     r"arXiv:2411.08823 [physics.atom-ph] (2024).",
     dict(venue="arXiv", vraw="arXiv:2411.08823 [physics.atom-ph]", year=2024, type="preprint")),
    (TH, ["P. Raghunathan"], [], False, "Quantum gas microscopy of doped Fermi–Hubbard systems",
     r"Ph.D.\ thesis, Ludwig-Maximilians-Universit\"at M\"unchen (2019).",
     dict(venue="Ludwig-Maximilians-Universität München", vraw="Ludwig-Maximilians-Universität München", year=2019, type="thesis",
          note="Ph.D. thesis")),
]
TALKS = ["Tweezer clocks with a thousand atoms, DAMOP 2025, Portland, OR, USA (invited, June 2025)",
         "Optical clocks meet quantum computing, Swiss Physical Society Annual Meeting, Basel (invited, August 2024)",
         "Mid-circuit measurements on neutral atoms, ICAP 2024, London, UK (invited, July 2024)",
         "Programmable entanglement in tweezer arrays, Colloquium, University of Innsbruck (January 2024)",
         "Seconds-scale coherence in tweezer clocks, EFTF-IFCS 2022, Paris, France (contributed, April 2022)"]


def tex(s):
    return (s.replace("ß", r"\ss{}").replace("ü", r'\"u').replace("ö", r'\"o').replace("&", r"\&").replace("–", "--"))


def authors_tex(auth, eq, etal):
    out = []
    for i, a in enumerate(auth):
        s = tex(a).replace(". ", ".~")
        s = rf"\textbf{{{s}}}" if a in OWNER else s
        if i in eq:
            s += r"\textsuperscript{*}"
        out.append(s)
    if etal:
        return ", ".join(out) + ", \\textit{et al.}"
    if len(out) == 1:
        return out[0]
    if len(out) == 2:
        return f"{out[0]} and {out[1]}"
    return ", ".join(out[:-1]) + ", and " + out[-1]


PREAMBLE = r"""\documentclass[10pt,a4paper]{article}
\usepackage[T1]{fontenc}
\usepackage{mathpazo}
\usepackage[margin=1.9cm,top=2.2cm]{geometry}
\usepackage{multicol}
\usepackage{enumitem}
\usepackage{titlesec}
\usepackage{xcolor}
\usepackage{fancyhdr}
\usepackage[hidelinks]{hyperref}
\definecolor{ink}{HTML}{7A1F1F}
\pagestyle{fancy}\fancyhf{}
\lhead{\footnotesize Priya Raghunathan}\rhead{\footnotesize Curriculum Vitae and Publications}
\cfoot{\footnotesize \thepage}
\renewcommand{\headrulewidth}{0.3pt}
\titleformat{\section}{\large\bfseries\color{ink}}{}{0pt}{}[\vspace{-4pt}{\color{ink}\rule{\linewidth}{0.6pt}}]
\titlespacing*{\section}{0pt}{10pt}{4pt}
\titleformat{\subsection}{\normalsize\bfseries\itshape}{}{0pt}{}
\titlespacing*{\subsection}{0pt}{6pt}{2pt}
\setlength{\parindent}{0pt}
\setlength{\columnsep}{1.3em}
\setlength{\columnseprule}{0.3pt}
\newcommand{\dated}[3]{#1\hfill #2\ifx\relax#3\relax\else\\{\small #3}\fi\par\smallskip}
\begin{document}
\thispagestyle{plain}
"""


def build(out_dir):
    t = [PREAMBLE]
    t.append(r"\begin{center}{\LARGE\bfseries Priya Raghunathan}\\[3pt]"
             r"Institute for Quantum Electronics, ETH Z\"urich, Otto-Stern-Weg 1, 8093 Z\"urich, Switzerland\\"
             r"praghunathan@phys.ethz.ch \,$\vert$\, +41 44 633 27 18 \,$\vert$\, \url{https://tweezerlab.ethz.ch}\end{center}")
    t.append(r"\section*{Professional Appointments}")
    for _, line, dates, sub in POS:
        t.append(rf"\dated{{{line}}}{{{dates}}}{{{sub or ''}}}")
    t.append(r"\section*{Education}")
    for _, line, dates, sub in EDU:
        t.append(rf"\dated{{{line}}}{{{dates}}}{{{sub or ''}}}")
    t.append(r"\section*{Awards and Fellowships}")
    for a, d, _ in AWARDS:
        t.append(rf"\dated{{{a}}}{{{d}}}{{}}")
    t.append(r"\section*{Grants}")
    t.append(r"SNSF Starting Grant TWEEZCLOCK (PI), CHF 1.5M, 2024--2029. ETH Research Grant (PI), CHF 240k, 2023--2025. "
             r"Quantum Leap Challenge Institute seed grant (co-PI), USD 150k, 2021--2022.\par")
    t.append(r"\section*{Publications}")
    t.append(r"{\small 24 refereed articles; h-index 18 (Google Scholar, 03/2025). \textsuperscript{*}Equal contribution. "
             r"My name is set in bold. "
             r"Full list with PDFs on the group website.}")
    t.append(r"\begin{multicols}{2}\small\clubpenalty=0 \widowpenalty=0 \raggedcolumns")
    pubs = []

    def open_list(sec):
        t.append(rf"\subsection*{{{sec[0].upper() + sec[1:]}}}")
        t.append(r"\begin{enumerate}[label={[\arabic*]}, leftmargin=2.3em, labelsep=0.4em, itemsep=2pt, topsep=1pt]")

    open_list(JA)
    for n, (_, auth, eq, etal, t_tex, t_gold, jr, vol, page, year) in enumerate(ENTRIES, 1):
        t.append(rf"\item {authors_tex(auth, eq, etal)}, ``{tex(t_tex)},'' \textit{{{jr}}} \textbf{{{vol}}}, {page} ({year}).")
        pubs.append(pub(JA, n, t_gold or t_tex, auth, JOUR[jr], jr, year, "journal", note=f"{vol}, {page}",
                        self_index=owner_index(auth, OWNER), eq=eq, trunc=etal))
    t.append(r"\end{enumerate}")
    last, n = None, 0
    for sec, auth, eq, etal, title, rest, g in OTHER:
        if sec != last:
            if last is not None:
                t.append(r"\end{enumerate}")
            open_list(sec)
            last, n = sec, 0
        n += 1
        t.append(rf"\item {authors_tex(auth, eq, etal)}, ``{tex(title)},'' {rest}")
        pubs.append(pub(sec, n, title, auth, g["venue"], g["vraw"], g["year"], g["type"], flags=g.get("flags", ()),
                        note=g.get("note"), self_index=owner_index(auth, OWNER), eq=eq, trunc=etal))
    t.append(r"\end{enumerate}")
    t.append(r"\end{multicols}")
    t.append(r"\section*{Selected Invited and Contributed Talks}")
    t.append(r"\begin{itemize}[leftmargin=1.2em,itemsep=0pt]")
    t.extend(rf"\item {x}" for x in TALKS)
    t.append(r"\end{itemize}")
    t.append(r"\section*{Teaching}")
    t.append(r"Quantum Optics (ETH Z\"urich, lecturer, spring 2024 and 2025); Physics III (ETH Z\"urich, co-lecturer, fall 2023); "
             r"tutor for Experimental Physics I (LMU M\"unchen, 2016--2018).\par")
    t.append(r"\section*{Service}")
    t.append(r"Referee for Phys.\ Rev.\ Lett., Nature Physics, PRX Quantum; program committee, DAMOP 2025; "
             r"equal-opportunity delegate, D-PHYS, ETH Z\"urich (2024--).\par")
    t.append(r"\section*{Skills}")
    t.append(r"\begin{tabular}{@{}p{2.8cm}p{13.6cm}@{}}")
    t.append(r" \\ ".join(rf"\textbf{{{label}}} & {', '.join(vals)}" for label, vals in SKILLS) + r" \\")
    t.append(r"\end{tabular}")
    t.append(r"\end{document}")
    compile_tex("\n".join(t) + "\n", STEM, out_dir, engine="lualatex", passes=2)
    return gold(STEM + ".pdf", PERSON, [e for e, *_ in EDU], [x[0] for x in POS], pubs,
                [{"name": a, "date": d} for a, _, d in AWARDS], [s for _, v in SKILLS for s in v])
