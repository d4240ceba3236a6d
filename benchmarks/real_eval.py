"""First-sight figures of the whole pipeline on real district articles kept OUTSIDE the repository.

    .venv/bin/python benchmarks/real_eval.py /tmp/nq_eval/A [--gold gold.csv] [--quiet] [--json summary.json]

The folder holds the article texts (.txt/.md/.html, as a new user would drop them into sources/) and an
expected.csv written by hand before the first run (columns of tests/etl/fixtures/unseen/expected.csv; --gold reads
it from elsewhere). Its
`core` column says how much a row counts:
  1  a figure an analyst would put in a briefing: found exactly once with unit, denominator, qualifier,
     target_scope and term right, else it is a core miss;
  0  a fact the table should hold (counts for recall of all facts);
  x  stated by the text but not something an analyst would insist on either way (a source typo, a period the
     text leaves open): neither a miss nor a false fact.

Printed: recall of all facts, recall and precision of core facts, precision of all facts, place errors (documents
placed elsewhere than the district the expected rows name; facts filed under a place the document's expected rows
never use), per article and overall, then every miss and every false fact with its quote. No text is copied into
the repository: this script only reads the folder it is given.
"""
from __future__ import annotations

import argparse
import json
import math
import shutil
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from etl.pipeline import run  # noqa: E402
from etl.schema import documents_path_for  # noqa: E402

KEY = ("source_id", "place_id", "period", "indicator", "measure")
CORE_COLUMNS = ("unit", "denominator", "qualifier", "target_scope", "term")
TEXT_SUFFIXES = {".txt", ".md", ".html", ".htm"}


def _blank(value) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value)) or value == ""


def _same(a, b) -> bool:
    if _blank(a) or _blank(b):
        return _blank(a) and _blank(b)
    try:
        return math.isclose(float(a), float(b), rel_tol=1e-9, abs_tol=1e-9)
    except (TypeError, ValueError):
        return str(a) == str(b)


def _matches(row: dict, other: dict) -> bool:
    return all(_same(row[k], other[k]) for k in KEY) and _same(row["value"], other["value"])


def load_expected(path: Path) -> list[dict]:
    """The hand-written rows of a gold file (a folder means its expected.csv)."""
    if path.is_dir():
        path = path / "expected.csv"
    frame = pd.read_csv(path, comment="#", dtype=str, keep_default_na=False)
    rows = frame.to_dict("records")
    for row in rows:
        row["value"] = float(row["value"])
        row["core"] = row["core"].strip()
    return rows


def extract(folder: Path) -> tuple[list[dict], pd.DataFrame]:
    """Run the real pipeline on a temp copy of the folder's texts; (facts as dicts, documents table)."""
    with tempfile.TemporaryDirectory() as tmp:
        sources = Path(tmp) / "sources"
        sources.mkdir()
        for path in sorted(folder.iterdir()):
            if path.suffix.lower() in TEXT_SUFFIXES:
                shutil.copy(path, sources / path.name)
        out = Path(tmp) / "indicators.parquet"
        run(sources, out, Path(tmp) / "report.json", curation=None)
        facts = pd.read_parquet(out)
        documents = pd.read_parquet(documents_path_for(out))
    facts = facts.astype(object).where(facts.notna(), None)
    return facts.to_dict("records"), documents


def evaluate(expected: list[dict], facts: list[dict], documents: pd.DataFrame) -> dict:
    """Per-document and overall counts, and the lists of misses and false facts."""
    docs = sorted({row["source_id"] for row in expected} | set(documents["source_id"]))
    per_doc = {d: defaultdict(int) for d in docs}
    misses, false_facts, wrong_core = [], [], []
    core_slots = {(r["source_id"], r["indicator"], r["measure"]) for r in expected if r["core"] == "1"}
    home = {}
    for doc in docs:
        places = [r["place_id"] for r in expected if r["source_id"] == doc and "/" in r["place_id"]]
        home[doc] = max(set(places), key=places.count) if places else None
    allowed_places = defaultdict(set)
    for row in expected:
        allowed_places[row["source_id"]].add(row["place_id"])

    for row in expected:
        doc = per_doc[row["source_id"]]
        if row["core"] == "x":
            continue
        found = [f for f in facts if _matches(row, f)]
        doc["expected"] += 1
        doc["found"] += bool(found)
        if not found:
            misses.append(row)
        if row["core"] == "1":
            doc["core"] += 1
            problems = [] if len(found) == 1 else [f"{len(found)} matches"]
            if len(found) == 1:
                problems += [f"{c}: expected {row[c] or None!r}, got {found[0][c]!r}"
                             for c in CORE_COLUMNS if not _same(row[c], found[0][c])]
            if problems:
                wrong_core.append((row, problems, found))
            else:
                doc["core_ok"] += 1

    for fact in facts:
        doc = per_doc[fact["source_id"]]
        doc["extracted"] += 1
        match = next((r for r in expected if _matches(r, fact)), None)
        right = match is not None
        if right and match["core"] == "1":
            right = all(_same(match[c], fact[c]) for c in CORE_COLUMNS)
        if match is None:
            false_facts.append(fact)
            doc["false"] += 1
        if fact["place_id"] not in allowed_places[fact["source_id"]]:
            doc["fact_place_errors"] += 1
        if (fact["source_id"], fact["indicator"], fact["measure"]) in core_slots:
            doc["core_claimed"] += 1
            doc["core_claimed_ok"] += right

    placed = documents.set_index("source_id")["place_id"].to_dict()
    for doc in docs:
        per_doc[doc]["doc_place_error"] = int(home[doc] is not None and placed.get(doc) != home[doc])
    totals = defaultdict(int)
    for counts in per_doc.values():
        for k, v in counts.items():
            totals[k] += v
    return {"per_doc": per_doc, "totals": totals, "misses": misses, "false": false_facts,
            "wrong_core": wrong_core, "placed": placed, "home": home}


