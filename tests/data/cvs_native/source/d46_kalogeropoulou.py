"""46: Ottoman / Mediterranean history CV **made in Word as a two-column table and saved as PDF** (imitated in HTML+CSS
with Carlito, Word's Calibri metric twin, printed by headless Chromium): the name block on top, then one borderless
table whose **left column (1.5 in) holds the section headings** (bold small caps, dark red, right-aligned against a
thin vertical rule) and whose right column holds the content of the section, each section a table row that runs on
over the page break; italic run-in sub-headings (Books, Peer-Reviewed Articles, Book Chapters) in the right column;
appointments and degrees as "title, institution ⇥ years" lines with the years pushed to the right margin by a tab
stop; running footer "Kalogeropoulou – Curriculum Vitae – March 2025 – Page N" (a CSS page margin box).
Publications in **Chicago notes-bibliography (bibliography form) as a historian writes them in her own CV**: single-
author works **name no author**, co-authored ones open "With Marco Bellini." (co-authors only); books
"*Title*. City: Publisher, Year."; articles "“Title.” *Journal* 27, no. 3 (2023): 201–236."; chapters "“Title.” In
*Book*, edited by …, pages. City: Publisher, Year."; "forthcoming" in the year slot. Book reviews, invited talks and
teaching are not annotated."""
from make_native import esc, pub, owner_index, edu, pos, gold, print_pdf

STEM = "46_kalogeropoulou-history-wordtwocol"
PERSON = {"name": "Sofia Kalogeropoulou", "emails": ["skalogeropoulou@jhu.edu"], "phones": ["(410) 516-7579"],
          "homepages": ["https://history.jhu.edu/directory/sofia-kalogeropoulou"]}
BK, ART, CH = "books", "peer-reviewed articles", "book chapters"
NOTE_WITH = "'With …' names only co-authors"
NOTE_SOLO = "single-author work, no author written"

