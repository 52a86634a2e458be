"""The actor stage on sentences written for these tests."""

from __future__ import annotations

import pytest

from coding_helpers import country, dyads, run


def _by_name(r, name):
    return next((a for a in r.actors if a.name == name or name in a.aliases), None)


def test_full_name_surname_and_title_are_one_person_with_role_and_country() -> None:
    r = run("Alexander Lavrentiev, the Russian presidential envoy to Syria, arrived in Tehran. "
            "Lavrentiev later met officials.")
    a = _by_name(r, "Alexander Lavrentiev")
    assert a and a.kind == "person" and a.country == "RUS"
    assert "Lavrentiev" in a.aliases and len(a.mentions) >= 2
    assert any("envoy" in role for role in a.roles)


def test_a_possessive_title_gives_the_country_of_an_unknown_person() -> None:
    r = run("Karim Haddad, Lebanon's deputy foreign minister, spoke to reporters.")
    a = _by_name(r, "Karim Haddad")
    assert a and a.kind == "person" and a.country == "LBN"


def test_a_title_makes_a_person_whatever_ner_says() -> None:
    r = run("Syrian envoy Qassem Oubari met the delegation.")
    a = _by_name(r, "Qassem Oubari")
    assert a and a.kind == "person" and a.country == "SYR"


def test_a_hyphenated_surname_is_not_a_known_person_of_the_same_surname() -> None:
    # the parser splits "Zaghari-Ratcliffe"; its half must not become the US official John Ratcliffe
    r = run("An Iranian court jailed British citizen Nazanin Zaghari-Ratcliffe.")
    a = _by_name(r, "Nazanin Zaghari-Ratcliffe")
    assert a and a.kind == "person" and a.country == "GBR"
    assert not any(x.name == "John Ratcliffe" for x in r.actors)


def test_a_nationality_before_a_name_gives_the_state() -> None:
    r = run("Iranian authorities released French national Olivier Grondeau.")
    a = _by_name(r, "Olivier Grondeau")
    assert a and a.kind == "person" and a.country == "FRA"


def test_capitals_and_seats_speak_for_their_state() -> None:
    r = run("Moscow said the Kremlin would not comment, while Tehran stayed silent.")
    countries = {a.id: a for a in r.actors}
    assert "RUS" in countries and "IRN" in countries
    assert {"Moscow", "Kremlin"} <= set(countries["RUS"].aliases)


def test_demonym_collectives_are_the_state_and_anonymous_sources_are_kept() -> None:
    r = run("Iranian officials met a senior Russian diplomatic source in Doha.")
    iran = _by_name(r, "Iran")
    assert iran and any(r.text[s:e] == "officials" for s, e in iran.mentions)
    src = next(a for a in r.actors if a.anonymous)
    assert src.country == "RUS" and "source" in src.name


def test_pronoun_and_role_noun_resolve_to_the_last_fitting_actor() -> None:
    r = run("A Russian diplomatic source told the agency that talks went well. "
            "The diplomat said Moscow was pleased. He added that more talks would follow.")
    src = next(a for a in r.actors if a.anonymous)
    texts = {r.text[s:e] for s, e in src.mentions}
    assert {"The diplomat", "He"} <= texts


def test_media_are_media_and_outlet_country_comes_from_the_dictionary() -> None:
    r = run("According to Tasnim, the minister left. IRNA and TASS reported the same.")
    kinds = {a.name: (a.kind, a.country) for a in r.actors}
    assert kinds["Tasnim"] == ("media", "IRN")
    assert kinds["TASS"] == ("media", "RUS")


def test_every_mention_span_points_at_its_text() -> None:
    r = run("Sergei Lavrov met Abbas Araghchi in Tehran. Lavrov said Iran's position was clear.")
    for a in r.actors:
        for s, e in a.mentions:
            assert r.text[s:e].strip() and s < e


# --------------------------------------------------------------------------- found on blind articles, 2026-12-07

