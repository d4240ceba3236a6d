"""Commit one run's outputs — facts table, documents table, run report — as ONE generation, all or nothing.

Layout, for --out data/indicators.parquet and --report data/etl_report.json:

    data/.indicators.generations/<id>/indicators.parquet            one folder per build, written completely
                                     /indicators.documents.parquet
                                     /etl_report.json
                                     /generation.json                the manifest, written last in the folder
    data/.indicators.current  -> .indicators.generations/<id>        THE commit point: swapped by one rename
    data/indicators.parquet   -> .indicators.current/indicators.parquet      stable links, so every path
    data/indicators.documents.parquet, data/etl_report.json -> ...           resolves into one generation

A generation becomes visible only when `.indicators.current` is replaced (os.replace of a symlink: atomic), so
a run that fails or is killed at any point leaves the previous generation the current one. Readers
(data_access) resolve the pointer once and read all three files from that folder, never a mix. A folder that
was never committed (a killed run) is swept by the next commit; a failing or interrupted (SIGINT/SIGTERM)
run removes its own. Commits into one folder are serialised by a lock file (`.indicators.lock`, flock).

Public API (also for merging a single reviewed document into the tables):

    with output_lock(out):                           # reentrant in a thread; other runs wait or are refused
        current = current_generation(out)            # folder of the committed generation (None: none yet)
        ...read and merge...
        commit_generation(facts, documents, report, out, report_path=...)

Files are 0644 and folders 0755 (group and others may read; see data/README.md).
"""
from __future__ import annotations

import errno
import fcntl
import json
import os
import secrets
import shutil
import tempfile
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from etl.catalogue import table_metadata
from etl.schema import DOCUMENTS_SCHEMA, FACTS_SCHEMA, documents_path_for

FACT_ORDER = ("source_id", "char_start", "indicator", "measure", "char_end", "fact_id")  # last two: ties
DOCUMENT_ORDER = ("file_name",)
FILE_MODE = 0o644
FOLDER_MODE = 0o755
MANIFEST = "generation.json"
LOCK_WAIT_SECONDS = 60.0


class OutputError(Exception):
    """An output path cannot be written; the message names the path."""


def sorted_facts(facts: pd.DataFrame) -> pd.DataFrame:
    """Facts in the table's deterministic order (source_id, char_start, indicator, measure)."""
    return facts.sort_values(list(FACT_ORDER), kind="mergesort").reset_index(drop=True)


def sorted_documents(documents: pd.DataFrame) -> pd.DataFrame:
    return documents.sort_values(list(DOCUMENT_ORDER), kind="mergesort").reset_index(drop=True)


def ensure_writable(path: Path) -> None:
    """Fail before the expensive work when `path` could not be written: probe its folder with a real file.

    Creates missing parent folders. A permission check (os.access) is not enough: it says yes to root on a
    read-only filesystem.
    """
    path = Path(path)
    if path.is_dir():
        raise OutputError(f"cannot write {path}: it is a folder")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=path.parent):
            pass
    except OSError as error:
        raise OutputError(f"cannot write {path}: {error.strerror or error}") from None


# --- where a generation lives ---------------------------------------------------------------------------

def pointer_path(out: Path) -> Path:
    """The symlink whose one rename commits a generation: data/.indicators.current."""
    out = Path(out)
    return out.with_name(f".{out.stem}.current")


def generations_folder(out: Path) -> Path:
    out = Path(out)
    return out.with_name(f".{out.stem}.generations")


def lock_path(out: Path) -> Path:
    out = Path(out)
    return out.with_name(f".{out.stem}.lock")


def current_generation(out: Path) -> Path | None:
    """The folder of the committed generation for facts table `out`, or None (no generation committed)."""
    pointer = pointer_path(out)
    try:
        target = os.readlink(pointer)
    except OSError:
        return None
    return pointer.parent / target


def read_manifest(generation: Path) -> dict:
    """The manifest of a generation folder: {"id", "facts", "documents", "report", "previous"} — file names
    inside it, and the generation it replaced (kept until the next commit, for readers still reading it)."""
    return json.loads((Path(generation) / MANIFEST).read_text(encoding="utf-8"))


