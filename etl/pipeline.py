"""The ETL run, as load → process → save: a folder of reports in; facts table, documents table, report out.

load     every file in the sources folder (sorted by name) → Document or Rejection (etl.read)
process  extract each document, give facts ids, apply data/curation.csv,
         check the result against the table contract (etl.schema) — a breach is a bug and raises
         (with jobs > 1 each file is read and extracted at once in a process pool: load_and_extract)
save     both Parquet tables and the JSON report committed as one generation (etl.write: all or nothing)

A document whose extraction raises is recorded as rejected with the error; the other documents carry on.
"""
from __future__ import annotations

import hashlib
import math
import operator
import time
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path

import pandas as pd
import pyarrow as pa

from etl.catalogue import load_catalogue
from etl.curation import DEFAULT_CURATION_PATH, CurationEntry, CurationResult, apply_curation, read_curation
from etl.extract import Extraction, extract_document
from etl.read import HTML_SUFFIXES, TEXT_SUFFIXES, Document, Rejection, read_document
from etl.review import ReviewResult, apply_reviews, load_reviews
from etl.schema import (
    DOCUMENT_METHODS,
    DOCUMENTS_SCHEMA,
    FACT_COLUMNS,
    FACT_REVIEW_STATUSES,
    FACTS_SCHEMA,
    MEASURES,
    PERIOD_TYPES,
    PLACE_TYPES,
    QUALIFIERS,
    REVIEW_CODES,
    STATUSES,
    TARGET_BODIES,
    TARGET_SCOPES,
    documents_path_for,
)
from etl.write import ensure_writable, output_lock, sorted_documents, sorted_facts, stage_generation
from store import FactReview

PROJECT_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SOURCES = PROJECT_ROOT / "seeds"
DEFAULT_OUT = PROJECT_ROOT / "data" / "indicators.parquet"
DEFAULT_REPORT = PROJECT_ROOT / "data" / "etl_report.json"

EXTRACTED_COLUMNS = frozenset(FACT_COLUMNS) - {"fact_id", "curated", "review_status"}
REQUIRED_FACT_COLUMNS = ("fact_id", "source_id", "indicator", "measure", "value", "quote", "char_start", "char_end", "curated",
                         "review_status")
ALLOWED_VALUES = {
    "measure": MEASURES,
    "qualifier": QUALIFIERS,
    "place_type": PLACE_TYPES,
    "period_type": PERIOD_TYPES,
    "target_scope": TARGET_SCOPES,
    "target_body": TARGET_BODIES,
    "review_status": FACT_REVIEW_STATUSES,
    "review": REVIEW_CODES,
}
POOLED_READ_MIN_FILES = 200   # plain text files read in a pool only from this many on (a pool's start costs ~0.1 s)
Progress = Callable[[int, int], None]   # (documents extracted so far, documents to extract)


class SourcesError(Exception):
    """The sources folder is missing, not a folder, unreadable or empty; the message names it."""


class ContractError(Exception):
    """Facts or documents break the table contract in etl/schema.py — a bug in the extractor or the ETL."""


@dataclass
class RunResult:
    facts: pd.DataFrame           # exactly the rows written, in table order
    documents: pd.DataFrame
    report: dict
    facts_path: Path
    documents_path: Path
    report_path: Path


@dataclass(frozen=True)
class _Outcome:
    """What extracting one document gave: an Extraction and its facts as table records (fact_records, made where
    the extraction ran: in a worker, with jobs > 1, not in the parent after all of them), or the error that stopped
    it. The Extraction's own fact list is left empty: the records carry the facts."""

    extraction: Extraction | None
    error: str | None = None
    records: list[dict] = field(default_factory=list)


@dataclass
class _Processed:
    facts: pd.DataFrame
    documents: pd.DataFrame
    curation: CurationResult
    review: ReviewResult | None = None


