"""Actor resolution within one article.

Four passes over the parse, each a small method of :class:`_Builder`:

1. named entities: dictionary first (the entity ruler stamped its id), then
   the NER label, corrected by context (a surname already known as a person
   is a person whatever NER says; "X News Agency" is media, "X Protection Agency" is not);
2. noun phrases: anonymous sources ("a Russian diplomatic source") become
   actors of their own; collective nouns with a state modifier ("Iranian
   officials", "Russian forces") become mentions of the state;
3. titles and appositions give persons their role and country;
4. coreference: pronouns and definite role nouns ("he", "the diplomat",
   "the source") point to the most recent fitting actor.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from dragoman.actors.mentions import Mention, MentionIndex
from dragoman.model import Actor, Article
from dragoman.registry import Entry, Registry, fold, get_registry
from dragoman.syntax import indefinite, loyal_to, prep_objects, shared_subject, stance_prefixed

ENT_LABELS = {"PERSON", "GPE", "ORG", "NORP", "LOC", "FAC"}
PERSON_PRONOUNS = {"he", "she", "him", "her", "his"}
#: Nouns that make a name a place: "the town of Goma", "Idlib province".
PLACE_NOUNS = {"city", "town", "village", "province", "region", "district", "county", "port", "capital",
               "governorate", "state", "area", "camp", "enclave"}
#: "the two countries", "both sides", "the two leaders": a pair named before.
#: Titles of one who speaks for a body: "Spokesperson Liu Dejun", "a NATO spokesperson said".
_SPOKES = frozenset({"spokesperson", "spokesman", "spokeswoman"})
PAIR_HEADS = {"country", "nation", "government", "capital", "side", "party", "leader", "president", "minister"}
_MEDIA_WORDS = re.compile(r"\b(news|times|post|tv|press|online|daily|radio|journal|gazette|"
                          r"herald|tribune|telegraph|broadcasting|channel|media)\b", re.I)
_SYNONYMS = {"diplomat": ("diplomat", "diplomatic"), "source": ("source",),
             "official": ("official",), "minister": ("minister",), "envoy": ("envoy",)}


#: Prepositions after which a one-word name NER took for a person is a known place.
PLACE_PREPS = {"in", "from", "to", "into", "near", "at", "around", "outside", "inside", "across", "towards", "toward", "through"}
#: Armed bodies whose side is said by whom they are loyal to ("forces loyal to the TPLF").
_ARMED_NOUNS = frozenset({"forces", "troops", "units", "fighters", "soldiers", "militias", "militiamen"})
#: Nouns for a body of people, named by what its members are ("rebel groups", "armed factions").
_GROUP_NOUNS = frozenset({"group", "groups", "faction", "factions", "movement", "movements", "unit", "units",
                          "leaders", "members", "commanders", "figures", "politicians", "parties", "supporters"})
#: Of those, the ones that say where someone goes or whence something comes, not where people are.
_WHITHER = frozenset({"from", "to", "into", "towards", "toward"})


@dataclass
class _Draft:
    id: str
    name: str
    kind: str
    country: str | None = None
    roles: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    anonymous: bool = False
    dictionary_id: str | None = None
    country_guessed: bool = False  # from a bare surname ("Hassan"): a title's state overrides it


def resolve_actors(doc: Doc, art: Article) -> tuple[list[Actor], MentionIndex]:
    """All actors of one parsed article, with the index of where each is mentioned."""
    b = _Builder(doc, get_registry(), art.dateline)
    b.vessels()
    b.named_entities()
    b.untagged_titled_names()
    b.untagged_surnames()
    b.untagged_places()
    b.group_names()
    b.contextual_seats()
    b.noun_phrases()
    b.titles_and_appositions()
    b.regions_and_owned_bodies()
    b.home_state_officials()
    b.local_people()
    b.detained_persons()
    b.heads_of_bodies()
    b.coreference()
    return b.finish(), b.index


class _Builder:
    def __init__(self, doc: Doc, reg: Registry, dateline: str | None = None) -> None:
        self.doc = doc
        self.reg = reg
        self.dateline = dateline
        hit = reg.lookup(dateline) if dateline else None  # the dateline's state: its city's, or a country named
        self.home = (reg.place(dateline) if dateline else None) or (
            hit[0].country if hit and hit[0].kind == "country" else None)
        self.index = MentionIndex()
        self.drafts: dict[str, _Draft] = {}
        self.by_dict: dict[str, str] = {}
        self.by_name: dict[str, str] = {}
        self.by_surname: dict[str, str] = {}
        self.by_first: dict[str, str] = {}  # first word of a person's name: a family name in East Asian order
        self.titles = sorted(reg.words("person_titles"), key=len, reverse=True)
        self.title_words = frozenset(w for t in self.titles for w in t.split())

    # -- helpers -------------------------------------------------------------
    def _new_id(self, base: str) -> str:
        slug = re.sub(r"[^a-z0-9]+", "-", fold(base)).strip("-") or "actor"
        cand, n = slug, 2
        while cand in self.drafts:
            cand, n = f"{slug}-{n}", n + 1
        return cand

    def _from_entry(self, e: Entry) -> str:
        if e.id in self.by_dict:
            return self.by_dict[e.id]
        aid = e.id if e.id not in self.drafts else self._new_id(e.id)
        # Roles come from the text only: the dictionary's roles may be out of date for an old article.
        self.drafts[aid] = _Draft(id=aid, name=e.name, kind=e.kind, country=e.country, dictionary_id=e.id)
        self.by_dict[e.id] = aid
        self.by_name[fold(e.name)] = aid
        if e.kind == "person":
            self.by_surname.setdefault(_surname(e.name), aid)
            if len(e.name.split()) in (2, 3):
                self.by_first.setdefault(fold(e.name.split()[0]), aid)
            for a in e.aliases:
                self.by_surname.setdefault(_surname(a), aid)
        return aid

    def _mention(self, aid: str, start: int, end: int, how: str, also: tuple[str, ...] = ()) -> None:
        span = self.doc[start:end]
        self.index.add(Mention(actor_id=aid, start=span.start_char, end=span.end_char,
                               tok_start=start, tok_end=end, text=span.text, how=how, also=also))
        d = self.drafts[aid]
        keep = how in ("name", "alias", "seat", "capital", "demonym", "anonymous") or (
            how == "role" and span[0].lower_ == "the")
        if keep and span.text not in d.aliases and span.text != d.name:
            d.aliases.append(span.text)

    def _country_in(self, tokens: list[Token]) -> str | None:
        """The state named among these tokens (already indexed mentions, or dictionary forms)."""
        for t in tokens:
            m = self.index.at(t.i)
            if m:
                c = self.drafts[m.actor_id].country
                if c and self.drafts[m.actor_id].kind == "country":
                    return c
                if self.drafts[m.actor_id].kind != "country" and m.how not in ("place", "role", "pronoun"):
                    continue  # "Taiwan Affairs Office spokeswoman": Beijing's office, whatever word it has
            hit = self.reg.lookup(t.text)
            if hit and hit[0].kind == "country":
                return hit[0].country
        return None

    def _state_of(self, tok: Token, preps: tuple[str, ...]) -> str | None:
        """The state named by a phrase after ``tok`` ("King Abdullah of Saudi Arabia", "the Foreign
        Ministry of Japan"), whether or not its mention is indexed yet."""
        objs = prep_objects(tok, preps)
        return self._country_in(objs) or next((
            hit[0].country for g in objs
            if (hit := self.reg.lookup(self.doc[g.left_edge.i:g.i + 1].text)) and hit[0].kind == "country"), None)

    # -- pass 1: named entities -----------------------------------------------
    def _misread_places(self) -> set[str]:
        """Gazetteer cities NER took for a person or a company ("a drone attack on Kharkiv", "drones
        launched at Kharkiv", "Kharkiv Mayor Ihor Terekhov"), read as places wherever one of their
        mentions stands where a place stands; every mention of the name follows, so the headline's
        "drones pound Kharkiv" is no person either."""
        out: set[str] = set()
        for ent in self.doc.ents:
            if ent.label_ not in ("PERSON", "ORG") or len(ent) != 1 or ent.text in out:
                continue
            tok = ent.root
            if not self.reg.place(ent.text) or self.reg.lookup(ent.text) or self._titled(ent):
                continue
            after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
            if (tok.dep_ == "pobj" and (tok.head.lower_ in PLACE_PREPS | {"on", "over"} or (
                    tok.head.lower_ == "of" and tok.head.head.lower_ == "out"))) or (  # "out of Kherson"
                    tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_.lower() in self.reg.wordset("place_object_verbs")) or (
                    after is not None and tok.dep_ == "compound"
                    and after.lower_ in self.title_words | PLACE_NOUNS):
                out.add(ent.text)
        return out

    def vessels(self) -> None:
        """Ships named with their navy's prefix ("USS Harry S. Truman", "BRP Sierra Madre", "HMS
        Prince of Wales"): one actor of the prefix's state (lexicon `vessel_prefixes`), before NER
        takes the name for a person or "Wales" for Britain. A name after a hull noun ("the supply
        boat Unaizah May 1", lexicon `hull_nouns`) is a ship of its flag's or demonym's state, or of none."""
        prefixes = self.reg.table("vessel_prefixes")  # "uss" -> ("USA",)
        i, n = 0, len(self.doc)
        while i < n:
            t = self.doc[i]
            end = i + 1
            # (the prefix in capitals, the name in title case: an all-capitals headline's "ITS NAVY" is no ship)
            while t.text.isupper() and t.lower_ in prefixes and end < n and (self.doc[end].text.istitle() or (
                    self.doc[end].lower_ in ("of", "de", "del") and end + 1 < n and self.doc[end + 1].text.istitle())):
                end += 1
            if end > i + 1:
                name = self.doc[i:end].text
                aid = self.by_name.get(fold(name)) or self._new_named(name, "organization", prefixes[t.lower_][0], i, end)
                self._mention(aid, i, end, "name")
            i = end
        # "the chartered supply boat Unaizah May 1", "the tanker Grace 1": a ship's name, not the Saudi town
        hulls = self.reg.wordset("hull_nouns")
        for t in self.doc:
            if t.lower_ not in hulls or not t.text.islower() or t.i + 1 >= n \
                    or not any(c.dep_ in ("det", "amod", "compound") for c in t.lefts):  # ("Tanker Company": a name)
                continue
            end = t.i + 1
            while end < n and end - t.i <= 4 and ((self.doc[end].pos_ == "PROPN" and self.doc[end].text[:1].isupper())
                                                   or (end > t.i + 1 and self.doc[end].like_num)) \
                    and self.doc[end].ent_type_ not in ("NORP", "DATE", "TIME") and not self.index.at(end) \
                    and not self.reg.surface.get(self.doc[end].text):
                end += 1
            if end > t.i + 1:
                name = self.doc[t.i + 1:end].text
                flag = self._country_in(_left_modifiers(t))  # "the British-flagged tanker", "a Philippine boat"
                aid = self.by_name.get(fold(name)) or self._new_named(name, "organization", flag, t.i + 1, end)
                self._mention(aid, t.i + 1, end, "name")

    def named_entities(self) -> None:
        done: set[int] = set()
        places = self._misread_places()
        ranks = self.reg.wordset("rank_abbreviations")
        for ent in self.doc.ents:
            if ent.label_ not in ENT_LABELS or ent.start in done or self.index.covered(ent.start, ent.end):
                continue  # (a vessel named before)
            start, end = _trim(ent)
            while ent.label_ == "PERSON" and end - start > 1 and (
                    self.doc[start].lower_.rstrip(".") in ranks
                    or (self.doc[start].lower_ in self.title_words and self.doc[start].pos_ != "PROPN")
                    or self.doc[start].lower_ in _SPOKES):
                start += 1  # "Lt Gen Waidi Shaibu", "Spokesperson Liu Dejun": the title is not part of the name
            if start >= end:
                continue
            span = self.doc[start:end]
            if ent.label_ == "PERSON" and len(span) == 1 and span[0].is_sent_start and span[0].dep_ == "compound" \
                    and span[0].head.i == span[0].i + 1 and span[0].head.tag_ == "NNS":
                continue  # "Gang members stormed a police station": a capitalised common noun, no person
            if ent.label_ in ("GPE", "LOC") and len(span) == 1 and span.root.dep_ == "compound" \
                    and span.root.head.ent_type_ == "PERSON" and span.root.head.i >= end \
                    and self.doc[end].ent_type_ == "PERSON":
                continue  # "Defence Minister Wellington Koo", "Jordan Bardella": a first name, not a capital
            entry = self.reg.entries.get(ent.ent_id_) if ent.ent_id_ else None
            full = _expand_name(span, self.title_words)
            if len(full) > len(span) and (entry is None or entry.kind == "person") \
                    and not self.reg.lookup(full.text):
                # "Qassem Oubari" is not Naim Qassem; "Karim" + "Haddad" tagged apart are one name
                done.update(range(full.start, full.end))
                label = "PERSON" if (ent.label_ == "PERSON" or entry is not None or self._titled(full)) \
                    else ent.label_
                self._unknown_entity(label, full)
                continue
            if entry is None and (ent.label_ in ("GPE", "LOC", "NORP") or (  # "government spokesman Wilfried
                    ent.label_ == "ORG" and 2 <= len(span) <= 4 and all(  # Leandre Houngbedji", tagged an ORG
                        t.pos_ == "PROPN" and t.text[:1].isupper() and t.is_alpha
                        and t.lower_ not in self.reg.wordset("institution_heads") for t in span))) \
                    and not self.reg.lookup(span.text) and self._titled(span):
                self._unknown_entity("PERSON", span)  # an unknown name NER took for a place
                continue
            if ent.label_ in ("GPE", "LOC") and (longer := self._longer_place(span)) is not None:
                self._place_mention(*longer)  # "Mocimboa da Praia" (Mozambique), not Praia (Cabo Verde)
                done.update(range(*longer))
                continue
            if ent.label_ in ("GPE", "LOC") and _water_of(span, self.reg.wordset("water_heads")):
                continue  # "the Gulf of Oman", "the Sea of Japan": a sea, not the state
            if entry is None and self._not_an_actor(span, ent.label_):
                continue
            if entry is None and ent.label_ == "ORG" and len(span) == 1 and span.text.istitle() \
                    and _destination(span, self.reg.wordset("deploying_verbs")):
                if self.reg.place(span.text):  # "deployed additional soldiers to Bokkos": where troops go,
                    self._place_mention(span.start, span.end)  # whatever NER called it
                continue
            if entry is None and _place_context(span):  # "the town of Goma", whatever NER called it
                if self.reg.place(span.text):
                    self._place_mention(span.start, span.end)
                continue  # ("near the village of Khnatsakh": a place the gazetteer does not know is no actor)
            if entry is None and (span.text in places or (
                    ent.label_ == "PERSON" and len(span) > 1 and not self.reg.lookup(span.text)
                    and self.reg.place(span.text))):
                # "withdrew from Kherson", "the president of Republika Srpska" (NER: a person)
                self._place_mention(span.start, span.end)
                continue
            how = "name"
            hit = self.reg.lookup(span.text)
            if entry is None and hit:
                entry, how = hit
            elif entry is not None:
                how = hit[1] if hit and hit[0].id == entry.id else "alias"
            if entry is not None:
                self._dictionary_mention(entry, how, span)
            else:
                self._unknown_entity(ent.label_, span)

    def untagged_titled_names(self) -> None:
        """A full name NER missed but a title sets off ("Shafiqul Alam, press secretary to Chief Adviser
        Muhammad Yunus, said"): a person. Two or more capitalised proper nouns the dictionary and the
        gazetteer do not know, with a title in apposition."""
        heads = _title_heads(self.titles)
        for t in self.doc:
            if t.pos_ != "PROPN" or self.index.at(t.i) or t.dep_ == "compound" or not any(
                    c.dep_ == "appos" and c.lemma_.lower() in heads and not self.index.at(c.i) for c in t.children):
                continue
            start = t.i
            while start > 0 and self.doc[start - 1].pos_ == "PROPN" and self.doc[start - 1].dep_ == "compound" \
                    and self.doc[start - 1].head.i == t.i and not self.index.at(start - 1):
                start -= 1
            span = self.doc[start:t.i + 1]
            if len(span) >= 2 and all(x.text.istitle() and x.lower_ not in self.title_words for x in span) \
                    and not self.reg.lookup(span.text) and not self.reg.place(span.text):
                self._unknown_entity("PERSON", span)

    def untagged_surnames(self) -> None:
        """The surname of a person named before, where NER tagged nothing or swallowed it in a
        "work of art" with a quote ('"...," Asif told Geo News'): the same person."""
        for t in self.doc:
            if t.pos_ != "PROPN" or not t.text[:1].isupper() or self.index.at(t.i) \
                    or t.ent_type_ in ("GPE", "ORG", "NORP", "LOC", "FAC", "DATE"):
                continue
            if any(n.pos_ == "PROPN" and not self.index.at(n.i) for n in (t.nbor(-1) if t.i else None,
                   t.nbor(1) if t.i + 1 < len(self.doc) else None) if n is not None):
                continue  # part of a longer name nobody has named
            aid = self.by_surname.get(_surname(t.text)) or self.by_first.get(fold(t.text))
            first = min((m.tok_start for m in self.index.mentions if m.actor_id == aid), default=t.i)
            if aid and self.drafts[aid].kind == "person" and first < t.i:
                self._mention(aid, t.i, t.i + 1, "alias")

    def contextual_seats(self) -> None:
        """A capital that is also an organisation's seat names the organisation when the article
        names it too: "Brussels imposed tariffs" in a story about the EU is the EU, not Belgium."""
        for m in self.index.mentions:
            if m.how != "capital":
                continue
            for e, how in self.reg.surface.get(m.text, []):
                if how == "seat" and e.kind != "country" and e.id in self.by_dict:
                    old = self.drafts[m.actor_id]
                    if m.text in old.aliases:
                        old.aliases.remove(m.text)
                    m.actor_id, m.how = self.by_dict[e.id], "seat"
                    break

    def group_names(self) -> None:
        """Blocs named by a phrase from the lexicon ("the West", "the international community").
        Lexicon words are stored in lower case; "the West" must still be capitalised in the text."""
        phrases = [p.split() for p in self.reg.words("group_names")]
        toks = [t.lower_ for t in self.doc]
        for words in phrases:
            n = len(words)
            for i in range(len(toks) - n + 1):
                if toks[i:i + n] != words or self.index.covered(i, i + n):
                    continue
                span = self.doc[i:i + n]
                content = [t for t in span if t.lower_ != "the"]
                if not content or (content[0].lower_ == "west" and not content[0].text[0].isupper()):
                    continue  # "the west of the country" is a direction
                start = i + 1 if span[0].lower_ == "the" else i
                name = self.doc[start:i + n].text
                aid = self.by_name.get(fold(name)) or self._new_named(name, "group", None, start, i + n)
                self._mention(aid, start, i + n, "name")

    def _longer_place(self, span: Span) -> tuple[int, int] | None:
        """A capital or state name inside a longer place name the gazetteer knows, joined by a particle
        ("Mocimboa da Praia", "Santiago de Cuba"): the span of that longer name."""
        doc, n = self.doc, len(self.doc)

        def name_part(j: int) -> bool:
            return 0 <= j < n and doc[j].text[:1].isupper() and doc[j].is_alpha

        starts, ends = [span.start], [span.end]
        if span.start >= 2 and doc[span.start - 1].lower_ in _NAME_PARTICLES and name_part(span.start - 2):
            j = span.start - 2
            while name_part(j - 1):
                j -= 1
            starts = list(range(j, span.start - 1)) + starts
        if span.end + 1 < n and doc[span.end].lower_ in _NAME_PARTICLES and name_part(span.end + 1):
            j = span.end + 1
            while name_part(j + 1):
                j += 1
            ends = list(range(j + 1, span.end + 1, -1)) + ends
        for a in starts:  # the longest name first
            for b in ends:
                if (a, b) != (span.start, span.end) and self.reg.place(doc[a:b].text):
                    return a, b
        return None

    def _place_mention(self, start: int, end: int) -> None:
        """A city or region (data/places) names its state as a place ("shelling in Aleppo", "a visit
        to Nablus"). It is not an actor: the coder never takes a place for a speaker or agent."""
        code = self.reg.place(self.doc[start:end].text)
        aid = self._country_actor(code) if code else None
        if aid:
            self._mention(aid, start, end, "place")

    def untagged_places(self) -> None:
        """Proper-noun runs NER left untagged that the places table knows ("bombarded Aleppo").
        Only proper nouns: "Nice", "Reading" or "Split" as ordinary words are not PROPN."""
        ents = {i for e in self.doc.ents for i in range(e.start, e.end)}
        i, n = 0, len(self.doc)
        while i < n:
            j = i
            while j < n and self.doc[j].pos_ == "PROPN" and j not in ents and not self.index.at(j):
                j += 1
            prev = self.doc[i - 1] if i > 0 else None
            name_before = prev is not None and not prev.is_sent_start and prev.text[:1].isupper() \
                and prev.is_alpha and prev.pos_ in ("NOUN", "X", "PROPN", "INTJ")  # "Wa Lone": a name, not Loni
            if j > i and not name_before:
                self._place_mention(i, j)
            i = max(j, i + 1)

    def _not_an_actor(self, span: Span, label: str) -> bool:
        """Entities that name a document, a meeting or part of a title, not an actor."""
        root = span.root
        nxt = self.doc[span.end:span.end + 2]
        if len(nxt) == 2 and nxt[0].text == "-" and nxt[1].lower_ == "based":
            return True  # "Glasgow-based"
        if root.lemma_.lower() in self.reg.wordset("non_actor_heads") or span[-1].lower_ in (
                "of", "and", "the"):
            return True
        if len(span) == 1 and span[0].lower_ in self.reg.wordset("generic_single_words"):
            return True
        if label == "PERSON":  # "Leopard 2 battle tanks", "Patriot missiles": a weapon's model NER took for a person
            for t in self.doc[span.end:span.end + 2]:
                if t.lemma_.lower() in self.reg.wordset("weapon_model_heads"):
                    return True
                if t.dep_ != "compound":
                    break
        if len(span) == 1 and span[0].lower_ in self.reg.wordset("generic_actor_heads") \
                and not self.reg.lookup(span.text):
            return True  # "Farmers dumped manure": a generic group NER took for a name (the noun pass makes it)
        if label in ("ORG", "NORP") and span.text.lower() in self.titles:
            return True  # "Field Marshal Asim Munir" tagged apart: a title, not a body
        if len(span) == 1 and root.is_sent_start and root.pos_ == "ADJ" and root.dep_ == "amod" \
                and not self.reg.lookup(span.text):
            return True  # "Fierce fighting erupted in Basra": an adjective opening a sentence, no body
        if len(span) == 1 and label in ("ORG", "NORP"):
            heads = _title_heads(self.titles)
            h = root.head
            if root.dep_ == "compound" and h.lemma_.lower() in heads:
                return True  # "Parliament Speaker", "Supreme Leader"
            if root.dep_ == "pobj" and h.lower_ == "of" and h.head.lemma_.lower() in heads:
                return True  # "Secretary of State"
        return False

    def _by_middle_name(self, text: str) -> str | None:
        """A person this article named in full by a middle part of the name ("Costa Rican Foreign
        Minister Arnoldo Andre Tinoco ... Andre said": a Spanish first surname)."""
        key = fold(text)
        return next((aid for aid, d in self.drafts.items() if d.kind == "person" and not d.dictionary_id
                     and len(parts := d.name.split()) > 2 and key in map(fold, parts[1:-1])), None)

    def _dictionary_mention(self, entry: Entry, how: str, span: Span) -> None:
        speaking = "".join(t.lower_ for t in self.doc[span.end:span.end + 2]) == "-speaking"
        if entry.kind == "country" and how == "demonym" and (speaking or (
                span.start and self.doc[span.start - 1].lower_ == "ethnic")):
            # "ethnic Albanians in Kosovo", "ethnic Albanian rebels", "Russian-speaking youths": a people or
            # a language, not the state of that name (whose state they are, the place or the context says)
            start, end = (span.start, span.end + 2) if speaking else (span.start - 1, span.end)
            name = self.doc[start:end].text
            aid = self.by_name.get(fold(name)) or self._new_named(name, "group", None, start, end)
            self._mention(aid, start, end, "collective")
            return
        named = self.by_surname.get(_surname(span.text)) if entry.kind == "person" and len(span) == 1 else None
        if named is None and entry.kind == "person" and len(span) == 1:
            named = self._by_middle_name(span.text)
        if named and self.drafts[named].kind == "person" and self.drafts[named].dictionary_id != entry.id:
            # "Foreign Minister Luis Gilberto Murillo ... Murillo said": the Murillo this story named,
            # not the dictionary's (Nicaragua's Rosario Murillo)
            self._mention(named, span.start, span.end, "alias")
            return
        if entry.kind == "organization" and entry.country and how == "alias":
            # "Nepal's House of Representatives" is not the US House: a modifier naming another state
            # makes a generic name (House, Congress, Senate, parliament) that state's institution
            before = [m for m in _left_modifiers(span.root) if m.i < span.start]
            other = self._country_in(before)
            if other and other != entry.country:
                name = _strip_det(self.doc[min(m.i for m in before):span.end].text)
                aid = self.by_name.get(fold(name)) or self._new_named(name, "organization", other,
                                                                      span.start, span.end)
                self._mention(aid, span.start, span.end, "alias")
                return
        if entry.kind == "person" and entry.country and how == "alias":
            # "Saudi Arabia's King Abdullah", "King Abdullah of Saudi Arabia": a short name the text gives
            # another state than the dictionary's person of that name (Jordan's Abdullah II) has
            owner = self._country_in([m for m in _left_modifiers(span.root) if m.i < span.start]) \
                or self._state_of(span.root, ("of",))
            if owner and owner != entry.country:
                self._unknown_entity("PERSON", span)
                if (m := self.index.at(span.root.i)) and self.drafts[m.actor_id].country is None:
                    self.drafts[m.actor_id].country = owner
                return
        if entry.kind == "group" and entry.country is None:
            # "Iraqi Kurds", "Pakistani Shiites": the stateless people's members in that state
            country = self._country_in(_left_modifiers(span.root))
            if country:
                name = f"{self.doc[span.root.left_edge.i:span.start].text} {entry.name}".strip()
                aid = self.by_name.get(fold(name)) or self._new_named(name, "group", country, span.start, span.end)
                self.drafts[aid].dictionary_id = entry.id
                self._mention(aid, span.start, span.end, "alias")
                return
        aid = self._from_entry(entry)
        self._mention(aid, span.start, span.end, how if how != "name" or span.text == entry.name
                      else "alias")

    def _unknown_entity(self, label: str, span: Span) -> None:
        text = span.text
        key = fold(text)
        sur = _surname(text)
        if key in self.by_name and not self._owned_elsewhere(self.by_name[key], span, label):
            self._mention(self.by_name[key], span.start, span.end, "name")
            return
        bare = [t for t in span if t.lower_ not in self.title_words]
        if label == "PERSON" and len(bare) == 1 and len(span) > 1:  # "Sheikh Mohammed" after "Sheikh Mohammed
            first = [a for a, d in self.drafts.items()  # bin Abdulrahman Al Thani": the one person of that name
                     if d.kind == "person" and fold(d.name.split()[0]) == fold(bare[0].text)]
            if len(first) == 1:
                self._mention(first[0], span.start, span.end, "alias")
                return
        if sur not in self.by_surname and len(span) == 1 and label == "PERSON" and key in self.by_first:
            # "Chinese foreign ministry spokesperson Guo Jiakun ... Guo said": a family name written first
            self._mention(self.by_first[key], span.start, span.end, "alias")
            return
        if label == "PERSON" and sur not in self.by_surname and len(span) > 2:
            # "Tchiroma refuses to concede" in a headline, then "Issa Tchiroma Bakary": the name known
            # by a middle part of the full name ("Lula" of "Luiz Inacio Lula da Silva")
            sur = next((m for t in span[1:-1] if (m := fold(t.text)) in self.by_surname
                        and fold(self.drafts[self.by_surname[m]].name) == m), sur)
        if label == "PERSON" and sur not in self.by_surname and len(span) == 1 and (
                aid := self._by_middle_name(text)) is not None:
            self._mention(aid, span.start, span.end, "alias")
            return
        if sur in self.by_surname and (len(span) == 1 or label == "PERSON"):
            aid = self.by_surname[sur]
            if self.drafts[aid].kind == "person":
                if len(text) > len(self.drafts[aid].name) and len(span) > 1:
                    self.drafts[aid].name = text  # a fuller name seen later
                self._mention(aid, span.start, span.end, "alias")
                return
        if label == "PERSON" or (label == "ORG" and len(span) <= 2 and self._titled(span)):
            if label == "PERSON" and self._looks_media(span):
                self._new_actor(span, "media")
                return
            aid = self._new_actor(span, "person")
            self.by_surname.setdefault(sur, aid)
            if len(span) in (2, 3):
                self.by_first.setdefault(fold(span[0].text), aid)
        elif label == "ORG" and not self.reg.place(text):
            self._new_actor(span, "media" if self._looks_media(span) else "organization")
        elif label in ("GPE", "LOC", "FAC", "ORG"):
            # (an "organisation" whose whole name is a city is NER mistaking the city: "El Fasher")
            self._place_mention(span.start, span.end)
        # Other GPE/LOC/FAC/NORP outside the dictionary are places or groups, not actors.

    def _owned_elsewhere(self, aid: str, span: Span, label: str) -> bool:
        """Is this the same-named body of another state ("the Philippine Coast Guard" ... "China's
        coast guard")? Then it is an actor of its own."""
        d = self.drafts[aid]
        if label == "PERSON" or d.kind == "person" or not d.country:
            return False
        own = self._country_in(list(span)) or self._country_in(_left_modifiers(span.root))
        return own is not None and own != d.country

    def _new_actor(self, span: Span, kind: str) -> str:
        aid = self._new_id(span.text)
        country = None
        if kind != "person":
            country = self._country_in(list(span)) or self._country_in(_left_modifiers(span.root))
            if country is None and _GOVERNMENT_BODY.search(span.text):  # "the Department of Foreign
                country = self._state_of(span.root, ("in", "of")) or self._state_of(span[-1], ("in", "of"))
                # Affairs in Manila", "the Foreign Ministry of Japan", "the Ministry of Foreign Affairs of Vietnam"
        elif len(span) == 1:  # a bare "Clinton": every dictionary Clinton is American, whichever is meant
            country = _surname_countries(self.reg).get(_surname(span.text))
        self.drafts[aid] = _Draft(id=aid, name=span.text, kind=kind, country=country,
                                  country_guessed=kind == "person" and country is not None)
        self.by_name[fold(span.text)] = aid
        self._mention(aid, span.start, span.end, "name")
        if kind != "person" and (short := _acronym_after(span)):
            self.by_name.setdefault(fold(short), aid)  # "the Republican People's Party (CHP)": later "the CHP"
        return aid

    def _titled(self, span: Span) -> bool:
        """Is this (mis-labelled) entity a person, by its title or apposition?"""
        phrase = " ".join(t.lower_ for t in _left_modifiers(span.root))
        appos = [c for c in span.root.children if c.dep_ == "appos"]
        if span.root.dep_ == "appos":
            appos.append(span.root.head)
        words = phrase + " " + " ".join(a.lemma_.lower() for a in appos)
        return any(re.search(rf"\b{re.escape(t)}\b", words) for t in self.titles)

    def _looks_media(self, span: Span) -> bool:
        head = span.root.head
        return bool(_MEDIA_WORDS.search(span.text)) or (
            head.i >= span.end and head.lemma_.lower() in self.reg.wordset("media_heads")
            and head.dep_ != "ROOT")

    # -- pass 2: anonymous sources and collectives ---------------------------
    def noun_phrases(self) -> None:
        anon_heads = self.reg.wordset("anonymous_heads")
        markers = self.reg.wordset("anonymous_markers")
        collective = self.reg.wordset("collective_heads")
        media = self.reg.wordset("media_heads")
        speculative = self.reg.wordset("speculative_heads")
        speech = self.reg.wordset("speech_verbs")
        generic = self.reg.wordset("generic_actor_heads")
        located = self.reg.wordset("located_institution_heads")
        seen_collective: dict[str, str] = {}
        group_of = self.reg.wordset("group_of_nouns")
        for t in self.doc:
            if t.pos_ not in ("NOUN", "PROPN") or self.index.at(t.i):
                continue
            if t.dep_ == "compound" and not (  # "government helicopters", "army trucks": the owner acts
                    # (not "army chief Asim Munir": a title)
                    t.lower_ in generic and t.head.pos_ == "NOUN" and t.head.lemma_.lower() not in generic
                    and t.head.lemma_.lower() not in _RANK_HEADS
                    and t.head.lower_ not in generic and t.head.lemma_.lower() not in collective
                    and not any(c.dep_ == "compound" and c.i > t.i for c in t.head.children)):
                continue
            lemma, lower = t.lemma_.lower(), t.lower_
            if lemma in self.reg.wordset("anaphoric_group_nouns") and _definite_bare(t) and (
                    aid := self._group_antecedent(t)):
                # "the group", "the militia": the one named before, no new actor (resolved here, before
                # "the group's leaders" below is read as a group of its own)
                self._mention(aid, t.i, t.i + 1, "role")
                continue
            if lemma in self.reg.wordset("anaphoric_body_nouns") and _definite_bare(t) and (
                    aid := self._body_antecedent(t)):
                self._mention(aid, t.i, t.i + 1, "role")  # "the Interior Ministry ... the ministry said"
                continue
            mods = _left_modifiers(t)
            # people set against an owner named before them: "Pashinyan's opponents" (bare "rivals" name no one)
            adversaries = lower in self.reg.wordset("adversary_heads") and any(c.dep_ == "poss" for c in t.children)
            country = self._country_in([m for m in mods if not stance_prefixed(m)])  # not "pro-Russia rebels"
            if country is None and (lemma in located or lower in located):
                country = self._country_in(prep_objects(t, "in") + [  # ("accused agencies in Pakistan of...":
                    g for p in t.head.children if p.dep_ == "prep" and p.lower_ == "in" and t.dep_ == "dobj"  # the
                    and all(x.is_punct for x in self.doc[t.right_edge.i + 1:p.i]) for g in p.children  # parser
                    if g.dep_ == "pobj"]) or self._state_of(t, ("of",))  # hangs "in" on the verb; "the Foreign
                # Ministry of Japan")
            # ("received a delegation from China": what one receives came from there)
            received = t.dep_ == "dobj" and t.head.lemma_.lower() in self.reg.wordset("host_verbs")
            foreign = any(m.lower_ in ("foreign", "international") for m in mods)  # ("foreign aid groups from
            if country is None and not foreign and (lemma in generic or lower in generic or (  # Darfur": not Sudan's)
                    received and (lemma in collective or lower in collective))):  # "rescue workers from Greece",
                origin = prep_objects(t, ("from", "at"))  # "ministers from the Georgian government"
                if t.dep_ == "dobj":  # "expelled two diplomats from the Russian embassy" ("from" on the verb)
                    origin += [g for g in prep_objects(t.head, ("from", "at"))
                               if received or g.lemma_.lower() in self.reg.wordset("mission_nouns")]
                if lemma in self.reg.wordset("vessel_people") or lower in self.reg.wordset("vessel_people"):
                    origin += prep_objects(t, "of")  # "the captain of a Chinese fishing trawler"
                country = self._country_in(origin + [m for o in origin for m in _left_modifiers(o)])
            if country is None and (lemma in generic or lower in generic):  # "forces loyal to Khalifa Haftar"
                loyal = loyal_to(t)
                country = self._country_in(loyal + [m for o in loyal for m in _left_modifiers(o)]) \
                    or self._person_state(loyal)
            if country is None and any(m.dep_ == "poss" and m.lemma_.lower() in ("country", "nation") and any(
                    d.lower_ == "the" for d in m.children) for m in mods):
                country = self._last_state(t.i)  # "urged the country's authorities": the state just named
            mod_words = {m.lower_ for m in mods} | {m.lemma_.lower() for m in mods}
            start = min([m.i for m in mods if m.dep_ not in ("det", "predet", "nummod")
                         and not (m.dep_ == "poss" and m.pos_ == "PRON")] + [t.i])  # not "his" in a name
            if (lemma in media or lower in media) and country:
                linked = [self.index.at(c.i) for c in t.children if c.dep_ == "appos"]
                if linked and linked[0] and self.drafts[linked[0].actor_id].kind == "media":
                    self._mention(linked[0].actor_id, start, t.i + 1, "collective")
                    continue
                name = _strip_det(self.doc[start:t.i + 1].text)
                aid = self.by_name.get(fold(name)) or self._new_named(name, "media", country, start, t.i + 1)
                self._mention(aid, start, t.i + 1, "collective")
                continue
            named = self.index.at(t.head.i) if t.dep_ == "appos" else None
            if named and self.drafts[named.actor_id].kind == "person" and (lemma in anon_heads or lower in anon_heads):
                # "Rose Kabuye, a senior Rwandan official": the person named, described; no unnamed official
                d = self.drafts[named.actor_id]
                if country and (not d.country or d.country_guessed):
                    d.country, d.country_guessed = country, False
                continue
            is_anon_head = lemma in anon_heads or lower in anon_heads or (
                # "said a Kyiv-based security analyst": one unnamed commentator, who speaks (not Kyiv)
                (lemma in speculative or lower in speculative or lower in self.reg.wordset("commentator_singulars"))
                and not lower.endswith("s") and indefinite(t, one=True)
                and not (t.dep_ == "appos" and self.index.at(t.head.i)))  # ("Hage Ali, a senior fellow at...")
            if is_anon_head and not country:  # "a senior official of the Chinese embassy": the body's state
                country = self._country_in([m for g in prep_objects(t, ("of",)) for m in (g, *g.lefts)
                                            if not stance_prefixed(m)])
            anonymous = is_anon_head and (lemma in ("source", "insider") or bool(mod_words & markers) or indefinite(t, one=True))
            if anonymous and any(m.dep_ == "cc" for m in mods) and len(
                    {c for m in mods if m.dep_ in ("amod", "compound", "conj") and (c := self._country_in([m]))}) > 1:
                anonymous = False  # "senior Chinese and Vietnamese diplomats held talks": two parties acting
            if anonymous and (country or mods):
                name = _strip_det(self.doc[start:t.i + 1].text)
                if not country and not (mod_words - {"the", "a", "an"}) and not (
                        t.dep_ == "nsubj" and t.head.lemma_.lower() in speech and indefinite(t, one=True)
                        and (lemma in anon_heads or lower in self.title_words)):  # (not "a commentary in IRNA")
                    continue  # (but '"...," said an analyst': one unnamed speaker, kept for the quote;
                    # "the source said" is the source named before)
                key = fold(_singular(name))
                aid = self.by_name.get(key)
                if aid is None:
                    kind = "group" if lower.endswith("s") and lower != "source" else "person"
                    aid = self._new_named(name, kind, country, start, t.i + 1, anonymous=True)
                    self.by_name[key] = aid
                    self.drafts[aid].roles.append(f"anonymous {name}")
                self._mention(aid, start, t.i + 1, "anonymous")
                self._describe(aid, t)
            elif (lemma in speculative or lower in speculative) and lower.endswith("s") and (
                    country or t.dep_ in ("nsubj", "nsubjpass")):  # "Analysts say Doha may host talks"
                name = _strip_det(self.doc[start:t.i + 1].text)
                name = re.sub(r"^(some|many|several|other|most)\s+", "", name, flags=re.I)
                aid = self.by_name.get(fold(name)) or self._new_named(name, "group", country, start, t.i + 1)
                self._mention(aid, start, t.i + 1, "collective")
                self._describe(aid, t)
            elif (lemma in collective or lower in collective) and country:
                aid = self._country_actor(country)
                if aid:
                    # "Pakistani and Afghan officials": both states
                    others = [a for m in mods if m.dep_ == "conj" and (c := self._country_in([m])) and c != country
                              and (a := self._country_actor(c))]
                    self._mention(aid, t.i, t.i + 1, "collective", also=tuple(others))
                    seen_collective[lemma] = aid
            elif (lemma in collective or lower in collective) and lemma in seen_collective and _definite_bare(t):
                # "Sudan's army ... the army": the state whose army the article already named
                self._mention(seen_collective[lemma], t.i, t.i + 1, "collective")
            elif lemma in PAIR_HEADS and any(c.lower_ in ("two", "both") for c in t.children) and any(
                    c.lower_ in ("the", "both", "these", "those") for c in t.children):
                continue  # "the two leaders": a pair named before, resolved by coreference (not "jailed two
                # opposition leaders": people named here)
            elif (lemma in generic or lower in generic) and (lemma in group_of or lower in group_of) and any(
                    self.index.at(g.i) or g.pos_ == "PROPN" or g.ent_type_ or (g is o and o.lower_ in generic)
                    for o in prep_objects(t, ("of", "for")) if not _thing_named(o, generic, self.index)
                    for g in o.subtree):  # ("thousands of students": the students, named next; not "accused the
                # government of a submissive North Korea policy", a thing)
                continue  # "supporters of Hezbollah" are Hezbollah's: the event coder follows the "of"
                # (of an unnamed "jailed opposition leader" they are a group of their own)
            elif (lemma in generic or lower in generic) and any(
                    c.dep_ == "appos" and (a := self.index.at(c.i)) and self.drafts[a.actor_id].kind == "person"
                    for c in t.children):
                continue  # "his Azerbaijani counterpart Jeyhun Bayramov": the person, titled below
            elif (lemma in generic or lower in generic or adversaries) and (country or not any(
                    m.lower_ in ("its", "their", "his", "her", "our", "my", "your") for m in mods)) and (not any(
                    (mm := self.index.at(m.i)) and self.drafts[mm.actor_id].kind != "country" for m in mods)
                    or adversaries):
                if adversaries and not country:  # "Pashinyan's opponents" are of his state
                    country = next((self.drafts[mm.actor_id].country for m in mods if m.dep_ == "poss"
                                    and (mm := self.index.at(m.i)) and self.drafts[mm.actor_id].kind == "person"), None)
                # "Hamas fighters" are Hamas's: the named organisation speaks for them
                name = _strip_det(self.doc[start:t.i + 1].text)
                # "Colombian and Venezuelan police": a group of each state, both in this mention
                coordinated = any(m.dep_ == "cc" for m in mods)  # not "a British-Iranian dual national"
                pairs = [(m, c) for m in mods if m.dep_ in ("amod", "compound", "conj")
                         and (c := self._country_in([m]))] if country and coordinated else []
                if len({c for _, c in pairs}) > 1:
                    ids = []
                    for m, c in pairs:
                        each = f"{m.text} {t.text}"
                        ids.append(self.by_name.get(fold(each)) or self._new_named(each, "group", c, start, t.i + 1))
                    self._mention(ids[0], start, t.i + 1, "collective", also=tuple(dict.fromkeys(ids[1:])))
                    continue
                if adversaries:  # (the owner keeps his own mention)
                    start = max([start] + [c.i + 1 for m in mods if m.dep_ == "poss" for c in (m, *m.children)])
                aid = self.by_name.get(fold(name)) or self._new_named(name, "group", country, start, t.i + 1)
                self._mention(aid, start, t.i + 1, "collective")
                self._describe(aid, t)

    def _last_state(self, i: int) -> str | None:
        """The state named last before token i (by name, capital or demonym; not a place standing in)."""
        before = [m for m in self.index.mentions if m.tok_start < i and m.how != "place"
                  and self.drafts[m.actor_id].kind == "country"]
        return self.drafts[max(before, key=lambda m: m.tok_start).actor_id].country if before else None

    def _describe(self, aid: str, t: Token) -> None:
        """The whole phrase the text names unnamed people with ("two diplomats in Addis Ababa", "a West
        Africa analyst based in Nairobi, who asked..."), up to a comma, a clause or a conjunct: an alias,
        so a reader, a query or a gold file finds them as written."""
        end = t.i + 1
        for x in t.subtree:
            if x.i <= t.i:
                continue
            if (x.is_punct and not (x.text == "-" and not self.doc[x.i - 1].whitespace_)) \
                    or x.dep_ in ("relcl", "ccomp", "advcl", "cc", "conj") or x.tag_ in ("WDT", "WP"):
                break  # (not "... at the University of San Carlos who")
            end = x.i + 1
        start = t.left_edge.i
        while start < t.i and self.doc[start].lower_ in ("a", "an", "the", "some", "many", "several", "other"):
            start += 1
        bare = start  # (and without the count: "diplomats in Addis Ababa"; and without what follows: "two diplomats")
        while bare < t.i and self.doc[bare].pos_ == "NUM":
            bare += 1
        d = self.drafts[aid]
        # and up to its first "of" phrase alone: "professor of Korean studies" (at a university in Tokyo)
        of = [g for c in t.rights if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        later = {x.i for g in of[:1] for c in g.children if c.dep_ == "prep" for x in c.subtree}
        short = min(end, 1 + max((x.i for x in of[0].subtree if x.i not in later), default=t.i)) if of else end
        for text in (self.doc[start:end].text, self.doc[bare:end].text, self.doc[start:t.i + 1].text,
                     self.doc[start:short].text):
            if text != d.name and text not in d.aliases and len(text) <= 80:
                d.aliases.append(text)

    def _new_named(self, name: str, kind: str, country: str | None, start: int, end: int,
                   anonymous: bool = False) -> str:
        aid = self._new_id(name)
        self.drafts[aid] = _Draft(id=aid, name=name, kind=kind, country=country, anonymous=anonymous)
        self.by_name[fold(name)] = aid
        return aid

    def _country_actor(self, code: str) -> str | None:
        e = self.reg.country(code)
        return self._from_entry(e) if e else None

    # -- pass 3: titles and appositions ---------------------------------------
    def titles_and_appositions(self) -> None:
        seen: set[tuple[str, int]] = set()
        for m in list(self.index.mentions):
            d = self.drafts[m.actor_id]
            if d.kind != "person" or m.how not in ("name", "alias") or (m.actor_id, m.tok_start) in seen:
                continue
            seen.add((m.actor_id, m.tok_start))
            root = self.doc[m.tok_end - 1]
            phrases: list[list[Token]] = []
            pre = [t for t in self.doc[root.left_edge.i:m.tok_start]
                   if t.dep_ not in ("det", "punct") or t.text == "-"]
            pre = [t for t in pre if t.head.i >= m.tok_start or t.head.i in {p.i for p in pre}]
            if not pre:  # a name the parser broke ("Defence Minister Ahn Gyu-back"): the title words before it
                i = m.tok_start
                while i > 0 and m.tok_start - i < 5 and (self.doc[i - 1].lower_ in self.title_words or (
                        i < m.tok_start and self.doc[i - 1].pos_ == "PROPN" and self.doc[i - 1].text[:1].isupper()
                        and not self.doc[i - 1].ent_type_)):  # (and its portfolio: "Water Resources Minister")
                    i -= 1
                pre = list(self.doc[i:m.tok_start])
            if pre:  # "King Hassan of Morocco": the title's state follows the name
                phrases.append(pre + [t for c in root.children if c.dep_ == "prep" and c.lower_ == "of"
                                      and c.i > root.i for t in c.subtree])
            for c in root.children:
                if c.dep_ == "appos" and (not self.index.at(c.i) or self.drafts[
                        self.index.at(c.i).actor_id].kind in ("organization", "group")):
                    phrases.append(_phrase(c))
            if root.dep_ == "appos":  # "Former chairman of X, Name, said": climb to the title noun
                heads = _title_heads(self.titles)
                anc = root.head
                for _ in range(4):
                    if anc.lemma_.lower() in heads and not self.index.at(anc.i):
                        phrases.append([t for t in _phrase(anc)
                                        if t.i < root.left_edge.i or t.i > root.right_edge.i])
                        break
                    if anc.head.i == anc.i:
                        break
                    anc = anc.head
            for ph in phrases:
                self._apply_title(m.actor_id, ph)
            if not d.country:  # "Malaysia's Othman Hashim, the special envoy of the ASEAN chair": whose he is
                d.country = self._country_in([c for c in root.children if c.dep_ == "poss" and c.i < m.tok_start])
            if not d.country:  # "Petar Petkovic, who heads the Serbian government's Office for Kosovo": whose office
                d.country = self._headed_state(root)

    def _headed_state(self, root: Token) -> str | None:
        """The state of the body a person "heads", "leads" or "runs" in a relative clause ("X, who heads
        the Serbian government's Office for Kosovo"): the body's modifiers, else its own state; or of the
        body he is said to head ("The Ombudsman's Office, headed by Iris Marin, ...")."""
        verb = root.head.head
        if root.dep_ == "pobj" and root.head.dep_ == "agent" and verb.dep_ == "acl" \
                and verb.lemma_.lower() in self.reg.wordset("leading_verbs") and (m := self.index.at(verb.head.i)) \
                and self.drafts[m.actor_id].kind in ("organization", "group") and self.drafts[m.actor_id].country:
            return self.drafts[m.actor_id].country
        for rel in (c for c in root.children if c.dep_ == "relcl" and c.lemma_.lower() in self.reg.wordset("leading_verbs")
                    and any(s.dep_ == "nsubj" and s.tag_ == "WP" for s in c.children)):
            for obj in (o for o in rel.children if o.dep_ == "dobj"):
                if country := self._scope_state(_title_scope(_phrase(obj))):
                    return country
        return None

    def _based_state(self, aid: str) -> str | None:
        """"The Permanent Committee ..., a Guayaquil-based group": the state of the city a body is based in,
        said in its apposition."""
        for m in (m for m in self.index.mentions if m.actor_id == aid):
            for ap in (c for c in self.doc[m.tok_end - 1].children if c.dep_ == "appos"):
                for based in (c for c in ap.children if c.dep_ == "amod" and c.lower_ == "based"):
                    for place in (c for c in based.children if c.dep_ in ("npadvmod", "compound")):
                        state = self._place_state(place) or self.reg.place(
                            self.doc[place.left_edge.i:place.i + 1].text)
                        if state:
                            return state
        return None

    def regions_and_owned_bodies(self) -> None:
        """Bodies of no state whose state the text says another way than by name: a gazetteer region
        NER took for a person ("Tigray's leaders") acts as a region, of its state; "Belarus denied it.
        Its State Border Committee said": the body of the state "its" stands for; "a Guayaquil-based
        group": of that city's state; a body named as a region ("Kurdistan Region"): of its state."""
        for d in self.drafts.values():
            if d.kind == "person" and not d.dictionary_id and not d.roles and " " not in d.name \
                    and (state := self.reg.place(d.name)):
                d.kind, d.country, d.country_guessed = "group", state, False
        for d in self.drafts.values():
            if d.kind in ("organization", "group") and not d.country and not d.dictionary_id and not d.anonymous:
                d.country = next((c for m in self.index.mentions if m.actor_id == d.id
                                  for its in self.doc[m.tok_end - 1].children
                                  if its.dep_ == "poss" and its.lower_ == "its"
                                  and (owner := self._collective_antecedent(its))
                                  and self.drafts[owner].kind == "country" and (c := self.drafts[owner].country)), None) \
                    or self._based_state(d.id) or self.reg.place(d.name)

    def home_state_officials(self) -> None:
        """"KINSHASA, Congo (AP) - ... Government spokesman Patrick Muyaya said": an official whose
        title names an office but no state serves the state the story is datelined in; so does an
        office named with no state ("the Interior Ministry", "the Presidential Council"). A sentence
        opening "In Beijing," gives its own state first, whatever the dateline."""
        home = self.home
        offices = self.reg.wordset("home_state_offices")
        bodies = self.reg.wordset("home_state_bodies")
        named = self._named_beyond()
        for d in self.drafts.values():
            bare = re.sub(r"^the ", "", d.name.lower())
            titled = [w for r in d.roles for w in r.replace("-", " ").split()]  # the words of its titles
            office_name = any(re.sub(r"['’]s$", "", w.lower()) in offices for w in d.name.split())
            # ("the Interior Ministry", "the Federal Prosecutor's Office")
            office_title = any(w.lower() in offices for w in titled)  # "Government spokesman"
            if not d.country and not d.anonymous and not d.dictionary_id and d.kind != "country" and (
                    local := self._local_state(d.id)) and (office_name or office_title or bare in bodies):
                d.country = local  # "In Beijing, a foreign ministry spokesperson said": China's, whatever the dateline
                continue
            body = d.kind == "group" and not d.country and not d.anonymous and (
                bare in bodies or bare in self.reg.wordset("home_state_ministries"))  # ("the foreign ministry")
            if not home:
                if body:  # "Two Haitian officials said the government had asked Washington": Haiti's
                    d.country = self._speakers_state(d.id) or self._peer_body_state(d.id)
                elif d.kind == "person" and not d.country and d.roles and not d.dictionary_id and office_title:
                    # "Presidential spokesman Bayo Onanuga said Nigeria does not persecute anyone"; else the
                    # state whose official or government the sentences before are about
                    d.country = self._spoken_state(d.id) or self._previous_subject_state(d.id)
                continue
            if body:
                # "Teodoro said the armed forces had increased patrols": the speaker's state's forces;
                # else "NEW DELHI (HT) - ... said the army had moved troops": India's army, where the
                # story names India too (not "GENEVA (AFP) - ... the army", of Syria)
                d.country = self._speakers_state(d.id) or (home if named else None)
                continue
            if d.kind == "organization" and not d.country and not d.dictionary_id and not d.anonymous and office_name:
                d.country = home  # "TRIPOLI (AFP) - ... ordered the Interior Ministry to restore order"
                continue
            if d.kind != "person" or d.country or not d.roles or d.dictionary_id:
                continue  # (a dictionary person of no state stays so: the IAEA's Grossi under a TEHRAN dateline)
            if office_title and not any(  # ("U.N. nuclear watchdog chief")
                    (hit := self.reg.lookup(w) or self.reg.lookup(w.replace(".", ""))) and hit[0].kind != "country"
                    for w in titled):
                d.country = home  # (not "UN spokesman Stephane Dujarric" under a NEW YORK dateline)

    def _named_beyond(self) -> bool:
        """Does the story name the dateline's state outside the dateline itself ("NAIROBI (AFP) - Ethiopia
        and Eritrea ..." never names Kenya again: its troops and residents are not Kenya's)? Asked
        again by each pass that needs it: the passes before give states to more actors."""
        home, dateline = self.home, self.dateline
        # the dateline itself, where cleaning left it in the text: at the start of a line, not the city
        # named again in the story ("TETOVO (AFP) - ... positions in the hills above Tetovo")
        kept = re.search(rf"(?im)^\W*{re.escape(dateline)}\b", self.doc.text) if dateline else None
        after = kept.end() if kept else 0
        # (nor does "an analyst based in Nairobi": a place where someone is, not the state acting)
        return home is not None and any(
            self.drafts[m.actor_id].country == home and m.how != "place" and m.start >= after
            and not (self.doc[m.tok_end - 1].dep_ == "pobj" and self.doc[m.tok_end - 1].head.lower_ in PLACE_PREPS)
            for m in self.index.mentions)

    def local_people(self) -> None:
        """Unnamed people of no stated state ("opposition activists", "resistance fighters",
        "villagers") are of the state where they are: a place in their own phrase ("residents in
        Sagaing"), else where their verb happens ("arrested 14 activists in Yangon"), else a place of
        their sentence that is not where someone else is based; else the dateline's state, where the
        story names that state. One state over all their mentions, or none. Refugees, hostages and
        migrants are not in the list (`local_people`): where they are says nothing of whose they are."""
        heads = self.reg.wordset("local_people")
        vague = self.reg.wordset("vague_group_heads")  # ("all parties in Nepal": of Nepal, by their own phrase only)
        moving = self.reg.wordset("people_moving_verbs")
        venue_verbs, venue_nouns = self.reg.wordset("venue_verbs"), self.reg.wordset("venue_nouns")
        receiving = self.reg.wordset("receiving_verbs")
        home = self.home
        named = self._named_beyond()
        place_objects = self.reg.wordset("place_object_verbs")
        for d in self.drafts.values():
            words = d.name.split()
            # a people ("Hutus", "ethnic Albanians") is of no state by its name; where it is says whose
            people = d.kind == "group" and not d.country and (
                (d.dictionary_id or "").startswith("people-") or (not d.dictionary_id and words[0].lower() == "ethnic"))
            # (a headline's "Insurgents Kill Villagers"; but "Tupac Amaru rebels" are a named body of rebels)
            if not people and (d.kind != "group" or d.country or d.dictionary_id or not words
                               or (words[-1][:1].isupper() and any(w[:1].isupper() for w in words[1:]))
                               or words[0].lower() in ("foreign", "international")):  # ("foreign aid workers")
                continue
            if words[-1].lower() in vague:  # (a country, not a city: "the two sides in Geneva" met there)
                states = {self.drafts[p.actor_id].country for m in self.index.mentions if m.actor_id == d.id
                          for g in prep_objects(self.doc[m.tok_end - 1], "in") if (p := self.index.at(g.i))
                          and self.drafts[p.actor_id].kind == "country" and p.how in ("name", "alias")}
                if len(states) == 1:
                    d.country = next(iter(states))
                continue
            if words[-1].lower() in _ARMED_NOUNS and (served := {
                    self.drafts[o.actor_id].country for m in self.index.mentions if m.actor_id == d.id
                    for g in loyal_to(self.doc[m.tok_end - 1]) if (o := self.index.at(g.i))
                    and self.drafts[o.actor_id].country}) and len(served) == 1:
                d.country = next(iter(served))  # "forces loyal to the TPLF": whose forces they are
                continue
            # "smaller rebel groups", "armed groups": a generic body of such people
            if words[-1].lower() not in heads and not people and not (
                    words[-1].lower() in _GROUP_NOUNS and any(w.lower() in heads or w.lower() == "armed"
                                                               for w in words[:-1])) and not (
                    # "government forces", "security forces": the forces of the state where they are
                    words[-1].lower() in _ARMED_NOUNS and words[0].lower() in self.reg.wordset("state_force_modifiers")):
                continue
            # "Nepal's government and Maoist rebels signed a peace accord", "Ukraine and pro-Russian separatists
            # signed a ceasefire in Minsk": a party coordinated with a state's government is of that state
            states = {c for m in self.index.mentions if m.actor_id == d.id
                      for c in [self._coordinated_state(self.doc[m.tok_end - 1])] if c}
            # "two senior officers of the Rwanda Defence Force": the body they belong to; "militiamen loyal
            # to Somali warlord Mohamed Farah Aidid": the one they serve
            states = states or {self.drafts[o.actor_id].country for m in self.index.mentions if m.actor_id == d.id
                                for g in self._owners(self.doc[m.tok_end - 1]) if (o := self.index.at(g.i))
                                and self.drafts[o.actor_id].kind in ("organization", "group", "person")
                                and self.drafts[o.actor_id].country}
            if len(states) == 1:
                d.country = next(iter(states))
                continue
            states = set()
            moved = False  # people pushed, smuggled or deported over a border are no sign of the dateline
            for m in (m for m in self.index.mentions if m.actor_id == d.id):
                head = self.doc[m.tok_end - 1]
                # (a verb: "the militants' push south" moves no one over a border)
                moved = moved or (head.head.pos_ == "VERB" and head.head.lemma_.lower() in moving)
                own = {s for g in prep_objects(head, ("in", "near", "from")) if (s := self._place_state(g))}
                # else where their verb happens ("arrested 14 activists in Yangon"), else in their sentence,
                # but not where someone else is based ("residents said, and an analyst based in Nairobi warned")
                verb = next((a for a in head.ancestors if a.pos_ in ("VERB", "AUX")), None)
                hosts = [verb, *(c for c in verb.children if c.dep_ in ("dobj", "nsubjpass"))] if verb is not None else []
                # (the "from" of a verb of receiving names a sender: "drew warnings from Moscow")
                preps = PLACE_PREPS - ({"from"} if verb is not None and verb.lemma_.lower() in receiving else set())
                if verb is not None and (verb.lemma_.lower() in venue_verbs or any(
                        c.dep_ == "dobj" and c.lemma_.lower() in venue_nouns for c in verb.children)):
                    states |= own  # "the rebels left the negotiations in Doha": a venue is no home
                    moved = True  # (nor is the dateline, where the talks are held)
                    continue
                # (in the sentence, not where people go: "appealed to Paris for help to halt the militants")
                found = own or {s for h in hosts for g in prep_objects(h, tuple(preps))
                                if (s := self._place_state(g))} or {
                    s for t in head.sent if t.i not in range(m.tok_start, m.tok_end) and ((
                        t.dep_ == "pobj" and t.head.lower_ in PLACE_PREPS - _WHITHER  # (nor "warnings from Moscow")
                        and t.head.head.lemma_.lower() != "base"
                        and not any(a.dep_ == "prep" and a.lower_ in _WHITHER  # (nor "into exile in Costa Rica")
                                    for a in t.head.ancestors)) or (  # "stormed the city of Deraa"
                        t.dep_ == "dobj" and t.head.lemma_.lower() in place_objects
                        and t.head != verb))  # (who bombard Aleppo are not for that of Aleppo)
                    and (s := self._place_state(t))}
                states |= found
            if not states and home and named and not moved:
                states = {home}
            if not states:  # "Nicaragua's government expelled seven priests": a state's coercion at home
                states = {c for m in self.index.mentions if m.actor_id == d.id
                          for c in [self._coercer_state(self.doc[m.tok_end - 1])] if c}
            if len(states) == 1:
                d.country = next(iter(states))

    @staticmethod
    def _owners(head: Token) -> list[Token]:
        """Whose people these are: the body or person of an "of" phrase ("officers of the Rwanda Defence
        Force", "supporters of Imran Khan"), or whom they are "loyal to"."""
        return prep_objects(head, "of") + loyal_to(head)

    def _coordinated_state(self, head: Token) -> str | None:
        """The state of a government or state body this group is coordinated with ("the Colombian
        government and FARC rebels", "Ukraine and pro-Russian separatists signed"), or None."""
        partners = [head.head] if head.dep_ == "conj" else []
        partners += [c for c in head.children if c.dep_ == "conj"]
        states = {self.drafts[m.actor_id].country for t in partners if (m := self.index.at(t.i))
                  and self.drafts[m.actor_id].kind in ("country", "organization") and self.drafts[m.actor_id].country}
        return next(iter(states)) if len(states) == 1 else None

    def heads_of_bodies(self) -> None:
        """"The Ombudsman's Office, headed by Iris Marin": a head takes the state of the body he heads,
        once the home-state pass has given bodies their state (the title pass ran before it)."""
        for d in self.drafts.values():
            if d.kind == "person" and not d.country and not d.dictionary_id:
                d.country = next((c for m in self.index.mentions if m.actor_id == d.id and m.how == "name"
                                  and (c := self._headed_state(self.doc[m.tok_end - 1]))), None)

    def detained_persons(self) -> None:
        """"Officers detained Mamuka Khazaradze and Badri Japaridze at their homes": people no dictionary
        knows, whom a state's organs arrest or jail where no other state is named, are of that state
        (the coercion is at home, as for groups in local_people)."""
        for d in self.drafts.values():
            if d.kind != "person" or d.country or d.dictionary_id or d.anonymous:
                continue
            states = set()
            for m in (m for m in self.index.mentions if m.actor_id == d.id and m.how == "name"):
                head = self.doc[m.tok_end - 1]
                while head.dep_ in ("conj", "appos") and head.head.i != head.i:
                    head = head.head  # ("detained X and Y": Y as X)
                states.add(self._coercer_state(head))
            if len(states) == 1 and None not in states:
                d.country = next(iter(states))

    def _coercer_state(self, head: Token) -> str | None:
        """The state whose organs arrest, jail, expel or strip these people, where their sentence names
        no other state (lexicon `home_coercion_verbs`)."""
        verb = head.head
        if head.dep_ not in ("dobj", "nsubjpass") or verb.lemma_.lower() not in self.reg.wordset("home_coercion_verbs"):
            return None
        while verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "agent") for c in verb.children):
            verb = verb.head  # "expelled seven priests and stripped 40 critics": the first verb's subject
        subj = [c for c in verb.children if c.dep_ == "nsubj"] + [
            g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        state = next((self.drafts[m.actor_id].country for g in subj for t in (g, *g.lefts)
                      if (m := self.index.at(t.i)) and self.drafts[m.actor_id].country
                      and self.drafts[m.actor_id].kind in ("country", "organization", "group")), None)
        # (not abroad: "U.S. troops rounded up 50 insurgents in raids across Baghdad's Adhamiya district")
        # (a clause of its own is another story: "strips priests of citizenship as US and EU widen sanctions")
        apart = {t.i for c in verb.children if c.dep_ in ("advcl", "conj") and any(
            g.dep_ in ("nsubj", "nsubjpass") for g in c.children) for t in c.subtree}
        others = {self.drafts[m.actor_id].country for t in head.sent if t.i not in apart and (m := self.index.at(t.i))
                  and self.drafts[m.actor_id].kind == "country"} - {state}
        return state if not others else None

    def _place_state(self, t: Token) -> str | None:
        """The state a token names as a place: a city or region, or a country named as where; through a
        place noun's "of" ("in the eastern city of Andijan")."""
        m = self.index.at(t.i)
        if m and self.drafts[m.actor_id].kind == "country" and m.how in ("place", "name", "alias", "capital"):
            return self.drafts[m.actor_id].country
        if (not m or m.how == "collective") and t.lemma_.lower() in PLACE_NOUNS:
            # "the city of Andijan", and "in Zimbabwe's capital", "in Mexico's Chiapas state" (not the
            # state's government, which the word "state" alone may be read as)
            return next((c for g in prep_objects(t, "of") if (c := self._place_state(g))), None) or next((
                c for g in t.children if g.dep_ in ("poss", "compound") and (c := self._place_state(g))), None)
        return None

    def _local_state(self, aid: str) -> str | None:
        """The one state named by an "In <place>," opening every sentence an actor is named in, after
        that comma ("In Islamabad, the foreign office condemned the test": Pakistan's), or None."""
        states: set[str | None] = set()
        for m in (m for m in self.index.mentions if m.actor_id == aid):
            sent = self.doc[m.tok_start].sent
            first = sent[0]
            place = [c for c in first.children if c.dep_ == "pobj"] if first.lower_ == "in" else []
            comma = place[0].right_edge.i + 1 if place else -1
            if not place or comma >= m.tok_start or self.doc[comma].text != ",":
                return None
            pm = self.index.at(place[0].i)
            state = (self.drafts[pm.actor_id].country if pm and self.drafts[pm.actor_id].kind == "country"
                     else None) or self.reg.place(self.doc[first.i + 1:comma].text)
            states.add(state)
        return next(iter(states)) if len(states) == 1 else None

    def _speakers_state(self, aid: str) -> str | None:
        """The one state of whoever speaks every sentence an actor is named in ("Teodoro said the
        armed forces...": the Philippines'), or None."""
        speech = self.reg.wordset("speech_verbs")
        states: set[str | None] = set()
        for m in (m for m in self.index.mentions if m.actor_id == aid):
            tok = self.doc[m.tok_end - 1]
            verb = next((a for a in tok.ancestors if a.lemma_.lower() in speech and _governs(a, tok)), None)
            subj = [c for c in verb.children if c.dep_ == "nsubj"] if verb is not None else []
            sm = self.index.at(subj[0].i) if subj else None
            states.add(self.drafts[sm.actor_id].country if sm else None)
        return next(iter(states)) if len(states) == 1 else None

    def _peer_body_state(self, aid: str) -> str | None:
        """"Iraq's parliament passed a resolution calling on the government to end ...": a bare state
        body addressed by another body of a state (a parliament, a court, an army) is of that state.
        The subject is the first one up the tree from the body's verb."""
        states: set[str | None] = set()
        for m in (m for m in self.index.mentions if m.actor_id == aid):
            node, subj = self.doc[m.tok_end - 1], None
            for _ in range(6):
                if node.head.i == node.i:
                    break
                node = node.head
                subj = next((c for c in node.children if c.dep_ == "nsubj"), None) if node.pos_ in ("VERB", "AUX") else None
                if subj is not None:
                    break
            sm = self.index.at(subj.i) if subj is not None else None
            d = self.drafts[sm.actor_id] if sm else None
            states.add(d.country if d is not None and d.id != aid and d.kind in ("organization", "group")
                       and self._state_body(d.name) else None)
        return next(iter(states)) if len(states) == 1 else None

    def _spoken_state(self, aid: str) -> str | None:
        """The one state an official with a bare title speaks of as the subject of what he says
        ("Information Minister Mohammed Idris said Abuja was ready to share intelligence"): in a
        story with no dateline, a spokesman describing a state's stance speaks for it."""
        speech = self.reg.wordset("speech_verbs")
        states: set[str] = set()
        for m in (m for m in self.index.mentions if m.actor_id == aid):
            verb = self.doc[m.tok_end - 1].head
            if self.doc[m.tok_end - 1].dep_ != "nsubj" or verb.lemma_.lower() not in speech:
                continue
            # a stance, not a report of someone's act: "would not bow", "does not persecute", "was ready"
            # (not "said Russia had launched 300 drones")
            stances = [c for c in verb.children if c.dep_ == "ccomp" and (c.lemma_ == "be" or any(
                g.dep_ == "neg" or (g.dep_ == "aux" and g.lower_ in ("will", "would", "can", "could", "'ll", "wo"))
                for g in c.children))]
            states |= {self.drafts[sm.actor_id].country for c in stances
                       for g in c.children if g.dep_ in ("nsubj", "nsubjpass") and (sm := self.index.at(g.i))
                       and sm.how in ("name", "alias", "capital") and g.pos_ == "PROPN"  # (not "Russian forces")
                       and self.drafts[sm.actor_id].kind == "country" and self.drafts[sm.actor_id].country}
        return next(iter(states)) if len(states) == 1 else None

    def _previous_subject_state(self, aid: str) -> str | None:
        """'Greek Foreign Minister Gerapetritis rejected the protest. Government spokesman Pavlos Marinakis
        said...': in a story with no dateline, an official with a bare title serves the state of the
        subject of the sentence before his first mention (or the one before that), where that names one;
        first the subject of a main clause before him in his own sentence ("Iran denied that it was behind
        the attacks, and a foreign ministry spokesman, Abbas Mousavi, accused Washington")."""
        first = min((m.tok_start for m in self.index.mentions if m.actor_id == aid), default=None)
        if first is None:
            return None
        sents = list(self.doc.sents)
        k = next(i for i, s in enumerate(sents) if s.start <= first < s.end)
        for sent in [self.doc[sents[k].start:first], *reversed(sents[max(0, k - 2):k])]:
            subj = [t for t in sent if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT" and t.head.i < first]
            for t in subj:
                for g in (t, *t.children):
                    m = self.index.at(g.i)
                    d = self.drafts[m.actor_id] if m else None
                    if d is not None and d.country and (d.kind in ("person", "country") or (
                            d.kind == "organization" and self._state_body(d.name))) \
                            and m.how != "place" and (g is t or g.dep_ == "poss"):
                        return d.country  # (a state's body, not a firm: "TotalEnergies said...")
        return None

    def _state_body(self, name: str) -> bool:
        """Does the name say a state's office ("Interior Ministry", "Armed Forces of Ukraine")?"""
        offices = self.reg.wordset("home_state_offices") | self.reg.wordset("home_state_bodies")
        return any(w.lower() in offices for w in name.replace("'s", "").split())

    def _person_state(self, tokens: list[Token]) -> str | None:
        """The state of the first person with one named among these tokens."""
        return next((c for t in tokens if (m := self.index.at(t.i)) and self.drafts[m.actor_id].kind == "person"
                     and (c := self.drafts[m.actor_id].country)), None)

    def _scope_state(self, scope: list[Token]) -> str | None:
        """The state a title's words name: a state word, else the state of a body named in it ("State
        Department spokeswoman Tammy Bruce": the department's)."""
        return self._country_in(scope) or next(
            (self.drafts[m.actor_id].country for t in scope if (m := self.index.at(t.i))
             and self.drafts[m.actor_id].kind in ("organization", "group") and self.drafts[m.actor_id].country), None)

    def _apply_title(self, aid: str, phrase: list[Token]) -> None:
        text = " ".join(t.lower_ for t in phrase)
        if not any(re.search(rf"(^|\s){re.escape(t)}(\s|$)", text) for t in self.titles):
            return
        d = self.drafts[aid]
        country = self._scope_state(_title_scope(phrase))
        if country is None:  # "Lula's foreign policy adviser Celso Amorim": the one he serves
            country = self._person_state([t for t in phrase if t.dep_ == "poss"])
        if country is None and (its := next((t for t in phrase if t.dep_ == "poss" and t.lower_ == "its"), None)) \
                and (owner := self._collective_antecedent(its)):
            country = self.drafts[owner].country  # "The China Coast Guard said ... Its spokesperson, Liu Dejun"
        if country is None and any(t.lemma_.lower() in self.reg.wordset("serving_titles")
                                   for t in phrase if t.head.i == t.i or t.head not in phrase):
            # "foreign policy adviser to President Ilham Aliyev": whom the adviser serves ("envoy to
            # President Assad" is no servant: envoys are not in the list)
            country = self._person_state([g for t in phrase if t.dep_ == "pobj" and t.head.lower_ in ("to", "for")
                                          for g in t.subtree])
        if country and (not d.country or d.country_guessed):
            d.country, d.country_guessed = country, False
        # Drop the state that prefixes the title ("Russian Foreign Minister", "Iran's foreign
        # minister") but keep it inside ("Secretary of Iran's Supreme National Security Council").
        first_title = next((t.i for t in phrase if t.lemma_.lower() in _title_heads(self.titles)
                            or t.lower_ in self.title_words), phrase[0].i)
        dropped: set[int] = set()
        for t in phrase:
            m = self.index.at(t.i)
            if (t.i < first_title and m and self.drafts[m.actor_id].kind == "country") or (t.dep_ == "case" and t.head.i in dropped):
                dropped.add(t.i)
        role_tokens = [t for t in phrase if (t.i not in dropped and t.dep_ not in ("det", "punct") and not (
            t.dep_ == "poss" and t.pos_ == "PRON")) or (t.dep_ == "punct" and t.text == "-")]  # (not "his counterpart")
        role = _detokenize(role_tokens).strip(" ,")
        if role and role not in d.roles:
            d.roles.append(role)
        head = max(phrase, key=lambda t: t.i == t.head.i or t.head not in phrase)
        if not self.index.at(head.i) and head.lemma_.lower() in _title_heads(self.titles):
            self._mention(aid, head.i, head.i + 1, "role")

    # -- pass 4: pronouns and definite role nouns -----------------------------
    def coreference(self) -> None:
        titles = _title_heads(self.titles) | self.reg.wordset("anonymous_heads")
        for t in self.doc:
            if self.index.at(t.i):
                continue
            lower = t.lower_
            if t.pos_ == "PRON" and lower in PERSON_PRONOUNS:
                aid = self._coordinated_object(t) or self._antecedent(t)
                if aid:
                    self._mention(aid, t.i, t.i + 1, "pronoun")
            elif t.pos_ == "PRON" and lower in ("it", "its") and t.dep_ in ("nsubj", "nsubjpass", "poss"):
                aid = self._collective_antecedent(t)
                if aid:
                    self._mention(aid, t.i, t.i + 1, "pronoun")
            elif t.pos_ == "PRON" and lower in ("they", "them", "their") and t.dep_ != "expl":
                ids = self._plural_antecedent(t)
                if ids:
                    self._mention(ids[0], t.i, t.i + 1, "pronoun", also=tuple(ids[1:]))
            elif t.lower_ == "two" and t.pos_ == "NUM" and t.dep_ in ("nsubj", "nsubjpass") and any(
                    c.dep_ == "det" and c.lower_ == "the" for c in t.children):
                ids = self._pair_antecedent(t)  # "held a phone call with his counterpart, and the two agreed"
                if ids:
                    start = min([c.i for c in t.lefts if c.dep_ == "det"] + [t.i])
                    self._mention(ids[0], start, t.i + 1, "pronoun", also=tuple(ids[1:]))
            elif t.pos_ == "NOUN" and t.tag_ == "NNS" and t.lemma_.lower() in PAIR_HEADS and any(
                    (c.dep_ == "nummod" and c.lower_ == "two") or (c.dep_ in ("det", "predet") and c.lower_ == "both")
                    for c in t.children):
                ids = self._pair_antecedent(t)
                if ids:
                    start = min((c.i for c in t.lefts if c.dep_ in ("det", "predet", "nummod", "amod")), default=t.i)
                    self._mention(ids[0], start, t.i + 1, "pronoun", also=tuple(ids[1:]))
            elif t.pos_ == "NOUN" and t.lemma_.lower() in titles and (_definite_bare(t) or self._definite_title(t)):
                # "the envoy"; "the prime minister told reporters", "the foreign minister said": the one
                # named before with that title
                aid = (self._role_antecedent(t, self._title_phrase(t)) if not _definite_bare(t) else None) \
                    or self._role_antecedent(t)
                if aid:
                    start = min([c.i for c in t.lefts if c.dep_ in ("det", "compound", "amod")] + [t.i])
                    self._mention(aid, start, t.i + 1, "role")
            elif t.pos_ == "NOUN" and t.tag_ == "NN" and t.lemma_.lower() in ("neighbour", "neighbor"):
                aid = self._neighbour(t)
                if aid:
                    self._mention(aid, min([c.i for c in t.lefts if c.dep_ in ("poss", "amod")] + [t.i]), t.i + 1,
                                  "role")
            elif t.pos_ == "NOUN" and t.lemma_.lower() in titles:
                aid = self._portfolio_antecedent(t)
                if aid:
                    self._mention(aid, min(c.i for c in t.lefts), t.i + 1, "role")

    def _neighbour(self, t: Token) -> str | None:
        """"Niger will keep its border with Benin closed, ... accusing its southern neighbour of...": a
        state's neighbour is the other state named last before it in its sentence or the one before."""
        owner = next((m for c in t.children if c.dep_ == "poss" and (m := self.index.at(c.i))), None)
        if owner is None and t.dep_ == "dobj":  # a headline's "Niger ... accuses neighbour of...": the subject's
            owner = next((m for c in t.head.children if c.dep_ == "nsubj" and (m := self.index.at(c.i))), None)
        if owner is None or self.drafts[owner.actor_id].kind != "country":
            return None
        own = self.drafts[owner.actor_id].country
        start = t.sent.start
        if start > 0:
            start = self.doc[start - 1].sent.start
        others = [m for m in self.index.mentions if start <= m.tok_start < t.i
                  and self.drafts[m.actor_id].kind == "country" and self.drafts[m.actor_id].country not in (own, None)]
        return others[-1].actor_id if others else None

    def _coordinated_object(self, pron: Token) -> str | None:
        """'summoned the Turkish charge d'affaires and handed him a protest note': an object pronoun of
        a verb coordinated with one whose object names someone is that someone."""
        verb = pron.head
        if pron.dep_ not in ("dobj", "dative") or verb.dep_ != "conj" or pron.lower_ not in ("him", "her"):
            return None
        # (also "spoke by phone with Shaibani and assured him of Ankara's support")
        for o in [c for c in verb.head.children if c.dep_ == "dobj"] + prep_objects(verb.head, "with"):
            for t in (o, *o.lefts):
                if (m := self.index.at(t.i)) is not None:
                    return m.actor_id
        return None

    def _antecedent(self, pron: Token) -> str | None:
        """Most recent person: the subject of a main clause first, then any subject, then any mention.
        An object pronoun is never its own clause's subject ("Zelensky invited him": not Zelensky)."""
        verb = pron.head.head if pron.dep_ == "pobj" else pron.head
        bound: set[int] = set()
        if pron.lower_ in ("him", "her") and pron.dep_ == "dobj" and verb.dep_ == "advcl" and verb.tag_ == "VBG":
            # "declared an official of the ECOWAS mission persona non grata, accusing him of spying": the
            # main verb's object (its own mention, or the body it is "of")
            for o in (o for o in verb.head.children if o.dep_ == "dobj" and o.i < verb.i):
                for x in (o, *(g for p in o.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children)):
                    for y in (x, *x.lefts):  # ("an official of the ECOWAS mission": ECOWAS)
                        if (m := self.index.at(y.i)) is not None and m.how != "place":
                            return m.actor_id
        if pron.dep_ == "nsubj" and verb.dep_ == "relcl" and verb.head.lemma_.lower() in self.reg.wordset("charge_nouns"):
            # "Iranian officials have accused Grossi of paving the way, a charge he rejects": the accused
            accused = [m for c in verb.head.head.children if c.dep_ == "dobj" and (m := self.index.at(c.i))
                       and self.drafts[m.actor_id].kind == "person"]
            if accused:
                return accused[0].actor_id
        if pron.dep_ in ("dobj", "dative", "pobj"):
            subj = shared_subject(verb)  # also "thanked Modi and invited him"
            bound = _core(subj) if subj is not None else set()
            owner = next((m for c in (subj.children if subj is not None else ()) if c.dep_ == "poss"
                          and (m := self.index.at(c.i)) and self.drafts[m.actor_id].kind == "person"), None)
            if owner is not None:
                return owner.actor_id  # "Pashinyan's opponents accuse him": Pashinyan
        ranks: dict[int, Mention] = {}
        for m in self.index.mentions:
            if m.tok_start >= pron.i or self.drafts[m.actor_id].kind != "person" or m.tok_start in bound:
                continue
            tok = self.doc[m.tok_end - 1]
            if tok.dep_ == "appos":
                tok = tok.head
            subj = tok.dep_ in ("nsubj", "nsubjpass")
            main = subj and (tok.head.dep_ == "ROOT" or tok.head.head.i == tok.head.i)
            same_sent = tok.sent.start == pron.sent.start
            rank = 0 if (main or (same_sent and subj)) else (1 if subj or m.how == "pronoun" else 2)
            cur = ranks.get(rank)
            if cur is None or m.tok_start > cur.tok_start:
                ranks[rank] = m
        for r in (0, 1, 2):
            if r in ranks:
                return ranks[r].actor_id
        return None

    def _collective_antecedent(self, pron: Token) -> str | None:
        """'it' as a subject: the most recent state or organisation that was a subject, in this
        sentence or the one before ("Iraq said it would allow", "the union said it had called off")."""
        sents = list(self.doc.sents)
        k = next(i for i, s in enumerate(sents) if s.start <= pron.i < s.end)
        lo = sents[max(0, k - 1)].start
        best: Mention | None = None
        for m in self.index.mentions:
            if not (lo <= m.tok_start < pron.i):
                continue
            d = self.drafts[m.actor_id]
            tok = self.doc[m.tok_end - 1]
            if tok.dep_ == "poss" and tok.head.dep_ in ("nsubj", "nsubjpass") and not self.index.at(tok.head.i):
                tok = tok.head  # "Russia's FSB security service said it had detained": Russia's body, so Russia
            elif tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.dep_ in ("nsubj", "nsubjpass") \
                    and not self.index.at(tok.head.head.i):
                tok = tok.head.head  # "the border directorate of the FSB said it had detained": the FSB's body
            if d.kind in ("person",) or m.how == "demonym" or tok.dep_ not in ("nsubj", "nsubjpass"):
                continue
            if d.kind == "group" and tok.tag_ == "NNS":  # ("diplomats said ... It calls on Iran": not "it")
                continue
            if best is None or m.tok_start > best.tok_start:
                best = m
        return best.actor_id if best else None

    def _pair_antecedent(self, t: Token) -> list[str]:
        """'the two countries', 'both sides', 'the two leaders': the two most recent distinct actors
        of the right kind (states for countries, persons for leaders, either for sides)."""
        lemma = t.lemma_.lower()
        kinds = {"country", "nation", "government", "capital"}
        want = ("country",) if lemma in kinds else ("person",) if lemma in ("leader", "president", "minister") \
            else ("country", "group")
        if lemma == "two":  # "the two agreed": the pair just named, persons first ("X called Y, and the two agreed")
            persons = self._pair_of_kind(t, ("person",))
            if persons:
                return persons
        # never the one speaking of the pair: "Guterres called on both sides"
        clause = t.head.head if t.dep_ == "pobj" else t.head
        subj = shared_subject(clause)  # also through "welcomed X and urged both sides"
        own = _core(subj) if subj is not None else set()
        own_ids = {m.actor_id for i in own if (m := self.index.at(i))}
        # a coordinated or "between" pair named before is the surest reading
        for m in sorted(self.index.mentions, key=lambda m: -m.tok_start):
            head = self.doc[m.tok_end - 1]
            if m.tok_start >= t.i or m.how in ("place", "pronoun") or m.actor_id in own_ids:
                continue
            other = [self.index.at(c.i) for c in head.conjuncts]
            pair = [m.actor_id] + [o.actor_id for o in other if o and o.actor_id != m.actor_id]
            # "Ethiopia and Eritrea" for "both governments"; "Abiy and Isaias" for "the two countries"
            # (their states), not "diplomats and residents"
            sides = [a if self.drafts[a].kind in want else self._country_actor(self.drafts[a].country)
                     if "country" in want and self.drafts[a].country and self.drafts[a].kind == "person" else None
                     for a in pair[:2]]
            if len(pair) >= 2 and all(sides) and sides[0] != sides[1]:
                return [a for a in sides if a]
        # states first ("urged both sides" after a deal between Kyrgyzstan and Tajikistan, not "the additional
        # troops" named since), then any named party; a group of no state and no name is no side
        for states_only in ((True, False) if "country" in want else (False,)):
            found: list[str] = []
            for m in sorted(self.index.mentions, key=lambda m: -m.tok_start):
                head = self.doc[m.tok_end - 1]
                if m.tok_start >= t.i or m.how in ("place", "pronoun") or m.actor_id in own_ids or (
                        head.dep_ == "pobj" and head.head.lower_ in ("in", "at", "to", "from")):
                    continue  # "held talks in Washington": a venue is not a side
                d = self.drafts[m.actor_id]
                aid: str | None = m.actor_id
                if d.kind == "media" or (d.kind == "group" and not d.country and not d.dictionary_id):
                    continue  # "sources told Reuters": an outlet is no side, nor is its state
                if d.kind not in want or (states_only and d.kind != "country"):
                    # "Xi hosted Lula ... the two countries": the persons' states
                    aid = self._country_actor(d.country) if "country" in want and d.country else None
                if aid and aid not in found:
                    found.append(aid)
                if len(found) == 2:
                    return found
        return []

    def _pair_of_kind(self, t: Token, kinds: tuple[str, ...]) -> list[str]:
        """The two most recent distinct actors of these kinds named earlier in t's own sentence."""
        found: list[str] = []
        for m in sorted(self.index.mentions, key=lambda m: -m.tok_start):
            if t.sent.start <= m.tok_start < t.i and m.how not in ("place", "pronoun") \
                    and self.drafts[m.actor_id].kind in kinds and m.actor_id not in found:
                found.append(m.actor_id)
        return found[:2] if len(found) >= 2 else []

    def _plural_antecedent(self, pron: Token) -> list[str]:
        """'they': the nearest earlier subject that is plural, in this sentence or the one before:
        coordinated actors ("Obama and Putin said they would meet") or a group ("the rebels said
        they would fight"). A singular person or state is never 'they'."""
        verb = pron.head
        if pron.lower_ == "them" and pron.dep_ == "dobj" and verb.dep_ == "advcl" and verb.tag_ == "VBG":
            # "detained the boat and its five crew members, accusing them of...": the main verb's object
            # ("ordered ten aid agencies to leave Darfur, accusing them of...": whom the order is given, not the
            # place they are to leave)
            heads = [verb.head, verb.head.head] if verb.head.dep_ == "xcomp" else [verb.head]
            objs = [x for h in heads for o in h.children if o.dep_ == "dobj" and o.i < verb.i for x in (o, *o.conjuncts)]
            if objs:
                return list(dict.fromkeys(m.actor_id for x in objs if (m := self.index.at(x.i)) and m.how != "place"))
        sents = list(self.doc.sents)
        k = next(i for i, s in enumerate(sents) if s.start <= pron.i < s.end)
        lo = sents[max(0, k - 1)].start
        here = sents[k].start
        # In its own sentence only the subject of a verb whose complement holds the pronoun
        # ("X said they would"): "police arrested men after they attacked" is ambiguous.
        speech = self.reg.wordset("speech_verbs")
        subjects = [t for t in self.doc[lo:pron.i] if t.dep_ in ("nsubj", "nsubjpass")
                    and (t.i < here or _governs(t.head, pron))
                    and not (t.i < here and t.head.lemma_.lower() in speech and any(  # (not "..., prosecutors
                        c.dep_ == "ccomp" and c.i < t.i for c in t.head.children))]  # said": who told it)
        if pron.lower_ in ("them", "their"):
            # "X, which mediated between the warring parties, urged them": an object pronoun may
            # take a group named earlier in its sentence, though never its own clause's subject.
            subj = shared_subject(pron.head)
            own = _core(subj) if subj is not None else set()
            for m in sorted(self.index.mentions, key=lambda m: -m.tok_start):
                if here <= m.tok_start < pron.i and m.how != "pronoun" and m.tok_start not in own \
                        and self.drafts[m.actor_id].kind == "group":
                    return [m.actor_id]
        for subj in reversed(subjects):
            ids: list[str] = []
            coordinated = any(t.dep_ == "cc" and t.lower_ in ("and", "&") for t in subj.subtree) and not any(
                t.dep_ == "prep" and t.lower_ in ("of", "from", "in", "with") for t in subj.subtree)
            toks = list(subj.subtree) if coordinated else [subj]
            for t in toks:
                m = self.index.at(t.i)
                if m and m.how != "pronoun" and m.actor_id not in ids and t.dep_ != "poss":
                    ids.append(m.actor_id)
            if len(ids) > 1:
                return ids
            kind = self.drafts[ids[0]].kind if ids else None
            # never a person ("Guterres" is tagged as a plural); "them"/"their" may be things
            # ("rejected the measures and would vote against them"), so only a group is safe there
            if kind == "group" or (kind in ("country", "organization") and subj.tag_ == "NNS"
                                   and pron.lower_ == "they"):
                return ids
        return []

    def _group_antecedent(self, t: Token) -> str | None:
        """"The Houthis fired a missile ... Katz warned the group's leaders": the last named group before
        it (an armed group or movement; not a crowd, a state, a state's army or an outlet)."""
        crowds = self.reg.wordset("crowd_heads")
        best: Mention | None = None
        for m in self.index.mentions:
            d = self.drafts[m.actor_id]
            if m.tok_start >= t.i or d.kind != "group" or d.anonymous \
                    or not (d.dictionary_id or self.doc[m.tok_start].pos_ == "PROPN") \
                    or d.name.lower().split()[-1] in crowds:
                continue
            if best is None or m.tok_start > best.tok_start:
                best = m
        return best.actor_id if best else None

    def _body_antecedent(self, t: Token) -> str | None:
        """"The Interior Ministry ... The ministry said", "the UN Support Mission in Libya ... the
        mission": the last organisation named before whose name has the noun."""
        lemma = t.lemma_.lower()
        best: Mention | None = None
        for m in self.index.mentions:
            d = self.drafts[m.actor_id]
            if m.tok_start < t.i and d.kind in ("organization", "group") and lemma in fold(d.name).split() \
                    and (best is None or m.tok_start > best.tok_start):
                best = m
        return best.actor_id if best else None

    def _title_phrase(self, t: Token) -> str:
        return " ".join(c.lower_ for c in t.lefts if c.dep_ in ("compound", "amod")) + " " + t.lower_

    def _definite_title(self, t: Token) -> bool:
        """'the prime minister', 'the foreign minister': "the" and title words only, making a title."""
        dets = [c for c in t.lefts if c.dep_ == "det"]
        mods = [c for c in t.lefts if c.dep_ not in ("det", "punct")]
        return bool(dets) and dets[0].lower_ == "the" and bool(mods) and all(
            c.dep_ in ("compound", "amod") and c.lower_ in self.title_words for c in mods) \
            and self._title_phrase(t).strip() in self.titles and not list(t.rights)

    def _portfolio_antecedent(self, t: Token) -> str | None:
        """"the water minister" after "Water Resources Minister Aoun Dhiab Abdullah", "the Turkish
        minister" after "Turkish Agriculture Minister Ibrahim Yumakli": the last person named before
        whose role has those words in that order, and whose state a demonym names."""
        lefts = [c for c in t.lefts if c.dep_ != "punct"]
        if not lefts or lefts[0].dep_ != "det" or lefts[0].lower_ != "the" or len(lefts) == 1 or list(t.rights):
            return None
        words: list[str] = []
        state = None
        for c in lefts[1:]:
            code = self._country_in([c]) if c.dep_ == "amod" or c.ent_type_ == "NORP" else None
            if code and state is None:
                state = code
            elif c.dep_ in ("compound", "amod") and c.text.islower() and c.pos_ in ("NOUN", "ADJ"):
                words.append(re.escape(c.lower_))
            else:
                return None
        role = re.compile(r"\b" + r"\w*(?:\s+\S+){0,3}?\s+".join([*words, re.escape(t.lemma_.lower())]) + r"\b")
        best: Mention | None = None
        for m in self.index.mentions:
            d = self.drafts[m.actor_id]
            if m.tok_start >= t.i or d.kind != "person" or (state and d.country != state):
                continue
            if any(role.search(fold(r)) for r in d.roles) and (best is None or m.tok_start > best.tok_start):
                best = m
        return best.actor_id if best else None

    def _role_antecedent(self, t: Token, phrase: str | None = None) -> str | None:
        lemma = t.lemma_.lower()
        keys = (re.escape(phrase.strip()),) if phrase else _SYNONYMS.get(lemma, (lemma,))
        best: Mention | None = None
        for m in self.index.mentions:
            if m.tok_start >= t.i:
                continue
            d = self.drafts[m.actor_id]
            if d.kind not in ("person", "group"):
                continue
            hay = fold(" ".join([d.name, *d.roles]))
            if any(re.search(rf"\b{k}", hay) for k in keys) and (best is None or m.tok_start > best.tok_start):
                best = m
        return best.actor_id if best else None

    # -- output ---------------------------------------------------------------
    def _owned_aliases(self) -> None:
        """"Taiwan's defence ministry", "the Algerian foreign ministry", "Lebanon's health ministry": an
        institution named with the state that owns it is known by that whole name too (as a reader
        and a gold file would name it), whether it is an actor of its own or stands for the state."""
        for m in self.index.mentions:
            d = self.drafts[m.actor_id]
            root = self.doc[m.tok_end - 1]
            if d.kind not in ("organization", "group", "country") or root.pos_ not in ("NOUN", "PROPN") \
                    or root.lemma_.lower() not in self.reg.wordset("institution_heads"):
                continue
            # ("the Algerian foreign ministry", "Ethiopia's Foreign Ministry")
            owner = [c for c in root.children if c.dep_ in ("poss", "amod", "compound") and c.i < root.i
                     and self.index.at(c.i) and self.drafts[self.index.at(c.i).actor_id].kind == "country"]
            if not owner:
                continue
            # the whole name and, for a state's institution, the bare one ("unification ministry")
            for text in (_strip_det(self.doc[owner[0].left_edge.i:root.i + 1].text),
                         _strip_det(self.doc[owner[0].right_edge.i + 1:root.i + 1].text) if d.kind == "country" else ""):
                if text and text not in d.aliases and text != d.name:
                    d.aliases.append(text)
        for t in self.doc:  # "a NATO spokesperson said": the body speaks, known so too
            if t.lemma_.lower() in _SPOKES and not self.index.at(t.i):
                owner = [m for c in t.lefts if c.dep_ in ("compound", "poss") and (m := self.index.at(c.i))
                         and self.drafts[m.actor_id].kind in ("organization", "country")]
                if owner:
                    d = self.drafts[owner[0].actor_id]
                    text = _strip_det(self.doc[owner[0].tok_start:t.i + 1].text)
                    if text not in d.aliases and text != d.name:
                        d.aliases.append(text)

    def finish(self) -> list[Actor]:
        spans: dict[str, list[tuple[int, int]]] = {}
        for m in sorted(self.index.mentions, key=lambda m: m.start):
            for aid in m.actor_ids:  # "the two countries" mentions both
                spans.setdefault(aid, []).append((m.start, m.end))
        self._owned_aliases()
        out = []
        for aid, d in self.drafts.items():
            if aid not in spans:
                continue
            out.append(Actor(id=aid, name=d.name, kind=d.kind, country=d.country, roles=d.roles,
                             aliases=[a for a in d.aliases if a != d.name], mentions=spans[aid],
                             anonymous=d.anonymous, dictionary_id=d.dictionary_id))
        return out


# -- token helpers --------------------------------------------------------------

def _water_of(span: Span, water: frozenset[str]) -> bool:
    """The state named in a sea's name ("the Gulf of Oman", "the Sea of Japan"), not the state itself."""
    of = span.root.head
    return span.root.dep_ == "pobj" and of.lower_ == "of" and of.head.lower_ in water and of.head.text[:1].isupper()


def _thing_named(o: Token, generic: frozenset[str], index: MentionIndex) -> bool:
    """Is this "of" object a thing, not people ("of a submissive North Korea policy", "of weakness")?"""
    return o.pos_ == "NOUN" and o.lemma_.lower() not in generic and o.lower_ not in generic and not index.at(o.i)


def _destination(span: Span, verbs: frozenset[str]) -> bool:
    """Is the name where someone is sent ("deployed soldiers to Bokkos", "flew troops into Kidal")?"""
    root = span.root
    return root.dep_ == "pobj" and root.head.lower_ in ("to", "into") and root.head.head.lemma_.lower() in verbs


def _place_context(span: Span) -> bool:
    """'the town of X', 'the city of X', 'X province': words that make a name a place."""
    root = span.root
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_.lower() in PLACE_NOUNS:
        return True
    return any(t.lemma_.lower() in PLACE_NOUNS for t in span.doc[span.end:span.end + 1])


def _core(t: Token) -> set[int]:
    """The tokens of a noun phrase without its clauses and prepositions: "Egypt and Saudi Arabia"
    of "Egypt and Saudi Arabia, which mediated between the parties"."""
    out = {t.i}
    for c in t.children:
        if c.dep_ not in ("relcl", "acl", "appos", "prep", "punct"):
            out |= _core(c)
    return out


def _governs(verb: Token, t: Token) -> bool:
    """Is t inside a complement clause of verb ("said [they would...]")?"""
    node = t
    for _ in range(12):  # spaCy makes a new Token object per access: compare indices, bound the walk
        if node.head.i == node.i:
            return False
        if node.head.i == verb.i:
            return node.dep_ in ("ccomp", "xcomp", "conj")
        node = node.head
    return False


def _acronym_after(span: Span) -> str | None:
    """The short form a name introduces: "the Republican People's Party (CHP)", "the State
    Investigation and Protection Agency, SIPA," (capitals only, 2 to 6 letters)."""
    doc = span.doc
    if span.end + 2 >= len(doc) or doc[span.end].text not in ("(", ","):
        return None
    short, close = doc[span.end + 1], doc[span.end + 2]
    if re.fullmatch(r"[A-Z]{2,6}", short.text) and close.text == {"(": ")", ",": ","}[doc[span.end].text]:
        return short.text
    return None


def _trim(ent: Span) -> tuple[int, int]:
    """Entity tokens without a leading article or a trailing possessive or fixed phrase."""
    start, end = ent.start, ent.end
    doc = ent.doc
    while start < end and doc[start].lower_ in ("the", "a", "an"):
        start += 1
    while end > start and (doc[end - 1].lower_ in ("'s", "’s", "'", "’") or " " in doc[end - 1].text
                           or (doc[end - 1].pos_ == "ADV" and doc[end - 1].text.islower())):
        end -= 1  # (nor a fixed phrase merged into one token: "Ebrahim Rasool persona non grata"; nor
        # an adverb NER took in: "Armenia's foreign ministry later summoned")
    return start, end


def _expand_name(span: Span, stop: frozenset[str]) -> Span:
    """Grow an entity over the capitalised proper nouns compounded with it (a name NER cut in
    pieces), never over title words ("Foreign Minister") or another entity."""
    doc = span.doc

    def name_part(t: Token) -> bool:
        return (t.pos_ == "PROPN" and t.text[:1].isupper() and t.lower_ not in stop
                and t.ent_type_ in ("", "PERSON", "GPE"))

    start, end = span.start, span.end
    while start > 0 and name_part(doc[start - 1]) and doc[start - 1].dep_ == "compound" \
            and start <= doc[start - 1].head.i <= end \
            and not (doc[start - 1].ent_type_ == "GPE" and start > 1 and doc[start - 2].pos_ == "ADP"):
        start -= 1  # (but "UN Envoy for Yemen Hans Grundberg": the place ends the title)
    while end + 1 < len(doc) and not doc[end - 1].whitespace_ and doc[end].text == "-" and not doc[end].whitespace_ \
            and doc[end + 1].text[:1].isupper() and doc[end + 1].is_alpha:
        end += 2  # "Yunus-Bek Yevkurov": a hyphenated first name, not Muhammad Yunus
    while end < len(doc) and name_part(doc[end]) and doc[end - 1].dep_ == "compound" \
            and (doc[end - 1].head.i == end or (end < doc[end - 1].head.i and all(
                name_part(doc[k]) and doc[k].ent_iob_ != "B" for k in range(end, doc[end - 1].head.i + 1)))):
        end += 1  # ("Aoun Dhiab Abdullah": both first names compound with the last)
    head = doc[end - 1].head
    if doc[end - 1].ent_type_ == "PERSON" and doc[end - 1].dep_ == "compound" and end <= head.i < end + 4 and all(
            name_part(doc[k]) or (doc[k].text == "-" and not doc[k - 1].whitespace_ and not doc[k].whitespace_)
            for k in range(end, head.i + 1)):
        end = head.i + 1  # "Jean-Victor Harvel Jean-Baptiste": a hyphenated surname NER left out
    if doc[end - 1].ent_type_ == "PERSON" and doc[end - 1].ent_id_ and end < len(doc) \
            and doc[end].ent_type_ == "PERSON" and doc[end].ent_iob_ == "B" and name_part(doc[end]):
        end = next(k for k in range(end + 1, len(doc) + 1) if k == len(doc) or doc[k].ent_iob_ != "I")
        # ("Aoun" + "Dhiab Abdullah": a dictionary surname tagged apart from the rest of one name)
    return doc[start:end]


#: names of state bodies whose state may be given by where they sit ("the Department of Foreign Affairs in Manila")
#: particles inside place names ("Mocimboa da Praia", "Santiago de Cuba", "Rio de Janeiro")
_NAME_PARTICLES = frozenset({"da", "de", "do", "dos", "das", "del", "di", "la", "el"})
_GOVERNMENT_BODY = re.compile(r"\b(?:Department|Ministry|Office|Presidency|Parliament|Court|Council|Agency|"
                              r"Commission|Cabinet|Secretariat|Directorate)\b")


def _surname(name: str) -> str:
    """The folded last name, without an Arabic article: "Khalid al-Falih" is later "Falih"."""
    parts = re.split(r"\s+", name.strip())
    return _ARTICLE.sub("", fold(parts[-1])) if parts else ""


#: heads that make a body before them part of a title ("army chief", "police commander")
_RANK_HEADS = frozenset({"chief", "commander", "head"})

_ARTICLE = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|an|ul)[- ](?=\w{3})")


_SURNAME_STATES: dict[int, dict[str, str]] = {}


def _surname_countries(reg: Registry) -> dict[str, str]:
    """Surnames of dictionary persons that all share one state ("Clinton" -> USA), built once per
    registry."""
    if id(reg) not in _SURNAME_STATES:
        by: dict[str, set[str | None]] = {}
        for e in reg.entries.values():
            if e.kind == "person":
                for name in (e.name, *e.aliases):
                    by.setdefault(_surname(name), set()).add(e.country)
        _SURNAME_STATES[id(reg)] = {k: c for k, v in by.items() if len(v) == 1 for c in v if c}
    return _SURNAME_STATES[id(reg)]


def _left_modifiers(t: Token) -> list[Token]:
    """Pre-head modifiers of a noun, with their own subtrees (det, amod, compound, poss...)."""
    out: list[Token] = []
    for c in t.lefts:
        if c.dep_ == "amod" and c.lower_ in _PREPOSITIONS_AS_ADJ:
            continue  # "rallied outside parliament", misparsed: the place, not the name
        if c.dep_ in ("det", "amod", "compound", "poss", "nmod", "nummod", "predet"):
            out.extend(c.subtree)
    return out


_PREPOSITIONS_AS_ADJ = frozenset({"outside", "inside", "near", "behind", "opposite", "beside", "across"})


def _phrase(t: Token) -> list[Token]:
    return [x for x in t.subtree if x.dep_ != "punct" or x.i not in (t.left_edge.i, t.right_edge.i)]


def _title_scope(phrase: list[Token]) -> list[Token]:
    """Where a title names its state: modifiers and 'of' objects, not 'envoy to Syria'."""
    out = []
    for t in phrase:
        ancestors = [a for a in t.ancestors if a in phrase]
        if any(a.dep_ == "prep" and a.lower_ not in ("of",) for a in ancestors) or (
                t.dep_ == "pobj" and t.head.lower_ not in ("of",)):
            continue
        before = t.doc[t.i - 1] if t.i else None  # (a preposition the parser left with no object:
        if before is not None and before.dep_ == "prep" and before.lower_ != "of" and before in phrase:
            continue  # "UN Special Envoy for Yemen Hans Grundberg", "for Yemen" read as part of the name)
        out.append(t)
    return out


def _title_heads(titles: list[str]) -> frozenset[str]:
    return frozenset(t.split()[-1] for t in titles)


def _definite_bare(t: Token) -> bool:
    """'the diplomat' / 'the source' with no modifier that would make it a new actor."""
    dets = [c for c in t.lefts if c.dep_ == "det"]
    others = [c for c in t.lefts if c.dep_ not in ("det", "punct")]
    return bool(dets) and dets[0].lower_ == "the" and not others and not any(
        c.dep_ == "prep" and c.lower_ == "of" and not any(g.dep_ == "pcomp" for g in c.children)
        for c in t.rights)  # ("the leader of X" is someone else; "accusing the rebels of using" is a charge)


def _strip_det(text: str) -> str:
    return re.sub(r"^(the|a|an|The|A|An)\s+", "", text)


def _singular(name: str) -> str:
    return re.sub(r"s$", "", name) if not name.endswith("ss") else name


def _detokenize(tokens: list[Token]) -> str:
    out = ""
    for i, t in enumerate(tokens):
        out += t.text
        if i + 1 < len(tokens) and (t.whitespace_ or tokens[i + 1].i != t.i + 1):
            out += " "
    return re.sub(r"\s+", " ", out)
