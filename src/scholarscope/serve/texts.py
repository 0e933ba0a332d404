"""The text each stored document's spans point into, kept beside the store for the source view.

The store keeps a document's parsed profile but not its text. Claims carry character spans
into the decoded source (for PDF/DOCX: into the read text), so the web app keeps that text in
its own table, ``serve_texts``, filled when the app ingests a file and, for documents ingested
elsewhere, lazily from the stored path when the file there still has the same bytes.
"""
from __future__ import annotations

import hashlib
import re
from pathlib import Path

from ..store.dialect import Dialect

TABLE = "CREATE TABLE IF NOT EXISTS serve_texts (document_id TEXT PRIMARY KEY, text TEXT NOT NULL)"
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE_LINE = re.compile(r"(?im)\b(phone|tel|telephone|mobile|cell|fax)\b(\.?\s*:|\.?\s+(?=\+))[^\n]*")
_MARKUP = str.maketrans("", "", "\ue000\ue001\ue002\ue003")


def ensure_table(db: Dialect) -> None:
    """Create ``serve_texts`` if missing (idempotent, own short transaction)."""
    def step() -> None:
        with db.write():
            db.execute(TABLE)
    db.retrying(step)


def source_text(name: str, data: bytes) -> str:
    """The text that a document's spans index: decoded source, or the read text of PDF/DOCX."""
    from ..read import read_bytes
    from ..read.decode import decode_bytes
    from ..read.detect import detect_format

    fmt = detect_format(name, data)
    if fmt in ("pdf", "docx"):
        return read_bytes(data, name, format=fmt).text
    return decode_bytes(data, name).replace("\r\n", "\n").replace("\r", "\n")


def store_text(db: Dialect, doc_id: str, text: str) -> None:
    """Remember one document's text (no-op when already stored)."""
    def step() -> None:
        with db.write():
            db.execute(TABLE)
            db.execute("INSERT INTO serve_texts (document_id, text) VALUES (?, ?)"
                       " ON CONFLICT (document_id) DO NOTHING", (doc_id, text))
    db.retrying(step)


def remember_file(db: Dialect, doc_id: str | None, path: Path) -> None:
    """Store the text of a just-ingested file; unreadable files are simply skipped."""
    if not doc_id:
        return
    try:
        data = path.read_bytes()
        store_text(db, doc_id, source_text(path.name, data))
    except Exception:  # noqa: BLE001 - the source view says the text is unavailable
        return


def document_text(db: Dialect, doc_id: str) -> str | None:
    """The stored text, or read it from the document's path if those bytes are still there."""
    ensure_table(db)
    rows = db.query("SELECT text FROM serve_texts WHERE document_id = ?", (doc_id,))
    if rows:
        return str(rows[0][0])
    doc = db.query("SELECT path, name FROM documents WHERE id = ?", (doc_id,))
    if not doc:
        return None
    try:
        data = Path(doc[0][0]).read_bytes()
    except OSError:
        return None
    if hashlib.sha256(data).hexdigest() != doc_id:
        return None  # the file changed since it was ingested: its spans no longer fit
    try:
        text = source_text(doc[0][1], data)
    except Exception:  # noqa: BLE001
        return None
    store_text(db, doc_id, text)
    return text


def redact(text: str, extra: list[str] | None = None) -> str:
    """Text with e-mail addresses, labelled phone lines and the given strings (known phones) hidden."""
    text = _EMAIL.sub("[e-mail hidden]", text)
    for item in extra or []:
        if item:
            text = text.replace(item, "[hidden]")
    return _PHONE_LINE.sub(lambda m: f"{m.group(1)}{m.group(2)} [hidden]", text)


def clean(text: str) -> str:
    """Drop the reader's private-use bold/italic marker characters."""
    return text.translate(_MARKUP)
