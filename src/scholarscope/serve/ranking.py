"""One search, three rankings:

    keyword   BM25 (SQLite FTS5) / ts_rank (PostgreSQL) over the words (search.py)
    semantic  cosine between the query's embedding and each work's (semantic.py)
    hybrid    (default) w * keyword score / best keyword score + (1 - w) * cosine, over the
              union of both lists (w = KEYWORD_WEIGHT of the embedding)

A work found only by meaning must reach the backend's MIN_COSINE. People are ranked by the summed
scores of their matching works (results.people). When semantic search cannot run (no vectors,
TF-IDF fallback over a too large library), the result says why and ranks by keyword alone.
"""
from __future__ import annotations

from typing import Any

from ..store.dialect import Dialect
from . import ann, results, semantic
from .results import Hit
from .search import Candidates, Filters, ensure_index, exact, keyword, metadata, name_matches, words

MODES = ("hybrid", "keyword", "semantic")
# share of the keyword score in hybrid ranking, per embedding (the rest is the cosine's): chosen on
# bench/search_quality.py's 20 labelled queries (MiniLM: 0.3 -> P@5 0.76, 0.5 -> 0.71; TF-IDF:
# 0.5 -> 0.62, 0.3 -> 0.59), so measured on the set it was tuned on
KEYWORD_WEIGHT = {"onnx-minilm": 0.3, "torch-minilm": 0.3, "tfidf": 0.5}
SEMANTIC_K = 300           # works taken from the semantic ranking (more when filters narrow it)


def _semantic_hits(db: Dialect, idx: semantic.Index, query: str, filters: Filters,
                   kw: list[Hit]) -> tuple[list[Hit], dict[str, float]]:
    """(works found by meaning with their metadata, cosine of every keyword hit)."""
    floor = semantic.MIN_COSINE.get(idx.embedding, 0.3)
    k = SEMANTIC_K * (10 if filters.active() else 1)
    if idx.graph is not None:  # the ANN graph proposes, the stored vectors score (ann.py)
        q = idx.query_vector(query)
        top = ann.top(idx.graph, db, idx.embedding, q, k, floor)
        cos_of_kw = ann.cosines(db, idx.embedding, q, [h.work_id for h in kw])
    else:
        scores = idx.scores(query)
        top = idx.top(scores, k, floor)
        cos_of_kw = idx.lookup(scores, [h.work_id for h in kw])
    meta = metadata(db, [w for w, _ in top])
    hits = []
    for wid, cos in top:
        if wid in meta:
            meta[wid].score = cos
            hits.append(meta[wid])
    return exact(hits, filters), cos_of_kw


def _combine(kw: list[Hit], sem: list[Hit], cos_of_kw: dict[str, float], w_kw: float) -> list[Hit]:
    best_kw = max((h.score for h in kw), default=0.0) or 1.0
    w_sem = 1.0 - w_kw
    merged: dict[str, Hit] = {}
    for h in kw:
        cos = max(cos_of_kw.get(h.work_id, 0.0), 0.0)
        merged[h.work_id] = Hit(h.work_id, h.year, h.venue, h.type,
                                w_kw * max(h.score, 0.0) / best_kw + w_sem * cos, h.field)
    for h in sem:
        if h.work_id not in merged:
            merged[h.work_id] = Hit(h.work_id, h.year, h.venue, h.type, w_sem * h.score, h.field)
    return sorted(merged.values(), key=lambda h: (-h.score, h.work_id))


def rank(db: Dialect, query: str, filters: Filters, mode: str, embedding: str | None,
         version: str) -> tuple[Candidates, dict[str, Any]]:
    """The ranked candidates under ``mode`` and what ran (ranking used, embedding, why not)."""
    tokens = words(query)
    info: dict[str, Any] = {"ranking": "keyword", "embedding": None, "semantic_unavailable": None}
    kw = keyword(db, tokens, filters) if mode != "semantic" or not tokens else Candidates(mode="meaning")
    if mode == "keyword" or not tokens:
        return kw, info
    idx = semantic.index(db, embedding, version)
    info["embedding"] = idx.embedding
    if idx.unavailable:
        info["semantic_unavailable"] = idx.unavailable
        if mode == "semantic":  # fall back to words rather than answer nothing
            kw = keyword(db, tokens, filters)
        return kw, info
    sem, cos_of_kw = _semantic_hits(db, idx, query, filters, kw.hits)
    info["ranking"] = mode
    if mode == "semantic":
        return Candidates(hits=sem, mode="meaning", total=len(sem), complete=True), info
    hits = _combine(kw.hits, sem, cos_of_kw, KEYWORD_WEIGHT.get(idx.embedding, 0.5))
    return Candidates(hits=hits, mode=kw.mode + " or meaning", total=len(hits), complete=kw.complete), info


def search(db: Dialect, query: str, filters: Filters | None = None, *, limit: int = 20, offset: int = 0,
           people_limit: int = 10, mode: str = "hybrid", embedding: str | None = None) -> dict[str, Any]:
    """Ranked works (one page), ranked people with their matching works, and facets."""
    filters = filters or Filters()
    mode = mode if mode in MODES else "hybrid"
    version = ensure_index(db)
    cands, info = rank(db, query, filters, mode, embedding, version)
    page = cands.hits[offset:offset + limit]
    rows = results.work_rows(db, [h.work_id for h in page])
    works = [dict(rows[h.work_id], score=round(h.score, 3), field=h.field) for h in page if h.work_id in rows]
    tokens = words(query)
    return {"query": query, "words": tokens, "filters": filters.active(), "mode": cands.mode,
            "requested_ranking": mode, **info,
            "total": cands.total, "ranked_all_matches": cands.complete, "considered": len(cands.hits),
            "offset": offset, "limit": limit, "works": works,
            "people": results.people(db, cands.hits, name_matches(db, tokens), people_limit),
            "facets": results.facets(cands.hits)}
