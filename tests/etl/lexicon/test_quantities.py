"""etl/lexicon/quantities.py: how a figure is written, found by the code that applies it
(extract/quantities.py, extract/measure.py)."""
import pytest

from etl.extract.measure import qualifier_before
from etl.extract.quantities import find_quantities
from etl.lexicon import matching_text
from etl.lexicon.quantities import (AT_LEAST_AFTER, BASE_BEFORE_RE, ESTIMATE_FRAME_RE, RANGE_BEFORE,
                                    SPACED_DECIMAL_RE)


def quantities(text):
    low = matching_text(text)
    return [(q.kind, q.value) for q in find_quantities(low, 0, len(low))]


def test_the_scale_word_before_tonnes_and_the_units_of_money():
    assert quantities("Sản lượng 1,62 triệu tấn.") == [("tonnes", pytest.approx(1_620_000))]
    assert quantities("Sản lượng 12 nghìn tấn.") == [("tonnes", 12_000)]
    assert quantities("Thu 1.200 triệu VNĐ.") == [("money", 1200)]
    assert quantities("giảm 1,5 điểm %") == [("pp", 1.5)]
    assert quantities("đạt 95 phần trăm") == [("pct", 95)]


@pytest.mark.parametrize("before, qualifier", [
    ("đạt gần ", "approx"), ("ước khoảng ", "approx"), ("đạt trên ", "over"), ("còn dưới ", "under"),
    ("đạt ", None),
])
def test_qualifiers_written_before_a_figure(before, qualifier):
    text = matching_text(before + "50 tỷ đồng")
    assert qualifier_before(text, len(before), 0) == qualifier


def test_the_cues_around_a_number_that_make_it_no_plain_figure():
    assert BASE_BEFORE_RE.search(matching_text("giảm từ "))
    assert RANGE_BEFORE.search(matching_text("tăng 9 - "))
    assert RANGE_BEFORE.search(matching_text("từ 2% đến "))
    assert AT_LEAST_AFTER.match(matching_text("/năm trở lên"))
    assert SPACED_DECIMAL_RE.search(matching_text("giảm còn 11, 48%"))
    assert not SPACED_DECIMAL_RE.search(matching_text("có 11, 48 hộ"))
    assert ESTIMATE_FRAME_RE.match(matching_text("Ước cả năm 2023"))
    assert not ESTIMATE_FRAME_RE.match(matching_text("ước mơ của người dân"))
