"""One registry for all knowledge: actor dictionary, places, lexicon, event patterns.

Knowledge is data: the shipped files under ``dragoman/data`` are loaded first,
then every ``*.yaml`` in the directories named by ``$DRAGOMAN_ACTORS`` /
``$DRAGOMAN_DATA`` (``os.pathsep``-separated), so users extend or override
entries without touching code. Later files win for the same actor id; lexicon
lists are merged; patterns are appended (a user pattern with an existing id
replaces it). Places are CSV files (``data/places/*.csv``, or any ``*.csv`` with
``name,country`` columns in a user directory); later files win for the same name.
"""

from __future__ import annotations

import csv
import os
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

DATA_DIR = Path(__file__).parent / "data"

#: How a surface form names an entry, in order of trust.
HOW_ORDER = ("name", "alias", "seat", "capital", "demonym")


@dataclass(frozen=True)
class Entry:
    """One actor of the dictionary."""

    id: str
    name: str
    kind: str
    country: str | None = None
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    capitals: tuple[str, ...] = ()
    seats: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    cameo_code: str | None = None
    affiliation: str | None = None  # id of the body a person acts for (the UN Secretary-General: "un")


@dataclass
class Registry:
    """Lookup tables built from the data files."""

    entries: dict[str, Entry] = field(default_factory=dict)
    surface: dict[str, list[tuple[Entry, str]]] = field(default_factory=dict)
    folded: dict[str, list[tuple[Entry, str]]] = field(default_factory=dict)
    lexicon: dict[str, list[str]] = field(default_factory=dict)
    patterns: list[dict[str, Any]] = field(default_factory=list)
    places: dict[str, str | None] = field(default_factory=dict)  # place name -> state (ISO alpha-3)
    sources: list[str] = field(default_factory=list)
    #: lexicon lists as sets and tables, built on first use (the lexicon is complete once loaded)
    _derived: dict[tuple[str, str], Any] = field(default_factory=dict, repr=False, compare=False)

    # -- actors -------------------------------------------------------------
    def add_entry(self, e: Entry) -> None:
        self.entries[e.id] = e

    def index(self) -> None:
        """(Re)build surface-form tables once all entries are loaded."""
        self.surface.clear()
        self.folded.clear()
        for e in self.entries.values():
            forms: list[tuple[str, str]] = [(e.name, "name")]
            forms += [(a, "alias") for a in e.aliases]
            forms += [(s, "seat") for s in e.seats]
            forms += [(c, "capital") for c in e.capitals]
            forms += [(d, "demonym") for d in e.demonyms]
            for form, how in forms:
                if not form:
                    continue
                self.surface.setdefault(form, []).append((e, how))
                self.folded.setdefault(fold(form), []).append((e, how))
        for table in (self.surface, self.folded):
            for hits in table.values():
                hits.sort(key=_hit_rank)

    def lookup(self, text: str) -> tuple[Entry, str] | None:
        """The best dictionary entry a surface form names, with how it names it."""
        text = text.strip()
        hits = self.surface.get(text)
        if not hits:
            hits = self.surface.get(_strip_the(text))
        if not hits and (len(text) > 4 or " " in text):  # case-folded only where it is safe
            hits = self.folded.get(fold(text)) or self.folded.get(fold(_strip_the(text)))
        return hits[0] if hits else None

    def country(self, code: str | None) -> Entry | None:
        """The country entry for an ISO alpha-3 code (its id)."""
        if not code:
            return None
        e = self.entries.get(code)
        return e if e and e.kind == "country" else None

    def cameo_code(self, entry_id: str | None) -> str | None:
        """An entry's CAMEO actor code: its own, else that of the body it acts for (Guterres: IGOUNO)."""
        entry = self.entries.get(entry_id or "")
        if entry is None:
            return None
        if entry.cameo_code:
            return entry.cameo_code
        body = self.entries.get(entry.affiliation or "")
        return body.cameo_code if body else None

    def agent_code(self, name: str | None) -> str | None:
        """The CAMEO agent code of an unnamed actor of no state by the words that say what it is
        ("foreign aid agencies", "human rights groups": NGO), from lexicon `agent_codes`."""
        table = self._derived.get(("agents",))
        if table is None:
            table = self._derived[("agents",)] = {
                tuple(w.split()[:-1]): w.split()[-1] for w in self.lexicon.get("agent_codes", [])}
        words = tuple((name or "").lower().split())
        return next((code for head, code in table.items()
                     if head and words[-len(head):] == head), None)

    def place(self, text: str) -> str | None:
        """The state a city or region belongs to ("Aleppo" -> SYR), or None if unknown."""
        text = text.strip()
        return self.places.get(text) or self.places.get(_strip_the(text))

    def words(self, key: str) -> list[str]:
        """A lexicon list by name (empty if absent)."""
        return self.lexicon.get(key, [])

    def wordset(self, key: str) -> frozenset[str]:
        """A lexicon list as a set, built once per registry."""
        got = self._derived.get(("set", key))
        if got is None:
            got = self._derived[("set", key)] = frozenset(self.lexicon.get(key, []))
        return got

    def table(self, key: str) -> dict[str, tuple[str, ...]]:
        """A lexicon list of "word CODE CODE..." lines as a table, built once per registry (the
        lexicon stores its words in lower case; the codes, PLOVER types or ISO states, are upper)."""
        got = self._derived.get(("table", key))
        if got is None:
            got = self._derived[("table", key)] = {
                word: tuple(c.upper() for c in codes) for word, *codes in map(str.split, self.lexicon.get(key, []))}
        return got


_KIND_ORDER = {"person": 0, "media": 1, "organization": 2, "group": 3, "country": 4}


