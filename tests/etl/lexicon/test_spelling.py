"""etl/lexicon/spelling.py: old tone placement folded and lower case taken without moving any offset; phrases
compiled for that text."""
import pytest

from etl.lexicon.spelling import compile_words, fold_spelling, lower_pattern, lower_same_length, matching_text


@pytest.mark.parametrize("old, new", [
    ("hoá", "hóa"), ("Hoà Bình", "Hòa Bình"), ("thuỷ sản", "thủy sản"), ("THUỶ", "THỦY"), ("khoẻ", "khỏe"),
])
def test_old_tone_placement_at_the_end_of_a_syllable_is_folded(old, new):
    assert fold_spelling(old) == new and len(fold_spelling(old)) == len(old)


@pytest.mark.parametrize("word", ["hoạch", "toàn", "quý", "khuỷu", "hoàn thành"])
def test_inside_a_syllable_and_after_q_the_spelling_is_kept(word):
    assert fold_spelling(word) == word


@pytest.mark.parametrize("old, new", [
    ("quí I", "quý I"), ("QUÍ II", "QUÝ II"), ("cùng kì", "cùng kỳ"), ("tỉ lệ", "tỷ lệ"), ("kĩ thuật", "kỹ thuật"),
    ("lí do", "lý do"), ("qui hoạch", "quy hoạch"), ("Mĩ", "Mỹ"),
])
def test_the_final_i_of_an_open_syllable_is_folded_to_y(old, new):
    assert fold_spelling(old) == new


@pytest.mark.parametrize("word", ["thi đua", "khi", "kim", "tiêu", "chỉ tiêu", "Ia Grai", "ghi nhận", "phí"])
def test_an_i_after_two_consonant_letters_or_inside_a_syllable_is_kept(word):
    assert fold_spelling(word) == word


def test_lower_case_keeps_offsets_even_for_characters_that_grow():
    text = "İstanbul Tỷ Lệ"            # 'İ'.lower() is two characters
    low = lower_same_length(text)
    assert len(low) == len(text) and low.endswith("tỷ lệ")
    assert matching_text("Tỉ Lệ Hộ Nghèo Hoá") == "tỷ lệ hộ nghèo hóa"


def test_compiled_phrases_take_any_spaces_and_keep_escapes():
    rx = compile_words(r"Tỷ lệ ?% \d+")
    assert rx.fullmatch("tỷ   lệ% 12") and rx.fullmatch("tỷ lệ % 12")
    assert not rx.fullmatch("tỷlệ % 12")
    assert lower_pattern(r"ĐVT\S(?P<Year>\d)") == r"đvt\S(?P<Year>\d)"
