"""Each view's two functions, from (dataset, state): its ChartSpecs (shared with the exports) and its page.

components/registry.py names them per view; nothing else here knows which views exist."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import partial

import pandas as pd

from components.chart_spec import ChartSpec
from dash import html
from components.compare import build_compare, compare_layout
from components.compare_change import build_change
from components.compare_table import compare_table
from components.data_view import build_data_spec, data_layout, data_rows, grid_records
from components.grid_model import apply_grid, decode_grid
from components.i18n import place_label, t
from components.labels import indicator_label
from components.review import review_content
from components.scorecard import build_scorecard, profile_layout, scorecard_layout
from components.selection import scope_places
from components.sources import sources_layout
from components.targets import MAX_DISTRICTS, build_targets, places_without_targets, targets_layout
from components.upload import upload_layout
from etl.add import sources_dir
from etl.period_grammar import period_label
from etl.read import MAX_BINARY_BYTES, MAX_BYTES, SUPPORTED_SUFFIXES


@dataclass
class ViewResult:
    content: object
    specs: list[ChartSpec] = field(default_factory=list)
    title: str = ""
    subtitle: str = ""
    source_ids: list[str] = field(default_factory=list)


def _facts_for(ds, indicator: str, measure: str) -> pd.DataFrame:
    sub = ds.by_key.get((indicator, measure))
    return sub if sub is not None else ds.facts.iloc[0:0]


def _places(ds, state) -> tuple[pd.DataFrame, bool]:
    return scope_places(ds.places, provinces=state["provinces"], districts=state["districts"])


# figure_type: "go" for ChartSpecs handed to the exports, "dict" for the page (same builders, no object tree)


BRIEFING_TARGET_CARDS = 3   # one row of cards fits a 16:9 frame
DEFAULT_COMPARE_LIMIT = 50   # with nothing chosen, a national table shows its top and bottom 25


def figures_for(ds, state):
    """The dataset the charts and downloads use: every figure, or with `rev=only` the reviewed ones only."""
    return ds.reviewed_only() if state.get("reviewed") == "only" and ds.ok else ds


def compare_result(ds, state, *, figure_type: str = "go"):
    places, explicit = _places(ds, state)
    build = build_compare
    if state.get("base") and state["base"] != state["period"]:   # the change from period `base` to `period`
        build = partial(build_change, base=state["base"])
    return build(_facts_for(ds, state["indicator"], state["measure"]), places,
                 indicator=state["indicator"], measure=state["measure"], period=state["period"],
                 lang=state["lang"], briefing=state["mode"] == "briefing",
                 limit=None if explicit else DEFAULT_COMPARE_LIMIT, figure_type=figure_type,
                 mark_unreviewed=state.get("reviewed") == "mark", hide_missing=state.get("nodata") == "hide",
                 phone=state.get("screen") == "phone")


def targets_result(ds, state, *, figure_type: str = "go"):
    places, _ = _places(ds, state)
    return build_targets(ds.target_facts, places, period=state["period"], documents=ds.documents, lang=state["lang"],
                         max_districts=BRIEFING_TARGET_CARDS if state["mode"] == "briefing" else MAX_DISTRICTS,
                         figure_type=figure_type, compact=state["mode"] == "briefing", communes=ds.communes,
                         phone=state.get("screen") == "phone" and state["mode"] != "briefing")


def places_in_scope(ds, state) -> pd.DataFrame:
    """The places the province/district filters select (all places when none is chosen)."""
    return _places(ds, state)[0]


def _facts_of_places(ds, places: pd.DataFrame, measure: str | None = None) -> pd.DataFrame:
    """Facts of the places in scope: from the per-place index when they are few, else the whole table."""
    ids = list(places["place_id"])
    if len(ids) < len(ds.facts_by_place) / 4:
        parts = [ds.facts_by_place[p] for p in ids if p in ds.facts_by_place]
        facts = pd.concat(parts) if parts else ds.facts.iloc[0:0]
        return facts[facts["measure"] == measure] if measure else facts
    return ds.facts_for_measure(measure) if measure else ds.facts


def scorecard_result(ds, state, *, figure_type: str = "go"):
    places, _ = _places(ds, state)
    return build_scorecard(_facts_of_places(ds, places, state["measure"]), places, indicators=state["indicators"],
                           measure=state["measure"],
                           period=state["period"], lang=state["lang"], figure_type=figure_type,
                           briefing=state["mode"] == "briefing",
                           phone=state.get("screen") == "phone" and state["mode"] != "briefing")


def data_result(ds, state, *, with_spec: bool = True):
    """The Data view's rows; the spec (downloads, image, its title) holds the rows the grid's filter and sort
    in the URL leave, in the grid's order."""
    places, _ = _places(ds, state)
    rows = data_rows(_facts_of_places(ds, places), places, period=state["period"], indicators=state["indicators"])
    if not with_spec:
        return rows, None
    return rows, build_data_spec(grid_filtered(rows, ds.documents_by_id, state), lang=state["lang"],
                                 period=state["period"])


