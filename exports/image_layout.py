"""Layout arithmetic of chart images: sizes and styles, header text (title, subtitle, direction note), footer lines
(sources, data vintage, the view's URL), margins, and what is squeezed to fit (tick labels, heatmap cells, table
rows). Pure: plotly figures in, plotly figures out, nothing rendered here (exports/image_renderer.py draws them,
exports/images.py is the public entry).

The figure is rebuilt from `spec.figure` with room above and below the plot; header and footer are layout
title/annotations positioned in pixels, so nothing is cramped and the chart is never exported bare.
"""
from __future__ import annotations

import html
import math
import re
from dataclasses import dataclass

import plotly.graph_objects as go

from .context import ExportContext
from .fonts import CSS_FONT_STACK, text_width, wrap_text
from .formatting import is_missing
from components.labels import indicator_info, indicator_label, lower_is_better
from components.i18n import measure_label
from etl.period_grammar import period_label, period_sort_key
from .sources import short_citation, source_rows, spec_source_ids
from components.i18n import norm_lang, t, unit_label

# "deck": the picture placed on a PowerPoint slide, at the aspect of the space between the slide's title and its
# source line (12.43 × 5.6 in), so PowerPoint never scales it down; drawn without a header or footer
SIZES = {"standard": (850, 600), "slide": (1280, 720), "deck": (1280, 576)}
LINE = 1.3  # plotly's line spacing, in em


@dataclass(frozen=True)
class _Style:
    title: float      # px
    subtitle: float
    footer: float
    base: float       # chart text
    pad: float        # outer padding


STYLES = {
    "standard": _Style(title=20, subtitle=13.5, footer=10.5, base=12, pad=18),
    "slide": _Style(title=26, subtitle=16.5, footer=12, base=14, pad=26),
    # 1280 px across 12.43 in: 1 px = 0.7 pt, so chart text is 14 pt on the slide (above its 10 pt source line)
    "deck": _Style(title=26, subtitle=16.5, footer=12, base=20, pad=16),
}
MAX_LABEL_SHARE = 0.36  # of the canvas width: row labels on one line may take this much beside the plot
HEADERLESS_SIZES = ("deck",)  # the slide carries the title and the source line once
ROWS_NOTE = "rows_note"  # layout.meta key of a decorated table figure whose rows were cut
TITLE_COLOR, SUBTITLE_COLOR, FOOTER_COLOR, RULE_COLOR = "#1a1a1a", "#4a4a4a", "#5a5a5a", "#c8c8c8"


# ------------------------------------------------------------------------------------------------ header text
def _unique(values):
    return list(dict.fromkeys(v for v in values if not is_missing(v)))


def default_title(data, lang: str) -> str:
    """Indicator label(s) of the plotted rows, for specs that come without a title."""
    if data is None or "indicator" not in getattr(data, "columns", []):
        return ""
    return " · ".join(indicator_label(i, lang) for i in _unique(data["indicator"])[:3])


def default_subtitle(data, lang: str) -> str:
    """'Mức đạt được · % · năm 2023' from the plotted rows: measure, unit, period(s)."""
    if data is None or len(data) == 0:
        return ""
    parts = []
    if "measure" in data.columns:
        parts.append(", ".join(measure_label(m, lang) for m in _unique(data["measure"])))
    units = _unique(data["unit"]) if "unit" in data.columns else (
        _unique(indicator_info(i).get("unit") for i in _unique(data["indicator"])) if "indicator" in data.columns else [])
    if units:
        parts.append(", ".join(unit_label(u, lang) for u in units))
    if "period" in data.columns:
        periods = sorted(_unique(data["period"]), key=period_sort_key)
        if len(periods) == 1:
            parts.append(period_label(periods[0], lang))
        elif periods:
            parts.append(f"{period_label(periods[0], lang, bare=True)}–{period_label(periods[-1], lang, bare=True)}")
    return " · ".join(p for p in parts if p)


