"""Cluster publication entries from many documents into works, with explained decisions.

Pipeline: entries -> blocking (shared ids, shared rare title tokens) -> pair scoring
(title similarity, ids, authors, year, version markers) -> greedy union with
cannot-link constraints (two entries of one list are two works). Every pair that was
scored yields a `MergeDecision`, kept on the cluster it concerns.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from rapidfuzz import fuzz
from rapidfuzz.distance import OSA

from .blocking import candidate_pairs
from .names import canonical_name, name_key, strip_accents

STOPWORDS = frozenset(
    "a an the of for and in on to with via by from at as is are be can do does we our its it "
    "into over under towards toward through using based when how what why which all you may "
    "beyond between their this that versus vs".split())
_ROMAN = {"ii": 2, "iii": 3, "iv": 4, "vi": 6, "vii": 7, "viii": 8, "ix": 9}
_ARXIV = re.compile(r"(?:arxiv\.org/(?:abs|pdf)/|arxiv[:\s]\s*)(\d{4}\.\d{4,5}|[a-z\-]+(?:\.[A-Z]{2})?/\d{7})", re.I)
_OPENREVIEW = re.compile(r"openreview\.net/(?:forum|pdf)\?id=([\w\-]+)", re.I)
_DOI = re.compile(r"\b(10\.\d{4,9}/[^\s\"<>]+)", re.I)
_MATH = re.compile(r"\$[^$]*\$|\\[a-zA-Z]+")


class WorkEntry(NamedTuple):
    """One publication entry of one document, reduced to what resolution needs (a tuple: made for
    every entry of a library and again when read back, and a frozen dataclass costs far more to build)."""

    key: str                      # "<doc>:<section>:<index>"
    doc: str
    section: str
    title: str
    norm_title: str
    tokens: tuple[str, ...]       # content tokens of the title
    authors: tuple[str, ...]      # canonical author names
    year: int | None
    venue: str | None
    kind: str | None              # the entry's "type": conference, journal, preprint, ...
    ids: frozenset[str]           # "arxiv:2402.09469", "doi:10.1/x", "openreview:abc"
    markers: frozenset[str]       # version markers and numbers: "v2", "n1000", "part2"
    main_tokens: frozenset[str] = frozenset()    # content words before the first colon (empty: no colon)
    author_keys: frozenset[str] = frozenset()    # "surname|initial" of each author


@dataclass
class MergeDecision:
    """One scored pair: merged or not, the rule that decided, and the evidence behind it."""

    a: str
    b: str
    merged: bool
    score: float
    rule: str
    evidence: dict[str, Any] = field(default_factory=dict)

    def explain(self) -> str:
        verdict = "same work" if self.merged else "different works"
        ev = ", ".join(f"{k}={v}" for k, v in self.evidence.items())
        return f"{self.a} ~ {self.b}: {verdict} ({self.rule}; score {self.score:.2f}; {ev})"


@dataclass
class WorkCluster:
    """A resolved work: its member entry keys, a display title and the decisions that built it."""

    id: str
    members: list[str]
    title: str
    decisions: list[MergeDecision] = field(default_factory=list)


# every ASCII character but [0-9a-z] -> a space: on ASCII text, what the pattern in `normalize_title` does
_NOT_ALNUM = str.maketrans({c: " " for c in map(chr, range(128)) if not c.isdigit() and not "a" <= c <= "z"})


def normalize_title(title: str) -> str:
    """Lower-case, accent-free, markup- and punctuation-free title text."""
    text = strip_accents(title or "")
    if "$" in text or "\\" in text:  # what _MATH needs
        text = _MATH.sub(" ", text)
    text = text.lower()
    if text.isascii():  # a table look-up per character instead of the pattern: the same words, 3x cheaper
        return " ".join(text.translate(_NOT_ALNUM).split())
    text = re.sub(r"[^0-9a-z]+", " ", text)
    return " ".join(text.split())


_PART = re.compile(r"(?<![A-Za-z])(?:part|vol(?:ume)?|version)\s*([0-9]+|[IVX]+)\b", re.I)
_VERSION = re.compile(r"[A-Za-z]v(\d+)\b|\bv(\d+)\b")
_ROMAN_WORD = re.compile(r"\b(II|III|IV|VI|VII|VIII|IX)\b", re.I)
_NUMBER = re.compile(r"(?<![A-Za-z.])(\d+(?:\.\d+)?)")
_YEAR = re.compile(r"(?:19|20)\d\d$")
_DIGIT = re.compile(r"\d")


def _markers(title: str) -> frozenset[str]:
    """Version markers and numbers: 'OTOv2' -> v2, 'Part II' -> v2, '1000x' -> n1000."""
    out: set[str] = set()
    text = strip_accents(title or "")
    # on ASCII text each case-blind pattern needs one of these letter runs (the Unicode case folds
    # that would also match, such as a dotless i, are not ASCII): skip the patterns when none is there
    low, other = text.lower(), not text.isascii()
    if other or "part" in low or "vol" in low or "version" in low:
        for m in _PART.finditer(text):
            val = m.group(1)
            out.add(f"v{_ROMAN.get(val.lower(), val.lower())}")
    if other or "ii" in low or "iv" in low or "vi" in low or "ix" in low:  # iii, vii, viii hold ii or vi
        for m in _ROMAN_WORD.finditer(text):
            out.add(f"v{_ROMAN[m.group(1).lower()]}")
    if not _DIGIT.search(text):
        return frozenset(out)  # most titles: the two patterns below need a digit
    for m in _VERSION.finditer(text):
        out.add(f"v{m.group(1) or m.group(2)}")
    for m in _NUMBER.finditer(text):
        if not _YEAR.match(m.group(1)):  # a year in a title is not a version
            out.add(f"n{m.group(1)}")
    return frozenset(out)


def _ids(pub: dict[str, Any]) -> frozenset[str]:
    out: set[str] = set()
    texts = [*(pub.get("links") or []), pub.get("venue_raw"), pub.get("note"), pub.get("doi")]
    for text in texts:
        if not text:
            continue
        # each pattern needs these letters (none with a non-ASCII case variant): skip it when absent
        lower = text.lower()
        if "arx" in lower:
            for m in _ARXIV.finditer(text):
                out.add("arxiv:" + m.group(1).lower())
        if "openrev" in lower:
            for m in _OPENREVIEW.finditer(text):
                out.add("openreview:" + m.group(1))  # case-sensitive ids
        if "10." in text:
            for m in _DOI.finditer(text):
                out.add("doi:" + m.group(1).lower().rstrip(".,;)"))
    return frozenset(out)


def entry_key(doc: str, pub: dict[str, Any], order: int) -> str:
    """The scorer's key: the entry's index if set, else its 1-based order within its section."""
    idx = pub.get("index") if pub.get("index") is not None else order
    return f"{doc}:{pub.get('section')}:{idx}"


def make_entries(profiles: list[dict[str, Any]]) -> list[WorkEntry]:
    """All publication entries of all profiles, keyed like score_clusters.py keys them."""
    out: list[WorkEntry] = []
    for prof in profiles:
        doc = str(prof.get("doc") or "")
        order: dict[str, int] = defaultdict(int)
        for pub in prof.get("publications") or []:
            section = pub.get("section")
            order[section] += 1
            title = pub.get("title") or ""
            norm = normalize_title(title)
            # list comprehensions, not generators: a third of this loop's cost at 450k entries
            toks = tuple([t for t in norm.split() if t not in STOPWORDS])
            authors = tuple([canonical_name(a) for a in pub.get("authors") or [] if a])
            year = pub.get("year")
            out.append(WorkEntry(  # positional: a tuple's keyword arguments cost a third of building it
                entry_key(doc, pub, order[section]), doc, str(section), title, norm, toks, authors,
                year if isinstance(year, int) else None, pub.get("venue"), pub.get("type"), _ids(pub),
                _markers(title), _main_words(title), frozenset([name_key(a) for a in authors if a])))
    return out


# ---------------------------------------------------------------- pair scoring

def _unmatched(mine: set[str], theirs: set[str]) -> set[str]:
    """Content words of one title with no exact or typo-level partner in the other."""
    extra = mine - theirs
    if not extra:
        return extra
    # `_near` needs the same first letter, 4+ letters on both sides, and a length difference within
    # its edit budget (an edit distance is at least the length difference): only such partners are tried
    by_first: dict[str, list[str]] = {}
    for o in theirs - mine:
        if len(o) >= 4:
            by_first.setdefault(o[0], []).append(o)
    if not by_first:
        return extra
    out = set()
    for t in extra:
        cands = by_first.get(t[:1]) if len(t) >= 4 else None
        if not cands or not any(_near_long(t, o) for o in cands):
            out.add(t)
    return out


def _near_long(a: str, b: str) -> bool:
    """`_near` for two words of 4+ letters with the same first letter."""
    budget = max(1, min(len(a), len(b)) // 6)
    return abs(len(a) - len(b)) <= budget and OSA.distance(a, b, score_cutoff=budget) <= budget


def _near(a: str, b: str) -> bool:
    """Typo-level equal: one edit (transpositions count once) per six letters."""
    return a[:1] == b[:1] and min(len(a), len(b)) >= 4 and OSA.distance(a, b) <= max(1, min(len(a), len(b)) // 6)


def _main_words(title: str) -> frozenset[str]:
    """Content words before the first colon: the part authors keep when they change a subtitle."""
    head = normalize_title(title.split(":", 1)[0]) if ":" in title else ""
    return frozenset(t for t in head.split() if t not in STOPWORDS)


def _main_title(entry: WorkEntry) -> frozenset[str]:
    return entry.main_tokens


def _author_keys(entry: WorkEntry) -> frozenset[str]:
    return entry.author_keys


def pair_evidence(a: WorkEntry, b: WorkEntry) -> dict[str, Any]:
    """The measurable facts about a pair, named so that a decision can cite them."""
    sa, sb = set(a.tokens), set(b.tokens)
    ka, kb = _author_keys(a), _author_keys(b)
    ev: dict[str, Any] = {
        "title_ratio": round(fuzz.ratio(a.norm_title, b.norm_title) / 100, 3),
        "title_token_sort": round(fuzz.token_sort_ratio(a.norm_title, b.norm_title) / 100, 3),
        "title_token_set": round(fuzz.token_set_ratio(" ".join(a.tokens), " ".join(b.tokens)) / 100, 3),
        "shared_words": len(sa & sb),
        "only_in_a": sorted(_unmatched(sa, sb)),
        "only_in_b": sorted(_unmatched(sb, sa)),
        "shared_ids": sorted(a.ids & b.ids),
    }
    if ka and kb:
        ev["author_overlap"] = round(len(ka & kb) / min(len(ka), len(kb)), 3)
        ev["authors"] = f"{len(ka & kb)}/{len(ka)}|{len(kb)}"
    if a.year and b.year:
        ev["year_gap"] = abs(a.year - b.year)
    if a.venue and b.venue:
        ev["same_venue"] = a.venue.lower() == b.venue.lower()
    if a.markers != b.markers:
        ev["markers"] = f"{sorted(a.markers)} vs {sorted(b.markers)}"
    return ev


def _score(ev: dict[str, Any]) -> float:
    """One number for ranking merges: title similarity, then authors, then year."""
    title = max(ev["title_ratio"], ev["title_token_sort"])
    authors = ev.get("author_overlap", 0.5)
    year = 1.0 - min(ev.get("year_gap", 1), 4) / 4
    venue = {True: 0.05, False: -0.05}.get(ev.get("same_venue"), 0.0)  # type: ignore[arg-type]
    return round(0.6 * title + 0.25 * authors + 0.15 * year + venue, 3)


def _kinds(a: WorkEntry, b: WorkEntry, prefix: str) -> tuple[set[str], set[str]]:
    return ({i for i in a.ids if i.startswith(prefix)}, {i for i in b.ids if i.startswith(prefix)})


def compare_entries(a: WorkEntry, b: WorkEntry) -> MergeDecision:
    """Decide whether two entries are one work; the first matching rule wins."""
    ev = pair_evidence(a, b)
    score = _score(ev)

    def decide(merged: bool, rule: str, s: float = score) -> MergeDecision:
        return MergeDecision(a.key, b.key, merged, s, rule, ev)

    if a.doc == b.doc and a.section == b.section:
        return decide(False, "same list: one document lists a work once per section")
    strong_id = [i for i in ev["shared_ids"] if not i.startswith("openreview:")] or ev["shared_ids"]
    if "markers" in ev and not strong_id:
        return decide(False, "version markers or numbers differ")
    if strong_id:
        if ev["title_token_set"] < 0.5 and not _main_title(a) & _main_title(b):
            return decide(False, "shared identifier but unrelated titles (a copied link?)")
        return decide(True, "shared identifier", 1.0)
    if a.doc == b.doc and a.venue and b.venue and a.venue != b.venue and "preprint" not in (a.kind, b.kind):
        return decide(False, "one document lists both, at different venues (e.g. conference and journal)")
    xa, xb = _kinds(a, b, "arxiv:")
    exact = a.norm_title == b.norm_title
    if xa and xb and not exact:
        return decide(False, "different arXiv ids")
    if ev.get("author_overlap") == 0 and min(len(a.authors), len(b.authors)) >= 2 and not exact:
        return decide(False, "no shared authors")
    if ev.get("year_gap", 0) > 3 and not exact:
        return decide(False, "years too far apart")
    return _title_rules(a, b, ev, decide)


def _title_rules(a: WorkEntry, b: WorkEntry, ev: dict[str, Any], decide: Any) -> MergeDecision:
    """Title-based rules, after ids, authors and version markers had their say."""
    sim = max(ev["title_ratio"], ev["title_token_sort"])
    only_a, only_b = ev["only_in_a"], ev["only_in_b"]
    authors_ok = ev.get("author_overlap", 1.0) >= 0.5
    if a.norm_title == b.norm_title or (sorted(a.tokens) == sorted(b.tokens) and a.tokens):
        return decide(True, "same title words" + (" (reordered)" if a.norm_title != b.norm_title else ""))
    main_a, main_b = _main_title(a), _main_title(b)
    if (min(len(main_a), len(main_b)) >= 4 and (main_a <= main_b or main_b <= main_a)
            and ev.get("author_overlap", 0) >= 0.6 and min(len(a.authors), len(b.authors)) >= 2
            and ev.get("year_gap", 0) <= 1 and (only_a and only_b)):
        return decide(True, "same main title, subtitle changed; authors agree")
    longer = max(len(set(a.tokens)), len(set(b.tokens)))
    if (only_a and only_b and len(only_a) == len(only_b) == 1 and longer >= 8 and sim >= 0.88
            and ev.get("author_overlap", 1.0) >= 0.5):
        return decide(True, "long title, one word differs on each side; authors agree or unknown")
    if only_a and only_b and len(only_a) + len(only_b) <= 2 and longer >= 8:
        return decide(False, "one word differs on each side")  # soft: a third entry may still join them
    if only_a and only_b:
        return decide(False, "each title has key words the other lacks")
    shorter = min(len(set(a.tokens)), len(set(b.tokens)))
    if sim >= 0.9 and authors_ok:
        return decide(True, "near-identical title")
    if (only_a or only_b) and shorter >= 4 and ev["shared_words"] / max(len(set(a.tokens)), len(set(b.tokens))) >= 0.7 \
            and authors_ok:
        return decide(True, "same title with words dropped or added")
    if sim >= 0.8 and ev.get("author_overlap", 0) >= 0.5:
        return decide(True, "similar title; authors agree")
    return decide(False, "titles not similar enough")


# ---------------------------------------------------------------- blocking and clustering

class _Clusters:
    """Union-find over entries that refuses merges across cannot-link pairs."""

    def __init__(self, lists: list[object]) -> None:
        """`lists`: each entry's list (document and section); two entries of one list never share a work."""
        self.parent = list(range(len(lists)))
        self.members: dict[int, set[int]] = {i: {i} for i in range(len(lists))}
        self.lists: dict[int, set[object]] = {i: {x} for i, x in enumerate(lists)}
        self.cannot: set[tuple[int, int]] = set()

    def find(self, x: int) -> int:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def blocked(self, ra: int, rb: int) -> bool:
        if self.lists[ra] & self.lists[rb]:
            return True  # would put two entries of one list into one work
        small, big = sorted((self.members[ra], self.members[rb]), key=len)
        return any((min(x, y), max(x, y)) in self.cannot for x in small for y in big)

    def union(self, a: int, b: int) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        if self.blocked(ra, rb):
            return False
        self.parent[rb] = ra
        self.members[ra] |= self.members.pop(rb)
        self.lists[ra] |= self.lists.pop(rb)
        return True


