"""Bad input gives a clear error naming the file; the text parser never crashes."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import scholarscope
from scholarscope.errors import InputError

GOOD = "Jane Doe\n\nPUBLICATIONS\n\n1. A Study of Things\nJane Doe, John Roe\nICML 2021\n"


def _run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "scholarscope.cli", *args], capture_output=True, text=True, timeout=120)


def test_batch_goes_on_after_bad_files(tmp_path: Path) -> None:
    (tmp_path / "good.md").write_text(GOOD)
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "junk.txt").write_bytes(bytes(range(256)) * 40)
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.7\n1 0 obj <<>> garbage")
    (tmp_path / "fake.docx").write_bytes(b"PK\x03\x04 not really a zip")
    out = tmp_path / "out"
    r = _run_cli("parse", str(tmp_path), "--out", str(out), "--quiet")
    assert r.returncode == 1
    for name in ("empty.txt", "junk.txt", "broken.pdf", "fake.docx"):
        assert name in r.stderr, r.stderr
    assert "parsed 1, failed 4" in r.stderr
    data = json.loads((out / "good.json").read_text())
    assert data["publications"][0]["title"] == "A Study of Things"
    assert not list(out.glob("*.tmp"))


@pytest.mark.parametrize("payload, reason", [
    (b"", "empty"),
    (b"\x00\x01\x02\x03" * 500, "binary"),
    (b"%PDF-1.4 truncated", "PDF"),
])
def test_errors_name_the_file_and_the_reason(tmp_path: Path, payload: bytes, reason: str) -> None:
    f = tmp_path / ("bad.pdf" if payload.startswith(b"%PDF") else "bad.txt")
    f.write_bytes(payload)
    with pytest.raises(InputError) as info:
        scholarscope.parse_file(f)
    assert str(f) in str(info.value)
    assert reason.lower() in str(info.value).lower()


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        scholarscope.parse_file(tmp_path / "nope.pdf")


def test_encodings_and_line_ends(tmp_path: Path) -> None:
    text = "José Núñez\r\n\r\nPUBLICATIONS\r\n\r\n1. Über die Zahlen\r\nJosé Núñez, Ana Pérez\r\nICML 2021\r\n"
    for enc in ("utf-8", "utf-16", "latin-1"):
        f = tmp_path / f"cv-{enc}.txt"
        f.write_bytes(text.encode(enc))
        p = scholarscope.parse_file(f)
        assert p.person.name == "José Núñez", enc
        assert p.publications[0].title == "Über die Zahlen", enc
        assert p.publications[0].authors == ["José Núñez", "Ana Pérez"], enc


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=600), st.sampled_from(["txt", "md", "tex", "html", "jemdoc", "rst"]))
def test_parse_text_never_crashes(text: str, fmt: str) -> None:
    profile = scholarscope.parse_text(text, format=fmt)
    profile.to_dict()


_CV_ALPHABET = st.sampled_from(list("abcXYZ .,;:*†()[]\"“”-–\n\t12") + ["2021", "Smith, J.", "In Proc.", "**", "<https://a.b/c>", "et al.", "# Publications\n", "1. ", "- "])


@settings(max_examples=300, deadline=None)
@given(st.lists(_CV_ALPHABET, max_size=80).map("".join))
def test_parse_entry_never_crashes_on_cv_like_text(text: str) -> None:
    pub = scholarscope.parse_entry(text)
    assert isinstance(pub.authors, list)


def test_a_parser_bug_on_one_file_does_not_stop_the_batch(tmp_path: Path, monkeypatch) -> None:
    """Fault injection: the second file makes the parser raise an unexpected error."""
    from click.testing import CliRunner

    import scholarscope.parse as parse_pkg
    from scholarscope.cli import main

    (tmp_path / "a.md").write_text(GOOD)
    (tmp_path / "b.md").write_text(GOOD)
    real = parse_pkg.parse_file

    def flaky(path, format=None):
        if Path(path).name == "b.md":
            raise RuntimeError("boom")
        return real(path, format=format)

    monkeypatch.setattr(parse_pkg, "parse_file", flaky)
    r = CliRunner().invoke(main, ["parse", str(tmp_path), "--out", str(tmp_path / "out"), "--quiet"])
    assert r.exit_code == 1
    assert "b.md: internal error (RuntimeError: boom)" in r.output
    assert (tmp_path / "out" / "a.json").exists()
