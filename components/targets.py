"""Targets view: per district, gauges of resolution targets met (x/y) and New Rural communes (x/y), and bullet
charts of every figure stated as a % of its target, each with an on-track status (components.status)."""
from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd
from dash import html

from components.chart_spec import ChartSpec
from components.compare import chart_block, message_block
from components.i18n import (NBSP, body_label, fmt_number, fmt_percent, place_label, qualifier_label, scope_label,
                             status_label, t)
from components.labels import indicator_label
from components.strings.keys import TARGET_WHY
from etl.period_grammar import period_label, period_sort_key
from components.no_data import no_data_note
from components.selection import display_names, latest_records, public_rows
from components.status import STATUS_COLORS, STATUS_SYMBOLS, TARGET_STATUSES, Assessment, assess_fact
from components.theme import INK, MUTED, TICK_FONT, base_layout, make_figure
from components.wrap import wrap_html
from data_access import GAUGE_INDICATORS, target_facts

MAX_DISTRICTS = 8
NEEDS_COMMUNES = ("ntm_communes",)   # New Rural status is a commune's: it cannot apply where there are none
GAUGE_HEIGHT = 190   # dial + a gap (title, target set and status sit above it, in the top margin)
GAUGE_DRAW = 165
BULLET_HEIGHT = 58
# briefing cards: three side by side in one 16:9 frame
COMPACT_GAUGE_HEIGHT = 126
COMPACT_GAUGE_DRAW = 114
COMPACT_BULLET_HEIGHT = 42   # a bar and its 12 px tick labels under it, clear of the next bar
COMPACT_MAX_BULLETS = 4
# a phone's bullet row: the indicator's name on its own line above a bar across the card (beside the bar, a name
# column of 40 % left the names wrapping over the bars)
PHONE_BULLET_HEIGHT = 66
PHONE_BULLET_BAR = (0.0, 0.70)
BULLET_BAR = (0.40, 0.70)    # beside the name; the value and its status mark right-aligned in the last 30 %
# a phone's gauges: one dial per row across the card, its title, target set and status above it (two side by side
# were drawn a third of the card wide over an empty band)
PHONE_GAUGE_TITLE = 84
PHONE_GAUGE_DRAW = 165
PHONE_GAUGE_GAP = 16
PHONE_DETAIL_WRAP = 40   # characters of a gauge's target set per line: one dial takes the card's width


@dataclass
class TargetItem:
    kind: str                  # "gauge" | "bullet"
    row: dict
    assessment: Assessment
    label: str                 # headline text, e.g. "8/18" or "110 %"
    detail: str                # which set / period
    explanation: str           # progress vs time, in words


@dataclass
class DistrictTargets:
    place_id: str
    name: str
    province: str
    items: list[TargetItem] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)     # gauge indicators without a figure
    not_applicable: list[str] = field(default_factory=list)   # gauge indicators that cannot apply (no communes)
    spec: ChartSpec | None = None


def chart_id_for(place_id: str) -> str:
    return "targets-" + place_id.replace("/", "--")


def _explain(a: Assessment, lang: str, *, counted: tuple | None = None, qualifier: str | None = None) -> str:
    """Why the status: progress against the time gone. `counted` (met, of): a count of targets met, whose shortfall
    at the period's end is the targets not met, said as such (not as one target 94 % achieved)."""
    if a.progress is None:
        return status_label("no_data", lang)
    progress = fmt_percent(a.progress, lang, ratio=True, decimals=0)
    if qualifier:
        progress = f"{qualifier_label(qualifier, lang)} {progress}"   # "over 113%", as the figure was stated
    if a.elapsed is None or a.status == "achieved":
        return t("targets.progress_only", lang, progress=progress)
    if a.elapsed >= 1.0 - 1e-9:
        if counted is not None:
            met, of = counted
            return t("targets.count_ended", lang, scope=period_label(a.target_period, lang),
                     x=fmt_number(met, lang), of=int(round(of)), n=int(round(of - met)))
        return t("targets.progress_ended", lang, progress=progress, scope=period_label(a.target_period, lang))
    why = t(TARGET_WHY[a.status], lang) if a.status in TARGET_WHY else ""
    return t("targets.progress_vs_time", lang, progress=progress,
             elapsed=fmt_percent(a.elapsed, lang, ratio=True, decimals=0),
             scope=period_label(a.target_period, lang), why=why)


