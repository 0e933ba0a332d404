"""01: moderncv (banking style), \\cventry for positions/education, \\cvitem{year}{...} publications, APS-style physics."""
from common import tx, pub, edu, pos, gold

STEM = "01_sjoberg-physics-moderncv"
OWN = "M. Sjöberg"
SJ, SP, SC = "journal articles", "preprints", "conference proceedings"
EQ = "* equal contribution (legend under Publications)"

JOUR = {"Phys. Rev. B": "Physical Review B", "Phys. Rev. Lett.": "Physical Review Letters", "Nat. Phys.": "Nature Physics",
        "npj Quantum Mater.": "npj Quantum Materials", "New J. Phys.": "New Journal of Physics",
        "J. Phys.: Condens. Matter": "Journal of Physics: Condensed Matter", "Phys. Rev. Research": "Physical Review Research",
        "Phys. Rev. Materials": "Physical Review Materials"}
# (authors, eq, title, journal, vol, page, year, doi)
ART = [
    (["M. Sjöberg", "A. Bergström", "K. Ní Fhaoláin", "L. Nyström"], [], "Fractionalized excitations in the Kitaev candidate Na₂Co₂TeO₆ probed by terahertz spectroscopy", "Phys. Rev. Lett.", "132", "116701", 2024, "10.1103/PhysRevLett.132.916701"),
    (["A. Bergström", "M. Sjöberg"], [0, 1], "Field-induced spin-liquid phase in a honeycomb cobaltate", "Phys. Rev. B", "109", "045112", 2024, "10.1103/PhysRevB.109.904511"),
    (["M. Sjöberg", "T. Yamaguchi", "F. Øverland", "R. Castaño", "L. Nyström"], [], "Magnon–phonon hybridization in a layered antiferromagnet observed by inelastic neutron scattering", "Nat. Phys.", "19", "1421", 2023, "10.1038/s41567-023-90211-x"),
    (["L. Nyström", "M. Sjöberg", "H. Adebayo"], [], "Efficient finite-temperature tensor-network simulations of frustrated magnets", "Phys. Rev. Research", "5", "033091", 2023, "10.1103/PhysRevResearch.5.903309"),
    (["M. Sjöberg", "R. Castaño"], [], "Anomalous thermal Hall effect from chiral phonons", "npj Quantum Mater.", "8", "44", 2023, "10.1038/s41535-023-90544-2"),
    (["K. Ní Fhaoláin", "M. Sjöberg", "A. Bergström", "T. Yamaguchi", "S. Ferreira", "P. Kowalski", "L. Nyström"], [0, 1], "Diffuse scattering and short-range order in the pyrochlore Yb₂Ti₂O₇", "Phys. Rev. B", "106", "184410", 2022, "10.1103/PhysRevB.106.918441"),
    (["M. Sjöberg", "L. Nyström"], [], "Theory of the field-tuned magnon Bose–Einstein condensate in dimerized quantum magnets", "New J. Phys.", "24", "073021", 2022, "10.1088/1367-2630/ac9021"),
    (["T. Yamaguchi", "M. Sjöberg", "F. Øverland"], [], "Spin-orbit coupled excitons in a van der Waals magnet", "Phys. Rev. Materials", "6", "054003", 2022, "10.1103/PhysRevMaterials.6.905400"),
    (["M. Sjöberg", "F. Øverland", "H. Adebayo", "L. Nyström"], [], "Critical scaling of the staggered magnetization near a quantum critical point", "Phys. Rev. B", "104", "214423", 2021, "10.1103/PhysRevB.104.921442"),
    (["R. Castaño", "M. Sjöberg"], [], "Offset-free measurement of the magnetocaloric effect in pulsed fields", "J. Phys.: Condens. Matter", "33", "255801", 2021, "10.1088/1361-648X/abf901"),
    (["M. Sjöberg", "A. Bergström", "L. Nyström"], [], "Dimensional crossover in coupled spin ladders", "Phys. Rev. B", "101", "134402", 2020, "10.1103/PhysRevB.101.913440"),
    (["H. Adebayo", "M. Sjöberg", "P. Kowalski", "L. Nyström"], [], "Magnetic field dependence of the specific heat in the Shastry–Sutherland compound SrCu₂(BO₃)₂", "Phys. Rev. B", "100", "064418", 2019, "10.1103/PhysRevB.100.906441"),
    (["M. Sjöberg", "L. Nyström"], [], "Quantum Monte Carlo study of the bilayer Heisenberg model with random couplings", "Phys. Rev. Lett.", "120", "207201", 2018, "10.1103/PhysRevLett.120.920720"),
]
PRE = [
    (["M. Sjöberg", "K. Ní Fhaoláin", "S. Ferreira"], [], "Machine-learning the Hamiltonian of a Kitaev magnet from diffuse neutron data", "arXiv:2501.09876 [cond-mat.str-el]", 2025),
    (["F. Øverland", "M. Sjöberg"], [], "Spinon Fermi surface instabilities in triangular-lattice organic salts", "arXiv:2410.01234 [cond-mat.str-el]", 2024),
]
CONF = [
    (["M. Sjöberg", "A. Bergström"], "Time-domain terahertz spectroscopy of magnetic excitations at high fields", "J. Phys.: Conf. Ser.", "Journal of Physics: Conference Series", "2164", "012045", 2022, "10.1088/1742-6596/2164/1/901204"),
    (["M. Sjöberg"], "Neutron spectroscopy of frustrated magnets: a tutorial", "Proc. 27th Nordic Neutron Science Meeting", "Nordic Neutron Science Meeting", None, "pp. 33–41", 2019, None),
]

