"""Shared fixtures for the dashboard tests: a small facts/documents table built from the real seed articles
(quotes located by their offsets in the NFC text, as the ETL does), and headless Chromium for dash.testing."""
from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
import unicodedata
from pathlib import Path

import pandas as pd
import pytest

from etl.schema import DOCUMENTS_SCHEMA, FACTS_SCHEMA

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"

PLACES = {
    "000_61a7140943d01087": dict(place_id="soc-trang/huyen-tran-de", place_name="Huyện Trần Đề", place_type="district",
                                 province="Tỉnh Sóc Trăng", admin_code="951", province_code="94", period="2023"),
    "001_8352014f7d2fa197": dict(place_id="tra-vinh/huyen-tra-cu", place_name="Huyện Trà Cú", place_type="district",
                                 province="Tỉnh Trà Vinh", admin_code="849", province_code="84", period="2023"),
    "002_99971e3db5ca8c42": dict(place_id="ben-tre/huyen-giong-trom", place_name="Huyện Giồng Trôm",
                                 place_type="district", province="Tỉnh Bến Tre", admin_code="834", province_code="83",
                                 period="2023-Q1"),
    "003_aebe0b5b03e59675": dict(place_id="hau-giang/huyen-phung-hiep", place_name="Huyện Phụng Hiệp",
                                 place_type="district", province="Tỉnh Hậu Giang", admin_code="934",
                                 province_code="93", period="2023"),
    "004_392d12b2f0319e07": dict(place_id="soc-trang/thanh-pho-soc-trang", place_name="Thành phố Sóc Trăng",
                                 place_type="city", province="Tỉnh Sóc Trăng", admin_code="941", province_code="94",
                                 period="2023"),
}

