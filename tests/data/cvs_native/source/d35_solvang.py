"""35: a **Google Scholar profile page printed to PDF by Chromium** ("Save as PDF" from the browser, with the browser's
own print header and footer: date and page title at the top, page URL and "1/2" at the bottom, drawn here with `@page`
margin boxes; the page title carries Scholar's bidi marks "‪Ingrid Solvang‬ - ‪Google Scholar‬"). Hydrology / snow
hydrology. The page: top bar, profile header (name, affiliation, "Verified email at nmbu.no - Homepage", interest
links), the **right sidebar** (Cited by table All / Since 2020 with Citations, h-index, i10-index; a year bar chart;
Public access; Co-authors with affiliations) placed before the article table in the DOM, then the **article table**
with the column heads TITLE / CITED BY / YEAR: each row a linked title, a grey author line (Scholar's "I Solvang"
form, **", ..." when Scholar cuts the list**) and a grey venue line **without the year** (Scholar's `gs_oph` ", 2021"
span is hidden at desktop width), the **citation count** (a link; "*" for merged versions) and the **year in its own
column**. Sorted by citations, not by year; "Articles 1–22" under the table. Venue strings as Scholar stores them (one
lower-case "Hydrological processes"; EGU/AGU abstracts; an arXiv preprint; a renamed EarthArXiv preprint; a PhD
thesis). No education, positions, awards or skills are shown."""
import hashlib

from make_native import esc, pub, owner_index, gold, print_pdf

