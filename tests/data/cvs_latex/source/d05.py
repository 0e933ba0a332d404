"""05: biblatex + biber, style=apa, one \\printbibliography per type/keyword, owner bold via name annotations, biology."""
from common import tx, bibtx, pub, edu, pos, gold
from d04 import bibtitle

STEM = "05_nakamura-biology-biblatex"
SORTED_BY_STYLE = True
SA, SC, SP = "journal articles", "book chapters", "preprints"
OWN = "Nakamura, A."
EQ = "* equal contribution (legend above the lists)"


def apa(name):
    """'Aiko Nakamura' -> 'Nakamura, A.' ; 'Pedro J. Ibarra' -> 'Ibarra, P. J.'"""
    parts = name.split(" ")
    last = parts[-1]
    given = " ".join(p[0] + "." if not p.endswith(".") else p for p in parts[:-1])
    return f"{last}, {given}"


# key, type, authors (Given Last), eq indices, title (sentence case), year, fields, gold venue
E = [
    ("nak24a", "article", ["Aiko Nakamura", "Lars Østergaard", "Pedro J. Ibarra"], [], "Temperature-dependent plasticity of flowering time in Arabidopsis accessions from Scandinavia", 2024,
     {"journaltitle": "New Phytologist", "volume": "241", "number": "3", "pages": "1120--1135", "doi": "10.1111/nph.19901"}, "New Phytologist", "journal"),
    ("ost24", "article", ["Lars Østergaard", "Aiko Nakamura"], [0, 1], "Diffuse selection on root architecture in a common garden experiment", 2024,
     {"journaltitle": "Evolution", "volume": "78", "number": "2", "pages": "301--317", "doi": "10.1093/evolut/qpad901"}, "Evolution", "journal"),
    ("nak23a", "article", ["Aiko Nakamura", "Céline Moreau", "Hannah Okonkwo", "Lars Østergaard"], [], "Efficient CRISPR-based fine mapping of a flowering-time QTL", 2023,
     {"journaltitle": "The Plant Cell", "volume": "35", "number": "11", "pages": "4012--4031", "doi": "10.1093/plcell/koad901"}, "The Plant Cell", "journal"),
    ("ibarra23", "article", ["Pedro J. Ibarra", "Aiko Nakamura"], [], "Epigenetic memory of drought in perennial grasses", 2023,
     {"journaltitle": "Molecular Ecology", "volume": "32", "number": "8", "pages": "2001--2016", "doi": "10.1111/mec.16901"}, "Molecular Ecology", "journal"),
    ("okon22", "article", ["Hannah Okonkwo", "Aiko Nakamura", "Céline Moreau"], [0, 1], "Field transcriptomics reveals diurnal coordination of defence and growth", 2022,
     {"journaltitle": "Nature Plants", "volume": "8", "pages": "1432--1445", "doi": "10.1038/s41477-022-90123-4"}, "Nature Plants", "journal"),
    ("nak22", "article", ["Aiko Nakamura", "Pedro J. Ibarra"], [], "Fitness consequences of vernalization requirement along a latitudinal cline", 2022,
     {"journaltitle": "American Naturalist", "volume": "199", "number": "4", "pages": "512--527", "doi": "10.1086/718901"}, "American Naturalist", "journal"),
    ("moreau21", "article", ["Céline Moreau", "Jürgen Weiß", "Aiko Nakamura", "Lars Østergaard", "Hannah Okonkwo", "Pedro J. Ibarra", "Rui Tanaka"], [], "A pan-genome of wild barley identifies structural variants underlying local adaptation", 2021,
     {"journaltitle": "Genome Biology", "volume": "22", "pages": "288", "doi": "10.1186/s13059-021-90488-1"}, "Genome Biology", "journal"),
    ("nak20", "article", ["Aiko Nakamura", "Rui Tanaka"], [], "Natural variation in seed dormancy across the Japanese archipelago", 2020,
     {"journaltitle": "Heredity", "volume": "125", "pages": "101--113", "doi": "10.1038/s41437-020-9031-2"}, "Heredity", "journal"),
    ("tanaka19", "article", ["Rui Tanaka", "Aiko Nakamura", "Jürgen Weiß"], [], "Offspring fitness after reciprocal transplants of Arabis alpina", 2019,
     {"journaltitle": "Journal of Ecology", "volume": "107", "number": "6", "pages": "2650--2663", "doi": "10.1111/1365-2745.13901"}, "Journal of Ecology", "journal"),
    ("nak18", "article", ["Aiko Nakamura"], [], "Phenological mismatch between flowering and pollinator activity under warming", 2018,
     {"journaltitle": "Oecologia", "volume": "188", "pages": "77--89", "doi": "10.1007/s00442-018-9011-5"}, "Oecologia", "journal"),
    ("nak23ch", "incollection", ["Aiko Nakamura", "Lars Østergaard"], [], "Flowering time as a model for adaptive evolution", 2023,
     {"booktitle": "Plant evolutionary genetics", "editor": "Margit Hellström and Samuel Adeyemi", "publisher": "Oxford University Press", "pages": "145--171"}, "Plant evolutionary genetics", "chapter"),
    ("nak25pre", "article", ["Aiko Nakamura", "Hannah Okonkwo", "Jürgen Weiß"], [], "Single-cell atlas of the shoot apical meristem during the floral transition", 2025,
     {"journaltitle": "bioRxiv", "doi": "10.1101/2025.01.14.901234", "keywords": "preprint"}, "bioRxiv", "preprint"),
    ("weiss24pre", "article", ["Jürgen Weiß", "Aiko Nakamura"], [], "Offsetting effects of warming and drought on seed set", 2024,
     {"journaltitle": "bioRxiv", "doi": "10.1101/2024.06.02.901877", "keywords": "preprint"}, "bioRxiv", "preprint"),
]

