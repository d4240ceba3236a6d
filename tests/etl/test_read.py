"""etl/read.py: every input file becomes a clean Document or a Rejection with a reason — never an exception."""
import codecs
import hashlib
import unicodedata

import pytest

from etl.read import (
    MAX_BYTES,
    Document,
    Rejection,
    find_published_date,
    guess_title,
    read_document,
    remove_boilerplate,
)

BODY = "Năm 2023, huyện Trần Đề có tỷ lệ hộ nghèo giảm còn 2,5%, thu ngân sách đạt 105% Nghị quyết đề ra."


TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"


def cp1258(text: str) -> bytes:
    """Vietnamese as Windows-1258 writes it: precomposed â/ê/ơ…, tone marks as combining characters."""
    out = b""
    for char in text:
        base, *marks = unicodedata.normalize("NFD", char)
        letter = unicodedata.normalize("NFC", base + "".join(m for m in marks if m not in TONE_MARKS))
        out += (letter + "".join(m for m in marks if m in TONE_MARKS)).encode("cp1258")
    return out


def write(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path


def read_ok(path) -> Document:
    document = read_document(path)
    assert isinstance(document, Document), document
    return document


# --- encodings and normalisation ------------------------------------------------------------------------

def test_plain_utf8_document_carries_its_identity(tmp_path):
    raw = f"Tiêu đề bài viết về huyện\n\n{BODY}\n".encode()
    document = read_ok(write(tmp_path, "000_abc.txt", raw))
    assert (document.source_id, document.file_name, document.encoding) == ("000_abc", "000_abc.txt", "utf-8")
    assert document.sha256 == hashlib.sha256(raw).hexdigest()
    assert document.text == f"Tiêu đề bài viết về huyện\n\n{BODY}"
    assert document.title == "Tiêu đề bài viết về huyện"


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_bom_is_recognised_by_its_nul_bytes(tmp_path, codec):
    document = read_ok(write(tmp_path, "notepad.txt", f"{BODY}\r\nDòng hai.".encode(codec)))
    assert document.encoding == codec
    assert document.text == f"{BODY}\nDòng hai."
    assert any("byte-order mark" in warning for warning in document.warnings)


def test_windows_1258_text_is_read_with_its_tone_marks_composed(tmp_path):
    document = read_ok(write(tmp_path, "ansi.txt", cp1258(f"Tiêu đề: Huyện Trần Đề năm 2023\r\n{BODY}")))
    assert document.encoding == "cp1258"
    assert document.text == f"Tiêu đề: Huyện Trần Đề năm 2023\n{BODY}"
    assert any("cp1258" in warning for warning in document.warnings)


def test_utf8_bom_is_dropped_not_kept_as_text(tmp_path):
    document = read_ok(write(tmp_path, "bom.txt", codecs.BOM_UTF8 + BODY.encode()))
    assert document.encoding == "utf-8-sig"
    assert document.text == BODY


@pytest.mark.parametrize("bom, codec, name", [
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16-be"),
])
def test_utf16_with_bom(tmp_path, bom, codec, name):
    document = read_ok(write(tmp_path, "u16.txt", bom + f"{BODY}\r\n".encode(codec)))
    assert document.encoding == name
    assert document.text == BODY


def test_crlf_and_lone_cr_become_lf(tmp_path):
    document = read_ok(write(tmp_path, "crlf.txt", "Dòng một của bài\r\nDòng hai của bài\rDòng ba của bài\r\n"))
    assert document.text == "Dòng một của bài\nDòng hai của bài\nDòng ba của bài"


def test_nfd_input_is_normalised_to_nfc(tmp_path):
    nfd = unicodedata.normalize("NFD", BODY)
    assert nfd != BODY
    document = read_ok(write(tmp_path, "nfd.txt", nfd))
    assert document.text == BODY
    assert unicodedata.is_normalized("NFC", document.text)


def test_lookalike_eth_spaces_and_invisible_characters_are_normalised(tmp_path):
    raw = "Ðảng bộ huyện\u00a0\u00a0đạt   14.120\u00a0tỷ\u200b đồng\t, xây dựng Ðảng.  \n\n\n\nHết."
    document = read_ok(write(tmp_path, "ws.txt", raw))
    assert document.text == "Đảng bộ huyện đạt 14.120 tỷ đồng , xây dựng Đảng.\n\nHết."


# --- rejections -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("name, data, reason", [
    ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    ("nul.txt", b"Huy\x00n Tr\x00n \x00\xc4\x90\xe1\xbb\x81", "binary"),
    ("odd_nul.txt", b"Huy\x00n Tr\x00n \x00\xc4\x90\xe1\xbb", "binary"),
    ("nul_pairs.txt", b"\x00\x01\x02\x00" * 40, "binary"),
    ("control.txt", b"\x01\x02\x03\x04\x05 abc \x06\x07\x08\x0e\x0f", "binary"),
    ("latin1.txt", "Báo cáo – năm 2023 đạt 95%".encode("windows-1252", "replace"), "undecodable"),
    ("russian.txt", "Отчёт района за 2023 год: рост 5%".encode("cp1251"), "undecodable"),
    ("german.txt", "Größere Übersicht für Straße".encode("latin-1"), "undecodable"),
    ("empty.txt", b"", "empty"),
    ("blank.txt", b" \n\t\r\n \xc2\xa0 \n", "whitespace"),
    ("report.pdf", b"%PDF-1.7 ...", "not a readable PDF"),
    ("report.docx", b"PK\x03\x04", "not a Word .docx file"),
    ("renamed.docx", b"Huyen Tran De 2023", "not a Word .docx file"),
    ("photo.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "not a readable image"),
    ("report.doc", b"\xd0\xcf\x11\xe0", "unsupported extension .doc"),
    ("README", b"text", "unsupported extension (none)"),
    ("disguised.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3", "PDF"),
])
def test_bad_files_are_rejected_with_a_reason(tmp_path, name, data, reason):
    result = read_document(write(tmp_path, name, data))
    assert isinstance(result, Rejection)
    assert reason in result.reason
    assert result.source_id == name.rsplit(".", 1)[0] and result.file_name == name


