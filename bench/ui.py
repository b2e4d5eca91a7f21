"""Benchmark: milliseconds to repaint the window after one step event, and after a weight edit.

The default document (the hand-worked 2-2-2 example) and a network of 8 layers × 32 neurons,
in the real main window on Qt's offscreen platform. Each figure is the median over many
events of: the document change, every view's reaction (views redraw once per event-loop
pass, however many signals arrive) and the paints that follow, until the event loop is idle. Prints one figure per line as `name: value unit`.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import numpy as np  # noqa: E402
from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from bpviz.engine import Network  # noqa: E402
from bpviz.engine.files.presets import Preset  # noqa: E402
from bpviz.ui.shell.main_window import MainWindow  # noqa: E402


def repaint(window: MainWindow, app: QApplication) -> None:
    """Let every view react and paint once: the deferred redraws run, then the paints they ask for."""
    for _ in range(3):
        app.processEvents()


def median_ms(action, window, app, count: int) -> float:
    times = []
    for k in range(count):
        start = time.perf_counter()
        action(k)
        repaint(window, app)
        times.append(time.perf_counter() - start)
    return float(np.median(times)) * 1e3


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        settings = QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat)
        window = MainWindow(settings=settings)
        window.resize(1400, 900)
        window.show()
        repaint(window, app)
        doc = window.doc

        step = lambda k: doc.advance()
        print(f"repaint_ms_default: {median_ms(step, window, app, 200):.2f} ms")
        edit = lambda k: doc.set_parameter(1, 0, 0, 0.1 + 0.001 * k)
        print(f"edit_ms_default: {median_ms(edit, window, app, 100):.2f} ms")

        net = Network([32] * 8, ["tanh"] * 6 + ["sigmoid"], "mse", seed=0)
        rng = np.random.default_rng(0)
        doc.load(Preset("big", "8 × 32", "", net, rng.normal(size=32), rng.uniform(size=32), 0.1, None),
                  name="big")
        repaint(window, app)
        print(f"repaint_ms_8x32: {median_ms(step, window, app, 200):.2f} ms")
        print(f"edit_ms_8x32: {median_ms(lambda k: doc.set_parameter(3, 5, 7, 0.01 * k), window, app, 50):.2f} ms")
        doc.mark_saved()
        window.close()


if __name__ == "__main__":
    main()
