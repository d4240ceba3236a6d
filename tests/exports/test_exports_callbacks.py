"""callbacks/exports.py and components/export_panel.py, without a browser: thin callbacks, friendly errors."""
import base64
import io
import logging

import pandas as pd
from dash import Dash, dcc, html, no_update

from callbacks.exports import export_response, register_export_callbacks
from components.export_panel import briefing_action, export_panel
from components.export_panel import EXPORT_ACTIONS
from tests.export_samples import sample_context, sample_facts, sample_specs

from components.state import parse_state as _parse_state


def url_state(search):
    """The page's URL parser, state only."""
    return _parse_state(search)[0]


def _walk(component):
    yield component
    children = getattr(component, "children", None)
    if children is None:
        return
    for child in children if isinstance(children, (list, tuple)) else [children]:
        if hasattr(child, "to_plotly_json"):
            yield from _walk(child)


def _hooks(calls=None):
    calls = calls if calls is not None else []

    def specs_for_state(state):
        calls.append(("specs", state))
        return sample_specs(state.get("lang", "vi"))

    def context_for_state(state):
        calls.append(("context", state))
        return sample_context(state.get("lang", "vi"))

    return dict(specs_for_state=specs_for_state, context_for_state=context_for_state,
                parse_state=url_state)


def test_panel_has_every_action_with_pattern_ids_in_both_languages():
    for lang, image_label, briefing in (("vi", "Tải ảnh", "Xuất bản trình bày (PowerPoint)"),
                                        ("en", "Download image", "Export briefing (PowerPoint)")):
        panel = export_panel("compare", lang=lang)
        nodes = list(_walk(panel))
        ids = [n.id for n in nodes if isinstance(getattr(n, "id", None), dict)]
        actions = {i["action"] for i in ids if i["type"] == "export-action"}
        # per chart: images and data; the deck of the whole view is the view's one action (briefing_action)
        assert actions == set(EXPORT_ACTIONS) - {"pptx"}
        assert all(i["chart"] == "compare" for i in ids)
        assert {"export-download", "export-status", "export-panel"} <= {i["type"] for i in ids}
        buttons = [n for n in nodes if isinstance(n, html.Button)]
        assert all(b.type == "button" for b in buttons)              # keyboard: Enter/Space, no form submit
        assert any(isinstance(n, html.Summary) and n.children[0] == image_label for n in nodes)
        view = list(_walk(briefing_action(lang=lang)))
        view_ids = [n.id for n in view if isinstance(getattr(n, "id", None), dict)]
        assert {i["action"] for i in view_ids if i["type"] == "export-action"} == {"pptx"}
        assert {"export-download", "export-status"} <= {i["type"] for i in view_ids}
        assert any(isinstance(n, html.Button) and n.children == briefing and n.type == "button" for n in view)
        assert any(isinstance(n, dcc.Download) for n in nodes)
        status = next(n for n in nodes if isinstance(getattr(n, "id", None), dict) and n.id["type"] == "export-status")
        assert status.role == "status"


def test_two_panels_coexist():
    a, b = export_panel("compare"), export_panel("targets-x")
    ids_a = {str(n.id) for n in _walk(a) if getattr(n, "id", None)}
    ids_b = {str(n.id) for n in _walk(b) if getattr(n, "id", None)}
    assert not ids_a & ids_b


def test_export_response_sends_the_file():
    calls = []
    download, status = export_response("csv-shown", "compare-income", "?lang=en&view=compare", **_hooks(calls))
    assert download["filename"].endswith("_en_shown.csv")
    content = base64.b64decode(download["content"]) if download.get("base64") else download["content"].encode()
    table = pd.read_csv(io.BytesIO(content), encoding="utf-8-sig")
    assert list(table["Value"]) == list(sample_specs("en")[0].data["value"])
    assert "Created" in status.children
    assert [(kind, state["lang"], state["view"]) for kind, state in calls if kind == "specs"] == [("specs", "en", "compare")]


def test_full_data_comes_from_full_data_for_state():
    facts = sample_facts()
    download, _ = export_response("csv-full", "compare-income", "?lang=vi", **_hooks(),
                                  full_data_for_state=lambda state: facts)
    content = base64.b64decode(download["content"])
    assert len(pd.read_csv(io.BytesIO(content), encoding="utf-8-sig")) == len(facts)


def test_parse_state_returning_state_and_notices_is_accepted():
    hooks = _hooks()
    hooks["parse_state"] = lambda search: ({"lang": "en"}, [{"param": "x"}])
    download, _ = export_response("csv-shown", "compare-income", "?lang=en", **hooks)
    assert download["filename"].endswith("_en_shown.csv")


def test_errors_become_a_friendly_message_and_are_logged(caplog):
    hooks = _hooks()

    def broken(state):
        raise RuntimeError("database exploded at line 42")

    hooks["specs_for_state"] = broken
    with caplog.at_level(logging.ERROR, logger="callbacks.exports"):
        download, status = export_response("csv-shown", "compare-income", "?lang=vi", **hooks)
    assert download is no_update
    assert status.role == "alert"
    assert "Không xuất được tệp" in status.children
    assert "Traceback" not in status.children and "exploded" not in status.children
    assert "database exploded" in caplog.text

    _, status = export_response("csv-shown", "no-such-chart", "?lang=en", **_hooks())
    assert status.children.startswith("This chart is no longer on the current page")


def test_missing_chromium_message(monkeypatch):
    import exports.image_renderer as image_renderer

    monkeypatch.setenv("BROWSER_PATH", "/nonexistent/chromium")
    monkeypatch.setattr(image_renderer, "_renderer", image_renderer.ImageRenderer())
    _, status = export_response("png-standard", "compare-income", "?lang=en", **_hooks())
    assert "Chromium" in status.children and "Data downloads still work" in status.children


def test_register_wires_pattern_matching_callbacks():
    app = Dash(__name__, suppress_callback_exceptions=True)
    app.layout = html.Div([dcc.Location(id="url"), export_panel("a"), export_panel("b")])
    register_export_callbacks(app, warm_renderer=False, **_hooks())
    keys = " ".join(app.callback_map)
    assert '"type":"export-download"' in keys.replace(" ", "") and "MATCH" in keys
