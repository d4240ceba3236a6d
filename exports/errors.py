"""Export failures that carry a message fit to show a user (never a traceback)."""
from __future__ import annotations

from components.i18n import t


class ExportError(Exception):
    """An export that could not be made; `user_message(lang)` says why in the reader's language."""

    key = "error_generic"

    def __init__(self, detail: str = "", *, key: str | None = None):
        super().__init__(detail or self.__class__.__name__)
        if key:
            self.key = key

    def user_message(self, lang: str | None = "vi") -> str:
        return t(self.key, lang)


class ChromiumMissingError(ExportError):
    """No Chromium/Chrome to render images with (kaleido needs one)."""

    key = "error_chromium_missing"


class RenderError(ExportError):
    """Chromium was found but did not produce the image (crashed, timed out)."""

    key = "error_render_failed"


def user_message(exc: BaseException, lang: str | None = "vi") -> str:
    """The friendly message for any exception: specific for ExportError, generic otherwise."""
    if isinstance(exc, ExportError):
        return exc.user_message(lang)
    return t("error_generic", lang)
