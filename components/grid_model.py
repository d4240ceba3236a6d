"""The Data grid's filter and sort as the URL carries them, and applied on the server to the same rows.

AG Grid keeps its filterModel ({"place": {"filterType": "text", "type": "contains", "filter": "trà"}, …}) and
sort (column state) in the browser; the "data shown" downloads, the image and its title must follow them. The
URL holds both as one compact string; `apply_grid` filters and sorts the grid's records exactly as the grid does
for the filter types the Data view offers (text and number; AND/OR of two conditions)."""
from __future__ import annotations

import json
import unicodedata

MAX_GRID_PARAM = 1500   # characters of the URL's grid=; a longer (hand-made) value is dropped


def encode_grid(filter_model: dict | None, sort: list | None) -> str:
    """{'f': filterModel, 's': [[col, 'asc'|'desc'], …]} as compact JSON; '' when neither is set."""
    f = {k: v for k, v in (filter_model or {}).items() if isinstance(v, dict)}
    s = [[c, d] for c, d in (sort or []) if d in ("asc", "desc")]
    if not f and not s:
        return ""
    return json.dumps({"f": f, "s": s} if s else {"f": f}, ensure_ascii=False, separators=(",", ":"))


def decode_grid(raw: str | None) -> tuple[dict, list]:
    """(filterModel, sort) from the URL's value; ({}, []) for anything unreadable (never raises)."""
    if not raw or len(raw) > MAX_GRID_PARAM:
        return {}, []
    try:
        data = json.loads(raw)
    except (ValueError, TypeError):
        return {}, []
    if not isinstance(data, dict):
        return {}, []
    f = data.get("f") if isinstance(data.get("f"), dict) else {}
    s = [[c, d] for c, d in (x for x in data.get("s") or [] if isinstance(x, list) and len(x) == 2)
         if isinstance(c, str) and d in ("asc", "desc")]
    return {k: v for k, v in f.items() if isinstance(k, str) and isinstance(v, dict)}, s


def sort_from_column_state(column_state) -> list:
    """[[col, dir], …] in sort order from AG Grid's columnState."""
    cols = [c for c in column_state or [] if isinstance(c, dict) and c.get("sort") in ("asc", "desc")]
    cols.sort(key=lambda c: c.get("sortIndex") if c.get("sortIndex") is not None else 0)
    return [[c["colId"], c["sort"]] for c in cols]


def column_state_for(sort: list) -> list:
    return [{"colId": c, "sort": d, "sortIndex": i} for i, (c, d) in enumerate(sort)]


def _fold(text) -> str:
    """Case- and accent-insensitive text, as AG Grid's text filter compares (đ kept apart from d)."""
    s = unicodedata.normalize("NFKD", str(text or "").lower())
    return "".join(c for c in s if not unicodedata.combining(c))


def _text_ok(value, cond: dict) -> bool:
    kind, want = cond.get("type", "contains"), _fold(cond.get("filter"))
    v = _fold(value)
    return {"contains": want in v, "notContains": want not in v, "equals": v == want, "notEqual": v != want,
            "startsWith": v.startswith(want), "endsWith": v.endswith(want), "blank": v == "",
            "notBlank": v != ""}.get(kind, True)


def _number_ok(value, cond: dict) -> bool:
    kind = cond.get("type", "equals")
    if kind == "blank":
        return value is None
    if kind == "notBlank":
        return value is not None
    if value is None:
        return False
    a, b = cond.get("filter"), cond.get("filterTo")
    try:
        a = float(a) if a is not None else None
        b = float(b) if b is not None else None
    except (TypeError, ValueError):
        return True
    if a is None:
        return True
    return {"equals": value == a, "notEqual": value != a, "lessThan": value < a, "lessThanOrEqual": value <= a,
            "greaterThan": value > a, "greaterThanOrEqual": value >= a,
            "inRange": b is not None and a <= value <= b}.get(kind, True)


def _passes(record: dict, column: str, model: dict) -> bool:
    check = _number_ok if model.get("filterType") == "number" else _text_ok
    if "conditions" in model:
        results = [check(record.get(column), c) for c in model["conditions"] if isinstance(c, dict)]
        return (any(results) if model.get("operator") == "OR" else all(results)) if results else True
    return check(record.get(column), model)


def apply_grid(records: list[dict], filter_model: dict, sort: list) -> list[dict]:
    """The grid's records as the grid shows them: filtered by `filter_model`, then sorted by `sort`."""
    out = [r for r in records if all(_passes(r, col, m) for col, m in filter_model.items())]
    for col, direction in reversed(sort):
        present = [r for r in out if r.get(col) is not None]
        absent = [r for r in out if r.get(col) is None]
        present.sort(key=lambda r: r[col] if isinstance(r[col], (int, float)) else _fold(r[col]),
                     reverse=direction == "desc")
        out = present + absent
    return out