# (source, quote as in the text, indicator, measure, value, unit, denominator, qualifier, scope, body)
FACTS = [
    ("000", "đạt và vượt 8/18 chỉ tiêu Nghị quyết Đảng bộ huyện lần thứ III", "targets_met", "level", 8, "targets", 18,
     None, "term", "party"),
    ("000", "giá trị sản xuất bình quân trên 1 ha đất nông nghiệp, thủy sản đạt 246 triệu đồng", "output_per_ha",
     "level", 246, "million VND/ha", None, None, None, None),
    ("000", "Sản lượng nuôi trồng thủy sản đạt 45.600 tấn", "aquaculture_output", "level", 45600, "tonnes", None, None,
     None, None),
    ("000", "đạt trên 110% chỉ tiêu Nghị quyết năm 2023", "aquaculture_output", "pct_of_target", 110, "%", None,
     "over", "annual", "party"),
    ("000", "Khai thác thủy hải sản đạt trên 60.200 tấn", "fishing_output", "level", 60200, "tonnes", None, "over",
     None, None),
    ("000", "đạt trên 113% so Nghị quyết", "fishing_output", "pct_of_target", 113, "%", None, "over", "annual",
     "party"),
    ("000", "toàn huyện có 7/9 xã đạt chuẩn xã nông thôn mới", "ntm_communes", "level", 7, "communes", 9, None, None,
     None),
    ("000", "tỷ lệ hộ nghèo giảm còn 1,59%", "poverty_rate", "level", 1.59, "%", None, None, None, None),
    ("001", "đạt và vượt 21/22 chỉ tiêu Nghị quyết năm 203", "targets_met", "level", 21, "targets", 22, None,
     "annual", "party"),
    ("001", "tổng giá trị sản xuất  thực hiện đạt trên 14.120 tỷ đồng", "production_value", "level", 14120,
     "billion VND", None, "over", None, None),
    ("001", "tăng 16,6% so với cùng kỳ", "production_value", "growth_pct", 16.6, "%", None, None, None, None),
    ("001", "đạt trên 101% Nghị quyết", "production_value", "pct_of_target", 101, "%", None, "over", "annual", "party"),
    ("001", "Huy động vốn đầu tư toàn xã hội đạt 3.443 tỷ đồng", "investment", "level", 3443, "billion VND", None, None,
     None, None),
    ("001", "huy động vốn đầu tư toàn xã hội đạt trên 89% kế hoạch", "investment", "pct_of_target", 89, "%", None,
     "over", "annual", "party"),
    ("001", "thu nhập bình quân đầu người đạt trên 62 triệu đồng/người/năm", "income_per_capita", "level", 62,
     "million VND/person", None, "over", None, None),
    ("001", "giá trị sản xuất bình quân 01 ha đất nông nghiệp đạt 287 triệu đồng/năm", "output_per_ha", "level", 287,
     "million VND/ha", None, None, None, None),
    ("001", "giảm 927 hộ nghèo, chiếm 2,14%", "poverty_rate", "change", -2.14, "pp", None, None, None, None),
    ("001", "huyện có 15/15 xã đạt chuẩn NTM", "ntm_communes", "level", 15, "communes", 15, None, None, None),
    ("001", "tỷ lệ hộ nghèo của huyện xuống còn 2,33% hộ nghèo", "poverty_rate", "level", 2.33, "%", None, None, None,
     None),
    ("001", "2,8% hộ cận nghèo", "near_poverty_rate", "level", 2.8, "%", None, None, None, None),
    ("002", "thực hiện đạt và vượt 16/39 chỉ tiêu NQ", "targets_met", "level", 16, "targets", 39, None, "annual",
     "party"),
    ("002", "đã thành lập mới 15/40 doanh nghiệp", "new_enterprises", "level", 15, "enterprises", 40, None, None,
     None),
    ("002", "(đạt 37,5% kế hoạch)", "new_enterprises", "pct_of_target", 37.5, "%", None, None, "annual",
     "people_committee"),
    ("002", "Toàn huyện hiện có 10/21 xã đạt chuẩn nông thôn mới", "ntm_communes", "level", 10, "communes", 21, None,
     None, None),
    ("003", "thực hiện đạt và vượt 17/17 chỉ tiêu nghị quyết năm", "targets_met", "level", 17, "targets", 17, None,
     "annual", "party"),
    ("003", "công tác kết nạp đảng viên đạt 107% chỉ tiêu", "new_party_members", "pct_of_target", 107, "%", None,
     None, "annual", "party"),
    ("003", "Tổng giá trị sản xuất đạt gần 8.100 tỉ đồng", "production_value", "level", 8100, "billion VND", None,
     "approx", None, None),
    ("003", "tăng 9,17% so năm 2022", "production_value", "growth_pct", 9.17, "%", None, None, None, None),
    ("003", "tăng hơn 11% so năm 2022, đạt 125,4% chỉ tiêu", "budget_revenue", "pct_of_target", 125.4, "%", None,
         None, "annual", "party"),
    ("003", "tổng vốn đầu tư phát triển toàn xã hội 2.722 tỉ đồng", "investment", "level", 2722, "billion VND", None,
     None, None, None),
    ("003", "tăng 15,7%, đạt 114,3% chỉ tiêu", "investment", "pct_of_target", 114.3, "%", None, None, "annual",
     "party"),
    ("003", "tỷ lệ bao phủ bảo hiểm y tế chiếm 93,72% dân số", "health_insurance_coverage", "level", 93.72, "%", None,
     None, None, None),
    ("003", "tỷ lệ hộ nghèo, cận nghèo của huyện nay còn 10,5%", "poor_near_poor_rate", "level", 10.5, "%", None,
     None, None, None),
    ("003", "trong 16 chỉ tiêu Nghị quyết Đại hội Đảng bộ huyện Phụng Hiệp, có 9 chỉ tiêu thực hiện đạt và vượt",
     "targets_met", "level", 9, "targets", 16, None, "term", "party"),
    ("004", "có 17 chỉ tiêu đạt và vượt", "targets_met", "level", 17, "targets", 18, None, "annual", "party"),
    ("004", "Thu nhập bình quân đầu người năm 2023 đạt 99,4 triệu đồng/người/năm", "income_per_capita", "level", 99.4,
     "million VND/person", None, None, None, None),
    ("004", "đạt 100,1% nghị quyết", "income_per_capita", "pct_of_target", 100.1, "%", None, None, "annual", "party"),
    ("004", "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng xã hội đạt 39.740 tỷ 200 triệu đồng",
     "retail_sales", "level", 39740.2, "billion VND", None, None, None, None),
    ("004", "tăng 20,18% so với cùng kỳ", "retail_sales", "growth_pct", 20.18, "%", None, None, None, None),
    ("004", "giá trị sản xuất công nghiệp - tiểu thủ công nghiệp ước đạt 16.817 tỷ 500 triệu đồng",
     "industrial_output", "level", 16817.5, "billion VND", None, "estimate", None, None),
    ("004", "đạt 203 triệu đồng, đạt 100% Nghị quyết", "output_per_ha", "pct_of_target", 100, "%", None, None,
     "annual", "party"),
    ("004", "Giá trị sản phẩm thu hoạch trên 1 ha đất trồng trọt và nuôi trồng thủy sản tăng hơn so với năm 2022 và "
            "đạt 203 triệu đồng", "output_per_ha", "level", 203, "million VND/ha", None, None, None, None),
]


