"""etl/extract/period.py: the period of a figure — its sentence's, a look back over a term, else the document's."""
from etl.extract.period import fact_period
from tests.etl.extract.contexts import LEAD, context_of

TEXT = LEAD + ("Quý II năm 2023 thu ngân sách đạt 200 tỷ đồng. Tỷ lệ hộ nghèo còn 2%. "
               "Nhìn lại nhiệm kỳ 2015 - 2020, thu nhập bình quân đầu người tăng 8%.")


def period_at(figure):
    return fact_period(context_of(TEXT), TEXT.index(figure))


def test_a_period_stated_in_the_sentence():
    assert (period_at("200").label, period_at("200").kind) == ("2023-Q2", "quarter")


def test_without_one_the_documents_period():
    assert period_at("2%").label == "2023"


def test_a_look_back_over_a_finished_term():
    period = period_at("8%")
    assert (period.label, period.kind, period.end_year) == ("2015-2020", "term", 2020)


def test_the_answer_is_cached_per_position():
    ctx = context_of(TEXT)
    pos = TEXT.index("2%")
    assert fact_period(ctx, pos) is fact_period(ctx, pos) and pos in ctx.period_cache
