"""36: a **LinkedIn "Save to PDF" profile** (imitated in HTML, printed by Chromium): Letter pages with a **grey left
sidebar** — Contact (e-mail, phone "(Mobile)", profile URLs tagged "(LinkedIn)" / "(Personal)"), Top Skills,
Languages with LinkedIn's proficiency labels, Certifications, Honors-Awards, **Publications and Patents as bare titles**
(no authors, venue or year: that is all the export prints) — beside the main column: name, headline, location,
Summary, **Experience grouped by company** (a company with several roles prints the company, its total duration
"4 years 2 months", then each role: title, "January 2023 - Present (2 years 3 months)", location, description; a
single-role company prints company, title, dates, location) and Education ("Doctor of Philosophy - PhD, Materials
Chemistry · (2014 - 2018)"); footer "Page N of M". The sidebar comes first in the text. Battery materials /
electrochemistry (industry R&D)."""
from make_native import esc, pub, edu, pos, gold, print_pdf

STEM = "36_fonsecawahl-batteries-linkedin"
PERSON = {"name": "Mariela Fonseca-Wahl", "emails": ["mariela.fonsecawahl@gmail.com"], "phones": ["+46 73 418 2290"],
          "homepages": ["https://fonsecawahl.se"]}
TOP_SKILLS = ["Battery Materials", "Electrochemistry", "X-ray Photoelectron Spectroscopy (XPS)"]
LANGS = ["Spanish (Native or Bilingual)", "English (Full Professional)", "Swedish (Professional Working)",
         "German (Elementary)"]
CERTS = ["Lean Six Sigma Green Belt", "Python for Data Science"]
AWARDS = ["Ångström Prize for Best Doctoral Thesis", "Wallenberg Postdoctoral Scholarship",
          "Best Poster Award, International Battery Association (IBA 2017)", "Becas Chile Scholarship"]
