"""11: computer vision CV of a Chinese-born researcher (DOCX) in the shape of a Google Docs export: every paragraph is
'Normal' with direct formatting (bold 12 pt headings with a bottom rule, no heading styles, no Word list numbering),
labels typed by hand ([C1], [J2], [P1]), organisation and date on one line split by a right-aligned tab stop, bullets
typed as '•'. Bilingual section headings ("教育背景 Education"), names with a Chinese gloss ("Haoran Liu (刘浩然)"),
'#' co-first and '*' corresponding authors with a legend, venues as "NeurIPS'24" / "CVPR 2024" with "(CCF-A, Spotlight)"
tags, an ICCV workshop next to an ICCV main paper, IEEE journals by full name and acronym, one Chinese-language journal
paper in GB/T 7714 style ("刘浩然, 张伟, 王军*. 标题[J]. 计算机学报, 2021, 44(3): 512-526."), and [Paper]/[Code]
hyperlinks whose URLs are not printed. (A PDF from HTML was not possible: the build machine has no CJK font, and
Chromium drops characters it cannot draw from the PDF text layer.)"""
from docx import Document
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.shared import Cm, Pt, RGBColor

from make_native import pub, owner_index, edu, pos, gold
from docxutil import add_hyperlink, fixed_docx_metadata, para_border_bottom

STEM = "11_liu-cv-googledocs"
OWNER = {"Haoran Liu", "刘浩然"}
PERSON = {"name": "Haoran Liu", "emails": ["haoran.liu@nus.edu.sg"], "phones": ["+65 8123 4567"],
          "homepages": ["https://haoranliu.github.io"]}
# (gold, org line (left of the tab), dates, detail line)
EDU = [
    (edu("Tsinghua University", "Ph.D.", "Computer Science and Technology", "2019-09", "2024-06", advisor="Prof. Jun Wang",
         location="Beijing, China"),
     "Tsinghua University (清华大学), Beijing, China", "Sep 2019 – Jun 2024",
     "Ph.D. in Computer Science and Technology. Advisor: Prof. Jun Wang (王军)"),
    (edu("Zhejiang University", "B.Eng.", "Computer Science and Technology", "2015-09", "2019-06", gpa="3.91/4.0",
         location="Hangzhou, China"),
     "Zhejiang University (浙江大学), Hangzhou, China", "Sep 2015 – Jun 2019",
     "B.Eng. in Computer Science and Technology, Chu Kochen Honors College. GPA: 3.91/4.0 (rank 3/186)"),
]
POS = [
    (pos("School of Computing, National University of Singapore", "Postdoctoral Research Fellow", "2024-08", "present", "research",
         location="Singapore", supervisor="Prof. Wee Kiat Ong"),
     "School of Computing, National University of Singapore, Singapore", "Aug 2024 – Present",
     "Postdoctoral Research Fellow. Host: Prof. Wee Kiat Ong"),
    (pos("Microsoft Research Asia (MSRA)", "Research Intern", "2022-06", "2022-12", "internship", location="Beijing, China",
         supervisor="Dr. Lei Zhang"),
     "Microsoft Research Asia (MSRA), Beijing, China", "Jun 2022 – Dec 2022",
     "Research Intern, Visual Computing Group. Mentor: Dr. Lei Zhang (张磊)"),
    (pos("ByteDance AI Lab", "Research Intern", "2021-07", "2021-10", "internship", location="Beijing, China"),
     "ByteDance AI Lab, Beijing, China", "Jul 2021 – Oct 2021", "Research Intern, Video Understanding Team"),
]
AWARDS = [("Outstanding Doctoral Dissertation Award, Tsinghua University", "清华大学优秀博士学位论文", "2024"),
          ("National Scholarship for Doctoral Students", "博士研究生国家奖学金", "2022"),
          ("Outstanding Reviewer, CVPR 2023", None, "2023"),
          ("Outstanding Graduate of Zhejiang University", "浙江大学优秀毕业生", "2019")]
SKILLS = ["Python", "PyTorch", "JAX", "CUDA", "C++", "Mandarin (native)", "English (fluent)"]

CONF, WS, JOUR, PRE = "会议论文 conference papers", "研讨会论文 workshop papers", "期刊论文 journal articles", "预印本 preprints"
HEAD = {CONF: "会议论文 Conference Papers", WS: "研讨会论文 Workshop Papers", JOUR: "期刊论文 Journal Articles",
        PRE: "预印本 Preprints"}
