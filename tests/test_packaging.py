"""An installed bpviz carries every package and every data file the repository has."""

from __future__ import annotations

from fnmatch import fnmatch
from pathlib import Path

import pytest

from bpviz import paths

tomllib = pytest.importorskip("tomllib")

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def setuptools_config() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]


def test_every_python_package_is_listed(setuptools_config):
    found = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "bpviz").rglob("__init__.py")}
    listed = set(setuptools_config["packages"])
    assert found <= listed, f"add {sorted(found - listed)} to [tool.setuptools] packages"


def test_every_resource_file_is_installed(setuptools_config):
    assert setuptools_config["package-dir"]["bpviz.resources"] == "resources"
    data = setuptools_config["package-data"]
    left_out = []
    for path in (ROOT / "resources").rglob("*"):
        if path.is_dir() or "__pycache__" in path.parts:
            continue
        folder = path.parent.relative_to(ROOT / "resources").parts
        package = ".".join(("bpviz", "resources", *folder))
        patterns = data.get(package, [])
        if package not in setuptools_config["packages"] or not any(fnmatch(path.name, g) for g in patterns):
            left_out.append(str(path.relative_to(ROOT)))
    assert not left_out, f"not installed by pyproject.toml: {left_out}"


def test_the_resources_are_found_beside_the_code_in_the_repository():
    assert paths.RESOURCES == ROOT / "resources"
    assert (paths.PRESETS / "worked-example.json").is_file()
    assert (paths.ICONS / "bpviz-256.png").is_file()
