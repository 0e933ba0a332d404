"""Name normalisation and comparison edge cases."""
from __future__ import annotations

import pytest

from scholarscope.resolve.names import (NameContext, canonical_name, compare_names, name_key, parse_name,
                                        same_person_score, split_names)


@pytest.mark.parametrize("raw,surname,given", [
    ("Zhenmei Shi", "shi", ("zhenmei",)),
    ("ZHENMEI SHI", "shi", ("zhenmei",)),
    ("Shi, Z.", "shi", ("z",)),
    ("Tiamiyu A.T.", "tiamiyu", ("a", "t")),
    ("E.B. Josephs", "josephs", ("e", "b")),
    ("**Yufa Zhou**", "zhou", ("yufa",)),
    ("Yufa Zhou*", "zhou", ("yufa",)),
    ("<b>Yufa Zhou</b>", "zhou", ("yufa",)),
    ("\\textbf{Yufa Zhou}", "zhou", ("yufa",)),
    ("Dr. Aldo Mascareño", "mascareno", ("aldo",)),
    ("W. Ji (吉文成)", "ji", ("w",)),
    ("T.W.J. de Geus", "degeus", ("t", "w", "j")),
    ("Lin, DNC.", "lin", ("d", "n", "c")),
    ("Ivković Ž", "ivkovic", ("z",)),
    ("Yu-Wing Tai", "tai", ("yuwing",)),
    ("Faria-e-Castro, M.", "fariaecastro", ("m",)),
])
def test_parse_name(raw: str, surname: str, given: tuple[str, ...]) -> None:
    p = parse_name(raw)
    assert (p.surname, p.given) == (surname, given)


def test_name_key_and_canonical() -> None:
    assert name_key("Shi, Z.") == name_key("Zhenmei Shi") == "shi|z"
    assert canonical_name("ZHENMEI SHI") == canonical_name("**Zhenmei Shi**") == "zhenmei shi"
    assert canonical_name("Mascareño, Aldo") == canonical_name("Aldo Mascareno")


@pytest.mark.parametrize("a,b", [("Yufa Zhou", "Yufan Zhou"), ("Xiaoyu Li", "Xiao Li"),
                                 ("Xiaoyong Shen", "Xuan Shen"), ("J. A. Smith", "J. B. Smith"),
                                 ("John Smith", "Jane Smith"), ("Zhao Song", "Zhao Sun")])
def test_lookalikes_stay_apart(a: str, b: str) -> None:
    assert compare_names(a, b).score == 0.0
    rich = NameContext({"x", "y", "z"}, {"x", "y", "z"}, shared_works=3)
    assert same_person_score(a, b, rich)[0] == 0.0


@pytest.mark.parametrize("a,b,low", [
    ("Zhenmei Shi", "ZHENMEI SHI", 1.0), ("Yu-Wing Tai", "Yu Wing Tai", 1.0),
    ("Aldo Mascareño", "Mascareno, Aldo", 1.0), ("Mehmet F. Demirel", "Mehmet Demirel", 0.9),
    ("J. Smith", "John Smith", 0.75), ("Rothenberg, D.", "Daniel A. Rothenberg", 0.75),
    ("Simon Peyton Jones", "Peyton Jones, S.", 0.75),
])
def test_same_names(a: str, b: str, low: float) -> None:
    assert compare_names(a, b).score >= low


def test_initials_need_context() -> None:
    bare, _ = same_person_score("J. Smith", "John Smith", NameContext())
    with_coauthors, why = same_person_score("J. Smith", "John Smith", NameContext({"a b", "c d"}, {"a b", "c d"}))
    assert bare < 0.8 <= with_coauthors
    assert "shared co-authors" in why


def test_typo_needs_strong_context() -> None:
    assert compare_names("Arunkmar Patel", "Arunkumar Patel").score == 0.5
    assert same_person_score("Arunkmar Patel", "Arunkumar Patel", NameContext())[0] < 0.8
    assert same_person_score("Arunkmar Patel", "Arunkumar Patel", NameContext(shared_works=2))[0] >= 0.8


def test_co_listed_names_are_two_people() -> None:
    assert same_person_score("Zhenmei Shi", "Zhenmei Shi", NameContext(co_listed=True))[0] == 0.0


@pytest.mark.parametrize("text,names", [
    ("Zhenmei Shi, Yingyu Liang, and Zhao Song", ["Zhenmei Shi", "Yingyu Liang", "Zhao Song"]),
    ("John Stinchcombe & Stephen Wright", ["John Stinchcombe", "Stephen Wright"]),
    ("Noelle Selin and Susan Solomon", ["Noelle Selin", "Susan Solomon"]),
    ("Dr. Aldo Mascareño", ["Aldo Mascareño"]),
    ("Professor Jun Zou", ["Jun Zou"]),
    ("Supervised by: Sercan Arik", ["Sercan Arik"]),
    ("Smith, John", ["Smith, John"]),
    ("Coop, G.; Ross-Ibarra, J.", ["Coop, G.", "Ross-Ibarra, J."]),
    (None, []),
])
def test_split_names(text: str | None, names: list[str]) -> None:
    assert split_names(text) == names
