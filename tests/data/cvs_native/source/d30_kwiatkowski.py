r"""30: mathematical-physics CV, LaTeX `\documentclass{article}` with **enumitem** lists (`description` with
`style=sameline` and a fixed `labelwidth` for dated appointments and degrees, `itemize[label={},leftmargin=*]` for
awards) and the publications typeset by **biblatex with the `phys` style (biblatex-phys, AIP/APS look) and biber**:
`articletitle=true` (titles in quotes, which the style leaves out by default), `biblabel=brackets`, `maxnames=4,
minnames=1` (**a five-author paper prints as "L. Ferrand et al."**, hiding the owner), `eprint=true` (hyperlinked
`arXiv:… [math-ph]`), `doi=false`; three `\printbibliography` calls filtered by keyword with `resetnumbers`, sorted
`ydnt`. APS form: `T. Kwiatkowski and L. Ferrand, “Title,” Commun. Math. Phys. 405, 112 (2024).` The year stands only
in parentheses at the end. A proceedings paper `in … , edited by … (World Scientific, Singapore, 2023) pp. 311–322`."""
from make_native import pub, owner_index, edu, pos, gold, compile_tex

STEM = "30_kwiatkowski-mathphys-biblatexphys"
PERSON = {"name": "Tobias Kwiatkowski", "emails": ["tkw@math.ku.dk"], "phones": ["+45 35 33 07 41"],
          "homepages": ["https://web.math.ku.dk/~tkw"]}
