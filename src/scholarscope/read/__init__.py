"""read: bytes of one document -> ``Text`` (light markup + source anchors), per format."""
from __future__ import annotations

import importlib
import re
from pathlib import Path

from ..errors import UnreadableFileError, UnsupportedFormatError
from .decode import decode_bytes
from .detect import detect_format
from .text import Text

MAX_BYTES = 50 * 1024 * 1024  # a CV larger than this is not a CV

# format -> module in this package exposing read(source, name) -> Text
_TEXT_READERS = {"md": "markdown", "txt": "markdown", "tex": "latex", "html": "html",
                 "jemdoc": "jemdoc", "rst": "rst"}
_BINARY_READERS = {"pdf": "pdf", "docx": "docx"}
FORMATS = tuple(sorted({*_TEXT_READERS, *_BINARY_READERS}))

__all__ = ["FORMATS", "Text", "expand_paths", "read_bytes", "read_file"]


def expand_paths(paths) -> list[Path]:
    """Files given directly, plus the files inside given folders (sorted; hidden files and folders,
    __pycache__ and gold annotations skipped) -- the one place the CLI and ingest list their inputs."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out.extend(sorted(f for f in p.rglob("*") if f.is_file() and not f.name.endswith(".gold.json")
                              and not any(part.startswith(".") or part == "__pycache__"
                                          for part in f.relative_to(p).parts)))
        else:
            out.append(p)
    return out


def read_file(path: str | Path, format: str | None = None) -> Text:
    """Read one document from disk; raise an ``InputError`` naming the file and the reason."""
    p = Path(path)
    if not p.exists():
        raise UnreadableFileError(str(p), "no such file")
    if not p.is_file():
        raise UnreadableFileError(str(p), "not a regular file")
    size = p.stat().st_size
    if size > MAX_BYTES:
        raise UnreadableFileError(str(p), f"file is {size} bytes; the limit is {MAX_BYTES}")
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise UnreadableFileError(str(p), f"cannot read: {exc.strerror or exc}") from exc
    return read_bytes(data, str(p), format=format)


def read_bytes(data: bytes, name: str = "<bytes>", format: str | None = None) -> Text:
    """Read one document from its bytes; ``format`` overrides detection."""
    if not data.strip():
        raise UnreadableFileError(name, "file is empty")
    if len(data) > MAX_BYTES:
        raise UnreadableFileError(name, f"file is {len(data)} bytes; the limit is {MAX_BYTES}")
    fmt = format or detect_format(name, data)
    if fmt in _BINARY_READERS:
        module = importlib.import_module(f".{_BINARY_READERS[fmt]}", __name__)
        return module.read(data, name)
    if fmt not in _TEXT_READERS:
        raise UnsupportedFormatError(name, f"unknown format {fmt!r}; known: {', '.join(FORMATS)}")
    source = decode_bytes(data, name)
    return read_text(source, fmt, name)


_LIGATURES = {0xFB00: "ff", 0xFB01: "fi", 0xFB02: "fl", 0xFB03: "ffi", 0xFB04: "ffl", 0xFB05: "st", 0xFB06: "st"}
_LIGATURE = re.compile("[\ufb00-\ufb06]")


def read_text(source: str, fmt: str, name: str = "<text>") -> Text:
    """Read an already-decoded document of a text format."""
    if fmt not in _TEXT_READERS:
        raise UnsupportedFormatError(name, f"{fmt!r} is not a text format; known: {', '.join(sorted(_TEXT_READERS))}")
    if "\r" in source:
        source = source.replace("\r\n", "\n").replace("\r", "\n")
    if not source.isascii() and _LIGATURE.search(source):  # translate with a dict costs more than the search
        source = source.translate(_LIGATURES)
    return _reader(_TEXT_READERS[fmt]).read(source, name)


_READERS: dict = {}


def _reader(module_name: str):
    """The reader module, imported on first use (import_module's look-up costs more than a parse
    of a short entry saves)."""
    module = _READERS.get(module_name)
    if module is None:
        module = _READERS[module_name] = importlib.import_module(f".{module_name}", __name__)
    return module
