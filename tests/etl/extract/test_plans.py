"""etl/extract/plans.py: whether a figure is a plan, and the plan's horizon."""
from etl.extract.plans import plan_cue, target_period
from tests.etl.extract.contexts import LEAD, context_of


def cue(body, figure):
    text = LEAD + body
    ctx = context_of(text)
    pos = text.index(figure)
    st = ctx.statement(pos)
    return ctx, st, pos, plan_cue(ctx, st, st.start, pos)


def test_a_plan_word_before_the_figure_is_its_cue():
    _, _, _, m = cue("Năm 2024 phấn đấu thu ngân sách đạt 900 tỷ đồng.", "900")
    assert m is not None and m.group(0) == "phấn đấu"


def test_a_result_has_no_plan_cue_even_when_it_cites_a_plan():
    assert cue("Thu ngân sách đạt 900 tỷ đồng.", "900")[3] is None
    assert cue("Thu ngân sách đạt 900 tỷ đồng, đạt 101% mục tiêu.", "900")[3] is None


def test_the_horizon_of_a_plan():
    ctx, st, pos, _ = cue("Mục tiêu đến năm 2025 thu nhập bình quân đầu người đạt 70 triệu đồng.", "70")
    period = target_period(ctx, st, st.start, pos, pos + 2, None)
    assert period is not None and period.label == "2025"
