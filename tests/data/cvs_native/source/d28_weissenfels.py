"""28: German Lebenslauf with Publikationsverzeichnis (PDF, **XeLaTeX** + polyglossia German + fontspec Libertinus / Fira
Sans), vehicle acoustics (mechanical engineering). CV part as `tabular` rows "seit 10/2021 | Oberingenieur, …",
"11/2015 – 03/2020 | …" with German headings (Beruflicher Werdegang, Ausbildung, Auszeichnungen, Kenntnisse, Lehre,
Gremien). Publications printed by **biblatex `authoryear` + biber, grouped by keyword** (`\\printbibliography[keyword=…]`
three times: Begutachtete Zeitschriftenartikel / Konferenzbeiträge / Dissertation, Patent und Preprint), sorting `ydnt`,
German bibstrings ("In:", "S.", "und", **"u. a."** after three names when a list has more than four, "Diss.", "Pat."),
`giveninits` ("Weißenfels, J., M. Krämer und S. Hoffmann (2024). „Titel“. In: *Journal* 155.3, S. 1823–1836. doi: …"),
**extradate letters "2023a"/"2023b"**, the owner highlighted bold through biblatex name annotations (`author+an`), one
list where "u. a." hides the owner, hyperlinked `doi:` and `arXiv:` identifiers. German and English titles."""
from make_native import pub, edu, pos, gold, compile_tex

STEM = "28_weissenfels-akustik-xelatex"
PERSON = {"name": "Jonas Weißenfels", "emails": ["jonas.weissenfels@tum.de"], "phones": ["+49 89 289 15342"],
          "homepages": ["https://www.mec.ed.tum.de/ams/weissenfels"]}
LAM = "Lehrstuhl für Akustik mobiler Systeme, Technische Universität München"
ITA = "Institut für Technische Akustik, RWTH Aachen University"
# (dates cell, text cell, gold)
POS = [
    ("seit 10/2021", f"Oberingenieur, {LAM}", pos(LAM, "Oberingenieur", "2021-10", "present", "job")),
    ("04/2020 – 09/2021", "Entwicklungsingenieur NVH, BMW Group, München",
     pos("BMW Group", "Entwicklungsingenieur NVH", "2020-04", "2021-09", "job", location="München")),
    ("11/2015 – 03/2020", f"Wissenschaftlicher Mitarbeiter (Doktorand), {ITA}",
     pos(ITA, "Wissenschaftlicher Mitarbeiter", "2015-11", "2020-03", "research")),
    ("03/2014 – 08/2014", "Praktikant, Zentralbereich Forschung, Robert Bosch GmbH, Renningen",
     pos("Zentralbereich Forschung, Robert Bosch GmbH", "Praktikant", "2014-03", "2014-08", "internship",
         location="Renningen")),
]
EDU = [
    ("11/2015 – 03/2020", "Promotion (Dr.-Ing.), RWTH Aachen University, Fakultät für Elektrotechnik und "
     "Informationstechnik. Dissertation: „Transferpfadanalyse und Hörbarkeit von Reifen-Fahrbahn-Geräuschen in "
     "Elektrofahrzeugen“, mit Auszeichnung. Betreuer: Univ.-Prof. Dr.-Ing. Hartmut Kessler",
     edu("RWTH Aachen University", "Ph.D.", None, "2015-11", "2020-03", advisor="Univ.-Prof. Dr.-Ing. Hartmut Kessler")),
    ("10/2012 – 09/2015", "Master of Science Maschinenbau, RWTH Aachen University. Abschlussnote: 1,2",
     edu("RWTH Aachen University", "M.S.", "Maschinenbau", "2012-10", "2015-09", gpa="1,2")),
    ("10/2009 – 09/2012", "Bachelor of Science Maschinenbau, Karlsruher Institut für Technologie (KIT)",
     edu("Karlsruher Institut für Technologie (KIT)", "B.Sc.", "Maschinenbau", "2009-10", "2012-09")),
]
AWARDS = [("2021", "Borchers-Plakette der RWTH Aachen University"),
          ("2020", "Lothar-Cremer-Preis der Deutschen Gesellschaft für Akustik (DEGA)"),
          ("2016", "Young Professionals Award, Inter-Noise 2016, Hamburg")]
SKILLS = ["MATLAB", "Python", "COMSOL Multiphysics", "Simcenter Testlab", "HEAD ArtemiS", "Deutsch (Muttersprache)",
          "Englisch (verhandlungssicher)", "Französisch (Grundkenntnisse)"]

