"""10: veterinary epidemiology CV (DOCX): positions and education in gridded tables with a shaded header row
(Period | Position | Institution; Years | Degree | Institution), publications in two-column tables (year | citation)
whose citation cells are Word-numbered paragraphs restarting in each table, the year cell merged vertically over the
entries of the same year ("In press" in one), Elsevier "Harvard" references ("Last, F.M., Last, F., 2023. Title.
Abbrev. J. 12, 34-56.": commas between names and initials alike, no "and"), abbreviated journals, a 12-author list,
proceedings "in: Proceedings of ...", a poster, agency reports, and a footer "Page N of M" with PAGE/NUMPAGES fields."""
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt, RGBColor

from make_native import pub, owner_index, edu, pos, gold
from docxutil import add_field, add_runs, cell_shading, fixed_docx_metadata, new_numbering, set_num

STEM = "10_salgueiro-vetepi-tables"
OWNER = {"Salgueiro, B."}
PERSON = {"name": "Beatriz Salgueiro", "emails": ["bsalgueiro@rvc.ac.uk"], "phones": ["+44 1707 666 333"],
          "homepages": ["https://www.rvc.ac.uk/about/our-people/beatriz-salgueiro"]}
# (gold, period cell, position cell, institution cell)
POS = [
    (pos("Department of Pathobiology and Population Sciences, Royal Veterinary College", "Lecturer in Veterinary Epidemiology",
         "2021", "present", "job", location="London, UK"),
     "2021 – present", "Lecturer in Veterinary Epidemiology",
     "Department of Pathobiology and Population Sciences, Royal Veterinary College, London, UK"),
    (pos("Institute of Epidemiology, Friedrich-Loeffler-Institut", "Postdoctoral Research Associate", "2018", "2021", "research",
         location="Greifswald, Germany", supervisor="Prof. Lukas Hartmann"),
     "2018 – 2021", "Postdoctoral Research Associate (supervisor: Prof. Lukas Hartmann)",
     "Institute of Epidemiology, Friedrich-Loeffler-Institut, Greifswald, Germany"),
    (pos("International Livestock Research Institute (ILRI)", "Visiting Scientist", "2017", "2018", "research", location="Nairobi, Kenya"),
     "2017 – 2018", "Visiting Scientist", "International Livestock Research Institute (ILRI), Nairobi, Kenya"),
    (pos("Clínica Veterinária do Vale", "Veterinary Surgeon", "2012", "2013", "job", location="Évora, Portugal"),
     "2012 – 2013", "Veterinary Surgeon", "Clínica Veterinária do Vale, Évora, Portugal"),
]
EDU = [
    (edu("Faculdade de Medicina Veterinária, Universidade de Lisboa", "Ph.D.", "Veterinary Sciences (Epidemiology)", "2014", "2018",
         advisor="Prof. Miguel Duarte", location="Portugal"),
     "2014 – 2018", "PhD in Veterinary Sciences (Epidemiology). Supervisor: Prof. Miguel Duarte",
     "Faculdade de Medicina Veterinária, Universidade de Lisboa, Portugal"),
    (edu("Royal Veterinary College and London School of Hygiene & Tropical Medicine", "M.Sc.", "Veterinary Epidemiology", "2013", "2014",
         location="UK"),
     "2013 – 2014", "MSc in Veterinary Epidemiology (with distinction)",
     "Royal Veterinary College and London School of Hygiene & Tropical Medicine, UK"),
    (edu("Universidade de Évora", "D.V.M.", "Veterinary Medicine", "2006", "2012", location="Portugal"),
     "2006 – 2012", "Integrated Master in Veterinary Medicine (DVM equivalent)", "Universidade de Évora, Portugal"),
]
AWARDS = [("2023", "Best Oral Presentation, SVEPM Annual Meeting"), ("2014 – 2018", "FCT Doctoral Fellowship"),
          ("2013", "RVC International Scholarship")]
SKILLS = ["R", "QGIS", "SaTScan", "WinBUGS", "Stata", "Portuguese (native)", "English (fluent)", "Spanish (intermediate)",
          "Swahili (basic)"]

ART, PROC, REP = "peer-reviewed articles", "conference proceedings", "reports"
J = {"Prev. Vet. Med.": "Preventive Veterinary Medicine", "Transbound. Emerg. Dis.": "Transboundary and Emerging Diseases",
     "Vet. Rec.": "Veterinary Record", "Vet. J.": "The Veterinary Journal", "One Health": "One Health",
     "Front. Vet. Sci.": "Frontiers in Veterinary Science", "Epidemiol. Infect.": "Epidemiology and Infection",
     "Vet. Parasitol.": "Veterinary Parasitology", "BMC Vet. Res.": "BMC Veterinary Research"}
