"""Blocking keys: the pair/triple keys equal the straightforward construction they replace."""
from __future__ import annotations

from collections import Counter
from itertools import combinations

from hypothesis import given, settings
from hypothesis import strategies as st

from scholarscope.resolve.blocking import CHANCE, RARE_ENOUGH, _pair_keys


def _reference(rare: list[str], df: Counter[str], total: int | None) -> set[object]:
    """Every pair of `rare` in turn: the informative ones as pairs, each other one as its triples."""
    keys: set[object] = set()
    for a, b in combinations(rare, 2):
        da, db = df.get(a, 0), df.get(b, 0)
        if total is None or min(da, db) <= RARE_ENOUGH or da * db <= CHANCE * total:
            keys.add(("pair", min(a, b), max(a, b)))
        else:
            keys.update(("triple", *sorted((a, b, c))) for c in rare if c not in (a, b))
    return keys


WORDS = st.sampled_from(["alpha", "beta", "gamma", "delta", "eps", "zeta", "eta", "theta"])


@settings(max_examples=300, deadline=None)
@given(st.lists(WORDS, unique=True, max_size=6), st.dictionaries(WORDS, st.integers(0, 2000)),
       st.one_of(st.none(), st.integers(1, 3_000_000)))
def test_pair_keys_equal_reference(rare: list[str], counts: dict[str, int], total: int | None) -> None:
    df = Counter(counts)
    assert _pair_keys(rare, df, total) == _reference(rare, df, total)


def test_uninformative_pair_becomes_triples() -> None:
    df = Counter({"common": 5000, "usual": 5000, "rare": 3})
    keys = _pair_keys(["rare", "common", "usual"], df, total=10_000)
    assert keys == {("pair", "common", "rare"), ("pair", "rare", "usual"), ("triple", "common", "rare", "usual")}
