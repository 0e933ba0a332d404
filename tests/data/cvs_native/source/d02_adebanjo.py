"""02: awesome-cv-like CV (PDF): small-caps section heads, right-aligned dates on the title line. Oncology (Vancouver, PMID)."""
from make_native import esc, pub, owner_index, edu, pos, gold, print_pdf

STEM = "02_adebanjo-oncology-awesome"
OWNER = {"Adebanjo NE"}
PERSON = {"name": "Ngozi E. Adebanjo", "emails": ["nadebanjo@med.umich.edu"], "phones": ["(734) 555-0182"],
          "homepages": []}
POS = [  # line 1: org | location; line 2: title | dates
    (pos("University of Michigan Rogel Cancer Center", "Assistant Professor of Internal Medicine, Division of Hematology/Oncology",
         "2021-07", "present", "job", location="Ann Arbor, MI"), "Jul. 2021 – Present"),
    (pos("Fred Hutchinson Cancer Center", "Clinical Fellow, Medical Oncology", "2018-07", "2021-06", "job", location="Seattle, WA"),
     "Jul. 2018 – Jun. 2021"),
    (pos("Lagos University Teaching Hospital", "Resident, Internal Medicine", "2010-01", "2013-06", "job", location="Lagos, Nigeria"),
     "Jan. 2010 – Jun. 2013"),
]
EDU = [
    (edu("London School of Hygiene & Tropical Medicine", "Ph.D.", "Epidemiology", "2014", "2017",
         advisor="Prof. Helen Ashcombe", location="London, UK"), "Ph.D. in Epidemiology · Advisor: Prof. Helen Ashcombe", "2014 – 2017"),
    (edu("Harvard T.H. Chan School of Public Health", "M.P.H.", "Quantitative Methods", "2013", "2014", location="Boston, MA"),
     "M.P.H., Quantitative Methods", "2013 – 2014"),
    (edu("University of Ibadan", "M.B.B.S.", None, "2003", "2009", location="Ibadan, Nigeria"),
     "MBBS (Bachelor of Medicine, Bachelor of Surgery)", "2003 – 2009"),
]
AWARDS = [("NIH/NCI K08 Mentored Clinical Scientist Research Career Development Award", "2023"),
          ("ASCO Young Investigator Award", "2020"),
          ("Conquer Cancer Merit Award, ASCO Annual Meeting", "2019"),
          ("Commonwealth Scholarship", "2014")]
SKILLS = [("Methods", ["survival analysis", "multiple imputation", "cost-effectiveness modelling"]),
          ("Software", ["R", "Stata", "SAS", "REDCap"]),
          ("Languages", ["English", "Yoruba (native)", "French (intermediate)"])]