def district_items(facts, *, place_id: str, period: str = "latest", doc_periods: dict | None = None,
                   lang: str = "vi") -> tuple[list[TargetItem], list[str]]:
    """The gauges and bullets of one district, in plotted order, and the gauge indicators it lacks.

    `facts`: that district's rows (a DataFrame or a list of records; other places' rows are ignored)."""
    doc_periods = doc_periods or {}
    records = facts.to_dict("records") if isinstance(facts, pd.DataFrame) else list(facts)
    rows = [r for r in records if r["place_id"] == place_id and (period in (None, "", "latest") or
                                                                 r["period"] == period)]
    items: list[TargetItem] = []
    missing: list[str] = []

    def assess(r: dict) -> Assessment:
        return assess_fact(indicator=r["indicator"], measure=r["measure"], value=r["value"],
                           denominator=r["denominator"], period=r["period"], target_scope=r["target_scope"],
                           document_period=doc_periods.get(r["source_id"]), term=r.get("term"))

    scope_order = {"term": 0, "annual": 1, "half_year": 2, "quarter": 3}
    for ind in GAUGE_INDICATORS:
        g = [r for r in rows if r["indicator"] == ind and r["measure"] == "level" and _has(r["denominator"])]
        if ind == "targets_met":
            g = latest_records(g, ["target_scope", "target_body"])
            g.sort(key=lambda r: scope_order.get(r["target_scope"], 9))
        else:
            g = latest_records(g, ["indicator"])
        if not g:
            missing.append(ind)
        for r in g:
            a = assess(r)
            detail_parts = [scope_label(a.scope, lang) if ind == "targets_met" else None,
                            body_label(r["target_body"], lang) or None]
            items.append(TargetItem(
                "gauge", r, a,
                label=t("targets.x_of_y", lang, x=fmt_number(r["value"], lang), y=fmt_number(r["denominator"], lang)),
                detail=" · ".join(p for p in detail_parts if p),
                explanation=_explain(a, lang, counted=(r["value"], r["denominator"]) if ind == "targets_met" else None)))

    b = latest_records([r for r in rows if r["measure"] == "pct_of_target" and _has(r["value"])], ["indicator"])
    b.sort(key=lambda r: -float(r["value"]))
    for r in b:
        a = assess(r)
        label = fmt_percent(r["value"], lang)
        if r["qualifier"]:
            label = f"{qualifier_label(r['qualifier'], lang)} {label}"
        items.append(TargetItem("bullet", r, a, label=label,
                                detail=" · ".join(p for p in (scope_label(a.scope, lang),
                                                              period_label(r["period"], lang)) if p),
                                explanation=_explain(a, lang, qualifier=r["qualifier"])))
    return items, missing


def _has(v) -> bool:
    return v is not None and not (isinstance(v, float) and v != v)


