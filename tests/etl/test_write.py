"""etl/write.py: typed, ordered outputs committed as one generation — a failed, killed or concurrent run never
damages or mixes the previous facts table, documents table and report."""
import json
import os
import pickle
import signal
import stat
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

import etl.write
from etl.pipeline import fact_records, facts_frame
from etl.schema import DOCUMENT_COLUMNS, DOCUMENTS_SCHEMA, FACT_COLUMNS, FACTS_SCHEMA
from etl.write import (
    OutputError,
    commit_generation,
    current_generation,
    ensure_writable,
    output_lock,
    read_manifest,
    sorted_facts,
)
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


REPORT = {"totals": {"facts": 4, "documents": 2}, "place": "Huyện Trần Đề"}
ROOT = Path(__file__).resolve().parents[2]


def write_some(folder: Path) -> tuple[Path, Path, Path]:
    facts_path = folder / "indicators.parquet"
    commit_generation(some_facts(), some_documents(), REPORT, facts_path)
    return facts_path, folder / "indicators.documents.parquet", folder / "etl_report.json"


def visible_outputs(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if not p.name.startswith(".")}


def leftovers(folder: Path) -> list[str]:
    """Anything a commit leaves besides the committed generation (and the one it replaced, kept for readers
    still reading it), its pointer, its links and the lock."""
    current = current_generation(folder / "indicators.parquet")
    kept = {current.name, read_manifest(current)["previous"]} if current else set()
    found = [str(p.relative_to(folder)) for p in folder.rglob("*.tmp")]
    generations = folder / ".indicators.generations"
    if generations.is_dir():
        found += [str(p.relative_to(folder)) for p in generations.iterdir()
                  if p.name not in kept]
    return found


def test_tables_are_written_with_the_contract_schemas_and_sorted(tmp_path):
    facts_path, documents_path, _ = write_some(tmp_path)
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


def test_the_three_outputs_are_one_generation_behind_one_pointer(tmp_path):
    facts_path, documents_path, report_path = write_some(tmp_path)
    generation = current_generation(facts_path)
    assert read_manifest(generation) == {"id": generation.name, "facts": "indicators.parquet",
                                         "documents": "indicators.documents.parquet", "report": "etl_report.json",
                                         "previous": None}
    for path in (facts_path, documents_path, report_path):     # the usual paths resolve into that generation
        assert Path(os.path.realpath(path)).parent == generation.resolve()
    assert json.loads(report_path.read_text(encoding="utf-8")) == REPORT
    write_some(tmp_path)
    assert read_manifest(current_generation(facts_path))["previous"] == generation.name
    write_some(tmp_path)
    assert not generation.exists() and leftovers(tmp_path) == []     # only the last two are kept


def test_a_failing_write_leaves_the_previous_outputs_byte_identical(tmp_path, monkeypatch):
    write_some(tmp_path)
    before = visible_outputs(tmp_path)

    def write_half_then_fail(table, where, **kwargs):
        Path(where).write_bytes(b"PAR1 half a table")    # the file exists and is partly written
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(etl.write.pq, "write_table", write_half_then_fail)
    with pytest.raises(OutputError, match="indicators.parquet.*No space left"):
        commit_generation(some_facts().head(1), some_documents().head(1), {}, tmp_path / "indicators.parquet")
    assert visible_outputs(tmp_path) == before
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize("failing", ["documents", "report"])
def test_tables_and_report_are_committed_together(tmp_path, monkeypatch, failing):
    write_some(tmp_path)
    before = visible_outputs(tmp_path)
    real_write = etl.write.Generation._write

    def fail_on(self, role, writer):
        if role == failing:
            raise OutputError(f"cannot write {self.names[role]}: Input/output error")
        real_write(self, role, writer)

    monkeypatch.setattr(etl.write.Generation, "_write", fail_on)
    with pytest.raises(OutputError, match="Input/output"):
        commit_generation(some_facts().head(1), some_documents().head(1), {"new": True},
                          tmp_path / "indicators.parquet")
    assert visible_outputs(tmp_path) == before     # neither the facts table nor anything else was replaced
    assert leftovers(tmp_path) == []


def test_a_frame_that_breaks_the_schema_is_not_written(tmp_path):
    facts_path, _, _ = write_some(tmp_path)
    before = facts_path.read_bytes()
    broken = some_facts().assign(char_start="zero")
    with pytest.raises((pa.ArrowInvalid, pa.ArrowTypeError)):
        commit_generation(broken, some_documents(), REPORT, facts_path)
    assert facts_path.read_bytes() == before and leftovers(tmp_path) == []


