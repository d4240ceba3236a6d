"""Dashboard latency on a synthetic national table, printed beside its floor and a naive baseline.

    .venv/bin/python benchmarks/app_latency.py [--repeat 30] [--no-browser] [--data DIR]

Builds every district of the official list × the indicator catalogue × 5 periods, writes it as the ETL would
(facts + documents parquet + report) into a temp dir (or DIR, reused), points NQ_DATA_DIR at it and measures,
for compare, targets, scorecard, data and sources at every district (696) and at one province:
  * project: the page callback as Dash runs it, including Dash's JSON encoding of the response
    (dash._utils.to_json on the {component id: {property: value}} body), p50 / p95 wall and CPU;
  * floor: plotly.io.to_json of the view's own output figure(s) (the grid's rows / the cards where it has none);
  * naive: plotly-express (px.bar / px.imshow) or pandas-to-records of the same slice, encoded the same way;
  * response sizes raw, gzip and brotli (at the levels web/compression.py uses);
  * time to first drawn bar in headless Chromium against a server in its OWN process (gunicorn -w 1), read from
    an in-page observer (no WebDriver polling in the figure).
Goals (issue 12): callback p95 ≤ 30 ms and ≤ 5× its floor; compare-all response ≤ 100 KB on the wire.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import statistics
import sys
import tempfile
import subprocess
import time
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

PERIODS = ["2019", "2020", "2021", "2022", "2023"]
GOALS = {"p95_ms": 30.0, "floor_ratio": 5.0, "first_chart_s": 1.5, "wire_kb": 100.0}


def synthetic_tables(seed: int = 7):
    """(facts, documents, report): one report per district and year, figures for every catalogue indicator."""
    from data_access import official_districts
    from etl.catalogue import load_catalogue

    rng = np.random.default_rng(seed)
    places = official_districts()
    cat = load_catalogue()
    base = {"%": (1, 15), "billion VND": (500, 40000), "million VND/ha": (80, 400),
            "million VND/person": (30, 120), "tonnes": (1000, 90000)}
    facts, docs = [], []
    for p in places.to_dict("records"):
        communes = int(rng.integers(8, 25))
        for period in PERIODS:
            sid = hashlib.sha1(f"{p['place_id']}:{period}".encode()).hexdigest()[:20]
            parts, offset = [], 0
            year = int(period)
            for ind in cat.index:
                unit = cat.loc[ind, "unit"]
                den = None
                scope = body = term = None
                if ind == "targets_met":
                    den = float(rng.integers(15, 30))
                    value = float(rng.integers(int(den * 0.3), int(den) + 1))
                    scope, body = ("term", "party") if period == "2023" else ("annual", "party")
                    term = "2020-2025" if scope == "term" else None
                elif ind in ("ntm_communes", "ntm_advanced_communes"):
                    den = float(communes)
                    value = float(rng.integers(0, communes + 1))
                else:
                    lo, hi = base.get(unit, (5, 500))
                    value = round(float(rng.uniform(lo, hi)), 2)
                quote = f"{cat.loc[ind, 'label_vi']} năm {year} đạt {value:g} {unit}"
                for measure, val, u in [("level", value, unit)] + (
                        [("growth_pct", round(float(rng.normal(7, 4)), 2), "%"),
                         ("pct_of_target", round(float(rng.uniform(80, 125)), 1), "%")]
                        if unit in ("billion VND", "million VND/person") else []):
                    q = quote if measure == "level" else f"{quote}, {measure} {val:g}%"
                    start = offset
                    parts.append(q)
                    offset += len(q) + 2
                    facts.append(dict(
                        fact_id=hashlib.sha1(f"{sid}:{start}:{ind}:{measure}".encode()).hexdigest()[:16],
                        source_id=sid, place_id=p["place_id"], place_name=p["place_name"],
                        place_type=p["place_type"], province=p["province"], admin_code=p["admin_code"],
                        province_code=p["province_code"], period=period, period_type="year", term=term,
                        indicator=ind, measure=measure, value=float(val), unit=u,
                        denominator=den if measure == "level" else None, qualifier=None,
                        target_scope=scope if measure == "level" else ("annual" if measure == "pct_of_target"
                                                                       else None),
                        target_body=body, quote=q, char_start=start, char_end=start + len(q), curated=False))
            text = ". ".join(parts)
            docs.append(dict(source_id=sid, file_name=f"{sid}.txt", title=f"Báo cáo {p['place_name']} năm {year}",
                             published=f"{year + 1}-01-15", place_id=p["place_id"], place_name=p["place_name"],
                             province=p["province"], period=period, status="ok", reason=None,
                             fact_count=len(parts), warnings=[], encoding="utf-8",
                             sha256=hashlib.sha256(text.encode()).hexdigest(), text=text, method="txt",
                             page_starts=None))
    report = {"built_at": "synthetic", "totals": {"documents": len(docs), "facts": len(facts)}}
    return pd.DataFrame(facts), pd.DataFrame(docs), report


def write_tables(directory: Path, facts, documents, report):
    import pyarrow as pa
    import pyarrow.parquet as pq

    from etl.schema import DOCUMENTS_SCHEMA, FACTS_SCHEMA

    directory.mkdir(parents=True, exist_ok=True)
    # columns the synthetic table does not set (added to the contract later) are written as null
    pq.write_table(pa.Table.from_pandas(facts.reindex(columns=FACTS_SCHEMA.names), schema=FACTS_SCHEMA,
                                        preserve_index=False), directory / "indicators.parquet")
    pq.write_table(pa.Table.from_pandas(documents.reindex(columns=DOCUMENTS_SCHEMA.names), schema=DOCUMENTS_SCHEMA,
                                        preserve_index=False), directory / "indicators.documents.parquet")
    (directory / "etl_report.json").write_text(json.dumps(report), encoding="utf-8")


def _p(values, q):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q * (len(values) - 1))))]


def timed(fn, repeat: int):
    """(p50, p95) wall-clock ms and (p50, p95) CPU ms of this process: on a shared machine the CPU time is what
    the callback costs, the wall time also includes waiting for a core."""
    fn()
    wall, cpu = [], []
    for _ in range(repeat):
        c0, t0 = time.process_time(), time.perf_counter()
        fn()
        wall.append((time.perf_counter() - t0) * 1000)
        cpu.append((time.process_time() - c0) * 1000)
    return _p(wall, 0.5), _p(wall, 0.95), _p(cpu, 0.5), _p(cpu, 0.95)


def dash_body(out: dict) -> str:
    """The response body Dash sends for the page callback's outputs (same encoder, same shape)."""
    from dash._utils import to_json

    from callbacks.page import page_values

    response: dict = {}
    for (cid, prop), value in page_values(out).items():
        response.setdefault(cid, {})[prop] = value
    return to_json({"multi": True, "response": response})


