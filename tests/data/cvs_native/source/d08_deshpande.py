"""08: robotics CV (PDF) with a running name header and 'Page X of Y' footer, labelled reverse-numbered entries ([C10]..[C1]),
bold owner, underlined venues, `*` equal contribution and `†` equal advising with a legend."""
from make_native import esc, pub, owner_index, edu, pos, gold, print_pdf

STEM = "08_deshpande-robotics-cv"
OWNER = {"A. Deshpande"}
PERSON = {"name": "Anjali Deshpande", "emails": ["anjalid@umich.edu"], "phones": [], "homepages": ["https://anjalideshpande.github.io"]}
EDU = [(edu("Carnegie Mellon University", "Ph.D.", "Robotics", "2016", "2021", advisor="Prof. Priya Iyer", location="Pittsburgh, PA"),
        "Ph.D. in Robotics", "Aug 2016 – Jun 2021", "Advisor: Prof. Priya Iyer. Thesis: Grasping in the Dark: Manipulation under Occlusion and Uncertainty"),
       (edu("Indian Institute of Technology Bombay", "B.Tech.", "Mechanical Engineering", "2012", "2016", location="Mumbai, India"),
        "B.Tech. in Mechanical Engineering", "Jul 2012 – May 2016", "Institute Silver Medal")]
EDU[0][0]["start"], EDU[0][0]["end"] = "2016-08", "2021-06"
EDU[1][0]["start"], EDU[1][0]["end"] = "2012-07", "2016-05"
POS = [(pos("Robotics Department, University of Michigan", "Assistant Professor", "2023-09", "present", "job", location="Ann Arbor, MI"), "Sep 2023 – present"),
       (pos("Stanford University", "Postdoctoral Scholar", "2021-07", "2023-08", "research", location="Stanford, CA", supervisor="Prof. Rosa Ochoa"),
        "Jul 2021 – Aug 2023"),
       (pos("Google DeepMind", "Research Intern", "2019-05", "2019-08", "internship", location="Mountain View, CA"), "May – Aug 2019")]
AWARDS = [("NSF CAREER Award", "2025"), ("RSS Pioneers", "2022"), ("Best Paper Award Finalist, IROS 2023", "2023"),
          ("CMU Presidential Fellowship", "2016")]
SKILLS = ["Python", "C++", "PyTorch", "ROS 2", "MuJoCo", "Isaac Sim"]

