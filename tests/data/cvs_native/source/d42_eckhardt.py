"""42: a US university **Annual Faculty Activity Report** (DOCX, the college's Word form filled in): a centred form title
("ANNUAL FACULTY ACTIVITY REPORT" / "Calendar Year 2024 …"), a **label | value "Faculty Information" table**,
numbered form sections in **Heading 1** ("Section 1. Degrees", "Section 2. Academic Appointments", …, "Section 4.
Research and Scholarship"), degrees and appointments in **gridded tables with a bold header row**, teaching and advising
tables, and the scholarship as **Heading 2 categories "4.1 … – Published in 2024", "4.2 … – Accepted / In Press",
"4.3 Manuscripts Under Review", "4.4 Published Abstracts and Conference Presentations"** each with its **own
Word-numbered list restarting at 1** (the numbers are list numbering, not text), APA 7 references, the owner **bold**,
**student authors underlined with real underline runs** and `*` after the corresponding author — conventions stated
once in a paragraph above the lists ("Student authors are underlined; * denotes corresponding author."); an **Appendix
A "Cumulative Refereed Publications Prior to 2024"** at the end, after grants, service, honors and the signature lines;
a footer "Eckhardt – Annual Faculty Activity Report 2024 – Page N of M" (PAGE/NUMPAGES). Kinesiology / exercise
physiology. Teaching, advising, grants, service and the signature block are not annotated."""
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

from make_native import pub, owner_index, edu, pos, gold
from docxutil import add_field, add_runs, cell_shading, fixed_docx_metadata, new_numbering, set_num

STEM = "42_eckhardt-kinesiology-annualreport"
ME = "Eckhardt, T. R."
PERSON = {"name": "Tobias R. Eckhardt", "emails": ["teckhardt@msu.edu"], "phones": ["(517) 555-0183"], "homepages": []}
STUDENTS = {"Lindgren, M. A.", "Okoro, C.", "Vasquez, D. L."}
NOTE_STU = "underlined = student author (legend)"
NOTE_COR = "* corresponding author (legend)"
S1 = "4.1 refereed journal articles – published in 2024"
S2 = "4.2 refereed journal articles – accepted / in press"
S3 = "4.3 manuscripts under review"
S4 = "4.4 published abstracts and conference presentations"
S5 = "appendix a. cumulative refereed publications prior to 2024"
HEAD = {S1: "4.1 Refereed Journal Articles – Published in 2024", S2: "4.2 Refereed Journal Articles – Accepted / In Press",
        S3: "4.3 Manuscripts Under Review", S4: "4.4 Published Abstracts and Conference Presentations",
        S5: "Appendix A. Cumulative Refereed Publications Prior to 2024"}
