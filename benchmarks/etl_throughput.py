"""ETL throughput on a synthetic corpus of seed-like district reports, single-process and with --jobs N, and how
extraction scales with the size of one document.

    .venv/bin/python benchmarks/etl_throughput.py [--documents 2000] [--jobs 2] [--seed 7] [--runs 3]
        [--sizes 16000,250000,500000,1000000,2000000,4000000]

Builds the corpus in a temp folder (real district names from the vietnam_provinces package, sentence
shapes of the seed reports, varied numbers and years, web boilerplate around them, one in ten as HTML),
then times etl.pipeline.run both ways and a floor: just reading the same bytes and NFC-normalising them.
The ratio to the floor is how many times slower than the unavoidable I/O the ETL is. Each timing is repeated
--runs times and printed as a range (min–max), with the load average, since the machine may be shared.

Linearity: one long report made of many generated reports, cut to each of --sizes bytes, extracted alone; CPU
seconds per MB for each size, the ratio of the largest to the smallest (1.0 is linear; the goal is ≤ 3) and the
scaling exponent k of CPU ∝ size^k, fitted by least squares on the log-log points of the sizes ≥ 250 KB (1.0 is
linear; below that size per-document constants dominate).
Figures only.
"""
from __future__ import annotations

import argparse
import json
import math
import os
import random
import resource
import sys
import tempfile
import time
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import vietnam_provinces  # noqa: E402

from etl.extract import extract_document  # noqa: E402
from etl.pipeline import run  # noqa: E402
from etl.read import normalise_text  # noqa: E402

FILLER = (
    "Các cấp ủy đảng, chính quyền đã tập trung lãnh đạo, chỉ đạo thực hiện đồng bộ các giải pháp phát triển "
    "kinh tế - xã hội, giữ vững quốc phòng - an ninh, nâng cao đời sống vật chất, tinh thần của Nhân dân.",
    "Công tác xây dựng Đảng và hệ thống chính trị được chú trọng; công tác kiểm tra, giám sát được tăng cường, "
    "góp phần củng cố niềm tin của cán bộ, đảng viên và Nhân dân đối với Đảng.",
    "Tiếp tục đẩy mạnh cải cách hành chính, chuyển đổi số trên các lĩnh vực, xây dựng chính quyền điện tử, "
    "hướng tới chính quyền số, phát triển kinh tế số, xã hội số.",
)
FIGURES = (
    "Năm {y}, {d} đã tập trung lãnh đạo, chỉ đạo thực hiện đạt và vượt {met}/{set} chỉ tiêu Nghị quyết năm {y}.",
    "Kinh tế phục hồi và phát triển khá, tổng giá trị sản xuất thực hiện đạt trên {gdp} tỷ đồng, tăng {g}% so "
    "với cùng kỳ và đạt trên {p}% Nghị quyết.",
    "Huy động vốn đầu tư toàn xã hội đạt {inv} tỷ đồng; thu nhập bình quân đầu người đạt trên {inc} triệu "
    "đồng/người/năm.",
    "Sản lượng nuôi trồng thủy sản đạt {aqua} tấn, đạt trên {p2}% chỉ tiêu Nghị quyết năm {y}, tăng gần {dq} "
    "tấn so năm {base}.",
    "Đến cuối năm {y}, toàn huyện có {ntm}/{communes} xã đạt chuẩn xã nông thôn mới, trong đó có {adv} xã đạt "
    "chuẩn nông thôn mới nâng cao.",
    "Tỷ lệ hộ nghèo giảm còn {poor}%, hộ cận nghèo còn {near}%; tỷ lệ bao phủ bảo hiểm y tế đạt {bhyt}%.",
    "Thu ngân sách nhà nước trên địa bàn ước đạt {rev} tỷ đồng, đạt {prev}% dự toán, tăng {grev}% so với cùng kỳ.",
)
TAIL = "\nTin liên quan\n  • Hội nghị sơ kết giữa nhiệm kỳ\nThống kê truy cập\n  • Đang online: {online}\n  • Tất cả: {views}\n"


def vn(number: float, decimals: int = 0) -> str:
    """Vietnamese number formatting: 14.120 and 16,6."""
    text = f"{number:,.{decimals}f}"
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def districts() -> list[tuple[str, str]]:
    """(district, province) names from the official pre-2025 list."""
    provinces = json.loads(Path(vietnam_provinces.NESTED_DIVISIONS_JSON_PATH).read_text(encoding="utf-8"))
    return [(d["name"], p["name"]) for p in provinces for d in p["districts"]]


