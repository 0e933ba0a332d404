"""09: plant community ecology CV (PDF from LaTeX, pdfTeX): an AltaCV-like two-column page written by hand with
`paracol` (shaded sidebar with contact, awards, skills and languages on the left; positions, education and
publications on the right), ESA author-year style ("Last, F., F. Last, and F. Last. 2024. Title. Journal 27:e1."),
reverse-numbered peer-reviewed articles (`etaremune`, 16 -> 1) with three 21-26-author lists, `*` shared first
authorship with a legend, `In press.`, a chapter ("Pages 145-168 in ..., editors. Book."), a bioRxiv preprint in review
and a submitted manuscript. TeX hyphenates and breaks URLs at line ends."""
from make_native import pub, owner_index, edu, pos, gold, compile_tex

STEM = "09_wierzbicka-ecology-paracol"
OWNER = {"Wierzbicka, J.", "J. Wierzbicka"}
PERSON = {"name": "Joanna Wierzbicka", "emails": ["joanna.wierzbicka@slu.se"], "phones": ["+46 18 67 14 92"],
          "homepages": ["https://wierzbickalab.org"]}
# (gold, title line, org line, date line)
POS = [
    (pos("Department of Ecology, Swedish University of Agricultural Sciences", "Associate Senior Lecturer", "2022-01", "present",
         "job", location="Uppsala, Sweden"), "Jan 2022 -- present"),
    (pos("Centre for Ecological and Evolutionary Synthesis, University of Oslo", "Marie Skłodowska-Curie Postdoctoral Fellow",
         "2019-09", "2021-12", "research", location="Oslo, Norway", supervisor="Prof. Anders Nygård"), "Sep 2019 -- Dec 2021"),
    (pos("German Centre for Integrative Biodiversity Research (iDiv)", "Postdoctoral Researcher", "2017-03", "2019-08", "research",
         location="Leipzig, Germany"), "Mar 2017 -- Aug 2019"),
]
EDU = [
    (edu("Jagiellonian University", "Ph.D.", "Ecology", "2012", "2017", advisor="Prof. Katarzyna Mazur-Wójcik", location="Kraków, Poland"),
     "Ph.D. in Ecology", "2012 -- 2017",
     "Thesis: Colonisation credit and extinction debt in Carpathian hay meadows. Advisor: Prof. Katarzyna Mazur-Wójcik"),
    (edu("University of Warsaw", "M.Sc.", "Environmental Biology", "2010", "2012", location="Warsaw, Poland"),
     "M.Sc. in Environmental Biology", "2010 -- 2012", None),
    (edu("University of Warsaw", "B.Sc.", "Biology", "2007", "2010", location="Warsaw, Poland"), "B.Sc. in Biology", "2007 -- 2010", None),
]
AWARDS = [("ERC Starting Grant MEADOWLAG", "2024"), ("Marie Skłodowska-Curie Individual Fellowship", "2019"),
          ("Young Investigator Prize, European Ecological Federation", "2018"), ("Start Fellowship, Foundation for Polish Science", "2015")]
SKILLS = ["R", "Stan", "brms", "lme4", "QGIS", "Python", "Git"]
LANGS = ["Polish (native)", "English (fluent)", "Swedish (B1)", "German (A2)"]

A, CH, REV = "peer-reviewed articles", "book chapters", "manuscripts in review"

BIG26 = ["Rasmussen, K. T.", "A. Nygård", "S. N. Mbatha", "L. Fischer", "H. Okamoto", "C. R. Alvarado", "M. Bauer", "D. Ó Briain",
         "J. Wierzbicka", "P. Ekström", "F. Castagnoli", "R. Kowalczyk", "T. Halvorsen", "E. Nowak-Lindström", "G. Tshabalala",
         "I. Petrović", "Y. Nakashima", "V. Salminen", "B. K. Adeyemi", "M. Søvik", "J. P. Lefèvre", "A. Gutiérrez-Ortiz",
         "N. Karlsson", "S. Whitcombe", "O. Brennan", "E. W. Lindahl"]
