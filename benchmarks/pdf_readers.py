"""Which PDF text reader for Vietnamese: pdfplumber vs plain pdfminer.six (pypdf is not installed), on the seeds.

    .venv/bin/python benchmarks/pdf_readers.py

Each seed is written as a PDF (fpdf2, Noto Sans, A4, running header and page-number footer, wrapped lines),
then read by
  pdfminer   pdfminer.high_level.extract_text with its default layout analysis (LAParams)
  pdfplumber page.extract_text() page after page (pdfplumber's own line grouping over pdfminer's characters)
  etl        the project's reader (pdfplumber lines and boxes + etl/readers/layout.py + etl/read.py)
and compared with the text the ETL reads from the .txt file. Figures only:
  words%     reference words found, in order (difflib on word lists, NFC)
  tone%      of the reference words with Vietnamese diacritics, the share found identical
  nfd        combining marks left in the output (decomposed letters would break every keyword)
  chrome     running header/footer/page-number lines left in the text
  broken     reference sentences split by a line break that is not in the .txt (hard wraps not joined)
  s/doc      seconds per document
and on one PDF with a ruled "Chỉ tiêu | ĐVT | Kế hoạch | Ước TH" table:
  rows       table rows whose cells come out on one line, in column order (what the extractor needs)
"""
from __future__ import annotations

import difflib
import io
import re
import sys
import tempfile
import time
import unicodedata
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import pdfplumber  # noqa: E402
from pdfminer.high_level import extract_text as pdfminer_text  # noqa: E402
from pdfminer.layout import LAParams  # noqa: E402

from etl.read import read_document  # noqa: E402
from tests.etl.format_documents import RUNNING_HEADER, write_pdf  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
TABLE = [["Chỉ tiêu", "ĐVT", "Kế hoạch 2023", "Ước TH 2023"], ["Tỷ lệ hộ nghèo", "%", "0,9", "0,86"],
         ["Thu ngân sách trên địa bàn", "Tỷ đồng", "120", "131,5"], ["Số xã đạt chuẩn nông thôn mới", "Xã", "7", "8"]]


def table_rows(text: str) -> int:
    """Rows of TABLE whose cells appear on one line of `text`, in order."""
    found = 0
    for row in TABLE:
        pattern = r".*?".join(re.escape(cell) for cell in row)
        found += any(re.search(pattern, line) for line in text.split("\n"))
    return found


def read_pdfminer(raw: bytes) -> str:
    return pdfminer_text(io.BytesIO(raw), laparams=LAParams())


def read_pdfplumber(raw: bytes) -> str:
    with pdfplumber.open(io.BytesIO(raw)) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def read_etl(path: Path) -> str:
    return read_document(path).text


def _words(text: str) -> list[str]:
    return unicodedata.normalize("NFC", text).split()


def measure(reference: str, text: str) -> dict:
    ref, got = _words(reference), _words(text)
    matcher = difflib.SequenceMatcher(None, ref, got, autojunk=False)
    found = sum(block.size for block in matcher.get_matching_blocks())
    toned = [w for w in ref if not w.isascii()]
    have = Counter(got)
    tone_hits = sum(min(n, have[w]) for w, n in Counter(toned).items())
    chrome = sum(1 for line in text.split("\n")
                 if RUNNING_HEADER in line or re.fullmatch(r"\s*Trang \d+/\d+\s*", line))
    lines = set(reference.split("\n"))
    broken = sum(1 for line in text.split("\n") if line.strip() and line.strip() not in lines
                 and not re.search(r"[.!?:;…]$", line.strip()))
    return {"words": 100 * found / len(ref), "tone": 100 * tone_hits / max(1, len(toned)),
            "nfd": sum(1 for c in text if unicodedata.combining(c)), "chrome": chrome, "broken": broken}


def main() -> None:
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    totals: dict[str, list[dict]] = {"pdfminer": [], "pdfplumber": [], "etl": []}
    with tempfile.TemporaryDirectory() as folder:
        for seed in seeds:
            reference = read_document(seed).text
            pdf = write_pdf(seed.read_text(encoding="utf-8"), Path(folder) / f"{seed.stem}.pdf")
            raw = pdf.read_bytes()
            for name, reader in (("pdfminer", lambda: read_pdfminer(raw)), ("pdfplumber", lambda: read_pdfplumber(raw)),
                                 ("etl", lambda: read_etl(pdf))):
                started = time.perf_counter()
                text = reader()
                seconds = time.perf_counter() - started
                totals[name].append({**measure(reference, text), "seconds": seconds})
        table_pdf = write_pdf("Một số chỉ tiêu chủ yếu:\n" + "\n".join(" | ".join(r) for r in TABLE) + "\nHết bảng.",
                              Path(folder) / "table.pdf")
        raw = table_pdf.read_bytes()
        table_found = {"pdfminer": table_rows(read_pdfminer(raw)), "pdfplumber": table_rows(read_pdfplumber(raw)),
                "etl": table_rows(read_etl(table_pdf))}
    print(f"{len(seeds)} seeds as PDF; means per document (chrome, broken, nfd: totals); rows: of {len(TABLE)}")
    print(f"{'reader':<11} {'words%':>7} {'tone%':>7} {'nfd':>5} {'chrome':>7} {'broken':>7} {'s/doc':>7} {'rows':>5}")
    for name, rows in totals.items():
        mean = lambda key: sum(r[key] for r in rows) / len(rows)  # noqa: E731
        total = lambda key: sum(r[key] for r in rows)  # noqa: E731
        print(f"{name:<11} {mean('words'):>7.2f} {mean('tone'):>7.2f} {total('nfd'):>5} {total('chrome'):>7} "
              f"{total('broken'):>7} {mean('seconds'):>7.2f} {table_found[name]:>5}")


if __name__ == "__main__":
    main()