# (section, co-authors, html, gold title, venue, venue_raw, year, type, flags, links, note)
PUBS = [
    (BK, [], "<i>Salt and Sovereignty: The Ottoman Balkans and the Adriatic Trade, 1690–1820</i>. Cambridge: Cambridge "
     "University Press, 2022.", "Salt and Sovereignty: The Ottoman Balkans and the Adriatic Trade, 1690–1820",
     "Cambridge University Press", "Cambridge: Cambridge University Press", 2022, "other", (), [], NOTE_SOLO),
    (BK, [], "<i>Quarantine Islands: Epidemics and Borders in the Eastern Mediterranean</i>. Stanford, CA: Stanford "
     "University Press, forthcoming.", "Quarantine Islands: Epidemics and Borders in the Eastern Mediterranean",
     "Stanford University Press", "Stanford, CA: Stanford University Press", None, "other", ("to_appear",), [],
     "forthcoming; " + NOTE_SOLO),
    (BK, ["Marco Bellini"], "Co-edited with Marco Bellini. <i>Ports of Contagion: Health, Trade, and Empire in the "
     "Early Modern Mediterranean</i>. Leiden: Brill, 2020.",
     "Ports of Contagion: Health, Trade, and Empire in the Early Modern Mediterranean", "Brill", "Leiden: Brill", 2020,
     "other", (), [], "edited volume; co-edited with Marco Bellini; " + NOTE_WITH),
    (ART, [], "“Salt Smuggling and the Morality of the Market in Ottoman Dalmatia.” <i>Turkish Historical Review</i> "
     "(forthcoming).", "Salt Smuggling and the Morality of the Market in Ottoman Dalmatia", "Turkish Historical Review",
     "Turkish Historical Review", None, "journal", ("to_appear",), [], "forthcoming; " + NOTE_SOLO),
    (ART, [], "“Lazaretto Accounts and the Price of Quarantine in Split, 1784–1800.” <i>Past &amp; Present</i> 262, no. 1 "
     "(2024): 89–131. https://doi.org/10.1093/pastj/gtad018.",
     "Lazaretto Accounts and the Price of Quarantine in Split, 1784–1800", "Past & Present", "Past & Present", 2024,
     "journal", (), ["https://doi.org/10.1093/pastj/gtad018"], "262, no. 1: 89–131; " + NOTE_SOLO),
    (ART, ["Marco Bellini"], "With Marco Bellini. “Merchants of Salt: Venetian Consuls and Ottoman Tax Farmers, "
     "1720–1760.” <i>Journal of Early Modern History</i> 27, no. 3 (2023): 201–236.",
     "Merchants of Salt: Venetian Consuls and Ottoman Tax Farmers, 1720–1760", "Journal of Early Modern History",
     "Journal of Early Modern History", 2023, "journal", (), [], "27, no. 3: 201–236; " + NOTE_WITH),
    (ART, [], "“The Border as Archive: Habsburg Sanitary Cordons and Ottoman Subjects.” <i>American Historical "
     "Review</i> 127, no. 4 (2022): 1650–1678. https://doi.org/10.1093/ahr/rhac388.",
     "The Border as Archive: Habsburg Sanitary Cordons and Ottoman Subjects", "American Historical Review",
     "American Historical Review", 2022, "journal", (), ["https://doi.org/10.1093/ahr/rhac388"],
     "127, no. 4: 1650–1678; " + NOTE_SOLO),
    (ART, [], "“Grain, Debt, and the Janissaries of Bosnia, 1740–1790.” <i>International Journal of Middle East "
     "Studies</i> 53, no. 2 (2021): 245–266.", "Grain, Debt, and the Janissaries of Bosnia, 1740–1790",
     "International Journal of Middle East Studies", "International Journal of Middle East Studies", 2021, "journal",
     (), [], "53, no. 2: 245–266; " + NOTE_SOLO),
    (ART, [], "“Petitioning the Sultan from Ioannina: Orthodox Notables and Provincial Power.” <i>Journal of Modern "
     "Greek Studies</i> 38, no. 1 (2020): 1–28.", "Petitioning the Sultan from Ioannina: Orthodox Notables and "
     "Provincial Power", "Journal of Modern Greek Studies", "Journal of Modern Greek Studies", 2020, "journal", (), [],
     "38, no. 1: 1–28; " + NOTE_SOLO),
    (ART, ["Emine Sarıkaya", "Luka Perić"], "With Emine Sarıkaya and Luka Perić. “Mapping Quarantine Stations in the "
     "Ottoman–Habsburg Borderlands with Historical GIS.” <i>Journal of Social History</i> 54, no. 2 (2020): 410–437.",
     "Mapping Quarantine Stations in the Ottoman–Habsburg Borderlands with Historical GIS", "Journal of Social History",
     "Journal of Social History", 2020, "journal", (), [], "54, no. 2: 410–437; " + NOTE_WITH),
    (ART, [], "“Rumors of Plague: Information and Panic in the Adriatic, 1783.” <i>Comparative Studies in Society and "
     "History</i> 60, no. 4 (2018): 887–915.", "Rumors of Plague: Information and Panic in the Adriatic, 1783",
     "Comparative Studies in Society and History", "Comparative Studies in Society and History", 2018, "journal", (),
     [], "60, no. 4: 887–915; " + NOTE_SOLO),
    (CH, [], "“Quarantine and Commerce in the Ottoman Adriatic.” In <i>The Ottoman World and the Sea</i>, edited by "
     "Leyla Demirtaş and Paul Hartmann, 312–339. Cambridge: Cambridge University Press, 2023.",
     "Quarantine and Commerce in the Ottoman Adriatic", "The Ottoman World and the Sea", "The Ottoman World and the Sea",
     2023, "chapter", (), [], "edited by Leyla Demirtaş and Paul Hartmann; 312–339; Cambridge: Cambridge University "
     "Press; " + NOTE_SOLO),
    (CH, [], "“Salt Roads and Imperial Frontiers.” In <i>Routes of Empire: Roads, Rivers, and Caravans in Southeastern "
     "Europe</i>, edited by Ivana Horvat, 45–67. Leiden: Brill, 2021.", "Salt Roads and Imperial Frontiers",
     "Routes of Empire: Roads, Rivers, and Caravans in Southeastern Europe",
     "Routes of Empire: Roads, Rivers, and Caravans in Southeastern Europe", 2021, "chapter", (), [],
     "edited by Ivana Horvat; 45–67; Leiden: Brill; " + NOTE_SOLO),
    (CH, ["Marco Bellini"], "With Marco Bellini. “Introduction: Contagion and the Commercial Sea.” In <i>Ports of "
     "Contagion: Health, Trade, and Empire in the Early Modern Mediterranean</i>, edited by Marco Bellini and Sofia "
     "Kalogeropoulou, 1–24. Leiden: Brill, 2020.", "Introduction: Contagion and the Commercial Sea",
     "Ports of Contagion: Health, Trade, and Empire in the Early Modern Mediterranean",
     "Ports of Contagion: Health, Trade, and Empire in the Early Modern Mediterranean", 2020, "chapter", (), [],
     "edited by Marco Bellini and Sofia Kalogeropoulou; 1–24; Leiden: Brill; " + NOTE_WITH),
]
POS = [("Associate Professor of History", "Johns Hopkins University", "2021–present",
        pos("Johns Hopkins University", "Associate Professor of History", "2021", "present", "job")),
       ("Assistant Professor of History", "Johns Hopkins University", "2017–2021",
        pos("Johns Hopkins University", "Assistant Professor of History", "2017", "2021", "job")),
       ("Postdoctoral Fellow, Society of Fellows in the Humanities", "Columbia University", "2015–2017",
        pos("Society of Fellows in the Humanities, Columbia University", "Postdoctoral Fellow", "2015", "2017",
            "research"))]
