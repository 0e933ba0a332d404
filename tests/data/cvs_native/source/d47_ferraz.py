"""47: agronomy / soil science CV written in Word with **Word's built-in outline heading numbering**: one multi-level
list definition whose level 1 is linked to the Heading 1 style (`w:pStyle` in the level, `w:numPr` in the style) and
level 2 to Heading 2, so the headings read "1 Personal Information", "2 Education", …, "4 Publications", "4.1 Journal
Articles", "4.2 Conference Papers", … **but the numbers are not text** (they come from the styles; the paragraphs carry
no numbering of their own). Entries are plain hanging-indent paragraphs (Normal + indent), unnumbered. **Real Word
footnotes** (`word/footnotes.xml`): the legend of the `*` equal-contribution mark and the impact-factor brackets hangs
as a footnote on the "Journal Articles" heading, one footnote sits inside a reference ("Cover article"), one on a
position ("On leave 2019–2020 …"). Education and positions as "years⇥text" lines with a left tab stop; a label ⇥ value
block for the personal data; footer "T. N. Ferraz — CV — page N" (PAGE field). References in the **ASA–CSSA–SSSA
(Agronomy Journal) style**: first author inverted, the others initials first, `, and` before the last, the year after
the names, abbreviated journals in part (`Agron. J.`, `Soil Sci. Soc. Am. J.`, `Field Crops Res.`), `doi:` labels,
`[IF 6.4]` after the journal articles. Skills listed; languages with levels. Talks, teaching and service not annotated."""
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from make_native import pub, owner_index, edu, pos, gold
from docxutil import add_abstract_num, add_field, add_footnote, add_runs, fixed_docx_metadata, new_abstract_num

STEM = "47_ferraz-agronomy-headingnumbers"
PERSON = {"name": "Tiago Nascimento Ferraz", "emails": ["tferraz2@unl.edu"], "phones": ["+1 402 472 1563"],
          "homepages": ["https://agronomy.unl.edu/ferraz-lab"]}
OWN = {"Ferraz, T.N.", "T.N. Ferraz"}
JA, CP, BC, TB = "journal articles", "conference papers", "book chapters", "technical bulletins"
NOTE_IF = "impact factor in brackets (footnote legend)"

