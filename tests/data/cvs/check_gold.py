#!/usr/bin/env python3
"""Mechanical checks for the gold files in this folder.

Usage:  python3 tests/data/cvs/check_gold.py [STEM ...]
(jsonschema must be importable, e.g. /work/main/.venv/bin/python.)

For every <stem>.gold.json: validate against shared/schema/profile.schema.json; check that every
publication has all keys; that each title, author, venue_raw, note-free field, link and doi occurs
in the document (titles in document order, authors and year near their title); that self_index
points at the owner's surname (and that no author carries it when self_index is null); that
equal_marked is in range; that indices run 1..n or n..1 per section; that education institutions
and position orgs occur in the text; that contact data occurs verbatim. Then it runs the project
scorer on the folder against itself.
"""
from __future__ import annotations

import html
import json
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = Path("/work/shared")
SCHEMA = SHARED / "schema" / "profile.schema.json"
SCORER = SHARED / "bench" / "score_parse.py"
PUB_KEYS = ["section", "index", "title", "authors", "authors_truncated", "self_index", "equal_marked",
            "venue", "venue_raw", "year", "type", "flags", "links", "note", "doi"]
TEX_ACCENTS = {"'": "\u0301", "`": "\u0300", '"': "\u0308", "^": "\u0302", "~": "\u0303", "c": "\u0327",
               "v": "\u030c", "=": "\u0304", "u": "\u0306", "H": "\u030b"}
TEX_LETTERS = {r"\o": "ø", r"\O": "Ø", r"\l": "ł", r"\L": "Ł", r"\ss": "ß", r"\aa": "å", r"\AA": "Å",
               r"\ae": "æ", r"\i": "ı"}


def read_doc(path: Path) -> str:
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("latin-1")
    return text.replace("\r\n", "\n")


def render(text: str) -> str:
    """Light markup removal for LaTeX, HTML and Markdown."""
    t = re.sub(r"<!--.*?-->", " ", text, flags=re.S)
    # GB/T 7714 document-type tags glued to the title ("…networks[J]. Journal", "[C]//Proc", "[EB/OL]")
    t = re.sub(r"\[(?:[JCMDPRNSAZ]|EB|DB|CP)(?:/OL)?\]", " ", t)
    t = re.sub(r"(?m)(?<!\\)%.*$", "", t) if "\\documentclass" in t else t
    # expand argument-free \newcommand macros (\newcommand{\me}{...})
    for name, body in re.findall(r"(?m)^\\newcommand\{?\\(\w+)\}?\{(.*)\}\s*$", t):
        t = re.sub(r"\\" + name + r"(?![A-Za-z])(\\ )?", lambda m: body + (" " if m.group(1) else ""), t)
    # LaTeX accents: \'{e}, \'e, \c{c}, {\o}
    t = re.sub(r"\\([`'\"^~=])\{?\\?([A-Za-z])\}?|\\([uvHc])(?:\{\\?([A-Za-z])\}|\s+([A-Za-z]))",
               lambda m: unicodedata.normalize(
                   "NFC", (m.group(2) or m.group(4) or m.group(5)) + TEX_ACCENTS[m.group(1) or m.group(3)]), t)
    for k, v in TEX_LETTERS.items():
        t = re.sub(re.escape(k) + r"(?![A-Za-z])\{?\}?", v, t)
    t = t.replace("\\&", "&").replace("\\%", "%").replace("\\_", "_").replace("\\$", "$")
    t = t.replace("``", '"').replace("''", '"').replace("---", "—").replace("--", "–").replace("~", " ")
    t = re.sub(r"\\href\{([^}]*)\}", r" \1 ", t)
    t = re.sub(r"\\[A-Za-z]+\*?", " ", t)
    t = t.replace("$^\\ast$", "").replace("$", "")
    t = re.sub(r"</?su[bp]>", "", t)  # chemical formulas (35): O<sub>3</sub> reads as O3
    t = re.sub(r"<[^>]+>", " ", t)
    t = html.unescape(t)
    t = re.sub(r"\]\(([^)]*)\)", r"] \1 ", t)
    t = re.sub(r"[{}]", " ", t)
    t = re.sub(r"[*_`\[\]\\]", "", t)
    return t


