"""12: cognitive neuroscience CV (PDF from HTML) in APA 7: centred bold level-1 headings, page number top right,
positions and degrees written as sentences with the dates at the end, references with 0.5 in hanging indents, owner in
bold (also an older unhyphenated form "Arrieta Vogel, L."), italic journal and volume ("*Cerebral Cortex, 31*(11)"),
"Article e12967", "(in press)", APA's 21+-author rule (19 names, ". . .", the last name), a chapter "In R. Okonkwo &
T. Yilmaz (Eds.), *Book* (Vol. 2, pp. ...)", "[Manuscript submitted for publication]", a PsyArXiv preprint, `*` equal
contribution with a legend, and https://doi.org/ links that wrap at any character across lines. A "Poster
Presentations" section in the same APA shape and an "Invited Talks" section follow (not annotated)."""
from make_native import esc, pub, owner_index, edu, pos, gold, print_pdf

STEM = "12_arrietavogel-neuroscience-apa"
OWNER = {"Arrieta-Vogel, L.", "Arrieta Vogel, L."}
PERSON = {"name": "Lucía Arrieta-Vogel", "emails": ["lucia.arrieta-vogel@utoronto.ca"], "phones": ["(416) 555-0182"],
          "homepages": ["https://memorylab.utoronto.ca"]}
POS = [
    (pos("Department of Psychology, University of Toronto", "Assistant Professor", "2021", "present", "job", location="Toronto, ON, Canada"),
     "Assistant Professor, Department of Psychology, University of Toronto, Toronto, ON, Canada, 2021–present"),
    (pos("Department of Neuropsychology, Max Planck Institute for Human Cognitive and Brain Sciences", "Postdoctoral Researcher",
         "2018", "2021", "research", location="Leipzig, Germany", supervisor="Dr. Miriam Brandt"),
     "Postdoctoral Researcher, Department of Neuropsychology, Max Planck Institute for Human Cognitive and Brain Sciences, "
     "Leipzig, Germany, 2018–2021. Supervisor: Dr. Miriam Brandt"),
]
EDU = [
    (edu("University of California, Davis", "Ph.D.", "Psychology (Cognitive Neuroscience)", None, "2018",
         advisor="Daniel R. Pemberton, Ph.D.", location="Davis, CA"),
     "Ph.D., Psychology (Cognitive Neuroscience), University of California, Davis, Davis, CA, 2018",
     "Dissertation: Temporal context and the hippocampus. Advisor: Daniel R. Pemberton, Ph.D."),
    (edu("University of California, Davis", "M.A.", "Psychology", None, "2015", location="Davis, CA"),
     "M.A., Psychology, University of California, Davis, Davis, CA, 2015", None),
    (edu("Universidad Autónoma de Madrid", "B.Sc.", "Psychology", None, "2013", location="Madrid, Spain"),
     "B.Sc., Psychology (Grado en Psicología), Universidad Autónoma de Madrid, Madrid, Spain, 2013", None),
]
AWARDS = [("Rising Star, Association for Psychological Science", "2023"),
          ("Alexander von Humboldt Postdoctoral Fellowship", "2018–2020"),
          ("“la Caixa” Fellowship for Graduate Studies in North America", "2013–2015")]
SKILLS = ["MATLAB", "Python", "R", "SPM", "FSL", "fMRIPrep", "PsychoPy", "Spanish (native)", "English (fluent)", "German (B2)"]

J, CH, SUB, PRE = "journal articles", "book chapters", "manuscripts submitted for publication", "preprints"
MULTI = ["Nakagawa, T.", "Oduya, F.", "Lindqvist, E.", "Moreau, C.", "Adeyemi, K.", "Bianchi, G.", "Costa, R.", "Dubois, A.",
         "Eriksen, H.", "Fitzgerald, N.", "Gómez, P.", "Arrieta-Vogel, L.", "Hoffmann, S.", "Ivanova, D.", "Jankowski, M.",
         "Kowalski, B.", "Laurent, E.", "Mensah, Y.", "Novak, J.", "Zimmermann, R."]
