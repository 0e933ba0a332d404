"""Counts over a person's distinct works: total, by year, by type, by author role, credit, top venues.

Author roles and credit come from one *reference claim* per work: the claim with the longest
author list that is not truncated ("et al."), published versions before preprints, then
document order. Every count lists the works (and the claims) it used.
"""
from __future__ import annotations

from collections import Counter
from functools import lru_cache

from ..parse.venues import normalise_venue
from ..store.queries import author_role
from .data import ClaimRecord, WorkRecord
from .metric import Input, Metric

TYPE_MAP = {"conference": "main", "journal": "journal", "workshop": "workshop", "findings": "findings",
            "preprint": "preprint"}
CREDIT_FORMULA = ("harmonic credit: author at 1-based position i of n gets (1/i) / (1 + 1/2 + ... + 1/n); "
                  "authors marked as equal contributors share the mean of their positions' credits; "
                  "alphabetical lists give every author 1/n; sole author 1. Sum over distinct works.")
FIRST_CREDIT_FORMULA = ("first-author credit: 1 per work as sole/first author, 1/k per work as one of k "
                        "equal-first authors; alphabetical lists give none (their order carries no credit)")


def reference_claim(w: WorkRecord) -> ClaimRecord | None:
    """The claim the person's role in ``w`` is read from (None when no claim places the person)."""
    placed = [c for c in w.claims if c.positions]
    if not placed:
        return None
    return min(placed, key=lambda c: (c.truncated, -len(c.authors), c.type == "preprint", c.document, c.ord))


def role(c: ClaimRecord) -> str:
    """sole / first / equal-first / middle / last / alphabetical (store.queries.author_role)."""
    return _role(tuple(c.authors), c.positions[0], tuple(c.equal_marked), c.note)


@lru_cache(maxsize=1 << 16)
def _role(authors: tuple[str, ...], pos: int, equal: tuple[int, ...], note: str | None) -> str:
    # author_role parses every name of the list; co-authors share claims, so memoise per list
    return author_role(list(authors), pos, list(equal), note)


def work_type(w: WorkRecord) -> str:
    """main / workshop / findings / journal / preprint / other for one work."""
    kinds = {c.type for c in w.claims}
    v = normalise_venue(w.venue) if w.venue else None
    if "workshop" in kinds or (v is not None and v.workshop) or w.type == "workshop":
        return "workshop"
    if "findings" in kinds or (v is not None and v.findings):
        return "findings"
    if w.type in TYPE_MAP:
        return TYPE_MAP[w.type]
    if v is not None and v.kind in ("conference", "journal", "preprint"):
        return {"conference": "main"}.get(v.kind, v.kind)
    return "other"


def _work_input(w: WorkRecord, value: object = None) -> Input:
    return Input("work", w.id, w.title or "", value, ", ".join(sorted({c.document for c in w.claims})))


def distinct_works(works: list[WorkRecord]) -> Metric:
    claims = sum(len(w.claims) for w in works)
    merged = [w for w in works if len(w.claims) > 1]
    return Metric("works", len(works), None,
                  "number of resolved works (claims the resolver merged, e.g. preprint + published, count once)",
                  [_work_input(w, len(w.claims)) for w in works],
                  {"claims": claims, "works_with_several_versions": len(merged)})


def by_year(works: list[WorkRecord]) -> Metric:
    counts = Counter(w.year for w in works if w.year)
    no_year = [w.id for w in works if not w.year]
    return Metric("works_by_year", dict(sorted(counts.items())), None, "distinct works per publication year",
                  [_work_input(w, w.year) for w in works], {"without_year": no_year})


def by_type(works: list[WorkRecord]) -> Metric:
    types = {w.id: work_type(w) for w in works}
    counts = Counter(types.values())
    return Metric("works_by_type", {k: counts.get(k, 0) for k in
                                    ("main", "workshop", "findings", "journal", "preprint", "other")}, None,
                  "distinct works per type: main (conference main track), workshop, findings, journal, preprint, "
                  "other (thesis, chapter, unknown); a workshop or findings claim in any version wins",
                  [_work_input(w, types[w.id]) for w in works])


