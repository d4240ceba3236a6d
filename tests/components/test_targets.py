"""Targets builder: gauges x/y, bullets of pct_of_target, statuses and their colours, ChartSpec per district."""
from components.i18n import NBSP
from components.selection import scope_places
from components.status import STATUS_COLORS
from components.targets import build_targets, chart_id_for, status_badge, targets_layout


def cards_for(ds, lang="vi", **kw):
    places = scope_places(ds.places, **kw)[0]
    return build_targets(ds.facts, places, documents=ds.documents, lang=lang)


def test_tran_de_term_targets_need_acceleration(sample_dataset):
    cards, total = cards_for(sample_dataset, districts=["soc-trang/huyen-tran-de"])
    assert total == 1
    card = cards[0]
    gauges = [i for i in card.items if i.kind == "gauge"]
    assert [i.label for i in gauges] == ["8/18", "7/9"]
    assert gauges[0].assessment.status == "needs_acceleration"
    assert "44" in gauges[0].explanation and "60" in gauges[0].explanation
    assert gauges[0].detail.startswith("chỉ tiêu nhiệm kỳ")
    assert gauges[1].assessment.status == "on_track"


def test_bullets_for_every_pct_of_target_sorted(sample_dataset):
    cards, _ = cards_for(sample_dataset, districts=["hau-giang/huyen-phung-hiep"], lang="en")
    bullets = [i for i in cards[0].items if i.kind == "bullet"]
    assert [i.row["indicator"] for i in bullets] == ["budget_revenue", "investment", "new_party_members"]
    assert [i.label for i in bullets] == ["125.4%", "114.3%", "107%"]
    assert all(i.assessment.status == "achieved" for i in bullets)
    fig = cards[0].spec.figure
    bullet_traces = [t for t in fig.data if t.gauge.shape == "bullet"]
    assert len(bullet_traces) == 3
    assert all(t.gauge.threshold.value == 100 for t in bullet_traces)


def test_gauges_show_x_of_y_and_status_colour(sample_dataset):
    cards, _ = cards_for(sample_dataset, districts=["hau-giang/huyen-phung-hiep"])
    gauge_traces = [t for t in cards[0].spec.figure.data if t.gauge.shape != "bullet"]
    assert [(t.value, t.number.suffix) for t in gauge_traces] == [(9, "/16"), (17, "/17")]
    assert gauge_traces[0].gauge.bar.color == STATUS_COLORS["needs_acceleration"]
    assert gauge_traces[1].gauge.bar.color == STATUS_COLORS["achieved"]
    assert gauge_traces[0].gauge.threshold.value == 0.6 * 16     # where progress should be by now
    assert cards[0].missing == ["ntm_communes"]


def test_spec_data_rows_in_plotted_order(sample_dataset):
    cards, _ = cards_for(sample_dataset, districts=["soc-trang/huyen-tran-de"])
    spec = cards[0].spec
    assert spec.chart_id == chart_id_for("soc-trang/huyen-tran-de") == "targets-soc-trang--huyen-tran-de"
    assert list(spec.data["indicator"]) == ["targets_met", "ntm_communes", "fishing_output", "aquaculture_output"]
    assert spec.source_ids == ["000_61a7140943d01087"]
    assert "Cần tăng tốc" in spec.alt_text


def test_english_statuses_and_layout(sample_dataset):
    cards, total = cards_for(sample_dataset, lang="en")
    assert total == 5
    text = str(targets_layout(cards, total, lang="en"))
    for label in ("Achieved", "On track", "Needs acceleration", "Off track", "Missed", "Not enough data"):
        assert label in text
    assert "How progress is rated" in text


def test_status_badge_colour(sample_dataset):
    badge = status_badge("off_track", "vi")
    assert badge.style["--status-color"] == STATUS_COLORS["off_track"]
    assert "Chậm tiến độ" in str(badge)


def test_no_target_figures_message(sample_dataset):
    facts = sample_dataset.facts
    places = scope_places(sample_dataset.places, provinces=["94"])[0]
    cards, total = build_targets(facts.iloc[0:0], places, lang="vi")
    assert cards == [] and total == 0
    assert "chưa có số liệu về chỉ tiêu" in str(targets_layout(cards, total, lang="vi"))


def test_district_limit(sample_dataset):
    places = scope_places(sample_dataset.places)[0]
    cards, total = build_targets(sample_dataset.facts, places, lang="en", max_districts=2)
    assert len(cards) == 2 and total == 5
    assert "first 2 of 5" in str(targets_layout(cards, total, lang="en"))


def test_percent_suffix_follows_language(sample_dataset):
    cards, _ = cards_for(sample_dataset, districts=["soc-trang/huyen-tran-de"], lang="vi")
    bullet = next(t for t in cards[0].spec.figure.data if t.gauge.shape == "bullet")
    assert bullet.gauge.axis.ticksuffix == NBSP + "%"
    labels = [a.text for a in cards[0].spec.figure.layout.annotations]
    assert any(a.startswith(f"<b>trên 113{NBSP}%</b>") for a in labels)
    assert cards[0].spec.figure.layout.separators == ",."


