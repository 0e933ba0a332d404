"""Uploaded CV files: checked, kept on disk, ingested into the store, reported file by file."""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .app import Settings

_SAFE = re.compile(r"[^A-Za-z0-9._-]+")


@dataclass
class Incoming:
    name: str
    data: bytes


def safe_name(name: str) -> str:
    """A file name with no folders and no odd characters (the extension kept for format detection)."""
    base = Path(name.replace("\\", "/")).name.strip() or "upload"
    base = _SAFE.sub("_", base).strip("._") or "upload"
    return base[-120:]


def _save(settings: Settings, item: Incoming) -> Path:
    digest = hashlib.sha256(item.data).hexdigest()[:16]
    folder = settings.uploads() / digest
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / safe_name(item.name)
    if not path.exists():
        tmp = path.with_name(path.name + ".part")
        tmp.write_bytes(item.data)
        tmp.replace(path)
    return path


def _owners(db: Any, doc_ids: list[str]) -> dict[str, list[dict[str, str]]]:
    out: dict[str, list[dict[str, str]]] = {}
    for doc_id in doc_ids:
        rows = db.query("SELECT DISTINCT p.id, p.name FROM person_mentions m JOIN persons p ON p.id = m.person_id"
                        " WHERE m.document_id = ? AND m.role = 'owner' ORDER BY p.name", (doc_id,))
        out[doc_id] = [{"id": r[0], "name": r[1]} for r in rows]
    return out


def _counts(db: Any, doc_id: str) -> dict[str, int]:
    q = db.query
    return {"publications": q("SELECT COUNT(*) FROM claims WHERE document_id = ?", (doc_id,))[0][0],
            "merged_with_existing": q(
                "SELECT COUNT(DISTINCT wc.work_id) FROM work_claims wc WHERE wc.document_id = ? AND EXISTS"
                " (SELECT 1 FROM work_claims o WHERE o.work_id = wc.work_id AND o.document_id <> ?)",
                (doc_id, doc_id))[0][0]}


def handle(settings: Settings, files: list[Incoming]) -> dict[str, Any]:
    """Check, save and ingest the files; one result per file (status, error, people, counts)."""
    from ..store import Store, ingest
    from . import search, texts

    results: list[dict[str, Any]] = []
    saved: list[tuple[int, Path]] = []
    for i, f in enumerate(files[: settings.max_upload_files]):
        r: dict[str, Any] = {"file": f.name, "size": len(f.data), "status": "failed", "error": None}
        if not f.data.strip():
            r["error"] = f"{f.name}: file is empty"
        elif len(f.data) > settings.max_upload_bytes:
            r["error"] = f"{f.name}: file is {len(f.data)} bytes; the limit is {settings.max_upload_bytes}"
        else:
            saved.append((i, _save(settings, f)))
        results.append(r)
    for f in files[settings.max_upload_files:]:
        results.append({"file": f.name, "size": len(f.data), "status": "failed",
                        "error": f"{f.name}: more than {settings.max_upload_files} files in one upload"})
    if saved:
        report = ingest([p for _, p in saved], settings.db_url)
        with Store(settings.db_url) as store:
            owners = _owners(store.db, [fr.doc_id for fr in report.files if fr.doc_id])
            for (i, path), fr in zip(saved, report.files):
                r = results[i]
                r.update(status=fr.status, document_id=fr.doc_id,
                         error=fr.error.replace(str(path), r["file"]) if fr.error else None)
                if fr.doc_id and fr.status != "failed":
                    texts.remember_file(store.db, fr.doc_id, path)
                    r["people"] = owners.get(fr.doc_id, [])
                    r.update(_counts(store.db, fr.doc_id))
            search.forget_checks()
        summary = report.summary()
    else:
        summary = "nothing ingested"
    return {"files": results, "summary": summary,
            "failed": sum(1 for r in results if r["status"] == "failed")}
