"""Chart images for briefings, the public entry: PNG (4×) or SVG bytes of a ChartSpec, always with a header (title,
subtitle) and a footer (sources, data vintage, the view's URL) drawn into the image, and their file names.

What goes where is exports/image_layout.py (pure); drawing it is exports/image_renderer.py (Chromium via kaleido).
"""
from __future__ import annotations

import logging
import time

from .image_layout import SIZES, decorate_figure
from .image_renderer import ImageRenderer, get_renderer
from .naming import export_filename

log = logging.getLogger(__name__)

DEFAULT_SCALE = 4
FORMATS = ("png", "svg")


def render_image(spec, context=None, *, fmt: str = "png", size: str = "standard", scale: float | None = None,
                 lang: str | None = None, renderer: ImageRenderer | None = None) -> bytes:
    """PNG (default 4×) or SVG bytes of the decorated chart. Raises ChromiumMissingError / RenderError."""
    fmt = fmt.lower()
    if fmt not in FORMATS:
        raise ValueError(f"fmt must be one of {FORMATS}, not {fmt!r}")
    if scale is None:
        scale = DEFAULT_SCALE if fmt == "png" else 1
    fig = decorate_figure(spec, context, size=size, lang=lang)
    W, H = SIZES[size]
    started = time.perf_counter()
    out = (renderer or get_renderer()).render(fig, fmt=fmt, width=W, height=H, scale=scale)
    log.debug("rendered %s %s in %.3fs (%d bytes)", fmt, size, time.perf_counter() - started, len(out))
    return out


def image_filename(spec, *, lang: str, size: str, fmt: str) -> str:
    """'poverty-rate_level_tran-de-tra-cu_2023_vi_standard.png'"""
    return export_filename(getattr(spec, "data", None), lang=lang, variant=size, ext=fmt,
                           fallback=getattr(spec, "chart_id", "chart"))