def test_a_folder_named_like_a_text_file_is_rejected(tmp_path):
    (tmp_path / "x.txt").mkdir()
    result = read_document(tmp_path / "x.txt")
    assert isinstance(result, Rejection) and "folder" in result.reason


def test_a_file_over_the_size_limit_is_rejected_without_reading_it(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(MAX_BYTES + 1)
    result = read_document(path)
    assert isinstance(result, Rejection) and "too large" in result.reason and f"{MAX_BYTES:,}" in result.reason


def test_a_file_exactly_at_the_limit_is_read(tmp_path):
    sentence = (BODY + "\n").encode()
    data = sentence * (MAX_BYTES // len(sentence))
    data += b" " * (MAX_BYTES - len(data))
    assert isinstance(read_document(write(tmp_path, "limit.txt", data)), Document)


def test_a_missing_file_is_a_rejection_not_an_exception(tmp_path):
    result = read_document(tmp_path / "gone.txt")
    assert isinstance(result, Rejection) and "cannot read" in result.reason


def test_a_file_of_only_boilerplate_is_rejected(tmp_path):
    result = read_document(write(tmp_path, "chrome.txt", "Lượt xem: 221\nChia sẻ bài viết\nBÌNH LUẬN\n"))
    assert isinstance(result, Rejection) and "no text left" in result.reason


# --- HTML -----------------------------------------------------------------------------------------------

PAGE = """<!DOCTYPE html>
<html><head><title>Cổng thông tin - Trang chủ</title><meta charset="utf-8">
<style>.x { color: red } /* 99% */</style><script>var views = 12345; track("85%");</script></head>
<body>
<header><a href="/">Trang chủ</a> Hotline 0299 3822 000</header>
<nav><ul><li>Giới thiệu</li><li>Tin tức 2023</li></ul></nav>
<article>
  <header><h1>Huyện Trần Đề tổng kết năm 2023</h1><time>20/03/2023 - 05:35</time></header>
  <p>Năm 2023, tỷ lệ hộ nghèo của huyện <b>giảm còn 2,5%</b>, thu ngân sách đạt <a href="#">105%</a>.</p>
  <p>Dòng một<br>Dòng hai</p>
  <table><tr><th>Chỉ tiêu</th><th>2023</th></tr><tr><td>Thu ngân sách</td><td>500</td></tr></table>
  <!-- bình luận ẩn 77% -->
</article>
<aside>Tin đọc nhiều: huyện X đạt 120%</aside>
<form><input value="Tìm kiếm"> Đăng ký nhận tin 50%</form>
<noscript>Bật JavaScript 10%</noscript>
<footer>Đơn vị quản lý: UBND huyện. Điện thoại: 0299.3851234</footer>
</body></html>"""


def test_html_keeps_the_article_text_only(tmp_path):
    document = read_ok(write(tmp_path, "page.html", PAGE))
    text = document.text
    assert "Năm 2023, tỷ lệ hộ nghèo của huyện giảm còn 2,5%, thu ngân sách đạt 105%." in text  # inline tags joined
    for dropped in ("color", "12345", "85%", "Hotline", "Giới thiệu", "120%", "Tìm kiếm", "50%", "10%",
                    "Đơn vị quản lý", "0299", "77%", "Cổng thông tin"):
        assert dropped not in text, dropped
    assert document.title == "Huyện Trần Đề tổng kết năm 2023"   # an <article>'s own <header> stays
    assert document.published == "2023-03-20"


def test_html_block_elements_become_lines_and_cells_stay_apart(tmp_path):
    lines = read_ok(write(tmp_path, "page.htm", PAGE)).text.split("\n")
    assert "Dòng một" in lines and "Dòng hai" in lines
    assert "Thu ngân sách | 500 |" in lines        # "2023" and "500" never touch as "2023 500"


def test_html_declared_legacy_charset_is_the_only_fallback(tmp_path):
    html = '<html><head><meta charset="windows-1258"></head><body><p>Huyện đạt 105% kế hoạch năm 2023.</p></body></html>'
    document = read_ok(write(tmp_path, "legacy.html", cp1258(html)))
    assert document.encoding == "windows-1258"
    assert document.text == "Huyện đạt 105% kế hoạch năm 2023."
    assert any("windows-1258" in warning for warning in document.warnings)


def test_undeclared_windows_1258_html_is_read_as_vietnamese(tmp_path):
    html = "<html><body><p>Huyện đạt 105% kế hoạch năm 2023.</p></body></html>"
    document = read_ok(write(tmp_path, "legacy.html", cp1258(html)))
    assert document.encoding == "cp1258"
    assert document.text == "Huyện đạt 105% kế hoạch năm 2023."


def test_markdown_is_read_as_text(tmp_path):
    document = read_ok(write(tmp_path, "note.md", f"# Báo cáo kết quả năm 2023 của huyện\n\n{BODY}\n"))
    assert document.title == "Báo cáo kết quả năm 2023 của huyện"
    assert BODY in document.text


# --- web boilerplate ------------------------------------------------------------------------------------

ARTICLE = f"""Lượt xem: 221

Huyện Trà Cú tổng kết Nghị quyết năm 2023

09/01/2024 | 07:43 GMT+7

{BODY}
Anh-tin-bai

Lãnh đạo huyện chủ trì hội nghị

Tin liên quan
Hôm nay, Ban Thường vụ Huyện ủy đánh giá tổng giá trị sản xuất tăng 16,6% so với cùng kỳ năm trước đó.

Ngọc ThơPhim tư liệu
  • Ngày hội văn hóa thể thao đông bào Khmer năm 2022 đạt 98%
1 2 3 4 5  ...
No title... No title...
Thống kê truy cập
  • Đang online: 101
  • Hôm nay: 9695
  • Trong tuần: 74,375
  • Tất cả: 10,779,868
TRANG THÔNG TIN ĐIỆN TỬ HUYỆN
- Đơn vị quản lý UBND huyện Trà Cú
- Điện thoại: 0294.3874070 - Fax: 0294.3874512 Email: bbt@travinh.gov.vn
Ghi rõ nguồn "Trang Thông tin điện tử" khi phát hành lại thông tin từ website này. Designed by VNPT
"""


def test_boilerplate_is_removed_and_article_text_kept(tmp_path):
    document = read_ok(write(tmp_path, "article.txt", ARTICLE))
    text = document.text
    assert BODY in text
    assert "Hôm nay, Ban Thường vụ Huyện ủy đánh giá tổng giá trị sản xuất tăng 16,6%" in text  # prose, not a counter
    assert "Lãnh đạo huyện chủ trì hội nghị" in text                                          # a caption is text
    assert text.endswith("Ngọc Thơ")                                  # byline kept, glued sidebar heading cut
    for gone in ("Lượt xem", "Anh-tin-bai", "Tin liên quan", "Phim tư liệu", "98%", "1 2 3", "No title",
                 "Thống kê", "online", "9695", "74,375", "Đơn vị quản lý", "0294", "Email", "Ghi rõ nguồn",
                 "VNPT", "TRANG THÔNG TIN"):
        assert gone not in text, gone
    assert document.title == "Huyện Trà Cú tổng kết Nghị quyết năm 2023"
    assert document.published == "2024-01-09"


def test_footer_words_inside_prose_are_not_boilerplate():
    text = ("Điện thoại di động được cấp cho 120 cán bộ cơ sở trong năm 2023, đạt 100% kế hoạch của huyện.\n"
            "Xem thêm\n"
            "Thu ngân sách trên địa bàn huyện đạt 350 tỷ đồng, tăng 12% so với cùng kỳ năm 2022 của huyện.")
    assert remove_boilerplate(text) == (
        "Điện thoại di động được cấp cho 120 cán bộ cơ sở trong năm 2023, đạt 100% kế hoạch của huyện.\n\n"
        "Thu ngân sách trên địa bàn huyện đạt 350 tỷ đồng, tăng 12% so với cùng kỳ năm 2022 của huyện."
    )


def test_a_comment_section_after_the_article_is_cut():
    text = ("Thu ngân sách trên địa bàn huyện đạt 350 tỷ đồng, tăng 12% so với cùng kỳ năm 2022 của huyện.\n"
            "T.T\nViết bình luận mới\nNguyễn Văn A: huyện tôi đạt 200%\nTin cùng chuyên mục\nCác tin khác\nXem thêm >>")
    assert remove_boilerplate(text).endswith("năm 2022 của huyện.\nT.T")


# --- metadata -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("line, expected", [
    ("20/03/2023 - 05:35", "2023-03-20"),
    ("09/01/2024 | 07:43 GMT+7", "2024-01-09"),
    ("Thứ Ba, 09/01/2024, 07:43 (GMT+7)", "2024-01-09"),
    ("Cập nhật: 12-01-2024", "2024-01-12"),
    ("Ngày đăng: 05.02.2024 14:20", "2024-02-05"),
    ("07:43 09/01/2024", "2024-01-09"),
    ("2024-01-09", "2024-01-09"),
    ("Trà Vinh, ngày 10 tháng 01 năm 2024", "2024-01-10"),
    ("Ngày 05/01, Ban Thường vụ Huyện ủy Trà Cú tổ chức hội nghị", None),
    ("Ngày 05/01", None),
    ("BTV Huyện ủy đã cụ thể hóa thành NQ số 05 ngày 12-12-2022.", None),
    ("31/02/2023 - 08:00", None),
])
def test_publication_date_comes_only_from_a_full_dateline(line, expected):
    assert find_published_date(f"Tiêu đề bài viết về huyện\n\n{line}\n\n{BODY}") == expected