def test_a_counterpart_named_in_apposition_is_that_person_of_the_demonym_state() -> None:
    r = run("Armenian Foreign Minister Ararat Mirzoyan met his Azerbaijani counterpart Jeyhun Bayramov "
            "in Abu Dhabi on Tuesday.")
    a = _by_name(r, "Jeyhun Bayramov")
    assert a and a.country == "AZE" and "counterpart" in a.roles
    assert not any(x.name.endswith("counterpart") for x in r.actors)  # no group "Azerbaijani counterpart"


@pytest.mark.parametrize(("text", "person", "state", "role"), [
    # whom an adviser serves
    ("Kenya's President William Ruto spoke in Nairobi. Peter Odhiambo, a senior adviser to President William "
     "Ruto, said the talks would resume.", "Peter Odhiambo", "KEN", "adviser"),
    ("Brazil's President Lula da Silva spoke in Brasilia. Lula's foreign policy adviser Celso Amorim is expected "
     "to travel to Caracas next week.", "Celso Amorim", "BRA", "adviser"),
    # a title before a name the parser broke, under the dateline of its state
    ("SEOUL (Yonhap) - Defence Minister Ahn Gyu-back later held a phone call with his Japanese counterpart "
     "Shinjiro Koizumi.", "Ahn Gyu-back", "KOR", "Defence Minister"),
])
def test_a_person_s_state_from_the_words_around_the_name(text: str, person: str, state: str, role: str) -> None:
    a = _by_name(run(text), person)
    assert a and a.country == state and any(role in x for x in a.roles)


def test_unnamed_state_offices_and_bodies_take_the_dateline_state_when_it_is_named() -> None:
    r = run("TRIPOLI, Nov 4 (AFP) - Libya's prime minister ordered the Interior Ministry to restore order "
            "after clashes. The ministry said its forces had arrested 14 gunmen.")
    a = _by_name(r, "Interior Ministry")
    assert a and a.country == "LBY"
    assert not any(x.name == "ministry" for x in r.actors)  # "the ministry" is the Interior Ministry
    r = run("NEW DELHI, Dec 9 (Hindustan Times) - India and China agreed to a hotline. A defence official "
            "said the army had moved additional troops to the area.")
    army = _by_name(r, "army")
    assert army and army.country == "IND"


def test_a_gazetteer_city_ner_took_for_a_person_is_a_place_everywhere() -> None:
    r = run("Drones pound Kharkiv\n\nKYIV (Reuters) - Russia launched 48 drones at Kharkiv overnight. "
            '"The enemy targeted sleeping families," Kharkiv Mayor Ihor Terekhov said.')
    assert not any(x.name == "Kharkiv" for x in r.actors)
    assert any(e.type == "ASSAULT" and country(r, e.source) == "RUS" and country(r, e.target) == "UKR"
               for e in r.events)


def test_the_two_ministers_are_the_ministers_not_a_village_named_between() -> None:
    r = run("Armenian Foreign Minister Ararat Mirzoyan met Azerbaijani Foreign Minister Jeyhun Bayramov. "
            "A soldier was wounded near the village of Khnatsakh on Monday. "
            "The two ministers agreed to convene their border commissions in October.")
    assert not any(x.name == "Khnatsakh" for x in r.actors)
    agree = [e for e in r.events if e.type == "AGREE"]
    assert agree and {country(r, agree[0].source), country(r, agree[0].target)} == {"ARM", "AZE"}


def test_the_captain_of_a_foreign_vessel_is_of_the_vessel_s_state() -> None:
    r = run("The captain of a Chinese fishing trawler was arrested by Japan's coast guard on Wednesday after "
            "his boat collided with two Japanese patrol vessels.")
    assert any(e.type == "COERCE" and country(r, e.source) == "JPN" and country(r, e.target) == "CHN"
               for e in r.events)


