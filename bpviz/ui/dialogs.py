"""Dialogs: every modal question the window asks, in one place that tests replace."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

FILE_FILTER = "bpviz networks (*.json);;All files (*)"
CSV_FILTER = "CSV data (*.csv *.txt);;All files (*)"


class Dialogs:
    """The window's questions. Tests swap the class for one that answers at once."""

    @staticmethod
    def open_path(parent: QWidget, folder: str) -> str:
        path, _ = QFileDialog.getOpenFileName(parent, "Open network", folder, FILE_FILTER)
        return path

    @staticmethod
    def save_path(parent: QWidget, suggested: str) -> str:
        path, _ = QFileDialog.getSaveFileName(parent, "Save network", suggested, FILE_FILTER)
        return path

    @staticmethod
    def open_csv_path(parent: QWidget, folder: str) -> str:
        """Return the CSV file to import, or "" when the person cancels."""
        path, _ = QFileDialog.getOpenFileName(parent, "Import data (CSV)", folder, CSV_FILTER)
        return path

    @staticmethod
    def save_csv_path(parent: QWidget, suggested: str) -> str:
        """Return where to export the data as CSV, or "" when the person cancels."""
        path, _ = QFileDialog.getSaveFileName(parent, "Export data (CSV)", suggested, CSV_FILTER)
        return path

    @staticmethod
    def save_changes(parent: QWidget, name: str) -> str:
        """Return "save", "discard" or "cancel"."""
        box = QMessageBox(QMessageBox.Icon.Question, "Unsaved changes",
                          f"“{name}” has changes that are not saved. Save them first?",
                          QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                          | QMessageBox.StandardButton.Cancel, parent)
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Save:
            return "save"
        if answer == QMessageBox.StandardButton.Discard:
            return "discard"
        return "cancel"

    @staticmethod
    def information(parent: QWidget, title: str, text: str) -> None:
        QMessageBox.information(parent, title, text)
