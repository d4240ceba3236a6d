"""The page callback: URL ⇄ filters ⇄ content, in ONE callback (a URL change sets the filters, a filter change
sets the URL; Dash allows that circle only inside a single callback).

`page_update` is the logic, callable without a browser (tests, benchmark); `register_page_callbacks` wires it.
`first_page` builds the page shell (components.layout.app_shell) with the same outputs, so the layout request
carries the whole first page (one round trip and one render instead of layout → callback → render on load).
"""
from __future__ import annotations

import logging
import time
from urllib.parse import urlsplit

from dash import Input, Output, State, ctx, html, no_update
from dash.exceptions import PreventUpdate
from flask import has_request_context, request

from callbacks.errors import lang_from_search
from components.filters import (district_options, expand_districts, indicator_options, measure_options,
                                period_options, place_options, province_options, whole_provinces)
from components.i18n import dropdown_labels, t
from components.strings.keys import CONTROL_LABEL, CONTROL_PLACEHOLDER
from components.layout import (CONTROL_IDS, app_shell, briefing_frame, header, no_data_page,
                               notices_block, vintage_block)
from components.compare_switch import display_switch
from components.registry import CONTROLS, render_view, view_def
from components.state import MAX_LIST_ITEMS, bounded_list, link_query, parse_state, state_to_query, with_changes
from web.settings import base_url

log = logging.getLogger("dashboard")

COPIED_SHOWN_MS = 2500  # how long "Copied" shows after Copy link
PHONE_MAX_WIDTH = 700   # px; at most this wide the filter panel starts closed (assets/style.css says the same)
# assets/screen.js writes "phone" or "wide" here before the first layout request (at most PHONE_MAX_WIDTH wide is a
# phone); the charts of the page are laid out for it. Not in the URL: a shared link opens right on any screen.
SCREEN_COOKIE = "nq_screen"


def request_screen() -> str:
    """'phone' when the browser asking for this page said its screen is a phone's, else 'wide'."""
    if has_request_context() and request.cookies.get(SCREEN_COOKIE) == "phone":
        return "phone"
    return "wide"

CONTROL_TO_STATE = CONTROLS


def _control_from_trigger(trigger) -> str | None:
    for name, cid in CONTROL_IDS.items():
        if trigger == cid:
            return name
    return None


def state_from_controls(base: dict, controls: dict, *, changed: str | None, ds) -> tuple[dict, bool]:
    """The state after the user changed control `changed`; (state, whether control values must be rewritten)."""
    state = dict(base)
    rewrite = False
    if changed is None:
        return state, rewrite
    key = CONTROL_TO_STATE[changed]
    value = controls.get(changed)
    if key in ("provinces", "districts", "indicators"):
        value = [v for v in (value if isinstance(value, list) else [])[:MAX_LIST_ITEMS] if isinstance(v, str)]
    whole = whole_provinces(value, ds.places) if changed == "district" else []
    if whole:   # "all districts of a province" stays that province in the link (prov=), not its district list
        state["provinces"] = list(dict.fromkeys([*state["provinces"], *whole]))
        value, rewrite = [], True
    elif changed == "district":
        value, expanded = expand_districts(value, ds.places)
        rewrite = rewrite or expanded
    if changed == "indicators":
        value = [v for v in value if not v.startswith("family:")]
    if key in ("indicator", "measure") and not value:
        rewrite = True
        value = base[key]
    if key == "period" and not value:
        value = "latest"
    if key == "base" and not isinstance(value, str):
        value = ""
    state[key] = value
    if changed == "province" and state["provinces"] and state["districts"]:
        # keep only districts of the chosen provinces
        allowed = set(ds.places.loc[ds.places["province_code"].isin(set(state["provinces"])), "place_id"])
        kept = [d for d in state["districts"] if d in allowed]
        if kept != state["districts"]:
            state["districts"] = kept
            rewrite = True
    # only a view that shows the one chosen indicator checks the measure against it: the scorecard's measure
    # covers many indicators and must not snap back to the hidden Compare indicator's measures
    if changed in ("indicator", "measure") and "indicator" in view_def(state["view"]).controls:
        avail = {m for (i, m) in ds.by_key if i == state["indicator"]}
        if avail and state["measure"] not in avail:
            state["measure"] = "level" if "level" in avail else sorted(avail)[0]
            rewrite = True
        periods = set(ds.by_key.get((state["indicator"], state["measure"]), ds.facts.iloc[0:0])["period"])
        if state["period"] != "latest" and state["period"] not in periods:
            state["period"] = "latest"
            rewrite = True
        if state["base"] and state["base"] not in periods:
            state["base"] = ""
            rewrite = True
    return state, rewrite


