"""store/jobs.py: upload jobs in the shared database — a job is claimed by exactly one worker, a job whose worker
died is queued again and then failed with its reason, and only the claimant may store the outcome."""
import threading
from datetime import timedelta

import pytest

from store.db import Store
from store.jobs import MAX_ATTEMPTS, STOPPED_REASON

STALE = timedelta(minutes=30)


@pytest.fixture
def url(tmp_path):
    return f"sqlite:///{tmp_path / 'nq.sqlite'}"


@pytest.fixture
def queue(url):
    return Store(url).jobs


def test_a_queued_job_is_claimed_once_and_finished_by_its_claimant(queue):
    job_id = queue.enqueue("lan", "tra_cu.docx", "/sources/.intake/a/tra_cu.docx")
    assert queue.get(job_id).status == "queued"
    job = queue.claim("worker-1")
    assert (job.id, job.status, job.claim, job.attempts) == (job_id, "running", "worker-1", 1)
    assert job.started_at is not None
    assert queue.claim("worker-2") is None                  # nothing else queued: the running one is not offered
    assert not queue.finish(job_id, "worker-2", status="done", result={"accepted": True})   # not its job
    assert queue.finish(job_id, "worker-1", status="done", result={"file_name": "tra_cu.docx", "accepted": True})
    done = queue.get(job_id)
    assert (done.status, done.result, done.finished) == ("done", {"file_name": "tra_cu.docx", "accepted": True}, True)
    assert done.finished_at is not None


def test_jobs_are_claimed_oldest_first(queue):
    first = queue.enqueue("lan", "a.txt", "/i/a.txt")
    second = queue.enqueue("lan", "b.txt", "/i/b.txt")
    assert [queue.claim("w").id, queue.claim("w").id] == [first, second]


def test_workers_racing_on_one_database_never_claim_the_same_job(url, tmp_path):
    ids = {Store(url).jobs.enqueue("lan", f"r{i}.txt", f"/i/r{i}.txt") for i in range(40)}
    claimed, errors = [], []

    def worker(name):
        queue = Store(url).jobs             # its own engine and connections, as another gunicorn worker has
        try:
            while (job := queue.claim(name)) is not None:
                claimed.append((job.id, name))
        except Exception as error:  # noqa: BLE001 — reported below
            errors.append(error)

    threads = [threading.Thread(target=worker, args=(f"w{i}",)) for i in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert sorted(i for i, _ in claimed) == sorted(ids)      # every job exactly once
    rows = Store(url).jobs.jobs(sorted(ids), user_name="lan")
    assert {r.status for r in rows} == {"running"}
    assert {r.id: r.claim for r in rows} == dict(claimed)    # each row names the worker that got it


def test_a_job_left_running_by_a_killed_worker_is_queued_again_then_failed_with_the_reason(queue):
    job_id = queue.enqueue("lan", "cau_ngang.pdf", "/i/cau_ngang.pdf")
    started = queue.claim("killed-worker").started_at
    assert queue.recover_stale(older_than=STALE, now=started + STALE / 2) == []     # still within its time
    assert queue.get(job_id).status == "running"

    assert queue.recover_stale(older_than=STALE, now=started + STALE * 2) == [job_id]
    again = queue.get(job_id)
    assert (again.status, again.claim, again.attempts) == ("queued", None, 1)
    assert "queued again" in again.reason
    assert not queue.finish(job_id, "killed-worker", status="done", result={})    # the old claimant lost it

    second = queue.claim("worker-2")
    assert (second.id, second.attempts) == (job_id, MAX_ATTEMPTS)
    assert queue.recover_stale(older_than=STALE, now=second.started_at + STALE * 2) == [job_id]
    failed = queue.get(job_id)
    assert failed.status == "failed" and failed.finished
    assert failed.reason.startswith(STOPPED_REASON) and "tried 2 times" in failed.reason
    assert failed.result == {"file_name": "cau_ngang.pdf", "accepted": False, "reason": failed.reason}
    assert queue.claim("worker-3") is None


def test_a_user_sees_only_their_own_jobs(queue):
    mine = queue.enqueue("lan", "a.txt", "/i/a.txt")
    theirs = queue.record_outcome("minh", "b.txt", {"file_name": "b.txt", "accepted": False, "reason": "x"})
    assert [j.id for j in queue.jobs([mine, theirs], user_name="lan")] == [mine]
    assert [j.id for j in queue.unfinished("lan")] == [mine] and queue.unfinished("minh") == []
    assert queue.get(theirs).status == "done" and queue.get(theirs).result["reason"] == "x"


def test_a_job_finishes_only_as_done_or_failed(queue):
    job_id = queue.enqueue("lan", "a.txt", "/i/a.txt")
    queue.claim("w")
    with pytest.raises(ValueError):
        queue.finish(job_id, "w", status="queued", result={})
