"""Store fixtures: a real SQLite file and, when one can be started, a real PostgreSQL server.

The PostgreSQL server is a throwaway cluster made with Debian's initdb/pg_ctl in a temp dir
(as the `postgres` user when the tests run as root), or the server named by
SCHOLARSCOPE_TEST_PG_URL. Each test gets a fresh database on it.
"""
from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SHARED = Path(os.environ.get("SCHOLARSCOPE_SHARED", ROOT.parent / "shared"))


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _as_owner(cmd: list[str], owner: str | None) -> list[str]:
    return ["runuser", "-u", owner, "--", *cmd] if owner else cmd


def _start_cluster(tmp: Path) -> tuple[str, list[str]]:
    """initdb + pg_ctl start on a free port; returns (url, stop command). Raises RuntimeError."""
    bins = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if not bins:
        raise RuntimeError("no /usr/lib/postgresql/*/bin/initdb (apt-get install postgresql)")
    bindir = Path(bins[-1]).parent
    owner = None
    if os.geteuid() == 0:  # PostgreSQL refuses to run as root
        owner = "postgres"
        if shutil.which("runuser") is None:
            raise RuntimeError("running as root and runuser is missing")
        subprocess.run(["chown", "-R", owner, str(tmp)], check=True)
        tmp.chmod(0o755)
    data, port = tmp / "data", _free_port()
    run = lambda cmd: subprocess.run(_as_owner(cmd, owner), capture_output=True, text=True, timeout=60)  # noqa: E731
    r = run([str(bindir / "initdb"), "-D", str(data), "-A", "trust", "-U", "scholarscope", "--no-sync", "-E", "UTF8"])
    if r.returncode:
        raise RuntimeError(f"initdb failed: {r.stderr.strip()[-300:]}")
    opts = f"-p {port} -k {tmp} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off"
    r = run([str(bindir / "pg_ctl"), "-D", str(data), "-o", opts, "-l", str(tmp / "log"), "-w", "-t", "30", "start"])
    if r.returncode:
        raise RuntimeError(f"pg_ctl start failed: {r.stderr.strip()[-300:]}")
    stop = _as_owner([str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"], owner)
    return f"postgresql://scholarscope@127.0.0.1:{port}/postgres", stop


@pytest.fixture(scope="session")
def pg_server() -> Iterator[str | None]:
    """The URL of a PostgreSQL server for tests, or None (with the reason in pg_server.skip_reason)."""
    try:
        import psycopg  # noqa: F401
    except ImportError:
        _SKIP.append("psycopg is not installed (pip install -e '.[pg]')")
        yield None
        return
    if os.environ.get("SCHOLARSCOPE_TEST_PG_URL"):
        yield os.environ["SCHOLARSCOPE_TEST_PG_URL"]
        return
    tmp = Path(tempfile.mkdtemp(prefix="scholarscope-pg-"))
    try:
        url, stop = _start_cluster(tmp)
    except (RuntimeError, OSError, subprocess.SubprocessError) as exc:
        _SKIP.append(f"no PostgreSQL server could be started: {exc}")
        shutil.rmtree(tmp, ignore_errors=True)
        yield None
        return
    try:
        yield url
    finally:
        subprocess.run(stop, capture_output=True, timeout=60)
        shutil.rmtree(tmp, ignore_errors=True)


_SKIP: list[str] = []


def fresh_pg_database(server: str) -> str:
    """A new empty database on the test server; returns its URL."""
    import psycopg

    name = "t_" + uuid.uuid4().hex[:12]
    with psycopg.connect(server, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")  # name is generated here, never input
    return server.rsplit("/", 1)[0] + "/" + name


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh, empty library on each backend."""
    if request.param == "sqlite":
        return str(tmp_path / "library.db")
    server = request.getfixturevalue("pg_server")
    if server is None:
        pytest.skip(f"PostgreSQL tests skipped: {_SKIP[-1] if _SKIP else 'no server'}")
    return fresh_pg_database(server)


@pytest.fixture(scope="session")
def seeds() -> Path:
    path = SHARED / "seeds"
    if not path.exists():
        pytest.skip(f"{path} not found (set SCHOLARSCOPE_SHARED to the shared folder)")
    return path


@pytest.fixture(scope="session")
def gold() -> Path:
    path = SHARED / "gold"
    if not (path / "clusters.json").exists():
        pytest.skip(f"{path} not found (set SCHOLARSCOPE_SHARED to the shared folder)")
    return path


GIVEN = "Alice Bruno Carla Dmitri Elena Farid Greta Hiro Ines Jonas Kavya Liam Mira Nadia Oscar Priya".split()
FAMILY = "Martin Chen Rossi Ivanov Park Haddad Novak Tanaka Silva Berg Rao Walsh Costa Adeyemi Larsen Kaur".split()
WORDS = ("sparse attention kernel graph diffusion robust private federated low rank transformer bandit causal "
         "spectral neural operator contrastive tensor pruning retrieval").split()


def write_cvs(folder: Path, n: int, pubs: int = 6, seed: int = 0) -> list[Path]:
    """n small Markdown CVs in the seeds' layout; owners share co-authors and two papers."""
    import random

    rng = random.Random(seed)
    coauthors = [f"{g} {f}" for g, f in zip(GIVEN[:6], FAMILY[6:12])]
    shared = [" ".join(rng.sample(WORDS, 6)).capitalize() for _ in range(2)]
    paths = []
    for i in range(n):
        owner = f"{GIVEN[i % 16]} {FAMILY[(i // 16 + i) % 16]}"
        lines = ["", owner.upper(), "", f"Email: {owner.split()[0].lower()}{i}@example.org", "", "PUBLICATIONS", ""]
        titles = shared + [" ".join(rng.sample(WORDS, 7)).capitalize() for _ in range(pubs - 2)]
        for k, title in enumerate(titles, 1):
            authors = [f"**{owner}**", *rng.sample(coauthors, 2)]
            lines += [f"{k}. {title}", ", ".join(authors), f"<https://example.org/p{i}_{k}> NeurIPS {2015 + k}"]
        p = folder / f"cv_{i:03d}.md"
        p.write_text("\n".join(lines) + "\n", encoding="utf-8")
        paths.append(p)
    return paths


PY = sys.executable