def run(
    sources: Path,
    out: Path,
    report: Path,
    *,
    jobs: int = 1,
    progress: Progress | None = None,
    curation: Path | None = DEFAULT_CURATION_PATH,
    reviews: Mapping[str, FactReview] | None = None,
    lock_wait: float = 0.0,
) -> RunResult:
    """Build the tables from every file in `sources`; raises SourcesError/OutputError/CurationError before
    touching any output, so a failed run leaves the previous tables as they were. `reviews`: the dashboard's
    review decisions (default: those of the configured database, when it exists; {} for none).

    Holds the output folder's lock for the whole run: a second run into the same folder waits `lock_wait`
    seconds, then is refused with an OutputError naming the running one.
    """
    if jobs < 1:
        raise ValueError(f"jobs must be at least 1, got {jobs}")
    started = time.perf_counter()
    sources, out, report = Path(sources), Path(out), Path(report)
    documents_path = documents_path_for(out)
    paths = list_sources(sources)
    for path in (out, documents_path, report):
        ensure_writable(path)
    with output_lock(out, wait=lock_wait):
        entries = read_curation(curation)
        reviews = load_reviews() if reviews is None else reviews

        if jobs > 1 and len(paths) > 1:
            inputs, outcomes = load_and_extract(paths, jobs=jobs, progress=progress)
        else:
            inputs, outcomes = load(paths), None
        loaded = time.perf_counter()
        processed = process(inputs, entries, jobs=jobs, progress=progress, reviews=reviews, outcomes=outcomes)
        extracted = time.perf_counter()
        with stage_generation(out, report) as generation:
            generation.write_tables(processed.facts, processed.documents)
            saved = time.perf_counter()
            timing = {"load": loaded - started, "process": extracted - loaded, "save": saved - extracted}
            report_data = build_report(processed, sources=sources, out=out, documents_path=documents_path,
                                       curation=curation, jobs=jobs, timing=timing)
            generation.write_report(report_data)
    return RunResult(processed.facts, processed.documents, report_data, out, documents_path, report)


# --- load -----------------------------------------------------------------------------------------------

def list_sources(sources: Path) -> list[Path]:
    """Entries of the sources folder, sorted by name; hidden files (.gitkeep, .DS_Store) are not inputs."""
    if not sources.exists():
        raise SourcesError(f"sources folder not found: {sources}")
    if not sources.is_dir():
        raise SourcesError(f"sources is not a folder: {sources}")
    try:
        entries = sorted((p for p in sources.iterdir() if not p.name.startswith(".")), key=lambda p: p.name)
    except OSError as error:
        raise SourcesError(f"cannot list sources folder {sources}: {error.strerror or error}") from None
    if not entries:
        raise SourcesError(f"sources folder is empty: {sources}")
    return entries


def load(paths: Sequence[Path], *, jobs: int = 1) -> list[Document | Rejection]:
    """Read every input; the second file with an already-used source_id (a.md, a.txt) is rejected.

    With jobs > 1 the files are read in a process pool (reading a scan means OCR, seconds per page; decoding,
    HTML parsing and boilerplate removal are a tenth of a text report's cost, serial otherwise): when two or more
    are no plain text or HTML, or there are enough files for the pool to pay; the result is the same, in the same
    order."""
    binary = [p for p in paths if p.suffix.lower() not in TEXT_SUFFIXES + HTML_SUFFIXES]
    if jobs > 1 and (len(binary) > 1 or len(paths) >= POOLED_READ_MIN_FILES):
        chunk_size = 1 if binary else max(1, min(64, math.ceil(len(paths) / (jobs * 4))))
        with ProcessPoolExecutor(max_workers=min(jobs, len(paths))) as pool:
            items = list(pool.map(read_document, paths, chunksize=chunk_size))
    else:
        items = [read_document(path) for path in paths]
    return _without_duplicates(items)


