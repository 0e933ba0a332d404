"""17: microbiology CV (DOCX). Each publication is ONE paragraph whose lines are separated by **manual line breaks
(Shift+Enter, w:br)**: a bold title line, an author line (Vancouver names `Marchetti L, Nguyen TH`, owner bold, `*` equal
contribution, `#` co-corresponding with a legend, `et al.` after six), and an italic-journal line `Nat Microbiol
2025;10(2):455–469. doi:10.…`; a few entries have a fourth line ("Cover article", "Highlighted in …", "Under review at …").
Entries start with a typed number and a tab. Positions and degrees are also single paragraphs with w:br (title + tab +
right-aligned date, line break, institution). The document has **three sections**: section 1 (contact, positions,
education, awards) with a different first page (no header on page 1), section 2 starting on a new page (publications)
with its own running header, and a continuous section 3 laid out in **two Word columns** (skills, languages, memberships).
Footers carry PAGE / NUMPAGES fields. Teaching, supervision, seminars and memberships are not annotated."""
from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from make_native import pub, owner_index, edu, pos, gold
from docxutil import add_runs, add_field, fixed_docx_metadata, para_border_bottom, add_break

STEM = "17_marchetti-microbiology-linebreaks"
OWNER = {"Marchetti L"}
PERSON = {"name": "Léa Marchetti", "emails": ["lea.marchetti@pasteur.fr"], "phones": ["+33 1 45 68 87 21"],
          "homepages": ["https://research.pasteur.fr/en/team/bacterial-immunity"]}
# gold, title line, date text, second line
POS = [
    (pos("Institut Pasteur", "Group Leader", "2021-01", "present", "job", location="Paris, France"),
     "Group Leader, Bacterial Immunity Group", "since January 2021", "Institut Pasteur, Paris, France"),
    (pos("Department of Microbiology and Immunology, University of Otago", "EMBO Postdoctoral Fellow", "2017-02", "2020-12",
         "research", location="Dunedin, New Zealand", supervisor="Prof. Kirsten Schmidt-Ott"),
     "EMBO Postdoctoral Fellow", "February 2017 – December 2020",
     "Department of Microbiology and Immunology, University of Otago, Dunedin, New Zealand (lab of Prof. Kirsten Schmidt-Ott)"),
    (pos("Université Paris Cité", "Teaching Assistant", "2013-09", "2016-06", "teaching", location="Paris, France"),
     "Teaching Assistant (Monitrice), Bacterial Genetics", "September 2013 – June 2016", "Université Paris Cité, Paris, France"),
]
EDU = [
    (edu("Université Paris Cité", "Ph.D.", "Microbiology", "2012-10", "2016-09", advisor="Dr. Pierre Dubois", location="Paris, France"),
     "Ph.D. in Microbiology", "October 2012 – September 2016",
     "Université Paris Cité (doctoral work at Institut Pasteur), Paris, France. Advisor: Dr. Pierre Dubois"),
    (edu("Sorbonne Université", "M.Sc.", "Microbiology", "2010-09", "2012-06", location="Paris, France"),
     "M.Sc. in Microbiology (Master 2)", "September 2010 – June 2012", "Sorbonne Université, Paris, France. Mention très bien"),
    (edu("Università di Bologna", "B.Sc.", "Biotechnology", "2007-09", "2010-07", location="Bologna, Italy"),
     "B.Sc. (Laurea triennale) in Biotechnology", "September 2007 – July 2010", "Università di Bologna, Bologna, Italy. 110/110 cum laude"),
]
EDU[2][0]["gpa"] = "110/110 cum laude"
EDU[1][0]["gpa"] = "Mention très bien"
AWARDS = [("ERC Starting Grant PHAGESIGNAL", "2022"), ("L’Oréal-UNESCO For Women in Science Young Talents France", "2019"),
          ("EMBO Postdoctoral Fellowship", "2017"), ("Thesis Prize, Société Française de Microbiologie", "2017")]
SKILLS = [("Laboratory", ["bacterial genetics", "phage isolation", "CRISPR screening", "cryo-EM sample preparation"]),
          ("Bioinformatics", ["Python", "R", "Snakemake", "Geneious"]),
          ("Languages", ["Italian (native)", "French (fluent)", "English (fluent)"])]

