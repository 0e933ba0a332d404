"""07: Word CV (DOCX), plant biology / genomics: borderless year|content tables, Nature-style references in a Word numbered
list, underlined owner, `*` equal contribution and `†` corresponding-author marks with a legend, italic species names."""
from docx import Document
from docx.shared import Cm, Pt

from make_native import pub, owner_index, edu, pos, gold
from docxutil import add_runs, fixed_docx_metadata, new_numbering, set_num, para_border_bottom

STEM = "07_nibhriain-plantbiology-word"
OWNER = {"Ní Bhriain, S."}
PERSON = {"name": "Siobhán Ní Bhriain", "emails": ["sn427@cam.ac.uk"], "phones": ["+44 1223 761 340"],
          "homepages": ["https://www.slcu.cam.ac.uk/people/nibhriain"]}
EDU = [("2010 – 2014", edu("University of Cambridge", "Ph.D.", "Plant Sciences", "2010", "2014", advisor="Dr. Declan O’Connell",
                           location="Cambridge, UK"),
        "Ph.D. in Plant Sciences, University of Cambridge, Cambridge, UK", "Supervisor: Dr. Declan O’Connell"),
       ("2006 – 2010", edu("Trinity College Dublin", "B.A.", "Natural Sciences (Botany)", "2006", "2010", location="Dublin, Ireland"),
        "B.A. (Mod.) Natural Sciences (Botany), Trinity College Dublin, Dublin, Ireland", "First class honours, gold medal")]
POS = [("2020 – present", pos("Sainsbury Laboratory, University of Cambridge", "Group Leader", "2020", "present", "job", location="Cambridge, UK"),
        "Group Leader, Sainsbury Laboratory, University of Cambridge, Cambridge, UK"),
       ("2015 – 2019", pos("Max Planck Institute for Plant Breeding Research", "EMBO Postdoctoral Fellow", "2015", "2019", "research",
                           location="Cologne, Germany", supervisor="Prof. Jonathan R. Hartley"),
        "EMBO Postdoctoral Fellow, Max Planck Institute for Plant Breeding Research, Cologne, Germany. Host: Prof. Jonathan R. Hartley")]
AWARDS = [("2024", "ERC Consolidator Grant ROOTSCAPE"), ("2022", "EMBO Young Investigator"), ("2015", "EMBO Long-Term Fellowship")]
SKILLS = [("Techniques", ["scRNA-seq", "ATAC-seq", "CRISPR/Cas9", "light-sheet microscopy"]),
          ("Computational", ["R", "Python", "Seurat", "Snakemake"]),
          ("Languages", ["Irish (native)", "English (native)", "German (B2)"])]

