"""An unexpected exception is logged and shown in the window; the program keeps running."""

import sys

from bpviz.ui import error_handler


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