def roles(works: list[WorkRecord]) -> dict[str, Metric]:
    """first_author, last_author, equal_first, alphabetical: counts of distinct works."""
    per: dict[str, list[Input]] = {"first_author": [], "last_author": [], "equal_first": [], "alphabetical": []}
    unplaced = []
    for w in works:
        c = reference_claim(w)
        if c is None:
            unplaced.append(w.id)
            continue
        r = role(c)
        key = {"sole": "first_author", "first": "first_author", "last": "last_author",
               "equal-first": "equal_first", "alphabetical": "alphabetical"}.get(r)
        if key:
            per[key].append(Input("claim", c.ref, w.title or "", r, c.document))
    text = {"first_author": "works where the person is sole or first author (not alphabetical lists)",
            "last_author": "works where the person is last of two or more authors (not alphabetical lists)",
            "equal_first": "works where the person is marked as equal contributor together with the first author",
            "alphabetical": "works whose author list is alphabetical (stated, or 4+ surnames in order)"}
    return {k: Metric(k, len(v), None, text[k] + "; role read from the reference claim", v,
                      {"works_without_position": unplaced}) for k, v in per.items()}


def harmonic_credit(n: int, positions: list[int], equal: list[int], alphabetical: bool) -> float:
    """The person's share of one work (see CREDIT_FORMULA); ``positions`` are 0-based."""
    if n <= 0 or not positions:
        return 0.0
    if alphabetical:
        return 1.0 / n
    total = sum(1.0 / k for k in range(1, n + 1))
    share = [1.0 / (k + 1) / total for k in range(n)]
    group = sorted({p for p in equal if 0 <= p < n})
    if len(group) > 1:
        mean = sum(share[p] for p in group) / len(group)
        for p in group:
            share[p] = mean
    return sum(share[p] for p in set(positions) if 0 <= p < n)


def first_credit(positions: list[int], equal: list[int], alphabetical: bool) -> float:
    if alphabetical or not positions:
        return 0.0
    group = set(equal) if 0 in equal and len(set(equal)) > 1 else {0}
    return 1.0 / len(group) if set(positions) & group else 0.0


def credit(works: list[WorkRecord]) -> dict[str, Metric]:
    """credit_harmonic and credit_first: credit-aware counts over distinct works."""
    harm: list[Input] = []
    first: list[Input] = []
    skipped: dict[str, str] = {}
    for w in works:
        c = reference_claim(w)
        if c is None:
            skipped[w.id] = "the person has no position in any claim"
            continue
        alpha = role(c) == "alphabetical"
        if c.truncated and not alpha:
            skipped[w.id] = f"author list of {c.ref} is truncated (et al.): n unknown"
        else:
            h = harmonic_credit(len(c.authors), c.positions, c.equal_marked, alpha)
            harm.append(Input("claim", c.ref, w.title or "", round(h, 4), c.document))
        f = first_credit(c.positions, c.equal_marked, alpha)
        if f:
            first.append(Input("claim", c.ref, w.title or "", round(f, 4), c.document))
    out = {"credit_harmonic": Metric("credit_harmonic", round(sum(float(i.value) for i in harm), 3), None,
                                     CREDIT_FORMULA, harm, {"works_skipped": skipped}),
           "credit_first": Metric("credit_first", round(sum(float(i.value) for i in first), 3), None,
                                  FIRST_CREDIT_FORMULA, first)}
    if not harm:
        out["credit_harmonic"] = Metric.unknown("credit_harmonic", "no work with a complete author list "
                                                "that places the person", CREDIT_FORMULA, works_skipped=skipped)
    return out


def top_venues(works: list[WorkRecord]) -> Metric:
    """Distinct works per venue tier of data/venues.json (tier 1 flagship, 2 strong, 3 recognised)."""
    tiers: Counter[str] = Counter()
    inputs = []
    for w in works:
        names = [w.venue] + [c.venue for c in w.claims if c.venue != w.venue]
        best = None
        for name in names:
            v = normalise_venue(name) if name else None
            if v and v.known and v.tier and not v.workshop and (best is None or v.tier < best.tier):
                best = v
        key = f"tier{best.tier}" if best else "unranked"
        tiers[key] += 1
        if best:
            inputs.append(Input("work", w.id, w.title or "", f"{best.name} (tier {best.tier}, {best.field})",
                                "data/venues.json"))
    value = {k: tiers.get(k, 0) for k in ("tier1", "tier2", "tier3", "unranked")}
    return Metric("top_venues", value, None,
                  "distinct works per best venue tier over the work's versions (data/venues.json; workshops, "
                  "preprint servers and unknown venues are unranked)", inputs,
                  {"tier1_equivalent": value["tier1"] + value["tier2"] / 2 + value["tier3"] / 4})
