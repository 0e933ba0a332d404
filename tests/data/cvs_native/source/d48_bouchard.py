"""48: gerontological nursing CV exported from the **Canadian Common CV (CCV)** as a "Generic CV" PDF (imitated in
HTML+CSS, printed by headless Chromium): the CCV banner and template name on page 1, the name, then **grey bar
headings** in CCV's fixed order (Contact Information, Language Skills, Degrees, Recognitions, User Profile,
Employment, Contributions → Publications → Journal Articles / Book Chapters / Conference Publications), every record
as **CCV field rows**: a left column with CCV dates written **`YYYY/M`** ("2016/9 - 2021/6", "2021/7 - present",
"2023/5"), the record's main line, then **labelled sub-lines** ("Degree Status: Completed", "Supervisors: …",
"Full-time, Assistant Professor", "Tenure Status: Tenure Track", "Distinction"). Degrees read "Doctorate, Doctor of
Philosophy, Nursing, McGill University". Contributions are **numbered per type** ("1. Names. (2024). Title. Journal.
45(2): 120-131.") with CCV's status/flag lines under each ("Published, Refereed?: Yes, Open Access?: Yes",
"Number of Contributors: 4", "DOI: 10.…", "Accepted", "Submitted"); conference publications carry "Conference Date:
2023/10" and "Poster" / "Paper" type lines. Running footer "Nadia Bouchard — Canadian Common CV — Generic CV — Page N"
(a CSS page margin box). The owner's name is in bold in the author strings (CCV's own bolding is not used; the owner
typed it). Research funding and the user-profile keywords are not annotated."""
from make_native import esc, pub, owner_index, edu, pos, gold, print_pdf

STEM = "48_bouchard-nursing-ccv"
ME = "Nadia Bouchard"
PERSON = {"name": "Nadia Bouchard", "emails": ["nadia.bouchard@ualberta.ca"], "phones": ["780-492-5318"],
          "homepages": []}
JA, BC, CP = "journal articles", "book chapters", "conference publications"

