"""Blind gold articles (written by people who never saw the coder): floors a change must not break.

The seeds are two articles; these 200 add other regions, outlets and ways of writing. Floors sit
below the measured figures (README in tests/data/blind_articles) so that a slower or slightly
different parse does not fail them, while a real regression in events, quotes or actors does.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from dragoman.eval import load_gold, predict_gold, score_gold

HERE = Path(__file__).parent / "data" / "blind_articles"


#: (set, dyad F1 floor, dyad precision floor, quote recall floor[, actor recall floor]): the sets written
#: in the third to fifth sessions, with many events between states, organisations and armed groups,
#: are the hardest
SETS = [("middle_east", 0.75, 0.60, 0.55), ("europe_asia", 0.70, 0.60, 0.55),
        ("gulf_turkey_gaza_russia", 0.65, 0.65, 0.55), ("americas_africa", 0.65, 0.65, 0.55),
        ("nuclear_sudan_seas_lebanon", 0.58, 0.60, 0.80), ("ukraine_venezuela_sahel_kashmir", 0.52, 0.60, 0.60),
        ("seas_korea_kosovo_horn", 0.60, 0.65, 0.70), ("caucasus_libya_himalaya_mexico", 0.55, 0.55, 0.75),
        ("syria_chad_essequibo_taiwan", 0.50, 0.55, 0.75), ("oman_afpak_congo_sahel", 0.50, 0.52, 0.85),
        ("japan_yemen_cuba_horn", 0.58, 0.55, 0.72), ("greenland_pkk_myanmar_mozambique", 0.55, 0.45, 0.75, 0.75),
        ("scarborough_moldova_haiti_somalia", 0.45, 0.52, 0.78), ("belarus_gaza_bangladesh_colombia", 0.60, 0.60, 0.74),
        ("bosnia_iran_thailand_panama", 0.42, 0.42, 0.85, 0.78), ("gerd_southafrica_ecuador_iraq", 0.45, 0.40, 0.75, 0.75),
        ("georgia_algeria_srilanka_nigeria", 0.40, 0.33, 0.70, 0.78), ("dprk_turkey_kazakhstan_india", 0.48, 0.52, 0.75, 0.78),
        # seventh session: sets 19-22 were worked on, 23-26 measured blind and then worked on, 27-30 measured only
        ("korea_poland_madagascar_afghanistan", 0.52, 0.46, 0.77, 0.78), ("qatar_estonia_mali_peru", 0.55, 0.58, 0.56, 0.80),
        ("hungary_pakistan_nepal_cameroon", 0.58, 0.60, 0.76, 0.77), ("lebanon_tanzania_syria_denmark", 0.50, 0.42, 0.80, 0.80),
        ("kenya_azerbaijan_vietnam_chile", 0.42, 0.42, 0.80, 0.75), ("afghanistan_burkina_armenia_congo", 0.49, 0.54, 0.79, 0.86),
        ("iran_chagos_southsudan_syria", 0.54, 0.58, 0.71, 0.80), ("lithuania_mozambique_venezuela_japan", 0.60, 0.60, 0.73, 0.82),
        ("somaliland_bolivia_tigris_sweden", 0.48, 0.50, 0.56, 0.78), ("guatemala_libya_niger_dprk", 0.33, 0.36, 0.60, 0.80),
        ("kyrgyzstan_honduras_turkey_nicaragua", 0.57, 0.59, 0.75, 0.84), ("uganda_serbia_islands_belarus", 0.64, 0.64, 0.69, 0.73),
        # eighth session: sets 31-34 were worked on, 35-38 measured only
        ("egypt_philippines_mali_germany", 0.60, 0.56, 0.80, 0.86), ("indus_eritrea_guyana_aegean", 0.70, 0.74, 0.83, 0.80),
        ("kuwait_sudan_armenia_niger", 0.61, 0.58, 0.83, 0.86), ("colombia_jubaland_csto_sweida", 0.43, 0.41, 0.76, 0.78),
        ("burundi_nigeria_iaea_ceuta", 0.58, 0.53, 0.82, 0.77), ("estonia_rafah_m23_mexico", 0.41, 0.37, 0.92, 0.83),
        ("afpak_caribbean_poland_chad", 0.51, 0.48, 0.85, 0.83), ("japan_georgia_lebanon_rohingya", 0.56, 0.54, 0.88, 0.88),
        # ninth session: sets 39-40 were worked on, 41 measured only, 42-43 measured blind and then read
        ("azerbaijan_venezuela_tigris_benin", 0.64, 0.70, 0.82, 0.85),
        ("guatemala_kyrgyzstan_helmand_nicaragua", 0.55, 0.55, 0.82, 0.78),
        ("tasman_elfasher_burkina_canada", 0.52, 0.50, 0.86, 0.86), ("serbia_chad_malaysia_peru", 0.62, 0.67, 0.84, 0.72),
        ("dmz_cabodelgado_rafah_bolivia", 0.44, 0.42, 0.75, 0.81),
        # tenth session: sets 44-45 were worked on, 46 measured only (never read)
        ("eritrea_shoal_catatumbo_niger", 0.75, 0.78, 0.80, 0.88),
        ("kurils_pkk_portsudan_haiti", 0.55, 0.54, 0.84, 0.85),
        ("unifil_torkham_aegean_goma", 0.60, 0.62, 0.87, 0.86),
        # eleventh session: sets 47-48 measured at the start and the end only (never read)
        ("thailand_sudan_kosovo_afpak", 0.62, 0.65, 0.75, 0.84),
        ("m23_essequibo_dprk_houthis", 0.55, 0.50, 0.77, 0.88),
        # eleventh session: sets 49-50 measured blind at the start, then read
        ("snapback_kashmir_tripoli_cabodelgado", 0.50, 0.52, 0.68, 0.80),
        ("shoal_litani_haiti_aes", 0.52, 0.62, 0.75, 0.85),
        # twelfth session: sets 51, 54, 55, 56 measured blind at the start, then read; 52, 53, 57, 58 measured only
        ("kfor_rajouri_cuyuni_oman", 0.66, 0.72, 0.68, 0.86),
        ("redsea_jnim_cairo_tbilisi", 0.62, 0.60, 0.70, 0.90),
        ("bure_drugboats_litani_pipeline", 0.65, 0.72, 0.71, 0.82),
        ("balloons_preahvihear_aussom_seoul", 0.48, 0.48, 0.72, 0.80),
        ("elfasher_dprk_washington_sweida", 0.53, 0.57, 0.74, 0.88),
        ("refineries_doha_chaman_pla", 0.56, 0.58, 0.73, 0.88),
        ("tripoli_pkk_transnistria_tnla", 0.54, 0.51, 0.79, 0.87),
        ("caribbean_fano_baku_iaea", 0.57, 0.57, 0.70, 0.83),
        # thirteenth session: sets 60, 62 (then 64) measured blind at the start, then read; 59, 61, 63, 65, 66
        # measured only
        ("durand_novisad_cabodelgado_taiwanrow", 0.50, 0.52, 0.69, 0.81),
        ("kordofan_tbilisi_scarborough_bamako", 0.57, 0.66, 0.75, 0.82),
        ("gaza_chisinau_myanmarvote_mogadishu", 0.53, 0.48, 0.74, 0.86),
        ("ibar_plateau_syunik_snapback", 0.64, 0.70, 0.75, 0.79),
        ("swap_essequibo_portauprince_pushbacks", 0.45, 0.51, 0.77, 0.81),
        ("sweida_diapaga_dmz_catatumbo", 0.49, 0.56, 0.74, 0.87),
        ("litani_benin_bialowieza_indus", 0.54, 0.59, 0.67, 0.81),
        ("m23_pkk_landmines_nicaragua", 0.59, 0.58, 0.76, 0.84),
        # fourteenth session: sets 67 and 68 measured only
        ("boatstrikes_sindoor_belgrade_assab", 0.55, 0.65, 0.72, 0.85),
        ("iaea_georgiandream_somaliland_takaichi", 0.48, 0.52, 0.82, 0.90),
        # fifteenth session: sets 69 and 70 measured only
        ("thaicambodia_kosovo_southsudan_belarus", 0.58, 0.58, 0.80, 0.88),
        ("istanbul_caribbean_doha_elfasher", 0.58, 0.48, 0.78, 0.88)]


@pytest.fixture(scope="module", params=SETS, ids=[s[0] for s in SETS])
def scored(request: pytest.FixtureRequest) -> dict:
    name, f1, precision, quotes, *actors = request.param
    gold = load_gold(HERE / name / "gold.json")
    return {**score_gold(gold, predict_gold(gold)), "floors": (f1, precision, quotes, *(actors or [0.80]))}


def test_events_between_states_are_found_and_mostly_right(scored: dict) -> None:
    dyad = scored["events_dyad"]
    f1, precision, *_ = scored["floors"]
    assert dyad["f1"] >= f1, dyad
    assert dyad["precision"] >= precision, dyad


def test_quotes_are_attributed_to_their_speakers(scored: dict) -> None:
    assert scored["quotes"]["recall"] >= scored["floors"][2], scored["quotes"]


def test_actors_are_found_with_their_state(scored: dict) -> None:
    actors = scored["actors"]
    assert actors["recall"] >= scored["floors"][3], actors