# (section, authors as printed, equal-marked indices, year, title, venue_raw, tail, doi, IF, gold venue, type, flags,
#  note, footnote)
PUBS = [
    (JA, ["Ferraz, T.N.", "R.M. Silva", "K.L. Brandt", "J.A. Cuevas"], (), "2025",
     "Cover crop mixtures increase subsoil carbon under no-till maize–soybean rotations", "Field Crops Res.",
     " 320:109655.", "10.1016/j.fcr.2024.109655", "6.4", "Field Crops Research", "journal", (), None, None),
    (JA, ["Silva, R.M.", "T.N. Ferraz", "D. Okafor"], (0, 1), "2024",
     "Nitrous oxide emissions from fertigated maize in the Nebraska Sandhills", "Agron. J.", " 116:2210–2226.",
     "10.1002/agj2.21598", "2.0", "Agronomy Journal", "journal", (), None, "Cover article."),
    (JA, ["Ferraz, T.N.", "K.L. Brandt"], (), "2024",
     "Soil water repellency after residue removal in irrigated corn", "Soil Sci. Soc. Am. J.", " 88:512–527.",
     "10.1002/saj2.20641", "2.4", "Soil Science Society of America Journal", "journal", (), None, None),
    (JA, ["Brandt, K.L.", "T.N. Ferraz", "M. Oliveira", "P. Nakamura", "S. Adeyemi", "J.A. Cuevas"], (), "2023",
     "Long-term tillage effects on aggregate stability across a precipitation gradient", "Soil & Tillage Research",
     " 232:105768.", "10.1016/j.still.2023.105768", "6.5", "Soil & Tillage Research", "journal", (), None, None),
    (JA, ["Ferraz, T.N.", "M. Oliveira", "L.C. Santos"], (), "2022",
     "Biochar and gypsum interactions on aluminium toxicity in Cerrado Oxisols", "Geoderma", " 425:116045.",
     "10.1016/j.geoderma.2022.116045", "6.1", "Geoderma", "journal", (), None, None),
    (JA, ["Okafor, D.", "T.N. Ferraz", "R.M. Silva"], (), "2022",
     "Sensor-based nitrogen management for irrigated maize: a three-year on-farm evaluation", "Precision Agriculture",
     " 23:1789–1810.", "10.1007/s11119-022-09912-4", "5.4", "Precision Agriculture", "journal", (), None, None),
    (JA, ["Ferraz, T.N.", "L.C. Santos", "M. Oliveira", "A.P. Rocha"], (), "2021",
     "Phosphorus sorption in highly weathered soils amended with poultry litter", "Plant and Soil",
     " 462:233–249.", "10.1007/s11104-021-04862-1", "4.2", "Plant and Soil", "journal", (), None, None),
    (JA, ["Santos, L.C.", "A.P. Rocha", "T.N. Ferraz"], (), "2020",
     "Soybean yield response to liming in no-till systems of southern Brazil", "Eur. J. Agron.", " 118:126089.",
     "10.1016/j.eja.2020.126089", "5.2", "European Journal of Agronomy", "journal", (), None, None),
    (JA, ["Ferraz, T.N.", "A.P. Rocha"], (), "2019",
     "Root growth of maize under compaction and drought in a Rhodic Hapludox", "Soil Biol. Biochem.",
     " 131:42–54.", "10.1016/j.soilbio.2018.12.021", "9.7", "Soil Biology and Biochemistry", "journal", (), None, None),
    (JA, ["Cuevas, J.A.", "T.N. Ferraz", "R.M. Silva", "K.L. Brandt"], (), "",
     "Subsurface drip irrigation and soil salinity in semi-arid maize production", "Agric. Water Manage.", "",
     None, None, "Agricultural Water Management", "journal", ("to_appear",), "in press", None),
    (CP, ["Ferraz, T.N.", "K.L. Brandt"], (), "2022",
     "Mapping soil organic carbon stocks with proximal gamma-ray sensing",
     "Proceedings of the 22nd World Congress of Soil Science", ", Glasgow, UK. p. 1145–1148.", None, None,
     "World Congress of Soil Science", "conference", (), "Glasgow, UK. p. 1145–1148", None),
    (CP, ["Silva, R.M.", "T.N. Ferraz"], (), "2021",
     "Variable-rate nitrogen from active canopy sensors in the Sandhills",
     "Proceedings of the 15th International Conference on Precision Agriculture", ", Minneapolis, MN. p. 88–97.", None,
     None, "International Conference on Precision Agriculture", "conference", (), "Minneapolis, MN. p. 88–97", None),
    (BC, ["Ferraz, T.N.", "A.P. Rocha"], (), "2020", "Soil acidity management in tropical no-till systems", None,
     None, None, None, "Conservation Agriculture in the Tropics", "chapter", (),
     "In: M. Oliveira and J. Weber, editors; Springer, Cham. p. 201–228", None),
    (TB, ["Ferraz, T.N.", "L.C. Santos", "A.P. Rocha"], (), "2018",
     "Recomendações de calagem para sistemas de plantio direto no Cerrado", "Embrapa Solos",
     ". Boletim de Pesquisa e Desenvolvimento 245. Embrapa Solos, Rio de Janeiro.", None, None, "Embrapa Solos", "other",
     (), "Boletim de Pesquisa e Desenvolvimento 245; Rio de Janeiro", None),
    (TB, ["Brandt, K.L.", "T.N. Ferraz"], (), "2023",
     "Cover crops for irrigated corn in Nebraska", "Nebraska Extension",
     ". NebGuide G2345. Nebraska Extension, Lincoln, NE.", None, None, "Nebraska Extension", "other", (),
     "NebGuide G2345; Lincoln, NE", None),
]
# technical bulletins are printed newest first
PUBS = PUBS[:13] + [PUBS[14], PUBS[13]]

POS = [("2021–present", "Assistant Professor of Soil Fertility and Nutrient Management",
        "Department of Agronomy and Horticulture, University of Nebraska–Lincoln, USA", None,
        pos("Department of Agronomy and Horticulture, University of Nebraska–Lincoln", "Assistant Professor of Soil "
            "Fertility and Nutrient Management", "2021", "present", "job", location="USA")),
       ("2018–2021", "Postdoctoral Research Associate", "Department of Agronomy and Horticulture, University of "
        "Nebraska–Lincoln, USA (supervisor: Prof. Karen L. Brandt)", None,
        pos("Department of Agronomy and Horticulture, University of Nebraska–Lincoln", "Postdoctoral Research Associate",
            "2018", "2021", "research", location="USA", supervisor="Prof. Karen L. Brandt")),
       ("2014–2018", "Research Scientist", "Embrapa Solos (Brazilian Agricultural Research Corporation), Rio de "
        "Janeiro, Brazil", "On leave 2016–2018 for doctoral studies.",
        pos("Embrapa Solos (Brazilian Agricultural Research Corporation)", "Research Scientist", "2014", "2018", "job",
            location="Rio de Janeiro, Brazil"))]
