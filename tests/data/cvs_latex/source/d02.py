"""02: article class, \\section* per part, right-aligned dates with \\hfill, ACS-style numbered list."""
from common import tx, pub, edu, pos, gold

STEM = "02_marchand-chemistry-hfill"
OWN = "Marchand, É."
S1, S2, S3 = "peer-reviewed articles", "book chapters", "submitted manuscripts"
EQ = "† equal contribution (legend under Publications)"

# (authors, eq, title, venue_raw, venue, year, vol, pages, doi)
ART = [
    (["Marchand, É.", "Søndergaard, K.", "Okafor, C. N.", "Lefèvre, P."], [], "Fluorinated ether electrolytes suppress dendrite growth in lithium-metal cells at high current density",
     "J. Am. Chem. Soc.", "Journal of the American Chemical Society", 2024, "146", "5521–5533", "10.1021/jacs.4c91807"),
    (["Okafor, C. N.", "Marchand, É."], [], "Operando Raman spectroscopy of solid–electrolyte interphase formation on copper foil",
     "ACS Energy Lett.", "ACS Energy Letters", 2024, "9", "1187–1195", "10.1021/acsenergylett.4c90012"),
    (["Brückner, J.", "Marchand, É.", "Wiśniewska, A."], [0, 1], "Efficient synthesis of difluorinated borate salts for sodium-ion batteries",
     "Chem. Mater.", "Chemistry of Materials", 2023, "35", "8810–8821", "10.1021/acs.chemmater.3c90455"),
    (["Marchand, É.", "Lefèvre, P."], [], "Coulombic efficiency beyond 99.9%: what limits lithium-metal anodes?",
     "Energy Environ. Sci.", "Energy & Environmental Science", 2023, "16", "3302–3315", "10.1039/d3ee90871a"),
    (["Nguyen, T. H.", "Okafor, C. N.", "Ibáñez, R.", "Marchand, É.", "Lefèvre, P.", "Castellanos-Ruiz, M."], [], "Diffusion-limited plating and stripping in confined three-dimensional host architectures",
     "Adv. Energy Mater.", "Advanced Energy Materials", 2022, "12", "2201874", "10.1002/aenm.2022901874"),
    (["Marchand, É.", "Grünwald, M.", "Lefèvre, P."], [], "Solvation-sheath engineering with weakly coordinating anions",
     "Angew. Chem. Int. Ed.", "Angewandte Chemie International Edition", 2022, "61", "e202209117", "10.1002/anie.202290117"),
    (["Søndergaard, K.", "Marchand, É."], [0, 1], "A fluorine-free high-voltage electrolyte for nickel-rich cathodes",
     "J. Mater. Chem. A", "Journal of Materials Chemistry A", 2021, "9", "20112–20124", "10.1039/d1ta90552c"),
    (["Marchand, É.", "Haddad, Y.", "Lefèvre, P."], [], "Stiff polymer interlayers for anode-free pouch cells",
     "ACS Appl. Mater. Interfaces", "ACS Applied Materials & Interfaces", 2021, "13", "44120–44131", "10.1021/acsami.1c90233"),
    (["Marchand, É.", "Lefèvre, P."], [], "Effect of trace water on lithium bis(fluorosulfonyl)imide electrolytes",
     "J. Phys. Chem. C", "Journal of Physical Chemistry C", 2020, "124", "15501–15510", "10.1021/acs.jpcc.0c90318"),
    (["Ferreira, D. L.", "Marchand, É.", "Dubois-Kaplan, S.", "Lefèvre, P."], [], "Quantifying inactive lithium by titration gas chromatography: a practical protocol",
     "ChemElectroChem", "ChemElectroChem", 2019, "6", "4410–4418", "10.1002/celc.2019900931"),
    (["Marchand, É.", "Dubois-Kaplan, S."], [], "Ionic liquid additives for stable sulfide solid electrolytes",
     "Electrochim. Acta", "Electrochimica Acta", 2018, "283", "1120–1129", "10.1016/j.electacta.2018.90.112"),
    (["Okafor, C. N.", "Marchand, É.", "Lefèvre, P.", "Søndergaard, K.", "Brückner, J."], [], "Cross-talk between electrodes in high-energy lithium cells: an offline differential electrochemical mass spectrometry study",
     "Batteries Supercaps", "Batteries & Supercaps", 2018, "1", "101–112", "10.1002/batt.2018900204"),
]
CHAP = [
    (["Marchand, É.", "Lefèvre, P."], "Liquid electrolytes for lithium-metal batteries",
     "In Next-Generation Batteries; Tanaka, H., Ed.; Royal Society of Chemistry: Cambridge, 2023; pp 211–248.",
     "Next-Generation Batteries", 2023),
]
SUB = [
    (["Marchand, É.", "Okafor, C. N.", "Grünwald, M."], "Machine-learned force fields for fluorinated solvent mixtures", "Submitted to J. Chem. Phys."),
    (["Haddad, Y.", "Marchand, É."], "Self-healing artificial interphases from diffuse polymer brushes", "Submitted to Nat. Commun."),
]

