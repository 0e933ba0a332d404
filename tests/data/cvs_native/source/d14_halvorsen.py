"""14: computational catalysis / chemical engineering CV (PDF, pdfTeX + biblatex + biber). The publication lists are printed
by biblatex's standard `numeric` style from a .bib file: `sorting=ydnt` (newest first), one `\\printbibliography` per
entry type or keyword filter (`type=article,notkeyword=preprint`, `type=inproceedings`, `type=incollection`,
`keyword=preprint`, `type=thesis`), each in a `refcontext` with its own label prefix ([J1]..[J15], [C1].., [B1], [P1].., [T1]).
biblatex's own look: `F. Last, F. Last, and F. Last. “Title”. In: J. Abbrev. 147.8 (2025), pp. 1–2. doi: 10.… arXiv: … [cls].`
The owner is bolded by a name-format hook (`\\mkbibnamefamily`/`\\mkbibnamegiven` comparing the family name); name
annotations (`author+an`) add a superscript dagger for equal contribution and underline supervised students;
`maxbibnames=10, minbibnames=7` truncates a 14-author list to seven names and "et al."; hyphenated initials (`H.-J.`),
a particle (`L. van der Berg`), a suffix (`R. T. Mills Jr.`). doi and arXiv identifiers are hyperlinks (doi.org / arxiv.org
targets). Teaching, talks, supervision and service sections are not annotated."""
from make_native import pub, owner_index, edu, pos, gold, compile_tex

STEM = "14_halvorsen-catalysis-biblatex"
OWNER = {"S. Halvorsen"}
PERSON = {"name": "Sunniva Halvorsen", "emails": ["sunniva.halvorsen@ntnu.no"], "phones": ["+47 73 59 41 27"],
          "homepages": ["https://halvorsen-lab.github.io"]}

# gold, dates as printed, title line, org line
POS = [
    (pos("Department of Chemical Engineering, Norwegian University of Science and Technology", "Assistant Professor", "2022-08",
         "present", "job", location="Trondheim, Norway"),
     "Aug 2022 -- present", "Assistant Professor",
     "Department of Chemical Engineering, Norwegian University of Science and Technology, Trondheim, Norway", None),
    (pos("Institute for Chemical and Bioengineering, ETH Zürich", "Postdoctoral Researcher", "2019-10", "2022-07", "research",
         location="Zürich, Switzerland", supervisor="Prof. Matthias Brenner"),
     "Oct 2019 -- Jul 2022", "Postdoctoral Researcher (Marie Sk\\l{}odowska-Curie Fellow)",
     "Institute for Chemical and Bioengineering, ETH Z\\\"urich, Z\\\"urich, Switzerland", "Supervisor: Prof.\\ Matthias Brenner"),
    (pos("Department of Chemical Engineering, Stanford University", "Visiting Ph.D. Student", "2018-06", "2018-09", "research",
         location="Stanford, CA, USA", supervisor="Prof. Ana Villanueva"),
     "Jun 2018 -- Sep 2018", "Visiting Ph.D. Student",
     "Department of Chemical Engineering, Stanford University, Stanford, CA, USA", "Host: Prof.\\ Ana Villanueva"),
    (pos("Equinor ASA", "Research Intern", "2014-06", "2014-08", "internship", location="Porsgrunn, Norway"),
     "Jun 2014 -- Aug 2014", "Research Intern", "Equinor ASA, Research Centre Porsgrunn, Porsgrunn, Norway", None),
]
POS[3][0]["location"] = "Porsgrunn, Norway"
EDU = [
    (edu("Technical University of Denmark", "Ph.D.", "Chemical Engineering", "2015-09", "2019-09", advisor="Prof. Rasmus K. Thygesen",
         location="Kgs. Lyngby, Denmark"),
     "Sep 2015 -- Sep 2019", "Ph.D. in Chemical Engineering", "Technical University of Denmark, Kgs.\\ Lyngby, Denmark",
     "Advisor: Prof.\\ Rasmus K. Thygesen. Thesis: \\emph{Theoretical studies of activity and stability in oxide electrocatalysis}"),
    (edu("Norwegian University of Science and Technology", "M.Sc.", "Chemical Engineering", "2013-08", "2015-06",
         gpa="A", location="Trondheim, Norway"),
     "Aug 2013 -- Jun 2015", "M.Sc. in Chemical Engineering", "Norwegian University of Science and Technology, Trondheim, Norway",
     "Thesis: \\emph{DFT study of CO oxidation on Pt--Sn alloys}. Grade: A"),
    (edu("University of Bergen", "B.Sc.", "Chemistry", "2010-08", "2013-06", location="Bergen, Norway"),
     "Aug 2010 -- Jun 2013", "B.Sc. in Chemistry", "University of Bergen, Bergen, Norway", None),
]
AWARDS = [("ERC Starting Grant CATFIELD", "2024"), ("FRIPRO Young Research Talents grant, Research Council of Norway", "2023"),
          ("Best PhD Thesis Award, Danish Chemical Society", "2020"), ("Marie Skłodowska-Curie Individual Fellowship", "2019")]