def _without_duplicates(items: Sequence[Document | Rejection]) -> list[Document | Rejection]:
    """The inputs in order, the second file with an already-used source_id turned into a rejection."""
    inputs: list[Document | Rejection] = []
    first_file: dict[str, str] = {}
    for item in items:
        if item.source_id in first_file:
            reason = f"duplicate source_id {item.source_id!r}: {first_file[item.source_id]} has the same name"
            item = Rejection(item.source_id, item.file_name, reason, encoding=getattr(item, "encoding", None),
                             sha256=getattr(item, "sha256", None), method=getattr(item, "method", None))
        else:
            first_file[item.source_id] = item.file_name
        inputs.append(item)
    return inputs


def load_and_extract(paths: Sequence[Path], *, jobs: int, progress: Progress | None = None
                     ) -> tuple[list[Document | Rejection], dict[str, _Outcome]]:
    """load() and extract_all() in one process pool: each worker reads its files and extracts them at once.

    Reading then runs in the workers too instead of before them, and a text crosses between processes once (back
    to the parent, which writes it to the documents table) instead of three times. Same inputs, in the same order,
    and the same outcomes (by source_id) as load() then extract_all(); `progress` counts files here."""
    extractor = extract_document   # resolved now, so a patched etl.pipeline.extract_document reaches workers
    binary = any(p.suffix.lower() not in TEXT_SUFFIXES + HTML_SUFFIXES for p in paths)
    chunk_size = 1 if binary else max(1, min(64, math.ceil(len(paths) / (jobs * 4))))   # a scan is seconds a page
    chunks = [paths[i : i + chunk_size] for i in range(0, len(paths), chunk_size)]
    items: list[Document | Rejection] = []
    extracted: list[_Outcome | None] = []
    with ProcessPoolExecutor(max_workers=min(jobs, len(chunks))) as pool:
        futures = [pool.submit(_read_and_extract_chunk, extractor, chunk) for chunk in chunks]
        for future in futures:
            for item, outcome in future.result():
                items.append(item)
                extracted.append(outcome)
            if progress:
                progress(len(items), len(paths))
    inputs = _without_duplicates(items)
    outcomes = {item.source_id: outcome for item, outcome in zip(inputs, extracted) if isinstance(item, Document)}
    return inputs, outcomes


def _read_and_extract_chunk(extractor, paths: Sequence[Path]) -> list[tuple[Document | Rejection, _Outcome | None]]:
    pairs = []
    for path in paths:
        item = read_document(path)
        outcome = (_extract_safely(extractor, item.source_id, item.text, item.title, item.published)
                   if isinstance(item, Document) else None)
        pairs.append((item, outcome))
    return pairs


# --- process --------------------------------------------------------------------------------------------

def process(inputs: Sequence[Document | Rejection], entries: list[CurationEntry], *, jobs: int = 1,
            progress: Progress | None = None, reviews: Mapping[str, FactReview] | None = None,
            outcomes: Mapping[str, _Outcome] | None = None) -> _Processed:
    """Extract, identify, curate and check; returns the frames exactly as they will be written. `outcomes`: the
    extractions already made by load_and_extract, by source_id."""
    documents = [item for item in inputs if isinstance(item, Document)]
    if outcomes is None:
        outcomes = dict(zip((d.source_id for d in documents), extract_all(documents, jobs=jobs, progress=progress)))
    texts = {d.source_id: d.text for d in documents}

    records: list[dict] = []
    for document in documents:
        records.extend(with_read_review(document, outcomes[document.source_id].records))
    facts = sorted_facts(facts_frame(records))
    curated = apply_curation(facts, entries, texts)
    reviewed = apply_reviews(curated.facts, reviews or {})
    facts = sorted_facts(reviewed.facts)
    check_facts(facts, texts)

    extracted_counts, final_counts = Counter(r["source_id"] for r in records), Counter(facts["source_id"].tolist())
    rows = [
        document_row(item, outcomes[item.source_id], final_counts[item.source_id], extracted_counts[item.source_id])
        if isinstance(item, Document) else document_row(item, None, 0, 0)
        for item in inputs
    ]
    documents_frame = sorted_documents(pa.Table.from_pylist(rows, schema=DOCUMENTS_SCHEMA).to_pandas())
    check_documents(documents_frame, facts)
    return _Processed(facts, documents_frame, curated, reviewed)


