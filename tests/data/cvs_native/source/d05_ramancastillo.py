"""05: Word CV (DOCX) with heading styles, right tab-aligned dates and hanging-indent numbered references. Clinical child psychology (APA 7)."""
from docx import Document
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.shared import Cm, Pt, RGBColor

from make_native import pub, owner_index, edu, pos, gold
from docxutil import add_runs, fixed_docx_metadata, new_numbering, set_num

STEM = "05_ramancastillo-psychology-word"
OWNER = {"Raman-Castillo, P."}
PERSON = {"name": "Priya Raman-Castillo", "emails": ["praman@umich.edu"], "phones": ["734-555-0147"],
          "homepages": ["https://sites.lsa.umich.edu/raman-castillo-lab"]}
EDU = [
    (edu("University of Oregon", "Ph.D.", "Clinical Psychology", "2013", "2019", advisor="Sarah A. Whitfield, Ph.D.", location="Eugene, OR"),
     "Ph.D., Clinical Psychology (APA-accredited), University of Oregon, Eugene, OR", "2013–2019",
     "Dissertation: Intolerance of uncertainty across adolescence. Advisor: Sarah A. Whitfield, Ph.D."),
    (edu("University of Oregon", "M.S.", "Psychology", "2013", "2015", location="Eugene, OR"),
     "M.S., Psychology, University of Oregon, Eugene, OR", "2013–2015", None),
    (edu("University of California, Berkeley", "B.A.", "Psychology", "2008", "2012", location="Berkeley, CA"),
     "B.A., Psychology, summa cum laude, University of California, Berkeley, CA", "2008–2012", None),
]
POS = [
    (pos("Department of Psychology, University of Michigan", "Assistant Professor", "2021", "present", "job", location="Ann Arbor, MI"),
     "Assistant Professor, Department of Psychology, University of Michigan, Ann Arbor, MI", "2021–present"),
    (pos("Child Study Center, Yale School of Medicine", "Postdoctoral Fellow", "2019", "2021", "research", location="New Haven, CT",
         supervisor="Luis Duarte, Ph.D."),
     "Postdoctoral Fellow, Child Study Center, Yale School of Medicine, New Haven, CT (Mentor: Luis Duarte, Ph.D.)", "2019–2021"),
    (pos("Seattle Children’s Hospital", "Predoctoral Clinical Intern", "2018", "2019", "internship", location="Seattle, WA"),
     "Predoctoral Clinical Intern, Seattle Children’s Hospital, Seattle, WA", "2018–2019"),
]
AWARDS = [("Early Career Research Award, Society of Clinical Child and Adolescent Psychology", "2024"),
          ("NIMH Ruth L. Kirschstein NRSA Predoctoral Fellowship (F31)", "2016–2019"),
          ("Phi Beta Kappa", "2012")]
SKILLS = ["R", "Mplus", "SPSS", "Qualtrics", "Spanish (fluent)", "Hindi (conversational)"]

