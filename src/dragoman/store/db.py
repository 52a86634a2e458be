"""Opening the DuckDB knowledge base and keeping its schema current.

The schema is versioned: ``meta.schema_version`` says which numbered migrations
have been applied. Migration 1 is ``schema.sql``; later ones are
``migration_NNN_<what>.sql`` files next to it, applied in order, each in its own
transaction, so an old database file is upgraded in place the first time a newer
dragoman opens it (and a newer file is refused by an older dragoman rather than
silently misread).
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import duckdb

STORE_DIR = Path(__file__).parent
DEFAULT_DB = "dragoman.duckdb"


class SchemaError(RuntimeError):
    """The database was written by a newer dragoman (or is not a dragoman store)."""


def default_db_path(path: str | os.PathLike[str] | None = None) -> str:
    """``path`` if given, else ``$DRAGOMAN_DB``, else ``./dragoman.duckdb``."""
    if path:
        return str(path)
    return os.environ.get("DRAGOMAN_DB") or DEFAULT_DB


def migrations() -> list[tuple[int, Path]]:
    """All known migrations as (version, file), in the order they must run."""
    found = [(1, STORE_DIR / "schema.sql")]
    for p in STORE_DIR.glob("migration_*.sql"):
        m = re.match(r"migration_(\d+)", p.name)
        if m:
            found.append((int(m.group(1)), p))
    return sorted(found)


SCHEMA_VERSION = migrations()[-1][0]


def schema_version(con: duckdb.DuckDBPyConnection) -> int:
    """The version recorded in the database (0 for an empty database)."""
    has_meta = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'meta' "
        "AND table_schema = current_schema()").fetchall()[0][0]
    if not has_meta:
        return 0
    rows = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchall()
    return int(rows[0][0]) if rows else 0


def migrate(con: duckdb.DuckDBPyConnection) -> int:
    """Apply every migration newer than the database's version; return the new version."""
    current = schema_version(con)
    if current > SCHEMA_VERSION:
        raise SchemaError(f"database schema version {current} is newer than this dragoman "
                          f"understands ({SCHEMA_VERSION}); upgrade dragoman")
    for version, path in migrations():
        if version <= current:
            continue
        con.execute("BEGIN TRANSACTION")
        try:
            con.execute(path.read_text(encoding="utf-8"))
            con.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [str(version)])
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
        current = version
    return current


def connect(path: str | os.PathLike[str] | None = None, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """Open (creating and migrating if needed) the store at ``path``.

    A read-only open never creates or migrates: a missing file is an error, since
    reading an empty database would silently answer every query with nothing.
    """
    db = default_db_path(path)
    if read_only:
        if db != ":memory:" and not Path(db).exists():
            raise FileNotFoundError(f"no dragoman database at {db} (run `dragoman ingest` first)")
        con = duckdb.connect(db, read_only=True)
        version = schema_version(con)
        if version != SCHEMA_VERSION:
            con.close()
            raise SchemaError(f"{db} has schema version {version}, expected {SCHEMA_VERSION}; "
                              "open it once read-write to migrate")
        return con
    if db != ":memory:":
        Path(db).parent.mkdir(parents=True, exist_ok=True)
    con = duckdb.connect(db)
    migrate(con)
    return con
