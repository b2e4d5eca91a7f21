"""Fixtures for the window tests: isolated settings and answered dialogs."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings


class AnsweringDialogs:
    """Stands in for bpviz.ui.dialogs.Dialogs: answers every question at once, and records it."""

    open_answer = ""
    save_answer = ""
    changes_answer = "discard"
    asked: list = []

    @classmethod
    def open_path(cls, parent, folder):
        cls.asked.append("open")
        return cls.open_answer

    @classmethod
    def save_path(cls, parent, suggested):
        cls.asked.append("save")
        return cls.save_answer

    @classmethod
    def open_csv_path(cls, parent, folder):
        cls.asked.append("open_csv")
        return cls.open_answer

    @classmethod
    def save_csv_path(cls, parent, suggested):
        cls.asked.append("save_csv")
        return cls.save_answer

    @classmethod
    def save_changes(cls, parent, name):
        cls.asked.append("changes")
        return cls.changes_answer

    @classmethod
    def information(cls, parent, title, text):
        cls.asked.append(("information", title, text))


@pytest.fixture
def settings(tmp_path) -> QSettings:
    """Settings in a temporary file, so tests never read or write the person's own."""
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def dialogs(monkeypatch):
    """Dialogs that answer at once (set open_answer, save_answer, changes_answer)."""
    from bpviz.ui.main_window import MainWindow

    class Answers(AnsweringDialogs):
        asked = []

    monkeypatch.setattr(MainWindow, "dialogs", Answers)
    return Answers


@pytest.fixture
def window(qtbot, settings, dialogs):
    """The main window on the hand-worked example, shown at a classroom size."""
    from bpviz.ui.main_window import MainWindow

    w = MainWindow(settings=settings)
    qtbot.addWidget(w)
    w.resize(1400, 900)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.doc.mark_saved()
