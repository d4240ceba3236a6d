"""Screenshots of every view in both languages at the three sizes analysts use, for looking at (not a test).

    .venv/bin/python scripts/screenshots.py [--base http://127.0.0.1:8050] [--out artifacts/screenshots]
                                            [--views compare,map] [--extra '&ind=poverty_rate'] [--phone-scale 1]

Expects a running dashboard at --base. Sizes: 1400×900 desktop, 390×844 phone, 1280×720 briefing (mode=briefing).
Every size is set through Chromium's device metrics (Emulation.setDeviceMetricsOverride), so the page lays out to
exactly that viewport; the phone is emulated as a phone (mobile viewport, touch, a phone's user agent), not a
narrow desktop window. Phone shots are saved twice: the screen as one first sees it and the whole scrolled page
(-full). Headless Debian Chromium with HOME/TMPDIR in a scratch directory; console errors are printed.
"""
from __future__ import annotations

import argparse
import base64
import os
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

PHONE_UA = ("Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
            "Version/17.0 Mobile/15E148 Safari/604.1")


@dataclass(frozen=True)
class Size:
    width: int
    height: int
    mode: str = "interactive"
    mobile: bool = False


SIZES = {"desktop": Size(1400, 900), "phone": Size(390, 844, mobile=True), "briefing": Size(1280, 720, "briefing")}


def views() -> list[str]:
    from components.registry import VIEWS

    return [v.name for v in VIEWS]


def driver():
    opts = Options()
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars",
                "--window-size=1400,900"):
        opts.add_argument(arg)
    opts.binary_location = "/usr/bin/chromium"
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return webdriver.Chrome(options=opts, service=Service("/usr/bin/chromedriver"))


def emulate(d, size: Size, *, scale: float = 1) -> None:
    """Lay the page out to exactly `size`: its device metrics, and for a phone touch and a phone's user agent."""
    d.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
        "width": size.width, "height": size.height, "deviceScaleFactor": scale if size.mobile else 1,
        "mobile": size.mobile, "screenWidth": size.width, "screenHeight": size.height})
    d.execute_cdp_cmd("Emulation.setTouchEmulationEnabled", {"enabled": size.mobile, "maxTouchPoints": 5})
    d.execute_cdp_cmd("Network.setUserAgentOverride", {"userAgent": PHONE_UA if size.mobile else
                                                       d.execute_script("return navigator.userAgent")
                                                       .replace("HeadlessChrome", "Chrome")})


def save(d, path: Path, *, full: bool = False) -> None:
    """The viewport, or with full=True the whole page as one scrolls it (captured beyond the viewport)."""
    shot = {"format": "png"}
    if full:
        m = d.execute_cdp_cmd("Page.getLayoutMetrics", {})["cssContentSize"]
        shot.update(captureBeyondViewport=True, clip={"x": 0, "y": 0, "width": m["width"],
                                                       "height": min(m["height"], 6000), "scale": 1})
    path.write_bytes(base64.b64decode(d.execute_cdp_cmd("Page.captureScreenshot", shot)["data"]))


def shoot(d, *, base: str, out: Path, name: str, size: Size, view: str, lang: str, extra: str,
          wait: float) -> None:
    d.get(f"{base}/?view={view}&lang={lang}&mode={size.mode}{extra}")
    time.sleep(wait)
    save(d, out / f"{view}-{lang}-{name}.png")
    if size.mobile:
        save(d, out / f"{view}-{lang}-{name}-full.png", full=True)
    for entry in d.get_log("browser"):
        if entry.get("level") == "SEVERE":
            print("console:", view, lang, name, entry.get("message"))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--base", default="http://127.0.0.1:8050")
    ap.add_argument("--out", default=str(ROOT / "artifacts" / "screenshots"))
    ap.add_argument("--views", default="")
    ap.add_argument("--sizes", default=",".join(SIZES))
    ap.add_argument("--extra", default="", help="extra query string added to every URL")
    ap.add_argument("--phone-scale", type=float, default=1, help="device pixel ratio of the phone (3 on an iPhone)")
    args = ap.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    scratch = tempfile.mkdtemp(prefix="nq-shots-")
    os.environ["HOME"] = os.environ["TMPDIR"] = scratch
    chosen = [v for v in args.views.split(",") if v] or views()
    wait = float(os.environ.get("SHOT_WAIT", "4"))
    d = driver()
    try:
        for name in [s for s in args.sizes.split(",") if s]:
            emulate(d, SIZES[name], scale=args.phone_scale)
            for view in chosen:
                for lang in ("vi", "en"):
                    shoot(d, base=args.base, out=out, name=name, size=SIZES[name], view=view, lang=lang,
                          extra=args.extra, wait=wait)
    finally:
        d.quit()
    print("saved to", out)


if __name__ == "__main__":
    main()
