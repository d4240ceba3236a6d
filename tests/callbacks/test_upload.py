"""callbacks/upload.py with web/jobs.py, no browser: the upload callback only stores the file and queues a job
(the tables are untouched when it returns); the runner adds it; the polled view then shows the outcome."""
import base64
from datetime import timedelta

import pandas as pd
import pytest

import callbacks.upload as upload_callbacks
import web.jobs
from callbacks.upload import job_cards, job_target, queue_uploads, unfinished_jobs
from etl.intake import store_upload
from etl.pipeline import run
from etl.read import MAX_BYTES
from store import open_store
from tests.make_documents import write_docx
from web.jobs import JobRunner

REPORT = """Huyện Trần Đề tổng kết năm 2023

20/12/2023

Năm 2023, kinh tế huyện Trần Đề tiếp tục phát triển. Tỷ lệ hộ nghèo giảm còn 2,5%.
"""
ADDED = """Huyện Trà Cú tổng kết năm 2023

15/12/2023

Năm 2023, huyện Trà Cú đạt nhiều kết quả. Tỷ lệ hộ nghèo của huyện giảm còn 3,8%.
"""


@pytest.fixture
def app_dirs(tmp_path, monkeypatch):
    sources = tmp_path / "sources"
    sources.mkdir()
    (sources / "tran_de.txt").write_text(REPORT, encoding="utf-8")
    data = tmp_path / "data"
    run(sources, data / "indicators.parquet", data / "etl_report.json", curation=None, reviews={})
    monkeypatch.setenv("NQ_DATA_DIR", str(data))
    monkeypatch.setenv("NQ_SOURCES_DIR", str(sources))
    monkeypatch.setenv("NQ_DATABASE_URL", f"sqlite:///{tmp_path / 'nq.sqlite'}")
    started = []   # the runner is started, not run: what the request itself did is what is asserted here
    monkeypatch.setattr(upload_callbacks, "ensure_runner", started.append)
    return data, sources, started


def data_url(payload: bytes, kind="application/octet-stream") -> str:
    return f"data:{kind};base64," + base64.b64encode(payload).decode()


def text_of(component) -> str:
    children = getattr(component, "children", component)
    if isinstance(children, (list, tuple)):
        return " ".join(text_of(c) for c in children)
    return str(children) if not hasattr(children, "children") else text_of(children)


def test_the_upload_callback_stores_and_queues_without_reading_and_the_runner_adds_it(app_dirs, tmp_path):
    data, sources, started = app_dirs
    before = (data / "indicators.parquet").read_bytes()
    docx = write_docx(ADDED, tmp_path / "tra_cu.docx").read_bytes()

    result = queue_uploads([data_url(docx)], ["tra_cu.docx"], user="lan")

    [job] = open_store().jobs.jobs(result["jobs"], user_name="lan")
    assert (job.status, job.file_name, job.result) == ("queued", "tra_cu.docx", None)
    stored = sources / ".intake"
    assert [p.read_bytes() for p in stored.glob("*/tra_cu.docx")] == [docx]   # kept in the intake, unread
    assert (data / "indicators.parquet").read_bytes() == before              # nothing extracted or merged
    assert not (sources / "tra_cu.docx").exists()
    assert started == [job_target()]                                          # the background runner woken
    cards, finished = job_cards(result, lang="en", user="lan")
    assert not finished and "Processing…" in text_of(cards) and "tra_cu.docx" in text_of(cards)
    assert "Đang xử lý…" in text_of(job_cards(result, lang="vi", user="lan")[0])

    assert unfinished_jobs("lan") == result and unfinished_jobs("minh") is None   # a reopened view shows it

    assert JobRunner(job_target()).run_pending() == 1                        # what a worker's thread does

    done = open_store().jobs.get(job.id)
    assert done.status == "done" and done.result["accepted"] and done.result["place_name"] == "Huyện Trà Cú"
    assert {f["indicator"] for f in done.result["facts"]} == {"poverty_rate"}
    table = pd.read_parquet(data / "indicators.parquet")
    assert "tra_cu" in set(table["source_id"])
    assert (sources / "tra_cu.docx").read_bytes() == docx and list(stored.iterdir()) == []
    cards, finished = job_cards(result, lang="en", user="lan")
    assert finished and "Accepted" in text_of(cards) and "Trà Cú District" in text_of(cards)
    assert "Processing" not in text_of(cards)
    assert job_cards(result, lang="en", user="minh") == ([], True)           # another user sees nothing of it
    assert unfinished_jobs("lan") is None


