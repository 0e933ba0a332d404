"""45: phonetics / laboratory phonology CV in the real **moderncv class, "banking" style** (pdfTeX, moderncv 2.3):
the name centred at the top with the address, phone, e-mail and homepage on one icon line under it (fontawesome5
glyphs), **section titles centred-ish with a rule running to the margin** and no left date column (banking puts
the dates **right-aligned at the end of the first line** of each `\\cventry`: "**Senior Lecturer in Phonetics**,
*University of Edinburgh*, Edinburgh, UK ⟶ 2021–present"), `\\cvitem` label rows for languages and skills. Publications
come from **BibTeX** through moderncv's own bibliography look with **multibib** (`\\newcites`): three lists (journal
articles, conference proceedings, book chapters and thesis), each `\\nocite<list>{*}` from its own .bib and printed with
the standard **`unsrt`** style (database order, newest first): `Leena Koskinen, Robert Ladd, and Aino Virtanen.
Title in sentence case. \\emph{Journal of Phonetics}, 98:101245, 2023.`; banking prints no labels, so the lists are unnumbered
(index = order in the list). unsrt prints the `note` field last (DOI URLs, "To appear"); `and others` prints
"et~al."; a `*` written into two bib names marks equal contribution (legend line above the lists). Research interests,
teaching, service and referees are not annotated."""
from make_native import pub, owner_index, edu, pos, gold, compile_tex

STEM = "45_koskinen-phonetics-moderncv"
PERSON = {"name": "Leena Koskinen", "emails": ["l.koskinen@ed.ac.uk"], "phones": ["+44 131 650 3961"],
          "homepages": ["www.ling.ed.ac.uk/people/leena-koskinen"]}
OWNER = {"Leena Koskinen", "Leena Koskinen*"}
JA, CP, BC = "journal articles", "conference proceedings", "book chapters and thesis"
JPH = "Journal of Phonetics"
JASA = "Journal of the Acoustical Society of America"
LP = "Laboratory Phonology"

# (list, bibtype, key, bib fields, gold: printed authors, title printed, venue, venue_raw, year, type, flags, links,
#  note, eq, trunc)
E = []


def art(lst, key, authors_bib, printed, title, journal, venue, vol, pages, year, *, note=None, links=(), gnote=None,
        flags=(), eq=(), trunc=False, num=None, gyear="same"):
    f = {"author": authors_bib, "title": title, "journal": journal}
    if vol:
        f["volume"] = vol
    if num:
        f["number"] = num
    if pages:
        f["pages"] = pages
    if year:
        f["year"] = year
    if note:
        f["note"] = note
    E.append((lst, "article", key, f, dict(authors=printed, title=title.replace("{", "").replace("}", ""), venue=venue,
                                           raw=journal, year=int(year) if gyear == "same" else gyear, type="journal",
                                           flags=flags, links=list(links), note=gnote, eq=eq, trunc=trunc)))


art(JA, "kos23a", "Leena Koskinen and D. Robert Ladd and Aino Virtanen", ["Leena Koskinen", "D. Robert Ladd", "Aino Virtanen"],
    "Tonal alignment and segmental duration in {Finnish} quantity contrasts", JPH, JPH, "", "", None,
    note="To appear", gnote="To appear", flags=("to_appear",), gyear=None)
art(JA, "kos24a", "Aino Virtanen and Leena Koskinen", ["Aino Virtanen", "Leena Koskinen"],
    "Perceptual weighting of vowel duration and {F0} in second-language learners of {Finnish}", JASA, JASA,
    "155", "2231--2245", "2024", num="4", note="\\url{https://doi.org/10.1121/10.0025418}",
    links=["https://doi.org/10.1121/10.0025418"], gnote="155(4):2231–2245")
art(JA, "kos24b", "Mairi MacLeod* and Leena Koskinen* and James M. Scobbie", ["Mairi MacLeod", "Leena Koskinen", "James M. Scobbie"],
    "Preaspiration in {Scottish Gaelic}: an ultrasound and acoustic study", JPH, JPH, "104", "101298", "2024",
    note="\\url{https://doi.org/10.1016/j.wocn.2024.101298}", links=["https://doi.org/10.1016/j.wocn.2024.101298"],
    gnote="104:101298", eq=(0, 1))
