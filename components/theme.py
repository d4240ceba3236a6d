"""Colours, fonts and the plotly layout every chart shares."""
from __future__ import annotations

import math

from components.i18n import PLOTLY_SEPARATORS, norm_lang

FONT_FAMILY = "Noto Sans"   # the font the page, the images and the decks draw with (assets/fonts)
FONT_STACK = f"{FONT_FAMILY}, Arial, sans-serif"
# Okabe & Ito (2008), colour-blind safe; black last so it is only used for the 8th province.
OKABE_ITO = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"]
# Extra shapes of the same hues for selections with more than 8 provinces.
PATTERNS = ["", "/", "x", "."]
INK = "#1f2933"
MUTED = "#5f6b7a"
GRID = "#e4e7eb"
NO_DATA = "#9aa5b1"
MEDIAN_COLOR = "#1f2933"
# the smallest text a chart draws (tick labels): legible at phone width and, in a 16:9 briefing frame, at the
# page's text size relative to the frame
TICK_FONT = 12


def province_order(province_codes) -> list:
    """The provinces of a selection in the order their colours are given: by province code. The one rule of province
    colours: pass every view and export the provinces of the current selection (the places in scope, not those of
    the rows one chart happens to have), and a province has the same colour on the page, the PNG and the slide."""
    return sorted({c for c in province_codes if isinstance(c, str) and c})


def province_colors(province_codes) -> dict:
    """Colour per province of a selection (province_order), cycling Okabe-Ito: it depends on the set of provinces
    only, not on their order or on which of them a chart has figures for."""
    return {c: OKABE_ITO[i % len(OKABE_ITO)] for i, c in enumerate(province_order(province_codes))}


def province_patterns(province_codes) -> dict:
    """Shape per province of a selection (province_order), for selections of more than eight provinces."""
    return {c: province_pattern(i) for i, c in enumerate(province_order(province_codes))}


def province_pattern(index: int) -> str:
    return PATTERNS[(index // len(OKABE_ITO)) % len(PATTERNS)]


def nice_step(span: float, steps: int, *, whole: bool = False) -> float:
    """A round tick step for about `steps` steps over `span`: 1, 2, 2.5 or 5 times a power of ten; whole=True
    (an axis of counts) a whole number, at least 1 (no 2.5 or 0.5 steps between whole things)."""
    raw = (span or 1.0) / steps
    power = 10 ** math.floor(math.log10(raw))
    factors = (1, 2, 5, 10) if whole and power < 10 else (1, 2, 2.5, 5, 10)
    step = next(m * power for m in factors if m * power >= raw * (1 - 1e-9))
    return max(1, round(step)) if whole else step


def count_axis(lo: float, hi: float, *, steps: int = 5) -> dict:
    """The tick settings of an axis of counts from lo to hi: whole steps from 0, labels without decimals."""
    return {"tick0": 0, "dtick": nice_step(hi - lo, steps, whole=True), "tickformat": ",d"}


def base_layout(lang: str, **overrides) -> dict:
    """Layout shared by every figure: Noto Sans (Vietnamese glyphs), locale separators, quiet grid."""
    layout = dict(
        font=dict(family=FONT_STACK, size=13, color=INK),
        separators=PLOTLY_SEPARATORS[norm_lang(lang)],
        paper_bgcolor="white",
        plot_bgcolor="white",
        margin=dict(l=10, r=20, t=20, b=40),
        hoverlabel=dict(font=dict(family=FONT_STACK, size=13), bgcolor="white", align="left"),
        colorway=OKABE_ITO,
    )
    layout.update(overrides)
    return layout


GRAPH_CONFIG = {
    "displaylogo": False,
    "responsive": True,
    # nothing leaves for a plotly cloud (plotly.js 4 shows "Share chart..." unless told not to) or its editor
    "showSendToCloud": False,
    "showEditInChartStudio": False,
    "showLink": False,
    # no bare "Download plot as png": every image leaves through the export panel, with its header and footer
    "modeBarButtonsToRemove": ["toImage", "select2d", "lasso2d", "autoScale2d", "toggleSpikelines",
                               "sendChartToCloud", "sendDataToCloud", "editInChartStudio"],
}


def graph_config(lang: str) -> dict:
    """GRAPH_CONFIG in the page's language: plotly's own texts (toolbar tooltips, "double-click to zoom back
    out") follow `lang`. 'vi' is registered by assets/plotly-locale-vi.js (plotly.js ships no Vietnamese
    dictionary); 'en' is plotly's built-in default."""
    return {**GRAPH_CONFIG, "locale": norm_lang(lang)}


def make_figure(figure: dict, figure_type: str = "go"):
    """A figure built as plain dicts → go.Figure (for ChartSpecs and exports) or the dict itself (for dcc.Graph on
    the page: no object tree to build and serialise). Validation is skipped; the tests validate every builder."""
    if figure_type == "dict":
        return figure
    import plotly.graph_objects as go

    return go.Figure(figure, _validate=False)


def figure_height(figure, default: int = 400) -> int:
    if isinstance(figure, dict):
        return (figure.get("layout") or {}).get("height") or default
    return figure.layout.height or default