O, R, B, S = "peer-reviewed original research", "reviews, editorials and letters", "book chapters", "submitted manuscripts"
# section, right-hand date, title, authors, et al., venue_raw, tail (after the journal), doi, PMID text, gold
ENTRIES = [
    (O, "2025", "Time to treatment initiation and survival among women with breast cancer in five West African cohorts",
     ["Adebanjo NE", "Kamau PW", "Liang Y", "Okoro-Bassey F", "Whitcombe J", "Mensah K"], True, "J Clin Oncol",
     "2025;43(4):412-423", "10.1200/JCO.24.00817", "PMID: 39518214", dict(venue="Journal of Clinical Oncology")),
    (O, "2024", "Cost-effectiveness of community health worker navigation for breast cancer in Ghana: a modelling study",
     ["Mensah K", "Adebanjo NE", "Oduya TA", "Ferreira-Lima R"], False, "Lancet Glob Health",
     "2024;12(9):e1502-e1511", "10.1016/S2214-109X(24)00271-5", "PMID: 39151968", dict(venue="The Lancet Global Health")),
    (O, "2024", "Tumour subtype distribution in young women with breast cancer in Nigeria: a multicentre pathology review",
     ["Liang Y", "Whitcombe J", "Adebanjo NE"], False, "JCO Glob Oncol", "2024;10:e2300412", "10.1200/GO.23.00412",
     "PMID: 38635937. PMCID: PMC11045521", dict(venue="JCO Global Oncology")),
    (O, "2023", "Comorbidity burden and chemotherapy completion among patients with breast cancer in sub-Saharan Africa",
     ["Adebanjo NE", "Sørensen HT", "Kamau PW"], True, "JAMA Oncol", "2023;9(11):1532-1540", "10.1001/jamaoncol.2023.3912",
     "PMID: 37733301", dict(venue="JAMA Oncology")),
    (O, "2023", "Patient-reported barriers to radiotherapy access in Lagos State",
     ["Oduya TA", "Adebanjo NE", "Ilesanmi O", "Brandt-Møller S", "Mensah K", "Whitcombe J"], False, "BMC Cancer",
     "2023;23:871", "10.1186/s12885-023-11342-7", "PMID: 37710201", dict(venue="BMC Cancer")),
    (O, "2022", "Validation of a mobile-phone symptom diary during adjuvant chemotherapy: a randomised pilot trial",
     ["Adebanjo NE", "Whitcombe J", "Kamau PW", "Ashcombe H"], False, "Cancer", "2022;128(21):3811-3820",
     "10.1002/cncr.34457", "PMID: 36066842", dict(venue="Cancer")),
    (O, "2022", "HIV status and breast cancer stage at diagnosis in Kenya and Nigeria",
     ["Kamau PW", "Okoro-Bassey F", "Adebanjo NE", "Liang Y", "Ferreira-Lima R", "Ashcombe H"], True, "Int J Cancer",
     "2022;151(6):897-906", None, "PMID: 35481671", dict(venue="International Journal of Cancer")),
    (O, "2021", "Delays from symptom recognition to diagnosis of breast cancer: a systematic review and meta-analysis of African studies",
     ["Adebanjo NE", "Ashcombe H"], False, "Br J Cancer", "2021;124(3):589-600", "10.1038/s41416-020-01128-z",
     "PMID: 33110203", dict(venue="British Journal of Cancer")),
    (O, "2020", "Geographic access to oncology services and late-stage presentation in Ghana",
     ["Whitcombe J", "Adebanjo NE", "Mensah K"], False, "Cancer Epidemiol Biomarkers Prev", "2020;29(12):2560-2568", None,
     "PMID: 32978171", dict(venue="Cancer Epidemiology, Biomarkers & Prevention")),
    (O, "2019", "Reproductive factors and breast cancer risk by receptor status in Nigerian women: a case-control study",
     ["Adebanjo NE", "Ilesanmi O", "Ashcombe H"], False, "Breast Cancer Res Treat", "2019;176(2):431-440",
     "10.1007/s10549-019-05247-1", "PMID: 31025270", dict(venue="Breast Cancer Research and Treatment")),
    (O, "2018", "Accuracy of clinical breast examination by trained nurses in rural Oyo State",
     ["Adebanjo NE", "Ashcombe H", "dos Reis M"], False, "PLoS One", "2018;13(8):e0201944", "10.1371/journal.pone.0201944",
     "PMID: 30096160", dict(venue="PLOS ONE")),
    (O, "2017", "Knowledge of breast cancer symptoms among market women in Ibadan",
     ["Ilesanmi O", "Adebanjo NE", "Oduya TA"], False, "Pan Afr Med J", "2017;27:214", None, "PMID: 28979616",
     dict(venue="Pan African Medical Journal")),
    (R, "2024", "Closing the breast cancer survival gap in Africa: what will it take?", ["Adebanjo NE", "Mensah K"], False,
     "Lancet Oncol", "2024;25(2):e61-e70", "10.1016/S1470-2045(23)00587-1", "PMID: 38301689",
     dict(venue="The Lancet Oncology", note="review")),
    (R, "2023", "Navigation is not a luxury", ["Adebanjo NE"], False, "JCO Glob Oncol", "2023;9:e2300188", None,
     "PMID: 37411220", dict(venue="JCO Global Oncology", note="editorial")),
    (R, "2022", "Re: Stage migration in low-resource settings", ["Kamau PW", "Adebanjo NE"], False, "Br J Cancer",
     "2022;127(4):771", None, "PMID: 35790795", dict(venue="British Journal of Cancer", note="letter")),
    (B, "2023", "Breast cancer in sub-Saharan Africa", ["Adebanjo NE", "Ashcombe H"], False,
     "Global Oncology: Principles and Practice", "2nd ed. Oxford: Oxford University Press; 2023. p. 211-234", None, "",
     dict(venue="Global Oncology: Principles and Practice", type="chapter", editors="Okeke CA, Tan LM, editors",
          note="In: Okeke CA, Tan LM, editors. 2nd ed. Oxford: Oxford University Press; 2023. p. 211-234")),
    (B, "2020", "Epidemiology of cancer in West Africa", ["Adebanjo NE"], False,
     "Cancer Registries in Low-Resource Settings", "Lyon: IARC Press; 2020. p. 45-61", None, "",
     dict(venue="Cancer Registries in Low-Resource Settings", type="chapter", editors="Harrow DJ, editor",
          note="In: Harrow DJ, editor. Lyon: IARC Press; 2020. p. 45-61")),
    (S, "Submitted", "Circulating tumour DNA for early detection of breast cancer in a Nigerian screening cohort",
     ["Adebanjo NE", "Liang Y", "Kamau PW", "Mensah K"], False, None, "Submitted to Nat Med", None, "",
     dict(venue=None, type="other", flags=["submitted"], note="Submitted to Nat Med", year=None)),
]