EDU = [("2016–2018", "Ph.D. in Soil Science", "Universidade de São Paulo (ESALQ), Piracicaba, Brazil",
        "Advisor: Prof. Ana Paula Rocha",
        edu("Universidade de São Paulo (ESALQ)", "Ph.D.", "Soil Science", "2016", "2018", advisor="Prof. Ana Paula Rocha",
            location="Piracicaba, Brazil")),
       ("2012–2014", "M.Sc. in Agronomy (Soil Fertility)", "Universidade Federal de Lavras, Brazil", None,
        edu("Universidade Federal de Lavras", "M.Sc.", "Agronomy (Soil Fertility)", "2012", "2014", location="Brazil")),
       ("2007–2011", "B.Sc. in Agronomic Engineering", "Universidade Federal de Viçosa, Brazil", None,
        edu("Universidade Federal de Viçosa", "B.Sc.", "Agronomic Engineering", "2007", "2011", location="Brazil"))]
AWARDS = [("2024", "Early Career Research Award, Soil Science Society of America"),
          ("2022", "Outstanding Paper Award, Agronomy Journal"),
          ("2018", "CAPES Thesis Award in Agricultural Sciences (honourable mention)")]
SKILLS = ["R", "Python", "SAS", "QGIS", "HYDRUS-1D", "DSSAT", "Portuguese (native)", "English (fluent)",
          "Spanish (intermediate)"]


def heading_numbering(doc):
    """A multi-level list whose levels are linked to Heading 1 / Heading 2 (Word's 'Link level to style')."""
    numbering, an, aid = new_abstract_num(doc, "multilevel")
    for ilvl, (style, text, left) in enumerate((("Heading1", "%1", 432), ("Heading2", "%1.%2", 576))):
        lvl = OxmlElement("w:lvl")
        lvl.set(qn("w:ilvl"), str(ilvl))
        for tag, val in (("w:start", "1"), ("w:numFmt", "decimal"), ("w:pStyle", style), ("w:lvlText", text),
                         ("w:lvlJc", "left")):
            e = OxmlElement(tag)
            e.set(qn("w:val"), val)
            lvl.append(e)
        ppr = OxmlElement("w:pPr")
        ind = OxmlElement("w:ind")
        ind.set(qn("w:left"), str(left))
        ind.set(qn("w:hanging"), str(left))
        ppr.append(ind)
        lvl.append(ppr)
        an.append(lvl)
    nid = add_abstract_num(numbering, an, aid)
    for name, ilvl in (("Heading 1", 0), ("Heading 2", 1)):
        st = doc.styles[name]
        ppr = st.element.get_or_add_pPr()
        numpr = OxmlElement("w:numPr")
        il = OxmlElement("w:ilvl")
        il.set(qn("w:val"), str(ilvl))
        ni = OxmlElement("w:numId")
        ni.set(qn("w:val"), str(nid))
        numpr.append(il)
        numpr.append(ni)
        ppr.insert(0, numpr)


def tabbed(doc, left, right_runs, extra=None):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.left_indent, pf.first_line_indent = Cm(3.0), Cm(-3.0)
    pf.tab_stops.add_tab_stop(Cm(3.0))
    add_runs(p, [(left + "\t", {})] + right_runs)
    if extra:
        add_footnote(doc, p, extra)
    return p


