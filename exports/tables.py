"""Data downloads: the rows shown (or the full filtered data) as CSV and XLSX with readable, localised columns.

Rows keep their order and values exactly; text cells that a spreadsheet would run as a formula are neutralised
(CSV: a leading "'"; XLSX: stored as text cells marked quotePrefix, so the text shows unchanged and never
runs); numeric columns stay numbers (negative values included).
"""
from __future__ import annotations

import io

import pandas as pd
from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from .context import ExportContext
from .formatting import is_missing
from components.labels import indicator_info, indicator_label
from components.i18n import measure_label, place_label, qualifier_label
from .sources import full_citation, source_lookup, source_rows
from components.i18n import t, unit_label
from components.strings import coded
from components.strings.keys import EXPORT_BODY, EXPORT_COLUMN, EXPORT_DESCRIPTION, EXPORT_SCOPE, REVIEW_RISK, REVIEW_STATUS

# Output columns, in order; each shown only when the input has what it is derived from.
COLUMN_ORDER = [
    "place_name", "province", "place_name_reported", "province_reported", "indicator_label", "measure_label", "period", "term", "value", "denominator", "unit",
    "qualifier_label", "target_scope", "target_body", "source_title", "source_published", "source_file", "quote",
    "indicator", "measure", "place_id", "place_type", "admin_code", "province_code", "period_type", "qualifier",
    "source_id", "char_start", "char_end", "curated", "review_status", "review", "fact_id",
]
NUMERIC_COLUMNS = ("value", "denominator", "char_start", "char_end")
# input column each derived column needs
_DERIVED_FROM = {
    "indicator_label": "indicator", "measure_label": "measure", "qualifier_label": "qualifier",
    "source_title": "source_id", "source_published": "source_id", "source_file": "source_id",
}
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value):
    """Text a spreadsheet would run as a formula ('=HYPERLINK(…)', '-2+3', '@SUM') gets a leading "'"."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def _localised(values: pd.Series, table: dict[str, str], lang: str) -> pd.Series:
    """Coded cells in words through a components/strings/keys.py table; empty cells stay empty."""
    return values.map(lambda v: None if is_missing(v) or v == "" else coded(table, v, lang))


def export_frame(data: pd.DataFrame, context: ExportContext | dict | None = None, *, lang: str | None = None) -> pd.DataFrame:
    """The download table, columns named by key (COLUMN_ORDER, then any extra chart columns), rows as given.

    Values are not neutralised here (see `neutralised`); numbers are numeric dtypes.
    """
    ctx = ExportContext.from_any(context)
    lang = lang or ctx.lang
    data = data.reset_index(drop=True) if isinstance(data, pd.DataFrame) else pd.DataFrame()
    docs = source_lookup(ctx.sources)
    cols: dict[str, pd.Series] = {}
    n = len(data)

    def doc_field(name):
        return data["source_id"].map(lambda s: None if is_missing(s) else docs.get(str(s), {}).get(name))

    for key in COLUMN_ORDER:
        base = _DERIVED_FROM.get(key, key)
        if base not in data.columns and not (key == "unit" and "indicator" in data.columns):
            continue
        if key == "indicator_label":
            cols[key] = data["indicator"].map(lambda i: indicator_label(i, lang) if not is_missing(i) else None)
        elif key in ("place_name", "province", "place_name_reported", "province_reported"):
            cols[key] = data[key].map(lambda p: place_label(p, lang) or None)   # 'Trà Cú District' in English
        elif key == "measure_label":
            cols[key] = data["measure"].map(lambda m: measure_label(m, lang) or None)
        elif key == "qualifier_label":
            cols[key] = data["qualifier"].map(lambda q: qualifier_label(q, lang) or None)
        elif key == "unit":
            if "unit" in data.columns:
                units = data["unit"]
            else:  # fall back on the catalogue's unit
                units = data["indicator"].map(lambda i: indicator_info(i).get("unit"))
            cols[key] = units.map(lambda u: unit_label(u, lang) or None)
        elif key == "target_scope":
            cols[key] = _localised(data[key], EXPORT_SCOPE, lang)
        elif key == "target_body":
            cols[key] = _localised(data[key], EXPORT_BODY, lang)
        elif key == "source_title":
            cols[key] = doc_field("title")
        elif key == "source_published":
            cols[key] = doc_field("published")
        elif key == "source_file":
            cols[key] = doc_field("file_name")
        elif key == "curated":
            cols[key] = data[key].map(lambda b: None if is_missing(b) else t("yes" if bool(b) else "no", lang))
        elif key == "review_status":
            cols[key] = _localised(data[key], REVIEW_STATUS, lang)
        elif key == "review":       # why the ETL says a person should check the figure (etl.schema.REVIEW_CODES)
            cols[key] = _localised(data[key], REVIEW_RISK, lang)
        elif key in NUMERIC_COLUMNS:
            series = pd.to_numeric(data[key], errors="coerce")
            if key in ("char_start", "char_end"):
                series = series.astype("Int64")
            else:
                series = series.astype("float64")
            cols[key] = series
        else:
            cols[key] = data[key].map(lambda v: None if is_missing(v) else v)
    used = set(COLUMN_ORDER)
    for extra in data.columns:  # columns the chart computed (rank, share…): kept, under their own names
        if is_internal_column(extra):  # helpers such as _order, _pref: never part of a download
            continue
        if extra not in used and extra not in cols:
            cols[extra] = data[extra]
    frame = pd.DataFrame(cols, index=range(n))
    return frame


def is_internal_column(name) -> bool:
    """Underscore-prefixed columns (_order, _pref, _rank…) are the builders' helpers, not data."""
    return str(name).startswith("_")