def extract_all(documents: Sequence[Document], *, jobs: int = 1, progress: Progress | None = None) -> list[_Outcome]:
    """One outcome per document, in input order — the same whatever `jobs` is."""
    extractor = extract_document   # resolved now, so a patched etl.pipeline.extract_document reaches workers
    total = len(documents)
    work = [(d.source_id, d.text, d.title, d.published) for d in documents]
    if jobs == 1 or total <= 1:
        outcomes = []
        for done, item in enumerate(work, start=1):
            outcomes.append(_extract_safely(extractor, *item))
            if progress:
                progress(done, total)
        return outcomes
    chunk_size = max(1, min(64, math.ceil(total / (jobs * 4))))   # few round trips, still a smooth progress bar
    chunks = [work[i : i + chunk_size] for i in range(0, total, chunk_size)]
    outcomes = []
    with ProcessPoolExecutor(max_workers=min(jobs, len(chunks))) as pool:
        futures = [pool.submit(_extract_chunk, extractor, chunk) for chunk in chunks]
        for future in futures:
            outcomes.extend(future.result())
            if progress:
                progress(len(outcomes), total)
    return outcomes


def _extract_chunk(extractor, chunk: list[tuple]) -> list[_Outcome]:
    return [_extract_safely(extractor, *item) for item in chunk]


def _extract_safely(extractor, source_id: str, text: str, title: str | None, published: str | None) -> _Outcome:
    """The reader's title and dateline go along: the extractor uses them to place and date the document."""
    try:
        extraction = extractor(text, source_id=source_id, title=title, published=published)
    except Exception as error:  # noqa: BLE001 — any failure of one document is that document's rejection
        return _Outcome(None, f"extraction failed: {type(error).__name__}: {error}")
    if not isinstance(extraction, Extraction):
        raise ContractError(f"{source_id}: extract_document returned {type(extraction).__name__}, not Extraction")
    return _Outcome(replace(extraction, facts=[]), records=fact_records(source_id, extraction))


def with_read_review(document: Document, records: list[dict]) -> list[dict]:
    """Facts of a document read by OCR are all to be checked (`review` "ocr": any digit may be misread); the reader
    says how it read a document in `Document.method`."""
    if getattr(document, "method", None) == "ocr":
        for record in records:
            record["review"] = "ocr"
    return records


def fact_id(source_id: str, char_start: int, char_end: int, indicator: str, measure: str) -> str:
    """Stable across runs and machines: the same quoted span read as the same measure keeps its id."""
    key = f"{source_id}|{char_start}|{char_end}|{indicator}|{measure}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def fact_records(source_id: str, extraction: Extraction) -> list[dict]:
    """The extractor's facts with source_id (the pipeline knows it best), fact_id and curated=False added.

    Any other missing or extra key is a ContractError naming the source (value types: facts_frame).
    """
    records = []
    for fact in extraction.facts:
        if fact.get("source_id", source_id) != source_id:
            raise ContractError(f"{source_id}: a fact carries source_id {fact['source_id']!r}")
        fact = {**fact, "source_id": source_id}
        keys = set(fact)
        if keys != EXTRACTED_COLUMNS:
            raise ContractError(
                f"{source_id}: fact keys differ from the contract: missing {sorted(EXTRACTED_COLUMNS - keys)}, "
                f"unexpected {sorted(keys - EXTRACTED_COLUMNS)}"
            )
        record = {**fact, "curated": False, "review_status": "unreviewed"}
        record["fact_id"] = fact_id(
            source_id, fact["char_start"], fact["char_end"], fact["indicator"], fact["measure"]
        )
        records.append(record)
    return records


# pyarrow's inferred type of a column's values → the schema types it may be stored as without loss.
_STORABLE_AS = {
    pa.string(): {pa.string(), pa.null()},
    pa.float64(): {pa.float64(), pa.int64(), pa.null()},
    pa.int64(): {pa.int64()},
    pa.bool_(): {pa.bool_()},
}


