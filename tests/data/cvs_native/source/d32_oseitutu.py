"""32: CS master's student **one-page résumé in the Overleaf "Jake's Resume" look** (PDF, pdfTeX): `\\Huge\\scshape`
name, a one-line contact bar with `$|$` separators and underlined hyperlinks, small-caps section titles over a
`\\titlerule`, `tabular*` sub-headings with **right-aligned dates and places**, `\\small` `itemize` bullets, tight
margins. The **Publications** section reuses the sub-heading macro: a bold typed label + title on the left and the
**venue + year right-aligned** on the same line; the author line (owner bold, `*` equal contribution with a legend) on
the left of the second line and **hyperlinked "Paper | Code" labels** right-aligned. Labels `[C4]`…`[C1]`, `[J1]`,
`[W2]`, `[W1]`, `[P1]` restart per type inside one section. Projects and coursework are not annotated."""
from make_native import pub, owner_index, edu, pos, gold, compile_tex

STEM = "32_oseitutu-cs-jakesresume"
ME = "D. Osei-Tutu"
PERSON = {"name": "Daniel Osei-Tutu", "emails": ["dosei7@gatech.edu"], "phones": ["+1 (404) 555-0187"],
          "homepages": ["https://dosei.dev"]}
SEC = "publications"
EQ_NOTE = "* equal contribution (legend)"
# (label, title, authors (with * markers), right-hand venue text, links, gold dict)
PUBS = [
    ("C4", "Tail-Latency-Aware Batching for Retrieval-Augmented Generation",
     ["J. Whitfield", ME, "P. Ramaswamy", "M.-L. Froehlich"], "EuroSys 2025",
     ["https://arxiv.org/abs/2411.06652", "https://github.com/gt-sysml/tlab"],
     dict(venue="EuroSys", year=2025, type="conference")),
    ("C3", "Speculative Decoding with Adaptive Draft Trees for Serving LLMs at Scale",
     [ME, "P. Ramaswamy", "J. Whitfield", "M.-L. Froehlich"], "MLSys 2025",
     ["https://arxiv.org/abs/2410.11873", "https://github.com/dosei-tutu/adatree"],
     dict(venue="MLSys", year=2025, type="conference")),
    ("C2", "Learned Congestion Control under Partial Observability",
     ["P. Ramaswamy*", "D. Osei-Tutu*", "M.-L. Froehlich"], "NSDI 2025",
     ["https://www.usenix.org/conference/nsdi25/presentation/ramaswamy"],
     dict(venue="NSDI", year=2025, type="conference", note=EQ_NOTE)),
    ("C1", "FlashPrune: Structured Sparsity for Transformer Inference on Edge GPUs",
     ["A. Mensah", ME, "K. Boateng"], "Findings of EMNLP 2023",
     ["https://aclanthology.org/2023.findings-emnlp.871/", "https://github.com/amensah/flashprune"],
     dict(venue="EMNLP", year=2023, type="findings", flags=["findings"])),
    ("J1", "Low-Resource ASR for Twi and Ewe with Self-Supervised Pretraining",
     ["K. Boateng", ME, "A. Mensah", "E. Asamoah"], "IEEE/ACM TASLP 2024",
     ["https://doi.org/10.1109/TASLP.2024.3388125"],
     dict(venue="IEEE/ACM TASLP", year=2024, type="journal", doi="10.1109/TASLP.2024.3388125")),
    ("W2", "Cache-Aware Scheduling for Multi-Tenant LoRA Serving",
     [ME, "J. Whitfield"], "NeurIPS 2024 Workshop on ML for Systems (Oral)",
     ["https://openreview.net/forum?id=Lq8vTz3kPa"],
     dict(venue="NeurIPS", venue_raw="NeurIPS 2024 Workshop on ML for Systems", year=2024, type="workshop",
          flags=["workshop", "oral"])),
    ("W1", "Benchmarking Tokenizers for Ghanaian Languages",
     [ME, "K. Boateng"], "AfricaNLP @ ICLR 2023",
     ["https://openreview.net/forum?id=Gh2kTw9xQe"],
     dict(venue="ICLR", year=2023, type="workshop", flags=["workshop"])),
    ("P1", "Energy-Proportional KV-Cache Eviction for Long-Context Inference",
     [ME, "M.-L. Froehlich"], "arXiv 2025 (under review)",
     ["https://arxiv.org/abs/2504.01177"],
     dict(venue="arXiv", venue_raw="arXiv 2025", year=2025, type="preprint", flags=["under_review"],
          note="under review")),
]
EDU = [
    (edu("Georgia Institute of Technology", "M.S.", "Computer Science", "2023-08", "2025-05", expected=True,
         gpa="3.94/4.00", location="Atlanta, GA"),
     "Georgia Institute of Technology", "Atlanta, GA", "Master of Science in Computer Science; GPA: 3.94/4.00",
     "Aug. 2023 -- May 2025 (expected)"),
    (edu("Ashesi University", "B.Sc.", "Computer Science", "2018-08", "2022-05", gpa="3.89/4.00",
         location="Berekuso, Ghana"),
     "Ashesi University", "Berekuso, Ghana", "Bachelor of Science in Computer Science, First Class Honours; GPA: 3.89/4.00",
     "Aug. 2018 -- May 2022"),
]
POS = [
    (pos("Systems for ML Lab, Georgia Institute of Technology", "Graduate Research Assistant", "2023-09", "present",
         "research", location="Atlanta, GA", supervisor="Prof. Mei-Ling Froehlich"),
     "Graduate Research Assistant", "Sep. 2023 -- Present", "Systems for ML Lab, Georgia Institute of Technology",
     "Atlanta, GA",
     ["Advisor: Prof. Mei-Ling Froehlich. Research on efficient LLM serving (speculative decoding, KV-cache policies).",
      "Built a trace-driven simulator in Rust that reproduces production tail latencies within 4\\%."]),
    (pos("Databricks", "Software Engineering Intern", "2024-05", "2024-08", "internship", location="San Francisco, CA",
         supervisor="Dr. Lars Eriksen"),
     "Software Engineering Intern", "May 2024 -- Aug. 2024", "Databricks", "San Francisco, CA",
     ["Mentor: Dr. Lars Eriksen. Shipped multi-LoRA adapter caching in the model-serving stack (p99 latency $-$31\\%)."]),
    (pos("Georgia Institute of Technology", "Graduate Teaching Assistant", "2024-01", "2024-05", "teaching",
         location="Atlanta, GA"),
     "Graduate Teaching Assistant", "Jan. 2024 -- May 2024", "Georgia Institute of Technology", "Atlanta, GA",
     ["CS 6250 Computer Networks: office hours for 180 students, autograder for the SDN project."]),
    (pos("Google Research", "Machine Learning Intern", "2022-06", "2022-08", "internship", location="Accra, Ghana"),
     "Machine Learning Intern", "Jun. 2022 -- Aug. 2022", "Google Research", "Accra, Ghana",
     ["Speech recognition data pipelines for Akan languages; 120 hours of transcribed Twi released."]),
]
AWARDS = [("MLSys 2025 Student Travel Grant", "2025"), ("Mastercard Foundation Scholar", "2018 -- 2022"),
          ("Best Undergraduate Thesis, Ashesi University", "2022")]
