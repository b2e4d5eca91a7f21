"""CsvBox: the data set to and from a CSV file (inputs first, the target last).

Importing replaces the data through the document (undoable); a file that cannot be read
leaves the data as it was and says why, naming the line and column where it can. A large
file is read beside the window, under a progress dialog whose Cancel keeps the data as it was.
"""

from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QPushButton, QWidget

from bpviz.engine.data.csv_data import load_csv, save_csv
from bpviz.state import Document

from bpviz.ui.shell.dialogs import Dialogs
from bpviz.ui.shell.i18n import tr_noop

MSG_IMPORT = tr_noop("Could not import {name}: {problem}. Nothing was imported.", "CsvBox")
MSG_EXPORT = tr_noop("Could not export to {name}: {problem}", "CsvBox")
MSG_NOTHING_TO_EXPORT = tr_noop("There is no data set to export yet.", "CsvBox")
MSG_CANCELLED = tr_noop("Import of {name} cancelled; the data is as it was.", "CsvBox")
BACKGROUND_BYTES = 1024 * 1024  # a file this large (some 30,000 rows) is read beside the window
POLL_MS = 50
_READER = ThreadPoolExecutor(max_workers=1, thread_name_prefix="bpviz-csv")


def _size(path: str) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0  # read at once: the reader says why it cannot


class CsvBox(QGroupBox):
    """Import CSV… and Export CSV…, remembering the folder last used."""

    messageRaised = Signal(str)

    dialogs = Dialogs  # used when the box stands alone; in the window, the window's is used

    def __init__(self, doc: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("CSV file"))
        self.doc = doc
        self._folder = ""  # where the last CSV file was
        self.import_button = QPushButton(self.tr("Import CSV…"))
        self.import_button.setToolTip(self.tr("Read points from a CSV file: inputs first, the target last"))
        self.import_button.clicked.connect(self._on_import_clicked)
        self.export_button = QPushButton(self.tr("Export CSV…"))
        self.export_button.setToolTip(self.tr("Write the points (with any you drew) to a CSV file"))
        self.export_button.clicked.connect(self._on_export_clicked)
        row = QHBoxLayout(self)
        row.addWidget(self.import_button)
        row.addWidget(self.export_button)

    def _on_import_clicked(self) -> None:
        path = self._dialogs().open_csv_path(self, self._folder or self._document_folder())
        if not path:
            return
        self._folder = str(Path(path).parent)
        if _size(path) >= BACKGROUND_BYTES:
            self._import_in_background(path)
            return
        try:
            self.doc.lab.import_csv(path)
        except (ValueError, OSError) as exc:  # CSVError is a ValueError that names line and column
            self._say_not_imported(path, exc)

    def _import_in_background(self, path: str) -> None:
        """Read a large file beside the window, with a Cancel that leaves the data as it was."""
        reading = _READER.submit(load_csv, path)
        progress = self._dialogs().progress(self, self.tr("Import CSV"),
                                            self.tr("Reading {name}…").format(name=Path(path).name), 0)
        timer = QTimer(self)

        def poll() -> None:
            if progress.wasCanceled():
                timer.stop()
                progress.close()
                reading.cancel()  # (a read already under way finishes unseen)
                self.messageRaised.emit(self.tr(MSG_CANCELLED).format(name=Path(path).name))
            elif reading.done():
                timer.stop()
                progress.close()
                try:
                    self.doc.lab.use_imported(reading.result())
                except (ValueError, OSError) as exc:
                    self._say_not_imported(path, exc)

        timer.timeout.connect(poll)
        timer.start(POLL_MS)

    def _say_not_imported(self, path: str, exc: Exception) -> None:
        problem = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        self.messageRaised.emit(self.tr(MSG_IMPORT).format(name=Path(path).name, problem=problem))

    def _on_export_clicked(self) -> None:
        data = self.doc.lab.dataset
        if data is None:
            self.messageRaised.emit(self.tr(MSG_NOTHING_TO_EXPORT))
            return
        folder = self._folder or self._document_folder()
        suggested = str(Path(folder) / f"{data.name}.csv") if folder else f"{data.name}.csv"
        path = self._dialogs().save_csv_path(self, suggested)
        if not path:
            return
        self._folder = str(Path(path).parent)
        try:
            save_csv(data, path)
        except OSError as exc:
            self.messageRaised.emit(self.tr(MSG_EXPORT).format(name=Path(path).name,
                                                               problem=exc.strerror or str(exc)))

    def _dialogs(self):
        """Return the window's Dialogs (tests replace them there), or the panel's own."""
        widget = self.parentWidget()
        while widget is not None:  # a floating dock is a window of its own: look past it
            if hasattr(type(widget), "dialogs"):
                return widget.dialogs
            widget = widget.parentWidget()
        return self.dialogs

    def _document_folder(self) -> str:
        return str(self.doc.path.parent) if self.doc.path else ""
