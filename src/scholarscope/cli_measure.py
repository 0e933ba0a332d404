"""Measure and enrich commands: `scholarscope metrics PERSON` and `scholarscope enrich`.

`register(group)` adds them to the main click group; heavy modules load inside the commands.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from .cli_library import _open, _person_id, db_option

SOURCES = ("openalex", "semanticscholar", "arxiv", "openreview", "dblp")   # enrich.online.SOURCES

ORDER = ("field", "works", "citations", "h_index", "i10", "novelty", "score", "works_by_year", "works_by_type",
         "first_author", "last_author", "equal_first", "alphabetical", "credit_harmonic", "credit_first",
         "top_venues", "checks")


def _settings(path: str | None) -> Any:
    from .errors import ScholarscopeError
    from .measure import Settings

    if not path:
        return Settings()
    try:
        return Settings.from_json(Path(path).read_text("utf-8"))
    except (OSError, ScholarscopeError) as exc:
        raise click.ClickException(f"settings {path}: {exc}") from exc


def _fmt(value: Any) -> str:
    if isinstance(value, dict):
        return ", ".join(f"{k} {v}" for k, v in value.items() if v) or "-"
    return str(value)


def _print_metric(m: Any, explain: bool) -> None:
    head = _fmt(m.value) if m.known else f"unknown ({m.unknown_reason})"
    click.echo(f"{m.name:<16} {head}")
    if not explain:
        return
    click.echo(f"{'':16}   formula: {m.formula}")
    if m.name == "score":
        for c in m.detail.get("components", []):
            pts = "-" if c["points"] is None else f"{c['points']:.1f} pts"
            click.echo(f"{'':16}   {c['component']:<11} weight {c['weight']:.2f}  share {c['share']:.2f}  "
                       f"normalised {c['normalised']}  {pts}  [{c['status']}]")
    elif m.name == "novelty" and m.known:
        click.echo(f"{'':16}   embedding {m.detail['embedding']}, {m.detail.get('search', 'exact')} search over "
                   f"{m.detail['store_works']} store works")
        for wid, v in m.detail["per_work"].items():
            label = next((i.label for i in m.inputs if i.ref == wid), "")
            click.echo(f"{'':16}   {v['percentile']:5.1f}%  d={v['distance']:.3f}  {v['field']}  {label[:70]}")
    elif m.name == "checks":
        for f in m.detail.get("findings", []):
            click.echo(f"{'':16}   {json.dumps(f, ensure_ascii=False)[:160]}")
    else:
        for i in m.inputs[:25]:
            src = f" [{i.source}{', ' + i.date if i.date else ''}]" if i.source else ""
            click.echo(f"{'':16}   {i.kind} {i.ref}: {_fmt(i.value)}  {i.label[:60]}{src}")
        if len(m.inputs) > 25:
            click.echo(f"{'':16}   ... {len(m.inputs) - 25} more inputs (--json lists all)")
        for k, v in m.detail.items():
            if v not in ("", [], {}, None):
                click.echo(f"{'':16}   {k}: {_fmt(v) if isinstance(v, dict) else v}")


@click.command()
@click.argument("person")
@click.option("--explain", is_flag=True, help="Show each metric's formula and inputs with their sources.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON for scripts.")
@click.option("--settings", "settings_path", default=None, type=click.Path(dir_okay=False),
              help="Settings JSON (score weights, reference points); see docs/metrics.md.")
@db_option
def metrics(person: str, explain: bool, as_json: bool, settings_path: str | None, db_url: str | None) -> None:
    """One person's metrics: field, works, citations, h-index, novelty, score, roles, venues, checks."""
    from .measure.data import load_person
    from .measure.person import metrics_for

    settings = _settings(settings_path)
    with _open(db_url) as store:
        pid = _person_id(store, person)
        rec = load_person(store.db, pid)
        result = metrics_for(store.db, rec, settings)
    if as_json:
        click.echo(json.dumps({"person": {"id": rec.id, "name": rec.name},
                               "metrics": {k: result[k].to_dict() for k in ORDER}},
                              ensure_ascii=False, indent=2, default=str))
        return
    click.echo(f"{rec.name}  ({rec.id})\n")
    for k in ORDER:
        _print_metric(result[k], explain)


@click.command()
@click.option("--openalex-snapshot", "snapshot", default=None, type=click.Path(exists=True),
              help="OpenAlex works snapshot: a .gz JSON Lines file or a folder of them.")
@click.option("--online", is_flag=True, help="Look works up in the sources' web APIs (cached, rate-limited).")
@click.option("--source", "sources", default=",".join(SOURCES), show_default=True,
              help="With --online: comma-separated sources to ask.")
@click.option("--person", default=None, help="With --online: only this person's works (id or name).")
@click.option("--limit", default=None, type=click.IntRange(min=0), help="With --online: at most N works.")
@click.option("--refresh", is_flag=True, help="With --online: ask again for works a source already enriched.")
@click.option("--retrieved", default=None, help="Snapshot: retrieval date to record (default: the files' dates).")
@click.option("--json", "as_json", is_flag=True, help="Print the matching report as JSON.")
@click.option("--quiet", is_flag=True, help="No progress bar.")
@db_option
def enrich(snapshot: str | None, online: bool, sources: str, person: str | None, limit: int | None, refresh: bool,
           retrieved: str | None, as_json: bool, quiet: bool, db_url: str | None) -> None:
    """Attach external records (citations, venues, categories) to stored works, with provenance."""
    if bool(snapshot) == online:
        raise click.UsageError("give one source: --openalex-snapshot PATH, or --online [--source ...]")
    if snapshot:
        from .enrich.snapshot import import_snapshot

        with _open(db_url) as store:
            report: Any = import_snapshot(store.db, Path(snapshot), retrieved)
    else:
        report = _enrich_online(sources, person, limit, refresh, quiet, db_url)
    if as_json:
        click.echo(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    click.echo(report.summary(), err=True)


def _enrich_online(sources: str, person: str | None, limit: int | None, refresh: bool, quiet: bool,
                   db_url: str | None) -> Any:
    import sys

    from tqdm import tqdm

    from .enrich import online
    from .errors import ScholarscopeError

    names = [s.strip() for s in sources.split(",") if s.strip()]
    try:
        clients = online.make_clients(names)
    except ScholarscopeError as exc:
        raise click.UsageError(str(exc)) from exc
    with _open(db_url) as store:
        pid = _person_id(store, person) if person else None
        bar = tqdm(desc="enrich", unit="work", disable=quiet, file=sys.stderr)

        def tick(done: int, total: int) -> None:
            bar.total = total
            bar.update(done - bar.n)

        try:
            report = online.enrich_online(store.db, clients, pid, limit, refresh, on_work=tick)
        except online.OfflineError as exc:
            raise click.ClickException(f"{exc}\nstopped; the values matched before this are stored") from exc
        finally:
            bar.close()
    return report


COMMANDS = (metrics, enrich)


def register(group: click.Group) -> None:
    """Add the measure commands to a click group."""
    for command in COMMANDS:
        group.add_command(command)
