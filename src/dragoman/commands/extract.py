"""``dragoman extract``, ``extract-dask``, ``schema`` and ``demo``: the pipeline on the command line.

A thin layer over :func:`dragoman.ingest.read_paths`, the pipeline and the
runners. stdout carries data only (one JSON line per article, or the schema);
progress, summaries and error messages go to stderr, so ``dragoman extract a/ |
jq`` works. Exit codes mean something a script can act on:

* 0 — every document was extracted without an error;
* 1 — some documents carry errors (they are still written, with their errors);
* 2 — usage error, or nothing could be read at all (missing path, bad option,
  every document rejected, the spaCy model not installed).
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Annotated, Any, TextIO

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from dragoman.model import Article, ExtractedArticle

EXIT_OK, EXIT_DOC_ERRORS, EXIT_USAGE = 0, 1, 2
SCHEMA_RESOURCE = "schema/article.schema.json"

err = Console(stderr=True, highlight=False, soft_wrap=True)


# --------------------------------------------------------------------------- shared helpers


def load_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of one output line, as shipped in the package."""
    return json.loads(resources.files("dragoman").joinpath(SCHEMA_RESOURCE).read_text("utf-8"))


def validator() -> Any:
    """A jsonschema validator for output records."""
    import jsonschema

    return jsonschema.Draft202012Validator(load_schema())


@dataclass
class Summary:
    """Running totals for the stderr progress line and the final summary."""

    articles: int = 0
    events: int = 0
    actors: int = 0
    quotes: int = 0
    with_errors: int = 0
    rejected: int = 0
    started: float = field(default_factory=time.perf_counter)
    examples: list[str] = field(default_factory=list)  # the first few per-document errors, for stderr

    def add(self, rec: ExtractedArticle) -> None:
        self.articles += 1
        self.events += len(rec.events)
        self.actors += len(rec.actors)
        self.quotes += len(rec.quotes)
        if rec.errors:
            self.with_errors += 1
            if len(self.examples) < 10:
                self.examples.append(f"{rec.id}: {'; '.join(rec.errors)}")
        if any(e.startswith("rejected: ") for e in rec.errors):
            self.rejected += 1

    @property
    def elapsed(self) -> float:
        return time.perf_counter() - self.started

    @property
    def rate(self) -> float:
        return self.articles / self.elapsed if self.elapsed > 0 else 0.0

    def line(self) -> str:
        return (f"{self.articles} articles · {self.events} events · {self.with_errors} with errors · "
                f"{self.rate:.1f} articles/s")

    def exit_code(self) -> int:
        if self.articles == 0 or self.rejected == self.articles:
            return EXIT_USAGE
        return EXIT_DOC_ERRORS if self.with_errors else EXIT_OK

    def print(self, console: Console, out_name: str) -> None:
        table = Table(title="dragoman extract", show_header=False, title_justify="left")
        table.add_column(style="bold")
        table.add_column(justify="right")
        for label, value in (("articles", self.articles), ("events", self.events), ("actors", self.actors),
                             ("quotes", self.quotes), ("documents with errors", self.with_errors),
                             ("of which rejected (not analysed)", self.rejected),
                             ("elapsed", f"{self.elapsed:.1f} s"), ("throughput", f"{self.rate:.2f} articles/s"),
                             ("written to", out_name)):
            table.add_row(label, str(value))
        console.print(table)
        for ex in self.examples:
            console.print(f"[yellow]error[/yellow] {ex}", markup=True, highlight=False, soft_wrap=True)
        if self.with_errors > len(self.examples):
            console.print(f"... and {self.with_errors - len(self.examples)} more documents with errors "
                          f"(see their \"errors\" field)")


def set_actor_dirs(actors: list[Path] | None) -> None:
    """Point the knowledge registry at the user's directories before the pipeline loads it."""
    if not actors:
        return
    for d in actors:
        if not d.is_dir():
            _usage(f"--actors {d}: not a directory (give a directory of actor/pattern YAML files)")
    existing = [p for p in os.environ.get("DRAGOMAN_ACTORS", "").split(os.pathsep) if p]
    os.environ["DRAGOMAN_ACTORS"] = os.pathsep.join([*existing, *(str(d.resolve()) for d in actors)])


def _usage(message: str) -> None:
    err.print(f"[red]error:[/red] {message}", highlight=False)
    raise typer.Exit(EXIT_USAGE)


