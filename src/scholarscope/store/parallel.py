"""Pure CPU work of a streaming resolution spread over processes, results in input order.

The database stays in this process: it reads the inputs (pages of rows) and writes the results
in the order the inputs came, so the rows written are exactly those of a single process. Only
libraries large enough for the pool's start-up to pay use it (`workers_for`).

``SCHOLARSCOPE_RESOLVE_WORKERS`` sets the number of processes (default: the CPUs this process
may use, at most MAX_WORKERS; 1 turns the pool off).
"""
from __future__ import annotations

import gc
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")

MAX_WORKERS = 4
MIN_ITEMS = 100_000  # fewer items (entries, pairs to score) than this: one process, no pool (measured:
#                      at 2k generated CVs on a busy 2-core machine the pool cost more than it saved)
AHEAD = 3            # pages in flight per worker: bounded memory, workers never wait for the reader


def workers_for(items: int) -> int:
    """How many processes `items` units of work get."""
    if items < MIN_ITEMS:
        return 1
    env = os.environ.get("SCHOLARSCOPE_RESOLVE_WORKERS")
    if env:
        want = max(1, int(env))
    else:
        try:
            want = min(MAX_WORKERS, len(os.sched_getaffinity(0)))
        except AttributeError:  # not on Linux
            want = min(MAX_WORKERS, os.cpu_count() or 1)
    return want


@contextmanager
def gc_paused() -> Iterator[None]:
    """The cyclic garbage collector off for the duration (restored after).

    A streaming run keeps a chunk's hundreds of thousands of objects (profiles, entries, nodes, rows)
    alive while it makes more, and every full collection walks all of them again: a seventh of the
    run's CPU at 2k CVs, half of building entries. The run makes almost no cyclic garbage (a few
    hundred objects, measured), so reference counting frees what it drops.
    """
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def _start_worker(initializer: Callable[..., None] | None, initargs: tuple[Any, ...]) -> None:
    """A worker process's start: the collector off for its life (`gc_paused`), then `initializer`."""
    gc.disable()
    if initializer is not None:
        initializer(*initargs)


def ordered_map(fn: Callable[[T], R], items: Iterable[T], workers: int,
                initializer: Callable[..., None] | None = None, initargs: tuple[Any, ...] = ()) -> Iterator[R]:
    """``map(fn, items)`` over `workers` processes: results in input order, a few items in flight.

    `items` is read only in this thread (a database cursor may feed it); `fn` must be a module-level
    function without side effects. `initializer(*initargs)` runs once in each process that runs `fn`
    (in this one when there is no pool).
    """
    if workers <= 1:
        if initializer is not None:
            initializer(*initargs)
        yield from map(fn, items)
        return
    import multiprocessing

    # workers started by a fork server (or spawned), never forked from this process: a process running other
    # threads too (a web server resolving after an upload) could otherwise hand a held lock to its children
    method = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
    with multiprocessing.get_context(method).Pool(workers, _start_worker, (initializer, initargs)) as pool:
        pending: deque[Any] = deque()
        for item in items:
            pending.append(pool.apply_async(fn, (item,)))
            if len(pending) >= AHEAD * workers:
                yield pending.popleft().get()
        while pending:
            yield pending.popleft().get()
