#!/usr/bin/env python3
"""Mechanical checks for the gold files in this folder (adapted from ../cvs/check_gold.py).

Usage:  /work/main/.venv/bin/python tests/data/cvs_native/check_native.py [STEM-PREFIX ...]

The text is taken from the built document itself: PDF pages with pypdfium2 (running headers and
footers included), DOCX body paragraphs, text-box contents and table cells in document order with python-docx; the
targets of PDF link annotations and DOCX hyperlinks count as document text for links and DOIs.
PDFs compiled by TeX (a `source/<stem>.tex` exists) are compared as in ../cvs_latex/check_latex.py:
spaces dropped too, so TeX's line-end hyphenation and ligatures still match. An owner's name gloss
in the header ("Haoran Liu (刘浩然)"), or the name in another script before its romanisation
("王雨桐 (WANG Yutong)", 49), is also an owner form for `self_index`.
For every <stem>.gold.json: validate against shared/schema/profile.schema.json; check that every
publication has all keys; that each title occurs in the text in gold order (whole, or in two halves with another
table column's text between them, 53); that authors occur near
their title and in order; that venue_raw and year occur near the title; that links and DOIs occur in
the text (line breaks removed); that self_index points at the only author carrying the owner's
surname; that equal_marked is in range; that indices run 1..n or n..1 (or on from an earlier list) per section; that education,
position, award, skill and contact strings occur in the text. Then it runs the project scorer on the
folder against itself and requires 1.0 everywhere.
"""
from __future__ import annotations

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


def pdf_text(path: Path) -> str:
    """Page texts joined by form feeds (white space to every comparison below)."""
    import pypdfium2 as pdfium
    doc = pdfium.PdfDocument(str(path))
    return "\f\n".join(page.get_textpage().get_text_range() for page in doc).replace("\r\n", "\n")


def strip_running(raw: str) -> str:
    """Drop running headers/footers: short lines that recur (digits ignored) on two or more pages of a PDF text.

    Used for the publication checks only, so that a title split by a page break with a footer between its halves
    (19: "post-socialist / Vukašinović – CV – page 3 / labor markets") is still found."""
    pages = raw.split("\f")
    if len(pages) < 2:
        return raw
    key = lambda ln: re.sub(r"\d+", "#", ln.strip())

    def edges(pg):  # the first two and last two lines of a page, where running heads and feet stand
        lines = [ln for ln in pg.splitlines() if ln.strip()]
        return lines[:2] + lines[-2:]
    seen: dict[str, int] = {}
    for pg in pages:
        for k in {key(ln) for ln in edges(pg) if len(ln) < 80}:
            seen[k] = seen.get(k, 0) + 1
    out = []
    for pg in pages:
        drop = {ln for ln in edges(pg) if seen.get(key(ln), 0) >= 2}
        out.append("\n".join(ln for ln in pg.splitlines() if ln not in drop))
    return "\f".join(out)


def para_text(p, parent) -> str:
    """A paragraph's text with tracked changes accepted (39): runs inside `w:ins` count, `w:del` runs (w:delText) do not."""
    from docx.text.paragraph import Paragraph
    W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    if p.find(f"{W}ins") is None and p.find(f"{W}del") is None:
        return Paragraph(p, parent).text
    out = []
    for el in p.iter(f"{W}t", f"{W}tab", f"{W}br"):
        if any(a.tag == f"{W}del" for a in el.iterancestors()):
            continue
        out.append(el.text or "" if el.tag == f"{W}t" else ("\t" if el.tag == f"{W}tab" else "\n"))
    return "".join(out)


