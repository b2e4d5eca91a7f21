"""Start the window: the Qt application, the main window, and a file to open."""

from __future__ import annotations

import sys


def run_window(path: str | None = None) -> int:
    """Open the main window (on `path` if given) and run until it closes; return the exit status."""
    from PySide6.QtWidgets import QApplication

    from . import error_handler
    from .main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("bpviz")
    app.setOrganizationName("bpviz")
    from PySide6.QtCore import QTimer

    from bpviz.engine import compiled_epoch

    compiled_epoch.load_on_demand = False  # no click waits for it: it loads beside the window,
    QTimer.singleShot(1000, compiled_epoch.load_in_background)  # once the window is up
    window = MainWindow()
    error_handler.install(window.show_message)
    if path:
        from bpviz.engine.presets import preset_names

        if path in preset_names():
            window.open_preset(path)
        else:
            window.open_file(path)
    window.show()
    return app.exec()