def grid_filtered(rows: pd.DataFrame, documents_by_id: dict, state) -> pd.DataFrame:
    """`rows` as the Data grid shows them under the URL's grid filter and sort (all of them when none)."""
    filter_model, sort = decode_grid(state.get("grid"))
    if rows.empty or not (filter_model or sort):
        return rows
    keep = [r["fact_id"] for r in apply_grid(grid_records(rows, documents_by_id, lang=state["lang"]),
                                             filter_model, sort)]
    return rows.set_index("fact_id", drop=False).loc[keep].reset_index(drop=True)


def compare_specs(ds, state, *, figure_type: str = "go") -> list[ChartSpec]:
    r = compare_result(ds, state, figure_type=figure_type)
    return [r.spec] if r.spec is not None else []


def targets_specs(ds, state, *, figure_type: str = "go") -> list[ChartSpec]:
    cards, _ = targets_result(ds, state, figure_type=figure_type)
    return [c.spec for c in cards if c.spec is not None]


def scorecard_specs(ds, state, *, figure_type: str = "go") -> list[ChartSpec]:
    r = scorecard_result(ds, state, figure_type=figure_type)
    return [r.spec] if r.spec is not None else []


def data_specs(ds, state, *, figure_type: str = "go") -> list[ChartSpec]:
    _, spec = data_result(ds, state)
    return [spec] if len(spec.data) else []


def no_specs(ds, state, *, figure_type: str = "go") -> list[ChartSpec]:
    return []


def chart_source_ids(ds, state: dict, specs: list[ChartSpec]) -> list[str]:
    """The documents behind the charts: each chart's named sources and the source of every row it plots."""
    ids = [s for spec in specs for s in (spec.source_ids or [])]
    for spec in specs:
        if isinstance(spec.data, pd.DataFrame) and "source_id" in spec.data:
            ids += list(spec.data["source_id"].dropna())
    return list(dict.fromkeys(str(i) for i in ids))


def documents_in_scope(ds, state: dict, specs: list[ChartSpec]) -> list[str]:
    """The Sources view's documents: those of the chosen places (every document when none is chosen)."""
    places, explicit = _places(ds, state)
    docs = ds.documents
    if docs.empty:
        return list(dict.fromkeys(ds.facts["source_id"]))
    sel = docs if not explicit else docs[docs["place_id"].isin(set(places["place_id"]))]
    return list(sel["source_id"])


def source_titles(ds, source_ids) -> list[str]:
    out = []
    for sid in source_ids:
        doc = ds.documents_by_id.get(sid) or {}
        out.append(doc.get("title") or doc.get("file_name") or sid)
    return out


def compare_page(ds, state: dict) -> ViewResult:
    lang = state["lang"]
    r = compare_result(ds, state, figure_type="dict")
    specs = [r.spec] if r.spec is not None else []
    briefing = state["mode"] == "briefing"
    content = compare_layout(r, lang=lang, briefing=briefing)
    if not briefing:
        table = compare_table(r.spec, lang=lang) if r.spec is not None and state.get("show") == "table" else None
        if table is not None:   # the table replaces the bars; notes, lists and the export panel stay
            content = compare_layout(r, lang=lang, briefing=briefing, table=table)
    return ViewResult(content=content, specs=specs,
                      title=r.spec.title if r.spec else indicator_label(state["indicator"], lang),
                      subtitle=r.spec.subtitle if r.spec else period_label(state["period"], lang),
                      source_ids=chart_source_ids(ds, state, specs))


