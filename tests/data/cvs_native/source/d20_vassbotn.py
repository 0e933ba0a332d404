"""20: experimental condensed-matter physics CV (PDF, pdfTeX) written with the classic `currvita` package: `cv`
environment with `cvlist` sections whose labels stand in a left column (`MM/YYYY--MM/YYYY` dates, years, skill
labels), fourier (Utopia) fonts, and the place and date line currvita prints at the end. The publication lists come
from BibTeX: **multibib** (`\\newcites`) gives one list per category, each filled with `\\nocite<list>{*}` from its own
.bib file and formatted by a hand-written style `source/20_vassbotn-physcv.bst`:
`Last, F., Last, F. and Last, F., Title, \\emph{Journal} vol (year) pages.` (no quotes around the title; the title ends at
the comma before the journal, and two titles contain commas), the owner's family name bolded by the .bst, more than
eight names cut to five + `et al.` (one list hides the owner), `and others` printed `et al.`, `in: \\emph{Proceedings}`
for conference papers, `arXiv:id [class] (year)` for preprints, `Ph.D. thesis, School (year)`. multibib numbers the
lists continuously ([1]..[13], [14]..[16], [17]..[18], [19]). LaTeX accents in names (`Dvo{\\v{r}}{\\'a}k`,
`R{\\o}nning`, `{\\O}stby`, `W{\\'o}jcik`, `Moreno-D{\\'\\i}az`); pdfTeX builds `ř` from r + caron, which extracts as
`oˇr`. Talks, teaching and service lists (cvlist) are not annotated."""
from make_native import pub, owner_index, edu, pos, gold, compile_tex

STEM = "20_vassbotn-physics-currvita"
OWNER = {"Vassbotn, E."}
PERSON = {"name": "Elin Vassbotn", "emails": ["elin.vassbotn@uib.no"], "phones": ["+47 55 58 27 41"],
          "homepages": ["https://ultrafast-qm.uib.no"]}

# gold, cvlist label, text
POS = [
    (pos("Department of Physics and Technology, University of Bergen", "Associate Professor", "2021-08", "present", "job",
         location="Norway"),
     "08/2021--", r"Associate Professor, Department of Physics and Technology, University of Bergen, Norway"),
    (pos("Max Planck Institute for Solid State Research", "Postdoctoral Researcher", "2017-09", "2021-07", "research",
         location="Stuttgart, Germany", supervisor="Dr. Hanna Seidel"),
     "09/2017--07/2021", r"Postdoctoral Researcher (Humboldt Fellow), Max Planck Institute for Solid State Research, "
                         r"Stuttgart, Germany. Host: Dr.\ Hanna Seidel"),
    (pos("Stanford Institute for Materials and Energy Sciences, SLAC National Accelerator Laboratory", "Visiting Researcher",
         "2016-02", "2016-07", "research", location="Menlo Park, CA, USA"),
     "02/2016--07/2016", r"Visiting Researcher, Stanford Institute for Materials and Energy Sciences, SLAC National "
                         r"Accelerator Laboratory, Menlo Park, CA, USA"),
    (pos("CERN", "Summer Student", "2012-06", "2012-08", "internship", location="Geneva, Switzerland"),
     "06/2012--08/2012", r"Summer Student, CERN, Geneva, Switzerland"),
]
EDU = [
    (edu("Norwegian University of Science and Technology", "Ph.D.", "Physics", "2013-09", "2017-06",
         advisor="Prof. Arne Lindholm", location="Trondheim, Norway"),
     "09/2013--06/2017", r"Ph.D.\ in Physics, Norwegian University of Science and Technology (NTNU), Trondheim, Norway.\newline "
                         r"Thesis: \emph{Ultrafast electron dynamics in layered charge-density-wave materials}. "
                         r"Supervisor: Prof.\ Arne Lindholm"),
    (edu("University of Oslo", "M.Sc.", "Condensed Matter Physics", "2011-08", "2013-06", gpa="A", location="Norway"),
     "08/2011--06/2013", r"M.Sc.\ in Condensed Matter Physics, University of Oslo, Norway. Grade: A"),
    (edu("University of Oslo", "B.Sc.", "Physics", "2008-08", "2011-06", location="Norway"),
     "08/2008--06/2011", r"B.Sc.\ in Physics, University of Oslo, Norway"),
]
AWARDS = [("2022", "Young Research Talents grant, Research Council of Norway"),
          ("2018", "NTNU Award for the Best Doctoral Thesis in Natural Sciences"),
          ("2017", "Humboldt Research Fellowship for Postdoctoral Researchers"),
          ("2013", "Statoil Prize for the best M.Sc. thesis in physics, University of Oslo")]