EDU = [("Ph.D., History", "Princeton University", "2015",
        "Dissertation: “Salt, Sovereignty, and the Sea: The Ottoman Adriatic, 1690–1820.” Advisor: Prof. Daniel Hartwell.",
        edu("Princeton University", "Ph.D.", "History", None, "2015", advisor="Prof. Daniel Hartwell")),
       ("M.A., History", "Boğaziçi University, Istanbul", "2009", None,
        edu("Boğaziçi University", "M.A.", "History", None, "2009", location="Istanbul")),
       ("B.A., History and Archaeology", "National and Kapodistrian University of Athens", "2007", None,
        edu("National and Kapodistrian University of Athens", "B.A.", "History and Archaeology", None, "2007"))]
AWARDS = [("National Endowment for the Humanities Fellowship", "2023–2024"),
          ("Best First Book Prize, Society for Mediterranean History", "2023"),
          ("Fellowship, American Research Institute in Turkey", "2019"),
          ("Charlotte Elizabeth Procter Fellowship, Princeton University", "2014–2015")]
LANGS = ["Greek (native)", "English (fluent)", "Modern Turkish (fluent)", "Ottoman Turkish (reading)",
         "Italian (reading)", "French (reading)"]

CSS = """
@font-face { font-family: 'Carlito'; src: url('file:///usr/share/texlive/texmf-dist/fonts/truetype/google/carlito/Carlito-Regular.ttf'); }
@font-face { font-family: 'Carlito'; font-weight: bold; src: url('file:///usr/share/texlive/texmf-dist/fonts/truetype/google/carlito/Carlito-Bold.ttf'); }
@font-face { font-family: 'Carlito'; font-style: italic; src: url('file:///usr/share/texlive/texmf-dist/fonts/truetype/google/carlito/Carlito-Italic.ttf'); }
@page { size: Letter; margin: 0.8in 0.8in 0.9in 0.8in;
  @bottom-center { content: "Kalogeropoulou – Curriculum Vitae – March 2025 – Page " counter(page); font: 9pt 'Carlito'; color: #555; } }
body { font-family: 'Carlito', sans-serif; font-size: 11pt; line-height: 1.15; margin: 0; }
.name { font-size: 22pt; font-weight: bold; margin: 0; }
.sub { margin: 0 0 2pt 0; color: #333; }
table.cv { border-collapse: collapse; width: 100%; margin-top: 10pt; }
table.cv td { vertical-align: top; padding: 6pt 0 8pt 0; }
td.h { width: 1.5in; text-align: right; padding-right: 12pt !important; border-right: 1pt solid #7b1c1c;
       font-weight: bold; font-variant: small-caps; color: #7b1c1c; font-size: 12pt; }
td.c { padding-left: 12pt !important; }
.line { display: flex; justify-content: space-between; margin: 0; }
.line span.d { flex: none; padding-left: 12pt; }
p { margin: 0 0 4pt 0; }
.note { margin: 0 0 6pt 0; }
.subh { font-style: italic; margin: 6pt 0 3pt 0; }
.subh.first { margin-top: 0; }
.ref { padding-left: 0.3in; text-indent: -0.3in; margin: 0 0 5pt 0; }
"""


