"""dragoman: news articles in, evidence-linked event data out.

The public Python API is :func:`extract` (one text) and :func:`extract_articles`
(a stream); both return :class:`ExtractedArticle` records.
"""

from dragoman.model import Actor, Article, Event, ExtractedArticle, Quote
from dragoman.pipeline import extract, extract_articles

__all__ = ["Actor", "Article", "Event", "ExtractedArticle", "Quote", "extract", "extract_articles"]
__version__ = "0.1.0"
