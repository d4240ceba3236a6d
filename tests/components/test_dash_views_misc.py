"""Selection, filter options, passages, data grid, sources, data loading."""
import json

import pandas as pd
import pytest

from components.data_view import data_layout, data_rows, grid_records
from components.filters import ALL_PREFIX, district_options, expand_districts, indicator_options, period_options
from components.passage import passage_excerpt, passage_panel
from components.selection import display_names, pick_rows, scope_places
from components.sources import etl_warnings, sources_layout
from components.state import parse_state
from components.registry import render_view, view_specs
from data_access import Dataset, load_dataset, official_districts


# ---------------------------------------------------------------- selection
def test_scope_places(sample_dataset):
    places, explicit = scope_places(sample_dataset.places)
    assert not explicit and len(places) == 5
    places, explicit = scope_places(sample_dataset.places, provinces=["94"])
    assert explicit and len(places) == 11      # every district of Sóc Trăng, with or without figures
    places, _ = scope_places(sample_dataset.places, districts=["tra-vinh/huyen-tra-cu"])
    assert list(places["place_id"]) == ["tra-vinh/huyen-tra-cu"]


def test_display_names_disambiguate_shared_names(sample_dataset):
    places, _ = scope_places(sample_dataset.places, provinces=["94", "93", "83"])
    names = display_names(places)
    assert names["soc-trang/huyen-chau-thanh"] == "Huyện Châu Thành (Sóc Trăng)"
    assert names["hau-giang/huyen-chau-thanh"] == "Huyện Châu Thành (Hậu Giang)"
    assert names["soc-trang/huyen-tran-de"] == "Huyện Trần Đề"


def test_pick_rows_prefers_latest(sample_dataset):
    facts = sample_dataset.facts
    old = facts[facts["indicator"] == "poverty_rate"].assign(fact_id=lambda d: d["fact_id"] + "o", period="2022",
                                                             value=9.9)
    both = pd.concat([facts, old])
    rows = pick_rows(both, indicator="poverty_rate", measure="level", period="latest",
                     place_ids=["soc-trang/huyen-tran-de", "tra-vinh/huyen-tra-cu"])
    assert sorted(rows["value"]) == [1.59, 2.33]
    rows = pick_rows(both, indicator="poverty_rate", measure="level", period="2022",
                     place_ids=["soc-trang/huyen-tran-de"])
    assert list(rows["value"]) == [9.9]


# ---------------------------------------------------------------- filters
def test_district_options_grouped_with_select_all(sample_dataset):
    opts = district_options(sample_dataset.places, provinces=["94"], lang="vi")
    assert opts[0]["value"] == f"{ALL_PREFIX}94"
    assert "Tỉnh Sóc Trăng (11)" in opts[0]["label"]
    assert len(opts) == 12
    tran_de = next(o for o in opts if o["value"] == "soc-trang/huyen-tran-de")
    assert "tran-de" in tran_de["value"]            # searchable without diacritics (dcc.Dropdown indexes values)
    nodata = next(o for o in opts if o["value"] == "soc-trang/huyen-ke-sach")
    assert "chưa có số liệu" in nodata["label"]


def test_expand_all_of_province(sample_dataset):
    values, expanded = expand_districts([f"{ALL_PREFIX}93", "soc-trang/huyen-tran-de"], sample_dataset.places)
    assert expanded and len(values) == 9 and values[-1] == "soc-trang/huyen-tran-de"
    assert "hau-giang/huyen-phung-hiep" in values


def test_indicator_options_grouped_by_family_with_unit():
    opts = indicator_options(["poverty_rate", "targets_met", "income_per_capita"], lang="en")
    headers = [o for o in opts if o.get("disabled")]
    assert [h["label"] for h in headers] == ["— Resolution targets —", "— Social —", "— Economy —"]
    assert {"label": "Poverty rate (%)", "value": "poverty_rate"}.items() <= next(
        o for o in opts if o["value"] == "poverty_rate").items()