J, K, S = "begutachtete zeitschriftenartikel", "konferenzbeiträge", "dissertation, patent und preprint"
TITLES = {J: "Begutachtete Zeitschriftenartikel", K: "Konferenzbeiträge", S: "Dissertation, Patent und Preprint"}
KEYW = {J: "zeitschrift", K: "konferenz", S: "sonstiges"}
OWN_BIB = "Weißenfels, Jonas"
# bib entries in the order biblatex prints them (ydnt: year desc, then name, then title), written by hand.
# (section, key, type, bib fields, printed authors (gold), truncated, year, title, venue_raw, gold extras)
E = [
    (J, "kraemer2024", "article",
     dict(author="Krämer, Marie and Weißenfels, Jonas and Hoffmann, Sebastian", journaltitle="The Journal of the Acoustical "
          "Society of America", volume="155", number="3", pages="1823--1836", doi="10.1121/10.0025112"),
     ["Krämer, M.", "J. Weißenfels", "S. Hoffmann"], False, 2024,
     "Loudness and sharpness of electric-vehicle interior noise under varying load", "The Journal of the Acoustical Society of America",
     dict(venue="The Journal of the Acoustical Society of America")),
    (J, "weissenfels2024", "article",
     dict(author="Weißenfels, Jonas and Krämer, Marie and Hoffmann, Sebastian", journaltitle="Acta Acustica", volume="8",
          pages="14", doi="10.1051/aacus/2024009"),
     ["Weißenfels, J.", "M. Krämer", "S. Hoffmann"], False, 2024,
     "Psychoakustische Bewertung von Abrollgeräuschen elektrischer Fahrzeuge", "Acta Acustica", dict(venue="Acta Acustica")),
    (J, "weissenfels2023a", "article",
     dict(author="Weißenfels, Jonas and Krämer, Marie", journaltitle="Applied Acoustics", volume="211", pages="109487",
          doi="10.1016/j.apacoust.2023.109487"),
     ["Weißenfels, J.", "M. Krämer"], False, 2023, "Operational transfer path analysis with tyre cavity modes",
     "Applied Acoustics", dict(venue="Applied Acoustics")),
    (J, "weissenfels2023b", "article",
     dict(author="Weißenfels, Jonas and Krämer, Marie", journaltitle="Journal of Sound and Vibration", volume="548",
          pages="117532", doi="10.1016/j.jsv.2022.117532"),
     ["Weißenfels, J.", "M. Krämer"], False, 2023, "Virtual sensing of interior sound pressure for road noise control",
     "Journal of Sound and Vibration", dict(venue="Journal of Sound and Vibration")),
    (J, "hoffmann2022", "article",
     dict(author="Hoffmann, Sebastian and Yılmaz, Leyla and Becker, Anton and Brandl, Tobias and Weißenfels, Jonas and "
          "Kessler, Hartmut", journaltitle="Mechanical Systems and Signal Processing", volume="170", pages="108812",
          doi="10.1016/j.ymssp.2022.108812"),
     ["Hoffmann, S.", "L. Yılmaz", "A. Becker"], True, 2022,
     "Blocked-force characterisation of electric drive units on a hub-dynamometer test bench",
     "Mechanical Systems and Signal Processing", dict(venue="Mechanical Systems and Signal Processing")),
    (J, "weissenfels2019", "article",
     dict(author="Weißenfels, Jonas and Kessler, Hartmut", journaltitle="Acta Acustica united with Acustica", volume="105",
          number="6", pages="1102--1114", doi="10.3813/AAA.919388"),
     ["Weißenfels, J.", "H. Kessler"], False, 2019, "Hörbarkeit von Transferpfaden im Fahrzeuginnenraum",
     "Acta Acustica united with Acustica", dict(venue="Acta Acustica united with Acustica")),
    (J, "weissenfels2018", "article",
     dict(author="Weißenfels, Jonas and Becker, Anton and Kessler, Hartmut", journaltitle="Noise Control Engineering "
          "Journal", volume="66", number="4", pages="301--315"),
     ["Weißenfels, J.", "A. Becker", "H. Kessler"], False, 2018,
     "Tyre-road noise of low-noise surfaces measured with a close-proximity trailer", "Noise Control Engineering Journal",
     dict(venue="Noise Control Engineering Journal")),
    (K, "weissenfels2024a", "inproceedings",
     dict(author="Weißenfels, Jonas and Yılmaz, Leyla", booktitle="Proceedings of Inter-Noise 2024", location="Nantes",
          pages="2233--2242", doi="10.3397/IN_2024_3188"),
     ["Weißenfels, J.", "L. Yılmaz"], False, 2024, "Active road noise control for electric vehicles using virtual sensing",
     "Proceedings of Inter-Noise 2024", dict(venue="Inter-Noise", type="conference")),
    (K, "weissenfels2023c", "inproceedings",
     dict(author="Weißenfels, Jonas", booktitle="Fortschritte der Akustik – DAGA 2023", location="Hamburg",
          publisher="Deutsche Gesellschaft für Akustik", pages="1456--1459"),
     ["Weißenfels, J."], False, 2023, "Geräuschqualität elektrischer Antriebsstränge",
     "Fortschritte der Akustik – DAGA 2023", dict(venue="DAGA", type="conference")),
    (K, "weissenfels2021", "inproceedings",
     dict(author="Weißenfels, Jonas and Krämer, Marie and Hoffmann, Sebastian and Yılmaz, Leyla and Kessler, Hartmut",
          booktitle="Proceedings of Euronoise 2021", location="Madeira", pages="881--888"),
     ["Weißenfels, J.", "M. Krämer", "S. Hoffmann"], True, 2021, "Sound quality targets for electric drive units",
     "Proceedings of Euronoise 2021", dict(venue="Euronoise", type="conference")),
    (K, "becker2019", "inproceedings",
     dict(author="Becker, Anton and Weißenfels, Jonas and Kessler, Hartmut", booktitle="Proceedings of the 23rd "
          "International Congress on Acoustics (ICA 2019)", location="Aachen", pages="4120--4127",
          doi="10.18154/RWTH-CONV-239712"),
     ["Becker, A.", "J. Weißenfels", "H. Kessler"], False, 2019, "Binaural transfer path synthesis for vehicle interior noise",
     "Proceedings of the 23rd International Congress on Acoustics (ICA 2019)", dict(venue="ICA", type="conference")),
    (S, "weissenfels2025", "online",
     dict(author="Weißenfels, Jonas and Yılmaz, Leyla", eprint="2501.09321", eprinttype="arxiv", eprintclass="eess.AS"),
     ["Weißenfels, J.", "L. Yılmaz"], False, 2025, "Virtual sensing for active road noise control: a benchmark",
     "arXiv: 2501.09321 [eess.AS]", dict(venue="arXiv", type="preprint")),
    (S, "weissenfels2022", "patent",
     dict(author="Weißenfels, Jonas and Brandl, Tobias", number="DE 10 2021 115 342 A1", holder="{Bayerische Motoren Werke AG}"),
     ["Weißenfels, J.", "T. Brandl"], False, 2022, "Verfahren zur aktiven Geräuschminderung im Fahrzeuginnenraum", None,
     dict(venue=None, type="other")),
    (S, "weissenfels2020", "phdthesis",
     dict(author="Weißenfels, Jonas", institution="RWTH Aachen University", location="Aachen"),
     ["Weißenfels, J."], False, 2020,
     "Transferpfadanalyse und Hörbarkeit von Reifen-Fahrbahn-Geräuschen in Elektrofahrzeugen", "Aachen: RWTH Aachen University",
     dict(venue="RWTH Aachen University", type="thesis")),
]


