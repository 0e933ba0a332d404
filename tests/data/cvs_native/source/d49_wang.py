"""49: environmental engineering (water treatment) CV in the **Chinese university "个人简历 / Curriculum Vitae" Word
form, bilingual throughout**: a centred bilingual title, a **gridded 4-column basic-information table** (label cells
"姓名 Name", "职称 Title", "单位 Affiliation", "电子邮箱 E-mail", "电话 Phone", "个人主页 Homepage", shaded), **Heading 1
styles with bilingual text** ("教育背景 Education", "工作经历 Work Experience", "代表性论文 Selected Publications",
"科研项目 Research Projects", "荣誉奖励 Honors and Awards", "学术兼职 Academic Service", "专业技能 Skills"), Chinese dates
"2021.07–至今 present" and "2012.09–2017.06" before bilingual degree/post lines; publications under **Heading 2
sub-lists** ("期刊论文 Journal Papers", "会议论文 Conference Papers", "中文期刊论文 Papers in Chinese") as **Word-numbered
lists with the `[%1]` format** (the brackets and numbers are list numbering, not text), restarting per sub-list,
every reference in **GB/T 7714-2015 style also for the English papers**: `Wang Y, Li H, Zhang J*. Title[J]. Water
Research, 2024, 250: 121045.`, surname + initials without dots, the owner **bold**, `#` co-first and `*`
corresponding author with a bilingual legend, `[C]//Proceedings …: pages` for conference papers, `DOI:` tails,
**"et al."** after three names (GB/T's rule), two Chinese-language papers (`王雨桐, 李浩, 张军*. …[J]. 环境科学学报, …`) and a
Chinese-English footer ("王雨桐 WANG Yutong — 第 N 页 Page N"). Research projects and service not annotated."""
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

from make_native import pub, owner_index, edu, pos, gold
from docxutil import add_field, add_runs, cell_shading, fixed_docx_metadata, new_numbering, set_num

STEM = "49_wang-envengineering-bilingual"
ME = {"Wang Y", "王雨桐"}
PERSON = {"name": "Yutong Wang", "emails": ["wangyutong@tongji.edu.cn"], "phones": ["+86-21-6598-2689"],
          "homepages": ["https://cese.tongji.edu.cn/wangyutong"]}
JP, CPP, CN = "期刊论文 journal papers", "会议论文 conference papers", "中文期刊论文 papers in chinese"
NOTE_COR = "* corresponding author (legend)"