AWARDS_TEX = {"Marie Skłodowska-Curie Individual Fellowship": "Marie Sk\\l{}odowska-Curie Individual Fellowship"}
SKILLS = [("Programming", ["Python", "Fortran", "Bash"]), ("Electronic structure", ["VASP", "Quantum ESPRESSO", "GPAW", "ASE"]),
          ("Kinetics", ["CatMAP", "Zacros"]),
          ("Languages", ["Norwegian (native)", "English (fluent)", "Danish (good)", "German (basic)"])]

J, C, B, P, T = ("peer-reviewed journal articles", "conference proceedings", "book chapters",
                 "preprints and submitted manuscripts", "doctoral thesis")

# Each entry: section, printed number, bib type, bib key, bib fields (authors in "Family, Given" form with name annotations),
# then the gold: printed authors, equal-marked indices, et al., title (as printed), venue, venue_raw, year, type, flags, links, doi, note.
# The order within a section is biblatex's ydnt order (year descending, then first author's family name, then title).
ENTRIES = [
    # ---------------- journal articles ----------------
    dict(sec=J, n=1, bt="article", key="halvorsen2025in2o3",
         bib=dict(author="Halvorsen, Sunniva and Oyelaran, Mariam and Brenner, Matthias", author_an="2=student",
                  title="Microkinetic modelling of {CO\\textsubscript{2}} hydrogenation on {In\\textsubscript{2}O\\textsubscript{3}} under realistic reaction conditions",
                  journaltitle="J. Am. Chem. Soc.", volume="147", number="8", pages="6612--6625", date="2025", doi="10.1021/jacs.4c15532"),
         authors=["S. Halvorsen", "M. Oyelaran", "M. Brenner"],
         title="Microkinetic modelling of CO₂ hydrogenation on In₂O₃ under realistic reaction conditions",
         venue="Journal of the American Chemical Society", vraw="J. Am. Chem. Soc.", year=2025, type="journal",
         doi="10.1021/jacs.4c15532", note="147.8, pp. 6612–6625; underlined: supervised student"),
    dict(sec=J, n=2, bt="article", key="oyelaran2025mlip",
         bib=dict(author="Oyelaran, Mariam and Kühn, Hans-Jörg and Halvorsen, Sunniva", author_an="1=equal,student;2=equal",
                  title="Machine-learned interatomic potentials for zeolite-confined copper-oxo species",
                  journaltitle="ACS Catal.", volume="15", number="3", pages="2104--2117", date="2025", doi="10.1021/acscatal.4c06781"),
         authors=["M. Oyelaran", "H.-J. Kühn", "S. Halvorsen"], eq=[0, 1],
         title="Machine-learned interatomic potentials for zeolite-confined copper-oxo species",
         venue="ACS Catalysis", vraw="ACS Catal.", year=2025, type="journal", doi="10.1021/acscatal.4c06781",
         note="15.3, pp. 2104–2117; † equal contribution; underlined: supervised student"),
    dict(sec=J, n=3, bt="article", key="alvarez2024saa",
         bib=dict(author="Álvarez-Cordero, Pablo and Halvorsen, Sunniva", author_an="1=student",
                  title="Descriptor-based screening of single-atom alloys for propane dehydrogenation",
                  journaltitle="Chem. Sci.", volume="15", number="22", pages="8431--8442", date="2024", doi="10.1039/d4sc01127k"),
         authors=["P. Álvarez-Cordero", "S. Halvorsen"],
         title="Descriptor-based screening of single-atom alloys for propane dehydrogenation",
         venue="Chemical Science", vraw="Chem. Sci.", year=2024, type="journal", doi="10.1039/d4sc01127k",
         note="15.22, pp. 8431–8442; underlined: supervised student"),
    dict(sec=J, n=4, bt="article", key="halvorsen2024formic",
         bib=dict(author="Halvorsen, Sunniva and van der Berg, Lotte and Ishikawa, Takumi and Brenner, Matthias",
                  title="Solvent effects on formic acid dehydrogenation at Pd--water interfaces from ab initio molecular dynamics",
                  journaltitle="J. Phys. Chem. C", volume="128", number="14", pages="5890--5901", date="2024",
                  doi="10.1021/acs.jpcc.3c08125"),
         authors=["S. Halvorsen", "L. van der Berg", "T. Ishikawa", "M. Brenner"],
         title="Solvent effects on formic acid dehydrogenation at Pd–water interfaces from ab initio molecular dynamics",
         venue="The Journal of Physical Chemistry C", vraw="J. Phys. Chem. C", year=2024, type="journal",
         doi="10.1021/acs.jpcc.3c08125", note="128.14, pp. 5890–5901"),
    dict(sec=J, n=5, bt="article", key="ishikawa2024benchmark",
         bib=dict(author="Ishikawa, Takumi and Halvorsen, Sunniva and Mills, Jr., Robert T. and Brenner, Matthias and Sæther, Øystein "
                         "and Villanueva, Ana and Rahimi, Farnaz and Pedersen, Jonas L. and Kühn, Hans-Jörg and Nakagawa, Emi "
                         "and Oyelaran, Mariam and Dubois, Claire and Thygesen, Rasmus K. and Lindgren, Petra",
                  title="A benchmark database of adsorption energies on oxide surfaces for catalysis",
                  journaltitle="Sci. Data", volume="11", pages="402", date="2024", doi="10.1038/s41597-024-03218-6"),
         authors=["T. Ishikawa", "S. Halvorsen", "R. T. Mills Jr.", "M. Brenner", "Ø. Sæther", "A. Villanueva", "F. Rahimi"], trunc=True,
         title="A benchmark database of adsorption energies on oxide surfaces for catalysis",
         venue="Scientific Data", vraw="Sci. Data", year=2024, type="journal", doi="10.1038/s41597-024-03218-6", note="11, p. 402"),
    dict(sec=J, n=6, bt="article", key="halvorsen2023kmc",
         bib=dict(author="Halvorsen, Sunniva and Brenner, Matthias",
                  title="Kinetic Monte Carlo simulations of methanol synthesis on {Cu/ZnO} interfaces",
                  journaltitle="ACS Catal.", volume="13", number="9", pages="6021--6034", date="2023", doi="10.1021/acscatal.3c00418",
                  eprint="2301.04412", eprinttype="arxiv", eprintclass="physics.chem-ph"),
         authors=["S. Halvorsen", "M. Brenner"],
         title="Kinetic Monte Carlo simulations of methanol synthesis on Cu/ZnO interfaces",
         venue="ACS Catalysis", vraw="ACS Catal.", year=2023, type="journal", doi="10.1021/acscatal.3c00418",
         links=["https://arxiv.org/abs/2301.04412"], note="13.9, pp. 6021–6034; arXiv: 2301.04412 [physics.chem-ph]"),
    dict(sec=J, n=7, bt="article", key="kuhn2023nitrate",
         bib=dict(author="Kühn, Hans-Jörg and Halvorsen, Sunniva and Villanueva, Ana",
                  title="Constant-potential {DFT} study of nitrate electroreduction on copper facets",
                  journaltitle="J. Chem. Phys.", volume="158", number="14", eid="144702", date="2023", doi="10.1063/5.0141187"),
         authors=["H.-J. Kühn", "S. Halvorsen", "A. Villanueva"],
         title="Constant-potential DFT study of nitrate electroreduction on copper facets",
         venue="The Journal of Chemical Physics", vraw="J. Chem. Phys.", year=2023, type="journal", doi="10.1063/5.0141187",
         note="158.14, p. 144702"),
    dict(sec=J, n=8, bt="article", key="rahimi2023bayes",
         bib=dict(author="Rahimi, Farnaz and Halvorsen, Sunniva and Brenner, Matthias",
                  title="Uncertainty quantification in {DFT}-based microkinetic models with Bayesian error estimation",
                  journaltitle="J. Chem. Theory Comput.", volume="19", number="11", pages="3320--3333", date="2023",
                  doi="10.1021/acs.jctc.3c00102"),
         authors=["F. Rahimi", "S. Halvorsen", "M. Brenner"],
         title="Uncertainty quantification in DFT-based microkinetic models with Bayesian error estimation",
         venue="Journal of Chemical Theory and Computation", vraw="J. Chem. Theory Comput.", year=2023, type="journal",
         doi="10.1021/acs.jctc.3c00102", note="19.11, pp. 3320–3333"),
    dict(sec=J, n=9, bt="article", key="brenner2022tandem",
         bib=dict(author="Brenner, Matthias and Halvorsen, Sunniva",
                  title="Rational design of bifunctional catalysts for tandem {CO\\textsubscript{2}} conversion",
                  journaltitle="Nat. Catal.", volume="5", pages="744--755", date="2022", doi="10.1038/s41929-022-00831-7"),
         authors=["M. Brenner", "S. Halvorsen"],
         title="Rational design of bifunctional catalysts for tandem CO₂ conversion",
         venue="Nature Catalysis", vraw="Nat. Catal.", year=2022, type="journal", doi="10.1038/s41929-022-00831-7",
         note="5, pp. 744–755"),
    dict(sec=J, n=10, bt="article", key="halvorsen2022ceria",
         bib=dict(author="Halvorsen, Sunniva and Rahimi, Farnaz and Villanueva, Ana and Brenner, Matthias", author_an="1=equal;2=equal",
                  title="Oxygen vacancy dynamics on ceria-supported platinum clusters",
                  journaltitle="Phys. Chem. Chem. Phys.", volume="24", number="15", pages="8812--8824", date="2022",
                  doi="10.1039/d2cp00417h"),
         authors=["S. Halvorsen", "F. Rahimi", "A. Villanueva", "M. Brenner"], eq=[0, 1],
         title="Oxygen vacancy dynamics on ceria-supported platinum clusters",
         venue="Physical Chemistry Chemical Physics", vraw="Phys. Chem. Chem. Phys.", year=2022, type="journal",
         doi="10.1039/d2cp00417h", note="24.15, pp. 8812–8824; † equal contribution"),
    dict(sec=J, n=11, bt="article", key="halvorsen2021urea",
         bib=dict(author="Halvorsen, Sunniva and Thygesen, Rasmus K.",
                  title="Scaling relations for {C}--{N} coupling in electrochemical urea synthesis",
                  journaltitle="ChemCatChem", volume="13", number="4", pages="1150--1159", date="2021", doi="10.1002/cctc.202001714"),
         authors=["S. Halvorsen", "R. K. Thygesen"],
         title="Scaling relations for C–N coupling in electrochemical urea synthesis",
         venue="ChemCatChem", vraw="ChemCatChem", year=2021, type="journal", doi="10.1002/cctc.202001714", note="13.4, pp. 1150–1159"),
    dict(sec=J, n=12, bt="article", key="villanueva2021cucha",
         bib=dict(author="Villanueva, Ana and Halvorsen, Sunniva and Dubois, Claire and Lindgren, Petra",
                  title="Operando {X}-ray absorption and theory reveal dynamic {Cu\\textsuperscript{+}} sites in {Cu-CHA} "
                        "during {NH\\textsubscript{3}-SCR}",
                  journaltitle="Angew. Chem. Int. Ed.", volume="60", number="28", pages="15420--15427", date="2021",
                  doi="10.1002/anie.202103377"),
         authors=["A. Villanueva", "S. Halvorsen", "C. Dubois", "P. Lindgren"],
         title="Operando X-ray absorption and theory reveal dynamic Cu⁺ sites in Cu-CHA during NH₃-SCR",
         venue="Angewandte Chemie International Edition", vraw="Angew. Chem. Int. Ed.", year=2021, type="journal",
         doi="10.1002/anie.202103377", note="60.28, pp. 15420–15427"),
    dict(sec=J, n=13, bt="article", key="halvorsen2020mxene",
         bib=dict(author="Halvorsen, Sunniva and Pedersen, Jonas L. and Thygesen, Rasmus K.",
                  title="Trends in the thermal stability of two-dimensional transition metal carbides ({MXenes}) for catalysis",
                  journaltitle="J. Phys. Chem. Lett.", volume="11", number="19", pages="8120--8127", date="2020",
                  doi="10.1021/acs.jpclett.0c02281"),
         authors=["S. Halvorsen", "J. L. Pedersen", "R. K. Thygesen"],
         title="Trends in the thermal stability of two-dimensional transition metal carbides (MXenes) for catalysis",
         venue="The Journal of Physical Chemistry Letters", vraw="J. Phys. Chem. Lett.", year=2020, type="journal",
         doi="10.1021/acs.jpclett.0c02281", note="11.19, pp. 8120–8127"),
    dict(sec=J, n=14, bt="article", key="halvorsen2019nife",
         bib=dict(author="Halvorsen, Sunniva and Thygesen, Rasmus K.",
                  title="Electronic structure origin of the activity of {Ni}--{Fe} oxyhydroxides for oxygen evolution",
                  journaltitle="J. Catal.", volume="378", pages="112--123", date="2019", doi="10.1016/j.jcat.2019.08.021"),
         authors=["S. Halvorsen", "R. K. Thygesen"],
         title="Electronic structure origin of the activity of Ni–Fe oxyhydroxides for oxygen evolution",
         venue="Journal of Catalysis", vraw="J. Catal.", year=2019, type="journal", doi="10.1016/j.jcat.2019.08.021",
         note="378, pp. 112–123"),
    dict(sec=J, n=15, bt="article", key="pedersen2019ase",
         bib=dict(author="Pedersen, Jonas L. and Halvorsen, Sunniva and Thygesen, Rasmus K.",
                  title="{ASE}-based workflows for high-throughput surface calculations",
                  journaltitle="Comput. Mater. Sci.", volume="169", eid="109118", date="2019", doi="10.1016/j.commatsci.2019.109118"),
         authors=["J. L. Pedersen", "S. Halvorsen", "R. K. Thygesen"],
         title="ASE-based workflows for high-throughput surface calculations",
         venue="Computational Materials Science", vraw="Comput. Mater. Sci.", year=2019, type="journal",
         doi="10.1016/j.commatsci.2019.109118", note="169, p. 109118"),
    # ---------------- conference proceedings ----------------
    dict(sec=C, n=1, bt="inproceedings", key="halvorsen2023escape",
         bib=dict(author="Halvorsen, Sunniva and Oyelaran, Mariam and Brenner, Matthias", author_an="2=student",
                  title="Surrogate-assisted optimisation of a methanol synthesis loop using first-principles kinetics",
                  booktitle="Proceedings of the 33rd European Symposium on Computer Aided Process Engineering ({ESCAPE} 33)",
                  editor="Kokossis, Antonis C. and Georgiadis, Michael C.", volume="52",
                  series="Computer Aided Chemical Engineering", publisher="Elsevier", pages="1203--1208", date="2023",
                  doi="10.1016/B978-0-443-15274-0.50191-4"),
         authors=["S. Halvorsen", "M. Oyelaran", "M. Brenner"],
         title="Surrogate-assisted optimisation of a methanol synthesis loop using first-principles kinetics",
         venue="ESCAPE", vraw="Proceedings of the 33rd European Symposium on Computer Aided Process Engineering (ESCAPE 33)",
         year=2023, type="conference", doi="10.1016/B978-0-443-15274-0.50191-4",
         note="Ed. by A. C. Kokossis and M. C. Georgiadis. Vol. 52. Computer Aided Chemical Engineering. Elsevier, pp. 1203–1208; "
              "underlined: supervised student"),
    dict(sec=C, n=2, bt="inproceedings", key="rahimi2021mlps",
         bib=dict(author="Rahimi, Farnaz and Halvorsen, Sunniva",
                  title="Active learning of adsorption energies for high-entropy alloy catalysts",
                  booktitle="NeurIPS 2021 Workshop on Machine Learning and the Physical Sciences", date="2021",
                  url="https://ml4physicalsciences.github.io/2021/files/NeurIPS_ML4PS_2021_87.pdf"),
         authors=["F. Rahimi", "S. Halvorsen"],
         title="Active learning of adsorption energies for high-entropy alloy catalysts",
         venue="NeurIPS", vraw="NeurIPS 2021 Workshop on Machine Learning and the Physical Sciences", year=2021, type="workshop",
         flags=["workshop"], links=["https://ml4physicalsciences.github.io/2021/files/NeurIPS_ML4PS_2021_87.pdf"]),
    dict(sec=C, n=3, bt="inproceedings", key="halvorsen2020aiche",
         bib=dict(author="Halvorsen, Sunniva and Thygesen, Rasmus K.",
                  title="Stability-corrected activity volcanoes for oxygen evolution catalysts",
                  booktitle="Proceedings of the 2020 AIChE Annual Meeting", venue="virtual", date="2020"),
         authors=["S. Halvorsen", "R. K. Thygesen"],
         title="Stability-corrected activity volcanoes for oxygen evolution catalysts",
         venue="AIChE Annual Meeting", vraw="Proceedings of the 2020 AIChE Annual Meeting", year=2020, type="conference", note="virtual"),
    # ---------------- book chapter ----------------
    dict(sec=B, n=1, bt="incollection", key="halvorsen2022chapter",
         bib=dict(author="Halvorsen, Sunniva and Brenner, Matthias",
                  title="First-principles microkinetic modelling of heterogeneous catalytic reactions",
                  booktitle="Computational Catalysis: Methods and Applications", editor="Moreau, Lucie and Sato, Takeshi",
                  series="RSC Catalysis Series", number="42", publisher="Royal Society of Chemistry", location="Cambridge",
                  pages="45--88", date="2022", doi="10.1039/9781839164712-00045"),
         authors=["S. Halvorsen", "M. Brenner"],
         title="First-principles microkinetic modelling of heterogeneous catalytic reactions",
         venue="Computational Catalysis: Methods and Applications", vraw="Computational Catalysis: Methods and Applications",
         year=2022, type="chapter", doi="10.1039/9781839164712-00045",
         note="Ed. by L. Moreau and T. Sato. RSC Catalysis Series 42. Cambridge: Royal Society of Chemistry, pp. 45–88"),
    # ---------------- preprints ----------------
    dict(sec=P, n=1, bt="online", key="halvorsen2025field",
         bib=dict(author="Halvorsen, Sunniva and Kühn, Hans-Jörg and Brenner, Matthias",
                  title="Electric-field effects on proton transfer in zeolite catalysis", organization="ChemRxiv", date="2025",
                  doi="10.26434/chemrxiv-2025-x7k2m", pubstate="submitted", keywords="preprint"),
         authors=["S. Halvorsen", "H.-J. Kühn", "M. Brenner"],
         title="Electric-field effects on proton transfer in zeolite catalysis",
         venue="ChemRxiv", vraw="ChemRxiv", year=2025, type="preprint", flags=["submitted"], doi="10.26434/chemrxiv-2025-x7k2m",
         note="Submitted"),
    dict(sec=P, n=2, bt="online", key="oyelaran2025foundation",
         bib=dict(author="Oyelaran, Mariam and Halvorsen, Sunniva", author_an="1=student",
                  title="Foundation-model potentials fail for reactive interfaces: a cautionary benchmark", date="2025",
                  eprint="2503.07712", eprinttype="arxiv", eprintclass="physics.chem-ph", keywords="preprint"),
         authors=["M. Oyelaran", "S. Halvorsen"],
         title="Foundation-model potentials fail for reactive interfaces: a cautionary benchmark",
         venue="arXiv", vraw="arXiv: 2503.07712 [physics.chem-ph]", year=2025, type="preprint",
         links=["https://arxiv.org/abs/2503.07712"], note="underlined: supervised student"),
    # ---------------- thesis ----------------
    dict(sec=T, n=1, bt="thesis", key="halvorsen2019phd",
         bib=dict(author="Halvorsen, Sunniva", title="Theoretical studies of activity and stability in oxide electrocatalysis",
                  type="phdthesis", institution="Technical University of Denmark", location="Kgs. Lyngby", date="2019"),
         authors=["S. Halvorsen"], title="Theoretical studies of activity and stability in oxide electrocatalysis",
         venue="Technical University of Denmark", vraw="Technical University of Denmark", year=2019, type="thesis",
         note="PhD thesis. Kgs. Lyngby"),
]


