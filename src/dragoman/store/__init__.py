"""The knowledge base: extracted articles in DuckDB, resolved across articles.

``ingest_records`` is the library entry point (the CLI's ``dragoman ingest`` and
the demo call it); :mod:`dragoman.store.queries` answers questions over the
result; :mod:`dragoman.store.export` and :mod:`dragoman.store.plots` turn it into
files. The schema is documented in ``docs/schema.md``.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from typing import Any

from dragoman.model import ExtractedArticle
from dragoman.store.db import connect, default_db_path, migrate
from dragoman.store.merge import AliasRules
from dragoman.store.writer import IngestReport, Store, content_hash, ingest_into

__all__ = ["AliasRules", "IngestReport", "Store", "connect", "content_hash", "default_db_path",
           "ingest_records", "migrate", "reresolve"]


def ingest_records(records: Iterable[ExtractedArticle | dict[str, Any]], db_path: str | None = None,
                   force: bool = False, aliases: str | os.PathLike[str] | None = None,
                   on_article: Callable[[IngestReport], None] | None = None,
                   commit_every: int = 1) -> IngestReport:
    """Store extracted articles; each commits in its own transaction.

    An article whose cleaned text is already stored (same sha256) is skipped and
    counted, unless ``force``, which replaces that article's rows. A record that
    cannot be stored is reported in ``IngestReport.errors`` and the batch goes on.
    ``commit_every`` > 1 groups articles per transaction for bulk loads (see
    :class:`~dragoman.store.writer.Store`).
    """
    path = default_db_path(db_path)
    con = connect(path)
    try:
        store = Store(con, AliasRules.load(aliases), commit_every=commit_every)
        report = ingest_into(store, records, force=force, on_article=on_article)
    finally:
        con.close()
    report.db_path = path
    return report


def reresolve(db_path: str | None = None, aliases: str | os.PathLike[str] | None = None) -> dict[str, int]:
    """Re-run cross-article resolution over the whole store (after editing the alias file)."""
    con = connect(default_db_path(db_path))
    try:
        return Store(con, AliasRules.load(aliases)).reresolve()
    finally:
        con.close()
