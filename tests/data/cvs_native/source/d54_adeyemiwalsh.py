"""54: UK clinical academic CV in infectious diseases (DOCX) written with **EndNote Cite While You Write**: the reference
list is the **result of one `ADDIN EN.REFLIST` field** (begin/separate in the first "EndNote Bibliography" paragraph,
end in the last), each reference a paragraph "N.⇥Authors. Title. Journal. Year;Vol(Issue):pages." whose number is
**typed by EndNote as text with a tab** (no Word numbering) and wrapped in an `_ENREF_N` bookmark; the output style is
**Vancouver sorted by year, newest first** (so the numbers follow the list, not the order of citation), NLM journal
abbreviations, six authors then "et al.", a chapter ("In: Eds, editors. *Book*. 5th ed. City: Publisher; 2020. p. …")
and a "[dissertation]". The research summary cites with **`ADDIN EN.CITE` fields** whose code carries EndNote's
`<EndNote><Cite>…<record>…</record></Cite></EndNote>` XML (titles, journals, authors) and whose result is a
**superscript number range hyperlinked to the `_ENREF_` bookmark**, glued to the preceding word. Other Word features:
a **running header with the name** and a footer "Page N of M" (PAGE / NUMPAGES fields); appointments, degrees and
prizes as "text ⇥ dates" lines with a **right tab stop with a dot leader**; Heading 1/2 styles. Two poster abstracts are
typed by hand under their own Heading 2 inside Publications (annotated, as cvs 14). Registration, grants, invited talks,
teaching and management roles are not annotated."""
from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from make_native import pub, owner_index, edu, pos, gold
from docxutil import add_field, add_field_code, add_runs, fixed_docx_metadata, fld_char

STEM = "54_adeyemiwalsh-infectiousdiseases-endnote"
PERSON = {"name": "Niamh Adeyemi-Walsh", "emails": ["n.adeyemiwalsh@sgul.ac.uk"], "phones": ["+44 20 8725 5432"],
          "homepages": []}
ME = "Adeyemi-Walsh N"
JB, AB = "journal articles, book chapters and thesis", "selected conference abstracts"
MB, FM, NH, OC, BT = "Mensah-Boateng K", "Feld M", "Ndlovu-Hart C", "Okafor CE", "Banda T"