assert len(MULTI) == 20
# section, authors, eq, ellipsis before the last author?, year text, title, journal, volume, rest, doi, gold extras
ENTRIES = [
    (J, ["Arrieta-Vogel, L.", "Kim, S.", "Brandt, M."], (), False, "in press",
     "Hippocampal pattern completion predicts false recognition in older adults", "Journal of Neuroscience", None, "", None,
     dict(flags=["to_appear"], note="(in press)")),
    (J, ["Arrieta-Vogel, L.", "Pemberton, D. R."], (), False, "2024",
     "Event boundaries reorganize hippocampal representations of temporal context", "Nature Human Behaviour", "8", "(3), 512–526",
     "10.1038/s41562-023-01789-4", {}),
    (J, ["Kim, S.", "Arrieta-Vogel, L.", "Oduya, F.", "Brandt, M."], (), False, "2024",
     "Prediction error drives memory updating: Evidence from representational similarity analysis",
     "Journal of Experimental Psychology: General", "153", "(2), 301–319", "10.1037/xge0001489", {}),
    (J, MULTI, (), True, "2023", "A multi-site replication of the testing effect in naturalistic learning", "Psychological Science",
     "34", "(9), 1011–1027", "10.1177/09567976231187654",
     dict(trunc=True, note="APA 7: 19 authors, an ellipsis, then the last author")),
    (J, ["Arrieta-Vogel, L.", "Brandt, M."], (0, 1), False, "2023",
     "Sleep spindles and the consolidation of schema-congruent memories", "NeuroImage", "271", ", Article 120245",
     "10.1016/j.neuroimage.2023.120245", dict(note="* equal contribution")),
    (J, ["Oduya, F.", "Arrieta-Vogel, L."], (), False, "2022", "Pupil dilation tracks the encoding of surprising events", "Cognition",
     "225", ", Article 105130", None, {}),
    (J, ["Arrieta-Vogel, L.", "Pemberton, D. R."], (), False, "2021", "Temporal context drift in the human entorhinal cortex",
     "Cerebral Cortex", "31", "(11), 5021–5035", "10.1093/cercor/bhab139", {}),
    (J, ["Arrieta-Vogel, L."], (), False, "2020", "Neural signatures of recollection in 7-year-old children", "Developmental Science",
     "23", "(5), Article e12967", "10.1111/desc.12967", {}),
    (J, ["Pemberton, D. R.", "Arrieta-Vogel, L.", "Whitmore, J."], (), False, "2019",
     "Reinstatement of encoding context during retrieval: An fMRI study", "Hippocampus", "29", "(8), 712–726", None, {}),
    (J, ["Arrieta Vogel, L.", "Sánchez-Moreno, I."], (), False, "2016", "Emotional arousal and memory for temporal order", "Memory",
     "24", "(7), 912–925", "10.1080/09658211.2015.1061014", {}),
]
CHAPTER = (["Arrieta-Vogel, L.", "Pemberton, D. R."], "2022", "Memory and the hippocampus across the lifespan",
           "R. Okonkwo & T. Yilmaz (Eds.)", "The Oxford handbook of human memory", "(Vol. 2, pp. 455–482). Oxford University Press.",
           "10.1093/oxfordhb/9780190917982.013.21")
SUBMITTED = [
    (["Arrieta-Vogel, L.", "Oduya, F.", "Kim, S."], "2025", "Boundary-triggered replay during naturalistic film viewing",
     " Department of Psychology, University of Toronto."),
    (["Brandt, M.", "Arrieta-Vogel, L."], "2024", "Age differences in mnemonic discrimination: A meta-analysis", ""),
]
PREPRINT = (["Kim, S.", "Arrieta-Vogel, L."], "2024", "Representational drift in human episodic memory over one year", "PsyArXiv",
            "10.31234/osf.io/7mzqx")
