"""Stage 1, ingest: files, directories, JSON Lines, HTML and stdin in, Article records out.

Why it is written this way:

* It streams. Every reader is a generator and a directory is walked lazily, so a
  corpus of a million files costs the memory of one document at a time.
* It never raises for one bad document. A file that is empty, binary, not valid
  UTF-8, unreadable or absurdly large becomes an Article whose ``errors`` say what
  is wrong, and the batch goes on. Errors that mean "do not parse this" start with
  ``"rejected: "`` (the NLP stage skips those); others are warnings on a document
  that is still extracted (e.g. a few invalid UTF-8 bytes salvaged as U+FFFD).
* Ids are stable: an id given in the record, else the file stem (the path relative
  to the directory for directory input, so two ``index.html`` files stay apart),
  plus the line number for JSON Lines. Re-running a batch gives the same ids.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any, BinaryIO, TextIO

from dragoman.model import Article

#: Suffixes read when walking a directory (an explicitly named file is read whatever its suffix).
SUPPORTED_SUFFIXES: tuple[str, ...] = (".txt", ".html", ".htm", ".jsonl", ".json", ".jsonl.gz", ".ndjson", ".txt.gz")
#: spaCy refuses texts longer than this by default; $DRAGOMAN_MAX_CHARS overrides it.
DEFAULT_MAX_CHARS = 1_000_000
#: Fields that may hold the article body in JSON input, in order of preference.
TEXT_FIELDS: tuple[str, ...] = ("text", "body", "content")
#: Web pages up to this size are read (markup, scripts and styles surround the article text).
MAX_HTML_BYTES = 50 * 1024 * 1024
#: Less main text than this (characters) in a web page means trafilatura found no article.
MIN_HTML_TEXT = 40
#: How much of a file is sniffed for binary content.
_SNIFF_BYTES = 8192
#: Magic numbers of binary formats people drop into article folders by mistake.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "PDF"), (b"PK\x03\x04", "ZIP/Office"), (b"\x1f\x8b", "gzip"), (b"\x89PNG", "PNG"),
    (b"\xff\xd8\xff", "JPEG"), (b"GIF8", "GIF"), (b"\x7fELF", "ELF executable"),
    (b"\xd0\xcf\x11\xe0", "MS Office (OLE)"), (b"SQLite format 3", "SQLite"),
)


def max_chars() -> int:
    """The longest text accepted, in characters ($DRAGOMAN_MAX_CHARS, default spaCy's 1,000,000)."""
    raw = os.environ.get("DRAGOMAN_MAX_CHARS", "")
    try:
        return int(raw) if raw.strip() else DEFAULT_MAX_CHARS
    except ValueError:
        return DEFAULT_MAX_CHARS


# --------------------------------------------------------------------------- public API


def read_paths(paths: Sequence[str], published: str | None = None, outlet: str | None = None,
               stdin: TextIO | None = None, exclude: Iterable[str | os.PathLike[str]] = ()) -> Iterator[Article]:
    """Yield one Article per document found under ``paths``, in a stable order.

    ``published``/``outlet`` are defaults applied where a record does not say
    (the CLI's --published/--outlet). ``"-"`` reads ``stdin`` (default sys.stdin):
    JSON Lines when its first non-empty line is a JSON object with a text field,
    plain text otherwise. Files in ``exclude`` are skipped (the CLI's own output
    file, when it is written into a directory being read).
    """
    skip = {os.path.realpath(p) for p in exclude}
    default_pub, pub_error = normalise_published(published)
    defaults = Defaults(published=default_pub, outlet=outlet or None)
    if pub_error:
        defaults.errors.append(f"--published: {pub_error}")
    for raw in paths:
        if raw == "-":
            yield from _read_stdin(stdin if stdin is not None else sys.stdin, defaults)
            continue
        path = Path(raw)
        if path.is_dir():
            for file, rel_id in _walk(path):
                if not skip or os.path.realpath(file) not in skip:
                    yield from read_file(file, defaults, id_hint=rel_id)
        elif path.exists():
            yield from read_file(path, defaults)
        else:
            yield _error_article(_stem(path), str(path), defaults,
                                 f"rejected: cannot read {raw}: no such file or directory")


def normalise_published(value: Any) -> tuple[str | None, str | None]:
    """A publication date as YYYY-MM-DD, accepting ISO dates/datetimes and common written forms.

    Returns ``(date, error)``; an unreadable date is reported, not guessed, because
    every relative date in the article ("on Tuesday") is resolved against it.
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return None, None
    if isinstance(value, datetime):
        return value.date().isoformat(), None
    if isinstance(value, date):
        return value.isoformat(), None
    text = str(value).strip()
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date().isoformat(), None
    except ValueError:
        pass
    from dragoman.events.dates import parse_absolute  # lazy: dateparser is slow to import

    day = parse_absolute(text)
    if day:
        return day, None
    return None, f"unreadable publication date {text!r} (expected YYYY-MM-DD)"


# --------------------------------------------------------------------------- internals


class Defaults:
    """CLI-level defaults plus errors that concern every document (e.g. a bad --published)."""

    def __init__(self, published: str | None, outlet: str | None) -> None:
        self.published = published
        self.outlet = outlet
        self.errors: list[str] = []


def _stem(path: Path) -> str:
    name = path.name
    for suffix in sorted(SUPPORTED_SUFFIXES, key=len, reverse=True):
        if name.lower().endswith(suffix):
            return name[: -len(suffix)] or name
    return path.stem or name


def _walk(root: Path) -> Iterator[tuple[Path, str]]:
    """Supported files under ``root``, recursively, in sorted path order, hidden entries skipped.

    One directory listing is held at a time; file contents are read only when the
    consumer asks for the next article.
    """

    def visit(d: Path) -> Iterator[Path]:
        try:
            entries = sorted(os.scandir(d), key=lambda e: e.name)
        except OSError:
            return
        for e in entries:
            if e.name.startswith("."):
                continue
            if e.is_dir():
                yield from visit(Path(e.path))
            elif e.name.lower().endswith(SUPPORTED_SUFFIXES):
                yield Path(e.path)

    for file in visit(root):
        rel = file.relative_to(root)
        yield file, "/".join([*rel.parts[:-1], _stem(rel)])


def _error_article(art_id: str, source: str | None, defaults: Defaults, *errors: str) -> Article:
    return Article(id=art_id, text="", published=defaults.published, outlet=defaults.outlet,
                   source_path=source, errors=[*defaults.errors, *errors])


def read_file(path: Path, defaults: Defaults | None = None, id_hint: str | None = None) -> Iterator[Article]:
    """Yield the article(s) of one file; a bad file yields one Article carrying the error."""
    defaults = defaults or Defaults(None, None)
    art_id = id_hint or _stem(path)
    source = str(path)
    name = path.name.lower()
    try:
        if name.endswith((".jsonl", ".jsonl.gz", ".ndjson")):
            yield from _read_jsonl(path, art_id, defaults)
            return
        size = path.stat().st_size
        limit = max_chars()
        # bytes worth reading: a text over 4 bytes a character is surely too long; a web page
        # carries markup and scripts around its text; a .json list holds many articles
        if name.endswith(".json"):
            cap = None
        elif name.endswith((".html", ".htm", ".xhtml")):
            cap = max(4 * limit + 4, MAX_HTML_BYTES)
        else:
            cap = 4 * limit + 4
        if cap is not None and not name.endswith(".gz") and size > cap:
            yield _error_article(art_id, source, defaults, _too_long(f"{size:,} bytes", limit))
            return
        with _open_binary(path) as fh:
            raw = fh.read() if cap is None else fh.read(cap + 1)
    except OSError as exc:
        yield _error_article(art_id, source, defaults, f"rejected: cannot read {path}: {exc.strerror or exc}")
        return
    if name.endswith(".json"):
        yield from _read_json(raw, path, art_id, defaults)
        return
    text, errors = decode(raw)
    if text is None:
        yield _error_article(art_id, source, defaults, *errors)
        return
    if name.endswith((".html", ".htm", ".xhtml")) or (not name.endswith((".txt", ".txt.gz"))
                                                       and _looks_like_html(text)):
        yield _from_html(text, art_id, source, defaults, errors)
        return
    yield _make(art_id, text, source, defaults, errors)


def _open_binary(path: Path) -> BinaryIO:
    return gzip.open(path, "rb") if path.name.lower().endswith(".gz") else path.open("rb")  # type: ignore[return-value]


def _too_long(size: str, limit: int) -> str:
    return (f"rejected: too long ({size}; the limit is {limit:,} characters, spaCy's maximum; "
            f"raise it with DRAGOMAN_MAX_CHARS or split the document)")


def decode(raw: bytes) -> tuple[str | None, list[str]]:
    """Bytes to text, or ``(None, [error])`` when the bytes are not text at all.

    UTF-8 (with or without BOM) and BOM-marked UTF-16 are read as such. Invalid
    UTF-8 is salvaged with U+FFFD replacement characters and reported with the
    offset of the first bad byte, so the analyst can find and fix the source; if
    more than 5% of the text is replacement characters it is rejected (it is
    probably another encoding or binary and the NLP would be garbage).
    """
    if not raw:
        return None, ["rejected: empty file"]
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16"), []
        except UnicodeDecodeError as exc:
            return None, [f"rejected: invalid UTF-16 at byte {exc.start}"]
    kind = sniff_binary(raw[:_SNIFF_BYTES])
    if kind:
        return None, [f"rejected: binary file ({kind}), not text"]
    try:
        return raw.decode("utf-8-sig"), []
    except UnicodeDecodeError as exc:
        text = raw.decode("utf-8-sig", errors="replace")
        bad = text.count("\ufffd")
        msg = (f"invalid UTF-8 at byte {exc.start} ({bad:,} undecodable byte sequence(s) "
               f"replaced with U+FFFD)")
        if bad > 0.05 * max(len(text), 1):
            return text, [f"rejected: {msg}; too much of it to extract from"]
        return text, [msg]


def sniff_binary(head: bytes) -> str | None:
    """Name the binary format of a file head, or None if it looks like text."""
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return kind
    if b"\x00" in head:
        return f"{head.count(0):,} NUL bytes in the first {len(head):,}"
    if head:
        control = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
        if control > 0.1 * len(head):
            return f"{control:,} control bytes in the first {len(head):,}"
    return None


def _looks_like_html(text: str) -> bool:
    head = text[:1024].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or "<body" in head


def _make(art_id: str, text: str, source: str | None, defaults: Defaults, errors: list[str],
          title: str | None = None, published: str | None = None, outlet: str | None = None,
          url: str | None = None) -> Article:
    return Article(id=art_id, text=text, title=title or None, published=published or defaults.published,
                   outlet=outlet or defaults.outlet, url=url or None, source_path=source,
                   errors=[*defaults.errors, *errors])


def _from_html(html: str, art_id: str, source: str | None, defaults: Defaults,
               errors: list[str]) -> Article:
    """Main text and metadata of a web page via trafilatura (boilerplate, menus and ads dropped)."""
    import trafilatura

    try:
        result = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                             include_tables=False, favor_precision=True)
        doc = result.as_dict() if hasattr(result, "as_dict") else result
    except Exception as exc:  # trafilatura can choke on pathological markup
        return _error_article(art_id, source, defaults, *errors,
                              f"rejected: HTML could not be parsed: {type(exc).__name__}: {exc}")
    main = (doc or {}).get("text") or ""
    if len(main.strip()) < MIN_HTML_TEXT:  # a navigation label is not an article
        found = f" (only {main.strip()[:40]!r})" if main.strip() else ""
        return _error_article(art_id, source, defaults, *errors,
                              f"rejected: no main text found in the HTML page{found}")
    pub, pub_err = normalise_published(doc.get("date"))
    errs = [*errors, *([f"page date ignored: {pub_err}"] if pub_err else [])]
    outlet = doc.get("sitename") or None
    text = main
    title = (doc.get("title") or "").strip()
    first, _, rest = text.lstrip().partition("\n")
    if title and rest.strip() and " ".join(first.split()).casefold() == " ".join(title.split()).casefold():
        text = rest  # trafilatura repeats the <h1> headline as the first line of the body
    return _make(art_id, text, source, defaults, errs, title=doc.get("title"),
                 published=pub, outlet=outlet, url=doc.get("url"))


def article_from_record(obj: Any, art_id: str, source: str | None,
                        defaults: Defaults | None = None, where: str = "") -> Article:
    """One JSON object (a JSONL line or a .json element) to an Article; bad records get an error."""
    defaults = defaults or Defaults(None, None)
    if not isinstance(obj, dict):
        return _error_article(art_id, source, defaults,
                              f"rejected: {where}expected a JSON object, got {type(obj).__name__}")
    rec_id = obj.get("id")
    if rec_id is not None and str(rec_id).strip():
        art_id = str(rec_id)
    text = next((obj[k] for k in TEXT_FIELDS if isinstance(obj.get(k), str)), None)
    if text is None:
        return _error_article(art_id, source, defaults,
                              f"rejected: {where}no text field (expected one of {', '.join(TEXT_FIELDS)})")
    errors: list[str] = []
    pub, pub_err = normalise_published(obj.get("published") or obj.get("date"))
    if pub_err:
        errors.append(f"{where}{pub_err}")
    if len(text) > max_chars():
        return _error_article(art_id, source, defaults, _too_long(f"{len(text):,} characters", max_chars()))
    title = obj.get("title")
    return _make(art_id, text, source, defaults, errors,
                 title=str(title) if title is not None else None, published=pub,
                 outlet=_str_or_none(obj.get("outlet") or obj.get("source")),
                 url=_str_or_none(obj.get("url")))


def _str_or_none(v: Any) -> str | None:
    return str(v) if v not in (None, "") else None


def parse_jsonl_line(line: str, art_id: str, source: str | None, defaults: Defaults | None = None,
                     lineno: int | None = None) -> Article:
    """One line of JSON Lines to an Article; malformed JSON becomes an error naming the line."""
    where = f"line {lineno}: " if lineno is not None else ""
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        return _error_article(art_id, source, defaults or Defaults(None, None),
                              f"rejected: {where}malformed JSON: {exc.msg} at column {exc.colno}")
    return article_from_record(obj, art_id, source, defaults, where)


def _read_jsonl(path: Path, stem: str, defaults: Defaults) -> Iterator[Article]:
    """Stream a JSON Lines file line by line (never loaded whole); blank lines are skipped."""
    source = str(path)
    n = 0
    with _open_binary(path) as fh:
        for lineno, raw in enumerate(fh, start=1):
            if not raw.strip():
                continue
            n += 1
            art_id = f"{stem}-{lineno}"
            text, errors = decode(raw)
            if text is None:
                yield _error_article(art_id, source, defaults, *[f"line {lineno}: {e}" for e in errors])
                continue
            art = parse_jsonl_line(text, art_id, source, defaults, lineno)
            art.errors.extend(f"line {lineno}: {e}" for e in errors)
            yield art
    if n == 0:
        yield _error_article(stem, source, defaults, "rejected: empty file (no JSON lines)")


def _read_json(raw: bytes, path: Path, stem: str, defaults: Defaults) -> Iterator[Article]:
    """A .json file holds one article object or a list of them."""
    source = str(path)
    text, errors = decode(raw)
    if text is None:
        yield _error_article(stem, source, defaults, *errors)
        return
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        yield _error_article(stem, source, defaults,
                             f"rejected: malformed JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}")
        return
    if isinstance(data, list):
        if not data:
            yield _error_article(stem, source, defaults, "rejected: empty JSON list")
        for i, obj in enumerate(data):
            art = article_from_record(obj, f"{stem}-{i}", source, defaults, f"item {i}: ")
            art.errors.extend(errors)
            yield art
    else:
        art = article_from_record(data, stem, source, defaults)
        art.errors.extend(errors)
        yield art


def _read_stdin(stream: TextIO, defaults: Defaults) -> Iterator[Article]:
    """Standard input: JSON Lines (streamed) if the first non-empty line is an article object, else one text."""
    binary: BinaryIO | None = getattr(stream, "buffer", None)
    lines = _stdin_lines(binary, stream)
    first: str | None = None
    first_no = 0
    head: list[str] = []
    for lineno, line in lines:
        head.append(line)
        if line.strip():
            first, first_no = line, lineno
            break
    if first is not None and _is_article_line(first):
        yield _stdin_record(first, first_no, binary is not None, defaults)
        for lineno, line in lines:
            if line.strip():
                yield _stdin_record(line, lineno, binary is not None, defaults)
        return
    rest = "".join(line for _, line in lines)
    text = "".join(head) + rest
    errors: list[str] = []
    if binary is not None:
        text, errors = decode(text.encode("utf-8", "surrogateescape"))
        if text is None:
            yield _error_article("stdin", "-", defaults, *errors)
            return
    if not text.strip():
        yield _error_article("stdin", "-", defaults, "rejected: empty input on stdin")
        return
    if len(text) > max_chars():
        yield _error_article("stdin", "-", defaults, _too_long(f"{len(text):,} characters", max_chars()))
        return
    yield _make("stdin", text, "-", defaults, errors)


def _stdin_record(line: str, lineno: int, from_bytes: bool, defaults: Defaults) -> Article:
    art_id = f"stdin-{lineno}"
    errors: list[str] = []
    if from_bytes:
        text, errors = decode(line.encode("utf-8", "surrogateescape"))
        if text is None:
            return _error_article(art_id, "-", defaults, *[f"line {lineno}: {e}" for e in errors])
        line = text
    art = parse_jsonl_line(line, art_id, "-", defaults, lineno)
    art.errors.extend(f"line {lineno}: {e}" for e in errors)
    return art


def _stdin_lines(binary: BinaryIO | None, stream: TextIO) -> Iterator[tuple[int, str]]:
    """Lines of stdin; bytes are kept losslessly (surrogateescape) so decode() can judge them."""
    if binary is not None:
        wrapper = io.TextIOWrapper(binary, encoding="utf-8", errors="surrogateescape", newline="")
        yield from enumerate(wrapper, start=1)
    else:
        yield from enumerate(stream, start=1)


def _is_article_line(line: str) -> bool:
    try:
        obj = json.loads(line)
    except ValueError:
        return False
    return isinstance(obj, dict) and any(isinstance(obj.get(k), str) for k in TEXT_FIELDS)
