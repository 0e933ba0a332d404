"""13: extragalactic astronomy CV (PDF from LaTeX, XeLaTeX + fontspec): small-caps section titles with rules, tabular
year | text rows for positions and education, publications in the ADS export shape 'Last, F., Last, F., Last, F., et al.
(2024), "Title", ApJ, 962, 88, arXiv:2401.01234' ("et al." after three authors), bold owner, [ADS] links (an A&A bibcode
with %26), numbering that continues from the first-author list (1-6) into the contributed list (7-16), collaboration
papers ("Euclid Collaboration, Lindahl, S., Okonjo, M., et al."), an owner hidden by "et al." with "(incl. M. Okonjo)",
math in titles ($z\\sim2$, [C II] 158 $\\mu$m), a submitted arXiv paper, non-refereed items (RNAAS, Proc. SPIE, ATel, AAS
abstract, PhD thesis), observing time, and long invited and contributed talk lists (not annotated)."""
from make_native import pub, owner_index, edu, pos, gold, compile_tex

STEM = "13_okonjo-astronomy-xelatex"
OWNER = {"Okonjo, M."}
PERSON = {"name": "Mireille Okonjo", "emails": ["mokonjo@caltech.edu"], "phones": [], "homepages": ["https://mokonjo.github.io"]}
POS = [
    (pos("California Institute of Technology", "NASA Hubble Fellow", "2023", "present", "research", location="Pasadena, CA, USA"),
     "2023--present", r"\textbf{NASA Hubble Fellow}, California Institute of Technology, Pasadena, CA, USA"),
    (pos("Cosmic Dawn Center (DAWN), Niels Bohr Institute, University of Copenhagen", "Postdoctoral Researcher", "2020", "2023",
         "research", location="Copenhagen, Denmark", supervisor="Prof. Signe Lindahl"),
     "2020--2023", r"\textbf{Postdoctoral Researcher}, Cosmic Dawn Center (DAWN), Niels Bohr Institute, University of Copenhagen, "
                   r"Copenhagen, Denmark. Mentor: Prof.\ Signe Lindahl"),
]
EDU = [
    (edu("Leiden Observatory, Leiden University", "Ph.D.", "Astronomy", "2016", "2020", advisor="Prof. dr. Hendrik van der Meer",
         location="Leiden, The Netherlands"),
     "2016--2020", r"\textbf{Ph.D. in Astronomy}, Leiden Observatory, Leiden University, Leiden, The Netherlands\newline "
                   r"Thesis: \emph{The dusty side of galaxy assembly}. Promotor: Prof.\ dr.\ Hendrik van der Meer"),
    (edu("University of Cape Town", "M.Sc.", "Astrophysics", "2014", "2016", location="Cape Town, South Africa"),
     "2014--2016", r"\textbf{M.Sc. in Astrophysics} (NASSP), University of Cape Town, Cape Town, South Africa"),
    (edu("University of Cape Town", "B.Sc. (Hons)", "Physics", "2010", "2013", location="Cape Town, South Africa"),
     "2010--2013", r"\textbf{B.Sc. (Hons) in Physics}, University of Cape Town, Cape Town, South Africa"),
]
AWARDS = [("NASA Hubble Fellowship", "2023"), ("Leiden University Thesis Prize in Astronomy", "2020"),
          ("NASSP Bursary, National Astrophysics and Space Science Programme", "2014")]
SKILLS = ["Python", "Astropy", "CASA", "Prospector", "emcee", "IDL", "English (native)", "French (fluent)", "Dutch (B1)"]

FA, CO, SUB, NR = "first-author refereed publications", "contributed refereed publications", "submitted", "non-refereed publications"
JNAME = {"ApJ": "ApJ", "MNRAS": "MNRAS", "A&A": "A&A", "ApJL": "ApJL", "AJ": "AJ", "ApJS": "ApJS", "PASP": "PASP", "Nature": "Nature",
         "NatAs": "Nature Astronomy"}
