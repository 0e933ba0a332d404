"""03: two-column CV with a shaded sidebar (contact, skills, honours) beside the main column (PDF). Labour economics."""
from make_native import esc, pub, owner_index, edu, pos, gold, print_pdf

STEM = "03_constantinescu-econ-sidebar"
PERSON = {"name": "Mirela Constantinescu", "emails": ["mirela.constantinescu@hhs.se"], "phones": ["+46 8 736 95 42"],
          "homepages": ["https://mconstantinescu.eu"]}
POS = [
    (pos("Stockholm School of Economics", "Associate Professor of Economics", "2023", "present", "job"), "2023 – present"),
    (pos("IZA Institute of Labor Economics", "Visiting Researcher", "2022-09", "2022-12", "research"), "Sep – Dec 2022"),
    (pos("Stockholm School of Economics", "Assistant Professor of Economics", "2018", "2023", "job"), "2018 – 2023"),
]
EDU = [
    (edu("Universitat Pompeu Fabra", "Ph.D.", "Economics", "2013", "2018", advisor="Prof. Marta Soler-Puig", location="Barcelona, Spain"),
     "Ph.D. in Economics", "2013 – 2018", "Advisor: Prof. Marta Soler-Puig"),
    (edu("Universitat Pompeu Fabra", "M.Res.", "Economics", "2011", "2013", location="Barcelona, Spain"), "M.Res. in Economics", "2011 – 2013", ""),
    (edu("Bucharest University of Economic Studies", "B.A.", "Economics", "2008", "2011", location="Bucharest, Romania"),
     "B.A. in Economics", "2008 – 2011", ""),
]
AWARDS = ["Jan Wallander Research Grant (2021)", "EEA Young Economist Award, finalist (2018)", "“la Caixa” Doctoral Fellowship (2013–2017)"]
SKILLS = ["Stata", "R", "Python", "ArcGIS", "LaTeX"]
LANGS = ["Romanian (native)", "English (fluent)", "Spanish (fluent)", "Swedish (B1)"]

PUB, WP, WIP = "publications", "working papers", "work in progress"
ME = "Constantinescu, Mirela"
# Published: full Chicago author-date author list as written, year, title, journal, tail
PUBLISHED = [
    ([ME, "Paul Ferreira"], "2024", "Minimum Wages and Informal Employment: Evidence from Romanian Payroll Records",
     "Journal of Labor Economics", "42 (3): 811–849", "https://doi.org/10.1086/725114", {}),
    (["Ferreira, Paul", "Mirela Constantinescu", "Jonas Lindahl"], "2023", "Remittances, Migration, and Local Labor Markets",
     "Journal of Development Economics", "162: 103071", None, {}),
    ([ME], "2022", "Who Benefits from EU Structural Funds? Firm-Level Evidence from Eastern Europe",
     "American Economic Journal: Economic Policy", "14 (2): 256–288", None, {}),
    (["Lindahl, Jonas", "Mirela Constantinescu"], "2021", "Emigration and the Skill Composition of Those Left Behind",
     "European Economic Review", "139: 103882", "https://doi.org/10.1016/j.euroecorev.2021.103882", {}),
    ([ME, "Ana Ruiz-Vidal", "Paul Ferreira"], "Forthcoming", "Public Sector Wage Premia over the Business Cycle",
     "Review of Economics and Statistics", "", None, {"flags": ["to_appear"], "note": "Forthcoming"}),
    ([ME], "2019", "Pension Reform and Retirement Timing in Romania", "Journal of Pension Economics and Finance",
     "18 (4): 512–540", None, {}),
]
# Working papers / WIP: title, co-authors ("with"), detail line, year, gold extras
WORKING = [
    (WP, "Automation Exposure and Regional Inequality in the EU", ["Jonas Lindahl", "Teodor Vasilescu"],
     "CEPR Discussion Paper DP18922, 2024. <i>Revise and resubmit, Review of Economic Studies.</i>", 2024,
     {"flags": ["under_review"], "note": "CEPR Discussion Paper DP18922; Revise and resubmit, Review of Economic Studies; '(with ...)' lists only co-authors"}),
    (WP, "Remote Work and the Geography of Wages", ["Paul Ferreira"],
     "2024. [<a href='https://mconstantinescu.eu/papers/remote_wages.pdf'>https://mconstantinescu.eu/papers/remote_wages.pdf</a>]", 2024,
     {"links": ["https://mconstantinescu.eu/papers/remote_wages.pdf"], "note": "'(with ...)' lists only co-authors"}),
    (WP, "Firm Wage Premia and the Gender Gap in Eastern Europe", [],
     "2023. <i>Under review at the Journal of the European Economic Association.</i>", 2023,
     {"flags": ["under_review"], "note": "Under review at the Journal of the European Economic Association; solo paper, no author written"}),
    (WP, "Labor Market Returns to Vocational Training: Evidence from a Lottery", ["Ana Ruiz-Vidal"],
     "IZA Discussion Paper No. 16540, 2023.", 2023, {"note": "IZA Discussion Paper No. 16540; '(with ...)' lists only co-authors"}),
    (WIP, "Occupational Licensing in the EU Single Market", ["Teodor Vasilescu"], "", None,
     {"flags": ["in_preparation"], "note": "flag from the section heading"}),
    (WIP, "Heat Waves and Labor Supply in Agriculture", [], "", None,
     {"flags": ["in_preparation"], "note": "flag from the section heading"}),
]

