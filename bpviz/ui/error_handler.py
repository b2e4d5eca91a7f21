"""The last line of defence: an unexpected exception becomes a message, a log entry, and no crash.

Qt calls Python slots from C++; an exception escaping one reaches sys.excepthook. The hook
here writes the traceback to a log file and tells the person in the window, which keeps
running with their work intact.
"""

from __future__ import annotations

import sys
import traceback
from datetime import datetime
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QStandardPaths


def log_path() -> Path:
    """Return where the error log is written (the user's application-data folder)."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation)
    return Path(folder or Path.home() / ".bpviz") / "bpviz-errors.log"


def install(tell: Callable[[str], None]) -> Callable:
    """Install the hook; `tell` shows a message in the window. Return the previous hook."""
    previous = sys.excepthook

    def hook(kind, error, tb) -> None:
        if issubclass(kind, KeyboardInterrupt):
            previous(kind, error, tb)
            return
        details = "".join(traceback.format_exception(kind, error, tb))
        where = log_path()
        try:
            where.parent.mkdir(parents=True, exist_ok=True)
            with where.open("a", encoding="utf-8") as log:
                log.write(f"--- {datetime.now().isoformat(timespec='seconds')}\n{details}\n")
            saved = f"The details are in {where}."
        except OSError:
            saved = "The details could not be written to a log file."
        sys.stderr.write(details)
        try:
            tell(f"Something went wrong inside bpviz ({kind.__name__}: {error}). "
                 f"Your work is still open. {saved}")
        except Exception:  # the window itself is failing: the log and stderr must do
            pass

    sys.excepthook = hook
    return previous
