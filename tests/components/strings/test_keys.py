"""components/strings/keys.py: every table names keys that exist in both languages, and holds every value its
domain can take (a new status, unit or column without words fails here, not on screen)."""
import pytest

from components.layout import CLEARABLE
from components.registry import CONTROLS, VIEW_NAMES
from components.state import DEFAULT_STATE, LIST_KEYS, REVIEWED, URL_KEYS
from components.status import TARGET_STATUSES
from components.strings import STRINGS, coded, keys
from etl.catalogue import load_catalogue
from etl.gazetteer import PLACE_TYPE_BY_DIVISION
from etl.schema import (MEASURES, PERIOD_TYPES, QUALIFIERS, REVIEW_CODES, STATUSES, TARGET_BODIES, TARGET_SCOPES)
from exports.context import NON_FILTER_KEYS
from exports.tables import COLUMN_ORDER
from store import CORRECTABLE_FIELDS, REVIEW_STATUSES

TABLES = {name: table for name, table in vars(keys).items() if name.isupper() and isinstance(table, dict)}


def test_the_module_holds_tables():
    assert len(TABLES) >= 20


@pytest.mark.parametrize("name", sorted(TABLES))
def test_every_key_of_a_table_exists_in_both_languages(name):
    missing = [key for key in TABLES[name].values() if key not in STRINGS["vi"] or key not in STRINGS["en"]]
    assert not missing, (name, missing)


@pytest.mark.parametrize("name", sorted(TABLES))
def test_a_table_is_written_out_whole(name):
    """Keys are literal, one per value, and no two values share words by accident."""
    table = TABLES[name]
    assert all(isinstance(v, str) and isinstance(k, str) for k, v in table.items())
    assert len(set(table.values())) == len(table), name


_catalogue = load_catalogue()
NOTICE_PARAMS = ({*URL_KEYS.values()} | {"unknown", "too_long", "too_many_params", "more"}
                 | {f"too_many.{k}" for k in LIST_KEYS})

DOMAINS = [
    ("UNIT", set(_catalogue["unit"]) | {"pp"}),
    ("QUALIFIER", set(QUALIFIERS)),
    ("MEASURE", set(MEASURES)),
    ("FAMILY", set(_catalogue["family"])),
    ("STATUS", set(TARGET_STATUSES)),
    ("SCOPE", set(TARGET_SCOPES)),
    ("BODY", set(TARGET_BODIES)),
    ("EXPORT_SCOPE", set(TARGET_SCOPES)),
    ("EXPORT_BODY", set(TARGET_BODIES)),
    ("REVIEW_STATUS", set(REVIEW_STATUSES)),
    ("FIELD", set(CORRECTABLE_FIELDS)),
    ("SOURCE_STATUS", set(STATUSES)),
    ("REVIEW_SWITCH", set(REVIEWED)),
    ("REVIEWED_FILTER", set(REVIEWED) - {"all"}),
    ("SUBJECT", set(MEASURES)),
    ("EXPORT_COLUMN", set(COLUMN_ORDER)),
    ("EXPORT_DESCRIPTION", set(COLUMN_ORDER)),
    ("REVIEW_RISK", set(REVIEW_CODES)),
    ("FILTER_NAME", set(DEFAULT_STATE) - NON_FILTER_KEYS),
    ("TARGET_WHY", {"on_track", "needs_acceleration", "off_track"}),
    ("TREND_KIND", set(PERIOD_TYPES) - {"year", "term"}),
    ("NOTICE", NOTICE_PARAMS),
    ("CONTROL_LABEL", set(CONTROLS)),
    ("CONTROL_PLACEHOLDER", set(CLEARABLE)),
    ("PLACE_WORD", set(PLACE_TYPE_BY_DIVISION) | {"tỉnh"}),   # the divisions of the gazetteer's units
]


@pytest.mark.parametrize("name,domain", DOMAINS, ids=[d[0] for d in DOMAINS])
def test_a_table_holds_every_value_of_its_domain(name, domain):
    assert domain, name
    missing = sorted(domain - set(TABLES[name]))
    assert not missing, (name, missing)


def test_every_table_is_checked_against_its_domain_or_a_fixed_list():
    fixed = {"COLUMN", "DROPDOWN", "REVIEW_FILTER", "REVIEW_SAVED", "SORT_DIRECTION"}   # checked at their one use (below)
    assert set(TABLES) == {name for name, _ in DOMAINS} | fixed


def test_the_fixed_tables_match_the_code_that_uses_them():
    from components.review import DONE, FILTERS
    from components.data_view import DATA_IMAGE_COLUMNS

    assert set(keys.REVIEW_FILTER) == set(FILTERS)
    assert set(keys.REVIEW_SAVED) == set(DONE)
    assert {"value" if c == "value_text" else c for c in DATA_IMAGE_COLUMNS} <= set(keys.COLUMN)
    assert set(keys.DROPDOWN) >= {"select_all", "deselect_all", "search", "no_options_found"}
    assert set(keys.SORT_DIRECTION) == {"asc", "desc"}


def test_every_column_of_the_data_grid_has_its_name():
    """The grid's filter and sort are named by column in an export's filter line."""
    from components.data_view import grid_column_defs

    fields = {c["field"] for c in grid_column_defs(lang="en")}
    assert fields and fields <= set(keys.COLUMN)


def test_coded_gives_the_words_or_the_value_itself():
    assert coded(keys.STATUS, "achieved", "en") == STRINGS["en"]["status.achieved"]
    assert coded(keys.STATUS, "achieved", "vi") == STRINGS["vi"]["status.achieved"]
    assert coded(keys.UNIT, "furlongs", "en") == "furlongs"
    assert coded(keys.UNIT, ["unhashable"], "en") == "['unhashable']"
    assert coded(keys.BODY, None, "en", default="") == ""
    assert coded(keys.FILTER_NAME, "view", "vi") != "view"
    assert all(v in VIEW_NAMES for v in ("compare", "data"))