STEM = "35_solvang-hydrology-scholar"
ME = "I Solvang"
USER = "Q3vX8kEAAAAJ"
HOME = "https://www.nmbu.no/en/employees/ingrid-solvang"
PERSON = {"name": "Ingrid Solvang", "emails": [], "phones": [], "homepages": [HOME]}
SEC = "articles"
J, O, P, T = "journal", "other", "preprint", "thesis"
# (title, authors as printed, cut with ", ...", venue line as printed, cited-by text, year, gold venue, gold venue_raw,
#  type, note)
ROWS = [
    ("Snow water equivalent reconstruction from Sentinel-1 backscatter across Fennoscandia",
     [ME, "TK Berntsen", "M Haddeland", "J Ødegaard", "L Nyström"], False,
     "Remote Sensing of Environment 255, 112287", "412", 2021, "Remote Sensing of Environment", None, J, None),
    ("Rain-on-snow events in a warming Norway: frequency, drivers and flood response",
     ["TK Berntsen", ME, "K Engeland"], False,
     "Hydrology and Earth System Sciences 23 (4), 1875-1893", "356", 2019, "Hydrology and Earth System Sciences", None,
     J, None),
    ("Multi-model assessment of snowmelt timing shifts under CMIP6 scenarios",
     [ME, "A Kolberg", "R Mæhlum", "S Westerberg", "D Fjeldstad", "H Lundqvist"], True,
     "Journal of Hydrology 603, 126891", "298", 2021, "Journal of Hydrology", None, J, None),
    ("A physically based snow redistribution model for alpine catchments",
     [ME, "K Engeland"], False,
     "Water Resources Research 54 (9), 6391-6412", "254*", 2018, "Water Resources Research", None, J, None),
    ("Glacier runoff contributions to Nordic rivers: a 50-year reconstruction",
     ["M Haddeland", ME, "TK Berntsen", "J Ødegaard"], False,
     "Geophysical Research Letters 46 (22), 13118-13127", "231", 2019, "Geophysical Research Letters", None, J, None),
    ("Frozen-ground controls on spring flood generation in boreal headwaters",
     ["L Nyström", ME, "AK Holm"], False,
     "Hydrological processes 34 (8), 1823-1840", "187", 2020, "Hydrological Processes", "Hydrological processes", J,
     None),
    ("Uncertainty in gridded precipitation products over complex terrain in Scandinavia",
     ["J Ødegaard", ME], False,
     "International Journal of Climatology 40 (3), 1441-1459", "164", 2020, "International Journal of Climatology",
     None, J, None),
    ("Deep learning emulators of snow models for operational flood forecasting",
     ["S Westerberg", ME, "P Rautio", "K Engeland"], False,
     "Water Resources Research 58 (5), e2021WR031245", "142", 2022, "Water Resources Research", None, J, None),
    ("Evaluation of ERA5-Land snow depth against 1,200 Norwegian stations",
     ["AK Holm", ME], False,
     "The Cryosphere 15 (11), 5071-5090", "133", 2021, "The Cryosphere", None, J, None),
    ("Snow processes in alpine catchments: observations and modelling",
     [ME], False,
     "PhD thesis, Norwegian University of Life Sciences", "97", 2015, "Norwegian University of Life Sciences",
     "PhD thesis, Norwegian University of Life Sciences", T, None),
    ("Lake ice phenology as an indicator of winter climate change in Norway",
     ["R Mæhlum", ME, "L Nyström"], False,
     "Journal of Hydrology: Regional Studies 41, 101089", "88", 2022, "Journal of Hydrology: Regional Studies", None, J,
     None),
    ("Seasonal streamflow forecasting with snow data assimilation in regulated rivers",
     ["K Engeland", ME, "TK Berntsen", "H Lundqvist"], False,
     "Hydrology Research 52 (4), 902-918", "76", 2021, "Hydrology Research", None, J, None),
    ("Sub-daily snowmelt dynamics captured by cosmic-ray neutron sensing",
     ["D Fjeldstad", ME, "AK Holm", "J Ødegaard"], False,
     "Water Resources Research 59 (2), e2022WR033710", "54", 2023, "Water Resources Research", None, J, None),
    ("Hydropower inflow changes in Norway under 1.5 and 2 °C warming",
     ["TK Berntsen", "R Mæhlum", ME], False,
     "Environmental Research Letters 17 (3), 034021", "47", 2022, "Environmental Research Letters", None, J, None),
    ("SnowNorway: a 1 km daily snow reanalysis for mainland Norway, 1958–2022",
     [ME, "AK Holm", "D Fjeldstad"], False,
     "Earth System Science Data 16 (1), 233-251", "39", 2024, "Earth System Science Data", None, J, None),
    ("Operational snow mapping with Sentinel-2 for the Norwegian flood forecasting service",
     ["H Lundqvist", ME, "M Haddeland"], False,
     "Remote Sensing 13 (18), 3702", "31", 2021, "Remote Sensing", None, J, None),
    ("Towards physically consistent machine learning for snow hydrology",
     ["S Westerberg", ME], False,
     "arXiv preprint arXiv:2311.04872", "21", 2023, "arXiv", None, P, None),
    ("Wind-driven snow redistribution in Jotunheimen: a terrestrial laser scanning study",
     [ME, "K Engeland"], False,
     "EGU General Assembly Conference Abstracts, EGU2020-8812", "12", 2020, "EGU General Assembly",
     "EGU General Assembly Conference Abstracts", O, "EGU2020-8812"),
    ("Deep learning emulation of snow models for flood forecasting",
     ["S Westerberg", ME, "P Rautio"], False,
     "EarthArXiv", "9", 2021, "EarthArXiv", None, P, None),
    ("Snowmelt timing and spring drought risk in southern Norway",
     [ME, "TK Berntsen"], False,
     "AGU Fall Meeting Abstracts 2022, H32F-0974", "5", 2022, "AGU Fall Meeting", "AGU Fall Meeting Abstracts", O,
     "H32F-0974"),
    ("Snøforhold i endring: konsekvenser for vannkraft og flomvarsling",
     [ME, "R Mæhlum"], False,
     "Vann 57 (2), 112-124", "", 2022, "Vann", None, J, None),
    ("Catchment-scale snow water storage from GRACE-FO and in situ observations",
     ["P Rautio", ME, "S Westerberg"], False,
     "Journal of Hydrometeorology 25 (6), 901-917", "", 2024, "Journal of Hydrometeorology", None, J, None),
]
COAUTHORS = [("Kolbjørn Engeland", "Norwegian Water Resources and Energy Directorate (NVE)"),
             ("Terje K. Berntsen", "Professor, University of Oslo"),
             ("Astrid K. Holm", "Researcher, Norwegian University of Life Sciences"),
             ("Sofia Westerberg", "Uppsala University"),
             ("Jonas Ødegaard", "Norwegian Meteorological Institute")]
