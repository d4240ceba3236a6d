"""Legacy Vietnamese font encodings (TCVN3/ABC, VNI) become Unicode when recognised with confidence, else a rejection.

The samples are the bytes these encodings give for common words ("ViÖt Nam", "§¶ng", "Nghò quyeát" are how such
files look when opened as Windows-1252), written out here by hand, not produced by the converter's own tables.
"""
import docx
import pytest

from etl.decode import UndecodableError, convert_legacy_lines
from etl.legacy_fonts import TCVN3_ENCODING, VNI_ENCODING, font_encoding, malformed_words
from etl.read import Document, Rejection, read_document
from tests.etl.format_documents import RUNNING_HEADER, write_pdf

UNICODE = "Năm 2023, Đảng bộ huyện Trần Đề thực hiện đạt và vượt 8/18 chỉ tiêu Nghị quyết; tỷ lệ hộ nghèo còn 1,59%."
# TCVN3: one byte per letter (ă=0xA8, â=0xA9, ê=0xAA, ô=0xAB, ơ=0xAC, ư=0xAD, đ=0xAE, Đ=0xA7; toned vowels from 0xB5).
TCVN3 = (b"N\xa8m 2023, \xa7\xb6ng b\xe9 huy\xd6n Tr\xc7n \xa7\xd2 th\xf9c hi\xd6n \xae\xb9t v\xb5 v\xad\xeet 8/18 "
         b"ch\xd8 ti\xaau Ngh\xde quy\xd5t; t\xfb l\xd6 h\xe9 ngh\xcco c\xdfn 1,59%.")
# VNI: base letter + mark byte (\xf9 acute, \xf8 grave, \xfb hook, \xf5 tilde, \xef dot, \xe2 circumflex, \xe4 circumflex
# + dot, \xea breve …); \xf1 = đ, \xd1 = Đ, \xf6 = ư, \xf4 = ơ, \xf2 = ị, \xe6 = ỉ.
VNI = (b"Na\xeam 2023, \xd1a\xfbng bo\xe4 huye\xe4n Tra\xe0n \xd1e\xe0 th\xf6\xefc hie\xe4n \xf1a\xeft va\xf8 v\xf6\xf4\xeft "
       b"8/18 ch\xe6 tie\xe2u Ngh\xf2 quye\xe1t; ty\xfb le\xe4 ho\xe4 nghe\xf8o co\xf8n 1,59%.")


@pytest.mark.parametrize("raw, codec", [(TCVN3, "tcvn3"), (VNI, "vni")])
def test_a_legacy_text_file_is_converted_and_says_so(tmp_path, raw, codec):
    (tmp_path / "old.txt").write_bytes(raw)
    document = read_document(tmp_path / "old.txt")
    assert isinstance(document, Document), document
    assert document.text == UNICODE and document.encoding == codec
    assert any("legacy font encoding" in warning for warning in document.warnings)


def test_tcvn3_capitals_font_words_come_back_in_capitals(tmp_path):
    (tmp_path / "title.txt").write_bytes(b"NGH\xde QUY\xd5T \xa7\xb9I H\xe9I \xa7\xb6NG B\xe9 HUY\xd6N\n" + TCVN3)
    document = read_document(tmp_path / "title.txt")
    assert document.text.split("\n")[0] == "NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ HUYỆN"


def test_a_docx_run_in_a_vn_font_is_converted(tmp_path):
    word = docx.Document()
    word.add_paragraph("Báo cáo bằng Unicode: tỷ lệ hộ nghèo còn 1,59%.")
    word.add_paragraph().add_run(TCVN3.decode("cp1252")).font.name = ".VnTime"
    word.save(tmp_path / "mixed.docx")
    document = read_document(tmp_path / "mixed.docx")
    assert document.text == f"Báo cáo bằng Unicode: tỷ lệ hộ nghèo còn 1,59%.\n\n{UNICODE}"
    assert any("TCVN3" in warning for warning in document.warnings)


def test_a_pdf_typed_in_a_vni_font_under_a_unicode_letterhead_is_recognised_by_its_text(tmp_path):
    document = read_document(write_pdf(VNI.decode("cp1252"), tmp_path / "vni.pdf"))   # letterhead: RUNNING_HEADER
    assert isinstance(document, Document), document
    assert document.text == f"{RUNNING_HEADER}\n\n{UNICODE}" and document.encoding == "vni"


@pytest.mark.parametrize("raw, reason", [
    (b"Ngh\xde quy\xd5t", "too few"),                                    # two words: not enough to be sure
    ("Größere Übersicht für Straße und Plätze".encode("latin-1"), "no Vietnamese syllable"),
])
def test_unsure_or_foreign_8bit_text_is_rejected_with_the_reason(tmp_path, raw, reason):
    (tmp_path / "x.txt").write_bytes(raw)
    result = read_document(tmp_path / "x.txt")
    assert isinstance(result, Rejection) and "undecodable" in result.reason and reason in result.reason


def test_unicode_text_is_never_converted_and_foreign_legacy_looking_text_is_refused():
    for text in (UNICODE, "The district met 8 of 18 targets.", "Tài chính\nGiáo dục và “Đào tạo” – 95°"):
        assert convert_legacy_lines(text) == (text, None, None)
    with pytest.raises(UndecodableError, match="legacy font"):
        convert_legacy_lines("Größere Übersicht für Straße und Plätze in München")


def test_font_names_and_syllables():
    assert font_encoding(".VnTime") is TCVN3_ENCODING and font_encoding(".VnArialH") is TCVN3_ENCODING
    assert font_encoding("VNI-Times") is VNI_ENCODING and font_encoding("Times New Roman") is None
    assert malformed_words(UNICODE) == (0, 20)
    assert malformed_words("nửụực Grửòere")[0] == 2         # VNI read as TCVN3; German read as TCVN3
