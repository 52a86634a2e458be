"""The REST API: typed, documented views over the store's query functions.

The store (``dragoman.store.queries``) owns the SQL; this module only validates
parameters, calls those plain functions (connection in, dicts out) and shapes their
rows into pydantic models. The models are the public contract: they document the
API at ``/docs`` and keep the web page independent of the store's column names, so
a field renamed in the store is fixed here once rather than in every client.

Rows are normalised defensively (``_event``, ``_mention`` ...): the store may give a
name flat (``source_name``) or nested (``source: {id, name}``), a span as a list or
as two columns. An API that answers 500 because one row lacks a field is worse than
one that answers ``null``.
"""

from __future__ import annotations

import datetime as dt
import re
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from types import ModuleType
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi import Path as PathParam
from fastapi.exceptions import RequestValidationError
from pydantic import BaseModel, BeforeValidator, ConfigDict, Field

from dragoman.model import ACTOR_KINDS, CERTAINTIES, PLOVER_TYPES

# ---------------------------------------------------------------------------
# Enumerations: validated at the edge, so a typo is a 422 naming the allowed values
# rather than an empty result the analyst mistakes for "no such events".
# ---------------------------------------------------------------------------

PloverType = Enum("PloverType", {t: t for t in PLOVER_TYPES}, type=str)  # type: ignore[misc]
CertaintyName = Enum("CertaintyName", {c: c for c in CERTAINTIES}, type=str)  # type: ignore[misc]
ActorKind = Enum("ActorKind", {k: k for k in ACTOR_KINDS}, type=str)  # type: ignore[misc]

_COUNTRY_RE = r"^[A-Za-z]{3}$"
_ID_MAX = 300


class _Model(BaseModel):
    # Extra fields the store adds pass through untouched: the API grows with the store.
    model_config = ConfigDict(extra="allow")


class ActorRef(_Model):
    """An actor as it appears inside another record."""

    id: str | None = None
    name: str | None = None
    kind: str | None = None
    country: str | None = None


class Mention(_Model):
    """One report of an event: the article, the sentence and the exact span that support it."""

    article_id: str | None = None
    article_title: str | None = None
    outlet: str | None = None
    published: str | None = None
    sentence: str | None = None
    span: list[int] | None = Field(None, description="[start, end) character offsets into the article text")
    certainty: str | None = None
    attributed_to: str | None = Field(None, description="actor id of the source the claim is attributed to")
    attributed_to_name: str | None = None
    negated: bool | None = None
    rule: str | None = Field(None, description="the pattern that coded this mention")


class EventOut(_Model):
    """A (deduplicated) event with every article that reports it."""

    id: str
    type: str
    mode: str | None = None
    cameo: str | None = None
    source: str | None = None
    source_name: str | None = None
    source_country: str | None = None
    target: str | None = None
    target_name: str | None = None
    target_country: str | None = None
    location: str | None = None
    date: str | None = None
    first_reported: str | None = Field(None, description="publication date of the first report (for undated events)")
    certainty: str | None = Field(None, description="the most assertive certainty among the mentions")
    n_articles: int = 0
    n_outlets: int = 0
    mentions: list[Mention] = []


class EventPage(_Model):
    """A page of events; ``has_more`` says whether ``offset + limit`` would return more."""

    items: list[EventOut]
    limit: int
    offset: int
    has_more: bool


class ArticleSummary(_Model):
    """An article in a list: enough to choose one."""

    id: str
    title: str | None = None
    published: str | None = None
    outlet: str | None = None
    url: str | None = None
    n_events: int | None = None
    n_quotes: int | None = None


class ArticlePage(_Model):
    items: list[ArticleSummary]
    limit: int
    offset: int
    has_more: bool


class ArticleEvent(_Model):
    """An event mention inside one article, with the span to highlight."""

    event_id: str | None = None
    type: str
    mode: str | None = None
    cameo: str | None = None
    source: str | None = None
    source_name: str | None = None
    target: str | None = None
    target_name: str | None = None
    location: str | None = None
    date: str | None = None
    certainty: str | None = None
    attributed_to: str | None = None
    attributed_to_name: str | None = None
    negated: bool | None = None
    sentence: str | None = None
    span: list[int] | None = None
    rule: str | None = None


