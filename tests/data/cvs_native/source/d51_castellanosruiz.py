"""51: condensed-matter physics **NSF Biographical Sketch as SciENcv prints it** (PDF, imitated in HTML+CSS and printed
by headless Chromium): the form title "BIOGRAPHICAL SKETCH", identifying label lines (**"NAME: Castellanos-Ruiz,
Daniela"** surname first, "ORCID iD:", "POSITION TITLE & INSTITUTION:"), then SciENcv's lettered upper-case headings:
**(a) PROFESSIONAL PREPARATION** as a five-column table (INSTITUTION | LOCATION | MAJOR / AREA | DEGREE (if applicable)
| YEAR (YYYY)) with SciENcv's degree codes (`BS`, `PHD`) and a postdoctoral row ("Postdoctoral Fellow", "2015 -
2018"); **(b) APPOINTMENTS AND POSITIONS** as "2024 - present⇥Title, Institution, Department, City, ST" rows; **(c)
PRODUCTS** in two numbered sub-lists, "Products Most Closely Related to the Proposed Project" and "Other Significant
Products, Whether or Not Related to the Proposed Project" (1–5 each), citations in the My Bibliography (NLM) form
typed in by hand — `Castellanos-Ruiz D, Whitaker JM, Okabe H. Title. Physical Review Letters. 2023 March 14;
130(11):116701. Available from: https://doi.org/…` — with full journal names, a dataset and a software product
(`[Dataset]`, `[Software]`) and an arXiv preprint; **(d) SYNERGISTIC ACTIVITIES** (numbered, not annotated); the
certification line ("Certified by Castellanos-Ruiz, Daniela in SciENcv on …"); running footer "SCV Biographical
Sketch v.2023-1 (rev. 01/31/2023)" and "Page N of M" (CSS page margin boxes). No contact data, honours or skills: the
NSF form has no place for them."""
from make_native import esc, pub, owner_index, edu, pos, gold, print_pdf

STEM = "51_castellanosruiz-physics-nsfbiosketch"
PERSON = {"name": "Daniela Castellanos-Ruiz", "emails": [], "phones": [], "homepages": []}
ME = "Castellanos-Ruiz D"
S1 = "products most closely related to the proposed project"
S2 = "other significant products, whether or not related to the proposed project"
PRL, PRB = "Physical Review Letters", "Physical Review B"

