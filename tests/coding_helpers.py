"""Small helpers to read extraction results in tests by names, not ids."""

from __future__ import annotations

import dragoman
from dragoman.model import ExtractedArticle


def run(text: str, published: str | None = "2025-10-22", outlet: str | None = None) -> ExtractedArticle:
    return dragoman.extract(text, published=published, outlet=outlet)


def country(r: ExtractedArticle, actor_id: str | None) -> str | None:
    a = r.actor(actor_id)
    return a.country if a else None


def name(r: ExtractedArticle, actor_id: str | None) -> str | None:
    a = r.actor(actor_id)
    return a.name if a else None


def dyads(r: ExtractedArticle) -> set[tuple[str, str | None, str | None]]:
    """(type, source country, target country) of every event."""
    return {(e.type, country(r, e.source), country(r, e.target)) for e in r.events}
