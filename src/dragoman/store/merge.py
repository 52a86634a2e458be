"""Cross-article resolution: one canonical actor per real actor, one event per real event.

Both resolvers are plain in-memory indexes over canonical records, fed one
article at a time in publication order. The store loads them from the database
at the start of an ingest and writes back what they decide, and a full
re-resolution (after a user merge/split) simply replays every stored article
through fresh indexes — so incremental and batch resolution cannot disagree.

Actor matching, in order (first rule that finds a candidate wins):

0. a user ``merge`` group names the actor → the canonical actor carrying any
   name of that group;
1. same ``dictionary_id`` (the shipped dictionary's ids are stable);
2. states: ``kind == country`` and the same country code;
3. the same normalised full name or alias, same kind, compatible country
   (equal, or one unknown); for persons only multi-word names count here;
4. persons by surname: same surname, same (known) country, compatible given
   names, and a shared role or one side known by surname only;
5. persons by spelling variant: surnames equal after transliteration folding
   (gh/q, kh/h, y/i, doubled letters...) or Jaro–Winkler ≥ 0.92 *and* Indel
   ratio ≥ 85 (so Lavrentiev/Lavrentyev and Araghchi/Araqchi merge but
   Lavrov/Lavrentiev and Rubio/Rubin do not), compatible given names,
   compatible country.

Anonymous actors ("a Russian diplomatic source") never merge across articles:
two anonymous sources are not known to be one person. A ``never_merge`` (alias
``split``) pair in the user file vetoes any rule above.
"""

from __future__ import annotations

import hashlib
import os
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import yaml
from rapidfuzz import fuzz
from rapidfuzz.distance import JaroWinkler

from dragoman.model import SYMMETRIC_TYPES, Actor, Event

#: Jaro–Winkler similarity two folded surnames need (together with FUZZY_RATIO).
FUZZY_JW = 0.92
#: rapidfuzz Indel ratio (0-100) two folded surnames need (together with FUZZY_JW).
FUZZY_RATIO = 85.0
#: Events reported with dates this many days apart can still be the same event.
DATE_WINDOW_DAYS = 1

_TITLES = {"mr", "mrs", "ms", "dr", "sheikh", "sir", "prof", "president", "minister", "gen", "general"}


# --------------------------------------------------------------------------- names

def norm_name(name: str) -> str:
    """Case-, accent- and punctuation-insensitive form of a name, used as a lookup key."""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = s.replace("’", "'").replace("'s ", " ")
    s = re.sub(r"[^\w\s]", " ", s)
    s = re.sub(r"\s+", " ", s).strip()
    if s.startswith("the "):
        s = s[4:]
    return s


def fold(token: str) -> str:
    """Transliteration folding: spellings of one Persian/Russian/Arabic name compare equal."""
    s = token
    for a, b in (("dzh", "j"), ("dj", "j"), ("gh", "g"), ("q", "g"), ("kh", "h"), ("ph", "f"),
                 ("ou", "u"), ("ee", "i"), ("iy", "i"), ("yi", "i"), ("y", "i"), ("w", "v"),
                 ("ck", "k"), ("c", "k")):
        s = s.replace(a, b)
    return re.sub(r"(.)\1+", r"\1", s)


def name_parts(name: str) -> tuple[list[str], str]:
    """(given-name tokens, surname) of a person's name, titles dropped."""
    toks = [t for t in norm_name(name).split() if t not in _TITLES]
    if not toks:
        return [], ""
    # Arabic particles belong to the surname: "Ahmed al Sharaa" -> surname "al sharaa".
    if len(toks) >= 2 and toks[-2] in {"al", "el", "bin", "ibn", "abu", "van", "von", "de"}:
        return toks[:-2], " ".join(toks[-2:])
    return toks[:-1], toks[-1]


def surnames_match(a: str, b: str) -> bool:
    """Equal after folding, or close by both Jaro–Winkler and Indel ratio (see module doc)."""
    if not a or not b:
        return False
    fa, fb = fold(a.replace(" ", "")), fold(b.replace(" ", ""))
    if fa == fb:
        return True
    return JaroWinkler.similarity(fa, fb) >= FUZZY_JW and fuzz.ratio(fa, fb) >= FUZZY_RATIO


