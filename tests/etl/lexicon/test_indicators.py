"""etl/lexicon/indicators.py: every catalogue indicator has a phrase, and each phrase is found in a short
paraphrased sentence by the code that applies it (extract/indicator.py:find_keywords)."""
import pytest

from etl import lexicon as lx
from etl.catalogue import load_catalogue
from etl.extract.indicator import find_keywords
from etl.lexicon.indicators import KEYWORDS, POST_LABELS

# Written for these tests, one per catalogue indicator named in prose (counts have their own shapes: counts.py).
SENTENCES = {
    "output_per_ha": "Giá trị sản xuất trên 1 ha đất canh tác đạt 150 triệu đồng.",
    "industrial_output": "Giá trị sản xuất công nghiệp - tiểu thủ công nghiệp đạt 382 tỷ đồng.",
    "production_value": "Tổng giá trị sản xuất trên địa bàn ước đạt 9.380 tỷ đồng.",
    "grdp": "Tổng sản phẩm trên địa bàn (GRDP) tăng 7,2%.",
    "rural_income_per_capita": "Thu nhập bình quân đầu người khu vực nông thôn đạt 48 triệu đồng.",
    "income_per_capita": "Thu nhập bình quân đầu người đạt 60 triệu đồng.",
    "budget_revenue": "Thu ngân sách nhà nước trên địa bàn đạt 797 tỷ đồng.",
    "investment": "Tổng vốn đầu tư phát triển toàn xã hội đạt 5.271 tỷ đồng.",
    "retail_sales": "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng đạt 1.763 tỷ đồng.",
    "health_insurance_coverage": "Tỷ lệ người dân tham gia bảo hiểm y tế đạt 92%.",
    "aquaculture_output": "Sản lượng nuôi trồng thủy sản đạt 5.100 tấn.",
    "fishing_output": "Sản lượng khai thác thủy sản đạt 9.800 tấn.",
    "rice_output": "Sản lượng lúa cả năm đạt 60.000 tấn.",
    "poor_near_poor_rate": "Tỷ lệ hộ nghèo và cận nghèo còn 5,1%.",
    "near_poverty_rate": "Tỷ lệ hộ cận nghèo còn 2,3%.",
    "poverty_rate": "Tỷ lệ hộ nghèo theo chuẩn đa chiều còn 1,2%.",
    "new_party_members": "Kết nạp mới đảng viên đạt 105% kế hoạch.",
    "new_enterprises": "Thành lập mới doanh nghiệp đạt 111% kế hoạch năm.",
}


def found(sentence):
    folded = lx.lower_same_length(lx.fold_spelling(sentence))
    return [h.indicator for h in find_keywords(folded)]


@pytest.mark.parametrize("indicator", sorted(SENTENCES))
def test_each_phrase_is_found_in_a_paraphrase(indicator):
    assert found(SENTENCES[indicator])[:1] == [indicator]


def test_every_prose_indicator_of_the_catalogue_has_a_phrase_and_a_sentence_here():
    with_phrase = {k.indicator for k in KEYWORDS if k.indicator}
    assert with_phrase <= set(load_catalogue().index)
    assert with_phrase == set(SENTENCES)


def test_abbreviations_and_old_tone_marks_are_the_same_words():
    assert found("GTSX công nghiệp đạt 300 tỷ đồng.") == ["industrial_output"]
    assert found("TNBQ đầu người đạt 60 triệu đồng.") == ["income_per_capita"]
    assert found("Tỉ lệ hộ nghèo còn 1%.") == ["poverty_rate"]
    assert found("Sản lượng nuôi trồng thuỷ sản đạt 5.100 tấn.") == ["aquaculture_output"]   # thuỷ = thủy


def test_post_labels_match_the_label_words():
    labels = dict(POST_LABELS)
    assert labels["near_poverty_rate"].match("hộ cận nghèo")
    assert labels["poverty_rate"].match("tỷ lệ hộ nghèo")
    assert labels["health_insurance_coverage"].match("người dân tham gia bhyt")
