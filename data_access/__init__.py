"""The dashboard's one data loader: facts table + documents table + ETL report, read once per process.

Directory: $NQ_DATA_DIR, else ./data. Files: indicators.parquet, indicators.documents.parquet, etl_report.json.
A missing or unreadable facts table yields a Dataset with `error` set (the app shows a friendly page).
"""
from __future__ import annotations

import json
import logging
import os
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime, timezone
from functools import cached_property, lru_cache
from pathlib import Path

import numpy as np
import pandas as pd

from data_access.catalogue import current_catalogue, table_catalogue, use_catalogue
from etl.geometry import communes_per_district, district_geometry
from etl.period_grammar import period_sort_key
from etl.places import official_places, slugify
from etl.schema import DOCUMENT_COLUMNS, FACT_COLUMNS
from store.config import data_dir
from etl.write import current_generation, read_manifest

log = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parents[1]
FACTS_FILE = "indicators.parquet"
DOCUMENTS_FILE = "indicators.documents.parquet"
REPORT_FILE = "etl_report.json"

# Tie-break among the indicators with the most districts for the default Compare view.
DEFAULT_INDICATORS = ("poverty_rate", "income_per_capita", "targets_met", "production_value")


def most_covered(facts: pd.DataFrame, *, measure: str = "level") -> tuple[str | None, str | None]:
    """(indicator, period) a first visit opens on: the indicator of `measure` with figures for the most districts
    (ties: DEFAULT_INDICATORS order, then name), and its period with the most districts (ties: the newest)."""
    rows = facts[(facts["measure"] == measure) & facts["value"].notna()]
    if rows.empty:
        rows = facts[facts["value"].notna()]
    if rows.empty:
        return None, None
    cover = rows.groupby("indicator")["place_id"].nunique()
    pref = {ind: i for i, ind in enumerate(DEFAULT_INDICATORS)}
    indicator = min(cover.index, key=lambda i: (-int(cover[i]), pref.get(i, len(pref)), str(i)))
    per = rows[rows["indicator"] == indicator].groupby("period")["place_id"].nunique()
    newest = sorted(per.index, key=period_sort_key, reverse=True)
    period = max(newest, key=lambda p: int(per[p]))    # max keeps the first (newest) of equals
    return indicator, period


# Which resolution scope a figure belongs to, in order of preference when a place has several.
SCOPE_ORDER = {"annual": 0, "half_year": 1, "quarter": 2, "term": 3, None: 4}
# Count indicators the Targets view shows as gauges ("x of y"), besides every share-of-target figure.
GAUGE_INDICATORS = ("targets_met", "ntm_communes")


@dataclass(frozen=True)
class StateOptions:
    """What the data allows a URL state to name; None means "do not check"."""

    provinces: frozenset | None = None
    districts: frozenset | None = None
    indicators: frozenset | None = None
    periods: frozenset | None = None
    default_indicator: str | None = None
    default_measure: str = "level"
    default_period: str | None = None     # for a link that names neither an indicator nor a period
    extra: dict = field(default_factory=dict)


def preference_key(rows: pd.DataFrame) -> pd.Series:
    """One integer per row, ascending = preferred: newest period, curated, annual target set, exact figure."""
    periods = sorted(set(rows["period"].dropna()), key=period_sort_key)
    period_rank = {p: i for i, p in enumerate(periods)}
    prank = rows["period"].map(period_rank).fillna(-1).astype("int64")
    curated = (~rows["curated"].fillna(False).astype(bool)).astype("int64")
    scope = rows["target_scope"].map(lambda s: SCOPE_ORDER.get(s, 5)).astype("int64")
    exact = rows["qualifier"].notna().astype("int64")
    return -prank * 1000 + curated * 100 + scope * 10 + exact


def target_facts(facts: pd.DataFrame) -> pd.DataFrame:
    """The rows the Targets view can use: targets met and New Rural counts, and every % of target figure."""
    return facts[((facts["indicator"].isin(GAUGE_INDICATORS)) & (facts["measure"] == "level")) |
                 (facts["measure"] == "pct_of_target")]


