"""Writing extracted articles into the store: idempotent, one transaction per article.

Matching (which canonical actor, which canonical event) is decided by the
in-memory indexes of :mod:`dragoman.store.merge`; every count the analyst sees
(first/last seen, roles with dates, n_articles, n_outlets) is then recomputed in
SQL from the per-article rows, so the base tables stay the single source of
truth — replacing an article (``force``) or killing the process mid-batch can
never leave a count that disagrees with the rows behind it.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import duckdb
import pyarrow as pa

from dragoman.model import Actor, Event, ExtractedArticle
from dragoman.store.merge import (
    ActorIndex,
    AliasRules,
    CanonActor,
    CanonEvent,
    EventIndex,
    as_date,
    norm_name,
)

#: SQL expression folding a role string to a comparison key (case, accents, punctuation).
ROLE_KEY = ("trim(regexp_replace(regexp_replace(lower(strip_accents(replace(role, '’', ''''))), "
            "'[^a-z0-9 ]+', ' ', 'g'), ' +', ' ', 'g'))")


def content_hash(text: str) -> str:
    """sha256 of the cleaned article text: the identity used for idempotent ingest."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


@dataclass
class IngestReport:
    """What an ingest did, for the CLI summary and for callers that check it."""

    seen: int = 0
    ingested: int = 0
    replaced: int = 0
    skipped: int = 0
    failed: int = 0
    with_extraction_errors: int = 0
    errors: list[dict[str, str]] = field(default_factory=list)
    elapsed: float = 0.0
    db_path: str | None = None

    @property
    def rate(self) -> float:
        """Articles processed per second."""
        return self.seen / self.elapsed if self.elapsed > 0 else 0.0

    def to_dict(self) -> dict[str, Any]:
        """JSON form, for ``--json`` and logs."""
        return {"seen": self.seen, "ingested": self.ingested, "replaced": self.replaced,
                "skipped": self.skipped, "failed": self.failed,
                "with_extraction_errors": self.with_extraction_errors, "errors": self.errors,
                "elapsed_s": round(self.elapsed, 3), "articles_per_s": round(self.rate, 2),
                "db": self.db_path}