CSS = """
@page { size: A4; margin: 0; }
body { margin: 0; font-family: 'DejaVu Serif', serif; font-size: 9.4pt; color: #222; line-height: 1.35; }
.page { display: grid; grid-template-columns: 62mm 1fr; min-height: 297mm; }
aside { background: #e9eef3; padding: 16mm 6mm 10mm 9mm; font-family: 'DejaVu Sans', sans-serif; font-size: 8.4pt; }
aside h2 { font-size: 9.5pt; letter-spacing: 1.5pt; text-transform: uppercase; color: #1f4e79; border-bottom: 0.8pt solid #1f4e79; margin: 6mm 0 2mm 0; }
aside p { margin: 0 0 1.5mm 0; overflow-wrap: anywhere; } aside ul { margin: 0; padding-left: 4mm; }
main { padding: 16mm 14mm 14mm 9mm; }
main h1 { font-family: 'DejaVu Sans', sans-serif; font-size: 24pt; margin: 0; color: #1f4e79; }
main .tag { font-size: 11pt; color: #555; margin-bottom: 4mm; }
main h2 { font-family: 'DejaVu Sans', sans-serif; font-size: 11.5pt; text-transform: uppercase; letter-spacing: 1pt; color: #1f4e79; margin: 5mm 0 2mm 0; }
main h3 { font-size: 10pt; font-style: italic; margin: 3mm 0 1mm 0; font-weight: normal; color: #1f4e79; }
.row { display: flex; justify-content: space-between; } .row .d { white-space: nowrap; padding-left: 3mm; color: #555; }
.ent { margin-bottom: 1.8mm; }
.ref { padding-left: 6mm; text-indent: -6mm; margin-bottom: 1.8mm; }
"""


def chicago_authors(auth):
    shown = ["<b>%s</b>" % esc(a) if "Constantinescu" in a else esc(a) for a in auth]
    if len(shown) == 1:
        return shown[0]
    if len(shown) == 2:
        return f"{shown[0]}, and {shown[1]}" if "," in auth[0] else f"{shown[0]} and {shown[1]}"
    return ", ".join(shown[:-1]) + ", and " + shown[-1]