ADS = "https://ui.adsabs.harvard.edu/abs/"
# section, number, authors (as printed), et al.?, year, title (LaTeX), title (gold), journal, vol, page, arXiv, ADS bibcode, extras
ENTRIES = [
    (FA, 1, ["Okonjo, M.", "Vidal, R.", "Sørensen, K."], True, 2025,
     r"A JWST/NIRSpec census of dust attenuation in galaxies at $4<z<7$",
     "A JWST/NIRSpec census of dust attenuation in galaxies at 4 < z < 7", "ApJ", "980", "145", "2409.11873", "2025ApJ...980..145O", {}),
    (FA, 2, ["Okonjo, M.", "van der Meer, H.", "Nakamura, Y."], False, 2024,
     "Dust-obscured star formation in massive galaxies at cosmic noon from ALMA band 7",
     None, "MNRAS", "527", "1123", "2310.04567", "2024MNRAS.527.1123O", {}),
    (FA, 3, ["Okonjo, M.", "Lindahl, S.", "Petit, C."], True, 2023,
     r"The [C\,\textsc{ii}] 158\,$\mu$m line as a tracer of molecular gas in the epoch of reionization",
     "The [C II] 158 μm line as a tracer of molecular gas in the epoch of reionization", "A&A", "672", "A61", "2302.08811",
     "2023A%26A...672A..61O", {}),
    (FA, 4, ["Okonjo, M.", "Vidal, R."], False, 2022, r"Quenching timescales of compact quiescent galaxies at $z\sim2$",
     "Quenching timescales of compact quiescent galaxies at z ∼ 2", "ApJL", "935", "L21", "2207.01234", "2022ApJ...935L..21O", {}),
    (FA, 5, ["Okonjo, M.", "Kuijpers, A.", "van der Meer, H."], False, 2021,
     "Resolved dust temperatures in lensed submillimetre galaxies", None, "MNRAS", "503", "2875", "2102.05567",
     "2021MNRAS.503.2875O", {}),
    (FA, 6, ["Okonjo, M.", "van der Meer, H.", "Kuijpers, A."], True, 2019,
     r"An ALMA survey of dust continuum in Lyman-break galaxies at $z=3$",
     "An ALMA survey of dust continuum in Lyman-break galaxies at z = 3", "A&A", "628", "A23", "1906.04411", None, {}),
    (CO, 7, ["Vidal, R.", "Okonjo, M.", "Sørensen, K."], True, 2023, r"A massive quiescent galaxy at $z=4.9$ confirmed with JWST",
     "A massive quiescent galaxy at z = 4.9 confirmed with JWST", "Nature", "619", "716", "2305.06678", None, {}),
    (CO, 8, ["Euclid Collaboration", "Lindahl, S.", "Okonjo, M."], True, 2024,
     r"Euclid preparation. XLIX. Selecting star-forming galaxies at $z>6$ with Euclid photometry",
     "Euclid preparation. XLIX. Selecting star-forming galaxies at z > 6 with Euclid photometry", "A&A", "689", "A54", "2403.11122",
     None, {}),
    (CO, 9, ["Sørensen, K.", "Nakamura, Y.", "Vidal, R."], True, 2023,
     r"Rest-frame optical sizes of galaxies at $z>3$ from JWST/NIRCam", "Rest-frame optical sizes of galaxies at z > 3 from JWST/NIRCam",
     "ApJ", "955", "64", "2303.09876", None, dict(incl=True)),
    (CO, 10, ["Lindahl, S.", "Okonjo, M."], False, 2022, "Stellar population synthesis with nebular emission for high-redshift galaxies",
     None, "AJ", "164", "112", "2205.03321", None, {}),
    (CO, 11, ["JWST-ASTRA Collaboration", "Petit, C.", "Okonjo, M."], True, 2023, "The ASTRA survey: design and first data release",
     None, "ApJS", "269", "16", "2308.00456", None, {}),
    (CO, 12, ["Nakamura, Y.", "Okonjo, M.", "Kuijpers, A."], False, 2021,
     r"Molecular gas fractions of main-sequence galaxies at $z\sim1.5$",
     "Molecular gas fractions of main-sequence galaxies at z ∼ 1.5", "ApJ", "912", "41", "2103.07712", None, {}),
    (CO, 13, ["Petit, C.", "Okonjo, M.", "Vidal, R."], False, 2022, "Calibrating photometric redshifts with NIRSpec prism spectra",
     None, "PASP", "134", "094501", "2206.04410", None, {}),
    (CO, 14, ["Kuijpers, A.", "van der Meer, H.", "Okonjo, M."], True, 2020,
     "Strong lensing of dusty star-forming galaxies in the SPT survey: lens models", None, "MNRAS", "494", "3301", "2003.12345", None, {}),
    (CO, 15, ["van der Meer, H.", "Okonjo, M.", "Kuijpers, A."], True, 2019, "Dust-to-gas ratios in high-redshift galaxies",
     None, "NatAs", "3", "1012", "1908.02211", None, {}),
    (CO, 16, ["Sørensen, K.", "Okonjo, M."], False, 2021, "A catalogue of spectroscopic redshifts in the COSMOS field from ALMA",
     None, "ApJS", "254", "33", "2104.01120", None, {}),
]
SUBMITTED = (["Okonjo, M.", "Lindahl, S.", "Vidal, R."], True, 2025,
             "Little red dots are dusty starbursts, not active galactic nuclei", "ApJ", "2501.09876")
