"""21: inorganic / materials chemistry CV (PDF, pdfTeX, Helvetica-like sans via `helvet`) whose publications are one long
three-column `longtable`: **Year | Citation | Type / Impact**, with sub-heading rows spanning the table
(`\\multicolumn`: "Peer-reviewed journal articles", "Reviews and perspectives", "Book chapters", "Patents"), a header
row repeated on every page (`\\endhead`), a "continued on next page" foot (`\\endfoot`), zebra rows (`\\rowcolors`),
citation cells wrapping over two to five lines beside a type cell of two lines ("Article" / "IF 14.4"), so the text
layer interleaves the columns line by line. The year is printed **only on the first row of each year group**; the
citation itself has no year (ACS style without the year: `Last, F.; Last, F.* Title. *J. Abbrev.* **vol** (issue),
pages. DOI: …`). Owner bold, superscript `*` corresponding author, `†` equal contribution (legend above the table).
Positions and degrees in two-column `tabularx` (dates | text). Talks, teaching and service are not annotated."""
from make_native import pub, owner_index, edu, pos, gold, compile_tex

STEM = "21_theriault-chemistry-longtable"
ME = "Thériault, C."
OWNER = {ME}
PERSON = {"name": "Camille Thériault", "emails": ["camille.theriault@umontreal.ca"], "phones": ["+1 514 555 0148"],
          "homepages": ["https://theriault-lab.umontreal.ca"]}
UDEM = "Département de chimie, Université de Montréal"
POS = [
    (pos(UDEM, "Associate Professor", "2021-06", "present", "job", location="Montréal, QC, Canada"),
     r"06/2021 -- present", rf"\textbf{{Associate Professor}} (professeure agrégée), D\'epartement de chimie, Universit\'e de "
                             r"Montr\'eal, Montr\'eal, QC, Canada"),
    (pos(UDEM, "Assistant Professor", "2017-07", "2021-05", "job", location="Montréal, QC, Canada"),
     r"07/2017 -- 05/2021", r"\textbf{Assistant Professor} (professeure adjointe), D\'epartement de chimie, Universit\'e de "
                            r"Montr\'eal, Montr\'eal, QC, Canada"),
    (pos("Department of Chemistry, Massachusetts Institute of Technology", "Banting Postdoctoral Fellow", "2014-09", "2017-06",
         "research", location="Cambridge, MA, USA", supervisor="Prof. Daniel R. Whitcombe"),
     r"09/2014 -- 06/2017", r"\textbf{Banting Postdoctoral Fellow}, Department of Chemistry, Massachusetts Institute of "
                            r"Technology, Cambridge, MA, USA. Supervisor: Prof.\ Daniel R. Whitcombe"),
]
EDU = [
    (edu("McGill University", "Ph.D.", "Chemistry", "2009-09", "2014-08", advisor="Prof. Renée Pelletier",
         location="Montréal, QC, Canada"),
     r"09/2009 -- 08/2014", r"\textbf{Ph.D., Chemistry}, McGill University, Montr\'eal, QC, Canada. Thesis: \emph{Luminescent "
                            r"copper(I) coordination polymers}. Supervisor: Prof.\ Ren\'ee Pelletier"),
    (edu("Université Laval", "B.Sc. (Hons)", "Chemistry", "2006-09", "2009-05", location="Québec, QC, Canada"),
     r"09/2006 -- 05/2009", r"\textbf{B.Sc.\ (Honours), Chemistry}, Universit\'e Laval, Qu\'ebec, QC, Canada"),
]
AWARDS = [("2023", "Fellow, Chemical Institute of Canada (FCIC)"),
          ("2022", "NSERC Discovery Accelerator Supplement"),
          ("2020", "FRQNT Early Career Researcher Award"),
          ("2014", "Banting Postdoctoral Fellowship"),
          ("2010", "NSERC Vanier Canada Graduate Scholarship")]
SKILLS = [("Techniques", ["single-crystal X-ray diffraction", "gas sorption analysis", "transient absorption spectroscopy",
                          "Schlenk and glovebox techniques"]),
          ("Software", ["Olex2", "Gaussian", "Python"]),
          ("Languages", ["French (native)", "English (fluent)", "Spanish (basic)"])]

