"""Whole pipeline on the five real seed articles, against the hand-checked table in fixtures/."""
import math
from pathlib import Path

import pandas as pd
import pytest

from etl.pipeline import run
from etl.schema import documents_path_for

ROOT = Path(__file__).resolve().parents[2]
EXPECTED = Path(__file__).with_name("fixtures") / "expected_seed_facts.csv"
KEY = ["source_id", "place_id", "period", "indicator", "measure"]


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out_dir = tmp_path_factory.mktemp("seeds_run")
    out = out_dir / "indicators.parquet"
    run(ROOT / "seeds", out, out_dir / "report.json")
    return pd.read_parquet(out), pd.read_parquet(documents_path_for(out))


@pytest.fixture(scope="module")
def expected():
    frame = pd.read_csv(EXPECTED, comment="#", dtype={"period": str, "term": str})
    return frame.astype(object).where(frame.notna(), None)


def _same(a, b):
    if a is None or (isinstance(a, float) and math.isnan(a)):
        return b is None or (isinstance(b, float) and math.isnan(b))
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return math.isclose(float(a), float(b), rel_tol=1e-9, abs_tol=1e-9)
    return a == b


def _match(expected_row, facts):
    candidates = facts
    for col in KEY:
        candidates = candidates[candidates[col] == expected_row[col]]
    return [row for _, row in candidates.iterrows() if _same(expected_row["value"], row["value"])]


def test_recall_and_precision_against_the_hand_checked_table(built, expected):
    facts, _ = built
    matched = [bool(_match(row, facts)) for _, row in expected.iterrows()]
    recall = sum(matched) / len(expected)
    unmatched_actual = [
        tuple(row[c] for c in KEY) + (row["value"],)
        for _, row in facts.iterrows()
        if not any(
            all(_same(row[c], e[c]) for c in KEY) and _same(row["value"], e["value"]) for _, e in expected.iterrows()
        )
    ]
    precision = 1 - len(unmatched_actual) / len(facts)
    missing = [tuple(r[c] for c in KEY) for (_, r), ok in zip(expected.iterrows(), matched) if not ok]
    assert recall >= 0.95, f"recall {recall:.2f}; missing {missing}"
    assert precision >= 0.95, f"precision {precision:.2f}; unexpected {unmatched_actual}"


def test_every_core_fact_is_exactly_right(built, expected):
    facts, _ = built
    wrong = []
    for _, row in expected[expected["core"] == 1].iterrows():
        found = _match(row, facts)
        if len(found) != 1:
            wrong.append((tuple(row[c] for c in KEY), f"{len(found)} matches"))
            continue
        got = found[0]
        for col in ("unit", "denominator", "qualifier", "target_scope", "term"):
            if not _same(row[col], got[col]):
                wrong.append((tuple(row[c] for c in KEY), col, row[col], got[col]))
    assert not wrong


def test_every_fact_is_traceable_to_its_words(built):
    facts, documents = built
    texts = documents.set_index("source_id")["text"]
    for _, fact in facts.iterrows():
        text = texts[fact["source_id"]]
        assert text[fact["char_start"] : fact["char_end"]] == fact["quote"]
        assert any(ch.isdigit() for ch in fact["quote"])


def test_documents_table_places_and_periods(built):
    _, documents = built
    got = documents.set_index("source_id")[["place_name", "province", "period", "status"]].to_dict("index")
    assert got["000_61a7140943d01087"] == dict(place_name="Huyện Trần Đề", province="Tỉnh Sóc Trăng", period="2023", status="ok")
    assert got["002_99971e3db5ca8c42"]["period"] == "2023-Q1"
    assert got["003_aebe0b5b03e59675"]["province"] == "Tỉnh Hậu Giang"
    assert got["004_392d12b2f0319e07"]["place_name"] == "Thành phố Sóc Trăng"


def test_boilerplate_makes_no_facts(built):
    facts, _ = built
    for word in ("Lượt xem", "online", "Hôm nay", "Tất cả", "Điện thoại"):
        assert not facts["quote"].str.contains(word).any()


def test_warnings_reach_the_documents_table(built):
    _, documents = built
    warnings = documents.set_index("source_id")["warnings"]
    assert any("năm 203" in w for w in warnings["001_8352014f7d2fa197"])
    assert any("official list" in w for w in warnings["002_99971e3db5ca8c42"])


def _windows_1258(text: str) -> bytes:
    """How Vietnamese Windows saves text as "ANSI": base letters precomposed where cp1258 has them, tones combining."""
    import unicodedata
    tones = "\u0300\u0301\u0303\u0309\u0323"
    out = []
    for char in text:
        base, *marks = unicodedata.normalize("NFD", char)
        letter = unicodedata.normalize("NFC", base + "".join(m for m in marks if m not in tones))
        out.append((letter + "".join(m for m in marks if m in tones)).encode("cp1258", "replace"))
    return b"".join(out)


ENCODINGS = {
    "utf-16 with BOM, CRLF": lambda text: "\ufeff".encode("utf-16-le") + text.replace("\n", "\r\n").encode("utf-16-le"),
    "utf-16-be without BOM": lambda text: text.encode("utf-16-be"),
    "windows-1258, CRLF": lambda text: _windows_1258(text.replace("\n", "\r\n")),
    "decomposed (NFD) utf-8": lambda text: __import__("unicodedata").normalize("NFD", text).encode(),
}


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_the_same_reports_in_other_encodings_give_the_same_facts(tmp_path, built, encoding):
    """Real reports re-saved the ways Vietnamese offices save them: same facts, same quotes."""
    sources = tmp_path / "seeds"
    sources.mkdir()
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        (sources / path.name).write_bytes(ENCODINGS[encoding](path.read_text(encoding="utf-8")))
    out = tmp_path / "indicators.parquet"
    run(sources, out, tmp_path / "report.json")
    columns = KEY + ["value", "unit", "denominator", "qualifier", "quote"]
    again = pd.read_parquet(out)[columns].reset_index(drop=True)
    assert len(again) == len(built[0]) > 0
    pd.testing.assert_frame_equal(again, built[0][columns].reset_index(drop=True))
