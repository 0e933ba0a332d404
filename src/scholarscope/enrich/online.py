"""Online enrichment: look stored works up through the source clients and keep what matches.

For every stored work (optionally one person's, at most ``limit``) and every chosen source, the
work's identifiers are tried in order, each where the source can look it up:

    DOI -> arXiv id -> OpenReview id -> title search

Every record a lookup returns goes through the snapshot import's explained matching
(``snapshot.match`` against the whole store), and it is kept only when that matching ties it to
this very work; so a DOI answer that belongs to another stored work, or a title search hit with
the wrong authors, is reported and never stored. Stored values carry the source, the external
id, the date the answer was retrieved (the cached date for a cached answer) and the rule with
its evidence plus the lookup that found it.

A (work, source) pair ends as ``matched``, ``unmatched`` (with the reason) or ``failed`` (the
source's error); a failure does not stop the other works. ``OfflineError`` does stop the run
(values matched so far are saved): without the network, use the snapshot import.
"""
from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from ..errors import ConfigError
from ..store.dialect import Dialect
from . import store as enrich_store
from .arxiv import Arxiv
from .dblp import Dblp
from .http import HttpSource, OfflineError
from .openalex import OpenAlex
from .openreview import OpenReview
from .records import ExternalWork
from .semanticscholar import SemanticScholar
from .snapshot import Index, build_index, match

SOURCES = ("openalex", "semanticscholar", "arxiv", "openreview", "dblp")
Lookup = tuple[str, Callable[[], list[ExternalWork]]]


@dataclass
class Target:
    """A stored work and the identifiers its claims state."""

    id: str
    title: str | None
    year: int | None
    dois: list[str] = field(default_factory=list)
    arxiv: list[str] = field(default_factory=list)
    openreview: list[str] = field(default_factory=list)


@dataclass
class Decision:
    work: str
    source: str
    status: str                  # matched | unmatched | failed
    rule: str                    # the matching rule, the reason it is unmatched, or the error
    lookup: str | None = None    # e.g. "doi:10.1/x", "title search"
    external_id: str | None = None
    evidence: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


def make_clients(names: Iterable[str], **kw: Any) -> list[HttpSource]:
    """Clients for the named sources; ``kw`` goes to every client (cache_dir, transport, sleep, offline)."""
    makers: dict[str, Callable[[], HttpSource]] = {
        "openalex": lambda: OpenAlex(mailto=os.environ.get("SCHOLARSCOPE_MAILTO"), **kw),
        "semanticscholar": lambda: SemanticScholar(api_key=os.environ.get("SEMANTIC_SCHOLAR_API_KEY"), **kw),
        "arxiv": lambda: Arxiv(**kw), "openreview": lambda: OpenReview(**kw), "dblp": lambda: Dblp(**kw)}
    out = []
    for name in names:
        if name not in makers:
            raise ConfigError(f"unknown enrichment source {name!r} (choose from {', '.join(SOURCES)})")
        out.append(makers[name]())
    return out


def _one(ext: ExternalWork | None) -> list[ExternalWork]:
    return [ext] if ext else []


def lookups(client: HttpSource, t: Target) -> list[Lookup]:
    """The lookups one source can make for a work, in the order DOI, arXiv id, OpenReview id, title."""
    out: list[Lookup] = []
    if isinstance(client, OpenAlex):
        out += [(f"doi:{d}", lambda d=d: _one(client.work(d))) for d in t.dois]
        out += [(f"arxiv:{a}", lambda a=a: _one(client.work(f"10.48550/arxiv.{a}"))) for a in t.arxiv]
        search: Callable[[str], list[ExternalWork]] = client.search_works
    elif isinstance(client, SemanticScholar):
        out += [(f"doi:{d}", lambda d=d: _one(client.paper(f"DOI:{d}"))) for d in t.dois]
        out += [(f"arxiv:{a}", lambda a=a: _one(client.paper(f"ARXIV:{a}"))) for a in t.arxiv]
        search = client.search
    elif isinstance(client, Arxiv):
        out += [(f"arxiv:{a}", lambda a=a: _one(client.paper(a))) for a in t.arxiv]
        search = client.search
    elif isinstance(client, OpenReview):
        out += [(f"openreview:{o}", lambda o=o: _one(client.note(o))) for o in t.openreview]
        search = client.search
    elif isinstance(client, Dblp):
        search = client.search
    else:
        raise ConfigError(f"no lookups for source {client.name!r}")
    if t.title:
        out.append(("title search", lambda: search(t.title or "")))
    return out


