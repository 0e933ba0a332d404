"""44: an **ORCID record printed to PDF from the browser** (the public record page at orcid.org, imitated in HTML and
printed by headless Chromium, with the browser's own print header "date, time / page title" and footer "URL / 1/4"
drawn as `@page` margin boxes). Chemical oceanography. The page: ORCID top bar, the name with the iD URL
("https://orcid.org/0000-0002-7715-3096"), a left column of **personal information** (Also known as, Emails, Websites
& social links, Keywords, Countries) placed before the main column, the **Biography**, then the **activity sections
with counts in the headings** ("Employment (2)", "Education and qualifications (3)", "Invited positions and
distinctions (2)", "Membership and service (1)", "Funding (2)", "Works (16)", "Peer review (14 reviews for 6
publications/grants)"). **Affiliations** print "Organisation: City, CC" / "2019-09-01 to present | Role (Department)"
/ type / "Source: …". **Works** print title, container (journal, book, publisher), "2024-03-12 | Journal article"
(ISO dates, sometimes only year-month or year), "DOI: 10.…" as a **doi.org hyperlink**, "Part of ISSN: …", "URL: …",
a **"Contributors:" line with names separated by semicolons** (in whichever form the source sent: "Kristín
Hallgrímsdóttir", "K. Hallgrimsdottir", "Hallgrímsdóttir, K."; absent on some works), "Source: Crossref" / "Source:
DataCite" / "Source: Kristín Hallgrímsdóttir", and "Preferred source (of 2)". Works are sorted by date, newest first.
Membership, funding and peer review are not annotated."""
from make_native import esc, pub, owner_index, edu, pos, gold, print_pdf