def _hit_rank(hit: tuple[Entry, str]) -> tuple[float, int]:
    """Order of trust of a surface form's entries. An organisation's seat ranks below a state's
    capital: "Brussels" is Belgium unless the article names the EU (the resolver decides)."""
    e, how = hit
    rank = HOW_ORDER.index(how) + (1.5 if how == "seat" and e.kind != "country" else 0)
    return (rank, _KIND_ORDER.get(e.kind, 9))


def fold(text: str) -> str:
    """Case-, accent- and apostrophe-insensitive key for a name."""
    t = unicodedata.normalize("NFKD", text)
    t = "".join(c for c in t if not unicodedata.combining(c))
    t = t.replace("’", "'").replace("‘", "'").replace("-", " ").lower()
    return re.sub(r"\s+", " ", t).strip()


def _strip_the(text: str) -> str:
    return re.sub(r"^(the|The)\s+", "", text)


class _Loader(yaml.SafeLoader):
    """YAML 1.1 reads on/off/yes/no as booleans; here they are words ("sanctions on Iran").
    A key written twice in one mapping is an error: YAML would silently keep the last one."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[Any] = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)  # type: ignore[no-untyped-call]
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, f"duplicate key {key!r}", key_node.start_mark)
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


_Loader.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag != "tag:yaml.org,2002:bool"]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_Loader.add_implicit_resolver("tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
                              list("tTfF"))


def _load_yaml(path: Path) -> Any:
    with path.open(encoding="utf-8") as fh:
        return yaml.load(fh, Loader=_Loader)


def _entry(d: dict[str, Any]) -> Entry:
    def tup(key: str) -> tuple[str, ...]:
        v = d.get(key) or []
        return tuple(str(x) for x in (v if isinstance(v, list) else [v]))

    return Entry(id=str(d["id"]), name=str(d["name"]), kind=str(d.get("kind", "organization")),
                 country=d.get("country"), aliases=tup("aliases"), demonyms=tup("demonyms"),
                 capitals=tup("capitals"), seats=tup("seats"), roles=tup("roles"),
                 cameo_code=d.get("cameo_code"), affiliation=d.get("affiliation"))


def _load_places(path: Path, places: dict[str, str | None]) -> None:
    with path.open(newline="", encoding="utf-8") as f:
        rows = csv.DictReader(f)
        if not rows.fieldnames or not {"name", "country"} <= set(rows.fieldnames):
            raise ValueError(f"{path}: a places file needs 'name' and 'country' columns")
        for row in rows:
            if row["name"]:
                places[row["name"].strip()] = (row["country"] or "").strip().upper() or None


def _dirs(*values: str) -> list[Path]:
    """The directories named by path-list values of DRAGOMAN_ACTORS and DRAGOMAN_DATA."""
    return [Path(part.strip()) for v in values for part in v.split(os.pathsep) if part.strip()]


def build_registry(extra_dirs: tuple[Path, ...] = ()) -> Registry:
    """Load shipped data, then the user's directories, into one registry."""
    reg = Registry()
    actor_files = sorted((DATA_DIR / "actors").glob("*.yaml"))
    lexicon_files = [DATA_DIR / "lexicon.yaml"]
    pattern_files = sorted((DATA_DIR / "patterns").glob("*.yaml"))
    place_files = sorted((DATA_DIR / "places").glob("*.csv"))
    for d in extra_dirs:
        place_files += sorted(Path(d).rglob("*.csv"))
        for f in sorted(Path(d).rglob("*.yaml")):
            data = _load_yaml(f)
            if isinstance(data, list):
                actor_files.append(f)
            elif isinstance(data, dict) and "patterns" in data:
                pattern_files.append(f)
            elif isinstance(data, dict):
                lexicon_files.append(f)
    for f in actor_files:
        data = _load_yaml(f) or []
        if not isinstance(data, list):
            raise ValueError(f"{f}: an actor file must be a YAML list of entries")
        for d in data:
            try:
                reg.add_entry(_entry(d))
            except KeyError as exc:
                raise ValueError(f"{f}: actor entry without {exc}: {d!r}") from None
        reg.sources.append(str(f))
    for f in lexicon_files:
        data = _load_yaml(f) or {}
        for key, val in data.items():
            if isinstance(val, list):
                merged = reg.lexicon.setdefault(key, [])
                merged.extend(str(v).lower() for v in val if str(v).lower() not in merged)
        reg.sources.append(str(f))
    by_id: dict[str, dict[str, Any]] = {}
    for f in pattern_files:
        data = _load_yaml(f) or {}
        in_file: set[str] = set()
        for p in data.get("patterns", []):
            if p["id"] in in_file:  # across files a later id replaces an earlier one; within one, a slip
                raise ValueError(f"{f}: pattern id {p['id']!r} is used twice")
            in_file.add(p["id"])
            p = {**p, "file": f.name}
            by_id[p["id"]] = p
        reg.sources.append(str(f))
    reg.patterns = list(by_id.values())
    for f in place_files:
        _load_places(f, reg.places)
        reg.sources.append(str(f))
    reg.index()
    return reg


def get_registry() -> Registry:
    """The process-wide registry (rebuilt if the user's directories change)."""
    return _for_env(os.environ.get("DRAGOMAN_ACTORS", ""), os.environ.get("DRAGOMAN_DATA", ""))


@lru_cache(maxsize=8)
def _for_env(actors: str, data: str) -> Registry:
    """The registry for these values of the environment, built once (the coder asks tens of thousands
    of times per batch; reading the environment into paths each time cost a few percent of the run)."""
    return build_registry(tuple(_dirs(actors, data)))
