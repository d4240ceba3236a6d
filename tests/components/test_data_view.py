"""components/data_view.py: which rows the data view lists, how the grid shows them, the table spec exported."""
import dash_ag_grid as dag
import pandas as pd
import pytest

from components.data_view import (DATA_CHART_ID, GRID_LOCALE_VI, MAX_GRID_ROWS, PAGE_SIZES, build_data_spec, data_layout,
                                  data_rows, grid_records)
from data_access.catalogue import use_catalogue
from tests.dash_tree import text, walk

BASE = dict(source_id="s1", place_id="p1", place_name="Huyện A", province="Tỉnh X", indicator="poverty_rate",
            measure="level", value=2.5, unit="%", period="2023", qualifier=None, denominator=None,
            target_scope=None, target_body=None, term=None, curated=False, quote="còn 2,5%", char_start=0,
            char_end=8, review_status=None)


def facts(*changes):
    return pd.DataFrame([{**BASE, "fact_id": f"f{i}", **c} for i, c in enumerate(changes)])


PLACES = pd.DataFrame({"place_id": ["p1", "p2"]})


@pytest.fixture(autouse=True)
def yaml_catalogue():
    use_catalogue(None)


def test_latest_keeps_each_places_newest_figure_per_indicator_and_measure():
    table = facts({}, {"period": "2024", "value": 2.1}, {"place_id": "p2", "place_name": "Huyện B"},
                  {"place_id": "p3"}, {"measure": "change", "value": -0.4, "unit": "pp"})
    rows = data_rows(table, PLACES)
    assert sorted(zip(rows["place_id"], rows["measure"], rows["period"])) == [
        ("p1", "change", "2023"), ("p1", "level", "2024"), ("p2", "level", "2023")]
    assert list(data_rows(table, PLACES, period="2023")["fact_id"]) == ["f4", "f0", "f2"]


def test_indicators_filter_and_order_follow_province_place_then_catalogue():
    table = facts({"indicator": "targets_met", "unit": "targets"}, {"place_name": "Huyện Ă", "place_id": "p2"},
                  {})
    rows = data_rows(table, PLACES, period="2023")
    assert list(rows["indicator"])[:2] == ["targets_met", "poverty_rate"]   # catalogue order within a place
    assert list(data_rows(table, PLACES, indicators=["targets_met"])["fact_id"]) == ["f0"]


def test_grid_records_are_localised_with_the_raw_number_kept_for_sorting():
    [record] = grid_records(facts({"value": 1234.5, "review_status": "accepted"}), {"s1": {"title": "Báo cáo"}},
                            lang="vi")
    assert record["value"] == 1234.5 and record["value_text"] == "1.234,5"
    assert record["indicator"] == "Tỷ lệ hộ nghèo" and record["source"] == "Báo cáo"
    assert record["review_status"] == "Đã chấp nhận"
    [untitled] = grid_records(facts({}), {}, lang="en")
    assert untitled["source"] == "s1" and untitled["review_status"] == "Unreviewed" and untitled["denominator"] is None


def test_the_table_spec_holds_exactly_the_rows_and_their_sources_once():
    rows = facts({}, {"source_id": "s2"}, {"source_id": "s1", "period": "2022"})
    spec = build_data_spec(rows, lang="en")
    assert spec.chart_id == DATA_CHART_ID and spec.title == "Filtered figures (3 rows)"
    assert spec.source_ids == ["s1", "s2"]
    assert list(spec.data["fact_id"]) == ["f0", "f1", "f2"]
    assert len(spec.figure.data[0].cells.values[0]) == 3


def test_layout_grid_in_the_readers_language_cut_with_a_note_and_no_panel_in_a_briefing():
    layout = data_layout(facts({}), {}, lang="vi")
    [grid] = [n for n in walk(layout) if isinstance(n, dag.AgGrid)]
    assert grid.dashGridOptions["localeText"] == GRID_LOCALE_VI and len(grid.rowData) == 1
    # the reader picks how many rows a page shows ("Số dòng:"), 50 at first
    assert grid.dashGridOptions["paginationPageSizeSelector"] == list(PAGE_SIZES) == [20, 50, 100, 500]
    assert grid.dashGridOptions["paginationPageSize"] == 50
    many = facts(*[{} for _ in range(MAX_GRID_ROWS + 1)])
    big = data_layout(many, {}, lang="en", briefing=True)
    [grid] = [n for n in walk(big) if isinstance(n, dag.AgGrid)]
    assert len(grid.rowData) == MAX_GRID_ROWS
    assert f"The grid shows the first {MAX_GRID_ROWS} of {MAX_GRID_ROWS + 1} rows" in text(big)
    assert "export-menu" not in str(big)
    assert "export-menu" in str(data_layout(facts({}), {}, lang="en"))


def test_no_rows_gives_the_no_selection_message():
    assert not [n for n in walk(data_layout(facts({}).iloc[0:0], {}, lang="en")) if isinstance(n, dag.AgGrid)]


def test_phone_grid_pins_the_district_and_fits_district_indicator_and_value_in_a_phones_width():
    from components.data_view import grid_column_defs

    wide, phone = grid_column_defs(lang="vi"), grid_column_defs(lang="vi", phone=True)
    assert [c["field"] for c in phone] == [c["field"] for c in wide]
    by = {c["field"]: c for c in phone}
    assert by["place"]["pinned"] == "left" and by["place"]["wrapText"] and by["indicator"]["wrapText"]
    assert by["place"]["width"] + by["indicator"]["width"] + by["value"]["width"] <= 360   # 390 less the padding
    assert sum(c.get("width", 0) for c in wide[:3]) > 360                                    # the desktop's are wider
