"""23: pulmonary and critical care medicine CV (DOCX) in the **Harvard Medical School "Faculty CV" format**: "Harvard Medical
School / Curriculum Vitae" title, a "Date Prepared / Name / Office Address / Work Phone / Work E-Mail / Place of Birth"
label-value block, numbered parts as Heading 1 ("Part I: General Information", "Part II: Research, Teaching, and
Clinical Contributions", "Part III: Bibliography"), Heading 2 / Heading 3 sub-sections, and borderless four-column
tables without header rows for Education (Year | Degree | Field of Study | Institution), Postdoctoral Training (Years |
Title | Specialty (research mentor) | Institution), Faculty Academic Appointments (Years | Academic Title | Department |
Academic Institution), Appointments at Hospitals, Major Administrative Leadership Positions and Honors and Prizes (Year |
Name | Awarding Organization | Achievement). Open ranges are written "2022–". The bibliography is in **chronological order
(oldest first)**, numbered by typed "1." + tab with a hanging indent, restarting in each category: "Peer-reviewed
publications in print or other media" → "Research investigations" / "Other peer-reviewed publications";
"Non-peer reviewed scientific or medical publications/materials in print or other media" → "Reviews, chapters,
monographs and editorials"; "Scholarship without named authorship" (a consortium paper with "(Site principal
investigator; listed in the appendix.)"); "Abstracts, poster presentations and exhibits presented at professional
meetings". NLM/Vancouver citations with **every author listed** (an 11-author list), the owner in bold, `*` co-first
authors (legend in the category line), `[editorial]`, "Epub ahead of print", PMIDs, `doi:` labels. Funding, teaching,
invited presentations, clinical licensure, committee service, societies and the narrative report are not annotated."""
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt, RGBColor

from make_native import pub, owner_index, edu, pos, gold
from docxutil import add_runs, fixed_docx_metadata, add_field, table_no_borders

STEM = "23_petrescu-medicine-harvardcv"
ME = "Petrescu I"
OWNER = {ME}
PERSON = {"name": "Ioana Petrescu", "emails": ["ipetrescu@mgh.harvard.edu"], "phones": ["617-555-0193"], "homepages": []}
MGH = "Massachusetts General Hospital"
BIDMC = "Beth Israel Deaconess Medical Center"
HMS = "Harvard Medical School"
EDU = [
    (edu("Iuliu Hațieganu University of Medicine and Pharmacy", "M.D.", "Medicine", None, "2003",
         location="Cluj-Napoca, Romania"),
     ("2003", "MD", "Medicine", "Iuliu Hațieganu University of Medicine and Pharmacy, Cluj-Napoca, Romania")),
    (edu("Harvard T.H. Chan School of Public Health", "M.P.H.", "Clinical Effectiveness", None, "2012", location="Boston, MA"),
     ("2012", "MPH", "Clinical Effectiveness", "Harvard T.H. Chan School of Public Health, Boston, MA")),
]
TRAINING = [
    (pos(BIDMC, "Resident", "2004", "2007", "job", location="Boston, MA"),
     ("2004–2007", "Intern and Resident", "Internal Medicine", f"{BIDMC}, Boston, MA")),
    (pos(BIDMC, "Chief Resident", "2007", "2008", "job", location="Boston, MA"),
     ("2007–2008", "Chief Resident", "Internal Medicine", f"{BIDMC}, Boston, MA")),
    (pos(MGH, "Clinical and Research Fellow", "2008", "2011", "job", location="Boston, MA",
         supervisor="Daniel K. Ostrander, MD"),
     ("2008–2011", "Clinical and Research Fellow", "Pulmonary and Critical Care Medicine (research mentor: Daniel K. "
                                                   "Ostrander, MD)", f"{MGH}, Boston, MA")),
]
TRAINING[0][0]["title"] = "Intern and Resident"
FACULTY = [
    (pos(HMS, "Instructor", "2011", "2016", "job"), ("2011–2016", "Instructor", "Medicine", HMS)),
    (pos(HMS, "Assistant Professor", "2016", "2022", "job"), ("2016–2022", "Assistant Professor", "Medicine", HMS)),
    (pos(HMS, "Associate Professor", "2022", "present", "job"), ("2022–", "Associate Professor", "Medicine", HMS)),
]
HOSPITAL = [
    (pos(MGH, "Assistant in Medicine", "2011", "2016", "job"),
     ("2011–2016", "Assistant in Medicine", "Medicine / Pulmonary and Critical Care Medicine", MGH)),
    (pos(MGH, "Assistant Physician", "2016", "present", "job"),
     ("2016–", "Assistant Physician", "Medicine / Pulmonary and Critical Care Medicine", MGH)),
]
LEADERSHIP = [
    (pos(MGH, "Director, Medical Intensive Care Unit Research Program", "2020", "present", "job"),
     ("2020–", "Director, Medical Intensive Care Unit Research Program", MGH)),
]
AWARDS = [("2003", "Diploma with Honors", "Iuliu Hațieganu University of Medicine and Pharmacy", "Graduated first in class"),
          ("2010", "Young Investigator Award", "American Thoracic Society, Critical Care Assembly",
           "Research on ventilator-induced lung injury"),
          ("2015", "Outstanding Teacher Award", "MGH Internal Medicine Residency Program", "Bedside teaching in the MICU"),
          ("2021", "Research Innovation Award", "MGH Department of Medicine", "COVID-19 ARDS subphenotyping")]
