"""JSON Resume (jsonresume.org schema 1.x): basics, education, work, awards, publications."""
from __future__ import annotations

import json
import re
from typing import Any

from .common import best_claim, url_of

_DATE = re.compile(r"^[12]\d{3}(-[01]\d(-[0-3]\d)?)?$")


def _date(value: Any) -> str | None:
    """ISO 8601 partial dates only; anything else is left out rather than invented."""
    return value if isinstance(value, str) and _DATE.match(value) else None


def _clean(d: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if v not in (None, "", [])}


def _basics(view: dict[str, Any]) -> dict[str, Any]:
    emails = [e for c in view.get("contact") or [] for e in c.get("emails") or []]
    pages = [u for c in view.get("contact") or [] for u in c.get("homepages") or [] if u.startswith("http")]
    return _clean({"name": view.get("name"), "email": emails[0] if emails else None,
                   "url": pages[0] if pages else None})


def render(view: dict[str, Any]) -> str:
    resume = {
        "basics": _basics(view),
        "education": [_clean({"institution": e.get("institution") or "", "studyType": e.get("degree"),
                              "area": e.get("field"), "startDate": _date(e.get("start")),
                              "endDate": _date(e.get("end")), "score": e.get("gpa")})
                      for e in view.get("education") or []],
        "work": [_clean({"name": p.get("org"), "position": p.get("title"), "location": p.get("location"),
                         "startDate": _date(p.get("start")), "endDate": _date(p.get("end"))})
                 for p in view.get("positions") or [] if p.get("kind") != "teaching"],
        "awards": [_clean({"title": a.get("name"), "date": _date(a.get("date"))}) for a in view.get("awards") or []],
        "publications": [_publication(w) for w in view.get("works") or []],
    }
    return json.dumps(_clean(resume), ensure_ascii=False, indent=2) + "\n"


def _publication(work: dict[str, Any]) -> dict[str, Any]:
    claim = best_claim(work)
    year = claim.get("year") or work.get("year")
    return _clean({"name": work.get("title"), "publisher": claim.get("venue_raw") or work.get("venue"),
                   "releaseDate": str(year) if year else None, "url": url_of(claim)})