STEM = "44_hallgrimsdottir-oceanography-orcid"
ORCID = "0000-0002-7715-3096"
OWN = "Kristín Hallgrímsdóttir"
OWNER_FORMS = {OWN, "K. Hallgrimsdottir", "Hallgrímsdóttir, K."}
HOME = "https://www.hafogvatn.is/en/staff/kristin-hallgrimsdottir"
PERSON = {"name": OWN, "emails": ["kristin.hallgrimsdottir@hafogvatn.is"], "phones": [], "homepages": [HOME]}
SEC = "works"
# (title, container, date, ORCID type, doi, url, issn, contributors (None = no line), source, preferred,
#  gold venue, gold venue_raw, gold type, note)
WORKS = [
    ("Winter convection and CO2 uptake in the Iceland Sea under declining sea ice", "EGUsphere", "2025-01-20",
     "Preprint", "10.5194/egusphere-2025-112", None, None, [OWN, "Þorsteinn Árnason", "Mia K. Sørensen"], "Crossref",
     None, "EGUsphere", "EGUsphere", "preprint", None),
    ("Ocean acidification trends in the Iceland Sea winter mixed layer, 1985–2023", "Biogeosciences", "2024-03-12",
     "Journal article", "10.5194/bg-21-1187-2024", None, "1726-4189",
     [OWN, "Halldór Jónsson", "Emma Rasmussen", "Þorsteinn Árnason"], "Crossref", 2, "Biogeosciences",
     "Biogeosciences", "journal", None),
    ("Carbonate chemistry time series at station IS-2, Iceland Sea, 1985–2023", "PANGAEA", "2023-12", "Dataset",
     "10.1594/PANGAEA.962114", None, None, ["Hallgrímsdóttir, K.", "Jónsson, H."], "DataCite", None, "PANGAEA",
     "PANGAEA", "other", "Dataset"),
    ("Subpolar mode water formation rates from Argo floats east of Greenland",
     "Journal of Geophysical Research: Oceans", "2023-08-03", "Journal article", "10.1029/2023JC019876", None,
     "2169-9275", ["Emma Rasmussen", "K. Hallgrimsdottir", "Lars-Erik Bjørnstad", "Anna Lindqvist"], "Crossref", None,
     "Journal of Geophysical Research: Oceans", "Journal of Geophysical Research: Oceans", "journal", None),
    ("A synthesis of surface ocean pCO2 observations in the Nordic Seas (NORSOC v2)", "Earth System Science Data",
     "2022-11-15", "Journal article", "10.5194/essd-14-5023-2022", None, "1866-3516",
     ["Mia K. Sørensen", "Rolf Haugland", "Emma Rasmussen", "Jón Ólafsson", "Ingunn Skjelvan", "Tomasz Kowalczyk",
      OWN, "Halldór Jónsson", "Aino Rantanen", "Pierre-Yves Le Goff", "Lars-Erik Bjørnstad", "Camila Fuentes-Vidal"],
     "Crossref", None, "Earth System Science Data", "Earth System Science Data", "journal", None),
    ("Declining winter mixed-layer depth in the Iceland Sea and its consequences for carbon uptake",
     "EGU General Assembly 2022", "2022-06", "Conference abstract", "10.5194/egusphere-egu22-8812", None, None,
     [OWN, "Þorsteinn Árnason"], OWN, None, "EGU General Assembly", "EGU General Assembly 2022", "other",
     "Conference abstract"),
    ("Seasonal cycle of dissolved inorganic carbon on the North Icelandic shelf", "Continental Shelf Research",
     "2021-09-01", "Journal article", "10.1016/j.csr.2021.104512", None, "0278-4343", ["Halldór Jónsson", OWN],
     "Crossref", None, "Continental Shelf Research", "Continental Shelf Research", "journal", None),
    ("State of the marine environment around Iceland 2020: ocean climate and acidification",
     "Marine and Freshwater Research Institute", "2021-03", "Report", None,
     "https://www.hafogvatn.is/static/research/files/hv2021-14.pdf", None, None, OWN, None,
     "Marine and Freshwater Research Institute", "Marine and Freshwater Research Institute", "other", "Report"),
    ("Anthropogenic carbon accumulation in Arctic Intermediate Water", "Geophysical Research Letters", "2020-10-22",
     "Journal article", "10.1029/2020GL089912", None, "0094-8276", [OWN, "Mia K. Sørensen", "Emma Rasmussen"],
     "Crossref", 2, "Geophysical Research Letters", "Geophysical Research Letters", "journal", None),
    ("Carbon cycle of the Nordic Seas", "The Nordic Seas: Physics, Chemistry and Biology", "2019-05", "Book chapter",
     None, None, None, [OWN, "Lars-Erik Bjørnstad"], OWN, None, "The Nordic Seas: Physics, Chemistry and Biology",
     "The Nordic Seas: Physics, Chemistry and Biology", "chapter", None),
    ("Biological pump efficiency during the spring bloom in the Irminger Sea",
     "Deep Sea Research Part I: Oceanographic Research Papers", "2018-07-15", "Journal article",
     "10.1016/j.dsr.2018.05.007", None, "0967-0637", ["Anna Lindqvist", "K. Hallgrimsdottir", "Rolf Haugland"],
     "Crossref", None, "Deep Sea Research Part I: Oceanographic Research Papers",
     "Deep Sea Research Part I: Oceanographic Research Papers", "journal", None),
    ("Air–sea CO2 flux variability in the Iceland Sea from a decade of underway data", "Journal of Marine Systems",
     "2017-12", "Journal article", "10.1016/j.jmarsys.2017.08.004", None, "0924-7963",
     [OWN, "Jón Ólafsson", "Ingunn Skjelvan"], "Crossref", None, "Journal of Marine Systems",
     "Journal of Marine Systems", "journal", None),
    ("Carbon uptake and ventilation in the Iceland and Greenland Seas", "University of Bergen", "2016-06-30",
     "Dissertation/Thesis", None, "https://hdl.handle.net/11250/2412345", None, [OWN], OWN, None,
     "University of Bergen", "University of Bergen", "thesis", None),
    ("Autonomous pCO2 sensors on gliders: a field test in the Norwegian Sea", "OCEANS 2015 - Genova", "2015-05",
     "Conference paper", "10.1109/OCEANS-Genova.2015.7271512", None, None,
     ["K. Hallgrimsdottir", "Lars-Erik Bjørnstad", "Rolf Haugland"], "Crossref", None, "OCEANS",
     "OCEANS 2015 - Genova", "conference", None),
    ("Ventilation of the deep Greenland Sea inferred from transient tracers", "Journal of Physical Oceanography",
     "2014-09-01", "Journal article", "10.1175/JPO-D-13-0221.1", None, "0022-3670",
     [OWN, "Ingunn Skjelvan", "Jón Ólafsson"], "Crossref", None, "Journal of Physical Oceanography",
     "Journal of Physical Oceanography", "journal", None),
    ("Sea-ice melt effects on surface alkalinity in the East Greenland Current", "Polar Research", "2013",
     "Journal article", "10.3402/polar.v32i0.19874", None, "1751-8369", None, "Crossref", None, "Polar Research",
     "Polar Research", "journal", None),
]
# affiliations: (org, city, dates, role, department, kind label, gold)
EMPLOY = [
    ("Marine and Freshwater Research Institute", "Hafnarfjörður, IS", "2019-09-01 to present", "Senior Scientist",
     "Oceanography and Climate", "Employment",
     pos("Marine and Freshwater Research Institute", "Senior Scientist", "2019-09", "present", "job",
         location="Hafnarfjörður, IS")),
    ("NORCE Norwegian Research Centre", "Bergen, NO", "2016-08-01 to 2019-08-31", "Postdoctoral Researcher",
     "Climate & Environment", "Employment",
     pos("NORCE Norwegian Research Centre", "Postdoctoral Researcher", "2016-08", "2019-08", "research",
         location="Bergen, NO")),
]
EDUC = [
    ("University of Bergen", "Bergen, NO", "2012-09-01 to 2016-06-30", "PhD", "Geophysical Institute", "Education",
     edu("University of Bergen", "Ph.D.", None, "2012-09", "2016-06", location="Bergen, NO")),
    ("University of Iceland", "Reykjavík, IS", "2010-09-01 to 2012-06-30", "MS in Geophysics", "Faculty of Earth "
     "Sciences", "Education",
     edu("University of Iceland", "M.S.", "Geophysics", "2010-09", "2012-06", location="Reykjavík, IS")),
    ("University of Iceland", "Reykjavík, IS", "2007-09-01 to 2010-06-30", "BS in Physics", "Faculty of Physical "
     "Sciences", "Education",
     edu("University of Iceland", "B.S.", "Physics", "2007-09", "2010-06", location="Reykjavík, IS")),
]
INVITED = [
    ("Woods Hole Oceanographic Institution", "Woods Hole, US", "2018-02-01 to 2018-05-31", "Guest Investigator",
     "Marine Chemistry and Geochemistry", "Invited position",
     pos("Woods Hole Oceanographic Institution", "Guest Investigator", "2018-02", "2018-05", "research",
         location="Woods Hole, US")),
    ("European Geosciences Union", "Munich, DE", "2021-04-20", "Outstanding Early Career Scientist Award",
     "Ocean Sciences Division", "Distinction", None),
]
AWARDS = [{"name": "Outstanding Early Career Scientist Award (Ocean Sciences Division)", "date": "2021-04"}]