EDU = [
    edu("Université de Strasbourg", "Ph.D.", "Chemistry", "2013", "2017", advisor="Prof. Pierre Lefèvre", location="Strasbourg, France"),
    edu("École Normale Supérieure de Lyon", "M.Sc.", "Chemistry", "2011", "2013", location="Lyon, France"),
    edu("Université Claude Bernard Lyon 1", "B.Sc.", "Chemistry", "2008", "2011", location="Lyon, France"),
]
POS = [
    pos("Université de Montréal", "Assistant Professor of Chemistry", "2021", "present", "job", location="Montréal, Canada"),
    pos("Technical University of Denmark", "Postdoctoral Fellow", "2018", "2021", "research", location="Lyngby, Denmark", supervisor="Prof. Kirsten Søndergaard"),
    pos("Université de Strasbourg", "Teaching Assistant, General Chemistry", "2014", "2017", "teaching", location="Strasbourg, France"),
]
AWARDS = [("Marie Skłodowska-Curie Individual Fellowship", None), ("Prix de thèse de la Société Chimique de France", None),
          ("ECS Battery Division Student Research Award", None),
          ("Reaxys PhD Prize Finalist", None)]
SKILLS = ["Electrochemical impedance spectroscopy", "Operando Raman spectroscopy", "Glovebox synthesis", "Python", "Gaussian"]


def auth_tex(authors, eq):
    parts = []
    for i, a in enumerate(authors):
        t = tx(a)
        if a == OWN:
            t = r"\textbf{" + t + "}"
        if i in eq:
            t += r"$^\dagger$"
        parts.append(t)
    return "; ".join(parts)


