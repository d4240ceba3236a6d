"""The view registry: every view of the dashboard, defined once.

A view is its URL name, its strings (label in the navigation, one-line description), the filter controls it
shows (and so the URL-state keys it applies), two functions of (dataset, state) — its ChartSpecs for the exports
and its page — and what it exports. The URL state (components/state.py), the filter panel (callbacks/page.py),
the navigation and briefing header (components/layout.py), the export bar and the export context
(exports/view_context.py, exports/context.py) all read VIEWS; none of them names a view.

To add a view: write its two functions (components/views.py shows the pattern), add one ViewDef below, add its
`view.<name>` and `view.<name>.desc` strings in both languages. README "How to add a view" says the same.
"""
from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field

from components.analysis_pages import map_page, map_specs, scatter_page, scatter_specs, trend_page, trend_specs
from components.views import (ViewResult, chart_source_ids, compare_page, compare_specs, data_page, data_specs,
                              documents_in_scope, figures_for, no_specs, review_page, scorecard_page,
                              scorecard_specs, sources_page, targets_page, targets_specs, upload_page)

PAGE_CACHE_SIZE = 16   # rendered pages kept per dataset (one of all 696 districts is a few MB of components)

# Filter controls (components/layout.py draws them in this order) → the URL-state key each one sets.
CONTROLS = {
    "province": "provinces",
    "district": "districts",
    "indicator": "indicator",
    "measure": "measure",
    "period": "period",
    "base": "base",
    "indicators": "indicators",
    "place": "place",
}


@dataclass(frozen=True)
class ExportOptions:
    """What a view exports besides each chart's own image and data menus."""

    deck: bool = True        # the view-level "Export briefing": a PowerPoint deck of every chart on the view
    full_data: bool = True   # "full data" downloads: every row behind the charts for the current filters


@dataclass(frozen=True)
class ViewDef:
    name: str                                   # the URL's ?view=
    label_key: str                              # navigation label (components/i18n.py)
    description_key: str                        # one-line description
    controls: tuple[str, ...]                   # CONTROLS the filter panel shows for this view
    specs: Callable[..., list]                  # (ds, state, *, figure_type="go") -> [ChartSpec] for the exports
    page: Callable[..., ViewResult]             # (ds, state) -> ViewResult (content, specs, title, sources)
    exports: ExportOptions = field(default_factory=ExportOptions)
    # (ds, state, specs) -> source ids an export of the view cites (default: the documents behind its charts)
    export_sources: Callable[..., list] = chart_source_ids
    applies: tuple[str, ...] = ()               # URL-state keys it applies besides its controls' (e.g. "reviewed")
    # its page is a pure function of (dataset, state): rendered once per state and dataset generation
    # (render_view); False for pages that also show what is outside the dataset (uploads, the review queue)
    cached: bool = True

    @property
    def filters(self) -> tuple[str, ...]:
        """The URL-state keys the view applies (an export's README lists these as the active filters)."""
        return ("view", *(CONTROLS[c] for c in self.controls), *self.applies)


VIEWS: tuple[ViewDef, ...] = (
    ViewDef("compare", "view.compare", "view.compare.desc",
            controls=("province", "district", "indicator", "measure", "period", "base"),
            specs=compare_specs, page=compare_page, applies=("reviewed", "show", "nodata")),
    ViewDef("trend", "view.trend", "view.trend.desc",
            controls=("province", "district", "measure", "indicators"),
            specs=trend_specs, page=trend_page, applies=("reviewed",)),
    ViewDef("map", "view.map", "view.map.desc",
            controls=("province", "district", "indicator", "measure", "period"),
            specs=map_specs, page=map_page, applies=("reviewed", "nodata")),
    ViewDef("scatter", "view.scatter", "view.scatter.desc",
            controls=("province", "district", "indicator", "indicators", "period"),
            specs=scatter_specs, page=scatter_page, applies=("reviewed",)),
    ViewDef("targets", "view.targets", "view.targets.desc",
            controls=("province", "district", "period"),
            specs=targets_specs, page=targets_page, applies=("reviewed",)),
    ViewDef("scorecard", "view.scorecard", "view.scorecard.desc",
            controls=("province", "district", "measure", "period", "indicators", "place"),
            specs=scorecard_specs, page=scorecard_page, applies=("reviewed",)),
    ViewDef("data", "view.data", "view.data.desc",
            controls=("province", "district", "period", "indicators"),
            specs=data_specs, page=data_page, applies=("reviewed", "grid")),
    ViewDef("sources", "view.sources", "view.sources.desc",
            controls=("province", "district"),
            specs=no_specs, page=sources_page, exports=ExportOptions(deck=False, full_data=False),
            export_sources=documents_in_scope),
    ViewDef("upload", "view.upload", "view.upload.desc", controls=(), specs=no_specs, page=upload_page,
            exports=ExportOptions(deck=False, full_data=False), cached=False),
    ViewDef("review", "view.review", "view.review.desc", controls=(), specs=no_specs, page=review_page,
            exports=ExportOptions(deck=False, full_data=False), cached=False),
)
VIEW_NAMES: tuple[str, ...] = tuple(v.name for v in VIEWS)
_BY_NAME = {v.name: v for v in VIEWS}


def view_def(name: str | None) -> ViewDef:
    """The definition of view `name`; the first view (the default) for an unknown name."""
    return _BY_NAME.get(name or "", VIEWS[0])


def view_specs(ds, state: dict) -> list:
    """The ChartSpecs the view of `state` exports (a briefing deck, images), rebuilt by the same pure builders the
    page uses; the one answer to "is there anything to export here". Built once per dataset and state (an export
    and the page's export bar ask in turn); shared, so read-only."""
    if not ds.ok:
        return []
    key = ("specs", json.dumps(state, sort_keys=True, default=str))
    return list(ds.memo(key, lambda: tuple(view_def(state["view"]).specs(figures_for(ds, state), state))))


def render_view(ds, state: dict) -> ViewResult:
    """The page of `state`'s view. A cached view's page is built once per state for this dataset (its content is
    plain component data that nothing changes afterwards): clicking back to a view, another worker thread or a
    second analyst on the same filters gets it without rebuilding; a new data generation is a new dataset."""
    view = view_def(state["view"])
    figures = figures_for(ds, state)
    if not view.cached or not ds.ok:
        return view.page(figures, state)
    key = (view.name, json.dumps(state, sort_keys=True, default=str))
    return figures.memo(key, lambda: view.page(figures, state), limit=PAGE_CACHE_SIZE, store="_pages")