BARS = [(2018, 98), (2019, 176), (2020, 255), (2021, 341), (2022, 468), (2023, 512), (2024, 583), (2025, 97)]


def cid(title: str) -> str:
    """A Scholar-like 12-character citation id (fixed: derived from the title)."""
    h = hashlib.sha1(title.encode()).hexdigest()
    alpha = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
    return "".join(alpha[int(h[i:i + 2], 16) % 64] for i in range(0, 22, 2)) + "C"


CSS = """
@page { size: Letter; margin: 12mm 8mm 12mm 8mm;
  @top-left { content: "3/14/25, 10:42 AM"; font: 8pt Arial, 'Liberation Sans', 'DejaVu Sans', sans-serif; }
  @top-center { content: "\\202AIngrid Solvang\\202C - \\202AGoogle Scholar\\202C"; font: 8pt Arial, 'DejaVu Sans', sans-serif; }
  @bottom-left { content: "https://scholar.google.com/citations?user=Q3vX8kEAAAAJ&hl=en"; font: 8pt Arial, 'DejaVu Sans', sans-serif; }
  @bottom-right { content: counter(page) "/" counter(pages); font: 8pt Arial, 'DejaVu Sans', sans-serif; } }
body { font-family: Arial, 'Liberation Sans', 'DejaVu Sans', sans-serif; font-size: 13px; color: #222; margin: 0; }
a { color: #1a0dab; text-decoration: none; }
#gs_hdr { height: 44px; border-bottom: 1px solid #ddd; display: flex; align-items: center; padding: 0 12px; }
#gs_hdr .logo { font-size: 20px; color: #4d90fe; margin-left: 14px; }
#gs_hdr .logo b { color: #777; font-weight: normal; }
#gs_hdr .btn { margin-left: auto; border: 1px solid #dadce0; padding: 5px 10px; font-size: 12px; color: #1a73e8; }
#gsc_bdy { display: grid; grid-template-columns: 1fr 230px; column-gap: 24px; padding: 14px 16px; }
#gsc_prf_w { grid-column: 1; grid-row: 1; display: flex; }
#gsc_prf_pu { width: 110px; height: 110px; background: #d8d8d8; border-radius: 50%; flex: none; margin-right: 16px; }
#gsc_prf_in { font-size: 26px; margin: 4px 0 6px 0; }
.gsc_prf_il { font-size: 13px; color: #222; margin: 2px 0; }
#gsc_prf_int a { margin-right: 10px; }
#gsc_prf_btn { margin-top: 8px; display: inline-block; border: 1px solid #dadce0; padding: 4px 12px; font-size: 12px; color: #1a73e8; }
#gsc_rsb { grid-column: 2; grid-row: 1 / span 2; font-size: 12px; }
#gsc_rsb h3 { font-size: 13px; font-weight: normal; color: #777; text-transform: uppercase; margin: 8px 0 4px 0;
  display: flex; justify-content: space-between; }
#gsc_rsb h3 a { font-size: 11px; }
#gsc_rsst { border-collapse: collapse; width: 100%; }
#gsc_rsst td, #gsc_rsst th { padding: 3px 4px; border-bottom: 1px solid #eee; text-align: right; font-weight: normal; }
#gsc_rsst th { color: #777; }
#gsc_rsst td.l { text-align: left; }
.gsc_g { display: flex; align-items: flex-end; height: 80px; gap: 4px; margin: 6px 0 2px 0; border-bottom: 1px solid #ccc; }
.gsc_g span { display: block; width: 20px; background: #777; }
.gsc_gy { display: flex; gap: 4px; font-size: 9px; color: #777; }
.gsc_gy span { width: 20px; text-align: center; }
.gsc_pa { font-size: 11px; color: #555; }
.gsc_rsb_a li { list-style: none; margin: 0 0 7px 0; }
.gsc_rsb_a { padding: 0; margin: 0; }
.gsc_rsb_a .aff { color: #777; font-size: 11px; display: block; }
#gsc_art { grid-column: 1; grid-row: 2; margin-top: 14px; }
#gsc_a_t { border-collapse: collapse; width: 100%; }
#gsc_a_t th { color: #777; font-weight: normal; font-size: 11px; text-align: left; padding: 6px 4px;
  border-bottom: 1px solid #ddd; }
#gsc_a_t th.c, #gsc_a_t td.c, #gsc_a_t th.y, #gsc_a_t td.y { text-align: right; width: 60px; }
#gsc_a_t td { padding: 7px 4px; border-bottom: 1px solid #eee; vertical-align: top; }
.gsc_a_at { font-size: 14px; }
.gs_gray { color: #777; font-size: 12px; margin-top: 2px; }
.gs_oph { display: none; }
.gsc_a_m { color: #777; }
#gsc_lwp { display: flex; justify-content: space-between; color: #777; font-size: 12px; padding: 10px 4px; }
#gs_ftr { color: #777; font-size: 11px; padding: 18px 16px; }
#gs_ftr a { color: #777; margin-right: 14px; }
tr { break-inside: avoid; }
"""


