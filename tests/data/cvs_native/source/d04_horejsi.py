"""04: Europass-style table CV (DOCX): labels in the left cell, content in the right. Power electronics (IEEE, patents)."""
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt, RGBColor

from make_native import pub, owner_index, edu, pos, gold
from docxutil import add_field, add_runs, fixed_docx_metadata

STEM = "04_horejsi-powerelectronics-europass"
OWNER = {"M. Hořejší"}
PERSON = {"name": "Marek Hořejší", "emails": ["marek.horejsi@fel.cvut.cz"], "phones": ["+420 224 352 118"], "homepages": []}
POS = [
    ("September 2019 – present", pos("Czech Technical University in Prague", "Associate Professor", "2019-09", "present", "job"),
     "Czech Technical University in Prague, Faculty of Electrical Engineering, Department of Electric Drives and Traction, Technická 2, 166 27 Praha 6",
     "Teaching power electronics; head of the SiC Traction Converter Laboratory"),
    ("February 2016 – August 2019", pos("Czech Technical University in Prague", "Assistant Professor", "2016-02", "2019-08", "job"),
     "Czech Technical University in Prague, Faculty of Electrical Engineering, Technická 2, 166 27 Praha 6",
     "Research in wide-bandgap converters; supervision of Master's theses"),
    ("July 2014 – December 2015", pos("ŠKODA ELECTRIC a.s.", "R&D Engineer, Power Electronics", "2014-07", "2015-12", "job"),
     "ŠKODA ELECTRIC a.s., Tylova 1/57, 301 28 Plzeň", "Design of auxiliary converters for trolleybuses and trams"),
    ("June 2012 – September 2012", pos("ABB Corporate Research Center", "Intern", "2012-06", "2012-09", "internship"),
     "ABB Corporate Research Center, Västerås, Sweden", "Medium-frequency transformer measurements"),
]
EDU = [
    ("2010 – 2014", edu("Czech Technical University in Prague", "Ph.D.", "Electrical Power Engineering", "2010", "2014",
                        advisor="doc. Ing. Pavel Kročil, Ph.D."),
     "Ph.D. in Electrical Power Engineering", "Thesis: Medium-frequency converters for traction applications. Supervisor: doc. Ing. Pavel Kročil, Ph.D."),
    ("2008 – 2010", edu("Czech Technical University in Prague", "M.Sc.", "Electrical Power Engineering", "2008", "2010"),
     "Ing. (Master of Science) – Electrical Power Engineering", "Graduated with honours"),
    ("2005 – 2008", edu("Czech Technical University in Prague", "B.Sc.", "Electrical Engineering", "2005", "2008"),
     "Bc. (Bachelor of Science) – Electrical Engineering", ""),
]
AWARDS = ["IEEE PELS Czechoslovakia Chapter Young Engineer Award (2020)",
          "Best Paper Award, EPE’17 ECCE Europe (2017)",
          "Dean’s Award for an Outstanding Dissertation (2015)"]