def test_the_two_after_a_call_between_two_people_are_those_people() -> None:
    r = run("Defence Minister Ahn Gyu-back held a phone call with his Japanese counterpart Shinjiro Koizumi, "
            "and the two agreed to hold a missile-warning exercise with the United States next month.")
    agree = next(e for e in r.events if e.type == "AGREE")
    assert {r.actor(agree.source).name, r.actor(agree.target).name} == {"Ahn Gyu-back", "Shinjiro Koizumi"}


@pytest.mark.parametrize(("text", "name", "code"), [
    # a ship named with its navy's prefix is an actor of that navy's state, not a person or "Wales"
    ("Houthi forces launched drones at the aircraft carrier USS Harry S. Truman.", "USS Harry S. Truman", "USA"),
    ("China Coast Guard ships fired water cannon at the BRP Datu Gumbay Piang.", "BRP Datu Gumbay Piang", "PHL"),
    # unnamed local people are of the state where they are
    ("The junta arrested 14 opposition activists in Yangon on Monday.", "opposition activists", "MMR"),
    ("Insurgents kill villagers in Mozambique's Cabo Delgado.", "Insurgents", "MOZ"),
    # "In <capital>," opening a sentence names the state of an unnamed office in it, whatever the dateline
    ("NEW DELHI, May 5 (Reuters) - India test-fired a missile on Monday.\n\n"
     "In Beijing, a foreign ministry spokesperson said China urged restraint.", "foreign ministry", "CHN"),
    # a territory acts with its own code
    ("Greenland's premier Jens-Frederik Nielsen rejected the offer.", "Jens-Frederik Nielsen", "GRL"),
])
def test_actors_take_the_state_their_context_gives(text: str, name: str, code: str) -> None:
    a = _by_name(run(text), name)
    assert a is not None and a.country == code, [(x.name, x.country) for x in run(text).actors]


def test_a_dateline_alone_does_not_name_the_state_of_troops_and_residents() -> None:
    r = run("NAIROBI, Oct 29 (AFP) - Ethiopia and Eritrea have moved thousands of troops towards their shared "
            "border in recent weeks, diplomats and residents said, and a Horn of Africa analyst based in Nairobi "
            "warned of war.")
    assert not any(a.country == "KEN" and a.kind != "country" for a in r.actors)
    assert {("MOBILIZE", "ETH", "ERI"), ("MOBILIZE", "ERI", "ETH")} <= dyads(r)


@pytest.mark.parametrize(("text", "absent"), [
    ("Iran's Revolutionary Guards held naval drills in the Gulf of Oman.", "OMN"),
    ("The attackers burned homes in Mocimboa da Praia district.", "CPV"),
])
def test_a_state_named_inside_a_place_name_is_no_actor(text: str, absent: str) -> None:
    assert not any(a.country == absent for a in run(text).actors)


def test_a_surname_is_the_person_the_story_named_and_an_honorific_the_one_of_that_first_name() -> None:
    r = run("Colombian Foreign Minister Luis Gilberto Murillo spoke with U.S. officials. Murillo said the "
            "flights would resume. Qatari Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani met Witkoff. "
            "Witkoff later spoke by phone with Sheikh Mohammed.")
    assert not any(a.name == "Rosario Murillo" for a in r.actors)
    assert not any(a.name == "Sheikh Mohammed" for a in r.actors)


def test_unnamed_speakers_keep_the_phrase_that_names_them_and_ranks_are_titles() -> None:
    r = run('"It is grave," said a Horn of Africa analyst based in Nairobi, who asked not to be named. '
            "Two diplomats in Addis Ababa said troops had moved. Commodore Jay Tarriela, a coast guard "
            "spokesman, said the ships had left. Junta spokesman Gen. Zaw Min Tun denied the report.")
    assert _by_name(r, "Horn of Africa analyst based in Nairobi") is not None
    assert _by_name(r, "diplomats in Addis Ababa") is not None and _by_name(r, "Two diplomats") is not None
    assert _by_name(r, "Jay Tarriela") is not None and _by_name(r, "Zaw Min Tun") is not None