def given_compatible(a: list[str], b: list[str]) -> bool:
    """Given names do not contradict: one is absent, or first names agree (initials allowed)."""
    if not a or not b:
        return True
    x, y = fold(a[0]), fold(b[0])
    if len(x) == 1 or len(y) == 1:
        return x[0] == y[0]
    return x == y or JaroWinkler.similarity(x, y) >= 0.9


def country_compatible(a: str | None, b: str | None) -> bool:
    """Equal, or at least one unknown."""
    return a is None or b is None or a == b


def slug(text: str) -> str:
    """A short readable id fragment."""
    return re.sub(r"[^a-z0-9]+", "-", norm_name(text)).strip("-")[:40] or "x"


# --------------------------------------------------------------------------- user alias file

@dataclass
class AliasRules:
    """The user's corrections: forced merges and vetoed merges, by name or actor id.

    File format (YAML)::

        merge:        # these names are one actor
          - [Abbas Araghchi, Abbas Araqchi]
        never_merge:  # never the same actor (``split`` is accepted as a synonym)
          - [Ali Larijani, Sadegh Larijani]
    """

    merge: list[list[str]] = field(default_factory=list)
    never_merge: list[list[str]] = field(default_factory=list)
    path: str | None = None

    @classmethod
    def load(cls, path: str | os.PathLike[str] | None = None) -> AliasRules:
        """Read the file at ``path`` or ``$DRAGOMAN_ALIASES``; no file means no rules."""
        p = path or os.environ.get("DRAGOMAN_ALIASES")
        if not p or not Path(p).exists():
            return cls(path=str(p) if p else None)
        data = yaml.safe_load(Path(p).read_text(encoding="utf-8")) or {}
        if not isinstance(data, dict):
            raise ValueError(f"{p}: expected a mapping with 'merge' and/or 'never_merge' lists")
        def pairs(key: str) -> list[list[str]]:
            groups = data.get(key) or []
            if not isinstance(groups, list) or not all(isinstance(g, list) and len(g) >= 2 for g in groups):
                raise ValueError(f"{p}: '{key}' must be a list of lists of two or more names")
            return [[str(x) for x in g] for g in groups]
        return cls(merge=pairs("merge"), never_merge=pairs("never_merge") + pairs("split"), path=str(p))

    def save(self, path: str | os.PathLike[str] | None = None) -> str:
        """Write the rules back as YAML; returns the path written."""
        p = str(path or self.path or os.environ.get("DRAGOMAN_ALIASES") or "dragoman_aliases.yaml")
        Path(p).write_text(yaml.safe_dump({"merge": self.merge, "never_merge": self.never_merge},
                                          allow_unicode=True, sort_keys=False), encoding="utf-8")
        self.path = p
        return p

    def add_merge(self, a: str, b: str) -> None:
        """Force a and b together, removing any veto between them."""
        self.never_merge = [g for g in self.never_merge if not _pair_in(g, a, b)]
        if not any(_pair_in(g, a, b) for g in self.merge):
            self.merge.append([a, b])

    def add_split(self, a: str, b: str) -> None:
        """Keep a and b apart, removing any forced merge between them."""
        self.merge = [g for g in self.merge if not _pair_in(g, a, b)]
        if not any(_pair_in(g, a, b) for g in self.never_merge):
            self.never_merge.append([a, b])

    def merge_group(self, keys: set[str]) -> set[str]:
        """All keys forced together with any of ``keys`` (normalised names / ids)."""
        out: set[str] = set()
        for g in self.merge:
            members = {_key(x) for x in g}
            if members & keys:
                out |= members
        return out

    def vetoed(self, keys_a: set[str], keys_b: set[str]) -> bool:
        """True when a never_merge pair has one side in each key set."""
        for g in self.never_merge:
            members = [_key(x) for x in g]
            for i, x in enumerate(members):
                for y in members[i + 1:]:
                    if (x in keys_a and y in keys_b) or (y in keys_a and x in keys_b):
                        return True
        return False


