"""Phone layouts of the ranking and the map (phone=True): the bars and the map get the phone's width."""
import plotly.graph_objects as go

from components.compare import LABEL_CHAR_PX, PHONE_BAR, PHONE_NAME_TOP, build_compare, nice_ticks
from components.map import LABEL_HEIGHT_PX, build_map, label_sides
from components.selection import scope_places


def places_of(ds, **kw):
    return scope_places(ds.places, **kw)[0]


def test_phone_ranking_puts_names_left_and_values_right_above_the_bars(sample_dataset):
    places = places_of(sample_dataset)
    wide = build_compare(sample_dataset.facts, places, indicator="targets_met", lang="vi").spec.figure
    phone = build_compare(sample_dataset.facts, places, indicator="targets_met", lang="vi", phone=True).spec.figure
    go.Figure(phone.to_dict())                                   # a valid plotly figure
    bars, wide_bars = phone.data[0], wide.data[0]
    assert list(bars.y) == list(wide_bars.y) and list(bars.x) == list(wide_bars.x)
    assert bars.text is None                                     # the value is not beside the bar's end
    assert list(phone.layout.yaxis2.ticktext) == list(wide_bars.text)   # but on the right, over the bar
    assert list(phone.layout.yaxis2.tickvals) == list(bars.y)
    assert phone.layout.yaxis.ticklabelposition == phone.layout.yaxis2.ticklabelposition == "inside top"
    assert phone.layout.yaxis2.side == "right" and phone.layout.yaxis2.matches == "y"
    # no margin for a name column or outside labels (only half an x tick label): the bars may take the phone's width
    assert phone.layout.margin.l <= 20 and phone.layout.margin.r <= 20
    assert wide.layout.margin.r > 60 and "yaxis2" not in wide.layout.to_plotly_json()
    assert (bars.offset, bars.width) == (PHONE_BAR[0], PHONE_BAR[1] - PHONE_BAR[0])


def test_phone_median_is_drawn_only_between_a_bar_and_the_next_rows_texts(sample_dataset):
    fig = build_compare(sample_dataset.facts, places_of(sample_dataset), indicator="targets_met", lang="en",
                        phone=True).spec.figure
    path = fig.layout.shapes[0].path
    segments = [[float(p.split(",")[1]) for p in seg.replace("M", "").split(" L")] for seg in path.split(" M")]
    n = len([y for y in fig.data[0].y])
    for y0, y1 in segments:
        for row in range(n):
            busy = (row - PHONE_NAME_TOP, row + PHONE_BAR[1])      # the name above, the bar below the centre
            assert y1 <= busy[0] + 1e-9 or y0 >= busy[1] - 1e-9, (y0, y1, row)


def test_phone_map_has_its_colour_bar_under_the_map(sample_dataset):
    places = places_of(sample_dataset)
    kw = dict(geometry=sample_dataset.geometry, indicator="poverty_rate", lang="vi")
    phone = build_map(sample_dataset.facts, places, phone=True, **kw).spec.figure
    wide = build_map(sample_dataset.facts, places, **kw).spec.figure
    go.Figure(phone.to_dict())
    bar = phone.data[0].marker.colorbar
    assert bar.orientation == "h" and bar.yanchor == "top" and bar.y <= 0
    assert phone.layout.margin.r <= 10 and phone.layout.margin.b >= 60
    assert wide.data[0].marker.colorbar.orientation in (None, "v") and wide.layout.margin.r >= 100


def _box(side, cx, cy, text):
    w, h, gap = LABEL_CHAR_PX * len(text) + 4, LABEL_HEIGHT_PX, 10
    return {"top center": (cx - w / 2, cy - gap - h, cx + w / 2, cy - gap),
            "bottom center": (cx - w / 2, cy + gap, cx + w / 2, cy + gap + h),
            "middle right": (cx + gap, cy - h / 2, cx + gap + w, cy + h / 2),
            "middle left": (cx - gap - w, cy - h / 2, cx - gap, cy + h / 2)}[side]


def test_map_names_take_free_sides_and_never_overlap():
    # three dots close together on a 340 px plot of 1 degree: one scale of 340 px per degree
    x, y = [0.50, 0.52, 0.51, 0.80], [0.50, 0.50, 0.53, 0.10]
    names = ["Huyện Phụng Hiệp", "Thành phố Sóc Trăng", "Huyện Trà Cú", "Huyện Trần Đề"]
    sides = label_sides(x, y, names, x_range=[0, 1], y_range=[0, 1], ratio=1.0, plot_px=(340, 340))
    assert sides[3] == "top center"                   # a lone dot's name goes above it
    assert sides[0] == "bottom center"                # above the first is the third dot, 10 px up
    assert all(sides[:3]) and len(set(sides[:3])) == 3
    placed = [_box(s, a * 340, -b * 340, n) for s, a, b, n in zip(sides, x, y, names) if s]
    dots = [(a * 340 - 9, -b * 340 - 9, a * 340 + 9, -b * 340 + 9) for a, b in zip(x, y)]
    for i, a in enumerate(placed):
        for b in placed[i + 1:] + dots:
            assert a[2] <= b[0] or b[2] <= a[0] or a[3] <= b[1] or b[3] <= a[1], (a, b)
    # the same dots far apart on a big plot: every name above its dot
    assert label_sides(x, y, names, x_range=[0.49, 0.53], y_range=[0.49, 0.54], ratio=1.0,
                       plot_px=(3400, 3400))[:3] == ["top center"] * 3


