"""31: experimental / cognitive psychology CV (DOCX) in the Italian habilitation (ASN) manner: positions and education
as bold-label paragraphs, and the **publications in gridded Word tables with four columns — No. | Publication (APA 7) |
IF | Cit.** — with a shaded header row, the journal **impact factor and Scopus citation count in their own cells**
("IF 2023" and "Scopus, 1 Mar 2025" in a legend paragraph under the table), "n.a." for a chapter, a **totals row**
("Total IF 31.9 — total citations 412") spanning the first two cells, and `*` (corresponding author) and `°` (student
supervised) markers explained in the legend. Two tables: "Articles in journals indexed in Scopus/WoS" and "Book
chapters and other publications". The IF and citation cells go into `note` (as native 21's Type / Impact cell)."""
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.shared import Cm, Pt, RGBColor

from make_native import pub, owner_index, edu, pos, gold
from docxutil import add_runs, cell_shading, fixed_docx_metadata, para_border_bottom

STEM = "31_ferraresi-psychology-iftable"
PERSON = {"name": "Lucia Ferraresi", "emails": ["lucia.ferraresi@unipd.it"], "phones": ["+39 049 827 6613"],
          "homepages": ["https://www.dpg.unipd.it/en/lucia-ferraresi"]}
ME = "Ferraresi, L."
A, B = "articles in journals indexed in scopus/wos", "book chapters and other publications"
# (section, authors as printed (with markers), year, title, italic source, plain tail, IF, cites, gold extras)
ROWS = [
    (A, ["Ferraresi, L.*", "Bianchi, T.°", "Kowalczyk, M."], "2024",
     "Serial dependence in numerosity judgements survives changes in stimulus format",
     "Journal of Experimental Psychology: Human Perception and Performance, 50", "(3), 245–261. https://doi.org/10.1037/xhp0001178",
     "2.1", "6", dict(venue="Journal of Experimental Psychology: Human Perception and Performance", doi="10.1037/xhp0001178")),
    (A, ["Kowalczyk, M.", "Ferraresi, L.*"], "2024", "Confidence and metacognitive efficiency in approximate number comparison",
     "Cognition, 244", ", Article 105712. https://doi.org/10.1016/j.cognition.2024.105712", "2.8", "11",
     dict(venue="Cognition", doi="10.1016/j.cognition.2024.105712")),
    (A, ["Ferraresi, L.", "Marchetti, G.", "Ruiz-Sánchez, P.", "Tan, J. W.", "Kowalczyk, M."], "2023",
     "Adaptation to numerosity is spatially selective: Evidence from eye-centred and world-centred coordinates",
     "Psychological Science, 34", "(8), 901–915. https://doi.org/10.1177/09567976231170482", "4.8", "38",
     dict(venue="Psychological Science", doi="10.1177/09567976231170482")),
    (A, ["Bianchi, T.°", "Ferraresi, L.*"], "2022", "A Bayesian observer model of number-line estimation in children",
     "Developmental Science, 25", "(6), e13288. https://doi.org/10.1111/desc.13288", "3.1", "24",
     dict(venue="Developmental Science", doi="10.1111/desc.13288")),
    (A, ["Ferraresi, L.", "Marchetti, G."], "2021", "Numerosity and density are encoded by separate channels",
     "Journal of Vision, 21", "(11), Article 4. https://doi.org/10.1167/jov.21.11.4", "1.8", "57",
     dict(venue="Journal of Vision", doi="10.1167/jov.21.11.4")),
    (A, ["Tan, J. W.", "Ferraresi, L.", "Kowalczyk, M.", "Marchetti, G."], "2020",
     "The approximate number system and mathematical achievement: A registered report",
     "Cortex, 132", ", 410–427. https://doi.org/10.1016/j.cortex.2020.08.014", "3.2", "63",
     dict(venue="Cortex", doi="10.1016/j.cortex.2020.08.014")),
    (A, ["Ferraresi, L.", "Marchetti, G."], "2019", "Perceptual learning of numerosity transfers across sensory modalities",
     "Psychonomic Bulletin & Review, 26", "(5), 1612–1620. https://doi.org/10.3758/s13423-019-01617-x", "3.2", "71",
     dict(venue="Psychonomic Bulletin & Review", doi="10.3758/s13423-019-01617-x")),
    (B, ["Ferraresi, L.", "Kowalczyk, M."], "2023", "Number sense",
     None, None, "n.a.", "3",
     dict(venue="The Routledge handbook of numerical cognition", type="chapter",
          raw_parts=[("In R. Cohen Kadosh & A. Dowker (Eds.), ", False), ("The Routledge handbook of numerical cognition", True),
                     (" (2nd ed., pp. 57–78). Routledge.", False)],
          venue_raw="The Routledge handbook of numerical cognition")),
    (B, ["Ferraresi, L."], "2018",
     "Seeing numbers: Adaptation, crowding and the perception of numerosity [Doctoral dissertation, University of Padova]",
     None, None, "n.a.", "9",
     dict(venue="University of Padova", type="thesis", venue_raw="University of Padova",
          title="Seeing numbers: Adaptation, crowding and the perception of numerosity",
          raw_parts=[("Padua Research Archive. https://hdl.handle.net/11577/3426187", False)])),
]
POS = [("Associate Professor", "Department of General Psychology, University of Padova, Italy", "2023 – present",
        pos("Department of General Psychology, University of Padova", "Associate Professor", "2023", "present", "job",
            location="Italy")),
       ("Assistant Professor (RTD-B)", "Department of General Psychology, University of Padova, Italy", "2020 – 2023",
        pos("Department of General Psychology, University of Padova", "Assistant Professor", "2020", "2023", "job",
            location="Italy")),
       ("Postdoctoral Research Fellow", "School of Psychology, University of Sydney, Australia (PI: Prof. Jun Wei Tan)",
        "2018 – 2020", pos("School of Psychology, University of Sydney", "Postdoctoral Research Fellow", "2018", "2020",
                           "research", location="Australia", supervisor="Prof. Jun Wei Tan"))]
