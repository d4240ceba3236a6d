"""Fuzz: mutated callback bodies built from the app's real dependency list, posted over loopback HTTP to the
real app. No response may be a 5xx, and none may take long (a generous bound: this is not a benchmark; the
defect it guards against ran past gunicorn's 30 s timeout and took the worker down).

Bounded: at most FUZZ_BODIES bodies and FUZZ_SECONDS in all, a fixed seed (the same bodies on every run).
"""
from __future__ import annotations

import copy
import json
import random
import threading
import time
import urllib.error
import urllib.request

import pytest
from werkzeug.serving import make_server

from tests.web.bodies import body_for, server_callbacks

FUZZ_BODIES = 150
FUZZ_SECONDS = 90
SLOW_SECONDS = 20          # far above any normal answer (~0.1 s), far below gunicorn's 30 s timeout
SEARCHES = ["?view=compare&lang=en", "?view=targets&lang=vi&prov=94", "?view=scorecard&place=soc-trang/huyen-tran-de",
            "?view=data&inds=poverty_rate", "?view=sources&dist=soc-trang/huyen-tran-de", "?mode=briefing",
            "?view=compare&dist=" + ",".join(f"x/{i}" for i in range(3000)), "?" + "&".join(f"k{i}=v" for i in range(500))]
ODD_VALUES = [None, "", 0, -1, 10**30, 1.5, True, [], {}, [None], "all:94", "x" * 50_000, ["all:94"] * 500,
              [f"d{i}" for i in range(20_000)], {"nested": [[[[[]]]]]}, "Huyện Trần Đề", "\u0000\ud7ff",
              "<script>alert(1)</script>", "../../etc/passwd", [1, 2, 3], [[1]], {"id": "url", "property": "search"}]


@pytest.fixture(scope="module")
def live_server(sample_data_dir):
    import os

    os.environ.setdefault("EXPORTS_WARM_RENDERER", "0")
    os.environ["NQ_DATA_DIR"] = str(sample_data_dir)
    import app as app_module

    server = make_server("127.0.0.1", 0, app_module.server, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    thread.join(timeout=10)


def post(base: str, data: bytes) -> int:
    request = urllib.request.Request(base + "/_dash-update-component", data=data, method="POST",
                                     headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=SLOW_SECONDS * 2) as response:
            response.read()
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def mutate(body: dict, rng: random.Random, dependencies: list[dict]) -> bytes:
    body = copy.deepcopy(body)
    kind = rng.randrange(9)
    if kind == 0 and body["inputs"]:                     # an odd value for one input
        rng.choice(body["inputs"])["value"] = rng.choice(ODD_VALUES)
    elif kind == 1:                                      # a key dropped or of the wrong type
        key = rng.choice(["output", "outputs", "inputs", "state", "changedPropIds"])
        if rng.random() < 0.5:
            body.pop(key, None)
        else:
            body[key] = rng.choice(ODD_VALUES)
    elif kind == 2 and body["inputs"]:                   # an input without id or property, or renamed
        item = rng.choice(body["inputs"])
        item.pop(rng.choice(["id", "property", "value"]), None)
        item["property"] = rng.choice([item.get("property"), "nope", 5])
    elif kind == 3:                                      # another callback's output
        body["output"] = rng.choice(dependencies)["output"]
    elif kind == 4:                                      # an input too many or too few
        body["inputs"] = body["inputs"] + body["inputs"][:1] if rng.random() < 0.5 else body["inputs"][1:]
    elif kind == 5:                                      # a changed prop that is not an input
        body["changedPropIds"] = [rng.choice(["nope.value", "f-district.value", "", "url.search"])]
    elif kind == 6:                                      # not JSON, or JSON that is not an object
        return rng.choice([b"null", b"[]", b"{", b'{"output": NaN}', b"\xff\xfe", b'"' + b"a" * 1000 + b'"'])
    elif kind == 7 and body["inputs"]:                   # many districts at once
        body["inputs"][0]["value"] = [f"tinh/huyen-{i}" for i in range(rng.choice([100, 5_000, 40_000]))]
    else:                                                # a realistic page address
        for item in body["inputs"]:
            if item.get("id") == "url":
                item["value"] = rng.choice(SEARCHES)
    return json.dumps(body).encode()


def test_mutated_callback_bodies_never_get_a_5xx_or_hang(live_server):
    with urllib.request.urlopen(live_server + "/_dash-dependencies", timeout=30) as response:
        dependencies = json.loads(response.read())
    callbacks = server_callbacks(dependencies)
    assert len(callbacks) >= 5
    rng = random.Random(9)
    failures, slow = [], []
    started = time.monotonic()
    sent = 0
    while sent < FUZZ_BODIES and time.monotonic() - started < FUZZ_SECONDS:
        dependency = rng.choice(callbacks)
        data = mutate(body_for(dependency, {"url.search": rng.choice(SEARCHES)}), rng, dependencies)
        t0 = time.monotonic()
        status = post(live_server, data)
        took = time.monotonic() - t0
        sent += 1
        if status >= 500:
            failures.append((status, data[:200]))
        if took > SLOW_SECONDS:
            slow.append((round(took, 1), data[:200]))
    assert sent >= 50, f"only {sent} bodies in {FUZZ_SECONDS} s"
    assert failures == [] and slow == []
