"""The dashboard's whole state lives in the URL query. One dict format, parsed and written by pure functions.

    state = {
        "view": "compare",        # a name of components/registry.py VIEWS
        "lang": "vi",             # vi | en
        "mode": "interactive",    # interactive | briefing
        "provinces": ["94"],      # GSO province codes (multi)
        "districts": ["soc-trang/huyen-tran-de"],   # place_ids (multi)
        "indicator": "poverty_rate",
        "measure": "level",       # etl.schema.MEASURES
        "period": "latest",       # "latest" or a period string such as "2023"
        "base": "",               # Compare: "" or the period the change to `period` is measured from
        "indicators": [],         # scorecard columns; [] = every indicator with data
        "place": None,            # place_id of the district profile (scorecard view)
        "reviewed": "all",        # all | mark (unreviewed figures marked ○) | only (reviewed figures only)
        "show": "chart",          # chart | table (Compare)
        "nodata": "show",         # show | hide the districts without a figure in the chart (Compare, map)
        "grid": "",               # the Data grid's filter and sort (components/grid_model.py)
    }

URL keys: view, lang, mode, prov, dist, ind, measure, period, from (base), inds, place, rev, show, nodata, grid (lists
comma-separated; grid is the Data grid's filter and sort as compact JSON).
`parse_state` never raises: unknown or stale values fall back to defaults and are reported as notices.

Bounded work per request: a query longer than MAX_QUERY_CHARS is refused whole, at most MAX_PARAMS parameters
and MAX_LIST_ITEMS entries per list are read (each a notice saying so), at most MAX_NOTICES notices are kept.
The limits sit far above what the app itself writes (696 districts, a few dozen indicators).
"""
from __future__ import annotations

from urllib.parse import parse_qsl, urlencode

from components.i18n import LANGS
from components.registry import VIEW_NAMES, view_def
from data_access import StateOptions
from etl.schema import MEASURES

MODES = ("interactive", "briefing")
REVIEWED = ("all", "mark", "only")   # which figures the charts and downloads use, by review status
SHOW_CHOICES = ("chart", "table")            # Compare drawn as bars or written as a table
NODATA_CHOICES = ("show", "hide")           # districts without a figure drawn as "no data" rows, or left out of the chart
MAX_GRID_CHARS = 1_500               # the Data grid's filter and sort (components/grid_model.py)
URL_KEYS = {
    "view": "view", "lang": "lang", "mode": "mode", "prov": "provinces", "dist": "districts", "ind": "indicator",
    "measure": "measure", "period": "period", "from": "base", "inds": "indicators", "place": "place",
    "rev": "reviewed", "show": "show", "nodata": "nodata", "grid": "grid",
}
STATE_TO_URL = {v: k for k, v in URL_KEYS.items()}
LIST_KEYS = ("provinces", "districts", "indicators")
ALWAYS_LINKED = ("view", "lang", "mode")   # in every link, whatever the view uses
MAX_QUERY_CHARS = 64_000      # every district of the country in one link is about 21,000
MAX_PARAMS = 40               # the app writes at most 10
MAX_LIST_ITEMS = 1_000        # entries of one list (there are 696 districts, 63 provinces)
MAX_ITEM_CHARS = 200          # one id, one period
MAX_NOTICES = 10              # then one "and N more"

DEFAULT_STATE = {
    "view": VIEW_NAMES[0],
    "lang": "vi",
    "mode": "interactive",
    "provinces": [],
    "districts": [],
    "indicator": "poverty_rate",
    "measure": "level",
    "period": "latest",
    "base": "",
    "indicators": [],
    "place": None,
    "reviewed": "all",
    "show": "chart",
    "nodata": "show",
    "grid": "",
}


def default_state(options: StateOptions | None = None) -> dict:
    state = {k: (list(v) if isinstance(v, list) else v) for k, v in DEFAULT_STATE.items()}
    if options is not None:
        if options.default_indicator:
            state["indicator"] = options.default_indicator
        elif options.indicators and state["indicator"] not in options.indicators:
            state["indicator"] = sorted(options.indicators)[0]
        state["measure"] = options.default_measure
    return state


