"""Tests for the reference-string CRF (scholarscope.parse.refcrf)."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT / "src") not in sys.path:
    sys.path.insert(0, str(ROOT / "src"))

from scholarscope.parse import refcrf  # noqa: E402
from scholarscope.parse.refcrf import label_reference, label_tokens  # noqa: E402
from scholarscope.parse.refcrf.data import LABELS  # noqa: E402
from scholarscope.parse.refcrf.tokens import tokenize  # noqa: E402


def soft(s):
    return "".join(c for c in (s or "").lower() if c.isalnum())


# Hand-written references (invented or paraphrased, not taken from the corpora):
# (style, string, title, container, year)
CASES = [
    ("apa",
     "Morales, L. K., & Whitfield, J. (2019). Soil microbial diversity along an altitude gradient. "
     "Journal of Ecology, 107(4), 1502–1515.",
     "Soil microbial diversity along an altitude gradient", "Journal of Ecology", 2019),
    ("apa",
     "Chen, Y., Okafor, N., & Brandt, S. (2021). Learning sparse graph representations for molecule design. "
     "Nature Machine Intelligence, 3, 214–225. https://doi.org/10.1038/s42256-021-00300-1",
     "Learning sparse graph representations for molecule design", "Nature Machine Intelligence", 2021),
    ("ieee",
     "[3] A. Novak, B. Li, and C. Duarte, \"Low-latency scheduling for edge inference,\" "
     "IEEE Transactions on Parallel and Distributed Systems, vol. 33, no. 2, pp. 410–423, 2022.",
     "Low-latency scheduling for edge inference",
     "IEEE Transactions on Parallel and Distributed Systems", 2022),
    ("ieee",
     "[12] M. Haddad and P. Ferreira, \"Robust visual odometry in low light,\" in Proc. IEEE International "
     "Conference on Robotics and Automation (ICRA), 2018, pp. 88–95.",
     "Robust visual odometry in low light",
     "Proc. IEEE International Conference on Robotics and Automation (ICRA)", 2018),
    ("vancouver",
     "Patel R, Gomez A, Lindqvist E. Vitamin D supplementation and fracture risk in older adults. "
     "BMJ. 2017;356:j1234.",
     "Vitamin D supplementation and fracture risk in older adults", "BMJ", 2017),
    ("vancouver",
     "Okonkwo C, Hartmann F. Long-term outcomes after pediatric cardiac surgery. "
     "Ann Thorac Surg. 2015 Mar;99(3):845-52.",
     "Long-term outcomes after pediatric cardiac surgery", "Ann Thorac Surg", 2015),
    ("chicago",
     "Whitaker, Helen. \"Borders, Markets, and the Making of Regional Identity.\" "
     "Journal of Modern History 88, no. 2 (2016): 301–335.",
     "Borders, Markets, and the Making of Regional Identity", "Journal of Modern History", 2016),
    ("cv",
     "Jane Doe*, Wei Zhang*, and Robert Miller. Scaling laws for retrieval-augmented language models. "
     "In Advances in Neural Information Processing Systems (NeurIPS), 2023. (Oral)",
     "Scaling laws for retrieval-augmented language models",
     "Advances in Neural Information Processing Systems (NeurIPS)", 2023),
    ("cv",
     "Kim, S., Doe, J.†, and Alvarez, M. (2024). Calibrated uncertainty for clinical time series. "
     "International Conference on Learning Representations (ICLR). Spotlight.",
     "Calibrated uncertainty for clinical time series",
     "International Conference on Learning Representations (ICLR)", 2024),
]


def test_model_loads_lazily_and_is_cached():
    t1 = refcrf.get_tagger()
    t2 = refcrf.get_tagger()
    assert t1 is t2
    assert refcrf.model.MODEL_PATH.exists()


def test_tokenizer_offsets():
    s = "A. O'Neil*, “Title” (2020), doi:10.1000/xyz.1. https://example.org/a."
    for tok, a, b in tokenize(s):
        assert s[a:b] == tok
    toks = [t for t, _, _ in tokenize(s)]
    assert "10.1000/xyz.1" in toks and "https://example.org/a" in toks


@pytest.mark.parametrize("style,text,title,container,year", CASES, ids=[c[0] for c in CASES])
def test_hand_written(style, text, title, container, year):
    r = label_reference(text)
    assert r["year"] == year, r
    assert soft(r["title"]) == soft(title), r
    assert soft(r["container"]) == soft(container), r
    # string values are slices of the input
    for k in ("authors", "title", "container", "volume", "pages", "publisher", "doi", "url"):
        if r[k] is not None:
            assert r[k] in text


def test_hand_written_overall():
    ok = sum(
        soft(label_reference(t)["title"]) == soft(ti) and label_reference(t)["year"] == y
        for _s, t, ti, _c, y in CASES
    )
    assert ok >= len(CASES) - 1


def test_label_tokens_shape():
    s = "Smith, J. (2001). A title. Some Journal, 4, 1-2."
    out = label_tokens(s)
    assert out and all(s[a:b] == t for t, a, b, _ in out)
    assert {lab for *_, lab in out} <= set(LABELS)
    assert label_tokens("") == [] and label_tokens("   ") == []


def test_cv_markers_doi_url():
    s = ("Doe, J.*, Roe, R.* (2022). Fast sparse attention. arXiv:2209.01234. "
         "https://github.com/example/fast-attn")
    r = label_reference(s)
    assert r["year"] == 2022
    assert soft(r["title"]) == soft("Fast sparse attention")
    assert r["url"] and "github.com" in r["url"]


try:
    from hypothesis import given, settings, strategies as st
except ImportError:  # pragma: no cover
    given = None

if given is not None:
    @settings(max_examples=300, deadline=None)
    @given(st.text())
    def test_never_raises(text):
        r = label_reference(text)
        assert set(refcrf.FIELDS) <= set(r)
        assert r["year"] is None or isinstance(r["year"], int)
        for k in ("authors", "title", "container", "volume", "pages", "publisher", "doi", "url"):
            assert r[k] is None or r[k] in text
        for lab, a, b in r["spans"]:
            assert 0 <= a <= b <= len(text)


def _refs_dir():
    for p in (ROOT.parent / "shared" / "bench" / "refs", Path("/work/shared/bench/refs")):
        if (p / "anystyle.jsonl").exists():
            return p
    return None


@pytest.mark.skipif(_refs_dir() is None, reason="shared/bench/refs not available")
def test_anystyle_first_300_title_soft_f1():
    spec = importlib.util.spec_from_file_location("bench_refs", ROOT / "bench" / "refs.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    recs = bench.load(_refs_dir() / "anystyle.jsonl", 300)
    res = bench.score(recs)
    assert res["title"]["f1"] >= TITLE_F1_MIN, res
    assert res["year"]["f1"] >= 0.93, res


TITLE_F1_MIN = 0.90  # measured 0.936 on the first 300 (Nov 2026 model)


@pytest.mark.skipif(_refs_dir() is None, reason="shared/bench/refs not available")
def test_parse_entry_meets_the_issue_goals_on_held_out_anystyle():
    """The product's reading (rules + CRF + venue table) on all 2,973 held-out strings: the issue's goals."""
    spec = importlib.util.spec_from_file_location("bench_refs", ROOT / "bench" / "refs.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    res = bench.score(bench.load(_refs_dir() / "anystyle.jsonl"), bench.parse_entry_fields)
    assert res["title"]["f1"] >= 0.90, res
    assert res["year"]["f1"] >= 0.95, res
    assert res["container"]["f1"] >= 0.85, res