A, CH, UR, IP = "peer-reviewed journal articles", "book chapters", "manuscripts under review", "manuscripts in preparation"
# section, authors, marks {index: marker}, year text, title, title italic?, venue_raw, after-venue parts, link, gold
ENTRIES = [
    (A, ["Raman-Castillo, P.", "Okafor, D. J.", "Whitfield, S. A."], {1: "†"}, "2025",
     "Sleep variability predicts next-day worry in adolescents: An ecological momentary assessment study", False,
     "Journal of Psychopathology and Clinical Science", [(", ", {}), ("134", {"italic": True}), ("(2), 145–158.", {})],
     "https://doi.org/10.1037/abn0000931", {}),
    (A, ["Hensley, M. R.", "Raman-Castillo, P.", "Duarte, L."], {0: "*", 1: "*"}, "2024",
     "Parental accommodation and treatment response in pediatric anxiety: A meta-analysis", False,
     "Clinical Psychology Review", [(", ", {}), ("108", {"italic": True}), (", Article 102391.", {})],
     "https://doi.org/10.1016/j.cpr.2024.102391", {"eq": [0, 1]}),
    (A, ["Raman-Castillo, P.", "Duarte, L."], {}, "2024",
     "Brief behavioral activation for adolescents in primary care: A pilot randomized controlled trial", False,
     "Behavior Therapy", [(", ", {}), ("55", {"italic": True}), ("(3), 512–526.", {})], None, {}),
    (A, ["Lin, K.", "Raman-Castillo, P.", "Mbeki, T. N.", "Whitfield, S. A."], {0: "†"}, "2023",
     "Measurement invariance of the Revised Child Anxiety and Depression Scale across English and Spanish versions", False,
     "Psychological Assessment", [(", ", {}), ("35", {"italic": True}), ("(9), 771–784.", {})],
     "https://doi.org/10.1037/pas0001250", {}),
    (A, ["Duarte, L.", "Raman-Castillo, P.", "Sandoval-Reyes, J."], {}, "2022",
     "Cultural adaptation of cognitive behavioral therapy for Latinx youth: A scoping review", False,
     "Cultural Diversity and Ethnic Minority Psychology", [(", ", {}), ("28", {"italic": True}), ("(4), 455–470.", {})], None, {}),
    (A, ["Raman-Castillo, P."], {}, "2022", "Worry, rumination, and the transition to high school", False,
     "Journal of Clinical Child & Adolescent Psychology", [(", ", {}), ("51", {"italic": True}), ("(6), 890–903.", {})],
     "https://doi.org/10.1080/15374416.2021.1978102", {}),
    (A, ["Okafor, D. J.", "Raman-Castillo, P."], {0: "†"}, "2021",
     "Attentional bias to threat in socially anxious adolescents: A dot-probe replication", False,
     "Cognitive Therapy and Research", [(", ", {}), ("45", {"italic": True}), ("(5), 912–925.", {})], None, {}),
    (A, ["Raman-Castillo, P.", "Whitfield, S. A.", "Carvalho, R."], {}, "2021",
     "Daily peer victimization and anxious mood: Within-person associations across the school year", False,
     "Development and Psychopathology", [(", ", {}), ("33", {"italic": True}), ("(4), 1290–1302.", {})], None, {}),
    (A, ["Whitfield, S. A.", "Raman-Castillo, P.", "Fischer, A."], {}, "2020",
     "Emotion regulation flexibility in childhood: Development of a parent-report measure", False,
     "Emotion", [(", ", {}), ("20", {"italic": True}), ("(7), 1203–1217.", {})], None, {}),
    (A, ["Raman-Castillo, P.", "Whitfield, S. A."], {}, "2019", "Intolerance of uncertainty across adolescence: A longitudinal study", False,
     "Journal of Anxiety Disorders", [(", ", {}), ("66", {"italic": True}), (", Article 102110.", {})], None, {}),
    (A, ["Carvalho, R.", "Mbeki, T. N.", "Raman-Castillo, P."], {}, "2018", "Parent–child concordance in reports of anxiety symptoms", False,
     "Child Psychiatry & Human Development", [(", ", {}), ("49", {"italic": True}), ("(2), 233–242.", {})], None, {}),
    (CH, ["Raman-Castillo, P.", "Duarte, L."], {}, "in press", "Anxiety disorders in adolescence", False,
     "Handbook of developmental psychopathology", [(" (4th ed.). Springer.", {})], None,
     {"type": "chapter", "flags": ["to_appear"], "editors": "M. K. Lee & R. Ostrowski (Eds.)",
      "note": "In M. K. Lee & R. Ostrowski (Eds.); (4th ed.). Springer; (in press)"}),
    (CH, ["Whitfield, S. A.", "Raman-Castillo, P."], {}, "2020", "Assessment of worry in children", False,
     "Clinical assessment of child and adolescent anxiety", [(" (pp. 77–98). Guilford Press.", {})], None,
     {"type": "chapter", "editors": "J. Haddad (Ed.)", "note": "In J. Haddad (Ed.); (pp. 77–98). Guilford Press"}),
    (UR, ["Raman-Castillo, P.", "Lin, K.", "Hensley, M. R."], {1: "†"}, "2025",
     "Digital parent training for childhood anxiety: A non-inferiority trial", True, None,
     [(" [Manuscript submitted for publication]. Department of Psychology, University of Michigan.", {})], None,
     {"type": "other", "flags": ["submitted"], "note": "[Manuscript submitted for publication]. Department of Psychology, University of Michigan"}),
    (UR, ["Sandoval-Reyes, J.", "Raman-Castillo, P."], {}, "2024", "Anxiety sensitivity and school refusal in middle school", True, None,
     [(" [Manuscript under review at ", {}), ("Journal of School Psychology", {"italic": True}), ("].", {})], None,
     {"type": "other", "flags": ["under_review"], "note": "Manuscript under review at Journal of School Psychology"}),
    (IP, ["Raman-Castillo, P.", "Okafor, D. J."], {1: "†"}, None, "Temperament and threat learning in early childhood", False, None, [], None,
     {"type": "other", "flags": ["in_preparation"], "note": "flag from the section heading"}),
    (IP, ["Lin, K.", "Raman-Castillo, P."], {0: "†"}, None, "Smartphone-based exposure homework for adolescents with social anxiety", False, None, [], None,
     {"type": "other", "flags": ["in_preparation"], "note": "flag from the section heading"}),
]


def apa_authors(auth, marks):
    parts = []
    for i, a in enumerate(auth):
        if i:
            parts.append((", & " if i == len(auth) - 1 else ", ", {}))
        parts.append((a, {"bold": a in OWNER}))
        if i in marks:
            parts.append((marks[i], {"superscript": marks[i] == "*"} if marks[i] == "*" else {}))
    return parts