def control_options(ds, state: dict, names=None) -> dict:
    """Options of the controls `names` (default: all) for `state` (language, chosen provinces, indicator)."""
    names = set(names or CONTROL_IDS)
    lang = state["lang"]
    controls = view_def(state["view"]).controls
    places = ds.places
    provs = list(state["provinces"])
    if provs and state["districts"]:
        extra = set(places.loc[places["place_id"].isin(set(state["districts"])), "province_code"])
        provs += [p for p in extra if p not in provs]
    ind_with_data = list(ds.indicators_with_data)
    inds = ind_with_data + [state["indicator"]] if state["indicator"] not in ind_with_data else ind_with_data
    if "indicator" in view_def(state["view"]).controls:   # measures and periods of the one indicator shown
        measures = {m for (i, m) in ds.by_key if i == state["indicator"]}
        sub = ds.by_key.get((state["indicator"], state["measure"]))
        periods = set(sub["period"]) if sub is not None else set()
    else:
        measures = {m for (_, m) in ds.by_key}
        periods = set(ds.periods)
    measures.add(state["measure"])
    periods |= {p for p in (state["period"], state["base"]) if p and p != "latest"}
    builders = {
        "province": lambda: province_options(ds.provinces, lang=lang),
        "district": lambda: district_options(places, provinces=provs, lang=lang),
        "indicator": lambda: indicator_options(inds, lang=lang,
                                               coverage=ds.indicator_coverage(state["measure"], state["period"])),
        "measure": lambda: measure_options(measures, lang=lang),
        "period": lambda: period_options(periods, lang=lang),
        # the change's other period: any period of the indicator but the chosen one ("latest" has none fixed)
        "base": lambda: [o for o in period_options(periods, lang=lang)
                         if o["value"] not in ("latest", state["period"])],
        "indicators": lambda: indicator_options(ind_with_data, lang=lang, with_headers=False),
        # the profile picker lists every district only where it is shown (scorecard); elsewhere just its value
        "place": lambda: place_options(places, lang=lang) if "place" in controls else (
            [o for o in place_options(places.loc[places["place_id"] == state["place"]], lang=lang)]
            if state.get("place") else []),
    }
    sig = _options_signature(state)
    out = {}
    for name, build in builders.items():
        if name not in names:
            continue
        key = (id(ds), ds.source, ds.built_at, name, repr(sig[name]))
        if key not in _OPTIONS_CACHE:
            if len(_OPTIONS_CACHE) > 512:
                _OPTIONS_CACHE.clear()
            _OPTIONS_CACHE[key] = build()
        out[name] = _OPTIONS_CACHE[key]
    return out


_OPTIONS_CACHE: dict = {}   # (dataset, control, what its options depend on) → options; options are immutable data


def _options_signature(state: dict) -> dict:
    """What each control's options depend on; options are resent only when this changes."""
    lang = state["lang"]
    controls = view_def(state["view"]).controls
    compare = "indicator" in controls
    return {
        "province": [lang],
        "district": [lang, list(state["provinces"]), list(state["districts"]) if state["provinces"] else []],
        "indicator": [lang, state["indicator"], state["measure"], state["period"]],
        "measure": [lang, compare, state["indicator"] if compare else "", state["measure"]],
        "period": [lang, compare, state["indicator"] if compare else "", state["measure"] if compare else "",
                   state["period"]],
        "base": [lang, compare, state["indicator"] if compare else "", state["measure"] if compare else "",
                 state["period"], state["base"]],
        "indicators": [lang],
        "place": [lang, "place" in controls, state.get("place") if "place" not in controls else ""],
    }