LANGS = ["Romanian (native)", "English (fluent)", "French (intermediate)"]

RI, OP, RC, NA, AB = ("research investigations", "other peer-reviewed publications",
                      "reviews, chapters, monographs and editorials", "scholarship without named authorship",
                      "abstracts, poster presentations and exhibits presented at professional meetings")
# (section, authors, equal-marked, title, journal as printed, citation tail (after the journal), doi, pmid, gold extras)
ENTRIES = [
    (RI, [ME, "Ostrander DK", "Loughlin MA"], (),
     "Early neuromuscular blockade and ventilator-induced lung injury in a murine model of acid aspiration",
     "Am J Physiol Lung Cell Mol Physiol", "2010;298(5):L612-20", None, "20139179",
     dict(venue="American Journal of Physiology-Lung Cellular and Molecular Physiology", year=2010)),
    (RI, [ME, "Rahimi-Larijani S", "Ostrander DK"], (), "Plasma angiopoietin-2 predicts mortality in sepsis-associated ARDS",
     "Crit Care Med", "2012;40(7):2021-9", None, "22564912", dict(venue="Critical Care Medicine", year=2012)),
    (RI, ["Huang J", ME, "Whitford L", "Nakamura H", "Ostrander DK"], (0, 1),
     "Driving pressure and mortality in patients with ARDS receiving ECMO: a cohort study",
     "Ann Am Thorac Soc", "2014;11(9):1404-12", None, "25302453", dict(venue="Annals of the American Thoracic Society", year=2014)),
    (RI, [ME, "Banerjee-Holt A", "Fitzgerald E", "Ostrander DK"], (),
     "Long-term cognitive impairment after acute respiratory failure in older adults",
     "Chest", "2016;149(2):383-91", "10.1378/chest.15-1187", "26335734", dict(venue="Chest", year=2016)),
    (RI, ["Sandoval R", ME, "Kelleher M", "Okafor-Reyes N", "Lindqvist P", "Abernathy T", "Wu Y", "Desrosiers M", "Haddad N",
          "Gallagher C", "Ostrander DK"], (),
     "Conservative oxygen therapy in mechanically ventilated adults: a pilot randomized trial",
     "Am J Respir Crit Care Med", "2017;196(11):1432-40", "10.1164/rccm.201703-0551OC", "28722473",
     dict(venue="American Journal of Respiratory and Critical Care Medicine", year=2017)),
    (RI, [ME, "Sandoval R", "Kelleher M"], (), "Timing of tracheostomy and ventilator-free days: a target trial emulation",
     "Crit Care", "2018;22(1):241", None, "30261912", dict(venue="Critical Care", year=2018)),
    (RI, [ME, "Whitford L", "Abernathy T", "Nakamura H", "Sandoval R", "Huang J"], (),
     "Subphenotypes of COVID-19 ARDS identified by latent class analysis", "Lancet Respir Med", "2020;8(12):1209-18",
     "10.1016/S2213-2600(20)30491-2", "33045214", dict(venue="The Lancet Respiratory Medicine", year=2020)),
    (RI, ["Okafor-Reyes N", ME], (), "Racial differences in pulse oximetry accuracy among critically ill adults",
     "JAMA Netw Open", "2021;4(10):e2129412", "10.1001/jamanetworkopen.2021.29412", "34623409",
     dict(venue="JAMA Network Open", year=2021)),
    (RI, [ME, "Gallagher C", "Wu Y", "Huang J"], (),
     "Awake prone positioning for COVID-19 hypoxemic respiratory failure: a multicenter randomized trial",
     "N Engl J Med", "2022;386(14):1320-30", "10.1056/NEJMoa2118772", "35263517",
     dict(venue="The New England Journal of Medicine", year=2022)),
    (RI, ["Kelleher M", "Wu Y", ME], (0, 1), "Machine-learning prediction of extubation failure from ventilator waveforms",
     "Crit Care Med", "2023;51(6):742-52", None, "36927631", dict(venue="Critical Care Medicine", year=2023)),
    (RI, [ME, "Desrosiers M", "Sandoval R"], (), "Diaphragm ultrasound to guide weaning: a stepped-wedge cluster trial",
     "Intensive Care Med", "2024;50(3):377-88", "10.1007/s00134-024-07331-9", "38353712",
     dict(venue="Intensive Care Medicine", year=2024)),
    (RI, ["Haddad N", ME], (), "Post-intensive care syndrome clinic attendance and one-year outcomes",
     "Ann Am Thorac Soc", "2024;21(8):1150-8", None, "38598577", dict(venue="Annals of the American Thoracic Society", year=2024)),
    (RI, [ME, "Loughlin MA", "Huang J", "Sandoval R"], (), "Low-dose inhaled nitric oxide in moderate ARDS: a phase 2 trial",
     "Am J Respir Crit Care Med", "2025 Jan 14. Epub ahead of print", "10.1164/rccm.202407-1388OC", None,
     dict(venue="American Journal of Respiratory and Critical Care Medicine", year=2025, note="Epub ahead of print")),
    (OP, [ME, "Ostrander DK"], (), "Neuromuscular blockade in ARDS: where do we stand?", "Curr Opin Crit Care",
     "2015;21(1):26-32", None, "25517892", dict(venue="Current Opinion in Critical Care", year=2015)),
    (OP, ["Sandoval R", ME], (), "Oxygen targets in the ICU: a narrative review", "Chest", "2021;160(5):1752-61",
     "10.1016/j.chest.2021.06.041", "34186047", dict(venue="Chest", year=2021)),
    (RC, [ME], (), "Acute respiratory distress syndrome", None, None, None, None,
     dict(type="chapter", venue="Massachusetts General Hospital Handbook of Critical Care Medicine", year=2019,
          text="In: Loughlin MA, Baptiste CR, editors. <i>Massachusetts General Hospital Handbook of Critical Care "
               "Medicine</i>. 3rd ed. Philadelphia: Wolters Kluwer; 2019. p. 211-34.",
          note="In: Loughlin MA, Baptiste CR, editors; 3rd ed. Philadelphia: Wolters Kluwer; p. 211-34")),
    (RC, [ME, "Huang J"], (), "Prone positioning beyond COVID-19", "Ann Am Thorac Soc", "2023;20(2):180-2", None, "36723476",
     dict(venue="Annals of the American Thoracic Society", year=2023, tag="[editorial]", note="[editorial]")),
    (RC, [ME], (), "Mechanical ventilation in obstructive lung disease", None, None, None, None,
     dict(type="chapter", venue="Principles of Pulmonary Medicine", year=2024,
          text="In: Whitcombe A, Lindgren T, editors. <i>Principles of Pulmonary Medicine</i>. 8th ed. Philadelphia: "
               "Elsevier; 2024. p. 455-71.",
          note="In: Whitcombe A, Lindgren T, editors; 8th ed. Philadelphia: Elsevier; p. 455-71")),
    (NA, ["PROTECT-ICU Investigators"], (), "Early mobilization in mechanically ventilated adults: a cluster randomized trial",
     "Lancet", "2022;399(10331):1234-45", "10.1016/S0140-6736(22)00213-7", None,
     dict(venue="The Lancet", year=2022, after=" (Site principal investigator; listed in the appendix.)",
          note="(Site principal investigator; listed in the appendix.)")),
    (AB, ["Kelleher M", ME], (), "Ventilator waveform features predict extubation failure", "Am J Respir Crit Care Med",
     "2022;205:A4812", None, None,
     dict(venue="American Journal of Respiratory and Critical Care Medicine", year=2022, tag="[abstract]", type="other",
          flags=["poster"], note="[abstract]")),
    (AB, ["Haddad N", ME], (), "Attendance at a post-ICU clinic and patient-reported outcomes", None, None, None, None,
     dict(type="other", flags=["poster"], venue="American Thoracic Society International Conference", year=2023,
          vraw="American Thoracic Society International Conference",
          text="[poster]. Presented at: American Thoracic Society International Conference; 2023 May 19-24; Washington, DC.",
          note="[poster]; 2023 May 19-24; Washington, DC")),
]
PEER, NONPEER = "Peer-reviewed publications in print or other media", \
    "Non-peer reviewed scientific or medical publications/materials in print or other media"
