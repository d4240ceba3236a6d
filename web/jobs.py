"""The per-process runner of upload jobs: adding a scan takes minutes, so no request waits for it.

Each app process (gunicorn worker) has at most one runner per database, started on first use of the Add reports
view (`ensure_runner`), with NQ_JOB_THREADS threads (default 1; OCR is a Tesseract subprocess, so a thread does
not hold the GIL while it waits). A thread recovers stale jobs, claims the oldest queued one (store/jobs.py: only
one worker of all wins it), adds it (etl/intake.py) and stores the outcome; when there is nothing to do it looks
again every POLL_SECONDS (a job another worker queued) and ends after IDLE_SECONDS without work.
"""
from __future__ import annotations

import logging
import os
import shutil
import threading
import uuid
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

from etl.intake import add_stored_upload, rejection
from etl.readers.ocr import MAX_OCR_PAGES, OCR_PAGE_TIMEOUT_S
from etl.write import LOCK_WAIT_SECONDS
from store import open_store

POLL_SECONDS = 2.0
IDLE_SECONDS = 60.0
# longer than any one add can take (every OCR page time-bounded, pages capped, plus waiting for the tables' lock
# and the merge): a job 'running' longer than this lost its worker. NQ_JOB_STALE_SECONDS overrides it.
WORST_ADD_SECONDS = MAX_OCR_PAGES * OCR_PAGE_TIMEOUT_S + LOCK_WAIT_SECONDS + 300
STALE_AFTER = timedelta(seconds=float(os.environ.get("NQ_JOB_STALE_SECONDS") or WORST_ADD_SECONDS))

log = logging.getLogger("dashboard")


@dataclass(frozen=True)
class Target:
    """Where a runner's jobs go: the database and the tables and sources folder the adds write."""

    database_url: str
    out: Path
    report: Path
    sources: Path


@dataclass
class JobRunner:
    target: Target
    threads: int = 1
    wake_up: threading.Event = field(default_factory=threading.Event)
    stopping: threading.Event = field(default_factory=threading.Event)
    _alive: list[threading.Thread] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def start(self) -> None:
        """Start threads up to `threads` (those that ended idle are replaced) and wake the waiting ones."""
        with self._lock:
            self._alive = [t for t in self._alive if t.is_alive()]
            while len(self._alive) < self.threads:
                thread = threading.Thread(target=self._work, name="upload-jobs", daemon=True)
                thread.start()
                self._alive.append(thread)
        self.wake_up.set()

    def stop(self, timeout: float | None = None) -> None:
        """Let the threads end after their current job (a shutdown, or the end of a test)."""
        self.stopping.set()
        self.wake_up.set()
        for thread in list(self._alive):
            thread.join(timeout)

    def run_pending(self) -> int:
        """Recover stale jobs, then run queued ones until none is left; how many this call ran."""
        queue = open_store(self.target.database_url).jobs
        for job_id in queue.recover_stale(older_than=STALE_AFTER):
            log.warning("upload job %s was left running by a stopped worker; recovered", job_id)
            job = queue.get(job_id)
            if job.status == "failed" and job.intake_path:   # given up: its stored upload is not needed
                shutil.rmtree(Path(job.intake_path).parent, ignore_errors=True)
        ran = 0
        while not self.stopping.is_set():
            claim = f"{os.getpid()}:{threading.get_ident()}:{uuid.uuid4().hex[:8]}"
            job = queue.claim(claim)
            if job is None:
                return ran
            ran += 1
            try:
                result = add_stored_upload(Path(job.intake_path), out=self.target.out, report=self.target.report,
                                           sources=self.target.sources)
                status = "done"
            except Exception as error:  # noqa: BLE001 — a broken job must not end the runner; the log has it
                log.exception("upload job %s failed", job.id)
                result, status = rejection(job.file_name, f"could not be read: {error}"), "failed"
            if not queue.finish(job.id, claim, status=status, result=result, reason=result.get("reason")):
                log.warning("upload job %s was recovered as stale before it finished; outcome dropped", job.id)
        return ran

    def _work(self) -> None:
        idle = 0.0
        while idle < IDLE_SECONDS and not self.stopping.is_set():
            self.wake_up.clear()
            try:
                worked = self.run_pending()
            except Exception:  # noqa: BLE001 — e.g. the database briefly unreachable: try again later
                log.exception("upload job runner")
                worked = 0
            if worked:
                idle = 0.0
            elif not self.wake_up.wait(POLL_SECONDS) and not self.stopping.is_set():
                idle += POLL_SECONDS


_runners: dict[tuple[int, Target], JobRunner] = {}
_runners_lock = threading.Lock()


def ensure_runner(target: Target) -> JobRunner:
    """This process's runner for `target`, started (a forked worker gets its own: the key has the pid)."""
    threads = max(1, int(os.environ.get("NQ_JOB_THREADS") or 1))
    with _runners_lock:
        runner = _runners.setdefault((os.getpid(), target), JobRunner(target, threads=threads))
    runner.start()
    return runner


def stop_runners(timeout: float | None = None) -> None:
    """Stop every runner of this process (queued jobs stay queued for the next runner)."""
    with _runners_lock:
        runners = list(_runners.values())
        _runners.clear()
    for runner in runners:
        runner.stop(timeout)
