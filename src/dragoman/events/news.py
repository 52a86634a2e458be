"""Is it news? Clauses whose words read like an event but report none.

Each test takes a trigger token (and its pattern) and says why the clause is no new act: a question,
a habit, an anniversary, a game, a forecast or an expectation, a poll, a tally, a war's toll, a
disaster's victims, what a book depicts or a video purports, an act ended, disavowed, called off or
that never came about, a lasting dispute, history dated years before the article. The coder asks these before it
codes a trigger; the rules are documented with examples in docs/coding.md.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from dragoman.events.dates import WEEKDAYS
from dragoman.events.patterns import Pattern
from dragoman.events.words import SPAN_NOUNS, is_verb, is_word, words
from dragoman.registry import Registry, get_registry
from dragoman.syntax import prep_objects, to_infinitive

#: Marks of a clause that sets the scene rather than reports the news ("after", "when", "where").
BACKGROUND_MARKS = {"after", "before", "since", "as", "when", "while", "because", "until", "once", "where"}
#: Prepositions that make a noun trigger an earlier event used as a time mark.
BACKGROUND_PREPS = {"since", "after", "following", "before", "until"}
#: verbs of winning a game, which sport shares with war ("Argentina beat Brazil 1-0")
_GAME_VERBS = frozenset({"beat", "defeat", "stun", "thrash", "rout", "crush", "edge", "trounce", "hammer",
                         "overwhelm", "outplay", "eliminate", "knock", "sink", "upset", "down"})
#: a year or a decade in a date's text ("in 1992", "during the 1990s")
YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)(s)?\b")


def denial_of_charge(tok: Token) -> bool:
    """"..., a charge the Thai army denied": a denial in a relative clause on a charge set off by a
    comma (the charge just made in the sentence)."""
    head = tok.head
    return tok.dep_ == "relcl" and tok.lemma_.lower() in words("denial_verbs") and head.left_edge.i > 0 \
        and head.lower_ in get_registry().table("answered_nouns") and tok.doc[head.left_edge.i - 1].text == ","


def reaction_to_act(tok: Token) -> bool:
    """"sent troops to Abkhazia, a move Tbilisi denounced as a provocation": a relative clause on an act
    noun set off by a comma (the act just reported) that says how someone answered it."""
    head = tok.head
    start = head.left_edge.i
    if head.dep_ == "pobj" and head.head.lower_ == "in" and head.head.i == start - 1:
        start -= 1  # "..., in a move Washington called regrettable"
    # (or "..., a move condemned within hours by the EU": the passive, its reactor in the "by" phrase)
    clause = tok.dep_ == "relcl" or (tok.dep_ == "acl" and tok.tag_ == "VBN" and any(c.dep_ == "agent"
                                                                                    for c in tok.children))
    return clause and tok.lemma_.lower() in words("reaction_verbs") and start > 0 \
        and head.lower_ in words("condemnable_acts") and tok.doc[start - 1].text == ","


#: day words that date a clause to the news of the day ("on Tuesday", "earlier today")
_NEWS_DAYS = frozenset({"today", "yesterday", "tonight"}) | frozenset(d for d in WEEKDAYS if len(d) > 4)


def dated_today(tok: Token) -> bool:
    """"Grundberg, who met Oman's foreign minister in Muscat on Tuesday, urged restraint": a relative
    clause on an actor dated to a day of this week reports news of its own, not background."""
    if tok.dep_ != "relcl" or not any(c.dep_ == "nsubj" and c.lower_ in ("who", "which") for c in tok.children) \
            or any(c.dep_ == "aux" and c.lower_ == "had" for c in tok.children):
        return False  # ("separatists who had seized the airport on Monday": before the news)
    days = [c for c in tok.children if c.dep_ == "npadvmod"] + prep_objects(tok, "on")
    return any(d.lower_ in _NEWS_DAYS for d in days)


def denied_in_apposition(node: Token, reg: Registry) -> bool:
    """"Phnom Penh accused Bangkok of X, a charge the Thai army denied": the parser may make the
    accusation the object clause of "denied"; what is denied is the charge named after the comma,
    and the clause before it is the outlet's own news."""
    head = node.head
    if node.dep_ != "ccomp" or node.i > head.i or head.lemma_.lower() not in reg.wordset("denial_verbs"):
        return False
    nouns = reg.table("answered_nouns")
    return any(c.dep_ == "dobj" and node.i < c.i < head.i and c.lower_ in nouns
               and c.left_edge.i > 0 and c.doc[c.left_edge.i - 1].text == "," for c in head.children)


