"""OpenAlex (https://api.openalex.org): works and authors, and the parser the snapshot import shares.

Documented shapes used: a Work has ``id``, ``doi``, ``title``/``display_name``,
``publication_year``, ``type``, ``cited_by_count``, ``counts_by_year`` ([{year, cited_by_count}]),
``authorships`` ([{author: {id, display_name}, author_position}]), ``primary_location``
({source: {display_name, type}, landing_page_url}), ``locations``, ``ids`` and
``abstract_inverted_index``. Lists answer ``{"meta": {...}, "results": [...]}``.
"""
from __future__ import annotations

from typing import Any

from .http import HttpSource
from .records import ExternalWork, abstract_from_inverted, norm_arxiv, norm_doi, norm_openreview

API = "https://api.openalex.org"


def _locations(w: dict[str, Any]) -> list[str]:
    urls = []
    for loc in [w.get("primary_location") or {}, *(w.get("locations") or [])]:
        urls += [loc.get("landing_page_url") or "", loc.get("pdf_url") or ""]
    return [u for u in urls if u]


def parse_work(w: dict[str, Any]) -> ExternalWork:
    """One OpenAlex Work object (API answer or snapshot line) -> ExternalWork."""
    urls = _locations(w)
    ids = w.get("ids") or {}
    source = ((w.get("primary_location") or {}).get("source") or {})
    arxiv = next((a for a in map(norm_arxiv, urls) if a), None)
    if arxiv is None and str(w.get("doi") or "").lower().startswith("https://doi.org/10.48550/arxiv."):
        arxiv = str(w["doi"]).lower().rsplit("arxiv.", 1)[1]
    return ExternalWork(
        source="openalex", external_id=str(w.get("id") or "").rsplit("/", 1)[-1],
        title=w.get("title") or w.get("display_name"), year=w.get("publication_year"),
        doi=norm_doi(w.get("doi") or ids.get("doi")), arxiv_id=arxiv,
        openreview_id=next((o for o in map(norm_openreview, urls) if o), None),
        authors=[(a.get("author") or {}).get("display_name") or "" for a in w.get("authorships") or []],
        venue=source.get("display_name"), cited_by_count=w.get("cited_by_count"),
        abstract=abstract_from_inverted(w.get("abstract_inverted_index")), type=w.get("type"),
        counts_by_year=w.get("counts_by_year") or None, url=w.get("id"))


class OpenAlex(HttpSource):
    """Works by DOI / OpenAlex id / title search, authors by id. Polite pool: give ``mailto``."""

    name = "openalex"
    min_interval = 0.2   # OpenAlex allows 10 requests/s; we stay well below

    def __init__(self, mailto: str | None = None, **kw: Any) -> None:
        super().__init__(**kw)
        self.mailto = mailto

    def work(self, key: str) -> ExternalWork | None:
        """A work by OpenAlex id (W...), DOI, or 'doi:...'."""
        doi = norm_doi(key)
        ref = f"doi:{doi}" if doi else key
        data, r = self.get_json(f"{API}/works/{ref}", {"mailto": self.mailto})
        return parse_work(data) if data else None

    def search_works(self, title: str, year: int | None = None, per_page: int = 5) -> list[ExternalWork]:
        flt = f"title.search:{title.replace(',', ' ')}" + (f",publication_year:{year}" if year else "")
        data, _ = self.get_json(f"{API}/works", {"filter": flt, "per-page": per_page, "mailto": self.mailto})
        return [parse_work(w) for w in (data or {}).get("results") or []]

    def author(self, author_id: str) -> dict[str, Any] | None:
        """An Author: display_name, works_count, cited_by_count, summary_stats (h_index, i10_index)."""
        data, _ = self.get_json(f"{API}/authors/{author_id}", {"mailto": self.mailto})
        if not data:
            return None
        stats = data.get("summary_stats") or {}
        return {"id": str(data.get("id", "")).rsplit("/", 1)[-1], "name": data.get("display_name"),
                "works_count": data.get("works_count"), "cited_by_count": data.get("cited_by_count"),
                "h_index": stats.get("h_index"), "i10_index": stats.get("i10_index"),
                "orcid": data.get("orcid")}