@lru_cache(maxsize=1)
def official_districts() -> pd.DataFrame:
    """Every district-level unit of the last state before the 2025 rearrangement (the ETL's gazetteer, which most
    reports describe), with the ETL's place ids and place columns."""
    return pd.DataFrame(official_places(), columns=["place_id", "place_name", "place_type", "province",
                                                    "province_code", "admin_code"])


UNIQUE_TEXT = {"fact_id", "quote", "char_start", "char_end", "value", "denominator", "curated"}


def _shared_text(column: pd.Series) -> pd.Series:
    """The same values, as objects, with every repeated string one shared object (through a categorical)."""
    shared = column.astype("category").astype(object)
    return shared.where(shared.notna(), None)


def _plain_text(frame: pd.DataFrame) -> pd.DataFrame:
    """Text columns as plain Python objects: pandas' Arrow-backed str dtype (what joins, concat and .map give)
    iterates ~5x slower, and the views iterate these frames row by row."""
    for col, dtype in frame.dtypes.items():
        if isinstance(dtype, pd.StringDtype):
            frame[col] = frame[col].astype(object).where(frame[col].notna(), None)
    return frame


def _empty(columns) -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype="object") for c in columns})


def _norm_code(code) -> str | None:
    if code is None or (isinstance(code, float) and pd.isna(code)) or code is pd.NA:
        return None
    s = str(code).strip()
    return f"{int(s):03d}" if s.isdigit() else s


def _norm_province(code) -> str | None:
    if code is None or (isinstance(code, float) and pd.isna(code)) or code is pd.NA:
        return None
    s = str(code).strip()
    return str(int(s)) if s.isdigit() else s


