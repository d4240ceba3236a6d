"""Screenshots of every view in both languages at the three sizes analysts use, for looking at (not a test).

    .venv/bin/python scripts/screenshots.py [--base http://127.0.0.1:8050] [--out artifacts/screenshots]

Expects a running dashboard at --base. Sizes: 1400×900 desktop, 390×844 phone, 1280×720 briefing (mode=briefing).
Headless Debian Chromium with HOME/TMPDIR in a scratch directory.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SIZES = {"desktop": (1400, 900, "interactive"), "phone": (390, 844, "interactive"), "briefing": (1280, 720, "briefing")}


def views() -> list[str]:
    from components.registry import VIEWS

    return [v.name for v in VIEWS]


def driver(width: int, height: int):
    opts = Options()
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars",
                f"--window-size={width},{height}"):
        opts.add_argument(arg)
    opts.binary_location = "/usr/bin/chromium"
    d = webdriver.Chrome(options=opts, service=Service("/usr/bin/chromedriver"))
    d.set_window_size(width, height)
    # the window's inner size, not its outer one, is what the page lays out to
    inner = d.execute_script("return [window.innerWidth, window.innerHeight]")
    d.set_window_size(width + (width - inner[0]), height + (height - inner[1]))
    return d


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--base", default="http://127.0.0.1:8050")
    ap.add_argument("--out", default=str(ROOT / "artifacts" / "screenshots"))
    ap.add_argument("--views", default="")
    ap.add_argument("--extra", default="", help="extra query string added to every URL")
    args = ap.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    scratch = tempfile.mkdtemp(prefix="nq-shots-")
    os.environ["HOME"] = os.environ["TMPDIR"] = scratch
    chosen = [v for v in args.views.split(",") if v] or views()
    for size, (w, h, mode) in SIZES.items():
        d = driver(w, h)
        try:
            for view in chosen:
                for lang in ("vi", "en"):
                    d.get(f"{args.base}/?view={view}&lang={lang}&mode={mode}{args.extra}")
                    time.sleep(float(os.environ.get("SHOT_WAIT", "4")))
                    d.save_screenshot(str(out / f"{view}-{lang}-{size}.png"))
                    if size == "phone":   # the whole page, as one scrolls it
                        full = d.execute_script("return document.documentElement.scrollHeight")
                        d.set_window_size(w + 15, min(full + 100, 4000))
                        time.sleep(0.8)
                        d.save_screenshot(str(out / f"{view}-{lang}-{size}-full.png"))
                        d.set_window_size(w + 15, h + 100)
            logs = d.get_log("browser") if hasattr(d, "get_log") else []
            for entry in logs:
                if entry.get("level") == "SEVERE":
                    print("console:", size, entry.get("message"))
        finally:
            d.quit()
    print("saved to", out)


if __name__ == "__main__":
    main()