def figures_in(node) -> list:
    """Every dcc.Graph figure and AgGrid rowData in a component tree (the view's own output data)."""
    found, stack = [], [node]
    while stack:
        n = stack.pop()
        if isinstance(n, (list, tuple)):
            stack.extend(n)
            continue
        if not hasattr(n, "to_plotly_json"):
            continue
        fig = getattr(n, "figure", None)
        if fig is not None:
            found.append(fig)
        rows = getattr(n, "rowData", None)
        if rows is not None:
            found.append(rows)
        stack.append(getattr(n, "children", None))
    return found


def floor_of(out: dict):
    """pio.to_json of the view's own figure(s); a view with none: its cards / grid rows."""
    import plotly.io as pio
    from dash._utils import to_json

    figs = figures_in(out["content"])
    if figs:
        return lambda: [pio.to_json(f, validate=False) if not isinstance(f, list) else to_json(f) for f in figs]
    return lambda: to_json(out["content"])


def naive_of(ds, view: str, provinces: list[str]):
    """What a first plotly-express version would do for the same slice (filter, pick latest, px, to_json)."""
    import plotly.express as px

    facts = ds.facts
    if provinces:
        facts = facts[facts["province_code"].isin(provinces)]

    def latest(ind, measure="level"):
        rows = facts[(facts["indicator"] == ind) & (facts["measure"] == measure)]
        return rows.sort_values("period").groupby("place_id", as_index=False).last()

    def compare():
        rows = latest("poverty_rate").sort_values("value")
        return px.bar(rows, x="value", y="place_name", orientation="h", hover_data=["quote", "period"]).to_json()

    def targets():
        rows = latest("targets_met")
        rows = rows.assign(share=rows["value"] / rows["denominator"]).sort_values("share")
        return px.bar(rows, x="share", y="place_name", orientation="h", hover_data=["quote"]).to_json()

    def scorecard():
        rows = facts[facts["measure"] == "level"].sort_values("period").groupby(
            ["place_id", "indicator"], as_index=False).last()
        grid = rows.pivot(index="place_id", columns="indicator", values="value").rank(pct=True)
        return px.imshow(grid, aspect="auto").to_json()

    def data():
        import json as _json
        rows = facts[facts["indicator"] == "poverty_rate"]
        return _json.dumps(rows.drop(columns=[c for c in rows if c == "text"]).to_dict("records"), default=str)

    def sources():
        import json as _json
        ids = set(facts["source_id"])
        docs = ds.documents[ds.documents["source_id"].isin(ids)].drop(columns=["text"], errors="ignore")
        return _json.dumps(docs.head(50).to_dict("records"), default=str)

    return {"compare": compare, "targets": targets, "scorecard": scorecard, "data": data, "sources": sources}[view]


