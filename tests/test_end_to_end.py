"""End to end over the two example articles: the events and quotes an analyst checks first."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import dragoman
from dragoman.model import Article, ExtractedArticle

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "seeds.jsonl"


@pytest.fixture(scope="module")
def seeds() -> dict[str, ExtractedArticle]:
    arts = [Article(**{k: d.get(k) for k in ("id", "text", "title", "published", "outlet")})
            for d in map(json.loads, EXAMPLES.read_text(encoding="utf-8").splitlines())]
    return {r.id: r for r in dragoman.extract_articles(arts)}


def _names(r: ExtractedArticle, aid: str | None) -> set[str]:
    a = r.actor(aid)
    return {a.name, *a.aliases} if a else set()


def test_lavrentiev_larijani_consult_in_tehran_reported_by_tasnim(seeds) -> None:
    r = seeds["seed-000"]
    ev = [e for e in r.events if e.type == "CONSULT" and "Lavrentiev" in _names(r, e.source)
          and "Ali Larijani" in _names(r, e.target)]
    assert ev, [(e.type, e.source, e.target) for e in r.events]
    e = ev[0]
    assert e.location == "Tehran"
    assert e.certainty == "reported"
    assert r.actor(e.attributed_to).name == "Tasnim"
    assert r.text[e.span[0]:e.span[1]] in e.sentence and "met" in r.text[e.span[0]:e.span[1]]


def test_lavrentiev_arrival_is_a_dated_visit_to_iran(seeds) -> None:
    r = seeds["seed-000"]
    e = next(e for e in r.events if e.type == "CONSULT" and e.location == "Tehran" and e.date)
    assert e.date == "2025-10-21" and e.certainty == "asserted"
    assert r.actor(e.target).country == "IRN" and r.actor(e.source).country == "RUS"


def test_anonymous_source_quotes_come_through_the_outlet(seeds) -> None:
    r = seeds["seed-000"]
    src = [q for q in r.quotes if q.direct and r.actor(q.speaker) and r.actor(q.speaker).anonymous]
    assert len(src) >= 4
    assert all(r.actor(q.speaker).country == "RUS" for q in src)
    anon = [q for q in r.quotes if r.actor(q.speaker) and r.actor(q.speaker).anonymous]
    assert any("major regional power" in q.text for q in anon)
    assert {r.actor(q.via).name for q in src if q.via} == {"Asharq Al-Awsat"}


def test_araghchi_rejects_and_sets_conditions(seeds) -> None:
    r = seeds["seed-001"]
    types = {e.type for e in r.events if r.actor(e.source) and r.actor(e.source).name == "Abbas Araghchi"}
    assert {"REJECT", "REQUEST"} <= types
    q = next(q for q in r.quotes if "will not negotiate under pressure" in q.text)
    assert not q.direct and r.actor(q.speaker).name == "Abbas Araghchi"


def test_speculation_never_looks_like_fact(seeds) -> None:
    r = seeds["seed-001"]
    warn = [e for e in r.events if "might have been warning" in e.sentence]
    assert warn and all(e.certainty != "asserted" for e in warn)


def test_actors_resolve_to_one_record_with_country(seeds) -> None:
    r = seeds["seed-001"]
    lavrov = [a for a in r.actors if "Lavrov" in a.name]
    assert len(lavrov) == 1 and lavrov[0].country == "RUS" and lavrov[0].kind == "person"
    tasnim = [a for a in seeds["seed-000"].actors if a.name == "Tasnim"]
    assert tasnim and tasnim[0].kind == "media"


def test_output_order_is_input_order_with_rejected_documents_between() -> None:
    arts = [Article(id="g1", text="Lavrov met Araghchi in Tehran."), Article(id="bad", text=""),
            Article(id="g2", text="Iran rejected the proposal."), Article(id="bad2", text="  ")]
    assert [r.id for r in dragoman.extract_articles(arts, batch_size=4)] == ["g1", "bad", "g2", "bad2"]
