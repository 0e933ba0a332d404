"""Online enrichment end to end: a real store (SQLite and PostgreSQL), the real clients, and an httpx
MockTransport replaying recorded answers (tests/data/enrich/online, in each API's documented shape).
No test touches the network."""
from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path
from typing import Any
from urllib.parse import unquote_plus

import httpx
import pytest

from scholarscope.enrich import online
from scholarscope.enrich import store as enrich_store
from scholarscope.enrich.http import OfflineError
from scholarscope.store import Store, ingest

DATA = Path(__file__).resolve().parents[1] / "data" / "enrich" / "online"
CV = """# Ada Quinn

## Publications

1. **Ada Quinn**, Bo Chan. Sparse widgets for graphs. *ICML 2022*. https://doi.org/10.1000/widgets.2022
2. **Ada Quinn**, Cy Dale. Dense widgets for text. *arXiv 2023*. https://arxiv.org/abs/2301.01234
3. Cy Dale, **Ada Quinn**. Widget calibration at scale. *NeurIPS 2023*. https://openreview.net/forum?id=WdgCal2023x
4. **Ada Quinn**. Widgets revisited. *AAAI 2021*.
5. **Ada Quinn**, Eve Fox. A widget nobody indexed. *Widget Workshop 2020*.
6. Bo Chan, **Ada Quinn**. Failing widgets. *ICLR 2024*.
"""
CO_AUTHOR_CV = """# Eve Fox

## Publications

1. **Eve Fox**, Ada Quinn. A widget nobody indexed. *Widget Workshop 2020*.
2. **Eve Fox**. Foxes and widgets. *AAAI 2019*.
"""


def replay(seen: list[str], cut_after: int | None = None) -> httpx.MockTransport:
    """Answer from routes.json; after ``cut_after`` requests every request raises ConnectError (network gone)."""
    routes = json.loads((DATA / "routes.json").read_text("utf-8"))

    def handler(request: httpx.Request) -> httpx.Response:
        url = unquote_plus(str(request.url))
        if cut_after is not None and len(seen) >= cut_after:
            raise httpx.ConnectError("Name or service not known", request=request)
        seen.append(url)
        for r in routes:
            if all(m in url for m in r["match"]):
                if "file" not in r:
                    return httpx.Response(r["status"])
                return httpx.Response(200, text=(DATA / r["file"]).read_text("utf-8"))
        return httpx.Response(404, json={"error": "not found"})
    return httpx.MockTransport(handler)


def clients(tmp: Path, names: list[str], seen: list[str], **kw: Any) -> list[Any]:
    return online.make_clients(names, cache_dir=None, transport=replay(seen, kw.pop("cut_after", None)),
                               sleep=lambda s: None, offline=False, **kw)


