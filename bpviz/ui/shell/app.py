"""Start the window: the Qt application, the main window, and a file to open.

Environment: BPVIZ_STARTUP_PROBE=1 makes the window print STARTUP_MARKER on stdout when it
first paints and then quit; bench/startup.py times a launch to that line.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject

STARTUP_PROBE = "BPVIZ_STARTUP_PROBE"
STARTUP_MARKER = "bpviz: window painted"
MAX_SETTINGS_BYTES = 1024 * 1024  # bpviz writes a few kilobytes: recent files, layouts, progress


class _FirstPaintProbe(QObject):
    """Prints STARTUP_MARKER once the window's first frame is painted, then ends the event loop.

    It watches the whole application: the first widget to paint starts the frame, and the
    event it posts then arrives only after the rest of that frame is painted.
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            QCoreApplication.instance().removeEventFilter(self)
            QCoreApplication.postEvent(self, QEvent(QEvent.Type.User))
        return False

    def customEvent(self, event: QEvent) -> None:
        print(STARTUP_MARKER, flush=True)
        QCoreApplication.quit()


def run_window(path: str | None = None) -> int:
    """Open the main window (on `path` if given) and run until it closes; return the exit status."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("bpviz")
    app.setOrganizationName("bpviz")
    settings_problem = set_aside_unreadable_settings()  # before anything reads them
    from bpviz.ui.shell.app_icon import app_icon
    from bpviz.ui.shell.hint_overlay import show_first_run_hints
    from PySide6.QtCore import QSettings

    from bpviz.ui.shell.i18n import LANGUAGE_KEY, start_language

    # Before any widget is built: every text is looked up as it is made.
    start_language(app, str(QSettings().value(LANGUAGE_KEY, "system")))

    app.setWindowIcon(app_icon())
    app.setDesktopFileName("bpviz")  # the taskbar matches the window to bpviz.desktop and its icon
    from PySide6.QtCore import QTimer

    from bpviz.engine.training import compiled_epoch

    compiled_epoch.load_on_demand = False  # no click waits for it: it loads beside the window,
    QTimer.singleShot(1000, compiled_epoch.load_in_background)  # once the window is up
    window = open_window(path)
    if settings_problem:
        window.show_message(settings_problem)
    # The very first start only, and only here: tests and scripts that open a window get no hints.
    show_first_run_hints(window)
    status = app.exec()
    del window  # held until here: a window nothing refers to is deleted at once
    return status


def set_aside_unreadable_settings() -> str:
    """Move a settings file Qt could not read safely out of the way; return what to tell the person.

    Qt reads the whole file at start and would wait forever on a FIFO: a settings file that
    is not a regular file, or is larger than any bpviz writes, is renamed and a new one begins.
    """
    if sys.platform in ("win32", "darwin"):  # the registry, a property list: no such file
        return ""
    from PySide6.QtCore import QStandardPaths

    from bpviz.engine.files.bounded_read import is_regular_file

    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation)
    path = Path(folder) / "bpviz" / "bpviz.conf"
    try:
        exists = os.path.lexists(path)
        ok = not exists or (is_regular_file(path) and path.stat().st_size <= MAX_SETTINGS_BYTES)
    except OSError:
        ok = False
    if ok:
        return ""
    aside = path.with_name(path.name + ".unreadable")
    try:
        os.replace(path, aside)
    except OSError:
        return ""
    from bpviz.ui.shell.i18n import tr

    return tr("The settings file {path} could not be read; it was set aside as {aside}, and bpviz "
              "starts with its defaults.", "app").format(path=path, aside=aside.name)


def open_window(path: str | None = None, settings=None):
    """Return the main window, shown and set up as a start sets it up.

    The error handler first, then the offer to restore work a crash left (see recovery.py),
    then `path` (a file or a preset name), unless restored work now fills the window.
    """
    from bpviz.ui.shell import error_handler
    from bpviz.ui.shell.i18n import tr
    from bpviz.ui.shell.main_window import MainWindow
    from bpviz.ui.shell.recovery import start_recovery

    window = MainWindow(settings=settings)
    error_handler.install(window.show_message)
    restored = start_recovery(window)
    if path and restored:
        window.show_message(tr("The restored work is open instead of {path}; save it, then open "
                               "{path} from the File menu.", "app").format(path=path))
    elif path:
        from bpviz.engine.files.presets import preset_names

        if path in preset_names():
            window.open_preset(path)
        else:
            window.open_file(path)
    if os.environ.get(STARTUP_PROBE) == "1":
        QCoreApplication.instance().installEventFilter(_FirstPaintProbe(window))
    window.show()
    return window
