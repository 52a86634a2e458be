"""Dependency-parse helpers that more than one stage needs (actors, events, quotes)."""

from __future__ import annotations

from spacy.tokens import Token

#: Clause links through which a verb shares its governor's subject.
_SHARES_SUBJECT = ("advcl", "xcomp", "conj", "pcomp", "acl")


def shared_subject(verb: Token, hops: int = 4) -> Token | None:
    """The subject of a verb, inherited through coordination and complements:
    'acknowledged the proposal but stated that ...', 'echoed these concerns, stating ...'."""
    node = verb
    for _ in range(hops):
        subjs = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjs:  # the nearest of two ('"Athens risks ...," said a researcher': "risks" misread as one)
            return min(subjs, key=lambda c: abs(c.i - node.i))
        if node.dep_ not in _SHARES_SUBJECT or node.head.i == node.i:
            return None
        node = node.head
    return None


def to_infinitive(verb: Token) -> bool:
    """Is the verb a "to" infinitive ("to urge him", "to drive protesters back")?"""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def prep_objects(tok: Token, preps: str | tuple[str, ...]) -> list[Token]:
    """Objects of the token's prepositions among preps: prep_objects(t, "in") of "a court in
    Guyana" is [Guyana]."""
    wanted = (preps,) if isinstance(preps, str) else preps
    heads = with_conjoined([c for c in tok.children if c.dep_ == "prep" and c.lower_ in wanted], wanted)
    return [g for c in heads for g in c.children if g.dep_ == "pobj"]


def loyal_to(tok: Token) -> list[Token]:
    """Whom these people serve: the objects of "loyal to" or "allied to" on the noun ("forces loyal to
    Khalifa Haftar", "militias allied to the government"), which decide whose fighters they are."""
    return [g for a in tok.children if a.dep_ == "amod" and a.lower_ in ("loyal", "allied")
            for g in prep_objects(a, "to")]


def with_conjoined(preps: list[Token], wanted: tuple[str, ...]) -> list[Token]:
    """These prepositions and the wanted ones coordinated after them: "spoke with X and with Y"."""
    return preps + [k for c in preps for k in c.conjuncts if k.lower_ in wanted and k.i > c.i]


#: "Iranian-backed", "Saudi-led": the state stands behind the group but is not the group.
_BACKER_WORDS = ("backed", "funded", "supported", "sponsored", "aligned", "allied", "affiliated", "linked",
                 "armed", "trained", "inspired")


def stance_prefixed(tok: Token) -> bool:
    """'pro-Russia', 'anti-Israel', 'non-Arab', 'Iranian-backed' (tokenized as three): the name is
    whom the group is for, against or backed by, not the group's own state."""
    doc = tok.doc
    before = tok.i >= 2 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ in ("pro", "anti", "non")
    after = tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" and doc[tok.i + 2].lower_ in _BACKER_WORDS
    return before or after


def indefinite(t: Token, one: bool = False) -> bool:
    """"a diplomat", "an analyst" (with one, also "one Cairo-based analyst"): a noun that introduces
    someone or something new rather than naming one known."""
    return any((c.dep_ == "det" and c.lower_ in ("a", "an")) or (one and c.dep_ == "nummod" and c.lower_ == "one")
               for c in t.children)


#: the reciprocal pronouns: "accused each other", "fired on one another"
_RECIPROCALS = ({"each", "other"}, {"one", "another"})


def reciprocal_object(tok: Token) -> bool:
    """Is a reciprocal pronoun the verb's object ("accused each other", "clashed with one another")?
    Then coordinated subjects act on each other: one event each way."""
    objs = [c for c in tok.children if c.dep_ in ("dobj", "dative")] + prep_objects(
        tok, ("with", "on", "against", "at", "to", "of"))
    return any({t.lower_ for t in o.subtree} >= pair for o in objs for pair in _RECIPROCALS)
