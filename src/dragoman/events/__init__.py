"""Stage 5: events — PLOVER/CAMEO coding with certainty, dates and evidence spans."""

from dragoman.events.coder import code_events

__all__ = ["code_events"]
