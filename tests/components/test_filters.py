"""components/filters.py: options of the filter controls, built from small hand-made tables."""
import pandas as pd
import pytest

from components.filters import (ALL_PREFIX, HEADER_PREFIX, district_options, expand_districts, indicator_options,
                                measure_options, period_options, place_options, province_options,
                                whole_provinces)
from components.state import MAX_LIST_ITEMS
from data_access.catalogue import use_catalogue
from etl.catalogue import dashboard_catalogue

PLACES = pd.DataFrame([
    {"place_id": "tien-giang/chau-thanh", "place_name": "Huyện Châu Thành", "province_code": "82",
     "province": "Tỉnh Tiền Giang", "n_facts": 3},
    {"place_id": "tien-giang/cai-be", "place_name": "Huyện Cái Bè", "province_code": "82",
     "province": "Tỉnh Tiền Giang", "n_facts": 0},
    {"place_id": "ben-tre/chau-thanh", "place_name": "Huyện Châu Thành", "province_code": "83",
     "province": "Tỉnh Bến Tre", "n_facts": 1},
])


@pytest.fixture(autouse=True)
def yaml_catalogue():
    use_catalogue(None)


def test_english_options_name_districts_and_provinces_in_english():
    # 'Tỉnh Tiền Giang' and 'Huyện Châu Thành' stayed Vietnamese on the English page
    provinces = pd.DataFrame([{"province": "Tỉnh Bến Tre", "province_code": "83", "n_with_data": 1,
                               "n_places": 9}])
    assert province_options(provinces, lang="en")[0]["label"].startswith("Bến Tre Province · ")
    labels = [o["label"] for o in district_options(PLACES, lang="en")]
    assert labels[0] == "▸ Select all districts of Tiền Giang Province (2)"
    assert labels[1] == "Châu Thành District (Tiền Giang)"
    assert labels[2].startswith("Cái Bè District")
    assert [o["label"] for o in place_options(PLACES, lang="en")] == ["Châu Thành District (Tiền Giang Province)",
                                                                      "Châu Thành District (Bến Tre Province)"]
    # the Vietnamese page keeps the names as the table writes them
    assert [o["label"] for o in place_options(PLACES, lang="vi")] == ["Huyện Châu Thành (Tỉnh Tiền Giang)",
                                                                      "Huyện Châu Thành (Tỉnh Bến Tre)"]


def test_province_options_count_districts_with_data_and_search_without_diacritics():
    provinces = pd.DataFrame([{"province": "Tỉnh Bến Tre", "province_code": "83", "n_with_data": 1,
                               "n_places": 9}])
    [option] = province_options(provinces, lang="en")
    assert option == {"label": "Bến Tre Province · 1/9 districts with data", "value": "83", "search": "tinh ben tre"}


def test_district_options_group_by_province_and_tell_shared_names_apart():
    options = district_options(PLACES, lang="en")
    values = [o["value"] for o in options]
    assert values == [f"{ALL_PREFIX}82", "tien-giang/chau-thanh", "tien-giang/cai-be", f"{ALL_PREFIX}83",
                      "ben-tre/chau-thanh"]
    labels = {o["value"]: o["label"] for o in options}
    assert labels[f"{ALL_PREFIX}82"] == "▸ Select all districts of Tiền Giang Province (2)"
    # no indent in the label itself (a chosen district shows it): the list is indented by assets/style.css
    assert labels["tien-giang/chau-thanh"] == "Châu Thành District (Tiền Giang)"
    assert labels["tien-giang/cai-be"] == "Cái Bè District — no data yet"
    only_82 = district_options(PLACES, provinces=["83"], lang="en")
    assert [o["value"] for o in only_82] == [f"{ALL_PREFIX}83", "ben-tre/chau-thanh"]
    assert "(Bến Tre)" in only_82[1]["label"]   # still shared with a province not shown


def test_expand_districts_replaces_all_entries_without_repeats():
    out, expanded = expand_districts(["tien-giang/cai-be", f"{ALL_PREFIX}82", 7, f"{ALL_PREFIX}99"], PLACES)
    assert out == ["tien-giang/cai-be", "tien-giang/chau-thanh"] and expanded
    assert expand_districts(["ben-tre/chau-thanh"], PLACES) == (["ben-tre/chau-thanh"], False)
    many, _ = expand_districts([f"d{i}" for i in range(MAX_LIST_ITEMS + 10)], PLACES)
    assert len(many) == MAX_LIST_ITEMS


def test_indicator_options_have_disabled_family_headers_then_indicators_in_catalogue_order():
    catalogue = list(dashboard_catalogue())
    first, second = catalogue[0], catalogue[1]
    options = indicator_options([second, first], lang="en")
    headers = [o for o in options if o.get("disabled")]
    assert headers and all(o["value"].startswith(HEADER_PREFIX) for o in headers)
    values = [o["value"] for o in options if not o.get("disabled")]
    assert values == [first, second]
    assert not any(o.get("disabled") for o in indicator_options([first], lang="en", with_headers=False))
    [counted] = indicator_options(["poverty_rate"], lang="en", with_headers=False, coverage={"poverty_rate": 4})
    assert counted["label"] == "Poverty rate (%) · 4 districts with data"


def test_measure_options_keep_the_schema_order_and_only_what_is_available():
    options = measure_options(["growth_pct", "level", "bogus"], lang="en")
    assert options == [{"label": "Level reached", "value": "level"},
                       {"label": "Growth rate (%)", "value": "growth_pct"}]


def test_period_options_start_with_latest_then_newest_first_capitalised():
    options = period_options(["2021", "2023-Q1", "2023"], lang="vi")
    assert options[0]["value"] == "latest"
    assert [o["value"] for o in options[1:]][0] == "2023"
    assert set(o["value"] for o in options[1:]) == {"2021", "2023", "2023-Q1"}
    assert options[1]["label"] == "Năm 2023"
    assert all(o["label"][:1].isupper() for o in options)


def test_place_options_only_places_with_data_and_shared_names_carry_the_province():
    options = place_options(PLACES, lang="en")
    assert [o["value"] for o in options] == ["tien-giang/chau-thanh", "ben-tre/chau-thanh"]
    assert options[0]["label"] == "Châu Thành District (Tiền Giang Province)"


def test_whole_provinces_when_the_choice_is_exactly_whole_provinces():
    assert whole_provinces([f"{ALL_PREFIX}82"], PLACES) == ["82"]
    # a district of the same province adds nothing; one of another province needs the district list
    assert whole_provinces(["tien-giang/cai-be", f"{ALL_PREFIX}82"], PLACES) == ["82"]
    assert whole_provinces(["ben-tre/chau-thanh", f"{ALL_PREFIX}82"], PLACES) == []
    assert whole_provinces(["ben-tre/chau-thanh"], PLACES) == [] and whole_provinces(None, PLACES) == []
