"""The quote stage: direct and indirect speech, speakers, and the outlet the words came through."""

from __future__ import annotations

import pytest

from coding_helpers import run


def _speaker(r, q):
    a = r.actor(q.speaker)
    return a.name if a else None


def test_direct_quote_with_trailing_attribution_and_pronoun() -> None:
    r = run("Sergei Lavrov arrived in Ankara. “We are ready to help settle the dispute,” he said.")
    q = next(q for q in r.quotes if q.direct)
    assert q.text.startswith("We are ready") and _speaker(r, q) == "Sergei Lavrov"
    assert r.text[q.span[0]:q.span[1]] == q.text


def test_indirect_speech_has_its_speaker_and_is_not_direct() -> None:
    r = run("Abbas Araghchi stated that Tehran will not negotiate under pressure.")
    q = next(q for q in r.quotes if "will not negotiate" in q.text)
    assert not q.direct and _speaker(r, q) == "Abbas Araghchi"


def test_anonymous_source_keeps_its_anonymity_and_the_outlet_is_via() -> None:
    r = run("A Russian diplomatic source told Asharq Al-Awsat that “Moscow seeks stability in the region.”",
            outlet="Asharq Al-Awsat")
    q = next(q for q in r.quotes if q.direct)
    speaker = r.actor(q.speaker)
    assert speaker.anonymous and speaker.country == "RUS"
    assert r.actor(q.via).name == "Asharq Al-Awsat"


def test_quote_attributed_to_an_article_goes_to_the_outlet_named_before() -> None:
    r = run("Khabar Online compared the meeting to Yalta. “Iran is also in danger,” the article warned.")
    q = next(q for q in r.quotes if q.direct)
    assert _speaker(r, q) == "Khabar Online"


def test_scare_quotes_are_not_quotes() -> None:
    r = run("Washington reimposed its “maximum pressure” policy on Iran.")
    assert all(q.text != "maximum pressure" for q in r.quotes)


def test_a_commentary_in_an_outlet_is_spoken_by_that_outlet() -> None:
    r = run("A commentary in Iran's official news agency, IRNA, noted that Lavrov might have been warning Iran.")
    q = next(q for q in r.quotes if "warning Iran" in q.text)
    assert _speaker(r, q) == "IRNA"


def test_a_thing_that_suggests_is_the_writer_not_a_speaker() -> None:
    """'X's encouragement suggests that ...' is analysis by the writer; 'Lavrov suggested that' is speech."""
    r = run("Lavrov's reported encouragement to negotiate with the US suggests that Moscow is unwilling to help. "
            "Lavrov suggested that Tehran should negotiate.")
    assert len(r.quotes) == 1 and r.quotes[0].text.startswith("Tehran should")



@pytest.mark.parametrize("text", [
    "Putin’s reported encouragement to talk directly with Kyiv suggests that Moscow is unwilling to give ground.",
    "Xi’s reported encouragement to negotiate directly with the US suggests that Beijing is unwilling to risk it.",
])
def test_a_genitive_read_as_subject_is_no_speaker(text: str) -> None:
    """'X's reported offer ... suggests that': the writer's analysis, whatever the parser makes of it."""
    assert not run(text).quotes


# --------------------------------------------------------------------------- found on blind articles, 2026-12-07

def test_a_surname_ner_swallowed_with_the_quote_is_still_the_speaker() -> None:
    r = run('Defence Minister Khawaja Asif accused the Taliban of sheltering militants. "Kabul has to choose '
            'between peace with Pakistan and its friendship with terrorists," Asif told Geo News.')
    q = next(q for q in r.quotes if "choose between peace" in q.text)
    assert r.actor(q.speaker).name == "Khawaja Asif" and r.actor(q.via).name == "Geo News"


def test_a_quoted_fragment_in_someones_sentence_is_theirs_not_the_last_speakers() -> None:
    r = run('"France firmly rejects these allegations," said Christophe Lemoine. Mali\'s army chief of staff, '
            'General Oumar Diarra, thanked Moscow for being "a partner who keeps its word and delivers on time".')
    q = next(q for q in r.quotes if "keeps its word" in q.text)
    assert r.actor(q.speaker).name == "Oumar Diarra"


def test_an_unnamed_researcher_based_in_a_city_is_the_speaker_not_the_city() -> None:
    r = run('"The rebels may be pushing toward Walikale to control the mining roads," said a Goma-based '
            'researcher who asked not to be named.')
    q = r.quotes[0]
    assert r.actor(q.speaker).name == "Goma-based researcher"


