"""Where each district lies: centroid and bounding box of every pre-2025 district-level unit, by GSO code.

Read offline from the gazetteer that ships in the `vietnamadminunits` package (MIT; its SQLite table of the
63-province units carries a latitude/longitude and a "lat,lon – lat,lon" box per district). The map draws
these points; nothing is fetched at run time.
"""
from __future__ import annotations

import logging
import re
import sqlite3
from functools import lru_cache
from pathlib import Path

import pandas as pd

log = logging.getLogger(__name__)

GEOMETRY_COLUMNS = ["admin_code", "province_code", "lat", "lon", "lat_min", "lon_min", "lat_max", "lon_max"]
_BOX = re.compile(r"^\s*(-?\d+(?:\.\d+)?),\s*(-?\d+(?:\.\d+)?)\s*[–-]\s*(-?\d+(?:\.\d+)?),\s*(-?\d+(?:\.\d+)?)\s*$")


def parse_box(text: str | None) -> tuple[float, float, float, float] | None:
    """'9.40,105.96 – 9.58,106.21' → (lat_min, lon_min, lat_max, lon_max); None when unreadable."""
    m = _BOX.match(text or "")
    if not m:
        return None
    a_lat, a_lon, b_lat, b_lon = (float(g) for g in m.groups())
    return (min(a_lat, b_lat), min(a_lon, b_lon), max(a_lat, b_lat), max(a_lon, b_lon))


def _gazetteer_path() -> Path | None:
    try:
        import vietnamadminunits
    except ImportError:
        return None
    path = Path(vietnamadminunits.__file__).resolve().parent / "data" / "dataset.db"
    return path if path.exists() else None


def _norm_code(code, width: int) -> str | None:
    s = str(code or "").strip()
    return f"{int(s):0{width}d}" if s.isdigit() else None


def read_geometry(db_path: Path) -> pd.DataFrame:
    """One row per district code of the gazetteer at `db_path` (GEOMETRY_COLUMNS); a bad box leaves NaN bounds."""
    with sqlite3.connect(f"file:{db_path}?mode=ro", uri=True) as conn:
        raw = conn.execute(
            "SELECT DISTINCT districtCode, provinceCode, districtLat, districtLon, districtBounds "
            "FROM admin_units_legacy WHERE districtCode IS NOT NULL").fetchall()
    rows = {}
    for code, prov, lat, lon, bounds in raw:
        admin = _norm_code(code, 3)
        if admin is None or admin in rows or lat is None or lon is None:
            continue
        box = parse_box(bounds) or (float("nan"),) * 4
        rows[admin] = (admin, str(int(prov)) if str(prov or "").isdigit() else prov, float(lat), float(lon), *box)
    return pd.DataFrame(list(rows.values()), columns=GEOMETRY_COLUMNS)


@lru_cache(maxsize=1)
def district_geometry() -> pd.DataFrame:
    """Centroids and boxes of all pre-2025 districts (empty, with the columns, when the gazetteer is missing)."""
    path = _gazetteer_path()
    if path is None:
        log.warning("vietnamadminunits is not installed: the map has no district positions")
        return pd.DataFrame(columns=GEOMETRY_COLUMNS)
    try:
        return read_geometry(path)
    except sqlite3.Error:
        log.exception("could not read district positions from %s", path)
        return pd.DataFrame(columns=GEOMETRY_COLUMNS)


def read_communes(db_path: Path) -> dict[str, int]:
    """GSO district code → number of communes (xã) among its wards in the gazetteer at `db_path`.

    A district whose wards the gazetteer does not list is left out (unknown, not zero)."""
    with sqlite3.connect(f"file:{db_path}?mode=ro", uri=True) as conn:
        raw = conn.execute(
            "SELECT districtCode, SUM(wardType = 'Xã'), COUNT(wardType) FROM admin_units_legacy "
            "WHERE districtCode IS NOT NULL GROUP BY districtCode").fetchall()
    return {code: int(n) for code, n, listed in ((_norm_code(c, 3), n, k) for c, n, k in raw)
            if code is not None and listed}


@lru_cache(maxsize=1)
def communes_per_district() -> dict[str, int]:
    """Communes per pre-2025 district (a city of wards only has none, so New Rural targets cannot apply)."""
    path = _gazetteer_path()
    if path is None:
        return {}
    try:
        return read_communes(path)
    except sqlite3.Error:
        log.exception("could not read the wards of %s", path)
        return {}