def neutralised(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy whose text cells cannot run as formulas; numeric and boolean columns untouched."""
    out = frame.copy()
    for col in out.columns:
        if pd.api.types.is_numeric_dtype(out[col]) or pd.api.types.is_bool_dtype(out[col]):
            continue
        out[col] = out[col].map(neutralise).astype(object)
    return out


def column_title(key: str, lang: str) -> str:
    return coded(EXPORT_COLUMN, key, lang)


def column_description(key: str, lang: str) -> str:
    return coded(EXPORT_DESCRIPTION, key, lang, default=t("desc_extra", lang))


def to_csv_bytes(frame: pd.DataFrame, *, lang: str) -> bytes:
    """CSV, UTF-8 with BOM, CRLF line ends, dot decimals, readable localised headers, neutralised text."""
    out = neutralised(frame)
    out.columns = [neutralise(column_title(c, lang)) for c in frame.columns]
    text = out.to_csv(index=False, lineterminator="\r\n", float_format="%.15g")
    return text.encode("utf-8-sig")


def _cell(value):
    """An XLSX cell value: None for missing, Python numbers for numbers, text cleaned of characters XLSX cannot
    hold (text is neutralised by `_append`, as a typed text cell, not with an apostrophe)."""
    if is_missing(value):
        return None
    if isinstance(value, str):
        return ILLEGAL_CHARACTERS_RE.sub("", value)
    if hasattr(value, "item"):  # numpy scalar → Python number
        value = value.item()
    if isinstance(value, (int, float, bool)):
        return value
    return ILLEGAL_CHARACTERS_RE.sub("", str(value))


def _append(ws, values) -> None:
    """Append a row; a text cell a spreadsheet would read as a formula becomes a plain text cell with the
    quotePrefix flag (what Excel stores when one types a leading apostrophe: the text shows as it is)."""
    ws.append([_cell(v) for v in values])
    for cell in ws[ws.max_row]:
        if isinstance(cell.value, str) and cell.value.startswith(FORMULA_PREFIXES):
            cell.data_type = "s"
            cell.quotePrefix = True


_HEADER_FONT = Font(bold=True, color="FFFFFF")
_HEADER_FILL = PatternFill("solid", fgColor="1F4E79")
_WIDTHS = {"quote": 80, "source_title": 50, "indicator_label": 36, "place_name": 22}


def _write_table(ws, frame: pd.DataFrame, lang: str) -> None:
    headers = [column_title(c, lang) for c in frame.columns]
    _append(ws, headers)
    for cell in ws[1]:
        cell.font = _HEADER_FONT
        cell.fill = _HEADER_FILL
        cell.alignment = Alignment(vertical="top", wrap_text=True)
    for row in frame.itertuples(index=False, name=None):
        _append(ws, row)
    for idx, key in enumerate(frame.columns, start=1):
        letter = get_column_letter(idx)
        if key in _WIDTHS:
            width = _WIDTHS[key]
        else:
            longest = max([len(str(headers[idx - 1]))] + [len(str(v)) for v in frame[key].head(200) if not is_missing(v)])
            width = min(max(10, longest + 2), 40)
        ws.column_dimensions[letter].width = width
        if key == "value":
            for (cell,) in ws.iter_rows(min_row=2, min_col=idx, max_col=idx):
                cell.number_format = "General"
    ws.freeze_panes = "A2"
    if frame.shape[1]:
        ws.auto_filter.ref = f"A1:{get_column_letter(frame.shape[1])}{max(1, len(frame) + 1)}"


def about_rows(ctx: ExportContext, *, title: str = "", subtitle: str = "", n_rows: int | None = None,
               source_ids=None, columns=None) -> list[tuple[str, str]]:
    """(label, text) pairs describing a download: title, URL, time, vintage, filters, sources, column meanings."""
    lang = ctx.lang
    rows = []
    if title:
        rows.append((t("about_title", lang), title))
    if subtitle:
        rows.append((t("about_subtitle", lang), subtitle))
    if ctx.url:
        rows.append((t("readme_url", lang), ctx.url))
    rows.append((t("readme_downloaded", lang), f"{ctx.timestamp_text}, {t('readme_timezone', lang)}"))
    if ctx.vintage:
        rows.append((t("readme_vintage", lang), ctx.vintage))
    if n_rows is not None:
        rows.append((t("about_rows", lang), str(n_rows)))
    filters = ctx.filters or {}
    if filters:
        for k, v in filters.items():
            rows.append((f"{t('readme_filters', lang)}: {k}", str(v)))
    else:
        rows.append((t("readme_filters", lang), t("readme_no_filters", lang)))
    for i, row in enumerate(source_rows(source_ids or [], ctx.sources), start=1):
        rows.append((f"{t('readme_sources', lang)} {i}", full_citation(row, lang)))
    for key in columns or []:
        rows.append((column_title(key, lang), column_description(key, lang)))
    return rows


def to_xlsx_bytes(frame: pd.DataFrame, *, lang: str, context: ExportContext | dict | None = None,
                  title: str = "", subtitle: str = "") -> bytes:
    """XLSX: a data sheet (numeric cells for numbers, neutralised text, frozen header, filters) and an About sheet."""
    ctx = ExportContext.from_any(context).with_lang(lang)
    wb = Workbook()
    ws = wb.active
    ws.title = t("data_sheet", lang)
    _write_table(ws, frame, lang)
    about = wb.create_sheet(t("about_sheet", lang))
    source_ids = []
    if "source_id" in frame.columns:
        source_ids = list(dict.fromkeys(str(s) for s in frame["source_id"] if not is_missing(s)))
    for label, text in about_rows(ctx, title=title, subtitle=subtitle, n_rows=len(frame),
                                  source_ids=source_ids, columns=list(frame.columns)):
        _append(about, (label, text))
    about.column_dimensions["A"].width = 34
    about.column_dimensions["B"].width = 110
    for (cell,) in about.iter_rows(min_col=1, max_col=1):
        cell.font = Font(bold=True)
    wb.properties.title = title or None
    wb.properties.creator = "nghiquyet-dashboard"
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()
