"""06: two-column header with minipages, article class, IEEE-style [J]/[C] labelled lists (reverse numbered)."""
from common import tx, pub, edu, pos, gold

STEM = "06_cunhaferreira-engineering-minipage"
OWN = "R. Cunha Ferreira"
SJ, SC, ST = "journal articles", "conference papers", "theses"

# (authors, title, venue_raw, venue, year, extra, doi, flags, note)
J = [
    (["R. Cunha Ferreira", "M. Ødegaard", "J. P. Lindqvist"], "Fatigue-crack identification in welded steel bridge decks from distributed fibre-optic strain measurements",
     "Eng. Struct.", "Engineering Structures", 2024, "vol. 301, Art. no. 117342", "10.1016/j.engstruct.2024.917342", [], None),
    (["T. Oyelaran", "R. Cunha Ferreira"], "Bayesian model updating of a cable-stayed footbridge under crowd-induced vibration",
     "Mech. Syst. Signal Process.", "Mechanical Systems and Signal Processing", 2023, "vol. 186, Art. no. 109871", "10.1016/j.ymssp.2023.909871", [], None),
    (["R. Cunha Ferreira", "A. Sánchez-Villalba", "M. Ødegaard", "K. Yıldız", "J. P. Lindqvist"], "Effective stiffness of cracked reinforced-concrete piers: a field-calibrated finite element study of twelve highway bridges in northern Portugal",
     "Struct. Health Monit.", "Structural Health Monitoring", 2023, "vol. 22, no. 4, pp. 2410–2431", "10.1177/14759217231900412", [], None),
    (["R. Cunha Ferreira", "J. P. Lindqvist"], "Offshore wind turbine monopile scour detection with modal flexibility",
     "J. Struct. Eng.", "Journal of Structural Engineering", 2022, "vol. 148, no. 9, Art. no. 04022131", "10.1061/(ASCE)ST.1943-541X.0009131", [], None),
    (["M. Ødegaard", "R. Cunha Ferreira", "F. Brandão"], "Temperature effects on the natural frequencies of a post-tensioned box-girder bridge",
     "Eng. Struct.", "Engineering Structures", 2021, "vol. 240, Art. no. 112388", "10.1016/j.engstruct.2021.912388", [], None),
    (["R. Cunha Ferreira", "F. Brandão", "H. Matsuda"], "Efficient surrogate models for the seismic fragility of masonry infilled frames",
     "Earthq. Eng. Struct. Dyn.", "Earthquake Engineering & Structural Dynamics", 2020, "vol. 49, no. 11, pp. 1101–1120", "10.1002/eqe.9331", [], None),
    (["F. Brandão", "R. Cunha Ferreira"], "Affine-invariant damage indices for steel truss connections",
     "J. Civ. Struct. Health Monit.", "Journal of Civil Structural Health Monitoring", 2019, "vol. 9, no. 2, pp. 233–248", "10.1007/s13349-019-90331-2", [], None),
]
C = [
    (["R. Cunha Ferreira", "T. Oyelaran", "J. P. Lindqvist"], "Digital twins for bridge asset management: lessons from a two-year deployment",
     "Proc. 11th Int. Conf. on Bridge Maintenance, Safety and Management (IABMAS)", "IABMAS", 2022, "Barcelona, Spain, pp. 1551–1558", None, ["best_paper"], "Best Paper Award"),
    (["K. Yıldız", "R. Cunha Ferreira"], "Unsupervised clustering of traffic-induced strain signatures",
     "Proc. 10th European Workshop on Structural Health Monitoring (EWSHM)", "EWSHM", 2022, "Palermo, Italy, pp. 88–97", None, [], None),
    (["R. Cunha Ferreira", "M. Ødegaard"], "Influence of fill-in ballast on the dynamic response of railway viaducts",
     "Proc. 17th World Conf. on Earthquake Engineering (WCEE)", "WCEE", 2021, "Sendai, Japan, Paper no. 2k-0117", None, [], None),
    (["R. Cunha Ferreira", "F. Brandão", "H. Matsuda", "A. Sánchez-Villalba"], "Sensor-placement optimisation for modal identification of long-span roofs",
     "Proc. 8th Int. Operational Modal Analysis Conf. (IOMAC)", "IOMAC", 2019, "Copenhagen, Denmark, pp. 402–411", None, [], None),
]
T = [
    (["R. Cunha Ferreira"], "Vibration-based damage identification in reinforced-concrete bridges under environmental variability",
     "Ph.D. dissertation, Dept. Civil Eng., Univ. of Porto", "University of Porto", 2019, "Porto, Portugal", None, [], None),
]

EDU = [
    edu("University of Porto", "Ph.D.", "Civil Engineering", "2015", "2019", advisor="Prof. Filipa Brandão", location="Porto, Portugal"),
    edu("Instituto Superior Técnico, University of Lisbon", "M.Sc.", "Structural Engineering", "2013", "2015", location="Lisbon, Portugal"),
]
POS = [
    pos("Chalmers University of Technology", "Associate Professor", "2023", "present", "job", location="Gothenburg, Sweden"),
    pos("Chalmers University of Technology", "Assistant Professor", "2020", "2023", "job", location="Gothenburg, Sweden"),
    pos("NTNU Norwegian University of Science and Technology", "Visiting Researcher", "2018", "2018", "research", location="Trondheim, Norway", supervisor="Prof. Marit Ødegaard"),
]
AWARDS = [("IABMAS Best Paper Award", None), ("FCT Doctoral Fellowship", None)]
SKILLS = ["ABAQUS", "OpenSees", "MATLAB", "Python", "LabVIEW"]