J, C, P = "journal articles", "conference papers", "patents"
# (section, label, authors, title, venue_raw, tail, gold)
ENTRIES = [
    (J, "J1", ["M. Hořejší", "J. Novák", "P. Kročil"],
     "A 99.2 % efficient 22 kW SiC-based bidirectional on-board charger with soft switching over the full load range",
     "IEEE Trans. Power Electron.", "vol. 39, no. 6, pp. 7012–7025, Jun. 2024, doi: 10.1109/TPEL.2024.3371188",
     dict(venue="IEEE TPEL", year=2024, doi="10.1109/TPEL.2024.3371188", note="vol. 39, no. 6, pp. 7012–7025, Jun. 2024")),
    (J, "J2", ["L. Šimková", "M. Hořejší", "T. Berger"], "Gate-driver design for paralleled SiC MOSFET modules in traction inverters",
     "IEEE Trans. Ind. Electron.", "vol. 70, no. 11, pp. 11204–11214, Nov. 2023",
     dict(venue="IEEE TIE", year=2023, note="vol. 70, no. 11, pp. 11204–11214, Nov. 2023")),
    (J, "J3", ["M. Hořejší", "P. Kročil"], "Model predictive control of a three-level T-type converter with reduced common-mode voltage",
     "IEEE J. Emerg. Sel. Topics Power Electron.", "vol. 10, no. 2, pp. 1650–1662, Apr. 2022",
     dict(venue="IEEE JESTPE", year=2022, note="vol. 10, no. 2, pp. 1650–1662, Apr. 2022")),
    (J, "J4", ["J. Novák", "M. Hořejší", "L. Šimková", "R. van den Berg", "P. Kročil"],
     "Thermal cycling lifetime of press-pack IGBTs in railway traction", "Microelectron. Reliab.", "vol. 126, Art. no. 114289, Nov. 2021",
     dict(venue="Microelectronics Reliability", year=2021, note="vol. 126, Art. no. 114289, Nov. 2021")),
    (J, "J5", ["M. Hořejší"], "Dead-time compensation for wide-bandgap inverters using online parameter estimation",
     "IEEE Trans. Ind. Appl.", "vol. 57, no. 4, pp. 3921–3930, Jul./Aug. 2021",
     dict(venue="IEEE TIA", year=2021, note="vol. 57, no. 4, pp. 3921–3930, Jul./Aug. 2021")),
    (J, "J6", ["T. Berger", "M. Hořejší", "J. Novák"], "Comparative evaluation of SiC and GaN devices for 800 V automotive drives",
     "Energies", "vol. 14, no. 9, Art. no. 2571, May 2021, doi: 10.3390/en14092571",
     dict(venue="Energies", year=2021, doi="10.3390/en14092571", note="vol. 14, no. 9, Art. no. 2571, May 2021")),
    (J, "J7", ["M. Hořejší", "P. Kročil", "J. Novák"], "Loss modelling of medium-frequency transformers for solid-state substations",
     "IET Power Electron.", "vol. 9, no. 12, pp. 2330–2338, Oct. 2016",
     dict(venue="IET Power Electronics", year=2016, note="vol. 9, no. 12, pp. 2330–2338, Oct. 2016")),
    (C, "C1", ["M. Hořejší", "L. Šimková", "T. Berger"], "Active thermal control of SiC traction inverters under low-speed operation",
     "Proc. IEEE Energy Convers. Congr. Expo. (ECCE)", "Nashville, TN, USA, Oct. 2023, pp. 1412–1418",
     dict(venue="ECCE", year=2023, type="conference", note="Nashville, TN, USA, Oct. 2023, pp. 1412–1418")),
    (C, "C2", ["J. Novák", "M. Hořejší"], "Online junction temperature estimation via the turn-off delay",
     "Proc. IEEE Appl. Power Electron. Conf. Expo. (APEC)", "Houston, TX, USA, Mar. 2022, pp. 88–94",
     dict(venue="APEC", year=2022, type="conference", note="Houston, TX, USA, Mar. 2022, pp. 88–94")),
    (C, "C3", ["R. van den Berg", "M. Hořejší", "P. Kročil"], "Harmonic stability of grid-forming converters in weak railway grids",
     "Proc. IEEE Int. Conf. Ind. Technol. (ICIT)", "Lyon, France, Feb. 2018, pp. 1120–1125",
     dict(venue="ICIT", year=2018, type="conference", note="Lyon, France, Feb. 2018, pp. 1120–1125")),
    (C, "C4", ["M. Hořejší", "P. Kročil"], "Soft-switching bidirectional DC–DC converter for battery test systems",
     "Proc. 19th Eur. Conf. Power Electron. Appl. (EPE’17 ECCE Europe)", "Warsaw, Poland, Sep. 2017, pp. 1–9. (Best Paper Award)",
     dict(venue="EPE", year=2017, type="conference", flags=["best_paper"], note="Warsaw, Poland, Sep. 2017, pp. 1–9; (Best Paper Award)")),
    (C, "C5", ["M. Hořejší"], "Medium-voltage SiC for solid-state transformers: opportunities and pitfalls",
     "PCIM Europe", "Nuremberg, Germany, May 2019",
     dict(venue="PCIM", year=2019, type="conference", flags=["talk"], note="presented at; Nuremberg, Germany, May 2019", presented=True)),
    (C, "C6", ["M. Hořejší", "J. Novák"], "A modular test bench for traction converters",
     "Proc. Int. Conf. Electr. Drives Power Electron. (EDPE)", "Dubrovnik, Croatia, Sep. 2015, pp. 211–216",
     dict(venue="EDPE", year=2015, type="conference", note="Dubrovnik, Croatia, Sep. 2015, pp. 211–216")),
    (P, "P1", ["M. Hořejší", "J. Novák", "T. Berger"], "Bidirectional on-board charger with shared magnetic components",
     None, "European Patent EP 4 123 456 B1, Mar. 13, 2024", dict(venue=None, year=2024, type="other", note="European Patent EP 4 123 456 B1, Mar. 13, 2024")),
    (P, "P2", ["M. Hořejší", "L. Šimková"], "Gate driver with active Miller clamp and desaturation detection",
     None, "CZ Patent 309 876, Aug. 2, 2022", dict(venue=None, year=2022, type="other", note="CZ Patent 309 876, Aug. 2, 2022")),
    (P, "P3", ["P. Kročil", "M. Hořejší"], "Method for estimating the junction temperature of a power semiconductor",
     None, "U.S. Patent 11 456 789 B2, Sep. 27, 2022", dict(venue=None, year=2022, type="other", note="U.S. Patent 11 456 789 B2, Sep. 27, 2022")),
]

GREY = RGBColor(0x59, 0x59, 0x59)
BLUE = RGBColor(0x0E, 0x41, 0x94)


