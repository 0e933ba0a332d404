"""scholarscope: researcher documents in, structured and explained researcher profiles out.

The public API is small; everything else is internal:

    parse_file(path)            -> Profile
    parse_text(text, format=..) -> Profile
    parse_entry(text)           -> Publication
"""
from __future__ import annotations

from .errors import ScholarscopeError
from .records import Profile, Publication

__version__ = "0.1.0"
__all__ = ["Profile", "Publication", "ScholarscopeError", "parse_entry", "parse_file", "parse_text"]


def parse_file(path, format: str | None = None) -> Profile:
    """Read and parse one document file."""
    from .parse import parse_file as _parse_file

    return _parse_file(path, format=format)


def parse_text(text: str, format: str = "txt", name: str = "<text>") -> Profile:
    """Parse a document given as a string in one of the text formats."""
    from .parse import parse_text as _parse_text

    return _parse_text(text, format=format, name=name)


def parse_entry(text: str) -> Publication:
    """Parse one publication entry or reference string."""
    from .parse import parse_entry as _parse_entry

    return _parse_entry(text)