def facts_frame(records: list[dict]) -> pd.DataFrame:
    """Fact records as a frame typed exactly by FACTS_SCHEMA; a value of the wrong type is a ContractError.

    The columns checked are the columns stored (Table.from_pylist would gather them again, record by record)."""
    # one pass over the records, transposed in C (a comprehension per column reads every record 27 times)
    rows = list(map(operator.itemgetter(*FACTS_SCHEMA.names), records))
    columns = [list(values) for values in zip(*rows)] if rows else [[] for _ in FACTS_SCHEMA.names]
    for column, values in zip(FACTS_SCHEMA, columns):
        problem = _type_problem(values, column)
        if problem:
            culprit = next((r for r in records if _type_problem([r[column.name]], column)), records[0])
            raise ContractError(f"{culprit['source_id']}: facts column {column.name} must be {column.type}: "
                                f"{_type_problem([culprit[column.name]], column) or problem}")
    return pa.Table.from_arrays(columns, schema=FACTS_SCHEMA).to_pandas()


def _type_problem(values: list, column: pa.Field) -> str | None:
    """Why `values` cannot be stored as `column` without loss, or None. (pyarrow alone would silently turn
    True into 1.0 and 2.5 into 2.)"""
    if not values:
        return None
    try:
        inferred = pa.array(values).type
    except (pa.ArrowInvalid, pa.ArrowTypeError) as error:
        return f"unusable values ({error})"
    return None if inferred in _STORABLE_AS[column.type] else f"got {inferred}"


def document_row(item: Document | Rejection, outcome: _Outcome | None, fact_count: int, extracted: int) -> dict:
    """The documents-table row of one input; `extracted` is the fact count before curation."""
    row = dict.fromkeys(DOCUMENTS_SCHEMA.names)
    row.update(source_id=item.source_id, file_name=item.file_name, encoding=item.encoding, sha256=item.sha256,
               fact_count=fact_count, warnings=[], method=item.method)
    if isinstance(item, Rejection):
        return {**row, "status": "rejected", "reason": item.reason}
    row.update(text=item.text, title=item.title, published=item.published, warnings=list(item.warnings),
               page_starts=list(item.page_starts) if item.page_starts is not None else None)
    if outcome.error:
        return {**row, "status": "rejected", "reason": outcome.error}
    extraction = outcome.extraction
    place = extraction.place or {}
    row.update(
        title=extraction.title or item.title,
        published=extraction.published or item.published,
        place_id=place.get("place_id"),
        place_name=place.get("place_name"),
        province=place.get("province"),
        place_name_reported=place.get("place_name_reported"),
        province_reported=place.get("province_reported"),
        period=extraction.period,
        warnings=[*item.warnings, *map(str, extraction.warnings)],
    )
    if fact_count:
        return {**row, "status": "ok"}
    reason = f"all {extracted} facts rejected by curation" if extracted else "no catalogue facts found"
    return {**row, "status": "no_facts", "reason": reason}


# --- contract -------------------------------------------------------------------------------------------

_FACT_DTYPES = pa.Table.from_pylist([], schema=FACTS_SCHEMA).to_pandas().dtypes


