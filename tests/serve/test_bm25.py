"""serve/bm25.py gives FTS5's bm25() numbers without its scan: same hits, same order, same scores."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from scholarscope.serve import bm25
from scholarscope.serve import search as S
from scholarscope.store import Store

TITLES = [
    "Learning to learn: learned optimizers for deep learning",
    "Graph neural networks on graphs, networked and networking",
    "Généralisation bounds for über-parameterised models",      # diacritics: the any-text path
    "Cafe\u0301 latte: combining marks split nothing in unicode61",  # combining mark: FTS5 fallback
    "snake_case tokens and 3D point clouds in 3d",
    "Happy happiness: relational relations of conflated conflation",
    "Long-context LLM acceleration with KV cache compression",
    "Attention is all you need",
]
AUTHORS = [["Ana Müller", "Ben Learning"], ["Chao Graph", "Dana Smith"], ["Eli Renn"], ["Zoë Ñúñez"],
           ["Fatima Case"], ["Gita Happy"], ["Tobias Renn", "Ines Castellanos"], ["Kai Network"]]
QUERIES = ["learning", "learn optimizers", "graph networks", "generalisation", "uber models", "cafe latte",
           "combining marks", "snake", "case tokens", "3d point", "happy relations", "conflate", "long context llm",
           "kv cache", "attention need", "muller", "renn", "network smith", "nothing here", "zoe nunez"]


def _library(path: Path, copies: int = 30) -> None:
    Store(str(path)).close()
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("PRAGMA foreign_keys = OFF")
    con.execute("INSERT INTO documents (id, path, name, ingested_at, is_current, profile) VALUES"
                " ('d', '/d', 'd', '2026-01-01', 1, '{}')")
    ord_ = 0
    for k in range(copies):
        for i, (title, names) in enumerate(zip(TITLES, AUTHORS)):
            wid = f"W{k:03d}{i}"
            con.execute("INSERT INTO works (id, title, year, venue, type, n_claims) VALUES (?, ?, ?, ?, ?, 1)",
                        (wid, title if k % 3 else title.upper(), 2000 + (k + i) % 25,
                         ["NeurIPS", "ICML", None, "Proc. of the VLDB"][(k + i) % 4], "conference"))
            for pos, name in enumerate(names):
                con.execute("INSERT INTO authorships (document_id, ord, position, name, person_id, work_id, equal_mark)"
                            " VALUES ('d', ?, ?, ?, NULL, ?, 0)", (ord_, pos, name, wid))
            ord_ += 1
    con.close()


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    path = tmp_path_factory.mktemp("bm25") / "lib.db"
    _library(path)
    store = Store(str(path))
    S.build_index(store.db)
    yield store.db
    store.close()


def _both(db, tokens: list[str], filters: S.Filters, joiner: str):  # type: ignore[no-untyped-def]
    expr = S._match_expr(tokens, joiner, filters)
    scored = bm25.phrases(db, tokens, S.words(filters.venue or ""))
    return scored, S._fts_candidates(db, expr, scored), S._fts_candidates(db, expr, None)


@pytest.mark.parametrize("query", QUERIES)
@pytest.mark.parametrize("filters", [S.Filters(), S.Filters(year=2010), S.Filters(venue="NeurIPS"),
                                     S.Filters(venue="Proc. of the VLDB")])
def test_same_as_fts5(db, query: str, filters: S.Filters) -> None:  # type: ignore[no-untyped-def]
    for joiner in (" AND ", " OR "):
        _, (fast, c1), (slow, c2) = _both(db, S.words(query), filters, joiner)
        assert c1 == c2
        assert [h.work_id for h in fast] == [h.work_id for h in slow]
        assert [h.score for h in fast] == pytest.approx([h.score for h in slow], rel=1e-12, abs=1e-12)


def test_fast_path_taken_and_refused(db) -> None:  # type: ignore[no-untyped-def]
    assert bm25.phrases(db, ["learning", "graphs"], []) is not None
    assert bm25.phrases(db, ["snake_case"], []) is None          # FTS5 makes two terms of it
    assert bm25.phrases(db, ["x"], ["proc", "vldb"]) is None      # a phrase filter on a weighted column
    # the combining mark makes Python's tokens differ from unicode61's: FTS5's bm25() ranks these rows
    rows = db.query(bm25.rank_query(), ('"cafe"', 10))
    assert rows and bm25.scores(db, bm25.phrases(db, ["cafe"], []) or [],
                                [(r[5], r[6], r[7]) for r in rows], [r[8] for r in rows]) is None


def test_library_queries_unchanged(library: Path) -> None:
    with Store(str(library)) as store:
        S.ensure_index(store.db)
        for q in ["long-context LLM acceleration", "learning", "chemistry catalysis", "databases query",
                  "eve mallory", "attention sparse"]:
            for joiner in (" AND ", " OR "):
                _, (fast, _c1), (slow, _c2) = _both(store.db, S.words(q), S.Filters(), joiner)
                assert [(h.work_id, round(h.score, 9)) for h in fast] == [(h.work_id, round(h.score, 9))
                                                                         for h in slow]


def test_sizes_decodes_varints() -> None:
    assert bm25._sizes(bytes([3, 0x81, 0x00, 7])) == [3, 128, 7]