def is_background(tok: Token) -> bool:
    """Is the trigger inside a relative clause or a temporal/causal adverbial clause?"""
    node = tok
    for _ in range(6):
        if node.dep_ == "relcl" and to_infinitive(node) and any(
                c.dep_ == "amod" and c.lower_ in ("first", "last", "latest") for c in node.head.children):
            return False  # "became the first country to recognise the council": the news itself
            # (not "measures to defend its sovereignty": a purpose; nor "the only country to host both
            # U.S. and Russian bases": what it is)
        if node.dep_ in ("relcl", "acl") and (denial_of_charge(node) or reaction_to_act(node) or dated_today(node)):
            return False  # "..., a charge the army denied", "..., a move Tbilisi denounced": today's answer;
            # "Grundberg, who met Albusaidi on Tuesday, urged": this week's act
        if node.dep_ == "relcl" or (node.dep_ == "acl" and node.tag_ in ("VBN", "VBG")):
            return True  # "which backs the SDF", "a guard involved in a shooting", "inspectors probing"
        marks = {c.lower_ for c in node.children if c.dep_ in ("mark", "advmod") and c.lower_ in BACKGROUND_MARKS}
        if node.dep_ == "advcl" and marks and not (marks == {"as"} and _concurrent(node)):
            return True
        if node is tok and tok.pos_ == "NOUN":
            mark = tok  # "after a week of unprecedented civil unrest": up through the "of" chain
            while mark.dep_ == "pobj" and mark.head.lower_ == "of" and mark.head.head.pos_ == "NOUN":
                mark = mark.head.head
            if spoken_after(mark) is not None:
                return False  # "speaking after talks with his Somali counterpart": the talks the words follow
            if mark.dep_ == "pobj" and mark.head.lower_ in BACKGROUND_PREPS:
                return True  # "demobilized since the August peace accord": an earlier event as a time mark
        if node.dep_ == "ROOT" or node.head.i == node.i:
            return False
        node = node.head
    return False


def spoken_after(tok: Token) -> Token | None:
    """"X, speaking after talks with his Somali counterpart, said...": the participle of speaking whose
    "after" phrase names this act, or None. The act is the occasion of the words, today's news, and
    the speaker's."""
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "after" and head.head.tag_ == "VBG" \
            and head.head.lemma_.lower() in ("speak", "talk", "address", "brief"):
        return head.head
    return None


def _concurrent(verb: Token) -> bool:
    """"..., as New Delhi accused Islamabad of sending troops": an "as" clause in the simple past or
    present with a subject of its own tells news of the same day, not the scene ("as he had done")."""
    return verb.tag_ in ("VBD", "VBZ", "VBP") and any(c.dep_ == "nsubj" for c in verb.children) \
        and not any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in verb.children)