def auth(au):
    out = [r"\textbf{" + tx(a) + "}" if a == OWN else tx(a) for a in au]
    if len(out) == 1:
        return out[0]
    if len(out) == 2:
        return out[0] + " and " + out[1]
    return ", ".join(out[:-1]) + ", and " + out[-1]


def build():
    pubs = []
    blocks = []
    for sec, rows, lab, head, kind in ((SJ, J, "J", "Journal Articles", "journal"), (SC, C, "C", "Conference Papers", "conference"),
                                       (ST, T, "T", "Theses", "thesis")):
        items = []
        n = len(rows)
        for k, (au, ti, vr, v, y, extra, doi, flags, note) in enumerate(rows):
            idx = n - k
            if kind == "journal":
                s = rf"{auth(au)}, ``{tx(ti)},'' \emph{{{tx(vr)}}}, {tx(extra)}, {y}, doi: \href{{https://doi.org/{doi}}}{{{tx(doi)}}}."
                links, d = [f"https://doi.org/{doi}"], doi
            elif kind == "conference":
                s = rf"{auth(au)}, ``{tx(ti)},'' in \emph{{{tx(vr)}}}, {tx(extra)}, {y}."
                if note:
                    s += r" \textbf{(" + note + ")}"
                links, d = [], None
            else:
                s = rf"{auth(au)}, ``{tx(ti)},'' {tx(vr)}, {tx(extra)}, {y}. [Online]. Available: \url{{https://hdl.handle.example.net/10216/99871}}"
                links, d = ["https://hdl.handle.example.net/10216/99871"], None
            items.append(rf"\item[{{[{lab}{idx}]}}] {s}")
            pubs.append(pub(sec, idx, ti, au, au.index(OWN), v, vr, y, kind, flags=flags, links=links, doi=d,
                            note="Best Paper Award" if note else None))
        blocks.append(rf"\subsection*{{{head}}}" + "\n\\begin{itemize}[leftmargin=3.2em,labelwidth=2.6em,labelsep=0.6em,align=left,itemsep=2pt]\n"
                      + "\n".join(items) + "\n\\end{itemize}\n")
    tex = r"""\documentclass[10pt,letterpaper]{article}
\usepackage[T1]{fontenc}
\usepackage[utf8]{inputenc}
\usepackage{lmodern}
\usepackage[margin=0.9in]{geometry}
\usepackage{enumitem}
\usepackage{xcolor}
\usepackage{url}
\usepackage[hidelinks]{hyperref}
\usepackage{titlesec}
\titleformat{\section}{\large\bfseries\scshape}{}{0pt}{}[\titlerule]
\titleformat{\subsection}{\normalsize\bfseries}{}{0pt}{}
\setlength{\parindent}{0pt}
\pagestyle{plain}
\begin{document}
\begin{minipage}[t]{0.55\textwidth}
{\Huge \textbf{Rafaela Cunha Ferreira}}\\[6pt]
Associate Professor of Structural Engineering\\
Department of Architecture and Civil Engineering\\
Chalmers University of Technology
\end{minipage}\hfill
\begin{minipage}[t]{0.40\textwidth}\raggedleft
SE-412 96 G\"oteborg, Sweden\\
+46 31 555 1902\\
\href{mailto:rafaela.ferreira@chalmers.example.se}{rafaela.ferreira@chalmers.example.se}\\
\href{https://www.example.se/~rcferreira}{www.example.se/\textasciitilde rcferreira}
\end{minipage}

\vspace{1em}
\section*{Employment}
\textbf{Associate Professor}, Chalmers University of Technology, Gothenburg, Sweden \hfill 2023--present\\
\textbf{Assistant Professor}, Chalmers University of Technology, Gothenburg, Sweden \hfill 2020--2023\\
\textbf{Visiting Researcher}, NTNU Norwegian University of Science and Technology, Trondheim, Norway \hfill 2018\\
\hspace*{1em}Host: Prof. Marit {\O}degaard

\section*{Education}
\textbf{Ph.D. in Civil Engineering}, University of Porto, Porto, Portugal \hfill 2015--2019\\
\hspace*{1em}Advisor: Prof. Filipa Brand\~ao\\
\textbf{M.Sc. in Structural Engineering}, Instituto Superior T\'ecnico, University of Lisbon, Lisbon, Portugal \hfill 2013--2015

\section*{Awards}
IABMAS Best Paper Award \hfill 2022\\
FCT Doctoral Fellowship \hfill 2015--2019

\section*{Publications}
"""
    tex += "\n".join(blocks)
    tex += r"""
\section*{Software}
ABAQUS, OpenSees, MATLAB, Python, LabVIEW.
\end{document}
"""
    person = {"name": "Rafaela Cunha Ferreira", "emails": ["rafaela.ferreira@chalmers.example.se"], "phones": ["+46 31 555 1902"],
              "homepages": ["https://www.example.se/~rcferreira"]}
    return tex, None, gold(STEM + ".pdf", person, EDU, POS, pubs, AWARDS, SKILLS)
