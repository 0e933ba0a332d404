"""27: glaciology / earth-science CV (PDF printed by Chromium) from hand-written HTML that leaves the numbering and
much of the furniture to **CSS**: section heads numbered by a CSS counter in `h2::before` ("I.", "II.", … upper-roman),
publication numbers only in `li::before` from a **reversed counter** (`counter-reset: pub 12`, `counter-increment: pub
-1`; the HTML has no numbers), author names set in **small caps** (`font-variant: small-caps`, owner underlined),
justified text with `hyphens: auto` and **soft hyphens** (`&shy;`) in long words, a header and the appointment /
education rows laid out with **CSS grid** (years | role and organisation | place), awards and skills in **CSS
multi-column** lists, and a running footer in an `@page` margin box. Copernicus (EGU) reference style: `Last, F. I.,
Last, F., and Last, F.: Title, Journal Abbrev., vol, pages, https://doi.org/…, 2024.` with **the year last, after the
DOI**; a Cryosphere Discussions preprint "in review", a Zenodo data set, EGU abstracts. Fieldwork, teaching and
service are not annotated."""
import re

from make_native import esc, pub, owner_index, edu, pos, gold, print_pdf

STEM = "27_holmqvist-glaciology-csscounters"
ME = "Holmqvist, A."
OWNER = {ME}
PERSON = {"name": "Astrid Holmqvist", "emails": ["astrid.holmqvist@natgeo.su.se"], "phones": ["+46 8 16 47 92"],
          "homepages": ["https://holmqvistlab.se"]}
SU = "Department of Physical Geography, Stockholm University"
# (gold, years, role line, organisation line, place)
POS = [
    (pos(SU, "Associate Professor", "2022", "present", "job", location="Stockholm, Sweden"),
     "since 2022", "Associate Professor (Docent)", SU, "Stockholm, Sweden", None),
    (pos("Tarfala Research Station, Stockholm University", "Researcher", "2019", "2022", "research",
         location="Kiruna, Sweden"),
     "2019–2022", "Researcher", "Tarfala Research Station, Stockholm University", "Kiruna, Sweden", None),
    (pos("Laboratory of Hydraulics, Hydrology and Glaciology (VAW), ETH Zürich", "Postdoctoral Fellow", "2016", "2019",
         "research", location="Zürich, Switzerland", supervisor="Prof. Reto Bühlmann"),
     "2016–2019", "Postdoctoral Fellow", "Laboratory of Hydraulics, Hydrology and Glaciology (VAW), ETH Zürich",
     "Zürich, Switzerland", "Supervisor: Prof. Reto Bühlmann"),
]
EDU = [
    (edu("University of Alaska Fairbanks", "Ph.D.", "Glaciology", "2011", "2016", advisor="Prof. Eleanor Marsh",
         location="Fairbanks, AK, USA"),
     "2011–2016", "Ph.D. in Glaciology", "Geophysical Institute, University of Alaska Fairbanks", "Fairbanks, AK, USA",
     "Thesis: Englacial water storage and the summer speed-up of a polythermal glacier. Advisor: Prof. Eleanor Marsh"),
    (edu("Stockholm University", "M.Sc.", "Physical Geography", "2009", "2011", location="Stockholm, Sweden"),
     "2009–2011", "M.Sc. in Physical Geography", "Stockholm University", "Stockholm, Sweden", None),
    (edu("Uppsala University", "B.Sc.", "Earth Sciences", "2006", "2009", location="Uppsala, Sweden"),
     "2006–2009", "B.Sc. in Earth Sciences", "Uppsala University", "Uppsala, Sweden", None),
]
EDU[0][0]["institution"] = "Geophysical Institute, University of Alaska Fairbanks"  # unit printed in front (cvs rule)
AWARDS = [("Wallenberg Academy Fellow", "2022"),
          ("Arne Richter Award for Outstanding Early Career Scientists, European Geosciences Union", "2021"),
          ("Outstanding Student Presentation Award, AGU Fall Meeting", "2014"),
          ("Fulbright Graduate Fellowship", "2011")]
SKILLS = ["Elmer/Ice", "PISM", "Python", "Julia", "ground-penetrating radar", "borehole thermistry", "GNSS processing",
          "Swedish (native)", "English (fluent)", "German (good)"]

