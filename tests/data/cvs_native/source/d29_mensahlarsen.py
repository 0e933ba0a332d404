"""29: bioinformatics / computational biology CV (DOCX) whose publication list is **Word's built-in bibliography**:
the references were entered in Word's citation manager (References > Manage Sources) and inserted with References >
Bibliography, so the list is the **result of a BIBLIOGRAPHY field inside a bibliography content control** (`w:sdt`
with `docPartGallery` "Bibliographies", the Heading 1 "Publications" inside it, and an inner `w:sdt` with
`w:bibliography` holding the field's begin/separate runs in the first paragraph and the end run in an empty last
paragraph). Word prints **APA 6th**: alphabetical by first author (not by year), no numbering, hanging indent
("Bibliography" paragraph style), italic journal and volume, `doi:` text, no links. Two **bioRxiv preprints were later
published** (the published versions are separate entries, one retitled), one preprint is not yet published. The
research summary cites papers through **CITATION fields in citation content controls** (inline `w:sdt` with
`w:citation`; their result text "(Mensah-Larsen & Oduya, 2022)" is not an entry). A **Software** section (packages
with URLs and versions) is not annotated (as cvs/23). Positions and education as tab-stop lines."""
import copy

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from make_native import pub, owner_index, edu, pos, gold
from docxutil import add_runs, fixed_docx_metadata, para_border_bottom, add_hyperlink

STEM = "29_mensahlarsen-bioinformatics-wordbib"
PERSON = {"name": "Efua Mensah-Larsen", "emails": ["em23@sanger.ac.uk"], "phones": ["+44 1223 494 817"],
          "homepages": ["https://www.sanger.ac.uk/group/mensah-larsen-group/"]}