def bib_entry(e) -> str:
    f = dict(e["bib"])
    an = f.pop("author_an", None)
    lines = [f"@{e['bt']}{{{e['key']},"]
    for k, v in f.items():
        lines.append(f"  {k} = {{{v}}},")
        if k == "author" and an:
            lines.append(f"  author+an = {{{an}}},")
    lines.append("}")
    return "\n".join(lines)


PREAMBLE = r"""\documentclass[11pt,a4paper]{article}
\usepackage[T1]{fontenc}
\usepackage[utf8]{inputenc}
\usepackage{charter}
\usepackage[margin=2.2cm]{geometry}
\usepackage{xcolor}
\usepackage{titlesec}
\usepackage{enumitem}
\usepackage[style=numeric, sorting=ydnt, giveninits=true, maxbibnames=10, minbibnames=7, doi=true, eprint=true, url=true,
            isbn=false, defernumbers=true, backend=biber]{biblatex}
\usepackage[colorlinks=true, urlcolor=blue!50!black, linkcolor=black, citecolor=black]{hyperref}
\addbibresource{14_halvorsen-catalysis-biblatex.bib}
% the CV owner in bold: compare the family name inside the name-part hooks
\newcommand*{\iscvowner}[1]{\ifdefstring{\namepartfamily}{Halvorsen}{\textbf{#1}}{#1}}
\newcommand*{\isstudent}[1]{\ifitemannotation{student}{\underline{#1}}{#1}}
\renewcommand*{\mkbibnamegiven}[1]{\isstudent{\iscvowner{#1}}}
\renewcommand*{\mkbibnamefamily}[1]{\isstudent{\iscvowner{#1}}\ifitemannotation{equal}{\textsuperscript{\dag}}{}}
\defbibheading{pubsec}[\bibname]{\subsection*{#1}}
\titleformat{\section}{\large\bfseries\color{blue!50!black}}{}{0pt}{}[{\color{blue!50!black}\titlerule}]
\titlespacing*{\section}{0pt}{12pt}{6pt}
\titleformat{\subsection}{\normalsize\bfseries}{}{0pt}{}
\titlespacing*{\subsection}{0pt}{8pt}{3pt}
\setlength{\parindent}{0pt}
\setlength{\bibitemsep}{2pt}
\newcommand{\event}[4]{\textbf{#1}\hfill #2\\#3\ifx\relax#4\relax\else\\\textit{#4}\fi\par\smallskip}
\begin{document}
\nocite{*}
"""


