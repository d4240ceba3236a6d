"""Add one report to the existing tables without rebuilding the others.

The new file is read and extracted alone, curation.csv rows and review decisions about it are applied, and its
rows are merged into the current facts and documents tables, which are then committed with the same all-or-
nothing write as a full run. The file is kept in the sources folder ($NQ_SOURCES_DIR, default seeds/), so the
next full run (python -m etl) reads it too. A file that cannot be read, or that clashes with a document
already in the tables, changes nothing: the caller gets the reason.
"""
from __future__ import annotations

import json
import os
import shutil
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from etl.curation import DEFAULT_CURATION_PATH, read_curation
from etl.pipeline import DEFAULT_OUT, DEFAULT_REPORT, DEFAULT_SOURCES, _Processed, build_report, process
from etl.read import Document, Rejection, read_document
from etl.review import load_reviews
from etl.schema import documents_path_for
from etl.write import commit_generation, output_lock  # the full run's lock: adds and runs never interleave
from store import FactReview


def sources_dir() -> Path:
    """Where added reports are kept: $NQ_SOURCES_DIR, else the project's seeds/ folder."""
    return Path(os.environ.get("NQ_SOURCES_DIR") or DEFAULT_SOURCES)


@dataclass
class Added:
    """What happened to one file: accepted (status ok / no_facts) or rejected with a reason."""

    file_name: str
    source_id: str
    accepted: bool
    status: str                 # ok | no_facts | rejected
    reason: str | None = None
    place_name: str | None = None
    province: str | None = None
    period: str | None = None
    facts: pd.DataFrame = field(default_factory=pd.DataFrame)
    seconds: float = 0.0


def add_document(path: Path, *, file_name: str | None = None, out: Path = DEFAULT_OUT,
                 report: Path = DEFAULT_REPORT, sources: Path | None = None,
                 curation: Path | None = DEFAULT_CURATION_PATH,
                 reviews: dict[str, FactReview] | None = None) -> Added:
    """Read, extract and merge the file at `path` (stored as `file_name`, default its own name)."""
    started = time.perf_counter()
    path, out, report = Path(path), Path(out), Path(report)
    sources = Path(sources) if sources else sources_dir()
    file_name = Path(file_name or path.name).name
    staged = _staged_copy(path, file_name)
    try:
        item = read_document(staged)
    finally:
        shutil.rmtree(staged.parent, ignore_errors=True)
    if isinstance(item, Rejection):
        return _rejected(item.file_name, item.source_id, item.reason, started)

    with output_lock(out):
        facts, documents, previous = _current_tables(out, report)
        clash = _clash(item, documents, sources)
        if clash:
            return _rejected(item.file_name, item.source_id, clash, started)
        sources.mkdir(parents=True, exist_ok=True)
        kept = sources / item.file_name
        shutil.copyfile(path, kept)
        try:
            added = _merge(item, facts, documents, previous, out=out, report=report, sources=sources,
                           curation=curation, reviews=reviews, started=started)
        except BaseException:
            kept.unlink(missing_ok=True)
            raise
        if not added.accepted:
            kept.unlink(missing_ok=True)
        return added


def refresh_document(source_id: str, *, out: Path = DEFAULT_OUT, report: Path = DEFAULT_REPORT,
                     sources: Path | None = None, curation: Path | None = DEFAULT_CURATION_PATH,
                     reviews: dict[str, FactReview] | None = None) -> Added:
    """Re-read one document from the sources folder and replace its rows: how a review decision reaches the
    tables at once (the next full run gives the same rows). A document read by OCR is not scanned again (seconds
    a page): its stored text is what the scan gave, and the extraction runs on it."""
    started = time.perf_counter()
    out, report = Path(out), Path(report)
    sources = Path(sources) if sources else sources_dir()
    with output_lock(out):
        facts, documents, previous = _current_tables(out, report)
        row = documents[documents["source_id"] == source_id] if len(documents) else documents
        if not len(row):
            return _rejected(source_id, source_id, f"{source_id!r} is not a document of the tables", started)
        stored = row.iloc[0].to_dict()
        item = stored_document(stored) if stored.get("method") == "ocr" and stored.get("text") \
            else read_document(sources / stored["file_name"])
        if isinstance(item, Rejection):
            return _rejected(item.file_name, source_id, item.reason, started)
        others = facts[facts["source_id"] != source_id] if len(facts) else facts
        return _merge(item, others, documents[documents["source_id"] != source_id], previous, out=out,
                      report=report, sources=sources, curation=curation, reviews=reviews, started=started)


