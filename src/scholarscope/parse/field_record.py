"""Publication records written as labelled fields, as CV systems export them (the Spanish CVN, Lattes,
institutional repositories): 'Autores: A; B; Título: …; Revista: …; Año: 2023'. The labels say which
field each value fills, so the values need no guessing from their wording."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..read.text import fold_case, strip_markup
from .rxgate import holds_any, required_words

# label -> field, in English, Spanish, Portuguese, French, German and Italian
_FIELDS = {
    "authors": r"autores|autor\(es\)|autor/es|authors?|auteurs?|autoren|autori|author\(s\)",
    "title": r"t[íi]tulo(?: del trabajo| de la publicaci[óo]n)?|title(?: of (?:the )?(?:paper|work|article))?|titre|titel|titolo",
    "journal": r"revista|journal|source|revue|zeitschrift|rivista|peri[óo]dico|publicado en|published in",
    "event": r"nombre del congreso|congreso|conference(?: name)?|evento|event|tagung|colloque|convegno",
    "book": r"libro|book|livre|buch|en el libro|in the book",
    "publisher": r"editorial|publisher|[ée]diteur|verlag|editora|casa editrice",
    "year": r"a[ñn]o(?: de publicaci[óo]n)?|year|ann[ée]e|jahr|anno|fecha(?: de publicaci[óo]n| de celebraci[óo]n)?|date",
    "volume": r"volumen|volume|vol\.?|band",
    "pages": r"p[áa]ginas|pages|pp\.|seiten|pagine",
    "doi": r"doi",
    "place": r"(?:lugar|ciudad)(?: de celebraci[óo]n)?|place|city|ort|lieu",
    "role": r"tipo de participaci[óo]n|forma de participaci[óo]n|type of (?:participation|presentation)|presentation type",
    "proceedings": r"publicaci[óo]n en actas?(?: (?:de )?congreso)?|published in (?:the )?proceedings",
    "other": r"tipo de producci[óo]n|tipo de soporte|issn|isbn|"
             r"autor de correspondencia",
}
_LABEL = re.compile(r"(?:^|(?<=[;.\n])|(?<=[;.]\s))\s*(?:" + "|".join(f"(?P<{k}>{v})" for k, v in _FIELDS.items()) + r")\s*:\s*",
                    re.I)
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
_TITLE_WORDS = required_words(_FIELDS["title"], re.I)  # one of them is in every title label (case folded)


@dataclass
class FieldRecord:
    """A labelled record's values: the author list as written, the title, the container and the year."""

    authors_raw: str
    title: str
    venue_raw: str
    year: int | None
    kind: str
    flags: list[str]


def field_record(s: str) -> FieldRecord | None:
    """The entry read as labelled fields, or None unless it labels a title and at least one more field."""
    if ":" not in s:
        return None  # every label ends in a colon; most entries have none
    plain = strip_markup(s)
    if not holds_any(fold_case(plain), _TITLE_WORDS):
        return None  # no title label: a failed search of the labels tries every alternative at every position
    found = [(m.lastgroup, m.start(), m.end()) for m in _LABEL.finditer(plain)]
    if len(found) < 2 or not any(k == "title" for k, _, _ in found):
        return None
    values: dict[str, str] = {}
    for (key, _, end), nxt in zip(found, found[1:] + [(None, len(plain), len(plain))]):
        value = plain[end: nxt[1]].strip(" ;,\n")
        values.setdefault(key, value[:-1] if value.endswith(".") and not re.search(r"\b[A-Z]\.$", value) else value)
    title = values.get("title", "")
    if not title:
        return None
    venue = values.get("journal") or values.get("event") or values.get("book") or values.get("publisher") or ""
    kind = ("journal" if "journal" in values else "conference" if "event" in values
            else "chapter" if "book" in values else "other" if "publisher" in values else "")
    year = _YEAR.search(values.get("year", "")) or _YEAR.search(plain)
    role = values.get("role", "").lower()
    flags = ["poster"] if re.search(r"p[óo]ster", role) else ["talk"] if re.search(r"ponencia|oral|keynote|talk|invit", role) else []
    if re.match(r"s[íi]|yes|oui|ja\b", values.get("proceedings", ""), re.I):
        flags, kind = [], "conference"  # the contribution is printed in the meeting's proceedings
    elif flags:
        kind = "other"  # a poster or a talk at a meeting, not a paper in its proceedings
    venue = re.sub(r"\s+(?:19|20)\d\d$", "", venue)  # "ASLO Aquatic Sciences Meeting 2021"
    return FieldRecord(values.get("authors", ""), title, venue, int(year.group(1)) if year else None, kind, flags)
