"""kill -9 during a batch leaves no half-written document; two ingest processes share one file."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from scholarscope.store import Store, ingest
from scholarscope.store.ingest import STORE_BATCH

from .conftest import ROOT, write_cvs

# The child pauses inside each document's transaction (after its rows are written, before
# COMMIT), so the parent's SIGKILL lands while a document is half-way through. It stores
# argv[2] documents per transaction (ingest's `batch`).
SLOW_CHILD = """
import sys, time
from scholarscope.store import repository
original = repository.Store._insert_items
def slow(self, doc_id, profile):
    original(self, doc_id, profile)
    print("inside", doc_id, flush=True)
    time.sleep(0.4)
repository.Store._insert_items = slow
from scholarscope.store import ingest
ingest(sys.argv[3:], sys.argv[1], batch=int(sys.argv[2]))
print("done", flush=True)
"""


def _env() -> dict[str, str]:
    return dict(os.environ, PYTHONPATH=str(ROOT / "src"))


def _check_documents_whole(url: str) -> list[str]:
    """Every stored document has all its claims, education, positions and awards; returns the ids."""
    with Store(url) as s:
        ids = []
        for doc_id, profile in s.db.query("SELECT id, profile FROM documents"):
            p = json.loads(profile)
            for table, key in (("claims", "publications"), ("education", "education"),
                               ("positions", "positions"), ("awards", "awards")):
                n = s.db.query(f"SELECT COUNT(*) FROM {table} WHERE document_id = ?", (doc_id,))[0][0]
                assert n == len(p.get(key) or []), (doc_id, table)
            ids.append(doc_id)
        return ids


@pytest.mark.parametrize("batch, committed", [(1, 2), (2, 2), (STORE_BATCH, 0)])
def test_kill_9_mid_batch_leaves_no_half_document(db_url: str, tmp_path: Path, batch: int, committed: int) -> None:
    # killed while the third document is written: with one or two documents per transaction the
    # first two are committed; with the default batch all eight share one transaction, so none is
    files = write_cvs(tmp_path, 8, pubs=5)
    child = subprocess.Popen([sys.executable, "-c", SLOW_CHILD, db_url, str(batch), *map(str, files)], env=_env(),
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert child.stdout is not None
    inside = []
    for line in child.stdout:
        if line.startswith("inside"):
            inside.append(line.split()[1])
        if len(inside) == 3:
            break
    child.send_signal(signal.SIGKILL)  # the third document's transaction is open now
    child.wait(timeout=30)
    if db_url.endswith(".db"):
        import sqlite3

        conn = sqlite3.connect(db_url)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        conn.close()
    stored = _check_documents_whole(db_url)
    assert sorted(stored) == sorted(inside[:committed])  # the committed ones, never the one killed mid-way
    # the next run finishes the batch and resolves the library
    report = ingest(files, db_url)
    assert report.counts() == ({"unchanged": committed, "new": 8 - committed} if committed else {"new": 8})
    assert len(_check_documents_whole(db_url)) == 8
    with Store(db_url) as s:
        assert s.db.query("SELECT COUNT(*) FROM work_claims")[0][0] == s.db.query("SELECT COUNT(*) FROM claims")[0][0]


TWO_CHILD = """
import sys
from scholarscope.store import ingest
r = ingest(sys.argv[2:], sys.argv[1])
print(r.summary(), flush=True)
"""


def test_two_ingest_processes_on_one_sqlite_file(tmp_path: Path) -> None:
    folder = tmp_path / "cvs"
    folder.mkdir()
    files = [str(f) for f in write_cvs(folder, 12, pubs=6)]
    url = str(tmp_path / "shared.db")
    Store(url).close()  # both start from a migrated file; racing migrations are covered by retrying
    # overlapping halves: files 4-7 are ingested by both processes at once
    procs = [subprocess.Popen([sys.executable, "-c", TWO_CHILD, url, *part], env=_env(), text=True,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE)
             for part in (files[:8], files[4:])]
    t0 = time.time()
    outs = [p.communicate(timeout=120) for p in procs]
    assert all(p.returncode == 0 for p in procs), outs
    assert time.time() - t0 < 120
    import sqlite3

    conn = sqlite3.connect(url)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0] == 12
    conn.close()
    assert len(_check_documents_whole(url)) == 12
    # both resolved; the last resolution saw all twelve documents
    with Store(url) as s:
        assert s.db.query("SELECT COUNT(*) FROM work_claims")[0][0] == s.db.query("SELECT COUNT(*) FROM claims")[0][0]
