"""Compare as a table: the chart's rows, in rank order, with the hover's values and a passage link each."""
from components.compare import build_compare
from components.compare_table import compare_table
from components.selection import scope_places


def test_table_rows_are_the_ranked_bars(sample_dataset):
    places = scope_places(sample_dataset.places)[0]
    r = build_compare(sample_dataset.facts, places, indicator="output_per_ha", lang="vi")
    table = compare_table(r.spec, lang="vi")
    rows = table.children.children[2].children
    assert [row.children[1].children for row in rows] == ["Huyện Trà Cú", "Huyện Trần Đề", "Thành phố Sóc Trăng"]
    assert [row.children[0].children for row in rows] == ["1/3", "2/3", "3/3"]
    assert rows[0].children[2].children == "287\u00a0triệu đồng/ha"
    assert rows[0].children[4].children.href.startswith("#fact=")
    assert table.children.children[0].children.startswith("Giá trị sản xuất")
