"""Shared data for the web tests: hand-made extracted articles with real spans.

The articles are written so that every span points at the words it claims to
(spans are computed from the text, never typed by hand), and one of them carries
a script tag and an ``onerror`` image in its title and text, for the escaping
tests. ``build_store`` ingests them with the store's own ingest into a DuckDB file.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from dragoman.model import Actor, Event, ExtractedArticle, Quote

XSS_TITLE = "<script>alert(1)</script> Tehran <b>talks</b>"
XSS_TEXT_MARK = "<img src=x onerror=alert(2)>"


def _span(text: str, sub: str, start: int = 0) -> tuple[int, int]:
    i = text.index(sub, start)
    return (i, i + len(sub))


def _actor(text: str, aid: str, name: str, kind: str, country: str | None, surfaces: list[str],
           roles: list[str] | None = None, anonymous: bool = False) -> Actor:
    mentions = []
    for s in surfaces:
        pos = 0
        while (i := text.find(s, pos)) >= 0:
            mentions.append((i, i + len(s)))
            pos = i + len(s)
    return Actor(id=aid, name=name, kind=kind, country=country, roles=roles or [],
                 aliases=[s for s in surfaces if s != name], mentions=sorted(set(mentions)),
                 anonymous=anonymous)


def _event(text: str, eid: str, type_: str, sentence: str, trigger: str, source: str | None,
           target: str | None, **kw: Any) -> Event:
    s0 = text.index(sentence)
    return Event(id=eid, type=type_, sentence=sentence, span=_span(text, trigger, s0), source=source,
                 target=target, **kw)


def _quote(text: str, qid: str, quote: str, speaker: str | None, direct: bool, via: str | None = None) -> Quote:
    return Quote(id=qid, text=quote, direct=direct, span=_span(text, quote), speaker=speaker, via=via)


def article_tehran() -> ExtractedArticle:
    t = ("Alexander Lavrentiev, the Russian presidential envoy to Syria, arrived in Tehran on Tuesday "
         "for high-level discussions on regional coordination.\n"
         "According to Iran's Tasnim news agency, Lavrentiev met in Tehran with Ali Larijani, Secretary of "
         "Iran's Supreme National Security Council, and held separate talks with Abbas Araghchi, "
         "Iran's foreign minister.\n"
         "\u201cWe will not accept foreign interference in the region,\u201d Araghchi said.\n"
         "A Russian diplomatic source said Moscow rejects the reimposition of European sanctions on Iran.")
    s2 = ("According to Iran's Tasnim news agency, Lavrentiev met in Tehran with Ali Larijani, Secretary of "
          "Iran's Supreme National Security Council, and held separate talks with Abbas Araghchi, "
          "Iran's foreign minister.")
    actors = [
        _actor(t, "A1", "Alexander Lavrentiev", "person", "RUS", ["Alexander Lavrentiev", "Lavrentiev"],
               ["Russian presidential envoy to Syria"]),
        _actor(t, "A2", "Ali Larijani", "person", "IRN", ["Ali Larijani"],
               ["Secretary of Iran's Supreme National Security Council"]),
        _actor(t, "A3", "Abbas Araghchi", "person", "IRN", ["Abbas Araghchi", "Araghchi"],
               ["Iran's foreign minister"]),
        _actor(t, "A4", "Tasnim", "media", "IRN", ["Tasnim"]),
        _actor(t, "A5", "Russian diplomatic source", "person", "RUS", ["A Russian diplomatic source"],
               anonymous=True),
        _actor(t, "A6", "Russia", "country", "RUS", ["Moscow"]),
        _actor(t, "A7", "European Union", "organization", "EUR", ["European"]),
        _actor(t, "A8", "Iran", "country", "IRN", ["Iran"]),
    ]
    events = [
        _event(t, "E1", "CONSULT", t.split("\n")[0], "arrived in Tehran", "A1", "A8", mode="visit",
               cameo="042", location="Tehran", date="2025-10-21", date_text="on Tuesday"),
        _event(t, "E2", "CONSULT", s2, "met in Tehran with Ali Larijani", "A1", "A2", mode="meet", cameo="040",
               location="Tehran", date="2025-10-21", certainty="reported", attributed_to="A4"),
        _event(t, "E3", "CONSULT", s2, "held separate talks with Abbas Araghchi", "A1", "A3", cameo="040",
               location="Tehran", date="2025-10-21", certainty="reported", attributed_to="A4"),
        _event(t, "E4", "REJECT", t.split("\n")[3], "rejects the reimposition of European sanctions", "A6",
               "A7", cameo="120", certainty="reported", attributed_to="A5"),
    ]
    quotes = [_quote(t, "Q1", "We will not accept foreign interference in the region,", "A3", True)]
    return ExtractedArticle(id="art-tehran", text=t, title="Russian Envoy Holds Talks in Tehran",
                            published="2025-10-22", outlet="Asharq Al-Awsat", actors=actors, events=events,
                            quotes=quotes)


def article_moscow() -> ExtractedArticle:
    t = ("Iranian Foreign Minister Abbas Araghchi met Russian Foreign Minister Sergei Lavrov in Moscow on "
         "Wednesday.\n"
         "Araghchi accused the United States of waging economic war on Iran.\n"
         "Washington may impose new sanctions on Tehran, Lavrov warned.\n"
         "Lavrov said Russia would keep supporting Iran's right to peaceful nuclear energy.")
    actors = [
        _actor(t, "B1", "Abbas Araghchi", "person", "IRN", ["Abbas Araghchi", "Araghchi"],
               ["Iranian Foreign Minister"]),
        _actor(t, "B2", "Sergei Lavrov", "person", "RUS", ["Sergei Lavrov", "Lavrov"], ["Russian Foreign Minister"]),
        _actor(t, "B3", "United States", "country", "USA", ["the United States", "Washington"]),
        _actor(t, "B4", "Iran", "country", "IRN", ["Iran", "Tehran"]),
        _actor(t, "B5", "Russia", "country", "RUS", ["Russia"]),
    ]
    lines = t.split("\n")
    events = [
        _event(t, "F1", "CONSULT", lines[0], "met Russian Foreign Minister Sergei Lavrov", "B1", "B2", cameo="040",
               location="Moscow", date="2025-02-26", date_text="on Wednesday"),
        _event(t, "F2", "ACCUSE", lines[1], "accused the United States", "B1", "B3", cameo="112",
               date="2025-02-28"),
        _event(t, "F3", "SANCTION", lines[2], "may impose new sanctions on Tehran", "B3", "B4", cameo="163",
               certainty="speculated", attributed_to="B2", date="2025-02-28"),
        _event(t, "F4", "SUPPORT", lines[3], "would keep supporting Iran's right", "B5", "B4", cameo="051",
               certainty="reported", attributed_to="B2", date="2025-02-28"),
    ]
    quotes = [_quote(t, "Q1", "Russia would keep supporting Iran's right to peaceful nuclear energy", "B2", False)]
    return ExtractedArticle(id="art-moscow", text=t, title="Araghchi and Lavrov meet in Moscow",
                            published="2025-02-28", outlet="Tehran Times", actors=actors, events=events,
                            quotes=quotes)


def article_xss() -> ExtractedArticle:
    t = (f"{XSS_TEXT_MARK} Iran condemned Israel on Monday over the strike.\n"
         "<script>alert(1)</script> Israel denied the accusation.")
    actors = [
        _actor(t, "C1", "Iran", "country", "IRN", ["Iran"]),
        _actor(t, "C2", "Israel", "country", "ISR", ["Israel"]),
    ]
    events = [_event(t, "G1", "ACCUSE", t.split("\n")[0], "condemned Israel", "C1", "C2", cameo="111",
                     date="2025-03-03", date_text="on Monday")]
    return ExtractedArticle(id="art-xss", text=t, title=XSS_TITLE, published="2025-03-04",
                            outlet="<i>Evil</i> Wire", actors=actors, events=events)


def records() -> list[ExtractedArticle]:
    """The three test articles, in publication order."""
    return [article_moscow(), article_xss(), article_tehran()]


def build_store(db_path: Path) -> Path:
    """Ingest the test articles into a fresh store with the store's own ingest."""
    from dragoman.store import ingest_records
    ingest_records([r.to_dict() for r in records()], str(db_path))
    return db_path