ART, REV, CH, PAT = "peer-reviewed journal articles", "reviews and perspectives", "book chapters", "patents"
HEADS = {ART: "Peer-reviewed journal articles", REV: "Reviews and perspectives", CH: "Book chapters", PAT: "Patents"}
# marks: {author index: "*" (corresponding) | "†" (equal contribution) | "†*"}
# (section, year, authors, marks, title (TeX), title (gold), journal (TeX / printed), venue, volume, issue+pages, doi,
#  type cell lines, gold extras)
ENTRIES = [
    (ART, 2025, ["Okoye, N. A.", "Vasquez-Lin, R.", ME], {2: "*"},
     r"Photocatalytic CO\textsubscript{2} reduction by cobalt-porphyrin metal--organic frameworks under visible light",
     "Photocatalytic CO₂ reduction by cobalt-porphyrin metal–organic frameworks under visible light",
     "J. Am. Chem. Soc.", "Journal of the American Chemical Society", "147", "(9), 7712--7724", "10.1021/jacs.4c17781",
     ["Article", "IF 14.4"], {}),
    (ART, 2025, ["Lindberg, J.", "Okoye, N. A.", "Mercier, É.", ME], {0: "†", 1: "†", 3: "*"},
     r"Defect engineering in zirconium MOFs for selective hydrolysis of nerve-agent simulants",
     "Defect engineering in zirconium MOFs for selective hydrolysis of nerve-agent simulants",
     "Chem. Sci.", "Chemical Science", "16", "2231--2243", "10.1039/d4sc07215a", ["Article", "IF 7.6"], dict(eq=[0, 1])),
    (ART, 2024, [ME, "Mercier, É.", "Haddadi, S."], {0: "*"},
     r"Mixed-linker copper paddlewheel frameworks with tunable open metal sites",
     "Mixed-linker copper paddlewheel frameworks with tunable open metal sites",
     "Inorg. Chem.", "Inorganic Chemistry", "63", "(14), 6120--6131", None, ["Article", "IF 4.3"], {}),
    (ART, 2024, ["Vasquez-Lin, R.", "Bouchard, M.-È.", "Tanaka, A.", ME], {3: "*"},
     r"Charge-transfer dynamics in porphyrinic MOF thin films probed by transient absorption spectroscopy",
     "Charge-transfer dynamics in porphyrinic MOF thin films probed by transient absorption spectroscopy",
     "J. Phys. Chem. Lett.", "The Journal of Physical Chemistry Letters", "15", "(7), 1874--1882", "10.1021/acs.jpclett.3c03391",
     ["Letter", "IF 4.8"], {}),
    (ART, 2024, ["Haddadi, S.", "Lindberg, J.", "Fortin, G.", "Nguyen, T. H.", "Ruiz-Calderón, P.", "Akinola, O.", "Mercier, É.",
                 "Beaulieu, A.", "Kowalczyk, M.", "Schneider, F.", "Tanaka, A.", "Okoye, N. A.", "Bouchard, M.-È.", ME], {13: "*"},
     r"A round-robin study of BET surface areas for metal--organic frameworks",
     "A round-robin study of BET surface areas for metal–organic frameworks",
     "Chem. Mater.", "Chemistry of Materials", "36", "(3), 1502--1517", "10.1021/acs.chemmater.3c02874", ["Article", "IF 7.2"],
     {}),
    (ART, 2023, [ME, "Gagnon, L."], {0: "*"},
     r"Thermally robust lanthanide-based MOFs for luminescent thermometry",
     "Thermally robust lanthanide-based MOFs for luminescent thermometry",
     "Angew. Chem. Int. Ed.", "Angewandte Chemie International Edition", "62", "(41), e202309877", "10.1002/anie.202309877",
     ["Communication", "IF 16.6; Hot Paper"], {}),
    (ART, 2023, ["Mercier, É.", ME], {1: "*"},
     r"Post-synthetic metalation of bipyridine-functionalized UiO-67 with iridium photosensitizers",
     "Post-synthetic metalation of bipyridine-functionalized UiO-67 with iridium photosensitizers",
     "Dalton Trans.", "Dalton Transactions", "52", "9912--9921", None, ["Article", "IF 3.5"], {}),
    (ART, 2022, ["Okoye, N. A.", "Beaulieu, A.", ME], {2: "*"},
     r"Hydrolytic stability of carboxylate MOFs: a kinetic perspective",
     "Hydrolytic stability of carboxylate MOFs: a kinetic perspective",
     "ACS Appl. Mater. Interfaces", "ACS Applied Materials & Interfaces", "14", "(33), 37701--37712", "10.1021/acsami.2c09914",
     ["Article", "IF 8.3"], {}),
    (ART, 2022, ["Tanaka, A.", ME, "Fortin, G."], {},
     r"Cooperative hydrogen-bonding networks in hydroxamate frameworks",
     "Cooperative hydrogen-bonding networks in hydroxamate frameworks",
     "Cryst. Growth Des.", "Crystal Growth & Design", "22", "(5), 3020--3029", None, ["Article", "IF 3.2"], {}),
    (ART, 2021, [ME, "Akinola, O."], {0: "*"},
     r"Pore-size control of CO\textsubscript{2} uptake in amine-appended magnesium frameworks",
     "Pore-size control of CO₂ uptake in amine-appended magnesium frameworks",
     "Chem. Commun.", "Chemical Communications", "57", "10121--10124", "10.1039/d1cc03842b", ["Communication", "IF 4.3; back cover"],
     {}),
    (ART, 2021, ["Nguyen, T. H.", ME, "Alvarado, J. M.", "Whitcombe, D. R."], {3: "*"},
     r"Single-crystal-to-single-crystal transformations in a flexible cobalt MOF",
     "Single-crystal-to-single-crystal transformations in a flexible cobalt MOF",
     "J. Am. Chem. Soc.", "Journal of the American Chemical Society", "143", "(2), 1018--1029", None, ["Article", "IF 14.4"], {}),
    (ART, 2019, [ME, "Whitcombe, D. R."], {1: "*"},
     r"Redox-active tetrathiafulvalene linkers in zinc frameworks",
     "Redox-active tetrathiafulvalene linkers in zinc frameworks",
     "Nat. Chem.", "Nature Chemistry", "11", "843--850", "10.1038/s41557-019-0311-8", ["Article", "IF 19.2"], {}),
    (ART, 2016, [ME, "Nguyen, T. H.", "Whitcombe, D. R."], {2: "*"},
     r"Electrically conductive two-dimensional frameworks from hexaiminotriphenylene",
     "Electrically conductive two-dimensional frameworks from hexaiminotriphenylene",
     "J. Am. Chem. Soc.", "Journal of the American Chemical Society", "138", "(30), 9455--9463", None, ["Article", "IF 14.4"],
     {}),
    (ART, 2013, [ME, "Pelletier, R."], {1: "*"},
     r"Copper(I) coordination polymers with tunable luminescence",
     "Copper(I) coordination polymers with tunable luminescence",
     "Inorg. Chem.", "Inorganic Chemistry", "52", "(18), 10541--10550", None, ["Article", "IF 4.3"], {}),
    (REV, 2024, [ME, "Okoye, N. A."], {0: "*"},
     r"Metal--organic frameworks for artificial photosynthesis: progress and prospects",
     "Metal–organic frameworks for artificial photosynthesis: progress and prospects",
     "Chem. Rev.", "Chemical Reviews", "124", "(6), 3345--3410", "10.1021/acs.chemrev.3c00512", ["Review (invited)", "IF 51.4"],
     {}),
    (REV, 2022, ["Mercier, É.", ME], {1: "*"},
     r"Defects in MOFs: from curiosity to design principle",
     "Defects in MOFs: from curiosity to design principle",
     "Acc. Chem. Res.", "Accounts of Chemical Research", "55", "(12), 1650--1661", None, ["Account", "IF 16.4"], {}),
    (REV, 2020, [ME], {},
     r"Conductive metal--organic frameworks: a perspective for electrocatalysis",
     "Conductive metal–organic frameworks: a perspective for electrocatalysis",
     "ACS Energy Lett.", "ACS Energy Letters", "5", "(8), 2700--2706", None, ["Perspective", "IF 19.3"], {}),
]
CHAPTER = (CH, 2023, [ME, "Mercier, É."], "Photoactive metal--organic frameworks", "Photoactive metal–organic frameworks",
           "Metal--Organic Frameworks: Chemistry and Applications", "Metal–Organic Frameworks: Chemistry and Applications",
           r"2nd ed.; Farrow, K., Ishii, T., Eds.; Wiley-VCH: Weinheim, pp 301--338", ["Chapter"])
