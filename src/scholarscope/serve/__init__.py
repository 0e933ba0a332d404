"""serve: the web pages, the JSON API and search over a store.

    create_app(Settings(db_url=...))   the FastAPI application (see serve.app)
    scholarscope serve / demo          command-line entry points (scholarscope.cli_serve)
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .app import Settings


def create_app(settings: Settings | None = None) -> Any:
    """Build the application (FastAPI is imported only when this is called)."""
    from .app import create_app as _create

    return _create(settings)


__all__ = ["create_app"]
