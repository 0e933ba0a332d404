"""Formulas on hand-computed cases."""
from __future__ import annotations

import pytest

from scholarscope.enrich.store import Enriched
from scholarscope.measure import record_metrics
from scholarscope.measure.citations import h_index, i_n
from scholarscope.measure.counts import first_credit, harmonic_credit
from scholarscope.measure.data import ClaimRecord, WorkRecord


@pytest.mark.parametrize("counts,h", [([], 0), ([0, 0], 0), ([10, 8, 5, 4, 3], 4), ([25, 8, 5, 3, 3], 3),
                                      ([1], 1), ([100], 1), ([3, 3, 3], 3), ([6, 5, 4, 4, 1, 0], 4)])
def test_h_index(counts: list[int], h: int) -> None:
    assert h_index(counts) == h


def test_i10() -> None:
    assert i_n([10, 9, 11, 100, 0]) == 3
    assert i_n([5, 4], threshold=5) == 1


def test_harmonic_credit_hand_computed() -> None:
    # 3 authors: H3 = 11/6; shares 6/11, 3/11, 2/11
    assert harmonic_credit(3, [0], [], False) == pytest.approx(6 / 11)
    assert harmonic_credit(3, [2], [], False) == pytest.approx(2 / 11)
    assert harmonic_credit(1, [0], [], False) == pytest.approx(1.0)
    # authors 1 and 2 marked '*' share the mean of 6/11 and 3/11
    assert harmonic_credit(3, [1], [0, 1], False) == pytest.approx(9 / 22)
    assert harmonic_credit(3, [0], [0, 1], False) == pytest.approx(9 / 22)
    # alphabetical lists: every author 1/n, whatever the position
    assert harmonic_credit(4, [0], [], True) == pytest.approx(0.25)
    assert harmonic_credit(4, [3], [], True) == pytest.approx(0.25)
    # shares over all authors sum to one
    assert sum(harmonic_credit(5, [p], [1, 2], False) for p in range(5)) == pytest.approx(1.0)


def test_first_credit() -> None:
    assert first_credit([0], [], False) == 1.0
    assert first_credit([1], [0, 1], False) == 0.5
    assert first_credit([2], [0, 1, 2], False) == pytest.approx(1 / 3)
    assert first_credit([1], [], False) == 0.0
    assert first_credit([0], [], True) == 0.0


def _work(wid: str, cites: int | None, authors: list[str], pos: int, equal: list[int] | None = None,
          year: int = 2020, venue: str = "NeurIPS", type_: str = "conference", note: str | None = None) -> WorkRecord:
    c = ClaimRecord("cv.txt", "d1", int(wid[1:]), f"Title {wid}", authors, equal or [], [pos], venue, year, type_,
                    note=note)
    enriched = [] if cites is None else [Enriched(wid, "openalex", "cited_by_count", cites, f"OA{wid}",
                                                  "2026-01-01", "doi", {})]
    return WorkRecord(wid, f"Title {wid}", year, venue, type_, [c], enriched)


def test_record_metrics_hand_computed() -> None:
    works = [_work("W1", 12, ["Ann Lee", "Bo Chen", "Cy Diaz"], 0),
             _work("W2", 3, ["Bo Chen", "Ann Lee"], 1, equal=[0, 1]),
             _work("W3", None, ["Ann Lee"], 0, venue="ICML Workshop on Theory", type_="workshop"),
             _work("W4", 10, ["A Adams", "B Brown", "C Clark", "A Lee"], 3, note="alphabetical order")]
    m = record_metrics(works)
    assert m["works"].value == 4
    assert m["citations"].value == 25
    assert m["citations"].detail["partial"] is True and m["citations"].detail["works_without_data"] == ["W3"]
    assert m["h_index"].value == 3                   # 12, 10, 3 -> h = 3
    assert m["i10"].value == 2
    assert m["first_author"].value == 2              # W1 and W3 (sole)
    assert m["equal_first"].value == 1 and m["alphabetical"].value == 1 and m["last_author"].value == 0
    # 6/11 + (2/3 + 1/3)/2 ... W2: n=2, shares 2/3, 1/3, equal -> 1/2; W3 sole 1; W4 alphabetical 1/4
    assert m["credit_harmonic"].value == pytest.approx(6 / 11 + 0.5 + 1 + 0.25, abs=1e-3)
    assert m["credit_first"].value == pytest.approx(1 + 0.5 + 1)
    assert m["works_by_type"].value["workshop"] == 1 and m["works_by_type"].value["main"] == 3
    assert m["top_venues"].value["tier1"] == 3       # NeurIPS x3; the workshop is unranked
    assert m["citations"].inputs[0].source == "openalex:OAW1" and m["citations"].inputs[0].date == "2026-01-01"


def test_unknown_with_reason() -> None:
    works = [_work("W1", None, ["Ann Lee"], 0)]
    m = record_metrics(works)
    for name in ("citations", "h_index", "i10"):
        assert m[name].value is None and "no citation data" in (m[name].unknown_reason or "")
    assert record_metrics([])["credit_harmonic"].value is None


def test_truncated_author_list_is_skipped_in_credit() -> None:
    w = _work("W1", 1, ["Ann Lee", "Bo Chen"], 1)
    w.claims[0].truncated = True
    m = record_metrics([w])
    assert m["credit_harmonic"].value is None
    assert "truncated" in str(m["credit_harmonic"].detail["works_skipped"])
