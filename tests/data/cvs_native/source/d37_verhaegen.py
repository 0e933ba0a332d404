"""37: an **ERC grant application's Part B1 "Curriculum vitae" + "Track record"** (PDF, pdfTeX, mathptmx Times, A4):
running header "Verhaegen | Part B1 | ADAPTOME" (applicant, form part, acronym) on every page, the ERC CV template's
upper-case bulleted headings (PERSONAL INFORMATION with "Family name, First name:", EDUCATION, CURRENT POSITION,
PREVIOUS POSITIONS, FELLOWSHIPS AND AWARDS, SUPERVISION…, TEACHING ACTIVITIES, ORGANISATION OF SCIENTIFIC MEETINGS,
INSTITUTIONAL RESPONSIBILITIES) as **year | text tabulars** with open ranges "2021 –", then the Track record: a
**bibliometrics line**, a **legend** (bold applicant, `#` corresponding, `*` equal contribution, underlined supervised
students/postdocs), and numbered items **"1. Ten representative publications …"** with **citation counts in brackets**
("[Citations: 94]"), a consortium paper with **"(…)" for left-out middle authors**, chapters, a preprint under
review, software and data sets (Zenodo, Dryad), invited talks and meetings (not annotated). Evolutionary genomics."""
from make_native import pub, owner_index, edu, pos, gold, compile_tex

STEM = "37_verhaegen-evolgenomics-erc"
ME = "Verhaegen S"
PERSON = {"name": "Saskia Verhaegen", "emails": ["saskia.verhaegen@ugent.be"], "phones": [],
          "homepages": ["https://www.ugent.be/we/biology/en/research/verhaegen-lab"]}
STUDENTS = {"De Wolf K", "Pereira-Lindholm A", "Okonkwo-Baert T"}
S1 = "1. ten representative publications as main or senior author (since 2016)"
S2 = "2. research monographs and contributions to collective volumes"
S3 = "3. preprints under review"
S4 = "4. software and data sets"
HEAD = {S1: "1. Ten representative publications as main or senior author (since 2016)",
        S2: "2. Research monographs and contributions to collective volumes",
        S3: "3. Preprints under review", S4: "4. Software and data sets"}
