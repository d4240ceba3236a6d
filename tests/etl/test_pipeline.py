"""etl/pipeline.py as I/O: every input accounted for, stable ids, determinism, jobs, curation, contract.

Extraction is a fake here (tests/etl/pipeline_fakes.py): these tests are about what the pipeline does with
facts, not about finding them — the real extraction is tested in test_pipeline_seeds.py and friends.
"""
import hashlib
import json
from pathlib import Path

import pandas as pd
import pytest

import etl.pipeline
from etl.pipeline import ContractError, SourcesError, run
from etl.schema import FACT_COLUMNS
from tests.etl import pipeline_fakes as fakes

ARTICLE = """Lượt xem: 87

Huyện Trần Đề tổng kết Nghị quyết năm 2023

20/03/2023 - 05:35

Năm 2023, tỷ lệ hộ nghèo của huyện giảm còn 2,5%, hộ cận nghèo còn 3,1%, bao phủ bảo hiểm y tế đạt 95,2%.

Ngọc Thơ
Tin liên quan
  • Huyện Cù Lao Dung đạt 120% chỉ tiêu năm 2022
Thống kê truy cập
  • Đang online: 101
"""


def make_sources(folder: Path, count: int = 0) -> Path:
    """A realistic mix: good reports, one the extractor chokes on, one with no figures, and bad files."""
    folder.mkdir(exist_ok=True)
    (folder / "a_tran_de.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "b_cu_lao_dung.html").write_text(
        "<html><body><nav>Trang chủ 50%</nav><h1>Cù Lao Dung năm 2023</h1>"
        "<p>Tỷ lệ hộ nghèo còn 4,2%.</p><footer>Điện thoại 99%</footer></body></html>", encoding="utf-8")
    (folder / "c_broken.txt").write_text(f"Báo cáo năm 2023 {fakes.BROKEN_MARKER}: hộ nghèo 9%.", encoding="utf-8")
    (folder / "d_no_figures.md").write_text("# Hội nghị tổng kết công tác năm\n\nKhông có số liệu.", encoding="utf-8")
    (folder / "e_binary.txt").write_bytes(b"\x00\x01\x02binary")
    (folder / "f_report.pdf").write_bytes(b"%PDF-1.7")        # truncated: no pages
    (folder / "g_folder.txt").mkdir()
    (folder / ".gitkeep").write_text("")
    for number in range(count):
        (folder / f"z{number:04d}.txt").write_text(f"Năm 2023, hộ nghèo còn {number % 9},{number % 7}%.\n")
    return folder


@pytest.fixture
def fake_extractor(monkeypatch):
    monkeypatch.setattr(etl.pipeline, "extract_document", fakes.percent_facts_or_raise)


def build(tmp_path, name="out", *, sources=None, **kwargs):
    sources = sources or make_sources(tmp_path / "sources")
    out = tmp_path / name / "indicators.parquet"
    return run(sources, out, tmp_path / name / "report.json", curation=kwargs.pop("curation", None), **kwargs)


def read_outputs(result) -> tuple[pd.DataFrame, pd.DataFrame, dict]:
    report = json.loads(result.report_path.read_text(encoding="utf-8"))
    return pd.read_parquet(result.facts_path), pd.read_parquet(result.documents_path), report


def test_every_input_is_accounted_for(tmp_path, fake_extractor):
    result = build(tmp_path)
    facts, documents, report = read_outputs(result)
    status = documents.set_index("file_name")[["status", "reason", "fact_count"]]
    assert list(status.index) == ["a_tran_de.txt", "b_cu_lao_dung.html", "c_broken.txt", "d_no_figures.md",
                                  "e_binary.txt", "f_report.pdf", "g_folder.txt"]     # sorted; .gitkeep skipped
    assert list(status["status"]) == ["ok", "ok", "rejected", "no_facts", "rejected", "rejected", "rejected"]
    assert status.loc["a_tran_de.txt", "fact_count"] == 3 and pd.isna(status.loc["a_tran_de.txt", "reason"])
    assert status.loc["c_broken.txt", "reason"] == "extraction failed: ValueError: cannot parse c_broken"
    assert status.loc["d_no_figures.md", "reason"] == "no catalogue facts found"
    assert "binary" in status.loc["e_binary.txt", "reason"]
    assert "not a readable PDF" in status.loc["f_report.pdf", "reason"]      # a truncated PDF: rejected, the rest go on
    assert "folder" in status.loc["g_folder.txt", "reason"]
    assert report["totals"] == {"documents": 7, "ok": 2, "no_facts": 1, "rejected": 4, "facts": 4, "curated_facts": 0}
    assert [(d["file"], d["status"], d["facts"]) for d in report["documents"]] == list(
        zip(status.index, status["status"], status["fact_count"]))
    assert report["documents"][0]["warnings"] == ["fake extractor"] and report["documents"][0]["reason"] is None
    assert set(report["timing_seconds"]) == {"load", "process", "save", "total"}
    assert len(facts) == 4 and list(facts.columns) == FACT_COLUMNS