ME = "T. Kwiatkowski"
J, P, R = "refereed journal articles", "proceedings", "preprints"
AX = "https://arxiv.org/abs/"
D = "https://doi.org/"  # biblatex-phys links the journal reference to its DOI even with doi=false
# bib key, bib entry, gold
BIB = [
    ("kf24", r"""@article{kf24, author={Kwiatkowski, Tobias and Ferrand, Laurent}, title={Spectral gap of the {XXZ} chain with random boundary fields},
  journaltitle={Commun. Math. Phys.}, volume={405}, pages={112}, date={2024}, doi={10.1007/s00220-024-04988-3},
  eprint={2306.11245}, eprinttype={arxiv}, eprintclass={math-ph}, keywords={journal}}""",
     pub(J, 1, "Spectral gap of the XXZ chain with random boundary fields", [ME, "L. Ferrand"],
         "Communications in Mathematical Physics", "Commun. Math. Phys.", 2024, "journal", links=[D + "10.1007/s00220-024-04988-3", AX + "2306.11245"],
         doi="10.1007/s00220-024-04988-3", self_index=0)),
    ("k23", r"""@article{k23, author={Kwiatkowski, Tobias}, title={{Lieb}--{Robinson} bounds for long-range fermionic lattice systems},
  journaltitle={J. Math. Phys.}, volume={64}, pages={061901}, date={2023}, doi={10.1063/5.0139921}, keywords={journal}}""",
     pub(J, 2, "Lieb–Robinson bounds for long-range fermionic lattice systems", [ME],
         "Journal of Mathematical Physics", "J. Math. Phys.", 2023, "journal", links=[D + "10.1063/5.0139921"],
         doi="10.1063/5.0139921", self_index=0)),
    ("rka23", r"""@article{rka23, author={Rasmussen, Mette and Kwiatkowski, Tobias and Ahn, Seojin}, title={Entanglement entropy of free fermions with a random potential},
  journaltitle={Ann. Henri Poincar\'e}, volume={24}, pages={2451}, date={2023}, doi={10.1007/s00023-023-01291-x},
  eprint={2207.08816}, eprinttype={arxiv}, eprintclass={math-ph}, keywords={journal}}""",
     pub(J, 3, "Entanglement entropy of free fermions with a random potential", ["M. Rasmussen", ME, "S. Ahn"],
         "Annales Henri Poincaré", "Ann. Henri Poincaré", 2023, "journal", links=[D + "10.1007/s00023-023-01291-x", AX + "2207.08816"],
         doi="10.1007/s00023-023-01291-x", self_index=1)),
    ("f21", r"""@article{f21, author={Ferrand, Laurent and Kwiatkowski, Tobias and Rasmussen, Mette and Ahn, Seojin and Oyelaran, Peter},
  title={Quantum many-body scars in constrained spin chains: a rigorous approach},
  journaltitle={Lett. Math. Phys.}, volume={111}, pages={93}, date={2021}, doi={10.1007/s11005-021-01432-7},
  eprint={2012.04455}, eprinttype={arxiv}, eprintclass={math-ph}, keywords={journal}}""",
     pub(J, 4, "Quantum many-body scars in constrained spin chains: a rigorous approach", ["L. Ferrand"],
         "Letters in Mathematical Physics", "Lett. Math. Phys.", 2021, "journal", links=[D + "10.1007/s11005-021-01432-7", AX + "2012.04455"],
         doi="10.1007/s11005-021-01432-7", trunc=True, note="et al. (biblatex maxnames=4): the owner is hidden")),
    ("kh21", r"""@article{kh21, author={Kwiatkowski, Tobias and Hartmann, Gisela}, title={Local eigenvalue statistics of band matrices at the spectral edge},
  journaltitle={Phys. Rev. E}, volume={104}, pages={044112}, date={2021}, doi={10.1103/PhysRevE.104.044112}, keywords={journal}}""",
     pub(J, 5, "Local eigenvalue statistics of band matrices at the spectral edge", [ME, "G. Hartmann"],
         "Physical Review E", "Phys. Rev. E", 2021, "journal", links=[D + "10.1103/PhysRevE.104.044112"],
         doi="10.1103/PhysRevE.104.044112", self_index=0)),
    ("k20", r"""@article{k20, author={Kwiatkowski, Tobias}, title={Edge universality for sparse random matrices},
  journaltitle={Probab. Theory Relat. Fields}, volume={178}, pages={801--850}, date={2020}, doi={10.1007/s00440-020-00985-1}, keywords={journal}}""",
     pub(J, 6, "Edge universality for sparse random matrices", [ME],
         "Probability Theory and Related Fields", "Probab. Theory Relat. Fields", 2020, "journal",
         links=[D + "10.1007/s00440-020-00985-1"], doi="10.1007/s00440-020-00985-1", self_index=0)),
    ("k23icmp", r"""@inproceedings{k23icmp, author={Kwiatkowski, Tobias}, title={Random band matrices and the {Anderson} transition},
  booktitle={{XX International Congress on Mathematical Physics (ICMP 2021)}}, editor={Dubois, Claire and Nakamura, Kenji},
  publisher={World Scientific}, location={Singapore}, date={2023}, pages={311--322}, keywords={proc}}""",
     pub(P, 1, "Random band matrices and the Anderson transition", [ME], "ICMP",
         "XX International Congress on Mathematical Physics (ICMP 2021)", 2023, "conference",
         note="edited by C. Dubois and K. Nakamura (2023), pp. 311–322", self_index=0)),
    ("ak25", r"""@online{ak25, author={Ahn, Seojin and Kwiatkowski, Tobias}, title={Dynamical localization for quasi-periodic quantum walks},
  date={2025}, eprint={2502.01177}, eprinttype={arxiv}, eprintclass={math.SP}, addendum={submitted to Ann. Henri Poincar\'e}, keywords={preprint}}""",
     pub(R, 1, "Dynamical localization for quasi-periodic quantum walks", ["S. Ahn", ME], "arXiv",
         "arXiv:2502.01177 [math.SP]", 2025, "preprint", flags=["submitted"], links=[AX + "2502.01177"],
         note="submitted to Ann. Henri Poincaré", self_index=1)),    ("kr24", r"""@online{kr24, author={Kwiatkowski, Tobias and Rasmussen, Mette}, title={Area law for the ground state of disordered {XY} chains},
  date={2024}, eprint={2411.02319}, eprinttype={arxiv}, eprintclass={math-ph}, keywords={preprint}}""",
     pub(R, 2, "Area law for the ground state of disordered XY chains", [ME, "M. Rasmussen"], "arXiv",
         "arXiv:2411.02319 [math-ph]", 2024, "preprint", links=[AX + "2411.02319"], self_index=0)),
]
POS = [(r"2022--present", r"Assistant Professor (tenure track), Department of Mathematical Sciences, University of Copenhagen, Denmark",
        pos("Department of Mathematical Sciences, University of Copenhagen", "Assistant Professor", "2022", "present", "job",
            location="Denmark")),
       (r"2019--2022", r"Postdoctoral Researcher, Institut des Hautes \'Etudes Scientifiques (IH\'ES), Bures-sur-Yvette, France. Host: Prof.~Laurent Ferrand",
        pos("Institut des Hautes Études Scientifiques (IHÉS)", "Postdoctoral Researcher", "2019", "2022", "research",
            location="Bures-sur-Yvette, France", supervisor="Prof. Laurent Ferrand")),
       (r"Spring 2018", r"Visiting PhD Student, Courant Institute, New York University, USA",
        pos("Courant Institute, New York University", "Visiting PhD Student", "2018", "2018", "research", location="USA"))]
