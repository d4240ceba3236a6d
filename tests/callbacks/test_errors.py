"""callbacks/errors.py: never a stack trace on the page; errors in callbacks are logged on one line and shown as
a friendly message in the page's language."""
import logging

import pytest
from flask import Flask

from callbacks.errors import friendly, lang_from_context, lang_from_search, on_callback_error


def test_error_hook_logs_and_never_raises(caplog):
    assert on_callback_error(RuntimeError("boom")) is None
    assert "boom" in caplog.text
    assert lang_from_search("?view=compare&lang=en") == "en" and lang_from_search(None) == "vi"


@pytest.mark.parametrize("search,lang", [("?lang=en", "en"), ("lang=en&view=x", "en"), ("?view=x", "vi"),
                                         ("?lang=fr", "vi"), ("", "vi"), ("?lang=en&lang=vi", "en")])
def test_the_language_of_an_address(search, lang):
    assert lang_from_search(search) == lang


def test_outside_a_callback_the_language_comes_from_the_pages_referer():
    server = Flask(__name__)
    with server.test_request_context("/_dash-update-component",
                                     headers={"Referer": "http://x/?view=compare&lang=en"}):
        assert lang_from_context() == "en"
    with server.test_request_context("/_dash-update-component"):
        assert lang_from_context() == "vi"
    assert lang_from_context() == "vi"                                  # no request at all


def test_the_hook_logs_one_line_with_an_id(caplog):
    with caplog.at_level(logging.DEBUG, logger="dashboard"):
        on_callback_error(KeyError("missing column"))
    errors = [r for r in caplog.records if r.levelno == logging.ERROR and "callback failed" in r.getMessage()]
    assert len(errors) == 1 and "[id " in errors[0].getMessage() and "missing column" in errors[0].getMessage()


def test_a_friendly_builder_returns_its_fallback_in_the_asked_language(caplog):
    seen = []

    @friendly(lambda lang, exc: seen.append((lang, type(exc).__name__)) or f"sorry ({lang})")
    def build(x, *, lang):
        if x < 0:
            raise ValueError("negative")
        return x * 2

    assert build(2, lang="en") == 4 and seen == []
    with caplog.at_level(logging.ERROR, logger="dashboard"):
        assert build(-1, lang="en") == "sorry (en)"
    assert seen == [("en", "ValueError")] and "build failed" in caplog.text
    assert build.__name__ == "build"
