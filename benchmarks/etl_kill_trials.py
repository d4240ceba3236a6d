"""Kill trials of the ETL commit: does a killed run ever leave a mix of two runs, or files behind?

    .venv/bin/python benchmarks/etl_kill_trials.py [--trials 20] [--cli-trials 6]

1. Commit loop: a process commits two different generations in turn (etl.write.commit_generation, small
   tables) and is killed (SIGKILL, then SIGTERM) at varied moments: after each kill the app's reader
   (data_access.read_dataset) must see facts, documents and report of ONE commit; leftovers are counted right
   after the kill and after the next commit.
2. The real CLI: python -m etl on seeds/ (and on seeds/ minus one article, in turn, so the output changes),
   killed at a random moment of its run.
Prints, per kind: trials, mixes seen, trials where the output changed, leftovers after the kill and after the
next run. Local temp folders only; every process it starts is killed by it.
"""
from __future__ import annotations

import argparse
import pickle
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from data_access import read_dataset  # noqa: E402
from etl.write import commit_generation, current_generation, generations_folder, read_manifest  # noqa: E402

LOOP = """
import pickle, signal, sys
sys.path.insert(0, {root!r})
from etl.write import commit_generation
def interrupt(*_):
    raise KeyboardInterrupt
signal.signal(signal.SIGTERM, interrupt)
small, large = pickle.load(open({frames!r}, "rb"))
print("ready", flush=True)
n = 0
while True:
    commit_generation(*(small if n % 2 else large), {out!r})
    n += 1
"""


def leftovers(folder: Path, out: Path) -> int:
    current = current_generation(out)
    kept = {current.name, read_manifest(current).get("previous")} if current else set()
    stray = [p for p in folder.rglob("*.tmp")]
    gens = generations_folder(out)
    if gens.is_dir():
        stray += [p for p in gens.iterdir() if p.name not in kept]
    return len(stray)


def consistent(folder: Path) -> bool:
    ds = read_dataset(folder)
    return ds.ok and ds.report.get("facts") == len(ds.facts) and ds.report.get("documents") == len(ds.documents)


def commit_loop_trials(trials: int, how: signal.Signals, frames: tuple) -> dict:
    folder = Path(tempfile.mkdtemp(prefix="nq-kill-"))
    out = folder / "indicators.parquet"
    pickled = folder.parent / f"{folder.name}.pickle"
    pickled.write_bytes(pickle.dumps(frames))
    script = LOOP.format(root=str(ROOT), frames=str(pickled), out=str(out))
    stats = {"trials": 0, "mixes": 0, "leftovers_after_kill": 0}
    rng = random.Random(how)
    for _ in range(trials):
        writer = subprocess.Popen([sys.executable, "-c", script], cwd=ROOT, stdout=subprocess.PIPE,
                                  stderr=subprocess.DEVNULL, text=True)
        writer.stdout.readline()
        while current_generation(out) is None:
            time.sleep(0.01)
        time.sleep(rng.uniform(0.02, 0.4))
        writer.send_signal(how)
        writer.wait(timeout=30)
        stats["trials"] += 1
        stats["mixes"] += not consistent(folder)
        stats["leftovers_after_kill"] += leftovers(folder, out)
    small = frames[0]
    commit_generation(*small, out)
    stats["leftovers_after_next_commit"] = leftovers(folder, out)
    shutil.rmtree(folder, ignore_errors=True)
    pickled.unlink()
    return stats


def cli_trials(trials: int) -> dict:
    folder = Path(tempfile.mkdtemp(prefix="nq-kill-cli-"))
    seeds = sorted((ROOT / "seeds").iterdir())
    full, fewer = folder / "full", folder / "fewer"
    for target, files in ((full, seeds), (fewer, seeds[:-1])):
        target.mkdir()
        for f in files:
            shutil.copy(f, target / f.name)
    out = folder / "data" / "indicators.parquet"

    def cli(sources: Path) -> subprocess.Popen:
        return subprocess.Popen([sys.executable, "-m", "etl", "--sources", str(sources), "--out", str(out),
                                 "--report", str(out.with_name("etl_report.json")), "--curation",
                                 str(folder / "none.csv")], cwd=ROOT, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)

    t0 = time.monotonic()
    cli(full).wait()
    run_seconds = time.monotonic() - t0
    stats = {"trials": 0, "mixes": 0, "output_changed": 0, "leftovers_after_kill": 0,
             "run_seconds": round(run_seconds, 1)}
    rng = random.Random(6)
    for trial in range(trials):
        before = read_manifest(current_generation(out))["id"]
        process = cli(fewer if trial % 2 == 0 else full)
        time.sleep(rng.uniform(0.6, 1.0) * run_seconds)
        process.kill()
        process.wait()
        ds = read_dataset(out.parent)
        documents = ds.documents
        names = set(documents["file_name"])
        report_names = {d["file"] for d in ds.report.get("documents", [])}
        stats["trials"] += 1
        stats["mixes"] += not (ds.ok and names == report_names and set(ds.facts["source_id"]) <= set(
            documents["source_id"]))
        stats["output_changed"] += read_manifest(current_generation(out))["id"] != before
        stats["leftovers_after_kill"] += leftovers(out.parent, out)
    cli(full).wait()
    stats["leftovers_after_next_run"] = leftovers(out.parent, out)
    shutil.rmtree(folder, ignore_errors=True)
    return stats


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=20)
    parser.add_argument("--cli-trials", type=int, default=6)
    args = parser.parse_args(argv)
    from tests.etl.test_write import some_documents, some_facts

    facts, documents = some_facts(), some_documents()
    frames = ((facts.head(1), documents.head(1), {"facts": 1, "documents": 1}),
              (facts, documents, {"facts": len(facts), "documents": len(documents)}))
    for how in (signal.SIGKILL, signal.SIGTERM):
        print(f"commit loop, {how.name}: {commit_loop_trials(args.trials, how, frames)}")
    print(f"python -m etl on seeds/, SIGKILL at 60-100 % of its run: {cli_trials(args.cli_trials)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
