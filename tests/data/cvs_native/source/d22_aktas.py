"""22: structural / earthquake engineering CV (DOCX) in a Word "sidebar résumé" shape: contact data, skills, languages and
profile links sit in a **floating text box** (a `wps:wsp` shape with `w:txbxContent`, plus the VML fallback Word writes
in `mc:AlternateContent`) anchored at the start of the first body paragraph and placed down the left edge of page 1 with
square wrapping; everything else is in the body with Word styles (Title, Subtitle, Heading 1), right tab stops for dates
and italic organisation lines. Publications are a **multi-level Word list** ("1." category items in bold: Journal
Articles, Conference Papers, Book Chapters, Technical Reports; entries numbered "1.1", "1.2", …, "2.1", … by the list
definition, not typed). ASCE author-date references (`Last, F., Last, F. M., and Last, F. (2024). “Title.” *J. Struct.
Eng.*, 150(6), 04024061.`), owner bold, doi.org hyperlinks, `Proc., 18th World Conf. on Earthquake Engineering (18WCEE)`,
a chapter `Book, M. Papadakis, ed., Springer, …`, report numbers. Footer with PAGE/NUMPAGES. Research funding, teaching,
invited talks and service are not annotated. No tracked changes."""
from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.shared import Cm, Pt, RGBColor

from make_native import pub, owner_index, edu, pos, gold
from docxutil import (add_runs, fixed_docx_metadata, add_field, add_hyperlink, new_multilevel_numbering, set_num,
                      add_floating_textbox, para_border_bottom)

STEM = "22_aktas-engineering-textbox"
ME = "Aktaş, Z."
OWNER = {ME}
PERSON = {"name": "Zeynep Aktaş", "emails": ["zeynep.aktas@tudelft.nl"], "phones": ["+31 15 278 4512"],
          "homepages": ["https://zaktas.github.io"]}
TUD = "Faculty of Civil Engineering and Geosciences, Delft University of Technology"
# gold, title line, dates (right tab), organisation line (italic), extra line
POS = [
    (pos(TUD, "Assistant Professor", "2021-09", "present", "job", location="Delft, the Netherlands"),
     "Assistant Professor (Tenure Track)", "Sep 2021 – present", f"{TUD}, Delft, the Netherlands", None),
    (pos("Institute of Structural Engineering, ETH Zürich", "Postdoctoral Researcher", "2019-02", "2021-08", "research",
         location="Zürich, Switzerland", supervisor="Prof. Dr. Lukas Brenneisen"),
     "Postdoctoral Researcher", "Feb 2019 – Aug 2021", "Institute of Structural Engineering, ETH Zürich, Zürich, Switzerland",
     "Supervisor: Prof. Dr. Lukas Brenneisen"),
    (pos("Pacific Earthquake Engineering Research Center, University of California, Berkeley", "Visiting Researcher",
         "2017-06", "2017-09", "research", location="Berkeley, CA, USA"),
     "Visiting Researcher", "Jun 2017 – Sep 2017",
     "Pacific Earthquake Engineering Research Center, University of California, Berkeley, Berkeley, CA, USA", None),
    (pos("Arup", "Structural Engineer", "2013-07", "2014-08", "job", location="Istanbul, Turkey"),
     "Structural Engineer", "Jul 2013 – Aug 2014", "Arup, Istanbul, Turkey", None),
]
EDU = [
    (edu("Middle East Technical University", "Ph.D.", "Civil Engineering", "2014-09", "2019-01",
         advisor="Prof. Dr. Selim Oruçoğlu", location="Ankara, Turkey"),
     "Ph.D. in Civil Engineering", "Sep 2014 – Jan 2019", "Middle East Technical University (METU), Ankara, Turkey",
     "Dissertation: Energy-based collapse assessment of infilled reinforced concrete frames. Advisor: Prof. Dr. Selim Oruçoğlu"),
    (edu("Middle East Technical University", "M.Sc.", "Structural Engineering", "2011-09", "2013-06", gpa="3.86/4.00",
         location="Ankara, Turkey"),
     "M.Sc. in Structural Engineering", "Sep 2011 – Jun 2013", "Middle East Technical University (METU), Ankara, Turkey",
     "GPA: 3.86/4.00"),
    (edu("Istanbul Technical University", "B.Sc.", "Civil Engineering", "2007-09", "2011-06", location="Istanbul, Turkey"),
     "B.Sc. in Civil Engineering (High Honour)", "Sep 2007 – Jun 2011", "Istanbul Technical University, Istanbul, Turkey", None),
]
AWARDS = [("NWO Veni Grant, Dutch Research Council", "2023"),
          ("ETH Zurich Postdoctoral Fellowship", "2019"),
          ("METU Thesis of the Year Award (Ph.D.), Middle East Technical University", "2019"),
          ("TÜBİTAK 2211 National Graduate Scholarship", "2011–2016")]