# (section, authors, year, title, venue_raw, details, status lines, doi, gold venue, type, flags, note)
PUBS = [
    (JA, [ME, "Amara Okonkwo", "Priya Raman", "Hélène Tremblay"], "2025",
     "Family caregivers’ experiences of transitions from hospital to long-term care for persons living with dementia",
     "International Journal of Nursing Studies", "", ["Accepted, Refereed?: Yes", "Number of Contributors: 4"], None,
     "International Journal of Nursing Studies", "journal", ("to_appear",), "Accepted"),
    (JA, ["Amara Okonkwo", ME], "2025", "Moral distress among personal support workers in rural Alberta",
     "Journal of Advanced Nursing", "", ["Submitted, Refereed?: Yes", "Number of Contributors: 2"], None,
     None, "other", ("submitted",), "Submitted; Journal of Advanced Nursing"),
    (JA, [ME, "Priya Raman", "Joshua K. Whitford", "Amara Okonkwo"], "2024",
     "A realist evaluation of a nurse-led delirium prevention program in long-term care", "BMC Geriatrics",
     "24(1): 512.", ["Published, Refereed?: Yes, Open Access?: Yes", "Number of Contributors: 4"],
     "10.1186/s12877-024-05012-3", "BMC Geriatrics", "journal", (), "24(1): 512."),
    (JA, ["Priya Raman", ME], "2024", "Measuring person-centred care in assisted living: a psychometric study",
     "The Gerontologist", "64(3): gnad091.", ["Published, Refereed?: Yes, Open Access?: No",
                                              "Number of Contributors: 2"],
     "10.1093/geront/gnad091", "The Gerontologist", "journal", (), "64(3): gnad091."),
    (JA, [ME, "Hélène Tremblay", "Mathieu Lavoie"], "2023",
     "Nurses’ use of antipsychotic deprescribing protocols: a mixed-methods study", "Journal of Clinical Nursing",
     "32(15-16): 4870-4884.", ["Published, Refereed?: Yes, Open Access?: No", "Number of Contributors: 3"],
     "10.1111/jocn.16601", "Journal of Clinical Nursing", "journal", (), "32(15-16): 4870-4884."),
    (JA, ["Joshua K. Whitford", "Amara Okonkwo", ME, "Sung-Min Park", "Laura Chen-Ibáñez"], "2023",
     "Staffing mix and falls in Canadian long-term care homes: a population-based cohort study",
     "Canadian Journal on Aging", "42(2): 301-312.", ["Published, Refereed?: Yes, Open Access?: No",
                                                     "Number of Contributors: 5"],
     "10.1017/S0714980822000411", "Canadian Journal on Aging", "journal", (), "42(2): 301-312."),
    (JA, [ME], "2022", "Rethinking responsive behaviours: a discourse analysis of dementia care policy",
     "Nursing Inquiry", "29(4): e12489.", ["Published, Refereed?: Yes, Open Access?: No",
                                          "Number of Contributors: 1"],
     "10.1111/nin.12489", "Nursing Inquiry", "journal", (), "29(4): e12489."),
    (JA, [ME, "Hélène Tremblay"], "2021",
     "Family presence during the COVID-19 lockdown in Québec long-term care: a qualitative study",
     "Qualitative Health Research", "31(12): 2201-2214.", ["Published, Refereed?: Yes, Open Access?: Yes",
                                                          "Number of Contributors: 2"],
     "10.1177/10497323211037650", "Qualitative Health Research", "journal", (), "31(12): 2201-2214."),
    (JA, ["Mathieu Lavoie", ME, "Hélène Tremblay"], "2020",
     "Pain assessment tools for persons with advanced dementia: an integrative review",
     "Worldviews on Evidence-Based Nursing", "17(5): 390-398.", ["Published, Refereed?: Yes, Open Access?: No",
                                                                 "Number of Contributors: 3"],
     None, "Worldviews on Evidence-Based Nursing", "journal", (), "17(5): 390-398."),
    (JA, [ME, "Hélène Tremblay"], "2019", "Nurse practitioners in Québec nursing homes: a scoping review",
     "Canadian Journal of Nursing Research", "51(3): 168-180.", ["Published, Refereed?: Yes, Open Access?: No",
                                                                 "Number of Contributors: 2"],
     None, "Canadian Journal of Nursing Research", "journal", (), "51(3): 168-180."),
    (BC, [ME, "Amara Okonkwo"], "2022", "Dementia care in long-term care settings",
     "Gerontological Nursing in Canada", "Editors: Sarah MacPhee, Daniel Roy. Elsevier Canada. 3rd ed. 245-268.",
     ["Published, Refereed?: No", "Number of Contributors: 2"], None, "Gerontological Nursing in Canada", "chapter",
     (), "Editors: Sarah MacPhee, Daniel Roy; Elsevier Canada; 3rd ed.; 245-268"),
    (CP, [ME, "Priya Raman", "Amara Okonkwo"], "2023",
     "Implementing a delirium prevention bundle: lessons from six Alberta care homes",
     "Canadian Association on Gerontology (CAG) Annual Scientific and Educational Meeting",
     "Toronto, Canada.", ["Conference Date: 2023/10", "Paper", "Published, Refereed?: Yes, Invited?: No",
                          "Number of Contributors: 3"], None, "CAG", "other", ("talk",),
     "Paper; Conference Date: 2023/10; Toronto, Canada"),
    (CP, ["Amara Okonkwo", ME], "2022", "Moral distress among personal support workers: preliminary findings",
     "Canadian Association on Gerontology (CAG) Annual Scientific and Educational Meeting", "Regina, Canada.",
     ["Conference Date: 2022/10", "Poster", "Published, Refereed?: Yes, Invited?: No", "Number of Contributors: 2"],
     None, "CAG", "other", ("poster",), "Poster; Conference Date: 2022/10; Regina, Canada"),
]
DEGREES = [("2014/9 - 2019/6", "Doctorate, Doctor of Philosophy, Nursing, McGill University",
            ["Degree Status: Completed", "Supervisors: Dr. Hélène Tremblay, 2014/9 - 2019/6"],
            edu("McGill University", "Ph.D.", "Nursing", "2014-09", "2019-06", advisor="Dr. Hélène Tremblay")),
           ("2010/9 - 2012/12", "Master's Thesis, Master of Science in Nursing, Université de Montréal",
            ["Degree Status: Completed"],
            edu("Université de Montréal", "M.S.N.", "Nursing", "2010-09", "2012-12")),
           ("2006/9 - 2009/5", "Bachelor's, Bachelor of Science in Nursing, Université Laval",
            ["Degree Status: Completed"],
            edu("Université Laval", "B.S.N.", "Nursing", "2006-09", "2009-05"))]