MSSE = "Medicine & Science in Sports & Exercise"
JAP = "Journal of Applied Physiology"
ACSM = "American College of Sports Medicine Annual Meeting"
# (section, authors (trailing * = corresponding), year text, title, italic part, tail after it, doi, gold dict)
PUBS = [
    (S1, [ME, "Lindgren, M. A.", "Okoro, C."], "2024",
     "Muscle oxygen saturation kinetics during repeated sprint exercise in hypoxia", MSSE, ", 56(3), 412–421.",
     "10.1249/MSS.0000000000003321", dict(venue=MSSE, note="56(3), 412–421")),
    (S1, ["Haddad, R. J.", ME + "*", "Brennan, S."], "2024",
     "Blood flow restriction training attenuates muscle atrophy during knee immobilization: A randomized trial", JAP,
     ", 136(2), 289–301.", "10.1152/japplphysiol.00512.2023", dict(venue=JAP, note="136(2), 289–301")),
    (S1, ["Okoro, C.", "Vasquez, D. L.", ME + "*"], "2024",
     "Reliability of near-infrared spectroscopy-derived muscle oxidative capacity in older adults",
     "European Journal of Applied Physiology", ", 124(5), 1457–1468.", "10.1007/s00421-023-05391-7",
     dict(venue="European Journal of Applied Physiology", note="124(5), 1457–1468")),
    (S1, [ME, "Morales-Finch, J.", "Tanaka, H.", "Lindgren, M. A.", "Brennan, S.", "Oyelaran, K.", "Fischer, P.",
          "Sato, R."], "2024",
     "Multicenter evaluation of critical power testing protocols in trained cyclists",
     "International Journal of Sports Physiology and Performance", ", 19(8), 801–812.", "10.1123/ijspp.2023-0488",
     dict(venue="International Journal of Sports Physiology and Performance", note="19(8), 801–812")),
    (S1, ["Brennan, S.", ME], "2024",
     "Heat acclimation and plasma volume expansion in female endurance athletes",
     "Scandinavian Journal of Medicine & Science in Sports", ", 34(1), e14532.", "10.1111/sms.14532",
     dict(venue="Scandinavian Journal of Medicine & Science in Sports", note="34(1), e14532")),
    (S1, ["Vasquez, D. L.", ME + "*", "Haddad, R. J."], "2024",
     "Sex differences in neuromuscular fatigability after eccentric exercise", "Experimental Physiology",
     ", 109(7), 1120–1133.", "10.1113/EP091644", dict(venue="Experimental Physiology", note="109(7), 1120–1133")),
    (S2, [ME, "Okoro, C.", "Haddad, R. J."], "in press",
     "Critical power and W′ reconstitution after intermittent high-intensity exercise", JAP, ".", None,
     dict(venue=JAP, year=None, flags=["to_appear"], note="(in press)")),
    (S2, ["Lindgren, M. A.", ME + "*"], "in press",
     "Validity of consumer wearable heart rate monitors during resistance exercise",
     "Journal of Strength and Conditioning Research", ".", None,
     dict(venue="Journal of Strength and Conditioning Research", year=None, flags=["to_appear"], note="(in press)")),
    (S3, ["Okoro, C.", "Lindgren, M. A.", ME], "2025",
     "Oxygen uptake kinetics in adolescents with obesity", None,
     " [Manuscript submitted for publication]. Department of Kinesiology, Michigan State University.", None,
     dict(venue=None, type="other", flags=["submitted"], note="[Manuscript submitted for publication]")),
    (S3, [ME, "Brennan, S."], None,
     "Ischemic preconditioning and endurance time-trial performance: A systematic review and meta-analysis", None,
     " Manuscript under review at ", None,
     dict(venue=None, type="other", flags=["under_review"], tail_italic="Sports Medicine", tail_end=".",
          note="Manuscript under review at Sports Medicine")),
    (S4, ["Okoro, C.", ME], "2024, May 28–31",
     "Muscle deoxygenation during sprint exercise in normobaric hypoxia", None,
     " [Poster presentation]. American College of Sports Medicine Annual Meeting, Boston, MA, United States.", None,
     dict(venue=ACSM, type="other", flags=["poster"], raw=ACSM,
          note="[Poster presentation]; May 28–31; Boston, MA, United States")),
    (S4, ["Lindgren, M. A.", ME], "2024, May 28–31",
     "Heart rate accuracy of wrist-worn devices during back squats", None,
     " [Poster presentation]. American College of Sports Medicine Annual Meeting, Boston, MA, United States.", None,
     dict(venue=ACSM, type="other", flags=["poster"], raw=ACSM,
          note="[Poster presentation]; May 28–31; Boston, MA, United States")),
    (S4, [ME], "2024, October 17–19", "Critical power in the real world: From laboratory to race day", None,
     " [Oral presentation]. Midwest Chapter of the American College of Sports Medicine Annual Meeting, Grand Rapids, "
     "MI, United States.", None,
     dict(venue="Midwest Chapter of the American College of Sports Medicine Annual Meeting", type="other",
          flags=["talk"], raw="Midwest Chapter of the American College of Sports Medicine Annual Meeting",
          note="[Oral presentation]; October 17–19; Grand Rapids, MI, United States")),
    (S5, [ME, "Haddad, R. J."], "2023",
     "Muscle oxygenation as a marker of training status: A narrative review", "Sports Medicine", ", 53(4), 811–829.",
     "10.1007/s40279-022-01801-4", dict(venue="Sports Medicine", note="53(4), 811–829")),
    (S5, [ME, "Vasquez, D. L.", "Tanaka, H."], "2022",
     "Time course of recovery of muscle oxidative capacity after detraining",
     "Applied Physiology, Nutrition, and Metabolism", ", 47(9), 960–971.", "10.1139/apnm-2022-0117",
     dict(venue="Applied Physiology, Nutrition, and Metabolism", note="47(9), 960–971")),
    (S5, [ME, "Brennan, S."], "2021", "Muscle oxygenation monitoring in the field", None, None, None,
     dict(venue="Applied Exercise Physiology Testing", type="chapter", raw="Applied Exercise Physiology Testing",
          chapter=True, note="In P. Fischer & R. Sato (Eds.); 2nd ed., pp. 143–162; Human Kinetics")),
    (S5, ["Morales-Finch, J.", ME], "2021",
     "Pacing strategies of elite rowers across the 2000-m race", "Journal of Sports Sciences", ", 39(14), 1601–1610.",
     "10.1080/02640414.2021.1886416", dict(venue="Journal of Sports Sciences", note="39(14), 1601–1610")),
    (S5, [ME], "2020", "Slow component of oxygen uptake and motor unit recruitment during cycling",
     "Experimental Physiology", ", 105(11), 1850–1862.", "10.1113/EP088790",
     dict(venue="Experimental Physiology", note="105(11), 1850–1862")),
    (S5, [ME, "Tanaka, H.", "Fischer, P."], "2019",
     "Critical power derived from a 3-min all-out test in older adults", MSSE, ", 51(6), 1188–1196.",
     "10.1249/MSS.0000000000001902", dict(venue=MSSE, note="51(6), 1188–1196")),
]
EDU = [("Ph.D.", "Kinesiology", "University of Illinois Urbana-Champaign", "2016",
        edu("University of Illinois Urbana-Champaign", "Ph.D.", "Kinesiology", None, "2016",
            advisor="Dr. Kwame Asante")),
       ("M.S.", "Exercise Science", "Appalachian State University", "2012",
        edu("Appalachian State University", "M.S.", "Exercise Science", None, "2012")),
       ("B.S.", "Exercise and Sport Science", "University of Wisconsin–La Crosse", "2010",
        edu("University of Wisconsin–La Crosse", "B.S.", "Exercise and Sport Science", None, "2010"))]