def bib_entry(key, typ, fields, year, title):
    f = dict(fields)
    f["date"] = str(year)
    f["title"] = title
    f["keywords"] = ""
    own = [i for i, a in enumerate(f["author"].split(" and "), 1) if a == OWN_BIB]
    lines = [f"  {k} = {{{v}}}" for k, v in f.items() if k != "keywords"]
    if own:
        lines.append(f"  author+an = {{{own[0]}=highlight}}")
    return lines


def build(out_dir):
    bib = []
    for sec, key, typ, fields, *_rest in E:
        year, title = _rest[2], _rest[3]
        lines = bib_entry(key, typ, fields, year, title)
        lines.append(f"  keywords = {{{KEYW[sec]}}}")
        if typ == "patent":
            lines.append("  type = {patentde}")
        bib.append(f"@{typ}{{{key},\n" + ",\n".join(lines) + "\n}\n")
    t = [r"""\documentclass[10.5pt,a4paper]{article}
\usepackage{fontspec}
\setmainfont{LibertinusSerif}[Extension=.otf,UprightFont=*-Regular,BoldFont=*-Bold,ItalicFont=*-Italic,BoldItalicFont=*-BoldItalic]
\setsansfont{FiraSans}[Extension=.otf,UprightFont=*-Regular,BoldFont=*-SemiBold,ItalicFont=*-Italic]
\usepackage{polyglossia}
\setmainlanguage[spelling=new]{german}
\usepackage{csquotes}
\usepackage[margin=2.2cm,top=2cm,bottom=2.2cm]{geometry}
\usepackage{xcolor}
\usepackage{array}
\usepackage{titlesec}
\usepackage{fancyhdr}
\usepackage{lastpage}
\usepackage[style=authoryear,sorting=ydnt,maxbibnames=4,minbibnames=3,giveninits=true,uniquename=false,uniquelist=false,isbn=false,url=false,backend=biber]{biblatex}
\usepackage[hidelinks]{hyperref}
\addbibresource{28_weissenfels-akustik-xelatex.bib}
\definecolor{tum}{HTML}{0065BD}
\renewcommand*{\mkbibnamegiven}[1]{\ifitemannotation{highlight}{\textbf{#1}}{#1}}
\renewcommand*{\mkbibnamefamily}[1]{\ifitemannotation{highlight}{\textbf{#1}}{#1}}
\titleformat{\section}{\sffamily\large\bfseries\color{tum}}{}{0pt}{}[{\color{tum}\titlerule[0.6pt]}]
\titlespacing*{\section}{0pt}{12pt}{5pt}
\defbibheading{sub}[\bibname]{\subsection*{\sffamily\normalsize #1}}
\setlength{\bibitemsep}{3pt}
\setlength{\parindent}{0pt}
\pagestyle{fancy}\fancyhf{}
\renewcommand{\headrulewidth}{0pt}
\fancyfoot[L]{\footnotesize\sffamily Jonas Weißenfels -- Lebenslauf}
\fancyfoot[R]{\footnotesize\sffamily Seite \thepage\ von \pageref{LastPage}}
\newcommand{\cvrow}[2]{#1 & #2\\[3pt]}
\begin{document}
{\sffamily\LARGE\bfseries Dr.-Ing. Jonas Weißenfels}\par\vspace{2pt}
{\sffamily\large Lebenslauf und Publikationsverzeichnis}\par\vspace{6pt}
{\small Lehrstuhl für Akustik mobiler Systeme, Technische Universität München, Boltzmannstraße 15, 85748 Garching\\
E-Mail: \href{mailto:jonas.weissenfels@tum.de}{jonas.weissenfels@tum.de} \quad Telefon: +49 89 289 15342 \quad
Web: \href{https://www.mec.ed.tum.de/ams/weissenfels}{https://www.mec.ed.tum.de/ams/weissenfels}\\
Geboren am 14.~Mai 1990 in Freiburg im Breisgau, deutsche Staatsangehörigkeit}\par"""]

    def table(title, rows):
        t.append(rf"\section*{{{title}}}")
        t.append(r"\begin{tabular}{@{}p{3.3cm}>{\raggedright\arraybackslash}p{12.2cm}@{}}")
        for d, txt in rows:
            t.append(rf"\cvrow{{{d}}}{{{txt}}}")
        t.append(r"\end{tabular}")
    table("Beruflicher Werdegang", [(d, x) for d, x, _ in POS])
    table("Ausbildung", [(d, x.replace("„", r"\enquote{").replace("“", "}")) for d, x, _ in EDU])
    table("Auszeichnungen", [(y, a) for y, a in AWARDS])
    table("Kenntnisse", [("Software", ", ".join(SKILLS[:5])), ("Sprachen", ", ".join(SKILLS[5:]))])
    table("Lehre", [("seit WS 2021/22", "Vorlesung „Fahrzeugakustik“ (Master Maschinenbau, TUM), gemeinsam mit Prof. Dr. K. Roth"),
                    ("2016 – 2019", "Übung „Technische Akustik I“, RWTH Aachen University")])
    table("Gremien und Mitgliedschaften", [("seit 2022", "Vorstand des Fachausschusses Fahrzeugakustik der DEGA"),
                                            ("seit 2016", "Mitglied der Deutschen Gesellschaft für Akustik (DEGA)")])
    t.append(r"\section*{Publikationen}")
    t.append(r"{\small Eigener Name fett. Zitierungen laut Google Scholar: 412, h-Index: 11 (Stand: Januar 2025).}\par")
    t.append(r"\nocite{*}")
    for sec in (J, K, S):
        t.append(rf"\printbibliography[keyword={KEYW[sec]},heading=sub,title={{{TITLES[sec]}}}]")
    t.append(r"\vspace{10pt}{\small Garching, im Januar 2025}\par")
    t.append(r"\end{document}")
    compile_tex("\n".join(t) + "\n", STEM, out_dir, engine="xelatex", passes=2, bib="\n".join(bib))
    pubs, counters = [], {}
    for sec, key, typ, fields, printed, trunc, year, title, vraw, g in E:
        counters[sec] = counters.get(sec, 0) + 1
        own = [i for i, a in enumerate(printed) if "Weißenfels" in a]
        doi = fields.get("doi")
        links = [f"https://doi.org/{doi}"] if doi else []
        if fields.get("eprinttype") == "arxiv":
            links = [f"https://arxiv.org/abs/{fields['eprint']}"]
        note = None
        if typ == "patent":
            note = "Dt. Pat. DE 10 2021 115 342 A1; Bayerische Motoren Werke AG"
        pubs.append(pub(sec, counters[sec], title, printed, g["venue"], vraw, year, g.get("type", "journal"), links=links, doi=doi,
                        self_index=own[0] if own else None, trunc=trunc, note=note))
    return gold(STEM + ".pdf", PERSON, [e for *_, e in EDU], [p for *_, p in POS], pubs,
                [{"name": a, "date": None} for _, a in AWARDS], SKILLS)
