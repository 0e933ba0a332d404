"""41: biomedical engineering (MRI reconstruction) CV written in **pandoc Markdown and turned into a PDF through
pandoc's LaTeX writer and XeLaTeX** (pandoc 2.17 default LaTeX template: `title`/`author`/`date` from the YAML block,
`#`/`##` headings, `**bold** \\hfill dates` lines with hard line breaks), the publications printed by **pandoc's
citeproc with the IEEE CSL** (TeX Live's `ieee.csl`) and **split by type with a multiple-bibliographies Lua filter**:
each `::: {#refs-NAME}` div gets its own citeproc run over its own `.bib` (`bibliography_NAME` in the YAML), so the
**`[1]` numbers restart in every list**. IEEE output: initials ("M. A. Lins"), `“Title,”` in quotes, italic
abbreviated journal (`IEEE Trans. Med. Imaging`, from the `.bib`'s `shortjournal`), `vol. 43, no. 3, pp. 711–723,
Mar. 2024, doi: …` with the DOI as a hyperlink; **seven or more authors → first author + italic *et al.*** (the owner
hidden in one); conference book titles **sentence-cased by citeproc** ("Medical image computing and computer assisted
intervention – MICCAI 2024"); arXiv preprints "Available: https://arxiv.org/abs/…"; the thesis "PhD thesis,
University, City". Teaching and service not annotated."""
import shutil
import subprocess
import tempfile

from make_native import SOURCE, pub, owner_index, edu, pos, gold, compile_tex

STEM = "41_lins-biomedeng-pandocieee"
ME = "M. A. Lins"
PERSON = {"name": "Mateus Albuquerque Lins", "emails": ["mateus.lins@case.edu"], "phones": ["+1 216 555 0147"],
          "homepages": ["https://mlins-lab.github.io"]}
CSL = "/usr/share/texlive/texmf-dist/tex/latex/citation-style-language/styles/ieee.csl"
J, C, A, P, T = "journal articles", "conference papers", "conference abstracts", "preprints", "dissertation"
BIBNAME = {J: "journal", C: "conf", A: "abstracts", P: "preprints", T: "thesis"}
HEAD = {J: "Journal Articles", C: "Conference Papers", A: "Conference Abstracts", P: "Preprints", T: "Dissertation"}