def targets_figure(items: list[TargetItem], *, lang: str, figure_type: str = "go", compact: bool = False,
                   more: int = 0, phone: bool = False):
    """Gauges (targets met, New Rural communes) above bullets (% of target). compact=True: smaller dials and
    bullet rows, so three district cards fit one 16:9 briefing frame; `more` bullets left out are named in a line."""
    gauges = [i for i in items if i.kind == "gauge"]
    bullets = [i for i in items if i.kind == "bullet"]
    gauge_height, gauge_draw, bullet_height = (COMPACT_GAUGE_HEIGHT, COMPACT_GAUGE_DRAW, COMPACT_BULLET_HEIGHT) \
        if compact else (GAUGE_HEIGHT, GAUGE_DRAW, PHONE_BULLET_HEIGHT if phone else BULLET_HEIGHT)
    # room for the gauge titles (title, target set, status), drawn above their domain: 15 px a line
    top = max(84, 16 + 15 * max(_gauge_title_lines(g, lang, stacked=phone and not compact) for g in gauges)) \
        if gauges else 6
    gauge_h = gauge_height if gauges else 0
    stacked = phone and not compact and bool(gauges)
    if stacked:   # the first title in `top`, each further dial a title, a dial and a gap below the one before
        gauge_h = len(gauges) * (PHONE_GAUGE_DRAW + PHONE_GAUGE_GAP) + (len(gauges) - 1) * PHONE_GAUGE_TITLE
    bullets_title_h = 34 if bullets else 0
    more_h = 22 if more else 0
    height = top + gauge_h + bullets_title_h + bullet_height * len(bullets) + more_h + 10
    if stacked:
        step = PHONE_GAUGE_TITLE + PHONE_GAUGE_DRAW + PHONE_GAUGE_GAP
        bands = [_band(top + i * step, top + i * step + PHONE_GAUGE_DRAW, height) for i in range(len(gauges))]
    else:
        bands = [_band(top, top + gauge_draw, height)] * len(gauges)
    traces = _gauge_traces(gauges, bands=bands, lang=lang, stacked=stacked)
    annotations: list[dict] = []
    if bullets:
        y0 = top + gauge_h
        annotations.append(dict(x=0, y=_band(y0, y0 + bullets_title_h, height)[1], xref="paper", yref="paper",
                                showarrow=False, xanchor="left", yanchor="top",
                                text=f"<b>{t('targets.bullets', lang)}</b>", font=dict(size=13)))
        rows_top = y0 + bullets_title_h
        for j, item in enumerate(bullets):
            yb = rows_top + j * bullet_height
            inset_top, inset_bottom = (4, 20) if compact else ((26, 16) if phone else (8, 18))
            y = _band(yb + inset_top, yb + bullet_height - inset_bottom, height)
            trace, notes = _bullet_row(item, y=y, hi=max(120.0, max(float(b.row["value"]) for b in bullets) * 1.05),
                                       lang=lang, name_y=_band(yb, yb + inset_top, height)[0] if phone else None)
            traces.append(trace)
            annotations += notes
    if more:
        annotations.append(dict(x=0, y=_band(height - 10 - more_h, height - 10, height)[1], xref="paper", yref="paper",
                                showarrow=False, xanchor="left", yanchor="top", font=dict(size=11, color=MUTED),
                                text=t("targets.more_bullets", lang, n=more)))
    layout = base_layout(lang, height=height, margin=dict(l=10, r=10, t=10, b=10), annotations=annotations)
    # plain dicts, unvalidated on the hot path (the tests validate them)
    return make_figure({"data": traces, "layout": layout}, figure_type)


def _gauge_title(item: TargetItem, lang: str, *, stacked: bool) -> tuple[str, str]:
    """(title, target set) of a gauge, each wrapped to the dial's width (<br> between lines)."""
    r = item.row
    title = t("targets.met", lang) if r["indicator"] == "targets_met" else t("targets.ntm", lang)
    detail = item.detail if r["indicator"] == "targets_met" else ""
    return wrap_html(title, 22), wrap_html(detail, PHONE_DETAIL_WRAP if stacked else 30) if detail else ""


def _gauge_title_lines(item: TargetItem, lang: str, *, stacked: bool) -> int:
    title, detail = _gauge_title(item, lang, stacked=stacked)
    return title.count("<br>") + 1 + (detail.count("<br>") + 1 if detail else 0) + 1   # + the status line


def _band(y0_px: float, y1_px: float, height: float) -> list[float]:
    """A vertical band given in px from the figure's top, as a paper-domain [y0, y1] (0 at the bottom)."""
    return [max(0.0, 1 - y1_px / height), min(1.0, 1 - y0_px / height)]


