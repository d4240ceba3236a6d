"""etl/write.py: typed, ordered, atomic outputs — a failed write never damages the previous table."""
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

import etl.write
from etl.pipeline import fact_records, facts_frame
from etl.schema import DOCUMENT_COLUMNS, DOCUMENTS_SCHEMA, FACT_COLUMNS, FACTS_SCHEMA
from etl.write import OutputError, ensure_writable, sorted_facts, write_json, write_tables
from tests.etl.pipeline_fakes import percent_facts

README = Path(__file__).resolve().parents[2] / "data" / "README.md"
TEXTS = {
    "b_doc": "Tỷ lệ hộ nghèo còn 2,5%, cận nghèo 3,1%.",
    "a_doc": "Hộ nghèo giảm còn 4%, thu ngân sách đạt 105%.",
}


def some_facts() -> pd.DataFrame:
    records = [r for source, text in TEXTS.items() for r in fact_records(source, percent_facts(text, source_id=source))]
    return facts_frame(records[::-1])     # deliberately out of order


def some_documents() -> pd.DataFrame:
    rows = [
        dict.fromkeys(DOCUMENT_COLUMNS) | dict(source_id=s, file_name=f"{s}.txt", status="ok", fact_count=2,
                                                warnings=[], text=t)
        for s, t in reversed(TEXTS.items())
    ]
    return pd.DataFrame(rows, columns=DOCUMENT_COLUMNS)


def write_some(folder: Path) -> tuple[Path, Path]:
    facts_path, documents_path = folder / "indicators.parquet", folder / "indicators.documents.parquet"
    write_tables(some_facts(), facts_path, some_documents(), documents_path)
    return facts_path, documents_path


def test_tables_are_written_with_the_contract_schemas_and_sorted(tmp_path):
    facts_path, documents_path = write_some(tmp_path)
    facts = pq.read_table(facts_path)
    assert facts.schema.remove_metadata() == FACTS_SCHEMA
    assert pq.read_table(documents_path).schema.remove_metadata() == DOCUMENTS_SCHEMA
    rows = facts.to_pandas()
    assert list(rows["source_id"]) == ["a_doc", "a_doc", "b_doc", "b_doc"]
    assert list(rows["char_start"]) == sorted(rows["char_start"][:2]) + sorted(rows["char_start"][2:])
    assert list(pq.read_table(documents_path).to_pandas()["file_name"]) == ["a_doc.txt", "b_doc.txt"]


def test_sort_order_is_source_then_position_then_indicator_then_measure():
    facts = some_facts()
    twin = facts.iloc[[0]].assign(measure="growth_pct", indicator="budget_revenue")
    ordered = sorted_facts(pd.concat([twin, facts]))
    keys = list(zip(ordered["source_id"], ordered["char_start"], ordered["indicator"], ordered["measure"]))
    assert keys == sorted(keys)


def test_same_input_gives_byte_identical_files(tmp_path):
    (tmp_path / "one").mkdir()
    (tmp_path / "two").mkdir()
    first, second = write_some(tmp_path / "one"), write_some(tmp_path / "two")
    assert [p.read_bytes() for p in first] == [p.read_bytes() for p in second]


def test_a_failing_write_leaves_the_previous_tables_byte_identical(tmp_path, monkeypatch):
    facts_path, documents_path = write_some(tmp_path)
    before = {p: p.read_bytes() for p in (facts_path, documents_path)}

    def write_half_then_fail(table, where, **kwargs):
        Path(where).write_bytes(b"PAR1 half a table")    # the temp file exists and is partly written
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(etl.write.pq, "write_table", write_half_then_fail)
    with pytest.raises(OutputError, match="indicators.parquet.*No space left"):
        write_tables(some_facts().head(1), facts_path, some_documents().head(1), documents_path)
    assert {p: p.read_bytes() for p in before} == before
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in before)   # no temp files left


def test_the_tables_are_committed_together(tmp_path, monkeypatch):
    facts_path, documents_path = write_some(tmp_path)
    before = {p: p.read_bytes() for p in (facts_path, documents_path)}
    real_write = pq.write_table
    calls = []

    def fail_on_second_table(table, where, **kwargs):
        calls.append(where)
        if len(calls) == 2:
            raise OSError(5, "Input/output error")
        real_write(table, where, **kwargs)

    monkeypatch.setattr(etl.write.pq, "write_table", fail_on_second_table)
    with pytest.raises(OutputError, match="indicators.documents.parquet"):
        write_tables(some_facts().head(1), facts_path, some_documents().head(1), documents_path)
    assert {p: p.read_bytes() for p in before} == before     # the facts table was not replaced either
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in before)


def test_a_frame_that_breaks_the_schema_is_not_written(tmp_path):
    facts_path, documents_path = write_some(tmp_path)
    before = facts_path.read_bytes()
    broken = some_facts().assign(char_start="zero")
    with pytest.raises((pa.ArrowInvalid, pa.ArrowTypeError)):
        write_tables(broken, facts_path, some_documents(), documents_path)
    assert facts_path.read_bytes() == before


def test_json_report_is_atomic_and_refuses_nan(tmp_path):
    path = tmp_path / "report.json"
    write_json({"totals": {"facts": 3}, "place": "Huyện Trần Đề"}, path)
    before = path.read_bytes()
    assert "Huyện Trần Đề" in before.decode("utf-8")          # readable, not \u escapes
    with pytest.raises(ValueError, match="not JSON compliant"):     # a NaN in the report is an ETL bug
        write_json({"reason": float("nan")}, path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["report.json"]


def test_ensure_writable_creates_missing_folders(tmp_path):
    ensure_writable(tmp_path / "new" / "deeper" / "x.parquet")
    assert (tmp_path / "new" / "deeper").is_dir()
    assert list((tmp_path / "new" / "deeper").iterdir()) == []    # the probe leaves nothing behind


def under_a_file(tmp: Path) -> Path:
    (tmp / "file").write_text("x")
    return tmp / "file" / "x.parquet"


def a_folder(tmp: Path) -> Path:
    (tmp / "dir.parquet").mkdir()
    return tmp / "dir.parquet"


@pytest.mark.parametrize("make_target", [under_a_file, a_folder])
def test_unwritable_outputs_are_refused_naming_the_path(tmp_path, make_target):
    target = make_target(tmp_path)
    with pytest.raises(OutputError, match=str(target).replace("\\", "\\\\")):
        ensure_writable(target)


def test_every_column_is_documented_in_the_data_readme():
    documented = README.read_text(encoding="utf-8")
    missing = [c for c in [*FACT_COLUMNS, *DOCUMENT_COLUMNS] if f"| `{c}` |" not in documented]
    assert not missing, f"data/README.md lacks {missing}"
