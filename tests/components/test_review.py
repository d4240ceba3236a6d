"""components/review.py: queue order and filters, panels; the data grid shows the review status."""
import pandas as pd

from components.data_view import grid_records
from components.i18n import has
from components.review import detail_panel, queue_frame, queue_list, risk_rank
from etl.schema import REVIEW_CODES


def facts():
    return pd.DataFrame([
        dict(fact_id="a", source_id="d1", place_id="p1", place_name="Huyện A", indicator="poverty_rate",
             measure="level", value=2.5, unit="%", period="2023", quote="2,5%", char_start=10, char_end=14,
             review=None, review_status="unreviewed"),
        dict(fact_id="b", source_id="d1", place_id="p1", place_name="Huyện A", indicator="poverty_rate",
             measure="level", value=3.0, unit="%", period="2023", quote="3%", char_start=30, char_end=32,
             review="period_from_document", review_status="unreviewed"),
        dict(fact_id="c", source_id="d2", place_id="p2", place_name="Huyện B", indicator="ntm_communes",
             measure="level", value=7.0, unit="communes", period="2023", quote="7 xã", char_start=5, char_end=9,
             review="ocr", review_status="accepted"),
        dict(fact_id="d", source_id="d2", place_id="p2", place_name="Huyện B", indicator="ntm_communes",
             measure="level", value=8.0, unit="communes", period="2023", quote="8 xã", char_start=50, char_end=54,
             review="ocr", review_status="unreviewed"),
    ])


REJECTED = pd.DataFrame([dict(fact_id="r", source_id="d1", indicator="poverty_rate", measure="level", value=9.0,
                              period="2023", quote="9%", char_start=40, char_end=42, review_status="rejected")])


def test_riskiest_first_then_unreviewed_first():
    order = list(queue_frame(facts(), REJECTED)["fact_id"])
    assert order[:3] == ["d", "c", "b"]          # ocr (unreviewed before accepted), then period_from_document
    assert set(order[3:]) == {"a", "r"}


def test_every_review_code_has_a_rank_and_a_label_in_both_languages():
    assert [risk_rank([code]) for code in REVIEW_CODES] == list(range(len(REVIEW_CODES)))
    assert risk_rank([]) > risk_rank(["unknown_code"]) > risk_rank([REVIEW_CODES[-1]])
    assert all(has(f"review.risk.{code}", lang) for code in REVIEW_CODES for lang in ("vi", "en"))


def test_filters_by_document_district_indicator_and_status():
    assert list(queue_frame(facts(), REJECTED, document="d2")["fact_id"]) == ["d", "c"]
    assert set(queue_frame(facts(), REJECTED, district="p1")["fact_id"]) == {"a", "b"}
    assert set(queue_frame(facts(), REJECTED, indicator="poverty_rate")["fact_id"]) == {"a", "b", "r"}
    assert list(queue_frame(facts(), REJECTED, status="rejected")["fact_id"]) == ["r"]


def test_queue_marks_the_chosen_figure_and_says_how_many():
    html_list = queue_list(queue_frame(facts(), REJECTED), lang="en", selected="c")
    text = str(html_list)
    assert "5 figures, riskiest first" in text and "aria-current" in text


def test_detail_marks_the_quote_and_disables_the_form_when_signed_out():
    fact = facts().iloc[2].to_dict()
    panel = detail_panel(fact, {"text": "Toàn 7 xã đạt chuẩn."}, [], lang="en", place_options=[], can_edit=False)
    text = str(panel)
    assert "Mark(children='7 xã'" in text and "read by OCR from a scan" in text
    assert "disabled=True" in text


def test_the_data_grid_shows_each_figures_review_status():
    rows = facts().assign(province="Tỉnh X", denominator=None, qualifier=None, target_scope=None, target_body=None)
    records = grid_records(rows, {}, lang="en")
    assert [r["review_status"] for r in records] == ["Unreviewed", "Unreviewed", "Accepted", "Unreviewed"]
