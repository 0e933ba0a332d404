"""50: developmental psychology CV (DOCX) whose publication list is a **Zotero field bibliography**: the references
live in Zotero and were inserted with the Zotero Word plugin (Add/Edit Bibliography), so the list is the **result of
one `ADDIN ZOTERO_BIBL {"uncited":[…],"omitted":[],"custom":[…]} CSL_BIBLIOGRAPHY` field** whose begin/separate runs
open the first "Bibliography" paragraph and whose end run closes the last one. The research statement cites papers
through **`ADDIN ZOTERO_ITEM CSL_CITATION {…}` fields** whose code holds CSL-JSON item data (titles, journals, authors)
split over many `w:instrText` runs, as Word stores long field codes; their results ("(El Idrissi et al., 2023)") are no
entries. Zotero prints **APA 7th**: sorted by author names (not by year), hanging indent, italic journal and volume,
`https://doi.org/…` as plain text, `(in press)`, `[Preprint]`, chapters `In Ed. & Ed. (Eds.), *Book* (pp. …).`. The
owner is not bolded (Zotero cannot), but three entries were edited in Zotero's bibliography editor to **underline
supervised students** (kept in the field's "custom" list); a legend above the list says so. A typed **"Conference
Presentations"** list in the same APA shape (posters, symposia) follows the field and is not annotated (as 05), nor are
the research statement, grants, teaching and service. Positions and degrees as bold-title lines with a right tab."""
import json

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.shared import Cm, Pt, RGBColor

from make_native import pub, owner_index, edu, pos, gold
from docxutil import add_field, add_field_code, add_runs, fixed_docx_metadata, fld_char, para_border_bottom

STEM = "50_elidrissi-psychology-zotero"
PERSON = {"name": "Noor El Idrissi", "emails": ["n.elidrissi@uu.nl"], "phones": ["+31 30 253 4417"],
          "homepages": ["https://www.uu.nl/staff/NElIdrissi"]}
ME = "El Idrissi, N."
SEC = "publications"
STUDENT_NOTE = "underlined = supervised student (legend): "

