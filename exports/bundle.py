"""Data downloads for one chart: CSV / XLSX of the data shown or the full filtered data, and a ZIP with both
plus a README (title, the view's URL, download time, active filters, column meanings, source citations)."""
from __future__ import annotations

import io
import zipfile

import pandas as pd

from .context import ExportContext
from .formatting import is_missing
from .naming import export_filename
from .sources import full_citation, source_rows, spec_source_ids
from .tables import column_description, column_title, export_frame, to_csv_bytes, to_xlsx_bytes
from components.i18n import norm_lang, t

DATA_KINDS = ("shown", "full")
DATA_FORMATS = ("csv", "xlsx")


def _source_ids(*frames: pd.DataFrame, spec=None) -> list[str]:
    ids = list(spec_source_ids(spec)) if spec is not None else []
    for frame in frames:
        if isinstance(frame, pd.DataFrame) and "source_id" in frame.columns:
            ids += [str(s) for s in frame["source_id"] if not is_missing(s)]
    return list(dict.fromkeys(ids))


def data_file(spec, context=None, *, kind: str = "shown", fmt: str = "csv", full_data: pd.DataFrame | None = None,
              lang: str | None = None) -> tuple[bytes, str]:
    """(bytes, filename) of the data shown (exactly spec.data, plotted order) or the full data for the filters."""
    if kind not in DATA_KINDS or fmt not in DATA_FORMATS:
        raise ValueError(f"kind must be in {DATA_KINDS} and fmt in {DATA_FORMATS}")
    ctx = ExportContext.from_any(context)
    lang = norm_lang(lang or ctx.lang)
    ctx = ctx.with_lang(lang)
    rows = spec.data if kind == "shown" else (full_data if full_data is not None else spec.data)
    frame = export_frame(rows, ctx, lang=lang)
    name = export_filename(spec.data, lang=lang, variant=kind, ext=fmt, fallback=spec.chart_id)
    if fmt == "csv":
        return to_csv_bytes(frame, lang=lang), name
    return to_xlsx_bytes(frame, lang=lang, context=ctx, title=spec.title, subtitle=spec.subtitle), name


def readme_text(spec, context=None, *, files: dict[str, str], n_shown: int, n_full: int, columns: list[str],
                lang: str | None = None, full_data: pd.DataFrame | None = None) -> str:
    """README.md of the ZIP; `files` maps file name → 'shown'/'full'."""
    ctx = ExportContext.from_any(context)
    lang = norm_lang(lang or ctx.lang)
    lines = [f"# {spec.title or spec.chart_id}", ""]
    if spec.subtitle:
        lines += [spec.subtitle, ""]
    if ctx.url:
        lines.append(f"- {t('readme_url', lang)}: {ctx.url}")
    lines.append(f"- {t('readme_downloaded', lang)}: {ctx.timestamp_text}, {t('readme_timezone', lang)}")
    if ctx.vintage:
        lines.append(f"- {t('readme_vintage', lang)}: {ctx.vintage}")
    lines += ["", f"## {t('readme_filters', lang)}", ""]
    if ctx.filters:
        lines += [f"- {k}: {v}" for k, v in ctx.filters.items()]
    else:
        lines.append(f"- {t('readme_no_filters', lang)}")
    lines += ["", f"## {t('readme_files', lang)}", ""]
    for name, kind in files.items():
        what = t("readme_file_shown", lang, n=n_shown) if kind == "shown" else t("readme_file_full", lang, n=n_full)
        lines.append(f"- `{name}`: {what}")
    lines += ["", f"## {t('readme_columns', lang)}", ""]
    lines += [f"- **{column_title(c, lang)}** (`{c}`): {column_description(c, lang)}" for c in columns]
    lines += ["", f"## {t('readme_sources', lang)}", ""]
    rows = source_rows(_source_ids(spec.data, full_data, spec=spec), ctx.sources)
    lines += [f"{i}. {full_citation(r, lang)}" for i, r in enumerate(rows, start=1)] or [f"- {t('no_sources', lang)}"]
    lines += ["", f"## {t('readme_notes', lang)}", "",
              f"- {t('readme_note_csv', lang)}", f"- {t('readme_note_injection', lang)}", f"- {t('readme_note_quote', lang)}", ""]
    return "\n".join(lines)


def zip_file(spec, context=None, *, full_data: pd.DataFrame | None = None, lang: str | None = None) -> tuple[bytes, str]:
    """(bytes, filename) of a ZIP: data shown + full data, each as CSV and XLSX, and README.md."""
    ctx = ExportContext.from_any(context)
    lang = norm_lang(lang or ctx.lang)
    ctx = ctx.with_lang(lang)
    full = full_data if full_data is not None else spec.data
    files: dict[str, str] = {}
    payloads: dict[str, bytes] = {}
    columns: list[str] = []
    for kind in DATA_KINDS:
        for fmt in DATA_FORMATS:
            data, name = data_file(spec, ctx, kind=kind, fmt=fmt, full_data=full, lang=lang)
            files[name] = kind
            payloads[name] = data
    for frame in (export_frame(spec.data, ctx, lang=lang), export_frame(full, ctx, lang=lang)):
        columns += [c for c in frame.columns if c not in columns]
    readme = readme_text(spec, ctx, files=files, n_shown=len(spec.data), n_full=len(full), columns=columns,
                         lang=lang, full_data=full)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("README.md", readme.encode("utf-8"))
        for name, data in payloads.items():
            zf.writestr(name, data)
    name = export_filename(spec.data, lang=lang, variant="data", ext="zip", fallback=spec.chart_id)
    return buf.getvalue(), name
