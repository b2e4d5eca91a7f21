"""An installed bpviz carries every package and every data file the repository has."""

from __future__ import annotations

from fnmatch import fnmatch
from pathlib import Path

import pytest

from bpviz.engine.files import paths

tomllib = pytest.importorskip("tomllib")

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def setuptools_config() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]


@pytest.fixture(scope="module")
def installed_packages(setuptools_config) -> set[str]:
    """The packages setuptools' discovery finds, with the configuration pyproject.toml gives it."""
    setuptools = pytest.importorskip("setuptools")
    find = setuptools_config["packages"]["find"]
    return set(setuptools.find_namespace_packages(str(ROOT), include=find["include"]))


def test_every_python_package_is_found(installed_packages):
    found = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "bpviz").rglob("*.py")}
    assert found <= installed_packages, f"not found by [tool.setuptools.packages.find]: {sorted(found - installed_packages)}"
    assert not any("tests" in name.split(".") for name in installed_packages)


def test_every_resource_file_is_installed(setuptools_config, installed_packages):
    data = setuptools_config["package-data"]
    resources = ROOT / "bpviz" / "resources"
    left_out = []
    for path in resources.rglob("*"):
        if path.is_dir() or "__pycache__" in path.parts:
            continue
        package = ".".join(path.parent.relative_to(ROOT).parts)
        patterns = data.get(package, [])
        if package not in installed_packages or not any(fnmatch(path.name, g) for g in patterns):
            left_out.append(str(path.relative_to(ROOT)))
    assert not left_out, f"not installed by pyproject.toml: {left_out}"


def test_the_resources_are_found_inside_the_package():
    assert paths.RESOURCES == ROOT / "bpviz" / "resources"
    assert (paths.PRESETS / "worked-example.json").is_file()
    assert (paths.ICONS / "bpviz-256.png").is_file()