def loose(s: str) -> str:
    if DEHYPHEN:
        s = re.sub(r"(?<=\w)-(?=\w)", "", s)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    # CJK ideographs are kept (27), so Chinese titles and names are checked too
    s = re.sub(r"[^0-9a-z\u3400-\u4dbf\u4e00-\u9fff]+", " ", s.lower())
    return " " + " ".join(s.split()) + " "


def surname(name: str) -> str:
    name = name.strip()
    if "," in name:
        return name.split(",")[0].split()[-1]
    return name.split()[-1]


# Structural count of the entries in each document: (start marker, end marker, item regex).
# The number of regex matches between the markers must equal the number of gold publications.
STRUCT = {
    "01_": ("## Publications", "## Grants", r"^.+\((?:\d{4}|in press)\)\. "),
    "02_": ("\nPublications\n", "Honors and Awards", r"^\[\d+\] "),
    "03_": ("BIBLIOGRAPHY", "INVITED PRESENTATIONS", r"^\d+\. "),
    "04_": ("\\section{Publications}", "\\section{Awards", r"^\\cvitem\{\d{4}\}"),
    "05_": ("\\section{Publications}", "\\section{Grants", r"^(?:\\pub\{|\\item )"),
    "06_": ("<h2>Publications", "<h2>Grants", r"<tr>"),
    "07_": ('id="pubs"', 'id="awards"', r"<li>"),
    "08_": ("## Publications", "## Fellowships", r"^(?:\d+\. |\*[A-Z])"),
    "09_": ("\nPUBLICATIONS", "SELECTED TALKS", r"^\s+\[\d+\] "),
    "10_": ("Publications", "## 🏅 Honors", r"^\d+\. \*\*"),
    "11_": ("\\section*{Publications}", "\\section*{Conference", r"^\\item "),
    "12_": ("\nPUBLICATIONS", "RESEARCH PROJECTS", r"^ \d+\. "),
    "13_": ("## Publications", "## Awards and Honours", r"^- .+\((?:\d{4}|forthcoming)\) "),
    "14_": ("\nPUBLICATIONS\n", "\nGRANTS\n", r"^\d+\. "),
    "15_": ("\\section*{Publications}", "\\section*{Invited Talks", r"^\\bibitem\{"),
    "16_": ("<h2>Publications", "<h2>Honors", r"<li>"),
    "17_": ("\n== Publications", "\n== Students", r"^\. "),
    "18_": ("\nJOB MARKET PAPER", "\nRESEARCH EXPERIENCE", r'^"'),
    "19_": ('<section id="publications">', '<section id="grants">', r'<div class="citation">'),
    "20_": ("\\section{Publications}", "\\section{Teaching}", r"^\\u?pub\{"),
    "21_": ("\nPublikationen\n", "\nEingeladene Vorträge\n", r"^#\. "),
    "22_": ('<section id="scholarship">', '<section id="presentations">', r"<li>"),
    "23_": ("Publications\n======", "Software\n======", r"^\d+\. "),
    "24_": ("\\section*{Publications}", "\\section*{Invited Talks", r"^(?:\\item\[|(?:19|20)\d\d & )"),
    "25_": ("\nPUBLICATIONS\n", "\nENCADREMENT\n", r"^\[[A-Z]{2}\d+\] "),
    "26_": ("\nPUBLICATIONS\n", "\nCONFERENCE PRESENTATIONS", r"^\d{1,2}\. [A-Z]"),
    "27_": ("## 科研成果", "## 科研项目", r"^\[\d+\] "),
    "28_": ("<h3>Publicaciones", "<h2>Proyectos", r'<div class="produccion">'),
    "29_": ("### Conference & Journal Papers", '## {{< icon name="chalkboard', r"^\*\*(?![^*\n]*Demirci)[^*\n]+\*\*\s*$"),
    "30_": ("LIST OF PUBLICATIONS", "TALKS (selected)", r"^\s*\[(?:\d+|[PB]\d+)\] "),
    "31_": ("\nPUBLICATIONS\n", "\nCONFERENCE PRESENTATIONS",
            r"^[A-Z][^\t\n]*\((?:\d{4}|in press|in preparation)\)\. "),
    "32_": ('<a name="ArtigosCompletos">', '<a name="ApresentacoesTrabalho">', r"<b>\d+\.</b>"),
    "33_": ("\nPUBLICATIONS\n", "\nGRANTS (as PI)", r"^\d+\. [A-Z]"),
    "34_": ("\\cvsection{Publications}", "\\cvsection{Teaching}", r"^\\pubitem\{"),
    "35_": ("## 論文 Published Papers", "## 講演・口頭発表等", r"^\d+\. \*\*"),
    "36_": ("## Publications", "## Curatorial Projects", r"^-   (?:Castellví|———|Sanchis)"),
    "37_": ("\\cvsec{Publications}", "\\cvsec{Invited talks", r"^\\bibitem\{"),
    "38_": ('<div class="publications">', "<!-- Footer -->", r'<div id="[a-z0-9]+" class="col-sm-8">'),
    "39_": (" PUBLICATIONS\n", " TEACHING\n", r"^  (?:[JCP]\d+\.  |Ph\.D\. Thesis: )"),
    "40_": ('<section id="publications">', "<footer>", r'^  <div class="pub">'),
    "41_": ("\nYEAR\n", "\nShow more\n", r"^[^\t\n]*\t(?:\d+(?: \*)?)?\t(?:\d{4})?$"),
    "42_": ("\\section*{Publications}", "\\section*{Invited Talks", r"^\\item "),
    "43_": ("Report of Scholarship</p>", "Narrative Report</p>", r"^<p class=CVList>\d+\."),
    "44_": ("\n== Publications", "\n== Service", r"^- \\\[[jciepb]\d+\\\] "),
    "45_": ("### Works (20)", "### Peer review", r"^\*\*[^*\n]+\*\*$"),
    "46_": ("\\begin{rubric}{Publications}", "\\begin{rubric}{Invited Lectures", r"^\\entry\*\[P?\d+\.\]"),
    "47_": ("Peer-Reviewed Publications {data-icon", "Software {data-icon", r"^### "),
    "48_": ('<h2 class="sectionHead">Intellectual Contributions', '<h2 class="sectionHead">Presentations Given',
            r'^<p class="cit">'),
    "49_": ("\nPublications\n====", "\nInvited Talks\n====", r"^\.\. \[[JCSPT]\d+\] "),
    "50_": ("\nELENCO DELLE PUBBLICAZIONI\n", "\nATTIVITÀ DIDATTICA\n", r"^\[[A-G]\d+\]  "),
    "51_": ("\nPUBLICATIES\n", "\nONDERWIJS\n", r"^\d+\.  "),
    "52_": ("## Peer-reviewed articles", "## Awards and fellowships", r"^::: \{\.pub\}"),
    "53_": ("\\section{PUBLICATIONS}", "\\section{SOFTWARE}", r"^\\item "),
    "54_": ('<section id="publications">', '<section id="supervision">', r"<li>"),
    "55_": ("## Publications", "## Skills", r"^\d+\. "),
    "56_": ('<h2 id="org9e0d4b8">', '<h2 id="org8f2a6d1">', r"<li>"),
    "57_": ("\\cvsection{Publications}", "\\cvsection{Invited Talks}", r"^\s*(?:\\cventry\s*$|\\item (?!\{))"),
    "58_": ("\nPeer-Reviewed Articles", "\nPOSTERS AND SYMPOSIA", r"^[A-Z][a-z]+, [A-Z]\."),
    "59_": ('<div class="teachpress_publication_list">', '<h2 class="wp-block-heading" id="talks">',
            r'<div class="tp_publication '),
    "60_": ("\n> PUBLICATIONS", "\n> SELECTED INVITED TALKS", r"^> \[[SBP]?\d+\] "),
}

