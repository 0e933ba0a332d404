"""The JSON API over a real SQLite library: lists, pages, search, errors, upload, contacts, escaping."""
from __future__ import annotations

from pathlib import Path

from .conftest import CVS, person_id


def test_people_paginated(client) -> None:
    first = client.get("/api/people", params={"limit": 3}).json()
    assert len(first["items"]) == 3 and first["total"] > 3 and first["next_offset"] == 3
    second = client.get("/api/people", params={"limit": 3, "offset": 3}).json()
    assert {p["id"] for p in first["items"]}.isdisjoint({p["id"] for p in second["items"]})
    assert first["items"][0]["works"] >= first["items"][-1]["works"]


def test_person_works_sources_and_counts(client) -> None:
    pid = person_id(client, "Zainab Haddad")
    p = client.get(f"/api/people/{pid}").json()
    assert p["counts"]["works"]["value"] == len(p["works"]) > 0
    first = sum(1 for w in p["works"] if w["role"] in ("first", "sole"))
    assert p["counts"]["first_author"]["value"] == first
    for w in p["works"]:
        assert w["claims"] and all(c["document"] and c["span"] for c in w["claims"])
        assert any(a["me"] for c in w["claims"] for a in c["authors_display"]) or not w["role"]
    labels = [m["label"] for m in p["metrics"]]
    assert labels == ["Field", "h-index", "Papers", "Citations", "Novelty", "Score"]
    for m in p["metrics"]:
        assert m["computed"] == (m["value"] is not None)
        assert m["computed"] or m["reason"]  # never a number without a value, never unknown without why


def test_explain_lists_what_it_counted(client) -> None:
    pid = person_id(client, "Zainab Haddad")
    e = client.get(f"/api/people/{pid}/explain/first_author").json()
    assert e["value"] == len(e["works"])
    assert all(w["role"] in ("first", "sole") for w in e["works"])
    h = client.get(f"/api/people/{pid}/explain/h_index").json()
    assert h["computed"] or h["reason"]
    assert client.get(f"/api/people/{pid}/explain/nonsense").status_code == 404


def test_work_page_has_every_claim(client) -> None:
    works = client.get("/api/works", params={"limit": 200}).json()
    assert works["total"] == len(works["items"]) or works["next_offset"]
    w = client.get(f"/api/works/{works['items'][0]['id']}").json()
    assert w["claims"] and "differences" in w


def test_search_ranks_people_with_matching_works(client) -> None:
    r = client.get("/api/search", params={"q": "long-context LLM acceleration"}).json()
    assert r["works"] and "sparse attention" in r["works"][0]["title"].lower()
    assert r["people"][0]["name"] == "Eve Mallory"
    assert r["people"][0]["works"][0]["id"] == r["works"][0]["id"]
    assert {"year", "venue", "type"} <= set(r["facets"])


def test_search_facet_filters(client) -> None:
    r = client.get("/api/search", params={"q": "learning"}).json()
    assert r["total"] > 0
    year = r["facets"]["year"][0]["value"]
    f = client.get("/api/search", params={"q": "learning", "year": year}).json()
    assert f["works"] and all(w["year"] == year for w in f["works"])
    assert f["total"] == r["facets"]["year"][0]["count"]


def test_one_error_shape(client) -> None:
    for url in ("/api/people/nobody", "/api/works/nothing", "/api/works?limit=0", "/api/nope",
                "/api/compare?ids=a"):
        r = client.get(url)
        assert r.status_code in (404, 422), url
        err = r.json()["error"]
        assert set(err) >= {"status", "code", "message"} and err["status"] == r.status_code


def test_openapi_describes_the_api(client) -> None:
    spec = client.get("/api/openapi.json").json()
    for path in ("/api/people", "/api/people/{pid}", "/api/works", "/api/search", "/api/upload"):
        assert path in spec["paths"]


