"""The document owner: name from the header (or the bold author), contact data."""
from __future__ import annotations

import re
from collections import Counter
from itertools import islice

from ..read.text import CJK, CJK_CHARS, strip_markup
from ..records import Person
from .lines import Line
from .names import is_name
from .rxgate import gated
from .sections import categorise, normalise_heading

_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_OBFUSCATED = gated(re.compile(r"([\w.+-]+)\s*(?:\[at\]|\(at\)| at )\s*([\w-]+)\s*(?:\[dot\]|\(dot\)| dot |\.)\s*([\w.-]+)", re.I))
_PHONE = re.compile(r"(?:\+|\(\+)?\(?\d[\d\s().\-]{7,}\d")
_NATIONAL_PHONE = re.compile(r"\(\d{3}\)\s?\d{3}[\s.\-]\d{4}|\d{3}[.\-]\d{3}[.\-]\d{4}")  # (734) 555-0182, 734-555-0147
_PHONE_LABEL = re.compile(r"☎|📞|\b(?:tel|phone|mobile|cell|telephone|ph)\b\.?", re.I)
_URL = re.compile(r"<?((?:https?://|www\.)[^\s<>)\]]+|[\w-]+(?:\.[\w-]+)*\.(?:github\.io|com|org|net|edu|info|io|me)(?:/[^\s<>)\]]*)?)>?")
_NOT_HOME = re.compile(r"githubusercontent|jsdelivr|cdn\.|[\"']$|github\.com|gitlab\.com|bitbucket\.org|linkedin|twitter|x\.com|facebook|scholar\.google|orcid|researchgate|dblp|instagram|youtube|semanticscholar|mailto:|doi\.org|arxiv\.org", re.I)
_TITLES = re.compile(r"^(?:dr\.?(?:[- ]?(?:ing|rer\.?\s?nat|phil|med|habil|sc|h\.?\s?c)\.?)*|prof\.?|professor|univ\.-prof\.?|"
                     r"priv\.-doz\.?|dipl\.-\w+\.?|mr\.?|ms\.?|mrs\.?|curriculum vitae\s*[-–:]?)\s+|,?\s*(?:ph\.?\s?d\.?|m\.?d\.?|msc|mba|cv)\.?$", re.I)


def find_name(lines: list[Line]) -> str | None:
    """The owner's name from the top of a document (before the first known section), or None."""
    labelled = _labelled_name(lines[:60])
    if labelled:
        return labelled
    for ln in lines[:120]:  # the title heading names the owner even after a sidebar read first,
        if ln.kind == "heading" and ln.level == 1:  # when the document names that person again
            name = _as_name(ln.body)
            if name and _named_again(name, lines):
                return name
    seen, broken = 0, ""
    for ln in lines:
        if ln.kind == "blank":
            continue
        raw = ln.body if ln.kind == "heading" else ln.text
        if ln.kind == "heading" and categorise(raw) not in (None, "other"):
            break
        cell = _first_cell(raw)
        if broken and re.fullmatch(r"[a-zà-ÿ]+", cell):  # "Rafaela Cunha Fer-" / "reira": a narrow column hyphenated it
            name = _as_name(broken[:-1] + cell)
            if name:
                return name
        broken = cell if re.search(r"\w-$", cell) else ""
        name = _as_name(raw) or _leading_name(raw)
        if name:
            return name
        seen += 1
        if seen >= 12:
            break
    return None


_DEGREES_AFTER = re.compile(r"(?:,\s*(?:M\.?D|Ph\.?\s?D|M\.?P\.?H|M\.?S|M\.?A|R\.?N|D\.?O|M\.?B\.?A|J\.?D|F\.?R\.?C\.?P|"
                            r"D\.?Phil|M\.?Sc|B\.?Sc|FACP|FCCP|FRCPC|DrPH|PharmD|PsyD|Ed\.?D)\.?)+$")
# degrees, memberships and fellowships written after a name without commas (British and Commonwealth usage)
_POSTNOMINALS = re.compile(r"(?:,?\s+(?:MBBS|MBChB|MBBCh|BMBCh|BChir|BM|BCh|MB|MD|Ph\.?D|DPhil|MPhil|M\.?Sc|B\.?Sc|BA|MA|"
                           r"MPH|MRCP|MRCPCH|MRCS|MRCGP|MRCPsych|FRCP|FRCPC|FRCPE|FRCS|FRCPath|FRCR|FRACP|FACP|FCCP|"
                           r"FHEA|FRSB|FRS|FMedSci|DTM&H|DTMH|RN|DrPH|PharmD|PsyD|EdD|MBA|CEng|FInstP|MInstP)"
                           r"(?:\s?\([A-Z]{2,4}\))?)+$")
_NAME_LABEL = re.compile(r"^(?:(?:(?:first|given|sur|last|family|full|complete)\s*-?\s*names?(?:\(s\))?|name)\s*[/,]?\s*)+:?$|"
                         # the same form labels in Italian, Spanish, Portuguese, French and German CVs
                         r"^(?:nome e cognome|cognome e nome|nome completo|nombre (?:y apellidos?|completo)|apellidos?,? (?:y )?nombre|"
                         r"nom et pr[ée]nom|nom,? pr[ée]nom|pr[ée]nom(?: et)? nom|vorname(?: und)? (?:nach)?name|"
                         r"(?:nach)?name,? vorname|(?:氏名|姓名|名前|氏\s+名)(?:\s*/?\s*name)?)\s*[:：]?$", re.I)