# EndNote order (year descending, then author): (authors, et al., title, source as printed, gold: venue, venue_raw,
#  year, type, note)
REFS = [
    ([ME, MB, OC, "Ramsay-Clarke J", FM, NH], False,
     "Xpert MTB/RIF Ultra on stool for diagnosing pulmonary tuberculosis in adults with advanced HIV: a prospective "
     "diagnostic accuracy study", "Lancet HIV. 2025;12(2):e101-e10.",
     ("The Lancet HIV", "Lancet HIV", 2025, "journal", "12(2):e101-e10")),
    ([ME, BT, FM], False,
     "Tuberculosis preventive therapy uptake among household contacts in Blantyre, Malawi: a mixed-methods evaluation",
     "Int J Tuberc Lung Dis. 2024;28(3):140-7.",
     ("The International Journal of Tuberculosis and Lung Disease", "Int J Tuberc Lung Dis", 2024, "journal",
      "28(3):140-7")),
    ([OC, ME, BT, "Phiri L", "Mwale J", "Kamanga R"], True,
     "Carbapenem-resistant Enterobacterales colonisation on admission to a Malawian referral hospital: a cross-sectional "
     "study", "J Antimicrob Chemother. 2024;79(8):1876-84.",
     ("Journal of Antimicrobial Chemotherapy", "J Antimicrob Chemother", 2024, "journal", "79(8):1876-84")),
    (["Ramsay-Clarke J", ME], False, "Antimicrobial stewardship in sub-Saharan Africa: where next?",
     "J Infect. 2024;88(1):1-3.", ("Journal of Infection", "J Infect", 2024, "journal", "88(1):1-3")),
    ([ME, NH, FM, "Phiri L", "Mwale J", BT], True,
     "Mortality after hospital discharge in adults with HIV-associated tuberculosis: a prospective cohort study",
     "Clin Infect Dis. 2023;76(4):612-20.", ("Clinical Infectious Diseases", "Clin Infect Dis", 2023, "journal",
                                             "76(4):612-20")),
    ([MB, ME, OC, FM, NH], False,
     "Cost-effectiveness of urine LAM-guided tuberculosis treatment in hospitalised adults with HIV in Malawi",
     "PLoS Med. 2023;20(9):e1004281.", ("PLOS Medicine", "PLoS Med", 2023, "journal", "20(9):e1004281")),
    ([ME, OC, FM, NH], False,
     "Whole-genome sequencing of Mycobacterium tuberculosis from stool and sputum: concordance and drug-resistance "
     "prediction", "Eur Respir J. 2022;60(4):2200318.",
     ("European Respiratory Journal", "Eur Respir J", 2022, "journal", "60(4):2200318")),
    ([BT, ME, "Kamanga R", FM], False, "Gentamicin resistance in neonatal sepsis isolates in southern Malawi, 2015-2021",
     "Trop Med Int Health. 2022;27(11):980-8.",
     ("Tropical Medicine & International Health", "Trop Med Int Health", 2022, "journal", "27(11):980-8")),
    ([NH, ME, FM], False,
     "Systematic screening for tuberculosis in hospitalised adults with HIV: a systematic review and meta-analysis",
     "Lancet Infect Dis. 2021;21(6):e149-e60.",
     ("The Lancet Infectious Diseases", "Lancet Infect Dis", 2021, "journal", "21(6):e149-e60")),
    ([ME], False, "Tuberculosis in people living with HIV",
     "In: Whitty-Okoro J, Harrington-Lee P, editors. Handbook of Clinical Tropical Medicine. 5th ed. Oxford: Oxford "
     "University Press; 2020. p. 211-34.",
     ("Handbook of Clinical Tropical Medicine", "Handbook of Clinical Tropical Medicine", 2020, "chapter",
      "In: Whitty-Okoro J, Harrington-Lee P, editors; 5th ed. Oxford: Oxford University Press; p. 211-34")),
    ([ME, FM, NH], False,
     "Stool-based Xpert MTB/RIF for tuberculosis diagnosis in adults with HIV in Malawi: a diagnostic accuracy study",
     "AIDS. 2019;33(9):1453-61.", ("AIDS", "AIDS", 2019, "journal", "33(9):1453-61")),
    ([ME, "Ramsay-Clarke J"], False, "Management of cryptococcal meningitis in resource-limited settings",
     "Clin Med (Lond). 2019;19(2):130-4.", ("Clinical Medicine", "Clin Med (Lond)", 2019, "journal", "19(2):130-4")),
    ([ME], False, "Diagnosis and outcomes of HIV-associated tuberculosis in Malawian adults [dissertation]",
     "London: London School of Hygiene & Tropical Medicine; 2018.",
     ("London School of Hygiene & Tropical Medicine", "London: London School of Hygiene & Tropical Medicine", 2018,
      "thesis", "[dissertation]")),
    ([FM, ME, OC, NH], False, "Diagnostic yield of repeated sputum induction for tuberculosis in people with HIV",
     "BMJ Open. 2018;8(6):e021387.", ("BMJ Open", "BMJ Open", 2018, "journal", "8(6):e021387")),
]
ABSTRACTS = [
    ([ME, MB, FM], "Stool Xpert Ultra in advanced HIV disease: interim results of the STOOL-TB study",
     "Poster presented at: Conference on Retroviruses and Opportunistic Infections (CROI); 2024 Mar 3-6; Denver, CO.",
     ("CROI", "Conference on Retroviruses and Opportunistic Infections (CROI)", 2024,
      "Poster presented at; 2024 Mar 3-6; Denver, CO")),
    ([OC, ME], "Carbapenemase genes in rectal carriage isolates from adult medical wards in Blantyre",
     "Poster presented at: 33rd European Congress of Clinical Microbiology & Infectious Diseases (ECCMID); 2023 Apr "
     "15-18; Copenhagen, Denmark.",
     ("ECCMID", "33rd European Congress of Clinical Microbiology & Infectious Diseases (ECCMID)", 2023,
      "Poster presented at; 2023 Apr 15-18; Copenhagen, Denmark")),
]
POS = [("Consultant in Infectious Diseases and General Internal Medicine, St George’s University Hospitals NHS "
        "Foundation Trust, London", "2021–present",
        pos("St George’s University Hospitals NHS Foundation Trust", "Consultant in Infectious Diseases and General "
            "Internal Medicine", "2021", "present", "job", location="London")),
       ("Senior Lecturer in Infectious Diseases, Institute for Infection and Immunity, St George’s, University of "
        "London", "2021–present",
        pos("Institute for Infection and Immunity, St George’s, University of London",
            "Senior Lecturer in Infectious Diseases", "2021", "present", "job")),
       ("NIHR Clinical Lecturer in Infectious Diseases, St George’s, University of London", "2018–2021",
        pos("St George’s, University of London", "NIHR Clinical Lecturer in Infectious Diseases", "2018", "2021",
            "job")),
       ("MRC Clinical Research Training Fellow, London School of Hygiene & Tropical Medicine (based at the "
        "Malawi-Liverpool-Wellcome Programme, Blantyre, Malawi)", "2014–2018",
        pos("London School of Hygiene & Tropical Medicine", "MRC Clinical Research Training Fellow", "2014", "2018",
            "research"))]
