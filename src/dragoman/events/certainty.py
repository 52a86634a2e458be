"""How sure the text is of an event: asserted, reported, speculated, hypothetical, denied.

The trigger's clause is walked up to the sentence root. On the way, modal
auxiliaries, conditional "if", future and intention verbs, hedges,
"reportedly"/"according to", and verbs of saying (with their speaker) each
leave a mark; the strongest mark wins, in the order
denied > hypothetical > speculated > reported > asserted, so a rumour never
looks like a fact.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from dragoman.actors.mentions import MentionIndex
from dragoman.events.news import denied_in_apposition
from dragoman.registry import Registry
from dragoman.syntax import shared_subject

RANK = {"asserted": 0, "reported": 1, "speculated": 2, "hypothetical": 3, "denied": 4}


@dataclass
class Modality:
    """The certainty of a trigger and who it is attributed to."""

    certainty: str = "asserted"
    attributed_to: str | None = None
    speaker_token: Token | None = None  # subject of the governing verb of saying, if any
    speech_verb: Token | None = None
    #: the verb that denies the act ("Rwanda denied sending troops"): its subject may be the doer
    denial_verb: Token | None = None
    negated: bool = False
    future: bool = False
    #: a commentator's "could"/"may"/"would" about an act to come: a forecast, not an event
    forecast: bool = False


def negated(tok: Token) -> bool:
    """A negation on the trigger or its auxiliaries ("did not meet", "never met", "no longer accepts")."""
    for c in tok.children:
        if c.dep_ == "neg" or (c.lower_ in ("never",) and c.dep_ in ("advmod", "neg")):
            return True
        if c.dep_ == "advmod" and c.lower_ == "longer" and any(g.lower_ == "no" for g in c.children):
            return True  # "would no longer accept Israeli-flagged ships"
    return bool(tok.dep_ in ("xcomp",) and any(c.dep_ == "neg" for c in tok.head.children)
                and tok.head.lemma_ in ("want", "plan", "intend", "seek", "try", "agree"))


def modality(tok: Token, reg: Registry, index: MentionIndex) -> Modality:
    """Walk from the trigger to the root and collect certainty marks."""
    speech = reg.wordset("speech_verbs")
    spec_verbs = reg.wordset("speculative_verbs")
    spec_marks = reg.wordset("speculative_markers")
    spec_heads = reg.wordset("speculative_heads")
    hyp = reg.wordset("hypothetical_markers")
    denial = reg.wordset("denial_verbs")
    # "will not hold talks", "did not impose sanctions": the light verb's negation is the act's
    light = tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in reg.wordset("light_verbs")
    out = Modality(negated=negated(tok) or (light and negated(tok.head)))
    level = "denied" if out.negated else "asserted"

    def raise_to(c: str) -> None:
        nonlocal level
        if RANK[c] > RANK[level]:
            level = c

    node: Token | None = tok
    first = True
    via_report = False  # passed through "a report that ...": the act is what a report says
    sibling = False  # reached by "conj": "dismissed the sanctions and vowed to respond" -
    # the sibling verb's own meaning (denial, saying, intent) is not this clause's
    modal = False  # a "could"/"may"/"will" on the way up to the verb of saying, not "may have done"
    while node is not None:
        if out.speech_verb is None and any(c.dep_ == "aux" and c.lower_ in _FORECAST_MODALS for c in node.children) \
                and not any(c.dep_ == "aux" and c.lemma_ == "have" for c in node.children):
            modal = True
        for c in node.children:
            low = c.lower_
            if c.dep_ == "aux" and low in ("may", "might", "could"):
                raise_to("speculated")
            elif c.dep_ == "aux" and low in ("will", "would", "shall", "'ll", "wo"):
                out.future = True
                raise_to("hypothetical")
            elif c.dep_ == "advmod" and low in spec_marks:
                raise_to("speculated" if low not in ("reportedly",) else "reported")
            elif c.dep_ == "advmod" and low in ("reportedly", "allegedly", "purportedly"):
                raise_to("reported")
            elif c.dep_ == "mark" and low in ("if", "unless") and node.dep_ == "advcl":
                raise_to("hypothetical")
            elif c.dep_ == "prep" and low == "according":
                raise_to("reported")
                src = next((g for p in c.children for g in p.children if g.dep_ == "pobj"), None)
                if src is not None:
                    out.attributed_to = out.attributed_to or _actor(src, index)
        said = _trailing_attribution(node, tok, speech)
        if said is not None and not sibling and out.speech_verb is None:
            # "Beijing has detained X, days after ..., the Crisis Group said": the parser hung the
            # attribution on the news as a clause of its own; it is still who says so
            out.speech_verb, out.speaker_token = said, shared_subject(said)
            raise_to("reported")
            if out.speaker_token is not None and out.attributed_to is None:
                out.attributed_to = _actor(out.speaker_token, index)
        if not first and not sibling and node.lemma_.lower() in denial and node.pos_ == "VERB":
            raise_to("denied")
            out.denial_verb = out.denial_verb or node
        if not first and node.pos_ == "NOUN" and node.lemma_.lower() in reg.wordset("report_nouns"):
            via_report = True  # "a report that Russian authorities had detained a journalist"
            raise_to("reported")
        elif via_report and node.pos_ == "VERB" and node.lemma_.lower() in reg.wordset("retracting_verbs") | denial:
            raise_to("denied")  # "Interfax withdrew a report that ...": the report is taken back
            out.denial_verb = out.denial_verb or node
        if sibling:
            pass
        elif not first and node.lemma_.lower() in speech and node.pos_ in ("VERB", "AUX"):
            subj = shared_subject(node)
            if out.speech_verb is None:
                out.speech_verb, out.speaker_token = node, subj
            if node.lemma_.lower() in spec_verbs or (subj is not None and _speculates(subj, spec_heads)):
                raise_to("speculated")
                out.forecast = out.forecast or (modal and out.speech_verb is node)
            else:
                raise_to("reported")
                if subj is not None and out.attributed_to is None:
                    out.attributed_to = _actor(subj, index)
        elif not first and node.lemma_.lower() in hyp and node.pos_ in ("VERB", "ADJ", "AUX"):
            out.future = True
            raise_to("hypothetical")
        elif not first and node.lemma_.lower() in spec_verbs:
            raise_to("speculated")
        elif not first and modal and node.pos_ == "ADJ" and node.lemma_.lower() in reg.wordset("forecast_adjectives"):
            raise_to("speculated")  # "was optimistic that Iraq would cooperate": a forecast, no act
            out.forecast = True
        if node.dep_ == "ROOT" or node.head.i == node.i:
            break
        if node.dep_ in ("relcl", "acl") and first is False:
            break
        if denied_in_apposition(node, reg):
            break  # "X accused Y of shelling, a charge the army denied": the accusation stands
        sibling = node.dep_ == "conj"
        node = node.head
        first = False
    out.certainty = level
    return out


_FORECAST_MODALS = frozenset({"may", "might", "could", "will", "would", "'ll"})


def _speculates(subj: Token, spec_heads: frozenset[str]) -> bool:
    """An analyst, expert or researcher, by head or by apposition ("Hansen, a senior researcher")."""
    return any(t.lemma_.lower() in spec_heads or t.lower_ in spec_heads
               for t in (subj, *(c for c in subj.children if c.dep_ == "appos")))


def _trailing_attribution(node: Token, tok: Token, speech: frozenset[str]) -> Token | None:
    """A ", X said" clause the parser made an adverbial clause of the news verb (with no "as" or
    "when" to make it one): the attribution of the whole sentence."""
    for c in node.children:
        if c.dep_ == "advcl" and c.i > tok.i and c.lemma_.lower() in speech and c.pos_ == "VERB" \
                and not any(g.dep_ in ("mark", "advmod", "aux") for g in c.children) \
                and any(g.dep_ == "nsubj" for g in c.children) and any(t.text == "," for t in c.lefts):
            return c
    return None


def _actor(tok: Token, index: MentionIndex) -> str | None:
    m = index.at(tok.i)
    if m:
        return m.actor_id
    for c in tok.subtree:
        m = index.at(c.i)
        if m:
            return m.actor_id
    return None
