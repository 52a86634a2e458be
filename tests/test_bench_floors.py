"""Safe floors on the real pipeline's quality and speed, so a regression fails the suite.

The floors sit well below what `make bench` measured (see the numbers in each
comment) so that a slow or loaded machine still passes; they catch a coder that
broke, not one that moved by a point. Raise them as the coder improves. The
gold files live outside the repo (`../shared/benchmarks`): without them these
tests skip.
"""

from __future__ import annotations

import importlib.util
import time
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared" / "benchmarks"
BENCH = Path(__file__).resolve().parents[1] / "bench"

needs_shared = pytest.mark.skipif(not (SHARED / "seeds_gold.json").is_file(),
                                  reason="../shared/benchmarks is absent")


@pytest.fixture(scope="module")
def results():
    from dragoman.commands.evaluate import evaluate

    return evaluate(gold=SHARED / "seeds_gold.json", plover=SHARED / "plover_examples.jsonl",
                    petrarch=SHARED / "petrarch_validation.jsonl")


@needs_shared
def test_seeds_floors(results):
    g = results["gold"]
    # measured 2025-11 (lead's coder, day 1): dyad R 0.90 P 0.64, actor-level R 0.90, actors R 0.97, quotes R 1.0
    # Extraction is deterministic, so these are issue 2's own targets, not machine-dependent.
    assert g["events_dyad"]["recall"] >= 0.9, g["missed"]["dyad"]
    assert g["events_dyad"]["precision"] >= 0.7, g["false_positives"]["dyad"]
    assert g["events_actor"]["recall"] >= 0.8, g["missed"]["actor"]
    assert g["actors"]["recall"] >= 0.9, g["missed_actors"]
    assert g["actors"]["wrong_country"] <= 2
    assert g["quotes"]["recall"] >= 0.75, g["missed_quotes"]


@needs_shared
def test_plover_floors(results):
    p = results["plover"]["all"]
    assert p["records"] == 322
    assert p["type_accuracy"] >= PLOVER_TYPE_ACCURACY_FLOOR
    assert p["wrong_types_per_record"] <= 0.3


@needs_shared
def test_petrarch_floors(results):
    q = results["petrarch"]["all"]
    assert q["records"] == 78 and q["skipped"].get("petr_unittest") == 284
    assert q["f1"] >= PETR2_F1_FLOOR
    assert q["no_event_uncoded"] >= PETR2_NO_EVENT_FLOOR


@needs_shared
def test_targets_table_covers_every_issue_target(results):
    keys = {r["key"] for r in results["targets"]}
    assert {"plover_type_accuracy", "plover_wrong_types", "petr2_f1", "petr2_no_event", "seeds_dyad_f1"} <= keys


def test_throughput_floor_on_generated_corpus():
    spec = importlib.util.spec_from_file_location("bench_corpus", BENCH / "corpus.py")
    corpus = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(corpus)
    from dragoman.pipeline import extract_articles

    arts = [a for a, _ in corpus.generate(20)]
    list(extract_articles(arts[:2]))  # load the model outside the timing
    t0 = time.perf_counter()
    outs = list(extract_articles(arts))
    rate = len(arts) / (time.perf_counter() - t0)
    assert not any(o.errors for o in outs)
    assert sum(len(o.events) for o in outs) > len(arts)  # the generated articles do carry events
    assert rate >= 2.0, f"{rate:.1f} articles/s"


# Measured on day 1 of the coder: PLOVER type accuracy 0.35 (all 322), wrong types/record 0.19;
# PETR2 triple F1 0.11, no-event uncoded 0.58 (12 records). Raise these as the coder improves.
PLOVER_TYPE_ACCURACY_FLOOR = 0.65  # measured 0.72 (all records) on 2026-11-22
PETR2_F1_FLOOR = 0.20  # measured 0.28
PETR2_NO_EVENT_FLOOR = 0.50  # measured 0.67


@needs_shared
def test_no_gold_sentence_makes_the_pipeline_fail() -> None:
    """A stage that raises is reported per document and the batch goes on; here it must not happen."""
    from dragoman.eval import extract_records, load_jsonl, sentence_articles

    records = load_jsonl(SHARED / "plover_examples.jsonl") + load_jsonl(SHARED / "petrarch_validation.jsonl")
    preds = extract_records(sentence_articles([r for r in records if r.get("text")]))
    failed = {k: v.errors for k, v in preds.items() if any("extraction failed" in e for e in v.errors)}
    assert not failed, failed
