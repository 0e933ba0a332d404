"""52: programming-languages CV (PDF) in the real **`limecv` class** (TeX Live's limecv 0.1.12, XeLaTeX + fontspec
with Fira Sans / Fira Mono and fontawesome5): page 1 has the green **sidebar** (`cvSidebar`: name from `\\cvID`, job
title, a Profile paragraph under a ruled caption, the Contact icon matrix, Languages with **progress bars** — no level
text) beside `cvMainContent`, whose sections are **TikZ overlay nodes** placed on a timeline: an icon + section title
with a green rule (`\\faGraduationCap Education`, `\\faBriefcase Experience`, `\\faStar Skills`), each `\\cvItem` a
node with a timeline dot ("**Title** ⟶ dates" with `\\hfill`, then org and a small line), and the **Skills table of
filled/empty circle glyphs** (`\\cvSkillTwo{5}{Coq}{4}{Lean 4}`). Pages 2 and 3 are `cvMainContent*` pages (no
sidebar) with lists the author declared with the class's own `\\cvList` (Conference Papers, Journal Articles,
Workshop Papers, Preprints and Thesis, Awards, Teaching, Service): **the class never breaks a page**, so each page is
filled by hand. Publications are `[C7]` label + title, author line (owner bold, `*` equal contribution with a legend),
venue line with icon-labelled hyperlinks (the targets are the links), one `\\faTrophy` Distinguished Paper Award.
Teaching and service are not annotated."""
from make_native import pub, owner_index, edu, pos, gold, compile_tex

STEM = "52_nakamuralund-cs-limecv"
PERSON = {"name": "Tobias Nakamura-Lund", "emails": ["tnlund@mpi-sws.org"], "phones": ["+49 681 9303 8127"],
          "homepages": ["https://people.mpi-sws.org/~tnlund/"]}
ME = "T. Nakamura-Lund"
CP, JA, WP = "conference papers", "journal articles", "workshop papers, preprints and thesis"
LISTS = [(CP, "confpapers", "Conference Papers", r"\faFile*"), (JA, "journals", "Journal Articles", r"\faBook"),
         (WP, "otherpapers", "Workshop Papers, Preprints and Thesis", r"\faFlask")]
DOI = "https://doi.org/"

