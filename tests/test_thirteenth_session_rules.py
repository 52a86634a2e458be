"""Rules of the thirteenth session, each on sentences of our own (not the gold sentences it was found on).

Each case: (text, dyads that must be coded, dyads that must not be). A dyad is (PLOVER type, source
country, target country), as `coding_helpers.dyads` gives it. docs/coding.md, "Rules added from blind
sets CI and CK and blind articles 60 and 62 (thirteenth session)", says why each rule holds.
"""

from __future__ import annotations

import pytest

from coding_helpers import dyads, run
from dragoman.clean import dateline, strip_residue

CASES = [
    # "met with X and Y to discuss": the partners are the objects of "with", not a clause's subject
    ("Chinese Foreign Minister Wang Yi met on Monday with Indian Foreign Minister Subrahmanyam Jaishankar "
     "and Pakistani Foreign Minister Ishaq Dar to discuss the border.",
     {("CONSULT", "CHN", "IND"), ("CONSULT", "CHN", "PAK")}, {("CONSULT", "IND", "PAK")}),
    # "the Law Society of Kenya": a body named with its state is one actor of that state
    ("The Law Society of Kenya urged President William Ruto to release the detained activists.",
     {("REQUEST", "KEN", "KEN")}, {("REQUEST", None, "KEN")}),
    # mediators who propose a truce ask the parties for it; it is not their own truce
    ("Egypt and Qatar proposed a 60-day truce between Israel and Hezbollah.",
     {("REQUEST", "EGY", "ISR"), ("REQUEST", "QAT", "LBN")}, {("RETREAT", "EGY", "QAT"), ("RETREAT", "EGY", "ISR")}),
    # "X, who heads the Ukrainian government's office": the state of the body he heads
    ("Ivan Petrenko, who heads the Ukrainian government's Office for Crimea, accused Moscow of deporting children.",
     {("ACCUSE", "UKR", "RUS")}, {("ACCUSE", None, "RUS")}),
    # a flag waved is the marchers' cause; a flag burned is their target
    ("Thousands of protesters marched in Chisinau, waving EU and Moldovan flags.", set(), {("PROTEST", "MDA", "EUR")}),
    ("Protesters burned American flags outside the Swiss embassy in Tehran.", {("PROTEST", "IRN", "USA")}, set()),
    # "..., an allegation he denies": the one accused denies
    ("Indian officials accused Imran Khan of inciting violence, an allegation he denies.",
     {("ACCUSE", "IND", "PAK"), ("REJECT", "PAK", "IND")}, set()),
    # "the federal government" with no state is the dateline's
    ("ABUJA (Reuters) - The governor of Borno state urged the federal government to send more troops.",
     {("REQUEST", "NGA", "NGA")}, {("REQUEST", "NGA", None)}),
    # "condemned the arrests": whoever made the arrests, not whoever imposed a ban since
    ("Police in Minsk arrested five opposition activists on Monday. On Tuesday, Lithuania banned two Belarusian "
     "judges from entering the country. The EU condemned the arrests.",
     {("ACCUSE", "EUR", "BLR")}, {("ACCUSE", "EUR", "LTU")}),
    # people no dictionary knows, detained by a state's police at home, are of that state
    ("Belarusian police detained Anton Petrov and Maria Zhukova at their homes in Minsk.",
     {("COERCE", "BLR", "BLR")}, {("COERCE", "BLR", None)}),
    # a wish in a relative clause on a thing asks nothing of anyone
    ("The opposition accused the government of abandoning the European path most Georgians want.",
     set(), {("REQUEST", None, "EUR"), ("REQUEST", "GEO", "EUR")}),
    # who sparks protests does not protest
    ("Nigeria's government raised fuel prices on Monday, sparking protests in Lagos.",
     set(), {("PROTEST", "NGA", None), ("PROTEST", "NGA", "NGA")}),
    # an official with a bare title speaks for the state that is the subject before him in his sentence
    ("Iran denied any role in the attack, and a foreign ministry spokesman, Hossein Karimi, accused Israel "
     "of spreading lies.", {("ACCUSE", "IRN", "ISR")}, {("ACCUSE", None, "ISR")}),
    # "demanded that Athens hand over ...": the bare verb of a "that" clause, not a noun
    ("Ankara demanded that Athens hand over eight officers.", {("REQUEST", "TUR", "GRC")}, set()),
    # a threat with a condition is aimed at whom the condition is put to
    ("Turkey threatened to send migrants to Europe if the EU did not pay.", {("THREATEN", "TUR", "EUR")}, set()),
    ("Minsk threatened to halt the transit of Russian oil to Poland if the EU imposed new sanctions.",
     {("THREATEN", "BLR", "EUR")}, {("THREATEN", "BLR", "RUS")}),
    # "told X in a telephone call": a call with X
    ("Erdogan told Biden during a phone call that Turkey would not back down.", {("CONSULT", "TUR", "USA")}, set()),
    # a weapon's model is no actor
    ("Germany will send Leopard 2 battle tanks to Ukraine, the government announced.", set(),
     {("AGREE", "DEU", None), ("AID", "DEU", None)}),
    # communities named with the state they live in
    ("The UN envoy urged the Bosnian Serbs to free the hostages.", {("REQUEST", None, "BIH")}, {("REQUEST", None, "SRB")}),
    # "urged President X to release ...": the one asked is named, whoever the captives are
    ("The Law Society of Kenya urged President William Ruto to free the detained lawyers.", {("REQUEST", "KEN", "KEN")}, set()),
    # a named person captured is arrested; a town captured is attacked
    ("Mexican marines captured cartel leader Ovidio Guzman in Culiacan.", {("COERCE", "MEX", None)},
     {("ASSAULT", "MEX", None)}),
    ("Rebels captured the town of Goma.", {("ASSAULT", None, "COD")}, {("COERCE", None, "COD")}),
    # a vow that names a hostile act to come is a threat; a vow of restraint is a promise
    ("A Hezbollah commander vowed that the group would keep firing rockets at Israeli towns.",
     {("THREATEN", "LBN", "ISR")}, {("AGREE", "LBN", "ISR")}),
    ("Ankara pledged that it would never attack Greek vessels.", {("AGREE", "TUR", "GRC")}, {("THREATEN", "TUR", "GRC")}),
    ("Iran pledged not to attack Saudi Arabia.", {("AGREE", "IRN", "SAU")}, {("THREATEN", "IRN", "SAU")}),
    ("Tokyo promised that it would protect Filipino fishermen.", {("AGREE", "JPN", "PHL")}, set()),
    # a body of a state addresses a bare body of its own state; a motion speaks for who passed it
    ("Kenya's parliament passed a motion urging the government to expel the ambassador.",
     {("REQUEST", "KEN", "KEN")}, {("REQUEST", None, "KEN")}),
    # whose proposal is rejected
    ("Tehran rejected a proposal of the European Union on enrichment.", {("REJECT", "IRN", "EUR")}, set()),
    # "told X in a phone call that ...": the clause is what was told, not a relative clause on the call
    ("Modi told Sharif in a phone call on Friday that India was ready to resume talks with Pakistan.",
     {("CONSULT", "IND", "PAK"), ("AGREE", "IND", "PAK")}, set()),
    # "Its spokesperson": the body just named speaks, not the dateline's state
    ("MANILA, Philippines (AP) - The China Coast Guard said it had driven away the vessel. Its spokesperson, "
     "Gan Yu, accused Manila of provocation.", {("ACCUSE", "CHN", "PHL")}, {("ACCUSE", "PHL", "PHL")}),
    # a call to halt attacks on civilians accuses no civilians
    ("The UN envoy called on the RSF to halt attacks on civilians in El Fasher.", set(), {("ACCUSE", None, "SDN")}),
    # who faces protests does not protest
    ("Analysts said Vucic, who has faced months of anti-government protests, may exploit the crisis.",
     set(), {("PROTEST", "SRB", None)}),
    # a siege is a blockade (191); riot police are no riot
    ("Riot police used tear gas to disperse protesters in Nairobi.", {("ASSAULT", "KEN", "KEN")}, {("PROTEST", "KEN", None)}),
    # "Burkina" is Burkina Faso; a head of a body takes its state
    ("Burkina junta expels French diplomats after raids on army posts", {("SANCTION", "BFA", "FRA")}, set()),
    ("BOGOTA (AP) - The Ombudsman's Office, headed by Iris Marin, urged the ELN to free the hostages.",
     {("REQUEST", "COL", "COL")}, set()),
    # a government accused "of a policy": the policy's modifier is no target
    ("SEOUL (AP) - South Korea's opposition accused the government of a submissive North Korea policy.",
     set(), {("ACCUSE", "KOR", "PRK")}),
    # people "in the city of X" are of X's state
    ("Uzbek troops opened fire on protesters in the eastern city of Andijan.", {("ASSAULT", "UZB", "UZB")}, set()),
    # an "as" clause in the simple past tells news of the same day
    ("Indian jets pounded the positions of intruders on Friday, as New Delhi accused Islamabad of sending troops.",
     {("ACCUSE", "IND", "PAK")}, set()),
    # "talks with visiting X": X visits the host
    ("ASTANA (Xinhua) - Kazakh President Kassym-Jomart Tokayev said after talks with visiting Chinese President "
     "Xi Jinping that Kazakhstan would double oil deliveries.", {("CONSULT", "CHN", "KAZ")}, set()),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), CASES, ids=[t[:40] for t, _, _ in CASES])
