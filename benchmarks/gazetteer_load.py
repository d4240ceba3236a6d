"""What loading the gazetteer costs each ETL process: built from the packages, and read back from its cache.

Every run is a fresh interpreter (as every ETL worker process is), timed from inside around load_gazetteer().
Prints the median of N runs of each: the build (cache removed first), the cached load, and the import of
etl.places (paid once by every process whatever the gazetteer costs).

    .venv/bin/python benchmarks/gazetteer_load.py [--runs 5]
"""
from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

_PROBE = """
import json, sys, time
t0 = time.perf_counter()
import etl.places as places
from etl import gazetteer
t1 = time.perf_counter()
if sys.argv[1] == "build":
    for old in gazetteer._CACHE_DIR.glob("gazetteer-*.pickle"):
        old.unlink()
t2 = time.perf_counter()
gaz = places.load_gazetteer()
t3 = time.perf_counter()
places.detect_place("Huyện Đông Sơn tổng kết năm 2022.", year=2022)
t4 = time.perf_counter()
print(json.dumps({"import": t1 - t0, "load": t3 - t2, "first_detect": t4 - t3, "places": len(gaz.places)}))
"""


def _run(mode: str) -> dict:
    out = subprocess.run([sys.executable, "-c", _PROBE, mode], cwd=ROOT, capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    builds = [_run("build") for _ in range(args.runs)]
    _run("warm")   # leaves a cache behind for the cached runs
    cached = [_run("cached") for _ in range(args.runs)]

    def median(rows, key):
        return statistics.median(r[key] for r in rows) * 1000

    print(f"gazetteer: {builds[0]['places']} district-level places, {args.runs} fresh processes each")
    print(f"  build from the packages (no cache): {median(builds, 'load'):7.1f} ms median")
    print(f"  cached load (etl/__pycache__):      {median(cached, 'load'):7.1f} ms median")
    print(f"  import etl.places:                  {median(cached, 'import'):7.1f} ms median")
    print(f"  first detect_place after the load:  {median(cached, 'first_detect'):7.1f} ms median")


if __name__ == "__main__":
    main()
