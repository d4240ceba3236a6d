"""The renderer process of chart images: one warm headless Chromium driven by kaleido on a private event-loop
thread (`ImageRenderer`), started on first use or by `warm_up()`, restarted after a crash or a fork, stopped at exit;
the shipped Noto Sans font is made visible to Chromium through fontconfig (see exports/fonts.py). It turns a finished
figure into bytes and knows nothing of headers, footers or margins (exports/image_layout.py).
"""
from __future__ import annotations

import asyncio
import atexit
import logging
import os
import shutil
import threading
import time
from concurrent.futures import TimeoutError as FutureTimeout
from pathlib import Path

import plotly.graph_objects as go

from .errors import ChromiumMissingError, RenderError
from .fonts import fonts_conf_path

log = logging.getLogger(__name__)

_BROWSER_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome")


def find_chromium() -> str:
    """Path of the Chromium/Chrome to render with: $BROWSER_PATH, else one on PATH; ChromiumMissingError if none."""
    explicit = os.environ.get("BROWSER_PATH")
    if explicit:
        if Path(explicit).is_file() and os.access(explicit, os.X_OK):
            return explicit
        raise ChromiumMissingError(f"BROWSER_PATH={explicit!r} is not an executable file")
    for name in _BROWSER_NAMES:
        found = shutil.which(name)
        if found:
            return found
    try:  # a Chrome that kaleido/choreographer downloaded itself (kaleido_get_chrome)
        from choreographer.browsers.chromium import Chromium

        found = Chromium.find_browser(skip_local=False)
        if found and Path(found).is_file():
            return str(found)
    except Exception:  # noqa: BLE001
        pass
    raise ChromiumMissingError(
        "No Chromium found: install it (scripts/install-system.sh, or apt-get install chromium) or set BROWSER_PATH"
    )


def _kaleido_classes(fonts_conf: Path):
    """Kaleido subclasses: Chromium started with our fonts.conf; tabs reloaded after (not before) replying."""
    import kaleido
    from choreographer.browsers.chromium import Chromium

    class FontChromium(Chromium):
        def get_env(self):
            env = super().get_env()
            env["FONTCONFIG_FILE"] = str(fonts_conf)
            return env

    class WarmKaleido(kaleido.Kaleido):
        # kaleido reloads a tab before handing the image back; reloading in the background instead halves the
        # latency of a warm render. Falls back to kaleido's own behaviour if its internals change.
        if hasattr(kaleido.Kaleido, "_return_kaleido_tab"):
            async def _return_kaleido_tab(self, tab):
                async def reload_then_return():
                    try:
                        await tab.reload()
                    except Exception:  # noqa: BLE001 - a broken tab is still returned; the next render errors
                        log.warning("kaleido tab reload failed", exc_info=True)
                    await self.tabs_ready.put(tab)

                task = asyncio.get_running_loop().create_task(reload_then_return())
                self._background = getattr(self, "_background", set())
                self._background.add(task)
                task.add_done_callback(self._background.discard)

    return WarmKaleido, FontChromium


