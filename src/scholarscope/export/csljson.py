"""CSL-JSON (citeproc input): one item per work, in the published csl-data.json schema."""
from __future__ import annotations

import json
from typing import Any

from .common import arxiv_id, best_claim, split_name, url_of

_TYPE = {"conference": "paper-conference", "workshop": "paper-conference", "findings": "paper-conference",
         "journal": "article-journal", "preprint": "article", "other": "document"}


def _author(name: str) -> dict[str, str]:
    given, family = split_name(name)
    return {"family": family, "given": given} if given else {"literal": family}


def item(work: dict[str, Any]) -> dict[str, Any]:
    claim = best_claim(work)
    out: dict[str, Any] = {"id": work["id"], "type": _TYPE.get(work.get("type") or claim.get("type") or "", "document"),
                           "title": work.get("title") or claim.get("title") or "",
                           "author": [_author(a) for a in claim.get("authors") or [] if a.strip()]}
    year = claim.get("year") or work.get("year")
    if year:
        out["issued"] = {"date-parts": [[int(year)]]}
    venue = claim.get("venue_raw") or work.get("venue")
    if venue:
        out["container-title"] = venue
    if work.get("venue"):
        out["container-title-short"] = work["venue"]
    if claim.get("doi"):
        out["DOI"] = claim["doi"]
    if url_of(claim):
        out["URL"] = url_of(claim)
    if arxiv_id(claim):
        out["number"] = f"arXiv:{arxiv_id(claim)}"
    if claim.get("note"):
        out["note"] = claim["note"]
    out["custom"] = {"sources": work.get("sources") or [], "role": work.get("role")}
    return out


def render(view: dict[str, Any]) -> str:
    return json.dumps([item(w) for w in view.get("works") or []], ensure_ascii=False, indent=2) + "\n"