def test_a_figures_name_may_cover_a_hollow_mark_when_nothing_else_is_free():
    # one dot with a figure boxed in by four hollow marks 20 px away on every side: strictly it has no free side
    x, y = [0.5, 0.5, 0.5, 0.44, 0.56], [0.5, 0.56, 0.44, 0.5, 0.5]
    kw = dict(x_range=[0, 1], y_range=[0, 1], ratio=1.0, plot_px=(340, 340))
    assert label_sides(x[:1], y[:1], ["Huyện Trà Cú"], others=list(zip(x[1:], y[1:])), **kw) == [None]
    sides = label_sides(x[:1], y[:1], ["Huyện Trà Cú"], others=list(zip(x[1:], y[1:])), soft_from=1, **kw)
    assert sides == ["top center"]
    # a hollow mark's own name (the dot is itself soft) never covers another mark
    assert label_sides(x[:1], y[:1], ["Huyện A"], others=list(zip(x[1:], y[1:])), soft_from=0, **kw) == [None]


def test_a_name_with_no_free_side_is_left_out():
    # ten dots on top of each other: the first gets a side, the rest have none left after four
    sides = label_sides([0.5] * 10, [0.5] * 10, ["Huyện A"] * 10, x_range=[0, 1], y_range=[0, 1], ratio=1.0,
                        plot_px=(300, 300))
    assert sides[0] == "top center" and None in sides and len([s for s in sides if s]) <= 4


def test_nice_ticks_start_at_zero_and_stay_inside_the_range():
    assert nice_ticks(0, 102) == [0, 50, 100]
    assert nice_ticks(0, 294.8) == [0, 100, 200]
    assert nice_ticks(-2.75, 0.05) == [-2, -1, 0]
    assert nice_ticks(0, 46512) == [0, 20000, 40000]


def test_phone_ranking_x_axis_has_round_ticks_from_zero_with_room_for_its_end_labels(sample_dataset):
    fig = build_compare(sample_dataset.facts, places_of(sample_dataset), indicator="targets_met", lang="vi",
                        phone=True).spec.figure
    go.Figure(fig.to_dict())
    ticks = fig.layout.xaxis2
    assert list(ticks.tickvals) == [0, 50, 100] and list(ticks.ticktext) == ["0", "50", "100"]
    assert ticks.overlaying == "x" and ticks.anchor == "y3" and not fig.layout.yaxis3.visible
    # plotly hides an x label under the y axes' inside labels, so the first x axis shows none itself
    assert fig.layout.xaxis.showticklabels is False and fig.layout.xaxis2.title.text
    assert fig.layout.margin.l >= LABEL_CHAR_PX / 2 and fig.layout.margin.r >= LABEL_CHAR_PX * 3 / 2


def test_phone_no_data_rows_take_a_bars_band_under_their_name(sample_dataset):
    fig = build_compare(sample_dataset.facts, places_of(sample_dataset), indicator="targets_met", period="2023",
                        lang="en", phone=True).spec.figure
    no_data = next(tr for tr in fig.data if tr.name == "no data")
    assert no_data.type == "bar" and list(no_data.y) == ["Giồng Trôm District"]
    assert (no_data.offset, no_data.width) == (fig.data[0].offset, fig.data[0].width)
    assert no_data.textposition == "inside" and no_data.insidetextanchor == "start"
    assert no_data.marker.color == "rgba(0,0,0,0)" and no_data.hoverinfo == "skip"
    wide = build_compare(sample_dataset.facts, places_of(sample_dataset), indicator="targets_met", period="2023",
                         lang="en")
    assert next(tr for tr in wide.spec.figure.data if tr.name == "no data").type == "scatter"


def test_a_name_never_passes_the_plots_edge():
    # a dot at the right edge names itself on its left, one at the top below it: the name would be cut
    x, y, names = [0.98, 0.3], [0.5, 0.99], ["Huyện Cầu Kè", "Thị xã Duyên Hải"]
    sides = label_sides(x, y, names, x_range=[0, 1], y_range=[0, 1], ratio=1.0, plot_px=(340, 340))
    assert sides == ["middle left", "bottom center"]
    for side, a, b, n in zip(sides, x, y, names):
        left, top, right, bottom = _box(side, a * 340, -b * 340, n)
        assert 0 <= left and right <= 340 and -340 <= top and bottom <= 0


def test_scatter_names_lean_inwards_at_the_edges_and_phone_titles_break():
    from components.scatter import build_scatter, name_positions

    assert name_positions([62, 99.5]) == ["top right", "top left"]
    assert name_positions([0, 50, 100]) == ["top right", "top center", "top left"]
    assert name_positions([5]) == ["top center"]


def test_phone_scatter_axis_titles_are_two_lines(sample_dataset):
    from components.scatter import build_scatter

    kw = dict(x="income_per_capita", y="targets_met", period="2023", lang="en")
    places = places_of(sample_dataset)
    phone = build_scatter(sample_dataset.facts, places, phone=True, **kw).spec.figure
    wide = build_scatter(sample_dataset.facts, places, **kw).spec.figure
    go.Figure(phone.to_dict())
    assert phone.layout.xaxis.title.text == "Income per capita<br>(million VND/person) · higher is better"
    assert "<br>" not in wide.layout.xaxis.title.text