SKILLS = [("Techniques", ["tr-ARPES", "ultrafast pump--probe spectroscopy", "Raman spectroscopy", "molecular beam epitaxy"]),
          ("Programming", ["Python", "Igor Pro", "LabVIEW", "C++"]),
          ("Languages", ["Norwegian (native)", "English (fluent)", "German (good)"])]

ART, PROC, PRE, THESIS = "refereed journal articles", "conference proceedings", "preprints", "doctoral thesis"
ME = "Vassbotn, Elin"
# Each entry: list (multibib suffix), bib type, key, bib fields; then the gold as printed by physcv.bst:
# authors (printed form), et al.?, title (as rendered), venue, venue_raw, year, type, flags, note.
ENTRIES = [
    # ---------------- refereed journal articles [1]..[13] ----------------
    dict(l="art", bt="article", key="vassbotn2024tas2",
         bib=dict(author=f"{ME} and Haugland, Sigrid and Seidel, Hanna",
                  title=r"Photoinduced melting of charge order in 1\textit{T}-TaS\textsubscript{2} probed by time-resolved ARPES",
                  journal="Phys. Rev. Lett.", volume="132", year="2024", pages="176401"),
         authors=["Vassbotn, E.", "Haugland, S.", "Seidel, H."],
         title="Photoinduced melting of charge order in 1T-TaS₂ probed by time-resolved ARPES",
         venue="Physical Review Letters", vraw="Phys. Rev. Lett.", year=2024, type="journal"),
    dict(l="art", bt="article", key="haugland2024nickelate",
         bib=dict(author=f"Haugland, Sigrid and {ME} and Kristiansen, Marius and Nakashima, Yuki and Seidel, Hanna",
                  title="Coherent phonons, charge order, and orbital selectivity in a layered nickelate",
                  journal="Nat. Commun.", volume="15", year="2024", pages="3318"),
         authors=["Haugland, S.", "Vassbotn, E.", "Kristiansen, M.", "Nakashima, Y.", "Seidel, H."],
         title="Coherent phonons, charge order, and orbital selectivity in a layered nickelate",
         venue="Nature Communications", vraw="Nat. Commun.", year=2024, type="journal"),
    dict(l="art", bt="article", key="dvorak2023graphene",
         bib=dict(author=f"Dvo{{\\v{{r}}}}{{\\'a}}k, Petr and {ME} and R{{\\o}}nning, Tor and others",
                  title="Non-thermal phonon populations after intense terahertz excitation of bilayer graphene",
                  journal="Phys. Rev. B", volume="108", year="2023", pages="045112"),
         authors=["Dvořák, P.", "Vassbotn, E.", "Rønning, T."], trunc=True,
         title="Non-thermal phonon populations after intense terahertz excitation of bilayer graphene",
         venue="Physical Review B", vraw="Phys. Rev. B", year=2023, type="journal"),
    dict(l="art", bt="article", key="nakashima2023excitonic",
         bib=dict(author=f"Nakashima, Yuki and {ME} and Lefebvre, Camille and Bianchi, Luca and Sato, Ryo and Ahmadi, Farid "
                         f"and W{{\\'o}}jcik, Kasia and {{\\O}}stby, Lars and Moreno-D{{\\'\\i}}az, Jorge and Seidel, Hanna",
                  title="Momentum-resolved observation of an excitonic insulator gap in Ta\\textsubscript{2}NiSe\\textsubscript{5}",
                  journal="Nat. Phys.", volume="19", year="2023", pages="1521--1527"),
         authors=["Nakashima, Y.", "Vassbotn, E.", "Lefebvre, C.", "Bianchi, L.", "Sato, R."], trunc=True,
         title="Momentum-resolved observation of an excitonic insulator gap in Ta₂NiSe₅",
         venue="Nature Physics", vraw="Nat. Phys.", year=2023, type="journal"),
    dict(l="art", bt="article", key="lefebvre2023xuv",
         bib=dict(author=f"Lefebvre, Camille and Sato, Ryo and Bianchi, Luca and Haugland, Sigrid and Kristiansen, Marius "
                         f"and Ahmadi, Farid and {ME} and R{{\\o}}nning, Tor and Seidel, Hanna",
                  title="A 500 kHz extreme-ultraviolet source for time-resolved photoemission",
                  journal="Rev. Sci. Instrum.", volume="94", year="2023", pages="063002"),
         authors=["Lefebvre, C.", "Sato, R.", "Bianchi, L.", "Haugland, S.", "Kristiansen, M."], trunc=True,
         title="A 500 kHz extreme-ultraviolet source for time-resolved photoemission",
         venue="Review of Scientific Instruments", vraw="Rev. Sci. Instrum.", year=2023, type="journal"),
    dict(l="art", bt="article", key="vassbotn2022nbse2",
         bib=dict(author=f"{ME} and Lindholm, Arne",
                  title="Amplitude-mode dynamics and electron--phonon coupling in 2\\textit{H}-NbSe\\textsubscript{2}",
                  journal="Phys. Rev. Research", volume="4", year="2022", pages="033145"),
         authors=["Vassbotn, E.", "Lindholm, A."],
         title="Amplitude-mode dynamics and electron–phonon coupling in 2H-NbSe₂",
         venue="Physical Review Research", vraw="Phys. Rev. Research", year=2022, type="journal"),
    dict(l="art", bt="article", key="ronning2022ws2",
         bib=dict(author=f"R{{\\o}}nning, Tor and {ME}",
                  title="Ultrafast band-gap renormalization in monolayer WS\\textsubscript{2} on graphene",
                  journal="J. Phys.: Condens. Matter", volume="34", year="2022", pages="254001"),
         authors=["Rønning, T.", "Vassbotn, E."],
         title="Ultrafast band-gap renormalization in monolayer WS₂ on graphene",
         venue="Journal of Physics: Condensed Matter", vraw="J. Phys.: Condens. Matter", year=2022, type="journal"),
    dict(l="art", bt="article", key="vassbotn2021ued",
         bib=dict(author=f"{ME} and Kristiansen, Marius and Lindholm, Arne",
                  title="Tracking the collapse of a charge-density wave with femtosecond electron diffraction",
                  journal="Struct. Dyn.", volume="8", year="2021", pages="044301"),
         authors=["Vassbotn, E.", "Kristiansen, M.", "Lindholm, A."],
         title="Tracking the collapse of a charge-density wave with femtosecond electron diffraction",
         venue="Structural Dynamics", vraw="Struct. Dyn.", year=2021, type="journal"),
    dict(l="art", bt="article", key="seidel2021osmt",
         bib=dict(author=f"Seidel, Hanna and {ME} and Bianchi, Luca and others",
                  title="Orbital-selective Mott physics out of equilibrium",
                  journal="npj Quantum Mater.", volume="6", year="2021", pages="58"),
         authors=["Seidel, H.", "Vassbotn, E.", "Bianchi, L."], trunc=True,
         title="Orbital-selective Mott physics out of equilibrium",
         venue="npj Quantum Materials", vraw="npj Quantum Mater.", year=2021, type="journal"),
    dict(l="art", bt="article", key="vassbotn2020tise2",
         bib=dict(author=f"{ME} and Lindholm, Arne",
                  title="Electron--phonon coupling in 1\\textit{T}-TiSe\\textsubscript{2} from time-resolved reflectivity",
                  journal="Phys. Rev. B", volume="101", year="2020", pages="205137"),
         authors=["Vassbotn, E.", "Lindholm, A."],
         title="Electron–phonon coupling in 1T-TiSe₂ from time-resolved reflectivity",
         venue="Physical Review B", vraw="Phys. Rev. B", year=2020, type="journal"),
    dict(l="art", bt="article", key="kristiansen2019mbe",
         bib=dict(author=f"Kristiansen, Marius and {ME} and Aasen, Ingrid and Lindholm, Arne",
                  title="Growth and characterisation of atomically thin TiSe\\textsubscript{2} films by molecular beam epitaxy",
                  journal="Phys. Rev. Materials", volume="3", year="2019", pages="084003"),
         authors=["Kristiansen, M.", "Vassbotn, E.", "Aasen, I.", "Lindholm, A."],
         title="Growth and characterisation of atomically thin TiSe₂ films by molecular beam epitaxy",
         venue="Physical Review Materials", vraw="Phys. Rev. Materials", year=2019, type="journal"),
    dict(l="art", bt="article", key="vassbotn2018amplitude",
         bib=dict(author=f"{ME} and Aasen, Ingrid and Dvo{{\\v{{r}}}}{{\\'a}}k, Petr and Lindholm, Arne",
                  title="Coherent amplitude modes in a quasi-one-dimensional charge-density-wave system, revisited",
                  journal="New J. Phys.", volume="20", year="2018", pages="073022"),
         authors=["Vassbotn, E.", "Aasen, I.", "Dvořák, P.", "Lindholm, A."],
         title="Coherent amplitude modes in a quasi-one-dimensional charge-density-wave system, revisited",
         venue="New Journal of Physics", vraw="New J. Phys.", year=2018, type="journal"),
    dict(l="art", bt="article", key="vassbotn2017opa",
         bib=dict(author=f"{ME} and Lindholm, Arne",
                  title="A compact optical parametric amplifier for pump--probe spectroscopy at 250 kHz",
                  journal="Appl. Phys. Lett.", volume="110", year="2017", pages="121104"),
         authors=["Vassbotn, E.", "Lindholm, A."],
         title="A compact optical parametric amplifier for pump–probe spectroscopy at 250 kHz",
         venue="Applied Physics Letters", vraw="Appl. Phys. Lett.", year=2017, type="journal"),
    # ---------------- conference proceedings [14]..[16] ----------------
    dict(l="proc", bt="inproceedings", key="vassbotn2023spie",
         bib=dict(author=f"{ME} and Haugland, Sigrid and Nakashima, Yuki",
                  title="Time- and angle-resolved photoemission with a 500 kHz high-harmonic source",
                  booktitle="Ultrafast Phenomena and Nanophotonics XXVII, Proc. SPIE", volume="12419", year="2023",
                  pages="124190F"),
         authors=["Vassbotn, E.", "Haugland, S.", "Nakashima, Y."],
         title="Time- and angle-resolved photoemission with a 500 kHz high-harmonic source",
         venue="SPIE", vraw="Ultrafast Phenomena and Nanophotonics XXVII, Proc. SPIE", year=2023, type="conference",
         note="12419, 124190F"),
    dict(l="proc", bt="inproceedings", key="haugland2022up",
         bib=dict(author=f"Haugland, Sigrid and {ME} and Seidel, Hanna",
                  title="Sub-cycle terahertz control of charge order",
                  booktitle="International Conference on Ultrafast Phenomena (UP 2022)", publisher="Optica Publishing Group",
                  year="2022", pages="paper Tu4A.3"),
         authors=["Haugland, S.", "Vassbotn, E.", "Seidel, H."],
         title="Sub-cycle terahertz control of charge order",
         venue="UP", vraw="International Conference on Ultrafast Phenomena (UP 2022)", year=2022, type="conference",
         note="Optica Publishing Group, paper Tu4A.3"),
    dict(l="proc", bt="inproceedings", key="vassbotn2019epj",
         bib=dict(author=f"{ME} and Lindholm, Arne",
                  title="Ultrafast melting of the charge-density wave in TiSe\\textsubscript{2}",
                  booktitle="Ultrafast Phenomena XXI, EPJ Web of Conferences", volume="205", year="2019", pages="04012"),
         authors=["Vassbotn, E.", "Lindholm, A."],
         title="Ultrafast melting of the charge-density wave in TiSe₂",
         venue="EPJ Web of Conferences", vraw="Ultrafast Phenomena XXI, EPJ Web of Conferences", year=2019, type="conference",
         note="205, 04012"),
    # ---------------- preprints [17]..[18] ----------------
    dict(l="pre", bt="misc", key="vassbotn2024kagome",
         bib=dict(author=f"{ME} and Haugland, Sigrid and Ahmadi, Farid and Seidel, Hanna",
                  title="Light-induced hidden order in a kagome metal", eprint="2410.05512", primaryclass="cond-mat.str-el",
                  year="2024", note=r"submitted to \emph{Nature Physics}"),
         authors=["Vassbotn, E.", "Haugland, S.", "Ahmadi, F.", "Seidel, H."],
         title="Light-induced hidden order in a kagome metal",
         venue="arXiv", vraw="arXiv:2410.05512 [cond-mat.str-el]", year=2024, type="preprint", flags=["submitted"],
         note="submitted to Nature Physics"),
    dict(l="pre", bt="misc", key="ahmadi2025ml",
         bib=dict(author=f"Ahmadi, Farid and {ME}",
                  title="Machine-learning analysis of time-resolved photoemission spectra", eprint="2502.01187",
                  primaryclass="cond-mat.mtrl-sci", year="2025"),
         authors=["Ahmadi, F.", "Vassbotn, E."],
         title="Machine-learning analysis of time-resolved photoemission spectra",
         venue="arXiv", vraw="arXiv:2502.01187 [cond-mat.mtrl-sci]", year=2025, type="preprint"),
    # ---------------- doctoral thesis [19] ----------------
    dict(l="thesis", bt="phdthesis", key="vassbotn2017thesis",
         bib=dict(author=ME, title="Ultrafast electron dynamics in layered charge-density-wave materials",
                  school="Norwegian University of Science and Technology", year="2017"),
         authors=["Vassbotn, E."],
         title="Ultrafast electron dynamics in layered charge-density-wave materials",
         venue="Norwegian University of Science and Technology", vraw="Norwegian University of Science and Technology",
         year=2017, type="thesis", note="Ph.D. thesis"),
]
LISTS = [("art", ART, "Refereed Journal Articles"), ("proc", PROC, "Conference Proceedings"),
         ("pre", PRE, "Preprints"), ("thesis", THESIS, "Doctoral Thesis")]