def test_thirteenth_session_rules(text: str, wanted: set, unwanted: set) -> None:
    got = dyads(run(text))
    assert wanted <= got and not (unwanted & got), got


def test_paragraph_first_word_is_no_sentence() -> None:
    """"Mali expels French envoy" then "Mali on Tuesday expelled ...": the body's first word stays in its
    sentence, so the body's event keeps its source."""
    r = run("Mali expels French envoy\n\nMali on Tuesday expelled the French ambassador, the government said.")
    assert {e.sentence.split()[0] for e in r.events if e.type == "SANCTION"} == {"Mali"}, r.events


@pytest.mark.parametrize(("text", "city", "body"), [
    ("Bamako, Mali - Fighters attacked a fuel convoy.", "Bamako", "Fighters attacked a fuel convoy."),
    ("Kyiv, Ukraine – Russia fired missiles overnight.", "Kyiv", "Russia fired missiles overnight."),
    ("Meanwhile, Russia - which denies it - said nothing.", None, "Meanwhile, Russia - which denies it - said nothing."),
])
def test_city_and_state_dateline(text: str, city: str | None, body: str) -> None:
    """Al Jazeera's dateline names a city and its state, with no agency; a sentence's opening adverb is none."""
    assert dateline(text) == city and strip_residue(text) == body


