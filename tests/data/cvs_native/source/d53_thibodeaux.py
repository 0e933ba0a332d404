"""53: marine microbiology résumé made from the **Google Docs "Serif" résumé template** and downloaded as PDF (imitated in
HTML+CSS with the template's fonts, Playfair Display for the name and headings and Merriweather for the text, loaded
from TeX Live with `@font-face` `file://` URLs, printed by headless Chromium). The template is **one borderless
two-column table**: the header row holds the name, a tagline and the address (left) and phone, e-mail and web page
(right); the body row holds EXPERIENCE, EDUCATION and PUBLICATIONS in the wide left cell and SKILLS, AWARDS, LANGUAGES
and FIELDWORK in the narrow right cell, so the right cell's text follows the whole left cell. Headings are coloured
small capitals; entries are the template's "**Organisation**, Place — *Role*" line, then the **dates on their own
line in small grey capitals** ("SEPTEMBER 2022 - PRESENT"), then a description line. The publication list is a Google
Docs numbered list (numbers counted upwards, newest first) under two bold sub-labels, in **ASM (mBio / AEM) style**:
`**Thibodeaux L**, Oyelaran-Kim R, Gagnon-Lévesque JF. 2024. Title. ISME J 18:wrae012. https://doi.org/…` — the year
after the authors ("In press." in its place), NLM-abbreviated journals, owner bold, `*` equal contribution (legend), a
bioRxiv preprint and a "Submitted to mSystems." manuscript. Fieldwork is not annotated."""
from make_native import esc, pub, owner_index, edu, pos, gold, print_pdf

STEM = "53_thibodeaux-microbiology-gdocserif"
PERSON = {"name": "Léa Thibodeaux", "emails": ["lthibodeaux@ucsd.edu"], "phones": ["(858) 534-7716"],
          "homepages": ["https://leathibodeaux.github.io/"]}
ME = "Thibodeaux L"
PR, PM = "peer-reviewed articles", "preprints and manuscripts"
OY, GL = "Oyelaran-Kim R", "Gagnon-Lévesque JF"

# (section, authors, equal-marked, year as printed, title, journal as printed, tail, doi,
#  gold: venue, year, type, flags, note)
PUBS = [
    (PR, [ME, OY, "Castellano MA", GL], (), "In press", "Nitrogen fixation by unicellular cyanobacteria in the Southern "
     "California Bight", "Limnol Oceanogr", "", None,
     ("Limnology and Oceanography", None, "journal", ("to_appear",), "In press")),
    (PR, [ME, OY], (), "2024", "Single-cell genomes reveal streamlined phosphonate metabolism in SAR11 subclade Ia",
     "ISME J", "18:wrae012.", "10.1093/ismejo/wrae012",
     ("The ISME Journal", 2024, "journal", (), "18:wrae012")),
    (PR, ["Castellano MA", ME, "Whitcombe-Ayala S", OY], (), "2024",
     "Viral lysis shapes the diel cycle of dissolved organic carbon in the oligotrophic ocean", "mBio",
     "15:e01877-24.", "10.1128/mbio.01877-24", ("mBio", 2024, "journal", (), "15:e01877-24")),
    (PR, [ME, "Bérubé P", GL], (0, 1), "2023", "Seasonal succession of Arctic bacterioplankton under declining sea ice",
     "Environ Microbiol", "25:2311–2328.", "10.1111/1462-2920.16457",
     ("Environmental Microbiology", 2023, "journal", (), "25:2311–2328")),
    (PR, ["Nakashima-Rowe E", "Ferreira LP", ME, "Bérubé P", "Lindgren KA", "Castellano MA", "Osei-Mensah A",
          "Whitcombe-Ayala S", "Park J-H", "Delacroix M", OY, GL], (), "2023",
     "A global survey of proteorhodopsin diversity from 1,200 marine metagenomes", "Nat Microbiol", "8:1560–1573.",
     "10.1038/s41564-023-01432-7", ("Nature Microbiology", 2023, "journal", (), "8:1560–1573")),
    (PR, [ME, GL], (), "2022", "Cell sorting and amplification biases in marine single-cell genomics",
     "Appl Environ Microbiol", "88:e00412-22.", "10.1128/aem.00412-22",
     ("Applied and Environmental Microbiology", 2022, "journal", (), "88:e00412-22")),
    (PR, ["Bérubé P", ME, GL], (), "2021", "Methane oxidation in the Beaufort Sea halocline", "Front Microbiol",
     "12:668211.", "10.3389/fmicb.2021.668211", ("Frontiers in Microbiology", 2021, "journal", (), "12:668211")),
    (PR, [ME, "Bérubé P", "Lindgren KA", GL], (), "2020",
     "Rare biosphere members dominate the winter bacterioplankton of Baffin Bay", "mSystems", "5:e00734-20.",
     "10.1128/mSystems.00734-20", ("mSystems", 2020, "journal", (), "5:e00734-20")),
    (PR, ["Lindgren KA", ME, GL], (), "2019", "A low-cost in situ filtration system for Arctic microbial sampling",
     "Limnol Oceanogr Methods", "17:562–571.", "10.1002/lom3.10333",
     ("Limnology and Oceanography: Methods", 2019, "journal", (), "17:562–571")),
    (PM, [ME, "Whitcombe-Ayala S", OY], (), "2025",
     "Dormancy and resuscitation of SAR11 cells after nutrient pulses", "bioRxiv", "", "10.1101/2025.01.14.632871",
     ("bioRxiv", 2025, "preprint", (), None)),
    (PM, ["Osei-Mensah A", ME, OY], (), "2025",
     "Diel transcription of phosphonate genes across the California Current", None, "Submitted to mSystems.", None,
     (None, 2025, "other", ("submitted",), "Submitted to mSystems")),
]
EXP = [("Scripps Institution of Oceanography, UC San Diego", "La Jolla, CA", "Postdoctoral Scholar",
        "SEPTEMBER 2022 - PRESENT", "Single-cell genomics of SAR11 phosphorus metabolism. Advisor: Dr. Rafael "
        "Oyelaran-Kim.",
        pos("Scripps Institution of Oceanography, UC San Diego", "Postdoctoral Scholar", "2022-09", "present",
            "research", location="La Jolla, CA", supervisor="Dr. Rafael Oyelaran-Kim")),
       ("Woods Hole Oceanographic Institution", "Woods Hole, MA", "Guest Student", "JUNE 2019 - AUGUST 2019",
        "Flow cytometry and cell sorting of Arctic samples in the Bérubé lab.",
        pos("Woods Hole Oceanographic Institution", "Guest Student", "2019-06", "2019-08", "research",
            location="Woods Hole, MA")),
       ("Université Laval", "Québec, QC", "Teaching Assistant", "JANUARY 2018 - APRIL 2021",
        "Microbial Ecology (BIO-3201): laboratory sessions and grading for 60 undergraduate students.",
        pos("Université Laval", "Teaching Assistant", "2018-01", "2021-04", "teaching",
            location="Québec, QC"))]