class QuoteOut(_Model):
    """Direct or indirect speech with its speaker and the outlet it came through."""

    id: str | None = None
    speaker: str | None = None
    speaker_name: str | None = None
    text: str
    direct: bool | None = None
    via: str | None = None
    via_name: str | None = None
    article_id: str | None = None
    article_title: str | None = None
    published: str | None = None
    span: list[int] | None = None


class QuotePage(_Model):
    items: list[QuoteOut]
    limit: int
    offset: int
    has_more: bool


class ArticleDetail(ArticleSummary):
    """One article: its cleaned text and every highlighted event span and quote in it."""

    source_path: str | None = None
    text: str
    events: list[ArticleEvent] = []
    quotes: list[QuoteOut] = []


class ActorSummary(_Model):
    id: str
    name: str
    kind: str | None = None
    country: str | None = None
    mentions: int | None = Field(None, description="number of mentions across all articles")
    n_events: int | None = None
    n_articles: int | None = None


class ActorPage(_Model):
    items: list[ActorSummary]
    limit: int
    offset: int
    has_more: bool


class RoleOut(_Model):
    """A role and the span of publication dates in which it was seen."""

    role: str
    first_seen: str | None = None
    last_seen: str | None = None
    n: int | None = None


class Counterpart(_Model):
    id: str | None = None
    name: str | None = None
    kind: str | None = None
    country: str | None = None
    n: int = 0
    types: dict[str, int] = {}


class ActorDetail(ActorSummary):
    """An actor across the corpus: roles over time, counterparts, quotes, event timeline."""

    aliases: list[str] = []
    roles: list[RoleOut] = []
    counterparts: list[Counterpart] = []
    quotes: list[QuoteOut] = []
    timeline: list[EventOut] = []


class DyadMonth(_Model):
    month: str
    n: int = 0
    types: dict[str, int] = {}
    score: float | None = Field(None, description="mean cooperation (+) / conflict (−) weight of the month's events")


class DyadOut(_Model):
    a: ActorRef
    b: ActorRef
    months: list[DyadMonth] = []
    events: list[EventOut] = []


class GraphNode(_Model):
    id: str
    name: str | None = None
    kind: str | None = None
    country: str | None = None
    mentions: int = 0


class GraphEdge(_Model):
    source: str
    target: str
    n: int = 0
    types: dict[str, int] = {}
    score: float | None = Field(None, description="cooperation (+) vs conflict (−) of the edge's events")
    event_ids: list[str] = []


class GraphOut(_Model):
    nodes: list[GraphNode]
    edges: list[GraphEdge]


class TypeInfo(BaseModel):
    type: str
    score: float = Field(description="cooperation (+) / conflict (−) weight used to colour edges")
    quad: Literal["verbal cooperation", "material cooperation", "verbal conflict", "material conflict"]


class MetaOut(BaseModel):
    """What the page needs to draw legends and filters; knowledge the server owns."""

    types: list[TypeInfo]
    certainties: list[str]
    kinds: list[str]


class Health(BaseModel):
    status: Literal["ok"]
    db: str
    version: str
    articles: int | None = None
    actors: int | None = None
    events: int | None = None
    quotes: int | None = None


class Problem(BaseModel):
    detail: str


# ---------------------------------------------------------------------------
# Store access
# ---------------------------------------------------------------------------


class StoreAccess:
    """One read-only connection to the store, a cursor per request.

    DuckDB connections are not safe to share between threads, but cursors of one
    connection are; FastAPI runs sync endpoints in a thread pool, so each request
    gets its own cursor and closes it.
    """

    def __init__(self, db_path: str | Path, queries: ModuleType | Any | None = None) -> None:
        self.db_path = str(db_path)
        if queries is None:
            from dragoman.store import queries as store_queries
            queries = store_queries
        self.q = queries
        self._lock = threading.Lock()
        self._con: Any = None
        self._connect()  # fail now, with the store's own message, if the file is not a store
        self._scores: dict[str, dict[str, Any]] | None = None

    def _connect(self) -> Any:
        # (Re)opened lazily: the app may be started and stopped several times (tests, lifespan).
        if self._con is None:
            self._con = self.q.open_db(self.db_path, read_only=True)
        return self._con

    @contextmanager
    def cursor(self) -> Iterator[Any]:
        with self._lock:
            con = self._connect()
            cur = con.cursor() if hasattr(con, "cursor") else con
        try:
            yield cur
        finally:
            if cur is not con and hasattr(cur, "close"):
                cur.close()

    def call(self, name: str, *args: Any, **kwargs: Any) -> Any:
        fn: Callable[..., Any] | None = getattr(self.q, name, None)
        if fn is None:
            raise HTTPException(501, f"the store has no query '{name}'")
        with self.cursor() as cur:
            try:
                return fn(cur, *args, **kwargs)
            except ValueError as exc:  # the store rejected a parameter: the client's error, not ours
                raise _invalid(("query",), str(exc)) from exc

    def scores(self) -> dict[str, dict[str, Any]]:
        """The store's cooperation–conflict scale (table ``plover_scores``), by type.

        Read from the store rather than kept here, so the page colours events with
        exactly the weights the store's dyad scores and exports use.
        """
        if self._scores is None:
            try:
                self._scores = dict(self.call("scores"))
            except Exception:  # an older store without the table: everything is neutral
                self._scores = {}
        return self._scores

    def close(self) -> None:
        with self._lock:
            if self._con is not None and hasattr(self._con, "close"):
                self._con.close()
            self._con = None


