"""etl/readers/layout.py: lines of a page become paragraphs; pages join into one text with page marks."""
from etl.readers import PAGE_MARK
from etl.readers.layout import (Line, Page, PageText, continues_on_next_page, drop_running_lines, join_lines,
                                page_paragraphs, paged_text)


def line(text, top, x0=50.0, x1=545.0):
    return Line(text, x0, x1, top, top + 12)


def test_join_lines_mends_hyphenated_words_and_spaces():
    assert join_lines(["thu ngân  sách", "đạt 797 tỷ"]) == "thu ngân sách đạt 797 tỷ"
    assert join_lines(["nông thôn mới nâng cao, kiểu-", "mẫu"]) == "nông thôn mới nâng cao, kiểumẫu"
    assert join_lines(["năm 2023 -", "Năm 2024"]) == "năm 2023 - Năm 2024"   # a capital opens no broken word
    assert join_lines(["", "a"]) == "a"


def test_wrapped_lines_form_a_paragraph_and_a_gap_starts_a_new_one():
    page = Page(595, 842, (line("Dòng đầu của đoạn văn chạy tới lề phải", 100), line("và dòng tiếp.", 114, x1=200),
                           line("Đoạn mới sau khoảng trống.", 160, x1=300)))
    assert page_paragraphs(page).paragraphs == ("Dòng đầu của đoạn văn chạy tới lề phải và dòng tiếp.",
                                                "Đoạn mới sau khoảng trống.")


def test_a_header_repeated_on_most_pages_is_dropped():
    header = line("ỦY BAN NHÂN DÂN HUYỆN", 20, x1=300)
    pages = [Page(595, 842, (header, line(f"Nội dung trang {i}", 400, x1=300))) for i in range(3)]
    kept = drop_running_lines(pages)
    assert [[ln.text for ln in p.lines] for p in kept] == [[f"Nội dung trang {i}"] for i in range(3)]


def test_a_paragraph_cut_by_a_page_break_is_joined_with_the_mark_inside():
    first = PageText(("Đoạn một.", "Thu ngân sách trên địa bàn"), open_end=True)
    second = PageText(("đạt 797 tỷ đồng.", "Đoạn hai."), open_end=False)
    assert continues_on_next_page(first, second)
    assert paged_text([first, second]) == (f"{PAGE_MARK}\n\nĐoạn một.\n\nThu ngân sách trên địa bàn {PAGE_MARK} "
                                           "đạt 797 tỷ đồng.\n\nĐoạn hai.")


def test_a_list_item_or_a_table_on_the_next_page_starts_afresh():
    first = PageText(("Kết quả như sau",), open_end=True)
    assert not continues_on_next_page(first, PageText(("1. Kinh tế tăng trưởng.",), open_end=False))
    assert not continues_on_next_page(first, PageText(("A | B",), open_end=False, opens_with_table=True))
    assert paged_text([first, PageText(("- Ý một.",), open_end=False)]).count(PAGE_MARK) == 2
