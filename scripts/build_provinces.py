"""Rebuild data/places/provinces.csv: the first-level subdivisions of every state (ISO 3166-2,
from pycountry, already a dependency), so "troops sent to the Tachira border area" or "shelling
in Zulia" find their state without a hand-written row.

Why generated and versioned, not looked up at run time: a coding run must be reproducible from
the data files, and users read and extend the table like any other. The hand-written
``regions.csv`` sorts after this file and so wins where both name a place.

A name is left out where it would mislead: a name the actor dictionary already gives a meaning
(a country, a capital, a demonym), a name made only of words of direction or kind ("North",
"Central", "Coast") or naming water ("Red Sea"), a name of a city in ``cities.csv`` or of a region in
``regions.csv``, and a name that subdivisions of two states share ("Punjab", "Amazonas").

    .venv/bin/python scripts/build_provinces.py
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections import defaultdict
from pathlib import Path

import pycountry

from dragoman.registry import build_registry

PLACES = Path(__file__).resolve().parents[1] / "src" / "dragoman" / "data" / "places"
OUT = PLACES / "provinces.csv"
_NAME = re.compile(r"^[A-Z][A-Za-z' .-]{2,}$")
_ISO2_TO_3 = {"XK": "XKX"}
#: words that make a name a description, not a place, when nothing else is in it: "the North" is
#: North Korea or the north of the country in a news story, not Cameroon's North Region
_GENERIC = frozenset({
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
    "centre", "center", "north-east", "north-west", "south-east", "south-west", "northeast",
    "northwest", "southeast", "southwest", "far", "upper", "lower", "middle", "inner", "outer",
    "coast", "coastal", "capital", "islands", "island", "lakes", "lake", "river", "rivers",
    "mountains", "highlands", "littoral", "sud", "nord", "est", "ouest", "centro", "norte", "sur",
    "oriental", "occidental", "great", "new", "region", "province", "district", "state",
    "territory", "city", "unity", "maritime", "store", "pool", "bay", "bar", "cascade", "cascades",
    "midlands", "collines", "mono", "mon", "lac", "lacs", "isla", "valle", "volta", "grad", "meta",
    "tak", "ghat", "luce", "mara", "marsa", "sila", "leste", "centrale", "savanne", "lagunes",
    "montagnes", "estuaire", "plateau", "plateaux", "gulf", "black", "point", "cat", "long", "hope",
    "town", "spanish", "wells", "grand", "port", "free", "saint", "catherine", "lawrence", "isabel",
    "ascension", "cordillera", "concepcion", "concepción", "pembroke", "plaisance", "ewa", "rum",
    "cay", "wake", "line", "redonda", "nevis"})
#: words of water: "the Red Sea" is a sea to news copy, not Sudan's Red Sea State
_WATER = frozenset({"sea", "ocean", "gulf", "strait", "bay", "lake", "lakes", "river", "channel", "lagoon"})


def _ascii(name: str) -> str:
    """'Táchira' -> 'Tachira': news copy drops the accents."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def _names(sub: object) -> set[str]:
    name = re.sub(r"\s*\(.*?\)\s*", " ", str(getattr(sub, "name", ""))).strip()
    out = {n for part in name.split(" / ") if _NAME.match(n := _ascii(part.strip()))}
    if name[:1].isupper() and " / " not in name:
        out.add(name)  # the accented form too: "Táchira" as well as "Tachira"
    return out


def main() -> None:
    reg = build_registry()
    known = {k.lower() for k in reg.surface}
    taken: set[str] = set()
    for f in ("cities.csv", "regions.csv"):
        with (PLACES / f).open(encoding="utf-8") as fh:
            taken |= {row["name"] for row in csv.DictReader(fh)}
    states: dict[str, set[str]] = defaultdict(set)
    for sub in pycountry.subdivisions:
        if getattr(sub, "parent_code", None):
            continue  # first-level units only: provinces, states, regions, governorates
        cc = sub.country_code
        country = pycountry.countries.get(alpha_2=cc)
        iso3 = _ISO2_TO_3.get(cc) or (country.alpha_3 if country else None)
        if not iso3:
            continue
        for n in _names(sub):
            states[n].add(iso3)
    rows = sorted((n, next(iter(cs))) for n, cs in states.items()
                  if len(cs) == 1 and n not in taken and n.lower() not in known
                  and not set(n.lower().replace("-", " ").split()) <= _GENERIC
                  and not set(n.lower().split()) & _WATER)
    with OUT.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["name", "country", "population", "city"])
        for n, iso3 in rows:
            w.writerow([n, iso3, "", ""])
    print(f"{len(rows)} names -> {OUT}")


if __name__ == "__main__":
    main()
