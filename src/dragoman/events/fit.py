"""Does a pattern fit a trigger? The conditions of data/patterns/events.yaml read on the parse.

A verb or noun whose lemma a pattern names is a trigger only where the pattern's conditions hold:
its particles, objects, subjects, complements (docs/coding.md lists every field with an example).
The tests here look at the trigger's own words only; who acts and who is acted on is the coder's.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from dragoman.events.patterns import Pattern, PatternSet, patterns_for
from dragoman.events.words import (
    CONDITION_MODALS,
    INTENT_AUX,
    SPAN_NOUNS,
    hyphenated,
    is_verb,
    verb_forms,
    words,
)
from dragoman.model import HOSTILE_TYPES
from dragoman.registry import get_registry
from dragoman.syntax import prep_objects, to_infinitive


def patterns_of(tok: Token, ps: PatternSet) -> list[Pattern]:
    """The patterns a token's verb forms or noun name (the conditions are tested by ``fits``)."""
    lemma, lower = tok.lemma_.lower(), tok.lower_
    if tok.pos_ in ("VERB",) or (tok.pos_ == "AUX" and lemma not in ("be", "have", "do")):
        for form in verb_forms(tok):
            if form in ps.by_verb:
                return ps.by_verb[form]
        return []
    if tok.pos_ in ("NOUN", "PROPN") and tok.ent_type_ not in ("DATE", "TIME"):  # "in March" is no march
        hits = ps.by_noun.get(lower, []) or ps.by_noun.get(lemma, [])
        if not hits and (whole := hyphenated(tok, lower)):  # "sit-in", tokenized in three
            hits = ps.by_noun.get(whole, [])
        return hits
    return []


#: "pushed deeper into Syria": the particle hangs on the degree adverb
DEGREE_ADVERBS = ("closer", "nearer", "deeper", "further")
#: particles the parser may read as adverbs ("brushed aside the offer")
_ADVERB_PARTICLES = frozenset({"aside", "away", "back", "down", "off", "out", "up"})
#: "X would face / pay / draw a response": what a warned party would get
_CONSEQUENCE_VERBS = frozenset({"face", "suffer", "pay", "incur", "meet", "draw", "provoke", "trigger", "invite", "bring",
                                "receive", "get"})
#: a drill is not named by its weapons ("staged live-fire exercises" fires nothing)
_DRILL_NOUNS = frozenset({"exercise", "drill", "maneuver", "manoeuvre", "game", "wargame", "rehearsal"})
#: nouns whose "of" names what the object is ("suspended part of a military aid program")
_PART_NOUNS = frozenset({"part", "much", "worth", "state", "prisoner", "year", "month", "week", "decade", "round",
                         "result", "first", "last", "rest", "remainder", "bulk", "batch", "tranche", "share", "opening",
                         "start", "inauguration", "ceremony", "package", "raft", "wave", "set", "series",
                         # measures of a load: "dropped tonnes of food", "sent five planeloads of vegetables"
                         "ton", "tonne", "kilogram", "kg", "pound", "litre", "liter", "barrel", "crate", "box",
                         "planeload", "truckload", "shipload", "boatload", "consignment", "shipment", "load"})


def _particle_hosts(tok: Token) -> list[Token]:
    """The trigger's children, with those of a degree adverb ("pushed deeper into Syria")."""
    kids = list(tok.children)
    return kids + [g for c in kids if c.dep_ == "advmod" and c.lower_ in DEGREE_ADVERBS for g in c.children]


#: what carries words: its "of" says what it is ("a message of congratulations", "a letter of protest")
_MESSAGE_NOUNS = frozenset({"message", "letter", "note", "word"})
_OWN_PRONOUNS = frozenset({"its", "their", "his", "her", "our", "my"})


