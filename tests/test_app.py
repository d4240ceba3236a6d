"""app.py: the Dash app composed of every part (page, passage, data grid, review, upload, exports), hardened and
compressed, the users command; and the exports reading the app's own dataset (exports/view_context.py through
the configured data folder)."""
import io

import pandas as pd
import pytest
from dash import Dash

from components.chart_spec import ChartSpec
from exports import view_context


@pytest.fixture
def app_module(sample_data_dir, monkeypatch):
    monkeypatch.setenv("NQ_DATA_DIR", str(sample_data_dir))
    monkeypatch.setenv("EXPORTS_WARM_RENDERER", "0")
    import app

    return app


def test_app_exposes_server(app_module):
    assert app_module.server is app_module.app.server


@pytest.mark.parametrize("view,count", [("compare", 1), ("targets", 5), ("scorecard", 1), ("data", 1),
                                        ("sources", 0)])
def test_specs_for_state_rebuilds_the_view(app_module, view, count):
    specs = view_context.specs_for_state({"view": view, "lang": "en"})
    assert len(specs) == count and all(isinstance(s, ChartSpec) for s in specs)
    from etl.schema import FACT_COLUMNS

    for s in specs:
        assert isinstance(s.data, pd.DataFrame) and s.title and s.alt_text
        assert list(s.data.columns) == list(FACT_COLUMNS)      # exactly the facts-table rows, no helpers
        assert isinstance(s.figure, __import__("plotly").graph_objects.Figure)


def test_specs_match_what_the_page_shows(app_module, sample_dataset):
    from components.registry import render_view
    from components.state import parse_state

    state, _ = parse_state("?view=compare&lang=vi&prov=94,84&ind=poverty_rate")
    page = render_view(app_module.get_dataset(), state)
    specs = view_context.specs_for_state(state)
    assert [s.chart_id for s in specs] == [s.chart_id for s in page.specs]
    assert specs[0].data["fact_id"].tolist() == page.specs[0].data["fact_id"].tolist()


def test_context_for_state(app_module):
    ctx = view_context.context_for_state({"view": "compare", "lang": "en", "indicator": "poverty_rate"})
    assert ctx["lang"] == "en"
    assert ctx["url"].endswith("/?view=compare&lang=en&ind=poverty_rate&measure=level&period=latest")
    assert "6 documents" in ctx["vintage"]
    assert isinstance(ctx["sources"], pd.DataFrame)
    assert set(ctx["sources"]["source_id"]) == {"000_61a7140943d01087", "001_8352014f7d2fa197"}
    assert "text" not in ctx["sources"].columns


def test_partial_or_stale_state_is_filled(app_module):
    specs = view_context.specs_for_state({"view": "compare", "indicator": "no_such_indicator"})
    assert specs and specs[0].chart_id == "compare"


def callback_ids(app: Dash) -> str:
    return " ".join(app.callback_map).replace(" ", "")


def test_every_part_is_registered_once(app_module):
    fresh = app_module.create_app()
    ids = callback_ids(fresh)
    assert ids == callback_ids(app_module.app)                       # the same composition every time
    for output in ("rendered-state.data", "passage-modal.className", '"type":"export-download"',
                   "view-exports.children", "controls-toggle.aria-expanded"):
        assert output in ids, output
    assert sum(1 for key in fresh.callback_map if "rendered-state.data" in key) == 1
    assert callable(fresh.layout)                                    # the first page of each address


def test_the_served_app_is_hardened_and_compressed(app_module):
    page = app_module.server.test_client().get("/", headers={"Accept-Encoding": "br"})
    assert page.status_code == 200 and page.headers["Content-Encoding"] == "br"
    assert "script-src" in page.headers["Content-Security-Policy"] and page.headers["X-Frame-Options"] == "DENY"


def test_the_users_command_lists_and_adds(app_module, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("NQ_DATABASE_URL", f"sqlite:///{tmp_path / 'nq.sqlite'}")
    monkeypatch.setattr("sys.stdin", io.StringIO("mat-khau-dai\n"))
    with pytest.raises(SystemExit) as added:
        app_module.main(["users", "add", "lan"])
    assert added.value.code == 0 and "user lan added" in capsys.readouterr().out
    with pytest.raises(SystemExit) as listed:
        app_module.main(["users", "list"])
    assert listed.value.code == 0 and capsys.readouterr().out.split() == ["lan"]
