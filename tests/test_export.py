"""Every export read back by the library that consumes it; plots render readable PNGs."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import duckdb
import networkx as nx
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from dragoman.cli import app
from dragoman.store import ingest_records, queries
from dragoman.store.export import GDELT_COLUMNS, TABLES, export
from test_store_synth import make_articles


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = str(tmp_path_factory.mktemp("kb") / "kb.duckdb")
    ingest_records(make_articles(120, seed=21), path, commit_every=60)
    return path


@pytest.fixture()
def con(db: str) -> duckdb.DuckDBPyConnection:
    c = queries.open_db(db, read_only=True)
    yield c
    c.close()


def test_plover_json_one_object_per_mention(con: duckdb.DuckDBPyConnection, tmp_path: Path) -> None:
    out = tmp_path / "events.json"
    export(con, "plover-json", out)
    recs = json.loads(out.read_text())
    assert len(recs) == con.execute("SELECT count(*) FROM event_mentions").fetchall()[0][0]
    r = recs[0]
    for key in ("id", "event_id", "event_type", "mode", "context", "source", "target", "event_text",
                "story_date", "certainty"):
        assert key in r
    assert r["source"][0]["actorText"] and r["event_text"]
    jl = tmp_path / "events.jsonl"
    export(con, "plover-json", jl)
    assert len(jl.read_text().splitlines()) == len(recs)


def test_cameo_tsv_has_gdelt_columns(con: duckdb.DuckDBPyConnection, tmp_path: Path) -> None:
    out = tmp_path / "events.tsv"
    export(con, "cameo-tsv", out)
    with out.open() as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    assert tuple(rows[0]) == GDELT_COLUMNS
    assert len(rows) == con.execute("SELECT count(*) FROM events").fetchall()[0][0]
    r = next(r for r in rows if r["SQLDATE"])
    assert len(r["SQLDATE"]) == 8 and r["MonthYear"] == r["SQLDATE"][:6] and r["Year"] == r["SQLDATE"][:4]
    assert r["QuadClass"] in {"1", "2", "3", "4"} and -10 <= float(r["GoldsteinScale"]) <= 10
    assert int(r["NumArticles"]) >= 1 and int(r["NumMentions"]) >= int(r["NumArticles"])
    # DuckDB reads it back as a typed table too
    n = duckdb.sql(f"SELECT count(*) FROM read_csv('{out}', delim='\t', header=true)").fetchall()[0][0]
    assert n == len(rows)


def test_parquet_and_csv_one_file_per_table(con: duckdb.DuckDBPyConnection, tmp_path: Path) -> None:
    written = export(con, "parquet", tmp_path / "pq")
    assert len(written) == len(TABLES)
    ev = pq.read_table(tmp_path / "pq" / "events.parquet")
    assert ev.num_rows == con.execute("SELECT count(*) FROM events").fetchall()[0][0]
    assert str(ev.schema.field("date").type) == "date32[day]"
    roles = pq.read_table(tmp_path / "pq" / "article_actors.parquet").column("roles").type
    assert str(roles).startswith("list")
    assert duckdb.sql(f"SELECT count(*) FROM '{tmp_path / 'pq' / 'event_mentions.parquet'}'").fetchall()[0][0] > 0
    export(con, "csv", tmp_path / "csv")
    with (tmp_path / "csv" / "article_actors.csv").open() as f:
        rows = list(csv.DictReader(f))
    assert rows and isinstance(json.loads(rows[0]["roles"]), list)


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_graph_exports_open_in_networkx(con: duckdb.DuckDBPyConnection, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"net.{fmt}"
    export(con, fmt, out)
    G = nx.read_graphml(out) if fmt == "graphml" else nx.read_gexf(out)
    g = queries.graph(con)
    assert G.number_of_nodes() == len(g["nodes"]) and G.number_of_edges() == len(g["edges"])
    node = next(iter(G.nodes(data=True)))[1]
    assert {"kind", "country", "mentions"} <= set(node)
    _, _, e = next(iter(G.edges(data=True)))
    assert e["n"] == sum(v for k, v in e.items() if k.startswith("n_"))
    assert -10 <= float(e["score"]) <= 10


def test_unknown_format_is_a_clear_error(con: duckdb.DuckDBPyConnection, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unknown format"):
        export(con, "xlsx", tmp_path / "x")


def test_cli_export_and_plots(db: str, tmp_path: Path) -> None:
    runner = CliRunner()
    res = runner.invoke(app, ["export", "--format", "gexf", "-o", str(tmp_path / "n.gexf"), "--db", db])
    assert res.exit_code == 0, res.output
    net, dy = tmp_path / "net.png", tmp_path / "dyad.png"
    res = runner.invoke(app, ["plot", "network", "-o", str(net), "--top", "25", "--db", db])
    assert res.exit_code == 0, res.output
    res = runner.invoke(app, ["plot", "dyad", "RUS", "IRN", "-o", str(dy), "--db", db])
    assert res.exit_code == 0, res.output
    import matplotlib.image as mpimg
    for p in (net, dy):
        img = mpimg.imread(p)
        assert img.shape[0] > 500 and img.shape[1] > 800
        assert img[..., :3].std() > 0.05  # not a blank canvas
    res = runner.invoke(app, ["sql", "DROP TABLE events", "--db", db])
    assert res.exit_code == 2 and "refused" in res.output
    res = runner.invoke(app, ["dyad", "RUS", "IRN", "--db", db, "--json"])
    assert res.exit_code == 0 and json.loads(res.stdout)["n_events"] > 0


def test_cameo_tsv_codes_international_bodies_as_cameo_does(tmp_path: Path) -> None:
    """The UN and its Secretary-General are IGOUNO in GDELT-style rows, not an empty code or Portugal."""
    from dragoman.model import Article
    from dragoman.pipeline import extract_articles

    path = str(tmp_path / "kb.duckdb")
    arts = list(extract_articles([Article(id="un-1", text="UN Secretary-General Antonio Guterres urged Israel "
                                          "to allow aid into Gaza on Monday.", published="2025-03-03")]))
    ingest_records(arts, path)
    con = queries.open_db(path, read_only=True)
    out = tmp_path / "events.tsv"
    export(con, "cameo-tsv", out)
    con.close()
    with out.open() as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    assert any(r["Actor1Code"] == "IGOUNO" and r["Actor2Code"].startswith("ISR") for r in rows), rows