def build():
    pubs = []
    items = []
    for n, (au, eq, ti, vr, v, y, vol, pg, doi) in enumerate(ART, 1):
        si = au.index(OWN)
        items.append(rf"\item {auth_tex(au, eq)} {tx(ti)}{'' if ti.endswith('?') else '.'} \emph{{{tx(vr)}}} \textbf{{{y}}}, \emph{{{vol}}}, {tx(pg)}. "
                     rf"\href{{https://doi.org/{doi}}}{{doi:{tx(doi)}}}")
        pubs.append(pub(S1, n, ti, au, si, v, vr, y, "journal", eq=eq, links=[f"https://doi.org/{doi}"], doi=doi,
                        note=EQ if eq else None))
    chap = []
    for n, (au, ti, rest, book, y) in enumerate(CHAP, 1):
        chap.append(rf"\item {auth_tex(au, [])} {tx(ti)}. In \emph{{{tx(book)}}}; Tanaka, H., Ed.; Royal Society of Chemistry: Cambridge, \textbf{{{y}}}; pp 211--248.")
        pubs.append(pub(S2, n, ti, au, au.index(OWN), book, book, y, "chapter", note="Tanaka, H., Ed.; Royal Society of Chemistry: Cambridge; pp 211–248"))
    sub = []
    for n, (au, ti, target) in enumerate(SUB, 1):
        sub.append(rf"\item {auth_tex(au, [])} {tx(ti)}. {tx(target)}")
        pubs.append(pub(S3, n, ti, au, au.index(OWN), None, None, None, "other", flags=["submitted"], note=target))

    def dated(left, right, sub=None, extra=None):
        s = rf"\noindent\textbf{{{tx(left)}}} \hfill {tx(right)}\\" + "\n"
        if sub:
            s += rf"{tx(sub)}" + (r"\\" + "\n" + rf"\textit{{{tx(extra)}}}" if extra else "") + "\n\n\\medskip\n"
        return s
    tex = r"""\documentclass[11pt,a4paper]{article}
\usepackage[T1]{fontenc}
\usepackage[utf8]{inputenc}
\usepackage{lmodern}
\usepackage[margin=2.2cm,bottom=1.9cm]{geometry}
\usepackage{enumitem}
\usepackage{xcolor}
\usepackage[colorlinks=true,urlcolor=blue!60!black,linkcolor=black]{hyperref}
\usepackage{fancyhdr}
\pagestyle{fancy}\fancyhf{}\renewcommand{\headrulewidth}{0pt}
\rfoot{\small \'E. Marchand -- CV -- page \thepage}
\setlength{\parindent}{0pt}
\clubpenalty=0 \widowpenalty=0
\begin{document}
{\LARGE\textbf{\'Elodie Marchand}}\\[4pt]
D\'epartement de chimie, Universit\'e de Montr\'eal, Montr\'eal (QC), Canada\\
\href{mailto:elodie.marchand@umontreal.example.ca}{elodie.marchand@umontreal.example.ca} \quad +1 514 555 0187 \quad
\href{https://marchand-lab.example.org}{marchand-lab.example.org}

\section*{Appointments}
"""
    tex += dated("Assistant Professor of Chemistry", "2021 -- present", "Université de Montréal, Montréal, Canada")
    tex += dated("Postdoctoral Fellow", "2018 -- 2021", "Technical University of Denmark, Lyngby, Denmark", "Supervisor: Prof. Kirsten Søndergaard")
    tex += dated("Teaching Assistant, General Chemistry", "2014 -- 2017", "Université de Strasbourg, Strasbourg, France")
    tex += "\\section*{Education}\n"
    tex += dated("Ph.D. in Chemistry", "2013 -- 2017", "Université de Strasbourg, Strasbourg, France", "Advisor: Prof. Pierre Lefèvre")
    tex += dated("M.Sc. in Chemistry", "2011 -- 2013", "École Normale Supérieure de Lyon, Lyon, France")
    tex += dated("B.Sc. in Chemistry", "2008 -- 2011", "Université Claude Bernard Lyon 1, Lyon, France")
    tex += "\\section*{Honours and Awards}\n"
    tex += dated("Marie Skłodowska-Curie Individual Fellowship", "2018")
    tex += dated("Prix de thèse de la Société Chimique de France", "2017")
    tex += dated("ECS Battery Division Student Research Award", "2016")
    tex += dated("Reaxys PhD Prize Finalist", "2016")
    tex += "\n\\section*{Publications}\n{\\small $^\\dagger$ equal contribution. Corresponding-author papers are not marked.}\n\n"
    tex += "\\subsection*{Peer-reviewed articles}\n\\begin{enumerate}[leftmargin=*,itemsep=3pt]\n" + "\n".join(items) + "\n\\end{enumerate}\n"
    tex += "\\subsection*{Book chapters}\n\\begin{enumerate}[leftmargin=*]\n" + "\n".join(chap) + "\n\\end{enumerate}\n"
    tex += "\\subsection*{Submitted manuscripts}\n\\begin{enumerate}[leftmargin=*]\n" + "\n".join(sub) + "\n\\end{enumerate}\n"
    tex += "\\section*{Skills}\nElectrochemical impedance spectroscopy; operando Raman spectroscopy; glovebox synthesis; Python; Gaussian.\n"
    tex += "\\end{document}\n"
    person = {"name": "Élodie Marchand", "emails": ["elodie.marchand@umontreal.example.ca"], "phones": ["+1 514 555 0187"],
              "homepages": ["https://marchand-lab.example.org"]}
    return tex, None, gold(STEM + ".pdf", person, EDU, POS, pubs, AWARDS, SKILLS)