def _ratio(num: int, den: int) -> str:
    return f"{num / den:6.1%} ({num}/{den})" if den else "   n/a"


def summary(totals: dict) -> dict:
    t = totals
    return {
        "recall_all": t["found"] / t["expected"] if t["expected"] else None,
        "core_recall": t["core_ok"] / t["core"] if t["core"] else None,
        "core_precision": t["core_claimed_ok"] / t["core_claimed"] if t["core_claimed"] else None,
        "precision_all": 1 - t["false"] / t["extracted"] if t["extracted"] else None,
        "doc_place_errors": t["doc_place_error"],
        "fact_place_errors": t["fact_place_errors"],
        "counts": dict(t),
    }


def report(result: dict, *, quiet: bool = False) -> str:
    lines = [f"{'document':34} {'recall':>16} {'core recall':>16} {'core precision':>16} {'false':>5} place"]
    for doc, c in sorted(result["per_doc"].items()):
        place = "ok" if not c["doc_place_error"] else f"WRONG {result['placed'].get(doc)} (want {result['home'][doc]})"
        if c["fact_place_errors"]:
            place += f", {c['fact_place_errors']} facts elsewhere"
        lines.append(f"{doc[:34]:34} {_ratio(c['found'], c['expected']):>16} {_ratio(c['core_ok'], c['core']):>16} "
                     f"{_ratio(c['core_claimed_ok'], c['core_claimed']):>16} {c['false']:>5} {place}")
    t = result["totals"]
    lines += ["", f"recall of all facts   {_ratio(t['found'], t['expected'])}",
              f"core recall           {_ratio(t['core_ok'], t['core'])}",
              f"core precision        {_ratio(t['core_claimed_ok'], t['core_claimed'])}",
              f"precision, all facts  {_ratio(t['extracted'] - t['false'], t['extracted'])}",
              f"place errors          {t['doc_place_error']} documents, {t['fact_place_errors']} facts"]
    if quiet:
        return "\n".join(lines)
    lines += ["", "MISSES (expected, not found):"]
    for row in result["misses"]:
        lines.append(f"  {'*' if row['core'] == '1' else ' '} {row['source_id']}: {row['indicator']} {row['measure']} "
                     f"{row['period']} = {row['value']:g} ({row['place_id']})")
    lines += ["", "CORE FOUND BUT NOT EXACTLY RIGHT:"]
    for row, problems, found in result["wrong_core"]:
        if found:
            lines.append(f"    {row['source_id']}: {row['indicator']} {row['measure']} {row['period']} = "
                         f"{row['value']:g}: {'; '.join(problems)}")
    lines += ["", "FALSE FACTS (extracted, not expected):"]
    for fact in result["false"]:
        lines.append(f"    {fact['source_id']}: {fact['indicator']} {fact['measure']} {fact['period']} = "
                     f"{fact['value']:g} {fact['unit']} [{fact['place_id']}] {fact['quote']!r}")
    return "\n".join(lines)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder", type=Path, help="outside folder with the articles and expected.csv")
    parser.add_argument("--gold", type=Path, help="the gold rows, when not the folder's expected.csv")
    parser.add_argument("--quiet", action="store_true", help="figures only, no lists of misses and false facts")
    parser.add_argument("--json", type=Path, help="also write the overall figures as JSON here")
    args = parser.parse_args(argv)
    expected = load_expected(args.gold or args.folder)
    facts, documents = extract(args.folder)
    result = evaluate(expected, facts, documents)
    print(report(result, quiet=args.quiet))
    if args.json:
        args.json.write_text(json.dumps(summary(result["totals"]), indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