# --- the lock --------------------------------------------------------------------------------------------

_held = threading.local()


@contextmanager
def output_lock(out: Path, *, wait: float | None = LOCK_WAIT_SECONDS) -> Iterator[None]:
    """Hold the folder's ETL lock (flock on .<stem>.lock). Reentrant within one thread.

    `wait` seconds to wait for another holder (None or 0: refuse at once); then OutputError naming the holder.
    """
    path = lock_path(out)
    key = str(path.resolve())
    held = _held.__dict__.setdefault("counts", {})
    if held.get(key):
        held[key] += 1
        try:
            yield
        finally:
            held[key] -= 1
        return
    ensure_writable(path)
    handle = os.open(path, os.O_RDWR | os.O_CREAT, FILE_MODE)
    try:
        deadline = time.monotonic() + (wait or 0)
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except OSError as error:
                if error.errno not in (errno.EAGAIN, errno.EACCES):
                    raise OutputError(f"cannot lock {path}: {error.strerror or error}") from None
                if time.monotonic() >= deadline:
                    holder = os.pread(handle, 64, 0).decode("ascii", "replace").strip() or "?"
                    raise OutputError(
                        f"another ETL run (pid {holder}) is writing into {path.parent}; "
                        "try again when it has finished") from None
                time.sleep(0.1)
        os.ftruncate(handle, 0)
        os.pwrite(handle, f"{os.getpid()}\n".encode(), 0)
        held[key] = 1
        try:
            yield
        finally:
            held[key] = 0
            fcntl.flock(handle, fcntl.LOCK_UN)
    finally:
        os.close(handle)


# --- committing a generation -----------------------------------------------------------------------------

class Generation:
    """A generation being written (see stage_generation): write the tables, then the report."""

    def __init__(self, folder: Path, names: dict[str, str]) -> None:
        self.folder = folder
        self.names = names
        self.id = folder.name

    def write_tables(self, facts: pd.DataFrame, documents: pd.DataFrame) -> None:
        """Both Parquet tables, sorted and typed by etl.schema (a schema breach raises before anything)."""
        facts_table = _to_arrow(sorted_facts(facts), FACTS_SCHEMA)
        # the catalogue travels with the facts, so the dashboard labels a table as the run that built it did
        facts_table = facts_table.replace_schema_metadata({**(facts_table.schema.metadata or {}), **table_metadata()})
        documents_table = _to_arrow(sorted_documents(documents), DOCUMENTS_SCHEMA)
        self._write("facts", lambda tmp: pq.write_table(facts_table, tmp))
        self._write("documents", lambda tmp: pq.write_table(documents_table, tmp))

    def write_report(self, report: dict) -> None:
        payload = _json_text(report)
        self._write("report", lambda tmp: Path(tmp).write_text(payload, encoding="utf-8"))

    def _write(self, role: str, writer: Callable[[str], None]) -> None:
        target = self.folder / self.names[role]
        try:
            writer(str(target))
            os.chmod(target, FILE_MODE)
            _fsync(str(target))
        except Exception as error:
            raise OutputError(f"cannot write {self.names[role]}: {error}") from error

    def missing(self) -> list[str]:
        return [role for role, name in self.names.items() if not (self.folder / name).is_file()]


