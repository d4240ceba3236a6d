"""etl/lexicon/periods.py: the period words around a figure, found by the code that applies them
(extract/period.py:fact_period)."""
from etl.extract.period import fact_period
from etl.lexicon import matching_text
from etl.lexicon.periods import (AS_OF_NOW_RE, HEADING_FIGURE_RE, PARAGRAPH_FRAMING_RE, SPAN_MENTION_RE,
                                 WHOLE_YEAR_RE, YEAR_MENTION_RE)
from tests.etl.extract.contexts import LEAD, context_of


def test_years_and_spans_named_in_a_line():
    m = YEAR_MENTION_RE.search(matching_text("tăng 5% so với năm 2022"))
    assert (m.group("year"), bool(m.group("base"))) == ("2022", True)
    assert YEAR_MENTION_RE.search(matching_text("năm 2023 đạt")).group("base") is None
    m = SPAN_MENTION_RE.search(matching_text("Giai đoạn (2016 – 2020)"))
    assert (m.group("start"), m.group("end")) == ("2016", "2020")
    assert not YEAR_MENTION_RE.search(matching_text("năm 20234"))


def test_whole_year_as_of_now_and_headings():
    assert WHOLE_YEAR_RE.search(matching_text("ước cả năm đạt"))
    assert AS_OF_NOW_RE.search(matching_text("Đến nay, đã có")) and AS_OF_NOW_RE.search(matching_text("giữa nhiệm kỳ"))
    assert PARAGRAPH_FRAMING_RE.match("Trong 9 tháng đầu năm 2023")
    assert PARAGRAPH_FRAMING_RE.match("Quý III/2023")
    assert HEADING_FIGURE_RE.search("đạt 5 tỷ") and not HEADING_FIGURE_RE.search("I. Kết quả năm 2023")


def test_a_year_compared_with_is_not_the_figures_period():
    text = LEAD + "Thu ngân sách đạt 900 tỷ đồng, tăng 5% so với năm 2022."
    assert fact_period(context_of(text), text.index("900")).label == "2023"


def test_framing_dates_the_figures_of_its_paragraph():
    text = LEAD + "\n\nTrong 9 tháng đầu năm 2023, thu ngân sách đạt 600 tỷ đồng."
    period = fact_period(context_of(text), text.index("600"))
    assert (period.label, period.kind) == ("2023-9M", "nine_months")