EDU = [
    edu("University of Zurich", "Ph.D.", "Plant Biology", "2014", "2018", advisor="Prof. Jürgen Weiß", location="Zürich, Switzerland"),
    edu("Kyoto University", "M.Sc.", "Agriculture", "2012", "2014", location="Kyoto, Japan"),
    edu("Kyoto University", "B.Sc.", "Biology", "2008", "2012", location="Kyoto, Japan"),
]
POS = [
    pos("University of Copenhagen", "Assistant Professor", "2022", "present", "job", location="Copenhagen, Denmark"),
    pos("John Innes Centre", "Postdoctoral Scientist", "2018", "2022", "research", location="Norwich, UK", supervisor="Prof. Céline Moreau"),
]
AWARDS = [("EMBO Postdoctoral Fellowship", None), ("Society for the Study of Evolution Hamilton Award", None)]
SKILLS = ["R", "Python", "Snakemake", "CRISPR/Cas9 genome editing", "Japanese (native)", "English (fluent)", "Danish (basic)"]


def bib():
    out = []
    for key, typ, au, eq, ti, y, f, v, t in E:
        ann = []
        for i, a in enumerate(au):
            tags = (["highlight"] if apa(a) == OWN else []) + (["equal"] if i in eq else [])
            if tags:
                ann.append(f"{i + 1}={','.join(tags)}")
        lines = [f"@{typ}{{{key},", f"  author = {{{' and '.join(bibtx(a) for a in au)}}},"]
        if ann:
            lines.append(f"  author+an = {{{';'.join(ann)}}},")
        lines += [f"  title = {{{bibtitle(ti)}}},", f"  date = {{{y}}},"]
        for k, val in f.items():
            lines.append(f"  {k} = {{{val if k == 'doi' else bibtx(val)}}},")
        out.append("\n".join(lines) + "\n}\n")
    return "% Invented entries for a test CV (scholarscope). Not real papers.\n\n" + "\n".join(out)