@dataclass
class Dataset:
    facts: pd.DataFrame
    documents: pd.DataFrame
    report: dict = field(default_factory=dict)
    source: str = ""
    built_at: str | None = None
    error: str | None = None          # set when the facts table could not be loaded
    error_key: str | None = None      # i18n key of the error message
    catalogue: dict | None = None     # the facts table's own catalogue (data_access.catalogue); None: the current one

    # ------------------------------------------------------------ construction
    @classmethod
    def from_frames(cls, facts: pd.DataFrame, documents: pd.DataFrame | None = None, report: dict | None = None,
                    *, source: str = "memory", built_at: str | None = None) -> "Dataset":
        facts = facts.copy()
        for col in FACT_COLUMNS:
            if col not in facts.columns:
                facts[col] = None
        facts = facts[FACT_COLUMNS].reset_index(drop=True)   # (any internal column of the input is dropped)
        # plain Python strings (object dtype) rather than Arrow-backed ones: the views iterate rows and map labels
        # far more than they aggregate, and that is several times faster on object columns
        for col in facts.columns:
            if col not in ("value", "denominator", "char_start", "char_end", "curated"):
                facts[col] = facts[col].astype(object).where(facts[col].notna(), None)
        facts["value"] = pd.to_numeric(facts["value"], errors="coerce").astype("float64")
        facts["denominator"] = pd.to_numeric(facts["denominator"], errors="coerce").astype("float64")
        # object dtype with None for missing text: simpler and uniform for the builders
        for col in ("qualifier", "target_scope", "target_body", "admin_code", "province_code", "quote", "unit", "term",
                    "period_type"):
            facts[col] = facts[col].astype(object).where(facts[col].notna(), None)
        # .map returns pandas' Arrow-backed str dtype, which iterates ~5x slower: back to plain objects
        facts["admin_code"] = facts["admin_code"].map(_norm_code).astype(object)
        facts["province_code"] = facts["province_code"].map(_norm_province).astype(object)
        # one Python string per distinct value, not per cell: place, indicator, unit, period, source… repeat across
        # ~130k rows per 5 years; at 1M facts separate copies were most of the process memory
        for col in facts.columns:
            if col not in UNIQUE_TEXT and facts[col].dtype == object:
                facts[col] = _shared_text(facts[col])
        facts["_pref"] = preference_key(facts)   # internal: which figure wins; never shown, dropped from exports
        # internal: the full preference order (then source, position) as one integer, so views sort on one column
        order = np.lexsort((facts["char_start"].fillna(-1).to_numpy(), facts["source_id"].fillna("").to_numpy(),
                            facts["_pref"].to_numpy()))
        facts["_order"] = np.empty(len(facts), dtype="int64")
        facts.loc[order, "_order"] = np.arange(len(facts), dtype="int64")
        documents = documents.copy() if documents is not None else _empty(DOCUMENT_COLUMNS)
        for col in DOCUMENT_COLUMNS:
            if col not in documents.columns:
                documents[col] = None
        for col in ("source_id", "file_name", "title", "published", "place_id", "place_name", "province", "period",
                    "status", "reason", "encoding", "sha256", "text"):
            documents[col] = documents[col].astype(object).where(documents[col].notna(), None)
        documents = _plain_text(documents)
        report = report or {}
        built = built_at or report.get("built_at") or report.get("generated_at") or report.get("created_at")
        return cls(facts=facts, documents=documents.reset_index(drop=True), report=report, source=source,
                   built_at=built)

    @classmethod
    def failed(cls, *, error_key: str, error: str, source: str) -> "Dataset":
        return cls(facts=_empty(FACT_COLUMNS), documents=_empty(DOCUMENT_COLUMNS), source=source, error=error,
                   error_key=error_key)

    @property
    def ok(self) -> bool:
        return self.error is None

    # ------------------------------------------------------------ derived, computed once
    @cached_property
    def by_key(self) -> dict:
        """(indicator, measure) → facts rows, for fast filtering."""
        return {k: g for k, g in self.facts.groupby(["indicator", "measure"], sort=False)}

    @cached_property
    def places(self) -> pd.DataFrame:
        """Places a user can pick: every place in the facts + the official districts of provinces with data."""
        cols = ["place_id", "place_name", "place_type", "province", "province_code", "admin_code"]
        f = self.facts
        if f.empty:
            return _empty(cols + ["n_facts"]).assign(n_facts=pd.Series(dtype="int64"))
        counts = f.groupby("place_id").size().rename("n_facts")
        seen = f.drop_duplicates("place_id")[cols].set_index("place_id")
        seen = seen.join(counts).reset_index()
        seen = seen[seen["place_type"] != "province"] if (seen["place_type"] != "province").any() else seen
        official = official_districts()
        provinces = set(seen["province_code"].dropna())
        extra = official[official["province_code"].isin(provinces)]
        known_codes = set(seen["admin_code"].dropna())
        extra = extra[~extra["admin_code"].isin(known_codes) & ~extra["place_id"].isin(set(seen["place_id"]))]
        extra = extra.assign(n_facts=0)
        out = pd.concat([seen, extra], ignore_index=True)
        out["n_facts"] = out["n_facts"].fillna(0).astype("int64")
        # what the district search box matches: the name without diacritics, and the province
        out["search"] = [f"{slugify(n).replace('-', ' ')} {slugify(p or '').replace('-', ' ')} {p or ''}"
                         for n, p in zip(out["place_name"], out["province"])]
        # province names from the facts where known (NFC, as the ETL writes them)
        out = out.sort_values(["province", "place_name"], key=lambda s: s.map(_sort_text)).reset_index(drop=True)
        return _plain_text(out)

    @cached_property
    def place_lookup(self) -> dict:
        return self.places.set_index("place_id").to_dict("index")

    @cached_property
    def provinces(self) -> pd.DataFrame:
        p = self.places
        if p.empty:
            return pd.DataFrame(columns=["province_code", "province", "n_places", "n_with_data"])
        g = p.groupby(["province_code", "province"], sort=False).agg(
            n_places=("place_id", "size"), n_with_data=("n_facts", lambda s: int((s > 0).sum())))
        return _plain_text(g.reset_index().sort_values("province", key=lambda s: s.map(_sort_text))
                           .reset_index(drop=True))

    @cached_property
    def periods(self) -> list[str]:
        return sorted(set(self.facts["period"].dropna()), key=period_sort_key)

    @cached_property
    def _coverage_by_period(self) -> dict:
        """(indicator, measure, period) → number of districts with a figure of it."""
        f = self.facts
        if not len(f):
            return {}
        return {k: int(v) for k, v in f.groupby(["indicator", "measure", "period"])["place_id"].nunique().items()}

    @cached_property
    def _coverage_any_period(self) -> dict:
        """(indicator, measure) → number of districts with a figure of it in any period."""
        f = self.facts
        if not len(f):
            return {}
        return {k: int(v) for k, v in f.groupby(["indicator", "measure"])["place_id"].nunique().items()}

    def indicator_coverage(self, measure: str, period: str = "latest") -> dict:
        """indicator → number of districts with a figure of `measure` for `period` (the indicator list says it, as
        the province list says its districts with data); "latest" counts a district's latest figure, of any period."""
        if period == "latest":
            return {i: n for (i, m), n in self._coverage_any_period.items() if m == measure}
        return {i: n for (i, m, p), n in self._coverage_by_period.items() if m == measure and p == period}

    @cached_property
    def indicators_with_data(self) -> list[str]:
        return list(dict.fromkeys(self.facts["indicator"].dropna()))

    @property
    def communes(self) -> dict:
        """GSO district code → number of communes (etl/geometry.py): New Rural targets apply only where there are some."""
        return communes_per_district()

    @property
    def geometry(self) -> pd.DataFrame:
        """Centroid and bounding box of every pre-2025 district by GSO code (etl/geometry.py): the map's positions."""
        return district_geometry()

    @cached_property
    def documents_by_id(self) -> dict:
        if self.documents.empty:
            return {}
        return {r["source_id"]: r for r in self.documents.to_dict("records")}

    def reviewed_only(self) -> "Dataset":
        """The same tables with only the figures a reviewer accepted or corrected (cached)."""
        if "_reviewed_only" not in self.__dict__:
            done = self.facts["review_status"].isin(("accepted", "corrected"))
            self.__dict__["_reviewed_only"] = Dataset.from_frames(
                self.facts.loc[done, FACT_COLUMNS], self.documents, self.report, source=self.source,
                built_at=self.built_at)
        return self.__dict__["_reviewed_only"]

    def memo(self, key, build, *, limit: int = 32, store: str = "_memo"):
        """`build()` once per `key` for this dataset (e.g. a view's ChartSpecs per URL query): the cache lives and
        dies with the dataset, so a rebuilt table never serves stale results. Keeps the `limit` newest keys of
        the cache `store` (one per kind of result, so large rendered pages do not push out small specs)."""
        cache = self.__dict__.setdefault(store, {})
        if key not in cache:
            if len(cache) >= limit:
                cache.pop(next(iter(cache)))
            cache[key] = build()
        return cache[key]

    def facts_for_measure(self, measure: str) -> pd.DataFrame:
        """All rows of one measure (the scorecard's input), cached."""
        cache = self.__dict__.setdefault("_by_measure", {})
        if measure not in cache:
            cache[measure] = self.facts[self.facts["measure"] == measure]
        return cache[measure]

    @cached_property
    def target_facts(self) -> pd.DataFrame:
        return target_facts(self.facts)

    @cached_property
    def facts_by_place(self) -> dict:
        return {k: g for k, g in self.facts.groupby("place_id", sort=False)}

    @cached_property
    def facts_by_source(self) -> dict:
        return {k: g for k, g in self.facts.groupby("source_id", sort=False)}

    @cached_property
    def fact_lookup(self) -> dict:
        return {fid: i for i, fid in enumerate(self.facts["fact_id"])}

    def fact(self, fact_id: str) -> dict | None:
        i = self.fact_lookup.get(fact_id)
        return None if i is None else self.facts.iloc[i].to_dict()

    @cached_property
    def vintage(self) -> dict:
        docs = self.documents
        n_docs = len(docs) if not docs.empty else int(self.facts["source_id"].nunique())
        n_ok = int((docs["status"] == "ok").sum()) if not docs.empty else n_docs
        periods = self.periods   # the report periods the figures are of (oldest, newest): what the data is "of"
        return {"built_at": self.built_at, "documents": n_docs, "documents_ok": n_ok, "facts": len(self.facts),
                "periods": [periods[0], periods[-1]] if periods else []}

    def state_options(self) -> StateOptions:
        return self._state_options

    @cached_property
    def _state_options(self) -> StateOptions:
        catalogue_ids = frozenset(self.catalogue if self.catalogue is not None else current_catalogue())
        with_data = self.indicators_with_data
        default, default_period = most_covered(self.facts)
        return StateOptions(
            provinces=frozenset(self.provinces["province_code"].dropna()),
            districts=frozenset(self.places["place_id"]),
            indicators=catalogue_ids | frozenset(with_data),
            periods=frozenset(self.periods),
            default_indicator=default,
            default_period=default_period,
        )