def _gauge_traces(gauges: list[TargetItem], *, bands: list[list[float]], lang: str,
                  stacked: bool = False) -> list[dict]:
    """One dial per gauge item in its band of `bands` (paper heights), each with its title, target set and status
    above it: side by side (centred in at least two slots, so a lone dial is not as wide as the card), or with
    stacked=True (a phone) each across the card in a band of its own."""
    traces = []
    n = len(gauges)
    slots = 1 if stacked else max(n, 2)
    offset = 0 if stacked else (slots - n) / 2
    for i, item in enumerate(gauges):
        y = bands[i]
        r, a = item.row, item.assessment
        denom = float(r["denominator"])
        color = STATUS_COLORS[a.status]
        gauge = dict(
            axis=dict(range=[0, denom], tickformat=",~r", nticks=6,
                      tickfont=dict(size=TICK_FONT)),
            bar=dict(color=color, thickness=0.7),
            bgcolor="#eef1f4", borderwidth=0,
        )
        if a.elapsed is not None and a.status != "achieved":
            gauge["threshold"] = dict(line=dict(color=INK, width=3), thickness=0.9, value=a.elapsed * denom)
        title, detail = _gauge_title(item, lang, stacked=stacked)
        x0, x1 = ((0.0, 1.0) if stacked else ((i + offset) / slots, (i + 1 + offset) / slots))
        # title, target set and status sit above the dial, wrapped to its width: neighbours never collide
        status = f"<b style='color:{color}'>{STATUS_SYMBOLS[a.status]} {status_label(a.status, lang)}</b>"
        traces.append(dict(
            type="indicator", mode="gauge+number", value=float(r["value"]),
            number=dict(suffix=f"/{fmt_number(denom, lang)}", valueformat=",~r", font=dict(size=28, color=INK)),
            title=dict(text=f"<b>{title}</b>" + (
                f"<br><span style='font-size:11px;color:#5f6b7a'>{detail}</span>" if detail else "")
                + f"<br><span style='font-size:12px'>{status}</span>", font=dict(size=12)),
            gauge=gauge,
            domain=dict(x=[x0 + 0.04, x1 - 0.04], y=list(y)),
        ))
    return traces


def _bullet_row(item: TargetItem, *, y: list[float], hi: float, lang: str,
                name_y: float | None = None) -> tuple[dict, list[dict]]:
    """(the bullet, its two annotations) of one % of target row in the band `y`: the bar against the 100 % mark
    (the time elapsed shaded), the value and status beside it, the indicator's name on the left; name_y (a phone):
    the name on one line whose foot is at that paper height, above a bar from the card's left edge."""
    r, a = item.row, item.assessment
    color = STATUS_COLORS[a.status]
    pct_suffix = (NBSP + "%") if lang == "vi" else "%"
    steps = []
    if a.elapsed is not None and a.elapsed < 1:
        steps = [dict(range=[0, a.elapsed * 100], color="#dde3ea")]
    trace = dict(
        type="indicator", mode="gauge", value=float(r["value"]),
        gauge=dict(shape="bullet", axis=dict(range=[0, hi], ticksuffix=pct_suffix, nticks=6,
                                             tickfont=dict(size=TICK_FONT)),
                   threshold=dict(line=dict(color=INK, width=3), thickness=0.9, value=100),
                   bar=dict(color=color, thickness=0.6), bgcolor="#eef1f4", borderwidth=0, steps=steps),
        domain=dict(x=list(PHONE_BULLET_BAR) if name_y is not None else list(BULLET_BAR), y=y),
    )
    middle = sum(y) / 2
    name = indicator_label(r["indicator"], lang)
    notes = [
        # the value beside the bar, formatted like every other number on the page
        # right-aligned at the figure's edge: 'trên 113 % ✔' ends inside the card however long it is
        dict(x=1.0, y=middle, xref="paper", yref="paper", showarrow=False, xanchor="right", yanchor="middle",
             text=f"<b>{item.label}</b> <span style='color:{color}'>{STATUS_SYMBOLS[a.status]}"
                  f"</span>", font=dict(size=14, color=INK)),
        # the label as a left-aligned annotation: it wraps inside the figure instead of spilling out
        dict(x=0, y=middle, xref="paper", yref="paper", showarrow=False, xanchor="left", yanchor="middle",
             align="left", text=wrap_html(name, 24), font=dict(size=11)) if name_y is None else
        dict(x=0, y=name_y, xref="paper", yref="paper", showarrow=False, xanchor="left", yanchor="bottom",
             align="left", text=name, font=dict(size=11)),
    ]
    return trace, notes