# (section, authors (# co-first, * corresponding), et al., title, journal as printed, tail, doi, gold venue, type, flags)
PUBS = [
    (JP, ["Wang Y#", "Chen L#", "Zhang J*"], False,
     "Partial nitritation–anammox in mainstream municipal wastewater: long-term stability at low temperature",
     "Water Research", ", 2024, 250: 121045", "10.1016/j.watres.2023.121045", "Water Research", "journal", ()),
    (JP, ["Li H", "Wang Y*", "Sun Q"], False,
     "Electro-assisted removal of perfluorooctanoic acid by boron-doped diamond anodes",
     "Environmental Science & Technology", ", 2024, 58(12): 5321-5331", "10.1021/acs.est.3c09876",
     "Environmental Science & Technology", "journal", ()),
    (JP, ["Wang Y", "Liu X", "Zhao M", "Zhang J*"], True,
     "Microbial community succession in anammox granules under salinity stress",
     "Bioresource Technology", ", 2023, 372: 128612", "10.1016/j.biortech.2023.128612", "Bioresource Technology",
     "journal", ()),
    (JP, ["Zhou T", "Wang Y*"], False,
     "Ceramic membrane fouling control by in-situ ozonation in secondary effluent reclamation",
     "Separation and Purification Technology", ", 2023, 315: 123689", "10.1016/j.seppur.2023.123689",
     "Separation and Purification Technology", "journal", ()),
    (JP, ["Wang Y", "Zhou T", "Li H"], False,
     "Fate of antibiotic resistance genes during sludge thermal hydrolysis and anaerobic digestion",
     "Journal of Hazardous Materials", ", 2022, 436: 129150", "10.1016/j.jhazmat.2022.129150",
     "Journal of Hazardous Materials", "journal", ()),
    (JP, ["Chen L", "Wang Y", "Huang X*"], False,
     "Nitrous oxide emissions from full-scale anoxic/oxic processes in Shanghai",
     "Chemical Engineering Journal", ", 2022, 446: 137285", "10.1016/j.cej.2022.137285", "Chemical Engineering Journal",
     "journal", ()),
    (JP, ["Wang Y", "Huang X*"], False,
     "Kinetics of hydroxylamine accumulation in nitritation reactors",
     "Chemosphere", ", 2021, 263: 128090", "10.1016/j.chemosphere.2020.128090", "Chemosphere", "journal", ()),
    (JP, ["Sun Q", "Li H", "Wang Y", "Zhang J*"], True,
     "Machine learning prediction of effluent total nitrogen in wastewater treatment plants",
     "Science of the Total Environment", ", 2021, 789: 147934", "10.1016/j.scitotenv.2021.147934",
     "Science of the Total Environment", "journal", ()),
    (JP, ["Wang Y", "Huang X*"], False,
     "Rapid start-up of anammox reactors seeded with conventional activated sludge",
     "Water Research", ", 2018, 142: 97-105", "10.1016/j.watres.2018.05.041", "Water Research", "journal", ()),
    (JP, ["Wang Y", "Zhao M", "Zhang J*"], False,
     "Direct potable reuse in megacities: a risk-based framework for China",
     "Nature Water", ", 2025, in press", None, "Nature Water", "journal", ("to_appear",)),
    (CPP, ["Wang Y", "Chen L", "Zhang J"], False,
     "Low-temperature mainstream anammox: pilot results from Shanghai",
     "Proceedings of the IWA World Water Congress & Exhibition", ". Copenhagen: IWA, 2022: 112-115", None,
     "IWA World Water Congress & Exhibition", "conference", ()),
    (CPP, ["Zhou T", "Wang Y"], False,
     "Ozone-assisted ceramic membrane filtration for water reclamation",
     "Proceedings of the 12th IWA International Membrane Technology Conference", ". Beijing: IWA, 2021: 45-48", None,
     "IWA International Membrane Technology Conference", "conference", ()),
    (CN, ["王雨桐", "李浩", "张军*"], False, "基于CANON工艺的城市污水主流厌氧氨氧化启动与稳定运行",
     "环境科学学报", ", 2020, 40(5): 1450-1458", None, "Acta Scientiae Circumstantiae", "journal", ()),
    (CN, ["陈琳", "王雨桐", "黄晓明*"], False, "A/O工艺污水处理厂N2O排放特征及影响因素",
     "中国环境科学", ", 2019, 39(8): 3201-3209", None, "China Environmental Science", "journal", ()),
]
EDU = [("2012.09–2017.06", "博士 Ph.D., 环境工程 Environmental Engineering, 清华大学 Tsinghua University "
        "(导师 Advisor: 黄晓明 教授 Prof. Xiaoming Huang)",
        edu("Tsinghua University", "Ph.D.", "Environmental Engineering", "2012-09", "2017-06",
            advisor="Prof. Xiaoming Huang")),
       ("2015.09–2016.08", "联合培养博士 Visiting Ph.D. Student, 代尔夫特理工大学 Delft University of Technology, Netherlands",
        edu("Delft University of Technology", None, None, "2015-09", "2016-08", location="Netherlands")),
       ("2008.09–2012.06", "学士 B.Eng., 给排水科学与工程 Water Supply and Drainage Engineering, 同济大学 Tongji University",
        edu("Tongji University", "B.Eng.", "Water Supply and Drainage Engineering", "2008-09", "2012-06"))]
POS = [("2021.07–至今 present", "副教授 Associate Professor, 同济大学环境科学与工程学院 College of Environmental Science and "
        "Engineering, Tongji University",
        pos("College of Environmental Science and Engineering, Tongji University", "Associate Professor", "2021-07",
            "present", "job")),
       ("2019.07–2021.06", "助理教授 Assistant Professor, 同济大学环境科学与工程学院 College of Environmental Science and "
        "Engineering, Tongji University",
        pos("College of Environmental Science and Engineering, Tongji University", "Assistant Professor", "2019-07",
            "2021-06", "job")),
       ("2017.07–2019.06", "博士后 Postdoctoral Researcher, 新加坡国立大学 National University of Singapore "
        "(合作导师 Supervisor: Prof. Kok Leong Tan)",
        pos("National University of Singapore", "Postdoctoral Researcher", "2017-07", "2019-06", "research",
            supervisor="Prof. Kok Leong Tan"))]
AWARDS = [("2023", "上海市青年科技启明星 Shanghai Rising-Star Program"),
          ("2022", "中国环境科学学会青年科学家奖 CSES Young Scientist Award"),
          ("2018", "清华大学优秀博士学位论文 Outstanding Doctoral Dissertation Award, Tsinghua University")]
AWARD_GOLD = ["Shanghai Rising-Star Program", "CSES Young Scientist Award",
              "Outstanding Doctoral Dissertation Award, Tsinghua University"]
SKILLS_LINE = [("编程 Programming", "Python, R, MATLAB"), ("模拟 Modelling", "BioWin, GPS-X, AQUASIM"),
               ("语言 Languages", "中文（母语）Chinese (native), 英语 English (fluent, IELTS 7.5)")]
SKILLS = ["Python", "R", "MATLAB", "BioWin", "GPS-X", "AQUASIM", "Chinese (native)", "English (fluent, IELTS 7.5)"]


