"""DBLP publication search (https://dblp.org/search/publ/api?format=json): venue, year, type, authors.

Documented shape: ``{"result": {"hits": {"@total", "hit": [{"@score", "@id", "info": {...}}]}}}``;
``info`` has ``authors.author`` (one object or a list of ``{"@pid", "text"}``), ``title`` (ending in
a period), ``venue``, ``year`` (a string), ``type`` ("Conference and Workshop Papers", "Journal
Articles", "Informal and Other Publications"), ``key``, ``doi``, ``ee``, ``url``.
"""
from __future__ import annotations

from typing import Any

from .http import HttpSource
from .records import ExternalWork, norm_arxiv, norm_doi

API = "https://dblp.org/search/publ/api"


def parse_hit(hit: dict[str, Any]) -> ExternalWork:
    info = hit.get("info") or {}
    authors = (info.get("authors") or {}).get("author") or []
    if isinstance(authors, dict):
        authors = [authors]
    ee = info.get("ee") or ""
    ees = ee if isinstance(ee, list) else [ee]
    year = str(info.get("year") or "")
    return ExternalWork(
        source="dblp", external_id=str(info.get("key") or hit.get("@id") or ""),
        title=(info.get("title") or "").rstrip(".") or None, year=int(year) if year.isdigit() else None,
        doi=norm_doi(info.get("doi")) or next((d for d in map(norm_doi, ees) if d), None),
        arxiv_id=next((a for a in map(norm_arxiv, ees) if a), None),
        authors=[a.get("text") or "" for a in authors], venue=info.get("venue") if isinstance(info.get("venue"), str)
        else ", ".join(info.get("venue") or []) or None, type=info.get("type"), url=info.get("url"))


class Dblp(HttpSource):
    name = "dblp"
    min_interval = 1.0

    def search(self, query: str, limit: int = 10) -> list[ExternalWork]:
        data, _ = self.get_json(API, {"q": query, "format": "json", "h": limit})
        hits = (((data or {}).get("result") or {}).get("hits") or {}).get("hit") or []
        return [parse_hit(h) for h in hits]