J, C, W, P = "journal articles", "conference papers", "workshop papers", "preprints"
ICRA = "Proc. IEEE Int. Conf. Robot. Autom. (ICRA)"
IROS = "Proc. IEEE/RSJ Int. Conf. Intell. Robots Syst. (IROS)"
RSS = "Robotics: Science and Systems (RSS)"
CORL = "Conference on Robot Learning (CoRL)"
# label, authors, marks, title, venue_raw, tail, gold
ENTRIES = [
    (J, "J5", ["A. Deshpande", "K. Tanaka", "R. Ochoa"], {}, "Contact-implicit model predictive control for dexterous in-hand reorientation",
     "IEEE Trans. Robot. (T-RO)", "vol. 41, pp. 1022–1040, 2025", dict(venue="IEEE T-RO", year=2025, note="vol. 41, pp. 1022–1040")),
    (J, "J4", ["L. Moreau", "A. Deshpande", "R. Ochoa"], {0: "*", 1: "*"}, "Tactile SLAM: joint estimation of object shape and pose from touch",
     "Int. J. Robot. Res. (IJRR)", "vol. 43, no. 7, pp. 981–1004, 2024", dict(venue="IJRR", year=2024, eq=[0, 1], note="vol. 43, no. 7, pp. 981–1004")),
    (J, "J3", ["A. Deshpande", "M. Haugen", "R. Ochoa"], {}, "Learning compliant insertion policies from a single demonstration",
     "IEEE Robot. Autom. Lett. (RA-L)", "vol. 8, no. 5, pp. 2701–2708, 2023. Also presented at IROS 2023",
     dict(venue="IEEE RA-L", year=2023, note="vol. 8, no. 5, pp. 2701–2708; Also presented at IROS 2023")),
    (J, "J2", ["K. Tanaka", "A. Deshpande", "S. Abebe", "R. Ochoa"], {}, "Soft fingertip sensors with embedded magnetic Hall-effect arrays",
     "Science Robotics", "vol. 7, no. 68, eabm4412, 2022", dict(venue="Science Robotics", year=2022, note="vol. 7, no. 68, eabm4412")),
    (J, "J1", ["A. Deshpande", "P. Iyer"], {}, "Grasp quality estimation under pose uncertainty using Gaussian processes",
     "IEEE Robot. Autom. Lett. (RA-L)", "vol. 5, no. 2, pp. 1404–1411, 2020", dict(venue="IEEE RA-L", year=2020, note="vol. 5, no. 2, pp. 1404–1411")),
    (C, "C10", ["A. Deshpande", "S. Abebe", "L. Moreau", "R. Ochoa"], {0: "*", 1: "*", 3: "†"},
     "Diffusion policies with tactile guidance for contact-rich manipulation", RSS, "2025",
     dict(venue="RSS", year=2025, type="conference", eq=[0, 1], note="† equal advising")),
    (C, "C9", ["S. Abebe", "A. Deshpande", "R. Ochoa"], {}, "Sim-to-real transfer of in-hand manipulation with randomized contact models",
     CORL, "2024. (Oral)", dict(venue="CoRL", year=2024, type="conference", flags=["oral"], note="(Oral)")),
    (C, "C8", ["A. Deshpande", "J. Whitaker", "K. Tanaka", "M. Haugen", "R. Ochoa"], {}, "Language-conditioned tool use with vision-tactile transformers",
     ICRA, "2024, pp. 4410–4417", dict(venue="ICRA", year=2024, type="conference", note="pp. 4410–4417")),
    (C, "C7", ["M. Haugen", "A. Deshpande", "P. Iyer"], {}, "Active perception for transparent object grasping",
     IROS, "2023, pp. 7781–7788. (Best Paper Award Finalist)",
     dict(venue="IROS", year=2023, type="conference", note="pp. 7781–7788; (Best Paper Award Finalist)")),
    (C, "C6", ["A. Deshpande", "R. Ochoa"], {}, "Tactile servoing along deformable linear objects", RSS, "2023",
     dict(venue="RSS", year=2023, type="conference")),
    (C, "C5", ["L. Moreau", "A. Deshpande", "R. Ochoa"], {}, "Shape completion from sparse touch with implicit neural fields", CORL, "2022",
     dict(venue="CoRL", year=2022, type="conference")),
    (C, "C4", ["A. Deshpande", "K. Tanaka", "P. Iyer"], {}, "Fast collision-free grasp synthesis with learned signed distance fields",
     ICRA, "2022, pp. 2213–2219", dict(venue="ICRA", year=2022, type="conference", note="pp. 2213–2219")),
    (C, "C3", ["J. Whitaker", "A. Deshpande", "P. Iyer"], {0: "*", 1: "*"}, "Self-supervised regrasping in cluttered bins",
     IROS, "2021, pp. 5120–5127", dict(venue="IROS", year=2021, type="conference", eq=[0, 1], note="pp. 5120–5127")),
    (C, "C2", ["A. Deshpande", "P. Iyer"], {}, "Probabilistic grasp planning with uncertain object models", ICRA, "2020, pp. 901–907",
     dict(venue="ICRA", year=2020, type="conference", note="pp. 901–907")),
    (C, "C1", ["A. Deshpande", "R. Chatterjee", "P. Iyer"], {}, "A benchmark for pick-and-place under heavy occlusion",
     "Proc. IEEE-RAS Int. Conf. Humanoid Robots (Humanoids)", "2019, pp. 310–316",
     dict(venue="Humanoids", year=2019, type="conference", note="pp. 310–316")),
    (W, "W3", ["A. Deshpande", "S. Abebe"], {}, "Towards tactile foundation models",
     "CoRL 2024 Workshop on Learning Robot Fine and Dexterous Manipulation", "2024",
     dict(venue="CoRL", year=2024, type="workshop", flags=["workshop"])),
    (W, "W2", ["L. Moreau", "A. Deshpande"], {}, "Touch as a first-class modality for manipulation",
     "RSS 2023 Workshop on Touch Processing", "2023. (Spotlight)",
     dict(venue="RSS", year=2023, type="workshop", flags=["workshop", "spotlight"], note="(Spotlight)")),
    (W, "W1", ["A. Deshpande"], {}, "Grasping under occlusion with active viewpoint selection",
     "ICRA 2021 Workshop on Perception and Manipulation Challenges", "2021",
     dict(venue="ICRA", year=2021, type="workshop", flags=["workshop"])),
    (P, "P2", ["A. Deshpande", "S. Abebe", "L. Moreau", "K. Tanaka", "J. Whitaker", "R. Ochoa"], {},
     "OpenTouch: a dataset of 10,000 hours of tactile manipulation", "arXiv:2503.08812", "2025. https://arxiv.org/abs/2503.08812",
     dict(venue="arXiv", year=2025, type="preprint", links=["https://arxiv.org/abs/2503.08812"])),
    (P, "P1", ["K. Tanaka", "A. Deshpande"], {}, "Magnetic skin for whole-arm contact sensing", None, "under review at IEEE T-RO, 2024",
     dict(venue=None, year=2024, type="preprint", flags=["under_review"], note="under review at IEEE T-RO")),
]
# many filler lines before the publications so that entries fall across the page break
TEACHING = ["ROB 498/599: Robot Manipulation (Fall 2023, Fall 2024) — 85 students",
            "ROB 102: Introduction to Robotics Programming (Winter 2024)"]
SERVICE = ["Associate Editor, IEEE Robotics and Automation Letters (2023–present)",
           "Area Chair, Conference on Robot Learning (CoRL 2024, CoRL 2025)",
           "Program Committee, Robotics: Science and Systems (2022–2025)",
           "Reviewer: T-RO, IJRR, RA-L, ICRA, IROS, NeurIPS"]

