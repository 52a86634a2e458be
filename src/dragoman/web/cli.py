"""``dragoman serve``: the explorer page and REST API over a store."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer


def _default_db() -> Path:
    return Path(os.environ.get("DRAGOMAN_DB", "dragoman.duckdb"))


def serve(
    db: Annotated[Path | None, typer.Option("--db", help="store file (default $DRAGOMAN_DB or ./dragoman.duckdb)")] = None,
    host: Annotated[str, typer.Option(help="interface to bind; loopback unless you mean to share it")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535)] = 8000,
) -> None:
    """Serve the explorer page (/) and the REST API (/api, docs at /docs) over a store, read-only."""
    import uvicorn

    from dragoman.web.app import create_app

    path = db or _default_db()
    if not path.exists():
        typer.echo(f"error: no store at {path}; build one with `dragoman ingest PATH --db {path}`", err=True)
        raise typer.Exit(2)
    try:
        app = create_app(path)
    except Exception as exc:  # e.g. the file is locked by a running ingest, or not a DuckDB file
        typer.echo(f"error: cannot open {path}: {exc}", err=True)
        raise typer.Exit(2) from exc
    if host not in ("127.0.0.1", "localhost", "::1"):
        typer.echo(f"warning: binding {host}: anyone who can reach this host can read the store", err=True)
    typer.echo(f"dragoman: serving {path} at http://{host}:{port}/  (API docs: /docs)")
    uvicorn.run(app, host=host, port=port, log_level="info")


def register(app: typer.Typer) -> None:
    """Add ``serve`` to the dragoman CLI."""
    app.command("serve")(serve)
