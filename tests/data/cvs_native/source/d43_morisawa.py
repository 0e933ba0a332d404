"""43: a Japanese academic's **履歴書 + 教育研究業績書** (curriculum vitae + list of educational and research
achievements), the MEXT-style forms used for university appointments, filled in **bilingually** in Word (DOCX):
page 1 "履 歴 書 / CURRICULUM VITAE" with a personal-data grid (ふりがな, 氏名 Name "森澤 健司 (MORISAWA Kenji)",
生年月日, 現住所, 電話, E-mail), then the **年 | 月 | 学歴・職歴 (Education / Employment) table** in which every row is
one event ("入学 (entered)", "卒業 (graduated)", "採用 (appointed)", "退職 (resigned)", "現在に至る (to present)") with
"学歴 (Education)" / "職歴 (Employment)" separator rows and "以上" at the end, and a 年 | 月 | 賞罰 (Awards) table; after
a page break the **教育研究業績書 table with the five form columns** 著書、学術論文等の名称 (Title) | 単著・共著の別
(Single / Co-authored) | 発行又は発表の年月 (Date, "2024年3月") | 発行所、発表雑誌等又は発表学会等の名称 (Publisher /
Journal) | 概要 (Summary), **category rows spanning the table** ("（著書）Books", "（学術論文）Refereed Journal Papers",
…) and typed numbers "1." before each title. **The authors are not next to the title: they stand at the end of the
Japanese summary cell** ("共著者：K. Morisawa, R. Ishida, …" with "（本人担当部分：…）" = the owner's part); single-authored
items (単著) name nobody. The year is only in the date column. Journal column "Journal, Vol. 12, No. 9, pp. 5120–5131".
Materials science (proton-conducting ceramics). Mincho East Asian font."""
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from make_native import pub, owner_index, edu, pos, gold
from docxutil import cell_shading, fixed_docx_metadata

STEM = "43_morisawa-materials-gyosekisho"
ME = "K. Morisawa"
PERSON = {"name": "Kenji Morisawa", "emails": ["morisawa.kenji.512@m.kyushu-u.ac.jp"], "phones": ["092-802-2868"],
          "homepages": []}
BK = "（著書）books"
JP = "（学術論文）refereed journal papers"
PR = "（国際会議プロシーディングス）international conference proceedings"
OT = "（その他）others"
HEAD = {BK: "（著書）Books", JP: "（学術論文）Refereed Journal Papers",
        PR: "（国際会議プロシーディングス）International Conference Proceedings", OT: "（その他）Others"}