TWELVE = ["Okonkwo-Pereira, T.", "Salgueiro, B.", "Brennan, C.", "Nakamura, H.", "Fischer, S.", "Mwangi, J.K.", "Ilunga, P.",
          "Duarte, M.", "Hartmann, L.", "Kiprono, E.", "Lopes, A.C.", "Whitfield, G."]
# section, year cell, authors, year text in the citation, title runs [(text, italic)], container, rest, doi, gold extras
ENTRIES = [
    (ART, "In press", ["Salgueiro, B.", "Okonkwo-Pereira, T.", "Mwangi, J.K."], "in press",
     [("Spatio-temporal clustering of bovine tuberculosis breakdowns in cattle herds in south-west England", False)],
     "Prev. Vet. Med.", "", None, dict(flags=["to_appear"], note="in press")),
    (ART, "2024", ["Mwangi, J.K.", "Salgueiro, B.", "Kiprono, E.", "Otieno, P."], "2024",
     [("Seroprevalence of Rift Valley fever virus in small ruminants in Garissa County, Kenya", False)],
     "Transbound. Emerg. Dis.", "2024, 6621408", "10.1155/2024/6621408", {}),
    (ART, "2024", ["Salgueiro, B.", "Hartmann, L."], "2024",
     [("Antimicrobial use in UK pig farms before and after voluntary reduction targets", False)],
     "Vet. Rec.", "194, e3921", "10.1002/vetr.3921", {}),
    (ART, "2023", ["Fonseca, R.", "Salgueiro, B.", "Duarte, M.", "Lopes, A.C."], "2023",
     [("Risk factors for ", False), ("Coxiella burnetii", True), (" seropositivity in dairy goat herds in Portugal", False)],
     "Vet. J.", "295, 105987", None, {}),
    (ART, "2023", TWELVE, "2023",
     [("A One Health surveillance framework for antimicrobial resistance in East African livestock systems", False)],
     "One Health", "16, 100512", "10.1016/j.onehlt.2023.100512", {}),
    (ART, "2022", ["Salgueiro, B.", "Fonseca, R.", "Duarte, M."], "2022",
     [("Network analysis of cattle movements in Portugal and implications for disease control", False)],
     "Prev. Vet. Med.", "205, 105688", None, {}),
    (ART, "2022", ["Hartmann, L.", "Salgueiro, B."], "2022",
     [("Bayesian latent class evaluation of three diagnostic tests for bovine tuberculosis in the absence of a gold standard", False)],
     "Front. Vet. Sci.", "9, 871254", "10.3389/fvets.2022.871254", {}),
    (ART, "2021", ["Kiprono, E.", "Mwangi, J.K.", "Salgueiro, B."], "2021",
     [("Participatory epidemiology of peste des petits ruminants in pastoralist communities of northern Kenya", False)],
     "Epidemiol. Infect.", "149, e201", None, {}),
    (ART, "2020", ["Salgueiro, B.", "Lopes, A.C.", "Fonseca, R.", "Duarte, M."], "2020",
     [("Estimating the basic reproduction number of bluetongue virus serotype 4 in Portugal, 2013–2018", False)],
     "Transbound. Emerg. Dis.", "67, 2145–2156", None, {}),
    (ART, "2019", ["Duarte, M.", "Salgueiro, B."], "2019",
     [("Spatial distribution of ", False), ("Leishmania infantum", True), (" seroprevalence in dogs in the Algarve", False)],
     "Vet. Parasitol.", "276, 108967", None, {}),
    (ART, "2018", ["Salgueiro, B.", "Fonseca, R."], "2018",
     [("Questionnaire survey of biosecurity practices on Portuguese dairy farms", False)],
     "BMC Vet. Res.", "14, 318", None, {}),
]
PROC_ENTRIES = [
    ("2023", ["Salgueiro, B.", "Hartmann, L."],
     "Spatial scan statistics for bovine tuberculosis in England: sensitivity to the choice of population at risk",
     "Proceedings of the Society for Veterinary Epidemiology and Preventive Medicine (SVEPM) Annual Meeting", ", Toulouse, France, pp. 88–99.",
     dict(venue="SVEPM", type="conference", note="Toulouse, France, pp. 88–99")),
    ("2022", ["Mwangi, J.K.", "Salgueiro, B."], "Mobile phone reporting of livestock disease events in northern Kenya",
     "Proceedings of the 16th International Symposium on Veterinary Epidemiology and Economics (ISVEE 16)", ", Halifax, Canada.",
     dict(venue="ISVEE", type="conference", note="Halifax, Canada")),
    ("2019", ["Salgueiro, B.", "Duarte, M."], "Canine leishmaniosis in the Algarve: a spatial analysis",
     "Proceedings of the SVEPM Annual Meeting", ", Utrecht, The Netherlands, p. 212 (poster).",
     dict(venue="SVEPM", type="other", flags=["poster"], note="Utrecht, The Netherlands, p. 212 (poster)")),
]
REP_ENTRIES = [
    ("2022", ["Salgueiro, B.", "Mwangi, J.K.", "Kiprono, E."], "Rapid risk assessment of Rift Valley fever in East Africa",
     "FAO Animal Production and Health Report No. 17. ", "Food and Agriculture Organization of the United Nations, Rome",
     dict(venue="Food and Agriculture Organization of the United Nations", note="FAO Animal Production and Health Report No. 17")),
    ("2020", ["Salgueiro, B."], "Bovine tuberculosis in Portugal: epidemiological situation 2010–2019",
     "Technical report for the ", "Direção-Geral de Alimentação e Veterinária (DGAV), Lisbon",
     dict(venue="Direção-Geral de Alimentação e Veterinária", note="Technical report")),
]


