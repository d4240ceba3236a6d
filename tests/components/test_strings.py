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
    assert t("view.data", "vi") == "Dữ liệu" and t("view.data", "en") == "Data"
    assert t("view.data", None) == "Dữ liệu" and t("view.data", "en-GB") == "Data"
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


# ------------------------------------------------------------------ keys are written out, where a check sees them
_LOOKUPS = {"t", "has", "coded"}


def _sources():
    return [ROOT / "app.py", *sorted(p for d in ("components", "callbacks", "exports", "web", "data_access")
                                     for p in (ROOT / d).glob("**/*.py"))]


def _key_prefixes():
    """'status.', 'col_'…: the heads of catalogue keys a run-time key would be assembled from."""
    return {k[:i + 1] for k in STRINGS["vi"] for i, c in enumerate(k) if c in "._"}


def _head(node):
    """The literal text an f-string or a '+' concatenation starts with, if any."""
    if isinstance(node, ast.JoinedStr) and node.values and isinstance(node.values[0], ast.Constant):
        return node.values[0].value
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add) and isinstance(node.left, ast.Constant):
        return node.left.value if isinstance(node.left.value, str) else None
    return None


def _assembled_keys(trees):
    """Lookups whose key is built at run time: t(f"status.{s}"), t("scope." + s), t("{}".format(x)), and any
    f-string or concatenation that starts like a catalogue key (key = f"notice.{p}"; t(key))."""
    prefixes = _key_prefixes()
    for where, tree in trees:
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) in _LOOKUPS and node.args:
                arg = node.args[0]
                branches = [arg.body, arg.orelse] if isinstance(arg, ast.IfExp) else [arg]
                if any(isinstance(b, (ast.JoinedStr, ast.BinOp, ast.Call)) for b in branches):
                    yield f"{where}:{node.lineno}", ast.unparse(arg)
            head = _head(node)
            if head and head in prefixes:
                yield f"{where}:{node.lineno}", ast.unparse(node)
            if isinstance(node, ast.AugAssign) and isinstance(node.op, ast.Add) \
                    and getattr(node.target, "id", "").lower().endswith("key"):
                yield f"{where}:{node.lineno}", ast.unparse(node)     # key += "_tie"


def _trees():
    return [(str(p.relative_to(ROOT)), ast.parse(p.read_text(encoding="utf-8"))) for p in _sources()]


def test_no_key_is_assembled_at_run_time():
    found = list(_assembled_keys(_trees()))
    assert not found, found


def test_the_check_finds_assembled_keys():
    code = ("t(f'status.{s}', lang)\nt('scope.' + s, lang)\nkey = f'notice.{p}'\n"
            "t('a' if x else f'col.{c}', lang)\nt('{}'.format(k))\nt('status.achieved', lang)\nt(TABLE[s], lang)\n"
            "key += '_tie'\n")
    found = sorted({line for line, _ in _assembled_keys([("x.py", ast.parse(code))])})
    assert found == ["x.py:1", "x.py:2", "x.py:3", "x.py:4", "x.py:5", "x.py:8"]


def _named_keys(trees):
    """String literals the code hands over as keys: t("…") and its if/else branches, and values given to a name,
    attribute, keyword or field ending in 'key' (label_key="view.compare", key = "tk_rose"); the tables of
    components/strings/keys.py are checked by tests/components/strings/test_keys.py."""
    def literals(node):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return [node.value]
        if isinstance(node, ast.IfExp):
            return literals(node.body) + literals(node.orelse)
        return []

    def named(target):
        name = target.id if isinstance(target, ast.Name) else getattr(target, "attr", "")
        return name.lower().endswith("key")

    for where, tree in trees:
        for node in ast.walk(tree):
            found = []
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) in _LOOKUPS and node.args:
                found = literals(node.args[0])
            elif isinstance(node, ast.keyword) and node.arg and node.arg.endswith("key"):
                found = literals(node.value)
            elif isinstance(node, (ast.Assign, ast.AnnAssign)) and node.value is not None:
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                if any(named(x) for x in targets):
                    found = literals(node.value)
            for key in found:
                yield f"{where}:{getattr(node, 'lineno', '?')}", key


def test_every_key_the_code_names_exists_in_both_languages():
    missing = [(where, key) for where, key in _named_keys(_trees()) if not (has(key, "vi") and has(key, "en"))]
    assert not missing, missing


def test_every_string_of_the_catalogue_is_used():
    """A key no code names is dead text that drifts from the rest: each is written out somewhere in the code
    (a literal, a registry field, a components/strings/keys.py table)."""
    literals = set()
    for path in _sources():
        if path.parent.name == "strings" and path.name in ("vi.py", "en.py"):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                literals.add(node.value)
    unused = sorted(set(STRINGS["vi"]) - literals)
    assert not unused, unused
