"""Plain records that flow between the pipeline stages.

Every stage takes and returns these dataclasses (no spaCy objects cross a stage
boundary after ``nlp``), so a stage can be tested, replaced or run in another
process without knowing the others. ``to_dict`` gives the JSON output contract.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

PLOVER_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
#: Types whose direction carries no meaning: A consults B is B consults A.
SYMMETRIC_TYPES: frozenset[str] = frozenset({"CONSULT", "COOPERATE", "AGREE"})
#: Acts of hostility short of words: others condemn them, a stated intent to do them is a threat.
HOSTILE_TYPES: frozenset[str] = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "THREATEN", "SANCTION"})
CERTAINTIES: tuple[str, ...] = ("asserted", "reported", "speculated", "hypothetical", "denied")
ACTOR_KINDS: tuple[str, ...] = ("person", "country", "organization", "media", "group")

Certainty = Literal["asserted", "reported", "speculated", "hypothetical", "denied"]
Span = tuple[int, int]


@dataclass
class Article:
    """One input document after ingest (and, later, after clean)."""

    id: str
    text: str
    title: str | None = None
    published: str | None = None  # ISO date YYYY-MM-DD
    outlet: str | None = None
    url: str | None = None
    source_path: str | None = None
    errors: list[str] = field(default_factory=list)
    dateline: str | None = None  # the wire dateline's city ("Tehran"), where "here" is


@dataclass
class Actor:
    """A resolved actor of one article: all its mentions point here."""

    id: str
    name: str
    kind: str  # person | country | organization | media | group
    country: str | None = None  # ISO alpha-3, "EUR", or None
    roles: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    mentions: list[Span] = field(default_factory=list)
    anonymous: bool = False
    dictionary_id: str | None = None  # id in the shipped/user actor dictionary, if matched


@dataclass
class Event:
    """A coded event, always tied to the sentence and span that support it."""

    id: str
    type: str
    sentence: str
    span: Span
    mode: str | None = None
    cameo: str | None = None
    source: str | None = None
    target: str | None = None
    location: str | None = None
    date: str | None = None
    date_text: str | None = None
    certainty: str = "asserted"
    attributed_to: str | None = None
    negated: bool = False
    target_inferred: bool = False
    rule: str | None = None  # which pattern made it, e.g. "consult.yaml#meet"


@dataclass
class Quote:
    """Direct or indirect speech, with its speaker and the outlet it came through."""

    id: str
    text: str
    direct: bool
    span: Span
    speaker: str | None = None
    via: str | None = None


@dataclass
class ExtractedArticle:
    """The output record for one article (one JSON line of ``dragoman extract``)."""

    id: str
    text: str
    title: str | None = None
    published: str | None = None
    outlet: str | None = None
    source_path: str | None = None
    url: str | None = None
    actors: list[Actor] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """The JSON output contract: spans become two-element lists."""
        return _jsonable(asdict(self))

    def actor(self, actor_id: str | None) -> Actor | None:
        """The actor record behind an id used by an event or quote."""
        if actor_id is None:
            return None
        return next((a for a in self.actors if a.id == actor_id), None)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> ExtractedArticle:
        """Rebuild typed records from a JSON line (used by eval, store and tests)."""
        actors = [Actor(**{**a, "mentions": [tuple(m) for m in a.get("mentions", [])]})
                  for a in d.get("actors", [])]
        events = [Event(**{**e, "span": tuple(e["span"])}) for e in d.get("events", [])]
        quotes = [Quote(**{**q, "span": tuple(q["span"])}) for q in d.get("quotes", [])]
        keys = ("id", "text", "title", "published", "outlet", "source_path", "url", "errors")
        base = {k: d.get(k) for k in keys if k in d}
        base.setdefault("errors", [])
        return cls(**base, actors=actors, events=events, quotes=quotes)


def _jsonable(obj: Any) -> Any:
    if isinstance(obj, dict):
        return {k: _jsonable(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [_jsonable(v) for v in obj]
    return obj