# (section, authors (# corresponding, * equal), cut after the listed ones, year, title, citation tail (TeX), gold dict)
PUBS = [
    (S1, ["Verhaegen S#", "De Wolf K", "Ahlström M", "Vanparys D"], None, 2023,
     "Parallel genomic adaptation to urban heat islands in the water flea Daphnia magna",
     r"\textit{Nature Ecology \& Evolution} 7: 1123--1135. [Citations: 94]",
     dict(venue="Nature Ecology & Evolution", note="7: 1123–1135; [Citations: 94]")),
    (S1, ["De Wolf K*", "Pereira-Lindholm A*", "Verhaegen S#"], None, 2024,
     "Standing genetic variation fuels rapid thermal adaptation across a latitudinal gradient",
     r"\textit{Molecular Biology and Evolution} 41: msae087. [Citations: 23]",
     dict(venue="Molecular Biology and Evolution", note="41: msae087; [Citations: 23]")),
    (S1, ["Verhaegen S#", "Björklund L"], None, 2016,
     "Polygenic selection on body size in wild zooplankton populations",
     r"\textit{Evolution} 70: 2215--2229. [Citations: 187]",
     dict(venue="Evolution", note="70: 2215–2229; [Citations: 187]")),
    (S1, ["Martins-Loureiro P", "Schmidt-Hansen J"], "Verhaegen S#", 2021,
     "A resurrection ecology atlas of 40 years of Daphnia evolution in European lakes",
     r"\textit{Nature Communications} 12: 5511. [Citations: 142] (consortium paper, 31 authors; S.V. senior and "
     r"corresponding author)",
     dict(venue="Nature Communications",
          note="12: 5511; [Citations: 142]; consortium paper, 31 authors; S.V. senior and corresponding author")),
    (S1, ["Verhaegen S#", "Okonkwo-Baert T", "Vanparys D"], None, 2018,
     "Epistasis shapes the trajectory of insecticide resistance evolution",
     r"\textit{PLoS Genetics} 14: e1007612. [Citations: 211]",
     dict(venue="PLOS Genetics", note="14: e1007612; [Citations: 211]")),
    (S1, ["Ahlström M", "Verhaegen S#"], None, 2019,
     "Genome-wide signatures of local adaptation to fish predation",
     r"\textit{Molecular Ecology} 28: 4231--4247. [Citations: 168]",
     dict(venue="Molecular Ecology", note="28: 4231–4247; [Citations: 168]")),
    (S1, ["Verhaegen S#"], None, 2020,
     "Predicting evolution from standing variation: promises and pitfalls",
     r"\textit{Trends in Ecology \& Evolution} 35: 1018--1029. [Citations: 256] (invited review)",
     dict(venue="Trends in Ecology & Evolution", note="35: 1018–1029; [Citations: 256]; invited review")),
    (S1, ["Pereira-Lindholm A", "De Wolf K", "Verhaegen S#"], None, 2022,
     "Transgenerational plasticity masks genetic adaptation to warming",
     r"\textit{Proceedings of the Royal Society B: Biological Sciences} 289: 20221043. [Citations: 61]",
     dict(venue="Proceedings of the Royal Society B: Biological Sciences", note="289: 20221043; [Citations: 61]")),
    (S1, ["Verhaegen S#", "Van Damme R", "Björklund L", "Ahlström M", "Pereira-Lindholm A", "De Wolf K", "Okafor J",
          "Lindqvist-Mertens H"], None, 2017,
     "Adaptive introgression across a Daphnia hybrid zone",
     r"\textit{Genome Research} 27: 1859--1870. [Citations: 133]",
     dict(venue="Genome Research", note="27: 1859–1870; [Citations: 133]")),
    (S1, ["Okonkwo-Baert T", "Verhaegen S#"], None, 2025,
     "Experimental evolution reveals cost-free resistance to a cyanobacterial toxin",
     r"\textit{Current Biology} 35: 812--824.e5. [Citations: 4]",
     dict(venue="Current Biology", note="35: 812–824.e5; [Citations: 4]")),
    (S2, ["Verhaegen S"], None, 2022,
     "Detecting polygenic adaptation from allele frequency time series",
     r"In: Mertens P, Okafor A (eds) \textit{Evolutionary Genomics: Statistical and Computational Methods}, 2nd edn. "
     r"Methods in Molecular Biology, vol 2590. Humana, New York, pp 211--236.",
     dict(type="chapter", venue="Evolutionary Genomics: Statistical and Computational Methods",
          note="In: Mertens P, Okafor A (eds), 2nd edn. Methods in Molecular Biology, vol 2590. Humana, New York, "
               "pp 211–236")),
    (S2, ["Verhaegen S", "De Wolf K"], None, 2019, "Resurrection ecology",
     r"In: Lindström P (ed) \textit{Encyclopedia of Ecology and Evolution}, 2nd edn. Academic Press, Oxford, "
     r"pp 45--53.",
     dict(type="chapter", venue="Encyclopedia of Ecology and Evolution",
          note="In: Lindström P (ed), 2nd edn. Academic Press, Oxford, pp 45–53")),
    (S3, ["De Wolf K", "Okonkwo-Baert T", "Verhaegen S#"], None, 2025,
     "Heat waves select for faster development in Daphnia across Europe",
     r"\textit{bioRxiv}. \url{https://doi.org/10.1101/2025.01.14.632811} (under review at \textit{PLoS Biology})",
     dict(type="preprint", venue="bioRxiv", flags=["under_review"], link="https://doi.org/10.1101/2025.01.14.632811",
          note="under review at PLoS Biology")),
    (S4, ["Verhaegen S", "Ahlström M"], None, 2020,
     "polyscan: genome scans for polygenic adaptation (v1.4)",
     r"\textit{Zenodo}. \url{https://doi.org/10.5281/zenodo.4012345}",
     dict(type="other", venue="Zenodo", link="https://doi.org/10.5281/zenodo.4012345", note="R package")),
    (S4, ["De Wolf K", "Verhaegen S"], None, 2023,
     "Daphnia thermal tolerance and genotype data from 32 European populations",
     r"\textit{Dryad}. \url{https://doi.org/10.5061/dryad.8pk0p2nxx}",
     dict(type="other", venue="Dryad", link="https://doi.org/10.5061/dryad.8pk0p2nxx", note="data set")),
]
EDU = [("2012", r"PhD in Biology\newline Faculty of Sciences, Ghent University, Belgium\newline "
        r"PhD supervisor: Prof.\ Dirk Vanparys",
        edu("Faculty of Sciences, Ghent University", "Ph.D.", "Biology", None, "2012", advisor="Prof. Dirk Vanparys",
            location="Belgium")),
       ("2008", r"Master of Science in Biology, Ghent University, Belgium",
        edu("Ghent University", "M.S.", "Biology", None, "2008", location="Belgium")),
       ("2006", r"Bachelor of Science in Biology, Ghent University, Belgium",
        edu("Ghent University", "B.Sc.", "Biology", None, "2006", location="Belgium"))]