# (authors as printed, underlined author indices, year as printed, title, [(text, italic)] after the title,
#  gold: venue, venue_raw, year, type, flags, doi, note)
J = "journal"
REFS = [
    (["Aksoy, B.", ME, "Visser, T."], (0,), "2023",
     "Parental emotion socialization and children’s physiological regulation: A meta-analysis",
     [("Psychological Bulletin", True), (", ", False), ("149", True), ("(5–6), 301–330. ", False)],
     ("Psychological Bulletin", "Psychological Bulletin", 2023, J, (), "10.1037/bul0000389", "149(5–6), 301–330")),
    (["Bakker, S.", ME], (0,), "2024",
     "Bilingual language exposure and inhibitory control in kindergarten: A registered report",
     [("Developmental Science", True), (", ", False), ("27", True), ("(2), e13442. ", False)],
     ("Developmental Science", "Developmental Science", 2024, J, (), "10.1111/desc.13442", "27(2), e13442")),
    (["de Boer, A.", ME, "Hollander, R."], (), "2021",
     "Maternal reflective functioning and infant emotion regulation across the first year",
     [("Infant Behavior and Development", True), (", ", False), ("63", True), (", 101562. ", False)],
     ("Infant Behavior and Development", "Infant Behavior and Development", 2021, J, (),
      "10.1016/j.infbeh.2021.101562", "63, 101562")),
    ([ME], (), "2020", "Emotion regulation in children of immigrant families: A developmental cascade perspective",
     [("Child Development Perspectives", True), (", ", False), ("14", True), ("(4), 232–238. ", False)],
     ("Child Development Perspectives", "Child Development Perspectives", 2020, J, (), "10.1111/cdep.12391",
      "14(4), 232–238")),
    ([ME], (), "in press", "Cultural variation in parental emotion talk",
     [("In M. Jansen & P. Kok (Eds.), ", False), ("Handbook of developmental psychopathology", True),
      (" (2nd ed.). Springer.", False)],
     ("Handbook of developmental psychopathology", "Handbook of developmental psychopathology", None, "chapter",
      ("to_appear",), None, "In M. Jansen & P. Kok (Eds.); (2nd ed.). Springer; (in press)")),
    ([ME, "Bakker, S.", "Visser, T."], (1,), "2024",
     "Heart rate variability as a marker of emotion regulation in early childhood: A preregistered replication",
     [("[Preprint]. PsyArXiv. ", False)],
     ("PsyArXiv", "PsyArXiv", 2024, "preprint", (), "10.31234/osf.io/7hq2m", "[Preprint]")),
    ([ME, "de Boer, A."], (), "2019",
     "Family stress, parenting, and children’s emotion regulation in Moroccan-Dutch families",
     [("Journal of Child Psychology and Psychiatry", True), (", ", False), ("60", True), ("(9), 987–996. ", False)],
     ("Journal of Child Psychology and Psychiatry", "Journal of Child Psychology and Psychiatry", 2019, J, (),
      "10.1111/jcpp.13061", "60(9), 987–996")),
    ([ME, "de Boer, A.", "Jansen, M."], (), "2018",
     "Acculturation and parenting stress in Moroccan-Dutch mothers of toddlers",
     [("European Journal of Developmental Psychology", True), (", ", False), ("15", True), ("(6), 678–694. ", False)],
     ("European Journal of Developmental Psychology", "European Journal of Developmental Psychology", 2018, J, (),
      "10.1080/17405629.2017.1342311", "15(6), 678–694")),
    ([ME, "Hollander, R."], (), "2022", "Emotion regulation in middle childhood",
     [("In S. M. Ortega & K. Lindgren (Eds.), ", False), ("The Cambridge handbook of emotional development", True),
      (" (pp. 211–234). Cambridge University Press. ", False)],
     ("The Cambridge handbook of emotional development", "The Cambridge handbook of emotional development", 2022,
      "chapter", (), "10.1017/9781108912345.014", "In S. M. Ortega & K. Lindgren (Eds.); (pp. 211–234). Cambridge University Press")),
    ([ME, "Hollander, R.", "Mayer, J. K.", "Osei, A."], (), "2021",
     "Dyadic synchrony during the still-face paradigm predicts toddler emotion regulation",
     [("Development and Psychopathology", True), (", ", False), ("33", True), ("(4), 1312–1325. ", False)],
     ("Development and Psychopathology", "Development and Psychopathology", 2021, J, (), "10.1017/S0954579420000528",
      "33(4), 1312–1325")),
    ([ME, "Visser, T.", "Aksoy, B.", "de Boer, A."], (2,), "2023",
     "Emotion talk in multilingual families: A daily diary study",
     [("Developmental Psychology", True), (", ", False), ("59", True), ("(8), 1423–1437. ", False)],
     ("Developmental Psychology", "Developmental Psychology", 2023, J, (), "10.1037/dev0001571", "59(8), 1423–1437")),
    (["Hollander, R.", ME], (), "2020",
     "Measuring emotion regulation in toddlers: Convergence of observational and parent-report measures",
     [("Psychological Assessment", True), (", ", False), ("32", True), ("(11), 1051–1063. ", False)],
     ("Psychological Assessment", "Psychological Assessment", 2020, J, (), "10.1037/pas0000941", "32(11), 1051–1063")),
    (["Hollander, R.", ME, "Chen, L.", "Mayer, J. K.", "Osei, A.", "Romano, G.", "Tanaka, H.", "Whitfield, P.",
      "Zhou, Y."], (), "2022",
     "The Emotion Regulation Observation Battery for toddlers: Development and multi-site validation",
     [("Behavior Research Methods", True), (", ", False), ("54", True), ("(3), 1421–1440. ", False)],
     ("Behavior Research Methods", "Behavior Research Methods", 2022, J, (), "10.3758/s13428-021-01678-2",
      "54(3), 1421–1440")),
    (["Osei, A.", ME, "Hollander, R."], (), "2021",
     "Parental mind-mindedness across cultures: Ghanaian, Dutch, and U.S. mothers of infants",
     [("Child Development", True), (", ", False), ("92", True), ("(5), e1033–e1048. ", False)],
     ("Child Development", "Child Development", 2021, J, (), "10.1111/cdev.13590", "92(5), e1033–e1048")),
    (["Visser, T.", ME], (), "2025", "Sleep and next-day emotion regulation in preschoolers: An actigraphy study",
     [("Sleep Health", True), (". Advance online publication. ", False)],
     ("Sleep Health", "Sleep Health", 2025, J, (), "10.1016/j.sleh.2025.01.004", "Advance online publication")),
    (["Visser, T.", ME, "Bakker, S."], (2,), "in press",
     "Screen time and emotion regulation in early childhood: A three-wave longitudinal study",
     [("Journal of Experimental Child Psychology", True), (".", False)],
     ("Journal of Experimental Child Psychology", "Journal of Experimental Child Psychology", None, J, ("to_appear",),
      None, "(in press)")),
]

