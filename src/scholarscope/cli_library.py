"""Library commands: ingest, people, show, works, clusters, export.

`register(group)` adds them to the main click group. Heavy modules are imported inside the
commands so that `scholarscope --help` stays fast.
"""
from __future__ import annotations

import json
import sys
from typing import Any

import click

DB_HELP = "Database: a SQLite file (default ./scholarscope.db) or a postgresql:// URL."
db_option = click.option("--db", "db_url", default=None, envvar="SCHOLARSCOPE_DB", help=DB_HELP)
json_option = click.option("--json", "as_json", is_flag=True, help="Print JSON for scripts.")


def _echo_json(data: Any) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))


def _table(rows: list[list[Any]], header: list[str]) -> None:
    """Plain-text columns, widths fitted to the content (long cells clipped)."""
    cells = [[str(c) if c is not None else "" for c in r] for r in [header, *rows]]
    cells = [[c if len(c) <= 70 else c[:69] + "…" for c in r] for r in cells]
    widths = [max(len(r[i]) for r in cells) for i in range(len(header))]
    for n, r in enumerate(cells):
        click.echo("  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip())
        if n == 0:
            click.echo("  ".join("-" * w for w in widths))


def _open(db_url: str | None) -> Any:
    from .errors import ScholarscopeError
    from .store import Store

    try:
        return Store(db_url)
    except ScholarscopeError as exc:
        raise click.ClickException(str(exc)) from exc


def _person_id(store: Any, query: str) -> str:
    from .store.queries import PersonNotFound, find_person

    try:
        return find_person(store.db, query)
    except PersonNotFound as exc:
        raise click.ClickException(str(exc)) from exc


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True))
@db_option
@click.option("--quiet", is_flag=True, help="No progress bar.")
@click.option("-j", "--workers", default=1, show_default=True, type=click.IntRange(1, 64),
              help="Parse in this many processes.")
@json_option
def ingest(paths: tuple[str, ...], db_url: str | None, quiet: bool, workers: int, as_json: bool) -> None:
    """Add CVs and profile pages (files or folders) to the library, then resolve it."""
    from tqdm import tqdm

    from .errors import ScholarscopeError
    from .store import ingest as run_ingest
    from .store.ingest import expand

    total = len(expand(paths))
    bar = tqdm(total=total, desc="ingest", unit="doc", disable=quiet or total < 2, file=sys.stderr)

    def on_file(result: Any) -> None:
        bar.update(1)
        if result.status == "failed":
            bar.write(f"error: {result.error}", file=sys.stderr)

    try:
        report = run_ingest(paths, db_url, on_file=on_file, workers=workers)
    except ScholarscopeError as exc:
        raise click.ClickException(str(exc)) from exc
    finally:
        bar.close()
    if as_json:
        _echo_json(report.to_dict())
    click.echo(report.summary(), err=True)
    if report.failed:
        sys.exit(1)


@click.command()
@db_option
@json_option
def people(db_url: str | None, as_json: bool) -> None:
    """List the persons of the library, most works first."""
    from .store.queries import people as list_people

    with _open(db_url) as store:
        rows = list_people(store.db)
    if as_json:
        _echo_json(rows)
    else:
        _table([[r["id"], r["name"], r["documents"], r["works"]] for r in rows], ["id", "name", "docs", "works"])


@click.command()
@click.argument("person")
@db_option
@json_option
def show(person: str, db_url: str | None, as_json: bool) -> None:
    """One person: works with role, venues, co-authors, mentors and mentees, with sources."""
    from .store.views import person_view

    with _open(db_url) as store:
        view = person_view(store.db, _person_id(store, person))
    if as_json:
        _echo_json(view)
        return
    _show_text(view)


def _show_text(v: dict[str, Any]) -> None:
    click.echo(f"{v['name']}  ({v['id']}; {v['documents']} documents; also written {', '.join(v['variants'])})")
    roles = ", ".join(f"{r} {n}" for r, n in sorted(v["roles"].items(), key=lambda kv: -kv[1]))
    click.echo(f"works: {len(v['works'])}  roles: {roles or '-'}")
    click.echo(f"venues: {', '.join(f'{k} {n}' for k, n in v['venues'].items()) or '-'}\n")
    _table([[w["year"] or "", w["role"] or "", ", ".join(w["venues"]), w["title"], ", ".join(w["sources"])]
            for w in v["works"]], ["year", "role", "venue", "title", "sources"])
    for label, key in (("mentors", "mentors"), ("mentees", "mentees")):
        click.echo(f"\n{label}:")
        for e in v[key]:
            click.echo(f"  {e['name']}  {e['relation'] or ''}  [{', '.join(e['sources'])}]")
        if not v[key]:
            click.echo("  -")
    click.echo("\nco-authors:")
    _table([[c["name"], c["shared_works"], ", ".join(c["sources"])] for c in v["coauthors"][:30]],
           ["name", "works", "sources"])


@click.command()
@click.option("--person", default=None, help="Only this person's works (id or name).")
@db_option
@json_option
def works(person: str | None, db_url: str | None, as_json: bool) -> None:
    """List works (each paper once), newest first, with the documents that state them."""
    from .store.queries import works as list_works

    with _open(db_url) as store:
        rows = list_works(store.db, _person_id(store, person) if person else None)
    if as_json:
        _echo_json(rows)
    else:
        _table([[w["id"], w["year"] or "", w["venue"] or "", w["title"], len(w["sources"])] for w in rows],
               ["id", "year", "venue", "title", "sources"])


@click.command()
@db_option
@click.option("--json", "as_json", is_flag=True, required=True, help="Required: the output is JSON.")
def clusters(db_url: str | None, as_json: bool) -> None:
    """Print the resolved paper and people clusters in score_clusters.py's format."""
    from .store.queries import clusters as get_clusters

    with _open(db_url) as store:
        _echo_json(get_clusters(store.db))


@click.command()
@click.argument("person")
@click.option("--format", "fmt", required=True,
              type=click.Choice(["json", "csv", "bibtex", "csljson", "jsonresume"]), help="Output format.")
@db_option
def export(person: str, fmt: str, db_url: str | None) -> None:
    """Export one person's record as JSON, CSV, BibTeX, CSL-JSON or JSON Resume."""
    from .export import render
    from .store.views import person_view

    with _open(db_url) as store:
        view = person_view(store.db, _person_id(store, person))
    click.echo(render(view, fmt), nl=False)


@click.command()
@db_option
@click.option("--full", is_flag=True, help="Resolve every document again (default: only documents not yet resolved).")
def resolve(db_url: str | None, full: bool) -> None:
    """Bring works, persons and mentor relations up to date with the stored documents."""
    import time

    from .store.ingest import resolve_library

    with _open(db_url) as store:
        t0 = time.perf_counter()
        mode = resolve_library(store, full=full)
        q = store.db.query
        counts = [q(f"SELECT COUNT(*) FROM {t}")[0][0] for t in ("works", "persons", "mentorship")]
    click.echo(f"{mode} resolution in {time.perf_counter() - t0:.1f} s: {counts[0]} works, {counts[1]} persons, "
               f"{counts[2]} mentorship edges", err=True)


COMMANDS = (ingest, people, show, works, clusters, export, resolve)


def register(group: click.Group) -> None:
    """Add the library commands to a click group (the main `scholarscope` command)."""
    for command in COMMANDS:
        group.add_command(command)