def test_the_report_refuses_nan_and_is_readable_vietnamese(tmp_path):
    facts_path, _, report_path = write_some(tmp_path)
    before = report_path.read_bytes()
    assert "Huyện Trần Đề" in before.decode("utf-8")          # readable, not \u escapes
    with pytest.raises(ValueError, match="not JSON compliant"):     # a NaN in the report is an ETL bug
        commit_generation(some_facts(), some_documents(), {"reason": float("nan")}, facts_path)
    assert report_path.read_bytes() == before and leftovers(tmp_path) == []


def test_outputs_are_readable_by_the_group_whatever_the_umask(tmp_path):
    old = os.umask(0o077)
    try:
        paths = write_some(tmp_path)
    finally:
        os.umask(old)
    for path in paths:
        mode = stat.S_IMODE(os.stat(path).st_mode)     # the file behind the link
        assert mode == 0o644, f"{path.name}: {oct(mode)}"
    assert stat.S_IMODE(os.stat(current_generation(paths[0])).st_mode) == 0o755


def test_a_second_writer_is_refused_clearly_while_the_folder_is_locked(tmp_path):
    out = tmp_path / "indicators.parquet"
    holder = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import sys, time
        from etl.write import output_lock
        with output_lock({str(out)!r}):
            print("locked", flush=True)
            time.sleep(60)
    """)], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        with pytest.raises(OutputError, match=rf"another ETL run \(pid {holder.pid}\) is writing into"):
            with output_lock(out, wait=0):
                pass
    finally:
        holder.kill()
        holder.wait()
    with output_lock(out, wait=5):       # released with its process
        with output_lock(out):           # and reentrant for the same thread
            pass


KILL_LOOP = """
import pickle, signal, sys
sys.path.insert(0, {root!r})
from etl.write import commit_generation
if {term!r}:
    def interrupt(*_):
        raise KeyboardInterrupt
    signal.signal(signal.SIGTERM, interrupt)        # as python -m etl does
with open({frames!r}, "rb") as handle:
    small, large = pickle.load(handle)
print("ready", flush=True)
n = 0
while True:
    commit_generation(*(small if n % 2 else large), {out!r})
    n += 1
"""


def consistent(folder: Path) -> bool:
    """The generation a reader sees holds facts, documents and report of one commit."""
    from data_access import read_dataset

    ds = read_dataset(folder)
    assert ds.ok, ds.error
    return ds.report == {"facts": len(ds.facts), "documents": len(ds.documents)}


@pytest.mark.parametrize("how", [signal.SIGKILL, signal.SIGTERM])
def test_a_run_killed_mid_commit_never_leaves_a_mix(tmp_path, how):
    """A real process committing in a loop is killed at varied moments: each time the reader sees one whole
    generation; after SIGTERM nothing is left behind, after SIGKILL the next commit sweeps what was left."""
    out = tmp_path / "indicators.parquet"
    facts, documents = some_facts(), some_documents()
    frames = tmp_path / "frames.pickle"
    frames.write_bytes(pickle.dumps(((facts.head(1), documents.head(1), {"facts": 1, "documents": 1}),
                                     (facts, documents, {"facts": len(facts), "documents": len(documents)}))))
    script = KILL_LOOP.format(root=str(ROOT), out=str(out), frames=str(frames), term=how == signal.SIGTERM)
    for trial in range(4):
        writer = subprocess.Popen([sys.executable, "-c", script], cwd=ROOT, stdout=subprocess.PIPE,
                                  stderr=subprocess.DEVNULL, text=True)
        assert writer.stdout.readline().strip() == "ready"
        deadline = time.monotonic() + 20
        while current_generation(out) is None and time.monotonic() < deadline:
            time.sleep(0.01)
        time.sleep(0.05 + 0.037 * trial)       # land in different steps of a commit
        writer.send_signal(how)
        writer.wait(timeout=20)
        assert consistent(tmp_path), f"trial {trial}: a mix of two commits"
        if how == signal.SIGTERM:
            assert leftovers(tmp_path) == [], f"trial {trial}"
    commit_generation(some_facts(), some_documents(), {"facts": 4, "documents": 2}, out)
    assert consistent(tmp_path) and leftovers(tmp_path) == []


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