# (section, title, 単著/共著, (year, month), journal cell, summary (Japanese), co-author line label, authors or [],
#  own part or None, gold venue, gold venue_raw, type, note, flags)
PUBS = [
    (BK, "Proton-conducting oxides for intermediate-temperature fuel cells", "共著", (2022, 6),
     "In: M. Ishikawa (Ed.), Ceramics for Energy Conversion, Springer, Singapore, pp. 155–188",
     "中温作動燃料電池用プロトン伝導性酸化物の欠陥化学、水和挙動および粒界伝導を解説した。", "共著者",
     [ME, "S. Takahashi"], "第7章を分担執筆", "Ceramics for Energy Conversion", "Ceramics for Energy Conversion",
     "chapter", "In: M. Ishikawa (Ed.); Springer, Singapore, pp. 155–188", ()),
    (JP, "Proton trapping at grain boundaries in Y-doped BaZrO3 revealed by atom probe tomography", "共著", (2024, 3),
     "Journal of Materials Chemistry A, Vol. 12, No. 9, pp. 5120–5131",
     "アトムプローブ分析により、Y添加BaZrO3の粒界におけるY偏析とプロトントラップの相関を明らかにした。", "共著者",
     [ME, "R. Ishida", "M. Chen", "T. Nakamura"], "研究計画、データ解析、論文執筆",
     "Journal of Materials Chemistry A", "Journal of Materials Chemistry A", "journal", "Vol. 12, No. 9, pp. 5120–5131",
     ()),
    (JP, "Low-temperature sintering of BaZr0.8Y0.2O3−δ electrolytes with NiO–ZnO co-additives", "共著", (2023, 11),
     "Journal of the American Ceramic Society, Vol. 106, No. 11, pp. 6521–6533",
     "NiO–ZnO複合添加により1350 °Cでの緻密化を実現し、粒界伝導度の低下を抑制できることを示した。", "共著者",
     ["R. Ishida", ME, "S. Takahashi"], "研究指導、論文校閲",
     "Journal of the American Ceramic Society", "Journal of the American Ceramic Society", "journal",
     "Vol. 106, No. 11, pp. 6521–6533", ()),
    (JP, "Hydration thermodynamics of acceptor-doped barium cerate–zirconate solid solutions", "共著", (2023, 5),
     "Chemistry of Materials, Vol. 35, No. 10, pp. 3998–4010",
     "熱重量分析と第一原理計算を組み合わせ、固溶体組成と水和エンタルピーの関係を系統的に評価した。", "共著者",
     [ME, "J. Whitcombe", "A. Fernández-Reyes"], "実験、解析、論文執筆", "Chemistry of Materials",
     "Chemistry of Materials", "journal", "Vol. 35, No. 10, pp. 3998–4010", ()),
    (JP, "Protonic ceramic fuel cells delivering 1.2 W cm−2 at 600 °C with a triple-conducting cathode", "共著",
     (2022, 9), "Journal of Power Sources, Vol. 543, 231822",
     "三相伝導性空気極を用いたプロトン伝導セラミック燃料電池で600 °Cにおいて1.2 W cm−2の出力を達成した。", "共著者",
     ["M. Chen", ME, "R. Ishida", "Y. Tanaka", "T. Nakamura", "S. Takahashi"], "電解質作製、インピーダンス解析",
     "Journal of Power Sources", "Journal of Power Sources", "journal", "Vol. 543, 231822", ()),
    (JP, "Space-charge effects on proton transport across BaZrO3 grain boundaries: a Mott–Schottky analysis", "単著",
     (2021, 12), "Solid State Ionics, Vol. 373, 115801",
     "Mott–Schottkyモデルに基づき、粒界空間電荷層がプロトン輸送に与える影響を定量的に解析した。", None, [], None,
     "Solid State Ionics", "Solid State Ionics", "journal", "Vol. 373, 115801", ()),
    (JP, "Pulsed laser deposition of epitaxial BaZr0.9Y0.1O3−δ thin films on MgO(001)", "共著", (2021, 2),
     "ACS Applied Energy Materials, Vol. 4, No. 2, pp. 1733–1742",
     "パルスレーザー堆積法によりMgO(001)基板上にエピタキシャル薄膜を作製し、面内プロトン伝導度を評価した。", "共著者",
     [ME, "T. Nakamura"], "研究計画、薄膜作製、論文執筆", "ACS Applied Energy Materials", "ACS Applied Energy Materials",
     "journal", "Vol. 4, No. 2, pp. 1733–1742", ()),
    (JP, "Electrochemical impedance analysis of La0.6Sr0.4Co0.2Fe0.8O3−δ cathodes under humidified atmospheres",
     "共著", (2020, 8), "Journal of The Electrochemical Society, Vol. 167, No. 12, 124508",
     "加湿雰囲気下におけるLSCF空気極の電極反応過程を等価回路解析により分離した。", "共著者",
     ["Y. Tanaka", ME], "解析手法の提案、論文校閲", "Journal of the Electrochemical Society",
     "Journal of The Electrochemical Society", "journal", "Vol. 167, No. 12, 124508", ()),
    (JP, "Chemical expansion of hydrated BaZr1−xYxO3−δ measured by in situ high-temperature X-ray diffraction",
     "共著", (2019, 6), "Journal of the Ceramic Society of Japan, Vol. 127, No. 6, pp. 412–418",
     "高温その場X線回折により水和に伴う化学膨張係数を決定した。", "共著者",
     [ME, "R. Ishida", "S. Takahashi"], "実験、論文執筆", "Journal of the Ceramic Society of Japan",
     "Journal of the Ceramic Society of Japan", "journal", "Vol. 127, No. 6, pp. 412–418", ()),
    (JP, "Sr-doped LaScO3 as an alternative proton-conducting electrolyte", "共著", (2017, 10),
     "Electrochemistry, Vol. 85, No. 10, pp. 631–636",
     "Sr添加LaScO3のプロトン伝導度と化学安定性を評価し、CO2雰囲気下での安定性を示した。", "共著者",
     [ME, "Y. Tanaka"], "研究計画、実験、論文執筆", "Electrochemistry", "Electrochemistry", "journal",
     "Vol. 85, No. 10, pp. 631–636", ()),
    (JP, "Oxygen surface exchange kinetics of Pr-doped ceria thin films by in situ optical absorption", "共著",
     (2015, 1), "Physical Chemistry Chemical Physics, Vol. 17, No. 3, pp. 1845–1853",
     "光吸収のその場測定によりPr添加セリア薄膜の表面酸素交換係数を決定した。", "共著者",
     [ME, "J. Whitcombe", "A. Fernández-Reyes", "D. Okonkwo-Hart"], "実験、解析、論文執筆",
     "Physical Chemistry Chemical Physics", "Physical Chemistry Chemical Physics", "journal",
     "Vol. 17, No. 3, pp. 1845–1853", ()),
    (JP, "Grain-size dependence of proton conductivity in nanocrystalline Y-doped BaZrO3", "共著", (2013, 2),
     "Solid State Ionics, Vol. 232, pp. 58–64",
     "ナノ結晶体の粒径とプロトン伝導度の関係を明らかにした（博士論文の一部）。", "共著者",
     [ME, "S. Takahashi"], "実験、解析、論文執筆", "Solid State Ionics", "Solid State Ionics", "journal",
     "Vol. 232, pp. 58–64", ()),
    (JP, "Sol–gel synthesis of phase-pure BaZr0.8Y0.2O3−δ powders at 1000 °C", "共著", (2011, 8),
     "Journal of the Ceramic Society of Japan, Vol. 119, No. 8, pp. 601–605",
     "ゾル–ゲル法により1000 °Cで単相粉末を合成する条件を確立した。", "共著者",
     [ME, "H. Sato", "S. Takahashi"], "実験、論文執筆", "Journal of the Ceramic Society of Japan",
     "Journal of the Ceramic Society of Japan", "journal", "Vol. 119, No. 8, pp. 601–605", ()),
    (PR, "Durability of protonic ceramic electrolysis cells under dynamic operation", "共著", (2021, 7),
     "17th International Symposium on Solid Oxide Fuel Cells (SOFC-XVII), ECS Transactions, Vol. 103, No. 1, "
     "pp. 1205–1214, Stockholm, Sweden",
     "変動運転下におけるプロトン伝導セラミック電解セルの劣化機構を検討した。", "共著者",
     ["M. Chen", ME, "S. Takahashi"], "劣化解析", "SOFC",
     "17th International Symposium on Solid Oxide Fuel Cells (SOFC-XVII)", "conference",
     "ECS Transactions, Vol. 103, No. 1, pp. 1205–1214, Stockholm, Sweden", ()),
    (PR, "Thin-film BaZrO3 electrolytes for micro solid oxide fuel cells", "共著", (2018, 7),
     "Proceedings of the 13th European SOFC & SOE Forum (EFCF 2018), B1305, Lucerne, Switzerland",
     "マイクロ燃料電池用BaZrO3薄膜電解質の作製と発電特性を報告した。", "共著者",
     [ME, "R. Ishida"], "研究計画、発表", "EFCF", "Proceedings of the 13th European SOFC & SOE Forum (EFCF 2018)",
     "conference", "B1305, Lucerne, Switzerland", ()),
    (OT, "Proton-conducting perovskites for intermediate-temperature energy devices (invited review)", "単著",
     (2020, 1), "Journal of the Ceramic Society of Japan, Vol. 128, No. 1, pp. 1–12",
     "中温域エネルギーデバイス用プロトン伝導性ペロブスカイトの研究動向を総説としてまとめた（招待総説）。", None, [],
     None, "Journal of the Ceramic Society of Japan", "Journal of the Ceramic Society of Japan", "journal",
     "Vol. 128, No. 1, pp. 1–12; invited review", ()),
    (OT, "Proton-conducting solid electrolyte and method for producing same", "共著", (2022, 8),
     "特開2022-123456 (Japanese Unexamined Patent Application Publication JP 2022-123456 A)",
     "（特許）低温焼結可能なプロトン伝導性固体電解質の組成および製造方法。出願人：国立大学法人九州大学", "発明者",
     [ME, "R. Ishida"], None, None, None, "other",
     "特開2022-123456 (Japanese Unexamined Patent Application Publication JP 2022-123456 A); patent", ()),
]
# 学歴・職歴 rows: (year, month, text)
HIST = [
    (None, None, "学歴 (Education)"),
    ("2004", "4", "東京工業大学 工学部 無機材料工学科 入学 (Tokyo Institute of Technology, School of Engineering, "
                  "Department of Inorganic Materials, entered)"),
    ("2008", "3", "同 卒業 学士（工学）(graduated, B.Eng.)"),
    ("2008", "4", "東京工業大学 大学院理工学研究科 材料工学専攻 修士課程 入学 (Tokyo Institute of Technology, Graduate "
                  "School of Science and Engineering, Materials Science and Engineering, Master’s course, entered)"),
    ("2010", "3", "同 修了 修士（工学）(completed, M.Eng.)"),
    ("2010", "4", "同 博士後期課程 入学 (Doctoral course, entered)"),
    ("2013", "3", "同 修了 博士（工学）(completed, Ph.D. in Engineering; 指導教員 supervisor: Prof. Shunsuke Takahashi)"),
    (None, None, "職歴 (Employment)"),
    ("2011", "4", "日本学術振興会 特別研究員（DC2）採用 (Research Fellow DC2, Japan Society for the Promotion of "
                  "Science)"),
    ("2013", "3", "同 任期満了 (term ended)"),
    ("2013", "4", "マサチューセッツ工科大学 博士研究員 採用 (Postdoctoral Associate, Department of Materials Science "
                  "and Engineering, Massachusetts Institute of Technology)"),
    ("2015", "3", "同 退職 (resigned)"),
    ("2015", "4", "九州大学 大学院工学研究院 応用化学部門 助教 採用 (Assistant Professor, Department of Applied "
                  "Chemistry, Faculty of Engineering, Kyushu University)"),
    ("2021", "4", "同 准教授 昇任 (Associate Professor, promoted)"),
    (None, None, "現在に至る (to present)"),
    (None, None, "以上"),
]
TIT = "Tokyo Institute of Technology"
EDU = [edu(TIT, "B.Eng.", "Inorganic Materials", "2004-04", "2008-03"),
       edu(TIT, "M.Eng.", "Materials Science and Engineering", "2008-04", "2010-03"),
       edu(TIT, "Ph.D.", "Materials Science and Engineering", "2010-04", "2013-03", advisor="Prof. Shunsuke Takahashi")]