def report_text(rng: random.Random, district: str, province: str) -> str:
    year = rng.randint(2019, 2024)
    running = district[0].lower() + district[1:]          # "Huyện Trần Đề" → "huyện Trần Đề" mid-sentence
    communes = rng.randint(8, 25)
    values = dict(
        y=year, d=running, set=(targets := rng.randint(15, 40)), met=rng.randint(8, targets),
        gdp=vn(rng.uniform(2_000, 40_000)), g=vn(rng.uniform(2, 18), 1), p=vn(rng.uniform(95, 115), 1),
        inv=vn(rng.uniform(500, 9_000)), inc=vn(rng.uniform(35, 110)), aqua=vn(rng.uniform(5_000, 90_000)),
        p2=vn(rng.uniform(90, 125)), dq=vn(rng.uniform(200, 15_000)), base=year - rng.randint(1, 3),
        ntm=rng.randint(1, communes), communes=communes, adv=rng.randint(0, 4),
        poor=vn(rng.uniform(0.5, 9), 2), near=vn(rng.uniform(1, 8), 2), bhyt=vn(rng.uniform(88, 99.5), 1),
        rev=vn(rng.uniform(80, 2_500), 1), prev=vn(rng.uniform(90, 130), 1), grev=vn(rng.uniform(-5, 25), 1),
    )
    paragraphs = [template.format(**values) for template in rng.sample(FIGURES, k=rng.randint(4, len(FIGURES)))]
    paragraphs += [rng.choice(FILLER) for _ in range(rng.randint(6, 14))]
    rng.shuffle(paragraphs)
    title = f"Đảng bộ {running} ({province}) tổng kết thực hiện Nghị quyết năm {year}"
    dateline = f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{year + 1} - {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}"
    tail = TAIL.format(online=rng.randint(5, 200), views=vn(rng.randint(10_000, 9_999_999)))
    return "\n\n".join([f"Lượt xem: {rng.randint(50, 5_000)}", title, dateline, *paragraphs]) + "\n" + tail


def as_html(text: str) -> str:
    body = "".join(f"<p>{line}</p>" for line in text.split("\n") if line.strip())
    return f"<html><head><title>Tin tức</title><script>var x = 1;</script></head><body><nav>Trang chủ</nav>{body}</body></html>"


def build_corpus(folder: Path, count: int, seed: int) -> int:
    rng = random.Random(seed)
    places = districts()
    total = 0
    for number in range(count):
        district, province = places[number % len(places)]
        text = report_text(rng, district, province)
        html = number % 10 == 9
        data = (as_html(text) if html else text).encode("utf-8")
        (folder / f"{number:05d}.{'html' if html else 'txt'}").write_bytes(data)
        total += len(data)
    return total


def floor_seconds(folder: Path) -> float:
    """The least any ETL must do: read every file and NFC-normalise its text."""
    started = time.perf_counter()
    for path in sorted(folder.iterdir()):
        unicodedata.normalize("NFC", path.read_bytes().decode("utf-8"))
    return time.perf_counter() - started