EDU = [("PhD, London School of Hygiene & Tropical Medicine", "2014–2018",
        "Thesis: Diagnosis and outcomes of HIV-associated tuberculosis in Malawian adults. Supervisors: Prof. Catherine "
        "Ndlovu-Hart and Dr Marcus Feld",
        edu("London School of Hygiene & Tropical Medicine", "Ph.D.", None, "2014", "2018",
            advisor="Prof. Catherine Ndlovu-Hart and Dr Marcus Feld")),
       ("MBBS, University College London", "2002–2008", None,
        edu("University College London", "M.B.B.S.", None, "2002", "2008")),
       ("BSc (Hons) Immunology and Infectious Disease, First Class, University College London", "2004–2005", None,
        edu("University College London", "B.Sc. (Hons)", "Immunology and Infectious Disease", "2004", "2005")),
       ("Diploma in Tropical Medicine & Hygiene (DTM&H), Liverpool School of Tropical Medicine", "2013", None,
        edu("Liverpool School of Tropical Medicine", "DTM&H", None, None, "2013"))]
# the titled role under Teaching is a `teaching` position (seed X4, cvs 10/18/23, as 29); left out of the blind gold
TEACH = pos("St George’s, University of London", "Module lead", "2022", "present", "teaching")
QUALS = [("Membership of the Royal College of Physicians, MRCP (UK)", "2011"),
         ("General Medical Council full registration, GMC No. 7012458; on the Specialist Register (Infectious Diseases)",
          "2021")]
AWARDS = [("Young Investigator Award, British Infection Association", "2022"),
          ("Best Oral Presentation, Federation of Infection Societies Conference", "2019"),
          ("UCL Medical School Prize in Clinical Pharmacology", "2008")]
SKILL_LINES = [("Research methods: ", "diagnostic accuracy studies, cohort studies, Stata, R, REDCap"),
               ("Languages: ", "English (native), Yoruba (conversational), French (good)")]
SKILLS = ["diagnostic accuracy studies", "cohort studies", "Stata", "R", "REDCap", "English (native)",
          "Yoruba (conversational)", "French (good)"]
SUMMARY = [  # (text before a citation, cited reference numbers as printed, the numbers)
    ("I am a clinical academic in infectious diseases whose research improves the diagnosis of HIV-associated "
     "tuberculosis in hospitalised adults in southern Africa, using stool-based molecular tests", "1,7,11", (1, 7, 11)),
    (" and systematic screening", "9,14", (9, 14)),
    (", and describes what happens to patients after discharge", "5,6", (5, 6)),
    (". A second strand studies antimicrobial resistance and stewardship in Malawian hospitals", "3,4,8", (3, 4, 8)),
]


