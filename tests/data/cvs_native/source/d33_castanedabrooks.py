"""33: plant / community ecology CV **printed to PDF from a Word document** (built as HTML with Word's print look and
printed by headless Chromium): Calibri/Carlito 11 pt, 1-inch margins, bold ALL-CAPS headings, appointments and degrees
as **tab-aligned year columns**, and publications as **typed-number paragraphs with a hanging indent** (`10.⇥…`),
numbered **downwards** (10…1) under "REFEREED PUBLICATIONS (* student author)". **ESA style**: first author inverted,
others "F. M. Last", year after the authors, `Ecology 106:e4512.`; the **`*` marks a student author, not equal
contribution** (legend in the heading). Italic species names in titles. `et al.` after three names. A chapter `Pages
211–236 in Eds, editors. Book. Publisher, City.`, a technical report, and a manuscript "In review at …" with no year.
Grants and Teaching are not annotated."""
from make_native import esc, pub, owner_index, edu, pos, gold, print_pdf

STEM = "33_castanedabrooks-ecology-wordpdf"
ME = "Castañeda-Brooks, E. M."
ME2 = "E. M. Castañeda-Brooks"
PERSON = {"name": "Elena M. Castañeda-Brooks", "emails": ["ecastanedabrooks@csuchico.edu"],
          "phones": ["(530) 898-5512"], "homepages": ["https://www.csuchico.edu/biol/people/castaneda-brooks.shtml"]}
R, B, N, M = ("refereed publications", "book chapters", "technical reports", "manuscripts in review")
NOTE_STU = "* student author (legend)"
# (section, number, authors as printed with * markers, year or None, title html, title gold, venue text, tail,
#  link, gold extras)
PUBS = [
    (R, 10, ["Castañeda-Brooks, E. M.", "T. Nakashima*", "R. L. Oyelaran"], 2025,
     "Drought legacies alter seedling recruitment in montane oak woodlands", None, "Ecology", "106:e4512.",
     "https://doi.org/10.1002/ecy.4512", {}),
    (R, 9, ["Pérez-Whitlock, S.*", "E. M. Castañeda-Brooks"], 2024,
     "Soil fungal networks buffer oak seedlings against heat stress", None, "Journal of Ecology", "112:1877–1891.",
     None, {}),
    (R, 8, ["Castañeda-Brooks, E. M.", "D. J. Farrow", "K. Ishikawa", "L. Moreno-Tate", "P. A. Gruenwald",
            "R. L. Oyelaran"], 2023,
     "Long-term plots reveal directional shifts in California oak woodland composition", None,
     "Ecological Monographs", "93:e1578.", "https://doi.org/10.1002/ecm.1578", {}),
    (R, 7, ["Nakashima, T.*", "E. M. Castañeda-Brooks", "B. Holloway"], 2023,
     "Acorn predation by rodents increases after wildfire", None, "Oecologia", "201:455–467.", None, {}),
    (R, 6, ["Castañeda-Brooks, E. M."], 2022,
     "Microclimate refugia and the persistence of blue oak (<i>Quercus douglasii</i>) at its dry range edge",
     "Microclimate refugia and the persistence of blue oak (Quercus douglasii) at its dry range edge",
     "Global Change Biology", "28:6120–6134.", "https://doi.org/10.1111/gcb.16388", {}),
    (R, 5, ["Farrow, D. J.", "E. M. Castañeda-Brooks", "R. L. Oyelaran"], 2021,
     "Grazing and fire interact to shape understory diversity in oak savannas", None, "Ecological Applications",
     "31:e02356.", None, {}),
    (R, 4, ["Castañeda-Brooks, E. M.", "R. L. Oyelaran"], 2020,
     "Seedling survival across an aridity gradient: a reciprocal transplant experiment", None, "Oikos",
     "129:1621–1633.", None, {}),
    (R, 3, ["Gruenwald, P. A.", "E. M. Castañeda-Brooks", "K. Ishikawa"], 2019,
     "A continental network for monitoring oak regeneration", None, "Frontiers in Ecology and the Environment",
     "17:392–399.", None, dict(trunc=True)),
    (R, 2, ["Castañeda-Brooks, E. M.", "B. Holloway"], 2018,
     "Hydraulic traits predict drought mortality of oak saplings", None, "Tree Physiology", "38:1402–1413.", None, {}),
    (R, 1, ["Holloway, B.", "E. M. Castañeda-Brooks"], 2016,
     "Root depth and water source partitioning in coexisting <i>Quercus</i> species",
     "Root depth and water source partitioning in coexisting Quercus species", "Plant and Soil", "405:221–235.",
     None, {}),
    (B, 1, ["Castañeda-Brooks, E. M.", "R. L. Oyelaran"], 2024, "Oak woodlands in a warming California", None,
     None, None, None,
     dict(type="chapter", venue="Mediterranean-climate ecosystems under global change",
          raw="Pages 211–236 <i>in</i> M. A. Ferrand and J. Liu, editors. <i>Mediterranean-climate ecosystems under "
              "global change</i>. Springer, Cham, Switzerland.",
          note="Pages 211–236 in M. A. Ferrand and J. Liu, editors. Springer, Cham, Switzerland.")),
    (N, 1, ["Castañeda-Brooks, E. M.", "T. Nakashima*"], 2022,
     "Oak regeneration monitoring protocol for the Sierra Foothill Research and Extension Center", None, None, None,
     None,
     dict(type="other", venue="University of California Agriculture and Natural Resources",
          raw="Technical Report UC-ANR-22-07. University of California Agriculture and Natural Resources, Davis, "
              "California, USA.",
          note="Technical Report UC-ANR-22-07. Davis, California, USA.")),
    (M, 1, ["Moreno-Tate, L.*", "E. M. Castañeda-Brooks", "D. J. Farrow"], None,
     "Seed dispersal by California scrub-jays under changing land use", None, None, None, None,
     dict(type="other", venue=None, raw="In review at <i>Ecology Letters</i>.", flags=["under_review"],
          note="In review at Ecology Letters.")),
]
EDU = [("2013–2018", "Ph.D., Ecology, University of California, Davis, CA",
        "Dissertation: Drought, microclimate and the regeneration of California oaks. Advisor: Dr. Robert L. Oyelaran",
        edu("University of California, Davis", "Ph.D.", "Ecology", "2013", "2018", advisor="Dr. Robert L. Oyelaran",
            location="CA")),
       ("2009–2013", "B.S., Biology, <i>magna cum laude</i>, University of Arizona, Tucson, AZ", None,
        edu("University of Arizona", "B.S.", "Biology", "2009", "2013", location="Tucson, AZ"))]
