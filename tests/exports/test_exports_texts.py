"""exports/texts.py: both languages have the same strings, with the same {fields}."""
import string

import pytest

from exports.texts import FILTER_LABELS, TEXTS, UNITS_VI, norm_lang, t, unit_label


def _fields(text):
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_languages_have_the_same_keys():
    assert set(TEXTS) == {"vi", "en"}
    assert set(TEXTS["vi"]) == set(TEXTS["en"])
    assert set(FILTER_LABELS["vi"]) == set(FILTER_LABELS["en"])


@pytest.mark.parametrize("key", sorted(TEXTS["vi"]))
def test_translations_use_the_same_fields(key):
    vi, en = _fields(TEXTS["vi"][key]), _fields(TEXTS["en"][key])
    # the quarter is a roman numeral in Vietnamese (quý I/2023) and a digit in English (Q1 2023)
    if key == "period_quarter":
        assert vi == {"q", "year"} and en == {"qn", "year"}
    else:
        assert vi == en, key


def test_no_empty_strings():
    for lang in TEXTS:
        assert all(v.strip() for v in TEXTS[lang].values())


def test_lookup_and_fallback_language():
    assert t("footer_data", "vi") == "Dữ liệu"
    assert t("footer_data", "en") == "Data"
    assert t("footer_data", None) == "Dữ liệu"
    assert t("footer_data", "en-GB") == "Data"
    assert norm_lang("fr") == "vi"
    assert t("done", "en", filename="x.png") == "Created x.png"
    with pytest.raises(KeyError):
        t("no-such-key", "vi")


def test_units_localised():
    assert unit_label("million VND/person", "vi") == "triệu đồng/người"
    assert unit_label("million VND/person", "en") == "million VND/person"
    assert unit_label("%", "vi") == "%"
    assert unit_label(None, "vi") == ""
    assert unit_label("furlongs", "vi") == "furlongs"


def test_every_catalogue_unit_has_a_vietnamese_label():
    from etl.catalogue import load_catalogue

    assert set(load_catalogue()["unit"]) <= set(UNITS_VI)