def build_targets(facts: pd.DataFrame, places: pd.DataFrame, *, period: str = "latest",
                  documents: pd.DataFrame | None = None, lang: str = "vi",
                  max_districts: int = MAX_DISTRICTS, figure_type: str = "go",
                  compact: bool = False, communes: dict | None = None,
                  phone: bool = False) -> tuple[list[DistrictTargets], int]:
    """Per place (in `places` order): its target items, status and ChartSpec. Returns (cards, total in scope).

    compact=True (briefing): compact figures with at most COMPACT_MAX_BULLETS bullets, the best-achieved first;
    the card's items, data and takeaway are then exactly what the figure shows.
    communes: GSO district code → number of communes; a place with none is not judged on New Rural communes.
    phone=True: each % of target row is its name above a bar across the card."""
    names = display_names(places, lang=lang)
    doc_periods = {}
    if documents is not None and not documents.empty:
        doc_periods = dict(zip(documents["source_id"], documents["period"]))
    relevant = target_facts(facts)
    relevant = relevant[relevant["place_id"].isin(set(places["place_id"]))]
    with_data_set = set(relevant["place_id"])
    with_data = [p for p in places["place_id"] if p in with_data_set]
    shown = set(with_data[:max_districts])
    by_place: dict[str, list] = {}
    sub = relevant[relevant["place_id"].isin(shown)]
    cols = [c for c in ("place_id", "indicator", "measure", "value", "denominator", "period", "target_scope",
                        "target_body", "qualifier", "source_id", "term", "curated", "char_start") if c in sub.columns]
    for label, r in zip(sub.index, sub[cols].to_dict("records")):
        r["__row"] = label          # to slice the plotted rows back out of the table, cheaply
        by_place.setdefault(r["place_id"], []).append(r)
    provinces = dict(zip(places["place_id"], (place_label(p, lang) for p in places["province"])))
    admin_codes = dict(zip(places["place_id"], places["admin_code"])) if "admin_code" in places else {}
    cards: list[DistrictTargets] = []
    for pid in with_data[:max_districts]:
        items, missing = district_items(by_place[pid], place_id=pid, period=period, doc_periods=doc_periods,
                                        lang=lang)
        more = 0
        if compact:
            bullets = [i for i in items if i.kind == "bullet"]
            more = max(0, len(bullets) - COMPACT_MAX_BULLETS)
            items = [i for i in items if i.kind != "bullet"] + bullets[:COMPACT_MAX_BULLETS]
        code = admin_codes.get(pid)
        no_communes = [m for m in missing if m in NEEDS_COMMUNES and communes and communes.get(code) == 0]
        card = DistrictTargets(pid, names.get(pid, pid), provinces[pid], items,
                               [m for m in missing if m not in no_communes], no_communes)
        if items:
            fig = targets_figure(items, lang=lang, figure_type=figure_type, compact=compact, more=more,
                                 phone=phone and not compact)
            summary = "; ".join(
                f"{(t('targets.met', lang) if i.row['indicator'] == 'targets_met' else t('targets.ntm', lang) if i.row['indicator'] == 'ntm_communes' else indicator_label(i.row['indicator'], lang))}"
                f" {i.label} ({i.detail}): {status_label(i.assessment.status, lang)} — {i.explanation}"
                for i in items)
            # the page (figure_type="dict") only needs the sources; the exports get the plotted rows
            data = public_rows(sub.loc[[i.row["__row"] for i in items]]) if figure_type == "go" else \
                pd.DataFrame({"source_id": [i.row["source_id"] for i in items]})
            periods = sorted({i.row["period"] for i in items}, key=period_sort_key, reverse=True)
            card.spec = ChartSpec(
                chart_id=chart_id_for(pid), title=f"{card.name} — {t('targets.title', lang)}",
                # the measures and units the card shows, for an image that travels without the page around it
                subtitle=" · ".join([card.province] + [period_label(p, lang) for p in periods]
                                    + [t("targets.measures", lang)]),
                figure=fig, data=data, source_ids=list(dict.fromkeys(data["source_id"])),
                takeaway=(f"{card.name}: " + "; ".join(f"{i.label} {status_label(i.assessment.status, lang).lower()}"
                                                        for i in items if i.kind == "gauge")) or None,
                alt_text=t("targets.alt", lang, place=card.name, summary=summary),
            )
        cards.append(card)
    return cards, len(with_data)