class Store:
    """A write session on one database connection, holding the resolution indexes.

    Rows of an article are buffered and written with one statement per table at
    :meth:`flush`, which also commits: with ``commit_every=1`` (the default) every
    article is its own transaction. A bulk load may pass a larger value — a crash
    then loses at most that many uncommitted articles, still never half an article,
    and a failing batch is replayed article by article so one bad record never
    takes its neighbours down with it.
    """

    def __init__(self, con: duckdb.DuckDBPyConnection, rules: AliasRules | None = None,
                 commit_every: int = 1) -> None:
        self.con = con
        self.rules = rules or AliasRules()
        self.commit_every = max(1, int(commit_every))
        self.actors = ActorIndex(self.rules)
        self.events = EventIndex()
        self.by_hash: dict[str, str] = {}
        self.by_id: dict[str, str] = {}
        self._buf: dict[str, list[list[Any]]] = {}
        self._pending: list[ExtractedArticle] = []
        self._in_tx = False
        #: (article id, error) of staged articles that failed when their batch was written
        self.late_errors: list[tuple[str, str]] = []
        self.load()

    # ------------------------------------------------------------------ loading
    def load(self) -> None:
        """Rebuild the in-memory indexes from the database (start, or after a rollback)."""
        self.actors = ActorIndex(self.rules)
        self.events = EventIndex()
        con = self.con
        self.by_hash = dict(con.execute("SELECT content_hash, article_id FROM articles").fetchall())
        self.by_id = {v: k for k, v in self.by_hash.items()}
        aliases: dict[str, list[str]] = {}
        for aid, alias in con.execute("SELECT actor_id, alias FROM actor_aliases").fetchall():
            aliases.setdefault(aid, []).append(alias)
        roles: dict[str, list[tuple[Any, ...]]] = {}
        for aid, role, f, last, n in con.execute(
                "SELECT actor_id, role, first_seen, last_seen, article_count FROM actor_roles").fetchall():
            roles.setdefault(aid, []).append((role, f, last, n))
        for aid, name, kind, country, did, anon, f, last in con.execute(
                "SELECT actor_id, name, kind, country, dictionary_id, anonymous, first_seen, last_seen "
                "FROM actors").fetchall():
            c = CanonActor(aid, name, kind, country, did, bool(anon), f, last)
            c.aliases = {norm_name(a): a for a in aliases.get(aid, [])}
            c.roles = {r: [rf, rl, n, None] for r, rf, rl, n in roles.get(aid, [])}
            self.actors.add(c)
        seen: dict[str, list[tuple[str, Any, Any]]] = {}
        for eid, art, outlet, pub in con.execute(
                "SELECT DISTINCT m.event_id, a.article_id, a.outlet, a.published FROM event_mentions m "
                "JOIN articles a USING (article_id)").fetchall():
            seen.setdefault(eid, []).append((art, outlet, pub))
        for row in con.execute(
                "SELECT event_id, type, source_actor, target_actor, mode, cameo, location, date, "
                "first_reported FROM events").fetchall():
            e = CanonEvent(*row)
            for art, outlet, pub in seen.get(e.event_id, []):
                e.articles.add(art)
                e.outlets.add(outlet or f"article:{art}")
                if pub:
                    e.published.add(pub)
            self.events.add(e)
        self.actors.dirty.clear()
        self.events.dirty.clear()

    # ------------------------------------------------------------------ writing
    def existing(self, article_id: str, chash: str) -> tuple[str | None, str | None]:
        """(id stored under this content hash, hash stored under this id)."""
        return self.by_hash.get(chash), self.by_id.get(article_id)

    def add_article(self, rec: ExtractedArticle, force: bool = False) -> str:
        """Stage one article; returns 'ingested', 'replaced' or 'skipped'.

        With ``commit_every=1`` the article is committed before this returns.
        """
        chash = content_hash(rec.text)
        stored_id, stored_hash = self.existing(rec.id, chash)
        if stored_id is not None and not force:
            return "skipped"
        outcome, article_id = "ingested", rec.id
        replace_id = None
        if stored_id is not None:
            replace_id, article_id, outcome = stored_id, stored_id, "replaced"
        elif stored_hash is not None:
            if force:  # same id, new text: the new version replaces the old one
                replace_id, outcome = article_id, "replaced"
            else:  # a different article that happens to share an id: keep both
                article_id = f"{rec.id}~{chash[:8]}"
        if replace_id is not None:
            self.flush()  # replacing re-reads the store: earlier staged articles go first
        self._begin()
        try:
            if replace_id is not None:
                self._delete_article(replace_id)
            self._stage_article(rec, article_id, chash)
        except BaseException:
            self._abort()
            raise
        self._pending.append(rec)
        if len(self._pending) >= self.commit_every:
            self.flush()
        return outcome

    def _begin(self) -> None:
        if not self._in_tx:
            self.con.execute("BEGIN TRANSACTION")
            self._in_tx = True

    def _abort(self) -> None:
        """Roll back everything staged since the last commit and re-read the store."""
        if self._in_tx:
            self.con.execute("ROLLBACK")
            self._in_tx = False
        self._buf.clear()
        replay, self._pending = self._pending, []
        self.load()
        for rec in replay:  # the articles staged before the failing one were fine: keep them
            self.add_article(rec)
        self.flush()

    def flush(self) -> None:
        """Write everything staged and commit."""
        if not self._in_tx:
            return
        try:
            for table in ("articles", "article_actors", "mentions", "event_mentions", "quotes", "actor_aliases"):
                rows = self._buf.pop(table, [])
                _insert_many(self.con, table, rows, ignore=table in ("mentions", "actor_aliases"))
            self._flush_actors()
            self._flush_events()
            self.con.execute("COMMIT")
            self._in_tx = False
            self._pending.clear()
        except BaseException:
            pending, self._pending = self._pending, []
            self.con.execute("ROLLBACK")
            self._in_tx = False
            self._buf.clear()
            self.load()
            if len(pending) <= 1:
                raise
            for rec in pending:  # find the one that cannot be stored; keep the rest
                try:
                    self.add_article(rec)
                    self.flush()
                except Exception as exc:
                    self.late_errors.append((rec.id, f"{type(exc).__name__}: {exc}"))

    def _delete_article(self, article_id: str) -> None:
        con = self.con
        actor_ids = [r[0] for r in con.execute(
            "SELECT DISTINCT actor_id FROM article_actors WHERE article_id = ?", [article_id]).fetchall()]
        event_ids = [r[0] for r in con.execute(
            "SELECT DISTINCT event_id FROM event_mentions WHERE article_id = ?", [article_id]).fetchall()]
        for table in ("mentions", "event_mentions", "quotes", "article_actors", "articles"):
            con.execute(f"DELETE FROM {table} WHERE article_id = ?", [article_id])
        self._refresh_events(event_ids)
        self._refresh_actors(actor_ids)
        self.load()  # counts and dates of the touched actors/events changed under the indexes

    def _stage_article(self, rec: ExtractedArticle, article_id: str, chash: str) -> None:
        buf = self._buf
        published = as_date(rec.published)
        errors = list(rec.errors)
        local: dict[str, str] = {}
        for a in rec.actors:
            cid = self.actors.resolve(a, article_id, published)
            local[a.id] = cid
            buf.setdefault("article_actors", []).append(
                [article_id, a.id, cid, a.name, a.kind, a.country, list(a.roles), list(a.aliases),
                 bool(a.anonymous), a.dictionary_id])
            for s, e in sorted({(int(m[0]), int(m[1])) for m in a.mentions}):
                buf.setdefault("mentions", []).append([article_id, cid, a.id, s, e, rec.text[s:e]])
            buf.setdefault("actor_aliases", []).extend([cid, n, "auto"] for n in sorted({a.name, *a.aliases}) if n)

        def canon(local_id: str | None, what: str) -> str | None:
            if local_id is None:
                return None
            if local_id not in local:
                errors.append(f"{what}: unknown actor id {local_id!r}")
                return None
            return local[local_id]

        for ev in rec.events:
            src, tgt = canon(ev.source, f"event {ev.id} source"), canon(ev.target, f"event {ev.id} target")
            att = canon(ev.attributed_to, f"event {ev.id} attributed_to")
            eid = self.events.resolve(ev, src, tgt, article_id, rec.outlet, published)
            buf.setdefault("event_mentions", []).append(
                [eid, article_id, ev.id, ev.type, ev.mode, ev.cameo, src, tgt, ev.location, as_date(ev.date),
                 ev.date_text, ev.certainty, att, bool(ev.negated), bool(ev.target_inferred), ev.rule,
                 ev.sentence, int(ev.span[0]), int(ev.span[1]), ev.source, ev.target, ev.attributed_to])
        for q in rec.quotes:
            buf.setdefault("quotes", []).append(
                [article_id, q.id, canon(q.speaker, f"quote {q.id} speaker"), canon(q.via, f"quote {q.id} via"),
                 bool(q.direct), q.text, int(q.span[0]), int(q.span[1]), q.speaker, q.via])
        buf.setdefault("articles", []).append(
            [article_id, chash, rec.title, published, rec.outlet, rec.url, rec.source_path, rec.text,
             datetime.now(UTC).replace(tzinfo=None), errors])
        self.by_hash[chash] = article_id
        self.by_id[article_id] = chash

    def _flush_actors(self) -> None:
        dirty = sorted(self.actors.dirty)
        if not dirty:
            return
        canon = [self.actors.by_id[i] for i in dirty]
        _upsert_actors(self.con, [[c.actor_id, c.name, c.kind, c.country, c.dictionary_id, c.anonymous,
                                   c.first_seen, c.last_seen] for c in canon])
        _insert_many(self.con, "actor_roles", [[c.actor_id, r, s[0], s[1], s[2]] for c in canon
                                               for r, s in c.roles.items()], replace=True)
        self.actors.dirty.clear()

    def _flush_events(self) -> None:
        dirty = sorted(self.events.dirty)
        if not dirty:
            return
        rows = [[e.event_id, e.type, e.mode, e.cameo, e.source, e.target, e.location, e.date, e.first_reported,
                 e.n_articles, e.n_outlets] for e in (self.events.by_id[i] for i in dirty)]
        _insert_many(self.con, "events", rows, replace=True)
        self.events.dirty.clear()

    # ------------------------------------------------------------------ derived columns
    def _refresh_events(self, event_ids: list[str]) -> None:
        """Recompute n_articles / n_outlets / first_reported from the mentions (after a delete)."""
        if not event_ids:
            return
        con = self.con
        con.execute("DELETE FROM events WHERE event_id IN (SELECT unnest(?::VARCHAR[])) AND event_id NOT IN "
                    "(SELECT event_id FROM event_mentions)", [event_ids])
        con.execute(
            "UPDATE events SET n_articles = s.na, n_outlets = s.no, first_reported = s.fr FROM ("
            " SELECT m.event_id, count(DISTINCT m.article_id) AS na,"
            " count(DISTINCT coalesce(a.outlet, 'article:' || a.article_id)) AS no, min(a.published) AS fr"
            " FROM event_mentions m JOIN articles a USING (article_id)"
            " WHERE m.event_id IN (SELECT unnest(?::VARCHAR[])) GROUP BY m.event_id) s"
            " WHERE events.event_id = s.event_id", [event_ids])

    def _refresh_actors(self, actor_ids: list[str]) -> None:
        """Recompute first/last seen and the dated roles from the per-article actor rows."""
        if not actor_ids:
            return
        con = self.con
        ids = [actor_ids]
        con.execute("DELETE FROM actors WHERE actor_id IN (SELECT unnest(?::VARCHAR[])) AND actor_id NOT IN "
                    "(SELECT actor_id FROM article_actors)", ids)
        con.execute("DELETE FROM actor_aliases WHERE actor_id IN (SELECT unnest(?::VARCHAR[])) AND actor_id "
                    "NOT IN (SELECT actor_id FROM actors)", ids)
        con.execute(
            "UPDATE actors SET first_seen = s.f, last_seen = s.l FROM ("
            " SELECT x.actor_id, min(a.published) AS f, max(a.published) AS l FROM article_actors x"
            " JOIN articles a USING (article_id) WHERE x.actor_id IN (SELECT unnest(?::VARCHAR[]))"
            " GROUP BY x.actor_id) s WHERE actors.actor_id = s.actor_id", ids)
        con.execute("DELETE FROM actor_roles WHERE actor_id IN (SELECT unnest(?::VARCHAR[]))", ids)
        con.execute(
            f"INSERT INTO actor_roles SELECT actor_id, arg_min(role, coalesce(published, DATE '9999-01-01')),"
            f" min(published), max(published), count(DISTINCT article_id) FROM ("
            f"  SELECT x.actor_id, x.article_id, a.published, trim(r.role) AS role"
            f"  FROM article_actors x JOIN articles a USING (article_id), unnest(x.roles) AS r(role)"
            f"  WHERE x.actor_id IN (SELECT unnest(?::VARCHAR[])) AND trim(r.role) <> '')"
            f" GROUP BY actor_id, {ROLE_KEY}", ids)

    # ------------------------------------------------------------------ re-resolution
    def reresolve(self) -> dict[str, int]:
        """Replay every stored article through fresh indexes (after the user's merge/split).

        Runs in one transaction: either the whole store moves to the new resolution or
        nothing changes.
        """
        con = self.con
        con.execute("BEGIN TRANSACTION")
        try:
            stats = self._reresolve()
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            self.load()
            raise
        return stats

    def _reresolve(self) -> dict[str, int]:
        con = self.con
        actors, events = ActorIndex(self.rules), EventIndex()
        arts = con.execute("SELECT article_id, published, outlet FROM articles "
                           "ORDER BY published NULLS LAST, ingested_at, article_id").fetchall()
        per_actor: dict[str, list[tuple[Any, ...]]] = {}
        for row in con.execute("SELECT article_id, local_id, name, kind, country, roles, aliases, anonymous, "
                               "dictionary_id FROM article_actors ORDER BY article_id, local_id").fetchall():
            per_actor.setdefault(row[0], []).append(row)
        per_event: dict[str, list[tuple[Any, ...]]] = {}
        for row in con.execute("SELECT article_id, local_id, type, mode, cameo, location, date, source_local, "
                               "target_local, attributed_local FROM event_mentions "
                               "ORDER BY article_id, local_id").fetchall():
            per_event.setdefault(row[0], []).append(row)
        amap: list[tuple[str, str, str]] = []
        emap: list[tuple[str, str, str, str | None, str | None, str | None]] = []
        alias_rows: list[list[Any]] = []
        for article_id, published, outlet in arts:
            local: dict[str, str] = {}
            for _, lid, name, kind, country, roles, aliases, anon, did in per_actor.get(article_id, []):
                a = Actor(id=lid, name=name, kind=kind, country=country, roles=list(roles or []),
                          aliases=list(aliases or []), anonymous=bool(anon), dictionary_id=did)
                local[lid] = actors.resolve(a, article_id, published)
                amap.append((article_id, lid, local[lid]))
                alias_rows.extend([local[lid], n, "auto"] for n in {name, *(aliases or [])} if n)
            for _, lid, typ, mode, cameo, loc, d, sl, tl, al in per_event.get(article_id, []):
                ev = Event(id=lid, type=typ, sentence="", span=(0, 0), mode=mode, cameo=cameo, location=loc,
                           date=d.isoformat() if d else None)
                src, tgt, att = local.get(sl) if sl else None, local.get(tl) if tl else None, \
                    local.get(al) if al else None
                eid = events.resolve(ev, src, tgt, article_id, outlet, published)
                emap.append((article_id, lid, eid, src, tgt, att))
        user_keys = {norm_name(x) for g in self.rules.merge for x in g}
        alias_rows = [[a, n, "user" if norm_name(n) in user_keys else "auto"] for a, n, _ in alias_rows]
        for table in ("actors", "actor_aliases", "actor_roles", "events"):
            con.execute(f"DELETE FROM {table}")
        amap_t = pa.table({"article_id": [r[0] for r in amap], "local_id": [r[1] for r in amap],
                           "actor_id": [r[2] for r in amap]},
                          schema=pa.schema([("article_id", pa.string()), ("local_id", pa.string()),
                                            ("actor_id", pa.string())]))
        con.register("_amap", amap_t)
        con.execute("UPDATE article_actors SET actor_id = m.actor_id FROM _amap m "
                    "WHERE article_actors.article_id = m.article_id AND article_actors.local_id = m.local_id")
        con.execute("UPDATE mentions SET actor_id = m.actor_id FROM _amap m "
                    "WHERE mentions.article_id = m.article_id AND mentions.local_id = m.local_id")
        for col, loc in (("speaker_actor", "speaker_local"), ("via_actor", "via_local")):
            con.execute(f"UPDATE quotes SET {col} = m.actor_id FROM _amap m "
                        f"WHERE quotes.article_id = m.article_id AND quotes.{loc} = m.local_id")
        con.unregister("_amap")
        cols = list(zip(*emap, strict=True)) if emap else [[]] * 6
        emap_t = pa.table({k: pa.array(list(v), pa.string()) for k, v in zip(
            ("article_id", "local_id", "event_id", "src", "tgt", "att"), cols, strict=True)})
        con.register("_emap", emap_t)
        con.execute("UPDATE event_mentions SET event_id = m.event_id, source_actor = m.src, "
                    "target_actor = m.tgt, attributed_to = m.att FROM _emap m "
                    "WHERE event_mentions.article_id = m.article_id AND event_mentions.local_id = m.local_id")
        con.unregister("_emap")
        _upsert_actors(con, [[c.actor_id, c.name, c.kind, c.country, c.dictionary_id, c.anonymous, None, None]
                             for c in actors.by_id.values()])
        _insert_many(con, "actor_aliases", alias_rows, ignore=True)
        _insert_many(con, "events", [[e.event_id, e.type, e.mode, e.cameo, e.source, e.target, e.location,
                                      e.date, None, 0, 0] for e in events.by_id.values()], replace=True)
        self.actors, self.events = actors, events
        self._refresh_actors(list(actors.by_id))
        self._refresh_events(list(events.by_id))
        actors.dirty.clear()
        events.dirty.clear()
        return {"actors": len(actors.by_id), "events": len(events.by_id), "articles": len(arts)}


