"""19: sociology / demography CV (PDF printed by Chromium) made to look like a Word CV saved as PDF: TeX Gyre Termes
(a Times clone, loaded with @font-face), Letter page with 1 in margins, a centred name block, bold upper-case headings
with a rule, entries with the dates pushed to the right margin as by a right tab stop, indented second lines
(dissertation, committee, mentor), a running footer "Vukašinović – CV – page N" (CSS page margin box; pdfium returns
it before the page body). Publications under the heading "PUBLICATIONS (* = corresponding author; underline =
trainee)", APA 7 references with 0.5 in hanging indents that run across page breaks, owner in bold, `*` after the
corresponding author, trainees underlined (lost in the text layer), italic journal and volume, doi.org links in blue,
a 14-author list, a book, chapters (one "in press"), "Revise and resubmit" and "Under review at" manuscripts without a
year, a SocArXiv working paper and a policy brief. Grants, invited talks, teaching and service are not annotated."""
from make_native import esc, pub, owner_index, edu, pos, gold, print_pdf

STEM = "19_vukasinovic-sociology-wordpdf"
ME = "Vukašinović, T."
OWNER = {ME}
PERSON = {"name": "Teodora Vukašinović", "emails": ["vukasinovic@wisc.edu"], "phones": ["(608) 555-0174"],
          "homepages": ["https://www.tvukasinovic.org"]}
UW = "University of Wisconsin–Madison"
# gold, left text, right (tab-stop) dates, indented second line
POS = [
    (pos(f"Department of Sociology, {UW}", "Associate Professor", "2022", "present", "job"),
     f"Associate Professor, Department of Sociology, {UW}", "2022–present", None),
    (pos(f"Department of Sociology, {UW}", "Assistant Professor", "2018", "2022", "job"),
     f"Assistant Professor, Department of Sociology, {UW}", "2018–2022", None),
    (pos("Population Research Center, University of Texas at Austin", "Postdoctoral Fellow", "2016", "2018", "research",
         supervisor="Dr. Rebecca Thornbury"),
     "Postdoctoral Fellow, Population Research Center, University of Texas at Austin", "2016–2018",
     "Mentor: Dr. Rebecca Thornbury"),
]
EDU = [
    (edu("Princeton University", "Ph.D.", "Sociology and Demography", None, "2016", advisor="Marta Eklund"),
     "Ph.D., Sociology and Demography, Princeton University", "2016",
     "Dissertation: “Return migration and family formation in the Western Balkans.” Committee: Marta Eklund (chair), "
     "Daniel Okoro, Helen Brightwater"),
    (edu("Princeton University", "M.A.", "Sociology", None, "2013"), "M.A., Sociology, Princeton University", "2013", None),
    (edu("University of Belgrade", "B.A.", "Sociology", None, "2010", location="Serbia"),
     "B.A., Sociology, University of Belgrade, Serbia", "2010", "Graduated first in class (GPA 9.87/10)"),
]
EDU[2][0]["gpa"] = "9.87/10"
AWARDS = [("Early Career Award, Section on International Migration, American Sociological Association", "2023"),
          (f"Vilas Early Career Investigator Award, {UW}", "2021"),
          ("NICHD Postdoctoral Training Fellowship (T32)", "2016–2018"),
          ("Charlotte Elizabeth Procter Fellowship, Princeton University", "2015")]
SKILLS = [("Methods", ["event history analysis", "sequence analysis", "multilevel modeling", "in-depth interviewing"]),
          ("Software", ["Stata", "R", "Mplus", "ATLAS.ti", "QGIS"]),
          ("Languages", ["Serbian (native)", "English (fluent)", "German (intermediate)"])]

BOOK, ART, CH, REV, WP, REP = ("books", "peer-reviewed journal articles", "book chapters", "manuscripts under review",
                               "working papers", "reports and policy briefs")
HEADS = {BOOK: "Books", ART: "Peer-Reviewed Journal Articles", CH: "Book Chapters", REV: "Manuscripts Under Review",
         WP: "Working Papers", REP: "Reports and Policy Briefs"}
