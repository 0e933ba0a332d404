"""39: an Indian university faculty CV (DOCX) whose **publications are rows of gridded Word tables with one field per
column** — S.No. | Authors | Title | Journal | Vol. (Issue), Pages | Year | IF — under typed lettered sub-headings
("A. Research Articles", "B. Review Articles", "C. Book Chapters" with Book / Publisher / Pages columns, "D. Patents"
with Application No. / Status columns), shaded bold header rows; Personal Details, Academic Qualifications (with
percentage) and Professional Experience (DD/MM/YYYY From / To, "Till date", Duration) as tables too; Word-numbered
awards; a closing Declaration with Place / Date and the name. **Saved with Track Changes on and unresolved review
marks from a co-author**: a Vol. cell with "In press" deleted and "298, 117312" inserted, an author inserted into an
author cell, a word deleted from a title, a **whole row inserted** (a new 2025 article, `w:trPr/w:ins`) and a **whole
row deleted** (a "Communicated" manuscript, `w:trPr/w:del`, its text as `w:delText`); plus two **Word comments**
(`word/comments.xml`) anchored on a title and on an IF cell. The gold is the document with all changes accepted and
comments ignored. Pharmaceutical / medicinal chemistry."""
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

from make_native import pub, owner_index, edu, pos, gold
from docxutil import (add_runs, cell_shading, fixed_docx_metadata, new_numbering, set_num, add_tracked_insert,
                      add_tracked_delete, mark_row, track_revisions_on)

STEM = "39_kulkarni-pharmchem-tracked"
ME = "H. Kulkarni"
PERSON = {"name": "Harshavardhan Kulkarni", "emails": ["harsh.kulkarni@bvp.edu.in"], "phones": ["+91 98220 41763"],
          "homepages": []}