GH = "https://github.com/haoranliu/"
# section, label, authors, marks {i: "#"/"*"/"#*"}, title, venue text, tag text, links [(label, url)], gold
ENTRIES = [
    (CONF, "C1", ["Haoran Liu", "Yuxin Chen", "Mingjie Zhao", "Jun Wang"], {0: "#", 1: "#", 3: "*"},
     "HiMerge: Hierarchical Token Merging for Efficient Long Video Understanding", "NeurIPS'24", "(CCF-A, Spotlight)",
     [("Paper", "https://openreview.net/forum?id=hM3rg8Kq2v"), ("Code", GH + "HiMerge")],
     dict(venue="NeurIPS", year=2024, flags=["spotlight"], eq=[0, 1])),
    (CONF, "C2", ["Yuxin Chen", "Haoran Liu", "Jun Wang"], {2: "*"},
     "Temporal Grounding with Sparse Event Queries", "CVPR 2024", "(CCF-A, Highlight)",
     [("Paper", "https://openaccess.thecvf.com/content/CVPR2024/html/Chen_Temporal_Grounding_CVPR_2024_paper.html")],
     dict(venue="CVPR", year=2024, flags=["spotlight"])),
    (CONF, "C3", ["Haoran Liu", "Wei Zhang", "Jun Wang"], {2: "*"},
     "Memory-Efficient Fine-Tuning of Vision Transformers via Low-Rank Gradient Projection", "ICLR'24", "(Oral)",
     [("Paper", "https://openreview.net/forum?id=Qx7bL2fKcR"), ("Code", GH + "LoGP")],
     dict(venue="ICLR", year=2024, flags=["oral"])),
    (CONF, "C4", ["Xinyi Guo", "Haoran Liu", "Zhengyang Sun", "Jun Wang"], {3: "*"},
     "Self-Supervised Pretraining for Egocentric Action Anticipation", "ICCV'23", "(CCF-A)",
     [("Paper", "https://openaccess.thecvf.com/content/ICCV2023/html/Guo_Self-Supervised_ICCV_2023_paper.html")],
     dict(venue="ICCV", year=2023)),
    (CONF, "C5", ["Mingjie Zhao", "Haoran Liu", "Jun Wang"], {0: "#", 1: "#"},
     "Learning to Compress Visual Tokens for Multimodal Large Language Models", "ACM MM'23", "(CCF-A)",
     [("Paper", "https://dl.acm.org/doi/10.1145/3581783.3612044")],
     dict(venue="ACM MM", year=2023, eq=[0, 1])),
    (CONF, "C6", ["Haoran Liu", "Jun Wang"], {1: "*"},
     "Frame-Adaptive Sampling for Action Recognition under Compute Budgets", "AAAI'23", "(CCF-A, Oral)",
     [("Paper", "https://ojs.aaai.org/index.php/AAAI/article/view/25311"), ("Code", GH + "FAS")],
     dict(venue="AAAI", year=2023, flags=["oral"])),
    (CONF, "C7", ["Haoran Liu", "Lei Zhang", "Jun Wang"], {},
     "Rethinking Patch Dropout for Video Transformers", "ECCV 2022", "(CCF-B)",
     [("Paper", "https://www.ecva.net/papers/eccv_2022/papers_ECCV/papers/136740210.pdf")],
     dict(venue="ECCV", year=2022)),
    (WS, "W1", ["Haoran Liu", "Yuxin Chen"], {},
     "Token Pruning Meets Video LLMs: An Empirical Study",
     "ICCV'23 Workshop on Resource-Efficient Deep Learning for Computer Vision (RCV)", "",
     [("Paper", "https://openaccess.thecvf.com/content/ICCV2023W/RCV/html/Liu_Token_Pruning_ICCVW_2023_paper.html")],
     dict(venue="ICCV", year=2023, type="workshop", flags=["workshop"])),
    (JOUR, "J1", ["Haoran Liu", "Yuxin Chen", "Lei Zhang", "Jun Wang"], {3: "*"},
     "Efficient Video Transformers: A Survey", "IEEE Transactions on Pattern Analysis and Machine Intelligence (TPAMI), 2024",
     "(CCF-A, IF=20.8)", [("Paper", "https://ieeexplore.ieee.org/document/10413456")],
     dict(venue="IEEE TPAMI", vraw="IEEE Transactions on Pattern Analysis and Machine Intelligence (TPAMI)", year=2024, type="journal")),
    (JOUR, "J2", ["Mingjie Zhao", "Haoran Liu", "Jun Wang"], {},
     "Adaptive Frame Selection for Video Question Answering",
     "IEEE Transactions on Image Processing (TIP), vol. 32, pp. 4512–4525, 2023", "(CCF-A)", [],
     dict(venue="IEEE TIP", vraw="IEEE Transactions on Image Processing (TIP)", year=2023, type="journal", extra="vol. 32, pp. 4512–4525")),
    (PRE, "P1", ["Haoran Liu", "Xinyi Guo", "Jun Wang"], {2: "*"},
     "StreamVLM: Online Video-Language Modeling with Bounded Memory", "arXiv:2410.05123, 2024", "Under review at CVPR'25.",
     [("Paper", "https://arxiv.org/abs/2410.05123")],
     dict(venue="arXiv", vraw="arXiv:2410.05123", year=2024, type="preprint", flags=["under_review"])),
    (PRE, "P2", ["Zhengyang Sun", "Haoran Liu"], {},
     "EgoLong: A Benchmark for Long-Horizon Egocentric Video Reasoning", "arXiv preprint, 2025", "",
     [("Paper", "https://arxiv.org/abs/2502.01234"), ("Data", "https://huggingface.co/datasets/zysun/EgoLong")],
     dict(venue="arXiv", vraw="arXiv preprint", year=2025, type="preprint")),
]
# the Chinese-language journal paper, GB/T 7714 style, after J2
CN = (JOUR, "J3", ["刘浩然", "张伟", "王军"], {2: "*"}, "面向长视频理解的高效Transformer模型", "计算机学报", 2021,
      "44(3): 512-526", "Efficient Transformer Models for Long Video Understanding, in Chinese")

