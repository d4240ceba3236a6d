"""exports/context.py: the export context (language, URL, time, sources) and the README's readable filters."""
from datetime import datetime, timedelta, timezone

import pandas as pd
import pytest

from components.state import parse_state
from data_access.catalogue import use_catalogue
from exports.context import VN_TZ, ExportContext, readable_filters

PLACES = pd.DataFrame([{"place_id": "tra-vinh/tra-cu", "place_name": "Huyện Trà Cú", "province_code": "84",
                        "province": "Tỉnh Trà Vinh"}])
NOW = datetime(2025, 11, 22, 10, 30, tzinfo=VN_TZ)


@pytest.fixture(autouse=True)
def yaml_catalogue():
    use_catalogue(None)


def test_from_a_dict_context_fills_language_sources_and_time():
    context = ExportContext.from_any({"url": "http://x/?view=compare", "vintage": "v1",
                                      "sources": [{"source_id": "s1"}]}, {"lang": "en", "view": "compare"}, now=NOW)
    assert context.lang == "en" and context.url == "http://x/?view=compare" and context.vintage == "v1"
    assert list(context.sources["source_id"]) == ["s1"]
    assert context.filters == {"View": "Compare"}
    assert ExportContext.from_any(context) is context


def test_dates_in_the_readers_format_and_the_timestamp_with_its_offset():
    context = ExportContext(lang="vi", now=NOW)
    # the same format and zone as the table's build time beside it (UTC)
    assert context.date_text == "22/11/2025 03:30 UTC"
    assert context.with_lang("en").date_text == "22 Nov 2025 03:30 UTC"
    assert context.timestamp_text == "2025-11-22 10:30 (UTC+07:00)"
    assert ExportContext(now=datetime(2025, 1, 2, 3, 4)).timestamp_text == "2025-01-02 03:04 (UTC)"
    assert ExportContext(now=NOW.astimezone(timezone(timedelta(hours=-5)))).timestamp_text.endswith("(UTC-05:00)")


def test_filters_are_named_and_only_those_the_view_applies():
    state, _ = parse_state("?view=compare&lang=en&prov=84&dist=tra-vinh/tra-cu&ind=poverty_rate&period=2023")
    filters = readable_filters({**state, "place": "tra-vinh/tra-cu"}, "en", frames=[PLACES])
    assert filters["Provinces"] == "Tỉnh Trà Vinh"
    assert filters["Districts, towns, cities"] == "Huyện Trà Cú"
    assert filters["Indicator"] == "Poverty rate" and filters["Period"] == "2023"
    assert "Place (profile)" not in filters           # the profile's place: not a filter of compare
    assert "Language" not in filters and "lang" not in filters


def test_unknown_ids_stay_as_written_and_empty_values_are_left_out():
    filters = readable_filters({"view": "compare", "provinces": ["99"], "districts": [], "reviewed": "all"}, "en")
    assert filters == {"View": "Compare", "Provinces": "99"}
    assert readable_filters({"view": "compare", "reviewed": "only"}, "en")["Figures"].startswith("reviewed figures only")


def test_compare_filters_name_the_base_period_and_hidden_districts_in_words():
    state, _ = parse_state("?view=compare&period=2023&from=2021&nodata=hide&show=table")
    shown = readable_filters(state, "en")
    assert shown["Compared with"] == "2021"
    assert shown["Districts without data"] == "left out of the chart"
    assert "show" not in shown and not any(k in shown for k in ("base", "nodata"))   # no raw state key
    assert "Districts without data" not in readable_filters({**state, "nodata": "show"}, "en")
    vi = readable_filters(state, "vi")
    assert vi["So với kỳ"] == "2021" and vi["Huyện không có số liệu"] == "không đưa vào biểu đồ"


def test_the_data_grid_filter_and_sort_are_named_by_column():
    from components.grid_model import encode_grid

    grid = encode_grid({"place": {"filterType": "text", "type": "contains", "filter": "trà"}}, [["value", "desc"]])
    shown = readable_filters({"view": "data", "grid": grid}, "en")
    assert shown["Data table"] == "filtered on District; sorted by Value (descending)"
    assert readable_filters({"view": "data", "grid": grid}, "vi")["Bảng dữ liệu"] == \
        "lọc theo Huyện; sắp xếp theo Giá trị (giảm dần)"
    assert "Data table" not in readable_filters({"view": "data", "grid": "not json"}, "en")
