"""24: immunology / infectious diseases **NIH Biographical Sketch** (DOCX, the 2021+ "non-fellowship" form) as a
Word file filled in by hand: OMB line, "BIOGRAPHICAL SKETCH" title, instruction paragraph, label lines "NAME:
Quintanilla, Marisol Teresa" (surname first), "eRA COMMONS USER NAME", "POSITION TITLE", the gridded
EDUCATION/TRAINING table (INSTITUTION AND LOCATION | DEGREE | Completion Date MM/YYYY | FIELD OF STUDY; a postdoctoral
row with "Postdoctoral Fellow" in the degree column), then the lettered sections:
"A. Personal Statement" (narrative + four Word-numbered citations), "B. Positions, Scientific Appointments, and
Honors" (sub-heads, **year-first rows** "2022 – present<TAB>Title, Unit, University, City, ST" with a hanging indent;
memberships and a study section among the appointments), "C. Contributions to Science" (four typed-numbered
narrative paragraphs, each followed by **Word-numbered lettered citations a., b., c.** restarting per contribution;
one citation repeats a personal-statement one) and the "Complete List of Published Work in MyBibliography:" URL.
NLM citations with `PMCID:` / `PMID:` / `doi:` labels (no links), owner bold, `*` co-first authors with the legend in
the citation, `et al.` after five names, a `[letter]` tag, a medRxiv preprint and an NLM dissertation. Footer with
PAGE. No e-mail, phone or homepage (the form has none)."""
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.shared import Cm, Pt

from make_native import pub, owner_index, edu, pos, gold
from docxutil import add_runs, fixed_docx_metadata, add_field, new_numbering, set_num, cell_shading

STEM = "24_quintanilla-immunology-nihbiosketch"
ME = "Quintanilla MT"
OWNER = {ME}
PERSON = {"name": "Marisol Teresa Quintanilla", "emails": [], "phones": [], "homepages": []}
MYBIB = "https://www.ncbi.nlm.nih.gov/myncbi/marisol.quintanilla.1/bibliography/public/"

# education table rows: (institution and location, degree cell, completion date, field, gold or None)
EDU_ROWS = [
    ("University of Puerto Rico, Mayagüez, PR", "BS", "05/2006", "Biology",
     edu("University of Puerto Rico", "B.S.", "Biology", None, "2006-05", location="Mayagüez, PR")),
    ("Johns Hopkins University School of Medicine, Baltimore, MD", "PHD", "08/2012", "Immunology",
     edu("Johns Hopkins University School of Medicine", "Ph.D.", "Immunology", None, "2012-08", location="Baltimore, MD")),
    ("Fred Hutchinson Cancer Research Center, Seattle, WA", "Postdoctoral Fellow", "08/2016", "T cell immunology", None),
]
UW = "Department of Medicine, Division of Allergy and Infectious Diseases, University of Washington"
FH = "Vaccine and Infectious Disease Division, Fred Hutchinson Cancer Center"
# positions and appointments: (dates, text, gold or None)
POS_ROWS = [
    ("2022 – present", f"Associate Professor, {UW}, Seattle, WA",
     pos(UW, "Associate Professor", "2022", "present", "job", location="Seattle, WA")),
    ("2019 – present", f"Affiliate Investigator, {FH}, Seattle, WA",
     pos(FH, "Affiliate Investigator", "2019", "present", "job", location="Seattle, WA")),
    ("2016 – 2022", f"Assistant Professor, {UW}, Seattle, WA",
     pos(UW, "Assistant Professor", "2016", "2022", "job", location="Seattle, WA")),
    ("2023 – present", "Standing Member, Vaccines Against Microbial Diseases (VMD) Study Section, NIH", None),
    ("2014 – present", "Member, American Association of Immunologists", None),
    ("2012 – 2016", f"Postdoctoral Fellow, {FH}, Seattle, WA (Mentor: Jonathan L. Harrington, PhD)",
     pos(FH, "Postdoctoral Fellow", "2012", "2016", "research", location="Seattle, WA",
         supervisor="Jonathan L. Harrington, PhD")),
    ("2010", "Visiting Graduate Student, Malaria Research and Training Center, University of Bamako, Bamako, Mali",
     pos("Malaria Research and Training Center, University of Bamako", "Visiting Graduate Student", "2010", "2010",
         "research", location="Bamako, Mali")),
]
HONORS = [("2024", "Investigators in the Pathogenesis of Infectious Disease Award, Burroughs Wellcome Fund"),
          ("2021", "Early Career Faculty Award, American Association of Immunologists"),
          ("2017", "NIH Director’s New Innovator Award (DP2)"),
          ("2013", "Irvington Postdoctoral Fellowship, Cancer Research Institute"),
          ("2011", "Young Investigator Award, Keystone Symposia on T Cell Memory")]

