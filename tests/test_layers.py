"""The layers stay apart: the engine imports no Qt and nothing above it, the state imports no
widgets, and no modules import each other round a loop; read from every import in the source,
and proved on imports made to break each rule."""

import subprocess
import sys
from pathlib import Path

import pytest

from tests.import_graph import cycles, layer_breaches, read_imports

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def bpviz_imports():
    return read_imports(ROOT)


def test_no_import_crosses_a_layer_the_wrong_way(bpviz_imports):
    modules, imports = bpviz_imports
    assert len(modules) > 100 and any(i.module == "bpviz.engine.nn.network" for i in imports)
    assert layer_breaches(imports) == []


def test_no_modules_import_each_other(bpviz_imports):
    assert cycles(*bpviz_imports) == []


def _package(tmp_path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    for folder in ("bpviz", "bpviz/engine", "bpviz/state", "bpviz/ui"):
        (tmp_path / folder).mkdir(parents=True, exist_ok=True)
        (tmp_path / folder / "__init__.py").touch()
    return tmp_path


@pytest.mark.parametrize("module, source, breach", [
    ("bpviz/engine/a.py", "def f():\n    from PySide6 import QtCore\n", "Qt in the engine"),
    ("bpviz/engine/a.py", "import pyqtgraph as pg\n", "Qt in the engine"),
    ("bpviz/engine/a.py", "from bpviz.state import b\n", "nothing of bpviz above it"),
    ("bpviz/engine/a.py", "from .. import cli\n", "nothing of bpviz above it"),
    ("bpviz/state/a.py", "def f():\n    from bpviz.ui import b\n", "widgets in the state"),
    ("bpviz/state/a.py", "from PySide6.QtWidgets import QLabel\n", "widgets in the state"),
])
def test_each_forbidden_import_is_found(tmp_path, module, source, breach):
    root = _package(tmp_path, {module: source, "bpviz/state/b.py": "", "bpviz/ui/b.py": "", "bpviz/cli.py": ""})
    (found,) = layer_breaches(read_imports(root)[1])
    assert breach in found and "(line " in found


def test_a_loop_of_imports_is_found_even_inside_a_function(tmp_path):
    root = _package(tmp_path, {
        "bpviz/engine/a.py": "from bpviz.engine import b\n",
        "bpviz/engine/b.py": "def later():\n    from .c import x\n",
        "bpviz/engine/c.py": "from bpviz.engine.a import y\n",
        "bpviz/engine/d.py": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from bpviz.engine.a import y\n",
    })
    assert cycles(*read_imports(root)) == [["bpviz.engine.a", "bpviz.engine.b", "bpviz.engine.c"]]


def test_the_command_line_loads_no_qt_for_headless_work():
    code = ("import sys; from bpviz.cli import main; main(['explain', 'worked-example']); "
            "sys.stderr.write(str(sorted(m for m in sys.modules if m.startswith(('PySide6', 'pyqtgraph')))))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0 and result.stderr == "[]"
