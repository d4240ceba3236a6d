"""web/errors.py: one log line per failure with an id a viewer can quote; the traceback only on request."""
from __future__ import annotations

import logging
import re

import pytest

from tests.web.bodies import page_body, post
from web.errors import log_failure


def raised(error: BaseException) -> BaseException:
    try:
        raise error
    except BaseException as caught:  # noqa: BLE001 - the point: an error with its traceback
        return caught


def test_a_failing_callback_logs_one_line_with_an_id_and_shows_the_alert(client, dependencies, monkeypatch,
                                                                         caplog):
    import callbacks.page

    def boom(*args, **kwargs):
        raise RuntimeError("builder broke")

    monkeypatch.setattr(callbacks.page, "page_update", boom)
    with caplog.at_level(logging.DEBUG, logger="dashboard"):
        response = post(client, page_body(dependencies))
    assert response.status_code == 200 and "error-alert" in response.get_data(as_text=True)
    records = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert len(records) == 1 and records[0].exc_info is None
    assert re.search(r"callback failed \[id [0-9a-f]{8}\] RuntimeError: builder broke at test_errors.py:\d+",
                     records[0].getMessage())


def test_one_line_with_the_id_the_type_the_message_and_where(caplog, monkeypatch):
    monkeypatch.delenv("LOG_TRACEBACKS", raising=False)
    with caplog.at_level(logging.DEBUG, logger="dashboard"):
        error_id = log_failure("export", raised(KeyError("x\ny")))
    assert re.fullmatch(r"[0-9a-f]{8}", error_id)
    [record] = caplog.records
    assert record.levelno == logging.ERROR and record.exc_info is None
    message = record.getMessage()
    assert message.startswith(f"export failed [id {error_id}] KeyError: ")
    assert "\n" not in message and re.search(r"at test_errors.py:\d+$", message)


def test_a_long_message_is_cut_and_an_error_never_raised_has_no_place(caplog):
    with caplog.at_level(logging.ERROR, logger="dashboard"):
        log_failure("upload", ValueError("z" * 1000))
    message = caplog.records[0].getMessage()
    assert message.count("z") == 300 and " at " not in message


def test_each_failure_gets_its_own_id(caplog):
    with caplog.at_level(logging.ERROR, logger="dashboard"):
        ids = {log_failure("x", raised(RuntimeError("r"))) for _ in range(20)}
    assert len(ids) == 20


@pytest.mark.parametrize("flag,tracebacks", [("1", 1), ("0", 0), ("", 0)])
def test_the_traceback_is_logged_at_debug_only_when_asked_for(caplog, monkeypatch, flag, tracebacks):
    monkeypatch.setenv("LOG_TRACEBACKS", flag)
    with caplog.at_level(logging.DEBUG, logger="dashboard"):
        error_id = log_failure("x", raised(RuntimeError("r")))
    debug = [r for r in caplog.records if r.levelno == logging.DEBUG]
    assert len(debug) == tracebacks
    if debug:
        assert debug[0].exc_info and error_id in debug[0].getMessage()
