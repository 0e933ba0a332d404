"""40: food science and technology CV made with the **Europass online CV editor (2020+)** and downloaded as PDF
(imitated in HTML+CSS, printed by headless Chromium): the "europass" mark top right, the name in large type with the
personal-information lines under it (**bold labels**: "Date of birth:", "Nationality:", "Phone number:", "Email
address:", "Website:", "LinkedIn:", "Home:", separated by `|`), **blue upper-case section headings with a blue rule**
(ABOUT MYSELF, WORK EXPERIENCE, EDUCATION AND TRAINING, LANGUAGE SKILLS, DIGITAL SKILLS, PUBLICATIONS, CONFERENCES AND
SEMINARS, HONOURS AND AWARDS, PROJECTS, NETWORKS AND MEMBERSHIPS), and every entry in **two columns: a narrow left
column with the DD/MM/YYYY dates ("01/11/2022 – CURRENT") and the place, the content right** (upper-case bold job
title, employer line, "City: … | Country: …", bullets; degrees with "Field(s) of study", "Final grade", "Thesis",
"Level in EQF"). **Publications are Europass "Publication" items**: the date in the left column, the **title as a
blue hyperlink** (the doi.org URL is not printed), and the free-text description the owner typed: "Lo Presti F.,
Colombo A. – Journal, volume, pages" — so **the year is only in the DD/MM/YYYY date column**. The owner's surname has
two words ("Lo Presti F."). CEFR language grid (LISTENING C2 …) and digital skills joined by `|`. Conferences,
projects and memberships are not annotated."""
from make_native import esc, pub, owner_index, edu, pos, gold, print_pdf

STEM = "40_lopresti-foodscience-europass"
ME = "Lo Presti F."
HOME = "https://www.defens.unimi.it/it/federica-lo-presti"
PERSON = {"name": "Federica Lo Presti", "emails": ["federica.lopresti@unimi.it"], "phones": ["(+39) 347 123 4567"],
          "homepages": [HOME]}
