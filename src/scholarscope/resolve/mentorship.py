"""Mentor relations stated in a document: education advisors and position supervisors.

Only the structured fields count (education.advisor, positions.supervisor); the parser has
already cut the cue ("Advised by", "Supervised by", "Report to", "Mentors:") off the names.
One edge per (mentor, mentee, document); repeated statements add contexts, not edges.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from .names import canonical_name, split_names
from .people import Owner, PersonCluster, person_index

_RELATION_BY_KIND = {
    "internship": "internship supervisor",
    "job": "manager",
    "research": "research mentor",
    "teaching": "teaching supervisor",
    "other": "supervisor",
}


@dataclass
class MentorshipEdge:
    """mentor -> mentee, as stated in `source`, with the fields it came from."""

    mentor: str                 # as written
    mentee: str                 # the document owner, as written in person.name
    source: str                 # document
    relation: str
    contexts: list[str] = field(default_factory=list)
    fields: list[str] = field(default_factory=list)   # "education[0].advisor", "positions[2].supervisor"
    mentor_id: str | None = None
    mentee_id: str | None = None


def _degree_relation(degree: str | None) -> str:
    d = (degree or "").lower().replace(" ", "")
    if re.search(r"ph\.?d|doctor|dphil|d\.phil", d):
        return "Ph.D. advisor"
    if re.search(r"^m\.?|master", d):
        return "master's advisor"
    if re.search(r"^b\.?|bachelor", d):
        return "undergraduate advisor"
    return "advisor"


def _statements(profile: dict[str, Any]) -> list[tuple[str, str, str, str]]:
    """(mentor name, relation, context, field) for every advisor/supervisor name in one profile."""
    out = []
    for i, edu in enumerate(profile.get("education") or []):
        ctx = ", ".join(x for x in (edu.get("degree"), edu.get("field"), edu.get("institution")) if x)
        for name in split_names(edu.get("advisor")):
            out.append((name, _degree_relation(edu.get("degree")), ctx, f"education[{i}].advisor"))
    for i, pos in enumerate(profile.get("positions") or []):
        ctx = ", ".join(x for x in (pos.get("title"), pos.get("org"), pos.get("location")) if x)
        rel = _RELATION_BY_KIND.get(pos.get("kind") or "", "supervisor")
        for name in split_names(pos.get("supervisor")):
            out.append((name, rel, ctx, f"positions[{i}].supervisor"))
    return out


def extract_mentorship(profiles: list[dict[str, Any]], owners: dict[str, Owner],
                       people: list[PersonCluster] | None = None) -> list[MentorshipEdge]:
    """Edges from each document's advisors/supervisors to its owner; no owner, no edges."""
    index = person_index(people or [])
    edges: list[MentorshipEdge] = []
    for prof in profiles:
        doc = str(prof.get("doc") or "")
        owner = owners.get(doc)
        if owner is None:
            continue
        mentee_id = getattr(index.get((doc, canonical_name(owner.name))), "id", None)
        seen: dict[str, MentorshipEdge] = {}
        for name, rel, ctx, fld in _statements(prof):
            key = canonical_name(name)
            if not key or key == canonical_name(owner.name):
                continue  # a self-reference is no relation
            edge = seen.get(key)
            if edge is None:
                edge = seen[key] = MentorshipEdge(name, owner.name, doc, rel,
                                                  mentor_id=getattr(index.get((doc, key)), "id", None),
                                                  mentee_id=mentee_id)
                edges.append(edge)
            edge.contexts.append(ctx)
            edge.fields.append(fld)
    return edges