PS, CS = "a. personal statement", "c. contributions to science"
# one citation: (authors, eq indices, trunc, title, tag, journal as printed, rest (date;vol(issue):pages), ids, gold)
# gold: venue, type, year, flags, note extras
A1 = ([ME, "Berg KA", "Osei-Tutu E", "Harrington JL"], (), False,
      "Liver-resident CD8+ T cells protect against Plasmodium yoelii sporozoite challenge in the absence of circulating memory",
      None, "J Immunol", "2023;210(4):455-467", "doi: 10.4049/jimmunol.2200731. PMCID: PMC9912345",
      dict(venue="The Journal of Immunology", year=2023, doi="10.4049/jimmunol.2200731", note="PMCID: PMC9912345"))
PERSONAL = [
    A1,
    (["Berg KA", ME, "Nakamura-Ellis S", "Diallo B", "Westergaard P", "Okonkwo-Reyes D", "Harrington JL"], (), False,
     "Adjuvant-driven CXCR6 expression licenses hepatic T cell residence after mRNA vaccination", None, "Sci Immunol",
     "2022;7(71):eabm4521", "doi: 10.1126/sciimmunol.abm4521. PMCID: PMC9455501",
     dict(venue="Science Immunology", year=2022, doi="10.1126/sciimmunol.abm4521", note="PMCID: PMC9455501")),
    ([ME, "Harrington JL"], (), False, "Tissue-resident memory in the liver: lessons from malaria", None, "Trends Immunol",
     "2021;42(9):781-793", "PMID: 34321098", dict(venue="Trends in Immunology", year=2021, note="PMID: 34321098")),
    (["Diallo B", "Sissoko MS", ME, "Coulibaly D", "Thera MA"], (), True,
     "Hepatic T cell responses in Malian adults after controlled human malaria infection", None, "J Infect Dis",
     "2024;229(2):312-321", "PMCID: PMC10876543",
     dict(venue="The Journal of Infectious Diseases", year=2024, note="PMCID: PMC10876543")),
]
CONTRIB = [
    ("Defining liver-resident memory CD8+ T cells.",
     "Memory CD8+ T cells that never leave the liver were long suspected but hard to study, because circulating cells "
     "contaminate every liver preparation. As a postdoctoral fellow I combined intravascular staining with parabiosis to "
     "show that a CD69+CXCR6+ population is retained in the hepatic sinusoids for months after immunization, and that "
     "this population alone suffices for sterile protection against sporozoite challenge. I served as the lead "
     "investigator on these studies, which are now the reference protocols for hepatic resident memory.",
     [([ME, "Lindgren EV", "Castro-Vidal R", "Harrington JL"], (), False,
       "CD69 and CXCR6 mark a liver-resident memory CD8+ T cell population in mice and macaques", None, "Immunity",
       "2015;43(6):1089-1101", "PMCID: PMC4687612", dict(venue="Immunity", year=2015, note="PMCID: PMC4687612")),
      ([ME, "Harrington JL"], (), False,
       "Intravascular staining distinguishes tissue-resident from circulating memory T cells in the liver", None,
       "J Immunol Methods", "2014;412:1-9", "PMID: 25012345",
       dict(venue="Journal of Immunological Methods", year=2014, note="PMID: 25012345")),
      A1]),
    ("Mechanisms of T cell residence induced by vaccination.",
     "My laboratory asks which signals at priming commit a CD8+ T cell to residence in the liver. We found that type I "
     "interferon conditions hepatic dendritic cells to prime resident precursors, and that the lipid nanoparticle of mRNA "
     "vaccines determines where vaccine-induced cells settle. These findings underlie our “prime-and-trap” strategy.",
     [(["Westergaard P", ME, "Berg KA", "Harrington JL"], (0, 1), False,
       "Type I interferon conditions hepatic dendritic cells to prime resident memory T cells", None, "Cell Rep",
       "2019;28(7):1785-1797.e5", "PMCID: PMC6711234. *Co-first authors",
       dict(venue="Cell Reports", year=2019, note="PMCID: PMC6711234; *Co-first authors")),
      (["Nakamura-Ellis S", "Berg KA", ME], (), False,
       "Lipid nanoparticle formulation shapes the tissue distribution of vaccine-induced CD8+ T cells", None, "Vaccine",
       "2024;42(11):2890-2901", "doi: 10.1016/j.vaccine.2024.03.044",
       dict(venue="Vaccine", year=2024, doi="10.1016/j.vaccine.2024.03.044")),
      ([ME, "Osei-Tutu E", "Diallo B"], (), False, "Prime-and-trap vaccination against liver-stage malaria: where next?",
       None, "Expert Rev Vaccines", "2020;19(12):1101-1112", "PMID: 33245678",
       dict(venue="Expert Review of Vaccines", year=2020, note="PMID: 33245678"))]),
    ("Human immunology of controlled malaria infection.",
     "With colleagues at the Malaria Research and Training Center in Bamako I established fine-needle liver aspiration "
     "as a safe way to sample resident T cells in volunteers, which made it possible to follow human hepatic T cells "
     "after vaccination and controlled infection. I co-designed the sampling protocol and led the immunological analyses.",
     [(["Sissoko MS", "Diallo B", "Coulibaly D", ME, "Kone AK", "Traore K", "Doumbo OK", "Thera MA"], (), False,
       "Fine-needle liver aspiration to sample resident T cells in human volunteers: safety and feasibility", None,
       "Lancet Microbe", "2021;2(10):e512-e520", "doi: 10.1016/S2666-5247(21)00187-4",
       dict(venue="The Lancet Microbe", year=2021, doi="10.1016/S2666-5247(21)00187-4")),
      ([ME, "Diallo B", "Harrington JL"], (), False, "Human liver-resident T cells in malaria-exposed adults", None,
       "medRxiv [Preprint]", "2024 Nov 12:2024.11.08.24316789", "doi: 10.1101/2024.11.08.24316789",
       dict(venue="medRxiv", year=2024, doi="10.1101/2024.11.08.24316789", type="preprint")),
      (["Coulibaly D", ME, "Thera MA"], (), False,
       "Serological correlates of sterile protection after PfSPZ vaccination in Malian adults", None, "Am J Trop Med Hyg",
       "2018;99(5):1201-1208", "PMCID: PMC6221234",
       dict(venue="The American Journal of Tropical Medicine and Hygiene", year=2018, note="PMCID: PMC6221234"))]),
    ("Thymic selection of CD8+ T cells.",
     "My graduate work with Dr. Luis Sandoval at Johns Hopkins asked how the density of self-peptide on thymic "
     "epithelium sets the threshold for positive selection. Using peptide-titration models I showed that selection "
     "efficiency rises steeply over a narrow density range, which explained the skewed repertoires of several "
     "MHC-mutant mice.",
     [([ME, "Abernathy RL", "Chen-Whitfield Y", "Sandoval LJ"], (), False,
       "Self-peptide density tunes the positive selection of CD8 single-positive thymocytes", None, "J Exp Med",
       "2011;208(13):2679-2694", "PMCID: PMC3244039",
       dict(venue="The Journal of Experimental Medicine", year=2011, note="PMCID: PMC3244039")),
      ([ME, "Sandoval LJ"], (), False, "Thymic selection: a numbers game", "[letter]", "Nat Rev Immunol",
       "2012;12(3):155", "PMID: 22301234", dict(venue="Nature Reviews Immunology", year=2012, note="[letter]; PMID: 22301234")),
      ([ME], (), False, "Peptide density and the fate of developing thymocytes", "[dissertation]", None,
       "Baltimore (MD): Johns Hopkins University; 2012", None,
       dict(venue="Johns Hopkins University", vraw="Baltimore (MD): Johns Hopkins University", type="thesis", year=2012,
            note="[dissertation]"))]),
]


