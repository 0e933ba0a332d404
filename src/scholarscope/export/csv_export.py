"""CSV: one row per work of the person, with role, venue and sources (stdlib csv quoting)."""
from __future__ import annotations

import csv
import io
from typing import Any

from .common import best_claim

COLUMNS = ["work_id", "year", "title", "authors", "role", "venue", "venue_raw", "type", "doi", "links", "sources"]


def render(view: dict[str, Any]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for w in view.get("works") or []:
        c = best_claim(w)
        writer.writerow([w["id"], w.get("year") or "", w.get("title") or "", "; ".join(c.get("authors") or []),
                         w.get("role") or "", w.get("venue") or "", c.get("venue_raw") or "", w.get("type") or "",
                         c.get("doi") or "", " ".join(c.get("links") or []), "; ".join(w.get("sources") or [])])
    return out.getvalue()