CSS = """
@page { size: Letter; margin: 14mm 15mm 16mm 15mm; }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 9pt; color: #333; line-height: 1.3; }
header { text-align: center; margin-bottom: 5mm; }
header .n { font-size: 28pt; } header .n .f { font-weight: 200; color: #777; } header .n .l { font-weight: bold; color: #222; }
header .pos { font-variant: small-caps; color: #dc3522; font-size: 10pt; letter-spacing: 0.5pt; margin: 1mm 0; }
header .ct { font-size: 8.5pt; color: #555; }
h2 { font-variant: small-caps; font-size: 14pt; margin: 5mm 0 1.5mm 0; color: #222; display: flex; align-items: center; gap: 2mm; }
h2 .a { color: #dc3522; } h2::after { content: ''; flex: 1; border-bottom: 0.6pt solid #999; }
h3 { font-variant: small-caps; font-size: 10.5pt; color: #555; margin: 3mm 0 1mm 0; }
.e { margin-bottom: 2.2mm; }
.r { display: flex; justify-content: space-between; }
.r .L1 { font-weight: bold; color: #222; } .r .R1 { font-style: italic; color: #dc3522; white-space: nowrap; padding-left: 4mm; }
.r .L2 { font-variant: small-caps; color: #666; } .r .R2 { font-style: italic; color: #777; white-space: nowrap; padding-left: 4mm; }
.au { color: #444; } .vn { color: #444; }
table.sk td { padding: 0.6mm 2mm 0.6mm 0; vertical-align: top; } table.sk td.k { font-weight: bold; text-align: right; width: 22mm; }
"""


def head(title):
    return f"<h2><span class='a'>{esc(title[:3])}</span>{esc(title[3:])}</h2>"


def build(out_dir):
    h = [f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><style>{CSS}</style></head><body>"]
    h.append("<header><div class='n'><span class='f'>Ngozi E.</span> <span class='l'>Adebanjo</span>, MD, PhD</div>"
             "<div class='pos'>Medical Oncologist · Cancer Epidemiologist</div>"
             "<div class='ct'>1500 E. Medical Center Dr, Ann Arbor, MI 48109 &nbsp;|&nbsp; (734) 555-0182 &nbsp;|&nbsp; "
             "nadebanjo@med.umich.edu &nbsp;|&nbsp; ORCID 0000-0002-5518-7731</div></header>")
    h.append(head("Appointments"))
    for p, dates in POS:
        h.append(f"<div class='e'><div class='r'><span class='L1'>{esc(p['org'])}</span><span class='R1'>{esc(p['location'])}</span></div>"
                 f"<div class='r'><span class='L2'>{esc(p['title'])}</span><span class='R2'>{esc(dates)}</span></div></div>")
    h.append(head("Education"))
    for e, line2, dates in EDU:
        h.append(f"<div class='e'><div class='r'><span class='L1'>{esc(e['institution'])}</span><span class='R1'>{esc(e['location'])}</span></div>"
                 f"<div class='r'><span class='L2'>{esc(line2)}</span><span class='R2'>{esc(dates)}</span></div></div>")
    h.append(head("Honors & Awards"))
    for a, y in AWARDS:
        h.append(f"<div class='r'><span>{esc(a)}</span><span class='R2'>{y}</span></div>")
    h.append(head("Publications"))
    pubs, counters, last = [], {}, None
    for sec, date, title, auth, etal, vraw, tail, doi, pmid, g in ENTRIES:
        if sec != last:
            h.append(f"<h3>{esc(sec.title().replace('And', 'and'))}</h3>")
            last = sec
        counters[sec] = counters.get(sec, 0) + 1
        names = ", ".join(f"<b>{esc(a)}</b>" if a in OWNER else esc(a) for a in auth) + (", et al" if etal else "")
        shown = g.get("title_prefix", "") + title
        if g.get("type") == "chapter":
            third = f"In: {esc(g['editors'])}. <i>{esc(vraw)}</i>. {esc(tail)}."
        elif vraw is None:
            third = esc(tail) + "."
        else:
            third = f"<i>{esc(vraw)}</i>. {esc(tail)}." + (f" doi:{esc(doi)}." if doi else "") + (f" {esc(pmid)}." if pmid else "")
        h.append(f"<div class='e'><div class='r'><span class='L1'>{esc(shown)}</span><span class='R1'>{esc(date)}</span></div>"
                 f"<div class='au'>{names}.</div><div class='vn'>{third}</div></div>")
        notes = [x for x in (g.get("note"), pmid or None) if x]
        pubs.append(pub(sec, counters[sec], title, auth, g["venue"], vraw, g.get("year", int(date) if date.isdigit() else None),
                        g.get("type", "journal"), flags=g.get("flags", ()), note="; ".join(notes) or None, doi=doi,
                        self_index=owner_index(auth, OWNER), trunc=etal))
    h.append(head("Skills"))
    h.append("<table class='sk'>" + "".join(f"<tr><td class='k'>{k}</td><td>{esc(', '.join(v))}</td></tr>" for k, v in SKILLS) + "</table>")
    h.append("</body></html>")
    print_pdf("\n".join(h), STEM, out_dir)
    return gold(STEM + ".pdf", PERSON, [e for e, *_ in EDU], [p for p, _ in POS], pubs,
                [{"name": a, "date": None} for a, _ in AWARDS], [s for _, v in SKILLS for s in v])
