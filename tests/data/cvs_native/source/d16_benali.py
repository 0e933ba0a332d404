"""16: computational neuroscience / NeuroAI homepage-CV (PDF printed by headless Chromium from a personal web page). A nav
bar and a profile header with link buttons; CSS-grid rows with the dates in a narrow left column (experience, education,
awards, news); publications as al-folio-like blocks: a coloured venue-abbreviation chip in the left grid column, then
the **title in bold on its own line**, the authors on the next line (owner bold, `*` equal contribution, `†` equal
supervision), the venue in italics with the year, red "Oral"/"Spotlight" chips, and **button badges** `PDF` `Code`
`Slides` `Poster` `Video` `Data` `arXiv` `bioRxiv` that are link anchors (the URLs are not printed), and a `Bib` button
that is not a link. Some entries carry a "TL;DR" line. A News list names one paper by its full title (not an entry).
A co-author name is a link to her homepage. Teaching, talks and service are not annotated."""
from make_native import esc, pub, owner_index, edu, pos, gold, print_pdf

STEM = "16_benali-neuroscience-homepage"
OWNER = {"Tariq Benali"}
PERSON = {"name": "Tariq Benali", "emails": ["tariq_benali@brown.edu"], "phones": [], "homepages": ["https://tbenali.github.io"]}
SITE = "https://tbenali.github.io"
GH = "https://github.com/tbenali"
POS = [(pos("Department of Neuroscience, Brown University", "Assistant Professor", "2024-07", "present", "job", location="Providence, RI"),
        "Jul 2024 – present", "Assistant Professor", "Department of Neuroscience, Brown University, Providence, RI", None),
       (pos("Zuckerman Mind Brain Behavior Institute, Columbia University", "Postdoctoral Research Scientist", "2021-09", "2024-06",
            "research", location="New York, NY", supervisor="Samuel Okafor"),
        "Sep 2021 – Jun 2024", "Postdoctoral Research Scientist",
        "Zuckerman Mind Brain Behavior Institute, Columbia University, New York, NY", "Advisor: Samuel Okafor"),
       (pos("DeepMind", "Research Scientist Intern", "2020-06", "2020-09", "internship", location="London, UK"),
        "Jun 2020 – Sep 2020", "Research Scientist Intern", "DeepMind, London, UK", "Neuroscience team")]
EDU = [(edu("University College London", "Ph.D.", "Computational Neuroscience", "2016", "2021",
            advisor="Camille Fournier", location="London, UK"),
        "2016 – 2021", "Ph.D. in Computational Neuroscience", "Gatsby Computational Neuroscience Unit, University College London, London, UK",
        "Advisor: Camille Fournier · Thesis: Learning rules for cognitive maps"),
       (edu("École Polytechnique Fédérale de Lausanne (EPFL)", "M.Sc.", "Computer Science", "2014", "2016", location="Lausanne, Switzerland"),
        "2014 – 2016", "M.Sc. in Computer Science", "École Polytechnique Fédérale de Lausanne (EPFL), Lausanne, Switzerland",
        "Minor in Neuroscience · GPA 5.71/6"),
       (edu("Mohammed V University", "B.Sc.", "Mathematics", "2011", "2014", location="Rabat, Morocco"),
        "2011 – 2014", "B.Sc. in Mathematics", "Mohammed V University, Rabat, Morocco", None)]
EDU[1][0]["gpa"] = "5.71/6"
EDU[0][0]["institution"] = "Gatsby Computational Neuroscience Unit, University College London"
AWARDS = [("2025", "Sloan Research Fellowship in Neuroscience"), ("2022", "Top Reviewer, NeurIPS 2022"),
          ("2021", "Helen Hay Whitney Postdoctoral Fellowship"), ("2016", "Gatsby Ph.D. Studentship")]
SKILLS = ["Python", "PyTorch", "JAX", "NumPy", "MATLAB", "Brian2", "Suite2p", "DeepLabCut",
          "Arabic (native)", "French (native)", "English (fluent)"]

