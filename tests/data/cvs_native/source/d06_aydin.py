"""06: mathematics publication list (PDF): reversed numbering, running header and 'Page X of Y' footer, alphabetical author
order, arXiv ids; long enough that entries wrap over page breaks. Representation theory / algebraic combinatorics."""
from make_native import esc, pub, owner_index, gold, print_pdf

STEM = "06_aydin-mathematics-publist"
OWNER = {"K. Aydın"}
PERSON = {"name": "Kemal Aydın", "emails": ["kemal.aydin@math.uu.se"], "phones": [],
          "homepages": ["https://www2.math.uu.se/~kaydin"]}

R, PR, EX, TH = "refereed articles", "preprints", "conference proceedings and expository articles", "thesis"
J = {
    "Duke Math. J.": "Duke Mathematical Journal", "Ann. of Math. (2)": "Annals of Mathematics", "Invent. Math.": "Inventiones Mathematicae",
    "J. Amer. Math. Soc.": "Journal of the American Mathematical Society", "Adv. Math.": "Advances in Mathematics",
    "Compos. Math.": "Compositio Mathematica", "Math. Ann.": "Mathematische Annalen",
    "Trans. Amer. Math. Soc.": "Transactions of the American Mathematical Society", "Geom. Topol.": "Geometry & Topology",
    "J. Reine Angew. Math.": "Journal für die reine und angewandte Mathematik", "Int. Math. Res. Not. IMRN": "International Mathematics Research Notices",
    "Comm. Math. Phys.": "Communications in Mathematical Physics", "J. Algebra": "Journal of Algebra",
    "Proc. Amer. Math. Soc.": "Proceedings of the American Mathematical Society", "Selecta Math. (N.S.)": "Selecta Mathematica",
    "Algebra Number Theory": "Algebra & Number Theory", "Forum Math. Sigma": "Forum of Mathematics, Sigma", "Math. Z.": "Mathematische Zeitschrift",
    "Bull. Lond. Math. Soc.": "Bulletin of the London Mathematical Society", "J. Lond. Math. Soc. (2)": "Journal of the London Mathematical Society",
    "Israel J. Math.": "Israel Journal of Mathematics", "Represent. Theory": "Representation Theory", "Transform. Groups": "Transformation Groups",
    "Doc. Math.": "Documenta Mathematica", "Ann. Inst. Fourier (Grenoble)": "Annales de l’Institut Fourier",
    "J. Combin. Theory Ser. A": "Journal of Combinatorial Theory, Series A", "Notices Amer. Math. Soc.": "Notices of the American Mathematical Society",
    "J. Inst. Math. Jussieu": "Journal of the Institute of Mathematics of Jussieu", "Algebr. Comb.": "Algebraic Combinatorics",
}
# refereed: (authors, title, journal abbreviation, details, year or None, arXiv id or None, extras)
REFEREED = [
    (["K. Aydın", "E. Fontaine", "V. Petrov"], "Canonical bases for quantum symmetric pairs of type AIII and their crystal limits",
     "Duke Math. J.", "to appear", None, "2209.01234", {"flags": ["to_appear"], "note": "to appear"}),
    (["K. Aydın", "A. Berg"], "Categorical actions on parabolic category O and Koszul duality for singular blocks",
     "J. Amer. Math. Soc.", "37 (2024), no. 3, 745–812", 2024, "2105.11872", {}),
    (["F. Abramov", "K. Aydın", "T. Ishii"], "Positivity of structure constants for Hecke algebras of complex reflection groups",
     "Invent. Math.", "235 (2024), 1–58", 2024, "2111.04410", {}),
    (["K. Aydın", "S. Castellano", "L. Rinaldi", "W. Zhao"], "Cyclic sieving for plane partitions and the quantum Schur–Weyl action",
     "Algebr. Comb.", "6 (2023), no. 4, 1021–1050", 2023, "2207.08861", {}),
    (["K. Aydın"], "Soergel bimodules and the geometry of affine Springer fibres in rank two",
     "Compos. Math.", "159 (2023), no. 9, 1833–1879", 2023, "2106.02215", {}),
    (["K. Aydın", "M. Dvořák"], "A Littlewood–Richardson rule for quasi-symmetric Schur functions in superspace",
     "J. Combin. Theory Ser. A", "196 (2023), Paper No. 105736, 34 pp.", 2023, "2204.10098", {}),
    (["K. Aydın", "E. Fontaine", "H. Gould"], "Tilting modules for quantum groups at roots of unity and the linkage principle revisited",
     "Adv. Math.", "410 (2022), Paper No. 108742, 61 pp.", 2022, "2010.14477", {}),
    (["K. Aydın", "A. Berg", "P. Menon"], "Graded decomposition numbers for cyclotomic quiver Hecke algebras in level two",
     "Math. Ann.", "384 (2022), no. 1-2, 211–259", 2022, "2009.06613", {}),
    (["K. Aydın", "R. Kessler"], "On the Jantzen filtration of Verma modules for basic Lie superalgebras",
     "Int. Math. Res. Not. IMRN", "2022, no. 14, 10877–10921", 2022, "2003.09151", {}),
    (["K. Aydın", "J. Lindqvist", "N. Okonjo"], "Crystal bases for the quantum queer superalgebra and odd Kashiwara operators",
     "Transform. Groups", "27 (2022), no. 2, 401–447", 2022, "1912.05536", {}),
    (["K. Aydın"], "Wall-crossing functors and the combinatorics of alcove walks",
     "Selecta Math. (N.S.)", "27 (2021), no. 5, Paper No. 88, 45 pp.", 2021, "1909.13020", {}),
    (["F. Abramov", "K. Aydın"], "Rouquier complexes and the categorified braid group action on Bott–Samelson bimodules",
     "Geom. Topol.", "25 (2021), no. 6, 2899–2954", 2021, "1811.07732", {}),
    (["K. Aydın", "D. Sato"], "Kazhdan–Lusztig cells and the Robinson–Schensted correspondence for affine type C",
     "Represent. Theory", "24 (2020), 322–361", 2020, "1904.03381", {}),
    (["K. Aydın", "C. Quist", "L. Rinaldi"], "Equivariant K-theory of quiver varieties and quantum loop algebras",
     "Comm. Math. Phys.", "377 (2020), no. 2, 1193–1241", 2020, "1810.10274", {}),
    (["K. Aydın", "E. Fontaine"], "Generic character formulas for Weyl modules in positive characteristic",
     "J. Reine Angew. Math.", "761 (2020), 145–187", 2020, "1707.04029", {}),
    (["K. Aydın"], "A geometric Satake equivalence for Iwahori–Whittaker sheaves in mixed characteristic",
     "J. Inst. Math. Jussieu", "18 (2019), no. 6, 1241–1288", 2019, "1706.02194", {}),
    (["K. Aydın", "A. Berg", "V. Petrov"], "Super Schur–Weyl duality and the periplectic Brauer algebra",
     "Trans. Amer. Math. Soc.", "371 (2019), no. 8, 5521–5569", 2019, "1709.08868", {}),
    (["K. Aydın", "T. Ishii"], "Dimensions of simple modules for the Temperley–Lieb algebra at roots of unity",
     "J. Algebra", "512 (2018), 98–127", 2018, "1702.07713", {}),
    (["K. Aydın", "H. Gould", "R. Kessler", "W. Zhao"], "Stability of Kronecker coefficients via the partition algebra",
     "Bull. Lond. Math. Soc.", "50 (2018), no. 4, 641–656", 2018, None, {}),
    (["K. Aydın"], "Koszul gradings on blocks of the Brauer algebra",
     "Math. Z.", "289 (2018), no. 3-4, 1015–1046", 2018, "1608.04412", {}),
    (["K. Aydın", "M. Dvořák"], "Hook-length formulas for skew shapes with a fixed border strip",
     "Israel J. Math.", "222 (2017), no. 1, 279–309", 2017, "1605.00932", {}),
    (["K. Aydın", "P. Menon"], "Cellularity of generalized Schur algebras of type B",
     "Doc. Math.", "22 (2017), 1347–1384", 2017, "1603.05519", {}),
    (["K. Aydın", "N. Okonjo"], "Quasi-hereditary covers of cyclotomic Hecke algebras and the Ringel dual",
     "Algebra Number Theory", "10 (2016), no. 7, 1529–1566", 2016, "1507.02291", {}),
    (["K. Aydın"], "The centre of the Brauer algebra in characteristic p",
     "J. Lond. Math. Soc. (2)", "93 (2016), no. 2, 425–446", 2016, "1502.06012", {}),
    (["K. Aydın", "J. Lindqvist"], "Monomial bases of Specht modules and the Garnir straightening rule",
     "Proc. Amer. Math. Soc.", "143 (2015), no. 11, 4671–4684", 2015, "1410.03357", {}),
    (["K. Aydın", "E. Fontaine"], "Blocks of the walled Brauer algebra and mixed tensor space",
     "Ann. Inst. Fourier (Grenoble)", "64 (2014), no. 5, 2041–2082", 2014, "1306.04450", {}),
    (["K. Aydın"], "Decomposition numbers for the partition algebra in small characteristic",
     "J. Algebra", "389 (2013), 1–34", 2013, "1207.01158", {}),
]
PREPRINTS = [
    (["K. Aydın", "A. Berg", "S. Castellano"], "Higher categorical Heisenberg actions and Fock space for super Kac–Moody algebras",
     "arXiv:2502.11930 [math.RT]", 2025, {}),
    (["K. Aydın", "T. Ishii", "D. Sato"], "Affine Hecke categories at roots of unity and p-canonical bases",
     "arXiv:2410.08826 [math.RT]", 2024, {"flags": ["submitted"], "note": "submitted"}),
    (["F. Abramov", "K. Aydın", "M. Dvořák"], "Symmetric functions in superspace and the Macdonald positivity conjecture",
     "arXiv:2406.00473 [math.CO]", 2024, {}),
    (["K. Aydın", "R. Kessler"], "Odd Soergel bimodules and a categorification of the odd Hecke algebra",
     "arXiv:2312.15590 [math.RT]", 2023, {}),
    (["K. Aydın"], "A combinatorial model for weight multiplicities of Demazure crystals",
     "arXiv:2308.04712 [math.CO]", 2023, {}),
]
EXPOS = [
    (["K. Aydın", "M. Dvořák"], "Super Schur functions and cyclic sieving",
     "Sém. Lothar. Combin.", "86B (2022), Art. 41, 12 pp. (Proceedings of FPSAC 2022)", 2022,
     {"venue": "FPSAC", "type": "conference", "note": "86B (2022), Art. 41, 12 pp.; Proceedings of FPSAC 2022"}),
    (["K. Aydın"], "What is a Soergel bimodule?", "Notices Amer. Math. Soc.", "69 (2022), no. 5, 788–791", 2022,
     {"note": "69 (2022), no. 5, 788–791; expository"}),
    (["K. Aydın"], "Categorification of Hecke algebras in positive characteristic",
     "Oberwolfach Rep.", "16 (2019), no. 3, 2201–2204", 2019, {"venue": "Oberwolfach Reports", "type": "other", "note": "16 (2019), no. 3, 2201–2204; extended abstract"}),
]

