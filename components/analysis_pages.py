"""The pages and ChartSpecs of the analysis views: change over time, the map and the two-indicator scatter.

Same two functions per view as components/views.py, from (dataset, state); components/registry.py names them."""
from __future__ import annotations

import pandas as pd

from components.chart_spec import ChartSpec
from components.i18n import t
from components.labels import indicator_label
from components.map import build_map, map_layout
from components.scatter import build_scatter, scatter_layout
from components.selection import scope_places
from components.trend import build_trend, trend_layout
from components.views import ViewResult
from etl.period_grammar import period_label

# the scatter's second indicator when the analyst has not chosen one: the pairing analysts ask for first
SCATTER_PAIRS = {"poverty_rate": "income_per_capita", "income_per_capita": "poverty_rate"}


def _places(ds, state) -> pd.DataFrame:
    return scope_places(ds.places, provinces=state["provinces"], districts=state["districts"])[0]


def _sources(specs: list[ChartSpec]) -> list[str]:
    ids = [s for spec in specs for s in (spec.source_ids or [])]
    return list(dict.fromkeys(str(i) for i in ids))


def _briefing(state) -> bool:
    return state["mode"] == "briefing"


def _specs_of(result) -> list[ChartSpec]:
    """The one chart of an analysis view's result, or none (nothing to draw)."""
    return [result.spec] if result.spec is not None else []


def _page_of(result, layout, state: dict, *, title: str, subtitle: str) -> ViewResult:
    """An analysis view's page: its layout, its chart and where its rows came from; the spec's own title and
    subtitle when there is a chart, else the given ones."""
    specs = _specs_of(result)
    return ViewResult(content=layout(result, lang=state["lang"], briefing=_briefing(state)), specs=specs,
                      title=result.spec.title if result.spec else title,
                      subtitle=result.spec.subtitle if result.spec else subtitle, source_ids=_sources(specs))


# ------------------------------------------------------------------ change over time
def trend_result(ds, state, *, figure_type: str = "go"):
    places = _places(ds, state)
    facts = ds.facts[ds.facts["place_id"].isin(set(places["place_id"]))]
    return build_trend(facts, places, indicators=state["indicators"] or None, measure=state["measure"],
                       lang=state["lang"], briefing=_briefing(state), figure_type=figure_type,
                       phone=state.get("screen") == "phone" and not _briefing(state))


def trend_specs(ds, state, *, figure_type: str = "go") -> list[ChartSpec]:
    return _specs_of(trend_result(ds, state, figure_type=figure_type))


def trend_page(ds, state: dict) -> ViewResult:
    return _page_of(trend_result(ds, state, figure_type="dict"), trend_layout, state,
                    title=t("trend.title", state["lang"]), subtitle="")


# ------------------------------------------------------------------ map
def map_result(ds, state, *, figure_type: str = "go"):
    sub = ds.by_key.get((state["indicator"], state["measure"]))
    facts = sub if sub is not None else ds.facts.iloc[0:0]
    return build_map(facts, _places(ds, state), geometry=ds.geometry, indicator=state["indicator"],
                     measure=state["measure"], period=state["period"], lang=state["lang"],
                     briefing=_briefing(state), figure_type=figure_type, hide_missing=state.get("nodata") == "hide",
                     phone=state.get("screen") == "phone" and not _briefing(state))


def map_specs(ds, state, *, figure_type: str = "go") -> list[ChartSpec]:
    return _specs_of(map_result(ds, state, figure_type=figure_type))


def map_page(ds, state: dict) -> ViewResult:
    lang = state["lang"]
    return _page_of(map_result(ds, state, figure_type="dict"), map_layout, state,
                    title=indicator_label(state["indicator"], lang), subtitle=period_label(state["period"], lang))


# ------------------------------------------------------------------ scatter
def scatter_axes(state) -> tuple[str, str]:
    """(x, y): the chosen indicator (y) against the first other chosen indicator, or its usual partner (x)."""
    y = state["indicator"]
    others = [i for i in state["indicators"] if i != y]
    return (others[0] if others else SCATTER_PAIRS.get(y, "income_per_capita")), y


def scatter_result(ds, state, *, figure_type: str = "go"):
    x, y = scatter_axes(state)
    facts = ds.facts[(ds.facts["indicator"].isin({x, y})) & (ds.facts["measure"] == "level")]
    return build_scatter(facts, _places(ds, state), x=x, y=y, period=state["period"], lang=state["lang"],
                         briefing=_briefing(state), figure_type=figure_type,
                         phone=state.get("screen") == "phone" and not _briefing(state))


def scatter_specs(ds, state, *, figure_type: str = "go") -> list[ChartSpec]:
    return _specs_of(scatter_result(ds, state, figure_type=figure_type))


def scatter_page(ds, state: dict) -> ViewResult:
    return _page_of(scatter_result(ds, state, figure_type="dict"), scatter_layout, state,
                    title=t("view.scatter", state["lang"]), subtitle="")