# sidebar: (label, [items]) -- one paragraph per item
SIDEBAR_SKILLS = [("Structural analysis", ["OpenSees", "ABAQUS", "SAP2000", "LS-DYNA"]),
                  ("Programming", ["Python", "MATLAB"]),
                  ("Experimental", ["hybrid simulation", "shake-table testing"])]
LANGS = ["Turkish (native)", "English (fluent, C2)", "Dutch (intermediate, B1)"]

J, C, B, R = "journal articles", "conference papers", "book chapters", "technical reports"
HEADS = {J: "Journal Articles", C: "Conference Papers", B: "Book Chapters", R: "Technical Reports"}
# (section, authors, year, title, venue as printed (italic), rest, doi, gold extras)
ENTRIES = [
    (J, [ME, "van der Linden, M.", "Brenneisen, L."], 2025,
     "Seismic fragility of unreinforced masonry buildings in Groningen under induced earthquakes",
     "Earthquake Eng. Struct. Dyn.", "54(2), 512–534", "10.1002/eqe.4271",
     dict(venue="Earthquake Engineering & Structural Dynamics")),
    (J, ["Brenneisen, L.", ME, "Kowalski, P."], 2024, "Hybrid simulation of steel moment frames with real-time substructuring",
     "J. Struct. Eng.", "150(6), 04024061", "10.1061/JSENDH.STENG-13115", dict(venue="Journal of Structural Engineering")),
    (J, [ME, "Oruçoğlu, S."], 2024, "Machine-learning surrogate models for residual drift prediction of RC frames",
     "Eng. Struct.", "301, 117312", "10.1016/j.engstruct.2023.117312", dict(venue="Engineering Structures")),
    (J, ["Yılmaz, B.", ME, "de Vries, R.", "Janssen, K.", "Mulder, T.", "Bakker, S.", "Çelik, O."], 2023,
     "Shake-table tests of a two-storey calcium-silicate masonry building", "Bull. Earthquake Eng.", "21(9), 4321–4350",
     "10.1007/s10518-023-01688-4", dict(venue="Bulletin of Earthquake Engineering")),
    (J, [ME, "Brenneisen, L.", "Fischer, A."], 2023, "Low-cycle fatigue of buckling-restrained braces under near-fault pulses",
     "J. Constr. Steel Res.", "203, 107802", None, dict(venue="Journal of Constructional Steel Research")),
    (J, ["Kowalski, P.", ME], 2022, "Probabilistic seismic demand models for base-isolated hospitals", "Earthquake Spectra",
     "38(4), 2875–2899", "10.1177/87552930221098876", dict(venue="Earthquake Spectra")),
    (J, [ME, "Oruçoğlu, S.", "Demir, H."], 2021, "Ground-motion selection for compliance with the 2018 Turkish seismic code",
     "Soil Dyn. Earthquake Eng.", "141, 106512", None, dict(venue="Soil Dynamics and Earthquake Engineering")),
    (J, [ME, "Oruçoğlu, S."], 2020, "Collapse assessment of non-ductile RC frames with masonry infill walls",
     "J. Earthquake Eng.", "24(8), 1245–1270", "10.1080/13632469.2018.1475312", dict(venue="Journal of Earthquake Engineering")),
    (J, ["Demir, H.", ME, "Şahin, E.", "Oruçoğlu, S."], 2019, "Field reconnaissance of the 2017 Ayvacık earthquake sequence",
     "Nat. Hazards", "98(2), 701–724", None, dict(venue="Natural Hazards")),
    (J, [ME, "Oruçoğlu, S."], 2018, "Energy-based damage indices for reinforced concrete columns", "Struct. Saf.",
     "74, 56–68", "10.1016/j.strusafe.2018.04.003", dict(venue="Structural Safety")),
    (C, [ME, "Brenneisen, L."], 2024, "Real-time hybrid testing of masonry infills in steel frames",
     "Proc., 18th World Conf. on Earthquake Engineering (18WCEE)", "Milan, Italy", None, dict(venue="WCEE", type="conference")),
    (C, ["van der Linden, M.", ME], 2023, "Fragility functions for Dutch terraced houses",
     "Proc., 14th Int. Conf. on Applications of Statistics and Probability in Civil Engineering (ICASP14)", "Dublin, Ireland",
     None, dict(venue="ICASP", type="conference")),
    (C, [ME, "Brenneisen, L.", "Fischer, A."], 2022, "Digital twins for post-earthquake assessment of steel bridges",
     "Proc., 3rd European Conf. on Earthquake Engineering and Seismology (3ECEES)", "Bucharest, Romania (Best Paper Award)",
     None, dict(venue="ECEES", type="conference", flags=["best_paper"], note="Bucharest, Romania; (Best Paper Award)")),
    (C, [ME, "Oruçoğlu, S."], 2017, "Pushover analysis of infilled RC frames with strut models",
     "Proc., 16th World Conf. on Earthquake Engineering (16WCEE)", "Santiago, Chile", None,
     dict(venue="WCEE", type="conference")),
    (B, ["Oruçoğlu, S.", ME], 2022, "Seismic risk of school buildings in Turkey",
     "Seismic risk assessment of critical infrastructure", "M. Papadakis, ed., Springer, Cham, Switzerland, 145–170", None,
     dict(venue="Seismic risk assessment of critical infrastructure", type="chapter")),
    (R, [ME, "Brenneisen, L.", "Kowalski, P."], 2021, "Benchmark hybrid simulations of steel moment frames", None,
     "Rep. No. IBK-2021-07, Institute of Structural Engineering, ETH Zürich, Zürich, Switzerland", None,
     dict(venue="ETH Zürich", vraw="Institute of Structural Engineering, ETH Zürich", type="other", note="Rep. No. IBK-2021-07")),
    (R, ["Demir, H.", ME, "Oruçoğlu, S."], 2020, "Reconnaissance report on the 24 January 2020 Elazığ earthquake", None,
     "METU/EERC Rep. No. 2020-02, Earthquake Engineering Research Center, Middle East Technical University, Ankara, Turkey",
     None, dict(venue="Middle East Technical University",
                vraw="Earthquake Engineering Research Center, Middle East Technical University", type="other",
                note="METU/EERC Rep. No. 2020-02")),
]
NAVY = RGBColor(0x1F, 0x3A, 0x5F)


