"""The web application: settings, the store per request, one error shape, and the app factory.

    create_app(Settings(db_url="library.db")) -> FastAPI app (HTML pages + /api, OpenAPI at /api/openapi.json)

Each worker thread keeps one store connection and reuses it for its requests (SQLite connections
belong to one thread; a fresh one starts with an empty page cache, ~4 ms more a search at 1M works).
Templates autoescape everything: document text is data, never markup.
"""
from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..errors import ScholarscopeError
from ..store import Store

HERE = Path(__file__).parent


@dataclass
class Settings:
    """What the operator chose: the store, whether contacts show, where uploads go."""

    db_url: str | None = None
    show_contacts: bool = False
    uploads_dir: str | None = None
    max_upload_bytes: int = 20 * 1024 * 1024
    max_upload_files: int = 40
    title: str = "scholarscope"
    extra: dict[str, Any] = field(default_factory=dict)

    def uploads(self) -> Path:
        """Folder for uploaded files: given, else beside a SQLite file, else ./scholarscope-uploads."""
        if self.uploads_dir:
            return Path(self.uploads_dir)
        url = self.db_url or "scholarscope.db"
        if not url.startswith(("postgres", "sqlite://")) and url != ":memory:":
            return Path(url).expanduser().resolve().parent / "scholarscope-uploads"
        return Path("scholarscope-uploads").resolve()


class ServeError(Exception):
    """An error a page or API call answers with: HTTP status, a short code, a message."""

    def __init__(self, status: int, code: str, message: str, detail: Any = None) -> None:
        super().__init__(message)
        self.status, self.code, self.message, self.detail = status, code, message, detail

    def body(self) -> dict[str, Any]:
        err: dict[str, Any] = {"status": self.status, "code": self.code, "message": self.message}
        if self.detail is not None:
            err["detail"] = self.detail
        return {"error": err}


def not_found(what: str, key: str) -> ServeError:
    return ServeError(404, "not_found", f"no {what} {key!r}")


_local = threading.local()


def _identity(url: str) -> tuple[int, int] | None:
    """The SQLite file's (device, inode): a file replaced at the same path is another library."""
    try:
        st = os.stat(url)
    except (OSError, ValueError):
        return None
    return st.st_dev, st.st_ino


def _thread_store(url: str | None) -> tuple[Store, bool]:
    """This thread's store for ``url`` (opened on first use, or when the file was replaced);
    (store, pooled). In-memory stores are never kept: each open is a new library."""
    key = (url, _identity(url) if url else None)
    held = getattr(_local, "held", None)
    if held is not None and held[0] == key:
        return held[1], True
    if held is not None:
        held[1].close()
        _local.held = None
    store = Store(url)
    if url in (None, "", ":memory:"):
        return store, False
    _local.held = (key, store)
    return store, True


@contextmanager
def open_store(request: Request) -> Iterator[Store]:
    """The store for this request: the thread's own, kept between requests (an error drops it)."""
    settings: Settings = request.app.state.settings
    try:
        store, pooled = _thread_store(settings.db_url)
    except ScholarscopeError as exc:
        raise ServeError(503, "store_unavailable", str(exc)) from exc
    keep = False
    try:
        yield store
        keep = pooled
    except ServeError:  # an answer (404, 422), not a fault of the connection
        keep = pooled
        raise
    finally:
        if not keep:  # a connection in an unknown state (a broken PostgreSQL link, a failed write) is not reused
            if pooled:
                _local.held = None
            store.close()


def templates() -> Jinja2Templates:
    t = Jinja2Templates(directory=str(HERE / "templates"))
    t.env.autoescape = True  # every template, whatever its extension
    t.env.trim_blocks = True
    t.env.lstrip_blocks = True
    return t


def render(request: Request, name: str, context: dict[str, Any], status: int = 200) -> HTMLResponse:
    tpl: Jinja2Templates = request.app.state.templates
    settings: Settings = request.app.state.settings
    ctx = {"settings": settings, "q": request.query_params.get("q", ""), **context}
    return tpl.TemplateResponse(request, name, ctx, status_code=status)


def _is_api(request: Request) -> bool:
    return request.url.path.startswith("/api")


def _error_response(request: Request, err: ServeError) -> Response:
    if _is_api(request):
        return JSONResponse(err.body(), status_code=err.status)
    return render(request, "error.html", {"error": err}, status=err.status)


def _install_errors(app: FastAPI) -> None:
    @app.exception_handler(ServeError)
    async def serve_error(request: Request, exc: ServeError) -> Response:
        return _error_response(request, exc)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        code = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code, "http_error")
        msg = "no such page" if exc.status_code == 404 else str(exc.detail)
        return _error_response(request, ServeError(exc.status_code, code, msg))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        detail = [{"where": ".".join(str(p) for p in e.get("loc", ())), "problem": e.get("msg")}
                  for e in exc.errors()]
        return _error_response(request, ServeError(422, "invalid_request", "the request's parameters are invalid",
                                                   detail))

    @app.exception_handler(ScholarscopeError)
    async def library_error(request: Request, exc: ScholarscopeError) -> Response:
        return _error_response(request, ServeError(400, "library_error", str(exc)))


def create_app(settings: Settings | None = None) -> FastAPI:
    """The site and its JSON API over the store named in ``settings``."""
    from . import api, pages

    settings = settings or Settings()
    app = FastAPI(title="scholarscope", version="1", docs_url=None, redoc_url=None,
                  openapi_url="/api/openapi.json",
                  description="Researcher profiles built from CVs: people, works, search, upload. "
                              "Errors: {\"error\": {\"status\", \"code\", \"message\", \"detail\"?}}. "
                              "Lists: {items, total, limit, offset, next_offset, prev_offset}.")
    app.state.settings = settings
    app.state.templates = templates()
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    _install_errors(app)

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Any) -> Response:
        response: Response = await call_next(request)
        response.headers.setdefault("Content-Security-Policy",
                                    "default-src 'self'; img-src 'self' data:; style-src 'self';"
                                    " script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'")
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        return response

    app.include_router(api.router)
    app.include_router(pages.router)
    return app