def test_a_deal_sealed_is_signed() -> None:
    """"sealed a deal", "finalised an agreement": a formal agreement signed (CAMEO 057), not a wish (030)."""
    r = run("Israel and Jordan sealed a water-sharing agreement on Monday.")
    assert {e.cameo for e in r.events if e.type == "AGREE"} == {"057"}, r.events


def test_a_siege_is_a_blockade_and_riot_gear_repression() -> None:
    """"ordered a complete siege of Gaza" is CAMEO 191; stun grenades and water cannon are 175, not a bombing."""
    siege = run("Israel's defence minister ordered a complete siege of the Gaza Strip on Monday.")
    assert {e.cameo for e in siege.events if e.type == "COERCE"} == {"191"}, siege.events
    gear = run("Police in Minsk fired stun grenades and rubber bullets to disperse thousands of protesters.")
    assert {e.cameo for e in gear.events if e.type == "ASSAULT"} == {"175"}, gear.events


def test_where_troops_are_sent_is_no_actor() -> None:
    """"deployed additional soldiers to Bokkos": a town NER took for an organisation is no target."""
    r = run("The army said it had deployed additional soldiers to Bokkos on Tuesday.")
    assert not [a for a in r.actors if a.name == "Bokkos"], r.actors


def test_two_city_datelines_name_no_home() -> None:
    """"DOHA/KINSHASA, Oct 14 (Reuters) - ...": the dateline is read off, but neither city is "here"."""
    text = "DOHA/KINSHASA, Oct 14 (Reuters) - Congo's government and the M23 signed an agreement."
    assert dateline(text) is None and strip_residue(text).startswith("Congo's government")