def asce_authors(auth):
    parts = []
    for i, a in enumerate(auth):
        if i:
            parts.append((", and " if i == len(auth) - 1 else ", ", {}))  # ASCE: comma before "and" even for two
        parts.append((a, {"bold": a in OWNER}))
    return parts


def sidebar_paragraphs():
    """The text box content, built on a scratch document so python-docx formatting helpers can be used."""
    scratch = Document()
    body = scratch.element.body
    out = []

    def para(text="", bold=False, size=9, color=None, space_before=0, caps=False):
        p = scratch.add_paragraph()
        p.paragraph_format.space_after = Pt(1)
        p.paragraph_format.space_before = Pt(space_before)
        if text:
            r = p.add_run(text)
            r.bold, r.font.size, r.font.all_caps = bold, Pt(size), caps
            r.font.name = "Calibri"
            if color:
                r.font.color.rgb = color
        out.append(p._p)
        return p

    para("Contact", bold=True, size=11, color=NAVY, caps=True)
    for line in ("Delft University of Technology", "Stevinweg 1, 2628 CN Delft", "The Netherlands", "zeynep.aktas@tudelft.nl",
                 "+31 15 278 4512", "https://zaktas.github.io"):
        para(line)
    para("Skills", bold=True, size=11, color=NAVY, space_before=10, caps=True)
    for label, items in SIDEBAR_SKILLS:
        para(label, bold=True, space_before=4)
        for it in items:
            para(it)
    para("Languages", bold=True, size=11, color=NAVY, space_before=10, caps=True)
    for it in LANGS:
        para(it)
    para("Profiles", bold=True, size=11, color=NAVY, space_before=10, caps=True)
    para("ORCID: 0000-0002-4417-8830")
    para("Google Scholar: Zeynep Aktaş")
    para("Scopus ID: 57193412288")
    for p in out:
        body.remove(p)
    return out