def _page_state(ds, *, changed: str | None, search: str, controls: dict) -> tuple[dict, list, bool]:
    """The URL state this interaction shows, the notices about what it dropped, and whether the control values
    must be (re)written: all of them on an address change, else as `state_from_controls` says."""
    if not ds.ok:
        state, notices = parse_state(search)
        return state, notices, False
    opts = ds.state_options()
    if changed is None:
        state, notices = parse_state(search, options=opts)
        return state, notices, True
    base, _ = parse_state(search, options=opts)
    state, rewrite = state_from_controls(base, controls, changed=changed, ds=ds)
    notices = [n for cid, key in (("province", "provinces"), ("district", "districts"), ("indicators", "indicators"))
               for n in bounded_list(controls.get(cid) if isinstance(controls.get(cid), list) else [], key)[1]]
    return state, notices, rewrite


def _chrome(state: dict, notices: list, *, lang: str) -> dict:
    """The outputs every page has: root class and language, the shell's fixed labels, the notices."""
    return {
        "root_class": "app briefing" if state["mode"] == "briefing" else "app",
        "root_lang": lang,
        "controls_title": t("app.controls", lang),
        "skip": t("app.skip", lang),
        "close": t("passage.close", lang),
        "close_x": t("passage.close", lang),
        "close_x_title": t("passage.close", lang),
        "error_close": t("msg.error_close", lang),
        "error_close_title": t("msg.error_close", lang),
        "notices": notices_block(notices, lang=lang),
        "error_class": "error-alert",
    }


def _no_data_outputs(ds, *, lang: str) -> dict:
    """Header, content and (hidden, empty) filters of the page shown while there is no data table."""
    out = {
        "header": html.Div(html.H1(t("app.title", lang), className="app-title"), className="header-inner"),
        "content": no_data_page(title=t("msg.no_data_file", lang),
                                body=t("msg.no_data_file.body" if ds.error_key in (None, "msg.no_data_file")
                                       else ds.error_key, lang, path=ds.source, error=ds.error or "")),
        "footer": None,
        "root_class": "app no-data",
    }
    for name in CONTROL_IDS:
        out.update({f"{name}_options": [], f"{name}_value": no_update, f"{name}_placeholder": "",
                    f"{name}_labels": dropdown_labels(lang), f"{name}_class": "control d-none",
                    f"{name}_label": t(CONTROL_LABEL[name], lang)})
    return out


def _filter_outputs(ds, state: dict, *, prev: dict | None, write_values: bool) -> dict:
    """Options, values, labels and visibility of every filter control; options and dropdown labels are resent
    only when what they depend on changed (on the first render: all of them)."""
    lang = state["lang"]
    sig = _options_signature(state)
    prev_sig = (prev or {}).get("sig") or {}
    stale = [n for n in CONTROL_IDS if prev is None or prev_sig.get(n) != sig[n]]
    options = control_options(ds, state, stale) if stale else {}
    visible = set(view_def(state["view"]).controls)
    relabel = prev is None or (prev or {}).get("state", {}).get("lang") != lang
    out = {}
    for name in CONTROL_IDS:
        out[f"{name}_options"] = options[name] if name in options else no_update
        out[f"{name}_value"] = state[CONTROL_TO_STATE[name]] if write_values else no_update
        out[f"{name}_placeholder"] = t(CONTROL_PLACEHOLDER[name], lang) if name in CONTROL_PLACEHOLDER else no_update
        out[f"{name}_labels"] = dropdown_labels(lang) if relabel else no_update
        out[f"{name}_class"] = "control" if name in visible else "control d-none"
        out[f"{name}_label"] = t(CONTROL_LABEL[name], lang)
    return out


def _content_outputs(ds, state: dict, *, url: str, query: str) -> dict:
    """Header, content (the view, framed for a screenshot in briefing mode) and footer of a page with data."""
    lang = state["lang"]
    view = view_def(state["view"])
    try:
        result = render_view(ds, state)
        if state["mode"] == "briefing":
            content = briefing_frame(ds, state, result, url=url)
        elif "nodata" in view.applies:   # its display switches above it
            content = html.Div([display_switch(state, lang=lang, table="show" in view.applies), result.content])
        else:
            content = result.content
    except Exception:  # noqa: BLE001 - logged; the page shows a friendly message instead of a trace
        log.exception("rendering %s failed for %s", state.get("view"), query)
        content = html.Div(t("msg.error", lang), className="alert alert-danger", role="alert")
    return {"header": header(state, vintage=ds.vintage, lang=lang, url=url), "content": content,
            "footer": vintage_block(ds.vintage, lang, className="footer-vintage")}