@pytest.fixture()
def library(library_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("SCHOLARSCOPE_CACHE", str(tmp_path / "cache"))
    (tmp_path / "ada.md").write_text(CV, "utf-8")
    (tmp_path / "eve.md").write_text(CO_AUTHOR_CV, "utf-8")
    ingest([tmp_path / "ada.md", tmp_path / "eve.md"], library_url)
    return library_url


def titles(db: Any) -> dict[str, str]:
    return {t: w for w, t in db.query("SELECT id, title FROM works")}


def test_openalex_doi_arxiv_title_unmatched_and_failed(library: str, tmp_path: Path) -> None:
    seen: list[str] = []
    with Store(library) as store:
        report = online.enrich_online(store.db, clients(tmp_path, ["openalex"], seen))
        rows = enrich_store.load(store.db)
        ids = titles(store.db)
    by_work = {d.work: d for d in report.decisions}
    d = {t: by_work[w] for t, w in ids.items()}
    assert report.works == 7 and report.counts() == {"matched": 3, "unmatched": 3, "failed": 1}
    sparse = d["Sparse widgets for graphs"]
    assert (sparse.rule, sparse.lookup) == ("doi", "doi:10.1000/widgets.2022")
    assert (d["Dense widgets for text"].rule, d["Dense widgets for text"].lookup) == ("arxiv", "arxiv:2301.01234")
    # OpenAlex has no OpenReview-id lookup: the title search found 2 works, one of which lists the forum
    cal = d["Widget calibration at scale"]
    assert (cal.rule, cal.lookup, cal.external_id) == ("openreview", "title search", "W4400000103")
    assert cal.evidence["openreview"] == "WdgCal2023x" and cal.evidence["url"].endswith("W4400000103")
    assert "does not match" in d["Widgets revisited"].rule          # same title, other authors: not stored
    assert d["A widget nobody indexed"].rule == "not found by title search"
    assert d["Failing widgets"].status == "failed" and "HTTP 500" in d["Failing widgets"].rule
    assert sum("Failing widgets" in u for u in seen) == 5   # 1 try + 4 retries
    # works after the failing one were still looked up, and only matched works got values
    assert set(rows) == {ids["Sparse widgets for graphs"], ids["Dense widgets for text"],
                         ids["Widget calibration at scale"]}
    cites = {e.field: e for e in rows[ids["Sparse widgets for graphs"]]}["cited_by_count"]
    today = datetime.now(timezone.utc).date().isoformat()
    assert (cites.value, cites.source, cites.external_id, cites.retrieved_at) == (12, "openalex", "W4400000101", today)
    assert cites.match_rule == "doi" and cites.match_evidence["lookup"] == "doi:10.1000/widgets.2022"
    assert report.values == sum(len(v) for v in rows.values())


def test_every_source_by_its_own_identifier(library: str, tmp_path: Path) -> None:
    seen: list[str] = []
    with Store(library) as store:
        pid = store.db.query("SELECT id FROM persons WHERE name = 'Ada Quinn'")[0][0]
        report = online.enrich_online(store.db, clients(tmp_path, ["semanticscholar", "arxiv", "openreview", "dblp"],
                                                        seen), person=pid)
        rows = enrich_store.load(store.db)
        ids = titles(store.db)
    assert report.works == 6          # Ada's works only, not Eve's "Foxes and widgets"
    matched = {(d.source, d.rule, d.work) for d in report.decisions if d.status == "matched"}
    assert matched == {("semanticscholar", "doi", ids["Sparse widgets for graphs"]),
                       ("arxiv", "arxiv", ids["Dense widgets for text"]),
                       ("openreview", "openreview", ids["Widget calibration at scale"]),
                       ("dblp", "title+year+authors", ids["Widgets revisited"])}
    rev = next(d for d in report.decisions if d.source == "dblp" and d.status == "matched")
    assert rev.evidence["shared_authors"] == ["quinn"] and rev.evidence["year_gap"] == 0   # "Again." (2022) lost
    dense = {(e.source, e.field): e.value for e in rows[ids["Dense widgets for text"]]}
    assert dense[("arxiv", "category")] == "cs.CL"
    cal = {(e.source, e.field): e.value for e in rows[ids["Widget calibration at scale"]]}
    assert cal[("openreview", "venue")] == "NeurIPS 2023 poster"
    s2 = {(e.source, e.field): e for e in rows[ids["Sparse widgets for graphs"]]}
    assert s2[("semanticscholar", "cited_by_count")].value == 14
    # DBLP cannot look up a DOI: it searched the title instead; arXiv was never asked for a DOI
    assert not any("dblp.org" in u and "10.1000" in u for u in seen)
    assert not any("export.arxiv.org" in u and "10.1000" in u for u in seen)


def test_rerun_skips_done_pairs_and_refresh_uses_the_cache(library: str, tmp_path: Path) -> None:
    seen: list[str] = []
    with Store(library) as store:
        first = online.enrich_online(store.db, clients(tmp_path, ["openalex"], seen))
        n = len(seen)
        again = online.enrich_online(store.db, clients(tmp_path, ["openalex"], seen))
        assert again.skipped == first.counts()["matched"] == 3
        refresh = online.enrich_online(store.db, clients(tmp_path, ["openalex"], seen), refresh=True, limit=2)
    assert refresh.works == 2 and refresh.skipped == 0 and len(refresh.decisions) == 2
    # after the first run only the failed work (an HTTP 500 is never cached) reached the transport:
    # the unmatched ones and the refreshed ones were answered from the on-disk cache
    assert len(seen) > n and all("Failing widgets" in u for u in seen[n:])


def test_offline_stops_with_a_clear_error_and_keeps_earlier_values(library: str, tmp_path: Path) -> None:
    seen: list[str] = []
    with Store(library) as store:
        ids = titles(store.db)
        first3 = sorted(ids.values())[:3]      # with no retries each work costs one request here
        with pytest.raises(OfflineError, match="cannot reach"):
            online.enrich_online(store.db, clients(tmp_path, ["openalex"], seen, cut_after=3, retries=0),
                                 batch=1000)
        stored = set(enrich_store.load(store.db))
    matchable = {ids[t] for t in ("Sparse widgets for graphs", "Dense widgets for text", "Widget calibration at scale")}
    assert len(seen) == 3 and stored == matchable & set(first3)


def test_cli_online(library: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from click.testing import CliRunner

    from scholarscope.cli import main

    seen: list[str] = []
    real = online.make_clients
    monkeypatch.setattr(online, "make_clients", lambda names: real(
        names, cache_dir=tmp_path / "c", transport=replay(seen), sleep=lambda s: None, offline=False))
    r = CliRunner().invoke(main, ["enrich", "--online", "--source", "openalex,openreview", "--person", "Ada Quinn",
                                  "--limit", "3", "--json", "--db", library])
    assert r.exit_code == 0, r.output
    report = json.loads(r.stdout)
    assert report["works"] == 3 and report["matched"] + report["unmatched"] + report["failed"] == 6
    assert "looked up 3 works in openalex, openreview" in r.stderr
    r = CliRunner().invoke(main, ["enrich", "--online", "--source", "nosuch", "--db", library])
    assert r.exit_code == 2 and "unknown enrichment source 'nosuch'" in r.output


def test_cli_offline_is_a_clear_non_zero_exit(library: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from click.testing import CliRunner

    from scholarscope.cli import main

    monkeypatch.setenv("SCHOLARSCOPE_OFFLINE", "1")
    r = CliRunner().invoke(main, ["enrich", "--online", "--quiet", "--db", library])
    assert r.exit_code == 1
    assert "offline mode and no cached answer" in r.output and "stopped" in r.output
    r = CliRunner().invoke(main, ["enrich", "--db", library])
    assert r.exit_code == 2 and "--online" in r.output