BST = r"""% physcv.bst -- "Last, F., Last, F. and Last, F., Title, \emph{Journal} vol (year) pages."
% Entries in database order (\nocite{*}); the owner's family name in bold; more than eight names -> first five + et al.;
% a final "and others" -> et al.
ENTRY { author title journal volume pages year booktitle publisher address school eprint primaryclass note }
  {} { label }
INTEGERS { nameptr namesleft numnames trunc }
STRINGS { s t u }
FUNCTION {owner.name} { "Vassbotn" }
FUNCTION {or} { { pop$ #1 } 'skip$ if$ }
FUNCTION {emph} { duplicate$ empty$ { pop$ "" } { "\emph{" swap$ * "}" * } if$ }
FUNCTION {bold.owner}
{ 'u :=
  s nameptr "{ll}" format.name$ owner.name =
    { "\textbf{" u * "}" * }
    { u }
  if$
}
FUNCTION {format.names}
{ 's :=
  #0 'trunc :=
  s num.names$ 'numnames :=
  s numnames "{ll}" format.name$ "others" =
    { numnames #1 - 'numnames := #1 'trunc := }
    'skip$
  if$
  numnames #8 >
    { #5 'numnames := #1 'trunc := }
    'skip$
  if$
  #1 'nameptr :=
  numnames 'namesleft :=
  ""
    { namesleft #0 > }
    { s nameptr "{vv~}{ll}{, jj}{, f.}" format.name$ bold.owner 't :=
      nameptr #1 >
        { namesleft #1 > trunc or
            { ", " * t * }
            { " and " * t * }
          if$ }
        { t * }
      if$
      nameptr #1 + 'nameptr :=
      namesleft #1 - 'namesleft :=
    }
  while$
  trunc { " et al." * } 'skip$ if$
}
FUNCTION {begin.bib} { "\begin{thebibliography}{99}" write$ newline$ }
FUNCTION {end.bib} { newline$ "\end{thebibliography}" write$ newline$ }
FUNCTION {bibitem} { newline$ "\bibitem{" cite$ * "}" * write$ newline$ }
FUNCTION {tail} { note empty$ { "." * } { ", " * note * "." * } if$ write$ newline$ }
FUNCTION {article}
{ bibitem
  author format.names ", " * title * ", " * journal emph * " " * volume * " (" * year * ") " * pages *
  tail
}
FUNCTION {inproceedings}
{ bibitem
  author format.names ", " * title * ", in: " * booktitle emph *
  volume empty$ 'skip$ { " " * volume * } if$
  publisher empty$ 'skip$ { ", " * publisher * } if$
  " (" * year * ") " * pages *
  tail
}
FUNCTION {misc}
{ bibitem
  author format.names ", " * title * ", arXiv:" * eprint *
  primaryclass empty$ 'skip$ { " [" * primaryclass * "]" * } if$
  " (" * year * ")" *
  tail
}
FUNCTION {phdthesis}
{ bibitem
  author format.names ", " * title * ", Ph.D. thesis, " * school * " (" * year * ")" *
  tail
}
FUNCTION {default.type} { misc }
READ
EXECUTE {begin.bib}
ITERATE {call.type$}
EXECUTE {end.bib}
"""

