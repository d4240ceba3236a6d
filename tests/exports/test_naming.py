"""exports/naming.py: file names say what the file is, in ASCII."""
import pandas as pd

from exports.naming import ascii_slug, export_filename, places_period


def test_ascii_slug_strips_vietnamese_marks():
    assert ascii_slug("Huyện Trần Đề") == "huyen-tran-de"
    assert ascii_slug("Tỷ lệ hộ nghèo, ước, ệ ở ữ đ") == "ty-le-ho-ngheo-uoc-e-o-u-d"
    assert ascii_slug("poverty_rate") == "poverty-rate"
    assert ascii_slug(None) == ""


def test_filename_names_indicator_measure_places_period_language_variant():
    data = pd.DataFrame({"indicator": ["poverty_rate"] * 2, "measure": ["level"] * 2,
                         "place_name": ["Huyện Trần Đề", "Huyện Trà Cú"], "period": ["2023", "2023"]})
    assert export_filename(data, lang="vi", variant="standard", ext="png") == \
        "poverty-rate_level_tran-de-tra-cu_2023_vi_standard.png"
    assert export_filename(data, lang="en", variant="shown", ext="csv") == \
        "poverty-rate_level_tran-de-tra-cu_2023_en_shown.csv"


def test_many_places_and_periods_are_summarised():
    data = pd.DataFrame({"indicator": ["x"] * 5, "measure": ["level"] * 5,
                         "place_name": ["Huyện A", "Huyện Bê", "Huyện Cờ", "Huyện Dê", "Huyện Đờ"],
                         "period": ["2021", "2023", "2022", "2023", "2023"]})
    name = export_filename(data, lang="vi", variant="slide", ext="png")
    assert name == "x_level_a-be-and-3-more_2021-2023_vi_slide.png"
    assert places_period(data) == "a-be-and-3-more_2021-2023"


def test_names_are_ascii_and_bounded(facts):
    data = pd.concat([facts] * 20, ignore_index=True)
    data["place_name"] = [f"Huyện Ấp Đông Số {i} rất dài dài dài" for i in range(len(data))]
    name = export_filename(data, lang="vi", variant="full", ext="xlsx", fallback="chart")
    assert name.isascii() and len(name) <= 150 and name.endswith("_vi_full.xlsx")
    assert export_filename(pd.DataFrame(), lang="en", variant="data", ext="zip", fallback="Biểu đồ") == \
        "bieu-do_en_data.zip"


def test_periods_within_a_year_are_not_collapsed():
    data = pd.DataFrame({"indicator": ["x", "x"], "measure": ["level"] * 2, "place_name": ["Huyện A", "Huyện B"],
                         "period": ["2023", "2023-Q1"]})
    assert places_period(data) == "a-b_2023-q1-to-2023"
