"""exports/tables.py and exports/bundle.py: CSV / XLSX downloads are exactly the chart's rows, readable and safe."""
import io

import openpyxl
import pandas as pd
import pytest

from components.i18n import place_label
from exports.bundle import data_file
from exports.tables import export_frame, neutralise, neutralised, to_csv_bytes, to_xlsx_bytes


def read_csv(payload: bytes) -> pd.DataFrame:
    assert payload.startswith(b"\xef\xbb\xbf"), "CSV must start with a UTF-8 BOM"
    return pd.read_csv(io.BytesIO(payload), encoding="utf-8-sig", keep_default_na=False, dtype=str)


@pytest.mark.parametrize("value,expected", [
    ("=1+1", "'=1+1"), ("+84 123", "'+84 123"), ("-2,5% so với", "'-2,5% so với"), ("@SUM(A1)", "'@SUM(A1)"),
    ("\tx", "'\tx"), ("\rx", "'\rx"), ("tỷ lệ hộ nghèo", "tỷ lệ hộ nghèo"), ("", ""), (-2.5, -2.5), (None, None),
])
def test_neutralise(value, expected):
    assert neutralise(value) == expected


def test_csv_rows_equal_the_plotted_points(income_spec, lang):
    ctx = {"lang": lang, "sources": pd.DataFrame()}
    payload, name = data_file(income_spec, ctx, kind="shown", fmt="csv")
    table = read_csv(payload)
    place_col, value_col = ("Địa phương", "Giá trị") if lang == "vi" else ("Place", "Value")
    bar = income_spec.figure.data[0]
    # same places (named in the reader's language: 'Trà Cú District'), same (plotted) order
    assert list(table[place_col]) == [place_label(x, lang) for x in bar.x]
    assert [float(v) for v in table[value_col]] == list(bar.y)          # same values
    assert len(table) == len(bar.x)
    assert name.isascii() and name.endswith(f"_{lang}_shown.csv")


def test_csv_columns_are_readable_and_carry_label_unit_period_qualifier_source_quote(income_spec):
    from tests.export_samples import sample_documents

    payload, _ = data_file(income_spec, {"lang": "vi", "sources": sample_documents()}, kind="shown", fmt="csv")
    table = read_csv(payload)
    for col in ("Địa phương", "Chỉ tiêu", "Loại số liệu", "Kỳ", "Giá trị", "Đơn vị", "Ghi chú số liệu",
                "Văn bản nguồn", "Tệp nguồn", "Trích nguyên văn", "Mã chỉ tiêu"):
        assert col in table.columns, col
    first = table.iloc[0]
    assert first["Chỉ tiêu"] == "Thu nhập bình quân đầu người"
    assert first["Đơn vị"] == "triệu đồng/người"
    assert first["Tệp nguồn"] == "001_8352014f7d2fa197.txt"
    assert first["Văn bản nguồn"].startswith("Huyện ủy Trà Cú")
    estimate = table[table["Mã ghi chú số liệu"] == "estimate"].iloc[0]
    assert estimate["Ghi chú số liệu"] == "ước"  # the dashboard's label (components.i18n qualifier.estimate)
    en = read_csv(data_file(income_spec, {"lang": "en", "sources": sample_documents()}, kind="shown", fmt="csv")[0])
    assert {"Place", "Indicator", "Unit", "Quote (source text)", "Source document"} <= set(en.columns)
    assert en.iloc[0]["Indicator"] == "Income per capita"


def test_formula_quote_is_neutralised_and_negative_numbers_stay_numbers(growth_spec, income_spec):
    table = read_csv(data_file(income_spec, {"lang": "en"}, kind="shown", fmt="csv")[0])
    quotes = list(table["Quote (source text)"])
    assert any(q.startswith("'=HYPERLINK(") for q in quotes)
    assert not any(q.startswith("=") for q in quotes)
    growth = read_csv(data_file(growth_spec, {"lang": "en"}, kind="shown", fmt="csv")[0])
    assert "-2.5" in list(growth["Value"])                      # a number, not "'-2.5"
    assert growth.loc[growth["Value"] == "-2.5", "Quote (source text)"].iloc[0].startswith("'-2,5%")