def _insert_many(con: duckdb.DuckDBPyConnection, table: str, rows: list[list[Any]],
                 ignore: bool = False, replace: bool = False) -> None:
    """Insert rows in one statement through an Arrow table (executemany runs one statement per row)."""
    if not rows:
        return
    verb = "INSERT OR IGNORE" if ignore else "INSERT OR REPLACE" if replace else "INSERT"
    cols = _columns(con, table)
    data = pa.table({c: pa.array([r[i] for r in rows], type=t) for i, (c, t) in enumerate(cols)})
    name = f"_rows_{table}"
    con.register(name, data)
    try:
        con.execute(f"{verb} INTO {table} SELECT * FROM {name}")
    finally:
        con.unregister(name)


_ARROW_TYPES = {"VARCHAR": pa.string(), "INTEGER": pa.int32(), "BIGINT": pa.int64(), "BOOLEAN": pa.bool_(),
                "DATE": pa.date32(), "DOUBLE": pa.float64(), "TIMESTAMP": pa.timestamp("us"),
                "VARCHAR[]": pa.list_(pa.string())}
_COLUMN_CACHE: dict[tuple[int, str], list[tuple[str, pa.DataType]]] = {}


def _columns(con: duckdb.DuckDBPyConnection, table: str) -> list[tuple[str, pa.DataType]]:
    key = (id(con), table)
    if key not in _COLUMN_CACHE:
        rows = con.execute("SELECT column_name, data_type FROM information_schema.columns "
                           "WHERE table_name = ? AND table_schema = current_schema() ORDER BY ordinal_position",
                           [table]).fetchall()
        _COLUMN_CACHE[key] = [(c, _ARROW_TYPES[t]) for c, t in rows]
    return _COLUMN_CACHE[key]