def docx_text(path: Path) -> str:
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph
    d = docx.Document(str(path))
    out = []

    W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    WPS = "{http://schemas.microsoft.com/office/word/2010/wordprocessingShape}"
    V = "{urn:schemas-microsoft-com:vml}"

    def walk(parent, elm):
        for child in elm.iterchildren():
            tag = child.tag.rsplit("}", 1)[-1]
            if tag == "p":
                # text boxes anchored in the paragraph (22): the DrawingML box, else its VML fallback, not both
                boxes = child.findall(f".//{WPS}txbx/{W}txbxContent") or child.findall(f".//{V}textbox/{W}txbxContent")
                for box in boxes:
                    walk(parent, box)
                out.append(para_text(child, parent))
            elif tag in ("sdt", "sdtContent"):  # content controls: Word's bibliography block (29)
                walk(parent, child)
            elif tag == "tbl":
                t = Table(child, parent)
                for row in t.rows:
                    seen = set()
                    for cell in row.cells:
                        if id(cell._tc) in seen:
                            continue
                        seen.add(id(cell._tc))
                        walk(cell, cell._tc)
    walk(d, d.element.body)
    for s in d.sections:
        for part in (s.header, s.footer):
            out.extend(p.text for p in part.paragraphs)
    return "\n".join(out)


def pdf_uris(path: Path) -> list[str]:
    """Targets of the URI link annotations of a PDF (\\href, \\url, <a href>)."""
    import ctypes
    import pypdfium2 as pdfium
    import pypdfium2.raw as pr
    doc = pdfium.PdfDocument(str(path))
    out = []
    for page in doc:
        pos = ctypes.c_int(0)
        link = pr.FPDF_LINK()
        while pr.FPDFLink_Enumerate(page.raw, ctypes.byref(pos), ctypes.byref(link)):
            action = pr.FPDFLink_GetAction(link)
            if not action or pr.FPDFAction_GetType(action) != 3:
                continue
            n = pr.FPDFAction_GetURIPath(doc.raw, action, None, 0)
            buf = ctypes.create_string_buffer(n)
            pr.FPDFAction_GetURIPath(doc.raw, action, buf, n)
            out.append(buf.value.decode("utf-8", "replace"))
    return out


def docx_links(path: Path) -> list[str]:
    """Targets of the external hyperlinks of a DOCX (body, headers, footers)."""
    import docx
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    d = docx.Document(str(path))
    parts = [d.part] + [hf.part for s in d.sections for hf in (s.header, s.footer) if not hf.is_linked_to_previous]
    return [r.target_ref for part in parts for r in part.rels.values() if r.reltype == RT.HYPERLINK and r.is_external]


def loose(s: str) -> str:
    """Words compared without accents, case or punctuation, spaces kept (' et al ')."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = re.sub(r"[^0-9a-z]+", " ", s.lower())
    return " " + " ".join(s.split()) + " "


def tight(s: str) -> str:
    """Accents, case, punctuation and spaces dropped (TeX output: "hy-\\nphenated", ligatures)."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("\u0131", "i").replace("\ufb01", "fi").replace("\ufb02", "fl").replace("\ufb00", "ff")
    s = s.replace("\ufb03", "ffi").replace("\ufb04", "ffl")
    return re.sub(r"[^0-9a-z]+", "", s.lower())


def document_text(doc: Path) -> tuple[str, str]:
    """(text, text without white space plus link targets) of a built PDF or DOCX."""
    if doc.suffix == ".pdf":
        raw, links = pdf_text(doc), pdf_uris(doc)
    else:
        raw, links = docx_text(doc), docx_links(doc)
    # U+FFFE is pdfium's mark for a TeX hyphenation point (21: a DOI broken "ac-⏎sami"); it is no character
    return raw, re.sub(r"\s+", "", raw.replace("\ufffe", "")) + "\n" + "\n".join(links)


def surname(name: str) -> str:
    name = name.strip()
    return name.split(",")[0].split()[-1] if "," in name else name.split()[-1]


def split_find(text: str, t: str, start: int, gap: int = 2500) -> tuple[int, int]:
    """(start, end) of title `t` found in two halves at a word boundary, the second within `gap` characters of the
    first (a two-column table page: the right cell's text of page 1 stands between the halves), else (-1, -1)."""
    words = t.split(" ")
    for k in range(len(words) - 2, 1, -1):
        head, tail = " ".join(words[:k]) + " ", " " + " ".join(words[k:])
        a = text.find(head, start)
        if a >= 0:
            b = text.find(tail, a + len(head), a + len(head) + gap)
            if b >= 0:
                return a, b + len(tail)
    return -1, -1