KU = "Department of Applied Chemistry, Faculty of Engineering, Kyushu University"
POS = [pos("Japan Society for the Promotion of Science", "Research Fellow DC2", "2011-04", "2013-03", "research"),
       pos("Department of Materials Science and Engineering, Massachusetts Institute of Technology",
           "Postdoctoral Associate", "2013-04", "2015-03", "research"),
       pos(KU, "Assistant Professor", "2015-04", "2021-03", "job"),
       pos(KU, "Associate Professor", "2021-04", "present", "job")]
AWARDS = [("2019", "3", "日本セラミックス協会 進歩賞 (Progress Award, The Ceramic Society of Japan)",
           "Progress Award, The Ceramic Society of Japan", "2019-03"),
          ("2016", "9", "電気化学会 論文賞 (Best Paper Award, The Electrochemical Society of Japan)",
           "Best Paper Award, The Electrochemical Society of Japan", "2016-09"),
          ("2011", "7", "18th International Conference on Solid State Ionics, Best Poster Award",
           "18th International Conference on Solid State Ionics, Best Poster Award", "2011-07")]


def east_asian(run, font="ＭＳ 明朝"):
    rpr = run._r.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), font)


def cell_text(cell, text, bold=False, size=9, align=None):
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for k, line in enumerate(lines):
        r = p.add_run(line)
        r.bold, r.font.size = bold, Pt(size)
        east_asian(r)
        if k < len(lines) - 1:
            r.add_break()
    if align is not None:
        p.alignment = align