CSS = """
@page { size: A4; margin: 12mm 9mm 12mm 9mm;
  @top-left { content: "3/14/25, 9:07 AM"; font: 8pt Arial, 'Liberation Sans', 'DejaVu Sans', sans-serif; }
  @top-center { content: "Kristín Hallgrímsdóttir (0000-0002-7715-3096) - ORCID"; font: 8pt Arial, 'Liberation Sans', 'DejaVu Sans', sans-serif; }
  @bottom-left { content: "https://orcid.org/0000-0002-7715-3096"; font: 8pt Arial, 'Liberation Sans', 'DejaVu Sans', sans-serif; }
  @bottom-right { content: counter(page) "/" counter(pages); font: 8pt Arial, 'Liberation Sans', 'DejaVu Sans', sans-serif; } }
body { font-family: 'Noto Sans', Arial, 'Liberation Sans', 'DejaVu Sans', sans-serif; font-size: 12px; color: #2e2e2e;
  margin: 0; }
a { color: #2e7f9f; text-decoration: none; }
.top { display: flex; align-items: center; border-bottom: 1px solid #e0e0e0; padding: 6px 10px; }
.top .logo { font-weight: bold; font-size: 20px; color: #a6ce39; letter-spacing: 1px; }
.top .tag { font-size: 10px; color: #777; margin-left: 8px; }
.top .nav { margin-left: auto; font-size: 11px; color: #555; }
.hdr { background: #f5f5f5; padding: 12px 16px; border-bottom: 1px solid #e0e0e0; }
.hdr h1 { font-size: 22px; margin: 0 0 4px 0; font-weight: 600; }
.hdr .id { font-size: 12px; }
.wrap { display: grid; grid-template-columns: 190px 1fr; column-gap: 18px; padding: 12px 16px; }
.side h3 { font-size: 11px; font-weight: 600; color: #555; margin: 10px 0 2px 0; }
.side p { margin: 0 0 2px 0; font-size: 11px; overflow-wrap: anywhere; }
.main h2 { font-size: 14px; font-weight: 600; margin: 14px 0 6px 0; padding: 6px 8px; background: #f0f0f0;
  border-radius: 3px; }
.card { border: 1px solid #e3e3e3; border-radius: 3px; padding: 6px 9px; margin: 0 0 6px 0; break-inside: avoid; }
.card .t { font-weight: 600; font-size: 12.5px; }
.card .l { margin: 1px 0; }
.card .g { color: #6b6b6b; font-size: 11px; }
.card .s { color: #6b6b6b; font-size: 10.5px; margin-top: 3px; border-top: 1px solid #f0f0f0; padding-top: 2px; }
.bio { margin: 0 0 6px 0; }
"""