BIG22 = ["Mbatha, S. N.", "K. T. Rasmussen", "G. Tshabalala", "L. Fischer", "A. Gutiérrez-Ortiz", "H. Okamoto", "M. Bauer",
         "C. R. Alvarado", "I. Petrović", "V. Salminen", "Y. Nakashima", "B. K. Adeyemi", "R. Kowalczyk", "J. Wierzbicka",
         "F. Castagnoli", "S. Whitcombe", "N. Karlsson", "J. P. Lefèvre", "D. Ó Briain", "O. Brennan", "T. Halvorsen", "E. W. Lindahl"]
BIG21 = ["Fischer, L.", "J. Wierzbicka", "M. Bauer", "H. Okamoto", "C. R. Alvarado", "S. N. Mbatha", "K. T. Rasmussen", "I. Petrović",
         "A. Gutiérrez-Ortiz", "Y. Nakashima", "G. Tshabalala", "V. Salminen", "B. K. Adeyemi", "J. P. Lefèvre", "S. Whitcombe",
         "D. Ó Briain", "N. Karlsson", "F. Castagnoli", "O. Brennan", "R. Kowalczyk", "E. W. Lindahl"]
assert (len(BIG26), len(BIG22), len(BIG21)) == (26, 22, 21)

# section, number, authors, equal-marked indices, year text, title, journal (venue_raw), volume:pages, doi, gold extras
ENTRIES = [
    (A, 16, ["Wierzbicka, J.", "E. Nowak-Lindström", "A. Nygård"], (), "In press",
     "Seed dispersal distance predicts the spread of grassland specialists into restored meadows", "Journal of Ecology", None, None,
     dict(flags=["to_appear"], note="In press")),
    (A, 15, BIG26, (), "2024", "Nitrogen enrichment erodes the temporal stability of grassland productivity worldwide", "Science",
     "383:1124–1129", "10.1126/science.adk4417", {}),
    (A, 14, ["Wierzbicka, J.", "P. Ekström"], (0, 1), "2024",
     "Functional traits mediate plant responses to simultaneous drought and nitrogen addition", "Functional Ecology", "38:1502–1515",
     "10.1111/1365-2435.14571", dict(note="* shared first authorship")),
    (A, 13, ["Ekström, P.", "J. Wierzbicka", "L. Haugen"], (), "2023",
     "Grazing history modulates soil seed bank responses to fertilisation", "Journal of Vegetation Science", "34:e13187", None, {}),
    (A, 12, ["Wierzbicka, J.", "A. Nygård", "T. Halvorsen", "M. Søvik"], (), "2023",
     "Plant diversity loss under eutrophication is driven by light limitation, not soil acidification", "Ecology Letters",
     "26:1987–1999", "10.1111/ele.14301", {}),
    (A, 11, ["Nygård, A.", "J. Wierzbicka"], (), "2022", "Scale-dependent effects of nitrogen deposition on species turnover",
     "Ecography", "2022:e06145", None, {}),
    (A, 10, BIG22, (), "2021",
     "Herbivore exclusion and nutrient addition interact to shape grassland diversity across six continents",
     "Nature Ecology & Evolution", "5:1102–1111", "10.1038/s41559-021-01487-2", {}),
    (A, 9, ["Wierzbicka, J.", "K. Mazur-Wójcik"], (), "2020",
     "Long-term mowing experiments reveal delayed recovery of orchid populations", "Biological Conservation", "243:108478", None, {}),
    (A, 8, ["Halvorsen, T.", "J. Wierzbicka", "A. Nygård"], (), "2020",
     "Phenological shifts in alpine plants track snowmelt timing, not temperature", "Oikos", "129:1740–1751", None, {}),
    (A, 7, ["Wierzbicka, J.", "P. Ekström", "K. Mazur-Wójcik"], (), "2019",
     "A Bayesian framework for estimating colonisation credit in fragmented grasslands", "Methods in Ecology and Evolution",
     "10:1320–1331", "10.1111/2041-210X.13221", {}),
    (A, 6, BIG21, (), "2019", "Global synthesis of plant–pollinator network responses to fertilisation", "Global Change Biology",
     "25:3890–3903", "10.1111/gcb.14790", {}),
    (A, 5, ["Wierzbicka, J.", "T. Zieliński"], (0, 1), "2018",
     "Soil microbial legacies of arable use persist for decades in restored grasslands", "Oecologia", "187:621–633", None,
     dict(note="* shared first authorship")),
    (A, 4, ["Zieliński, T.", "J. Wierzbicka", "K. Mazur-Wójcik"], (), "2017",
     "Mycorrhizal colonisation along a nitrogen deposition gradient in Polish meadows", "Mycorrhiza", "27:455–466", None, {}),
    (A, 3, ["Wierzbicka, J.", "K. Mazur-Wójcik"], (), "2016", "Colonisation credit in semi-natural grasslands of southern Poland",
     "Journal of Vegetation Science", "27:1093–1103", None, {}),
    (A, 2, ["Wierzbicka, J."], (), "2015", "Seed rain and seed bank composition in abandoned meadows",
     "Acta Societatis Botanicorum Poloniae", "84:301–310", None, {}),
    (A, 1, ["Mazur-Wójcik, K.", "J. Wierzbicka", "R. Kowalczyk"], (), "2014",
     "Effects of abandonment on vascular plant diversity in Carpathian hay meadows", "Polish Journal of Ecology", "62:233–245", None, {}),
]
CHAPTER = (["Wierzbicka, J.", "A. Nygård"], "2023", "Grassland plant diversity under nitrogen deposition", "145–168",
           "K. Mazur-Wójcik and T. Halvorsen", "Grasslands of Europe: ecology and conservation", "Cambridge University Press, Cambridge, UK")
