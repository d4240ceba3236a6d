"""callbacks/exports.py without a browser: one click gives the file or a friendly message in the page's language,
the full table is built only for the downloads that need it, the view's export bar is served when the layout has
it. (The file contents per action: tests/exports/test_exports_callbacks.py.)"""
import logging

from dash import Dash, dcc, html, no_update

from callbacks.exports import _query_lang, export_response, register_export_callbacks
from components.export_panel import FULL_DATA_ACTIONS, VIEW_EXPORTS_ID, export_panel
from components.state import parse_state
from tests.export_samples import sample_context, sample_facts, sample_specs


def hooks(calls: list, *, context_lang: str | None = None) -> dict:
    def specs_for_state(state):
        calls.append("specs")
        return sample_specs(state.get("lang", "vi"))

    def context_for_state(state):
        calls.append("context")
        return sample_context(context_lang or state.get("lang", "vi"))

    def full_data_for_state(state):
        calls.append("full")
        return sample_facts()

    return dict(specs_for_state=specs_for_state, context_for_state=context_for_state,
                parse_state=lambda search: parse_state(search)[0], full_data_for_state=full_data_for_state)


def test_an_unknown_action_builds_nothing_and_says_so_in_the_urls_language(caplog):
    calls = []
    with caplog.at_level(logging.WARNING, logger="callbacks.exports"):
        download, status = export_response("exe", "compare-income", "?lang=en&view=compare", **hooks(calls))
    assert download is no_update and status.role == "alert" and calls == []
    assert "unknown action 'exe'" in caplog.text
    _, vi_status = export_response("exe", "compare-income", "?lang=vi&view=compare", **hooks([]))
    assert vi_status.children != status.children


def test_the_full_table_is_built_only_for_the_full_downloads():
    for action in ("csv-shown", "xlsx-shown", *sorted(FULL_DATA_ACTIONS)):
        calls = []
        download, _ = export_response(action, "compare-income", "?lang=en&view=compare", **hooks(calls))
        assert download is not no_update, action
        assert ("full" in calls) == (action in FULL_DATA_ACTIONS), action


def test_an_unreadable_address_still_gets_a_message_in_its_language():
    def unreadable(search):
        raise ValueError("no state here")

    vi = export_response("csv-shown", "compare-income", "?lang=vi", **{**hooks([]), "parse_state": unreadable})[1]
    en = export_response("csv-shown", "compare-income", "?lang=en", **{**hooks([]), "parse_state": unreadable})[1]
    assert vi.role == en.role == "alert" and "Không xuất được tệp" in vi.children
    assert en.children != vi.children and "no state here" not in en.children + vi.children


def test_the_done_line_follows_the_export_contexts_language():
    download, status = export_response("csv-shown", "compare-income", "?lang=vi&view=compare",
                                       **hooks([], context_lang="en"))
    assert download["filename"] in status.children and "Created" in status.children


def test_the_query_language_is_read_before_anything_can_fail():
    assert _query_lang("?lang=en&view=x") == "en" and _query_lang("lang=en") == "en"
    assert _query_lang(None) == _query_lang("") == _query_lang("?lang=klingon") == "vi"


def test_the_view_export_bar_is_served_only_when_the_layout_has_it():
    served = []
    for slot in (False, True):
        app = Dash(__name__, suppress_callback_exceptions=True)
        app.layout = html.Div([dcc.Location(id="url"), export_panel("a")])
        register_export_callbacks(app, warm_renderer=False, view_exports_slot=slot, **hooks([]))
        served.append(f"{VIEW_EXPORTS_ID}.children" in app.callback_map)
    assert served == [False, True]