C, JR, WS, PP = "conference papers", "journal articles", "workshop papers and abstracts", "preprints"
OR = "https://openreview.net/pdf?id="
# section, chip, authors, marks, title, venue line (italic), year, badges [(label, url or None)], chips, tldr, gold
ENTRIES = [
    (C, "NeurIPS", ["Tariq Benali", "Mei-Ling Chou", "Camille Fournier"], {}, "Recurrent dynamics of grid-cell networks learned by path integration under noise",
     "Advances in Neural Information Processing Systems (NeurIPS)", 2024,
     [("PDF", OR + "xK3pQ9rTz1"), ("Code", GH + "/noisy-grid-rnn"), ("Slides", SITE + "/assets/slides/neurips24_grid.pdf"), ("Bib", None)],
     ["Spotlight"], "Noise during path integration, not the task itself, makes grid-like codes appear in trained RNNs.",
     dict(venue="NeurIPS", type="conference", flags=["spotlight"])),
    (C, "ICLR", ["Mei-Ling Chou", "Tariq Benali", "Jonas Eriksson", "Camille Fournier"], {0: "*", 1: "*"},
     "Brain-like representational geometry emerges in self-supervised video models",
     "International Conference on Learning Representations (ICLR)", 2024,
     [("PDF", OR + "Vb81LmQw2s"), ("Code", "https://github.com/mlchou/ssl-geometry"), ("Poster", SITE + "/assets/posters/iclr24_poster.pdf"),
      ("Bib", None)], ["Oral"], None, dict(venue="ICLR", type="conference", flags=["oral"], eq=[0, 1])),
    (C, "ICML", ["Tariq Benali", "Ada Nwosu", "Camille Fournier"], {}, "Dendritic gating as a mechanism for continual learning",
     "International Conference on Machine Learning (ICML)", 2023,
     [("PDF", "https://proceedings.mlr.press/v202/benali23a/benali23a.pdf"), ("Code", GH + "/dendritic-gating"), ("Bib", None)],
     [], None, dict(venue="ICML", type="conference")),
    (C, "NeurIPS", ["Jonas Eriksson", "Tariq Benali", "Ruth Adebayo-Smith", "Camille Fournier"], {},
     "Predictive coding with spiking neurons via local plasticity", "Advances in Neural Information Processing Systems (NeurIPS)", 2022,
     [("PDF", OR + "Qe7yHc04Lm"), ("Video", "https://www.youtube.com/watch?v=p7Xc2kLq9sA"), ("Bib", None)], [],
     "A local, spike-timing-based learning rule that approximates predictive coding updates.", dict(venue="NeurIPS", type="conference")),
    (C, "CCN", ["Tariq Benali", "Camille Fournier"], {}, "Aligning deep networks to mouse visual cortex with few neurons",
     "Conference on Cognitive Computational Neuroscience (CCN)", 2022,
     [("PDF", "https://2022.ccneuro.org/proceedings/0000112.pdf"), ("Bib", None)], [], None, dict(venue="CCN", type="conference")),
    (C, "AISTATS", ["Ada Nwosu", "Tariq Benali", "Hiroshi Tanabe"], {},
     "Latent manifold inference from calcium imaging with variational sequential models",
     "International Conference on Artificial Intelligence and Statistics (AISTATS)", 2021,
     [("PDF", "https://proceedings.mlr.press/v130/nwosu21a/nwosu21a.pdf"), ("Code", "https://github.com/adanwosu/vsm-calcium"), ("Bib", None)],
     [], None, dict(venue="AISTATS", type="conference")),
    (JR, "Neuron", ["Tariq Benali", "Hiroshi Tanabe", "Camille Fournier", "Samuel Okafor"], {2: "†", 3: "†"},
     "Theta sequences in a recurrent network model of the entorhinal–hippocampal loop", "Neuron", 2025,
     [("PDF", "https://doi.org/10.1016/j.neuron.2025.01.014"), ("Code", GH + "/theta-rnn"), ("Bib", None)], [], None,
     dict(venue="Neuron", type="journal", note="† equal supervision", doi="10.1016/j.neuron.2025.01.014")),
    (JR, "PLOS CB", ["Tariq Benali", "Samuel Okafor"], {}, "A normative account of place-field drift", "PLOS Computational Biology", 2023,
     [("PDF", "https://doi.org/10.1371/journal.pcbi.1011187"), ("Bib", None)], [], None,
     dict(venue="PLOS Computational Biology", type="journal", doi="10.1371/journal.pcbi.1011187")),
    (JR, "eLife", ["Hiroshi Tanabe", "Tariq Benali", "Lisa Marquardt", "Samuel Okafor"], {},
     "Hippocampal replay reflects planning under uncertainty", "eLife", 2022,
     [("PDF", "https://doi.org/10.7554/eLife.80211"), ("Data", "https://dandiarchive.org/dandiset/000412"), ("Bib", None)], [], None,
     dict(venue="eLife", type="journal", doi="10.7554/eLife.80211")),
    (JR, "J. Neurosci.", ["Lisa Marquardt", "Tariq Benali", "Ruth Adebayo-Smith", "Hiroshi Tanabe", "Camille Fournier"], {},
     "Mixed selectivity in prefrontal neurons supports flexible rule switching in macaques", "Journal of Neuroscience", 2020,
     [("PDF", "https://doi.org/10.1523/JNEUROSCI.1187-20.2020"), ("Bib", None)], [], None,
     dict(venue="Journal of Neuroscience", type="journal", doi="10.1523/JNEUROSCI.1187-20.2020")),
    (JR, "Neural Comput.", ["Tariq Benali", "Samuel Okafor"], {}, "Biologically plausible credit assignment through dendritic error signals",
     "Neural Computation", 2019, [("PDF", "https://doi.org/10.1162/neco_a_01214"), ("Bib", None)], [], None,
     dict(venue="Neural Computation", type="journal", doi="10.1162/neco_a_01214")),
    (WS, "UniReps", ["Tariq Benali", "Mei-Ling Chou"], {}, "Do vision transformers have place cells?",
     "NeurIPS 2023 Workshop on Unifying Representations in Neural Models (UniReps)", 2023,
     [("PDF", OR + "aP2kX8vN3d"), ("Slides", SITE + "/assets/slides/unireps23.pdf"), ("Bib", None)], ["Oral"], None,
     dict(venue="NeurIPS", type="workshop", flags=["workshop", "oral"])),
    (WS, "COSYNE", ["Ada Nwosu", "Tariq Benali"], {}, "Sparse coding of odor identity in a piriform cortex model",
     "Computational and Systems Neuroscience (COSYNE), poster", 2023, [("Poster", SITE + "/assets/posters/cosyne23.pdf")], [], None,
     dict(venue="COSYNE", type="other", flags=["poster"], vraw="Computational and Systems Neuroscience (COSYNE)")),
    (PP, "arXiv", ["Tariq Benali", "Mei-Ling Chou", "Jonas Eriksson", "Ada Nwosu", "Camille Fournier"], {},
     "Scaling laws for neural predictivity in rodent hippocampus", "arXiv preprint arXiv:2502.10234. Under review", 2025,
     [("arXiv", "https://arxiv.org/abs/2502.10234"), ("Code", GH + "/hpc-scaling"), ("Bib", None)], [], None,
     dict(venue="arXiv", type="preprint", flags=["under_review"], vraw="arXiv preprint arXiv:2502.10234", note="Under review")),
    (PP, "bioRxiv", ["Samuel Okafor", "Tariq Benali"], {}, "Entorhinal grid modules as a learned basis for vector navigation",
     "bioRxiv", 2024, [("bioRxiv", "https://www.biorxiv.org/content/10.1101/2024.06.11.598432v1"), ("Bib", None)], [], None,
     dict(venue="bioRxiv", type="preprint")),
]
COAUTHOR_LINK = {"Camille Fournier": "https://www.gatsby.ucl.ac.uk/~cfournier/"}
NEWS = [("Mar 2025", "Our theta-sequence model is out in <i>Neuron</i>!"),
        ("Sep 2024", "Paper on grid-cell dynamics accepted to NeurIPS 2024 as a <b>Spotlight</b>."),
        ("Jul 2024", "Started as Assistant Professor at Brown. I am recruiting Ph.D. students and postdocs."),
        ("Jan 2024", "“Brain-like representational geometry emerges in self-supervised video models” was selected as an "
                     "<b>Oral</b> at ICLR 2024.")]
