"""The shipped actor dictionary (src/dragoman/data/actors/*.yaml) is data analysts rely on.

These tests check what a user relies on when dragoman turns "Tehran said" into Iran or "Tasnim" into
an Iranian news agency: ids are unique and well formed, every country code is real, all 193 UN members
are there with demonyms and capitals, no surface form silently names two different actors, every
person has a country (or an international affiliation) and a role, and the facts the benchmark gold
depends on hold. They read the YAML directly with PyYAML, so they do not depend on the loader.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from pathlib import Path
from typing import Any

import pycountry
import pytest
import yaml

import dragoman

ACTORS_DIR = Path(dragoman.__file__).parent / "data" / "actors"
FILES = ("countries.yaml", "organizations.yaml", "media.yaml", "persons.yaml", "former_officials.yaml")
GOLD = Path(__file__).resolve().parents[1] / ".." / "shared" / "benchmarks" / "seeds_gold.json"

KINDS = {"person", "country", "organization", "media", "group"}
#: The kinds each file may hold, so an entry filed in the wrong place is caught.
FILE_KINDS = {
    "countries.yaml": {"country"},
    "organizations.yaml": {"organization", "group"},
    "media.yaml": {"media"},
    "persons.yaml": {"person"},
    "former_officials.yaml": {"person"},
}
LIST_KEYS = {"aliases", "demonyms", "capitals", "seats", "roles"}
SCALAR_KEYS = {"id", "name", "kind", "country", "role_of", "affiliation", "cameo_code"}
#: Country codes outside ISO 3166-1 that the contract allows.
EXTRA_CODES = {"EUR", "XKX"}

#: The 193 member states of the United Nations (ISO 3166-1 alpha-3).
_UN_CODES = """
AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH BWA BRA BRN
BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG COD CRI CIV HRV CUB CYP CZE PRK DNK DJI DMA
DOM ECU EGY SLV GNQ ERI EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB GUY HTI HND
HUN ISL IND IDN IRN IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KIR KWT KGZ LAO LVA LBN LSO LBR LBY LIE LTU
LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX FSM MCO MNG MNE MAR MOZ MMR NAM NRU NPL NLD NZL NIC NER
NGA MKD NOR OMN PAK PLW PAN PNG PRY PER PHL POL PRT QAT KOR MDA ROU RUS RWA KNA LCA VCT WSM SMR STP
SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM ZAF SSD ESP LKA SDN SUR SWE CHE SYR TJK THA TLS TGO TON TTO
TUN TUR TKM TUV UGA UKR ARE GBR TZA USA URY UZB VUT VEN VNM YEM ZMB ZWE
"""
UN_MEMBERS = frozenset(_UN_CODES.split())

#: Surface forms deliberately claimed by more than one entry (documented in README.md): English has one
#: demonym for both Congos and for Dominica and the Dominican Republic. The entry listed first in
#: countries.yaml (the one news means nearly always) wins in the loader.
SHARED_FORMS: dict[str, set[str]] = {
    "Congolese": {"COD", "COG"},
    "Dominican": {"DOM", "DMA"},
    "Dominicans": {"DOM", "DMA"},
    "Brussels": {"BEL", "eu"},  # Belgium's capital; the EU's seat where the article names the EU
}
#: Surface forms written without any capital letter on purpose (the agency styles itself so).
LOWERCASE_OK = {"dpa", "world body"}  # ("the world body": the wires' own name for the UN)


def _load(name: str) -> list[dict[str, Any]]:
    with (ACTORS_DIR / name).open(encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    assert isinstance(data, list), f"{name}: must be a YAML list of entries"
    return data


@pytest.fixture(scope="module")
def by_file() -> dict[str, list[dict[str, Any]]]:
    return {name: _load(name) for name in FILES}


@pytest.fixture(scope="module")
def entries(by_file: dict[str, list[dict[str, Any]]]) -> list[dict[str, Any]]:
    return [e for name in FILES for e in by_file[name]]


@pytest.fixture(scope="module")
def by_id(entries: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {e["id"]: e for e in entries}


def _forms(e: dict[str, Any]) -> list[tuple[str, str]]:
    """Every surface form an entry claims, with the key it comes from."""
    out = [(e["name"], "name")]
    for key in ("aliases", "demonyms", "capitals", "seats"):
        out += [(f, key) for f in e.get(key) or []]
    return out


def _fold(text: str) -> str:
    """Case-, accent- and apostrophe-insensitive key, as a case-insensitive lookup would see a name."""
    t = unicodedata.normalize("NFKD", text)
    t = "".join(c for c in t if not unicodedata.combining(c))
    t = t.replace("’", "'").replace("‘", "'").replace("-", " ").lower()
    return re.sub(r"\s+", " ", t).strip()


def _surface_index(entries: list[dict[str, Any]], key=lambda s: s) -> dict[str, set[str]]:
    index: dict[str, set[str]] = defaultdict(set)
    for e in entries:
        for form, _how in _forms(e):
            index[key(form)].add(e["id"])
    return index


# --- shape -------------------------------------------------------------------------------------------


def test_every_entry_is_well_formed(by_file: dict[str, list[dict[str, Any]]]) -> None:
    """Types a loader can trust: YAML must not have turned a name into a bool ("NO") or a number."""
    problems = []
    for name, data in by_file.items():
        for e in data:
            where = f"{name}:{e.get('id')!r}"
            if not isinstance(e, dict):
                problems.append(f"{where}: not a mapping")
                continue
            unknown = set(e) - LIST_KEYS - SCALAR_KEYS - {"demonyms"}
            if unknown:
                problems.append(f"{where}: unknown keys {sorted(unknown)}")
            for key in ("id", "name", "kind"):
                if not isinstance(e.get(key), str) or not e[key].strip():
                    problems.append(f"{where}: {key} must be a non-empty string")
            for key in SCALAR_KEYS - {"id", "name", "kind"}:
                if key in e and e[key] is not None and not isinstance(e[key], str):
                    problems.append(f"{where}: {key} must be a string or null, got {e[key]!r}")
            for key in LIST_KEYS:
                if key not in e:
                    continue
                vals = e[key]
                if not isinstance(vals, list) or not all(isinstance(v, str) and v.strip() for v in vals):
                    problems.append(f"{where}: {key} must be a list of non-empty strings, got {vals!r}")
                    continue
                if any(v != v.strip() or "  " in v for v in vals):
                    problems.append(f"{where}: {key} has stray whitespace: {vals!r}")
                if len(set(vals)) != len(vals):
                    problems.append(f"{where}: {key} repeats a value: {vals!r}")
            if e.get("kind") != "country":
                # an EU-level body may carry the adjective ("European sanctions" is the EU's act) and
                # a seat that names it only where the article names it too ("Brussels")
                for key in (("capitals",) if e.get("country") == "EUR" else ("demonyms", "capitals", "seats")):
                    if key in e:
                        problems.append(f"{where}: {key} is only for countries")
            if e.get("kind") != "person" and "roles" in e:
                problems.append(f"{where}: roles are only for persons")
    assert not problems, "\n".join(problems)


def test_ids_are_unique_across_all_files(entries: list[dict[str, Any]]) -> None:
    seen: dict[str, int] = defaultdict(int)
    for e in entries:
        seen[e["id"]] += 1
    assert not [i for i, n in seen.items() if n > 1]


def test_id_format(by_file: dict[str, list[dict[str, Any]]]) -> None:
    """Countries use their ISO code as id (so a country code is also an actor id); others a slug."""
    bad = []
    for name, data in by_file.items():
        for e in data:
            if name == "countries.yaml":
                if not re.fullmatch(r"[A-Z]{3}", e["id"]) or e.get("country") != e["id"]:
                    bad.append(e["id"])
            elif not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", e["id"]):
                bad.append(e["id"])
    assert not bad


def test_kinds_are_valid_and_in_the_right_file(by_file: dict[str, list[dict[str, Any]]]) -> None:
    bad = [(name, e["id"], e["kind"]) for name, data in by_file.items() for e in data
           if e["kind"] not in KINDS or e["kind"] not in FILE_KINDS[name]]
    assert not bad


def test_country_codes_are_real(entries: list[dict[str, Any]]) -> None:
    bad = []
    for e in entries:
        code = e.get("country")
        if code is None or code in EXTRA_CODES:
            continue
        if not isinstance(code, str) or pycountry.countries.get(alpha_3=code) is None:
            bad.append((e["id"], code))
    assert not bad, f"not ISO 3166-1 alpha-3, EUR, XKX or null: {bad}"


def test_every_non_country_has_a_country_key(entries: list[dict[str, Any]]) -> None:
    """null must be a decision ("international"), not a forgotten key."""
    assert not [e["id"] for e in entries if "country" not in e]


# --- countries ---------------------------------------------------------------------------------------


def test_all_un_members_are_present_with_demonyms_and_capitals(by_id: dict[str, dict[str, Any]]) -> None:
    assert len(UN_MEMBERS) == 193
    missing = sorted(UN_MEMBERS - set(by_id))
    assert not missing, f"UN members missing: {missing}"
    thin = [c for c in sorted(UN_MEMBERS)
            if by_id[c]["kind"] != "country" or not by_id[c].get("demonyms") or not by_id[c].get("capitals")]
    assert not thin, f"UN members without demonyms or capitals: {thin}"


def test_non_member_states_are_present(by_id: dict[str, dict[str, Any]]) -> None:
    for code, name in {"PSE": "Palestine", "VAT": "Holy See", "XKX": "Kosovo", "TWN": "Taiwan"}.items():
        assert by_id[code]["name"] == name
        assert by_id[code]["kind"] == "country"


@pytest.mark.parametrize(("code", "key", "form"), [
    ("IRN", "capitals", "Tehran"),
    ("RUS", "capitals", "Moscow"),
    ("RUS", "seats", "Kremlin"),
    ("USA", "seats", "White House"),
    ("USA", "capitals", "Washington"),
    ("GBR", "seats", "Downing Street"),
    ("FRA", "seats", "Élysée"),
    ("CHN", "seats", "Zhongnanhai"),
    ("NLD", "capitals", "The Hague"),
    ("ZAF", "capitals", "Pretoria"),
    ("ISR", "capitals", "Jerusalem"),
    ("TUR", "aliases", "Turkey"),
    ("GBR", "aliases", "Britain"),
    ("USA", "aliases", "U.S."),
    ("MMR", "aliases", "Burma"),
    ("CIV", "aliases", "Ivory Coast"),
    ("COD", "aliases", "DR Congo"),
    ("ARE", "demonyms", "Emirati"),
    ("SAU", "demonyms", "Saudi"),
    ("GBR", "demonyms", "Britons"),
    ("IRN", "demonyms", "Iranians"),
    ("PSE", "demonyms", "Palestinian"),
])
def test_country_facts_news_relies_on(by_id: dict[str, dict[str, Any]], code: str, key: str, form: str) -> None:
    assert form in (by_id[code].get(key) or [])


def test_short_common_names_are_canonical(by_id: dict[str, dict[str, Any]]) -> None:
    """Analysts read "Iran", not pycountry's "Iran, Islamic Republic of"."""
    expected = {"IRN": "Iran", "SYR": "Syria", "RUS": "Russia", "KOR": "South Korea", "PRK": "North Korea",
                "TUR": "Türkiye", "USA": "United States", "GBR": "United Kingdom", "VNM": "Vietnam",
                "BOL": "Bolivia", "VEN": "Venezuela", "TZA": "Tanzania", "LAO": "Laos", "MDA": "Moldova"}
    assert {c: by_id[c]["name"] for c in expected} == expected
    assert not [e["id"] for e in by_id.values() if e["kind"] == "country" and "," in e["name"]]


