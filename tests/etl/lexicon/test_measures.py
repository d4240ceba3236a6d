"""etl/lexicon/measures.py: the words around a figure decide its measure; each cue is checked on a paraphrased
sentence through the extractor that applies it (extract/measure.py via extract_document)."""
import pytest

from etl.extract import extract_document
from tests.etl.extract.contexts import LEAD


def measures(body):
    return {(f["indicator"], f["measure"]): f["value"] for f in extract_document(LEAD + body, source_id="t").facts}


@pytest.mark.parametrize("body, indicator, measure, value", [
    # TARGET_WORD_AFTER: "đạt X% dự toán" is a share of the plan
    ("Thu ngân sách trên địa bàn đạt 797 tỷ đồng, đạt 105% dự toán.", "budget_revenue", "pct_of_target", 105.0),
    # EXCEEDED_BY_BEFORE: "vượt 15% dự toán" is 115 % of it
    ("Thu ngân sách trên địa bàn đạt 797 tỷ đồng, vượt 15% dự toán.", "budget_revenue", "pct_of_target", 115.0),
    # ABOVE_PLAN_BEFORE: "tăng 6% so với dự toán tỉnh giao" is 106 % of it
    ("Thu ngân sách trên địa bàn đạt 797 tỷ đồng, tăng 6% so với dự toán tỉnh giao.", "budget_revenue",
     "pct_of_target", 106.0),
    # SAME_PERIOD_RATIO_AFTER + RATIO_VERB_BEFORE: "bằng 108% so với cùng kỳ" is a growth of 8 %
    ("Tổng mức bán lẻ hàng hóa đạt 1.763 tỷ đồng, bằng 108% so với cùng kỳ.", "retail_sales", "growth_pct", 8.0),
    # UP_RE
    ("Tổng mức bán lẻ hàng hóa đạt 1.763 tỷ đồng, tăng 9,17% so với cùng kỳ.", "retail_sales", "growth_pct", 9.17),
    # DOWN_RE on a rate: a change in percentage points
    ("Tỷ lệ hộ nghèo giảm 0,7%.", "poverty_rate", "change", -0.7),
    # LEVEL_AFTER_CHANGE_RE: "giảm còn" states the level
    ("Tỷ lệ hộ nghèo giảm còn 1,2%.", "poverty_rate", "level", 1.2),
])
def test_the_measure_follows_the_cue(body, indicator, measure, value):
    found = measures(body)
    assert found.get((indicator, measure)) == pytest.approx(value), found


def test_an_average_over_a_span_is_dated_by_the_term_it_spans():
    # AVERAGE_RE + PER_YEAR_AFTER
    [fact] = extract_document(LEAD + "Thu nhập bình quân đầu người bình quân giai đoạn 2016 - 2020 tăng 8,2%/năm.",
                              source_id="t").facts
    assert (fact["measure"], fact["value"], fact["period"]) == ("growth_pct", 8.2, "2015-2020")


def test_a_level_after_a_change_word_is_not_a_change():
    found = measures("Tỷ lệ hộ nghèo giảm xuống còn 1,2%.")
    assert ("poverty_rate", "change") not in found and found[("poverty_rate", "level")] == 1.2