_SURNAME_FIRST = re.compile(r"(?:sur|last|family|cognome e|apellidos?,? (?:y )?nombre|nom,? pr|nom et|(?:nach)?name,? vorname)", re.I)


def _labelled_name(lines: list[Line]) -> str | None:
    """A form row 'Surname(s) / First name(s)<TAB>Hořejší Marek' (Europass): the label says the order."""
    for ln in lines:
        if "\t" not in ln.text and ":" not in ln.text:
            continue  # (no label: a tab or a colon ends every one)
        label, tab, value = strip_markup(ln.text).partition("\t")
        if not tab:  # "NAME: Quintanilla, Marisol Teresa" (an NIH biosketch)
            label, tab, value = strip_markup(ln.text).partition(": ")
        if not tab or not _NAME_LABEL.match(label.strip()):
            continue
        value = " ".join(value.split()).strip(" ,")
        value = _DEGREES_AFTER.sub("", value)  # "Ioana Petrescu, MD, MPH"
        value = _TITLES.sub("", _TITLES.sub("", value).strip(" ,")).strip(" ,")  # "Dr. Harshavardhan Kulkarni"
        last, comma, given = value.partition(", ")
        if comma and is_name(last) and is_name(given) and "," not in given:
            value = f"{given} {last}"  # "Quintanilla, Marisol Teresa": the surname first, then a comma
        if not is_name(value):
            value = _as_name(value) or ""  # "森澤 健司 (MORISAWA Kenji)": the name in Latin letters beside it
            if not value:
                continue
            return value
        parts = value.split()
        if _SURNAME_FIRST.match(label.strip()) and len(parts) >= 2 and not comma:
            value = " ".join(parts[1:] + parts[:1])  # "Hořejší Marek" -> "Marek Hořejší"
        return value
    return None


def _named_again(name: str, lines: list[Line]) -> bool:
    surname = re.compile(rf"\b{re.escape(name.split()[-1])}\b", re.I)
    text = strip_markup("\n".join(ln.text for ln in lines))  # (a surname, one word, never runs over a line's end)
    return next(islice(surname.finditer(text), 1, None), None) is not None  # a second mention


_CJK_WITH_LATIN = re.compile(rf"[{CJK_CHARS}·\s]{{2,12}}\s*[(（]\s*([A-Za-z][A-Za-z .'-]{{2,40}})\s*[)）]")


_DOCUMENT_TITLE = re.compile(r"(?:curr[ií]cul(?:um|o)(?:\s+vitae)?(?:\s+et\s+studiorum)?|cv|r[ée]sum[ée]|resume|vita|lebenslauf|publications)\b",
                             re.I)


def _first_cell(raw: str) -> str:
    """'Name<TAB>date' or 'Name   Address': the text before the first tab or wide gap."""
    return re.split(r"\t|\s{3,}", strip_markup(raw).strip())[0]


# "Associate Professor": words that name a post, never part of a person's name
_POST_WORD = re.compile(r"\b(?:professor|lecturer|researcher|scientist|postdoc\w*|assistant|associate|director|"
                        r"student|candidate|department|university|institute)\b", re.I)


def _as_name(raw: str) -> str | None:
    first = _first_cell(raw).replace("’", "'")  # "Abd’gafar": a word processor's apostrophe is the same letter
    if first.rstrip().endswith(("-", ":")):
        return None  # "Rafaela Cunha Fer-": a name the layout broke over two lines; "Date Prepared:" is a label
    text = normalise_heading(first)
    if _NAME_LABEL.match(text) or _DOCUMENT_TITLE.fullmatch(text):
        return None  # "Full Name<TAB>…" is a label; "CURRICULUM VITAE ET STUDIORUM" names the document
    text = re.sub(r"^(?:curriculum vitae|cv|résumé|resume|vita)\s*(?:of|[-–—:|])\s*", "", text, flags=re.I)
    parts = re.split(r"\s[|–—/]\s|\t|\s{3,}|,\s*(?=[\w.+-]+@)", text)
    text = parts[0].strip()
    latin = next((q.strip() for q in parts[1:2] if q.strip() and not CJK.search(q)), None)
    if CJK.search(text) and latin:
        text = f"{text} ({latin})"  # "森本 健二 / Kenji MORIMOTO": the name in Latin letters beside its own script
    gloss = _CJK_WITH_LATIN.fullmatch(text)
    if gloss:  # "邵明哲 (Mingzhe SHAO)": the name in Latin letters, beside the name in its own script
        text = gloss.group(1)
    prev = None
    while prev != text:
        prev, text = text, _TITLES.sub("", text).strip(" ,")
    text = _POSTNOMINALS.sub("", text) or text  # "Niamh Roe MBBS PhD MRCP": a UK clinician's letters after the name
    words = text.split()
    if not 2 <= len(words) <= 5:
        return None  # (asked again below: a name has two to five words; the rest is dearer to ask)
    if ("@" in text and _EMAIL.search(text)) or categorise(text) is not None or _DOCUMENT_TITLE.match(text) \
            or _POST_WORD.search(text):
        return None
    if any(w.isupper() and len(w) > 2 for w in words) and gloss:
        if len(words) == 2 and words[0].isupper() and not words[1].isupper():
            words = words[::-1]  # "MORISAWA Kenji": the family name in capitals first, as Japan writes it
        text = " ".join(w.capitalize() if w.isupper() and len(w) > 2 else w for w in words)  # "Mingzhe SHAO"
    if text.isupper():  # "KWABENA ASANTE-MENSAH": judge and give the name in its usual case
        text = " ".join("-".join(p.capitalize() for p in w.split("-")) if len(w) > 2 or "." not in w else w for w in words)
    if not 2 <= len(words) <= 5 or not is_name(text):
        return None
    return text