# bib authors -> printed IEEE form (hand-written)
NAMES = {
    "Lins, Mateus Albuquerque": ME, "Park, Ji-woo": "J. Park", "Aydoğdu, Kerem": "K. Aydoğdu",
    "Rees-Whitford, Hannah": "H. Rees-Whitford", "Ferrer Salas, Lucía": "L. Ferrer Salas",
    "Nwachukwu, Chidera": "C. Nwachukwu", "Tanaka, Yuki": "Y. Tanaka", "Moreau, Laurent": "L. Moreau",
    "Petrov, Dmitri": "D. Petrov", "Castillo-Ortega, Sara": "S. Castillo-Ortega", "Brandt, Felix": "F. Brandt",
    "Olawale, Tosin": "T. Olawale", "Haugen, Ingvild": "I. Haugen",
}
# (section, key, bibtype, bib authors, bib title, gold title, fields, gold venue, gold venue_raw, year, type, note, extra)
PUBS = [
    (J, "lins2024tmi", "article", ["Lins, Mateus Albuquerque", "Park, Ji-woo", "Aydoğdu, Kerem"],
     "Self-supervised reconstruction of highly undersampled cardiac cine {MRI}", None,
     dict(journal="IEEE Transactions on Medical Imaging", shortjournal="IEEE Trans. Med. Imaging", volume="43",
          number="3", pages="711--723", year="2024", month="mar", doi="10.1109/TMI.2024.3312456"),
     "IEEE TMI", "IEEE Trans. Med. Imaging", 2024, "journal", "vol. 43, no. 3, pp. 711–723, Mar. 2024", {}),
    (J, "park2024mrm", "article", ["Park, Ji-woo", "Lins, Mateus Albuquerque", "Rees-Whitford, Hannah", "Aydoğdu, Kerem"],
     "Motion-resolved free-breathing liver {MRI} with learned low-rank priors", None,
     dict(journal="Magnetic Resonance in Medicine", shortjournal="Magn. Reson. Med.", volume="91", number="2",
          pages="845--859", year="2024", month="feb", doi="10.1002/mrm.29911"),
     "Magnetic Resonance in Medicine", "Magn. Reson. Med.", 2024, "journal", "vol. 91, no. 2, pp. 845–859, Feb. 2024",
     {}),
    (J, "ferrer2023ni", "article", ["Ferrer Salas, Lucía", "Brandt, Felix", "Olawale, Tosin", "Lins, Mateus Albuquerque",
                                    "Haugen, Ingvild", "Castillo-Ortega, Sara", "Park, Ji-woo", "Moreau, Laurent"],
     "A multi-vendor benchmark for deep learning {MRI} reconstruction", None,
     dict(journal="NeuroImage", volume="277", pages="120254", year="2023", month="aug",
          doi="10.1016/j.neuroimage.2023.120254"),
     "NeuroImage", "NeuroImage", 2023, "journal", "vol. 277, p. 120254, Aug. 2023", {"trunc": True}),
    (J, "lins2023tbme", "article", ["Lins, Mateus Albuquerque", "Aydoğdu, Kerem"],
     "Physics-informed unrolled networks for quantitative {T1} mapping", None,
     dict(journal="IEEE Transactions on Biomedical Engineering", shortjournal="IEEE Trans. Biomed. Eng.", volume="70",
          number="6", pages="1802--1813", year="2023", month="jun", doi="10.1109/TBME.2022.3229114"),
     "IEEE TBME", "IEEE Trans. Biomed. Eng.", 2023, "journal", "vol. 70, no. 6, pp. 1802–1813, Jun. 2023", {}),
    (J, "rees2023media", "article", ["Rees-Whitford, Hannah", "Lins, Mateus Albuquerque"],
     "Uncertainty quantification for accelerated knee {MRI} with conformal prediction", None,
     dict(journal="Medical Image Analysis", shortjournal="Med. Image Anal.", volume="88", pages="102871", year="2023",
          month="aug", doi="10.1016/j.media.2023.102871"),
     "Medical Image Analysis", "Med. Image Anal.", 2023, "journal", "vol. 88, p. 102871, Aug. 2023", {}),
    (J, "lins2022mrm", "article", ["Lins, Mateus Albuquerque", "Park, Ji-woo", "Nwachukwu, Chidera", "Aydoğdu, Kerem"],
     "Deep learning reconstruction of {3D} whole-heart coronary {MR} angiography in under two minutes", None,
     dict(journal="Magnetic Resonance in Medicine", shortjournal="Magn. Reson. Med.", volume="88", number="4",
          pages="1650--1664", year="2022", month="oct", doi="10.1002/mrm.29342"),
     "Magnetic Resonance in Medicine", "Magn. Reson. Med.", 2022, "journal", "vol. 88, no. 4, pp. 1650–1664, Oct. 2022",
     {}),
    (J, "lins2021pmb", "article", ["Lins, Mateus Albuquerque", "Tanaka, Yuki", "Moreau, Laurent"],
     "Compressed sensing for hyperpolarized $^{13}${C} metabolic imaging of the kidney",
     "Compressed sensing for hyperpolarized ¹³C metabolic imaging of the kidney",
     dict(journal="Physics in Medicine and Biology", shortjournal="Phys. Med. Biol.", volume="66", number="9",
          pages="095012", year="2021", month="apr"),
     "Physics in Medicine & Biology", "Phys. Med. Biol.", 2021, "journal", "vol. 66, no. 9, p. 095012, Apr. 2021", {}),
    (J, "lins2019mri", "article", ["Lins, Mateus Albuquerque", "Petrov, Dmitri", "Moreau, Laurent"],
     "Variable-density spiral sampling for accelerated myocardial perfusion imaging", None,
     dict(journal="Magnetic Resonance Imaging", volume="61", pages="112--121", year="2019", month="sep",
          doi="10.1016/j.mri.2019.05.021"),
     "Magnetic Resonance Imaging", "Magnetic Resonance Imaging", 2019, "journal", "vol. 61, pp. 112–121, Sep. 2019", {}),

    (C, "lins2024miccai", "inproceedings", ["Lins, Mateus Albuquerque", "Park, Ji-woo"],
     "Unrolled diffusion models for joint reconstruction and motion correction", None,
     dict(booktitle="Medical Image Computing and Computer Assisted Intervention -- MICCAI 2024",
          address="Marrakesh, Morocco", publisher="Springer", pages="334--344", year="2024",
          doi="10.1007/978-3-031-72104-5_33"),
     "MICCAI", "Medical image computing and computer assisted intervention – MICCAI 2024", 2024, "conference",
     "pp. 334–344", {}),
    (C, "park2024isbi", "inproceedings", ["Park, Ji-woo", "Lins, Mateus Albuquerque"],
     "Test-time adaptation for out-of-distribution {MRI} reconstruction", None,
     dict(booktitle="2024 IEEE International Symposium on Biomedical Imaging (ISBI)", address="Athens, Greece",
          pages="1--5", year="2024", month="may", doi="10.1109/ISBI56570.2024.10635123"),
     "ISBI", "2024 IEEE international symposium on biomedical imaging (ISBI)", 2024, "conference", "May 2024, pp. 1–5",
     {}),
    (C, "lins2023miccai", "inproceedings", ["Lins, Mateus Albuquerque", "Rees-Whitford, Hannah", "Aydoğdu, Kerem"],
     "Learned k-space sampling for free-breathing cardiac {MRI}", None,
     dict(booktitle="Medical Image Computing and Computer Assisted Intervention -- MICCAI 2023",
          address="Vancouver, BC, Canada", publisher="Springer", pages="512--522", year="2023",
          doi="10.1007/978-3-031-43999-5_49"),
     "MICCAI", "Medical image computing and computer assisted intervention – MICCAI 2023", 2023, "conference",
     "pp. 512–522", {}),
    (C, "nwachukwu2023embc", "inproceedings", ["Nwachukwu, Chidera", "Lins, Mateus Albuquerque"],
     "Federated learning for multi-site prostate {MRI} reconstruction", None,
     dict(booktitle="2023 45th Annual International Conference of the IEEE Engineering in Medicine & Biology Society "
                    "({EMBC})",
          address="Sydney, Australia", pages="1--4", year="2023", month="jul",
          doi="10.1109/EMBC40787.2023.10340112"),
     "EMBC", "2023 45th annual international conference of the IEEE engineering in medicine & biology society (EMBC)",
     2023, "conference", "Jul. 2023, pp. 1–4", {}),
    (C, "lins2019isbi", "inproceedings", ["Lins, Mateus Albuquerque", "Moreau, Laurent"],
     "Golden-angle spiral perfusion imaging with temporally constrained reconstruction", None,
     dict(booktitle="2019 IEEE 16th International Symposium on Biomedical Imaging (ISBI 2019)", address="Venice, Italy",
          pages="1421--1424", year="2019", month="apr", doi="10.1109/ISBI.2019.8759133"),
     "ISBI", "2019 IEEE 16th international symposium on biomedical imaging (ISBI 2019)", 2019, "conference",
     "Apr. 2019, pp. 1421–1424", {}),

    (A, "lins2024ismrm", "inproceedings", ["Lins, Mateus Albuquerque", "Park, Ji-woo"],
     "Five-minute free-breathing cardiac exam with a single learned reconstruction", None,
     dict(booktitle="Proceedings of the 32nd Annual Meeting of the International Society for Magnetic Resonance in "
                    "Medicine (ISMRM)", address="Singapore", pages="1187", year="2024"),
     "ISMRM", "Proceedings of the 32nd annual meeting of the international society for magnetic resonance in medicine "
     "(ISMRM)", 2024, "other", "p. 1187", {}),
    (A, "nwachukwu2023ismrm", "inproceedings", ["Nwachukwu, Chidera", "Lins, Mateus Albuquerque"],
     "Site-specific batch normalization for federated {MRI} reconstruction", None,
     dict(booktitle="Proceedings of the 31st Annual Meeting of the International Society for Magnetic Resonance in "
                    "Medicine (ISMRM)", address="Toronto, Canada", pages="2236", year="2023"),
     "ISMRM", "Proceedings of the 31st annual meeting of the international society for magnetic resonance in medicine "
     "(ISMRM)", 2023, "other", "p. 2236", {}),
    (A, "lins2018ismrm", "inproceedings", ["Lins, Mateus Albuquerque", "Petrov, Dmitri", "Moreau, Laurent"],
     "Spiral perfusion imaging at 3T with a 12-fold acceleration", None,
     dict(booktitle="Proceedings of the 26th Annual Meeting of the International Society for Magnetic Resonance in "
                    "Medicine (ISMRM)", address="Paris, France", pages="3319", year="2018"),
     "ISMRM", "Proceedings of the 26th annual meeting of the international society for magnetic resonance in medicine "
     "(ISMRM)", 2018, "other", "p. 3319", {}),

    (P, "lins2025dps", "misc", ["Lins, Mateus Albuquerque", "Park, Ji-woo", "Aydoğdu, Kerem"],
     "Diffusion posterior sampling for non-{Cartesian} {MRI} with learned density compensation", None,
     dict(howpublished="arXiv:2502.01234 [eess.IV]", eprint="2502.01234", archiveprefix="arXiv", year="2025"),
     "arXiv", "arXiv:2502.01234 [eess.IV]", 2025, "preprint", None,
     {"links": ["https://arxiv.org/abs/2502.01234"]}),
    (P, "haugen2024arxiv", "misc", ["Haugen, Ingvild", "Lins, Mateus Albuquerque"],
     "Scan-specific implicit neural representations for dynamic {MRI}", None,
     dict(howpublished="arXiv:2411.08873 [physics.med-ph]", eprint="2411.08873", archiveprefix="arXiv", year="2024"),
     "arXiv", "arXiv:2411.08873 [physics.med-ph]", 2024, "preprint", None,
     {"links": ["https://arxiv.org/abs/2411.08873"]}),

    (T, "lins2019phd", "phdthesis", ["Lins, Mateus Albuquerque"],
     "Accelerated myocardial perfusion {MRI} with non-{Cartesian} sampling and constrained reconstruction", None,
     dict(school="University of Michigan", address="Ann Arbor, MI", year="2019"),
     "University of Michigan", "University of Michigan", 2019, "thesis", "PhD thesis, Ann Arbor, MI", {}),
]