def page_update(ds, *, trigger: str | None, search: str | None, controls: dict, prev: dict | None,
                url_root: str = "http://127.0.0.1:8050/") -> dict:
    """Everything the page shows for this interaction. Keys match the callback's outputs (`_outputs`)."""
    t0 = time.perf_counter()
    changed = _control_from_trigger(trigger)
    if changed is None and search is None:
        raise PreventUpdate  # dcc.Location has not reported the address yet
    search = search or ""
    if changed is None and prev and search in (prev.get("search"), prev.get("typed")):
        # the same address again: Location's echo after our own push, or the invalid address that was just
        # replaced by its corrected form (reported once more when Location mounts)
        raise PreventUpdate

    state, notices, rewrite = _page_state(ds, changed=changed, search=search, controls=controls)
    state = {**state, "screen": request_screen()}
    lang = state["lang"] if ds.ok else lang_from_search(search)
    query = state_to_query(state)
    # an address with invalid parameters is replaced (not pushed: no history entry for it) by the corrected one
    # once the notice says what was dropped; the clientside callback below does the replacing
    replace = query if changed is None and notices and query != search else None
    rendered = {"search": query if changed is not None or replace else search, "state": state,
                "sig": _options_signature(state)}
    if replace:
        rendered.update(typed=search, replace=replace)
    out: dict = {"search": no_update if changed is None or query == search else query, "rendered": rendered,
                 **_chrome(state, notices, lang=lang)}
    if not ds.ok:
        out.update(_no_data_outputs(ds, lang=lang))
        return out
    out.update(_filter_outputs(ds, state, prev=prev, write_values=changed is None or rewrite))
    out.update(_content_outputs(ds, state, url=url_root.rstrip("/") + "/" + link_query(state), query=query))
    log.debug("page_update %s in %.1f ms", query, (time.perf_counter() - t0) * 1000)
    return out


def _outputs() -> dict:
    outs = {
        "search": Output("url", "search"),
        "rendered": Output("rendered-state", "data"),
        "root_class": Output("root", "className"),
        "root_lang": Output("root", "lang"),
        "controls_title": Output("controls-title", "children"),
        "skip": Output("skip-link", "children"),
        "close": Output("passage-close", "children"),
        "close_x": Output("passage-x", "aria-label"),
        "close_x_title": Output("passage-x", "title"),
        "error_close": Output("error-close", "aria-label"),
        "error_close_title": Output("error-close", "title"),
        "notices": Output("notices", "children"),
        "error_class": Output("error-alert-wrap", "className"),
        "header": Output("header", "children"),
        "content": Output("content", "children"),
        "footer": Output("footer", "children"),
    }
    for name, cid in CONTROL_IDS.items():
        outs[f"{name}_options"] = Output(cid, "options")
        outs[f"{name}_value"] = Output(cid, "value")
        outs[f"{name}_placeholder"] = Output(cid, "placeholder")
        outs[f"{name}_labels"] = Output(cid, "labels")
        outs[f"{name}_class"] = Output(f"ctl-{name}", "className")
        outs[f"{name}_label"] = Output(f"lbl-{name}", "children")
    return outs


def page_values(out: dict) -> dict:
    """The page callback's outputs `out` (keys of `_outputs`) as (component id, property) → value, without the
    ones it leaves as they are (no_update)."""
    return {(output.component_id, output.component_property): out[key] for key, output in _outputs().items()
            if out.get(key, no_update) is not no_update}


def first_page(ds, search: str, *, url_root: str = "http://127.0.0.1:8050/"):
    """The page layout of `search`'s first load: the shell built with what `page_update` shows for it.

    The result is exactly the state the page callback leaves on load, including the rendered-state store, so the
    callback's own first call for this address is a no-op (PreventUpdate: same address as rendered)."""
    return app_shell(page_values(page_update(ds, trigger=None, search=search, controls={}, prev=None,
                                             url_root=url_root)))