def build(out_dir):
    doc = Document()
    fixed_docx_metadata(doc, "Priya Raman-Castillo", "Curriculum Vitae")
    st = doc.styles["Normal"]
    st.font.name, st.font.size = "Times New Roman", Pt(11)
    st.paragraph_format.space_after = Pt(0)
    for name, size in (("Heading 1", 12), ("Heading 2", 11)):
        hs = doc.styles[name]
        hs.font.name, hs.font.size, hs.font.color.rgb = "Times New Roman", Pt(size), RGBColor(0, 0, 0)
        hs.paragraph_format.space_before, hs.paragraph_format.space_after = Pt(12), Pt(4)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.3)
    right = sec.page_width - sec.left_margin - sec.right_margin
    hp = sec.header.paragraphs[0]
    hp.paragraph_format.tab_stops.add_tab_stop(right, WD_TAB_ALIGNMENT.RIGHT)
    hp.add_run("Raman-Castillo\tCurriculum Vitae, January 2025").font.size = Pt(9)
    doc.add_paragraph("Priya Raman-Castillo, Ph.D.", style="Title")
    p = doc.add_paragraph("Department of Psychology, University of Michigan · 530 Church Street, Ann Arbor, MI 48109\n"
                          "praman@umich.edu · 734-555-0147 · https://sites.lsa.umich.edu/raman-castillo-lab")

    def dated(text, dates, extra=None):
        p = doc.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(right, WD_TAB_ALIGNMENT.RIGHT)
        p.add_run(text)
        p.add_run("\t" + dates)
        if extra:
            q = doc.add_paragraph(extra)
            q.paragraph_format.left_indent = Cm(0.75)
        return p

    doc.add_heading("Education", level=1)
    for _, line, d, extra in EDU:
        dated(line, d, extra)
    doc.add_heading("Academic Appointments", level=1)
    for _, line, d in POS:
        dated(line, d)
    doc.add_heading("Honors and Awards", level=1)
    for a, d in AWARDS:
        dated(a, d)
    doc.add_heading("Publications", level=1)
    legend = doc.add_paragraph()
    add_runs(legend, [("Note. ", {"italic": True}), ("* denotes equal contribution; † denotes a student mentee.", {})])
    make_num = new_numbering(doc, indent_cm=0.9)
    pubs, counters, last, num = [], {}, None, None
    for section, auth, marks, ytxt, title, t_it, vraw, after, link, g in ENTRIES:
        if section != last:
            doc.add_heading(section[0].upper() + section[1:], level=2)
            num = make_num()
            last = section
        counters[section] = counters.get(section, 0) + 1
        p = doc.add_paragraph()
        set_num(p, num)
        p.paragraph_format.space_after = Pt(4)
        parts = apa_authors(auth, marks)
        parts.append((f" ({ytxt}). " if ytxt else ". ", {}))
        if g.get("type") == "chapter":
            parts += [(f"{title}. In {g['editors']}, ", {}), (vraw, {"italic": True})] + after
        elif vraw:
            parts += [(f"{title}. ", {}), (vraw, {"italic": True})] + after
        else:
            parts += [(title, {"italic": t_it})] + (after if after else [(".", {})])
        if link:
            parts.append((" " + link, {}))
        add_runs(p, parts)
        year = int(ytxt) if ytxt and ytxt.isdigit() else None
        pubs.append(pub(section, counters[section], title, auth, vraw and vraw, vraw, year, g.get("type", "journal"),
                        flags=g.get("flags", ()), links=[link] if link else [], note=g.get("note", "† marks a student mentee" if "†" in marks.values() else None),
                        doi=link.split("doi.org/")[1] if link else None, self_index=owner_index(auth, OWNER), eq=g.get("eq", ())))
    doc.add_heading("Conference Presentations (selected)", level=1)
    for t in ("Raman-Castillo, P. (2024, November). Worry in the wild: EMA studies of adolescent anxiety [Paper presentation]. "
              "Association for Behavioral and Cognitive Therapies Annual Convention, Philadelphia, PA, United States.",
              "Okafor, D. J.†, & Raman-Castillo, P. (2023, March). Threat bias in socially anxious teens [Poster presentation]. "
              "Society for Research in Child Development Biennial Meeting, Salt Lake City, UT, United States."):
        q = doc.add_paragraph(t)
        q.paragraph_format.left_indent, q.paragraph_format.first_line_indent = Cm(0.9), Cm(-0.9)
    doc.add_heading("Skills", level=1)
    doc.add_paragraph("Statistical software: R, Mplus, SPSS, Qualtrics")
    doc.add_paragraph("Languages: Spanish (fluent), Hindi (conversational)")
    doc.save(out_dir / f"{STEM}.docx")
    return gold(STEM + ".docx", PERSON, [e for e, *_ in EDU], [p for p, *_ in POS], pubs,
                [{"name": a, "date": None} for a, _ in AWARDS], SKILLS)