SKILLS = [("Languages", ["Python", "C++", "Rust", "CUDA", "SQL"]),
          ("Frameworks", ["PyTorch", "JAX", "Ray", "vLLM"]),
          ("Tools", ["Kubernetes", "Docker", "Linux", "Git"])]


def tex(s):
    return s.replace("&", r"\&").replace("%", r"\%").replace("#", r"\#").replace("_", r"\_")


def authors_tex(authors):
    out = []
    for a in authors:
        core, star = (a[:-1], "*") if a.endswith("*") else (a, "")
        out.append((r"\textbf{" + core + "}" if core == ME else core) + star)
    return ", ".join(out)


def build(out_dir):
    L = [r"""\documentclass[letterpaper,11pt]{article}
\usepackage{latexsym}
\usepackage[empty]{fullpage}
\usepackage{titlesec}
\usepackage{marvosym}
\usepackage[usenames,dvipsnames]{color}
\usepackage{verbatim}
\usepackage{enumitem}
\usepackage[hidelinks]{hyperref}
\usepackage{fancyhdr}
\usepackage[english]{babel}
\usepackage{tabularx}
\usepackage{array}
\pagestyle{fancy}
\fancyhf{}
\fancyfoot{}
\renewcommand{\headrulewidth}{0pt}
\renewcommand{\footrulewidth}{0pt}
\addtolength{\oddsidemargin}{-0.5in}
\addtolength{\evensidemargin}{-0.5in}
\addtolength{\textwidth}{1in}
\addtolength{\topmargin}{-.5in}
\addtolength{\textheight}{1.0in}
\urlstyle{same}
\raggedbottom
\raggedright
\setlength{\tabcolsep}{0in}
\titleformat{\section}{\vspace{-4pt}\scshape\raggedright\large}{}{0em}{}[\color{black}\titlerule \vspace{-5pt}]
\pdfgentounicode=1
\newcommand{\resumeItem}[1]{\item\small{{#1 \vspace{-2pt}}}}
\newcommand{\resumeSubheading}[4]{
  \vspace{-2pt}\item
    \begin{tabular*}{0.97\textwidth}[t]{l@{\extracolsep{\fill}}r}
      \textbf{#1} & #2 \\
      \textit{\small#3} & \textit{\small #4} \\
    \end{tabular*}\vspace{-7pt}
}
\newcommand{\resumePub}[4]{
  \vspace{-2pt}\item
    \begin{tabular*}{0.97\textwidth}[t]{>{\raggedright\arraybackslash}p{0.74\textwidth}@{\extracolsep{\fill}}r}
      \textbf{#1} & \textit{\small #2} \\
      \small #3 & \small #4 \\
    \end{tabular*}\vspace{-7pt}
}
\renewcommand\labelitemii{$\vcenter{\hbox{\tiny$\bullet$}}$}
\newcommand{\resumeSubHeadingListStart}{\begin{itemize}[leftmargin=0.15in, label={}]}
\newcommand{\resumeSubHeadingListEnd}{\end{itemize}}
\newcommand{\resumeItemListStart}{\begin{itemize}}
\newcommand{\resumeItemListEnd}{\end{itemize}\vspace{-5pt}}
\begin{document}
\begin{center}
    \textbf{\Huge \scshape Daniel Osei-Tutu} \\ \vspace{1pt}
    \small +1 (404) 555-0187 $|$ \href{mailto:dosei7@gatech.edu}{\underline{dosei7@gatech.edu}} $|$
    \href{https://dosei.dev}{\underline{https://dosei.dev}} $|$
    \href{https://github.com/dosei-tutu}{\underline{github.com/dosei-tutu}}
\end{center}
"""]
    L.append(r"\section{Education}" "\n" r"\resumeSubHeadingListStart")
    for g, inst, place, deg, dates in EDU:
        L.append(r"\resumeSubheading{%s}{%s}{%s}{%s}" % (inst, place, deg, dates))
    L.append(r"\resumeSubHeadingListEnd")
    L.append(r"\section{Experience}" "\n" r"\resumeSubHeadingListStart")
    for g, title, dates, org, place, items in POS:
        L.append(r"\resumeSubheading{%s}{%s}{%s}{%s}" % (title, dates, org, place))
        L.append(r"\resumeItemListStart")
        L += [r"\resumeItem{%s}" % it for it in items]
        L.append(r"\resumeItemListEnd")
    L.append(r"\resumeSubHeadingListEnd")
    L.append(r"\section{Publications}" "\n"
             r"{\small \textbf{*} equal contribution. C = conference, J = journal, W = workshop, P = preprint.}"
             "\n" r"\resumeSubHeadingListStart")
    pubs = []
    for i, (label, title, authors, right, links, g) in enumerate(PUBS, 1):
        names = ["Paper", "Code"][: len(links)] if len(links) > 1 or "arxiv" in links[0] or "openreview" in links[0] \
            or "usenix" in links[0] else ["DOI"]
        lk = " $|$ ".join(r"\href{%s}{\underline{%s}}" % (tex(u).replace(r"\#", "#"), n) for u, n in zip(links, names))
        L.append(r"\resumePub{[%s] %s}{%s}{%s}{%s}" % (label, tex(title), tex(right), authors_tex(authors), lk))
        clean = [a.rstrip("*") for a in authors]
        eq = [k for k, a in enumerate(authors) if a.endswith("*")]
        flags = g.get("flags", [])
        pubs.append(pub(SEC, i, title, clean, g["venue"], g.get("venue_raw", right), g["year"], g["type"],
                        flags=flags, links=links, note=g.get("note"), doi=g.get("doi"),
                        self_index=owner_index(clean, {ME}), eq=eq))
    L.append(r"\resumeSubHeadingListEnd")
    L.append(r"\section{Honors \& Awards}" "\n" r"\begin{itemize}[leftmargin=0.15in, label={}]" "\n" r"\small{\item{")
    L.append(r" \\ ".join(r"%s \hfill %s" % (tex(n), d) for n, d in AWARDS))
    L.append(r"}}" "\n" r"\end{itemize}")
    L.append(r"\section{Technical Skills}" "\n" r"\begin{itemize}[leftmargin=0.15in, label={}]" "\n" r"\small{\item{")
    L.append(r" \\ ".join(r"\textbf{%s}{: %s}" % (k, ", ".join(v)) for k, v in SKILLS))
    L.append(r"}}" "\n" r"\end{itemize}")
    L.append(r"\end{document}")
    compile_tex("\n".join(L) + "\n", STEM, out_dir)
    return gold(f"{STEM}.pdf", PERSON, [e[0] for e in EDU], [p[0] for p in POS], pubs,
                [{"name": n, "date": None} for n, _ in AWARDS], [s for _, v in SKILLS for s in v])