def aff_card(org, city, dates, role, dept, label):
    return (f"<div class='card'><div class='t'>{esc(org)}: {esc(city)}</div>"
            f"<div class='l'>{esc(dates)} | {esc(role)} ({esc(dept)})</div><div class='g'>{esc(label)}</div>"
            f"<div class='s'>Source: {esc(OWN)}</div></div>")


def build(out_dir):
    h = ["<!DOCTYPE html><html><head><meta charset='utf-8'>",
         f"<title>{OWN} ({ORCID}) - ORCID</title><style>", CSS, "</style></head><body>",
         "<div class='top'><span class='logo'>ORCID</span><span class='tag'>Connecting research and researchers</span>"
         "<span class='nav'>SEARCH &nbsp; ABOUT &nbsp; HELP &nbsp; SIGN IN / REGISTER</span></div>",
         f"<div class='hdr'><h1>{OWN}</h1><div class='id'><a href='https://orcid.org/{ORCID}'>"
         f"https://orcid.org/{ORCID}</a></div></div>",
         "<div class='wrap'><div class='side'>",
         "<h3>Also known as</h3><p>K. Hallgrimsdottir</p><p>Kristin Hallgrimsdottir</p>",
         "<h3>Emails</h3><p>kristin.hallgrimsdottir@hafogvatn.is</p>",
         f"<h3>Websites &amp; social links</h3><p><a href='{HOME}'>Staff page, Marine and Freshwater Research "
         "Institute</a></p><p><a href='https://bsky.app/profile/khallgrims.bsky.social'>Bluesky</a></p>",
         "<h3>Keywords</h3><p>ocean carbon cycle, ocean acidification, Nordic Seas, water mass formation, "
         "biogeochemical Argo</p>",
         "<h3>Countries</h3><p>Iceland</p><p>Norway</p>",
         "</div><div class='main'>",
         "<h2>Biography</h2><p class='bio'>Chemical oceanographer at the Marine and Freshwater Research Institute "
         "(Hafrannsóknastofnun). I study how the subpolar and Nordic Seas take up and store carbon, and how ocean "
         "acidification progresses in Icelandic waters.</p>",
         "<h2>Activities</h2>",
         f"<h2>Employment ({len(EMPLOY)})</h2>"]
    h += [aff_card(*e[:6]) for e in EMPLOY]
    h.append(f"<h2>Education and qualifications ({len(EDUC)})</h2>")
    h += [aff_card(*e[:6]) for e in EDUC]
    h.append(f"<h2>Invited positions and distinctions ({len(INVITED)})</h2>")
    for org, city, dates, role, dept, label, _ in INVITED:
        h.append(aff_card(org, city, dates, role, dept, label))
    h.append("<h2>Membership and service (1)</h2>" + aff_card("The Oceanography Society", "Washington, DC, US",
                                                               "2014-01-01 to present", "Member", "Membership",
                                                               "Membership"))
    h.append("<h2>Funding (2)</h2>"
             "<div class='card'><div class='t'>Carbon sink of the Iceland Sea in a warming climate (ICESINK)</div>"
             "<div class='l'>Icelandic Research Fund (Rannís)</div><div class='l'>2022-01 to 2024-12 | Grant</div>"
             "<div class='g'>GRANT_NUMBER: 239876-051</div><div class='s'>Source: " + esc(OWN) + "</div></div>"
             "<div class='card'><div class='t'>Nordic Ocean Acidification Network</div>"
             "<div class='l'>NordForsk</div><div class='l'>2020-06 to 2023-05 | Grant</div>"
             "<div class='s'>Source: " + esc(OWN) + "</div></div>")
    h.append(f"<h2>Works ({len(WORKS)})</h2>")
    pubs = []
    for i, (title, cont, date, otype, doi, url, issn, contrib, source, pref, venue, vraw, typ, note) in \
            enumerate(WORKS, 1):
        c = [f"<div class='card'><div class='t'>{esc(title)}</div><div class='l'>{esc(cont)}</div>",
             f"<div class='g'>{date} | {esc(otype)}</div>"]
        links = []
        if doi:
            links.append(f"https://doi.org/{doi}")
            c.append(f"<div class='l'>DOI: <a href='https://doi.org/{doi}'>{doi}</a></div>")
        if url:
            links.append(url)
            c.append(f"<div class='l'>URL: <a href='{url}'>{url}</a></div>")
        if issn:
            c.append(f"<div class='l'>Part of ISSN: {issn}</div>")
        if contrib:
            c.append(f"<div class='l'>Contributors: {esc('; '.join(contrib))}</div>")
        c.append(f"<div class='s'>Source: {esc(source)}" + (f" &nbsp; Preferred source (of {pref})" if pref else "")
                 + "</div></div>")
        h.append("".join(c))
        authors = list(contrib or [])
        pubs.append(pub(SEC, i, title, authors, venue, vraw, int(date[:4]), typ, links=links, note=note, doi=doi,
                        self_index=owner_index(authors, OWNER_FORMS)))
    h.append("<h2>Peer review (14 reviews for 6 publications/grants)</h2>"
             "<div class='card'><div class='t'>Review activity for:</div><div class='l'>Biogeosciences (5), Journal of "
             "Geophysical Research: Oceans (3), Ocean Science (2), Icelandic Research Fund (2), Deep Sea Research Part "
             "I (1), Tellus B (1)</div><div class='s'>Source: Publons</div></div>")
    h.append("<p class='g' style='margin-top:10px'>Record last modified Mar 4, 2025, 10:21:33 AM UTC</p>")
    h.append("</div></div></body></html>")
    print_pdf("\n".join(h), STEM, out_dir)
    positions = [e[-1] for e in EMPLOY] + [e[-1] for e in INVITED if e[-1]]
    g = gold(f"{STEM}.pdf", PERSON, [e[-1] for e in EDUC], positions, pubs, AWARDS, [])
    g["kind"] = "profile_page"
    out = {}
    for k, v in g.items():  # summary_metrics after person, as in shared/gold
        out[k] = v
        if k == "person":
            out["summary_metrics"] = None
    return out
