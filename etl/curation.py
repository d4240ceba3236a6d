"""Human corrections (data/curation.csv), re-applied on every run so they survive re-extraction.

A row names a fact by where it is quoted — source_id + quote, narrowed by indicator/measure/period when
given — rather than by fact_id, so it stays readable and keeps working when the extractor changes. A row
that cannot be applied exactly as written changes nothing and becomes a warning in the run report.
"""
from __future__ import annotations

import csv
import math
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, fields
from pathlib import Path

import pandas as pd

from etl.catalogue import indicator_measure_unit, load_catalogue
from etl.period_grammar import SPELLINGS, period_kind
from etl.schema import MEASURES

DEFAULT_CURATION_PATH = Path(__file__).resolve().parents[1] / "data" / "curation.csv"
CURATION_COLUMNS = (
    "source_id", "quote", "indicator", "measure", "period", "action",
    "new_value", "new_indicator", "new_measure", "new_period", "new_place_id", "note",
)
REQUIRED_COLUMNS = ("source_id", "quote", "action")
ACTIONS = ("reject", "correct")
PLACE_COLUMNS = ("place_id", "place_name", "place_type", "province", "admin_code", "province_code",
                 "place_name_reported", "province_reported")


class CurationError(Exception):
    """The curation file as a whole is unusable (unreadable, wrong header); the message names the file."""


@dataclass(frozen=True)
class CurationEntry:
    """One row of the curation file; empty cells are ""."""

    line: int
    source_id: str
    quote: str
    action: str
    indicator: str = ""
    measure: str = ""
    period: str = ""
    new_value: str = ""
    new_indicator: str = ""
    new_measure: str = ""
    new_period: str = ""
    new_place_id: str = ""
    note: str = ""

    @property
    def changes(self) -> dict[str, str]:
        """The new_* cells that are filled, keyed by the column they replace."""
        return {
            name.removeprefix("new_"): getattr(self, name)
            for name in ("new_value", "new_indicator", "new_measure", "new_period", "new_place_id")
            if getattr(self, name)
        }


@dataclass
class CurationResult:
    facts: pd.DataFrame
    warnings: list[str]
    applied: int            # rows that changed, confirmed or removed at least one fact
    facts_rejected: int
    facts_corrected: int


def read_curation(path: Path | None) -> list[CurationEntry]:
    """Rows of the curation file in file order; a missing file means no curation."""
    if path is None or not Path(path).exists():
        return []
    try:
        with Path(path).open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            _check_header(path, reader.fieldnames)
            return [entry for row in reader if (entry := _entry(row, reader.line_num))]
    except (OSError, UnicodeDecodeError, csv.Error) as error:
        raise CurationError(f"cannot read curation file {path}: {error}") from None


def _check_header(path: Path, header: list[str] | None) -> None:
    columns = [column.strip() for column in header or []]
    missing = [column for column in REQUIRED_COLUMNS if column not in columns]
    unknown = [column for column in columns if column not in CURATION_COLUMNS]
    if missing or unknown:
        problem = f"missing columns {missing}" if missing else f"unknown columns {unknown}"
        raise CurationError(f"curation file {path}: {problem}; expected {', '.join(CURATION_COLUMNS)}")


def _entry(row: dict, line: int) -> CurationEntry | None:
    cells = {
        (key or "").strip(): unicodedata.normalize("NFC", value.strip()) if isinstance(value, str) else ""
        for key, value in row.items()
    }
    if not any(cells.values()):
        return None
    known = {f.name for f in fields(CurationEntry)} - {"line"}
    return CurationEntry(line=line, **{key: value for key, value in cells.items() if key in known})


def apply_curation(facts: pd.DataFrame, entries: list[CurationEntry], texts: Mapping[str, str]) -> CurationResult:
    """Apply rows in file order: reject removes the matched facts; correct sets the new_* values (or, with
    none, confirms) and marks them curated. `texts` maps source_id → document text, to check quotes."""
    facts = facts.copy()
    warnings: list[str] = []
    applied = rejected = 0
    corrected: set[str] = set()
    for entry in entries:
        problem = _entry_problem(entry, texts, facts)
        matched = None if problem else _matching_facts(facts, entry, texts[entry.source_id])
        if matched is not None and not matched.any():
            problem = "matches no fact" + _narrowing(entry)
        elif matched is not None and entry.action == "correct" and len(entry.changes) and matched.sum() > 1:
            problem = f"matches {matched.sum()} facts; add indicator/measure/period to pick one"
        if problem:
            warnings.append(f"curation line {entry.line} ({entry.source_id}: {_short(entry.quote)}): {problem}; not applied")
            continue
        applied += 1
        if entry.action == "reject":
            rejected += int(matched.sum())
            corrected -= set(facts.loc[matched, "fact_id"])
            facts = facts.loc[~matched].reset_index(drop=True)
        else:
            facts = _correct(facts, matched, entry)
            corrected |= set(facts.loc[matched, "fact_id"])
    return CurationResult(facts, warnings, applied, rejected, len(corrected))