PATENTS = [
    (PAT, 2023, [ME, "Okoye, N. A.", "Mercier, É."], "Cobalt-porphyrin framework photocatalysts and methods of use",
     "U.S. Patent 11,845,210 B2, December 19, 2023", ["Patent (granted)"]),
    (PAT, 2021, [ME, "Akinola, O."], "Amine-functionalized magnesium frameworks for carbon capture",
     "Canadian Patent Application CA 3,105,772 A1", ["Patent (pending)"]),
]

TEX_NAMES = {"É": r"\'E", "È": r"\`E", "é": r"\'e", "ó": r"\'o"}


def tex(s: str) -> str:
    for k, v in TEX_NAMES.items():
        s = s.replace(k, v)
    return s.replace("&", r"\&")


def authors_tex(auth, marks):
    out = []
    for i, a in enumerate(auth):
        s = rf"\textbf{{{tex(a)}}}" if a in OWNER else tex(a)
        m = marks.get(i, "")
        if m:
            s += r"\textsuperscript{" + m.replace("†", r"\textdagger{}") + "}"
        out.append(s)
    return "; ".join(out)


def build(out_dir):
    t = [r"""\documentclass[10pt,letterpaper]{article}
\usepackage[T1]{fontenc}
\usepackage[utf8]{inputenc}
\usepackage[scaled=0.95]{helvet}
\renewcommand{\familydefault}{\sfdefault}
\usepackage[margin=0.85in]{geometry}
\usepackage[table]{xcolor}
\usepackage{longtable,tabularx,booktabs,array}
\usepackage{titlesec}
\usepackage{fancyhdr,lastpage}
\definecolor{udem}{RGB}{0,87,156}
\titleformat{\section}{\large\bfseries\color{udem}}{}{0pt}{}[\vspace{-4pt}{\color{udem}\rule{\linewidth}{0.8pt}}]
\titlespacing*{\section}{0pt}{10pt}{6pt}
\setlength{\parindent}{0pt}
\pagestyle{fancy}\fancyhf{}\renewcommand{\headrulewidth}{0pt}
\fancyfoot[R]{\footnotesize C. Th\'eriault -- CV -- \thepage/\pageref{LastPage}}
\newcolumntype{Y}{>{\raggedright\arraybackslash}X}
\begin{document}
"""]
    t.append(r"{\Huge\bfseries Camille Th\'eriault}\\[3pt]")
    t.append(r"{\large Associate Professor of Chemistry}\\[6pt]")
    t.append(r"\begin{tabularx}{\linewidth}{@{}Y r@{}}")
    t.append(r"D\'epartement de chimie, Universit\'e de Montr\'eal & camille.theriault@umontreal.ca \\")
    t.append(r"1375 avenue Th\'er\`ese-Lavoie-Roux, Montr\'eal, QC H2V 0B3, Canada & +1 514 555 0148 \\")
    t.append(r" & https://theriault-lab.umontreal.ca \\")
    t.append(r"\end{tabularx}")
    t.append(r"\section*{Appointments}")
    t.append(r"\begin{tabularx}{\linewidth}{@{}p{3.1cm}Y@{}}")
    t.append("\n".join(rf"{d} & {x} \\[3pt]" for _, d, x in POS))
    t.append(r"\end{tabularx}")
    t.append(r"\section*{Education}")
    t.append(r"\begin{tabularx}{\linewidth}{@{}p{3.1cm}Y@{}}")
    t.append("\n".join(rf"{d} & {x} \\[3pt]" for _, d, x in EDU))
    t.append(r"\end{tabularx}")
    t.append(r"\section*{Honours and Awards}")
    t.append(r"\begin{tabularx}{\linewidth}{@{}p{3.1cm}Y@{}}")
    t.append("\n".join(rf"{y} & {a} \\" for y, a in AWARDS))
    t.append(r"\end{tabularx}")
    t.append(r"\section*{Publications}")
    t.append(r"{\small 38 publications, h-index 21, 2,450 citations (Web of Science, March 2025). \textbf{Bold}: C.~Th\'eriault; "
             r"\textsuperscript{*}corresponding author; \textsuperscript{\textdagger}equal contribution. "
             r"IF: 2023 Journal Impact Factor (Clarivate).}\par\smallskip")
    t.append(r"\small\rowcolors{3}{gray!10}{white}")
    t.append(r"\begin{longtable}{@{}p{1.0cm}p{12.2cm}p{2.4cm}@{}}")
    head = r"\rowcolor{udem!15}\textbf{Year} & \textbf{Citation} & \textbf{Type / Impact} \\ \midrule"
    t.append(r"\toprule " + head + r" \endfirsthead")
    t.append(r"\toprule " + head + r" \endhead")
    t.append(r"\midrule \multicolumn{3}{r}{\footnotesize\itshape continued on next page} \\ \endfoot")
    t.append(r"\bottomrule \endlastfoot")
    pubs, last_sec, last_year, n = [], None, None, 0

    def section_row(sec):
        t.append(rf"\multicolumn{{3}}{{@{{}}l}}{{\cellcolor{{white}}\textbf{{\textit{{{HEADS[sec]}}}}}}} \\")

    def year_cell(sec, year):
        nonlocal last_year
        cell = str(year) if year != last_year else ""
        last_year = year
        return cell

    for sec, year, auth, marks, ttex, title, jtex, venue, vol, rest, doi, typ, g in ENTRIES:
        if sec != last_sec:
            section_row(sec)
            last_sec, last_year, n = sec, None, 0
        n += 1
        sep = " " if rest.startswith("(") else ", "
        cite = rf"{authors_tex(auth, marks)} {ttex}. \textit{{{jtex}}} \textbf{{{vol}}}{sep}{rest}."
        if doi:
            cite += rf" DOI: {doi}"
        t.append(rf"{year_cell(sec, year)} & {cite} & {typ[0]}" + (rf"\newline {typ[1]}" if len(typ) > 1 else "") + r" \\")
        notes = ["; ".join(typ)]
        if "*" in "".join(marks.values()):
            notes.append("* corresponding author")
        if "†" in "".join(marks.values()):
            notes.append("† equal contribution")
        pubs.append(pub(sec, n, title, auth, venue, jtex.replace("--", "–"), year, "journal", doi=doi,
                        note="; ".join(notes), self_index=owner_index(auth, OWNER), eq=g.get("eq", ())))
    sec, year, auth, ttex, title, btex, book, rest, typ = CHAPTER
    section_row(sec)
    last_year = None
    t.append(rf"{year_cell(sec, year)} & {authors_tex(auth, {})} {ttex}. In \textit{{{btex}}}; {rest}. & {typ[0]} \\")
    pubs.append(pub(sec, 1, title, auth, book, book, year, "chapter", self_index=owner_index(auth, OWNER),
                    note="In; " + rest.replace("--", "–") + "; Chapter"))
    section_row(PAT)
    last_year = None
    for n, (sec, year, auth, title, number, typ) in enumerate(PATENTS, 1):
        t.append(rf"{year_cell(sec, year)} & {authors_tex(auth, {})} {title}. {number}. & {typ[0]} \\")
        pubs.append(pub(sec, n, title, auth, None, None, year, "other", note=f"{number}; {typ[0]}",
                        self_index=owner_index(auth, OWNER)))
    t.append(r"\end{longtable}")
    t.append(r"\normalsize")
    t.append(r"\section*{Invited Lectures (selected)}")
    t.append(r"\begin{tabularx}{\linewidth}{@{}p{3.1cm}Y@{}}")
    for y, x in (("2024", r"Gordon Research Conference on Solid State Chemistry, New London, NH, USA"),
                 ("2023", r"Canadian Chemistry Conference and Exhibition (CSC 2023), Vancouver, BC, Canada (keynote)"),
                 ("2022", r"Department of Chemistry Colloquium, University of Toronto, Toronto, ON, Canada")):
        t.append(rf"{y} & {x} \\")
    t.append(r"\end{tabularx}")
    t.append(r"\section*{Teaching}")
    t.append(r"CHM 1501 Chimie inorganique I (2018--present); CHM 3450 Chimie des mat\'eriaux (2020--present); "
             r"CHM 6110 Cristallographie avanc\'ee, graduate (2019, 2021, 2023).\par")
    t.append(r"\section*{Service}")
    t.append(r"Associate Editor, \textit{Inorganic Chemistry} (2023--present); Chair, Inorganic Chemistry Division, Chemical "
             r"Institute of Canada (2022--2024); reviewer for NSERC, ERC and the U.S. DOE.\par")
    t.append(r"\section*{Skills}")
    t.append(r"\begin{tabularx}{\linewidth}{@{}p{3.1cm}Y@{}}")
    t.append("\n".join(rf"{lab} & {', '.join(vals)} \\" for lab, vals in SKILLS))
    t.append(r"\end{tabularx}")
    t.append(r"\end{document}")
    compile_tex("\n".join(t) + "\n", STEM, out_dir, engine="pdflatex", passes=3)
    return gold(STEM + ".pdf", PERSON, [x[0] for x in EDU], [x[0] for x in POS], pubs,
                [{"name": a, "date": None} for _, a in AWARDS], [v for _, vals in SKILLS for v in vals])