def author_runs(auth):
    """Elsevier Harvard: 'Last, F.M., Last, F., ' with the owner in bold."""
    parts = []
    for i, a in enumerate(auth):
        if i:
            parts.append((", ", {}))
        parts.append((a, {"bold": a in OWNER}))
    return parts


def build(out_dir):
    doc = Document()
    fixed_docx_metadata(doc, "Beatriz Salgueiro", "Curriculum Vitae")
    st = doc.styles["Normal"]
    st.font.name, st.font.size = "Arial", Pt(10)
    st.paragraph_format.space_after = Pt(0)
    for name in ("Heading 1", "Heading 2"):
        hs = doc.styles[name]
        hs.font.name, hs.font.color.rgb = "Arial", RGBColor(0x1F, 0x3A, 0x5F)
        hs.font.size = Pt(13 if name == "Heading 1" else 11)
        hs.paragraph_format.space_before, hs.paragraph_format.space_after = Pt(12), Pt(4)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.0)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("Beatriz Salgueiro – Curriculum Vitae – Page ")
    add_field(fp, "PAGE", "1")
    fp.add_run(" of ")
    add_field(fp, "NUMPAGES", "3")
    for r in fp.runs:
        r.font.size = Pt(8)
    p = doc.add_paragraph()
    r = p.add_run("Beatriz Salgueiro, DVM, MSc, PhD")
    r.bold, r.font.size = True, Pt(20)
    doc.add_paragraph("Lecturer in Veterinary Epidemiology, Royal Veterinary College, Hawkshead Lane, North Mymms, Hatfield AL9 7TA, UK")
    doc.add_paragraph("E-mail: bsalgueiro@rvc.ac.uk | Tel: +44 1707 666 333 | Web: https://www.rvc.ac.uk/about/our-people/beatriz-salgueiro")

    def grid(header, rows, widths):
        t = doc.add_table(rows=1, cols=len(header))
        t.style = doc.styles["Table Grid"]
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for c, h, w in zip(t.rows[0].cells, header, widths):
            c.width = w
            c.paragraphs[0].add_run(h).bold = True
            cell_shading(c, "D9E2F3")
        for row in rows:
            cells = t.add_row().cells
            for c, v, w in zip(cells, row, widths):
                c.width = w
                c.paragraphs[0].add_run(v)
        return t

    doc.add_heading("Professional Experience", level=1)
    grid(["Period", "Position", "Institution"], [(d, ti, org) for _, d, ti, org in POS], [Cm(2.8), Cm(6.2), Cm(8.0)])
    doc.add_heading("Education", level=1)
    grid(["Years", "Degree", "Institution"], [(d, deg, inst) for _, d, deg, inst in EDU], [Cm(2.8), Cm(6.2), Cm(8.0)])
    doc.add_heading("Awards and Fellowships", level=1)
    grid(["Year", "Award"], [(d, a) for d, a in AWARDS], [Cm(2.8), Cm(14.2)])
    doc.add_heading("Publications", level=1)
    doc.add_paragraph("Google Scholar: 24 publications, h-index 11 (March 2025). My name is in bold.")
    make_num = new_numbering(doc, indent_cm=0.7)
    pubs = []

    def pub_table(title, rows):
        """rows: (year cell, runs, gold); same-year rows get one vertically merged year cell."""
        doc.add_heading(title, level=2)
        num = make_num()
        t = doc.add_table(rows=0, cols=2)
        t.style = doc.styles["Table Grid"]
        prev_year, first_cell = None, None
        for n, (ycell, runs, g) in enumerate(rows, 1):
            cells = t.add_row().cells
            cells[0].width, cells[1].width = Cm(2.2), Cm(14.8)
            if ycell == prev_year:
                first_cell = first_cell.merge(cells[0])
            else:
                cells[0].paragraphs[0].add_run(ycell).bold = True
                first_cell, prev_year = cells[0], ycell
            p = cells[1].paragraphs[0]
            set_num(p, num)
            p.paragraph_format.space_after = Pt(3)
            add_runs(p, runs)
            pubs.append(g(n))

    rows = []
    for section, ycell, auth, ytxt, title_runs, jabbr, rest, doi, g in ENTRIES:
        title = "".join(t for t, _ in title_runs)
        runs = author_runs(auth) + [(f", {ytxt}. ", {})] + [(t, {"italic": it}) for t, it in title_runs] + [(". ", {})]
        runs += [(jabbr, {"italic": True})] + ([(f" {rest}.", {})] if rest else [] if jabbr.endswith(".") else [(".", {})])
        if doi:
            runs.append((f" https://doi.org/{doi}", {}))
        year = int(ytxt) if ytxt.isdigit() else None
        rows.append((ycell, runs, lambda n, a=auth, ti=title, j=jabbr, y=year, d=doi, g=g: pub(
            ART, n, ti, a, J[j], j, y, "journal", flags=g.get("flags", ()), links=[f"https://doi.org/{d}"] if d else [],
            note=g.get("note"), doi=d, self_index=owner_index(a, OWNER))))
    pub_table("Peer-reviewed articles", rows)

    rows = []
    for ycell, auth, title, proc, rest, g in PROC_ENTRIES:
        runs = author_runs(auth) + [(f", {ycell}. {title}, in: ", {}), (proc, {"italic": True}), (rest, {})]
        rows.append((ycell, runs, lambda n, a=auth, ti=title, pr=proc, y=ycell, g=g: pub(
            PROC, n, ti, a, g["venue"], pr, int(y), g["type"], flags=g.get("flags", ()), note=g.get("note"),
            self_index=owner_index(a, OWNER))))
    pub_table("Conference proceedings", rows)

    rows = []
    for ycell, auth, title, series, body, g in REP_ENTRIES:
        runs = author_runs(auth) + [(f", {ycell}. ", {}), (title, {"italic": True}), (f". {series}{body}.", {})]
        rows.append((ycell, runs, lambda n, a=auth, ti=title, b=body, y=ycell, g=g: pub(
            REP, n, ti, a, g["venue"], b, int(y), "other", note=g.get("note"), self_index=owner_index(a, OWNER))))
    pub_table("Reports", rows)

    doc.add_heading("Teaching", level=1)
    doc.add_paragraph("Module leader, Veterinary Epidemiology and Public Health (BVetMed year 3), 2022 – present")
    doc.add_paragraph("Lecturer, MSc Veterinary Epidemiology: spatial epidemiology and outbreak investigation, 2021 – present")
    doc.add_heading("Professional Memberships", level=1)
    doc.add_paragraph("Society for Veterinary Epidemiology and Preventive Medicine (SVEPM), board member 2024 – present; "
                      "Member of the Royal College of Veterinary Surgeons (MRCVS); Ordem dos Médicos Veterinários (Portugal)")
    doc.add_heading("Skills and Languages", level=1)
    doc.add_paragraph("Software: " + ", ".join(SKILLS[:5]))
    doc.add_paragraph("Languages: " + ", ".join(SKILLS[5:]))
    doc.save(out_dir / f"{STEM}.docx")
    return gold(STEM + ".docx", PERSON, [e for e, *_ in EDU], [p for p, *_ in POS], pubs,
                [{"name": a, "date": None} for _, a in AWARDS], SKILLS)
