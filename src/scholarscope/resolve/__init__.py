"""Resolve: the same paper and the same person across documents, and mentor relations.

Input: parsed profiles (dicts in the shape of profile.schema.json). Output: a `Resolution`
whose every merge can be explained (`MergeDecision` for works, evidence lines for people).
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from .mentorship import MentorshipEdge, extract_mentorship
from .names import NameContext, compare_names, name_key, same_person_score
from .people import Mention, Owner, PersonCluster, find_owner, resolve_people
from .works import MergeDecision, WorkCluster, WorkEntry, cluster_works, entry_key, make_entries


@dataclass
class Resolution:
    """Everything resolution found across a set of documents."""

    works: list[WorkCluster]
    people: list[PersonCluster]
    mentorship: list[MentorshipEdge]
    decisions: list[MergeDecision]
    owners: dict[str, Owner] = field(default_factory=dict)

    def work_of(self) -> dict[str, str]:
        """Entry key -> work id."""
        return {k: w.id for w in self.works for k in w.members}

    def paper_groups(self) -> list[list[str]]:
        """Works with two or more entries, as score_clusters.py's "papers"."""
        return [sorted(w.members) for w in self.works if len(w.members) > 1]

    def people_groups(self) -> list[list[str]]:
        """Persons named in two or more (doc, name) mentions, as score_clusters.py's "people"."""
        return [p.mention_keys() for p in self.people if len(p.mention_keys()) > 1]


def _paper_keys(profiles: list[dict[str, Any]]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for prof in profiles:
        order: dict[str, int] = defaultdict(int)
        keys = []
        for pub in prof.get("publications") or []:
            order[pub.get("section")] += 1
            keys.append(entry_key(str(prof.get("doc") or ""), pub, order[pub.get("section")]))
        out[str(prof.get("doc") or "")] = keys
    return out


def resolve_profiles(profiles: list[dict[str, Any]]) -> Resolution:
    """Works first (people use shared works as evidence), then people, then mentor edges."""
    entries = make_entries(profiles)
    works, decisions = cluster_works(entries)
    work_of = {k: w.id for w in works for k in w.members}
    people, owners = resolve_people(profiles, _paper_keys(profiles), work_of)
    edges = extract_mentorship(profiles, owners, people)
    return Resolution(works, people, edges, decisions, owners)


__all__ = [
    "Resolution", "resolve_profiles", "MergeDecision", "WorkCluster", "WorkEntry", "PersonCluster",
    "Mention", "Owner", "MentorshipEdge", "NameContext", "compare_names", "name_key",
    "same_person_score", "find_owner",
]
