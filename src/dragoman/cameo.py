"""The CAMEO <-> PLOVER-2021 mapping, loaded from ``data/cameo_plover.csv``.

Why a data file: the mapping is knowledge an analyst may want to argue with
(PLOVER files CAMEO 163 "impose sanctions" under COERCE, 057 "sign formal
agreement" under SUPPORT), so it lives in a CSV that can be read, diffed and
overridden, not in Python. Source and licence: ``data/CAMEO_PLOVER.md``.

Two directions:

* :func:`cameo_to_plover` turns a CAMEO code (from PETRARCH-style gold, GDELT or
  a pattern) into a PLOVER ``(type, mode)``; CAMEO 01/02 give ``None`` because
  PLOVER 2021 dropped them.
* :func:`plover_to_cameo` gives the CAMEO code an event should carry when a
  pattern only knows its PLOVER type (and maybe mode), so every event has a
  CAMEO code where the mapping gives one.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from dragoman.model import PLOVER_TYPES

__all__ = ["CameoRow", "cameo_label", "cameo_root", "cameo_rows", "cameo_to_plover", "plover_to_cameo"]


@dataclass(frozen=True)
class CameoRow:
    """One CAMEO code and where PLOVER 2021 puts it."""

    cameo: str
    label: str
    plover_type: str | None  # None when PLOVER dropped the code
    mode: str | None
    context: tuple[str, ...]
    dropped: bool
    default_for_type: bool  # the code plover_to_cameo(type) returns
    default_for_mode: bool  # the code plover_to_cameo(type, mode) returns
    note: str


def _default_path() -> Path:
    return Path(str(resources.files("dragoman") / "data" / "cameo_plover.csv"))


@lru_cache(maxsize=8)
def cameo_rows(path: str | None = None) -> dict[str, CameoRow]:
    """All rows of the mapping keyed by CAMEO code (cached; ``path`` lets a user swap the table)."""
    rows: dict[str, CameoRow] = {}
    p = Path(path) if path else _default_path()
    with p.open(encoding="utf-8", newline="") as fh:
        for i, rec in enumerate(csv.DictReader(fh), start=2):
            code = (rec.get("cameo") or "").strip()
            if not code.isdigit() or not 2 <= len(code) <= 4:
                raise ValueError(f"{p}:{i}: bad CAMEO code {code!r}")
            status = (rec.get("status") or "").strip()
            ptype = (rec.get("plover_type") or "").strip() or None
            if status not in ("mapped", "dropped"):
                raise ValueError(f"{p}:{i}: status must be mapped or dropped, not {status!r}")
            if status == "mapped" and ptype not in PLOVER_TYPES:
                raise ValueError(f"{p}:{i}: {ptype!r} is not a PLOVER 2021 type")
            defaults = set((rec.get("default") or "").split())
            context = tuple(c.strip() for c in (rec.get("plover_context") or "").split(";") if c.strip())
            if code in rows:
                raise ValueError(f"{p}:{i}: CAMEO code {code} listed twice")
            rows[code] = CameoRow(
                cameo=code, label=(rec.get("cameo_label") or "").strip(),
                plover_type=ptype if status == "mapped" else None,
                mode=(rec.get("plover_mode") or "").strip() or None,
                context=context, dropped=status == "dropped",
                default_for_type="type" in defaults, default_for_mode="mode" in defaults,
                note=(rec.get("note") or "").strip())
    return rows


def _lookup(code: str) -> CameoRow | None:
    """Exact code, else its 3-digit parent, else its 2-digit root (PLOVER's own fallback)."""
    code = code.strip()
    if not code.isdigit() or len(code) < 2:
        return None  # "174K", "" and quoted test codes are not CAMEO
    rows = cameo_rows()
    for candidate in (code, code[:3], code[:2]):
        if candidate in rows:
            return rows[candidate]
    return None


def cameo_to_plover(code: str | None) -> tuple[str, str | None] | None:
    """PLOVER ``(type, mode)`` for a CAMEO code; ``None`` if dropped (01/02) or not CAMEO."""
    if not code:
        return None
    row = _lookup(code)
    if row is None or row.dropped or row.plover_type is None:
        return None
    return row.plover_type, row.mode


def cameo_label(code: str | None) -> str | None:
    """The CAMEO codebook label of a code (exact, 3-digit or root), for display."""
    row = _lookup(code) if code else None
    return row.label if row else None


def cameo_root(code: str | None) -> str | None:
    """The two-digit CAMEO root ("0841" -> "08"), the unit PETRARCH gold is scored on."""
    if not code:
        return None
    code = code.strip()
    return code[:2] if len(code) >= 2 and code[:2].isdigit() else None


@lru_cache(maxsize=256)
def plover_to_cameo(ptype: str, mode: str | None = None) -> str | None:
    """The default CAMEO code for a PLOVER type (and mode): CONSULT -> 040, CONSULT+visit -> 042.

    A row flagged ``mode`` in the CSV wins for its (type, mode); otherwise the
    shortest, lowest code with that type and mode. Unknown modes fall back to
    the type's default, so a new mode in a pattern file never loses the CAMEO
    code. Returns ``None`` only for a string that is not a PLOVER type.
    """
    ptype = ptype.strip().upper()
    rows = [r for r in cameo_rows().values() if r.plover_type == ptype and len(r.cameo) >= 3]
    if not rows:
        return None

    def best(cands: list[CameoRow], flag: str) -> str | None:
        if not cands:
            return None
        flagged = [r for r in cands if getattr(r, flag)]
        pool = flagged or cands
        return min(pool, key=lambda r: (len(r.cameo), r.cameo)).cameo

    if mode:
        hit = best([r for r in rows if r.mode == mode.strip().lower()], "default_for_mode")
        if hit:
            return hit
    flagged = [r for r in rows if r.default_for_type]
    if flagged:
        return min(flagged, key=lambda r: (len(r.cameo), r.cameo)).cameo
    return best([r for r in rows if r.mode is None], "default_for_type") or best(rows, "default_for_type")
