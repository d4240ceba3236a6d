"""The screen the page is laid out for: assets/screen.js says phone or wide in a cookie before the first layout
request; the page callback reads it into the view's state (never into the URL)."""
import re
from pathlib import Path

from flask import Flask

from callbacks.page import PHONE_MAX_WIDTH, SCREEN_COOKIE, page_update, request_screen
from components.state import state_to_query

SCRIPT = Path(__file__).resolve().parents[2] / "assets" / "screen.js"


def test_the_script_writes_the_cookie_the_server_reads_at_the_same_width():
    js = SCRIPT.read_text(encoding="utf-8")
    assert f'"{SCREEN_COOKIE}=' in js
    assert re.search(r"max-width:\s*(\d+)px", js).group(1) == str(PHONE_MAX_WIDTH)


def test_the_cookie_says_phone_or_the_screen_is_wide():
    app = Flask(__name__)
    with app.test_request_context("/_dash-layout", headers={"Cookie": f"{SCREEN_COOKIE}=phone"}):
        assert request_screen() == "phone"
    with app.test_request_context("/_dash-layout", headers={"Cookie": f"{SCREEN_COOKIE}=junk"}):
        assert request_screen() == "wide"
    with app.test_request_context("/_dash-layout"):
        assert request_screen() == "wide"
    assert request_screen() == "wide"                      # no request at all (tests, benchmarks)


def test_a_phone_gets_the_phone_ranking_and_the_same_link(sample_dataset):
    app = Flask(__name__)
    search = "?view=compare&lang=vi&ind=targets_met&measure=level"
    outs = {}
    for screen in ("phone", "wide"):
        with app.test_request_context("/_dash-update-component", headers={"Cookie": f"{SCREEN_COOKIE}={screen}"}):
            outs[screen] = page_update(sample_dataset, trigger=None, search=search, controls={}, prev=None)
    phone, wide = (outs[s]["rendered"]["state"] for s in ("phone", "wide"))
    assert phone["screen"] == "phone" and wide["screen"] == "wide"
    assert state_to_query(phone) == state_to_query(wide)          # a shared link opens right on any screen
    assert "yaxis2" in str(outs["phone"]["content"]) and "yaxis2" not in str(outs["wide"]["content"])
