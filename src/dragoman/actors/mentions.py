"""Mentions: where in the text an actor is named, and how.

A :class:`Mention` is plain data (token and character offsets), so the event
and quote stages can ask "which actor is this token?" without re-running any
resolution. :class:`MentionIndex` is the lookup they share.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Mention:
    """One place an actor is named: by name, alias, demonym, capital, title, pronoun..."""

    actor_id: str
    start: int  # character offsets into the article text
    end: int
    tok_start: int  # token offsets into the parsed doc
    tok_end: int
    text: str
    how: str  # name | alias | demonym | capital | seat | place | role | pronoun | anonymous | collective
    also: tuple[str, ...] = ()  # further actors of a plural pronoun: "Obama and Putin said they..."

    @property
    def actor_ids(self) -> tuple[str, ...]:
        """Every actor this mention names (more than one for a plural pronoun)."""
        return (self.actor_id, *self.also)


@dataclass
class MentionIndex:
    """Token → mention lookup for one document."""

    mentions: list[Mention] = field(default_factory=list)
    by_token: dict[int, Mention] = field(default_factory=dict)

    def add(self, m: Mention) -> None:
        self.mentions.append(m)
        for i in range(m.tok_start, m.tok_end):
            self.by_token[i] = m

    def at(self, i: int) -> Mention | None:
        return self.by_token.get(i)

    def actor_at(self, i: int) -> str | None:
        m = self.by_token.get(i)
        return m.actor_id if m else None

    def covered(self, start: int, end: int) -> bool:
        return any(i in self.by_token for i in range(start, end))