NONREF = [
    (["Okonjo, M.", "Vidal, R."], False, 2023, r"JWST spectroscopy of a lensed galaxy at $z=7.3$",
     "JWST spectroscopy of a lensed galaxy at z = 7.3", "RNAAS, 7, 112", dict(venue="RNAAS", vraw="RNAAS", type="journal", note="7, 112")),
    (["Okonjo, M.", "Nakamura, Y.", "Petit, C."], True, 2022, "Calibration of the NIRSpec micro-shutter array for faint targets", None,
     "Proc. SPIE, 12180, 121802X", dict(venue="SPIE", vraw="Proc. SPIE", type="conference", note="12180, 121802X")),
    (["Okonjo, M.", "Vidal, R.", "Sørensen, K."], False, 2021, "Spectroscopic classification of AT 2021abcq as a Type Ia supernova",
     None, "ATel, 14923", dict(venue="ATel", vraw="ATel", type="other", note="14923")),
    (["Okonjo, M."], False, 2024, "Dust in the first billion years", None, "AAS Meeting Abstracts, 243, 112.05",
     dict(venue="AAS", vraw="AAS Meeting Abstracts", type="other", note="243, 112.05")),
    (["Okonjo, M."], False, 2020, "The dusty side of galaxy assembly", None, "PhD Thesis, Leiden University",
     dict(venue="Leiden University", vraw="Leiden University", type="thesis", note="PhD Thesis")),
]
INVITED = [
    ("2025", "Dust in the first billion years", "Colloquium, Max Planck Institute for Astronomy, Heidelberg, Germany"),
    ("2024", "What JWST tells us about dust at cosmic dawn", "Invited review, EAS Annual Meeting, Padova, Italy"),
    ("2024", "Little red dots: dusty starbursts or hidden AGN?", "Astronomy Seminar, Kavli IPMU, Kashiwa, Japan"),
    ("2024", "Dust attenuation at $4<z<7$", "Colloquium, Steward Observatory, University of Arizona, Tucson, USA"),
    ("2023", "The dusty side of galaxy assembly", "Colloquium, South African Astronomical Observatory, Cape Town, South Africa"),
    ("2023", "ALMA and JWST together", "Invited talk, ALMA at 10 Years, Puerto Varas, Chile"),
    ("2022", "Quenching at cosmic noon", "Seminar, Kapteyn Astronomical Institute, Groningen, The Netherlands"),
    ("2021", "Resolved dust temperatures with ALMA", "Seminar, Institute of Astronomy, University of Cambridge, UK"),
]
CONTRIB = [
    ("2024", "A JWST census of dust attenuation", "AAS 243, New Orleans, LA, USA"),
    ("2023", "[C\\,\\textsc{ii}] as a molecular gas tracer at $z>6$", "First Year of JWST Science, Baltimore, MD, USA"),
    ("2023", "Compact quiescent galaxies at $z\\sim2$", "Cosmic Dawn at High Latitudes, Stockholm, Sweden"),
    ("2022", "Photometric redshifts from NIRSpec prism spectra", "SPIE Astronomical Telescopes + Instrumentation, Montréal, Canada"),
    ("2021", "Lensed submillimetre galaxies", "EAS Annual Meeting (virtual)"),
    ("2020", "The dusty side of galaxy assembly", "Dutch Astronomy Conference (NAC), Leiden, The Netherlands"),
    ("2019", "Dust in Lyman-break galaxies", "ALMA/NRAO Science Conference, Charlottesville, VA, USA"),
    ("2018", "Dust continuum at $z=3$", "Galaxy Evolution Across Time, Marseille, France"),
]


