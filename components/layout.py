"""Page shell: header (product, data vintage, views, language), filter panel, notices, briefing header/footer."""
from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from dash import dcc, html

from components.export_panel import BRIEFING_CHART_ID, VIEW_CHART_ID, briefing_action, view_exports_slot
from components.i18n import LANGS, fmt_date, fmt_number, fmt_timestamp, t
from components.registry import CONTROLS, VIEWS, view_def, view_specs
from components.state import REVIEWED, state_to_query, with_changes
from components.strings.keys import NOTICE, REVIEW_SWITCH
from components.views import ViewResult, source_titles
from etl.period_grammar import period_label

CONTROL_IDS = {name: f"f-{name}" for name in CONTROLS}
MULTI = {"province", "district", "indicators"}
CLEARABLE = {"province", "district", "indicators", "place", "base"}


def _built(built: str, lang: str) -> str:
    """The table's build time in the one timestamp format (UTC, components.i18n.fmt_timestamp); a bare date as a
    date. The ETL writes UTC ('2026-12-04 14:27 UTC'); a time without a zone is taken to be UTC too."""
    for fmt in ("%Y-%m-%d %H:%M UTC", "%Y-%m-%dT%H:%M:%S%z", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d"):
        try:
            d = datetime.strptime(str(built), fmt)
        except ValueError:
            continue
        return fmt_date(d.date().isoformat(), lang) if fmt == "%Y-%m-%d" else fmt_timestamp(d, lang)
    return str(built)


def vintage_period_text(vintage: dict, lang: str) -> str:
    """What the data is of: the report periods of its figures and how many documents and figures."""
    periods = [period_label(p, lang) for p in dict.fromkeys(vintage.get("periods") or [])]
    if not periods:
        return t("app.vintage_unknown", lang, documents=fmt_number(vintage.get("documents", 0), lang),
                 facts=fmt_number(vintage.get("facts", 0), lang))
    return t("app.vintage", lang, period=" – ".join(periods), documents=fmt_number(vintage["documents"], lang),
             ok=fmt_number(vintage.get("documents_ok", 0), lang), facts=fmt_number(vintage["facts"], lang))


def built_text(vintage: dict, lang: str) -> str:
    """When the table was built (apart from the period the data is of); '' when unknown."""
    return t("app.built", lang, built=_built(vintage["built_at"], lang)) if vintage.get("built_at") else ""


def vintage_text(vintage: dict, lang: str) -> str:
    """Both in one line (exports, briefing footer): '<periods, documents, figures> · <built>'."""
    return " · ".join(x for x in (vintage_period_text(vintage, lang), built_text(vintage, lang)) if x)


def vintage_block(vintage: dict, lang: str, **attrs):
    """The page's vintage: the report period first, the build time apart in its own quieter line."""
    built = built_text(vintage, lang)
    return html.P([html.Span(vintage_period_text(vintage, lang), className="vintage-period"),
                   *([html.Span(built, className="vintage-built")] if built else [])], **attrs)


def _props(values: dict, cid: str, **defaults) -> dict:
    """Keyword arguments of component `cid`: its id, the shell's `defaults`, then the page's values for it (taken
    out of `values`, so what is left over names no component)."""
    return {"id": cid, **defaults, **values.pop(cid, {})}


def _control(name: str, values: dict):
    cid = CONTROL_IDS[name]
    return html.Div([
        html.Label(**_props(values, f"lbl-{name}", htmlFor=cid, className="form-label")),
        dcc.Dropdown(**_props(values, cid, multi=name in MULTI, clearable=name in CLEARABLE, searchable=True,
                              closeOnSelect=name not in MULTI, search_order="original", maxHeight=360,
                              persistence=False, className=f"control-dropdown control-{name}")),
    ], **_props(values, f"ctl-{name}", className="control"))


def app_shell(values: Mapping[tuple[str, str], Any] | None = None):
    """The page layout. `values` ((component id, property) → value: what the page callback shows for an address)
    are built into their components, so the layout carries that whole first page; without them, the empty shell
    that the page callback fills from the URL. A value for a component the shell does not have is an error."""
    by_id: dict[str, dict] = {}
    for (cid, prop), value in (values or {}).items():
        by_id.setdefault(cid, {})[prop] = value
    root = html.Div(**_props(by_id, "root", className="app", lang="vi", children=[
        dcc.Location(**_props(by_id, "url", refresh=False)),
        dcc.Store(**_props(by_id, "rendered-state")),
        html.A(**_props(by_id, "skip-link", href="#content", className="skip-link")),
        html.Header(**_props(by_id, "header", className="app-header")),
        html.Div(**_props(by_id, "notices", className="notices", role="status", **{"aria-live": "polite"})),
        view_exports_slot(),
        html.Div(className="app-body", children=[
            html.Aside(id="controls", className="controls", children=[
                # a disclosure button, not <details>: dcc.Dropdowns inside <details> trap Tab in the panel.
                # Open on wide screens, closed on phones so the chart comes first (CSS until the first click;
                # the clientside callback in callbacks/page.py keeps aria-expanded in step).
                html.H2(html.Button([html.Span(className="controls-chevron", **{"aria-hidden": "true"}),
                                     html.Span(**_props(by_id, "controls-title"))],
                                    id="controls-toggle", className="controls-toggle", type="button", n_clicks=0,
                                    **{"aria-expanded": "true", "aria-controls": "controls-panel"}),
                        className="controls-title"),
                html.Div(id="controls-panel", className="controls-panel",
                         children=[_control(n, by_id) for n in CONTROL_IDS]),
            ], **{"aria-labelledby": "controls-title"}),
            dcc.Loading(html.Main(**_props(by_id, "content", className="content", tabIndex="-1")), type="dot",
                        delay_show=400, parent_className="content-wrap", id="content-loading",
                        overlay_style={"visibility": "visible", "opacity": 0.6}),
        ]),
        html.Footer(**_props(by_id, "footer", className="app-footer")),
        _passage_dialog(by_id),
        html.Div([html.Span(id="error-alert"),
                  html.Button("×", **_props(by_id, "error-close", className="close-x", n_clicks=0,
                                            title=t("msg.error_close", "vi"),
                                            **{"aria-label": t("msg.error_close", "vi")}))],
                 **_props(by_id, "error-alert-wrap", className="error-alert", role="alert")),
    ]))
    if by_id:
        raise ValueError(f"the page shell has no component for {sorted(by_id)}")
    return root


def reviewed_switch(state: dict, *, lang: str):
    """All figures · mark the unreviewed (○) · reviewed only: plain links carrying the whole state."""
    return html.Div([
        html.Span(t("review.switch", lang) + ":", className="switch-label"),
        *[dcc.Link(t(REVIEW_SWITCH[choice], lang), href="/" + state_to_query(with_changes(state, reviewed=choice)),
                   id=f"reviewed-{choice}",
                   className="tool-link" + (" active" if state.get("reviewed", "all") == choice else ""))
          for choice in REVIEWED],
    ], className="reviewed-switch", role="group", **{"aria-label": t("review.switch", lang)})


def header(state: dict, *, vintage: dict, lang: str, url: str):
    """Product name, data vintage, view links and language switch; all plain links that carry the whole state."""
    nav = html.Nav(html.Ul([
        html.Li(dcc.Link(t(v.label_key, lang), href="/" + state_to_query(with_changes(state, view=v.name)),
                         className="nav-link" + (" active" if state["view"] == v.name else ""), id=f"nav-{v.name}"),
                className="nav-item")
        for v in VIEWS
    ], className="view-nav"), **{"aria-label": t("app.nav", lang)})
    langs = html.Div([
        html.Span(t("app.lang_switch", lang) + ":", className="visually-hidden"),
        *[dcc.Link({"vi": "Tiếng Việt", "en": "English"}[lg], href="/" + state_to_query(with_changes(state, lang=lg)),
                   id=f"lang-{lg}", className="lang-link" + (" active" if lg == lang else ""),
                   title={"vi": "Tiếng Việt", "en": "English"}[lg]) for lg in LANGS],
    ], className="lang-switch", role="group", **{"aria-label": t("app.lang_switch", lang)})
    tools = html.Div([
        dcc.Link(t("app.briefing_link", lang), href="/" + state_to_query(with_changes(state, mode="briefing")),
                 id="briefing-link", className="tool-link"),
        html.Span([
            # dcc.Clipboard renders a bare <div> (no focus, no keys): the button beside it is what keyboards and
            # screen readers use; assets/keyboard.js passes its clicks (Enter/Space included) on to the icon
            dcc.Clipboard(id="copy-link", content=url, title=t("app.copy_link", lang), className="copy-button"),
            html.Button(t("app.copy_link", lang), id="copy-link-button", type="button", className="copy-label",
                        **{"aria-controls": "copy-link"}),
            # says "copied" for a moment after a copy (callbacks/page.py), read out by screen readers too
            html.Span(id="copy-status", className="copy-status", role="status",
                      **{"aria-live": "polite", "data-copied": t("app.link_copied", lang)}),
        ], className="tool-link copy-wrap"),
        html.Span(url, id="page-url", className="visually-hidden"),
        reviewed_switch(state, lang=lang),
    ], className="header-tools")
    return html.Div([
        html.Div([
            html.H1(dcc.Link(t("app.title", lang), href="/" + state_to_query(with_changes(state, view="compare")),
                             className="brand"), className="app-title"),
            html.P(t("app.tagline", lang), className="tagline"),
            vintage_block(vintage, lang, className="vintage", id="vintage"),
        ], className="header-text"),
        html.Div([langs, tools], className="header-side"),
        nav,
    ], className="header-inner")


def briefing_header(state: dict, *, title: str, subtitle: str, lang: str, has_charts: bool = True):
    """Title, subtitle, brand, the way back to the interactive page and, on views with charts, the view's one
    "Export briefing" action (PowerPoint of every chart shown)."""
    side = [html.Span(t("app.title", lang), className="briefing-brand"),
            dcc.Link(t("app.interactive_link", lang), href="/" + state_to_query(
                with_changes(state, mode="interactive")), className="briefing-exit")]
    if view_def(state.get("view")).exports.deck:
        side.append(briefing_action(lang=lang, chart_id=BRIEFING_CHART_ID) if has_charts else no_chart_note(lang))
    return html.Div([
        html.Div([html.H1(title, className="briefing-title"), html.P(subtitle, className="briefing-subtitle")]),
        html.Div(side, className="briefing-side"),
    ], className="briefing-header")


def view_exports(state: dict, *, has_charts: bool = True):
    """Children of the view-level export bar for a URL state: the Export briefing action of a view that offers a
    deck, in interactive mode (briefing mode has it in its header), else nothing; where the view draws no chart
    for these filters (has_charts False), a line saying that there is nothing to export instead of the button."""
    if not view_def(state.get("view")).exports.deck or state.get("mode") == "briefing":
        return []
    lang = state.get("lang") or "vi"
    if not has_charts:
        return no_chart_note(lang)
    return briefing_action(lang=lang, chart_id=VIEW_CHART_ID)


def no_chart_note(lang: str):
    return html.P(t("export.no_chart", lang), className="no-chart-export", id="no-chart-export")


def briefing_frame(ds, state: dict, result: ViewResult, *, url: str):
    """The view laid out for a 16:9 screenshot: header (title, subtitle), the charts, footer (sources, vintage, URL)."""
    lang = state["lang"]
    return html.Div([
        briefing_header(state, title=result.title, subtitle=result.subtitle, lang=lang,
                        has_charts=bool(view_specs(ds, state))),
        html.Div(result.content, className="briefing-body"),
        briefing_footer(sources=source_titles(ds, result.source_ids), vintage=ds.vintage, url=url, lang=lang),
    ], className="briefing-frame")


def briefing_footer(*, sources: list[str], vintage: dict, url: str, lang: str):
    """At most two lines under the slide: its sources (none: no line, never 'Sources: –'), then the vintage and
    the link. Each line stays one line (CSS cuts it with '…', the whole text in its title); the link is written
    without its scheme and never breaks (after '?' or anywhere)."""
    sources_text = t("briefing.footer_sources", lang, sources="; ".join(sources)) if sources else ""
    vintage_line = t("briefing.footer_vintage", lang, vintage=vintage_text(vintage, lang))
    url_line = t("briefing.footer_url", lang, url=short_url(url))
    return html.Div([
        *([html.P(sources_text, className="briefing-sources", title=sources_text)] if sources_text else []),
        html.P([html.Span(vintage_line, className="briefing-vintage", title=vintage_line),
                html.Span(url_line, className="briefing-url", title=url)], className="briefing-meta"),
    ], className="briefing-footer")


def short_url(url: str) -> str:
    """A link as a slide writes it: without 'http://' or 'https://' (the address and the query stay whole)."""
    for scheme in ("https://", "http://"):
        if url.startswith(scheme):
            return url[len(scheme):]
    return url


def notices_block(notices: list[dict], *, lang: str):
    if not notices:
        return None
    items = []
    for n in notices:
        items.append(html.Li(t(NOTICE[n["param"]], lang, **{k: v for k, v in n.items() if k != "param"})))
    return html.Div([html.Strong(t("msg.notice_title", lang)), html.Ul(items)],
                    className="alert alert-warning url-notice", id="url-notice", role="status")


def _passage_dialog(values: dict):
    """The source-passage dialog (opened by callbacks.passage); hidden until its class has "open"."""
    return html.Div(id="passage-modal", className="modal-layer", children=[
        html.Div(className="modal-backdrop-layer", id="passage-backdrop"),
        html.Div(className="modal-panel", role="dialog", tabIndex="-1", id="passage-panel",
                 **{"aria-modal": "true", "aria-labelledby": "passage-title"}, children=[
                     html.Div([html.H2(id="passage-title", className="modal-title"),
                               html.Button("×", **_props(values, "passage-x", className="close-x", n_clicks=0,
                                                         title=t("passage.close", "vi"),
                                                         **{"aria-label": t("passage.close", "vi")}))],
                              className="modal-head"),
                     html.Div(id="passage-body", className="modal-body-area"),
                     html.Div(html.Button(**_props(values, "passage-close", className="btn-plain", n_clicks=0)),
                              className="modal-foot"),
                 ]),
    ])


def no_data_page(*, title: str, body: str):
    return html.Div([html.H2(title), html.P(body)], className="no-data-page")