def test_contacts_hidden_unless_turned_on(client, library: Path, tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    from scholarscope.serve.app import Settings, create_app

    pid = person_id(client, "Eve Mallory")
    page = client.get(f"/people/{pid}").text + client.get(f"/api/people/{pid}").text
    assert "eve.mallory@example.org" not in page
    doc = client.get(f"/api/people/{pid}").json()["documents_list"][0]["id"]
    src = client.get(f"/api/documents/{doc}/source").json()
    assert "eve.mallory@example.org" not in src["after"] and "555 010 9999" not in src["after"]
    open_app = TestClient(create_app(Settings(db_url=str(library), show_contacts=True)))
    assert "eve.mallory@example.org" in open_app.get(f"/api/documents/{doc}/source").json()["after"]


def test_document_text_is_escaped(client) -> None:
    r = client.get("/search", params={"q": "attacks quoted parsers"})
    assert "<script>alert" not in r.text and "&lt;script&gt;alert" in r.text
    pid = person_id(client, "Eve Mallory")
    page = client.get(f"/people/{pid}").text
    assert "<script>alert" not in page and "&lt;script&gt;alert(&#34;xss&#34;)&lt;/script&gt;" in page
    api = client.get(f"/api/people/{pid}").json()
    assert any((w["title"] or "").startswith("<script>") for w in api["works"])  # data stays data in JSON
    doc = api["documents_list"][0]["id"]
    source = client.get(f"/source/{doc}").text
    assert "<b>bold</b>" not in source and "&lt;b&gt;bold&lt;/b&gt;" in source


def test_upload_reports_each_file(client) -> None:
    good = (CVS / "02_zielinski-wireless-ieee.txt").read_bytes()
    files = [("files", ("zielinski.txt", good, "text/plain")), ("files", ("empty.txt", b"", "text/plain")),
             ("files", ("junk.pdf", b"%PDF-1.4 not really a pdf", "application/pdf"))]
    r = client.post("/api/upload", files=files).json()
    by = {f["file"]: f for f in r["files"]}
    assert by["zielinski.txt"]["status"] in ("new", "unchanged", "duplicate")
    assert by["zielinski.txt"]["people"] and by["zielinski.txt"]["publications"] > 0
    assert by["empty.txt"]["status"] == "failed" and "empty" in by["empty.txt"]["error"]
    assert by["junk.pdf"]["status"] == "failed" and "junk.pdf" in by["junk.pdf"]["error"]
    assert "/uploads/" not in by["junk.pdf"]["error"]  # no server paths in messages
    found = client.get("/api/search", params={"q": "Zieliński"}).json()
    assert any("Zieli" in p["name"] for p in found["people"])


def test_pages_render(client) -> None:
    pid = person_id(client, "Zainab Haddad")
    for url in ("/", "/people", f"/people/{pid}", f"/people/{pid}/explain/works", "/works",
                "/search?q=learning", "/compare", "/upload", "/api"):
        r = client.get(url)
        assert r.status_code == 200, url
        assert "Content-Security-Policy" in r.headers


def test_abstract_on_demand_from_enrichment_escaped(library: Path, tmp_path: Path) -> None:
    """An abstract an enrichment source gave shows behind a disclosure on the person and work pages, as text."""
    import shutil

    from fastapi.testclient import TestClient

    from scholarscope.enrich.store import Enriched, ensure_tables, save
    from scholarscope.serve.app import Settings, create_app
    from scholarscope.store import Store

    db = tmp_path / "copy.db"
    shutil.copy(library, db)
    with Store(str(db)) as store:
        wid = store.db.query("SELECT id FROM works WHERE title LIKE 'Long-context%'")[0][0]
        ensure_tables(store.db)
        save(store.db, [Enriched(wid, "arxiv", "abstract", "We <em>accelerate</em> long-context models.", "2401.00001",
                                 "2026-11-29", "arxiv", None)])
    app = create_app(Settings(db_url=str(db), uploads_dir=str(tmp_path / "uploads")))
    with TestClient(app) as c:
        work = c.get(f"/works/{wid}").text
        assert "<summary>Abstract</summary>" in work and "We &lt;em&gt;accelerate&lt;/em&gt; long-context models." in work
        pid = person_id(c, "Eve Mallory")
        page = c.get(f"/people/{pid}").text
        assert page.count("<summary>Abstract</summary>") == 1 and "from arxiv, retrieved 2026-11-29" in page