POSTERS = [
    "<b>Arrieta-Vogel, L.</b>, &amp; Kim, S. (2024, March 23–26). <i>Event boundaries and temporal memory in film viewing</i> "
    "[Poster presentation]. Cognitive Neuroscience Society Annual Meeting, Toronto, ON, Canada.",
    "Oduya, F., &amp; <b>Arrieta-Vogel, L.</b> (2023, November 11–15). <i>Pupil-linked arousal at event boundaries</i> "
    "[Poster presentation]. Society for Neuroscience Annual Meeting, Washington, DC, United States.",
    "<b>Arrieta-Vogel, L.</b>, Brandt, M., &amp; Pemberton, D. R. (2022, May 26–29). <i>Spindle–slow oscillation coupling and "
    "schema memory</i> [Poster presentation]. Association for Psychological Science Annual Convention, Chicago, IL, United States.",
    "Whitmore, J., &amp; <b>Arrieta-Vogel, L.</b> (2019, March 23–26). <i>Context reinstatement in the medial temporal lobe</i> "
    "[Poster presentation]. Cognitive Neuroscience Society Annual Meeting, San Francisco, CA, United States.",
]
TALKS = [
    "Arrieta-Vogel, L. (2024, October). <i>How the brain segments experience into memories</i> [Invited talk]. "
    "Department of Psychology Colloquium, McGill University, Montréal, QC, Canada.",
    "Arrieta-Vogel, L. (2023, June). <i>Temporal context in human memory</i> [Keynote]. International Conference on "
    "Learning and Memory, Huntington Beach, CA, United States.",
]

CSS = """
@page { size: Letter; margin: 1in 1in 1in 1in;
  @top-right { content: counter(page); font: 12pt 'DejaVu Serif'; } }
body { font-family: 'DejaVu Serif', serif; font-size: 11.5pt; line-height: 1.45; color: #000; }
.name { text-align: center; font-size: 15pt; font-weight: bold; margin: 0; }
.contact { text-align: center; margin: 2pt 0 10pt 0; }
h2 { text-align: center; font-size: 12pt; font-weight: bold; margin: 14pt 0 6pt 0; }
h3 { font-size: 11.5pt; font-weight: bold; margin: 10pt 0 4pt 0; }
p { margin: 0 0 6pt 0; }
.ref { padding-left: 0.5in; text-indent: -0.5in; margin: 0 0 7pt 0; }
.sub { padding-left: 0.5in; margin-top: -4pt; }
a { color: #000; text-decoration: none; overflow-wrap: anywhere; word-break: break-all; }
.leg { font-style: italic; margin-bottom: 6pt; }
"""


def apa_authors(auth, eq=(), ellipsis=False):
    """APA 7: 'A, B, & C'; with `ellipsis` the names before the last are followed by '. . .' instead of '&'."""
    out = []
    for i, a in enumerate(auth):
        s = f"<b>{esc(a)}</b>" if a in OWNER else esc(a)
        out.append(s + ("*" if i in eq else ""))
    if len(out) == 1:
        return out[0]
    if ellipsis:
        return ", ".join(out[:-1]) + ", . . . " + out[-1]
    if len(out) == 2:
        return f"{out[0]}, &amp; {out[1]}"
    return ", ".join(out[:-1]) + ", &amp; " + out[-1]


def doi_link(doi):
    u = f"https://doi.org/{doi}"
    return f" <a href='{u}'>{u}</a>"


