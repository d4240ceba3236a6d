"""The analysis views' pages from (dataset, state): what they draw and what the scatter compares by default."""
from components.analysis_pages import map_page, scatter_axes, scatter_page, trend_page
from components.state import parse_state


def state_of(ds, query):
    return parse_state(query, options=ds.state_options())[0]


def test_map_page_draws_the_chosen_indicator(sample_dataset):
    page = map_page(sample_dataset, state_of(sample_dataset, "?view=compare&lang=en&ind=poverty_rate"))
    assert page.title == "Poverty rate on the map" and len(page.specs) == 1
    assert page.source_ids == list(dict.fromkeys(page.specs[0].data["source_id"]))


def test_scatter_puts_poverty_against_income_by_default(sample_dataset):
    state = state_of(sample_dataset, "?view=compare&lang=en&ind=poverty_rate")
    assert scatter_axes(state) == ("income_per_capita", "poverty_rate")
    assert scatter_axes({**state, "indicators": ["poverty_rate", "investment"]}) == ("investment", "poverty_rate")
    page = scatter_page(sample_dataset, state)
    assert page.title == "Poverty rate against income per capita"


def test_trend_page_says_one_period_only(sample_dataset):
    page = trend_page(sample_dataset, state_of(sample_dataset, "?view=compare&lang=en"))
    assert page.specs == [] and "two periods of the same kind" in str(page.content)
