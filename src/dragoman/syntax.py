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
        subj = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            return subj
        if node.dep_ not in _SHARES_SUBJECT or node.head.i == node.i:
            return None
        node = node.head
    return None


def prep_objects(tok: Token, preps: str | tuple[str, ...]) -> list[Token]:
    """Objects of the token's prepositions among preps: prep_objects(t, "in") of "a court in
    Guyana" is [Guyana]."""
    wanted = (preps,) if isinstance(preps, str) else preps
    return [g for c in tok.children if c.dep_ == "prep" and c.lower_ in wanted
            for g in c.children if g.dep_ == "pobj"]