def cpu_seconds() -> float:
    """CPU used by this process and its finished children (pool workers): contention-proof, unlike wall time."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def timed_run(corpus: Path, out_dir: Path, jobs: int):
    """(wall seconds, CPU seconds, RunResult)."""
    started, cpu = time.perf_counter(), cpu_seconds()
    result = run(corpus, out_dir / "indicators.parquet", out_dir / "report.json", jobs=jobs, curation=None)
    return time.perf_counter() - started, cpu_seconds() - cpu, result


def long_report(size: int, seed: int) -> str:
    """One document of at least `size` bytes: generated reports of one district one after another (a compilation of
    years, as long archive reports are), normalised as the reader would."""
    rng = random.Random(seed)
    district, province = districts()[5]
    parts, total = [], 0
    while total < size:
        part = report_text(rng, district, province)
        parts.append(part)
        total += len(part.encode("utf-8")) + 2
    return normalise_text("\n\n".join(parts))


def extraction_cpu(text: str, runs: int) -> float:
    """Least CPU seconds over `runs` extractions of `text` (CPU time: the machine may be busy)."""
    best = float("inf")
    for _ in range(runs):
        started = time.process_time()
        extract_document(text, source_id="long")
        best = min(best, time.process_time() - started)
    return best


def linearity(sizes: list[int], seed: int, runs: int) -> None:
    print(f"{'document':<12}{'MB':>8}{'CPU s':>9}{'CPU s/MB':>10}")
    per_mb, points = [], []
    for size in sizes:
        text = long_report(size, seed)
        megabytes = len(text.encode("utf-8")) / 1e6
        seconds = extraction_cpu(text, runs if size < 1_000_000 else 1)
        per_mb.append(seconds / megabytes)
        if size >= 250_000:
            points.append((math.log(megabytes), math.log(max(seconds, 1e-6))))
        print(f"{size / 1000:>9.0f} KB{megabytes:>8.3f}{seconds:>9.3f}{seconds / megabytes:>10.2f}")
    print(f"per-MB time of the largest / the smallest: {per_mb[-1] / per_mb[0]:.2f} (1.0 linear; goal ≤ 3)")
    if len(points) >= 2:
        print(f"scaling exponent (CPU ∝ size^k, sizes ≥ 250 KB): k = {slope(points):.2f} (1.0 linear)")


def slope(points: list[tuple[float, float]]) -> float:
    """Least-squares slope of y on x."""
    mean_x = sum(x for x, _ in points) / len(points)
    mean_y = sum(y for _, y in points) / len(points)
    return (sum((x - mean_x) * (y - mean_y) for x, y in points)
            / sum((x - mean_x) ** 2 for x, _ in points))


def span(values: list[float], fmt: str = ".0f") -> str:
    low, high = min(values), max(values)
    return f"{low:{fmt}}" if f"{low:{fmt}}" == f"{high:{fmt}}" else f"{low:{fmt}}–{high:{fmt}}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--documents", type=int, default=2000, help="synthetic reports to generate (default 2000)")
    parser.add_argument("--jobs", type=int, default=2, help="processes for the parallel run (default 2)")
    parser.add_argument("--seed", type=int, default=7, help="random seed of the corpus (default 7)")
    parser.add_argument("--runs", type=int, default=3, help="repetitions of each timing (default 3)")
    parser.add_argument("--sizes", default="16000,250000,500000,1000000,2000000,4000000",
                        help="document sizes in bytes for the linearity test")
    args = parser.parse_args()
    load_before = os.getloadavg()

    with tempfile.TemporaryDirectory(prefix="etl_bench_") as tmp:
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        size = build_corpus(corpus, args.documents, args.seed)
        megabytes = size / 1e6
        print(f"corpus: {args.documents} documents, {megabytes:.1f} MB, {len(districts())} districts to draw from")

        floors, singles, pooled_runs = [], [], []
        for run_number in range(args.runs):
            floors.append(floor_seconds(corpus))
            singles.append(timed_run(corpus, Path(tmp) / f"jobs1_{run_number}", 1))
            pooled_runs.append(timed_run(corpus, Path(tmp) / f"jobs{args.jobs}_{run_number}", args.jobs))
        single, pooled = singles[0][2], pooled_runs[0][2]
        identical = (single.facts_path.read_bytes() == pooled.facts_path.read_bytes()
                     and single.documents_path.read_bytes() == pooled.documents_path.read_bytes())

        print(f"{args.runs} runs each; ranges are min–max")
        print(f"{'run':<22}{'wall s':>13}{'CPU s':>13}{'docs/s':>12}{'docs/CPU s':>12}{'× floor':>12}")
        rows = [("floor (read + NFC)", floors, floors),
                ("pipeline --jobs 1", [r[0] for r in singles], [r[1] for r in singles]),
                (f"pipeline --jobs {args.jobs}", [r[0] for r in pooled_runs], [r[1] for r in pooled_runs])]
        for label, walls, cpus in rows:
            print(f"{label:<22} {span(walls, '.2f'):>12} {span(cpus, '.2f'):>12}"
                  f" {span([args.documents / w for w in walls]):>11} {span([args.documents / c for c in cpus]):>11}"
                  f" {span([w / min(floors) for w in walls], '.1f'):>11}")
        totals = single.report["totals"]
        print(f"facts: {totals['facts']} ({totals['ok']} ok, {totals['no_facts']} no facts, "
              f"{totals['rejected']} rejected); stage seconds at --jobs 1: {single.report['timing_seconds']}")
        print(f"stage seconds at --jobs {args.jobs}: {pooled.report['timing_seconds']}")
        speedups = [s[0] / p[0] for s, p in zip(singles, pooled_runs)]
        print(f"speed-up with --jobs {args.jobs}: {span(speedups, '.2f')}× wall; identical output: "
              f"{'yes' if identical else 'NO'}; CPUs: {os.cpu_count()}")
        if totals["facts"] == 0:
            print("note: the extractor returned no facts — it is probably still a stub, so this times I/O only")
    print()
    linearity([int(size) for size in args.sizes.split(",")], args.seed, args.runs)
    load_after = os.getloadavg()
    print(f"load average (1, 5, 15 min) before: {', '.join(f'{x:.1f}' for x in load_before)}; "
          f"after: {', '.join(f'{x:.1f}' for x in load_after)}")


if __name__ == "__main__":
    main()
