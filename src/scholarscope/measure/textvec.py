"""Sparse TF-IDF vectors in pure Python: the field classifier's features and novelty's fallback embedding."""
from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable

Vec = dict[str, float]

STOP = frozenset("""a an and are as at be by for from in into is it its of on or over the their this to
toward towards under via with without we our using based new study via than that these those""".split())
_WORD = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def words(text: str) -> list[str]:
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return [w for w in _WORD.findall(text) if w not in STOP and len(w) > 1]


def features(text: str, bigrams: bool = True, chars: int = 0) -> list[str]:
    """Word unigrams (+ bigrams) (+ character n-grams of each word, padded, when ``chars`` > 0)."""
    ws = words(text)
    out = list(ws)
    if bigrams:
        out += [f"{a}_{b}" for a, b in zip(ws, ws[1:])]
    if chars:
        for w in ws:
            p = f"<{w}>"
            out += [f"#{p[i:i + chars]}" for i in range(max(1, len(p) - chars + 1))]
    return out


class Tfidf:
    """Smoothed idf (log((1 + N) / (1 + df)) + 1), sublinear tf, L2-normalised rows."""

    def __init__(self, bigrams: bool = True, chars: int = 0, idf: dict[str, float] | None = None) -> None:
        self.bigrams = bigrams
        self.chars = chars
        self.idf: dict[str, float] = idf or {}
        self.default_idf = 1.0

    def fit(self, texts: Iterable[str], min_df: int = 1) -> Tfidf:
        df: Counter[str] = Counter()
        n = 0
        for t in texts:
            n += 1
            df.update(set(features(t, self.bigrams, self.chars)))
        self.idf = {f: math.log((1 + n) / (1 + d)) + 1.0 for f, d in df.items() if d >= min_df}
        self.default_idf = math.log(1 + n) + 1.0
        return self

    def vector(self, text: str, known_only: bool = False) -> Vec:
        tf = Counter(features(text, self.bigrams, self.chars))
        v = {}
        for f, c in tf.items():
            idf = self.idf.get(f)
            if idf is None:
                if known_only:
                    continue
                idf = self.default_idf
            v[f] = (1.0 + math.log(c)) * idf
        return normalise(v)


def normalise(v: Vec) -> Vec:
    norm = math.sqrt(sum(x * x for x in v.values()))
    return {k: x / norm for k, x in v.items()} if norm else {}


def cosine(a: Vec, b: Vec) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(x * b.get(k, 0.0) for k, x in a.items())
