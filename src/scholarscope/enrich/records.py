"""One external record of a work, as every enrichment source is reduced to, and its stored values."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from .store import Enriched

_DOI = re.compile(r"10\.\d{4,9}/[^\s\"<>]+", re.I)
_ARXIV = re.compile(r"(?:arxiv\.org/(?:abs|pdf)/|arxiv[:\s]\s*)(\d{4}\.\d{4,5}|[a-z\-]+(?:\.[A-Z]{2})?/\d{7})", re.I)
_OPENREVIEW = re.compile(r"openreview\.net/(?:forum|pdf)\?id=([A-Za-z0-9_\-]+)")


def norm_doi(text: str | None) -> str | None:
    m = _DOI.search(text or "")
    return m.group(0).rstrip(".,;)").lower() if m else None


def norm_arxiv(text: str | None) -> str | None:
    m = _ARXIV.search(text or "")
    return m.group(1).lower() if m else None


def norm_openreview(text: str | None) -> str | None:
    m = _OPENREVIEW.search(text or "")
    return m.group(1) if m else None


# the fields stored in the enrichment table, when the record has them
STORED = ("cited_by_count", "venue", "year", "authors", "doi", "arxiv_id", "category", "abstract", "type",
          "counts_by_year")


@dataclass
class ExternalWork:
    source: str                       # openalex | semanticscholar | arxiv | openreview | dblp
    external_id: str
    title: str | None = None
    year: int | None = None
    doi: str | None = None
    arxiv_id: str | None = None
    openreview_id: str | None = None
    authors: list[str] = field(default_factory=list)
    venue: str | None = None
    cited_by_count: int | None = None
    category: str | None = None       # arXiv primary category, e.g. cs.LG
    abstract: str | None = None
    type: str | None = None
    counts_by_year: list[dict[str, int]] | None = None
    url: str | None = None

    def enriched(self, work_id: str, rule: str, evidence: Any, retrieved_at: str) -> list[Enriched]:
        """The record's values as enrichment rows for one stored work."""
        out = []
        for name in STORED:
            value = getattr(self, name)
            if value not in (None, "", []):
                out.append(Enriched(work_id, self.source, name, value, self.external_id, retrieved_at, rule, evidence))
        return out


def abstract_from_inverted(index: dict[str, list[int]] | None) -> str | None:
    """OpenAlex stores abstracts as word -> positions; rebuild the text."""
    if not index:
        return None
    slots: dict[int, str] = {}
    for word, positions in index.items():
        for p in positions:
            slots[p] = word
    return " ".join(slots[k] for k in sorted(slots)) or None
