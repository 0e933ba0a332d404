"""Import an OpenAlex works snapshot (gzipped JSON Lines, one Work per line) into the enrichment table.

Each snapshot work is matched to at most one stored work, by the first rule that decides:

    doi          the DOI of any claim (field or links) equals the work's DOI
    arxiv        an arXiv id in any claim (links, venue text, arXiv DOI) equals the work's
    openreview   an OpenReview forum id in any claim's links equals one in the work's locations
    title+year+authors   folded titles equal, years at most 1 apart, and at least one shared
                 author surname (or no author list on one side); a title that fits several
                 stored works is reported as ambiguous and not used

The decision (rule and evidence) is stored with every enriched value, with the snapshot file
and its date as provenance.
"""
from __future__ import annotations

import gzip
import json
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from ..store.dialect import Dialect
from ..store.repository import fold
from . import store as enrich_store
from .openalex import parse_work
from .records import ExternalWork, norm_arxiv, norm_doi, norm_openreview


@dataclass
class StoredWork:
    id: str
    titles: set[str] = field(default_factory=set)
    years: set[int] = field(default_factory=set)
    surnames: set[str] = field(default_factory=set)


@dataclass
class Index:
    works: dict[str, StoredWork] = field(default_factory=dict)
    doi: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    arxiv: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    openreview: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    title: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))


def _surname(name: str) -> str:
    from ..resolve.names import parse_name

    return fold(parse_name(name).surname)


def build_index(db: Dialect) -> Index:
    idx = Index()
    rows = db.query("SELECT wc.work_id, c.title, c.year, c.doi, c.links, c.venue_raw, c.authors FROM work_claims wc"
                    " JOIN claims c ON c.document_id = wc.document_id AND c.ord = wc.ord")
    for wid, title, year, doi, links, venue_raw, authors in rows:
        w = idx.works.setdefault(wid, StoredWork(wid))
        texts = [doi or "", venue_raw or "", *json.loads(links or "[]")]
        for t in texts:
            if d := norm_doi(t):
                idx.doi[d].add(wid)
                if d.startswith("10.48550/arxiv."):
                    idx.arxiv[d.split("arxiv.", 1)[1]].add(wid)
            if a := norm_arxiv(t):
                idx.arxiv[a].add(wid)
            if o := norm_openreview(t):
                idx.openreview[o].add(wid)
        if title:
            w.titles.add(fold(title))
            idx.title[fold(title)].add(wid)
        if year:
            w.years.add(int(year))
        w.surnames |= {s for s in map(_surname, json.loads(authors or "[]")) if s}
    return idx


def match(idx: Index, ext: ExternalWork) -> tuple[str | None, str, dict[str, Any]]:
    """(work id or None, rule or reason, evidence) for one external record."""
    for rule, key, table in (("doi", ext.doi, idx.doi), ("arxiv", ext.arxiv_id, idx.arxiv),
                             ("openreview", ext.openreview_id, idx.openreview)):
        hits = table.get(key) if key else None
        if hits and len(hits) == 1:
            return next(iter(hits)), rule, {rule: key}
        if hits:
            return None, f"ambiguous {rule}", {rule: key, "candidates": sorted(hits)}
    if not ext.title:
        return None, "no identifier and no title", {}
    t = fold(ext.title)
    ext_names = {s for s in map(_surname, ext.authors) if s}
    fits = []
    for wid in sorted(idx.title.get(t, ())):
        w = idx.works[wid]
        gap = min((abs(y - ext.year) for y in w.years), default=None) if ext.year else None
        shared = sorted(w.surnames & ext_names)
        if (gap is None or gap <= 1) and (shared or not w.surnames or not ext_names):
            fits.append((wid, {"title": t, "year_gap": gap, "shared_authors": shared}))
    if len(fits) == 1:
        return fits[0][0], "title+year+authors", fits[0][1]
    if fits:
        return None, "ambiguous title+year+authors", {"title": t, "candidates": [f[0] for f in fits]}
    return None, "no stored work with this identifier or title", {"title": t}


def read_snapshot(path: Path) -> Iterator[tuple[Path, dict[str, Any]]]:
    """Work objects from a .gz JSON Lines file, or from every .gz file under a folder."""
    files = sorted(path.rglob("*.gz")) if path.is_dir() else [path]
    for f in files:
        opener = gzip.open if f.suffix == ".gz" else open
        with opener(f, "rt", encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    yield f, json.loads(line)


@dataclass
class SnapshotReport:
    read: int = 0
    matched: Counter[str] = field(default_factory=Counter)
    unmatched: Counter[str] = field(default_factory=Counter)
    values: int = 0
    decisions: list[dict[str, Any]] = field(default_factory=list)

    def summary(self) -> str:
        m = ", ".join(f"{n} by {r}" for r, n in self.matched.most_common()) or "none"
        return (f"read {self.read} OpenAlex works; matched {sum(self.matched.values())} ({m}); "
                f"unmatched {sum(self.unmatched.values())}; stored {self.values} values")

    def to_dict(self) -> dict[str, Any]:
        return {"read": self.read, "matched": dict(self.matched), "unmatched": dict(self.unmatched),
                "values": self.values, "decisions": self.decisions}


def _file_date(f: Path) -> str:
    return datetime.fromtimestamp(f.stat().st_mtime, timezone.utc).date().isoformat()


def import_snapshot(db: Dialect, path: Path, retrieved: str | None = None, batch: int = 5000) -> SnapshotReport:
    """Match every snapshot work to the store and save the enriched values of the matched ones."""
    idx = build_index(db)
    report = SnapshotReport()
    rows: list[enrich_store.Enriched] = []
    dates: dict[Path, str] = {}
    for f, obj in read_snapshot(path):
        report.read += 1
        ext = parse_work(obj)
        wid, rule, evidence = match(idx, ext)
        report.decisions.append({"openalex": ext.external_id, "title": ext.title, "work": wid, "rule": rule,
                                 "evidence": evidence})
        if wid is None:
            report.unmatched[rule] += 1
            continue
        report.matched[rule] += 1
        date = retrieved or dates.setdefault(f, _file_date(f))
        rows += ext.enriched(wid, rule, {**evidence, "snapshot": f.name}, date)
        if len(rows) >= batch:
            report.values += enrich_store.save(db, rows)
            rows = []
    if rows:
        report.values += enrich_store.save(db, rows)
    return report
