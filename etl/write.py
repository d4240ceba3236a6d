"""Write the tables and the report so a reader only ever sees the previous output or the complete new one.

Every file is written to a temp file in its own directory and moved into place with os.replace (atomic on
the same filesystem). The tables of one run are committed together: nothing is replaced until every temp
file has been written, so a failure leaves all previous files byte-identical.
"""
from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from etl.schema import DOCUMENTS_SCHEMA, FACTS_SCHEMA

FACT_ORDER = ("source_id", "char_start", "indicator", "measure", "char_end", "fact_id")  # last two: ties
DOCUMENT_ORDER = ("file_name",)


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


def write_tables(facts: pd.DataFrame, facts_path: Path, documents: pd.DataFrame, documents_path: Path) -> None:
    """Both Parquet tables, sorted and typed by etl.schema, committed together."""
    facts_table = _to_arrow(sorted_facts(facts), FACTS_SCHEMA)
    documents_table = _to_arrow(sorted_documents(documents), DOCUMENTS_SCHEMA)
    write_atomically(
        [
            (Path(facts_path), lambda tmp: pq.write_table(facts_table, tmp)),
            (Path(documents_path), lambda tmp: pq.write_table(documents_table, tmp)),
        ]
    )


def write_json(data: dict, path: Path) -> None:
    """A JSON file (UTF-8, readable Vietnamese, stable key order as given), atomically."""
    payload = json.dumps(data, ensure_ascii=False, indent=2, allow_nan=False) + "\n"   # NaN is not JSON
    write_atomically([(Path(path), lambda tmp: Path(tmp).write_text(payload, encoding="utf-8"))])


def write_atomically(writes: Sequence[tuple[Path, Callable[[str], None]]]) -> None:
    """Run each writer on a temp file beside its target, then replace all targets; on failure replace none.

    A writer receives the temp file's path and fills it. Temp files are removed whatever happens. (Only a
    failing os.replace between two targets could leave a mixed commit; it does not fail in practice once
    the temp files exist on the same filesystem.)
    """
    temps: list[tuple[str, Path]] = []
    target = None
    try:
        for target, writer in writes:
            temps.append((_temp_beside(target), target))
            writer(temps[-1][0])
            _fsync(temps[-1][0])
        for temp, target in temps:
            os.replace(temp, target)
            _fsync_folder(target.parent)
    except OutputError:
        raise
    except Exception as error:
        raise OutputError(f"cannot write {target}: {error}") from error
    finally:
        for temp, _ in temps:
            if os.path.exists(temp):
                os.unlink(temp)


def _to_arrow(frame: pd.DataFrame, schema: pa.Schema) -> pa.Table:
    return pa.Table.from_pandas(frame[schema.names], schema=schema, preserve_index=False, safe=True)


def _temp_beside(target: Path) -> str:
    """A fresh hidden temp file in the target's folder (same filesystem, so os.replace is atomic)."""
    try:
        handle, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    except OSError as error:
        raise OutputError(f"cannot write {target}: {error.strerror or error}") from None
    os.close(handle)
    return name


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