def get_store(request: Request) -> StoreAccess:
    return request.app.state.store


Store = Annotated[StoreAccess, Depends(get_store)]

# ---------------------------------------------------------------------------
# Normalisation of store rows
# ---------------------------------------------------------------------------


def _str(v: Any) -> str | None:
    if v is None:
        return None
    if isinstance(v, (dt.date, dt.datetime)):
        return v.isoformat()[:10]
    return str(v)


def _span(d: dict[str, Any]) -> list[int] | None:
    sp = d.get("span")
    if sp is None and d.get("start") is not None and d.get("end") is not None:
        sp = (d["start"], d["end"])
    if sp is None and d.get("span_start") is not None:
        sp = (d["span_start"], d["span_end"])
    if sp is None:
        return None
    try:
        s, e = int(sp[0]), int(sp[1])
    except (TypeError, ValueError, IndexError):
        return None
    return [s, e]


def _ref(d: dict[str, Any], key: str) -> tuple[str | None, str | None, str | None]:
    """(id, name, country) of an actor reference, flat (``key``, ``key_name``) or nested."""
    v = d.get(key)
    if isinstance(v, dict):
        return _str(v.get("id")), v.get("name"), v.get("country")
    return _str(v), d.get(f"{key}_name"), d.get(f"{key}_country")


def _mention(m: dict[str, Any]) -> dict[str, Any]:
    aid, aname, _ = _ref(m, "attributed_to")
    return {**m, "article_id": _str(m.get("article_id")), "article_title": m.get("article_title") or m.get("title"),
            "published": _str(m.get("published")), "span": _span(m), "attributed_to": aid,
            "attributed_to_name": aname}


_CERT_RANK = {c: i for i, c in enumerate(CERTAINTIES)}


def _event(e: dict[str, Any]) -> dict[str, Any]:
    sid, sname, sc = _ref(e, "source")
    tid, tname, tc = _ref(e, "target")
    mentions = [_mention(m) for m in (e.get("mentions") or [])]
    certainty = e.get("certainty")
    if certainty is None and mentions:  # the best-supported reading of the event
        certs = [m["certainty"] for m in mentions if m.get("certainty") in _CERT_RANK]
        certainty = min(certs, key=_CERT_RANK.__getitem__) if certs else None
    return {**e, "id": _str(e.get("id") or e.get("event_id")), "date": _str(e.get("date")),
            "first_reported": _str(e.get("first_reported")),
            "source": sid, "source_name": sname, "source_country": sc,
            "target": tid, "target_name": tname, "target_country": tc,
            "certainty": certainty, "mentions": mentions,
            "n_articles": e.get("n_articles") or len({m.get("article_id") for m in mentions}),
            "n_outlets": e.get("n_outlets") or len({m.get("outlet") for m in mentions if m.get("outlet")})}


def _article_event(e: dict[str, Any]) -> dict[str, Any]:
    sid, sname, _ = _ref(e, "source")
    tid, tname, _ = _ref(e, "target")
    aid, aname, _ = _ref(e, "attributed_to")
    return {**e, "event_id": _str(e.get("event_id") or e.get("id")), "date": _str(e.get("date")),
            "source": sid, "source_name": sname, "target": tid, "target_name": tname,
            "attributed_to": aid, "attributed_to_name": aname, "span": _span(e)}


