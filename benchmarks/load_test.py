"""Load test: 50 concurrent users for 60 s against gunicorn -w 2 on loopback, with the app's real callback mix;
then the worst requests the limits let through, and whether every worker survived them.

    .venv/bin/python benchmarks/load_test.py [--users 50] [--seconds 60] [--workers 2] [--data DIR]

Bounded and local: binds 127.0.0.1 only, at most 300 s of load, stops gunicorn itself. Data: the real ETL
output of seeds/ built into a temp dir (or --data DIR). Prints requests/s, p50/p95/p99, errors, the workers'
RSS before and after, the machine's load average (the machine may be shared: read the figures with it).

Mix (each user loops): the page callback for a new address (50 %), a filter change (15 %), the passage of a
fact (10 %), the view's export bar (10 %), the first-page layout request (10 %), the index page (5 %).
"""
from __future__ import annotations

import argparse
import json
import os
import random
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import pandas as pd  # noqa: E402
import psutil  # noqa: E402

from tests.web.bodies import body_for, page_callback, server_callbacks  # noqa: E402

HOST = "127.0.0.1"
MAX_SECONDS = 300
VIEWS = ("compare", "targets", "scorecard", "data", "sources")


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def build_data(folder: Path) -> Path:
    from etl.pipeline import run

    run(ROOT / "seeds", folder / "indicators.parquet", folder / "etl_report.json", curation=None, reviews={})
    return folder


def request(base: str, path: str, *, body: bytes | None = None, headers: dict | None = None,
            timeout: float = 60) -> tuple[int, float]:
    req = urllib.request.Request(base + path, data=body, method="POST" if body is not None else "GET",
                                 headers={"Content-Type": "application/json", **(headers or {})})
    t0 = time.perf_counter()
    try:
        with urllib.request.urlopen(req, timeout=timeout) as response:
            response.read()
            status = response.status
    except urllib.error.HTTPError as error:
        error.read()
        status = error.code
    except Exception:  # noqa: BLE001 - connection refused/reset, timeout: counted as an error
        status = 0
    return status, time.perf_counter() - t0


class Mix:
    """Builds the requests of the real mix from the app's dependency list and the data's ids."""

    def __init__(self, dependencies: list[dict], data: Path) -> None:
        facts = pd.read_parquet(data / "indicators.parquet", columns=["fact_id", "place_id", "province_code",
                                                                         "indicator"])
        self.fact_ids = list(facts["fact_id"])
        self.places = sorted(set(facts["place_id"]))
        self.provinces = sorted(set(facts["province_code"].dropna()))
        self.indicators = sorted(set(facts["indicator"]))
        callbacks = server_callbacks(dependencies)
        self.page = page_callback(dependencies)
        self.passage = next(d for d in callbacks if {"id": "url", "property": "hash"} in d["inputs"])
        self.exports = next(d for d in callbacks if d["output"] == "view-exports.children")

    def search(self, rng: random.Random) -> str:
        parts = [f"view={rng.choice(VIEWS)}", f"lang={rng.choice(['vi', 'en'])}"]
        if rng.random() < 0.5:
            parts.append("prov=" + ",".join(rng.sample(self.provinces, rng.randint(1, len(self.provinces)))))
        if rng.random() < 0.3:
            parts.append(f"ind={rng.choice(self.indicators)}")
        return "?" + "&".join(parts)

    def next(self, rng: random.Random) -> tuple[str, str, bytes | None, dict]:
        """(kind, path, body, headers)."""
        roll = rng.random()
        search = self.search(rng)
        if roll < 0.50:
            body = body_for(self.page, {"url.search": search}, changed="url.search")
            return "page", "/_dash-update-component", json.dumps(body).encode(), {}
        if roll < 0.65:
            districts = rng.sample(self.places, min(len(self.places), rng.randint(1, 4)))
            body = body_for(self.page, {"url.search": search, "f-district.value": districts},
                            changed="f-district.value")
            return "filter", "/_dash-update-component", json.dumps(body).encode(), {}
        if roll < 0.75:
            body = body_for(self.passage, {"url.hash": f"#fact={rng.choice(self.fact_ids)}"}, changed="url.hash")
            return "passage", "/_dash-update-component", json.dumps(body).encode(), {}
        if roll < 0.85:
            body = body_for(self.exports, {"url.search": search}, changed="url.search")
            return "exports", "/_dash-update-component", json.dumps(body).encode(), {}
        if roll < 0.95:
            return "layout", "/_dash-layout", None, {"Referer": f"{{base}}/{search}"}
        return "index", "/" + search, None, {}