def test_xlsx_opens_numbers_are_numeric_cells_and_text_is_neutralised(income_spec, growth_spec, lang):
    from tests.export_samples import sample_documents

    payload, name = data_file(growth_spec, {"lang": lang, "sources": sample_documents()}, kind="shown", fmt="xlsx")
    assert name.endswith(".xlsx") and name.isascii()
    wb = openpyxl.load_workbook(io.BytesIO(payload))
    ws = wb.worksheets[0]
    header = [c.value for c in ws[1]]
    value_idx = header.index("Giá trị" if lang == "vi" else "Value")
    values = [row[value_idx] for row in ws.iter_rows(min_row=2, values_only=True)]
    assert values == list(growth_spec.data["value"])             # [-2.5, 7.8] as numbers, in plotted order
    assert all(isinstance(v, (int, float)) for v in values)
    start_idx = header.index("Vị trí trích (ký tự đầu)" if lang == "vi" else "Quote start (character)")
    assert all(isinstance(row[start_idx], int) for row in ws.iter_rows(min_row=2, values_only=True))
    quote_idx = header.index("Trích nguyên văn" if lang == "vi" else "Quote (source text)")
    quotes = [row[quote_idx] for row in ws.iter_rows(min_row=2, values_only=True)]
    assert quotes[0].startswith("-2,5%")                         # as written: no apostrophe shown
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            assert cell.data_type != "f", f"formula cell at {cell.coordinate}"
            if isinstance(cell.value, str) and cell.value[:1] in "=+-@":
                assert cell.data_type == "s" and cell.quotePrefix, f"{cell.coordinate} is not a text cell"
    # the formula-looking quote of the income chart stays text
    wb2 = openpyxl.load_workbook(io.BytesIO(data_file(income_spec, {"lang": lang}, kind="shown", fmt="xlsx")[0]))
    cells = [c for row in wb2.worksheets[0].iter_rows(min_row=2) for c in row if isinstance(c.value, str)]
    hyperlinks = [c for c in cells if c.value.startswith("=HYPERLINK(")]
    assert hyperlinks and all(c.data_type == "s" and c.quotePrefix for c in hyperlinks)
    assert not any(c.value.startswith("'") for c in cells)
    about = wb.worksheets[1]
    assert about.title in ("Thông tin", "About")
    assert any("002_99971e3db5ca8c42" in str(c.value) or "001_8352014f7d2fa197" in str(c.value)
               for row in about.iter_rows() for c in row)


def test_full_data_download_uses_the_full_frame(income_spec, facts):
    payload, name = data_file(income_spec, {"lang": "vi"}, kind="full", fmt="csv", full_data=facts)
    assert len(read_csv(payload)) == len(facts)
    assert name.endswith("_vi_full.csv")
    wb = openpyxl.load_workbook(io.BytesIO(data_file(income_spec, {"lang": "vi"}, kind="full", fmt="xlsx",
                                                     full_data=facts)[0]))
    assert wb.worksheets[0].max_row == len(facts) + 1


def test_export_frame_keeps_rows_order_and_extra_columns(income_spec):
    data = income_spec.data.assign(rank=range(1, len(income_spec.data) + 1))
    frame = export_frame(data, {"lang": "en"})
    assert list(frame["value"]) == list(data["value"])
    assert list(frame["rank"]) == [1, 2, 3, 4]
    assert frame.columns[0] == "place_name"
    assert pd.api.types.is_float_dtype(frame["value"])
    safe = neutralised(frame)
    assert pd.api.types.is_float_dtype(safe["value"])


def test_frames_without_optional_columns_still_export():
    data = pd.DataFrame({"place_name": ["Huyện Trần Đề"], "indicator": ["poverty_rate"], "value": [-1.0]})
    frame = export_frame(data, {"lang": "vi"})
    assert frame.loc[0, "unit"] == "%"                  # from the catalogue
    assert frame.loc[0, "indicator_label"] == "Tỷ lệ hộ nghèo"
    table = read_csv(to_csv_bytes(frame, lang="vi"))
    assert table.loc[0, "Giá trị"] == "-1"
    wb = openpyxl.load_workbook(io.BytesIO(to_xlsx_bytes(frame, lang="vi")))
    assert wb.worksheets[0]["C2"].value == -1 or -1 in [c.value for c in wb.worksheets[0][2]]


def test_illegal_control_characters_do_not_break_xlsx():
    data = pd.DataFrame({"place_name": ["A\x0bB"], "quote": ["x\x01y"], "value": [1.0]})
    wb = openpyxl.load_workbook(io.BytesIO(to_xlsx_bytes(export_frame(data, {"lang": "en"}), lang="en")))
    assert [c.value for c in wb.worksheets[0][2]][:1] == ["AB"]


@pytest.mark.parametrize("lang,reason,reported", [("vi", "kỳ lấy từ văn bản, không có trong câu", "Tên trong báo cáo"),
                                                  ("en", "period taken from the document, not the sentence",
                                                   "Name in the report")])
def test_downloads_say_why_a_figure_needs_checking_and_the_name_the_report_used(lang, reason, reported):
    data = pd.DataFrame({"place_name": ["Thị xã Nghi Sơn", "Thị xã Nghi Sơn"], "indicator": ["poverty_rate"] * 2,
                         "place_name_reported": ["Huyện Tĩnh Gia", None], "value": [2.1, 1.9],
                         "review": ["period_from_document", None], "review_status": ["unreviewed", "accepted"]})
    frame = export_frame(data, {"lang": lang})
    assert frame.loc[0, "review"] == reason and pd.isna(frame.loc[1, "review"])
    assert frame.loc[0, "place_name_reported"] == place_label("Huyện Tĩnh Gia", lang)
    table = read_csv(to_csv_bytes(frame, lang=lang))
    assert reported in table.columns and table.loc[0, reported] == place_label("Huyện Tĩnh Gia", lang)
