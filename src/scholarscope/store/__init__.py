"""store: the library of documents, works, persons and mentorship, in SQLite or PostgreSQL.

    ingest(paths, db_url) -> IngestReport     parse, store (one transaction per document), resolve
    Store(db_url)                             the repository; queries live in store.queries
"""
from __future__ import annotations

from .ingest import FileResult, IngestReport, ingest
from .repository import Store

__all__ = ["FileResult", "IngestReport", "Store", "ingest"]