art(JA, "kos23b", "Leena Koskinen and Tuomas Heikkilä and Sanna-Kaisa Rautio and Peter Nørgaard and Elif Demirci",
    ["Leena Koskinen", "Tuomas Heikkilä", "Sanna-Kaisa Rautio", "Peter Nørgaard", "Elif Demirci"],
    "Gemination and the timing of laryngeal gestures: evidence from real-time {MRI}", LP, LP, "14", "1--32", "2023",
    num="1", note="\\url{https://doi.org/10.16995/labphon.9821}", links=["https://doi.org/10.16995/labphon.9821"],
    gnote="14(1):1–32")
art(JA, "kos22a", "Leena Koskinen", ["Leena Koskinen"],
    "Quantity and intonation at the phrase edge in {Finnish}", "Phonetica", "Phonetica", "79", "301--334", "2022",
    num="4", gnote="79(4):301–334")
art(JA, "kos22b", "Rosa Elizondo and Leena Koskinen and D. Robert Ladd", ["Rosa Elizondo", "Leena Koskinen", "D. Robert Ladd"],
    "Peak delay and the perception of focus in {Spanish} and {Finnish}", "Language and Speech", "Language and Speech",
    "65", "812--840", "2022", num="3", gnote="65(3):812–840")
art(JA, "kos21a", "Leena Koskinen and Aino Virtanen", ["Leena Koskinen", "Aino Virtanen"],
    "Articulatory strengthening of long consonants: an electromagnetic articulography study", JASA, JASA,
    "149", "3560--3573", "2021", num="5", gnote="149(5):3560–3573")
art(JA, "kos20a", "Hanna Lehtonen and Leena Koskinen and Marek Nowicki and others",
    ["Hanna Lehtonen", "Leena Koskinen", "Marek Nowicki"],
    "A multi-speaker corpus of {Finnish} read and spontaneous speech with forced alignment",
    "Language Resources and Evaluation", "Language Resources and Evaluation", "54", "1107--1131", "2020",
    num="4", gnote="54(4):1107–1131", trunc=True)
art(JA, "kos19a", "Leena Koskinen", ["Leena Koskinen"],
    "Microprosodic effects of consonant quantity on vowel {F0}", JPH, JPH, "76", "100912", "2019",
    gnote="76:100912")


def proc(key, authors_bib, printed, title, booktitle, venue, pages, year, addr, *, flags=(), gnote=None):
    f = {"author": authors_bib, "title": title, "booktitle": booktitle, "pages": pages, "address": addr, "year": year}
    E.append((CP, "inproceedings", key, f, dict(authors=printed, title=title.replace("{", "").replace("}", ""),
                                              venue=venue, raw=booktitle, year=int(year), type="conference",
                                              flags=flags, links=[], note=gnote, eq=(), trunc=False)))


proc("kos24c", "Aino Virtanen and Leena Koskinen", ["Aino Virtanen", "Leena Koskinen"],
     "Duration cue trading in {Estonian} and {Finnish} listeners", "Proceedings of Speech Prosody 2024",
     "Speech Prosody", "512--516", "2024", "Leiden, The Netherlands", gnote="pp. 512–516; Leiden, The Netherlands")
proc("kos23c", "Leena Koskinen and Tuomas Heikkilä", ["Leena Koskinen", "Tuomas Heikkilä"],
     "Automatic detection of geminate consonants with self-supervised speech representations",
     "Proceedings of Interspeech 2023", "Interspeech", "4021--4025", "2023", "Dublin, Ireland",
     gnote="pp. 4021–4025; Dublin, Ireland")
proc("kos23d", "Mairi MacLeod and Leena Koskinen", ["Mairi MacLeod", "Leena Koskinen"],
     "Laryngeal timing in {Gaelic} preaspirated stops",
     "Proceedings of the 20th International Congress of Phonetic Sciences (ICPhS)", "ICPhS", "1877--1881", "2023",
     "Prague, Czech Republic", gnote="pp. 1877–1881; Prague, Czech Republic")
proc("kos21b", "Leena Koskinen and Rosa Elizondo", ["Leena Koskinen", "Rosa Elizondo"],
     "Tonal crowding under quantity contrast", "Proceedings of Interspeech 2021", "Interspeech", "2786--2790", "2021",
     "Brno, Czech Republic", gnote="pp. 2786–2790; Brno, Czech Republic")