def compressed_sizes(body: str) -> tuple[int, int, int]:
    import gzip

    import brotli

    raw = body.encode()
    return len(raw), len(gzip.compress(raw, compresslevel=6)), len(brotli.compress(raw, quality=4))


def first_chart_seconds(port: int, url_query: str, runs: int = 3) -> list[float]:
    """Seconds from navigation start to the first drawn bar (a <path> in a bar trace of #compare-graph), per
    load; the first load is cold (empty browser cache). An observer in the page records the moment; WebDriver
    only reads it afterwards, so its polling interval is not in the figure."""
    from selenium import webdriver
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.support.ui import WebDriverWait

    observer = """
      new MutationObserver(function (_, obs) {
        if (document.querySelector('#compare-graph .barlayer .point path')) {
          window.__firstBar = performance.now(); obs.disconnect();
        }
      }).observe(document, {childList: true, subtree: true});"""
    opts = Options()
    for a in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
              "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
              "--window-size=1400,1000"):
        opts.add_argument(a)
    opts.binary_location = "/usr/bin/chromium"
    driver = webdriver.Chrome(options=opts)
    driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": observer})
    times = []
    try:
        for _ in range(runs + 1):
            driver.get("about:blank")
            driver.get(f"http://127.0.0.1:{port}/{url_query}")
            WebDriverWait(driver, 60, poll_frequency=0.05).until(
                lambda d: d.execute_script("return window.__firstBar || null"))
            times.append(driver.execute_script("return window.__firstBar") / 1000.0)
    finally:
        driver.quit()
    return times


def serve_in_own_process(port: int, data: Path, home: Path) -> subprocess.Popen:
    env = {**os.environ, "NQ_DATA_DIR": str(data), "HOME": str(home), "LOG_LEVEL": "WARNING"}
    proc = subprocess.Popen([sys.executable, "-m", "gunicorn", "app:server", "-w", "1", "--no-control-socket",
                             "-b", f"127.0.0.1:{port}", "--timeout", "120"], cwd=ROOT, env=env)
    import urllib.request
    for _ in range(600):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/_dash-layout", timeout=2)
            return proc
        except Exception:  # noqa: BLE001 - not up yet
            time.sleep(0.2)
    proc.kill()
    raise RuntimeError("server did not start")


