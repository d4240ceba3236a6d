"""Two revisions of the project side by side on the same work: is the newer one slower?

    .venv/bin/python benchmarks/revisions_ab.py OLD_REV [NEW_REV] [--documents 400] [--rounds 3]

Checks both revisions out (`git worktree`, detached, in a temp folder; NEW_REV defaults to the working tree),
then, alternating OLD/NEW in each round so a shared machine's load falls on both alike, measures:
  * ETL: `python -m etl` on one synthetic corpus (benchmarks/etl_throughput.py's generator) and on seeds/,
    CPU seconds of the child process (user + system), so other load on the machine barely moves it;
  * start-up: `python -c "import etl.pipeline"` and `python -c "import app"`, what a run or a worker pays before
    its first document or request (CPU seconds);
and prints per-revision min / median and NEW/OLD ratios. Both revisions run with this checkout's .venv.
Figures only.
"""
from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from etl_throughput import build_corpus  # noqa: E402

PYTHON = str(ROOT / ".venv" / "bin" / "python")
IMPORTS = {"import etl": "import etl.pipeline", "import app": "import app"}


def child_cpu(cmd: list[str], cwd: Path) -> float:
    """CPU seconds (user + system) the command and its children used."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(cmd, cwd=cwd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   env={**os.environ, "PYTHONPATH": str(cwd), "PYTHONDONTWRITEBYTECODE": "1"})
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def checkout(rev: str, into: Path) -> Path:
    subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "-q", str(into), rev], check=True)
    return into


def etl_cmd(sources: Path, out: Path) -> list[str]:
    return [PYTHON, "-m", "etl", "--sources", str(sources), "--out", str(out / "indicators.parquet"),
            "--report", str(out / "report.json")]


def measure(trees: dict[str, Path], corpus: Path, rounds: int, tmp: Path) -> dict[tuple[str, str], list[float]]:
    cases = {"ETL synthetic corpus": lambda tree, out: etl_cmd(corpus, out),
             "ETL seeds": lambda tree, out: etl_cmd(tree / "seeds", out),
             **{name: (lambda tree, out, code=code: [PYTHON, "-c", code]) for name, code in IMPORTS.items()}}
    times: dict[tuple[str, str], list[float]] = {}
    runs = 0
    for r in range(rounds):
        order = list(trees) if r % 2 == 0 else list(reversed(trees))
        for label in order:
            for case, make in cases.items():
                runs += 1
                out = tmp / f"out-{runs}"
                out.mkdir()
                times.setdefault((case, label), []).append(child_cpu(make(trees[label], out), trees[label]))
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("old")
    parser.add_argument("new", nargs="?", default=None, help="a revision (default: this working tree)")
    parser.add_argument("--documents", type=int, default=400)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="nq-ab-") as tmp_name:
        tmp = Path(tmp_name)
        trees = {"old": checkout(args.old, tmp / "old"),
                 "new": checkout(args.new, tmp / "new") if args.new else ROOT}
        try:
            corpus = tmp / "corpus"
            corpus.mkdir()
            size = build_corpus(corpus, args.documents, seed=7)
            print(f"old = {args.old}, new = {args.new or 'working tree'}; {args.documents} documents "
                  f"({size / 1e6:.1f} MB); {args.rounds} rounds; load average {os.getloadavg()[0]:.1f}")
            times = measure(trees, corpus, args.rounds, tmp)
            print(f"{'case':26} {'old CPU s (min / median)':>26} {'new CPU s (min / median)':>26} {'new/old':>8}")
            for case in dict.fromkeys(c for c, _ in times):
                old, new = times[(case, "old")], times[(case, "new")]
                print(f"{case:26} {min(old):12.2f} / {statistics.median(old):<11.2f} "
                      f"{min(new):12.2f} / {statistics.median(new):<11.2f} {min(new) / min(old):8.2f}")
            print(f"load average at the end {os.getloadavg()[0]:.1f}")
        finally:
            for label in ("old", "new"):
                if trees[label] != ROOT:
                    subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(trees[label])],
                                   check=False)


if __name__ == "__main__":
    main()
