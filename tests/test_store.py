"""Ingest into the DuckDB store: dedup across articles, idempotency, crash safety, seeds."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import duckdb
import pytest

from dragoman.model import Actor, Event, ExtractedArticle, Quote
from dragoman.store import connect, ingest_records, queries
from dragoman.store.db import SCHEMA_VERSION, schema_version
from test_store_synth import make_articles

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "examples" / "seeds.jsonl"

TEXT_A = ("Russian envoy Alexander Lavrentiev met Ali Larijani, Secretary of Iran's Supreme National Security "
          "Council, in Tehran on Tuesday, Tasnim news agency reported.")
TEXT_B = ("Iran's top security official Larijani held talks with Russia's Alexander Lavrentyev in Tehran, "
          "a Russian diplomatic source said on Wednesday.")


def two_reports() -> list[ExtractedArticle]:
    """One meeting told by two outlets: different wording, spelling, direction and certainty."""
    a = ExtractedArticle(
        id="report-a", text=TEXT_A, published="2025-10-22", outlet="Tasnim",
        actors=[Actor("lav", "Alexander Lavrentiev", "person", "RUS", roles=["Russian envoy"],
                      mentions=[(13, 33)]),
                Actor("lar", "Ali Larijani", "person", "IRN",
                      roles=["Secretary of Iran's Supreme National Security Council"], mentions=[(38, 50)]),
                Actor("tas", "Tasnim", "media", "IRN", mentions=[(124, 130)])],
        events=[Event("e1", "CONSULT", TEXT_A, (0, len(TEXT_A)), source="lav", target="lar", location="Tehran",
                      date="2025-10-21", date_text="on Tuesday", certainty="reported", attributed_to="tas",
                      cameo="040", rule="consult.yaml#met")])
    b = ExtractedArticle(
        id="report-b", text=TEXT_B, published="2025-10-23", outlet="Asharq Al-Awsat",
        actors=[Actor("l1", "Larijani", "person", "IRN", roles=["top security official"], mentions=[(26, 34)]),
                Actor("l2", "Alexander Lavrentyev", "person", "RUS", mentions=[(61, 81)]),
                Actor("src", "Russian diplomatic source", "person", "RUS", anonymous=True, mentions=[(94, 119)])],
        events=[Event("e1", "CONSULT", TEXT_B, (0, len(TEXT_B)), source="l1", target="l2", location="Tehran",
                      date="2025-10-22", certainty="asserted", attributed_to="src")],
        quotes=[Quote("q1", "Larijani held talks with Lavrentyev", False, (20, 90), speaker="src")])
    return [a, b]


def test_one_event_reported_by_two_articles_is_one_event_with_two_mentions(tmp_path: Path) -> None:
    db = str(tmp_path / "kb.duckdb")
    report = ingest_records(two_reports(), db)
    assert (report.ingested, report.failed) == (2, 0)
    con = queries.open_db(db, read_only=True)
    events = queries.list_events(con)
    assert len(events) == 1
    ev = events[0]
    assert (ev["n_articles"], ev["n_outlets"], ev["type"], ev["location"]) == (2, 2, "CONSULT", "Tehran")
    assert {ev["source_name"], ev["target_name"]} == {"Alexander Lavrentiev", "Ali Larijani"}
    by_article = {m["article_id"]: m for m in ev["mentions"]}
    assert by_article["report-a"]["certainty"] == "reported"
    assert by_article["report-a"]["attributed_to_name"] == "Tasnim"
    assert by_article["report-b"]["certainty"] == "asserted"
    assert by_article["report-b"]["attributed_to_name"] == "Russian diplomatic source"
    assert by_article["report-b"]["sentence"] == TEXT_B
    # Spelling variant and bare surname resolved to the same two people.
    persons = queries.list_actors(con, kind="person")
    named = {a["name"]: a for a in persons if not a["anonymous"]}
    assert set(named) == {"Alexander Lavrentiev", "Ali Larijani"}
    assert named["Ali Larijani"]["n_articles"] == 2
    roles = {r["role"]: r for r in queries.get_actor(con, "Larijani")["roles"]}
    assert roles["top security official"]["first_seen"] == "2025-10-23"
    assert roles["Secretary of Iran's Supreme National Security Council"]["last_seen"] == "2025-10-22"


def test_ingest_is_idempotent_and_force_replaces(tmp_path: Path) -> None:
    db = str(tmp_path / "kb.duckdb")
    arts = make_articles(30, seed=3)
    first = ingest_records(arts, db)
    con = connect(db)
    counts = queries.stats(con)
    con.close()
    again = ingest_records(arts, db)
    assert (first.ingested, again.ingested, again.skipped) == (30, 0, 30)
    forced = ingest_records(arts[:5], db, force=True)
    assert forced.replaced == 5
    con = connect(db)
    assert queries.stats(con) == counts
    # every derived count still agrees with the rows behind it
    bad = con.execute("""SELECT count(*) FROM events e WHERE n_articles <>
                         (SELECT count(DISTINCT article_id) FROM event_mentions m WHERE m.event_id = e.event_id)
                      """).fetchone()[0]
    assert bad == 0
    con.close()


def test_bad_records_are_reported_and_the_batch_goes_on(tmp_path: Path) -> None:
    db = str(tmp_path / "kb.duckdb")
    good = make_articles(3, seed=4)
    broken = good[1].to_dict()
    broken["events"][0]["span"] = "not a span"
    records = [good[0], {"id": "no-text"}, broken, {"id": "rejected", "text": "", "errors": ["rejected: empty"]},
               "garbage", good[2]]
    report = ingest_records(records, db)
    assert report.ingested == 2 and report.failed == 4
    failed = {e["article_id"]: e["error"] for e in report.errors}
    assert "rejected: empty" in failed["rejected"]
    assert "no-text" in failed
    con = connect(db)
    assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 2
    assert con.execute("SELECT count(*) FROM event_mentions WHERE article_id = ?", [good[1].id]).fetchone()[0] == 0


def test_unknown_actor_ids_become_errors_on_the_article(tmp_path: Path) -> None:
    art = make_articles(1, seed=5)[0]
    art.events[0].source = "nobody"
    db = str(tmp_path / "kb.duckdb")
    ingest_records([art], db)
    got = queries.get_article(queries.open_db(db, read_only=True), art.id)
    assert any("unknown actor id 'nobody'" in e for e in got["errors"])
    assert next(e for e in got["events"] if e["id"] == art.events[0].id)["source"] is None


def test_schema_is_versioned_and_newer_databases_are_refused(tmp_path: Path) -> None:
    db = str(tmp_path / "kb.duckdb")
    con = connect(db)
    assert schema_version(con) == SCHEMA_VERSION
    con.execute("UPDATE meta SET value = '999' WHERE key = 'schema_version'")
    con.close()
    from dragoman.store.db import SchemaError
    with pytest.raises(SchemaError):
        connect(db)
    with pytest.raises(FileNotFoundError):
        connect(str(tmp_path / "missing.duckdb"), read_only=True)


CHILD = textwrap.dedent("""
    import sys
    sys.path.insert(0, {tests!r})
    from test_store_synth import make_articles
    from dragoman.store import ingest_records
    def tick(report):
        print(report.ingested, flush=True)
    ingest_records(make_articles({n}, seed=9), {db!r}, on_article=tick)
