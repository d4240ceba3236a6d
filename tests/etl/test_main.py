"""python -m etl as a user runs it: exit codes, one-line errors, summary, previous table kept on failure.

Runs the real extractor on tiny documents without figures, so these tests do not depend on its rules.
"""
import io
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def etl(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "etl", *map(str, args)], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)


@pytest.fixture
def sources(tmp_path) -> Path:
    folder = tmp_path / "sources"
    folder.mkdir()
    (folder / "hoi_nghi.txt").write_text("Hội nghị tổng kết công tác của huyện\n\nKhông có số liệu.\n", encoding="utf-8")
    (folder / "scan.txt").write_bytes(b"\x00\x01binary")
    return folder


def outputs(tmp_path, name="out") -> list[str]:
    folder = tmp_path / name
    return ["--out", folder / "indicators.parquet", "--report", folder / "report.json",
            "--curation", tmp_path / "no_curation.csv"]


def assert_one_line_error(result, *names):
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("error: "), result.stderr
    assert "Traceback" not in result.stderr
    for name in names:
        assert str(name) in result.stderr


def test_help_explains_the_options():
    result = etl("--help")
    assert result.returncode == 0
    for option in ("--sources", "--out", "--report", "--jobs", "--curation", "seeds/", "data/indicators.parquet",
                   "data/etl_report.json", "Exit status"):
        assert option in result.stdout


def test_a_run_with_rejected_documents_still_succeeds(tmp_path, sources):
    result = etl("--sources", sources, *outputs(tmp_path))
    assert result.returncode == 0, result.stderr
    assert "2 documents: 0 ok, 1 no facts, 1 rejected; 0 facts" in result.stdout
    assert "rejected scan.txt: binary file" in result.stdout
    for written in ("indicators.parquet", "indicators.documents.parquet", "report.json"):
        assert (tmp_path / "out" / written).is_file() and str(tmp_path / "out" / written) in result.stdout
    assert result.stderr == ""          # no progress bar when stderr is not a terminal


def test_cli_output_is_deterministic_and_independent_of_jobs(tmp_path, sources):
    for name, jobs in (("one", "1"), ("two", "1"), ("pool", "2")):
        assert etl("--sources", sources, *outputs(tmp_path, name), "--jobs", jobs).returncode == 0
    for table in ("indicators.parquet", "indicators.documents.parquet"):
        runs = {(tmp_path / name / table).read_bytes() for name in ("one", "two", "pool")}
        assert len(runs) == 1, table


@pytest.mark.parametrize("folder_name, problem", [("missing", "not found"), ("empty", "is empty")])
def test_missing_or_empty_sources_is_a_one_line_error(tmp_path, folder_name, problem):
    folder = tmp_path / folder_name
    if folder_name == "empty":
        folder.mkdir()
    result = etl("--sources", folder, *outputs(tmp_path))
    assert_one_line_error(result, folder, problem)
    assert not (tmp_path / "out").exists()


def test_an_unwritable_output_is_a_one_line_error_and_the_previous_table_stays(tmp_path, sources):
    assert etl("--sources", sources, *outputs(tmp_path)).returncode == 0
    table = tmp_path / "out" / "indicators.parquet"
    before = table.read_bytes()
    documents_table = tmp_path / "out" / "indicators.documents.parquet"
    documents_table.unlink()
    documents_table.mkdir()                  # the documents table cannot be written: a folder is in the way
    (sources / "new.txt").write_text("Báo cáo mới của huyện năm 2024, không có số liệu.", encoding="utf-8")
    result = etl("--sources", sources, *outputs(tmp_path))
    assert_one_line_error(result, documents_table)
    assert table.read_bytes() == before


def test_an_output_under_a_file_is_a_one_line_error(tmp_path, sources):
    (tmp_path / "plain_file").write_text("x")
    out = tmp_path / "plain_file" / "indicators.parquet"
    result = etl("--sources", sources, "--out", out, "--report", tmp_path / "r.json",
                 "--curation", tmp_path / "none.csv")
    assert_one_line_error(result, out)


def test_an_unusable_curation_file_is_a_one_line_error(tmp_path, sources):
    curation = tmp_path / "curation.csv"
    curation.write_text("source_id,quote,acton\n", encoding="utf-8")
    result = etl("--sources", sources, *outputs(tmp_path)[:4], "--curation", curation)
    assert_one_line_error(result, curation, "missing columns")


@pytest.mark.parametrize("jobs", ["0", "two"])
def test_bad_jobs_is_a_usage_error(tmp_path, sources, jobs):
    result = etl("--sources", sources, *outputs(tmp_path), "--jobs", jobs)
    assert result.returncode == 2 and "--jobs" in result.stderr


def test_progress_bar_only_for_many_documents_on_a_terminal():
    from etl.__main__ import PROGRESS_BAR_MIN_DOCUMENTS, TerminalProgress

    class Terminal(io.StringIO):
        def isatty(self):
            return True

    few = TerminalProgress(Terminal())
    few(1, PROGRESS_BAR_MIN_DOCUMENTS)
    assert few.bar is None
    piped = TerminalProgress(io.StringIO())
    piped(1, 500)
    assert piped.bar is None
    many = TerminalProgress(Terminal())
    for done in range(1, 501):
        many(done, 500)
    assert many.bar.n == 500 and many.bar.total == 500
    many.close()


def test_a_second_run_into_a_busy_folder_is_refused_and_changes_nothing(tmp_path, sources):
    assert etl("--sources", sources, *outputs(tmp_path)).returncode == 0
    folder = tmp_path / "out"
    before = {p.name: p.read_bytes() for p in folder.iterdir() if not p.name.startswith(".")}
    holder = subprocess.Popen([sys.executable, "-c", "import time\nfrom etl.write import output_lock\n"
                               f"with output_lock({str(folder / 'indicators.parquet')!r}):\n"
                               "    print('locked', flush=True)\n    time.sleep(60)\n"],
                              cwd=ROOT, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        result = etl("--sources", sources, *outputs(tmp_path))
    finally:
        holder.kill()
        holder.wait()
    assert result.returncode == 1
    assert result.stderr.strip() == (f"error: another ETL run (pid {holder.pid}) is writing into {folder}; "
                                     "try again when it has finished")
    assert {p.name: p.read_bytes() for p in folder.iterdir() if not p.name.startswith(".")} == before
