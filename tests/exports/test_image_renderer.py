"""exports/image_renderer.py: one warm Chromium serves every render, a missing one is a friendly error, a crashed
one is restarted. These need Chromium (see the `renderer` fixture): they fail, not skip, without it."""
import os
import signal
import time

import pytest

from exports.errors import ChromiumMissingError
from exports.image_renderer import ImageRenderer
from exports.images import render_image
from tests.export_samples import sample_context


def test_one_warm_browser_serves_every_render(income_spec, context, renderer):
    """What makes exports fast (benchmarks/export_images.py measures it): renders reuse the running Chromium."""
    render_image(income_spec, context, fmt="png", renderer=renderer)
    kaleido = renderer._kaleido
    for fmt in ("png", "svg"):
        render_image(income_spec, context, fmt=fmt, renderer=renderer)
    assert renderer.running and renderer._kaleido is kaleido


def test_missing_chromium_is_a_friendly_error(monkeypatch, income_spec, context):
    monkeypatch.setenv("BROWSER_PATH", "/nonexistent/chromium")
    r = ImageRenderer()
    with pytest.raises(ChromiumMissingError) as err:
        render_image(income_spec, context, renderer=r)
    assert "Chromium" in err.value.user_message("en") and "BROWSER_PATH" in err.value.user_message("en")
    assert "Chromium" in err.value.user_message("vi")


def test_renderer_recovers_after_the_browser_dies(income_spec):
    context = sample_context("vi")
    r = ImageRenderer(tabs=1)
    try:
        first = render_image(income_spec, context, fmt="svg", renderer=r)
        os.killpg(os.getpgid(r._kaleido.subprocess.pid), signal.SIGKILL)   # Chromium crashes
        time.sleep(0.5)
        again = render_image(income_spec, context, fmt="svg", renderer=r)
        assert b"Thu nh" in again and len(again) > 0.5 * len(first)
    finally:
        r.stop()