EDU = [("PhD in Psychological Sciences", "University of Padova, Italy (Supervisor: Prof. Giorgio Marchetti)", "2015 – 2018",
        edu("University of Padova", "Ph.D.", "Psychological Sciences", "2015", "2018", advisor="Prof. Giorgio Marchetti",
            location="Italy")),
       ("MSc in Cognitive Neuroscience and Clinical Neuropsychology", "University of Padova, Italy (110/110 cum laude)",
        "2013 – 2015", edu("University of Padova", "M.Sc.", "Cognitive Neuroscience and Clinical Neuropsychology", "2013",
                           "2015", gpa="110/110", location="Italy")),
       ("BSc in Psychological Science and Techniques", "University of Bologna, Italy", "2010 – 2013",
        edu("University of Bologna", "B.Sc.", "Psychological Science and Techniques", "2010", "2013", location="Italy"))]
AWARDS = [("2024", "ERC Starting Grant (NUMSENSE, 1.49 M€)"), ("2022", "Early Career Award, Italian Association of Psychology (AIP)"),
          ("2019", "Marie Skłodowska-Curie Global Fellowship")]
SKILLS = ["PsychoPy", "MATLAB", "R", "Stan", "eye tracking", "EEG", "Italian (native)", "English (C2)", "Polish (B1)"]