# --- surface forms -----------------------------------------------------------------------------------


def test_no_surface_form_names_two_actors(entries: list[dict[str, Any]]) -> None:
    """A name, alias, demonym, capital or seat that two entries claim would be resolved by load order,
    silently. Only the documented SHARED_FORMS may do so."""
    index = _surface_index(entries)
    clashes = {form: ids for form, ids in index.items() if len(ids) > 1 and SHARED_FORMS.get(form) != ids}
    assert not clashes, f"claimed by several entries: {clashes}"


def test_no_clash_ignoring_case_and_accents(entries: list[dict[str, Any]]) -> None:
    """A case/accent-insensitive lookup (used for long names) must not merge two actors either,
    e.g. "Türk" (a person) and "Turk" (the demonym)."""
    index = _surface_index(entries, key=_fold)
    shared = {_fold(f): ids for f, ids in SHARED_FORMS.items()}
    clashes = {form: ids for form, ids in index.items() if len(ids) > 1 and shared.get(form) != ids}
    assert not clashes, f"claimed by several entries once case and accents are ignored: {clashes}"


def test_surface_forms_are_capitalised(entries: list[dict[str, Any]]) -> None:
    """Aliases are matched case-sensitively; a lowercase alias ("turkey", "may") would match prose."""
    bad = [(e["id"], form) for e in entries for form, _ in _forms(e)
           if form not in LOWERCASE_OK and not any(c.isupper() or c.isdigit() for c in form)]
    assert not bad


