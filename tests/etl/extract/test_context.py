"""etl/extract/context.py: what the readers of one document share, and the one place a fact row is made."""
from etl.extract.context import Context, make_fact
from etl.lexicon import matching_text
from etl.lexicon.periods import YEAR_MENTION_RE
from etl.periods import year_period
from tests.etl.extract.contexts import LEAD, context_of


def test_make_fact_quotes_the_text_at_its_offsets_with_the_documents_place():
    text = LEAD + "Tỷ lệ hộ nghèo còn 2,5%."
    ctx = context_of(text)
    start = text.index("Tỷ lệ")
    fact = make_fact(ctx, indicator="poverty_rate", measure="level", value=2.5, unit="%", start=start,
                     end=len(text) - 1, period=year_period(2023))
    assert fact["quote"] == "Tỷ lệ hộ nghèo còn 2,5%" == text[fact["char_start"]:fact["char_end"]]
    assert (fact["place_id"], fact["period"], fact["period_type"]) == ("quang-ninh/huyen-van-don", "2023", "year")
    assert isinstance(fact["value"], float) and fact["denominator"] is None


def test_make_fact_without_a_period_or_place():
    ctx = Context(text="x 5%", folded="x 5%", unit=None, doc_period=None, warnings=[])
    fact = make_fact(ctx, indicator="poverty_rate", measure="level", value=5, unit="%", start=2, end=4, period=None,
                     denominator=10)
    assert fact["period"] is None and fact["place_id"] is None and fact["denominator"] == 10.0


def test_matches_are_those_inside_the_window_on_the_folded_or_original_text():
    text = "năm 2022 và năm 2023\nNăm 2024"
    ctx = Context(text=text, folded=matching_text(text), unit=None, doc_period=None, warnings=[])
    assert [m.group("year") for m in ctx.matches(YEAR_MENTION_RE, 0, 20)] == ["2022", "2023"]
    assert [m.group("year") for m in ctx.matches(YEAR_MENTION_RE, 9, 20)] == ["2023"]
    assert ctx.matches(YEAR_MENTION_RE, 21, len(text), original=True) == []   # 'Năm' capitalised in the original
    assert [m.group("year") for m in ctx.matches(YEAR_MENTION_RE, 0, len(text))] == ["2022", "2023", "2024"]


def test_years_of_the_report_and_of_its_publication():
    ctx = Context(text="", folded="", unit=None, doc_period=year_period(2023), warnings=[], published="2024-01-15")
    assert (ctx.report_year, ctx.published_year) == (2023, 2024)
    assert Context(text="", folded="", unit=None, doc_period=None, warnings=[]).report_year is None