def _esc(text: str) -> str:
    """Plotly reads a small HTML subset in text; show user text literally."""
    return html.escape(str(text), quote=False)


def direction_note(data, lang: str) -> str:
    """'↓ Lower is better' / '↑ Higher is better' for a chart of one indicator and measure, from the catalogue's
    direction (components.labels.lower_is_better); '' when the rows mix indicators (the scorecard marks its rows)."""
    if data is None or "indicator" not in getattr(data, "columns", []) or len(data) == 0:
        return ""
    indicators = _unique(data["indicator"])
    measures = _unique(data["measure"]) if "measure" in data.columns else ["level"]
    if len(indicators) != 1 or len(measures) != 1:
        return ""
    return t("image_lower_better" if lower_is_better(indicators[0], measures[0]) else "image_higher_better", lang)


MAX_FOOTER_SOURCES = 8  # more documents than this: the footer names 8 and points to the data download


def footer_lines(spec, ctx: ExportContext, *, width: float, size: float, lang: str,
                 max_sources: int = MAX_FOOTER_SOURCES) -> list[str]:
    """Plain-text footer lines (wrapped to `width` px): every source document (beyond `max_sources`: '+N more,
    listed in the data download'), data vintage + export date, the view's URL."""
    rows = source_rows(spec_source_ids(spec), ctx.sources)
    label = t("footer_sources", lang) + ": "
    cites = [short_citation(r, lang) for r in rows]
    if not cites:
        text = label + t("no_sources", lang)
    else:
        rest = len(cites) - max_sources if len(cites) > max_sources else 0
        text = label + "; ".join(cites[:len(cites) - rest])
        if rest:
            text += "; " + t("footer_more_sources", lang, n=rest)
    source_lines = wrap_text(text, width, size)  # never cut: the footer grows instead
    # the vintage names itself ("Dữ liệu tổng hợp …", "Data built …"): no "Data:" label in front of it
    data_bits = [b for b in (ctx.vintage, t("footer_exported", lang, date=ctx.date_text)) if b]
    data_line = wrap_text(" · ".join(data_bits), width, size, max_lines=2)
    url_lines = wrap_text(f"{t('footer_url', lang)}: {ctx.url}", width, size, max_lines=3,
                          break_chars=" &/,;") if ctx.url else []
    return source_lines + data_line + url_lines


# ------------------------------------------------------------------------------------------------ layout estimates
def _axis(fig: go.Figure, name: str):
    return getattr(fig.layout, name, None)


def _category_labels(fig: go.Figure, axis_letter: str) -> list[str]:
    """Tick labels of a categorical axis ('x' or 'y'), from the traces' data; [] for numeric axes."""
    labels = []
    for trace in fig.data:
        values = getattr(trace, axis_letter, None)
        if values is None:
            continue
        for v in list(values):
            if isinstance(v, str) and v not in labels:
                try:
                    float(v)
                except ValueError:
                    labels.append(v)
    ticktext = getattr(_axis(fig, f"{axis_letter}axis"), "ticktext", None)
    if ticktext:
        labels = [str(s) for s in ticktext]
    return labels


def _has_cartesian(fig: go.Figure) -> bool:
    return any(getattr(tr, "type", "") in ("bar", "scatter", "scattergl", "box", "violin", "histogram", "heatmap", "waterfall", "funnel")
               for tr in fig.data) or not fig.data


