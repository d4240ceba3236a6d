"""etl/extract/target_sets.py: which resolution a target belongs to (scope, body that set it, term)."""
import pytest

from etl.extract.target_sets import target_body, target_set
from etl.periods import Period
from tests.etl.extract.contexts import LEAD, context_of


@pytest.mark.parametrize("window, body", [
    ("đạt 102% dự toán hđnd huyện giao", "people_council"),
    ("so với kế hoạch ubnd huyện", "people_committee"),
    ("vượt chỉ tiêu nghị quyết đại hội đảng bộ", "party"),
    ("tăng so với cùng kỳ", None),
])
def test_who_set_a_target_from_the_words_naming_it(window, body):
    assert target_body(window) == body


def scope_of(body, figure):
    text = LEAD + body
    start = text.index(figure)
    ctx = context_of(text)
    return target_set(ctx, start, start + len(figure), ctx.doc_period)


def test_an_annual_resolution_named_after_the_figure():
    scope, body, _ = scope_of("Thu ngân sách đạt 105% chỉ tiêu Nghị quyết năm 2023.", "105%")
    assert (scope, body) == ("annual", "party")


def test_a_plan_assigned_by_the_province_is_the_provinces():
    scope, body, _ = scope_of("Thu ngân sách đạt 76% dự toán tỉnh giao.", "76%")
    assert (scope, body) == ("annual", "province")


def test_a_term_resolution_carries_its_term():
    text = LEAD + "Thu nhập bình quân đạt 95% chỉ tiêu nhiệm kỳ 2020 - 2025."
    start = text.index("95%")
    ctx = context_of(text)
    scope, _, term = target_set(ctx, start, start + 3, Period("2020-2025", "term", 2025))
    assert (scope, term) == ("term", "2020-2025")