def endnote_xml(n: int) -> str:
    """The EN.CITE code's Cite element for reference number n, as EndNote stores it (record data included)."""
    authors, _, title, source, g = REFS[n - 1]
    names = "".join(f"<author>{a}</author>" for a in authors)
    return (f"<Cite><Author>{authors[0].split()[0]}</Author><Year>{g[2]}</Year><RecNum>{300 + n}</RecNum>"
            f"<record><rec-number>{300 + n}</rec-number><ref-type name=\"Journal Article\">17</ref-type>"
            f"<contributors><authors>{names}</authors></contributors><titles><title>{title}</title>"
            f"<secondary-title>{g[1]}</secondary-title></titles><dates><year>{g[2]}</year></dates></record></Cite>")


def en_cite(p, label: str, nums) -> None:
    """An EN.CITE field whose result is a superscript number range linked to the first reference's bookmark."""
    add_field_code(p._p, " ADDIN EN.CITE <EndNote>" + "".join(endnote_xml(n) for n in nums) + "</EndNote>")
    h = OxmlElement("w:hyperlink")
    h.set(qn("w:anchor"), f"_ENREF_{nums[0]}")
    h.set(qn("w:tooltip"), f"{REFS[nums[0] - 1][0][0].split()[0]}, {REFS[nums[0] - 1][4][2]} #{300 + nums[0]}")
    r = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    va = OxmlElement("w:vertAlign")
    va.set(qn("w:val"), "superscript")
    rpr.append(va)
    r.append(rpr)
    t = OxmlElement("w:t")
    t.text = label
    r.append(t)
    h.append(r)
    p._p.append(h)
    p._p.append(fld_char("end"))


def bookmark(p, n: int, start: bool) -> None:
    b = OxmlElement("w:bookmarkStart" if start else "w:bookmarkEnd")
    b.set(qn("w:id"), str(n))
    if start:
        b.set(qn("w:name"), f"_ENREF_{n}")
    p._p.append(b)


