"""The real main window on the classroom spiral, for the benchmarks that train with it live.

Importing this loads Qt (offscreen unless a platform is set); bench/training.py imports it
only for its live figures, so its headless figures need no Qt.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path  # noqa: E402

from PySide6.QtCore import QEvent, QObject, QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from training import spiral_setup  # noqa: E402

from bpviz.engine.files.presets import Preset  # noqa: E402 - training put the project on sys.path
from bpviz.ui.shell.main_window import MainWindow  # noqa: E402


class PaintCounter(QObject):
    """Counts the paints of the widget it watches: one per frame drawn."""

    frames = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.frames += 1
        return False


def open_spiral(app: QApplication, folder: str, name: str = "bench") -> MainWindow:
    """Return the main window on the classroom spiral, in its training layout, settled."""
    window = MainWindow(settings=QSettings(str(Path(folder) / "s.ini"), QSettings.Format.IniFormat))
    window.resize(1600, 1000)
    window.show()
    net, train, settings = spiral_setup()
    spec = {"name": "spiral", "n": 500, "noise": 0.1, "seed": 0}
    window.doc.load(Preset("spiral", "spiral", "", net, train.X[0], train.T[0], settings.lr, spec,
                            test_fraction=0.0, training={"batch_size": 10, "seed": 0}), name=name)
    window.apply_layout("train")
    for _ in range(10):
        app.processEvents()
    return window
