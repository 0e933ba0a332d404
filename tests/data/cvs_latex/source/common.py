"""Helpers shared by the document modules: Unicode -> LaTeX accents, gold records."""
from __future__ import annotations

ACC = {
    "á": r"\'a", "é": r"\'e", "í": r"\'{\i}", "ó": r"\'o", "ú": r"\'u", "É": r"\'E", "Á": r"\'A",
    "à": r"\`a", "è": r"\`e", "ò": r"\`o", "ä": r'\"a', "ö": r'\"o', "ü": r'\"u', "Ö": r'\"O',
    "Ü": r'\"U', "Ä": r'\"A', "ë": r'\"e', "ï": r'\"{\i}', "ñ": r"\~n", "ã": r"\~a", "õ": r"\~o",
    "ç": r"\c{c}", "ø": r"{\o}", "Ø": r"{\O}", "å": r"{\aa}", "Å": r"{\AA}", "æ": r"{\ae}",
    "ł": r"{\l}", "Ł": r"{\L}", "ß": r"{\ss}", "š": r"\v{s}", "č": r"\v{c}", "ž": r"\v{z}",
    "ř": r"\v{r}", "ě": r"\v{e}", "Š": r"\v{S}", "Č": r"\v{C}", "ń": r"\'n", "ś": r"\'s", "ê": r"\^e",
    "ô": r"\^o", "â": r"\^a", "î": r"\^{\i}", "ğ": r"\u{g}", "ı": r"{\i}", "ş": r"\c{s}",
    "–": "--", "—": "---", "’": "'", "&": r"\&", "%": r"\%", "#": r"\#", "_": r"\_",
}


def tx(s: str | None) -> str:
    """Unicode text -> LaTeX source with accent macros (what a LaTeX CV author types)."""
    if s is None:
        return ""
    return "".join(ACC.get(c, c) for c in s)


def bibtx(s: str) -> str:
    """Unicode -> BibTeX field text: accents wrapped in braces, as .bib files do ({\\'e})."""
    out = []
    for c in s:
        m = ACC.get(c)
        if m is None:
            out.append(c)
        elif m.startswith("{") or not m.startswith("\\"):
            out.append(m if c not in "&%#_" else m)
        else:
            out.append("{" + m + "}")
    return "".join(out)


def pub(section, index, title, authors, self_index, venue, venue_raw, year, type_, *,
        eq=(), flags=(), links=(), note=None, doi=None, trunc=False):
    return {
        "section": section, "index": index, "title": title, "authors": list(authors),
        "authors_truncated": trunc, "self_index": self_index, "equal_marked": list(eq),
        "venue": venue, "venue_raw": venue_raw, "year": year, "type": type_, "flags": list(flags),
        "links": list(links), "note": note, "doi": doi,
    }


def edu(institution, degree, field, start, end, *, advisor=None, gpa=None, location=None, expected=False):
    return {"institution": institution, "degree": degree, "field": field, "start": start, "end": end,
            "expected": expected, "advisor": advisor, "gpa": gpa, "location": location}


def pos(org, title, start, end, kind, *, location=None, supervisor=None):
    return {"org": org, "title": title, "start": start, "end": end, "location": location,
            "supervisor": supervisor, "kind": kind}


def gold(doc, person, education, positions, publications, awards=(), skills=()):
    return {"doc": doc, "kind": "cv", "person": person, "education": list(education),
            "positions": list(positions), "publications": list(publications),
            "awards": [{"name": a, "date": d} for a, d in awards], "skills": list(skills)}