def leader_line(doc, text, dates, bold_upto=None):
    p = doc.add_paragraph()
    p.paragraph_format.tab_stops.add_tab_stop(Cm(16.0), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
    p.paragraph_format.left_indent = Cm(0.4)
    p.paragraph_format.first_line_indent = Cm(-0.4)
    if bold_upto:
        add_runs(p, [(text[:bold_upto], {"bold": True}), (text[bold_upto:], {}), ("\t" + dates, {})])
    else:
        add_runs(p, [(text, {}), ("\t" + dates, {})])
    return p


def build(out_dir):
    doc = Document()
    fixed_docx_metadata(doc, "Niamh Adeyemi-Walsh", "Curriculum Vitae")
    st = doc.styles["Normal"]
    st.font.name, st.font.size = "Arial", Pt(10)
    st.paragraph_format.space_after = Pt(3)
    for name, size in (("Heading 1", 12), ("Heading 2", 10.5)):
        s = doc.styles[name]
        s.font.size, s.font.color.rgb, s.font.name = Pt(size), RGBColor(0x1F, 0x4E, 0x79), "Arial"
    enb = doc.styles.add_style("EndNote Bibliography", WD_STYLE_TYPE.PARAGRAPH)
    enb.base_style = st
    enb.paragraph_format.left_indent = Cm(0.64)
    enb.paragraph_format.first_line_indent = Cm(-0.64)
    enb.paragraph_format.tab_stops.add_tab_stop(Cm(0.64))
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    add_runs(hp, [("Dr Niamh Adeyemi-Walsh — Curriculum Vitae — February 2025", {"italic": True})])
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("Page ")
    add_field(fp, "PAGE", "1")
    fp.add_run(" of ")
    add_field(fp, "NUMPAGES", "4")

    doc.add_paragraph("Dr Niamh Adeyemi-Walsh MBBS PhD MRCP", style="Title")
    doc.add_paragraph("Institute for Infection and Immunity, St George’s, University of London, Cranmer Terrace, "
                      "London SW17 0RE, United Kingdom")
    doc.add_paragraph("Email: n.adeyemiwalsh@sgul.ac.uk   Tel: +44 20 8725 5432   ORCID: 0000-0001-8842-3071")

    doc.add_heading("Research Summary", level=1)
    p = doc.add_paragraph()
    for before, label, nums in SUMMARY:
        p.add_run(before)
        en_cite(p, label, nums)
    p.add_run(".")

    doc.add_heading("Current and Previous Appointments", level=1)
    for text, dates, _ in POS:
        leader_line(doc, text, dates, bold_upto=text.index(","))
    doc.add_heading("Degrees", level=1)
    for text, dates, extra, _ in EDU:
        leader_line(doc, text, dates, bold_upto=text.index(","))
        if extra:
            q = doc.add_paragraph(extra)
            q.paragraph_format.left_indent = Cm(0.4)
    doc.add_heading("Postgraduate Qualifications and Registration", level=1)
    for text, dates in QUALS:
        leader_line(doc, text, dates)
    doc.add_heading("Prizes and Awards", level=1)
    for text, dates in AWARDS:
        leader_line(doc, text, dates)
    doc.add_heading("Research Grants", level=1)
    leader_line(doc, "Co-PI, STOOL-TB: stool-based diagnosis of tuberculosis in advanced HIV, Wellcome Trust "
                     "Clinical Research Career Development Fellowship, £1,240,000", "2022–2027")
    leader_line(doc, "PI, Antimicrobial resistance carriage on admission in Blantyre, Academy of Medical Sciences "
                     "Starter Grant for Clinical Lecturers, £30,000", "2019–2021")

    doc.add_heading("Publications", level=1)
    doc.add_heading("Journal Articles, Book Chapters and Thesis", level=2)
    for n, (authors, etal, title, source, g) in enumerate(REFS, 1):
        p = doc.add_paragraph(style="EndNote Bibliography")
        if n == 1:
            add_field_code(p._p, " ADDIN EN.REFLIST ")
        bookmark(p, n, True)
        names = ", ".join(authors) + (", et al" if etal else "")
        end = "" if title.endswith("?") else "."  # Vancouver keeps a title's own question mark
        p.add_run(f"{n}.\t{names}. {title}{end} {source}")
        bookmark(p, n, False)
        if n == len(REFS):
            p._p.append(fld_char("end"))
    doc.add_heading("Selected Conference Abstracts", level=2)
    for authors, title, source, _ in ABSTRACTS:
        p = doc.add_paragraph(style="EndNote Bibliography")
        p.paragraph_format.first_line_indent = Cm(-0.64)
        p.add_run(f"{', '.join(authors)}. {title}. {source}")

    doc.add_heading("Invited Presentations", level=1)
    leader_line(doc, "Stool testing for TB in advanced HIV, British HIV Association Spring Conference, Liverpool", "2024")
    leader_line(doc, "HIV-associated TB after discharge, Malawi-Liverpool-Wellcome Programme seminar, Blantyre", "2023")
    doc.add_heading("Teaching and Supervision", level=1)
    doc.add_paragraph("Module lead, Infection and Immunity (MBBS Year 2), St George’s, University of London "
                      "(2022–present). Supervisor of 3 PhD students and 5 MSc projects.")
    doc.add_heading("Management and Leadership", level=1)
    doc.add_paragraph("Antimicrobial Stewardship Lead, St George’s University Hospitals (2023–present); Trust Drugs "
                      "and Therapeutics Committee member.")
    doc.add_heading("Skills", level=1)
    for lab, val in SKILL_LINES:
        p = doc.add_paragraph()
        add_runs(p, [(lab, {"bold": True}), (val, {})])

    out = out_dir / f"{STEM}.docx"
    doc.save(str(out))

    pubs = []
    for n, (authors, etal, title, source, g) in enumerate(REFS, 1):
        venue, raw, year, typ, note = g
        gtitle = title.replace(" [dissertation]", "")
        pubs.append(pub(JB, n, gtitle, authors, venue, raw, year, typ, note=note, trunc=etal,
                        self_index=owner_index(authors, {ME})))
    for n, (authors, title, source, g) in enumerate(ABSTRACTS, 1):
        venue, raw, year, note = g
        pubs.append(pub(AB, n, title, authors, venue, raw, year, "other", flags=("poster",), note=note,
                        self_index=owner_index(authors, {ME})))
    return gold(out.name, PERSON, [e[-1] for e in EDU], [p_[-1] for p_ in POS] + [TEACH], pubs,
                [{"name": n, "date": None} for n, _ in AWARDS], SKILLS)
