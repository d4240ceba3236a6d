"""District positions from the offline gazetteer, keyed by GSO code."""
import math

import pytest

from etl.geometry import GEOMETRY_COLUMNS, district_geometry, parse_box


def test_parse_box_orders_corners():
    assert parse_box("9.58,106.21 – 9.40,105.96") == (9.40, 105.96, 9.58, 106.21)
    assert parse_box("9.4,105.9 - 9.5,106.0") == (9.4, 105.9, 9.5, 106.0)
    assert parse_box("") is None and parse_box(None) is None and parse_box("north of the river") is None


def test_every_pre_2025_district_has_a_position_inside_its_box():
    g = district_geometry()
    assert list(g.columns) == GEOMETRY_COLUMNS
    assert len(g) == 696 and g["admin_code"].is_unique
    row = g.set_index("admin_code").loc["951"]          # Huyện Trần Đề, Sóc Trăng
    assert row["province_code"] == "94"
    assert 9.3 < row["lat"] < 9.7 and 105.9 < row["lon"] < 106.3
    inside = (g["lat_min"] <= g["lat"]) & (g["lat"] <= g["lat_max"]) & (g["lon_min"] <= g["lon"]) & \
        (g["lon"] <= g["lon_max"])
    assert inside.mean() > 0.95
    assert all(8 < lat < 24 and 102 < lon < 110 for lat, lon in zip(g["lat"], g["lon"]) if not math.isnan(lat))


def test_communes_per_district_from_the_ward_list():
    from etl.geometry import communes_per_district

    communes = communes_per_district()
    assert communes["941"] == 0          # Thành phố Sóc Trăng: wards only
    assert communes["951"] == 9          # Huyện Trần Đề
    assert communes["001"] == 0          # Quận Ba Đình
    assert len(communes) > 690
