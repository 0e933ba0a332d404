"""15: science-education CV (DOCX) built like Word's "modern résumé" templates: the whole page is ONE borderless two-column
table. The left column holds the section titles (upper case, coloured) and the dates or sub-headings; the right column holds
the content. The header is a merged first row. Publications are APA 7 references in **Word auto-numbered paragraphs inside
the table cells** (numbering restarts in each cell), the owner in bold, `*` equal contribution and `†` advised graduate
student explained in a **real Word footnote** attached to the PUBLICATIONS title (word/footnotes.xml), DOI URLs as Word
hyperlinks, an `(in press)` chapter, PERC and ICLS proceedings, a submitted and an under-review manuscript. Teaching, grants,
presentations and service rows are not annotated."""
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt, RGBColor

from make_native import pub, owner_index, edu, pos, gold
from docxutil import (add_runs, add_field, fixed_docx_metadata, new_numbering, set_num, add_hyperlink, add_footnote,
                      table_no_borders, para_border_bottom)

STEM = "15_whitfield-education-wordtable"
OWNER = {"Whitfield, A. N."}
PERSON = {"name": "Adaeze N. Whitfield", "emails": ["anwhitfield@wisc.edu"], "phones": ["(608) 262-4417"],
          "homepages": ["https://whitfieldlab.education.wisc.edu"]}
# gold, left cell (dates), right cell lines
POS = [
    (pos("Department of Curriculum and Instruction, University of Wisconsin–Madison", "Associate Professor of Science Education",
         "2021-08", "present", "job", location="Madison, WI"),
     "Aug 2021 – Present", ["Associate Professor of Science Education",
                            "Department of Curriculum and Instruction, University of Wisconsin–Madison, Madison, WI"]),
    (pos("School of Education, University of Colorado Boulder", "Assistant Professor", "2016-08", "2021-07", "job", location="Boulder, CO"),
     "Aug 2016 – Jul 2021", ["Assistant Professor", "School of Education, University of Colorado Boulder, Boulder, CO"]),
    (pos("Department of Physics and Astronomy, Michigan State University", "Postdoctoral Research Associate", "2014-09", "2016-07",
         "research", location="East Lansing, MI", supervisor="Dr. Paul Kimani"),
     "Sep 2014 – Jul 2016", ["Postdoctoral Research Associate, Physics Education Research Lab",
                             "Department of Physics and Astronomy, Michigan State University, East Lansing, MI", "Mentor: Dr. Paul Kimani"]),
    (pos("Brookline High School", "Physics Teacher", "2008-09", "2010-06", "job", location="Brookline, MA"),
     "Sep 2008 – Jun 2010", ["Physics Teacher (Grades 9–12)", "Brookline High School, Brookline, MA"]),
]
POS[2][0]["title"] = "Postdoctoral Research Associate"
EDU = [
    (edu("Stanford University", "Ph.D.", "Science Education", "2010", "2014", advisor="Prof. Miriam Feldstein", location="Stanford, CA"),
     "2010 – 2014", ["Ph.D., Science Education", "Stanford University, Stanford, CA",
                     "Dissertation: Learning to notice student thinking in secondary physics. Advisor: Prof. Miriam Feldstein"]),
    (edu("Boston University", "M.Ed.", "Teaching and Curriculum (Physics)", "2007", "2008", location="Boston, MA"),
     "2007 – 2008", ["M.Ed., Teaching and Curriculum (Physics)", "Boston University, Boston, MA"]),
    (edu("University of Nairobi", "B.Sc.", "Physics", "2003", "2007", location="Nairobi, Kenya"),
     "2003 – 2007", ["B.Sc., Physics (First Class Honours)", "University of Nairobi, Nairobi, Kenya"]),
]
AWARDS = [("2022", "NSF CAREER Award"), ("2020", "Early Career Research Award, NARST"),
          ("2015", "Outstanding Dissertation Award, NARST"), ("2013", "Spencer Foundation Dissertation Fellowship")]
