"""Semantic Scholar Academic Graph API (https://api.semanticscholar.org/graph/v1).

Documented shapes used: a Paper (``/paper/{id}?fields=...``) has ``paperId``, ``externalIds``
({"DOI", "ArXiv", "DBLP", "CorpusId", ...}), ``title``, ``year``, ``venue``, ``citationCount``,
``authors`` ([{authorId, name}]) and ``abstract``; ids may be given as ``DOI:...``, ``ARXIV:...``,
``CorpusId:...``. Search (``/paper/search``) answers ``{"total", "offset", "data": [Paper]}``.
"""
from __future__ import annotations

from typing import Any

from .http import HttpSource
from .records import ExternalWork

API = "https://api.semanticscholar.org/graph/v1"
FIELDS = "title,year,venue,citationCount,externalIds,authors,abstract,publicationTypes"


def parse_paper(p: dict[str, Any]) -> ExternalWork:
    ids = p.get("externalIds") or {}
    return ExternalWork(
        source="semanticscholar", external_id=str(p.get("paperId") or ""), title=p.get("title"), year=p.get("year"),
        doi=(ids.get("DOI") or "").lower() or None, arxiv_id=(ids.get("ArXiv") or "").lower() or None,
        authors=[a.get("name") or "" for a in p.get("authors") or []], venue=p.get("venue") or None,
        cited_by_count=p.get("citationCount"), abstract=p.get("abstract"),
        type=",".join(p.get("publicationTypes") or []) or None,
        url=f"https://www.semanticscholar.org/paper/{p.get('paperId')}")


class SemanticScholar(HttpSource):
    name = "semanticscholar"
    min_interval = 1.1   # the shared unauthenticated pool: about one request a second

    def __init__(self, api_key: str | None = None, **kw: Any) -> None:
        super().__init__(headers={"x-api-key": api_key} if api_key else None, **kw)

    def paper(self, key: str) -> ExternalWork | None:
        """A paper by S2 id, 'DOI:...', 'ARXIV:...' or 'CorpusId:...'."""
        data, _ = self.get_json(f"{API}/paper/{key}", {"fields": FIELDS})
        return parse_paper(data) if data else None

    def search(self, title: str, year: int | None = None, limit: int = 5) -> list[ExternalWork]:
        data, _ = self.get_json(f"{API}/paper/search", {"query": title, "year": year, "limit": limit,
                                                        "fields": FIELDS})
        return [parse_paper(p) for p in (data or {}).get("data") or []]