def _check_inputs(paths: list[str], published: str | None, output: Path | None = None) -> None:
    from dragoman.ingest import normalise_published

    if not paths:
        _usage("no PATH given (use - for standard input)")
    missing = [p for p in paths if p != "-" and not Path(p).exists()]
    if missing:
        _usage("no such file or directory: " + ", ".join(missing))
    if output is not None and any(p != "-" and Path(p).resolve() == output.resolve() for p in paths):
        _usage(f"-o {output} is also an input: it would be overwritten before it is read")
    if paths.count("-") > 1:
        _usage("standard input (-) can be read only once")
    if published:
        _, problem = normalise_published(published)
        if problem:
            _usage(f"--published: {problem}")


def _records(articles: Iterable[Article], workers: int, batch_size: int) -> Iterator[ExtractedArticle]:
    from dragoman.run.local import extract_parallel  # in order, in-process when workers == 1

    return extract_parallel(articles, workers=workers, batch_size=batch_size)


def _quiet_stdout() -> None:
    """After a broken pipe, point stdout at /dev/null so Python's exit flush does not complain."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


def _pipeline_failure(exc: BaseException) -> None:
    err.print(f"[red]error:[/red] the pipeline could not start: {type(exc).__name__}: {exc}", highlight=False)
    raise typer.Exit(EXIT_USAGE)


def write_records(records: Iterable[ExtractedArticle], out: TextIO, summary: Summary,
                  progress: Progress | None = None) -> None:
    """One JSON line per article, flushed at once so a consumer (or a crash) sees whole lines."""
    task = progress.add_task("extracting", total=None, status="") if progress else None
    for rec in records:
        out.write(json.dumps(rec.to_dict(), ensure_ascii=False) + "\n")
        out.flush()
        summary.add(rec)
        if progress is not None and task is not None:
            progress.update(task, advance=1, status=summary.line())


def _progress(quiet: bool) -> Progress | None:
    if quiet:
        return None
    return Progress(SpinnerColumn(), TextColumn("[bold]{task.description}"), BarColumn(),
                    TextColumn("{task.fields[status]}"), TimeElapsedColumn(), console=err, transient=True)


# --------------------------------------------------------------------------- commands


def extract_cmd(
    paths: Annotated[list[str], typer.Argument(metavar="PATH...", show_default=False,
                                               help="Files (.txt .html .jsonl .json), directories "
                                                    "(recursive) or - for standard input.")],
    output: Annotated[Path | None, typer.Option("-o", "--output", help="Write JSON Lines here "
                                                                       "(default: standard output).")] = None,
    published: Annotated[str | None, typer.Option(help="Publication date YYYY-MM-DD for documents "
                                                       "that do not give one.")] = None,
    outlet: Annotated[str | None, typer.Option(help="Outlet name for documents that do not give one.")] = None,
    workers: Annotated[int, typer.Option(min=1, help="Processes to run the pipeline in.")] = 1,
    batch_size: Annotated[int, typer.Option(min=1, help="Articles per spaCy batch (and per worker task).")] = 16,
    actors: Annotated[list[Path] | None, typer.Option(help="A directory of extra actor/pattern YAML "
                                                           "files (repeatable).")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress or summary on stderr.")] = False,
) -> None:
    """Extract actors, events and quotes: one JSON line per article (schema: `dragoman schema`)."""
    _check_inputs(paths, published, output)
    set_actor_dirs(actors)
    from dragoman.ingest import read_paths

    articles = read_paths(paths, published=published, outlet=outlet, exclude=[output] if output else ())
    summary = Summary()
    out_name = str(output) if output else "standard output"
    progress = _progress(quiet)
    try:
        out = output.open("w", encoding="utf-8") if output else sys.stdout
    except OSError as exc:
        _usage(f"cannot write {output}: {exc.strerror or exc}")
    try:
        if progress is not None:
            progress.start()
        write_records(_records(articles, workers, batch_size), out, summary, progress)
    except BrokenPipeError:  # `dragoman extract ... | head`: the reader has what it wanted
        _quiet_stdout()
        raise typer.Exit(summary.exit_code() if summary.articles else EXIT_OK) from None
    except KeyboardInterrupt:
        err.print(f"interrupted after {summary.articles} articles; the lines written so far are complete")
        raise typer.Exit(130) from None
    except (ImportError, RuntimeError, OSError) as exc:
        if progress is not None:
            progress.stop()
        if summary.articles == 0:
            _pipeline_failure(exc)
        err.print(f"[red]error:[/red] stopped after {summary.articles} articles: {type(exc).__name__}: {exc}")
        raise typer.Exit(EXIT_USAGE) from None
    finally:
        if progress is not None:
            progress.stop()
        if output:
            out.close()
    if not quiet:
        summary.print(err, out_name)
    if summary.articles == 0:
        err.print("[red]error:[/red] no documents found (directories are searched for "
                  ".txt .html .htm .json .jsonl files)")
    elif summary.rejected == summary.articles:
        err.print("[red]error:[/red] nothing could be read: every document was rejected (see above)")
    raise typer.Exit(summary.exit_code())


def schema_cmd() -> None:
    """Print the JSON Schema (draft 2020-12) of one line of `dragoman extract` output."""
    sys.stdout.write(json.dumps(load_schema(), indent=2, ensure_ascii=False) + "\n")


def extract_dask_cmd(
    inputs: Annotated[list[str], typer.Argument(metavar="INPUT...", show_default=False,
                                                help="Files, directories or globs (.jsonl, .txt, .html, .json).")],
    out_dir: Annotated[Path, typer.Option("-o", "--output", help="Directory for the JSONL parts.")],
    scheduler: Annotated[str, typer.Option(help="processes | threads | synchronous | a dask.distributed "
                                                "scheduler address (tcp://host:8786).")] = "processes",
    partitions: Annotated[int | None, typer.Option(min=1, help="Partitions for the non-JSONL files "
                                                               "(default: about 4 per worker).")] = None,
    blocksize: Annotated[str, typer.Option(help="Bytes of JSON Lines per partition.")] = "8MiB",
    workers: Annotated[int | None, typer.Option(min=1, help="Local processes/threads "
                                                            "(default: all cores).")] = None,
    published: Annotated[str | None, typer.Option(help="Default publication date YYYY-MM-DD.")] = None,
    outlet: Annotated[str | None, typer.Option(help="Default outlet name.")] = None,
    actors: Annotated[list[Path] | None, typer.Option(help="A directory of extra actor/pattern "
                                                           "YAML files (repeatable).")] = None,
) -> None:
    """Extract a large corpus with Dask: partitions run in parallel and are written as JSONL parts."""
    set_actor_dirs(actors)
    from dragoman.run.dask import DaskSetupError, extract_dask

    started = time.perf_counter()
    try:
        report = extract_dask(inputs, out_dir, partitions=partitions, scheduler=scheduler,
                              blocksize=blocksize, num_workers=workers, published=published, outlet=outlet)
    except (DaskSetupError, FileNotFoundError, ValueError) as exc:
        _usage(str(exc))
    elapsed = time.perf_counter() - started
    err.print(f"{report.articles} articles · {report.events} events · {report.with_errors} with errors · "
              f"{len(report.parts)} parts in {out_dir} · {elapsed:.1f} s "
              f"({report.articles / elapsed if elapsed else 0:.2f} articles/s)")
    if report.articles == 0 or report.rejected == report.articles:
        raise typer.Exit(EXIT_USAGE)
    raise typer.Exit(EXIT_DOC_ERRORS if report.with_errors else EXIT_OK)


def find_examples() -> Path | None:
    """examples/seeds.jsonl in the working directory or the source checkout the package runs from."""
    here = Path(__file__).resolve()
    for base in (Path.cwd(), *here.parents):
        cand = base / "examples" / "seeds.jsonl"
        if cand.is_file():
            return cand
    return None


def _trim(text: str | None, n: int) -> str:
    if not text:
        return ""
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def _actor_label(rec: ExtractedArticle, actor_id: str | None) -> str:
    a = rec.actor(actor_id)
    if a is None:
        return "—"
    return f"{a.name} ({a.country})" if a.country else a.name


def print_tables(records: list[ExtractedArticle], console: Console) -> None:
    """Readable tables of the events, actors and quotes of each article."""
    for rec in records:
        console.rule(f"[bold]{rec.id}[/bold] · {_trim(rec.title, 80)} · {rec.outlet or '?'} · {rec.published or '?'}")
        for e in rec.errors:
            console.print(f"[yellow]error:[/yellow] {e}")
        # Four columns so the table reads in an 80-column terminal; the evidence goes under the dyad.
        ev = Table(title=f"Events ({len(rec.events)})", title_justify="left", show_lines=True, expand=True)
        ev.add_column("type · CAMEO", style="bold", no_wrap=True)
        ev.add_column("who → whom, and the evidence", ratio=1)
        ev.add_column("when · where", width=13)
        ev.add_column("certainty", width=12)
        for e in rec.events:
            dyad = f"{_actor_label(rec, e.source)} → {_actor_label(rec, e.target)}"
            if e.target_inferred:
                dyad += " [dim](target inferred)[/dim]"
            evidence = rec.text[e.span[0]:e.span[1]]
            certainty = ("not " if e.negated else "") + e.certainty
            if e.attributed_to:
                certainty += f"\n[dim]per {_actor_label(rec, e.attributed_to)}[/dim]"
            date = e.date or (f"“{e.date_text}”" if e.date_text else "")
            when_where = " · ".join(x for x in (date, e.location or "") if x)
            ev.add_row(e.type + (f"/{e.mode}" if e.mode else "") + f"\n{e.cameo or ''}",
                       f"{dyad}\n[dim italic]“{escape(_trim(evidence, 140))}”[/dim italic]",
                       when_where, certainty)
        console.print(ev)
        ac = Table(title=f"Actors ({len(rec.actors)})", title_justify="left", expand=True)
        for col in ("name", "kind", "country", "roles", "mentions"):
            ac.add_column(col, justify="right" if col == "mentions" else "left",
                          ratio=3 if col in ("name", "roles") else None)
        for a in rec.actors:
            name = a.name + (" [dim](anonymous)[/dim]" if a.anonymous else "")
            ac.add_row(name, a.kind, a.country or "", _trim("; ".join(a.roles), 70), str(len(a.mentions)))
        console.print(ac)
        qt = Table(title=f"Quotes ({len(rec.quotes)})", title_justify="left", expand=True)
        for col, kw in (("speaker", {}), ("via", {}), ("direct", {}), ("text", {"ratio": 4})):
            qt.add_column(col, **kw)  # type: ignore[arg-type]
        for q in rec.quotes:
            qt.add_row(_actor_label(rec, q.speaker), _actor_label(rec, q.via) if q.via else "",
                       "yes" if q.direct else "no", _trim(q.text, 200))
        console.print(qt)


def demo_cmd(
    input_path: Annotated[Path | None, typer.Option("--input", help="Articles to run on "
                                                                    "(default: examples/seeds.jsonl).")] = None,
    output: Annotated[Path, typer.Option("-o", "--output", help="Where to write the JSON Lines.")
                      ] = Path("demo-output.jsonl"),
    db: Annotated[str | None, typer.Option(help="Database to store the results in "
                                                "(default: $DRAGOMAN_DB or ./dragoman.duckdb).")] = None,
    store: Annotated[bool, typer.Option(help="Also store the results in the knowledge base.")] = True,
) -> None:
    """Run the pipeline on the two example articles and show what it found."""
    console = Console()
    src = input_path or find_examples()
    if src is None or not src.exists():
        _usage("examples/seeds.jsonl not found: run from the project directory or pass --input")
    from dragoman.ingest import read_paths

    started = time.perf_counter()
    try:
        records = list(_records(read_paths([str(src)]), workers=1, batch_size=16))
    except (ImportError, RuntimeError, OSError) as exc:
        _pipeline_failure(exc)
    elapsed = time.perf_counter() - started
    print_tables(records, console)

    check = validator()
    invalid = 0
    with output.open("w", encoding="utf-8") as fh:
        for rec in records:
            d = rec.to_dict()
            problems = sorted(check.iter_errors(d), key=lambda e: list(e.path))
            if problems:
                invalid += 1
                for p in problems[:5]:
                    loc = "/".join(str(x) for x in p.path)
                    console.print(f"[red]schema violation[/red] in {rec.id} at /{loc}: {p.message}")
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    n_ev = sum(len(r.events) for r in records)
    console.print(f"\n{len(records)} articles, {n_ev} events, "
                  f"{sum(len(r.actors) for r in records)} actors, {sum(len(r.quotes) for r in records)} "
                  f"quotes in {elapsed:.1f} s.")
    if invalid:
        console.print(f"[red]{invalid} record(s) do not validate against the output schema[/red]")
    else:
        console.print("[green]✓[/green] every record validates against the output schema (`dragoman schema`).")
    console.print(f"JSON Lines written to [bold]{output.resolve()}[/bold]")
    if store:
        _store(records, db, console)
    raise typer.Exit(EXIT_USAGE if invalid else EXIT_OK)


def _store(records: list[ExtractedArticle], db: str | None, console: Console) -> None:
    try:
        from dragoman.store import ingest_records
    except ImportError:
        return  # the knowledge base is not installed in this build: the demo works without it
    try:
        report = ingest_records(records, db)
    except Exception as exc:  # a store problem must not hide the extraction results printed above
        console.print(f"[yellow]could not store the results:[/yellow] {type(exc).__name__}: {exc}")
        return
    path = getattr(report, "db_path", None) or db
    done = getattr(report, "ingested", None)
    skipped = getattr(report, "skipped", None)
    console.print(f"Stored in the knowledge base [bold]{path}[/bold] ({done} new, {skipped} already there); "
                  f"try `dragoman events` or `dragoman actors`.")


def register(app: typer.Typer) -> None:
    """Add extract, extract-dask, schema and demo to the CLI."""
    app.command("extract")(extract_cmd)
    app.command("extract-dask")(extract_dask_cmd)
    app.command("schema")(schema_cmd)
    app.command("demo")(demo_cmd)
