"""Uploads waiting to be added: stored in the sources folder's hidden intake (full runs skip dot-folders), then
added by a background job (etl.add) which keeps an accepted file in the sources folder itself.

Two steps because reading a scan takes minutes: the request only checks and stores the file (`store_upload`);
a worker later turns it into the outcome the Add reports view shows (`add_stored_upload`).
"""
from __future__ import annotations

import json
import logging
import shutil
import uuid
from pathlib import Path

from etl.add import Added, add_document, sources_dir
from etl.read import too_large_reason

INTAKE_FOLDER = ".intake"
CARD_FACT_FIELDS = ("indicator", "measure", "value", "unit", "qualifier", "denominator", "period", "quote")

log = logging.getLogger("dashboard")


def intake_dir(sources: Path | None = None) -> Path:
    return (Path(sources) if sources else sources_dir()) / INTAKE_FOLDER


def upload_problem(file_name: str, size: int) -> str | None:
    """Why the reader would refuse a file of this size at once (so it is not stored), else None."""
    return too_large_reason(size, Path(file_name).suffix)


def store_upload(payload: bytes, file_name: str, *, sources: Path | None = None) -> Path:
    """The upload written under its own name in a fresh intake folder (two uploads of one name never meet)."""
    folder = intake_dir(sources) / uuid.uuid4().hex
    folder.mkdir(parents=True, mode=0o750)
    path = folder / upload_name(file_name)
    path.write_bytes(payload)
    return path


def add_stored_upload(path: Path, *, out: Path, report: Path, sources: Path | None = None) -> dict:
    """Add a stored upload to the tables; the outcome as JSON-ready data. Any failure is this file's rejection.
    The intake copy is removed afterwards (an accepted file is kept in the sources folder by etl.add)."""
    path = Path(path)
    try:
        return outcome(add_document(path, file_name=path.name, out=out, report=report, sources=sources))
    except Exception as error:  # noqa: BLE001 — one failing file disturbs nothing else; the log has the trace
        log.exception("adding %s failed", path.name)
        return rejection(path.name, f"could not be read: {error}")
    finally:
        shutil.rmtree(path.parent, ignore_errors=True)


def outcome(added: Added) -> dict:
    """What the result card shows of one added file (figures: the fields the card prints)."""
    facts = []
    if len(added.facts):
        columns = [c for c in CARD_FACT_FIELDS if c in added.facts.columns]
        facts = json.loads(added.facts[columns].to_json(orient="records", force_ascii=False))
    return {"file_name": added.file_name, "source_id": added.source_id, "accepted": added.accepted,
            "status": added.status, "reason": added.reason, "place_name": added.place_name,
            "province": added.province, "period": added.period, "seconds": added.seconds, "facts": facts}


def upload_name(file_name: str | None) -> str:
    """The name a browser sent, without any folder part ('upload' when nothing usable is left)."""
    name = Path(file_name or "").name
    return name if name not in ("", ".", "..") else "upload"


def rejection(file_name: str, reason: str) -> dict:
    return {"file_name": upload_name(file_name), "accepted": False, "reason": reason}
