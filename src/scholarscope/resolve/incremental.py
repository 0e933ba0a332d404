"""Incremental resolution: the entries and names of new documents against stored works and persons.

Works: a stored work is *touched* when one of its entries shares a blocking key with a new
entry; the touched works' entries and the new entries are clustered again (the rest of the
library cannot change: no candidate pair reaches it). Persons: each stored person whose
surname|initial block holds a new name becomes one node (all its mentions, co-authors, works
and author lists); new names join such a node or one another, and two stored persons are
never merged by a batch. `resolve_profiles` (the full run) stays the reference.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from itertools import combinations
from dataclasses import dataclass, field
from typing import Any

from .blocking import _passes, entry_keys, token_frequencies
from .mentorship import MentorshipEdge, extract_mentorship
from .names import compare_names, parse_name
from .people import Mention, Owner, PersonCluster, _build_nodes, _Node, cluster_nodes
from .works import STOPWORDS, WorkEntry, _ids, compare_entries, make_entries, normalize_title


@dataclass(frozen=True)
class Probe:
    """What blocking needs of a stored entry: content words, ids and main-title words."""

    tokens: tuple[str, ...]
    ids: frozenset[str]
    main_tokens: frozenset[str]


def probe(pub: dict[str, Any]) -> Probe:
    title = pub.get("title") or ""
    toks = tuple(t for t in normalize_title(title).split() if t not in STOPWORDS)
    head = normalize_title(title.split(":", 1)[0]) if ":" in title else ""
    return Probe(toks, _ids(pub), frozenset(t for t in head.split() if t not in STOPWORDS))


def _stored_keys(p: Probe, words: set[str]) -> set[object]:
    """Every blocking key a stored entry could share with a new entry whose words are `words`."""
    toks = set(p.tokens)
    keys: set[object] = {("id", x) for x in p.ids}
    if toks:
        keys.add(("words", " ".join(sorted(toks))))
    if len(toks) <= 2:
        keys.update(("word", w) for w in toks)
    shared = sorted(toks & words)
    keys.update(("pair", a, b) for a, b in combinations(shared, 2))
    return keys


class WorkProbe:
    """The blocking keys of a batch's new entries; `touches` says whether a stored entry joins one.

    New entries are keyed by `entry_keys` with `df` (the library's word counts; by default the
    batch's). A stored entry is touched when it shares one of those keys (and two words, or an
    id) with a new entry and the pair's decision is a merge: only then can its work change.
    """

    def __init__(self, new_entries: list[WorkEntry], df: Counter[str] | None = None, max_block: int = 200) -> None:
        self.df = df if df is not None else token_frequencies(new_entries)
        self.entries = new_entries
        self.by_key: dict[object, list[int]] = {}
        for i, e in enumerate(new_entries):
            for k in entry_keys(e, self.df):
                self.by_key.setdefault(k, []).append(i)
        self.max_block = max_block
        self.words = {t for e in new_entries for t in e.tokens}

    def near(self, pub: dict[str, Any]) -> list[int]:
        """New entries sharing a blocking key (and two words, or an id) with a stored entry's title and ids."""
        p = probe(pub)
        if not p.ids and not self.words.intersection(p.tokens):
            return []  # the cheap test first: no shared word, no shared key
        near = {i for k in _stored_keys(p, self.words) for i in self.by_key.get(k, ())[:self.max_block]}
        return sorted(i for i in near if _passes(self.entries[i], p))

    def touches(self, doc: str, pub: dict[str, Any], near: list[int] | None = None) -> bool:
        """Whether some new entry would merge with this stored entry (`near`: from `near(pub)`)."""
        near = self.near(pub) if near is None else near
        if not near:
            return False
        old = make_entries([{"doc": doc, "publications": [dict(pub, index=0)]}])[0]
        return any(compare_entries(self.entries[i], old).merged for i in near)