REV = ("Aparna Joshi", "2025-02-18T10:14:00Z")
RA, RV, BC, PT = "a. research articles", "b. review articles", "c. book chapters", "d. patents"
HEADS = {RA: "A. Research Articles", RV: "B. Review Articles", BC: "C. Book Chapters", PT: "D. Patents"}
CORR = "* corresponding author (legend)"
# research/review rows: (authors, title, journal as printed, vol/pages, year, IF, gold venue, tracked-change spec)
ARTICLES = [
    (["H. Kulkarni", "P. Sawant", "A. Joshi", "R. Deshmukh"],
     "Design, synthesis and antitubercular evaluation of quinoline–triazole hybrids targeting DprE1",
     "European Journal of Medicinal Chemistry", "298, 117312", 2025, "6.0", "European Journal of Medicinal Chemistry",
     {"vol": ("In press", "298, 117312")}),
    (["P. Sawant", "H. Kulkarni*"], "Microwave-assisted synthesis of 2-aminothiazole Schiff bases as urease inhibitors",
     "Bioorganic Chemistry", "143, 107021", 2024, "4.5", "Bioorganic Chemistry", {"comment_if": True}),
    (["H. Kulkarni*", "N. Pawar", "S. Iyer"],
     "Molecular docking and dynamics of coumarin–chalcone hybrids against EGFR T790M",
     "J. Mol. Struct.", "1295, 136612", 2024, "4.0", "Journal of Molecular Structure", {}),
    (["A. Joshi", "H. Kulkarni", "M. Gaikwad"], "Green synthesis of pyrazolo[3,4-b]pyridines in deep eutectic solvents",
     "ACS Omega", "8(14), 12877–12889", 2023, "4.1", "ACS Omega", {}),
    (["H. Kulkarni*", "R. Deshmukh", "V. Rao", "S. Menon"],
     "Benzimidazole–oxadiazole conjugates as dual COX-2/5-LOX inhibitors",
     "Bioorg. Med. Chem. Lett.", "80, 129104", 2023, "2.7", "Bioorganic & Medicinal Chemistry Letters",
     {"ins_author": ", S. Menon"}),
    (["N. Pawar", "H. Kulkarni"], "QSAR modelling of thiazolidinedione PPARγ agonists",
     "SAR and QSAR in Environmental Research", "33(9), 701–720", 2022, "3.0", "SAR and QSAR in Environmental Research",
     {}),
    (["H. Kulkarni*", "P. Sawant"],
     "Synthesis and anticonvulsant activity of semicarbazones bearing a 4-fluorophenyl moiety",
     "Medicinal Chemistry Research", "31(4), 612–625", 2022, "2.6", "Medicinal Chemistry Research",
     {"comment_title": True}),
    (["S. Iyer", "H. Kulkarni", "A. Joshi"], "Isatin–hydrazone hybrids as carbonic anhydrase IX inhibitors",
     "RSC Advances", "11(52), 32915–32927", 2021, "3.9", "RSC Advances", {"del_title": "Novel "}),
    (["H. Kulkarni*", "M. Gaikwad"], "Solvent-free synthesis of 1,2,4-triazole-3-thiones and their antifungal activity",
     "Journal of Heterocyclic Chemistry", "57(6), 2411–2422", 2020, "2.4", "Journal of Heterocyclic Chemistry", {}),
    (["H. Kulkarni", "S. R. Bhide"],
     "Pharmacophore-guided discovery of pyrimidine inhibitors of Mycobacterium tuberculosis InhA",
     "J. Med. Chem.", "56(21), 8541–8556", 2013, "7.3", "Journal of Medicinal Chemistry", {}),
    (["H. Kulkarni", "S. R. Bhide"], "Synthesis of 2,4-disubstituted pyrimidines as antimycobacterial agents",
     "Indian Journal of Chemistry Section B", "50B(7), 987–995", 2011, "0.5", "Indian Journal of Chemistry Section B", {}),
    (["H. Kulkarni", "V. Rao", "S. R. Bhide"], "Stability-indicating RP-HPLC method for a pyrimidine antitubercular lead",
     "Indian Journal of Pharmaceutical Sciences", "73(4), 401–407", 2011, "0.7",
     "Indian Journal of Pharmaceutical Sciences", {}),
    (["R. Deshmukh", "H. Kulkarni*"], "Fragment-based design of covalent DprE1 inhibitors",
     "Molecules", "30(2), 388", 2025, "4.2", "Molecules", {"row": "ins"}),
]
DELETED_ROW = ["14", "H. Kulkarni*, P. Sawant", "Thiosemicarbazone copper complexes as antitubercular agents",
               "Communicated to Journal of Inorganic Biochemistry", "—", "—", "—"]
REVIEWS = [
    (["H. Kulkarni*", "A. Joshi"], "DprE1 inhibitors in tuberculosis drug discovery: a decade in review",
     "Eur. J. Med. Chem.", "265, 116103", 2024, "6.0", "European Journal of Medicinal Chemistry", {}),
    (["S. Iyer", "H. Kulkarni"], "Coumarin scaffolds in anticancer drug design", "Mini-Reviews in Medicinal Chemistry",
     "21(15), 2034–2052", 2021, "3.3", "Mini-Reviews in Medicinal Chemistry", {}),
]
CHAPTERS = [
    (["H. Kulkarni", "P. Sawant"], "Computer-aided drug design in antitubercular research",
     "Drug Discovery Targeting Drug-Resistant Bacteria", "Academic Press (Elsevier), London", "245–272", 2020),
    (["H. Kulkarni"], "Heterocycles in medicinal chemistry", "Advances in Heterocyclic Chemistry for Pharmacy",
     "Nirali Prakashan, Pune", "88–121", 2018),
]
PATENTS = [
    (["H. Kulkarni", "P. Sawant", "A. Joshi"],
     "Quinoline–triazole compounds as antitubercular agents and process for preparation thereof", "202321045567",
     "Published", 2023),
    (["H. Kulkarni", "R. Deshmukh"], "A process for solvent-free synthesis of 1,2,4-triazole-3-thiones",
     "201921011234", "Granted (Patent No. 412345)", 2022),
]
QUAL = [("1", "Ph.D.", "Pharmaceutical Chemistry", "Institute of Chemical Technology, Mumbai", "2012", "—",
         edu("Institute of Chemical Technology", "Ph.D.", "Pharmaceutical Chemistry", None, "2012",
             advisor="Prof. Sunanda R. Bhide", location="Mumbai")),
        ("2", "M.Pharm.", "Pharmaceutical Chemistry", "Poona College of Pharmacy, Bharati Vidyapeeth, Pune", "2007",
         "78.4%", edu("Poona College of Pharmacy, Bharati Vidyapeeth", "M.Pharm.", "Pharmaceutical Chemistry", None,
                      "2007", gpa="78.4%", location="Pune")),
        ("3", "B.Pharm.", "Pharmacy", "University of Pune", "2005", "74.2%",
         edu("University of Pune", "B.Pharm.", "Pharmacy", None, "2005", gpa="74.2%"))]
