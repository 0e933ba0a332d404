"""Resolve people mentions (authors, document owners, advisors, supervisors) into persons.

A mention is one name in one document. Mentions of one document with the same folded
name are one node, and the owner's node absorbs the author at `self_index`. Nodes are
then joined across documents when `same_person_score` (name + co-author context + shared
works) passes a threshold, never when two names stand in one author list.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from .names import NameContext, canonical_name, compare_names, name_key, parse_name, same_person_score, split_names

MERGE_THRESHOLD = 0.8


@dataclass(frozen=True)
class Mention:
    """One name as written in one document, with its role and where it stood."""

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
        self.name = max((m.name for m in self.mentions), key=lambda n: (parse_name(n).has_full_given, len(n)))
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
        by_name.setdefault(key, _Node(doc, [])).mentions.append(m)
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
        for node in doc_nodes:
            for m in node.mentions:
                if m.role == "author":
                    node.lists.add(m.where)
                    node.works.add(work_of.get(m.where, m.where))
                    lists[m.where].add(name_key(node.name))
        fields: dict[str, set[str]] = defaultdict(set)  # advisor/supervisor field -> names in it
        for node in doc_nodes:
            for m in node.mentions:
                if m.role in ("advisor", "supervisor"):
                    fields[m.where].add(name_key(node.name))
        owner_key = name_key(owner.name) if owner else None
        for node in doc_nodes:
            # co-authors as "surname|initial" keys, so "Z. Shi" and "Zhenmei Shi" count as one;
            # a supervisor's "co-authors" are the others named with them and the document owner
            me = name_key(node.name)
            node.coauthors = {a for k in node.lists for a in lists[k] if a != me}
            for m in node.mentions:
                if m.role in ("advisor", "supervisor"):
                    node.coauthors |= {a for a in fields[m.where] | {owner_key} if a and a != me}
        nodes.extend(doc_nodes)
    return nodes, owners


def _scored_pairs(nodes: list[_Node]) -> list[tuple[float, int, int, str]]:
    """Candidate node pairs (same surname block) with their same-person score and reason."""
    blocks: dict[str, list[int]] = defaultdict(list)
    for i, n in enumerate(nodes):
        blocks[parse_name(n.name).surname].append(i)
    out = []
    for members in blocks.values():
        for k, x in enumerate(members):
            for y in members[k + 1:]:
                if not parse_name(nodes[x].name).given or not parse_name(nodes[y].name).given:
                    continue  # a bare surname is too little to join on
                score, why = same_person_score(nodes[x].name, nodes[y].name, _context(nodes[x], nodes[y]))
                if score >= MERGE_THRESHOLD:
                    out.append((score, x, y, why))
    return sorted(out, key=lambda t: -t[0])


def resolve_people(profiles: list[dict[str, Any]], paper_keys: dict[str, list[str]] | None = None,
                   work_of: dict[str, str] | None = None) -> tuple[list[PersonCluster], dict[str, Owner]]:
    """Join name mentions of all documents into persons.

    `paper_keys[doc]` gives the entry key of each publication (in order) and `work_of`
    maps an entry key to its resolved work, so shared works count as evidence.
    """
    nodes, owners = _build_nodes(profiles, paper_keys or {}, work_of or {})
    parent = list(range(len(nodes)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(nodes))}
    evidence: dict[int, list[str]] = defaultdict(list)

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for score, x, y, why in _scored_pairs(nodes):
        rx, ry = find(x), find(y)
        if rx == ry or not _compatible(nodes, members[rx], members[ry]):
            continue
        parent[ry] = rx
        members[rx] += members.pop(ry)
        evidence[rx] += evidence.pop(ry, []) + [f"{nodes[x].doc}|{nodes[x].name} ~ {nodes[y].doc}|{nodes[y].name}: "
                                                f"{score:.2f} ({why})"]
    clusters = []
    for n, (root, idx) in enumerate(sorted(members.items(), key=lambda kv: min(kv[1]))):
        ms = [m for i in idx for m in nodes[i].mentions]
        name = max((nodes[i].name for i in idx), key=lambda s: (parse_name(s).has_full_given, not s.isupper(), len(s)))
        clusters.append(PersonCluster(f"P{n + 1}", name, ms, evidence.get(root, [])))
    return clusters, owners


def _compatible(nodes: list[_Node], xs: list[int], ys: list[int]) -> bool:
    """Complete-link check: every pair across the two groups is name-compatible and never co-listed.

    This keeps 'J. Smith' from chaining 'John Smith' and 'James Smith' together.
    """
    for x in xs:
        for y in ys:
            a, b = nodes[x], nodes[y]
            if a.lists & b.lists or compare_names(a.name, b.name).score == 0.0:
                return False
    return True


def person_index(clusters: list[PersonCluster]) -> dict[tuple[str, str], PersonCluster]:
    """(doc, canonical name) -> person, to look up mentors and mentees."""
    out: dict[tuple[str, str], PersonCluster] = {}
    for c in clusters:
        for m in c.mentions:
            out.setdefault((m.doc, canonical_name(m.name)), c)
    return out


__all__ = ["Mention", "Owner", "PersonCluster", "find_owner", "collect_mentions", "resolve_people",
           "person_index", "name_key"]