def _seed_text(source_id: str) -> str:
    return unicodedata.normalize("NFC", (SEEDS / f"{source_id}.txt").read_text(encoding="utf-8"))


def build_sample_tables():
    """(facts, documents, report) from the seed articles; every quote is text[char_start:char_end]."""
    ids = {k[:3]: k for k in PLACES}
    texts = {sid: _seed_text(sid) for sid in PLACES}
    rows = []
    for src, quote, ind, measure, value, unit, den, qual, scope, body in FACTS:
        sid = ids[src]
        text = texts[sid]
        m = re.search(r"\s+".join(re.escape(w) for w in quote.split()), text)
        assert m, f"quote not in {sid}: {quote!r}"
        start, quote = m.start(), m.group(0)  # the exact source text (it may hold non-breaking spaces)
        p = PLACES[sid]
        fid = hashlib.sha1(f"{sid}:{start}:{ind}:{measure}".encode()).hexdigest()[:16]
        rows.append(dict(
            fact_id=fid, source_id=sid, place_id=p["place_id"], place_name=p["place_name"],
            place_type=p["place_type"], province=p["province"], admin_code=p["admin_code"],
            province_code=p["province_code"], place_name_reported=p["place_name"], province_reported=p["province"],
            period=p["period"], period_type="quarter" if "-Q" in p["period"] else "year", term="2020-2025" if scope == "term" else None,
            indicator=ind, measure=measure,
            value=float(value), unit=unit, denominator=None if den is None else float(den), qualifier=qual,
            target_scope=scope, target_body=body, quote=quote, char_start=start, char_end=start + len(quote),
            curated=False, review_status="unreviewed",
        ))
    facts = pd.DataFrame(rows)
    docs = []
    for sid, p in PLACES.items():
        text = texts[sid]
        title = next(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("Lượt xem"))
        docs.append(dict(
            source_id=sid, file_name=f"{sid}.txt", title=title, published=None, place_id=p["place_id"],
            place_name=p["place_name"], province=p["province"], place_name_reported=p["place_name"],
            province_reported=p["province"], period=p["period"], status="ok", reason=None,
            fact_count=int((facts["source_id"] == sid).sum()),
            warnings=["năm 203: năm không hợp lệ, bỏ qua"] if sid.startswith("001") else [],
            encoding="utf-8", sha256=hashlib.sha256(text.encode()).hexdigest(), text=text, method="txt",
            page_starts=None,
        ))
    docs.append(dict(source_id="005_rejected", file_name="005_rejected.html", title="Trang chủ Cổng thông tin",
                     published=None, place_id=None, place_name=None, province=None, place_name_reported=None,
                     province_reported=None, period=None, status="rejected",
                     reason="no district named in the text", fact_count=0, warnings=[], encoding="utf-8",
                     sha256="0" * 64, text="Trang chủ", method="html", page_starts=None))
    documents = pd.DataFrame(docs)
    # the sample carries every contract column; those it does not set (added later) stay null, as an old table reads
    facts = facts.reindex(columns=FACTS_SCHEMA.names)
    documents = documents.reindex(columns=DOCUMENTS_SCHEMA.names)
    report = {"built_at": "2024-02-01 08:00 UTC", "warnings": ["005_rejected.html: no district named in the text"]}
    return facts, documents, report