def test_us_names_only_the_united_states(entries: list[dict[str, Any]]) -> None:
    index = _surface_index(entries)
    for form in ("US", "U.S.", "USA", "America", "United States"):
        assert index[form] == {"USA"}, form


# --- organisations, media, persons -------------------------------------------------------------------


@pytest.mark.parametrize(("entry_id", "kind", "country", "alias"), [
    ("tasnim", "media", "IRN", "Tasnim news agency"),
    ("irna", "media", "IRN", None),
    ("tass", "media", "RUS", None),
    ("khabar-online", "media", "IRN", None),
    ("asharq-al-awsat", "media", None, None),
    ("reuters", "media", "GBR", None),
    ("eu", "organization", "EUR", "EU"),
    ("e3", "group", "EUR", "E3"),
    ("un", "organization", None, "UN"),
    ("iaea", "organization", None, "IAEA"),
    ("iran-snsc", "organization", "IRN", None),
    ("russian-mfa", "organization", "RUS", "Russian Foreign Ministry"),
    ("pentagon", "organization", "USA", None),
    ("hamas", "group", "PSE", None),
    ("hezbollah", "group", "LBN", None),
    ("houthis", "group", "YEM", "Ansar Allah"),
    ("islamic-state", "group", None, "ISIS"),
])
def test_organisation_and_media_facts(by_id: dict[str, dict[str, Any]], entry_id: str, kind: str,
                                      country: str | None, alias: str | None) -> None:
    e = by_id[entry_id]
    assert (e["kind"], e["country"]) == (kind, country)
    if alias:
        assert alias in e.get("aliases", [])