def targets_page(ds, state: dict) -> ViewResult:
    lang = state["lang"]
    cards, total = targets_result(ds, state, figure_type="dict")
    specs = [c.spec for c in cards if c.spec is not None]
    shown = f" ({t('briefing.shown', lang, shown=len(cards), total=total)})" if total > len(cards) else ""
    content = targets_layout(cards, total, lang=lang, briefing=state["mode"] == "briefing",
                             no_data=places_without_targets(ds.target_facts, places_in_scope(ds, state),
                                                            lang=lang))
    return ViewResult(content=content, specs=specs, title=t("targets.title", lang),
                      subtitle=" · ".join([", ".join(c.name for c in cards) + shown,
                                           period_label(state["period"], lang)]),
                      source_ids=chart_source_ids(ds, state, specs))


def scorecard_page(ds, state: dict) -> ViewResult:
    lang = state["lang"]
    briefing = state["mode"] == "briefing"
    r = scorecard_result(ds, state, figure_type="dict")
    specs = [r.spec] if r.spec is not None else []
    place = state.get("place")
    profile = None
    if not briefing or place:
        pname = place_label((ds.place_lookup.get(place) or {}).get("place_name", place), lang) if place else ""
        profile = profile_layout(ds.facts_by_place.get(place, ds.facts.iloc[0:0]) if place else ds.facts.iloc[0:0],
                                 ds.documents_by_id, place_id=place, place_name=pname, lang=lang)
    return ViewResult(content=scorecard_layout(r, profile, lang=lang, briefing=briefing), specs=specs,
                      title=r.spec.title if r.spec else t("scorecard.title", lang),
                      subtitle=r.spec.subtitle if r.spec else "", source_ids=chart_source_ids(ds, state, specs))


def data_page(ds, state: dict) -> ViewResult:
    lang = state["lang"]
    rows, spec = data_result(ds, state, with_spec=False)   # the table figure only matters to the exports
    shown = grid_filtered(rows, ds.documents_by_id, state)  # the grid filters itself; the title counts its rows
    filter_model, sort = decode_grid(state.get("grid"))
    return ViewResult(content=data_layout(rows, ds.documents_by_id, lang=lang, spec=spec,
                                          briefing=state["mode"] == "briefing", filter_model=filter_model,
                                          sort=sort, n_shown=len(shown),
                                          phone=state.get("screen") == "phone" and state["mode"] != "briefing"),
                      title=t("data.title", lang, n=len(shown)), subtitle=period_label(state["period"], lang),
                      source_ids=list(dict.fromkeys(shown["source_id"])))


def sources_page(ds, state: dict) -> ViewResult:
    lang = state["lang"]
    places, explicit = _places(ds, state)
    content = sources_layout(ds.documents, ds.facts, ds.report, lang=lang,
                             place_ids=list(places["place_id"]) if explicit else None,
                             facts_by_source=ds.facts_by_source)
    return ViewResult(content=content, title=t("view.sources", lang), subtitle=t("view.sources.desc", lang),
                      source_ids=documents_in_scope(ds, state, []))


def upload_page(ds, state: dict) -> ViewResult:
    lang = state["lang"]
    content = upload_layout(lang=lang, formats=SUPPORTED_SUFFIXES, text_max_bytes=MAX_BYTES,
                            max_bytes=MAX_BINARY_BYTES, sources_folder=f"{sources_dir().name}/")
    return ViewResult(content=content, title=t("view.upload", lang), subtitle=t("view.upload.desc", lang))


def review_page(ds, state: dict) -> ViewResult:
    lang = state["lang"]
    return ViewResult(content=review_content(ds, lang=lang), title=t("view.review", lang),
                      subtitle=t("view.review.desc", lang))