# Text pasted from a PDF (26): the repeated page header and footer lines are dropped, a hyphen at a
# line end is joined ("ecolo-\ngical"), and hyphens inside words are ignored on both sides, so that
# "Long-\nterm" (a real compound broken at the line end) and the gold "Long-term" compare equal.
PDF_TEXT = {
    "26_": [r"(?m)^J\. Mwangi — Curriculum Vitae — Page \d of \d$",
            r"(?m)^\f?Jane W\. Mwangi {2,}Curriculum Vitae, March 2025$"],
    "58_": [r"(?m)^ *S\. M\. Farrelly – Curriculum Vitae – Page \d of \d$"],
}
DEHYPHEN = False

# `pdftotext -layout` of a two-column page (58): a sidebar on the left of page 1 shares its lines with the
# main column. The text is read as a person reads it: per page, the sidebar (characters before the column)
# and then the main column (the rest of each line).
COLUMNS = {"58_": 36}


def read_columns(raw: str, col: int) -> str:
    out = []
    for page in raw.split("\f"):
        lines = page.split("\n")
        out += [l[:col].rstrip() for l in lines] + [l[col:] for l in lines]
    return "\n".join(out)

# Numbering that runs on across sub-sections instead of restarting ([15]…[9], then [8]…[1]): the printed
# numbers are the indices, so a section may run n..m downwards.
RUNS_ON = ("60_",)