TEACHING = [("Fall 2024", "NEUR 1680 Computational Neuroscience (Brown University), instructor"),
            ("2018 – 2019", "Teaching assistant, Gatsby Theoretical Neuroscience course (UCL)")]
TALKS = [("2025", "Cognitive maps in recurrent networks. Neuroscience Seminar, Harvard Medical School"),
         ("2024", "Noise makes grids. Bernstein Conference, Frankfurt, Germany"),
         ("2023", "Self-supervised models as models of cortex. CCN 2023 keynote panel, Oxford, UK")]
SERVICE = ["Area Chair: NeurIPS 2024, ICLR 2025", "Reviewer: Neuron, eLife, PLOS Computational Biology, ICML",
           "Organizer, COSYNE 2025 workshop “Learning cognitive maps”"]

CSS = """
@page { size: A4; margin: 14mm 13mm 14mm 13mm; }
* { box-sizing: border-box; }
body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 9.6pt; color: #222; margin: 0; line-height: 1.38; }
nav { display: flex; justify-content: space-between; border-bottom: 1px solid #ddd; padding: 2px 0 6px; margin-bottom: 10px; }
nav .brand { font-weight: 300; font-size: 12pt; } nav .brand b { font-weight: 700; }
nav .menu a { margin-left: 14px; color: #555; text-decoration: none; font-size: 9pt; }
header { display: grid; grid-template-columns: 95px 1fr; gap: 16px; align-items: center; margin-bottom: 6px; }
.avatar { width: 90px; height: 90px; border-radius: 50%; background: linear-gradient(135deg, #b9c7d8, #6b86a6); }
h1 { font-size: 21pt; font-weight: 300; margin: 0; } h1 b { font-weight: 700; }
.role { color: #555; margin: 2px 0 4px; }
.social a { display: inline-block; margin-right: 10px; color: #0b5ea8; text-decoration: none; }
h2 { font-size: 13pt; font-weight: 600; color: #0b5ea8; border-bottom: 2px solid #0b5ea8; margin: 14px 0 6px; padding-bottom: 2px; }
h3 { font-size: 10.5pt; font-weight: 600; color: #333; margin: 10px 0 4px; }
.row { display: grid; grid-template-columns: 112px 1fr; gap: 10px; margin: 3px 0; break-inside: avoid; }
.row .d { color: #777; font-size: 8.8pt; padding-top: 1px; }
.row .sub { color: #555; }
.pub { display: grid; grid-template-columns: 84px 1fr; gap: 12px; margin: 0 0 9px; break-inside: avoid; }
.abbr { align-self: start; text-align: center; background: #0b5ea8; color: #fff; border-radius: 3px; font-size: 7.8pt; font-weight: 700;
        padding: 2px 2px; margin-top: 2px; }
.abbr.j { background: #2e7d32; } .abbr.w { background: #8e44ad; } .abbr.p { background: #7f8c8d; }
.title { font-weight: 700; display: block; }
.authors { display: block; } .authors .me { font-weight: 700; text-decoration: underline; }
.authors a { color: #222; text-decoration: none; border-bottom: 1px dotted #888; }
.venue { display: block; font-style: italic; color: #444; }
.chip { font-style: normal; display: inline-block; background: #c0392b; color: #fff; font-size: 7.5pt; font-weight: 700; border-radius: 3px;
        padding: 0 5px; margin-left: 6px; }
.tldr { display: block; color: #666; font-size: 8.6pt; }
.btns { display: block; margin-top: 2px; }
.btn { display: inline-block; border: 1px solid #0b5ea8; color: #0b5ea8; border-radius: 3px; padding: 0 6px; font-size: 7.8pt;
       margin-right: 5px; text-decoration: none; text-transform: uppercase; letter-spacing: .3px; }
.leg { color: #666; font-size: 8.6pt; margin-bottom: 6px; }
footer { margin-top: 18px; border-top: 1px solid #ddd; color: #888; font-size: 8pt; padding-top: 4px; text-align: center; }
"""