EDU = [
    edu("Uppsala University", "Ph.D.", "Physics", "2014", "2018", advisor="Prof. Lena Nyström", location="Uppsala, Sweden"),
    edu("KTH Royal Institute of Technology", "M.Sc.", "Engineering Physics", "2012", "2014", location="Stockholm, Sweden"),
    edu("KTH Royal Institute of Technology", "B.Sc.", "Engineering Physics", "2009", "2012", location="Stockholm, Sweden"),
]
POS = [
    pos("Chalmers University of Technology", "Associate Professor", "2023", "present", "job", location="Gothenburg, Sweden"),
    pos("Max Planck Institute for Solid State Research", "Postdoctoral Researcher", "2020", "2022", "research", location="Stuttgart, Germany", supervisor="Dr. Anna Bergström"),
    pos("Paul Scherrer Institute", "Postdoctoral Fellow", "2018", "2020", "research", location="Villigen, Switzerland"),
]
AWARDS = [("Wallenberg Academy Fellow", None), ("Göran Gustafsson Prize for Young Researchers", None), ("Swedish Research Council Starting Grant", None)]
SKILLS = ["Python", "Julia", "C++", "ITensor", "SpinW", "Swedish (native)", "English (fluent)", "German (good)"]


def math(s):
    return s.replace("Na₂Co₂TeO₆", r"Na$_2$Co$_2$TeO$_6$").replace("Yb₂Ti₂O₇", r"Yb$_2$Ti$_2$O$_7$").replace("SrCu₂(BO₃)₂", r"SrCu$_2$(BO$_3$)$_2$")


def auth(au, eq):
    out = []
    for i, a in enumerate(au):
        t = tx(a)
        if a == OWN:
            t = r"\textbf{" + t + "}"
        if i in eq:
            t += r"$^*$"
        out.append(t)
    if len(out) == 1:
        return out[0]
    if len(out) == 2:
        return out[0] + " and " + out[1]
    return ", ".join(out[:-1]) + ", and " + out[-1]