def build(out_dir):
    doc = Document()
    fixed_docx_metadata(doc, "Zeynep Aktaş", "Curriculum Vitae")
    st = doc.styles["Normal"]
    st.font.name, st.font.size = "Calibri", Pt(10)
    st.paragraph_format.space_after = Pt(2)
    for name, size in (("Title", 24), ("Subtitle", 12), ("Heading 1", 13)):
        s = doc.styles[name]
        s.font.name, s.font.size, s.font.color.rgb = "Calibri", Pt(size), NAVY
    doc.styles["Heading 1"].paragraph_format.space_before = Pt(12)
    doc.styles["Heading 1"].paragraph_format.space_after = Pt(4)
    if "Org Line" not in [s.name for s in doc.styles]:
        org = doc.styles.add_style("Org Line", WD_STYLE_TYPE.PARAGRAPH)
        org.base_style = doc.styles["Normal"]
        org.font.italic = True
        org.font.color.rgb = RGBColor(0x40, 0x40, 0x40)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin = Cm(1.8), Cm(1.8), Cm(2.0), Cm(1.8)
    right = sec.page_width - sec.left_margin - sec.right_margin
    fp = sec.footer.paragraphs[0]
    fp.add_run("Zeynep Aktaş — Curriculum Vitae — page ").font.size = Pt(8)
    add_field(fp, "PAGE")
    fp.add_run(" of ").font.size = Pt(8)
    add_field(fp, "NUMPAGES", "3")

    title = doc.add_paragraph("Zeynep Aktaş", style="Title")
    add_floating_textbox(title, sidebar_paragraphs(), x_cm=0.8, y_cm=0.8, w_cm=5.6, h_cm=28.0)
    doc.add_paragraph("Assistant Professor · Structural and Earthquake Engineering", style="Subtitle")

    def dated(title_text, dates, org_line, extra):
        p = doc.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(right, WD_TAB_ALIGNMENT.RIGHT)
        p.paragraph_format.space_before = Pt(4)
        add_runs(p, [(title_text, {"bold": True}), ("\t" + dates, {})])
        doc.add_paragraph(org_line, style="Org Line")
        if extra:
            doc.add_paragraph(extra)

    h = doc.add_heading("Professional Experience", level=1)
    para_border_bottom(h, color="1F3A5F")
    for _, t, d, o, x in POS:
        dated(t, d, o, x)
    h = doc.add_heading("Education", level=1)
    para_border_bottom(h, color="1F3A5F")
    for _, t, d, o, x in EDU:
        dated(t, d, o, x)
    h = doc.add_heading("Awards and Honours", level=1)
    para_border_bottom(h, color="1F3A5F")
    for a, y in AWARDS:
        p = doc.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(right, WD_TAB_ALIGNMENT.RIGHT)
        p.add_run(f"{a}\t{y}")
    h = doc.add_heading("Publications", level=1)
    para_border_bottom(h, color="1F3A5F")
    num = new_multilevel_numbering(doc, [("%1.", 0.75, 0.75, True), ("%1.%2", 1.6, 1.0, False)])
    pubs, counters, last = [], {}, None
    for sec_name, auth, year, title_text, vraw, rest, doi, g in ENTRIES:
        if sec_name != last:
            ph = doc.add_paragraph()
            set_num(ph, num, 0)
            ph.paragraph_format.space_before = Pt(6)
            ph.add_run(HEADS[sec_name]).bold = True
            last = sec_name
        counters[sec_name] = counters.get(sec_name, 0) + 1
        p = doc.add_paragraph()
        set_num(p, num, 1)
        p.paragraph_format.space_after = Pt(3)
        parts = asce_authors(auth) + [(f" ({year}). “{title_text}.” ", {})]
        typ = g.get("type", "journal")
        if typ == "journal":
            parts += [(vraw, {"italic": True}), (f", {rest}.", {})]
        elif typ == "conference":
            parts += [(vraw, {"italic": True}), (f", {rest}.", {})]
        elif typ == "chapter":
            parts += [(vraw, {"italic": True}), (f", {rest}.", {})]
        else:
            parts += [(f"{rest}.", {})]
        add_runs(p, parts)
        links = []
        if doi:
            u = f"https://doi.org/{doi}"
            p.add_run(" ")
            add_hyperlink(p, u, u, color="0563C1")
            links = [u]
        pubs.append(pub(sec_name, counters[sec_name], title_text, auth, g["venue"], g.get("vraw", vraw), year, typ,
                        flags=g.get("flags", ()), links=links, doi=doi, note=g.get("note"),
                        self_index=owner_index(auth, OWNER)))
    h = doc.add_heading("Research Funding", level=1)
    para_border_bottom(h, color="1F3A5F")
    for line in ("NWO Veni: “Hybrid twins for induced-seismicity risk of masonry housing” (PI), €280,000\t2023 – 2026",
                 "TU Delft Climate Action Programme seed grant (co-PI with M. van der Linden), €45,000\t2022 – 2023"):
        p = doc.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(right, WD_TAB_ALIGNMENT.RIGHT)
        p.add_run(line)
    h = doc.add_heading("Teaching", level=1)
    para_border_bottom(h, color="1F3A5F")
    for line in ("CIE4150 Earthquake Engineering (M.Sc., lecturer)\t2022 – present",
                 "CIE3150 Structural Dynamics (B.Sc., co-lecturer)\t2021 – present"):
        p = doc.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(right, WD_TAB_ALIGNMENT.RIGHT)
        p.add_run(line)
    h = doc.add_heading("Invited Talks", level=1)
    para_border_bottom(h, color="1F3A5F")
    doc.add_paragraph("“Induced seismicity and the masonry housing stock of Groningen,” Earthquake Engineering Research "
                      "Institute (EERI) Seminar, online, 2024")
    doc.add_paragraph("“Hybrid simulation at scale,” Department of Civil and Environmental Engineering, Imperial College "
                      "London, 2023")
    h = doc.add_heading("Professional Service", level=1)
    para_border_bottom(h, color="1F3A5F")
    doc.add_paragraph("Associate Editor, Bulletin of Earthquake Engineering (2023 – present); member, EAEE Working Group 11 "
                      "on hybrid testing; reviewer for Earthquake Spectra, Engineering Structures and J. Struct. Eng.")
    doc.save(out_dir / f"{STEM}.docx")
    skills = [it for _, items in SIDEBAR_SKILLS for it in items] + LANGS
    return gold(STEM + ".docx", PERSON, [e for e, *_ in EDU], [p for p, *_ in POS], pubs,
                [{"name": a, "date": None} for a, _ in AWARDS], skills)