EDU = [("Université Laval", "Québec, QC", "Ph.D. in Biology (Oceanography)", "SEPTEMBER 2017 - JUNE 2022",
        "Thesis: Winter bacterioplankton of the Canadian Arctic. Supervisor: Prof. Jean-François Gagnon-Lévesque.",
        edu("Université Laval", "Ph.D.", "Biology (Oceanography)", "2017-09", "2022-06",
            advisor="Prof. Jean-François Gagnon-Lévesque", location="Québec, QC")),
       ("Université de Bretagne Occidentale", "Brest, France", "M.Sc. in Marine Biology", "SEPTEMBER 2015 - JUNE 2017",
        None, edu("Université de Bretagne Occidentale", "M.Sc.", "Marine Biology", "2015-09", "2017-06",
                  location="Brest, France")),
       ("Université de Bordeaux", "Bordeaux, France", "B.Sc. (Licence) in Life Sciences", "2012 - 2015", None,
        edu("Université de Bordeaux", "B.Sc.", "Life Sciences", "2012", "2015", location="Bordeaux, France"))]
SKILLS = ["Single-cell genomics", "Metagenomics", "Flow cytometry and cell sorting", "R", "Python", "Snakemake",
          "Anvi’o"]
AWARDS = [("Scripps Postdoctoral Fellowship", "2022"),
          ("NSERC Postgraduate Scholarship – Doctoral", "2018"),
          ("Best Student Oral Presentation, ASLO Ocean Sciences Meeting", "2020")]
LANGS = ["French (native)", "English (fluent)", "Portuguese (conversational)"]
FIELD = ["R/V Roger Revelle, California Current, 2023 (24 days)", "CCGS Amundsen, Baffin Bay, 2018 and 2019",
         "Ice camp, Qikiqtarjuaq, Nunavut, 2019"]

FONTS = "file:///usr/share/texlive/texmf-dist/fonts/opentype"
CSS = f"""
@font-face {{ font-family: 'Merriweather'; src: url('{FONTS}/sorkin/merriweather/Merriweather-Regular.otf'); }}
@font-face {{ font-family: 'Merriweather'; font-weight: bold; src: url('{FONTS}/sorkin/merriweather/Merriweather-Bold.otf'); }}
@font-face {{ font-family: 'Merriweather'; font-style: italic; src: url('{FONTS}/sorkin/merriweather/Merriweather-Italic.otf'); }}
@font-face {{ font-family: 'Playfair Display'; src: url('{FONTS}/public/playfair/PlayfairDisplay-Regular.otf'); }}
@font-face {{ font-family: 'Playfair Display'; font-weight: bold; src: url('{FONTS}/public/playfair/PlayfairDisplay-Bold.otf'); }}
@page {{ size: Letter; margin: 0.5in 0.6in 0.5in 0.6in; }}
body {{ font-family: 'Merriweather', serif; font-size: 8.6pt; line-height: 1.45; color: #000; margin: 0; }}
table.page {{ border-collapse: collapse; width: 100%; }}
table.page td {{ vertical-align: top; padding: 0; }}
td.left {{ width: 66%; padding-right: 0.3in !important; }}
.name {{ font-family: 'Playfair Display', serif; font-size: 26pt; font-weight: bold; line-height: 1.1; margin: 0 0 3pt 0; }}
.tag {{ font-size: 9pt; margin: 0 0 2pt 0; }}
.contact p {{ margin: 0; font-size: 8.6pt; }}
h2 {{ font-family: 'Playfair Display', serif; font-variant: small-caps; letter-spacing: 0.5pt; color: #2079c7;
     font-size: 11pt; font-weight: bold; margin: 14pt 0 5pt 0; }}
.ent {{ margin: 0 0 8pt 0; }}
.ent p {{ margin: 0; }}
.when {{ font-size: 7.4pt; color: #666; letter-spacing: 0.4pt; margin: 1pt 0 2pt 0 !important; }}
h3 {{ font-size: 8.6pt; font-weight: bold; margin: 6pt 0 3pt 0; }}
ol {{ margin: 0; padding-left: 0.28in; }}
ol li {{ margin: 0 0 4pt 0; }}
.side p {{ margin: 0 0 3pt 0; }}
a {{ color: #1155cc; }}
"""


