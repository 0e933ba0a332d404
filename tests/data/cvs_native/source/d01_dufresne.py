"""01: moderncv-like CV with a left date column (PDF). Experimental particle physics."""
from make_native import esc, pub, owner_index, edu, pos, gold, print_pdf

STEM = "01_dufresne-physics-moderncv"
OWNER = {"A. Dufresne"}
PERSON = {"name": "Aurélien Dufresne", "emails": ["aurelien.dufresne@lpsc.in2p3.fr"],
          "phones": ["+33 4 76 55 01 87"], "homepages": ["https://adufresne.github.io"]}

EDU = [
    ("2014–2018", edu("Université Paris-Saclay", "Ph.D.", "Particle Physics", "2014", "2018",
                      advisor="Dr. Hélène Marchetti", location="Orsay, France"),
     "Ph.D. in Particle Physics", "Université Paris-Saclay", "Orsay, France",
     "Thesis: <i>Displaced-vertex triggers for long-lived particle searches</i>. Advisor: Dr. Hélène Marchetti"),
    ("2012–2014", edu("Université Paris-Saclay", "M.Sc.", "Fundamental Physics", "2012", "2014",
                      gpa="mention Très Bien", location="Orsay, France"),
     "M.Sc. in Fundamental Physics (NPAC)", "Université Paris-Saclay", "Orsay, France", "mention Très Bien"),
    ("2009–2012", edu("Université Claude Bernard Lyon 1", "B.Sc.", "Physics", "2009", "2012", location="Lyon, France"),
     "B.Sc. (Licence) in Physics", "Université Claude Bernard Lyon 1", "Lyon, France", ""),
]
POS = [
    ("2021–present", pos("Laboratoire de Physique Subatomique et de Cosmologie (LPSC)", "CNRS Research Scientist (Chargé de recherche)",
                         "2021", "present", "job", location="Grenoble, France"),
     "Dark-matter group; analysis coordinator of the ARGENTA low-mass working group."),
    ("2018–2021", pos("Enrico Fermi Institute, University of Chicago", "Postdoctoral Research Associate", "2018", "2021",
                      "research", location="Chicago, IL, USA", supervisor="Prof. Miriam K. Osei"),
     "Liquid-argon R&amp;D and calibration. Supervisor: Prof. Miriam K. Osei."),
    ("Jun–Aug 2014", pos("CERN", "Summer Student", "2014-06", "2014-08", "internship", location="Geneva, Switzerland"),
     "Silicon pixel sensor test beams."),
]
AWARDS = [("2023", "ERC Starting Grant DARKWAVE (1.5 M€)"),
          ("2019", "Prix Aimé Cotton, Société Française de Physique"),
          ("2018", "Best Ph.D. Thesis Award, Doctoral School PHENIICS")]
SKILLS = [("Programming", ["C++", "Python", "Bash"]), ("Analysis", ["ROOT", "RooFit", "Geant4", "scikit-learn"]),
          ("Languages", ["French (native)", "English (fluent)", "Italian (basic)"])]

