"""components/labels.py: labels, units and directions come from the catalogue of the loaded table."""
import pytest

from components.labels import (indicator_info, indicator_label, indicator_option_label, lower_is_better,
                               measure_unit, mid_sentence_case)
from data_access.catalogue import use_catalogue

CATALOGUE = {
    "debt_share": {"id": "debt_share", "family": "social", "label_vi": "Tỷ lệ nợ", "label_en": "Debt share",
                   "unit": "%", "direction": "lower", "definition": "",
                   "better": {"level": "lower", "pct_of_target": "higher", "change": "lower"}, "bounds": {}},
    "roads_km": {"id": "roads_km", "family": "infra", "label_vi": "Đường giao thông", "label_en": "",
                 "unit": "km", "direction": "higher", "definition": "", "better": {}, "bounds": {}},
}


@pytest.fixture(autouse=True)
def catalogue():
    use_catalogue(CATALOGUE)
    yield
    use_catalogue(None)


def test_labels_follow_the_language_and_fall_back_to_vietnamese():
    assert indicator_label("debt_share", "en") == "Debt share"
    assert indicator_label("debt_share", "vi") == "Tỷ lệ nợ"
    assert indicator_label("roads_km", "en") == "Đường giao thông"   # no English label in this catalogue
    assert indicator_label(None, "en") == ""


def test_an_unknown_indicator_gets_a_neutral_entry_labelled_with_its_id():
    info = indicator_info("not_in_catalogue")
    assert info["label_en"] == info["label_vi"] == "not_in_catalogue"
    assert info["unit"] == "" and not lower_is_better("not_in_catalogue")


def test_direction_per_measure_and_the_share_of_target_is_better_higher():
    assert lower_is_better("debt_share") and lower_is_better("debt_share", "change")
    assert not lower_is_better("debt_share", "pct_of_target")
    assert lower_is_better("debt_share", "growth_pct")   # not in `better`: follows the indicator's direction
    assert not lower_is_better("roads_km")


def test_measure_units_follow_the_level_unit():
    assert measure_unit("debt_share", "level") == "%"
    assert measure_unit("debt_share", "change") == "pp"
    assert measure_unit("roads_km", "change") == "km"
    assert measure_unit("roads_km", "pct_of_target") == "%"


def test_option_labels_carry_the_unit_in_the_language():
    assert indicator_option_label("roads_km", "en") == "Đường giao thông (km)"
    assert indicator_option_label("not_in_catalogue", "en") == "not_in_catalogue"


def test_a_label_inside_a_sentence_starts_lower_case_unless_its_first_word_is_an_acronym():
    assert indicator_label("debt_share", "vi", mid_sentence=True) == "tỷ lệ nợ"
    assert indicator_label("debt_share", "en", mid_sentence=True) == "debt share"
    assert mid_sentence_case("Thu nhập bình quân đầu người") == "thu nhập bình quân đầu người"
    assert mid_sentence_case("Đường giao thông") == "đường giao thông"
    # only the first letter: a proper name or an acronym further on keeps its capitals
    assert mid_sentence_case("Xã đạt chuẩn NTM") == "xã đạt chuẩn NTM"
    assert mid_sentence_case("Gross regional domestic product (GRDP)") == "gross regional domestic product (GRDP)"
    # a first word in capitals is an acronym
    assert mid_sentence_case("GRDP bình quân đầu người") == "GRDP bình quân đầu người"
    assert mid_sentence_case("NTM") == "NTM"
    assert mid_sentence_case("") == ""