EMPLOY = [("2024/7 - present", "Associate Professor", "Faculty of Nursing, University of Alberta",
           ["Full-time, Associate Professor", "Tenure Status: Tenured"],
           pos("Faculty of Nursing, University of Alberta", "Associate Professor", "2024-07", "present", "job")),
          ("2019/7 - 2024/6", "Assistant Professor", "Faculty of Nursing, University of Alberta",
           ["Full-time, Assistant Professor", "Tenure Status: Tenure Track"],
           pos("Faculty of Nursing, University of Alberta", "Assistant Professor", "2019-07", "2024-06", "job")),
          ("2012/1 - 2014/8", "Clinical Nurse Specialist, Geriatrics", "CIUSSS du Centre-Sud-de-l'Île-de-Montréal",
           ["Full-time"],
           pos("CIUSSS du Centre-Sud-de-l'Île-de-Montréal", "Clinical Nurse Specialist, Geriatrics", "2012-01",
               "2014-08", "job"))]
RECOG = [("2023/5", "Early Career Researcher Award", "Canadian Association of Schools of Nursing", "Distinction",
          "2023-05"),
         ("2019/9", "Postdoctoral Fellowship (declined)", "Canadian Institutes of Health Research (CIHR)", "Prize / Award",
          "2019-09"),
         ("2015/4", "Frederick Banting and Charles Best Canada Graduate Scholarship – Doctoral Award",
          "Canadian Institutes of Health Research (CIHR)", "Prize / Award", "2015-04")]
LANGS = [("English", "Yes", "Yes", "Yes", "Yes", "Yes"), ("French", "Yes", "Yes", "Yes", "Yes", "Yes")]

CSS = """
@page { size: Letter; margin: 0.7in 0.7in 0.8in 0.7in;
  @bottom-left { content: "Nadia Bouchard — Canadian Common CV — Generic CV"; font: 8pt Arial, sans-serif; color: #444; }
  @bottom-right { content: "Page " counter(page); font: 8pt Arial, sans-serif; color: #444; } }
body { font-family: Arial, 'Liberation Sans', sans-serif; font-size: 9.5pt; line-height: 1.25; margin: 0; }
.banner { border-bottom: 2pt solid #b00; padding-bottom: 4pt; margin-bottom: 8pt; display: flex; justify-content: space-between; }
.banner .l { font-size: 14pt; font-weight: bold; color: #b00; }
.banner .r { font-size: 9pt; text-align: right; }
.name { font-size: 16pt; font-weight: bold; margin: 6pt 0 8pt 0; }
h2 { background: #d9d9d9; font-size: 10.5pt; margin: 12pt 0 5pt 0; padding: 2pt 4pt; }
h3 { font-size: 10pt; margin: 8pt 0 4pt 0; padding: 1pt 4pt; background: #eeeeee; }
h4 { font-size: 9.5pt; margin: 6pt 0 4pt 0; text-decoration: underline; }
.rec { display: flex; margin: 0 0 6pt 0; }
.rec .d { width: 1.35in; flex: none; }
.rec .b p { margin: 0; }
.rec .b p.m { font-weight: bold; }
.pub { margin: 0 0 6pt 0; padding-left: 0.25in; text-indent: -0.25in; }
.pub p { margin: 0; }
.pub .s { padding-left: 0.25in; text-indent: 0; color: #222; }
table.lang { border-collapse: collapse; font-size: 9pt; }
table.lang td, table.lang th { border: 0.5pt solid #999; padding: 1pt 6pt; }
.kv p { margin: 0 0 2pt 0; }
"""


def rec(h, date, main, subs):
    h.append(f"<div class='rec'><div class='d'>{esc(date)}</div><div class='b'><p class='m'>{esc(main)}</p>"
             + "".join(f"<p>{esc(s)}</p>" for s in subs) + "</div></div>")