def table(doc, cols, widths):
    t = doc.add_table(rows=0, cols=cols)
    t.style = "Table Grid"
    t.autofit = False
    return t, widths


def add(t, widths, values, bold=False, shade=None, merge=False, align=None):
    row = t.add_row()
    for c, w in enumerate(widths):
        row.cells[c].width = Cm(w)
    if merge:
        cell = row.cells[0].merge(row.cells[-1])
        cell_text(cell, values[0], bold=bold, align=align)
        if shade:
            cell_shading(cell, shade)
        return row
    for c, v in enumerate(values):
        cell_text(row.cells[c], v or "", bold=bold, align=align)
        if shade:
            cell_shading(row.cells[c], shade)
    return row


def title_par(doc, text, size=16):
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(text)
    r.bold, r.font.size = True, Pt(size)
    east_asian(r)
    return p


def build(out_dir):
    doc = Document()
    fixed_docx_metadata(doc, "森澤 健司", "履歴書・教育研究業績書")
    st = doc.styles["Normal"]
    st.font.name, st.font.size = "Times New Roman", Pt(10)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "ＭＳ 明朝")
    st.paragraph_format.space_after = Pt(2)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(1.8)
    sec.top_margin = sec.bottom_margin = Cm(1.8)

    title_par(doc, "履　歴　書 / CURRICULUM VITAE")
    p = doc.add_paragraph("2025年3月1日現在 (as of March 1, 2025)")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    W = [4.0, 13.4]
    t, _ = table(doc, 2, W)
    for k, v in (("ふりがな", "もりさわ　けんじ"), ("氏名 Name", "森澤 健司 (MORISAWA Kenji)"),
                 ("生年月日 Date of birth", "1985年7月12日 (July 12, 1985)"),
                 ("現住所 Address", "〒819-0395 福岡県福岡市西区元岡744 九州大学 大学院工学研究院 応用化学部門\n"
                                    "(Department of Applied Chemistry, Kyushu University, 744 Motooka, Nishi-ku, "
                                    "Fukuoka 819-0395, Japan)"),
                 ("電話 Phone", "092-802-2868"), ("E-mail", "morisawa.kenji.512@m.kyushu-u.ac.jp")):
        add(t, W, [k, v])
    doc.add_paragraph()
    W = [1.6, 1.2, 14.6]
    t, _ = table(doc, 3, W)
    add(t, W, ["年", "月", "学歴・職歴 (Education / Employment)"], bold=True, shade="EDEDED",
        align=WD_ALIGN_PARAGRAPH.CENTER)
    for y, m, text in HIST:
        if y is None:
            row = add(t, W, ["", "", text])
            row.cells[2].paragraphs[0].alignment = (WD_ALIGN_PARAGRAPH.RIGHT if text in ("以上", "現在に至る (to present)")
                                                    else WD_ALIGN_PARAGRAPH.CENTER)
        else:
            add(t, W, [y, m, text])
    doc.add_paragraph()
    t, _ = table(doc, 3, W)
    add(t, W, ["年", "月", "賞罰 (Awards)"], bold=True, shade="EDEDED", align=WD_ALIGN_PARAGRAPH.CENTER)
    for y, m, text, _, _ in AWARDS:
        add(t, W, [y, m, text])
    row = add(t, W, ["", "", "以上"])
    row.cells[2].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_paragraph("上記のとおり相違ありません。(I certify that the above is correct.)　　森澤 健司")

    doc.add_page_break()
    title_par(doc, "教 育 研 究 業 績 書 / List of Educational and Research Achievements", 14)
    p = doc.add_paragraph("2025年3月1日　　氏名 森澤 健司 (MORISAWA Kenji)")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_paragraph("研究分野 (Research field): 無機材料化学、固体イオニクス (Inorganic materials chemistry, solid state "
                      "ionics)")
    W = [4.6, 1.5, 1.9, 4.2, 5.2]
    t, _ = table(doc, 5, W)
    add(t, W, ["著書、学術論文等の名称\n(Title)", "単著・共著の別\n(Single / Co-author)",
               "発行又は発表の年月\n(Date)", "発行所、発表雑誌等又は発表学会等の名称\n(Publisher / Journal)",
               "概要\n(Summary)"], bold=True, shade="EDEDED", align=WD_ALIGN_PARAGRAPH.CENTER)
    pubs = []
    cur, n = None, 0
    for (sec_, title, kind, (y, m), journal, summary, label, authors, part, venue, vraw, typ, note, flags) in PUBS:
        if sec_ != cur:
            add(t, W, [HEAD[sec_]], bold=True, merge=True, shade="F7F7F7")
            cur, n = sec_, 0
        n += 1
        summ = summary
        if authors:
            summ += f"\n{label}：{', '.join(authors)}"
        if part:
            summ += f"\n（本人担当部分：{part}）"
        add(t, W, [f"{n}. {title}", kind, f"{y}年{m}月", journal, summ])
        pubs.append(pub(sec_, n, title, authors, venue, vraw, y, typ, flags=flags,
                        note=f"{kind}; {note}" + (f"; 本人担当部分：{part}" if part else ""),
                        self_index=owner_index(authors, {ME})))
    add(t, W, ["以上"], merge=True, align=WD_ALIGN_PARAGRAPH.RIGHT)

    out = out_dir / f"{STEM}.docx"
    doc.save(str(out))
    return gold(out.name, PERSON, EDU, POS, pubs, [{"name": a[3], "date": a[4]} for a in AWARDS], [])
