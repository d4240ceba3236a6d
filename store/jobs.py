"""Background jobs (one uploaded file each) in the shared database, so any app worker can run or report one.

A job is queued by the request that received the file, claimed by exactly one worker (an UPDATE that succeeds
only while the row is still queued), and finished by that claimant only. A job whose worker died stays
'running'; `recover_stale` queues it again, or fails it with the reason once it has been tried MAX_ATTEMPTS times.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from sqlalchemy import insert, select, update
from sqlalchemy.engine import Engine

from store import tables

JOB_STATUSES = ("queued", "running", "done", "failed")
FINISHED_STATUSES = ("done", "failed")
MAX_ATTEMPTS = 2
STOPPED_REASON = "processing stopped: the server process working on this file ended before it finished"


@dataclass(frozen=True)
class Job:
    id: int
    user_name: str
    file_name: str
    intake_path: str | None
    status: str
    attempts: int
    result: dict | None
    reason: str | None
    created_at: datetime
    started_at: datetime | None
    finished_at: datetime | None
    claim: str | None

    @property
    def finished(self) -> bool:
        return self.status in FINISHED_STATUSES

    @classmethod
    def from_row(cls, row) -> "Job":
        values = dict(row._mapping)
        values["result"] = json.loads(values["result"]) if values["result"] else None
        return cls(**values)


class JobQueue:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def enqueue(self, user_name: str, file_name: str, intake_path: str) -> int:
        """A stored upload waiting for a worker."""
        return self._insert(user_name=user_name, file_name=file_name, intake_path=intake_path, status="queued")

    def record_outcome(self, user_name: str, file_name: str, result: dict) -> int:
        """A file refused before any work (damaged, too large): finished at once, shown like any other."""
        now = _now()
        return self._insert(user_name=user_name, file_name=file_name, intake_path=None, status="done",
                            result=json.dumps(result, ensure_ascii=False), started_at=now, finished_at=now)

    def claim(self, claim: str, *, now: datetime | None = None) -> Job | None:
        """The oldest queued job, now 'running' under `claim`; None when there is none left. Two claimants
        racing for one row: the UPDATE's WHERE status='queued' lets only one of them change it."""
        j = tables.jobs
        while True:
            with self.engine.begin() as conn:
                job_id = conn.execute(select(j.c.id).where(j.c.status == "queued")
                                      .order_by(j.c.created_at, j.c.id).limit(1)).scalar()
                if job_id is None:
                    return None
                won = conn.execute(update(j).where(j.c.id == job_id, j.c.status == "queued").values(
                    status="running", claim=claim, attempts=j.c.attempts + 1, started_at=now or _now())).rowcount
                if won == 1:
                    return Job.from_row(conn.execute(select(j).where(j.c.id == job_id)).one())
            # another worker took it between our SELECT and UPDATE: try the next one

    def finish(self, job_id: int, claim: str, *, status: str, result: dict, reason: str | None = None) -> bool:
        """Store the outcome; False (nothing written) when the job is no longer ours (recovered as stale)."""
        if status not in FINISHED_STATUSES:
            raise ValueError(f"a job finishes as {' or '.join(FINISHED_STATUSES)}, not {status!r}")
        j = tables.jobs
        with self.engine.begin() as conn:
            return conn.execute(update(j).where(j.c.id == job_id, j.c.status == "running", j.c.claim == claim)
                                .values(status=status, result=json.dumps(result, ensure_ascii=False),
                                        reason=reason, finished_at=_now())).rowcount == 1

    def recover_stale(self, *, older_than: timedelta, now: datetime | None = None) -> list[int]:
        """Jobs 'running' for longer than `older_than` (their worker was killed): queued again, or failed with
        STOPPED_REASON after MAX_ATTEMPTS. Returns their ids."""
        j = tables.jobs
        now = now or _now()
        cutoff = now - older_than
        recovered = []
        with self.engine.begin() as conn:
            stale = conn.execute(select(j).where(j.c.status == "running", j.c.started_at < cutoff)).all()
            for row in stale:
                job = Job.from_row(row)
                mine = (j.c.id == job.id, j.c.status == "running", j.c.claim == job.claim)
                if job.attempts < MAX_ATTEMPTS:
                    values = {"status": "queued", "claim": None, "started_at": None,
                              "reason": f"queued again: not finished after {older_than.total_seconds():.0f} s"}
                else:
                    reason = f"{STOPPED_REASON} (tried {job.attempts} times)"
                    values = {"status": "failed", "claim": None, "reason": reason, "finished_at": now,
                              "result": json.dumps({"file_name": job.file_name, "accepted": False,
                                                    "reason": reason}, ensure_ascii=False)}
                if conn.execute(update(j).where(*mine).values(**values)).rowcount == 1:
                    recovered.append(job.id)
        return recovered

    def jobs(self, ids: list[int], *, user_name: str) -> list[Job]:
        """These jobs of this user (another user's ids give nothing), in the order asked."""
        j = tables.jobs
        with self.engine.connect() as conn:
            rows = conn.execute(select(j).where(j.c.id.in_(list(ids)), j.c.user_name == user_name)).all()
        found = {r.id: Job.from_row(r) for r in rows}
        return [found[i] for i in ids if i in found]

    def unfinished(self, user_name: str) -> list[Job]:
        """This user's queued and running jobs, oldest first (what a reopened Add reports view shows)."""
        j = tables.jobs
        with self.engine.connect() as conn:
            rows = conn.execute(select(j).where(j.c.user_name == user_name, j.c.status.not_in(FINISHED_STATUSES))
                                .order_by(j.c.created_at, j.c.id)).all()
        return [Job.from_row(r) for r in rows]

    def get(self, job_id: int) -> Job | None:
        j = tables.jobs
        with self.engine.connect() as conn:
            row = conn.execute(select(j).where(j.c.id == job_id)).first()
        return Job.from_row(row) if row else None

    def _insert(self, **values) -> int:
        with self.engine.begin() as conn:
            return conn.execute(insert(tables.jobs).values(created_at=_now(), attempts=0, **values)) \
                .inserted_primary_key[0]


def _now() -> datetime:
    return datetime.now(timezone.utc)