proc("kos19b", "Leena Koskinen", ["Leena Koskinen"],
     "The phonetics of quantity in {Finnish} child-directed speech",
     "Proceedings of the 19th International Congress of Phonetic Sciences (ICPhS)", "ICPhS", "2210--2214", "2019",
     "Melbourne, Australia", gnote="pp. 2210–2214; Melbourne, Australia")
E.append((BC, "incollection", "kos22c",
          {"author": "Leena Koskinen and Aino Virtanen", "title": "Quantity systems in {Uralic} languages",
           "booktitle": "The Oxford Handbook of Language Prosody", "editor": "Carlos Gussenhoven and Aoju Chen",
           "publisher": "Oxford University Press", "address": "Oxford", "pages": "402--419", "year": "2022"},
          dict(authors=["Leena Koskinen", "Aino Virtanen"], title="Quantity systems in Uralic languages",
               venue="The Oxford Handbook of Language Prosody", raw="The Oxford Handbook of Language Prosody", year=2022,
               type="chapter", flags=(), links=[],
               note="In Carlos Gussenhoven and Aoju Chen, editors; pages 402–419; Oxford University Press, Oxford",
               eq=(), trunc=False)))
E.append((BC, "phdthesis", "kos14",
          {"author": "Leena Koskinen", "title": "Timing and tone in the {Finnish} quantity system",
           "school": "University of Helsinki", "year": "2014"},
          dict(authors=["Leena Koskinen"], title="Timing and tone in the Finnish quantity system",
               venue="University of Helsinki", raw="University of Helsinki", year=2014, type="thesis", flags=(),
               links=[], note="PhD thesis", eq=(), trunc=False)))

LISTS = [("ja", JA, "Journal articles"), ("cp", CP, "Conference proceedings"), ("bc", BC, "Book chapters and thesis")]

POS = [
    (r"\cventry{2021--present}{Senior Lecturer in Phonetics}{University of Edinburgh}{Edinburgh, UK}{}{Linguistics and "
     r"English Language; Director of the Speech Production Laboratory.}",
     pos("University of Edinburgh", "Senior Lecturer in Phonetics", "2021", "present", "job", location="Edinburgh, UK")),
    (r"\cventry{2017--2021}{Lecturer in Phonetics}{University of Edinburgh}{Edinburgh, UK}{}{}",
     pos("University of Edinburgh", "Lecturer in Phonetics", "2017", "2021", "job", location="Edinburgh, UK")),
    (r"\cventry{2014--2017}{Postdoctoral Research Fellow}{Queen Margaret University}{Edinburgh, UK}{}"
     r"{Ultrasound tongue imaging of Scottish Gaelic; PI: Prof.\ James M.\ Scobbie.}",
     pos("Queen Margaret University", "Postdoctoral Research Fellow", "2014", "2017", "research",
         location="Edinburgh, UK", supervisor="Prof. James M. Scobbie")),
]
EDU = [
    (r"\cventry{2010--2014}{Ph.D.\ in Phonetics}{University of Helsinki}{Helsinki, Finland}{}{Thesis: \emph{Timing and "
     r"tone in the Finnish quantity system}. Supervisor: Prof.\ Martti Vainio.}",
     edu("University of Helsinki", "Ph.D.", "Phonetics", "2010", "2014", advisor="Prof. Martti Vainio",
         location="Helsinki, Finland")),
    (r"\cventry{2008--2010}{M.A.\ in General Linguistics}{University of Helsinki}{Helsinki, Finland}{}{}",
     edu("University of Helsinki", "M.A.", "General Linguistics", "2008", "2010", location="Helsinki, Finland")),
    (r"\cventry{2005--2008}{B.A.\ in Finnish Language}{University of Turku}{Turku, Finland}{}{}",
     edu("University of Turku", "B.A.", "Finnish Language", "2005", "2008", location="Turku, Finland")),
]
AWARDS = ["Leverhulme Research Fellowship", "Early Career Award, International Speech Communication Association",
          "Best Student Paper Award, Speech Prosody"]