FONT = "Arial"


def run(p, text, bold=False, italic=False, size=10.5, color=None, sup=False):
    r = p.add_run(text)
    r.font.name, r.font.size, r.bold, r.italic = FONT, Pt(size), bold, italic
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    if sup:
        r.font.superscript = True
    return r


def build(out_dir):
    doc = Document()
    fixed_docx_metadata(doc, "Haoran Liu", "CV - Haoran Liu")
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(1.9)
    sec.top_margin = sec.bottom_margin = Cm(1.5)
    right = sec.page_width - sec.left_margin - sec.right_margin

    def para(space_after=2, tab=False, indent=None):
        p = doc.add_paragraph()  # 'Normal' everywhere, as a Google Docs export
        pf = p.paragraph_format
        pf.space_before, pf.space_after, pf.line_spacing = Pt(0), Pt(space_after), 1.15
        if tab:
            pf.tab_stops.add_tab_stop(right, WD_TAB_ALIGNMENT.RIGHT)
        if indent is not None:
            pf.left_indent = Cm(indent)
        return p

    def heading(text):
        p = para(space_after=4)
        p.paragraph_format.space_before = Pt(10)
        run(p, text, bold=True, size=12, color="1F3864")
        para_border_bottom(p, color="1F3864", sz="6")

    p = para(space_after=2)
    run(p, "Haoran Liu (刘浩然)", bold=True, size=20)
    p = para(space_after=0)
    run(p, "Postdoctoral Research Fellow, School of Computing, National University of Singapore")
    p = para(space_after=6)
    run(p, "Email: haoran.liu@nus.edu.sg | Phone: +65 8123 4567 | Homepage: https://haoranliu.github.io | ")
    add_hyperlink(p, "https://scholar.google.com/citations?user=Hl7xQ2AAAAAJ", "Google Scholar")
    run(p, " | ")
    add_hyperlink(p, "https://github.com/haoranliu", "GitHub")

    heading("研究方向 Research Interests")
    p = para()
    run(p, "Efficient video understanding, multimodal large language models, token reduction, and memory-efficient training.")

    heading("教育背景 Education")
    for e, org, dates, detail in EDU:
        p = para(space_after=0, tab=True)
        run(p, org, bold=True)
        run(p, "\t" + dates)
        p = para(space_after=4)
        run(p, detail, italic=True)

    heading("工作经历 Experience")
    for ps, org, dates, detail in POS:
        p = para(space_after=0, tab=True)
        run(p, org, bold=True)
        run(p, "\t" + dates)
        p = para(space_after=4)
        run(p, detail, italic=True)

    heading("发表论文 Publications")
    p = para(space_after=4)
    run(p, "# equal contribution (co-first author); * corresponding author. CCF-A/B: China Computer Federation recommended "
           "venue ranking. Google Scholar citations: 1,240 (March 2025).", italic=True, size=9.5)
    pubs, last = [], None

    def entry_head(section):
        nonlocal last
        if section != last:
            p = para(space_after=2)
            p.paragraph_format.space_before = Pt(6)
            run(p, HEAD[section], bold=True, size=11)
            last = section

    for section, label, auth, marks, title, venue_text, tag, links, g in ENTRIES:
        entry_head(section)
        p = para(space_after=3, indent=0.0)
        run(p, f"[{label}] ")
        for i, a in enumerate(auth):
            if i:
                run(p, ", ")
            run(p, a, bold=a in OWNER)
            if i in marks:
                run(p, marks[i])
        run(p, f". {title}. ")
        run(p, venue_text, italic=True)
        if tag.startswith("("):
            run(p, f" {tag}.")
        elif tag:
            run(p, f". {tag}")
        else:
            run(p, ".")
        for lab, url in links:
            run(p, " ")
            add_hyperlink(p, url, f"[{lab}]")
        notes = []
        if tag and not tag.startswith("Under"):
            notes.append(tag.strip("()"))
        if tag.startswith("Under"):
            notes.append(tag.rstrip("."))
        if g.get("extra"):
            notes.append(g["extra"])
        if any("*" in m for m in marks.values()):
            notes.append("* corresponding author")
        pubs.append(pub(section, int(label[1:]), title, auth, g["venue"], g.get("vraw", venue_text), g["year"],
                        g.get("type", "conference"), flags=g.get("flags", ()), links=[u for _, u in links],
                        note="; ".join(notes) or None, doi=g.get("doi"), self_index=owner_index(auth, OWNER),
                        eq=g.get("eq", ())))
        if label == "J2":  # the Chinese-language paper follows J2
            section_, label_, a_, m_, t_, j_, y_, vp_, en_ = CN
            p = para(space_after=3)
            run(p, f"[{label_}] ")
            for i, a in enumerate(a_):
                if i:
                    run(p, ", ")
                run(p, a, bold=a in OWNER)
                if i in m_:
                    run(p, m_[i])
            run(p, f". {t_}[J]. ")
            run(p, j_, italic=True)
            run(p, f", {y_}, {vp_}. ({en_})")
            pubs.append(pub(section_, 3, t_, a_, "Chinese Journal of Computers", j_, y_, "journal",
                            note=f"[J]; {vp_}; ({en_}); * corresponding author", self_index=owner_index(a_, OWNER)))
    # J3 comes after J2 in the document, before the preprints: re-order the gold the same way
    order = [e["section"] + str(e["index"]) for e in pubs]
    assert order.index(JOUR + "3") == order.index(JOUR + "2") + 1

    heading("荣誉奖项 Honors and Awards")
    for en, zh, y in AWARDS:
        p = para(space_after=1, tab=True)
        run(p, "•  " + en + (f" ({zh})" if zh else ""))
        run(p, "\t" + y)

    heading("学术服务 Academic Service")
    p = para()
    run(p, "Reviewer: CVPR, ICCV, ECCV, NeurIPS, ICLR, AAAI, IEEE TPAMI, IEEE TIP, IEEE TCSVT.")
    heading("技能 Skills")
    p = para(space_after=1)
    run(p, "Programming: ", bold=True)
    run(p, ", ".join(SKILLS[:5]))
    p = para(space_after=1)
    run(p, "Languages: ", bold=True)
    run(p, ", ".join(SKILLS[5:]))
    doc.save(out_dir / f"{STEM}.docx")
    return gold(STEM + ".docx", PERSON, [e for e, *_ in EDU], [ps for ps, *_ in POS], pubs,
                [{"name": en, "date": None} for en, _, _ in AWARDS], SKILLS)