POS = [("Assistant Professor", "Department of Developmental Psychology, Utrecht University, The Netherlands",
        "2022–present",
        pos("Department of Developmental Psychology, Utrecht University", "Assistant Professor", "2022", "present", "job",
            location="The Netherlands")),
       ("Postdoctoral Associate", "Yale Child Study Center, Yale University, New Haven, CT, USA "
        "(PI: Dr. Rebecca Hollander)", "2019–2022",
        pos("Yale Child Study Center, Yale University", "Postdoctoral Associate", "2019", "2022", "research",
            location="New Haven, CT, USA", supervisor="Dr. Rebecca Hollander")),
       ("Visiting Doctoral Researcher", "Department of Experimental Psychology, University of Oxford, UK",
        "Mar 2018 – Jun 2018",
        pos("Department of Experimental Psychology, University of Oxford", "Visiting Doctoral Researcher", "2018-03",
            "2018-06", "research", location="UK"))]
EDU = [("PhD in Developmental Psychology", "University of Amsterdam, The Netherlands", "2015–2019",
        "Dissertation: Emotion regulation in Moroccan-Dutch families. Supervisor: Prof. dr. Annelies de Boer",
        edu("University of Amsterdam", "Ph.D.", "Developmental Psychology", "2015", "2019",
            advisor="Prof. dr. Annelies de Boer", location="The Netherlands")),
       ("MSc in Psychology (Research Master, cum laude)", "University of Amsterdam, The Netherlands", "2013–2015", None,
        edu("University of Amsterdam", "M.Sc.", "Psychology", "2013", "2015", location="The Netherlands")),
       ("BSc in Psychology", "Leiden University, The Netherlands", "2010–2013", None,
        edu("Leiden University", "B.Sc.", "Psychology", "2010", "2013", location="The Netherlands"))]
AWARDS = [("2024", "Early Career Award, European Association of Developmental Psychology"),
          ("2020", "Dissertation Prize, Netherlands Institute of Psychologists"),
          ("2017", "Student Poster Award, Society for Research in Child Development")]
SKILL_LINES = [("Statistics: ", "R (lavaan, lme4, brms), Mplus, SPSS"),
               ("Methods: ", "Ambulatory psychophysiology (ECG, actigraphy), Observational coding (ELAN)"),
               ("Languages: ", "Dutch (native), Moroccan Arabic (native), English (fluent), French (intermediate)")]
SKILLS = ["R", "lavaan", "lme4", "brms", "Mplus", "SPSS", "Ambulatory psychophysiology", "ECG", "actigraphy",
          "Observational coding", "ELAN", "Dutch (native)", "Moroccan Arabic (native)", "English (fluent)",
          "French (intermediate)"]
TALKS = [
    "El Idrissi, N. (Chair). (2025, May). Emotion socialization in immigrant families across Europe [Symposium]. "
    "Biennial Meeting of the Society for Research in Child Development, Minneapolis, MN, United States.",
    "El Idrissi, N., Bakker, S., & Visser, T. (2024, September). Heart rate variability and emotion regulation in "
    "preschoolers: A replication [Paper presentation]. European Conference on Developmental Psychology, Ljubljana, "
    "Slovenia.",
    "Bakker, S., & El Idrissi, N. (2023, August). Bilingual exposure and inhibitory control in kindergarten [Poster "
    "presentation]. European Conference on Developmental Psychology, Turku, Finland.",
    "El Idrissi, N. (2022, November). Emotion talk in multilingual families [Invited talk]. Department of Psychology, "
    "KU Leuven, Belgium.",
]
CITES = [  # research statement: (text before, indices of cited REFS, citation text)
    ("My research asks how children learn to regulate their emotions in families that bring more than one culture "
     "and language to the dinner table. I combine observation, ambulatory physiology and daily diaries ", (3, 10),
     "(El Idrissi, 2020; El Idrissi et al., 2023)"),
    (", and develop observational measures for toddlers ", (11, 12), "(Hollander & El Idrissi, 2020; Hollander et al., 2022)"),
    (". Current work tests whether parental emotion talk in the heritage language buffers the effects of family "
     "stress on children’s physiological regulation ", (0, 6), "(Aksoy et al., 2023; El Idrissi & de Boer, 2019)"),
]


