#!/usr/bin/env python3
"""Mechanical checks for the gold files in this folder (adapted from ../cvs_native/check_native.py).

Usage:  /work/main/.venv/bin/python tests/data/cvs_latex/check_latex.py [STEM-PREFIX ...]

The text is taken from the compiled PDF itself with pypdfium2 (running headers and footers included).
Because TeX hyphenates at line ends and pdfium may return ligature glyphs (U+FB01 "fi"), strings are
compared "loosely" (NFKD, accents dropped, lower case, punctuation and spaces removed entirely, so that
"hy-\nphenated" matches "hyphenated" and "well-\nknown" matches "well-known").
For every <stem>.gold.json: validate against shared/schema/profile.schema.json; check that every
publication has all keys; that each title occurs in the text in gold order; that authors occur near
their title and in order; that venue_raw and year occur near the title; that links and DOIs occur in
the text (line breaks removed); that self_index points at the only author carrying the owner's
surname; that equal_marked is in range; that indices run 1..n or n..1 per section; that education,
position, award, skill and contact strings occur in the text. Then it runs the project scorer on the
folder against itself and requires 1.0 everywhere.
"""
from __future__ import annotations

import functools
import importlib.util
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
# the checks themselves live in ../cvs_native/check_native.py; this folder differs in how it reads text
_spec = importlib.util.spec_from_file_location("check_native", HERE.parent / "cvs_native" / "check_native.py")
native = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(native)


def pdf_uris(path: Path) -> list[str]:
    """Targets of the URI link annotations (\\href, \\url), which are not part of the page text."""
    import ctypes
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw
    doc = pdfium.PdfDocument(str(path))
    out = []
    for page in doc:
        pos = ctypes.c_int(0)
        link = raw.FPDF_LINK()
        while raw.FPDFLink_Enumerate(page.raw, ctypes.byref(pos), ctypes.byref(link)):
            action = raw.FPDFLink_GetAction(link)
            if not action or raw.FPDFAction_GetType(action) != 3:
                continue
            n = raw.FPDFAction_GetURIPath(doc.raw, action, None, 0)
            buf = ctypes.create_string_buffer(n)
            raw.FPDFAction_GetURIPath(doc.raw, action, buf, n)
            out.append(buf.value.decode("utf-8", "replace"))
    return out


def loose(s: str) -> str:
    """Accents, case, punctuation and spaces dropped: TeX's line-end hyphens and ligatures still match."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("\u0131", "i").replace("\ufb01", "fi").replace("\ufb02", "fl").replace("\ufb00", "ff").replace("\ufb03", "ffi").replace("\ufb04", "ffl")
    return re.sub(r"[^0-9a-z]+", "", s.lower())


def document_text(doc: Path) -> tuple[str, str]:
    """(page text, page text without white space plus the link targets) of a compiled PDF."""
    raw = native.pdf_text(doc)
    return raw, re.sub(r"\s+", "", raw) + "\n" + "\n".join(pdf_uris(doc))


check = functools.partial(native.check, here=HERE, text_of=document_text, loose=loose, window=500)


if __name__ == "__main__":
    sys.exit(native.main(sys.argv[1:], here=HERE, check_one=check))