LUA = r"""-- multiple-bibliographies.lua, the pandoc 2.11-2.18 form of the lua-filters filter:
-- each Div with id "refs-NAME" is filled by its own citeproc run over the file in `bibliography_NAME`.
local utils = require 'pandoc.utils'
local meta

local function citeproc(doc)
  return utils.run_json_filter(doc, 'pandoc', {'--from=json', '--to=json', '--citeproc', '--quiet'})
end

function Meta(m) meta = m end

function Div(div)
  local name = div.identifier:match('^refs%-(.+)$')
  if not name then return nil end
  local m = {}
  for k, v in pairs(meta) do m[k] = v end
  m.bibliography = meta['bibliography_' .. name]
  m.nocite = pandoc.MetaInlines{pandoc.Cite({pandoc.Str('@*')}, {pandoc.Citation('*', 'AuthorInText')})}
  local tmp = pandoc.Pandoc({pandoc.Div({}, pandoc.Attr('refs'))}, pandoc.Meta(m))
  return citeproc(tmp).blocks
end

return {{Meta = Meta}, {Div = Div}}
"""

MD_HEAD = r"""---
title: "Mateus Albuquerque Lins, Ph.D."
subtitle: "Curriculum Vitae"
date: "March 2025"
documentclass: article
fontsize: 11pt
geometry: margin=1in
colorlinks: true
linkcolor: blue
urlcolor: blue
csl: "%s"
%s
---

Department of Biomedical Engineering, Case Western Reserve University\
10900 Euclid Avenue, Wickenden Building 309, Cleveland, OH 44106, USA\
<mateus.lins@case.edu> · +1 216 555 0147 · <https://mlins-lab.github.io>

# Education

**Ph.D., Biomedical Engineering** \hfill 2014--2019\
University of Michigan, Ann Arbor, MI. Advisor: Prof. Laurent Moreau

**M.Sc., Electrical Engineering** \hfill 2012--2014\
Universidade de São Paulo, São Carlos, Brazil

**B.Sc., Electrical Engineering** \hfill 2007--2011\
Universidade Federal de Pernambuco, Recife, Brazil

# Appointments

**Assistant Professor** \hfill 2021--present\
Department of Biomedical Engineering, Case Western Reserve University, Cleveland, OH

**Postdoctoral Research Fellow** \hfill 2019--2021\
Athinoula A. Martinos Center for Biomedical Imaging, Massachusetts General Hospital, Charlestown, MA.
Mentor: Dr. Hannah Rees-Whitford

**Research Intern, MR Collaborations** \hfill Summer 2017\
Siemens Healthineers, Erlangen, Germany

# Honors and Awards

- ISMRM Junior Fellow, International Society for Magnetic Resonance in Medicine \hfill 2023
- NIH NIBIB K99/R00 Pathway to Independence Award \hfill 2020
- Rackham Predoctoral Fellowship, University of Michigan \hfill 2018
- ISMRM Magna Cum Laude Merit Award \hfill 2018

# Publications

Google Scholar: 1,240 citations, h-index 17 (March 2025). Lists generated from BibTeX; numbering restarts in each list.
"""
MD_TAIL = r"""
# Teaching

- EBME 361 Biomedical Imaging Laboratory (instructor, Fall 2022, Fall 2023, Fall 2024)
- EBME 410 Medical Imaging Fundamentals (co-instructor, Spring 2023)

# Service

- Reviewer: IEEE Trans. Med. Imaging, Magn. Reson. Med., Med. Image Anal., MICCAI, ISBI
- Program committee, MICCAI 2024 Workshop on Deep Generative Models

# Skills

**Programming:** Python (PyTorch, JAX), MATLAB, C++\
**MRI:** Siemens IDEA pulse programming, Gadgetron, BART\
**Languages:** Portuguese (native), English (fluent), Spanish (intermediate)
"""
SKILLS = ["Python", "PyTorch", "JAX", "MATLAB", "C++", "Siemens IDEA pulse programming", "Gadgetron", "BART",
          "Portuguese (native)", "English (fluent)", "Spanish (intermediate)"]
