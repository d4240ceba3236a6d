"""components/strings/: one catalogue for page and exports, strict, the same keys and fields in both languages,
and every key the code names exists (a missing key fails here, never shows on screen)."""
import ast
import string
from pathlib import Path

import pytest

from components.i18n import unit_label
from components.strings import STRINGS, has, norm_lang, t

ROOT = Path(__file__).resolve().parents[2]


def _fields(text):
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_languages_have_the_same_keys():
    assert set(STRINGS) == {"vi", "en"}
    assert set(STRINGS["vi"]) == set(STRINGS["en"])


@pytest.mark.parametrize("key", sorted(STRINGS["vi"]))
def test_translations_use_the_same_fields(key):
    assert _fields(STRINGS["vi"][key]) == _fields(STRINGS["en"][key]), key


def test_no_empty_strings():
    for lang in STRINGS:
        assert all(v.strip() for v in STRINGS[lang].values())


def test_lookup_is_strict_and_languages_fall_back_to_vietnamese():
    assert t("footer_data", "vi") == "Dữ liệu" and t("footer_data", "en") == "Data"
    assert t("footer_data", None) == "Dữ liệu" and t("footer_data", "en-GB") == "Data"
    assert norm_lang("fr") == "vi"
    assert t("done", "en", filename="x.png") == "Created x.png"
    with pytest.raises(KeyError):
        t("no-such-key", "vi")


def test_units_localised():
    assert unit_label("million VND/person", "vi") == "triệu đồng/người"
    assert unit_label("million VND/person", "en") == "million VND/person"
    assert unit_label("%", "vi") == "%"
    assert unit_label(None, "vi") == "" and unit_label(float("nan"), "vi") == ""
    assert unit_label("furlongs", "vi") == "furlongs"


def test_every_catalogue_unit_has_a_label_in_both_languages():
    from etl.catalogue import load_catalogue

    for unit in set(load_catalogue()["unit"]):
        assert has(f"unit.{unit}", "vi") and has(f"unit.{unit}", "en"), unit


def _literal_keys():
    """Every string literal passed as the first argument of t(...) in the source."""
    files = [ROOT / "app.py", *sorted(p for d in ("components", "callbacks", "exports", "web")
                                      for p in (ROOT / d).glob("**/*.py"))]
    for path in files:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "t" and node.args \
                    and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str):
                yield f"{path.relative_to(ROOT)}:{node.lineno}", node.args[0].value


def test_every_key_named_in_the_code_exists_in_both_languages():
    missing = [(where, key) for where, key in _literal_keys() if not (has(key, "vi") and has(key, "en"))]
    assert not missing, missing