def apa_names(a, underlined):
    """APA 7 name list as (text, underline) runs: 'A, B, & C', and 'A, & B' for two names."""
    runs = []
    for i, name in enumerate(a):
        if i:
            runs.append((", & " if i == len(a) - 1 else ", ", False))
        runs.append((name, i in underlined))
    return runs


def entry_runs(ref):
    """One reference as Zotero writes it: [(text, run format)], students underlined (the bibliography editor's edit)."""
    authors, under, year, title, parts, g = ref
    runs = [(t, {"underline": u}) for t, u in apa_names(authors, under)] + [(f" ({year}). ", {})]
    if g[3] == "preprint":  # APA 7 italicises a preprint's title
        runs += [(title, {"italic": True}), (" ", {})]
    else:
        runs += [(title + ". ", {})]
    runs += [(t, {"italic": it}) for t, it in parts]
    return runs + ([(f"https://doi.org/{g[5]}", {})] if g[5] else [])


def rtf(runs):
    """An edited entry as Zotero keeps it in the field's "custom" list (RTF, underline as \\ul … \\ul0)."""
    return "".join(f"\\ul {t}\\ul0 " if f.get("underline") else t for t, f in runs)


def item_json(i, ref):
    """CSL-JSON item data as Zotero embeds it in a citation field code."""
    authors, _, year, title, parts, g = ref
    names = [{"family": a.split(", ")[0], "given": a.split(", ")[1]} for a in authors]
    data = {"id": 4100 + i, "type": "article-journal" if g[3] == J else "chapter", "title": title,
            "container-title": g[0], "author": names, "DOI": g[5]}
    if year.isdigit():
        data["issued"] = {"date-parts": [[year]]}
    return {"id": 4100 + i, "uris": [f"http://zotero.org/users/8812034/items/Z{i:03d}QW7X"], "itemData": data}


def zotero_cite(p, refs_idx, text, cid):
    code = {"citationID": cid, "properties": {"formattedCitation": text, "plainCitation": text, "noteIndex": 0},
            "citationItems": [item_json(i, REFS[i]) for i in refs_idx],
            "schema": "https://github.com/citation-style-language/schema/raw/master/csl-citation.json"}
    add_field_code(p._p, " ADDIN ZOTERO_ITEM CSL_CITATION " + json.dumps(code, ensure_ascii=False, separators=(",", ":")) + " ")
    p.add_run(text)
    p._p.append(fld_char("end"))


def heading(doc, text):
    p = doc.add_paragraph(text, style="Heading 1")
    para_border_bottom(p, color="5B6B7A", sz="4")
    return p


def title_line(doc, title, place, dates):
    p = doc.add_paragraph()
    p.paragraph_format.tab_stops.add_tab_stop(Cm(16.5), WD_TAB_ALIGNMENT.RIGHT)
    add_runs(p, [(title, {"bold": True}), (", " + place, {}), ("\t" + dates, {})])
    return p


