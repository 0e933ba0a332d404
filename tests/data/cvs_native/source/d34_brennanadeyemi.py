"""34: systems neuroscience CV (DOCX) in the Word built-in styles: Title, a contact paragraph, **Heading 1** sections
with a bottom border, appointments and degrees as "dates ⇥ text" paragraphs with a left tab, and a publications
heading that carries the **bibliometrics in the heading itself** — "Publications (h-index 21; 2,340 citations; Google
Scholar, March 2025)" — followed by **Heading 2** sub-sections (Original research articles / Reviews and commentaries
/ Preprints) whose entries are **Word auto-numbered paragraphs** (the numbers come from the list definition, restart
per sub-section). **J Neurosci / NLM-like style**: `Last FM, Last FM (2024) Title. Nat Neurosci 26:1401–1414.`
with the owner **underlined**, `†` equal contribution (legend paragraph under the heading), `et al.` after three
names, a `doi:` in plain text, and **journal-impact notes** in square brackets at the end of each entry
(`[IF 21.2; cited 156×]`, `[Review; IF 34.7; cited 410×]`), one followed by a bold "Cover article." Grants,
teaching, mentoring are not annotated."""
from docx import Document
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.shared import Cm, Pt

from make_native import pub, owner_index, edu, pos, gold
from docxutil import add_runs, fixed_docx_metadata, new_numbering, set_num, para_border_bottom

STEM = "34_brennanadeyemi-neuroscience-hindex"
ME = "Brennan-Adeyemi S"
PERSON = {"name": "Sofía Brennan-Adeyemi", "emails": ["s.brennan-adeyemi@ucl.ac.uk"], "phones": ["+44 20 3108 7741"],
          "homepages": ["https://www.ucl.ac.uk/swc/people/brennan-adeyemi"]}
RA, RV, PP = "original research articles", "reviews and commentaries", "preprints"
# (section, authors as printed with † markers, year, title, journal abbrev, volume/pages, doi, impact note, extra,
#  gold venue, type)
PUBS = [
    (RA, ["Brennan-Adeyemi S†", "Kowalczyk J†", "Tanaka R", "Müller-Osei H", "Grant PL"], 2024,
     "Hippocampal sharp-wave ripples coordinate prefrontal replay during rule switching", "Neuron", "112:2876–2891",
     "10.1016/j.neuron.2024.06.019", "IF 14.7; cited 48×", None, "Neuron", "journal"),
    (RA, ["Tanaka R", "Brennan-Adeyemi S", "Grant PL"], 2023,
     "Theta–gamma coupling in the medial entorhinal cortex predicts path integration errors", "J Neurosci",
     "43:7712–7726", None, "IF 4.4; cited 37×", None, "The Journal of Neuroscience", "journal"),
    (RA, ["Brennan-Adeyemi S", "Okafor C", "Vesterberg A", "Morales-Ibáñez D", "Chen W", "Nakagawa Y", "Grant PL"], 2023,
     "Closed-loop optogenetic disruption of ripples impairs memory consolidation in aged mice", "Nat Neurosci",
     "26:1401–1414", "10.1038/s41593-023-01388-4", "IF 21.2; cited 156×", "Cover article.", "Nature Neuroscience",
     "journal"),
    (RA, ["Kowalczyk J", "Brennan-Adeyemi S"], 2022,
     "A low-cost wireless headstage for chronic recordings in freely moving rats", "eNeuro",
     "9:ENEURO.0211-22.2022", None, "IF 2.7; cited 12×", None, "eNeuro", "journal"),
    (RA, ["Brennan-Adeyemi S", "Grant PL"], 2021, "Place cell remapping follows the statistics of reward", "Curr Biol",
     "31:4012–4025.e6", "10.1016/j.cub.2021.07.031", "IF 9.2; cited 201×", None, "Current Biology", "journal"),
    (RA, ["Müller-Osei H", "Brennan-Adeyemi S", "Vesterberg A"], 2020,
     "Astrocytic calcium waves gate hippocampal plasticity", "Nat Commun", "11:5521", None, "IF 16.6; cited 389×", None,
     "Nature Communications", "journal"),
    (RA, ["Brennan-Adeyemi S", "Haddad L", "Grant PL"], 2019,
     "Reward expectation modulates CA1 population sequences", "Cell Rep", "28:2104–2117", None,
     "IF 8.8; cited 512×", None, "Cell Reports", "journal"),
    (RA, ["Haddad L", "Brennan-Adeyemi S"], 2017,
     "Dopaminergic modulation of sharp-wave ripple incidence in vitro", "J Physiol", "595:6245–6262", None,
     "IF 5.5; cited 301×", None, "The Journal of Physiology", "journal"),
    (RV, ["Brennan-Adeyemi S", "Grant PL"], 2022,
     "Ripples, replay and the consolidation of flexible memories", "Nat Rev Neurosci", "23:615–631", None,
     "Review; IF 34.7; cited 410×", None, "Nature Reviews Neuroscience", "journal"),
    (RV, ["Brennan-Adeyemi S"], 2020, "Hippocampal replay: not just for sleep", "Trends Neurosci", "43:851–853", None,
     "Commentary; IF 15.9", None, "Trends in Neurosciences", "journal"),
    (PP, ["Okafor C", "Brennan-Adeyemi S"], 2025, "Aging shifts the timing of ripple–spindle coupling", "bioRxiv",
     None, "10.1101/2025.02.11.637712", None, None, "bioRxiv", "preprint"),
]
TRUNC = {"Astrocytic calcium waves gate hippocampal plasticity"}
POS = [("2022–present", "Group Leader", "Sainsbury Wellcome Centre, University College London, London, UK", None,
        pos("Sainsbury Wellcome Centre, University College London", "Group Leader", "2022", "present", "job",
            location="London, UK")),
       ("2017–2022", "Postdoctoral Research Fellow", "Department of Neuroscience, Karolinska Institutet, Stockholm, Sweden",
        "Mentor: Prof. Peter L. Grant",
        pos("Department of Neuroscience, Karolinska Institutet", "Postdoctoral Research Fellow", "2017", "2022",
            "research", location="Stockholm, Sweden", supervisor="Prof. Peter L. Grant"))]
