"""The NLP stage: the pinned model loads with what the stages need, and the dictionary fixes NER."""

from __future__ import annotations

import pytest

from dragoman import nlp
from dragoman.model import Article


def test_pinned_model_is_a_38_pipeline_with_the_dictionary_ruler_before_ner() -> None:
    model = nlp.nlp()
    assert str(model.meta["version"]).startswith("3.8")
    names = model.pipe_names
    assert names.index("entity_ruler") < names.index("ner")
    assert {"parser", "tagger", "lemmatizer"} <= set(names)


def test_a_missing_model_is_a_clear_error() -> None:
    with pytest.raises(nlp.ModelError, match="not installed"):
        nlp.load("no_such_spacy_model_xyz")


def test_dictionary_corrects_ner_on_names_it_has_not_seen() -> None:
    doc = nlp.nlp()("According to Iran's Tasnim news agency, Lavrentiev met in Tehran with Ali Larijani.")
    labels = {e.text: e.label_ for e in doc.ents}
    assert labels.get("Tasnim news agency") == "ORG" or labels.get("Tasnim") == "ORG"
    assert labels.get("Lavrentiev") == "PERSON"
    assert any(e.ent_id_ == "IRN" for e in doc.ents if e.text in ("Iran", "Tehran"))


def test_a_line_break_ends_a_sentence() -> None:
    doc = nlp.nlp()("Fears of Iran Becoming a Russian Pawn\nAmid these developments, analysts worry.")
    assert len(list(doc.sents)) == 2


def test_rejected_articles_pass_through_in_order_without_a_doc() -> None:
    arts = [Article(id="a", text="Iran met Iraq."), Article(id="b", text="", errors=["rejected: empty"]),
            Article(id="c", text="Russia met China.")]
    out = list(nlp.parse(arts, batch_size=8))
    assert [a.id for a, _ in out] == ["a", "b", "c"]
    assert out[1][1] is None and out[0][1] is not None


@pytest.mark.parametrize(("text", "verb", "subject", "obj"), [
    # the small parser reads these as noun phrases with the verb as a modifier of its object
    ("Israel's Shin Bet shared intelligence with Egyptian security services.", "shared", "Bet", "intelligence"),
    ("Japan's Air Self-Defence Force scrambled fighter jets on Monday.", "scrambled", "Force", "jets"),
    # a name the parser hung on the verb as an adverbial is its subject
    ("Azerbaijan massed troops along its border with Armenia on Wednesday.", "massed", "Azerbaijan", "troops"),
])
def test_a_verb_the_parser_lost_gets_its_subject_and_object_back(text: str, verb: str, subject: str,
                                                                 obj: str) -> None:
    doc = nlp.nlp()(text)
    v = next(t for t in doc if t.text == verb)
    assert v.pos_ == "VERB" and v.dep_ == "ROOT"
    assert [c.text for c in v.children if c.dep_ == "nsubj"] == [subject]
    assert [c.text for c in v.children if c.dep_ == "dobj"] == [obj]


def test_a_past_participle_modifier_is_left_alone() -> None:
    doc = nlp.nlp()("The U.S.-backed government collapsed on Friday.")
    assert next(t for t in doc if t.text == "collapsed").dep_ == "ROOT"