def look_up(client: HttpSource, idx: Index, t: Target) -> tuple[Decision, ExternalWork | None]:
    """Try one source's lookups for a work until a record matches it. OfflineError propagates."""
    reason = "the source has no way to look this work up (no identifier it knows, no title)"
    tried: list[str] = []
    for how, call in lookups(client, t):
        try:
            records = call()
        except OfflineError:
            raise
        except Exception as exc:  # noqa: BLE001 - one work's failure (HTTP error, bad answer, bug) stops no other
            return Decision(t.id, client.name, "failed", f"{type(exc).__name__}: {exc}", how), None
        tried.append(how)
        if not records:
            reason = f"not found by {', '.join(tried)}"
        for ext in records:
            wid, rule, evidence = match(idx, ext)
            if wid == t.id:
                ev = {**evidence, "lookup": how, "url": ext.url}
                return Decision(t.id, client.name, "matched", rule, how, ext.external_id, ev), ext
            reason = (f"the record {ext.external_id} found by {how} matches another stored work ({wid})" if wid
                      else f"the record {ext.external_id} found by {how} does not match: {rule}")
    return Decision(t.id, client.name, "unmatched", reason, ", ".join(tried) or None), None


def targets(db: Dialect, idx: Index, person: str | None = None, limit: int | None = None) -> list[Target]:
    """The stored works to look up (one person's when ``person`` is a person id), by id."""
    if person:
        rows = db.query("SELECT DISTINCT w.id, w.title, w.year FROM works w JOIN authorships a ON a.work_id = w.id"
                        " WHERE a.person_id = ? ORDER BY w.id", (person,))
    else:
        rows = db.query("SELECT id, title, year FROM works ORDER BY id")
    out = {r[0]: Target(r[0], r[1], r[2]) for r in (rows[:limit] if limit is not None else rows)}
    for attr, table in (("dois", idx.doi), ("arxiv", idx.arxiv), ("openreview", idx.openreview)):
        for key, wids in sorted(table.items()):
            for wid in wids:
                if wid in out and not (attr == "dois" and key.startswith("10.48550/arxiv.")):
                    getattr(out[wid], attr).append(key)   # arXiv DOIs are looked up as arXiv ids
    return list(out.values())


@dataclass
class OnlineReport:
    works: int = 0
    sources: list[str] = field(default_factory=list)
    decisions: list[Decision] = field(default_factory=list)
    skipped: int = 0             # (work, source) pairs already enriched (use refresh to redo them)
    values: int = 0

    def counts(self) -> dict[str, int]:
        c = Counter(d.status for d in self.decisions)
        return {k: c.get(k, 0) for k in ("matched", "unmatched", "failed")}

    def summary(self) -> str:
        c = self.counts()
        rules = Counter(f"{d.source} by {d.rule}" for d in self.decisions if d.status == "matched")
        by = ", ".join(f"{n} {r}" for r, n in sorted(rules.items())) or "none"
        skip = f"; skipped {self.skipped} already enriched" if self.skipped else ""
        return (f"looked up {self.works} works in {', '.join(self.sources)}: matched {c['matched']} ({by}); "
                f"unmatched {c['unmatched']}; failed {c['failed']}{skip}; stored {self.values} values")

    def to_dict(self) -> dict[str, Any]:
        return {"works": self.works, "sources": self.sources, **self.counts(), "skipped": self.skipped,
                "values": self.values, "decisions": [d.to_dict() for d in self.decisions]}


def enrich_online(db: Dialect, clients: list[HttpSource], person: str | None = None, limit: int | None = None,
                  refresh: bool = False, on_work: Callable[[int, int], None] | None = None,
                  batch: int = 100) -> OnlineReport:
    """Look up the stored works in every client's source and store the matched records' values."""
    enrich_store.ensure_tables(db)
    idx = build_index(db)
    todo = targets(db, idx, person, limit)
    done = set() if refresh else {(r[0], r[1]) for r in db.query("SELECT DISTINCT work_id, source FROM enrichment")}
    report = OnlineReport(works=len(todo), sources=[c.name for c in clients])
    rows: list[enrich_store.Enriched] = []
    if on_work:
        on_work(0, len(todo))
    try:
        for n, t in enumerate(todo, 1):
            for client in clients:
                if (t.id, client.name) in done:
                    report.skipped += 1
                    continue
                decision, ext = look_up(client, idx, t)
                report.decisions.append(decision)
                if ext is not None:
                    rows += ext.enriched(t.id, decision.rule, decision.evidence, client.retrieved_at or "")
            if on_work:
                on_work(n, len(todo))
            if n % batch == 0 and rows:
                report.values += enrich_store.save(db, rows)
                rows = []
    finally:   # keep what was matched before an OfflineError (or an interrupt)
        if rows:
            report.values += enrich_store.save(db, rows)
    return report
