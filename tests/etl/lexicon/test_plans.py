"""etl/lexicon/plans.py: a plan is never a result, and a target names the resolution it belongs to; checked on
paraphrased sentences through the extractor that applies the cues (extract/plans.py, extract/target_sets.py)."""
from etl.extract import extract_document
from etl.lexicon import matching_text
from etl.lexicon.plans import (ANNUAL_CUE_RE, HORIZON_BEFORE, PLAN_WORD_RE, QUARTER_CUE_RE, TARGET_CUE_RE,
                               TERM_CUE_RE)
from tests.etl.extract.contexts import LEAD


def facts(body):
    return extract_document(LEAD + body, source_id="t").facts


def test_a_figure_after_phan_dau_is_a_target_of_that_year():
    [fact] = facts("Năm 2024 phấn đấu thu ngân sách trên địa bàn đạt 900 tỷ đồng.")
    assert (fact["measure"], fact["value"], fact["period"]) == ("target", 900.0, "2024")


def test_a_horizon_dates_the_target():
    [fact] = facts("Mục tiêu đến năm 2025 thu nhập bình quân đầu người đạt 70 triệu đồng.")
    assert (fact["indicator"], fact["measure"], fact["period"]) == ("income_per_capita", "target", "2025")


def test_the_result_and_the_plan_in_one_sentence_stay_apart():
    found = {(f["measure"], f["period"], f["value"], f["qualifier"]) for f in
             facts("Tỷ lệ hộ nghèo còn 3,1%; tỷ lệ này phấn đấu giảm xuống dưới 2% vào năm 2025.")}
    assert found == {("level", "2023", 3.1, None), ("target", "2025", 2.0, "under")}


def test_the_body_that_assigned_a_plan():
    shares = [f for f in facts("Thu ngân sách trên địa bàn đạt 797 tỷ đồng, đạt 76% dự toán tỉnh giao.")
              if f["measure"] == "pct_of_target"]
    assert [(f["target_scope"], f["target_body"]) for f in shares] == [("annual", "province")]


def test_cue_words():
    low = matching_text
    assert TARGET_CUE_RE.search(low("Huyện phấn đấu")) and TARGET_CUE_RE.search(low("sẽ đạt"))
    assert not TARGET_CUE_RE.search(low("đã đạt"))
    assert PLAN_WORD_RE.search(low("Nghị quyết Đại hội đề ra"))
    assert HORIZON_BEFORE.search(low("đến hết ")) and not HORIZON_BEFORE.search(low("tính đến "))
    assert TERM_CUE_RE.search(low("nhiệm kỳ 2020 - 2025")) and TERM_CUE_RE.search(low("Đại hội lần thứ XXII"))
    assert QUARTER_CUE_RE.search(low("quý III")) and ANNUAL_CUE_RE.search(low("chỉ tiêu kế hoạch năm"))
