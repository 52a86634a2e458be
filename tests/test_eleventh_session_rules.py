"""Rules of the eleventh session, each on sentences of our own (not the gold sentences it was found on).

Each case: (text, dyads that must be coded, dyads that must not be). A dyad is (PLOVER type, source
country, target country), as `coding_helpers.dyads` gives it. docs/coding.md, "Rules added from blind
sentence sets BU-BX (eleventh session)", says why each rule holds.
"""

from __future__ import annotations

import pytest

from coding_helpers import dyads, run

CASES = [
    # a reciprocal object: coordinated subjects act on each other, one event each way
    ("India and Pakistan accused each other of violating the ceasefire.",
     {("ACCUSE", "IND", "PAK"), ("ACCUSE", "PAK", "IND")}, {("ACCUSE", "IND", None)}),
    ("Ethiopia and Eritrea accused one another of massing troops near the border.",
     {("ACCUSE", "ETH", "ERI"), ("ACCUSE", "ERI", "ETH")}, set()),
    ("Russia and Ukraine imposed new sanctions on each other.",
     {("SANCTION", "RUS", "UKR"), ("SANCTION", "UKR", "RUS")}, set()),
    # a verbal attack is a criticism, not force
    ("Turkey's president launched a blistering attack on Israel on Wednesday.",
     {("ACCUSE", "TUR", "ISR")}, {("ASSAULT", "TUR", "ISR")}),
    ("Israel launched air strikes on Gaza overnight.", {("ASSAULT", "ISR", "PSE")}, set()),
    # words of feeling are no promise, and a topic is no act of the speaker
    ("Japan's prime minister offered his condolences to the people of Morocco after the earthquake.",
     set(), {("AGREE", "JPN", "MAR")}),
    ("Brazil's president expressed his sympathy to the Turkish people over the bombings in Istanbul.",
     set(), {("ASSAULT", "BRA", "TUR")}),
    ("Putin telephoned Erdogan, offering condolences and pledging Russia's solidarity.",
     set(), {("AGREE", "RUS", "RUS")}),
    # what a threat is aimed at
    ("Al-Shabaab threatened more attacks on Kenyan soil.", {("THREATEN", "SOM", "KEN")}, set()),
    # "a move X condemned": the act the sentence just reported
    ("Russia moved more troops into Abkhazia, a move Georgia denounced as a provocation.",
     {("ACCUSE", "GEO", "RUS")}, set()),
    ("China staged war games near Taiwan, and Washington and Tokyo condemned the move.",
     {("ACCUSE", "USA", "CHN"), ("ACCUSE", "JPN", "CHN")}, {("ACCUSE", "USA", "JPN"), ("ACCUSE", "JPN", "USA")}),
    ("Hungary closed its border with Serbia, in a move Berlin called regrettable.",
     {("ACCUSE", "DEU", "HUN")}, set()),
    ("Maduro called the Colombian president a liar.", {("ACCUSE", "VEN", "COL")}, set()),
    # an ethnic group is not the state of that name
    ("Serbian police detained five ethnic Albanians in Presevo.", set(), {("COERCE", "SRB", "ALB")}),
    ("Ethnic Russians in Narva protested against the Estonian government.", set(), {("PROTEST", "RUS", "EST")}),
    # an ended war is no attack; charges faced are no accusation; a description is no act
    ("Ethiopia and Eritrea signed a treaty in Jeddah, ending two decades of war.",
     set(), {("ASSAULT", "ETH", "ERI"), ("ASSAULT", "ERI", "ETH")}),
    ("Mexico extradited a cartel leader to the United States to face drug charges.",
     {("COOPERATE", "MEX", "USA")}, {("ACCUSE", "MEX", "USA")}),
    ("Bosnian police arrested an indicted war crimes suspect in Sarajevo.", set(), {("ACCUSE", "BIH", None)}),
    ("Rebels in Darfur accused Sudan of failing to deliver promised aid.", set(), {("AGREE", "SDN", None)}),
    # what a "that" clause told to someone promises is aimed at whom it is told
    ("Seoul told Tokyo it would resume sharing military intelligence.", {("AGREE", "KOR", "JPN")}, set()),
    ("Venezuela agreed to resume deportation flights, two US officials told Reuters.",
     set(), {("AGREE", "VEN", "GBR")}),
    # a conference at home meets no one; an inquiry into a killing does not investigate the victim
    ("Israel's defence minister, addressing a security conference in Tel Aviv, said Iran was close to a bomb.",
     set(), {("CONSULT", "ISR", "ISR")}),
    ("A UN commission investigating the killing of a Ugandan journalist questioned three Kenyan police officers.",
     {("ACCUSE", None, "KEN")}, {("ACCUSE", None, "UGA")}),
    # a refusal the parser hung an attribution on
    ("Belgrade will never allow NATO troops on its soil, the Serbian foreign minister said on Thursday.",
     {("REJECT", "SRB", None)}, set()),
    # preparations and deployments
    ("Venezuela's president told the army to prepare for war with Guyana.",
     {("MOBILIZE", "VEN", "GUY")}, {("ASSAULT", "VEN", "GUY")}),
    ("Britain ordered 3,000 more troops into the war in Afghanistan.",
     {("MOBILIZE", "GBR", "AFG")}, {("ASSAULT", "GBR", "AFG")}),
    ("Turkey dispatched two navy ships and a field hospital to Libya to help flood victims.",
     {("AID", "TUR", "LBY")}, {("MOBILIZE", "TUR", "LBY")}),
    # a claim insisted on is no demand
    ("Moscow insisted it had not violated the treaty.", set(), {("REQUEST", "RUS", None)}),
    # protests, fire and envoys
    ("Thousands of Iraqis marched in Baghdad in protest at Turkey's water policy.", {("PROTEST", "IRQ", "TUR")}, set()),
    ("Protesters pelted the Chinese embassy in Hanoi with eggs.", {("PROTEST", "VNM", "CHN")}, set()),
    ("Indian troops returned fire on Pakistani posts.", {("ASSAULT", "IND", "PAK")}, set()),
    ("Armenian forces rained shells on Azerbaijani villages.", {("ASSAULT", "ARM", "AZE")}, set()),
    ("Canada recalled its high commissioner from New Delhi.", {("SANCTION", "CAN", "IND")}, set()),
    ("Somali pirates seized a Greek supertanker in the Gulf of Aden.", {("ASSAULT", "SOM", "GRC")}, set()),
    # a city that names an attack is where it happened, not who did it
    ("Al-Shabaab claimed responsibility for the Nairobi mall attack.", set(), {("ASSAULT", "KEN", None)}),
    # a group coordinated with a state's government is of that state, and a domestic deal is an event
    ("Nepal's government and Maoist rebels signed a peace accord on Tuesday.", {("AGREE", "NPL", "NPL")}, set()),
    ("Ukraine and pro-Russian separatists signed a ceasefire agreement in Minsk.", {("AGREE", "UKR", "UKR")}, set()),
    # "their talks": both coordinated sides hold them
    ("Afghan officials and Taliban representatives held their first peace talks in Murree.",
     {("CONSULT", "AFG", "AFG")}, set()),
    ("The presidents of Armenia and Azerbaijan shook hands in Washington.", {("CONSULT", "ARM", "AZE")}, set()),
    # ceasefires and held fire between coordinated sides
    ("Thai and Cambodian troops held their fire along the border on Sunday.",
     {("RETREAT", "THA", "KHM"), ("RETREAT", "KHM", "THA")}, {("ASSAULT", "THA", None)}),
    # a second goodwill act of the same subject is for the same party
    ("Blinken spoke by phone with Kenya's president on Tuesday and offered to send a team of experts.",
     {("CONSULT", "USA", "KEN"), ("AGREE", "USA", "KEN")}, set()),
    # what a request for a session of a body asks of that body
    ("Turkey called for an emergency session of the UN Security Council.", {("REQUEST", "TUR", None)},
     {("REQUEST", "TUR", "TUR")}),
    # "U.S.-led": the abbreviation's hyphen splits like any other
    ("Thousands of Pakistanis protested against the U.S.-led bombing of Afghanistan.",
     {("PROTEST", "PAK", "USA")}, {("PROTEST", "PAK", "AFG")}),
    # no one the data can name
    ("The EU imposed sanctions on Belarus, freezing the assets of individuals and companies.",
     {("SANCTION", "EUR", "BLR")}, {("SANCTION", "EUR", None)}),
    # article-level repairs from blind articles 49-50
    ("Haitian police said on Wednesday that the attack was the third this month. Gang members stormed a police "
     "station in Kenscoff, killing two officers.", {("ASSAULT", None, "HTI")}, {("ASSAULT", "CHN", "HTI")}),
    ("NEW DELHI, Oct 16, 2025 (AFP) - India expelled a Pakistani diplomat on Thursday. The foreign ministry "
     "summoned Pakistan's envoy to lodge a strong protest.", {("ACCUSE", "IND", "PAK")}, {("ACCUSE", None, "PAK")}),
    ("Russia declared an official of the British embassy persona non grata, accusing him of spying.",
     {("ACCUSE", "RUS", "GBR")}, set()),
    ("TotalEnergies said it remained committed to the project. Defence Minister Cristovao Chume met SADC "
     "officials in Gaborone last week.", set(), {("CONSULT", "FRA", None)}),
    ("Kenya sent 400 police officers to Haiti.", {("AID", "KEN", "HTI")}, set()),
    ("Mali ordered the expulsion of the French representative.", {("SANCTION", "MLI", "FRA")}, set()),
    ("Algeria's army raised the alert level of its units along the border with Morocco.",
     {("MOBILIZE", "DZA", "MAR")}, set()),
    # an international official acts for the body, not the home state
    ("UN Secretary-General Kofi Annan urged Israel to withdraw from Lebanon.",
     {("REQUEST", None, "ISR")}, {("REQUEST", "GHA", "ISR")}),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), CASES, ids=[t[:40] for t, _, _ in CASES])
def test_eleventh_session_rules(text: str, wanted: set, unwanted: set) -> None:
    got = dyads(run(text, published=None))
    assert wanted <= got and not (unwanted & got), f"{text!r} gave {got}"
