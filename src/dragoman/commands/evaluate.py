"""``dragoman eval``: score the pipeline against gold, as a table or JSON.

A thin layer over :mod:`dragoman.eval`: it loads files, runs the pipeline where
no predictions are given, and renders. The figures are computed by the library,
so ``bench/run.py`` and the tests see exactly what a user sees here.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from dragoman import eval as ev

HELP = (
    "Score dragoman against gold data.\n\n"
    "GOLD is an article gold file (GOLD_FORMAT.md: the seeds, or your own); PRED is `dragoman extract` "
    "JSONL output for it (omit it to run the pipeline now). --plover and --petrarch score the public "
    "sentence-level gold sets.\n\n"
    "The PLOVER and PETRARCH sets are split by a stable hash of each record id into --folds folds; fold "
    "--fold is HELD OUT. While tuning patterns, look only at the dev-fold figures and error lists "
    "(--verbose shows dev errors only); quote the held-out figure as the honest estimate."
)


def _fmt(x: Any) -> str:
    if x is None:
        return "–"
    if isinstance(x, float):
        return f"{x:.3f}"
    return str(x)


def _strip_details(result: dict[str, Any]) -> dict[str, Any]:
    """Drop per-record error lists (kept only for the dev folds, so nobody tunes on held-out)."""
    return {k: v for k, v in result.items() if k != "errors"}


def run_sentence_sets(plover: Path | None, petrarch: Path | None, folds: int, fold: int,
                      batch_size: int = 32) -> dict[str, Any]:
    """Extract and score the PLOVER and/or PETRARCH files with a dev/held-out split."""
    out: dict[str, Any] = {}
    plover_recs = ev.load_jsonl(plover) if plover else []
    petr_recs = ev.load_jsonl(petrarch) if petrarch else []
    to_extract = ev.sentence_articles(plover_recs, dated=False) + ev.sentence_articles(
        [r for r in petr_recs if ev.scored_petrarch(r)])
    t0 = time.perf_counter()
    preds = ev.extract_records(to_extract, batch_size=batch_size) if to_extract else {}
    elapsed = time.perf_counter() - t0
    for key, recs, scorer in (("plover", plover_recs, ev.score_plover), ("petrarch", petr_recs, ev.score_petrarch)):
        if not recs:
            continue
        dev, held = ev.split_folds(recs, folds, fold)
        out[key] = {
            "file": str(plover if key == "plover" else petrarch),
            "folds": folds, "heldout_fold": fold,
            "dev": scorer(dev, preds),
            "heldout": _strip_details(scorer(held, preds)),
            "all": _strip_details(scorer(recs, preds)),
        }
    out["sentences_extracted"] = len(to_extract)
    out["extract_seconds"] = round(elapsed, 2)
    return out


def render_gold(console: Console, res: dict[str, Any], title: str, verbose: bool) -> None:
    """The article-gold table (and, with verbose, why each miss and false positive happened)."""
    t = Table(title=title)
    for col in ("metric", "P", "R", "F1", "counts"):
        t.add_column(col, justify="left" if col in ("metric", "counts") else "right")
    for key, label in (("events_dyad", "events, dyad level"), ("events_actor", "events, actor level")):
        m = res[key]
        t.add_row(label, _fmt(m["precision"]), _fmt(m["recall"]), _fmt(m["f1"]),
                  f"tp {m['tp']}  fp {m['fp']}  fn {m['fn']}  neutral {m['neutral']}  undyadic {m['undyadic']}")
    q = res["quotes"]
    t.add_row("quotes", _fmt(q["precision"]), _fmt(q["recall"]), "–",
              f"{q['matched']}/{q['gold']} gold found; {q['predicted']} predicted (P is a lower bound)")
    a = res["actors"]
    t.add_row("actors", "–", _fmt(a["recall"]), "–",
              f"{a['found']}/{a['gold']} found; {a['wrong_country']} wrong country; {a['predicted']} predicted")
    console.print(t)
    if not verbose:
        return
    pa = Table(title="per article")
    pa.add_column("article", no_wrap=True, min_width=8)
    for col in ("dyad tp/fp/fn", "actor tp/fp/fn", "quotes", "actors", "wrong ctry", "undyadic", "errors"):
        pa.add_column(col)
    for r in res["per_article"]:
        d, x = r["dyad"], r["actor"]
        pa.add_row(r["id"], f"{d['tp']}/{d['fp']}/{d['fn']}", f"{x['tp']}/{x['fp']}/{x['fn']}",
                   f"{r['quotes']['matched']}/{r['quotes']['gold']}", f"{r['actors']['found']}/{r['actors']['gold']}",
                   str(r["actors"]["wrong_country"]), str(r["undyadic"]), "; ".join(r["errors"])[:80])
    console.print(pa)
    for level in ("dyad", "actor"):
        if res["missed"][level]:
            console.print(f"[bold]missed gold events ({level} level)[/bold]")
            for m in res["missed"][level]:
                console.print(f"  {m['article']}: {m['type']} {m['source']} ({m['source_country']}) -> "
                              f"{m['target']} ({m['target_country']})  [dim]{m.get('evidence') or ''}[/dim]",
                              markup=True, highlight=False)
        if res["false_positives"][level]:
            console.print(f"[bold]false positives ({level} level)[/bold]")
            for m in res["false_positives"][level]:
                console.print(f"  {m['article']}: {m['type']} {m['source']} ({m['source_country']}) -> "
                              f"{m['target']} ({m['target_country']}) rule={m['rule']}\n"
                              f"      [dim]{m['sentence']}[/dim]", highlight=False)
    for m in res["missed_quotes"]:
        console.print(f"  missed quote {m['article']}: {m['speaker']}: “{m['contains']}”", highlight=False)
    for m in res["missed_actors"]:
        console.print(f"  missed actor {m['article']}: {m['name']} ({m['kind']})", highlight=False)
    for m in res["actors"]["wrong_country_list"]:
        console.print(f"  wrong country {m['article']}: {m['name']} gold {m['gold_country']} "
                      f"predicted {m['predicted_country']} (as {m['predicted_name']!r})", highlight=False)


def render_plover(console: Console, res: dict[str, Any], verbose: bool) -> None:
    """PLOVER figures for dev, held-out and all records, and the dev confusion table."""
    t = Table(title=f"PLOVER gold ({res['file']}); held-out = fold {res['heldout_fold']} of {res['folds']}")
    for col in ("split", "records", "type accuracy", "wrong types/record", "mode accuracy (n)"):
        t.add_column(col, justify="left" if col == "split" else "right")
    for split in ("dev", "heldout", "all"):
        m = res[split]
        t.add_row(split, str(m["records"]), _fmt(m["type_accuracy"]), _fmt(m["wrong_types_per_record"]),
                  f"{_fmt(m['mode_accuracy'])} ({m['mode_records']})")
    console.print(t)
    c = Table(title="PLOVER confusion, dev folds (gold type → predicted types)")
    c.add_column("gold")
    c.add_column("records", justify="right")
    c.add_column("accuracy", justify="right")
    c.add_column("predicted types (records)")
    for gold, row in res["dev"]["confusion"].items():
        pt = res["dev"]["per_type"][gold]
        c.add_row(gold, str(pt["records"]), _fmt(pt["accuracy"]), ", ".join(f"{k} {v}" for k, v in row.items()))
    console.print(c)
    if verbose:
        _print_errors(console, "PLOVER dev-fold errors", res["dev"]["errors"])


def _print_errors(console: Console, title: str, errors: list[dict[str, Any]]) -> None:
    """Dev-fold errors only: held-out records are never shown, so nobody tunes on them."""
    console.print(f"[bold]{title}[/bold]")
    for e in errors:
        console.print(f"  {e['id']}: gold {e['gold']} predicted {e['predicted'] or ['none']}\n"
                      f"      [dim]{e['text']}[/dim]", highlight=False)


def render_petrarch(console: Console, res: dict[str, Any], verbose: bool) -> None:
    """PETR2 triple figures for dev, held-out and all records."""
    skipped = ", ".join(f"{k} {v}" for k, v in res["all"]["skipped"].items()) or "none"
    t = Table(title=f"CAMEO sentence gold ({res['file']}); held-out = fold {res['heldout_fold']} "
                    f"of {res['folds']}; skipped: {skipped}")
    for col in ("split", "records", "P", "R", "F1", "tp/fp/fn", "no-event uncoded (n)", "undyadic"):
        t.add_column(col, justify="left" if col == "split" else "right")
    for split in ("dev", "heldout", "all"):
        m = res[split]
        t.add_row(split, str(m["records"]), _fmt(m["precision"]), _fmt(m["recall"]), _fmt(m["f1"]),
                  f"{m['tp']}/{m['fp']}/{m['fn']}", f"{_fmt(m['no_event_uncoded'])} ({m['no_event_records']})",
                  str(m["undyadic"]))
    console.print(t)
    if verbose:
        _print_errors(console, "PETR2 dev-fold errors (source, target, CAMEO root)", res["dev"]["errors"])


def render_targets(console: Console, rows: list[dict[str, Any]]) -> None:
    """One table: each measured figure next to its target from issues 2 and 3."""
    if not rows:
        return
    t = Table(title="targets (issues 2 and 3)")
    for col in ("target", "value", "held-out", "goal", ""):
        t.add_column(col, justify="left" if col == "target" else "right")
    for r in rows:
        t.add_row(r["target"], _fmt(r["value"]), _fmt(r["heldout"]), r["goal"],
                  "[green]pass[/green]" if r["pass"] else
                  "[red]FAIL on held-out[/red]" if r["pass_all"] else "[red]FAIL[/red]")
    console.print(t)


def evaluate(gold: Path | None = None, pred: Path | None = None, plover: Path | None = None,
             petrarch: Path | None = None, folds: int = 5, fold: int = 0,
             batch_size: int = 32) -> dict[str, Any]:
    """Everything ``dragoman eval`` computes, as one JSON-ready dict (used by bench/run.py too)."""
    results: dict[str, Any] = {}
    if gold is not None:
        gold_recs = ev.load_gold(gold)
        t0 = time.perf_counter()
        preds = ev.load_predictions(pred) if pred else ev.predict_gold(gold_recs)
        results["gold"] = ev.score_gold(gold_recs, preds)
        results["gold"]["file"] = str(gold)
        results["gold"]["predictions"] = str(pred) if pred else "extracted now"
        results["gold"]["seconds"] = round(time.perf_counter() - t0, 2)
    if plover or petrarch:
        results.update(run_sentence_sets(plover, petrarch, folds, fold, batch_size))
    flat = {k: results[k] if k == "gold" else results[k]["all"] for k in ("gold", "plover", "petrarch")
            if k in results}
    held = {k: results[k]["heldout"] for k in ("plover", "petrarch") if k in results}
    results["targets"] = ev.check_targets(flat, held)
    return results


def register(app: typer.Typer) -> None:
    """Add ``dragoman eval`` to the CLI."""

    @app.command("eval", help=HELP)
    def eval_cmd(
        gold: Annotated[Path | None, typer.Argument(help="Article gold JSON (GOLD_FORMAT.md).")] = None,
        pred: Annotated[Path | None, typer.Argument(help="Predictions JSONL from `dragoman extract`; "
                                                         "omit to extract now.")] = None,
        plover: Annotated[Path | None, typer.Option("--plover", help="PLOVER gold JSONL "
                                                    "(plover_examples.jsonl).")] = None,
        petrarch: Annotated[Path | None, typer.Option("--petrarch", help="PETRARCH validation JSONL "
                                                      "(petrarch_validation.jsonl).")] = None,
        as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of tables.")] = False,
        verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Per-article breakdown, misses and "
                                              "false positives (dev folds only for PLOVER/PETRARCH).")] = False,
        folds: Annotated[int, typer.Option(help="Number of hash folds for PLOVER/PETRARCH.")] = 5,
        fold: Annotated[int, typer.Option(help="The held-out fold: do not tune on it.")] = 0,
        batch_size: Annotated[int, typer.Option(help="spaCy batch size for sentence sets.")] = 32,
        strict: Annotated[bool, typer.Option(help="Exit 1 if any target fails (for CI).")] = False,
    ) -> None:
        if gold is None and not plover and not petrarch:
            typer.echo("nothing to score: give GOLD.json and/or --plover FILE / --petrarch FILE", err=True)
            raise typer.Exit(2)
        for p in (gold, pred, plover, petrarch):
            if p is not None and not p.is_file():
                typer.echo(f"no such file: {p}", err=True)
                raise typer.Exit(2)
        try:
            results = evaluate(gold, pred, plover, petrarch, folds, fold, batch_size)
        except (ValueError, OSError, json.JSONDecodeError) as exc:
            typer.echo(f"cannot score: {exc}", err=True)
            raise typer.Exit(2) from exc
        if as_json:
            sys.stdout.write(json.dumps(results, indent=1, ensure_ascii=False) + "\n")
        else:
            console = Console(width=None if sys.stdout.isatty() else 120)  # logs: no 80-col wrap
            if "gold" in results:
                render_gold(console, results["gold"], f"article gold ({gold})", verbose)
            if "plover" in results:
                render_plover(console, results["plover"], verbose)
            if "petrarch" in results:
                render_petrarch(console, results["petrarch"], verbose)
            render_targets(console, results["targets"])
        if strict and not all(r["pass"] for r in results["targets"]):
            raise typer.Exit(1)