def _leading_name(raw: str) -> str | None:
    """A name that re-flowed text put in front of other words: 'MAREK ZIELIŃSKI Assistant
    Professor, ...', 'Rebecca A. Lindgren, MD, MPH Associate Professor ...'."""
    from .cvitems import _TITLE_WORDS

    text = normalise_heading(strip_markup(raw))
    first = text.split(",")[0].strip()
    if first != text:
        got = _as_name(first)
        if got:
            return got
    words = text.split()
    caps = []
    for w in words:
        if w.isupper() and len(w) > 1 or re.fullmatch(r"[A-Z]\.", w):
            caps.append(w)
        else:
            break
    if 2 <= len(caps) <= 4:
        got = _as_name(" ".join(caps))
        if got:
            return got
    for n in (4, 3, 2):
        head = " ".join(words[:n])
        if len(words) > n and not _TITLE_WORDS.search(head):
            got = _as_name(head)
            if got and _TITLE_WORDS.search(words[n]):
                return got
    return None


def owner_from_authors(pubs: list) -> str | None:
    """No name in the header: the owner is the author marked in bold (or on most entries)."""
    bold: Counter[str] = Counter()
    every: Counter[str] = Counter()
    for p in pubs:
        for name, b in zip(p.authors, getattr(p, "_bold", [])):
            if b:
                bold[name] += 1
        for name in set(p.authors):
            every[name] += 1
    if bold:
        return bold.most_common(1)[0][0]
    if every and len(pubs) >= 3:
        name, n = every.most_common(1)[0]
        if n >= 0.6 * len(pubs):
            return name
    return None


def _contact_line(plain: str) -> bool:
    """A line that gives contact details ('Web: x.org', 'a@b.edu | x.org'), not prose that links a lab."""
    rest = _URL.sub(" ", plain)
    if _EMAIL.search(plain) or _PHONE_LABEL.search(plain) or re.search(r"[|·•]", plain):
        return True
    if re.search(r"\b(?:web|homepage|home page|website|site|url|www)\b", rest, re.I):
        return True
    return len(re.findall(r"[^\W\d_]{2,}", rest)) <= 3


def find_contacts(header_text: str, all_text: str) -> Person:
    """Emails, phones and homepages shown for the owner (header first, else the whole text)."""
    p = Person()
    src = header_text if _EMAIL.search(header_text) else all_text[:3000]
    for m in _EMAIL.finditer(src):
        e = m.group(0).rstrip(".")
        if e not in p.emails:
            p.emails.append(e)
    for m in _OBFUSCATED.finditer(header_text):
        e = f"{m.group(1)}@{m.group(2)}.{m.group(3)}"
        if e not in p.emails:
            p.emails.append(e)
    for line in header_text.split("\n"):
        plain = re.sub(r"<(?:tel|mailto|callto):[^>]*>", "", strip_markup(line), flags=re.I)
        if len(plain.split()) > 15:
            continue  # prose that mentions a link or a number is not a contact line
        for m in _PHONE.finditer(plain):
            digits = re.sub(r"\D", "", m.group(0))
            if 9 <= len(digits) <= 15 and (_PHONE_LABEL.search(plain) or m.group(0).lstrip().startswith(("+", "(+"))
                                           or _NATIONAL_PHONE.fullmatch(m.group(0).strip())) \
                    and not re.fullmatch(r"(19|20)\d\d\D+(19|20)\d\d", m.group(0).strip()):
                p.phones.append(m.group(0).strip())
        for m in _URL.finditer(plain) if _contact_line(plain) else ():
            url = m.group(1).rstrip(".,;")
            if "@" in url or _NOT_HOME.search(url) or url in p.homepages:
                continue
            if any(url in e for e in p.emails):
                continue
            p.homepages.append(url)
    # "site.org <https://site.org>": the anchor text and its target are one homepage
    p.homepages = [u for u in p.homepages
                   if not any(o != u and o.split("://")[-1].removeprefix("www.").rstrip("/") ==
                              u.split("://")[-1].removeprefix("www.").rstrip("/") and "://" in o and "://" not in u
                              for o in p.homepages)]
    return p