# (section, label, title, authors, equal-marked, venue line as printed (TeX), links [(label, url)], trophy,
#  gold: venue, venue_raw, year, type, flags, doi, note)
PUBS = [
    (CP, "C7", "Verified incremental parsing with derivatives and zippers", [ME, "I. Hartmann-Oduya"], (),
     r"\emph{PLDI 2024}, Copenhagen", [("paper", DOI + "10.1145/3656412"), ("artifact", "https://zenodo.org/records/10972115")],
     True, ("PLDI", "PLDI 2024", 2024, "conference", ("award",), "10.1145/3656412", "Distinguished Paper Award")),
    (CP, "C6", "A separation logic for effect handlers with multi-shot continuations",
     ["R. Achebe", ME, "I. Hartmann-Oduya"], (0, 1), r"\emph{POPL 2024}, London",
     [("paper", DOI + "10.1145/3632901")], False,
     ("POPL", "POPL 2024", 2024, "conference", (), "10.1145/3632901", None)),
    (CP, "C5", "Gradual ownership types for Rust-like languages", ["S. Okafor-Grant", ME, "A. Feldmann"], (),
     r"\emph{OOPSLA 2023}, Cascais", [("paper", DOI + "10.1145/3622851"), ("artifact", "https://zenodo.org/records/8330112")],
     False, ("OOPSLA", "OOPSLA 2023", 2023, "conference", (), "10.1145/3622851", None)),
    (CP, "C4", "Mechanised semantics for WebAssembly exception handling", [ME, "M. Kjærgaard"], (),
     r"\emph{CPP 2023}, Boston", [("paper", DOI + "10.1145/3573105.3575691")], False,
     ("CPP", "CPP 2023", 2023, "conference", (), "10.1145/3573105.3575691", None)),
    (CP, "C3", "Logical relations for higher-order state, mechanised in Iris", [ME, "J. Brix", "M. Kjærgaard"], (),
     r"\emph{ESOP 2022}, LNCS 13240, pp.\ 401--428", [("paper", DOI + "10.1007/978-3-030-99336-8_15")], False,
     ("ESOP", "ESOP 2022", 2022, "conference", (), "10.1007/978-3-030-99336-8_15", "LNCS 13240, pp. 401–428")),
    (CP, "C2", "Certified compilation of pattern matching with nested guards", ["J. Brix", ME], (),
     r"\emph{ITP 2021}, LIPIcs 193, 12:1--12:18", [("paper", DOI + "10.4230/LIPIcs.ITP.2021.12")], False,
     ("ITP", "ITP 2021", 2021, "conference", (), "10.4230/LIPIcs.ITP.2021.12", "LIPIcs 193, 12:1–12:18")),
    (CP, "C1", "A type system for linear resource handling in effectful ML", [ME, "M. Kjærgaard"], (),
     r"\emph{ICFP 2021}, virtual", [("paper", DOI + "10.1145/3473581")], False,
     ("ICFP", "ICFP 2021", 2021, "conference", (), "10.1145/3473581", None)),
    (JA, "J2", "Modular verification of effect handlers in Iris",
     [ME, "R. Achebe", "I. Hartmann-Oduya", "M. Kjærgaard"], (),
     r"\emph{Journal of Functional Programming} 34, e7, 2024", [("paper", DOI + "10.1017/S0956796824000066")], False,
     ("JFP", "Journal of Functional Programming", 2024, "journal", (),
      "10.1017/S0956796824000066", "34, e7")),
    (JA, "J1", "Logical relations for higher-order state, mechanised: extended version", [ME, "J. Brix", "M. Kjærgaard"],
     (), r"\emph{ACM Trans.\ Program.\ Lang.\ Syst.\ (TOPLAS)} 45(3):14, 2023", [("paper", DOI + "10.1145/3594731")],
     False, ("ACM Transactions on Programming Languages and Systems", "ACM Trans. Program. Lang. Syst. (TOPLAS)", 2023,
             "journal", (), "10.1145/3594731", "45(3):14")),
    (WP, "W2", "Towards verified Lean 4 tactics for separation logic", [ME, "L. Weiß"], (),
     r"\emph{CoqPL 2024} (workshop co-located with POPL 2024)", [("paper", "https://popl24.sigplan.org/details/CoqPL-2024/7")],
     False, ("POPL", "CoqPL 2024", 2024, "workshop", ("workshop",), None, "workshop co-located with POPL 2024")),
    (WP, "W1", "Property-based testing of ownership type checkers", ["A. Feldmann", ME], (),
     r"\emph{TyDe 2022} (workshop co-located with ICFP 2022)", [], False,
     ("ICFP", "TyDe 2022", 2022, "workshop", ("workshop",), None, "workshop co-located with ICFP 2022")),
    (WP, "P1", "Verified garbage collection for a WebAssembly runtime", [ME, "I. Hartmann-Oduya"], (),
     r"\emph{arXiv:2502.04417 [cs.PL]}, 2025. Under submission", [("arXiv", "https://arxiv.org/abs/2502.04417")], False,
     ("arXiv", "arXiv:2502.04417 [cs.PL]", 2025, "preprint", ("submitted",), None, "Under submission")),
    (WP, "T1", "Semantic foundations for effectful resource handling", [ME], (),
     r"Ph.D.\ thesis, \emph{Aarhus University}, 2022", [], False,
     ("Aarhus University", "Aarhus University", 2022, "thesis", (), None, "Ph.D. thesis")),
]
EDU = [(r"Ph.D.\ in Computer Science", "2018--2022", "Aarhus University, Denmark",
        r"Thesis: \emph{Semantic foundations for effectful resource handling}. Advisor: Prof.\ Mette Kjærgaard",
        edu("Aarhus University", "Ph.D.", "Computer Science", "2018", "2022", advisor="Prof. Mette Kjærgaard",
            location="Denmark")),
       (r"M.Sc.\ in Computer Science", "2016--2018", "University of Copenhagen, Denmark", None,
        edu("University of Copenhagen", "M.Sc.", "Computer Science", "2016", "2018", location="Denmark")),
       (r"B.Sc.\ in Mathematics and Computer Science", "2013--2016", "University of Copenhagen, Denmark", None,
        edu("University of Copenhagen", "B.Sc.", "Mathematics and Computer Science", "2013", "2016",
            location="Denmark"))]