RA, RV, CH, PP = "original research articles", "reviews", "book chapters", "preprints"
# section, title, authors, marks {i: mark}, et al., journal (italic, as printed), rest of the journal line, extra line, gold
ENTRIES = [
    (RA, "A phage-encoded anti-defence protein inhibits type III CRISPR–Cas signalling",
     ["Marchetti L", "Nguyen TH", "Okeke CA", "Bernard J", "Rossi G", "Dubois P"], {0: "*", 1: "*"}, False,
     "Nat Microbiol", "2025;10(2):455–469. doi:10.1038/s41564-024-01902-7", "Cover article; highlighted in Nature Reviews Microbiology",
     dict(venue="Nature Microbiology", year=2025, eq=[0, 1], doi="10.1038/s41564-024-01902-7")),
    (RA, "Cyclic oligoadenylate sensing by a bacterial membrane effector triggers abortive infection",
     ["Nguyen TH", "Haddad S", "Okeke CA", "Marchetti L"], {3: "#"}, False,
     "Cell Host Microbe", "2024;32(7):1102–1117.e8. doi:10.1016/j.chom.2024.05.011", None,
     dict(venue="Cell Host & Microbe", year=2024, doi="10.1016/j.chom.2024.05.011")),
    (RA, "Structural basis of Csm6 ribonuclease activation by cyclic tetra-adenylate",
     ["Okeke CA", "Haddad S", "Lindqvist E", "Marchetti L"], {}, False,
     "Nucleic Acids Res", "2024;52(3):1421–1436. doi:10.1093/nar/gkad1187", None,
     dict(venue="Nucleic Acids Research", year=2024, doi="10.1093/nar/gkad1187")),
    (RA, "Phage satellites exploit host CRISPR immunity to outcompete their helpers",
     ["Marchetti L", "Bernard J", "Lindqvist E", "Dubois P"], {}, False,
     "PLoS Biol", "2023;21(6):e3002145. doi:10.1371/journal.pbio.3002145", None,
     dict(venue="PLOS Biology", year=2023, doi="10.1371/journal.pbio.3002145")),
    (RA, "Genome-wide screen identifies _Escherichia coli_ genes required for type III CRISPR immunity",
     ["Rossi G", "Marchetti L", "Okeke CA", "Haddad S", "Nguyen TH", "Bernard J"], {}, True,
     "mBio", "2023;14(4):e00871-23. doi:10.1128/mbio.00871-23", None,
     dict(venue="mBio", year=2023, doi="10.1128/mbio.00871-23")),
    (RA, "Environmental distribution of type III CRISPR–Cas accessory proteins in marine metagenomes",
     ["Lindqvist E", "Marchetti L", "Schmidt-Ott K"], {}, False,
     "ISME J", "2022;16(11):2544–2556. doi:10.1038/s41396-022-01290-4", None,
     dict(venue="The ISME Journal", year=2022, doi="10.1038/s41396-022-01290-4")),
    (RA, "Temperature-dependent regulation of CRISPR adaptation in _Thermus thermophilus_",
     ["Marchetti L", "Schmidt-Ott K"], {}, False,
     "Mol Microbiol", "2021;116(3):812–828. doi:10.1111/mmi.14771", None,
     dict(venue="Molecular Microbiology", year=2021, doi="10.1111/mmi.14771")),
    (RA, "RNA targeting by type III-A CRISPR–Cas protects staphylococci against plasmid conjugation",
     ["Marchetti L", "Rossi G", "Müller-Hahn F", "Schmidt-Ott K"], {}, False,
     "J Bacteriol", "2020;202(14):e00123-20. doi:10.1128/JB.00123-20", None,
     dict(venue="Journal of Bacteriology", year=2020, doi="10.1128/JB.00123-20")),
    (RA, "Spacer acquisition from RNA in _Marinomonas mediterranea_",
     ["Bernard J", "Marchetti L", "Schmidt-Ott K"], {0: "*", 1: "*"}, False,
     "EMBO J", "2019;38(21):e101983. doi:10.15252/embj.2019101983", None,
     dict(venue="The EMBO Journal", year=2019, eq=[0, 1], doi="10.15252/embj.2019101983")),
    (RA, "A conserved phage protein inhibits spacer acquisition",
     ["Marchetti L", "Alvarez R", "Schmidt-Ott K", "Dubois P"], {}, False,
     "Proc Natl Acad Sci U S A", "2018;115(40):10101–10106. doi:10.1073/pnas.1809854115", None,
     dict(venue="PNAS", year=2018, doi="10.1073/pnas.1809854115")),
    (RA, "Horizontal transfer of CRISPR loci among _Vibrio_ species",
     ["Marchetti L", "Ferreira MJ", "Dubois P"], {}, False,
     "Environ Microbiol", "2016;18(9):3001–3013. doi:10.1111/1462-2920.13291", None,
     dict(venue="Environmental Microbiology", year=2016, doi="10.1111/1462-2920.13291")),
    (RV, "Type III CRISPR–Cas systems: a signalling hub for bacterial immunity",
     ["Marchetti L", "Okeke CA"], {}, False,
     "Nat Rev Microbiol", "2024;22(8):491–506. doi:10.1038/s41579-024-01041-2", None,
     dict(venue="Nature Reviews Microbiology", year=2024, doi="10.1038/s41579-024-01041-2")),
    (RV, "Anti-CRISPRs beyond inhibition",
     ["Dubois P", "Marchetti L"], {}, False,
     "Curr Opin Microbiol", "2021;63:140–147. doi:10.1016/j.mib.2021.07.006", None,
     dict(venue="Current Opinion in Microbiology", year=2021, doi="10.1016/j.mib.2021.07.006")),
    (CH, "Methods for measuring CRISPR adaptation in vivo",
     ["Marchetti L", "Bernard J"], {}, False,
     None, "In: Pérez-Rodríguez R, editor. CRISPR: Methods and Protocols. Methods in Molecular Biology, vol 2170. "
           "New York: Humana; 2021. p. 61–78. doi:10.1007/978-1-0716-0739-8_4", None,
     dict(venue="CRISPR: Methods and Protocols", vraw="CRISPR: Methods and Protocols", year=2021, type="chapter",
          doi="10.1007/978-1-0716-0739-8_4",
          note="In: Pérez-Rodríguez R, editor. Methods in Molecular Biology, vol 2170. New York: Humana; 2021. p. 61–78")),
    (PP, "A widespread family of phage tail fibres targets O-antigen variants",
     ["Haddad S", "Marchetti L"], {0: "*", 1: "*"}, False,
     "bioRxiv", "2025. doi:10.1101/2025.02.14.638112", None,
     dict(venue="bioRxiv", year=2025, type="preprint", eq=[0, 1], doi="10.1101/2025.02.14.638112")),
    (PP, "Gut phages carry cyclic-nucleotide sponges",
     ["Nguyen TH", "Marchetti L"], {1: "#"}, False,
     "bioRxiv", "2024. doi:10.1101/2024.11.03.621776", "Under review at Cell",
     dict(venue="bioRxiv", year=2024, type="preprint", flags=["under_review"], doi="10.1101/2024.11.03.621776")),
]
TEACHING = ["Bacterial Genetics (Master 1, Université Paris Cité), 12 h/year since 2021",
            "Phage Biology practical course (Institut Pasteur International Courses), since 2022"]
