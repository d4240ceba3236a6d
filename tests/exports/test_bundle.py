"""exports/bundle.py: the ZIP holds the data (CSV + XLSX) and a README with URL, time, filters, columns, sources."""
import io
import zipfile
from datetime import datetime

import openpyxl
import pandas as pd

from exports.bundle import zip_file
from exports.context import VN_TZ, ExportContext
from tests.export_samples import sample_documents, sample_facts


def _ctx(lang, **kw):
    state = {"view": "compare", "lang": lang, "mode": "interactive", "provinces": ["94"],
             "districts": ["soc-trang/huyen-tran-de", "tra-vinh/huyen-tra-cu"], "indicator": "income_per_capita",
             "measure": "level", "period": "2023", "indicators": [], "place": None}
    return ExportContext.from_any(
        {"lang": lang, "url": "http://127.0.0.1:8050/?view=compare&ind=income_per_capita&period=2023",
         "vintage": "bảng lập ngày 20/11/2025 từ 5 văn bản", "sources": sample_documents(), **kw},
        state, now=datetime(2025, 11, 22, 9, 30, tzinfo=VN_TZ), frames=[sample_facts()])


def test_zip_contents_and_readme(income_spec, facts, lang):
    payload, name = zip_file(income_spec, _ctx(lang), full_data=facts)
    assert name.isascii() and name.endswith(f"_{lang}_data.zip")
    zf = zipfile.ZipFile(io.BytesIO(payload))
    names = zf.namelist()
    assert "README.md" in names
    csvs = [n for n in names if n.endswith(".csv")]
    xlsxs = [n for n in names if n.endswith(".xlsx")]
    assert len(csvs) == 2 and len(xlsxs) == 2 and all(n.isascii() for n in names)
    shown = pd.read_csv(io.BytesIO(zf.read(next(n for n in csvs if "_shown" in n))), encoding="utf-8-sig")
    assert len(shown) == len(income_spec.data)
    full = pd.read_csv(io.BytesIO(zf.read(next(n for n in csvs if "_full" in n))), encoding="utf-8-sig")
    assert len(full) == len(facts)
    openpyxl.load_workbook(io.BytesIO(zf.read(xlsxs[0])))

    readme = zf.read("README.md").decode("utf-8")
    assert readme.startswith(f"# {income_spec.title}")
    assert "http://127.0.0.1:8050/?view=compare&ind=income_per_capita&period=2023" in readme
    assert "2025-11-22 09:30 (UTC+07:00)" in readme
    # the active filters, readable
    if lang == "vi":
        assert "## Bộ lọc đang áp dụng" in readme
        assert "- Huyện, thị xã, thành phố: Huyện Trần Đề, Huyện Trà Cú" in readme
        assert "- Chỉ tiêu: Thu nhập bình quân đầu người" in readme
        assert "- Kỳ: 2023" in readme
        assert "- Tỉnh: Tỉnh Sóc Trăng" in readme
    else:
        assert "## Active filters" in readme
        assert "- Districts, towns, cities: Huyện Trần Đề, Huyện Trà Cú" in readme
        assert "- Indicator: Income per capita" in readme
    assert "mode" not in readme.split("##")[2]          # presentation keys are not filters
    # column meanings and every source document cited (title, date, file, place)
    assert "(`quote`)" in readme and "(`value`)" in readme
    for doc in sample_documents().to_dict("records"):
        if doc["source_id"] in set(facts["source_id"]):
            assert doc["title"] in readme and doc["file_name"] in readme
    assert "2024-01-05" in readme and "Huyện Trà Cú" in readme
    for n in names:
        if n != "README.md":
            assert f"`{n}`" in readme


def test_readme_uses_readable_filters_from_context_when_given(income_spec):
    ctx = ExportContext.from_any({"lang": "en", "filters": {"Places": "Trần Đề, Trà Cú", "Year": "2023"}})
    readme = zipfile.ZipFile(io.BytesIO(zip_file(income_spec, ctx)[0])).read("README.md").decode()
    assert "- Places: Trần Đề, Trà Cú" in readme and "- Year: 2023" in readme


def test_readme_says_when_no_filters(income_spec):
    readme = zipfile.ZipFile(io.BytesIO(zip_file(income_spec, {"lang": "en"})[0])).read("README.md").decode()
    assert "(no filters: the page's defaults)" in readme
