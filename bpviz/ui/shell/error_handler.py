"""The last line of defence: an unexpected exception becomes a message, a log entry, and no crash.

Qt calls Python slots from C++; an exception escaping one reaches sys.excepthook. The hook
here writes the traceback to a log file and tells the person in the window, which keeps
running with their work intact. The message offers "Copy details": the traceback, with the
versions that produced it, goes to the clipboard, ready to paste into a bug report.
"""

from __future__ import annotations

import platform
import sys
import traceback
from datetime import datetime
from pathlib import Path
from typing import Callable

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QStandardPaths, qVersion
from PySide6.QtGui import QGuiApplication

from bpviz import __version__

from bpviz.ui.shell.i18n import tr
from bpviz.ui.shell.message_bar import MessageAction

Tell = Callable[[str, MessageAction | None], None]


def log_path() -> Path:
    """Return where the error log is written (the user's application-data folder)."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation)
    return Path(folder or Path.home() / ".bpviz") / "bpviz-errors.log"


def error_details(trace: str) -> str:
    """Return the report of one error: when, which versions, then its traceback `trace`."""
    header = (f"bpviz {__version__}, Python {platform.python_version()}, Qt {qVersion()}, "
              f"PySide6 {pyside_version}, {platform.platform()}")
    return f"{datetime.now().isoformat(timespec='seconds')}  {header}\n{trace}"


def copy_to_clipboard(text: str) -> None:
    """Put `text` on the clipboard."""
    QGuiApplication.clipboard().setText(text)


def install(tell: Tell) -> Callable:
    """Install the hook; `tell(text, action)` shows a message in the window. Return the previous hook.

    The same error over and over (a view failing at every repaint) is logged once, not at
    every repaint, so the log stays readable and the disk stays free.
    """
    previous = sys.excepthook
    last_traceback = [""]

    def hook(kind, error, tb) -> None:
        if issubclass(kind, KeyboardInterrupt):
            previous(kind, error, tb)
            return
        trace = "".join(traceback.format_exception(kind, error, tb))
        details = error_details(trace)
        where = log_path()
        if trace != last_traceback[0]:
            last_traceback[0] = trace
            saved = _append_to_log(where, details)
            sys.stderr.write(details)
        else:
            saved = where.exists()
        kept = (tr("The details are in {path}.", "error handler").format(path=where) if saved
                else tr("The details could not be written to a log file.", "error handler"))
        text = tr("Something went wrong inside bpviz ({kind}: {error}). Your work is still open. ",
                  "error handler").format(kind=kind.__name__, error=error) + kept
        copy = MessageAction(tr("Copy details", "error handler"), lambda: copy_to_clipboard(details),
                             tr("Copied ✓", "error handler"))
        try:
            tell(text, copy)
        except Exception:  # the window itself is failing: the log and stderr must do
            pass

    sys.excepthook = hook
    return previous


def _append_to_log(where: Path, details: str) -> bool:
    """Append `details` to the log at `where`; return False if it cannot be written."""
    try:
        where.parent.mkdir(parents=True, exist_ok=True)
        with where.open("a", encoding="utf-8") as log:
            log.write(f"--- {details}\n")
    except OSError:
        return False
    return True
