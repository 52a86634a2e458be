"""Rules of the fourteenth session, each on sentences of our own (not the gold sentences it was found on).

Each case: (text, dyads that must be coded, dyads that must not be). A dyad is (PLOVER type, source
country, target country), as `coding_helpers.dyads` gives it. docs/coding.md, "Whose people: the
state of unnamed fighters, peoples and rebels (fourteenth session)", says why each rule holds.
"""

from __future__ import annotations

import pytest

from coding_helpers import dyads, run

CASES = [
    # the dateline's city named again in the story is not the dateline: the home state still counts
    ("KANDAHAR, Afghanistan (AP) - Afghan troops attacked militants in the hills above Kandahar on Sunday.",
     {("ASSAULT", "AFG", "AFG")}, {("ASSAULT", "AFG", None)}),
    # a singular modifier names such people too ("insurgent hideouts", "rebel positions")
    ("KABUL (Reuters) - Afghan helicopters struck insurgent hideouts overnight, and Afghanistan vowed more raids.",
     {("ASSAULT", "AFG", "AFG")}, {("ASSAULT", "AFG", None)}),
    # "in Colombia's Cauca province": a place noun owned by a state is in that state
    ("Rebels attacked a police post in Colombia's Cauca province on Tuesday.",
     {("ASSAULT", "COL", "COL")}, {("ASSAULT", None, "COL")}),
    # soldiers of no stated state are of where they act, not of where they fly someone into exile
    ("Soldiers arrested Prime Minister Amadou Diallo at dawn in Conakry and flew him into exile in Senegal.",
     {("COERCE", "GIN", "GIN")}, {("COERCE", "SEN", "GIN")}),
    # a name hung on "persona non grata" keeps its title and state
    ("Ecuador declared British Ambassador Jane Smith persona non grata on Tuesday.",
     {("SANCTION", "ECU", "GBR")}, {("SANCTION", "ECU", None)}),
    # armed movements of the archives carry the state where they fight
    ("Shining Path guerrillas ambushed a Peruvian army patrol in the Andes on Sunday.",
     {("ASSAULT", "PER", "PER")}, {("ASSAULT", None, "PER")}),
    # "ordered X to leave Y, accusing them of...": whom the order is given, not the place they leave
    ("Eritrea ordered three American charities to leave Asmara on Monday, accusing them of spying.",
     {("ACCUSE", "ERI", "USA")}, {("ACCUSE", "ERI", "ERI")}),
    # a vow to wage war against X threatens X
    ("Nigeria's president vowed on Monday to wage all-out war against Boko Haram.",
     {("THREATEN", "NGA", "NGA")}, {("THREATEN", "NGA", None)}),
    # "in a telephone conversation with X": the call is with X
    ("Turkish President Recep Tayyip Erdogan discussed Syria in a telephone conversation with his Iranian "
     "counterpart Masoud Pezeshkian on Sunday.", {("CONSULT", "TUR", "IRN")}, {("CONSULT", "TUR", None)}),
    # "met two EU envoys": a plural noun the tagger read as a verb is the object
    ("Kenyan President William Ruto met two EU envoys in Nairobi on Monday.",
     {("CONSULT", "KEN", "EUR")}, {("CONSULT", "KEN", None)}),
    # a call to stop the fighting in a state, with no party named, is put to that state
    ("France called for an end to the fighting in Libya on Tuesday.",
     {("REQUEST", "FRA", "LBY")}, {("REQUEST", "FRA", None)}),
    # "pushed into Tigray, fighting forces loyal to the TPLF": whom the push fights, and whose forces
    ("Ethiopian troops pushed into Tigray on Friday, fighting forces loyal to the TPLF.",
     {("ASSAULT", "ETH", "ETH")}, {("ASSAULT", "ETH", None)}),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), CASES, ids=[t[:40] for t, _, _ in CASES])
def test_fourteenth_session_rules(text: str, wanted: set, unwanted: set) -> None:
    got = dyads(run(text))
    assert wanted <= got and not (unwanted & got), got


def _country(text: str, name: str) -> str | None:
    r = run(text)
    found = [a for a in r.actors if a.name.lower() == name.lower()]
    assert found, r.actors
    return found[0].country


def test_where_people_go_is_not_where_they_are() -> None:
    """"appealed to Paris for help to halt the rebels' advance": Paris is whom the appeal goes to, and a
    noun "advance" (or "push") moves no one over a border."""
    assert _country("Chad's president appealed to Paris on Monday for help to halt the rebels' advance, "
                    "as fighting spread across eastern Chad.", "rebels") == "TCD"