def build(out_dir):
    h = ["<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>",
         "<title>\u202aIngrid Solvang\u202c - \u202aGoogle Scholar\u202c</title><style>", CSS, "</style></head><body>",
         "<div id='gs_hdr'><span>&#9776;</span><span class='logo'>Google <b>Scholar</b></span>"
         "<span class='btn'>GET MY OWN PROFILE</span></div>",
         "<div id='gsc_bdy'>",
         "<div id='gsc_prf_w'><div id='gsc_prf_pu'></div><div>",
         "<div id='gsc_prf_in'>Ingrid Solvang</div>",
         "<div class='gsc_prf_il'>Professor of Hydrology, Norwegian University of Life Sciences</div>",
         f"<div class='gsc_prf_il'>Verified email at nmbu.no - <a href='{HOME}'>Homepage</a></div>",
         "<div class='gsc_prf_il' id='gsc_prf_int'>"
         + "".join(f"<a href='https://scholar.google.com/citations?view_op=search_authors&amp;hl=en&amp;mauthors=label:{k}'>{esc(v)}</a>"
                   for k, v in (("snow_hydrology", "Snow hydrology"), ("remote_sensing", "Remote sensing"),
                                ("hydrological_modelling", "Hydrological modelling"),
                                ("climate_change_impacts", "Climate change impacts"))) + "</div>",
         "<span id='gsc_prf_btn'>FOLLOW</span>",
         "</div></div>",
         "<div id='gsc_rsb'>",
         "<h3><span>Cited by</span><a href='#'>VIEW ALL</a></h3>",
         "<table id='gsc_rsst'><tr><th></th><th>All</th><th>Since 2020</th></tr>"
         "<tr><td class='l'><a href='#'>Citations</a></td><td>2656</td><td>1984</td></tr>"
         "<tr><td class='l'><a href='#'>h-index</a></td><td>16</td><td>14</td></tr>"
         "<tr><td class='l'><a href='#'>i10-index</a></td><td>18</td><td>16</td></tr></table>",
         "<div class='gsc_g'>" + "".join(f"<span style='height:{v * 70 // 583 + 2}px'></span>" for _, v in BARS) + "</div>",
         "<div class='gsc_gy'>" + "".join(f"<span>{y}</span>" for y, _ in BARS) + "</div>",
         "<div class='gsc_gy'>" + "".join(f"<span>{v}</span>" for _, v in BARS) + "</div>",
         "<h3><span>Public access</span><a href='#'>VIEW ALL</a></h3>",
         "<div class='gsc_pa'>14 articles &nbsp; 2 articles<br>available &nbsp; not available<br>"
         "Based on funding mandates</div>",
         "<h3><span>Co-authors</span><a href='#'>VIEW ALL</a></h3><ul class='gsc_rsb_a'>"]
    for n, aff in COAUTHORS:
        h.append(f"<li><a href='https://scholar.google.com/citations?user={cid(n)[:8]}AAAAJ&amp;hl=en'>{esc(n)}</a>"
                 f"<span class='aff'>{esc(aff)}</span></li>")
    h.append("</ul></div>")
    h.append("<div id='gsc_art'><table id='gsc_a_t'><thead><tr><th><input type='checkbox'> TITLE</th>"
             "<th class='c'>CITED BY</th><th class='y'>YEAR</th></tr></thead><tbody>")
    pubs = []
    for i, (title, authors, cut, venue_line, cited, year, venue, vraw, type_, note) in enumerate(ROWS, 1):
        url = (f"https://scholar.google.com/citations?view_op=view_citation&hl=en&user={USER}"
               f"&citation_for_view={USER}:{cid(title)}")
        aline = ", ".join(authors) + (", ..." if cut else "")
        num, star = (cited[:-1], "*") if cited.endswith("*") else (cited, "")
        ccell = (f"<a href='https://scholar.google.com/scholar?oi=bibs&amp;hl=en&amp;cites="
                 f"{int(hashlib.sha1(title.encode()).hexdigest()[:15], 16)}'>{num}</a>"
                 f"<span class='gsc_a_m'>{star}</span>") if num else ""
        h.append(f"<tr><td><a class='gsc_a_at' href='{esc(url)}'>{esc(title)}</a>"
                 f"<div class='gs_gray'>{esc(aline)}</div>"
                 f"<div class='gs_gray'>{esc(venue_line)}<span class='gs_oph'>, {year}</span></div></td>"
                 f"<td class='c'>{ccell}</td><td class='y'><span>{year}</span></td></tr>")
        if vraw is None:
            vraw = venue_line.split(" ")[0] if venue == "arXiv" else venue
        if venue == "arXiv":
            vraw = venue_line
        tail = venue_line[len(vraw):].strip(" ,") if venue_line.startswith(vraw) else None
        note_parts = [x for x in (note if note else (tail or None),) if x]
        if cited:
            note_parts.append(f"cited by {cited}")
        pubs.append(pub(SEC, i, title, authors, venue, vraw, year, type_, links=[url], note="; ".join(note_parts) or None,
                        self_index=owner_index(authors, {ME}), trunc=cut))
    h.append("</tbody></table>")
    h.append(f"<div id='gsc_lwp'><span>SHOW MORE</span><span id='gsc_a_nn'>Articles 1–{len(ROWS)}</span></div></div>")
    h.append("</div>")
    h.append("<div id='gs_ftr'><a href='#'>Help</a><a href='#'>Privacy</a><a href='#'>Terms</a></div>")
    h.append("</body></html>")
    print_pdf("\n".join(h), STEM, out_dir)
    g = gold(f"{STEM}.pdf", PERSON, [], [], pubs, [], [])
    g["kind"] = "profile_page"
    out = {}
    for k, v in g.items():  # summary_metrics after person, as in shared/gold
        out[k] = v
        if k == "person":
            out["summary_metrics"] = {"citations": 2656, "h_index": 16, "i10_index": 18}
    return out