TR = {"Ortega-Blanco, M.", "Marković, J.", "Chen, Y."}  # trainees (underlined)
# (section, authors, corresponding-author index or None, year text, title, journal / book, volume (italic), rest, doi,
#  gold extras)
ENTRIES = [
    (BOOK, [ME], None, "2022", "Leaving and returning: Migration, family, and belonging in the Western Balkans", None, None,
     "University of California Press", None,
     dict(type="other", venue="University of California Press", vraw="University of California Press")),
    (ART, [ME, "Hoekstra, L."], 0, "2025", "Return migration and the timing of first births: Evidence from Serbian panel data",
     "Demography", "62", "(1), 101–127", "10.1215/00703370-11587203", {}),
    (ART, ["Ortega-Blanco, M.", ME], 1, "2024", "Remittances and grandparental childcare in transnational families",
     "Journal of Marriage and Family", "86", "(3), 712–731", "10.1111/jomf.12977", {}),
    (ART, [ME, "Thornbury, R.", "Ahmed, S.", "Lindqvist, A.", "Marković, J.", "Nkemelu, C.", "Park, J."], 0, "2024",
     "Who comes back? Selection in return migration across 14 European countries", "Population and Development Review", "50",
     "(2), 389–420", "10.1111/padr.12634", {}),
    (ART, ["Chen, Y.", ME, "Thornbury, R."], 2, "2023",
     "Housing precarity and fertility intentions among young adults in Southern Europe", "European Sociological Review", "39",
     "(5), 741–757", "10.1093/esr/jcad011", {}),
    (ART, [ME], 0, "2023", "Ethnic boundaries, return, and belonging: A mixed-methods study of Bosnian returnees",
     "Social Forces", "101", "(4), 1890–1915", "10.1093/sf/soac098", {}),
    (ART, ["Marković, J.", ME], 1, "2023", "Emigration intentions of university graduates in the Western Balkans",
     "International Migration Review", "57", "(2), 602–631", None, {}),
    (ART, ["Hoekstra, L.", ME, "Van den Broeck, K.", "Petrović, D.", "Okonjo-Adeyemi, F.", "Sørensen, M.", "Lindqvist, A.",
           "Ahmed, S.", "Nkemelu, C.", "Thornbury, R.", "Park, J.", "Chen, Y.", "Ortega-Blanco, M.", "Keller, B."], 13, "2022",
     "The Generations and Gender Programme: Harmonized data for comparative family research", "European Journal of Population",
     "38", "(4), 701–726", "10.1007/s10680-022-09634-1", {}),
    (ART, [ME, "Eklund, M."], 0, "2021", "Left behind? Parental health and adult children’s migration",
     "Journal of Health and Social Behavior", "62", "(3), 348–364", "10.1177/00221465211029344", {}),
    (ART, ["Thornbury, R.", ME], 0, "2020", "Measuring return migration with linked census data", "Population Studies", "74",
     "(2), 223–240", None, {}),
    (ART, [ME], 0, "2019", "Seasonal labor migration and marital dissolution in rural Serbia",
     "Journal of Ethnic and Migration Studies", "45", "(14), 2601–2620", "10.1080/1369183X.2018.1507452", {}),
    (ART, ["Eklund, M.", ME, "Okoro, D."], 0, "2018", "Fertility after conflict: Cohort evidence from the former Yugoslavia",
     "Demographic Research", "38", ", Article 47, 1415–1446", "10.4054/DemRes.2018.38.47", {}),
    (ART, [ME, "Okoro, D."], 0, "2017", "Gendered returns to foreign education in post-socialist labor markets",
     "Social Science Research", "66", ", 120–135", None, {}),
    (ART, [ME], None, "2016", "“We are neither here nor there”: Belonging among circular migrants", "Sociological Forum", "31",
     "(3), 611–632", "10.1111/socf.12267", {}),
    (CH, [ME], 0, "2024", "Return migration", "The Oxford handbook of migration studies", None,
     "(pp. 233–251). Oxford University Press", None,
     dict(type="chapter", eds="S. Ahmed & P. Villanueva (Eds.)",
          note="In S. Ahmed & P. Villanueva (Eds.); (pp. 233–251). Oxford University Press")),
    (CH, ["Thornbury, R.", ME], None, "in press", "Family demography of Southeastern Europe", "Handbook of European family sociology",
     None, "Edward Elgar", None,
     dict(type="chapter", eds="K. Van den Broeck (Ed.)", flags=["to_appear"],
          note="In K. Van den Broeck (Ed.); Edward Elgar; (in press)")),
    (REV, [ME, "Marković, J."], 0, None, "Brain drain or brain circulation? Return intentions of Serbian physicians", None, None,
     "Revise and resubmit, <i>American Sociological Review</i>", None,
     dict(type="other", flags=["under_review"], note="Revise and resubmit, American Sociological Review")),
    (REV, ["Ortega-Blanco, M.", ME], 1, None, "Intergenerational co-residence after return migration", None, None,
     "Under review at <i>Demography</i>", None,
     dict(type="other", flags=["under_review"], note="Under review at Demography")),
    (WP, ["Chen, Y.", ME], None, "2024", "Fertility postponement and housing costs: A regional panel analysis", None, None,
     "SocArXiv", "10.31235/osf.io/k7m2p", dict(type="preprint", venue="SocArXiv", vraw="SocArXiv")),
    (REP, [ME, "Petrović, D."], None, "2021", "Return migration to Serbia: Trends and policy options", None, None,
     "(Policy Brief No. 14). International Organization for Migration", None,
     dict(type="other", venue="International Organization for Migration", vraw="International Organization for Migration",
          note="(Policy Brief No. 14)")),
]
FONT = "file:///usr/share/texlive/texmf-dist/fonts/opentype/public/newtx/TeXGyreTermesX-{}.otf"
CSS = f"""
@font-face {{ font-family: 'Termes'; src: url('{FONT.format("Regular")}'); }}
@font-face {{ font-family: 'Termes'; font-weight: bold; src: url('{FONT.format("Bold")}'); }}
@font-face {{ font-family: 'Termes'; font-style: italic; src: url('{FONT.format("Italic")}'); }}
@font-face {{ font-family: 'Termes'; font-weight: bold; font-style: italic; src: url('{FONT.format("BoldItalic")}'); }}
@page {{ size: Letter; margin: 1in 1in 0.9in 1in;
  @bottom-center {{ content: "Vukašinović – CV – page " counter(page); font: 10pt 'Termes'; }} }}
body {{ font-family: 'Termes', serif; font-size: 12pt; line-height: 1.15; color: #000; }}
.upd {{ text-align: right; font-size: 10pt; margin: 0; }}
.name {{ text-align: center; font-size: 16pt; font-weight: bold; margin: 4pt 0 2pt 0; letter-spacing: 0.5pt; }}
.contact {{ text-align: center; margin: 0; }}
h2 {{ font-size: 12pt; font-weight: bold; margin: 16pt 0 6pt 0; border-bottom: 0.75pt solid #000; }}
h3 {{ font-size: 12pt; font-weight: bold; font-style: italic; margin: 10pt 0 4pt 0; }}
p {{ margin: 0 0 4pt 0; }}
.tab {{ display: flex; align-items: flex-end; margin: 0; }} .tab .l {{ flex: 1; }} .tab .r {{ white-space: nowrap; padding-left: 18pt; }}
.ind {{ padding-left: 0.5in; margin: 0 0 6pt 0; }}
.ref {{ padding-left: 0.5in; text-indent: -0.5in; margin: 0 0 8pt 0; orphans: 1; widows: 1; }}
a {{ color: #0563C1; text-decoration: underline; overflow-wrap: break-word; }}
u {{ text-decoration: underline; }}
"""


