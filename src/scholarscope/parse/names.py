"""Author lists: is a string a list of person names, where does one end, and split it."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from ..read.text import BOLD_OFF, BOLD_ON, ITAL_OFF, ITAL_ON, MARKUP_CHARS, fold_case, strip_markup
from .rxgate import AtStart, holds_any, required_words
from .venues import _norm, _table

MARKS = "*†‡§¶#✝⁎∗✉°"
_MARK_RE = re.compile(rf"[{re.escape(MARKS)}]|\^\{{?[*†‡]\}}?|\(\s*(?:co-)?(?:first|corresponding|equal)[^)]*\)|\bcorresponding\b", re.I)
_PARTICLES = {"van", "von", "der", "den", "de", "del", "della", "di", "da", "dos", "das", "du", "le", "la",
              "ter", "ten", "bin", "al", "el", "y", "zu", "af", "st.", "mac", "mc", "lo",
              "ní", "nic", "ó", "uí", "ibn", "abu", "ben", "bint", "dei", "degli", "do", "op"}
_UPPER_WORD = re.compile(r"^(?:(?:[A-Z\u00C0-\u00DE]\.[-‐]?){1,4}|[A-Z\u00C0-\u00DE\u0100-\u017F\u0400-\u042F][\w'’\-\u00C0-\u024F]*|[A-Z]\.?[A-Z]?\.?|[A-Z][a-z]?\.)$")
_INITIALS = re.compile(r"^(?:[A-Z\u00C0-\u00DE\u0100-\u017F]\.?[-‐]?){1,4}$|^(?:[A-Z][a-z]?\.){1,4}$|^(?:[A-Z]\.[-‐]?[A-Z]\.?)$")
_CJK = re.compile(r"[\u4e00-\u9fff\u3040-\u30ff\uac00-\ud7af]")
# The separators of an author list: r"\s*(?:,\s*(?:and|&)\s+|;\s*(?:and|&)?\s*|\s+and\s+|\s*&\s*|,\s*|\s+y\s+|\s+und\s+|\s+et\s+(?!al))\s*",
# written to start with the character every match starts with ([\s,;&]), each case after it picked by a
# lookbehind in the order the plain form tries them, so that the search jumps between those characters
# (same matches, ~4x faster split; tests/parse/test_rx_rewrites.py)
_SEP = re.compile(r"[\s,;&](?:(?<=,)(?:\s*(?:and|&)\s+|\s*)"
                  r"|(?<=;)\s*(?:and|&)?\s*"
                  r"|(?<=&)\s*"
                  r"|(?<=\s)(?=[\s,;&auey])(?:\s*(?:,\s*(?:and|&)\s+|;\s*(?:and|&)?\s*|\s+and\s+|\s*&\s*|,\s*|\s+y\s+|\s+und\s+|\s+et\s+(?!al))"
                  r"|\s*and\s+|\s*&\s*|\s*y\s+|\s*und\s+|\s*et\s+(?!al)))\s*")
_SUPER_DIGITS = re.compile(r"\^\S*|\d+$|^\d+")
_INITIAL_END = re.compile(r"(?:^|[\s.\-])[A-Z\u00C0-\u00DE][a-z]?\.$")
_EQUAL_MARK = re.compile(r"\^\{?\*|\(\s*equal", re.I)
_DIGIT = re.compile(r"\d")
_AFFIL_DIGITS = re.compile(r"(?<=[^\W\d])\d{1,2}(?:,\d{1,2})*(?=\W|$)|\^\S*")
_CJK_PAREN = re.compile(r"\s*\([^()]*[\u4e00-\u9fff\u3040-\u30ff\uac00-\ud7af][^()]*\)")
_NOT_IN_NAME = re.compile(r"\d|[()\[\]:\"“”!?@/]")
_CAMEL_OR_INITIALS = re.compile(r"^[A-Z][a-z]+[A-Z][a-z]+$|^(?:[A-Z]\.[-‐]?)+[A-Z][\w'\-]+$")
_CAPITAL = re.compile(r"[A-Z]")
_DOTTED_INITIALS = re.compile(r"^(?:[A-Z]\.){1,3}$")
_BY_WITH = AtStart(re.compile(r"^\s*(?:by|with|con|avec|mit)\s+", re.I))
_NOT_LOWER = re.compile(r"[^a-z ]+")
_LOWER_RUN = re.compile(r"[a-z]+")
_LOWER_WORD = re.compile(r"[a-z][a-z'\-]*")
_TRAILING_INITIALS = re.compile(r"(?:[A-Z]\.?[-‐]?){1,3}")
# "Krolikowska. M.,": the stop first and the three letters before it checked behind it, so that the
# search jumps from stop to stop (the same matches as "(?<=[^\W\d_]{3})\.\s+(?=...)")
_STOP_FOR_COMMA = re.compile(r"\.(?<=[^\W\d_]{3}\.)\s+(?=(?:[A-Z]\.\s?){1,3},)")
_ETAL = re.compile(r"[,;]?\s*[\ue000-\ue003]*(?:et\s*al\.?|and\s+others|\.\.\.|…|&\s*al\.?|u\.\s?a\b\.?|y\s+otros|e\s+altri|等人?|(?:and\s+)?\d{1,4}\s+(?:more|other)\s+authors?)[\ue000-\ue003]*\s*$", re.I)
# the last character of each ending _ETAL can match, as fold_case writes it ("al", "al.", "...", "others",
# "u. a", "altri", "等", "等人", "4 more authors", "1 more author")
_ETAL_LAST = frozenset("l.…sai等人r")


class _Truncation:
    """_ETAL (an author list's 'et al.' or the like, at its end) with an exact pre-test: a match ends the
    text with one of those endings, then markup characters and spaces; a failed search tries every position."""

    pattern, flags = _ETAL.pattern, _ETAL.flags

    def search(self, text: str) -> re.Match | None:
        last = fold_case(text.rstrip().rstrip(MARKUP_CHARS)[-1:])
        return _ETAL.search(text) if last in _ETAL_LAST else None


ETAL = _Truncation()
_STOP = {"the", "of", "for", "in", "on", "with", "a", "an", "to", "via", "from", "by", "using", "towards", "toward",
         "is", "are", "learning", "analysis", "model", "models", "data", "study", "new", "university", "journal",
         "conference", "proceedings", "international", "workshop", "symposium", "press", "transactions", "review",
         "letters", "institute", "department", "school", "college", "center", "centre", "lab", "laboratory",
         "vol", "pp", "no", "ieee", "acm", "in:", "eds", "ed", "editor", "editors", "preprint", "arxiv", "under", "submitted",
         # function words that start or fill title-case titles ("I Too Have Some Dreams") and name nobody
         "have", "has", "some", "too", "what", "when", "how", "why", "not", "does", "all", "our", "your", "their", "its",
         "this", "that", "these", "those", "into", "over", "about", "between", "through", "we", "they", "it", "be",
         "was", "were", "which", "who", "should", "would", "could", "must", "every", "each", "other", "without",
         "within", "against", "beyond", "after", "before", "revisited", "reconsidered", "toward"}
# Words that occur in titles and venues but (almost) never as a given name or surname.
_TITLE_VOCAB = set("""network networks neural deep graph graphs learning models model system systems analysis theory
method methods approach approaches video image images data detection recognition based efficient fast towards
toward attention transformer transformers diffusion language languages large small sparse optimization optimal
robust adaptive generative adversarial reinforcement supervised unsupervised semi self online offline feature
features representation representations training inference estimation prediction control dynamics dynamic
stochastic linear nonlinear algorithm algorithms framework evaluation benchmark dataset datasets survey review
computing computation computational privacy secure security distributed parallel memory cache consensus
clustering classification segmentation generation retrieval reasoning knowledge multi cross global local
visual vision text speech audio neural quantum molecular cellular protein gene genes genetic evolution
evolutionary ecology climate atmospheric effects effect impact role case study studies evidence policy
economic economics market markets social human humans health clinical patients disease cancer brain cognitive
mechanisms mechanism structure structures function functions towards understanding improving improved novel
simple scalable accurate automatic automated unified general generalization transfer continual federated
multimodal modular arithmetic circuits fourier stabilization tracking aggregating walk fused augmented
memory object objects findings unknown known class classes spectral provable guarantees gradient gradients kernel
regression tensor higher order acceleration accelerating enhanced programmable computers pruning autoregressive
layers layer token tokens prompt prompts space spaces interpolation embedding embeddings matching shortcut
steps almost approximated approximation complexity tighter infinite prefix smoothness
properties perspective mixture gaussian differential mechanisms frontiers exploring beyond applications
provably higher-order dimensional sampling bayesian inference causal probabilistic statistical
physics chemistry biology materials solar stellar galaxy galaxies star stars planet planets binary binaries
observations observational simulations simulation numerical experimental experiments measurements
report reports proceedings annual meeting society association letters journal transactions""".split())
_NOT_A_NAME_WORD = frozenset(_STOP | _TITLE_VOCAB)  # is_name asks of each word whether it is in either


@lru_cache(maxsize=65536)
def clean_name(name: str) -> str:
    """A name as plain text: markup, markers and stray punctuation removed."""
    s = strip_markup(name)
    if _may_hold_mark(s):
        s = _MARK_RE.sub("", s)
    if "^" in s or _DIGIT.search(s):  # every _SUPER_DIGITS match has one
        s = _SUPER_DIGITS.sub("", s)
    s = " ".join(s.split()).strip(" ,;:")  # runs of spaces as one
    if s.endswith(".") and not _INITIAL_END.search(s, max(0, len(s) - 4)):  # its match is the last 4 at most
        s = s[:-1]
    return s.strip()


_MARK_START = re.compile(f"[{re.escape(MARKS)}^(]")  # a marker character, '^' or '('


def _may_hold_mark(s: str) -> bool:
    """A cheap exact test that _MARK_RE can match: each of its matches holds a marker character,
    '^', '(' or the word 'corresponding'."""
    return _MARK_START.search(s) is not None or "corresponding" in fold_case(s)


@lru_cache(maxsize=65536)
def name_marks(name: str) -> str:
    """The marker characters attached to a name as written ("*", "†", ...)."""
    plain = strip_markup(name)
    found = "".join(c for c in plain if c in MARKS) if any(map(plain.__contains__, MARKS)) else ""
    if ("^" in plain or "(" in plain) and _EQUAL_MARK.search(plain):  # each match starts with one of them
        found += "*"
    return found


_GROUP = re.compile(r"^(?:the\s+)?(?:[A-Z0-9][\w\-/&'’]*\s+){1,4}(?:collaboration|consortium|study group|"
                    r"working group|investigators|collaborative network|research network)$", re.I)
_GROUP_NOTE = re.compile(r"\s*\((?:for|on behalf of)?\s*(?:the\s+)?[^()]{1,60}?\b(?:collaboration|consortium|"
                         r"study group|investigators)\)", re.I)


_GROUP_TAG = re.compile(r"\s*\[[A-Z][A-Za-z0-9&\- ]{1,24}\]$")
_GROUP_NOTE_WORDS = required_words(_GROUP_NOTE.pattern, _GROUP_NOTE.flags)
_GROUP_ENDS = ("collaboration", "consortium", "study group", "working group", "investigators", "collaborative network",
               "research network")


def is_group_author(token_str: str) -> bool:
    """'ARGENTA Collaboration', 'The 1000 Genomes Consortium': a group that signs a paper."""
    s = clean_name(token_str)
    if not fold_case(s).rstrip("\n").endswith(_GROUP_ENDS):
        return False  # _GROUP's match ends the name with one of these words ($: or before a final line break)
    words = s.split()[:-1]  # every word before "Collaboration" is capitalised: a name, not a phrase
    return bool(_GROUP.match(s)) and all(w[:1].isupper() or w[:1].isdigit() or w.lower() == "the" for w in words) \
        and len(s) <= 70


_CJK_SPACED_NAME = re.compile(r"[\u4e00-\u9fff\u3040-\u30ff]{1,4} [\u4e00-\u9fff\u3040-\u30ff]{1,4}")
_GIVEN_WORD = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:-[A-Za-zß-öø-ÿ][a-zß-öø-ÿ]+)?")
_ELIDED_PARTICLE = re.compile(r"(?:d|l|dell|dall|degl|all)'[A-ZÀ-ÖØ-Þ][^\W\d_]+(?:-[^\W\d_]+)?$")


@lru_cache(maxsize=65536)
def is_name(token_str: str) -> bool:
    """Does this string (one list item) look like one person's name?"""
    if is_group_author(token_str):
        return True
    plain = strip_markup(token_str)
    if _DIGIT.search(plain) and _DIGIT.search(_AFFIL_DIGITS.sub("", plain)):
        return False  # digits other than affiliation superscripts ("Smith1,2")
    s = clean_name(token_str)
    if "(" in s:
        s = _CJK_PAREN.sub("", s)
    if not s or len(s) > 60 or _NOT_IN_NAME.search(s):
        return False
    if not s.isascii() and _CJK.search(s):  # CJK characters are not ASCII
        # "邵明哲"; "森本 健二" (a Japanese name, family and given names apart)
        return len(s) <= 6 and " " not in s.strip() or bool(_CJK_SPACED_NAME.fullmatch(s.strip()))
    words = s.replace("’", "'").split()
    if not 1 <= len(words) <= 6:
        return False
    caps = False
    for w in words:
        kind = _word_kind(w)
        if kind is None:
            return False
        caps = caps or kind
    if not caps:
        return False  # particles alone
    # an acronym beside ordinary words is a venue ("EMNLP Findings"); trailing capitals are
    # Vancouver initials ("Foster ZSL")
    initials_last = len(words) >= 2 and words[-1].isupper() and len(words[-1]) <= 3  # Vancouver "Sørensen HT"
    acro = _table()[1]
    if any(w.strip(".,;:").lower() in acro and sum(map(str.isupper, w)) >= 2 for w in (words[:-1] if initials_last else words)):
        return False  # "Liang NeurIPS": a venue glued to the last name of a list
    shouting = [w for i, w in enumerate(words) if w.isalpha() and w.isupper() and (len(w) >= 4 or (len(w) == 3 and i < len(words) - 1))]
    family_first = shouting == words[:1] and 2 <= len(words) <= 3 and all(_GIVEN_WORD.fullmatch(w) for w in words[1:]) \
        and _norm(s) not in _table()[0]  # "FUJISAWA Sho", not "NATURE Communications"
    if shouting and len(shouting) < len(words) and not family_first and not all(
            w in shouting or _INITIALS.match(w) or w.isupper() and len(w) <= 3 for w in words):
        return False  # "EMNLP Findings": an acronym beside ordinary words (not "SHAO M", "CHAN W K", "FUJISAWA Sho")
    if len(words) >= 5 and not any(_INITIALS.match(w) or w.lower() in _PARTICLES for w in words):
        return False
    if len(words) == 1:
        return bool(_INITIALS.match(words[0])) is False and len(words[0]) >= 2  # a lone surname
    return True


@lru_cache(maxsize=65536)  # the same given names, initials and particles come back in name after name
def _word_kind(w: str) -> bool | None:
    """One word of a name: None when it names nobody (a title or venue word, not capitalised), False for a
    particle ('van', 'de'), True for a capitalised part ('Ann', 'J.', "d'Almeida", 'McDonald')."""
    lw = w.lower().strip(".")
    if lw in _NOT_A_NAME_WORD and not (_INITIALS.match(w) and w[0].isupper()):
        return None
    if lw in _PARTICLES or w.lower() in _PARTICLES:
        return False
    if _ELIDED_PARTICLE.match(w):  # "d'Almeida", "dell'Orto": the surname after the particle is capitalised
        return True
    if not _UPPER_WORD.match(w) and not _CAMEL_OR_INITIALS.match(w):
        return None
    return True


def _has_cjk(s: str) -> bool:
    return not s.isascii() and _CJK.search(s) is not None  # every CJK character is non-ASCII


def split_items(s: str) -> list[str]:
    """Split an author-list string on commas, semicolons, 'and' and '&'."""
    return [q for p in _SEP.split(s.strip().strip(",;")) if (q := p.strip())]


def _pair_last_first(items: list[str]) -> list[str] | None:
    """'Smith, J., Doe, A. B.' -> ['Smith, J.', 'Doe, A. B.'] when items alternate surname/initials."""
    if len(items) < 2:
        return None
    out, i = [], 0
    paired = 0
    facts = [_pair_facts(x) for x in items]
    # every other item initials: a "Last, I." list, where a surname may have two words ("Arrieta Vogel, L.")
    alternating = all(f[1] for f in facts[1::2])
    cjk = [_has_cjk(x) for x in items] if not all(map(str.isascii, items)) else [False] * len(items)
    while i < len(items):
        if cjk[i] or (i + 1 < len(items) and cjk[i + 1]):
            out.append(items[i])  # "李德明, 邵明哲": each Chinese name is whole; a comma never splits one
            i += 1
            continue
        fa = facts[i]
        fb = facts[i + 1] if i + 1 < len(items) else None
        if fb and fb[0] and fb[1] and not fa[1] and fa[2]:
            out.append(f"{items[i]}, {items[i + 1]}")
            i += 2
            paired += 1
        elif fb and fb[0] and fb[3] and not fa[3] and (fa[4] or (alternating and fa[5])):
            out.append(f"{items[i]}, {items[i + 1]}")
            i += 2
            paired += 1
        else:
            out.append(items[i])
            i += 1
    if not paired and len(items) >= 3 and _inverted_first(items):
        return [f"{items[0]}, {items[1]}", *items[2:]]
    if not paired and len(items) == 2 and _given_then_initial(items):
        return [f"{items[0]}, {items[1]}"]  # "Duarte, Helena V.": one author, inverted
    return out if paired else None


_TRAILING_PARTICLES = re.compile(r"(?:\s+(?:van|von|de|der|den|du|da|di|le|la|ter|ten|te))+$")


@lru_cache(maxsize=65536)
def _pair_facts(item: str) -> tuple[bool, bool, bool, bool, bool, bool]:
    """What _pair_last_first asks of one item a (its cleaned name): (non-empty, a given-name part,
    one word besides particles, all initials, at most two words and not 'First Last', at most two words)."""
    a = clean_name(item)
    w = a.split()
    caps_surname = len(w) >= 2 and len(w[0]) >= 2 and w[0].isalpha() and w[0].isupper() and all(len(x) == 1 for x in w[1:])
    return (bool(a), _is_given_part(a), sum(1 for x in w if x.lower() not in _PARTICLES) == 1,
            bool(_INITIALS.match(_TRAILING_PARTICLES.sub("", a).replace(" ", ""))) and not caps_surname,  # "LI D" is a
            # surname and an initial; "Dijk, M.E. van": Dutch initials with the particle after them
            len(w) <= 2 and not _looks_first_last(a), len(w) <= 2)


_AND_WORD = re.compile(r"\s(?:and|&|y|und|et|e)\s", re.I)


_INITIAL_THEN_WORD = re.compile(r"\b[A-Z]\.\W*\s+[A-Z][a-z]{2,}")


def _semicolon_names(text: str) -> list[str] | None:
    """'SOUZA, PATRÍCIA HELENA ; TEIXEIRA NETO, J. B.': where semicolons separate the names, the one comma
    in each is the comma between surname and given names, whatever the given names look like."""
    parts = [p.strip() for p in text.split(";")]
    if len(parts) < 2 or not all(parts) or any(p.count(",") > 1 or _AND_WORD.search(p) for p in parts):
        return None
    if any(_INITIAL_THEN_WORD.search(p.partition(",")[2]) for p in parts):
        return None  # "Pelletier, R.* Copper(I) …": the title runs on after the initials
    return parts if sum("," in p for p in parts) >= len(parts) - 1 else None


def _given_then_initial(items: list[str]) -> bool:
    """'Duarte' + 'Helena V.': a surname, then given names that end in an initial (no name ends so); or two
    surnames, then one given name."""
    a, b = clean_name(items[0]).split(), clean_name(items[1]).split()
    if len(a) == 2 and len(b) == 1 and not _INITIALS.match(b[0]) and is_name(items[0]) and is_name(items[1]) \
            and not any(_INITIALS.match(w) for w in a):
        return True  # "Sanchis Guarner, Joan": two surnames, then the given name
    return len(a) == 1 and 2 <= len(b) <= 3 and not _INITIALS.match(b[0]) and bool(_INITIALS.match(b[-1])) \
        and is_name(items[0]) and bool(_CAPITAL.match(b[0]))


def _inverted_first(items: list[str]) -> bool:
    """MLA/Chicago: only the first author is inverted ('Doe, Jane, John Roe, and Ann Lee')."""
    a, b = clean_name(items[0]), clean_name(items[1])
    if not b or _INITIALS.match(b.split()[0]) and not all(_INITIALS.match(w) for w in b.split()):
        return False  # "Q. Leng" is a whole name, not the given name of "Wei" ("Helena V." is one)
    return len(a.split()) == 1 and len(b.split()) in (1, 2) and is_name(a) \
        and all(len(clean_name(x).split()) >= 2 for x in items[2:]) and bool(_CAPITAL.match(b))


@lru_cache(maxsize=65536)
def _is_given_part(s: str) -> bool:
    """'J.', 'J. A.', 'J.-P.', 'A.T.' (and 'John' only in Last, First lists, decided by caller)."""
    t = s.replace(" ", "")
    return bool(_INITIALS.match(t)) or bool(_DOTTED_INITIALS.match(t))


def _looks_first_last(a: str) -> bool:
    w = a.split()
    return len(w) >= 2 and not _INITIALS.match(w[-1])


_MIDDLE_ELLIPSIS = re.compile(r"\s*,?\s*[(\[]?\s*(?:\.\s?){3}\s*[)\]]?\s*,?\s*(?=[^\W\d_])|"
                              r"\s*,?\s*[(\[]?\s*…\s*[)\]]?\s*,?\s*(?=[^\W\d_])")  # also "(…)" (an ERC track record)


_LETTER_MARK = re.compile(r"(?<=\b[A-Z]\.)[a-z](?=\s*(?:,|&|\band\b|$))")
_DOT_LOWER = re.compile(r"\.[a-z]")


_MARK_AFTER_SEMICOLON = re.compile(r"(;)([*†‡#§¶]{1,3})")
_BRACKETED_MARK = re.compile(r"\s*\(([*†‡#§¶]{1,3})\)")
_HOMONYM_NUMBER = re.compile(r"(?<=[^\W\d])\s+0\d{3}\b")


@lru_cache(maxsize=65536)
def parse_author_list(s: str) -> tuple[list[str], list[str], bool] | None:
    """Parse a whole string as an author list.

    Returns (names as written, marks per name, truncated) or None when it is not one.
    """
    text = s.strip().strip(",;:.") if not s.strip().endswith(".") else s.strip()
    if text.endswith(" ."):
        text = text[:-2].rstrip()  # "ROE, ANA ." (Lattes): the stop after the list, set apart
    truncated = False
    # "A. Dufresne et al. (for the ARGENTA Collaboration)": the group in brackets is a note on the list
    if "(" in text and holds_any(fold_case(text), _GROUP_NOTE_WORDS):  # every group note is in brackets
        text = _GROUP_NOTE.sub("", text)
    if text.endswith("]"):
        text = _GROUP_TAG.sub("", text)  # "R. Aalders et al. [LHCb]" (INSPIRE): the collaboration that signs
    text = text.rstrip(",;: ")
    if " 0" in text:
        text = _HOMONYM_NUMBER.sub("", text)  # "Wei Chen 0012" (dblp): the number tells namesakes apart
    if "(" in text:
        text = _BRACKETED_MARK.sub(r"\1", text)  # "Ferraresi G. (*)": the mark in brackets is the mark
    if ";" in text:
        text = _MARK_AFTER_SEMICOLON.sub(r"\2\1", text)  # "Dahl, M. R.;‡ Roe, P.": the mark is Dahl's
    m = etal_search(text)
    if m:
        truncated = True
        text = text[: m.start()]
    # APA 7: the first 19 names, ". . ." and the last one: the list is cut in the middle
    gap = _MIDDLE_ELLIPSIS.search(text) if ("..." in text or ". ." in text or "…" in text) else None
    if gap:
        truncated = True
        text = text[: gap.start()] + ", " + text[gap.end():]
    text = _BY_WITH.sub("", text)
    if _may_end_with_editors(text):
        text = _EDITORS_TAIL.sub("", text)  # "Roe, Ann, and Carl Lee, eds.": the editors of a volume are its names
    if _DOT_LOWER.search(text):  # every match is a lower-case letter right after a stop
        text = _LETTER_MARK.sub("", text)  # "Delgado, M.a, & Roe, R. A.": a superscript "a" (a student) typed as a letter
    # "Kolaczkowski, Z., Krolikowska. M., Krzesinski, J.": a stop typed for the comma of "Last, I."
    text = _STOP_FOR_COMMA.sub(", ", text)
    text = text.strip().rstrip(",;")
    if not text:
        return ([], [], truncated) if truncated else None
    items = split_items(text)
    if not items or not all(map(_may_be_in_name, items)):
        return None
    paired = _semicolon_names(text) if ";" in text and "," in text else None
    paired = paired or _pair_last_first(items)
    if paired and not all(map(_valid_item, paired)):
        paired = None
    names = paired or items
    # "Last, First" lists: "Smith, John, Doe, Jane" -> pair when every other item is a single word
    if not paired and not _has_cjk(text) and _alternating_single_words(items):  # (a CJK character is in an item)
        names = [f"{items[i]}, {items[i + 1]}" for i in range(0, len(items) - 1, 2)]
    if not all(map(_valid_item, names)):
        return None
    if len(names) == 1 and "," not in names[0] and len(clean_name(names[0]).split()) < 2 and not truncated \
            and not _has_cjk(names[0]):
        return None  # one word is no list of names, but "邵明哲" is one whole name
    return names, [name_marks(n) for n in names], truncated


def _may_be_in_name(item: str) -> bool:
    """An exact early test that no reading of the list holds ``item`` in a valid name: every name the
    list is read as is an item or two joined as "a, b" (valid when a is a name and b a name or given
    names), so an item that is neither fails every reading. Items holding "(" are left to the full test
    (a CJK name in brackets is taken out of the joined name)."""
    return "(" in item or is_name(item) or _is_given_part(clean_name(item))


_ETAL_ENDS = ("al", "al.", "others", "...", "…", "u. a", "u. a.", "u.a", "u.a.", "otros", "altri", "等", "等人", "authors",
              "author")


def _may_end_truncated(text: str) -> bool:
    """A cheap test that ETAL can match: its match ends the string with 'al', 'al.', 'others', '...'
    or '…' before any markup characters and spaces (a failed ETAL.search tries every position).
    fold_case, not lower(): re.I also matches 'ſ' for 's' and 'ı', 'İ' for 'i'."""
    return fold_case(text.rstrip().rstrip(MARKUP_CHARS)).endswith(_ETAL_ENDS)


def etal_search(text: str) -> re.Match | None:
    """ETAL.search(text), skipped when the text cannot end in 'et al.' or the like."""
    return _ETAL.search(text) if _may_end_truncated(text) else None


def _alternating_single_words(items: list[str]) -> bool:
    if len(items) < 2 or len(items) % 2:
        return False
    return all(len(clean_name(x).split()) == 1 for x in items) and all(is_name(x) for x in items)


_EDITORS_TAIL = re.compile(r"(?:,\s*|\s+)(?:eds\.?|Eds\.|ed\.|editors?|\((?:[Ee]ds?|[Hh]rsg|[Oo]rgs?|[Cc]oords?)\.?\))$")
_EDITORS_ENDS = ("eds", "eds.", "Eds.", "ed.", "editor", "editors", ")")


def _may_end_with_editors(text: str) -> bool:
    """A cheap exact test that _EDITORS_TAIL can match: its match ends the text (or comes before a last line
    break) with one of _EDITORS_ENDS; a failed search tries every position."""
    return text.endswith(_EDITORS_ENDS) or text.endswith("\n") and text[:-1].endswith(_EDITORS_ENDS)
_CAPS_SURNAME = re.compile(r"[A-ZÀ-ÖØ-Þ]{2,}(?:[-\s][A-ZÀ-ÖØ-Þ]{2,})*")


@lru_cache(maxsize=65536)
def _valid_item(item: str) -> bool:
    if "(" in item:
        item = _CJK_PAREN.sub("", item)  # "W. Ji (吉文成)"
    if "," in item:
        last, _, first = item.partition(",")
        given = is_name(first) or _is_given_part(clean_name(first))
        # "ROE, A. M.": a short surname in capitals reads as initials alone, not before given names
        return given and (is_name(last) or bool(_CAPS_SURNAME.fullmatch(clean_name(last))))
    return is_name(item)


def display_name(item: str) -> str:
    """A name as the schema stores it: plain text as written ('Smith, J.' stays 'Smith, J.')."""
    return clean_name(item)


def normalise_person(name: str) -> str:
    s = unicodedata.normalize("NFKD", clean_name(name))
    s = "".join(c for c in s if not unicodedata.combining(c))
    return _NOT_LOWER.sub(" ", s.lower()).split().__str__()


@lru_cache(maxsize=65536)
def name_parts(name: str) -> tuple[str, list[str]]:
    """(surname, given names) of a name written 'First Last', 'Last, First' or 'Last FM'."""
    s = _folded(clean_name(name))  # "ß" -> "ss": one word, as _LOWER_WORD reads ASCII letters
    if "," in s:
        last, _, first = s.partition(",")
        return last.strip(), _LOWER_RUN.findall(first)
    words = _LOWER_WORD.findall(s)
    if not words:
        return "", []
    raw_words = clean_name(name).split()
    if len(raw_words) >= 2 and _TRAILING_INITIALS.fullmatch(raw_words[-1]):  # 'Smith JA', 'Tiamiyu A.T.'
        return words[0], [c for c in raw_words[-1].lower() if c.isalpha()]
    return words[-1], words[:-1]


_SURNAME_PARTICLES = re.compile(r"\b(?:van|von|der|den|de|del|della|di|da|du|dos|das|le|la|ter|ten|zu|zur|bin|ibn|al|el|"
                                r"ni|nic|ui|mac|mc|o)\b[\s'’-]*")


def _surnames_within(a: str, b: str) -> bool:
    """'Olmedo Villaverde, C.', 'Restrepo Vélez C' or 'Restrepo C' in 'Carmen Olmedo Villaverde' / 'Catalina
    Restrepo Vélez' (either way): the surname words written together in the other name after its first given
    name, which has the same initial (Spanish and Portuguese names carry two surnames and cite one or both)."""
    for x, y in ((a, b), (b, a)):
        parts = _surname_given(x)
        if parts is None or "," in y:
            continue
        words, full = _folded(parts[0]).split(), _folded(clean_name(y)).split()
        k = len(words)
        if not parts[1] or len(full) <= k or full[0][:1] != _folded(parts[1])[:1]:
            continue
        if any(full[i:i + k] == words for i in range(1, len(full) - k + 1)) and (k >= 2 or full[-1] != words[0]):
            return True
    return False


def _surname_given(name: str) -> tuple[str, str] | None:
    """(surname words, given names) of 'Last, First' or 'Last FM' (Vancouver); None for 'First Last'."""
    s = clean_name(name)
    if "," in s:
        sur, given = (p.strip() for p in s.split(",", 1))
        return sur, given
    words = s.split()
    if len(words) >= 2 and _TRAILING_INITIALS.fullmatch(words[-1]):
        return " ".join(words[:-1]), words[-1]
    return None


def _folded(s: str) -> str:
    """Lower case without accents, 'ß' as 'ss' (name_parts and the surname comparisons read names so)."""
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).casefold()


