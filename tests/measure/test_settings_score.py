from __future__ import annotations

import pytest

from scholarscope.errors import ConfigError
from scholarscope.measure import Metric, Settings
from scholarscope.measure.score import overall


def test_settings_round_trip() -> None:
    s = Settings()
    s.weights.novelty = 0.3
    s.scales.h_index = 25
    s.citation_sources = ["semanticscholar", "openalex"]
    assert Settings.from_json(s.to_json()) == s
    assert Settings.from_json(s.to_json()).to_json() == s.to_json()


def test_settings_reject_unknown_keys() -> None:
    with pytest.raises(ConfigError):
        Settings.from_json('{"weights": {"hindex": 1}}')
    with pytest.raises(ConfigError):
        Settings.from_json("not json")


def _m(name: str, value: object, **detail: object) -> Metric:
    return Metric(name, value, None, "", [], dict(detail))


def test_score_hand_computed() -> None:
    s = Settings()
    m = {"h_index": _m("h_index", 20), "citations": Metric.unknown("citations", "no data"),
         "top_venues": _m("top_venues", {}, tier1_equivalent=10.0), "works": _m("works", 50),
         "credit_harmonic": _m("credit_harmonic", 7.5), "novelty": _m("novelty", 40.0)}
    got = overall(m, s)
    # known weights 0.25 + 0.2 + 0.1 + 0.1 + 0.15 = 0.8; components .5, .5, 1, .5, .4
    expected = 100 * (0.25 * 0.5 + 0.2 * 0.5 + 0.1 * 1 + 0.1 * 0.5 + 0.15 * 0.4) / 0.8
    assert got.value == pytest.approx(expected, abs=0.05)
    shares = {c["component"]: c["share"] for c in got.detail["components"]}
    assert shares["citations"] == 0 and shares["h_index"] == pytest.approx(0.25 / 0.8, abs=1e-3)
    assert sum(c["points"] or 0 for c in got.detail["components"]) == pytest.approx(got.value, abs=0.1)


def test_score_unknown_when_too_little_is_known() -> None:
    m = {"works": _m("works", 3), "h_index": Metric.unknown("h_index", "no data")}
    got = overall(m, Settings())
    assert got.value is None and "below the minimum share" in (got.unknown_reason or "")