def tex(s: str) -> str:
    return s.replace("&", r"\&")


def ads_authors(auth, etal):
    out = [rf"\textbf{{{tex(a)}}}" if a in OWNER else tex(a) for a in auth]
    if etal:
        return ", ".join(out) + ", et al."
    if len(out) == 1:
        return out[0]
    return ", ".join(out[:-1]) + r", \& " + out[-1]


PREAMBLE = r"""\documentclass[11pt,letterpaper]{article}
\usepackage{fontspec}
\usepackage[margin=2cm]{geometry}
\usepackage{titlesec}
\usepackage{enumitem}
\usepackage{array}
\usepackage[hidelinks]{hyperref}
\usepackage{fancyhdr}
\pagestyle{fancy}\fancyhf{}
\rhead{\small Mireille Okonjo --- Curriculum Vitae}\cfoot{\small\thepage}
\renewcommand{\headrulewidth}{0pt}
\titleformat{\section}{\large\scshape}{}{0pt}{}[\titlerule]
\titlespacing*{\section}{0pt}{10pt}{5pt}
\titleformat{\subsection}{\normalsize\bfseries}{}{0pt}{}
\titlespacing*{\subsection}{0pt}{6pt}{3pt}
\setlength{\parindent}{0pt}
\setlist[enumerate]{leftmargin=2.2em,itemsep=1.5pt,topsep=2pt}
\newcolumntype{Y}{>{\raggedright\arraybackslash}p{13.6cm}}
\begin{document}
\thispagestyle{empty}
"""


