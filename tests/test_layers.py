"""The layers stay apart: the engine imports no Qt, the state imports no widgets."""

import subprocess
import sys

import pytest

BLOCKER = """
import importlib.abc, sys
class Block(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if any(name == b or name.startswith(b + ".") for b in {blocked!r}):
            raise ImportError("forbidden import: " + name)
sys.meta_path.insert(0, Block())
import pkgutil, importlib, {package}
for info in pkgutil.walk_packages({package}.__path__, "{package}."):
    importlib.import_module(info.name)
print("ok")
"""


@pytest.mark.parametrize("package, blocked", [
    ("bpviz.engine", ["PySide6", "shiboken6", "pyqtgraph"]),
    ("bpviz.state", ["PySide6.QtWidgets", "pyqtgraph"]),
])
def test_layer_imports_nothing_forbidden(package, blocked):
    code = BLOCKER.format(package=package, blocked=blocked)
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "ok"


def test_the_command_line_loads_no_qt_for_headless_work():
    code = ("import sys; from bpviz.cli import main; main(['explain', 'worked-example']); "
            "sys.stderr.write(str(sorted(m for m in sys.modules if m.startswith(('PySide6', 'pyqtgraph')))))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0 and result.stderr == "[]"