def main(argv=None):
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--no-browser", action="store_true")
    parser.add_argument("--data", type=Path, help="reuse (or create) the synthetic table in this directory")
    args = parser.parse_args(argv)

    tmp = Path(tempfile.mkdtemp(prefix="nq-bench-"))
    os.environ["HOME"] = str(tmp)
    data = args.data or tmp / "data"
    t0 = time.perf_counter()
    if not (data / "indicators.parquet").exists():
        facts, documents, report = synthetic_tables()
        write_tables(data, facts, documents, report)
    else:
        facts = pd.read_parquet(data / "indicators.parquet", columns=["place_id", "indicator"])
        documents = pd.read_parquet(data / "indicators.documents.parquet", columns=["source_id"])
    print(f"synthetic table: {len(facts):,} facts, {len(documents):,} documents, "
          f"{facts['place_id'].nunique()} districts, {facts['indicator'].nunique()} indicators, "
          f"{len(PERIODS)} periods (ready in {time.perf_counter() - t0:.1f} s)")
    del facts, documents
    os.environ["NQ_DATA_DIR"] = str(data)

    import psutil

    from callbacks.page import page_update
    from callbacks.passage import passage_content
    from data_access import load_dataset

    proc = psutil.Process()
    rss0 = proc.memory_info().rss
    t0 = time.perf_counter()
    ds = load_dataset()
    print(f"load (once per process): {(time.perf_counter() - t0) * 1000:.0f} ms; "
          f"{len(ds.places)} places, {len(ds.provinces)} provinces")

    import app as app_module  # noqa: F401  (registers callbacks; same process as a worker)
    from exports import view_context

    controls = dict(province=None, district=None, indicator=None, measure=None, period=None, indicators=None,
                    place=None)
    every = ",".join(ds.provinces["province_code"])
    one = "94"
    scopes = {"all 696": (every, list(ds.provinces["province_code"])), "prov 94": (one, [one])}
    searches = {
        "compare": "?view=compare&lang=vi&ind=poverty_rate&prov={p}",
        "targets": "?view=targets&lang=vi&prov={p}",
        "scorecard": "?view=scorecard&lang=vi&prov={p}",
        "data": "?view=data&lang=vi&prov={p}",
        "sources": "?view=sources&lang=vi&prov={p}",
    }
    rows = []
    sizes = []
    for view, template in searches.items():
        for scope, (prov, provs) in scopes.items():
            search = template.format(p=prov)

            def first(search=search):
                return page_update(ds, trigger=None, search=search, controls=controls, prev=None)

            out = first()
            prev = {"search": "", "state": None, "sig": None}
            # a later interaction: same options already on the page (the usual click); Dash encodes the response
            rendered = out["rendered"]

            def project(search=search, rendered=rendered):
                prev = {"search": "?view=compare&lang=vi", "state": rendered["state"], "sig": rendered["sig"]}
                return dash_body(page_update(ds, trigger=None, search=search, controls=controls, prev=prev))

            def anew(project=project):   # the state's first render: the dataset's page cache emptied first
                ds.__dict__.pop("_pages", None)
                return project()

            proj = timed(project, args.repeat)
            fresh = timed(anew, args.repeat)
            flo = timed(floor_of(out), args.repeat)
            nai = timed(naive_of(ds, view, provs), max(5, args.repeat // 3))
            rows.append((f"{view} ({scope})", proj, flo, nai, fresh))
            sizes.append((f"{view} ({scope}), first response", *compressed_sizes(dash_body(out))))
            sizes.append((f"{view} ({scope}), later response", *compressed_sizes(project())))
            del prev

    fid = ds.facts["fact_id"].iloc[12345]
    pas = timed(lambda: passage_content(ds, fid, lang="vi"), args.repeat)

    def uncached(fn):
        def run():
            ds.__dict__.pop("_memo", None)   # the specs cache lives on the dataset (Dataset.memo)
            return fn()
        return run

    exports = [
        ("exports: specs_for_state (compare)", timed(uncached(
            lambda: view_context.specs_for_state({"view": "compare", "indicator": "poverty_rate"})), args.repeat)),
        ("exports: context_for_state (targets)", timed(uncached(
            lambda: view_context.context_for_state({"view": "targets", "provinces": ["94", "93"]})), args.repeat)),
        ("exports: specs after context (cached)", timed(
            lambda: view_context.specs_for_state({"view": "targets", "provinces": ["94", "93"]}), args.repeat)),
    ]

    load = os.getloadavg()
    print(f"\nload average now: {load[0]:.1f} / {load[1]:.1f} / {load[2]:.1f} on {os.cpu_count()} CPUs "
          "(shared machine: wall times include waiting for a core; CPU columns are this process only)")
    print("\nproject = the page callback for a state already rendered on this dataset (render_view's page cache);"
          "\nanew = the same with that cache emptied before each call (the state's first render)")
    print(f"\n{'callback (server side, incl. JSON)':28s} {'project p50/p95':>16s} {'cpu p95':>8s} "
          f"{'floor p50/p95':>14s} {'naive p50/p95':>14s} {'p95/floor':>9s} {'naive/proj':>10s} "
          f"{'anew p50/p95':>14s} {'cpu p95':>8s} {'p95/floor':>9s}")
    for name, (p50, p95, c50, c95), (f50, f95, _, _), (n50, n95, _, _), (a50, a95, _, ac95) in rows:
        ratio = p95 / max(f95, 0.01)
        flag = "" if (c95 <= GOALS["p95_ms"] and ratio <= GOALS["floor_ratio"]) else "  > goal"
        print(f"{name:28s} {p50:7.1f}/{p95:7.1f} {c95:8.1f} {f50:6.1f}/{f95:6.1f} {n50:6.1f}/{n95:6.1f} "
              f"{ratio:8.1f}x {n50 / max(p50, 0.01):9.1f}x {a50:6.1f}/{a95:7.1f} {ac95:8.1f} "
              f"{a95 / max(f95, 0.01):8.1f}x{flag}")
    print(f"{'passage: open from bar click':28s} {pas[0]:7.1f}/{pas[1]:7.1f} {pas[3]:8.1f}")
    for name, (p50, p95, _, c95) in exports:
        print(f"{name:28s} {p50:7.1f}/{p95:7.1f} {c95:8.1f}")

    print(f"\n{'response (Dash body)':44s} {'raw KB':>8s} {'gzip-6 KB':>10s} {'br-4 KB':>8s}")
    for name, raw, gz, br in sizes:
        flag = "  > goal" if name.startswith("compare (all") and min(gz, br) / 1024 > GOALS["wire_kb"] else ""
        print(f"{name:44s} {raw / 1024:8.1f} {gz / 1024:10.1f} {br / 1024:8.1f}{flag}")
    print(f"process memory (RSS): {proc.memory_info().rss / 2**20:.0f} MB "
          f"(+{(proc.memory_info().rss - rss0) / 2**20:.0f} MB for data and rendering)")

    if not args.no_browser:
        port = 8097
        server = serve_in_own_process(port, data, tmp)
        try:
            for label, query, runs in (("2 provinces", "?view=compare&lang=vi&prov=94,93", 3),
                                       ("default view", "?view=compare&lang=vi", 2)):
                times = first_chart_seconds(port, query, runs=runs)
                print(f"time to first drawn bar, headless Chromium ({label}): cold {times[0]:.2f} s, "
                      f"warm {statistics.median(times[1:]):.2f} s (goal ≤ {GOALS['first_chart_s']:.1f} s)")
        finally:
            server.terminate()
            server.wait(timeout=30)


if __name__ == "__main__":
    main()