def cite_parts(c):
    auth, eq, trunc, title, tag, journal, rest, ids, g = c
    parts = []
    for i, a in enumerate(auth):
        if i:
            parts.append((", ", {}))
        parts.append((a + ("*" if i in eq else ""), {"bold": a in OWNER}))
    if trunc:
        parts.append((", et al", {}))
    parts.append((f". {title}" + (f" {tag}" if tag else "") + ". ", {}))
    if journal:
        parts.append((f"{journal}. {rest}.", {}))
    else:
        parts.append((f"{rest}.", {}))
    if ids:
        parts.append((f" {ids}.", {}))
    return parts


def cite_gold(c, section, index):
    auth, eq, trunc, title, tag, journal, rest, ids, g = c
    typ = g.get("type", "journal")
    return pub(section, index, title, auth, g["venue"], g.get("vraw", journal), g["year"], typ, flags=g.get("flags", ()),
               note=g.get("note"), doi=g.get("doi"), self_index=owner_index(auth, OWNER), eq=eq, trunc=trunc)


def build(out_dir):
    doc = Document()
    fixed_docx_metadata(doc, "Marisol Quintanilla", "Biographical Sketch")
    st = doc.styles["Normal"]
    st.font.name, st.font.size = "Arial", Pt(11)
    st.paragraph_format.space_after = Pt(0)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.59), Cm(27.94)
    for side in ("top_margin", "bottom_margin", "left_margin", "right_margin"):
        setattr(sec, side, Cm(1.27))
    fp = sec.footer.paragraphs[0]
    fp.add_run("Page ").font.size = Pt(9)
    add_field(fp, "PAGE")

    def para(parts, size=11, before=0, after=0, center=False, indent=None, hanging=None):
        p = doc.add_paragraph()
        add_runs(p, parts)
        for r in p.runs:
            r.font.size = Pt(size)
        pf = p.paragraph_format
        pf.space_before, pf.space_after = Pt(before), Pt(after)
        if center:
            p.alignment = 1
        if indent is not None:
            pf.left_indent = Cm(indent)
        if hanging is not None:
            pf.first_line_indent = Cm(-hanging)
        return p

    para([("OMB No. 0925-0001 and 0925-0002 (Rev. 09/2024 Approved Through 01/31/2026)", {})], size=8, after=6)
    para([("BIOGRAPHICAL SKETCH", {"bold": True})], size=12, center=True)
    para([("Provide the following information for the Senior/key personnel and other significant contributors. "
           "Follow this format for each person. DO NOT EXCEED FIVE PAGES.", {})], size=9, center=True, after=8)
    para([("NAME: ", {"bold": True}), ("Quintanilla, Marisol Teresa", {})], after=4)
    para([("eRA COMMONS USER NAME (credential, e.g., agency login): ", {"bold": True}), ("MQUINTANILLA", {})], after=4)
    para([("POSITION TITLE: ", {"bold": True}), ("Associate Professor of Medicine", {})], after=4)
    para([("EDUCATION/TRAINING ", {"bold": True}),
          ("(Begin with baccalaureate or other initial professional education, such as nursing, include postdoctoral "
           "training and residency training if applicable. Add/delete rows as necessary.)", {})], size=9, after=4)
    t = doc.add_table(rows=1, cols=4)
    t.style = doc.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    heads = ["INSTITUTION AND LOCATION", "DEGREE\n(if applicable)", "Completion Date\nMM/YYYY", "FIELD OF STUDY"]
    for cell, h in zip(t.rows[0].cells, heads):
        cell.text = ""
        p = cell.paragraphs[0]
        p.alignment = 1
        r = p.add_run(h)
        r.font.size, r.bold = Pt(8), True
        cell_shading(cell, "F2F2F2")
    for inst, deg, date, field, _ in EDU_ROWS:
        cells = t.add_row().cells
        for cell, v in zip(cells, (inst, deg, date, field)):
            cell.text = ""
            r = cell.paragraphs[0].add_run(v)
            r.font.size = Pt(10)
    for row in t.rows:
        for cell, w in zip(row.cells, (7.5, 3.2, 3.0, 5.2)):
            cell.width = Cm(w)
    para([("NOTE: The Biographical Sketch may not exceed five pages. Follow the formats and instructions below.", {})],
         size=9, before=6, after=6)

    def heading(text):
        para([(text, {"bold": True})], before=8, after=4)

    # A. Personal Statement
    heading("A. Personal Statement")
    para([("I am a T cell immunologist who studies how memory CD8+ T cells take up residence in the liver and how "
           "vaccines can exploit them to prevent malaria. My training in thymic selection (Johns Hopkins) and in "
           "tissue-resident memory (Fred Hutchinson) prepared me to lead the mouse, macaque and human studies proposed "
           "here. Since 2016 my laboratory at the University of Washington has been continuously funded by NIAID, and I "
           "have mentored nine graduate students and six postdoctoral fellows. The proposed project builds on our "
           "recent description of adjuvant-driven CXCR6 expression and on the liver-sampling platform we established in "
           "Mali. Ongoing and recently completed projects that I would like to highlight include:", {})], after=4)
    para([("R01 AI154321, Quintanilla (PI), 07/01/2021–06/30/2026, “Signals that commit vaccine-induced T cells to "
           "hepatic residence”", {})], indent=0.6, after=2)
    para([("DP2 AI136598, Quintanilla (PI), 09/01/2017–08/31/2022, “Trapping memory T cells in the liver”", {})],
         indent=0.6, after=4)
    para([("Citations:", {})], after=2)
    pubs = []
    inst = new_numbering(doc, fmt="decimal", text="%1.", indent_cm=0.63)
    nid = inst()
    for n, c in enumerate(PERSONAL, 1):
        p = doc.add_paragraph()
        set_num(p, nid)
        add_runs(p, cite_parts(c))
        p.paragraph_format.space_after = Pt(3)
        pubs.append(cite_gold(c, PS, n))

    # B. Positions, Scientific Appointments, and Honors
    heading("B. Positions, Scientific Appointments, and Honors")

    def yrow(dates, text):
        p = doc.add_paragraph()
        pf = p.paragraph_format
        pf.left_indent, pf.first_line_indent = Cm(3.2), Cm(-3.2)
        pf.tab_stops.add_tab_stop(Cm(3.2))
        pf.space_after = Pt(1)
        p.add_run(f"{dates}\t{text}")

    para([("Positions and Scientific Appointments", {"bold": True, "italic": True})], after=2)
    for d, txt, _ in POS_ROWS:
        yrow(d, txt)
    para([("Honors", {"bold": True, "italic": True})], before=6, after=2)
    for y, txt in HONORS:
        yrow(y, txt)

    # C. Contributions to Science
    heading("C. Contributions to Science")
    letters = new_numbering(doc, fmt="lowerLetter", text="%1.", indent_cm=0.63)
    k = 0
    for n, (lead, narrative, cites) in enumerate(CONTRIB, 1):
        p = para([(f"{n}.\t", {}), (lead + " ", {"bold": True}), (narrative, {})], before=6, after=3, indent=0.63,
                 hanging=0.63)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(0.63))
        nid = letters()
        for c in cites:
            q = doc.add_paragraph()
            set_num(q, nid)
            q.paragraph_format.left_indent = Cm(1.26)
            q.paragraph_format.space_after = Pt(2)
            add_runs(q, cite_parts(c))
            k += 1
            pubs.append(cite_gold(c, CS, k))
    para([("Complete List of Published Work in MyBibliography:", {"bold": True})], before=8)
    para([(MYBIB, {})])
    doc.save(out_dir / f"{STEM}.docx")
    education = [g for *_, g in EDU_ROWS if g]
    positions = [g for *_, g in POS_ROWS if g]
    return gold(STEM + ".docx", PERSON, education, positions, pubs,
                [{"name": n, "date": None} for _, n in HONORS], [])
