"""etl/validate.py: impossible values are rejected, and one value is kept per conflicting fact."""
from etl.validate import fact_key, resolve_conflicts, validate_fact


def _fact(value, *, quote="q", start=0, qualifier=None, unit="%", measure="level", indicator="poverty_rate",
          denominator=None, **extra):
    return {"place_id": "p", "period": "2023", "indicator": indicator, "measure": measure, "unit": unit,
            "value": value, "denominator": denominator, "qualifier": qualifier, "quote": quote, "char_start": start,
            "target_scope": None, "term": None, "target_body": None, **extra}


def test_a_share_above_100_percent_and_a_count_above_its_total_are_rejected():
    assert validate_fact(_fact(130.0), None).reject
    problem = validate_fact(_fact(12, unit="communes", indicator="ntm_communes", denominator=9), None)
    assert problem.reject and "exceeds" in problem.message
    assert validate_fact(_fact(1.59), None) is None


def test_conflicts_keep_the_exact_then_the_more_precise_then_the_first_figure():
    kept, warnings = resolve_conflicts([_fact(2.0, quote="gần 2%", qualifier="approx", start=5),
                                        _fact(1.6, quote="1,6%", start=20), _fact(1.59, quote="1,59%", start=40)])
    assert [f["value"] for f in kept] == [1.59]
    assert len(warnings) == 1 and "kept 1.59" in warnings[0]


def test_identical_repeats_are_kept_once_silently_and_target_sets_stay_apart():
    kept, warnings = resolve_conflicts([_fact(1.59, start=1), _fact(1.59, start=90)])
    assert len(kept) == 1 and kept[0]["char_start"] == 1 and not warnings
    a = _fact(60.0, measure="pct_of_target", target_body="province")
    b = _fact(58.0, measure="pct_of_target", target_body="people_council")
    assert fact_key(a) != fact_key(b)
    kept, _ = resolve_conflicts([a, b])
    assert sorted(f["value"] for f in kept) == [58.0, 60.0]