def test_period_options_latest_first():
    opts = period_options(["2023-Q1", "2023", "2022"], lang="en")
    assert [o["value"] for o in opts] == ["latest", "2023", "2023-Q1", "2022"]
    assert opts[0]["label"] == "Latest available per district"


# ---------------------------------------------------------------- passages
def test_passage_highlights_exact_offsets(sample_dataset):
    fact = sample_dataset.facts[sample_dataset.facts["indicator"] == "poverty_rate"].iloc[0].to_dict()
    doc = sample_dataset.documents_by_id[fact["source_id"]]
    span = passage_excerpt(doc["text"], fact["char_start"], fact["char_end"], context=50)
    before, mark, after = span.children
    assert mark.children == fact["quote"] == doc["text"][fact["char_start"]:fact["char_end"]]
    assert before.startswith("…") and after.endswith("…")
    panel = str(passage_panel(fact, doc, lang="en"))
    assert "Source: Đảng bộ huyện Trần Đề" in panel


def test_passage_with_bad_offsets_falls_back_to_quote():
    span = passage_excerpt("short", 10, 20, fallback="the quote")
    assert "the quote" in str(span)
    assert "was not found" in str(passage_panel(None, None, lang="en"))


# ---------------------------------------------------------------- data & sources
def test_data_rows_and_grid(sample_dataset):
    places, _ = scope_places(sample_dataset.places, districts=["soc-trang/huyen-tran-de"])
    rows = data_rows(sample_dataset.facts, places, indicators=["poverty_rate", "targets_met"])
    assert list(rows["indicator"]) == ["targets_met", "poverty_rate"]
    recs = grid_records(rows, sample_dataset.documents_by_id, lang="vi")
    assert recs[1]["indicator"] == "Tỷ lệ hộ nghèo" and recs[1]["value"] == 1.59 and recs[1]["quote"]
    assert recs[0]["scope"] == "chỉ tiêu nhiệm kỳ"
    layout = data_layout(rows, sample_dataset.documents_by_id, lang="en")
    grid = next(c for c in layout.children if getattr(c, "id", None) == "data-grid")
    hint = next(c for c in layout.children if "swipe-hint" in (getattr(c, "className", "") or ""))
    assert "phone-only" in hint.className and "sideways" in hint.children
    assert grid.id == "data-grid" and grid.defaultColDef["sortable"] and grid.defaultColDef["filter"]
    assert [c["field"] for c in grid.columnDefs][-2:] == ["quote", "source"]


def test_sources_view_lists_rejected_and_warnings(sample_dataset):
    text = str(sources_layout(sample_dataset.documents, sample_dataset.facts, sample_dataset.report, lang="en"))
    assert "Source documents (5)" in text and "Rejected documents (1)" in text
    assert "no district named in the text" in text
    assert "năm 203" in text
    warnings = etl_warnings(sample_dataset.documents, {"documents": [{"file": "a.txt", "warnings": ["w1"]}],
                                                       "curation": {"warnings": ["c1"]}})
    assert ("a.txt", "w1") in warnings and ("", "c1") in warnings


def test_every_view_renders_in_both_languages(sample_dataset):
    opts = sample_dataset.state_options()
    for view in ("compare", "targets", "scorecard", "data", "sources"):
        for lang in ("vi", "en"):
            for mode in ("interactive", "briefing"):
                state, _ = parse_state(f"?view={view}&lang={lang}&mode={mode}", options=opts)
                result = render_view(sample_dataset, state)
                assert result.content is not None and result.title
    state, _ = parse_state("?view=targets", options=opts)
    assert len(view_specs(sample_dataset, state)) == 5


# ---------------------------------------------------------------- loading
def test_missing_table_is_a_friendly_dataset(tmp_path):
    ds = load_dataset(tmp_path)
    assert not ds.ok and ds.error_key == "msg.no_data_file"


def test_unreadable_table(tmp_path):
    (tmp_path / "indicators.parquet").write_text("not parquet")
    ds = load_dataset(tmp_path)
    assert not ds.ok and ds.error_key == "msg.bad_data_file"