def test_documents_table_keeps_the_text_quotes_point_into(tmp_path, fake_extractor):
    facts, documents, _ = read_outputs(build(tmp_path))
    texts = documents.set_index("source_id")["text"]
    for fact in facts.itertuples():
        assert texts[fact.source_id][fact.char_start : fact.char_end] == fact.quote
    tran_de = documents.set_index("source_id").loc["a_tran_de"]
    assert (tran_de["title"], tran_de["published"]) == ("Huyện Trần Đề tổng kết Nghị quyết năm 2023", "2023-03-20")
    assert tran_de["sha256"] == hashlib.sha256(ARTICLE.encode()).hexdigest()
    assert (tran_de["place_id"], tran_de["period"]) == (fakes.PLACE["place_id"], "2023")


def test_boilerplate_never_becomes_facts(tmp_path, fake_extractor):
    facts, _, _ = read_outputs(build(tmp_path))
    assert sorted(facts["quote"]) == ["2,5%", "3,1%", "4,2%", "95,2%"]     # not 120%, 50%, 99% of the page chrome


def test_fact_ids_are_a_stable_hash_and_rows_are_ordered(tmp_path, fake_extractor):
    facts, _, _ = read_outputs(build(tmp_path))
    for fact in facts.itertuples():
        key = f"{fact.source_id}|{fact.char_start}|{fact.char_end}|{fact.indicator}|{fact.measure}"
        assert fact.fact_id == hashlib.sha1(key.encode()).hexdigest()[:16]
    keys = list(zip(facts["source_id"], facts["char_start"], facts["indicator"], facts["measure"]))
    assert keys == sorted(keys)
    assert not facts["curated"].any()


def test_two_runs_give_identical_tables_and_reports(tmp_path, fake_extractor):
    sources = make_sources(tmp_path / "sources")
    first, second = build(tmp_path, "one", sources=sources), build(tmp_path, "two", sources=sources)
    assert first.facts_path.read_bytes() == second.facts_path.read_bytes()
    assert first.documents_path.read_bytes() == second.documents_path.read_bytes()
    reports = [read_outputs(r)[2] for r in (first, second)]
    for report in reports:
        del report["timing_seconds"], report["facts_table"], report["documents_table"]
    assert reports[0] == reports[1]


def test_jobs_2_gives_the_same_bytes_as_jobs_1(tmp_path, fake_extractor):
    sources = make_sources(tmp_path / "sources", count=40)
    single, pooled = build(tmp_path, "one", sources=sources), build(tmp_path, "two", sources=sources, jobs=2)
    assert single.facts_path.read_bytes() == pooled.facts_path.read_bytes()
    assert single.documents_path.read_bytes() == pooled.documents_path.read_bytes()
    assert pooled.report["totals"]["rejected"] == 4              # the raising document did not stop the pool
    assert pooled.report["jobs"] == 2


def test_many_text_files_are_read_in_the_pool_and_give_the_same_inputs(tmp_path):
    sources = make_sources(tmp_path / "sources", count=etl.pipeline.POOLED_READ_MIN_FILES)
    paths = etl.pipeline.list_sources(sources)
    single, pooled = etl.pipeline.load(paths, jobs=1), etl.pipeline.load(paths, jobs=2)
    assert len(single) == len(paths) > etl.pipeline.POOLED_READ_MIN_FILES
    assert pooled == single                                   # same documents and rejections, in the same order


def test_progress_reports_every_document(tmp_path, fake_extractor):
    calls = []
    build(tmp_path, progress=lambda done, total: calls.append((done, total)))
    assert calls == [(1, 4), (2, 4), (3, 4), (4, 4)]       # the documents that were read: a, b, c (raises), d


