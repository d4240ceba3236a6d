"""components/registry.py: one definition per view, and everything that needs views reads it."""
from components.i18n import has
from components.layout import CONTROL_IDS, header, view_exports
from components.registry import CONTROLS, VIEW_NAMES, VIEWS, render_view, view_def, view_specs
from components.state import parse_state
from exports.context import readable_filters


def test_every_view_has_its_strings_controls_and_functions():
    assert len(set(VIEW_NAMES)) == len(VIEWS)
    for v in VIEWS:
        assert has(v.label_key, "vi") and has(v.label_key, "en")
        assert has(v.description_key, "vi") and has(v.description_key, "en")
        assert set(v.controls) <= set(CONTROLS) == set(CONTROL_IDS)
        assert v.filters[0] == "view" and len(v.filters) == len(v.controls) + 1 + len(v.applies)


def test_the_url_state_accepts_every_registered_view_and_only_those():
    for name in VIEW_NAMES:
        state, notices = parse_state(f"?view={name}")
        assert state["view"] == name and not notices
    state, notices = parse_state("?view=nonsense")
    assert state["view"] == VIEW_NAMES[0] and notices == [{"param": "view", "value": "nonsense"}]
    assert view_def("nonsense") is VIEWS[0]


def _ids(node):
    out = []
    stack = [node]
    while stack:
        n = stack.pop()
        if isinstance(getattr(n, "id", None), str):
            out.append(n.id)
        kids = getattr(n, "children", None)
        stack.extend(kids if isinstance(kids, (list, tuple)) else [kids] if kids is not None else [])
    return out


def test_navigation_pages_exports_and_filters_follow_the_registry(sample_dataset):
    for v in VIEWS:
        state, _ = parse_state(f"?view={v.name}&lang=en")
        assert {f"nav-{w}" for w in VIEW_NAMES} <= set(_ids(header(state, vintage=sample_dataset.vintage, lang="en",
                                                                   url="http://x/")))
        result = render_view(sample_dataset, state)
        assert result.content is not None and result.title
        if result.specs:   # (the Data page draws a grid; its table figure is built for the exports only)
            assert [s.chart_id for s in view_specs(sample_dataset, state)] == [s.chart_id for s in result.specs]
        assert bool(view_exports(state)) == v.exports.deck
        shown = readable_filters({**state, "indicator": "poverty_rate", "period": "2023"}, "en")
        assert ("Indicator" in shown) == ("indicator" in v.filters)


def test_a_cached_view_is_rendered_once_per_state_and_dataset_and_the_others_every_time(sample_dataset):
    from data_access import Dataset

    state, _ = parse_state("?view=compare&lang=vi")
    first = render_view(sample_dataset, state)
    assert render_view(sample_dataset, dict(state)) is first                  # same state: the same page
    assert render_view(sample_dataset, {**state, "lang": "en"}) is not first   # any other state: its own page
    fresh = Dataset.from_frames(sample_dataset.facts, sample_dataset.documents, sample_dataset.report)
    assert render_view(fresh, state) is not first                              # a new dataset: built anew
    for name in ("upload", "review"):
        assert not view_def(name).cached
    assert all(view_def(n).cached for n in ("compare", "targets", "scorecard", "data", "sources"))
