"""The floor for bench/startup.py: a bare PySide6 + pyqtgraph window, started like bpviz.

It imports the same toolkits, shows one main window holding one plot, prints the same
marker at the window's first paint and quits. No bpviz code runs, so the time to that
marker is what any Qt + pyqtgraph program pays on this machine.
"""

from __future__ import annotations

import sys

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow

MARKER = "bpviz: window painted"  # as bpviz.ui.shell.app.STARTUP_MARKER, without importing bpviz


class FirstPaint(QObject):
    """Prints MARKER once the first frame is painted, then ends the event loop (as bpviz's probe)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            QCoreApplication.instance().removeEventFilter(self)
            QCoreApplication.postEvent(self, QEvent(QEvent.Type.User))
        return False

    def customEvent(self, event: QEvent) -> None:
        print(MARKER, flush=True)
        QCoreApplication.quit()


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setCentralWidget(pg.PlotWidget())
    window.resize(1200, 800)
    app.installEventFilter(FirstPaint(window))
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
