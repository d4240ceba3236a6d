"""etl/extract/document.py: extract_document runs every reader over one text, validates and settles conflicts."""
from etl.extract import Extraction, extract_document
from tests.etl.extract.contexts import LEAD


def test_place_period_title_and_facts_in_text_order():
    text = LEAD + "Thu ngân sách trên địa bàn đạt 797 tỷ đồng. Tỷ lệ hộ nghèo còn 2,5%. Đạt và vượt 17/18 chỉ tiêu."
    result = extract_document(text, source_id="t", published="2024-01-10")
    assert isinstance(result, Extraction)
    assert result.place["place_id"] == "quang-ninh/huyen-van-don" and result.period == "2023"
    assert result.title == text   # no line break: the first line longer than 20 characters is all of it
    assert result.published == "2024-01-10"
    assert [f["indicator"] for f in result.facts] == ["budget_revenue", "poverty_rate", "targets_met"]
    assert all(text[f["char_start"]:f["char_end"]] == f["quote"] for f in result.facts)
    assert all("review" in f and "_part" not in f for f in result.facts)


def test_an_impossible_value_is_rejected_with_a_warning():
    result = extract_document(LEAD + "Tỷ lệ hộ nghèo còn 250%.", source_id="t")
    assert result.facts == []
    assert any(w.startswith("rejected:") and "250%" in w for w in result.warnings)


def test_two_values_for_one_fact_keep_one_and_say_so():
    result = extract_document(LEAD + "Tỷ lệ hộ nghèo còn 2,5%.\n\nTỷ lệ hộ nghèo còn 2,7%.", source_id="t")
    levels = [f for f in result.facts if f["indicator"] == "poverty_rate" and f["measure"] == "level"]
    assert len(levels) == 1 and levels[0]["review"] is not None
    assert result.warnings


def test_facts_without_a_place_are_kept_with_a_warning_and_odd_text_never_raises():
    result = extract_document("Năm 2023 tỷ lệ hộ nghèo còn 2,5%.", source_id="t")
    assert result.place is None and result.facts
    assert "facts kept without a place: no district or province could be identified" in result.warnings
    assert extract_document("", source_id="t").facts == []
    assert extract_document("\x00|||\n" * 50, source_id="t").facts == []
