"""Rules of the fifteenth session (CAMEO codes of statements and agreements), each on sentences of
our own, not the gold sentences they were found on. docs/coding.md, "CAMEO codes of statements and
agreements reached (fifteenth session)", says why each rule holds.
"""

from __future__ import annotations

import pytest

from coding_helpers import country, run


def _coded(text: str) -> set[tuple[str, str | None, str | None, str | None]]:
    """(PLOVER type, CAMEO code, source country, target country) of each asserted event."""
    r = run(text)
    return {(e.type, e.cameo, country(r, e.source), country(r, e.target)) for e in r.events
            if e.certainty != "denied" and not e.negated}


#: (text, (PLOVER type, CAMEO code, source country, target country) that must be coded)
CAMEO_CASES = [
    # condolences are CAMEO's empathetic comment (018), coded SUPPORT as solidarity is
    ("Egyptian President Abdel Fattah al-Sisi offered his condolences to the people of Morocco on Saturday "
     "after the earthquake.", ("SUPPORT", "018", "EGY", "MAR")),
    ("Japanese Prime Minister Shigeru Ishiba sent a message of condolence to Turkish President Recep Tayyip "
     "Erdogan over the mine disaster.", ("SUPPORT", "018", "JPN", "TUR")),
    ("Brazil's president expressed deep sympathy to the Chilean people over the wildfires.",
     ("SUPPORT", "018", "BRA", "CHL")),
    # a charge rejected is a denial of responsibility (016), still PLOVER REJECT
    ("Belgrade on Monday rejected the allegations by Kosovo as lies.", ("REJECT", "016", "SRB", "XKX")),
    ("Uganda accused Kenya of arming rebels in the east, a charge Nairobi denied on Tuesday.",
     ("REJECT", "016", "KEN", "UGA")),
    # denying any part in an act is a denial of responsibility towards whom the act hit
    ("Serbia denied any role in the attack on the Kosovo police post near Banjska.",
     ("REJECT", "016", "SRB", "XKX")),
]


@pytest.mark.parametrize(("text", "wanted"), CAMEO_CASES, ids=[t[:40] for t, _ in CAMEO_CASES])
def test_cameo_codes_of_statements(text: str, wanted: tuple) -> None:
    assert wanted in _coded(text), _coded(text)


def test_an_emperor_is_of_his_state() -> None:
    """"Japanese Emperor Naruhito": the title ends the name and the demonym gives the state."""
    r = run("The Indian president sent a message of condolence to Japanese Emperor Naruhito on Monday.")
    assert ("SUPPORT", "018", "IND", "JPN") in _coded(r.text)
    assert any(a.name == "Naruhito" and a.country == "JPN" for a in r.actors), r.actors


@pytest.mark.parametrize(("text", "code"), [
    # an agreement reached is a deal concluded (057), not an intent to cooperate (030)
    ("Armenia and Azerbaijan reached a peace accord in Abu Dhabi on Friday after months of talks.", "057"),
    ("Peru and Ecuador agreed on a framework for demarcating their border on Tuesday.", "057"),
    # a ceasefire agreed is a truce declared (0871); PLOVER keeps AGREE
    ("Thailand and Cambodia agreed to an immediate truce on Monday after five days of fighting.", "0871"),
])
def test_agreements_reached(text: str, code: str) -> None:
    assert any(t == "AGREE" and c == code for t, c, _, _ in _coded(text)), _coded(text)


@pytest.mark.parametrize("text", [
    # a promise or a refusal of a deal is no deal reached
    "Armenia said it would agree to a peace accord if Azerbaijan withdrew its troops.",
    "Peru pledged to sign a framework for demarcating the border with Ecuador.",
])
def test_agreements_promised_are_intents(text: str) -> None:
    assert not {c for _, c, _, _ in _coded(text) if c in ("057", "0871")}, _coded(text)


def test_a_rejected_demand_stays_a_rejection() -> None:
    """"a demand the alliance rejected" refuses a demand (120), it denies no charge."""
    got = _coded("Moscow demanded that NATO pull its troops out of Romania, a demand the alliance rejected.")
    assert any(t == "REJECT" and c == "120" for t, c, _, _ in got) and not any(c == "016" for _, c, _, _ in got), got


@pytest.mark.parametrize("text", [
    # a mood about what another will do is a forecast, not an event
    "The UN envoy said he was cautiously optimistic that Sudan's warring parties would attend talks in Jeddah.",
    "The Norwegian mediator said she was hopeful the two sides would agree to resume negotiations.",
])
def test_optimism_about_others_is_no_event(text: str) -> None:
    assert not _coded(text), _coded(text)