SEC = "publications"
# (date, title, authors as typed, rest of the description, doi or None, gold venue, gold venue_raw, type, note, flags)
PUBS = [
    ("18/01/2025", "Pickering emulsions stabilised by brewer’s spent grain protein microgels for salad dressings",
     [ME, "Ferrante G.", "van der Sluis M.", "Colombo A."], "Food Hydrocolloids, 160, 110789",
     "10.1016/j.foodhyd.2024.110789", "Food Hydrocolloids", "Food Hydrocolloids", "journal", "160, 110789", ()),
    ("03/09/2024", "Spray-drying encapsulation of Lactobacillus rhamnosus GG in whey protein–pectin complexes",
     ["Ferrante G.", ME, "Rinaldi S.", "Colombo A."], "Food Chemistry, 455, 139902",
     "10.1016/j.foodchem.2024.139902", "Food Chemistry", "Food Chemistry", "journal", "455, 139902", ()),
    ("22/05/2024", "High-pressure processing of goat milk: effects on microbiota and ripening of a soft cheese",
     [ME, "Caruso V.", "Mazzola R."], "Journal of Dairy Science, 107(6), 3541–3556",
     "10.3168/jds.2023-24118", "Journal of Dairy Science", "Journal of Dairy Science", "journal", "107(6), 3541–3556",
     ()),
    ("10/11/2023", "Oleogels from rice bran wax and olive oil as fat replacers in shortbread cookies",
     ["Rinaldi S.", ME, "Yılmaz E."], "LWT, 189, 115478", "10.1016/j.lwt.2023.115478", "LWT", "LWT", "journal",
     "189, 115478", ()),
    ("27/07/2023", "Plant-based cheese analogues from chickpea and almond: structure, texture and consumer acceptance",
     [ME, "van der Sluis M."], "Innovative Food Science & Emerging Technologies, 87, 103412",
     "10.1016/j.ifset.2023.103412", "Innovative Food Science & Emerging Technologies",
     "Innovative Food Science & Emerging Technologies", "journal", "87, 103412", ()),
    ("14/02/2023", "Cold plasma treatment of fresh-cut rocket salad: microbial inactivation and quality retention",
     ["Caruso V.", "Mazzola R.", ME, "Bianchi L.", "Alfieri P.", "Greco D.", "Sorrentino T."],
     "Food Research International, 164, 112361", "10.1016/j.foodres.2022.112361", "Food Research International",
     "Food Research International", "journal", "164, 112361", ()),
    ("05/10/2022", "Microfluidic production of water-in-oil-in-water double emulsions for vitamin D3 delivery",
     [ME, "Hoekstra J.", "Brouwer K.", "van der Sluis M."], "Journal of Food Engineering, 331, 111102",
     "10.1016/j.jfoodeng.2022.111102", "Journal of Food Engineering", "Journal of Food Engineering", "journal",
     "331, 111102", ()),
    ("19/04/2022", "Protein–polysaccharide coacervates as carriers of probiotics: a review",
     [ME, "Colombo A."], "Trends in Food Science & Technology, 122, 45–61 (review)",
     "10.1016/j.tifs.2022.02.014", "Trends in Food Science & Technology", "Trends in Food Science & Technology",
     "journal", "122, 45–61; review", ()),
    ("30/11/2021", "Effect of ultrasound pre-treatment on the drying kinetics of blood orange peel",
     ["Mazzola R.", ME, "Caruso V."], "Journal of Food Engineering, 309, 110688", None, "Journal of Food Engineering",
     "Journal of Food Engineering", "journal", "309, 110688", ()),
    ("08/11/2021", "Membrane emulsification of pea protein-stabilised emulsions at pilot scale",
     ["Hoekstra J.", ME, "van der Sluis M."],
     "Proceedings of the 35th EFFoST International Conference, Lausanne, Switzerland, pp. 212–215", None,
     "EFFoST International Conference", "Proceedings of the 35th EFFoST International Conference", "conference",
     "Lausanne, Switzerland, pp. 212–215", ()),
    ("15/03/2021", "Microencapsulation technologies for probiotics",
     [ME, "Colombo A."], "In: Marino P. (Ed.), Probiotics and Prebiotics in Foods. Academic Press, London, "
     "pp. 117–142", None, "Probiotics and Prebiotics in Foods", "Probiotics and Prebiotics in Foods", "chapter",
     "In: Marino P. (Ed.); Academic Press, London, pp. 117–142", ()),
    ("12/12/2019", "Whey protein aggregates as fat replacers in low-fat ricotta",
     [ME, "Caruso V.", "Colombo A."], "International Dairy Journal, 99, 104547", "10.1016/j.idairyj.2019.104547",
     "International Dairy Journal", "International Dairy Journal", "journal", "99, 104547", ()),
    ("25/06/2018", "Survival of Lactobacillus casei in alginate–chitosan beads during simulated gastrointestinal digestion",
     [ME, "Colombo A."], "Food & Function, 9(6), 3312–3323", "10.1039/c8fo00412k", "Food & Function",
     "Food & Function", "journal", "9(6), 3312–3323", ()),
    ("15/02/2025", "Consumer acceptance of insect-enriched pasta in Italy and the Netherlands",
     ["Bianchi L.", ME, "van der Sluis M."], "Submitted to Food Quality and Preference", None, None, None, "other",
     "Submitted to Food Quality and Preference", ("submitted",)),
]
WORK = [
    ("01/11/2022 – CURRENT", "Milan, Italy", "Assistant Professor (RTD-A)",
     "Università degli Studi di Milano – Department of Food, Environmental and Nutritional Sciences (DeFENS)",
     "City: Milan | Country: Italy",
     ["Teaching: Food Technology II, Dairy Science and Technology (MSc)",
      "Research on structured emulsions, encapsulation of probiotics and plant-based dairy alternatives"],
     pos("Università degli Studi di Milano – Department of Food, Environmental and Nutritional Sciences (DeFENS)",
         "Assistant Professor", "2022-11", "present", "job", location="Milan, Italy")),
    ("01/02/2020 – 31/10/2022", "Wageningen, Netherlands", "Postdoctoral Researcher",
     "Wageningen University & Research – Food Process Engineering Group", "City: Wageningen | Country: Netherlands",
     ["Supervisor: Prof. Dr. Maarten van der Sluis",
      "Microfluidic and membrane emulsification; pilot-scale production of double emulsions"],
     pos("Wageningen University & Research – Food Process Engineering Group", "Postdoctoral Researcher", "2020-02",
         "2022-10", "research", location="Wageningen, Netherlands", supervisor="Prof. Dr. Maarten van der Sluis")),
    ("01/09/2018 – 31/01/2020", "Milan, Italy", "Research Fellow (Assegnista di ricerca)",
     "Università degli Studi di Milano – DeFENS", "City: Milan | Country: Italy",
     ["Project “PROBIO-SAFE”: stability of encapsulated probiotics in dairy matrices"],
     pos("Università degli Studi di Milano – DeFENS", "Research Fellow", "2018-09", "2020-01", "research",
         location="Milan, Italy")),
    ("01/04/2016 – 30/09/2016", "Parma, Italy", "R&D Intern", "Barilla G. e R. Fratelli S.p.A. – Research & Development",
     "City: Parma | Country: Italy", ["Shelf-life studies of filled fresh pasta"],
     pos("Barilla G. e R. Fratelli S.p.A. – Research & Development", "R&D Intern", "2016-04", "2016-09", "internship",
         location="Parma, Italy")),
]
EDUC = [
    ("01/11/2014 – 28/02/2018", "Milan, Italy", "PhD in Food Systems", "Università degli Studi di Milano",
     ["Field(s) of study: Food processing and preservation", "Final grade: Excellent cum laude",
      "Thesis: Microencapsulation of probiotic bacteria in protein–polysaccharide matrices",
      "Supervisor: Prof. Alessandra Colombo", "Level in EQF: EQF level 8"],
     edu("Università degli Studi di Milano", "Ph.D.", "Food Systems", "2014-11", "2018-02",
         advisor="Prof. Alessandra Colombo", location="Milan, Italy")),
    ("01/10/2012 – 15/10/2014", "Catania, Italy", "Master’s degree in Food Science and Technology (Laurea Magistrale)",
     "Università degli Studi di Catania",
     ["Final grade: 110/110 cum laude", "Level in EQF: EQF level 7"],
     edu("Università degli Studi di Catania", "M.Sc.", "Food Science and Technology", "2012-10", "2014-10",
         gpa="110/110", location="Catania, Italy")),
    ("01/10/2009 – 20/07/2012", "Catania, Italy", "Bachelor’s degree in Food Technology (Laurea Triennale)",
     "Università degli Studi di Catania", ["Final grade: 108/110", "Level in EQF: EQF level 6"],
     edu("Università degli Studi di Catania", "B.Sc.", "Food Technology", "2009-10", "2012-07", gpa="108/110",
         location="Catania, Italy")),
]
AWARDS = [
    ("12/06/2023", "Best Young Scientist Award", "Italian Society of Food Science and Technology (SISTAL)", "2023-06"),
    ("20/11/2019", "Seal of Excellence, Marie Skłodowska-Curie Individual Fellowship", "European Commission", "2019-11"),
    ("15/04/2017", "Best Poster Award", "EFFoST International Conference, Sitges (Spain)", "2017-04"),
]
DIGITAL = ["R (tidyverse, lme4)", "MATLAB", "SPSS", "OriginPro", "Microsoft Office", "Texture analysis (TA.XT Plus)",
           "Rheology (Anton Paar MCR 302)", "Confocal microscopy"]
