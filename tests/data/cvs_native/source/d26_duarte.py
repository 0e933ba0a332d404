"""26: comparative politics CV written in **Markdown and converted by pandoc to DOCX** (pandoc 2.17, its default
reference.docx): YAML title/author/date become the Title, Author and Date styles; `#`/`##` headings; contact line in
"First Paragraph"; positions and education as **pandoc definition lists** (Definition Term "2021–present" /
Definition); the peer-reviewed articles are a **citeproc bibliography** (`nocite: '@*'`, the `::: {#refs}` div,
pandoc's built-in Chicago author-date CSL, "Bibliography" style): alphabetical by author, not by year, the owner not
bold, **Chicago's `———` subsequent-author substitute** for a repeated author list, abbreviated page ranges
("1602–35"), DOIs as URLs; the other publication lists are hand-written Markdown (a book paragraph, a pandoc-numbered
list of chapters, working papers with "(with …)", bullets of public writing). Teaching and service not annotated."""
from make_native import pub, owner_index, edu, pos, gold, pandoc_docx

STEM = "26_duarte-politicalscience-pandoc"
OWN_FIRST, OWN = "Duarte, Helena V.", "Helena V. Duarte"
OWNER = {OWN_FIRST, OWN}
PERSON = {"name": "Helena V. Duarte", "emails": ["helena.duarte@utoronto.ca"], "phones": ["+1 416 555 0192"],
          "homepages": ["https://helenaduarte.net"]}
UT = "Department of Political Science, University of Toronto"
POS = [
    ("2021–present", f"Assistant Professor, {UT}",
     pos(UT, "Assistant Professor", "2021", "present", "job")),
    ("2019–2021", "Postdoctoral Fellow, Juan March Institute, Carlos III University of Madrid (mentor: Prof. Elena Robles)",
     pos("Juan March Institute, Carlos III University of Madrid", "Postdoctoral Fellow", "2019", "2021", "research",
         supervisor="Prof. Elena Robles")),
    ("2018–2019", "Lecturer (fixed-term), School of Politics and International Relations, University of Nottingham",
     pos("School of Politics and International Relations, University of Nottingham", "Lecturer", "2018", "2019", "job")),
]
EDU = [
    ("2018", "Ph.D., Political Science, European University Institute, Florence. Supervisor: Prof. Hanspeter Müller-Rossi",
     edu("European University Institute", "Ph.D.", "Political Science", None, "2018", advisor="Prof. Hanspeter Müller-Rossi",
         location="Florence")),
    ("2013", "M.A., Political Science, Central European University, Budapest",
     edu("Central European University", "M.A.", "Political Science", None, "2013", location="Budapest")),
    ("2012", "Licenciatura, Political Science, University of Lisbon",
     edu("University of Lisbon", "Licenciatura", "Political Science", None, "2012")),
]
AWARDS = [("Best Paper Award, Comparative Politics Section, American Political Science Association", "2023"),
          ("Connaught New Researcher Award, University of Toronto", "2022"),
          ("Fundação para a Ciência e a Tecnologia Doctoral Fellowship", "2013–2017")]
SKILLS = [("Methods", ["survey experiments", "causal inference", "text analysis"]),
          ("Software", ["R", "Stata", "Python", "LaTeX"]),
          ("Languages", ["Portuguese (native)", "English (fluent)", "Spanish (fluent)", "Italian (intermediate)"])]