def _x_axis_space(fig: go.Figure, plot_w: float, base: float) -> float:
    """Pixels beside the plot area (below, or above for side='top') for x tick labels and the x-axis title
    (estimated with the shipped font)."""
    if not _has_cartesian(fig):
        return 8.0
    xa = _axis(fig, "xaxis")
    space = 6.0
    if getattr(xa, "visible", None) is False:
        return space
    tick_size = (getattr(getattr(xa, "tickfont", None), "size", None) or base)
    if getattr(xa, "showticklabels", None) is not False:
        labels = [str(s).replace("<br>", "\n") for s in _category_labels(fig, "x")]
        line_h = tick_size * LINE
        if labels:
            widest = max(max(text_width(part, tick_size) for part in s.split("\n")) for s in labels)
            lines = max(s.count("\n") + 1 for s in labels)
            per_label = plot_w / max(1, len(labels))
            angle = getattr(xa, "tickangle", None)
            if angle in (None, "auto"):
                angle = 0 if widest + 8 <= per_label else (30 if per_label >= 2.2 * tick_size else 90)
            rad = math.radians(abs(float(angle)))
            space += widest * math.sin(rad) + lines * line_h * math.cos(rad) + 8
        else:
            space += line_h + 8
    title = getattr(getattr(xa, "title", None), "text", None)
    if title:
        tsize = getattr(getattr(getattr(xa, "title", None), "font", None), "size", None) or base * 1.15
        space += (str(title).count("<br>") + 1) * tsize * LINE + 10
    return space


def _left_space(fig: go.Figure, base: float, current: float, pad: float) -> float:
    """Left margin wide enough for category labels on the y axis (horizontal bars), so automargin stays put."""
    current = max(current, pad)
    if not _has_cartesian(fig):
        return current
    ya = _axis(fig, "yaxis")
    if getattr(ya, "visible", None) is False or getattr(ya, "side", None) == "right":
        return current
    tick_size = (getattr(getattr(ya, "tickfont", None), "size", None) or base)
    labels = _category_labels(fig, "y")
    need = pad + 10.0 + float(getattr(ya, "ticklabelstandoff", None) or 0)
    if labels:
        need += max(max(text_width(p, tick_size) for p in str(s).split("<br>")) for s in labels)
    else:
        need += text_width("0000.0", tick_size)
    title = getattr(getattr(ya, "title", None), "text", None)
    if title:
        need += base * 1.15 * LINE + 12
    return max(current, need)


_FONT_SIZE_RE = re.compile(r"font-size:\s*([\d.]+)px")
_TAG_RE = re.compile(r"<[^>]+>")


def text_block_height(text, size: float) -> float:
    """Height in px of plotly rich text: one line per <br>, each as tall as its largest font-size span."""
    if not text:
        return 0.0
    height = 0.0
    for line in re.split(r"<br\s*/?>", str(text), flags=re.I):
        sizes = [float(x) for x in _FONT_SIZE_RE.findall(line)]
        has_plain = bool(_TAG_RE.sub("", re.sub(r"<span[^>]*font-size[^>]*>.*?</span>", "", line)).strip())
        biggest = max(sizes + ([size] if has_plain or not sizes else []))
        height += biggest * LINE
    return height


def _space_above(fig: go.Figure, base: float) -> list[tuple[float, float]]:
    """What the figure itself draws above its plot area, as (fraction of the plot height from the top, px): the
    titles of gauge/number indicators (plotly sets them above the trace's domain) and paper annotations
    anchored at or above the top edge."""
    needs = []
    for tr in fig.data:
        if getattr(tr, "type", "") != "indicator":
            continue
        title = getattr(getattr(tr, "title", None), "text", None)
        if not title:
            continue
        size = getattr(getattr(getattr(tr, "title", None), "font", None), "size", None) or base
        top = (tr.domain.y or (0, 1))[1] if tr.domain is not None else 1
        needs.append((1 - float(top), text_block_height(title, size) + 26))  # plotly's title padding (measured) + air
    for ann in fig.layout.annotations or ():
        if ann.yref != "paper" or ann.y is None or float(ann.y) < 1:
            continue
        size = (ann.font.size if ann.font is not None else None) or base
        h = text_block_height(ann.text, size) + 2 * float(ann.borderpad or 1)
        anchor = ann.yanchor or "auto"
        above = h if anchor in ("bottom", "auto") else (h / 2 if anchor == "middle" else 0.0)
        needs.append((1 - float(ann.y), above - float(ann.yshift or 0)))
    return needs