REVIEW = [
    (["Nowak-Lindström, E.", "J. Wierzbicka", "A. Nygård"], "2024", "Drought legacies reshape competitive hierarchies in temperate grasslands",
     "bioRxiv", "10.1101/2024.05.14.594112", "in review at Oikos"),
    (["Ekström, P.", "L. Haugen", "J. Wierzbicka"], None, "Livestock grazing slows the loss of specialist plants after nitrogen addition",
     None, None, "Submitted to Journal of Ecology"),
]


def tex(s: str) -> str:
    return s.replace("&", r"\&").replace("%", r"\%").replace("#", r"\#").replace("_", r"\_").replace("--", "-{}-")


def esa_authors(auth, eq=()):
    """ESA order: first author inverted, the others 'F. Last'; ends with one period."""
    out = []
    for i, a in enumerate(auth):
        s = rf"\textbf{{{tex(a)}}}" if a in OWNER else tex(a)
        if i in eq:
            s += r"\textsuperscript{*}"
        out.append(s)
    if len(out) == 1:
        s = out[0]
    elif len(out) == 2:
        s = f"{out[0]}, and {out[1]}"
    else:
        s = ", ".join(out[:-1]) + ", and " + out[-1]
    return s if auth[-1].endswith(".") and not eq else s + "."


