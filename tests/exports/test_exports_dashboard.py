"""Exports of the real dashboard views (app.py + the ETL output of seeds/): what reviewers found missing.

Every document behind an exported row is cited; the README lists only the filters the view applies, with names;
builders' helper columns never leak; labels and numbers read as on the charts.
"""
from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

import pandas as pd
import pytest

import app as dashboard
from components.i18n import measure_label as ui_measure_label
from components.state import parse_state
from exports.actions import make_export
from exports.context import ExportContext

VIEWS = {
    "compare": "?view=compare&ind=poverty_rate&measure=level&period=latest",
    "compare_income": "?view=compare&ind=income_per_capita&measure=level&period=latest",
    "targets": "?view=targets&period=latest",
    "scorecard": "?view=scorecard&measure=pct_of_target&period=latest",
    "data": "?view=data&period=latest",
}


@pytest.fixture(scope="module")
def dataset(tmp_path_factory):
    """The real ETL output of seeds/, built into a temp dir and served through $NQ_DATA_DIR."""
    from etl.pipeline import run

    out = tmp_path_factory.mktemp("exports-dashboard")
    run(Path(dashboard.__file__).parent / "seeds", out / "indicators.parquet", out / "etl_report.json")
    old = os.environ.get("NQ_DATA_DIR")
    os.environ["NQ_DATA_DIR"] = str(out)
    ds = dashboard.get_dataset()
    assert ds.ok
    yield ds
    if old is None:
        os.environ.pop("NQ_DATA_DIR", None)
    else:
        os.environ["NQ_DATA_DIR"] = old


def state_of(query: str, lang: str = "vi") -> dict:
    state, _ = parse_state(f"{query}&lang={lang}")
    return state


def export(state: dict, action: str, chart_id: str | None = None):
    specs = dashboard.specs_for_state(state)
    ctx = ExportContext.from_any(dashboard.context_for_state(state), state, frames=[s.data for s in specs])
    full = dashboard.full_data_for_state(state) if action in ("csv-full", "xlsx-full", "zip") else None
    return make_export(action, chart_id or specs[0].chart_id, specs, ctx, full_data=full)


def read_csv(payload: bytes) -> pd.DataFrame:
    return pd.read_csv(io.BytesIO(payload), encoding="utf-8-sig", keep_default_na=False, dtype=str)


@pytest.mark.parametrize("view", list(VIEWS))
def test_every_document_behind_an_exported_row_is_cited(dataset, view, lang):
    state = state_of(VIEWS[view], lang)
    full = dashboard.full_data_for_state(state)
    ctx = dashboard.context_for_state(state)
    cited = ctx["sources"].set_index("source_id")
    for sid in set(full["source_id"]):
        assert sid in cited.index, sid
        assert cited.loc[sid, "title"] and cited.loc[sid, "file_name"], sid
    table = read_csv(export(state, "csv-full")[0])
    title_col, file_col = ("Văn bản nguồn", "Tệp nguồn") if lang == "vi" else ("Source document", "Source file")
    assert len(table) == len(full)
    assert (table[title_col] != "").all() and (table[file_col] != "").all()
    readme = zipfile.ZipFile(io.BytesIO(export(state, "zip")[0])).read("README.md").decode("utf-8")
    sources_part = readme.split("## ")[-3]  # the sources section (then notes)
    for sid in set(full["source_id"]):
        assert f"{sid}.txt (id {sid})" in readme
    assert ": ? (" not in sources_part


def _filters_section(readme: str) -> str:
    return readme.split("\n## ")[1]


@pytest.mark.parametrize("view", ["targets", "scorecard", "data"])
def test_readme_lists_only_the_filters_the_view_applies(dataset, view, lang):
    state = state_of(VIEWS[view] + "&ind=income_per_capita", lang)
    chart = dashboard.specs_for_state(state)[0].chart_id
    filters = _filters_section(zipfile.ZipFile(io.BytesIO(export(state, "zip", chart)[0])).read("README.md").decode())
    indicator_key = "Chỉ tiêu:" if lang == "vi" else "Indicator:"
    assert f"- {indicator_key}" not in filters
    assert "Thu nhập bình quân" not in filters and "Income per capita" not in filters
    if view == "targets":
        assert ("Loại số liệu" if lang == "vi" else "Measure") not in filters
    if view == "scorecard":  # the scorecard does apply a measure
        assert ui_measure_label("pct_of_target", lang) in filters


def test_readme_names_a_chosen_district_that_has_no_rows(dataset, lang):
    # Trần Đề reports no income per capita: it is chosen but plots nothing
    state = state_of("?view=compare&ind=income_per_capita&measure=level&period=latest"
                     "&dist=soc-trang/huyen-tran-de,tra-vinh/huyen-tra-cu", lang)
    assert "soc-trang/huyen-tran-de" not in set(dashboard.specs_for_state(state)[0].data["place_id"])
    filters = _filters_section(zipfile.ZipFile(io.BytesIO(export(state, "zip")[0])).read("README.md").decode())
    assert "Huyện Trần Đề" in filters and "Huyện Trà Cú" in filters
    assert "soc-trang/huyen-tran-de" not in filters


@pytest.mark.parametrize("view", list(VIEWS))
def test_no_internal_columns_in_any_download(dataset, view):
    state = state_of(VIEWS[view])
    for action in ("csv-shown", "csv-full"):
        table = read_csv(export(state, action)[0])
        assert not [c for c in table.columns if c.startswith("_")], action
    readme = zipfile.ZipFile(io.BytesIO(export(state, "zip")[0])).read("README.md").decode("utf-8")
    assert "(`_" not in readme


def test_measure_named_as_on_the_chart_in_csv_and_readme(dataset, lang):
    state = state_of(VIEWS["compare"], lang)
    spec = dashboard.specs_for_state(state)[0]
    label = ui_measure_label("level", lang)           # "Giá trị đạt được" / "Level reached", as the chart says
    assert label in spec.subtitle or label in str(spec.figure.layout)
    table = read_csv(export(state, "csv-shown")[0])
    assert set(table["Loại số liệu" if lang == "vi" else "Measure"]) == {label}
    readme = zipfile.ZipFile(io.BytesIO(export(state, "zip")[0])).read("README.md").decode("utf-8")
    assert label in readme


def test_xlsx_is_documented_for_vietnamese_excel(dataset):
    for lang, words in (("vi", ("Excel cài đặt vùng Việt Nam", "hãy mở tệp XLSX")),
                        ("en", ("Excel set to a Vietnamese locale", "open the XLSX"))):
        state = state_of(VIEWS["compare"], lang)
        readme = zipfile.ZipFile(io.BytesIO(export(state, "zip")[0])).read("README.md").decode()
        assert all(w in readme for w in words)