def not_news(tok: Token, p: Pattern) -> bool:
    """Sentences that report no act however their words read: a question ("Would Washington go to
    war with China?"), a habit ("traditionally refuses", "receives aid every year"), an anniversary
    ("marks 30 years since Iraqi troops poured into Kuwait"), sport ("beat Brazil 1-0", "stunned
    Spain in a penalty shootout") and private violence ("stabbed his neighbour")."""
    sent = tok.sent
    if sent.text.rstrip().rstrip('"\u201d\'').endswith("?"):
        return True
    if tok.tag_ == "VBG" and tok.dep_ in ("csubj", "csubjpass", "nsubj") and not any(
            c.dep_ in ("poss", "nsubj") for c in tok.children):
        return True  # "negotiating with the Americans has never brought Iran anything": no one's act
    node = tok
    for _ in range(4):
        if any(c.dep_ == "advmod" and c.lower_ in words("habitual_adverbs") for c in node.children) or _long_held(node) or any(
                c.dep_ in ("npadvmod", "prep") and any(g.lower_ in ("every", "each") for g in c.subtree)
                and any(g.lemma_.lower() in ("year", "month", "week", "day") for g in c.subtree)
                for c in node.children):
            return True
        if node.head.i == node.i:
            break
        node = node.head
    if any(a.lower_ == "anniversary" or (a.lemma_.lower() == "mark" and any(  # "marks 30 years since..."
            c.dep_ in ("dobj", "npadvmod") and c.lemma_.lower() in ("year", "decade", "month", "anniversary")
            for c in a.children))
           for a in tok.ancestors):
        return True
    if _avoided(tok):
        return True
    if tok.pos_ == "NOUN" and tok.dep_ == "nsubj" and tok.head.lemma_.lower() in words("persistence_verbs"):
        return True  # "the ceasefire has largely held since November": a state that lasts, no new act
    if (is_verb(tok, frozenset({"ask", "inquire", "enquire", "query"})) and any(
            (c.dep_ == "prep" and c.lower_ == "about") or (c.dep_ == "ccomp" and any(
                g.dep_ in ("mark", "advmod", "dobj", "nsubj") and g.lower_ in ("whether", "if", "why", "how", "what", "when")
                for g in c.children)) for c in tok.children)):  # (also "asked what Tokyo would do")
        return True  # "asked whether Putin would meet", "asked about the proposal": a question, no request
    if tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ == "since":
        return True  # "since the 2003 invasion of Iraq": a starting point in time, older than this news
    if p.type == "ASSAULT" and _toll(tok):
        return True
    if _expected(tok) or _in_dated_past(tok) or _during_span(tok):
        return True
    if tok.pos_ == "VERB" and any(c.dep_ == "auxpass" for c in tok.children) and any(
            c.dep_ == "advmod" and c.lower_ == "still" for c in tok.children):
        return True  # "some 28,500 U.S. troops are still stationed in the South", "are still held": a state
    if _no_one(tok) or _counted_agent(tok) or _polled(tok) or _never_happened(tok):
        return True
    if tok.pos_ == "NOUN" and any(m in tok.doc[tok.left_edge.i:tok.i].text.lower() for m in words("lasting_modifiers")):
        return True  # "the long-running battle between Greece and Britain over the Marbles": a dispute that lasts
    if tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.dep_ == "appos" and not reaction_to_act(tok):
        return True  # "Thomas Sankara, the revolutionary leader killed in a 1987 coup": who he was, not news
    if _depicted(tok) or _forecast_subject(tok) or (p.type in ("ASSAULT", "COERCE") and _natural_cause(tok)):
        return True
    if p.type in ("ASSAULT", "COERCE") and tok.dep_ == "relcl" and subject_noun(tok) == tok.head \
            and _disaster_antecedent(tok.head):
        return True  # "the earthquake in Kermanshah province, which killed more than 400 people": no one's force
    if p.type == "ASSAULT" and (tok.lemma_.lower() in words("match_verbs") or any(
            t.lemma_.lower() in _GAME_VERBS and t.pos_ == "VERB" for t in sent)):  # ("Serbia and Albania clash in a qualifier")
        vocab = {t.lower_ for t in sent} | {t.lemma_.lower() for t in sent}  # (a game won, not "hanged two
        if vocab & words("sports_words") or re.search(  # men in the football stadium")
                r"\b\d{1,2}-\d{1,2}\b(?! (?:year|month|week|day))", sent.text):
            return True
    return p.type == "ASSAULT" and any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in words("private_persons")
                                       for c in tok.children)


def _long_held(verb: Token) -> bool:
    """A stance held for long ("Japan has long opposed China's claim"), not "as long as"."""
    return any(c.dep_ == "advmod" and c.lower_ == "long" and not any(c.children) for c in verb.children) and any(
        c.dep_ == "aux" and c.lower_ in ("has", "have", "had") for c in verb.children)


def _toll(tok: Token) -> bool:
    """"More than 200,000 people have been killed in the Bosnian war", "Lebanon's civil war has killed
    150,000 people", "a war that killed 80,000": a war's toll, not an attack."""
    subj = subject_noun(tok)
    if subj is not None and subj.lemma_.lower() in words("long_conflicts"):
        return True
    marks = prep_objects(tok, ("in", "during", "since"))
    marks = [tok.head if m.lower_ in ("which", "that") and tok.dep_ == "relcl" else m for m in marks]  # "the
    # genocide, in which some 800,000 people were killed"
    marks += [g for m in marks if m.lemma_.lower() in words("onset_nouns") for g in prep_objects(m, "of")]  # "since the start of the war"
    passive = any(c.dep_ == "auxpass" for c in tok.children) and not any(c.dep_ == "agent" for c in tok.children)
    return passive and (any(g.lemma_.lower() in words("long_conflicts") for g in marks) or any(  # "70,000 people have
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "since" for m in c.children)  # been killed since
        for c in tok.children))  # the Tamil Tigers began fighting in 1983": a count since a war began


