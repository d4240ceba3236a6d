"""etl/curation.py: rows of data/curation.csv reject or correct facts, or are refused with a warning."""
import unicodedata

import pandas as pd
import pytest

from etl.curation import (
    CURATION_COLUMNS,
    DEFAULT_CURATION_PATH,
    CurationEntry,
    CurationError,
    apply_curation,
    read_curation,
)
from etl.pipeline import fact_records, facts_frame
from tests.etl.pipeline_fakes import OTHER_PLACE, percent_facts

TEXTS = {
    "tran_de": "Tỷ lệ hộ nghèo giảm còn 2,5%, hộ cận nghèo còn 3,1%.",
    "cu_lao_dung": "Tỷ lệ hộ nghèo còn 4,2%.",
}


@pytest.fixture
def facts() -> pd.DataFrame:
    records = []
    for source, text in TEXTS.items():
        extraction = percent_facts(text, source_id=source)
        if source == "cu_lao_dung":
            extraction.facts = [{**f, **OTHER_PLACE} for f in extraction.facts]
        records += fact_records(source, extraction)
    return facts_frame(records)


def entry(**cells) -> CurationEntry:
    return CurationEntry(line=2, **{"source_id": "tran_de", "action": "correct", **cells})


def apply(facts, *entries):
    return apply_curation(facts, list(entries), TEXTS)


def the_fact(frame, quote):
    rows = frame[frame["quote"] == quote]
    assert len(rows) == 1
    return rows.iloc[0]


# --- reading the file -----------------------------------------------------------------------------------

def test_the_committed_curation_file_is_valid():
    read_curation(DEFAULT_CURATION_PATH)


def test_no_file_means_no_curation(tmp_path):
    assert read_curation(tmp_path / "absent.csv") == []
    assert read_curation(None) == []


def test_rows_are_read_in_order_with_blank_rows_skipped_and_quotes_nfc(tmp_path):
    path = tmp_path / "curation.csv"
    nfd_quote = unicodedata.normalize("NFD", "hộ cận nghèo còn 3,1%")
    path.write_text(
        ",".join(CURATION_COLUMNS) + "\n"
        + f'tran_de,"{nfd_quote}",,,,reject,,,,,,"typo, see source"\n'
        + ",,,,,,,,,,,\n"
        + "cu_lao_dung,4,2%,,,,correct,4.3,,,,,\n".replace("4,2%", '"4,2%"'),
        encoding="utf-8-sig",
    )
    rows = read_curation(path)
    assert [(r.line, r.source_id, r.action) for r in rows] == [(2, "tran_de", "reject"), (4, "cu_lao_dung", "correct")]
    assert rows[0].quote == "hộ cận nghèo còn 3,1%" and rows[0].note == "typo, see source"
    assert rows[1].changes == {"value": "4.3"}


def test_minimal_header_is_enough(tmp_path):
    path = tmp_path / "curation.csv"
    path.write_text("source_id,quote,action\ntran_de,\"2,5%\",reject\n", encoding="utf-8")
    assert read_curation(path)[0].quote == "2,5%"


@pytest.mark.parametrize("header, problem", [
    ("source_id,quote,indicator", "missing columns ['action']"),
    ("source_id,quote,action,new_vlaue", "unknown columns ['new_vlaue']"),
])
def test_a_wrong_header_stops_the_run(tmp_path, header, problem):
    path = tmp_path / "curation.csv"
    path.write_text(header + "\n", encoding="utf-8")
    with pytest.raises(CurationError, match=problem.replace("[", r"\[").replace("]", r"\]")):
        read_curation(path)


# --- applying rows --------------------------------------------------------------------------------------

def test_reject_removes_the_fact(facts):
    result = apply(facts, entry(quote="hộ cận nghèo còn 3,1%", action="reject"))
    assert "3,1%" not in set(result.facts["quote"])
    assert len(result.facts) == len(facts) - 1
    assert (result.applied, result.facts_rejected, result.warnings) == (1, 1, [])


def test_correct_changes_the_value_and_marks_the_fact_curated(facts):
    result = apply(facts, entry(quote="3,1%", new_value="3.2"))
    fixed = the_fact(result.facts, "3,1%")
    assert (fixed["value"], bool(fixed["curated"])) == (3.2, True)
    assert fixed["fact_id"] == the_fact(facts, "3,1%")["fact_id"]        # the id stays traceable
    assert not result.facts.loc[result.facts["quote"] != "3,1%", "curated"].any()
    assert result.facts_corrected == 1


