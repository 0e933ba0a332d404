"""Settings of the measures: score weights and reference points, citation source order, novelty.

``Settings.to_json()`` / ``Settings.from_json()`` round-trip exactly; unknown keys are rejected
so that a typo in a settings file is an error, not a silent default.
"""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields
from typing import Any

from ..errors import ConfigError


@dataclass
class ScoreWeights:
    """Share of each component in the overall score (renormalised over the known components)."""

    h_index: float = 0.25
    citations: float = 0.20
    top_venues: float = 0.20
    works: float = 0.10
    credit: float = 0.10
    novelty: float = 0.15


@dataclass
class ScoreScales:
    """Reference points: a component reaches 1.0 (full marks) at these values."""

    h_index: float = 40.0          # min(h / 40, 1)
    citations: float = 10_000.0    # log(1 + c) / log(1 + 10000), capped at 1
    top_venues: float = 20.0       # min((t1 + t2/2 + t3/4) / 20, 1)
    works: float = 50.0            # min(distinct works / 50, 1)
    credit: float = 15.0           # min(harmonic credit / 15, 1)


@dataclass
class Settings:
    weights: ScoreWeights = field(default_factory=ScoreWeights)
    scales: ScoreScales = field(default_factory=ScoreScales)
    # the score is unknown when the known components carry less than this share of the weights
    min_known_share: float = 0.5
    # which enrichment source's citation count wins for a work, first listed first
    citation_sources: list[str] = field(default_factory=lambda: ["openalex", "semanticscholar"])
    i10_threshold: int = 10
    # novelty: embedding backend ('auto' | 'tfidf' | 'onnx-minilm' | 'torch-minilm'; auto = onnx-minilm
    # when the [embed] extra is installed, else tfidf) and the smallest field
    # population a percentile is taken within (smaller fields use all works of the store)
    embedding: str = "auto"
    # the title classifier's tag is used only at or above this probability
    field_min_probability: float = 0.5
    novelty_min_field: int = 5
    # nearest earlier work: 'exact' (every pair; quadratic), 'ann' (HNSW candidates re-ranked
    # exactly; needs the [scale] extra) or 'auto' (ann from novelty_ann_min_works works on, when installed)
    novelty_search: str = "auto"
    novelty_ann_min_works: int = 20_000

    def to_json(self) -> str:
        return json.dumps(asdict(self), indent=2, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> Settings:
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ConfigError(f"settings are not JSON: {exc}") from exc
        return cls.from_dict(data)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Settings:
        _check_keys(cls, data)
        kw = dict(data)
        if "weights" in kw:
            _check_keys(ScoreWeights, kw["weights"])
            kw["weights"] = ScoreWeights(**kw["weights"])
        if "scales" in kw:
            _check_keys(ScoreScales, kw["scales"])
            kw["scales"] = ScoreScales(**kw["scales"])
        return cls(**kw)


def _check_keys(cls: type, data: Any) -> None:
    if not isinstance(data, dict):
        raise ConfigError(f"{cls.__name__} settings must be an object")
    unknown = set(data) - {f.name for f in fields(cls)}
    if unknown:
        raise ConfigError(f"unknown {cls.__name__} settings: {', '.join(sorted(unknown))}")