def _key(name_or_id: str) -> str:
    return name_or_id if ":" in name_or_id else norm_name(name_or_id)


def _pair_in(group: list[str], a: str, b: str) -> bool:
    keys = {_key(x) for x in group}
    return _key(a) in keys and _key(b) in keys


# --------------------------------------------------------------------------- actors

@dataclass
class CanonActor:
    """One canonical actor as the index knows it."""

    actor_id: str
    name: str
    kind: str
    country: str | None = None
    dictionary_id: str | None = None
    anonymous: bool = False
    first_seen: date | None = None
    last_seen: date | None = None
    aliases: dict[str, str] = field(default_factory=dict)  # norm -> display form
    user_aliases: set[str] = field(default_factory=set)     # display forms added by the user
    #: role -> [first seen, last seen, article count, last article counted]
    roles: dict[str, list[Any]] = field(default_factory=dict)

    def keys(self) -> set[str]:
        """Lookup keys: normalised names and the id (for vetoes and merge groups)."""
        return {*self.aliases, norm_name(self.name), self.actor_id}


class ActorIndex:
    """Canonical actors plus the lookup tables the matching rules need."""

    def __init__(self, rules: AliasRules | None = None) -> None:
        self.rules = rules or AliasRules()
        self.by_id: dict[str, CanonActor] = {}
        self.by_dict: dict[str, str] = {}
        self.by_state: dict[str, str] = {}
        self.by_name: dict[str, set[str]] = {}
        self.by_surname: dict[str, set[str]] = {}  # folded surname prefix -> person ids
        self.dirty: set[str] = set()  # ids changed since the last flush

    # -- indexing
    def add(self, c: CanonActor) -> None:
        """Register (or re-register after a change) a canonical actor."""
        self.by_id[c.actor_id] = c
        self._index(c)

    def _index(self, c: CanonActor) -> None:
        if c.anonymous:
            return
        if c.dictionary_id:
            self.by_dict.setdefault(c.dictionary_id, c.actor_id)
        if c.kind == "country" and c.country:
            self.by_state.setdefault(c.country, c.actor_id)
        for n in {norm_name(c.name), *c.aliases}:
            if n:
                self.by_name.setdefault(n, set()).add(c.actor_id)
        if c.kind == "person":
            for n in {c.name, *c.aliases.values()}:
                _, sur = name_parts(n)
                if sur:
                    self.by_surname.setdefault(_bucket(sur), set()).add(c.actor_id)

    # -- matching
    def resolve(self, actor: Actor, article_id: str, published: date | None) -> str:
        """The canonical id for one article's actor, creating or updating the canonical record."""
        if actor.anonymous:
            cid = "anon:" + hashlib.sha1(f"{article_id}\x00{actor.id}".encode()).hexdigest()[:12]
            c = self.by_id.get(cid) or CanonActor(cid, actor.name, actor.kind, actor.country, None, True)
            self._absorb(c, actor, article_id, published)
            return cid
        keys = {norm_name(actor.name), *(norm_name(a) for a in actor.aliases)} - {""}
        cid = self._match(actor, keys)
        if cid is None:
            cid = self._new_id(actor)
            c = CanonActor(cid, actor.name, actor.kind, actor.country, actor.dictionary_id)
        else:
            c = self.by_id[cid]
        self._absorb(c, actor, article_id, published)
        return cid

    def _ok(self, cid: str, actor: Actor, keys: set[str]) -> bool:
        return not self.rules.vetoed(keys, self.by_id[cid].keys())

    def _match(self, actor: Actor, keys: set[str]) -> str | None:
        forced = self.rules.merge_group(keys)
        if forced:
            for k in sorted(forced):
                for cid in sorted(self.by_name.get(k, ())) + ([k] if k in self.by_id else []):
                    if not self.by_id[cid].anonymous:
                        return cid
        if actor.dictionary_id and actor.dictionary_id in self.by_dict:
            cid = self.by_dict[actor.dictionary_id]
            if self._ok(cid, actor, keys):
                return cid
        if actor.kind == "country" and actor.country and actor.country in self.by_state:
            cid = self.by_state[actor.country]
            if self._ok(cid, actor, keys):
                return cid
        person = actor.kind == "person"
        scored: dict[str, int] = {}
        for k in keys:
            if person and " " not in k:
                continue  # a bare surname is not a full name; rule 4 handles it
            for cid in self.by_name.get(k, ()):
                c = self.by_id[cid]
                if c.kind != actor.kind or not country_compatible(c.country, actor.country):
                    continue
                if c.dictionary_id and actor.dictionary_id and c.dictionary_id != actor.dictionary_id:
                    continue
                scored[cid] = scored.get(cid, 0) + 1
        for cid in sorted(scored, key=lambda x: -scored[x]):
            if self._ok(cid, actor, keys):
                return cid
        if person:
            return self._match_person(actor, keys)
        return None

    def _match_person(self, actor: Actor, keys: set[str]) -> str | None:
        given, sur = name_parts(actor.name)
        if not sur:
            return None
        roles = {norm_name(r) for r in actor.roles}
        exact: list[str] = []
        fuzzy: list[str] = []
        for cid in sorted(self.by_surname.get(_bucket(sur), ())):
            c = self.by_id[cid]
            if c.dictionary_id and actor.dictionary_id and c.dictionary_id != actor.dictionary_id:
                continue
            cgiven, csur = name_parts(c.name)
            if not given_compatible(given, cgiven):
                continue
            if fold(csur.replace(" ", "")) == fold(sur.replace(" ", "")) and csur == sur:
                shared_role = bool(roles & {norm_name(r) for r in c.roles})
                if (c.country and actor.country and c.country == actor.country
                        and (shared_role or not given or not cgiven)):
                    exact.append(cid)
                elif given and cgiven and country_compatible(c.country, actor.country):
                    exact.append(cid)  # full name equal up to normalisation
            elif surnames_match(sur, csur) and country_compatible(c.country, actor.country) \
                    and ((given and cgiven) or (c.country and c.country == actor.country)):
                fuzzy.append(cid)
        for cid in exact + fuzzy:
            if self._ok(cid, actor, keys):
                return cid
        return None

    # -- updating
    def _new_id(self, actor: Actor) -> str:
        if actor.dictionary_id:
            base = "dict:" + actor.dictionary_id
        else:
            base = f"{actor.kind}:{slug(actor.name)}" + (f":{actor.country.lower()}" if actor.country else "")
        cid, n = base, 2
        while cid in self.by_id:
            cid, n = f"{base}-{n}", n + 1
        return cid

    def _absorb(self, c: CanonActor, actor: Actor, article_id: str, published: date | None) -> None:
        """Fold one article's view of the actor into the canonical record."""
        if c.country is None and actor.country:
            c.country = actor.country
        if c.dictionary_id is None and actor.dictionary_id:
            c.dictionary_id = actor.dictionary_id
            c.name = actor.name  # the dictionary's name is the canonical one
        elif c.kind == "person" and not c.dictionary_id:
            g_new, s_new = name_parts(actor.name)
            g_old, s_old = name_parts(c.name)
            if len(g_new) > len(g_old) and surnames_match(s_new, s_old):
                c.aliases.setdefault(norm_name(c.name), c.name)
                c.name = actor.name  # a fuller name replaces a bare surname
        for a in (actor.name, *actor.aliases):
            n = norm_name(a)
            if n and n != norm_name(c.name):
                c.aliases.setdefault(n, a)
        if published:
            c.first_seen = min(filter(None, (c.first_seen, published)))
            c.last_seen = max(filter(None, (c.last_seen, published)))
        for role in actor.roles:
            role = re.sub(r"\s+", " ", role).strip()
            if not role:
                continue
            existing = next((r for r in c.roles if norm_name(r) == norm_name(role)), role)
            slot = c.roles.setdefault(existing, [published, published, 0, None])
            if published:
                slot[0] = min(filter(None, (slot[0], published)))
                slot[1] = max(filter(None, (slot[1], published)))
            if slot[3] != article_id:  # count each article once, however many local actors it has
                slot[2] += 1
                slot[3] = article_id
        self.add(c)
        self.dirty.add(c.actor_id)