def _page_search() -> str | None:
    """The query string ("?view=…" or "") of the page whose layout is being requested, else None.

    The renderer fetches /_dash-layout from the page itself, so the request's Referer is the page's address
    (browsers send the full same-origin URL by default). Without it (a Referrer-Policy that strips it, another
    host, any other request) the caller falls back to the static shell and the page callback fills it."""
    if not has_request_context() or not request.path.endswith("/_dash-layout"):
        return None
    referrer = request.referrer
    if not referrer:
        return None
    parts = urlsplit(referrer)
    if parts.netloc != request.host:
        return None
    return f"?{parts.query}" if parts.query else ""


def page_layout(get_dataset):
    """The Dash layout function. For a page's layout request: the whole first page of its address (header, filters,
    content: what the page callback would produce), so the first chart needs no callback round trip and no second
    render. Otherwise, or if that fails: the static shell, which the page callback fills as before."""
    def layout():
        search = _page_search()
        if search is not None:
            try:
                return first_page(get_dataset(), search, url_root=base_url())
            except PreventUpdate:
                pass
            except Exception:  # noqa: BLE001 - logged; the callback renders the page instead
                log.exception("first page for %r failed; serving the shell", search)
        return app_shell()

    return layout


def register_page_callbacks(app, *, get_dataset):
    inputs = {"search": Input("url", "search")}
    inputs.update({name: Input(cid, "value") for name, cid in CONTROL_IDS.items()})
    states = {"prev": State("rendered-state", "data")}

    @app.callback(output=_outputs(), inputs=inputs, state=states)
    def update_page(search, prev, **controls):
        root = base_url()       # configured, never the Host header
        trigger = ctx.triggered_id
        return page_update(get_dataset(), trigger=trigger if isinstance(trigger, str) else None, search=search,
                           controls=controls, prev=prev, url_root=root)

    # an address with invalid parameters: swap it for the corrected one in place (history.replaceState: back does
    # not return to the broken address), once Location has reported the typed address (else its own echo of
    # it would push it again), then give Location the corrected one (it finds it already there: no push)
    app.clientside_callback(
        """function (rendered, search) {
            var q = rendered && rendered.replace;
            if (!q || search !== rendered.typed) { return window.dash_clientside.no_update; }
            setTimeout(function () {
                if (window.location.search !== q) {
                    window.history.replaceState(window.history.state, "",
                                                window.location.pathname + q + window.location.hash);
                }
                window.dash_clientside.set_props("url", {search: q});
            }, 0);
            return window.dash_clientside.no_update;
        }""",
        Output("url", "search", allow_duplicate=True),
        Input("rendered-state", "data"),
        Input("url", "search"),
        prevent_initial_call="initial_duplicate",
    )

    # "Copy link" says that it copied, for a moment (the status text comes in the page's language with the header)
    app.clientside_callback(
        """function (n) {
            var el = document.getElementById("copy-status");
            if (!n || !el) { return window.dash_clientside.no_update; }
            clearTimeout(window.__copyStatusTimer);
            window.__copyStatusTimer = setTimeout(function () {
                window.dash_clientside.set_props("copy-status", {children: ""});
            }, %d);
            return "✓ " + el.getAttribute("data-copied");
        }""" % COPIED_SHOWN_MS,
        Output("copy-status", "children"),
        Input("copy-link", "n_clicks"),
        prevent_initial_call=True,
    )

    # the filter panel's disclosure button: on load open on wide screens and closed on phones (the CSS shows the
    # same until then), then each click flips it; aria-expanded always says which
    app.clientside_callback(
        """function (n, expanded) {
            var open = n ? String(expanded) !== "true" : !window.matchMedia("(max-width: %dpx)").matches;
            return [open ? "true" : "false", "controls-panel " + (open ? "is-open" : "is-closed")];
        }""" % PHONE_MAX_WIDTH,
        Output("controls-toggle", "aria-expanded"),
        Output("controls-panel", "className"),
        Input("controls-toggle", "n_clicks"),
        State("controls-toggle", "aria-expanded"),
    )

    return update_page


__all__ = ["page_update", "page_values", "first_page", "register_page_callbacks", "state_from_controls", "control_options", "with_changes"]
