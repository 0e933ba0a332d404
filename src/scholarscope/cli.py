"""Command-line interface: thin commands over the library."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from .errors import ScholarscopeError


@click.group()
@click.version_option(package_name="scholarscope")
def main() -> None:
    """scholarscope: researcher documents in, structured researcher profiles out."""


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True, help="Print each profile as JSON on stdout.")
@click.option("--out", "out_dir", type=click.Path(file_okay=False), help="Write OUTDIR/<stem>.json per input.")
@click.option("--format", "fmt", default=None, help="Force the input format (txt, md, tex, html, pdf, docx, jemdoc, rst).")
@click.option("--quiet", is_flag=True, help="No progress bar.")
def parse(paths: tuple[str, ...], as_json: bool, out_dir: str | None, fmt: str | None, quiet: bool) -> None:
    """Parse CVs, publication lists and profile pages (files or folders)."""
    from tqdm import tqdm

    from .parse import parse_file

    from .read import expand_paths

    files = expand_paths(paths)
    if out_dir:
        Path(out_dir).mkdir(parents=True, exist_ok=True)
    failed = 0
    show_bar = not quiet and not as_json and len(files) > 1
    for f in tqdm(files, desc="parse", unit="doc", disable=not show_bar, file=sys.stderr):
        try:
            profile = parse_file(f, format=fmt)
        except ScholarscopeError as exc:
            failed += 1
            click.echo(f"error: {exc}", err=True)
            continue
        except Exception as exc:  # a parser bug must not stop the batch; say which file hit it
            failed += 1
            click.echo(f"error: {f}: internal error ({type(exc).__name__}: {exc}); please report it", err=True)
            continue
        data = profile.to_dict()
        if out_dir:
            target = Path(out_dir) / f"{f.stem}.json"
            tmp = target.with_suffix(".json.tmp")
            tmp.write_text(json.dumps(data, ensure_ascii=False, indent=2), "utf-8")
            tmp.replace(target)  # never leave a half-written file
        if as_json or not out_dir:
            click.echo(json.dumps(data, ensure_ascii=False, indent=2))
    if out_dir or len(files) > 1:
        click.echo(f"parsed {len(files) - failed}, failed {failed}", err=True)
    if failed:
        sys.exit(1)


from .cli_library import register  # noqa: E402 - the library commands (store, export)

register(main)
from .cli_measure import register as _register_measure; _register_measure(main)  # noqa: E402,E702
from .cli_serve import register as _register_serve; _register_serve(main)  # noqa: E402,E702

if __name__ == "__main__":
    main()