@dataclass
class StoredPerson:
    """A stored person as one node: every mention, co-author key, work and author list it has."""

    id: str
    mentions: list[Mention]
    coauthors: set[str] = field(default_factory=set)
    works: set[str] = field(default_factory=set)
    lists: set[str] = field(default_factory=set)


def person_block(name: str) -> tuple[str, str] | None:
    """surname|first initial: persons are only ever joined inside one block."""
    p = parse_name(name)
    return (p.surname, p.given[0][0]) if p.surname and p.given else None


@dataclass
class PeopleUpdate:
    """The persons a batch creates or extends; `stored_id[c.id]` is the stored person it extends."""

    clusters: list[PersonCluster]
    stored_id: dict[str, str]
    owners: dict[str, Owner]
    mentorship: list[MentorshipEdge]


class NewNames:
    """The name classes of a batch's new nodes, to pick the stored persons they could join.

    A stored person is a candidate when its display name is compatible with a new name: the
    complete-link rule refuses any other join, since the display name is one of its names.
    """

    def __init__(self, nodes: list[_Node]) -> None:
        self.by_block: dict[tuple[str, str], dict[tuple[str, tuple[str, ...]], str]] = {}
        for n in nodes:
            p = parse_name(n.name)
            if p.surname and p.given:
                self.by_block.setdefault((p.surname, p.given[0][0]), {}).setdefault((p.surname, p.given), n.name)
        self.cache: dict[tuple[str, tuple[str, ...]], bool] = {}

    def may_join(self, name: str) -> bool:
        p = parse_name(name)
        if not p.surname or not p.given:
            return False
        cls = (p.surname, p.given)
        hit = self.cache.get(cls)
        if hit is None:
            reps = self.by_block.get((p.surname, p.given[0][0]), {})
            hit = self.cache[cls] = any(compare_names(name, rep).score > 0.0 for rep in reps.values())
        return hit


def new_blocks(profiles: list[dict[str, Any]], paper_keys: dict[str, list[str]],
               work_of: dict[str, str]) -> tuple[list[_Node], dict[str, Owner], NewNames]:
    """Nodes of the new documents, their owners, and their name classes."""
    nodes, owners = _build_nodes(profiles, paper_keys, work_of)
    return nodes, owners, NewNames(nodes)


def resolve_people_incremental(profiles: list[dict[str, Any]], nodes: list[_Node], owners: dict[str, Owner],
                               stored: list[StoredPerson]) -> PeopleUpdate:
    """New name nodes against stored persons (each one node that no other stored person may join)."""
    known = [p for p in stored if p.mentions]
    old = [_Node(f"@{p.id}", p.mentions, p.coauthors, p.works, p.lists).settle() for p in known]
    owner_of = {id(m): p.id for p, n in zip(known, old) for m in n.mentions}
    clusters = cluster_nodes(old + nodes, prefix="N", fixed=frozenset(range(len(old))))
    stored_id: dict[str, str] = {}
    out = []
    for c in clusters:
        pid = next((owner_of[id(m)] for m in c.mentions if id(m) in owner_of), None)
        if pid is not None:
            if len(c.mentions) == sum(1 for m in c.mentions if id(m) in owner_of):
                continue  # a stored person the batch did not touch
            stored_id[c.id] = pid
        out.append(c)
    edges = extract_mentorship(profiles, owners, out)
    return PeopleUpdate(out, stored_id, owners, edges)


def choose_work_id(old_ids: Iterable[str], taken: set[str]) -> str | None:
    """The stored id a re-clustered work keeps: the one most of its old entries had, if still free."""
    for wid, _ in sorted(Counter(old_ids).items(), key=lambda kv: (-kv[1], kv[0])):
        if wid not in taken:
            return wid
    return None


__all__ = ["WorkProbe", "StoredPerson", "NewNames", "PeopleUpdate", "person_block", "new_blocks",
           "resolve_people_incremental", "choose_work_id", "probe"]