class ImageRenderer:
    """One warm headless Chromium (via kaleido) on a private event loop thread; thread-safe `render()`.

    Started on first use (or by `warm_up()`), restarted after a crash or a fork (gunicorn workers), stopped at exit.
    """

    def __init__(self, *, tabs: int = 2, timeout: float = 30.0, fonts_conf: Path | None = None,
                 browser_path: str | None = None):
        self.tabs = tabs
        self.timeout = timeout
        self._fonts_conf = fonts_conf
        self._browser_path = browser_path
        self._lock = threading.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._kaleido = None
        self._pid = None

    # -- lifecycle
    @property
    def running(self) -> bool:
        return self._kaleido is not None and self._pid == os.getpid()

    def browser_alive(self) -> bool:
        proc = getattr(self._kaleido, "subprocess", None)
        return proc is not None and proc.poll() is None

    def loop_alive(self) -> bool:
        return (self._thread is not None and self._thread.is_alive() and self._loop is not None
                and self._loop.is_running())

    def healthy(self) -> bool:
        return self.running and self.browser_alive() and self.loop_alive()

    def start(self) -> None:
        with self._lock:
            if self.healthy():
                return
            if self.running:  # the browser or its thread died (crash, OOM kill): clean up, start a new one
                log.warning("Chromium for image export is gone; restarting it")
                self._stop_locked(timeout=3)
            self._kaleido = None  # after a fork the parent's browser is not ours
            path = self._browser_path or find_chromium()
            conf = self._fonts_conf or fonts_conf_path()
            loop = asyncio.new_event_loop()
            thread = threading.Thread(target=loop.run_forever, name="export-image-renderer", daemon=True)
            thread.start()
            kaleido_cls, chromium_cls = _kaleido_classes(conf)

            async def open_browser():
                k = kaleido_cls(n=self.tabs, timeout=self.timeout, mathjax=False, path=path, browser_cls=chromium_cls)
                await k.open()
                return k

            try:
                k = asyncio.run_coroutine_threadsafe(open_browser(), loop).result(timeout=self.timeout)
            except Exception as exc:
                loop.call_soon_threadsafe(loop.stop)
                thread.join(timeout=5)
                if isinstance(exc, ChromiumMissingError):
                    raise
                if type(exc).__name__ == "ChromeNotFoundError":
                    raise ChromiumMissingError(str(exc)) from exc
                raise RenderError(f"Chromium at {path} did not start: {exc!r}") from exc
            self._loop, self._thread, self._kaleido, self._pid = loop, thread, k, os.getpid()
            log.info("image renderer started (Chromium %s, fonts %s)", path, conf)

    def stop(self) -> None:
        with self._lock:
            self._stop_locked(timeout=15)

    def kill(self) -> None:
        """End the browser at once (no graceful close), e.g. when its helper threads may be gone."""
        with self._lock:
            k, loop = self._kaleido, self._loop
            self._kaleido = self._loop = self._thread = None
            if k is None or self._pid != os.getpid():
                return
            proc = getattr(k, "subprocess", None)
            if proc is not None and proc.poll() is None:
                _kill_process_group(proc)
            _clean_temp_dirs(k)
            if loop is not None and loop.is_running():
                loop.call_soon_threadsafe(loop.stop)

    def _stop_locked(self, *, timeout: float) -> None:
        k, loop, thread = self._kaleido, self._loop, self._thread
        self._kaleido = self._loop = self._thread = None
        if k is None or loop is None or self._pid != os.getpid():
            return
        alive = getattr(k, "subprocess", None) is not None and k.subprocess.poll() is None
        if thread is None or not thread.is_alive() or not loop.is_running():
            # the event loop's thread was killed (a test harness does that): nobody can run close(); end the
            # browser process group ourselves
            if alive:
                _kill_process_group(k.subprocess)
            _clean_temp_dirs(k)
            return
        closing = asyncio.run_coroutine_threadsafe(k.close(), loop)
        if not alive:
            # a dead browser's close() only cleans temp files and may wait on its watchdog: let it finish in the
            # old loop's thread, which then ends, while a new browser starts
            closing.add_done_callback(lambda _f: loop.call_soon_threadsafe(loop.stop))
            return
        try:
            closing.result(timeout=timeout)
        except Exception as exc:  # noqa: BLE001 - e.g. its helper threads are gone: end it the hard way
            log.info("image renderer did not close cleanly (%r); ending Chromium", exc)
            closing.cancel()
            if k.subprocess.poll() is None:
                _kill_process_group(k.subprocess)
            _clean_temp_dirs(k)
        loop.call_soon_threadsafe(loop.stop)
        if thread is not None:
            thread.join(timeout=5)

    # -- work
    def render(self, fig: go.Figure | dict, *, fmt: str, width: int, height: int, scale: float = 1) -> bytes:
        """Image bytes for `fig` (png/svg/pdf/jpeg/webp); one restart and retry if the browser died."""
        opts = dict(format=fmt, width=width, height=height, scale=scale)
        fig_dict = fig.to_dict() if hasattr(fig, "to_dict") else fig
        for attempt in (1, 2):
            self.start()
            k, loop = self._kaleido, self._loop
            if k is None or loop is None:
                raise RenderError("image renderer stopped")
            future = asyncio.run_coroutine_threadsafe(k.calc_fig(fig_dict, opts=opts), loop)
            deadline = time.monotonic() + self.timeout + 5
            try:
                while True:  # wait, but notice at once if Chromium dies meanwhile
                    try:
                        return future.result(timeout=0.25)
                    except FutureTimeout:
                        if not self.browser_alive() or not self.loop_alive():
                            raise RenderError("Chromium or its event loop ended during the render") from None
                        if time.monotonic() > deadline:
                            raise RenderError(f"no image after {self.timeout + 5:.0f}s") from None
            except Exception as exc:  # noqa: BLE001
                future.cancel()
                log.warning("image render failed (attempt %d): %r", attempt, exc)
                with self._lock:
                    self._stop_locked(timeout=3)
                if attempt == 2:
                    if isinstance(exc, RenderError):
                        raise
                    raise RenderError(f"image render failed: {exc!r}") from exc
        raise AssertionError("unreachable")


def _kill_process_group(proc) -> None:
    """SIGTERM the browser's process group, SIGKILL it if it is still there after 1 s."""
    import signal
    import subprocess

    for sig, wait in ((signal.SIGTERM, 1), (getattr(signal, "SIGKILL", signal.SIGTERM), 5)):
        try:
            if hasattr(os, "killpg"):
                os.killpg(os.getpgid(proc.pid), sig)
            else:  # pragma: no cover - Windows
                proc.kill()
            proc.wait(timeout=wait)
            return
        except ProcessLookupError:
            return
        except subprocess.TimeoutExpired:
            continue
        except Exception:  # noqa: BLE001
            break
    log.warning("could not end the old Chromium (pid %s)", getattr(proc, "pid", "?"))


def _clean_temp_dirs(k) -> None:
    """Remove the profile and page folders of a browser that was killed rather than closed."""
    for cleaner in (getattr(getattr(k, "_browser_impl", None), "clean", None),
                    getattr(getattr(k, "_html_tmp_dir", None), "clean", None)):
        try:
            if cleaner:
                cleaner()
        except Exception:  # noqa: BLE001
            log.debug("temp dir cleanup failed", exc_info=True)


_renderer: ImageRenderer | None = None
_renderer_lock = threading.Lock()


def _stop_at_exit() -> None:
    if _renderer is not None:
        with _renderer._lock:
            _renderer._stop_locked(timeout=3)


def get_renderer() -> ImageRenderer:
    """The process-wide warm renderer."""
    global _renderer
    with _renderer_lock:
        if _renderer is None:
            _renderer = ImageRenderer()
            atexit.register(_stop_at_exit)
        return _renderer


def warm_up(*, background: bool = True) -> None:
    """Start Chromium now so the first download is fast; errors (no Chromium) are logged, not raised."""
    def run():
        try:
            get_renderer().start()
        except Exception as exc:  # noqa: BLE001
            log.warning("image renderer not started: %s", exc)

    if background:
        threading.Thread(target=run, name="export-image-warmup", daemon=True).start()
    else:
        run()


def shutdown(*, force: bool = False) -> None:
    """Stop the process-wide renderer (it starts again on the next render); force=True kills it at once."""
    if _renderer is not None:
        _renderer.kill() if force else _renderer.stop()