BVP = "Poona College of Pharmacy, Bharati Vidyapeeth (Deemed to be University)"
EXP = [("1", "Associate Professor", BVP + ", Pune", "01/07/2019", "Till date", "5 years 8 months",
        pos(BVP, "Associate Professor", "2019-07", "present", "job", location="Pune")),
       ("2", "Assistant Professor", BVP + ", Pune", "15/06/2013", "30/06/2019", "6 years",
        pos(BVP, "Assistant Professor", "2013-06", "2019-06", "job", location="Pune")),
       ("3", "Research Associate", "Lupin Research Park, Lupin Ltd., Pune", "01/02/2012", "31/05/2013",
        "1 year 4 months", pos("Lupin Research Park, Lupin Ltd.", "Research Associate", "2012-02", "2013-05", "job",
                               location="Pune"))]
AWARDS = ["Young Scientist Award, Indian Pharmaceutical Association (IPA), 2022",
          "Best Teacher Award, Bharati Vidyapeeth (Deemed to be University), 2020",
          "AICTE Quality Improvement Programme (QIP) Fellowship for Ph.D., 2008–2011",
          "Best Oral Presentation, 70th Indian Pharmaceutical Congress, Amity University, Noida, 2018"]
GOLD_AWARDS = ["Young Scientist Award, Indian Pharmaceutical Association (IPA)",
               "Best Teacher Award, Bharati Vidyapeeth (Deemed to be University)",
               "AICTE Quality Improvement Programme (QIP) Fellowship for Ph.D.",
               "Best Oral Presentation, 70th Indian Pharmaceutical Congress, Amity University, Noida"]
SKILLS = ["ChemDraw", "Schrödinger Maestro", "AutoDock Vina", "GROMACS", "NMR", "LC-MS", "HPLC method development",
          "English", "Hindi", "Marathi"]


def grid(doc, header, widths):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for c, (h, w) in enumerate(zip(header, widths)):
        cell = t.rows[0].cells[c]
        cell.width = Cm(w)
        cell.paragraphs[0].add_run(h).bold = True
        cell_shading(cell, "D9E2F3")
    return t


def add_row(t, values, widths):
    row = t.add_row()
    for c, (v, w) in enumerate(zip(values, widths)):
        row.cells[c].width = Cm(w)
        if isinstance(v, list):  # runs
            add_runs(row.cells[c].paragraphs[0], v)
        elif v is not None:
            row.cells[c].paragraphs[0].add_run(v)
    return row


def author_runs(authors):
    runs = []
    for k, a in enumerate(authors):
        core, star = (a[:-1], "*") if a.endswith("*") else (a, "")
        runs.append((core, {"bold": True} if core == ME else {}))
        if star:
            runs.append(("*", {}))
        if k < len(authors) - 1:
            runs.append((", ", {}))
    return runs