PUBLICATIONS = [
    "Interphase engineering for sulfide solid electrolytes in lithium-metal cells",
    "Operando XPS of the cathode–electrolyte interphase in high-nickel NMC cells",
    "Fluorinated additives suppress transition-metal dissolution in LiNi0.8Mn0.1Co0.1O2 cathodes",
    "Sodium-ion hard carbon anodes from Nordic forestry residues",
    "Degradation pathways of silicon–graphite composite anodes at elevated temperature",
    "A reference electrode design for three-electrode pouch cells",
    "Solvation structure of concentrated LiFSI electrolytes probed by Raman spectroscopy",
    "Surface reconstruction of layered oxides upon first charge",
    "Water-based processing of high-nickel cathodes: challenges and opportunities",
    "Thermal runaway onset in aged lithium-ion cells: a calorimetric study",
    "Ionic conductivity of Li6PS5Cl under stack pressure",
    "Electrolyte design for fast-charging graphite anodes",
    "Recycled cathode precursors from black mass: electrochemical performance",
]
PATENTS = [
    "Cathode active material with fluorinated coating and method of producing the same",
    "Method for pre-lithiation of silicon-containing anodes",
    "Battery cell with integrated reference electrode",
]
# company, total duration (None for one role), [(title, dates, duration, location, description, gold)]
EXPERIENCE = [
    ("Northvolt", "4 years 2 months", [
        ("Principal Scientist, Cell Chemistry", "January 2023 - Present", "2 years 3 months",
         "Västerås, Västmanland County, Sweden",
         "Technical lead for cathode–electrolyte interphase work in next-generation high-nickel cells. Leading a team "
         "of 7 scientists and engineers; interface between R&D and the Ett gigafactory.",
         pos("Northvolt", "Principal Scientist, Cell Chemistry", "2023-01", "present", "job",
             location="Västerås, Västmanland County, Sweden")),
        ("Senior Scientist, Cell Chemistry", "February 2021 - January 2023", "2 years",
         "Stockholm, Stockholm County, Sweden",
         "Electrolyte additive screening and post-mortem analysis (XPS, SEM, ICP-OES) for the first production cells.",
         pos("Northvolt", "Senior Scientist, Cell Chemistry", "2021-02", "2023-01", "job",
             location="Stockholm, Stockholm County, Sweden")),
    ]),
    ("Uppsala University", "6 years 5 months", [
        ("Postdoctoral Researcher", "September 2018 - January 2021", "2 years 5 months",
         "Uppsala, Uppsala County, Sweden",
         "Ångström Advanced Battery Centre. Sulfide solid electrolytes and lithium-metal interphases; operando XPS "
         "method development at MAX IV.",
         pos("Uppsala University", "Postdoctoral Researcher", "2018-09", "2021-01", "research",
             location="Uppsala, Uppsala County, Sweden")),
        ("Doctoral Researcher", "September 2014 - August 2018", "4 years",
         "Uppsala, Uppsala County, Sweden",
         "Thesis on transition-metal dissolution from layered oxide cathodes.",
         pos("Uppsala University", "Doctoral Researcher", "2014-09", "2018-08", "research",
             location="Uppsala, Uppsala County, Sweden")),
    ]),
    ("BASF", None, [
        ("Research Intern", "June 2013 - August 2013", "3 months", "Ludwigshafen, Rhineland-Palatinate, Germany",
         "Cathode material synthesis scale-up (co-precipitation) in the battery materials unit.",
         pos("BASF", "Research Intern", "2013-06", "2013-08", "internship",
             location="Ludwigshafen, Rhineland-Palatinate, Germany")),
    ]),
    ("Universidad de Chile", None, [
        ("Teaching Assistant", "March 2010 - December 2012", "2 years 10 months",
         "Santiago, Santiago Metropolitan Region, Chile",
         "General Chemistry and Physical Chemistry laboratory courses.",
         pos("Universidad de Chile", "Teaching Assistant", "2010-03", "2012-12", "teaching",
             location="Santiago, Santiago Metropolitan Region, Chile")),
    ]),
]
EDUCATION = [
    ("Uppsala University", "Doctor of Philosophy - PhD, Materials Chemistry", "(2014 - 2018)",
     edu("Uppsala University", "Ph.D.", "Materials Chemistry", "2014", "2018")),
    ("KTH Royal Institute of Technology", "Master of Science - MS, Materials Science and Engineering", "(2012 - 2014)",
     edu("KTH Royal Institute of Technology", "M.S.", "Materials Science and Engineering", "2012", "2014")),
    ("Universidad de Chile", "Bachelor of Science - BS, Chemistry", "(2008 - 2012)",
     edu("Universidad de Chile", "B.S.", "Chemistry", "2008", "2012")),
]

CSS = """
@page { size: Letter; margin: 0.45in 0.5in 0.6in 0.5in;
  @bottom-center { content: "Page " counter(page) " of " counter(pages); font: 9pt Arial, 'Liberation Sans', 'DejaVu Sans', sans-serif; color: #666; } }
body { font-family: Arial, 'Liberation Sans', 'DejaVu Sans', sans-serif; font-size: 10pt; color: #181818; margin: 0; }
.wrap { display: grid; grid-template-columns: 2.05in 1fr; column-gap: 0.35in; }
.side { background: #f3f6f8; padding: 0.25in 0.2in; font-size: 9.5pt; }
.side h3 { font-size: 12.5pt; font-weight: normal; color: #000; margin: 14pt 0 5pt 0; }
.side h3:first-child { margin-top: 0; }
.side p { margin: 0 0 6pt 0; color: #333; }
.side .mute { color: #777; }
.main { padding-top: 0.15in; }
.main h1 { font-size: 25pt; font-weight: normal; margin: 0 0 4pt 0; }
.headline { font-size: 11.5pt; margin: 0 0 3pt 0; }
.loc { color: #777; margin: 0 0 14pt 0; }
.main h2 { font-size: 15pt; font-weight: normal; margin: 16pt 0 8pt 0; }
.co { font-size: 12pt; margin: 10pt 0 1pt 0; }
.tot { color: #777; margin: 0 0 4pt 0; }
.role { font-size: 11pt; margin: 6pt 0 1pt 0; }
.dates, .where { color: #777; margin: 0 0 1pt 0; }
.desc { margin: 3pt 0 6pt 0; }
.school { font-size: 12pt; margin: 10pt 0 1pt 0; }
.deg { color: #555; margin: 0 0 4pt 0; }
"""