ME = "Mensah-Larsen, E."
SEC = "publications"
# (printed authors, year, title, [(text, italic)] source parts after the title, gold extras)
REFS = [
    (["Achterberg, L.", ME], 2024, "Spatially resolved lineage reconstruction in the developing mouse cortex",
     [("Nature Methods, 21", True), ("(5), 812-823. doi:10.1038/s41592-024-02231-7", False)],
     dict(venue="Nature Methods", venue_raw="Nature Methods", type="journal", doi="10.1038/s41592-024-02231-7")),
    (["Bramwell, T. J.", ME, "Oduya, P.", "Sørensen, M.", "Whitcombe, H."], 2021,
     "Benchmarking doublet detection methods across 48 single-cell datasets",
     [("Genome Biology, 22", True), (", 301. doi:10.1186/s13059-021-02519-4", False)],
     dict(venue="Genome Biology", venue_raw="Genome Biology", type="journal", doi="10.1186/s13059-021-02519-4")),
    (["Ito, R.", ME], 2024, "lineageR: Reproducible lineage-tree analysis in R",
     [("Journal of Open Source Software, 9", True), ("(95), 6021. doi:10.21105/joss.06021", False)],
     dict(venue="JOSS", venue_raw="Journal of Open Source Software", type="journal", doi="10.21105/joss.06021")),
    ([ME, "Achterberg, L.", "Whitcombe, H."], 2024, "Optimal transport for clonal dynamics in spatial transcriptomics",
     [("bioRxiv", True), (". doi:10.1101/2024.02.20.581177", False)],
     dict(venue="bioRxiv", venue_raw="bioRxiv", type="preprint", doi="10.1101/2024.02.20.581177")),
    ([ME, "Ito, R.", "Whitcombe, H."], 2023,
     "Fast inference of CRISPR barcode phylogenies with neighbour-joining on GPUs",
     [("In ", False), ("Research in Computational Molecular Biology (RECOMB 2023)", True),
      (" (pp. 214-229). Cham: Springer. doi:10.1007/978-3-031-29119-7_14", False)],
     dict(venue="RECOMB", venue_raw="Research in Computational Molecular Biology (RECOMB 2023)", type="conference",
          doi="10.1007/978-3-031-29119-7_14", note="(pp. 214-229). Cham: Springer.")),
    ([ME, "Oduya, P."], 2021, "scTrace: Lineage-aware clustering of single-cell transcriptomes",
     [("bioRxiv", True), (". doi:10.1101/2021.06.14.448312", False)],
     dict(venue="bioRxiv", venue_raw="bioRxiv", type="preprint", doi="10.1101/2021.06.14.448312")),
    ([ME, "Oduya, P."], 2022, "Lineage-aware clustering of single-cell transcriptomes with scTrace",
     [("Bioinformatics, 38", True), ("(9), 2487-2495. doi:10.1093/bioinformatics/btac141", False)],
     dict(venue="Bioinformatics", venue_raw="Bioinformatics", type="journal", doi="10.1093/bioinformatics/btac141")),
    ([ME, "Sørensen, M.", "Bramwell, T. J.", "Whitcombe, H."], 2020,
     "Barcode collisions bias clonal abundance estimates in CRISPR lineage recorders",
     [("Nucleic Acids Research, 48", True), ("(17), e101. doi:10.1093/nar/gkaa611", False)],
     dict(venue="Nucleic Acids Research", venue_raw="Nucleic Acids Research", type="journal", doi="10.1093/nar/gkaa611")),
    (["Oduya, P.", "Lindholm, A.", ME], 2022, "Clonal dynamics in haematopoiesis from joint lineage and state measurements",
     [("bioRxiv", True), (". doi:10.1101/2022.09.30.510288", False)],
     dict(venue="bioRxiv", venue_raw="bioRxiv", type="preprint", doi="10.1101/2022.09.30.510288")),
    (["Oduya, P.", ME, "Lindholm, A."], 2023, "A deep generative model of clonal expansion in haematopoiesis",
     [("Cell Systems, 14", True), ("(3), 205-219. doi:10.1016/j.cels.2023.02.004", False)],
     dict(venue="Cell Systems", venue_raw="Cell Systems", type="journal", doi="10.1016/j.cels.2023.02.004")),
    (["Sørensen, M.", ME], 2022, "Lineage tracing in the single-cell era",
     [("Current Opinion in Systems Biology, 30", True), (", 100412. doi:10.1016/j.coisb.2022.100412", False)],
     dict(venue="Current Opinion in Systems Biology", venue_raw="Current Opinion in Systems Biology", type="journal",
          doi="10.1016/j.coisb.2022.100412")),
    (["Whitcombe, H.", ME, "Ito, R.", "Bramwell, T. J.", "Sørensen, M.", "Oduya, P."], 2024,
     "Tracing tumour evolution with evolving CRISPR barcodes in patient-derived organoids",
     [("Cell, 187", True), ("(14), 3702-3718. doi:10.1016/j.cell.2024.05.029", False)],
     dict(venue="Cell", venue_raw="Cell", type="journal", doi="10.1016/j.cell.2024.05.029")),
]
POS = [("2022–present", "Group Leader, Wellcome Sanger Institute, Hinxton, UK",
        pos("Wellcome Sanger Institute", "Group Leader", "2022", "present", "job", location="Hinxton, UK")),
       ("2019–2022", "Postdoctoral Fellow, EMBL-EBI, Hinxton, UK (Mentor: Dr. Hanna Whitcombe)",
        pos("EMBL-EBI", "Postdoctoral Fellow", "2019", "2022", "research", location="Hinxton, UK",
            supervisor="Dr. Hanna Whitcombe"))]
# the titled teaching role under "Teaching and Mentoring" is a `teaching` position (cvs/README 18/20/23); added after
# the blind run, where it had been left out by mistake
TEACH = pos("University of Cambridge", "Lecturer", "2023", "present", "teaching")
EDU = [("2015–2019", "DPhil in Statistics, University of Oxford, UK. Supervisor: Prof. Anders Lindholm",
        edu("University of Oxford", "Ph.D.", "Statistics", "2015", "2019", advisor="Prof. Anders Lindholm", location="UK")),
       ("2013–2014", "MSc in Bioinformatics and Theoretical Systems Biology, Imperial College London, UK (Distinction)",
        edu("Imperial College London", "M.Sc.", "Bioinformatics and Theoretical Systems Biology", "2013", "2014",
            location="UK")),
       ("2009–2013", "BSc (Hons) in Biochemistry, University of Ghana, Legon, Ghana (First Class)",
        edu("University of Ghana", "B.Sc. (Hons)", "Biochemistry", "2009", "2013", location="Legon, Ghana"))]