_HARD_NO = ("version markers", "different arXiv", "each title has key words", "one document lists both",
            "shared identifier but unrelated")
REFUSED = "; refused: the works it would join hold a conflicting pair or one list twice"


def is_hard_no(d: MergeDecision) -> bool:
    """A cannot-link: the two entries may never end in one work, whatever joins them."""
    return not d.merged and d.rule.startswith(_HARD_NO)


def cluster_works(entries: list[WorkEntry], df: Counter[str] | None = None,
                  skip: frozenset[object] | set[object] = frozenset(),
                  total: int | None = None) -> tuple[list[WorkCluster], list[MergeDecision]]:
    """Group entries into works; returns clusters (singletons included) and all pair decisions.

    `df`, `total` and `skip` go to `candidate_pairs` (a connected part of a library, blocked as the whole).
    """
    decisions: list[tuple[int, int, MergeDecision]] = []
    for x, y in sorted(candidate_pairs(entries, df=df, skip=skip, total=total)):
        decisions.append((x, y, compare_entries(entries[x], entries[y])))
    uf = _Clusters([(e.doc, e.section) for e in entries])
    uf.cannot = {(x, y) for x, y, d in decisions if is_hard_no(d)}
    for x, y, d in sorted(decisions, key=lambda t: -t[2].score):
        if d.merged and not uf.union(x, y):
            d.merged = False
            d.rule += REFUSED
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(entries)):
        groups[uf.find(i)].append(i)
    by_root: dict[int, list[MergeDecision]] = defaultdict(list)
    for x, y, d in decisions:
        if uf.find(x) == uf.find(y) or d.score >= 0.5:
            by_root[uf.find(x)].append(d)
    clusters = []
    for n, (root, idx) in enumerate(sorted(groups.items(), key=lambda kv: min(kv[1]))):
        title = max((entries[i].title for i in idx), key=len)
        clusters.append(WorkCluster(f"W{n + 1}", [entries[i].key for i in idx], title, by_root.get(root, [])))
    return clusters, [d for _, _, d in decisions]
