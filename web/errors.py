"""One log line per failure, with an id a viewer can quote: no traceback per request in the log (a burst of
bad requests must not flood it); set LOG_TRACEBACKS=1 to log the traceback too, at DEBUG level."""
from __future__ import annotations

import logging
import os
import secrets
import traceback

log = logging.getLogger("dashboard")


def log_failure(what: str, error: BaseException) -> str:
    """Log `what` failed with `error` on one line ('… [id 3f2a9c1e] KeyError: 'x' at file.py:12'); the id."""
    error_id = secrets.token_hex(4)
    frames = traceback.extract_tb(error.__traceback__)
    where = f" at {os.path.basename(frames[-1].filename)}:{frames[-1].lineno}" if frames else ""
    message = str(error).replace("\n", " ")[:300]
    log.error("%s failed [id %s] %s: %s%s", what, error_id, type(error).__name__, message, where)
    if os.environ.get("LOG_TRACEBACKS") == "1":
        log.debug("traceback of %s", error_id, exc_info=error)
    return error_id