# Owner surname used by the self_index check where the header name is not the form in the lists
# (22: the student Note is signed with the owner's earlier name "Naomi Castellanos"; 27: the owner is
# "Shao M" in English entries and "邵明哲" in Chinese ones; 28: the double surname is written
# "Olmedo Villaverde", "Olmedo-Villaverde" and in the header only once). A tuple gives several forms.
OWNER_SURNAME = {
    "22_": "Castellanos",
    "27_": ("Shao", "邵明哲"),
    "28_": "Olmedo",
    "33_": "Restrepo",
    "35_": ("Morimoto", "森本"),
    "56_": "Dálaigh",
}


def structural_count(stem: str, raw: str):
    for prefix, (start, end, rx) in STRUCT.items():
        if stem.startswith(prefix):
            a = raw.find(start)
            b = raw.find(end, a + 1)
            if a < 0 or b < 0:
                return -1
            region = raw[a:b]
            if "\\documentclass" in raw:
                region = re.sub(r"(?m)^\s*%.*$", "", region)
            return len(re.findall(rx, region, flags=re.M))
    return None


def check(gold_path: Path, schema) -> list[str]:
    errs = []
    g = json.loads(gold_path.read_text(encoding="utf-8"))
    stem = gold_path.name.removesuffix(".gold.json")
    if schema is not None:
        import jsonschema
        for e in jsonschema.Draft202012Validator(schema).iter_errors(g):
            errs.append(f"schema: {e.json_path}: {e.message}")
    doc = HERE / g.get("doc", "")
    if not doc.exists() or doc.name.rsplit(".", 1)[0] != stem:
        return errs + [f"doc file {g.get('doc')!r} missing or not named like the gold file"]
    raw = read_doc(doc)
    col = next((v for k, v in COLUMNS.items() if stem.startswith(k)), None)
    if col is not None:
        raw = read_columns(raw, col)
    global DEHYPHEN
    chrome = next((v for k, v in PDF_TEXT.items() if stem.startswith(k)), None)
    DEHYPHEN = chrome is not None
    if chrome is not None:
        flat = raw
        for rx in chrome:
            flat = re.sub(rx, "", flat)
        text = render(re.sub(r"(?<=\w)-\n(?=\w)", "", flat))
    else:
        text = render(raw)
    L = loose(text)
    owner = next((v for k, v in OWNER_SURNAME.items() if stem.startswith(k)), surname(g["person"]["name"]))
    owners = owner if isinstance(owner, tuple) else (owner,)
    owns = [loose(o) for o in owners]
    for key in ("emails", "phones", "homepages"):
        for v in g["person"].get(key, []):
            deobf = re.sub(r"\s*[\[(]\s*at\s*[\])]\s*", "@", raw)
            deobf = re.sub(r"\s*[\[(]\s*dot\s*[\])]\s*", ".", deobf)
            if v not in raw and v not in deobf and loose(v) not in L:
                errs.append(f"person.{key} {v!r} not in document")
    if loose(g["person"]["name"]) not in L:
        errs.append(f"person.name {g['person']['name']!r} not in document (loosely)")
    for e in g.get("education", []):
        for k in ("institution", "field", "advisor", "location"):
            if e.get(k) and loose(e[k]) not in L:
                errs.append(f"education {k} {e[k]!r} not in document")
    for p in g.get("positions", []):
        for k in ("org", "title", "supervisor", "location"):
            if p.get(k) and loose(p[k]) not in L:
                errs.append(f"position {k} {p[k]!r} not in document")
    for a in g.get("awards", []):
        if loose(a["name"]) not in L:
            errs.append(f"award {a['name']!r} not in document")
    for s in g.get("skills", []):
        if loose(s) not in L:
            errs.append(f"skill {s!r} not in document")
    n_struct = structural_count(stem, raw)
    if n_struct is not None and n_struct != len(g["publications"]):
        errs.append(f"structural count {n_struct} != {len(g['publications'])} gold publications")
    pos = 0
    sections: dict[str, list[int]] = {}
    for n, e in enumerate(g["publications"]):
        tag = f"pub[{n}] {e.get('section')}#{e.get('index')}"
        missing = [k for k in PUB_KEYS if k not in e]
        if missing:
            errs.append(f"{tag}: missing keys {missing}")
            continue
        sections.setdefault(e["section"], []).append(e["index"])
        if loose(e["section"]) not in L:
            errs.append(f"{tag}: section heading not in document")
        t = loose(e["title"])
        at = L.find(t, pos)
        if at < 0:
            errs.append(f"{tag}: title not found after previous title: {e['title']!r}")
            at = L.find(t)
            if at < 0:
                continue
        else:
            pos = at + 1
        lo, hi = max(0, at - 1500), at + len(t) + 800
        win = L[lo:hi]
        for a in e["authors"]:
            if loose(a) not in win:
                errs.append(f"{tag}: author {a!r} not near title")
        if e["authors"]:
            joined = [loose(a).strip() for a in e["authors"]]
            seq, start = True, lo
            for a in joined:
                k = L.find(" " + a + " ", start, hi)
                if k < 0:
                    seq = False
                    break
                start = k + 1
            if not seq:
                errs.append(f"{tag}: authors not found in this order near the title")
        if e["venue_raw"] is not None and loose(e["venue_raw"]) not in win:
            errs.append(f"{tag}: venue_raw {e['venue_raw']!r} not near title")
        if (e["venue"] is None) != (e["venue_raw"] is None):
            errs.append(f"{tag}: venue and venue_raw disagree on null")
        # a Japanese date "2024年3月" (35) is one token once CJK is kept
        if e["year"] is not None and f" {e['year']} " not in win and f" {e['year']}年" not in win:
            errs.append(f"{tag}: year {e['year']} not near title")
        for u in e["links"]:
            if u not in raw:
                errs.append(f"{tag}: link {u!r} not verbatim in document")
        if len(set(e["links"])) != len(e["links"]):
            errs.append(f"{tag}: duplicate links")
        if e["doi"]:
            if e["doi"] not in raw:
                errs.append(f"{tag}: doi {e['doi']!r} not verbatim in document")
            if "doi" not in raw[max(0, raw.find(e["doi"]) - 20): raw.find(e["doi"]) + 1].lower():
                errs.append(f"{tag}: doi not introduced by doi.org / doi: label")
        for u in e["links"]:
            m = re.search(r"doi\.org/(10\..+)$", u)
            if m and e["doi"] != m.group(1):
                errs.append(f"{tag}: doi {e['doi']!r} differs from link {u!r}")
        si = e["self_index"]
        hits = [i for i, a in enumerate(e["authors"]) if any(o in loose(a) for o in owns)]
        if si is None:
            if hits:
                errs.append(f"{tag}: self_index null but author {e['authors'][hits[0]]!r} carries {owner!r}")
        elif si >= len(e["authors"]) or not any(o in loose(e["authors"][si]) for o in owns):
            errs.append(f"{tag}: self_index {si} does not point at {owner!r}")
        elif len(hits) > 1:
            errs.append(f"{tag}: several authors carry {owner!r}")
        if any(i >= len(e["authors"]) for i in e["equal_marked"]):
            errs.append(f"{tag}: equal_marked out of range")
        # al-folio's "and 4 more authors" (38) truncates the list as "et al." does
        # Google Scholar (41) cuts a long author line with ", ..." (dots are lost in the loose text)
        scholar_cut = e["authors"] and ", ".join(e["authors"]) + ", ..." in raw
        if e["authors_truncated"] and not scholar_cut and not re.search(r"et\s*al|\.\.\.|…| u a | 等 |\d more authors", win):
            errs.append(f"{tag}: authors_truncated but no 'et al.' near the title")
        if e["type"] == "workshop" and "workshop" not in e["flags"]:
            errs.append(f"{tag}: workshop type without workshop flag")
        if e["type"] == "findings" and "findings" not in e["flags"]:
            errs.append(f"{tag}: findings type without findings flag")
    for sec, idx in sections.items():
        n = len(idx)
        runs_on = any(stem.startswith(k) for k in RUNS_ON) and idx == list(range(idx[0], idx[0] - n, -1))
        if idx != list(range(1, n + 1)) and idx != list(range(n, 0, -1)) and not runs_on:
            errs.append(f"section {sec!r}: indices {idx} do not run 1..n or n..1")
    return errs