@contextmanager
def stage_generation(out: Path, report_path: Path | None = None) -> Iterator[Generation]:
    """Write a new generation's files inside the block; commit them all on a clean exit, none on an error.

    `out` is the facts table path (its folder holds the generation), `report_path` where the run report is
    linked (default: etl_report.json beside `out`). Holds the folder's lock for the whole block.
    """
    out = Path(out)
    report_path = Path(report_path) if report_path else out.with_name("etl_report.json")
    documents_path = documents_path_for(out)
    names = {"facts": out.name, "documents": documents_path.name, "report": report_path.name}
    with output_lock(out):
        for path in (out, documents_path, report_path):
            ensure_writable(path)
        previous = current_generation(out)
        _sweep(out, keep={previous}, paths=(out, documents_path, report_path))
        folder = generations_folder(out) / f"{time.strftime('%Y%m%dT%H%M%S')}-{secrets.token_hex(4)}"
        committed = False
        try:
            try:
                folder.mkdir(parents=True, mode=FOLDER_MODE)
                os.chmod(folder, FOLDER_MODE)       # mkdir applies the umask
                os.chmod(folder.parent, FOLDER_MODE)
            except OSError as error:
                raise OutputError(f"cannot write {folder}: {error.strerror or error}") from None
            generation = Generation(folder, names)
            yield generation
            if generation.missing():
                raise OutputError(f"generation {folder.name} lacks {', '.join(generation.missing())}")
            manifest = {"id": folder.name, **names, "previous": previous.name if previous else None}
            Path(folder / MANIFEST).write_text(_json_text(manifest), encoding="utf-8")
            os.chmod(folder / MANIFEST, FILE_MODE)
            _fsync(str(folder / MANIFEST))
            _fsync_folder(folder)
            _swap_link(pointer_path(out), os.path.relpath(folder, out.parent))      # ← the commit
            committed = True
            current = pointer_path(out)
            for path, name in ((out, names["facts"]), (documents_path, names["documents"]),
                               (report_path, names["report"])):
                _swap_link(path, os.path.relpath(current / name, path.parent))
        finally:
            # an interrupt can land between the pointer's rename and `committed = True`: ask the disk
            if not committed and not _points_at(pointer_path(out), folder):
                shutil.rmtree(folder, ignore_errors=True)
        _sweep(out, keep={folder, previous})


def commit_generation(facts: pd.DataFrame, documents: pd.DataFrame, report: dict, out: Path, *,
                      report_path: Path | None = None) -> Path:
    """Commit facts + documents + report as one generation beside facts table `out`; return its folder.

    All or nothing: on any error (schema breach, disk full, a kill) the previous generation stays current
    and byte-identical. Waits up to LOCK_WAIT_SECONDS for another writer of the folder, then refuses with
    OutputError. For a read-merge-write (e.g. one reviewed document into the tables) hold `output_lock(out)`
    around reading `current_generation(out)` and this call, so no other commit slips in between.
    """
    with stage_generation(out, report_path) as generation:
        generation.write_tables(facts, documents)
        generation.write_report(report)
    return generation.folder


def _json_text(data: dict) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2, allow_nan=False) + "\n"   # NaN is not JSON


def _to_arrow(frame: pd.DataFrame, schema: pa.Schema) -> pa.Table:
    return pa.Table.from_pandas(frame[schema.names], schema=schema, preserve_index=False, safe=True)


def _fsync(path: str) -> None:
    with open(path, "rb") as handle:
        os.fsync(handle.fileno())


def _fsync_folder(folder: Path) -> None:
    """Make the rename durable where the platform allows opening a folder (POSIX)."""
    try:
        handle = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(handle)
    except OSError:
        pass
    finally:
        os.close(handle)


def _swap_link(path: Path, target: str) -> None:
    """Point symlink `path` at `target` with one rename (atomic); a regular file there is replaced too."""
    temp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.link.tmp")
    try:
        os.symlink(target, temp)
        os.replace(temp, path)
        _fsync_folder(path.parent)
    except OSError as error:
        raise OutputError(f"cannot write {path}: {error.strerror or error}") from None
    finally:
        if os.path.lexists(temp):
            os.unlink(temp)


def _points_at(pointer: Path, folder: Path) -> bool:
    try:
        return os.path.realpath(pointer.parent / os.readlink(pointer)) == os.path.realpath(folder)
    except OSError:
        return False


def _sweep(out: Path, *, keep: set, paths: Sequence[Path] = ()) -> None:
    """Remove what a killed run left: uncommitted generation folders and the temp files beside the output
    paths (only names this module makes: .<name>.*.tmp). The caller holds the lock."""
    kept = {os.path.realpath(k) for k in keep if k is not None}
    folder = generations_folder(out)
    if folder.is_dir():
        for generation in folder.iterdir():
            if os.path.realpath(generation) not in kept:
                shutil.rmtree(generation, ignore_errors=True)
    for path in (pointer_path(out), *paths):
        for leftover in path.parent.glob(f".{path.name}.*.tmp"):
            try:
                leftover.unlink()
            except OSError:
                pass
