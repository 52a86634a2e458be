"""Cleaning: scrape residue goes, article text and paragraphs stay, unusable documents are rejected."""

from __future__ import annotations

import pytest

from dragoman.clean import clean, language_problem, residue_reason
from dragoman.model import Article

BODY = [
    "Alexander Lavrentiev, the Russian presidential envoy to Syria, arrived in Tehran on Tuesday for "
    "high-level discussions aimed at bolstering coordination between Moscow and Tehran.",
    "A Russian diplomatic source told Asharq Al-Awsat that the visit comes as part of “Moscow’s broader "
    "efforts to stabilize the region”.",
    "Iran’s Foreign Minister Abbas Araghchi said on Wednesday that Tehran would not negotiate under pressure.",
]

RESIDUE = [
    "Read More: Iran, IAEA Agree on New Inspection Framework",
    "ALSO READ: Araghchi heads to Moscow",
    "Also read",
    "RELATED: Putin hosts Pezeshkian in Kremlin",
    "Follow us on Telegram for the latest news",
    "Subscribe to our newsletter",
    "Click here to read the full statement",
    "Share this article",
    "(Photo: Tasnim)",
    "Photo: Reuters",
    "File photo of the Iranian foreign ministry building in Tehran",
    "Image: AFP",
    "Iranian Foreign Minister Abbas Araghchi in Tehran. Getty Images",
    "REUTERS/Majid Asgaripour",
    "Advertisement",
    "We use cookies to improve your experience on our website.",
    "Story continues below advertisement",
]


def _art(text: str, **kw) -> Article:
    return Article(id="t", text=text, **kw)


def test_residue_lines_are_dropped_and_body_kept() -> None:
    mixed = [BODY[0], RESIDUE[0], RESIDUE[1], BODY[1], *RESIDUE[2:], BODY[2]]
    out = clean(_art("\n".join(mixed)))
    assert out.text == "\n".join(BODY)
    assert out.errors == []


@pytest.mark.parametrize("line", RESIDUE)
def test_each_residue_pattern(line: str) -> None:
    assert residue_reason(line), line


@pytest.mark.parametrize("line", [
    *BODY,
    "Read the full transcript of the minister’s remarks below, as released by the ministry on Tuesday.",
    "Related talks are expected in Geneva next week, the ministry said.",
    "Follow-up talks on the nuclear file will be held in Oman, a diplomatic source said.",
    "Subscribers to the sanctions regime include all 27 member states of the European Union and the "
    "United Kingdom, which announced its own measures on Monday after the talks had collapsed in Vienna, "
    "officials said.",
    "Photographs released by the ministry showed Lavrov and Araghchi shaking hands.",
])
def test_real_sentences_are_not_residue(line: str) -> None:
    assert residue_reason(line) is None


def test_whitespace_normalised_paragraphs_and_curly_quotes_kept() -> None:
    raw = "\ufeffIran\u2019s\u00a0minister  said:\u200b \u201cNo.\u201d\r\n\r\n\r\n\tSecond\u00a0 paragraph.  \r\nThird"
    out = clean(_art(raw, title="  Envoy\u00a0in\nTehran "))
    assert out.text == "Iran\u2019s minister said: \u201cNo.\u201d\n\nSecond paragraph.\nThird"
    assert out.title == "Envoy in Tehran"


def test_archive_quotes_and_escaped_dollars_become_plain() -> None:
    """LDC-style wire text: ``special law'' and \\$500 would reach the parser as odd words."""
    out = clean(_art("The parliament approved a ``special law'' and \\$500,000 in fines, the agency's report said."))
    assert out.text == 'The parliament approved a "special law" and $500,000 in fines, the agency\'s report said.'


def test_hyphenated_vice_titles_are_spelled_as_two_words() -> None:
    out = clean(_art("The Iraqi vice-president and the Vice-Premier met the vice-chairman of the party."))
    assert out.text == "The Iraqi vice president and the Vice Premier met the vice chairman of the party."


def test_hyphenated_co_verbs_are_written_solid() -> None:
    # the parser loses "co-produce" split in three; "co-founder" and "co-op" are left alone
    out = clean(_art("India and the US will co-produce engines and Co-operate closely, said the co-founder."))
    assert out.text == "India and the US will coproduce engines and Cooperate closely, said the co-founder."


def test_wire_datelines_are_removed_before_the_first_sentence() -> None:
    # the parser would read the city as the subject of the sentence
    out = clean(_art("RANGOON, Burma (AP) - Burma's military government has freed Aung San Suu Kyi."))
    assert out.text == "Burma's military government has freed Aung San Suu Kyi."
    assert clean(_art("NEW DELHI (Xinhua) - Li Peng arrived.")).text == "Li Peng arrived."
    assert clean(_art("WASHINGTON - The US imposed sanctions.")).text == "The US imposed sanctions."
    # a dash inside a sentence, or a name in capitals that is no dateline, stays
    assert clean(_art("Iran - a country of 80 million - voted.")).text == "Iran - a country of 80 million - voted."
    assert clean(_art("NATO and the EU met in Brussels.")).text == "NATO and the EU met in Brussels."


