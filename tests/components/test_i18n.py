"""i18n: both languages complete; numbers follow the language through babel and plotly separators."""
import re

import pytest

from components.i18n import (NBSP, PLOTLY_SEPARATORS, STRINGS, fmt_number, fmt_percent, fmt_value, measure_label,
                             place_label, qualifier_label, short_province, t)


def test_both_languages_have_the_same_keys():
    assert set(STRINGS["vi"]) == set(STRINGS["en"])


def test_placeholders_match_between_languages():
    for key in STRINGS["vi"]:
        vi = set(re.findall(r"{(\w+)}", STRINGS["vi"][key]))
        en = set(re.findall(r"{(\w+)}", STRINGS["en"][key]))
        assert vi == en, key


def test_no_empty_strings():
    for lang, table in STRINGS.items():
        assert all(v.strip() for v in table.values()), lang


@pytest.mark.parametrize("lang,expected", [("vi", "39.740,2"), ("en", "39,740.2")])
def test_decimal_follows_language(lang, expected):
    assert fmt_number(39740.2, lang) == expected


@pytest.mark.parametrize("lang,expected", [("vi", f"1,59{NBSP}%"), ("en", "1.59%")])
def test_percent_follows_language(lang, expected):
    assert fmt_percent(1.59, lang) == expected


def test_percent_of_ratio_and_decimals():
    assert fmt_percent(0.4444, "vi", ratio=True, decimals=0) == f"44{NBSP}%"
    assert fmt_percent(0.6, "en", ratio=True, decimals=0) == "60%"


def test_plotly_separators():
    assert PLOTLY_SEPARATORS == {"vi": ",.", "en": ".,"}


def test_fact_values_read_naturally():
    assert fmt_value(14120, "billion VND", "vi", qualifier="over") == f"trên 14.120{NBSP}tỷ đồng"
    assert fmt_value(14120, "billion VND", "en", qualifier="over") == f"over 14,120{NBSP}billion VND"
    assert fmt_value(8, "targets", "vi", denominator=18) == f"8/18{NBSP}chỉ tiêu"
    assert fmt_value(-2.14, "pp", "en") == f"\u22122.14{NBSP}pp"  # true minus, like plotly's ticks
    assert fmt_value(-2.14, "pp", "vi") == f"\u22122,14{NBSP}điểm %"
    assert fmt_number(-2.5, "vi") == "\u22122,5" and fmt_percent(-1.5, "en") == "\u22121.5%"
    assert fmt_value(None, "%", "vi") == "–"
    # a change carries its sign, a level does not
    assert fmt_value(120, "billion VND", "vi", signed=True) == f"+120{NBSP}tỷ đồng"
    assert fmt_value(-13, "million VND/ha", "en", signed=True, with_unit=False) == "\u221213"
    assert fmt_value(120, "billion VND", "vi") == f"120{NBSP}tỷ đồng"


def test_qualifiers_and_measures_translated():
    assert [qualifier_label(q, "vi") for q in ("over", "approx", "estimate")] == ["trên", "gần", "ước"]
    assert [qualifier_label(q, "en") for q in ("over", "approx", "estimate")] == ["over", "approx.", "estimate"]
    assert measure_label("pct_of_target", "en") == "Share of target (%)"


def test_unknown_language_falls_back_to_vietnamese():
    assert t("view.compare", "fr") == "So sánh"
    assert fmt_number(1.5, "fr") == "1,5"


def test_dates_follow_language():
    from components.i18n import fmt_date

    assert fmt_date("2023-03-20", "vi") == "20/03/2023"
    assert fmt_date("2023-03-20", "en") == "20 Mar 2023"
    assert fmt_date("not a date", "en") == "not a date" and fmt_date(None) == ""


def test_every_target_body_of_the_contract_has_a_label_in_both_languages():
    """A value the ETL may write (etl/schema.py) never shows up unlabelled on the page or in a download."""
    from components.i18n import body_label
    from etl.schema import TARGET_BODIES
    from components.i18n import t as export_t

    for body in TARGET_BODIES:
        for lang in ("vi", "en"):
            assert body_label(body, lang), (body, lang)
            assert export_t(f"body_{body}", lang), (body, lang)


def test_english_puts_the_unit_word_after_the_proper_name():
    assert place_label("Huyện Giồng Trôm", "en") == "Giồng Trôm District"
    assert place_label("Quận Ba Đình", "en") == "Ba Đình District"
    assert place_label("Thị xã Vĩnh Châu", "en") == "Vĩnh Châu Town"
    assert place_label("Thành phố Sóc Trăng", "en") == "Sóc Trăng City"
    assert place_label("Thành Phố Bến Cát", "en") == "Bến Cát City"          # the table's capital P too
    assert place_label("Tỉnh Hậu Giang", "en") == "Hậu Giang Province"
    # a name without a unit word, or the word alone, is left as it is; Vietnamese keeps the table's spelling
    assert place_label("Côn Đảo", "en") == "Côn Đảo" and place_label("Huyện", "en") == "Huyện"
    assert place_label("Huyện Xã Huyện", "en") == "Xã Huyện District"
    assert place_label("Tỉnh Hậu Giang", "vi") == "Tỉnh Hậu Giang"
    assert place_label(None, "en") == ""


def test_short_province_drops_the_kind_of_unit():
    assert short_province("Tỉnh Tiền Giang") == "Tiền Giang"
    assert short_province("Thành phố Cần Thơ") == "Cần Thơ"
    assert short_province("Tỉnhxyz") == "Tỉnhxyz"


def test_every_official_district_and_province_has_an_english_name():
    from data_access import official_places

    places = list(official_places())
    for name in {p["place_name"] for p in places} | {p["province"] for p in places}:
        en = place_label(name, "en")
        assert en != name and short_province(name) in en, name


def test_one_timestamp_format_in_utc():
    from datetime import datetime, timedelta, timezone

    from components.i18n import fmt_timestamp
    hanoi = timezone(timedelta(hours=7))
    assert fmt_timestamp(datetime(2026, 12, 5, 3, 10, tzinfo=hanoi), "vi") == "04/12/2026 20:10 UTC"
    assert fmt_timestamp(datetime(2026, 12, 5, 3, 10, tzinfo=hanoi), "en") == "4 Dec 2026 20:10 UTC"
    assert fmt_timestamp(datetime(2026, 12, 4, 14, 27), "en") == "4 Dec 2026 14:27 UTC"   # naive: UTC already
