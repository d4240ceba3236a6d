"""One rule for province colours (components/theme.province_order): a province's colour depends only on the
provinces of the selection, so the page's compare and scatter views and the exported picture agree."""
import pytest

from components.analysis_pages import scatter_specs
from components.state import parse_state
from components.views import compare_specs
from exports.image_layout import decorate_figure


def state_of(query: str) -> dict:
    return parse_state(f"{query}&lang=en")[0]


def compare_colours(fig) -> dict:
    """{province: colour} from a compare chart: the bars' colours, one per province, by the province each bar's
    hover names (customdata) — checked against the legend entries where there are some."""
    bars = fig.data[0]
    colours = {}
    for custom, colour in zip(bars.customdata, bars.marker.color):
        province = next(str(c) for c in custom if "Province" in str(c))
        assert colours.setdefault(province, colour) == colour
    for tr in fig.data[1:]:
        if tr.type == "bar" and tr.name in colours:
            assert tr.marker.color == colours[tr.name]
    return colours


def scatter_colours(fig) -> dict:
    dots = fig.data[0]
    colours = {}
    for custom, colour in zip(dots.customdata, dots.marker.color):
        assert colours.setdefault(str(custom[3]), colour) == colour
    return colours


@pytest.mark.parametrize("selection", ["", "&prov=94,84,93"])
def test_a_province_has_one_colour_in_compare_scatter_and_the_exported_picture(sample_dataset, selection):
    targets = compare_specs(sample_dataset, state_of(f"?view=compare&ind=targets_met{selection}"))[0]
    poverty = compare_specs(sample_dataset, state_of(f"?view=compare&ind=poverty_rate{selection}"))[0]
    scatter = scatter_specs(sample_dataset, state_of(f"?view=scatter&x=poverty_rate&y=income_per_capita{selection}"))
    exported = decorate_figure(poverty, {"lang": "en"}, size="standard", lang="en")

    seen: dict = {}
    for view, colours in (("compare", compare_colours(targets.figure)),
                          ("compare, poverty", compare_colours(poverty.figure)),
                          ("exported picture", compare_colours(exported)),
                          ("scatter", scatter_colours(scatter[0].figure) if scatter else {})):
        for province, colour in colours.items():
            assert seen.setdefault(province, (colour, view))[0] == colour, (province, view, seen[province])
    # the charts have different provinces with figures, and still agree: three provinces seen in all
    assert len(seen) >= 3
