"""Stage 6: quotes — direct and indirect speech, its speaker and the outlet it came through.

Direct quotes are the text between quotation marks; the speaker is the subject
of a verb of saying in the same sentence outside the marks (a pronoun or "the
diplomat" was resolved by the actor stage), else the previous quote's speaker
when the text carries on without a new one. Indirect speech is the that-clause
of a verb of saying whose subject is an actor. "via" is the outlet the words
came through: a media actor the speaker told or that carried the statement
("according to Tasnim", "carried by Russian state media"), else the article's
own outlet when it quotes the speaker directly.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from dragoman.actors.mentions import MentionIndex
from dragoman.model import Actor, Article, Quote
from dragoman.registry import fold, get_registry
from dragoman.syntax import shared_subject, to_infinitive

_QUOTE_RE = re.compile(r"“([^”]{3,}?)”|\"([^\"]{3,}?)\"")


def extract_quotes(doc: Doc, art: Article, actors: list[Actor], index: MentionIndex) -> list[Quote]:
    """All quotes of one article; may add the article's outlet to ``actors`` as a media actor."""
    reg = get_registry()
    speech = reg.wordset("speech_verbs")
    acts = reg.wordset("reporting_act_verbs")
    saying = speech | acts
    verdicts = reg.wordset("verdict_quote_verbs")
    by_id = {a.id: a for a in actors}
    quotes: list[Quote] = []
    last_speaker: str | None = None
    covered: list[tuple[int, int]] = []
    for m in _QUOTE_RE.finditer(doc.text):
        g = 1 if m.group(1) is not None else 2
        start, end = m.start(g), m.end(g)
        short = len(m.group(g).split()) < 4
        if short and not _verdict_fragment(doc, start, end, verdicts):
            continue  # scare quotes: “maximum pressure” (but 'called the charges "baseless and unfriendly"')
        sent = _sent_at(doc, start)
        verb = _speech_verb(sent, start, end, saying)
        if verb is None and (last := _sent_at(doc, max(start, end - 1))).start != sent.start:
            # a quote of several sentences: the speaker follows its last one ('"These are workers, not
            # criminals. The United States kidnapped them ...," he said.')
            sent, verb = last, _speech_verb(last, start, end, saying)
        speaker = _speaker(verb, index, by_id) if verb is not None else None
        if speaker is None and verb is None and sent.start_char < start - 1:
            speaker = _fragment_speaker(doc, start, end, index, by_id)
        if speaker is None and verb is None:
            speaker = last_speaker
        via = _via(verb, sent, index, by_id) if verb is not None else None
        if speaker is not None:
            last_speaker = speaker
            if via is None and by_id[speaker].kind != "media":
                via = _outlet_actor(art, actors, by_id)
        quotes.append(Quote(id="", text=m.group(g), direct=True, span=(start, end), speaker=speaker, via=via))
        if not short:  # (a short verdict stays inside the indirect speech that holds it)
            covered.append((m.start(), m.end()))
    for tok in doc:
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in saying:
            continue
        span = _reported(doc, tok, acts)
        if span is None or _inside_direct(span, covered):
            continue
        speaker = _speaker(tok, index, by_id)
        if speaker is None:
            continue
        via = _via(tok, tok.sent, index, by_id)
        quotes.append(Quote(id="", text=span.text, direct=False, span=(span.start_char, span.end_char),
                            speaker=speaker, via=via))
    quotes += _according_to(doc, index, by_id, covered, {q.span for q in quotes})
    quotes.sort(key=lambda q: q.span[0])
    for i, q in enumerate(quotes, 1):
        q.id = f"q{i}"
    return quotes


