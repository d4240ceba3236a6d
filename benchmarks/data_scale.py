"""Load time and memory of the dashboard's dataset at 10k / 100k / 1M facts (issue 12: 1M ≤ 5 s, ≤ 1 GB RSS).

    .venv/bin/python benchmarks/data_scale.py [--base DIR] [--sizes 10000,100000,1000000]

Starts from the synthetic national table of app_latency.py (696 districts × 5 years; made in DIR if absent) and
repeats it with earlier years (2019–2023, 2014–2018, …) until the size is reached, so 1M facts is 696 districts
× ~39 periods. Each size is loaded in a fresh process (as a worker would at start): wall and CPU seconds of
load_dataset() plus the derived tables the page needs at once, and the process RSS after it.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

CHILD = r"""
import json, os, sys, time, resource
sys.path.insert(0, sys.argv[1])
import psutil
from data_access import load_dataset          # imports (pandas, pyarrow, the gazetteer) before the baseline
proc = psutil.Process()
rss0 = proc.memory_info().rss
w0, c0 = time.perf_counter(), time.process_time()
ds = load_dataset()
_ = ds.by_key, ds.places, ds.provinces, ds.periods
print(json.dumps({"facts": len(ds.facts), "wall": time.perf_counter() - w0, "cpu": time.process_time() - c0,
                  "rss_mb": proc.memory_info().rss / 2**20, "rss0_mb": rss0 / 2**20,
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def scaled_tables(base: Path, out: Path, n: int) -> None:
    """The base table repeated with years shifted back by 5 per copy, cut at n facts (documents to match)."""
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    facts = pq.read_table(base / "indicators.parquet")
    docs = pq.read_table(base / "indicators.documents.parquet")
    copies, doc_copies, have, k = [], [], 0, 0
    while have < n:
        shift = 5 * k

        def shifted(t, cols):
            for col in cols:
                i = t.schema.get_field_index(col)
                years = pc.cast(pc.subtract(pc.cast(t[col], pa.int64()), shift), pa.string())
                t = t.set_column(i, t.schema.field(col), years)
            return t

        def suffixed(t, cols):
            for col in cols:
                i = t.schema.get_field_index(col)
                t = t.set_column(i, t.schema.field(col), pc.binary_join_element_wise(t[col], pa.scalar(f"-{k}"), ""))
            return t

        part = suffixed(shifted(facts, ["period"]), ["fact_id", "source_id"]).slice(0, n - have)
        copies.append(part)
        doc_copies.append(suffixed(shifted(docs, ["period"]), ["source_id"]))
        have += len(part)
        k += 1
    out.mkdir(parents=True, exist_ok=True)
    pq.write_table(pa.concat_tables(copies), out / "indicators.parquet")
    pq.write_table(pa.concat_tables(doc_copies), out / "indicators.documents.parquet")
    (out / "etl_report.json").write_text(json.dumps({"built_at": "synthetic", "totals": {"facts": have}}))


def main(argv=None):
    parser = argparse.ArgumentParser()
    parser.add_argument("--base", type=Path, default=Path(tempfile.gettempdir()) / "nq-perf-data")
    parser.add_argument("--sizes", default="10000,100000,1000000")
    args = parser.parse_args(argv)
    if not (args.base / "indicators.parquet").exists():
        from app_latency import synthetic_tables, write_tables
        write_tables(args.base, *synthetic_tables())
    tmp = Path(tempfile.mkdtemp(prefix="nq-scale-"))
    print(f"{'facts':>10s} {'load wall s':>12s} {'load cpu s':>11s} {'RSS MB':>8s} {'peak MB':>8s} "
          f"{'KB/fact':>8s}  (RSS after the load, less the RSS after the imports)")
    for n in (int(s) for s in args.sizes.split(",")):
        data = tmp / str(n)
        scaled_tables(args.base, data, n)
        env = {**os.environ, "NQ_DATA_DIR": str(data), "HOME": str(tmp), "LOG_LEVEL": "WARNING"}
        res = subprocess.run([sys.executable, "-c", CHILD, str(ROOT)], env=env, capture_output=True, text=True,
                             timeout=1800)
        line = [ln for ln in res.stdout.splitlines() if ln.startswith("{")]
        if not line:
            print(f"{n:>10,d} failed: {res.stderr[-500:]}")
            continue
        r = json.loads(line[-1])
        per_fact = (r["rss_mb"] - r["rss0_mb"]) * 1024 / max(r["facts"], 1)
        print(f"{r['facts']:>10,d} {r['wall']:12.1f} {r['cpu']:11.1f} {r['rss_mb']:8.0f} {r['peak_mb']:8.0f} "
              f"{per_fact:8.2f}")
    load = os.getloadavg()
    print(f"load average: {load[0]:.1f} / {load[1]:.1f} / {load[2]:.1f} on {os.cpu_count()} CPUs (shared machine)")


if __name__ == "__main__":
    main()