A, RV, PP = "research articles", "reviews", "preprints"
# section, authors, marks, et al., title (with _species_ in underscores), venue_raw, volume, pages, year, gold
ENTRIES = [
    (A, ["Ní Bhriain, S.", "Okoro, T.", "Vanterpool, L.", "Gallardo, M.", "Hartley, J. R."], {0: "*", 1: "*", 4: "†"}, False,
     "Single-cell atlas of the maize root tip under phosphate starvation", "Nat. Plants", "11", "212–227", 2025, {"venue": "Nature Plants", "eq": [0, 1]}),
    (A, ["Hartley, J. R.", "Ní Bhriain, S.", "Zhou, Q."], {}, False, "Chromatin accessibility dynamics during lateral root initiation",
     "Plant Cell", "36", "1530–1548", 2024, {"venue": "The Plant Cell"}),
    (A, ["Ní Bhriain, S.", "Vanterpool, L."], {0: "†"}, False, "A CRISPR toolkit for multiplexed promoter editing in _Setaria viridis_",
     "Nat. Commun.", "14", "7781", 2023, {"venue": "Nature Communications"}),
    (A, ["Gallardo, M.", "Ní Bhriain, S.", "Brandt, K.", "Hartley, J. R."], {0: "*", 1: "*"}, False,
     "Root hair elongation requires a phosphate-responsive ROP GTPase module", "Curr. Biol.", "33", "4410–4422.e6", 2023,
     {"venue": "Current Biology", "eq": [0, 1]}),
    (A, ["Okoro, T.", "Ní Bhriain, S.", "Lindgren, P.", "Mwangi, E.", "Sato, Y.", "Brandt, K.", "Zhou, Q.", "Hartley, J. R."], {}, False,
     "Natural variation in root system architecture across 512 sorghum accessions", "Genome Biol.", "23", "201", 2022, {"venue": "Genome Biology"}),
    (A, ["Ní Bhriain, S."], {}, True, "Spatial transcriptomics of nodule primordia in _Medicago truncatula_", "Plant Physiol.", "190",
     "1215–1231", 2022, {"venue": "Plant Physiology"}),
    (A, ["Ní Bhriain, S.", "Zhou, Q.", "Hartley, J. R."], {}, False, "Auxin maxima position lateral root founder cells via a mobile peptide signal",
     "Development", "148", "dev199542", 2021, {"venue": "Development"}),
    (A, ["Vanterpool, L.", "Ní Bhriain, S.", "Gallardo, M."], {}, False, "High-throughput phenotyping of root angle with a low-cost imaging rig",
     "Plant Methods", "17", "88", 2021, {"venue": "Plant Methods"}),
    (A, ["Ní Bhriain, S.", "Hartley, J. R."], {}, False, "A phosphate-sensing module links SPX proteins to root meristem exhaustion",
     "Proc. Natl Acad. Sci. USA", "117", "24501–24510", 2020, {"venue": "PNAS"}),
    (A, ["Brandt, K.", "Ní Bhriain, S.", "Mwangi, E.", "Lindgren, P."], {}, False, "Evolution of the PHR1 transcription factor family in land plants",
     "Mol. Biol. Evol.", "36", "2311–2325", 2019, {"venue": "Molecular Biology and Evolution"}),
    (A, ["Ní Bhriain, S.", "Sato, Y.", "O’Connell, D."], {}, False, "Iron-dependent root growth arrest in _Arabidopsis thaliana_",
     "Plant J.", "93", "876–889", 2018, {"venue": "The Plant Journal"}),
    (A, ["Ní Bhriain, S.", "O’Connell, D."], {}, False, "Live imaging of phosphate transporter trafficking in root epidermal cells",
     "J. Exp. Bot.", "68", "3101–3112", 2017, {"venue": "Journal of Experimental Botany"}),
    (RV, ["Hartley, J. R.", "Ní Bhriain, S."], {1: "†"}, False, "Root plasticity in a changing climate", "Annu. Rev. Plant Biol.", "75",
     "341–368", 2024, {"venue": "Annual Review of Plant Biology"}),
    (RV, ["Ní Bhriain, S."], {}, False, "Single-cell genomics comes to plant roots", "Trends Plant Sci.", "27", "1199–1212", 2022,
     {"venue": "Trends in Plant Science"}),
    (PP, ["Zhou, Q.", "Mwangi, E.", "Ní Bhriain, S.", "Hartley, J. R."], {0: "*", 1: "*"}, False,
     "Phase separation of a root-specific RNA-binding protein controls meristem size", "bioRxiv", None,
     "https://doi.org/10.1101/2024.10.03.616512", 2024, {"venue": "bioRxiv", "type": "preprint", "eq": [0, 1]}),
    (PP, ["Ní Bhriain, S.", "Lindgren, P.", "Sato, Y."], {0: "†"}, False, "A pan-genome of wild barley root traits", "bioRxiv", None,
     "https://doi.org/10.1101/2025.01.22.634118", 2025, {"venue": "bioRxiv", "type": "preprint"}),
]


def title_runs(title):
    out = []
    for k, chunk in enumerate(title.split("_")):
        if chunk:
            out.append((chunk, {"italic": k % 2 == 1}))
    return out