AWARD_YEARS = ["2023", "2019", "2012"]
SKILLS = [("Languages", ["Finnish (native)", "English (fluent)", "Swedish (good)", "Scottish Gaelic (basic)"]),
          ("Software", ["Praat", "R", "Python", "EMU-SDMS", "Articulate Assistant Advanced"])]


def bibtex_db(lst):
    out = []
    for l, typ, key, f, _ in E:
        if l != lst:
            continue
        body = ",\n".join(f"  {k} = {{{v}}}" for k, v in f.items())
        out.append(f"@{typ}{{{key},\n{body}\n}}\n")
    return "\n".join(out)


def build(out_dir):
    t = [r"\documentclass[11pt,a4paper,sans]{moderncv}",
         r"\moderncvstyle{banking}", r"\moderncvcolor{blue}",
         r"\usepackage[utf8]{inputenc}", r"\usepackage[T1]{fontenc}", r"\usepackage{lmodern}",
         r"\usepackage[scale=0.84]{geometry}", r"\usepackage{multibib}",
         r"\newcites{ja,cp,bc}{{Journal articles},{Conference proceedings},{Book chapters and thesis}}",
         r"\urlstyle{same}", r"\name{Leena}{Koskinen}", r"\title{Curriculum Vitae}",
         r"\address{Dugald Stewart Building, 3 Charles Street}{Edinburgh EH8 9AD}{United Kingdom}",
         r"\phone[fixed]{+44~131~650~3961}", r"\email{l.koskinen@ed.ac.uk}",
         r"\homepage{www.ling.ed.ac.uk/people/leena-koskinen}",
         r"\begin{document}", r"\makecvtitle",
         r"\section{Research interests}",
         r"\cvitem{}{Laboratory phonology; quantity and timing; intonation; articulatory phonetics (EMA, ultrasound, "
         r"real-time MRI); speech technology for Uralic languages.}",
         r"\section{Employment}"]
    t += [p[0] for p in POS]
    t.append(r"\section{Education}")
    t += [e[0] for e in EDU]
    t.append(r"\section{Grants and awards}")
    for y, a in zip(AWARD_YEARS, AWARDS):
        t.append(rf"\cvitem{{{y}}}{{{a}}}")
    t.append(r"\section{Publications}")
    t.append(r"\cvitem{}{* equal contribution.}")
    extra = {}
    for suf, sec, title in LISTS:
        t.append(rf"\nocite{suf}{{*}}")
        t.append(rf"\bibliographystyle{suf}{{unsrt}}")
        t.append(rf"\bibliography{suf}{{{STEM}-{suf}}}")
        extra[f"{STEM}-{suf}.bib"] = bibtex_db(sec)
    t.append(r"\section{Teaching}")
    t.append(r"\cvitem{}{Phonetics and Laboratory Science 1 and 2; Speech Production and Perception (MSc); "
             r"Prosody (Honours).}")
    t.append(r"\section{Skills}")
    for lab, items in SKILLS:
        t.append(rf"\cvitem{{{lab}}}{{{', '.join(items)}}}")
    t.append(r"\end{document}")
    tex = "\n".join(t) + "\n"
    tex = tex.replace("Nørgaard", r"N{\o}rgaard").replace("Heikkilä", r'Heikkil{\"a}')
    for k in list(extra):
        extra[k] = extra[k].replace("Nørgaard", r"N{\o}rgaard").replace("Heikkilä", r'Heikkil{\"a}')
    compile_tex(tex, STEM, out_dir, engine="pdflatex", passes=2, extra=extra, bibtex=[s for s, _, _ in LISTS])
    pubs = []
    for lst in (JA, CP, BC):
        n = 0
        for l, typ, key, f, g in E:
            if l != lst:
                continue
            n += 1
            authors = g["authors"]
            pubs.append(pub(lst, n, g["title"], authors, g["venue"], g["raw"], g["year"], g["type"], flags=g["flags"],
                            links=g["links"], note=g["note"],
                            doi=g["links"][0].split("doi.org/")[1] if g["links"] else None,
                            self_index=owner_index(authors, OWNER), eq=g["eq"], trunc=g["trunc"]))
    awards = [{"name": a, "date": None} for a in AWARDS]
    skills = [s for _, items in SKILLS for s in items]
    return gold(f"{STEM}.pdf", PERSON, [e[1] for e in EDU], [p[1] for p in POS], pubs, awards, skills)