def build(out_dir):
    h = ["<!DOCTYPE html><html><head><meta charset='utf-8'><title>Profile</title><style>", CSS, "</style></head><body>",
         "<div class='wrap'><div class='side'>",
         "<h3>Contact</h3>",
         "<p>+46 73 418 2290 (Mobile)</p>",
         "<p><a style='color:#333;text-decoration:none' href='mailto:mariela.fonsecawahl@gmail.com'>"
         "mariela.fonsecawahl@gmail.com</a></p>",
         "<p><a style='color:#333;text-decoration:none' href='https://www.linkedin.com/in/mfonsecawahl'>"
         "www.linkedin.com/in/mfonsecawahl</a> <span class='mute'>(LinkedIn)</span></p>",
         "<p><a style='color:#333;text-decoration:none' href='https://fonsecawahl.se'>fonsecawahl.se</a> "
         "<span class='mute'>(Personal)</span></p>",
         "<h3>Top Skills</h3>"]
    h += [f"<p>{esc(s)}</p>" for s in TOP_SKILLS]
    h.append("<h3>Languages</h3>")
    h += [f"<p>{esc(s)}</p>" for s in LANGS]
    h.append("<h3>Certifications</h3>")
    h += [f"<p>{esc(s)}</p>" for s in CERTS]
    h.append("<h3>Honors-Awards</h3>")
    h += [f"<p>{esc(s)}</p>" for s in AWARDS]
    h.append("<h3>Publications</h3>")
    h += [f"<p>{esc(s)}</p>" for s in PUBLICATIONS]
    h.append("<h3>Patents</h3>")
    h += [f"<p>{esc(s)}</p>" for s in PATENTS]
    h.append("</div><div class='main'>")
    h.append("<h1>Mariela Fonseca-Wahl</h1>")
    h.append("<p class='headline'>Principal Scientist, Cell Chemistry at Northvolt | Solid-state batteries | PhD</p>")
    h.append("<p class='loc'>Västerås, Västmanland County, Sweden</p>")
    h.append("<h2>Summary</h2>")
    h.append("<p>Battery scientist with ten years in lithium-ion and solid-state cell chemistry, from academic "
             "surface science (operando XPS at MAX IV) to gigafactory-scale development. I like problems where "
             "interfaces decide cycle life, and teams that publish what they learn.</p>")
    h.append("<h2>Experience</h2>")
    positions = []
    for company, total, roles in EXPERIENCE:
        h.append(f"<p class='co'>{esc(company)}</p>")
        if total:
            h.append(f"<p class='tot'>{esc(total)}</p>")
        for title, dates, dur, where, desc, g in roles:
            h.append(f"<p class='role'>{esc(title)}</p>")
            h.append(f"<p class='dates'>{esc(dates)} ({esc(dur)})</p>")
            h.append(f"<p class='where'>{esc(where)}</p>")
            h.append(f"<p class='desc'>{esc(desc)}</p>")
            positions.append(g)
    h.append("<h2>Education</h2>")
    for school, deg, years, _ in EDUCATION:
        h.append(f"<p class='school'>{esc(school)}</p>")
        h.append(f"<p class='deg'>{esc(deg)} · {esc(years)}</p>")
    h.append("</div></div></body></html>")
    print_pdf("\n".join(h), STEM, out_dir)
    pubs = [pub("publications", i, t, [], None, None, None, "other") for i, t in enumerate(PUBLICATIONS, 1)]
    pubs += [pub("patents", i, t, [], None, None, None, "other") for i, t in enumerate(PATENTS, 1)]
    return gold(f"{STEM}.pdf", PERSON, [e[3] for e in EDUCATION], positions, pubs,
                [{"name": a, "date": None} for a in AWARDS], TOP_SKILLS + LANGS)