AWARDS = [("2024", "Lister Institute Research Prize"), ("2021", "Royal Statistical Society Research Prize"),
          ("2015", "Oxford–Wellcome DPhil Scholarship")]
SKILL_LINES = [("Programming: ", "R, Python, C++, Rust"), ("Workflows: ", "Bioconductor, PyTorch, Nextflow, Snakemake"),
               ("Languages: ", "English (native), Twi (native), Danish (basic)")]
SKILLS = ["R", "Python", "C++", "Rust", "Bioconductor", "PyTorch", "Nextflow", "Snakemake", "English (native)",
          "Twi (native)", "Danish (basic)"]
SOFTWARE = [("scTrace", " (R/Bioconductor, v1.6): lineage-aware clustering of single-cell transcriptomes. ",
             "https://bioconductor.org/packages/scTrace"),
            ("lineageR", " (R, CRAN, v0.9): reproducible lineage-tree analysis. ", "https://github.com/mensahlarsen-lab/lineageR"),
            ("barcodeGPU", " (Python/CUDA): neighbour-joining for CRISPR barcode phylogenies. ",
             "https://github.com/mensahlarsen-lab/barcodegpu")]


def apa_authors(a):
    if len(a) == 1:
        return a[0]
    if len(a) == 2:
        return f"{a[0]}, & {a[1]}"
    return ", ".join(a[:-1]) + ", & " + a[-1]


def sdt(pr_children, content_elms):
    s = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    for c in pr_children:
        pr.append(c)
    s.append(pr)
    s.append(OxmlElement("w:sdtEndPr"))
    c = OxmlElement("w:sdtContent")
    for e in content_elms:
        c.append(e)
    s.append(c)
    return s


def el(tag, **attrs):
    e = OxmlElement(tag)
    for k, v in attrs.items():
        e.set(qn(k), v)
    return e


def fld_run(kind):
    r = OxmlElement("w:r")
    r.append(el("w:fldChar", **{"w:fldCharType": kind}))
    return r


def instr_run(text):
    r = OxmlElement("w:r")
    t = OxmlElement("w:instrText")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    return r


def cite(paragraph, tag, text, sid):
    """An inline citation content control with a CITATION field whose result is `text`."""
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    paragraph._p.append(sdt([el("w:id", **{"w:val": str(sid)}), OxmlElement("w:citation")],
                            [fld_run("begin"), instr_run(f" CITATION {tag} \\l 2057 "), fld_run("separate"), r,
                             fld_run("end")]))


def heading(doc, text):
    p = doc.add_paragraph(text, style="Heading 1")
    para_border_bottom(p, color="7F7F7F", sz="4")
    return p


def tab_line(doc, left, right):
    p = doc.add_paragraph()
    p.paragraph_format.tab_stops.add_tab_stop(Cm(3.0), WD_TAB_ALIGNMENT.LEFT)
    p.paragraph_format.left_indent = Cm(3.0)
    p.paragraph_format.first_line_indent = Cm(-3.0)
    add_runs(p, [(left, {"bold": True}), ("\t" + right, {})])
    return p