def _extra_top(needs, plot_h: float, gap: float) -> float:
    """Pixels to add to the top margin so each thing drawn above the plot area stays below the header: an item
    `px` tall whose base is at fraction f below the plot's top needs f*(plot_h - e) + gap + e >= px."""
    extra = 0.0
    for frac, px in needs:
        frac = max(-1.0, min(frac, 0.99))
        need = (px - gap - frac * plot_h) / (1 - frac)
        extra = max(extra, need)
    return max(0.0, extra)


def _legend_rows(fig: go.Figure, width: float, size: float) -> int:
    names = [str(tr.name) for tr in fig.data if tr.name and getattr(tr, "showlegend", None) is not False]
    if not names:
        return 1
    rows, x = 1, 0.0
    for name in names:
        w = text_width(name, size) + 46  # symbol + gaps, as plotly lays out horizontal legends
        if x and x + w > width:
            rows, x = rows + 1, 0.0
        x += w
    return rows


def _table_traces(fig: go.Figure) -> list:
    return [tr for tr in fig.data if getattr(tr, "type", "") == "table"]


def _fit_table(fig: go.Figure, table, avail_h: float, width: float, base: float) -> tuple[int, int]:
    """Keep the rows of `table` that fit `avail_h` px whole (plotly wraps cell text and grows rows; a row cut
    in half would show half a number). Returns (rows kept, rows in the table)."""
    cols = [list(c) for c in (table.cells.values or [])]
    total = max((len(c) for c in cols), default=0)
    if not cols or not total:
        return total, total
    header = table.header
    head_size = (header.font.size if header.font is not None else None) or base
    cell_size = (table.cells.font.size if table.cells.font is not None else None) or base
    weights = list(table.columnwidth) if table.columnwidth else [1] * len(cols)
    weights = (weights + [weights[-1]] * len(cols))[:len(cols)]
    col_w = [width * w / sum(weights) for w in weights]
    pad = 16.0  # plotly's cell text inset, both sides

    def lines(texts, size):
        return max(len(wrap_text(str(v), max(10.0, w - pad), size) or [""]) for v, w in zip(texts, col_w))

    # plotly's table: each line of a cell is `height` px (default 28 for the header, 20 for cells) or taller
    head_line = max(float(header.height or 28), head_size * LINE)
    cell_line = max(float(table.cells.height or 20), cell_size * LINE)
    head_vals = list(header.values or [])
    used = lines(head_vals, head_size) * head_line + 4 if head_vals else 0.0
    kept = 0
    for i in range(total):
        row_h = lines([c[i] if i < len(c) else "" for c in cols], cell_size) * cell_line + 4
        if used + row_h > avail_h * 0.97:  # 3% for plotly's rounding
            break
        used += row_h
        kept += 1
    kept = max(1, kept)
    if kept < total:
        table.cells.values = [c[:kept] for c in cols]
        for attr in ("fill", "font", "line"):
            part = getattr(table.cells, attr, None)
            color = getattr(part, "color", None) if part is not None else None
            if isinstance(color, (list, tuple)):
                part.color = [c[:kept] if isinstance(c, (list, tuple)) else c for c in color]
    return kept, total


def _header_lines(title: str, subtitle: str, inner_w: float, st: "_Style"):
    title_lines = wrap_text(title, inner_w, st.title, bold=True, max_lines=2)
    sub_lines = wrap_text(subtitle, inner_w, st.subtitle, max_lines=2)
    header_h = st.pad + len(title_lines) * st.title * LINE
    if sub_lines:
        header_h += 0.15 * st.title + len(sub_lines) * st.subtitle * LINE
    header_h += 0.7 * st.pad
    return title_lines, sub_lines, header_h


