"""components/theme.py: stable province colours, the shared layout, plotly's config per language."""
import plotly.graph_objects as go

from components.i18n import PLOTLY_SEPARATORS
from components.theme import (FONT_FAMILY, GRAPH_CONFIG, OKABE_ITO, PATTERNS, base_layout, figure_height,
                              graph_config, make_figure, province_colors, province_pattern)


def test_province_colours_depend_on_the_set_of_provinces_only_and_cycle_after_eight():
    codes = ["79", "01", None, "01"] + [f"{i:02}" for i in range(10, 17)]
    colors = province_colors(codes)
    assert colors["01"] == OKABE_ITO[0] and colors["79"] == OKABE_ITO[8 % 8]   # by code: 01, 10 … 16, 79
    assert None not in colors and len(colors) == 9
    assert colors["16"] == OKABE_ITO[7]
    assert province_colors(list(reversed(codes))) == colors                   # the order given does not matter


def test_patterns_change_once_every_eight_provinces():
    assert [province_pattern(i) for i in (0, 7, 8, 16)] == [PATTERNS[0], PATTERNS[0], PATTERNS[1], PATTERNS[2]]


def test_base_layout_uses_the_language_separators_and_takes_overrides():
    vi, en = base_layout("vi"), base_layout("en", height=300)
    assert vi["separators"] == PLOTLY_SEPARATORS["vi"] != en["separators"]
    assert en["height"] == 300 and "height" not in vi
    assert vi["font"]["family"].startswith(FONT_FAMILY)


def test_graph_config_names_the_locale_and_leaves_the_shared_dict_alone():
    assert graph_config("en")["locale"] == "en" and graph_config("vi")["locale"] == "vi"
    assert "locale" not in GRAPH_CONFIG
    assert "toImage" in graph_config("en")["modeBarButtonsToRemove"]


def test_make_figure_and_its_height_for_dicts_and_objects():
    spec = {"data": [{"type": "bar", "x": ["a"], "y": [1]}], "layout": {"height": 250}}
    assert make_figure(spec, "dict") is spec
    figure = make_figure(spec)
    assert isinstance(figure, go.Figure) and figure.data[0].y == (1,)
    assert figure_height(spec) == figure_height(figure) == 250
    assert figure_height({"data": []}) == 400 and figure_height(go.Figure(), default=123) == 123