GOLD_SKILLS = ["R", "tidyverse", "lme4", "MATLAB", "SPSS", "OriginPro", "Microsoft Office",
               "Texture analysis (TA.XT Plus)", "Rheology (Anton Paar MCR 302)", "Confocal microscopy",
               "Italian", "English", "Spanish", "Dutch"]
LANGS = [("ENGLISH", ["C2", "C2", "C1", "C1", "C1"]), ("SPANISH", ["B2", "B2", "B1", "B1", "B1"]),
         ("DUTCH", ["A2", "A2", "A1", "A2", "A1"])]

CSS = """
@page { size: A4; margin: 14mm 15mm 16mm 15mm; }
body { font-family: 'Open Sans', 'Liberation Sans', Arial, sans-serif; font-size: 9.2pt; color: #222; line-height: 1.35; }
.logo { text-align: right; color: #0a4595; font-weight: bold; font-size: 13pt; letter-spacing: 0.5px; margin: 0; }
h1 { font-size: 22pt; font-weight: 600; margin: 0 0 6px 0; color: #222; }
.pi { margin: 0 0 2px 0; }
.pi b { font-weight: 700; }
h2 { color: #0a4595; font-size: 11pt; font-weight: 700; text-transform: uppercase; margin: 16px 0 6px 0;
     border-bottom: 1.2px solid #0a4595; padding-bottom: 2px; }
.e { display: grid; grid-template-columns: 34mm 1fr; column-gap: 5mm; margin: 0 0 9px 0; break-inside: avoid; }
.d { font-size: 8pt; color: #555; text-transform: uppercase; }
.t { font-weight: 700; text-transform: uppercase; }
.o { }
ul { margin: 2px 0 0 0; padding-left: 14px; }
a { color: #0a4595; text-decoration: none; }
.pt { font-weight: 700; }
table.cefr { border-collapse: collapse; font-size: 8pt; margin-top: 4px; }
table.cefr td, table.cefr th { padding: 2px 8px; text-align: left; }
table.cefr th { font-weight: 600; color: #555; }
.small { font-size: 8pt; color: #555; }
"""


