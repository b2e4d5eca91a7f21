"""The built wheel, installed into a fresh virtual environment outside the checkout, is a
working bpviz: its command, its resources and its window.

The wheel is built from a copy of the files the repository tracks (a build writes into the
tree it builds), and installed without its dependencies, which the new environment borrows
from this one's (a .pth line): what is tested is the wheel's own content, offline.
"""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from bpviz.ui.shell.app import STARTUP_MARKER, STARTUP_PROBE

ROOT = Path(__file__).resolve().parent.parent


def run(*argv, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([str(a) for a in argv], capture_output=True, text=True, timeout=180, **kw)


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """Return the bin folder of a fresh virtual environment with the built wheel installed."""
    tmp = tmp_path_factory.mktemp("wheel")
    tracked = run("git", "ls-files", "pyproject.toml", "README.md", "LICENSE*", "bpviz", cwd=ROOT)
    if tracked.returncode != 0:
        pytest.skip("not a git checkout: the tracked files are unknown")
    source = tmp / "source"
    for name in tracked.stdout.split():
        (source / name).parent.mkdir(parents=True, exist_ok=True)
        (source / name).write_bytes((ROOT / name).read_bytes())
    built = run(sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", tmp / "dist", source)
    assert built.returncode == 0, built.stderr
    wheel = next((tmp / "dist").glob("bpviz-*.whl"))
    venv = tmp / "venv"
    # No pip of its own (making one takes seconds): this environment's pip installs into it.
    assert run(sys.executable, "-m", "venv", "--without-pip", venv).returncode == 0
    python = venv / "bin" / "python"
    site = run(python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])").stdout.strip()
    Path(site, "bpviz-dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    done = run(sys.executable, "-m", "pip", "--python", python, "install", "--quiet", "--no-deps", "--no-index",
               wheel)
    assert done.returncode == 0, done.stderr
    return venv / "bin"


def test_the_installed_bpviz_is_the_wheels_with_its_resources(installed, tmp_path):
    where = run(installed / "python", "-c",
                "import bpviz, bpviz.engine.files.paths as p; print(bpviz.__file__); "
                "print(sorted(x.name for x in p.RESOURCES.iterdir()))", cwd=tmp_path)
    path, resources = where.stdout.splitlines()
    assert Path(path).is_relative_to(installed.parent) and not Path(path).is_relative_to(ROOT)
    for folder in ("icons", "lessons", "presets", "translations"):
        assert folder in resources


def test_the_installed_command_explains_a_step(installed, tmp_path):
    result = run(installed / "bpviz", "explain", "worked-example", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "= 0.298371109" in result.stdout and "w_11^(2) ← w_11^(2) − α ∂L/∂w_11^(2)" in result.stdout


def test_the_installed_window_starts(installed, tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "c"),
               XDG_DATA_HOME=str(tmp_path / "d"), **{STARTUP_PROBE: "1"})
    result = run(installed / "bpviz", cwd=tmp_path, env=env)
    assert result.returncode == 0 and result.stdout.splitlines() == [STARTUP_MARKER], result.stderr


def test_the_installed_bpviz_puts_itself_in_the_menu_with_its_icons(installed, tmp_path):
    data = tmp_path / "data"
    result = run(installed / "bpviz", "--install-desktop", cwd=tmp_path,
                 env=dict(os.environ, XDG_DATA_HOME=str(data), HOME=str(tmp_path)))
    assert result.returncode == 0, result.stderr
    entry = (data / "applications" / "bpviz.desktop").read_text(encoding="utf-8")
    assert f"Exec={installed / 'bpviz'} %f" in entry.splitlines()  # the wheel's command, not the checkout's
    assert list((data / "icons" / "hicolor").rglob("bpviz.png")) and list((data / "icons" / "hicolor").rglob("bpviz.svg"))


def test_the_installed_bpviz_speaks_each_language_with_its_lessons(installed, tmp_path):
    code = ("import os; os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
            "from PySide6.QtWidgets import QApplication\n"
            "from bpviz.ui.shell.i18n import start_language, tr\n"
            "from bpviz.engine.teaching.lessons import load_all\n"
            "app = QApplication([])\n"
            "for code in ('de', 'es', 'fr', 'pt_BR', 'zh_CN'):\n"
            "    assert start_language(app, code) == code, code\n"
            "    print(code, tr('&File', 'menus'), '|', load_all(language=code)[0].lesson.title)\n")
    result = run(installed / "python", "-c", code, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    lines = dict(line.split(" ", 1) for line in result.stdout.splitlines())
    assert lines["de"].startswith("&Datei | ") and lines["fr"].startswith("&Fichier | ")
    assert all("&File" not in text and "One neuron" not in text for text in lines.values())
