"""`make run` on a machine without Qt's X11 libraries names the packages instead of a stack trace."""

import ctypes.util

import pytest

from bpviz import qt_check
from bpviz.cli import main


@pytest.fixture
def linux_x11(monkeypatch):
    monkeypatch.setattr(qt_check.sys, "platform", "linux")
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)


def test_missing_xcb_libraries_are_named_with_their_debian_packages(linux_x11, monkeypatch):
    present = {"xcb-icccm", "xkbcommon-x11"}
    monkeypatch.setattr(ctypes.util, "find_library", lambda name: f"lib{name}.so" if name in present else None)
    message = qt_check.missing_display_support()
    assert "sudo apt-get install libxcb-cursor0 libxcb-keysyms1" in message


def test_nothing_is_reported_when_everything_is_there(linux_x11, monkeypatch):
    monkeypatch.setattr(ctypes.util, "find_library", lambda name: f"lib{name}.so")
    assert qt_check.missing_display_support() is None


def test_no_display_says_how_to_get_one(monkeypatch):
    monkeypatch.setattr(qt_check.sys, "platform", "linux")
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    assert "xvfb-run" in qt_check.missing_display_support()


def test_the_window_command_stops_with_the_message_and_status_1(linux_x11, monkeypatch, capsys):
    monkeypatch.setattr(ctypes.util, "find_library", lambda name: None)
    assert main([]) == 1
    err = capsys.readouterr().err
    assert err.startswith("bpviz: Qt needs system libraries") and "Traceback" not in err
