"""One exception base class; subclasses grouped by cause (in the style of httpx)."""
from __future__ import annotations


class ScholarscopeError(Exception):
    """Base class of every error scholarscope raises on purpose."""


class InputError(ScholarscopeError):
    """A document could not be read or understood."""

    def __init__(self, path: str, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(f"{path}: {reason}")


class UnreadableFileError(InputError):
    """The file is missing, empty, too large or not accessible."""


class UnsupportedFormatError(InputError):
    """The file's format is not one scholarscope reads."""


class DecodeError(InputError):
    """The bytes could not be decoded as text."""


class CorruptDocumentError(InputError):
    """The file claims a format (PDF, DOCX) but its contents are damaged."""


class StoreError(ScholarscopeError):
    """The store could not be opened, migrated or written."""


class ConfigError(ScholarscopeError):
    """Settings or command-line options are invalid."""