def build(out_dir):
    doc = Document()
    fixed_docx_metadata(doc, "Tiago Nascimento Ferraz", "Curriculum Vitae")
    st = doc.styles["Normal"]
    st.font.name, st.font.size = "Cambria", Pt(11)
    st.paragraph_format.space_after = Pt(3)
    for name, size in (("Heading 1", 13), ("Heading 2", 11.5)):
        hs = doc.styles[name]
        hs.font.size = Pt(size)
        hs.paragraph_format.space_before = Pt(12 if name == "Heading 1" else 8)
    heading_numbering(doc)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.3)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp.add_run("T. N. Ferraz — CV — page ")
    add_field(fp, "PAGE", "1")

    doc.add_paragraph("Tiago Nascimento Ferraz", style="Title")
    doc.add_paragraph("Curriculum Vitae — February 2025")

    doc.add_heading("Personal Information", level=1)
    for k, v in (("Address", "279 Plant Science Hall, University of Nebraska–Lincoln, Lincoln, NE 68583, USA"),
                 ("E-mail", "tferraz2@unl.edu"), ("Phone", "+1 402 472 1563"),
                 ("Web", "https://agronomy.unl.edu/ferraz-lab"), ("ORCID", "0000-0002-5518-7730"),
                 ("Citizenship", "Brazil (U.S. permanent resident)")):
        tabbed(doc, k, [(v, {})])

    doc.add_heading("Education", level=1)
    for yrs, deg, inst, adv, _ in EDU:
        tabbed(doc, yrs, [(deg, {"bold": True}), (", " + inst + (". " + adv if adv else ""), {})])

    doc.add_heading("Professional Experience", level=1)
    for yrs, title, org, fn, _ in POS:
        tabbed(doc, yrs, [(title, {"bold": True}), (", " + org, {})], extra=fn)

    doc.add_heading("Publications", level=1)
    doc.add_paragraph("Names of the author of this CV in bold; graduate students and postdocs supervised are listed in "
                      "the advising section.")
    heads = {JA: "Journal Articles", CP: "Conference Papers", BC: "Book Chapters", TB: "Technical Bulletins"}
    pubs = []
    for sec_ in (JA, CP, BC, TB):
        hp = doc.add_heading(heads[sec_], level=2)
        if sec_ == JA:
            add_footnote(doc, hp, "* These authors contributed equally. Journal impact factors (JCR 2023) in brackets.")
        n = 0
        for s, authors, eq, year, title, raw, tail, doi, IF, venue, typ, flags, note, fn in PUBS:
            if s != sec_:
                continue
            p = doc.add_paragraph()
            p.paragraph_format.left_indent, p.paragraph_format.first_line_indent = Cm(1.0), Cm(-1.0)
            runs = []
            for k, a in enumerate(authors):
                if k:
                    runs.append((", and " if k == len(authors) - 1 else ", ", {}))
                runs.append((a, {"bold": a in OWN}))
                if k in eq:
                    runs.append(("*", {}))
            if s == BC:
                runs += [(f". {year}. {title}. In: M. Oliveira and J. Weber, editors, ", {}),
                         ("Conservation Agriculture in the Tropics", {"italic": True}),
                         (". Springer, Cham. p. 201–228.", {})]
            elif s == TB:
                runs += [(f". {year}. {title}. ", {}), (tail[2:], {})]
            elif year:
                runs += [(f". {year}. {title}. ", {}), (raw, {"italic": s == JA}), (tail, {})]
            else:
                runs += [(f". In press. {title}. ", {}), (raw, {"italic": True}), (" " if raw.endswith(".") else ".", {})]
            if doi:
                runs.append((f" doi:{doi}", {}))
            if IF:
                runs.append((f" [IF {IF}]", {}))
            add_runs(p, runs)
            if fn:
                add_footnote(doc, p, fn)
            n += 1
            clean = list(authors)
            notes = [x for x in (note, f"[IF {IF}]; {NOTE_IF}" if IF else None, fn) if x]
            pubs.append(pub(sec_, n, title, clean, venue, raw if s != BC else "Conservation Agriculture in the Tropics",
                            int(year) if year else None, typ, flags=flags, note="; ".join(notes) or None, doi=doi,
                            self_index=owner_index(clean, OWN), eq=eq))

    doc.add_heading("Awards and Honours", level=1)
    for y, a in AWARDS:
        tabbed(doc, y, [(a, {})])
    doc.add_heading("Invited Talks", level=1)
    doc.add_paragraph("Soil carbon under cover crops: what the subsoil tells us. Soil Science Society of America "
                      "webinar, 12 March 2024.")
    doc.add_heading("Teaching", level=1)
    doc.add_paragraph("AGRO 361 Soil Fertility (every fall, 2021–); AGRO 915 Advanced Soil Chemistry (spring 2023, 2025).")
    doc.add_heading("Skills", level=1)
    tabbed(doc, "Software", [("R, Python, SAS, QGIS, HYDRUS-1D, DSSAT", {})])
    tabbed(doc, "Languages", [("Portuguese (native), English (fluent), Spanish (intermediate)", {})])

    out = out_dir / f"{STEM}.docx"
    doc.save(str(out))
    return gold(out.name, PERSON, [e[4] for e in EDU], [p_[4] for p_ in POS], pubs,
                [{"name": a, "date": None} for _, a in AWARDS], SKILLS)
