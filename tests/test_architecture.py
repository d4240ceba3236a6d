"""The house rules a machine can check: layers import downwards (import-linter, configured in pyproject.toml),
no project import hides inside a function, no public name is defined at top level in two source modules, and
every source module has its mirrored test file (tests/<dir>/test_<module>.py) unless allowlisted with a reason."""
from __future__ import annotations

import ast
import collections
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from components.labels import measure_unit
from etl.catalogue import indicator_measure_unit, load_catalogue
from etl.schema import MEASURES

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("callbacks", "web", "exports", "components", "data_access", "etl", "store")
OPTIONAL_LAYERS = ("web", "store")   # created by other work; checked as soon as they exist
ENTRY_POINTS = ("main",)             # each command-line module (app.py, python -m etl …) has one by convention


def _config(root: Path) -> dict:
    return tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["importlinter"]


def _ini(value) -> str:
    if isinstance(value, list):
        return "".join(f"\n    {v}" for v in value)
    return str(value)


def _lint(root: Path) -> subprocess.CompletedProcess:
    """lint-imports on the tree at `root` with pyproject.toml's contracts; an optional layer that exists there is
    added to the root packages (import-linter walks only the roots it is given)."""
    config = dict(_config(root))
    contracts = config.pop("contracts")
    config["root_packages"] = list(config["root_packages"]) + [
        p for p in OPTIONAL_LAYERS if (root / p / "__init__.py").exists() and p not in config["root_packages"]]
    lines = ["[importlinter]", *(f"{k} = {_ini(v)}" for k, v in config.items())]
    for contract in contracts:
        lines += [f"[importlinter:contract:{contract['id']}]",
                  *(f"{k} = {_ini(v)}" for k, v in contract.items() if k != "id")]
    ini = root / ".importlinter.test.ini"
    ini.write_text("\n".join(lines) + "\n", encoding="utf-8")
    try:
        return subprocess.run([str(Path(sys.executable).with_name("lint-imports")), str(ini),
                               "--no-cache"], cwd=root, capture_output=True, text=True, timeout=300,
                              env={"PYTHONPATH": str(root), "PATH": "/usr/bin:/bin", "HOME": str(root)})
    finally:
        ini.unlink()


def _copy_tree(dest: Path) -> Path:
    shutil.copy(ROOT / "pyproject.toml", dest / "pyproject.toml")
    shutil.copy(ROOT / "app.py", dest / "app.py")
    for package in PACKAGES:
        if (ROOT / package).is_dir():
            shutil.copytree(ROOT / package, dest / package, ignore=shutil.ignore_patterns("__pycache__", "*.yaml",
                                                                                         "*.parquet", "*.json"))
    return dest