def _scale_fonts(fig: go.Figure, factor: float) -> None:
    """Grow the sizes the figure sets itself (tick labels, cell and bar text, legend, colour bar, its own
    annotations) with the export's base size, so a slide's 20 px base does not leave a scorecard's row labels at
    the dashboard's 11 px. Never shrinks: the standard image keeps the dashboard's sizes."""
    if factor <= 1.0:
        return

    def grow(font) -> None:
        if font is not None and font.size is not None:
            font.size = round(float(font.size) * factor, 1)

    for name in ("xaxis", "yaxis"):
        axis = _axis(fig, name)
        if axis is not None:
            grow(axis.tickfont)
            grow(getattr(axis.title, "font", None))
    grow(fig.layout.legend.font)
    for ann in fig.layout.annotations or ():
        grow(ann.font)
    for trace in fig.data:
        grow(getattr(trace, "textfont", None))
        bar = getattr(trace, "colorbar", None) or getattr(getattr(trace, "marker", None), "colorbar", None)
        if bar is not None:
            grow(bar.tickfont)
            grow(getattr(bar.title, "font", None))


# ------------------------------------------------------------------------------------------------ the figure
def decorate_figure(spec, context=None, *, size: str = "standard", lang: str | None = None) -> go.Figure:
    """A new figure from spec.figure, sized for export, with the header and footer drawn in (never bare), except
    at a HEADERLESS_SIZES size (a slide's picture: the slide itself carries the one title and source line).
    A chart of one indicator states its direction ("↓ Lower is better") above the plot's right corner.

    The margins are computed here (header, footer, axis labels, legend, indicator titles and annotations above
    the plot) and fixed (no plotly auto-margin), so the header, the footer and the rule share the same left and
    right edges, `pad` px from the canvas, in every kind of figure."""
    if size not in SIZES:
        raise ValueError(f"size must be one of {tuple(SIZES)}, not {size!r}")
    ctx = ExportContext.from_any(context)
    lang = norm_lang(lang or ctx.lang)
    ctx = ctx.with_lang(lang)
    W, H = SIZES[size]
    st = STYLES[size]
    fig = go.Figure(spec.figure)
    _scale_fonts(fig, st.base / float(fig.layout.font.size or 12))
    data = getattr(spec, "data", None)
    inner_w = W - 2 * st.pad

    headed = size not in HEADERLESS_SIZES
    title, subtitle = _header_text(spec, data, lang) if headed else ("", "")
    tables = _table_traces(fig)
    table_rows = max((len(list(c)) for c in (tables[0].cells.values or [])), default=0) if tables else 0
    # a table that may not fit: the header is sized for the longest "first N of M rows" subtitle
    longest_sub = _with_rows(subtitle, max(0, table_rows - 1), total=table_rows, headed=headed, lang=lang)
    title_lines, sub_lines, header_h = _header_lines(title, longest_sub, inner_w, st)
    if not headed:
        header_h = st.pad
    foot, foot_size, footer_h = _footer_block(spec, ctx, inner_w, st, lang) if headed else ([], st.footer, st.pad)
    rule_gap = 0.5 * st.pad
    _add_direction_note(fig, direction_note(data, lang), st)

    left, right, plot_w = _side_margins(fig, st, W)
    legend_top = _place_legend(fig, plot_w, st.base)
    top, bottom, axis_space = _vertical_margins(fig, st, H, header_h=header_h, legend_top=legend_top,
                                                footer_h=footer_h, plot_w=plot_w)
    plot_h = H - top - bottom
    left, plot_w = _fit_y_labels(fig, st, W, plot_h=plot_h, left=left, right=right, plot_w=plot_w)
    for trace in fig.data:   # a grid of two-line cells (the scorecard) squeezed into a fixed canvas
        if trace.type == "heatmap" and plot_h > 0:
            _fit_heatmap_text(trace, plot_h, plot_w, st.base)
    if tables:  # an image of a table: the rows that fit, whole, and the subtitle says so
        kept = _fit_table_rows(fig, tables[0], plot_h=plot_h, plot_w=plot_w, base=st.base, lang=lang)
        title_lines, sub_lines, _h = _header_lines(
            title, _with_rows(subtitle, kept, total=table_rows, headed=headed, lang=lang), inner_w, st)

    _apply_frame(fig, st, W, H, margin=(left, right, top, bottom), title_lines=title_lines, sub_lines=sub_lines)
    if headed:
        _add_footer(fig, st, W, foot=foot, foot_size=foot_size, left=left, offset=axis_space, rule_gap=rule_gap)
    return fig


