"""Stage 4: actors — who is named, as what, of which state."""

from dragoman.actors.mentions import Mention, MentionIndex
from dragoman.actors.resolve import resolve_actors

__all__ = ["Mention", "MentionIndex", "resolve_actors"]
