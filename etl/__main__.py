"""Command line: python -m etl [--sources DIR] [--out FILE.parquet] [--report FILE.json] [--jobs N];
python -m etl decisions export|import (review decisions ↔ curation.csv, etl/decisions_io.py)."""
from __future__ import annotations

import argparse
import signal
import sys
import threading
from pathlib import Path

from etl import decisions_io
from etl.curation import DEFAULT_CURATION_PATH, CurationError
from etl.pipeline import DEFAULT_OUT, DEFAULT_REPORT, DEFAULT_SOURCES, PROJECT_ROOT, RunResult, SourcesError, run
from etl.read import MAX_BINARY_BYTES, MAX_BYTES, SUPPORTED_SUFFIXES
from etl.write import OutputError

PROGRESS_BAR_MIN_DOCUMENTS = 50   # below this a run takes seconds and a bar is noise
LISTED_REJECTIONS = 10


def _shown(path: Path) -> str:
    """Paths inside the project as the user would type them from its root."""
    return str(path.relative_to(PROJECT_ROOT)) if path.is_relative_to(PROJECT_ROOT) else str(path)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m etl",
        description=(
            "Turn narrative Vietnamese district reports into one tidy indicators table. Reads every file in "
            f"--sources ({', '.join(SUPPORTED_SUFFIXES)}; text in UTF-8, UTF-16, Windows-1258, TCVN3 or VNI; scans "
            f"and images OCR'd; at most {MAX_BYTES // 2**20} MB per text file, {MAX_BINARY_BYTES // 2**20} MB per other "
            "file), extracts the catalogue facts (etl/indicators.yaml), applies the curation file, and writes "
            "the facts table, a documents table beside it (<out>.documents.parquet) and a JSON run report."
        ),
        epilog=(
            "Files that cannot be read or extracted are listed as rejected in the report; the run still "
            "succeeds. The tables and the report are committed together as one generation, so a failed, "
            "interrupted or killed run leaves the previous outputs untouched; a second run into the same "
            "folder while one is running is refused. "
            "Exit status: 0 table written (even with rejected documents); 1 sources folder missing or empty, "
            "output not writable, or curation file unusable; 2 bad arguments. Format of every output: "
            "data/README.md."
        ),
    )
    parser.add_argument("--sources", type=Path, default=DEFAULT_SOURCES, metavar="DIR",
                        help="folder of input reports (read non-recursively, hidden files skipped); default: "
                             f"{_shown(DEFAULT_SOURCES)}/")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, metavar="FILE.parquet",
                        help=f"facts table to write; default: {_shown(DEFAULT_OUT)}")
    parser.add_argument("--report", type=Path, default=DEFAULT_REPORT, metavar="FILE.json",
                        help=f"run report to write; default: {_shown(DEFAULT_REPORT)}")
    parser.add_argument("--curation", type=Path, default=DEFAULT_CURATION_PATH, metavar="FILE.csv",
                        help=f"human corrections applied on every run (optional file); default: "
                             f"{_shown(DEFAULT_CURATION_PATH)}")
    parser.add_argument("--jobs", type=_positive_int, default=1, metavar="N",
                        help="extraction processes; the output is identical for any N; default: 1")
    return parser


def _positive_int(text: str) -> int:
    try:
        number = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {number}")
    return number


class TerminalProgress:
    """tqdm bar on stderr for long runs on a terminal; silent otherwise (logs, pipes, CI)."""

    def __init__(self, stream=sys.stderr) -> None:
        self.stream = stream
        self.bar = None

    def __call__(self, done: int, total: int) -> None:
        if self.bar is None:
            if total <= PROGRESS_BAR_MIN_DOCUMENTS or not self.stream.isatty():
                return
            from tqdm import tqdm

            self.bar = tqdm(total=total, unit="doc", desc="extracting", file=self.stream, leave=False)
        self.bar.update(done - self.bar.n)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def summary(result: RunResult) -> str:
    """A few lines for the console; the report has the details."""
    totals = result.report["totals"]
    lines = [
        f"{totals['documents']} documents: {totals['ok']} ok, {totals['no_facts']} no facts, "
        f"{totals['rejected']} rejected; {totals['facts']} facts ({totals['curated_facts']} curated)"
    ]
    rejected = [d for d in result.report["documents"] if d["status"] == "rejected"]
    lines += [f"  rejected {d['file']}: {d['reason']}" for d in rejected[:LISTED_REJECTIONS]]
    if len(rejected) > LISTED_REJECTIONS:
        lines.append(f"  … and {len(rejected) - LISTED_REJECTIONS} more rejected (see the report)")
    curation_warnings = result.report["curation"]["warnings"]
    if curation_warnings:
        lines.append(f"  {len(curation_warnings)} curation row(s) not applied (see the report)")
    lines += [
        f"facts table:     {result.facts_path}",
        f"documents table: {result.documents_path}",
        f"report:          {result.report_path}",
    ]
    return "\n".join(lines)


def _interrupt(signum, frame):
    """SIGTERM (kill, systemd, timeout) ends the run like Ctrl-C, so its uncommitted generation is removed."""
    raise KeyboardInterrupt


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["decisions"]:
        return decisions_io.main(argv[1:])
    args = build_parser().parse_args(argv)
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, _interrupt)
    progress = TerminalProgress()
    try:
        result = run(args.sources, args.out, args.report, jobs=args.jobs, progress=progress,
                     curation=args.curation)
    except (SourcesError, OutputError, CurationError) as error:
        progress.close()
        print(f"error: {error}".replace("\n", " "), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        progress.close()
        print("interrupted: previous outputs left untouched", file=sys.stderr)
        return 130
    progress.close()
    print(summary(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