def _sort_text(s) -> str:
    """Vietnamese-friendly sort key: base letters first (Đ after D), accents as tie-breaker."""
    s = str(s or "")
    base = unicodedata.normalize("NFKD", s.replace("Đ", "D~").replace("đ", "d~"))
    return "".join(c for c in base if not unicodedata.combining(c)).lower() + "\x00" + s


def _built_at_from_file(path: Path) -> str:
    return datetime.fromtimestamp(path.stat().st_mtime, tz=timezone.utc).strftime("%Y-%m-%d %H:%M UTC")


def read_dataset(directory: Path) -> Dataset:
    """Read the three files of `directory`'s committed generation (or of the folder itself when the tables
    were written without one, e.g. by hand); never raises."""
    generation = current_generation(Path(directory) / FACTS_FILE)
    files = _generation_files(generation) if generation else None
    if generation and files is None:   # pointer without a readable manifest: never guess a mix
        return Dataset.failed(error_key="msg.bad_data_file", error=f"{generation}: no readable manifest",
                              source=str(generation))
    facts_path, docs_path, report_path = files or (directory / FACTS_FILE, directory / DOCUMENTS_FILE,
                                                   directory / REPORT_FILE)
    source = str(directory / FACTS_FILE)
    if not facts_path.exists():
        return Dataset.failed(error_key="msg.no_data_file", error=f"{facts_path} not found", source=source)
    try:
        facts = pd.read_parquet(facts_path)
        documents = pd.read_parquet(docs_path) if docs_path.exists() else None
        report = json.loads(report_path.read_text(encoding="utf-8")) if report_path.exists() else {}
        if not isinstance(report, dict):
            report = {"items": report}
    except Exception as exc:  # noqa: BLE001 - the page shows the reason, the log has the trace
        log.exception("could not read the data table at %s", directory)
        return Dataset.failed(error_key="msg.bad_data_file", error=str(exc), source=source)
    built = report.get("built_at") or report.get("generated_at") or report.get("created_at")
    ds = Dataset.from_frames(facts, documents, report, source=source, built_at=built or _built_at_from_file(facts_path))
    ds.catalogue = table_catalogue(facts_path)   # read once per generation: this Dataset is cached per stamp
    # warm the derived tables once, at load time, not in the first request
    _ = ds.by_key, ds.places, ds.provinces, ds.periods, ds.documents_by_id, ds.fact_lookup
    return ds