def subject_noun(tok: Token) -> Token | None:
    """The subject of a verb, read through a relative pronoun ("the earthquake, which killed 400":
    the earthquake)."""
    subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and subj.lower_ in ("which", "that", "who") and tok.dep_ == "relcl":
        return tok.head
    return subj


def _no_one(tok: Token) -> bool:
    """A subject that is no one ("no state has ever been found to have committed genocide", "nobody
    attacked"), also the raised subject of the clause the act hangs on."""
    node = tok
    for _ in range(3):
        for c in node.children:
            if c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in ("nobody", "none") or any(
                    d.dep_ == "det" and d.lower_ == "no" for d in c.children)):
                return True
        if node.dep_ not in ("xcomp", "ccomp", "advcl") or node.head.i == node.i or any(
                c.dep_ in ("nsubj", "nsubjpass") for c in node.children):
            return False  # (up only through clauses without a subject of their own)
        node = node.head
    return False


def _polled(tok: Token) -> bool:
    """What the people of a poll say or expect ("49 percent of Germans say", "12 percent expect
    Britain to hand them back"): an opinion counted, no act."""
    return any(a.pos_ == "VERB" and any(c.dep_ == "nsubj" and c.lemma_.lower() in words("poll_heads")
                                        for c in a.children) for a in (tok, *list(tok.ancestors)[:4]))


def _never_happened(tok: Token) -> bool:
    """A noun act whose own verb says it did not come about ("a meeting ... never materialised") or
    is only possible ("a meeting between Putin and Zelenskiy is not ruled out")."""
    v = tok.head
    negated = any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ == "never") for c in v.children)
    if tok.pos_ == "NOUN" and tok.dep_ in ("dobj", "nsubjpass") and negated and v.lemma_.lower() == "rule" \
            and any(c.dep_ == "prt" and c.lower_ == "out" for c in v.children):
        return True
    return tok.pos_ == "NOUN" and tok.dep_ == "nsubj" and v.lemma_.lower() in words("occurring_verbs") and negated