SKILLS = [("Software", ["R", "Stata", "NVivo", "ATLAS.ti", "Transana"]),
          ("Languages", ["English (native)", "Kiswahili (fluent)", "Spanish (intermediate)"])]

J, CH, PR, UR = "peer-reviewed journal articles", "book chapters", "conference proceedings", "manuscripts under review"
# section, authors, {index: mark}, year text, title, rest-after-title (runs), gold dict
# rest parts: list of (text, fmt); a ("URL", url) part makes a hyperlink
ENTRIES = [
    (J, ["Whitfield, A. N.", "Ramos, D.", "Kimani, P."], {1: "†"}, "2025",
     "Noticing student thinking in video clubs: A longitudinal study of novice physics teachers",
     [("Journal of Research in Science Teaching, 62", "i"), ("(2), 401–432. ", ""), ("https://doi.org/10.1002/tea.21987", "url")],
     dict(venue="Journal of Research in Science Teaching", vraw="Journal of Research in Science Teaching", year=2025)),
    (J, ["Ortega, L.", "Whitfield, A. N.", "Brooks, T."], {0: "*", 1: "*"}, "2024",
     "Epistemic agency in high school physics labs: Framing, positioning, and participation",
     [("Science Education, 108", "i"), ("(4), 1120–1151. ", ""), ("https://doi.org/10.1002/sce.21862", "url")],
     dict(venue="Science Education", vraw="Science Education", year=2024, eq=[0, 1])),
    (J, ["Whitfield, A. N."], {}, "2024",
     "“It’s not my place to say”: Teacher authority in argument-driven inquiry",
     [("Cognition and Instruction, 42", "i"), ("(1), 33–67. ", ""), ("https://doi.org/10.1080/07370008.2023.2261450", "url")],
     dict(venue="Cognition and Instruction", vraw="Cognition and Instruction", year=2024)),
    (J, ["Ramos, D.", "Whitfield, A. N."], {0: "†"}, "2023",
     "Translanguaging in bilingual physics classrooms: Resources for sensemaking",
     [("Physical Review Physics Education Research, 19", "i"), ("(2), Article 020131. ", ""),
      ("https://doi.org/10.1103/PhysRevPhysEducRes.19.020131", "url")],
     dict(venue="Physical Review Physics Education Research", vraw="Physical Review Physics Education Research", year=2023)),
    (J, ["Whitfield, A. N.", "Chen, L.", "Brooks, T.", "Ortega, L.", "Adeyemi, K.", "Kimani, P."], {4: "†"}, "2023",
     "Measuring responsive teaching: Development and validation of the RTOP-P observation protocol",
     [("Journal of Science Teacher Education, 34", "i"), ("(6), 612–635. ", ""), ("https://doi.org/10.1080/1046560X.2023.2170215", "url")],
     dict(venue="Journal of Science Teacher Education", vraw="Journal of Science Teacher Education", year=2023)),
    (J, ["Brooks, T.", "Whitfield, A. N."], {}, "2022", "Modeling instruction and the gendered participation gap",
     [("Physical Review Physics Education Research, 18", "i"), ("(1), Article 010115. ", ""),
      ("https://doi.org/10.1103/PhysRevPhysEducRes.18.010115", "url")],
     dict(venue="Physical Review Physics Education Research", vraw="Physical Review Physics Education Research", year=2022)),
    (J, ["Whitfield, A. N.", "Kimani, P."], {}, "2021", "Teacher noticing of energy reasoning in ninth-grade physics",
     [("International Journal of Science Education, 43", "i"), ("(9), 1398–1421. ", ""),
      ("https://doi.org/10.1080/09500693.2021.1917790", "url")],
     dict(venue="International Journal of Science Education", vraw="International Journal of Science Education", year=2021)),
    (J, ["Chen, L.", "Whitfield, A. N.", "Feldstein, M."], {0: "*", 1: "*"}, "2019",
     "Tools for eliciting student ideas in elementary science",
     [("The Elementary School Journal, 120", "i"), ("(1), 88–112. ", ""), ("https://doi.org/10.1086/704552", "url")],
     dict(venue="The Elementary School Journal", vraw="The Elementary School Journal", year=2019, eq=[0, 1])),
    (J, ["Whitfield, A. N.", "Feldstein, M."], {}, "2017", "Responsive teaching in secondary physics: A case study of two novices",
     [("Journal of Research in Science Teaching, 54", "i"), ("(8), 1001–1029. ", ""), ("https://doi.org/10.1002/tea.21392", "url")],
     dict(venue="Journal of Research in Science Teaching", vraw="Journal of Research in Science Teaching", year=2017)),
    (J, ["Whitfield, A. N."], {}, "2015", "Framing and frame shifts in physics tutorials",
     [("American Journal of Physics, 83", "i"), ("(11), 945–953. ", ""), ("https://doi.org/10.1119/1.4931720", "url")],
     dict(venue="American Journal of Physics", vraw="American Journal of Physics", year=2015)),
    (CH, ["Whitfield, A. N.", "Ortega, L."], {}, "in press", "Video clubs as contexts for teacher learning",
     [("In R. Gutiérrez & S. Mensah (Eds.), ", ""), ("Handbook of research on science teacher education", "i"),
      (" (2nd ed.). Routledge.", "")],
     dict(venue="Handbook of research on science teacher education", vraw="Handbook of research on science teacher education",
          year=None, type="chapter", flags=["to_appear"], note="(in press); In R. Gutiérrez & S. Mensah (Eds.), (2nd ed.). Routledge.")),
    (CH, ["Whitfield, A. N."], {}, "2020", "Responsive teaching in physics",
     [("In K. Laursen & J. Ibarra (Eds.), ", ""), ("Responsive teaching in science and mathematics", "i"),
      (" (pp. 145–168). Routledge.", "")],
     dict(venue="Responsive teaching in science and mathematics", vraw="Responsive teaching in science and mathematics", year=2020,
          type="chapter", note="In K. Laursen & J. Ibarra (Eds.), (pp. 145–168). Routledge.")),
    (PR, ["Adeyemi, K.", "Whitfield, A. N."], {0: "†"}, "2024", "Students’ epistemic emotions during open-ended labs",
     [("In J. Mendez, S. Hyater-Adams, & B. Wilcox (Eds.), ", ""), ("2024 Physics Education Research Conference Proceedings", "i"),
      (" (pp. 15–20). American Association of Physics Teachers. ", ""), ("https://doi.org/10.1119/perc.2024.pr.Adeyemi", "url")],
     dict(venue="Physics Education Research Conference", vraw="2024 Physics Education Research Conference Proceedings", year=2024, type="conference")),
    (PR, ["Whitfield, A. N.", "Ramos, D.", "Ortega, L."], {1: "†"}, "2022", "Designing for translanguaging in science classrooms",
     [("In ", ""), ("Proceedings of the 16th International Conference of the Learning Sciences—ICLS 2022", "i"),
      (" (pp. 1021–1024). International Society of the Learning Sciences.", "")],
     dict(venue="ICLS", vraw="Proceedings of the 16th International Conference of the Learning Sciences—ICLS 2022", year=2022,
          type="conference")),
    (PR, ["Whitfield, A. N.", "Brooks, T."], {}, "2019", "Participation patterns in modeling discourse",
     [("In ", ""), ("2019 Physics Education Research Conference Proceedings", "i"),
      (" (pp. 640–645). American Association of Physics Teachers. ", ""), ("https://doi.org/10.1119/perc.2019.pr.Whitfield", "url")],
     dict(venue="Physics Education Research Conference", vraw="2019 Physics Education Research Conference Proceedings", year=2019, type="conference")),
    (UR, ["Whitfield, A. N.", "Ortega, L.", "Adeyemi, K."], {2: "†"}, "2025",
     "Coaching cycles and the development of responsive physics teaching", [("[Manuscript submitted for publication].", "")],
     dict(venue=None, vraw=None, year=2025, type="other", flags=["submitted"], note="[Manuscript submitted for publication]")),
    (UR, ["Ramos, D.", "Whitfield, A. N.", "Chen, L."], {0: "†"}, "2025",
     "Language brokering as sensemaking in multilingual lab groups", [("Manuscript under review at ", ""),
                                                                    ("Journal of the Learning Sciences", "i"), (".", "")],
     dict(venue=None, vraw=None, year=2025, type="other", flags=["under_review"],
          note="Manuscript under review at Journal of the Learning Sciences")),
]
TEACHING = [("2021 – Present", "CURRIC 371 Teaching Science in the Secondary School; CURRIC 975 Research on Science Learning (UW–Madison)"),
            ("2016 – 2021", "EDUC 4050 Knowing and Learning in Science; EDUC 6318 Video Analysis of Classroom Interaction (CU Boulder)")]