def build():
    pubs, items = [], []
    for n, (au, eq, ti, j, vol, pg, y, doi) in enumerate(ART, 1):
        items.append(rf"\cvitem{{{y}}}{{{auth(au, eq)}, {tx(math(ti))}, \emph{{{tx(j)}}} \textbf{{{vol}}}, {pg} ({y}). \href{{https://doi.org/{doi}}}{{[doi]}}}}")
        pubs.append(pub(SJ, n, ti, au, au.index(OWN), JOUR[j], j, y, "journal", eq=eq, links=[f"https://doi.org/{doi}"], doi=doi,
                        note=EQ if eq else None))
    pre = []
    for n, (au, eq, ti, ax, y) in enumerate(PRE, 1):
        aid = ax.split()[0].split(":")[1]
        pre.append(rf"\cvitem{{{y}}}{{{auth(au, eq)}, {tx(ti)}, \href{{https://arxiv.org/abs/{aid}}}{{{ax}}} ({y}).}}")
        pubs.append(pub(SP, n, ti, au, au.index(OWN), "arXiv", ax, y, "preprint", links=[f"https://arxiv.org/abs/{aid}"]))
    conf = []
    for n, (au, ti, vr, v, vol, pg, y, doi) in enumerate(CONF, 1):
        if vol:
            conf.append(rf"\cvitem{{{y}}}{{{auth(au, [])}, {tx(ti)}, \emph{{{tx(vr)}}} \textbf{{{vol}}}, {pg} ({y}). \href{{https://doi.org/{doi}}}{{[doi]}}}}")
            pubs.append(pub(SC, n, ti, au, au.index(OWN), v, vr, y, "conference", links=[f"https://doi.org/{doi}"], doi=doi))
        else:
            conf.append(rf"\cvitem{{{y}}}{{{auth(au, [])}, {tx(ti)}, in \emph{{{tx(vr)}}}, Lund, Sweden, {tx(pg)} ({y}).}}")
            pubs.append(pub(SC, n, ti, au, au.index(OWN), v, vr, y, "conference", note="Lund, Sweden; pp. 33–41"))
    tex = r"""\documentclass[11pt,a4paper,sans]{moderncv}
\moderncvstyle{banking}
\moderncvcolor{blue}
\usepackage[utf8]{inputenc}
\usepackage[scale=0.8]{geometry}
\name{Mikael}{Sj\"oberg}
\title{Curriculum Vitae}
\address{Department of Physics, Chalmers University of Technology}{412 96 G\"oteborg, Sweden}
\phone[mobile]{+46 70 555 43 21}
\email{mikael.sjoberg@chalmers.example.se}
\homepage{www.example.se/sjoberg-group}
\begin{document}
\makecvtitle

\section{Employment}
\cventry{2023--present}{Associate Professor}{Chalmers University of Technology}{Gothenburg, Sweden}{}{Condensed matter theory and neutron spectroscopy; group of four Ph.D. students and two postdocs.}
\cventry{2020--2022}{Postdoctoral Researcher}{Max Planck Institute for Solid State Research}{Stuttgart, Germany}{}{Group of Dr. Anna Bergstr\"om. Terahertz and neutron studies of Kitaev materials.}
\cventry{2018--2020}{Postdoctoral Fellow}{Paul Scherrer Institute}{Villigen, Switzerland}{}{Laboratory for Neutron Scattering and Imaging; instrument scientist on a triple-axis spectrometer.}

\section{Education}
\cventry{2014--2018}{Ph.D. in Physics}{Uppsala University}{Uppsala, Sweden}{}{Thesis: \emph{Quantum criticality in coupled spin systems}. Advisor: Prof. Lena Nystr\"om.}
\cventry{2012--2014}{M.Sc. in Engineering Physics}{KTH Royal Institute of Technology}{Stockholm, Sweden}{}{}
\cventry{2009--2012}{B.Sc. in Engineering Physics}{KTH Royal Institute of Technology}{Stockholm, Sweden}{}{}

\section{Grants and Awards}
\cvitem{2024}{Wallenberg Academy Fellow}
\cvitem{2023}{Swedish Research Council Starting Grant}
\cvitem{2019}{G\"oran Gustafsson Prize for Young Researchers}

\section{Publications}
\cvitem{}{\small Own name in bold. $^*$ Equal contribution. Complete list on \href{https://scholar.example.com/citations?user=msjob}{Google Scholar}.}
\subsection{Journal articles}
""" + "\n".join(items) + "\n\\subsection{Preprints}\n" + "\n".join(pre) + "\n\\subsection{Conference proceedings}\n" + "\n".join(conf) + r"""

\section{Skills}
\cvitem{Programming}{Python, Julia, C++}
\cvitem{Software}{ITensor, SpinW}
\cvitem{Languages}{Swedish (native), English (fluent), German (good)}
\end{document}
"""
    person = {"name": "Mikael Sjöberg", "emails": ["mikael.sjoberg@chalmers.example.se"], "phones": ["+46 70 555 43 21"],
              "homepages": ["www.example.se/sjoberg-group"]}
    return tex, None, gold(STEM + ".pdf", person, EDU, POS, pubs, AWARDS, SKILLS)