def test_correct_without_new_values_confirms(facts):
    result = apply(facts, entry(quote="2,5%"))
    confirmed = the_fact(result.facts, "2,5%")
    assert bool(confirmed["curated"]) and confirmed["value"] == 2.5


def test_new_indicator_and_measure_bring_their_unit(facts):
    result = apply(facts, entry(quote="3,1%", new_indicator="near_poverty_rate", new_measure="change"))
    fixed = the_fact(result.facts, "3,1%")
    assert (fixed["indicator"], fixed["measure"], fixed["unit"]) == ("near_poverty_rate", "change", "pp")


def test_new_period_sets_its_type(facts):
    fixed = the_fact(apply(facts, entry(quote="3,1%", new_period="2023-9M")).facts, "3,1%")
    assert (fixed["period"], fixed["period_type"]) == ("2023-9M", "nine_months")


def test_new_place_copies_the_place_columns_of_that_place(facts):
    fixed = the_fact(apply(facts, entry(quote="3,1%", new_place_id=OTHER_PLACE["place_id"])).facts, "3,1%")
    assert {c: fixed[c] for c in OTHER_PLACE} == OTHER_PLACE


def test_a_longer_quote_matches_every_fact_inside_it(facts):
    result = apply(facts, entry(quote="giảm còn 2,5%, hộ cận nghèo còn 3,1%", action="reject"))
    assert set(result.facts["source_id"]) == {"cu_lao_dung"}


def test_indicator_measure_period_narrow_the_match(facts):
    twin = fact_records("tran_de", percent_facts(TEXTS["tran_de"], source_id="tran_de"))[:1]
    twin[0].update(measure="growth_pct")
    twin[0]["fact_id"] = "twin"
    both = pd.concat([facts, facts_frame(twin)], ignore_index=True)
    result = apply(both, entry(quote="2,5%", measure="growth_pct", action="reject"))
    assert list(result.facts.loc[result.facts["quote"] == "2,5%", "measure"]) == ["level"]


def test_rows_apply_in_file_order(facts):
    result = apply(facts, entry(quote="3,1%", new_value="3.2"), entry(quote="3,1%", action="reject"))
    assert "3,1%" not in set(result.facts["quote"]) and result.facts_corrected == 0


@pytest.mark.parametrize("cells, problem", [
    (dict(quote="hộ nghèo giảm còn 9,9%"), "quote not found in that source's text"),
    (dict(quote="Tỷ lệ hộ nghèo"), "matches no fact"),
    (dict(quote="2,5%", period="2022"), "matches no fact with period=2022"),
    (dict(source_id="other", quote="2,5%"), "not a document read in this run"),
    (dict(quote="2,5%", indicator="poverty"), "unknown indicator 'poverty'"),
    (dict(quote="2,5%", new_indicator="ocop"), "unknown new_indicator 'ocop'"),
    (dict(quote="2,5%", measure="avg"), "unknown measure 'avg'"),
    (dict(quote="2,5%", new_measure="ratio"), "unknown new_measure 'ratio'"),
    (dict(quote="2,5%", action="delete"), "unknown action 'delete'"),
    (dict(quote="2,5%", new_value="2,6"), "not a number"),
    (dict(quote="2,5%", new_period="năm 2023"), "is not a period"),
    (dict(quote="2,5%", new_place_id="ha-noi/quan-ba-dinh"), "not the place of any fact"),
    (dict(quote="còn 2,5%, hộ cận nghèo còn 3,1%", new_value="1"), "matches 2 facts"),
    (dict(quote=""), "quote is empty"),
])
def test_rows_that_cannot_apply_exactly_are_refused_and_change_nothing(facts, cells, problem):
    result = apply(facts, entry(**cells))
    pd.testing.assert_frame_equal(result.facts, facts)
    assert result.applied == 0
    assert len(result.warnings) == 1 and problem in result.warnings[0] and "line 2" in result.warnings[0]


def test_a_refused_row_does_not_stop_the_next(facts):
    result = apply(facts, entry(quote="không có"), entry(quote="3,1%", action="reject"))
    assert len(result.warnings) == 1 and result.applied == 1 and "3,1%" not in set(result.facts["quote"])