def build(out_dir):
    h = ["<!DOCTYPE html><html><head><meta charset='utf-8'><title>Canadian Common CV – Nadia Bouchard</title><style>",
         CSS, "</style></head><body>",
         "<div class='banner'><span class='l'>Canadian Common CV</span><span class='r'>Generic CV<br>"
         "Date Generated: 2025/02/18</span></div>",
         "<p class='name'>Nadia Bouchard</p>",
         "<div class='kv'><p>Correspondence language: English</p><p>Sex: Female</p>"
         "<p>Designated Group: Not applicable</p></div>",
         "<h2>Contact Information</h2>",
         "<p style='margin:0 0 2pt 0'><i>The primary information is denoted by (*)</i></p>"]
    h.append("<h4>Address</h4>")
    rec(h, "Primary Affiliation (*)", "Faculty of Nursing, University of Alberta",
        ["Edmonton Clinic Health Academy, 11405 87 Avenue NW", "Edmonton Alberta T6G 1C9", "Canada"])
    h.append("<h4>Telephone</h4>")
    rec(h, "Work (*)", "780-492-5318", [])
    h.append("<h4>Email</h4>")
    rec(h, "Work (*)", "nadia.bouchard@ualberta.ca", [])
    h.append("<h2>Language Skills</h2><table class='lang'><tr><th>Language</th><th>Read</th><th>Write</th>"
             "<th>Speak</th><th>Understand</th><th>Peer Review</th></tr>")
    for row in LANGS:
        h.append("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>")
    h.append("</table>")
    h.append("<h2>Degrees</h2>")
    for d, main, subs, _ in DEGREES:
        rec(h, d, main, subs)
    h.append("<h2>Recognitions</h2>")
    for d, name, org, kind, _ in RECOG:
        rec(h, d, name, [org, kind])
    h.append("<h2>User Profile</h2>")
    h.append("<div class='kv'><p><b>Research Specialization Keywords:</b> dementia care; long-term care; delirium; "
             "family caregiving; deprescribing</p><p><b>Disciplines Trained In:</b> Nursing</p>"
             "<p><b>Research Disciplines:</b> Gerontological Nursing; Health Services Research</p></div>")
    h.append("<h2>Employment</h2>")
    for d, title, org, subs, _ in EMPLOY:
        rec(h, d, title, [org] + subs)
    h.append("<h2>Research Funding History</h2><h4>Awarded [n=2]</h4>")
    rec(h, "2022/4 - 2026/3", "Principal Investigator",
        ["Funding Title: Delirium prevention in Alberta long-term care: a stepped-wedge trial",
         "Funding Sources: Canadian Institutes of Health Research (CIHR), Project Grant, Total Funding: 642,600 (CAD)"])
    rec(h, "2020/1 - 2022/12", "Principal Investigator",
        ["Funding Title: Moral distress of personal support workers",
         "Funding Sources: Alberta Innovates, Total Funding: 98,000 (CAD)"])
    h.append("<h2>Contributions</h2><h3>Publications</h3>")
    heads = {JA: "Journal Articles", BC: "Book Chapters", CP: "Conference Publications"}
    pubs = []
    for sec in (JA, BC, CP):
        h.append(f"<h4>{heads[sec]}</h4>")
        n = 0
        for s, authors, year, title, raw, details, status, doi, venue, typ, flags, note in PUBS:
            if s != sec:
                continue
            n += 1
            names = ", ".join(f"<b>{esc(a)}</b>" if a == ME else esc(a) for a in authors)
            if sec == BC:
                main = f"{n}. {names}. ({year}). {esc(title)}. <i>{esc(raw)}</i>. {esc(details)}"
            else:
                main = f"{n}. {names}. ({year}). {esc(title)}. {esc(raw)}." + (f" {esc(details)}" if details else "")
            sub = status + ([f"DOI: {doi}"] if doi else [])
            h.append(f"<div class='pub'><p>{main}</p>" + "".join(f"<p class='s'>{esc(x)}</p>" for x in sub) + "</div>")
            pubs.append(pub(sec, n, title, authors, venue, raw if venue else None, int(year), typ, flags=flags,
                            note=note, doi=doi, self_index=owner_index(authors, {ME})))
    h.append("</body></html>")
    print_pdf("\n".join(h), STEM, out_dir)
    return gold(f"{STEM}.pdf", PERSON, [d[3] for d in DEGREES], [e[4] for e in EMPLOY], pubs,
                [{"name": f"{n_}, {o}", "date": dt} for _, n_, o, _, dt in RECOG], ["English", "French"])