def main(argv: list[str]) -> int:
    try:
        schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
        import jsonschema  # noqa: F401
    except ImportError:
        print("warning: jsonschema not installed; schema validation skipped", file=sys.stderr)
        schema = None
    golds = sorted(HERE.glob("*.gold.json"))
    if argv:
        golds = [p for p in golds if any(p.name.startswith(a) for a in argv)]
    bad = 0
    for gp in golds:
        errs = check(gp, schema)
        g = json.loads(gp.read_text(encoding="utf-8"))
        print(f"{gp.name}: {len(g['publications'])} publications, {len(errs)} problems")
        for e in errs:
            print("   ", e)
        bad += bool(errs)
    if not argv:
        r = subprocess.run([sys.executable, str(SCORER), str(HERE), str(HERE), "--json"],
                           capture_output=True, text=True)
        rep = json.loads(r.stdout)
        pub = rep["publications"]
        ok = (pub["field_f1_micro"] == 1.0 and pub["entry_f1"] == 1.0 and pub["author_f1"] == 1.0
              and all(v == 1.0 for v in pub["field_accuracy_on_matched"].values())
              and rep["education"]["entry_f1"] == 1.0 and rep["positions"]["entry_f1"] == 1.0)
        print("scorer, gold against itself:", json.dumps(rep))
        if not ok:
            print("scorer did not give 1.0 everywhere")
            bad += 1
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