def tex_esc(s: str) -> str:
    return s.replace("&", r"\&").replace("ł", r"\l{}")


def build(out_dir):
    t = [PREAMBLE]
    t.append(r"\begin{center}{\huge\bfseries Sunniva Halvorsen}\\[4pt]"
             r"Department of Chemical Engineering, Norwegian University of Science and Technology (NTNU)\\"
             r"Sem S{\ae}lands vei 4, 7491 Trondheim, Norway\\"
             r"\href{mailto:sunniva.halvorsen@ntnu.no}{sunniva.halvorsen@ntnu.no} \quad $\cdot$ \quad +47 73 59 41 27 \quad $\cdot$ \quad "
             r"\url{https://halvorsen-lab.github.io} \quad $\cdot$ \quad ORCID 0000-0002-7781-4410\end{center}")
    t.append(r"\section*{Academic Positions}")
    for _, dates, title, org, extra in POS:
        t.append(rf"\event{{{title}}}{{{dates}}}{{{org}}}{{{extra or ''}}}")
    t.append(r"\section*{Education}")
    for _, dates, deg, inst, extra in EDU:
        t.append(rf"\event{{{deg}}}{{{dates}}}{{{inst}}}{{{extra or ''}}}")
    t.append(r"\section*{Grants, Fellowships and Awards}")
    t.append(r"\begin{tabular}{@{}p{1.3cm}p{14cm}@{}}")
    t.append(r" \\ ".join(f"{y} & {AWARDS_TEX.get(a, tex_esc(a))}" for a, y in AWARDS) + r" \\")
    t.append(r"\end{tabular}")
    t.append(r"\section*{Publications}")
    t.append(r"{\small Google Scholar: 1,940 citations, h-index 19. Lists generated with biblatex, newest first. "
             r"\textsuperscript{\dag}These authors contributed equally. \underline{Underlined}: student or postdoc supervised by me.}")
    for sec, prefix, filt in ((J, "J", "type=article, notkeyword=preprint"), (C, "C", "type=inproceedings"),
                              (B, "B", "type=incollection"), (P, "P", "keyword=preprint"), (T, "T", "type=thesis")):
        title = sec[0].upper() + sec[1:]
        t.append(rf"\newrefcontext[labelprefix={prefix}]")
        t.append(rf"\printbibliography[{filt}, heading=pubsec, title={{{title}}}, resetnumbers=true]")
    t.append(r"\section*{Invited Talks}")
    t.append(r"\begin{itemize}[leftmargin=1.2em,itemsep=1pt]")
    for talk in ("Electric fields in zeolite catalysis. Gordon Research Conference on Catalysis, New London, NH, USA, June 2024.",
                 "Microkinetics meets machine learning. Department seminar, University of Oslo, Norway, March 2024.",
                 "Dynamic active sites in Cu-zeolites. Nordic Catalysis Symposium, Aarhus, Denmark, June 2023.",
                 "First-principles kinetics for methanol synthesis. DTU Energy Colloquium, Kgs. Lyngby, Denmark, November 2022."):
        t.append(rf"\item {talk}")
    t.append(r"\end{itemize}")
    t.append(r"\section*{Teaching}")
    t.append(r"TKP4150 Petrochemistry and Refining (NTNU, lecturer, 2023--present); TKP4165 Process Design (NTNU, co-lecturer, 2022); "
             r"teaching assistant for 28434 Heterogeneous Catalysis (DTU, 2016--2018).\par")
    t.append(r"\section*{Supervision}")
    t.append(r"Ph.D.\ students: Mariam Oyelaran (2022--), Pablo \'Alvarez-Cordero (2023--). M.Sc.\ theses: 7 completed.\par")
    t.append(r"\section*{Service}")
    t.append(r"Referee for J.\ Am.\ Chem.\ Soc., ACS Catal., Nat.\ Catal.\ and J.\ Catal.; board member, Norwegian Catalysis Society "
             r"(2023--); organiser, Nordic Catalysis Symposium 2025.\par")
    t.append(r"\section*{Skills}")
    t.append(r"\begin{tabular}{@{}p{4.2cm}p{11.4cm}@{}}")
    t.append(r" \\ ".join(rf"\textbf{{{label}}} & {', '.join(vals)}" for label, vals in SKILLS) + r" \\")
    t.append(r"\end{tabular}")
    t.append(r"\end{document}")
    bib = "\n\n".join(bib_entry(e) for e in ENTRIES) + "\n"
    compile_tex("\n".join(t) + "\n", STEM, out_dir, engine="pdflatex", passes=2, bib=bib)
    pubs = []
    for e in ENTRIES:
        pubs.append(pub(e["sec"], e["n"], e["title"], e["authors"], e["venue"], e["vraw"], e["year"], e["type"],
                        flags=e.get("flags", ()), links=([f"https://doi.org/{e['doi']}"] if e.get("doi") else []) + e.get("links", []),
                        note=e.get("note"), doi=e.get("doi"), self_index=owner_index(e["authors"], OWNER), eq=e.get("eq", ()),
                        trunc=e.get("trunc", False)))
    return gold(STEM + ".pdf", PERSON, [x[0] for x in EDU], [x[0] for x in POS], pubs,
                [{"name": a, "date": None} for a, _ in AWARDS], [s for _, v in SKILLS for s in v])