POS = [("2024–present", "Associate Professor (tenured)", "Department of Kinesiology, Michigan State University",
        pos("Department of Kinesiology, Michigan State University", "Associate Professor", "2024", "present", "job")),
       ("2019–2024", "Assistant Professor", "Department of Kinesiology, Michigan State University",
        pos("Department of Kinesiology, Michigan State University", "Assistant Professor", "2019", "2024", "job")),
       ("2016–2019", "Postdoctoral Research Fellow (mentor: Dr. Hiroshi Tanaka)",
        "Human Performance Laboratory, Ball State University",
        pos("Human Performance Laboratory, Ball State University", "Postdoctoral Research Fellow", "2016", "2019",
            "research", supervisor="Dr. Hiroshi Tanaka"))]
AWARDS = [("2024", "Excellence in Research Award, College of Education, Michigan State University"),
          ("2024", "Fellow of the American College of Sports Medicine (FACSM)"),
          ("2022", "Teacher-Scholar Award, Michigan State University")]


def grid(doc, header, rows, widths):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for c, h in enumerate(header):
        t.rows[0].cells[c].paragraphs[0].add_run(h).bold = True
        cell_shading(t.rows[0].cells[c], "E7E6E6")
    for r in rows:
        cells = t.add_row().cells
        for c, v in enumerate(r):
            cells[c].text = v
    for row in t.rows:
        for c, w in enumerate(widths):
            row.cells[c].width = Cm(w)
    return t