EDU = [("2012–2017", "PhD in Neuroscience", "University of Edinburgh, Edinburgh, UK",
        "Thesis advisor: Dr. Leila Haddad",
        edu("University of Edinburgh", "Ph.D.", "Neuroscience", "2012", "2017", advisor="Dr. Leila Haddad",
            location="Edinburgh, UK")),
       ("2008–2012", "BSc (Hons) in Biomedical Sciences, First Class", "Trinity College Dublin, Dublin, Ireland", None,
        edu("Trinity College Dublin", "B.Sc. (Hons)", "Biomedical Sciences", "2008", "2012", location="Dublin, Ireland"))]
AWARDS = [("2023", "Wellcome Trust Career Development Award"), ("2021", "FENS-Kavli Scholar"),
          ("2018", "EMBO Postdoctoral Fellowship")]
SKILLS = ["in vivo electrophysiology (Neuropixels)", "optogenetics", "two-photon imaging", "Python", "MATLAB",
          "Spanish (native)", "English (fluent)"]


def build(out_dir):
    doc = Document()
    fixed_docx_metadata(doc, "Sofía Brennan-Adeyemi", "CV")
    st = doc.styles["Normal"]
    st.font.name, st.font.size = "Cambria", Pt(10.5)
    st.paragraph_format.space_after = Pt(3)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)

    doc.add_paragraph("Sofía Brennan-Adeyemi", style="Title")
    doc.add_paragraph("Sainsbury Wellcome Centre for Neural Circuits and Behaviour, 25 Howland Street, London W1T 4JG, UK\n"
                      "s.brennan-adeyemi@ucl.ac.uk | +44 20 3108 7741 | https://www.ucl.ac.uk/swc/people/brennan-adeyemi")

    def h1(text):
        h = doc.add_paragraph(text, style="Heading 1")
        para_border_bottom(h, color="2F5496", sz="6")

    def dated(dates, parts, extra=None):
        p = doc.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(Cm(3.0), WD_TAB_ALIGNMENT.LEFT)
        p.paragraph_format.left_indent = Cm(3.0)
        p.paragraph_format.first_line_indent = Cm(-3.0)
        add_runs(p, [(dates + "\t", {})] + parts)
        if extra:
            p.add_run().add_break()
            add_runs(p, [(extra, {"italic": True})])

    h1("Appointments")
    for d, t, o, x, _ in POS:
        dated(d, [(t, {"bold": True}), (", " + o, {})], x)
    h1("Education")
    for d, t, o, x, _ in EDU:
        dated(d, [(t, {"bold": True}), (", " + o, {})], x)
    h1("Fellowships and Awards")
    for d, n in AWARDS:
        dated(d, [(n, {})])

    h1("Publications (h-index 21; 2,340 citations; Google Scholar, March 2025)")
    leg = doc.add_paragraph()
    add_runs(leg, [("† equal contribution. Impact factors: Clarivate JCR 2023; citation counts: Google Scholar.",
                    {"italic": True})])
    make_num = new_numbering(doc, indent_cm=0.75)
    heads = {RA: "Original research articles", RV: "Reviews and commentaries", PP: "Preprints"}
    pubs, cur, num_id, idx = [], None, None, 0
    for s, authors, year, title, jab, vp, doi, impact, extra, venue, type_ in PUBS:
        if s != cur:
            doc.add_paragraph(heads[s], style="Heading 2")
            cur, num_id, idx = s, make_num(), 0
        idx += 1
        p = doc.add_paragraph()
        set_num(p, num_id)
        runs = []
        for k, a in enumerate(authors):
            core, mark = (a[:-1], "†") if a.endswith("†") else (a, "")
            runs.append((core, {"underline": True} if core == ME else {}))
            if mark:
                runs.append((mark, {"superscript": True}))
            if k < len(authors) - 1:
                runs.append((", ", {}))
        if title in TRUNC:
            runs.append((", et al.", {}))
        runs.append((f" ({year}) {title}. ", {}))
        runs.append((jab, {"italic": True}))
        if vp:
            runs.append((f" {vp}.", {}))
        if doi:
            runs.append((f" doi:{doi}", {}))
            if not vp:
                pass
        if not vp and not doi:
            runs.append((".", {}))
        if doi and not vp:
            runs.append((".", {}))
        if impact:
            runs.append((f" [{impact}]", {}))
        if extra:
            runs.append((" ", {}))
            runs.append((extra, {"bold": True}))
        add_runs(p, runs)
        clean = [a.rstrip("†") for a in authors]
        eq = [k for k, a in enumerate(authors) if a.endswith("†")]
        note_parts = [x for x in (vp, f"[{impact}]" if impact else None, extra) if x]
        if eq:
            note_parts.append("† equal contribution (legend)")
        pubs.append(pub(s, idx, title, clean, venue, jab, year, type_, note="; ".join(note_parts) or None, doi=doi,
                        self_index=owner_index(clean, {ME}), eq=eq, trunc=title in TRUNC))

    h1("Grants")
    doc.add_paragraph("2023–2031\tWellcome Trust Career Development Award 227441/Z/23/Z (PI), £2.4M")
    h1("Teaching and Mentoring")
    doc.add_paragraph("Systems Neuroscience (MSc module lead), UCL, 2023–present; 3 PhD students and 2 postdocs supervised.")
    h1("Skills")
    doc.add_paragraph("Methods: in vivo electrophysiology (Neuropixels), optogenetics, two-photon imaging")
    doc.add_paragraph("Programming: Python, MATLAB")
    doc.add_paragraph("Languages: Spanish (native), English (fluent)")
    out = out_dir / f"{STEM}.docx"
    doc.save(str(out))
    return gold(out.name, PERSON, [e[4] for e in EDU], [p_[4] for p_ in POS], pubs,
                [{"name": n, "date": None} for _, n in AWARDS], SKILLS)