PREAMBLE = r"""\documentclass[10pt,a4paper]{article}
\usepackage[T1]{fontenc}
\usepackage[utf8]{inputenc}
\usepackage[sfdefault]{roboto}
\usepackage[margin=1.4cm,top=1.3cm,bottom=1.6cm]{geometry}
\usepackage[dvipsnames]{xcolor}
\usepackage{paracol}
\usepackage{etaremune}
\usepackage{enumitem}
\usepackage[hidelinks]{hyperref}
\usepackage{xurl}
\usepackage{ragged2e}
\urlstyle{same}
\definecolor{accent}{HTML}{2E6B4F}
\definecolor{side}{HTML}{EEF3EF}
\setlength{\parindent}{0pt}
\pagestyle{empty}
\columnratio{0.29}
\setlength{\columnsep}{1.2em}
\backgroundcolor{c[0](6pt,6pt)(6pt,6pt)}{side}
\newcommand{\cvsection}[1]{\par\vspace{7pt}{\color{accent}\Large\sffamily\bfseries #1}\par\vspace{-2pt}{\color{accent}\rule{\linewidth}{0.8pt}}\par\vspace{3pt}}
\newcommand{\sidesection}[1]{\par\vspace{6pt}{\color{accent}\large\sffamily\bfseries\MakeUppercase{#1}}\par\vspace{2pt}}
\newcommand{\cvsub}[1]{\par\vspace{4pt}{\sffamily\bfseries #1}\par\vspace{2pt}}
\newcommand{\cvevent}[4]{{\bfseries #1}\par{\color{accent}#2}\par{\small\sffamily\color{gray}#3\hfill #4}\par\vspace{4pt}}
\begin{document}
"""