AWARDS = ["ISMRM Junior Fellow, International Society for Magnetic Resonance in Medicine",
          "NIH NIBIB K99/R00 Pathway to Independence Award", "Rackham Predoctoral Fellowship, University of Michigan",
          "ISMRM Magna Cum Laude Merit Award"]
EDU = [edu("University of Michigan", "Ph.D.", "Biomedical Engineering", "2014", "2019", advisor="Prof. Laurent Moreau",
           location="Ann Arbor, MI"),
       edu("Universidade de São Paulo", "M.Sc.", "Electrical Engineering", "2012", "2014", location="São Carlos, Brazil"),
       edu("Universidade Federal de Pernambuco", "B.Sc.", "Electrical Engineering", "2007", "2011",
           location="Recife, Brazil")]
POS = [pos("Department of Biomedical Engineering, Case Western Reserve University", "Assistant Professor", "2021",
           "present", "job", location="Cleveland, OH"),
       pos("Athinoula A. Martinos Center for Biomedical Imaging, Massachusetts General Hospital",
           "Postdoctoral Research Fellow", "2019", "2021", "research", location="Charlestown, MA",
           supervisor="Dr. Hannah Rees-Whitford"),
       pos("Siemens Healthineers", "Research Intern, MR Collaborations", "2017", "2017", "internship",
           location="Erlangen, Germany")]


