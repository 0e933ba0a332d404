"""arXiv API (http://export.arxiv.org/api/query): Atom feed; the primary category is the field tag.

Documented shape: ``<feed>`` of ``<entry>`` with ``<id>`` (http://arxiv.org/abs/ID vN),
``<published>``, ``<title>``, ``<summary>``, ``<author><name>``, ``<arxiv:primary_category
term=...>``, ``<category term=...>``, optional ``<arxiv:doi>`` and ``<arxiv:journal_ref>``.
arXiv asks for no more than one request every three seconds.
"""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from typing import Any

from .http import HttpSource, SourceError
from .records import ExternalWork

API = "http://export.arxiv.org/api/query"
NS = {"a": "http://www.w3.org/2005/Atom", "arxiv": "http://arxiv.org/schemas/atom"}


def _text(el: ET.Element, path: str) -> str | None:
    found = el.find(path, NS)
    return " ".join(found.text.split()) if found is not None and found.text else None


def parse_feed(xml: str) -> list[ExternalWork]:
    try:
        root = ET.fromstring(xml)
    except ET.ParseError as exc:
        raise SourceError(f"arxiv: not an Atom feed ({exc})") from exc
    out = []
    for e in root.findall("a:entry", NS):
        raw_id = _text(e, "a:id") or ""
        m = re.search(r"abs/(.+?)(v\d+)?$", raw_id)
        if not m:
            continue  # the API reports errors as an entry without an abs/ id
        prim = e.find("arxiv:primary_category", NS)
        published = _text(e, "a:published") or ""
        out.append(ExternalWork(
            source="arxiv", external_id=m.group(1), title=_text(e, "a:title"),
            year=int(published[:4]) if published[:4].isdigit() else None, doi=(_text(e, "arxiv:doi") or "").lower() or None,
            arxiv_id=m.group(1).lower(), authors=[_text(a, "a:name") or "" for a in e.findall("a:author", NS)],
            venue=_text(e, "arxiv:journal_ref"), category=prim.get("term") if prim is not None else None,
            abstract=_text(e, "a:summary"), type="preprint", url=raw_id))
    return out


class Arxiv(HttpSource):
    name = "arxiv"
    min_interval = 3.0

    def papers(self, ids: list[str]) -> list[ExternalWork]:
        r = self.get(API, {"id_list": ",".join(ids), "max_results": len(ids)})
        return parse_feed(r.text) if r.status == 200 else []

    def paper(self, arxiv_id: str) -> ExternalWork | None:
        got = self.papers([arxiv_id])
        return got[0] if got else None

    def search(self, title: str, limit: int = 5) -> list[ExternalWork]:
        q: dict[str, Any] = {"search_query": f'ti:"{title}"', "max_results": limit}
        r = self.get(API, q)
        return parse_feed(r.text) if r.status == 200 else []
