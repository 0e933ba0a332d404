"""Cluster publication entries from many documents into works, with explained decisions.

Pipeline: entries -> blocking (shared ids, shared rare title tokens) -> pair scoring
(title similarity, ids, authors, year, version markers) -> greedy union with
cannot-link constraints (two entries of one list are two works). Every pair that was
scored yields a `MergeDecision`, kept on the cluster it concerns.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz

from .names import canonical_name, strip_accents

STOPWORDS = frozenset(
    "a an the of for and in on to with via by from at as is are be can do does we our its it "
    "into over under towards toward through using based when how what why which all you may "
    "beyond between their this that versus vs".split())
_ROMAN = {"ii": 2, "iii": 3, "iv": 4, "vi": 6, "vii": 7, "viii": 8, "ix": 9}
_ARXIV = re.compile(r"(?:arxiv\.org/(?:abs|pdf)/|arxiv[:\s]\s*)(\d{4}\.\d{4,5}|[a-z\-]+(?:\.[A-Z]{2})?/\d{7})", re.I)
_OPENREVIEW = re.compile(r"openreview\.net/(?:forum|pdf)\?id=([\w\-]+)", re.I)
_DOI = re.compile(r"\b(10\.\d{4,9}/[^\s\"<>]+)", re.I)
_MATH = re.compile(r"\$[^$]*\$|\\[a-zA-Z]+")


@dataclass(frozen=True)
class WorkEntry:
    """One publication entry of one document, reduced to what resolution needs."""

    key: str                      # "<doc>:<section>:<index>"
    doc: str
    section: str
    title: str
    norm_title: str
    tokens: tuple[str, ...]       # content tokens of the title
    authors: tuple[str, ...]      # canonical author names
    year: int | None
    venue: str | None
    ids: frozenset[str]           # "arxiv:2402.09469", "doi:10.1/x", "openreview:abc"
    markers: frozenset[str]       # version markers and numbers: "v2", "n1000", "part2"


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


def normalize_title(title: str) -> str:
    """Lower-case, accent-free, markup- and punctuation-free title text."""
    text = _MATH.sub(" ", strip_accents(title or "")).lower()
    text = re.sub(r"[^0-9a-z]+", " ", text)
    return " ".join(text.split())


def _markers(title: str) -> frozenset[str]:
    """Version markers and numbers: 'OTOv2' -> v2, 'Part II' -> v2, '1000x' -> n1000."""
    out: set[str] = set()
    text = strip_accents(title or "")
    for m in re.finditer(r"(?<![A-Za-z])(?:part|vol(?:ume)?|version)\s*([0-9]+|[IVX]+)\b", text, re.I):
        val = m.group(1)
        out.add(f"v{_ROMAN.get(val.lower(), val.lower())}")
    for m in re.finditer(r"[A-Za-z]v(\d+)\b|\bv(\d+)\b", text):
        out.add(f"v{m.group(1) or m.group(2)}")
    for m in re.finditer(r"\b(II|III|IV|VI|VII|VIII|IX)\b", text):
        out.add(f"v{_ROMAN[m.group(1).lower()]}")
    for m in re.finditer(r"(?<![A-Za-z.])(\d+(?:\.\d+)?)", text):
        if not re.match(r"(?:19|20)\d\d$", m.group(1)):  # a year in a title is not a version
            out.add(f"n{m.group(1)}")
    return frozenset(out)


def _ids(pub: dict[str, Any]) -> frozenset[str]:
    out: set[str] = set()
    texts = [*(pub.get("links") or []), pub.get("venue_raw") or "", pub.get("note") or "", pub.get("doi") or ""]
    for text in texts:
        for m in _ARXIV.finditer(text):
            out.add("arxiv:" + m.group(1).lower())
        for m in _OPENREVIEW.finditer(text):
            out.add("openreview:" + m.group(1))  # case-sensitive ids
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
            order[pub.get("section")] += 1
            norm = normalize_title(pub.get("title") or "")
            toks = tuple(t for t in norm.split() if t not in STOPWORDS)
            out.append(WorkEntry(
                key=entry_key(doc, pub, order[pub.get("section")]), doc=doc,
                section=str(pub.get("section")), title=pub.get("title") or "", norm_title=norm,
                tokens=toks, authors=tuple(canonical_name(a) for a in pub.get("authors") or [] if a),
                year=pub.get("year") if isinstance(pub.get("year"), int) else None,
                venue=pub.get("venue"), ids=_ids(pub), markers=_markers(pub.get("title") or "")))
    return out
