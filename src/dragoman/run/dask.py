"""The pipeline on Dask: a laptop's cores or a cluster, same stages, same records.

The corpus is cut into *work units* before anything is read: a byte range of a
JSON Lines file (cut at line boundaries, so the first line number of each range
is known and article ids are the same ``stem-LINE`` ids ``dragoman extract``
gives), or a handful of .txt/.html/.json files. A dask.bag maps every unit to a
function that reads it lazily, runs ``extract_articles`` (spaCy is loaded once
per worker process and reused by every unit it runs) and writes its own part
file ``part-00042.jsonl``. Parts are written to a temporary name and renamed when
complete, so a part file is never half-written, and ``resume=True`` skips units
whose part already exists: a killed run picks up where it stopped.

On a cluster ``out_dir`` and the inputs must be on a filesystem every worker
sees (NFS, a mounted bucket); the worker environment needs dragoman and the
spaCy model installed, as on the laptop.
"""

from __future__ import annotations

import glob
import json
import math
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dragoman.ingest import SUPPORTED_SUFFIXES, Defaults, decode, parse_jsonl_line, read_file
from dragoman.model import Article

#: Environment a worker needs to extract exactly as the client would (user knowledge, model).
_ENV_KEYS = ("DRAGOMAN_ACTORS", "DRAGOMAN_DATA", "DRAGOMAN_MODEL", "DRAGOMAN_MAX_CHARS",
             "DRAGOMAN_MIN_EN_SHARE", "DRAGOMAN_CLEAN_PATTERNS")
_LOCAL_SCHEDULERS = ("processes", "threads", "synchronous", "sync", "single-threaded")


class DaskSetupError(RuntimeError):
    """The Dask job cannot start: a bad scheduler name or address, or no distributed package."""


@dataclass(frozen=True)
class Unit:
    """One task: a byte range of a JSONL file, or a group of single-article files."""

    index: int
    kind: str  # "jsonl" | "files"
    path: str = ""
    start: int = 0
    end: int = 0
    first_line: int = 1
    stem: str = ""  # JSONL: the id prefix (file stem, or path relative to the input directory)
    files: tuple[tuple[str, str | None], ...] = ()  # (path, id hint)


@dataclass
class DaskReport:
    """What the job did: totals over all parts, and the part files written."""

    parts: list[str] = field(default_factory=list)
    articles: int = 0
    events: int = 0
    with_errors: int = 0
    rejected: int = 0
    resumed: int = 0


def extract_dask(paths_or_glob: str | Sequence[str], out_dir: str | os.PathLike[str],
                 partitions: int | None = None, scheduler: str = "processes",
                 blocksize: int | str = "8MiB", num_workers: int | None = None,
                 published: str | None = None, outlet: str | None = None,
                 resume: bool = False) -> DaskReport:
    """Extract every article under ``paths_or_glob`` into JSONL parts in ``out_dir``.

    ``partitions`` sets how many units the non-JSONL files are grouped into
    (default: four per worker, so stragglers even out); JSON Lines are cut every
    ``blocksize`` bytes. ``scheduler`` is a local Dask scheduler name or the
    address of a dask.distributed scheduler.
    """
    import dask
    import dask.bag as db
    from dask.utils import parse_bytes

    inputs = [paths_or_glob] if isinstance(paths_or_glob, str) else list(paths_or_glob)
    files = list(expand_inputs(inputs))
    if not files:
        raise FileNotFoundError("no input files found in " + ", ".join(map(str, inputs)))
    workers = num_workers or os.cpu_count() or 1
    units = plan_units(files, partitions or 4 * workers, parse_bytes(blocksize) if isinstance(blocksize, str)
                       else int(blocksize))
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    env = {k: os.environ[k] for k in _ENV_KEYS if k in os.environ}
    settings = {"published": published, "outlet": outlet, "out_dir": str(out.resolve()), "env": env,
                "resume": resume}
    bag = db.from_sequence(units, npartitions=len(units)).map(run_unit, settings)
    client = None
    if scheduler in _LOCAL_SCHEDULERS:
        name = "synchronous" if scheduler in ("sync", "single-threaded") else scheduler
        with dask.config.set(scheduler=name, num_workers=workers):
            stats = bag.compute()
    else:
        client = _client(scheduler)
        try:
            stats = client.compute(bag).result()
        finally:
            client.close()
    report = DaskReport()
    for s in sorted(stats, key=lambda s: s["part"]):
        report.parts.append(s["part"])
        report.articles += s["articles"]
        report.events += s["events"]
        report.with_errors += s["with_errors"]
        report.rejected += s["rejected"]
        report.resumed += int(s.get("resumed", False))
    return report


def _client(address: str) -> Any:
    if "://" not in address and ":" not in address:
        raise DaskSetupError(f"unknown scheduler {address!r}: use one of processes, threads, synchronous, "
                             f"or a dask.distributed address such as tcp://10.0.0.5:8786")
    try:
        from distributed import Client
    except ImportError:
        raise DaskSetupError(
            f"scheduler address {address!r} needs dask.distributed, which is not installed; "
            f"install the 'distributed' package matching dask {__import__('dask').__version__} "
            f"on the client and every worker, or use --scheduler processes") from None
    try:
        return Client(address, timeout="30s")
    except OSError as exc:
        raise DaskSetupError(f"cannot reach the Dask scheduler at {address}: {exc}") from None


