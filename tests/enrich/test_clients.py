"""Clients against recorded responses (hand-written in each API's documented shape); no network."""
from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from scholarscope.enrich.arxiv import Arxiv
from scholarscope.enrich.dblp import Dblp
from scholarscope.enrich.http import OfflineError, SourceError
from scholarscope.enrich.openalex import OpenAlex
from scholarscope.enrich.openreview import OpenReview
from scholarscope.enrich.semanticscholar import SemanticScholar

DATA = Path(__file__).resolve().parents[1] / "data" / "enrich"


def recorded(routes: dict[str, str], seen: list[str] | None = None) -> httpx.MockTransport:
    """A transport answering each request whose path contains a key with that recorded file."""
    def handler(request: httpx.Request) -> httpx.Response:
        if seen is not None:
            seen.append(str(request.url))
        for key, name in routes.items():
            if key in request.url.path:
                ctype = "application/atom+xml" if name.endswith(".xml") else "application/json"
                return httpx.Response(200, text=(DATA / name).read_text("utf-8"), headers={"content-type": ctype})
        return httpx.Response(404, json={"error": "not found"})
    return httpx.MockTransport(handler)


def kw(tmp_path: Path, transport: httpx.MockTransport) -> dict:
    return {"cache_dir": tmp_path / "cache", "transport": transport, "sleep": lambda s: None, "offline": False}


def test_openalex_work_and_author(tmp_path: Path) -> None:
    seen: list[str] = []
    oa = OpenAlex(mailto="me@example.org", **kw(tmp_path, recorded({"/works/": "openalex_work.json",
                                                                   "/authors/": "openalex_author.json"}, seen)))
    w = oa.work("10.48550/arXiv.2310.04417")
    assert w is not None and w.external_id == "W4387000001" and w.cited_by_count == 15
    assert w.arxiv_id == "2310.04417" and w.doi == "10.48550/arxiv.2310.04417" and w.year == 2023
    assert w.authors == ["Kevin Liu", "Zainab Haddad", "Percy Mendez"]
    assert w.abstract == "In-context learners are overconfident."
    assert "works/doi:10.48550/arxiv.2310.04417" in seen[0] and "mailto=me%40example.org" in seen[0]
    a = oa.author("A5000000002")
    assert a is not None and a["h_index"] == 3 and a["i10_index"] == 2 and a["works_count"] == 11


def test_cache_answers_without_network(tmp_path: Path) -> None:
    seen: list[str] = []
    OpenAlex(**kw(tmp_path, recorded({"/works/": "openalex_work.json"}, seen))).work("W4387000001")
    again = OpenAlex(cache_dir=tmp_path / "cache", offline=True).work("W4387000001")
    assert len(seen) == 1 and again is not None and again.cited_by_count == 15


def test_offline_error_is_clear(tmp_path: Path) -> None:
    with pytest.raises(OfflineError, match="offline mode and no cached answer"):
        OpenAlex(cache_dir=tmp_path, offline=True).work("W1")

    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("Name or service not known", request=request)

    with pytest.raises(OfflineError, match="cannot reach"):
        OpenAlex(**kw(tmp_path, httpx.MockTransport(refuse))).work("W1")


def test_retries_with_backoff_then_succeeds(tmp_path: Path) -> None:
    answers = iter([httpx.Response(429, headers={"Retry-After": "2"}), httpx.Response(503),
                    httpx.Response(200, text=(DATA / "semanticscholar_paper.json").read_text("utf-8"))])
    sleeps: list[float] = []
    s2 = SemanticScholar(cache_dir=tmp_path, transport=httpx.MockTransport(lambda r: next(answers)),
                         sleep=sleeps.append, offline=False, backoff=0.5)
    p = s2.paper("ARXIV:2310.04417")
    assert p is not None and p.cited_by_count == 17 and p.arxiv_id == "2310.04417"
    assert 2.0 in sleeps and 1.0 in sleeps          # Retry-After honoured, then 0.5 * 2**1 backoff


def test_gives_up_after_retries(tmp_path: Path) -> None:
    s2 = SemanticScholar(cache_dir=tmp_path, transport=httpx.MockTransport(lambda r: httpx.Response(500)),
                         sleep=lambda s: None, offline=False, retries=2)
    with pytest.raises(SourceError, match="failed after 3 tries"):
        s2.paper("DOI:10.1/x")


def test_arxiv_feed(tmp_path: Path) -> None:
    ax = Arxiv(**kw(tmp_path, recorded({"/api/query": "arxiv_query.xml"})))
    p = ax.paper("2310.04417")
    assert p is not None and p.category == "cs.LG" and p.arxiv_id == "2310.04417" and p.year == 2023
    assert p.title == "Calibrated Uncertainty for In-Context Learners" and len(p.authors) == 3


def test_openreview_note(tmp_path: Path) -> None:
    n = OpenReview(**kw(tmp_path, recorded({"/notes": "openreview_notes.json"}))).note("Zh4aX2pQ9b")
    assert n is not None and n.openreview_id == "Zh4aX2pQ9b" and n.venue == "NeurIPS 2023 oral"
    assert n.year == 2023 and n.authors[0] == "Zainab Haddad"


def test_dblp_search(tmp_path: Path) -> None:
    hits = Dblp(**kw(tmp_path, recorded({"/search/publ/api": "dblp_search.json"}))).search("mixture priors")
    assert [h.title for h in hits] == ["Learning Invariant Features with Mixture Priors", "Mixture Priors Revisited"]
    assert hits[0].venue == "ICML" and hits[0].year == 2022 and hits[0].authors == ["Zainab Haddad", "Percy Mendez"]
    assert hits[1].authors == ["Someone Else"] and hits[1].arxiv_id == "2101.00001"
    assert hits[1].doi == "10.48550/arxiv.2101.00001"


def test_records_become_enrichment_rows(tmp_path: Path) -> None:
    p = Arxiv(**kw(tmp_path, recorded({"/api/query": "arxiv_query.xml"}))).paper("2310.04417")
    assert p is not None
    rows = {r.field: r for r in p.enriched("W1", "arxiv", {"arxiv": "2310.04417"}, "2025-10-02")}
    assert rows["category"].value == "cs.LG" and rows["category"].retrieved_at == "2025-10-02"
    assert rows["category"].source == "arxiv" and rows["category"].match_rule == "arxiv"