def names_html(authors, eq):
    out = []
    for i, a in enumerate(authors):
        s = esc(a) + ("*" if i in eq else "")
        out.append(f"<b>{s}</b>" if a == ME else s)
    return ", ".join(out)


def build(out_dir):
    h = ["<!DOCTYPE html><html><head><meta charset='utf-8'><title>Léa Thibodeaux - Résumé</title><style>", CSS,
         "</style></head><body><table class='page'>",
         "<tr><td class='left'><p class='name'>Léa Thibodeaux</p><p class='tag'>Marine microbial ecologist</p>"
         "<div class='contact'><p>Scripps Institution of Oceanography</p><p>9500 Gilman Drive, La Jolla, CA 92093</p>"
         "</div></td><td><div class='contact' style='padding-top:14pt'><p><b>(858) 534-7716</b></p>"
         "<p><b>lthibodeaux@ucsd.edu</b></p><p><a href='https://leathibodeaux.github.io/'>leathibodeaux.github.io</a>"
         "</p></div></td></tr>",
         "<tr><td class='left'>", "<h2>Experience</h2>"]

    def entry(org, place, role, when, desc):
        h.append(f"<div class='ent'><p><b>{esc(org)}</b>, {esc(place)} — <i>{esc(role)}</i></p>"
                 f"<p class='when'>{esc(when)}</p>" + (f"<p>{esc(desc)}</p>" if desc else "") + "</div>")
    for org, place, role, when, desc, _ in EXP:
        entry(org, place, role, when, desc)
    h.append("<h2>Education</h2>")
    for org, place, deg, when, desc, _ in EDU:
        entry(org, place, deg, when, desc)
    h.append("<h2>Publications</h2><p style='margin:0 0 2pt 0'><i>Owner in bold; * equal contribution.</i></p>")
    heads = {PR: "Peer-reviewed articles", PM: "Preprints and manuscripts"}
    pubs = []
    n = 0
    for sec in (PR, PM):
        h.append(f"<h3>{heads[sec]}</h3><ol start='{n + 1}'>")
        k = 0
        for s, authors, eq, year, title, journal, tail, doi, g in PUBS:
            if s != sec:
                continue
            n += 1
            k += 1
            venue, gyear, typ, flags, note = g
            line = f"{names_html(authors, eq)}. {year}. {esc(title)}. "
            if journal:
                line += f"{esc(journal)} {esc(tail)}".rstrip() + ("." if not tail else "")
            else:
                line += esc(tail)
            links = []
            if doi:
                url = f"https://doi.org/{doi}"
                line += f" <a href='{url}'>{url}</a>"
                links = [url]
            h.append(f"<li>{line}</li>")
            # Google Docs numbers the two sub-lists as one list (the second continues at 10)
            pubs.append(pub(sec, n, title, authors, venue, journal if venue else None, gyear, typ, flags=flags,
                            links=links, note=note, doi=doi, eq=eq, self_index=owner_index(authors, {ME})))
        h.append("</ol>")
    h.append("</td><td class='side'>")
    h.append("<h2>Skills</h2>" + "".join(f"<p>{esc(s)}</p>" for s in SKILLS))
    h.append("<h2>Awards</h2>" + "".join(f"<p><b>{esc(a)}</b> ({y})</p>" for a, y in AWARDS))
    h.append("<h2>Languages</h2><p>" + ", ".join(esc(x) for x in LANGS) + "</p>")
    h.append("<h2>Fieldwork</h2>" + "".join(f"<p>{esc(x)}</p>" for x in FIELD))
    h.append("</td></tr></table></body></html>")
    print_pdf("\n".join(h), STEM, out_dir)
    return gold(f"{STEM}.pdf", PERSON, [e[-1] for e in EDU], [e[-1] for e in EXP], pubs,
                [{"name": a, "date": None} for a, _ in AWARDS], SKILLS + LANGS)
