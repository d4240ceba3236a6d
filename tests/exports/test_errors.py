"""exports/errors.py: an export failure reaches the user as a sentence in their language, never a traceback."""
import pytest

from exports.errors import ChromiumMissingError, ExportError, RenderError, user_message


def test_each_kind_of_failure_has_its_own_message_in_both_languages():
    messages = {cls: cls("detail").user_message("en") for cls in (ExportError, ChromiumMissingError, RenderError)}
    assert messages[ExportError].startswith("The export failed.")
    assert "Chromium" in messages[ChromiumMissingError] and "Data downloads still work" in messages[ChromiumMissingError]
    assert messages[RenderError].startswith("Could not draw the image just now")
    for cls in messages:
        vi = cls().user_message("vi")
        assert vi and vi != messages[cls]


def test_the_technical_detail_stays_in_the_exception_not_the_message():
    error = RenderError("kaleido timed out after 30 s")
    assert str(error) == "kaleido timed out after 30 s"
    assert "kaleido" not in error.user_message("en")
    assert str(ChromiumMissingError()) == "ChromiumMissingError"


def test_a_message_key_can_be_chosen_per_error():
    specific = ExportError("x", key="error_chromium_missing")
    assert specific.user_message("en") == ChromiumMissingError().user_message("en")
    assert ExportError().user_message("en") != specific.user_message("en")   # the class default is untouched


@pytest.mark.parametrize("exc", [ValueError("boom"), KeyError("k"), RuntimeError()])
def test_any_other_exception_gets_the_generic_message(exc):
    assert user_message(exc, "en") == ExportError().user_message("en")
    assert "boom" not in user_message(exc, "en")


def test_user_message_uses_the_errors_own_text():
    assert user_message(RenderError("x"), "en") == RenderError().user_message("en")
