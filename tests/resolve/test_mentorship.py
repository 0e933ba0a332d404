"""Mentor edges from education advisors and position supervisors."""
from __future__ import annotations

from scholarscope.resolve import resolve_profiles
from scholarscope.resolve.people import find_owner


def _profile() -> dict:
    return {
        "doc": "cv.txt", "person": {"name": "Ada Lovelace"},
        "education": [{"institution": "Uni", "degree": "Ph.D.", "advisor": "Dr. Charles Babbage"},
                      {"institution": "Uni", "degree": "M.S.", "advisor": None}],
        "positions": [
            {"org": "Lab", "title": "Intern", "kind": "internship", "supervisor": "Mary Somerville"},
            {"org": "Lab", "title": "Intern", "kind": "internship", "supervisor": "Mary Somerville"},
            {"org": None, "title": None, "kind": "research",
             "supervisor": "Augustus De Morgan, Charles Babbage, and Michael Faraday"},
            {"org": "Co", "title": "Engineer", "kind": "job", "supervisor": "Ada Lovelace"},
        ],
        "publications": [],
    }


def test_edges_one_per_mentor_and_document() -> None:
    res = resolve_profiles([_profile()])
    got = {(e.mentor, e.relation) for e in res.mentorship}
    assert ("Charles Babbage", "Ph.D. advisor") in got
    assert ("Mary Somerville", "internship supervisor") in got
    assert {e.mentor for e in res.mentorship} == {"Charles Babbage", "Mary Somerville", "Augustus De Morgan",
                                                    "Michael Faraday"}
    mary = next(e for e in res.mentorship if e.mentor == "Mary Somerville")
    assert len(mary.contexts) == 2 and mary.mentee == "Ada Lovelace" and mary.source == "cv.txt"
    assert all(e.mentor_id and e.mentee_id for e in res.mentorship)


def test_owner_from_self_index_when_header_has_no_name() -> None:
    prof = {"doc": "d.txt", "person": {"name": ""}, "publications": [
        {"section": "p", "index": 1, "title": "T", "authors": ["A B", "Yufa Zhou"], "self_index": 1},
        {"section": "p", "index": 2, "title": "U", "authors": ["Yufa Zhou", "Yufan Zhou"], "self_index": 0}]}
    owner = find_owner(prof)
    assert owner and owner.name == "Yufa Zhou" and owner.source == "self_index"


def test_gold_mentorship(gold_profiles, gold_clusters) -> None:
    res = resolve_profiles(gold_profiles)
    pred = {(e.mentor.lower(), e.mentee.lower(), e.source) for e in res.mentorship}
    want = {(g["mentor"].lower(), g["mentee"].lower(), g["source"]) for g in gold_clusters["mentorship"]}
    tp = len(pred & want)
    assert tp / len(pred) >= 0.9 and tp / len(want) >= 0.9
