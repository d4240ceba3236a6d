"""etl/lexicon/scope.py: unit words, yardsticks and parts of a whole; found in paraphrases by the code that applies
them (extract/place.py, extract/conflicts.py)."""
import pytest

from etl.extract.conflicts import names_a_part
from etl.extract.place import scope_of
from etl.lexicon import matching_text
from etl.lexicon.scope import (COMPARED_BEFORE, COUNTED_BEFORE, PART_BEFORE_PHRASE, UNIT_WORD_RE,
                               WHOLE_UNIT_RE)
from tests.etl.extract.contexts import LEAD, context_of


@pytest.mark.parametrize("words, group", [
    ("toàn tỉnh", "province"), ("của cả tỉnh", "province"), ("cả nước", "country"), ("toàn quốc", "country"),
    ("trên địa bàn thành phố", "city"),
])
def test_whole_units_without_a_name(words, group):
    assert WHOLE_UNIT_RE.search(matching_text(words)).lastgroup == group


def test_unit_words_take_the_words_after_them_and_keep_case_for_callers():
    m = UNIT_WORD_RE.search("đạt chuẩn tại xã Ngãi Xuyên năm nay")
    assert (m.group("word"), m.group("next").split()[:2]) == ("xã", ["Ngãi", "Xuyên"])
    assert UNIT_WORD_RE.search("Thị xã phấn đấu").group("word") == "Thị xã"
    assert not UNIT_WORD_RE.search("cả nhà vui")


def test_yardsticks_counts_and_parts():
    assert COMPARED_BEFORE.search(matching_text("cao hơn bình quân toàn "))
    assert COMPARED_BEFORE.search(matching_text("đứng đầu của "))
    assert COUNTED_BEFORE.search(matching_text("có 5 ")) and COUNTED_BEFORE.search(matching_text("các "))
    assert PART_BEFORE_PHRASE.search(matching_text("797 tỷ đồng, trong đó: "))


def test_a_figure_after_a_whole_unit_is_that_units_through_scope_of():
    text = LEAD + "Tỷ lệ hộ nghèo của huyện còn 2%, toàn tỉnh còn 3%."
    ctx = context_of(text)
    assert scope_of(ctx, len(LEAD), text.index("3%"))[0] == "province"
    assert scope_of(ctx, len(LEAD), text.index("2%"))[0] == "district"


def test_after_trong_do_a_noun_names_a_part():
    text = matching_text("Thu ngân sách 900 tỷ đồng, trong đó thu nội địa 300 tỷ đồng")
    assert names_a_part(text, 0, text.index("300"))