def test_loads_parquet_dir_once(sample_data_dir):
    a = load_dataset(sample_data_dir)
    b = load_dataset(sample_data_dir)
    assert a is b and a.ok
    assert len(a.facts) == 42 and len(a.documents) == 6
    assert a.vintage["documents"] == 6 and a.vintage["documents_ok"] == 5
    assert a.built_at == "2024-02-01 08:00 UTC"


def test_official_list_has_every_district():
    off = official_districts()
    assert len(off) > 690
    row = off[off["admin_code"] == "951"].iloc[0]
    assert row["place_id"] == "soc-trang/huyen-tran-de" and row["province_code"] == "94"


def test_rejection_reasons_lead_with_the_kind_in_the_reader_language():
    from components.sources import reason_text

    reason = "binary file: looks like a PDF document; convert it to text first"
    assert reason_text(reason, "vi") == f"Tệp nhị phân, không phải văn bản ({reason})"
    assert reason_text(reason, "en") == f"Binary file, not text ({reason})"
    assert reason_text("undecodable: not valid UTF-8 (byte 0xd0 at offset 3)", "vi").startswith(
        "Không đọc được bảng mã của tệp (")
    assert reason_text("something new", "vi") == "something new"
    assert reason_text(None, "vi") == "–"


def test_data_view_latest_keeps_each_districts_most_recent_figure(sample_dataset):
    """'Latest available' in the grid means what it means in the charts: one row per place × indicator × measure ×
    target set, the most recent one; a chosen period shows that period only."""
    import pandas as pd
    from components.data_view import data_rows
    from data_access import Dataset

    facts = sample_dataset.facts
    old = facts[(facts["place_id"] == "soc-trang/huyen-tran-de") & (facts["indicator"] == "poverty_rate")
                & (facts["measure"] == "level")].iloc[0].to_dict()
    old.update(fact_id="older", period="2022", value=2.9)
    ds = Dataset.from_frames(pd.concat([facts, pd.DataFrame([old])], ignore_index=True), sample_dataset.documents)
    places = scope_places(ds.places, districts=["soc-trang/huyen-tran-de"])[0]
    latest = data_rows(ds.facts, places, period="latest", indicators=["poverty_rate"])
    assert list(zip(latest["period"], latest["value"])) == [("2023", 1.59)]
    assert list(data_rows(ds.facts, places, period="2022", indicators=["poverty_rate"])["value"]) == [2.9]


def test_the_app_reads_one_committed_generation_and_sees_every_new_one(tmp_path, sample_tables):
    """The cache follows the committed generation, not the facts file's mtime: a rebuild that changes only
    the report or the documents is seen, and a generation folder never committed (a killed run) is not."""
    from etl.write import commit_generation, generations_folder

    facts, documents, _ = sample_tables
    facts = facts.assign(review_status="unreviewed") if "review_status" not in facts else facts
    out = tmp_path / "indicators.parquet"
    commit_generation(facts, documents, {"built_at": "first"}, out)
    assert load_dataset(tmp_path).report == {"built_at": "first"}
    commit_generation(facts, documents.head(3), {"built_at": "second"}, out)
    second = load_dataset(tmp_path)
    assert second.report == {"built_at": "second"} and len(second.documents) == 3
    killed = generations_folder(out) / "20990101T000000-killed"      # written, never committed
    killed.mkdir()
    (killed / "indicators.parquet").write_bytes(b"half")
    assert load_dataset(tmp_path) is second


def test_the_dataset_keeps_text_as_plain_python_objects(sample_dataset):
    """Arrow-backed str columns (what .map, joins and concat give in pandas 3) iterate ~5x slower in the views."""
    import pandas as pd

    for name in ("facts", "places", "provinces", "documents"):
        frame = getattr(sample_dataset, name)
        arrow = [c for c, dtype in frame.dtypes.items() if isinstance(dtype, pd.StringDtype)]
        assert arrow == [], f"{name}: {arrow}"
    assert set(sample_dataset.facts["province_code"].dropna()) <= set(sample_dataset.provinces["province_code"])