J = "journal publications"
C = "conference proceedings"
P = "preprints"
ARG = "ARGENTA Collaboration"
HYP = "HYPERION Collaboration"
# (left column, authors as printed, et al.?, trailing "(X Collaboration)"/"for ..." text, title, venue_raw, tail, gold extras)
ENTRIES = [
    (J, "2024", [ARG, "K. Abramyan"], True, "", "First dark matter search results from ARGENTA-1t with 412 live days",
     "Phys. Rev. Lett.", "133, 211802 (2024)", dict(venue="Physical Review Letters", year=2024, note="133, 211802; collaboration name written in the author position")),
    (J, "2024", ["A. Dufresne", "L. Ferrand", "M. K. Osei"], False, "",
     "Pulse-shape discrimination at low energy in liquid argon with a neural-network classifier",
     "J. Instrum.", "19, P04017 (2024)", dict(venue="Journal of Instrumentation", year=2024, note="19, P04017")),
    (J, "2023", ["A. Dufresne"], True, " (ARGENTA Collaboration)",
     "Calibration of the ARGENTA-1t time projection chamber with an internal argon-37 source",
     "Eur. Phys. J. C", "83, 642 (2023), doi:10.1140/epjc/s10052-023-11802-x",
     dict(venue="European Physical Journal C", year=2023, doi="10.1140/epjc/s10052-023-11802-x",
          note="(ARGENTA Collaboration); 83, 642")),
    (J, "2023", ["R. Ishikawa", "A. Dufresne", "S. Brunetti", "T. Haugland", "M. K. Osei"], False, "",
     "Measurement of the scintillation quenching factor of nuclear recoils in liquid argon below 20 keV",
     "Phys. Rev. D", "107, 092005 (2023)", dict(venue="Physical Review D", year=2023, note="107, 092005")),
    (J, "2022", [ARG, "K. Abramyan"], True, "", "Design and performance of the ARGENTA-1t cryogenic and purification system",
     "Nucl. Instrum. Methods Phys. Res. A", "1041, 167334 (2022)",
     dict(venue="Nuclear Instruments and Methods in Physics Research A", year=2022, note="1041, 167334; collaboration name written in the author position")),
    (J, "2022", ["A. Dufresne", "M. K. Osei"], False, "", "Annual modulation sensitivity of argon-based detectors to light WIMPs",
     "Phys. Rev. D", "105, 063021 (2022), https://doi.org/10.1103/PhysRevD.105.063021",
     dict(venue="Physical Review D", year=2022, doi="10.1103/PhysRevD.105.063021",
          links=["https://doi.org/10.1103/PhysRevD.105.063021"], note="105, 063021")),
    (J, "2021", [HYP, "T. Achterberg"], True, "",
     "Search for long-lived neutral particles decaying to displaced jets in proton-proton collisions at 13 TeV",
     "Phys. Lett. B", "818, 136372 (2021)", dict(venue="Physics Letters B", year=2021, note="818, 136372; collaboration name written in the author position")),
    (J, "2021", ["L. Ferrand", "A. Dufresne", "H. Marchetti"], False, "",
     "A fast simulation of electroluminescence in dual-phase argon time projection chambers",
     "Astropart. Phys.", "128, 102561 (2021)", dict(venue="Astroparticle Physics", year=2021, note="128, 102561")),
    (J, "2020", [HYP, "T. Achterberg"], True, "",
     "Measurement of the W boson polarisation in top-quark decays with the full Run 2 dataset",
     "Eur. Phys. J. C", "80, 1098 (2020)", dict(venue="European Physical Journal C", year=2020, note="80, 1098; collaboration name written in the author position")),
    (J, "2019", ["A. Dufresne", "H. Marchetti", "J.-P. Castagné", "C. Ødegaard", "Y. Benhamou"], False, "",
     "Trigger efficiency for displaced vertices in the HYPERION inner tracker",
     "J. Instrum.", "14, C07012 (2019)", dict(venue="Journal of Instrumentation", year=2019, note="14, C07012")),
    (J, "2018", [HYP, "T. Achterberg"], True, "", "Search for heavy neutral leptons in W boson decays",
     "Phys. Rev. Lett.", "120, 221801 (2018)", dict(venue="Physical Review Letters", year=2018, note="120, 221801; collaboration name written in the author position")),
    (J, "2017", ["A. Dufresne", "Y. Benhamou", "H. Marchetti"], False, "",
     "Timing resolution of thin silicon pixel sensors after high-fluence irradiation",
     "Nucl. Instrum. Methods Phys. Res. A", "871, 42–51 (2017)",
     dict(venue="Nuclear Instruments and Methods in Physics Research A", year=2017, note="871, 42–51")),
    (C, "2023", ["A. Dufresne"], False, " (for the ARGENTA Collaboration)", "Status and first results of ARGENTA-1t",
     "PoS(ICHEP2022)612", "(2023)", dict(venue="ICHEP", year=2023, type="conference", note="for the ARGENTA Collaboration; Proceedings of Science")),
    (C, "2021", ["A. Dufresne"], False, "", "Low-threshold analysis techniques in liquid argon",
     "J. Phys.: Conf. Ser.", "2156, 012087 (2021)", dict(venue="Journal of Physics: Conference Series", year=2021, type="conference", note="2156, 012087")),
    (C, "2019", ["A. Dufresne"], True, "", "Displaced-vertex triggers at the High-Luminosity LHC",
     "Proc. Connecting the Dots Workshop (CTD 2019)", "Valencia, Spain (2019)",
     dict(venue="CTD", year=2019, type="workshop", flags=["workshop"], note="Valencia, Spain")),
    (C, "2017", ["A. Dufresne"], False, "", "Radiation hardness of thin planar pixel sensors",
     "PoS(Vertex2017)045", "(2017)", dict(venue="Vertex", year=2017, type="conference", note="Proceedings of Science")),
    (P, "2025", ["A. Dufresne", "R. Ishikawa", "M. K. Osei"], False, "",
     "Migdal-effect signatures in liquid argon for sub-GeV dark matter", "arXiv:2502.07731 [hep-ex]", "",
     dict(venue="arXiv", year=2025, type="preprint")),
    (P, "2024", [ARG, "K. Abramyan"], True, "",
     "Projected sensitivity of ARGENTA-20t to spin-independent WIMP interactions",
     "arXiv:2411.02258 [physics.ins-det]", "submitted to Eur. Phys. J. C",
     dict(venue="arXiv", year=2024, type="preprint", flags=["submitted"], note="submitted to Eur. Phys. J. C; collaboration name written in the author position")),
    (P, "2024", ["T. Haugland", "A. Dufresne", "S. Brunetti"], False, "",
     "Machine-learned energy reconstruction for dual-phase time projection chambers",
     "arXiv:2409.13350 [physics.ins-det]", "", dict(venue="arXiv", year=2024, type="preprint")),
]