def _reported(doc: Doc, verb: Token, acts: frozenset[str]) -> Span | None:
    """What a verb of saying reports: its that-clause ("said Tehran rejected..."); for a speech act
    ("urged the US to press Israel...", "called on Washington to lift sanctions", "accused Tehran of
    rebuilding its missile sites") the act's clause, which is the indirect speech too."""
    comp = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    if comp is None and verb.lemma_.lower() in acts:
        comp = next((c for c in verb.children if c.dep_ == "xcomp" and to_infinitive(c)), None) or next(
            (g for c in verb.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
             if g.dep_ == "pcomp"), None)
    if comp is None:
        return None
    span = doc[comp.left_edge.i:comp.right_edge.i + 1]
    while len(span) > 1 and (span[0].dep_ == "mark" or (span[0].dep_ == "aux" and span[0].lower_ == "to")):
        span = doc[span.start + 1:span.end]
    while len(span) > 1 and span[-1].is_punct and span[-1].text not in ('"', "”", "'", "’", ")"):
        span = doc[span.start:span.end - 1]  # "..., in Beijing," before the speaker: no trailing comma
    return span if len(span) >= 3 else None


def _inside_direct(span: Span, covered: list[tuple[int, int]]) -> bool:
    """Is the reported clause (nearly) all a direct quote already taken? Words of its own outside the
    marks make it an indirect quote as well ("saying the group would not hand over its weapons while
    Israel "occupies our land"")."""
    if not any(s < span.end_char and span.start_char < e for s, e in covered):
        return False
    outside = [t for t in span if not t.is_punct and not any(s <= t.idx < e for s, e in covered)]
    return len(outside) < 4


def _according_to(doc: Doc, index: MentionIndex, by_id: dict[str, Actor], covered: list[tuple[int, int]],
                  taken: set[tuple[int, int]]) -> list[Quote]:
    """"According to the Tasnim news agency, Albusaidi will travel to Tehran": the clause is the
    source's report, an indirect quote of that source."""
    out: list[Quote] = []
    for tok in doc:
        if tok.lower_ != "according" or tok.head.i == tok.i:
            continue
        src = [g for c in tok.children if c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]
        speaker = next((m.actor_id for g in src for t in g.subtree if (m := index.at(t.i))), None)
        clause = tok.head
        if speaker is None or clause.pos_ not in ("VERB", "AUX"):
            continue
        attribution = {x.i for x in tok.subtree}
        words = [t for t in clause.subtree if t.i not in attribution and not (
            t.is_punct and t.i in (clause.left_edge.i, clause.right_edge.i))]
        if len(words) < 4:
            continue
        span = doc[min(t.i for t in words):max(t.i for t in words) + 1]
        if any(s < span.end_char and span.start_char < e for s, e in taken) or _inside_direct(span, covered):
            continue  # ("According to Tasnim, Araghchi said ...": Araghchi's words, through Tasnim, taken already)
        via = speaker if by_id[speaker].kind == "media" else None
        out.append(Quote(id="", text=span.text.strip(" ,"), direct=False, span=(span.start_char, span.end_char),
                         speaker=speaker, via=via))
    return out


def _sent_at(doc: Doc, char: int) -> Span:
    for s in doc.sents:
        if s.start_char <= char < s.end_char:
            return s
    return doc[:]


def _speech_verb(sent: Span, qs: int, qe: int, speech: frozenset[str]) -> Token | None:
    """The verb of saying outside the quotation marks, nearest to them."""
    cands = [t for t in sent if t.lemma_.lower() in speech and t.pos_ in ("VERB",)
             and not (qs <= t.idx < qe)]
    if not cands:
        return None
    # A verb with its own subject ("he added") beats a participle ("pointing to ...").
    return min(cands, key=lambda t: (not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children),
                                     min(abs(t.idx - qs), abs(t.idx - qe))))