def _entry_problem(entry: CurationEntry, texts: Mapping[str, str], facts: pd.DataFrame) -> str | None:
    """Why a row cannot be applied as written, or None."""
    catalogue = load_catalogue().index
    if entry.action not in ACTIONS:
        return f"unknown action {entry.action!r} (use {' or '.join(ACTIONS)})"
    if entry.source_id not in texts:
        return f"source_id {entry.source_id!r} is not a document read in this run"
    if not entry.quote:
        return "quote is empty"
    if entry.quote not in texts[entry.source_id]:
        return "quote not found in that source's text"
    for column in ("indicator", "new_indicator"):
        if getattr(entry, column) and getattr(entry, column) not in catalogue:
            return f"unknown {column} {getattr(entry, column)!r} (not in etl/indicators.yaml)"
    for column in ("measure", "new_measure"):
        if getattr(entry, column) and getattr(entry, column) not in MEASURES:
            return f"unknown {column} {getattr(entry, column)!r} (use one of {', '.join(MEASURES)})"
    if entry.new_value and _number(entry.new_value) is None:
        return f"new_value {entry.new_value!r} is not a number (write it like 1234.5)"
    if entry.new_period and period_type(entry.new_period) is None:
        return f"new_period {entry.new_period!r} is not a period ({SPELLINGS})"
    if entry.new_place_id and not (facts["place_id"] == entry.new_place_id).any():
        return f"new_place_id {entry.new_place_id!r} is not the place of any fact in this run"
    return None


def _matching_facts(facts: pd.DataFrame, entry: CurationEntry, text: str) -> pd.Series:
    """Facts of the source whose quoted span lies inside an occurrence of the row's quote."""
    in_quote = pd.Series(False, index=facts.index)
    same_source = facts["source_id"] == entry.source_id
    for start in _occurrences(text, entry.quote):
        end = start + len(entry.quote)
        in_quote |= same_source & (facts["char_start"] >= start) & (facts["char_end"] <= end)
    for column in ("indicator", "measure", "period"):
        if getattr(entry, column):
            in_quote &= facts[column] == getattr(entry, column)
    return in_quote


def _correct(facts: pd.DataFrame, matched: pd.Series, entry: CurationEntry) -> pd.DataFrame:
    changes = entry.changes
    if "value" in changes:
        facts.loc[matched, "value"] = _number(changes["value"])
    for column in ("indicator", "measure", "period"):
        if column in changes:
            facts.loc[matched, column] = changes[column]
    if "period" in changes:
        facts.loc[matched, "period_type"] = period_type(changes["period"])
    if "indicator" in changes or "measure" in changes:
        for index in facts.index[matched]:
            facts.loc[index, "unit"] = indicator_measure_unit(facts.at[index, "indicator"],
                                                              facts.at[index, "measure"])
    if "place_id" in changes:
        place = facts.loc[facts["place_id"] == changes["place_id"], list(PLACE_COLUMNS)].iloc[0]
        for column in PLACE_COLUMNS:
            facts.loc[matched, column] = place[column]
    facts.loc[matched, "curated"] = True
    facts.loc[matched, "review_status"] = "corrected" if changes else facts.loc[matched, "review_status"].where(
        facts.loc[matched, "review_status"] == "corrected", "accepted")
    return facts


def period_type(period: str) -> str | None:
    """The period_type a period spelling implies (etl/period_grammar.py), None when it is not one."""
    return period_kind(period)


def _number(cell: str) -> float | None:
    try:
        number = float(cell)
    except ValueError:
        return None
    return number if math.isfinite(number) else None


def _occurrences(text: str, quote: str):
    start = text.find(quote)
    while start != -1:
        yield start
        start = text.find(quote, start + 1)


def _narrowing(entry: CurationEntry) -> str:
    given = [f"{column}={getattr(entry, column)}" for column in ("indicator", "measure", "period") if getattr(entry, column)]
    return f" with {', '.join(given)}" if given else ""


def _short(quote: str, limit: int = 60) -> str:
    return repr(quote if len(quote) <= limit else quote[: limit - 1] + "…")