# ---------------------------------------------------------------- layout


def status_badge(status: str, lang: str, *, text: str | None = None):
    # the symbol is drawn by CSS (::before, from data-symbol): colour is never the only cue, and no extra node
    return html.Span(text or status_label(status, lang), className=f"status-badge status-{status}",
                     style={"--status-color": STATUS_COLORS[status]}, **{"data-symbol": STATUS_SYMBOLS[status]})


def status_legend(lang: str):
    return html.Div([
        html.Span(t("status.legend", lang) + ":", className="legend-title"),
        *[status_badge(s, lang) for s in TARGET_STATUSES],
    ], className="status-legend", role="list", **{"aria-label": t("status.legend", lang)})


def rule_explainer(lang: str, *, open_: bool = False):
    return html.Details([html.Summary(t("targets.rule_title", lang)), html.P(t("targets.rule", lang))],
                        className="rule-explainer", open=open_)


def _item_line(item: TargetItem, lang: str):
    r = item.row
    if r["indicator"] == "targets_met":
        name = t("targets.met", lang)
    elif r["indicator"] == "ntm_communes":
        name = t("targets.ntm", lang)
    else:
        name = indicator_label(r["indicator"], lang)
    detail = f" ({item.detail})" if item.detail else ""
    return html.Li([
        status_badge(item.assessment.status, lang),
        html.Span([html.Strong(f"{name}: {item.label}"), f"{detail}. {item.explanation}"]),
    ], className=f"target-line target-{item.kind}", **{"data-status": item.assessment.status})


def district_card(card: DistrictTargets, *, lang: str, briefing: bool = False):
    body = []
    if card.spec is not None:
        lines = [_item_line(i, lang) for i in card.items]
        lines += [html.Li([status_badge("no_data", lang), html.Span(
            f" {t('targets.met' if m == 'targets_met' else 'targets.ntm', lang)}: {t('targets.no_gauge', lang)}")],
            className="target-line target-missing", **{"data-status": "no_data"}) for m in card.missing]
        lines += [html.Li(t("targets.not_applicable", lang, place=card.name), className="target-line target-na",
                          **{"data-status": "not_applicable"}) for _ in card.not_applicable]
        body.append(chart_block(card.spec, lang=lang, graph_id={"type": "targets-graph", "place": card.place_id},
                                extra=[html.Ul(lines, className="target-lines")], briefing=briefing, modebar=False))
    head = [] if card.spec is not None else [
        html.H2([card.name, html.Small(f" · {card.province}", className="text-muted")], className="card-title")]
    return html.Section(head + body, className="district-card", id={"type": "district-card", "place": card.place_id})


def places_without_targets(facts: pd.DataFrame, places: pd.DataFrame, *, lang: str = "vi") -> list[str]:
    """Names of the places in scope that have no figure this view can draw (listed, never silently dropped)."""
    have = set(target_facts(facts)["place_id"])
    names = display_names(places, lang=lang)
    return [names.get(p, p) for p in places["place_id"] if p not in have]


def targets_layout(cards: list[DistrictTargets], total: int, *, lang: str, briefing: bool = False,
                   no_data: list[str] = ()):
    head = [html.H2(t("targets.title", lang), className="view-title"), status_legend(lang),
            html.P(t("targets.marker_note", lang), className="chart-note marker-note"),
            rule_explainer(lang, open_=False)]
    missing = [] if briefing else [n for n in [no_data_note(list(no_data), lang=lang, element_id="targets-no-data")]
                                   if n is not None]
    if not cards:
        return html.Div(head + [message_block(t("targets.none", lang), color="info")] + missing,
                        className="view view-targets")
    notes = []
    if total > len(cards) and not briefing:   # (a briefing says it in its subtitle)
        notes.append(message_block(t("targets.too_many", lang, shown=len(cards), total=total), color="warning"))
    return html.Div(head + notes + missing + [html.Div([district_card(c, lang=lang, briefing=briefing) for c in cards],
                                                       className="district-grid")],
                    className="view view-targets")
