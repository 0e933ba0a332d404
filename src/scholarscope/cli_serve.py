"""Web commands: `serve` (the site and JSON API over a store), `demo` (sample library + site) and
`index` (build the search index and vectors ahead of serving).

`register(group)` adds them to the main click group; the web stack is imported only when run.
"""
from __future__ import annotations

import sys
from typing import Any

import click

from .cli_library import db_option


def _run(db_url: str | None, host: str, port: int, show_contacts: bool, uploads: str | None) -> None:
    import uvicorn

    from .serve.app import Settings, create_app

    app = create_app(Settings(db_url=db_url, show_contacts=show_contacts, uploads_dir=uploads))
    shown = "localhost" if host in ("0.0.0.0", "::") else host
    click.echo(f"scholarscope: serving {db_url or 'scholarscope.db'} at http://{shown}:{port}/  (Ctrl-C stops)",
               err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")


common = [
    click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on."),
    click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="Port."),
    click.option("--show-contacts", is_flag=True, help="Show e-mails and phones on pages (hidden by default)."),
    click.option("--uploads", default=None, type=click.Path(file_okay=False),
                 help="Folder for uploaded files (default: beside the SQLite file)."),
]


def _with_common(fn: Any) -> Any:
    for option in reversed(common):
        fn = option(fn)
    return fn


@click.command()
@db_option
@_with_common
def serve(db_url: str | None, host: str, port: int, show_contacts: bool, uploads: str | None) -> None:
    """Serve the library's pages and JSON API (OpenAPI at /api/openapi.json)."""
    _run(db_url, host, port, show_contacts, uploads)


@click.command()
@click.argument("paths", nargs=-1, type=click.Path(exists=True))
@click.option("--db", "db_url", default="scholarscope-demo.db", show_default=True,
              help="SQLite file the demo library is kept in.")
@_with_common
def demo(paths: tuple[str, ...], db_url: str, host: str, port: int, show_contacts: bool, uploads: str | None) -> None:
    """Ingest the bundled sample CVs (or PATHS) into a local SQLite file and serve the site."""
    from .errors import ScholarscopeError
    from .serve.demo import prepare

    def on_file(result: Any) -> None:
        if result.status == "failed":
            click.echo(f"error: {result.error}", err=True)

    try:
        report = prepare(db_url, paths or None, on_file=on_file)
    except ScholarscopeError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(report.summary(), err=True)
    sys.stderr.flush()
    _run(db_url, host, port, show_contacts, uploads)


@click.command()
@db_option
@click.option("--embedding", default=None, type=click.Choice(["auto", "tfidf", "onnx-minilm", "torch-minilm"]),
              help="Embedding for semantic search (default: $SCHOLARSCOPE_SEARCH_EMBEDDING or auto).")
def index(db_url: str | None, embedding: str | None) -> None:
    """Build the search index now: keyword index, field tags, work vectors (only new or changed works
    are embedded) and, for 50k+ vectors with the [scale] extra, their ANN graph. The server does this itself when the library changes; on a large library, run it
    before serving so no request waits for it."""
    from .errors import ScholarscopeError
    from .serve.search import build_index
    from .store import Store

    try:
        with Store(db_url) as store:
            stats = build_index(store.db, embedding)
    except ScholarscopeError as exc:
        raise click.ClickException(str(exc)) from exc
    v = stats["vectors"]
    stored = f"{v['embedded']} embedded, {v['deleted']} deleted" if v["stored"] else "kept in memory by the server"
    graph = v.get("ann") or {}
    if graph.get("ann") in ("built", "updated"):
        stored += f"; ANN graph {graph['ann']} ({graph['vectors']} vectors, {graph['bytes'] / 1e6:.0f} MB)"
    click.echo(f"indexed {stats['works']} works, {stats['people']} people, {stats['fields']} field tags in"
               f" {stats['seconds']}s; embedding {v['embedding']}: {stored}")


def register(group: click.Group) -> None:
    """Add `serve`, `demo` and `index` to a click group (the main `scholarscope` command)."""
    group.add_command(serve)
    group.add_command(demo)
    group.add_command(index)
