"""parse: Text -> Profile (sections, entries, fields)."""
from __future__ import annotations

from pathlib import Path

from ..read import read_file, read_text
from ..records import Profile, Publication
from .document import parse_document
from .lines import split_lines
from .publication import EntryContext, build_publication

__all__ = ["clear_caches", "parse_document", "parse_entry", "parse_file", "parse_text"]


def clear_caches() -> None:
    """Forget every memo of the parser that grows with what it parses (names, venues, venue parts, dates,
    headings, lines, entry readings); benchmarks call this between rounds. tests/parse/test_caches.py
    checks that no such memo is left out."""
    from . import (author_prefix, dates, entry, entry_lines, field_text, fields, legal, lines, names, publication,
                   sections, venues)

    for fn in (*names.CACHES, *venues.CACHES, *legal.CACHES, *dates.CACHES, *sections.CACHES, *lines.CACHES,
               *field_text.CACHES, *publication.CACHES,
               author_prefix.author_prefix, fields.venue_like, fields.is_author_line, entry_lines.venue_score):
        fn.cache_clear()
    entry._QUALITY_MEMO.clear()


def parse_file(path: str | Path, format: str | None = None) -> Profile:
    """Read and parse one file."""
    return parse_document(read_file(path, format=format))


def parse_text(text: str, format: str = "txt", name: str = "<text>") -> Profile:
    """Parse a document given as a string."""
    return parse_document(read_text(text, format, name))


def parse_entry(text: str) -> Publication:
    """Parse one publication entry or reference string (plain text or Markdown)."""
    doc = read_text(text, "md", "<entry>")
    lines = [ln for ln in split_lines(doc.text) if ln.kind != "blank"]
    body = "\n".join(ln.body if ln.kind in ("item", "heading") else ln.text for ln in lines)
    pub = build_publication(body, EntryContext(section="publications", index=1), span=(0, len(text)))
    return pub