def build(out_dir):
    doc = Document()
    fixed_docx_metadata(doc, "Efua Mensah-Larsen", "Curriculum Vitae")
    st = doc.styles["Normal"]
    st.font.name, st.font.size = "Calibri", Pt(10.5)
    st.paragraph_format.space_after = Pt(2)
    h1 = doc.styles["Heading 1"]
    h1.font.size, h1.font.color.rgb = Pt(13), RGBColor(0x1F, 0x3A, 0x5F)
    bib = doc.styles.add_style("Bibliography", WD_STYLE_TYPE.PARAGRAPH)
    bib.base_style = st
    bib.paragraph_format.left_indent = Cm(1.27)
    bib.paragraph_format.first_line_indent = Cm(-1.27)
    bib.paragraph_format.space_after = Pt(4)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)

    doc.add_paragraph("Efua Mensah-Larsen, PhD", style="Title")
    p = doc.add_paragraph()
    add_runs(p, [("Group Leader, Cellular Genomics Programme, Wellcome Sanger Institute, Hinxton, Cambridge CB10 1SA, UK", {})])
    p = doc.add_paragraph()
    add_runs(p, [("em23@sanger.ac.uk  |  +44 1223 494 817  |  ", {})])
    add_hyperlink(p, "https://www.sanger.ac.uk/group/mensah-larsen-group/", "https://www.sanger.ac.uk/group/mensah-larsen-group/")
    add_runs(p, [("  |  GitHub: mensahlarsen-lab", {})])

    heading(doc, "Research Summary")
    p = doc.add_paragraph()
    add_runs(p, [("My group develops statistical and machine-learning methods for reading cell lineages out of "
                  "single-cell and spatial data. We built the scTrace clustering framework ", {})])
    cite(p, "Men22", "(Mensah-Larsen & Oduya, 2022)", 1001)
    add_runs(p, [(", GPU methods for CRISPR barcode phylogenies ", {})])
    cite(p, "Men23", "(Mensah-Larsen, Ito, & Whitcombe, 2023)", 1002)
    add_runs(p, [(" and generative models of clonal expansion ", {})])
    cite(p, "Odu23", "(Oduya, Mensah-Larsen, & Lindholm, 2023)", 1003)
    add_runs(p, [(", and apply them to tumour evolution in organoids ", {})])
    cite(p, "Whi24", "(Whitcombe, et al., 2024)", 1004)
    add_runs(p, [(".", {})])

    heading(doc, "Appointments")
    for left, right, _ in POS:
        tab_line(doc, left, right)
    heading(doc, "Education")
    for left, right, _ in EDU:
        tab_line(doc, left, right)
    heading(doc, "Honours and Awards")
    for y, name in AWARDS:
        tab_line(doc, y, name)

    # --- the bibliography content control: Heading 1 + inner sdt with the BIBLIOGRAPHY field result ---
    body = doc.element.body
    h = heading(doc, "Publications")
    note = doc.add_paragraph()
    add_runs(note, [("Inserted from my Word source list (APA, sorted by author). Google Scholar: 1,420 citations, h-index 14.",
                     {"italic": True})])
    paras = []
    for i, (authors, year, title, parts, g) in enumerate(REFS):
        p = doc.add_paragraph(style="Bibliography")
        if i == 0:
            p._p.append(fld_run("begin"))
            p._p.append(instr_run(" BIBLIOGRAPHY "))
            p._p.append(fld_run("separate"))
        add_runs(p, [(f"{apa_authors(authors)} ({year}). {title}. ", {})] + [(t, {"italic": it}) for t, it in parts])
        paras.append(p._p)
    end = doc.add_paragraph(style="Bibliography")
    end._p.append(fld_run("end"))
    paras.append(end._p)
    for e in [h._p, note._p] + paras:
        body.remove(e)
    gal = el("w:docPartObj")
    gal.append(el("w:docPartGallery", **{"w:val": "Bibliographies"}))
    gal.append(el("w:docPartUnique"))
    inner = sdt([el("w:id", **{"w:val": "111145805"}), OxmlElement("w:bibliography")], paras)
    outer = sdt([el("w:id", **{"w:val": "-1838918236"}), gal], [h._p, note._p, inner])
    body.insert(list(body).index(body[-1]), outer)  # before sectPr

    heading(doc, "Software")
    for name, desc, url in SOFTWARE:
        p = doc.add_paragraph(style="List Bullet")
        add_runs(p, [(name, {"bold": True}), (desc, {})])
        add_hyperlink(p, url, url)
    heading(doc, "Skills")
    for lab, val in SKILL_LINES:
        p = doc.add_paragraph()
        add_runs(p, [(lab, {"bold": True}), (val, {})])
    heading(doc, "Teaching and Mentoring")
    doc.add_paragraph("Lecturer, Part III Systems Biology (Computational Genomics module), University of Cambridge, 2023–present")
    doc.add_paragraph("Supervisor of 4 PhD students and 2 postdoctoral fellows")

    out = out_dir / f"{STEM}.docx"
    doc.save(str(out))

    pubs = []
    for i, (authors, year, title, parts, g) in enumerate(REFS, 1):
        pubs.append(pub(SEC, i, title, authors, g["venue"], g["venue_raw"], year, g["type"], note=g.get("note"),
                        doi=g.get("doi"), self_index=owner_index(authors, {ME})))
    return gold(out.name, PERSON, [e[2] for e in EDU], [p_[2] for p_ in POS] + [TEACH], pubs,
                [{"name": n, "date": None} for _, n in AWARDS], SKILLS)
