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

