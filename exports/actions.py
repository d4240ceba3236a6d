"""Every export the panel offers, by action id: what the button says and how the file is made.

`make_export(action, chart_id, specs, context, full_data=None)` → (bytes, filename); the Dash callback is a thin
wrapper around it, so everything a button does is testable without a browser.
"""
from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from components.export_panel import EXPORT_ACTIONS

from .briefing import briefing_filename, build_pptx
from .bundle import data_file, zip_file
from .context import ExportContext
from .errors import ExportError
from .images import image_filename, render_image


def find_spec(specs: Sequence, chart_id: str):
    for spec in specs:
        if spec.chart_id == chart_id:
            return spec
    raise ExportError(f"chart {chart_id!r} not in the current view", key="error_chart_missing")


def make_export(action: str, chart_id: str, specs: Sequence, context=None, *,
                full_data: pd.DataFrame | None = None) -> tuple[bytes, str]:
    """(file bytes, ASCII file name) for one panel action; ExportError with a user message when it can't."""
    if action not in EXPORT_ACTIONS:
        raise ValueError(f"unknown export action {action!r}")
    ctx = ExportContext.from_any(context)
    lang = ctx.lang
    if action == "pptx":
        specs = list(specs)
        if not specs:
            raise ExportError("no charts in view", key="error_no_charts")
        return build_pptx(specs, ctx, lang=lang), briefing_filename(specs, lang=lang)
    spec = find_spec(specs, chart_id)
    if EXPORT_ACTIONS[action].menu == "image":
        fmt, size = action.split("-")
        return render_image(spec, ctx, fmt=fmt, size=size, lang=lang), image_filename(spec, lang=lang, size=size, fmt=fmt)
    if not isinstance(spec.data, pd.DataFrame) or spec.data.empty:
        raise ExportError(f"chart {chart_id!r} has no rows", key="error_no_data")
    if action == "zip":
        return zip_file(spec, ctx, full_data=full_data, lang=lang)
    fmt, kind = action.split("-")
    return data_file(spec, ctx, kind=kind, fmt=fmt, full_data=full_data, lang=lang)