def build():
    pubs = []
    for key, typ, au, eq, ti, y, f, v, t in E:
        names = [apa(a) for a in au]
        doi = f["doi"] if "doi" in f else None
        sec = SP if t == "preprint" else SC if t == "chapter" else SA
        note = EQ if eq else None
        if t == "chapter":
            note = "In M. Hellström & S. Adeyemi (Eds.); Oxford University Press; pp. 145–171"
        pubs.append(pub(sec, 0, ti, names, names.index(OWN), v, v, y, t, eq=eq, doi=doi,
                        links=[f"https://doi.org/{doi}"] if doi else [], note=note))
    tex = r"""\documentclass[11pt,a4paper]{article}
\usepackage[T1]{fontenc}
\usepackage[utf8]{inputenc}
\usepackage{lmodern}
\usepackage[british]{babel}
\usepackage{csquotes}
\usepackage[a4paper,margin=2.3cm]{geometry}
\usepackage[style=apa,backend=biber]{biblatex}
\addbibresource{""" + STEM + r""".bib}
\usepackage{xcolor}
\usepackage[colorlinks,urlcolor=violet,linkcolor=black]{hyperref}
\renewcommand*{\mkbibnamefamily}[1]{\ifitemannotation{highlight}{\textbf{#1}}{#1}}
\renewcommand*{\mkbibnamegiven}[1]{\ifitemannotation{highlight}{\textbf{#1}}{#1}\ifitemannotation{equal}{\textsuperscript{*}}{}}
\setlength{\parindent}{0pt}
\begin{document}
{\Huge Aiko Nakamura}\hfill{\small\today}\\[4pt]
\rule{\textwidth}{1pt}\\
Department of Plant and Environmental Sciences, University of Copenhagen, Thorvaldsensvej 40, 1871 Frederiksberg C, Denmark\\
\href{mailto:aiko.nakamura@plen.example.dk}{aiko.nakamura@plen.example.dk} $\mid$ +45 35 55 09 12 $\mid$ \href{https://www.nakamuralab.example.org}{www.nakamuralab.example.org}

\section*{Research Positions}
\textbf{Assistant Professor}, University of Copenhagen, Copenhagen, Denmark \hfill 2022 -- present\\
\textbf{Postdoctoral Scientist}, John Innes Centre, Norwich, UK (with Prof. C\'eline Moreau) \hfill 2018 -- 2022

\section*{Education}
\textbf{Ph.D. in Plant Biology}, University of Zurich, Z\"urich, Switzerland \hfill 2014 -- 2018\\
\hspace*{1.5em}Supervisor: Prof. J\"urgen Wei{\ss}\\
\textbf{M.Sc. in Agriculture}, Kyoto University, Kyoto, Japan \hfill 2012 -- 2014\\
\textbf{B.Sc. in Biology}, Kyoto University, Kyoto, Japan \hfill 2008 -- 2012

\section*{Fellowships and Awards}
EMBO Postdoctoral Fellowship \hfill 2019\\
Society for the Study of Evolution Hamilton Award \hfill 2017

\section*{Publications}
My name is in bold; $^*$ marks authors who contributed equally.
\nocite{*}
\printbibliography[heading=subbibliography,type=article,notkeyword=preprint,title={Journal Articles}]
\printbibliography[heading=subbibliography,type=inbook,title={Book Chapters}]
\printbibliography[heading=subbibliography,keyword=preprint,title={Preprints}]

\section*{Skills}
\textbf{Computational:} R, Python, Snakemake. \textbf{Laboratory:} CRISPR/Cas9 genome editing.
\textbf{Languages:} Japanese (native), English (fluent), Danish (basic).
\end{document}
"""
    person = {"name": "Aiko Nakamura", "emails": ["aiko.nakamura@plen.example.dk"], "phones": ["+45 35 55 09 12"],
              "homepages": ["https://www.nakamuralab.example.org"]}
    return tex, bib(), gold(STEM + ".pdf", person, EDU, POS, pubs, AWARDS, SKILLS)
