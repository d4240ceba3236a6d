"""Source documents behind a chart: which ones, and how to cite them (short for footers, full for READMEs)."""
from __future__ import annotations

import pandas as pd

from .formatting import is_missing, plain_text, short_place
from components.i18n import t


def spec_source_ids(spec=None, data: pd.DataFrame | None = None) -> list[str]:
    """The chart's source ids: spec.source_ids when given, else the distinct source_id of its rows, in order."""
    ids = list(getattr(spec, "source_ids", None) or [])
    if not ids:
        frame = data if data is not None else getattr(spec, "data", None)
        if isinstance(frame, pd.DataFrame) and "source_id" in frame.columns:
            ids = [s for s in frame["source_id"].tolist() if not is_missing(s)]
    seen, out = set(), []
    for s in ids:
        if s not in seen:
            seen.add(s)
            out.append(str(s))
    return out


def source_rows(source_ids, sources: pd.DataFrame | None) -> list[dict]:
    """One dict per id (title, published, place_name, file_name…), from the documents table; bare id if absent."""
    table = {}
    if isinstance(sources, pd.DataFrame) and "source_id" in sources.columns:
        for row in sources.to_dict("records"):
            table.setdefault(str(row["source_id"]), row)
    rows = []
    for sid in source_ids:
        row = dict(table.get(str(sid), {}))
        row["source_id"] = str(sid)
        rows.append(row)
    return rows


def short_citation(row: dict, lang: str | None = "vi") -> str:
    """For image footers and slides: 'Title (place, 2024-01-15)' or the file name when untitled."""
    title = plain_text(row.get("title")).strip() or plain_text(row.get("file_name")) or row["source_id"]
    extra = [short_place(row.get("place_name")), plain_text(row.get("published"))]
    extra = [e for e in extra if e]
    return f"{title} ({', '.join(extra)})" if extra else title


def full_citation(row: dict, lang: str | None = "vi") -> str:
    """For READMEs and notes: '“Title”. Place, published 2024-01-15. File: 000_x.txt (id 000_x).'"""
    title = plain_text(row.get("title")).strip() or row["source_id"]
    published = plain_text(row.get("published")) or t("readme_unknown_date", lang)
    parts = [f"“{title}”"]
    place = plain_text(row.get("place_name"))
    if place:
        parts.append(place)
    parts.append(f"{t('readme_published', lang)} {published}")
    file_name = plain_text(row.get("file_name"))
    parts.append(f"{t('readme_file', lang)}: {file_name or '?'} (id {row['source_id']})")
    return ". ".join(parts) + "."


def source_lookup(sources: pd.DataFrame | None) -> dict[str, dict]:
    if not isinstance(sources, pd.DataFrame) or "source_id" not in sources.columns:
        return {}
    return {str(r["source_id"]): r for r in sources.to_dict("records")}
