"""What a search returns besides the ranking: work rows for one page, people ranked by the
works of theirs that matched, and facet counts. Shared by keyword, semantic and hybrid search."""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Any

from ..store.dialect import Dialect

PEOPLE_FROM = 100          # best works whose authors are ranked as people (300: ~10 ms more at 1M)
FACETS = ("year", "venue", "type", "field")


@dataclass
class Hit:
    work_id: str
    year: int | None
    venue: str | None
    type: str | None
    score: float
    field: str | None = None


def chunks(items: list[str], n: int = 500) -> list[list[str]]:
    return [items[i:i + n] for i in range(0, len(items), n)]


def work_rows(db: Dialect, ids: list[str]) -> dict[str, dict[str, Any]]:
    """Title, year, venue, type and authors (as the first claim lists them) of the given works."""
    out: dict[str, dict[str, Any]] = {}
    for chunk in chunks(ids):
        marks = ", ".join("?" for _ in chunk)
        for r in db.query(f"SELECT id, title, year, venue, type, n_claims FROM works WHERE id IN ({marks})", chunk):
            out[r[0]] = {"id": r[0], "title": r[1], "year": r[2], "venue": r[3], "type": r[4],
                         "n_claims": r[5], "authors": []}
        seen: dict[str, tuple[str, int]] = {}
        for wid, doc, ord_, name, pid in db.query(
                "SELECT work_id, document_id, ord, name, person_id FROM authorships"
                f" WHERE work_id IN ({marks}) ORDER BY work_id, document_id, ord, position", chunk):
            if seen.setdefault(wid, (doc, ord_)) == (doc, ord_) and wid in out:
                out[wid]["authors"].append({"name": name, "person_id": pid})
    return out


def names(db: Dialect, ids: list[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for chunk in chunks(ids):
        marks = ", ".join("?" for _ in chunk)
        out.update({r[0]: r[1] for r in db.query(f"SELECT id, name FROM persons WHERE id IN ({marks})", chunk)})
    return out


def people(db: Dialect, hits: list[Hit], name_hits: list[str], limit: int) -> list[dict[str, Any]]:
    """People ranked by the summed relevance of their matching works (+ a bonus when the name matches)."""
    score: dict[str, float] = defaultdict(float)
    matched: dict[str, list[Hit]] = defaultdict(list)
    by_id = {h.work_id: h for h in hits[:PEOPLE_FROM]}
    for chunk in chunks(list(by_id)):
        marks = ", ".join("?" for _ in chunk)
        for wid, pid in db.query("SELECT DISTINCT work_id, person_id FROM authorships"
                                 f" WHERE work_id IN ({marks}) AND person_id IS NOT NULL", chunk):
            score[pid] += by_id[wid].score
            matched[pid].append(by_id[wid])
    top = max(score.values(), default=1.0)
    for pid in name_hits:
        score[pid] += top
    ranked = sorted(score, key=lambda p: (-score[p], p))[:limit]
    known = names(db, ranked)
    best = {p: sorted(matched[p], key=lambda h: -h.score)[:5] for p in ranked}
    titles = work_rows(db, sorted({h.work_id for p in ranked for h in best[p]}))
    return [{"id": p, "name": known.get(p, p), "score": round(score[p], 3), "name_match": p in name_hits,
             "matching_works": len(matched[p]),
             "works": [{"id": h.work_id, "title": titles.get(h.work_id, {}).get("title"), "year": h.year,
                        "score": round(h.score, 3)} for h in best[p]]}
            for p in ranked]


def facets(hits: list[Hit]) -> dict[str, list[dict[str, Any]]]:
    """Counts of year, venue, type and field over the ranked matches."""
    counts = {f: Counter(getattr(h, f) for h in hits if getattr(h, f)) for f in FACETS}
    return {"year": [{"value": y, "count": n} for y, n in sorted(counts["year"].items(), reverse=True)],
            "venue": [{"value": v, "count": n} for v, n in counts["venue"].most_common(15)],
            "type": [{"value": t, "count": n} for t, n in counts["type"].most_common()],
            "field": [{"value": t, "count": n} for t, n in counts["field"].most_common(15)]}