def test_every_person_has_a_role_and_a_country_or_affiliation(by_file: dict[str, list[dict[str, Any]]],
                                                               by_id: dict[str, dict[str, Any]]) -> None:
    """A person without a country must be an official of an international body (their affiliation),
    so events are never coded as the home state of, say, the UN Secretary-General."""
    problems = []
    for p in by_file["persons.yaml"]:
        if not p.get("roles"):
            problems.append(f"{p['id']}: no role")
        aff = p.get("affiliation")
        if aff is not None and (aff not in by_id or by_id[aff]["kind"] not in {"organization", "group"}):
            problems.append(f"{p['id']}: affiliation {aff!r} is not an organisation id")
        if p.get("country") is None and (aff not in by_id or by_id[aff].get("country") is not None):
            problems.append(f"{p['id']}: no country and no international affiliation")
        if set(p.get("roles") or []) & set(p.get("aliases") or []):
            problems.append(f"{p['id']}: a role is listed as an alias")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize(("entry_id", "country", "role", "aliases"), [
    ("alexander-lavrentiev", "RUS", "Special Presidential Envoy for Syria", {"Lavrentiev", "Lavrentyev"}),
    ("abbas-araghchi", "IRN", "Foreign Minister", {"Araghchi", "Araqchi"}),
    ("ali-larijani", "IRN", "Secretary of the Supreme National Security Council", {"Larijani"}),
    ("ahmed-al-sharaa", "SYR", "President", {"al-Sharaa", "Al-Sharaa", "Sharaa"}),
    ("sergei-lavrov", "RUS", "Foreign Minister", {"Lavrov", "Sergey Lavrov"}),
    ("marco-rubio", "USA", "Secretary of State", {"Rubio"}),
    ("masoud-pezeshkian", "IRN", "President", {"Pezeshkian", "Pezeshkiyan"}),
    ("ali-khamenei", "IRN", "Supreme Leader", {"Khamenei"}),
    ("tamim-bin-hamad-al-thani", "QAT", "Emir of Qatar", {"Sheikh Tamim bin Hamad Al Thani"}),
    ("volodymyr-zelensky", "UKR", "President", {"Zelensky", "Zelenskyy", "Zelenskiy"}),
    ("antonio-guterres", None, "UN Secretary-General", {"Guterres", "Antonio Guterres"}),
])
def test_person_facts(by_id: dict[str, dict[str, Any]], entry_id: str, country: str | None, role: str,
                      aliases: set[str]) -> None:
    p = by_id[entry_id]
    assert p["kind"] == "person"
    assert p["country"] == country
    assert role in p["roles"]
    assert aliases <= set(p["aliases"])