def build(out_dir):
    h = [f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><style>{CSS}</style></head><body><div class='page'>"]
    h.append("<aside><h2>Contact</h2><p>Department of Economics<br>Stockholm School of Economics<br>Sveavägen 65, 113 83 Stockholm</p>"
             "<p>+46 8 736 95 42</p><p>mirela.constantinescu@hhs.se</p><p>https://mconstantinescu.eu</p>"
             "<p>Citizenship: Romanian</p>"
             "<h2>Research Fields</h2><p>Labour economics, public economics, migration</p>"
             "<h2>Honours</h2><ul>" + "".join(f"<li>{esc(a)}</li>" for a in AWARDS) + "</ul>"
             "<h2>Computing</h2><p>" + esc(", ".join(SKILLS)) + "</p>"
             "<h2>Languages</h2><ul>" + "".join(f"<li>{esc(l)}</li>" for l in LANGS) + "</ul>"
             "<h2>References</h2><p>Prof. Marta Soler-Puig<br>Universitat Pompeu Fabra</p><p>Prof. Henrik Aldén<br>Stockholm School of Economics</p></aside>")
    h.append("<main><h1>Mirela Constantinescu</h1><div class='tag'>Associate Professor of Economics</div>")
    h.append("<h2>Academic Positions</h2>")
    for p, d in POS:
        h.append(f"<div class='ent'><div class='row'><span><b>{esc(p['title'])}</b>, {esc(p['org'])}</span><span class='d'>{esc(d)}</span></div></div>")
    h.append("<h2>Education</h2>")
    for e, deg, d, extra in EDU:
        h.append(f"<div class='ent'><div class='row'><span><b>{esc(deg)}</b>, {esc(e['institution'])}, {esc(e['location'])}</span>"
                 f"<span class='d'>{esc(d)}</span></div>" + (f"<div>{esc(extra)}</div>" if extra else "") + "</div>")
    h.append("<h2>Publications</h2>")
    pubs = []
    for i, (auth, y, title, journal, tail, link, g) in enumerate(PUBLISHED, 1):
        ref = (f"{chicago_authors(auth)}. {esc(y)}. “{esc(title)}.” <i>{esc(journal)}</i>" + (f" {esc(tail)}" if tail else "") + "."
               + (f" <a href='{link}'>{esc(link)}</a>" if link else ""))
        h.append(f"<div class='ref'>{ref}</div>")
        pubs.append(pub(PUB, i, title, auth, journal, journal, int(y) if y.isdigit() else None, "journal",
                        flags=g.get("flags", ()), links=[link] if link else [], note=g.get("note"),
                        doi=link.split("doi.org/")[1] if link else None, self_index=owner_index(auth, {ME, "Mirela Constantinescu"})))
    last, n = None, 0
    for sec, title, withs, detail, y, g in WORKING:
        if sec != last:
            h.append(f"<h2>{esc(sec.title().replace('In ', 'in '))}</h2>")
            last, n = sec, 0
        n += 1
        w = f" (with {esc(' and '.join(withs))})" if withs else ""
        h.append(f"<div class='ref'>“{esc(title)}”{w}." + (f" {detail}" if detail else "") + "</div>")
        pubs.append(pub(sec, n, title, withs, None, None, y, "other", flags=g.get("flags", ()), links=g.get("links", ()),
                        note=g.get("note")))
    h.append("<h2>Teaching</h2><div class='ent'>Labour Economics (Ph.D.), Stockholm School of Economics, 2019–present</div>"
             "<div class='ent'>Econometrics II (M.Sc.), Stockholm School of Economics, 2018–2022</div>")
    h.append("<h2>Professional Service</h2><div class='ent'>Referee for <i>American Economic Review</i>, <i>Journal of Labor Economics</i>, "
             "<i>Journal of Public Economics</i>, <i>Labour Economics</i>. Organiser, Nordic Summer Institute in Labour Economics (2022–2024).</div>")
    h.append("</main></div></body></html>")
    print_pdf("\n".join(h), STEM, out_dir)
    awards = [{"name": a, "date": None} for a in AWARDS]
    return gold(STEM + ".pdf", PERSON, [e for e, *_ in EDU], [p for p, _ in POS], pubs, awards, SKILLS + LANGS)
