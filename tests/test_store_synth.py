"""Synthetic ExtractedArticle records for store tests (no spaCy: thousands in a second).

Imported by the other store test modules; the tests here check the generator
itself produces records that honour the output contract (spans inside the text,
actor ids that resolve), so a store test failure is never the generator's fault.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from dragoman.model import PLOVER_TYPES, Actor, Event, ExtractedArticle, Quote

COUNTRIES = [("Russia", "RUS"), ("Iran", "IRN"), ("United States", "USA"), ("China", "CHN"), ("Turkey", "TUR"),
             ("Syria", "SYR"), ("Israel", "ISR"), ("France", "FRA"), ("Germany", "DEU"), ("Qatar", "QAT"),
             ("Saudi Arabia", "SAU"), ("Egypt", "EGY"), ("India", "IND"), ("Japan", "JPN"), ("Ukraine", "UKR"),
             ("United Kingdom", "GBR"), ("Iraq", "IRQ"), ("Pakistan", "PAK"), ("Brazil", "BRA"), ("Oman", "OMN")]
GIVEN = ["Ali", "Sergei", "Marco", "Wang", "Hakan", "Asaad", "Gideon", "Jean", "Annalena", "Mohammed",
         "Faisal", "Badr", "Subrahmanyam", "Yoko", "Andrii", "David", "Fuad", "Ishaq", "Mauro", "Badr"]
SURNAMES = ["Larijani", "Lavrov", "Rubio", "Yi", "Fidan", "Shaibani", "Saar", "Barrot", "Baerbock", "Thani",
            "Farhan", "Abdelatty", "Jaishankar", "Kamikawa", "Sybiha", "Lammy", "Hussein", "Dar", "Vieira",
            "Busaidi", "Araghchi", "Lavrentiev", "Ulyanov", "Nebenzia", "Khamenei"]
ROLES = ["foreign minister", "deputy foreign minister", "envoy", "ambassador to the UN", "national security adviser"]
OUTLETS = ["Reuters", "AP", "AFP", "Tasnim", "TASS", "Al Jazeera", "BBC", "Asharq Al-Awsat", "IRNA", None]
CERTAINTIES = ["asserted", "asserted", "reported", "reported", "speculated", "hypothetical", "denied"]


def person_pool(rng: random.Random, n: int = 160) -> list[tuple[str, str, str]]:
    """(full name, country, role) for n distinct synthetic officials."""
    out, seen = [], set()
    while len(out) < n:
        name = f"{rng.choice(GIVEN)} {rng.choice(SURNAMES)}{'' if rng.random() < 0.5 else 'ov'}"
        c = rng.choice(COUNTRIES)[1]
        if (name, c) in seen:
            continue
        seen.add((name, c))
        out.append((name, c, rng.choice(ROLES)))
    return out


def make_articles(n: int, seed: int = 1, start: date = date(2024, 1, 1), days: int = 540) -> list[ExtractedArticle]:
    """``n`` articles with 3-7 actors, 2-6 events and 0-3 quotes each, spans pointing into their text."""
    rng = random.Random(seed)
    people = person_pool(rng)
    arts = []
    for i in range(n):
        pub = start + timedelta(days=rng.randrange(days))
        parts: list[str] = []

        def add(s: str, parts: list[str] = parts) -> tuple[int, int]:
            begin = sum(len(p) for p in parts)
            parts.append(s)
            return begin, begin + len(s)

        actors: list[Actor] = []
        for country, code in rng.sample(COUNTRIES, rng.randint(2, 4)):
            a = Actor(id=f"a{len(actors)}", name=country, kind="country", country=code)
            a.mentions.append(add(country))
            add(" and ")
            actors.append(a)
        for name, code, role in rng.sample(people, rng.randint(1, 3)):
            a = Actor(id=f"a{len(actors)}", name=name, kind="person", country=code, roles=[role])
            a.mentions.append(add(name))
            add(f", {role}, said. ")
            actors.append(a)
        add("\n")
        events = []
        for j in range(rng.randint(2, 6)):
            s, t = rng.sample(actors, 2)
            typ = rng.choice(PLOVER_TYPES)
            sentence = f"{s.name} {typ.lower()}ed {t.name} on day {j}."
            span = add(sentence + " ")
            d = pub - timedelta(days=rng.randint(0, 3)) if rng.random() < 0.8 else None
            events.append(Event(id=f"e{j}", type=typ, sentence=sentence, span=(span[0], span[0] + len(sentence)),
                                source=s.id, target=t.id, date=d.isoformat() if d else None,
                                certainty=rng.choice(CERTAINTIES), location=rng.choice([None, None, "Tehran", "Doha"]),
                                rule="synthetic#1"))
        quotes = []
        for k in range(rng.randint(0, 3)):
            speaker = rng.choice([a for a in actors if a.kind == "person"])
            text = f"We will continue talks number {k}"
            span = add(f'"{text}," {speaker.name} said. ')
            quotes.append(Quote(id=f"q{k}", text=text, direct=True, span=(span[0] + 1, span[0] + 1 + len(text)),
                                speaker=speaker.id))
        text = "".join(parts) + f"(synthetic article {seed}-{i})"
        arts.append(ExtractedArticle(id=f"syn-{seed}-{i}", text=text, title=f"Synthetic {i}",
                                     published=pub.isoformat(), outlet=rng.choice(OUTLETS),
                                     actors=actors, events=events, quotes=quotes))
    return arts


def test_generated_records_honour_the_contract() -> None:
    arts = make_articles(50)
    assert len({a.text for a in arts}) == 50
    for art in arts:
        ids = {a.id for a in art.actors}
        for a in art.actors:
            for s, e in a.mentions:
                assert art.text[s:e] == a.name
        for ev in art.events:
            assert ev.source in ids and ev.target in ids
            assert art.text[ev.span[0]:ev.span[1]] == ev.sentence
        for q in art.quotes:
            assert art.text[q.span[0]:q.span[1]] == q.text
        assert ExtractedArticle.from_dict(art.to_dict()) == art