def authors_html(auth, marks):
    out = []
    for i, a in enumerate(auth):
        if a in OWNER:
            s = f"<span class='me'>{esc(a)}</span>"
        elif a in COAUTHOR_LINK:
            s = f"<a href='{COAUTHOR_LINK[a]}'>{esc(a)}</a>"
        else:
            s = esc(a)
        out.append(s + marks.get(i, ""))
    if len(out) == 1:
        return out[0]
    return ", ".join(out[:-1]) + ", and " + out[-1] if len(out) > 2 else out[0] + " and " + out[1]


def build(out_dir):
    h = [f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Tariq Benali</title><style>{CSS}</style></head><body>"]
    h.append("<nav><span class='brand'><b>Tariq</b> Benali</span><span class='menu'>"
             f"<a href='{SITE}/'>about</a><a href='{SITE}/publications/'>publications</a><a href='{SITE}/cv/'>cv</a>"
             f"<a href='{SITE}/teaching/'>teaching</a><a href='{SITE}/blog/'>blog</a></span></nav>")
    h.append("<header><div class='avatar'></div><div><h1><b>Tariq</b> Benali</h1>"
             "<div class='role'>Assistant Professor of Neuroscience · Brown University · Carney Institute for Brain Science</div>"
             "<div class='social'><a href='mailto:tariq_benali@brown.edu'>✉ tariq_benali@brown.edu</a>"
             "<a href='https://scholar.google.com/citations?user=Tb3nAl1AAAAJ'>Google Scholar</a>"
             f"<a href='{GH}'>GitHub</a><a href='https://twitter.com/tbenali_neuro'>Twitter</a>"
             f"<a href='{SITE}/assets/pdf/cv.pdf'>CV (PDF)</a></div></div></header>")
    h.append("<p>I study how recurrent circuits in the hippocampus and entorhinal cortex learn cognitive maps, combining "
             "deep learning models with large-scale neural recordings. My lab is part of the Carney Institute for Brain Science.</p>")
    h.append("<h2>News</h2>" + "".join(f"<div class='row'><span class='d'>{d}</span><span>{t}</span></div>" for d, t in NEWS))
    h.append("<h2>Experience</h2>")
    for _, d, title, org, sub in POS:
        h.append(f"<div class='row'><span class='d'>{d}</span><span><b>{esc(title)}</b><br>{esc(org)}"
                 + (f"<br><span class='sub'>{esc(sub)}</span>" if sub else "") + "</span></div>")
    h.append("<h2>Education</h2>")
    for _, d, deg, inst, sub in EDU:
        h.append(f"<div class='row'><span class='d'>{d}</span><span><b>{esc(deg)}</b><br>{esc(inst)}"
                 + (f"<br><span class='sub'>{esc(sub)}</span>" if sub else "") + "</span></div>")
    h.append("<h2>Publications</h2><div class='leg'>* equal contribution, † equal supervision. "
             f"See also <a href='https://scholar.google.com/citations?user=Tb3nAl1AAAAJ'>Google Scholar</a>.</div>")
    pubs, last, counters = [], None, {}
    for section, chip, auth, marks, title, vline, year, badges, chips, tldr, g in ENTRIES:
        if section != last:
            h.append(f"<h3>{esc(section[0].upper() + section[1:])}</h3>")
            last = section
        counters[section] = counters.get(section, 0) + 1
        cls = {JR: "abbr j", WS: "abbr w", PP: "abbr p"}.get(section, "abbr")
        chips_html = "".join(f"<span class='chip'>{c}</span>" for c in chips)
        btns = "".join(f"<a class='btn' href='{u}'>{b}</a>" if u else f"<span class='btn'>{b}</span>" for b, u in badges)
        h.append(f"<div class='pub'><div class='{cls}'>{esc(chip)}</div><div>"
                 f"<span class='title'>{esc(title)}</span>"
                 f"<span class='authors'>{authors_html(auth, marks)}</span>"
                 f"<span class='venue'>{esc(vline)}, {year}{chips_html}</span>"
                 + (f"<span class='tldr'>TL;DR: {esc(tldr)}</span>" if tldr else "")
                 + f"<span class='btns'>{btns}</span></div></div>")
        links = [COAUTHOR_LINK[a] for a in auth if a in COAUTHOR_LINK] + [u for _, u in badges if u]
        notes = [n for n in (g.get("note"), f"TL;DR: {tldr}" if tldr else None) if n]
        pubs.append(pub(section, counters[section], title, auth, g["venue"], g.get("vraw", vline), year, g["type"],
                        flags=g.get("flags", ()), links=links, note="; ".join(notes) or None, doi=g.get("doi"),
                        self_index=owner_index(auth, OWNER), eq=g.get("eq", ())))
    h.append("<h2>Honors &amp; Awards</h2>" + "".join(f"<div class='row'><span class='d'>{y}</span><span>{esc(a)}</span></div>"
                                                   for y, a in AWARDS))
    h.append("<h2>Teaching</h2>" + "".join(f"<div class='row'><span class='d'>{d}</span><span>{esc(t)}</span></div>" for d, t in TEACHING))
    h.append("<h2>Invited Talks</h2>" + "".join(f"<div class='row'><span class='d'>{d}</span><span>{esc(t)}</span></div>" for d, t in TALKS))
    h.append("<h2>Service</h2>" + "".join(f"<div class='row'><span class='d'></span><span>{esc(t)}</span></div>" for t in SERVICE))
    h.append("<h2>Skills</h2><div class='row'><span class='d'>Programming</span><span>" + esc(", ".join(SKILLS[:8])) + "</span></div>"
             "<div class='row'><span class='d'>Languages</span><span>" + esc(", ".join(SKILLS[8:])) + "</span></div>")
    h.append(f"<footer>© 2025 Tariq Benali · <a href='{SITE}'>tbenali.github.io</a> · Powered by Jekyll with al-folio · "
             "Last updated: March 2025</footer></body></html>")
    print_pdf("\n".join(h), STEM, out_dir)
    return gold(STEM + ".pdf", PERSON, [e for e, *_ in EDU], [p for p, *_ in POS], pubs,
                [{"name": a, "date": None} for _, a in AWARDS], SKILLS)
