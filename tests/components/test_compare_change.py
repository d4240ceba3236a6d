"""components/compare_change.py: Compare as the change of each district's figure between two chosen periods."""
import pandas as pd
import pytest

from components.compare_change import build_change, change_period, change_rows
from components.selection import scope_places
from data_access import Dataset

TRAN_DE, TRA_CU, GIONG_TROM = "soc-trang/huyen-tran-de", "tra-vinh/huyen-tra-cu", "ben-tre/huyen-giong-trom"


@pytest.fixture
def two_periods(sample_tables):
    """The sample plus 2022 figures: poverty rate of Trần Đề (2.4 %) and targets met of Trà Cú (18/22)."""
    facts, documents, report = sample_tables
    extra = []
    for n, (pid, ind, value, den) in enumerate([(TRAN_DE, "poverty_rate", 2.4, None),
                                                (TRA_CU, "targets_met", 18, 22)]):
        row = facts[(facts["place_id"] == pid) & (facts["indicator"] == ind) & (facts["measure"] == "level")]
        extra.append({**row.iloc[0].to_dict(), "fact_id": f"y22-{n}", "period": "2022", "value": float(value),
                      "denominator": den})
    return Dataset.from_frames(pd.concat([facts, pd.DataFrame(extra)], ignore_index=True), documents, report)


def places(ds, provinces):
    return scope_places(ds.places, provinces=provinces)[0]


def test_a_change_of_percentages_is_in_points_and_names_the_district_with_one_period(two_periods):
    r = build_change(two_periods.facts, places(two_periods, ["94", "84"]), indicator="poverty_rate", base="2022",
                     period="2023", lang="en", figure_type="dict")
    bars = r.spec.figure["data"][0]
    assert bars["y"] == ["Trần Đề District"] and bars["x"] == [pytest.approx(1.59 - 2.4)]
    assert bars["text"] == ["−0.81\u00a0pp"]
    assert r.spec.title == "Poverty rate: change from 2022 to 2023"
    assert r.spec.subtitle == "Level reached · change in pp · 2022 → 2023"
    assert r.left_out == "Trà Cú District (only 2023)"
    assert "Trà Cú District" not in r.missing and "Sóc Trăng City" in r.missing
    assert list(r.spec.data["value"]) == [pytest.approx(-0.81)] and list(r.spec.data["unit"]) == ["pp"]


def test_a_change_of_x_of_y_shares_is_the_change_of_the_share(two_periods):
    changed, before, only, unit = change_rows(two_periods.facts, places(two_periods, ["84"]),
                                              indicator="targets_met", measure="level", base="2022", period="2023")
    assert unit == "pp" and list(changed["value"]) == [pytest.approx((21 - 18) / 22 * 100)]
    assert list(before["value"]) == [18.0] and only.empty


def test_no_district_with_both_periods_says_so_and_latest_means_the_newest_period(two_periods):
    r = build_change(two_periods.facts, places(two_periods, ["83"]), indicator="targets_met", base="2022",
                     lang="vi")
    assert r.spec is None
    assert r.message == ("Không huyện nào đã chọn có số liệu “Chỉ tiêu nghị quyết đạt và vượt” (Giá trị đạt được) "
                         "của cả năm 2022 và năm 2023.")
    assert r.left_out == "" and "Huyện Giồng Trôm" in r.missing    # its one figure is of neither period
    assert change_period(two_periods.facts, period="latest") == "2023"
    assert change_period(two_periods.facts, period="2022") == "2022"
