"""One PLOVER type per sentence, in phrasings written for this test (not taken from any gold set):
three per type, so that a new pattern that breaks another type shows here."""

from __future__ import annotations

import pytest

import dragoman
from dragoman.model import Article

SENTENCES = [
    ('AGREE', 'Iran and the IAEA reached an understanding on the resumption of inspections.'),
    ('AGREE', 'The rebels accepted a UN proposal for a truce.'),
    ('AGREE', 'Kenya offered to send police officers to Haiti.'),
    ('CONSULT', 'The Saudi foreign minister arrived in Tehran for a two-day visit.'),
    ('CONSULT', 'Delegations from Kyiv and Moscow convened in Istanbul.'),
    ('CONSULT', 'Blinken telephoned his Turkish counterpart to discuss the crisis.'),
    ('SUPPORT', 'France recognised the State of Palestine on Monday.'),
    ('SUPPORT', "The African Union endorsed Nigeria's candidate for the post."),
    ('SUPPORT', "Germany voiced support for Moldova's bid to join the EU."),
    ('CONCEDE', 'The junta released 30 political prisoners and lifted the ban on opposition parties.'),
    ('CONCEDE', 'The government eased restrictions on the press after months of protests.'),
    ('CONCEDE', 'The government conceded defeat and handed power to the opposition.'),
    ('COOPERATE', 'India and the United States held joint naval exercises in the Bay of Bengal.'),
    ('COOPERATE', 'Egypt shared intelligence with Sudan on border security.'),
    ('COOPERATE', 'Turkey extradited three suspects to Germany.'),
    ('AID', 'Japan sent 50 tons of food to earthquake victims in Turkey.'),
    ('AID', 'The World Bank approved a $500 million loan to Kenya.'),
    ('AID', 'Qatar donated $20 million to UNRWA.'),
    ('RETREAT', 'Russia withdrew its troops from the Kherson region.'),
    ('RETREAT', 'The rebels handed over their weapons to the peacekeepers.'),
    ('RETREAT', 'Hamas freed four Israeli hostages on Saturday.'),
    ('REQUEST', 'The UN Security Council demanded an immediate ceasefire in Gaza.'),
    ('REQUEST', 'Ukraine asked Germany for more air defence systems.'),
    ('REQUEST', 'The opposition appealed to the army to stay neutral.'),
    ('ACCUSE', 'Beijing accused Washington of spreading disinformation.'),
    ('ACCUSE', "Amnesty International criticised Egypt's treatment of detainees."),
    ('ACCUSE', 'Prosecutors indicted the former Peruvian president on corruption charges.'),
    ('REJECT', 'Israel rejected the ceasefire proposal.'),
    ('REJECT', 'Iran refused to allow inspectors into the site.'),
    ('REJECT', 'Venezuela denied the allegations made by Guyana.'),
    ('THREATEN', 'North Korea threatened to use nuclear weapons against the South.'),
    ('THREATEN', 'Trump warned China that he would impose 100 percent tariffs.'),
    ('THREATEN', 'The militia vowed to retaliate against Israel.'),
    ('PROTEST', 'Thousands marched in Belgrade to protest against corruption.'),
    ('PROTEST', 'Farmers blocked highways across France.'),
    ('PROTEST', 'Hundreds of students staged a sit-in outside the US embassy in Jakarta.'),
    ('SANCTION', 'The United States imposed sanctions on Iranian oil exporters.'),
    ('SANCTION', 'Niger expelled the French ambassador.'),
    ('SANCTION', 'Algeria recalled its ambassador from Paris.'),
    ('MOBILIZE', 'Russia massed troops along the Ukrainian border.'),
    ('MOBILIZE', 'China put its forces on high alert near Taiwan.'),
    ('MOBILIZE', 'Israel called up 300,000 reservists.'),
    ('COERCE', 'Turkish police arrested 20 journalists in Istanbul.'),
    ('COERCE', 'Iran seized a British oil tanker in the Strait of Hormuz.'),
    ('COERCE', 'Russia banned Facebook and Instagram.'),
    ('ASSAULT', 'Israeli jets bombed Hezbollah positions in southern Lebanon.'),
    ('ASSAULT', 'A suicide bomber killed 12 people at a market in Mogadishu.'),
    ('ASSAULT', 'Sudanese paramilitaries shelled the city of El Fasher.'),
]


@pytest.fixture(scope="module")
def coded() -> dict[str, set[str]]:
    arts = [Article(id=str(i), text=t, published="2025-03-01") for i, (_, t) in enumerate(SENTENCES)]
    return {r.text: {e.type for e in r.events} for r in dragoman.extract_articles(arts)}


@pytest.mark.parametrize(("etype", "text"), SENTENCES, ids=[t[:40] for _, t in SENTENCES])
def test_the_sentence_gets_its_type(coded: dict[str, set[str]], etype: str, text: str) -> None:
    assert etype in coded[text], f"{text!r} gave {coded[text]}"


def test_every_type_is_covered() -> None:
    assert len({g for g, _ in SENTENCES}) == 16
