"""Which format a file is in: by its content first where that is certain, then by extension."""
from __future__ import annotations

import re
import zipfile
from io import BytesIO
from pathlib import PurePath

_EXT = {".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md", ".tex": "tex", ".ltx": "tex",
        ".latex": "tex", ".html": "html", ".htm": "html", ".xhtml": "html", ".pdf": "pdf",
        ".docx": "docx", ".jemdoc": "jemdoc", ".rst": "rst", ".rest": "rst"}


def detect_format(name: str, data: bytes) -> str:
    """Return one of the reader format names for a file name and its bytes."""
    head = data[:4096]
    if head.startswith(b"%PDF"):
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return "docx" if _is_docx(data) or name.lower().endswith(".docx") else "zip"
    ext = _EXT.get(PurePath(name).suffix.lower())
    if ext in ("pdf", "docx"):
        return ext  # claimed binary format; its reader reports damage
    sniff = _sniff_text(head.decode("utf-8", "ignore"))
    if ext in (None, "txt") and sniff:
        return sniff
    return ext or "txt"


def _is_docx(data: bytes) -> bool:
    try:
        with zipfile.ZipFile(BytesIO(data)) as z:
            return "word/document.xml" in z.namelist()
    except zipfile.BadZipFile:
        return False


def _sniff_text(head: str) -> str | None:
    h = head.lstrip().lower()
    if h.startswith("# jemdoc") or re.search(r"^#\s*jemdoc", head, re.M):
        return "jemdoc"
    if h.startswith(("<!doctype html", "<html")) or re.search(r"<(body|div|p|ul|li|h[1-6])[\s>]", h):
        return "html"
    if re.search(r"\\(documentclass|begin\{document\}|section\*?\{|item\b|textbf\{|cventry\{|cvitem\{|newcommand\{)", head):
        return "tex"
    # jemdoc without its "# jemdoc" header: "== Section" titles with "- "/". " items or [url text] links
    if re.search(r"^==?\s+\S", head, re.M) and re.search(r"^(\.|-)\s+.*\S|\[https?://\S+\s[^\]]+\]", head, re.M) \
            and not re.search(r"^#{1,6}\s", head, re.M):
        return "jemdoc"
    if re.search(r"^\S.*\n(={3,}|-{3,}|~{3,})\s*$", head, re.M) and re.search(r"^\.\. |^:\w+:", head, re.M):
        return "rst"
    return None