def stored_document(row: dict) -> Document:
    """The Document a documents-table row was made from (its warnings: the reader's and the extractor's)."""
    pages = row.get("page_starts")
    return Document(source_id=row["source_id"], file_name=row["file_name"], text=row["text"],
                    encoding=row.get("encoding"), sha256=row.get("sha256"), title=row.get("title"),
                    published=row.get("published"), warnings=tuple(row.get("warnings") if row.get("warnings")
                                                                   is not None else ()),
                    method=row["method"], page_starts=tuple(int(p) for p in pages) if pages is not None else None)


def _merge(item: Document, facts: pd.DataFrame, documents: pd.DataFrame, previous: dict, *, out: Path,
           report: Path, sources: Path, curation: Path | None, reviews: dict[str, FactReview] | None,
           started: float) -> Added:
    """Extract `item` alone (its curation rows and review decisions applied) and commit it with the others."""
    entries = [e for e in read_curation(curation) if e.source_id == item.source_id]
    reviews = load_reviews() if reviews is None else reviews
    mine = {fid: r for fid, r in reviews.items() if r.last is not None and r.last.source_id == item.source_id}
    processed = process([item], entries, reviews=mine)
    processed.documents["warnings"] = [list(dict.fromkeys(w)) for w in processed.documents["warnings"]]
    row = processed.documents.iloc[0]
    if row["status"] == "rejected":
        return _rejected(item.file_name, item.source_id, row["reason"], started)
    merged = _Processed(
        facts=pd.concat([facts, processed.facts], ignore_index=True) if len(facts) else processed.facts,
        documents=pd.concat([documents, processed.documents], ignore_index=True)
        if len(documents) else processed.documents,
        curation=processed.curation, review=processed.review)
    report_data = build_report(merged, sources=sources, out=out, documents_path=documents_path_for(out),
                               curation=curation, jobs=1, timing={"process": time.perf_counter() - started})
    report_data["curation"] = previous.get("curation", report_data["curation"])
    report_data["review"] = previous.get("review", report_data["review"])
    report_data["added"] = {"file": item.file_name, "facts": int(row["fact_count"])}
    _commit(merged.facts, merged.documents, report_data, out=out, report=report)
    return Added(item.file_name, item.source_id, True, row["status"], row["reason"] or None,
                 row["place_name"], row["province"], row["period"], processed.facts,
                 time.perf_counter() - started)


def _commit(facts: pd.DataFrame, documents: pd.DataFrame, report_data: dict, *, out: Path, report: Path) -> None:
    commit_generation(facts, documents, report_data, out, report_path=report)


def _staged_copy(path: Path, file_name: str) -> Path:
    """The upload under its real name (the reader takes source_id and format from the name)."""
    folder = Path(tempfile.mkdtemp(prefix="nq-add-"))
    target = folder / file_name
    shutil.copyfile(path, target)
    return target


def _current_tables(out: Path, report: Path) -> tuple[pd.DataFrame, pd.DataFrame, dict]:
    documents_path = documents_path_for(out)
    if not out.exists():
        return pd.DataFrame(), pd.DataFrame(), {}
    facts = pd.read_parquet(out)
    documents = pd.read_parquet(documents_path) if documents_path.exists() else pd.DataFrame()
    previous = json.loads(report.read_text(encoding="utf-8")) if report.exists() else {}
    return facts, documents, previous


def _clash(item: Document, documents: pd.DataFrame, sources: Path) -> str | None:
    if len(documents):
        same = documents[documents["sha256"] == item.sha256]
        if len(same):
            return f"already in the tables as {same.iloc[0]['file_name']}"
        if (documents["source_id"] == item.source_id).any():
            return f"a document named {item.source_id!r} is already in the tables; rename the file"
    if any(p.stem == item.source_id for p in sources.glob(f"{item.source_id}.*")):
        return f"a file named {item.source_id!r} is already in the sources folder; rename the file"
    return None


def _rejected(file_name: str, source_id: str, reason: str, started: float) -> Added:
    return Added(file_name, source_id, False, "rejected", reason, seconds=time.perf_counter() - started)