# (section, authors, title, tail after the title (journal. date; vol(issue):pages.), url, gold: venue, venue_raw,
#  year, type, flags, doi, note)
PUBS = [
    (S1, [ME, "Whitaker JM", "Okabe H", "Lindqvist P", "Ramaswamy S"],
     "Spinon continuum and emergent photons in the quantum spin ice candidate Ce2Hf2O7",
     f"{PRL}. 2024 January 19; 132(3):036702.", "https://doi.org/10.1103/PhysRevLett.132.036702",
     (PRL, PRL, 2024, "journal", (), "10.1103/PhysRevLett.132.036702", "2024 January 19; 132(3):036702")),
    (S1, ["Whitaker JM", ME, "Bergström A", "Okabe H"],
     "Field-tuned order by disorder in the XY pyrochlore Er2Sn2O7",
     f"{PRB}. 2023 June 1; 107(22):224412.", "https://doi.org/10.1103/PhysRevB.107.224412",
     (PRB, PRB, 2023, "journal", (), "10.1103/PhysRevB.107.224412", "2023 June 1; 107(22):224412")),
    (S1, [ME, "Okabe H", "Nguyen TL", "Fitzgerald RA", "Kasprzak M", "Delgado-Ortiz F", "Whitaker JM", "Bergström A",
          "Ramaswamy S", "Lindqvist P", "Hwang JH"],
     "Dipolar-octupolar correlations and the absence of magnetic order in Ce2Sn2O7 down to 20 mK",
     "Nature Physics. 2022 September; 18(9):1087-1093.", "https://doi.org/10.1038/s41567-022-01654-0",
     ("Nature Physics", "Nature Physics", 2022, "journal", (), "10.1038/s41567-022-01654-0", "2022 September; 18(9):1087-1093")),
    (S1, ["Nguyen TL", ME],
     "Machine-learned spin Hamiltonians from diffuse neutron scattering",
     "npj Quantum Materials. 2023 March 3; 8(1):15.", "https://doi.org/10.1038/s41535-023-00547-2",
     ("npj Quantum Materials", "npj Quantum Materials", 2023, "journal", (), "10.1038/s41535-023-00547-2",
      "2023 March 3; 8(1):15")),
    (S1, [ME, "Whitaker JM", "Nguyen TL"],
     "Thermal Hall effect of magnons in a frustrated pyrochlore ferromagnet",
     "arXiv. 2024 November 4; Available from: https://arxiv.org/abs/2411.02318", None,
     ("arXiv", "arXiv", 2024, "preprint", (), None, "2024 November 4")),
    (S2, [ME, "Hwang JH", "Fitzgerald RA"],
     "Quantum spin ice dynamics in the dipole-octupole pyrochlore magnet Ce2Zr2O7",
     "Physical Review X. 2020 May 12; 10(2):021042.",
     "https://doi.org/10.1103/PhysRevX.10.021042",
     ("Physical Review X", "Physical Review X", 2020, "journal", (), "10.1103/PhysRevX.10.021042", "2020 May 12; 10(2):021042")),
    (S2, ["Fitzgerald RA", ME, "Kasprzak M", "Hwang JH"],
     "Polarized neutron diffraction on the triple-axis spectrometer HB-1: performance and first results",
     "Review of Scientific Instruments. 2019 August; 90(8):083905.", "https://doi.org/10.1063/1.5098542",
     ("Review of Scientific Instruments", "Review of Scientific Instruments", 2019, "journal", (), "10.1063/1.5098542",
      "2019 August; 90(8):083905")),
    (S2, [ME, "Hwang JH"],
     "Crystal-field excitations and magnetic anisotropy in Yb2Ti2O7 single crystals grown by the floating-zone method",
     f"{PRB}. 2016 October 24; 94(14):144421.", "https://doi.org/10.1103/PhysRevB.94.144421",
     (PRB, PRB, 2016, "journal", (), "10.1103/PhysRevB.94.144421", "2016 October 24; 94(14):144421")),
    (S2, [ME, "Whitaker JM"],
     "Inelastic neutron scattering data for Ce2Hf2O7 single crystals (CNCS, 0.05–2 K) [Dataset]",
     "Oak Ridge National Laboratory (ORNL); 2023.", "https://doi.org/10.14461/oncat.data/2237120",
     ("Oak Ridge National Laboratory", "Oak Ridge National Laboratory (ORNL)", 2023, "other", (),
      "10.14461/oncat.data/2237120", "[Dataset]")),
    (S2, ["Whitaker JM", "Nguyen TL", ME],
     "SpinWaveFit: a Python package for fitting linear spin-wave models to neutron spectra [Software]",
     "Zenodo; 2023.", "https://doi.org/10.5281/zenodo.8123456",
     ("Zenodo", "Zenodo", 2023, "other", (), "10.5281/zenodo.8123456", "[Software]")),
]
# "[Dataset]" / "[Software]" are SciENcv's type tags inside the title field: gold titles drop them (as Vancouver's
# "[letter]"), the tag goes into note
PREP = [("Universidad de los Andes", "Bogotá, Colombia", "Physics", "BS", "2009",
         edu("Universidad de los Andes", "B.S.", "Physics", None, "2009", location="Bogotá, Colombia")),
        ("Cornell University", "Ithaca, NY", "Physics", "PHD", "2015",
         edu("Cornell University", "Ph.D.", "Physics", None, "2015", location="Ithaca, NY")),
        ("Oak Ridge National Laboratory", "Oak Ridge, TN", "Neutron Scattering", "Postdoctoral Fellow", "2015 - 2018",
         None)]
APPTS = [("2024 - present", "Associate Professor, University of Tennessee, Department of Physics and Astronomy, "
          "Knoxville, TN",
          pos("University of Tennessee", "Associate Professor", "2024", "present", "job", location="Knoxville, TN")),
         ("2018 - 2024", "Assistant Professor, University of Tennessee, Department of Physics and Astronomy, "
          "Knoxville, TN",
          pos("University of Tennessee", "Assistant Professor", "2018", "2024", "job", location="Knoxville, TN")),
         ("2015 - 2018", "Clifford G. Shull Fellow, Oak Ridge National Laboratory, Neutron Scattering Division, "
          "Oak Ridge, TN",
          pos("Oak Ridge National Laboratory", "Clifford G. Shull Fellow", "2015", "2018", "research",
              location="Oak Ridge, TN")),
         ("2013 - 2013", "Visiting Graduate Student, Paul Scherrer Institut, Laboratory for Neutron Scattering and "
          "Imaging, Villigen, Switzerland",
          pos("Paul Scherrer Institut", "Visiting Graduate Student", "2013", "2013", "research",
              location="Villigen, Switzerland"))]
SYNERGY = [
    "Chair, Instrument Development Team for the VERITAS spectrometer at the Second Target Station, Oak Ridge National "
    "Laboratory (2022 - present).",
    "Co-organizer, National School on Neutron and X-ray Scattering, sessions on magnetic excitations (2019, 2021, 2023).",
    "Founder, “Física para Todas” summer program bringing 20 high-school students from Knoxville-area Title I schools "
    "to neutron facilities each year (2019 - present).",
    "Developer and maintainer of open-source spin-wave fitting software used by 14 user groups at ORNL and ISIS.",
    "Referee for Physical Review Letters, Physical Review B, Nature Physics; panelist, NSF DMR Condensed Matter Physics "
    "(2021, 2023).",
]