def build(out_dir):
    h = ["<!DOCTYPE html><html><head><meta charset='utf-8'><title>Federica Lo Presti – Europass CV</title><style>",
         CSS, "</style></head><body>", "<p class='logo'>europass</p>", "<h1>Federica Lo Presti</h1>",
         "<p class='pi'><b>Date of birth:</b> 14/03/1989 | <b>Nationality:</b> Italian | <b>Gender:</b> Female</p>",
         "<p class='pi'><b>Phone number:</b> (+39) 347 123 4567 (Mobile)</p>",
         "<p class='pi'><b>Email address:</b> <a href='mailto:federica.lopresti@unimi.it'>federica.lopresti@unimi.it</a></p>",
         f"<p class='pi'><b>Website:</b> <a href='{HOME}'>{HOME}</a></p>",
         "<p class='pi'><b>LinkedIn:</b> <a href='https://www.linkedin.com/in/federica-lopresti'>"
         "https://www.linkedin.com/in/federica-lopresti</a></p>",
         "<p class='pi'><b>Home:</b> Via Giovanni Celoria 2, 20133 Milan (Italy)</p>",
         "<h2>About myself</h2>",
         "<p>Food technologist working on colloidal structuring of foods, encapsulation of probiotics and sustainable "
         "plant-based dairy alternatives. Seven years of research experience in Italy and the Netherlands.</p>",
         "<h2>Work experience</h2>"]
    for dates, place, title, org, cc, bullets, _ in WORK:
        h.append(f"<div class='e'><div class='d'>{esc(dates)}<br>{esc(place)}</div><div>"
                 f"<div class='t'>{esc(title)}</div><div class='o'>{esc(org)}</div><div class='small'>{esc(cc)}</div>"
                 "<ul>" + "".join(f"<li>{esc(b)}</li>" for b in bullets) + "</ul></div></div>")
    h.append("<h2>Education and training</h2>")
    for dates, place, title, org, lines, _ in EDUC:
        h.append(f"<div class='e'><div class='d'>{esc(dates)}<br>{esc(place)}</div><div>"
                 f"<div class='t'>{esc(title)}</div><div class='o'>{esc(org)}</div>"
                 + "".join(f"<div>{esc(x)}</div>" for x in lines) + "</div></div>")
    h.append("<h2>Language skills</h2><p>Mother tongue(s): <b>ITALIAN</b></p><p>Other language(s):</p>"
             "<table class='cefr'><tr><th></th><th colspan='2'>UNDERSTANDING</th><th colspan='2'>SPEAKING</th>"
             "<th>WRITING</th></tr><tr><th></th><th>Listening</th><th>Reading</th><th>Spoken production</th>"
             "<th>Spoken interaction</th><th></th></tr>")
    for lang, lv in LANGS:
        h.append(f"<tr><td><b>{lang}</b></td>" + "".join(f"<td>{x}</td>" for x in lv) + "</tr>")
    h.append("</table><p class='small'>Levels: A1 and A2: Basic user; B1 and B2: Independent user; C1 and C2: "
             "Proficient user</p>")
    h.append("<h2>Digital skills</h2><p>" + " | ".join(esc(x) for x in DIGITAL) + "</p>")
    h.append("<h2>Publications</h2>")
    pubs = []
    for i, (date, title, authors, rest, doi, venue, vraw, typ, note, flags) in enumerate(PUBS, 1):
        link = f"https://doi.org/{doi}" if doi else None
        t = f"<a class='pt' href='{link}'>{esc(title)}</a>" if link else f"<span class='pt'>{esc(title)}</span>"
        h.append(f"<div class='e'><div class='d'>{date}</div><div>{t}<div>{esc(', '.join(authors))} – {esc(rest)}"
                 "</div></div></div>")
        year = int(date[-4:])
        pubs.append(pub(SEC, i, title, authors, venue, vraw, year, typ, flags=flags, links=[link] if link else [],
                        note=note, doi=doi, self_index=owner_index(authors, {ME})))
    h.append("<h2>Conferences and seminars</h2>")
    for d, t, w in (("06/11/2024", "Invited talk: “Upcycled proteins as emulsifiers”", "EFFoST International "
                     "Conference 2024, Bruges (Belgium)"),
                    ("15/09/2023", "Oral presentation: “Plant-based cheese analogues”", "SISTAL Congress, Parma (Italy)")):
        h.append(f"<div class='e'><div class='d'>{d}</div><div><span class='pt'>{esc(t)}</span><div>{esc(w)}</div>"
                 "</div></div>")
    h.append("<h2>Honours and awards</h2>")
    for d, t, o, _ in AWARDS:
        h.append(f"<div class='e'><div class='d'>{d}</div><div><div class='t'>{esc(t)}</div><div>{esc(o)}</div>"
                 "</div></div>")
    h.append("<h2>Projects</h2><div class='e'><div class='d'>01/01/2023 – CURRENT</div><div><span class='pt'>"
             "UPGRAIN – Upcycling brewer’s spent grain into food ingredients (PRIN 2022, PI)</span></div></div>")
    h.append("<h2>Networks and memberships</h2><div class='e'><div class='d'>2019 – CURRENT</div><div>Member, "
             "European Federation of Food Science and Technology (EFFoST)</div></div>")
    h.append("<p class='small' style='margin-top:14px'>I authorise the processing of my personal data contained in my "
             "CV according to Art. 13 of Italian Legislative Decree no. 196/2003 and Art. 13 of the GDPR 679/16.</p>")
    h.append("</body></html>")
    print_pdf("\n".join(h), STEM, out_dir)
    return gold(f"{STEM}.pdf", PERSON, [e[-1] for e in EDUC], [w[-1] for w in WORK], pubs,
                [{"name": f"{t}, {o}", "date": dt} for _, t, o, dt in AWARDS], GOLD_SKILLS)
