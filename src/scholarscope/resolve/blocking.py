"""Candidate pairs for work resolution: exact keys plus pairs of rare title words.

Scoring every pair of titles that share any word is quadratic in the library size. Instead
each entry is filed under a few keys, and only entries sharing a key are compared:

* every identifier (DOI, arXiv id, OpenReview id) is an exact key;
* the sorted set of content words is an exact key (same words, any order);
* each pair of the entry's `rare` rarest title words (by frequency over the batch) is a key,
  and so is each pair of its rarest main-title words (before a colon), so a changed subtitle
  or a few dropped words still leave a shared key;
* a title of at most two content words is filed under each word alone.

Keys held by more than `max_block` entries are too common to say anything and are skipped.
Pairs then pass the old filter: two shared words (one for short titles) or a shared id.

A word pair is a key only where it is informative in a library of `total` entries: one of its
words occurs in at most RARE_ENOUGH entries, or the two words are expected to meet in at most
CHANCE entries by chance (df(a) * df(b) / total). An uninformative pair is replaced by the
triples it makes with the entry's other rare words. Without this, the number of unrelated
titles that share two words grows with the square of the library while the matches grow
linearly (measured with bench/ingest_speed.py: 2.0 chance pairs per entry at 5k CVs, 4.1 at
10k, 8.4 at 20k, 21.4 at 50k). The cost: two versions of a title that share only two of their
rare words, and only a pair that common, are no longer compared (e.g. a title with three or
more rarer words added); small libraries (every df <= RARE_ENOUGH) are blocked exactly as before.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence
from itertools import combinations
from typing import Protocol

RARE_ENOUGH = 200  # a pair with a word this rare is always a key: its block is at most MAX_BLOCK anyway
CHANCE = 1.0      # a pair expected to meet by chance in more entries than this is refined into triples


class Blockable(Protocol):
    @property
    def tokens(self) -> tuple[str, ...]: ...
    @property
    def ids(self) -> frozenset[str]: ...
    @property
    def main_tokens(self) -> frozenset[str]: ...


def token_frequencies(entries: Sequence[Blockable]) -> Counter[str]:
    """In how many entries each content word occurs."""
    df: Counter[str] = Counter()
    for e in entries:
        df.update(set(e.tokens))
    return df


def entry_keys(e: Blockable, df: Counter[str], rare: int = 5, rare_main: int = 3,
               total: int | None = None) -> set[object]:
    """The blocking keys of one entry (see the module docstring); `total`: the library's entry
    count, which refines uninformative pairs into triples (None: every pair is a key)."""
    keys: set[object] = {("id", x) for x in e.ids}
    words = set(e.tokens)
    if not words:
        return keys
    keys.add(("words", " ".join(sorted(words))))
    if len(words) <= 2:
        keys.update(("word", w) for w in words)
    keys.update(_pair_keys(_rarest(words, df, rare), df, total))
    if e.main_tokens:
        keys.update(_pair_keys(_rarest(e.main_tokens, df, rare_main), df, total))
    return keys


def _rarest(words: set[str] | frozenset[str], df: Counter[str], n: int) -> list[str]:
    """The `n` rarest words, ties by the word (count-word tuples sort without a key function per word)."""
    return [w for _, w in sorted([(df.get(w, 0), w) for w in words])[:n]]


def informative(a: str, b: str, df: Counter[str], total: int | None) -> bool:
    """Whether two words sharing entries says something in a library of `total` entries."""
    if total is None:
        return True
    da, db = df.get(a, 0), df.get(b, 0)
    return min(da, db) <= RARE_ENOUGH or da * db <= CHANCE * total


def _pair_keys(rare: list[str], df: Counter[str], total: int | None) -> set[object]:
    """('pair', a, b) for each informative pair of `rare` words, else ('triple', a, b, c) with each other one.

    Words taken in alphabetical order, so every key comes out sorted without sorting it; a triple is
    a key when one of its three pairs is uninformative (the same set as adding, for each such pair,
    its triples with every other word, which made each triple up to three times over).
    """
    words = sorted(rare)
    if total is None:
        return {("pair", a, b) for a, b in combinations(words, 2)}
    limit = CHANCE * total
    keys: set[object] = set()
    weak: set[tuple[str, str]] = set()
    for a, b in combinations(words, 2):
        da, db = df.get(a, 0), df.get(b, 0)
        if min(da, db) <= RARE_ENOUGH or da * db <= limit:  # `informative`, inline: 10 per entry
            keys.add(("pair", a, b))
        else:
            weak.add((a, b))
    if weak:
        keys.update(("triple", a, b, c) for a, b, c in combinations(words, 3)
                    if (a, b) in weak or (a, c) in weak or (b, c) in weak)
    return keys


def index_keys(e: Blockable) -> set[tuple[str, str]]:
    """What the store indexes for one entry, whatever else is stored: ('t', content word),
    ('i', identifier) and, for a title of at most two content words, ('s', word).

    Every blocking key of `entry_keys` implies a shared 't' pair, 'i' or 's' key, so a look-up
    by these finds every stored entry a new one could be blocked with.
    """
    words = set(e.tokens)
    keys = {("t", w) for w in words} | {("i", x) for x in e.ids}
    if len(words) <= 2:
        keys.update(("s", w) for w in words)
    return keys


def _passes(a: Blockable, b: Blockable) -> bool:
    if a.ids & b.ids:
        return True
    sa, sb = set(a.tokens), set(b.tokens)
    return len(sa & sb) >= 2 or (min(len(sa), len(sb)) <= 2 and bool(sa & sb))


def candidate_pairs(entries: Sequence[Blockable], max_block: int = 200,
                    probe: Sequence[int] | None = None, df: Counter[str] | None = None,
                    skip: frozenset[object] | set[object] = frozenset(),
                    total: int | None = None) -> set[tuple[int, int]]:
    """Index pairs (x < y) worth scoring. With `probe`, only pairs involving those indices.

    `df` and `total` (default: counted over `entries`) and `skip` (keys known to be too common)
    let a part of a larger library be blocked exactly as the whole would be.
    """
    if df is None:
        df, total = token_frequencies(entries), len(entries)
    blocks: dict[object, list[int]] = {}
    for i, e in enumerate(entries):
        for k in entry_keys(e, df, total=total):
            if k not in skip:
                blocks.setdefault(k, []).append(i)
    wanted = set(probe) if probe is not None else None
    pairs: set[tuple[int, int]] = set()
    for members in blocks.values():
        if len(members) < 2 or len(members) > max_block:
            continue
        for x, y in _block_pairs(members, wanted):
            if (x, y) not in pairs and _passes(entries[x], entries[y]):
                pairs.add((x, y))
    return pairs


def _block_pairs(members: list[int], wanted: set[int] | None) -> Iterator[tuple[int, int]]:
    for k, x in enumerate(members):
        for y in members[k + 1:]:
            if wanted is None or x in wanted or y in wanted:
                yield (x, y)
