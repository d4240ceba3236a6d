"""The scorecard as an analyst reads it (screenshot review, item 4): no best and worst from two figures or from
totals, a bound that cannot be ordered gets a range of ranks, and a district with figures of another period only
says so instead of showing a blank column."""
from __future__ import annotations

import pytest

from tests.browser.test_analyst_compare import dash_app, norm, open_page  # noqa: F401  (fixture and helpers)

pytestmark = pytest.mark.browser


def _grid_text(dash_duo) -> str:
    dash_duo.wait_for_element("#scorecard-graph .heatmaplayer", timeout=10)
    return " ".join(norm(e.text) for e in dash_duo.find_elements("#scorecard-graph text"))


def test_scorecard_says_why_a_cell_is_not_ranked(dash_duo, dash_app):  # noqa: F811
    open_page(dash_duo, dash_app, "view=scorecard&lang=en&measure=level"
                                  "&inds=targets_met,poverty_rate,production_value,ntm_communes")
    cells = _grid_text(dash_duo)
    assert "rank 1/3" in cells and "rank 3/3" in cells, cells          # targets met: three shares, ranked
    assert "only 2 districts" in cells and "rank 1/2" not in cells and "rank 2/2" not in cells, cells
    assert "a total" in cells, cells                                    # total production value
    # Giồng Trôm's figures are of Q1 2023: its column says so and its cells name the period
    assert "(Q1 2023 only)" in cells and "Q1 2023" in cells.replace("(Q1 2023 only)", ""), cells
    note = " ".join(norm(e.text) for e in dash_duo.find_elements("#content .view-scorecard .chart-note"))
    assert "at least 3 districts" in note and "A total" in note, note


def test_scorecard_in_vietnamese_says_it_too(dash_duo, dash_app):  # noqa: F811
    open_page(dash_duo, dash_app, "view=scorecard&lang=vi&measure=level&inds=poverty_rate,production_value")
    cells = _grid_text(dash_duo)
    assert "chỉ 2 huyện" in cells and "số tổng" in cells and "hạng 1/2" not in cells, cells
    note = " ".join(norm(e.text) for e in dash_duo.find_elements("#content .view-scorecard .chart-note"))
    assert "ít nhất 3 huyện" in note and "Số tổng" in note, note
