"""What an export of a dashboard view needs, from its URL state: the view's ChartSpecs (rebuilt by the page's own
builders), its context (language, URL, data vintage, documents, readable filters) and its "full data".

The export callbacks (callbacks/exports.py) call these three; the view registry (components/registry.py) says
what each view offers.
"""
from __future__ import annotations

import pandas as pd

from components.layout import vintage_text
from components.registry import view_def, view_specs
from components.state import link_query, parse_state, state_to_query
from components.views import figures_for, places_in_scope
from data_access import load_dataset

from .context import readable_filters

def full_state(state: dict | None) -> dict:
    """Fill a partial state (e.g. from the exports) with defaults through the same parser the page uses."""
    ds = load_dataset()
    parsed, _ = parse_state(state_to_query(state or {}), options=ds.state_options() if ds.ok else None)
    return parsed


def state_for_search(search: str | None) -> dict:
    """The state of a URL query as the page reads it: with the data's options, so a link without ?ind= means the
    indicator the page opens on, not the parser's bare default."""
    ds = load_dataset()
    return parse_state(search or "", options=ds.state_options() if ds.ok else None)[0]


def has_charts(state: dict) -> bool:
    """Whether the view of `state` has a chart or table to export (its export specs): without one there is nothing
    to export as a briefing or an image."""
    return bool(specs_for_state(state))


def specs_for_state(state: dict) -> list:
    """The ChartSpecs of the view described by `state`, rebuilt with the same builders the page uses.

    Cached per dataset and canonical URL query: an export asks for the specs and the context of the same view
    in turn. The specs are shared; treat them as read-only (the exports copy figures before changing them)."""
    return view_specs(load_dataset(), full_state(state))


def context_for_state(state: dict, *, url_root: str = "/") -> dict:
    """What an export needs around the charts: language, the view's URL (under `url_root`, the configured base
    URL: web/settings.py, passed in by the export callbacks), data vintage, the documents behind every row an
    export can contain (the charts' and the full data's), and the view's filters with readable names."""
    ds = load_dataset()
    full = full_state(state)
    lang = full["lang"]
    view = view_def(full["view"])
    ids = list(view.export_sources(ds, full, specs_for_state(full)))
    if view.exports.full_data:
        rows = full_data_for_state(full)
        if "source_id" in rows:
            ids += list(rows["source_id"].dropna())
    ids = list(dict.fromkeys(str(i) for i in ids))
    docs = ds.documents
    sources = docs[docs["source_id"].isin(set(ids))].drop(columns=["text"], errors="ignore") if not docs.empty \
        else pd.DataFrame({"source_id": ids})
    places = ds.places if ds.ok else None
    return {
        "lang": lang,
        "url": url_root.rstrip("/") + "/" + link_query(full),
        "vintage": vintage_text(ds.vintage, lang),
        "sources": sources.reset_index(drop=True),
        "filters": readable_filters(full, lang, sources=sources, frames=[places] if places is not None else []),
    }


def full_data_for_state(state: dict) -> pd.DataFrame:
    """"Full data" behind a view, like public data portals offer: every period and measure of the indicators the
    view plots (and of the one indicator it is filtered to), for every place in the current province/district
    filter (the chart shows one slice of it)."""
    ds = load_dataset()
    if not ds.ok:
        return pd.DataFrame()
    full = full_state(state)
    ds = figures_for(ds, full)
    indicators = {full["indicator"]} if "indicator" in view_def(full["view"]).filters else set()
    for spec in specs_for_state(full):
        if isinstance(spec.data, pd.DataFrame) and "indicator" in spec.data:
            indicators.update(spec.data["indicator"].dropna())
    places = places_in_scope(ds, full)
    facts = ds.facts
    rows = facts[facts["place_id"].isin(set(places["place_id"])) & facts["indicator"].isin(indicators)]
    return rows.sort_values(["indicator", "place_id", "period", "measure"], kind="stable").reset_index(drop=True)
