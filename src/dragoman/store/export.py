"""Exports for the tools analysts already use: PLOVER JSON, GDELT-style CAMEO TSV,
Parquet, CSV, GraphML and GEXF.

Column and field names follow the conventions of the consuming ecosystem where a
field applies (PLOVER/POLECAT for JSON, GDELT's event table for the TSV), so
existing loaders work; dragoman's extra evidence fields keep their own names.
The mappings are documented in docs/schema.md ("Exports").
"""

from __future__ import annotations

import csv
import json
from datetime import date, datetime
from pathlib import Path
from typing import Any

import duckdb
import networkx as nx
import pyarrow.parquet as pq

from dragoman.model import PLOVER_TYPES
from dragoman.registry import get_registry
from dragoman.store import queries

FORMATS = ("plover-json", "cameo-tsv", "parquet", "csv", "graphml", "gexf")
TABLES = ("articles", "actors", "actor_aliases", "actor_roles", "article_actors", "mentions", "events",
          "event_mentions", "quotes", "plover_scores")

#: PLOVER actor sector from the actor kind, where the kind says it.
_SECTOR = {"country": "GOV", "media": "MED"}

#: GDELT 2.0 event-table columns dragoman can fill, in GDELT's order, then dragoman's extras.
GDELT_COLUMNS = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1Type1Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2Type1Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "ActionGeo_FullName", "DATEADDED", "SOURCEURL",
    "PLOVERType", "PLOVERMode", "Certainties", "DragomanEventID", "Evidence",
)


def export(con: duckdb.DuckDBPyConnection, fmt: str, output: str | Path) -> dict[str, int]:
    """Write the store in ``fmt`` to ``output``; returns {path written: rows}."""
    fmt = fmt.lower()
    funcs = {"plover-json": export_plover_json, "cameo-tsv": export_cameo_tsv, "parquet": export_parquet,
             "csv": export_csv, "graphml": export_graphml, "gexf": export_gexf}
    if fmt not in funcs:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    out = Path(output)
    if fmt not in ("parquet", "csv"):
        out.parent.mkdir(parents=True, exist_ok=True)
    return funcs[fmt](con, out)


def _iso(v: Any) -> Any:
    return v.isoformat() if isinstance(v, (date, datetime)) else v


def _rows(con: duckdb.DuckDBPyConnection, sql: str) -> list[dict[str, Any]]:
    cur = con.execute(sql)
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, r, strict=True)) for r in cur.fetchall()]


# --------------------------------------------------------------------------- PLOVER JSON

_MENTIONS_SQL = """
    SELECT m.event_id, m.article_id, m.local_id, m.type, m.mode, m.cameo, m.location, m.date, m.date_text,
           m.certainty, m.negated, m.target_inferred, m.rule, m.sentence, m.span_start, m.span_end,
           s.actor_id AS source_id, s.name AS source_name, s.country AS source_country, s.kind AS source_kind,
           t.actor_id AS target_id, t.name AS target_name, t.country AS target_country, t.kind AS target_kind,
           w.name AS attributed_to, a.published, a.outlet, a.url, a.title,
           e.date AS event_date, e.n_articles, e.n_outlets, p.score, p.quad_class
    FROM event_mentions m JOIN events e USING (event_id) JOIN articles a USING (article_id)
    LEFT JOIN actors s ON s.actor_id = m.source_actor LEFT JOIN actors t ON t.actor_id = m.target_actor
    LEFT JOIN actors w ON w.actor_id = m.attributed_to LEFT JOIN plover_scores p ON p.type = m.type
    ORDER BY coalesce(e.date, a.published), m.event_id, a.published, m.article_id, m.span_start"""


def _actor(aid: str | None, name: str | None, country: str | None, kind: str | None) -> list[dict[str, Any]]:
    if aid is None:
        return []
    return [{"actorText": name, "code": country, "sector": _SECTOR.get(kind or ""), "kind": kind, "actor_id": aid}]