def expand_inputs(inputs: Sequence[str]) -> Iterator[tuple[str, str | None]]:
    """(path, id hint) for every input file: globs expanded, directories walked, sorted."""
    from dragoman.ingest import _walk

    for raw in inputs:
        raw = str(raw)
        if any(c in raw for c in "*?["):
            matches = sorted(glob.glob(raw, recursive=True))
            if not matches:
                raise FileNotFoundError(f"no files match {raw}")
            for m in matches:
                if os.path.isfile(m):
                    yield m, None
            continue
        p = Path(raw)
        if p.is_dir():
            for f, rel in _walk(p):
                yield str(f), rel
        elif p.is_file():
            yield str(p), None
        else:
            raise FileNotFoundError(f"no such file or directory: {raw}")


def _is_jsonl(path: str) -> bool:
    return path.lower().endswith((".jsonl", ".ndjson"))


def plan_units(files: list[tuple[str, str | None]], partitions: int, blocksize: int) -> list[Unit]:
    """Cut the inputs into units: JSONL files by byte range at line boundaries, other files in groups.

    Finding line boundaries reads each JSONL file once in the client (about a
    second per GB); NLP costs thousands of times more, and it buys ids that do
    not depend on how the job was partitioned.
    """
    units: list[Unit] = []
    singles: list[tuple[str, str | None]] = []
    for path, hint in files:
        if _is_jsonl(path) and os.path.getsize(path) > 0:
            for start, end, first_line in _line_ranges(path, blocksize):
                units.append(Unit(len(units), "jsonl", path=path, start=start, end=end, first_line=first_line,
                                  stem=hint or _stem(path)))
        else:
            singles.append((path, hint))
    if singles:
        per = max(1, math.ceil(len(singles) / max(1, partitions)))
        for i in range(0, len(singles), per):
            units.append(Unit(len(units), "files", files=tuple(singles[i:i + per])))
    return units


def _line_ranges(path: str, blocksize: int) -> Iterator[tuple[int, int, int]]:
    start, line, pos, first = 0, 1, 0, 1
    with open(path, "rb") as fh:
        for raw in fh:
            pos += len(raw)
            line += 1
            if pos - start >= blocksize:
                yield start, pos, first
                start, first = pos, line
    if pos > start:
        yield start, pos, first


def _stem(path: str) -> str:
    name = os.path.basename(path)
    for suffix in sorted(SUPPORTED_SUFFIXES, key=len, reverse=True):
        if name.lower().endswith(suffix):
            return name[: -len(suffix)] or name
    return os.path.splitext(name)[0] or name


def unit_articles(unit: Unit, defaults: Defaults) -> Iterator[Article]:
    """Read one unit lazily."""
    if unit.kind == "files":
        for path, hint in unit.files:
            yield from read_file(Path(path), defaults, id_hint=hint)
        return
    stem = unit.stem or _stem(unit.path)
    with open(unit.path, "rb") as fh:
        fh.seek(unit.start)
        lineno, pos = unit.first_line, unit.start
        while pos < unit.end:
            raw = fh.readline()
            if not raw:
                break
            pos += len(raw)
            if raw.strip():
                art_id = f"{stem}-{lineno}"
                text, errors = decode(raw)
                if text is None:
                    yield Article(id=art_id, text="", published=defaults.published, outlet=defaults.outlet,
                                  source_path=unit.path, errors=[f"line {lineno}: {e}" for e in errors])
                else:
                    art = parse_jsonl_line(text, art_id, unit.path, defaults, lineno)
                    art.errors.extend(f"line {lineno}: {e}" for e in errors)
                    yield art
            lineno += 1


def run_unit(unit: Unit, settings: dict[str, Any]) -> dict[str, Any]:
    """On a worker: extract one unit into its part file and return its totals."""
    for k, v in settings["env"].items():
        os.environ[k] = v
    from dragoman.ingest import normalise_published
    from dragoman.pipeline import extract_articles
    from dragoman.run.local import in_order

    part = Path(settings["out_dir"]) / f"part-{unit.index:05d}.jsonl"
    stats: dict[str, Any] = {"part": str(part), "articles": 0, "events": 0, "with_errors": 0, "rejected": 0}
    if settings.get("resume") and part.exists():
        return {**_count(part), "part": str(part), "resumed": True}
    pub, _ = normalise_published(settings.get("published"))
    defaults = Defaults(pub, settings.get("outlet"))
    tmp = part.with_name(part.name + f".tmp-{os.getpid()}")
    with tmp.open("w", encoding="utf-8") as fh:
        for rec in in_order(unit_articles(unit, defaults), extract_articles):
            fh.write(json.dumps(rec.to_dict(), ensure_ascii=False) + "\n")
            stats["articles"] += 1
            stats["events"] += len(rec.events)
            stats["with_errors"] += bool(rec.errors)
            stats["rejected"] += any(e.startswith("rejected: ") for e in rec.errors)
    os.replace(tmp, part)
    return stats


def _count(part: Path) -> dict[str, Any]:
    stats = {"articles": 0, "events": 0, "with_errors": 0, "rejected": 0}
    with part.open(encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            stats["articles"] += 1
            stats["events"] += len(d.get("events", []))
            stats["with_errors"] += bool(d.get("errors"))
            stats["rejected"] += any(e.startswith("rejected: ") for e in d.get("errors", []))
    return stats