CSS = """
@page { size: A4; margin: 22mm 20mm 20mm 20mm;
  @top-left { content: "Kemal Aydın — List of Publications"; font: italic 8.5pt 'DejaVu Serif'; color: #555; }
  @top-right { content: "Updated March 2025"; font: italic 8.5pt 'DejaVu Serif'; color: #555; }
  @bottom-center { content: "Page " counter(page) " of " counter(pages); font: 8.5pt 'DejaVu Serif'; color: #555; } }
@page :first { @top-left { content: none; } @top-right { content: none; } }
body { font-family: 'DejaVu Serif', serif; font-size: 10.5pt; line-height: 1.45; }
h1 { font-size: 16pt; text-align: center; margin: 0 0 1mm 0; font-weight: normal; font-variant: small-caps; }
.addr { text-align: center; font-size: 9.5pt; margin-bottom: 6mm; }
h2 { font-size: 11.5pt; margin: 6mm 0 2mm 0; font-variant: small-caps; font-weight: bold; }
ol { margin: 0; padding-left: 12mm; } li { margin-bottom: 1.6mm; padding-left: 1mm; }
p.note { font-size: 9.5pt; font-style: italic; }
"""


def authors_html(auth):
    if len(auth) == 1:
        return esc(auth[0])
    if len(auth) == 2:
        return f"{esc(auth[0])} and {esc(auth[1])}"
    return ", ".join(esc(a) for a in auth[:-1]) + ", and " + esc(auth[-1])