def build(out_dir):
    h = ["<!DOCTYPE html><html><head><meta charset='utf-8'><title>CV – Kalogeropoulou</title><style>", CSS,
         "</style></head><body>",
         "<p class='name'>Sofia Kalogeropoulou</p>",
         "<p class='sub'>Department of History, Johns Hopkins University, 3400 N. Charles Street, Baltimore, MD 21218</p>",
         "<p class='sub'>(410) 516-7579 · skalogeropoulou@jhu.edu · https://history.jhu.edu/directory/sofia-kalogeropoulou</p>",
         "<table class='cv'>"]

    def row(head, body):
        h.append(f"<tr><td class='h'>{head}</td><td class='c'>{body}</td></tr>")

    row("Appointments", "".join(f"<p class='line'><span><b>{esc(t)}</b>, {esc(o)}</span><span class='d'>{d}</span></p>"
                                for t, o, d, _ in POS))
    b = []
    for deg, inst, yr, extra, _ in EDU:
        b.append(f"<p class='line'><span><b>{esc(deg)}</b>, {esc(inst)}</span><span class='d'>{yr}</span></p>")
        if extra:
            b.append(f"<p class='note'>{esc(extra)}</p>")
    row("Education", "".join(b))
    b = []
    counts = {}
    pubs = []
    heads = {BK: "Books", ART: "Peer-Reviewed Articles", CH: "Book Chapters"}
    for sec in (BK, ART, CH):
        b.append(f"<p class='subh{' first' if sec == BK else ''}'>{heads[sec]}</p>")
        for s, co, html, title, venue, raw, year, typ, flags, links, note in PUBS:
            if s != sec:
                continue
            b.append(f"<p class='ref'>{html}</p>")
            counts[sec] = counts.get(sec, 0) + 1
            pubs.append(pub(sec, counts[sec], title, co, venue, raw, year, typ, flags=flags, links=links, note=note,
                            doi=links[0].split("doi.org/")[1] if links else None, self_index=None))
    row("Publications", "".join(b))
    row("Book Reviews", "".join(f"<p class='ref'>{x}</p>" for x in (
        "Review of <i>Merchants of the Levant</i>, by Ahmet Yıldız. <i>Journal of Ottoman Studies</i> 61 (2023): 412–415.",
        "Review of <i>The Venetian Lagoon and Its Enemies</i>, by Chiara Lombardi. <i>Renaissance Quarterly</i> 75, no. 2 "
        "(2022): 701–703.")))
    row("Fellowships &amp; Awards", "".join(f"<p class='line'><span>{esc(a)}</span><span class='d'>{d}</span></p>"
                                          for a, d in AWARDS))
    row("Invited Talks", "".join(f"<p>{x}</p>" for x in (
        "“Quarantine Islands,” Harvard University Center for Middle Eastern Studies, February 2024",
        "“Salt and the Sultan,” Koç University Research Center for Anatolian Civilizations, Istanbul, June 2023")))
    row("Teaching", "<p>The Ottoman Empire, 1300–1923; The Mediterranean World, 1500–1800; Graduate colloquium: "
                    "Empires and Borders</p>")
    row("Languages", "<p>" + "; ".join(LANGS) + "</p>")
    h.append("</table></body></html>")
    print_pdf("\n".join(h), STEM, out_dir)
    return gold(f"{STEM}.pdf", PERSON, [e[4] for e in EDU], [p_[3] for p_ in POS], pubs,
                [{"name": a, "date": None} for a, _ in AWARDS], LANGS)