POS = [("Postdoctoral Researcher", "2022--present", "Max Planck Institute for Software Systems (MPI-SWS), Saarbrücken, "
        "Germany", r"Host: Dr.\ Ines Hartmann-Oduya",
        pos("Max Planck Institute for Software Systems (MPI-SWS)", "Postdoctoral Researcher", "2022", "present",
            "research", location="Saarbrücken, Germany", supervisor="Dr. Ines Hartmann-Oduya")),
       ("Research Intern", "Jun 2021 -- Sep 2021", "Microsoft Research, Cambridge, UK",
        r"Mentor: Dr.\ Samuel Okafor-Grant",
        pos("Microsoft Research", "Research Intern", "2021-06", "2021-09", "internship", location="Cambridge, UK",
            supervisor="Dr. Samuel Okafor-Grant")),
       ("Student Developer (part-time)", "2014--2016", "Trifork A/S, Aarhus, Denmark", None,
        pos("Trifork A/S", "Student Developer", "2014", "2016", "job", location="Aarhus, Denmark"))]
# the titled roles under Teaching are `teaching` positions (seed X4, cvs 10/18/23, as 29); left out of the blind gold
TEACH = [pos("Saarland University", "Lecturer", "2024", "2024", "teaching"),
         pos("Aarhus University", "Teaching Assistant", "2019", "2021", "teaching")]
SKILLS = [(5, "Coq"), (4, "Lean 4"), (5, "OCaml"), (4, "Haskell"), (4, "Rust"), (3, "C")]
LANGS = [("Danish", 5), ("English", 4.5), ("Japanese", 3.5), ("German", 2.5)]
AWARDS = [("Distinguished Paper Award, PLDI 2024", "2024"),
          ("Best Dissertation Award, Danish Society for Theoretical Computer Science", "2023"),
          ("Elite Research Travel Grant, Danish Ministry of Higher Education and Science", "2020")]
FONT_DIRS = ["/usr/share/texlive/texmf-dist/fonts/opentype/public/fira",
             "/usr/share/texlive/texmf-dist/fonts/opentype/public/fontawesome5"]


def tex(s: str) -> str:
    return s.replace("&", r"\&").replace("#", r"\#").replace("_", r"\_")


def item(title, dates, org, extra=None):
    t = rf"\textbf{{{title}}}\hfill {dates}\\ {tex(org)}"
    if extra:
        t += rf"\\ {{\small {extra}}}"
    return rf"\cvItem{{{t}}}"


def pub_item(label, title, authors, eq, venue, links, trophy):
    names = [(rf"\textbf{{{a}}}" if a == ME else a) + ("*" if i in eq else "") for i, a in enumerate(authors)]
    line = rf"\textbf{{[{label}]}}~{tex(title)}.\\ " + ", ".join(names) + r".\\ " + venue + "."
    if links:
        line += r"\hfill " + "~".join(rf"\href{{{tex(u)}}}{{\faLink~{lab}}}" for lab, u in links)
    if trophy:
        line += r"\\ {\color{cvGreen}\faTrophy~Distinguished Paper Award}"
    return rf"\cvItem{{{line}}}"