def fits(tok: Token, p: Pattern) -> bool:
    if p.particles and any(c.dep_ == "prt" and c.lower_ not in p.particles and c.lower_ not in ("up", "down")
                           for c in tok.children) and not any(c.dep_ == "prt" and c.lower_ in p.particles
                                                             for c in tok.children):
        return False  # "called off talks on expanding flights" is no "call on": the verb's own particle says which
    if p.particles and not any(c.lower_ in p.particles and c.i > tok.i and (
            c.dep_ == "prt" or (c.dep_ == "prep" and c.lower_ != "in"  # "gave in", not "gave X in an address"
                                and not (c.lower_ == "on" and any(time_phrase(g) for g in c.children))) or (
                # (not "called up reservists on Wednesday")
            c.dep_ == "advmod" and c.lower_ in _ADVERB_PARTICLES)) for c in _particle_hosts(tok)) and not (
            # "stripped critics of citizenship", "blamed the attack on Iran": the particle on the object
            any(c.lower_ in p.particles and c.dep_ == "prep" and (p.objects or c.lower_ in p.target or p.conditional)
                for o in tok.children if o.dep_ == "dobj" for c in o.children)):
        return False
    if p.objects:
        if tok.pos_ == "NOUN":  # "hunger strike", "human shields": the modifier says which
            objs = [c for c in tok.lefts if c.dep_ in ("compound", "amod", "nmod")]
            objs += [g for c in objs if c.dep_ == "compound" for g in c.lefts if g.dep_ in ("amod", "compound")]
            # ("a joint fighter jet programme": the modifier of the modifier)
            objs += [g for o in prep_objects(tok, "of") for g in (o, *o.lefts)]  # "the freezing of assets"
        else:
            objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass", "attr", "oprd", "acomp", "dative", "intj")
                    or (c.dep_ == "ccomp" and c.pos_ == "ADJ")]  # ("found the minister guilty": a small clause)
            # "pulled out of the treaty": the object of "out of"
            objs += [g for c in tok.children if c.dep_ in ("prt", "prep") and c.lower_ == "out"
                     for q in c.children if q.lower_ == "of" for g in q.children if g.dep_ == "pobj"]
            if tok.dep_ == "relcl" and not objs and any(c.dep_ == "nsubj" and c.lower_ not in ("who", "which", "that")
                                                        for c in tok.children):
                objs = [tok.head]  # "a charge the army denied": the noun the clause hangs on is its object
            objs += [g for o in list(objs) for g in o.children if g.dep_ == "appos"]  # "designated X a terrorist group"
            # "flew 70 relief workers, including rescue teams, ... along with 30 tonnes of tents"
            objs += [g for o in list(objs) for g in prep_objects(o, "including")]
            objs += [
                g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("along", "together")
                for w in c.children if w.dep_ == "prep" and w.lower_ == "with" for g in w.children if g.dep_ == "pobj"]
            if objs:  # "permitted opposition supporters to hold a rally": what the object is let do
                objs += [g for c in tok.children if c.dep_ == "xcomp" for g in c.children if g.dep_ == "dobj"]
            objs += [g for c in tok.children if c.dep_ in ("prt", "prep") and c.lower_ in ("up", "out", "off")
                     for g in c.children]
            # "went on strike", "stripped critics of their citizenship": the particle's object
            objs += [g for h in (tok, *(c for c in tok.children if c.dep_ == "dobj")) for c in h.children
                     if c.dep_ in ("prt", "prep") and c.lower_ in p.particles for g in c.children if g.dep_ == "pobj"]
            # "suspended part of a military aid program": the object is what the part is of
            # ("prisoners of war": what kind of prisoner the "of" says)
            groups = words("group_of_nouns")
            objs += [g for o in list(objs) if o.pos_ == "NUM" or o.lemma_.lower() in groups
                     or o.lemma_.lower() in _PART_NOUNS or o.lemma_.lower() in _MESSAGE_NOUNS
                     for g in prep_objects(o, "of")]  # "shut 13 of the crossings", "broke off three years of talks",
            # "sent a message of congratulations"
            objs += [g for o in list(objs) for g in o.children if g.dep_ == "conj"]
            # "granted 20 million ECU in emergency food aid": the amount and what it is in
            objs += [g for o in list(objs) for g in (*o.children, *prep_objects(o, "in")) if g.dep_ in ("nummod", "pobj")]
            # "peacekeeping force", "hunger strike": the object's modifier may be what names it,
            # unless the object is someone ("released an aid worker" is no release of aid)
            # (a team or crew is named by its work: "rescue teams" are aid, where an aid worker is someone)
            people = _persons_not_crews(id(get_registry()))
            # (nor is a drill named by its weapons: "staged live-fire exercises" fires nothing)
            mods = [g for o in list(objs) if o.lemma_.lower() not in people and o.lower_ not in people
                    and o.lemma_.lower() not in _DRILL_NOUNS
                    and (not p.strict_objects or o.pos_ == "PROPN")  # "arms dealer Viktor Bout"
                    for g in o.lefts if g.dep_ in ("compound", "amod", "nmod")]
            objs += mods + [g for m in mods for g in m.children if g.dep_ == "conj"]  # "search-and-rescue teams"
        if not any(o.lemma_.lower() in p.objects or o.lower_ in p.objects for o in objs):
            return False
        if p.type in ("ASSAULT", "COERCE", "MOBILIZE") and tok.pos_ != "NOUN" and any(
                g.dep_ == "amod" and g.lower_ in words("joint_modifiers") for o in objs for g in o.lefts):
            return False  # "carried out a joint operation against traffickers": the joint act is coded
            # (force only: "suspended bilateral talks" is still a halt)
    if p.unless_xcomp and any((c.dep_ == "xcomp" or (c.dep_ == "advcl" and c.i > tok.i and to_infinitive(c))) and (
            # ("needed to protect", read as an adverbial)
            c.lemma_.lower() in p.unless_xcomp or (
            "*" in p.unless_xcomp and not any(g.dep_ == "nsubj" for g in c.children)
            and not any(g.dep_ == "dobj" for g in tok.children)))
            for c in tok.children):
        return False
    if p.conditional and not (own_conditions(tok) and any(
            c.dep_ == "aux" and c.lower_ in CONDITION_MODALS for c in tok.children)):
        return False
    if p.unless_preps and any(c.dep_ == "prep" and c.lower_ in p.unless_preps for c in tok.children):
        return False
    if p.active_only and any(c.dep_ == "auxpass" for c in tok.children):
        return False
    if p.hostile_complement and not any(  # someone else's act: "claimed they had captured" is no accusation
            c.dep_ == "ccomp" and _hostile_act(c) and not any(g.dep_ == "nsubj" and g.pos_ == "PRON" for g in c.children)
            for c in tok.children) and not (p.strict_objects and any(  # "raised the possibility of imposing sanctions"
            _hostile_act(g) for g in possibility_of(tok))):
        return False
    if p.type == "AID" and tok.pos_ == "VERB" and any(
            prep_objects(h, "against") for h in (tok, *(g for c in tok.children if c.dep_ == "dobj"
                                                        for g in (c, *c.conjuncts)))):
        return False  # "vowed to send tanks and warplanes against Colombia": force, not aid
    if p.not_objects and any(c.lemma_.lower() in p.not_objects or c.lower_ in p.not_objects for c in (
            # a noun's "object" is its modifier or its "of": "a trade war", "a war of words"
            [c for c in tok.lefts if c.dep_ in ("compound", "amod")] + prep_objects(tok, "of")
            if tok.pos_ == "NOUN" else [x for c in [*(g for g in tok.children if g.dep_ in ("dobj", "nsubjpass")),
                                                     *([tok.head] if tok.dep_ == "acl" and tok.tag_ == "VBN" else [])]
                                        for x in (c, *(g for g in c.lefts if g.dep_ == "amod"), *prep_objects(c, "of"))])):
        return False  # ("fighting a losing battle against costs", "a message of condolence": the object's modifier says it)
        # (not its compound: "struck an oil tanker" strikes no oil)
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    if p.unless_content and objs and any(g.dep_ in ("acl", "ccomp") and g.pos_ == "VERB" and any(
            m.dep_ in ("nsubj", "nsubjpass") for m in g.children) and any(m.lower_ == "that" for m in g.children)
            for g in [*(g for c in objs for g in c.subtree if g.i > c.i),  # ("reports in Somali media that...")
                      *(g for g in tok.children if g.i > objs[0].i)]):  # (the parser hangs "that..." on the verb)
        return False  # "denied reports that Damascus had agreed": the act reported is coded, as denied
    if p.demanded_complement and any(c.dep_ == "ccomp" and any(
            g.dep_ == "aux" and g.lower_ in ("will", "would", "could", "can", "wo", "'ll", "might", "may")
            for g in c.children) for c in tok.children):
        return False  # "insisted that Beijing would never accept the ruling": a stance, not a demand
    if p.demanded_complement and tok.lemma_.lower() == "insist" and any(
            c.dep_ == "ccomp" and (c.tag_ in ("VBD", "VBZ", "VBP") or (c.tag_ == "VBN" and any(
                g.dep_ == "aux" and g.lemma_.lower() == "have" for g in c.children))) and not any(
                g.dep_ == "aux" and g.lower_ in ("should", "must") for g in c.children) for c in tok.children):
        return False  # "insisted he was still alive", "insists it is innocent": a claim (a demand is
        # "insisted that Iran stop")
    if p.needs_complement and not any(c.dep_ in (("xcomp",) if p.needs_xcomp else ("dobj", "xcomp", "ccomp", "nsubjpass"))
                                      for c in tok.children):
        return False  # "exports declined": a fall, not a refusal
    if p.object_heads and not any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in p.object_heads
                                  for c in tok.children):
        return False  # "staged a general strike", not "held a national election"
    if p.mass_object and not any(_counted_in_thousands(c) for c in tok.children if c.dep_ in ("dobj", "nsubjpass")):
        return False  # "expelled four activists" deports people (174); "expelled thousands" is mass expulsion
    if p.consequence_complement and not any(faces_consequences(c) for c in tok.children) \
            and not _ultimatum_below(tok):
        return False  # "said Israel would pay a heavy price": a threat; "said Israel would pay" no event
    if p.future_only and not any(c.dep_ == "aux" and c.lower_ in INTENT_AUX for c in tok.children):
        return False  # "responded to reporters' questions": no threat
    if p.toward and not any(w.lemma_.lower() in p.toward for c in tok.children if c.dep_ in ("prep", "dative")
                            and c.lower_ in ("to", "toward", "towards", "near", "along", "on", "at")
                            for g in c.children if g.dep_ == "pobj"
                            for w in (g, *(x for x in g.lefts if x.dep_ == "compound"))):  # "the border area"
        return False  # "sent troops to Kuwait" is no build-up on a border
    if p.object_clause and not any(v.lemma_.lower() in p.object_clause for o in tok.children if o.dep_ == "dobj"
                                   for v in o.children if v.dep_ in ("acl", "relcl")):
        return False  # "reserved the right to respond" (not "the right to appeal")
    if p.cargo and not any(c.lemma_.lower() in p.cargo or c.lower_ in p.cargo for c in carried(tok)):
        return False  # "Russian warplanes landed in Syria" carry nothing given
    if p.not_subjects and any(c.lemma_.lower() in p.not_subjects or c.lower_ in p.not_subjects
                              for c in _subject_words(tok)):
        return False
    if p.subjects and not any(c.lemma_.lower() in p.subjects or c.lower_ in p.subjects  # "peacekeeping troops",
                              for s in _controlled_subjects(tok)  # "the first contingent of peacekeepers"
                              for h in (s, *prep_objects(s, "of")) for c in (h, *h.lefts)):
        return False
    if p.breach_complement and not any(c.dep_ == "ccomp" and is_verb(c, words("breach_verbs")) for c in tok.children):
        return False  # "ruled that Hungary had failed to fulfil its obligations" (not "ruled that the vote was valid")
    if p.foreign_only and any(c.dep_ == "dobj" and any(d.dep_ == "poss" and d.lower_ in _OWN_PRONOUNS for d in c.children)
                              for c in tok.children):
        return False  # "vowed to strengthen its army" builds up its own forces, not another's
    if p.actor_object and tok.pos_ == "VERB":  # (a passive's subject is its object: "the move was welcomed")
        objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
        if not objs and tok.dep_ == "relcl" and not any(c.dep_ in ("dobj", "nsubjpass") for c in tok.children):
            objs = [tok.head]  # "the European future its people want": what the clause hangs on
        # "welcomed the Iranian delegation" hosts someone; "welcomed the UN resolution" or
        # "welcomed Reagan's statement" does not: the object itself must be someone
        people = person_nouns(id(get_registry()))
        if objs and not any(o.ent_type_ in ("PERSON", "GPE", "ORG", "NORP") or o.pos_ == "PROPN"
                            or o.lemma_.lower() in people or o.lower_ in people or _named_body(o) for o in objs):
            return False
    # ("Riot police used tear gas": a capitalised common noun opening the sentence is one too)
    return not ((tok.pos_ == "NOUN" or (tok.pos_ == "PROPN" and tok.is_sent_start)) and tok.dep_ == "compound"
                and tok.head.lemma_.lower() not in words("carrier_nouns"))


