"""`scholarscope index`: the search index and field tags built ahead of serving, and what ran."""
from __future__ import annotations

import shutil
from pathlib import Path

from click.testing import CliRunner

from scholarscope.cli import main

from .conftest import CVS, LIBRARY_DOCS


def test_index_command(tmp_path: Path) -> None:
    for name in LIBRARY_DOCS[:2]:
        shutil.copy(CVS / name, tmp_path / name)
    db = str(tmp_path / "lib.db")
    runner = CliRunner()
    assert runner.invoke(main, ["ingest", str(tmp_path / LIBRARY_DOCS[0]), str(tmp_path / LIBRARY_DOCS[1]),
                                "--db", db]).exit_code == 0
    r = runner.invoke(main, ["index", "--db", db, "--embedding", "tfidf"])
    assert r.exit_code == 0, r.output
    from scholarscope.store import Store

    with Store(db) as store:
        works = store.db.query("SELECT COUNT(*) FROM works")[0][0]
        tagged = store.db.query("SELECT COUNT(*) FROM serve_work_fields")[0][0]
        indexed = store.db.query("SELECT COUNT(*) FROM serve_fts_work_ids")[0][0]
    assert f"indexed {works} works" in r.output and f"{tagged} field tags" in r.output
    assert indexed == works and 0 < tagged <= works
    assert "embedding tfidf: kept in memory" in r.output
