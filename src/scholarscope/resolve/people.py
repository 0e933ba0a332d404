"""Resolve people mentions (authors, document owners, advisors, supervisors) into persons.

A mention is one name in one document. Mentions of one document with the same folded
name are one node, and the owner's node absorbs the author at `self_index`. Nodes are
then joined across documents when `same_person_score` (name + co-author context + shared
works) passes a threshold, never when two names stand in one author list.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from .names import (SHORT_NAME, NameContext, NameMatch, canonical_name, compare_names, context_score, name_key,
                    parse_name, same_person_score, split_names)

MERGE_THRESHOLD = 0.8


class Mention(NamedTuple):
    """One name as written in one document, with its role and where it stood (a tuple: a large
    library makes millions, and a frozen dataclass costs four times as much to build)."""

    doc: str
    name: str            # as written (markup stripped by the parser)
    role: str            # "owner" | "author" | "advisor" | "supervisor"
    where: str = ""      # paper key, "education[0]", "positions[3]", "person.name"


@dataclass(frozen=True)
class Owner:
    """Whose document it is, and how we know."""

    doc: str
    name: str
    source: str          # "person.name" | "self_index" | "most frequent author"
    self_variants: tuple[str, ...] = ()  # how the owner is written in author lists


@dataclass
class PersonCluster:
    """A resolved person: a display name, the mentions, and why nodes were joined."""

    id: str
    name: str
    mentions: list[Mention]
    evidence: list[str] = field(default_factory=list)

    @property
    def docs(self) -> list[str]:
        return sorted({m.doc for m in self.mentions})

    def mention_keys(self) -> list[str]:
        """'<doc>|<name as written>' keys, as score_clusters.py expects them."""
        return sorted({f"{m.doc}|{m.name}" for m in self.mentions})


def find_owner(profile: dict[str, Any]) -> Owner | None:
    """The document's owner: person.name, else the author at self_index, else the most frequent author."""
    doc = str(profile.get("doc") or "")
    pubs = profile.get("publications") or []
    at_self = Counter(p["authors"][p["self_index"]] for p in pubs
                      if isinstance(p.get("self_index"), int) and 0 <= p["self_index"] < len(p.get("authors") or []))
    name = ((profile.get("person") or {}).get("name") or "").strip()
    if name:
        variants = tuple(v for v in at_self if compare_names(v, name).score > 0) or tuple(at_self)
        return Owner(doc, name, "person.name", variants)
    if at_self:
        return Owner(doc, at_self.most_common(1)[0][0], "self_index", tuple(at_self))
    counts = Counter(canonical_name(a) for p in pubs for a in p.get("authors") or [] if a)
    if counts and counts.most_common(1)[0][1] >= max(2, len(pubs) // 2):
        top = counts.most_common(1)[0][0]
        raw = next(a for p in pubs for a in p.get("authors") or [] if canonical_name(a) == top)
        return Owner(doc, raw, "most frequent author")
    return None


def collect_mentions(profile: dict[str, Any], keys: list[str] | None = None) -> list[Mention]:
    """Every person mention of one document: owner, authors, advisors, supervisors."""
    doc = str(profile.get("doc") or "")
    out: list[Mention] = []
    name = ((profile.get("person") or {}).get("name") or "").strip()
    if name:
        out.append(Mention(doc, name, "owner", "person.name"))
    for i, pub in enumerate(profile.get("publications") or []):
        where = keys[i] if keys else f"publications[{i}]"
        out.extend(Mention(doc, a, "author", where) for a in pub.get("authors") or [] if a and a.strip())
    for i, edu in enumerate(profile.get("education") or []):
        out.extend(Mention(doc, n, "advisor", f"education[{i}]") for n in split_names(edu.get("advisor")))
    for i, pos in enumerate(profile.get("positions") or []):
        out.extend(Mention(doc, n, "supervisor", f"positions[{i}]") for n in split_names(pos.get("supervisor")))
    return out


@dataclass
class _Node:
    """All mentions of one person inside one document."""

    doc: str
    mentions: list[Mention]
    coauthors: set[str] = field(default_factory=set)
    works: set[str] = field(default_factory=set)      # resolved work ids
    lists: set[str] = field(default_factory=set)      # paper keys whose author list holds it
    name: str = ""                                    # set by `settle()` once the mentions are final

    def settle(self) -> _Node:
        """Fix the display name: the most informative spelling (full given names beat initials)."""
        # each spelling once, in order of first use (max keeps the first of equals): an owner's
        # node holds one mention per publication, nearly all written alike
        names = dict.fromkeys(m.name for m in self.mentions)
        self.name = max(names, key=lambda n: (parse_name(n).has_full_given, len(n)))
        return self


def _doc_nodes(doc: str, mentions: list[Mention], owner: Owner | None) -> list[_Node]:
    """One node per folded name in a document; the owner's author variants join the owner."""
    by_name: dict[str, _Node] = {}
    owner_key = canonical_name(owner.name) if owner else None
    alias = {canonical_name(v): owner_key for v in (owner.self_variants if owner else ())}
    for m in mentions:
        key = canonical_name(m.name)
        key = alias.get(key, key)
        if not key:
            continue
        node = by_name.get(key)
        if node is None:  # not setdefault: that built a node (and its three sets) for every mention
            node = by_name[key] = _Node(doc, [])
        node.mentions.append(m)
    return [n.settle() for n in by_name.values()]


def _context(a: _Node, b: _Node) -> NameContext:
    return NameContext(coauthors_a=a.coauthors, coauthors_b=b.coauthors,
                       shared_works=len(a.works & b.works), same_doc=a.doc == b.doc,
                       co_listed=bool(a.lists & b.lists))


def _build_nodes(profiles: list[dict[str, Any]], paper_keys: dict[str, list[str]],
                 work_of: dict[str, str]) -> tuple[list[_Node], dict[str, Owner]]:
    """Nodes for all documents, with co-authors, works and author lists filled in."""
    nodes: list[_Node] = []
    owners: dict[str, Owner] = {}
    for prof in profiles:
        doc = str(prof.get("doc") or "")
        owner = find_owner(prof)
        if owner:
            owners[doc] = owner
        keys = paper_keys.get(doc)
        doc_nodes = _doc_nodes(doc, collect_mentions(prof, keys), owner)
        lists: dict[str, set[str]] = defaultdict(set)  # paper key -> canonical author names
        fields: dict[str, set[str]] = defaultdict(set)  # advisor/supervisor field -> names in it
        advising: list[tuple[_Node, list[str]]] = []    # nodes named as advisor/supervisor, and where
        for node in doc_nodes:
            me = name_key(node.name)
            wheres = []
            for m in node.mentions:
                if m.role == "author":
                    node.lists.add(m.where)
                    node.works.add(work_of.get(m.where, m.where))
                    lists[m.where].add(me)
                elif m.role in ("advisor", "supervisor"):
                    fields[m.where].add(me)
                    wheres.append(m.where)
            if wheres:
                advising.append((node, wheres))
        for node in doc_nodes:
            # co-authors as "surname|initial" keys, so "Z. Shi" and "Zhenmei Shi" count as one
            node.coauthors = set().union(*[lists[k] for k in node.lists])
            node.coauthors.discard(name_key(node.name))
        owner_key = name_key(owner.name) if owner else None
        for node, wheres in advising:
            # a supervisor's "co-authors" are the others named with them and the document owner
            me = name_key(node.name)
            for where in wheres:
                node.coauthors |= {a for a in fields[where] | {owner_key} if a and a != me}
        nodes.extend(doc_nodes)
    return nodes, owners


NameClass = tuple[str, tuple[str, ...]]   # (surname, given names): what compare_names looks at


def _name_class(node: _Node) -> NameClass:
    p = parse_name(node.name)
    return p.surname, p.given


class _ClassMatches:
    """compare_names between name classes, computed once per pair of classes."""

    def __init__(self, reps: dict[NameClass, str]) -> None:
        self.reps = reps
        self.cache: dict[tuple[NameClass, NameClass], NameMatch] = {}

    def __call__(self, a: NameClass, b: NameClass) -> NameMatch:
        hit = self.cache.get((a, b))
        if hit is None:  # computed in one orientation, filed under both (no tuple comparison per look-up)
            key = (a, b) if a <= b else (b, a)
            hit = self.cache[(a, b)] = self.cache[(b, a)] = compare_names(self.reps[key[0]], self.reps[key[1]])
        return hit


def _blocks(nodes: list[_Node], classes: list[NameClass]) -> dict[tuple[str, str], dict[NameClass, list[int]]]:
    """surname|first initial -> name class -> node indices; names without given names stay out.

    Lossless for same-surname pairs: compare_names is 0 when first initials differ.
    """
    blocks: dict[tuple[str, str], dict[NameClass, list[int]]] = defaultdict(lambda: defaultdict(list))
    for i, cls in enumerate(classes):
        if cls[1]:
            blocks[(cls[0], cls[1][0][0])][cls].append(i)
    return blocks


def _scored_pairs(nodes: list[_Node], classes: list[NameClass],
                  matches: _ClassMatches) -> list[tuple[float, int, int]]:
    """Candidate node pairs (same surname and initial, names compatible) scoring >= the threshold."""
    out: list[tuple[float, int, int]] = []
    for by_class in _blocks(nodes, classes).values():
        groups = list(by_class.items())
        for gi, (ca, xs) in enumerate(groups):
            for cb, ys in groups[gi:]:
                m = matches(ca, cb)
                if m.score == 0.0:
                    continue
                pairs = ((x, y) for k, x in enumerate(xs) for y in xs[k + 1:]) if ca == cb else \
                    ((x, y) for x in xs for y in ys)
                # the same full name, not short, in two documents: same_person_score is 1.0 whatever
                # the context adds (capped), unless both names stand in one author list
                short = len(ca[0]) + sum(map(len, ca[1])) <= SHORT_NAME
                certain = m.score == 1.0 and not short
                for x, y in pairs:
                    a, b = nodes[x], nodes[y]
                    if not a.lists.isdisjoint(b.lists):
                        continue  # co-listed: never one person (score 0)
                    if certain and a.doc != b.doc:
                        score = 1.0
                    else:  # `same_person_score`'s number, without its reason (built for merges only)
                        score = context_score(m.score, len(a.coauthors & b.coauthors), len(a.works & b.works),
                                              a.doc == b.doc, short)[0]
                    if score >= MERGE_THRESHOLD:
                        out.append((-score, min(x, y), max(x, y)))
    out.sort()  # best first, then node order: negated scores sort without a key function
    return [(-s, x, y) for s, x, y in out]


class _Groups:
    """Union-find over nodes; a group keeps its name classes and author lists for the complete-link check."""

    def __init__(self, nodes: list[_Node], classes: list[NameClass], matches: _ClassMatches,
                 fixed: frozenset[int] = frozenset()) -> None:
        self.fixed: dict[int, bool] = {i: i in fixed for i in range(len(nodes))}  # holds a stored person
        self.parent = list(range(len(nodes)))
        self.members: dict[int, list[int]] = {i: [i] for i in range(len(nodes))}
        self.classes: dict[int, set[NameClass]] = {i: {c} for i, c in enumerate(classes)}
        self.lists: dict[int, set[str]] = {i: set(n.lists) for i, n in enumerate(nodes)}
        self.evidence: dict[int, list[str]] = defaultdict(list)
        self.matches = matches

    def find(self, x: int) -> int:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def compatible(self, rx: int, ry: int) -> bool:
        """Complete link: every name across the groups is compatible and no author list holds both.

        This keeps 'J. Smith' from chaining 'John Smith' and 'James Smith' together.
        """
        if self.fixed[rx] and self.fixed[ry]:
            return False  # two stored persons stay two (incremental resolution never merges them)
        if not self.lists[rx].isdisjoint(self.lists[ry]):  # in C: a person's lists grow with its documents
            return False
        cache, matches = self.matches.cache, self.matches
        for a in self.classes[rx]:
            for b in self.classes[ry]:
                if (cache.get((a, b)) or matches(a, b)).score <= 0.0:
                    return False
        return True

    def union(self, rx: int, ry: int, line: str) -> None:
        self.parent[ry] = rx
        self.fixed[rx] = self.fixed[rx] or self.fixed.pop(ry)
        self.members[rx] += self.members.pop(ry)
        self.classes[rx] |= self.classes.pop(ry)
        small, big = sorted((self.lists.pop(rx), self.lists.pop(ry)), key=len)
        big |= small
        self.lists[rx] = big
        self.evidence[rx] += self.evidence.pop(ry, []) + [line]


def resolve_people(profiles: list[dict[str, Any]], paper_keys: dict[str, list[str]] | None = None,
                   work_of: dict[str, str] | None = None) -> tuple[list[PersonCluster], dict[str, Owner]]:
    """Join name mentions of all documents into persons.

    `paper_keys[doc]` gives the entry key of each publication (in order) and `work_of`
    maps an entry key to its resolved work, so shared works count as evidence.
    """
    nodes, owners = _build_nodes(profiles, paper_keys or {}, work_of or {})
    return cluster_nodes(nodes), owners


def cluster_nodes(nodes: list[_Node], prefix: str = "P", fixed: frozenset[int] = frozenset()) -> list[PersonCluster]:
    """Greedy complete-link clustering of nodes, best-scored pairs first; `fixed` nodes never join each other."""
    return [c for c, _ in node_clusters(nodes, prefix, fixed)]


def node_clusters(nodes: list[_Node], prefix: str = "P",
                  fixed: frozenset[int] = frozenset()) -> list[tuple[PersonCluster, list[int]]]:
    """`cluster_nodes`, each person with the indices of its nodes."""
    classes = [_name_class(n) for n in nodes]
    reps: dict[NameClass, str] = {}
    for n, c in zip(nodes, classes):
        reps.setdefault(c, n.name)
    matches = _ClassMatches(reps)
    groups = _Groups(nodes, classes, matches, fixed)
    for score, x, y in _scored_pairs(nodes, classes, matches):
        rx, ry = groups.find(x), groups.find(y)
        if rx == ry or not groups.compatible(rx, ry):
            continue
        a, b = nodes[x], nodes[y]
        _, why = same_person_score(a.name, b.name, _context(a, b))  # the reason, only for merges
        groups.union(rx, ry, f"{a.doc}|{a.name} ~ {b.doc}|{b.name}: {score:.2f} ({why})")
    clusters = []
    for n, (root, idx) in enumerate(sorted(groups.members.items(), key=lambda kv: min(kv[1]))):
        ms = [m for i in idx for m in nodes[i].mentions]
        name = max((nodes[i].name for i in idx), key=lambda s: (parse_name(s).has_full_given, not s.isupper(), len(s)))
        clusters.append((PersonCluster(f"{prefix}{n + 1}", name, ms, groups.evidence.get(root, [])), idx))
    return clusters


def person_index(clusters: list[PersonCluster]) -> dict[tuple[str, str], PersonCluster]:
    """(doc, canonical name) -> person, to look up mentors and mentees."""
    out: dict[tuple[str, str], PersonCluster] = {}
    for c in clusters:
        for m in c.mentions:
            out.setdefault((m.doc, canonical_name(m.name)), c)
    return out


__all__ = ["Mention", "Owner", "PersonCluster", "find_owner", "collect_mentions", "resolve_people",
           "person_index", "name_key"]