def test_foreign_workers_are_not_the_home_states() -> None:
    """"Foreign aid workers" under a KIGALI dateline are not Rwanda's people."""
    assert _country("KIGALI (Reuters) - Foreign aid workers said Rwanda had closed the camp.",
                    "Foreign aid workers") is None


def test_people_and_named_rebels_are_of_where_they_are() -> None:
    """A people ("ethnic Albanians") and a named body of rebels ("Tupac Amaru rebels") of no state by
    their name are of the state where they are."""
    assert _country("SKOPJE (Reuters) - Macedonian police arrested ethnic Albanians in Tetovo on Sunday, "
                    "and Macedonia said more arrests would follow.", "ethnic Albanians") == "MKD"
    assert _country("Zapatista rebels blocked roads in Mexico's Chiapas state on Monday.",
                    "Zapatista rebels") == "MEX"


def test_rebel_groups_are_local_people() -> None:
    """"two smaller rebel groups", "armed groups": a body of such people is of where it is."""
    assert _country("Armed groups attacked a police station in Nigeria's Zamfara state.",
                    "Armed groups") == "NGA"


def _codes(text: str) -> set[tuple[str, str | None, str | None]]:
    return {(e.type, e.mode, e.cameo) for e in run(text).events}


@pytest.mark.parametrize(("text", "code"), [
    # many non-combatants killed, or a massacre: mass killings (202), whatever the weapon
    ("Suspected jihadists killed at least 160 people in an overnight raid on a village in northern Niger.", "202"),
    ("Government troops massacred 40 villagers in the south, a rights group said.", "202"),
    ("More than 300 civilians were killed by rebels who attacked a camp for displaced people.", "202"),
    # a chemical attack is a use of weapons of mass destruction (2041)
    ("Syrian government forces killed dozens of people in a chemical attack on a town near Idlib.", "2041"),
    # an assault that takes hostages is a hostage-taking (181)
    ("Gunmen stormed a hotel in Niamey on Friday and took some 80 guests and staff hostage.", "181"),
    # the killing of a named person is an assassination (186)
    ("Former Prime Minister Ahmed Bakr was shot dead by a gunman outside his home on Tuesday.", "186"),
])
def test_unconventional_and_mass_violence(text: str, code: str) -> None:
    assert code in {c for _, _, c in _codes(text)}, _codes(text)


@pytest.mark.parametrize("text", [
    "Soldiers killed 12 rebels in a clash near the border on Monday.",  # fighters in battle: no mass killing
    "The United States fired missiles at Syrian chemical weapons facilities on Saturday.",  # what is struck
    "A truck bomb killed at least 60 people in Kabul on Saturday.",  # a bombing under the mass-killing count
])
def test_not_mass_violence(text: str) -> None:
    assert not {c for _, _, c in _codes(text) if c and c.startswith("20")}, _codes(text)


def test_bodies_of_local_people_and_home_coercion_beside_another_clause() -> None:
    """"opposition leaders" are local people; a state that strips its priests of citizenship acts at
    home even when a clause of its own names other states ("as US and EU widen sanctions")."""
    assert _country("Georgian police detained three opposition leaders in Tbilisi on Saturday.",
                    "opposition leaders") == "GEO"
    got = dyads(run("Nicaragua strips priests of citizenship as US and EU widen sanctions"))
    assert ("COERCE", "NIC", "NIC") in got, got


@pytest.mark.parametrize(("text", "repressed"), [
    ("Police opened fire on anti-government protesters in the capital on Thursday, killing at least 20 people.", True),
    ("Security forces shot dead 30 people as they cracked down on protests across the country on Saturday.", True),
    ("Israeli troops opened fire on Hamas fighters near Rafah on Monday.", False),
])
def test_forces_firing_on_protesters_is_violent_repression(text: str, repressed: bool) -> None:
    """A state's forces firing on a crowd that protests is CAMEO 175 (violent repression), still ASSAULT."""
    codes = {c for t, _, c in _codes(text) if t == "ASSAULT"}
    assert ("175" in codes) == repressed, codes


def test_a_blow_promised_on_a_condition_is_a_threat() -> None:
    """"If Japan intervenes, China will deliver a head-on blow": a threat to whom the condition is put."""
    got = dyads(run('"If Japan dares to intervene militarily in the Taiwan Strait, China will deliver a head-on '
                    'blow," the spokesman said.'))
    assert ("THREATEN", "CHN", "JPN") in got, got


def test_a_rejected_resolution_or_decision_answers_its_author() -> None:
    """"Iran rejected the resolution": the body that adopted it the sentence before; "rejected the
    decision": the state that imposed it."""
    r = run("The U.N. Security Council adopted a resolution on Thursday demanding that Iran halt "
            "enrichment.\n\nIran rejected the resolution on Friday, calling it illegal.")
    rejected = {r.actor(e.target).name for e in r.events if e.type == "REJECT" and e.target}
    assert rejected == {"UN Security Council"}, r.events
    r = run("The EU imposed visa restrictions on Georgian officials on Monday.\n\nGeorgia rejected the decision.")
    assert ("REJECT", "GEO", "EUR") in dyads(r), dyads(r)