def build(out_dir):
    doc = Document()
    fixed_docx_metadata(doc, "Noor El Idrissi", "Curriculum Vitae")
    st = doc.styles["Normal"]
    st.font.name, st.font.size = "Cambria", Pt(10.5)
    st.paragraph_format.space_after = Pt(3)
    h1 = doc.styles["Heading 1"]
    h1.font.size, h1.font.color.rgb = Pt(12.5), RGBColor(0x2E, 0x3D, 0x4F)
    bib = doc.styles.add_style("Bibliography", WD_STYLE_TYPE.PARAGRAPH)
    bib.base_style = st
    bib.paragraph_format.left_indent = Cm(1.27)
    bib.paragraph_format.first_line_indent = Cm(-1.27)
    bib.paragraph_format.line_spacing = 1.5
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.25)
    fp = sec.footer.paragraphs[0]
    add_runs(fp, [("N. El Idrissi – Curriculum Vitae – ", {})])
    add_field(fp, "PAGE", "1")

    doc.add_paragraph("Noor El Idrissi, PhD", style="Title")
    doc.add_paragraph("Assistant Professor of Developmental Psychology · Utrecht University · Heidelberglaan 1, "
                      "3584 CS Utrecht, The Netherlands")
    doc.add_paragraph("n.elidrissi@uu.nl · +31 30 253 4417 · https://www.uu.nl/staff/NElIdrissi · "
                      "ORCID 0000-0002-6617-4093")

    heading(doc, "Research Statement")
    p = doc.add_paragraph()
    for k, (before, idx, text) in enumerate(CITES):
        p.add_run(before)
        zotero_cite(p, idx, text, f"k{k}Hq2Zt{k}")
    p.add_run(".")

    heading(doc, "Academic Appointments")
    for title, place, dates, _ in POS:
        title_line(doc, title, place, dates)
    heading(doc, "Education")
    for title, place, dates, extra, _ in EDU:
        title_line(doc, title, place, dates)
        if extra:
            q = doc.add_paragraph(extra)
            q.paragraph_format.left_indent = Cm(0.6)
    heading(doc, "Honors and Awards")
    for y, name in AWARDS:
        p = doc.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(Cm(1.6))
        add_runs(p, [(y + "\t", {}), (name, {})])
    heading(doc, "Grants")
    doc.add_paragraph("2023–2027\tNWO Veni grant, “Emotion talk in multilingual families” (€280,000), PI")
    doc.add_paragraph("2019–2021\tNWO Rubicon grant, “Dyadic synchrony and toddler regulation” (€155,000), PI")

    heading(doc, "Publications")
    doc.add_paragraph("Underlined names are students I supervised. Generated from my Zotero library (APA 7th edition).")
    entries = [entry_runs(ref) for ref in REFS]
    uri = "http://zotero.org/users/8812034/items/Z{:03d}QW7X".format
    custom = [[uri(i), "{\\rtf " + rtf(runs) + "}"] for i, runs in enumerate(entries) if REFS[i][1]]
    cited = {k for _, idx, _ in CITES for k in idx}  # the others were added in Zotero's bibliography editor
    code = {"uncited": [[uri(k)] for k in range(len(REFS)) if k not in cited], "omitted": [], "custom": custom}
    for i, runs in enumerate(entries):
        p = doc.add_paragraph(style="Bibliography")
        if i == 0:
            add_field_code(p._p, " ADDIN ZOTERO_BIBL " + json.dumps(code, ensure_ascii=False, separators=(",", ":")) + " CSL_BIBLIOGRAPHY ")
        add_runs(p, runs)
        if i == len(REFS) - 1:
            p._p.append(fld_char("end"))

    heading(doc, "Conference Presentations (selected)")
    for t in TALKS:
        p = doc.add_paragraph(t, style="Bibliography")
    heading(doc, "Teaching")
    doc.add_paragraph("Developmental Psychopathology (BSc, course coordinator, 2022–present); Research Methods in "
                      "Developmental Science (Research Master, 2023–present)")
    heading(doc, "Skills")
    for lab, val in SKILL_LINES:
        p = doc.add_paragraph()
        add_runs(p, [(lab, {"bold": True}), (val, {})])
    heading(doc, "Professional Service")
    doc.add_paragraph("Consulting Editor, Developmental Psychology (2023–present); ad hoc reviewer for Child "
                      "Development, Developmental Science and JCPP")

    out = out_dir / f"{STEM}.docx"
    doc.save(str(out))

    pubs = []
    for i, (authors, under, year, title, parts, g) in enumerate(REFS, 1):
        venue, raw, y, typ, flags, doi, note = g
        if under:
            note = f"{note}; {STUDENT_NOTE}" + ", ".join(authors[k] for k in under)
        pubs.append(pub(SEC, i, title, authors, venue, raw, y, typ, flags=flags, doi=doi,
                        links=[f"https://doi.org/{doi}"] if doi else [], note=note,
                        self_index=owner_index(authors, {ME})))
    return gold(out.name, PERSON, [e[4] for e in EDU], [p_[3] for p_ in POS], pubs,
                [{"name": n, "date": None} for _, n in AWARDS], SKILLS)
