"""Fixtures shared by the UI tests: documents, options, shown widgets, settings and answered dialogs."""

from __future__ import annotations

import sys

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QSettings

from bpviz.state import Document, ViewOptions
from bpviz.state.training.training_session import TrainingSession


def _answers(question: str, answer: str):
    """Return a dialog classmethod that records `question` and returns the class's `answer`."""

    @classmethod
    def ask(cls, parent, suggestion):
        cls.asked.append(question)
        cls.suggested = suggestion  # the path or folder the dialog would open on
        return getattr(cls, answer)

    return ask


class AnsweringDialogs:
    """Stands in for bpviz.ui.shell.dialogs.Dialogs: answers every question at once, and records it."""

    open_answer = ""
    save_answer = ""
    changes_answer = "discard"
    restore_answer = "later"  # "restore", "discard" or "later"
    asked: list = []

    open_path = _answers("open", "open_answer")
    save_path = _answers("save", "save_answer")
    open_csv_path = _answers("open_csv", "open_answer")
    open_lesson_path = _answers("open_lesson", "open_answer")
    save_csv_path = _answers("save_csv", "save_answer")
    export_path = _answers("export", "save_answer")
    save_changes = _answers("changes", "changes_answer")

    @classmethod
    def information(cls, parent, title, text):
        cls.asked.append(("information", title, text))

    @classmethod
    def restore_recovered(cls, parent, name, when):
        cls.asked.append(("restore", name, when))
        return cls.restore_answer

    picture_answer = ""      # where "Export picture" writes ("" cancels)
    record_answer = None     # the RecordSettings the record dialog returns (None cancels)
    cancel_after = None      # frames after which the progress dialog's Cancel is pressed

    @classmethod
    def export_picture_path(cls, parent, title, suggested):
        cls.asked.append(("picture", title))
        return cls.picture_answer

    @classmethod
    def record_settings(cls, parent, defaults, can_train, has_map):
        cls.asked.append(("record", defaults))
        return cls.record_answer

    @classmethod
    def progress(cls, parent, title, label, maximum):
        cls.last_progress = FakeProgress(maximum, cls.cancel_after)
        return cls.last_progress


class FakeProgress:
    """Stands in for a progress dialog: keeps the value, and reports Cancel from `cancel_after` on."""

    def __init__(self, maximum: int, cancel_after: int | None = None) -> None:
        self.maximum, self.cancel_after = maximum, cancel_after
        self.value, self.labels, self.closed = 0, [], False

    def setValue(self, value: int) -> None:
        self.value = value

    def setLabelText(self, text: str) -> None:
        self.labels.append(text)

    def wasCanceled(self) -> bool:
        return self.cancel_after is not None and self.value >= self.cancel_after

    def close(self) -> None:
        self.closed = True


@pytest.fixture
def settings(tmp_path) -> QSettings:
    """Settings in a temporary file, so tests never read or write the person's own."""
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def dialogs(monkeypatch):
    """Dialogs that answer at once (set open_answer, save_answer, changes_answer)."""
    from bpviz.ui.shell.main_window import MainWindow

    class Answers(AnsweringDialogs):
        asked = []

    monkeypatch.setattr(MainWindow, "dialogs", Answers)
    return Answers


@pytest.fixture
def window(qtbot, settings, dialogs):
    """The main window on the hand-worked example, shown at a classroom size."""
    from bpviz.ui.shell.main_window import MainWindow

    w = MainWindow(settings=settings)
    qtbot.addWidget(w)
    w.resize(1400, 900)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.doc.mark_saved()
    dialogs.changes_answer = "discard"
    # Closed now, not at pytest-qt's teardown: a window left open takes the next test's pointer.
    assert w.close(), "the window refused to close"


@pytest.fixture
def recovery_folder(tmp_path, monkeypatch):
    """The recovery folder and the error log, both in a temporary folder (never the person's)."""
    from bpviz.state.document import autosave
    from bpviz.ui.shell import error_handler

    folder = tmp_path / "recovery"
    monkeypatch.setattr(autosave, "recovery_folder", lambda: folder)
    monkeypatch.setattr(error_handler, "log_path", lambda: tmp_path / "log" / "bpviz-errors.log")
    return folder


@pytest.fixture
def start(qtbot, settings, dialogs, recovery_folder, monkeypatch):
    """Return a function that starts a window as `bpviz [path]` does (app.open_window)."""
    from bpviz.ui.shell.app import open_window

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # a start installs its own
    started = []

    def start_window(path=None):
        w = open_window(path, settings=settings)
        qtbot.waitExposed(w)
        started.append(w)
        return w

    yield start_window
    for w in started:
        if shiboken6.isValid(w):  # a window the test dropped (a simulated crash) is gone already
            w.doc.mark_saved()
            w.close()
            w.deleteLater()


@pytest.fixture
def doc() -> Document:
    """The hand-worked 2-2-2 example: inputs 0.05, 0.10; targets 0.01, 0.99; α = 0.5."""
    return Document()


@pytest.fixture
def xor_doc() -> Document:
    """XOR (200 points, no noise) on a 2-4-1 network: tanh hidden, sigmoid + cross-entropy out."""
    d = Document()
    d.lab.generate_data("xor", n=200, noise=0, seed=0)
    d.structure.set_layer_size(1, 4)
    d.structure.set_activation(1, "tanh")
    return d


@pytest.fixture
def options() -> ViewOptions:
    """Fresh view options, at their defaults."""
    return ViewOptions()


@pytest.fixture
def session(doc):
    """A training session on the test's document, paused when the test ends."""
    s = TrainingSession(doc)
    yield s
    s.pause()


@pytest.fixture
def show_widget(qtbot):
    """Return a function that registers a widget with qtbot, resizes it, shows it and returns it."""

    def show(widget, width, height, wait=True):
        qtbot.addWidget(widget)
        widget.resize(width, height)
        widget.show()
        if wait:
            qtbot.waitExposed(widget)
        return widget

    return show


def settle(qtbot, widget):
    """Wait for the widget's throttled redraw that follows a change."""
    qtbot.waitUntil(lambda: not widget.redraw_pending())


def laid_out():
    """Let Qt lay out what a resize or a change of contents asked for (its posted events)."""
    QCoreApplication.sendPostedEvents()
    QCoreApplication.processEvents()


def weights(net):
    """Return copies of every weight matrix and then every bias vector of `net`."""
    return [w.copy() for w in net.W[1:]] + [b.copy() for b in net.b[1:]]


@pytest.fixture(autouse=True)
def earlier_widgets_deleted():
    """Delete the widgets earlier tests closed: pytest-qt asks Qt to delete them later, and
    without an event loop running, later never comes; a hundred main windows kept alive
    took the suite past a gigabyte."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    yield
