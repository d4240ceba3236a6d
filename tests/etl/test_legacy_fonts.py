"""etl/legacy_fonts.py: TCVN3 and VNI bytes to Unicode, font names to their encoding, malformed syllables counted.
The byte samples are written by hand from the encodings' tables (TCVN3: ă=0xA8, Đ=0xA7, ả=0xB6; VNI: base letter
then a mark byte, ê = e+0xE2, ă = a+0xEA, Đ = 0xD1, hook = 0xFB)."""
import pytest

from etl.legacy_fonts import (TCVN3_ENCODING, VNI_ENCODING, byte_view, decode_legacy, font_encoding,
                              from_legacy_font, malformed_words, tcvn3_decode, vni_decode)


def test_tcvn3_letters_one_byte_each():
    assert tcvn3_decode(b"N\xa8m 2023, \xa7\xb6ng b\xe9") == ("Năm 2023, Đảng bộ", 0)


def test_vni_marks_follow_their_letter():
    assert vni_decode(b"Na\xeam 2023, \xd1a\xfbng") == ("Năm 2023, Đảng", 0)
    assert vni_decode(b"tie\xe2u")[0] == "tiêu"


def test_a_mark_after_no_letter_it_can_mark_is_counted_as_unknown():
    assert vni_decode(b"1\xfb2")[1] == 1           # a hook after a digit
    assert vni_decode(b"b\xfb")[1] == 1            # a hook after a consonant
    assert vni_decode(b"a\xfb") == ("ả", 0)


@pytest.mark.parametrize("font, encoding", [(".VnTime", TCVN3_ENCODING), (".VnArialH", TCVN3_ENCODING),
                                            ("VNI-Times", VNI_ENCODING), ("VNI Helve", VNI_ENCODING),
                                            ("Times New Roman", None), (None, None)])
def test_font_names(font, encoding):
    assert font_encoding(font) is encoding


def test_a_word_run_in_a_legacy_font_is_converted_and_unicode_is_left_alone():
    assert from_legacy_font("N¨m", TCVN3_ENCODING) == "Năm"             # 0xA8 shown as Windows-1252 '¨'
    assert from_legacy_font("Năm 2023", TCVN3_ENCODING) == "Năm 2023"    # ă is no Windows-1252 character
    assert byte_view("Năm") is None and byte_view("N¨m") == b"N\xa8m"
    assert decode_legacy(b"N\xa8m", TCVN3_ENCODING) == tcvn3_decode(b"N\xa8m")


def test_malformed_words_are_those_no_vietnamese_syllable_could_be():
    assert malformed_words("Năm 2023 Đảng bộ huyện") == (0, 4)
    assert malformed_words("nửụực")[0] == 1                 # two tones in one word
    assert malformed_words("The district") == (0, 0)        # ASCII words are not counted