ART = "peer-reviewed articles"
# citeproc entries in the order the Chicago CSL sorts them (author list, then year) -- written by hand:
# (bib key, bib authors, printed authors, dash (author list replaced by ———), year, title, journal, vol, issue, pages, doi)
ARTICLES = [
    ("adeyemi2020", "Adeyemi, Tunde and Duarte, Helena V.", ["Adeyemi, Tunde", OWN], False, 2020,
     "Ethnic Voting and Party Nationalization in Nigeria’s Fourth Republic", "Comparative Political Studies", "53",
     "10–11", "1602--1635", "10.1177/0010414019897682"),
    ("bianchi2024", "Bianchi, Marco and Duarte, Helena V. and Kowalczyk, Sofia", ["Bianchi, Marco", OWN, "Sofia Kowalczyk"],
     False, 2024, "Who Punishes Corruption? Evidence from Italian Municipal Elections", "Journal of Politics", "86", "1",
     "210--224", "10.1086/726901"),
    ("duarte2019", "Duarte, Helena V.", [OWN_FIRST], False, 2019,
     "Clientelism After Austerity: Portuguese Local Elections, 2009–2017", "South European Society and Politics", "24", "3",
     "289--312", None),
    ("duarte2022", "Duarte, Helena V.", [OWN_FIRST], True, 2022, "Party Switching and Voter Memory",
     "British Journal of Political Science", "52", "4", "1745--1762", "10.1017/S0007123421000412"),
    ("duarte2021", "Duarte, Helena V. and Bianchi, Marco", [OWN_FIRST, "Marco Bianchi"], False, 2021,
     "Austerity and Incumbent Punishment in Southern Europe", "Electoral Studies", "71", None, "102301",
     "10.1016/j.electstud.2021.102301"),
    ("duarte2023", "Duarte, Helena V. and Bianchi, Marco", [OWN_FIRST, "Marco Bianchi"], True, 2023,
     "Local Roots of Populist Support: Evidence from Portugal and Spain", "West European Politics", "46", "5", "901--927",
     None),
    ("duarte2025", "Duarte, Helena V. and Kowalczyk, Sofia and Marchand, Léa",
     [OWN_FIRST, "Sofia Kowalczyk", "Léa Marchand"], False, 2025, "Measuring Clientelistic Exchange with List Experiments",
     "Political Analysis", "33", "1", "88--104", "10.1017/pan.2024.11"),
    ("kowalczyk2023", "Kowalczyk, Sofia and Duarte, Helena V. and Adeyemi, Tunde and Marchand, Léa and Pinto, Ricardo",
     ["Kowalczyk, Sofia", OWN, "Tunde Adeyemi", "Léa Marchand", "Ricardo Pinto"], False, 2023,
     "Trust in Electoral Management Bodies: A Cross-National Survey Experiment", "American Political Science Review", "117",
     "2", "512--529", "10.1017/S0003055422000651"),
    ("marchand2018", "Marchand, Léa and Duarte, Helena V.", ["Marchand, Léa", OWN], False, 2018,
     "Mayors, Money, and Machines: Municipal Spending Before Portuguese Elections", "Comparative Politics", "50", "4",
     "501--520", None),
]
BOOK = "book"
CH = "book chapters"
CHAPTERS = [
    ([OWN_FIRST], 2023, "Portugal: The Resilience of Local Machines", "The Oxford Handbook of Southern European Politics",
     "Marco Bianchi and Ana Sofia Ribeiro", "412–30", "Oxford: Oxford University Press"),
    ([OWN_FIRST, "Tunde Adeyemi"], 2020, "Comparing Clientelism Across Regions", "Research Handbook on Clientelism",
     "Léa Marchand", "77–95", "Cheltenham: Edward Elgar"),
]
WP = "working papers"
WPS = [("Austerity Memory and Electoral Turnout", ["Marco Bianchi"], "Revise and resubmit, *American Journal of Political "
        "Science*", "Revise and resubmit, American Journal of Political Science", ["under_review"]),
       ("Vote Buying in the Shadow of Audits", ["Sofia Kowalczyk", "Ricardo Pinto"], "Under review", "Under review",
        ["under_review"]),
       ("The Geography of Patronage Jobs", [], "Draft available on request", "Draft available on request", [])]
PUBW = "public writing"
PUBLIC = [([OWN_FIRST], 2024, "Why Portugal’s Far Right Surged in the Suburbs", "The Washington Post",
           "(Monkey Cage), March 14"),
          ([OWN_FIRST, "Marco Bianchi"], 2022, "Austerity Is Not Forgotten", "Foreign Affairs", "online, May 3")]


def bib_entry(key, authors, year, title, journal, vol, issue, pages, doi):
    f = [f"  author = {{{authors}}}", f"  year = {{{year}}}", f"  title = {{{title}}}", f"  journal = {{{journal}}}",
         f"  volume = {{{vol}}}", f"  pages = {{{pages}}}"]
    if issue:
        f.append(f"  number = {{{issue}}}")
    if doi:
        f.append(f"  doi = {{{doi}}}")
    return f"@article{{{key},\n" + ",\n".join(f) + "\n}\n"