def carried(tok: Token) -> list[Token]:
    """What an arriving subject or a sent object carries: the verb's "with" ("landed with 34 tons of
    food"), the subject's or object's "carrying"/"loaded with" ("sent two ships carrying diesel"), a
    load's "of" ("a shipment of missiles") and an aid modifier ("an aid convoy"), each with its "of"
    ("tons of food") and its conjuncts."""
    out = list(prep_objects(tok, "with"))
    for s in (c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")):
        for a in (c for c in s.children if c.dep_ == "acl" and c.lemma_.lower() in words("carrying_verbs")):
            out += [c for c in a.children if c.dep_ == "dobj"] + list(prep_objects(a, "with"))
        if s.lemma_.lower() in words("load_nouns"):
            out += list(prep_objects(s, "of"))
        out += [c for c in s.lefts if c.dep_ in ("compound", "amod") and c.lower_ in words("help_modifiers")]
    out += [g for o in list(out) for g in prep_objects(o, "of")]
    return out + [g for o in list(out) for g in o.conjuncts]


_MASS_WORDS = frozenset({"thousands", "millions", "tens", "thousand", "million", "population", "populations"})


def _counted_in_thousands(obj: Token) -> bool:
    """'thousands of villagers', 'more than 1,000 refugees', 'the entire population': a mass of people
    ('deported 168 Liberians' sends individuals home)."""
    if obj.lower_ in _MASS_WORDS:
        return True
    for c in obj.children:
        if c.dep_ == "nummod" and (c.lower_ in _MASS_WORDS or _number(c.text) >= 1000):
            return True
    return False


def _number(text: str) -> float:
    """'1,000' -> 1000.0; a number in words counts as 0 (those written out are small)."""
    try:
        return float(text.replace(",", ""))
    except ValueError:
        return 0.0


_BODY_NOUNS = frozenset({"party", "movement", "group", "organization", "organisation", "union", "front",
                         "alliance", "coalition", "league", "council", "committee"})


def _named_body(o: Token) -> bool:
    """'the opposition Birlik movement', 'the Awami League party': a named body, someone the act is done to."""
    return o.lemma_.lower() in _BODY_NOUNS and any(g.pos_ == "PROPN" or g.lower_ == "opposition" for g in o.lefts)


def _controlled_subjects(tok: Token) -> list[Token]:
    """The clause's subjects, or for a subjectless purpose or complement clause (or an object noun)
    its controller's ("supporters staged a sit-in to protest": the supporters protest)."""
    subjects = [c for c in tok.children if c.dep_ == "nsubj"]
    if not subjects and tok.dep_ in ("xcomp", "advcl", "dobj") and tok.head is not tok:
        subjects = [c for c in tok.head.children if c.dep_ == "nsubj"]  # "the navy held exercises"
    if not subjects and tok.dep_ == "xcomp":  # "the crisis was expected to hit exports"
        subjects = [c for c in tok.head.children if c.dep_ == "nsubjpass"]
    if not subjects and tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.pos_ == "VERB":
        subjects = [c for c in tok.head.head.children if c.dep_ == "nsubj"]  # "workers downed tools in a strike"
    return subjects


def _subject_words(tok: Token) -> list[Token]:
    """The subjects with the words that say what they are: "Typhoon Haima" is a typhoon, "years of
    sanctions" are sanctions."""
    subjects = _controlled_subjects(tok) or (  # (a second verb shares the first's: "Missiles fired by a
        [c for c in tok.head.children if c.dep_ == "nsubj"] if tok.dep_ == "conj" else [])  # drone slammed into")
    return subjects + [g for c in subjects for g in c.lefts if g.dep_ == "compound"] + [
        g for c in subjects if c.lemma_.lower() in SPAN_NOUNS for g in prep_objects(c, "of")]


def _hostile_act(tok: Token) -> bool:
    """Does a pattern code this token as a hostile act ("that ISIL had attacked Iraq")?"""
    return any(q.stance == "hostile" or q.type in HOSTILE_TYPES
               for q in patterns_of(tok, patterns_for(get_registry())) if not q.hostile_complement and fits(tok, q))


@lru_cache(maxsize=4)
def person_nouns(reg_id: int) -> frozenset[str]:
    """Nouns that name someone who can be hosted ("the Iranian delegation", "the president"),
    built once per registry: it is asked for every hosting trigger."""
    # ("designated the NGO an undesirable organisation": a group's modifier may still name the act)
    return (words("collective_heads") - {"statement", "state", "side"}) | words("anonymous_heads") \
        | (words("generic_actor_heads") - {"group", "groups", "organisation", "organization"}) \
        | frozenset(w for t in words("person_titles") for w in t.split())


@lru_cache(maxsize=4)
def _persons_not_crews(reg_id: int) -> frozenset[str]:
    """Person nouns without the teams and crews a modifier names by their work ("rescue teams")."""
    return person_nouns(reg_id) - {"team", "teams", "crew", "crews", "unit", "units"}


@lru_cache(maxsize=4)
def nominal_table(reg_id: int) -> dict[str, str]:
    """Nominalisations and the verbs they stand for (lexicon 'nominal_verbs': "lifting lift")."""
    return dict(tuple(x.split()[:2]) for x in get_registry().words("nominal_verbs") if len(x.split()) >= 2)


def nominal_patterns(tok: Token, ps: PatternSet) -> list[Pattern]:
    """Verb patterns a nominalisation stands for: "the lifting of the embargo" is "lifted the
    embargo", "the suspension of aid" "suspended aid". Only patterns whose objects name what the
    "of" phrase names: the object is what tells "the end of hostilities" from "the end of May"."""
    if tok.pos_ != "NOUN":
        return []
    table = nominal_table(id(get_registry()))
    verb = table.get(tok.lower_) or table.get(tok.lemma_.lower())
    if not verb:
        return []
    of = prep_objects(tok, "of")
    objs = of + [g for o in of for g in (*o.lefts, *o.conjuncts, *prep_objects(o, "in"))
                 if g.dep_ in ("compound", "amod", "nmod", "conj", "pobj")]
    return [p for p in ps.by_verb.get(verb, []) if p.objects and not p.particles and not p.subjects
            and any(o.lemma_.lower() in p.objects or o.lower_ in p.objects for o in objs)]


def time_phrase(t: Token) -> bool:
    """"Friday", "Friday evening": a time with nothing else in it (the parser may hang a name on a
    date: "met with President Assad Tuesday" read as "with [Assad] Tuesday")."""
    time = ("DATE", "TIME")
    return t.ent_type_ in time and all(c.ent_type_ in time or c.dep_ == "det" for c in t.lefts)


def faces_consequences(c: Token) -> bool:
    """A complement "X would face (or suffer, pay) attacks, consequences, retaliation", or a
    warning "of countermeasures" (with an if-clause naming who would draw them)."""
    if c.dep_ == "prep" and c.lower_ == "of":
        return any(g.dep_ == "pobj" and g.lemma_.lower() in words("consequence_nouns") for g in c.children) \
            and any(conditioned_party(c.head))
    # ("any attack would be met with a ferocious response": the attacker is warned;
    # "gave Syria until the end of the month to expel Ocalan or face military action": an ultimatum)
    # ("China must drop barriers or face penalties" is a demand: the obligations pass codes it)
    return (c.dep_ == "ccomp" and _consequence_verb(c)) or (c.dep_ in ("ccomp", "xcomp", "advcl") and _or_face(c)) \
        or bool(consequence_if(c))


def consequence_if(c: Token) -> list[Token]:
    """Who an "if" clause names, where a consequence is the complement's subject: "further measures
    would follow if Abidjan did not hand over the suspects", "if India strikes, Pakistan's response
    would be swift" (a name: "if talks fail, tariffs would rise" threatens no one)."""
    nouns = words("consequence_nouns") - {"price", "prices"}  # ("crude prices could jump if Iran...")
    if c.dep_ != "ccomp" or not any(g.dep_ in ("nsubj", "nsubjpass") and (g.lemma_.lower() in nouns or g.lower_ in nouns)
                                    for g in c.children):
        return []
    return [g for g in conditioned_party(c) if g.pos_ == "PROPN"]


def possibility_of(tok: Token) -> list[Token]:
    """What a verb's object says may happen: "raised the possibility (on Thursday) of imposing
    sanctions" (the parser may hang the "of" on the verb)."""
    objs = [o for o in tok.children if o.dep_ == "dobj" and o.lemma_.lower() in words("possibility_nouns")]
    if not objs:
        return []
    preps = [c for o in objs for c in o.children] + list(tok.children)
    return [g for c in preps if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ in ("pcomp", "pobj")]


def _ultimatum_below(tok: Token) -> bool:
    """An ultimatum clause in the trigger's own clause (not in a reported one): "gave Syria until
    the end of the month to expel Ocalan or face military action"."""
    stack = [c for c in tok.children if c.dep_ != "ccomp"]
    while stack:
        d = stack.pop()
        if ultimatum(d):
            return True
        stack.extend(c for c in d.children if c.dep_ != "ccomp")
    return False


def ultimatum(v: Token) -> bool:
    """"to expel Ocalan or face military action": a demanded act with its alternative."""
    return v.pos_ == "VERB" and _or_face(v)


def _or_face(v: Token) -> bool:
    """"expel Ocalan or face military action": an act with a consequence as its alternative (not
    "must ... or face", a demand the obligations pass codes)."""
    return not any(a.dep_ == "aux" and a.lower_ in ("must", "should") for a in v.children) \
        and any(o.dep_ == "cc" and o.lower_ == "or" for o in v.children) \
        and any(g.dep_ == "conj" and _consequence_verb(g) for g in v.children)


def _consequence_verb(v: Token) -> bool:
    """"would face (pay, draw) attacks, consequences, a heavy price" ("pay a price", not "prices")."""
    if v.lemma_.lower() in ("go", "remain") and any(n.dep_ == "neg" for n in v.children) and any(
            g.dep_ in ("acomp", "oprd") and g.lower_ in ("unanswered", "unpunished", "unavenged") for g in v.children):
        return True  # "the attack will not go unpunished"
    if v.lemma_.lower() in words("ruin_verbs") and any(g.lower_ in words("ruin_nouns") for g in v.subtree):
        return True  # "Seoul would be turned into a sea of fire", "would be wiped off the map"
    return v.lemma_.lower() in _CONSEQUENCE_VERBS and (any(
        g.dep_ in ("dobj", "pobj") and g.lower_ in words("consequence_nouns")
        for g in v.subtree if g.head.i == v.i or g.head.head.i == v.i) or (v.lemma_.lower() == "pay" and any(
            g.dep_ == "advmod" and g.lower_ in ("dearly", "heavily") for g in v.children)))  # "would pay dearly"


def own_conditions(tok: Token) -> list[Token]:
    """The trigger's own if/unless clauses ("will withdraw ... unless they agree")."""
    return [c for c in tok.children if c.dep_ == "advcl" and any(
        m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)]


def conditioned_party(tok: Token) -> list[Token]:
    """Subjects of the trigger's own if/unless clause ("if Washington sells arms")."""
    return [g for c in own_conditions(tok) for g in c.children if g.dep_ == "nsubj"]