CUR = [("2021 --", r"Associate Professor (Hoofddocent), Department of Biology, Ghent University, Belgium",
        pos("Department of Biology, Ghent University", "Associate Professor", "2021", "present", "job",
            location="Belgium"))]
PREV = [("2016 -- 2021", r"Tenure-track Assistant Professor (BOF-ZAP), Department of Biology, Ghent University, Belgium",
         pos("Department of Biology, Ghent University", "Tenure-track Assistant Professor", "2016", "2021", "job",
             location="Belgium")),
        ("2013 -- 2016", r"Postdoctoral Fellow (EMBO Long-Term Fellowship), Department of Ecology and Genetics, "
         r"Uppsala University, Sweden (host: Prof.\ Lena Björklund)",
         pos("Department of Ecology and Genetics, Uppsala University", "Postdoctoral Fellow", "2013", "2016", "research",
             location="Sweden", supervisor="Prof. Lena Björklund")),
        ("2012 -- 2013", r"Postdoctoral Researcher, Faculty of Sciences, Ghent University, Belgium",
         pos("Faculty of Sciences, Ghent University", "Postdoctoral Researcher", "2012", "2013", "research",
             location="Belgium"))]
AWARDS = [("2023", "Laureate, Royal Flemish Academy of Belgium for Science and the Arts"),
          ("2017", "Young Investigator Award, European Society for Evolutionary Biology"),
          ("2013", "EMBO Long-Term Fellowship"),
          ("2012", "Ghent University Prize for the best PhD thesis in Biology")]


def tex(s):
    return s.replace("&", r"\&").replace("%", r"\%").replace("#", r"\#")


def names_tex(authors, cut_owner):
    out = []
    for a in authors:
        core, mark = a.rstrip("#*"), a[len(a.rstrip("#*")):]
        t = r"\textbf{%s}" % core if core == ME else (r"\uline{%s}" % core if core in STUDENTS else core)
        out.append(t + (r"\textsuperscript{%s}" % tex(mark) if mark else ""))
    if cut_owner:
        core, mark = cut_owner.rstrip("#*"), cut_owner[len(cut_owner.rstrip("#*")):]
        out.append("(\\ldots)")
        out.append(r"\textbf{%s}" % core + (r"\textsuperscript{%s}" % tex(mark) if mark else ""))
    return ", ".join(out)


def rows(items):
    return "\n".join(r"%s & %s \\[2pt]" % (y, t) for y, t, *_ in items)