def build(out_dir):
    h = [f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Curriculum Vitae</title><style>{CSS}</style></head><body>"]
    h.append("<p class='name'>Lucía Arrieta-Vogel, Ph.D.</p>")
    h.append("<p class='contact'>Department of Psychology, University of Toronto<br>100 St. George Street, Toronto, ON M5S 3G3, Canada<br>"
             "lucia.arrieta-vogel@utoronto.ca · (416) 555-0182 · <a href='https://memorylab.utoronto.ca'>https://memorylab.utoronto.ca</a></p>")
    h.append("<h2>Academic Appointments</h2>")
    for _, line in POS:
        h.append(f"<p class='ref'>{esc(line)}</p>")
    h.append("<h2>Education</h2>")
    for _, line, extra in EDU:
        h.append(f"<p class='ref'>{esc(line)}</p>" + (f"<p class='sub'>{esc(extra)}</p>" if extra else ""))
    h.append("<h2>Honors and Awards</h2>")
    for a, y in AWARDS:
        h.append(f"<p class='ref'>{esc(a)}, {y}</p>")
    h.append("<h2>Grants</h2><p class='ref'>Natural Sciences and Engineering Research Council of Canada (NSERC) Discovery Grant, "
             "“Event segmentation and the temporal organization of memory,” Principal Investigator, $235,000 CAD, 2022–2027</p>")
    h.append("<h2>Publications</h2><p class='leg'>Bold = CV author. * = equal contribution.</p>")
    pubs = []
    h.append("<h3>Journal Articles</h3>")
    for n, (section, auth, eq, ell, ytxt, title, journal, vol, rest, doi, g) in enumerate(ENTRIES, 1):
        body = f"{apa_authors(auth, eq, ell)} ({ytxt}). {esc(title)}. "
        body += f"<i>{esc(journal)}, {vol}</i>{esc(rest)}." if vol else f"<i>{esc(journal)}</i>."
        if doi:
            body += doi_link(doi)
        h.append(f"<p class='ref'>{body}</p>")
        year = int(ytxt) if ytxt.isdigit() else None
        pubs.append(pub(section, n, title, auth, journal, journal, year, "journal", flags=g.get("flags", ()),
                        links=[f"https://doi.org/{doi}"] if doi else [], note=g.get("note"), doi=doi,
                        self_index=owner_index(auth, OWNER), eq=eq, trunc=g.get("trunc", False)))
    h.append("<h3>Book Chapters</h3>")
    auth, y, title, eds, book, rest, doi = CHAPTER
    h.append(f"<p class='ref'>{apa_authors(auth)} ({y}). {esc(title)}. In {esc(eds)}, <i>{esc(book)}</i> {esc(rest)}{doi_link(doi)}</p>")
    pubs.append(pub(CH, 1, title, auth, book, book, int(y), "chapter", links=[f"https://doi.org/{doi}"], doi=doi,
                    note=f"In {eds}; {rest}", self_index=owner_index(auth, OWNER)))
    h.append("<h3>Manuscripts Submitted for Publication</h3>")
    for n, (auth, y, title, place) in enumerate(SUBMITTED, 1):
        h.append(f"<p class='ref'>{apa_authors(auth)} ({y}). <i>{esc(title)}</i> [Manuscript submitted for publication].{esc(place)}</p>")
        pubs.append(pub(SUB, n, title, auth, None, None, int(y), "other", flags=["submitted"],
                        note="[Manuscript submitted for publication]" + (f"; {place.strip().rstrip('.')}" if place else ""),
                        self_index=owner_index(auth, OWNER)))
    h.append("<h3>Preprints</h3>")
    auth, y, title, server, doi = PREPRINT
    h.append(f"<p class='ref'>{apa_authors(auth)} ({y}). <i>{esc(title)}</i>. {server}.{doi_link(doi)}</p>")
    pubs.append(pub(PRE, 1, title, auth, "PsyArXiv", server, int(y), "preprint", links=[f"https://doi.org/{doi}"], doi=doi,
                    self_index=owner_index(auth, OWNER)))
    h.append("<h2>Poster Presentations</h2>" + "".join(f"<p class='ref'>{t}</p>" for t in POSTERS))
    h.append("<h2>Invited Talks</h2>" + "".join(f"<p class='ref'>{t}</p>" for t in TALKS))
    h.append("<h2>Teaching</h2><p class='ref'>PSY 270: Introduction to Cognitive Psychology (University of Toronto), 2022–present</p>"
             "<p class='ref'>PSY 493: Memory and the Brain, seminar (University of Toronto), 2021–present</p>")
    h.append("<h2>Professional Service</h2><p class='ref'>Consulting Editor, <i>Journal of Experimental Psychology: Learning, Memory, and "
             "Cognition</i>, 2023–present</p><p class='ref'>Ad hoc reviewer: <i>Cerebral Cortex</i>, <i>eLife</i>, <i>Journal of "
             "Neuroscience</i>, <i>NeuroImage</i>, <i>Psychological Science</i></p>")
    h.append("<h2>Research Skills</h2><p class='ref'>Programming and analysis: MATLAB, Python, R, SPM, FSL, fMRIPrep, PsychoPy</p>"
             "<p class='ref'>Languages: Spanish (native), English (fluent), German (B2)</p>")
    h.append("</body></html>")
    print_pdf("\n".join(h), STEM, out_dir)
    return gold(STEM + ".pdf", PERSON, [e for e, *_ in EDU], [p for p, _ in POS], pubs,
                [{"name": a, "date": None} for a, _ in AWARDS], SKILLS)
