"""Ingest: files -> parsed profiles -> stored documents -> resolution over the whole library.

Each document is stored in its own transaction; a file that fails to parse is reported and
the batch goes on. Unchanged bytes are recognised by their hash before parsing.
"""
from __future__ import annotations

import hashlib
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .repository import Store


@dataclass
class FileResult:
    path: str
    status: str                 # new | version | restored | unchanged | duplicate | failed
    doc_id: str | None = None
    error: str | None = None


@dataclass
class IngestReport:
    files: list[FileResult] = field(default_factory=list)
    works: int = 0
    persons: int = 0
    mentorship: int = 0
    parse_seconds: float = 0.0
    resolve_seconds: float = 0.0

    @property
    def failed(self) -> list[FileResult]:
        return [f for f in self.files if f.status == "failed"]

    def counts(self) -> dict[str, int]:
        return dict(Counter(f.status for f in self.files))

    def summary(self) -> str:
        c = self.counts()
        parts = [f"{c.get(k, 0)} {k}" for k in ("new", "version", "unchanged", "failed")]
        parts += [f"{c[k]} {k}" for k in ("restored", "duplicate") if c.get(k)]
        return (f"ingested {len(self.files)} files: " + ", ".join(parts)
                + f"; library: {self.works} works, {self.persons} persons, {self.mentorship} mentorship edges")

    def to_dict(self) -> dict[str, Any]:
        return {"files": [vars(f) for f in self.files], "counts": self.counts(), "works": self.works,
                "persons": self.persons, "mentorship": self.mentorship}


def expand(paths: Iterable[str | Path]) -> list[Path]:
    """Files given directly, plus the files inside given folders."""
    from ..read import expand_paths

    return expand_paths(paths)


def _read(path: Path) -> tuple[str, bytes] | FileResult:
    try:
        data = path.read_bytes()
    except OSError as exc:
        return FileResult(str(path), "failed", error=f"{path}: cannot read ({exc.strerror or exc})")
    return hashlib.sha256(data).hexdigest(), data


def parse_path(path: Path) -> dict[str, Any] | str:
    """The parsed profile, or the error message (a worker must not raise: the batch goes on)."""
    from ..errors import ScholarscopeError
    from ..parse import parse_file

    try:
        return parse_file(path).to_dict()
    except ScholarscopeError as exc:
        return str(exc)
    except OSError as exc:
        return f"{path}: cannot read ({exc.strerror or exc})"
    except Exception as exc:  # noqa: BLE001 - a parser bug must not stop the batch
        return f"{path}: {type(exc).__name__}: {exc}"


def ingest_one(store: Store, path: Path) -> FileResult:
    """Parse and store one file; never raises for a bad file (the error is in the result)."""
    read = _read(path)
    if isinstance(read, FileResult):
        return read
    doc_id, data = read
    if store.has_document(doc_id, str(path.resolve())):
        return FileResult(str(path), "unchanged", doc_id)
    return _store(store, path, doc_id, len(data), parse_path(path))


def _store(store: Store, path: Path, doc_id: str, size: int, parsed: dict[str, Any] | str) -> FileResult:
    if isinstance(parsed, str):
        return FileResult(str(path), "failed", doc_id, parsed)
    return FileResult(str(path), store.add_document(doc_id, str(path.resolve()), parsed, size), doc_id)


def _ingest_parallel(store: Store, files: list[Path], workers: int) -> Iterator[FileResult]:
    """Parse in worker processes, store in this one (in input order, one transaction per document)."""
    from concurrent.futures import ProcessPoolExecutor

    todo: list[tuple[Path, str, int]] = []
    for path in files:
        read = _read(path)
        if isinstance(read, FileResult):
            yield read
        elif store.has_document(read[0], str(path.resolve())):
            yield FileResult(str(path), "unchanged", read[0])
        else:
            todo.append((path, read[0], len(read[1])))
    with ProcessPoolExecutor(max_workers=workers) as pool:
        parsed = pool.map(parse_path, [t[0] for t in todo], chunksize=8)
        for (path, doc_id, size), result in zip(todo, parsed):
            yield _store(store, path, doc_id, size, result)