def test_curation_is_applied_and_its_warnings_reported(tmp_path, fake_extractor):
    curation = tmp_path / "curation.csv"
    curation.write_text(
        "source_id,quote,action,new_value\n"
        'a_tran_de,"hộ cận nghèo còn 3,1%",reject,\n'
        'b_cu_lao_dung,"4,2%",correct,4.3\n'
        'a_tran_de,"đạt 120%",reject,\n', encoding="utf-8")
    result = build(tmp_path, curation=curation)
    facts, documents, report = read_outputs(result)
    assert "3,1%" not in set(facts["quote"])
    corrected = facts[facts["quote"] == "4,2%"].iloc[0]
    assert (corrected["value"], bool(corrected["curated"])) == (4.3, True)
    assert report["totals"]["curated_facts"] == 1 and report["curation"]["rows_applied"] == 2
    [warning] = report["curation"]["warnings"]
    assert "line 4" in warning and "quote not found" in warning            # 120% was page chrome, cut away
    assert documents.set_index("source_id").loc["a_tran_de", "fact_count"] == 2


def test_a_document_whose_facts_are_all_curated_away_has_no_facts(tmp_path, fake_extractor):
    curation = tmp_path / "curation.csv"
    curation.write_text('source_id,quote,action\nb_cu_lao_dung,"4,2%",reject\n', encoding="utf-8")
    _, documents, _ = read_outputs(build(tmp_path, curation=curation))
    row = documents.set_index("source_id").loc["b_cu_lao_dung"]
    assert (row["status"], row["reason"], row["fact_count"]) == ("no_facts", "all 1 facts rejected by curation", 0)


def test_a_second_file_with_the_same_source_id_is_rejected(tmp_path, fake_extractor):
    sources = tmp_path / "sources"
    sources.mkdir()
    (sources / "report.md").write_text("Tỷ lệ hộ nghèo còn 2,5%.", encoding="utf-8")
    (sources / "report.txt").write_text("Tỷ lệ hộ nghèo còn 3,5%.", encoding="utf-8")
    result = build(tmp_path, sources=sources)
    documents = result.documents.set_index("file_name")
    assert documents.loc["report.md", "status"] == "ok"
    assert documents.loc["report.txt", "status"] == "rejected"
    assert "duplicate source_id 'report'" in documents.loc["report.txt", "reason"]
    assert documents.loc["report.txt", "fact_count"] == 0
    assert list(result.facts["quote"]) == ["2,5%"]


@pytest.mark.parametrize("extractor, problem", [
    (fakes.unknown_measure, "measure not in"),
    (fakes.shifted_quote, r"quote != text\[char_start:char_end\]"),
    (fakes.extra_key, r"unexpected \['confidence'\]"),
    (fakes.value_as_text, "a_tran_de: facts column value must be double: got string"),
])
def test_a_contract_breach_raises_and_leaves_the_previous_table(tmp_path, monkeypatch, extractor, problem):
    sources = make_sources(tmp_path / "sources")
    monkeypatch.setattr(etl.pipeline, "extract_document", fakes.percent_facts)
    previous = build(tmp_path, sources=sources)
    before = previous.facts_path.read_bytes(), previous.documents_path.read_bytes()
    monkeypatch.setattr(etl.pipeline, "extract_document", extractor)
    with pytest.raises(ContractError, match=problem):
        build(tmp_path, sources=sources)
    assert (previous.facts_path.read_bytes(), previous.documents_path.read_bytes()) == before


def only_hidden_files(tmp: Path) -> Path:
    (tmp / "hidden").mkdir()
    (tmp / "hidden" / ".DS_Store").touch()
    return tmp / "hidden"


def a_file(tmp: Path) -> Path:
    (tmp / "report.txt").write_text("Tỷ lệ hộ nghèo còn 2,5%.")
    return tmp / "report.txt"


@pytest.mark.parametrize("make_folder, problem", [
    (lambda tmp: tmp / "missing", "sources folder not found"),
    (lambda tmp: tmp, "sources folder is empty"),
    (only_hidden_files, "sources folder is empty"),
    (a_file, "sources is not a folder"),
])
def test_missing_or_empty_sources_fail_before_any_output(tmp_path, fake_extractor, make_folder, problem):
    folder = make_folder(tmp_path)
    with pytest.raises(SourcesError, match=f"{problem}: {folder}"):
        build(tmp_path, sources=folder)
    assert not (tmp_path / "out").exists()


def test_an_unusable_curation_file_fails_before_any_output(tmp_path, fake_extractor):
    from etl.curation import CurationError

    curation = tmp_path / "curation.csv"
    curation.write_text("source_id,quote\n", encoding="utf-8")
    with pytest.raises(CurationError, match="missing columns"):
        build(tmp_path, curation=curation)
    assert not (tmp_path / "out" / "indicators.parquet").exists()