def _verdict_fragment(doc: Doc, start: int, end: int, verbs: frozenset[str]) -> bool:
    """Is a short quoted fragment of two words or more someone's verdict ('called the charges "baseless
    and unfriendly"', 'dismissed it as "politically motivated"'): the complement of a verb of judging
    (lexicon `verdict_quote_verbs`)? Those are words quoted from the speaker, not scare quotes."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len([t for t in span if not t.is_punct]) < 2:
        return False
    node = span.root
    for _ in range(3):
        if node.head.i == node.i:
            return False
        node = node.head
        if node.pos_ == "VERB" and not (span.start <= node.i < span.end):
            return node.lemma_.lower() in verbs
    return False


def _fragment_speaker(doc: Doc, start: int, end: int, index: MentionIndex, by_id: dict[str, Actor]) -> str | None:
    """A quoted fragment inside someone's sentence with no verb of saying ('Diarra thanked Moscow for
    being "a partner who keeps its word"', 'called the move "a betrayal"'): the words are the subject's."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    node: Token | None = span.root
    for _ in range(6):
        if node is None or (node.pos_ in ("VERB", "AUX") and any(c.dep_ == "nsubj" for c in node.children)):
            break
        node = node.head if node.head.i != node.i else None
    if node is None or span.start <= node.i < span.end:
        return None  # (a verb inside the quote is the quote's own)
    who = _speaker(node, index, by_id)
    return who if who is not None and by_id[who].kind != "media" else None


def _speaker(verb: Token, index: MentionIndex, by_id: dict[str, Actor]) -> str | None:
    subj = shared_subject(verb)
    if subj is None or any(c.dep_ == "case" and c.lower_ in ("'s", "’s") for c in subj.children):
        return None  # "Lavrov's reported encouragement ...": a genitive the parser made a subject
    if verb.lemma_.lower() in get_registry().wordset("evidential_verbs") and not index.at(subj.i):
        return None  # "Lavrov's encouragement suggests that...": the writer's inference, nobody's words
    appos = [c for c in subj.children if c.dep_ == "appos"]
    near = [t for c in subj.children if c.dep_ in ("compound", "amod", "appos") for t in c.subtree]
    ordered = [subj, *appos, *[t for t in near if t not in appos]]
    hits = [index.at(t.i) for t in ordered if index.at(t.i)]
    poss = {t.i for c in subj.children if c.dep_ == "poss" for t in c.subtree}
    deep = [index.at(t.i) for t in subj.subtree if index.at(t.i) and t.i not in poss]
    persons = [m for m in hits + deep if by_id[m.actor_id].kind == "person"]
    if persons and not index.at(subj.i):
        return persons[0].actor_id
    if hits:
        return hits[0].actor_id
    if subj.lemma_.lower() in get_registry().wordset("media_piece_nouns"):  # "a commentary in IRNA noted"
        own = [index.at(t.i) for t in subj.subtree if index.at(t.i)]
        media = [m for m in own if by_id[m.actor_id].kind == "media"]
        if media:
            return media[-1].actor_id
        prior = [m for m in index.mentions if m.tok_start < subj.i and by_id[m.actor_id].kind == "media"]
        if prior:
            return max(prior, key=lambda m: m.tok_start).actor_id
    return None


def _via(verb: Token, sent: Span, index: MentionIndex, by_id: dict[str, Actor]) -> str | None:
    """A media actor the words went through: 'told Asharq Al-Awsat', 'according to Tasnim'."""
    for c in verb.children:
        if c.dep_ in ("dobj", "dative", "iobj"):
            m = index.at(c.i)
            if m and by_id[m.actor_id].kind == "media":
                return m.actor_id
    for t in sent:
        if t.lower_ == "according" or (t.lemma_.lower() in ("carry", "quote", "cite") and t.dep_ == "acl"):
            for g in t.subtree:
                m = index.at(g.i)
                if m and by_id[m.actor_id].kind == "media":
                    return m.actor_id
    return None


def _outlet_actor(art: Article, actors: list[Actor], by_id: dict[str, Actor]) -> str | None:
    """The article's own outlet as an actor (added without mentions if the text never names it)."""
    if not art.outlet:
        return None
    key = fold(art.outlet)
    for a in actors:
        if fold(a.name) == key or key in (fold(x) for x in a.aliases):
            return a.id
    reg = get_registry()
    hit = reg.lookup(art.outlet)
    aid = hit[0].id if hit else re.sub(r"[^a-z0-9]+", "-", key).strip("-")
    if aid in by_id:
        return aid
    entry = hit[0] if hit else None
    actor = Actor(id=aid, name=entry.name if entry else art.outlet, kind="media",
                  country=entry.country if entry else None, dictionary_id=entry.id if entry else None)
    actors.append(actor)
    by_id[aid] = actor
    return aid