def _counted_agent(tok: Token) -> bool:
    """A present state counted over many agents ("Palestine is recognised by 138 of the 193 UN member
    states", "the deal is backed by 27 countries"): a tally, not an act of this news."""
    if not (any(c.dep_ == "auxpass" and c.lower_ in ("is", "are") for c in tok.children) and tok.tag_ == "VBN"):
        return False
    return any(g.pos_ == "NUM" or any(n.dep_ == "nummod" for n in g.children)
               for a in tok.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj")


def _disaster_antecedent(noun: Token) -> bool:
    """Is a relative clause's antecedent a disaster, or the place of one ("the earthquake in
    Kermanshah province, which killed": the parser hangs "which" on the province)?"""
    for _ in range(3):
        if is_word(noun, "non_agents"):
            return True
        if not (noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.lower_ in ("in", "of", "near", "off")):
            return False
        noun = noun.head.head
    return False


def _expected(tok: Token) -> bool:
    """An act only expected ("a government offensive was expected once the rainy season ends") or
    expected by commentators ("analysts expect the central bank to raise rates when its committee
    meets"): a forecast, no act."""
    if tok.pos_ == "NOUN" and tok.dep_ == "nsubjpass" and tok.head.lemma_.lower() in words("expecting_verbs"):
        return True
    for a in list(tok.ancestors)[:4]:
        if a.lemma_.lower() in words("expecting_verbs") and a.pos_ == "VERB" and any(
                c.dep_ == "nsubj" and c.lemma_.lower() in words("speculative_heads") for c in a.children):
            return True
    return False


def _in_dated_past(tok: Token) -> bool:
    """An act in a "when" clause on a year ("the dispute dates back to 1998, when Eritrean and
    Ethiopian forces fought a war"): history told as background, whatever the article's date."""
    node = tok
    for _ in range(4):
        if node.dep_ == "relcl" and YEAR.fullmatch(node.head.text) and any(
                c.dep_ in ("advmod", "mark") and c.lower_ == "when" for c in node.children):
            return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def _during_span(tok: Token) -> bool:
    """A noun act that lasted through a span, named only as the setting of other news ("despite
    months of labour unrest", "after weeks of protests"): no new act."""
    if not (tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ == "of"):
        return False
    span = tok.head.head
    return span.lemma_.lower() in SPAN_NOUNS and span.dep_ == "pobj" and span.head.lower_ in (
        BACKGROUND_PREPS | {"despite", "amid"})


def disavowed(tok: Token) -> bool:
    """An act someone has "no intention of" or "no plans to" doing: nothing is done or promised."""
    node = tok.head if tok.dep_ in ("pcomp", "pobj") and tok.head.lower_ == "of" else tok
    host = node.head
    if node is tok and not (tok.dep_ == "acl" and to_infinitive(tok)):
        return False
    return host.pos_ == "NOUN" and host.lemma_.lower() in words("intent_nouns") | {"plan", "wish", "desire"} \
        and any(c.dep_ == "det" and c.lower_ == "no" for c in host.children)


def ended(tok: Token) -> bool:
    """A hostile act named as what is ended, halted or prevented ("to halt the war in Bosnia", "an
    end to the fighting", "a cessation of hostilities", "to avert a war between India and Pakistan", "the war must end")."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in SPAN_NOUNS:
        tok = tok.head.head  # "ending nearly four years of war in Bosnia": the span ended is the war's
    verb = tok.head
    if tok.dep_ == "pobj" and verb.lower_ == "to" and verb.head.lemma_.lower() in ("end", "halt", "stop"):
        return True
    if tok.dep_ == "pobj" and verb.lower_ == "of" and verb.head.lower_ in words("ending_nouns"):
        return True  # "an agreement on a permanent cessation of hostilities": no hostilities here
    if tok.dep_ == "nsubj" and verb.lemma_.lower() in ("end", "stop", "cease", "subside", "abate") \
            and verb.tag_ == "VB" and not any(c.dep_ == "dobj" for c in verb.children):
        return True  # "hopes the war in Ukraine will end soon": the act is named as what should end
        # (but "the kidnapping ... ended after a month" took place)
    return tok.dep_ in ("dobj", "nsubjpass") and verb.lemma_.lower() in words("ending_verbs")


#: verbs whose subject is "under" what the noun names ("came under pressure from the EU")
UNDER_VERBS = frozenset({"be", "come", "remain", "fall", "stay"})


def yielded_to(tok: Token) -> bool:
    """An act named as what another act yields to or is done under ("yielding to pressure from
    Washington", "under pressure from the EU, Poland rescinded..."): the cause of the news, not
    news of its own. Only "X is/came under pressure from Y" makes the pressure the news."""
    if tok.pos_ == "NOUN" and tok.dep_ == "xcomp" and tok.head.lemma_.lower() in words("yielding_verbs"):
        return True  # (the parser's "yielding [to] pressure")
    if tok.pos_ != "NOUN" or tok.dep_ != "pobj":
        return False
    prep, verb = tok.head, tok.head.head
    if prep.lower_ == "to":
        return verb.lemma_.lower() in words("yielding_verbs")
    return prep.lower_ == "under" and tok.lower_ in words("facing_nouns") and verb.lemma_.lower() not in UNDER_VERBS
    # (not "placed officers under investigation")


def called_off(tok: Token) -> bool:
    """A meeting, visit or deal named only as what was postponed or cancelled ("Albanese's visit to
    Vietnam has been postponed"): it did not take place (the calling off may be an act of its own)."""
    verb = tok.head
    return tok.pos_ == "NOUN" and tok.dep_ in ("dobj", "nsubjpass") and (verb.lemma_.lower() in words("calling_off_verbs") or (
        verb.lemma_.lower() in words("calling_off_phrasal_verbs") and any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children)))


def _depicted(tok: Token) -> bool:
    """What a book, film or study says happened ("the documentary traces how paramilitaries expelled
    families", "the book argues that Washington misread Moscow"): its content, not this news."""
    for a in list(tok.ancestors)[:5]:
        if a.lemma_.lower() == "purport":
            return True  # "a video that purports to show Chinese soldiers beating Indian troops": a claim unproven
        subj = subject_noun(a) if a.pos_ in ("VERB", "AUX") else None  # ("a study which argues that...")
        if subj is not None and subj.lemma_.lower() in words("depicting_nouns"):
            return True
    return False


def _forecast_subject(tok: Token) -> bool:
    """A noun act that is the subject of a forecast ("weeks of protests would hurt tourism", "a war
    would devastate both economies"): what would follow if it happened, not an act."""
    node = tok
    if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.lemma_.lower() in SPAN_NOUNS:
        node = node.head.head  # "weeks of street protests"
    return tok.pos_ == "NOUN" and node.dep_ == "nsubj" and any(
        c.dep_ == "aux" and c.lower_ in ("would", "could", "might", "may") for c in node.head.children)


def _natural_cause(tok: Token) -> bool:
    """Deaths an accident or a disaster caused ("a train derailed, killing 18", "were killed when an
    earthquake struck"): force with no one using it."""
    # the clause the participle hangs on ("derailed, killing 18 and injuring dozens"), and the "when"
    # clauses of the coordinated clauses ("were killed and homes destroyed when an earthquake struck")
    disasters, accidents = words("non_agents"), words("accident_nouns")
    for c in (c for c in tok.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")):
        if c.lemma_.lower() in disasters | words("mishap_nouns") or c.lower_ in disasters:
            return True  # "the crash killed 18 people", "floods killed 30"
        if c.pos_ == "PROPN" or c.ent_type_ in ("ORG", "GPE", "NORP", "PERSON") or any(
                x.ent_type_ in ("NORP", "GPE") for x in c.lefts) or is_word(c, "armed_units"):
            return False  # "the Coast Guard arrested the captain after his boat collided with patrol vessels": someone
            # acted (also "the Japanese coast guard", "troops")
    by = next((g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
    if by is not None:  # "were killed by floods", not "was arrested by Japan's coast guard after his boat collided"
        return by.lemma_.lower() in disasters | words("mishap_nouns") or by.lower_ in disasters
    chain = [tok]
    while (chain[-1].dep_ in ("advcl", "conj") or (len(chain) > 1 and chain[-1].pos_ == "NOUN")) \
            and chain[-1].head.i != chain[-1].i and len(chain) < 5:
        chain.append(chain[-1].head)  # (through a noun the parser made the head: "killing 500 people and flattening")
    clauses = chain[1:] + [c for n in chain for k in (n, *(x for x in n.children if x.dep_ == "conj"))
                           for c in k.children if c.dep_ == "advcl"]
    for c in clauses:
        # (an organisation is no disaster, whatever its name: "the International Crisis Group said")
        for s in (s for s in c.children if s.dep_ in ("nsubj", "nsubjpass") and s.ent_type_ != "ORG"):
            # ("Typhoon Haima" is a typhoon; a "car bomb" is no car; "helicopters strafed" is no crash)
            if s.lemma_.lower() in disasters or s.lower_ in disasters or any(
                    x.dep_ == "compound" and x.lemma_.lower() in disasters for x in s.lefts):
                return True
            if (s.lemma_.lower() in accidents or s.lower_ in accidents) and c.lemma_.lower() in words("accident_verbs"):
                return True
    return False


def market_demand(tok: Token) -> bool:
    """"a collapse in demand", "European demand for gas": demand as an economic quantity (a bare
    singular with no determiner or owner), not a request."""
    return tok.pos_ == "NOUN" and tok.lower_ == "demand" and not any(
        c.dep_ in ("det", "poss") for c in tok.children)


def history(date_text: str | None, published: str | None) -> bool:
    """Is the act dated by years that all lie more than a year before the article ("during the
    1990s", "between 1998 and 2000", "in 1992")? A background the writer recalls, not an event."""
    if not date_text or not published or not published[:4].isdigit():
        return False
    years = [int(y) + (9 if decade else 0) for y, decade in YEAR.findall(date_text)]
    return bool(years) and max(years) < int(published[:4]) - 1


def _avoided(tok: Token) -> bool:
    """An act someone avoided, refrained from or failed to do ("have avoided publicly criticising
    Netanyahu's government", "refrained from attacking"): not done."""
    head = tok.head
    if tok.dep_ == "pcomp" and head.lower_ == "from":
        head = head.head
    elif tok.dep_ not in ("xcomp", "dobj", "pcomp"):
        return False
    return head.i != tok.i and head.lemma_.lower() in words("avoiding_verbs")