@pytest.mark.parametrize(("text", "assassination"), [
    # a state's forces killing an enemy leader fight (19); an assassin's killing is CAMEO 186
    ("Turkish forces killed senior PKK commander Murat Karayilan in an air strike in northern Iraq on Monday.", False),
    ("Gunmen killed opposition leader Chokri Belaid outside his home in Tunis on Wednesday.", True),
])
def test_a_state_killing_an_enemy_leader_fights(text: str, assassination: bool) -> None:
    codes = {c for t, c, _, _ in _coded(text) if t == "ASSAULT"}
    assert codes and ("186" in codes) == assassination, codes


@pytest.mark.parametrize(("text", "wanted"), [
    # arms destroyed in a fight are force used (ASSAULT, 19), not property ruined (COERCE 171)
    ("Turkish drones destroyed three Syrian army tanks near Saraqeb on Sunday.", ("ASSAULT", "TUR", "SYR")),
    ("Kyiv said its forces had destroyed two Russian air defence systems in Crimea.", ("ASSAULT", "UKR", "RUS")),
])
def test_arms_destroyed_are_force(text: str, wanted: tuple) -> None:
    got = {(t, s, g) for t, _, s, g in _coded(text)}
    assert wanted in got and ("COERCE", wanted[1], wanted[2]) not in got, got


@pytest.mark.parametrize(("text", "target"), [
    # an inquiry into acts names whose acts they are: the investigation is aimed at the doer
    ("The U.N. rights council voted on Monday to open an inquiry into alleged abuses committed by Ethiopian "
     "forces in Tigray.", "ETH"),
    ("Spain's national court opened an investigation into torture allegedly carried out by Moroccan police.", "MAR"),
    ("The ICC prosecutor said he would investigate alleged war crimes by Israeli forces in Gaza.", "ISR"),
])
def test_an_inquiry_into_acts_targets_their_doer(text: str, target: str) -> None:
    got = {(t, g) for t, _, _, g in _coded(text)}
    assert ("ACCUSE", target) in got, got


@pytest.mark.parametrize(("text", "threat"), [
    # "warned it would be forced to take steps if X joined": a threat to the named party of the condition
    ("Belarus warned on Monday that it would be forced to take countermeasures if Poland deployed more troops "
     "to the border.", ("THREATEN", "BLR", "POL")),
    # a body that would be forced to cut its work if money does not come threatens no one
    ("The UN refugee agency warned it would be forced to close camps in Kenya unless donors paid what they "
     "had pledged.", None),
    # "warned that the strikes would continue", after its own state's strikes: a threat of more
    ("Israeli jets bombed Hezbollah positions in southern Lebanon on Sunday. Defence Minister Israel Katz "
     "warned that the attacks would continue.", ("THREATEN", "ISR", "LBN")),
    # a third party's forecast of the same is no threat
    ("Israeli jets bombed Hezbollah positions in southern Lebanon on Sunday. A UN spokesman warned that the "
     "attacks would continue.", None),
])
def test_warnings_about_ones_own_acts(text: str, threat: tuple | None) -> None:
    got = {(t, s, g) for t, _, s, g in _coded(text)}
    assert (threat in got) if threat else not any(t == "THREATEN" for t, _, _ in got), got


#: (text, (PLOVER type, source country, target country) that must be coded)
DYAD_CASES = [
    # a charge set off by a comma after an order is the subject's own act, not what is ordered
    ("Ecuador's president ordered the Colombian ambassador to leave Quito on Friday, accusing Bogota of "
     "violating Ecuadorean airspace.", ("ACCUSE", "ECU", "COL")),
    # "the rebels" after a named armed group is that group, even with the charge's "of" on it
    ("Manila pulled out of a truce with the Moro Islamic Liberation Front, accusing the rebels of attacking "
     "army posts in Mindanao.", ("ACCUSE", "PHL", "PHL")),
    # agents of a foreign agency ordered out are expelled
    ("Caracas ordered agents of the U.S. Drug Enforcement Administration to leave Venezuela within 72 hours.",
     ("SANCTION", "VEN", "USA")),
    # "were killed in a clash with X": the other side of the fight did it
    ("Nine Indian soldiers were killed in a clash with Chinese troops in the Galwan Valley on Monday.",
     ("ASSAULT", "CHN", "IND")),
    # a side of no known state does not keep the named side from its dyad
    ("Six Malian soldiers were killed in fighting with JNIM militants and an allied armed group near Mopti.",
     ("ASSAULT", "MLI", "MLI")),
    # a response promised to acts is a threat to whoever does them
    ("Seoul will respond sternly to any North Korean provocation, the defence minister said.",
     ("THREATEN", "KOR", "PRK")),
    ("Tehran would give a crushing response to any attack by Israel, the Revolutionary Guards said.",
     ("THREATEN", "IRN", "ISR")),
]


@pytest.mark.parametrize(("text", "wanted"), DYAD_CASES, ids=[t[:40] for t, _ in DYAD_CASES])
def test_dyads_coded(text: str, wanted: tuple) -> None:
    got = {(t, s, g) for t, _, s, g in _coded(text)}
    assert wanted in got, got


