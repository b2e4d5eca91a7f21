"""An unexpected exception is logged and shown in the window; the program keeps running."""

import sys

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication

from bpviz.ui.shell import error_handler


def raised(error: Exception):
    try:
        raise error
    except Exception as caught:
        return type(caught), caught, caught.__traceback__


def test_an_unexpected_exception_becomes_a_message_and_a_log_entry(window, monkeypatch, tmp_path):
    monkeypatch.setattr(error_handler, "log_path", lambda: tmp_path / "logs" / "errors.log")
    previous = error_handler.install(window.show_message)
    try:
        sys.excepthook(*raised(RuntimeError("a bug in a view")))
    finally:
        sys.excepthook = previous
    text = window.message_bar.text()
    assert "RuntimeError: a bug in a view" in text and "still open" in text and "errors.log" in text
    log = (tmp_path / "logs" / "errors.log").read_text(encoding="utf-8")
    assert "Traceback" in log and "RuntimeError: a bug in a view" in log
    assert window.isVisible() and window.doc.network.sizes == [2, 2, 2]


def test_an_unwritable_log_still_gives_the_message(window, monkeypatch, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setattr(error_handler, "log_path", lambda: blocker / "errors.log")
    previous = error_handler.install(window.show_message)
    try:
        sys.excepthook(*raised(ValueError("oops")))
    finally:
        sys.excepthook = previous
    assert "could not be written" in window.message_bar.text()


def test_the_same_error_over_and_over_is_logged_once(window, monkeypatch, tmp_path):
    log = tmp_path / "errors.log"
    monkeypatch.setattr(error_handler, "log_path", lambda: log)
    previous = error_handler.install(window.show_message)
    try:
        for _ in range(3):  # as a view failing at every repaint
            sys.excepthook(*raised(RuntimeError("again")))
        sys.excepthook(*raised(ValueError("another")))
    finally:
        sys.excepthook = previous
    text = log.read_text(encoding="utf-8")
    assert text.count("RuntimeError: again") == 1 and text.count("ValueError: another") == 1
    assert "ValueError: another" in window.message_bar.text()


@pytest.mark.qt_no_exception_capture
def test_a_start_installs_the_handler_and_an_error_in_a_slot_leaves_bpviz_running(start, qtbot,
                                                                                 tmp_path):
    window = start()
    window.doc.set_parameter(1, 0, 0, 0.7)

    def failing_slot():
        raise RuntimeError("a bug in a timer")

    timer = QTimer(window)
    timer.setSingleShot(True)
    timer.timeout.connect(failing_slot)
    timer.start(0)
    qtbot.waitUntil(lambda: "RuntimeError: a bug in a timer" in window.message_bar.text())
    log = (tmp_path / "log" / "bpviz-errors.log").read_text(encoding="utf-8")
    assert "Traceback" in log and "failing_slot" in log and "RuntimeError: a bug in a timer" in log

    # Still running, the work intact; the next edit works and the report stays on screen.
    assert window.isVisible() and window.doc.network.W[1][0, 0] == 0.7
    window.doc.set_parameter(1, 0, 0, 0.8)
    assert window.doc.network.W[1][0, 0] == 0.8
    assert "a bug in a timer" in window.message_bar.text()

    button = window.message_bar.action_button
    assert button.isVisible() and button.text() == "Copy details"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text()
    assert "Traceback" in copied and "failing_slot" in copied and "RuntimeError: a bug in a timer" in copied
    assert copied.split("\n")[0].count("bpviz ") == 1  # the versions head the report
    assert button.text() == "Copied ✓"