def build(out_dir):
    doc = Document()
    fixed_docx_metadata(doc, "王雨桐", "个人简历 Curriculum Vitae")
    st = doc.styles["Normal"]
    st.font.name, st.font.size = "Times New Roman", Pt(10.5)
    st.element.rPr.rFonts.set("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}eastAsia", "SimSun")
    st.paragraph_format.space_after = Pt(3)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.0)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("王雨桐 WANG Yutong — 第 ")
    add_field(fp, "PAGE", "1")
    fp.add_run(" 页 Page ")
    add_field(fp, "PAGE", "1")

    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("个人简历 Curriculum Vitae")
    r.bold, r.font.size = True, Pt(16)

    t = doc.add_table(rows=0, cols=4)
    t.style = "Table Grid"
    rows = [("姓名 Name", "王雨桐 (WANG Yutong)", "职称 Title", "副教授 Associate Professor"),
            ("单位 Affiliation", "同济大学环境科学与工程学院 College of Environmental Science and Engineering, Tongji University",
             "电子邮箱 E-mail", "wangyutong@tongji.edu.cn"),
            ("电话 Phone", "+86-21-6598-2689", "个人主页 Homepage", "https://cese.tongji.edu.cn/wangyutong")]
    for row in rows:
        cells = t.add_row().cells
        for c, v in enumerate(row):
            run = cells[c].paragraphs[0].add_run(v)
            if c % 2 == 0:
                run.bold = True
                cell_shading(cells[c], "DEEAF6")
    for row in t.rows:
        for c, w in enumerate((2.8, 6.2, 2.8, 5.2)):
            row.cells[c].width = Cm(w)

    def dated(d, text):
        q = doc.add_paragraph()
        q.paragraph_format.left_indent, q.paragraph_format.first_line_indent = Cm(3.6), Cm(-3.6)
        q.paragraph_format.tab_stops.add_tab_stop(Cm(3.6))
        q.add_run(d + "\t")
        q.add_run(text)

    doc.add_heading("教育背景 Education", level=1)
    for d, text, _ in EDU:
        dated(d, text)
    doc.add_heading("工作经历 Work Experience", level=1)
    for d, text, _ in POS:
        dated(d, text)

    doc.add_heading("代表性论文 Selected Publications", level=1)
    doc.add_paragraph("（#共同第一作者 co-first author；*通讯作者 corresponding author）")
    make_num = new_numbering(doc, text="[%1]", indent_cm=0.9)
    heads = {JP: "期刊论文 Journal Papers", CPP: "会议论文 Conference Papers", CN: "中文期刊论文 Papers in Chinese"}
    pubs = []
    for sec_ in (JP, CPP, CN):
        doc.add_heading(heads[sec_], level=2)
        nid = make_num()
        n = 0
        for s, authors, etal, title, journal, tail, doi, venue, typ, flags in PUBS:
            if s != sec_:
                continue
            q = doc.add_paragraph()
            set_num(q, nid)
            runs = []
            shown = authors[:3] if etal else authors
            for k, a in enumerate(shown):
                if k:
                    runs.append((", ", {}))
                core = a.rstrip("#*")
                runs.append((core, {"bold": core in ME}))
                if a[len(core):]:
                    runs.append((a[len(core):], {}))
            if etal:
                runs.append((", et al", {}))
            if s == CPP:
                runs.append((f". {title}[C]//{journal}{tail}.", {}))
            else:
                runs.append((f". {title}[J]. {journal}{tail}.", {}))
            if doi:
                runs.append((f" DOI: {doi}.", {}))
            add_runs(q, runs)
            n += 1
            clean = [a.rstrip("#*") for a in shown]
            eq = [k for k, a in enumerate(shown) if "#" in a]
            notes = []
            if "in press" in tail:
                notes.append("in press")
            if any(a.endswith("*") for a in shown):
                notes.append(NOTE_COR)
            year = int(tail.split(",")[1].strip()[:4]) if s != CPP else int(tail.split("IWA, ")[1][:4])
            pubs.append(pub(sec_, n, title, clean, venue, journal, year, typ, flags=flags, note="; ".join(notes) or None,
                            doi=doi, self_index=owner_index(clean, ME), eq=eq, trunc=etal))

    doc.add_heading("科研项目 Research Projects", level=1)
    for x in ("国家自然科学基金面上项目 NSFC General Program (52270021), 2023–2026, 主持 PI",
              "国家重点研发计划课题 National Key R&D Program sub-project (2021YFC3200704), 2021–2024, 参与 Co-I"):
        doc.add_paragraph(x, style="List Bullet")
    doc.add_heading("荣誉奖励 Honors and Awards", level=1)
    for y, a in AWARDS:
        dated(y, a)
    doc.add_heading("学术兼职 Academic Service", level=1)
    doc.add_paragraph("Water Research 青年编委 Early Career Editorial Board member (2023–); IWA 会员 IWA member", style="List Bullet")
    doc.add_heading("专业技能 Skills", level=1)
    for k, v in SKILLS_LINE:
        q = doc.add_paragraph()
        add_runs(q, [(k + "：", {"bold": True}), (v, {})])

    out = out_dir / f"{STEM}.docx"
    doc.save(str(out))
    return gold(out.name, PERSON, [e[2] for e in EDU if e[2]], [p_[2] for p_ in POS], pubs,
                [{"name": a, "date": None} for a in AWARD_GOLD], SKILLS)
