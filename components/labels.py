"""Indicator labels, units and directions from the catalogue of the loaded facts table (data_access.catalogue:
its Parquet metadata, else etl/indicators.yaml), localised."""
from __future__ import annotations

from components.i18n import is_missing, measure_label, norm_lang, unit_label
from data_access.catalogue import current_catalogue
from etl.catalogue import better_end, unit_of_measure
from etl.schema import MEASURES


def catalogue_records() -> dict:
    """The current catalogue by indicator id, in catalogue order (read-only: shared by every request)."""
    return current_catalogue()


def indicator_info(indicator: str) -> dict:
    """The catalogue entry of `indicator` (labels, unit, direction, definition); a neutral entry when unknown."""
    return (None if is_missing(indicator) else catalogue_records().get(indicator)) or {
        "id": indicator, "family": "other", "label_vi": indicator, "label_en": indicator, "unit": "",
        "direction": "higher", "definition": "", "better": {m: better_end("higher", m) for m in MEASURES},
        "bounds": {},
    }


def indicator_label(indicator: str, lang: str = "vi", *, mid_sentence: bool = False) -> str:
    """The indicator's name in `lang`; mid_sentence=True: as written inside a sentence (see `mid_sentence`)."""
    if is_missing(indicator):
        return ""
    info = indicator_info(indicator)
    label = str(info.get("label_en" if norm_lang(lang) == "en" else "label_vi") or info.get("label_vi") or indicator)
    return mid_sentence_case(label) if mid_sentence else label


def mid_sentence_case(label: str) -> str:
    """A label as it reads inside a sentence ('… so với thu nhập bình quân đầu người'): its first letter lower-
    cased, unless its first word is an acronym written in capitals (GRDP, NTM), which stays as it is."""
    first = label.split(" ", 1)[0]
    if not label or (len(first) > 1 and first.isupper()):
        return label
    return label[0].lower() + label[1:]


def lower_is_better(indicator: str, measure: str = "level") -> bool:
    """Direction of `measure` of `indicator`: shares of a target are always better higher."""
    info = indicator_info(indicator)
    return (info.get("better") or {}).get(measure, better_end(info.get("direction", "higher"), measure)) == "lower"


def measure_unit(indicator: str, measure: str) -> str:
    """Unit of a measure when the rows do not say: the ETL's rule (etl.catalogue.unit_of_measure) on this
    catalogue's level unit, so the dashboard and the ETL can never disagree."""
    return unit_of_measure(indicator_info(indicator).get("unit") or "", measure)


def indicator_option_label(indicator: str, lang: str) -> str:
    unit = indicator_info(indicator).get("unit")
    return f"{indicator_label(indicator, lang)} ({unit_label(unit, lang)})" if unit else indicator_label(indicator, lang)


__all__ = ["indicator_info", "indicator_label", "mid_sentence_case", "lower_is_better", "measure_unit", "indicator_option_label",
           "measure_label", "catalogue_records"]