def test_a_bomb_maker_is_no_bombing() -> None:
    """The first part of a hyphened word names no weapon used: "a raid to capture a bomb-maker"."""
    got = {c for t, c, _, _ in _coded("Three Kenyan police officers were killed in a gunfight with al Shabaab "
                                       "fighters during a raid to capture a bomb-maker in Lamu.") if t == "ASSAULT"}
    assert got and not any(c.startswith("183") for c in got), got


@pytest.mark.parametrize(("text", "wanted"), [
    # an envoy summoned is the target, not the ministry he is summoned to
    ("Lithuania's foreign minister summoned Belarus's charge d'affaires to the ministry on Tuesday to lodge a "
     "protest over the balloons.", ("ACCUSE", "LTU", "BLR")),
])
def test_the_envoy_summoned_is_the_target(text: str, wanted: tuple) -> None:
    got = {(t, s, g) for t, _, s, g in _coded(text)}
    assert wanted in got and not any(t == "ACCUSE" and g is None for t, s, g in got), got


def test_requests_for_comment_are_no_demand() -> None:
    """"did not respond to Reuters' requests for comment": a reporter's question, no REQUEST."""
    assert not any(t == "REQUEST" for t, _, _, _ in _coded(
        "The Ugandan army did not respond to Reuters' requests for comment on Tuesday."))


@pytest.mark.parametrize(("text", "helped"), [
    # help named by its giver names no one helped: the one helped is in "to X", or the dative
    ("The AU chairperson offered AU mediation to Ethiopia on Thursday.", "Ethiopia"),
    ("World Bank President Ajay Banga offered the bank's help on Tuesday.", None),
    ("Qatar offered Lebanon help after the port blast.", "Lebanon"),
])
def test_help_named_by_its_giver(text: str, helped: str | None) -> None:
    r = run(text)
    targets = {r.actor(e.target).name if e.target else None for e in r.events if e.type == "AGREE"}
    assert targets == {helped}, targets


def test_a_response_given_is_no_threat() -> None:
    """"responded to questions" in the past is no threat."""
    assert not any(t == "THREATEN" for t, _, _, _ in _coded(
        "The Kenyan foreign minister responded to questions from reporters in Nairobi on Monday."))


def test_government_forces_are_of_the_state_where_they_are() -> None:
    r = run("Government troops retook the town of Bentiu in South Sudan's Unity state from rebels on Monday.")
    assert any(a.name.lower() == "government troops" and a.country == "SSD" for a in r.actors), r.actors


def test_a_refusal_of_the_last_move_answers_its_author() -> None:
    """"Iran rejected the resolution as politically motivated": the resolution passed before is the IAEA's
    (the parser's "motivated" after the noun names no owner); a communique and objections are answered too."""
    r = run("The IAEA Board of Governors passed a resolution on Thursday censuring Iran for failing to cooperate "
            "with inspectors. Iran rejected the resolution as politically motivated.")
    assert any(e.type == "REJECT" and e.target and r.actor(e.target).name == "International Atomic Energy Agency"
               for e in r.events), r.events
    r = run("The Maldives protested to Britain over the Chagos deal on Monday. Mauritius dismissed the objections.")
    assert any(e.type == "REJECT" and country(r, e.target) == "MDV" for e in r.events), r.events


def test_a_refusal_of_what_comes_from_someone() -> None:
    """"would not accept mediation from ECOWAS": the refusal is aimed at whom the offer comes from."""
    got = {(t, s, g) for t, _, s, g in _coded("Bamako said it would not accept mediation from Algeria.")}
    assert ("REJECT", "MLI", "DZA") in got, got


def test_an_official_of_a_states_body_is_of_that_state() -> None:
    """"a senior official of the Chinese embassy": the unnamed official is of the embassy's state."""
    r = run("Manila summoned a senior official of the Chinese embassy on Monday.")
    assert any(a.name == "senior official" and a.country == "CHN" for a in r.actors), r.actors


def test_a_bodys_compound_is_that_body() -> None:
    """"attacked the compound of the UN Mission in South Sudan": the mission is attacked, not the state."""
    r = run("Gunmen attacked the compound of the UN Mission in South Sudan (UNMISS) in Malakal on Sunday.")
    assert any(e.type == "ASSAULT" and e.target and r.actor(e.target).country is None for e in r.events), r.events


def test_the_state_across_a_border_is_not_the_place() -> None:
    """"fired on a police patrol close to the border with Serbia": Serbia is across the border, not hit."""
    got = {(t, s, g) for t, _, s, g in _coded("Unidentified gunmen fired on a police patrol close to the border "
                                              "with Serbia on Sunday.")}
    assert not any(g == "SRB" for _, _, g in got), got
