"""Whole pipeline on district reports the rules were not written from, against a hand-checked table.

fixtures/unseen/ holds reports of other regions, years, report kinds and file encodings (UTF-8, UTF-8 with
BOM, UTF-16 LE, CRLF, HTML with page chrome) and expected.csv, what a careful analyst records from them.
A failure prints, per document, the facts missed and the facts that should not be there.
"""
import math
import shutil
from collections import defaultdict
from pathlib import Path

import pandas as pd
import pytest

from etl.pipeline import run
from etl.schema import documents_path_for

UNSEEN = Path(__file__).with_name("fixtures") / "unseen"
EXPECTED = UNSEEN / "expected.csv"
KEY = ["source_id", "place_id", "period", "indicator", "measure"]
CORE_COLUMNS = ("unit", "denominator", "qualifier", "target_scope", "term")
MIN_RECALL = MIN_PRECISION = 0.97


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    sources = tmp_path_factory.mktemp("unseen_sources")
    for path in UNSEEN.iterdir():
        if path.suffix != ".csv":
            shutil.copy(path, sources / path.name)
    out_dir = tmp_path_factory.mktemp("unseen_run")
    out = out_dir / "indicators.parquet"
    run(sources, out, out_dir / "report.json", curation=None)
    return pd.read_parquet(out), pd.read_parquet(documents_path_for(out))


@pytest.fixture(scope="module")
def expected():
    frame = pd.read_csv(EXPECTED, comment="#", dtype={"period": str, "term": str})
    return frame.astype(object).where(frame.notna(), None)


def _same(a, b) -> bool:
    if a is None or (isinstance(a, float) and math.isnan(a)):
        return b is None or (isinstance(b, float) and math.isnan(b))
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return math.isclose(float(a), float(b), rel_tol=1e-9, abs_tol=1e-9)
    return a == b


def _key(row) -> tuple:
    return tuple(row[c] for c in KEY)


def _matches(row, candidates: list[dict]) -> list[dict]:
    return [c for c in candidates if all(_same(row[k], c[k]) for k in KEY) and _same(row["value"], c["value"])]


def _compare(facts: pd.DataFrame, expected: pd.DataFrame):
    """(missed expected rows, unexpected extracted rows), each as dicts."""
    got = facts.astype(object).where(facts.notna(), None).to_dict("records")
    want = expected.to_dict("records")
    missed = [w for w in want if not _matches(w, got)]
    unexpected = [g for g in got if not _matches(g, want)]
    return missed, unexpected


def _diff_report(missed, unexpected, wrong=()) -> str:
    by_doc = defaultdict(list)
    for row in missed:
        by_doc[row["source_id"]].append(f"  - missing    {_key(row)[1:]} = {row['value']:g}")
    for row in unexpected:
        by_doc[row["source_id"]].append(
            f"  + unexpected {_key(row)[1:]} = {row['value']:g}   quote: {row['quote']!r}")
    for source, detail in wrong:
        by_doc[source].append(f"  ! wrong core {detail}")
    return "\n".join(f"{doc}:\n" + "\n".join(lines) for doc, lines in sorted(by_doc.items()))


def test_recall_and_precision_on_unseen_reports(built, expected):
    facts, _ = built
    missed, unexpected = _compare(facts, expected)
    recall = 1 - len(missed) / len(expected)
    precision = 1 - len(unexpected) / max(len(facts), 1)
    print(f"\nunseen reports: recall {recall:.3f} ({len(expected) - len(missed)}/{len(expected)}), "
          f"precision {precision:.3f} ({len(facts) - len(unexpected)}/{len(facts)})")
    assert recall >= MIN_RECALL and precision >= MIN_PRECISION, (
        f"recall {recall:.3f}, precision {precision:.3f}\n{_diff_report(missed, unexpected)}")


def test_every_core_fact_is_exactly_right(built, expected):
    facts, _ = built
    got = facts.astype(object).where(facts.notna(), None).to_dict("records")
    wrong = []
    for row in expected[expected["core"] == 1].to_dict("records"):
        found = _matches(row, got)
        if len(found) != 1:
            wrong.append((row["source_id"], f"{_key(row)[1:]} = {row['value']:g}: {len(found)} matches"))
            continue
        for column in CORE_COLUMNS:
            if not _same(row[column], found[0][column]):
                wrong.append((row["source_id"], f"{_key(row)[1:]} {column}: expected {row[column]!r}, "
                                                f"got {found[0][column]!r} ({found[0]['quote']!r})"))
    assert not wrong, "\n" + _diff_report([], [], wrong)


def test_every_document_is_read_and_placed(built, expected):
    _, documents = built
    documents = documents.set_index("source_id")
    for source, rows in expected.groupby("source_id"):
        district = rows["place_id"][rows["place_id"].str.contains("/")].mode()[0]
        assert documents.loc[source, "status"] == "ok", (source, documents.loc[source, "reason"])
        assert documents.loc[source, "place_id"] == district, (source, documents.loc[source, "place_id"])


def test_every_fact_quotes_its_words(built):
    facts, documents = built
    texts = documents.set_index("source_id")["text"]
    for fact in facts.to_dict("records"):
        assert texts[fact["source_id"]][fact["char_start"] : fact["char_end"]] == fact["quote"]
        assert any(ch.isdigit() for ch in fact["quote"])
