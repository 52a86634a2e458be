"""Questions analysts ask of the knowledge base, as plain functions over a connection.

Each function takes a DuckDB connection and returns JSON-ready ``list[dict]`` /
``dict`` (dates as ISO strings), so the CLI, the REST API and notebooks share
exactly one implementation. Filters are keyword arguments with the same names
everywhere. The cooperation–conflict score comes from the ``plover_scores``
table (documented in docs/schema.md).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from datetime import date, datetime
from typing import Any

import duckdb

from dragoman.store.db import connect
from dragoman.store.merge import norm_name

__all__ = ["ReadOnlyError", "actor_ids", "dyad", "get_actor", "get_article", "graph", "list_actors",
           "list_articles", "list_events", "list_quotes", "open_db", "run_sql", "scores", "stats"]

_CODE = re.compile(r"^[A-Z]{3}$")


class ReadOnlyError(ValueError):
    """``run_sql`` was given something other than a read-only query."""


def open_db(path: str | None = None, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """Open the store (``$DRAGOMAN_DB`` / ``./dragoman.duckdb`` when no path is given)."""
    return connect(path, read_only=read_only)


# --------------------------------------------------------------------------- helpers

def _rows(con: duckdb.DuckDBPyConnection, sql: str, params: list[Any] | None = None) -> list[dict[str, Any]]:
    cur = con.execute(sql, params or [])
    cols = [d[0] for d in cur.description]
    return [{c: _json(v) for c, v in zip(cols, row, strict=True)} for row in cur.fetchall()]


def _json(v: Any) -> Any:
    if isinstance(v, (date, datetime)):
        return v.isoformat()
    if isinstance(v, list):
        return [_json(x) for x in v]
    if isinstance(v, dict):
        return {k: _json(x) for k, x in v.items()}
    return v


def _date(v: str | date | None, what: str) -> date | None:
    if v is None or v == "":
        return None
    if isinstance(v, date):
        return v
    try:
        return date.fromisoformat(str(v)[:10]) if len(str(v)) >= 10 else date.fromisoformat(f"{v}-01"[:10])
    except ValueError as exc:
        raise ValueError(f"{what}: expected a date YYYY-MM-DD, got {v!r}") from exc



def _date_range(conds: list[str], params: list, since: str | None, until: str | None) -> None:
    """Add an event-date window (an undated event counts at its first report) to a WHERE list."""
    if since:
        conds.append("coalesce(e.date, e.first_reported) >= ?")
        params.append(_date(since, "since"))
    if until:
        conds.append("coalesce(e.date, e.first_reported) <= ?")
        params.append(_date(until, "until"))

def scores(con: duckdb.DuckDBPyConnection) -> dict[str, dict[str, Any]]:
    """The cooperation–conflict scale: PLOVER type → {score, quad_class, cameo_root}."""
    return {r["type"]: r for r in _rows(con, "SELECT * FROM plover_scores ORDER BY score DESC")}


def actor_ids(con: duckdb.DuckDBPyConnection, name_or_id: str) -> list[str]:
    """Canonical actor ids a user's word refers to, best first.

    An exact id wins; then an exact (normalised) name; then an alias; then a name
    containing the words. A three-letter upper-case code means every actor of that
    country (the state itself first).
    """
    if not name_or_id:
        return []
    if con.execute("SELECT 1 FROM actors WHERE actor_id = ?", [name_or_id]).fetchall():
        return [name_or_id]
    if _CODE.match(name_or_id) or name_or_id == "EUR":
        return [r[0] for r in con.execute(
            "SELECT actor_id FROM actors WHERE country = ? ORDER BY kind <> 'country', actor_id",
            [name_or_id]).fetchall()]
    key = norm_name(name_or_id)
    order = ("ORDER BY (SELECT count(*) FROM mentions m WHERE m.actor_id = a.actor_id) DESC, a.actor_id")
    for sql in ("SELECT a.actor_id FROM actors a WHERE lower(strip_accents(a.name)) = ? " + order,
                "SELECT DISTINCT a.actor_id FROM actors a JOIN actor_aliases x USING (actor_id) "
                "WHERE lower(strip_accents(x.alias)) = ? " + order):
        found = [r[0] for r in con.execute(sql, [name_or_id.lower()]).fetchall()]
        if found:
            return found
    return [r[0] for r in con.execute(
        "SELECT a.actor_id FROM actors a WHERE a.anonymous = false AND (lower(strip_accents(a.name)) LIKE ? "
        "OR EXISTS (SELECT 1 FROM actor_aliases x WHERE x.actor_id = a.actor_id "
        "AND lower(strip_accents(x.alias)) LIKE ?)) " + order, [f"%{key}%", f"%{key}%"]).fetchall()]


def _side(con: duckdb.DuckDBPyConnection, word: str) -> list[str]:
    """The actor set of one side of a dyad: a country code means all its actors."""
    if _CODE.match(word) or word == "EUR":
        return actor_ids(con, word)
    ids = actor_ids(con, word)
    return ids[:1]


# --------------------------------------------------------------------------- articles

def list_articles(con: duckdb.DuckDBPyConnection, limit: int = 50, offset: int = 0,
                  q: str | None = None) -> list[dict[str, Any]]:
    """Articles, newest first, with how much was extracted from each; ``q`` searches title and text."""
    where, params = "", []
    if q:
        where = "WHERE a.title ILIKE ? OR a.text ILIKE ?"
        params = [f"%{q}%", f"%{q}%"]
    return _rows(con, f"""
        SELECT a.article_id AS id, a.title, a.published, a.outlet, a.url, a.source_path,
               length(a.text) AS n_chars, a.errors, a.ingested_at,
               (SELECT count(*) FROM event_mentions m WHERE m.article_id = a.article_id) AS n_events,
               (SELECT count(*) FROM quotes q WHERE q.article_id = a.article_id) AS n_quotes,
               (SELECT count(*) FROM article_actors x WHERE x.article_id = a.article_id) AS n_actors
        FROM articles a {where}
        ORDER BY a.published DESC NULLS LAST, a.article_id LIMIT ? OFFSET ?""", [*params, limit, offset])


def get_article(con: duckdb.DuckDBPyConnection, article_id: str) -> dict[str, Any] | None:
    """One article with its text and every actor, event mention and quote found in it (with spans)."""
    arts = _rows(con, "SELECT article_id AS id, title, published, outlet, url, source_path, text, "
                      "content_hash, ingested_at, errors FROM articles WHERE article_id = ?", [article_id])
    if not arts:
        return None
    art = arts[0]
    art["actors"] = _rows(con, """
        SELECT x.local_id, x.actor_id, c.name AS canonical_name, x.name, x.kind, x.country, x.roles,
               x.aliases, x.anonymous, x.dictionary_id,
               (SELECT list([m.start, m."end"] ORDER BY m.start) FROM mentions m
                 WHERE m.article_id = x.article_id AND m.local_id = x.local_id) AS mentions
        FROM article_actors x LEFT JOIN actors c USING (actor_id)
        WHERE x.article_id = ? ORDER BY x.local_id""", [article_id])
    art["events"] = _rows(con, """
        SELECT m.local_id AS id, m.event_id, m.type, m.mode, m.cameo,
               m.source_actor AS source, s.name AS source_name, s.country AS source_country,
               m.target_actor AS target, t.name AS target_name, t.country AS target_country,
               m.location, m.date, m.date_text, m.certainty, m.attributed_to, w.name AS attributed_to_name,
               m.negated, m.target_inferred, m.rule, m.sentence, [m.span_start, m.span_end] AS span,
               e.n_articles, e.n_outlets, p.score
        FROM event_mentions m JOIN events e USING (event_id)
        LEFT JOIN actors s ON s.actor_id = m.source_actor LEFT JOIN actors t ON t.actor_id = m.target_actor
        LEFT JOIN actors w ON w.actor_id = m.attributed_to LEFT JOIN plover_scores p ON p.type = m.type
        WHERE m.article_id = ? ORDER BY m.span_start, m.local_id""", [article_id])
    art["quotes"] = _rows(con, """
        SELECT q.quote_id AS id, q.speaker_actor AS speaker, s.name AS speaker_name, q.via_actor AS via,
               v.name AS via_name, q.direct, q.text, [q.span_start, q.span_end] AS span
        FROM quotes q LEFT JOIN actors s ON s.actor_id = q.speaker_actor
        LEFT JOIN actors v ON v.actor_id = q.via_actor
        WHERE q.article_id = ? ORDER BY q.span_start""", [article_id])
    return art


# --------------------------------------------------------------------------- actors

def list_actors(con: duckdb.DuckDBPyConnection, kind: str | None = None, country: str | None = None,
                q: str | None = None, limit: int = 100, offset: int = 0) -> list[dict[str, Any]]:
    """Canonical actors, most mentioned first, with mention, article and event counts."""
    conds, params = [], []
    if kind:
        conds.append("a.kind = ?")
        params.append(kind)
    if country:
        conds.append("a.country = ?")
        params.append(country.upper() if len(country) == 3 else country)
    if q:
        conds.append("(a.name ILIKE ? OR EXISTS (SELECT 1 FROM actor_aliases x WHERE x.actor_id = a.actor_id "
                     "AND x.alias ILIKE ?))")
        params += [f"%{q}%", f"%{q}%"]
    where = ("WHERE " + " AND ".join(conds)) if conds else ""
    return _rows(con, f"""
        WITH mc AS (SELECT actor_id, count(*) AS n FROM mentions GROUP BY actor_id),
             ac AS (SELECT actor_id, count(DISTINCT article_id) AS n FROM article_actors GROUP BY actor_id),
             ec AS (SELECT actor_id, count(DISTINCT event_id) AS n FROM (
                      SELECT source_actor AS actor_id, event_id FROM events
                      UNION ALL SELECT target_actor, event_id FROM events) WHERE actor_id IS NOT NULL
                    GROUP BY actor_id),
             rl AS (SELECT actor_id, list(role ORDER BY last_seen DESC NULLS LAST) AS roles
                    FROM actor_roles GROUP BY actor_id)
        SELECT a.actor_id AS id, a.name, a.kind, a.country, a.anonymous, a.dictionary_id,
               a.first_seen, a.last_seen, coalesce(mc.n, 0) AS n_mentions, coalesce(ac.n, 0) AS n_articles,
               coalesce(ec.n, 0) AS n_events, coalesce(rl.roles, []) AS roles
        FROM actors a LEFT JOIN mc USING (actor_id) LEFT JOIN ac USING (actor_id)
        LEFT JOIN ec USING (actor_id) LEFT JOIN rl USING (actor_id)
        {where}
        ORDER BY n_mentions DESC, n_articles DESC, a.name LIMIT ? OFFSET ?""", [*params, limit, offset])


def get_actor(con: duckdb.DuckDBPyConnection, name_or_id: str) -> dict[str, Any] | None:
    """Everything about one actor: dated roles, aliases, counterparts, quotes and event timeline."""
    ids = actor_ids(con, name_or_id)
    if not ids:
        return None
    aid = ids[0]
    actor = _rows(con, """
        SELECT actor_id AS id, name, kind, country, anonymous, dictionary_id, first_seen, last_seen,
               (SELECT count(*) FROM mentions WHERE actor_id = a.actor_id) AS n_mentions,
               (SELECT count(DISTINCT article_id) FROM article_actors WHERE actor_id = a.actor_id) AS n_articles
        FROM actors a WHERE actor_id = ?""", [aid])[0]
    actor["roles"] = _rows(con, "SELECT role, first_seen, last_seen, article_count FROM actor_roles "
                                "WHERE actor_id = ? ORDER BY last_seen DESC NULLS LAST, role", [aid])
    actor["aliases"] = _rows(con, "SELECT alias, source FROM actor_aliases WHERE actor_id = ? "
                                  "AND alias <> ? ORDER BY source DESC, alias", [aid, actor["name"]])
    counterparts: dict[str, dict[str, Any]] = {}
    for r in _rows(con, """
            SELECT CASE WHEN e.source_actor = ? THEN e.target_actor ELSE e.source_actor END AS other,
                   e.type, count(*) AS n, sum(p.score) AS score
            FROM events e LEFT JOIN plover_scores p USING (type)
            WHERE (e.source_actor = ? OR e.target_actor = ?)
            GROUP BY ALL""", [aid, aid, aid]):
        if r["other"] is None:
            continue
        c = counterparts.setdefault(r["other"], {"id": r["other"], "n": 0, "types": {}, "score": 0.0})
        c["n"] += r["n"]
        c["types"][r["type"]] = r["n"]
        c["score"] += r["score"] or 0.0
    if counterparts:
        names = {r["actor_id"]: r for r in _rows(
            con, "SELECT actor_id, name, kind, country FROM actors WHERE actor_id IN (SELECT unnest(?))",
            [list(counterparts)])}
        for cid, c in counterparts.items():
            n = names.get(cid, {})
            c.update(name=n.get("name"), kind=n.get("kind"), country=n.get("country"))
            c["score"] = round(c["score"] / c["n"], 2) if c["n"] else None
    actor["counterparts"] = sorted(counterparts.values(), key=lambda c: (-c["n"], c["name"] or ""))
    actor["quotes"] = list_quotes(con, speaker=aid, limit=200)
    actor["timeline"] = _rows(con, """
        SELECT e.event_id AS id, coalesce(e.date, e.first_reported) AS date, e.date IS NULL AS date_is_report,
               e.type, CASE WHEN e.source_actor = ? THEN 'source' ELSE 'target' END AS role,
               CASE WHEN e.source_actor = ? THEN t.name ELSE s.name END AS counterpart,
               e.location, e.n_articles, e.n_outlets, p.score,
               (SELECT list(DISTINCT certainty) FROM event_mentions m WHERE m.event_id = e.event_id) AS certainties,
               (SELECT first(m.sentence ORDER BY m.span_start) FROM event_mentions m
                 WHERE m.event_id = e.event_id) AS evidence,
               (SELECT first(m.article_id) FROM event_mentions m WHERE m.event_id = e.event_id) AS article_id
        FROM events e LEFT JOIN actors s ON s.actor_id = e.source_actor
        LEFT JOIN actors t ON t.actor_id = e.target_actor LEFT JOIN plover_scores p USING (type)
        WHERE e.source_actor = ? OR e.target_actor = ?
        ORDER BY date NULLS LAST, e.type LIMIT 1000""", [aid, aid, aid, aid])
    if len(ids) > 1:
        actor["other_matches"] = [{"id": i} for i in ids[1:10]]
    return actor


# --------------------------------------------------------------------------- events

def list_events(con: duckdb.DuckDBPyConnection, actor: str | None = None, type: str | None = None,
                country: str | None = None, since: str | None = None, until: str | None = None,
                certainty: str | None = None, limit: int = 200, offset: int = 0) -> list[dict[str, Any]]:
    """Deduplicated events, newest first, each with its actors, reach and every mention's evidence.

    ``actor`` is a name or id (every actor it matches counts), ``type`` a PLOVER type
    (comma-separated for several), ``country`` matches either side's country,
    ``since``/``until`` bound the event date (or first report when undated) and
    ``certainty`` keeps events with at least one mention of that certainty.
    """
    conds, params = [], []
    if actor:
        ids = actor_ids(con, actor)
        if not ids:
            return []
        conds.append("(e.source_actor IN (SELECT unnest(?)) OR e.target_actor IN (SELECT unnest(?)))")
        params += [ids, ids]
    if type:
        types = [t.strip().upper() for t in type.split(",") if t.strip()]
        conds.append("e.type IN (SELECT unnest(?))")
        params.append(types)
    if country:
        conds.append("(s.country = ? OR t.country = ?)")
        params += [country.upper(), country.upper()]
    _date_range(conds, params, since, until)
    if certainty:
        conds.append("EXISTS (SELECT 1 FROM event_mentions m WHERE m.event_id = e.event_id AND m.certainty = ?)")
        params.append(certainty.lower())
    where = ("WHERE " + " AND ".join(conds)) if conds else ""
    events = _rows(con, f"""
        SELECT e.event_id AS id, e.type, e.mode, e.cameo, coalesce(e.date, e.first_reported) AS sort_date,
               e.date, e.first_reported, e.location,
               e.source_actor AS source, s.name AS source_name, s.country AS source_country, s.kind AS source_kind,
               e.target_actor AS target, t.name AS target_name, t.country AS target_country, t.kind AS target_kind,
               e.n_articles, e.n_outlets, p.score, p.quad_class
        FROM events e LEFT JOIN actors s ON s.actor_id = e.source_actor
        LEFT JOIN actors t ON t.actor_id = e.target_actor LEFT JOIN plover_scores p USING (type)
        {where}
        ORDER BY sort_date DESC NULLS LAST, e.event_id LIMIT ? OFFSET ?""", [*params, limit, offset])
    if not events:
        return events
    mentions: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for m in _rows(con, """
            SELECT m.event_id, m.article_id, m.local_id, a.title, a.outlet, a.published, m.sentence,
                   [m.span_start, m.span_end] AS span, m.certainty, m.attributed_to, w.name AS attributed_to_name,
                   m.negated, m.date_text, m.rule
            FROM event_mentions m JOIN articles a USING (article_id)
            LEFT JOIN actors w ON w.actor_id = m.attributed_to
            WHERE m.event_id IN (SELECT unnest(?)) ORDER BY a.published, m.article_id, m.span_start""",
            [[e["id"] for e in events]]):
        mentions[m.pop("event_id")].append(m)
    for e in events:
        e.pop("sort_date")
        e["mentions"] = mentions.get(e["id"], [])
        e["certainties"] = sorted({m["certainty"] for m in e["mentions"]})
    return events


def list_quotes(con: duckdb.DuckDBPyConnection, speaker: str | None = None, limit: int = 200,
                offset: int = 0) -> list[dict[str, Any]]:
    """Quotes, newest first, with speaker, the outlet chain (via) and the article they are in."""
    cond, params = "", []
    if speaker:
        ids = actor_ids(con, speaker)
        if not ids:
            return []
        cond = "WHERE q.speaker_actor IN (SELECT unnest(?))"
        params = [ids]
    return _rows(con, f"""
        SELECT q.article_id, q.quote_id AS id, q.speaker_actor AS speaker, s.name AS speaker_name,
               s.country AS speaker_country, q.via_actor AS via, v.name AS via_name, q.direct, q.text,
               [q.span_start, q.span_end] AS span, a.title, a.outlet, a.published
        FROM quotes q JOIN articles a USING (article_id)
        LEFT JOIN actors s ON s.actor_id = q.speaker_actor LEFT JOIN actors v ON v.actor_id = q.via_actor
        {cond}
        ORDER BY a.published DESC NULLS LAST, q.article_id, q.span_start LIMIT ? OFFSET ?""",
                 [*params, limit, offset])


# --------------------------------------------------------------------------- dyads and graph

def dyad(con: duckdb.DuckDBPyConnection, a: str, b: str) -> dict[str, Any]:
    """Events between two sides, by month, with the cooperation–conflict score per type.

    A side is a country code (every actor of that country: state, officials, media...)
    or an actor name. Both directions count. ``score`` of a month is the mean of the
    ``plover_scores`` value of its events (−10 … +10); ``score_sum`` their sum.
    """
    side_a, side_b = _side(con, a), _side(con, b)
    out: dict[str, Any] = {"a": a, "b": b, "a_actors": side_a[:50], "b_actors": side_b[:50],
                           "scores": scores(con), "months": [], "n_events": 0, "events": []}
    if not side_a or not side_b:
        return out
    cond = ("((e.source_actor IN (SELECT unnest($1)) AND e.target_actor IN (SELECT unnest($2))) OR "
            "(e.source_actor IN (SELECT unnest($2)) AND e.target_actor IN (SELECT unnest($1))))")
    rows = _rows(con, f"""
        SELECT strftime(coalesce(e.date, e.first_reported), '%Y-%m') AS month, e.type, count(*) AS n,
               sum(p.score) AS score_sum
        FROM events e LEFT JOIN plover_scores p USING (type)
        WHERE {cond} GROUP BY ALL ORDER BY month, e.type""", [side_a, side_b])
    months: dict[str, dict[str, Any]] = {}
    for r in rows:
        m = months.setdefault(r["month"] or "undated", {"month": r["month"] or "undated", "n": 0,
                                                        "types": {}, "score_sum": 0.0})
        m["n"] += r["n"]
        m["types"][r["type"]] = r["n"]
        m["score_sum"] += r["score_sum"] or 0.0
    for m in months.values():
        m["score_sum"] = round(m["score_sum"], 2)
        m["score"] = round(m["score_sum"] / m["n"], 2) if m["n"] else None
    out["months"] = sorted(months.values(), key=lambda m: m["month"])
    out["n_events"] = sum(m["n"] for m in out["months"])
    out["type_totals"] = dict(Counter({t: n for m in out["months"] for t, n in m["types"].items()}))
    tot: Counter[str] = Counter()
    for m in out["months"]:
        tot.update(m["types"])
    out["type_totals"] = dict(tot)
    out["events"] = _rows(con, f"""
        SELECT e.event_id AS id, coalesce(e.date, e.first_reported) AS date, e.type, s.name AS source_name,
               t.name AS target_name, e.location, e.n_articles, e.n_outlets, p.score,
               (SELECT first(m.sentence ORDER BY m.span_start) FROM event_mentions m
                 WHERE m.event_id = e.event_id) AS evidence
        FROM events e LEFT JOIN actors s ON s.actor_id = e.source_actor
        LEFT JOIN actors t ON t.actor_id = e.target_actor LEFT JOIN plover_scores p USING (type)
        WHERE {cond} ORDER BY date NULLS LAST LIMIT 500""", [side_a, side_b])
    return out


def graph(con: duckdb.DuckDBPyConnection, since: str | None = None, until: str | None = None,
          types: list[str] | str | None = None, certainty: str | None = None,
          min_events: int = 1) -> dict[str, Any]:
    """The actor network: nodes are actors, an edge joins two actors with events between them.

    Edges are undirected (source < target by id); ``n`` counts events, ``types``
    counts them by PLOVER type, ``score`` is their mean cooperation–conflict value.
    Only edges with at least ``min_events`` events (and the actors they touch) are kept.
    """
    conds, params = ["e.source_actor IS NOT NULL", "e.target_actor IS NOT NULL",
                     "e.source_actor <> e.target_actor"], []
    _date_range(conds, params, since, until)
    if types:
        tl = [t.strip().upper() for t in (types.split(",") if isinstance(types, str) else types) if t.strip()]
        conds.append("e.type IN (SELECT unnest(?))")
        params.append(tl)
    if certainty:
        conds.append("EXISTS (SELECT 1 FROM event_mentions m WHERE m.event_id = e.event_id AND m.certainty = ?)")
        params.append(certainty.lower())
    rows = _rows(con, f"""
        SELECT least(e.source_actor, e.target_actor) AS a, greatest(e.source_actor, e.target_actor) AS b,
               e.type, count(*) AS n, sum(p.score) AS score_sum, list(e.event_id ORDER BY e.event_id) AS ids
        FROM events e LEFT JOIN plover_scores p USING (type)
        WHERE {" AND ".join(conds)} GROUP BY ALL""", params)
    edges: dict[tuple[str, str], dict[str, Any]] = {}
    for r in rows:
        e = edges.setdefault((r["a"], r["b"]), {"source": r["a"], "target": r["b"], "n": 0, "types": {},
                                                 "score": 0.0, "event_ids": []})
        e["n"] += r["n"]
        e["types"][r["type"]] = r["n"]
        e["score"] += r["score_sum"] or 0.0
        e["event_ids"] += r["ids"]
    kept = [e for e in edges.values() if e["n"] >= max(1, min_events)]
    for e in kept:
        e["score"] = round(e["score"] / e["n"], 2)
        e["event_ids"] = sorted(e["event_ids"])
    node_ids = sorted({e["source"] for e in kept} | {e["target"] for e in kept})
    nodes = _rows(con, """
        SELECT a.actor_id AS id, a.name, a.kind, a.country,
               (SELECT count(*) FROM mentions m WHERE m.actor_id = a.actor_id) AS mentions
        FROM actors a WHERE a.actor_id IN (SELECT unnest(?)) ORDER BY a.actor_id""", [node_ids]) \
        if node_ids else []
    return {"nodes": nodes, "edges": sorted(kept, key=lambda e: (-e["n"], e["source"], e["target"]))}


def stats(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """Row counts of the main tables (for summaries and health checks)."""
    out = {}
    for t in ("articles", "actors", "mentions", "events", "event_mentions", "quotes"):
        out[t] = con.execute(f"SELECT count(*) FROM {t}").fetchall()[0][0]
    return out


# --------------------------------------------------------------------------- read-only SQL

_ALLOWED = {"SELECT", "EXPLAIN"}
_READ_PRAGMAS = {"table_info", "show_tables", "show_tables_expanded", "database_size", "storage_info",
                 "version", "database_list", "show", "functions", "collations", "platform"}
#: Table functions that reach outside the database (files, network, environment).
_OUTSIDE = re.compile(r"\b(read_\w+|\w+_scan|glob|sniff_csv|getenv|query_table|query|parquet_\w+|"
                      r"iceberg_\w+|delta_\w+|duckdb_secrets|load_\w+)\s*\(", re.I)


#: A quoted file name where a table goes (DuckDB's replacement scan: ``FROM 'x.csv'``).
_FILE_TABLE = re.compile(r"""(\bFROM|\bJOIN|,)\s*(['"])[^'"]*[./\\][^'"]*\2""", re.I)


def check_read_only(sql: str) -> str:
    """The single statement in ``sql`` if it only reads the store; raise ReadOnlyError otherwise."""
    try:
        statements = duckdb.extract_statements(sql)
    except duckdb.Error as exc:
        raise ReadOnlyError(f"cannot parse SQL: {exc}") from exc
    if len(statements) != 1:
        raise ReadOnlyError(f"exactly one statement allowed, got {len(statements)}")
    st = statements[0]
    kind = st.type.name
    if kind == "PRAGMA":
        m = re.match(r"\s*pragma\s+(\w+)", st.query, re.I)
        if not m or m.group(1).lower() not in _READ_PRAGMAS:
            raise ReadOnlyError("only read-only PRAGMAs (table_info, show_tables, database_size...) are allowed")
    elif kind not in _ALLOWED:
        raise ReadOnlyError(f"{kind} statements are not allowed: read-only (SELECT, WITH, SHOW, DESCRIBE, "
                            "SUMMARIZE, EXPLAIN, PRAGMA table_info)")
    if (_OUTSIDE.search(re.sub(r"'(?:[^']|'')*'", "''", st.query)) or re.search(r"'[^']*://", st.query)
            or _FILE_TABLE.search(st.query)):
        raise ReadOnlyError("functions that read files, URLs or the environment are not allowed")
    return st.query


def run_sql(con: duckdb.DuckDBPyConnection, sql: str, max_rows: int = 10_000) -> tuple[list[str], list[list[Any]]]:
    """Run one read-only query; returns (columns, rows) with JSON-ready values.

    The statement is checked before it runs (type, single statement, no file/URL
    access), and it runs inside a transaction that is always rolled back, so even
    on a read-write connection nothing it does can persist.
    """
    query = check_read_only(sql)
    cur = con.cursor()
    try:
        cur.execute("BEGIN TRANSACTION")
        try:
            res = cur.execute(query)
            cols = [d[0] for d in res.description] if res.description else []
            rows = [[_json(v) for v in row] for row in res.fetchmany(max_rows)]
        finally:
            cur.execute("ROLLBACK")
    finally:
        cur.close()
    return cols, rows