@lru_cache(maxsize=65536)  # the owner against each author: co-authors come back entry after entry
def same_person(a: str, b: str) -> bool:
    """Loose match used to find the document owner in an author list."""
    la, fa = name_parts(a)
    lb, fb = name_parts(b)
    # "Ní Bhriain, S." and "Siobhán Ní Bhriain": particles are written with the surname or not
    la, lb = _SURNAME_PARTICLES.sub("", la).strip() or la, _SURNAME_PARTICLES.sub("", lb).strip() or lb
    if not la or not lb:
        return False
    if la != lb and _surnames_within(a, b):
        return True  # "Olmedo Villaverde, C." and "Carmen Olmedo Villaverde": both surnames of a Spanish name
    if la != lb:
        # hyphen/space variants ("Wei-Sheng" vs "Weisheng") and reversed order
        if la.replace("-", "") != lb.replace("-", ""):
            ja = "".join(fa + [la]).replace("-", "")
            jb = "".join(fb + [lb]).replace("-", "")
            if ja != jb and "".join([la] + fa) != jb:
                return False
            return True
    if not fa or not fb:
        return True
    return fa[0][0] == fb[0][0]


# every memo of this module, for parse.clear_caches()
CACHES = (clean_name, is_name, parse_author_list, name_parts, name_marks, _valid_item, _is_given_part, _pair_facts,
          same_person, _word_kind)

__all__ = ["BOLD_ON", "BOLD_OFF", "ITAL_ON", "ITAL_OFF", "ETAL", "MARKS", "clean_name", "display_name",
           "is_name", "name_marks", "name_parts", "parse_author_list", "same_person", "split_items"]
