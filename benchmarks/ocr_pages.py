"""OCR seconds per page, .docx/.pdf read time per document, and the facts each format gives on the seeds.

    .venv/bin/python benchmarks/ocr_pages.py [--dpi 200 300] [--seeds 5] [--threads]

Builds, in a temp folder, the seeds as .txt, .docx, text PDF and scanned PDF (the text PDF's pages rendered at
200 dpi into a PDF of images, as a scanner makes it), then
  * times read_document on every .docx and text PDF (seconds per document);
  * runs the whole pipeline on the scans once per --dpi (the resolution scanned pages are rendered at for
    Tesseract, NQ_OCR_DPI): wall seconds per page and Tesseract's CPU seconds per page (its child processes);
  * counts the facts of every format and lists what OCR lost or changed against the .txt facts.
--threads also times one page with Tesseract's OpenMP threads limited to 1 (the readers' setting) and unlimited.
Figures only; the machine's load (`os.getloadavg`) is printed with them, wall times depend on it.
"""
from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import pandas as pd  # noqa: E402
import pytesseract  # noqa: E402

from etl.pipeline import run  # noqa: E402
from etl.read import read_document  # noqa: E402
from tests.etl.format_documents import render_pages, write_docx, write_pdf, write_scanned_pdf  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
KEY = ["source_id", "indicator", "measure", "period", "target_scope", "target_body", "term"]


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _facts(folder: Path, out: Path) -> tuple[pd.DataFrame, dict]:
    result = run(folder, out / "indicators.parquet", out / "report.json", curation=None, reviews={})
    return result.facts, result.report


def _compare(txt: pd.DataFrame, other: pd.DataFrame) -> tuple[list, list, list]:
    expected = {tuple(k): set(g["value"]) for k, g in txt.groupby(KEY, dropna=False)}
    read = {tuple(k): set(g["value"]) for k, g in other.groupby(KEY, dropna=False)}
    lost = [k for k in expected if k not in read]
    invented = [k for k in read if k not in expected]
    changed = [(k, sorted(read[k]), sorted(expected[k])) for k in read if k in expected and not read[k] <= expected[k]]
    return lost, invented, changed


def _time_threads(pdf: Path) -> None:
    image = render_pages(pdf, dpi=300)[0]
    for limit in ("1", None):
        if limit:
            os.environ["OMP_THREAD_LIMIT"] = limit
        else:
            os.environ.pop("OMP_THREAD_LIMIT", None)
        started, cpu = time.perf_counter(), _children_cpu()
        pytesseract.image_to_string(image, lang="vie")
        print(f"  one page at 300 dpi, OMP_THREAD_LIMIT={limit or 'unset'}: {time.perf_counter() - started:.1f} s wall, "
              f"{_children_cpu() - cpu:.1f} s CPU")
    os.environ["OMP_THREAD_LIMIT"] = "1"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--dpi", type=int, nargs="+", default=[200, 300])
    parser.add_argument("--seeds", type=int, default=5)
    parser.add_argument("--threads", action="store_true")
    args = parser.parse_args()
    seeds = sorted((ROOT / "seeds").glob("*.txt"))[: args.seeds]
    print(f"{len(seeds)} seeds; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    with tempfile.TemporaryDirectory() as temp:
        base = Path(temp)
        folders = {kind: base / kind for kind in ("txt", "docx", "pdf", "scan")}
        for folder in folders.values():
            folder.mkdir()
        for seed in seeds:
            text = seed.read_text(encoding="utf-8")
            (folders["txt"] / seed.name).write_text(text, encoding="utf-8")
            write_docx(text, folders["docx"] / f"{seed.stem}.docx")
            pdf = write_pdf(text, folders["pdf"] / f"{seed.stem}.pdf")
            write_scanned_pdf(pdf, folders["scan"] / f"{seed.stem}.pdf", dpi=200)

        for kind in ("docx", "pdf"):
            files = sorted(folders[kind].iterdir())
            started, cpu = time.perf_counter(), time.process_time()
            documents = [read_document(path) for path in files]
            seconds, cpu = (time.perf_counter() - started) / len(files), (time.process_time() - cpu) / len(files)
            pages = f", {sum(len(d.page_starts) for d in documents)} pages" if kind == "pdf" else ""
            print(f"read .{kind}: {seconds:.2f} s wall, {cpu:.2f} s CPU per document ({len(files)} documents{pages})")
        if args.threads:
            _time_threads(next(folders["pdf"].iterdir()))

        counts = {}
        txt_facts, _ = _facts(folders["txt"], base / "out_txt")
        for kind in ("txt", "docx", "pdf"):
            facts = txt_facts if kind == "txt" else _facts(folders[kind], base / f"out_{kind}")[0]
            counts[kind] = (len(facts), _compare(txt_facts, facts))
        for dpi in args.dpi:
            os.environ["NQ_OCR_DPI"] = str(dpi)
            started, cpu = time.perf_counter(), _children_cpu()
            facts, report = _facts(folders["scan"], base / f"out_scan_{dpi}")
            wall, tesseract = time.perf_counter() - started, _children_cpu() - cpu
            documents = pd.read_parquet(Path(report["documents_table"]))
            read = documents[documents["status"] != "rejected"]
            pages = int(read["page_starts"].map(len).sum()) or 1
            for row in documents[documents["status"] == "rejected"].itertuples():
                print(f"  rejected at {dpi} dpi: {row.file_name}: {row.reason}")
            print(f"OCR at {dpi} dpi: {pages} pages, {wall / pages:.1f} s wall per page (whole run), "
                  f"{tesseract / pages:.1f} s Tesseract CPU per page; load average now {os.getloadavg()[0]:.1f}")
            counts[f"ocr {dpi} dpi"] = (len(facts), _compare(txt_facts, facts))

    print("\nfacts per format (same keys as the .txt: source, indicator, measure, period, target set)")
    for kind, (n, (lost, invented, changed)) in counts.items():
        print(f"  {kind:<12} {n:>4} facts; lost {len(lost)}, invented {len(invented)}, value changed {len(changed)}")
        for key in lost:
            print(f"      lost     {key}")
        for key in invented:
            print(f"      invented {key}")
        for key, got, expected in changed:
            print(f"      changed  {key}: {got} instead of {expected}")


if __name__ == "__main__":
    main()