TALKS = [
    ("2024", r"\emph{Watching charge order melt, one femtosecond at a time}, invited talk, DPG Spring Meeting, Berlin, Germany"),
    ("2023", r"\emph{High-repetition-rate tr-ARPES of quantum materials}, colloquium, Paul Scherrer Institute, Villigen, Switzerland"),
    ("2022", r"\emph{Non-equilibrium routes to hidden phases}, invited talk, APS March Meeting, Chicago, IL, USA"),
    ("2019", r"\emph{Ultrafast melting of charge-density waves}, contributed talk, Ultrafast Phenomena XXI, Hamburg, Germany"),
]


def bib_entry(e) -> str:
    lines = [f"@{e['bt']}{{{e['key']},"]
    for k, v in e["bib"].items():
        lines.append(f"  {k} = {{{v}}},")
    lines.append("}")
    return "\n".join(lines)


def build(out_dir):
    t = [r"""\documentclass[11pt,a4paper]{article}
\usepackage[T1]{fontenc}
\usepackage[utf8]{inputenc}
\usepackage{fourier}
\usepackage[margin=2.3cm]{geometry}
\usepackage{multibib}
\usepackage[LabelsAligned]{currvita}
\renewcommand*{\cvheadingfont}{\bfseries\LARGE}
\renewcommand*{\cvlistheadingfont}{\bfseries\large}
\setlength{\parindent}{0pt}
"""]
    for suffix, _, title in LISTS:
        t.append(rf"\newcites{{{suffix}}}{{{title}}}")
    t.append(r"\cvplace{Bergen}")
    t.append(r"\date{March 2025}")
    t.append(r"\begin{document}")
    t.append(r"\begin{cv}{Elin Vassbotn}")
    t.append(r"\begin{cvlist}{Personal Data}")
    t.append(r"\item[Address] Department of Physics and Technology, University of Bergen, All\'egaten 55, 5007 Bergen, Norway")
    t.append(r"\item[E-mail] elin.vassbotn@uib.no")
    t.append(r"\item[Phone] +47 55 58 27 41")
    t.append(r"\item[Web] https://ultrafast-qm.uib.no")
    t.append(r"\item[Born] 14 May 1989, \AA lesund, Norway")
    t.append(r"\end{cvlist}")
    t.append(r"\begin{cvlist}{Professional Experience}")
    for _, lab, text in POS:
        t.append(rf"\item[{lab}] {text}")
    t.append(r"\end{cvlist}")
    t.append(r"\begin{cvlist}{Education}")
    for _, lab, text in EDU:
        t.append(rf"\item[{lab}] {text}")
    t.append(r"\end{cvlist}")
    t.append(r"\begin{cvlist}{Honours and Awards}")
    for y, a in AWARDS:
        t.append(rf"\item[{y}] {a}")
    t.append(r"\end{cvlist}")
    t.append(r"\begin{cvlist}{Skills}")
    for lab, vals in SKILLS:
        t.append(rf"\item[{lab}] {', '.join(vals)}")
    t.append(r"\end{cvlist}")
    t.append(r"\bigskip{\noindent\cvheadingfont Publications\par}\smallskip")
    t.append(r"{\small Google Scholar: 1,310 citations, h-index 17 (March 2025).}\par\medskip")
    extra = {"20_vassbotn-physcv.bst": BST}
    for suffix, _, title in LISTS:
        stem_bib = f"{STEM}-{suffix}"
        extra[f"{stem_bib}.bib"] = "\n\n".join(bib_entry(e) for e in ENTRIES if e["l"] == suffix) + "\n"
        t.append(rf"\renewcommand*{{\cvbibname}}{{{title}}}")
        t.append(rf"\nocite{suffix}{{*}}")
        t.append(rf"\bibliographystyle{suffix}{{20_vassbotn-physcv}}")
        t.append(rf"\bibliography{suffix}{{{stem_bib}}}")
        t.append(r"\medskip")
    t.append(r"\begin{cvlist}{Invited and Contributed Talks (selected)}")
    for y, talk in TALKS:
        t.append(rf"\item[{y}] {talk}")
    t.append(r"\end{cvlist}")
    t.append(r"\begin{cvlist}{Teaching}")
    t.append(r"\item[2022--] PHYS208 Condensed Matter Physics (lecturer), University of Bergen")
    t.append(r"\item[2021--] PHYS301 Advanced Laboratory Course in Ultrafast Optics (course responsible), University of Bergen")
    t.append(r"\item[2014--2016] Teaching assistant, TFY4220 Solid State Physics, NTNU")
    t.append(r"\end{cvlist}")
    t.append(r"\begin{cvlist}{Service}")
    t.append(r"\item[2023--] Board member, Norwegian Physical Society, section for condensed matter physics")
    t.append(r"\item[] Referee for Phys.\ Rev.\ Lett., Phys.\ Rev.\ B, Nat.\ Commun.\ and Struct.\ Dyn.")
    t.append(r"\end{cvlist}")
    t.append(r"\end{cv}")
    t.append(r"\end{document}")
    compile_tex("\n".join(t) + "\n", STEM, out_dir, engine="pdflatex", passes=2, extra=extra,
                bibtex=[s for s, _, _ in LISTS])
    pubs, n = [], 0
    for suffix, sec, _ in LISTS:
        for e in (x for x in ENTRIES if x["l"] == suffix):
            n += 1  # multibib numbers the lists continuously
            pubs.append(pub(sec, n, e["title"], e["authors"], e["venue"], e["vraw"], e["year"], e["type"],
                            flags=e.get("flags", ()), note=e.get("note"), self_index=owner_index(e["authors"], OWNER),
                            trunc=e.get("trunc", False)))
    skills = [v.replace("--", "–") for _, vals in SKILLS for v in vals]
    # the titled TA line under Teaching is a teaching position (cvs/README 18, 20, 23); the course lines are not
    ta = pos("NTNU", "Teaching assistant", "2014", "2016", "teaching")
    return gold(STEM + ".pdf", PERSON, [x[0] for x in EDU], [x[0] for x in POS] + [ta], pubs,
                [{"name": a, "date": None} for _, a in AWARDS], skills)
