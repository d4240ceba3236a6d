"""etl/decode.py: bytes become text only when trustworthy — BOM, UTF-8, declared charset, UTF-16 without BOM,
Windows-1258, legacy fonts — else a reason."""
import codecs
import unicodedata

import pytest

from etl.decode import (UndecodableError, declared_charset, decode_bytes, reads_as_vietnamese, recognise_legacy)
from etl.legacy_fonts import TCVN3_ENCODING

TEXT = "Năm 2023, tỷ lệ hộ nghèo của huyện giảm còn 2,5%; thu ngân sách đạt 797 tỷ đồng."


def test_utf8_with_and_without_a_bom():
    assert decode_bytes(TEXT.encode("utf-8")) == (TEXT, "utf-8", [])
    assert decode_bytes(codecs.BOM_UTF8 + TEXT.encode("utf-8"))[:2] == (TEXT, "utf-8-sig")
    assert decode_bytes(codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"))[:2] == (TEXT, "utf-16-le")


def test_utf16_without_a_bom_is_told_by_its_nul_bytes_and_said_so():
    text, encoding, warnings = decode_bytes(TEXT.encode("utf-16-be"))
    assert (text, encoding) == (TEXT, "utf-16-be") and "no byte-order mark" in warnings[0]


TONES = "\u0300\u0301\u0303\u0309\u0323"   # grave, acute, tilde, hook, dot below: combining marks in cp1258


def cp1258(text):
    """Windows-1258 as Notepad writes it: letters with their vowel marks precomposed, tones as combining bytes."""
    out = b""
    for ch in text:
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            marks = unicodedata.normalize("NFD", ch)
            base = unicodedata.normalize("NFC", "".join(m for m in marks if m not in TONES))
            out += base.encode("cp1258") + "".join(m for m in marks if m in TONES).encode("cp1258")
    return out


def test_windows_1258_notepad_ansi_is_read_when_it_reads_as_vietnamese():
    sentence = "Năm 2023 huyện đạt kết quả tốt, đời sống người dân được nâng lên rõ rệt."
    text, encoding, warnings = decode_bytes(cp1258(sentence))
    assert unicodedata.normalize("NFC", text) == sentence
    assert encoding == "cp1258" and "read as cp1258" in warnings[0]


@pytest.mark.parametrize("raw, reason", [
    (b"%PDF-1.7 ...", "binary file: looks like a PDF"),
    (b"PK\x03\x04rest", "a ZIP archive"),
    (b"   \n\t ", "whitespace only"),
    (b"abc\x01\x02\x03\x04def", "control characters"),
])
def test_binary_or_empty_bytes_are_refused_with_the_reason(raw, reason):
    with pytest.raises(UndecodableError, match=reason):
        decode_bytes(raw)


def test_reads_as_vietnamese_catches_mojibake_and_lost_letters():
    assert reads_as_vietnamese(TEXT) == (True, "")
    assert not reads_as_vietnamese(TEXT.encode("utf-8").decode("cp1252"))[0]     # UTF-8 read as Windows-1252
    assert "replaced by '?'" in reads_as_vietnamese("Nam 2023 huy?n ??t k?t qu? t?t")[1]
    assert reads_as_vietnamese("2023 - 2025") == (False, "no letters")


def test_the_charset_an_html_file_declares():
    assert declared_charset(b'<html><head><meta charset="Windows-1258"></head>') == "windows-1258"
    assert declared_charset(b'<meta http-equiv="Content-Type" content="text/html; charset=utf-8">') == "utf-8"
    assert declared_charset(b"<p>no meta</p>") is None


def test_legacy_font_bytes_are_recognised_only_with_enough_words():
    tcvn3 = (b"N\xa8m 2023, \xa7\xb6ng b\xe9 huy\xd6n th\xf9c hi\xd6n \xae\xb9t v\xb5 v\xad\xeet 8/18 ch\xd8 ti\xaau "
             b"Ngh\xde quy\xd5t.")
    text, encoding = recognise_legacy(tcvn3)
    assert encoding is TCVN3_ENCODING and text.startswith("Năm 2023, Đảng bộ huyện thực hiện đạt và vượt")
    assert "too few" in recognise_legacy(b"Ngh\xde quy\xd5t")