def test_a_titled_name_ner_missed_speaks_and_according_to_is_the_channel() -> None:
    r = run("Shafiqul Alam, press secretary to Chief Adviser Muhammad Yunus, said Dhaka had proposed a "
            "meeting with Modi. Secretary of State Marco Rubio spoke by phone with Lazaro and reaffirmed that "
            "the treaty covers armed attacks on coast guard vessels, according to a State Department readout.")
    speakers = {r.actor(q.speaker).name for q in r.quotes}
    assert "Shafiqul Alam" in speakers and "Marco Rubio" in speakers
    assert "Muhammad Yunus" not in speakers and "US State Department" not in speakers


@pytest.mark.parametrize(("text", "speaker"), [
    # session 7: an official named once and then called by the full title is that official
    ('Danish Foreign Minister Lars Lokke Rasmussen summoned the Russian ambassador. "We will not accept '
     'this," the foreign minister told reporters.', "lars-lokke-rasmussen"),
    ('Kenyan Prime Cabinet Secretary Musalia Mudavadi met the envoy. "Our neighbours must respect free '
     'movement," the prime cabinet secretary said.', None),
    ('Spanish Prime Minister Pedro Sanchez met the king. "This is a betrayal of our trust," the prime minister '
     'told reporters in Madrid.', "pedro-sanchez"),
])
def test_the_full_title_after_a_name_is_that_person(text: str, speaker: str | None) -> None:
    quotes = run(text).quotes
    assert quotes and (speaker is None or quotes[-1].speaker == speaker), [(q.speaker, q.text) for q in quotes]


@pytest.mark.parametrize("text", [
    # an unnamed commentator or diplomat with no other word is still the quote's speaker
    '"This will not end well for the junta," said an analyst.',
    '"Moscow will answer in kind," a diplomat said.',
])
def test_a_bare_unnamed_speaker_keeps_the_quote(text: str) -> None:
    quotes = run(text).quotes
    assert quotes and quotes[0].speaker is not None, [(q.speaker, q.text) for q in quotes]


# --------------------------------------------------------------------------- found on blind articles, eighth session

def _names(r, q) -> set[str]:
    a = r.actor(q.speaker)
    return {a.name, *a.aliases} if a else set()


#: (quote, a name its speaker is known by): one unnamed commentator, not his city; a commentator with his
#: institution; the body a ministry or spokesperson speaks for; a quote verb misread as a second subject
SPEAKER_NAMES = [
    ('"Cairo is building a legal record for later," said one Cairo-based water policy analyst.',
     "Cairo-based water policy analyst"),
    ('"This takes relations to a historic low," said a Lima-based political scientist.', "Lima-based political scientist"),
    ('"The truce could collapse quickly," said an analyst at a Beirut-based research centre.',
     "analyst at a Beirut-based research centre"),
    ('The Algerian foreign ministry said Mali was "trying to blame Algeria for its own failures".', "Algerian foreign ministry"),
    ('A NATO spokesperson called the incursion "yet another example of reckless behaviour".', "NATO spokesperson"),
    ('"Athens risks uniting Libya\'s rivals against it, which would be a remarkable achievement," said a '
     'Libya researcher at a European think tank.', "Libya researcher at a European think tank"),
]


@pytest.mark.parametrize(("text", "speaker"), SPEAKER_NAMES, ids=[s for _, s in SPEAKER_NAMES])
def test_the_speaker_is_known_by_the_phrase_the_text_uses(text: str, speaker: str) -> None:
    r = run(text)
    assert speaker in _names(r, r.quotes[0])


def test_a_commentator_named_with_his_institution_is_known_by_the_whole_phrase() -> None:
    r = run('"Tokyo will test the limits," said a professor of Korean studies at a university in Seoul.')
    names = _names(r, r.quotes[0])
    assert "professor of Korean studies" in names and not any(n.endswith(" who") for n in names)


def test_an_appositive_description_of_a_named_expert_is_not_a_second_speaker() -> None:
    r = run('Mohanad Hage Ali, a senior fellow at the Carnegie Middle East Center, said Israel might widen its '
            'campaign. "The risk of a miscalculation is higher now," he said.')
    assert {_speaker(r, q) for q in r.quotes} == {"Mohanad Hage Ali"}


def test_a_title_is_not_part_of_the_speakers_name() -> None:
    r = run('Spokesperson Liu Dejun said Chinese vessels had taken "necessary control measures in accordance '
            'with the law".')
    assert _speaker(r, r.quotes[0]) == "Liu Dejun"


def test_a_titled_name_ner_took_for_an_organisation_speaks() -> None:
    r = run("Benin's government spokesman Wilfried Leandre Houngbedji rejected the accusations. "
            '"Benin has never been a rear base for terrorists," he told reporters in Cotonou.')
    houngbedji = [a for a in r.actors if a.name == "Wilfried Leandre Houngbedji"]
    assert houngbedji and houngbedji[0].kind == "person" and houngbedji[0].country == "BEN"
    assert _speaker(r, r.quotes[-1]) == "Wilfried Leandre Houngbedji"