def build(out_dir):
    t = [r"\documentclass[a4paper,10pt]{limecv}", r"\usepackage[english]{babel}",
         r"\usepackage[a4paper,margin=1cm]{geometry}",
         r"\pgfkeys{/@cv/names/confpapers = Conference Papers}", r"\pgfkeys{/@cv/names/journals = Journal Articles}",
         r"\pgfkeys{/@cv/names/otherpapers = Workshop Papers\cvComma{} Preprints and Thesis}",  # the class's comma
         r"\pgfkeys{/@cv/names/awards = Awards}", r"\pgfkeys{/@cv/names/teaching = Teaching}",
         r"\pgfkeys{/@cv/names/service = Service}"]
    for _, key, _, icon in LISTS:
        t.append(rf"\cvList{{cv{key}}}{{{key}}}{{{icon}}}")
    t += [r"\cvList{cvAwards}{awards}{\faTrophy}", r"\cvList{cvTeaching}{teaching}{\faChalkboardTeacher}",
          r"\cvList{cvService}{service}{\faUsers}", r"\begin{document}"]
    t.append(r"\begin{cvSidebar}")
    t.append(r"\cvID{Tobias}{Nakamura-Lund}{}{Postdoctoral Researcher\cvComma{} Programming Languages}")
    t.append(r"\begin{cvProfile}I build program logics and verified language tooling: separation logics for effect "
             r"handlers, mechanised semantics for WebAssembly, and verified parsers, all in Coq and Lean.\end{cvProfile}")
    t.append(r"\begin{cvContact}")
    t.append(r"\cvContactAddress{Campus E1 5, 66123 Saarbrücken, Germany}")
    t.append(r"\cvContactPhone{+49 681 9303 8127}")
    t.append(r"\cvContactEmail{mailto:tnlund@mpi-sws.org}{tnlund@mpi-sws.org}")
    t.append(r"\cvContactWebsite{https://people.mpi-sws.org/~tnlund/}{people.mpi-sws.org/\textasciitilde tnlund}")
    t.append(r"\cvContactGithub{https://github.com/tnlund}{tnlund}")
    t.append(r"\end{cvContact}")
    t.append(r"\begin{cvLanguages}")
    t.extend(rf"\cvLanguage{{{lang}}}{{{lvl}}}" for lang, lvl in LANGS)
    t.append(r"\end{cvLanguages}")
    t.append(r"\end{cvSidebar}")
    t.append(r"\begin{cvMainContent}")
    t.append(r"\begin{cvEducation}")
    t.extend(item(title, dates, org, extra) for title, dates, org, extra, _ in EDU)
    t.append(r"\end{cvEducation}")
    t.append(r"\begin{cvExperience}")
    t.extend(item(title, dates, org, extra) for title, dates, org, extra, _ in POS)
    t.append(r"\end{cvExperience}")
    t.append(r"\begin{cvSkills}")
    for (a, x), (b, y) in zip(SKILLS[0::2], SKILLS[1::2]):
        t.append(rf"\cvSkillTwo{{{a}}}{{{x}}}{{{b}}}{{{y}}}")
    t.append(r"\end{cvSkills}")
    t.append(r"\end{cvMainContent}")
    pubs = []
    for page, lists in ((2, (CP, JA)), (3, (WP,))):
        t.append(r"\newpage")
        t.append(r"\begin{cvMainContent*}")
        for sec in lists:
            key = next(k for s, k, _, _ in LISTS if s == sec)
            t.append(rf"\begin{{cv{key}}}")
            if sec == CP:
                t.append(r"\cvItem{\small Owner in bold; * equal contribution.}")
            for n, (s, label, title, authors, eq, venue, links, trophy, g) in enumerate(PUBS):
                if s != sec:
                    continue
                t.append(pub_item(label, title, authors, eq, venue, links, trophy))
                gv, raw, year, typ, flags, doi, note = g
                # the printed number where the labels are one series (C7…C1, J2, J1); W/P/T labels mix: the order
                index = int(label[1:]) if sec != WP else sum(1 for p in PUBS[:n + 1] if p[0] == sec)
                pubs.append(pub(sec, index, title, authors, gv, raw, year, typ, flags=flags,
                                links=[u for _, u in links], note=note, doi=doi, eq=eq,
                                self_index=owner_index(authors, {ME})))
            t.append(rf"\end{{cv{key}}}")
        if page == 3:
            t.append(r"\begin{cvAwards}")
            t.extend(rf"\cvItem{{\textbf{{{tex(a)}}}\hfill {y}}}" for a, y in AWARDS)
            t.append(r"\end{cvAwards}")
            t.append(r"\begin{cvTeaching}")
            t.append(r"\cvItem{\textbf{Lecturer}, Semantics of Programming Languages, Saarland University\hfill 2024\\ "
                     r"{\small co-taught with Dr.\ Ines Hartmann-Oduya; 48 students}}")
            t.append(r"\cvItem{\textbf{Teaching Assistant}, Proof Assistants and Program Verification, Aarhus "
                     r"University\hfill 2019--2021}")
            t.append(r"\end{cvTeaching}")
            t.append(r"\begin{cvService}")
            t.append(r"\cvItem{Program committees: CPP 2025, ESOP 2025, ICFP 2024 (ERC); artifact evaluation: POPL 2023, "
                     r"PLDI 2022}")
            t.append(r"\cvItem{Reviewer: TOPLAS, JFP, LMCS}")
            t.append(r"\end{cvService}")
        t.append(r"\end{cvMainContent*}")
    t.append(r"\end{document}")
    compile_tex("\n".join(t) + "\n", STEM, out_dir, engine="xelatex", passes=3, font_dirs=FONT_DIRS)
    skills = [s for _, s in SKILLS] + [lang for lang, _ in LANGS]
    return gold(STEM + ".pdf", PERSON, [e[-1] for e in EDU], [p[-1] for p in POS] + TEACH, pubs,
                [{"name": a, "date": None} for a, _ in AWARDS], skills)