def _generation_files(generation: Path) -> tuple[Path, Path, Path] | None:
    """(facts, documents, report) paths of one committed generation, from its manifest."""
    try:
        manifest = read_manifest(generation)
        return tuple(generation / manifest[role] for role in ("facts", "documents", "report"))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def data_stamp(directory: Path) -> tuple:
    """What identifies the data a folder holds now: its committed generation's id, or (for tables written
    without a generation) the size and mtime of each of the three files, so a change to any is seen."""
    generation = current_generation(Path(directory) / FACTS_FILE)
    if generation is not None:
        return ("generation", generation.name)
    stamp = []
    for name in (FACTS_FILE, DOCUMENTS_FILE, REPORT_FILE):
        try:
            st = (Path(directory) / name).stat()
            stamp.append((st.st_mtime_ns, st.st_size))
        except OSError:
            stamp.append(None)
    return ("files", *stamp)


@lru_cache(maxsize=4)
def _load(directory: str, stamp: tuple) -> Dataset:
    return read_dataset(Path(directory))


def load_dataset(directory: str | Path | None = None) -> Dataset:
    """The dataset of `directory` (default: $NQ_DATA_DIR or ./data), cached per process.

    The cache is keyed on the committed generation (data_stamp), so a rebuilt table is picked up without a
    restart and a worker never keeps serving a mix of old and new files.
    """
    d = Path(directory) if directory else data_dir()
    ds = _load(str(d.resolve()), data_stamp(d))
    if ds.catalogue is not None:
        use_catalogue(ds.catalogue)   # the views label with the catalogue of the table they show
    return ds


def clear_cache() -> None:
    _load.cache_clear()
    use_catalogue(None)