def authors_html(auth, corr):
    out = []
    for i, a in enumerate(auth):
        s = esc(a)
        if a in OWNER:
            s = f"<b>{s}</b>"
        elif a in TR:
            s = f"<u>{s}</u>"
        out.append(s + ("*" if i == corr else ""))
    if len(out) == 1:
        return out[0]
    if len(out) == 2:
        return f"{out[0]}, &amp; {out[1]}"
    return ", ".join(out[:-1]) + ", &amp; " + out[-1]


def tab(left, right, extra=None):
    s = f"<div class='tab'><span class='l'>{esc(left)}</span><span class='r'>{esc(right)}</span></div>"
    return s + (f"<p class='ind'>{esc(extra)}</p>" if extra else "<p></p>")


def build(out_dir):
    h = [f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Vukasinovic CV</title><style>{CSS}</style></head><body>"]
    h.append("<p class='upd'>Last updated: March 2025</p>")
    h.append("<p class='name'>TEODORA VUKAŠINOVIĆ</p>")
    h.append(f"<p class='contact'>Department of Sociology, {UW}<br>8128 Social Science Building, 1180 Observatory Drive, "
             "Madison, WI 53706<br>(608) 555-0174 | vukasinovic@wisc.edu | "
             "<a href='https://www.tvukasinovic.org'>https://www.tvukasinovic.org</a></p>")
    h.append("<h2>RESEARCH INTERESTS</h2>")
    h.append("<p>International migration and return migration; family demography and fertility; population health; "
             "Southeastern Europe; mixed methods.</p>")
    h.append("<h2>ACADEMIC APPOINTMENTS</h2>")
    for _, left, right, extra in POS:
        h.append(tab(left, right, extra))
    h.append("<h2>EDUCATION</h2>")
    for _, left, right, extra in EDU:
        h.append(tab(left, right, extra))
    h.append("<h2>HONORS AND AWARDS</h2>")
    for a, y in AWARDS:
        h.append(tab(a, y))
    h.append("<h2>GRANTS</h2>")
    h.append(tab("Principal Investigator, “Return Migration and Family Change in Southeastern Europe,” National Science "
                 "Foundation, SES-2214473, $412,000", "2022–2025"))
    h.append(tab("Co-Investigator, “Harmonizing the Generations and Gender Surveys,” NICHD R01HD104521 (PI: L. Hoekstra)",
                 "2021–2026"))
    h.append("<h2>PUBLICATIONS (* = corresponding author; underline = trainee)</h2>")
    pubs, counters, last = [], {}, None
    for sec, auth, corr, ytxt, title, venue, vol, rest, doi, g in ENTRIES:
        if sec != last:
            h.append(f"<h3>{HEADS[sec]}</h3>")
            last = sec
        counters[sec] = counters.get(sec, 0) + 1
        ytag = f" ({ytxt})." if ytxt else ""  # no year: the last author's initial ends the author part
        body = f"{authors_html(auth, corr)}{ytag} "
        typ = g.get("type", "journal")
        if typ == "journal":
            body += f"{esc(title)}. <i>{esc(venue)}, {vol}</i>{esc(rest)}."
        elif typ == "chapter":
            body += f"{esc(title)}. In {esc(g['eds'])}, <i>{esc(venue)}</i>" + (f" {esc(rest)}." if rest.startswith("(") else f". {esc(rest)}.")
        elif sec == REV:
            body += f"{esc(title)}. {rest}."
        else:  # book, working paper, report: italic title
            body += f"<i>{esc(title)}</i>" + (f" {esc(rest)}." if rest.startswith("(") else f". {esc(rest)}.")
        if doi:
            u = f"https://doi.org/{doi}"
            body += f" <a href='{u}'>{u}</a>"
        h.append(f"<p class='ref'>{body}</p>")
        notes = []
        if corr is not None:
            notes.append("* corresponding author")
        if any(a in TR for a in auth):
            notes.append("underlined: trainee")
        if g.get("note"):
            notes.insert(0, g["note"])
        year = int(ytxt) if ytxt and ytxt.isdigit() else None
        v = g.get("venue", venue if typ in ("journal", "chapter") else None)
        vr = g.get("vraw", venue if typ in ("journal", "chapter") else None)
        pubs.append(pub(sec, counters[sec], title, auth, v, vr, year, typ, flags=g.get("flags", ()),
                        links=[f"https://doi.org/{doi}"] if doi else [], note="; ".join(notes) or None, doi=doi,
                        self_index=owner_index(auth, OWNER)))
    h.append("<h2>INVITED TALKS</h2>")
    for left, right in (("“Who comes back? Selection in return migration,” Population Studies Center, University of "
                         "Michigan", "2024"),
                        ("“Return migration and family formation,” Max Planck Institute for Demographic Research, Rostock",
                         "2023"),
                        ("“Leaving and returning,” Department of Sociology, University of Oxford", "2022")):
        h.append(tab(left, right))
    h.append("<h2>TEACHING</h2>")
    for left, right in (("SOC 170: Population Problems (undergraduate lecture, ~250 students)", "2019–present"),
                        ("SOC 756: Demographic Techniques II (graduate seminar)", "2020–present"),
                        ("SOC 961: Migration and Mobility (graduate seminar)", "2018, 2021, 2024")):
        h.append(tab(left, right))
    h.append("<h2>PROFESSIONAL SERVICE</h2>")
    for left, right in (("Editorial Board, <i>Demography</i>", "2023–present"),
                        ("Program Committee, Population Association of America Annual Meeting", "2022")):
        h.append(f"<div class='tab'><span class='l'>{left}</span><span class='r'>{right}</span></div><p></p>")
    h.append("<p>Ad hoc reviewer: <i>American Sociological Review</i>, <i>Demography</i>, <i>European Sociological "
             "Review</i>, <i>Journal of Marriage and Family</i>, <i>Social Forces</i></p>")
    h.append("<h2>SKILLS</h2>")
    for lab, vals in SKILLS:
        h.append(f"<p><b>{lab}:</b> {esc(', '.join(vals))}</p>")
    h.append("</body></html>")
    print_pdf("\n".join(h), STEM, out_dir)
    return gold(STEM + ".pdf", PERSON, [e for e, *_ in EDU], [p for p, *_ in POS], pubs,
                [{"name": a, "date": None} for a, _ in AWARDS], [v for _, vals in SKILLS for v in vals])