def build(out_dir):
    t = [PREAMBLE]
    t.append(r"\begin{center}{\LARGE\bfseries Mireille Okonjo}\\[3pt]"
             r"Cahill Center for Astronomy and Astrophysics, California Institute of Technology\\"
             r"MC 249-17, 1200 E California Blvd, Pasadena, CA 91125, USA\\"
             r"mokonjo@caltech.edu \quad \url{https://mokonjo.github.io}\end{center}")

    def rows(title, items):
        t.append(rf"\section*{{{title}}}")
        t.append(r"\begin{tabular}{@{}p{2.2cm}Y@{}}")
        t.append(r" \\[2pt] ".join(f"{d} & {txt}" for d, txt in items) + r" \\")
        t.append(r"\end{tabular}")

    rows("Appointments", [(d, txt) for _, d, txt in POS])
    rows("Education", [(d, txt) for _, d, txt in EDU])
    rows("Honors and Awards", [(y, tex(a)) for a, y in AWARDS])
    t.append(r"\section*{Observing Time Awarded (as PI)}")
    t.append(r"JWST Cycle 3 GO 4567, 24.5 hr, NIRSpec MOS: \emph{Dust attenuation in the first billion years}\\"
             r"ALMA Cycle 10 2023.1.00912.S, 18.2 hr, Band 7: \emph{Resolved dust in lensed galaxies at $z>4$}\\"
             r"VLT/KMOS P110, 3 nights: \emph{Kinematics of compact quiescent galaxies}\par")
    t.append(r"\section*{Publications}")
    t.append(r"{\small 38 refereed papers (9 first author), h-index 21 (NASA ADS, March 2025). Selected below; full list on "
             r"\href{https://ui.adsabs.harvard.edu/public-libraries/okonjo-cv}{ADS}.}")
    pubs = []
    current = None
    for section, num, auth, etal, year, t_tex, t_gold, jr, vol, page, arx, bib, g in ENTRIES:
        if section != current:
            if current is not None:
                t.append(r"\end{enumerate}")
            t.append(rf"\subsection*{{{section[0].upper() + section[1:]}}}")
            t.append(rf"\begin{{enumerate}}[start={num}]")
            current = section
        incl = r" (incl.\ \textbf{M. Okonjo})" if g.get("incl") else ""
        line = f"{ads_authors(auth, etal)}{incl} ({year}), ``{t_tex}'', {tex(jr)}, {vol}, {page}, arXiv:{arx}"
        links = []
        if bib:
            line += rf" \href{{{ADS}{bib.replace('%', chr(92) + '%')}}}{{[ADS]}}"
            links.append(ADS + bib)
        t.append(r"\item " + line)
        notes = [f"{vol}, {page}; arXiv:{arx}"]
        if g.get("incl"):
            notes.append("(incl. M. Okonjo)")
        pubs.append(pub(section, num, t_gold or t_tex, auth, JNAME[jr], jr, year, "journal", links=links, note="; ".join(notes),
                        self_index=owner_index(auth, OWNER), trunc=etal))
    t.append(r"\end{enumerate}")
    auth, etal, year, title, target, arx = SUBMITTED
    t.append(r"\subsection*{Submitted}")
    t.append(r"\begin{enumerate}")
    t.append(rf"\item {ads_authors(auth, etal)} ({year}), ``{title}'', submitted to {target}, arXiv:{arx}")
    t.append(r"\end{enumerate}")
    pubs.append(pub(SUB, 1, title, auth, "arXiv", f"arXiv:{arx}", year, "preprint", flags=["submitted"],
                    note=f"submitted to {target}", self_index=owner_index(auth, OWNER), trunc=etal))
    t.append(r"\subsection*{Non-refereed Publications}")
    t.append(r"\begin{enumerate}")
    for n, (auth, etal, year, t_tex, t_gold, rest, g) in enumerate(NONREF, 1):
        t.append(rf"\item {ads_authors(auth, etal)} ({year}), ``{t_tex}'', {rest}")
        pubs.append(pub(NR, n, t_gold or t_tex, auth, g["venue"], g["vraw"], year, g["type"], note=g["note"],
                        self_index=owner_index(auth, OWNER), trunc=etal))
    t.append(r"\end{enumerate}")
    t.append(r"\section*{Invited Talks and Colloquia}")
    t.append(r"\begin{tabular}{@{}p{1.2cm}p{14.6cm}@{}}")
    t.append(r" \\ ".join(f"{y} & ``{ti}'', {place}" for y, ti, place in INVITED) + r" \\")
    t.append(r"\end{tabular}")
    t.append(r"\section*{Contributed Talks}")
    t.append(r"\begin{tabular}{@{}p{1.2cm}p{14.6cm}@{}}")
    t.append(r" \\ ".join(f"{y} & ``{ti}'', {place}" for y, ti, place in CONTRIB) + r" \\")
    t.append(r"\end{tabular}")
    t.append(r"\section*{Teaching and Mentoring}")
    t.append(r"Guest lecturer, Ay 127 Astrophysics of Galaxies, Caltech (2024). Co-supervised 2 Ph.D. students and 4 M.Sc. students "
             r"at DAWN (2020--2023).\par")
    t.append(r"\section*{Service}")
    t.append(r"Referee for ApJ, MNRAS, A\&A, Nature Astronomy; JWST Cycle 4 TAC panelist (2025); ALMA proposal review (2022--2024); "
             r"SOC, Cosmic Dawn at High Latitudes (2023).\par")
    t.append(r"\section*{Skills}")
    t.append(r"Software: Python, Astropy, CASA, Prospector, emcee, IDL. Languages: English (native), French (fluent), Dutch (B1).\par")
    t.append(r"\end{document}")
    compile_tex("\n".join(t) + "\n", STEM, out_dir, engine="xelatex")
    return gold(STEM + ".pdf", PERSON, [e for e, *_ in EDU], [p for p, *_ in POS], pubs,
                [{"name": a, "date": None} for a, _ in AWARDS], SKILLS)
