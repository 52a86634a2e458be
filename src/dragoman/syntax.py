"""Dependency-parse helpers that more than one stage needs (quotes and events)."""

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
