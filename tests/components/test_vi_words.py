"""components/vi_words.py: the list of Vietnamese words of several syllables is well formed."""
from __future__ import annotations

import unicodedata

from components.vi_words import LONGEST, WORDS


def test_words_are_lower_case_nfc_with_single_spaces_and_several_syllables():
    for word in WORDS:
        assert word == word.lower() == unicodedata.normalize("NFC", word), word
        assert word == " ".join(word.split()) and " " in word, word


def test_the_longest_word_bounds_the_search():
    assert LONGEST == max(len(w.split()) for w in WORDS) >= 4
    assert {"xã hội", "bảo hiểm y tế", "nông thôn mới", "đảng bộ", "nghị quyết"} <= WORDS