def build(out_dir):
    doc = Document()
    fixed_docx_metadata(doc, "Siobhán Ní Bhriain", "CV")
    st = doc.styles["Normal"]
    st.font.name, st.font.size = "Calibri", Pt(10.5)
    st.paragraph_format.space_after = Pt(2)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.0)
    fp = sec.footer.paragraphs[0]
    fp.add_run("S. Ní Bhriain – CV").font.size = Pt(8)
    p = doc.add_paragraph()
    add_runs(p, [("Siobhán Ní Bhriain", {"bold": True})]).runs[0].font.size = Pt(20)
    doc.add_paragraph("Sainsbury Laboratory, University of Cambridge, Bateman Street, Cambridge CB2 1LR, UK")
    doc.add_paragraph("sn427@cam.ac.uk  |  +44 1223 761 340  |  https://www.slcu.cam.ac.uk/people/nibhriain  |  ORCID: 0000-0003-1492-8870")

    def head(text):
        h = doc.add_heading(text, level=1)
        para_border_bottom(h)

    def year_table(rows):
        t = doc.add_table(rows=0, cols=2)
        for left, lines in rows:
            c = t.add_row().cells
            c[0].width, c[1].width = Cm(3.0), Cm(14.0)
            c[0].paragraphs[0].add_run(left).bold = True
            c[1].paragraphs[0].add_run(lines[0])
            for extra in lines[1:]:
                c[1].add_paragraph(extra).runs[0].italic = True

    head("Appointments")
    year_table([(d, [line]) for d, _, line in POS])
    head("Education")
    year_table([(d, [line, extra]) for d, _, line, extra in EDU])
    head("Fellowships and Awards")
    year_table([(d, [a]) for d, a in AWARDS])
    head("Publications")
    leg = doc.add_paragraph()
    add_runs(leg, [("* These authors contributed equally.  † Corresponding author.  ", {}),
                   ("Ní Bhriain, S.", {"underline": True}), (" = CV owner.", {})])
    make_num = new_numbering(doc, indent_cm=0.8)
    pubs, counters, last, num = [], {}, None, None
    for section, auth, marks, etal, title, vraw, vol, pages, year, g in ENTRIES:
        if section != last:
            doc.add_heading(section.capitalize(), level=2)
            num = make_num()
            last = section
        counters[section] = counters.get(section, 0) + 1
        p = doc.add_paragraph()
        set_num(p, num)
        p.paragraph_format.space_after = Pt(4)
        parts = []
        for i, a in enumerate(auth):
            if i:
                parts.append((" & " if i == len(auth) - 1 else ", ", {}))
            parts.append((a, {"underline": a in OWNER}))
            if i in marks:
                parts.append((marks[i], {"superscript": True}))
        if etal:
            parts.append((" et al.", {"italic": True}))
        parts.append((" ", {}))
        parts += title_runs(title) + [(". ", {}), (vraw, {"italic": True})]
        if vol:
            parts += [(" ", {}), (vol, {"bold": True}), (f", {pages} ({year}).", {})]
        else:
            parts += [(f" {pages} ({year}).", {})]
        add_runs(p, parts)
        plain = title.replace("_", "")
        link = pages if pages.startswith("http") else None
        notes = []
        if "†" in marks.values():
            notes.append("† marks the corresponding author")
        if vol:
            notes.append(f"{vol}, {pages}")
        if section == RV:
            notes.append("review")
        pubs.append(pub(section, counters[section], plain, auth, g["venue"], vraw, year, g.get("type", "journal"),
                        links=[link] if link else [], note="; ".join(notes) or None,
                        doi=link.split("doi.org/")[1] if link else None, self_index=owner_index(auth, OWNER),
                        eq=g.get("eq", ()), trunc=etal))
    head("Selected Invited Talks")
    for t in ("2024  Plant Biology Europe, Marseille, France – keynote",
              "2023  Gordon Research Conference on Plant Molecular Biology, Holderness, NH, USA"):
        doc.add_paragraph(t)
    head("Skills")
    for label, vals in SKILLS:
        q = doc.add_paragraph()
        add_runs(q, [(label + ": ", {"bold": True}), (", ".join(vals), {})])
    doc.save(out_dir / f"{STEM}.docx")
    return gold(STEM + ".docx", PERSON, [e for _, e, *_ in EDU], [p for _, p, _ in POS], pubs,
                [{"name": a, "date": None} for _, a in AWARDS], [s for _, v in SKILLS for s in v])