POS = [("2023–present", "Associate Professor, Department of Biological Sciences, California State University, Chico", None,
        pos("Department of Biological Sciences, California State University, Chico", "Associate Professor", "2023",
            "present", "job")),
       ("2019–2023", "Assistant Professor, Department of Biological Sciences, California State University, Chico", None,
        pos("Department of Biological Sciences, California State University, Chico", "Assistant Professor", "2019",
            "2023", "job")),
       ("2018–2019", "Postdoctoral Research Ecologist, USDA Forest Service, Pacific Southwest Research Station, Albany, CA",
        "Supervisor: Dr. Brenda Holloway",
        pos("USDA Forest Service, Pacific Southwest Research Station", "Postdoctoral Research Ecologist", "2018", "2019",
            "research", location="Albany, CA", supervisor="Dr. Brenda Holloway"))]
AWARDS = [("2024", "Early Career Fellow, Ecological Society of America"),
          ("2022", "Outstanding Faculty Mentor Award, California State University, Chico"),
          ("2017", "Jastro Shields Graduate Research Award, UC Davis")]
SKILLS = ["R (lme4, brms)", "ArcGIS", "QGIS", "stable isotope analysis", "Spanish (native)"]
GOLD_SKILLS = ["R", "lme4", "brms", "ArcGIS", "QGIS", "stable isotope analysis", "Spanish (native)"]

CSS = """
@page { size: Letter; margin: 1in; }
body { font-family: Calibri, Carlito, 'Liberation Sans', sans-serif; font-size: 11pt; line-height: 1.08; }
h1 { font-size: 16pt; text-align: center; margin: 0 0 2pt 0; }
.c { text-align: center; margin: 0; }
h2 { font-size: 11pt; font-weight: bold; margin: 14pt 0 4pt 0; }
p { margin: 0 0 6pt 0; }
.row { display: flex; margin: 0 0 4pt 0; }
.yr { width: 1.25in; flex: none; }
.hang { padding-left: 0.5in; text-indent: -0.5in; }
.num { display: inline-block; width: 0.5in; text-indent: 0; }
a { color: #0563C1; text-decoration: underline; }
"""