def _split(raw: str, *, limit: int = MAX_LIST_ITEMS) -> tuple[list[str], int]:
    """The distinct non-empty entries of a comma list, in order, at most `limit` of them; and how many distinct
    entries it had beyond that limit (a set keeps the cost linear)."""
    out: list[str] = []
    seen: set[str] = set()
    over = 0
    for part in raw.split(",", 4 * limit):     # no more than 4 × limit pieces are ever split out
        part = part.strip()
        if part and part not in seen:
            seen.add(part)
            if len(out) < limit:
                out.append(part)
            else:
                over += 1
    return out, over


def limit_notice(key: str, total: int) -> dict:
    """The notice for a list cut to MAX_LIST_ITEMS entries (from a link or from a control)."""
    return {"param": f"too_many.{key}", "value": str(total), "limit": MAX_LIST_ITEMS}


def bounded_list(values, key: str) -> tuple[list, list[dict]]:
    """A control's list value cut to MAX_LIST_ITEMS entries, with the notice when it was longer."""
    values = list(values or [])
    if len(values) <= MAX_LIST_ITEMS:
        return values, []
    return values[:MAX_LIST_ITEMS], [limit_notice(key, len(values))]


def _bounded_notices(notices: list[dict]) -> list[dict]:
    if len(notices) <= MAX_NOTICES:
        return notices
    return notices[:MAX_NOTICES] + [{"param": "more", "value": str(len(notices) - MAX_NOTICES)}]


def parse_state(query: str | dict | None, *, options: StateOptions | None = None) -> tuple[dict, list[dict]]:
    """URL query ('?view=compare&lang=en…', or a dict of params) → (state, notices).

    A notice is {"param": <state key>, "value": <rejected value>} for the view to show.
    """
    state = default_state(options)
    if query is None:
        _default_period(state, set(), options or StateOptions())
        return state, []
    pairs, notices = _query_pairs(query)
    if pairs is None:   # too long or unreadable: the default state, with the reason
        return state, notices
    opts = options or StateOptions()
    named = {URL_KEYS.get(k) for k, _ in pairs}
    for url_key, raw in pairs:
        key = URL_KEYS.get(url_key)
        if key is None:
            _reject(notices, "unknown", url_key)
            continue
        raw = raw if isinstance(raw, str) else ",".join(map(str, raw[:MAX_LIST_ITEMS + 1])) \
            if isinstance(raw, (list, tuple)) else str(raw)
        if key not in LIST_KEYS and len(raw) > MAX_ITEM_CHARS:
            _reject(notices, key, raw)
            continue
        _read_param(state, key, raw, opts, notices)
    _default_period(state, named, opts)
    return state, _bounded_notices(notices)


def _reject(notices: list[dict], param: str, value) -> None:
    notices.append({"param": param, "value": str(value)[:80]})


def _query_pairs(query: str | dict) -> tuple[list | None, list[dict]]:
    """(the (key, value) pairs of a query, at most MAX_PARAMS; the notices so far); pairs None when the query is
    too long or cannot be read, so nothing of it is applied."""
    notices: list[dict] = []
    if isinstance(query, dict):
        pairs = [(k, v) for k, v in query.items()]
    else:
        q = query[1:] if query.startswith("?") else query
        if len(q) > MAX_QUERY_CHARS:
            return None, [{"param": "too_long", "value": str(len(q)), "limit": MAX_QUERY_CHARS}]
        fields = q.split("&", MAX_PARAMS)
        if len(fields) > MAX_PARAMS:
            notices.append({"param": "too_many_params", "value": str(q.count("&") + 1), "limit": MAX_PARAMS})
            q = "&".join(fields[:MAX_PARAMS])
        try:
            pairs = parse_qsl(q, keep_blank_values=True, max_num_fields=MAX_PARAMS)
        except Exception:  # noqa: BLE001 - a hand-edited URL must never crash the page
            return None, [{"param": "unknown", "value": q[:80]}]
    if len(pairs) > MAX_PARAMS:
        notices.append({"param": "too_many_params", "value": str(len(pairs)), "limit": MAX_PARAMS})
        pairs = pairs[:MAX_PARAMS]
    return pairs, notices


