"""Knowledge-base commands: ingest, queries, exports, plots, actor merge/split.

A thin typer layer over :mod:`dragoman.store` and :mod:`dragoman.store.queries`:
every query command prints a rich table, or the query function's own JSON with
``--json`` (what the REST API returns too). Progress and summaries go to stderr,
data to stdout. Exit codes: 0 ok, 1 some documents failed, 2 usage or missing
database.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

out = Console(highlight=False, soft_wrap=False)
err = Console(stderr=True, highlight=False)

DbOpt = Annotated[str | None, typer.Option("--db", help="DuckDB file (default $DRAGOMAN_DB or ./dragoman.duckdb).")]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]
LimitOpt = Annotated[int, typer.Option("--limit", min=1, help="Maximum rows.")]
AliasOpt = Annotated[str | None, typer.Option(
    "--aliases", help="User alias file (YAML merge/never_merge; default $DRAGOMAN_ALIASES).")]


def _open(db: str | None, read_only: bool = True) -> Any:
    from dragoman.store.db import SchemaError
    from dragoman.store.queries import open_db
    try:
        return open_db(db, read_only=read_only)
    except (FileNotFoundError, SchemaError) as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from exc
    except Exception as exc:  # e.g. the file is locked by a running ingest
        err.print(f"[red]error:[/red] cannot open database: {exc}")
        raise typer.Exit(2) from exc


def _dump(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")


def _table(title: str, columns: list[str], rows: Iterable[Iterable[Any]]) -> None:
    t = Table(title=title, title_justify="left", header_style="bold", show_lines=False)
    for c in columns:
        t.add_column(c, overflow="fold")
    n = 0
    for r in rows:
        t.add_row(*["" if v is None else str(v) for v in r])
        n += 1
    out.print(t)
    if n == 0:
        err.print("[dim](no rows)[/dim]")


def _names(a: str | None, country: str | None) -> str:
    if not a:
        return "—"
    return f"{a} ({country})" if country else a


# --------------------------------------------------------------------------- ingest

def _jsonl_records(paths: list[str]) -> Iterator[dict[str, Any]]:
    """Already-extracted records (``dragoman extract`` output); a bad line becomes a failing record."""
    for p in paths:
        files = sorted(Path(p).rglob("*.jsonl")) if Path(p).is_dir() else [Path(p)]
        for f in files:
            stream = sys.stdin if p == "-" else f.open(encoding="utf-8", errors="replace")
            with stream:
                for n, line in enumerate(stream, 1):
                    if not line.strip():
                        continue
                    try:
                        rec = json.loads(line)
                    except json.JSONDecodeError as exc:
                        yield {"id": f"{f.name}:{n}", "__error__": f"invalid JSON: {exc}"}
                        continue
                    yield rec if isinstance(rec, dict) else {"id": f"{f.name}:{n}",
                                                             "__error__": "line is not a JSON object"}


def ingest_cmd(
    paths: Annotated[list[str], typer.Argument(help="Files, directories, or - for stdin.")],
    db: DbOpt = None,
    force: Annotated[bool, typer.Option("--force", help="Re-extract and replace articles already stored.")] = False,
    workers: Annotated[int, typer.Option("--workers", min=1, help="Extraction processes.")] = 1,
    from_jsonl: Annotated[bool, typer.Option(
        "--from-jsonl", help="Inputs are `dragoman extract` output: store them without re-extracting.")] = False,
    published: Annotated[str | None, typer.Option(help="Default publication date YYYY-MM-DD.")] = None,
    outlet: Annotated[str | None, typer.Option(help="Default outlet name.")] = None,
    aliases: AliasOpt = None,
    as_json: JsonOpt = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
) -> None:
    """Extract articles and store them in the knowledge base (idempotent, crash-safe)."""
    from dragoman.store import Store
    from dragoman.store.db import default_db_path
    from dragoman.store.merge import AliasRules
    from dragoman.store.writer import IngestReport, content_hash, ingest_into

    path = default_db_path(db)
    try:
        rules = AliasRules.load(aliases)
    except (OSError, ValueError) as exc:
        err.print(f"[red]error:[/red] alias file: {exc}")
        raise typer.Exit(2) from exc
    con = _open(path, read_only=False)
    store = Store(con, rules)
    pre_skipped = 0

    if from_jsonl:
        records: Iterable[Any] = _jsonl_records(paths)
    else:
        from dragoman.clean import clean, is_rejected
        from dragoman.ingest import read_paths
        from dragoman.run.local import extract_parallel

        def fresh() -> Iterator[Any]:
            """Cleaned articles not yet stored: skipping them before NLP saves the expensive part."""
            nonlocal pre_skipped
            for art in read_paths(paths, published=published, outlet=outlet):
                c = clean(art)
                if not is_rejected(c) and not force and store.existing(c.id, content_hash(c.text))[0]:
                    pre_skipped += 1
                    continue
                yield art

        records = extract_parallel(fresh(), workers=workers)

    progress = None if quiet else Progress(
        SpinnerColumn(), TextColumn("[bold]ingest[/bold] {task.completed} articles"),
        TextColumn("{task.fields[rate]:.1f} articles/s"), TextColumn("{task.fields[detail]}"),
        TimeElapsedColumn(), console=err, transient=False)

    def tick(r: IngestReport) -> None:
        if progress is not None:
            progress.update(task, completed=r.seen + pre_skipped, rate=r.rate,
                            detail=f"new {r.ingested} · replaced {r.replaced} · skipped {r.skipped + pre_skipped}"
                                   f" · failed {r.failed}")

    try:
        if progress is not None:
            progress.start()
            task = progress.add_task("ingest", total=None, rate=0.0, detail="")
        report = ingest_into(store, records, force=force, on_article=tick)
    except ModuleNotFoundError as exc:
        err.print(f"[red]error:[/red] the extraction pipeline is not available: {exc}")
        raise typer.Exit(2) from exc
    finally:
        if progress is not None:
            progress.stop()
        con.close()
    report.skipped += pre_skipped
    report.seen += pre_skipped
    report.db_path = path
    if as_json:
        _dump(report.to_dict())
    else:
        err.print(f"{report.seen} articles: {report.ingested} new, {report.replaced} replaced, "
                  f"{report.skipped} already stored, {report.failed} failed "
                  f"({report.rate:.1f} articles/s) → {path}")
        for e in report.errors[:20]:
            err.print(f"  [red]{e['article_id']}[/red]: {e['error']}")
        if len(report.errors) > 20:
            err.print(f"  … {len(report.errors) - 20} more (use --json)")
    raise typer.Exit(1 if report.failed else 0)


# --------------------------------------------------------------------------- queries

def articles_cmd(db: DbOpt = None, q: Annotated[str | None, typer.Option("--q", help="Search text.")] = None,
                 limit: LimitOpt = 50, as_json: JsonOpt = False) -> None:
    """List stored articles."""
    from dragoman.store import queries as Q
    rows = Q.list_articles(_open(db), limit=limit, q=q)
    if as_json:
        return _dump(rows)
    _table("Articles", ["id", "published", "outlet", "title", "events", "quotes", "actors"],
           ([r["id"], r["published"], r["outlet"], (r["title"] or "")[:70], r["n_events"], r["n_quotes"],
             r["n_actors"]] for r in rows))
    return None


def actors_cmd(db: DbOpt = None,
               kind: Annotated[str | None, typer.Option(help="person|country|organization|media|group")] = None,
               country: Annotated[str | None, typer.Option(help="ISO alpha-3 code, e.g. IRN.")] = None,
               q: Annotated[str | None, typer.Option("--q", help="Name contains.")] = None,
               limit: LimitOpt = 100, as_json: JsonOpt = False) -> None:
    """Canonical actors across all articles, most mentioned first."""
    from dragoman.store import queries as Q
    rows = Q.list_actors(_open(db), kind=kind, country=country, q=q, limit=limit)
    if as_json:
        return _dump(rows)
    _table("Actors", ["name", "kind", "country", "mentions", "articles", "events", "roles", "seen"],
           ([r["name"] + (" (anonymous)" if r["anonymous"] else ""), r["kind"], r["country"], r["n_mentions"],
             r["n_articles"], r["n_events"], "; ".join(r["roles"][:3]),
             f"{r['first_seen'] or '?'} – {r['last_seen'] or '?'}"] for r in rows))
    return None


def actor_cmd(name: Annotated[str, typer.Argument(help="Actor name, alias or id.")], db: DbOpt = None,
              as_json: JsonOpt = False) -> None:
    """One actor: roles with dates, aliases, counterparts, quotes, timeline."""
    from dragoman.store import queries as Q
    a = Q.get_actor(_open(db), name)
    if a is None:
        err.print(f"[red]no actor matches {name!r}[/red]")
        raise typer.Exit(1)
    if as_json:
        return _dump(a)
    out.print(f"[bold]{a['name']}[/bold]  {a['kind']}  {a['country'] or ''}  "
              f"{a['n_mentions']} mentions in {a['n_articles']} articles, seen {a['first_seen']} – {a['last_seen']}")
    if a["aliases"]:
        out.print("aliases: " + ", ".join(x["alias"] + ("*" if x["source"] == "user" else "") for x in a["aliases"]))
    _table("Roles", ["role", "first seen", "last seen", "articles"],
           ([r["role"], r["first_seen"], r["last_seen"], r["article_count"]] for r in a["roles"]))
    _table("Counterparts", ["actor", "events", "types", "score"],
           ([_names(c["name"], c["country"]), c["n"], ", ".join(f"{k} {v}" for k, v in c["types"].items()),
             c["score"]] for c in a["counterparts"][:30]))
    _table("Timeline", ["date", "type", "as", "counterpart", "where", "articles", "certainty"],
           ([t["date"], t["type"], t["role"], t["counterpart"], t["location"], t["n_articles"],
             ",".join(t["certainties"] or [])] for t in a["timeline"][:100]))
    _table("Quotes", ["published", "quote", "via"],
           ([q["published"], q["text"][:120], q["via_name"]] for q in a["quotes"][:30]))
    return None


def events_cmd(db: DbOpt = None,
               actor: Annotated[str | None, typer.Option(help="Actor name, alias, id, or country code.")] = None,
               type: Annotated[str | None, typer.Option("--type", help="PLOVER type(s), comma-separated.")] = None,
               country: Annotated[str | None, typer.Option(help="Either side's country (ISO alpha-3).")] = None,
               since: Annotated[str | None, typer.Option(help="YYYY-MM-DD")] = None,
               until: Annotated[str | None, typer.Option(help="YYYY-MM-DD")] = None,
               certainty: Annotated[str | None, typer.Option(
                   help="asserted|reported|speculated|hypothetical|denied")] = None,
               limit: LimitOpt = 200, as_json: JsonOpt = False) -> None:
    """Deduplicated events with their reach (articles, outlets) and evidence."""
    from dragoman.store import queries as Q
    try:
        rows = Q.list_events(_open(db), actor=actor, type=type, country=country, since=since, until=until,
                             certainty=certainty, limit=limit)
    except ValueError as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from exc
    if as_json:
        return _dump(rows)
    _table("Events", ["date", "type", "source", "target", "where", "arts", "outlets", "certainty", "evidence"],
           ([r["date"] or f"~{r['first_reported']}", r["type"], _names(r["source_name"], r["source_country"]),
             _names(r["target_name"], r["target_country"]), r["location"], r["n_articles"], r["n_outlets"],
             ",".join(r["certainties"]), (r["mentions"][0]["sentence"] or "")[:90] if r["mentions"] else ""]
            for r in rows))
    return None


def dyad_cmd(a: Annotated[str, typer.Argument(help="Country code or actor name.")],
             b: Annotated[str, typer.Argument(help="Country code or actor name.")],
             db: DbOpt = None, as_json: JsonOpt = False) -> None:
    """Events between two sides by month, with the cooperation–conflict score."""
    from dragoman.store import queries as Q
    d = Q.dyad(_open(db), a, b)
    if as_json:
        return _dump(d)
    _table(f"{a} ↔ {b}: {d['n_events']} events (score: mean of plover_scores, −10 conflict … +10 cooperation)",
           ["month", "events", "score", "by type"],
           ([m["month"], m["n"], m["score"], ", ".join(f"{k} {v}" for k, v in sorted(m["types"].items()))]
            for m in d["months"]))
    return None


def quotes_cmd(db: DbOpt = None, speaker: Annotated[str | None, typer.Option(help="Speaker name or id.")] = None,
               limit: LimitOpt = 200, as_json: JsonOpt = False) -> None:
    """Quotes with speaker and the outlet chain they came through."""
    from dragoman.store import queries as Q
    rows = Q.list_quotes(_open(db), speaker=speaker, limit=limit)
    if as_json:
        return _dump(rows)
    _table("Quotes", ["published", "speaker", "direct", "via", "quote"],
           ([r["published"], _names(r["speaker_name"], r["speaker_country"]), "yes" if r["direct"] else "no",
             r["via_name"], r["text"][:140]] for r in rows))
    return None


def sql_cmd(query: Annotated[str, typer.Argument(help="One SELECT/WITH/SHOW/DESCRIBE/EXPLAIN statement.")],
            db: DbOpt = None, as_json: JsonOpt = False,
            max_rows: Annotated[int, typer.Option("--max-rows", min=1)] = 10_000) -> None:
    """Run a read-only SQL query against the store."""
    from dragoman.store import queries as Q
    con = _open(db, read_only=True)
    try:
        cols, rows = Q.run_sql(con, query, max_rows=max_rows)
    except Q.ReadOnlyError as exc:
        err.print(f"[red]refused:[/red] {exc}")
        raise typer.Exit(2) from exc
    except Exception as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(1) from exc
    if as_json:
        return _dump([dict(zip(cols, r, strict=True)) for r in rows])
    _table("", cols, rows)
    return None


# --------------------------------------------------------------------------- exports and plots

def export_cmd(format: Annotated[str, typer.Option(
                   "--format", "-f", help="plover-json | cameo-tsv | parquet | csv | graphml | gexf")],
               output: Annotated[str, typer.Option("-o", "--output", help="Output file (or directory for "
                                                   "parquet/csv: one file per table).")],
               db: DbOpt = None) -> None:
    """Export the knowledge base for other tools (Gephi, GDELT/ICEWS pipelines, pandas)."""
    from dragoman.store import export
    try:
        written = export.export(_open(db), format, output)
    except ValueError as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from exc
    for p, n in written.items():
        err.print(f"wrote {p} ({n} rows)")


plot_app = typer.Typer(help="Plots where looking beats reading (PNG, SVG or PDF by extension).",
                       no_args_is_help=True)


@plot_app.command("network")
def plot_network_cmd(output: Annotated[str, typer.Option("-o", "--output")] = "network.png",
                     db: DbOpt = None,
                     top: Annotated[int, typer.Option("--top", min=2, help="Most connected actors shown.")] = 40,
                     since: Annotated[str | None, typer.Option()] = None,
                     until: Annotated[str | None, typer.Option()] = None,
                     type: Annotated[str | None, typer.Option("--type")] = None,
                     certainty: Annotated[str | None, typer.Option()] = None) -> None:
    """Actor network: node size by mentions, colour by kind; edges green (cooperation) to red (conflict)."""
    from dragoman.store import plots
    from dragoman.store import queries as Q
    g = Q.graph(_open(db), since=since, until=until, types=type, certainty=certainty)
    path = plots.plot_network(g, output, top=top)
    err.print(f"wrote {path} ({min(top, len(g['nodes']))} of {len(g['nodes'])} actors)")


@plot_app.command("dyad")
def plot_dyad_cmd(a: Annotated[str, typer.Argument()], b: Annotated[str, typer.Argument()],
                  output: Annotated[str, typer.Option("-o", "--output")] = "dyad.png", db: DbOpt = None) -> None:
    """Monthly events between two sides stacked by type, with the cooperation–conflict score."""
    from dragoman.store import plots
    from dragoman.store import queries as Q
    d = Q.dyad(_open(db), a, b)
    path = plots.plot_dyad(d, output)
    err.print(f"wrote {path} ({d['n_events']} events)")


# --------------------------------------------------------------------------- merge / split

def _edit_aliases(a: str, b: str, db: str | None, aliases: str | None, split: bool) -> None:
    from dragoman.store import reresolve
    from dragoman.store.merge import AliasRules
    rules = AliasRules.load(aliases)
    (rules.add_split if split else rules.add_merge)(a, b)
    path = rules.save(aliases)
    stats = reresolve(db, aliases=path)
    verb = "kept apart" if split else "merged"
    err.print(f"{a} and {b} {verb}; rule saved in {path}; re-resolved {stats['articles']} articles → "
              f"{stats['actors']} actors, {stats['events']} events")


def actors_merge_cmd(a: Annotated[str, typer.Argument(help="Actor name or id.")],
                     b: Annotated[str, typer.Argument(help="Actor name or id.")],
                     db: DbOpt = None, aliases: AliasOpt = None) -> None:
    """Force two actors to be one (recorded in the alias file) and re-resolve the store."""
    _edit_aliases(a, b, db, aliases, split=False)


def actors_split_cmd(a: Annotated[str, typer.Argument(help="Actor name or id.")],
                     b: Annotated[str, typer.Argument(help="Actor name or id.")],
                     db: DbOpt = None, aliases: AliasOpt = None) -> None:
    """Undo a merge: these two are never the same actor (recorded in the alias file); re-resolve."""
    _edit_aliases(a, b, db, aliases, split=True)


def register(app: typer.Typer) -> None:
    """Add the knowledge-base commands to the ``dragoman`` CLI."""
    app.command("ingest")(ingest_cmd)
    app.command("articles")(articles_cmd)
    app.command("actors")(actors_cmd)
    app.command("actor")(actor_cmd)
    app.command("events")(events_cmd)
    app.command("dyad")(dyad_cmd)
    app.command("quotes")(quotes_cmd)
    app.command("sql")(sql_cmd)
    app.command("export")(export_cmd)
    app.add_typer(plot_app, name="plot")
    app.command("actors-merge")(actors_merge_cmd)
    app.command("actors-split")(actors_split_cmd)
