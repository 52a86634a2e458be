"""Queries over a store of 2,000 synthetic articles: right answers, each in under a second."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import duckdb
import pytest

from dragoman.store import ingest_records, queries
from test_store_synth import make_articles

N_ARTICLES = 2000


@pytest.fixture(scope="module")
def big(tmp_path_factory: pytest.TempPathFactory) -> duckdb.DuckDBPyConnection:
    db = str(tmp_path_factory.mktemp("kb") / "big.duckdb")
    # Bulk load: 250 articles per transaction (the per-article path is tested in test_store.py).
    report = ingest_records(make_articles(N_ARTICLES, seed=11), db, commit_every=250)
    assert report.ingested == N_ARTICLES and report.failed == 0
    con = queries.open_db(db, read_only=True)
    yield con
    con.close()


CASES: list[tuple[str, Callable[[duckdb.DuckDBPyConnection], Any]]] = [
    ("list_articles", lambda c: queries.list_articles(c, limit=50)),
    ("list_articles q", lambda c: queries.list_articles(c, q="Lavrov")),
    ("get_article", lambda c: queries.get_article(c, "syn-11-17")),
    ("list_actors", lambda c: queries.list_actors(c)),
    ("list_actors filtered", lambda c: queries.list_actors(c, kind="person", country="IRN")),
    ("get_actor country", lambda c: queries.get_actor(c, "Iran")),
    ("get_actor person", lambda c: queries.get_actor(c, "Larijani")),
    ("list_events", lambda c: queries.list_events(c)),
    ("list_events filtered", lambda c: queries.list_events(c, actor="RUS", type="CONSULT,AGREE",
                                                           since="2024-03-01", until="2025-01-01",
                                                           certainty="reported")),
    ("list_quotes", lambda c: queries.list_quotes(c, speaker="Larijani")),
    ("dyad", lambda c: queries.dyad(c, "RUS", "IRN")),
    ("graph", lambda c: queries.graph(c)),
    ("graph filtered", lambda c: queries.graph(c, since="2024-06-01", types=["ASSAULT", "COERCE"], min_events=2)),
    ("run_sql", lambda c: queries.run_sql(c, "SELECT type, count(*) FROM events GROUP BY ALL")),
]


@pytest.mark.parametrize(("name", "fn"), CASES, ids=[c[0] for c in CASES])
def test_each_query_answers_in_under_a_second(big: duckdb.DuckDBPyConnection, name: str, fn: Callable) -> None:
    fn(big)  # warm-up: the first query of a connection pays for catalog loading
    t0 = time.perf_counter()
    result = fn(big)
    elapsed = time.perf_counter() - t0
    assert result, f"{name} returned nothing on a 2,000-article store"
    assert elapsed < 1.0, f"{name} took {elapsed:.2f}s"


def test_query_results_agree_with_the_rows(big: duckdb.DuckDBPyConnection) -> None:
    assert queries.stats(big)["articles"] == N_ARTICLES
    events = queries.list_events(big, type="ASSAULT", country="RUS", limit=50)
    assert events and all(e["type"] == "ASSAULT" for e in events)
    assert all("RUS" in (e["source_country"], e["target_country"]) for e in events)
    assert all(len(e["mentions"]) >= e["n_articles"] >= 1 for e in events)
    assert all(m["sentence"] for e in events for m in e["mentions"])
    dated = queries.list_events(big, since="2024-05-01", until="2024-05-31", limit=1000)
    assert dated and all("2024-05-01" <= (e["date"] or e["first_reported"]) <= "2024-05-31" for e in dated)
    rep = queries.list_events(big, certainty="denied", limit=100)
    assert rep and all("denied" in e["certainties"] for e in rep)
    d = queries.dyad(big, "RUS", "IRN")
    assert d["n_events"] == sum(m["n"] for m in d["months"]) > 0
    assert all(-10 <= m["score"] <= 10 for m in d["months"])
    sql_n = big.execute("""
        SELECT count(*) FROM events e JOIN actors s ON s.actor_id = e.source_actor
        JOIN actors t ON t.actor_id = e.target_actor
        WHERE (s.country = 'RUS' AND t.country = 'IRN') OR (s.country = 'IRN' AND t.country = 'RUS')""").fetchone()[0]
    assert d["n_events"] == sql_n
    g = queries.graph(big, min_events=3)
    ids = {n["id"] for n in g["nodes"]}
    assert g["edges"] and all(e["n"] >= 3 and e["source"] in ids and e["target"] in ids for e in g["edges"])
    assert all(sum(e["types"].values()) == e["n"] == len(e["event_ids"]) for e in g["edges"])
    actor = queries.get_actor(big, "Russia")
    assert actor["kind"] == "country" and actor["counterparts"] and actor["timeline"]
    page1 = queries.list_actors(big, limit=10)
    page2 = queries.list_actors(big, limit=10, offset=10)
    assert not {a["id"] for a in page1} & {a["id"] for a in page2}
    assert queries.get_actor(big, "Nobody Such") is None and queries.get_article(big, "nope") is None


@pytest.mark.parametrize("sql", [
    "INSERT INTO meta VALUES ('x', 'y')", "DROP TABLE events", "ATTACH 'other.duckdb' AS o",
    "COPY events TO 'events.csv'", "DELETE FROM articles", "UPDATE actors SET name = 'x'",
    "CREATE TABLE t AS SELECT 1", "SELECT 1; DROP TABLE events", "SELECT * FROM read_csv('/etc/passwd')",
    "SELECT * FROM '/etc/passwd'", "INSTALL httpfs", "SET threads = 1", "PRAGMA enable_profiling",
    "EXPORT DATABASE 'dump'", "SELECT getenv('HOME')",
])
def test_run_sql_refuses_anything_but_reading(sql: str, tmp_path: Path) -> None:
    db = str(tmp_path / "kb.duckdb")
    ingest_records(make_articles(3, seed=2), db)
    con = queries.open_db(db)  # even on a read-write connection
    with pytest.raises(queries.ReadOnlyError):
        queries.run_sql(con, sql)
    assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 3
    cols, rows = queries.run_sql(con, "WITH x AS (SELECT count(*) AS n FROM events) SELECT n FROM x")
    assert cols == ["n"] and rows[0][0] > 0
    assert queries.run_sql(con, "DESCRIBE events")[1]
    con.close()
