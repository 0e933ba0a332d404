"""Exports read back with real parsers (BibTeX, CSV, JSON) or validated against published schemas."""
from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from scholarscope.export import FORMATS, render

ROOT = Path(__file__).resolve().parents[2]
SCHEMAS = ROOT / "tests" / "data" / "schemas"
SHARED = Path(os.environ.get("SCHOLARSCOPE_SHARED", ROOT.parent / "shared"))


def _work(wid: str, title: str, authors: list[str], **claim: Any) -> dict[str, Any]:
    c = {"document": "cv.md", "authors": authors, "equal_marked": [], "venue": claim.get("venue"),
         "venue_raw": claim.get("venue_raw"), "year": claim.get("year"), "type": claim.get("type", "conference"),
         "flags": [], "links": claim.get("links", []), "note": claim.get("note"), "doi": claim.get("doi"),
         "title": title}
    return {"id": wid, "title": title, "year": claim.get("year"), "venue": claim.get("venue"),
            "type": c["type"], "sources": ["cv.md"], "claims": [c], "role": "first", "roles": {"first": ["cv.md"]},
            "venues": [claim["venue"]] if claim.get("venue") else []}


TRICKY = {
    "id": "P1", "name": "José Ñúñez-García", "documents": 1, "variants": ["José Ñúñez-García"], "owner_of": ["cv.md"],
    "works": [
        _work("W1", "Fast & Furious: 50% {Faster} Attention #1 with $O(n)$ cost_x", ["José Ñúñez-García", "Ada van der Berg",
              "Lee, Kim"], venue="NeurIPS", venue_raw="NeurIPS 2024 (Oral)", year=2024,
              links=["https://arxiv.org/abs/2401.01234", "https://x.org/a_b%20c"], doi="10.1000/xyz_1", note="Oral"),
        _work("W2", "Fast & Furious: 50% {Faster} Attention #2", ["José Ñúñez-García"], type="preprint", year=None),
        _work("W3", "A journal paper", ["Zoë Smith", "José Ñúñez-García"], venue="TMLR", venue_raw="TMLR",
              year=2023, type="journal"),
    ],
    "education": [{"institution": "Universidad X", "degree": "Ph.D.", "field": "CS", "start": "2019-09", "end": None,
                   "gpa": "4.0", "sources": ["cv.md"]},
                  {"institution": "Y", "degree": None, "field": None, "start": "Fall 2015", "end": "2019",
                   "sources": ["cv.md"]}],
    "positions": [{"org": "Lab", "title": "Intern", "start": "2022-06", "end": "2022-09", "location": "Paris",
                   "kind": "internship", "sources": ["cv.md"]}],
    "awards": [{"name": "Best Paper", "date": "2024-05", "sources": ["cv.md"]}, {"name": "Prize", "date": None,
                                                                                 "sources": ["cv.md"]}],
    "contact": [{"emails": ["jose@example.org"], "homepages": ["https://jose.example.org"], "source": "cv.md"}],
    "coauthors": [], "mentors": [], "mentees": [], "roles": {"first": 3}, "venues": {"NeurIPS": 1},
}


def _validator(name: str) -> jsonschema.protocols.Validator:
    schema = json.loads((SCHEMAS / name).read_text("utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


def check_bibtex(view: dict[str, Any]) -> None:
    import bibtexparser
    from bibtexparser.middlewares import LatexDecodingMiddleware

    text = render(view, "bibtex")
    lib = bibtexparser.parse_string(text, append_middleware=[LatexDecodingMiddleware()])
    assert not lib.failed_blocks, [b.error for b in lib.failed_blocks]
    assert len(lib.entries) == len(view["works"])
    assert len({e.key for e in lib.entries}) == len(lib.entries)
    by_title = {e["title"].replace("{", "").replace("}", ""): e for e in lib.entries}
    for w in view["works"]:
        assert w["title"].replace("{", "").replace("}", "") in by_title


def check_csl(view: dict[str, Any]) -> list[dict[str, Any]]:
    items = json.loads(render(view, "csljson"))
    _validator("csl-data.json").validate(items)
    assert [i["id"] for i in items] == [w["id"] for w in view["works"]]
    return items


def check_resume(view: dict[str, Any]) -> dict[str, Any]:
    resume = json.loads(render(view, "jsonresume"))
    _validator("jsonresume-schema.json").validate(resume)
    return resume


def test_bibtex_round_trips_tricky_text() -> None:
    check_bibtex(TRICKY)
    text = render(TRICKY, "bibtex")
    assert "@inproceedings" in text and "@misc" in text and "@article" in text
    assert "eprint = {2401.01234}" in text and "doi = {10.1000/xyz_1}" in text
    assert "Ñúñez" not in text  # accents are LaTeX-escaped, so plain BibTeX reads them


def test_csljson_valid_against_published_schema() -> None:
    items = check_csl(TRICKY)
    first = items[0]
    assert first["type"] == "paper-conference" and first["issued"] == {"date-parts": [[2024]]}
    assert first["author"][1] == {"family": "van der Berg", "given": "Ada"}
    assert first["author"][2] == {"family": "Lee", "given": "Kim"}
    assert items[1]["type"] == "article" and "issued" not in items[1]


def test_csl_schema_rejects_bad_items() -> None:
    with pytest.raises(jsonschema.ValidationError):
        _validator("csl-data.json").validate([{"id": "x", "type": "not-a-type"}])


def test_jsonresume_valid_against_published_schema() -> None:
    resume = check_resume(TRICKY)
    assert resume["basics"] == {"name": "José Ñúñez-García", "email": "jose@example.org",
                                "url": "https://jose.example.org"}
    assert resume["education"][1].get("startDate") is None  # "Fall 2015" is not ISO 8601: left out, not invented
    assert resume["education"][1]["endDate"] == "2019"
    assert len(resume["publications"]) == 3


def test_jsonresume_schema_rejects_bad_dates() -> None:
    with pytest.raises(jsonschema.ValidationError):
        _validator("jsonresume-schema.json").validate({"work": [{"startDate": "Spring 2020"}]})


def test_csv_and_json_read_back() -> None:
    rows = list(csv.DictReader(io.StringIO(render(TRICKY, "csv"))))
    assert [r["work_id"] for r in rows] == ["W1", "W2", "W3"]
    assert rows[0]["title"].startswith("Fast & Furious") and rows[0]["role"] == "first"
    assert json.loads(render(TRICKY, "json"))["name"] == TRICKY["name"]
    with pytest.raises(ValueError):
        render(TRICKY, "docx")
    assert set(FORMATS) == {"json", "csv", "bibtex", "csljson", "jsonresume"}


def test_every_seed_person_exports_cleanly(tmp_path: Path) -> None:
    seeds = SHARED / "seeds"
    if not seeds.exists():
        pytest.skip(f"{seeds} not found (set SCHOLARSCOPE_SHARED to the shared folder)")
    from scholarscope.store import Store, ingest
    from scholarscope.store.views import person_view

    url = str(tmp_path / "lib.db")
    ingest([seeds], url)
    with Store(url) as s:
        owners = [r[0] for r in s.db.query("SELECT DISTINCT person_id FROM person_mentions WHERE role = 'owner'")]
        assert len(owners) == 4
        for pid in owners:
            view = person_view(s.db, pid)
            check_bibtex(view)
            check_csl(view)
            check_resume(view)
