"""The demo library: bundled sample CVs (or given paths) ingested into a local SQLite file."""
from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "samples"


def sample_paths() -> list[Path]:
    """The invented sample documents shipped with the package."""
    return sorted(p for p in SAMPLES.iterdir() if p.is_file() and not p.name.startswith((".", "README")))


def prepare(db_url: str, paths: Iterable[str | Path] | None = None,
            on_file: Callable[[Any], None] | None = None) -> Any:
    """Ingest ``paths`` (default: the samples) into ``db_url``, keep their texts, build the search index."""
    from ..store import Store, ingest
    from ..store.ingest import expand
    from . import search, texts

    files = expand(list(paths) if paths else sample_paths())
    report = ingest(files, db_url, on_file=on_file)
    with Store(db_url) as store:
        for fr in report.files:
            if fr.doc_id and fr.status != "failed":
                texts.remember_file(store.db, fr.doc_id, Path(fr.path))
        search.ensure_index(store.db, force=True)
    return report