ART, PRE, DATA, ABS = ("peer-reviewed articles", "preprints and discussion papers", "data sets",
                       "conference abstracts (selected)")
HEADS = {ART: "Peer-reviewed articles", PRE: "Preprints and discussion papers", DATA: "Data sets",
         ABS: "Conference abstracts (selected)"}
# (section, authors, title (with &shy; where printed so), journal as printed, volume/pages ('' if none), doi, year, gold)
ENTRIES = [
    (ART, [ME, "Baptiste, R.", "Okonkwo, T. C."], "Sea&shy;sonal evolution of englacial drainage inferred from "
     "borehole tracer experiments on Storglaciären", "The Cryosphere", "18, 1123–1140", "10.5194/tc-18-1123-2024", 2024,
     dict(venue="The Cryosphere")),
    (ART, ["Nilsson-Kaur, E.", ME, "Bühlmann, R.", "Jansson, P."], "Cold-ice margins delay the spring speed-up of "
     "polythermal glaciers", "Geophys. Res. Lett.", "50, e2023GL104512", "10.1029/2023GL104512", 2023,
     dict(venue="Geophysical Research Letters")),
    (ART, [ME, "Bühlmann, R."], "Sub&shy;glacial water pressure and sliding during rain-on-snow events in the Swiss Alps",
     "J. Glaciol.", "69, 801–816", "10.1017/jog.2022.94", 2023, dict(venue="Journal of Glaciology")),
    (ART, ["Okonkwo, T. C.", "Nilsson-Kaur, E.", ME], "Radio&shy;glaciological mapping of the cold-temperate transition "
     "surface", "Ann. Glaciol.", "63, 45–58", "10.1017/aog.2023.12", 2022, dict(venue="Annals of Glaciology")),
    (ART, ["Bühlmann, R.", ME, "Zwinger, K.", "Marsh, E.", "Jansson, P.", "Baptiste, R."], "Twenty-five years of glacier "
     "mass balance and runoff in the Tarfala valley", "Hydrol. Earth Syst. Sci.", "26, 3345–3367",
     "10.5194/hess-26-3345-2022", 2022, dict(venue="Hydrology and Earth System Sciences")),
    (ART, [ME, "Zwinger, K.", "Bühlmann, R."], "A thermo-mechanically coupled model of englacial water content with "
     "Elmer/Ice", "Geosci. Model Dev.", "14, 6201–6224", "10.5194/gmd-14-6201-2021", 2021,
     dict(venue="Geoscientific Model Development")),
    (ART, ["Jansson, P.", ME], "Proglacial stream temperature as an indicator of glacier thermal regime",
     "Water Resour. Res.", "57, e2020WR028791", None, 2021, dict(venue="Water Resources Research")),
    (ART, [ME, "Marsh, E.", "Truman, J."], "Englacial water storage controls the summer speed-up of a polythermal glacier",
     "J. Geophys. Res.-Earth", "125, e2019JF005321", "10.1029/2019JF005321", 2020,
     dict(venue="Journal of Geophysical Research: Earth Surface")),
    (ART, ["Marsh, E.", ME, "Truman, J.", "Castillo, M."], "Bio&shy;geo&shy;chem&shy;ical signatures of subglacial "
     "meltwater in Alaskan outlet streams", "Nat. Geosci.", "12, 511–517", "10.1038/s41561-019-0376-2", 2019,
     dict(venue="Nature Geoscience")),
    (ART, [ME, "Marsh, E."], "Crevasse-fed recharge of englacial aquifers on a polythermal glacier",
     "Earth Surf. Dynam.", "6, 1089–1105", "10.5194/esurf-6-1089-2018", 2018, dict(venue="Earth Surface Dynamics")),
    (PRE, [ME, "Nilsson-Kaur, E.", "Okonkwo, T. C.", "Jansson, P."], "Winter water storage in a cold-based glacier "
     "margin revealed by fibre-optic temperature sensing", "The Cryosphere Discuss. [preprint]", "",
     "10.5194/tc-2024-187", 2024,
     dict(venue="The Cryosphere Discussions", type="preprint", flags=["under_review"], note="in review")),
    (DATA, [ME, "Okonkwo, T. C."], "Borehole temperature records from Storglaciären, 2019–2023",
     "Zenodo [data set]", "", "10.5281/zenodo.10452231", 2024, dict(venue="Zenodo", type="other")),
    (ABS, [ME, "Baptiste, R."], "Tracing englacial flow paths with fluorescent dyes and fibre-optic sensing",
     "EGU General Assembly 2023, Vienna, Austria, 23–28 Apr 2023", "EGU23-10452",
     "10.5194/egusphere-egu23-10452", 2023, dict(venue="EGU General Assembly", type="other")),
    (ABS, ["Nilsson-Kaur, E.", ME], "Cold-ice margins and the spring speed-up",
     "AGU Fall Meeting 2022, Chicago, IL, 12–16 Dec 2022", "C32A-07", None, 2022,
     dict(venue="AGU Fall Meeting", type="other")),
]
FONT = "file:///usr/share/texlive/texmf-dist/fonts/opentype/public/libertinus-fonts/LibertinusSerif-{}.otf"
CSS = f"""
@font-face {{ font-family: 'Libertinus'; src: url('{FONT.format("Regular")}'); }}
@font-face {{ font-family: 'Libertinus'; font-weight: bold; src: url('{FONT.format("Bold")}'); }}
@font-face {{ font-family: 'Libertinus'; font-style: italic; src: url('{FONT.format("Italic")}'); }}
@page {{ size: A4; margin: 18mm 20mm 20mm 20mm;
  @bottom-right {{ content: "A. Holmqvist · CV · " counter(page) "/" counter(pages); font: 9pt 'Libertinus'; color: #555; }} }}
body {{ font-family: 'Libertinus', serif; font-size: 10.5pt; line-height: 1.3; color: #111; counter-reset: sec; }}
p, li {{ text-align: justify; hyphens: auto; -webkit-hyphens: auto; }}
header {{ display: grid; grid-template-columns: 1fr 62mm; column-gap: 8mm; align-items: end;
  border-bottom: 1.2pt solid #2B5D7D; padding-bottom: 4pt; }}
header h1 {{ font-variant: small-caps; font-size: 26pt; font-weight: normal; letter-spacing: 1pt; margin: 0; color: #2B5D7D; }}
header .tag {{ font-style: italic; margin: 2pt 0 0 0; }}
header .contact {{ font-size: 9.5pt; text-align: right; line-height: 1.35; }}
h2 {{ font-variant: small-caps; font-weight: normal; font-size: 14pt; color: #2B5D7D; margin: 13pt 0 5pt 0;
  counter-increment: sec; }}
h2::before {{ content: counter(sec, upper-roman) ".\\2002"; }}
h3 {{ font-size: 10.5pt; font-style: italic; font-weight: normal; margin: 7pt 0 3pt 0; }}
.rows {{ display: grid; grid-template-columns: 22mm 1fr 38mm; column-gap: 4mm; row-gap: 4pt; }}
.rows .y {{ color: #2B5D7D; }} .rows .pl {{ text-align: right; font-size: 9.5pt; color: #444; }}
.rows .org {{ display: block; font-style: italic; }} .rows .x {{ display: block; font-size: 9.5pt; }}
.cols {{ columns: 2; column-gap: 8mm; margin: 0; padding-left: 14pt; }}
.cols li {{ break-inside: avoid; text-align: left; }}
ol.pubs {{ list-style: none; margin: 0; padding: 0; }}
ol.pubs li {{ counter-increment: pub -1; padding-left: 26pt; text-indent: -26pt; margin: 0 0 4pt 0; }}
ol.pubs li::before {{ content: counter(pub) ".\\2003"; display: inline-block; width: 26pt; text-indent: 0; color: #2B5D7D; }}
.au {{ font-variant: small-caps; }} .me {{ text-decoration: underline; }}
a {{ color: #2B5D7D; text-decoration: none; }}
"""