def test_names_lose_ranks_and_merged_phrases_and_keep_their_short_form() -> None:
    r = run("Chief of Army Staff Lt Gen Musa Danladi visited troops. Washington declared the envoy Mark Olulana "
            "persona non grata. The Democratic Renewal Party (DRP) walked out, and the DRP boycotted the vote. "
            "The National Food Safety Agency said stocks were low.")
    assert _by_name(r, "Musa Danladi") is not None and _by_name(r, "Mark Olulana") is not None
    party = _by_name(r, "Democratic Renewal Party")
    assert party is not None and _by_name(r, "DRP") is None  # the short form is the party
    agency = _by_name(r, "National Food Safety Agency")
    assert agency is not None and agency.kind == "organization"  # an agency is media only as a news agency


@pytest.mark.parametrize(("text", "name", "code"), [
    # a spokesman with a bare title speaks for the state whose stance he states (no dateline)
    ("Government spokesman Tomas Ferreyra said Paraguay would not accept the ruling.", "Tomas Ferreyra", "PRY"),
    # not for a state whose act he reports
    ("Defence spokesman Ilya Korin said Russia had launched 90 drones overnight.", "Ilya Korin", None),
    # a region NER took for a person is a place, and a court under a dateline is the dateline state's
    ("SARAJEVO, May 2 (Reuters) - The court of Bosnia and Herzegovina summoned the president of "
     "Republika Srpska. Bosnia's prosecutors agreed.", "court", "BIH"),
])
def test_officials_and_bodies_take_the_state_they_speak_or_sit_for(text: str, name: str, code: str | None) -> None:
    a = _by_name(run(text), name)
    assert a is not None and a.country == code, [(x.name, x.country) for x in run(text).actors]
    assert not any(x.name == "Republika Srpska" and x.kind == "person" for x in run(text).actors)


@pytest.mark.parametrize(("text", "name", "code"), [
    # session 7: an accented dateline is read ("YAOUNDÉ"), so its state's officials are found
    ("YAOUNDÉ, Cameroon (AFP) - Government spokesman Eric Mbassi said Cameroon would not accept foreign "
     "mediation.", "Eric Mbassi", "CMR"),
    # an opposition candidate under a dateline is of the dateline's state
    ("LOMÉ, Togo (AP) - Opposition candidate Kofi Agbeyome rejected the results. Togo's electoral commission "
     "said the count was fair.", "Kofi Agbeyome", "TGO"),
    # unnamed people arrested where the story is are that state's
    ("LIMA, Peru (Reuters) - Police detained 40 people in Lima after clashes, Peru's interior ministry said.",
     "40 people", "PER"),
])
def test_people_and_candidates_of_the_dateline_state(text: str, name: str, code: str) -> None:
    r = run(text)
    a = _by_name(r, name)
    assert a is not None and a.country == code, [(x.name, x.country) for x in r.actors]


def test_people_pushed_over_a_border_are_not_the_dateline_states() -> None:
    r = run("WARSAW, May 3 (Reuters) - Poland said Belarus was pushing people over the border. Poland closed "
            "two crossings.")
    a = _by_name(r, "people")
    assert a is None or a.country != "POL"


def test_a_headline_surname_is_the_full_name_that_follows() -> None:
    r = run("Mbeki rejects vote result\n\nOpposition leader Thabo Sipho Mbeki rejected the result on Monday. "
            "Mbeki said he had won.")
    people = [a for a in r.actors if a.kind == "person"]
    assert len(people) == 1 and people[0].name == "Thabo Sipho Mbeki", [(a.name, a.id) for a in people]


def test_a_surname_without_its_arabic_article_is_the_same_person() -> None:
    r = run("RIYADH (AFP) - Saudi Energy Minister Abdulaziz al-Jubeir met Iraqi officials. Jubeir said the deal "
            "would hold.")
    people = [a for a in r.actors if a.kind == "person"]
    assert len(people) == 1 and people[0].country == "SAU", [(a.name, a.country) for a in people]