RESOLVE_EVERY = 2000  # new documents between resolution runs within one batch


def ingest(paths: Iterable[str | Path], db_url: str | None = None, *,
           on_file: Callable[[FileResult], None] | None = None, resolve: bool = True,
           workers: int = 1, resolve_every: int = RESOLVE_EVERY) -> IngestReport:
    """Ingest files and folders into the library at ``db_url`` (default ./scholarscope.db).

    ``workers`` > 1 parses in that many processes; storing stays in this one. Every
    ``resolve_every`` new documents the library is resolved (incrementally after the first
    time), so memory stays bounded by that many documents plus what they touch.
    """
    files = expand(paths)
    report = IngestReport()
    with Store(db_url) as store:
        t0 = time.perf_counter()
        results = (_ingest_parallel(store, files, workers) if workers > 1 and len(files) > 1
                   else (ingest_one(store, p) for p in files))
        pending = 0
        for result in results:
            report.files.append(result)
            if on_file:
                on_file(result)
            pending += result.status == "new"
            if resolve and pending >= resolve_every:
                t1 = time.perf_counter()
                resolve_library(store)
                report.resolve_seconds += time.perf_counter() - t1
                pending = 0
        report.parse_seconds = time.perf_counter() - t0 - report.resolve_seconds
        changed = any(f.status in ("new", "version", "restored") for f in report.files)
        if resolve and (changed or not _resolved(store)):
            t1 = time.perf_counter()
            resolve_library(store)
            report.resolve_seconds += time.perf_counter() - t1
        report.works, report.persons, report.mentorship = _totals(store)
    return report


# Measured (bench/ingest_speed.py): resolving a document incrementally costs about four times what it
# costs inside a full streaming run, so a large batch of a quarter of the library or more is resolved in full.
_FULL_SHARE = 4
_FULL_MIN = 500  # small batches stay incremental: their ids stay and the cost is small anyway


def _current_count(store: Store) -> int:
    return store.db.query("SELECT COUNT(*) FROM documents WHERE is_current = 1")[0][0]


def resolve_library(store: Store, full: bool = False) -> str:
    """Bring the resolution tables up to date with the current documents; returns "incremental" or "full".

    Incremental: only documents resolution has not seen are resolved, against the stored works
    and persons (ids stay). Full (``full=True``, a replaced document version, or a library
    never resolved): everything is resolved again from the stored profiles, streaming
    (`Store.resolve_streaming`), so memory does not grow with the library.
    """
    from .resolution_rows import resolve_incremental, unresolved_documents

    def step() -> bool:
        with store.db.write():
            new = unresolved_documents(store.db)
            if new and len(new) >= _FULL_MIN and len(new) * _FULL_SHARE >= _current_count(store):
                return False  # a batch this large relative to the library: one streaming run is cheaper
            return new is not None and (not new or resolve_incremental(store.db, new))

    if not full and store.db.retrying(step):
        return "incremental"
    store.resolve_streaming()
    return "full"


def _resolved(store: Store) -> bool:
    """False when documents exist but resolution never ran (e.g. a crash between the two)."""
    docs = store.db.query("SELECT COUNT(*) FROM documents WHERE is_current = 1")[0][0]
    works = store.db.query("SELECT COUNT(*) FROM work_claims")[0][0]
    claims = store.db.query("SELECT COUNT(*) FROM claims c JOIN documents d ON d.id = c.document_id"
                            " WHERE d.is_current = 1")[0][0]
    return not docs or works == claims


def _totals(store: Store) -> tuple[int, int, int]:
    q = store.db.query
    return (q("SELECT COUNT(*) FROM works")[0][0], q("SELECT COUNT(*) FROM persons")[0][0],
            q("SELECT COUNT(*) FROM mentorship")[0][0])