def test_the_dateline_city_is_kept_as_the_articles_place() -> None:
    # "arrived here" must still say where: the city removed from the text is kept on the article
    assert clean(_art("RANGOON, Burma (AP) - The junta freed 300 prisoners.")).dateline == "Rangoon"
    assert clean(_art("NEW DELHI (Xinhua) - Li Peng arrived here.")).dateline == "New Delhi"
    assert clean(_art("NATO and the EU met in Brussels.")).dateline is None
    # with the day after the city, and a double dash
    out = clean(_art("SEOUL, Nov. 7 (Yonhap) -- North Korea fired a missile."))
    assert (out.dateline, out.text) == ("Seoul", "North Korea fired a missile.")
    assert clean(_art("KYIV, Oct 2 (Reuters) - Russia and Ukraine swapped prisoners.")).dateline == "Kyiv"
    # any outlet in the brackets, not only the wire agencies
    out = clean(_art("NEW DELHI, Dec 9 (Hindustan Times) - Wang Yi held talks in New Delhi."))
    assert (out.dateline, out.text) == ("New Delhi", "Wang Yi held talks in New Delhi.")
    assert clean(_art("Iran - a country of 80 million - voted.")).dateline is None


def test_inline_photo_credit_removed() -> None:
    out = clean(_art("Lavrov met Araghchi in Moscow (Photo: IRNA) on Friday, the ministry said."))
    assert out.text == "Lavrov met Araghchi in Moscow on Friday, the ministry said."


def test_clean_returns_a_new_article() -> None:
    art = _art("Lavrov met Araghchi.\nAdvertisement")
    out = clean(art)
    assert out is not art and art.text.endswith("Advertisement") and out.text == "Lavrov met Araghchi."


def test_empty_after_cleaning_is_rejected() -> None:
    out = clean(_art("Advertisement\nShare this article\n"))
    assert out.errors == ["rejected: empty text after removing scrape residue"]
    assert clean(_art("   \n ")).errors == ["rejected: empty text"]


def test_too_long_is_rejected_with_its_size(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DRAGOMAN_MAX_CHARS", "500")
    out = clean(_art("Lavrov met Araghchi in Moscow. " * 20))
    assert len(out.errors) == 1 and out.errors[0].startswith("rejected: too long (619 characters")
    assert "500" in out.errors[0] and "DRAGOMAN_MAX_CHARS" in out.errors[0]
    assert out.text == ""  # a rejected oversize text is not echoed into the output


FRENCH = ("Le ministre des Affaires étrangères a rencontré son homologue iranien à Téhéran mardi pour "
          "discuter de la coopération régionale et de la situation au Moyen-Orient, selon un communiqué "
          "publié par le ministère. Les deux parties ont souligné leur volonté de poursuivre le dialogue.")
SPANISH = ("El ministro de Asuntos Exteriores se reunió el martes en Teherán con su homólogo iraní para "
           "abordar la cooperación regional y la situación en Oriente Medio, según un comunicado del "
           "ministerio. Ambas partes destacaron su voluntad de continuar el diálogo.")


@pytest.mark.parametrize("text", [FRENCH, SPANISH])
def test_non_english_is_rejected(text: str) -> None:
    out = clean(_art(text))
    assert len(out.errors) == 1
    assert out.errors[0].startswith("rejected: not English (English stop-word share 0.0")
    assert out.text == text  # kept for the analyst to see


def test_non_latin_script_is_rejected() -> None:
    arabic = "التقى وزير الخارجية الإيراني عباس عراقجي بنظيره الروسي سيرغي لافروف في موسكو يوم الثلاثاء " * 3
    assert (language_problem(arabic) or "").startswith("rejected: not English (mostly non-Latin script")


@pytest.mark.parametrize("text", [
    "Russia, Iran Hold Talks",  # a headline: too short to judge
    "UN Security Council Extends Iran Sanctions Snapback Deadline Amid E3 Pressure From France Germany "
    "Britain And US Officials In New York Talks Tuesday",  # title case: few common words
    "Sergei Lavrov, Abbas Araghchi, Ali Larijani, Alexander Lavrentiev, Vladimir Putin, Masoud Pezeshkian, "
    "Ali Khamenei, Mohammad Bagher Ghalibaf and Kaja Kallas attended the Tehran Security Conference "
    "alongside Wang Yi, Hakan Fidan, Subrahmanyam Jaishankar, Ishaq Dar and Faisal bin Farhan Al Saud, "
    "where the delegations discussed the situation in the region.",  # many names
    " ".join(BODY),
    # dense news prose with few stop words: the language identifier keeps it
    "Vietnamese-led forces launched artillery, mortar, and rocket fire against Kampuchean guerrilla camps "
    "near the eastern Thai border today, killing or wounding 50, Thai military sources said.",
    "Egyptian police opened fire to disperse Moslem fundamentalist demonstrators on Monday night, killing "
    "one person and arresting 12, security sources said.",
])
def test_english_with_many_names_is_kept(text: str) -> None:
    assert language_problem(text) is None


def test_earlier_rejection_is_kept_and_not_doubled() -> None:
    art = _art("", errors=["rejected: binary file (PDF), not text"])
    assert clean(art).errors == ["rejected: binary file (PDF), not text"]


def test_a_dateline_with_a_year_is_a_dateline() -> None:
    """"NEW DELHI, Oct 16, 2025 (AFP) - ": the year does not hide the city from the parser or the actors."""
    from dragoman.clean import dateline, strip_residue

    text = "NEW DELHI, Oct 16, 2025 (AFP) - India on Thursday ordered a Pakistani diplomat to leave."
    assert dateline(text) == "New Delhi"
    assert strip_residue(text).startswith("India on Thursday")
