"""Work clustering: merges and non-merges, each with its explanation."""
from __future__ import annotations

from typing import Any

from scholarscope.resolve.works import (cluster_works, compare_entries, make_entries, normalize_title)


def _pub(title: str, authors: list[str] | None = None, year: int | None = 2024, section: str = "publications",
         index: int = 1, links: list[str] | None = None, venue: str | None = None) -> dict[str, Any]:
    return {"section": section, "index": index, "title": title, "authors": authors or [], "year": year,
            "links": links or [], "venue": venue, "venue_raw": None, "note": None}


def _pair(a: dict[str, Any], b: dict[str, Any]):
    ea, eb = make_entries([{"doc": "a.txt", "publications": [a]}, {"doc": "b.txt", "publications": [b]}])
    return compare_entries(ea, eb)


AUTH = ["Zhenmei Shi", "Jiefeng Chen", "Yingyu Liang"]


def test_reordered_clauses_merge() -> None:
    d = _pair(_pub("The Trade-off between Label Efficiency and Universality of Representations", AUTH),
              _pub("The Trade-off between Universality and Label Efficiency of Representations", AUTH))
    assert d.merged and "reordered" in d.rule
    assert "title_token_sort" in d.evidence


def test_dropped_word_and_case_merge() -> None:
    d = _pair(_pub("Looped ReLU MLPs May Be All You Need as Practical Programmable Computers", AUTH),
              _pub("looped relu mlps may be all you need as programmable computers", []))
    assert d.merged, d.explain()


def test_shared_arxiv_id_merges_preprint_and_venue() -> None:
    d = _pair(_pub("A Study of Things", AUTH, 2023, links=["https://arxiv.org/abs/2401.01234"]),
              _pub("Things: A Study", AUTH, 2024, venue="ICML", links=["http://arxiv.org/pdf/2401.01234v2"]))
    assert d.merged and d.rule == "shared identifier" and d.evidence["shared_ids"] == ["arxiv:2401.01234"]


def test_subtitle_change_with_same_authors_merges() -> None:
    d = _pair(_pub("Fourier Circuits in Neural Networks: Unlocking the Potential of Large Language Models",
                   ["Jiuxiang Gu", *AUTH], 2024),
              _pub("Fourier Circuits in Neural Networks and Transformers: A Case Study of Modular Arithmetic",
                   AUTH, 2025))
    assert d.merged and "main title" in d.rule


def test_version_markers_block() -> None:
    for a, b in [("OTOv2: Automatic, Generic, User-Friendly Compression", "OTOv3: Automatic, Generic, User-Friendly Compression"),
                 ("Deep Learning Theory Part 2", "Deep Learning Theory Part 3"),
                 ("Deep Learning Theory II", "Deep Learning Theory"),
                 ("Scaling to 100 Layers", "Scaling to 1000 Layers")]:
        d = _pair(_pub(a, AUTH), _pub(b, AUTH))
        assert not d.merged and "version markers" in d.rule, d.explain()


def test_substituted_key_words_block() -> None:
    d = _pair(_pub("CDFI: Compression-Driven Network Design for Frame Interpolation", AUTH, 2021),
              _pub("Sparsity-guided Network Design for Frame Interpolation", AUTH, 2022))
    assert not d.merged and "key words" in d.rule
    d = _pair(_pub("Neural Collapse under MSE Loss", AUTH), _pub("Neural Collapse under CE Loss", AUTH))
    assert not d.merged


def test_disjoint_authors_block() -> None:
    d = _pair(_pub("Differentially private attention computation", ["Yeqi Gao", "Zhao Song", "Xin Yang"]),
              _pub("Differentially private attention computations", ["Jiuxiang Gu", "Yingyu Liang"]))
    assert not d.merged and d.rule == "no shared authors"


def test_same_list_never_merges_and_cluster_explains() -> None:
    prof = {"doc": "x.txt", "publications": [
        _pub("Only Train Once: A One-Shot Neural Network Training And Pruning Framework", AUTH, index=1),
        _pub("Only Train Once: A One-Shot Neural Network Training And Pruning Framework", AUTH, index=2)]}
    other = {"doc": "y.txt", "publications": [
        _pub("Only train once: a one-shot neural network training and pruning framework", AUTH)]}
    clusters, decisions = cluster_works(make_entries([prof, other]))
    assert max(len(c.members) for c in clusters) == 2  # y joins one of them, never both
    assert any(d.rule.startswith("same list") for d in decisions)
    joined = next(c for c in clusters if len(c.members) == 2)
    assert joined.decisions and all(d.explain() for d in joined.decisions)


def test_normalize_title() -> None:
    assert normalize_title("Über $M < 20 M_\\odot$ Stars: **Bold**") == "uber stars bold"