def test_layers_import_downwards():
    result = _lint(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


@pytest.mark.parametrize("module, imports", [
    ("etl/_upward.py", "import components.i18n"),                     # etl → components
    ("data_access/_upward.py", "from components import state"),      # data_access → components
    ("components/_upward.py", "from exports.actions import make_export"),   # components → exports
    ("exports/_upward.py", "import callbacks.page"),                   # exports → callbacks
    ("components/_app.py", "import app"),                              # anything → app.py
])
def test_contract_fails_when_a_lower_layer_imports_a_higher_one(tmp_path, module, imports):
    tree = _copy_tree(tmp_path)
    (tree / module).write_text(f'"""A deliberate violation."""\n{imports}\n', encoding="utf-8")
    result = _lint(tree)
    assert result.returncode != 0, result.stdout
    assert "BROKEN" in result.stdout or "broken" in result.stdout


def _source_files() -> list[Path]:
    files = [ROOT / "app.py"]
    for package in PACKAGES:
        files += sorted((ROOT / package).glob("**/*.py"))
    return files


def _project_import(node) -> str | None:
    names = [a.name for a in node.names] if isinstance(node, ast.Import) else [node.module or ""]
    if isinstance(node, ast.ImportFrom) and node.level:
        return "." * node.level + (node.module or "")
    for name in names:
        if name.split(".")[0] in PACKAGES + ("app",):
            return name
    return None


def test_no_project_import_inside_a_function():
    """An import inside a function is how a cycle hides; between layers there are none to hide."""
    found = []
    for path in _source_files():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for func in ast.walk(tree):
            if not isinstance(func, (ast.FunctionDef, ast.AsyncFunctionDef)):
                continue
            for node in ast.walk(func):
                if isinstance(node, (ast.Import, ast.ImportFrom)) and (name := _project_import(node)):
                    found.append(f"{path.relative_to(ROOT)}:{node.lineno} {name}")
    assert not found, found


def public_definitions() -> dict[str, list[str]]:
    """Public top-level names (functions, classes, constants) → the source modules that define them."""
    defined = collections.defaultdict(list)
    for path in _source_files():
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                names = [node.name]
            elif isinstance(node, ast.Assign):
                names = [t.id for t in node.targets if isinstance(t, ast.Name)]
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                names = [node.target.id]
            else:
                continue
            for name in names:
                if not name.startswith("_") and name not in ("log", "__all__") and name not in ENTRY_POINTS:
                    defined[name].append(str(path.relative_to(ROOT)))
    return defined


def test_no_public_name_is_defined_twice():
    twice = {name: where for name, where in public_definitions().items() if len(where) > 1}
    assert not twice, twice


# Figure builders, exports and callbacks: one job per function, readable in one screen (issue 13). A function that
# truly cannot be split would be named here with the reason; none is.
MAX_FUNCTION_LINES = 80
LENGTH_CHECKED = ("components", "exports", "callbacks")
LONG_FUNCTIONS_ALLOWED: dict[str, str] = {}


def long_functions(path: Path, limit: int = MAX_FUNCTION_LINES) -> dict[str, int]:
    """'Class.method' / 'outer.inner' → lines (from `def` to its last line) of each function longer than `limit`."""
    found = {}

    def visit(node, prefix):
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                name = f"{prefix}{child.name}"
                lines = child.end_lineno - child.lineno + 1
                if not isinstance(child, ast.ClassDef) and lines > limit:
                    found[name] = lines
                visit(child, name + ".")
            else:
                visit(child, prefix)

    visit(ast.parse(path.read_text(encoding="utf-8")), "")
    return found


def test_no_function_in_components_exports_or_callbacks_is_longer_than_80_lines():
    found = {}
    for package in LENGTH_CHECKED:
        for path in sorted((ROOT / package).glob("**/*.py")):
            for name, lines in long_functions(path).items():
                found[f"{path.relative_to(ROOT)}::{name}"] = lines
    too_long = {k: v for k, v in found.items() if k not in LONG_FUNCTIONS_ALLOWED}
    assert not too_long, f"functions over {MAX_FUNCTION_LINES} lines (split them into named helpers): {too_long}"
    stale = [k for k in LONG_FUNCTIONS_ALLOWED if k not in found]
    assert not stale, f"allowlisted in LONG_FUNCTIONS_ALLOWED but no longer too long (remove them): {stale}"


def test_the_length_rule_counts_nested_functions_and_methods(tmp_path):
    body = "\n".join(f"    x{i} = {i}" for i in range(79))          # def line + 79 = 80 lines: allowed
    longer = body + "\n    x = 0"                                    # 81 lines
    source = tmp_path / "m.py"
    source.write_text(f"def ok():\n{body}\n\n\ndef too_long():\n{longer}\n\n\nclass C:\n    def m(self):\n"
                      + "\n".join("    " + line for line in longer.splitlines()) + "\n\n\ndef outer():\n"
                      + "    def inner():\n" + "\n".join("    " + line for line in longer.splitlines()) + "\n",
                      encoding="utf-8")
    found = long_functions(source)
    assert set(found) == {"too_long", "C.m", "outer", "outer.inner"} and found["too_long"] == 81


def test_the_unit_of_a_measure_is_decided_in_one_place():
    """The unit-per-measure rule lives in etl.catalogue.unit_of_measure; a second copy (say, a function elsewhere
    returning "pp") would let the dashboard and the ETL disagree about the unit of the same figure."""
    found = []
    for path in _source_files():
        if path == ROOT / "etl" / "catalogue.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Return) and isinstance(node.value, ast.Constant) and node.value.value == "pp":
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not found, found


def test_the_dashboard_states_every_measure_in_the_etl_unit():
    pairs = [(indicator, measure) for indicator in load_catalogue().index for measure in MEASURES]
    assert pairs
    differ = [(i, m) for i, m in pairs if measure_unit(i, m) != indicator_measure_unit(i, m)]
    assert not differ, differ


# Source modules without their own test file (tests/<dir>/test_<module>.py), each with the reason.
# Everything else must have one: the mirror is how a reader finds a module's tests (issue 13).
UNMIRRORED = {
    # package __init__ files that only name the package or re-export (their modules have their own tests)
    "callbacks/__init__.py": "package marker",
    "components/__init__.py": "package marker",
    "etl/__init__.py": "package marker",
    "web/__init__.py": "package marker",
    "exports/__init__.py": "re-exports only",
    "etl/extract/__init__.py": "re-exports extract_document (tests/etl/extract/test_document.py)",
    "etl/lexicon/__init__.py": "re-exports only (each lexicon module has its own test)",
    "etl/readers/__init__.py": "PAGE_MARK, CELL_SEPARATOR and ReadError only; used by every reader's tests",
    # pure data
    "components/strings/en.py": "the strings catalogue, checked whole by tests/components/test_strings.py",
    "components/strings/vi.py": "the strings catalogue, checked whole by tests/components/test_strings.py",
    "components/chart_spec.py": "a dataclass without behaviour; every builder test checks the ChartSpecs it makes",
}


def mirrored_test(source: Path) -> list[Path]:
    """Where the tests of a source module live: tests/<dir>/test_<module>.py; a package's __init__.py is the
    package's own module (tests/<dir>/test_<package>.py or tests/<dir>/<package>/test_<package>.py),
    __main__.py is tests/<dir>/test_main.py."""
    rel = source.relative_to(ROOT)
    tests = ROOT / "tests" / rel.parent
    if rel.name == "__init__.py":
        package = rel.parent.name
        return [tests.parent / f"test_{package}.py", tests / f"test_{package}.py"]
    if rel.name == "__main__.py":
        return [tests / "test_main.py"]
    return [tests / f"test_{rel.stem}.py"]


def test_every_source_module_has_its_mirrored_test_file():
    """components/selection.py → tests/components/test_selection.py, etc., except the allowlist above."""
    missing, stale = [], []
    for source in _source_files():
        rel = str(source.relative_to(ROOT))
        has = any(p.is_file() for p in mirrored_test(source))
        if not has and rel not in UNMIRRORED:
            missing.append(f"{rel} -> {mirrored_test(source)[-1].relative_to(ROOT)}")
        if has and rel in UNMIRRORED:
            stale.append(rel)
    assert not missing, "source modules without their test file:\n" + "\n".join(missing)
    assert not stale, f"allowlisted in UNMIRRORED but now have a test file (remove them there): {stale}"
    gone = [rel for rel in UNMIRRORED if not (ROOT / rel).is_file()]
    assert not gone, f"UNMIRRORED names modules that no longer exist: {gone}"


def test_the_mirror_rule_maps_modules_and_packages():
    assert mirrored_test(ROOT / "components" / "selection.py") == [ROOT / "tests/components/test_selection.py"]
    assert mirrored_test(ROOT / "etl" / "extract" / "units.py") == [ROOT / "tests/etl/extract/test_units.py"]
    assert ROOT / "tests/data_access/test_data_access.py" in mirrored_test(ROOT / "data_access" / "__init__.py")
    assert ROOT / "tests/components/test_strings.py" in mirrored_test(ROOT / "components/strings/__init__.py")
    assert mirrored_test(ROOT / "etl" / "__main__.py") == [ROOT / "tests/etl/test_main.py"]
    assert mirrored_test(ROOT / "app.py") == [ROOT / "tests/test_app.py"]