# ---------------------------------------------------------------------------
# An in-memory stand-in for dragoman.store.queries (same names and signatures),
# over the records above. Actors merge across articles by name; each event is its
# own canonical event. Used while the store's queries are not there, and to test
# the API layer independently of SQL.
# ---------------------------------------------------------------------------

SCORES = {"CONSULT": 3.0, "ACCUSE": -2.0, "REJECT": -4.0, "SANCTION": -5.0, "SUPPORT": 3.5}


class FakeQueries:
    """Plain functions over hand-made records, shaped like the store's query results."""

    def __init__(self, recs: list[ExtractedArticle] | None = None) -> None:
        self.recs = recs or records()
        self.actors: dict[str, dict[str, Any]] = {}
        self.local: dict[tuple[str, str], str] = {}
        for r in self.recs:
            for a in r.actors:
                gid = "act-" + a.name.lower().replace(" ", "-")
                g = self.actors.setdefault(gid, {"id": gid, "name": a.name, "kind": a.kind, "country": a.country,
                                                 "mentions": 0, "aliases": set(), "roles": {}})
                g["mentions"] += len(a.mentions)
                g["aliases"].update(a.aliases)
                for role in a.roles:
                    g["roles"].setdefault(role, []).append(r.published)
                self.local[(r.id, a.id)] = gid
        self.events = []
        for r in self.recs:
            for e in r.events:
                g = lambda x, r=r: self.local.get((r.id, x)) if x else None  # noqa: E731
                m = {"article_id": r.id, "outlet": r.outlet, "published": r.published, "sentence": e.sentence,
                     "span": list(e.span), "certainty": e.certainty, "attributed_to": g(e.attributed_to),
                     "attributed_to_name": self._name(g(e.attributed_to)), "negated": e.negated, "rule": e.rule}
                self.events.append({"id": f"{r.id}:{e.id}", "type": e.type, "mode": e.mode, "cameo": e.cameo,
                                    "source": g(e.source), "source_name": self._name(g(e.source)),
                                    "target": g(e.target), "target_name": self._name(g(e.target)),
                                    "location": e.location, "date": e.date, "n_articles": 1, "n_outlets": 1,
                                    "mentions": [m]})

    def _name(self, gid: str | None) -> str | None:
        return self.actors[gid]["name"] if gid in self.actors else None

    def _find(self, name_or_id: str) -> dict[str, Any] | None:
        key = name_or_id.lower()
        return next((a for a in self.actors.values() if key in (a["id"], a["name"].lower(), (a["country"] or "").lower()
                                                                 if a["kind"] == "country" else a["id"])), None)

    def open_db(self, path: str, read_only: bool = True) -> FakeQueries:
        return self

    def close(self) -> None:
        pass

    def run_sql(self, con: Any, sql: str) -> list[dict[str, Any]]:
        if "plover_scores" in sql:
            return [{"type": t, "score": s, "quad_class": 1 if s > 0 else 3} for t, s in SCORES.items()]
        n = {"articles": len(self.recs), "actors": len(self.actors), "events": len(self.events),
             "quotes": sum(len(r.quotes) for r in self.recs)}
        return [{"n": next(v for k, v in n.items() if f"FROM {k}" in sql)}]

    def list_articles(self, con: Any, limit: int = 50, offset: int = 0, q: str | None = None) -> list[dict[str, Any]]:
        rows = [{"id": r.id, "title": r.title, "published": r.published, "outlet": r.outlet, "url": r.url,
                 "n_events": len(r.events), "n_quotes": len(r.quotes)}
                for r in sorted(self.recs, key=lambda r: r.published or "", reverse=True)
                if not q or q.lower() in (r.title or "").lower() + r.text.lower()]
        return rows[offset:offset + limit]

    def _quote(self, r: ExtractedArticle, q: Quote) -> dict[str, Any]:
        sp, via = self.local.get((r.id, q.speaker or "")), self.local.get((r.id, q.via or ""))
        return {"id": f"{r.id}:{q.id}", "speaker": sp, "speaker_name": self._name(sp), "via": via,
                "via_name": self._name(via), "text": q.text, "direct": q.direct, "article_id": r.id,
                "published": r.published, "span": list(q.span)}

    def get_article(self, con: Any, article_id: str) -> dict[str, Any] | None:
        r = next((r for r in self.recs if r.id == article_id), None)
        if r is None:
            return None
        evs = [{**{k: e[k] for k in ("type", "mode", "cameo", "source", "source_name", "target", "target_name",
                                     "location", "date")}, **e["mentions"][0], "event_id": e["id"]}
               for e in self.events if e["mentions"][0]["article_id"] == r.id]
        return {"id": r.id, "title": r.title, "published": r.published, "outlet": r.outlet, "url": r.url,
                "source_path": r.source_path, "text": r.text, "events": evs,
                "quotes": [self._quote(r, q) for q in r.quotes]}

    def list_actors(self, con: Any, kind: str | None = None, country: str | None = None, q: str | None = None,
                    limit: int = 100, offset: int = 0) -> list[dict[str, Any]]:
        rows = [{k: a[k] for k in ("id", "name", "kind", "country", "mentions")}
                for a in sorted(self.actors.values(), key=lambda a: -a["mentions"])
                if (not kind or a["kind"] == kind) and (not country or a["country"] == country)
                and (not q or q.lower() in a["name"].lower())]
        return rows[offset:offset + limit]

    def _involves(self, e: dict[str, Any], gid: str) -> bool:
        return gid in (e["source"], e["target"])

    def get_actor(self, con: Any, name_or_id: str) -> dict[str, Any] | None:
        a = self._find(name_or_id)
        if a is None:
            return None
        cps: dict[str, dict[str, Any]] = {}
        for e in self.events:
            if self._involves(e, a["id"]):
                other = e["target"] if e["source"] == a["id"] else e["source"]
                if other:
                    c = cps.setdefault(other, {**{k: self.actors[other][k] for k in ("id", "name", "kind", "country")},
                                               "n": 0, "types": {}})
                    c["n"] += 1
                    c["types"][e["type"]] = c["types"].get(e["type"], 0) + 1
        quotes = [self._quote(r, q) for r in self.recs for q in r.quotes
                  if self.local.get((r.id, q.speaker or "")) == a["id"]]
        return {**{k: a[k] for k in ("id", "name", "kind", "country", "mentions")}, "aliases": sorted(a["aliases"]),
                "roles": [{"role": k, "first_seen": min(v), "last_seen": max(v)} for k, v in a["roles"].items()],
                "counterparts": sorted(cps.values(), key=lambda c: -c["n"]), "quotes": quotes,
                "timeline": [e for e in self.events if self._involves(e, a["id"])]}

    def list_events(self, con: Any, actor: str | None = None, type: str | None = None, country: str | None = None,
                    since: str | None = None, until: str | None = None, certainty: str | None = None,
                    limit: int = 100, offset: int = 0) -> list[dict[str, Any]]:
        a = self._find(actor) if actor else None
        if actor and a is None:
            return []
        rows = [e for e in self.events
                if (not a or self._involves(e, a["id"])) and (not type or e["type"] == type)
                and (not country or country in (self.actors.get(e["source"] or "", {}).get("country"),
                                                self.actors.get(e["target"] or "", {}).get("country")))
                and (not since or (e["date"] or "") >= since) and (not until or (e["date"] or "9") <= until)
                and (not certainty or e["mentions"][0]["certainty"] == certainty)]
        return rows[offset:offset + limit]

    def list_quotes(self, con: Any, speaker: str | None = None, limit: int = 100, offset: int = 0) -> list[dict[str, Any]]:
        a = self._find(speaker) if speaker else None
        rows = [self._quote(r, q) for r in self.recs for q in r.quotes
                if not speaker or (a and self.local.get((r.id, q.speaker or "")) == a["id"])]
        return rows[offset:offset + limit]

    def dyad(self, con: Any, a: str, b: str) -> dict[str, Any] | None:
        x, y = self._find(a), self._find(b)
        if not x or not y:
            return None
        evs = [e for e in self.events if {e["source"], e["target"]} == {x["id"], y["id"]}]
        months: dict[str, dict[str, Any]] = {}
        for e in evs:
            m = months.setdefault((e["date"] or "")[:7], {"month": (e["date"] or "")[:7], "n": 0, "types": {}})
            m["n"] += 1
            m["types"][e["type"]] = m["types"].get(e["type"], 0) + 1
        for m in months.values():
            m["score"] = sum(SCORES.get(t, 0) * k for t, k in m["types"].items()) / m["n"]
        return {"a": {k: x[k] for k in ("id", "name")}, "b": {k: y[k] for k in ("id", "name")},
                "months": sorted(months.values(), key=lambda m: m["month"]), "events": evs}

    def graph(self, con: Any, since: str | None = None, until: str | None = None, types: list[str] | None = None,
              certainty: list[str] | None = None, min_events: int = 1) -> dict[str, Any]:
        edges: dict[tuple[str, str], dict[str, Any]] = {}
        for e in self.events:
            if not (e["source"] and e["target"]) or (types and e["type"] not in types):
                continue
            if (since and (e["date"] or "") < since) or (until and (e["date"] or "9") > until):
                continue
            if certainty and e["mentions"][0]["certainty"] not in certainty:
                continue
            ed = edges.setdefault((e["source"], e["target"]), {"source": e["source"], "target": e["target"], "n": 0,
                                                               "types": {}, "event_ids": []})
            ed["n"] += 1
            ed["types"][e["type"]] = ed["types"].get(e["type"], 0) + 1
            ed["event_ids"].append(e["id"])
        kept = [e for e in edges.values() if e["n"] >= min_events]
        ids = {x for e in kept for x in (e["source"], e["target"])}
        nodes = [{k: self.actors[i][k] for k in ("id", "name", "kind", "country", "mentions")} for i in sorted(ids)]
        return {"nodes": nodes, "edges": kept}
