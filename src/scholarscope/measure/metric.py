"""The value every metric returns: a number (or None with the reason), its formula and its inputs."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class Input:
    """One input a metric used, with where it came from.

    kind: 'work' | 'claim' | 'enrichment' | 'model' | 'setting'; ``ref`` identifies it
    (work id, 'document:ord', enrichment source id, ...); ``source`` names the document or
    service; ``date`` is the retrieval/ingest date when one is known.
    """

    kind: str
    ref: str
    label: str = ""
    value: Any = None
    source: str | None = None
    date: str | None = None


@dataclass
class Metric:
    """A computed metric. ``value`` is None exactly when ``unknown_reason`` says why."""

    name: str
    value: Any = None
    unknown_reason: str | None = None
    formula: str = ""
    inputs: list[Input] = field(default_factory=list)
    detail: dict[str, Any] = field(default_factory=dict)

    @property
    def known(self) -> bool:
        return self.value is not None

    def to_dict(self, with_inputs: bool = True) -> dict[str, Any]:
        d = asdict(self)
        if not with_inputs:
            d.pop("inputs")
        return d

    @classmethod
    def unknown(cls, name: str, reason: str, formula: str = "", **detail: Any) -> Metric:
        return cls(name, None, reason, formula, [], dict(detail))

    def explain(self) -> str:
        """A few lines: value or unknown with reason, formula, and how many inputs."""
        head = f"{self.name}: {self.value}" if self.known else f"{self.name}: unknown ({self.unknown_reason})"
        lines = [head]
        if self.formula:
            lines.append(f"  formula: {self.formula}")
        for key, val in self.detail.items():
            lines.append(f"  {key}: {val}")
        return "\n".join(lines)