def plover_records(con: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    """One PLOVER-style object per event mention (the unit that carries certainty and evidence)."""
    out = []
    for r in _rows(con, _MENTIONS_SQL):
        d = r["date"] or r["event_date"] or r["published"]
        out.append({
            "id": f"{r['article_id']}/{r['local_id']}",
            "event_id": r["event_id"],
            "date": _iso(d),
            "event": r["type"], "event_type": r["type"],
            "mode": r["mode"], "event_mode": r["mode"],
            "context": [],
            "source": _actor(r["source_id"], r["source_name"], r["source_country"], r["source_kind"]),
            "target": _actor(r["target_id"], r["target_name"], r["target_country"], r["target_kind"]),
            "source_name": r["source_name"], "source_country": r["source_country"],
            "target_name": r["target_name"], "target_country": r["target_country"],
            "eventLoc": r["location"],
            "text": r["sentence"], "event_text": r["sentence"],
            "span": [r["span_start"], r["span_end"]],
            "date_text": r["date_text"],
            "story_id": r["article_id"], "story_date": _iso(r["published"]), "story_title": r["title"],
            "publisher": r["outlet"], "source_url": r["url"],
            "cameo": r["cameo"], "certainty": r["certainty"], "attributed_to": r["attributed_to"],
            "negated": bool(r["negated"]), "target_inferred": bool(r["target_inferred"]), "rule": r["rule"],
            "goldstein": r["score"], "quad_class": r["quad_class"],
            "n_articles": r["n_articles"], "n_outlets": r["n_outlets"],
        })
    return out


def export_plover_json(con: duckdb.DuckDBPyConnection, out: Path) -> dict[str, int]:
    """A JSON array, or JSON Lines when the file name ends in .jsonl."""
    recs = plover_records(con)
    with out.open("w", encoding="utf-8") as f:
        if out.suffix == ".jsonl":
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        else:
            json.dump(recs, f, ensure_ascii=False, indent=1)
    return {str(out): len(recs)}


# --------------------------------------------------------------------------- CAMEO TSV (GDELT columns)

def cameo_rows(con: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    """One GDELT-style row per canonical event."""
    rows = _rows(con, """
        SELECT e.event_id, e.type, e.mode, e.cameo, e.location, coalesce(e.date, e.first_reported) AS d,
               e.n_articles, e.n_outlets, p.score, p.quad_class, p.cameo_root,
               s.name AS s_name, s.country AS s_country, s.kind AS s_kind, s.dictionary_id AS s_dict,
               t.name AS t_name, t.country AS t_country, t.kind AS t_kind, t.dictionary_id AS t_dict,
               (SELECT count(*) FROM event_mentions m WHERE m.event_id = e.event_id) AS n_mentions,
               (SELECT bool_or(m.span_start < coalesce(nullif(strpos(a.text, chr(10)), 0), length(a.text) + 1))
                  FROM event_mentions m JOIN articles a USING (article_id) WHERE m.event_id = e.event_id) AS root,
               (SELECT min(a.ingested_at) FROM event_mentions m JOIN articles a USING (article_id)
                  WHERE m.event_id = e.event_id) AS added,
               (SELECT first(coalesce(a.url, a.source_path, a.article_id) ORDER BY a.published, a.article_id)
                  FROM event_mentions m JOIN articles a USING (article_id) WHERE m.event_id = e.event_id) AS url,
               (SELECT list(DISTINCT m.certainty) FROM event_mentions m WHERE m.event_id = e.event_id) AS certs,
               (SELECT first(m.sentence ORDER BY m.span_start) FROM event_mentions m
                  WHERE m.event_id = e.event_id) AS evidence
        FROM events e LEFT JOIN plover_scores p USING (type)
        LEFT JOIN actors s ON s.actor_id = e.source_actor LEFT JOIN actors t ON t.actor_id = e.target_actor
        ORDER BY d NULLS LAST, e.event_id""")
    out = []
    for n, r in enumerate(rows, 1):
        d: date | None = r["d"]
        code = r["cameo"] or r["cameo_root"] or ""
        out.append({
            "GLOBALEVENTID": n,
            "SQLDATE": d.strftime("%Y%m%d") if d else "",
            "MonthYear": d.strftime("%Y%m") if d else "",
            "Year": d.year if d else "",
            "FractionDate": f"{d.year + (d.timetuple().tm_yday - 1) / 365:.4f}" if d else "",
            "Actor1Code": _actor_code(r["s_country"], r["s_kind"], r["s_dict"], r["s_name"]), "Actor1Name": (r["s_name"] or "").upper(),
            "Actor1CountryCode": r["s_country"] or "", "Actor1Type1Code": _SECTOR.get(r["s_kind"] or "", ""),
            "Actor2Code": _actor_code(r["t_country"], r["t_kind"], r["t_dict"], r["t_name"]), "Actor2Name": (r["t_name"] or "").upper(),
            "Actor2CountryCode": r["t_country"] or "", "Actor2Type1Code": _SECTOR.get(r["t_kind"] or "", ""),
            "IsRootEvent": int(bool(r["root"])),
            "EventCode": code, "EventBaseCode": code[:3], "EventRootCode": code[:2],
            "QuadClass": r["quad_class"] or "", "GoldsteinScale": r["score"] if r["score"] is not None else "",
            "NumMentions": r["n_mentions"], "NumSources": r["n_outlets"], "NumArticles": r["n_articles"],
            "ActionGeo_FullName": r["location"] or "",
            "DATEADDED": r["added"].strftime("%Y%m%d%H%M%S") if r["added"] else "",
            "SOURCEURL": r["url"] or "",
            "PLOVERType": r["type"], "PLOVERMode": r["mode"] or "", "Certainties": ",".join(sorted(r["certs"] or [])),
            "DragomanEventID": r["event_id"], "Evidence": " ".join((r["evidence"] or "").split()),
        })
    return out


def _actor_code(country: str | None, kind: str | None, dictionary_id: str | None = None,
                name: str | None = None) -> str:
    """A CAMEO-style actor code: the dictionary's own (IGOUNO for the UN and its Secretary-General),
    else the country, plus GOV/MED where the kind says it; an unnamed actor of no state by what it is
    ("aid agencies": NGO)."""
    if dictionary_id and (code := get_registry().cameo_code(dictionary_id)):
        return code
    if not country:
        return (get_registry().agent_code(name) or "") if not dictionary_id else ""
    return country + _SECTOR.get(kind or "", "") if kind != "country" else country


def export_cameo_tsv(con: duckdb.DuckDBPyConnection, out: Path) -> dict[str, int]:
    """Tab-separated with a header row (GDELT's own files have none; a header is safer to load)."""
    rows = cameo_rows(con)
    with out.open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=GDELT_COLUMNS, delimiter="\t", lineterminator="\n",
                           quoting=csv.QUOTE_MINIMAL)
        w.writeheader()
        w.writerows(rows)
    return {str(out): len(rows)}


# --------------------------------------------------------------------------- tables

def export_parquet(con: duckdb.DuckDBPyConnection, out: Path) -> dict[str, int]:
    """One Parquet file per table in directory ``out`` (types preserved: dates, lists, booleans)."""
    out.mkdir(parents=True, exist_ok=True)
    written = {}
    cur = con.cursor()  # a fresh cursor: no result of the caller's is left half-read on it
    for t in TABLES:
        tbl = cur.sql(f"SELECT * FROM {t}").to_arrow_table()
        p = out / f"{t}.parquet"
        pq.write_table(tbl, p)
        written[str(p)] = tbl.num_rows
    cur.close()
    return written


def export_csv(con: duckdb.DuckDBPyConnection, out: Path) -> dict[str, int]:
    """One CSV file per table in directory ``out``; list columns are JSON arrays."""
    out.mkdir(parents=True, exist_ok=True)
    written = {}
    for t in TABLES:
        cur = con.execute(f"SELECT * FROM {t}")
        cols = [d[0] for d in cur.description]
        p = out / f"{t}.csv"
        n = 0
        with p.open("w", encoding="utf-8", newline="") as f:
            w = csv.writer(f)
            w.writerow(cols)
            while batch := cur.fetchmany(5000):
                for row in batch:
                    w.writerow([json.dumps(v, ensure_ascii=False) if isinstance(v, list) else
                                ("" if v is None else _iso(v)) for v in row])
                n += len(batch)
        written[str(p)] = n
    return written


# --------------------------------------------------------------------------- graphs

def to_networkx(con: duckdb.DuckDBPyConnection, **filters: Any) -> nx.Graph:
    """The actor network with scalar attributes only (GraphML/GEXF cannot hold lists or None)."""
    g = queries.graph(con, **filters)
    G = nx.Graph()
    for n in g["nodes"]:
        G.add_node(n["id"], label=n["name"] or n["id"], name=n["name"] or "", kind=n["kind"] or "",
                   country=n["country"] or "", mentions=int(n["mentions"] or 0))
    for e in g["edges"]:
        attrs: dict[str, Any] = {f"n_{t}": int(e["types"].get(t, 0)) for t in PLOVER_TYPES}
        attrs.update(weight=float(e["n"]), n=int(e["n"]), score=float(e["score"]),
                     types=";".join(f"{k}:{v}" for k, v in sorted(e["types"].items())),
                     event_ids=";".join(e["event_ids"][:200]))
        G.add_edge(e["source"], e["target"], **attrs)
    return G


def export_graphml(con: duckdb.DuckDBPyConnection, out: Path) -> dict[str, int]:
    """GraphML (Gephi, networkx, igraph, Cytoscape)."""
    G = to_networkx(con)
    nx.write_graphml(G, out)
    return {str(out): G.number_of_edges()}


def export_gexf(con: duckdb.DuckDBPyConnection, out: Path) -> dict[str, int]:
    """GEXF (Gephi's native format)."""
    G = to_networkx(con)
    nx.write_gexf(G, out)
    return {str(out): G.number_of_edges()}
