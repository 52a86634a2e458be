"""Composes the stages; the one place that knows their order.

ingest -> clean -> nlp -> actors -> events -> quotes -> output. Each stage is a
function of plain records; this module only wires them and turns a failure in
one document into an error on that document, so a batch never stops.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator

from dragoman.model import Article, ExtractedArticle


def article_id(text: str) -> str:
    """A stable id from the content, so the same text always gets the same id."""
    return "a-" + hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:12]


def extract(text: str, published: str | None = None, outlet: str | None = None,
            title: str | None = None, id: str | None = None) -> ExtractedArticle:
    """Extract actors, events and quotes from one article text."""
    art = Article(id=id or article_id(text), text=text, title=title, published=published, outlet=outlet)
    return next(iter(extract_articles([art])))


def extract_articles(articles: Iterable[Article], batch_size: int = 16) -> Iterator[ExtractedArticle]:
    """Stream articles through the pipeline; memory stays flat however many come in."""
    from dragoman import clean as clean_stage
    from dragoman import nlp
    from dragoman.actors import resolve_actors
    from dragoman.events import code_events
    from dragoman.quotes import extract_quotes

    cleaned = (clean_stage.clean(a) for a in articles)
    for art, doc in nlp.parse(cleaned, batch_size=batch_size):
        out = _empty(art)
        if doc is None:  # the article was rejected before parsing (empty, binary, not English...)
            yield out
            continue
        try:
            actors, mentions = resolve_actors(doc, art)
            quotes = extract_quotes(doc, art, actors, mentions)
            events = code_events(doc, art, actors, mentions, quotes)
            out.actors, out.events, out.quotes = actors, events, quotes
        except Exception as exc:  # one bad document must not stop the batch
            out.errors.append(f"extraction failed: {type(exc).__name__}: {exc}")
        yield out


def _empty(art: Article) -> ExtractedArticle:
    return ExtractedArticle(id=art.id, text=art.text, title=art.title, published=art.published,
                            outlet=art.outlet, source_path=art.source_path, url=art.url,
                            errors=list(art.errors))