HEADS = [(RI, PEER, "Research investigations"), (OP, None, "Other peer-reviewed publications"),
         (RC, NONPEER, "Reviews, chapters, monographs and editorials"), (NA, None, "Scholarship without named authorship"),
         (AB, None, "Abstracts, poster presentations and exhibits presented at professional meetings")]


def html_runs(text):
    """'<i>x</i>' spans to (text, fmt) parts."""
    import re
    parts = []
    for i, chunk in enumerate(re.split(r"</?i>", text)):
        if chunk:
            parts.append((chunk, {"italic": bool(i % 2)}))
    return parts


def build(out_dir):
    doc = Document()
    fixed_docx_metadata(doc, "Ioana Petrescu", "Harvard Medical School Curriculum Vitae")
    st = doc.styles["Normal"]
    st.font.name, st.font.size = "Times New Roman", Pt(11)
    st.paragraph_format.space_after = Pt(0)
    for name, size, before in (("Heading 1", 13, 16), ("Heading 2", 11.5, 10), ("Heading 3", 11, 6), ("Title", 16, 0)):
        s = doc.styles[name]
        s.font.name, s.font.size, s.font.color.rgb = "Times New Roman", Pt(size), RGBColor(0, 0, 0)
        s.paragraph_format.space_before, s.paragraph_format.space_after = Pt(before), Pt(4)
    doc.styles["Heading 3"].font.italic = True
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.59), Cm(27.94)
    sec.left_margin = sec.right_margin = Cm(2.54)
    sec.top_margin = sec.bottom_margin = Cm(2.2)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("Ioana Petrescu, MD, MPH — Page ").font.size = Pt(9)
    add_field(fp, "PAGE")
    fp.add_run(" of ").font.size = Pt(9)
    add_field(fp, "NUMPAGES", "5")

    t = doc.add_paragraph("Harvard Medical School", style="Title")
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    c = doc.add_paragraph()
    c.alignment = WD_ALIGN_PARAGRAPH.CENTER
    c.add_run("Curriculum Vitae").bold = True
    doc.add_paragraph()

    def grid(rows, widths):
        tb = doc.add_table(rows=0, cols=len(widths))
        table_no_borders(tb)
        for row in rows:
            cells = tb.add_row().cells
            for i, (cell, txt) in enumerate(zip(cells, row)):
                cell.width = widths[i]
                cell.paragraphs[0].add_run(txt)
        return tb

    info = [("Date Prepared:", "February 3, 2025"), ("Name:", "Ioana Petrescu, MD, MPH"),
            ("Office Address:", "Division of Pulmonary and Critical Care Medicine, Massachusetts General Hospital, "
                                "55 Fruit Street, Bulfinch 148, Boston, MA 02114"),
            ("Work Phone:", "617-555-0193"), ("Work E-Mail:", "ipetrescu@mgh.harvard.edu"), ("Work FAX:", "617-555-0199"),
            ("Place of Birth:", "Cluj-Napoca, Romania"), ("Languages:", ", ".join(LANGS))]
    doc.add_heading("Part I: General Information", level=1)
    grid(info, [Cm(3.6), Cm(12.9)])
    w4 = [Cm(2.4), Cm(3.6), Cm(4.6), Cm(5.9)]
    doc.add_heading("Education", level=2)
    grid([r for _, r in EDU], w4)
    doc.add_heading("Postdoctoral Training", level=2)
    grid([r for _, r in TRAINING], w4)
    doc.add_heading("Faculty Academic Appointments", level=2)
    grid([r for _, r in FACULTY], w4)
    doc.add_heading("Appointments at Hospitals/Affiliated Institutions", level=2)
    grid([r for _, r in HOSPITAL], w4)
    doc.add_heading("Major Administrative Leadership Positions", level=2)
    doc.add_paragraph("Local")
    grid([r for _, r in LEADERSHIP], [Cm(2.4), Cm(8.2), Cm(5.9)])
    doc.add_heading("Committee Service", level=2)
    doc.add_paragraph("Local")
    grid([("2017–", "Critical Care Committee", MGH, "Member"),
          ("2019–2023", "Institutional Review Board, Panel 3", "Mass General Brigham", "Member")], w4)
    doc.add_heading("Professional Societies", level=2)
    grid([("2008–", "American Thoracic Society", "", "Member; Critical Care Assembly planning committee, 2019–2022"),
          ("2010–", "Society of Critical Care Medicine", "", "Member")], w4)
    doc.add_heading("Honors and Prizes", level=2)
    grid(AWARDS, w4)

    doc.add_heading("Part II: Research, Teaching, and Clinical Contributions", level=1)
    doc.add_heading("Report of Funded and Unfunded Projects", level=2)
    doc.add_paragraph("Funding Information", style="Heading 3")
    for line in ("2019–2024\tR01HL148211, NIH/NHLBI. “Diaphragm-protective ventilation in acute respiratory failure.” "
                 "Role: PI. $2,950,000",
                 "2012–2017\tK23HL116734, NIH/NHLBI. “Biomarkers of ventilator-induced lung injury.” Role: PI. $812,000"):
        doc.add_paragraph(line)
    doc.add_heading("Report of Local Teaching and Training", level=2)
    doc.add_paragraph("2012–\tMedical ICU bedside teaching, MGH Internal Medicine Residency Program (4 weeks per year)")
    doc.add_paragraph("2016–\tCourse director, Pulmonary Physiology for Fellows, Harvard Combined Pulmonary and Critical Care "
                      "Fellowship")
    doc.add_heading("Report of Regional, National and International Invited Teaching and Presentations", level=2)
    doc.add_paragraph("2023\tAwake prone positioning: lessons from the pandemic. Grand Rounds, Department of Medicine, Yale "
                      "School of Medicine, New Haven, CT")
    doc.add_paragraph("2022\tSubphenotypes of ARDS. Plenary session, American Thoracic Society International Conference, "
                      "San Francisco, CA")
    doc.add_heading("Report of Clinical Activities and Innovations", level=2)
    doc.add_paragraph("Current Licensure and Certification", style="Heading 3")
    grid([("2007", "Massachusetts Medical License", "", ""), ("2007", "American Board of Internal Medicine", "", ""),
          ("2010", "ABIM, Pulmonary Disease", "", ""), ("2011", "ABIM, Critical Care Medicine", "", "")], w4)

    doc.add_heading("Part III: Bibliography", level=1)
    pubs = []
    for sec_name, group, heading in HEADS:
        if group:
            doc.add_heading(group, level=2)
        doc.add_heading(heading, level=3)
        if sec_name == RI:
            doc.add_paragraph("*Co-first authors").runs[0].font.size = Pt(9.5)
        for n, (s, auth, eq, title, journal, tail, doi, pmid, g) in enumerate([e for e in ENTRIES if e[0] == sec_name], 1):
            p = doc.add_paragraph()
            pf = p.paragraph_format
            pf.left_indent, pf.first_line_indent, pf.space_after = Cm(0.9), Cm(-0.9), Pt(5)
            pf.tab_stops.add_tab_stop(Cm(0.9))
            parts = [(f"{n}.\t", {})]
            for i, a in enumerate(auth):
                if i:
                    parts.append((", ", {}))
                parts.append((a, {"bold": a in OWNER}))
                if i in eq:
                    parts.append(("*", {}))
            parts.append((f". {title}", {}))
            if g.get("tag") and journal:
                parts.append((f" {g['tag']}", {}))
            if journal:
                parts.append((f". {journal}. {tail}.", {}))
            else:
                parts.append(((". " if not g["text"].startswith("[") else " "), {}))
                parts += html_runs(g["text"])
            if doi:
                parts.append((f" doi: {doi}.", {}))
            if pmid:
                parts.append((f" PMID: {pmid}.", {}))
            if g.get("after"):
                parts.append((g["after"], {}))
            add_runs(p, parts)
            typ = g.get("type", "journal")
            vraw = g.get("vraw", journal if journal else g["venue"] if typ == "chapter" else None)
            pubs.append(pub(sec_name, n, title, auth, g["venue"], vraw, g["year"], typ, flags=g.get("flags", ()),
                            note=g.get("note", "* co-first authors" if eq else None), doi=doi,
                            self_index=owner_index(auth, OWNER), eq=eq))
    doc.add_heading("Narrative Report", level=1)
    doc.add_paragraph("I am a pulmonary and critical care physician-investigator whose research focuses on the prevention of "
                      "lung and diaphragm injury during mechanical ventilation. My clinical work is in the Medical Intensive "
                      "Care Unit at Massachusetts General Hospital, where I attend twelve weeks per year. My area of "
                      "excellence is Investigation, supported by Clinical Expertise and Innovation and by Teaching and "
                      "Educational Leadership.")
    doc.save(out_dir / f"{STEM}.docx")
    positions = [p for p, _ in TRAINING + FACULTY + HOSPITAL + LEADERSHIP]
    # the titled teaching role under "Report of Local Teaching and Training" is a teaching position (cvs/README 18, 20,
    # 23); the bedside-teaching activity line is not
    positions.append(pos("Harvard Combined Pulmonary and Critical Care Fellowship", "Course director", "2016", "present",
                         "teaching"))
    return gold(STEM + ".docx", PERSON, [e for e, _ in EDU], positions, pubs,
                [{"name": f"{a}, {org}", "date": None} for _, a, org, _ in AWARDS], LANGS)