""")


def test_sigkill_mid_ingest_loses_nothing_committed_and_rerun_completes(tmp_path: Path) -> None:
    db = str(tmp_path / "kb.duckdb")
    n = 400
    code = CHILD.format(tests=str(Path(__file__).parent), n=n, db=db)
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    committed = 0
    assert proc.stdout is not None
    for line in proc.stdout:
        committed = int(line)
        if committed >= 25:
            break
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL
    assert 25 <= committed < n, "the child must be killed mid-batch"
    con = connect(db)
    stored = con.execute("SELECT count(*) FROM articles").fetchone()[0]
    con.close()
    assert stored >= committed  # everything reported as committed survived the kill
    report = ingest_records(make_articles(n, seed=9), db)
    assert report.skipped == stored and report.ingested == n - stored and report.failed == 0
    con = connect(db)
    assert con.execute("SELECT count(*), count(DISTINCT content_hash) FROM articles").fetchone() == (n, n)
    orphans = con.execute("SELECT count(*) FROM event_mentions m LEFT JOIN events e USING (event_id) "
                          "WHERE e.event_id IS NULL").fetchone()[0]
    assert orphans == 0
    expected_mentions = sum(len(a.events) for a in make_articles(n, seed=9))
    assert con.execute("SELECT count(*) FROM event_mentions").fetchone()[0] == expected_mentions


# --------------------------------------------------------------------------- the seed articles, real pipeline

@pytest.fixture(scope="module")
def seed_records() -> list[ExtractedArticle]:
    if not SEEDS.exists():
        pytest.skip("examples/seeds.jsonl is absent")
    try:
        from dragoman.ingest import read_paths
        from dragoman.pipeline import extract_articles
        return list(extract_articles(read_paths([str(SEEDS)])))
    except ImportError as exc:  # the NLP stages are not installed/built
        pytest.skip(f"pipeline unavailable: {exc}")


def test_seeds_twice_no_duplicates_and_cross_article_merge(tmp_path: Path,
                                                           seed_records: list[ExtractedArticle]) -> None:
    db = str(tmp_path / "kb.duckdb")
    first = ingest_records(seed_records, db)
    assert first.ingested == 2
    con = connect(db)
    before = queries.stats(con)
    con.close()
    second = ingest_records(seed_records, db)
    assert (second.ingested, second.skipped) == (0, 2)
    con = connect(db, read_only=False)
    assert queries.stats(con) == before
    for name in ("Abbas Araghchi", "Ali Larijani"):
        rows = con.execute("SELECT actor_id FROM actors WHERE name = ?", [name]).fetchall()
        assert len(rows) == 1, name
        n_art = con.execute("SELECT count(DISTINCT article_id) FROM article_actors WHERE actor_id = ?",
                            [rows[0][0]]).fetchone()[0]
        assert n_art == 2, f"{name} is in both seed articles"
    larijani = queries.get_actor(con, "Ali Larijani")
    roles = " | ".join(r["role"].lower() for r in larijani["roles"])
    assert "supreme national security council" in roles and "parliament speaker" in roles
    assert larijani["first_seen"] == "2025-02-28" and larijani["last_seen"] == "2025-10-22"


def test_cli_ingest_from_jsonl_and_actor_merge_split(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from dragoman.cli import app
    db = str(tmp_path / "kb.duckdb")
    aliases = str(tmp_path / "aliases.yaml")
    src = tmp_path / "extracted.jsonl"
    src.write_text("".join(json.dumps(r.to_dict()) + "\n" for r in two_reports()) + "{broken\n")
    runner = CliRunner()
    res = runner.invoke(app, ["ingest", str(src), "--from-jsonl", "--db", db, "--json", "-q"])
    assert res.exit_code == 1, res.output  # the broken line is a per-document failure
    rep = json.loads(res.stdout)
    assert (rep["ingested"], rep["failed"]) == (2, 1)
    res = runner.invoke(app, ["actors-split", "Alexander Lavrentiev", "Alexander Lavrentyev", "--db", db,
                              "--aliases", aliases])
    assert res.exit_code == 0, res.output
    res = runner.invoke(app, ["actors", "--kind", "person", "--db", db, "--json"])
    names = sorted(a["name"] for a in json.loads(res.stdout) if not a["anonymous"])
    assert names == ["Alexander Lavrentiev", "Alexander Lavrentyev", "Ali Larijani"]
    res = runner.invoke(app, ["events", "--db", db, "--json"])
    assert len(json.loads(res.stdout)) == 2  # different dyads now: the meeting is no longer one event
    res = runner.invoke(app, ["actors-merge", "Alexander Lavrentiev", "Alexander Lavrentyev", "--db", db,
                              "--aliases", aliases])
    assert res.exit_code == 0, res.output
    res = runner.invoke(app, ["events", "--db", db, "--json"])
    events = json.loads(res.stdout)
    assert len(events) == 1 and events[0]["n_articles"] == 2
    res = runner.invoke(app, ["actor", "Lavrentyev", "--db", db, "--json"])
    actor = json.loads(res.stdout)
    assert actor["name"] == "Alexander Lavrentiev"
    assert {"alias": "Alexander Lavrentyev", "source": "user"} in actor["aliases"]
    with duckdb.connect(db, read_only=True) as con:
        assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 2