def names_html(authors):
    out = []
    for a in authors:
        core = a.rstrip("*")
        star = "*" if a.endswith("*") else ""
        out.append(("<b>%s</b>" % esc(core) if core in (ME, ME2) else esc(core)) + star)
    if len(out) == 1:
        return out[0]
    if len(out) == 2:
        return out[0] + ", and " + out[1] if "," in authors[0] else out[0] + " and " + out[1]
    return ", ".join(out[:-1]) + ", and " + out[-1]


def build(out_dir):
    h = ["<!DOCTYPE html><html><head><meta charset='utf-8'><title>CV – Castañeda-Brooks</title><style>", CSS,
         "</style></head><body>",
         "<h1>ELENA M. CASTAÑEDA-BROOKS</h1>",
         "<p class='c'>Department of Biological Sciences, California State University, Chico, CA 95929-0515</p>",
         "<p class='c'>(530) 898-5512 • <a href='mailto:ecastanedabrooks@csuchico.edu'>ecastanedabrooks@csuchico.edu</a>"
         " • <a href='https://www.csuchico.edu/biol/people/castaneda-brooks.shtml'>"
         "https://www.csuchico.edu/biol/people/castaneda-brooks.shtml</a></p>",
         "<h2>EDUCATION</h2>"]
    for yr, line, extra, _ in EDU:
        h.append(f"<div class='row'><div class='yr'>{yr}</div><div>{line}" + (f"<br>{esc(extra)}" if extra else "")
                 + "</div></div>")
    h.append("<h2>PROFESSIONAL APPOINTMENTS</h2>")
    for yr, line, extra, _ in POS:
        h.append(f"<div class='row'><div class='yr'>{yr}</div><div>{esc(line)}" + (f"<br>{esc(extra)}" if extra else "")
                 + "</div></div>")
    h.append("<h2>HONORS AND AWARDS</h2>")
    for yr, n in AWARDS:
        h.append(f"<div class='row'><div class='yr'>{yr}</div><div>{esc(n)}</div></div>")
    heads = {R: "REFEREED PUBLICATIONS (* student author)", B: "BOOK CHAPTERS", N: "TECHNICAL REPORTS",
             M: "MANUSCRIPTS IN REVIEW"}
    pubs, cur = [], None
    for sec, num, authors, year, t_html, t_gold, journal, tail, link, g in PUBS:
        if sec != cur:
            h.append(f"<h2>{esc(heads[sec])}</h2>")
            cur = sec
        body = names_html(authors) + (", et al." if g.get("trunc") else "")
        if year:
            body += f". {year}. "
        else:
            body += ". "
        body += t_html + ". "
        if journal:
            body += f"{esc(journal)} {esc(tail)}"
        else:
            body += g["raw"]
        if link:
            body += f" <a href='{link}'>{link}</a>"
        h.append(f"<p class='hang'><span class='num'>{num}.</span>{body}</p>")
        clean = [a.rstrip("*") for a in authors]
        students = [a.rstrip("*") for a in authors if a.endswith("*")]
        note = g.get("note") or (f"{journal} {tail}".split(" ", len(journal.split()))[-1].rstrip(".") if journal else None)
        if students:
            note = (note + "; " if note else "") + NOTE_STU + ": " + ", ".join(students)
        doi = link.split("doi.org/")[1] if link and "doi.org/" in link else None
        pubs.append(pub(sec, num, t_gold or t_html, clean, g.get("venue", journal), journal or
                        (g["venue"] if g.get("type") == "chapter" else
                         ("University of California Agriculture and Natural Resources" if g.get("type") == "other"
                          and g.get("venue") else None)),
                        year, g.get("type", "journal"), flags=g.get("flags", ()), links=[link] if link else [],
                        note=note, doi=doi, self_index=owner_index(clean, {ME, ME2}), trunc=g.get("trunc", False)))
    h.append("<h2>GRANTS</h2>")
    h.append("<div class='row'><div class='yr'>2021–2025</div><div>NSF DEB-2145518, <i>CAREER: Drought legacies and oak "
             "regeneration</i> (PI), $812,000</div></div>")
    h.append("<h2>TEACHING</h2>")
    h.append("<p>BIOL 351 Ecology; BIOL 452 Plant Ecophysiology; BIOL 610 Graduate Statistics with R</p>")
    h.append("<h2>TECHNICAL SKILLS</h2>")
    h.append("<p>" + esc(", ".join(SKILLS)) + "</p>")
    h.append("</body></html>")
    print_pdf("\n".join(h), STEM, out_dir)
    return gold(f"{STEM}.pdf", PERSON, [e[3] for e in EDU], [p_[3] for p_ in POS], pubs,
                [{"name": n, "date": None} for _, n in AWARDS], GOLD_SKILLS)