def test_agrees_with_the_benchmark_gold(entries: list[dict[str, Any]]) -> None:
    """Every gold actor the dictionary knows by name must get the gold's kind and country from it."""
    if not GOLD.exists():
        pytest.skip(f"benchmark gold not found at {GOLD}")
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    index = _surface_index(entries)
    by_id = {e["id"]: e for e in entries}
    known, wrong = 0, []
    for article in gold:
        for actor in article.get("actors", []):
            ids = index.get(actor["name"], set())
            if len(ids) != 1:
                continue
            e = by_id[next(iter(ids))]
            known += 1
            if (e["kind"], e.get("country")) != (actor["kind"], actor.get("country")):
                wrong.append((actor["name"], (actor["kind"], actor.get("country")), (e["kind"], e.get("country"))))
    assert known >= 20, f"only {known} gold actors found in the dictionary"
    assert not wrong, f"dictionary disagrees with gold (name, gold, dictionary): {wrong}"


def test_the_loader_reads_the_dictionary() -> None:
    """The lead's registry loads these files and resolves capitals, seats and demonyms to states."""
    registry = pytest.importorskip("dragoman.registry")
    build = getattr(registry, "build_registry", None)
    if build is None:
        pytest.skip("dragoman.registry has no build_registry")
    reg = build()
    for form, want in {"Tehran": "IRN", "Kremlin": "RUS", "Iranian": "IRN", "Tasnim": "tasnim",
                       "Lavrentyev": "alexander-lavrentiev", "Congolese": "COD", "Dominican": "DOM"}.items():
        hit = reg.lookup(form)
        assert hit is not None and hit[0].id == want, (form, hit)


def test_places_name_their_state_and_users_can_override(tmp_path: Path) -> None:
    """Cities and regions give the state a place belongs to; a user CSV wins over the shipped one."""
    from dragoman import registry

    reg = registry.build_registry()
    assert reg.place("Aleppo") == "SYR"
    assert reg.place("the West Bank") == "PSE"
    assert reg.place("Nablus") == "PSE"
    assert reg.place("Paris") is None  # a capital: the dictionary names it, as the state's voice
    codes = {c for c in reg.places.values() if c}
    assert all(pycountry.countries.get(alpha_3=c) or c == "XKX" for c in codes)
    (tmp_path / "my_places.csv").write_text("name,country,population,city\nAleppo,TUR,,\nNew Town,GBR,,\n")
    mine = registry.build_registry((tmp_path,))
    assert mine.place("Aleppo") == "TUR" and mine.place("New Town") == "GBR"
    (tmp_path / "bad.csv").write_text("city;state\nX;Y\n")
    with pytest.raises(ValueError, match="name"):
        registry.build_registry((tmp_path,))


def test_a_key_written_twice_is_an_error_not_a_silent_override(tmp_path: Path) -> None:
    """YAML keeps the last of two equal keys; in a pattern that silently drops a field."""
    import yaml

    from dragoman import registry

    (tmp_path / "mine.yaml").write_text("patterns:\n  - id: x\n    type: AID\n    type: AID\n")
    with pytest.raises(yaml.YAMLError, match="duplicate key 'type'"):
        registry.build_registry((tmp_path,))


def test_a_pattern_id_used_twice_in_one_file_is_an_error(tmp_path: Path) -> None:
    """Across files an id replaces the shipped pattern on purpose; within one file it is a slip."""
    from dragoman import registry

    (tmp_path / "mine.yaml").write_text("patterns:\n  - id: x\n    type: AID\n  - id: x\n    type: AID\n")
    with pytest.raises(ValueError, match="used twice"):
        registry.build_registry((tmp_path,))
