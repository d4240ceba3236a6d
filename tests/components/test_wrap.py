"""components/wrap.py: lines break between words, never inside a Vietnamese word of several syllables."""
from __future__ import annotations

import pytest

from components.wrap import wrap_html, wrap_lines, word_units

# (label, width in characters): each was split mid-word in the screenshot review ("Đảng / bộ", "xã / hội", ...)
REVIEWED = [
    ("chỉ tiêu năm · Nghị quyết Đảng bộ", 30, ["Đảng bộ", "Nghị quyết"]),
    ("Tổng vốn đầu tư toàn xã hội", 24, ["xã hội", "vốn đầu tư"]),
    ("Tỷ lệ bao phủ bảo hiểm y tế", 24, ["bảo hiểm y tế"]),
    ("Xã đạt chuẩn nông thôn mới", 22, ["nông thôn mới"]),
    ("Thu nhập bình quân đầu người", 14, ["Thu nhập", "bình quân"]),
]


@pytest.mark.parametrize("text,width,words", REVIEWED)
def test_no_line_breaks_inside_a_word(text, width, words):
    lines = wrap_lines(text, width)
    assert " ".join(lines) == text
    assert all(len(line) <= width for line in lines), lines
    for word in words:
        assert any(word in line for line in lines), (word, lines)


def test_plain_word_wrap_would_have_split_them():
    """The examples are real: a wrap that breaks at any space splits them (so the test above can fail)."""
    import textwrap
    assert textwrap.wrap("Tổng vốn đầu tư toàn xã hội", 24) == ["Tổng vốn đầu tư toàn xã", "hội"]
    assert textwrap.wrap("Tỷ lệ bao phủ bảo hiểm y tế", 24) == ["Tỷ lệ bao phủ bảo hiểm y", "tế"]


def test_words_are_found_whatever_their_case_and_punctuation():
    assert word_units("Nghị Quyết (Đảng bộ), nông thôn mới.") == ["Nghị Quyết", "(Đảng bộ),", "nông thôn mới."]
    # a word never runs across a comma or into a bracket
    assert word_units("xã, hội") == ["xã,", "hội"]
    assert word_units("xã (hội)") == ["xã", "(hội)"]


def test_a_word_wider_than_a_line_breaks_into_its_own_words_then_syllables():
    assert wrap_lines("bảo hiểm y tế", 9) == ["bảo hiểm", "y tế"]
    assert wrap_lines("nông thôn mới", 10) == ["nông thôn", "mới"]
    assert wrap_lines("nông thôn", 5) == ["nông", "thôn"]


def test_english_wraps_at_every_space():
    assert wrap_lines("Communes meeting the New Rural standard", 20) == ["Communes meeting the", "New Rural standard"]


def test_a_measure_other_than_characters():
    wide = {"x": 10}
    lines = wrap_lines("xã hội y tế", 5, measure=lambda s: sum(wide.get(c, 1) for c in s))
    assert lines == ["xã hội", "y tế"] or lines == ["xã", "hội", "y tế"]
    assert wrap_lines("xã hội y tế", 6, measure=len) == ["xã hội", "y tế"]


def test_wrap_html_joins_lines_and_keeps_at_most_max_lines():
    assert wrap_html("Tổng vốn đầu tư toàn xã hội", 16) == "Tổng vốn đầu tư<br>toàn xã hội"
    assert wrap_html("a b c d", 1, max_lines=2) == "a<br>b"
    assert wrap_html("", 10) == ""
