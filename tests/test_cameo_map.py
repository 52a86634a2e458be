"""The CAMEO <-> PLOVER mapping: the codes analysts and the PETRARCH gold rely on."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dragoman.cameo import cameo_root, cameo_rows, cameo_to_plover, plover_to_cameo
from dragoman.model import PLOVER_TYPES

VALIDATION = Path(__file__).resolve().parents[1] / ".." / "shared" / "benchmarks" / "petrarch_validation.jsonl"
# Documented deviations from the source table (see data/CAMEO_PLOVER.md): mode only.
MODE_DEVIATIONS = {"175"}


def test_every_code_of_the_twenty_roots_is_present():
    rows = cameo_rows()
    roots = {f"{i:02d}" for i in range(1, 21)}
    assert roots <= set(rows)
    # a sample of 3- and 4-digit codes from every part of the codebook
    for code in ("010", "0214", "0356", "046", "057", "064", "075", "0874", "094", "1056", "1125",
                 "129", "1385", "1454", "154", "1663", "175", "1833", "196", "2042"):
        assert code in rows, code
    assert len(rows) > 300


def test_statements_and_appeals_are_dropped():
    for code in ("01", "010", "013", "02", "023", "0234", "028"):
        assert cameo_to_plover(code) is None, code
        assert cameo_rows()[code].dropped


def test_known_mappings():
    assert cameo_to_plover("040") == ("CONSULT", None)
    assert cameo_to_plover("042") == ("CONSULT", "visit")
    assert cameo_to_plover("163") == ("COERCE", "restrict")  # sanctions are COERCE in PLOVER 2021
    assert cameo_to_plover("0841") == ("RETREAT", "release")
    assert cameo_to_plover("083") == ("CONCEDE", None)
    assert cameo_to_plover("192") == ("COERCE", "seize")
    assert cameo_to_plover("112")[0] == "ACCUSE"
    assert cameo_to_plover("090") == ("ACCUSE", "investigate")


def test_fallback_to_parent_then_root_and_rejects_non_codes():
    assert cameo_to_plover("066") == ("COOPERATE", None)  # not a CAMEO code: root 06
    assert cameo_to_plover("1717") == cameo_to_plover("171")
    assert cameo_to_plover("174K") is None
    assert cameo_to_plover("345") is None
    assert cameo_to_plover("") is None
    assert cameo_to_plover(None) is None
    assert cameo_root("0841") == "08" and cameo_root("190") == "19" and cameo_root("---") is None


def test_plover_to_cameo_defaults():
    assert plover_to_cameo("CONSULT") == "040"
    assert plover_to_cameo("CONSULT", "visit") == "042"
    assert plover_to_cameo("CONSULT", "phone") == "041"
    assert plover_to_cameo("ASSAULT") == "190"
    assert plover_to_cameo("ACCUSE") == "112"
    assert plover_to_cameo("REQUEST") == "100"
    assert plover_to_cameo("RETREAT", "ceasefire") == "0871"
    assert plover_to_cameo("CONSULT", "no-such-mode") == "040"
    assert plover_to_cameo("NOT_A_TYPE") is None


def test_round_trip_every_type():
    for ptype in PLOVER_TYPES:
        code = plover_to_cameo(ptype)
        assert code is not None, ptype
        assert cameo_to_plover(code)[0] == ptype, (ptype, code)


def test_mapping_agrees_with_the_petrarch_validation_file():
    if not VALIDATION.exists():
        pytest.skip("../shared/benchmarks is absent")
    checked = 0
    for line in VALIDATION.read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        for ev in rec["events"]:
            gold = ev.get("plover_2021")
            ours = cameo_to_plover(ev["cameo"])
            if gold is None or gold.get("event_type") is None:
                assert ours is None, (rec["id"], ev["cameo"], ours)
                continue
            assert ours is not None, (rec["id"], ev["cameo"])
            assert ours[0] == gold["event_type"], (ev["cameo"], ours, gold)
            if ev["cameo"] not in MODE_DEVIATIONS:
                assert ours[1] == gold["mode"], (ev["cameo"], ours, gold)
            checked += 1
    assert checked > 300


def test_every_shipped_event_pattern_carries_a_real_cameo_code():
    """Issue 3: every event carries a CAMEO code; a typo in a pattern file must not invent one."""
    from dragoman.events.patterns import compile_patterns
    from dragoman.registry import get_registry

    ps = compile_patterns(get_registry())
    patterns = {p.rule: p for lst in (*ps.by_verb.values(), *ps.by_noun.values()) for p in lst}
    assert patterns, "no event patterns shipped"
    rows = cameo_rows()
    for rule, p in patterns.items():
        assert p.cameo, f"{rule} has no CAMEO code"
        assert p.cameo in rows, f"{rule}: {p.cameo} is not a CAMEO code"
