"""Field tag classifier: TF-IDF (word uni+bigrams) + multinomial logistic regression, pure Python.

Training data: ``data/field_model_train.jsonl`` (title, arXiv category, where the pair was
recorded). Build the model (a JSON file, ``data/field_model.json``) with one command:

    python -m scholarscope.measure.field_model

It trains on the items whose stable hash puts them in the training split, reports accuracy on
the held-out rest, then refits on everything and stores the held-out accuracy in the model's meta.
"""
from __future__ import annotations

import hashlib
import json
import math
import random
import sys
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from .textvec import Tfidf, Vec

DATA = Path(__file__).resolve().parents[1] / "data"
TRAIN_FILE = DATA / "field_model_train.jsonl"
MODEL_FILE = DATA / "field_model.json"


def tag(category: str) -> str:
    """'cs.LG' -> 'LG', 'math.OC' -> 'OC'; stat.ML -> 'LG' and eess.IV -> 'CV' (cross-listed twins)."""
    c = category.strip()
    c = c.split(".", 1)[1] if "." in c else c
    return {"ML": "LG", "IV": "CV"}.get(c, c)  # stat.ML -> LG, eess.IV -> CV


@dataclass
class FieldModel:
    classes: list[str]
    vectorizer: Tfidf
    weights: dict[str, dict[str, float]]
    bias: dict[str, float]
    meta: dict[str, Any]

    def probabilities(self, text: str) -> dict[str, float]:
        x = self.vectorizer.vector(text, known_only=True)
        scores = {c: self.bias[c] + sum(v * self.weights[c].get(f, 0.0) for f, v in x.items()) for c in self.classes}
        top = max(scores.values())
        exp = {c: math.exp(s - top) for c, s in scores.items()}
        z = sum(exp.values())
        return {c: e / z for c, e in exp.items()}

    def predict(self, text: str) -> tuple[str, float]:
        p = self.probabilities(text)
        best = max(p, key=lambda c: p[c])
        return best, p[best]

    def to_json(self) -> str:
        w = {c: {f: round(v, 5) for f, v in ws.items() if abs(v) >= 1e-4} for c, ws in self.weights.items()}
        return json.dumps({"classes": self.classes, "idf": {f: round(v, 5) for f, v in self.vectorizer.idf.items()},
                           "default_idf": self.vectorizer.default_idf, "weights": w, "bias": self.bias,
                           "meta": self.meta}, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> FieldModel:
        d = json.loads(text)
        vec = Tfidf(bigrams=True, idf=d["idf"])
        vec.default_idf = d["default_idf"]
        return cls(d["classes"], vec, d["weights"], d["bias"], d["meta"])


@lru_cache(maxsize=1)
def load_model() -> FieldModel | None:
    """The packaged model, or None when it has not been built."""
    try:
        text = resources.files("scholarscope").joinpath("data/field_model.json").read_text("utf-8")
    except (FileNotFoundError, OSError):
        return None
    return FieldModel.from_json(text)


def train(items: list[tuple[str, str]], epochs: int = 80, lr: float = 0.5, l2: float = 1e-4,
          seed: int = 0) -> FieldModel:
    """Fit on (text, tag) pairs with plain SGD on the softmax loss."""
    vec = Tfidf(bigrams=True).fit(t for t, _ in items)
    xs = [vec.vector(t) for t, _ in items]
    classes = sorted({y for _, y in items})
    w: dict[str, dict[str, float]] = {c: {} for c in classes}
    b = {c: 0.0 for c in classes}
    order = list(range(len(items)))
    rng = random.Random(seed)
    for epoch in range(epochs):
        rng.shuffle(order)
        step = lr / (1 + epoch * 0.05)
        for i in order:
            _sgd_step(xs[i], items[i][1], classes, w, b, step, l2)
    return FieldModel(classes, vec, w, b, {})


def _sgd_step(x: Vec, y: str, classes: list[str], w: dict[str, dict[str, float]], b: dict[str, float],
              step: float, l2: float) -> None:
    scores = {c: b[c] + sum(v * w[c].get(f, 0.0) for f, v in x.items()) for c in classes}
    top = max(scores.values())
    exp = {c: math.exp(s - top) for c, s in scores.items()}
    z = sum(exp.values())
    for c in classes:
        g = exp[c] / z - (1.0 if c == y else 0.0)
        wc = w[c]
        for f, v in x.items():
            wc[f] = wc.get(f, 0.0) * (1 - step * l2) - step * g * v
        b[c] -= step * g


def held_out(title: str) -> bool:
    """A stable 20 % split by the title's hash."""
    return int(hashlib.sha1(title.lower().encode()).hexdigest(), 16) % 5 == 0


def read_items(path: Path = TRAIN_FILE) -> list[dict[str, str]]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def build(path: Path = TRAIN_FILE, out: Path = MODEL_FILE) -> dict[str, Any]:
    """Train, evaluate on the held-out split, refit on all, write the model; returns its meta."""
    rows = [(r["title"], tag(r["category"])) for r in read_items(path)]
    train_set = [r for r in rows if not held_out(r[0])]
    test_set = [r for r in rows if held_out(r[0])]
    model = train(train_set)
    hits = sum(model.predict(t)[0] == y for t, y in test_set)
    per: dict[str, list[int]] = {}
    for t, y in test_set:
        per.setdefault(y, [0, 0])
        per[y][0] += model.predict(t)[0] == y
        per[y][1] += 1
    meta = {"train_items": len(train_set), "held_out_items": len(test_set),
            "held_out_accuracy": round(hits / max(1, len(test_set)), 4),
            "held_out_per_class": {c: f"{a}/{n}" for c, (a, n) in sorted(per.items())},
            "majority_baseline": round(max(sum(y == c for _, y in test_set) for c in {y for _, y in rows})
                                       / max(1, len(test_set)), 4),
            "final_fit_items": len(rows), "training_file": path.name}
    final = train(rows)
    final.meta = meta
    out.write_text(final.to_json(), "utf-8")
    load_model.cache_clear()
    return meta


if __name__ == "__main__":  # pragma: no cover - the build command
    print(json.dumps(build(), indent=2))
    sys.exit(0)
