"""Ingest: files -> parsed profiles -> stored documents -> resolution over the whole library.

Parsed documents are stored several at a time, each group in one transaction (all or none), so a
crash leaves only whole documents and a commit is paid per group, not per document. A file that
fails to read or parse is reported and the rest goes on; unchanged bytes are recognised by their
hash before parsing.
"""
from __future__ import annotations

import hashlib
import time
from collections import Counter, deque
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


# parsed documents per store transaction, or fewer once the oldest of them has waited STORE_WAIT_S
# (a slow file follows). Each commit writes every index page its batch touched (the key index is
# ordered by word, so a batch touches much of it): 500 documents per commit cost a fifth less CPU
# per document than 100 (bench/ingest_speed.py --no-parse). Two parsing processes deliver ~60
# documents/s, so the wait must allow a full batch; a crash loses at most that many seconds of parsing.
STORE_BATCH = 500
STORE_WAIT_S = 10.0


@dataclass
class _Parsed:
    """A file read and parsed (or failed), waiting to be stored."""

    path: Path
    doc_id: str
    size: int
    parsed: dict[str, Any] | str    # the profile, or the error message


def _prepare(store: Store, path: Path) -> _Parsed | FileResult:
    """Read one file: a result when it needs no parsing (unreadable, unchanged), else what to parse."""
    read = _read(path)
    if isinstance(read, FileResult):
        return read
    doc_id, data = read
    if store.has_document(doc_id, str(path.resolve())):
        return FileResult(str(path), "unchanged", doc_id)
    return _Parsed(path, doc_id, len(data), "")


def ingest_one(store: Store, path: Path) -> FileResult:
    """Parse and store one file in its own transaction; never raises for a bad file (the error is in the result)."""
    item = _prepare(store, path)
    if isinstance(item, FileResult):
        return item
    item.parsed = parse_path(path)
    return _store_batch(store, [item])[0]


def _store_batch(store: Store, items: list[_Parsed | FileResult]) -> list[FileResult]:
    """Store the parsed documents of `items` in one transaction; the results in input order."""
    docs = [x for x in items if isinstance(x, _Parsed) and not isinstance(x.parsed, str)]
    rows = [(x.doc_id, str(x.path.resolve()), x.parsed, x.size) for x in docs]
    try:
        statuses = store.add_documents(rows) if rows else []  # type: ignore[arg-type]
    except Exception:  # noqa: BLE001 - one document the store refuses: store the others alone, it raises as before
        statuses = [store.add_document(*r) for r in rows]  # type: ignore[arg-type]
    status = dict(zip((id(x) for x in docs), statuses))
    out = []
    for x in items:
        if isinstance(x, FileResult):
            out.append(x)
        elif isinstance(x.parsed, str):
            out.append(FileResult(str(x.path), "failed", x.doc_id, x.parsed))
        else:
            out.append(FileResult(str(x.path), status[id(x)], x.doc_id))
    return out


def _batched(store: Store, items: Iterator[_Parsed | FileResult], batch: int) -> Iterator[FileResult]:
    """Store parsed documents `batch` at a time, or fewer when the next arrives after the oldest waited STORE_WAIT_S."""
    pending: list[_Parsed | FileResult] = []
    since = 0.0
    for item in items:
        if not pending:
            since = time.perf_counter()
        pending.append(item)
        if len(pending) >= batch or time.perf_counter() - since >= STORE_WAIT_S:
            yield from _store_batch(store, pending)
            pending = []
    if pending:
        yield from _store_batch(store, pending)


def _parse_serial(store: Store, files: list[Path]) -> Iterator[_Parsed | FileResult]:
    for path in files:
        item = _prepare(store, path)
        if isinstance(item, _Parsed):
            item.parsed = parse_path(path)
        yield item


def _parse_parallel(store: Store, files: list[Path], workers: int) -> Iterator[_Parsed | FileResult]:
    """Parse in worker processes (in input order); storing stays in this process."""
    from concurrent.futures import ProcessPoolExecutor

    items = deque(_prepare(store, path) for path in files)
    todo = [x.path for x in items if isinstance(x, _Parsed)]
    with ProcessPoolExecutor(max_workers=workers) as pool:
        parsed = iter(pool.map(parse_path, todo, chunksize=8))
        while items:  # popped, so a stored profile is not kept until the end
            item = items.popleft()
            if isinstance(item, _Parsed):
                item.parsed = next(parsed)
            yield item


RESOLVE_EVERY = 2000  # new documents between resolution runs within one batch


def ingest(paths: Iterable[str | Path], db_url: str | None = None, *,
           on_file: Callable[[FileResult], None] | None = None, resolve: bool = True,
           workers: int = 1, resolve_every: int = RESOLVE_EVERY, batch: int = STORE_BATCH) -> IngestReport:
    """Ingest files and folders into the library at ``db_url`` (default ./scholarscope.db).

    ``workers`` > 1 parses in that many processes; storing stays in this one, ``batch`` parsed
    documents per transaction. Every ``resolve_every`` new documents the library is resolved
    (incrementally after the first time), so memory stays bounded by that many documents plus
    what they touch; but when the files are many enough for the final run to be a full one
    (a quarter of the library or more), resolution waits for the end: one streaming run.
    """
    files = expand(paths)
    report = IngestReport()
    with Store(db_url) as store:
        t0 = time.perf_counter()
        parsed = (_parse_parallel(store, files, workers) if workers > 1 and len(files) > 1
                  else _parse_serial(store, files))
        results = _batched(store, parsed, max(1, batch))
        every = resolve_every if not _ends_in_full(store, len(files)) else len(files) + 1
        pending = 0
        for result in results:
            report.files.append(result)
            if on_file:
                on_file(result)
            pending += result.status == "new"
            if resolve and pending >= every:
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


def _ends_in_full(store: Store, files: int) -> bool:
    """Whether `files` new documents would make the final resolution a full one.

    Resolving along the way would then repeat work (each full run redoes the library so far;
    each incremental one costs ~4x per document), so one run at the end is the cheapest.
    """
    return files >= _FULL_MIN and files * _FULL_SHARE >= _current_count(store) + files


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