def plain(s):
    return s.replace("&shy;", "")


def authors_html(auth):
    out = [f"<span class='me'>{esc(a)}</span>" if a in OWNER else esc(a) for a in auth]
    s = out[0] if len(out) == 1 else (" and ".join(out) if len(out) == 2 else ", ".join(out[:-1]) + ", and " + out[-1])
    return f"<span class='au'>{s}</span>"


def build(out_dir):
    h = [f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Holmqvist CV</title><style>{CSS}</style>"
         "</head><body>"]
    h.append("<header><div><h1>Astrid Holmqvist</h1><p class='tag'>Glaciologist · englacial hydrology, glacier thermal "
             "regime, field geophysics</p></div><div class='contact'>" + esc(SU) + "<br>Svante Arrhenius väg 8, 106 91 "
             "Stockholm<br>astrid.holmqvist@natgeo.su.se<br>+46 8 16 47 92<br>"
             "<a href='https://holmqvistlab.se'>holmqvistlab.se</a></div></header>")

    def rows(items):
        h.append("<div class='rows'>")
        for _, years, role, org, place, extra in items:
            x = f"<span class='x'>{esc(extra)}</span>" if extra else ""
            h.append(f"<div class='y'>{years}</div><div><b>{esc(role)}</b><span class='org'>{esc(org)}</span>{x}</div>"
                     f"<div class='pl'>{esc(place)}</div>")
        h.append("</div>")
    h.append("<h2>Appointments</h2>")
    rows(POS)
    h.append("<h2>Education</h2>")
    rows(EDU)
    h.append("<h2>Honours and awards</h2><ul class='cols'>")
    for a, y in AWARDS:
        h.append(f"<li>{esc(a)} ({y})</li>")
    h.append("</ul>")
    h.append("<h2>Publications</h2><p>Numbering counts down within each list; my name is underlined. "
             "h-index 17 (Web of Science, February 2025).</p>")
    pubs, last = [], None
    counts = {}
    for e in ENTRIES:
        counts[e[0]] = counts.get(e[0], 0) + 1
    n_left = {}
    for sec, auth, title, journal, volpages, doi, year, g in ENTRIES:
        if sec != last:
            if last is not None:
                h.append("</ol>")
            h.append(f"<h3>{HEADS[sec]}</h3><ol class='pubs' style='counter-reset: pub {counts[sec] + 1}'>")
            last = sec
            n_left[sec] = counts[sec]
        idx = n_left[sec]
        n_left[sec] -= 1
        body = f"{authors_html(auth)}: {title}, <i>{esc(journal)}</i>"
        if volpages:
            body += f", {esc(volpages)}"
        if doi:
            u = f"https://doi.org/{doi}"
            body += f", <a href='{u}'>{u}</a>"
        if g.get("note") == "in review":
            body += ", in review"
        body += f", {year}."
        h.append(f"<li>{body}</li>")
        typ = g.get("type", "journal")
        vraw = journal
        pubs.append(pub(sec, idx, plain(title), auth, g["venue"], vraw, year, typ, flags=g.get("flags", ()),
                        links=[f"https://doi.org/{doi}"] if doi else [], doi=doi, note=g.get("note"),
                        self_index=owner_index(auth, OWNER)))
        if sec == ABS:
            pubs[-1]["note"] = volpages
    h.append("</ol>")
    h.append("<h2>Fieldwork</h2><p>Storglaciären and Rabots glaciär, Sweden (12 seasons, 2016–2024); Gulkana and "
             "Jarvis glaciers, Alaska (5 seasons, 2011–2015); Gornergletscher, Switzerland (3 seasons, 2016–2018).</p>")
    h.append("<h2>Teaching and service</h2><p>GG7104 Glaciology (M.Sc., course leader, since 2020); field course "
             "leader, Tarfala (annual). Scientific editor, <i>The Cryosphere</i> (since 2023); IASC Cryosphere Working "
             "Group, Swedish delegate (2021–2024).</p>")
    h.append("<h2>Skills and languages</h2><ul class='cols'>")
    for s in SKILLS:
        h.append(f"<li>{esc(s)}</li>")
    h.append("</ul></body></html>")
    print_pdf("\n".join(h), STEM, out_dir)
    return gold(STEM + ".pdf", PERSON, [e for e, *_ in EDU], [p for p, *_ in POS], pubs,
                [{"name": a, "date": None} for a, _ in AWARDS], SKILLS)