def build(out_dir):
    h = [f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Publications</title><style>{CSS}</style></head><body>"]
    h.append("<h1>Kemal Aydın</h1><div class='addr'>Department of Mathematics, Uppsala University, Box 480, 751 06 Uppsala, Sweden<br>"
             "kemal.aydin@math.uu.se · https://www2.math.uu.se/~kaydin</div>")
    h.append("<p class='note'>Authors are listed in alphabetical order, following the convention in mathematics. "
             "Preprint versions of all papers are available on the arXiv.</p>")
    pubs = []

    def ol(n):
        h.append(f"<ol reversed start='{n}'>")

    h.append("<h2>Preprints</h2>")
    ol(len(PREPRINTS))
    for k, (auth, title, ax, y, g) in enumerate(PREPRINTS):
        idx = len(PREPRINTS) - k
        h.append(f"<li>{authors_html(auth)}, <i>{esc(title)}</i>, {esc(ax)}" + (", submitted" if "submitted" in g.get("flags", []) else "") + f", {y}.</li>")
        pubs.append(pub(PR, idx, title, auth, "arXiv", ax, y, "preprint", flags=g.get("flags", ()), note=g.get("note"),
                        self_index=owner_index(auth, OWNER)))
    h.append("</ol><h2>Refereed articles</h2>")
    ol(len(REFEREED))
    for k, (auth, title, jab, det, y, ax, g) in enumerate(REFEREED):
        idx = len(REFEREED) - k
        tail = ", " + esc(det) + ("" if det.endswith(".") else ".")
        h.append(f"<li>{authors_html(auth)}, <i>{esc(title)}</i>, {esc(jab)}{tail}" + (f" arXiv:{ax}" if ax else "") + "</li>")
        note = g.get("note") or det
        if ax:
            note += f"; arXiv:{ax}"
        pubs.append(pub(R, idx, title, auth, J[jab], jab, y, "journal", flags=g.get("flags", ()), note=note,
                        self_index=owner_index(auth, OWNER)))
    h.append("</ol><h2>Conference proceedings and expository articles</h2>")
    ol(len(EXPOS))
    for k, (auth, title, jab, det, y, g) in enumerate(EXPOS):
        idx = len(EXPOS) - k
        h.append(f"<li>{authors_html(auth)}, <i>{esc(title)}</i>, {esc(jab)} {esc(det)}.</li>")
        pubs.append(pub(EX, idx, title, auth, g.get("venue", J.get(jab)), jab, y, g.get("type", "journal"), note=g.get("note"),
                        self_index=owner_index(auth, OWNER)))
    h.append("</ol><h2>Thesis</h2><ol reversed start='1'><li>K. Aydın, <i>Representations of diagram algebras in positive characteristic</i>, "
             "Ph.D. thesis, University of Oxford, 2012.</li></ol>")
    pubs.append(pub(TH, 1, "Representations of diagram algebras in positive characteristic", ["K. Aydın"], "University of Oxford",
                    "University of Oxford", 2012, "thesis", note="Ph.D. thesis", self_index=0))
    h.append("</body></html>")
    print_pdf("\n".join(h), STEM, out_dir)
    return gold(STEM + ".pdf", PERSON, [], [], pubs, [], [])
