"""etl/extract/quantities.py: figures with their unit word, in the units the extractor carries them in."""
import pytest

from etl.extract.quantities import find_quantities


def kinds(text):
    return [(q.kind, q.value, text[q.start:q.end]) for q in find_quantities(text, 0, len(text))]


@pytest.mark.parametrize("text, kind, value", [
    ("tăng 9,17%", "pct", 9.17),
    ("giảm 0,7 điểm phần trăm", "pp", 0.7),
    ("đạt 8.100 tỷ đồng", "money", 8_100_000.0),        # money is carried in million VND
    ("đạt 65,2 triệu đồng", "money", 65.2),
    ("sản lượng 12.500 tấn", "tonnes", 12_500.0),
])
def test_each_kind_with_its_value(text, kind, value):
    [(k, v, _)] = kinds(text)
    assert (k, v) == (kind, pytest.approx(value))


def test_money_per_hectare_is_marked():
    [q] = find_quantities("bình quân 135,6 triệu đồng/ha", 0, 30)
    assert q.kind == "money" and q.per_area and q.value == pytest.approx(135.6)
    [q] = find_quantities("thu nhập 60 triệu đồng/người", 0, 28)
    assert not q.per_area


def test_a_percentage_with_a_space_after_its_decimal_comma_is_one_figure():
    assert [(k, v) for k, v, _ in kinds("tỷ lệ hộ nghèo còn 11, 48%")] == [("pct", pytest.approx(11.48))]


def test_bare_numbers_and_years_are_not_quantities_and_offsets_are_the_texts():
    text = "Năm 2023 có 15 xã, thu ngân sách 797 tỷ đồng."
    found = find_quantities(text, 0, len(text))
    assert [text[q.number_start:q.end] for q in found] == ["797 tỷ đồng"]
    assert find_quantities(text, 0, 20) == []   # the window bounds the search