def _header_text(spec, data, lang: str) -> tuple[str, str]:
    """The spec's own title and subtitle, else ones read from the plotted rows: an image is never untitled."""
    title = spec.title or default_title(data, lang) or getattr(spec, "chart_id", "")
    return title, spec.subtitle or default_subtitle(data, lang)


def _with_rows(subtitle: str, n: int, *, total: int, headed: bool, lang: str) -> str:
    """The subtitle plus 'first N of M rows' when a table image shows only some of its rows."""
    if n >= total or not headed:
        return subtitle
    return " · ".join(p for p in (subtitle, t("table_first_rows", lang, n=n, total=total)) if p)


def _footer_block(spec, ctx: ExportContext, inner_w: float, st: _Style, lang: str) -> tuple[list[str], float, float]:
    """(footer lines, their font size, footer height in px); many sources get a slightly smaller footer rather
    than a squeezed chart."""
    foot_size = st.footer
    foot = footer_lines(spec, ctx, width=inner_w, size=foot_size, lang=lang)
    if len(foot) > 6:
        foot_size = round(st.footer * 0.9, 1)
        foot = footer_lines(spec, ctx, width=inner_w, size=foot_size, lang=lang)
    return foot, foot_size, 0.5 * st.pad + len(foot) * foot_size * LINE + 0.8 * st.pad


def _add_direction_note(fig: go.Figure, direction: str, st: _Style) -> None:
    """The direction note above the plot's top-right corner; _space_above then makes room for it under the
    header."""
    if direction:
        fig.add_annotation(text=_esc(direction), xref="paper", yref="paper", x=1, y=1, xanchor="right",
                           yanchor="bottom", yshift=4, showarrow=False, borderpad=0, name="direction",
                           font=dict(family=CSS_FONT_STACK, size=st.base, color=SUBTITLE_COLOR))


def _side_margins(fig: go.Figure, st: _Style, W: float) -> tuple[float, float, float]:
    """(left, right, plot width) in px: room for the y tick labels on the left, at least `pad` on both sides,
    and the whole width between the header's edges for figures without axes (gauges, tables)."""
    ya = fig.layout.yaxis
    if _has_cartesian(fig) and _category_labels(fig, "y") and ya.ticklabelstandoff is None and not ya.ticks:
        ya.ticklabelstandoff = 6  # category labels (horizontal bars) would touch the bars
    margin = fig.layout.margin
    left = _left_space(fig, st.base, float(margin.l if margin.l is not None else 60), st.pad)
    right = max(float(margin.r if margin.r is not None else 30), st.pad, _colorbar_space(fig, st))
    if not _has_cartesian(fig):
        left = right = st.pad
    return left, right, max(100.0, W - left - right)


def _colorbar_space(fig: go.Figure, st: _Style) -> float:
    """Px on the right for a vertical colour bar beside the plot and its title's longest line, at the export's
    grown font sizes (the page's margin for it is too narrow once its text grows); 0 without one."""
    need = 0.0
    for trace in fig.data:
        bar = getattr(getattr(trace, "marker", None), "colorbar", None)
        if bar is None or bar.orientation == "h" or getattr(trace.marker, "showscale", None) is False:
            continue
        text = bar.title.text if bar.title is not None and bar.title.text else ""
        size = (bar.title.font.size if bar.title.font is not None and bar.title.font.size else None) or st.base
        longest = max((text_width(line, size) for line in text.split("<br>")), default=0.0)
        need = max(need, longest + float(bar.thickness or 30) + st.pad * 2)
    return need