def build(out_dir):
    t = [PREAMBLE]
    t.append(r"{\Huge\sffamily\bfseries Joanna Wierzbicka}\par\vspace{2pt}"
             r"{\large\color{accent}Plant community ecologist \textbar{} global change \textbar{} grassland restoration}\par\vspace{8pt}")
    t.append(r"\begin{paracol}{2}")
    # ---- sidebar ----
    t.append(r"\small\raggedright")
    t.append(r"\sidesection{Contact}")
    t.append(r"joanna.wierzbicka@slu.se\\ +46 18 67 14 92\\ \url{https://wierzbickalab.org}\\ ORCID 0000-0002-7731-4096\\"
             r" Ulls väg 16, 756 51 Uppsala, Sweden\par")
    t.append(r"\sidesection{Research interests}")
    t.append(r"Grassland biodiversity; nitrogen deposition; colonisation credit and extinction debt; distributed experiments; "
             r"Bayesian hierarchical models\par")
    t.append(r"\sidesection{Awards}")
    for a, y in AWARDS:
        t.append(rf"{tex(a)}\hfill{y}\par\vspace{{2pt}}")
    t.append(r"\sidesection{Skills}")
    t.append(", ".join(SKILLS) + r"\par")
    t.append(r"\sidesection{Languages}")
    t.append(r"\\ ".join(LANGS) + r"\par")
    t.append(r"\sidesection{Supervision}")
    t.append(r"2 Ph.D. students (main supervisor), 1 postdoc, 7 M.Sc. theses\par")
    t.append(r"\normalsize\justifying")
    t.append(r"\switchcolumn")
    # ---- main column ----
    t.append(r"\cvsection{Positions}")
    for p, d in POS:
        t.append(rf"\cvevent{{{tex(p['title'])}}}{{{tex(p['org'])}}}{{{d}}}{{{tex(p['location'])}}}")
        if p["supervisor"]:
            t.append(rf"{{\small Host: {tex(p['supervisor'])}}}\par\vspace{{4pt}}")
    t.append(r"\cvsection{Education}")
    for e, deg, d, extra in EDU:
        t.append(rf"\cvevent{{{tex(deg)}}}{{{tex(e['institution'])}}}{{{d}}}{{{tex(e['location'])}}}")
        if extra:
            t.append(rf"{{\small {tex(extra)}}}\par\vspace{{4pt}}")
    t.append(r"\cvsection{Publications}")
    t.append(r"{\small Author names in bold: J. Wierzbicka. \textsuperscript{*}\,shared first authorship. Google Scholar h-index: 14.}\par")
    t.append(r"\cvsub{Peer-reviewed articles}")
    t.append(r"\begin{etaremune}\setlength{\itemsep}{2pt}")
    pubs = []
    for section, num, auth, eq, ytxt, title, journal, vp, doi, g in ENTRIES:
        body = f"{esa_authors(auth, eq)} {ytxt}. {tex(title)}. {tex(journal)}"
        body += f" {vp}." if vp else "."
        if doi:
            body += rf" \url{{https://doi.org/{doi}}}"
        t.append(r"\item " + body)
        year = int(ytxt) if ytxt.isdigit() else None
        pubs.append(pub(section, num, title, auth, journal, journal, year, "journal", flags=g.get("flags", ()),
                        links=[f"https://doi.org/{doi}"] if doi else [], note=g.get("note"), doi=doi,
                        self_index=owner_index(auth, OWNER), eq=eq))
    t.append(r"\end{etaremune}")
    assert [p["index"] for p in pubs] == list(range(16, 0, -1))
    t.append(r"\cvsub{Book chapters}")
    t.append(r"\begin{itemize}[itemsep=2pt,leftmargin=*]")
    auth, y, title, pages, eds, book, publ = CHAPTER
    t.append(rf"\item {esa_authors(auth)} {y}. {tex(title)}. Pages {pages} in {tex(eds)}, editors. \emph{{{tex(book)}}}. {tex(publ)}.")
    t.append(r"\end{itemize}")
    pubs.append(pub(CH, 1, title, auth, book, book, int(y), "chapter", note=f"Pages {pages}; editors {eds}; {publ}",
                    self_index=owner_index(auth, OWNER)))
    t.append(r"\cvsub{Manuscripts in review}")
    t.append(r"\begin{itemize}[itemsep=2pt,leftmargin=*]")
    for i, (auth, y, title, server, doi, status) in enumerate(REVIEW, 1):
        body = esa_authors(auth)
        body += f" {y}." if y else ""
        body += f" {tex(title)}."
        if server:
            body += rf" {server}. \url{{https://doi.org/{doi}}} ({status})."
            pubs.append(pub(REV, i, title, auth, "bioRxiv", server, int(y), "preprint", flags=["under_review"],
                            links=[f"https://doi.org/{doi}"], note=status, doi=doi, self_index=owner_index(auth, OWNER)))
        else:
            body += f" {status}."
            pubs.append(pub(REV, i, title, auth, None, None, None, "other", flags=["submitted"], note=status,
                            self_index=owner_index(auth, OWNER)))
        t.append(r"\item " + body)
    t.append(r"\end{itemize}")
    t.append(r"\cvsection{Grants}")
    t.append(r"\begin{itemize}[itemsep=1pt,leftmargin=*]"
             r"\item ERC Starting Grant MEADOWLAG: \emph{Legacy effects in European grasslands} (PI), EUR 1.5M, 2025--2030"
             r"\item Swedish Research Council (VR) project grant 2022-04117 (PI), SEK 4.0M, 2023--2026"
             r"\item Formas early-career grant (co-PI), SEK 3.0M, 2022--2025\end{itemize}")
    t.append(r"\cvsection{Teaching}")
    t.append(r"\begin{itemize}[itemsep=1pt,leftmargin=*]"
             r"\item Community Ecology (M.Sc., SLU), course leader, 2022--present"
             r"\item Statistics for Ecologists with R (Ph.D. course, SLU and University of Oslo), 2020--2024"
             r"\item Field Course in Grassland Ecology (B.Sc., Jagiellonian University), 2013--2016\end{itemize}")
    t.append(r"\cvsection{Service}")
    t.append(r"Associate Editor, \emph{Journal of Vegetation Science} (2023--present). Reviewer for \emph{Ecology Letters}, "
             r"\emph{Journal of Ecology}, \emph{Oikos}, \emph{Global Change Biology}, and the ERC and NWO.\par")
    t.append(r"\end{paracol}")
    t.append(r"\end{document}")
    compile_tex("\n".join(t) + "\n", STEM, out_dir)
    return gold(STEM + ".pdf", PERSON, [e for e, *_ in EDU], [p for p, _ in POS], pubs,
                [{"name": a, "date": None} for a, _ in AWARDS], SKILLS + LANGS)
