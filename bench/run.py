"""`make bench`: quality and speed of dragoman in one table.

Prints seeds (dyad/actor P/R/F1, quotes, actors), the PLOVER and PETRARCH-2
figures on dev folds and on the held-out fold separately, throughput on a
generated corpus (articles/s, sentences/s, one worker), peak RSS and the spaCy
model load time, each next to its target where issue 2 or 3 sets one.

Tune patterns on the DEV folds only; the held-out fold is the honest estimate,
and looking at its errors while tuning makes it worthless.

    .venv/bin/python bench/run.py            # full run (200 generated articles)
    .venv/bin/python bench/run.py --quick    # 40 generated articles
    .venv/bin/python bench/run.py --json --out bench.json
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from corpus import generate  # noqa: E402

from dragoman.commands.evaluate import evaluate, run_sentence_sets  # noqa: E402
from dragoman.eval import TARGETS, meets_goal  # noqa: E402
from dragoman.pipeline import extract_articles  # noqa: E402

DEFAULT_SHARED = HERE.parent / ".." / "shared" / "benchmarks"


def model_load_seconds() -> float | None:
    """Time to load the spaCy pipeline (with the dictionary's entity ruler), measured cold."""
    t0 = time.perf_counter()
    try:
        from dragoman import nlp

        loader = getattr(nlp, "nlp", None)
        if loader is None:
            return None
        loader()
    except Exception as exc:  # the bench must still print what it can
        print(f"model load failed: {exc}", file=sys.stderr)
        return None
    return time.perf_counter() - t0


def throughput(n_articles: int, batch_size: int = 16) -> dict[str, Any]:
    """Articles/s and sentences/s through ``extract_articles`` in this one process."""
    pairs = list(generate(n_articles))
    arts = [a for a, _ in pairs]
    n_sent = sum(n for _, n in pairs)
    chars = sum(len(a.text) for a in arts)
    t0 = time.perf_counter()
    events = errors = 0
    for out in extract_articles(arts, batch_size=batch_size):
        events += len(out.events)
        errors += bool(out.errors)
    dt = time.perf_counter() - t0
    return {"articles": len(arts), "sentences": n_sent, "chars": chars, "seconds": round(dt, 2),
            "articles_per_s": round(len(arts) / dt, 2), "sentences_per_s": round(n_sent / dt, 1),
            "events": events, "articles_with_errors": errors}


def peak_rss_mb() -> float:
    """Peak resident memory of this process (ru_maxrss is KiB on Linux)."""
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def run(shared: Path, n_articles: int, folds: int = 5, fold: int = 0) -> dict[str, Any]:
    """Everything the bench measures, as one JSON-ready dict."""
    res: dict[str, Any] = {"model_load_s": model_load_seconds()}
    seeds = shared / "seeds_gold.json"
    plover = shared / "plover_examples.jsonl"
    petr = shared / "petrarch_validation.jsonl"
    if seeds.is_file():
        res["seeds"] = evaluate(gold=seeds)["gold"]
    sets = run_sentence_sets(plover if plover.is_file() else None, petr if petr.is_file() else None,
                             folds, fold)
    for key in ("plover", "petrarch"):
        if key in sets:
            res[key] = sets[key]
    if sets.get("sentences_extracted"):
        res["gold_sentences_per_s"] = round(sets["sentences_extracted"] / max(sets["extract_seconds"], 1e-9), 1)
    res["blind_sentences"] = blind_sentences()
    res["throughput"] = throughput(n_articles)
    res["peak_rss_mb"] = peak_rss_mb()
    return res


#: our own CAMEO-coded sentence sets (written blind by helpers; tests/data/blind_sentences/README.md)
BLIND_SENTENCES = HERE.parent / "tests" / "data" / "blind_sentences"


def blind_sentences() -> dict[str, dict[str, Any]]:
    """(source, target, root) P/R/F1 of each blind sentence set, scored as PETR2 is."""
    from dragoman.eval import extract_records, load_jsonl, score_petrarch, sentence_articles

    out = {}
    for path in sorted(BLIND_SENTENCES.glob("*.jsonl")):
        recs = load_jsonl(path)
        res = score_petrarch(recs, extract_records(sentence_articles(recs)))
        out[path.stem] = {k: res[k] for k in ("records", "precision", "recall", "f1", "tp", "fp", "fn")}
    return out


def _target(path: str) -> tuple[str, float] | None:
    for _key, _label, p, op, thr in TARGETS:
        if p == path:
            return op, thr
    return None


def _check(value: Any, path: str) -> tuple[str, str]:
    t = _target(path)
    if t is None or value is None:
        return "", ""
    op, thr = t
    ok = meets_goal(value, op, thr)
    return f"{op} {thr}", "[green]pass[/green]" if ok else "[red]FAIL[/red]"


def render(res: dict[str, Any], console: Console) -> None:
    """One table: section, metric, value, target, pass/fail."""
    t = Table(title="dragoman bench (tune on DEV folds only; held-out is the honest estimate)")
    for col in ("section", "metric", "value", "target", ""):
        t.add_column(col, justify="right" if col == "value" else "left")

    def f(x: Any) -> str:
        return "–" if x is None else f"{x:.3f}" if isinstance(x, float) else str(x)

    def row(section: str, metric: str, value: Any, path: str | None = None, extra: str = "") -> None:
        goal, ok = _check(value, path) if path else ("", "")
        t.add_row(section, metric, f(value) + (f"  {extra}" if extra else ""), goal, ok)

    s = res.get("seeds")
    if s:
        for key, label in (("events_dyad", "events dyad"), ("events_actor", "events actor")):
            m = s[key]
            row("seeds", f"{label} P", m["precision"], f"gold.{key}.precision")
            row("seeds", f"{label} R", m["recall"], f"gold.{key}.recall")
            row("seeds", f"{label} F1", m["f1"], f"gold.{key}.f1",
                extra=f"(tp {m['tp']} fp {m['fp']} fn {m['fn']})")
        row("seeds", "quote recall", s["quotes"]["recall"], "gold.quotes.recall",
            extra=f"({s['quotes']['matched']}/{s['quotes']['gold']}, {s['quotes']['predicted']} predicted)")
        row("seeds", "actor recall", s["actors"]["recall"], "gold.actors.recall",
            extra=f"({s['actors']['found']}/{s['actors']['gold']})")
        row("seeds", "actors with wrong country", s["actors"]["wrong_country"], "gold.actors.wrong_country")
    else:
        t.add_row("seeds", "(../shared/benchmarks absent)", "", "", "")
    p = res.get("plover")
    if p:
        for split in ("dev", "heldout"):
            m = p[split]
            row(f"PLOVER {split}", "type accuracy", m["type_accuracy"], "plover.type_accuracy",
                extra=f"(n={m['records']})")
            row(f"PLOVER {split}", "wrong types / record", m["wrong_types_per_record"],
                "plover.wrong_types_per_record")
            row(f"PLOVER {split}", "mode accuracy", m["mode_accuracy"], extra=f"(n={m['mode_records']})")
    q = res.get("petrarch")
    if q:
        for split in ("dev", "heldout"):
            m = q[split]
            row(f"PETR2 {split}", "triple P / R", m["precision"], extra=f"/ {m['recall']:.3f}")
            row(f"PETR2 {split}", "triple F1", m["f1"], "petrarch.f1",
                extra=f"(n={m['records']}; tp {m['tp']} fp {m['fp']} fn {m['fn']})")
            row(f"PETR2 {split}", "no-event uncoded", m["no_event_uncoded"], "petrarch.no_event_uncoded",
                extra=f"(n={m['no_event_records']})")
        skipped = ", ".join(f"{k} {v}" for k, v in q["all"]["skipped"].items())
        t.add_row("PETR2", "skipped (not scored)", skipped, "", "")
    for name, m in (res.get("blind_sentences") or {}).items():
        row(f"blind set {name}", "triple F1", m["f1"],
            extra=f"(n={m['records']}; P {m['precision']:.3f} R {m['recall']:.3f}; tp {m['tp']} fp {m['fp']} fn {m['fn']})")
    tp = res["throughput"]
    row("speed", "articles/s (1 worker)", tp["articles_per_s"],
        extra=f"({tp['articles']} articles, {tp['seconds']} s)")
    row("speed", "sentences/s (1 worker)", tp["sentences_per_s"], extra=f"({tp['sentences']} sentences)")
    if res.get("gold_sentences_per_s"):
        row("speed", "gold sentences/s (one-sentence docs)", res["gold_sentences_per_s"])
    row("speed", "articles with errors", tp["articles_with_errors"])
    row("resources", "spaCy model load (s)", res["model_load_s"])
    row("resources", "peak RSS (MB)", res["peak_rss_mb"])
    console.print(t)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="40 generated articles instead of 200")
    ap.add_argument("--articles", type=int, default=None, help="number of generated articles")
    ap.add_argument("--shared", type=Path, default=DEFAULT_SHARED, help="directory of the gold benchmarks")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--fold", type=int, default=0, help="held-out fold (do not tune on it)")
    ap.add_argument("--json", action="store_true", help="print JSON instead of the table")
    ap.add_argument("--out", type=Path, help="also write the full results as JSON here")
    args = ap.parse_args(argv)
    n = args.articles or (40 if args.quick else 200)
    res = run(args.shared, n, args.folds, args.fold)
    if args.out:
        args.out.write_text(json.dumps(res, indent=1, ensure_ascii=False), encoding="utf-8")
    if args.json:
        slim = {k: ({s: {kk: vv for kk, vv in v.items() if kk != "errors"} for s, v in val.items()
                     if isinstance(v, dict)} if k in ("plover", "petrarch") else val)
                for k, val in res.items() if k != "seeds"}
        if "seeds" in res:
            slim["seeds"] = {k: res["seeds"][k] for k in ("events_dyad", "events_actor", "quotes", "actors")}
        print(json.dumps(slim, indent=1, ensure_ascii=False))
    else:
        render(res, Console(width=None if sys.stdout.isatty() else 120))
    return 0


if __name__ == "__main__":
    sys.exit(main())
