"""Novelty's nearest earlier work at scale (HNSW candidates + exact re-ranking) against the exact search."""
from __future__ import annotations

import random

import pytest

from scholarscope.errors import ConfigError
from scholarscope.measure import neighbours as nb
from scholarscope.measure.embed import max_earlier_similarity, tfidf_vectors
from scholarscope.measure.novelty import search_mode

needs_scale = pytest.mark.skipif(not nb.available(), reason="numpy and usearch not installed ([scale] extra)")
WORDS = ("learning neural sparse graph robust adaptive efficient transformer diffusion retrieval language vision "
         "optimization convex bayesian causal federated privacy attention reinforcement policy kernel").split()


def titles(n: int, seed: int = 3) -> tuple[list[str], list[int | None]]:
    rng = random.Random(seed)
    texts = [" ".join(rng.choice(WORDS) for _ in range(rng.randint(3, 8))) for _ in range(n)]
    years: list[int | None] = [rng.randint(2010, 2024) if rng.random() > 0.02 else None for _ in range(n)]
    return texts, years


@needs_scale
def test_csr_weights_equal_the_exact_backend() -> None:
    texts = ["Graph neural networks", "graph neural networks for molecules", "Protein folding", ""]
    m = nb.tfidf_csr(texts)
    for i, v in enumerate(tfidf_vectors(texts)):
        assert sorted(m.row(i).values()) == pytest.approx(sorted(v.values()), abs=1e-6)


@needs_scale
def test_ann_agrees_with_exact_and_never_exceeds_it() -> None:
    texts, years = titles(1000)
    exact = max_earlier_similarity(texts, years, "tfidf")
    ann = max_earlier_similarity(texts, years, "tfidf", search="ann")
    assert [a is None for a in ann] == [e is None for e in exact]
    pairs = [(a, e) for a, e in zip(ann, exact) if e is not None]
    assert all(a <= e + 1e-5 for a, e in pairs)               # re-ranked exactly: a lower bound
    found = sum(abs(a - e) < 1e-5 for a, e in pairs) / len(pairs)
    assert found >= 0.97, found
    m = nb.tfidf_csr(texts)
    sample = list(range(0, 1000, 37))
    assert nb.exact_for(m, years, sample) == pytest.approx([exact[i] for i in sample], abs=1e-5)


@needs_scale
def test_only_strictly_earlier_years_are_candidates() -> None:
    texts = ["sparse graph kernel", "sparse graph kernel", "convex bandit policy", "sparse graph kernel"]
    years: list[int | None] = [2020, 2020, 2019, 2021]
    got = max_earlier_similarity(texts, years, "tfidf", search="ann")
    assert got[2] is None                                 # nothing before 2019
    assert got[0] == pytest.approx(0.0) and got[1] == pytest.approx(0.0)   # same-year twin does not count
    assert got[3] == pytest.approx(1.0, abs=1e-5)


def test_search_mode() -> None:
    assert search_mode("exact", 10**6, 20_000) == "exact"
    assert search_mode("auto", 100, 20_000) == "exact"
    assert search_mode("auto", 10**6, 20_000) == ("ann" if nb.available() else "exact")
    with pytest.raises(ConfigError, match="unknown novelty_search"):
        search_mode("fast", 10**6, 0)