def test_figures_are_valid_plotly(sample_dataset):
    """Figures are built from plain dicts without validation on the hot path: validate them here."""
    import plotly.graph_objects as go

    cards, _ = cards_for(sample_dataset)
    for card in cards:
        go.Figure(card.spec.figure.to_dict())   # raises on any invalid property


def test_compact_briefing_cards_keep_four_bullets_and_say_how_many_more(sample_dataset):
    """A briefing frame holds three cards: at most four bullets each, the rest named, data = what is drawn."""
    import pandas as pd
    from data_access import Dataset

    facts = sample_dataset.facts
    base = facts[(facts["place_id"] == "hau-giang/huyen-phung-hiep") & (facts["measure"] == "pct_of_target")].iloc[0]
    extra = [dict(base.to_dict(), fact_id=f"extra{i}", indicator=ind, value=value)
             for i, (ind, value) in enumerate([("retail_sales", 95.0), ("industrial_output", 90.0),
                                              ("health_insurance_coverage", 99.0)])]
    ds = Dataset.from_frames(pd.concat([facts, pd.DataFrame(extra)], ignore_index=True), sample_dataset.documents)
    places = scope_places(ds.places, districts=["hau-giang/huyen-phung-hiep"])[0]
    full, _ = build_targets(ds.facts, places, documents=ds.documents, lang="en")
    compact, _ = build_targets(ds.facts, places, documents=ds.documents, lang="en", compact=True)
    assert len([i for i in full[0].items if i.kind == "bullet"]) == 6
    shown = [i for i in compact[0].items if i.kind == "bullet"]
    assert [i.row["indicator"] for i in shown] == ["budget_revenue", "investment", "new_party_members",
                                                  "health_insurance_coverage"]
    fig = compact[0].spec.figure
    assert len([t for t in fig.data if t.gauge.shape == "bullet"]) == 4
    assert any("+2 more results against targets" in a.text for a in fig.layout.annotations)
    assert fig.layout.height < full[0].spec.figure.layout.height
    assert list(compact[0].spec.data["indicator"]) == [i.row["indicator"] for i in compact[0].items]


def test_card_subtitle_names_what_is_measured(sample_dataset):
    """An exported card travels without the page: its subtitle says what the dials and bars count."""
    cards, _ = cards_for(sample_dataset, districts=["soc-trang/huyen-tran-de"], lang="en")
    assert cards[0].spec.subtitle == "Sóc Trăng Province · 2023 · targets met (x of y) and % of target"


def test_chosen_districts_without_target_figures_are_listed(sample_dataset):
    from components.targets import places_without_targets

    places = scope_places(sample_dataset.places, districts=["soc-trang/huyen-chau-thanh", "soc-trang/huyen-tran-de"])[0]
    cards, total = build_targets(sample_dataset.facts, places, documents=sample_dataset.documents, lang="en")
    assert [c.name for c in cards] == ["Trần Đề District"]
    missing = places_without_targets(sample_dataset.target_facts, places, lang="en")
    assert missing == ["Châu Thành District"]
    text = str(targets_layout(cards, total, lang="en", no_data=missing))
    assert "No data (1): Châu Thành District" in text
    assert "Châu Thành District" not in str(targets_layout(cards, total, lang="en", no_data=missing, briefing=True))


def test_new_rural_does_not_apply_without_communes(sample_dataset):
    from components.selection import scope_places
    from components.targets import build_targets

    places = scope_places(sample_dataset.places)[0]
    cards, _ = build_targets(sample_dataset.target_facts, places, lang="en", communes=sample_dataset.communes)
    by_name = {c.name: c for c in cards}
    assert by_name["Sóc Trăng City"].not_applicable == ["ntm_communes"]
    assert "ntm_communes" not in by_name["Sóc Trăng City"].missing
    assert by_name["Phụng Hiệp District"].missing == ["ntm_communes"]      # has communes: not enough data


def test_a_count_of_targets_short_at_the_periods_end_says_how_many_were_not_met():
    from components.targets import district_items
    row = dict(place_id="p", indicator="targets_met", measure="level", value=17.0, denominator=18.0, period="2023",
               period_type="year", target_scope="annual", target_body=None, term=None, source_id="s", qualifier=None,
               unit="targets")
    for lang, words in (("en", "17 of 18 targets met, 1 target not met"), ("vi", "đạt 17/18 chỉ tiêu, 1 chỉ tiêu không đạt")):
        items, _ = district_items([row], place_id="p", lang=lang)
        gauge = next(i for i in items if i.kind == "gauge")
        assert gauge.assessment.status == "missed" and words in gauge.explanation
        assert "94" not in gauge.explanation   # not one target 94 % achieved


def test_a_bound_keeps_its_word_in_the_explanation():
    from components.targets import district_items
    row = dict(place_id="p", indicator="budget_revenue", measure="pct_of_target", value=113.0, denominator=None,
               period="2023", period_type="year", target_scope="annual", target_body=None, term=None, source_id="s",
               qualifier="over", unit="%")
    items, _ = district_items([row], place_id="p", lang="en")
    bullet = next(i for i in items if i.kind == "bullet")
    assert bullet.label.startswith("over") and "over 113" in bullet.explanation