def build(out_dir):
    doc = Document()
    fixed_docx_metadata(doc, "Lucia Ferraresi", "Curriculum Vitae")
    st = doc.styles["Normal"]
    st.font.name, st.font.size = "Times New Roman", Pt(11)
    st.paragraph_format.space_after = Pt(2)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.0)

    p = doc.add_paragraph()
    add_runs(p, [("CURRICULUM VITAE ET STUDIORUM", {"bold": True})])
    p = doc.add_paragraph()
    add_runs(p, [("Lucia Ferraresi", {"bold": True})])
    p.runs[0].font.size = Pt(16)
    doc.add_paragraph("Department of General Psychology, University of Padova, Via Venezia 8, 35131 Padova, Italy")
    doc.add_paragraph("E-mail: lucia.ferraresi@unipd.it – Tel.: +39 049 827 6613 – Web: https://www.dpg.unipd.it/en/lucia-ferraresi")
    doc.add_paragraph("ORCID: 0000-0001-7734-2190 – Scopus Author ID: 57193384120 – h-index (Scopus): 11")

    def head(text):
        h = doc.add_paragraph()
        add_runs(h, [(text.upper(), {"bold": True})])
        h.runs[0].font.color.rgb = RGBColor(0x7B, 0x11, 0x1B)
        para_border_bottom(h, color="7B111B", sz="6")

    def entry(title, org, dates):
        q = doc.add_paragraph()
        add_runs(q, [(dates + "   ", {"bold": True}), (title, {"bold": True}), (", " + org, {})])

    head("Academic positions")
    for t, o, d, _ in POS:
        entry(t, o, d)
    head("Education")
    for t, o, d, _ in EDU:
        entry(t, o, d)
    head("Grants, awards and fellowships")
    for y, n in AWARDS:
        q = doc.add_paragraph()
        add_runs(q, [(y + "   ", {"bold": True}), (n, {})])

    head("Publications")
    doc.add_paragraph("Bibliometrics (Scopus, 1 March 2025): 9 publications, 283 citations, h-index 11.")
    pubs = []
    for secname, caption in ((A, "Articles in journals indexed in Scopus/WoS"),
                             (B, "Book chapters and other publications")):
        q = doc.add_paragraph()
        add_runs(q, [(caption, {"bold": True, "italic": True})])
        rows = [r for r in ROWS if r[0] == secname]
        t = doc.add_table(rows=1, cols=4)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        widths = (Cm(1.0), Cm(13.2), Cm(1.4), Cm(1.4))
        for c, txt, w in zip(t.rows[0].cells, ("No.", "Publication", "IF", "Cit."), widths):
            c.width = w
            c.paragraphs[0].text = ""
            add_runs(c.paragraphs[0], [(txt, {"bold": True})])
            cell_shading(c, "D9D9D9")
        tif, tcit = 0.0, 0
        for i, (_, authors, year, title, src, tail, IF, cit, g) in enumerate(rows, 1):
            cells = t.add_row().cells
            for c, w in zip(cells, widths):
                c.width = w
            cells[0].paragraphs[0].text = f"{i}."
            names = ", ".join(authors[:-1]) + (", & " if len(authors) > 1 else "") + authors[-1]
            para = cells[1].paragraphs[0]
            if g.get("type") == "thesis":
                add_runs(para, [(f"{names} ({year}). ", {}), (title, {"italic": True}), (". ", {})])
            elif g.get("type") == "chapter":
                add_runs(para, [(f"{names} ({year}). {title}. ", {})])
            else:
                add_runs(para, [(f"{names} ({year}). {title}. ", {}), (src, {"italic": True}), (tail, {})])
            for txt, it in g.get("raw_parts", []):
                add_runs(para, [(txt, {"italic": it})])
            cells[2].paragraphs[0].text = IF
            cells[3].paragraphs[0].text = cit
            if IF != "n.a.":
                tif += float(IF)
            tcit += int(cit)
            clean = [a.rstrip("*°") for a in authors]
            marks = [a for a in authors if a.endswith(("*", "°"))]
            note = f"IF {IF}; {cit} citations" if IF != "n.a." else f"IF n.a.; {cit} citations"
            if marks:
                note += "; " + ", ".join(f"{a[:-1]} {'(corresponding author)' if a.endswith('*') else '(supervised student)'}"
                                         for a in marks)
            vr = g.get("venue_raw") or src.rsplit(",", 1)[0]
            pubs.append(pub(secname, i, g.get("title", title), clean, g["venue"], vr, int(year), g.get("type", "journal"),
                            links=[f"https://doi.org/{g['doi']}"] if g.get("doi") else
                            ([u for u in ["https://hdl.handle.net/11577/3426187"] if g.get("type") == "thesis"]),
                            note=note, doi=g.get("doi"), self_index=owner_index(clean, {ME})))
        cells = t.add_row().cells
        m = cells[0].merge(cells[1])
        m.paragraphs[0].text = ""
        add_runs(m.paragraphs[0], [("Total", {"bold": True})])
        cells[2].paragraphs[0].text = f"{tif:.1f}" if tif else "–"
        cells[3].paragraphs[0].text = str(tcit)
        leg = doc.add_paragraph()
        add_runs(leg, [("IF: Journal Impact Factor 2023 (Clarivate JCR). Cit.: citations in Scopus, 1 March 2025. "
                        "* corresponding author; ° student supervised by me.", {"italic": True})])
        leg.runs[0].font.size = Pt(9)

    head("Teaching")
    doc.add_paragraph("Psychology of Perception (BSc, 48 h), University of Padova, 2020 – present")
    doc.add_paragraph("Numerical Cognition (MSc, 24 h), University of Padova, 2022 – present")
    head("Skills")
    doc.add_paragraph("Methods and software: PsychoPy, MATLAB, R, Stan, eye tracking, EEG")
    doc.add_paragraph("Languages: Italian (native), English (C2), Polish (B1)")

    out = out_dir / f"{STEM}.docx"
    doc.save(str(out))
    return gold(out.name, PERSON, [e[3] for e in EDU], [p_[3] for p_ in POS], pubs,
                [{"name": n, "date": None} for _, n in AWARDS], SKILLS)