def test_the_first_dateline_wins_and_body_dates_are_ignored():
    text = f"Tiêu đề\nQuyết định số 1681 ngày 23/01/2019 của Ban Thường vụ\n20/03/2023 - 05:35\n{BODY}\n12/12/2022"
    assert find_published_date(text) == "2023-03-20"


def test_title_skips_datelines_and_short_lines():
    assert guess_title("20/03/2023 - 05:35\nBDK\n## Huyện Giồng Trôm tập trung thực hiện mục tiêu") == (
        "Huyện Giồng Trôm tập trung thực hiện mục tiêu"
    )
    assert guess_title("2023\n---") is None
    long_line = "Huyện " * 100
    assert len(guess_title(long_line)) == 200 and guess_title(long_line).endswith("…")


def test_unclosed_paragraphs_still_become_lines(tmp_path):
    html = "<title>Trang</title>" + "".join(f"<p>Đoạn số {n} của bài viết" for n in range(3000))
    lines = read_ok(write(tmp_path, "sloppy.html", html)).text.split("\n")
    assert [line for line in lines if line] == [f"Đoạn số {n} của bài viết" for n in range(3000)]   # no "Trang"


@pytest.mark.parametrize("line, expected", [
    ("Thuý Hồng - 14:29, 23/07/2020", "2020-07-23"),                  # a byline before the time and date
    ("07:00:20 19/08/2019 | Các cuộc vận động", "2019-08-19"),        # time first, the section after a bar
])
def test_bylines_and_sections_around_a_dateline(line, expected):
    assert find_published_date(f"Tiêu đề bài viết về huyện\n\n{line}\n\n{BODY}") == expected


def test_a_calendar_banner_over_the_headline_gives_way_to_the_articles_dateline():
    banner = "Thứ Sáu, ngày 23 tháng 08 năm 2019, 09:25:27"
    assert find_published_date(f"{banner}\nVăn Quan tổ chức thành công Đại hội Đảng bộ huyện\n"
                               f"Thuý Hồng - 14:29, 23/07/2020\n{BODY}") == "2020-07-23"
    assert find_published_date(f"Chủ nhật , Ngày 22 Tháng 12 Năm 2024\nCập nhật lúc: 22/07/2015\n"
                               f"HUYỆN M’ĐRẮK TỔ CHỨC KỲ HỌP THỨ 10\n{BODY}") == "2015-07-22"
    # alone, or after the headline, a weekday dateline is the article's
    assert find_published_date(f"{banner}\nTiêu đề bài viết về huyện\n{BODY}") == "2019-08-23"
    assert find_published_date(f"Tiêu đề bài viết về huyện\nThứ Ba, 09/01/2024, 07:43\n{BODY}") == "2024-01-09"
