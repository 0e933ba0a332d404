"""Person-name normalisation and comparison.

Names in CVs come as "Zhenmei Shi", "ZHENMEI SHI", "Shi, Z.", "Tiamiyu A.T.", "E.B. Josephs",
"**Yufa Zhou**", "Dr. Aldo Mascareño" or "W. Ji (吉文成)". We parse each into surname + given
names and compare the parts. Look-alike given names (Yufa/Yufan, Xiao/Xiaoyu) must stay apart,
so a given name that merely extends the other is a mismatch, never a partial match.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

# Titles and honorifics that precede names in advisor/supervisor fields.
_HONORIFICS = {
    "dr", "dra", "prof", "professor", "mr", "mrs", "ms", "miss", "sir", "assoc", "asst",
    "assistant", "associate", "phd", "ph", "jr", "sr",
}
# Surname particles that belong to the surname ("de Geus", "van der Waals").
_PARTICLES = {"de", "da", "del", "della", "der", "den", "di", "du", "la", "le", "van", "von", "dos", "das", "e", "y", "bin", "al"}
_MARKUP = re.compile(r"\\text(?:bf|it|sc)\{([^}]*)\}|\\(?:textbf|emph|underline)\b|</?\w+[^>]*>|[*_`^~†‡§¶#]+")
_PAREN = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_NOISE = re.compile(r"[\d{}\\]+")


_FOLD = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ß": "ss", "đ": "d", "Đ": "D"})


def strip_accents(text: str) -> str:
    """Drop combining marks and fold a few letters NFKD leaves alone (ł, ø, ß)."""
    if text.isascii():
        return text  # nothing to fold
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return text.translate(_FOLD)


def clean_name(raw: str) -> str:
    """Name text without markup, markers, bracketed notes and honorifics (case kept)."""
    text = _MARKUP.sub(lambda m: m.group(1) or " ", raw or "")
    text = _PAREN.sub(" ", text)
    text = _NOISE.sub(" ", text)
    text = re.sub(r"\s+", " ", text).strip(" ,;:")
    words = text.split(" ")
    # honorifics only at the front ("Dr. X", "Professor X") or the end ("X, PhD")
    while words and words[0].lower().strip(".") in _HONORIFICS and len(words) > 1:
        words.pop(0)
    while len(words) > 1 and words[-1].lower().strip(".,") in {"phd", "ph.d", "jr", "sr"}:
        words.pop()
    return " ".join(words).strip(" ,;:")


def _fold(token: str) -> str:
    return re.sub(r"[^a-z]", "", strip_accents(token).lower())


def _is_initials(token: str) -> bool:
    """'J.', 'A.T.', 'DNC.', 'J', 'Ž', 'KC' are initials; 'Jo' or 'Li' are names."""
    bare = token.replace(".", "").replace("-", "")
    if not bare:
        return False
    if "." in token:
        return len(bare) <= 3
    return len(bare) == 1 or (len(bare) == 2 and bare.isupper())


@dataclass(frozen=True)
class ParsedName:
    """Surname plus given names; `given` holds full names or single-letter initials."""

    surname: str                                 # folded, particles and hyphens joined: "degeus"
    given: tuple[str, ...] = field(default=())   # folded: ("yu", "wing") or ("j",) for initials
    raw: str = ""

    @property
    def initials(self) -> str:
        return "".join(g[0] for g in self.given if g)

    @property
    def has_full_given(self) -> bool:
        return any(len(g) > 1 for g in self.given)

    @property
    def first_given(self) -> str:
        return self.given[0] if self.given else ""


def _split_given(tokens: list[str]) -> tuple[str, ...]:
    """Given-name tokens -> folded parts; 'A.T.' -> a, t; 'Yu-Wing' -> yuwing (one given name)."""
    out: list[str] = []
    for tok in tokens:
        if _is_initials(tok):
            out.extend(c for c in _fold(tok) if c)
        else:
            folded = _fold(tok)
            if folded:
                out.append(folded)
    return tuple(out)


def _surname_from(tokens: list[str]) -> str:
    return "".join(_fold(t) for t in tokens)


@lru_cache(maxsize=262144)  # a large library repeats co-author names across many entries
def parse_name(raw: str) -> ParsedName:
    """Parse 'First Middle Last', 'Last, First', 'Last F.' and 'F. Last' forms."""
    text = clean_name(raw)
    if not text:
        return ParsedName("", (), raw)
    if "," in text:
        last, _, first = text.partition(",")
        return ParsedName(_surname_from(last.split()), _split_given(first.replace(",", " ").split()), raw)
    words = text.split()
    if len(words) == 1:
        return ParsedName(_fold(words[0]), (), raw)
    if text.isupper() and all(len(w.strip(".")) > 1 for w in words):
        words = [w.capitalize() for w in words]  # "ZHENMEI SHI": all caps header, not initials
    # "Tiamiyu A.T." / "Kaplar S.": the trailing tokens are initials and the first is not
    if not _is_initials(words[0]) and all(_is_initials(w) for w in words[1:]):
        return ParsedName(_fold(words[0]), _split_given(words[1:]), raw)
    # surname = last word plus any particles right before it ("T.W.J. de Geus")
    cut = len(words) - 1
    while cut > 1 and words[cut - 1].lower() in _PARTICLES:
        cut -= 1
    return ParsedName(_surname_from(words[cut:]), _split_given(words[:cut]), raw)


@lru_cache(maxsize=262144)
def name_key(raw: str) -> str:
    """Blocking key 'surname|first initial'; names that may be one person share it."""
    p = parse_name(raw)
    return f"{p.surname}|{p.initials[:1]}"


@lru_cache(maxsize=262144)
def canonical_name(raw: str) -> str:
    """Folded full form 'given... surname', used to compare names without case/accents/markup."""
    p = parse_name(raw)
    return " ".join([*p.given, p.surname]).strip()


@dataclass(frozen=True)
class NameMatch:
    """How two names relate: `score` in [0, 1] and the reason, for explanations."""

    score: float
    reason: str


def _given_match(a: tuple[str, ...], b: tuple[str, ...]) -> NameMatch:
    if not a or not b:
        return NameMatch(0.55, "one side has no given name")
    if all(len(g) == 1 for g in a + b):
        # "J. Yu" and "J. Yu" in two documents: same initials, still maybe two people
        ok = all(x == y for x, y in zip(a, b))
        return NameMatch(0.75 if ok else 0.0, "same initials only" if ok else f"initials differ ({''.join(a)}/{''.join(b)})")
    ja, jb = "".join(a), "".join(b)
    if a == b or (len(ja) > 2 and ja == jb):  # "Yu-Wing" == "Yu Wing" == "Yuwing"
        return NameMatch(1.0, "same given names")
    fa, fb = a[0], b[0]
    full_a, full_b = len(fa) > 1, len(fb) > 1
    if full_a and full_b:
        if fa != fb:
            # Chinese given names: "Yu-Wing" vs "Yuwing" handled above; a prefix (Yufa/Yufan) is a different name
            if _typo(fa, fb):
                return NameMatch(0.5, f"given names differ by one letter ({fa}/{fb}): typo or a different person")
            return NameMatch(0.0, f"different given names ({fa}/{fb})")
        return _rest_match(a[1:], b[1:], "same first name")
    if fa[0] != fb[0]:
        return NameMatch(0.0, f"initials differ ({fa[0]}/{fb[0]})")
    return _rest_match(a[1:], b[1:], "initials compatible", base=0.75)


def _rest_match(a: tuple[str, ...], b: tuple[str, ...], why: str, base: float = 1.0) -> NameMatch:
    """Middle names: missing on one side is fine; present on both they must agree."""
    for x, y in zip(a, b):
        if x[0] != y[0] or (len(x) > 1 and len(y) > 1 and x != y):
            return NameMatch(0.0, f"{why}, middle names differ ({x}/{y})")
    if len(a) != len(b):
        return NameMatch(min(base, 0.9), f"{why}, middle name on one side only")
    return NameMatch(base if base < 1.0 else 1.0, why)


def _typo(a: str, b: str) -> bool:
    """One substitution, transposition or dropped letter inside a long name (Arunkmar/Arunkumar).

    Never an added or dropped final letter: Yufa/Yufan and Xiao/Xiaoyu are different names.
    """
    if min(len(a), len(b)) < 6 or abs(len(a) - len(b)) > 1 or a[0] != b[0]:
        return False
    if len(a) != len(b):
        short, long_ = sorted((a, b), key=len)
        i = next((k for k, (x, y) in enumerate(zip(short, long_)) if x != y), len(short))
        return 0 < i < len(short) and short[i:] == long_[i + 1:]
    diff = [i for i, (x, y) in enumerate(zip(a, b)) if x != y]
    if len(diff) == 1:
        return 0 < diff[0] < len(a) - 1
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


def compare_names(a: str, b: str) -> NameMatch:
    """Name-only comparison. 1.0 same name, 0.75 compatible initials, 0.5 typo, 0 different."""
    pa, pb = parse_name(a), parse_name(b)
    if not pa.surname or not pb.surname:
        return NameMatch(0.0, "empty name")
    if pa.surname != pb.surname:
        # "Shi Zhenmei" written surname-first vs "Zhenmei Shi"
        if pa.given and pb.given and pa.given[-1:] == (pb.surname,) and pb.given[-1:] == (pa.surname,):
            return NameMatch(0.8, "same parts, surname order swapped")
        # "Simon Peyton Jones" vs "Peyton Jones, S.": a double surname read as a middle name
        for x, y in ((pa, pb), (pb, pa)):
            if len(x.given) > 1 and len(x.given[-1]) > 1 and x.given[-1] + x.surname == y.surname:
                return _given_match(x.given[:-1], y.given)
        if len(pa.surname) >= 7 and _typo(pa.surname, pb.surname):
            g = _given_match(pa.given, pb.given)
            return NameMatch(min(0.5, g.score), f"surnames differ by one letter; {g.reason}")
        return NameMatch(0.0, f"different surnames ({pa.surname}/{pb.surname})")
    return _given_match(pa.given, pb.given)


SHORT_NAME = 8  # letters of surname + given names: a name this short is too common to match on alone


@dataclass
class NameContext:
    """What we know around two mentions: their co-authors and whether they share a work or doc."""

    coauthors_a: set[str] = field(default_factory=set)   # canonical names
    coauthors_b: set[str] = field(default_factory=set)
    shared_works: int = 0        # resolved works both mentions are authors of
    same_doc: bool = False
    co_listed: bool = False      # both names in one author list: never one person


def same_person_score(a: str, b: str, context: NameContext | None = None,
                      match: NameMatch | None = None) -> tuple[float, str]:
    """Probability-like score that two name mentions are one person, with the reason.

    The name alone decides exact matches; weaker name matches (initials, typos) need
    co-author overlap or a shared work to pass the 0.8 merge threshold. `match` is
    `compare_names(a, b)` when the caller already has it.
    """
    if context is not None and context.co_listed:
        return 0.0, "both names appear in one author list"
    m = match if match is not None else compare_names(a, b)
    if m.score == 0.0 or context is None:
        return m.score, m.reason
    shared = len(context.coauthors_a & context.coauthors_b)
    works = context.shared_works
    score, rule = context_score(m.score, shared, works, context.same_doc, is_short_name(a))
    if rule == _SAME_DOC:
        return score, m.reason + "; same document"
    if rule == _WEAK:
        return score, m.reason + "; not enough shared context for a weak name match"
    if rule == _SHORT:
        return score, m.reason + "; short, common-looking name with no shared co-authors or works"
    why = m.reason + (f"; {shared} shared co-authors" if shared else "") + (
        f"; {works} shared works" if works else "")
    return score, why


_SAME_DOC, _WEAK, _SHORT, _BONUS = range(4)  # which rule of `context_score` decided


def context_score(name_score: float, shared: int, works: int, same_doc: bool, short: bool) -> tuple[float, int]:
    """`same_person_score`'s number for a name match (score > 0) of two mentions not in one author
    list, with the rule that gave it: `shared` co-authors, `works` shared works, `short`: the first
    name `is_short_name`. Numbers only, so a caller that wants no reason builds none."""
    if same_doc and name_score >= 0.75:
        # one CV writing "Wang, C." and "Chien Wang": the same person unless proven otherwise
        return min(1.0, 0.85 + 0.05 * min(shared, 3)), _SAME_DOC
    if name_score < 0.8 and shared < 2 and not works:
        return min(name_score, 0.7), _WEAK
    if name_score == 1.0 and not shared and not works and short:
        # "Xiang Li", "Bo Chen": short names are common; the name alone is too little
        return 0.7, _SHORT
    bonus = min(0.3, 0.05 * shared + 0.15 * min(works, 2))
    return round(min(1.0, name_score + bonus), 3), _BONUS


def is_short_name(name: str) -> bool:
    """At most SHORT_NAME letters of surname and given names: too common to match on alone."""
    p = parse_name(name)
    return len(p.surname) + sum(map(len, p.given)) <= SHORT_NAME


_SPLIT_AND = re.compile(r"\s*(?:;|&|\band\b|\bund\b|\by\b|\bet\b)\s*", re.I)


def split_names(text: str | None) -> list[str]:
    """'A, B, and C' / 'A & B' / 'Last, F.; Last2, G.' -> individual names (as written, trimmed)."""
    if not text:
        return []
    text = re.sub(r"^\s*(?:supervised|advised|mentored)\s+by\s*:?\s*|^\s*(?:mentors?|advisors?|supervisors?|report(?:s|ing)?\s+to)\s*:?\s*",
                  "", text.strip(), flags=re.I)
    out: list[str] = []
    for chunk in _SPLIT_AND.split(text):
        parts = [p.strip() for p in chunk.split(",") if p.strip()]
        # "Smith, John" inside a chunk: a comma part of one word followed by given names/initials
        if len(parts) == 2 and len(parts[0].split()) == 1 and len(parts[1].split()) <= 2 and \
                (all(_is_initials(w) for w in parts[1].split()) or len(parts[1].split()) == 1):
            out.append(f"{parts[0]}, {parts[1]}")
            continue
        out.extend(parts)
    return [n for n in (clean_name(p) for p in out) if n and any(c.isalpha() for c in n)]
