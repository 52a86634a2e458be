"""Word lists and verb forms shared by the event coder's parts.

The lexicon (data/lexicon.yaml, extensible by users through the registry) holds the words; this module
only reads it and recognises a verb however the small parser lemmatised or split it.
"""

from __future__ import annotations

from spacy.tokens import Token

from dragoman.registry import get_registry


def words(key: str) -> frozenset[str]:
    """A word list of the lexicon (data/lexicon.yaml, extensible by users)."""
    return get_registry().wordset(key)


#: Marks of a stated intention on a trigger's own clause: CAMEO 03 / 13.
INTENT_AUX = frozenset({"will", "would", "shall", "'ll", "wo"})
#: Modals that, with an if/unless clause of the trigger's own, make a hostile act a threat.
CONDITIONAL_AUX = frozenset({"may", "might", "could", "can"})
#: Modals of a pattern's ``conditional`` option: an act held out on a condition ("would take the
#: dispute to arbitration if ..."); not "can" (an ability) nor "wo" ("won't ... if" withholds the act).
CONDITION_MODALS = (INTENT_AUX | CONDITIONAL_AUX) - {"can", "wo"}

#: nouns of a span of time: "weeks of protests", "years of sanctions" are protests and sanctions
SPAN_NOUNS = frozenset({"year", "month", "week", "decade", "day"})


def is_word(tok: Token, key: str) -> bool:
    """Is the token one of a lexicon list's words, by its lemma or its surface form? (The small model
    lemmatises plurals unevenly: "troops", "forces" are listed as written.)"""
    ws = words(key)
    return tok.lemma_.lower() in ws or tok.lower_ in ws


def verb_forms(tok: Token) -> list[str]:
    """The lemma, then crude stems of the surface form: the small model lemmatizes some
    verbs wrongly ("staged" -> "stag"), and a missed trigger is a missed event."""
    low = tok.lower_
    forms = [tok.lemma_.lower(), low]
    if whole := hyphenated(tok, tok.lemma_.lower()):  # "test-fired": "test-fire" first
        forms.insert(0, whole)
    if low.endswith("ed"):
        forms += [low[:-1], low[:-2], low[:-3] if len(low) > 5 and low[-3] == low[-4] else low[:-2]]
    elif low.endswith("ing"):
        forms += [low[:-3], low[:-3] + "e"]
    elif low.endswith("s"):
        forms += [low[:-1], low[:-2]]
    return forms


def hyphenated(tok: Token, word: str) -> str | None:
    """The whole form of a word the tokenizer split at a hyphen ("test", "-", "fired" gives
    "test-fire" for word "fire"), or None."""
    doc = tok.doc
    if tok.i >= 2 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].is_alpha:
        return f"{doc[tok.i - 2].lower_}-{word}"
    return None


def is_verb(tok: Token, lemmas: set[str] | frozenset[str]) -> bool:
    """Is the token one of these verbs, by its lemma or a stem of its surface form?"""
    return any(f in lemmas for f in verb_forms(tok))
