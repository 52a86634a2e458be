"""One PLOVER type per sentence, in phrasings written for this test (not taken from any gold set):
six per type, so that a new pattern that breaks another type shows here."""

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
    # a second set, written later in other words
    ('SUPPORT', 'Armenia and Azerbaijan initialled a peace deal at the White House.'),
    ('AGREE', 'North and South Korea agreed to reopen a military hotline.'),
    ('AGREE', 'Hezbollah said it was prepared to accept a ceasefire.'),
    ('CONSULT', 'Chinese Foreign Minister Wang Yi visited Islamabad on Friday.'),
    ('CONSULT', 'Macron hosted Zelensky at the Elysee Palace.'),
    ('CONSULT', 'The envoys of Iran and Saudi Arabia met in Baghdad for a fifth round of talks.'),
    ('SUPPORT', "The Arab League praised Qatar's mediation efforts."),
    ('SUPPORT', 'Washington reaffirmed its commitment to the defence of the Philippines.'),
    ('SUPPORT', "Several African countries backed Morocco's autonomy plan for Western Sahara."),
    ('SUPPORT', "Tunisia's president pardoned 100 detainees arrested during the protests."),
    ('CONCEDE', "Bangladesh's government bowed to student demands and scrapped the job quota system."),
    ('CONCEDE', 'The military council handed over power to a civilian government.'),
    ('COOPERATE', 'Interpol and Europol launched a joint investigation into human trafficking.'),
    ('SUPPORT', 'Vietnam and the Philippines signed a maritime cooperation agreement.'),
    ('COOPERATE', 'Norway and Sweden coordinated their response to the refugee crisis.'),
    ('AID', 'The European Commission announced 50 million euros in humanitarian aid for Sudan.'),
    ('AID', 'China provided Pakistan with a $2 billion loan.'),
    ('AID', 'Germany delivered Patriot air defence systems to Ukraine.'),
    ('RETREAT', 'Israeli forces pulled out of the Jenin refugee camp after a three-day raid.'),
    ('RETREAT', 'Armenia returned four villages to Azerbaijan.'),
    ('RETREAT', 'The Houthis released the crew of the Galaxy Leader.'),
    ('REQUEST', 'Zelensky urged Western allies to speed up weapons deliveries.'),
    ('REQUEST', 'Egypt appealed to both sides in Sudan to end the fighting.'),
    ('REQUEST', 'Pakistan asked the IMF for a new bailout.'),
    ('ACCUSE', 'Russia blamed Ukraine for the attack on the Crimean bridge.'),
    ('ACCUSE', "The Philippines condemned China's use of water cannon against its vessels."),
    ('ACCUSE', 'Human Rights Watch accused Ethiopian troops of massacring civilians.'),
    ('REJECT', "Hamas rejected Israel's latest proposal for a hostage deal."),
    ('REJECT', "Turkey vetoed Sweden's NATO membership bid."),
    ('REJECT', 'Moscow refused to extend the grain deal.'),
    ('THREATEN', 'Iran threatened to close the Strait of Hormuz.'),
    ('THREATEN', 'The EU warned Hungary that it could lose its voting rights.'),
    ('THREATEN', 'Erdogan threatened a new military operation in northern Syria.'),
    ('PROTEST', 'Tens of thousands demonstrated in Tel Aviv against the judicial overhaul.'),
    ('PROTEST', 'Kenyan protesters stormed parliament in Nairobi.'),
    ('PROTEST', 'Dockworkers went on strike in Antwerp over pension cuts.'),
    ('SANCTION', 'Britain froze the assets of five Russian oligarchs.'),
    ('SANCTION', 'The EU suspended budget support to Niger after the coup.'),
    ('SANCTION', 'Mali cut diplomatic ties with Ukraine.'),
    ('MOBILIZE', 'Azerbaijan deployed additional troops to the Armenian border.'),
    ('MOBILIZE', 'India raised its military alert along the Line of Control.'),
    ('MOBILIZE', 'Venezuela mobilised 25,000 troops near the Guyana border.'),
    ('COERCE', 'Belarus detained a Polish journalist in Minsk.'),
    ('COERCE', 'Nicaragua stripped 94 critics of their citizenship.'),
    ('COERCE', 'Egyptian authorities blocked access to dozens of news websites.'),
    ('ASSAULT', 'Russian missiles struck an apartment building in Dnipro, killing 40 people.'),
    ('ASSAULT', 'Gunmen attacked a church in northern Burkina Faso.'),
    ('ASSAULT', 'Al-Shabaab militants stormed a hotel in Mogadishu.'),
]


@pytest.fixture(scope="module")
def coded() -> dict[str, set[str]]:
    arts = [Article(id=str(i), text=t, published="2025-03-01") for i, (_, t) in enumerate(SENTENCES)]
    return {r.text: {e.type for e in r.events} for r in dragoman.extract_articles(arts)}


@pytest.mark.parametrize(("etype", "text"), SENTENCES, ids=[t[:40] for _, t in SENTENCES])
def test_the_sentence_gets_its_type(coded: dict[str, set[str]], etype: str, text: str) -> None:
    assert etype in coded[text], f"{text!r} gave {coded[text]}"


def test_every_type_is_covered() -> None:
    assert len({g for g, _ in SENTENCES}) == 16 and len(SENTENCES) == 96