def check_facts(facts: pd.DataFrame, texts: dict[str, str]) -> None:
    """The facts frame as the dashboard relies on it: columns, dtypes, allowed values, exact quotes."""
    if list(facts.columns) != FACT_COLUMNS:
        raise ContractError(f"facts columns {list(facts.columns)} != {FACT_COLUMNS}")
    wrong = {c: str(t) for c, t in facts.dtypes.items() if str(t) != str(_FACT_DTYPES[c])}
    if wrong:
        raise ContractError(f"facts dtypes differ from etl/schema.py: {wrong}")
    for column in REQUIRED_FACT_COLUMNS:
        _refuse(facts, facts[column].isna(), f"{column} is null")
    for column, allowed in ALLOWED_VALUES.items():
        _refuse(facts, facts[column].notna() & ~facts[column].isin(allowed), f"{column} not in {allowed}")
    _refuse(facts, ~facts["indicator"].isin(load_catalogue().index), "indicator not in etl/indicators.yaml")
    _refuse(facts, ~facts["source_id"].isin(list(texts)), "source_id is not a document of this run")
    _refuse(facts, facts["fact_id"].duplicated(keep=False), "duplicate fact_id (same span, indicator and measure)")
    # (columns as Python lists first: iterating an Arrow-backed column yields one scalar at a time, ~10× slower)
    columns = (facts[c].tolist() for c in ("source_id", "char_start", "char_end", "quote"))
    quoted = [
        0 <= start < end <= len(texts[source]) and texts[source][start:end] == quote
        for source, start, end, quote in zip(*columns)
    ]
    _refuse(facts, ~pd.Series(quoted, index=facts.index, dtype=bool), "quote != text[char_start:char_end]")


def check_documents(documents: pd.DataFrame, facts: pd.DataFrame) -> None:
    if list(documents.columns) != DOCUMENTS_SCHEMA.names:
        raise ContractError(f"documents columns {list(documents.columns)} != {DOCUMENTS_SCHEMA.names}")
    _refuse(documents, ~documents["status"].isin(STATUSES), f"status not in {STATUSES}")
    _refuse(documents, documents["method"].notna() & ~documents["method"].isin(DOCUMENT_METHODS),
            f"method not in {DOCUMENT_METHODS}")
    counts = facts["source_id"].value_counts()
    expected = documents["source_id"].map(counts).fillna(0).astype(int).where(documents["status"] != "rejected", 0)
    _refuse(documents, documents["fact_count"] != expected, "fact_count differs from the facts table")
    _refuse(documents, documents.duplicated("file_name"), "duplicate file_name")


def _refuse(frame: pd.DataFrame, bad: pd.Series, problem: str) -> None:
    if bad.any():
        first = frame.loc[bad].iloc[0]
        where = f"source {first['source_id']!r}" + (f", quote {first['quote']!r}" if "quote" in frame else "")
        raise ContractError(f"{int(bad.sum())} row(s): {problem} (first: {where})")


# --- report ---------------------------------------------------------------------------------------------

def review_report(review: ReviewResult | None) -> dict:
    if review is None:
        return {"facts_rejected": 0, "facts_corrected": 0, "facts_accepted": 0, "warnings": []}
    return {"facts_rejected": review.facts_rejected, "facts_corrected": review.facts_corrected,
            "facts_accepted": review.facts_accepted, "warnings": review.warnings}


def build_report(processed: _Processed, *, sources: Path, out: Path, documents_path: Path,
                 curation: Path | None, jobs: int, timing: dict[str, float]) -> dict:
    """The run report (format in data/README.md): every input with its status, plus totals and timing."""
    documents, facts, curated = processed.documents, processed.facts, processed.curation
    statuses = documents["status"].value_counts()
    return {
        "sources": str(sources),
        "facts_table": str(out),
        "documents_table": str(documents_path),
        "curation_file": str(curation) if curation else None,
        "jobs": jobs,
        "totals": {
            "documents": len(documents),
            **{status: int(statuses.get(status, 0)) for status in STATUSES},
            "facts": len(facts),
            "curated_facts": int(facts["curated"].sum()),
        },
        "curation": {
            "rows_applied": curated.applied,
            "facts_rejected": curated.facts_rejected,
            "facts_corrected": curated.facts_corrected,
            "warnings": curated.warnings,
        },
        "review": review_report(processed.review),
        "timing_seconds": {**{k: round(v, 3) for k, v in timing.items()}, "total": round(sum(timing.values()), 3)},
        "documents": [
            {
                "file": row.file_name,
                "source_id": row.source_id,
                "status": row.status,
                "reason": None if pd.isna(row.reason) else row.reason,
                "facts": int(row.fact_count),
                "warnings": list(row.warnings),
            }
            for row in documents.itertuples(index=False)
        ],
    }
