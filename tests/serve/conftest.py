"""Fixtures for the web tests: a real temporary SQLite library built from the team's invented CVs."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CVS = ROOT / "tests" / "data" / "cvs"
LIBRARY_DOCS = ["01_adeyemi-learning-sciences.md", "04_benedetti-chemistry-moderncv.tex",
                "10_haddad-ml-markdown.md", "07_solberg-databases-olreversed.html"]
XSS_TITLE = '<script>alert("xss")</script> Attacks on <b>bold</b> & "quoted" parsers'
XSS_DOC = f"""Eve Mallory
Email: eve.mallory@example.org
Phone: +1 555 010 9999

Publications

1. Eve Mallory, Bob Builder. {XSS_TITLE}. In NeurIPS 2023.
2. Eve Mallory. Long-context LLM acceleration with sparse attention. ICLR 2024.
"""


@pytest.fixture(scope="session")
def library(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite file holding four sample CVs and the XSS document, texts kept, index built."""
    from scholarscope.serve.demo import prepare

    folder = tmp_path_factory.mktemp("library")
    docs = folder / "docs"
    docs.mkdir()
    for name in LIBRARY_DOCS:
        shutil.copy(CVS / name, docs / name)
    (docs / "99_mallory-xss.txt").write_text(XSS_DOC, "utf-8")
    db = folder / "library.db"
    report = prepare(str(db), [docs])
    assert not report.failed, report.failed
    return db


@pytest.fixture()
def client(library: Path, tmp_path: Path):  # type: ignore[no-untyped-def]
    from fastapi.testclient import TestClient

    from scholarscope.serve.app import Settings, create_app

    app = create_app(Settings(db_url=str(library), uploads_dir=str(tmp_path / "uploads")))
    with TestClient(app) as c:
        yield c


def person_id(client, name: str) -> str:  # type: ignore[no-untyped-def]
    people = client.get("/api/people", params={"limit": 200}).json()["items"]
    return next(p["id"] for p in people if p["name"] == name)
