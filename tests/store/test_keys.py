"""Schema v3: the blocking-key index, written with each document, backfilled on upgrade, used by resolution."""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

from scholarscope.store import Store
from scholarscope.store.ingest import resolve_library
from scholarscope.store.keys import candidate_claims, claim_index_keys, term_counts
from scholarscope.store.queries import clusters
from scholarscope.store.schema import LATEST

KEY_TABLES = {"work_keys": "kind, key, document_id, ord", "work_terms": "key, n", "person_keys": "key, person_id"}


def _add_gold(store: Store, files: list[Path]) -> None:
    for f in files:
        prof = json.loads(f.read_text(encoding="utf-8"))
        prof["doc"] = f.name.removesuffix(".json")
        store.add_document(hashlib.sha256(f.read_bytes()).hexdigest(), str(f), prof, f.stat().st_size)


def _key_rows(store: Store) -> dict[str, list[tuple]]:
    return {t: sorted(store.db.query(f"SELECT {cols} FROM {t}")) for t, cols in KEY_TABLES.items()}


def _downgrade_to_v2(store: Store) -> None:
    """Make the database exactly what v2 code left: no v3 or v4 tables, no v3 index, no later rows."""
    with store.db.write():
        for table in (*KEY_TABLES, "work_vectors"):
            store.db.execute(f"DROP TABLE {table}")  # constant names
        store.db.execute("DROP INDEX documents_name")
        store.db.execute("DELETE FROM schema_version WHERE version >= 3")


def test_keys_written_with_each_document(db_url: str, gold: Path) -> None:
    files = sorted(gold.glob("00*.json"))
    with Store(db_url) as s:
        _add_gold(s, files[:1])
        doc = s.db.query("SELECT id FROM documents")[0][0]
        pubs = s.profile(doc)["publications"]
        rows = s.db.query("SELECT kind, key, ord FROM work_keys WHERE document_id = ?", (doc,))
        want = {(k, key, i) for i, p in enumerate(pubs) for k, key in claim_index_keys(p)}
        assert set(rows) == want and any(k == "i" for k, _, _ in rows)
        terms = dict(s.db.query("SELECT key, n FROM work_terms"))
        assert terms == {key: sum(1 for k, x, _ in rows if k == "t" and x == key) for key in terms}
        assert s.db.query("SELECT COUNT(*) FROM person_keys")[0][0] == 0  # persons come with resolution
        resolve_library(s)
        n_keys, n_persons = (s.db.query(f"SELECT COUNT(DISTINCT {c}) FROM {t}")[0][0]
                             for c, t in (("person_id", "person_keys"), ("id", "persons")))
        assert 0 < n_keys <= n_persons


def test_v2_database_upgrades_and_backfills(db_url: str, gold: Path) -> None:
    files = sorted(gold.glob("00*.json"))
    with Store(db_url) as s:
        _add_gold(s, files[:-1])
        resolve_library(s)
        written = _key_rows(s)
        _downgrade_to_v2(s)
    with Store(db_url) as s:
        assert s.version == LATEST >= 3
        assert _key_rows(s) == written  # the backfill files everything as the v3 writes did
        _add_gold(s, files[-1:])
        assert resolve_library(s) == "incremental"
        inc = clusters(s.db)
        resolve_library(s, full=True)
        assert clusters(s.db) == inc


def test_candidates_come_from_the_index(tmp_path: Path, gold: Path) -> None:
    from scholarscope.resolve.works import make_entries

    files = sorted(gold.glob("00*.json"))
    with Store(str(tmp_path / "lib.db")) as s:
        _add_gold(s, files)
        resolve_library(s)
        prof = json.loads(files[0].read_text(encoding="utf-8"))
        entries = make_entries([dict(prof, doc="probe")])
        with s.db.write():
            rows = candidate_claims(s.db, entries, term_counts(s.db, {t for e in entries for t in e.tokens}))
        found = {(r[0], r[1]) for r in rows}
        own = {(d, o) for d, o in s.db.query("SELECT document_id, ord FROM claims WHERE document_id ="
                                             " (SELECT id FROM documents WHERE path = ?)", (str(files[0]),))}
        total = s.db.query("SELECT COUNT(*) FROM claims")[0][0]
        assert own <= found  # every entry finds its own stored copy
        assert len(found) < total  # and not the whole library