def _upsert_actors(con: duckdb.DuckDBPyConnection, rows: list[list[Any]]) -> None:
    """Insert or update canonical actors, keeping their derived columns until refreshed."""
    if not rows:
        return
    cols = _columns(con, "actors")
    data = pa.table({c: pa.array([r[i] for r in rows], type=t) for i, (c, t) in enumerate(cols)})
    con.register("_rows_actors", data)
    try:
        con.execute(
            "INSERT INTO actors SELECT * FROM _rows_actors ON CONFLICT (actor_id) DO UPDATE SET "
            "name = excluded.name, kind = excluded.kind, country = excluded.country, "
            "dictionary_id = excluded.dictionary_id, anonymous = excluded.anonymous, "
            "first_seen = coalesce(excluded.first_seen, actors.first_seen), "
            "last_seen = coalesce(excluded.last_seen, actors.last_seen)")
    finally:
        con.unregister("_rows_actors")


def to_record(rec: ExtractedArticle | dict[str, Any]) -> ExtractedArticle:
    """Accept either form; a dict is validated enough to give a clear error, not a KeyError."""
    if isinstance(rec, dict) and "__error__" in rec:
        raise ValueError(rec["__error__"])
    if isinstance(rec, ExtractedArticle):
        _check_text(rec.text, rec.errors)
        return rec
    if not isinstance(rec, dict):
        raise TypeError(f"expected an ExtractedArticle or dict, got {type(rec).__name__}")
    missing = [k for k in ("id", "text") if not rec.get(k) and rec.get(k) != ""]
    if missing:
        raise ValueError(f"record lacks {', '.join(missing)}")
    if not isinstance(rec["text"], str):
        raise ValueError("record 'text' is not a string")
    _check_text(rec["text"], rec.get("errors") or [])
    try:
        return ExtractedArticle.from_dict(rec)
    except (TypeError, KeyError, ValueError) as exc:
        raise ValueError(f"malformed record: {exc}") from exc