def _place_legend(fig: go.Figure, plot_w: float, base: float) -> float:
    """Move a horizontal legend on top of the plot (below it, it would collide with the footer); returns the px
    it takes there (0 when there is no such legend)."""
    lg = fig.layout.legend
    show_legend = fig.layout.showlegend is not False and (
        fig.layout.showlegend is True or sum(1 for tr in fig.data if getattr(tr, "showlegend", None) is not False) > 1)
    if not (show_legend and lg.orientation == "h"):
        return 0.0
    fig.update_layout(legend=dict(x=0, xanchor="left", y=1.0, yanchor="bottom", yref="paper"))
    legend_size = (lg.font.size if lg.font is not None else None) or base
    return _legend_rows(fig, plot_w, legend_size) * legend_size * LINE + 14


def _vertical_margins(fig: go.Figure, st: _Style, H: float, *, header_h: float, legend_top: float,
                      footer_h: float, plot_w: float) -> tuple[float, float, float]:
    """(top, bottom, px between the plot's bottom edge and the footer rule): header, legend and x axis labels
    (above the plot for side='top'), plus whatever the figure draws above its plot area."""
    x_space = _x_axis_space(fig, plot_w, st.base)
    if _has_cartesian(fig) and fig.layout.xaxis.side == "top":  # e.g. a scorecard's district names on top
        top = header_h + legend_top + x_space + 4
        axis_space = 10.0
    else:
        top = header_h + legend_top + 6
        axis_space = x_space
    bottom = footer_h + axis_space
    # titles of gauges and annotations the figure draws above its plot area: room for them below the header
    top += _extra_top(_space_above(fig, st.base), H - top - bottom, 6.0)
    return top, bottom, axis_space


def _fit_y_labels(fig: go.Figure, st: _Style, W: float, *, plot_h: float, left: float, right: float,
                  plot_w: float) -> tuple[float, float]:
    """Many categories on the y axis (a ranking of every district): smaller tick labels rather than overlapping
    ones; wrapped row labels may go on one line in a larger font instead. Returns the (left, plot_w) that fit."""
    y_labels = _category_labels(fig, "y") if _has_cartesian(fig) else []
    if len(y_labels) <= 1 or plot_h <= 0:
        return left, plot_w
    ya, margin = fig.layout.yaxis, fig.layout.margin
    tick_size = ya.tickfont.size or st.base
    lines = max(str(label).count("<br>") + 1 for label in y_labels)   # wrapped labels take several lines
    fits = plot_h / len(y_labels) / (lines * LINE)
    if fits >= tick_size:
        return left, plot_w
    size = max(7.0, round(fits, 1))
    if lines > 1 and not ya.ticktext:
        # wrapped row labels (the scorecard's indicators) squeezed to fit their lines: on one line each
        # they may keep a larger font, as long as they take at most MAX_LABEL_SHARE of the width
        flat = {label: str(label).replace("<br>", " ") for label in y_labels}
        widest = max(text_width(x, tick_size) for x in flat.values())
        one_line = min(tick_size, plot_h / len(y_labels) / LINE, tick_size * MAX_LABEL_SHARE * W / widest)
        if one_line > size:
            size = round(one_line, 1)
            for trace in fig.data:
                if getattr(trace, "y", None) is not None:
                    trace.y = [flat.get(v, v) if isinstance(v, str) else v for v in trace.y]
            ya.tickfont.size = size
            left = _left_space(fig, st.base, float(margin.l if margin.l is not None else 60), st.pad)
            plot_w = max(100.0, W - left - right)
    ya.tickfont.size = size
    return left, plot_w


def _fit_table_rows(fig: go.Figure, table, *, plot_h: float, plot_w: float, base: float, lang: str) -> int:
    """Cut the table to the rows that fit its share of the plot height; returns the rows kept. A headerless
    picture (a slide's) cannot say it was cut: layout.meta records it for the slide to read (rows_note)."""
    domain = table.domain.y[1] - table.domain.y[0] if table.domain and table.domain.y else 1
    kept, total = _fit_table(fig, table, plot_h * domain, plot_w, base)
    if kept < total:
        fig.layout.meta = {ROWS_NOTE: t("table_first_rows", lang, n=kept, total=total)}
    return kept


