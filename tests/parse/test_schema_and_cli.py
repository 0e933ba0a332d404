"""Outputs follow the published JSON schema; the CLI prints and writes them."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jsonschema

import scholarscope
from tests.conftest import ROOT, documents, shared_or_skip


def test_outputs_validate_against_the_schema() -> None:
    schema = json.loads((shared_or_skip("schema") / "profile.schema.json").read_text())
    docs = documents(shared_or_skip("seeds")) + documents(ROOT / "tests" / "data" / "cvs")
    for doc in docs:
        jsonschema.validate(scholarscope.parse_file(doc).to_dict(), schema)


def test_every_entry_has_a_span_into_the_source() -> None:
    doc = documents(shared_or_skip("seeds"))[0]
    source = doc.read_text("utf-8")
    for pub in scholarscope.parse_file(doc).publications:
        a, b = pub.span
        assert pub.title.split()[0] in source[a:b]


def test_cli_json(tmp_path: Path) -> None:
    f = tmp_path / "cv.md"
    f.write_text("# Ann Lee\n\n## Publications\n\n- Ann Lee and Bo Chan. Deep Things. *NeurIPS 2023 Workshop on X*, 2023.\n")
    r = subprocess.run([sys.executable, "-m", "scholarscope.cli", "parse", str(f), "--json"],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    pub = data["publications"][0]
    assert (pub["title"], pub["venue"], pub["type"], pub["self_index"]) == ("Deep Things", "NeurIPS", "workshop", 0)
