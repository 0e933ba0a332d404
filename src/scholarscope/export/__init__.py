"""export: one person's record in JSON, CSV, BibTeX, CSL-JSON or JSON Resume (one module per format).

Every exporter takes the dict of `store.views.person_view` and returns text.
"""
from __future__ import annotations

from importlib import import_module
from typing import Any

FORMATS = {"json": "json_export", "csv": "csv_export", "bibtex": "bibtex", "csljson": "csljson",
           "jsonresume": "jsonresume"}


def render(view: dict[str, Any], fmt: str) -> str:
    """The person's record as text in ``fmt`` (one of FORMATS)."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; choose from {', '.join(FORMATS)}")
    return import_module(f".{FORMATS[fmt]}", __name__).render(view)


__all__ = ["FORMATS", "render"]
