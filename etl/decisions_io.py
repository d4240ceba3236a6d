"""Review decisions ↔ data/curation.csv, so corrections made in the dashboard can live in git (and back).

    python -m etl decisions export [--curation FILE.csv]            # append the decisions in force as rows
    python -m etl decisions import [--curation FILE.csv] [--out FILE.parquet]

Export: one row per reviewed fact (reject; correct with the corrected new_* values; a confirming correct for an
accepted fact), narrowed by the fact's indicator/measure/period as first reviewed; rows already in the file are
not written twice. Import: each row is matched, as a run matches it, against the facts extracted afresh from the
documents table's texts, and becomes decisions by user "import" on the facts it matches.
"""
from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

import pandas as pd

from etl.curation import (
    CURATION_COLUMNS,
    DEFAULT_CURATION_PATH,
    CurationEntry,
    CurationError,
    _entry_problem,
    _matching_facts,
    read_curation,
)
from etl.extract import extract_document
from etl.pipeline import DEFAULT_OUT, fact_records, facts_frame
from etl.schema import documents_path_for
from store import Decision, effective_reviews, open_store
from store.db import Store

IMPORT_USER = "import"
# Decision fields that curation.csv can carry, and their column.
EXPORTED_FIELDS = {"value": "new_value", "indicator": "new_indicator", "measure": "new_measure",
                   "period": "new_period", "place_id": "new_place_id"}


def export_rows(store: Store) -> tuple[list[dict], list[str]]:
    """Curation rows for every fact whose history leaves a decision in force, and what could not be exported."""
    rows, skipped = [], []
    for fact_id, review in effective_reviews(store.decisions()).items():
        first = review.history[0]
        row = dict.fromkeys(CURATION_COLUMNS, "")
        row.update(source_id=first.source_id, quote=first.quote, indicator=first.indicator or "",
                   measure=first.measure or "", period=first.period or "",
                   note=f"review {review.status} by {review.last.user_name} "
                        f"{review.last.created_at:%Y-%m-%d}" + (f": {review.last.note}" if review.last.note else ""))
        if review.status == "rejected":
            row["action"] = "reject"
        else:
            row["action"] = "correct"
            for field, after in review.corrections.items():
                if field in EXPORTED_FIELDS:
                    row[EXPORTED_FIELDS[field]] = after or ""
                else:
                    skipped.append(f"fact {fact_id}: a correction of {field} cannot be written to curation.csv")
        rows.append(row)
    return rows, skipped


def export_decisions(store: Store, path: Path) -> tuple[int, list[str]]:
    """Append the rows not already in the file; returns how many were written and the skipped corrections."""
    rows, skipped = export_rows(store)
    existing = {_key(vars(entry)) for entry in read_curation(path)}
    new = [row for row in rows if _key(row) not in existing]
    path = Path(path)
    write_header = not path.exists() or path.stat().st_size == 0
    with path.open("a", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=CURATION_COLUMNS)
        if write_header:
            writer.writeheader()
        writer.writerows(new)
    return len(new), skipped


def import_decisions(store: Store, path: Path, documents: pd.DataFrame) -> tuple[int, list[str]]:
    """Record the curation rows of `path` as decisions; returns how many decisions and the rows not applied."""
    readable = documents[documents["status"] != "rejected"].dropna(subset=["text"])
    texts = dict(zip(readable["source_id"], readable["text"]))
    wanted = {entry.source_id for entry in read_curation(path)}
    records = []
    for row in readable[readable["source_id"].isin(wanted)].itertuples(index=False):
        # a document without a title or date has NaN there (pandas' null of the column), not None
        extraction = extract_document(row.text, source_id=row.source_id, title=_text(row.title),
                                      published=_text(row.published))
        records += fact_records(row.source_id, extraction)
    facts = facts_frame(records) if records else pd.DataFrame(columns=["source_id", "place_id"])
    decisions, problems = [], []
    for entry in read_curation(path):
        problem = _entry_problem(entry, texts, facts)
        matched = None if problem else _matching_facts(facts, entry, texts[entry.source_id])
        if matched is not None and not matched.any():
            problem = "matches no fact"
        if problem:
            problems.append(f"curation line {entry.line}: {problem}")
            continue
        for fact in facts.loc[matched].to_dict("records"):
            decisions += _decisions_for(entry, fact)
    store.record(decisions)
    return len(decisions), problems


def _decisions_for(entry: CurationEntry, fact: dict) -> list[Decision]:
    base = dict(user_name=IMPORT_USER, fact_id=fact["fact_id"], source_id=fact["source_id"], quote=fact["quote"],
                char_start=int(fact["char_start"]), char_end=int(fact["char_end"]), indicator=fact["indicator"],
                measure=fact["measure"], period=fact["period"], value=float(fact["value"]),
                note=f"curation.csv line {entry.line}" + (f": {entry.note}" if entry.note else ""))
    if entry.action == "reject":
        return [Decision(action="reject", **base)]
    if not entry.changes:
        return [Decision(action="accept", **base)]
    return [Decision(action="correct", field=field, before=_text(fact.get(field)), after=after, **base)
            for field, after in entry.changes.items()]


def _text(value) -> str | None:
    return None if value is None or (isinstance(value, float) and pd.isna(value)) else str(value)


def _key(row: dict) -> tuple:
    return tuple((row.get(c) or "") for c in CURATION_COLUMNS if c != "note")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m etl decisions",
                                     description="Export review decisions to a curation file, or import one.")
    parser.add_argument("direction", choices=("export", "import"))
    parser.add_argument("--curation", type=Path, default=DEFAULT_CURATION_PATH, metavar="FILE.csv")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, metavar="FILE.parquet",
                        help="facts table whose documents table holds the texts (import)")
    args = parser.parse_args(argv)
    store = open_store()
    try:
        if args.direction == "export":
            written, skipped = export_decisions(store, args.curation)
            print(f"{written} row(s) appended to {args.curation}")
            notes = skipped
        else:
            documents = pd.read_parquet(documents_path_for(args.out))
            recorded, notes = import_decisions(store, args.curation, documents)
            print(f"{recorded} decision(s) recorded from {args.curation}")
    except (CurationError, OSError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    for note in notes:
        print(f"  not applied: {note}")
    return 0