def build(out_dir):
    doc = Document()
    fixed_docx_metadata(doc, "Harshavardhan Kulkarni", "Curriculum Vitae")
    track_revisions_on(doc)
    st = doc.styles["Normal"]
    st.font.name, st.font.size = "Times New Roman", Pt(11)
    st.paragraph_format.space_after = Pt(2)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.0)
    author, date = REV

    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("CURRICULUM VITAE")
    r.bold, r.font.size, r.underline = True, Pt(16), True

    def head(text):
        hp = doc.add_paragraph()
        hp.paragraph_format.space_before = Pt(10)
        hr = hp.add_run(text)
        hr.bold, hr.font.size = True, Pt(12)
        return hp

    head("Personal Details")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in (("Name", "Dr. Harshavardhan Kulkarni"), ("Designation", "Associate Professor"),
                 ("Department", "Department of Pharmaceutical Chemistry"),
                 ("Address", "Poona College of Pharmacy, Bharati Vidyapeeth (Deemed to be University), Erandwane, "
                             "Pune – 411038, Maharashtra, India"),
                 ("E-mail", "harsh.kulkarni@bvp.edu.in"), ("Mobile", "+91 98220 41763"),
                 ("Date of Birth", "12 August 1982"), ("ORCID", "0000-0003-2291-5570"),
                 ("Scopus Author ID", "57190012345")):
        row = t.add_row()
        row.cells[0].width, row.cells[1].width = Cm(4.5), Cm(12.5)
        row.cells[0].paragraphs[0].add_run(k).bold = True
        row.cells[1].paragraphs[0].add_run(v)

    head("Academic Qualifications")
    W = [1.2, 2.2, 3.6, 5.6, 2.2, 2.2]
    t = grid(doc, ["S.No.", "Degree", "Specialization", "University / Institute", "Year of Passing",
                   "Percentage / CGPA"], W)
    for q in QUAL:
        add_row(t, list(q[:6]), W)
    doc.add_paragraph("Ph.D. thesis: “Design and synthesis of pyrimidine-based inhibitors of Mycobacterium tuberculosis "
                      "InhA” (Research Guide: Prof. Sunanda R. Bhide)")

    head("Professional Experience")
    W = [1.2, 3.2, 6.0, 2.3, 2.3, 2.0]
    t = grid(doc, ["S.No.", "Designation", "Institution", "From", "To", "Duration"], W)
    for e in EXP:
        add_row(t, list(e[:6]), W)
    doc.add_paragraph("Total teaching experience: 11 years 8 months; industrial research experience: 1 year 4 months.")

    head("Awards and Honours")
    make_num = new_numbering(doc, indent_cm=0.7)
    nid = make_num()
    for a in AWARDS:
        ap = doc.add_paragraph(a)
        set_num(ap, nid)

    head("Research Publications")
    doc.add_paragraph("Total publications: 19 | h-index: 14 (Scopus) | Cumulative impact factor: 61.3 | "
                      "* Corresponding author")
    pubs = []
    comment_targets = []

    def article_table(section, rows):
        doc.add_paragraph().add_run(HEADS[section]).bold = True
        W = [1.1, 3.6, 5.0, 3.2, 2.3, 1.2, 1.0]
        t = grid(doc, ["S.No.", "Authors", "Title", "Journal", "Vol. (Issue), Pages", "Year", "IF"], W)
        for i, (authors, title, journal, vp, year, impact, venue, spec) in enumerate(rows, 1):
            shown = authors[:-1] if "ins_author" in spec else authors
            row = add_row(t, [str(i), author_runs(shown), None if "del_title" in spec else title, journal,
                              None if "vol" in spec else vp, str(year), impact], W)
            if "ins_author" in spec:
                add_tracked_insert(row.cells[1].paragraphs[0], spec["ins_author"], author, date)
            if "del_title" in spec:
                tp = row.cells[2].paragraphs[0]
                add_tracked_delete(tp, spec["del_title"], author, date)
                tp.add_run(title)
            if "vol" in spec:
                vpar = row.cells[4].paragraphs[0]
                add_tracked_delete(vpar, spec["vol"][0], author, date)
                add_tracked_insert(vpar, spec["vol"][1], author, date)
            if spec.get("row") == "ins":
                mark_row(row, "ins", author, date)
                for c in row.cells:  # every run of an inserted row is an insertion
                    for para in c.paragraphs:
                        for run in list(para._p.findall("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}r")):
                            ins = add_tracked_insert(para, "", author, date)
                            ins.remove(ins[0])
                            run.addprevious(ins)
                            ins.append(run)
            if spec.get("comment_if"):
                comment_targets.append((row.cells[6].paragraphs[0].runs, "IF as per JCR 2024? The 2023 value was 4.5 – "
                                        "please check before submitting."))
            if spec.get("comment_title"):
                comment_targets.append((row.cells[2].paragraphs[0].runs, "Title changed at proof stage; update in the "
                                        "IQAC sheet as well."))
            clean = [a.rstrip("*") for a in authors]
            notes = [vp, f"IF {impact}"]
            if any(a.endswith("*") for a in authors):
                notes.append(CORR)
            pubs.append(pub(section, i, title, clean, venue, journal, year, "journal", note="; ".join(notes),
                            self_index=owner_index(clean, {ME})))
        return t

    t = article_table(RA, ARTICLES)
    row = add_row(t, [None] * 7, [1.1, 3.6, 5.0, 3.2, 2.3, 1.2, 1.0])
    mark_row(row, "del", author, date)
    for c, v in zip(row.cells, DELETED_ROW):
        add_tracked_delete(c.paragraphs[0], v, author, date)
    article_table(RV, REVIEWS)

    doc.add_paragraph().add_run(HEADS[BC]).bold = True
    W = [1.1, 3.2, 4.6, 4.2, 2.8, 1.6, 1.2]
    t = grid(doc, ["S.No.", "Authors", "Chapter Title", "Book Title", "Publisher", "Pages", "Year"], W)
    for i, (authors, title, book, publ, pages, year) in enumerate(CHAPTERS, 1):
        add_row(t, [str(i), author_runs(authors), title, book, publ, pages, str(year)], W)
        pubs.append(pub(BC, i, title, authors, book, book, year, "chapter", note=f"{publ}; pp. {pages}",
                        self_index=owner_index(authors, {ME})))

    doc.add_paragraph().add_run(HEADS[PT]).bold = True
    W = [1.1, 3.6, 6.2, 2.8, 3.0, 1.2]
    t = grid(doc, ["S.No.", "Inventors", "Title", "Application No.", "Status", "Year"], W)
    for i, (authors, title, appno, status, year) in enumerate(PATENTS, 1):
        add_row(t, [str(i), author_runs(authors), title, appno, status, str(year)], W)
        pubs.append(pub(PT, i, title, authors, None, None, year, "other",
                        note=f"Indian patent application No. {appno}; {status}", self_index=owner_index(authors, {ME})))

    head("Paper Presentations in Conferences")
    for line in ("Oral presentation, “Quinoline–triazole hybrids against DprE1”, 70th Indian Pharmaceutical Congress, "
                 "Noida, December 2018.",
                 "Poster, “Green synthesis of pyrazolopyridines”, APTICON 2022, Bhubaneswar, November 2022."):
        doc.add_paragraph(line, style="List Bullet")
    head("Research Grants")
    doc.add_paragraph("DST-SERB Core Research Grant CRG/2021/004512, “DprE1 covalent inhibitors” (PI), ₹ 38.6 lakh, "
                      "2022–2025.")
    head("Skills")
    doc.add_paragraph("Software: ChemDraw, Schrödinger Maestro, AutoDock Vina, GROMACS")
    doc.add_paragraph("Techniques: NMR, LC-MS, HPLC method development")
    doc.add_paragraph("Languages known: English, Hindi, Marathi")
    head("Declaration")
    doc.add_paragraph("I hereby declare that the information furnished above is true to the best of my knowledge and "
                      "belief.")
    doc.add_paragraph("Place: Pune\nDate: 18/02/2025")
    sp = doc.add_paragraph()
    sp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    sp.add_run("(Dr. Harshavardhan Kulkarni)").bold = True

    for runs, text in comment_targets:
        cm = doc.add_comment(runs, text=text, author="Aparna Joshi", initials="AJ")
        cm._comment_elm.set("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}date", "2025-02-18T10:20:00Z")
    out = out_dir / f"{STEM}.docx"
    doc.save(str(out))
    return gold(out.name, PERSON, [q[6] for q in QUAL], [e[6] for e in EXP], pubs,
                [{"name": a, "date": None} for a in GOLD_AWARDS], SKILLS)