def check(gold_path: Path, schema, here: Path = HERE, text_of=document_text, loose=loose,
          window: int = 700) -> list[str]:
    """Problems of one gold file; `text_of` reads the document, `loose` is the comparison form."""
    errs = []
    g = json.loads(gold_path.read_text(encoding="utf-8"))
    stem = gold_path.name.removesuffix(".gold.json")
    if schema is not None:
        import jsonschema
        for e in jsonschema.Draft202012Validator(schema).iter_errors(g):
            errs.append(f"schema: {e.json_path}: {e.message}")
    doc = here / g.get("doc", "")
    if not doc.exists() or doc.name.rsplit(".", 1)[0] != stem:
        return errs + [f"doc file {g.get('doc')!r} missing or not named like the gold file"]
    if doc.stat().st_size > 200 * 1024:
        errs.append(f"{doc.name} is larger than 200 KB")
    raw, flat = text_of(doc)
    L = loose(raw)
    P = loose(strip_running(raw))  # publication checks: running headers/footers removed
    own = loose(surname(g["person"]["name"]))
    # a gloss of the owner's name in another script after the name ("Haoran Liu (刘浩然)") is an owner form too
    m = re.search(re.escape(g["person"]["name"]) + r"\s*[(（]([^)）]+)[)）]", raw)
    glosses = [m.group(1)] if m and not loose(m.group(1)).strip() else []
    # ... or written before a romanisation of it ("王雨桐 (WANG Yutong)", 49): the name in another script counts
    for m in re.finditer(r"([^\x00-\x7f\s(（]+)\s*[(（]([A-Za-z][^)）]*)[)）]", raw):
        given = loose(g["person"]["name"]).replace(own, "").split()
        if own in loose(m.group(2)) and all(x in loose(m.group(2)) for x in given) and not loose(m.group(1)).strip():
            glosses.append(m.group(1))

    def owner_like(a: str) -> bool:
        return own in loose(a) or any(x in a for x in glosses)
    for key in ("emails", "phones", "homepages"):
        for v in g["person"].get(key, []):
            if re.sub(r"\s+", "", v) not in flat:
                errs.append(f"person.{key} {v!r} not in document")
    nm = g["person"]["name"].split()
    inverted = " ".join(nm[-1:]) + ", " + " ".join(nm[:-1])  # NIH form "Quintanilla, Marisol Teresa" (24)
    if loose(g["person"]["name"]) not in L and loose(inverted) not in L:
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
        at = P.find(t, pos)
        end = at + len(t)
        if at < 0:  # a title broken by a page break with the other table column's text between its halves (53)
            at, end = split_find(P, t, pos)
        if at < 0:
            errs.append(f"{tag}: title not found after previous title: {e['title']!r}")
            at = P.find(t)
            end = at + len(t)
            if at < 0:
                continue
        else:
            pos = at + 1
        lo, hi = max(0, at - window), end + window
        win = P[lo:hi]
        # Chicago's subsequent-author substitute (26): "———. 2022. “Title" repeats the previous entry's author list,
        # which the gold writes out; those names are not looked up near the title
        # biblatex authoryear's "dashed" list (28): "— (2023b). „Title" does the same
        dash_sub = bool(re.search("(\u2014\u2014\u2014\\.|\u2014) \\(?" + str(e["year"]) + "[a-z]?\\)?\\. [\u201c\u201e]?"
                                  + re.escape(e["title"][:20]), raw))
        if e["authors"] and not dash_sub:
            start = lo
            for a in e["authors"]:
                if not loose(a).strip():  # a name in another script ("刘浩然"): looked up as written
                    if a not in raw:
                        errs.append(f"{tag}: author {a!r} not in document")
                    continue
                k = P.find(loose(a), start, hi)
                if k < 0:
                    errs.append(f"{tag}: author {a!r} not near title (in order)")
                    break
                start = k + 1
        if e["venue_raw"] is not None and not loose(e["venue_raw"]).strip():
            if e["venue_raw"] not in raw:
                errs.append(f"{tag}: venue_raw {e['venue_raw']!r} not in document")
        elif e["venue_raw"] is not None and loose(e["venue_raw"]) not in win:
            errs.append(f"{tag}: venue_raw {e['venue_raw']!r} not near title")
        if (e["venue"] is None) != (e["venue_raw"] is None):
            errs.append(f"{tag}: venue and venue_raw disagree on null")
        yy = str(e["year"])[2:]
        short_year = e["year"] is not None and re.search(r"['’]" + yy + r"\b", raw) and loose(yy) in win  # "NeurIPS'24"
        if e["year"] is not None and loose(str(e["year"])) not in win and not short_year:
            errs.append(f"{tag}: year {e['year']} not near title")
        for u in e["links"]:
            if u not in flat:
                errs.append(f"{tag}: link {u!r} not in document text")
        if e["doi"] and e["doi"] not in flat:
            errs.append(f"{tag}: doi {e['doi']!r} not in document text")
        for u in e["links"]:
            m = re.search(r"doi\.org/(10\..+)$", u)
            if m and e["doi"] != m.group(1):
                errs.append(f"{tag}: doi {e['doi']!r} differs from link {u!r}")
        si = e["self_index"]
        hits = [i for i, a in enumerate(e["authors"]) if owner_like(a)]
        if si is None:
            if hits:
                errs.append(f"{tag}: self_index null but author {e['authors'][hits[0]]!r} carries the owner's surname")
        elif si >= len(e["authors"]) or not owner_like(e["authors"][si]):
            errs.append(f"{tag}: self_index {si} does not point at the owner")
        elif len(hits) > 1:
            errs.append(f"{tag}: several authors carry the owner's surname")
        if any(i >= len(e["authors"]) for i in e["equal_marked"]):
            errs.append(f"{tag}: equal_marked out of range")
        apa_ellipsis = len(e["authors"]) >= 20 and ". . ." in raw  # APA 7: 19 names, ". . .", the last name
        german_ua = loose("u. a.") in win  # biblatex German "u. a." (und andere, 28)
        # Google Scholar cuts a long author list with ", ..." after the last shown name (35)
        scholar_cut = bool(e["authors"]) and re.search(re.escape(e["authors"][-1]) + r",?\s*(\.\.\.|…)", raw)
        # an ERC track record drops middle authors with "(…)" (TeX's \\ldots: "(. . . )") between the first names and the applicant (37)
        erc_cut = bool(e["authors"]) and re.search(re.escape(e["authors"][0]) + r"[\s\S]{0,160}?\((…|\.\.\.|\. \. \. ?)\)", raw)
        if e["authors_truncated"] and loose("et al") not in win and not apa_ellipsis and not german_ua \
                and not scholar_cut and not erc_cut:
            errs.append(f"{tag}: authors_truncated but no 'et al.' (or APA's '. . .') near the title")
        if e["type"] in ("workshop", "findings") and e["type"] not in e["flags"]:
            errs.append(f"{tag}: type {e['type']} without the matching flag")
    for sec, idx in sections.items():
        n = len(idx)
        # 1..n or n..1, or a run that continues the previous list's numbers (13: 1-6, then 7-16)
        if idx != list(range(idx[0], idx[0] + n)) and idx != list(range(n, 0, -1)):
            errs.append(f"section {sec!r}: indices {idx} do not run 1..n, n..1 or k..k+n-1")
    return errs


def check_by_kind(gold_path: Path, schema) -> list[str]:
    """check(), with the TeX comparison for PDFs compiled from source/<stem>.tex."""
    stem = gold_path.name.removesuffix(".gold.json")
    if (HERE / "source" / f"{stem}.tex").exists():
        return check(gold_path, schema, loose=tight, window=500)
    return check(gold_path, schema)


def main(argv: list[str], here: Path = HERE, check_one=check_by_kind) -> int:
    try:
        schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
        import jsonschema  # noqa: F401
    except ImportError:
        print("warning: jsonschema not installed; schema validation skipped", file=sys.stderr)
        schema = None
    golds = sorted(here.glob("*.gold.json"))
    if argv:
        golds = [p for p in golds if any(p.name.startswith(a) for a in argv)]
    bad = 0
    for gp in golds:
        errs = check_one(gp, schema)
        g = json.loads(gp.read_text(encoding="utf-8"))
        print(f"{gp.name}: {len(g['publications'])} publications, {len(errs)} problems")
        for e in errs:
            print("   ", e)
        bad += bool(errs)
    if not argv:
        r = subprocess.run([sys.executable, str(SCORER), str(here), str(here), "--json"], capture_output=True, text=True)
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
