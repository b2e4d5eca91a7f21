"""Dialogs: every modal question the window asks, in one place that tests replace."""

from __future__ import annotations

import os

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from bpviz.ui.shell.i18n import tr, tr_noop
from bpviz.ui.widgets.plain_text import plain_message_box
from bpviz.ui.widgets.reading_dialog import ReadingDialog

FILE_FILTER = tr_noop("bpviz networks (*.json);;All files (*)", "dialogs")  # shown through tr(..., "dialogs")
CSV_FILTER = tr_noop("CSV data (*.csv *.txt);;All files (*)", "dialogs")
LONG_TEXT = 600  # characters: longer information scrolls in its own window, not a message box


class Dialogs:
    """The window's questions. Tests swap the class for one that answers at once."""

    @staticmethod
    def open_path(parent: QWidget, folder: str) -> str:
        path, _ = QFileDialog.getOpenFileName(parent, tr("Open network", "dialogs"), folder,
                                              tr(FILE_FILTER, "dialogs"))
        return path

    @staticmethod
    def save_path(parent: QWidget, suggested: str) -> str:
        path, _ = QFileDialog.getSaveFileName(parent, tr("Save network", "dialogs"), suggested,
                                              tr(FILE_FILTER, "dialogs"))
        return path

    @staticmethod
    def open_csv_path(parent: QWidget, folder: str) -> str:
        """Return the CSV file to import, or "" when the person cancels."""
        path, _ = QFileDialog.getOpenFileName(parent, tr("Import data (CSV)", "dialogs"), folder,
                                              tr(CSV_FILTER, "dialogs"))
        return path

    @staticmethod
    def open_lesson_path(parent: QWidget, folder: str) -> str:
        """Return the lesson file (TOML) to open, or "" when the person cancels."""
        path, _ = QFileDialog.getOpenFileName(parent, tr("Open lesson file", "dialogs"), folder,
                                              tr("bpviz lessons (*.toml);;All files (*)", "dialogs"))
        return path

    @staticmethod
    def save_csv_path(parent: QWidget, suggested: str) -> str:
        """Return where to export the data as CSV, or "" when the person cancels."""
        path, _ = QFileDialog.getSaveFileName(parent, tr("Export data (CSV)", "dialogs"), suggested,
                                              tr(CSV_FILTER, "dialogs"))
        return path

    @staticmethod
    def export_path(parent: QWidget, suggested: str) -> str:
        """Return where to write the worked example (.pdf, .html or .md), or "" on cancel.

        A name typed without a suffix takes the chosen filter's.
        """
        filters = {tr("PDF handout (*.pdf)", "dialogs"): ".pdf", tr("Web page (*.html)", "dialogs"): ".html",
                   tr("Markdown (*.md)", "dialogs"): ".md"}
        path, chosen = QFileDialog.getSaveFileName(parent, tr("Export worked example", "dialogs"), suggested,
                                                   ";;".join(filters))
        if path and not os.path.splitext(path)[1]:
            path += filters.get(chosen, ".pdf")
        return path

    @staticmethod
    def save_changes(parent: QWidget, name: str) -> str:
        """Return "save", "discard" or "cancel"."""
        box = QMessageBox(QMessageBox.Icon.Question, tr("Unsaved changes", "dialogs"),
                          tr("“{name}” has changes that are not saved. Save them first?",
                             "dialogs").format(name=name),
                          QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                          | QMessageBox.StandardButton.Cancel, parent)
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        plain_message_box(box)
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Save:
            return "save"
        if answer == QMessageBox.StandardButton.Discard:
            return "discard"
        return "cancel"

    @staticmethod
    def information(parent: QWidget, title: str, text: str) -> None:
        """Show `text`; a long one (the keyboard shortcuts) in a window that scrolls."""
        if len(text) > LONG_TEXT:
            ReadingDialog(parent, title, text).exec()
        else:
            box = plain_message_box(QMessageBox(QMessageBox.Icon.Information, title, text,
                                                QMessageBox.StandardButton.Ok, parent))
            box.exec()

    @staticmethod
    def restore_recovered(parent: QWidget, name: str, when: str) -> str:
        """Return "restore", "discard" or "later" (keep it for the next start, also on Escape)
        for the unsaved work of `name` that a crash left at `when`."""
        box = QMessageBox(QMessageBox.Icon.Question, tr("Restore unsaved work", "dialogs"),
                          tr("bpviz closed unexpectedly; restore the unsaved work of “{name}” "
                             "from {when}?", "dialogs").format(name=name, when=when),
                          QMessageBox.StandardButton.NoButton, parent)
        restore = box.addButton(tr("Restore", "dialogs"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(tr("Discard it", "dialogs"), QMessageBox.ButtonRole.DestructiveRole)
        later = box.addButton(tr("Not now", "dialogs"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(restore)
        box.setEscapeButton(later)
        plain_message_box(box)
        box.exec()
        clicked = box.clickedButton()
        return "restore" if clicked is restore else "discard" if clicked is discard else "later"

    @staticmethod
    def export_picture_path(parent: QWidget, title: str, suggested: str) -> str:
        """Return where to write a picture (.png or .svg), or "" on cancel.

        A name typed without a suffix takes the chosen filter's.
        """
        filters = {tr("PNG image (*.png)", "dialogs"): ".png", tr("SVG drawing (*.svg)", "dialogs"): ".svg"}
        path, chosen = QFileDialog.getSaveFileName(parent, title, suggested, ";;".join(filters))
        if path and not os.path.splitext(path)[1]:
            path += filters.get(chosen, ".png")
        return path

    @staticmethod
    def record_settings(parent: QWidget, defaults, can_train: bool, has_map: bool):
        """Return the RecordSettings the person chose in the record dialog, or None on cancel."""
        from bpviz.ui.export.record_dialog import RecordDialog

        dialog = RecordDialog(defaults, can_train, has_map,
                              lambda fmt, current: Dialogs.record_path(parent, fmt, current), parent)
        accepted = dialog.exec() == RecordDialog.DialogCode.Accepted
        settings = dialog.settings() if accepted else None
        dialog.deleteLater()
        return settings

    @staticmethod
    def record_path(parent: QWidget, fmt: str, suggested: str) -> str:
        """Return the GIF file (fmt "gif") or the folder for PNG frames (fmt "png"), or "" on cancel."""
        if fmt == "png":
            return QFileDialog.getExistingDirectory(parent, tr("Folder for the frames", "dialogs"), suggested)
        path, _ = QFileDialog.getSaveFileName(parent, tr("Record to", "dialogs"), suggested,
                                              tr("Animated GIF (*.gif)", "dialogs"))
        if path and not os.path.splitext(path)[1]:
            path += ".gif"
        return path

    @staticmethod
    def progress(parent: QWidget, title: str, label: str, maximum: int):
        """Return a shown progress dialog (window-modal) with a Cancel button the caller polls."""
        dialog = QProgressDialog(label, tr("Cancel", "dialogs"), 0, maximum, parent)
        dialog.setWindowTitle(title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setValue(0)
        dialog.show()
        return dialog