def build(out_dir):
    L = [r"""\documentclass[11pt,a4paper]{article}
\usepackage[T1]{fontenc}
\usepackage[utf8]{inputenc}
\usepackage{mathptmx}
\usepackage[margin=2cm,headheight=14pt]{geometry}
\usepackage{fancyhdr}
\usepackage{array}
\newcommand{\uline}[1]{\underline{#1}}
\usepackage{enumitem}
\usepackage[hidelinks]{hyperref}
\usepackage{xurl}
\urlstyle{same}
\pagestyle{fancy}
\fancyhf{}
\lhead{Verhaegen}
\chead{Part B1}
\rhead{ADAPTOME}
\cfoot{\thepage}
\setlength{\parindent}{0pt}
\setlength{\parskip}{3pt}
\newcommand{\cvhead}[1]{\par\vspace{5pt}\textbullet\ \textbf{\MakeUppercase{#1}}\par\vspace{1pt}}
\newenvironment{cvrows}{\begin{tabular}{@{}p{2.6cm}@{}p{14.3cm}@{}}}{\end{tabular}}
\begin{document}
\textbf{Section b: Curriculum Vitae (max.\ 2 pages)}

\cvhead{Personal information}
Family name, First name: Verhaegen, Saskia\\
Researcher unique identifier(s): ORCID 0000-0002-4417-8823\\
Date of birth: 14/03/1984 \qquad Nationality: Belgian\\
E-mail: saskia.verhaegen@ugent.be\\
URL for website: \url{https://www.ugent.be/we/biology/en/research/verhaegen-lab}
"""]
    L.append(r"\cvhead{Education}" "\n" r"\begin{cvrows}" "\n" + rows(EDU) + "\n" r"\end{cvrows}")
    L.append(r"\cvhead{Current position}" "\n" r"\begin{cvrows}" "\n" + rows(CUR) + "\n" r"\end{cvrows}")
    L.append(r"\cvhead{Previous positions}" "\n" r"\begin{cvrows}" "\n" + rows(PREV) + "\n" r"\end{cvrows}")
    L.append(r"\cvhead{Fellowships and awards}" "\n" r"\begin{cvrows}" "\n" + rows(AWARDS) + "\n" r"\end{cvrows}")
    L.append(r"""\cvhead{Supervision of graduate students and postdoctoral fellows}
\begin{cvrows}
2016 -- & 6 postdoctoral fellows, 9 PhD students (4 completed), 14 MSc students, Ghent University, Belgium \\[2pt]
2014 -- 2016 & 2 MSc students (co-supervision), Uppsala University, Sweden \\[2pt]
\end{cvrows}
\cvhead{Teaching activities}
\begin{cvrows}
2017 -- & Evolutionary Genomics (MSc Biology, 6 ECTS, 60 students/year), Ghent University \\[2pt]
2016 -- & Population Genetics practicals (BSc Biology), Ghent University \\[2pt]
\end{cvrows}
\cvhead{Organisation of scientific meetings}
\begin{cvrows}
2024 & Co-organiser, symposium ``Predicting evolution'', ESEB Congress, Barcelona, Spain (350 participants) \\[2pt]
2019 & Organiser, Flemish Evolution Day, Ghent, Belgium (120 participants) \\[2pt]
\end{cvrows}
\cvhead{Institutional responsibilities}
\begin{cvrows}
2022 -- & Chair, Doctoral Training Committee, Faculty of Sciences, Ghent University \\[2pt]
2018 -- 2022 & Member, Faculty Research Council, Ghent University \\[2pt]
\end{cvrows}

\bigskip
\textbf{Section c: Track record (max.\ 2 pages)}

Google Scholar (1 March 2025): 5,840 citations, h-index 34; 41 peer-reviewed papers since 2016, 23 as first or last
author. \textbf{Bold}: applicant; \#~corresponding author; *~equal contribution; \uline{underlined}: PhD students and
postdocs supervised by the applicant. Citation counts from Google Scholar.
""")
    pubs, cur, n = [], None, 0
    for sec, authors, cut_owner, year, title, tail, g in PUBS:
        if sec != cur:
            L.append(r"\par\medskip\textbf{%s}\par" % tex(HEAD[sec]))
            L.append(r"\begin{enumerate}[leftmargin=1.5em,label=\arabic*.,itemsep=2pt,topsep=2pt]")
            cur, n = sec, 0
        n += 1
        L.append(r"\item %s (%d) %s. %s" % (names_tex(authors, cut_owner), year, tex(title), tail))
        if n == len([p for p in PUBS if p[0] == sec]):
            L.append(r"\end{enumerate}")
        printed = authors + ([cut_owner] if cut_owner else [])
        clean = [a.rstrip("#*") for a in printed]
        eq = [k for k, a in enumerate(printed) if a.endswith("*")]
        notes = [g["note"]] if g.get("note") else []
        if any(a.endswith("#") for a in printed):
            notes.append("# corresponding author (legend)")
        stud = [c for c in clean if c in STUDENTS]
        if stud:
            notes.append("underlined: supervised students/postdocs: " + ", ".join(stud))
        link = g.get("link")
        doi = link.split("doi.org/")[1] if link else None
        venue_raw = {"PLOS Genetics": "PLoS Genetics"}.get(g["venue"], g["venue"])
        pubs.append(pub(sec, n, title, clean, g["venue"], venue_raw, year, g.get("type", "journal"),
                        flags=g.get("flags", ()), links=[link] if link else [], note="; ".join(notes), doi=doi,
                        self_index=owner_index(clean, {ME}), eq=eq, trunc=bool(cut_owner)))
    L.append(r"""\par\medskip\textbf{5. Invited presentations to peer-reviewed, internationally established conferences}\par
\begin{enumerate}[leftmargin=1.5em,label=\arabic*.,itemsep=2pt,topsep=2pt]
\item Keynote: ``Can we predict evolution from standing variation?'' ESEB Congress, Barcelona, Spain, 2024.
\item Plenary: ``Forty years of Daphnia evolution in a resurrected egg bank.'' SMBE Annual Meeting, Ferrara, Italy, 2023.
\item Invited symposium talk: ``Urban heat and rapid adaptation.'' Evolution Meeting, Albuquerque, USA, 2023.
\end{enumerate}
\par\medskip\textbf{6. Prizes and awards}: see Section b.
\end{document}
""")
    compile_tex("\n".join(L) + "\n", STEM, out_dir)
    return gold(f"{STEM}.pdf", PERSON, [e[2] for e in EDU], [p[2] for p in CUR + PREV], pubs,
                [{"name": n_, "date": None} for _, n_ in AWARDS], [])