def author_html(auth, etal, coll):
    names = [("<b>%s</b>" % esc(a)) if a in OWNER else esc(a) for a in auth]
    if etal:
        s = ", ".join(names) + " <i>et al.</i>"
    elif len(names) == 1:
        s = names[0]
    elif len(names) == 2:
        s = names[0] + " and " + names[1]
    else:
        s = ", ".join(names[:-1]) + ", and " + names[-1]
    return s + esc(coll)


CSS = """
@page { size: A4; margin: 16mm 16mm 18mm 16mm; }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 9.6pt; color: #222; line-height: 1.32; }
.head { display: flex; justify-content: space-between; align-items: flex-end; margin-bottom: 8mm; }
.name { font-size: 26pt; color: #3c6e9f; } .name .first { font-weight: 300; } .name .last { color: #555; }
.sub { font-style: italic; color: #777; font-size: 12pt; }
.contact { text-align: right; font-size: 8.8pt; color: #555; }
.sec { display: grid; grid-template-columns: 27mm 1fr; column-gap: 4mm; margin: 6mm 0 2.5mm 0; align-items: center; }
.sec .bar { height: 2.4mm; background: #3c6e9f; }
.sec h2 { font-size: 13pt; color: #3c6e9f; font-weight: normal; margin: 0; }
.item { display: grid; grid-template-columns: 27mm 1fr; column-gap: 4mm; margin-bottom: 1.8mm; }
.item .d { text-align: right; color: #444; }
.item .c b.t { font-weight: bold; } .item .c .s { font-style: italic; } .item .c .x { font-size: 8.8pt; color: #555; }
.sub2 { display: grid; grid-template-columns: 27mm 1fr; column-gap: 4mm; margin: 3mm 0 1.5mm 0; }
.sub2 h3 { grid-column: 2; font-size: 10.5pt; color: #3c6e9f; margin: 0; font-weight: normal; font-style: italic; }
"""


def build(out_dir):
    h = [f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{esc(PERSON['name'])} – CV</title><style>{CSS}</style></head><body>"]
    h.append("<div class='head'><div><div class='name'><span class='first'>Aurélien</span> <span class='last'>Dufresne</span></div>"
             "<div class='sub'>Curriculum Vitae</div></div><div class='contact'>LPSC, 53 avenue des Martyrs<br>38026 Grenoble, France<br>"
             "☎ +33 4 76 55 01 87<br>✉ aurelien.dufresne@lpsc.in2p3.fr<br>⌂ https://adufresne.github.io</div></div>")

    def sec(title):
        h.append(f"<div class='sec'><div class='bar'></div><h2>{esc(title)}</h2></div>")

    def item(d, content):
        h.append(f"<div class='item'><div class='d'>{d}</div><div class='c'>{content}</div></div>")

    sec("Research Positions")
    for d, p, detail in POS:
        item(d, f"<b class='t'>{esc(p['title'])}</b>, <span class='s'>{esc(p['org'])}</span>, {esc(p['location'])}.<br><span class='x'>{detail}</span>")
    sec("Education")
    for d, e, deg, inst, loc, detail in EDU:
        item(d, f"<b class='t'>{esc(deg)}</b>, <span class='s'>{esc(inst)}</span>, {esc(loc)}." + (f"<br><span class='x'>{detail}</span>" if detail else ""))
    sec("Awards and Grants")
    for d, a in AWARDS:
        item(d, esc(a))

    sec("Publications")
    h.append("<div class='item'><div class='d'></div><div class='c x'>Author of more than 300 collaboration papers (ARGENTA, HYPERION); "
             "selected collaboration papers and all papers with a small author list are given. Full list on INSPIRE-HEP.</div></div>")
    pubs, counters, last = [], {}, None
    for section, d, auth, etal, coll, title, vraw, tail, g in ENTRIES:
        if section != last:
            h.append(f"<div class='sub2'><h3>{esc(section.capitalize())}</h3></div>")
            last = section
        counters[section] = counters.get(section, 0) + 1
        sep = ", " if vraw.startswith(("arXiv", "Proc.")) else " "
        cit = (f"{author_html(auth, etal, coll)}, “{esc(title)},” " + ("in " if vraw.startswith("Proc.") else "")
               + f"<i>{esc(vraw)}</i>" + (f"{sep}{esc(tail)}" if tail else "") + ".")
        item(d, cit)
        pubs.append(pub(section, counters[section], title, auth, g["venue"], vraw, g["year"], g.get("type", "journal"),
                        flags=g.get("flags", ()), links=g.get("links", ()), note=g.get("note"), doi=g.get("doi"),
                        self_index=owner_index(auth, OWNER), trunc=etal))
    sec("Computer Skills and Languages")
    for label, vals in SKILLS:
        item(label, esc(", ".join(vals)))
    h.append("</body></html>")
    print_pdf("\n".join(h), STEM, out_dir)
    awards = [{"name": a, "date": None} for _, a in AWARDS]
    skills = [s for _, v in SKILLS for s in v]
    return gold(STEM + ".pdf", PERSON, [e for _, e, *_ in EDU], [p for _, p, _ in POS], pubs, awards, skills)