EDU = [(r"2014--2019", r"Dr.\ rer.\ nat.\ in Mathematics, Ludwig-Maximilians-Universit\"at M\"unchen, Germany. Advisor: Prof.~Gisela Hartmann",
        edu("Ludwig-Maximilians-Universität München", "Ph.D.", "Mathematics", "2014", "2019", advisor="Prof. Gisela Hartmann",
            location="Germany")),
       (r"2012--2014", r"M.Sc.\ in Physics, University of Warsaw, Poland",
        edu("University of Warsaw", "M.Sc.", "Physics", "2012", "2014", location="Poland")),
       (r"2009--2012", r"B.Sc.\ in Physics, University of Warsaw, Poland",
        edu("University of Warsaw", "B.Sc.", "Physics", "2009", "2012", location="Poland"))]
AWARDS = [("IAMP Early Career Award", "2024"), ("Villum Young Investigator Grant", "2023"),
          ("Dissertation Prize of the LMU Faculty of Mathematics", "2019")]
SKILLS = ["Julia", "Python", "Mathematica", "Polish (native)", "German (fluent)", "English (fluent)", "Danish (basic)"]


def build(out_dir):
    t = [r"\documentclass[11pt,a4paper]{article}",
         r"\usepackage[T1]{fontenc}", r"\usepackage[utf8]{inputenc}", r"\usepackage{lmodern}",
         r"\usepackage[margin=2.2cm]{geometry}", r"\usepackage{enumitem}", r"\usepackage{csquotes}",
         r"\usepackage[style=phys,articletitle=true,biblabel=brackets,maxnames=4,minnames=1,eprint=true,doi=false,"
         r"sorting=ydnt,defernumbers=true,backend=biber]{biblatex}",
         rf"\addbibresource{{{STEM}.bib}}",
         r"\usepackage[colorlinks,urlcolor=blue,linkcolor=black,citecolor=black]{hyperref}",
         r"\setlength{\parindent}{0pt}",
         r"\newcommand{\cvsection}[1]{\par\medskip{\large\scshape #1}\par\vspace{2pt}\hrule\vspace{5pt}}",
         r"\setlist[description]{style=sameline,labelwidth=2.6cm,leftmargin=2.9cm,font=\normalfont\bfseries,itemsep=3pt}",
         r"\begin{document}",
         r"\begin{center}{\LARGE Tobias Kwiatkowski}\\[3pt]",
         r"Department of Mathematical Sciences, University of Copenhagen, Universitetsparken 5, 2100 Copenhagen \O, Denmark\\",
         r"\href{mailto:tkw@math.ku.dk}{tkw@math.ku.dk} \quad +45 35 33 07 41 \quad \url{https://web.math.ku.dk/~tkw}\end{center}",
         r"\cvsection{Research interests}",
         r"Mathematical physics: disordered quantum spin systems, random matrices, Lieb--Robinson bounds, entanglement.",
         r"\cvsection{Appointments}", r"\begin{description}"]
    t += [rf"\item[{a}] {b}" for a, b, _ in POS]
    t += [r"\end{description}", r"\cvsection{Education}", r"\begin{description}"]
    t += [rf"\item[{a}] {b}" for a, b, _ in EDU]
    t += [r"\end{description}", r"\cvsection{Awards and grants}", r"\begin{itemize}[label={},leftmargin=*,itemsep=1pt]"]
    t += [rf"\item {n}, {y}" for n, y in AWARDS]
    t += [r"\end{itemize}", r"\cvsection{Publications}",
          r"Authors in mathematical physics are listed alphabetically only where stated; arXiv numbers link to the preprints.",
          r"\nocite{*}",
          r"\printbibliography[keyword=journal,heading=subbibliography,title={Refereed journal articles},resetnumbers=true]",
          r"\printbibliography[keyword=proc,heading=subbibliography,title={Proceedings},resetnumbers=true]",
          r"\printbibliography[keyword=preprint,heading=subbibliography,title={Preprints},resetnumbers=true]",
          r"\cvsection{Invited talks (selected)}",
          r"\begin{itemize}[leftmargin=*,itemsep=1pt]",
          r"\item QMath15, Madrid, September 2024: \emph{Spectral gaps of disordered XXZ chains}",
          r"\item ICMP 2021 (virtual), Geneva, August 2021: \emph{Random band matrices and the Anderson transition}",
          r"\end{itemize}",
          r"\cvsection{Skills}",
          r"\begin{description}",
          r"\item[Computing] Julia, Python, Mathematica",
          r"\item[Languages] Polish (native), German (fluent), English (fluent), Danish (basic)",
          r"\end{description}",
          r"\end{document}"]
    bib = "\n\n".join(b for _, b, _ in BIB) + "\n"
    compile_tex("\n".join(t) + "\n", STEM, out_dir, engine="pdflatex", passes=2, bib=bib)
    return gold(f"{STEM}.pdf", PERSON, [e[2] for e in EDU], [p[2] for p in POS], [g for _, _, g in BIB],
                [{"name": n, "date": None} for n, _ in AWARDS], SKILLS)