def _quote(q: dict[str, Any]) -> dict[str, Any]:
    sid, sname, _ = _ref(q, "speaker")
    vid, vname, _ = _ref(q, "via")
    return {**q, "id": _str(q.get("id")), "speaker": sid, "speaker_name": sname, "via": vid,
            "via_name": vname, "article_id": _str(q.get("article_id")),
            "article_title": q.get("article_title") or q.get("title"),
            "published": _str(q.get("published")), "span": _span(q), "text": q.get("text") or ""}


def _article(a: dict[str, Any]) -> dict[str, Any]:
    return {**a, "id": _str(a.get("id")), "published": _str(a.get("published"))}


def _actor_summary(r: dict[str, Any]) -> dict[str, Any]:
    mentions = r.get("mentions") if isinstance(r.get("mentions"), int) else r.get("n_mentions")
    return {**r, "id": _str(r.get("id")), "mentions": mentions}


def _alias(a: Any) -> str:
    return a if isinstance(a, str) else str(a.get("alias") or a.get("name") or "")


def _role(r: Any) -> dict[str, Any]:
    if isinstance(r, str):
        return {"role": r}
    return {**r, "role": r.get("role") or r.get("name") or "",
            "first_seen": _str(r.get("first_seen")), "last_seen": _str(r.get("last_seen"))}


def _page(rows: list[Any], limit: int, offset: int, shape: Callable[[Any], Any]) -> dict[str, Any]:
    """A page from ``limit + 1`` rows: the extra row only says whether more exist."""
    rows = list(rows or [])
    return {"items": [shape(r) for r in rows[:limit]], "limit": limit, "offset": offset,
            "has_more": len(rows) > limit}


def _invalid(loc: tuple[str, ...], msg: str, value: Any = None) -> RequestValidationError:
    """A 422 shaped like FastAPI's own, so every 422 matches the documented schema."""
    return RequestValidationError([{"type": "value_error", "loc": loc, "msg": msg, "input": value}])


def _date_range(since: str | None, until: str | None) -> tuple[str | None, str | None]:
    days: dict[str, dt.date | None] = {}
    for name, v in (("since", since), ("until", until)):
        try:
            days[name] = dt.date.fromisoformat(v) if v else None
        except ValueError:
            raise _invalid(("query", name), f"{name}: not a calendar date: {v!r}", v) from None
    s, u = days["since"], days["until"]
    if s and u and s > u:
        raise _invalid(("query", "until"), f"since ({s}) is after until ({u})", until)
    return (s.isoformat() if s else None, u.isoformat() if u else None)


# ---------------------------------------------------------------------------
# Routes
# ---------------------------------------------------------------------------

router = APIRouter(prefix="/api")
_TIMELINE_MAX = 2000
_NOT_FOUND = {404: {"model": Problem, "description": "no such record"}}



def _plain_integer(value: Any) -> Any:
    """Pydantic's lax parsing would read " 2" or "\n2" as 2; the schema says integer, so a query
    integer is digits only and anything else is a 422, as for any other malformed parameter."""
    if isinstance(value, str) and not re.fullmatch(r"[+-]?\d+", value):
        raise ValueError("expected an integer (digits only)")
    return value


_DIGITS = BeforeValidator(_plain_integer)
Limit = Annotated[int, Query(ge=1, le=1000, description="page size"), _DIGITS]
Offset = Annotated[int, Query(ge=0, le=10_000_000, description="rows to skip"), _DIGITS]
# ISO dates only: pydantic's lax date parsing would take "0" as 1970-01-01 (a Unix timestamp).
_DATE_RE = r"^\d{4}-\d{2}-\d{2}$"
Since = Annotated[str | None, Query(pattern=_DATE_RE, description="first date, YYYY-MM-DD (inclusive)",
                                    json_schema_extra={"format": "date"})]
Until = Annotated[str | None, Query(pattern=_DATE_RE, description="last date, YYYY-MM-DD (inclusive)",
                                    json_schema_extra={"format": "date"})]
Text = Annotated[str | None, Query(max_length=200)]


@router.get("/health", response_model=Health, tags=["meta"])
def health(store: Store) -> dict[str, Any]:
    """Liveness plus the size of the store, so a monitor sees an empty database as such."""
    from dragoman import __version__
    counts: dict[str, Any] = {}
    try:
        counts = dict(store.call("stats"))
    except Exception:  # health must answer even if the store cannot count (e.g. an older schema)
        counts = {}
    counts = {k: counts.get(k) for k in ("articles", "actors", "events", "quotes")}
    return {"status": "ok", "db": Path(store.db_path).name, "version": __version__, **counts}


