"""The library commands through click: ingest, people, show, works, clusters, export."""
from __future__ import annotations

import json
from pathlib import Path

import click
from click.testing import CliRunner

from scholarscope.cli import main
from scholarscope.cli_library import COMMANDS, register

from .conftest import write_cvs


def test_register_adds_commands() -> None:
    group = click.Group("g")
    register(group)
    assert set(group.commands) == {c.name for c in COMMANDS} == {"ingest", "people", "show", "works", "clusters",
                                                                  "export", "resolve"}


def test_commands_end_to_end(tmp_path: Path) -> None:
    folder = tmp_path / "cvs"
    folder.mkdir()
    write_cvs(folder, 3, pubs=4)
    (folder / "bad.pdf").write_bytes(b"%PDF-1.4 broken")
    db = str(tmp_path / "lib.db")
    run = CliRunner().invoke
    r = run(main, ["ingest", str(folder), "--db", db, "--quiet"])
    assert r.exit_code == 1  # one file failed
    assert "bad.pdf" in r.output and "3 new" in r.output and "1 failed" in r.output
    r = run(main, ["people", "--db", db, "--json"])
    assert r.exit_code == 0
    names = {p["name"] for p in json.loads(r.output)}
    assert {"Alice Martin", "Bruno Chen", "Carla Rossi"} <= names
    r = run(main, ["people", "--db", db])
    assert r.exit_code == 0 and "Alice Martin" in r.output and "works" in r.output.splitlines()[0]
    r = run(main, ["show", "bruno chen", "--db", db])
    assert r.exit_code == 0 and "mentors:" in r.output and "first" in r.output
    view = json.loads(run(main, ["show", "Bruno Chen", "--db", db, "--json"]).output)
    assert len(view["works"]) == 4 and view["owner_of"] == ["cv_001.md"]
    r = run(main, ["works", "--person", "Bruno Chen", "--db", db, "--json"])
    assert len(json.loads(r.output)) == 4
    r = run(main, ["clusters", "--json", "--db", db])
    pred = json.loads(r.output)
    assert len(pred["papers"]) == 2 and all(len(g) == 3 for g in pred["papers"])
    assert all(":publications:" in k for g in pred["papers"] for k in g)
    for fmt in ("json", "csv", "bibtex", "csljson", "jsonresume"):
        r = run(main, ["export", "Bruno Chen", "--format", fmt, "--db", db])
        assert r.exit_code == 0 and r.output.strip(), fmt
    r = run(main, ["show", "Nobody Here", "--db", db])
    assert r.exit_code != 0 and "no person matches" in r.output