def build(out_dir):
    doc = Document()
    fixed_docx_metadata(doc, "Marek Hořejší", "Europass Curriculum Vitae")
    st = doc.styles["Normal"]
    st.font.name, st.font.size = "Arial", Pt(9.5)
    st.paragraph_format.space_after = Pt(2)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(1.6)
    sec.top_margin, sec.bottom_margin = Cm(1.5), Cm(1.8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.LEFT
    add_runs(fp, [("Page ", {}), ])
    add_field(fp, "PAGE")
    fp.add_run(" / ")
    add_field(fp, "NUMPAGES", "3")
    fp.add_run(" - Curriculum vitae of Hořejší Marek")
    for r in fp.runs:
        r.font.size = Pt(7.5)
        r.font.color.rgb = GREY

    t = doc.add_table(rows=0, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False

    def row(label, content=None, *, heading=False, label_bold=False):
        cells = t.add_row().cells
        cells[0].width, cells[1].width = Cm(5.6), Cm(12.2)
        lp = cells[0].paragraphs[0]
        lp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        r = lp.add_run(label)
        r.font.color.rgb = BLUE if heading else GREY
        r.bold = heading or label_bold
        r.font.size = Pt(11 if heading else 9)
        rp = cells[1].paragraphs[0]
        if content is not None:
            if isinstance(content, str):
                rp.add_run(content)
            else:
                add_runs(rp, content)
        return cells[1]

    row("europass", [("Curriculum Vitae", {"bold": True})], heading=True)
    row("")
    row("Personal information", heading=True)
    row("Surname(s) / First name(s)", [("Hořejší Marek", {"bold": True})])
    row("Address", "Technická 2, 166 27 Praha 6, Czech Republic")
    row("Telephone", "+420 224 352 118")
    row("E-mail", "marek.horejsi@fel.cvut.cz")
    row("Nationality", "Czech")
    row("")
    row("Desired employment / Occupational field", "Professor of Power Electronics")
    row("")
    row("Work experience", heading=True)
    for dates, p, employer, act in POS:
        row("Dates", dates)
        row("Occupation or position held", p["title"])
        row("Main activities and responsibilities", act)
        row("Name and address of employer", employer)
        row("")
    row("Education and training", heading=True)
    for dates, e, qual, extra in EDU:
        row("Dates", dates)
        row("Title of qualification awarded", qual)
        if extra:
            row("Principal subjects / occupational skills covered", extra)
        row("Name and type of organisation providing education and training",
            "Czech Technical University in Prague, Faculty of Electrical Engineering")
        row("")
    row("Personal skills and competences", heading=True)
    row("Mother tongue(s)", "Czech")
    row("Other language(s)", "English (C1), German (B2)")
    row("Technical skills and competences", "MATLAB/Simulink, PLECS, LTspice, Altium Designer, embedded C (TI C2000), Python")
    row("Driving licence", "B")
    row("")
    row("Additional information", heading=True)
    row("Honours and awards", AWARDS[0])
    for a in AWARDS[1:]:
        row("", a)
    row("")
    pubs, counters, last_cell, last = [], {}, None, None
    for section, label, auth, title, vraw, tail, g in ENTRIES:
        if section != last:
            last_cell = row(section.capitalize(), None, label_bold=True)
            first = True
            last = section
        counters[section] = counters.get(section, 0) + 1
        p = last_cell.paragraphs[0] if first else last_cell.add_paragraph()
        first = False
        p.paragraph_format.left_indent = Cm(0.9)
        p.paragraph_format.first_line_indent = Cm(-0.9)
        p.paragraph_format.space_after = Pt(3)
        names = []
        for i, a in enumerate(auth):
            sep = "" if i == 0 else (" and " if len(auth) == 2 else (", and " if i == len(auth) - 1 else ", "))
            names += [(sep, {}), (a, {"bold": a in OWNER})]
        parts = [(f"[{label}]\t", {})] + names + [(f", “{title},” ", {})]
        if g.get("presented"):
            parts += [("presented at the ", {}), (vraw, {"italic": True}), (f", {tail}.", {})]
        elif vraw is None:
            parts += [(f"{tail}.", {})]
        else:
            parts += [("in " if vraw.startswith("Proc.") else "", {}), (vraw, {"italic": True}), (f", {tail}" + ("" if tail.endswith(")") else "."), {})]
        add_runs(p, parts)
        pubs.append(pub(section, counters[section], title, auth, g["venue"], vraw, g["year"], g.get("type", "journal"),
                        flags=g.get("flags", ()), note=g.get("note"), doi=g.get("doi"), self_index=owner_index(auth, OWNER)))
    out = out_dir / f"{STEM}.docx"
    doc.save(out)
    skills = ["Czech", "English (C1)", "German (B2)", "MATLAB/Simulink", "PLECS", "LTspice", "Altium Designer", "embedded C (TI C2000)", "Python"]
    return gold(STEM + ".docx", PERSON, [e for _, e, *_ in EDU], [p for _, p, *_ in POS], pubs,
                [{"name": a, "date": None} for a in AWARDS], skills)