def _bucket(surname: str) -> str:
    """Surname blocking key: spelling variants share their first two folded letters."""
    return fold(surname.replace(" ", ""))[:2]


# --------------------------------------------------------------------------- events

@dataclass
class CanonEvent:
    """One deduplicated event and what the dedup rule needs to know about it."""

    event_id: str
    type: str
    source: str | None
    target: str | None
    mode: str | None = None
    cameo: str | None = None
    location: str | None = None
    date: date | None = None
    first_reported: date | None = None
    published: set[date] = field(default_factory=set)
    articles: set[str] = field(default_factory=set)
    outlets: set[str] = field(default_factory=set)

    @property
    def n_articles(self) -> int:
        """Distinct articles reporting it."""
        return len(self.articles)

    @property
    def n_outlets(self) -> int:
        """Distinct outlets reporting it (an article without an outlet counts as its own)."""
        return len(self.outlets)


def dyad_key(type_: str, source: str | None, target: str | None) -> tuple[str, str | None, str | None]:
    """Symmetric types ignore direction: A consults B is B consults A."""
    if type_ in SYMMETRIC_TYPES and source is not None and target is not None and target < source:
        source, target = target, source
    return type_, source, target


def _loc(x: str | None) -> str | None:
    return norm_name(x) if x else None


