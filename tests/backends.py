"""Backend fixtures for tests outside tests/store: the same library on SQLite and on a real PostgreSQL.

The PostgreSQL server is the one tests/store starts (a throwaway initdb/pg_ctl cluster, or
SCHOLARSCOPE_TEST_PG_URL); a test on it is skipped, with the reason, only when no server can
be started. Imported by tests/conftest.py so every test folder can ask for ``library_url``.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.store.conftest import _SKIP, fresh_pg_database, pg_server  # noqa: F401 - pg_server is a fixture


def backend_url(request: pytest.FixtureRequest, folder: Path) -> str:
    """A fresh empty library on the backend named by ``request.param``."""
    if request.param == "sqlite":
        return str(folder / "library.db")
    server = request.getfixturevalue("pg_server")
    if server is None:
        pytest.skip(f"PostgreSQL tests skipped: {_SKIP[-1] if _SKIP else 'no server'}")
    return fresh_pg_database(server)


@pytest.fixture(params=["sqlite", "postgresql"])
def library_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh, empty library per test, on SQLite and on PostgreSQL."""
    return backend_url(request, tmp_path)


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def module_library_url(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> str:
    """A fresh, empty library shared by the tests of one module, on SQLite and on PostgreSQL."""
    return backend_url(request, tmp_path_factory.mktemp("library"))