def names_md(names):
    if len(names) == 1:
        return names[0].rstrip(".")  # "Duarte, Helena V. 2024." (no double period)
    if len(names) == 2:
        return f"{names[0]}, and {names[1]}"
    return ", ".join(names[:-1]) + ", and " + names[-1]


def build(out_dir):
    md = ["---", "title: Curriculum Vitae", f"author: {PERSON['name']}", "date: Updated February 2025", "nocite: '@*'", "---",
          "", f"{UT} · 100 St. George Street, Toronto, ON M5S 3G3, Canada · helena.duarte@utoronto.ca · +1 416 555 0192 · "
          "<https://helenaduarte.net>", "", "# Academic Appointments", ""]
    for d, text, _ in POS:
        md += [d, f":   {text}", ""]
    md += ["# Education", ""]
    for d, text, _ in EDU:
        md += [d, f":   {text}", ""]
    md += ["# Publications", "", "## Book", ""]
    pubs = []
    md += ["Duarte, Helena V. 2024. *Machines in Retreat: Clientelism and Austerity in Southern Europe*. Cambridge: "
           "Cambridge University Press.", ""]
    pubs.append(pub(BOOK, 1, "Machines in Retreat: Clientelism and Austerity in Southern Europe", [OWN_FIRST],
                    "Cambridge University Press", "Cambridge: Cambridge University Press", 2024, "other", self_index=0))
    md += ["## Peer-Reviewed Articles", "", "::: {#refs}", ":::", ""]
    bib = []
    for n, (key, bauth, printed, dash, year, title, journal, vol, issue, pages, doi) in enumerate(ARTICLES, 1):
        bib.append(bib_entry(key, bauth, year, title, journal, vol, issue, pages, doi))
        links = [f"https://doi.org/{doi}"] if doi else []
        pubs.append(pub(ART, n, title, printed, journal, journal, year, "journal", links=links, doi=doi,
                        self_index=owner_index(printed, OWNER)))
    md += ["## Book Chapters", ""]
    for n, (auth, year, title, book, eds, pages, place) in enumerate(CHAPTERS, 1):
        md += [f"{n}. {names_md(auth)}. {year}. “{title}.” In *{book}*, edited by {eds}, {pages}. {place}."]
        pubs.append(pub(CH, n, title, auth, book, book, year, "chapter", self_index=owner_index(auth, OWNER),
                        note=f"edited by {eds}, {pages}. {place}"))
    md += ["", "## Working Papers", ""]
    for n, (title, co, status_md, status, flags) in enumerate(WPS, 1):
        withs = f" (with {' and '.join(co)})" if co else ""
        md += [f"{n}. “{title}”{withs}. {status_md}."]
        pubs.append(pub(WP, n, title, co, None, None, None, "other", flags=flags, note=status))
    md += ["", "## Public Writing", ""]
    for n, (auth, year, title, outlet, rest) in enumerate(PUBLIC, 1):
        md += [f"- {names_md(auth)}. {year}. “{title}.” *{outlet}* {rest}."]
        pubs.append(pub(PUBW, n, title, auth, outlet, outlet, year, "other", self_index=owner_index(auth, OWNER), note=rest))
    md += ["", "# Honors and Awards", ""]
    for a, y in AWARDS:
        md += [f"- {a} ({y})"]
    md += ["", "# Teaching", "",
           "- POL 2301: Comparative Political Behaviour (graduate seminar), University of Toronto, 2022–present",
           "- POL 101: Democracy, Dictatorship and Development (lecture, 450 students), University of Toronto, 2021–present",
           "", "# Service", "",
           "Associate Editor, *South European Society and Politics* (2023–). Reviewer for *American Political Science "
           "Review*, *Comparative Political Studies*, *Electoral Studies* and *Journal of Politics*.", "",
           "# Skills", ""]
    for lab, vals in SKILLS:
        md += [f"**{lab}:** {', '.join(vals)}", ""]
    pandoc_docx("\n".join(md) + "\n", STEM, out_dir, bib="\n".join(bib))
    return gold(STEM + ".docx", PERSON, [e for *_, e in EDU], [p for *_, p in POS], pubs,
                [{"name": a, "date": None} for a, _ in AWARDS], [v for _, vals in SKILLS for v in vals])