def test_damaged_and_too_large_uploads_are_refused_at_once_and_not_stored(app_dirs):
    data, sources, started = app_dirs
    too_big = data_url(b"a" * (MAX_BYTES + 1), "text/plain")
    result = queue_uploads(["data:text/plain;base64,@@@", too_big], ["broken.txt", "huge.txt"], user="lan")
    jobs = open_store().jobs.jobs(result["jobs"], user_name="lan")
    assert [(j.file_name, j.status, j.result["accepted"]) for j in jobs] == \
        [("broken.txt", "done", False), ("huge.txt", "done", False)]
    assert "damaged" in jobs[0].result["reason"] and jobs[1].result["reason"].startswith("too large")
    assert not (sources / ".intake").exists() and started == []
    cards, finished = job_cards(result, lang="en", user="lan")
    assert finished and "File too large" in text_of(cards) and "Rejected" in text_of(cards)


def test_a_job_that_fails_outright_is_shown_as_rejected_with_its_reason(app_dirs):
    data, sources, started = app_dirs
    queue = open_store().jobs
    job_id = queue.enqueue("lan", "gone.txt", str(sources / ".intake" / "missing" / "gone.txt"))
    assert JobRunner(job_target()).run_pending() == 1
    job = queue.get(job_id)
    assert job.status == "done" and not job.result["accepted"] and job.result["reason"]
    cards, finished = job_cards({"jobs": [job_id]}, lang="en", user="lan")
    assert finished and "Rejected" in text_of(cards) and "gone.txt" in text_of(cards)


def test_a_job_whose_workers_keep_dying_fails_with_the_reason_and_its_stored_upload_is_removed(app_dirs,
                                                                                                 monkeypatch):
    data, sources, started = app_dirs
    queue = open_store().jobs
    stored = store_upload(ADDED.encode(), "tra_cu.txt", sources=sources)
    job_id = queue.enqueue("lan", "tra_cu.txt", str(stored))
    monkeypatch.setattr(web.jobs, "STALE_AFTER", timedelta(0))    # every running job counts as abandoned
    queue.claim("killed-1")
    queue.recover_stale(older_than=timedelta(0))                   # queued again once …
    queue.claim("killed-2")                                        # … and its second worker dies too
    assert JobRunner(job_target()).run_pending() == 0
    job = queue.get(job_id)
    assert job.status == "failed" and "processing stopped" in job.reason
    assert not stored.exists() and not (sources / "tra_cu.txt").exists()
    cards, finished = job_cards({"jobs": [job_id]}, lang="vi", user="lan")
    assert finished and "Việc xử lý bị gián đoạn" in text_of(cards)


def test_signed_out_uploads_change_nothing(app_dirs):
    data, sources, started = app_dirs
    before = (data / "indicators.parquet").read_bytes()
    content = "data:text/plain;base64," + base64.b64encode(REPORT.replace("Trần Đề", "Trà Cú").encode()).decode()
    result = queue_uploads([content], ["tra_cu.txt"], user=None)
    cards, finished = job_cards(result, lang="vi", user=None)
    assert "Cần đăng nhập" in text_of(cards) and finished
    assert (data / "indicators.parquet").read_bytes() == before
    assert not (sources / ".intake").exists() and started == []
    assert "jobs" not in result
