"""Lines -> sections: find headings (marked or by shape) and name what each section holds."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from ..read.text import BOLD_OFF, BOLD_ON, ITAL_OFF, ITAL_ON, fold_case, strip_markup
from .lines import Line
from .rxgate import AtStart, required_words

# (category, pattern) in priority order: the first pattern found in a heading decides,
# except that the earliest match position wins between categories ("Publications and Talks").
_VOCAB: list[tuple[str, str]] = [
    ("other", r"lebenslauf|curriculum vitae|r[ée]sum[ée]\b|research interests?|areas? of (research )?interests?|areas? of (speciali[sz]ation|competence)|research (statement|summary|agenda|areas?)|interests|references|referees"),
    ("teaching", r"teaching|courses taught|lectur(ing|es)\b|docencia|doc[êe]ncia|ensino\b|enseignement|insegnamento|didattica|lehre\b|lehrt[äa]tigkeit|tutoring|onderwijs"),
    ("talks", r"talks?\b|presentations?|presented\b|communications? orales|seminars?|colloquia|keynotes?|lectures|posters?\b|ponencias|conferencias|vortr[äa]ge|apresenta[çc][õo]es\b|palestras|relazioni"),
    ("positions", r"research experiences?|(work|professional|employment|industry|academic|research|teaching|relevant|other) (experience|history|positions?|appointments?)|experiences?\b|employment|appointments?|positions?\b|career|internships?|^work$|^jobs?$|^work history$|extra[- ]?curricular|experiencia|berufserfahrung|postdoctoral|(?:postgraduate|postdoctoral|clinical|graduate medical|residency) training|residenc(?:y|ies)|clerkships?|exp[ée]riences? professionnelles?|parcours professionnel|postes?\b|"
                   r"actividad profesional|situaci[óo]n profesional|cargos y actividades|estancias|atua[çc][ãa]o profissional|experi[êe]ncias? profissiona(?:l|is)|"
                   r"esperienz[ae] (?:professional[ei]|lavorativ[ae])|posizion[ei] (?:attual[ei]|ricoperte|accademiche)|werkervaring|huidige functie|loopbaan|nevenfuncties|(?:beruflicher|akademischer|wissenschaftlicher) werdegang"),
    ("publications", r"publications?|papers?\b|preprints?|manuscripts?|articles?\b|journals?\b|conferences?\b|proceedings|working papers?|works? in progress|refereed|peer[- ]reviewed|books?\b|chapters?\b|theses|thesis|dissertations?|monographs?|(technical |policy )?reports?\b(?! of\b)|submitted|under review|in (preparation|prep|progress|press|review)|bibliography|patents?|art[íi]culos|cap[íi]tulos|publicaciones|publikationen|selected works|research outputs?|contributions to science|data ?sets?\b|(?:research |scholarly |significant )?products\b|edited volumes?|reviews\b|op-?eds?|essays|abstracts|writings?\b|policy (?:briefs?|papers?|notes?)|commentar(?:y|ies)|scholarship\b|communications dans|congres(?:os|sos)|congressi|ouvrages?|th[èe]ses?\b|brevets|productions? scientifiques?|ver[öo]ffentlichungen|publikations\w*|schriftenverzeichnis|"
                      r"publica[çc](?:[ãa]o|[õo]es)|produ[çc](?:[ãa]o|[õo]es)(?: bibliogr[áa]fica| cient[íi]fica)?|artigos|anais|peri[óo]dicos|livros|resumos|pubblicazioni|articoli|"
                      r"contributi in atti|atti di convegn[oi]|capitoli di libr[oi]|tesi di (?:dottorato|laurea)|lavori sottomessi|"
                      r"in revisione|monografie|brevetti|publicaties|wetenschappelijke artikelen|rapporten|hoofdstukken|"
                      r"geaccepteerd|ingediend|proefschrift"),
    ("education", r"education|academic (background|training|qualifications?)|professional preparation|degrees?\b|qualifications|studies|formaci[óo]n|^formations?\b|ausbildung|schooling|dipl[ôo]mes|titulaci[óo]n universitaria|doctorados|forma[çc][ãa]o|titula[çc][ãa]o|formazione|studium\b|opleiding(?:en)?"),
    ("awards", r"awards?|hono(u)?rs?\b|scholarships?|fellowships?|grants?\b|prizes?|distinctions?|funding|recognitions?|premios|pr[êe]mios|premi\b|preise\b|stipendi(?:en)?\b|achievements|auszeichnungen|prix\b|prijzen|beurzen|onderscheidingen"),
    ("service", r"service|encadrement|reviewing|referee(ing)?|reviewer|review(ing)? activities|committees?|professional activities|organi[sz](ing|ation|er)|memberships?|outreach|editorial|community|volunteer|leadership|affiliations?|mentoring|mentorship|supervision|orienta[çc](?:[ãa]o|[õo]es)|bancas"),
    ("skills", r"skills?|languages?\b|programming|tools\b|software\b|technologies|competenc|comp[ée]tences|langues|lingue|idiomas|kenntnisse|sprachen|"
               r"^(?:research |statistical |laboratory |lab |analytical |experimental )?(?:methods|techniques)$"),
    ("other", r"projects?|contact|summary|profile|about|news|hobbies|coursework|courses|personal|miscellaneous|activities|interests|media|press|links|statement|"
              r"licensure|licen[cs]es?\b"),
    ("other", r"research|selected works?|work"),  # generic: only when nothing else names the section
]
_COMPILED = [(cat, re.compile(rf"\b(?:{pat})", re.I)) for cat, pat in _VOCAB]


_REQUIRED = [required_words(rx.pattern, rx.flags) for _, rx in _COMPILED]  # see rxgate
_FILLER = set("and & of the in on for to a an my other selected recent recents recientes full list all "
              "refereed non-refereed non peer reviewed peer-reviewed invited international national "
              "journal conference academic professional research relevant scientific popular shorter general doctoral master masters "
              "phd bachelor habilitation diploma edited under review revision accepted policy briefs brief y e de del la las los "
              "und der die et des du le les em da do das dos e para completos publicados expandidos aceitos di della delle e ed".split())
_YEAR_ONLY = re.compile(r"^\(?\s*(19|20)\d\d\s*([-–—/]\s*((19|20)?\d\d|present|now)?)?\s*\)?:?$", re.I)


@dataclass
class Section:
    """A run of lines under one heading."""

    title: str
    category: str
    lines: list[Line] = field(default_factory=list)
    heading: Line | None = None
    parent: "Section | None" = None

    @property
    def name(self) -> str:
        """The section name as the schema wants it: the heading, lower-case, markup removed."""
        return normalise_heading(self.title).lower()


_LEADERS = re.compile(r"\s*[.·…_]{4,}\s*\d*\s*$")


def _drop_leaders(t: str) -> str:
    """_LEADERS.sub("", t), searched only when t ends in four leader characters and then at most
    spaces and digits (every match does; a failed search tries every position)."""
    k = len(t)
    while k and (t[k - 1].isspace() or t[k - 1].isdecimal()):  # \s and \d, as the pattern reads them
        k -= 1
    return _LEADERS.sub("", t) if k >= 4 and all(c in ".·…_" for c in t[k - 4:k]) else t
_LIST_OF_KINDS = re.compile(r"\band\b|&|,|/|\by\b|\bund\b|\bet\b", re.I)
_STOP_END = re.compile(r"[.;,]$")
_URL_MAIL_NUMBER = re.compile(r"https?://|@|\d{3,}")
_WRAPPED_END = re.compile(r"\b(?:and|of|the|for|on|in)$|,$", re.I)
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)?")
_SPLIT_WORD_GAP = re.compile(r"(?<=[^\W\d_]) (?=[^\W\d_])")


# "l EXPERIENCE", "[ PUBLICATIONS", "\x87 EDUCATION": an icon font's glyph read as a letter or a symbol
_ICON = AtStart(re.compile(r"^(?:[^\w\s]|[a-z])\s+(?=[A-Z\u00C0-\u00DD])"))
# "C. Contributions to Science", "IV. Publications", "(a) Professional Preparation" (grant forms letter their
# sections in parentheses): a lettered or numbered heading
_ENUMERATOR = AtStart(re.compile(r"^(?:(?:[A-H]|[IVX]{1,4}|\d{1,2})[.)]|\((?:[a-hA-H]|[ivxIVX]{1,4}|\d{1,2})\))\s+(?=\w)"))
# "Products Most Closely Related to the Proposed Project": a clause after the head noun says what the works relate
# to; its nouns ("project") name no section
_RELATED_CLAUSE = re.compile(r",?\s+(?:whether or not\s+)?(?:(?:most|more|closely|directly|not)\s+)*"
                             r"(?:related|relevant)\s+to\b.*$", re.I)


@lru_cache(maxsize=65536)
def normalise_heading(text: str) -> str:
    t = strip_markup(text).strip()
    t = _drop_leaders(t)  # "Journal articles........" (dot leaders, a page number)
    t = " ".join(t.split()).strip(" :-–—=#*_|").strip()  # runs of spaces as one
    return _ICON.sub("", t) if t[:1].isascii() or not t[:1].isalnum() else t


@lru_cache(maxsize=65536)
def categorise(title: str) -> str | None:
    """The category a heading names, or None if it names none we know."""
    t = _ENUMERATOR.sub("", unicodedata.normalize("NFC", normalise_heading(title)))
    t = _RELATED_CLAUSE.sub("", t) if " to" in t else t
    # English headings end in their head noun ("Conference Presentations"); lists of
    # categories ("Publications and Talks") are named by their first.
    kinds = _LIST_OF_KINDS.search(t)
    # "Graduate and Postdoctoral Publications": when the words before the first "and" name no kind, the
    # list is of adjectives and the head noun at the end names the section
    last_wins = not kinds or categorise(t[: kinds.start()]) is None
    best: tuple[int, int, int, str] | None = None
    low = fold_case(t)
    for prio, (cat, rx) in enumerate(_COMPILED):
        if prio == len(_COMPILED) - 1 and best is not None:
            break  # the generic words only name a section nothing else names
        words = _REQUIRED[prio]
        if words is not None and not any(map(low.__contains__, words)):
            continue  # none of the words every match of rx holds
        for m in rx.finditer(t):
            # the head noun ends the heading; of two matches ending there the longer wins ("In Press")
            key = (-m.end(), m.start(), prio) if last_wins else (m.start(), 0, prio)
            if best is None or key < best[:3]:
                best = (*key, cat)
    if best is None:
        joined = _rejoin_split_words(t)
        return categorise(joined) if joined != t else None
    if best[3] == "other" and best[2] == 0:
        return "other"
    return best[3]


_POST_TITLE_END = re.compile(r"\b(?:researcher|professor|lecturer|fellow|scientist|engineer|intern|postdoc|director|instructor|assistant|analyst|developer|consultant|technician)$",
                             re.I)


_DEGREE_START = re.compile(r"(?:ph\.?\s?d|m\.?\s?sc|b\.?\s?sc|b\.?\s?eng|m\.?\s?eng|b\.?\s?a|m\.?\s?a|m\.?\s?s|b\.?\s?s|"
                           r"master|bachelor|doctor|diplom|licenciatura|habilitation)\b\.?\s", re.I)


def _names_an_entry(text: str) -> bool:
    """'Postdoctoral Researcher', 'Ph.D. in Robotics': a heading that names a post or a degree (AltaCV sets each
    entry's role as a heading) is that entry's first line, not a section."""
    t = normalise_heading(text)
    return bool(_POST_TITLE_END.search(t) or _DEGREE_START.match(t)) and len(t.split()) <= 8


_LEGEND_AFTER = re.compile(r"\s*\((?=[^()]*[*†‡§#])[^()]{1,60}\)$")


def _looks_like_heading(line: Line, prev: Line | None, nxt: Line | None) -> bool:
    if line.kind != "plain":
        return False
    raw = line.text.strip()
    plain = strip_markup(raw).rstrip()
    legend = _LEGEND_AFTER.search(plain) if plain.endswith(")") else None  # every legend ends the line in ")"
    if legend:  # "REFEREED PUBLICATIONS (* student author)": a heading with its legend
        raw = strip_markup(raw)[: legend.start()].rstrip()
    text = normalise_heading(raw)
    if not text or len(text) > 60 or len(text.split()) > 7 or "\t" in raw:
        return False
    if _STOP_END.search(_drop_leaders(strip_markup(raw).strip())) or _URL_MAIL_NUMBER.search(text):
        return False
    if _YEAR_ONLY.match(text):
        return False
    if raw.rstrip().endswith(":") and len(text.split()) >= 4:
        return False  # "Accepted in the peer-reviewed journals and conferences:" introduces a list
    if _WRAPPED_END.search(text):
        return False  # a wrapped line, not a heading
    if _POST_TITLE_END.search(text):
        return False  # "Postdoctoral Researcher": a post's title on its own line, not a heading
    letters = [c for c in text if c.isalpha()]
    all_caps = len(letters) >= 3 and all(c.isupper() for c in letters)
    emphasised = _whole_line_marked(raw)
    standalone = prev is None or prev.kind in ("blank", "heading")
    if not standalone and nxt is not None and nxt.kind == "item" and (nxt.number in (None, 1) or nxt.number > 5):
        # "Popular articles" between the last line of one list ("…, Cape Town.") and a new list: text
        # pasted from a PDF keeps no blank lines around its headings
        standalone = bool(re.search(r"[.)]$", strip_markup(prev.text).rstrip()))
    elif not standalone and (nxt is None or nxt.kind == "blank") and len(text.split()) <= 3 \
            and re.search(r"[.)]$", strip_markup(prev.text).rstrip()):
        standalone = True  # "… entanglement." / "Appointments" / (gap): a heading set with no gap above it
    if not (standalone or emphasised or all_caps or raw.endswith(":")):
        return False  # (each reading below needs one of these: the category is not asked)
    cat = categorise(text)
    if cat is None:
        return False  # a heading names a category we know
    if legend and all_caps and _mostly_vocab(text) and nxt is not None and nxt.kind == "item":
        return True
    if cat and _mostly_vocab(text) and (standalone or emphasised or all_caps or raw.endswith(":")):
        return True
    return all_caps and standalone and (nxt is None or nxt.kind != "plain" or len(letters) >= 4) and cat is not None


def _item_as_heading(line: Line, nxt: Line | None) -> bool:
    """'• EDUCATION': a bulleted heading in capitals; '2. Research monographs and contributions to collective
    volumes' over a list that starts again at 1: a numbered heading of a track record's lists."""
    if line.kind != "item" or not line.body:
        return False
    text = normalise_heading(line.body)
    if not text or len(text.split()) > 14 or _URL_MAIL_NUMBER.search(_PAREN_NOTE.sub("", text)):
        return False
    if line.number is None:
        letters = [c for c in text if c.isalpha()]
        shaped = len(text.split()) <= 7 and len(letters) >= 4 and all(c.isupper() for c in letters) \
            and not _STOP_END.search(text)
    else:
        shaped = nxt is not None and nxt.kind == "item" and nxt.number == 1 and not _STOP_END.search(text) \
            and not _YEAR_ANY.search(_PAREN_NOTE.sub("", text))
    return shaped and categorise(text) is not None  # the shape first: most items are entries, not headings


_PAREN_NOTE = re.compile(r"\s*\([^()]*\)")  # "(since 2016)", "(max. 2 pages)"
_YEAR_ANY = re.compile(r"\b(?:19|20)\d\d\b")


def _whole_line_marked(raw: str) -> bool:
    s = _LEADERS.sub("", raw.strip())  # "**Book chapters**.........." (moderncv's leaders after the title)
    return (s.startswith(BOLD_ON) and s.rstrip(":").endswith(BOLD_OFF)) or (
        s.startswith(ITAL_ON) and s.rstrip(":").endswith(ITAL_OFF))


_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")


def _mostly_vocab(text: str) -> bool:
    """A heading is made of heading words; a sentence that mentions 'papers' is not one."""
    text = _ENUMERATOR.sub("", text)  # "C. Contributions to Science"
    words = _WORD.findall(text.lower())
    latin = [w for w in words if not _CJK.search(w)]
    if latin and len(latin) < len(words):
        words = latin  # "教育背景 Education": a bilingual heading is judged by its Latin-script part
    if not words:
        return False
    known = sum(1 for w in words if w in _FILLER or categorise(w) is not None)
    if known < len(words) - 1 and len(words) >= 3:  # a phrase of the vocabulary ("contributions to science")
        known += sum(len(m.group(0).split()) for _, rx in _COMPILED for m in rx.finditer(text) if " " in m.group(0))
    if known >= len(words) - (1 if len(words) >= 3 else 0):
        return True
    joined = _rejoin_split_words(text)
    return joined != text and _mostly_vocab(joined)


def _rejoin_split_words(text: str) -> str:
    """'App ointments', 'Edu cation': small capitals in a PDF can break a heading word in two."""
    words = text.split()
    if len(text) > 40 or len(words) > 6 or not any(len(w) <= 3 and w.isalpha() and w.lower() not in _FILLER for w in words):
        return text  # only a fragment ("App", "Edu") shows a word was broken
    return _SPLIT_WORD_GAP.sub("", text)


# Sections whose sub-sections are of their own kind whatever their names say.
_CONTAINERS = {"talks", "teaching", "service", "awards"}


def split_sections(lines: list[Line]) -> list[Section]:
    """Group lines into sections; lines before the first heading form a 'header' section."""
    sections = [Section("", "header")]
    stack: list[tuple[int, Section]] = []
    for i, line in enumerate(lines):
        prev = lines[i - 1] if i else None
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        if line.kind == "heading" and sections[-1].category in ("positions", "education") and (
                (line.level >= 5 and categorise(line.body) in (None, "other", "teaching", "positions", "education"))
                or _names_an_entry(line.body)):
            # "###### Research Scientist Intern" / "###### Meta AI": a web CV's card sets the post and the employer
            # as small headings; they are the entry's lines, not sections of their own
            sections[-1].lines.append(Line(line.body, line.start, line.end, "plain", body=line.body))
            continue
        if line.kind == "heading" and not _YEAR_ONLY.match(normalise_heading(line.body)):
            level = line.level
        elif _looks_like_heading(line, prev, nxt) or _item_as_heading(line, nxt) \
                or (sections[-1].category == "publications" and _list_heading(lines, i)):
            level = 7  # shape-detected: below any marked heading
            caps = next(((lv, sec) for lv, sec in reversed(stack) if _caps(sec.title)), None)
            if caps is not None and _caps(line.text):
                # "REFEREED PUBLICATIONS (…)" after "HONORS AND AWARDS": a peer in capitals (also after the
                # sub-headings of the section above)
                level = caps[0]
            elif caps is not None and caps[1].category == "publications":
                level = max(level, caps[0] + 1)  # "Submitted" under "PUBLICATIONS": its sub-heading
        else:
            sections[-1].lines.append(line)
            continue
        title = line.body if line.kind in ("heading", "item") else line.text
        if _column_labels(title):
            continue  # "Year<TAB>Citation<TAB>Type / Impact": a table's header row repeated on each page
        cat = categorise(title)
        appendix = _APPENDIX.match(normalise_heading(title)) is not None
        while stack and (stack[-1][0] >= level or appendix):
            stack.pop()  # "Appendix A. Publications before 2024" is no part of the section above it
        parent = stack[-1][1] if stack else None
        if cat is None:
            cat = parent.category if parent is not None and parent.category != "header" else "other"
        elif parent is not None and parent.category in _CONTAINERS and cat != parent.category \
                and not (cat == "publications" and parent.category in ("awards", "service")):
            cat = parent.category  # "Conference Papers" under "Presentations" are talks; "Journal articles" after an
            # "Honours and awards" row are no prize
        elif cat == "other" and parent is not None and parent.category in ("positions", "education"):
            cat = parent.category  # "Motu Economic and Public Policy Research": an employer under "Experience"
        sec = Section(title, cat, heading=line, parent=parent)
        sections.append(sec)
        stack.append((level, sec))
    _talks_among_papers(sections)
    return sections


_LIST_LABEL = re.compile(r"\s*(?:\[[A-Za-z]{0,3}\d{1,3}\]|\(\d{1,3}\)|\d{1,3}[.)]|[-•*])\s")


def _list_heading(lines: list[Line], i: int) -> bool:
    """'Independent (since 2021)': in a publication list, a short line set apart by blank lines and followed
    by a labelled entry ('[15] …') names the sub-list below it, whatever its words."""
    line = lines[i]
    if line.kind != "plain" or not 0 < i < len(lines) - 2 or lines[i - 1].kind != "blank" or lines[i + 1].kind != "blank":
        return False
    text = normalise_heading(line.text)
    nxt = lines[i + 2]
    return 0 < len(text.split()) <= 5 and text[:1].isupper() and not _STOP_END.search(text) \
        and not _URL_MAIL_NUMBER.search(_PAREN_NOTE.sub("", text)) and "\t" not in line.text \
        and (nxt.kind == "item" or (nxt.kind == "plain" and bool(_LIST_LABEL.match(strip_markup(nxt.text)))))


_APPENDIX = re.compile(r"(?:appendix|annex|annexe|anhang|anexo|allegato)\b", re.I)


def _caps(text: str) -> bool:
    """A heading in capitals ("CONFERENCE PRESENTATIONS (selected)": a note in brackets aside)."""
    letters = [c for c in _PAREN_NOTE.sub("", _LEGEND_AFTER.sub("", strip_markup(text).strip())) if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters)


def _column_labels(title: str) -> bool:
    cells = [c.strip() for c in strip_markup(title).split("\t")]
    return len(cells) >= 3 and all(0 < len(c.split()) <= 3 and not re.search(r"\d", c) for c in cells)


def _talks_among_papers(sections: list[Section]) -> None:
    """On a publication page, 'Posters and Invited Talks' between two paper sections is part
    of the list of works (typed 'other', flagged talk or poster). A full CV lists its talks apart."""
    if any(s.category in ("education", "positions") for s in sections):
        return
    for i in range(1, len(sections) - 1):
        prev, sec, nxt = sections[i - 1], sections[i], sections[i + 1]
        same_parent = prev.parent is sec.parent is nxt.parent
        if sec.category == "talks" and prev.category == nxt.category == "publications" and same_parent:
            sec.category = "publications"


# every memo of this module, for parse.clear_caches()
CACHES = (normalise_heading, categorise)


def column_headings(lines: list[Line]) -> list[Line]:
    """'Appointments<TAB>Associate Professor, …': a CV laid out as a two-column table (Word) sets each section's
    heading in the left cell of its first row. Two or more such rows make the pattern; each heading is split off."""
    found = {i for i, ln in enumerate(lines) if _heading_cell(ln)}
    if len(found) < 2:
        return lines
    out: list[Line] = []
    for i, ln in enumerate(lines):
        if i not in found:
            out.append(ln)
            continue
        cell, rest = ln.text.split("\t", 1)
        cut = ln.start + len(cell)
        out.append(Line(cell, ln.start, cut, "heading", level=2, body=cell.strip()))
        out.append(Line(rest, cut + 1, ln.end, "plain", body=rest))
    return out


def _heading_cell(ln: Line) -> bool:
    if ln.kind != "plain" or "\t" not in ln.text:
        return False
    cell, rest = ln.text.split("\t", 1)
    text = normalise_heading(cell)
    return bool(rest.strip()) and 0 < len(text.split()) <= 4 and not any(c.isdigit() for c in text) \
        and categorise(text) not in (None, "other") and _mostly_vocab(text)