CSS = """
@page { size: Letter; margin: 20mm 18mm 18mm 18mm;
  @top-left { content: "Anjali Deshpande"; font: 8.5pt 'DejaVu Sans'; color: #666; }
  @top-right { content: "Curriculum Vitae — March 2025"; font: 8.5pt 'DejaVu Sans'; color: #666; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 8.5pt 'DejaVu Sans'; color: #666; } }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 9.8pt; line-height: 1.4; color: #111; }
h1 { font-size: 22pt; margin: 0; } .ct { color: #444; margin-bottom: 4mm; }
h2 { font-size: 11pt; text-transform: uppercase; letter-spacing: 0.6pt; border-bottom: 1pt solid #333; margin: 5mm 0 2mm 0; }
h3 { font-size: 10pt; margin: 3mm 0 1mm 0; }
.row { display: flex; justify-content: space-between; } .row .d { white-space: nowrap; padding-left: 3mm; }
.sub { padding-left: 5mm; color: #333; }
.pub { display: grid; grid-template-columns: 11mm 1fr; margin-bottom: 1.6mm; }
.pub .l { color: #333; } u { text-decoration-thickness: 0.5pt; }
.leg { font-size: 9pt; font-style: italic; margin-bottom: 2mm; }
"""


def auth_html(auth, marks):
    out = []
    for i, a in enumerate(auth):
        s = f"<b>{esc(a)}</b>" if a in OWNER else esc(a)
        if i in marks:
            s += marks[i]
        out.append(s)
    if len(out) == 1:
        return out[0]
    if len(out) == 2:
        return f"{out[0]} and {out[1]}"
    return ", ".join(out[:-1]) + ", and " + out[-1]


def build(out_dir):
    h = [f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><style>{CSS}</style></head><body>"]
    h.append("<h1>Anjali Deshpande</h1><div class='ct'>Assistant Professor, Robotics Department, University of Michigan<br>"
             "2505 Hayward St, Ann Arbor, MI 48109 · anjalid@umich.edu · https://anjalideshpande.github.io</div>")
    h.append("<h2>Appointments</h2>")
    for p, d in POS:
        h.append(f"<div class='row'><span><b>{esc(p['title'])}</b>, {esc(p['org'])}, {esc(p['location'])}</span><span class='d'>{esc(d)}</span></div>"
                 + (f"<div class='sub'>Supervisor: {esc(p['supervisor'])}</div>" if p["supervisor"] else ""))
    h.append("<h2>Education</h2>")
    for e, deg, d, extra in EDU:
        h.append(f"<div class='row'><span><b>{esc(deg)}</b>, {esc(e['institution'])}, {esc(e['location'])}</span><span class='d'>{esc(d)}</span></div>"
                 f"<div class='sub'>{esc(extra)}</div>")
    h.append("<h2>Honors and Awards</h2>")
    for a, y in AWARDS:
        h.append(f"<div class='row'><span>{esc(a)}</span><span class='d'>{y}</span></div>")
    h.append("<h2>Research Funding</h2><div class='sub'>NSF CAREER: Tactile Intelligence for Dexterous Robots (PI), $600,000, 2025–2030</div>"
             "<div class='sub'>Toyota Research Institute University Research Program (PI), $450,000, 2024–2026</div>")
    h.append("<h2>Publications</h2><div class='leg'>* equal contribution; † equal advising. Venues are underlined. "
             "In robotics, conference papers are peer-reviewed full papers.</div>")
    pubs, last = [], None
    for section, label, auth, marks, title, vraw, tail, g in ENTRIES:
        if section != last:
            h.append(f"<h3>{esc(section.title())}</h3>")
            last = section
        if vraw is None:
            body = f"{auth_html(auth, marks)}, “{esc(title)},” {esc(tail)}."
        elif vraw.startswith("arXiv"):
            body = f"{auth_html(auth, marks)}, “{esc(title)},” <u>{esc(vraw)}</u>, {esc(tail)}"
        else:
            body = f"{auth_html(auth, marks)}, “{esc(title)},” {'' if section == J else 'in '}<u>{esc(vraw)}</u>, {esc(tail)}" + ("" if tail.endswith(")") else ".")
        h.append(f"<div class='pub'><span class='l'>[{label}]</span><span>{body}</span></div>")
        pubs.append(pub(section, int(label[1:]), title, auth, g["venue"], vraw, g["year"], g.get("type", "journal"),
                        flags=g.get("flags", ()), links=g.get("links", ()), note=g.get("note"),
                        self_index=owner_index(auth, OWNER), eq=g.get("eq", ())))
    h.append("<h2>Teaching</h2>" + "".join(f"<div class='sub'>{esc(t)}</div>" for t in TEACHING))
    h.append("<h2>Service</h2>" + "".join(f"<div class='sub'>{esc(t)}</div>" for t in SERVICE))
    h.append("<h2>Technical Skills</h2><div class='sub'>" + esc(", ".join(SKILLS)) + "</div>")
    h.append("</body></html>")
    print_pdf("\n".join(h), STEM, out_dir)
    return gold(STEM + ".pdf", PERSON, [e for e, *_ in EDU], [p for p, _ in POS], pubs,
                [{"name": a, "date": None} for a, _ in AWARDS], SKILLS)