GRANTS = [("2022 – 2027", "NSF CAREER DRL-2236614: Responsive Physics Teaching in Multilingual Classrooms (PI), $1,198,000"),
          ("2019 – 2023", "Spencer Foundation Large Grant: Video Clubs for Novice Teachers (Co-PI), $498,000")]
TALKS = [("2024", "Invited keynote, Physics Education Research Conference, Boston, MA"),
         ("2023", "Paper presented at the NARST Annual International Conference, Chicago, IL"),
         ("2022", "Invited colloquium, Department of Physics, University of Maryland, College Park, MD")]
SERVICE = [("2023 – Present", "Associate Editor, Physical Review Physics Education Research"),
           ("2020 – 2023", "Strand Coordinator, NARST Annual International Conference"),
           ("2017 – Present", "Reviewer: Science Education, JRST, Cognition and Instruction, Journal of the Learning Sciences")]

ACCENT = RGBColor(0x2E, 0x5E, 0x8C)


def build(out_dir):
    doc = Document()
    fixed_docx_metadata(doc, "Adaeze N. Whitfield", "Curriculum Vitae")
    st = doc.styles["Normal"]
    st.font.name, st.font.size = "Calibri", Pt(10)
    st.paragraph_format.space_after = Pt(1)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(1.6)
    sec.top_margin = sec.bottom_margin = Cm(1.5)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    add_runs(fp, [("Whitfield – Curriculum Vitae – ", {})])
    add_field(fp, "PAGE")
    for r in fp.runs:
        r.font.size = Pt(8)
    make_num = new_numbering(doc, indent_cm=0.6)

    table = doc.add_table(rows=0, cols=2)
    table_no_borders(table)
    table.autofit = False
    LW, RW = Cm(3.9), Cm(13.9)

    def row():
        cells = table.add_row().cells
        cells[0].width, cells[1].width = LW, RW
        return cells

    # header: one merged row
    c = row()
    m = c[0].merge(c[1])
    p = m.paragraphs[0]
    r = p.add_run("ADAEZE N. WHITFIELD")
    r.bold, r.font.size, r.font.color.rgb = True, Pt(22), ACCENT
    m.add_paragraph("Associate Professor of Science Education · University of Wisconsin–Madison")
    m.add_paragraph("225 N. Mills Street, Madison, WI 53706  ·  (608) 262-4417  ·  anwhitfield@wisc.edu  ·  "
                    "https://whitfieldlab.education.wisc.edu")
    para_border_bottom(m.paragraphs[-1], color="2E5E8C", sz="12")

    def title_row(text, legend=None):
        c = row()
        p = c[0].paragraphs[0]
        r = p.add_run(text)
        r.bold, r.font.size, r.font.color.rgb = True, Pt(10.5), ACCENT
        p.paragraph_format.space_before = Pt(10)
        c[1].paragraphs[0].paragraph_format.space_before = Pt(10)
        return c, p

    def entry_row(left, lines, bold_first=True):
        c = row()
        c[0].paragraphs[0].add_run(left).font.color.rgb = RGBColor(0x55, 0x55, 0x55)
        c[1].paragraphs[0].add_run(lines[0]).bold = bold_first
        for extra in lines[1:]:
            c[1].add_paragraph(extra)
        return c

    title_row("PROFILE")
    table.rows[-1].cells[1].paragraphs[0].add_run(
        "Science education researcher studying how novice physics teachers learn to notice and build on student thinking, "
        "with a focus on multilingual classrooms and video-based professional development.")
    title_row("EXPERIENCE")
    for _, d, lines in POS:
        entry_row(d, lines)
    title_row("EDUCATION")
    for _, d, lines in EDU:
        entry_row(d, lines)
    title_row("AWARDS")
    for y, a in AWARDS:
        entry_row(y, [a], bold_first=False)
    title_row("GRANTS")
    for y, g in GRANTS:
        entry_row(y, [g], bold_first=False)

    c, p = title_row("PUBLICATIONS")
    add_footnote(doc, p, "* Equal contribution. † Graduate student advised by A. N. Whitfield. Names in bold: the author of this CV.")
    c[1].paragraphs[0].add_run("Google Scholar: 2,310 citations. APA 7th edition.").italic = True
    pubs, last, cell, counters = [], None, None, {}
    for section, auth, marks, ytxt, title, rest, g in ENTRIES:
        if section != last:
            cc = row()
            lp = cc[0].paragraphs[0]
            lp.add_run(section[0].upper() + section[1:]).italic = True
            cell, first = cc[1], True
            num = make_num()
            last = section
        counters[section] = counters.get(section, 0) + 1
        q = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        set_num(q, num)
        q.paragraph_format.space_after = Pt(3)
        parts = []
        for i, a in enumerate(auth):
            if i:
                parts.append((", & " if i == len(auth) - 1 else ", ", {}))
            parts.append((a, {"bold": a in OWNER}))
            if i in marks:
                parts.append((marks[i], {}))
        parts.append((f" ({ytxt}). ", {}))
        if section == UR and rest[0][0].startswith("[Manuscript"):
            parts.append((title, {"italic": True}))
            parts.append((" ", {}))
        elif section in (CH, PR):
            parts.append((title + ". ", {}))
        else:
            parts.append((title + ". ", {}))
        links = []
        for text, kind in rest:
            if kind == "url":
                add_runs(q, parts)
                parts = []
                add_hyperlink(q, text, text, color="0563C1")
                links.append(text)
            else:
                parts.append((text, {"italic": kind == "i"}))
        add_runs(q, parts)
        notes = []
        if any(m == "†" for m in marks.values()):
            notes.append("† graduate student advised by the owner")
        if g.get("note"):
            notes.append(g["note"])
        doi = links[0].split("doi.org/")[1] if links and "doi.org/" in links[0] else None
        pubs.append(pub(section, counters[section], title, auth, g["venue"], g["vraw"], g["year"],
                        g.get("type", "journal"), flags=g.get("flags", ()), links=links, note="; ".join(notes) or None, doi=doi,
                        self_index=owner_index(auth, OWNER), eq=g.get("eq", ())))
    title_row("TEACHING")
    for y, t in TEACHING:
        entry_row(y, [t], bold_first=False)
    title_row("PRESENTATIONS")
    for y, t in TALKS:
        entry_row(y, [t], bold_first=False)
    title_row("SERVICE")
    for y, t in SERVICE:
        entry_row(y, [t], bold_first=False)
    title_row("SKILLS")
    for label, vals in SKILLS:
        entry_row(label, [", ".join(vals)], bold_first=False)
    doc.save(out_dir / f"{STEM}.docx")
    return gold(STEM + ".docx", PERSON, [e for e, *_ in EDU], [p for p, *_ in POS], pubs,
                [{"name": a, "date": None} for _, a in AWARDS], [s for _, v in SKILLS for s in v])
