"""web/jobs.py: the per-process runner of upload jobs, on real tables and a real SQLite job queue (no browser,
no callback): it adds what is queued and stores the outcome, survives a broken job, gives up stale ones."""
from __future__ import annotations

from datetime import timedelta

import pandas as pd
import pytest

import web.jobs
from etl.intake import store_upload
from etl.pipeline import run
from store import open_store
from web.jobs import JobRunner, Target, ensure_runner, stop_runners

REPORT = """Huyện Trần Đề tổng kết năm 2023

20/12/2023

Năm 2023, kinh tế huyện Trần Đề tiếp tục phát triển. Tỷ lệ hộ nghèo giảm còn 2,5%.
"""
ADDED = """Huyện Trà Cú tổng kết năm 2023

15/12/2023

Năm 2023, huyện Trà Cú đạt nhiều kết quả. Tỷ lệ hộ nghèo của huyện giảm còn 3,8%.
"""


@pytest.fixture
def target(tmp_path):
    sources = tmp_path / "sources"
    sources.mkdir()
    (sources / "tran_de.txt").write_text(REPORT, encoding="utf-8")
    data = tmp_path / "data"
    run(sources, data / "indicators.parquet", data / "etl_report.json", curation=None, reviews={})
    return Target(database_url=f"sqlite:///{tmp_path / 'nq.sqlite'}", out=data / "indicators.parquet",
                  report=data / "etl_report.json", sources=sources)


def queue_of(target):
    return open_store(target.database_url).jobs


def test_a_queued_upload_is_added_and_its_outcome_stored(target):
    stored = store_upload(ADDED.encode(), "tra_cu.txt", sources=target.sources)
    job_id = queue_of(target).enqueue("lan", "tra_cu.txt", str(stored))
    runner = JobRunner(target)
    assert runner.run_pending() == 1
    job = queue_of(target).get(job_id)
    assert job.status == "done" and job.result["accepted"] and job.result["place_name"] == "Huyện Trà Cú"
    assert job.finished and job.claim and job.attempts == 1
    assert "tra_cu" in set(pd.read_parquet(target.out)["source_id"])
    assert not stored.exists()
    assert runner.run_pending() == 0                                  # nothing left to do


def test_a_broken_job_fails_with_its_reason_and_the_next_one_still_runs(target):
    queue = queue_of(target)
    broken = queue.enqueue("lan", "lost.txt", None)                   # no stored file at all
    good = queue.enqueue("lan", "tra_cu.txt", str(store_upload(ADDED.encode(), "tra_cu.txt",
                                                                 sources=target.sources)))
    assert JobRunner(target).run_pending() == 2
    failed, done = queue.get(broken), queue.get(good)
    assert failed.status == "failed" and failed.result["accepted"] is False
    assert failed.reason.startswith("could not be read") and failed.result["file_name"] == "lost.txt"
    assert done.status == "done" and done.result["accepted"]


def test_a_stopping_runner_claims_nothing(target):
    queue = queue_of(target)
    job_id = queue.enqueue("lan", "tra_cu.txt", str(store_upload(ADDED.encode(), "tra_cu.txt",
                                                                   sources=target.sources)))
    runner = JobRunner(target)
    runner.stopping.set()
    assert runner.run_pending() == 0 and queue.get(job_id).status == "queued"    # left for the next runner


def test_a_job_whose_workers_died_too_often_is_failed_and_its_upload_removed(target, monkeypatch):
    queue = queue_of(target)
    stored = store_upload(ADDED.encode(), "tra_cu.txt", sources=target.sources)
    job_id = queue.enqueue("lan", "tra_cu.txt", str(stored))
    monkeypatch.setattr(web.jobs, "STALE_AFTER", timedelta(0))      # every running job counts as abandoned
    queue.claim("killed-1")
    queue.recover_stale(older_than=timedelta(0))
    queue.claim("killed-2")
    assert JobRunner(target).run_pending() == 0
    job = queue.get(job_id)
    assert job.status == "failed" and "processing stopped" in job.reason
    assert not stored.parent.exists() and "tra_cu" not in set(pd.read_parquet(target.out)["source_id"])


def test_one_runner_per_process_and_target_and_stopped_runners_are_replaced(target, tmp_path, monkeypatch):
    monkeypatch.setenv("NQ_JOB_THREADS", "2")
    other = Target(database_url=f"sqlite:///{tmp_path / 'other.sqlite'}", out=target.out, report=target.report,
                   sources=target.sources)
    try:
        runner = ensure_runner(target)
        assert ensure_runner(target) is runner and ensure_runner(other) is not runner
        assert runner.threads == 2 and len(runner._alive) == 2
    finally:
        stop_runners(timeout=30)
    assert not any(t.is_alive() for t in runner._alive)
    try:
        assert ensure_runner(target) is not runner
    finally:
        stop_runners(timeout=30)
