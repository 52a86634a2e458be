"""Runners: N processes or Dask give the same records, in the same order, as one process."""

from __future__ import annotations

import itertools
import json
import os
from pathlib import Path

import pytest

from dragoman.model import Article, ExtractedArticle
from dragoman.run.local import extract_parallel

# Spawned workers import this module to find fake_work: heavy imports (the CLI, Dask) stay inside tests.

TEXTS = [
    "Iranian Foreign Minister Abbas Araghchi met his Russian counterpart Sergei Lavrov in Moscow on Friday.",
    "",
    "Russian President Vladimir Putin visited Tehran on Tuesday for talks with Iranian President Masoud "
    "Pezeshkian, the Kremlin said.",
    "Le ministre des Affaires étrangères a rencontré son homologue iranien à Téhéran mardi pour discuter "
    "de la coopération régionale et de la situation au Moyen-Orient, selon un communiqué du ministère.",
    "Iran rejected the demands of the European Union on Monday, a spokesman for the foreign ministry said.",
    "Turkey and Azerbaijan signed an agreement on energy cooperation in Ankara on Thursday.",
    "The United States imposed new sanctions on Iranian oil exports, the Treasury said on Wednesday.",
]


def _articles() -> list[Article]:
    return [Article(id=f"doc-{i}", text=t, published="2025-10-24") for i, t in enumerate(TEXTS)]


def _dicts(records) -> list[dict]:
    return [r.to_dict() for r in records]


@pytest.mark.slow
def test_two_workers_same_output_as_one() -> None:
    one = _dicts(extract_parallel(_articles(), workers=1, batch_size=3))
    two = _dicts(extract_parallel(_articles(), workers=2, batch_size=2))
    assert [r["id"] for r in one] == [f"doc-{i}" for i in range(len(TEXTS))]
    assert two == one
    assert sum(len(r["events"]) for r in one) >= 4


def fake_work(batch: list[Article], batch_size: int) -> list[ExtractedArticle]:
    """A stand-in worker (no spaCy): dies outright on a poisoned document, like a segfault would."""
    if any("POISON" in a.text for a in batch):
        os._exit(3)
    return [ExtractedArticle(id=a.id, text=a.text.upper()) for a in batch]


def test_a_crashing_worker_costs_one_document_not_the_batch() -> None:
    arts = [Article(id=f"d{i}", text="POISON" if i == 5 else f"text {i}") for i in range(12)]
    out = list(extract_parallel(arts, workers=2, batch_size=3, worker=fake_work))
    assert [r.id for r in out] == [a.id for a in arts]
    assert out[0].text == "TEXT 0" and out[11].text == "TEXT 11"
    assert out[5].errors and "worker process crashed" in out[5].errors[0]
    assert all(not r.errors for i, r in enumerate(out) if i != 5)


def test_bounded_in_flight_work() -> None:
    pulled = 0

    def source():
        nonlocal pulled
        for i in range(1000):
            pulled += 1
            yield Article(id=str(i), text=f"t{i}")

    it = extract_parallel(source(), workers=2, batch_size=5, worker=fake_work)
    assert next(it).id == "0"
    assert pulled <= 2 * 2 * 5 + 5  # a few batches read ahead, not the whole input
    it.close()


def _corpus(d: Path) -> None:
    (d / "sub").mkdir()
    with (d / "wire.jsonl").open("w", encoding="utf-8") as fh:
        for i, t in enumerate(TEXTS):
            fh.write(json.dumps({"text": t}) + "\n")
            if i == 2:
                fh.write("{broken json\n")
    (d / "sub" / "story.txt").write_text(TEXTS[0], encoding="utf-8")
    (d / "empty.txt").write_text("", encoding="utf-8")


def test_dask_units_cut_jsonl_at_line_boundaries(tmp_path: Path) -> None:
    from dragoman.run.dask import plan_units

    _corpus(tmp_path)
    units = plan_units([(str(tmp_path / "wire.jsonl"), None)], partitions=4, blocksize=200)
    assert len(units) > 2
    assert units[0].first_line == 1 and units[0].start == 0
    for a, b in itertools.pairwise(units):
        assert a.end == b.start and b.first_line > a.first_line


@pytest.mark.slow
def test_dask_matches_extract(tmp_path: Path) -> None:
    from dragoman.ingest import read_paths
    from dragoman.run.dask import extract_dask

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    _corpus(corpus)
    out = tmp_path / "out"
    report = extract_dask([str(corpus)], out, scheduler="threads", num_workers=2, blocksize=300,
                          published="2025-10-24")
    parts = sorted(out.glob("part-*.jsonl"))
    assert [str(p) for p in parts] == report.parts and len(parts) >= 3
    dask_recs = [json.loads(line) for p in parts for line in p.read_text(encoding="utf-8").splitlines()]
    ref = _dicts(extract_parallel(read_paths([str(corpus)], published="2025-10-24"), workers=1))
    assert sorted(dask_recs, key=lambda r: r["id"]) == sorted(ref, key=lambda r: r["id"])
    assert report.articles == len(ref) == len(TEXTS) + 3
    assert report.rejected == 4  # broken JSON line, empty string, French, empty file
    # resume: parts already written are not redone
    again = extract_dask([str(corpus)], out, scheduler="synchronous", blocksize=300, resume=True)
    assert again.resumed == len(parts) and again.articles == report.articles


def test_extract_dask_cli_errors(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from dragoman.cli import app

    runner = CliRunner()
    res = runner.invoke(app, ["extract-dask", str(tmp_path / "missing*.jsonl"), "-o", str(tmp_path / "o")])
    assert res.exit_code == 2 and "no files match" in res.stderr
    (tmp_path / "a.txt").write_text(TEXTS[0], encoding="utf-8")
    res = runner.invoke(app, ["extract-dask", str(tmp_path / "a.txt"), "-o", str(tmp_path / "o"),
                              "--scheduler", "tcp://127.0.0.1:1"])
    assert res.exit_code == 2
    assert "distributed" in res.stderr or "cannot reach" in res.stderr