def _apply_frame(fig: go.Figure, st: _Style, W: float, H: float, *, margin, title_lines, sub_lines) -> None:
    """Canvas size, the fixed margins (no auto-margin) and the header (title and subtitle) at `pad` px from the
    canvas's top-left corner."""
    left, right, top, bottom = margin
    fig.update_layout(
        width=W, height=H, autosize=False,
        margin=dict(l=left, r=right, t=top, b=bottom, pad=0, autoexpand=False),
        font=dict(family=CSS_FONT_STACK, size=st.base),
        paper_bgcolor="white",
        title=dict(
            text="<br>".join(_esc(s) for s in title_lines),
            x=st.pad / W, xref="container", xanchor="left",
            y=1 - st.pad / H, yref="container", yanchor="top", automargin=False, pad=dict(t=0, b=0, l=0, r=0),
            font=dict(family=CSS_FONT_STACK, size=st.title, color=TITLE_COLOR, weight=700),
            subtitle=dict(text="<br>".join(_esc(s) for s in sub_lines),
                          font=dict(family=CSS_FONT_STACK, size=st.subtitle, color=SUBTITLE_COLOR)),
        ),
    )


def _add_footer(fig: go.Figure, st: _Style, W: float, *, foot, foot_size: float, left: float, offset: float,
                rule_gap: float) -> None:
    """The footer and a thin rule above it, pinned in pixels to the plot area's bottom-left corner (the margins
    are fixed), so both start exactly `pad` px from the canvas's left edge, like the title."""
    fig.add_annotation(
        text="<br>".join(_esc(s) for s in foot),
        xref="paper", yref="paper", x=0, y=0, xanchor="left", yanchor="top",
        xshift=-(left - st.pad), yshift=-(offset + rule_gap), showarrow=False, align="left", borderpad=0,
        borderwidth=0, font=dict(family=CSS_FONT_STACK, size=foot_size, color=FOOTER_COLOR),
    )
    # the rule runs from the left to the right text edge, in pixels from the plot's corner
    x0 = -(left - st.pad)
    y_rule = -(offset + rule_gap * 0.4)
    fig.add_shape(type="line", xref="paper", yref="paper", layer="above",
                  xsizemode="pixel", xanchor=0, x0=x0, x1=x0 + (W - 2 * st.pad),
                  ysizemode="pixel", yanchor=0, y0=y_rule, y1=y_rule,
                  line=dict(color=RULE_COLOR, width=1))


def rows_note(fig: go.Figure) -> str:
    """'first N of M rows' when decorate_figure cut a table's rows to fit, else ''."""
    meta = fig.layout.meta
    return str(meta.get(ROWS_NOTE, "")) if isinstance(meta, dict) else ""


_TAG = re.compile(r"<[^>]+>")
_CHAR_WIDTH = 0.58   # average glyph width of Noto Sans, in font sizes


def _fit_heatmap_text(trace, plot_h: float, plot_w: float, base: float) -> None:
    """Cells whose "value<br>rank" text is taller than the row the canvas leaves go on one line ("value · rank"),
    and the font shrinks until the longest cell fits its row and column, so no cell text spills into another."""
    rows = list(trace.text or [])
    if not rows:
        return
    n_rows, n_cols = len(rows), max(len(r) for r in rows)
    size = float(trace.textfont.size or base)
    row_h, col_w = plot_h / n_rows, plot_w / max(n_cols, 1)
    lines = max(str(c).count("<br>") + 1 for r in rows for c in r)
    if lines > 1 and row_h < lines * size * LINE + 2:
        rows = [[str(c).replace("<br>", " · ") for c in r] for r in rows]
        trace.text = rows
        lines = 1
    longest = max(len(_TAG.sub("", str(c))) for r in rows for c in r)
    fit = min(size, (row_h - 2) / (lines * LINE), (col_w - 4) / (max(longest, 1) * _CHAR_WIDTH))
    trace.textfont.size = max(6.0, round(fit, 1))