def author_runs(authors):
    """APA list: 'A, B, & C' (two: 'A, & B'), the owner bold, students underlined, '*' after the corresponding author."""
    runs = []
    n = len(authors)
    for k, a in enumerate(authors):
        core = a.rstrip("*")
        if k > 0:
            runs.append((", & " if k == n - 1 else ", ", {}))
        fmt = {}
        if core == ME:
            fmt["bold"] = True
        if core in STUDENTS:
            fmt["underline"] = True
        runs.append((core, fmt))
        if a.endswith("*"):
            runs.append(("*", {}))
    return runs


def build(out_dir):
    doc = Document()
    fixed_docx_metadata(doc, "Tobias R. Eckhardt", "Annual Faculty Activity Report 2024")
    st = doc.styles["Normal"]
    st.font.name, st.font.size = "Calibri", Pt(11)
    st.paragraph_format.space_after = Pt(4)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("Eckhardt – Annual Faculty Activity Report 2024 – Page ")
    add_field(fp, "PAGE", "1")
    fp.add_run(" of ")
    add_field(fp, "NUMPAGES", "4")

    for text, size in (("ANNUAL FACULTY ACTIVITY REPORT", 15), ("Calendar Year 2024 (January 1 – December 31, 2024)", 11),
                       ("College of Education – Department of Kinesiology – Michigan State University", 11)):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(text)
        r.bold, r.font.size = size > 11, Pt(size)

    doc.add_heading("Faculty Information", level=1)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in (("Name", "Tobias R. Eckhardt, Ph.D."), ("Rank", "Associate Professor (tenured, effective August 16, 2024)"),
                 ("Department", "Kinesiology"), ("Office", "IM Sports Circle, Room 134"),
                 ("E-mail", "teckhardt@msu.edu"), ("Phone", "(517) 555-0183"),
                 ("Effort distribution", "Teaching 40% | Research 50% | Service 10%")):
        row = t.add_row().cells
        row[0].paragraphs[0].add_run(k).bold = True
        row[1].text = v
        row[0].width, row[1].width = Cm(4.5), Cm(12)

    doc.add_heading("Section 1. Degrees", level=1)
    grid(doc, ["Degree", "Field", "Institution", "Year"], [e[:4] for e in EDU], [2.2, 4.6, 7.8, 1.8])
    doc.add_paragraph("Dissertation: “Oxygen uptake kinetics and muscle fibre recruitment in heavy-intensity exercise” "
                      "(advisor: Dr. Kwame Asante).")

    doc.add_heading("Section 2. Academic Appointments", level=1)
    grid(doc, ["Dates", "Rank / Title", "Unit and Institution"], [p_[:3] for p_ in POS], [2.6, 6.4, 7.4])

    doc.add_heading("Section 3. Teaching and Advising", level=1)
    grid(doc, ["Term", "Course", "Credits", "Enrolment", "SIRS mean"],
         [["Spring 2024", "KIN 310 Physiology of Exercise", "3", "118", "4.6"],
          ["Spring 2024", "KIN 865 Advanced Exercise Physiology", "3", "14", "4.8"],
          ["Fall 2024", "KIN 310 Physiology of Exercise", "3", "124", "4.5"]], [2.6, 7.0, 1.8, 2.4, 2.4])
    doc.add_paragraph("Graduate students advised (primary): Chinedu Okoro (Ph.D.), Maja A. Lindgren (Ph.D.), Daniela L. "
                      "Vasquez (M.S., graduated May 2024).")

    doc.add_heading("Section 4. Research and Scholarship", level=1)
    doc.add_paragraph("Student authors are underlined; * denotes corresponding author. References in APA 7 style.")
    make_num = new_numbering(doc, indent_cm=0.8)
    pubs = []
    counts = {}

    def write(section):
        doc.add_heading(HEAD[section], level=2)
        nid = make_num()
        for sec_, authors, year, title, ital, tail, doi, g in PUBS:
            if sec_ != section:
                continue
            p = doc.add_paragraph()
            set_num(p, nid)
            runs = author_runs(authors)
            runs.append((f" ({year}). " if year else " ", {}))
            if g.get("chapter"):
                runs += [(title + ". In P. Fischer & R. Sato (Eds.), ", {}), ("Applied Exercise Physiology Testing", {"italic": True}),
                         (" (2nd ed., pp. 143–162). Human Kinetics.", {})]
            elif ital:
                runs += [(title + ". ", {}), (ital, {"italic": True})]
                m = tail.split(",")
                if len(m) > 2:  # ", 56(3), 412–421." -> volume italic
                    vol = m[1].strip().split("(")[0]
                    runs += [(", ", {}), (vol, {"italic": True}), (tail[len(", " + vol):], {})]
                else:
                    runs.append((tail, {}))
            elif g.get("tail_italic"):
                runs += [(title + ".", {}), (tail, {}), (g["tail_italic"], {"italic": True}), (g["tail_end"], {})]
            else:
                runs += [(title, {}), (tail, {})]
            if doi:
                runs.append((f" https://doi.org/{doi}", {}))
            add_runs(p, runs)
            clean = [a.rstrip("*") for a in authors]
            notes = [g["note"]] if g.get("note") else []
            stu = [a for a in clean if a in STUDENTS]
            if stu:
                notes.append(NOTE_STU + ": " + ", ".join(stu))
            if any(a.endswith("*") for a in authors):
                notes.append(NOTE_COR)
            counts[section] = counts.get(section, 0) + 1
            yr = g.get("year", int(year[:4]) if year and year[:4].isdigit() else None)
            venue = g.get("venue")
            pubs.append(pub(section, counts[section], title, clean, venue, g.get("raw", ital) if venue else None, yr,
                            g.get("type", "journal"), flags=g.get("flags", ()),
                            links=[f"https://doi.org/{doi}"] if doi else [], note="; ".join(notes) or None, doi=doi,
                            self_index=owner_index(clean, {ME})))

    for s in (S1, S2, S3, S4):
        write(s)

    doc.add_heading("Section 5. Grants and Contracts", level=1)
    grid(doc, ["Role", "Sponsor / Number", "Title", "Period", "Amount"],
         [["PI", "NIH NIA R21 AG081234", "Muscle oxidative capacity and mobility in older adults", "2023–2025",
           "$412,500"],
          ["Co-I", "ACSM Foundation", "Wearables in resistance training", "2024–2025", "$10,000"]],
         [1.4, 3.6, 6.0, 2.4, 2.4])
    doc.add_heading("Section 6. Service", level=1)
    for s in ("Department Graduate Studies Committee (chair)", "Associate Editor, European Journal of Applied Physiology",
              "Abstract reviewer, ACSM Annual Meeting 2024"):
        doc.add_paragraph(s, style="List Bullet")
    doc.add_heading("Section 7. Honors and Awards", level=1)
    grid(doc, ["Year", "Honor / Award"], [list(a) for a in AWARDS], [2.0, 14.4])
    doc.add_paragraph()
    doc.add_paragraph("Faculty signature: ______________________   Date: ____________")
    doc.add_paragraph("Chairperson signature: __________________   Date: ____________")

    doc.add_page_break()
    write(S5)

    out = out_dir / f"{STEM}.docx"
    doc.save(str(out))
    return gold(out.name, PERSON, [e[4] for e in EDU], [p_[3] for p_ in POS], pubs,
                [{"name": a, "date": None} for _, a in AWARDS], [])