def test_it_is_no_plural_group() -> None:
    """"..., diplomats said. It calls on Iran to report": "it" is not the diplomats."""
    r = run("The resolution was drafted by France, Britain and Germany, diplomats said. It calls on Iran to "
            "report on its stockpile.")
    assert not [e for e in r.events if e.source and r.actor(e.source).name == "diplomats"], r.events


@pytest.mark.parametrize(("text", "name", "country"), [
    # a border guard named with no state under a dateline is the dateline state's
    ("WARSAW (Reuters) - The Border Guard said it had recorded 230 attempts to cross the border and accused "
     "Belarusian officers of escorting migrants.", "Border Guard", "POL"),
    # "Its State Border Committee": the body of the state just named
    ("Belarus denied the claims. Its State Border Committee accused Warsaw of staging a provocation.",
     "State Border Committee", "BLR"),
    # "a Guayaquil-based group": the state of the city the body is based in
    ("The Permanent Committee for the Defence of Human Rights, a Guayaquil-based group, accused police of "
     "beating detainees.", "Permanent Committee", "ECU"),
])
def test_bodies_of_a_state_by_dateline_pronoun_or_base(text: str, name: str, country: str) -> None:
    assert _country(text, name) == country


def test_talks_a_speaker_comes_from_are_news() -> None:
    """"X, speaking after talks with his Somali counterpart, said...": the talks are this story's, held by X."""
    got = dyads(run("Egyptian Foreign Minister Badr Abdelatty, speaking after talks with his Somali counterpart "
                    "in Cairo, said Egypt would send troops."))
    assert ("CONSULT", "EGY", "SOM") in got, got


def test_a_crowd_protests_against_its_own_state() -> None:
    """A protest aimed at no one named, by a crowd of one state, is aimed at that state; not where the
    sentence names another state ("prisoners in Israeli jails")."""
    got = dyads(run("TBILISI (Reuters) - Georgia's parliament passed the law on Monday. Thousands of protesters "
                    "marched again on Rustaveli Avenue on Monday night."))
    assert ("PROTEST", "GEO", "GEO") in got, got
    got = dyads(run("More than 1,000 Palestinian prisoners in Israeli jails began a hunger strike on Monday."))
    assert ("PROTEST", "PSE", "PSE") not in got, got


def test_a_region_acting_is_of_its_state() -> None:
    """"Tigray's leaders": a region of the gazetteer that NER took for a person acts for its region, of
    its state."""
    got = dyads(run("Ethiopia's federal government and Tigray's leaders signed an agreement on Wednesday."))
    assert ("AGREE", "ETH", "ETH") in got, got


def test_military_ranks_and_regional_outlets() -> None:
    """"Captain Ibrahim Traore": the rank is no part of the name, so the dictionary's person is found;
    regional outlets carry their state (Rudaw, the Ethiopian Broadcasting Corporation)."""
    r = run("Captain Ibrahim Traore accused Ivory Coast of harbouring rebels. Rudaw and EBC reported the clashes.")
    names = {a.name: a.country for a in r.actors}
    assert names.get("Ibrahim Traoré") == "BFA" and names.get("Rudaw") == "IRQ", names
    assert names.get("Ethiopian Broadcasting Corporation") == "ETH", names


def test_two_people_named_here_are_no_pair_named_before() -> None:
    """"jailed two opposition leaders": people named here; "the two leaders" is the pair named before."""
    got = dyads(run("TBILISI (Reuters) - Georgia jailed two opposition leaders on Monday."))
    assert ("COERCE", "GEO", "GEO") in got, got
    got = dyads(run("Putin met Xi in Moscow, and the two leaders signed a deal."))
    assert ("AGREE", "CHN", "RUS") in got or ("AGREE", "RUS", "CHN") in got, got


def test_a_short_quoted_verdict_is_the_speakers_words() -> None:
    """'called the attack "a flagrant violation"': a quoted verdict of two words or more is a quote of the
    one who judges; a two-word scare quote with no verb of judging stays none."""
    r = run('Government spokesman Patrick Muyaya called the attack "a flagrant violation" of Congo\'s sovereignty.')
    assert [(r.actor(q.speaker).name, q.text) for q in r.quotes if q.speaker] == [
        ("Patrick Muyaya", "a flagrant violation")], r.quotes
    assert not run('The so-called "maximum pressure" campaign continued on Monday.').quotes
