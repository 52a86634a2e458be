"""Cross-article actor resolution and event dedup, on hand-made records."""

from __future__ import annotations

from datetime import date

import pytest

from dragoman.model import Actor, Event
from dragoman.store.merge import ActorIndex, AliasRules, EventIndex, surnames_match


def person(i: str, name: str, country: str | None, roles: list[str] | None = None, **kw: object) -> Actor:
    return Actor(id=i, name=name, kind="person", country=country, roles=roles or [], **kw)


D1, D2 = date(2025, 2, 28), date(2025, 10, 22)


@pytest.mark.parametrize(("a", "b", "same"), [
    ("Araghchi", "Araqchi", True), ("Lavrentiev", "Lavrentyev", True), ("Larijani", "Laridjani", True),
    ("Lavrov", "Lavrentiev", False), ("Rubio", "Rubin", False), ("Khamenei", "Khatami", False),
])
def test_surname_spelling_variants(a: str, b: str, same: bool) -> None:
    assert surnames_match(a.lower(), b.lower()) is same


def test_spelling_variants_of_one_person_merge_across_articles() -> None:
    idx = ActorIndex()
    a = idx.resolve(person("x", "Abbas Araghchi", "IRN", ["foreign minister"]), "art1", D1)
    b = idx.resolve(person("y", "Abbas Araqchi", "IRN"), "art2", D2)
    c = idx.resolve(person("z", "Alexander Lavrentiev", "RUS"), "art1", D1)
    d = idx.resolve(person("w", "Alexander Lavrentyev", None), "art2", D2)
    assert a == b and c == d and a != c
    assert "abbas araqchi" in idx.by_id[a].aliases


def test_different_people_sharing_a_surname_stay_apart() -> None:
    idx = ActorIndex()
    ali = idx.resolve(person("x", "Ali Larijani", "IRN", ["Secretary of the SNSC"]), "a1", D1)
    sadegh = idx.resolve(person("y", "Sadegh Larijani", "IRN", ["head of the judiciary"]), "a2", D1)
    lavrov = idx.resolve(person("z", "Sergei Lavrov", "RUS"), "a3", D1)
    lavrentiev = idx.resolve(person("w", "Alexander Lavrentiev", "RUS"), "a3", D1)
    assert ali != sadegh and lavrov != lavrentiev


def test_bare_surname_joins_the_full_name_of_the_same_country_and_roles_keep_dates() -> None:
    idx = ActorIndex()
    full = idx.resolve(person("x", "Ali Larijani", "IRN", ["former Parliament Speaker"]), "a1", D1)
    bare = idx.resolve(person("y", "Larijani", "IRN", ["Secretary of the Supreme National Security Council"]),
                       "a2", D2)
    other_country = idx.resolve(person("z", "Larijani", "USA"), "a3", D2)
    assert bare == full and other_country != full
    roles = idx.by_id[full].roles
    assert roles["former Parliament Speaker"][:3] == [D1, D1, 1]
    assert roles["Secretary of the Supreme National Security Council"][:3] == [D2, D2, 1]


def test_states_merge_by_country_code_and_dictionary_ids_win() -> None:
    idx = ActorIndex()
    a = idx.resolve(Actor("1", "Russia", "country", "RUS"), "a1", D1)
    b = idx.resolve(Actor("2", "Russian Federation", "country", "RUS"), "a2", D2)
    c = idx.resolve(person("3", "S. Lavrov", "RUS", dictionary_id="sergei-lavrov"), "a1", D1)
    d = idx.resolve(person("4", "Sergey Lavrov", None, dictionary_id="sergei-lavrov"), "a2", D2)
    assert a == b and c == d


def test_anonymous_sources_never_merge_across_articles() -> None:
    idx = ActorIndex()
    src = dict(name="Russian diplomatic source", kind="person", country="RUS", anonymous=True)
    a = idx.resolve(Actor("s", **src), "a1", D1)
    b = idx.resolve(Actor("s", **src), "a2", D1)
    assert a != b
    assert idx.resolve(Actor("s", **src), "a1", D1) == a  # the same article's actor is stable


def test_user_rules_force_and_veto_merges() -> None:
    rules = AliasRules(merge=[["Abbas Araghchi", "Seyed Abbas Araghchi"]],
                       never_merge=[["Alexander Lavrentiev", "Alexander Lavrentyev"]])
    idx = ActorIndex(rules)
    a = idx.resolve(person("1", "Abbas Araghchi", "IRN"), "a1", D1)
    b = idx.resolve(person("2", "Seyed Abbas Araghchi", None), "a2", D1)
    c = idx.resolve(person("3", "Alexander Lavrentiev", "RUS"), "a1", D1)
    d = idx.resolve(person("4", "Alexander Lavrentyev", "RUS"), "a2", D1)
    assert a == b and c != d


def test_alias_rules_round_trip_and_split_removes_merge(tmp_path) -> None:
    p = tmp_path / "aliases.yaml"
    r = AliasRules()
    r.add_merge("A One", "A Two")
    r.save(p)
    r2 = AliasRules.load(p)
    assert r2.merge == [["A One", "A Two"]]
    r2.add_split("A Two", "A One")
    assert r2.merge == [] and r2.never_merge == [["A Two", "A One"]]
    p.write_text("merge: notalist\n")
    with pytest.raises(ValueError, match="merge"):
        AliasRules.load(p)


def ev(i: str, typ: str, d: str | None, loc: str | None = None) -> Event:
    return Event(id=i, type=typ, sentence="s", span=(0, 1), date=d, location=loc)


def test_event_dedup_rules() -> None:
    idx = EventIndex()
    first = idx.resolve(ev("e1", "CONSULT", "2025-10-21", "Tehran"), "A", "B", "a1", "Reuters", D2)
    # symmetric type, reversed dyad, one day later, no place given: same event
    assert idx.resolve(ev("e1", "CONSULT", "2025-10-22"), "B", "A", "a2", "TASS", D2) == first
    # three days later: another meeting
    assert idx.resolve(ev("e2", "CONSULT", "2025-10-25"), "A", "B", "a2", "TASS", D2) != first
    # different place: another meeting
    assert idx.resolve(ev("e3", "CONSULT", "2025-10-21", "Moscow"), "A", "B", "a3", "AP", D2) != first
    # directed type: reversed dyad is a different event
    t1 = idx.resolve(ev("e4", "THREATEN", "2025-10-21"), "A", "B", "a1", "AP", D2)
    assert idx.resolve(ev("e5", "THREATEN", "2025-10-21"), "B", "A", "a1", "AP", D2) != t1
    # both undated: compared by publication date
    u = idx.resolve(ev("e6", "ACCUSE", None), "A", "B", "a1", "AP", date(2025, 1, 1))
    assert idx.resolve(ev("e6", "ACCUSE", None), "A", "B", "a4", "BBC", date(2025, 1, 2)) == u
    assert idx.resolve(ev("e6", "ACCUSE", None), "A", "B", "a5", "BBC", date(2025, 3, 1)) != u
    e = idx.by_id[first]
    assert (e.n_articles, e.n_outlets, e.location) == (2, 2, "Tehran")
