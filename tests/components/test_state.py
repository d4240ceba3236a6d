"""URL state: one dict format, parsed and written by pure functions; stale params fall back with notices."""
from components.state import DEFAULT_STATE, StateOptions, parse_state, state_to_query

OPTS = StateOptions(provinces=frozenset({"94", "93"}), districts=frozenset({"soc-trang/huyen-tran-de",
                                                                          "hau-giang/huyen-phung-hiep"}),
                    indicators=frozenset({"poverty_rate", "targets_met"}), periods=frozenset({"2023", "2023-Q1"}),
                    default_indicator="poverty_rate")


def test_round_trip_keeps_every_field():
    state = {"view": "targets", "lang": "en", "mode": "briefing", "provinces": ["94", "93"],
             "districts": ["soc-trang/huyen-tran-de"], "indicator": "targets_met", "measure": "pct_of_target",
             "period": "2023", "indicators": ["poverty_rate", "targets_met"], "place": "hau-giang/huyen-phung-hiep",
             "base": "2023-Q1", "reviewed": "only", "show": "table", "nodata": "hide",
             "grid": '{"f":{"place":{"filterType":"text","type":"contains","filter":"trà"}}}'}
    query = state_to_query(state)
    parsed, notices = parse_state(query, options=OPTS)
    assert parsed == state
    assert notices == []
    assert query.startswith("?view=targets&lang=en&mode=briefing&prov=94,93&dist=soc-trang/huyen-tran-de")


def test_empty_query_gives_defaults():
    state, notices = parse_state("", options=OPTS)
    assert state == {**DEFAULT_STATE, "indicator": "poverty_rate"}
    assert notices == []


def test_a_bare_link_opens_on_the_period_with_most_districts_only_for_its_default_indicator():
    opts = StateOptions(indicators=frozenset({"poverty_rate", "targets_met"}), periods=frozenset({"2023", "2023-Q1"}),
                        default_indicator="targets_met", default_period="2023")
    for query in ("", "?view=compare&lang=en", "?view=map", None):
        state, _ = parse_state(query, options=opts)
        assert (state["indicator"], state["period"]) == ("targets_met", "2023"), query
    # a link that names the indicator, the measure or the period, or a view without one indicator: "latest"
    for query in ("?ind=poverty_rate", "?ind=targets_met", "?measure=level", "?view=data", "?view=targets"):
        assert parse_state(query, options=opts)[0]["period"] == "latest", query
    assert parse_state("?period=2023-Q1", options=opts)[0]["period"] == "2023-Q1"


def test_the_period_a_change_is_measured_from_is_checked_like_the_period():
    state, notices = parse_state("?view=compare&ind=poverty_rate&period=2023&from=2023-Q1", options=OPTS)
    assert state["base"] == "2023-Q1" and notices == []
    assert "&period=2023&from=2023-Q1" in state_to_query(state)
    state, notices = parse_state("?from=1999", options=OPTS)
    assert state["base"] == "" and notices == [{"param": "base", "value": "1999"}]


def test_default_state_omits_optional_keys():
    assert state_to_query(DEFAULT_STATE) == "?view=compare&lang=vi&ind=poverty_rate&measure=level&period=latest"


def test_invalid_values_fall_back_with_notices():
    state, notices = parse_state("?view=atlas&lang=fr&ind=gdp&measure=avg&period=1999&prov=94,99"
                                 "&dist=x/y,soc-trang/huyen-tran-de&mode=poster&foo=1", options=OPTS)
    assert state["view"] == "compare" and state["lang"] == "vi" and state["mode"] == "interactive"
    assert state["indicator"] == "poverty_rate" and state["measure"] == "level" and state["period"] == "latest"
    assert state["provinces"] == ["94"]
    assert state["districts"] == ["soc-trang/huyen-tran-de"]
    params = {(n["param"], n["value"]) for n in notices}
    assert params == {("view", "atlas"), ("lang", "fr"), ("indicator", "gdp"), ("measure", "avg"), ("period", "1999"),
                      ("provinces", "99"), ("districts", "x/y"), ("mode", "poster"), ("unknown", "foo")}


def test_garbage_never_raises():
    for q in ["?%%%", "?&&&", "?view", "?dist=,,,", "???", "?lang=" + "x" * 5000]:
        state, _ = parse_state(q, options=OPTS)
        assert state["view"] in ("compare",)


def test_lists_deduplicated_in_order():
    state, _ = parse_state("?prov=93,94,93", options=OPTS)
    assert state["provinces"] == ["93", "94"]


def test_without_options_accepts_anything_well_formed():
    state, notices = parse_state("?ind=anything&period=2030")
    assert state["indicator"] == "anything" and state["period"] == "2030" and notices == []


def test_dict_query():
    state, _ = parse_state({"view": "sources", "lang": "en"}, options=OPTS)
    assert state["view"] == "sources" and state["lang"] == "en"


def test_reviewed_figures_switch():
    assert parse_state("?rev=mark", options=OPTS)[0]["reviewed"] == "mark"
    state, notices = parse_state("?rev=some", options=OPTS)
    assert state["reviewed"] == "all" and notices == [{"param": "reviewed", "value": "some"}]
    assert "rev=" not in state_to_query({**DEFAULT_STATE, "reviewed": "all"})


def test_a_link_carries_only_the_state_its_view_uses():
    """The review's Targets PNG linked '…&ind=poverty_rate&measure=level': leftovers of Compare."""
    from components.state import link_query
    state = {**DEFAULT_STATE, "view": "targets", "lang": "en", "mode": "briefing", "indicator": "poverty_rate",
             "measure": "level", "provinces": ["94"], "show": "table", "base": "2022"}
    q = link_query(state)
    assert q == "?view=targets&lang=en&mode=briefing&prov=94&period=latest"
    assert "ind=" not in q and "measure=" not in q and "show=" not in q and "from=" not in q
    # a view that uses them keeps them
    compare = link_query({**state, "view": "compare"})
    assert "ind=poverty_rate" in compare and "measure=level" in compare and "show=table" in compare
    assert link_query({**state, "view": "sources"}) == "?view=sources&lang=en&mode=briefing&prov=94"
    # and the link reopens the same view state
    assert parse_state(q)[0]["view"] == "targets" and parse_state(q)[0]["provinces"] == ["94"]