SUPERVISION = ["Ph.D. students: Thu Hà Nguyen (2021–), Samir Haddad (2022–)",
               "Postdocs: Chinedu A. Okeke (2021–), Giulia Rossi (2022–2024)"]
SEMINARS = ["2025 — CRISPR 2025 conference, Vilnius, Lithuania (invited speaker)",
            "2024 — Phage Biology Seminar Series, Max Planck Institute for Terrestrial Microbiology, Marburg, Germany",
            "2023 — Viruses of Microbes, Cork, Ireland (plenary)"]
MEMBERSHIPS = ["Société Française de Microbiologie", "American Society for Microbiology", "International Society for Viruses of Microorganisms"]

BLUE = RGBColor(0x1F, 0x3A, 0x5F)


def set_cols(section, num=2, space_twips=567):
    sectPr = section._sectPr
    cols = sectPr.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols")
        sectPr.append(cols)
    cols.set(qn("w:num"), str(num))
    cols.set(qn("w:space"), str(space_twips))


def build(out_dir):
    doc = Document()
    fixed_docx_metadata(doc, "Léa Marchetti", "Curriculum vitae")
    st = doc.styles["Normal"]
    st.font.name, st.font.size = "Cambria", Pt(10.5)
    st.paragraph_format.space_after = Pt(3)
    s1 = doc.sections[0]
    s1.left_margin = s1.right_margin = Cm(2.2)
    s1.different_first_page_header_footer = True
    hp = s1.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hp.add_run("Léa Marchetti – Curriculum vitae").font.size = Pt(8)
    for footer in (s1.footer, s1.first_page_footer):
        fp = footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        add_runs(fp, [("Page ", {})])
        add_field(fp, "PAGE")
        add_runs(fp, [(" of ", {})])
        add_field(fp, "NUMPAGES", "3")
    tab_pos = Cm(16.6)

    def head(text):
        h = doc.add_paragraph()
        r = h.add_run(text.upper())
        r.bold, r.font.size, r.font.color.rgb = True, Pt(11.5), BLUE
        h.paragraph_format.space_before = Pt(10)
        para_border_bottom(h, color="1F3A5F", sz="6")

    def dated(title, date, second):
        p = doc.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(tab_pos, WD_TAB_ALIGNMENT.RIGHT)
        add_runs(p, [(title, {"bold": True}), ("\t" + date, {"italic": True})])
        add_break(p)
        add_runs(p, [(second, {})])
        return p

    p = doc.add_paragraph()
    r = p.add_run("Léa Marchetti, PhD")
    r.bold, r.font.size, r.font.color.rgb = True, Pt(22), BLUE
    p = doc.add_paragraph()
    add_runs(p, [("Group Leader, Bacterial Immunity Group, Institut Pasteur", {})])
    add_break(p)
    add_runs(p, [("25–28 rue du Docteur Roux, 75015 Paris, France", {})])
    add_break(p)
    add_runs(p, [("Tel. +33 1 45 68 87 21 · lea.marchetti@pasteur.fr · https://research.pasteur.fr/en/team/bacterial-immunity", {})])
    add_break(p)
    add_runs(p, [("Born 1989 in Ferrara, Italy · Italian citizen · ORCID 0000-0001-6620-3187", {})])

    head("Research positions")
    for _, title, date, second in POS:
        dated(title, date, second)
    head("Education")
    for _, title, date, second in EDU:
        dated(title, date, second)
    head("Fellowships, grants and prizes")
    for a, y in AWARDS:
        p = doc.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(tab_pos, WD_TAB_ALIGNMENT.RIGHT)
        add_runs(p, [(a, {}), ("\t" + y, {})])
    head("Supervision")
    for s in SUPERVISION:
        doc.add_paragraph(s)
    head("Teaching")
    for s in TEACHING:
        doc.add_paragraph(s)

    # ---- section 2: publications, new page, its own header ----
    s2 = doc.add_section(WD_SECTION.NEW_PAGE)
    s2.different_first_page_header_footer = False
    s2.header.is_linked_to_previous = False
    hp2 = s2.header.paragraphs[0]
    hp2.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hp2.add_run("Léa Marchetti – Publications (updated April 2025)").font.size = Pt(8)
    head("Publications")
    leg = doc.add_paragraph()
    add_runs(leg, [("27 publications, h-index 17 (Scopus, April 2025). ", {}), ("* equal contribution; # co-corresponding author. ", {}),
                   ("Marchetti L", {"bold": True}), (" = myself.", {})])
    leg.runs[0].italic = True
    pubs, last, counters = [], None, {}
    for section, title, auth, marks, etal, journal, rest, extra, g in ENTRIES:
        if section != last:
            h = doc.add_paragraph()
            r = h.add_run(section[0].upper() + section[1:])
            r.bold, r.italic = True, True
            h.paragraph_format.space_before = Pt(6)
            last = section
        counters[section] = counters.get(section, 0) + 1
        n = counters[section]
        p = doc.add_paragraph()
        pf = p.paragraph_format
        pf.left_indent, pf.first_line_indent = Cm(0.8), Cm(-0.8)
        pf.tab_stops.add_tab_stop(Cm(0.8))
        pf.space_after = Pt(5)
        add_runs(p, [(f"{n}.\t", {})] + [(chunk, {"bold": True, "italic": k % 2 == 1})
                                         for k, chunk in enumerate(title.split("_")) if chunk])
        add_break(p)
        parts = []
        for i, a in enumerate(auth):
            if i:
                parts.append((", ", {}))
            parts.append((a, {"bold": a in OWNER}))
            if marks.get(i):
                parts.append((marks[i], {"superscript": True}))
        if etal:
            parts.append((", et al.", {}))
        add_runs(p, parts)
        add_break(p)
        if journal:
            add_runs(p, [(journal, {"italic": True}), (" " + rest, {})])
        else:
            add_runs(p, [(rest, {})])
        if extra:
            add_break(p)
            add_runs(p, [(extra, {"italic": True})])
        notes = []
        if "#" in marks.values():
            notes.append("# co-corresponding author")
        if extra:
            notes.append(extra)
        if g.get("note"):
            notes.append(g["note"])
        pubs.append(pub(section, n, title.replace("_", ""), auth, g["venue"], g.get("vraw", journal), g["year"], g.get("type", "journal"),
                        flags=g.get("flags", ()), note="; ".join(notes) or None, doi=g.get("doi"),
                        self_index=owner_index(auth, OWNER), eq=g.get("eq", ()), trunc=etal))
    head("Invited seminars")
    for s in SEMINARS:
        doc.add_paragraph(s)

    head("Skills, languages and memberships")
    # ---- section 3: continuous, two Word columns ----
    s3 = doc.add_section(WD_SECTION.CONTINUOUS)
    set_cols(s3, 2)
    for label, vals in SKILLS:
        p = doc.add_paragraph()
        add_runs(p, [(label, {"bold": True})])
        add_break(p)
        add_runs(p, [(", ".join(vals), {})])
    p = doc.add_paragraph()
    add_break(p, "column")
    p = doc.add_paragraph()
    add_runs(p, [("Memberships", {"bold": True})])
    for m in MEMBERSHIPS:
        add_break(p)
        add_runs(p, [(m, {})])
    doc.save(out_dir / f"{STEM}.docx")
    return gold(STEM + ".docx", PERSON, [e for e, *_ in EDU], [x[0] for x in POS], pubs,
                [{"name": a, "date": None} for a, _ in AWARDS], [s for _, v in SKILLS for s in v])