# --------------------------------------------------------------------------- found on blind articles, eighth session

def test_a_dictionary_surname_inside_another_name_is_not_that_person() -> None:
    r = run("The delegation met Water Resources Minister Aoun Dhiab Abdullah in Baghdad. "
            "At a news conference, the water minister accused Turkey of holding back water.")
    people = {a.name for a in r.actors if a.kind == "person"}
    assert "Aoun Dhiab Abdullah" in people and "Joseph Aoun" not in people
    accuse = [e for e in r.events if e.type == "ACCUSE"]
    assert accuse and r.actor(accuse[0].source).name == "Aoun Dhiab Abdullah"


def test_the_turkish_minister_is_the_turkish_minister_named_before() -> None:
    r = run("Turkish Energy Minister Alparslan Bayraktar met Iraqi officials in Baghdad on Monday. "
            "The Turkish minister rejected the charge.")
    reject = [e for e in r.events if e.type == "REJECT"]
    assert reject and r.actor(reject[0].source).name == "Alparslan Bayraktar"


def test_a_leaders_opponents_are_a_group_of_his_state_not_the_leader() -> None:
    r = run("Pashinyan's opponents accuse him of using the arrest to silence critics.")
    accuse = [e for e in r.events if e.type == "ACCUSE"]
    assert accuse
    src, tgt = r.actor(accuse[0].source), r.actor(accuse[0].target)
    assert src.name == "Pashinyan's opponents" and src.country == "ARM" and tgt.name == "Nikol Pashinyan"


def test_bare_prosecutors_and_a_prosecutors_office_serve_the_dateline_state() -> None:
    r = run("BERLIN (Reuters) - The Federal Prosecutor's Office said three men had been detained, and Germany "
            "summoned the Russian ambassador. Prosecutors accuse Russia's GRU of directing the plot.")
    assert {a.country for a in r.actors if "rosecutor" in a.name} == {"DEU"}
    assert ("ACCUSE", "DEU", "RUS") in dyads(r)


def test_a_title_case_dateline_is_no_party_to_the_news() -> None:
    r = run("Washington, Aug 9 (AFP) - Armenia and Azerbaijan initialled a peace agreement at the White House on Friday.")
    assert not any(a.name == "AFP" and (a.id in {e.source for e in r.events} | {e.target for e in r.events})
                   for a in r.actors)
    assert ("AGREE", "ARM", "AZE") in dyads(r) or ("AGREE", "AZE", "ARM") in dyads(r)


def test_a_place_word_inside_a_persons_name_is_no_place() -> None:
    r = run("Police in Myanmar arrested two local reporters working for Reuters, Wa Lone and Kyaw Soe Oo, "
            "on the outskirts of Yangon on Tuesday evening.")
    assert "IND" not in {a.country for a in r.actors}


def test_an_adverb_ner_took_in_is_not_part_of_the_name() -> None:
    r = run("Armenia's foreign ministry later summoned the Russian ambassador.")
    assert not any("later" in a.name for a in r.actors)


def test_an_official_with_a_bare_title_serves_the_state_the_sentence_before_is_about() -> None:
    r = run("Greek Foreign Minister George Gerapetritis rejected the protest on Thursday. Government spokesman "
            "Pavlos Marinakis said the blocks lay within Greek waters.", published="2025-11-20")
    marinakis = [a for a in r.actors if a.name == "Pavlos Marinakis"]
    assert marinakis and marinakis[0].country == "GRC"


def test_a_hyphenated_first_name_is_not_the_dictionary_surname_it_starts_with() -> None:
    r = run("Niger's leader received Russian Deputy Defence Minister Yunus-Bek Yevkurov in Niamey on Tuesday.")
    names = {a.name for a in r.actors if a.kind == "person"}
    assert "Yunus-Bek Yevkurov" in names and "Muhammad Yunus" not in names
