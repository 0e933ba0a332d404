"""OpenReview API v2 (https://api2.openreview.net): submissions as notes, venue and decision text.

Documented shape: ``GET /notes?id=...`` (or ``?forum=``) answers ``{"notes": [Note], "count"}``;
a Note has ``id``, ``forum``, ``cdate``/``pdate`` (ms since epoch) and ``content`` whose fields
are ``{"value": ...}`` objects: ``title``, ``authors``, ``abstract``, ``venue`` (e.g.
"ICLR 2024 poster"), ``venueid`` (e.g. "ICLR.cc/2024/Conference").
"""
from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from .http import HttpSource
from .records import ExternalWork

API = "https://api2.openreview.net"


def _v(content: dict[str, Any], key: str) -> Any:
    item = content.get(key)
    return item.get("value") if isinstance(item, dict) else item


def parse_note(n: dict[str, Any]) -> ExternalWork:
    c = n.get("content") or {}
    ms = n.get("pdate") or n.get("cdate")
    year = datetime.fromtimestamp(ms / 1000, timezone.utc).year if isinstance(ms, (int, float)) else None
    return ExternalWork(
        source="openreview", external_id=str(n.get("forum") or n.get("id") or ""), title=_v(c, "title"), year=year,
        openreview_id=n.get("forum") or n.get("id"), authors=list(_v(c, "authors") or []), venue=_v(c, "venue"),
        abstract=_v(c, "abstract"), type=_v(c, "venueid"), url=f"https://openreview.net/forum?id={n.get('forum') or n.get('id')}")


class OpenReview(HttpSource):
    name = "openreview"
    min_interval = 0.5

    def note(self, note_id: str) -> ExternalWork | None:
        data, _ = self.get_json(f"{API}/notes", {"id": note_id})
        notes = (data or {}).get("notes") or []
        return parse_note(notes[0]) if notes else None

    def search(self, title: str, limit: int = 5) -> list[ExternalWork]:
        data, _ = self.get_json(f"{API}/notes/search", {"term": title, "type": "terms", "content": "title",
                                                         "source": "forum", "limit": limit})
        return [parse_note(n) for n in (data or {}).get("notes") or []]
