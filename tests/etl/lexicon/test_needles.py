"""etl/lexicon/needles.py: a needle list is a cheap necessary condition: a line where its pattern matches always
holds one of its words (else extract/context.py:Context.matches would skip a real match)."""
import pytest

from etl.extract.context import Context
from etl.lexicon import matching_text
from etl.lexicon.needles import NEEDLES

LINES = [
    "Toàn tỉnh có 15 xã đạt chuẩn, cả nước đứng thứ 3.",
    "Trên địa bàn thành phố, huyện Vân Đồn và thị trấn Cái Rồng.",
    "So với năm 2022, năm 2023 tăng 5%; nhiệm kỳ 2020 - 2025 đạt 80%.",
    "Giai đoạn 2016-2020 tăng bình quân 7%/năm; thời kỳ 2011 – 2015 chậm hơn.",
    "Đến nay, sau nửa nhiệm kỳ, đã có 8 xã đạt chuẩn.",
    "Phấn đấu năm 2024 đạt mục tiêu; chỉ tiêu kế hoạch nghị quyết đề ra, dự kiến định hướng sẽ đạt.",
    "Các chỉ tiêu chủ yếu: nhiệm vụ, phương hướng năm tới.",
    "Hôm nay trời nắng, 12 người đến dự.",
]


@pytest.mark.parametrize("line", LINES)
def test_every_line_where_a_pattern_matches_holds_one_of_its_needles(line):
    text = matching_text(line)
    for rx, needles in NEEDLES.items():
        if rx.search(text):
            assert any(n in text for n in needles), (rx.pattern, line)


def test_the_lines_exercise_every_pattern_with_needles():
    texts = [matching_text(line) for line in LINES]
    assert all(any(rx.search(t) for t in texts) for rx in NEEDLES)


def test_matches_skip_a_line_without_needles_and_find_them_in_a_line_with_one():
    rx = next(rx for rx, needles in NEEDLES.items() if "năm" in needles)
    text = "Dòng một không có gì.\nNăm 2023 tăng 5%."
    ctx = Context(text=text, folded=matching_text(text), unit=None, doc_period=None, warnings=[])
    assert ctx.matches(rx, 0, 20) == []
    second = text.index("Năm")
    assert [m.group("year") for m in ctx.matches(rx, second, len(text))] == ["2023"]