def write_data_dir(directory: Path, facts: pd.DataFrame, documents: pd.DataFrame, report: dict) -> Path:
    import pyarrow as pa
    import pyarrow.parquet as pq

    from etl.schema import DOCUMENTS_SCHEMA, FACTS_SCHEMA

    directory.mkdir(parents=True, exist_ok=True)
    # columns the sample does not set (added to the contract later) are written null, as an old table reads
    pq.write_table(pa.Table.from_pandas(facts.reindex(columns=FACTS_SCHEMA.names), schema=FACTS_SCHEMA,
                                        preserve_index=False), directory / "indicators.parquet")
    pq.write_table(pa.Table.from_pandas(documents.reindex(columns=DOCUMENTS_SCHEMA.names), schema=DOCUMENTS_SCHEMA,
                                        preserve_index=False), directory / "indicators.documents.parquet")
    (directory / "etl_report.json").write_text(json.dumps(report, ensure_ascii=False), encoding="utf-8")
    return directory


@pytest.fixture(scope="session")
def sample_tables():
    return build_sample_tables()


@pytest.fixture
def sample_facts(sample_tables):
    return sample_tables[0].copy()


@pytest.fixture
def sample_dataset(sample_tables):
    from data_access import Dataset

    facts, documents, report = sample_tables
    return Dataset.from_frames(facts, documents, report, built_at=report["built_at"])


@pytest.fixture(scope="session")
def sample_data_dir(tmp_path_factory, sample_tables):
    return write_data_dir(tmp_path_factory.mktemp("nq-data"), *sample_tables)


# ------------------------------------------------------------------ browser (dash.testing)

CHROME_ARGS = ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
               "--disable-background-networking", "--disable-component-update", "--disable-sync",
               "--no-first-run", "--window-size=1400,1000", "--lang=vi")


def pytest_setup_options():
    """dash.testing hook: Chrome options for headless Chromium in a container."""
    from selenium.webdriver.chrome.options import Options

    options = Options()
    for arg in CHROME_ARGS:
        options.add_argument(arg)
    if Path("/usr/bin/chromium").exists():
        options.binary_location = "/usr/bin/chromium"
    return options


@pytest.fixture(scope="session", autouse=False)
def browser_home():
    """HOME/TMPDIR in a scratch directory so Chromium writes no profile into the real home."""
    tmp = tempfile.mkdtemp(prefix="nq-browser-")
    old = {k: os.environ.get(k) for k in ("HOME", "TMPDIR")}
    os.environ["HOME"] = tmp
    os.environ["TMPDIR"] = tmp
    yield tmp
    for k, v in old.items():
        if v is None:
            os.environ.pop(k, None)
        else:
            os.environ[k] = v


@pytest.fixture(scope="module")
def seeds_app_dataset(tmp_path_factory):
    """The app's dataset over the real ETL output of seeds/, built into a temp dir and served via $NQ_DATA_DIR."""
    import os

    import app as dashboard
    from etl.pipeline import run

    out = tmp_path_factory.mktemp("seeds-app")
    run(Path(dashboard.__file__).parent / "seeds", out / "indicators.parquet", out / "etl_report.json")
    old = os.environ.get("NQ_DATA_DIR")
    os.environ["NQ_DATA_DIR"] = str(out)
    ds = dashboard.get_dataset()
    assert ds.ok
    yield ds
    if old is None:
        os.environ.pop("NQ_DATA_DIR", None)
    else:
        os.environ["NQ_DATA_DIR"] = old