def _read_param(state: dict, key: str, raw: str, opts: StateOptions, notices: list[dict]) -> None:
    """Apply one URL parameter to `state` if its value is allowed, else add a notice and keep the default."""
    choices = {"view": VIEW_NAMES, "lang": LANGS, "mode": MODES, "reviewed": REVIEWED, "show": SHOW_CHOICES,
               "nodata": NODATA_CHOICES, "measure": MEASURES}
    in_data = {"indicator": opts.indicators, "period": opts.periods, "base": opts.periods, "place": opts.districts}
    if key in choices:
        if raw in choices[key]:
            state[key] = raw
        else:
            _reject(notices, key, raw)
    elif key == "grid":
        state["grid"] = raw if len(raw) <= MAX_GRID_CHARS else (_reject(notices, "grid", raw[:40]) or "")
    elif key in in_data:
        allowed = in_data[key]
        if (key == "period" and raw == "latest") or (raw and (allowed is None or raw in allowed)):
            state[key] = raw
        elif raw:
            _reject(notices, key, raw)
    elif key in LIST_KEYS:
        state[key] = _read_list(key, raw, opts, notices)


def _read_list(key: str, raw: str, opts: StateOptions, notices: list[dict]) -> list:
    """A comma-separated list parameter: the items the data knows, at most MAX_LIST_ITEMS (a notice says when the
    link held more, and names each item left out)."""
    allowed = {"provinces": opts.provinces, "districts": opts.districts, "indicators": opts.indicators}[key]
    kept = []
    items, over = _split(raw)
    if over:
        notices.append(limit_notice(key, raw.count(",") + 1))
    for item in items:
        if len(item) <= MAX_ITEM_CHARS and (allowed is None or item in allowed):
            kept.append(item)
        else:
            _reject(notices, key, item)
    return kept


def _default_period(state: dict, named: set, opts: StateOptions) -> None:
    """A link naming no indicator, measure or period of a one-indicator view opens on the default indicator's
    period with the most districts (data_access.most_covered); any other link keeps "latest"."""
    if opts.default_period and not named & {"indicator", "measure", "period"} \
            and state["indicator"] == opts.default_indicator and "indicator" in view_def(state["view"]).controls:
        state["period"] = opts.default_period


def state_to_query(state: dict, *, keys=None) -> str:
    """state → '?view=…&lang=…' (canonical order; lists comma-joined; defaults of optional keys left out).
    keys: only these state keys (and always view, lang, mode): see link_query."""
    full = {**DEFAULT_STATE, **(state or {})}
    if keys is not None:
        full = {k: (v if k in keys or k in ALWAYS_LINKED else None) for k, v in full.items()}
    params: list[tuple[str, str]] = [
        ("view", full["view"]),
        ("lang", full["lang"]),
    ]
    if full["mode"] not in ("interactive", None):
        params.append(("mode", full["mode"]))
    if full["provinces"]:
        params.append(("prov", ",".join(full["provinces"])))
    if full["districts"]:
        params.append(("dist", ",".join(full["districts"])))
    params += [(key, full[name]) for key, name in (("ind", "indicator"), ("measure", "measure"), ("period", "period"))
               if full[name] is not None]
    if full["base"]:
        params.append(("from", full["base"]))
    if full["indicators"]:
        params.append(("inds", ",".join(full["indicators"])))
    if full["place"]:
        params.append(("place", full["place"]))
    if full["reviewed"] not in ("all", None):
        params.append(("rev", full["reviewed"]))
    if full["show"] not in ("chart", None):
        params.append(("show", full["show"]))
    if full["nodata"] not in ("show", None):
        params.append(("nodata", full["nodata"]))
    if full["grid"]:
        params.append(("grid", full["grid"]))
    return "?" + urlencode(params, safe="/,")


def link_query(state: dict) -> str:
    """The query of a link to what a view shows (Copy link, briefing footers, exports): only the URL-state keys
    its view uses (components/registry.py ViewDef.filters: its controls and what it applies) and the language and
    mode, so a Targets link carries no indicator left over from Compare."""
    return state_to_query(state, keys=set(view_def((state or {}).get("view")).filters))


def with_changes(state: dict, **changes) -> dict:
    new = {k: (list(v) if isinstance(v, list) else v) for k, v in state.items()}
    new.update(changes)
    return new