_QUADS = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}


@router.get("/meta", response_model=MetaOut, tags=["meta"])
def meta(store: Store) -> dict[str, Any]:
    """Event types with the store's cooperation/conflict weight, certainties and actor kinds."""
    sc = store.scores()
    types = []
    for t in PLOVER_TYPES:
        row = sc.get(t, {})
        score = float(row.get("score") or 0.0)
        quad = _QUADS.get(int(row.get("quad_class") or 0), "verbal cooperation" if score >= 0 else "verbal conflict")
        types.append({"type": t, "score": score, "quad": quad})
    return {"types": types, "certainties": list(CERTAINTIES), "kinds": list(ACTOR_KINDS)}


def _edge_score(store: StoreAccess, types: dict[str, int]) -> float:
    """Mean weight of an edge's events, if the store gave none: the sign says cooperation or conflict."""
    sc, n = store.scores(), sum(types.values())
    return round(sum(float(sc.get(t, {}).get("score") or 0) * k for t, k in types.items()) / n, 2) if n else 0.0


@router.get("/articles", response_model=ArticlePage, tags=["articles"])
def articles(store: Store, q: Text = None, limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
    """Articles, newest first; ``q`` searches titles and text."""
    rows = store.call("list_articles", limit=limit + 1, offset=offset, q=q or None)
    return _page(rows, limit, offset, _article)


@router.get("/articles/{article_id}", response_model=ArticleDetail, responses=_NOT_FOUND, tags=["articles"])
def article(store: Store, article_id: Annotated[str, PathParam(max_length=_ID_MAX)]) -> dict[str, Any]:
    """One article's cleaned text with every event mention and quote and their spans."""
    row = store.call("get_article", article_id)
    if not row:
        raise HTTPException(404, f"no article with id {article_id!r}")
    a = _article(row)
    a["text"] = a.get("text") or ""
    a["events"] = [_article_event(e) for e in (row.get("events") or [])]
    a["quotes"] = [_quote(q) for q in (row.get("quotes") or [])]
    return a


@router.get("/actors", response_model=ActorPage, tags=["actors"])
def actors(store: Store, kind: ActorKind | None = None,
           country: Annotated[str | None, Query(pattern=_COUNTRY_RE, description="ISO 3166 alpha-3")] = None,
           q: Text = None, limit: Limit = 100, offset: Offset = 0) -> dict[str, Any]:
    """Actors, most mentioned first, filtered by kind, country or a name fragment."""
    rows = store.call("list_actors", kind=kind.value if kind else None,
                      country=country.upper() if country else None, q=q or None,
                      limit=limit + 1, offset=offset)
    return _page(rows, limit, offset, _actor_summary)


@router.get("/actors/{actor}", response_model=ActorDetail, responses=_NOT_FOUND, tags=["actors"])
def actor(store: Store, actor: Annotated[str, PathParam(max_length=_ID_MAX, description="actor id or name")]
          ) -> dict[str, Any]:
    """An actor's roles over time, aliases, counterparts, quotes and event timeline."""
    row = store.call("get_actor", actor)
    if not row:
        raise HTTPException(404, f"no actor {actor!r}")
    aid = _str(row.get("id"))
    # The timeline is taken from list_events (by the resolved id): each event then carries
    # its mentions with article ids and spans, so every item links to its sentence.
    timeline = store.call("list_events", actor=aid, limit=_TIMELINE_MAX) if aid else []
    timeline = sorted((_event(e) for e in timeline or []), key=lambda e: (e.get("date") or "9999", e["type"]))
    return {**_actor_summary(row), "roles": [_role(r) for r in (row.get("roles") or [])],
            "aliases": [x for x in (_alias(a) for a in (row.get("aliases") or [])) if x],
            "counterparts": [{**c, "id": _str(c.get("id"))} for c in (row.get("counterparts") or [])],
            "quotes": [_quote(q) for q in (row.get("quotes") or [])],
            "timeline": timeline}


@router.get("/events", response_model=EventPage, tags=["events"])
def events(store: Store,
           actor: Annotated[str | None, Query(max_length=_ID_MAX, description="actor id or name (either side)")] = None,
           type: PloverType | None = None,
           country: Annotated[str | None, Query(pattern=_COUNTRY_RE, description="ISO 3166 alpha-3, either side")] = None,
           since: Since = None, until: Until = None, certainty: CertaintyName | None = None,
           limit: Limit = 100, offset: Offset = 0) -> dict[str, Any]:
    """Events with the same filters as ``dragoman events``; each lists the mentions that report it."""
    s, u = _date_range(since, until)
    rows = store.call("list_events", actor=actor or None, type=type.value if type else None,
                      country=country.upper() if country else None, since=s, until=u,
                      certainty=certainty.value if certainty else None, limit=limit + 1, offset=offset)
    return _page(rows, limit, offset, _event)


@router.get("/quotes", response_model=QuotePage, tags=["quotes"])
def quotes(store: Store, speaker: Annotated[str | None, Query(max_length=_ID_MAX)] = None,
           limit: Limit = 100, offset: Offset = 0) -> dict[str, Any]:
    """Quotes, optionally by one speaker (id or name)."""
    rows = store.call("list_quotes", speaker=speaker or None, limit=limit + 1, offset=offset)
    return _page(rows, limit, offset, _quote)


@router.get("/dyads/{a}/{b}", response_model=DyadOut, responses=_NOT_FOUND, tags=["events"])
def dyad(store: Store, a: Annotated[str, PathParam(max_length=_ID_MAX)],
         b: Annotated[str, PathParam(max_length=_ID_MAX)]) -> dict[str, Any]:
    """Events between two sides, by month, with a cooperation–conflict score.

    A side is an actor id or name, or an ISO3 code meaning every actor of that country.
    Each event lists its mentions, so every one links to the sentence it came from.
    """
    row = store.call("dyad", a, b)
    side_a = [_str(x) for x in (row or {}).get("a_actors") or []]
    side_b = [_str(x) for x in (row or {}).get("b_actors") or []]
    if not row or not side_a or not side_b:
        raise HTTPException(404, f"unknown actor in dyad {a!r}/{b!r}")
    # The store's dyad rows carry no spans: take the full events of side a and keep those with b.
    sa, sb = set(side_a), set(side_b)
    events = []
    for x in side_a[:20]:
        events += store.call("list_events", actor=x, limit=_TIMELINE_MAX) or []
    seen: set[str] = set()
    evs = []
    for e in map(_event, events):
        ends = {e.get("source"), e.get("target")}
        if e["id"] in seen or not (ends & sa and ends & sb):
            continue
        seen.add(e["id"])
        evs.append(e)
    evs.sort(key=lambda e: (e.get("date") or "9999", e["type"]))

    def ref(word: str, ids: list[str]) -> dict[str, Any]:
        one = ids[0] if len(ids) == 1 else None
        name = next((e.get(f"{k}_name") for e in evs for k in ("source", "target") if one and e.get(k) == one), None)
        return {"id": one, "name": name or word, "n_actors": len(ids)}

    months = [{**m, "month": _str(m.get("month")) or ""} for m in (row.get("months") or [])]
    return {"a": ref(a, side_a), "b": ref(b, side_b), "months": months, "events": evs,
            "type_totals": row.get("type_totals") or {}}


@router.get("/graph", response_model=GraphOut, tags=["events"])
def graph(store: Store, since: Since = None, until: Until = None,
          types: Annotated[list[PloverType] | None, Query(description="event types to include (repeat the parameter)")] = None,
          certainty: Annotated[CertaintyName | None,
                               Query(description="keep events with at least one mention of this certainty")] = None,
          min_events: Annotated[int, Query(ge=1, le=100_000), _DIGITS] = 1) -> dict[str, Any]:
    """The actor network: nodes sized by mentions, edges with event counts by type and a score."""
    s, u = _date_range(since, until)
    row = store.call("graph", since=s, until=u, types=[t.value for t in types] if types else None,
                     certainty=certainty.value if certainty else None, min_events=min_events)
    nodes = [{**n, "id": _str(n.get("id")), "mentions": n.get("mentions") or 0} for n in row.get("nodes", [])]
    edges = [{**e, "source": _str(e.get("source")), "target": _str(e.get("target")),
              "types": e.get("types") or {},
              "score": e["score"] if e.get("score") is not None else _edge_score(store, e.get("types") or {}),
              "event_ids": [_str(x) for x in (e.get("event_ids") or [])]} for e in row.get("edges", [])]
    return {"nodes": nodes, "edges": edges}