CSS = """
@page { size: Letter; margin: 0.75in 0.75in 0.8in 0.75in;
  @bottom-left { content: "SCV Biographical Sketch v.2023-1 (rev. 01/31/2023)"; font: 8pt Arial, sans-serif; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 8pt Arial, sans-serif; } }
body { font-family: Arial, 'Liberation Sans', sans-serif; font-size: 10.5pt; line-height: 1.22; margin: 0; }
h1 { text-align: center; font-size: 12pt; margin: 0 0 10pt 0; }
p { margin: 0 0 3pt 0; }
.lab { font-weight: bold; }
h2 { font-size: 10.5pt; margin: 12pt 0 5pt 0; }
h3 { font-size: 10.5pt; font-weight: normal; text-decoration: underline; margin: 7pt 0 4pt 0; }
table.prep { border-collapse: collapse; width: 100%; font-size: 9.5pt; }
table.prep th { text-align: left; border-bottom: 0.75pt solid #000; padding: 1pt 4pt; font-weight: bold; }
table.prep td { padding: 2pt 4pt; vertical-align: top; }
.appt { display: flex; margin: 0 0 3pt 0; }
.appt .y { width: 1.25in; flex: none; }
ol { margin: 0 0 4pt 0; padding-left: 0.3in; }
ol li { margin: 0 0 4pt 0; padding-left: 2pt; }
.cert { margin-top: 14pt; font-size: 9pt; }
"""


def build(out_dir):
    h = ["<!DOCTYPE html><html><head><meta charset='utf-8'><title>Biographical Sketch - Castellanos-Ruiz, Daniela"
         "</title><style>", CSS, "</style></head><body>",
         "<h1>BIOGRAPHICAL SKETCH</h1>",
         "<p><span class='lab'>NAME:</span> Castellanos-Ruiz, Daniela</p>",
         "<p><span class='lab'>ORCID iD:</span> https://orcid.org/0000-0003-4471-2906</p>",
         "<p><span class='lab'>POSITION TITLE &amp; INSTITUTION:</span> Associate Professor, University of Tennessee, "
         "Knoxville</p>",
         "<h2>(a) PROFESSIONAL PREPARATION</h2>",
         "<table class='prep'><tr><th>INSTITUTION</th><th>LOCATION</th><th>MAJOR / AREA</th>"
         "<th>DEGREE<br>(if applicable)</th><th>YEAR<br>(YYYY)</th></tr>"]
    for inst, loc, major, deg, year, _ in PREP:
        h.append(f"<tr><td>{esc(inst)}</td><td>{esc(loc)}</td><td>{esc(major)}</td><td>{esc(deg)}</td>"
                 f"<td>{esc(year)}</td></tr>")
    h.append("</table>")
    h.append("<h2>(b) APPOINTMENTS AND POSITIONS</h2>")
    for years, text, _ in APPTS:
        h.append(f"<div class='appt'><span class='y'>{esc(years)}</span><span>{esc(text)}</span></div>")
    h.append("<h2>(c) PRODUCTS</h2>")
    heads = {S1: "Products Most Closely Related to the Proposed Project",
             S2: "Other Significant Products, Whether or Not Related to the Proposed Project"}
    pubs = []
    for sec in (S1, S2):
        h.append(f"<h3>{heads[sec]}</h3><ol>")
        n = 0
        for s, authors, title, tail, url, g in PUBS:
            if s != sec:
                continue
            n += 1
            line = f"{esc(', '.join(authors))}. {esc(title)}. {esc(tail)}"
            if url:
                line += f" Available from: {esc(url)}"
            h.append(f"<li>{line}</li>")
            venue, raw, year, typ, flags, doi, note = g
            gtitle = title
            for tag in (" [Dataset]", " [Software]"):
                gtitle = gtitle.replace(tag, "")
            links = [url] if url else ["https://arxiv.org/abs/2411.02318"]
            pubs.append(pub(sec, n, gtitle, authors, venue, raw, year, typ, flags=flags, links=links, note=note,
                            doi=doi, self_index=owner_index(authors, {ME})))
        h.append("</ol>")
    h.append("<h2>(d) SYNERGISTIC ACTIVITIES</h2><ol>")
    h.extend(f"<li>{esc(s)}</li>" for s in SYNERGY)
    h.append("</ol>")
    h.append("<p class='cert'><b>Certification:</b> When the individual signs the certification on behalf of "
             "themselves, they are certifying that the information is current, accurate, and complete. This includes, "
             "but is not limited to, information related to domestic and foreign appointments and positions.</p>"
             "<p class='cert'>Certified by Castellanos-Ruiz, Daniela in SciENcv on 2025-01-14 14:22:05</p>")
    h.append("</body></html>")
    print_pdf("\n".join(h), STEM, out_dir)
    return gold(f"{STEM}.pdf", PERSON, [r[5] for r in PREP if r[5]], [a[2] for a in APPTS], pubs, [], [])