def bib_entry(key, btype, authors, title, fields):
    lines = [f"@{btype}{{{key},", f"  author = {{{' and '.join(authors)}}},", f"  title = {{{title}}},"]
    for k, v in fields.items():
        lines.append(f"  {k} = {v}," if k == "month" else f"  {k} = {{{v}}},")
    return "\n".join(lines) + "\n}\n"


def build(out_dir):
    bibs = {}
    pubs = []
    count = {}
    for sec, key, btype, bauth, btitle, gtitle, fields, venue, vraw, year, typ, note, extra in PUBS:
        bibs.setdefault(sec, []).append(bib_entry(key, btype, bauth, btitle, fields))
        count[sec] = count.get(sec, 0) + 1
        printed = [NAMES[a] for a in bauth]
        trunc = extra.get("trunc", False)
        if trunc:
            printed = printed[:1]
        doi = fields.get("doi")
        links = extra.get("links", [f"https://doi.org/{doi}"] if doi else [])
        title = gtitle or btitle.replace("{", "").replace("}", "")
        pubs.append(pub(sec, count[sec], title, printed, venue, vraw, year, typ, links=links, note=note, doi=doi,
                        self_index=owner_index(printed, {ME}), trunc=trunc))
    meta = "\n".join(f"bibliography_{BIBNAME[s]}: {STEM}-{BIBNAME[s]}.bib" for s in HEAD)
    md = [MD_HEAD % (CSL, meta)]
    for s in HEAD:
        md.append(f"## {HEAD[s]}\n\n::: {{#refs-{BIBNAME[s]}}}\n:::\n")
    md.append(MD_TAIL)
    md = "\n".join(md)
    (SOURCE / f"{STEM}.md").write_text(md, encoding="utf-8")
    (SOURCE / f"{STEM}-multibib.lua").write_text(LUA, encoding="utf-8")
    for s, entries in bibs.items():
        (SOURCE / f"{STEM}-{BIBNAME[s]}.bib").write_text("\n".join(entries), encoding="utf-8")
    with tempfile.TemporaryDirectory() as tmp:
        for name in [f"{STEM}.md", f"{STEM}-multibib.lua"] + [f"{STEM}-{BIBNAME[s]}.bib" for s in HEAD]:
            shutil.copy2(SOURCE / name, f"{tmp}/{name}")
        r = subprocess.run(["pandoc", f"{STEM}.md", "-s", "-t", "latex", "--pdf-engine=xelatex",
                            f"--lua-filter={STEM}-multibib.lua", "-o", f"{STEM}.tex"],
                           cwd=tmp, capture_output=True, text=True, timeout=300)
        if r.returncode != 0:
            raise RuntimeError("pandoc failed:\n" + r.stderr[-3000:])
        tex = open(f"{tmp}/{STEM}.tex", encoding="utf-8").read()
    compile_tex(tex, STEM, out_dir, engine="xelatex", passes=2)
    return gold(f"{STEM}.pdf", PERSON, EDU, POS, pubs, [{"name": a, "date": None} for a in AWARDS], SKILLS)