class EventIndex:
    """Canonical events grouped by (type, dyad), for the dedup rule."""

    def __init__(self) -> None:
        self.by_key: dict[tuple[str, str | None, str | None], list[CanonEvent]] = {}
        self.by_id: dict[str, CanonEvent] = {}
        self.dirty: set[str] = set()

    def add(self, e: CanonEvent) -> None:
        """Register an existing canonical event (when loading a store)."""
        self.by_id[e.event_id] = e
        self.by_key.setdefault(dyad_key(e.type, e.source, e.target), []).append(e)

    def resolve(self, ev: Event, source: str | None, target: str | None, article_id: str,
                outlet: str | None, published: date | None) -> str:
        """The canonical event id for one event mention (with canonical actor ids)."""
        d = _as_date(ev.date)
        key = dyad_key(ev.type, source, target)
        for c in self.by_key.get(key, ()):
            if _loc(ev.location) and _loc(c.location) and _loc(ev.location) != _loc(c.location):
                continue
            if not _same_time(d, published, c):
                continue
            self._absorb(c, ev, d, article_id, outlet, published)
            return c.event_id
        eid = "ev:" + hashlib.sha1(f"{article_id}\x00{ev.id}".encode()).hexdigest()[:16]
        c = CanonEvent(eid, ev.type, key[1], key[2])
        self.add(c)
        self._absorb(c, ev, d, article_id, outlet, published)
        return eid

    def _absorb(self, c: CanonEvent, ev: Event, d: date | None, article_id: str,
                outlet: str | None, published: date | None) -> None:
        c.mode = c.mode or ev.mode
        c.cameo = c.cameo or ev.cameo
        c.location = c.location or ev.location
        if d and (c.date is None):
            c.date = d
        if published:
            c.published.add(published)
            c.first_reported = min(filter(None, (c.first_reported, published)))
        c.articles.add(article_id)
        c.outlets.add(outlet or f"article:{article_id}")
        self.dirty.add(c.event_id)


def _same_time(d: date | None, published: date | None, c: CanonEvent) -> bool:
    """Dates within the window; undated reports compare by publication date instead."""
    window = timedelta(days=DATE_WINDOW_DAYS)
    if d is not None and c.date is not None:
        return abs(d - c.date) <= window
    mine = [d] if d else ([published] if published else [])
    theirs = [c.date] if c.date else sorted(c.published)
    if not mine or not theirs:
        return not mine and not theirs  # nothing to compare: both fully undated
    return any(abs(x - y) <= window for x in mine for y in theirs)


def _as_date(value: Any) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def as_date(value: Any) -> date | None:
    """A date from an ISO string (or None when absent/unparseable)."""
    return _as_date(value)