def worker_pids(master: psutil.Process) -> list[int]:
    return sorted(child.pid for child in master.children())


def rss_mb(master: psutil.Process) -> float:
    procs = [master, *master.children()]
    return sum(p.memory_info().rss for p in procs if p.is_running()) / 2**20


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q / 100 * (len(ordered) - 1))))] if ordered else float("nan")


def run_load(base: str, mix: Mix, *, users: int, seconds: float) -> list[tuple[str, int, float]]:
    results: list[tuple[str, int, float]] = []
    lock = threading.Lock()
    deadline = time.monotonic() + seconds

    def user(seed: int) -> None:
        rng = random.Random(seed)
        mine = []
        while time.monotonic() < deadline:
            kind, path, body, headers = mix.next(rng)
            headers = {k: v.replace("{base}", base) for k, v in headers.items()}
            status, took = request(base, path, body=body, headers=headers)
            mine.append((kind, status, took))
        with lock:
            results.extend(mine)

    threads = [threading.Thread(target=user, args=(i,), daemon=True) for i in range(users)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(seconds + 120)
    return results


def hostile_requests(mix: Mix) -> list[tuple[str, str, bytes | None]]:
    """The worst the issue found, and the largest bodies the limits still let through."""
    under_limit = [f"tinh/huyen-{i:05d}" for i in range(45_000)]            # ~0.9 MB: under the body limit
    over_limit = [f"tinh/huyen-{i:05d}" for i in range(60_000)]             # ~1.2 MB: the body
    many_dist = "?view=compare&dist=" + ",".join(f"h{i}" for i in range(40_000))
    many_params = "?" + "&".join(f"x{i}=1" for i in range(30_000))
    page = mix.page

    def body(values, changed):
        return json.dumps(body_for(page, values, changed=changed)).encode()

    return [
        ("45,000 districts in a filter change (0.9 MB)", "/_dash-update-component",
         body({"url.search": "?view=compare", "f-district.value": under_limit}, "f-district.value")),
        ("60,000 districts in a filter change (1.2 MB)", "/_dash-update-component",
         body({"url.search": "?view=compare", "f-district.value": over_limit}, "f-district.value")),
        ("40,000 ids in ?dist= of the page callback", "/_dash-update-component",
         body({"url.search": many_dist}, "url.search")),
        ("30,000 unknown URL parameters in the page callback", "/_dash-update-component",
         body({"url.search": many_params}, "url.search")),
        ("every province and 1,000 districts", "/_dash-update-component",
         body({"url.search": "?view=scorecard&prov=" + ",".join(mix.provinces) + "&dist="
               + ",".join((mix.places * 1000)[:1000])}, "url.search")),
        ("20 MB body", "/_dash-update-component", b"{" + b" " * (20 * 2**20) + b"}"),
    ]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--data", type=Path, help="a folder with the tables (default: build from seeds/)")
    parser.add_argument("--app-dir", type=Path, default=ROOT,
                        help="checkout whose app:server gunicorn serves (to compare two versions on one machine)")
    args = parser.parse_args(argv)
    seconds = min(args.seconds, MAX_SECONDS)
    tmp = Path(tempfile.mkdtemp(prefix="nq-load-"))
    data = args.data or build_data(tmp / "data")
    port = free_port()
    env = {**os.environ, "NQ_DATA_DIR": str(data), "EXPORTS_WARM_RENDERER": "0", "LOG_LEVEL": "WARNING",
           "HOME": str(tmp), "NQ_BASE_URL": f"http://{HOST}:{port}/"}
    gunicorn = subprocess.Popen(
        [str(Path(sys.executable).with_name("gunicorn")), "app:server", "-w", str(args.workers),
         "--no-control-socket", "-b", f"{HOST}:{port}", "--timeout", "30"],
        cwd=args.app_dir, env=env, stdout=subprocess.DEVNULL, stderr=open(tmp / "gunicorn.log", "w"),
        start_new_session=True)
    base = f"http://{HOST}:{port}"
    try:
        deadline = time.monotonic() + 120
        while request(base, "/", timeout=5)[0] != 200:
            if time.monotonic() > deadline or gunicorn.poll() is not None:
                print("gunicorn did not come up; see", tmp / "gunicorn.log")
                return 1
            time.sleep(0.5)
        master = psutil.Process(gunicorn.pid)
        with urllib.request.urlopen(base + "/_dash-dependencies") as response:
            mix = Mix(json.loads(response.read()), data)
        for kind in ("page", "filter", "passage", "exports", "layout", "index"):    # warm every path once
            rng = random.Random(kind)
            for _ in range(3):
                k, path, body, headers = mix.next(rng)
                request(base, path, body=body, headers={h: v.replace("{base}", base) for h, v in headers.items()})
        pids_before, rss_before = worker_pids(master), rss_mb(master)
        load_before = os.getloadavg()
        print(f"gunicorn -w {args.workers} on {base}; {args.users} users x {seconds:.0f} s; "
              f"load average before {load_before[0]:.2f} {load_before[1]:.2f} {load_before[2]:.2f} "
              f"({os.cpu_count()} cores)")
        t0 = time.monotonic()
        results = run_load(base, mix, users=args.users, seconds=seconds)
        elapsed = time.monotonic() - t0
        rss_after = rss_mb(master)
        load_after = os.getloadavg()
        times = [took * 1000 for _, status, took in results]
        errors = [(k, s) for k, s, _ in results if s not in (200, 204)]
        print(f"requests: {len(results):,} in {elapsed:.1f} s = {len(results) / elapsed:.1f} req/s; "
              f"errors: {len(errors)}" + (f" {sorted(set(errors))[:8]}" if errors else ""))
        print(f"latency ms: p50 {percentile(times, 50):.0f}  p95 {percentile(times, 95):.0f}  "
              f"p99 {percentile(times, 99):.0f}  max {max(times):.0f}")
        for kind in ("page", "filter", "passage", "exports", "layout", "index"):
            mine = [took * 1000 for k, _, took in results if k == kind]
            if mine:
                print(f"  {kind:8s} n={len(mine):5d}  p50 {statistics.median(mine):6.0f}  "
                      f"p95 {percentile(mine, 95):6.0f}  p99 {percentile(mine, 99):6.0f}")
        print(f"RSS (master + workers): {rss_before:.0f} MB before, {rss_after:.0f} MB after; load average after "
              f"{load_after[0]:.2f} {load_after[1]:.2f} {load_after[2]:.2f}")

        print("worst requests after the limits (one at a time, idle server):")
        worst = (0.0, "")
        for name, path, body in hostile_requests(mix):
            status, took = request(base, path, body=body, timeout=60)
            worst = max(worst, (took, name))
            answer = f"HTTP {status}" if status else "closed by the server before the body was read (413)"
            print(f"  {name:55s} {answer}  {took * 1000:7.0f} ms")
        alive = worker_pids(master)
        status, _ = request(base, "/")
        print(f"worst: {worst[1]} in {worst[0] * 1000:.0f} ms; workers {pids_before} before, {alive} after "
              f"({'same workers, none killed' if alive == pids_before else 'WORKERS REPLACED'}); index HTTP {status}")
        return 0
    finally:
        os.killpg(gunicorn.pid, signal.SIGTERM)
        try:
            gunicorn.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(gunicorn.pid, signal.SIGKILL)
            gunicorn.wait()


if __name__ == "__main__":
    sys.exit(main())
