"""Time to add one document: upload → figures on the chart.

    .venv/bin/python benchmarks/add_document.py [--repeat 5]

Builds the tables from seeds/ into a temp dir (as `python -m etl` does), then adds reports one at a time the way
the Add-reports view does (etl.add.add_document: read, extract alone, merge, commit a generation), reloads the
dataset as an app worker does on its next request (data_access.load_dataset) and renders the Compare view of the
added district's indicator (components.views.render_view). Prints per-step medians and the worst total.
Also times a review decision reaching the table (etl.add.refresh_document of the document).
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from components.state import parse_state  # noqa: E402
from components.views import render_view  # noqa: E402
from data_access import load_dataset  # noqa: E402
from etl.add import add_document, refresh_document  # noqa: E402
from etl.pipeline import run  # noqa: E402
from tests.make_documents import write_docx, write_scanned_pdf  # noqa: E402

WRITERS = {
    "txt": lambda text, path: path.write_text(text, encoding="utf-8"),
    "docx": write_docx,
    "scanned-pdf": write_scanned_pdf,
}
SUFFIX = {"txt": ".txt", "docx": ".docx", "scanned-pdf": ".pdf"}

DISTRICTS = ("Cầu Ngang", "Tiểu Cần", "Cầu Kè", "Duyên Hải", "Càng Long", "Trà Ôn", "Long Phú", "Mỹ Xuyên", "Kế Sách",
             "Mỹ Tú", "Thạnh Trị")   # one report each: a second report of a district would compete for its bar
REPORT = """Huyện {name} tổng kết năm 2023

15/12/2023

Năm 2023, huyện {name} đạt nhiều kết quả.
Tỷ lệ hộ nghèo của huyện giảm còn {rate}%.
Sản lượng nuôi trồng thủy sản đạt {tonnes}.000 tấn, đạt 104% kế hoạch.
Toàn huyện có {communes}/13 xã đạt chuẩn nông thôn mới.
"""


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="documents added per format")
    parser.add_argument("--formats", default="txt,docx,scanned-pdf", help=f"comma-separated: {', '.join(WRITERS)}")
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="nq-bench-add-"))
    try:
        sources, data = work / "sources", work / "data"
        shutil.copytree(ROOT / "seeds", sources)
        os.environ.update(NQ_DATA_DIR=str(data), NQ_SOURCES_DIR=str(sources),
                          NQ_DATABASE_URL=f"sqlite:///{work / 'nq.sqlite'}")
        out, report = data / "indicators.parquet", data / "etl_report.json"
        started = time.perf_counter()
        run(sources, out, report, curation=None, reviews={})
        full = time.perf_counter() - started
        load_dataset(data)
        formats = [f for f in args.formats.split(",") if f]
        print(f"seeds rebuilt in {full:.2f} s")
        k = 0
        for kind in formats:
            steps = {"add": [], "reload": [], "render": [], "total": [], "refresh": []}
            for _ in range(args.repeat):
                name = DISTRICTS[k % len(DISTRICTS)]
                upload = work / f"upload{SUFFIX[kind]}"
                WRITERS[kind](REPORT.format(name=name, rate=f"3,{k + 1}", tonnes=40 + k, communes=5 + k % 8), upload)
                file_name = f"bench_{k}{SUFFIX[kind]}"
                k += 1
                t0 = time.perf_counter()
                added = add_document(upload, file_name=file_name, out=out, report=report, sources=sources,
                                     curation=None, reviews={})
                t1 = time.perf_counter()
                ds = load_dataset(data)
                t2 = time.perf_counter()
                state, _ = parse_state("?view=compare&ind=poverty_rate&measure=level&period=2023",
                                       options=ds.state_options())
                result = render_view(ds, state)
                t3 = time.perf_counter()
                assert added.accepted and (ds.facts["source_id"] == added.source_id).any(), added.reason
                assert any(added.source_id in set(spec.data.get("source_id", [])) for spec in result.specs), \
                    f"the added figure is not on the chart: {added.place_name} {added.facts[['indicator', 'value', 'period']].to_dict('records')}"
                refresh_document(added.source_id, out=out, report=report, sources=sources, curation=None,
                                 reviews={})
                t4 = time.perf_counter()
                for key, value in zip(steps, (t1 - t0, t2 - t1, t3 - t2, t3 - t0, t4 - t3)):
                    steps[key].append(value)
            print(f"{kind}: {len(steps['add'])} documents added one at a time "
                  f"(table now {len(ds.documents)} documents, {len(ds.facts)} facts)")
            for key, label in (("add", "add_document (read, extract, merge, commit)"),
                               ("reload", "worker reload (load_dataset)"),
                               ("render", "Compare view with the new bar"),
                               ("total", "upload → figures on the chart"),
                               ("refresh", "review decision → table (refresh_document)")):
                values = steps[key]
                print(f"  {label:46s} median {statistics.median(values) * 1000:7.0f} ms"
                      f"   max {max(values) * 1000:7.0f} ms")
        return 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