def _check_text(text: str, errors: list[str]) -> None:
    """A document the pipeline rejected (empty, binary, not English...) has nothing to store."""
    if not text.strip():
        raise ValueError("; ".join(errors) if errors else "empty text")


def ingest_into(store: Store, records: Iterable[ExtractedArticle | dict[str, Any]], force: bool = False,
                on_article: Callable[[IngestReport], None] | None = None) -> IngestReport:
    """Write records through an open store session; per-document errors are collected, not raised."""
    report = IngestReport()
    t0 = time.perf_counter()
    for raw in records:
        report.seen += 1
        rid = raw.get("id", "?") if isinstance(raw, dict) else getattr(raw, "id", "?")
        try:
            rec = to_record(raw)
            outcome = store.add_article(rec, force=force)
        except (KeyboardInterrupt, SystemExit):
            raise
        except Exception as exc:  # one bad document must not stop the batch
            report.failed += 1
            report.errors.append({"article_id": str(rid), "error": f"{type(exc).__name__}: {exc}"})
        else:
            setattr(report, outcome, getattr(report, outcome) + 1)
            if outcome != "skipped" and rec.errors:
                report.with_extraction_errors += 1
        _late(store, report)
        report.elapsed = time.perf_counter() - t0
        if on_article:
            on_article(report)
    try:
        store.flush()
    except Exception as exc:
        report.failed += 1
        report.ingested -= 1
        report.errors.append({"article_id": "?", "error": f"{type(exc).__name__}: {exc}"})
    _late(store, report)
    report.elapsed = time.perf_counter() - t0
    return report


def _late(store: Store, report: IngestReport) -> None:
    """Move failures discovered when a batch was written from 'ingested' to 'failed'."""
    while store.late_errors:
        aid, msg = store.late_errors.pop(0)
        report.failed += 1
        report.ingested = max(0, report.ingested - 1)
        report.errors.append({"article_id": aid, "error": msg})
